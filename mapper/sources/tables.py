"""A generic events CSV: one row per event, located by coordinates or by a place name.

A vector file (GeoPackage, GeoJSON, GeoParquet ...) is read as such a table: its attributes are
the columns and its points the coordinates (see :func:`mapper.sources._read.read_table`).

Columns are found by their usual names (case-insensitive):

- coordinates: latitude ``latitude|lat|y`` and longitude ``longitude|lon|lng|long|x``; without
  them, a place-name column (``place|location|place_name|location_name|where|village|town|
  township|name``) is geocoded offline (:func:`mapper.geocoding.geocode`), and rows whose place
  cannot be found are reported (an error, or rejected with ``skip_bad_rows``);
- optional: ``event_id|id`` (else "ROW-<n>"), ``date|event_date|date_start|start_date|day``,
  ``event_type|type|category``, ``sub_event_type|subtype``, ``actors|actor|actor1`` (+
  ``actor2``), ``fatalities|deaths|killed|best``, ``admin1|state|region``, ``admin2|district``,
  ``admin3|township``, ``precision`` (one of exact/near/district/state/country).

Dates: YYYY-MM-DD (a time zone after a time is dropped, not converted), DD/MM/YYYY (day
first; MM/DD/YYYY when the column's slash dates can only be month first, e.g. one is
"02/13/2021" and none has a day first over 12), "13 February 2021", "13 Feb 2021" or
"February 13, 2021"; a year or year-month alone is reported as incomplete.

Precision: the ``precision`` column when present, else UCDP's ``where_prec`` or ACLED's
``geo_precision`` codes (a trimmed GED or ACLED file) mapped as those formats map them; else
"exact" for given coordinates, and for
geocoded names the level of the place found (village/town -> near, township -> district,
state -> state). A ``source_dataset`` column is kept; rows labelled "synthetic" (as written by
``mapper events synthetic``) make ``attrs["synthetic"]`` True.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

import geopandas as gpd
import numpy as np
import pandas as pd

from mapper.schema import PRECISION_LEVELS, SYNTHETIC_ATTR
from mapper.sources import acled, ucdp
from mapper.sources._places import (
    ADMIN1,
    ADMIN2,
    ADMIN3,
    ADMIN_COLUMNS,
    find_column,
    geocode_column,
    noted_places,
    qualify,
)
from mapper.sources._read import RawTable
from mapper.sources._validate import Checker, join_texts

LATITUDE = ("latitude", "lat", "y")
LONGITUDE = ("longitude", "lon", "lng", "long", "x")
PLACE = (
    "place",
    "location",
    "place_name",
    "location_name",
    "where",
    "village",
    "town",
    "township",
    "name",
)
EVENT_ID = ("event_id", "id")
DATE = ("date", "event_date", "date_start", "start_date", "day")
EVENT_TYPE = ("event_type", "type", "category")
SUB_EVENT_TYPE = ("sub_event_type", "subtype", "sub_type")
ACTORS = ("actors", "actor", "actor1")
FATALITIES = ("fatalities", "deaths", "killed", "best")
SYNTHETIC_LABEL = "synthetic"  # source_dataset value written by mapper.sources.synthetic
DATE_FORMATS = ("ISO8601", "%d/%m/%Y", "%d %B %Y", "%d %b %Y", "%B %d, %Y")


def matches(columns: list[str]) -> bool:
    """True when a header has coordinate columns or a place-name column."""
    has_coords = find_column(columns, LATITUDE) and find_column(columns, LONGITUDE)
    return bool(has_coords or find_column(columns, PLACE))


def read(
    table: RawTable,
    *,
    skip_bad_rows: bool = False,
    geocoder: Callable[[list[str]], Any] | None = None,
) -> gpd.GeoDataFrame:
    """Normalise a generic events table (see the module docstring)."""
    check = Checker(table)
    cols = table.columns
    lat_col, lon_col = find_column(cols, LATITUDE), find_column(cols, LONGITUDE)
    place_col = find_column(cols, PLACE)
    if bool(lat_col) != bool(lon_col):  # half a coordinate pair
        check.require(LONGITUDE if lat_col else LATITUDE, what="coordinates")
    if not (lat_col or place_col):
        check.require(LATITUDE + PLACE, what="placing events (coordinates or a place name)")

    admin = {
        "admin1": check.text(find_column(cols, ADMIN1)),
        "admin2": check.text(find_column(cols, ADMIN2)),
        "admin3": check.text(find_column(cols, ADMIN3)),
    }
    if lat_col and lon_col:
        lat, lon = check.coordinates(lat_col, lon_col)
        precision = pd.Series("exact", index=table.frame.index, dtype="str")
        how = f"coordinates ({table.name_of(lat_col)}, {table.name_of(lon_col)})"
        if table.from_geometry and lat_col == "latitude":
            how = f"the {table.kind} file's points"
    else:
        # the row's own township, district and state pick the place among its namesakes; a
        # name in a column named for a kind of area is that kind ("township": "X Township")
        qualifiers = [
            (admin[key], kind)
            for key, kind, names in ADMIN_COLUMNS
            if find_column(cols, names) not in (None, place_col)
        ]
        kind_of_place = partial(qualify, column=place_col)
        placed = geocode_column(check, place_col, geocoder, qualifiers, query=kind_of_place)
        lat, lon = placed["latitude"].to_numpy(float), placed["longitude"].to_numpy(float)
        noted = noted_places(check, place_col, placed)
        precision = placed["precision"]
        admin["admin1"] = admin["admin1"].fillna(placed["admin1"])
        admin["admin3"] = admin["admin3"].fillna(placed["admin3"])
        how = f"geocoded from '{table.name_of(place_col)}'"
    precision_col = find_column(cols, ("precision",))
    if precision_col:
        given = check.text(precision_col).str.lower()
        unknown = given.notna() & ~given.isin(PRECISION_LEVELS)
        levels = ", ".join(PRECISION_LEVELS)
        check.flag(unknown, precision_col, f"unknown precision '{{}}' (use {levels})", given)
        precision = given.fillna(precision)
    elif find_column(cols, ("where_prec",)):  # a trimmed UCDP GED file
        place = find_column(cols, ("where_coordinates",))
        precision = ucdp.precision_of(check, find_column(cols, ("where_prec",)), place)
    elif find_column(cols, ("geo_precision",)):  # a trimmed ACLED export
        column = find_column(cols, ("geo_precision",))
        precision = check.codes(column, acled.GEO_PRECISION, what="geo_precision")

    id_col, date_col = find_column(cols, EVENT_ID), find_column(cols, DATE)
    if id_col:
        ids = check.ids(id_col)
    else:
        ids = pd.Series(table.frame.index + 1, index=table.frame.index).map("ROW-{}".format)
    if date_col:
        dates = check.dates(date_col, formats=DATE_FORMATS)
    else:
        dates = pd.Series(pd.NaT, index=table.frame.index, dtype="datetime64[ns]")
    actors = check.text(find_column(cols, ACTORS))
    if find_column(cols, ACTORS) == "actor1":
        actors = join_texts(actors, check.text("actor2"))
    name = table.member or table.path.name
    labels = check.text(find_column(cols, ("source_dataset",)))
    synthetic = bool((labels.str.lower() == SYNTHETIC_LABEL).any())
    columns = {
        "event_id": ids.astype("str"),
        "date": dates,
        "event_type": check.text(find_column(cols, EVENT_TYPE)),
        "sub_event_type": check.text(find_column(cols, SUB_EVENT_TYPE)),
        "actors": actors,
        "fatalities": check.integers(find_column(cols, FATALITIES)),
        "place": check.text(place_col),
        **admin,
        "precision": precision.astype("str"),
        "source_dataset": labels.fillna(f"{table.kind} {name}"),
    }
    events = check.finish(
        columns,
        np.asarray(lat, dtype=float),
        np.asarray(lon, dtype=float),
        skip_bad_rows=skip_bad_rows,
        attrs={
            "dataset": f"{table.kind} {name}",
            "version": None,
            "format": "table",
            "located_by": how,
            "has_dates": date_col is not None,
            SYNTHETIC_ATTR: synthetic,
        },
    )
    if not (lat_col and lon_col):  # the kept rows whose place the geocoder found with a note
        rejected = {r["row"] for r in events.attrs["rejected"]}
        events.attrs["placed_with_note"] = [r for r in noted if r["row"] not in rejected]
    return events
