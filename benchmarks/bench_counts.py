"""Benchmark: area-count proximity (proximity_from_counts) vs. the buffer-per-radius baseline.

    python benchmarks/bench_counts.py             # shipped township counts x catalogue
    python benchmarks/bench_counts.py --repeat 5

Data: the shipped UCDP GED township counts (``embedded_counts("township")``, ~354 polygons)
and the shipped projects catalogue. Timed work: per-project counts for the radii given.

Baseline, timed in the same run on the same data: the previous implementation, which built a
geodesic buffer (azimuthal equidistant around the project) for every project and radius and
queried an STRtree of the areas with it. mapper now measures the exact geodesic distance from
each project to each nearby area once and groups all radii from it. The machine is shared, so
absolute times are noisy; ratios from the same run are what count. Regions are skipped
(``areas=False``) on both sides so that only the counting is compared.

Where counts differ, the baseline is the one that is wrong: its buffer is a polygon whose edges
are chords of the true circle, so it misses areas a few metres inside the radius (the 20-radius
sweep shows 4 such (project, radius) cells; their areas are 3-10 m inside by brute force).
"""

from __future__ import annotations

import argparse
import time

import numpy as np
import shapely

from mapper.analysis import proximity_from_counts
from mapper.analysis.counts_based import geodesic_buffer


def baseline(counts, projects, radii) -> np.ndarray:
    """Per-project counts by buffering every project at every radius (the previous method)."""
    tree = shapely.STRtree(np.asarray(counts.geometry.values, dtype=object))
    events = counts["events"].to_numpy()
    out = np.zeros((len(projects), len(radii)), dtype=np.int64)
    for p, geom in enumerate(projects.geometry):
        for j, r in enumerate(radii):
            hit = tree.query(geodesic_buffer(geom, r * 1000.0), predicate="intersects")
            out[p, j] = events[hit].sum()
    return out


def best_of(repeat: int, fn) -> tuple[float, object]:
    times, value = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        value = fn()
        times.append(time.perf_counter() - start)
    return min(times), value


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    from mapper.sources.embedded_counts import embedded_counts
    from mapper.sources.projects import load_projects

    counts, projects = embedded_counts("township"), load_projects()
    print(f"{len(counts)} township polygons x {len(projects)} projects")
    proximity_from_counts(counts, projects, 10, areas=False)  # warm-up (imports, caches)
    for radii in ((10,), (5, 10, 25, 50), tuple(range(5, 101, 5))):
        t_new, result = best_of(
            args.repeat, lambda r=radii: proximity_from_counts(counts, projects, r, areas=False)
        )
        t_old, old = best_of(
            1 if len(radii) > 4 else args.repeat, lambda r=radii: baseline(counts, projects, r)
        )
        new = np.column_stack([result.projects[f"events_{r}km"] for r in radii])
        same = "identical" if np.array_equal(new, old) else f"{int((new != old).sum())} differ"
        print(
            f"{len(radii):3d} radii: mapper {t_new:6.3f} s, buffer baseline {t_old:6.3f} s,"
            f" {t_old / t_new:5.1f}x faster; counts {same}"
        )


if __name__ == "__main__":
    main()
