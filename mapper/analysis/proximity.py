"""Which conflict events happen near which projects: :func:`proximity`."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import numpy as np
import pandas as pd

from mapper.analysis.aggregate import Partial, ProjectTable, count_block, prepare_projects
from mapper.analysis.inputs import (
    DEFAULT_SINCE,
    PRECISION_RULE,
    PRECISION_RULE_ALL,
    check_event_types,
    check_events,
    check_radii,
    check_window,
    dataset_version,
    filter_events,
    window_text,
)
from mapper.analysis.regions import region_table, resolve_areas
from mapper.analysis.result import ProximityResult, _number, radius_key, with_counts
from mapper.analysis.timeseries import monthly_table
from mapper.errors import OptionError
from mapper.schema import is_synthetic

ENGINES = ("numpy", "dask")
DISTANCE_RULE = (
    "geodesic distance on the WGS84 ellipsoid from the event point to the nearest point of the "
    "project geometry (points; geodesic segments between line and ring vertices; 0 inside a "
    "polygon), computed exactly with pyproj.Geod; an event exactly at a radius counts as within"
)


def _main_index(radii_km: np.ndarray, given: Sequence[float], main_radius_km) -> int:
    main = float(main_radius_km) if main_radius_km is not None else float(list(given)[0])
    hit = np.flatnonzero(np.isclose(radii_km, main, rtol=0, atol=1e-9))
    if not hit.size:
        listed = ", ".join(radius_key(r) for r in radii_km)
        raise OptionError(f"main radius {main:g} km is not among the radii ({listed})")
    return int(hit[0])


def proximity(
    events,
    projects,
    radii_km: float | Iterable[float] = (5, 10, 25, 50),
    *,
    since: str | None = DEFAULT_SINCE,
    until: str | None = None,
    event_types: Sequence[str] | None = None,
    include_imprecise: bool = False,
    areas=None,
    engine: str = "numpy",
    main_radius_km: float | None = None,
    boundaries=None,
    npartitions: int | None = None,
) -> ProximityResult:
    """Count events near projects, exactly (geodesic on WGS84), for every radius.

    ``events``: normalised events GeoDataFrame (:func:`mapper.sources.load_events`; with
    ``engine="dask"`` also a dask-geopandas GeoDataFrame). ``projects``: project GeoDataFrame
    (points, lines, polygons). Events in the window ``since``..``until`` (inclusive days; default
    from the 2021-02-01 coup), of ``event_types`` (case-insensitive; default all) and, unless
    ``include_imprecise``, not located only to a state/region or the country. ``areas``: a
    GeoDataFrame of areas (``pcode, name, level, geometry``), None for the state/region and
    township polygons of :func:`mapper.areas.load_areas` (``boundaries`` file if given), or False
    for no regions. ``main_radius_km`` (default the first radius given) is used for the monthly
    series and the regions' ``near_any``.

    Example::

        result = mapper.proximity(events, projects, radii_km=(10, 25))
        result.overall["near_any"]["25"], result.projects[["name", "events_25km"]]
    """
    given = [radii_km] if isinstance(radii_km, int | float) else list(radii_km)
    radii = check_radii(given)
    main_index = _main_index(radii, given, main_radius_km)
    window = check_window(since, until)
    if engine not in ENGINES:
        raise OptionError(f"engine must be one of {', '.join(ENGINES)}, not {engine!r}")
    if isinstance(event_types, str):
        event_types = [event_types]
    event_types = list(event_types) if event_types else None
    table = prepare_projects(projects, float(radii[-1]) * 1000.0)
    area_frame, area_note = resolve_areas(areas, boundaries)
    radii_m = radii * 1000.0
    if engine == "dask":
        from mapper.analysis.dask_engine import count_dask

        partial = count_dask(
            events,
            table,
            radii_m,
            main_index,
            area_frame,
            window=window,
            event_types=event_types,
            include_imprecise=include_imprecise,
            npartitions=npartitions,
        )
    else:
        check_events(events)
        arrays = filter_events(events, window, event_types, include_imprecise)
        partial = count_block(arrays, table, radii_m, main_index, area_frame)
    check_event_types(event_types, partial.types_seen)
    method = _method(
        events, radii, main_index, window, event_types, include_imprecise, engine, partial
    )
    method["regions"] = area_note
    return build_result(partial, table, area_frame, method, window)


def _method(
    events, radii, main_index, window, event_types, include_imprecise, engine, partial
) -> dict:
    attrs = getattr(events, "attrs", None)
    if attrs is None:  # a dask frame keeps the attrs on its empty pandas meta
        attrs = getattr(getattr(events, "_meta", None), "attrs", None)
    attrs = dict(attrs or {})
    return {
        "basis": "events",
        "radii_km": [_number(float(r)) for r in radii],
        "main_radius_km": _number(float(radii[main_index])),
        "window": window_text(window),
        "filters": {"event_types": event_types},
        "precision_rule": PRECISION_RULE_ALL if include_imprecise else PRECISION_RULE,
        "include_imprecise": bool(include_imprecise),
        "excluded": {k: int(v) for k, v in sorted(partial.excluded.items())},
        "events_read": int(partial.total),
        "rows_rejected_by_loader": len(attrs.get("rejected") or []),
        "distance": DISTANCE_RULE,
        "dataset": attrs.get("dataset"),
        "version": dataset_version(attrs.get("dataset"), attrs.get("version")),
        "source_path": None if attrs.get("path") is None else str(attrs.get("path")),
        "synthetic": bool(attrs.get("synthetic", False))
        or (isinstance(events, pd.DataFrame) and is_synthetic(events)),
        "engine": engine,
    }


def build_result(
    partial: Partial, table: ProjectTable, areas, method: dict, window
) -> ProximityResult:
    """Assemble a :class:`ProximityResult` from merged counts."""
    radii_km = [float(r) for r in np.asarray(partial.radii_m) / 1000.0]
    nearest = np.where(np.isfinite(partial.nearest_m), partial.nearest_m / 1000.0, np.nan)
    projects = with_counts(
        table.frame,
        table.ids,
        radii_km,
        partial.counts,
        partial.fatalities,
        nearest,
        partial.nearest_id,
    )
    n = int(partial.events)
    keys = [radius_key(r) for r in radii_km]
    overall = {
        "events": n,
        "near_any": {k: int(v) for k, v in zip(keys, partial.near_any, strict=True)},
        "share": {
            k: (round(int(v) / n, 6) if n else None)
            for k, v in zip(keys, partial.near_any, strict=True)
        },
        "by_sector": {
            k: {s: int(partial.by_sector[s][j]) for s in sorted(partial.by_sector)}
            for j, k in enumerate(keys)
        },
        "excluded_imprecise": int(partial.excluded.get("imprecise", 0)),
        "undated": n - int(partial.months["events"].sum()),
    }
    if method.get("include_imprecise"):
        overall["events_imprecise"] = int(partial.imprecise_events)
        overall["near_any_imprecise"] = {
            k: int(v) for k, v in zip(keys, partial.near_any_imprecise, strict=True)
        }
    regions = region_table(
        areas, partial.regions, table.ids, np.asarray(table.frame.geometry.values, dtype=object)
    )
    monthly = monthly_table(partial.months, partial.project_months, table.ids, window)
    return ProximityResult(projects, overall, regions, monthly, method)
