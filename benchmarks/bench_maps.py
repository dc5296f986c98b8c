"""Benchmark maps of 1k, 100k and 1M synthetic events (run on demand, not in the test suite).

    /work/venv/bin/python benchmarks/bench_maps.py [--sizes 1000 100000 1000000]

For each size: build_map (events + projects catalogue + areas) and save_map(self_contained=True)
time, the HTML size, and the page's load time in headless Chromium (navigation start to the load
event, all map scripts run) with the page errors. Targets at 1M events: <= 10 MB, <= 10 s to
write, <= 3 s to load with no errors. The baseline, measured in the same run, is the same map
without events; ratios are against it. Needs .ci/node_modules (run .ci/assets.sh) and chromium.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))  # tests.browser: the Chromium probe the browser tests use


def timed(func, *args, **kwargs):
    start = time.perf_counter()
    result = func(*args, **kwargs)
    return result, time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000, 100_000, 1_000_000])
    parser.add_argument("--no-browser", action="store_true", help="skip the Chromium load")
    args = parser.parse_args()

    tmp = Path(tempfile.mkdtemp(prefix="bench-maps-"))
    os.environ.setdefault("MAPPER_CACHE_DIR", str(tmp / "cache"))
    from mapper.areas import load_areas
    from mapper.maps import build_map, save_map
    from mapper.maps.assets import fetch_assets
    from mapper.sources.projects import load_projects
    from mapper.sources.synthetic import synthetic_events
    from tests.browser import probe

    fetch_assets(REPO / ".ci" / "node_modules")
    chromium = None if args.no_browser else shutil.which("chromium")
    projects = load_projects()
    areas = {level: load_areas(level) for level in ("state", "township")}

    def run(label: str, events) -> dict:
        m, t_build = timed(build_map, events, projects, areas=areas)
        out = tmp / f"{label}.html"
        _, t_save = timed(save_map, m, out, self_contained=True)
        row = {"label": label, "build_s": t_build, "save_s": t_save, "mb": out.stat().st_size / 1e6}
        if chromium:
            report = probe(chromium, out, budget_ms=8000)
            row["load_ms"] = report["load_ms"]
            row["errors"] = len(report["errors"])
        return row

    import mapclassify  # noqa: F401  (imported lazily by the first choropleth: not timed)

    base = run("baseline (no events)", None)
    rows = [base]
    for n in args.sizes:
        events, t_gen = timed(synthetic_events, n, seed=0)
        row = run(f"{n:,} events", events)
        row["gen_s"] = t_gen
        rows.append(row)
        del events
    print(
        f"{'map':>22} {'build s':>8} {'save s':>7} {'write s':>8} {'MB':>6} {'load ms':>8}"
        f" {'errors':>6} {'write x':>8} {'load x':>7}"
    )
    base_write = base["build_s"] + base["save_s"]
    for row in rows:
        write = row["build_s"] + row["save_s"]
        load = row.get("load_ms", float("nan"))
        print(
            f"{row['label']:>22} {row['build_s']:8.2f} {row['save_s']:7.2f} {write:8.2f}"
            f" {row['mb']:6.2f} {load:8.0f} {row.get('errors', -1):6d}"
            f" {write / base_write:8.1f} {load / base.get('load_ms', float('nan')):7.1f}"
        )
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory (this process): {peak:.0f} MB; pages in {tmp}")


if __name__ == "__main__":
    main()
