"""Administrative areas: derived polygons, their accuracy against MIMU's, boundary files."""

from __future__ import annotations

import json

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
import shapely

from mapper.areas import (
    AREA_COLUMNS,
    LEVELS,
    area_iou,
    assign_areas,
    load_areas,
    merged_state_pcode,
)
from mapper.errors import InputError, OptionError

MIMU = "mimu_boundaries"
TOWNSHIP_SHP = "original_shp/mmr_polbnda_adm3_mimu_250k.shp"
STATE_SHP = "original_shp/mmr_polbnda2_adm1_mimu_250k.shp"


@pytest.fixture(scope="module")
def states() -> gpd.GeoDataFrame:
    return load_areas("state")


@pytest.fixture(scope="module")
def townships() -> gpd.GeoDataFrame:
    return load_areas("township")


def test_derived_states_and_townships_have_the_schema(states, townships):
    for areas, level in ((states, "state"), (townships, "township")):
        assert list(areas.columns) == [*AREA_COLUMNS, "geometry"]
        assert areas.crs.to_epsg() == 4326
        assert (areas["level"] == level).all()
        assert areas["pcode"].is_unique
        assert areas.geometry.is_valid.all() and not areas.geometry.is_empty.any()
        assert "MIMU" in areas.attrs["source"] and "OpenStreetMap" in areas.attrs["source"]
    assert len(states) == 15
    assert set(states["name"]) >= {"Bago", "Shan", "Nay Pyi Taw", "Yangon", "Kachin"}
    assert not states["name"].str.contains(r"\(").any()  # no "Shan (North)" parts
    assert 320 <= len(townships) <= 360
    assert set(townships["state_pcode"]) == set(states["pcode"])
    assert townships["name_mm"].notna().all()


def test_states_tile_the_townships(states, townships):
    """Each state/region is the union of its townships; together they cover the country."""
    area_states = states.to_crs(6933).area.sum()
    area_townships = townships.to_crs(6933).area.sum()
    assert area_states == pytest.approx(area_townships, rel=1e-6)
    assert 640_000e6 < area_states < 700_000e6  # Myanmar is about 676,600 km2


def test_area_iou_and_release_matching():
    """IoU per reference code; a code split in one release is matched to its parent."""
    ref = gpd.GeoDataFrame(
        {"pcode": ["A", "B"]}, geometry=[shapely.box(0, 0, 2, 1), shapely.box(2, 0, 3, 1)]
    )
    derived = gpd.GeoDataFrame(
        {"pcode": ["A1", "A2", "B"]},
        geometry=[shapely.box(0, 0, 1, 1), shapely.box(1, 0, 2, 1), shapely.box(2.5, 0, 3.5, 1)],
    )
    plain = area_iou(derived, ref)
    assert plain["A"] == 0.0  # no derived area is coded A
    assert plain["B"] == pytest.approx(0.5 / 1.5)
    matched = area_iou(derived, ref, match_codes=True)
    assert matched["A"] == pytest.approx(1.0)  # A1 + A2 == A
    assert matched["B"] == pytest.approx(plain["B"])


def test_merged_state_codes():
    assert merged_state_pcode("MMR008") == "MMR007"  # Bago (West) -> Bago
    assert merged_state_pcode("MMR015") == "MMR014"  # Shan (North) -> Shan
    assert merged_state_pcode("MMR016") == "MMR014"
    assert merged_state_pcode("MMR013") == "MMR013"


def test_assign_areas_on_known_cities(states, townships):
    cities = pd.DataFrame(
        {
            "name": ["Myitkyina", "Lashio", "Taunggyi", "Nay Pyi Taw", "Sittwe", "Bangkok"],
            "latitude": [25.3831, 22.9359, 20.7892, 19.7450, 20.1463, 13.7563],
            "longitude": [97.3964, 97.7498, 97.0378, 96.1297, 92.8983, 100.5018],
        }
    )
    state = assign_areas(cities, "state", areas=states)
    assert state.tolist()[:5] == ["MMR001", "MMR014", "MMR014", "MMR018", "MMR012"]
    assert pd.isna(state.iloc[5])  # Bangkok is outside Myanmar
    township = assign_areas(cities, "township", areas=townships)
    names = township.map(dict(zip(townships["pcode"], townships["name"], strict=True)))
    assert names.iloc[0] == "Myitkyina" and names.iloc[1] == "Lashio"
    assert names.iloc[4] == "Sittwe"


def test_assign_areas_keeps_index_and_missing_points(townships):
    points = gpd.GeoDataFrame(
        geometry=[shapely.Point(96.1561, 16.8053), None, shapely.Point(0, 0)],
        index=[10, 20, 30],
        crs=4326,
    )
    codes = assign_areas(points, "township", areas=townships)
    assert codes.index.tolist() == [10, 20, 30]
    assert codes.iloc[0].startswith("MMR013")  # central Yangon
    assert codes.iloc[1:].isna().all()
    projected = assign_areas(points, "township", areas=townships.to_crs(32646))  # UTM 46N
    assert projected.iloc[0] == codes.iloc[0] and projected.iloc[1:].isna().all()


def test_assign_areas_snaps_points_just_outside(states):
    """A point 2 km beyond the westernmost corner of the country snaps only when asked."""
    coords = shapely.get_coordinates(states.boundary)
    west = coords[np.argmin(coords[:, 0])]
    outside = gpd.GeoDataFrame(geometry=[shapely.Point(west[0] - 0.02, west[1])], crs=4326)
    inside = gpd.GeoDataFrame(geometry=[shapely.Point(west[0] + 1e-6, west[1])], crs=4326)
    expected = assign_areas(inside, "state", areas=states, snap_km=1).iloc[0]
    assert pd.isna(assign_areas(outside, "state", areas=states).iloc[0])
    assert assign_areas(outside, "state", areas=states, snap_km=5).iloc[0] == expected
    assert pd.isna(assign_areas(outside, "state", areas=states, snap_km=1).iloc[0])


def test_bad_level_and_points():
    with pytest.raises(OptionError, match="level"):
        load_areas("district")
    with pytest.raises(OptionError, match="latitude/longitude"):
        assign_areas(pd.DataFrame({"x": [1.0]}), "state")


@pytest.fixture(scope="module")
def mimu_iou(shared_data, states, townships) -> dict[str, pd.Series]:
    """IoU of derived states/regions and townships with MIMU's 1:250k boundaries (PCode 9.3)."""
    ref_states = gpd.read_file(shared_data / MIMU / "mmr_adm1_15units_dissolved.geojson")
    ref_states["pcode"] = ref_states["mimu_st_pcodes"].str.split("|").str[0]
    ref_towns = gpd.read_file(shared_data / MIMU / "mmr_adm3_townships_mimu.geojson")
    ref_towns = ref_towns.rename(columns={"TS_PCODE": "pcode"})
    names = dict(zip(ref_states["pcode"], ref_states["name"], strict=True))
    return {
        "state": area_iou(states, ref_states).rename(names),
        "township": area_iou(townships, ref_towns),
        "township_matched": area_iou(townships, ref_towns, match_codes=True),
    }


@pytest.mark.shared
def test_derived_polygons_against_mimu_boundaries(mimu_iou):
    """The accuracy reached by the derived polygons (floors just under the measured values)."""
    state_iou, town_iou, matched = (
        mimu_iou["state"],
        mimu_iou["township"],
        mimu_iou["township_matched"],
    )
    print("\nIoU per state/region (derived vs MIMU):")
    for name, value in state_iou.items():
        print(f"  {name:<12} {value:.4f}")
    print(
        f"townships, same code: n={len(town_iou)} median IoU={town_iou.median():.4f} "
        f"q25={town_iou.quantile(0.25):.3f} >=0.8: {(town_iou >= 0.8).mean():.0%} "
        f"no derived polygon with the 9.3 code: {int((town_iou == 0).sum())}"
    )
    print(
        f"townships, releases matched: n={len(matched)} median IoU={matched.median():.4f} "
        f"q25={matched.quantile(0.25):.3f} no match: {int((matched == 0).sum())}"
    )
    # measured: min 0.860 (Rakhine), 13 of 15 >= 0.9 (Nay Pyi Taw at 0.902), median 0.931;
    # townships 0.807 by code, 0.809 with releases matched
    assert state_iou.min() >= 0.855
    assert (state_iou >= 0.9).sum() >= 13
    assert state_iou.median() >= 0.925
    assert town_iou.median() >= 0.8
    assert (matched > 0).all()  # every 9.3 township overlaps its derived counterpart


@pytest.mark.shared
def test_derived_townships_reach_issue_target(mimu_iou):
    """Issue 3's township target: median township IoU >= 0.8 (9.6/9.3 codes matched)."""
    assert mimu_iou["township_matched"].median() >= 0.8


@pytest.mark.shared
@pytest.mark.xfail(
    strict=True,
    reason="issue 3 target not reached: Rakhine 0.860 and Mon 0.869 < 0.9 (village-free Arakan "
    "Yoma between Rakhine and Chin/Magway; MIMU counts tidal creeks and mud flats as land)",
)
def test_derived_states_reach_issue_target(mimu_iou):
    """Issue 3's state target: every state/region IoU >= 0.9."""
    assert mimu_iou["state"].min() >= 0.9


@pytest.mark.shared
def test_assign_areas_agrees_with_mimu_polygons(shared_data, townships):
    """MIMU's township inside-points: all placed right with the real file, most with derived."""
    centroids = pd.read_csv(shared_data / MIMU / "mmr_adm3_township_centroids.csv")
    points = pd.DataFrame(
        {"latitude": centroids["inside_point_lat"], "longitude": centroids["inside_point_lon"]}
    )
    real = assign_areas(points, "township", boundaries=shared_data / MIMU / TOWNSHIP_SHP)
    assert (real == centroids["TS_PCODE"]).all()
    derived = assign_areas(points, "township", areas=townships)
    share = (derived == centroids["TS_PCODE"]).mean()
    print(
        f"\nMIMU township inside-points placed in the same township by derived areas: {share:.1%}"
    )
    assert share >= 0.85
    states = assign_areas(points, "state")
    assert (states == centroids["ST_PCODE"].map(merged_state_pcode)).mean() >= 0.97


@pytest.mark.shared
def test_load_real_mimu_files(shared_data):
    towns = load_areas("township", boundaries=shared_data / MIMU / TOWNSHIP_SHP)
    assert len(towns) == 330 and towns["pcode"].is_unique
    assert list(towns.columns) == [*AREA_COLUMNS, "geometry"]
    row = towns[towns["pcode"] == "MMR015001"].iloc[0]
    assert (row["name"], row["state_pcode"], row["state_name"]) == ("Lashio", "MMR014", "Shan")
    assert row["name_mm"]  # Burmese name read as UTF-8
    assert "mmr_polbnda_adm3_mimu_250k.shp" in towns.attrs["source"]

    from_18 = load_areas("state", boundaries=shared_data / MIMU / STATE_SHP)
    from_townships = load_areas("state", boundaries=shared_data / MIMU / TOWNSHIP_SHP)
    from_15 = load_areas(
        "state", boundaries=shared_data / MIMU / "mmr_adm1_15units_dissolved.geojson"
    )
    for frame in (from_18, from_townships, from_15):
        assert len(frame) == 15
        assert set(frame["pcode"]) == set(load_areas("state")["pcode"])
    with pytest.raises(InputError, match="not the townships"):
        load_areas("township", boundaries=shared_data / MIMU / STATE_SHP)


@pytest.mark.shared
def test_mimu_shapefile_names_decoded_as_its_cst_says(shared_data, tmp_path):
    """MIMU's DBF is UTF-8 per its .cst (no .cpg): Burmese names are not read as Latin-1."""
    import zipfile

    shp = shared_data / MIMU / TOWNSHIP_SHP
    archive = tmp_path / "mmr_polbnda_adm3_mimu_250k.zip"
    with zipfile.ZipFile(archive, "w") as zipped:
        for part in shp.parent.glob(f"{shp.stem}.*"):
            zipped.write(part, part.name)
    for path in (shp, archive, shp.parent):  # the shapefile, zipped, its folder
        towns = load_areas("township", boundaries=path)
        lashio = towns.loc[towns["pcode"] == "MMR015001", "name_mm"].item()
        assert lashio == "လားရှိုး", path.name
    states = load_areas("state", boundaries=shared_data / MIMU / STATE_SHP)
    assert states.loc[states["pcode"] == "MMR014", "name_mm"].item() == "ရှမ်းပြည်နယ်"


def test_geopackage_with_state_and_township_layers(tmp_path, states, townships):
    """Each level is read from the layer that holds it, without pyogrio's several-layers warning."""
    import warnings

    path = tmp_path / "mmr_admin.gpkg"
    states.to_file(path, layer="adm1")
    townships.iloc[:40].to_file(path, layer="adm3")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        towns = load_areas("township", boundaries=path)
        regions = load_areas("state", boundaries=path)
    assert towns["pcode"].tolist() == townships["pcode"].iloc[:40].tolist()
    assert sorted(regions["pcode"]) == sorted(states["pcode"])


def test_invalid_polygons_stay_polygons(tmp_path):
    """A spike or a bow-tie is repaired into polygons only, so the export reads back."""
    spike = shapely.Polygon([(96, 20), (96.5, 20), (96.5, 19.8), (96.5, 20), (97, 20), (97, 21)])
    bowtie = shapely.Polygon([(97, 20), (98, 21), (98, 20), (97, 21)])
    assert not spike.is_valid and not bowtie.is_valid
    frame = gpd.GeoDataFrame(
        {"TS_PCODE": ["MMR010001", "MMR010002"], "TS": ["A", "B"], "ST_PCODE": "MMR010"},
        geometry=[spike, bowtie],
        crs=4326,
    )
    frame.to_file(tmp_path / "invalid.gpkg")
    areas = load_areas("township", boundaries=tmp_path / "invalid.gpkg")
    assert set(areas.geom_type) <= {"Polygon", "MultiPolygon"} and areas.is_valid.all()
    assert shapely.area(areas.geometry.values).tolist() == pytest.approx([0.5, 0.5])  # deg²
    out = tmp_path / "out.geojson"
    areas.to_file(out)
    assert load_areas("township", boundaries=out)["pcode"].tolist() == ["MMR010001", "MMR010002"]


def test_ocha_cod_ab_file(tmp_path, townships):
    """A township file with OCHA COD-AB columns (as HDX publishes them, written here from the
    derived polygons) gives townships and, dissolved, their states/regions."""
    frame = gpd.GeoDataFrame(
        {
            "adm3_pcode": townships["pcode"],  # any case
            "adm3_en": townships["name"],
            "ADM2_PCODE": "ignored",
            "ADM1_PCODE": townships["state_pcode"],
            "ADM1_EN": townships["state_name"],
        },
        geometry=townships.geometry.simplify(0.005),
        crs=4326,
    )
    path = tmp_path / "mmr_admbnda_adm3.geojson"
    frame.to_file(path)
    loaded = load_areas("township", boundaries=path)
    assert loaded["pcode"].tolist() == townships["pcode"].tolist()
    assert loaded["name"].tolist() == townships["name"].tolist()
    assert loaded["state_pcode"].tolist() == townships["state_pcode"].tolist()
    states = load_areas("state", boundaries=path)
    assert sorted(states["pcode"]) == sorted(townships["state_pcode"].unique())
    frame.drop(columns=["adm3_en", "ADM1_EN"]).to_file(tmp_path / "no_names.geojson")
    with pytest.raises(InputError, match="boundary columns not recognised: .*OCHA COD-AB"):
        load_areas("township", boundaries=tmp_path / "no_names.geojson")


def test_geoboundaries_file(tmp_path, states):
    """A file in geoBoundaries' layout (written here from the derived polygons) loads."""
    frame = gpd.GeoDataFrame(
        {
            "shapeName": states["name"],
            "shapeISO": [f"MM-{i:02d}" for i in range(1, 16)],
            "shapeID": [f"MMR-ADM1-{i}" for i in range(15)],
            "shapeGroup": "MMR",
            "shapeType": "ADM1",
        },
        geometry=states.geometry.simplify(0.01),
        crs=4326,
    )
    path = tmp_path / "geoBoundaries-MMR-ADM1.geojson"
    frame.to_file(path)
    loaded = load_areas("state", boundaries=path)
    assert loaded["pcode"].tolist() == frame["shapeISO"].tolist()
    assert loaded["name"].tolist() == states["name"].tolist()
    # a coastal township whose inner point lies 2 km off the derived coast still gets its state
    coords = shapely.get_coordinates(states.geometry.to_numpy())
    x, y = coords[coords[:, 0].argmin()]
    offshore = frame.iloc[[0]].assign(shapeName="Offshore", shapeID="MMR-ADM3-X")
    offshore = offshore.set_geometry([shapely.box(x - 0.04, y - 0.01, x - 0.02, y + 0.01)])
    towns = pd.concat([frame, offshore], ignore_index=True).assign(shapeType="ADM3", shapeISO="")
    path3 = tmp_path / "geoBoundaries-MMR-ADM3.geojson"
    towns.to_file(path3)
    loaded3 = load_areas("township", boundaries=path3)
    assert loaded3["pcode"].tolist() == towns["shapeID"].tolist()  # no ISO code -> shapeID
    assert (loaded3["state_pcode"][:15] == states["pcode"].to_numpy()).mean() >= 0.9
    west = states.loc[states.intersects(shapely.Point(x, y)), "pcode"].item()
    assert loaded3["state_pcode"].iloc[-1] == west
    assert len(load_areas("state", boundaries=path3)) == 15  # townships dissolved


def test_bad_boundary_files(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        load_areas("state", boundaries=tmp_path / "missing.geojson")
    garbage = tmp_path / "garbage.geojson"
    garbage.write_text("this is not GeoJSON", encoding="utf-8")
    with pytest.raises(InputError, match="garbage.geojson: cannot read"):
        load_areas("state", boundaries=garbage)
    unknown = tmp_path / "unknown.geojson"
    feature = {
        "type": "Feature",
        "properties": {"foo": "bar"},
        "geometry": {"type": "Polygon", "coordinates": [[[96, 20], [97, 20], [97, 21], [96, 20]]]},
    }
    unknown.write_text(json.dumps({"type": "FeatureCollection", "features": [feature]}))
    with pytest.raises(InputError, match="columns not recognised.*foo") as info:
        load_areas("state", boundaries=unknown)
    assert "\n" not in str(info.value)
    points = tmp_path / "points.geojson"
    feature = {
        "type": "Feature",
        "properties": {"ST_PCODE": "MMR001", "ST": "Kachin"},
        "geometry": {"type": "Point", "coordinates": [97.4, 25.4]},
    }
    points.write_text(json.dumps({"type": "FeatureCollection", "features": [feature]}))
    with pytest.raises(InputError, match="polygons"):
        load_areas("state", boundaries=points)
    holed = tmp_path / "holed.geojson"
    features = [
        {
            "type": "Feature",
            "properties": {"TS_PCODE": code, "TS": name, "ST_PCODE": "MMR010", "ST": "Mandalay"},
            "geometry": geometry,
        }
        for code, name, geometry in (
            (
                "MMR010001",
                "A",
                {"type": "Polygon", "coordinates": [[[96, 20], [97, 20], [97, 21], [96, 20]]]},
            ),
            ("MMR010002", "B", None),
        )
    ]
    holed.write_text(json.dumps({"type": "FeatureCollection", "features": features}))
    with pytest.raises(InputError) as info:
        load_areas("township", boundaries=holed)
    assert (info.value.row, info.value.field) == (2, "geometry")
    assert "feature without a polygon" in str(info.value)


def test_township_codes_in_boundary_files(tmp_path):
    """A P-code shared by two townships fails (row, field); parts of one township merge."""
    boxes = [shapely.box(96, 20, 97, 21), shapely.box(97, 20, 98, 21), shapely.box(98, 20, 99, 21)]
    frame = gpd.GeoDataFrame(
        {"TS_PCODE": ["MMR010001", "MMR010002", "MMR010002"], "TS": ["A", "B", "C"]},
        geometry=boxes,
        crs=4326,
    )
    frame.assign(ST_PCODE="MMR010", ST="Mandalay").to_file(tmp_path / "clash.gpkg")
    with pytest.raises(InputError, match=r"row 3, field 'pcode': P-code MMR010002 of 'C'.*row 2"):
        load_areas("township", boundaries=tmp_path / "clash.gpkg")
    frame.assign(TS=["A", "B", "B"]).to_file(tmp_path / "parts.gpkg")
    towns = load_areas("township", boundaries=tmp_path / "parts.gpkg")
    assert towns["pcode"].tolist() == ["MMR010001", "MMR010002"]
    assert shapely.area(towns.geometry.values).tolist() == pytest.approx([1.0, 2.0])  # deg²
    frame.drop(columns="TS_PCODE").assign(ST_PCODE="MMR010", ST="Mandalay").to_file(
        tmp_path / "no_codes.gpkg"
    )
    for level in LEVELS:  # not taken for a state/region file
        with pytest.raises(InputError, match="field 'TS_PCODE': township file without"):
            load_areas(level, boundaries=tmp_path / "no_codes.gpkg")


def test_derived_areas_are_cached(tmp_path, monkeypatch):
    import mapper.areas as areas_module

    monkeypatch.setenv("MAPPER_CACHE_DIR", str(tmp_path))
    areas_module._derived.cache_clear()
    try:
        first = load_areas("township")
        cached = list((tmp_path / "areas").glob("derived-*.parquet"))
        assert len(cached) == 1 and not list((tmp_path / "areas").glob(".*tmp*"))
        areas_module._derived.cache_clear()
        again = load_areas("township")  # read back from the GeoParquet file
        assert again["pcode"].tolist() == first["pcode"].tolist()
        assert np.allclose(again.to_crs(6933).area, first.to_crs(6933).area)
    finally:
        areas_module._derived.cache_clear()


def test_cli_areas_export(cli, tmp_path):
    out = tmp_path / "states.geojson"
    result = cli("areas", "export", "--level", "state", "-o", str(out))
    assert result.returncode == 0, result.stderr
    written = gpd.read_file(out)
    assert len(written) == 15 and "pcode" in written.columns
    again = load_areas("state", boundaries=out)  # mapper's own schema reads back
    assert sorted(again["pcode"]) == sorted(load_areas("state")["pcode"])
    bad = cli("areas", "export", "--level", "village", "-o", str(out))
    assert bad.returncode == 2 and "mapper: error:" in bad.stderr
    assert "Traceback" not in bad.stderr
    assert "Example:" in cli("areas", "export", "--help").stdout
    # one rule for the file types, the Python API's: CSV (codes and names, a lookup table) too
    table = tmp_path / "states.csv"
    assert cli("areas", "export", "--level", "state", "-o", str(table)).returncode == 0
    rows = pd.read_csv(table)
    assert sorted(rows["pcode"]) == sorted(load_areas("state")["pcode"])
    assert {"name", "name_mm", "state_name"} <= set(rows.columns)
    refused = cli("areas", "export", "--level", "state", "-o", str(tmp_path / "s.json"))
    assert refused.returncode == 2 and "unsupported file type '.json'" in refused.stderr


def test_areas_help_states_the_number_of_townships(townships):
    """`mapper areas --help` and the module docstring give the count load_areas returns."""
    import re

    import mapper.areas
    from mapper.cli.counts import areas_app

    for text in (areas_app.info.help, mapper.areas.__doc__):
        stated = int(re.search(r"~(\d+) townships", text).group(1))
        assert abs(stated - len(townships)) <= 5, f"{text.splitlines()[0]!r}: {len(townships)}"
