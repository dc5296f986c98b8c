"""Shared vocabularies: the normalised event columns and the location-precision scale.

Every source module (ACLED, UCDP, generic CSV, counts) produces these columns, so analysis and
maps never need to know where events came from.
"""

from __future__ import annotations

from typing import Any

WGS84 = "EPSG:4326"

#: Columns of a normalised events GeoDataFrame, in order (plus ``geometry``).
EVENT_COLUMNS: tuple[str, ...] = (
    "event_id",  # str, unique within the dataset
    "date",  # datetime64[ns]
    "event_type",  # str, e.g. "Battles" (ACLED) or "state-based" (UCDP)
    "sub_event_type",  # str or NA
    "actors",  # str: "side A; side B"
    "fatalities",  # Int64 (best estimate), NA when unknown
    "place",  # str: the location text as the source wrote it
    "admin1",  # str: state/region as the source wrote it
    "admin2",  # str or NA
    "admin3",  # str or NA
    "precision",  # one of PRECISION_LEVELS
    "source_dataset",  # str, e.g. "UCDP GED 24.1", "ACLED", "synthetic"
)

#: One location-precision scale for every source, from most to least precise.
#: exact: the event site; near: within a few km (a village or town nearby);
#: district: located to a district/township; state: to a state/region; country: only the country.
PRECISION_LEVELS: tuple[str, ...] = ("exact", "near", "district", "state", "country")

#: Precision levels excluded from proximity analysis by default (too coarse for a radius).
IMPRECISE_LEVELS: frozenset[str] = frozenset({"state", "country"})

#: Project columns of the catalogue and of any loaded projects file (plus ``geometry``).
PROJECT_COLUMNS: tuple[str, ...] = (
    "id",
    "name",
    "sector",
    "status",
    "investors",
    "location_names",
    "location_precision",  # exact / approximate / admin area
    "sources",  # JSON list of {"name": ..., "url": ...}
    "notes",
)

#: Attribute key set on GeoDataFrames made by the synthetic generator; maps and reports
#: say "synthetic" wherever such data is shown.
SYNTHETIC_ATTR = "synthetic"


def is_synthetic(*frames: Any) -> bool:
    """True when any (pandas) frame is labelled synthetic: ``attrs["synthetic"]``, or a
    ``source_dataset`` value starting with "synthetic" (which survives a concat of real and
    synthetic events, where attrs do not)."""
    for frame in frames:
        if frame is None:
            continue
        if getattr(frame, "attrs", {}).get(SYNTHETIC_ATTR):
            return True
        if "source_dataset" in getattr(frame, "columns", ()):
            values = [str(v).lower() for v in frame["source_dataset"].dropna().unique()]
            if any(v.startswith("synthetic") for v in values):
                return True
    return False
