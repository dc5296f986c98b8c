"""Benchmark the gazetteer build and batch geocoding (run on demand, not in the test suite).

    python benchmarks/bench_geocode.py            # full run (50,000 names)
    python benchmarks/bench_geocode.py --quick    # 10,000 names

Measures, in one run:
- cold build: ``build_gazetteer()`` in a fresh process with an empty cache dir (wall and CPU
  seconds, peak RSS of that process); target <= 15 s;
- warm load: ``load_gazetteer()`` from the cache in a fresh process;
- warm batch throughput of ``mapper.geocoding.geocode`` on mostly distinct, realistic queries
  (suffixes, qualifiers, Burmese, respellings); target >= 20,000 names/s; measured with the
  default (forked workers on every CPU) and serially (``workers=1``), results compared;
- two baselines measured in the same run on a sample: a naive linear scan of every alias per
  name, and geopy-style one-by-one ``OfflineGeocoder.geocode`` calls; the ratios are printed;
- peak memory (max RSS) of the benchmark process; target <= 1 GB; and of the forked batch
  workers (largest worker RSS; parent RSS + workers' unique memory), sampled with psutil.
"""

from __future__ import annotations

import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
_CHILD = """
import json, resource, sys, time
t0, c0 = time.perf_counter(), time.process_time()
from mapper.gazetteer import {func}
gaz = {func}()
out = {{"wall_s": time.perf_counter() - t0, "cpu_s": time.process_time() - c0,
       "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
       "places": len(gaz.places)}}
print(json.dumps(out))
"""


def _child(func: str, cache: str) -> dict:
    env = {**os.environ, "MAPPER_CACHE_DIR": cache}
    proc = subprocess.run(
        [sys.executable, "-c", _CHILD.format(func=func)],
        capture_output=True,
        text=True,
        env=env,
        cwd=REPO,
        check=True,
    )
    return json.loads(proc.stdout.strip().splitlines()[-1])


class ChildMemory:
    """Samples, while running, the memory of this process's children (the forked workers):
    the largest child RSS and the largest footprint = own RSS + children's unique memory (USS;
    pages shared with this process after fork are not counted twice). Needs psutil."""

    def __init__(self) -> None:
        self.max_child_rss_mb = 0.0
        self.max_footprint_mb = 0.0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> ChildMemory:
        self._thread.start()
        return self

    def __exit__(self, *_: object) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        try:
            import psutil
        except ImportError:
            return
        me = psutil.Process()
        while not self._stop.wait(0.05):
            try:
                kids = [k.memory_full_info() for k in me.children()]
            except psutil.Error:  # a worker exited while being read
                continue
            if kids:
                self.max_child_rss_mb = max(self.max_child_rss_mb, *(k.rss / 2**20 for k in kids))
                footprint = me.memory_info().rss + sum(k.uss for k in kids)
                self.max_footprint_mb = max(self.max_footprint_mb, footprint / 2**20)


def realistic_queries(gaz, n: int, seed: int = 7) -> list[str]:
    """Distinct-ish queries written the way people write them, drawn from the gazetteer."""
    rng = random.Random(seed)
    places = gaz.places
    towns = places[places["kind"] == "town"]
    townships = places[places["kind"] == "township"]
    villages = places[places["kind"] == "village"].sample(n, random_state=seed, replace=True)
    out: list[str] = []
    for i, row in enumerate(villages.itertuples()):
        style = i % 8
        if style == 0:
            out.append(f"{row.name} village, {row.admin3} Township")
        elif style == 1:
            out.append(f"{row.name_mm}ကျေးရွာ၊ {row.admin3} Township")
        elif style == 2:
            t = towns.iloc[rng.randrange(len(towns))]
            out.append(f"{t['name']} Town")
        elif style == 3:
            t = townships.iloc[rng.randrange(len(townships))]
            out.append(f"{t['name']} Township, {t['admin1']}")
        elif style == 4:
            out.append(f"{row.name}, {row.admin3} Township, {row.admin1}")
        elif style == 5:
            t = towns.iloc[rng.randrange(len(towns))]
            out.append(str(t["name"]).lower().replace(" ", ""))
        elif style == 6:
            out.append(f"{row.name} village in {row.admin3} township")
        else:
            out.append(f"near {row.name}, {row.admin3}")
    return out


def bare_names(gaz, n: int, seed: int = 11) -> list[str]:
    """Distinct place names as a table would hold them (English or Burmese, no qualifiers)."""
    places = gaz.places[gaz.places["country"] == "MM"].sample(n, random_state=seed, replace=True)
    names = places["name"].tolist()
    burmese = places["name_mm"].tolist()
    return [
        b if i % 4 == 3 and isinstance(b, str) else a
        for i, (a, b) in enumerate(zip(names, burmese, strict=True))
    ]


def forget(gaz, indexes: bool = False) -> None:
    """Drop the per-query memos so that each measurement starts equal; with ``indexes`` also
    the lookup tables the gazetteer builds lazily on first use (area members, row columns), as
    after a fresh ``load_gazetteer()``."""
    from mapper.gazetteer import query, text

    query.readings.cache_clear()
    query._plain_part_order.cache_clear()
    memos = ["_bare_memo", "_qualifier_memo", "_qualifier_text_memo", "_variant_memo"]
    memos += ["_hits_by_tag_memo", "_qualifiers_of_parts_memo"]
    if indexes:
        memos += ["_area_choices", "_area_index_memo", "_row_columns", "_township_codes_memo"]
        gaz.keys_by_area.clear()
        text.normalize.cache_clear()
        text.skeleton.cache_clear()
    for memo in memos:
        gaz.__dict__.pop(memo, None)


def naive_scan(gaz, names: list[str]) -> list[int | None]:
    """Baseline: for each name, scan every alias for an equal normalised key."""
    from mapper.gazetteer import normalize

    keys = gaz.aliases["key"].tolist()
    pids = gaz.aliases["place_id"].tolist()
    out = []
    for name in names:
        key = normalize(name)
        out.append(next((pids[i] for i, k in enumerate(keys) if k == key), None))
    return out


def main(argv: list[str]) -> int:
    n = 10_000 if "--quick" in argv else 50_000
    with tempfile.TemporaryDirectory(prefix="mapper-bench-") as cache:
        cold = _child("build_gazetteer", cache)
        warm_load = _child("load_gazetteer", cache)
        os.environ["MAPPER_CACHE_DIR"] = cache
        from mapper.gazetteer import load_gazetteer
        from mapper.geocoding import OfflineGeocoder, geocode

        gaz = load_gazetteer()
        names = realistic_queries(gaz, n)
        distinct = len(set(names))
        forget(gaz, indexes=True)
        t0 = time.perf_counter()
        result = geocode(names, progress=False, geocoder=OfflineGeocoder(gaz))
        batch_s = time.perf_counter() - t0
        located = int(result["latitude"].notna().sum())
        forget(gaz, indexes=True)
        with ChildMemory() as workers_mem:  # again, untimed: sampling takes CPU time too
            geocode(names, progress=False, geocoder=OfflineGeocoder(gaz))
        forget(gaz, indexes=True)
        t0 = time.perf_counter()
        serial = geocode(names, progress=False, geocoder=OfflineGeocoder(gaz), workers=1)
        serial_s = time.perf_counter() - t0
        same = result.drop(columns="geometry").equals(serial.drop(columns="geometry"))

        bare = bare_names(gaz, n)
        forget(gaz)
        t0 = time.perf_counter()
        geocode(bare, progress=False, geocoder=OfflineGeocoder(gaz))
        bare_s = time.perf_counter() - t0
        column = [names[i % 2000] for i in range(n)]  # an events column: names repeat
        forget(gaz)
        t0 = time.perf_counter()
        geocode(column, progress=False, geocoder=OfflineGeocoder(gaz))
        column_s = time.perf_counter() - t0

        sample = names[:300]
        t0 = time.perf_counter()
        naive_scan(gaz, sample)
        naive_rate = len(sample) / (time.perf_counter() - t0)
        one_by_one = OfflineGeocoder(gaz)
        forget(gaz)
        t0 = time.perf_counter()
        for name in names[:5000]:
            one_by_one.geocode(name)
        geopy_rate = 5000 / (time.perf_counter() - t0)
        forget(gaz)
        t0 = time.perf_counter()
        geocode(names[:5000], progress=False, geocoder=OfflineGeocoder(gaz))
        same_rate = 5000 / (time.perf_counter() - t0)
        peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    rate = n / batch_s
    print(f"gazetteer: {cold['places']:,} places")
    print(
        f"cold build: {cold['wall_s']:.1f} s wall, {cold['cpu_s']:.1f} s CPU, "
        f"peak {cold['peak_mb']:.0f} MB (target <= 15 s)"
    )
    print(f"warm load from cache: {warm_load['wall_s']:.2f} s, peak {warm_load['peak_mb']:.0f} MB")
    serial_rate = n / serial_s
    verdict = "MEETS" if rate >= 20_000 else "MISSES"
    print(
        f"REALISTIC BATCH: {n:,} names ({distinct:,} distinct, mostly 'X village, Y Township') "
        f"in {batch_s:.2f} s = {rate:,.0f} names/s on {os.cpu_count()} CPUs -> {verdict} the "
        f"target of >= 20,000 names/s ({rate / 20_000:.2f}x target); {located:,} located"
    )
    print(
        f"  same batch, serial (workers=1): {serial_rate:,.0f} names/s -> parallel is "
        f"{rate / serial_rate:.2f}x serial; results identical: {same}"
    )
    print(
        f"batch geocode, bare names as written ({len(set(bare)):,} distinct): "
        f"{n / bare_s:,.0f} names/s"
    )
    print(f"batch geocode, a column of 2,000 distinct names repeated: {n / column_s:,.0f} names/s")
    print(
        f"baseline naive alias scan: {naive_rate:,.0f} names/s -> "
        f"batch is {rate / naive_rate:,.0f}x"
    )
    print(
        f"baseline one-by-one OfflineGeocoder.geocode (geopy style), first 5,000 names: "
        f"{geopy_rate:,.0f} names/s; batch on the same names: {same_rate:,.0f} names/s "
        f"-> {same_rate / geopy_rate:.1f}x"
    )
    print(f"peak memory of this process: {peak_mb:.0f} MB (target <= 1024 MB)")
    print(
        f"  forked batch workers: largest worker RSS {workers_mem.max_child_rss_mb:.0f} MB "
        f"(mostly pages shared with the parent); parent RSS + workers' unique memory peaked at "
        f"{workers_mem.max_footprint_mb:.0f} MB"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
