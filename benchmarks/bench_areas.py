"""Benchmark the derived administrative areas (run on demand, not in the test suite).

    /work/venv/bin/python benchmarks/bench_areas.py [--shared ../shared]

Reports, with ratios against baselines measured in the same run:
- cold derivation (MIMU points -> Voronoi -> dissolve -> clip, both levels, cache written) vs
  reading the MIMU village table alone (the floor for any derivation from it);
- warm load (``load_areas`` from the GeoParquet cache) vs ``geopandas.read_parquet`` of it;
- peak RSS of the process (derivation dominates);
- IoU against MIMU's published boundaries when ``../shared/data/mimu_boundaries`` is present.
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


def _iou_summary(shared: Path) -> None:
    from mapper.areas import area_iou, load_areas

    folder = shared / "data" / "mimu_boundaries"
    if not folder.is_dir():
        print(f"IoU: skipped ({folder} not found)")
        return
    ref_states = gpd.read_file(folder / "mmr_adm1_15units_dissolved.geojson")
    ref_states["pcode"] = ref_states["mimu_st_pcodes"].str.split("|").str[0]
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=Path(__file__).parents[1] / "../shared")
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


if __name__ == "__main__":
    main()
