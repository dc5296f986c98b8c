"""Offline geocoding of Myanmar place names: a geopy Geocoder and a batch ``geocode()``.

>>> from mapper.geocoding import OfflineGeocoder
>>> OfflineGeocoder().geocode("Kyaukphyu").raw["kind"]
'town'

Everything runs on the compiled gazetteer (:func:`mapper.gazetteer.load_gazetteer`); nothing goes
online unless ``geocode(..., online=...)`` is given a fallback for the names left unresolved.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

import pandas as pd
from geopy.geocoders.base import Geocoder
from geopy.location import Location

from mapper.gazetteer import Gazetteer, load_gazetteer
from mapper.gazetteer.resolve import Resolution, resolve

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
_MEMO_LIMIT = 200_000
_ROW_FIELDS = ("name", "kind", "pcode", "admin1", "admin3", "source", "latitude", "longitude")


def _text(value: Any) -> str | None:
    return None if value is None or value != value else str(value)


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
        """The place columns a result row needs, as Python lists (built once, kept)."""
        if self._columns is None:
            places = self.gazetteer.places
            self._columns = {c: places[c].tolist() for c in _ROW_FIELDS}
            for c in ("pcode", "admin1", "admin3"):
                self._columns[c] = [_text(v) for v in self._columns[c]]
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
        parts = [raw["name"], raw["admin3"], raw["admin1"], raw["country"]]
        address = ", ".join(dict.fromkeys(p for p in parts if p))
        return Location(address, (float(row["latitude"]), float(row["longitude"])), raw)

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


def _online_row(query: str, found: dict, old_reason: str | None) -> dict[str, Any]:
    return {
        "query": query,
        "name": found.get("name"),
        "latitude": float(found["latitude"]),
        "longitude": float(found["longitude"]),
        "kind": found.get("kind") or "online",
        "pcode": None,
        "admin1": found.get("admin1"),
        "admin3": found.get("admin3"),
        "score": found.get("score"),
        "source": found.get("source") or "online",
        "reason": f"offline: {old_reason}; resolved online" if old_reason else None,
    }


def geocode(
    names: Iterable[Any] | pd.Series | str,
    *,
    online: Any = None,
    progress: bool | Callable[[int, int], None] | None = None,
    geocoder: OfflineGeocoder | None = None,
):
    """Geocode many names; one row per input, in input order (a GeoDataFrame, EPSG:4326).

    Columns: query, name, latitude, longitude, kind, pcode, admin1, admin3, score, source,
    reason, geometry (None when unresolved, with ``reason`` saying why). ``online`` is an
    optional fallback object with ``.geocode(query) -> dict | None`` (keys name, latitude,
    longitude, source, raw), called only for names the offline gazetteer cannot resolve.
    ``progress``: True/False for a rich progress bar (default: on for long batches), or a
    callable ``(done, total)``.
    """
    import geopandas as gpd

    items = _as_list(names)
    coder = geocoder or OfflineGeocoder()
    cols = coder.columns()
    unique: dict[Any, dict[str, Any]] = {}
    tick = _progress(progress, len(items))
    rows: list[dict[str, Any]] = []
    for i, item in enumerate(items):
        if not isinstance(item, str):
            item = None if _text(item) is None else str(item)  # unhashable or NaN -> text
        row = unique.get(item)
        if row is None:
            row = unique[item] = _row(coder, item, cols, online)
        rows.append(row)
        if tick:
            tick(i + 1)
    if tick:
        tick(len(items), final=True)
    frame = pd.DataFrame(rows, columns=list(RESULT_COLUMNS))
    frame["latitude"] = frame["latitude"].astype(float)
    frame["longitude"] = frame["longitude"].astype(float)
    frame["score"] = frame["score"].astype(float)
    geometry = gpd.points_from_xy(frame["longitude"], frame["latitude"])
    geometry = [
        None if pd.isna(lat) else g for g, lat in zip(geometry, frame["latitude"], strict=True)
    ]
    return gpd.GeoDataFrame(frame, geometry=geometry, crs="EPSG:4326")


def _row(coder: OfflineGeocoder, item: str | None, cols: dict, online: Any) -> dict[str, Any]:
    """The result row of one distinct query."""
    res = coder.resolve(item, limit=1)
    query = item or ""
    if res.candidates:
        c = res.candidates[0]
        pid = c.place_id
        return {
            "query": query,
            "name": cols["name"][pid],
            "latitude": cols["latitude"][pid],
            "longitude": cols["longitude"][pid],
            "kind": cols["kind"][pid],
            "pcode": cols["pcode"][pid],
            "admin1": cols["admin1"][pid],
            "admin3": cols["admin3"][pid],
            "score": c.score,
            "source": cols["source"][pid],
            "reason": c.note,
        }
    row = dict.fromkeys(RESULT_COLUMNS)
    row.update(query=query, reason=res.reason)
    if online is not None and query.strip() and res.reason != "empty query":
        found = online.geocode(query)
        if found:
            row = _online_row(query, found, res.reason)
    return row


def _progress(progress, total: int):
    """A tick(done, final=False) function, or None when no progress is shown."""
    if callable(progress) and not isinstance(progress, bool):
        step = max(total // 100, 1)

        def tick_cb(done: int, final: bool = False) -> None:
            if final or done % step == 0:
                progress(done, total)

        return tick_cb
    if progress is False or (progress is None and total < PROGRESS_THRESHOLD):
        return None
    from rich.progress import Progress

    bar = Progress(transient=True)
    task = bar.add_task("geocoding", total=total)
    bar.start()
    step = max(total // 200, 1)

    def tick(done: int, final: bool = False) -> None:
        if final:
            bar.update(task, completed=done)
            bar.stop()
        elif done % step == 0:
            bar.update(task, completed=done)

    return tick


__all__ = ["OfflineGeocoder", "geocode", "RESULT_COLUMNS"]
