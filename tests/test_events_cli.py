"""`mapper events inspect|synthetic` as a user runs them: output, exit codes, no tracebacks."""

from __future__ import annotations

import csv
import json

import pytest

GED = "ucdp_ged/ged_myanmar_1989_2023.csv"


def test_help_has_examples(cli):
    for args in (
        ("events", "--help"),
        ("events", "inspect", "--help"),
        ("events", "synthetic", "--help"),
    ):
        result = cli(*args)
        assert result.returncode == 0
        assert "Example: mapper events" in result.stdout


@pytest.mark.shared
def test_inspect_real_ged_as_json(cli, shared_data):
    result = cli("events", "inspect", shared_data / GED, "--format", "json")
    assert result.returncode == 0, result.stderr
    summary = json.loads(result.stdout)
    assert summary["format"] == "ucdp"
    assert (summary["rows"], summary["kept"], summary["rejected"]) == (7374, 7374, 0)
    assert summary["date_range"] == ["1989-01-01", "2023-12-31"]
    assert sum(summary["precision"].values()) == 7374
    assert summary["precision"]["exact"] == 1319
    assert summary["event_types"]["non-state"] == 78
    assert summary["synthetic"] is False


def _bad_file(tmp_path):
    path = tmp_path / "mine.csv"
    path.write_text(
        "id,date,latitude,longitude\n"
        "1,2023-01-01,19.4,93.5\n"
        "2,2023-13-01,19.5,93.6\n"
        "3,2023-01-03,96.1,21.9\n"
        "1,2023-01-04,19.6,93.7\n",
        encoding="utf-8",
    )
    return path


def test_bad_input_is_one_line_and_exit_2(cli, tmp_path):
    path = _bad_file(tmp_path)
    result = cli("events", "inspect", path)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith(f"mapper: error: {path}, row 2, field 'date': unparseable date")


def test_a_point_without_coordinates_is_one_line_without_gdal_warnings(cli, tmp_path):
    # synthetic events; GDAL warns of feature 2's "coordinates": [] as it reads it
    features = [
        {"type": "Feature", "properties": {"id": f"E{i}"}, "geometry": geometry}
        for i, geometry in enumerate(
            [
                {"type": "Point", "coordinates": [96.08, 21.97]},
                {"type": "Point", "coordinates": []},
            ],
            start=1,
        )
    ]
    path = tmp_path / "events.geojson"
    path.write_text(json.dumps({"type": "FeatureCollection", "features": features}))
    result = cli("events", "inspect", path)
    assert result.returncode == 2
    assert result.stderr.splitlines() == [
        f"mapper: error: {path}, row 2, field 'geometry': no geometry: an event is a point"
    ]


def test_skip_bad_rows_lists_every_rejected_row(cli, tmp_path):
    path = _bad_file(tmp_path)
    result = cli("events", "inspect", path, "--skip-bad-rows", "--format", "json")
    assert result.returncode == 0, result.stderr
    summary = json.loads(result.stdout)
    assert (summary["rows"], summary["kept"], summary["rejected"]) == (4, 1, 3)
    rows = {r["row"]: r for r in summary["rejected_rows"]}
    assert rows[2]["field"] == "date"
    assert "swapped" in rows[3]["reason"]
    assert "duplicate event id '1' (first at row 1)" in rows[4]["reason"]

    table = cli("events", "inspect", path, "--skip-bad-rows")
    assert table.returncode == 0
    assert "1 kept, 3 rejected" in table.stdout
    assert "row 3, field 'latitude'" in table.stdout


def test_date_outside_pandas_range_is_a_bad_row_not_a_crash(cli, tmp_path):
    path = tmp_path / "b1.csv"
    # synthetic rows
    path.write_text("id,date,lat,lon\nE1,9999-12-31,19.42,93.55\nE2,2022-01-01,22.93,97.75\n")
    result = cli("events", "inspect", path)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert result.stderr.strip() == (
        f"mapper: error: {path}, row 1, field 'date': date out of range '9999-12-31'"
        " (dates must fall between 1677-09-22 and 2262-04-11)"
    )
    result = cli("events", "inspect", path, "--skip-bad-rows", "--format", "json")
    assert result.returncode == 0, result.stderr
    summary = json.loads(result.stdout)
    assert (summary["kept"], summary["rejected"]) == (1, 1)
    [rejected] = summary["rejected_rows"]
    assert (rejected["row"], rejected["field"]) == (1, "date")


def test_duplicate_header_column_is_one_line_exit_2(cli, tmp_path):
    path = tmp_path / "dup.csv"
    path.write_text("id,date,lat,lat,lon\nE1,2022-01-01,19.42,19.42,93.55\n")  # synthetic row
    result = cli("events", "inspect", path, "--skip-bad-rows")
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert result.stderr.strip() == (
        f"mapper: error: {path}: column 'lat' appears twice in the header"
    )


def test_empty_file_and_bad_option(cli, tmp_path):
    empty = tmp_path / "empty.csv"
    empty.write_text("")
    result = cli("events", "inspect", empty)
    assert result.returncode == 2 and "file is empty" in result.stderr
    assert "Traceback" not in result.stderr
    result = cli("events", "inspect", empty, "--format", "yaml")
    assert result.returncode == 2 and "--format must be table or json" in result.stderr


def test_synthetic_writes_labelled_csv_that_inspect_flags(cli, tmp_path):
    out = tmp_path / "out" / "syn.csv"
    result = cli("events", "synthetic", "2000", "-o", out, "--seed", "4")
    assert result.returncode == 0, result.stderr
    with out.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 2000
    assert {r["source_dataset"] for r in rows} == {"synthetic"}
    assert all(r["event_id"].startswith("SYN-") for r in rows)
    assert [p.name for p in out.parent.iterdir()] == ["syn.csv"]  # no temp file left

    again = tmp_path / "again.csv"
    cli("events", "synthetic", "2000", "-o", again, "--seed", "4")
    assert again.read_text() == out.read_text()  # same seed, same file

    result = cli("events", "inspect", out)
    assert result.returncode == 0
    assert "SYNTHETIC" in result.stdout and "2000 kept" in result.stdout


def test_synthetic_bad_count(cli, tmp_path):
    result = cli("events", "synthetic", "-o", tmp_path / "x.csv", "--", "-5")
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "mapper: error: synthetic events: n must be >= 0" in result.stderr
    assert not (tmp_path / "x.csv").exists()


def test_inspect_counts_table(cli, tmp_path):
    pytest.importorskip("mapper.geocoding")
    path = tmp_path / "counts.csv"
    path.write_text("Township,Events,Year\nSalingyi Township,12,2022\nSagaing Region,40,2023\n")
    result = cli("events", "inspect", path, "--format", "json")
    assert result.returncode == 0, result.stderr
    summary = json.loads(result.stdout)
    assert summary["format"] == "counts"
    assert summary["events_counted"] == 52 and summary["periods"] == ["2022", "2023"]
    assert summary["precision"]["district"] == 1 and summary["precision"]["state"] == 1
    refused = cli("events", "inspect", path, "--country", "Myanmar")
    assert refused.returncode == 2
    assert refused.stderr.startswith("mapper: error: --country applies to UCDP GED and ACLED")


def test_places_found_with_a_note_are_listed_to_check(cli, tmp_path):
    """ "Banana" was placed at the Thai village Ban Na (a close spelling) with no word of it."""
    path = tmp_path / "places.csv"  # synthetic events
    path.write_text("place,date\nLashio,2021-02-01\nBanana,2021-02-05\n", encoding="utf-8")
    summary = json.loads(cli("events", "inspect", path, "--format", "json").stdout)
    assert summary["kept"] == 2
    [noted] = summary["placed_with_note"]
    assert (noted["row"], noted["place"], noted["found"]) == (2, "Banana", "Ban Na, Sukhothai")
    assert "closest spelling" in noted["note"]
    table = cli("events", "inspect", path).stdout
    assert "check:      1 place(s) found with a note" in table and "row 2: 'Banana'" in table
    analyzed = cli("analyze", "--events", path, "--format", "json")
    assert analyzed.returncode == 0, analyzed.stderr
    assert "1 place(s) of" in analyzed.stderr and "'Banana' -> Ban Na" in analyzed.stderr


def test_inspect_says_when_dates_or_deaths_are_not_in_the_file(cli, tmp_path):
    path = tmp_path / "points.csv"  # synthetic points with neither dates nor deaths
    path.write_text("lat,lon,fatalities\n19.4212,93.5459,\n22.9333,97.75,\n", encoding="utf-8")
    result = cli("events", "inspect", path)
    assert result.returncode == 0, result.stderr
    assert "dates:      none (a date window" in result.stdout
    assert "fatalities: unknown (not in the file)" in result.stdout
    result = cli("events", "inspect", path, "--format", "json")
    summary = json.loads(result.stdout)
    assert summary["date_range"] is None and summary["fatalities"] is None
    # every row rejected: no deaths to tell, not a missing column
    path.write_text("lat,lon,fatalities\nabc,93.5459,3\n", encoding="utf-8")
    result = cli("events", "inspect", path, "--skip-bad-rows")
    assert "fatalities: none (no row kept)" in result.stdout
