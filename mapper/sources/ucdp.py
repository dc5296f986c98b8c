"""UCDP Georeferenced Event Dataset (GED): the CSV, or the zip that UCDP publishes it in.

Column use: ``id`` -> event_id, ``date_start`` -> date, ``type_of_violence`` 1/2/3 ->
"state-based"/"non-state"/"one-sided", ``best`` -> fatalities, ``side_a; side_b`` -> actors,
``where_coordinates`` -> place, ``adm_1``/``adm_2`` -> admin1/admin2, ``latitude``/``longitude``.

``where_prec`` (GED codebook; summarised e.g. at
https://rdrr.io/cran/mapme.biodiversity/src/R/calc_fatalities_ucdp.R, codebook at
https://ucdp.uu.se/downloads/) maps to the shared precision scale:

====  ===========================================================  ==========
code  GED meaning                                                  precision
====  ===========================================================  ==========
1     exact location of the event                                  exact
2     within about 25 km of a known point                          near
3     second-order administrative division (ADM2, district)        district
4     first-order administrative division (ADM1, state/region)     state
5     a larger or vaguer area, or a linear feature (road, river)   state (*)
6     only the country is known (country centroid)                 country
7     international waters/airspace or an unclear location         country
====  ===========================================================  ==========

(*) In Myanmar, GED codes most township-level locations as 5: 2,928 of the 3,182 code-5 events
in GED 1989-2023 are written "X township" and placed at that township's centre. Those are
located to a township, so they get ``district`` precision (the township scale); every other
code-5 event ("Thai Border East", "Matupi - Mindat highway") stays ``state``.

Licence: UCDP GED is CC BY 4.0; cite Sundberg & Melander (2013), JPR 50(4), and the codebook.
"""

from __future__ import annotations

import re
from pathlib import Path

import geopandas as gpd

from mapper.sources._places import looks_like
from mapper.sources._read import RawTable
from mapper.sources._validate import Checker, join_texts

DATASET = "UCDP GED"
ATTRIBUTION = "UCDP Georeferenced Event Dataset (GED), Uppsala Conflict Data Program, CC BY 4.0"

#: where_prec code -> precision level (see the module docstring for the codebook meanings).
WHERE_PREC: dict[str, str] = {
    "1": "exact",
    "2": "near",
    "3": "district",
    "4": "state",
    "5": "state",
    "6": "country",
    "7": "country",
}
#: A code-5 location naming a township ("Kalay township") is located to that township.
TOWNSHIP_PLACE = re.compile(r"\btownship\b", re.IGNORECASE)
VIOLENCE_TYPES: dict[str, str] = {"1": "state-based", "2": "non-state", "3": "one-sided"}

#: Columns that loading needs.
REQUIRED = ("id", "date_start", "type_of_violence", "where_prec", "best", "latitude", "longitude")
#: Columns that identify a GED file (detect_format): any 4, one of them GED's own.
SIGNATURE_OWN = (
    "type_of_violence",
    "where_prec",
    "where_coordinates",
    "adm_1",
    "adm_2",
    "conflict_new_id",
    "dyad_new_id",
    "side_a_new_id",
    "side_b_new_id",
    "event_clarity",
    "date_prec",
    "priogrid_gid",
)
SIGNATURE_SHARED = ("id", "date_start", "best")  # names a generic events table also reads

_VERSION = re.compile(r"ged(?:event)?[_-]?v?(\d{2})[._-]?(\d)(?!\d)", re.IGNORECASE)


def matches(columns: list[str]) -> bool:
    """True when a header looks like a UCDP GED file (even with a required column missing)."""
    return looks_like(columns, SIGNATURE_OWN, SIGNATURE_SHARED)


def version_from_name(*names: str | None) -> str | None:
    """GED version written in a file name, e.g. ``ged241-csv.zip`` or ``GEDEvent_v24_1.csv``."""
    for name in names:
        if name:
            match = _VERSION.search(Path(name).name)
            if match:
                return f"{match.group(1)}.{match.group(2)}"
    return None


def precision_of(
    check: Checker, column: str = "where_prec", place_column: str | None = "where_coordinates"
):
    """``where_prec`` on the shared scale, with township-named code-5 locations as district
    (also for a generic table that kept GED's ``where_prec``)."""
    precision = check.codes(column, WHERE_PREC, what="where_prec")
    code = check.text(column).str.replace(r"\.0+$", "", regex=True)
    place = check.text(place_column)
    township_area = (code == "5") & place.fillna("").str.contains(TOWNSHIP_PLACE)
    return precision.mask(township_area, "district")


def read(table: RawTable, *, skip_bad_rows: bool = False) -> gpd.GeoDataFrame:
    """Normalise a GED table (see the module docstring)."""
    check = Checker(table)
    check.require(*REQUIRED, what="a UCDP GED file")
    lat, lon = check.coordinates("latitude", "longitude")
    version = version_from_name(table.path.name, table.member)
    columns = {
        "event_id": check.ids("id"),
        "date": check.dates("date_start"),
        "event_type": check.codes("type_of_violence", VIOLENCE_TYPES, what="type_of_violence"),
        "sub_event_type": None,
        "actors": join_texts(check.text("side_a"), check.text("side_b")),
        "fatalities": check.integers("best", required=True),
        "place": check.text("where_coordinates"),
        "admin1": check.text("adm_1"),
        "admin2": check.text("adm_2"),
        "admin3": None,
        "precision": precision_of(check),
        "source_dataset": f"{DATASET} {version}" if version else DATASET,
    }
    return check.finish(
        columns,
        lat,
        lon,
        skip_bad_rows=skip_bad_rows,
        attrs={
            "dataset": DATASET,
            "version": version,
            "format": "ucdp",
            "attribution": ATTRIBUTION,
        },
    )
