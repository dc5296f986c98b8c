"""Exact geodesic distance from each project to the areas (polygons or places) near it.

Used by :func:`mapper.analysis.proximity_from_counts`: an area is touched by a project's buffer
of radius ``r`` when the geodesic distance between the project geometry and the area is at most
``r``. One pass gives every (project, area) distance up to the largest radius, so all radii are
grouped from the same distances.

Method. A project that intersects an area (shapely, in lon/lat) is at distance 0 from it.
Otherwise both are sets of geodesic segments (a point is a segment of length 0; an area's edges
are its ring or line segments, a counted place is a point), and the distance between two
segments that do not cross is the smallest of the four distances from an end point of one to
the other segment. Pairs of (project segment, area edge) come from an STRtree of edge boxes
queried with each project segment's box grown by the largest radius; a spherical bracket
``b*(S-eps) <= D <= a*(S+eps)`` (see :mod:`mapper.analysis.distance`) keeps only the end-point
distances that can be an area's minimum, which are then solved exactly
(:func:`~mapper.analysis.distance.segment_distance_m`).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import shapely

from mapper.analysis.distance import (
    A_AXIS,
    B_AXIS,
    EPS_FLOOR,
    PreparedGeometry,
    segment_angles,
    segment_distance_m,
    segment_eps,
    unit_vectors,
)

#: Shortest length (m) of a degree of latitude (at the equator) and of longitude at the equator;
#: used to make a longitude/latitude box that surely holds everything within a radius.
_M_PER_DEG_LAT_MIN = 110_574.0
_M_PER_DEG_LON_EQ = 111_319.0
_BOX_SLACK = 1.01


@dataclass
class AreaDistances:
    """Pairs (project position, area position) within the largest radius, with the distance."""

    project: np.ndarray  # int64
    area: np.ndarray  # int64
    distance_m: np.ndarray  # float

    def within(self, radius_m: float) -> np.ndarray:
        """Mask of the pairs at most ``radius_m`` apart."""
        return self.distance_m <= radius_m


def grow_boxes(bounds: np.ndarray, radius_m: float) -> np.ndarray:
    """Lon/lat boxes ``(n, 4)`` holding every point within ``radius_m`` (geodesic) of the
    boxes ``bounds`` (the whole world near a pole or for huge radii)."""
    bounds = np.atleast_2d(np.asarray(bounds, dtype=float))
    dlat = radius_m / _M_PER_DEG_LAT_MIN * _BOX_SLACK
    lat_max = np.maximum(np.abs(bounds[:, 1] - dlat), np.abs(bounds[:, 3] + dlat))
    polar = (lat_max >= 89) | (dlat >= 30)
    cos = np.cos(np.radians(np.minimum(lat_max, 89)))
    dlon = radius_m / (_M_PER_DEG_LON_EQ * cos) * _BOX_SLACK
    out = np.column_stack(
        [bounds[:, 0] - dlon, bounds[:, 1] - dlat, bounds[:, 2] + dlon, bounds[:, 3] + dlat]
    )
    out[polar] = (-180.0, -90.0, 180.0, 90.0)
    return out


def _edges(geom: shapely.Geometry) -> np.ndarray:
    """Edges (lon1, lat1, lon2, lat2) of a geometry's lines and polygon rings; its isolated
    points as edges of length 0."""
    parts = shapely.get_parts(geom)
    kinds = shapely.get_dimensions(parts)
    lines = shapely.get_parts(
        np.concatenate([shapely.boundary(parts[kinds == 2]), parts[kinds == 1]])
    )
    points = shapely.get_coordinates(parts[kinds == 0])
    out = [np.hstack([points, points])]
    if len(lines):
        coords, which = shapely.get_coordinates(lines, return_index=True)
        same = which[1:] == which[:-1]
        edges = np.hstack([coords[:-1][same], coords[1:][same]])
        out.append(edges[np.any(edges[:, :2] != edges[:, 2:], axis=1)])
    return np.concatenate(out)


def _elements(prep: PreparedGeometry) -> np.ndarray:
    """A prepared project geometry as segments (points as segments of length 0)."""
    return np.concatenate([np.hstack([prep.points, prep.points]), prep.segments])


@dataclass
class _Edges:
    """The edges of the areas, with their owner, spherical slack and an STRtree of boxes."""

    rows: np.ndarray  # (m, 4)
    owner: np.ndarray  # (m,) area position
    eps: np.ndarray  # (m,)
    tree: shapely.STRtree

    @classmethod
    def of(cls, areas: np.ndarray, which: np.ndarray) -> _Edges:
        lists = [_edges(areas[a]) for a in which]
        rows = np.concatenate([np.zeros((0, 4)), *lists])
        owner = np.repeat(which, [len(e) for e in lists]).astype(np.int64)
        lon, lat = rows[:, 0::2], rows[:, 1::2]
        boxes = shapely.box(lon.min(1), lat.min(1), lon.max(1), lat.max(1))
        return cls(rows, owner, segment_eps(rows) + EPS_FLOOR, shapely.STRtree(boxes))


def project_area_distances(
    project_geoms,
    prepared: list[PreparedGeometry],
    area_geoms,
    max_radius_m: float,
) -> AreaDistances:
    """Exact geodesic distance (m) of every (project, area) pair at most ``max_radius_m`` apart.

    ``prepared``: the projects as :func:`mapper.analysis.distance.prepare_geometry` made them.
    ``area_geoms``: lon/lat geometries (polygons, points or lines; None/empty ones are skipped).
    """
    areas = np.asarray(area_geoms, dtype=object)
    usable = ~(shapely.is_missing(areas) | shapely.is_empty(areas))
    areas = np.where(usable, areas, None)
    tree = shapely.STRtree(areas)
    n_areas = len(areas)
    found = []  # per project: areas near it, distance so far (0 where they meet)
    for geom in project_geoms:
        box = shapely.box(*grow_boxes(shapely.bounds(geom), max_radius_m)[0])
        near = tree.query(box)
        met = np.isin(near, tree.query(geom, predicate="intersects"))
        found.append((near, np.where(met, 0.0, np.inf)))
    measured = np.unique(np.concatenate([np.zeros(0, np.int64)] + [n[d > 0] for n, d in found]))
    edges = _Edges.of(areas, measured)
    out_p, out_a, out_d = [], [], []
    for p, (prep, (near, dist)) in enumerate(zip(prepared, found, strict=True)):
        apart = dist > 0
        if apart.any():
            to_area = _nearest_edges(_elements(prep), prep.eps, edges, n_areas, max_radius_m)
            dist[apart] = to_area[near[apart]]
        keep = dist <= max_radius_m
        out_p.append(np.full(int(keep.sum()), p, dtype=np.int64))
        out_a.append(near[keep].astype(np.int64))
        out_d.append(dist[keep])
    if not out_p:
        empty = np.zeros(0, dtype=np.int64)
        return AreaDistances(empty, empty.copy(), np.zeros(0))
    return AreaDistances(np.concatenate(out_p), np.concatenate(out_a), np.concatenate(out_d))


def _nearest_edges(
    elements: np.ndarray, eps: float, edges: _Edges, n_areas: int, max_m: float
) -> np.ndarray:
    """Per area, the exact distance from the project's segments to its edges (inf beyond
    ``max_m``, or for areas with no edge near the project)."""
    out = np.full(n_areas, np.inf)
    lon, lat = elements[:, 0::2], elements[:, 1::2]
    grown = grow_boxes(np.column_stack([lon.min(1), lat.min(1), lon.max(1), lat.max(1)]), max_m)
    ei, gi = edges.tree.query(shapely.box(*grown.T))
    if not ei.size:
        return out
    mine, theirs = elements[ei], edges.rows[gi]
    # the four end-point-to-segment distances of each (project segment, area edge) pair
    points = np.concatenate([mine[:, :2], mine[:, 2:], theirs[:, :2], theirs[:, 2:]])
    segments = np.concatenate([theirs, theirs, mine, mine])
    slack = np.concatenate([edges.eps[gi], edges.eps[gi], np.full(2 * ei.size, eps)])
    owner = np.tile(edges.owner[gi], 4)
    ang = segment_angles(unit_vectors(points[:, 0], points[:, 1]), segments, pairwise=True)
    lower = B_AXIS * (ang - slack)
    best_upper = np.full(n_areas, np.inf)
    np.minimum.at(best_upper, owner, A_AXIS * (ang + slack))
    need = np.flatnonzero((lower <= best_upper[owner] * (1 + 1e-12)) & (lower <= max_m))
    if need.size:
        d = segment_distance_m(points[need, 0], points[need, 1], *segments[need].T)
        np.minimum.at(out, owner[need], d)
    return out
