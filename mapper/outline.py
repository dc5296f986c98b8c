"""Myanmar's land outline: the shape that clips the derived administrative areas.

mapper ships the outline in ``data/areas/myanmar_outline.geojson``: Myanmar's land territory
from OpenStreetMap as the npm package ``@geo-maps/countries-land-100m`` 0.6.0 publishes it
(OSM country borders clipped to OSM's coastline, 100 m resolution, ODbL 1.0), with interior
water (lakes, rivers, reservoirs) filled, because townships and states include their lakes and
rivers. :func:`build_outline` makes that file from the package's tarball (``npm pack
@geo-maps/countries-land-100m@0.6.0``), so it can be checked and rebuilt: ``mapper areas
outline``.
"""

from __future__ import annotations

import hashlib
import json
import tarfile
import warnings
from functools import lru_cache
from pathlib import Path

import numpy as np
import shapely

from mapper._paths import data_dir
from mapper.errors import DataUnavailableError, InputError
from mapper.fileio import atomic_path

SOURCE_NAME = "OpenStreetMap contributors, via geo-maps countries-land-100m 0.6.0"
SOURCE_URL = "https://www.npmjs.com/package/@geo-maps/countries-land-100m"
LICENCE = "ODbL 1.0"
LICENCE_URL = "https://opendatacommons.org/licenses/odbl/1-0/"
PRECISION = "100 m (geo-maps' stated absolute error); interior lakes and rivers filled"

#: The member of the geo-maps tarball that holds the map, and Myanmar's code (``A3``) in it.
_TAR_MEMBER = "package/map.geo.json"
_COUNTRY_CODE = "MMR"


def outline_path() -> Path:
    """The shipped outline file (``data/areas/myanmar_outline.geojson``)."""
    return data_dir() / "areas" / "myanmar_outline.geojson"


def fill_interior_water(geometry) -> shapely.Polygon | shapely.MultiPolygon:
    """``geometry`` with every hole removed (each polygon reduced to its exterior ring)."""
    parts = shapely.get_parts(shapely.make_valid(geometry))
    polygons = [shapely.Polygon(part.exterior) for part in parts if part.geom_type == "Polygon"]
    if not polygons:
        raise ValueError("no polygon in the outline")
    return shapely.union_all(np.array(polygons))


def _read_country(path: Path, code: str):
    """The geometry of the feature whose ``A3`` is ``code`` in a geo-maps GeoJSON or tarball."""
    import pyogrio

    if not path.is_file():
        raise InputError("no such file", file=path)
    source = f"/vsitar/{path}/{_TAR_MEMBER}" if tarfile.is_tarfile(path) else str(path)
    # geo-maps writes each country as one GeoJSON object larger than GDAL's default limit
    previous = pyogrio.get_gdal_config_option("OGR_GEOJSON_MAX_OBJ_SIZE")
    pyogrio.set_gdal_config_options({"OGR_GEOJSON_MAX_OBJ_SIZE": 0})
    try:
        with warnings.catch_warnings():  # "may be really slow on GZip streams": it is not
            warnings.simplefilter("ignore", RuntimeWarning)
            frame = pyogrio.read_dataframe(source, where=f"A3 = '{code}'")
    except Exception as exc:  # GDAL's own message says what is wrong with the file
        raise InputError(f"not a geo-maps map with an A3 field ({exc})", file=path) from None
    finally:
        pyogrio.set_gdal_config_options({"OGR_GEOJSON_MAX_OBJ_SIZE": previous})
    if len(frame) != 1 or frame.geometry.iloc[0] is None:
        raise InputError(f"no single feature with A3 = {code!r}", file=path, field="A3")
    return frame.geometry.iloc[0]


def build_outline(source: str | Path, output: str | Path | None = None) -> Path:
    """Write Myanmar's filled outline from a geo-maps countries-land map (atomic write).

    ``source``: the ``@geo-maps/countries-land-100m`` tarball or its ``map.geo.json``;
    ``output`` defaults to the shipped file. The feature written carries its source, licence and
    precision.
    """
    source = Path(source)
    output = outline_path() if output is None else Path(output)
    outline = fill_interior_water(_read_country(source, _COUNTRY_CODE))
    feature = {
        "type": "Feature",
        "properties": {
            "A3": _COUNTRY_CODE,
            "name": "Myanmar",
            "source": SOURCE_NAME,
            "source_url": SOURCE_URL,
            "licence": f"{LICENCE} ({LICENCE_URL})",
            "precision": PRECISION,
            "built_from": source.name,
        },
        "geometry": json.loads(shapely.to_geojson(outline)),
    }
    text = json.dumps({"type": "FeatureCollection", "features": [feature]}, ensure_ascii=False)
    with atomic_path(output) as tmp:
        tmp.write_text(text + "\n", encoding="utf-8")
    return output


@lru_cache(maxsize=1)
def country_outline() -> shapely.Polygon | shapely.MultiPolygon:
    """Myanmar's land outline (EPSG:4326) from the shipped OpenStreetMap extract."""
    path = outline_path()
    if not path.is_file():
        raise DataUnavailableError(f"{path}: the shipped country outline is missing")
    return shapely.make_valid(_read_country(path, _COUNTRY_CODE))


def outline_digest() -> str:
    """A short digest of the shipped outline file (part of the derived-areas cache key)."""
    return hashlib.sha256(outline_path().read_bytes()).hexdigest()[:12]
