"""Checking and filtering analysis inputs: radii, date window, events, projects.

Every problem becomes a one-line :class:`~mapper.errors.OptionError` or
:class:`~mapper.errors.InputError`; nothing here lets a pandas or GEOS traceback reach a user.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd
import shapely

from mapper.errors import InputError, OptionError
from mapper.schema import IMPRECISE_LEVELS

MAX_RADIUS_KM = 20_000.0
MAX_RADII = 120
DEFAULT_SINCE = "2021-02-01"
PRECISION_RULE = (
    "events located only to a state/region or the country (precision 'state' or 'country') "
    "are excluded"
)
#: What the method block says for a GED file whose name carries no version.
VERSION_UNKNOWN = "version unknown (not in the file name)"
#: Datasets that have versions (ACLED exports are not versioned).
VERSIONED_DATASETS = frozenset({"UCDP GED"})
PRECISION_RULE_ALL = (
    "all events are kept, including those located only to a state/region or country"
)


def dataset_version(dataset: object, version: object) -> str | None:
    """The version for a method block: as given, else a clear "unknown" for versioned datasets."""
    if version not in (None, ""):
        return str(version)
    return VERSION_UNKNOWN if dataset in VERSIONED_DATASETS else None


def check_radii(radii_km: float | Iterable[float]) -> np.ndarray:
    """Radii in km as a sorted array of unique values; OptionError for <= 0, NaN or > 20,000."""
    values = [radii_km] if isinstance(radii_km, int | float) else list(radii_km)
    if not values:
        raise OptionError("at least one radius is needed")
    out = []
    for value in values:
        try:
            r = float(value)
        except (TypeError, ValueError):
            raise OptionError(f"radius must be a number of km, not {value!r}") from None
        if not math.isfinite(r) or r <= 0:
            raise OptionError(f"radius must be a finite distance above 0 km, got {value}")
        if r > MAX_RADIUS_KM:
            raise OptionError(f"radius {value} km is absurd: it must be <= {MAX_RADIUS_KM:,.0f} km")
        out.append(r)
    radii = np.unique(np.array(out))
    if radii.size > MAX_RADII:
        raise OptionError(f"at most {MAX_RADII} radii, got {radii.size}")
    return radii


def _timestamp(value, name: str) -> pd.Timestamp | None:
    if value is None or value == "":
        return None
    try:
        ts = pd.Timestamp(value)
    except (TypeError, ValueError):
        raise OptionError(f"--{name}: not a date: {value!r} (use YYYY-MM-DD)") from None
    if pd.isna(ts):
        return None
    return ts.tz_localize(None) if ts.tzinfo else ts


def check_window(since, until) -> tuple[pd.Timestamp | None, pd.Timestamp | None]:
    """The date window as timestamps; ``until`` is inclusive of its whole day."""
    first, last = _timestamp(since, "since"), _timestamp(until, "until")
    if first is not None and last is not None and first > last:
        raise OptionError(f"since ({first.date()}) is after until ({last.date()})")
    return first, last


def window_text(window: tuple[pd.Timestamp | None, pd.Timestamp | None]) -> dict:
    first, last = window
    return {
        "since": None if first is None else first.date().isoformat(),
        "until": None if last is None else last.date().isoformat(),
    }


def check_events(events) -> None:
    """Raise InputError for an events table that cannot be analysed (empty, no geometry)."""
    path = getattr(events, "attrs", {}).get("path")
    if events is None or len(events) == 0:
        raise InputError("no events to analyse (the event set is empty)", file=path)
    if not hasattr(events, "geometry") or "geometry" not in getattr(events, "columns", []):
        raise InputError("events have no geometry column", file=path)
    geoms = np.asarray(events.geometry.values, dtype=object)
    bad = shapely.is_missing(geoms) | shapely.is_empty(geoms)
    if bad.any():
        row = int(np.flatnonzero(bad)[0]) + 1
        raise InputError(
            f"{int(bad.sum())} event(s) have no location (first one shown)",
            file=path,
            row=row,
            field="geometry",
        )
    kinds = shapely.get_type_id(geoms)
    if (kinds != 0).any():
        row = int(np.flatnonzero(kinds != 0)[0]) + 1
        raise InputError("event location is not a point", file=path, row=row, field="geometry")


@dataclass
class EventArrays:
    """The events kept by the filters, as plain arrays, and what was excluded."""

    lon: np.ndarray
    lat: np.ndarray
    fatalities: np.ndarray  # float, NA as 0
    month: np.ndarray  # int64: year * 12 + month - 1 (-1 when undated)
    event_id: np.ndarray  # object (str)
    imprecise: np.ndarray  # bool: located only to a state or the country
    country_only: np.ndarray  # bool: located only to the country (some of the imprecise)
    total: int  # rows before filtering
    excluded: dict[str, int]  # reason -> rows excluded (undated, window, event_type, imprecise)
    types_seen: dict[str, int]  # event_type -> rows (before the type filter)


def _norm_type(value: object) -> str:
    return str(value).strip().casefold()


def filter_events(
    events: pd.DataFrame,
    window: tuple[pd.Timestamp | None, pd.Timestamp | None],
    event_types: Sequence[str] | None,
    include_imprecise: bool,
) -> EventArrays:
    """Apply the date window, event types and precision rule to one table (or partition)."""
    crs = getattr(events, "crs", None)
    if crs is not None and not crs.equals("EPSG:4326"):
        events = events.to_crs("EPSG:4326")
    n = len(events)
    keep = np.ones(n, dtype=bool)
    excluded: dict[str, int] = {"undated": 0, "window": 0, "event_type": 0, "imprecise": 0}
    first, last = window
    if first is not None or last is not None:
        if "date" not in events.columns:
            raise InputError("events have no 'date' column for the date window", field="date")
        dates = pd.to_datetime(events["date"], errors="coerce")
        if getattr(dates.dt, "tz", None) is not None:
            dates = dates.dt.tz_localize(None)
        dated = dates.notna().to_numpy()
        in_window = dated.copy()
        if first is not None:
            in_window &= (dates >= first).to_numpy(na_value=False)
        if last is not None:
            in_window &= (dates < last + pd.Timedelta(days=1)).to_numpy(na_value=False)
        excluded["undated"] = int((keep & ~dated).sum())  # a window needs a date to test
        excluded["window"] = int((keep & dated & ~in_window).sum())
        keep &= in_window
    types_seen: dict[str, int] = {}
    if "event_type" in events.columns:
        counts = events["event_type"].value_counts(dropna=True)
        types_seen = {str(k): int(v) for k, v in counts.items() if v}
    if event_types:
        wanted = {_norm_type(t) for t in event_types}
        if "event_type" not in events.columns:
            raise InputError("events have no 'event_type' column to filter on", field="event_type")
        present = [t for t in types_seen if _norm_type(t) in wanted]
        match = events["event_type"].isin(present).to_numpy(dtype=bool)
        excluded["event_type"] = int((keep & ~match).sum())
        keep &= match
    if "precision" in events.columns:
        imprecise = events["precision"].isin(IMPRECISE_LEVELS).to_numpy(dtype=bool)
        country_only = (events["precision"] == "country").to_numpy(dtype=bool)
    else:
        imprecise = country_only = np.zeros(n, dtype=bool)
    if not include_imprecise:
        excluded["imprecise"] = int((keep & imprecise).sum())
        keep &= ~imprecise
    sub = events[keep] if not keep.all() else events
    coords = shapely.get_coordinates(np.asarray(sub.geometry.values, dtype=object))
    bad = (np.abs(coords[:, 1]) > 90) | (np.abs(coords[:, 0]) > 180)
    if bad.any():
        raise InputError(
            f"{int(bad.sum())} event(s) have coordinates outside lon/lat range (a projected CRS "
            "without a .crs?)",
            field="geometry",
        )
    if "fatalities" in sub.columns:
        fatal = pd.to_numeric(sub["fatalities"], errors="coerce").fillna(0).to_numpy(float)
    else:
        fatal = np.zeros(len(sub))
    if "date" in sub.columns:
        dates = pd.to_datetime(sub["date"], errors="coerce")
        if getattr(dates.dt, "tz", None) is not None:
            dates = dates.dt.tz_localize(None)
        stamp = dates.to_numpy(dtype="datetime64[ns]")
        month = stamp.astype("datetime64[M]").astype(np.int64) + 1970 * 12
        month[np.isnat(stamp)] = -1
    else:
        month = np.full(len(sub), -1, dtype=np.int64)
    if "event_id" in sub.columns:
        ids = sub["event_id"].astype("object").to_numpy()
    else:
        ids = np.array([str(i) for i in sub.index], dtype=object)
    return EventArrays(
        lon=coords[:, 0].copy(),
        lat=coords[:, 1].copy(),
        fatalities=fatal,
        month=month,
        event_id=ids,
        imprecise=imprecise[keep],
        country_only=country_only[keep],
        total=n,
        excluded=excluded,
        types_seen=types_seen,
    )


def check_event_types(event_types: Sequence[str] | None, types_seen: dict[str, int]) -> None:
    """OptionError when a requested event type matches no event at all (a typo, usually)."""
    if not event_types or not types_seen:
        return
    present = {_norm_type(t) for t in types_seen}
    missing = [t for t in event_types if _norm_type(t) not in present]
    if missing:
        listed = ", ".join(sorted(types_seen, key=lambda t: -types_seen[t])[:12])
        raise OptionError(f"no event has type {missing[0]!r}; types present: {listed}")
