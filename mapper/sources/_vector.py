"""Reading a user's vector file (GeoJSON, GeoPackage, GeoParquet, Shapefile, FlatGeobuf, GML)
or spreadsheet (Excel .xlsx, OpenDocument .ods: GDAL reads each sheet as a layer of a table).

One reader for every loader that takes such files (projects, events, counts tables), so that
each says the same thing about a file it cannot read: a one-line :class:`InputError` naming the
file and, for a file of several layers or sheets, the ones it holds.
"""

from __future__ import annotations

import json
import os
import re
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import geopandas as gpd
import pandas as pd
import pyogrio
import pyogrio.errors

from mapper.errors import InputError
from mapper.schema import WGS84

#: File types read as vector data: suffix -> the format's name (a ``.json`` file is one when it
#: holds GeoJSON).
VECTOR_SUFFIXES = {
    ".geojson": "GeoJSON",
    ".json": "GeoJSON",
    ".gpkg": "GeoPackage",
    ".parquet": "Parquet",
    ".geoparquet": "GeoParquet",
    ".shp": "Shapefile",
    ".fgb": "FlatGeobuf",
    ".gml": "GML",
}
#: Spreadsheets, read through GDAL as tables without geometries: suffix -> the format's name.
#: Each sheet is a layer; its first row is always the header.
SPREADSHEET_SUFFIXES = {".xlsx": "Excel workbook", ".ods": "OpenDocument spreadsheet"}
#: Every file type read through GDAL rather than as CSV text: suffix -> the format's name.
GDAL_SUFFIXES = VECTOR_SUFFIXES | SPREADSHEET_SUFFIXES
#: GDAL settings that take a spreadsheet's first row as its header even when every cell below
#: is text too (GDAL otherwise guesses, and reads an all-text sheet's header as data). Settings,
#: not open options: GDAL 3.12 applies the HEADERS open option to a file's first sheet only.
_SHEET_HEADERS = {"OGR_XLSX_HEADERS": "FORCE", "OGR_ODS_HEADERS": "FORCE"}
#: What is said of a JSON file that is not GeoJSON (an ACLED API response, a list of records).
NOT_GEOJSON = (
    "is JSON but not GeoJSON: give a CSV/TSV, .xlsx/.ods, GeoJSON, GeoPackage or GeoParquet"
    " file (`mapper download acled` saves ACLED's API data as a CSV)"
)
_READ_ERRORS = (pyogrio.errors.DataSourceError, pyogrio.errors.DataLayerError, ValueError, OSError)


def is_vector_file(path: str | os.PathLike[str]) -> bool:
    """True for a file whose suffix names a vector format, or a ``.json`` file holding an
    object (GeoJSON) rather than CSV text."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix != ".json":
        return suffix in VECTOR_SUFFIXES
    if not path.is_file():
        return False
    with path.open("rb") as handle:
        head = handle.read(256).lstrip(b"\xef\xbb\xbf \t\r\n")
    return head.startswith(b"{")


def is_spreadsheet(path: str | os.PathLike[str]) -> bool:
    """True for an Excel (.xlsx) or OpenDocument (.ods) spreadsheet, by its suffix."""
    return Path(path).suffix.lower() in SPREADSHEET_SUFFIXES


def read_by_gdal(path: str | os.PathLike[str]) -> bool:
    """True for a file read through GDAL (a vector file or a spreadsheet), not as CSV text."""
    return is_spreadsheet(path) or is_vector_file(path)


@contextmanager
def _sheet_headers(path: Path) -> Iterator[None]:
    """While reading a spreadsheet, GDAL takes each sheet's first row as its header."""
    if not is_spreadsheet(path):
        yield
        return
    previous = {name: pyogrio.get_gdal_config_option(name) for name in _SHEET_HEADERS}
    pyogrio.set_gdal_config_options(_SHEET_HEADERS)
    try:
        yield
    finally:
        pyogrio.set_gdal_config_options(previous)


@contextmanager
def _quiet_gdal() -> Iterator[None]:
    """While GDAL reads a file, its warnings (e.g. "Invalid coord dimension" for a point
    without coordinates) are not printed: the rows they concern are reported by row, on one
    line, by the loaders."""
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", category=RuntimeWarning, module=r"pyogrio\.")
        yield


def read_vector(
    path: str | os.PathLike[str], layer_name: str, layer: str | None = None
) -> gpd.GeoDataFrame:
    """The features of ``path`` in EPSG:4326 (a file without a CRS is taken to be in it), rows
    numbered by position. A file of several layers is read at ``layer`` when given, else at its
    layer called ``layer_name`` (e.g. "events"); without one, which layer is meant cannot be
    guessed: an error names them."""
    frame = _read(Path(path), layer_name, layer, plain=False)
    if not _has_geometry(frame):
        raise InputError("holds a table without geometries", file=path)
    return _in_wgs84(frame)


def read_attributes(
    path: str | os.PathLike[str], layer_name: str, layer: str | None = None
) -> tuple[pd.DataFrame, gpd.GeoSeries | None]:
    """The attribute table of a vector file and its geometries in EPSG:4326, or None for a
    table without geometries (a plain Parquet file, a GeoPackage attribute table, a sheet);
    layers are chosen as by :func:`read_vector`."""
    frame = _read(Path(path), layer_name, layer, plain=True)
    if not _has_geometry(frame):
        return pd.DataFrame(frame), None
    frame = _in_wgs84(frame)
    return pd.DataFrame(frame.drop(columns=frame.geometry.name)), frame.geometry


def _has_geometry(frame: pd.DataFrame) -> bool:
    return isinstance(frame, gpd.GeoDataFrame)  # readers give a DataFrame for a plain table


def _in_wgs84(frame: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """``frame`` in EPSG:4326; a file without a CRS is taken to be in it."""
    if frame.crs is None:
        return frame.set_crs(WGS84)
    return frame if frame.crs.equals(WGS84) else frame.to_crs(WGS84)


def _read(path: Path, layer_name: str, layer: str | None, *, plain: bool) -> pd.DataFrame:
    """The file's features (a GeoDataFrame, or with ``plain`` a table without geometries as a
    DataFrame), rows numbered by position."""
    check_file(path)
    try:
        with _quiet_gdal():
            frame = _read_frame(path, layer_name, layer, plain=plain)
    except _READ_ERRORS as exc:
        raise _unreadable(path, exc) from None
    if frame.empty:
        raise InputError("no features", file=path)
    if is_spreadsheet(path) and len(frame) == 1 and _unnamed(frame.columns):
        # GDAL names a sheet's columns Field1, Field2 ... when its one row cannot be a header
        raise InputError("has a header row but no data rows", file=path)
    return frame.reset_index(drop=True)  # a GeoParquet may hold an index of its own


def _read_frame(path: Path, layer_name: str, layer: str | None, *, plain: bool) -> pd.DataFrame:
    """The file's features as its reader gives them (see :func:`_read`)."""
    if path.suffix.lower() in (".parquet", ".geoparquet"):
        _no_layers(path, layer)
        has_geometry = _parquet_columns(path)[1] is not None
        return gpd.read_parquet(path) if has_geometry or not plain else pd.read_parquet(path)
    chosen = _layer(path, layer_name, layer)
    with _sheet_headers(path):
        return gpd.read_file(path, engine="pyogrio", layer=chosen, use_arrow=True)


def _unnamed(columns) -> bool:
    """Columns as GDAL names those of a sheet without a header row (Field1, Field2 ...)."""
    names = [str(c) for c in columns if str(c) != "geometry"]
    return bool(names) and all(re.fullmatch(r"Field\d+", n) for n in names)


def check_file(path: Path) -> None:
    """A one-line error for a path that is missing, a directory or an empty file."""
    if not path.exists():
        raise InputError("no such file", file=path)
    if path.is_dir():
        raise InputError("is a directory, not a file", file=path)
    if path.stat().st_size == 0:
        raise InputError("file is empty", file=path)


def _parquet_columns(path: Path) -> tuple[list[str], list[str] | None]:
    """A Parquet file's attribute names and its geometry types as GeoParquet states them
    ([] when unstated; None for a plain Parquet file, without geometries)."""
    import pyarrow.parquet

    schema = pyarrow.parquet.read_schema(path)
    geo = json.loads((schema.metadata or {}).get(b"geo", b"{}"))
    geometry = geo.get("primary_column")
    if geometry is None:
        return list(schema.names), None
    types = geo.get("columns", {}).get(geometry, {}).get("geometry_types", [])
    return [name for name in schema.names if name != geometry], list(types)


def _unreadable(path: Path, exc: Exception) -> InputError:
    if path.suffix.lower() == ".json" and _other_json(path):
        return InputError(NOT_GEOJSON, file=path)
    first = str(exc).strip().splitlines()[0] if str(exc).strip() else "unreadable"
    what = SPREADSHEET_SUFFIXES.get(path.suffix.lower(), "geodata file")
    return InputError(f"not a readable {what} ({first})", file=path)


def _other_json(path: Path) -> bool:
    """True for a file of JSON that is not GeoJSON (no "type"), e.g. an ACLED API response;
    False for GeoJSON and for text that is not JSON at all (a file cut short, say)."""
    try:
        data = json.loads(path.read_bytes())
    except (ValueError, OSError):
        return False
    return not (isinstance(data, dict) and "type" in data)


def _no_layers(path: Path, layer: str | None) -> None:
    """A layer asked of a Parquet file, which has one table, is an error rather than ignored."""
    if layer is not None:
        raise InputError(f"a Parquet file has no layers: cannot read '{layer}'", file=path)


def _layer(path: Path, layer_name: str, layer: str | None = None) -> str | None:
    """The layer (sheet) to read: ``layer`` when given (it must be there, case aside), else
    the only one, or the one named ``layer_name``."""
    try:
        layers = [str(name) for name, _ in pyogrio.list_layers(path)]
    except _READ_ERRORS:  # the reader says why
        return layer
    noun = "sheet" if is_spreadsheet(path) else "layer"
    if layer is None and len(layers) <= 1:
        return None
    wanted = layer_name if layer is None else layer.strip().lower()
    named = [name for name in layers if name.lower() == wanted]
    if named:
        return named[0]
    held = ", ".join(layers[:6]) + (f" and {len(layers) - 6} more" if len(layers) > 6 else "")
    if layer is not None:
        raise InputError(f"has no {noun} '{layer}' (it holds {held})", file=path)
    raise InputError(
        f"holds {len(layers)} {noun}s ({held}); choose one with --layer (layer=), or name the"
        f" {layer_name} {noun} '{layer_name}'",
        file=path,
    )


def vector_columns(
    path: str | os.PathLike[str], layer_name: str, layer: str | None = None
) -> tuple[list[str], bool]:
    """The attribute names of a vector file and whether its geometries may be points (a
    point layer, or one of mixed or unstated type), read from its header alone."""
    path = Path(path)
    check_file(path)
    try:
        if path.suffix.lower() in (".parquet", ".geoparquet"):
            _no_layers(path, layer)
            names, types = _parquet_columns(path)
        else:
            chosen = _layer(path, layer_name, layer)
            with _sheet_headers(path), _quiet_gdal():
                info = pyogrio.read_info(path, layer=chosen)
            names, kind = [str(name) for name in info["fields"]], info["geometry_type"]
            types = None if kind is None else ([] if kind == "Unknown" else [kind])
            if is_spreadsheet(path) and info["features"] == 1 and _unnamed(names):
                raise InputError("has a header row but no data rows", file=path)
    except _READ_ERRORS as exc:
        raise _unreadable(path, exc) from None
    return names, types is not None and (not types or any("Point" in t for t in types))
