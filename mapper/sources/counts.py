"""A user's counts table: how many events happened per place (and period, and type).

Columns, found by their usual names (case-insensitive): place ``place|location|area|township|
state|region|name|place_name``, count ``count|events|n|number|total|incidents|event_count``,
optional period ``period|year|month|date``, type ``type|event_type|category|violence_type``,
deaths ``deaths|fatalities|killed|best``. Places are geocoded offline to points; when a place
is a township or state/region, its MIMU P-code and level are carried so the row can be joined to
``mapper.areas.load_areas(level)`` polygons.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

import geopandas as gpd

from mapper.sources._places import AREA_LEVELS, find_column, geocode_column
from mapper.sources._read import read_table
from mapper.sources._validate import Checker

PLACE = ("place", "location", "area", "township", "state", "region", "name", "place_name")
COUNT = ("count", "events", "n", "number", "total", "incidents", "event_count", "n_events")
PERIOD = ("period", "year", "month", "date")
TYPE = ("type", "event_type", "category", "violence_type")
DEATHS = ("deaths", "fatalities", "killed", "best")

#: Columns of a loaded counts table (plus ``geometry``), in order.
COUNT_COLUMNS: tuple[str, ...] = (
    "place",  # as the table writes it
    "count",  # Int64
    "period",  # str or NA
    "type",  # str or NA
    "deaths",  # Int64 or NA
    "name",  # the gazetteer name it was placed at
    "kind",  # gazetteer kind (village, town, township, state, ...)
    "level",  # "township" / "state" when the place is such an area, else NA
    "pcode",  # MIMU P-code of the place
    "admin1",
    "precision",  # one of PRECISION_LEVELS
)

_LAT_LON = (("latitude", "lat"), ("longitude", "lon", "lng"))


def matches(columns: list[str]) -> bool:
    """True when a header looks like a counts table (a place and a count, no coordinates)."""
    has_coords = all(find_column(columns, names) for names in _LAT_LON)
    return bool(find_column(columns, COUNT) and find_column(columns, PLACE)) and not has_coords


def load_counts(
    path: str | os.PathLike[str],
    *,
    skip_bad_rows: bool = False,
    geocoder: Callable[[list[str]], Any] | None = None,
) -> gpd.GeoDataFrame:
    """Load a counts table and geocode its places (see the module docstring).

    Returns a GeoDataFrame with ``COUNT_COLUMNS`` + geometry (points, EPSG:4326); ``attrs`` as
    for events (``rows``, ``rejected``, ``format`` "counts"). Bad rows raise
    :class:`~mapper.errors.InputError`, or are listed in ``attrs["rejected"]`` with
    ``skip_bad_rows``.
    """
    table = read_table(path, skip_bad_rows=skip_bad_rows)
    check = Checker(table)
    cols = table.columns
    found = check.require(PLACE, COUNT, what="a counts table")
    place_col, count_col = found[PLACE[0]], found[COUNT[0]]
    period = check.text(find_column(cols, PERIOD))
    kind_of = check.text(find_column(cols, TYPE))
    places = check.text(place_col)
    key = places.str.cat([period.fillna(""), kind_of.fillna("")], sep=" / ")
    placed = geocode_column(check, place_col, geocoder)  # flags missing place names
    check.ids(place_col, label="place/period/type row", values=key, required=False)
    columns = {
        "place": places,
        "count": check.integers(count_col, required=True),
        "period": period,
        "type": kind_of,
        "deaths": check.integers(find_column(cols, DEATHS)),
        "name": placed["name"],
        "kind": placed["kind"],
        "level": placed["kind"].map(AREA_LEVELS).astype("str"),
        "pcode": placed["pcode"],
        "admin1": placed["admin1"],
        "precision": placed["precision"],
    }
    return check.finish(
        columns,
        placed["latitude"].to_numpy(float),
        placed["longitude"].to_numpy(float),
        skip_bad_rows=skip_bad_rows,
        attrs={
            "dataset": f"counts {table.member or table.path.name}",
            "version": None,
            "format": "counts",
        },
        column_order=COUNT_COLUMNS,
    )


__all__ = ["COUNT_COLUMNS", "load_counts", "matches"]
