"""Administrative areas of Myanmar: 15 states/regions and ~354 townships as polygons.

Without a boundary file the polygons are *derived* at first use from the MIMU P-code village
points that mm-geo-coder ships (read through :mod:`mapper.gazetteer.mimu`):

1. every village with coordinates, plus one point per ward coordinate (so that urban
   townships without villages, e.g. downtown Yangon, get cells), carries its township P-code;
   a point none of whose 16 nearest points shares its township and that lies over 15 km from
   its township's median location is dropped as misplaced;
2. each point gets its Voronoi cell (``shapely.voronoi_polygons``, computed with longitudes
   scaled by cos(20°) so that cells are close to equal-distance in km);
3. cells are dissolved by township P-code (coverage union), and townships by state/region;
4. the result is clipped to Myanmar's land outline from OpenStreetMap (:mod:`mapper.outline`,
   shipped in ``data/areas/``, 100 m resolution, lakes and rivers filled), widened by a 1 km
   disc around each MIMU point that the outline leaves at sea (small islands, tidal land).

The polygons are cached as GeoParquet under ``cache_dir("areas")``, keyed by the MIMU database
version, the outline file's digest and the derivation version. Derived borders are
approximations (the line halfway between villages of neighbouring townships): :func:`area_iou`
measures them against real boundaries. Against MIMU's 1:250k boundaries (PCode 9.3,
``tests/test_areas.py``, ``benchmarks/bench_areas.py``) states/regions reach IoU 0.860-0.977
(13 of 15 >= 0.9; Rakhine 0.860 and Mon 0.869 below, along the village-free Arakan Yoma and
where MIMU counts tidal creeks and mud flats as land); the median township IoU is 0.81. Neither
cause alone explains the gap: counted on land cells inside the outline only, so that the coast
is left out, labels from the nearest village reach 0.896 (Rakhine) and 0.892 (Mon), and labels
weighted by each village's spacing 0.896 and 0.899 (``benchmarks/bench_areas.py --ceiling``).

MIMU codes Bago as two units (MMR007 East, MMR008 West) and Shan as three (MMR014 South, MMR015
North, MMR016 East). mapper uses the 15 constitutional states/regions: the parts are merged and
the merged unit takes the lowest MIMU code (``MMR007`` = all of Bago, ``MMR014`` = all of Shan),
see :data:`STATE_MERGES`.

A user's real boundaries load through ``boundaries=PATH``: MIMU shapefiles/GeoJSON (``TS_PCODE``,
``TS``, ``ST_PCODE``, ``ST`` ...), OCHA COD-AB files as HDX publishes them (``ADM3_PCODE``,
``ADM3_EN``, ``ADM1_PCODE``, ``ADM1_EN`` ...), geoBoundaries GeoJSON (``shapeName``,
``shapeISO``, ``shapeID``) or a file in mapper's own area schema (as written by ``mapper areas
export``).
"""

from __future__ import annotations

import codecs
import glob
import math
import re
import zipfile
from functools import lru_cache
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from mapper._paths import cache_dir
from mapper.errors import DataUnavailableError, InputError, OptionError
from mapper.fileio import FRAME_SUFFIXES, atomic_path, write_geodataframe
from mapper.gazetteer import mimu
from mapper.outline import LICENCE as OUTLINE_LICENCE
from mapper.outline import SOURCE_NAME as OUTLINE_SOURCE
from mapper.outline import country_outline, outline_digest
from mapper.schema import WGS84

LEVELS: tuple[str, ...] = ("state", "township")

#: Columns of every areas GeoDataFrame (plus ``geometry``).
AREA_COLUMNS: tuple[str, ...] = ("pcode", "name", "name_mm", "level", "state_pcode", "state_name")

#: MIMU state/region P-codes merged into one of the 15 constitutional units -> merged code.
STATE_MERGES: dict[str, str] = {"MMR008": "MMR007", "MMR015": "MMR014", "MMR016": "MMR014"}

#: Bump when the derivation changes, so that old caches are not reused.
DERIVATION_VERSION = "4"

MIMU_BOUNDARIES_URL = "https://themimu.info/gis-resources"

_LAT0 = 20.0  # latitude whose km-per-degree ratio scales longitudes before the Voronoi step
_LON_SCALE = math.cos(math.radians(_LAT0))
_KM_PER_DEGREE = 111.2  # of latitude
_MYANMAR_BOX = (92.0, 9.5, 101.5, 28.6)  # lon/lat bounds of the country, with a margin


class LevelUnavailableError(InputError):
    """A boundary file that cannot give the level asked for (states only, asked for townships)."""


def merged_state_pcode(pcode: str) -> str:
    """The 15-unit state/region code for any MIMU state code (Bago and Shan parts merged)."""
    return STATE_MERGES.get(pcode, pcode)


def _strip_part(name: str) -> str:
    """'Shan (North)' -> 'Shan'; 'ရှမ်းပြည်နယ် (မြောက်)' -> 'ရှမ်းပြည်နယ်'."""
    return re.sub(r"\s*\([^)]*\)\s*$", "", str(name)).strip()


# --------------------------------------------------------------------------- derivation


def _seed_points() -> pd.DataFrame:
    """Village points plus each distinct ward coordinate, with township/state codes and names."""
    cols = ["township_pcode", "state_pcode", "township_eng", "township_mmr", "state_eng"]
    cols += ["state_mmr", "latitude", "longitude"]
    villages = mimu.read_villages()[cols]
    towns = mimu.read_wards()[cols].drop_duplicates(["township_pcode", "latitude", "longitude"])
    points = pd.concat([villages, towns], ignore_index=True)
    lon0, lat0, lon1, lat1 = _MYANMAR_BOX
    keep = points["longitude"].between(lon0, lon1) & points["latitude"].between(lat0, lat1)
    points = points[keep].drop_duplicates(["latitude", "longitude"], ignore_index=True)
    return _drop_strays(points)


def _drop_strays(points: pd.DataFrame, k: int = 16, max_km: float = 15.0) -> pd.DataFrame:
    """Drop points that sit among another township's points, far from their own township.

    A handful of MIMU coordinates are misplaced (a village plotted tens of km away, inside a
    neighbouring township); their Voronoi cells would cut islands out of the neighbour. A point
    is a stray when none of its ``k`` nearest points share its township and it lies more than
    ``max_km`` from the median location of its township.
    """
    from scipy.spatial import cKDTree

    if k <= 0:
        return points
    xy = np.column_stack([points["longitude"] * _LON_SCALE, points["latitude"]])
    _, idx = cKDTree(xy).query(xy, k=k + 1)
    codes = points["township_pcode"].to_numpy()
    alone = (codes[idx[:, 1:]] != codes[:, None]).all(axis=1)
    median = points.groupby("township_pcode")[["longitude", "latitude"]].transform("median")
    dx = (points["longitude"] - median["longitude"]) * _LON_SCALE
    far_km = np.hypot(dx, points["latitude"] - median["latitude"]) * _KM_PER_DEGREE > max_km
    stray = pd.Series(alone & far_km.to_numpy(), index=points.index)
    # never drop every point of a township
    kept_any = (~stray).groupby(points["township_pcode"]).transform("any")
    return points[~stray | ~kept_any].reset_index(drop=True)


def _scale(geom, factor: float):
    return shapely.transform(geom, lambda xy: xy * np.array([factor, 1.0]))


def _voronoi_townships(points: pd.DataFrame) -> gpd.GeoDataFrame:
    """Voronoi cells of the points dissolved by township code, in scaled (x, y) space."""
    xy = np.column_stack([points["longitude"] * _LON_SCALE, points["latitude"]])
    seeds = shapely.multipoints(xy)
    frame = shapely.box(*_scale(shapely.box(*_MYANMAR_BOX), _LON_SCALE).buffer(1.0).bounds)
    cells = shapely.get_parts(shapely.voronoi_polygons(seeds, extend_to=frame, ordered=True))
    if len(cells) != len(points):  # cannot happen for distinct points; guard the index pairing
        raise DataUnavailableError("Voronoi cells do not pair with the MIMU points")
    cell_frame = gpd.GeoDataFrame({"pcode": points["township_pcode"].to_numpy()}, geometry=cells)
    return cell_frame.dissolve("pcode", method="coverage").reset_index()


def _land_outline(points: pd.DataFrame, radius_km: float = 1.0):
    """The country outline plus a disc around every MIMU point that falls outside it.

    The outline leaves out some tidal land and small islands (Rakhine's and the Sittaung's tidal
    islands, parts of the Mergui archipelago) where MIMU lists villages; a ``radius_km`` disc
    around each such village keeps that land (and the village's cell).
    """
    outline = country_outline()
    outside = ~shapely.contains_xy(outline, points["longitude"], points["latitude"])
    if not outside.any():
        return outline
    xy = np.column_stack([points["longitude"][outside] * _LON_SCALE, points["latitude"][outside]])
    discs = shapely.buffer(shapely.points(xy), radius_km / _KM_PER_DEGREE, quad_segs=8)
    return shapely.union(outline, _scale(shapely.union_all(discs), 1.0 / _LON_SCALE))


def derive_areas() -> gpd.GeoDataFrame:
    """Derive township and state/region polygons from the MIMU points (both levels, uncached)."""
    points = _seed_points()
    outline = _land_outline(points)
    townships = _voronoi_townships(points)
    geoms = _scale(townships.geometry.to_numpy(), 1.0 / _LON_SCALE)
    clipped = shapely.intersection(geoms, outline)
    townships = townships.set_geometry(shapely.make_valid(clipped))
    names = points.drop_duplicates("township_pcode").set_index("township_pcode")
    meta = names.loc[townships["pcode"]]
    state_codes = meta["state_pcode"].map(merged_state_pcode).to_numpy()
    townships = gpd.GeoDataFrame(
        {
            "pcode": townships["pcode"].to_numpy(),
            "name": meta["township_eng"].to_numpy(),
            "name_mm": meta["township_mmr"].to_numpy(),
            "level": "township",
            "state_pcode": state_codes,
            "state_name": [_strip_part(s) for s in meta["state_eng"]],
            "geometry": townships.geometry.to_numpy(),
        },
        crs=WGS84,
    )
    townships = townships[~townships.geometry.is_empty]
    state_mm = {
        merged_state_pcode(code): _strip_part(name)
        for code, name in names[["state_pcode", "state_mmr"]].drop_duplicates().to_numpy()
    }
    states = _dissolve_states(townships, state_mm)
    return pd.concat([states, townships], ignore_index=True)


def _dissolve_states(townships: gpd.GeoDataFrame, names_mm: dict[str, str]) -> gpd.GeoDataFrame:
    """State/region polygons as the union of their townships."""
    states = townships.dissolve("state_pcode", aggfunc={"state_name": "first"}).reset_index()
    return gpd.GeoDataFrame(
        {
            "pcode": states["state_pcode"],
            "name": states["state_name"],
            "name_mm": states["state_pcode"].map(names_mm),
            "level": "state",
            "state_pcode": states["state_pcode"],
            "state_name": states["state_name"],
            "geometry": shapely.make_valid(states.geometry.to_numpy()),
        },
        crs=WGS84,
    )


def _derived_cache_path() -> Path:
    key = f"{mimu.source_version()}-o{outline_digest()}-d{DERIVATION_VERSION}"
    return cache_dir("areas") / f"derived-{key}.parquet"


@lru_cache(maxsize=1)
def _derived() -> gpd.GeoDataFrame:
    path = _derived_cache_path()
    if path.is_file():
        try:
            return gpd.read_parquet(path)
        except Exception:  # a damaged cache is rebuilt, never fatal
            pass
    areas = derive_areas()
    with atomic_path(path) as tmp:
        areas.to_parquet(tmp, index=False)
    return areas


def _derived_source() -> str:
    return (
        f"derived polygons: Voronoi cells of the village points of {mimu.SOURCE_NAME}, "
        f"dissolved by P-code and clipped to Myanmar's land outline from {OUTLINE_SOURCE} "
        f"({OUTLINE_LICENCE}; plus 1 km around villages outside it)"
    )


# --------------------------------------------------------------------------- public API


def load_areas(level: str = "state", boundaries: str | Path | None = None) -> gpd.GeoDataFrame:
    """States/regions or townships as polygons (EPSG:4326).

    Columns ``pcode, name, name_mm, level, state_pcode, state_name, geometry``;
    ``attrs["source"]`` says where the polygons come from. Derived from MIMU village points
    (cached) unless ``boundaries`` names a boundary file (MIMU, geoBoundaries or mapper's schema).
    """
    if level not in LEVELS:
        raise OptionError(f"level must be one of {', '.join(LEVELS)}, not {level!r}")
    if boundaries is not None:
        path = Path(boundaries).resolve()
        stamp = path.stat().st_mtime_ns if path.exists() else 0
        return _load_boundaries_cached(str(path), level, stamp).copy()
    derived = _derived()
    areas = derived[derived["level"] == level].reset_index(drop=True)
    areas = gpd.GeoDataFrame(areas, geometry="geometry", crs=WGS84)
    areas.attrs["source"] = _derived_source()
    areas.attrs["derived"] = True
    return areas


def assign_areas(
    points,
    level: str = "township",
    *,
    areas: gpd.GeoDataFrame | None = None,
    boundaries: str | Path | None = None,
    snap_km: float = 0.0,
) -> pd.Series:
    """The ``pcode`` of the area containing each point (NA outside every area).

    ``points``: a GeoDataFrame/GeoSeries of points (reprojected to EPSG:4326 when needed), or a
    DataFrame with ``latitude``/``longitude``. ``areas`` overrides :func:`load_areas`. The result
    is aligned with ``points.index``; a point on a shared border goes to the first area listed.
    ``areas`` in another CRS are reprojected to EPSG:4326.
    ``snap_km`` > 0 gives a point outside every area the nearest area within that distance
    (for towns on a border river or the coast that a 1:10m outline leaves just outside).
    """
    if areas is None:
        areas = load_areas(level, boundaries=boundaries)
    elif areas.crs is not None and not areas.crs.equals(WGS84):
        areas = areas.to_crs(WGS84)  # the points are compared in lon/lat
    geoms = _point_geometries(points)
    result = np.full(len(geoms), None, dtype=object)
    valid = ~(shapely.is_missing(geoms) | shapely.is_empty(geoms))
    tree = shapely.STRtree(areas.geometry.to_numpy())
    point_idx, area_idx = tree.query(geoms[valid], predicate="intersects")
    if len(point_idx):
        order = np.lexsort((area_idx, point_idx))
        point_idx, area_idx = point_idx[order], area_idx[order]
        first = np.r_[True, point_idx[1:] != point_idx[:-1]]
        positions = np.flatnonzero(valid)[point_idx[first]]
        result[positions] = areas["pcode"].to_numpy()[area_idx[first]]
    if snap_km > 0:
        outside = np.flatnonzero(valid & pd.isna(result))
        near_idx, near_area = nearest_within(geoms[outside], tree, snap_km)
        result[outside[near_idx]] = areas["pcode"].to_numpy()[near_area]
    return pd.Series(result, index=points.index, dtype="string", name=f"{level}_pcode")


def nearest_within(
    points: np.ndarray, tree: shapely.STRtree, snap_km: float
) -> tuple[np.ndarray, np.ndarray]:
    """For points outside every area of ``tree`` (an STRtree of area polygons in lon/lat), the
    nearest area within ``snap_km``: (positions in ``points``, positions in the tree)."""
    if not len(points):
        return np.zeros(0, dtype=np.intp), np.zeros(0, dtype=np.intp)
    # degrees are shorter than km eastwards; 1/111.2 deg per km is the safe upper bound
    near_idx, near_area = tree.query_nearest(
        points, max_distance=snap_km / _KM_PER_DEGREE / _LON_SCALE, all_matches=False
    )
    ok = _approx_km(points[near_idx], tree.geometries[near_area]) <= snap_km
    return near_idx[ok], near_area[ok]


def _approx_km(points: np.ndarray, polygons: np.ndarray) -> np.ndarray:
    """Distance in km from each point to its polygon (longitudes scaled at the latitude)."""
    lat = shapely.get_y(points)
    nearest = shapely.shortest_line(points, polygons)
    coords = shapely.get_coordinates(nearest).reshape(-1, 2, 2)
    dx = (coords[:, 1, 0] - coords[:, 0, 0]) * np.cos(np.radians(lat))
    dy = coords[:, 1, 1] - coords[:, 0, 1]
    return np.hypot(dx, dy) * _KM_PER_DEGREE


def _point_geometries(points) -> np.ndarray:
    if isinstance(points, gpd.GeoDataFrame | gpd.GeoSeries):
        if points.crs is not None and not points.crs.equals(WGS84):
            points = points.to_crs(WGS84)
        series = points.geometry if isinstance(points, gpd.GeoDataFrame) else points
        return np.asarray(series.to_numpy(), dtype=object)
    if isinstance(points, pd.DataFrame) and {"latitude", "longitude"} <= set(points.columns):
        lat = pd.to_numeric(points["latitude"], errors="coerce").to_numpy(dtype=float)
        lon = pd.to_numeric(points["longitude"], errors="coerce").to_numpy(dtype=float)
        geoms = shapely.points(lon, lat)
        geoms[np.isnan(lat) | np.isnan(lon)] = None
        return geoms
    raise OptionError("points must be a GeoDataFrame/GeoSeries or have latitude/longitude columns")


# --------------------------------------------------------------------------- accuracy


def area_iou(
    derived: gpd.GeoDataFrame, reference: gpd.GeoDataFrame, *, match_codes: bool = False
) -> pd.Series:
    """Intersection over union of each ``reference`` area with the ``derived`` one of its pcode.

    Both frames need ``pcode`` and polygons in the same CRS (areas are compared in degrees,
    which is fine for IoU within one country). Sorted ascending, indexed by the reference pcode;
    0 where no derived area has the code. With ``match_codes`` P-code releases are matched: a
    code found on one side only (MIMU 9.6's Wa/Kokang units against a 9.3 file, a split or
    renumbered township) joins the area of the other side that overlaps it most, and each group
    compares the union of its derived areas with the union of its reference areas (index
    ``"A+B"`` when a group holds several reference codes).
    """
    mine = dict(zip(derived["pcode"], derived.geometry, strict=True))
    ref = dict(zip(reference["pcode"], reference.geometry, strict=True))
    groups = _code_groups(mine, ref) if match_codes else [[code] for code in ref]
    values = {}
    for members in groups:
        ref_geoms = [ref[c] for c in members if c in ref]
        if not ref_geoms:
            continue
        key = "+".join(sorted(c for c in members if c in ref))
        mine_geoms = [mine[c] for c in members if c in mine]
        if not mine_geoms:
            values[key] = 0.0
            continue
        a, b = shapely.union_all(mine_geoms), shapely.union_all(ref_geoms)
        union = shapely.union(a, b).area
        values[key] = shapely.intersection(a, b).area / union if union else 0.0
    return pd.Series(values, dtype=float).sort_values()


def _code_groups(mine: dict, ref: dict) -> list[list[str]]:
    """Codes grouped so that a code on one side only joins its largest overlap on the other."""
    parent = {code: code for code in {*mine, *ref}}

    def root(code: str) -> str:
        while parent[code] != code:
            code = parent[code]
        return code

    for own, other in ((mine, ref), (ref, mine)):
        codes = list(other)
        geoms = np.array([other[c] for c in codes], dtype=object)
        for code in set(own) - set(other):
            overlap = shapely.area(shapely.intersection(own[code], geoms))
            if len(overlap) and overlap.max() > 0:
                parent[root(code)] = root(codes[int(np.argmax(overlap))])
    groups: dict[str, list[str]] = {}
    for code in parent:
        groups.setdefault(root(code), []).append(code)
    return list(groups.values())


# --------------------------------------------------------------------------- boundary files

#: Recognised layouts: name -> (township code, township name, township Burmese name).
_MIMU_TS = ("TS_PCODE", "TS", ("TS_MMR", "TS_MMR4", "TS_MMR3"))
_MIMU_ST = ("ST_PCODE", "ST", ("ST_MMR", "Name_MMR4", "ST_MMR4", "name_mmr"))
_GEOBOUNDARIES = ("shapeName", "shapeID")
#: OCHA's COD-AB names (as HDX publishes boundaries) -> MIMU's, for the levels mapper reads.
_COD_AS_MIMU = {
    "ADM3_PCODE": "TS_PCODE",
    "ADM3_EN": "TS",
    "ADM3_MY": "TS_MMR",
    "ADM1_PCODE": "ST_PCODE",
    "ADM1_EN": "ST",
    "ADM1_MY": "ST_MMR",
}


def _cod_as_mimu(frame: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """An OCHA COD-AB file (``ADM3_PCODE``, ``ADM3_EN``, ``ADM1_PCODE``, ``ADM1_EN``, any case)
    with its columns named as MIMU's, so that one reading serves both; other files as they are.
    A level is renamed only when both its code and its name are there."""
    upper = {str(c).upper(): c for c in frame.columns}
    if {"TS_PCODE", "ST_PCODE"} & set(upper):
        return frame
    renames = {}
    for level in ("ADM3", "ADM1"):
        if {f"{level}_PCODE", f"{level}_EN"} <= set(upper):
            for cod in (f"{level}_PCODE", f"{level}_EN", f"{level}_MY"):
                if cod in upper:
                    renames[upper[cod]] = _COD_AS_MIMU[cod]
    return frame.rename(columns=renames) if renames else frame


#: A geoBoundaries township whose inner point lies off the derived states (a coastal or border
#: township such as Maungdaw, where the derived edge runs inside the real one) takes the nearest
#: state/region within this distance.
_STATE_SNAP_KM = 25.0


@lru_cache(maxsize=8)
def _load_boundaries_cached(path: str, level: str, mtime_ns: int) -> gpd.GeoDataFrame:
    """One read per file version (``mtime_ns`` makes an edited file read again)."""
    return load_boundary_file(path, level)


def load_boundary_file(path: str | Path, level: str) -> gpd.GeoDataFrame:
    """Read a user's boundary file and map its columns to the areas schema.

    Raises :class:`InputError` naming the file when it cannot be read or understood.
    """
    path = Path(path)
    if not path.exists():
        raise InputError("no such file", file=path)
    layers, errors = [], []
    for frame in _read_layers(path):
        try:
            layers.append(_polygon_areas(frame, path))
        except InputError as exc:  # another layer (of a GeoPackage) may hold the areas
            errors.append(exc)
    areas = _layer_for(layers, level)
    if areas is None:
        if errors:
            raise errors[0]
        areas = layers[0]  # state/region polygons only: said below when townships are asked
    source = f"boundary file {path.name}"
    if level == "state":
        if (areas["level"] == "state").any():
            areas = areas[areas["level"] == "state"]
            _check_codes(areas, path)
            if areas["pcode"].duplicated().any():  # MIMU's 18 units -> 15
                areas = _dissolve_states(areas, _first_by(areas, "pcode", "name_mm"))
        else:
            if areas["state_pcode"].isna().any():
                raise LevelUnavailableError(
                    "township polygons without state codes cannot be dissolved into states",
                    file=path,
                )
            names_mm = {}
            areas = _dissolve_states(areas, names_mm)
            source += " (townships dissolved into states/regions)"
    else:
        if not (areas["level"] == "township").any():
            raise LevelUnavailableError(
                "the file holds state/region polygons, not the townships asked for", file=path
            )
        areas = _merge_parts(areas[areas["level"] == "township"], path)
    areas = gpd.GeoDataFrame(areas.reset_index(drop=True), geometry="geometry", crs=WGS84)
    areas.attrs["source"] = source
    areas.attrs["derived"] = False
    return areas


def _read_layers(path: Path) -> list[gpd.GeoDataFrame]:
    """Every polygon layer of the file (one for most files; a GeoPackage or a folder of
    shapefiles may hold several)."""
    import pyogrio

    try:
        layers = pyogrio.list_layers(path)
        names = [name for name, kind in layers if "polygon" in str(kind).lower()]
        if len(layers) < 2 or not names:
            names = [layers[0][0]] if len(layers) else [None]  # the first (only) layer
        return [
            pyogrio.read_dataframe(
                path,
                layer=name,
                encoding=_shapefile_encoding(path / f"{name}.shp" if path.is_dir() else path),
            )
            for name in names
        ]
    except Exception as exc:  # pyogrio raises several types for unreadable files
        first_line = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise InputError(f"cannot read as a boundary file ({first_line})", file=path) from None


def _shapefile_encoding(path: Path) -> str | None:
    """The encoding a shapefile's ``.cst`` sidecar names, when it has no ``.cpg``.

    GDAL reads only ``.cpg`` and otherwise decodes the DBF as ISO-8859-1, which garbles the
    Burmese names of MIMU's shapefiles (GeoServer's SHAPE-ZIP writes ``UTF-8`` to a ``.cst``).
    """
    suffix = path.suffix.lower()
    if suffix == ".shp":
        sidecars = {p.suffix.lower(): p for p in path.parent.glob(f"{glob.escape(path.stem)}.*")}
        if ".cpg" in sidecars or ".cst" not in sidecars:
            return None
        raw = sidecars[".cst"].read_bytes()
    elif suffix == ".zip" and zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as archive:
            members = {Path(name).suffix.lower(): name for name in archive.namelist()}
            if ".cpg" in members or ".cst" not in members:
                return None
            raw = archive.read(members[".cst"])
    else:
        return None
    try:
        return codecs.lookup(raw.decode("ascii", "ignore").strip()).name
    except LookupError:
        return None


def _polygon_areas(frame: gpd.GeoDataFrame, path: Path) -> gpd.GeoDataFrame:
    """One layer's polygons in EPSG:4326, made valid, mapped to the areas columns."""
    if not isinstance(frame, gpd.GeoDataFrame) or frame.geometry.isna().all() or frame.empty:
        raise InputError("no polygon features in the file", file=path)
    shapeless = np.flatnonzero((frame.geometry.isna() | frame.geometry.is_empty).to_numpy())
    if len(shapeless):  # its area would silently hold no events
        raise InputError(
            "feature without a polygon", file=path, row=int(shapeless[0]) + 1, field="geometry"
        )
    if frame.crs is None:
        minx, miny, maxx, maxy = frame.total_bounds
        if not (-180 <= minx <= maxx <= 180 and -90 <= miny <= maxy <= 90):
            raise InputError("no coordinate reference system and not lon/lat", file=path)
        frame = frame.set_crs(WGS84)
    elif not frame.crs.equals(WGS84):
        frame = frame.to_crs(WGS84)
    kinds = shapely.get_type_id(frame.geometry.to_numpy())
    if not np.isin(kinds[~pd.isna(frame.geometry.to_numpy())], (3, 6)).all():
        raise InputError("geometries must be polygons (this file has points or lines)", file=path)
    # "structure" keeps polygons only: a spike or a sliver must not turn into a collection
    valid = shapely.make_valid(frame.geometry.to_numpy(), method="structure", keep_collapsed=False)
    return _map_columns(frame.set_geometry(valid), path)


def _layer_for(layers: list[gpd.GeoDataFrame], level: str) -> gpd.GeoDataFrame | None:
    """The layer holding areas of ``level``, else one of townships (to dissolve), else None."""
    for wanted in (level, "township"):
        for areas in layers:
            if (areas["level"] == wanted).any():
                return areas
    return None


def _check_codes(areas: gpd.GeoDataFrame, path: Path) -> None:
    """Fail on a P-code given to two differently named areas (it would merge their counts)."""
    first_name = areas.groupby("pcode")["name"].transform("first")
    clash = np.flatnonzero((areas["name"] != first_name).to_numpy())
    if len(clash):
        area = areas.iloc[clash[0]]
        other = areas.index[(areas["pcode"] == area["pcode"]).to_numpy()][0]
        raise InputError(
            f"P-code {area['pcode']} of {area['name']!r} is also the code of "
            f"{first_name.iloc[clash[0]]!r} (row {other + 1})",
            file=path,
            row=int(areas.index[clash[0]]) + 1,
            field="pcode",
        )


def _merge_parts(areas: gpd.GeoDataFrame, path: Path) -> gpd.GeoDataFrame:
    """One row per P-code: the parts of an area written as several rows are dissolved."""
    _check_codes(areas, path)
    if not areas["pcode"].duplicated().any():
        return areas
    merged = areas.dissolve("pcode", aggfunc="first", sort=False).reset_index()
    return merged.set_geometry(shapely.make_valid(merged.geometry.to_numpy()))[areas.columns]


def _first_by(frame: pd.DataFrame, key: str, value: str) -> dict:
    return frame.dropna(subset=[value]).groupby(key)[value].first().to_dict()


def _pick(frame: pd.DataFrame, names) -> pd.Series:
    for name in (names,) if isinstance(names, str) else names:
        if name in frame.columns:
            return frame[name]
    return pd.Series(pd.NA, index=frame.index, dtype="object")


def _map_columns(frame: gpd.GeoDataFrame, path: Path) -> gpd.GeoDataFrame:
    """Map a MIMU, OCHA COD-AB, geoBoundaries or mapper-schema file to the areas columns."""
    frame = _cod_as_mimu(frame)
    cols = set(frame.columns)
    township = {"TS_PCODE", "TS"}
    if township & cols and not township <= cols:
        missing = (township - cols).pop()
        raise InputError(f"township file without a {missing} column", file=path, field=missing)
    if {"pcode", "name", "level"} <= cols:
        out = frame.reindex(columns=[*AREA_COLUMNS, "geometry"])
    elif {"TS_PCODE", "TS"} <= cols:
        state_code = _pick(frame, "ST_PCODE").map(merged_state_pcode, na_action="ignore")
        out = gpd.GeoDataFrame(
            {
                "pcode": frame["TS_PCODE"],
                "name": frame["TS"],
                "name_mm": _pick(frame, _MIMU_TS[2]),
                "level": "township",
                "state_pcode": state_code,
                "state_name": _pick(frame, "ST").map(_strip_part, na_action="ignore"),
            },
            geometry=frame.geometry,
        )
    elif {"ST_PCODE", "ST"} <= cols:
        code = frame["ST_PCODE"].map(merged_state_pcode, na_action="ignore")
        name = frame["ST"].map(_strip_part, na_action="ignore")
        out = gpd.GeoDataFrame(
            {
                "pcode": code,
                "name": name,
                "name_mm": _pick(frame, _MIMU_ST[2]).map(_strip_part, na_action="ignore"),
                "level": "state",
                "state_pcode": code,
                "state_name": name,
            },
            geometry=frame.geometry,
        )
    elif {"mimu_st_pcodes", "name"} <= cols:  # MIMU states dissolved to 15 units
        code = frame["mimu_st_pcodes"].str.split("|").str[0].map(merged_state_pcode)
        out = gpd.GeoDataFrame(
            {
                "pcode": code,
                "name": frame["name"],
                "name_mm": _pick(frame, ("name_mmr", "name_mm")),
                "level": "state",
                "state_pcode": code,
                "state_name": frame["name"],
            },
            geometry=frame.geometry,
        )
    elif set(_GEOBOUNDARIES) <= cols:
        out = _map_geoboundaries(frame)
    else:
        raise InputError(
            "boundary columns not recognised: expected MIMU (TS_PCODE, TS or ST_PCODE, ST), "
            "OCHA COD-AB (ADM3_PCODE, ADM3_EN or ADM1_PCODE, ADM1_EN), geoBoundaries "
            "(shapeName, shapeID) or mapper's (pcode, name, level); found "
            + ", ".join(sorted(c for c in cols if c != "geometry")),
            file=path,
        )
    missing = out["pcode"].isna() | out["name"].isna()
    if missing.any():
        row = int(np.flatnonzero(missing.to_numpy())[0]) + 1
        raise InputError("feature without a code or name", file=path, row=row, field="pcode")
    bad_level = ~out["level"].isin(LEVELS)
    if bad_level.any():
        row = int(np.flatnonzero(bad_level.to_numpy())[0]) + 1
        raise InputError(f"level must be one of {', '.join(LEVELS)}", file=path, row=row)
    out = out.astype({c: "object" for c in AREA_COLUMNS})
    return gpd.GeoDataFrame(out, geometry="geometry", crs=WGS84)


def _map_geoboundaries(frame: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """geoBoundaries: ADM1 -> states, ADM2/ADM3 -> townships (state found by location)."""
    shape_type = _pick(frame, "shapeType").astype("string").str.upper()
    level = np.where(shape_type.eq("ADM1").fillna(False), "state", "township")
    iso = _pick(frame, "shapeISO").astype("string").str.strip().replace("", pd.NA)
    code = iso.fillna(frame["shapeID"].astype("string"))
    out = gpd.GeoDataFrame(
        {
            "pcode": code.astype(object),
            "name": frame["shapeName"],
            "name_mm": pd.NA,
            "level": level,
            "state_pcode": pd.NA,
            "state_name": pd.NA,
        },
        geometry=frame.geometry,
    )
    is_state = out["level"] == "state"
    out.loc[is_state, "state_pcode"] = out.loc[is_state, "pcode"]
    out.loc[is_state, "state_name"] = out.loc[is_state, "name"]
    if (~is_state).any():  # a township's state/region from the derived states
        inner = gpd.GeoSeries(out.loc[~is_state].geometry.representative_point(), crs=WGS84)
        states = load_areas("state")
        codes = assign_areas(inner, "state", areas=states, snap_km=_STATE_SNAP_KM)
        names = dict(zip(states["pcode"], states["name"], strict=True))
        out.loc[~is_state, "state_pcode"] = codes.astype(object).where(codes.notna(), None)
        out.loc[~is_state, "state_name"] = codes.map(names).astype(object)
    return out


def export_areas(level: str, output: str | Path, boundaries: str | Path | None = None) -> Path:
    """Write the areas of ``level`` to a CSV/GeoJSON/GeoPackage/GeoParquet file (atomic)."""
    output = Path(output)
    if output.suffix.lower() not in FRAME_SUFFIXES:
        raise OptionError(
            f"{output}: unsupported file type '{output.suffix}' (use one of "
            f"{', '.join(FRAME_SUFFIXES)})"
        )
    areas = load_areas(level, boundaries=boundaries)
    return write_geodataframe(areas, output, layer=level)


__all__ = [
    "AREA_COLUMNS",
    "LEVELS",
    "LevelUnavailableError",
    "area_iou",
    "STATE_MERGES",
    "assign_areas",
    "country_outline",
    "derive_areas",
    "export_areas",
    "load_areas",
    "load_boundary_file",
    "merged_state_pcode",
]
