"""Events and counts from vector files (GeoPackage, GeoJSON, GeoParquet): points become
coordinates, attributes are read as a CSV's cells would be, bad features are named by row."""

from __future__ import annotations

import json

import geopandas as gpd
import pandas as pd
import pytest
from shapely.geometry import LineString, MultiPoint, Point, box
from typer.testing import CliRunner

from mapper.cli import app
from mapper.errors import InputError
from mapper.schema import EVENT_COLUMNS
from mapper.sources import detect_format, load_events
from mapper.sources.counts import load_counts

# synthetic events, made up for these tests (two points near Lashio and Muse)
POINTS = [Point(97.7526, 22.9665), Point(97.9011, 23.9974)]
AREAS = [box(97.5, 22.8, 98.0, 23.1), box(93.4, 19.3, 93.7, 19.5)]  # around Lashio, Kyaukpyu


def events_frame(geometry=POINTS, crs="EPSG:4326") -> gpd.GeoDataFrame:
    frame = gpd.GeoDataFrame(
        {
            "Event_ID": [f"S{i}" for i in range(1, len(geometry) + 1)],
            "date": pd.to_datetime(["2023-10-27", "2023-11-02", "2023-11-03"][: len(geometry)]),
            "deaths": [3, None, 1][: len(geometry)],
            "type": ["clash", "airstrike", "clash"][: len(geometry)],
        },
        geometry=geometry,
        crs="EPSG:4326",
    )
    return frame.to_crs(crs)


@pytest.mark.parametrize("suffix", [".gpkg", ".geojson", ".parquet"])
def test_points_of_a_vector_file_are_its_events(tmp_path, suffix):
    path = tmp_path / f"synthetic-events{suffix}"
    frame = events_frame()
    frame.to_parquet(path) if suffix == ".parquet" else frame.to_file(path)
    assert detect_format(path) == "table"
    events = load_events(path)
    assert list(events.columns) == [*EVENT_COLUMNS, "geometry"]
    assert events["event_id"].tolist() == ["S1", "S2"]
    assert [(p.x, p.y) for p in events.geometry] == [(p.x, p.y) for p in POINTS]
    assert events["date"].dt.strftime("%Y-%m-%d").tolist() == ["2023-10-27", "2023-11-02"]
    assert events["fatalities"].iloc[0] == 3 and pd.isna(events["fatalities"].iloc[1])
    assert events["event_type"].tolist() == ["clash", "airstrike"]
    kind = {".gpkg": "GeoPackage", ".geojson": "GeoJSON", ".parquet": "Parquet"}
    assert events.attrs["dataset"] == f"{kind[suffix]} {path.name}"
    assert events.attrs["located_by"] == f"the {kind[suffix]} file's points"
    assert events.attrs["rows"] == 2 and events.attrs["rejected"] == []


def test_a_projected_file_is_read_in_degrees(tmp_path):
    path = tmp_path / "utm.geojson"
    events_frame(crs="EPSG:32647").to_file(path)
    events = load_events(path)
    assert events.geometry.x.tolist() == pytest.approx([p.x for p in POINTS], abs=1e-6)
    assert events.geometry.y.tolist() == pytest.approx([p.y for p in POINTS], abs=1e-6)


def test_a_feature_that_is_not_a_point_is_named_by_row(tmp_path):
    path = tmp_path / "mixed.gpkg"
    geometry = [MultiPoint([POINTS[0]]), box(97.0, 22.0, 97.1, 22.1), None]
    events_frame(geometry).to_file(path)
    with pytest.raises(InputError) as info:
        load_events(path)
    assert str(info.value) == (
        f"{path}, row 2, field 'geometry': a Polygon, not a point: an event is a point"
    )
    events = load_events(path, skip_bad_rows=True)
    assert events["event_id"].tolist() == ["S1"]  # a MultiPoint of one point is that point
    assert (events.geometry.x.iloc[0], events.geometry.y.iloc[0]) == (POINTS[0].x, POINTS[0].y)
    assert [(r["row"], r["field"]) for r in events.attrs["rejected"]] == [
        (2, "geometry"),
        (3, "geometry"),
    ]
    assert events.attrs["rejected"][1]["reason"] == "no geometry: an event is a point"


def test_the_points_are_used_over_coordinate_attributes_and_a_difference_is_said(tmp_path):
    # an ACLED-like export saved as a GeoPackage keeps its latitude/longitude columns; in
    # row 2 they are not where its point is
    path = tmp_path / "with-columns.gpkg"
    frame = events_frame()
    frame["latitude"], frame["longitude"] = [POINTS[0].y, 21.99], [POINTS[0].x, 95.10]
    frame.to_file(path)
    events = load_events(path)
    assert [(p.x, p.y) for p in events.geometry] == [(p.x, p.y) for p in POINTS]
    assert events.attrs["located_by"] == "the GeoPackage file's points"
    assert events.attrs["points_differ"] == [2]
    frame["latitude"], frame["longitude"] = [p.y for p in POINTS], [p.x for p in POINTS]
    frame.to_file(path)
    assert "points_differ" not in load_events(path).attrs  # the same: nothing to say


def test_the_cli_says_when_coordinate_attributes_are_not_at_the_points(tmp_path, cli):
    path = tmp_path / "moved.gpkg"
    frame = events_frame()
    frame["lat"], frame["lon"] = [19.42, POINTS[1].y], [93.55, POINTS[1].x]
    frame.to_file(path)
    out = cli("events", "inspect", path, "--format", "json")
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout)["points_differ"] == [1]
    out = cli("events", "inspect", path)
    assert (
        "check:      1 row(s) have latitude/longitude attributes that differ from their point"
        " geometry (first: row 1); the points are used"
    ) in out.stdout.splitlines()


@pytest.mark.parametrize("suffix", [".gpkg", ".parquet"])
def test_an_empty_point_is_no_geometry(tmp_path, suffix):
    path = tmp_path / f"events{suffix}"
    frame = events_frame([POINTS[0], POINTS[1], Point()])
    frame.to_parquet(path) if suffix == ".parquet" else frame.to_file(path)
    with pytest.raises(InputError) as info:
        load_events(path)
    assert str(info.value) == (f"{path}, row 3, field 'geometry': no geometry: an event is a point")
    events = load_events(path, skip_bad_rows=True)
    assert events["event_id"].tolist() == ["S1", "S2"]
    assert events.attrs["rejected"] == [
        {"row": 3, "field": "geometry", "reason": "no geometry: an event is a point"}
    ]


@pytest.mark.parametrize(
    ("suffix", "column", "geometry", "kind"),
    [
        (".geojson", "location", [LineString([(96.0, 21.9), (96.1, 22.0)])] * 2, "LineString"),
        (".gpkg", "township", AREAS, "Polygon"),
    ],
)
def test_lines_or_areas_are_not_events_even_with_a_place_column(
    tmp_path, suffix, column, geometry, kind
):
    # the geometries would be thrown away and the names geocoded instead: an error
    path = tmp_path / f"events{suffix}"
    frame = events_frame(geometry)
    frame[column] = ["Lashio", "Kyaukpyu"]
    frame.to_file(path)
    assert detect_format(path) == "table"
    with pytest.raises(InputError) as info:
        load_events(path)
    assert str(info.value) == (
        f"{path}, row 1, field 'geometry': a {kind}, not a point: an event is a point"
    )


def test_a_table_without_geometries_is_geocoded_by_its_place_column(tmp_path):
    pytest.importorskip("mapper.geocoding")
    path = tmp_path / "places.parquet"
    pd.DataFrame(
        {"place": ["Lashio", "Kyaukphyu"], "date": ["2023-10-27", "2023-11-02"]}
    ).to_parquet(path)
    events = load_events(path)
    assert events.geometry.y.tolist() == pytest.approx([22.97, 19.43], abs=0.1)
    assert events.attrs["located_by"] == "geocoded from 'place'"


def test_a_file_of_areas_with_place_and_count_is_a_counts_table(tmp_path):
    pytest.importorskip("mapper.geocoding")
    path = tmp_path / "counts.gpkg"
    gpd.GeoDataFrame(
        {"township": ["Lashio", "Kyaukpyu"], "events": [12, 3]}, geometry=AREAS, crs=4326
    ).to_file(path)
    assert detect_format(path) == "counts"
    counts = load_counts(path)
    assert counts["count"].tolist() == [12, 3]
    assert counts["pcode"].tolist() == ["MMR015001", "MMR012011"]


def test_a_file_of_several_layers_is_read_at_its_events_layer(tmp_path):
    path = tmp_path / "project.gpkg"
    events_frame().to_file(path, layer="clashes")
    events_frame(POINTS[:1]).to_file(path, layer="roads")
    with pytest.raises(InputError, match=r"holds 2 layers \(clashes, roads\); choose one with"):
        load_events(path)
    assert load_events(path, layer="Clashes")["event_id"].tolist() == ["S1", "S2"]
    with pytest.raises(InputError, match=r"has no layer 'fights' \(it holds clashes, roads\)"):
        load_events(path, layer="fights")
    events_frame(POINTS[:1]).to_file(path, layer="events")
    assert load_events(path)["event_id"].tolist() == ["S1"]


def test_layer_option_of_the_commands_that_read_files(tmp_path, cli):
    import pyogrio

    book = tmp_path / "book.xlsx"  # synthetic: two made-up clashes, a notes sheet first
    pyogrio.write_dataframe(pd.DataFrame({"note": ["made up"]}), book, driver="XLSX", layer="a")
    rows = pd.DataFrame({"id": ["S1", "S2"], "date": ["2023-10-27", "2023-11-02"]})
    rows["lat"], rows["lon"] = [p.y for p in POINTS], [p.x for p in POINTS]
    pyogrio.write_dataframe(rows, book, driver="XLSX", layer="Clashes", append=True)
    args = ["events", "inspect", book, "--format", "json"]
    stopped = cli(*args)
    assert stopped.returncode == 2 and "holds 2 sheets (a, Clashes)" in stopped.stderr
    assert "Traceback" not in stopped.stderr
    result = cli(*args, "--layer", "clashes")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["kept"] == 2
    names = tmp_path / "names.csv"
    names.write_text("place\nLashio\n", encoding="utf-8")
    out = cli("geocode", "--input", names, "-c", "place", "--layer", "x")
    assert out.returncode == 2 and "is a CSV, which has no layers or sheets" in out.stderr
    with pytest.raises(InputError, match="a CSV has no layers or sheets"):
        load_events(names, layer="x")
    parquet = tmp_path / "events.parquet"
    events_frame().to_parquet(parquet)
    with pytest.raises(InputError, match="a Parquet file has no layers: cannot read 'x'"):
        load_events(parquet, layer="x")


def test_a_sheet_or_csv_with_only_a_header_or_a_blank_first_line(tmp_path, cli):
    """A one-row sheet was read as data (columns Field1, Field2: "no column 'place'"); a CSV
    whose first line is blank was "empty"."""
    import zipfile

    import pyogrio

    # GDAL writes no header for an empty frame: the sheet gets its one row put in by hand
    empty = pd.DataFrame({"place": pd.Series([], dtype=str)})
    pyogrio.write_dataframe(empty, tmp_path / "empty.xlsx", driver="XLSX", layer="Sheet")
    row = b'<row r="1"><c r="A1" t="inlineStr"><is><t>place</t></is></c></row>'
    empty_book, header_book = tmp_path / "empty.xlsx", tmp_path / "header.xlsx"
    with zipfile.ZipFile(empty_book) as src, zipfile.ZipFile(header_book, "w") as out:
        for name in src.namelist():
            data = src.read(name)
            if name == "xl/worksheets/sheet1.xml":
                data = data.replace(
                    b"<sheetData>\n</sheetData>", b"<sheetData>" + row + b"</sheetData>"
                )
            out.writestr(name, data)
    with pytest.raises(InputError, match="header.xlsx: has a header row but no data rows$"):
        load_events(tmp_path / "header.xlsx")
    out = cli("geocode", "--input", tmp_path / "header.xlsx", "-c", "place")
    assert out.returncode == 2 and "has a header row but no data rows" in out.stderr
    blank = tmp_path / "blank.csv"
    blank.write_text("\n\nplace\nLashio\n", encoding="utf-8")
    with pytest.raises(InputError, match="its first line is blank: the header naming"):
        load_events(blank)


def test_events_inspect_reads_a_geopackage(tmp_path):
    path = tmp_path / "synthetic-events.gpkg"
    events_frame().to_file(path)
    result = CliRunner().invoke(app, ["events", "inspect", str(path), "--format", "json"])
    assert result.exit_code == 0, result.output
    summary = json.loads(result.output)
    assert (summary["rows"], summary["kept"], summary["rejected"]) == (2, 2, 0)
    assert summary["located_by"] == "the GeoPackage file's points"


def test_an_empty_or_unreadable_vector_file_is_a_one_line_error(tmp_path):
    empty = tmp_path / "empty.geojson"
    empty.write_bytes(b"")
    with pytest.raises(InputError, match=r"empty.geojson: file is empty$"):
        load_events(empty)
    broken = tmp_path / "broken.gpkg"
    broken.write_bytes(b"not a geopackage at all")
    with pytest.raises(InputError, match=r"broken.gpkg: not a readable geodata file \("):
        load_events(broken)
