"""Counts tables (place, count[, period][, type]): places geocoded, areas keep their P-code."""

from __future__ import annotations

import pytest

from mapper.errors import InputError
from mapper.sources import detect_format, load_events
from mapper.sources.counts import COUNT_COLUMNS, load_counts

pytest.importorskip("mapper.geocoding")


def write(path, text):
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def counts_file(tmp_path):
    return write(
        tmp_path / "counts.csv",
        "Township,Events,Year,Type\n"
        "Salingyi Township,12,2022,state-based\n"
        "Salingyi Township,4,2023,state-based\n"
        "Sagaing,40,2023,one-sided\n"
        "Kyaukphyu,3,2023,state-based\n",
    )


def test_counts_table_is_detected_and_geocoded(counts_file):
    assert detect_format(counts_file) == "counts"
    gdf = load_counts(counts_file)
    assert list(gdf.columns) == [*COUNT_COLUMNS, "geometry"]
    assert gdf["count"].tolist() == [12, 4, 40, 3]
    assert gdf["period"].tolist() == ["2022", "2023", "2023", "2023"]
    assert gdf.attrs["format"] == "counts" and gdf.attrs["rows"] == 4

    township = gdf.iloc[0]
    assert township["level"] == "township" and township["pcode"] == "MMR005018"
    assert township["precision"] == "district"
    state = gdf.iloc[2]
    assert state["level"] == "state" and state["pcode"] == "MMR005"
    assert state["precision"] == "state"
    town = gdf.iloc[3]
    assert town["kind"] == "town" and town["level"] != town["level"]  # NaN: not an area
    assert town.geometry.y == pytest.approx(19.43, abs=0.1)


def test_load_events_points_counts_tables_to_load_counts(counts_file):
    with pytest.raises(InputError, match="counts table"):
        load_events(counts_file)


@pytest.mark.parametrize(
    ("line", "field", "message"),
    [
        ("Sagaing,-2,2022,x", "Events", "must be >= 0"),
        ("Sagaing,lots,2022,x", "Events", "not a whole number"),
        ("Sagaing,99999999999999999999,2022,x", "Events", "out of range"),
        ("Sagaing,,2022,x", "Events", "missing value"),
        (",5,2022,x", "Township", "missing place name"),
        ("Qqqzzx Nowhere,5,2022,x", "Township", "could not place 'Qqqzzx Nowhere'"),
        ("Salingyi Township,1,2022,state-based", "Township", "duplicate place/period/type"),
    ],
)
def test_bad_rows(counts_file, line, field, message):
    with counts_file.open("a", encoding="utf-8") as out:
        out.write(line + "\n")
    with pytest.raises(InputError) as info:
        load_counts(counts_file)
    assert (info.value.row, info.value.field) == (5, field)
    assert message in str(info.value)
    gdf = load_counts(counts_file, skip_bad_rows=True)
    assert len(gdf) == 4 and [r["row"] for r in gdf.attrs["rejected"]] == [5]


def test_missing_count_column(tmp_path):
    path = write(tmp_path / "c.csv", "place,period\nSagaing,2022\n")
    with pytest.raises(InputError, match="missing required column 'count'"):
        load_counts(path)
