"""Embedded UCDP GED counts: the shipped aggregates, the placement rule, the API and the CLI."""

from __future__ import annotations

import hashlib
import json

import pandas as pd
import pytest

from mapper.areas import load_areas
from mapper.errors import OptionError, OutputError
from mapper.sources.embedded_counts import (
    aggregate_ged,
    counts_dir,
    embedded_counts,
    read_counts,
    read_metadata,
    write_counts,
)

GED = "ucdp_ged/ged_myanmar_1989_2023.csv"
SINCE = "2021-02-01"


@pytest.fixture(scope="module")
def shipped():
    return {
        "township": read_counts("township"),
        "state": read_counts("state"),
        "unplaced": pd.read_csv(counts_dir() / "unplaced_counts.csv"),
        "meta": read_metadata(),
    }


def _raw_window(shared_data) -> pd.DataFrame:
    raw = pd.read_csv(shared_data / GED, usecols=["id", "date_start", "best"], dtype=str)
    raw["date"] = pd.to_datetime(raw["date_start"])
    raw["best"] = raw["best"].astype(int)
    return raw[raw["date"] >= SINCE]


# --------------------------------------------------------------------------- shipped files


def test_shipped_counts_are_internally_consistent(shipped):
    meta = shipped["meta"]
    unplaced = shipped["unplaced"]
    for level in ("township", "state"):
        table = shipped[level]
        missing = unplaced[unplaced["level"] == level]
        assert table["events"].sum() + missing["events"].sum() == meta["totals"]["events"]
        assert table["deaths"].sum() + missing["deaths"].sum() == meta["totals"]["deaths"]
        assert missing["events"].sum() == meta["unplaced"][level]["events"]
        for year, totals in meta["totals_by_year"].items():
            in_year = table[table["year"] == int(year)]["events"].sum()
            in_year += missing[missing["year"] == int(year)]["events"].sum()
            assert in_year == totals["events"], (level, year)
    placed = sum(meta["placed_in_township_by"].values())
    assert placed + meta["unplaced"]["township"]["events"] == meta["totals"]["events"]
    # a state holds at least the events of its townships
    by_state = shipped["township"].groupby("state_pcode")["events"].sum()
    state_totals = shipped["state"].groupby("pcode")["events"].sum()
    assert (by_state <= state_totals.reindex(by_state.index)).all()
    assert set(shipped["township"]["violence_type_code"]) <= {1, 2, 3}
    assert (shipped["township"]["month"] >= meta["date_range"]["start"][:7]).all()


def test_shipped_metadata_has_version_and_attribution(shipped):
    meta = shipped["meta"]
    assert meta["dataset"] == "UCDP GED"
    assert meta["version"] == "24.1" and meta["version_inferred"] is True
    assert "CC BY 4.0" in meta["attribution"] and "Sundberg & Melander 2013" in meta["attribution"]
    assert meta["date_range"]["start"] == SINCE
    assert meta["command"].startswith("mapper counts aggregate ")
    assert "where_prec" in meta["placement_rule"]
    readme = (counts_dir() / "README.md").read_text(encoding="utf-8")
    assert meta["attribution"] in readme and str(meta["totals"]["events"]) in readme


def test_shipped_pcodes_exist_in_the_areas(shipped):
    for level in ("township", "state"):
        codes = set(load_areas(level)["pcode"])
        assert set(shipped[level]["pcode"]) <= codes


@pytest.mark.shared
def test_shipped_counts_match_the_source_file(shared_data, shipped):
    """Townships + not placed == every GED event since 2021-02-01, in total and per year."""
    raw = _raw_window(shared_data)
    meta = shipped["meta"]
    digest = hashlib.sha256((shared_data / GED).read_bytes()).hexdigest()
    assert meta["source_sha256"] == digest
    assert meta["date_range"]["end"] == str(raw["date"].max().date())
    unplaced = shipped["unplaced"]
    for level in ("township", "state"):
        missing = unplaced[unplaced["level"] == level]
        assert shipped[level]["events"].sum() + missing["events"].sum() == len(raw)
        assert shipped[level]["deaths"].sum() + missing["deaths"].sum() == raw["best"].sum()
    by_year = raw.groupby(raw["date"].dt.year).agg(events=("id", "size"), deaths=("best", "sum"))
    for year, row in by_year.iterrows():
        assert meta["totals_by_year"][str(year)] == {
            "events": row["events"],
            "deaths": row["deaths"],
        }


@pytest.mark.shared
def test_reaggregating_reproduces_the_shipped_tables(shared_data, shipped):
    townships, states, meta = aggregate_ged(shared_data / GED)
    pd.testing.assert_frame_equal(
        townships.reset_index(drop=True), shipped["township"], check_dtype=False
    )
    pd.testing.assert_frame_equal(
        states.reset_index(drop=True), shipped["state"], check_dtype=False
    )
    assert meta["unplaced"] == shipped["meta"]["unplaced"]


# --------------------------------------------------------------------------- placement rule


def _point_in(areas, name: str) -> tuple[float, float]:
    point = areas[areas["name"] == name].geometry.iloc[0].representative_point()
    return point.y, point.x


@pytest.fixture(scope="module")
def synthetic_ged(tmp_path_factory):
    """A small GED-format file made here (SYNTHETIC rows, not UCDP data) to test the rule."""
    towns = load_areas("township")
    states = load_areas("state")
    myitkyina = _point_in(towns, "Myitkyina")
    kayin = _point_in(states, "Kayin")
    rows = [
        # id, date, type, where_prec, best, (lat, lon), where_coordinates, adm_1
        (1, "2021-03-01", 1, 1, 3, myitkyina, "Myitkyina town", "Kachin state"),
        (2, "2021-03-09", 2, 5, 4, myitkyina, "Lashio township", "Shan state"),
        (3, "2021-04-01", 1, 4, 5, kayin, "Kayin state", "Karen state"),
        (4, "2022-01-05", 3, 6, 6, (21.0, 96.0), "Myanmar (Burma)", ""),
        (5, "2020-12-31", 1, 1, 7, myitkyina, "Myitkyina town", "Kachin state"),
        (6, "2022-05-03", 3, 2, 0, myitkyina, "near Myitkyina", "Kachin state"),
        (7, "2022-06-10", 1, 5, 2, (22.5, 95.0), "Road between A and B", "Sagaing region"),
    ]
    frame = pd.DataFrame(
        {
            "id": [r[0] for r in rows],
            "date_start": [r[1] for r in rows],
            "type_of_violence": [r[2] for r in rows],
            "where_prec": [r[3] for r in rows],
            "best": [r[4] for r in rows],
            "latitude": [r[5][0] for r in rows],
            "longitude": [r[5][1] for r in rows],
            "where_coordinates": [r[6] for r in rows],
            "adm_1": [r[7] for r in rows],
            "adm_2": "",
            "side_a": "synthetic A",
            "side_b": "synthetic B",
        }
    )
    path = tmp_path_factory.mktemp("ged") / "synthetic_ged_events.csv"
    frame.to_csv(path, index=False)
    return path


def test_placement_rule_on_synthetic_ged(synthetic_ged):
    townships, states, meta = aggregate_ged(synthetic_ged)
    by_town = townships.groupby("name")[["events", "deaths"]].sum()
    assert by_town.to_dict("index") == {
        "Lashio": {"events": 1, "deaths": 4},  # named township, found by name
        "Myitkyina": {"events": 2, "deaths": 3},  # where_prec 1 and 2, by coordinate
    }
    by_state = states.groupby("name")["events"].sum().to_dict()
    assert by_state == {"Kachin": 2, "Shan": 1, "Kayin": 1, "Sagaing": 1}  # "Karen" = Kayin
    assert meta["totals"] == {"events": 6, "deaths": 20}  # the 2020 event is before the window
    assert meta["unplaced"]["township"]["events"] == 3
    assert meta["unplaced"]["township"]["by_reason"] == {
        "imprecise: country": 1,
        "imprecise: state": 2,
    }
    assert meta["unplaced"]["state"]["events"] == 1  # country only, no adm_1
    assert meta["placed_in_township_by"] == {"coordinate (where_prec 1-2)": 2, "named township": 1}
    assert meta["version"] == "23.1" and meta["version_inferred"]
    violence = townships.groupby("violence_type")["events"].sum().to_dict()
    assert violence == {"state-based": 1, "non-state": 1, "one-sided": 1}


def test_aggregate_counts_only_myanmar_rows_of_a_global_file(synthetic_ged, cli, tmp_path):
    """A global GED file: events across the border (Moreh, India, 3 km from Tamu) are left
    out, not snapped into the Myanmar township beside them."""
    frame = pd.read_csv(synthetic_ged)
    frame["country"], frame["country_id"] = "Myanmar (Burma)", 775
    moreh = {"latitude": 24.245, "longitude": 94.30, "where_coordinates": "Moreh town"}
    foreign = frame.iloc[[0, 0]].assign(id=[101, 102], country="India", country_id=750, **moreh)
    path = tmp_path / "ged_global.csv"
    pd.concat([frame, foreign]).to_csv(path, index=False)

    townships, _, meta = aggregate_ged(path)
    assert "Tamu" not in set(townships["name"]) and meta["totals"]["events"] == 6
    left_out = {"filter": "Myanmar", "other_countries_left_out": 2, "rows_in_file": 9}
    assert meta["country"] == left_out
    everything, _, meta = aggregate_ged(path, country=None)  # as before: Moreh is in Tamu
    assert everything.groupby("name")["events"].sum()["Tamu"] == 2
    assert meta["country"]["filter"] is None

    result = cli("counts", "aggregate", str(path), "-o", str(tmp_path / "out"))
    assert result.returncode == 0 and "left out 2 events of other countries" in result.stdout
    india = cli("counts", "aggregate", str(path), "--country", "750", "-o", str(tmp_path / "in"))
    assert india.returncode == 0, india.stderr
    assert "2 events, " in india.stdout  # Moreh's two
    # a file that names no country (the synthetic one) is read whole
    _, _, meta = aggregate_ged(synthetic_ged)
    assert meta["country"]["filter"] is None and meta["totals"]["events"] == 6


def test_a_file_of_several_countries_is_said_to_be_one(synthetic_ged, cli, tmp_path):
    """analyze counted a global file's other countries in with no word of them."""
    from mapper.sources import load_events

    frame = pd.read_csv(synthetic_ged).assign(country="Myanmar (Burma)")
    frame.loc[frame.index[:2], "country"] = "India"
    path = tmp_path / "ged_two_countries.csv"
    frame.to_csv(path, index=False)
    assert load_events(path).attrs["countries"] == {"Myanmar (Burma)": 5, "India": 2}
    assert "countries" not in load_events(path, country="Myanmar").attrs
    assert "countries" not in load_events(synthetic_ged).attrs  # no country column
    inspected = json.loads(cli("events", "inspect", str(path), "--format", "json").stdout)
    assert inspected["countries"] == {"Myanmar (Burma)": 5, "India": 2}
    analyzed = cli("analyze", "--events", str(path), "--format", "json")
    assert analyzed.returncode == 0, analyzed.stderr
    assert "holds rows of 2 countries (Myanmar (Burma) 5, India 2)" in analyzed.stderr


def test_write_counts_files(synthetic_ged, tmp_path):
    townships, states, meta = aggregate_ged(synthetic_ged, since="2022-01-01")
    folder = write_counts(townships, states, meta, tmp_path / "out")
    written = json.loads((folder / "metadata.json").read_text(encoding="utf-8"))
    assert written["totals"]["events"] == 3 and written["date_range"]["start"] == "2022-01-01"
    assert (folder / "README.md").is_file()
    assert read_counts("township", folder)["events"].sum() == 1


def test_write_counts_replaces_the_files_as_one_set(synthetic_ged, tmp_path):
    """A failure while writing (README.md is a folder here) leaves the old files untouched."""
    folder = write_counts(*aggregate_ged(synthetic_ged, since="2022-01-01"), tmp_path / "out")
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    (folder / "README.md").unlink()
    (folder / "README.md").mkdir()
    with pytest.raises(OutputError):
        write_counts(*aggregate_ged(synthetic_ged), folder)
    after = {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}
    assert after == {k: v for k, v in before.items() if k != "README.md"}
    assert sorted(p.name for p in folder.iterdir()) == sorted(before)  # no temporary left


# --------------------------------------------------------------------------- API


def test_embedded_counts_api(shipped):
    towns = embedded_counts("township")
    assert list(towns.columns) == ["pcode", "name", "events", "deaths", "geometry"]
    assert towns.crs.to_epsg() == 4326
    assert towns["events"].sum() == shipped["township"]["events"].sum()
    assert len(towns) == len(load_areas("township"))  # areas without events get 0
    assert "CC BY 4.0" in towns.attrs["attribution"]
    assert towns.attrs["method"]["placement_rule"]

    year = embedded_counts("state", since="2023-01-01", until="2023-12-31")
    table = shipped["state"]
    assert year["events"].sum() == table[table["year"] == 2023]["events"].sum()
    one_sided = embedded_counts("state", violence_types=[3])
    assert one_sided["deaths"].sum() == table[table["violence_type_code"] == 3]["deaths"].sum()
    assert embedded_counts("state", violence_types=["one-sided"])["events"].equals(
        one_sided["events"]
    )
    with pytest.raises(OptionError, match="type of violence"):
        embedded_counts("state", violence_types=[9])
    with pytest.raises(OptionError, match="since"):
        embedded_counts("state", since="not a date")


def test_a_single_type_of_violence_is_a_one_item_list(shipped):
    for one in ("state-based", 1, "1"):
        assert embedded_counts("state", violence_types=one)["events"].equals(
            embedded_counts("state", violence_types=[1])["events"]
        )


def test_a_window_outside_the_coverage_is_reported(shipped):
    dates = shipped["meta"]["date_range"]
    coverage = f"{dates['start']} to {dates['end']}"
    within = embedded_counts("state", since="2022-01-01", until="2022-12-31")
    assert within.attrs["method"]["warning"] is None
    assert within.attrs["method"]["coverage"] == [dates["start"], dates["end"]]
    after = embedded_counts("state", since="2025-01-01")
    assert after["events"].sum() == 0
    assert "outside" in after.attrs["method"]["warning"]
    assert coverage in after.attrs["method"]["warning"]
    before = embedded_counts("state", until="2019-12-31").attrs["method"]["warning"]
    assert "outside" in before and coverage in before
    wider = embedded_counts("state", since="2020-01-01").attrs["method"]["warning"]
    assert "reaches beyond" in wider and coverage in wider


def test_a_window_cutting_into_months_is_reported(shipped):
    cut = embedded_counts("state", since="2022-01-15", until="2022-02-10")
    whole = embedded_counts("state", since="2022-01", until="2022-02")
    assert cut["events"].sum() == whole["events"].sum() > 0  # whole months either way
    assert cut.attrs["method"]["warning"] == (
        "the counts are by month: since 2022-01-15 counts all of 2022-01 and"
        " until 2022-02-10 counts all of 2022-02"
    )
    assert whole.attrs["method"]["warning"] is None
    month_end = embedded_counts("state", since="2022-01-01", until="2022-02-28")
    assert month_end.attrs["method"]["warning"] is None


def test_aggregate_rejects_a_bad_since_date(synthetic_ged):
    with pytest.raises(OptionError, match="--since: not a date: 'notadate'"):
        aggregate_ged(synthetic_ged, since="notadate")


# --------------------------------------------------------------------------- CLI


def test_cli_counts_show_warns_outside_the_coverage(cli, shipped):
    dates = shipped["meta"]["date_range"]
    result = cli("counts", "show", "--level", "state", "--since", "2025-01-01")
    assert result.returncode == 0, result.stderr
    assert len(result.stderr.splitlines()) == 1
    assert result.stderr.startswith("mapper: warning: the window from 2025-01-01 lies outside")
    assert f"{dates['start']} to {dates['end']}" in result.stderr
    within = cli("counts", "show", "--level", "state", "--since", "2023-01-01")
    assert within.returncode == 0 and within.stderr == ""


def test_cli_counts_aggregate_bad_since(cli, synthetic_ged, tmp_path):
    result = cli("counts", "aggregate", str(synthetic_ged), "--since", "notadate", "-o", tmp_path)
    assert result.returncode == 2
    assert result.stderr.startswith("mapper: error: --since: not a date: 'notadate'")
    assert "Traceback" not in result.stderr and len(result.stderr.splitlines()) == 1
    assert not (tmp_path / "metadata.json").exists()


def test_cli_counts_show(cli, shipped):
    result = cli("counts", "show", "--level", "state", "--format", "json")
    assert result.returncode == 0, result.stderr
    payload = json.loads(result.stdout)
    assert len(payload["areas"]) == 15
    assert sum(a["events"] for a in payload["areas"]) == shipped["state"]["events"].sum()
    assert "CC BY 4.0" in payload["attribution"]
    events = [a["events"] for a in payload["areas"]]
    assert events == sorted(events, reverse=True)

    table = cli("counts", "show", "--level", "township", "--top", "5")
    assert table.returncode == 0, table.stderr
    assert "Source: UCDP" in table.stdout and len(table.stdout.splitlines()) == 8
    csv = cli("counts", "show", "--format", "csv", "--type", "1")
    assert csv.stdout.splitlines()[0] == "pcode,name,events,deaths"
    bad = cli("counts", "show", "--level", "district")
    assert bad.returncode == 2 and bad.stderr.startswith("mapper: error:")
    assert "Example:" in cli("counts", "show", "--help").stdout


def test_cli_counts_aggregate(cli, synthetic_ged, tmp_path):
    out = tmp_path / "counts"
    result = cli("counts", "aggregate", str(synthetic_ged), "--output-dir", str(out))
    assert result.returncode == 0, result.stderr
    assert "6 events" in result.stdout and "not placed in a township: 3" in result.stdout
    meta = json.loads((out / "metadata.json").read_text(encoding="utf-8"))
    assert meta["command"] == f"mapper counts aggregate {synthetic_ged}"
    missing = cli("counts", "aggregate", str(tmp_path / "nope.csv"))
    assert missing.returncode == 2 and "nope.csv" in missing.stderr
    assert "Traceback" not in missing.stderr and len(missing.stderr.strip().splitlines()) == 1
    assert "Example:" in cli("counts", "aggregate", "--help").stdout


@pytest.mark.shared
def test_derived_townships_place_events_like_mimu_polygons(shared_data):
    """Placing the GED events with derived polygons vs MIMU's real township polygons."""
    from mapper.sources import load_events
    from mapper.sources.embedded_counts import place_events

    events = load_events(shared_data / GED, format="ucdp")
    events = events[events["date"] >= SINCE]
    real_file = shared_data / "mimu_boundaries/original_shp/mmr_polbnda_adm3_mimu_250k.shp"
    derived = place_events(events, load_areas("township"), load_areas("state"))
    real = place_events(
        events,
        load_areas("township", boundaries=real_file),
        load_areas("state", boundaries=real_file),
    )
    assert (derived["township_pcode"].isna() == real["township_pcode"].isna()).all()
    placed = derived["township_pcode"].notna()
    same = (derived["township_pcode"] == real["township_pcode"])[placed].mean()
    same_state = (derived["state_pcode"] == real["state_pcode"]).mean()
    print(f"\nsame township as with MIMU polygons: {same:.1%}; same state: {same_state:.1%}")
    assert same >= 0.95 and same_state >= 0.99


def test_every_shipped_column_is_described():
    """metadata.json (and so the README made from it) describes every column of the CSV files."""
    import json

    import pandas as pd

    from mapper._paths import data_dir

    folder = data_dir() / "conflict_counts"
    described = json.loads((folder / "metadata.json").read_text("utf-8"))["columns"]
    readme = (folder / "README.md").read_text("utf-8")
    for name in ("township_counts.csv", "state_counts.csv", "unplaced_counts.csv"):
        for column in pd.read_csv(folder / name, nrows=0).columns:
            assert column in described, f"{name}: column {column!r} is not described"
            assert f"- `{column}`:" in readme, f"README does not describe {column!r}"


def test_the_window_stated_with_a_type_filter_is_the_window_not_its_busy_months():
    """One non-state event since the coup (2022-04): the method said "2022-04 to 2022-04"."""
    from mapper.sources.embedded_counts import embedded_counts

    all_types = embedded_counts("state", since="2021-02-01").attrs["method"]["months"]
    non_state = embedded_counts("state", since="2021-02-01", violence_types=2)
    assert non_state.attrs["method"]["months"] == all_types
    assert all_types[0] == "2021-02" and all_types[1] > "2022-04"
    assert non_state["events"].sum() < 10
