"""Projects: the shipped catalogue of Chinese-backed projects in Myanmar, or a user's file.

``load_projects()`` builds the curated catalogue (``data/projects/catalogue.json``) into a
GeoDataFrame: points are geocoded offline from each record's ``location_names`` (joined into one
query such as ``"Wet Hmay village, Salingyi Township, Sagaing Region"``) or taken from a cited
coordinate; pipelines and railways are LineStrings through ordered waypoint names, geocoded one by
one, so every route is reproducible. The build is cached under ``cache_dir("projects")``, keyed
by the catalogue file, the sites file and the gazetteer version.

``load_projects(path)`` reads a user's file instead: GeoJSON, GeoPackage, GeoParquet, a CSV with
coordinates, a WKT ``geometry`` column or place names, a catalogue JSON in the shipped format, or
an AidData GCDF project file (GeoJSON or CSV in AidData's columns).

Every result has :data:`~mapper.schema.PROJECT_COLUMNS` plus ``geometry`` in EPSG:4326;
``sources`` is a JSON string ``[{"name": ..., "url": ...}]`` and ``location_names`` is the names
joined with ``"; "``.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import geopandas as gpd
import pandas as pd
from shapely.geometry import LineString, Point
from shapely.geometry.base import BaseGeometry

from mapper._paths import cache_dir, data_dir
from mapper.errors import InputError, OptionError
from mapper.schema import PROJECT_COLUMNS, WGS84
from mapper.sources._read import first_bad_cell, read_table
from mapper.sources._validate import in_myanmar
from mapper.sources._vector import (
    SPREADSHEET_SUFFIXES,
    VECTOR_SUFFIXES,
    check_file,
    read_vector,
)

SECTORS: tuple[str, ...] = (
    "port",
    "sez",
    "oil_gas",
    "mining",
    "hydropower",
    "energy",
    "transport",
    "industry",
    "urban",
    "other",
)
STATUSES: tuple[str, ...] = (
    "operating",
    "under_construction",
    "planned",
    "suspended",
    "cancelled",
    "unknown",
)
LOCATION_PRECISIONS: tuple[str, ...] = ("exact", "approximate", "admin area")
GEOMETRY_FROM: tuple[str, ...] = ("geocode", "coordinate", "waypoints")

#: Names joined with this in the ``location_names`` column.
NAME_SEPARATOR = "; "

#: Bump when the built catalogue's layout changes, so old caches are ignored.
_CACHE_LAYOUT = 1


#: Geocoder kinds mapped to the precision a geocoded point may claim at most.
_KIND_PRECISION = {
    "site": "exact",
    "village": "approximate",
    "ward": "approximate",
    "town": "approximate",
    "foreign_city": "approximate",
    "village_tract": "admin area",
    "township": "admin area",
    "district": "admin area",
    "state": "admin area",
    "foreign_region": "admin area",
    "country": "admin area",
}

_PRECISION_RANK = {p: i for i, p in enumerate(LOCATION_PRECISIONS)}

#: Synonyms accepted in users' files (lower-cased, spaces and dashes as underscores).
_SECTOR_SYNONYMS = {
    "seaport": "port",
    "deep_sea_port": "port",
    "special_economic_zone": "sez",
    "economic_zone": "sez",
    "industrial_zone": "sez",
    "oil": "oil_gas",
    "gas": "oil_gas",
    "oil_and_gas": "oil_gas",
    "pipeline": "oil_gas",
    "mine": "mining",
    "hydro": "hydropower",
    "dam": "hydropower",
    "power": "energy",
    "electricity": "energy",
    "railway": "transport",
    "road": "transport",
    "airport": "transport",
    "manufacturing": "industry",
    "city": "urban",
    "real_estate": "urban",
}
_STATUS_SYNONYMS = {
    "operational": "operating",
    "completed": "operating",
    "completion": "operating",
    "active": "operating",
    "construction": "under_construction",
    "implementation": "under_construction",
    "in_construction": "under_construction",
    "proposed": "planned",
    "announced": "planned",
    "pipeline:_commitment": "planned",
    "pipeline:_pledge": "planned",
    "pipeline": "planned",
    "halted": "suspended",
    "stalled": "suspended",
    "canceled": "cancelled",
}
_PRECISION_SYNONYMS = {"admin": "admin area", "admin_area": "admin area", "approx": "approximate"}

_LAT_NAMES = ("latitude", "lat", "y", "centroid_lat")
_LON_NAMES = ("longitude", "lon", "lng", "long", "x", "centroid_lon")
_PLACE_NAMES = ("location_names", "location", "place", "place_name", "location_name")
_WKT_NAMES = ("geometry", "wkt", "geom")

#: Geocoder matches scoring below this are treated as unresolved (a loose fuzzy match could put
#: a project at the wrong village).
MIN_MATCH_SCORE = 0.8
_UNRESOLVED = f"does not resolve in the gazetteer (no match scoring {MIN_MATCH_SCORE} or more)"

#: A geocoder: names in, one (latitude, longitude, kind) per name (None when unresolved) out.
Geocoder = Callable[[Sequence[str]], list[tuple[float, float, str] | None]]


# --------------------------------------------------------------------------------------------
# public API
# --------------------------------------------------------------------------------------------
def catalogue_path() -> Path:
    """The shipped catalogue file (``data/projects/catalogue.json``)."""
    return data_dir() / "projects" / "catalogue.json"


def load_projects(
    path: str | Path | None = None, *, use_cache: bool = True, layer: str | None = None
) -> gpd.GeoDataFrame:
    """Projects as a GeoDataFrame with ``PROJECT_COLUMNS + geometry`` (EPSG:4326).

    Without ``path``: the shipped catalogue, geometries built by geocoding (cached).
    With ``path``: a user's GeoJSON, GeoPackage, GeoParquet, CSV (or .tsv, .xlsx, .ods table),
    catalogue JSON or AidData file; ``layer`` names the layer or sheet of a file of several
    (default: the one called "projects").
    Bad input raises a one-line :class:`~mapper.errors.InputError` naming file, row and field.
    """
    if path is None:
        if layer is not None:
            raise OptionError("layer= applies to a projects file, not the shipped catalogue")
        return _load_catalogue(catalogue_path(), use_cache=use_cache, shipped=True)
    path = Path(path)
    check_file(path)
    suffix = path.suffix.lower()
    if suffix in (".csv", ".tsv", ".txt", ".xls") or suffix in SPREADSHEET_SUFFIXES:
        return _read_csv(path, layer)  # an old .xls workbook: the reader says to save as .xlsx
    if suffix in (".json", ".geojson"):
        data = _read_json(path)
        if isinstance(data, Mapping) and "projects" in data:
            if layer is not None:
                raise InputError(f"a catalogue has no layers: cannot read '{layer}'", file=path)
            return _load_catalogue(path, use_cache=use_cache, shipped=False)
        return _read_vector(path, layer)
    if suffix in VECTOR_SUFFIXES:
        return _read_vector(path, layer)
    raise InputError(
        f"unknown projects file type '{suffix or path.name}' (use .geojson, .gpkg, .parquet, "
        ".csv, .xlsx or a catalogue .json)",
        file=path,
    )


def read_catalogue(path: str | Path | None = None) -> list[dict[str, Any]]:
    """The catalogue records as validated dicts (no geometry built)."""
    path = Path(path) if path is not None else catalogue_path()
    return _validate_catalogue(_read_json(path), path)


# --------------------------------------------------------------------------------------------
# the catalogue
# --------------------------------------------------------------------------------------------
def _read_json(path: Path) -> Any:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError("no such file", file=path) from None
    except UnicodeDecodeError:
        raise InputError("not UTF-8 text; save the file as UTF-8", file=path) from None
    if not text.strip():
        raise InputError("the file is empty", file=path)
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"not valid JSON ({exc.msg} at line {exc.lineno})", file=path) from None


def _validate_catalogue(data: Any, path: Path) -> list[dict[str, Any]]:
    if not isinstance(data, Mapping) or not isinstance(data.get("projects"), list):
        raise InputError("expected a JSON object with a 'projects' list", file=path)
    records = data["projects"]
    if not records:
        raise InputError("the 'projects' list is empty", file=path)
    seen: dict[str, int] = {}
    out = []
    for row, record in enumerate(records, start=1):
        if not isinstance(record, Mapping):
            raise InputError("each project must be a JSON object", file=path, row=row)
        out.append(_validate_record(record, path, row, seen))
    return out


def _validate_record(
    record: Mapping[str, Any], path: Path, row: int, seen: dict[str, int]
) -> dict[str, Any]:
    def fail(field: str, message: str) -> InputError:
        return InputError(message, file=path, row=row, field=field)

    for field in ("id", "name", "sector", "status", "geometry_from", "location_precision"):
        value = record.get(field)
        if not isinstance(value, str) or not value.strip():
            raise fail(field, "missing or empty")
    pid = record["id"].strip()
    if pid in seen:
        raise fail("id", f"duplicate id '{pid}' (first at row {seen[pid]})")
    seen[pid] = row
    checks = (
        ("sector", SECTORS),
        ("status", STATUSES),
        ("geometry_from", GEOMETRY_FROM),
        ("location_precision", LOCATION_PRECISIONS),
    )
    for field, allowed in checks:
        if record[field] not in allowed:
            raise fail(field, f"'{record[field]}' is not one of: {', '.join(allowed)}")
    names = record.get("location_names")
    if (
        not isinstance(names, list)
        or not names
        or not all(isinstance(n, str) and n.strip() for n in names)
    ):
        raise fail("location_names", "must be a non-empty list of place names")
    how = record["geometry_from"]
    if how == "waypoints" and len(names) < 2:
        raise fail("location_names", "a route needs at least two waypoint names")
    if how == "coordinate":
        for field, low, high in (("latitude", -90, 90), ("longitude", -180, 180)):
            value = record.get(field)
            if not isinstance(value, int | float) or not low <= value <= high:
                raise fail(field, f"a cited coordinate needs {field} in [{low}, {high}]")
        if not _valid_sources([record.get("coordinate_source")]):
            raise fail("coordinate_source", "a cited coordinate needs {name, url}")
    sources = record.get("sources")
    if not isinstance(sources, list) or not sources or not _valid_sources(sources):
        raise fail("sources", "needs at least one source, each with a name and a url")
    return dict(record)


def _valid_sources(sources: Iterable[Any]) -> bool:
    return all(
        isinstance(s, Mapping)
        and isinstance(s.get("name"), str)
        and s["name"].strip()
        and isinstance(s.get("url"), str)
        and s["url"].startswith(("http://", "https://"))
        for s in sources
    )


def _load_catalogue(path: Path, *, use_cache: bool, shipped: bool) -> gpd.GeoDataFrame:
    records = read_catalogue(path)
    key = _cache_key(path) if use_cache else None
    cached = cache_dir("projects") / f"catalogue-{key}.parquet" if key else None
    if cached is not None and cached.exists():
        try:
            gdf = gpd.read_parquet(cached)
        except Exception:  # a damaged cache is rebuilt, never reported
            gdf = None
        if gdf is not None and list(gdf.columns) == [*PROJECT_COLUMNS, "geometry"]:
            return _finish(gdf, path, shipped)
    gdf = build_catalogue(records, path=path)
    if cached is not None:
        from mapper.fileio import atomic_path

        try:
            with atomic_path(cached) as tmp:
                gdf.to_parquet(tmp)
        except OSError:  # an unwritable cache only costs the next run a rebuild
            pass
    return _finish(gdf, path, shipped)


def _finish(gdf: gpd.GeoDataFrame, path: Path, shipped: bool) -> gpd.GeoDataFrame:
    data = _read_json(path)
    gdf.attrs.update(
        {
            "dataset": "mapper projects catalogue" if shipped else "projects catalogue",
            "version": str(data.get("version", "")),
            "path": str(path),
        }
    )
    return gdf


def _file_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()[:16] if path.exists() else "none"


def _cache_key(path: Path) -> str | None:
    """Catalogue file + sites file + gazetteer version; None when the version is unknown."""
    version = _gazetteer_version()
    if version is None:
        return None
    sites = data_dir() / "gazetteer" / "sites.csv"
    parts = [str(_CACHE_LAYOUT), _file_digest(path), _file_digest(sites), version]
    return hashlib.sha256("|".join(parts).encode()).hexdigest()[:24]


def _gazetteer_version() -> str | None:
    """The gazetteer's source versions as one string (cheap: no gazetteer is loaded)."""
    try:
        from mapper.gazetteer import source_versions
    except ImportError:
        return None
    try:
        return json.dumps(source_versions(), sort_keys=True)
    except Exception:  # an unreadable source is reported by the gazetteer itself
        return None


def build_catalogue(
    records: Sequence[Mapping[str, Any]],
    *,
    path: str | Path | None = None,
    geocoder: Geocoder | None = None,
) -> gpd.GeoDataFrame:
    """Build geometries for validated catalogue ``records`` (no cache).

    All names are geocoded in one batch; a name that does not resolve raises an InputError
    naming the project id and field ``location_names``.
    """
    path = Path(path) if path is not None else catalogue_path()
    geocoder = geocoder or offline_geocoder
    queries: list[str] = []
    for record in records:
        if record["geometry_from"] == "geocode":
            queries.append(point_query(record["location_names"]))
        elif record["geometry_from"] == "waypoints":
            queries.extend(record["location_names"])
    unique = list(dict.fromkeys(queries))
    found = dict(zip(unique, geocoder(unique), strict=True)) if unique else {}
    rows = []
    for row, record in enumerate(records, start=1):
        rows.append(_record_row(record, _record_geometry(record, found, path, row)))
    return gpd.GeoDataFrame(rows, columns=[*PROJECT_COLUMNS, "geometry"], crs=WGS84)


def point_query(names: Sequence[str]) -> str:
    """The one geocoder query for a point project: its names joined with commas."""
    return ", ".join(n.strip() for n in names)


def _record_geometry(
    record: Mapping[str, Any],
    found: Mapping[str, tuple[float, float, str] | None],
    path: Path,
    row: int,
) -> BaseGeometry:
    how = record["geometry_from"]
    names = record["location_names"]
    where = f"project '{record['id']}'"
    if how == "coordinate":
        return Point(float(record["longitude"]), float(record["latitude"]))
    if how == "geocode":
        query = point_query(names)
        hit = found.get(query)
        if hit is None:
            raise InputError(
                f"{where}: '{query}' {_UNRESOLVED}",
                file=path,
                row=row,
                field="location_names",
            )
        claimed = record["location_precision"]
        supported = _KIND_PRECISION.get(hit[2], "admin area")
        if _PRECISION_RANK[supported] > _PRECISION_RANK[claimed]:
            raise InputError(
                f"{where}: '{query}' resolves only to a {hit[2]}, which cannot support "
                f"location_precision '{claimed}'",
                file=path,
                row=row,
                field="location_names",
            )
        return Point(hit[1], hit[0])
    coords = []
    for name in names:
        hit = found.get(name)
        if hit is None:
            raise InputError(
                f"{where}: waypoint '{name}' {_UNRESOLVED}",
                file=path,
                row=row,
                field="location_names",
            )
        coords.append((hit[1], hit[0]))
    return LineString(coords)


def _record_row(record: Mapping[str, Any], geometry: BaseGeometry) -> dict[str, Any]:
    sources = [{"name": s["name"], "url": s["url"]} for s in record["sources"]]
    return {
        "id": record["id"].strip(),
        "name": record["name"].strip(),
        "sector": record["sector"],
        "status": record["status"],
        "investors": str(record.get("investors") or ""),
        "location_names": NAME_SEPARATOR.join(record["location_names"]),
        "location_precision": record["location_precision"],
        "sources": json.dumps(sources, ensure_ascii=False),
        "notes": str(record.get("notes") or ""),
        "geometry": geometry,
    }


def offline_geocoder(names: Sequence[str]) -> list[tuple[float, float, str] | None]:
    """Resolve names with :func:`mapper.geocoding.geocode` (offline gazetteer); matches scoring
    below :data:`MIN_MATCH_SCORE` count as unresolved."""
    from mapper.geocoding import geocode

    if not names:
        return []
    result = geocode(list(names))
    out: list[tuple[float, float, str] | None] = []
    for lat, lon, kind, score, geom in zip(
        result["latitude"],
        result["longitude"],
        result["kind"],
        result["score"],
        result.geometry,
        strict=True,
    ):
        if geom is None or pd.isna(lat) or pd.isna(lon) or not score >= MIN_MATCH_SCORE:
            out.append(None)
        else:
            out.append((float(lat), float(lon), str(kind)))
    return out


# --------------------------------------------------------------------------------------------
# users' files
# --------------------------------------------------------------------------------------------
def _norm_column(name: object) -> str:
    return re.sub(r"[\s\-]+", "_", str(name).strip().lower())


def _find(columns: Iterable[str], candidates: Sequence[str]) -> str | None:
    by_norm = {_norm_column(c): c for c in columns}
    return next((by_norm[c] for c in candidates if c in by_norm), None)


def _is_aiddata(columns: Iterable[str]) -> bool:
    norms = {_norm_column(c) for c in columns}
    return "aiddata_tuff_project_id" in norms or "aiddata_sector_name" in norms


def _read_csv(path: Path, layer: str | None = None) -> gpd.GeoDataFrame:
    """A projects CSV, read as events CSVs are (UTF-8 or UTF-16, blank lines, a row longer
    than the header is an error); each row keeps its number in the frame's index + 1. A
    spreadsheet of several sheets is read at the one called "projects"."""
    table = read_table(path, layer_name="projects", layer=layer)
    if table.bad_encoding:
        row, field = first_bad_cell(table.frame)
        field = None if field is None else table.name_of(field)
        raise InputError("not UTF-8 text; save the file as UTF-8", file=path, row=row, field=field)
    frame = table.frame.rename(columns=table.name_of)
    frame = frame.astype(object).where(frame != "", None)
    if _is_aiddata(frame.columns):
        return _from_aiddata(frame, None, path)
    lat, lon = _find(frame.columns, _LAT_NAMES), _find(frame.columns, _LON_NAMES)
    wkt = _find(frame.columns, _WKT_NAMES)
    place = _find(frame.columns, _PLACE_NAMES)
    if lat and lon:
        geometry = _points_from_columns(frame, lat, lon, path)
        default_precision = "approximate"
    elif wkt:
        geometry = _geometry_from_wkt(frame, wkt, path)
        _check_degrees(geometry, _rows(frame), path, wkt)
        default_precision = "approximate"
    elif place:
        return _from_places(frame, place, path)
    else:
        raise InputError(
            "needs 'latitude' and 'longitude' columns, a WKT 'geometry' column or a "
            "'location_names' (place) column",
            file=path,
            field="latitude",
        )
    return _normalise(frame, geometry, path, default_precision=default_precision)


def _rows(frame: pd.DataFrame) -> list[int]:
    """Each record's row number in messages: a CSV's data row (blank lines keep their
    numbers), a feature's position in a geodata file."""
    return (frame.index + 1).tolist()


def _number(value: Any, path: Path, row: int, field: str) -> float:
    try:
        number = float(value)
    except (TypeError, ValueError):
        number = math.nan
    if math.isnan(number) or math.isinf(number):
        shown = "empty" if value is None else f"'{value}'"
        raise InputError(f"{shown} is not a number", file=path, row=row, field=field)
    return number


def _points_from_columns(frame: pd.DataFrame, lat: str, lon: str, path: Path) -> list[Point]:
    lats, lons = [], []
    for row, y, x in zip(_rows(frame), frame[lat], frame[lon], strict=True):
        y, x = _number(y, path, row, lat), _number(x, path, row, lon)
        if not -90 <= y <= 90:
            raise InputError(f"latitude {y} is out of range", file=path, row=row, field=lat)
        if not -180 <= x <= 180:
            raise InputError(f"longitude {x} is out of range", file=path, row=row, field=lon)
        lats.append(y)
        lons.append(x)
    _check_swapped(lats, lons, _rows(frame), path, lat)
    return [Point(x, y) for y, x in zip(lats, lons, strict=True)]


def _in_myanmar(lat: float, lon: float) -> bool:
    return bool(in_myanmar(lat, lon))  # the events loaders' box, one rule for all files


def _check_swapped(
    lats: Sequence[float], lons: Sequence[float], rows: Sequence[int], path: Path, field: str
) -> None:
    inside = [_in_myanmar(y, x) for y, x in zip(lats, lons, strict=True)]
    if sum(inside) * 2 < len(inside):
        return
    for row, y, x, ok in zip(rows, lats, lons, inside, strict=True):
        if not ok and _in_myanmar(x, y):
            raise InputError(
                f"latitude {y} and longitude {x} look swapped (the other points are in Myanmar)",
                file=path,
                row=row,
                field=field,
            )


def _check_degrees(
    geometry: Sequence[BaseGeometry], rows: Sequence[int], path: Path, field: str
) -> None:
    """Coordinates must be longitude/latitude degrees (a projected file read without its CRS
    is not) and not swapped (checked on a point of each geometry)."""
    lats, lons = [], []
    for row, geom in zip(rows, geometry, strict=True):
        point = geom.representative_point()
        lats.append(point.y)
        lons.append(point.x)
        minx, miny, maxx, maxy = geom.bounds
        if -180 <= minx <= maxx <= 180 and -90 <= miny <= maxy <= 90:
            continue
        if _in_myanmar(point.x, point.y):  # (latitude, longitude) written as (x, y)
            problem = f"x {point.x:g} and y {point.y:g} look swapped (y is no latitude)"
        else:
            problem = (
                f"coordinates ({minx:g}, {miny:g}) are not longitude/latitude degrees"
                " (a projected file without its CRS?)"
            )
        raise InputError(problem, file=path, row=row, field=field)
    _check_swapped(lats, lons, rows, path, field)


def _geometry_from_wkt(frame: pd.DataFrame, column: str, path: Path) -> list[BaseGeometry]:
    from shapely import wkt
    from shapely.errors import GEOSException

    out = []
    for row, text in zip(_rows(frame), frame[column], strict=True):
        if text is None:
            raise InputError("empty geometry", file=path, row=row, field=column)
        try:
            out.append(wkt.loads(text))
        except (GEOSException, ValueError, TypeError):
            raise InputError("not a WKT geometry", file=path, row=row, field=column) from None
    return out


def _from_places(frame: pd.DataFrame, column: str, path: Path) -> gpd.GeoDataFrame:
    queries = []
    for row, text in zip(_rows(frame), frame[column], strict=True):
        if text is None:
            raise InputError("empty place name", file=path, row=row, field=column)
        queries.append(point_query(re.split(r"\s*[;|]\s*", text)))
    unique = list(dict.fromkeys(queries))
    found = dict(zip(unique, offline_geocoder(unique), strict=True))
    geometry, precision = [], []
    for row, query in zip(_rows(frame), queries, strict=True):
        hit = found[query]
        if hit is None:
            raise InputError(
                f"'{query}' {_UNRESOLVED}",
                file=path,
                row=row,
                field=column,
            )
        geometry.append(Point(hit[1], hit[0]))
        precision.append(_KIND_PRECISION.get(hit[2], "approximate"))
    frame = frame.copy()
    if _find(frame.columns, ("location_precision",)) is None:
        frame["location_precision"] = precision
    return _normalise(frame, geometry, path, default_precision="approximate")


def _read_vector(path: Path, layer: str | None = None) -> gpd.GeoDataFrame:
    gdf = read_vector(path, "projects", layer)
    frame = pd.DataFrame(gdf.drop(columns=gdf.geometry.name))
    frame = frame.astype(object).where(frame.notna(), None)
    geometry = list(gdf.geometry)
    for row, geom in enumerate(geometry, start=1):
        if geom is None or geom.is_empty:
            raise InputError("empty geometry", file=path, row=row, field="geometry")
    _check_degrees(geometry, _rows(frame), path, "geometry")
    if _is_aiddata(frame.columns):
        return _from_aiddata(frame, geometry, path)
    return _normalise(frame, geometry, path, default_precision="approximate")


def _cell(value: Any) -> Any:
    """A cell as a scalar: None for missing, JSON text for lists and mappings (GeoJSON readers
    turn JSON-looking strings into objects)."""
    if value is None:
        return None
    if isinstance(value, list | tuple | dict):
        return json.dumps(value, ensure_ascii=False)
    if hasattr(value, "tolist") and not isinstance(value, str):
        value = value.tolist()
        return json.dumps(value, ensure_ascii=False) if isinstance(value, list) else value
    return None if pd.isna(value) else value


def _choice(
    value: Any,
    allowed: Sequence[str],
    synonyms: Mapping[str, str],
    default: str,
    where: tuple[Path, int, str],
) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)) or str(value) == "":
        return default
    text = str(value).strip()
    if text in allowed:
        return text
    key = _norm_column(text)
    if key in allowed:
        return key
    if key in synonyms:
        return synonyms[key]
    path, row, field = where
    raise InputError(
        f"'{text}' is not one of: {', '.join(allowed)}", file=path, row=row, field=field
    )


def _sources_text(value: Any, url: Any, path: Path, row: int, field: str) -> str:
    if value is None:
        return json.dumps([{"name": path.name, "url": ""}])
    text = str(value).strip()
    if text.startswith("["):
        try:
            parsed = json.loads(text)
        except json.JSONDecodeError:
            raise InputError(
                "not a JSON list of {name, url}", file=path, row=row, field=field
            ) from None
        if not isinstance(parsed, list) or not all(
            isinstance(s, Mapping) and s.get("name") for s in parsed
        ):
            raise InputError("each source needs a name", file=path, row=row, field=field)
        return json.dumps(
            [{"name": str(s["name"]), "url": str(s.get("url") or "")} for s in parsed],
            ensure_ascii=False,
        )
    return json.dumps([{"name": text, "url": "" if url is None else str(url)}], ensure_ascii=False)


def _normalise(
    frame: pd.DataFrame,
    geometry: Sequence[BaseGeometry],
    path: Path,
    *,
    default_precision: str,
) -> gpd.GeoDataFrame:
    """Map a user's columns onto PROJECT_COLUMNS, checking each value."""
    columns = list(frame.columns)
    col = {
        "id": _find(columns, ("id", "project_id")),
        "name": _find(columns, ("name", "title", "project_name", "project")),
        "sector": _find(columns, ("sector",)),
        "status": _find(columns, ("status",)),
        "investors": _find(columns, ("investors", "investor", "funding_agencies", "developer")),
        "location_names": _find(columns, _PLACE_NAMES),
        "location_precision": _find(columns, ("location_precision", "precision")),
        "sources": _find(columns, ("sources", "source")),
        "source_url": _find(columns, ("source_url", "url")),
        "notes": _find(columns, ("notes", "note", "description")),
    }
    for required in ("id", "name"):
        if col[required] is None:
            raise InputError(
                f"missing required column '{required}' (columns: {', '.join(map(str, columns))})",
                file=path,
                field=required,
            )
    rows = []
    seen: dict[str, int] = {}
    for row, record, geom in zip(_rows(frame), frame.to_dict("records"), geometry, strict=True):

        def get(key: str, record: dict[str, Any] = record) -> Any:
            name = col[key]
            return _cell(None if name is None else record.get(name))

        pid, name = get("id"), get("name")
        for field, value in (("id", pid), ("name", name)):
            if value is None or not str(value).strip():
                raise InputError("missing value", file=path, row=row, field=col[field])
        pid = str(pid).strip()
        pid = pid[:-2] if re.fullmatch(r"\d+\.0", pid) else pid
        if pid in seen:
            raise InputError(
                f"duplicate id '{pid}' (first at row {seen[pid]})",
                file=path,
                row=row,
                field=col["id"],
            )
        seen[pid] = row
        rows.append(
            {
                "id": pid,
                "name": str(name).strip(),
                "sector": _choice(
                    get("sector"), SECTORS, _SECTOR_SYNONYMS, "other", (path, row, "sector")
                ),
                "status": _choice(
                    get("status"), STATUSES, _STATUS_SYNONYMS, "unknown", (path, row, "status")
                ),
                "investors": str(get("investors") or ""),
                "location_names": str(get("location_names") or ""),
                "location_precision": _choice(
                    get("location_precision"),
                    LOCATION_PRECISIONS,
                    _PRECISION_SYNONYMS,
                    default_precision,
                    (path, row, col["location_precision"] or "location_precision"),
                ),
                "sources": _sources_text(
                    get("sources"), get("source_url"), path, row, col["sources"] or "sources"
                ),
                "notes": str(get("notes") or ""),
                "geometry": geom,
            }
        )
    gdf = gpd.GeoDataFrame(rows, columns=[*PROJECT_COLUMNS, "geometry"], crs=WGS84)
    gdf.attrs.update({"dataset": "projects file", "path": str(path)})
    return gdf


# --------------------------------------------------------------------------------------------
# AidData GCDF project files
# --------------------------------------------------------------------------------------------
_AIDDATA_SECTORS = {
    "energy": "energy",
    "industry,_mining,_construction": "industry",
    "transport_and_storage": "transport",
}


#: Title words that say a project's sector better than AidData's broad one (whole words:
#: "port" is not in "Import", "export" or "Sports Stadium").
_TITLE_SECTORS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\bhydro|\bdams?\b", re.IGNORECASE), "hydropower"),
    (re.compile(r"\b(?:mines?|mining)\b", re.IGNORECASE), "mining"),
    (
        re.compile(r"\b(?:oil|gas)\b.*\bpipelines?\b|\bpipelines?\b.*\b(?:oil|gas)\b", re.I),
        "oil_gas",
    ),
    (re.compile(r"\b(?:sea|deep[\s-]*sea\s+)?ports?\b", re.IGNORECASE), "port"),
)


def _aiddata_sector(sector: str | None, title: str) -> str:
    """The catalogue's sector of an AidData project: from its title's words, else its sector."""
    for words, name in _TITLE_SECTORS:
        if words.search(title):
            return name
    return _AIDDATA_SECTORS.get(_norm_column(sector or ""), "other")


def _from_aiddata(
    frame: pd.DataFrame, geometry: Sequence[BaseGeometry] | None, path: Path
) -> gpd.GeoDataFrame:
    """Map AidData GCDF columns (TUFF id, Title, Status, Sector, Funding Agencies) to projects."""
    columns = list(frame.columns)
    col = {
        "id": _find(columns, ("aiddata_tuff_project_id", "id")),
        "title": _find(columns, ("title",)),
        "status": _find(columns, ("status",)),
        "sector": _find(columns, ("aiddata_sector_name",)),
        "funders": _find(columns, ("funding_agencies",)),
        "recipient": _find(columns, ("recipient",)),
        "year": _find(columns, ("commitment_year",)),
    }
    for key, label in (("id", "AidData TUFF Project ID"), ("title", "Title")):
        if col[key] is None:
            raise InputError(f"missing required AidData column '{label}'", file=path, field=label)
    precision = "exact"  # AidData's own geometry (OpenStreetMap features)
    if geometry is None:
        precision = "approximate"  # a centroid of those features
        lat = _find(columns, ("centroid_lat", "latitude", "lat"))
        lon = _find(columns, ("centroid_lon", "longitude", "lon"))
        if lat is None or lon is None:
            raise InputError(
                "an AidData CSV needs 'centroid_lat' and 'centroid_lon' columns",
                file=path,
                field="centroid_lat",
            )
        geometry = _points_from_columns(frame, lat, lon, path)
    out = []
    rows = _rows(frame)
    for row, record in zip(rows, frame.to_dict("records"), strict=True):

        def get(key: str, record: dict[str, Any] = record) -> Any:
            name = col[key]
            return _cell(None if name is None else record.get(name))

        raw_id, title = get("id"), get("title")
        if raw_id is None:
            raise InputError("missing value", file=path, row=row, field=col["id"])
        if title is None or not str(title).strip():
            raise InputError("missing value", file=path, row=row, field=col["title"])
        aid = str(raw_id).strip()
        aid = aid[:-2] if re.fullmatch(r"\d+\.0", aid) else aid
        status_text = get("status")
        status = _choice(
            status_text, STATUSES, _STATUS_SYNONYMS, "unknown", (path, row, col["status"] or "")
        )
        funders = "; ".join(p.strip() for p in str(get("funders") or "").split("|") if p.strip())
        notes = [f"AidData GCDF status '{status_text}'" if status_text else ""]
        if get("year") is not None:
            notes.append(f"commitment year {get('year')}")
        out.append(
            {
                "id": aid,
                "name": str(title).strip(),
                "sector": _aiddata_sector(get("sector"), str(title)),
                "status": status,
                "investors": funders,
                "location_names": str(get("recipient") or ""),
                "location_precision": precision,
                "sources": json.dumps(
                    [
                        {
                            "name": f"AidData GCDF project {aid}",
                            "url": f"https://china.aiddata.org/projects/{aid}/",
                        }
                    ]
                ),
                "notes": "; ".join(n for n in notes if n),
            }
        )
    ids = [r["id"] for r in out]
    dup = next((i for i, pid in enumerate(ids) if pid in ids[:i]), None)
    if dup is not None:
        raise InputError(f"duplicate id '{ids[dup]}'", file=path, row=rows[dup], field=col["id"])
    gdf = gpd.GeoDataFrame(out, geometry=list(geometry), crs=WGS84)
    gdf = gdf[[*PROJECT_COLUMNS, "geometry"]]
    gdf.attrs.update({"dataset": "AidData GCDF", "path": str(path)})
    return gdf
