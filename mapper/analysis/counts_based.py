"""Proximity from area counts instead of events (an approximation, flagged as such).

When only counts per area are at hand (the embedded UCDP township counts, or a user's counts
table), a project's figure for a radius is the sum of the counts of every area (or counted
place) that its buffer of that radius touches, i.e. whose exact geodesic distance from the
project geometry is at most the radius (:mod:`mapper.analysis.area_distance`: all radii come
from one pass). An area touching the buffer brings all of its events, so this over-counts
compared with event distances; every result says so in its method.
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np
import pandas as pd
import shapely
from pyproj import CRS, Transformer

from mapper.analysis.aggregate import prepare_projects
from mapper.analysis.area_distance import project_area_distances
from mapper.analysis.inputs import check_radii, dataset_version
from mapper.analysis.proximity import _main_index
from mapper.analysis.regions import region_table, resolve_areas
from mapper.analysis.result import ProximityResult, _number, radius_key, with_counts
from mapper.errors import InputError

APPROXIMATION_NOTE = (
    "area-based approximation: a project's count for a radius is the sum of the counts of every "
    "area whose polygon (or counted place) lies within the radius (geodesic distance from the "
    "project geometry to the area, 0 when they meet); whole areas "
    "are counted, so figures are upper-bound style and not event distances"
)
COUNT_COLUMNS = ("events", "count")
DEATH_COLUMNS = ("deaths", "fatalities")


def geodesic_buffer(geom: shapely.Geometry, radius_m: float) -> shapely.Geometry:
    """Buffer a lon/lat geometry by ``radius_m`` metres (azimuthal equidistant at its centre).

    For drawing: the buffer edge of a long line is off by far less than a km. Counting uses
    exact distances (:func:`mapper.analysis.area_distance.project_area_distances`).
    """
    c = shapely.centroid(geom)
    aeqd = CRS.from_proj4(f"+proj=aeqd +lat_0={c.y} +lon_0={c.x} +datum=WGS84 +units=m")
    fwd = Transformer.from_crs("EPSG:4326", aeqd, always_xy=True)
    back = Transformer.from_crs(aeqd, "EPSG:4326", always_xy=True)
    local = shapely.transform(geom, lambda xy: np.column_stack(fwd.transform(xy[:, 0], xy[:, 1])))
    buffered = shapely.segmentize(shapely.buffer(local, radius_m, quad_segs=32), radius_m / 16)
    return shapely.transform(
        buffered, lambda xy: np.column_stack(back.transform(xy[:, 0], xy[:, 1]))
    )


def _column(frame, names, what: str, required: bool = True):
    for name in names:
        if name in frame.columns:
            return pd.to_numeric(frame[name], errors="coerce").fillna(0).to_numpy(float)
    if required:
        raise InputError(f"counts have no {what} column ({' or '.join(names)})", field=names[0])
    return None


def proximity_from_counts(
    counts,
    projects,
    radii_km: float | Iterable[float] = (5, 10, 25, 50),
    *,
    main_radius_km: float | None = None,
    areas=None,
    boundaries=None,
) -> ProximityResult:
    """Counts of the areas each project's buffer touches, for each radius (flagged approximate).

    ``counts``: GeoDataFrame with ``events`` (or ``count``), optional ``deaths``, ``pcode``,
    ``name`` and polygons or points, e.g. :func:`mapper.sources.embedded_counts.embedded_counts`
    or :func:`mapper.sources.counts.load_counts`. Same result shape as :func:`proximity`;
    ``nearest_event_km`` is unknown (NaN) and ``method["approximation"]`` is True.
    ``regions``: each counted polygon (its own level), plus the state/region and township areas
    (``areas``/``boundaries`` as in :func:`proximity`) of the other levels, summing the counts
    inside them; each lists the projects lying there. ``areas=False``: no regions, as for
    :func:`proximity`.
    """
    given = [radii_km] if isinstance(radii_km, int | float) else list(radii_km)
    radii = check_radii(given)
    main_index = _main_index(radii, given, main_radius_km)
    if counts is None or len(counts) == 0:
        raise InputError("the counts table is empty")
    events = _column(counts, COUNT_COLUMNS, "count")
    deaths = _column(counts, DEATH_COLUMNS, "deaths", required=False)
    if deaths is None:
        deaths = np.zeros(len(events))
    table = prepare_projects(projects, float(radii[-1]) * 1000.0)
    geoms = np.asarray(counts.geometry.values, dtype=object)
    usable = ~(shapely.is_missing(geoms) | shapely.is_empty(geoms))
    project_geoms = np.asarray(table.frame.geometry.values, dtype=object)
    pairs = project_area_distances(project_geoms, table.prepared, geoms, radii[-1] * 1000.0)
    n_proj, k = len(table.ids), len(radii)
    counts_pk = np.zeros((n_proj, k), dtype=np.int64)
    deaths_pk = np.zeros((n_proj, k))
    touched_any = np.full((k, len(geoms)), False)
    sectors = np.asarray(table.sectors, dtype=object)
    sector_touched = {s: np.full((k, len(geoms)), False) for s in set(table.sectors)}
    for j, r in enumerate(radii):
        hit = pairs.within(r * 1000.0)
        proj, area = pairs.project[hit], pairs.area[hit]
        counts_pk[:, j] = np.bincount(proj, weights=events[area], minlength=n_proj).round()
        deaths_pk[:, j] = np.bincount(proj, weights=deaths[area], minlength=n_proj)
        touched_any[j, area] = True
        for s, touched in sector_touched.items():
            touched[j, area[sectors[proj] == s]] = True
    projects_out = with_counts(
        table.frame,
        table.ids,
        radii,
        counts_pk,
        deaths_pk.round(),
        np.full(n_proj, np.nan),
        [None] * n_proj,
    )
    total = int(events[usable].sum())
    keys = [radius_key(r) for r in radii]
    near = {key: int(events[touched_any[j]].sum()) for j, key in enumerate(keys)}
    overall = {
        "events": total,
        "near_any": near,
        "share": {key: (round(v / total, 6) if total else None) for key, v in near.items()},
        "by_sector": {
            key: {s: int(events[t[j]].sum()) for s, t in sorted(sector_touched.items())}
            for j, key in enumerate(keys)
        },
        "excluded_imprecise": None,
        "undated": None,  # counts are by month: none without a date
    }
    regions, regions_note = _regions(
        counts, events, touched_any[main_index], table, project_geoms, areas, boundaries
    )
    source = dict(counts.attrs.get("method") or {})
    dataset = source.get("dataset") or counts.attrs.get("dataset")
    method = {
        "basis": "area counts",
        "approximation": True,
        "approximation_note": APPROXIMATION_NOTE,
        "radii_km": [_number(float(r)) for r in radii],
        "main_radius_km": _number(float(radii[main_index])),
        "window": _window(source),
        "filters": {"event_types": source.get("violence_types")},
        "precision_rule": "events are counted by the area they were placed in (see counts method)",
        "include_imprecise": None,
        "distance": APPROXIMATION_NOTE,
        "dataset": dataset,
        "version": dataset_version(dataset, source.get("version") or counts.attrs.get("version")),
        "counts_method": source or None,
        "attribution": counts.attrs.get("attribution"),
        "synthetic": bool(counts.attrs.get("synthetic", False)),
        "engine": "counts",
        "regions": regions_note,
    }
    monthly = pd.DataFrame(columns=["month", "events", "near_any", *table.ids])
    return ProximityResult(projects_out, overall, regions, monthly, method)


def _window(source: dict) -> dict:
    months = source.get("months") or []
    return {
        "since": source.get("since") or (months[0] if months else None),
        "until": source.get("until") or (months[-1] if months else None),
    }


_LEVEL_RANK = {"state": 0, "township": 1}


def _rank(level: str) -> int:
    """0 for states, 1 for townships, 2 for anything finer (places, villages, user areas)."""
    return _LEVEL_RANK.get(level, len(_LEVEL_RANK))


def _counted_levels(counts, polygons: bool) -> np.ndarray:
    """The level of each counted row: its ``level`` column, else the counts' method level, else
    "township" for polygons and "place" for points."""
    default = (counts.attrs.get("method") or {}).get("level") or (
        "township" if polygons else "place"
    )
    if "level" not in counts.columns:
        return np.full(len(counts), str(default), dtype=object)
    levels = counts["level"].astype("object")
    missing = levels.isna() | levels.astype(str).isin(["", "None", "nan", "<NA>"])
    return levels.where(~missing, default).astype(str).to_numpy()


def _regions(counts, events, touched_main, table, project_geoms, areas, boundaries):
    """Regions from counts: each counted polygon with a pcode, plus the areas of the other
    levels (e.g. states for township counts), each summing the counted rows inside it (by
    pcode when the row is such an area, else by the area holding the row's representative
    point, for rows of a finer level). ``areas=False``: no regions at all. Returns
    ``(table, note)``."""
    if areas is False:
        return region_table(None, pd.DataFrame(), [], []), resolve_areas(areas, boundaries)[1]
    geoms = np.asarray(counts.geometry.values, dtype=object)
    usable = ~(shapely.is_missing(geoms) | shapely.is_empty(geoms))
    polygons = bool(usable.any()) and np.isin(shapely.get_type_id(geoms[usable]), [3, 6]).all()
    levels = _counted_levels(counts, polygons)
    pcodes = (
        counts["pcode"].astype("object").where(counts["pcode"].notna()).to_numpy()
        if "pcode" in counts.columns
        else np.full(len(counts), None, dtype=object)
    )
    near = np.where(touched_main, events, 0)
    region_areas, tallies = [], []
    if polygons and "pcode" in counts.columns:
        own = counts[["geometry"]].copy()
        own["pcode"] = counts["pcode"].astype(str)
        own["name"] = counts["name"].astype(str) if "name" in counts.columns else own["pcode"]
        own["level"] = levels
        region_areas.append(own[usable])
        tallies.append(_tally(levels, own["pcode"].to_numpy(), events, near, usable))
    other, note = resolve_areas(areas, boundaries)
    if other is not None:
        points = shapely.point_on_surface(np.where(usable, geoms, None))
        frame = pd.DataFrame(
            {"longitude": shapely.get_x(points), "latitude": shapely.get_y(points)}
        )
        for level, group in other.groupby("level", sort=False):
            level = str(level)
            if polygons and level in set(levels):
                continue  # the counted polygons are this level's regions already
            if _rank(level) > max(_rank(lv) for lv in levels):
                continue  # finer than every count (townships from state counts): unknown
            codes = _codes_at(level, group, levels, pcodes, frame, usable)
            region_areas.append(group)
            tallies.append(_tally(np.full(len(codes), level), codes, events, near, codes != ""))
    if not region_areas:
        return region_table(None, pd.DataFrame(), [], []), note
    merged = pd.concat(region_areas, ignore_index=True)[["level", "pcode", "name", "geometry"]]
    tally = pd.concat(tallies).groupby(level=["level", "pcode"]).sum()
    return region_table(merged, tally, table.ids, project_geoms), note


def _codes_at(level, group, levels, pcodes, points, usable) -> np.ndarray:
    """The pcode of ``level`` each counted row belongs to ("" for none)."""
    from mapper.areas import assign_areas

    finer = np.array([_rank(lv) > _rank(level) for lv in levels], dtype=bool)
    located = assign_areas(points, level, areas=group.reset_index(drop=True)).to_numpy()
    codes = np.where(finer & usable & pd.notna(located), located, "")
    same = (levels == level) & pd.notna(pcodes)
    codes[same] = pcodes[same]
    return np.asarray(codes, dtype=object).astype(str)


def _tally(levels, pcodes, events, near, keep) -> pd.DataFrame:
    """Events and events near a project, summed per (level, pcode) over the kept rows."""
    frame = pd.DataFrame(
        {
            "level": np.asarray(levels, dtype=str)[keep],
            "pcode": np.asarray(pcodes, dtype=str)[keep],
            "events": np.asarray(events)[keep].round().astype(np.int64),
            "near_any": np.asarray(near)[keep].round().astype(np.int64),
        }
    )
    return frame.groupby(["level", "pcode"])[["events", "near_any"]].sum()
