"""mapper: where foreign-backed infrastructure and armed conflict meet.

The Python API takes and returns GeoDataFrames and folium Maps::

    import mapper
    places = mapper.geocode(["Kyaukphyu", "Letpadaung", "Salingyi Township"])
    projects = mapper.load_projects()
    events = mapper.load_events("ged.csv")
    result = mapper.proximity(events, projects, radii_km=(10, 25))
    m = mapper.build_map(events, projects, analysis=result)

Names are imported lazily so that ``import mapper`` and ``mapper --help`` stay fast.
"""

from __future__ import annotations

import importlib
from typing import Any

__version__ = "0.1.0"

# public name -> module that defines it
_EXPORTS: dict[str, str] = {
    "OfflineGeocoder": "mapper.geocoding",
    "geocode": "mapper.geocoding",
    "geocode_table": "mapper.sources._places",
    "load_gazetteer": "mapper.gazetteer",
    "load_projects": "mapper.sources.projects",
    "load_events": "mapper.sources",
    "load_counts": "mapper.sources.counts",
    "embedded_counts": "mapper.sources.embedded_counts",
    "synthetic_events": "mapper.sources.synthetic",
    "load_areas": "mapper.areas",
    "proximity": "mapper.analysis",
    "build_map": "mapper.maps",
    "save_map": "mapper.maps",
    "show": "mapper.maps",
    "extract": "mapper.text",
    "MapperError": "mapper.errors",
    "InputError": "mapper.errors",
}

__all__ = sorted(_EXPORTS) + ["__version__"]


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'mapper' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__
