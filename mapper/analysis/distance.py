"""Exact geodesic distance (WGS84) from event points to project geometries, fast.

Definition. The distance from an event to a project is the length of the shortest geodesic on
the WGS84 ellipsoid from the event point to the nearest point of the project geometry: its
points, the geodesic segments between consecutive vertices of its lines and polygon rings, and a
polygon's interior (distance 0 inside).

Method (exact, not an approximation):

1. *A proven bracket.* Map the ellipsoid to the unit sphere by reduced latitude (beta, lon):
   the ellipsoid is the image of the unit sphere under ``diag(a, a, b)``, whose singular values
   lie in ``[b, a]``. Every curve therefore has ellipsoidal length between ``b`` and ``a`` times
   the length of its preimage, so for a point and a geometry at spherical angle ``S`` (measured
   to the preimage) the geodesic distance ``D`` satisfies ``b*S <= D <= a*S``. The preimage of a
   geodesic segment differs from the great-circle arc between its end points by an angle
   ``eps`` that is measured per segment (sub-millimetre for segments of a few km; long segments
   are split), so with ``S`` measured to the great-circle arcs: ``b*(S-eps) <= D <= a*(S+eps)``.
2. *Candidates.* Events are sorted into a (reduced latitude, longitude) grid; a project only
   looks at the grid rows/columns of the spherical cap that can hold events within the largest
   radius (the cap's longitude extent is ``asin(sin R / cos beta)``, exact on the sphere).
3. *Classification.* For every radius an event is decided by the bracket alone when the whole
   bracket lies on one side of the radius (a band of 0.34 % of the radius is left undecided).
4. *Exact geodesics for the rest.* Undecided events (and the candidates for the nearest event)
   get the exact distance: :meth:`pyproj.Geod.inv` to points, and for segments an iterative
   solution of the geodesic point-to-segment problem (Baselga & Martinez-Llario 2018: step along
   the segment by the along-track distance until the event's azimuth is perpendicular; clamped
   to the segment), converged to 1e-6 m.

The result equals a brute-force geodesic computation; tests/test_proximity_exact.py checks this.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

import numpy as np
import shapely
from pyproj import Geod

GEOD = Geod(ellps="WGS84")
A_AXIS: float = GEOD.a
B_AXIS: float = GEOD.b
FLATTENING: float = GEOD.f
R_MEAN: float = (2 * A_AXIS + B_AXIS) / 3

#: Floor of the spherical slack (radians, ~6 mm) that absorbs floating-point rounding.
EPS_FLOOR = 1e-9
#: Longest geodesic segment kept as one great-circle arc (longer ones are split), metres.
MAX_SEGMENT_M = 50_000.0
#: Vertex spacing (metres) of the lon/lat polygon used for the inside-polygon test.
INTERIOR_SPACING_M = 500.0
#: Convergence tolerance of the point-to-segment solver, metres along the segment.
SOLVER_TOL_M = 1e-6
_REL = 1e-12  # relative slack on squared-chord thresholds (floating-point rounding)
_ABS = 4e-15  # absolute slack on squared chords (rounding of 2 - 2 p.q is below 1.5e-15)


def reduced_latitude(lat_deg: np.ndarray) -> np.ndarray:
    """Reduced (parametric) latitude in radians of geodetic latitudes in degrees."""
    phi = np.radians(lat_deg)
    return np.arctan2((1.0 - FLATTENING) * np.sin(phi), np.cos(phi))


def unit_vectors(lon_deg: np.ndarray, lat_deg: np.ndarray) -> np.ndarray:
    """Points on the auxiliary unit sphere (reduced latitude), shape ``(n, 3)``."""
    lon_deg = np.asarray(lon_deg, dtype=float)
    beta = reduced_latitude(np.asarray(lat_deg, dtype=float))
    lam = np.radians(lon_deg)
    cb = np.cos(beta)
    return np.stack([cb * np.cos(lam), cb * np.sin(lam), np.sin(beta)], axis=-1)


def _cross(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Row-wise cross product of (n, 3) arrays (np.cross has a large per-call overhead)."""
    return np.stack(
        [
            a[:, 1] * b[:, 2] - a[:, 2] * b[:, 1],
            a[:, 2] * b[:, 0] - a[:, 0] * b[:, 2],
            a[:, 0] * b[:, 1] - a[:, 1] * b[:, 0],
        ],
        axis=-1,
    )


def chord2(theta: np.ndarray | float) -> np.ndarray | float:
    """Squared chord length on the unit sphere for an angle (radians); -1 for negative angles."""
    theta = np.asarray(theta, dtype=float)
    out = (2.0 * np.sin(np.minimum(theta, np.pi) / 2.0)) ** 2
    return np.where(theta < 0, -1.0, out)


def angle_from_chord2(d2: np.ndarray) -> np.ndarray:
    """Angle (radians) on the unit sphere from a squared chord length."""
    return 2.0 * np.arcsin(np.minimum(np.sqrt(np.maximum(d2, 0.0)) / 2.0, 1.0))


# --------------------------------------------------------------------------- exact geodesics


def segment_distance_m(
    plon: np.ndarray,
    plat: np.ndarray,
    alon: np.ndarray,
    alat: np.ndarray,
    blon: np.ndarray,
    blat: np.ndarray,
) -> np.ndarray:
    """Exact geodesic distance (m) from points P to geodesic segments AB (element-wise arrays).

    Iterates X_{k+1} = X_k moved along the segment by the spherical along-track distance of P
    (Baselga & Martinez-Llario 2018), clamped to the segment, until the step is below 1e-6 m;
    the distance is then the geodesic from the foot X to P.
    """
    plon, plat, alon, alat, blon, blat = (
        np.asarray(v, dtype=float).ravel() for v in (plon, plat, alon, alat, blon, blat)
    )
    az_ab, _, length = GEOD.inv(alon, alat, blon, blat)
    az_ab, length = np.asarray(az_ab), np.asarray(length)
    t = np.zeros_like(length)
    xlon, xlat, az_x = alon.copy(), alat.copy(), az_ab.copy()
    active = np.flatnonzero(length > 0)
    for _ in range(60):
        if active.size == 0:
            break
        az_xp, _, s = GEOD.inv(xlon[active], xlat[active], plon[active], plat[active])
        theta = np.radians(np.asarray(az_xp) - az_x[active])
        sigma = np.asarray(s) / R_MEAN
        step = R_MEAN * np.arctan2(np.sin(sigma) * np.cos(theta), np.cos(sigma))
        t_new = np.clip(t[active] + step, 0.0, length[active])
        moved = np.abs(t_new - t[active])
        t[active] = t_new
        lon, lat, back = GEOD.fwd(alon[active], alat[active], az_ab[active], t_new)
        xlon[active], xlat[active] = lon, lat
        az_x[active] = np.asarray(back) + 180.0
        active = active[moved > SOLVER_TOL_M]
    _, _, dist = GEOD.inv(xlon, xlat, plon, plat)
    return np.asarray(dist, dtype=float)


def point_distance_m(plon, plat, qlon, qlat) -> np.ndarray:
    """Exact geodesic distance (m) between point arrays (element-wise)."""
    plon, plat, qlon, qlat = np.broadcast_arrays(
        *(np.asarray(v, dtype=float) for v in (plon, plat, qlon, qlat))
    )
    _, _, dist = GEOD.inv(plon.ravel(), plat.ravel(), qlon.ravel(), qlat.ravel())
    return np.asarray(dist, dtype=float).reshape(plon.shape)


# --------------------------------------------------------------------------- prepared geometry


@dataclass
class _Chunk:
    """A compact piece of a project geometry with a spherical cap containing it."""

    center: np.ndarray  # (3,) unit vector
    radius: float  # cap angular radius (radians) containing every point of the piece
    points: np.ndarray  # (k, 3) vertices / isolated points
    seg_n: np.ndarray  # (m, 3) unit normals of the great-circle arcs
    seg_u1: np.ndarray  # (m, 3) n x A: p.u1 >= 0 on B's side of A
    seg_u2: np.ndarray  # (m, 3) B x n: p.u2 >= 0 on A's side of B
    seg_mid: np.ndarray  # (m, 3) A + B: p.mid > 0 on the arc's hemisphere
    polygon: shapely.Geometry | None = None  # lon/lat polygon for the inside test


@dataclass
class PreparedGeometry:
    """A project geometry split into points, geodesic segments and polygons, ready to measure."""

    points: np.ndarray  # (k, 2) lon/lat of isolated points
    segments: np.ndarray  # (m, 4) lon1, lat1, lon2, lat2 of geodesic segments
    polygons: list[shapely.Geometry]  # densified lon/lat polygons (inside test)
    eps: float  # spherical slack (radians) between geodesic segments and great-circle arcs
    chunks: list[_Chunk] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return len(self.points) == 0 and len(self.segments) == 0


def _densify_lonlat(coords: np.ndarray, spacing_m: float) -> np.ndarray:
    """Insert geodesic intermediate points so that no segment is longer than ``spacing_m``."""
    out = [coords[:1]]
    for (lon1, lat1), (lon2, lat2) in zip(coords[:-1], coords[1:], strict=True):
        _, _, dist = GEOD.inv(lon1, lat1, lon2, lat2)
        n = int(np.ceil(dist / spacing_m))
        if n > 1:
            out.append(np.asarray(GEOD.npts(lon1, lat1, lon2, lat2, n - 1)).reshape(-1, 2))
        out.append(np.array([[lon2, lat2]]))
    return np.concatenate(out)


def segment_eps(segments: np.ndarray) -> np.ndarray:
    """Bound (radians) on the gap between geodesic segments and their great-circle arcs.

    The gap between the preimage of a geodesic and the great-circle arc through its end points
    vanishes at both ends and is smooth and one-signed in between; it is measured at 1/4, 1/2
    and 3/4 of the segment and doubled.
    """
    if len(segments) == 0:
        return np.zeros(0)
    lon1, lat1, lon2, lat2 = segments.T
    az, _, dist = GEOD.inv(lon1, lat1, lon2, lat2)
    ua, ub = unit_vectors(lon1, lat1), unit_vectors(lon2, lat2)
    n = _cross(ua, ub)
    norm = np.linalg.norm(n, axis=1, keepdims=True)
    n = np.divide(n, norm, out=np.zeros_like(n), where=norm > 0)
    worst = np.zeros(len(segments))
    for frac in (0.25, 0.5, 0.75):
        lon, lat, _ = GEOD.fwd(lon1, lat1, az, np.asarray(dist) * frac)
        p = unit_vectors(lon, lat)
        worst = np.maximum(worst, np.abs(np.arcsin(np.clip(np.sum(p * n, axis=1), -1, 1))))
    return 2.0 * worst


def _parts(geom: shapely.Geometry) -> tuple[list[np.ndarray], list[np.ndarray], list]:
    """Isolated points, line coordinate sequences and polygons of a (multi-)geometry."""
    points: list[np.ndarray] = []
    lines: list[np.ndarray] = []
    polygons: list = []
    for part in shapely.get_parts(geom):
        kind = shapely.get_type_id(part)
        if kind == 0:  # Point
            points.append(shapely.get_coordinates(part))
        elif kind in (1, 2):  # LineString, LinearRing
            lines.append(shapely.get_coordinates(part))
        elif kind == 3:  # Polygon
            polygons.append(part)
            lines.append(shapely.get_coordinates(part.exterior))
            lines.extend(shapely.get_coordinates(ring) for ring in part.interiors)
        elif kind == 7:  # GeometryCollection
            p, l_, g = _parts(part)
            points += p
            lines += l_
            polygons += g
    return points, lines, polygons


def _arc_arrays(ua: np.ndarray, ub: np.ndarray) -> tuple[np.ndarray, ...]:
    n = _cross(ua, ub)
    norm = np.linalg.norm(n, axis=1, keepdims=True)
    keep = norm[:, 0] > 1e-15
    n = n[keep] / norm[keep]
    ua, ub = ua[keep], ub[keep]
    return n, _cross(n, ua), _cross(ub, n), ua + ub


def _cap(center: np.ndarray, pts: np.ndarray) -> float:
    """Angle (radians) of the smallest cap around ``center`` holding ``pts`` (chord formula,
    accurate for small angles), with a margin for rounding."""
    if not len(pts):
        return 0.0
    return float(angle_from_chord2(((pts - center) ** 2).sum(axis=1)).max()) + 1e-12


def prepare_geometry(geom: shapely.Geometry, chunk_radius: float) -> PreparedGeometry:
    """Split a lon/lat geometry into measured pieces; ``chunk_radius`` (radians) sizes chunks."""
    point_parts, lines, polygons = _parts(geom)
    pts = np.concatenate(point_parts) if point_parts else np.zeros((0, 2))
    pts = pts[:, :2]
    seg_list, chunks = [], []
    for line in lines:
        coords = _densify_lonlat(line[:, :2], MAX_SEGMENT_M)
        keep = np.r_[True, np.any(np.diff(coords, axis=0) != 0, axis=1)]
        coords = coords[keep]
        if len(coords) == 1:
            pts = np.vstack([pts, coords])
            continue
        seg_list.append(np.hstack([coords[:-1], coords[1:]]))
        uv = unit_vectors(coords[:, 0], coords[:, 1])
        start = 0
        while start < len(uv) - 1:  # greedy chunks of consecutive segments within a small cap
            stop = start + 1
            while stop + 1 < len(uv) and np.arccos(min(1.0, uv[stop + 1] @ uv[start])) <= (
                chunk_radius
            ):
                stop += 1
            piece = uv[start : stop + 1]
            n, u1, u2, mid = _arc_arrays(piece[:-1], piece[1:])
            chunks.append(_Chunk(piece[0], _cap(piece[0], piece), piece, n, u1, u2, mid))
            start = stop
    empty3 = np.zeros((0, 3))
    for lon, lat in pts:
        uv = unit_vectors(np.array([lon]), np.array([lat]))
        chunks.append(_Chunk(uv[0], 0.0, uv, empty3, empty3, empty3, empty3))
    dense_polys = []
    for poly in polygons:
        rings = [_densify_lonlat(shapely.get_coordinates(poly.exterior)[:, :2], INTERIOR_SPACING_M)]
        holes = [
            _densify_lonlat(shapely.get_coordinates(r)[:, :2], INTERIOR_SPACING_M)
            for r in poly.interiors
        ]
        dense = shapely.Polygon(rings[0], holes)
        shapely.prepare(dense)
        dense_polys.append(dense)
        ext = unit_vectors(rings[0][:, 0], rings[0][:, 1])
        chunks.append(
            _Chunk(ext[0], _cap(ext[0], ext), empty3, empty3, empty3, empty3, empty3, dense)
        )
    segments = np.concatenate(seg_list) if seg_list else np.zeros((0, 4))
    eps_seg = segment_eps(segments)
    eps = float(eps_seg.max()) if len(eps_seg) else 0.0
    return PreparedGeometry(pts, segments, dense_polys, eps + EPS_FLOOR, chunks)


def _approx_d2(chunk: _Chunk, x: np.ndarray, y: np.ndarray, z: np.ndarray) -> np.ndarray:
    """Squared chord from unit vectors (x, y, z) to the chunk's great-circle geometry.

    To a point: ``2 - 2 p.q`` (rounding below 1.5e-15, absorbed by ``_ABS``); to the inside of
    an arc: ``2 s^2 / (1 + sqrt(1 - s^2))`` with ``s = p.n`` (the arc's end points are points).
    One element at a time over cache-sized arrays: faster than (events x elements) matrices.
    """
    d2 = np.full(x.shape, np.inf)
    for px, py, pz in chunk.points:
        acc = x * (-2.0 * px)
        acc -= y * (2.0 * py)
        acc -= z * (2.0 * pz)
        acc += 2.0
        np.minimum(d2, acc, out=d2)
    for n, u1, u2, mid in zip(chunk.seg_n, chunk.seg_u1, chunk.seg_u2, chunk.seg_mid, strict=True):
        inside = (x * u1[0] + y * u1[1] + z * u1[2]) >= 0
        inside &= (x * u2[0] + y * u2[1] + z * u2[2]) >= 0
        inside &= (x * mid[0] + y * mid[1] + z * mid[2]) > 0
        s2 = x * n[0] + y * n[1] + z * n[2]
        s2 *= s2
        cross = 2.0 * s2 / (1.0 + np.sqrt(np.maximum(1.0 - s2, 0.0)))
        np.minimum(d2, cross, out=d2, where=inside)
    return d2


def exact_distance_m(lon: np.ndarray, lat: np.ndarray, prep: PreparedGeometry) -> np.ndarray:
    """Exact geodesic distance (m) from points (lon/lat arrays) to a prepared geometry."""
    lon = np.asarray(lon, dtype=float)
    lat = np.asarray(lat, dtype=float)
    out = np.full(lon.shape, np.inf)
    if lon.size == 0:
        return out
    if lon.size > 1:  # events often share coordinates (a village, a township seat): measure once
        uniq, inverse = np.unique(lon + 1j * lat, return_inverse=True)
        if uniq.size < lon.size:
            return exact_distance_m(uniq.real, uniq.imag, prep)[inverse.ravel()]
    block = max(1, 2_000_000 // max(1, len(prep.points) + len(prep.segments)))
    for s in range(0, lon.size, block):
        out[s : s + block] = _exact_block(lon[s : s + block], lat[s : s + block], prep)
    return out


def _exact_block(lon: np.ndarray, lat: np.ndarray, prep: PreparedGeometry) -> np.ndarray:
    inside = np.zeros(lon.size, dtype=bool)
    for poly in prep.polygons:
        inside |= shapely.contains_xy(poly, lon, lat)
    out = np.zeros(lon.size)
    if not inside.all():
        out[~inside] = _exact_outside(lon[~inside], lat[~inside], prep)
    return out


def segment_angles(p: np.ndarray, segments: np.ndarray, *, pairwise: bool = False) -> np.ndarray:
    """Spherical angles (radians) from unit vectors ``p`` (n, 3) to the great-circle arcs of
    ``segments`` (m, 4 lon/lat): to the arc's inside where the foot of the perpendicular falls
    on it, else to its nearer end point (zero-length segments are points).

    Shape ``(n, m)``, or ``(n,)`` with ``pairwise`` (point i to segment i, ``n == m``).
    """
    ua = unit_vectors(segments[:, 0], segments[:, 1])
    ub = unit_vectors(segments[:, 2], segments[:, 3])
    n = _cross(ua, ub)
    norm = np.linalg.norm(n, axis=1, keepdims=True)
    arc = norm[:, 0] > 1e-15
    n = np.divide(n, norm, out=np.zeros_like(n), where=norm > 0)
    if pairwise:

        def dot(v: np.ndarray) -> np.ndarray:
            return np.einsum("ij,ij->i", p, v)

        def chord2_to(q: np.ndarray) -> np.ndarray:
            return ((p - q) ** 2).sum(-1)
    else:

        def dot(v: np.ndarray) -> np.ndarray:
            return p @ v.T

        def chord2_to(q: np.ndarray) -> np.ndarray:
            return ((p[:, None, :] - q[None]) ** 2).sum(-1)

    inside = arc & (dot(_cross(n, ua)) >= 0) & (dot(_cross(ub, n)) >= 0) & (dot(ua + ub) > 0)
    cross = np.abs(np.arcsin(np.clip(dot(n), -1, 1)))
    ends = np.minimum(angle_from_chord2(chord2_to(ua)), angle_from_chord2(chord2_to(ub)))
    return np.where(inside, np.minimum(cross, ends), ends)


def _exact_outside(lon: np.ndarray, lat: np.ndarray, prep: PreparedGeometry) -> np.ndarray:
    p = unit_vectors(lon, lat)
    n_ev = lon.size
    # spherical angles to every element (points then segments incl. their end points)
    angles = []
    if len(prep.points):
        q = unit_vectors(prep.points[:, 0], prep.points[:, 1])
        angles.append(angle_from_chord2(((p[:, None, :] - q[None, :, :]) ** 2).sum(-1)))
    if len(prep.segments):
        angles.append(segment_angles(p, prep.segments))
    ang = np.concatenate(angles, axis=1)
    upper = (A_AXIS * (ang + prep.eps)).min(axis=1)
    need = B_AXIS * (ang - prep.eps) <= upper[:, None] * (1 + _REL)
    rows, cols = np.nonzero(need)
    dist = np.full(rows.shape, np.inf)
    k = len(prep.points)
    is_pt = cols < k
    if is_pt.any():
        q = prep.points[cols[is_pt]]
        dist[is_pt] = point_distance_m(lon[rows[is_pt]], lat[rows[is_pt]], q[:, 0], q[:, 1])
    if (~is_pt).any():
        seg = prep.segments[cols[~is_pt] - k]
        r = rows[~is_pt]
        dist[~is_pt] = segment_distance_m(lon[r], lat[r], *seg.T)
    out = np.full(n_ev, np.inf)
    np.minimum.at(out, rows, dist)
    return out


# --------------------------------------------------------------------------- event index


class EventIndex:
    """Event points sorted into a (reduced latitude, longitude) grid for cap queries."""

    def __init__(self, lon: np.ndarray, lat: np.ndarray, cell: float = np.radians(0.25)):
        lon = np.asarray(lon, dtype=float)
        lat = np.asarray(lat, dtype=float)
        self.n = lon.size
        self.cell = float(cell)
        beta = reduced_latitude(lat)
        lam = np.radians(lon)
        self.beta0 = float(beta.min()) if self.n else 0.0
        self.lam0 = float(lam.min()) if self.n else 0.0
        rows = np.floor((beta - self.beta0) / self.cell).astype(np.int64)
        cols = np.floor((lam - self.lam0) / self.cell).astype(np.int64)
        self.nrows = int(rows.max()) + 1 if self.n else 1
        self.ncols = int(cols.max()) + 1 if self.n else 1
        key = rows * self.ncols + cols
        self.order = np.argsort(key, kind="stable")
        self.key = key[self.order]
        self.lon = lon[self.order]
        self.lat = lat[self.order]
        uv = unit_vectors(self.lon, self.lat)
        self.x = np.ascontiguousarray(uv[:, 0])
        self.y = np.ascontiguousarray(uv[:, 1])
        self.z = np.ascontiguousarray(uv[:, 2])

    def cap_slices(self, center: np.ndarray, radius: float) -> list[tuple[int, int]]:
        """Contiguous ranges of sorted events that may lie within ``radius`` of ``center``."""
        if self.n == 0:
            return []
        beta_c = float(np.arcsin(np.clip(center[2], -1, 1)))
        lam_c = float(np.arctan2(center[1], center[0]))
        radius = radius + 1e-9
        if radius >= np.pi or abs(beta_c) + radius >= np.pi / 2:
            lon_ranges = [(-np.pi, np.pi)]
        else:
            dlam = float(np.arcsin(min(1.0, np.sin(radius) / np.cos(beta_c))))
            lo, hi = lam_c - dlam, lam_c + dlam
            lon_ranges = [(lo, hi)]
            if lo < -np.pi:
                lon_ranges = [(-np.pi, hi), (lo + 2 * np.pi, np.pi)]
            elif hi > np.pi:
                lon_ranges = [(lo, np.pi), (-np.pi, hi - 2 * np.pi)]
        r0 = max(0, int(np.floor((beta_c - radius - self.beta0) / self.cell)))
        r1 = min(self.nrows - 1, int(np.floor((beta_c + radius - self.beta0) / self.cell)))
        if r1 < r0:
            return []
        rows = np.arange(r0, r1 + 1)
        out: list[tuple[int, int]] = []
        for lo, hi in lon_ranges:
            c0 = max(0, int(np.floor((lo - self.lam0) / self.cell)))
            c1 = min(self.ncols - 1, int(np.floor((hi - self.lam0) / self.cell)))
            if c1 < c0:
                continue
            starts = np.searchsorted(self.key, rows * self.ncols + c0, "left")
            stops = np.searchsorted(self.key, rows * self.ncols + c1, "right")
            out += [(int(a), int(b)) for a, b in zip(starts, stops, strict=True) if b > a]
        return _merge_ranges(out)


def _merge_ranges(ranges: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for a, b in sorted(ranges):
        if merged and a <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], b))
        else:
            merged.append((a, b))
    return merged


# --------------------------------------------------------------------------- radius membership


@dataclass
class ProjectHits:
    """Events (positions in EventIndex order) within the largest radius of one project."""

    positions: np.ndarray  # int64, sorted-order positions of events within the largest radius
    ring: np.ndarray  # int8: index of the smallest radius containing the event
    nearest_positions: np.ndarray  # candidates for the nearest event (exact distance known)
    nearest_m: np.ndarray  # their exact distances (m)


def _thresholds(radii_m: np.ndarray, eps: float) -> tuple[np.ndarray, np.ndarray]:
    """Squared-chord thresholds: <= inner[k] is surely within radius k, > outer[k] surely not."""
    inner = chord2(radii_m / A_AXIS - eps) * (1 - _REL) - _ABS
    outer = chord2(radii_m / B_AXIS + eps) * (1 + _REL) + _ABS
    return np.asarray(inner), np.asarray(outer)


def default_threads() -> int:
    """Threads for :func:`radius_hits`: ``MAPPER_THREADS`` or the CPU count, at most 4."""
    value = os.environ.get("MAPPER_THREADS")
    if value and value.isdigit() and int(value) > 0:
        return int(value)
    return max(1, min(4, os.cpu_count() or 1))


def radius_hits(
    index: EventIndex,
    projects: Sequence[PreparedGeometry],
    radii_m: Sequence[float],
    *,
    nearest: bool = True,
    threads: int | None = None,
) -> Iterator[ProjectHits]:
    """For each prepared project, the events within each radius (exact) and the nearest event.

    ``radii_m`` must be ascending. Yields one :class:`ProjectHits` per project, in order.
    Projects are measured on ``threads`` threads (numpy and pyproj release the GIL); the
    result does not depend on the number of threads.
    """
    radii = np.asarray(radii_m, dtype=float)
    if threads is None:  # threads only pay off on large event sets
        threads = default_threads() if index.n >= 50_000 else 1
    local = threading.local()

    def measure(prep: PreparedGeometry) -> ProjectHits:
        scratch = getattr(local, "scratch", None)
        if scratch is None:  # one scratch array per thread, reset after each project
            scratch = local.scratch = np.full(index.n, np.inf)
        return _project_hits(index, prep, radii, scratch, nearest)

    if threads <= 1 or len(projects) < 2:
        yield from map(measure, projects)
        return
    with ThreadPoolExecutor(max_workers=threads) as pool:
        yield from pool.map(measure, projects)


def _project_hits(
    index: EventIndex,
    prep: PreparedGeometry,
    radii: np.ndarray,
    scratch: np.ndarray,
    nearest: bool,
) -> ProjectHits:
    inner, outer = _thresholds(radii, prep.eps)
    reach = radii[-1] / B_AXIS + prep.eps
    touched: list[tuple[int, int]] = []
    for chunk in prep.chunks:
        extra = 0.0 if chunk.polygon is not None else reach
        for batch in _batches(index.cap_slices(chunk.center, chunk.radius + extra)):
            if len(batch) == 1:  # one contiguous range: work on views
                (a, b), sel = batch[0], slice(batch[0][0], batch[0][1])
            else:
                sel = np.concatenate([np.arange(a, b) for a, b in batch])
            scratch[sel] = np.minimum(scratch[sel], _chunk_d2(chunk, index, sel, extra))
            touched += batch
    ranges = _merge_ranges(touched)
    if ranges:
        pos = np.concatenate([np.arange(a, b) for a, b in ranges])
        d2 = np.concatenate([scratch[a:b] for a, b in ranges])
        for a, b in ranges:
            scratch[a:b] = np.inf
    else:
        pos = np.zeros(0, dtype=np.int64)
        d2 = np.zeros(0)
    return _classify(index, prep, radii, inner, outer, pos, d2, nearest, reach)


def _batches(ranges: list[tuple[int, int]], size: int = 65_536) -> Iterator[list]:
    """Group small ranges so that numpy works on arrays of useful size."""
    batch: list[tuple[int, int]] = []
    count = 0
    for a, b in ranges:
        batch.append((a, b))
        count += b - a
        if count >= size:
            yield batch
            batch, count = [], 0
    if batch:
        yield batch


def _chunk_d2(chunk: _Chunk, index: EventIndex, sel, reach: float = np.pi) -> np.ndarray:
    """Squared chords from the selected events to a chunk (inf beyond ``reach`` of its cap)."""
    if chunk.polygon is None:
        x, y, z = index.x[sel], index.y[sel], index.z[sel]
        cap = chunk.radius + reach
        if len(chunk.points) + len(chunk.seg_n) < 4 or cap >= np.pi / 2:
            return _approx_d2(chunk, x, y, z)
        # many elements: first drop the grid box's corners outside the cap (5 flops an event)
        c = chunk.center
        near = np.flatnonzero(x * c[0] + y * c[1] + z * c[2] >= np.cos(cap + 1e-9))
        d2 = np.full(x.size, np.inf)
        d2[near] = _approx_d2(chunk, x[near], y[near], z[near])
        return d2
    lon, lat = index.lon[sel], index.lat[sel]
    d2 = np.full(lon.size, np.inf)
    x0, y0, x1, y1 = shapely.bounds(chunk.polygon)
    box = np.flatnonzero((lon >= x0) & (lon <= x1) & (lat >= y0) & (lat <= y1))
    if box.size:
        d2[box[shapely.contains_xy(chunk.polygon, lon[box], lat[box])]] = 0.0
    return d2


def _classify(
    index: EventIndex,
    prep: PreparedGeometry,
    radii: np.ndarray,
    inner: np.ndarray,
    outer: np.ndarray,
    pos: np.ndarray,
    d2: np.ndarray,
    nearest: bool,
    covered: float,
) -> ProjectHits:
    k = len(radii)
    near_pos = np.zeros(0, dtype=np.int64)
    near_m = np.zeros(0)
    if nearest:
        near_pos, near_m = _nearest(index, prep, pos, d2, covered)
    keep = d2 <= outer[-1]
    pos, d2 = pos[keep], d2[keep]
    ring_lo = _count_below(outer, d2)  # radii surely excluded
    ring = _count_below(inner, d2)  # index of the first radius surely containing the event
    undecided = np.flatnonzero(ring_lo != ring)
    if undecided.size:
        up = pos[undecided]
        exact = _exact_known(up, near_pos, near_m)
        todo = np.isnan(exact)
        if todo.any():
            exact[todo] = exact_distance_m(index.lon[up[todo]], index.lat[up[todo]], prep)
        ring[undecided] = np.searchsorted(radii, exact, "left")
    inside = ring < k
    return ProjectHits(pos[inside], ring[inside].astype(np.int8), near_pos, near_m)


def _count_below(thresholds: np.ndarray, values: np.ndarray) -> np.ndarray:
    """For each value, how many (ascending) thresholds are strictly below it."""
    if thresholds.size > 8:
        return np.searchsorted(thresholds, values, "left").astype(np.int8)
    out = np.zeros(values.shape, dtype=np.int8)
    for t in thresholds:
        out += values > t
    return out


def _exact_known(pos: np.ndarray, known_pos: np.ndarray, known_m: np.ndarray) -> np.ndarray:
    out = np.full(pos.shape, np.nan)
    if known_pos.size:
        order = np.argsort(known_pos)
        at = np.searchsorted(known_pos[order], pos)
        at = np.minimum(at, known_pos.size - 1)
        hit = known_pos[order][at] == pos
        out[hit] = known_m[order][at[hit]]
    return out


def _nearest(
    index: EventIndex, prep: PreparedGeometry, pos: np.ndarray, d2: np.ndarray, covered: float
) -> tuple[np.ndarray, np.ndarray]:
    """Candidates for the nearest event with their exact distances.

    ``pos``/``d2`` hold every event within the spherical angle ``covered`` of the geometry. When
    the closest candidate's bracket reaches beyond ``covered``, an event outside could be
    closer, so the search widens until the bracket is covered (or the whole sphere is).
    """
    if index.n == 0:
        return np.zeros(0, dtype=np.int64), np.zeros(0)
    while True:
        if np.isfinite(d2).any():
            s_min = float(angle_from_chord2(np.array([d2.min()]))[0])
            bound = (A_AXIS / B_AXIS) * (s_min + prep.eps) + prep.eps
            if bound <= covered or covered >= np.pi:
                break
            covered = min(np.pi, 2 * bound)
        else:
            covered = min(np.pi, max(4 * covered, np.pi / 64))
        ranges: list[tuple[int, int]] = []
        for chunk in prep.chunks:
            extra = 0.0 if chunk.polygon is not None else covered
            ranges += index.cap_slices(chunk.center, chunk.radius + extra)
        ranges = _merge_ranges(ranges)
        pos = np.concatenate([np.arange(a, b) for a, b in ranges]) if ranges else pos[:0]
        d2 = np.full(pos.size, np.inf)
        for chunk in prep.chunks:
            np.minimum(d2, _chunk_d2(chunk, index, pos), out=d2)
    cand = np.flatnonzero(d2 <= chord2(bound) * (1 + _REL) + _ABS)
    cpos = pos[cand]
    return cpos, exact_distance_m(index.lon[cpos], index.lat[cpos], prep)
