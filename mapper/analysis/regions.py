"""Per state/region and township: events, events near a project, and the projects lying there."""

from __future__ import annotations

import numpy as np
import pandas as pd
import shapely

from mapper.errors import InputError

AREA_COLUMNS = ("pcode", "name", "level", "geometry")
#: The pcode under which events outside every area of a level are counted (one row per level).
OUTSIDE_PCODE = ""
#: The pcode under which events too imprecise for a level are counted: located only to a state
#: (for townships) or only to the country (for states and townships).
IMPRECISE_PCODE = "(imprecise)"
#: The names of those rows.
_SPECIAL_ROWS = {
    OUTSIDE_PCODE: lambda level: "outside the areas",
    IMPRECISE_PCODE: lambda level: (
        "located only to the country"
        if level == "state"
        else "located only to a state or the country"
    ),
}


def resolve_areas(areas, boundaries=None):
    """The areas to count by: a GeoDataFrame (both levels), or None for no regions.

    ``areas=None`` loads the state/region and township polygons of :func:`mapper.areas.load_areas`
    (from ``boundaries`` when given); ``areas=False`` skips regions; a GeoDataFrame is used as is
    (``level`` defaults to "area" when missing). Returns ``(areas or None, note)``.
    """
    if areas is False:
        return None, "regions not computed (areas=False)"
    if areas is None:
        frames, errors = _load_levels(boundaries)
        if not frames:
            if boundaries is not None:
                raise errors[0]
            return None, f"regions not computed: areas unavailable ({errors[0]})"
        source = "; ".join(dict.fromkeys(str(f.attrs.get("source")) for f in frames))
        areas = pd.concat(frames, ignore_index=True)
        areas.attrs["source"] = source
    for column in ("pcode", "geometry"):
        if column not in areas.columns:
            raise InputError(f"areas have no {column!r} column", field=column)
    areas = areas.reset_index(drop=True).copy()
    if "level" not in areas.columns:
        areas["level"] = "area"
    if "name" not in areas.columns:
        areas["name"] = areas["pcode"]
    areas["pcode"] = areas["pcode"].astype(str)
    if areas.crs is not None and not areas.crs.equals("EPSG:4326"):
        areas = areas.to_crs("EPSG:4326")
    return areas, areas.attrs.get("source") or "areas supplied by the caller"


def _load_levels(boundaries) -> tuple[list, list[Exception]]:
    """State/region and township areas; a boundary file may hold only one of the levels (any
    other fault of the file, e.g. two townships with one P-code, is raised)."""
    from mapper.areas import LevelUnavailableError, load_areas

    frames, errors = [], []
    for level in ("state", "township"):
        try:
            frames.append(load_areas(level, boundaries=boundaries))
        except Exception as exc:  # derived areas unavailable (no MIMU data): the analysis runs
            if boundaries is not None and not isinstance(exc, LevelUnavailableError):
                raise
            errors.append(exc)
    return frames, errors


def region_table(
    areas, counts: pd.DataFrame, project_ids: list[str], project_geoms
) -> pd.DataFrame:
    """One row per area with events or projects: counts and the ids of projects lying there.

    Events outside every area of a level get a last row of that level (pcode "", name
    "outside the areas"), and events too imprecise for it another (pcode "(imprecise)"), so
    each level's events add up to the events analysed.
    """
    cols = ["level", "pcode", "name", "events", "near_any", "projects"]
    if areas is None:
        return pd.DataFrame(columns=cols)
    tree = shapely.STRtree(np.asarray(areas.geometry.values, dtype=object))
    proj_idx, area_idx = tree.query(np.asarray(project_geoms, dtype=object), predicate="intersects")
    lying: dict[int, list[str]] = {}
    for p, a in zip(proj_idx, area_idx, strict=True):
        lying.setdefault(int(a), []).append(project_ids[int(p)])
    events_of = counts["events"].to_dict() if len(counts) else {}
    near_of = counts["near_any"].to_dict() if len(counts) else {}
    rows = []
    for i, area in enumerate(areas.itertuples(index=False)):
        key = (str(area.level), str(area.pcode))
        events, near = int(events_of.get(key, 0)), int(near_of.get(key, 0))
        projects = sorted(lying.get(i, []))
        if events or projects:
            rows.append([str(area.level), str(area.pcode), str(area.name), events, near, projects])
    for (level, pcode), events in events_of.items():
        if pcode in _SPECIAL_ROWS and events:
            near = int(near_of.get((level, pcode), 0))
            rows.append([level, pcode, _SPECIAL_ROWS[pcode](level), int(events), near, []])
    table = pd.DataFrame(rows, columns=cols)
    order = {"state": 0, "township": 1}
    table["_lvl"] = table["level"].map(order).fillna(2)
    table["_out"] = table["pcode"].isin(list(_SPECIAL_ROWS))
    table = table.sort_values(
        ["_lvl", "_out", "events", "pcode"], ascending=[True, True, False, True]
    )
    return table.drop(columns=["_lvl", "_out"]).reset_index(drop=True)
