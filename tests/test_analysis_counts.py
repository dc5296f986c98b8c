"""Area-count proximity: exact project-to-area distances, equality with the buffer method,
regions with the projects lying there, and no pandas warnings on long radius sweeps."""

from __future__ import annotations

import warnings

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
import shapely

from mapper.analysis import proximity, proximity_from_counts, sensitivity
from mapper.analysis.area_distance import project_area_distances
from mapper.analysis.counts_based import geodesic_buffer
from mapper.analysis.distance import GEOD, exact_distance_m, prepare_geometry
from tests.test_proximity import make_events, make_projects

SPACING_M = 40.0  # sampling step of the brute-force reference


def _dense_points(geom) -> np.ndarray:
    """Points every SPACING_M (geodesic) along a geometry's lines and rings, plus its points."""
    out = []
    parts = shapely.get_parts(geom)
    for part in parts:
        if shapely.get_type_id(part) == 0:
            out.append(shapely.get_coordinates(part))
            continue
        lines = [part.exterior, *part.interiors] if shapely.get_type_id(part) == 3 else [part]
        for line in lines:
            xy = shapely.get_coordinates(line)
            for (x1, y1), (x2, y2) in zip(xy[:-1], xy[1:], strict=True):
                n = int(np.ceil(GEOD.inv(x1, y1, x2, y2)[2] / SPACING_M))
                inner = np.asarray(GEOD.npts(x1, y1, x2, y2, n - 1) if n > 1 else []).reshape(-1, 2)
                out += [np.array([[x1, y1]]), inner, np.array([[x2, y2]])]
    return np.concatenate(out)


def brute_force_distance_m(project, area) -> float:
    """Distance between two geometries from dense samples of both (never below the truth)."""
    if shapely.intersects(project, area):
        return 0.0
    a = _dense_points(area)
    p = _dense_points(project)
    one = exact_distance_m(a[:, 0], a[:, 1], prepare_geometry(project, 0.01)).min()
    two = exact_distance_m(p[:, 0], p[:, 1], prepare_geometry(area, 0.01)).min()
    return float(min(one, two))


def _areas(seed: int = 3) -> gpd.GeoDataFrame:
    """Irregular polygons (Voronoi cells of random points) and two counted places (points)."""
    rng = np.random.default_rng(seed)
    pts = shapely.MultiPoint(
        np.column_stack([rng.uniform(95.6, 97.0, 25), rng.uniform(21.3, 22.6, 25)])
    )
    frame = shapely.box(95.6, 21.3, 97.0, 22.6)
    cells = [c.intersection(frame) for c in shapely.get_parts(shapely.voronoi_polygons(pts))]
    geoms = [*cells, shapely.Point(95.75, 22.5), shapely.Point(96.95, 21.35)]
    return gpd.GeoDataFrame(
        {
            "pcode": [f"A{i:02d}" for i in range(len(geoms))],
            "events": rng.integers(1, 50, len(geoms)),
            "deaths": rng.integers(0, 9, len(geoms)),
        },
        geometry=geoms,
        crs="EPSG:4326",
    )


def test_project_area_distances_equal_a_brute_force_reference():
    areas, projects = _areas(), make_projects()
    geoms = list(projects.geometry)
    preps = [prepare_geometry(g, 0.01) for g in geoms]
    pairs = project_area_distances(geoms, preps, list(areas.geometry), 30_000.0)
    trio = zip(pairs.project, pairs.area, pairs.distance_m, strict=True)
    found = {(int(p), int(a)): d for p, a, d in trio}
    checked = 0
    for p, project in enumerate(geoms):
        for a, area in enumerate(areas.geometry):
            ref = brute_force_distance_m(project, area)
            if ref <= 30_000.0 - SPACING_M:
                assert (p, a) in found, (p, a, ref)
            if (p, a) in found:
                d = found[(p, a)]
                assert ref - SPACING_M <= d <= ref + 1e-3, (p, a, d, ref)
                checked += 1 if d > 0 else 0
    assert checked >= 10  # pairs at a positive distance were measured, not only overlaps


def _buffer_method(counts, projects, radius_km) -> np.ndarray:
    """The previous implementation: areas intersecting each project's geodesic buffer."""
    tree = shapely.STRtree(np.asarray(counts.geometry.values, dtype=object))
    events = counts["events"].to_numpy()
    return np.array(
        [
            events[tree.query(geodesic_buffer(g, radius_km * 1000.0), predicate="intersects")].sum()
            for g in projects.geometry
        ]
    )


def assert_same_as_buffer_method(result, counts, projects, radii) -> None:
    """Per-project counts equal the buffer method's, except where the areas in dispute lie
    so close to the radius that the buffer polygon (its edges are chords of the true circle,
    up to 3e-4 of the radius inside it) cannot tell; checked by the brute-force reference."""
    tree = shapely.STRtree(np.asarray(counts.geometry.values, dtype=object))
    for r in radii:
        radius_m = r * 1000.0
        got = result.projects[f"events_{r}km"].to_numpy()
        expected = _buffer_method(counts, projects, r)
        for p in np.flatnonzero(got != expected):
            geom = projects.geometry.iloc[p]
            buffered = set(tree.query(geodesic_buffer(geom, radius_m), predicate="intersects"))
            exact = project_area_distances(
                [geom], [prepare_geometry(geom, 0.01)], list(counts.geometry), radius_m
            )
            for a in buffered ^ set(exact.area.tolist()):
                d = brute_force_distance_m(geom, counts.geometry.iloc[a])
                assert abs(d - radius_m) <= max(SPACING_M, 4e-4 * radius_m), (p, r, a, d)


def test_counts_from_distances_equal_the_buffer_method():
    areas, projects = _areas(seed=5), make_projects()
    result = proximity_from_counts(areas, projects, (3, 12, 30), areas=False)
    assert_same_as_buffer_method(result, areas, projects, (3, 12, 30))


def test_shipped_counts_match_the_buffer_method_and_list_projects_by_region():
    try:
        from mapper.sources.embedded_counts import embedded_counts
        from mapper.sources.projects import load_projects

        counts, projects = embedded_counts("township"), load_projects()
    except Exception as exc:  # no MIMU data or no shipped counts in this environment
        pytest.skip(f"shipped counts or areas unavailable: {exc}")
    result = proximity_from_counts(counts, projects, (5, 25), main_radius_km=25)
    assert_same_as_buffer_method(result, counts, projects, (5, 25))
    regions = result.regions
    assert set(regions["level"]) == {"state", "township"}
    from mapper.areas import assign_areas, load_areas

    points = projects[projects.geom_type == "Point"]
    for level in ("state", "township"):
        codes = assign_areas(points, level, areas=load_areas(level))
        rows = regions[regions["level"] == level].set_index("pcode")
        for pid, code in zip(points["id"], codes, strict=True):
            if pd.notna(code):
                assert pid in rows.loc[code, "projects"], (pid, level, code)
        lying = [p for lst in rows["projects"] for p in lst if p in set(points["id"])]
        assert len(lying) == codes.notna().sum()  # each point project in exactly one area
    # a state's events are the township counts inside it
    states = regions[regions["level"] == "state"]
    assert states["events"].sum() == counts["events"].sum()


def test_state_counts_are_state_regions_without_township_figures():
    try:
        from mapper.sources.embedded_counts import embedded_counts

        counts = embedded_counts("state")
    except Exception as exc:
        pytest.skip(f"shipped counts or areas unavailable: {exc}")
    result = proximity_from_counts(counts, make_projects(), 10)
    assert set(result.regions["level"]) == {"state"}
    assert result.regions["events"].sum() == counts["events"].sum()


def test_long_radius_sweeps_raise_no_pandas_warning():
    events, projects = make_events(300, seed=4), make_projects()
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        table = sensitivity(events, projects, radii_km=range(1, 101))
        result = proximity_from_counts(_areas(), projects, range(1, 101), areas=False)
        many = gpd.GeoDataFrame(  # 120 projects: one monthly column each
            {"id": [f"p{i}" for i in range(120)]},
            geometry=shapely.points(np.column_stack([np.linspace(95.8, 96.8, 120), [21.9] * 120])),
            crs="EPSG:4326",
        )
        monthly = proximity(events, many, (1, 5), areas=False).monthly
    assert monthly.shape[1] == 123
    assert len(table) == 100 and table["near_all"].is_monotonic_increasing
    assert result.projects.shape[1] >= 200
    assert_same_as_buffer_method(result, _areas(), projects, (1, 50, 100))


def test_point_counts_are_summed_into_the_areas_holding_them():
    from tests.test_proximity import make_areas

    states = make_areas()  # W west of 96.3 E, E east of it
    townships = gpd.GeoDataFrame(
        {"pcode": ["W1", "E1"], "name": ["West one", "East one"], "level": "township"},
        geometry=[shapely.box(96.0, 21.7, 96.3, 22.1), shapely.box(96.3, 21.5, 96.7, 21.8)],
        crs="EPSG:4326",
    )
    areas = pd.concat([states, townships], ignore_index=True)
    counts = gpd.GeoDataFrame(
        {
            "place": ["village", "West one", "East state", "far east"],
            "count": [5, 7, 100, 11],
            "level": ["nan", "township", "state", "nan"],
            "pcode": [None, "W1", "E", None],
        },
        geometry=shapely.points([(96.21, 21.9), (96.1, 22.0), (97.2, 22.8), (97.4, 21.1)]),
        crs="EPSG:4326",
    )
    result = proximity_from_counts(counts, make_projects(), 5, areas=areas)
    rows = result.regions.set_index("pcode")
    assert rows.loc["W", "events"] == 12 and rows.loc["E", "events"] == 111
    assert rows.loc["W1", "events"] == 12  # the village inside it, and its own count
    assert "E1" not in rows.index or rows.loc["E1", "events"] == 0  # a state count is no town's
    assert rows.loc["W", "near_any"] == 5  # only the village lies within 5 km of the plant
    assert rows.loc["W", "projects"] == ["pipeline", "plant"]
    assert rows.loc["E1", "projects"] == ["zone"]
    assert rows.loc["W1", "projects"] == ["pipeline", "plant"]
    assert result.method["regions"] == "areas supplied by the caller"
