"""The projects catalogue and projects files: content, geometry, checks against AidData and GEM,
user file formats, bad input and the ``mapper projects`` commands."""

from __future__ import annotations

import json
from pathlib import Path

import geopandas as gpd
import pandas as pd
import pytest
from pyproj import Geod
from shapely.geometry import LineString, Point, Polygon
from shapely.ops import nearest_points

from mapper._paths import data_dir
from mapper.errors import InputError
from mapper.schema import PROJECT_COLUMNS
from mapper.sources.projects import (
    LOCATION_PRECISIONS,
    SECTORS,
    STATUSES,
    load_projects,
    read_catalogue,
)

GEOD = Geod(ellps="WGS84")
MYANMAR_BOX = (92.0, 9.5, 101.3, 28.6)
SITE_COLUMNS = [
    "name",
    "aliases",
    "kind",
    "latitude",
    "longitude",
    "admin1",
    "admin3",
    "precision",
    "source_name",
    "source_url",
    "notes",
    "located_at",
]


@pytest.fixture(scope="module")
def catalogue() -> gpd.GeoDataFrame:
    return load_projects(use_cache=False)


@pytest.fixture(scope="module")
def records() -> dict[str, dict]:
    return {r["id"]: r for r in read_catalogue()}


def km_between(a: Point, b: Point) -> float:
    return GEOD.inv(a.x, a.y, b.x, b.y)[2] / 1000


def km_to_shape(point: Point, shape) -> float:
    """Geodesic distance from a point to the nearest point of a shape (0 inside a polygon)."""
    if shape.geom_type in ("Polygon", "MultiPolygon") and shape.covers(point):
        return 0.0
    return km_between(point, nearest_points(point, shape)[1])


def mean_km_to_line(route: LineString, line, step_km: float = 2.0) -> float:
    """Mean geodesic distance from points every ``step_km`` along ``route`` to ``line``."""
    length = GEOD.geometry_length(route) / 1000
    n = max(int(length / step_km), 2)
    points = [route.interpolate(i / n, normalized=True) for i in range(n + 1)]
    return sum(km_to_shape(p, line) for p in points) / len(points)


def one_line_error(excinfo: pytest.ExceptionInfo, *parts: str) -> str:
    message = str(excinfo.value)
    assert "\n" not in message
    for part in parts:
        assert part in message, message
    return message


# --------------------------------------------------------------------------------------------
# the catalogue
# --------------------------------------------------------------------------------------------
def test_catalogue_columns_vocabularies_and_sources(catalogue):
    assert list(catalogue.columns) == [*PROJECT_COLUMNS, "geometry"]
    assert catalogue.crs.to_epsg() == 4326
    assert len(catalogue) >= 30
    assert catalogue["id"].is_unique
    assert set(catalogue["sector"]) <= set(SECTORS)
    assert set(catalogue["status"]) <= set(STATUSES)
    assert set(catalogue["location_precision"]) <= set(LOCATION_PRECISIONS)
    for text in catalogue["sources"]:
        sources = json.loads(text)
        assert sources, "every project has at least one source"
        for source in sources:
            assert source["name"].strip()
            assert source["url"].startswith(("http://", "https://"))
    assert not catalogue.geometry.is_empty.any()
    assert catalogue.geometry.is_valid.all()
    minx, miny, maxx, maxy = catalogue.total_bounds
    assert minx >= MYANMAR_BOX[0] and maxx <= MYANMAR_BOX[2]
    assert miny >= MYANMAR_BOX[1] and maxy <= MYANMAR_BOX[3]


REQUIRED = {
    "kyaukphyu-deep-sea-port": ("port", "Point", None),
    "kyaukphyu-sez": ("sez", "Point", None),
    "made-island-crude-oil-terminal": ("oil_gas", "Point", None),
    "myanmar-china-crude-oil-pipeline": ("oil_gas", "LineString", "operating"),
    "myanmar-china-gas-pipeline": ("oil_gas", "LineString", "operating"),
    "letpadaung-copper-mine": ("mining", "Point", None),
    "sabetaung-kyisintaung-copper-mine": ("mining", "Point", None),
    "tagaung-taung-nickel-mine": ("mining", "Point", None),
    "myitsone-dam": ("hydropower", "Point", "suspended"),
    "shweli-1-hydropower": ("hydropower", "Point", None),
    "dapein-1-hydropower": ("hydropower", "Point", None),
    "chipwi-hydropower": ("hydropower", "Point", None),
    "muse-105-mile-trade-zone": ("sez", "Point", None),
    "muse-mandalay-railway": ("transport", "LineString", "planned"),
    "new-yangon-city": ("urban", "Point", "planned"),
}


def test_required_projects_present(catalogue):
    by_id = catalogue.set_index("id")
    for pid, (sector, geom_type, status) in REQUIRED.items():
        assert pid in by_id.index, pid
        row = by_id.loc[pid]
        assert row["sector"] == sector, pid
        assert row.geometry.geom_type == geom_type, pid
        if status:
            assert row["status"] == status, pid
    assert "Salingyi" in by_id.loc["letpadaung-copper-mine", "location_names"]


def test_routes_are_built_from_their_waypoints(catalogue, records):
    by_id = catalogue.set_index("id")
    sites = pd.read_csv(data_dir() / "gazetteer" / "sites.csv").set_index("name")
    made = Point(sites.loc["Made Island", "longitude"], sites.loc["Made Island", "latitude"])
    for pid in ("myanmar-china-crude-oil-pipeline", "myanmar-china-gas-pipeline"):
        line = by_id.loc[pid].geometry
        assert len(line.coords) == len(records[pid]["location_names"])
        assert km_between(Point(line.coords[0]), made) < 1  # starts at the Made Island site
        # the Myanmar section is reported as 771 km; a polyline through towns is a bit shorter
        assert 650 < GEOD.geometry_length(line) / 1000 < 900
    rail = by_id.loc["muse-mandalay-railway"].geometry
    start, end = Point(rail.coords[0]), Point(rail.coords[-1])
    assert start.y > 23.5 and end.y < 22.2  # Muse in the north-east down to Mandalay
    # reported 431 km; straight segments between the highway towns are shorter
    assert 300 < GEOD.geometry_length(rail) / 1000 < 550


def test_cited_sites_file(catalogue):
    sites = pd.read_csv(data_dir() / "gazetteer" / "sites.csv", dtype=str, keep_default_na=False)
    assert list(sites.columns) == SITE_COLUMNS
    assert (sites["kind"] == "site").all()
    assert sites["name"].is_unique
    for row in sites.itertuples():
        assert row.source_name.strip() and row.source_url.startswith(("http://", "https://"))
        if row.located_at:  # no coordinate of its own: a MIMU township or village's point
            assert (row.latitude, row.longitude) == ("", "")
            assert row.precision in ("admin area", "approximate")
            continue
        assert row.precision in ("exact", "approximate")
        lat, lon = float(row.latitude), float(row.longitude)
        assert MYANMAR_BOX[1] < lat < MYANMAR_BOX[3] and MYANMAR_BOX[0] < lon < MYANMAR_BOX[2]
    # catalogue points placed at a site sit on that site's cited coordinate
    by_id = catalogue.set_index("id")
    myitsone = sites.set_index("name").loc["Myitsone dam"]
    cited = Point(float(myitsone.longitude), float(myitsone.latitude))
    assert km_between(by_id.loc["myitsone-dam"].geometry, cited) < 0.1


def _site_rows() -> pd.DataFrame:
    return pd.read_csv(data_dir() / "gazetteer" / "sites.csv", dtype=str, keep_default_na=False)


def _cited_point(row) -> Point:
    """A site row's point: its cited coordinate, or that of the MIMU place it is located at."""
    if not row.located_at:
        return Point(float(row.longitude), float(row.latitude))
    from mapper.gazetteer import load_gazetteer

    places = load_gazetteer().places
    host = places[places["pcode"] == row.located_at].iloc[0]
    return Point(host["longitude"], host["latitude"])


def test_every_site_name_and_alias_geocodes_to_its_cited_coordinate():
    from mapper.geocoding import OfflineGeocoder

    geocoder = OfflineGeocoder()
    wrong = {}
    checked = 0
    for row in _site_rows().itertuples():
        cited = _cited_point(row)
        for query in [row.name, *filter(None, row.aliases.split("|"))]:
            checked += 1
            got = geocoder.geocode(query)
            if got is None:
                wrong[query] = "no match"
                continue
            km = km_between(Point(got.longitude, got.latitude), cited)
            if got.raw["kind"] != "site" or got.raw["name"] != row.name or km > 1:
                wrong[query] = (got.raw["name"], got.raw["kind"], round(km, 1))
    assert checked >= 100
    assert not wrong, wrong


def test_catalogue_points_named_after_a_site_sit_on_it(catalogue, records):
    sites = _site_rows()
    cited = {}
    for row in sites.itertuples():
        for name in [row.name, *filter(None, row.aliases.split("|"))]:
            cited[name] = _cited_point(row)
    by_id = catalogue.set_index("id")
    placed = {
        pid: km_between(by_id.loc[pid].geometry, cited[r["location_names"][0]])
        for pid, r in records.items()
        if r["geometry_from"] == "geocode" and r["location_names"][0] in cited
    }
    # Letpadaung, Dapein I/II, Chipwi, Yeywa, Mong Ton, ... are placed on their cited sites
    assert {"letpadaung-copper-mine", "dapein-1-hydropower", "mong-ton-dam"} <= set(placed)
    assert len(placed) >= 15
    assert max(placed.values()) < 0.1, placed
    for pid in placed:
        assert by_id.loc[pid, "location_precision"] != "admin area", pid


def test_cached_catalogue_matches_a_fresh_build(catalogue, tmp_path, monkeypatch):
    monkeypatch.setenv("MAPPER_CACHE_DIR", str(tmp_path))
    first = load_projects()
    assert list((tmp_path / "projects").glob("catalogue-*.parquet"))
    second = load_projects()
    for got in (first, second):
        assert got["id"].tolist() == catalogue["id"].tolist()
        assert got.geometry.geom_equals_exact(catalogue.geometry, tolerance=1e-9).all()


def _write_catalogue(path: Path, records: list[dict]) -> Path:
    path.write_text(json.dumps({"projects": records}), encoding="utf-8")
    return path


def _record(**changes) -> dict:
    base = {
        "id": "test-line",
        "name": "Test line",
        "sector": "transport",
        "status": "planned",
        "investors": "",
        "location_names": ["Lashio", "Muse"],
        "geometry_from": "waypoints",
        "location_precision": "approximate",
        "sources": [{"name": "test", "url": "https://example.org/"}],
    }
    base.update(changes)
    return base


def test_catalogue_file_with_unresolvable_waypoint_fails_loudly(tmp_path):
    bad = _record(location_names=["Lashio", "Qqzzxv Nowhere Town", "Muse"])
    path = _write_catalogue(tmp_path / "cat.json", [_record(id="ok"), bad])
    with pytest.raises(InputError) as excinfo:
        load_projects(path, use_cache=False)
    one_line_error(excinfo, "cat.json", "row 2", "test-line", "location_names", "Qqzzxv")


def test_catalogue_point_cannot_claim_more_precision_than_it_resolves_to(tmp_path):
    # a township can only support "admin area"
    record = _record(
        id="vague",
        geometry_from="geocode",
        location_names=["Salingyi Township", "Sagaing Region"],
        location_precision="exact",
    )
    with pytest.raises(InputError) as excinfo:
        load_projects(_write_catalogue(tmp_path / "c.json", [record]), use_cache=False)
    one_line_error(excinfo, "vague", "township", "exact")


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"sector": "casino"}, "sector"),
        ({"status": "rumoured"}, "status"),
        ({"sources": []}, "sources"),
        ({"sources": [{"name": "x", "url": "not a url"}]}, "sources"),
        ({"location_names": ["Lashio"]}, "location_names"),
        ({"geometry_from": "coordinate", "latitude": 95.0, "longitude": 22.0}, "latitude"),
    ],
)
def test_catalogue_record_checks(tmp_path, changes, field):
    path = _write_catalogue(tmp_path / "c.json", [_record(id="a"), _record(id="b", **changes)])
    with pytest.raises(InputError) as excinfo:
        read_catalogue(path)
    one_line_error(excinfo, "row 2", f"field '{field}'")


def test_catalogue_cited_coordinate(tmp_path):
    record = _record(
        id="cited",
        geometry_from="coordinate",
        location_names=["Myitsone"],
        latitude=25.68972,
        longitude=97.51778,
        location_precision="exact",
        coordinate_source={
            "name": "Wikipedia",
            "url": "https://en.wikipedia.org/wiki/Myitsone_Dam",
        },
    )
    got = load_projects(_write_catalogue(tmp_path / "c.json", [record]), use_cache=False)
    assert got.geometry.iloc[0].equals(Point(97.51778, 25.68972))


# --------------------------------------------------------------------------------------------
# checks against ../shared (AidData GCDF 2.0 geometries, Global Energy Monitor routes)
# --------------------------------------------------------------------------------------------
@pytest.mark.shared
def test_sites_within_15_km_of_aiddata_geometry(catalogue, records, shared_data):
    aid = gpd.read_file(shared_data / "aiddata_gcdf2_geo" / "gcdf2_myanmar_projects.geojson")
    aid_geom = {
        int(i): g for i, g in zip(aid["AidData TUFF Project ID"], aid.geometry, strict=True)
    }
    by_id = catalogue.set_index("id")
    checked = {}
    for pid, record in records.items():
        aid_id = record.get("aiddata_id")
        if aid_id not in aid_geom or record["location_precision"] == "admin area":
            continue
        checked[pid] = km_to_shape(by_id.loc[pid].geometry, aid_geom[aid_id])
    assert len(checked) >= 10, checked  # never vacuous
    far = {pid: round(km, 1) for pid, km in checked.items() if km > 15}
    assert not far, far


@pytest.mark.shared
@pytest.mark.parametrize(
    ("pid", "gem_id"),
    [("myanmar-china-crude-oil-pipeline", "P1070"), ("myanmar-china-gas-pipeline", "P4489")],
)
def test_pipeline_routes_follow_gem(catalogue, records, shared_data, pid, gem_id):
    assert records[pid]["gem_id"] == gem_id
    gem = gpd.read_file(shared_data / "gem_pipelines" / "myanmar_related_pipeline_routes.geojson")
    line = gem[gem["gem_project_id"] == gem_id].geometry.union_all()
    route = catalogue.set_index("id").loc[pid].geometry
    assert mean_km_to_line(route, line) <= 20


# --------------------------------------------------------------------------------------------
# users' files
# --------------------------------------------------------------------------------------------
@pytest.mark.parametrize("suffix", [".geojson", ".gpkg", ".parquet"])
def test_vector_files_round_trip(catalogue, tmp_path, suffix):
    path = tmp_path / f"projects{suffix}"
    if suffix == ".parquet":
        catalogue.to_parquet(path)
    else:
        catalogue.to_file(path)
    got = load_projects(path)
    assert list(got.columns) == [*PROJECT_COLUMNS, "geometry"]
    pd.testing.assert_frame_equal(
        pd.DataFrame(got.drop(columns="geometry")), pd.DataFrame(catalogue.drop(columns="geometry"))
    )
    assert got.geometry.geom_equals_exact(catalogue.geometry, tolerance=1e-7).all()


def test_projected_file_is_returned_in_wgs84(catalogue, tmp_path):
    catalogue.to_crs(3857).to_file(tmp_path / "mercator.gpkg")
    got = load_projects(tmp_path / "mercator.gpkg")
    assert got.crs.to_epsg() == 4326
    assert got.geometry.geom_equals_exact(catalogue.geometry, tolerance=1e-6).all()


def test_parquet_without_geometry_is_refused(tmp_path):
    pd.DataFrame({"id": ["a"], "name": ["A"]}).to_parquet(tmp_path / "plain.parquet")
    with pytest.raises(InputError) as excinfo:
        load_projects(tmp_path / "plain.parquet")
    one_line_error(excinfo, "plain.parquet", "not a readable geodata file")


def test_csv_with_coordinates_and_with_wkt_round_trip(catalogue, tmp_path):
    points = catalogue[catalogue.geom_type == "Point"].reset_index(drop=True)
    frame = pd.DataFrame(points.drop(columns="geometry"))
    frame["latitude"], frame["longitude"] = points.geometry.y, points.geometry.x
    frame.to_csv(tmp_path / "points.csv", index=False)
    got = load_projects(tmp_path / "points.csv")
    assert got["id"].tolist() == points["id"].tolist()
    assert got["location_precision"].tolist() == points["location_precision"].tolist()
    assert got.geometry.geom_equals_exact(points.geometry, tolerance=1e-9).all()

    frame = pd.DataFrame(catalogue.drop(columns="geometry"))
    frame["geometry"] = catalogue.geometry.to_wkt()
    frame.to_csv(tmp_path / "wkt.csv", index=False)
    got = load_projects(tmp_path / "wkt.csv")
    assert (got.geom_type == "LineString").sum() == (catalogue.geom_type == "LineString").sum()
    assert got.geometry.geom_equals_exact(catalogue.geometry, tolerance=1e-6).all()


def test_csv_with_place_names_is_geocoded(tmp_path):
    path = tmp_path / "places.csv"
    path.write_text(
        "id,name,sector,location_names\n"
        "d1,A dam,hydro,Myitsone dam; Kachin State\n"
        "t1,A depot,other,Lashio\n",
        encoding="utf-8",
    )
    got = load_projects(path).set_index("id")
    sites = pd.read_csv(data_dir() / "gazetteer" / "sites.csv").set_index("name")
    cited = Point(sites.loc["Myitsone dam", "longitude"], sites.loc["Myitsone dam", "latitude"])
    assert km_between(got.loc["d1"].geometry, cited) < 0.1
    assert got.loc["d1", "sector"] == "hydropower"
    assert got.loc["d1", "location_precision"] == "exact"  # a cited site
    assert got.loc["t1", "location_precision"] == "approximate"  # a town
    assert 22.5 < got.loc["t1"].geometry.y < 23.3  # Lashio


def test_spreadsheet_of_projects_is_read_at_its_projects_sheet(tmp_path):
    import pyogrio

    path = tmp_path / "projects.xlsx"
    notes = pd.DataFrame({"note": ["made-up projects for this test"]})
    pyogrio.write_dataframe(notes, path, driver="XLSX", layer="Notes")
    rows = pd.DataFrame(
        {"id": ["t1", "t2"], "name": ["A depot", "A yard"], "location_names": ["Lashio", "Muse"]}
    )
    pyogrio.write_dataframe(rows, path, driver="XLSX", layer="Projects", append=True)
    got = load_projects(path).set_index("id")
    assert got.index.tolist() == ["t1", "t2"]
    assert 22.5 < got.loc["t1"].geometry.y < 23.3  # Lashio, geocoded
    assert 23.8 < got.loc["t2"].geometry.y < 24.2  # Muse


def _aiddata_properties(tuff_id: int, title: str, status: str, sector: str) -> dict:
    return {
        "id": tuff_id,
        "AidData TUFF Project ID": tuff_id,
        "Title": title,
        "Status": status,
        "AidData Sector Name": sector,
        "Funding Agencies": "Export-Import Bank of China (China Eximbank)|China Development Bank",
        "Recipient": "Myanmar",
        "Commitment Year": 2011,
    }


def test_aiddata_geojson_and_csv(tmp_path):
    square = Polygon([(95.0, 22.0), (95.1, 22.0), (95.1, 22.1), (95.0, 22.1)])
    features = gpd.GeoDataFrame(
        [
            _aiddata_properties(
                1, "Loan for X Copper Mine Project", "Completion", "INDUSTRY, MINING, CONSTRUCTION"
            ),
            _aiddata_properties(
                2, "Loan for 600MW Y Hydropower Plant", "Pipeline: Pledge", "ENERGY"
            ),
        ],
        geometry=[square, square.buffer(0.01)],
        crs="EPSG:4326",
    )
    features.to_file(tmp_path / "gcdf.geojson")
    got = load_projects(tmp_path / "gcdf.geojson").set_index("id")
    assert got.loc["1", "sector"] == "mining" and got.loc["1", "status"] == "operating"
    assert got.loc["2", "sector"] == "hydropower" and got.loc["2", "status"] == "planned"
    assert got.loc["1", "investors"] == (
        "Export-Import Bank of China (China Eximbank); China Development Bank"
    )
    assert json.loads(got.loc["1", "sources"])[0]["url"] == "https://china.aiddata.org/projects/1/"
    assert got.loc["1"].geometry.equals(square)

    frame = pd.DataFrame(features.drop(columns="geometry"))
    frame["centroid_lat"], frame["centroid_lon"] = 22.05, 95.05
    frame.to_csv(tmp_path / "gcdf.csv", index=False)
    got = load_projects(tmp_path / "gcdf.csv")
    assert got["id"].tolist() == ["1", "2"]
    assert got.geometry.iloc[0].equals(Point(95.05, 22.05))
    assert set(got["location_precision"]) == {"approximate"}


@pytest.mark.shared
def test_real_aiddata_file_loads(shared_data):
    path = shared_data / "aiddata_gcdf2_geo" / "gcdf2_myanmar_projects.geojson"
    got = load_projects(path).set_index("id")
    assert len(got) == 43
    assert got.loc["64763", "sector"] == "mining"
    assert got.loc["35766", "status"] == "suspended"
    csv = load_projects(shared_data / "aiddata_gcdf2_geo" / "gcdf2_myanmar_projects.csv")
    assert len(csv) == 43 and (csv.geom_type == "Point").all()
    # "port" as a word: not the "export" credit of a paper mill or a line, nor a "Sports"
    # stadium, nor an "Import and Export Corporation" (all four were ports)
    sectors = got["sector"].to_dict()
    assert [sectors[i] for i in ("35767", "63694", "64172", "64292")] == [
        "industry", "energy", "other", "industry"
    ]  # fmt: skip


# --------------------------------------------------------------------------------------------
# bad files
# --------------------------------------------------------------------------------------------
BAD_CSVS = {
    "no_name.csv": ("id,latitude,longitude\na,22,96\n", ("no_name.csv", "name")),
    "bad_lat.csv": ("id,name,lat,lon\na,A,22,96\nb,B,abc,96\n", ("row 2", "lat", "abc")),
    "range.csv": ("id,name,latitude,longitude\na,A,122,96\n", ("row 1", "latitude", "range")),
    "empty_lon.csv": ("id,name,latitude,longitude\na,A,22,\n", ("row 1", "longitude", "empty")),
    "swapped.csv": (
        "id,name,latitude,longitude\na,A,22,96\nb,B,21,95\nc,C,96.5,21.5\n",
        ("row 3", "swapped"),
    ),
    "dup.csv": ("id,name,latitude,longitude\na,A,22,96\na,B,21,95\n", ("row 2", "duplicate")),
    "sector.csv": (
        "id,name,sector,latitude,longitude\na,A,casino,22,96\n",
        ("row 1", "sector", "casino"),
    ),
    "nogeo.csv": ("id,name\na,A\n", ("nogeo.csv", "latitude")),
    "wkt_metres.csv": (
        "id,name,geometry\na,A,POINT (96 22)\nb,B,POINT (557748 2145180)\n",
        ("row 2", "geometry", "not longitude/latitude degrees"),
    ),
    "place.csv": ("id,name,place\na,A,Qqzzxv Nowhere\n", ("row 1", "place", "Qqzzxv")),
    # an unquoted comma in a name: the row is refused, never read one column off
    "comma.csv": (
        "id,name,latitude,longitude\na,My, mine,22,96\n",
        ("row 1", "has 5 fields where the header has 4"),
    ),
    # a blank line keeps its number, as in events files
    "blank_line.csv": ("id,name,lat,lon\n\na,A,22,96\nb,B,abc,96\n", ("row 3", "lat", "abc")),
    "empty.csv": ("", ("empty.csv", "empty")),
    "bad.geojson": ('{"type": "FeatureCollection", "features": [', ("bad.geojson", "JSON")),
    "projects.docx": ("not really", ("projects.docx", "unknown projects file type")),
    "projects.xlsx": ("not really", ("projects.xlsx", "not a readable Excel workbook")),
    "projects.xls": ("not really", ("projects.xls", "Excel 97-2003", "save it as .xlsx or CSV")),
}


@pytest.mark.parametrize("name", sorted(BAD_CSVS))
def test_bad_files_give_one_line_errors(tmp_path, name):
    text, parts = BAD_CSVS[name]
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as excinfo:
        load_projects(path)
    one_line_error(excinfo, *parts)


def test_csv_saved_by_a_spreadsheet_and_bad_bytes(tmp_path):
    # Excel's "CSV UTF-8": a byte-order mark before the header, CRLF line ends
    path = tmp_path / "excel.csv"
    path.write_bytes(b"\xef\xbb\xbfid,Name,Latitude,Longitude\r\nm1,My mine,22.08,95.08\r\n")
    got = load_projects(path)
    assert got["id"].tolist() == ["m1"] and got["name"].tolist() == ["My mine"]
    assert (got.geometry.x.iloc[0], got.geometry.y.iloc[0]) == (95.08, 22.08)
    # a byte that is not UTF-8 is named by row and field as the file writes it
    path.write_bytes(b"id,Name,Latitude,Longitude\nm1,ok,22,95\nm2,\xff mine,22.08,95.08\n")
    with pytest.raises(InputError) as excinfo:
        load_projects(path)
    one_line_error(excinfo, "row 2", "'Name'", "not UTF-8")


@pytest.mark.filterwarnings("ignore:'crs' was not provided")  # the file without a CRS
def test_vector_files_in_metres_swapped_or_of_several_layers_are_refused(tmp_path):
    def sites(*points):
        n = len(points)
        return gpd.GeoDataFrame(
            {"id": list("abc"[:n]), "name": list("ABC"[:n])}, geometry=list(points), crs=4326
        )

    # latitude and longitude written as x and y
    sites(Point(93.55, 19.40), Point(19.40, 93.55)).to_file(tmp_path / "swapped.geojson")
    with pytest.raises(InputError) as excinfo:
        load_projects(tmp_path / "swapped.geojson")
    one_line_error(excinfo, "row 2", "geometry", "look swapped")
    # UTM metres in a file that does not say its CRS
    utm = sites(Point(93.55, 19.40)).to_crs(32646).set_crs(None, allow_override=True)
    utm.to_file(tmp_path / "utm.geojson")
    with pytest.raises(InputError) as excinfo:
        load_projects(tmp_path / "utm.geojson")
    one_line_error(excinfo, "row 1", "not longitude/latitude degrees")
    # two layers: the one called "projects" is read, else the layers are named
    two = tmp_path / "two.gpkg"
    sites(Point(96, 21)).to_file(two, layer="admin")
    sites(Point(93.55, 19.40), Point(95.1, 22.0)).to_file(two, layer="mines")
    with pytest.raises(InputError) as excinfo:
        load_projects(two)
    one_line_error(excinfo, "holds 2 layers (admin, mines)")
    sites(Point(93.55, 19.40), Point(95.1, 22.0)).to_file(two, layer="projects")
    assert load_projects(two)["id"].tolist() == ["a", "b"]


def test_bad_encoding_and_missing_file(tmp_path):
    path = tmp_path / "latin1.csv"
    path.write_bytes("id,name,latitude,longitude\na,Caf\xe9,22,96\n".encode("latin-1"))
    with pytest.raises(InputError) as excinfo:
        load_projects(path)
    one_line_error(excinfo, "UTF-8")
    with pytest.raises(InputError) as excinfo:
        load_projects(tmp_path / "missing.geojson")
    one_line_error(excinfo, "missing.geojson", "no such file")


# --------------------------------------------------------------------------------------------
# CLI
# --------------------------------------------------------------------------------------------
def test_cli_list_json_and_csv(cli, catalogue):
    done = cli("projects", "list", "--format", "json")
    assert done.returncode == 0, done.stderr
    listed = json.loads(done.stdout)
    assert [r["id"] for r in listed] == catalogue["id"].tolist()
    pipeline = next(r for r in listed if r["id"] == "myanmar-china-crude-oil-pipeline")
    assert pipeline["geometry"]["type"] == "LineString" and pipeline["length_km"] > 650
    assert all(r["sources"] and r["sources"][0]["url"].startswith("http") for r in listed)

    done = cli("projects", "list", "--format", "csv")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.strip().splitlines()
    assert lines[0].startswith("id,name,sector,status") and len(lines) == len(catalogue) + 1


def test_cli_show_and_errors(cli, tmp_path):
    done = cli("projects", "show", "letpadaung-copper-mine")
    assert done.returncode == 0, done.stderr
    assert "Salingyi" in done.stdout and "https://china.aiddata.org/projects/64763/" in done.stdout

    done = cli("projects", "show", "no-such-project")
    assert done.returncode == 2
    assert done.stderr.strip().startswith("mapper: error: no project with id")
    assert len(done.stderr.strip().splitlines()) == 1

    bad = tmp_path / "bad.csv"
    bad.write_text("id,name,latitude,longitude\na,A,x,96\n", encoding="utf-8")
    done = cli("projects", "list", "--projects", str(bad))
    assert done.returncode == 2
    assert "row 1" in done.stderr and "Traceback" not in done.stderr

    done = cli("projects", "list", "--help")
    assert done.returncode == 0 and "Example:" in done.stdout
