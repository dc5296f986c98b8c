"""ACLED export CSV (Access Portal or API export, standard columns).

Column use: ``event_id_cnty`` (else ``data_id``) -> event_id, ``event_date`` (ISO, or
"01 February 2021" as older exports write it) -> date, ``event_type``, ``sub_event_type``,
``actor1; actor2`` -> actors, ``fatalities``, ``location`` -> place, ``admin1``..``admin3``
(ACLED writes Myanmar's split units as e.g. "Shan-North", "Bago-East"), ``latitude``,
``longitude``, ``geo_precision`` 1/2/3 -> exact/near/district (ACLED codebook: 1 the named
town or village, 2 near a town or in a small area, 3 only a larger region such as a district).

ACLED's terms forbid redistributing its rows: users load their own exports.
"""

from __future__ import annotations

import geopandas as gpd

from mapper.sources._places import looks_like
from mapper.sources._read import RawTable
from mapper.sources._validate import Checker, join_texts

DATASET = "ACLED"
ATTRIBUTION = "Armed Conflict Location & Event Data Project (ACLED), acleddata.com"

#: The standard columns of an ACLED export, in export order (mapper writes API downloads so).
EXPORT_COLUMNS: tuple[str, ...] = (
    "data_id",
    "iso",
    "event_id_cnty",
    "event_id_no_cnty",
    "event_date",
    "year",
    "time_precision",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "inter1",
    "actor2",
    "assoc_actor_2",
    "inter2",
    "interaction",
    "region",
    "country",
    "admin1",
    "admin2",
    "admin3",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "source_scale",
    "notes",
    "fatalities",
    "timestamp",
)

#: Columns that identify an ACLED export (detect_format): any 4, one of them ACLED's own.
SIGNATURE_OWN = (
    "event_id_cnty",
    "event_id_no_cnty",
    "data_id",
    "geo_precision",
    "time_precision",
    "assoc_actor_1",
    "assoc_actor_2",
    "inter1",
    "inter2",
    "interaction",
    "source_scale",
)
#: ACLED names that a generic events table also reads.
SIGNATURE_SHARED = ("event_date", "event_type", "sub_event_type", "actor1", "actor2")

GEO_PRECISION: dict[str, str] = {"1": "exact", "2": "near", "3": "district"}
DATE_FORMATS = ("ISO8601", "%d %B %Y", "%d-%B-%Y", "%d %b %Y")

REQUIRED = (
    ("event_id_cnty", "data_id"),
    "event_date",
    "event_type",
    "latitude",
    "longitude",
    "geo_precision",
)


def matches(columns: list[str]) -> bool:
    """True when a header looks like an ACLED export (even with a required column missing)."""
    return looks_like(columns, SIGNATURE_OWN, SIGNATURE_SHARED)


def read(table: RawTable, *, skip_bad_rows: bool = False) -> gpd.GeoDataFrame:
    """Normalise an ACLED export (see the module docstring)."""
    check = Checker(table)
    found = check.require(*REQUIRED, what="an ACLED export")
    lat, lon = check.coordinates("latitude", "longitude")
    columns = {
        "event_id": check.ids(found["event_id_cnty"]),
        "date": check.dates("event_date", formats=DATE_FORMATS),
        "event_type": check.text("event_type"),
        "sub_event_type": check.text("sub_event_type"),
        "actors": join_texts(check.text("actor1"), check.text("actor2")),
        "fatalities": check.integers("fatalities"),
        "place": check.text("location"),
        "admin1": check.text("admin1"),
        "admin2": check.text("admin2"),
        "admin3": check.text("admin3"),
        "precision": check.codes("geo_precision", GEO_PRECISION, what="geo_precision"),
        "source_dataset": DATASET,
    }
    check.flag(columns["event_type"].isna(), "event_type", "missing event type")
    return check.finish(
        columns,
        lat,
        lon,
        skip_bad_rows=skip_bad_rows,
        attrs={"dataset": DATASET, "version": None, "format": "acled", "attribution": ATTRIBUTION},
    )
