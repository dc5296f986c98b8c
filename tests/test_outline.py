"""Myanmar's land outline (mapper.outline): the shipped OpenStreetMap extract and its builder."""

from __future__ import annotations

import io
import json
import tarfile

import geopandas as gpd
import pytest
import shapely

from mapper import geocode
from mapper.errors import InputError
from mapper.gazetteer import mimu
from mapper.outline import build_outline, country_outline, outline_path

# A synthetic geo-maps map (made up here, not geography): "MMR" is a 4 x 4 degree square with a
# 2 x 2 "lake" inside it plus a small island; "THA" is a square beside it.
_SQUARE = [[[90, 10], [94, 10], [94, 14], [90, 14], [90, 10]]]
_LAKE = [[91, 11], [93, 11], [93, 13], [91, 13], [91, 11]]
_ISLAND = [[[95, 10], [95.5, 10], [95.5, 10.5], [95, 10.5], [95, 10]]]
_BESIDE = [[[94, 10], [96, 10], [96, 9], [94, 10]]]
_SYNTHETIC_MAP = {
    "type": "FeatureCollection",
    "features": [
        {
            "type": "Feature",
            "properties": {"A3": "THA"},
            "geometry": {"type": "Polygon", "coordinates": _BESIDE},
        },
        {
            "type": "Feature",
            "properties": {"A3": "MMR"},
            "geometry": {"type": "MultiPolygon", "coordinates": [_SQUARE + [_LAKE], _ISLAND]},
        },
    ],
}


def _geo_maps_tarball(path, collection) -> None:
    """Write ``collection`` as package/map.geo.json in an npm-style .tgz, like npm pack does."""
    data = json.dumps(collection).encode()
    with tarfile.open(path, "w:gz") as archive:
        info = tarfile.TarInfo("package/map.geo.json")
        info.size = len(data)
        archive.addfile(info, io.BytesIO(data))


@pytest.mark.parametrize("kind", ["tgz", "geojson"])
def test_build_outline_fills_lakes_and_keeps_islands(tmp_path, kind):
    source = tmp_path / ("map.tgz" if kind == "tgz" else "map.geo.json")
    if kind == "tgz":
        _geo_maps_tarball(source, _SYNTHETIC_MAP)
    else:
        source.write_text(json.dumps(_SYNTHETIC_MAP))
    written = build_outline(source, tmp_path / "outline.geojson")
    frame = gpd.read_file(written)
    assert len(frame) == 1 and frame.loc[0, "A3"] == "MMR"
    geometry = frame.geometry.iloc[0]
    assert geometry.area == pytest.approx(16 + 0.25)  # the lake is filled, the island kept
    assert all(not part.interiors for part in shapely.get_parts(geometry))
    assert not geometry.intersects(shapely.Point(95.5, 9.6))  # nothing of "THA"
    assert "OpenStreetMap" in frame.loc[0, "source"] and "ODbL" in frame.loc[0, "licence"]
    assert frame.loc[0, "precision"].startswith("100 m")
    assert frame.loc[0, "built_from"] == source.name


def test_build_outline_bad_input(tmp_path):
    no_myanmar = tmp_path / "map.geo.json"
    only_tha = _SYNTHETIC_MAP["features"][:1]
    no_myanmar.write_text(json.dumps({**_SYNTHETIC_MAP, "features": only_tha}))
    with pytest.raises(InputError, match="A3 = 'MMR'") as error:
        build_outline(no_myanmar, tmp_path / "out.geojson")
    assert error.value.field == "A3" and str(no_myanmar) in str(error.value)
    not_json = tmp_path / "notes.json"
    not_json.write_text("this is not GeoJSON")
    with pytest.raises(InputError, match="not a geo-maps map"):
        build_outline(not_json, tmp_path / "out.geojson")
    assert not (tmp_path / "out.geojson").exists()


def test_cli_areas_outline(cli, tmp_path):
    source = tmp_path / "geo-maps-countries-land-100m-0.6.0.tgz"
    _geo_maps_tarball(source, _SYNTHETIC_MAP)
    out = tmp_path / "outline.geojson"
    result = cli("areas", "outline", str(source), "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert gpd.read_file(out).geometry.iloc[0].area == pytest.approx(16.25)
    missing = cli("areas", "outline", str(tmp_path / "absent.tgz"), "-o", str(out))
    assert missing.returncode == 2
    assert missing.stderr.strip() == f"mapper: error: {tmp_path / 'absent.tgz'}: no such file"


def test_shipped_outline_carries_its_source_and_holds_mimu_places():
    properties = gpd.read_file(outline_path()).iloc[0]
    assert properties["source"].startswith("OpenStreetMap contributors")
    assert properties["source_url"].startswith("https://www.npmjs.com/package/@geo-maps/")
    assert "ODbL" in properties["licence"] and properties["precision"]
    outline = country_outline()
    assert all(not part.interiors for part in shapely.get_parts(outline))
    villages = mimu.read_villages().dropna(subset=["latitude", "longitude"])
    inside = shapely.contains_xy(outline, villages["longitude"], villages["latitude"])
    assert inside.mean() >= 0.995  # measured 99.7% of 55,154 MIMU village points
    towns = geocode(["Yangon", "Mandalay", "Nay Pyi Taw", "Sittwe", "Kyaukphyu", "Kawthaung"])
    assert towns.geometry.notna().all()
    assert shapely.contains(outline, towns.geometry.to_numpy()).all()
