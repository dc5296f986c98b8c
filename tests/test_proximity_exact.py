"""The distance engine equals a brute-force geodesic computation (pyproj.Geod) on WGS84.

The brute force knows nothing of the engine's bracket, grid or solver: it samples every
geodesic edge every few hundred metres with Geod.inv_intermediate, takes the closest sample and
refines it by golden-section search along the edge (Geod.fwd + Geod.inv), and tests polygon
interiors on rings densified every 50 m.
"""

from __future__ import annotations

import numpy as np
import pytest
import shapely
from pyproj import Geod

from mapper.analysis.distance import (
    A_AXIS,
    B_AXIS,
    EventIndex,
    exact_distance_m,
    prepare_geometry,
    radius_hits,
    segment_distance_m,
    segment_eps,
    unit_vectors,
)

GEOD = Geod(ellps="WGS84")
RADII_M = np.array([1_000.0, 5_000.0, 10_000.0, 25_000.0, 50_000.0])


# --------------------------------------------------------------------------- brute force


def _edge_distance(lon, lat, a, b, step_m=300.0):
    """Brute-force distance from points to the geodesic edge a-b (sample, then refine)."""
    line = GEOD.inv_intermediate(
        a[0],
        a[1],
        b[0],
        b[1],
        del_s=step_m,
        initial_idx=0,
        terminus_idx=0,
        return_back_azimuth=True,
    )
    az, _, length = GEOD.inv(a[0], a[1], b[0], b[1])
    n = line.npts
    samples = np.linspace(0.0, length, n)
    slon, slat, _ = GEOD.fwd(np.full(n, a[0]), np.full(n, a[1]), np.full(n, az), samples)
    d = GEOD.inv(
        np.repeat(lon, n), np.repeat(lat, n), np.tile(slon, lon.size), np.tile(slat, lon.size)
    )[2].reshape(lon.size, n)
    best = d.argmin(axis=1)
    spacing = samples[1] - samples[0] if n > 1 else 0.0
    lo = np.clip(samples[best] - spacing, 0, length)
    hi = np.clip(samples[best] + spacing, 0, length)

    def f(t):
        plon, plat, _ = GEOD.fwd(
            np.full(t.size, a[0]), np.full(t.size, a[1]), np.full(t.size, az), t
        )
        return np.asarray(GEOD.inv(plon, plat, lon, lat)[2])

    g = (np.sqrt(5) - 1) / 2
    for _ in range(60):  # golden section: bracket shrinks to ~1e-12 of the sample spacing
        c, e = hi - g * (hi - lo), lo + g * (hi - lo)
        left = f(c) < f(e)
        hi = np.where(left, e, hi)
        lo = np.where(left, lo, c)
    return np.minimum(f((lo + hi) / 2), d.min(axis=1))


def brute_force_m(lon, lat, geom):
    """Geodesic distance (m) from points to a lon/lat geometry with geodesic edges."""
    lon, lat = np.asarray(lon, float), np.asarray(lat, float)
    out = np.full(lon.size, np.inf)
    for part in shapely.get_parts(geom):
        if part.geom_type == "Point":
            out = np.minimum(
                out, GEOD.inv(lon, lat, np.full(lon.size, part.x), np.full(lon.size, part.y))[2]
            )
            continue
        rings = [part] if part.geom_type == "LineString" else [part.exterior, *part.interiors]
        for ring in rings:
            xy = shapely.get_coordinates(ring)
            for a, b in zip(xy[:-1], xy[1:], strict=True):
                out = np.minimum(out, _edge_distance(lon, lat, a, b))
        if part.geom_type == "Polygon":
            dense = shapely.segmentize(part, 0.0005)  # ~50 m vertex spacing
            out[shapely.contains_xy(dense, lon, lat)] = 0.0
    return out


# --------------------------------------------------------------------------- cases


def _at_distance(rng, geom, distances_m):
    """Points placed at known geodesic distances from a point or line (perpendicular offsets)."""
    lon, lat = [], []
    for d in distances_m:
        if geom.geom_type == "Point":
            x, y, _ = GEOD.fwd(geom.x, geom.y, rng.uniform(0, 360), d)
        else:
            xy = shapely.get_coordinates(geom)
            i = rng.integers(len(xy) - 1)
            az, _, length = GEOD.inv(*xy[i], *xy[i + 1])
            fx, fy, back = GEOD.fwd(*xy[i], az, rng.uniform(0.3, 0.7) * length)
            x, y, _ = GEOD.fwd(fx, fy, back + 180 + rng.choice([-90, 90]), d)
        lon.append(x)
        lat.append(y)
    return np.array(lon), np.array(lat)


GEOMETRIES = {
    "point": shapely.Point(96.1, 21.9),
    "line": shapely.LineString([(95.6, 21.2), (96.3, 21.95), (96.9, 22.05), (97.2, 22.9)]),
    "polygon": shapely.Polygon(
        [(96.0, 21.6), (96.35, 21.62), (96.4, 21.9), (96.2, 22.05), (96.02, 21.85)],
        holes=[[(96.15, 21.75), (96.25, 21.75), (96.2, 21.85)]],
    ),
    "high_latitude_line": shapely.LineString([(10.0, 69.5), (11.2, 70.1), (12.0, 69.9)]),
}


def _events(name, geom, seed):
    rng = np.random.default_rng(seed)
    x0, y0, x1, y1 = geom.buffer(0.7).bounds
    lon = rng.uniform(x0, x1, 500)
    lat = rng.uniform(y0, y1, 500)
    if name != "polygon":  # events exactly 1.5 m inside/outside each radius
        offsets = np.concatenate([RADII_M - 1.5, RADII_M + 1.5] * 8)
        elon, elat = _at_distance(rng, geom, offsets)
        lon, lat = np.concatenate([lon, elon]), np.concatenate([lat, elat])
    return lon, lat


@pytest.mark.parametrize("name", sorted(GEOMETRIES))
def test_counts_equal_brute_force(name):
    geom = GEOMETRIES[name]
    lon, lat = _events(name, geom, seed=len(name))
    reference = brute_force_m(lon, lat, geom)
    prep = prepare_geometry(geom, 0.002)
    index = EventIndex(lon, lat, cell=np.radians(0.1))
    (hits,) = radius_hits(index, [prep], RADII_M)
    ring = np.full(lon.size, len(RADII_M))
    ring[index.order[hits.positions]] = hits.ring
    expected = np.searchsorted(RADII_M, reference, "left")
    near_edge = np.min(np.abs(reference[:, None] - RADII_M[None, :]), axis=1) < 1.0
    assert not near_edge.any()  # the adversarial events sit 1.5 m from a radius: all must agree
    assert (ring == expected).all(), np.flatnonzero(ring != expected)
    assert all((ring <= k).sum() > 0 for k in range(len(RADII_M)))  # every radius is exercised
    # nearest event: same distance as the brute force (sub-millimetre)
    assert hits.nearest_m.min() == pytest.approx(reference.min(), abs=1e-3)
    nearest = index.order[hits.nearest_positions[hits.nearest_m.argmin()]]
    assert reference[nearest] == reference.min()


@pytest.mark.parametrize("name", sorted(GEOMETRIES))
def test_exact_distance_matches_brute_force_to_a_millimetre(name):
    geom = GEOMETRIES[name]
    lon, lat = _events(name, geom, seed=7)
    got = exact_distance_m(lon[:300], lat[:300], prepare_geometry(geom, 0.002))
    np.testing.assert_allclose(got, brute_force_m(lon[:300], lat[:300], geom), atol=1e-3)


def test_events_inside_polygon_or_on_line_are_at_zero():
    poly = GEOMETRIES["polygon"]
    prep = prepare_geometry(poly, 0.002)
    inside = exact_distance_m(np.array([96.3, 96.1]), np.array([21.8, 21.7]), prep)
    hole = exact_distance_m(np.array([96.2]), np.array([21.78]), prep)
    assert inside.tolist() == [0.0, 0.0]
    assert hole[0] > 1000  # the hole is not part of the polygon
    line = GEOMETRIES["line"]
    x, y, _ = GEOD.fwd(95.6, 21.2, GEOD.inv(95.6, 21.2, 96.3, 21.95)[0], 12_345.0)
    assert exact_distance_m(np.array([x]), np.array([y]), prepare_geometry(line, 0.002))[0] < 1e-6


def test_segment_solver_reaches_known_perpendicular_distances():
    rng = np.random.default_rng(3)
    a = np.array([94.0, 16.0])
    b = np.array([98.5, 26.0])  # a 1,200 km geodesic
    az, _, length = GEOD.inv(*a, *b)
    t = rng.uniform(0.05, 0.95, 200) * length
    d = rng.uniform(0, 80_000, 200)
    fx, fy, back = GEOD.fwd(np.full(200, a[0]), np.full(200, a[1]), np.full(200, az), t)
    side = rng.choice([-90.0, 90.0], 200)
    px, py, _ = GEOD.fwd(fx, fy, back + 180 + side, d)
    got = segment_distance_m(px, py, *(np.full(200, v) for v in (*a, *b)))
    np.testing.assert_allclose(got, d, atol=1e-4)


def test_sphere_bracket_holds_for_random_pairs():
    """b * S <= geodesic distance <= a * S on the reduced-latitude sphere (the proven bracket)."""
    rng = np.random.default_rng(5)
    lon1, lat1 = rng.uniform(-180, 180, 5000), rng.uniform(-89, 89, 5000)
    lon2, lat2 = lon1 + rng.normal(0, 2, 5000), np.clip(lat1 + rng.normal(0, 2, 5000), -89, 89)
    s = np.arccos(np.clip((unit_vectors(lon1, lat1) * unit_vectors(lon2, lat2)).sum(1), -1, 1))
    d = GEOD.inv(lon1, lat1, lon2, lat2)[2]
    assert (d >= B_AXIS * s * (1 - 1e-12)).all() and (d <= A_AXIS * s * (1 + 1e-12)).all()


def test_great_circle_gap_bound_covers_the_whole_segment():
    """The per-segment slack bounds the geodesic's gap from its great-circle arc everywhere."""
    segs = np.array([[94.0, 16.0, 94.4, 16.3], [95.0, 20.0, 95.3, 20.35], [10.0, 69.0, 10.5, 69.3]])
    eps = segment_eps(segs)
    for (lon1, lat1, lon2, lat2), bound in zip(segs, eps, strict=True):
        az, _, length = GEOD.inv(lon1, lat1, lon2, lat2)
        t = np.linspace(0, length, 401)
        x, y, _ = GEOD.fwd(np.full(t.size, lon1), np.full(t.size, lat1), np.full(t.size, az), t)
        n = np.cross(unit_vectors(lon1, lat1), unit_vectors(lon2, lat2))
        gap = np.abs(np.arcsin(unit_vectors(x, y) @ (n / np.linalg.norm(n))))
        assert gap.max() <= bound
        assert gap.max() > 0  # the geodesic really is off the arc: the bound is not vacuous


def test_nearest_event_beyond_the_largest_radius_is_the_true_nearest():
    """Few events, all beyond the radius: the nearest must not come from the search box's corner."""
    rng = np.random.default_rng(8)
    point = shapely.Point(96.0, 21.0)
    prep = prepare_geometry(point, 0.001)
    failures = 0
    for _ in range(200):
        az = rng.uniform(0, 360, 6)
        dist = rng.uniform(1_100, 6_000, 6)
        lon, lat, _ = GEOD.fwd(np.full(6, 96.0), np.full(6, 21.0), az, dist)
        index = EventIndex(lon, lat, cell=np.radians(0.02))
        (hits,) = radius_hits(index, [prep], [1_000.0])
        assert hits.positions.size == 0
        failures += abs(hits.nearest_m.min() - dist.min()) > 1e-3
    assert failures == 0


def test_threads_do_not_change_the_result():
    rng = np.random.default_rng(12)
    lon, lat = rng.uniform(95.5, 97.5, 3000), rng.uniform(20.5, 22.5, 3000)
    index = EventIndex(lon, lat, cell=np.radians(0.1))
    preps = [prepare_geometry(g, 0.002) for g in GEOMETRIES.values()] * 3
    one = list(radius_hits(index, preps, RADII_M, threads=1))
    two = list(radius_hits(index, preps, RADII_M, threads=2))
    for a, b in zip(one, two, strict=True):
        assert np.array_equal(a.positions, b.positions) and np.array_equal(a.ring, b.ring)
        assert np.array_equal(a.nearest_m, b.nearest_m)
    assert sum(h.positions.size for h in one) > 0
