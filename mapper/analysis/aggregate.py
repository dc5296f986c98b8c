"""Counting events near projects for one block of events, and merging blocks.

:func:`count_block` turns one block of events (a whole table, or one dask partition) into a
:class:`Partial`; partials of different blocks merge exactly (sums, and a minimum for the nearest
event), so every engine gives the same answer.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd
import shapely

from mapper.analysis.distance import (
    B_AXIS,
    EventIndex,
    PreparedGeometry,
    prepare_geometry,
    radius_hits,
)
from mapper.analysis.inputs import EventArrays
from mapper.analysis.regions import IMPRECISE_PCODE, OUTSIDE_PCODE
from mapper.errors import InputError

#: Fraction of the largest radius used to size line chunks and the event grid.
_CHUNK_FRACTION = 0.5


@dataclass
class ProjectTable:
    """Projects ready for measuring: ids, names, sectors and prepared geometries."""

    frame: object  # the projects GeoDataFrame as given (index reset)
    ids: list[str]
    names: list[str]
    sectors: list[str]
    prepared: list[PreparedGeometry]


def prepare_projects(projects, max_radius_m: float) -> ProjectTable:
    """Check project geometries and prepare them; InputError names the bad project."""
    path = getattr(projects, "attrs", {}).get("path")
    if projects is None or len(projects) == 0:
        raise InputError("no projects to analyse (the project set is empty)", file=path)
    if "geometry" not in getattr(projects, "columns", []):
        raise InputError("projects have no geometry column", file=path)
    frame = projects.reset_index(drop=True)
    if frame.crs is not None and not frame.crs.equals("EPSG:4326"):
        frame = frame.to_crs("EPSG:4326")
    ids = (
        frame["id"].astype(str).tolist()
        if "id" in frame.columns
        else [str(i + 1) for i in range(len(frame))]
    )
    names = frame["name"].astype(str).tolist() if "name" in frame.columns else list(ids)
    sectors = (
        frame["sector"].fillna("other").astype(str).tolist()
        if "sector" in frame.columns
        else ["other"] * len(frame)
    )
    seen: set[str] = set()
    geoms = np.asarray(frame.geometry.values, dtype=object)
    chunk = _CHUNK_FRACTION * max_radius_m / B_AXIS
    prepared = []
    for row, (pid, geom) in enumerate(zip(ids, geoms, strict=True), start=1):
        where = {"file": path, "row": row, "field": "geometry"}
        if pid in seen:
            raise InputError(f"project id {pid!r} appears twice", file=path, row=row, field="id")
        seen.add(pid)
        if geom is None or shapely.is_missing(geom) or shapely.is_empty(geom):
            raise InputError(f"project {pid!r} has an empty geometry", **where)
        if not shapely.is_valid(geom):
            reason = shapely.is_valid_reason(geom)
            raise InputError(f"project {pid!r} has an invalid geometry ({reason})", **where)
        x0, y0, x1, y1 = shapely.bounds(geom)
        if y0 < -90 or y1 > 90 or x0 < -180 or x1 > 180:
            raise InputError(f"project {pid!r} has coordinates outside lon/lat range", **where)
        prepared.append(prepare_geometry(geom, chunk))
    return ProjectTable(frame, ids, names, sectors, prepared)


@dataclass
class Partial:
    """Counts for one block of events; :meth:`merge` adds blocks together."""

    radii_m: np.ndarray
    counts: np.ndarray  # (projects, radii) events within each radius
    fatalities: np.ndarray  # (projects, radii)
    nearest_m: np.ndarray  # (projects,) inf when no event
    nearest_id: list  # (projects,) event id of the nearest event, None when no event
    near_any: np.ndarray  # (radii,) events within each radius of at least one project
    near_any_imprecise: np.ndarray  # (radii,) of which imprecise events
    by_sector: dict[str, np.ndarray]  # sector -> (radii,) events near >= 1 project of the sector
    project_months: pd.DataFrame  # month number x project position: events in the main radius
    months: pd.DataFrame  # month number -> events, near_any (dated events only)
    regions: pd.DataFrame  # (level, pcode) -> events, near_any
    events: int  # events kept by the filters
    imprecise_events: int  # of which located only to a state/region or country (when kept)
    total: int  # events before filtering
    excluded: dict[str, int] = field(default_factory=dict)
    types_seen: dict[str, int] = field(default_factory=dict)

    def merge(self, other: Partial) -> Partial:
        """The partial of both blocks together."""
        take = other.nearest_m < self.nearest_m
        tie = (other.nearest_m == self.nearest_m) & np.isfinite(self.nearest_m)
        ids = []
        for i, (a, b) in enumerate(zip(self.nearest_id, other.nearest_id, strict=True)):
            if take[i] or (tie[i] and str(b) < str(a)):
                ids.append(b)
            else:
                ids.append(a)
        sectors = {
            s: self.by_sector.get(s, 0) + other.by_sector.get(s, 0)
            for s in set(self.by_sector) | set(other.by_sector)
        }
        return Partial(
            radii_m=self.radii_m,
            counts=self.counts + other.counts,
            fatalities=self.fatalities + other.fatalities,
            nearest_m=np.minimum(self.nearest_m, other.nearest_m),
            nearest_id=ids,
            near_any=self.near_any + other.near_any,
            near_any_imprecise=self.near_any_imprecise + other.near_any_imprecise,
            by_sector=sectors,
            project_months=self.project_months.add(other.project_months, fill_value=0),
            months=self.months.add(other.months, fill_value=0),
            regions=self.regions.add(other.regions, fill_value=0),
            events=self.events + other.events,
            imprecise_events=self.imprecise_events + other.imprecise_events,
            total=self.total + other.total,
            excluded={
                k: self.excluded.get(k, 0) + other.excluded.get(k, 0)
                for k in set(self.excluded) | set(other.excluded)
            },
            types_seen={
                k: self.types_seen.get(k, 0) + other.types_seen.get(k, 0)
                for k in set(self.types_seen) | set(other.types_seen)
            },
        )


def _region_counts(ev: EventArrays, near_main: np.ndarray, areas) -> pd.DataFrame:
    """Events and events near a project (main radius) per (level, pcode).

    Areas are found as for the shipped counts: a point just outside every polygon (a border-river
    or coastal town the derived outline leaves out) goes to the nearest one within ``SNAP_KM``;
    events still outside every area are counted under the pcode :data:`OUTSIDE_PCODE`. An event
    located only to a state (its point is the state's centre) is in no township, and one located
    only to the country in no state either: they are counted under :data:`IMPRECISE_PCODE`.
    """
    empty = pd.DataFrame(
        {"events": pd.Series(dtype="int64"), "near_any": pd.Series(dtype="int64")},
        index=pd.MultiIndex.from_arrays([[], []], names=["level", "pcode"]),
    )
    if areas is None or ev.lon.size == 0:
        return empty
    from mapper.areas import assign_areas
    from mapper.sources.embedded_counts import SNAP_KM

    points = pd.DataFrame({"longitude": ev.lon, "latitude": ev.lat})
    frames = []
    for level, group in areas.groupby("level", sort=False):
        group = group.reset_index(drop=True)
        codes = assign_areas(points, str(level), areas=group, snap_km=SNAP_KM)
        pcodes = codes.astype("object").where(codes.notna(), OUTSIDE_PCODE).to_numpy(copy=True)
        unplaced = ev.country_only if str(level) == "state" else ev.imprecise
        pcodes[unplaced] = IMPRECISE_PCODE
        table = pd.DataFrame({"pcode": pcodes, "near_any": near_main.astype(np.int64)})
        table["events"] = 1
        summed = table.groupby("pcode")[["events", "near_any"]].sum()
        summed.index = pd.MultiIndex.from_arrays(
            [[str(level)] * len(summed), summed.index.astype(str)], names=["level", "pcode"]
        )
        frames.append(summed)
    return pd.concat(frames) if frames else empty


def count_block(
    ev: EventArrays,
    table: ProjectTable,
    radii_m: np.ndarray,
    main_index: int,
    areas=None,
    threads: int | None = None,
) -> Partial:
    """Count the events of one block around every project, for every radius.

    ``threads``: threads measuring projects (default: the CPU count for large blocks).
    """
    n_proj, k = len(table.prepared), len(radii_m)
    counts = np.zeros((n_proj, k), dtype=np.int64)
    fatal = np.zeros((n_proj, k))
    nearest_m = np.full(n_proj, np.inf)
    nearest_id: list = [None] * n_proj
    index = EventIndex(ev.lon, ev.lat, cell=max(np.radians(0.02), 0.125 * radii_m[-1] / B_AXIS))
    fatal_sorted = ev.fatalities[index.order]
    month_sorted = ev.month[index.order]
    global_ring = np.full(index.n, k, dtype=np.int8)
    sector_names = sorted(set(table.sectors))
    sector_ring = {s: np.full(index.n, k, dtype=np.int8) for s in sector_names}
    dated = month_sorted >= 0
    m0 = int(month_sorted[dated].min()) if dated.any() else 0
    span = int(month_sorted[dated].max()) - m0 + 1 if dated.any() else 0
    project_months = np.zeros((n_proj, span), dtype=np.int64)
    for p, hits in enumerate(radius_hits(index, table.prepared, radii_m, threads=threads)):
        ring = hits.ring
        per_ring = np.bincount(ring, minlength=k)[:k]
        counts[p] = np.cumsum(per_ring)
        fatal[p] = np.cumsum(np.bincount(ring, weights=fatal_sorted[hits.positions], minlength=k))[
            :k
        ]
        pos = hits.positions
        global_ring[pos] = np.minimum(global_ring[pos], ring)
        sr = sector_ring[table.sectors[p]]
        sr[pos] = np.minimum(sr[pos], ring)
        main_months = month_sorted[pos[ring <= main_index]] - m0
        project_months[p] = np.bincount(main_months[main_months >= 0], minlength=span)
        if hits.nearest_m.size:
            best = hits.nearest_m.min()
            tied = index.order[hits.nearest_positions[hits.nearest_m == best]]
            nearest_m[p] = best
            nearest_id[p] = min(map(str, ev.event_id[tied]))
    imprecise_sorted = ev.imprecise[index.order]
    near_any = np.cumsum(np.bincount(global_ring, minlength=k + 1)[:k])
    near_imp = np.cumsum(np.bincount(global_ring[imprecise_sorted], minlength=k + 1)[:k])
    by_sector = {s: np.cumsum(np.bincount(r, minlength=k + 1)[:k]) for s, r in sector_ring.items()}
    near_main = global_ring <= main_index
    month_index = pd.Index(np.arange(m0, m0 + span), name="month")
    months = pd.DataFrame(
        {
            "events": np.bincount(month_sorted[dated] - m0, minlength=span),
            "near_any": np.bincount(month_sorted[dated & near_main] - m0, minlength=span),
        },
        index=month_index,
    )
    near_main_input_order = np.empty_like(near_main)
    near_main_input_order[index.order] = near_main
    regions = _region_counts(ev, near_main_input_order, areas)
    return Partial(
        radii_m=radii_m,
        counts=counts,
        fatalities=fatal,
        nearest_m=nearest_m,
        nearest_id=nearest_id,
        near_any=near_any,
        near_any_imprecise=near_imp,
        by_sector=by_sector,
        project_months=pd.DataFrame(project_months.T, index=month_index),
        months=months,
        regions=regions,
        events=int(ev.lon.size),
        imprecise_events=int(ev.imprecise.sum()),
        total=ev.total,
        excluded=dict(ev.excluded),
        types_seen=dict(ev.types_seen),
    )
