"""Benchmark event loading and synthetic generation (run on demand, not in the test suite).

    /work/venv/bin/python benchmarks/bench_events.py --rows 1000000

Reports seconds and ratios against baselines measured in the same run:
- synthetic_events(N) vs building N random shapely points (the floor for any events frame);
- load_events(CSV of N synthetic rows) vs pandas.read_csv(dtype=str) of the same file.
"""

from __future__ import annotations

import argparse
import resource
import tempfile
import time
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd

from mapper.sources import load_events
from mapper.sources.synthetic import synthetic_events, to_csv


def timed(func, *args, **kwargs):
    start = time.perf_counter()
    result = func(*args, **kwargs)
    return result, time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    args = parser.parse_args()
    n = args.rows

    rng = np.random.default_rng(0)
    _, t_points = timed(gpd.points_from_xy, rng.random(n) + 95, rng.random(n) + 20)
    events, t_syn = timed(synthetic_events, n, seed=0)
    print(
        f"synthetic_events({n:,}): {t_syn:.2f} s; random points baseline {t_points:.2f} s;"
        f" ratio {t_syn / t_points:.1f}x"
    )

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "events.csv"
        to_csv(events, path)
        del events
        _, t_pandas = timed(pd.read_csv, path, dtype=str, keep_default_na=False)
        loaded, t_load = timed(load_events, path)
        assert len(loaded) == n
        print(
            f"load_events({n:,} rows CSV): {t_load:.2f} s; pandas.read_csv baseline"
            f" {t_pandas:.2f} s; ratio {t_load / t_pandas:.1f}x"
        )
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1e6
    print(f"peak RSS: {peak:.2f} GB")


if __name__ == "__main__":
    main()
