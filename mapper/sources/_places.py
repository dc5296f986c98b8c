"""Finding columns by their usual names, and placing place-name columns with the geocoder."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import numpy as np
import pandas as pd

from mapper.sources._validate import Checker

#: Gazetteer kind -> precision level of a point geocoded from a name of that kind.
KIND_PRECISION: dict[str, str] = {
    "site": "near",
    "village": "near",
    "ward": "near",
    "town": "near",
    "village_tract": "near",
    "foreign_city": "near",
    "offset": "near",  # "16 miles west of Ngape": a point the text describes
    "township": "district",
    "district": "district",
    "state": "state",
    "foreign_region": "state",
    "country": "country",
}
#: Kinds that are areas with a P-code that ``mapper.areas.load_areas`` has polygons for.
AREA_LEVELS: dict[str, str] = {"township": "township", "state": "state"}


def find_column(columns: Sequence[str], candidates: Sequence[str]) -> str | None:
    """The first of ``candidates`` present in ``columns`` (already lower-case), or None."""
    present = set(columns)
    return next((name for name in candidates if name in present), None)


def default_geocoder() -> Callable[[list[str]], Any]:
    """:func:`mapper.geocoding.geocode` (offline), imported on first use."""
    from mapper.geocoding import geocode

    return geocode


def geocode_column(
    check: Checker,
    column: str,
    geocoder: Callable[[list[str]], Any] | None = None,
    *,
    query: Callable[[str], str] | None = None,
) -> pd.DataFrame:
    """Geocode the names in ``column`` (each distinct name once); flag names not found.

    ``query`` turns a name into the text geocoded (default: the name as written). Returns a
    frame aligned with the table: latitude, longitude (NaN when not placed), name, kind, pcode,
    admin1, admin3, precision (from the kind).
    """
    names = check.text(column)
    check.flag(names.isna(), column, "missing place name")
    distinct = names.dropna().unique().tolist()
    found = pd.DataFrame(
        columns=["query", "name", "latitude", "longitude", "kind", "pcode", "admin1", "admin3"]
    )
    if distinct:
        queries = [query(name) for name in distinct] if query else distinct
        result = (geocoder or default_geocoder())(queries)
        found = pd.DataFrame(result).drop(columns="geometry", errors="ignore")
        found["query"] = distinct  # one row per input, in input order (geocode contract)
    by_name = found.drop_duplicates("query").set_index("query")
    placed = by_name.reindex(names.to_numpy())
    placed.index = names.index
    lat = pd.to_numeric(placed.get("latitude"), errors="coerce")
    lon = pd.to_numeric(placed.get("longitude"), errors="coerce")
    unplaced = names.notna() & (lat.isna() | lon.isna())
    reason = placed["reason"] if "reason" in placed else pd.Series(np.nan, index=names.index)
    given = reason.notna() & (reason.astype(str).str.strip() != "")
    why = reason.where(given, "no match in the gazetteer").astype(object)
    described = names.astype(object).str.slice(0, 60).str.cat(why.astype(str), sep="': ")
    check.flag(unplaced, column, "could not place '{}", described, shorten=False)
    out = pd.DataFrame(index=names.index)
    out["latitude"], out["longitude"] = lat, lon
    for key in ("name", "kind", "pcode", "admin1", "admin3"):
        values = placed[key] if key in placed else pd.Series(np.nan, index=names.index)
        out[key] = values.astype("str")
    # a point without a known kind (e.g. from an online geocoder) counts as "near"
    out["precision"] = out["kind"].map(KIND_PRECISION).fillna("near").astype("str")
    return out
