"""ACLED exports: files generated here with ACLED's real export header (no real ACLED rows)."""

from __future__ import annotations

import csv

import pandas as pd
import pytest

from mapper.errors import InputError
from mapper.schema import EVENT_COLUMNS
from mapper.sources import detect_format, load_events


@pytest.fixture(scope="module")
def acled_header(shared_data):
    """The standard ACLED export columns, in export order, from ../shared/data/acled_schema."""
    with open(shared_data / "acled_schema" / "acled_columns.csv", newline="") as handle:
        return [r["column"] for r in csv.DictReader(handle) if r["origin"] == "ACLED export"]


def acled_row(i: int, **changes: str) -> dict[str, str]:
    """A made-up test row (not an ACLED event) in ACLED's export layout."""
    row = {
        "data_id": str(9000 + i),
        "iso": "104",
        "event_id_cnty": f"MMRT{i:04d}",
        "event_date": f"2022-05-{1 + i % 28:02d}",
        "year": "2022",
        "time_precision": "1",
        "event_type": ["Battles", "Explosions/Remote violence", "Protests"][i % 3],
        "sub_event_type": ["Armed clash", "Air/drone strike", "Peaceful protest"][i % 3],
        "actor1": "Test actor A",
        "assoc_actor_1": "",
        "inter1": "1",
        "actor2": "Test actor B" if i % 3 != 2 else "",
        "assoc_actor_2": "",
        "inter2": "2",
        "interaction": "12",
        "region": "Southeast Asia",
        "country": "Myanmar",
        "admin1": "Shan-North",
        "admin2": "Lashio",
        "admin3": "Lashio",
        "location": f"Test place {i}",
        "latitude": f"{22.9 + i * 0.01:.4f}",
        "longitude": f"{97.7 + i * 0.01:.4f}",
        "geo_precision": str(1 + i % 3),
        "source": "Test source",
        "source_scale": "National",
        "notes": "Generated test row, not a real event.",
        "fatalities": str(i % 4),
        "timestamp": "1700000000",
    }
    row.update(changes)
    return row


@pytest.fixture
def acled_file(tmp_path, acled_header):
    def make(*bad: tuple[int, dict[str, str]], n: int = 9, header=None, name="acled.csv"):
        rows = [acled_row(i) for i in range(n)]
        for index, changes in bad:
            rows[index].update(changes)
        path = tmp_path / name
        with open(path, "w", newline="", encoding="utf-8") as out:
            writer = csv.DictWriter(out, fieldnames=header or acled_header, extrasaction="ignore")
            writer.writeheader()
            writer.writerows(rows)
        return path

    return make


def test_header_is_detected_and_mapped(acled_file):
    path = acled_file()
    assert detect_format(path) == "acled"
    gdf = load_events(path)
    assert list(gdf.columns) == [*EVENT_COLUMNS, "geometry"]
    assert len(gdf) == 9 and gdf.attrs["rejected"] == [] and gdf.attrs["dataset"] == "ACLED"
    first, third = gdf.iloc[0], gdf.iloc[2]
    assert first["event_id"] == "MMRT0000"
    assert first["date"] == pd.Timestamp("2022-05-01")
    assert (first["event_type"], first["sub_event_type"]) == ("Battles", "Armed clash")
    assert first["actors"] == "Test actor A; Test actor B"
    assert third["actors"] == "Test actor A"  # no actor2: no dangling separator
    assert (first["admin1"], first["admin2"], first["admin3"]) == ("Shan-North", "Lashio", "Lashio")
    assert first["place"] == "Test place 0"
    assert gdf["precision"].tolist()[:3] == ["exact", "near", "district"]
    assert gdf["fatalities"].sum() == sum(i % 4 for i in range(9))
    assert first.geometry.y == pytest.approx(22.9) and first.geometry.x == pytest.approx(97.7)
    assert (gdf["source_dataset"] == "ACLED").all()


def test_long_date_format_and_iso_datetime(acled_file):
    path = acled_file(
        (0, {"event_date": "01 February 2021"}),
        (1, {"event_date": "2021-02-02T00:00:00"}),
        (2, {"event_date": "2021-01-31T22:00:00-05:00"}),  # local date kept, not moved to UTC
    )
    gdf = load_events(path)
    assert gdf["date"].iloc[0] == pd.Timestamp("2021-02-01")
    assert gdf["date"].iloc[1] == pd.Timestamp("2021-02-02")
    assert gdf["date"].iloc[2] == pd.Timestamp("2021-01-31 22:00")


def test_extended_header_with_added_columns_still_loads(acled_file, acled_header):
    header = [*acled_header, "iso3", "admin3_pcode"]
    path = acled_file(header=header)
    assert detect_format(path) == "acled"
    assert len(load_events(path)) == 9


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        (
            {"event_date": "31 Febuary 2022"},
            "event_date",
            "unparseable date '31 Febuary 2022' (expected YYYY-MM-DD, DD Month YYYY,",
        ),
        ({"event_date": "2022"}, "event_date", "incomplete date '2022'"),
        ({"event_date": "01 January 1500"}, "event_date", "date out of range"),
        ({"fatalities": "99999999999999999999"}, "fatalities", "out of range"),
        ({"latitude": "0", "longitude": "0"}, "latitude", "coordinates (0, 0)"),
        ({"geo_precision": "4"}, "geo_precision", "unknown geo_precision '4'"),
        ({"latitude": "97.7", "longitude": "22.9"}, "latitude", "swapped"),
        ({"longitude": "nan"}, "longitude", "missing coordinate"),
        ({"event_id_cnty": "MMRT0001"}, "event_id_cnty", "duplicate event id"),
        ({"fatalities": "several"}, "fatalities", "not a whole number"),
        ({"event_type": ""}, "event_type", "missing event type"),
    ],
)
def test_bad_rows(acled_file, changes, field, message):
    path = acled_file((5, changes))
    with pytest.raises(InputError) as info:
        load_events(path)
    assert (info.value.row, info.value.field) == (6, field)
    assert message in str(info.value) and str(path) in str(info.value)
    gdf = load_events(path, skip_bad_rows=True)
    assert len(gdf) == 8
    assert [r["row"] for r in gdf.attrs["rejected"]] == [6]


def test_missing_date_column(acled_file, acled_header):
    path = acled_file(header=[c for c in acled_header if c != "event_date"])
    with pytest.raises(InputError, match="missing required column 'event_date'"):
        load_events(path, format="acled")


def test_export_missing_geo_precision_is_detected_and_reported(acled_file, acled_header):
    """An ACLED export without geo_precision is ACLED (not a table with every point "exact")."""
    path = acled_file(header=[c for c in acled_header if c != "geo_precision"])
    assert detect_format(path) == "acled"
    with pytest.raises(InputError, match="missing required column 'geo_precision'"):
        load_events(path)


def test_generic_table_with_acled_like_names_stays_a_table(tmp_path):
    path = tmp_path / "t.csv"
    path.write_text(
        "event_id,event_date,event_type,sub_event_type,actor1,actor2,latitude,longitude\n"
        "1,2022-05-01,Battles,Armed clash,A,B,22.9,97.7\n"  # a synthetic row
    )
    assert detect_format(path) == "table"


def test_a_blank_country_name_is_known_by_its_code(acled_file):
    """A Myanmar row with an empty country cell was counted as another country's."""
    thai = {"country": "Thailand", "iso": "764", "latitude": "14.0", "longitude": "100.5"}
    path = acled_file((1, thai), (3, {"country": ""}), (4, {"country": "", "iso": "764"}), n=9)
    gdf = load_events(path, country="Myanmar")
    assert len(gdf) == 7 and gdf.attrs["filtered_out"] == 2


def test_country_filter_by_name_or_iso_code(acled_file):
    thai = {"country": "Thailand", "iso": "764", "latitude": "14.0", "longitude": "100.5"}
    path = acled_file((1, thai), (4, thai), n=9)
    for country in ("MYANMAR", "104"):
        gdf = load_events(path, country=country)
        assert len(gdf) == 7 and gdf.attrs["rejected"] == []
        assert (gdf.attrs["filtered_out"], gdf.attrs["rows_in_file"]) == (2, 9)
        assert "MMRT0001" not in set(gdf["event_id"])
    with pytest.raises(InputError, match="no rows for country 'Laos'"):
        load_events(path, country="Laos")


def test_country_filter_keeps_spreadsheet_row_numbers(acled_file):
    thai = {"country": "Thailand", "iso": "764"}
    path = acled_file((0, thai), (5, {"event_date": "not a date"}))
    with pytest.raises(InputError, match=r"row 6.*event_date"):
        load_events(path, country="Myanmar")
