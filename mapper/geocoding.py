"""Offline geocoding of Myanmar place names: a geopy Geocoder and a batch ``geocode()``.

>>> from mapper.geocoding import OfflineGeocoder
>>> OfflineGeocoder().geocode("Kyaukphyu").raw["kind"]
'town'

Everything runs on the compiled gazetteer (:func:`mapper.gazetteer.load_gazetteer`); nothing goes
online unless ``geocode(..., online=...)`` is given a fallback for the names left unresolved.
"""

from __future__ import annotations

import contextlib
import multiprocessing as mp
import os
import signal
import sys
import threading
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from typing import Any

import numpy as np
import pandas as pd
from geopy.geocoders.base import Geocoder
from geopy.location import Location

from mapper.errors import MapperError
from mapper.gazetteer import Gazetteer, load_gazetteer
from mapper.gazetteer.query import SURROGATES
from mapper.gazetteer.resolve import Resolution, resolve
from mapper.gazetteer.store import collector_paused, keep_for_good, list_columns

RESULT_COLUMNS = (
    "query",
    "name",
    "latitude",
    "longitude",
    "kind",
    "pcode",
    "admin1",
    "admin3",
    "score",
    "source",
    "reason",
)
RAW_FIELDS = ("name", "kind", "pcode", "admin1", "admin2", "admin3", "country", "source")
#: Batches at least this long show a progress bar when ``progress`` is left to None.
PROGRESS_THRESHOLD = 5_000
#: Batches with at least this many distinct names are resolved by forked worker processes.
PARALLEL_THRESHOLD = 5_000
_CHUNKS_PER_WORKER = 8
_MEMO_LIMIT = 200_000
_ROW_FIELDS = ("name", "kind", "pcode", "admin1", "admin3", "source", "latitude", "longitude")


def _text(value: Any) -> str | None:
    """``value`` as text, or None when it is missing (None, NaN, pandas NA)."""
    if value is None or isinstance(value, str):
        return value
    try:
        if pd.isna(value):
            return None
    except (TypeError, ValueError):  # a list-like value: text of its own
        pass
    return str(value)


class OfflineGeocoder(Geocoder):
    """A geopy geocoder answering from the offline Myanmar gazetteer (no network).

    ``geocode(query, exactly_one=True)`` returns a :class:`geopy.location.Location` (or a list of
    ranked Locations with ``exactly_one=False``, or None). ``Location.raw`` holds name, kind,
    pcode, admin1, admin2, admin3, country, score, source and match (exact/variant/fuzzy).
    """

    def __init__(self, gazetteer: Gazetteer | None = None, *, min_score: float = 0.0) -> None:
        super().__init__(user_agent="mapper-offline")
        self.gazetteer = gazetteer or load_gazetteer()
        self.min_score = min_score
        self._memo: dict[Any, Resolution] = {}
        self._columns: dict[str, list] | None = None

    def resolve(self, query: object, limit: int = 10) -> Resolution:
        """The ranked :class:`~mapper.gazetteer.resolve.Resolution` for ``query`` (memoised)."""
        try:
            memo_key: Any = (query, limit)
            hit = self._memo.get(memo_key)
        except TypeError:  # unhashable input
            return resolve(self.gazetteer, query, limit)
        if hit is None:
            hit = resolve(self.gazetteer, query, limit)
            if len(self._memo) >= _MEMO_LIMIT:
                self._memo.clear()
            self._memo[memo_key] = hit
        return hit

    def columns(self) -> dict[str, list]:
        """The place columns a result row needs, as Python lists (built once per gazetteer)."""
        if self._columns is None:
            found = self.gazetteer.__dict__.get("_row_columns")
            if found is None:
                places = self.gazetteer.places
                found = {c: places[c].tolist() for c in _ROW_FIELDS}
                for c in ("pcode", "admin1", "admin3"):
                    found[c] = [_text(v) for v in found[c]]
                self.gazetteer.__dict__["_row_columns"] = found
            self._columns = found
        return self._columns

    def _location(self, resolution: Resolution, index: int) -> Location:
        cand = resolution.candidates[index]
        row = self.gazetteer.places.iloc[cand.place_id]
        raw = {f: _text(row[f]) for f in RAW_FIELDS}
        raw.update(
            place_id=int(cand.place_id),
            score=cand.score,
            match=cand.match,
            note=cand.note,
            query=resolution.query,
            precision=_text(row["precision"]),
        )
        point = (float(row["latitude"]), float(row["longitude"]))
        if cand.point is not None:  # "13 km northeast of Lashio": place_id is Lashio
            raw.update(_offset_fields(raw["name"], raw["source"], cand), precision="approximate")
            point = cand.point
        parts = [raw["name"], raw["admin3"], raw["admin1"], raw["country"]]
        address = ", ".join(dict.fromkeys(p for p in parts if p))
        return Location(address, point, raw)

    def geocode(
        self, query: object, exactly_one: bool = True, limit: int = 10, **_: Any
    ) -> Location | list[Location] | None:
        """Geocode ``query``; None when there is no match (see :meth:`explain` for why)."""
        resolution = self.resolve(query, limit)
        keep = [i for i, c in enumerate(resolution.candidates) if c.score >= self.min_score]
        if not keep:
            return None
        if exactly_one:
            return self._location(resolution, keep[0])
        return [self._location(resolution, i) for i in keep]

    def explain(self, query: object) -> dict[str, Any]:
        """The best match's raw dict, or ``{"query": ..., "reason": ...}`` when none."""
        resolution = self.resolve(query)
        if not resolution.candidates:
            return {"query": resolution.query, "reason": resolution.reason}
        raw = dict(self._location(resolution, 0).raw)
        raw["reason"] = raw.pop("note")
        return raw


def _as_list(names: Iterable[Any] | pd.Series | str) -> list[Any]:
    if isinstance(names, str):
        return [names]
    if isinstance(names, pd.Series):
        return names.tolist()
    return list(names)


def geocode(
    names: Iterable[Any] | pd.Series | str,
    *,
    online: Any = None,
    progress: bool | Callable[[int, int], None] | None = None,
    geocoder: OfflineGeocoder | None = None,
    workers: int | None = None,
    parallel_threshold: int = PARALLEL_THRESHOLD,
):
    """Geocode many names; one row per input, in input order (a GeoDataFrame, EPSG:4326; a
    Series keeps its index, so the result joins back to the rows it came from).

    Columns: query, name, latitude, longitude, kind, pcode, admin1, admin3, score, source,
    reason, geometry (None when unresolved, with ``reason`` saying why). ``online`` is an
    optional fallback object with ``.geocode(query) -> dict | None`` (keys name, latitude,
    longitude, source, raw), called only for names the offline gazetteer cannot resolve; when it
    fails (a :class:`~mapper.errors.MapperError`, e.g. the service is down) the batch goes on
    offline, the rows say so and ``attrs["online_error"]`` holds the failure.
    ``progress``: True/False for a rich progress bar (default: on for long batches), or a
    callable ``(done, total)`` counting input rows. Batches with at least
    ``parallel_threshold`` distinct names are split across ``workers`` forked processes
    (default: the usable CPUs; 1 = serial) that share the loaded gazetteer; the result is the
    same as the serial one.
    """
    items = _as_list(names)
    coder = geocoder or OfflineGeocoder()
    keys = [item if isinstance(item, str) else _key(item) for item in items]
    counts = Counter(keys)
    distinct = list(counts)
    position = {key: i for i, key in enumerate(distinct)}
    tick = _progress(progress, len(items))
    found = _offline_rows(coder, distinct, counts, tick, workers, parallel_threshold)
    if tick:
        tick(len(items), final=True)
    table = []
    online_failed: str | None = None  # the service's failure: not asked again in this batch
    for key, row in zip(distinct, found, strict=True):
        query = key or ""
        if row[0] is None and online is not None:
            if online_failed is None:
                try:
                    row = _online_row(query, row, online)
                except MapperError as error:  # the service failed: keep the offline rows
                    online_failed = str(error)
                    row = (*row[:-1], f"{row[-1]}; online: {online_failed}")
            elif row[-1] != "empty query":
                note = "online: not asked, the service failed on an earlier name"
                row = (*row[:-1], f"{row[-1]}; {note}")
        if not query.isascii():
            query = SURROGATES.sub("\ufffd", query)  # shown, and written, as U+FFFD
        table.append((query, *row))
    result = _frame(table, [position[k] for k in keys] if len(keys) != len(distinct) else None)
    if isinstance(names, pd.Series):  # rows line up with the input's own index
        result.index = names.index
    if online_failed is not None:
        result.attrs["online_error"] = online_failed
    return result


def _frame(table: list[tuple], codes: list[int] | None):
    """The GeoDataFrame of the distinct rows ``table``, repeated as ``codes`` say."""
    import geopandas as gpd
    import shapely

    frame = pd.DataFrame(table, columns=list(RESULT_COLUMNS))
    for col in ("latitude", "longitude", "score"):
        frame[col] = frame[col].astype(float)
    lat, lon = frame["latitude"].to_numpy(), frame["longitude"].to_numpy()
    located = ~np.isnan(lat)
    geometry = np.full(len(frame), None, dtype=object)
    geometry[located] = shapely.points(lon[located], lat[located])
    if codes is not None:
        take = np.asarray(codes, dtype=np.intp)
        frame = frame.take(take).reset_index(drop=True)
        geometry = geometry[take]
    return gpd.GeoDataFrame(frame, geometry=geometry, crs="EPSG:4326")


def _key(item: Any) -> str | None:
    """The hashable text of a non-string input (None for missing values)."""
    return None if _text(item) is None else str(item)


def _offset_fields(anchor_name: str | None, anchor_source: str | None, cand: Any) -> dict:
    """The fields of an answer that is a point offset from a gazetteer place (match
    "offset"): its label for a name, kind "offset", no P-code or admin names (the point may
    lie in another township than the place it is measured from)."""
    return {
        "name": cand.label,
        "kind": "offset",
        "pcode": None,
        "admin1": None,
        "admin2": None,
        "admin3": None,
        "source": f"offset from {anchor_name} ({anchor_source})",
    }


def _offline_row(res: Resolution, cols: dict) -> tuple:
    """The offline result of one distinct query: the RESULT_COLUMNS after ``query``."""
    if not res.candidates:
        return (None, None, None, None, None, None, None, None, None, res.reason)
    c = res.candidates[0]
    pid = c.place_id
    if c.point is not None:
        fields = _offset_fields(cols["name"][pid], cols["source"][pid], c)
        return (
            fields["name"],
            c.point[0],
            c.point[1],
            fields["kind"],
            None,
            None,
            None,
            c.score,
            fields["source"],
            c.note,
        )
    return (
        cols["name"][pid],
        cols["latitude"][pid],
        cols["longitude"][pid],
        cols["kind"][pid],
        cols["pcode"][pid],
        cols["admin1"][pid],
        cols["admin3"][pid],
        c.score,
        cols["source"][pid],
        c.note,
    )


def _online_row(query: str, row: tuple, online: Any) -> tuple:
    """``row`` (an offline miss) resolved by the ``online`` fallback, when it can be."""
    reason = row[-1]
    if not query.strip() or reason == "empty query":
        return row
    found = online.geocode(query)
    if not found:
        return row
    return (
        found.get("name"),
        float(found["latitude"]),
        float(found["longitude"]),
        found.get("kind") or "online",
        None,
        found.get("admin1"),
        found.get("admin3"),
        found.get("score"),
        found.get("source") or "online",
        f"offline: {reason}; resolved online" if reason else None,
    )


def _offline_rows(
    coder: OfflineGeocoder,
    distinct: list,
    counts: Counter,
    tick: Callable[..., None] | None,
    workers: int | None,
    threshold: int,
) -> list[tuple]:
    """Offline rows of the distinct queries, in order: serial, or across forked workers."""
    cols = coder.columns()
    workers = _usable_cpus() if workers is None else max(int(workers), 1)
    parallel = workers > 1 and len(distinct) >= threshold and _can_fork()
    if parallel and _PARALLEL_LOCK.acquire(blocking=False):  # one forking batch at a time
        try:
            return _parallel_rows(coder, distinct, counts, tick, workers)
        finally:
            _PARALLEL_LOCK.release()
    rows = []
    done = 0
    with collector_paused():
        for key in distinct:
            rows.append(_offline_row(coder.resolve(key, limit=1), cols))
            if tick:
                done += counts[key]
                tick(done)
    return rows


def _usable_cpus() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _can_fork() -> bool:
    """Fork is available and safe: not on macOS (system libraries break after fork), not in a
    daemonic process (it may not have children)."""
    return (
        sys.platform != "darwin"
        and "fork" in mp.get_all_start_methods()
        and not mp.current_process().daemon
    )


#: the geocoder forked workers use (set in the parent just before the pool forks)
_WORKER_CODER: OfflineGeocoder | None = None
_PARALLEL_LOCK = threading.Lock()


def _worker_signals() -> None:
    """Pool worker start: the default SIGTERM (a handler inherited from the CLI, which turns
    SIGTERM into SystemExit, could leave a worker blocked on the pool's queue lock when the
    pool ends it) and no SIGINT (Ctrl-C is the parent's to handle). SIGTERM, blocked while
    the worker was forked (see ``worker_pool``), is let through only then: one sent to a
    worker still starting is delivered, not lost with the inherited handler."""
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGTERM})


@contextlib.contextmanager
def worker_pool(workers: int) -> Iterator[Any]:
    """A pool of ``workers`` forked processes with the signals of ``_worker_signals``. A pool
    ended at once (on an error) may signal a worker that has not yet reset its handler;
    Python would drop that SIGTERM and the pool wait for the worker for ever, so the workers
    are forked with SIGTERM blocked."""
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGTERM})
    try:
        pool = mp.get_context("fork").Pool(workers, initializer=_worker_signals)
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)
    with pool:
        yield pool


def _resolve_chunk(chunk: list) -> list[tuple]:
    """Worker: the offline rows of one chunk of distinct queries (plain tuples)."""
    coder = _WORKER_CODER
    assert coder is not None
    cols, gaz = coder.columns(), coder.gazetteer
    # resolve() directly: the coder's memo would only grow in a process about to exit
    with collector_paused():
        return [_offline_row(resolve(gaz, key, 1), cols) for key in chunk]


def _parallel_rows(
    coder: OfflineGeocoder,
    distinct: list,
    counts: Counter,
    tick: Callable[..., None] | None,
    workers: int,
) -> list[tuple]:
    """The offline rows computed by ``workers`` forked processes that inherit the loaded
    gazetteer (nothing but the query texts and the result tuples is pickled)."""
    global _WORKER_CODER
    size = max(len(distinct) // (workers * _CHUNKS_PER_WORKER), 1)
    chunks = [distinct[i : i + size] for i in range(0, len(distinct), size)]
    _WORKER_CODER = coder
    coder.columns()
    coder.gazetteer.area_index()  # built once here, not once per worker
    coder.gazetteer.township_codes()
    list_columns(coder.gazetteer)  # (the rules' lists of place names, codes and areas, shared)
    # keep the collector from touching (and so copying) inherited objects, in the workers
    # and after: unfreezing would hand the whole gazetteer back to every full collection
    keep_for_good()
    try:
        rows: list[tuple] = []
        done = 0
        with worker_pool(workers) as pool:
            for chunk, found in zip(chunks, pool.imap(_resolve_chunk, chunks), strict=True):
                rows.extend(found)
                if tick:
                    done += sum(counts[key] for key in chunk)
                    tick(done)
            pool.close()  # the workers end when the queue does; no signal needed
            pool.join()
        return rows
    finally:
        _WORKER_CODER = None


def _progress(progress, total: int):
    """A tick(done, final=False) function, or None when no progress is shown."""
    if callable(progress) and not isinstance(progress, bool):
        report, steps, stop = (lambda done: progress(done, total)), 100, None
    elif progress is False or (progress is None and total < PROGRESS_THRESHOLD):
        return None
    else:
        from rich.progress import Progress

        bar = Progress(transient=True)
        task = bar.add_task("geocoding", total=total)
        bar.start()
        report, steps, stop = (lambda done: bar.update(task, completed=done)), 200, bar.stop
    step = max(total // steps, 1)
    shown = [0]

    def tick(done: int, final: bool = False) -> None:
        if final or done - shown[0] >= step:
            shown[0] = done
            report(done)
        if final and stop:
            stop()

    return tick


__all__ = ["OfflineGeocoder", "geocode", "RESULT_COLUMNS"]
