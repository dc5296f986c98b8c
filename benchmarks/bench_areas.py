"""Benchmark the derived administrative areas (run on demand, not in the test suite).

    /work/venv/bin/python benchmarks/bench_areas.py [--shared ../shared]

Reports, with ratios against baselines measured in the same run:
- cold derivation (MIMU points -> Voronoi -> dissolve -> clip, both levels, cache written) vs
  reading the MIMU village table alone (the floor for any derivation from it);
- warm load (``load_areas`` from the GeoParquet cache) vs ``geopandas.read_parquet`` of it;
- peak RSS of the process (derivation dominates);
- IoU against MIMU's published boundaries when ``../shared/data/mimu_boundaries`` is present;
- with ``--ceiling``, how far any assignment of land to the nearest MIMU village can go: state
  IoU counted on a ~1.6 km grid of cells inside the land outline only (so the coast, where the
  outline and MIMU disagree, is left out), for plain nearest-village labels (what the Voronoi
  cells give) and for labels weighted by each village's spacing (a sparse village claims more
  land: distance divided by the distance to its 8th neighbour, square-rooted).
"""

from __future__ import annotations

import argparse
import os
import resource
import tempfile
import time
from pathlib import Path

import geopandas as gpd


def timed(func, *args, **kwargs):
    start = time.perf_counter()
    result = func(*args, **kwargs)
    return result, time.perf_counter() - start


def _mimu_states(shared: Path, what: str) -> gpd.GeoDataFrame | None:
    """MIMU's 15 states/regions (``pcode`` the first MIMU code of each), or None (said) when
    ``../shared`` is absent."""
    folder = shared / "data" / "mimu_boundaries"
    if not folder.is_dir():
        print(f"{what}: skipped ({folder} not found)")
        return None
    states = gpd.read_file(folder / "mmr_adm1_15units_dissolved.geojson")
    states["pcode"] = states["mimu_st_pcodes"].str.split("|").str[0]
    return states


def _iou_summary(shared: Path) -> None:
    from mapper.areas import area_iou, load_areas

    ref_states = _mimu_states(shared, "IoU")
    if ref_states is None:
        return
    folder = shared / "data" / "mimu_boundaries"
    names = dict(zip(ref_states["pcode"], ref_states["name"], strict=True))
    ref_towns = gpd.read_file(folder / "mmr_adm3_townships_mimu.geojson")
    ref_towns = ref_towns.rename(columns={"TS_PCODE": "pcode"})
    states = area_iou(load_areas("state"), ref_states).rename(names)
    towns = load_areas("township")
    same = area_iou(towns, ref_towns)
    matched = area_iou(towns, ref_towns, match_codes=True)
    print(
        f"IoU states/regions vs MIMU 9.3: min {states.min():.3f} median {states.median():.3f}"
        f" >=0.9: {(states >= 0.9).sum()}/{len(states)}"
    )
    print("  lowest: " + ", ".join(f"{k} {v:.3f}" for k, v in states.head(5).items()))
    print(
        f"IoU townships: median {same.median():.3f} (same code, n={len(same)}),"
        f" {matched.median():.3f} (P-code releases matched, n={len(matched)})"
    )


def _ceiling(shared: Path, step: float = 0.015, neighbours: int = 24) -> None:
    """State IoU of nearest-village labels on land cells (see the module docstring)."""
    import numpy as np
    import shapely
    from scipy.spatial import cKDTree

    import mapper.areas as areas

    ref = _mimu_states(shared, "ceiling")
    if ref is None:
        return
    points = areas._seed_points()
    outline = areas._land_outline(points)
    lon0, lat0, lon1, lat1 = areas._MYANMAR_BOX
    grid_x, grid_y = np.meshgrid(
        np.arange(lon0, lon1, step / areas._LON_SCALE), np.arange(lat0, lat1, step)
    )
    land = shapely.contains_xy(outline, grid_x.ravel(), grid_y.ravel())
    cells_x, cells_y = grid_x.ravel()[land], grid_y.ravel()[land]
    truth = np.full(len(cells_x), "", dtype=object)
    for code, geom in zip(ref["pcode"], ref.geometry, strict=True):
        truth[shapely.contains_xy(geom, cells_x, cells_y)] = code
    seeds = np.column_stack([points["longitude"] * areas._LON_SCALE, points["latitude"]])
    tree = cKDTree(seeds)
    dist, idx = tree.query(np.column_stack([cells_x * areas._LON_SCALE, cells_y]), k=neighbours)
    states = points["state_pcode"].map(areas.merged_state_pcode).to_numpy()
    spacing = tree.query(seeds, k=9)[0][:, -1]
    nearest = states[idx[:, 0]]
    weighted = states[idx[np.arange(len(idx)), np.argmin(dist / np.sqrt(spacing[idx]), axis=1)]]
    names = dict(zip(ref["pcode"], ref["name"], strict=True))
    for label, guess in (("nearest village", nearest), ("spacing-weighted", weighted)):
        iou = {
            names[code]: ((guess == code) & (truth == code)).sum()
            / ((guess == code) | (truth == code)).sum()
            for code in names
        }
        low = sorted(iou.items(), key=lambda item: item[1])[:3]
        print(
            f"ceiling, {label} on {len(cells_x):,} land cells: lowest "
            + ", ".join(f"{name} {value:.3f}" for name, value in low)
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=Path(__file__).parents[1] / "../shared")
    parser.add_argument("--ceiling", action="store_true", help="also measure the land-only ceiling")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as cache:
        os.environ["MAPPER_CACHE_DIR"] = cache
        import mapper.areas as areas
        from mapper.gazetteer import mimu

        _, t_read = timed(mimu._read, "SELECT * FROM villages")
        rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1e3
        _, t_cold = timed(areas.load_areas, "township")
        rss_after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1e3
        print(
            f"cold derivation (both levels, cached): {t_cold:.2f} s; reading the MIMU villages"
            f" {t_read:.2f} s; ratio {t_cold / t_read:.1f}x"
        )
        cached = next((Path(cache) / "areas").glob("derived-*.parquet"))
        areas._derived.cache_clear()
        _, t_warm = timed(areas.load_areas, "township")
        _, t_parquet = timed(gpd.read_parquet, cached)
        print(
            f"warm load_areas: {t_warm * 1e3:.0f} ms; read_parquet baseline"
            f" {t_parquet * 1e3:.0f} ms; ratio {t_warm / t_parquet:.1f}x"
            f" (cache {cached.stat().st_size / 1e6:.1f} MB)"
        )
        print(f"peak RSS: {rss_after:.0f} MB (before deriving {rss_before:.0f} MB)")
        _iou_summary(args.shared.resolve())
        if args.ceiling:
            _ceiling(args.shared.resolve())


if __name__ == "__main__":
    main()
