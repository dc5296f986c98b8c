"""``mapper analyze`` as a user runs it: files in, JSON/CSV/table/vector files out, clear errors."""

from __future__ import annotations

import json

import geopandas as gpd
import pandas as pd
import pyogrio
import pytest
import shapely

from tests.test_proximity import _distances, _kept, make_events, make_projects


def run_inprocess(monkeypatch, capsys, *args):
    """Run ``mapper ARGS`` in this process (same entry point and error boundary as the shell)."""
    from mapper.cli import main

    monkeypatch.setattr("sys.argv", ["mapper", *map(str, args)])
    code = 0
    try:
        main()
    except SystemExit as exc:
        code = exc.code or 0
    out = capsys.readouterr()
    return code, out.out, out.err


def analyze_files(monkeypatch, capsys, folder, *args):
    """``mapper analyze`` in this process on the fixture's events and projects, plus ``args``."""
    files = ("--events", folder / "events.csv", "--projects", folder / "projects.geojson")
    return run_inprocess(monkeypatch, capsys, "analyze", *files, *args)


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    folder = tmp_path_factory.mktemp("analyze")
    events = make_events(400, seed=21)
    table = pd.DataFrame(events.drop(columns="geometry"))
    table["latitude"], table["longitude"] = events.geometry.y, events.geometry.x
    table["date"] = table["date"].dt.strftime("%Y-%m-%d")
    table.to_csv(folder / "events.csv", index=False)
    make_projects().to_file(folder / "projects.geojson")
    return folder, events


def test_json_output_has_the_documented_shape_and_right_counts(cli, files):
    folder, events = files
    run = cli(
        "analyze", "--events", folder / "events.csv", "--projects", folder / "projects.geojson",
        "--radius", "10", "--radius", "25", "--format", "json", "--no-regions",
        "--claim", "50/300@25",
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    data = json.loads(run.stdout)
    assert set(data) == {"method", "overall", "monthly", "projects", "regions", "claim"}
    kept = _kept(events)
    dist = _distances(kept, make_projects()).min(axis=0)
    # the overall series: each month's events, and those within the main radius
    months = pd.Series(kept["date"].dt.strftime("%Y-%m").to_numpy())
    main_m = data["method"]["main_radius_km"] * 1000
    assert {m["month"]: m["events"] for m in data["monthly"] if m["events"]} == dict(
        months.value_counts()
    )
    near_by_month = months[dist <= main_m].value_counts()
    assert {m["month"]: m["near_any"] for m in data["monthly"] if m["near_any"]} == dict(
        near_by_month
    )
    assert data["overall"]["events"] == len(kept)
    assert data["overall"]["near_any"] == {
        "10": int((dist <= 10_000).sum()),
        "25": int((dist <= 25_000).sum()),
    }
    assert data["overall"]["excluded_imprecise"] > 0
    assert [p["id"] for p in data["projects"]] == ["plant", "pipeline", "zone"]
    assert set(data["projects"][0]["counts"]) == {"10", "25"}
    assert data["method"]["radii_km"] == [10, 25]
    assert data["claim"]["computed"]["near"] == data["overall"]["near_any"]["25"]


def test_fractional_radii_are_reported_per_project(monkeypatch, capsys, files):
    # "events_2.5km" is no Python identifier: the JSON of each project once crashed on it
    folder, events = files
    code, stdout, stderr = analyze_files(
        monkeypatch, capsys, folder,
        "-r", "2.5", "-r", "10", "--no-regions", "--format", "json",
    )  # fmt: skip
    assert code == 0, stderr
    data = json.loads(stdout)
    dist = _distances(_kept(events), make_projects())  # projects x events, metres
    for i, project in enumerate(data["projects"]):
        assert project["counts"] == {
            "2.5": int((dist[i] <= 2_500).sum()),
            "10": int((dist[i] <= 10_000).sum()),
        }


def test_table_names_method_and_claim(monkeypatch, capsys, files):
    folder, _ = files
    code, stdout, stderr = analyze_files(
        monkeypatch, capsys, folder,
        "-r", "5", "--event-type", "Battles", "--no-regions", "--claim", "10/100@12",
    )  # fmt: skip
    assert code == 0, stderr
    assert "Precision rule" in stdout and "event types: Battles" in stdout
    assert "within 12 km of at least one project" in stdout  # the claim's radius is added
    assert "Gas pipeline" in stdout


def test_events_without_a_date_are_said_to_be_left_out(monkeypatch, capsys, files, tmp_path):
    folder, events = files
    table = pd.read_csv(folder / "events.csv").drop(columns="date")  # synthetic, undated
    table.to_csv(tmp_path / "undated.csv", index=False)
    args = ["--projects", folder / "projects.geojson", "-r", "5", "--no-regions"]
    code, stdout, _ = run_inprocess(
        monkeypatch, capsys, "analyze", "--events", tmp_path / "undated.csv", *args
    )
    assert code == 0
    assert f"left out: {len(events)} without a date (the date window needs one" in stdout
    code, stdout, _ = run_inprocess(
        monkeypatch, capsys, "analyze", "--events", tmp_path / "undated.csv", "--since", "", *args,
        "--format", "json",
    )  # fmt: skip
    assert json.loads(stdout)["method"]["excluded"]["undated"] == 0


@pytest.mark.parametrize("suffix", [".gpkg", ".geojson", ".parquet", ".csv", ".xlsx"])
def test_output_files_hold_projects_with_counts(monkeypatch, capsys, files, tmp_path, suffix):
    folder, _ = files
    out = tmp_path / f"result{suffix}"
    code, _, stderr = analyze_files(
        monkeypatch, capsys, folder,
        "-r", "10", "--no-regions", "-o", out,
    )  # fmt: skip
    assert code == 0, stderr
    if suffix == ".csv":
        frame = pd.read_csv(out)
    elif suffix == ".xlsx":  # the same table as the CSV, on a sheet named "projects"
        frame = pyogrio.read_dataframe(out, layer="projects")
        assert set(frame["method"]) == {"events; window 2021-02-01 .. open; event types: all"}
    elif suffix == ".parquet":
        frame = gpd.read_parquet(out)
    else:
        frame = gpd.read_file(out)
    assert frame["id"].tolist() == ["plant", "pipeline", "zone"]
    assert frame["events_10km"].sum() > 0
    if suffix not in (".csv", ".xlsx"):
        assert frame.geometry.iloc[1].geom_type == "LineString"
    assert [p.name for p in tmp_path.iterdir()] == [out.name]  # atomic: no temporary left


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["-r", "0"], "radius must be a finite distance above 0 km"),
        (["-r", "30000"], "absurd"),
        (["--since", "2023-01-01", "--until", "2021-01-01"], "after"),
        (["--claim", "many/most@25"], "--claim"),
        (["-o", "out.xls"], "--output"),
    ],
)
def test_bad_options_exit_2_with_one_line(monkeypatch, capsys, files, args, message):
    folder, _ = files
    code, _, stderr = run_inprocess(
        monkeypatch, capsys, "analyze", "--events", folder / "events.csv", "--projects",
        folder / "projects.geojson", "--no-regions", *args,
    )  # fmt: skip
    assert code == 2
    assert message in stderr
    assert stderr.startswith("mapper: error: ") and len(stderr.strip().splitlines()) == 1


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--dataset-version", "9.9"], "--dataset-version applies to an --events file"),
        (["--include-imprecise"], "--include-imprecise applies to an --events file"),
        (["--engine", "dask"], "--engine dask applies to an --events file"),
        (["--no-regions", "--boundaries", "b.shp"], "drop --no-regions"),
        (["-f", "json", "-o", "o.csv"], "--format is for the screen"),
        (["--claim", "300/7800@25", "-f", "csv"], "--claim is checked in the table and JSON"),
        (["--claim", "300/7800@25", "-o", "c.gpkg"], "--claim is checked in the table and JSON"),
    ],
)
def test_options_that_would_be_ignored_are_refused(monkeypatch, capsys, args, message):
    """Each of these ran and did nothing (--dataset-version relabelled the shipped counts)."""
    code, _, stderr = run_inprocess(monkeypatch, capsys, "analyze", *args)
    assert code == 2 and message in stderr and len(stderr.strip().splitlines()) == 1


def test_a_window_outside_the_shipped_counts_is_stated(monkeypatch, capsys):
    """It read "window open .. open" (and since/until null) with 0 events."""
    code, stdout, stderr = run_inprocess(
        monkeypatch, capsys, "analyze", "-r", "25", "--since", "2025-01-01", "-f", "json"
    )
    assert code == 0 and "lies outside the counts' coverage" in stderr
    assert json.loads(stdout)["method"]["window"]["since"] == "2025-01-01"


def test_no_regions_means_none_from_the_shipped_counts(monkeypatch, capsys):
    code, stdout, _ = run_inprocess(monkeypatch, capsys, "analyze", "--no-regions", "-f", "json")
    assert code == 0 and json.loads(stdout)["regions"] == []  # it listed 239 townships


def test_bad_project_geometry_exits_2_without_traceback(cli, files, tmp_path):
    folder, _ = files
    projects = make_projects()
    projects.loc[2, "geometry"] = shapely.Polygon([(96, 21), (96.2, 21.2), (96.2, 21), (96, 21.2)])
    projects.to_file(tmp_path / "bad.geojson")
    run = cli("analyze", "--events", folder / "events.csv", "--projects",
              tmp_path / "bad.geojson", "--no-regions")  # fmt: skip
    assert run.returncode == 2
    assert "invalid geometry" in run.stderr and "Traceback" not in run.stderr


def test_empty_events_file_exits_2(monkeypatch, capsys, files, tmp_path):
    folder, _ = files
    header = (folder / "events.csv").read_text().splitlines()[0]
    (tmp_path / "empty.csv").write_text(header + "\n")
    code, _, stderr = run_inprocess(
        monkeypatch, capsys, "analyze", "--events", tmp_path / "empty.csv", "--projects",
        folder / "projects.geojson", "--no-regions",
    )  # fmt: skip
    assert code == 2 and stderr.startswith("mapper: error: ")


def test_a_failed_command_leaves_no_new_folders_behind(monkeypatch, capsys, files, tmp_path):
    folder, _ = files
    (tmp_path / "bad.csv").write_text("id,latitude,longitude\nE1,abc,96.1\n")
    out = tmp_path / "new" / "sub" / "out.json"
    code, _, stderr = run_inprocess(
        monkeypatch, capsys, "analyze", "--events", tmp_path / "bad.csv", "--projects",
        folder / "projects.geojson", "--no-regions", "-o", out,
    )  # fmt: skip
    assert code == 2 and "field 'latitude': not a number: 'abc'" in stderr
    assert not (tmp_path / "new").exists()
    code, _, _ = analyze_files(monkeypatch, capsys, folder, "--no-regions", "-o", out)
    assert code == 0 and out.is_file()  # the folders are made when the file is written


def test_without_events_uses_embedded_counts_flagged_approximate(cli, files):
    folder, _ = files
    run = cli("analyze", "--projects", folder / "projects.geojson", "-r", "10", "-f", "json")
    if run.returncode != 0 and "conflict_counts" in run.stderr:
        pytest.skip("embedded counts are not shipped in this checkout")
    assert run.returncode == 0, run.stderr
    data = json.loads(run.stdout)
    assert data["method"]["basis"] == "area counts" and data["method"]["approximation"] is True
    assert data["method"]["dataset"] == "UCDP GED"
    assert data["overall"]["events"] > 0
    assert data["overall"]["near_any"]["10"] <= data["overall"]["events"]


def test_sensitivity_table_has_one_row_per_km(monkeypatch, capsys, files):
    folder, events = files
    code, stdout, stderr = run_inprocess(
        monkeypatch, capsys, "analyze", "--events", folder / "events.csv", "--projects",
        folder / "projects.geojson", "--sensitivity", "-f", "csv",
    )  # fmt: skip
    assert code == 0, stderr
    lines = stdout.strip().splitlines()
    assert lines[0].startswith("radius_km,near_precise,events_precise")
    assert len(lines) == 101
    last = dict(zip(lines[0].split(","), lines[-1].split(","), strict=True))
    assert float(last["radius_km"]) == 100 and int(last["events_all"]) == len(
        _kept(events, imprecise=True)
    )


def test_country_filter_and_unknown_version_on_a_global_ged_file(cli, files, tmp_path):
    import csv

    from mapper.analysis import proximity
    from mapper.sources import load_events
    from tests.test_downloads import GED_COLUMNS, two_country_rows

    folder, _ = files
    path = tmp_path / "events_global.csv"  # no version in the name
    with path.open("w", newline="", encoding="utf-8") as out:
        writer = csv.DictWriter(out, fieldnames=GED_COLUMNS)
        writer.writeheader()
        writer.writerows(two_country_rows())
    args = ["analyze", "--events", path, "--projects", folder / "projects.geojson", "-r", "300",
            "--no-regions", "-f", "json", "--include-imprecise"]  # fmt: skip
    run = cli(*args, "--country", "Myanmar")
    assert run.returncode == 0, run.stderr
    data = json.loads(run.stdout)
    assert data["method"]["version"] == "version unknown (not in the file name)"
    myanmar = load_events(path, country="Myanmar")
    assert len(myanmar) == 20
    expected = proximity(myanmar, make_projects(), 300, include_imprecise=True, areas=False)
    assert data["overall"]["events"] == expected.overall["events"] == 20
    assert data["overall"]["near_any"] == expected.overall["near_any"]
    both = json.loads(cli(*args, "--dataset-version", "24.1").stdout)
    assert both["overall"]["events"] == 30 and both["method"]["version"] == "24.1"
    bad = cli(*args, "--country", "Atlantis")
    assert bad.returncode == 2 and "no rows for country 'Atlantis'" in bad.stderr


def test_country_needs_an_events_file_that_names_countries(monkeypatch, capsys, files):
    folder, _ = files
    code, _, stderr = run_inprocess(
        monkeypatch, capsys, "analyze", "--events", folder / "events.csv", "--projects",
        folder / "projects.geojson", "--country", "Myanmar", "--no-regions",
    )  # fmt: skip
    assert code == 2 and "--country applies to UCDP GED and ACLED files" in stderr


def test_skip_bad_rows_lets_analyze_and_map_go_on_and_says_so(cli, files, tmp_path):
    folder, _ = files
    table = pd.read_csv(folder / "events.csv")
    table.loc[3, "date"] = "2022-13-01"  # one synthetic row with an impossible date
    table.to_csv(tmp_path / "one_bad.csv", index=False)
    args = ["--projects", folder / "projects.geojson"]
    stopped = cli("analyze", "--events", tmp_path / "one_bad.csv", *args, "--no-regions")
    assert stopped.returncode == 2 and "row 4, field 'date'" in stopped.stderr
    went_on = cli(
        "analyze", "--events", tmp_path / "one_bad.csv", *args, "--no-regions", "--skip-bad-rows",
        "--format", "json",
    )  # fmt: skip
    assert went_on.returncode == 0, went_on.stderr
    assert "skipped 1 bad row(s)" in went_on.stderr and "row 4, date" in went_on.stderr
    assert json.loads(went_on.stdout)["method"]["rows_rejected_by_loader"] == 1
    mapped = cli(
        "map", "--events", tmp_path / "one_bad.csv", *args, "--skip-bad-rows",
        "-o", tmp_path / "map.html",
    )  # fmt: skip
    assert mapped.returncode == 0 and "skipped 1 bad row(s)" in mapped.stderr
    assert (tmp_path / "map.html").exists()


def test_files_written_keep_the_dataset_and_method_and_say_synthetic(cli, files, tmp_path):
    folder, events = files
    synthetic = tmp_path / "synthetic.csv"
    made = cli("events", "synthetic", "200", "-o", synthetic, "--seed", "3")
    assert made.returncode == 0, made.stderr
    args = ["--projects", folder / "projects.geojson", "-r", "25", "--no-regions"]
    for suffix in (".csv", ".geojson"):
        out = tmp_path / f"counts{suffix}"
        run = cli("analyze", "--events", synthetic, *args, "-o", out)
        assert run.returncode == 0, run.stderr
        frame = pd.read_csv(out) if suffix == ".csv" else gpd.read_file(out)
        assert set(frame["events_dataset"]) == {
            "CSV synthetic.csv (SYNTHETIC data, not real events)"
        }
        assert set(frame["method"]) == {"events; window 2021-02-01 .. open; event types: all"}
