"""Counts tables (place, count[, period][, type]): places geocoded, areas keep their P-code."""

from __future__ import annotations

import pytest

from mapper.areas import load_areas
from mapper.errors import InputError
from mapper.sources import counts, detect_format, load_events
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
        "Sagaing Region,40,2023,one-sided\n"  # its own kind word wins over the column's
        "Kyaukphyu town,3,2023,state-based\n",
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
        ('Sagaing,"1,5",2022,x', "Events", "not a whole number: '1,5'"),  # not thousands
        ('Sagaing,"12,34",2022,x', "Events", "not a whole number: '12,34'"),
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


def test_counts_written_as_reports_write_them(tmp_path):
    # made-up figures in a semicolon CSV; thousands grouped by commas, as in "7,800 clashes"
    path = write(tmp_path / "c.csv", 'place;count\nSagaing Region;"7,800"\nShan State;1,234,567\n')
    gdf = load_counts(path)
    assert gdf["count"].tolist() == [7800, 1234567]
    assert gdf["pcode"].tolist() == ["MMR005", "MMR014"]


@pytest.mark.parametrize("states", [["Shan State"], ["Shan State", "Bago Region"]])
def test_merged_states_alone_take_their_area_codes(tmp_path, states):
    # Shan and Bago have no MIMU code of their own: each takes its load_areas polygon's
    # (made-up counts; this crashed when no state of the file had a MIMU code)
    rows = "".join(f"{name},{n}\n" for n, name in enumerate(states, start=1))
    gdf = load_counts(write(tmp_path / "c.csv", "place,count\n" + rows))
    assert gdf["pcode"].tolist() == ["MMR014", "MMR007"][: len(states)]
    assert gdf["level"].tolist() == ["state"] * len(states)


def test_missing_count_column(tmp_path):
    path = write(tmp_path / "c.csv", "place,period\nSagaing,2022\n")
    with pytest.raises(InputError, match="missing required column 'count'"):
        load_counts(path)


def test_states_get_the_pcode_of_their_load_areas_polygon(tmp_path):
    """Shan and Bago are one area each in load_areas (MMR014, MMR007), as are their MIMU parts."""
    path = write(
        tmp_path / "states.csv",
        "place,count\nShan State,10\nBago Region,4\nShan (North),3\nMandalay Region,2\n"
        "Shan-North,1\nBago-West,1\n",
    )
    gdf = load_counts(path)
    assert gdf["level"].tolist() == ["state"] * 6
    assert gdf["pcode"].tolist() == ["MMR014", "MMR007", "MMR014", "MMR010", "MMR014", "MMR007"]
    assert gdf["pcode"].isin(set(load_areas("state")["pcode"])).all()
    assert gdf["name"].tolist()[2] == "Shan (North)"  # the MIMU part is kept in the name


@pytest.mark.parametrize(
    ("header", "rows", "pcodes", "levels"),
    [
        ("township,events", ["Kyaukpyu", "Myitkyina"], ["MMR012011", "MMR001001"], "TT"),
        ("Township,n", ["Sagaing", "Kyaukpyu, Rakhine"], ["MMR005001", "MMR012011"], "TT"),
        ("township,count", ["ကျောက်ဖြူ", "Sagaing Region"], ["MMR012011", "MMR005"], "TS"),
        ("state,count", ["Shan", "Yangon"], ["MMR014", "MMR013"], "SS"),
        ("region,count", ["Bago (West)", "Mandalay"], ["MMR007", "MMR010"], "SS"),
        ("district,count", ["Mandalay", "Myitkyina"], ["MMR010D001", "MMR001D001"], "--"),
    ],
)
def test_a_column_named_after_a_kind_of_area_asks_for_that_kind(
    tmp_path, header, rows, pcodes, levels
):
    """T township, S state, - none (districts have no load_areas polygons)."""
    path = write(tmp_path / "c.csv", header + "\n" + "".join(f'"{r}",2\n' for r in rows))
    gdf = load_counts(path)
    assert gdf["pcode"].tolist() == pcodes
    level = {"T": "township", "S": "state", "-": "none"}
    assert gdf["level"].fillna("none").tolist() == [level[c] for c in levels]


@pytest.mark.parametrize(
    ("name", "column", "query"),
    [
        ("Kyaukpyu", "township", "Kyaukpyu Township"),
        ("Kyaukpyu , Rakhine", "township", "Kyaukpyu Township, Rakhine"),
        ("Shan (North)", "state", "Shan (North) State"),
        ("ကျောက်ဖြူ", "township", "ကျောက်ဖြူ မြို့နယ်"),
        ("Sagaing Region", "township", "Sagaing Region"),
        ("Lashio town", "township", "Lashio town"),
        ("10 km north of Lashio", "township", "10 km north of Lashio"),
        ("Kyaukpyu", "place", "Kyaukpyu"),
    ],
)
def test_qualify(name, column, query):
    assert counts.qualify(name, column) == query


@pytest.mark.parametrize("coords", ["lat,long", "latitude,lng", "y,x", "lat,lon"])
def test_a_table_with_coordinates_is_not_a_counts_table(tmp_path, coords):
    path = write(
        tmp_path / "events.csv",
        f"date,location,{coords},total\n2022-01-01,Lashio,19.42,93.54,3\n",
    )
    assert not counts.matches(["date", "location", *coords.split(","), "total"])
    assert detect_format(path) == "table"
    gdf = load_events(path)
    assert gdf.attrs["located_by"].startswith("coordinates")
    assert (gdf.geometry.y.iloc[0], gdf.geometry.x.iloc[0]) == (19.42, 93.54)
