"""A user's counts table: how many events happened per place (and period, and type).

Columns, found by their usual names (case-insensitive): place ``place|location|area|township|
district|state|region|name|place_name``, count ``count|events|n|number|total|incidents|
event_count|n_events``, optional period ``period|year|month|date``, type ``type|event_type|
category|violence_type``, deaths ``deaths|fatalities|killed|best``. A table with coordinate
columns (as :mod:`mapper.sources.tables` names them) is an events table, not a counts table.

Places are geocoded offline to points. A place column named after a kind of area
(``township``, ``district``, ``state``, ``region``) asks for places of that kind: "Kyaukpyu" in
a ``township`` column is Kyaukpyu Township, not the town (a name that has its own kind word,
"Sagaing Region", is taken as written). When a place is a township or state/region, its level
and the P-code of its ``mapper.areas.load_areas(level)`` polygon are carried so the row joins
to it: for states/regions that is the 15-unit code, so the Shan parts (MIMU MMR014-016, e.g.
"Shan (North)") and "Shan State" all get ``MMR014``, the Bago parts and "Bago Region"
``MMR007`` (the MIMU part stays in ``name``, e.g. "Shan (North)"; see
:func:`mapper.areas.merged_state_pcode`).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from functools import partial
from typing import Any

import geopandas as gpd
import numpy as np
import pandas as pd

from mapper.sources._places import (
    AREA_LEVELS,
    KIND_COLUMNS,
    find_column,
    geocode_column,
    qualify,
)
from mapper.sources._read import read_table
from mapper.sources._validate import Checker
from mapper.sources.tables import LATITUDE, LONGITUDE

PLACE = (
    "place",
    "location",
    "area",
    "township",
    "district",
    "state",
    "region",
    "name",
    "place_name",
)
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
    "pcode",  # MIMU P-code of the place; a state/region's is its load_areas code (Shan MMR014)
    "admin1",
    "precision",  # one of PRECISION_LEVELS
)


def matches(columns: list[str]) -> bool:
    """True when a header looks like a counts table (a place and a count, no coordinates)."""
    has_coords = find_column(columns, LATITUDE) and find_column(columns, LONGITUDE)
    return bool(find_column(columns, COUNT) and find_column(columns, PLACE)) and not has_coords


def area_pcodes(placed: pd.DataFrame, level: pd.Series) -> pd.Series:
    """The P-code of each place, for states/regions the code of their ``load_areas`` polygon.

    A MIMU part (Shan (North) MMR015, Bago (West) MMR008) takes its merged unit's code; the
    merged Shan and Bago, which have no MIMU code, are found by name among the 15 areas.
    """
    from mapper.areas import merged_state_pcode

    # object cells, NaN where missing: a column of text with every state's code missing
    # (only Shan or Bago named) must still take the codes found below
    pcode = placed["pcode"].astype(object)
    state = level.eq("state")
    pcode[state] = pcode[state].map(merged_state_pcode, na_action="ignore")
    unnamed = state & pcode.isna()
    if unnamed.any():
        from mapper.areas import load_areas
        from mapper.sources.embedded_counts import match_state

        found = match_state(placed["name"][unnamed], load_areas("state"))
        pcode[unnamed] = found.to_numpy(dtype=object, na_value=np.nan)
    return pcode


def load_counts(
    path: str | os.PathLike[str],
    *,
    skip_bad_rows: bool = False,
    geocoder: Callable[[list[str]], Any] | None = None,
    layer: str | None = None,
) -> gpd.GeoDataFrame:
    """Load a counts table and geocode its places (see the module docstring); ``layer`` names
    the layer or sheet of a file of several (default: the one called "counts").

    Returns a GeoDataFrame with ``COUNT_COLUMNS`` + geometry (points, EPSG:4326); ``attrs`` as
    for events (``rows``, ``rejected``, ``format`` "counts"). Bad rows raise
    :class:`~mapper.errors.InputError`, or are listed in ``attrs["rejected"]`` with
    ``skip_bad_rows``.
    """
    table = read_table(path, skip_bad_rows=skip_bad_rows, layer_name="counts", layer=layer)
    check = Checker(table)
    cols = table.columns
    found = check.require(PLACE, COUNT, what="a counts table")
    place_col, count_col = found[PLACE[0]], found[COUNT[0]]
    period = check.text(find_column(cols, PERIOD))
    kind_of = check.text(find_column(cols, TYPE))
    places = check.text(place_col)
    key = places.str.cat([period.fillna(""), kind_of.fillna("")], sep=" / ")
    # flags missing place names; a "township" column asks for townships
    placed = geocode_column(check, place_col, geocoder, query=partial(qualify, column=place_col))
    level = placed["kind"].map(AREA_LEVELS).astype("str")
    check.ids(place_col, label="place/period/type row", values=key, required=False)
    columns = {
        "place": places,
        "count": check.integers(count_col, required=True),
        "period": period,
        "type": kind_of,
        "deaths": check.integers(find_column(cols, DEATHS)),
        "name": placed["name"],
        "kind": placed["kind"],
        "level": level,
        "pcode": area_pcodes(placed, level),
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


__all__ = ["COUNT_COLUMNS", "KIND_COLUMNS", "area_pcodes", "load_counts", "matches", "qualify"]
