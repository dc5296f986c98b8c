"""Proximity from area counts instead of events (an approximation, flagged as such).

When only counts per area are at hand (the embedded UCDP township counts, or a user's counts
table), a project's figure for a radius is the sum of the counts of every area (or counted
place) that its buffer of that radius touches. An area touching the buffer brings all of its
events, so this over-counts compared with event distances; every result says so in its method.
The buffer is built in an azimuthal equidistant projection centred on the project (distances
from the centre are exact; the buffer edge of a long line is off by far less than a km).
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np
import pandas as pd
import shapely
from pyproj import CRS, Transformer

from mapper.analysis.aggregate import prepare_projects
from mapper.analysis.inputs import check_radii
from mapper.analysis.proximity import _main_index
from mapper.analysis.regions import region_table
from mapper.analysis.result import ProximityResult, _number, radius_key, with_counts
from mapper.errors import InputError

APPROXIMATION_NOTE = (
    "area-based approximation: a project's count for a radius is the sum of the counts of every "
    "area whose polygon (or counted place) touches the project's geodesic buffer; whole areas "
    "are counted, so figures are upper-bound style and not event distances"
)
COUNT_COLUMNS = ("events", "count")
DEATH_COLUMNS = ("deaths", "fatalities")


def geodesic_buffer(geom: shapely.Geometry, radius_m: float) -> shapely.Geometry:
    """Buffer a lon/lat geometry by ``radius_m`` metres (azimuthal equidistant at its centre)."""
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
) -> ProximityResult:
    """Counts of the areas each project's buffer touches, for each radius (flagged approximate).

    ``counts``: GeoDataFrame with ``events`` (or ``count``), optional ``deaths``, ``pcode``,
    ``name`` and polygons or points, e.g. :func:`mapper.sources.embedded_counts.embedded_counts`
    or :func:`mapper.sources.counts.load_counts`. Same result shape as :func:`proximity`;
    ``nearest_event_km`` is unknown (NaN) and ``method["approximation"]`` is True.
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
    tree = shapely.STRtree(np.where(usable, geoms, None))
    n_proj, k = len(table.ids), len(radii)
    counts_pk = np.zeros((n_proj, k), dtype=np.int64)
    deaths_pk = np.zeros((n_proj, k))
    touched_any = np.full((k, len(geoms)), False)
    sector_touched = {s: np.full((k, len(geoms)), False) for s in set(table.sectors)}
    project_geoms = np.asarray(table.frame.geometry.values, dtype=object)
    for p, geom in enumerate(project_geoms):
        for j, r in enumerate(radii):
            hit = tree.query(geodesic_buffer(geom, r * 1000.0), predicate="intersects")
            counts_pk[p, j] = int(events[hit].sum())
            deaths_pk[p, j] = deaths[hit].sum()
            touched_any[j, hit] = True
            sector_touched[table.sectors[p]][j, hit] = True
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
    }
    regions = _regions(counts, events, touched_any[main_index], table, project_geoms)
    source = dict(counts.attrs.get("method") or {})
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
        "dataset": source.get("dataset") or counts.attrs.get("dataset"),
        "version": source.get("version") or counts.attrs.get("version"),
        "counts_method": source or None,
        "attribution": counts.attrs.get("attribution"),
        "synthetic": bool(counts.attrs.get("synthetic", False)),
        "engine": "counts",
    }
    monthly = pd.DataFrame(columns=["month", "events", "near_any", *table.ids])
    return ProximityResult(projects_out, overall, regions, monthly, method)


def _window(source: dict) -> dict:
    months = source.get("months") or []
    return {
        "since": source.get("since") or (months[0] if months else None),
        "until": source.get("until") or (months[-1] if months else None),
    }


def _regions(counts, events, touched_main, table, project_geoms) -> pd.DataFrame:
    """The counted areas as regions (when they are polygons with a pcode)."""
    geoms = np.asarray(counts.geometry.values, dtype=object)
    if "pcode" not in counts.columns or not np.isin(shapely.get_type_id(geoms), [3, 6]).all():
        return region_table(None, pd.DataFrame(), [], [])
    areas = counts[["pcode", "geometry"]].copy()
    areas["pcode"] = areas["pcode"].astype(str)
    areas["name"] = counts["name"].astype(str) if "name" in counts.columns else areas["pcode"]
    areas["level"] = counts["level"].astype(str) if "level" in counts.columns else "township"
    index = pd.MultiIndex.from_arrays([areas["level"], areas["pcode"]], names=["level", "pcode"])
    tally = pd.DataFrame(
        {"events": events.astype(np.int64), "near_any": np.where(touched_main, events, 0)},
        index=index,
    ).astype(np.int64)
    return region_table(areas.reset_index(drop=True), tally, table.ids, project_geoms)
