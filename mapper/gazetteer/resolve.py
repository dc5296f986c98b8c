"""Turn a parsed query into ranked gazetteer candidates (the matching core of the geocoder).

Lookup tiers, tried per reading of the query: the exact key, then the romanisation skeleton
(weighted down when the spelling itself is far from the name: "Dapein" is not "Tar Pin"), then
(only when both miss) rapidfuzz over the major places, or over the places inside the qualifying
areas, most specific first (village tract, township, district, state; the larger the area, the
stricter the cutoff and the lower the score). Candidates are ranked by: honours the qualifiers,
is not itself the place a qualifier names ("Yangon, Yangon Region" is the city), matches the
kind the query names ("X Township"), lookup tier, found by a curated alias (data/gazetteer/
aliases.csv: "Kokang" is the zone), the larger kind (state > town > township > village; a
village with a GeoNames population counts as a village tract; the place a facility is named
after, "Sagaing prison", is the town before the state), the name's weight, a
township's seat town or a village tract's main village, population.
"""

from __future__ import annotations

import heapq
import re
import unicodedata
from dataclasses import dataclass, field, replace
from functools import lru_cache

import numpy as np
from pyproj import Geod
from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA, Levenshtein

from mapper.gazetteer.mentions import mentions, reads_as_news, sentence_case
from mapper.gazetteer.query import (
    _ATTRIBUTION,
    _POSSESSIVE,
    _SITE_WORDS,
    _SPECIFICITY,
    _SPLIT,
    _WIRE_TAIL,
    CAPACITY,
    MAX_OFFSET_KM,
    Offset,
    Reading,
    _part_kind,
    _strip_kind,
    _trailing_name,
    _without_trailing_clause,
    capital_of,
    check,
    find_offset,
    in_one_script,
    mixed_script_parts,
    offset_out_of_range,
    parse,
    plain_parts,
    readings,
    route_ends,
    split_parts,
    strip_leading,
    without_dates,
)
from mapper.gazetteer.sites import sites_named
from mapper.gazetteer.sources import read_capitals
from mapper.gazetteer.store import (
    CURATED_WEIGHT,
    DISTRICT_POINT,
    KIND_RANK,
    NOT_WARD_TAG,
    TOWN_TAG,
    TOWNSHIP_POINT,
    VILLAGE_TRACT_POINT,
    Gazetteer,
)
from mapper.gazetteer.text import clean, from_zawgyi, normalize, scripts, skeleton

#: qualified text that the fast path leaves to the full parser: a leading phrase, or a
#: distance (two patterns: the anchored one fails at once, the other only looks for digits)
_NOT_SIMPLE_START = re.compile(
    r"\s*(?:near|around|outside|on|the|in|at|from|of|close|\d)\b", re.IGNORECASE
)
_DISTANCE = re.compile(r"\d\s*(?:km|mi)", re.IGNORECASE)
#: a target part that the fast path leaves to the full parser: the parser reads a bracketed
#: part as one more qualifier or part of the name, and "A/B" as alternatives
_NOT_SIMPLE_TARGET = re.compile(r"[()\[\]/]")
#: text that needs the full parser: separators, parentheses, leading phrases ("near X")
_COMPLEX = re.compile(
    _SPLIT.pattern
    + "|"
    + _POSSESSIVE.pattern
    + r"|[()\[\]/]|^\s*(?:near|around|outside|the|in|at|from|of|close)\b|\d"
    + r"|^[nsew]\.\s",  # "E. Shan": a direction, not the GeoNames name "Eshan"
    re.IGNORECASE,
)
TIER_FACTOR = (1.0, 0.92)  # exact key, romanisation skeleton; fuzzy uses ratio * FUZZY_FACTOR
FUZZY_FACTOR = 0.9
#: a romanisation variant at least this similar (edit ratio) to the name keeps its full weight
VARIANT_FULL_SIMILARITY = 0.85
#: A romanisation variant scored under this ("Salween" for the village tract Shar Lwin) says so:
#: in the evaluation, 9 of the 14 variant answers under 0.75 failed, none of the 18 from 0.75
#: to 0.9.
VARIANT_NOTE_BELOW = 0.75
FUZZY_CUTOFF_MAJOR = 86.0
#: A major place one typing slip from a key of at least this many letters is a fuzzy match
ONE_EDIT_MIN_CHARS = 7
AMBIGUOUS_KM = 10.0
NEAR_QUALIFIER_KM = 60.0
#: the least score of a place taken as found surely (just outside its qualifier, or beside an
#: unknown one)
SURE_SCORE = 0.75
MISSED_QUALIFIER_KM = 100.0
#: the kinds of administrative area (their kind words are the same: "X Township" means the
#: township), and those with towns: the places a qualifier names, looked up fuzzily when
#: misspelt, and beside which a place may be written without a comma ("Let Se Kan Magway")
_AREA_KINDS = frozenset({"township", "district", "state"})
_TOWN_OR_AREA_KINDS = _AREA_KINDS | {"town"}
#: The factor on an answer whose qualifier names, by its kind word, an area the gazetteer does
#: not know ("Mogaung village, Kany Township"): the answer was not checked against it
UNKNOWN_AREA_FACTOR = 0.6
#: fuzzy matching inside a qualifying area: (similarity cutoff, score factor); the larger the
#: area, the more look-alike names it holds, so the lower the confidence in the closest one
WIDER_AREA_CUTOFF = 6.0
MAX_FUZZY_AREAS = 3
AREA_FUZZY = {
    "village_tract": (78.0, 0.85),
    "town": (80.0, 0.8),
    "township": (80.0, 0.8),
    "district": (82.0, 0.65),
    "state": (84.0, 0.55),
}
#: "X village, 13 km northeast of Lashio": a place named X is taken when it lies within
#: max(OFFSET_NEAR_KM, OFFSET_NEAR_SHARE * distance) of the point the text describes; else the
#: answer is that point, scored OFFSET_FACTOR times the place it is measured from (a distance
#: without a direction gives that place itself, scored NO_BEARING_FACTOR times)
OFFSET_NEAR_KM = 5.0
OFFSET_NEAR_SHARE = 0.5
OFFSET_FACTOR = 0.8
NO_BEARING_FACTOR = 0.5
_GEOD = Geod(ellps="WGS84")
_NOT_AN_ANCHOR = frozenset({"country", "state", "district", "foreign_region"})
ADMIN_KINDS = frozenset(
    {"country", "state", "district", "township", "town", "village_tract", "foreign_region"}
)
#: kinds of place only Myanmar has in the gazetteer, and the kinds of places abroad
_MYANMAR_KINDS = frozenset({"township", "district", "village_tract", "village", "ward"})
_FOREIGN_KINDS = frozenset({"foreign_city", "foreign_region"})
# most specific first: the order in which qualifier places are used as a fallback
_SPECIFIC = {
    "village_tract": 0,
    "town": 1,
    "township": 2,
    "district": 3,
    "state": 4,
    "foreign_region": 4,
    "country": 5,
}
# a query naming one kind also accepts these kinds without penalty
_COMPATIBLE = {
    "town": {"town", "foreign_city"},
    "township": {"township"},
    "village": {"village", "ward"},
    "village_tract": {"village_tract"},
    "ward": {"ward"},
    "state": {"state", "foreign_region"},
    "district": {"district"},
    "site": {"site"},
}


@dataclass
class Candidate:
    """One ranked answer: a place id, its score in [0, 1] and how it was found."""

    place_id: int
    score: float
    match: str  # exact | variant | fuzzy | qualifier | offset
    note: str | None = None
    rivals: int = 0  # other places of the same rank elsewhere (each one's score is halved)
    #: for a match "offset": the point the text describes (latitude, longitude) and its label
    #: ("about 13 km northeast of Lashio"); place_id is then the place it is measured from
    point: tuple[float, float] | None = None
    label: str | None = None


@dataclass
class Resolution:
    """The ranked candidates for a query, or none and the reason why."""

    query: str
    candidates: list[Candidate] = field(default_factory=list)
    reason: str | None = None


def _tags_of(gaz: Gazetteer, pid: int) -> frozenset[str]:
    """The area tags of a place (P-codes of its state, district, township and village tract,
    its state group and country), from the gazetteer's precomputed table."""
    return gaz.area_tags[pid]


def _hits_inside(gaz: Gazetteer, key: str, hits, qualifiers) -> list[tuple[int, float]]:
    """The hits of ``key`` whose place lies inside every qualifier (a tag set each)."""
    area_tags = gaz.area_tags
    for i, (q, _) in enumerate(qualifiers):
        if len(q) == 1:
            (tag,) = q
            if i == 0 and len(hits) >= _GROUP_MIN_HITS:
                hits = _hits_in_area(gaz, key, hits, tag)
            else:
                hits = [hit for hit in hits if tag in area_tags[hit[0]]]
        elif (wards := _ward_tags(q)) is q:  # no town among the qualifier's places
            hits = [hit for hit in hits if not q.isdisjoint(area_tags[hit[0]])]
        else:
            records = gaz.records
            hits = [
                hit
                for hit in hits
                if not (wards if records[hit[0]][0] == "ward" else q).isdisjoint(area_tags[hit[0]])
            ]
        if not hits:
            break
    return list(hits)


def _ward_tags(q: set[str]) -> set[str]:
    """The tags a ward must carry to lie in a qualifier of tags ``q``: the town's, when the
    qualifier names a town ("No. 3 Ward, Lashio" is in Lashio town, not in another town of
    Lashio district), else any of ``q``."""
    towns = {tag for tag in q if tag.startswith(TOWN_TAG)}
    return towns or q


_GROUP_MIN_HITS = 16


def _hits_in_area(gaz: Gazetteer, key: str, hits, tag: str) -> list[tuple[int, float]]:
    """The hits of a common name inside the area ``tag``, in their order, from the name's hits
    grouped once (memoised per key), so that "Kone Gyi village, X Township" does not scan
    every Kone Gyi in the country. A township's P-code, the usual qualifier, needs the hits
    grouped by their township only; any other tag, by all their tags."""
    by_township = tag in gaz.township_codes()
    memo = gaz.__dict__.setdefault("_hits_by_tag_memo", {})
    found = memo.get((key, by_township))
    if found is None:
        found = {}
        if by_township:  # a place's township is the one township code among its tags
            records = gaz.records
            for hit in hits:
                found.setdefault(records[hit[0]][7], []).append(hit)
        else:
            area_tags = gaz.area_tags
            for hit in hits:
                for each in area_tags[hit[0]]:
                    found.setdefault(each, []).append(hit)
        if len(memo) > 50_000:
            memo.clear()
        memo[key, by_township] = found
    return found.get(tag, [])


def _area_tag(gaz: Gazetteer, pid: int) -> set[str]:
    """The tags a place contained in this qualifier place carries (a town admits its own wards
    and the other places of its township)."""
    rec = gaz.records[pid]
    kind, _, _, _, st, group, d, ts, vt, country = rec[:10]
    if kind == "country":
        return {f"country:{country}"}
    if kind in ("state", "foreign_region"):
        return {st} if isinstance(st, str) else {f"group:{group}"}
    if kind == "district":
        return {d} if isinstance(d, str) else set()
    if kind == "township":
        return {ts} if isinstance(ts, str) else set()
    if kind == "town":
        if not isinstance(ts, str):
            return set()
        pcode = gaz.places["pcode"].iat[pid]
        own = {TOWN_TAG + pcode} if isinstance(pcode, str) else set()
        return {NOT_WARD_TAG + ts, *own}
    if kind == "village_tract":
        return {vt} if isinstance(vt, str) else set()
    return {f"place:{pid}"}


def _lookup(gaz: Gazetteer, reading: Reading) -> tuple[int, tuple[tuple[int, float], ...]]:
    hits = gaz.exact.get(reading.key)
    if hits:
        return 0, hits
    skel = skeleton(reading.key)
    hits = gaz.loose.get(skel) if len(skel) >= 3 else None  # "Qqqq" is no "q"-name
    if hits:
        return 1, _variant_hits(gaz, reading.key, skel, hits)
    if reading.kind == "site":  # "Shweli dam": the Shweli-1 hydropower plant
        hits = sites_named(gaz, reading.text)
        if hits:
            return 1, hits
    return -1, ()


def _lookups(gaz: Gazetteer, reading: Reading) -> list[tuple[int, tuple]]:
    """``_lookup``'s (tier, hits), plus the romanisation-variant hits when the reading names a
    kind that no exact hit has: "Kyaukgyi town" is the town Kyaukkyi, though a village tract
    is spelt "Kyauk Gyi" exactly."""
    tier, hits = _lookup(gaz, reading)
    if not hits:
        return []
    found = [(tier, hits)]
    if reading.kind == "township" and (seats := _townships_of_seat_towns(gaz, hits)):
        found.insert(0, (tier, seats))  # "Tiddim Township": Tedim town's township
    if tier == 0 and reading.kind:
        wanted = _COMPATIBLE.get(reading.kind, {reading.kind})
        if not any(gaz.records[pid][0] in wanted for pid, _ in hits):
            skel = skeleton(reading.key)
            variants = gaz.loose.get(skel, ())
            domestic = wanted - _FOREIGN_KINDS  # "Mong Kar town" is not Mengka (China)
            kinds = [(pid, w) for pid, w in variants if gaz.records[pid][0] in domestic]
            if kinds:  # only close respellings (kept at full weight)
                weighted = dict(_variant_hits(gaz, reading.key, skel, variants))
                close = tuple((pid, w) for pid, w in kinds if weighted[pid] >= w)
                if close:
                    found.append((1, close))
    return found


def _townships_of_seat_towns(gaz: Gazetteer, hits) -> tuple:
    """The townships whose seat towns are among ``hits`` (at the town's weight), when no hit
    is a township: a township is named after its seat, so the seat's other names ("Tiddim",
    "Hsenwi") name it too."""
    records = gaz.records
    if any(records[pid][0] == "township" for pid, _ in hits):
        return ()
    by_pcode = gaz.__dict__.get("_township_by_pcode")
    if by_pcode is None:
        places = gaz.places
        townships = places[places["kind"] == "township"]
        by_pcode = dict(zip(townships["pcode"].tolist(), townships.index.tolist(), strict=True))
        gaz.__dict__["_township_by_pcode"] = by_pcode
    return tuple(
        (by_pcode[records[pid][7]], weight)
        for pid, weight in hits
        if records[pid][0] == "town" and records[pid][10] and records[pid][7] in by_pcode
    )


def _variant_factor(similarity: float) -> float:
    """1 for a close respelling (edit ratio >= VARIANT_FULL_SIMILARITY), falling linearly to
    0.5 at a ratio of 0.6 and below."""
    if similarity >= VARIANT_FULL_SIMILARITY:
        return 1.0
    span = VARIANT_FULL_SIMILARITY - 0.6
    return max(0.5, 0.5 + 0.5 * (similarity - 0.6) / span)


def _variant_hits(gaz: Gazetteer, key: str, skel: str, hits) -> tuple[tuple[int, float], ...]:
    """Skeleton (romanisation-variant) hits, each weighted down by how far the spelling is from
    the place's nearest alias with that skeleton: "Kyaukpyu" for "Kyaukphyu" keeps its weight,
    "Dapein" for "Tar Pin" (same skeleton, different name) does not."""
    memo = gaz.__dict__.setdefault("_variant_memo", {})
    found = memo.get(key)
    if found is None:
        best: dict[int, float] = {}
        for k in gaz.loose_keys.get(skel, ()):
            sim = fuzz.ratio(key, k) / 100
            for pid, _ in gaz.exact[k]:
                if sim > best.get(pid, 0.0):
                    best[pid] = sim
        found = tuple((pid, w * _variant_factor(best.get(pid, 0.0))) for pid, w in hits)
        if len(memo) > 50_000:
            memo.clear()
        memo[key] = found
    return found


def _qualifier(gaz: Gazetteer, readings: list[Reading]) -> tuple[set[str], list[int]]:
    """Tags of the areas a qualifier names, and those areas (most specific first)."""
    for reading in readings:
        _, hits = _lookup(gaz, reading)
        admin = [(pid, w) for pid, w in hits if gaz.records[pid][0] in ADMIN_KINDS]
        if reading.kind:
            wanted = _COMPATIBLE.get(reading.kind, {reading.kind})
            compatible = [(pid, w) for pid, w in admin if gaz.records[pid][0] in wanted]
            if not compatible and reading.kind == "township":
                # "Danai township": the township of Tanai town, found by its skeleton (before
                # any close spelling of another township's name: Dawei's "Dawai")
                compatible = list(_townships_of_seat_towns(gaz, admin))
            if not compatible and reading.kind in _TOWN_OR_AREA_KINDS:
                # "Sintgu Township": the township Singu, not a Sint Ku village tract
                fuzzy = _fuzzy(gaz, reading.key, [])
                compatible = [(pid, w) for pid, w in fuzzy if gaz.records[pid][0] in wanted]
                if not compatible:  # a slip past the ratio's cutoff: "Kawlni Township"
                    compatible = _fuzzy_of_kind(gaz, reading.key, reading.kind, [])
            admin = compatible or admin
        elif any(gaz.records[pid][0] in _AREA_KINDS for pid, _ in admin):
            # a bare state or township name ("Shan", "Sagaing", "Myaung") names the state or
            # the township and its town, not the village tracts of that name (a "Shan" village
            # tract lies in Ayeyarwady, "Myaung" ones in Bago and Magway)
            admin = [(pid, w) for pid, w in admin if gaz.records[pid][0] not in _MINOR_KINDS]
        if not admin:
            continue
        tags: set[str] = set()
        for pid, _ in admin:
            tags |= _area_tag(gaz, pid)
        areas = sorted((pid for pid, _ in admin), key=lambda p: _SPECIFIC.get(gaz.records[p][0], 9))
        if readings[0].text.lower().endswith("division"):  # a region by its name before 2008
            for pid, _ in admin:
                for later in _DIVISION_PARTS.get(gaz.records[pid][4], ()):
                    tags.add(later)
                    areas += _states_of_pcode(gaz, later)
        return tags, areas
    return set(), []


#: the states a division held when it was called so (before the 2008 Constitution): Mandalay
#: Division held what is now the Nay Pyi Taw Union Territory (UCDP writes "Thabyegon town,
#: Mandalay division" of a place now in Nay Pyi Taw)
_DIVISION_PARTS = {"MMR010": ("MMR018",)}


def _states_of_pcode(gaz: Gazetteer, pcode: str) -> list[int]:
    """The place ids of the state or region with P-code ``pcode``."""
    places = gaz.places
    return places.index[(places["kind"] == "state") & (places["pcode"] == pcode)].tolist()


def _qualifier_memo(gaz: Gazetteer, readings: list[Reading]) -> tuple[set[str], list[int]]:
    memo = gaz.__dict__.setdefault("_qualifier_memo", {})
    key = tuple(readings)
    found = memo.get(key)
    if found is None:
        if len(memo) > 50_000:
            memo.clear()
        found = memo[key] = _qualifier(gaz, readings)
    return found


def _qualifier_of_text(gaz: Gazetteer, part: str) -> tuple[set[str], list[int]]:
    """``_qualifier`` of one qualifier part as written (memoised by its text)."""
    memo = gaz.__dict__.setdefault("_qualifier_text_memo", {})
    found = memo.get(part)
    if found is None:
        if len(memo) > 50_000:
            memo.clear()
        found = memo[part] = _qualifier_memo(gaz, list(readings(part)))
    return found


def _km(a: tuple, b: tuple) -> float:
    from math import cos, hypot, radians

    dlat = (a[1] - b[1]) * 111.2
    dlon = (a[2] - b[2]) * 111.2 * cos(radians((a[1] + b[1]) / 2))
    return hypot(dlat, dlon)


def _similarity(key: str, choices: list[str], skeletons: list[str]):
    """Similarity (0-100) of ``key`` to each choice: the mean of the plain and the
    romanisation-skeleton edit ratios (so "Thindaw"/"Thintaw" is close, "Dapein"/"Tar Pin" is
    not as close as their shared skeleton suggests); and the plain ratios alone."""
    plain = process.cdist([key], choices, scorer=fuzz.ratio, dtype=np.float32)[0]
    loose = process.cdist([skeleton(key)], skeletons, scorer=fuzz.ratio, dtype=np.float32)[0]
    return (plain + loose) / 2, plain


_MINOR_KINDS = ("village", "village_tract", "ward")


def _fuzzy(
    gaz: Gazetteer, key: str, areas: list[tuple[str, float, float]]
) -> list[tuple[int, float]]:
    """Fuzzy matches of ``key``: among the places inside the qualifying areas (most specific
    first; ``(tag, cutoff, factor)``), else among the major places (never villages: too many
    look alike). Scores carry the similarity times a factor that is lower for larger areas."""
    if len(key) < 4 or not key.isascii():
        return []
    if not areas:
        found = process.extract(
            key, gaz.major_keys, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF_MAJOR, limit=8
        ) or _one_edit_away(key, gaz.major_keys)
        return [
            (pid, w * ratio / 100 * FUZZY_FACTOR)
            for choice, ratio, _ in found
            for pid, w in gaz.exact[choice]
            if gaz.records[pid][0] not in _MINOR_KINDS
            # a place abroad by a close spelling of its own name only, not of one of GeoNames'
            # many alternate names: "Maladaw" is a misspelt Myanmar name, not Malda ("Malada")
            and (w >= 1.0 or gaz.records[pid][0] not in _FOREIGN_KINDS)
        ]
    major: dict[int, float] = {}
    for i, (tag, cutoff, factor, kind) in enumerate(areas):
        if i:  # a wider qualifier, searched because the narrowest one has nothing alike
            cutoff, factor = cutoff + WIDER_AREA_CUTOFF, factor * 0.8
        choices, skeletons = _area_choices(gaz, tag)
        if not choices:
            continue
        sims, plain = _similarity(key, choices, skeletons)
        # or as close as written, when the skeletons part ("Mikayn": "miken", "mikayin"); or
        # a long skeleton with two letters swapped, or one dropped ("Myti Phyar" for Myit
        # Hpyar), not one changed ("Kyauk-kwa" is no Kyauk Hpar)
        near = (sims >= cutoff) | (plain >= max(cutoff, FUZZY_CUTOFF_MAJOR))
        if len(skel := skeleton(key)) >= ONE_EDIT_MIN_CHARS:
            slips = process.cdist([skel], skeletons, scorer=OSA.distance, dtype=np.int32)[0]
            edits = process.cdist([skel], skeletons, scorer=Levenshtein.distance, dtype=np.int32)[0]
            lengths = np.fromiter(map(len, skeletons), dtype=np.int32, count=len(skeletons))
            near |= (slips == 1) & ((edits == 2) | (lengths != len(skel)))
        best = np.flatnonzero(near)
        best = best[np.argsort(-sims[best])][:8]
        out = [
            (pid, w * max(float(sims[j]) * factor, _major_ratio(gaz, pid, key, choices[j])) / 100)
            for j in best
            for pid, w in gaz.exact[choices[j]]
            if tag in _tags_of(gaz, pid)
        ]
        if out or (out := _size_word_added(gaz, key, tag, factor)):
            return out
        if i == 0 and kind in _LENIENT_KINDS and (out := _clear_best(gaz, key, tag, sims, choices)):
            return [(pid, w * factor * LENIENT_FACTOR) for pid, w in out]
        # never stricter than the unqualified search: a major place as close in spelling as
        # that search asks ("Mandalay's Mahaaungmye Township" is Mahaaungmyay, as
        # "Mahaaungmye" alone is)
        close = plain >= FUZZY_CUTOFF_MAJOR
        if not close.any() and len(key) >= ONE_EDIT_MIN_CHARS:
            close = process.cdist([key], choices, scorer=OSA.distance, dtype=np.int32)[0] <= 1
        for j in np.flatnonzero(close):
            for pid, w in gaz.exact[choices[j]]:
                if gaz.records[pid][0] not in _MINOR_KINDS and tag in _tags_of(gaz, pid):
                    score = w * float(plain[j]) / 100 * FUZZY_FACTOR
                    major[pid] = max(major.get(pid, 0.0), score)
    return list(major.items())


#: inside a township or village tract the text names, a respelling farther than the cutoff
#: is taken when it is the one clearly closest: at least LENIENT_CUTOFF alike and LENIENT_MARGIN
#: more alike than any other place's name there, and starting alike ("Pait Khayar" for Peik Ka
#: Yar in Mingin), scored LENIENT_FACTOR times a close spelling's
_LENIENT_KINDS = frozenset({"township", "village_tract"})
LENIENT_CUTOFF = 70.0
LENIENT_MARGIN = 8.0
LENIENT_FACTOR = 0.8
LENIENT_MIN_CHARS = 6


def _clear_best(
    gaz: Gazetteer, key: str, tag: str, sims: np.ndarray, choices: list[str]
) -> list[tuple[int, float]]:
    """The places of the name in area ``tag`` clearly closest to ``key`` (see LENIENT_CUTOFF),
    each with its name's weight times the similarity (0-1); [] when none is."""
    if len(key) < LENIENT_MIN_CHARS:
        return []
    top, best = 0.0, set()
    for j in np.argsort(-sims)[:40]:
        places = {pid: w for pid, w in gaz.exact[choices[j]] if tag in _tags_of(gaz, pid)}
        if not places:
            continue
        if not best:
            top, best = float(sims[j]), places
            if top < LENIENT_CUTOFF or skeleton(choices[j])[:1] != skeleton(key)[:1]:
                return []  # (nor one that starts otherwise: "Min Ywa" is no Inn Wa)
        elif best.keys().isdisjoint(places):  # the next place's name: far enough behind?
            if float(sims[j]) > top - LENIENT_MARGIN:
                return []
            break
    return [(pid, w * top / 100) for pid, w in best.items()]


def _major_ratio(gaz: Gazetteer, pid: int, key: str, choice: str) -> float:
    """The similarity (0-100, times FUZZY_FACTOR) a major place as close in spelling scores
    unqualified (see ``_fuzzy``); 0 for a village or a farther spelling. A qualifier that
    holds the place lowers no score ("Thandwo Township, Rakhine State" as "Thandwo Township")."""
    if gaz.records[pid][0] in _MINOR_KINDS:
        return 0.0
    plain = fuzz.ratio(key, choice)
    if plain < FUZZY_CUTOFF_MAJOR and not (
        len(key) >= ONE_EDIT_MIN_CHARS and OSA.distance(key, choice, score_cutoff=1) <= 1
    ):
        return 0.0
    return max(plain, FUZZY_CUTOFF_MAJOR) * FUZZY_FACTOR


#: the words a village's name ends in for its size, which reports may leave out: "gyi" (big),
#: "lay", "ngay", "galay" (small)
_SIZE_WORDS = ("gyi", "lay", "ngay", "galay", "kalay", "gale")
#: the similarity a name with its size word left out scores as (a close spelling's)
SIZE_WORD_SIMILARITY = 85.0


def _size_word_added(gaz: Gazetteer, key: str, tag: str, factor: float) -> list[tuple[int, float]]:
    """The places in area ``tag`` named ``key`` and a size word, when one such name is there
    ("Inn Lel village, Kanbalu Township" is MIMU's Inn Lel Gyi: no Inn Lel Lay beside it),
    scored as a close spelling; [] when none is, or several."""
    inside = {
        word: [(pid, w) for pid, w in gaz.exact.get(key + word, ()) if tag in _tags_of(gaz, pid)]
        for word in _SIZE_WORDS
    }
    named = [hits for hits in inside.values() if hits]
    if len(named) != 1:
        return []
    return [(pid, w * SIZE_WORD_SIMILARITY / 100 * factor) for pid, w in named[0]]


#: A township, district or state one typing slip from a key of at least this many letters is
#: a fuzzy match when the query asks for that kind and no place of it has the name ("Loibaw
#: Township" is Loikaw, not the village Loi Paw): few names to mistake it for
ONE_EDIT_MIN_CHARS_OF_KIND = 5


def _fuzzy_of_kind(
    gaz: Gazetteer, key: str, kind: str, areas: list[tuple[str, float, float]]
) -> list[tuple[int, float]]:
    """Fuzzy matches of ``key`` among the places of the kind a query's kind word names
    ("Namhsin Township": the townships, not the villages Nam Hsin that share the spelling), in
    the qualifying areas when there are any; scored as ``_fuzzy`` scores major places."""
    if len(key) < ONE_EDIT_MIN_CHARS_OF_KIND or not key.isascii():
        return []
    if any(gaz.records[pid][0] in _FOREIGN_KINDS and w >= 1.0 for pid, w in gaz.exact.get(key, ())):
        # a name abroad is no slip: "Kunming Township" is not Kunhing (but one of GeoNames'
        # alternate names for a place abroad may be: "Banmouk Township" is Banmauk's, not
        # Mukdahan's)
        return []
    choices, skeletons = _kind_choices(gaz, kind)
    sims, _ = _similarity(key, choices, skeletons)
    slips = process.cdist([key], choices, scorer=OSA.distance, dtype=np.int32)[0]
    wanted = _COMPATIBLE.get(kind, {kind})
    tags = {tag for tag, *_ in areas}
    found: dict[int, float] = {}
    for j in np.flatnonzero((sims >= FUZZY_CUTOFF_MAJOR) | (slips <= 1)):
        ratio = max(float(sims[j]), FUZZY_CUTOFF_MAJOR)
        for pid, w in gaz.exact[choices[j]]:
            inside = not tags or not tags.isdisjoint(_tags_of(gaz, pid))
            if gaz.records[pid][0] in wanted and inside:
                found[pid] = max(found.get(pid, 0.0), w * ratio / 100 * FUZZY_FACTOR)
    return list(found.items())


def _kind_choices(gaz: Gazetteer, kind: str) -> tuple[list[str], list[str]]:
    """Latin alias keys of the places of a kind (and the kinds it accepts) and their
    skeletons (memoised)."""
    memo = gaz.__dict__.setdefault("_kind_choices", {})
    found = memo.get(kind)
    if found is None:
        wanted = _COMPATIBLE.get(kind, {kind})
        records = gaz.records
        keys = sorted(
            key
            for key in gaz.major_keys
            if key.isascii() and any(records[pid][0] in wanted for pid, _ in gaz.exact[key])
        )
        found = memo[kind] = (keys, [skeleton(k) for k in keys])
    return found


def _one_edit_away(key: str, choices: list[str]) -> list[tuple[str, float, int]]:
    """``process.extract``-like matches of the choices one typing slip from ``key`` (a letter
    wrong, missing, extra, or two swapped: "Saaging", "Tonazng"), which ``fuzz.ratio`` scores
    below the cutoff in names of seven letters; at the cutoff's score (none for short keys)."""
    if len(key) < ONE_EDIT_MIN_CHARS:
        return []
    found = process.extract(key, choices, scorer=OSA.distance, score_cutoff=1, limit=8)
    return [(choice, FUZZY_CUTOFF_MAJOR, i) for choice, _, i in found]


def _area_choices(gaz: Gazetteer, tag: str) -> tuple[list[str], list[str]]:
    """Latin alias keys inside an area and their skeletons (memoised)."""
    memo = gaz.__dict__.setdefault("_area_choices", {})
    found = memo.get(tag)
    if found is None:
        keys = [k for k in gaz.keys_in_area(tag) if k.isascii()]
        found = memo[tag] = (keys, [skeleton(k) for k in keys])
    return found


# rank tuple positions (_NOTE: what the reading that found the candidate tells the user)
(_SAT, _ITSELF, _HINT, _TIER, _CURATED, _KIND, _WEIGHT, _SEAT, _POP, _SCORE, _MATCH, _NOTE) = range(
    12
)


#: what ranks a seat first among namesakes, said in an ambiguity note
_SEAT_WORDS = {"town": "the township's seat", "village": "the village tract's main village"}


def _contains(gaz: Gazetteer, outer: int, inner: int) -> bool:
    """True when place ``outer`` is an area holding place ``inner`` (another place)."""
    return outer != inner and not _tags_of(gaz, inner).isdisjoint(_area_tag(gaz, outer))


def _qualifier_rank(gaz: Gazetteer, qualifiers: list):
    """A function ranking a candidate by how it relates to the qualifiers: 0 for most; 1 for each
    qualifier it is in only by the coarser of the nested units a bare name names ("Kin Seik
    village, Mrauk-U": Mrauk-U town and township before Mrauk-U district, which also holds
    Minbya's Kin Seik); 10 more for a place the qualifiers name themselves, when no other place
    of the same qualifier contains it ("Tanintharyi, Tanintharyi Region" is the town inside the
    region, not the region qualifying itself)."""
    area_ids = frozenset(pid for _, areas in qualifiers for pid in areas)
    named: list[frozenset[int]] = []  # computed on first need: most queries never need it
    fine = [_fine_tags(tags) for tags, _ in qualifiers]
    nested = any(fine)

    def test(pid: int) -> int:
        rank = 0
        if nested:
            tags = _tags_of(gaz, pid)
            rank = sum(
                1
                for (q_tags, _), q_fine in zip(qualifiers, fine, strict=True)
                if q_fine and q_fine.isdisjoint(tags) and not q_tags.isdisjoint(tags)
            )
        if pid not in area_ids:
            return rank
        if not named:
            named.append(
                frozenset(
                    a
                    for _, areas in qualifiers
                    for a in areas
                    if not any(_contains(gaz, other, a) for other in areas)
                )
            )
        return rank + 10 if pid in named[0] else rank

    return test


def _fine_tags(tags: set[str]) -> frozenset[str]:
    """A qualifier's tags of a town, township or finer unit, when it also has a district of the
    same name; empty otherwise, and when it names a state or region ("Nyaung Pin, Magway", as
    a state column gives it, means the region as much as the town)."""
    if any(t.startswith("MMR") and len(t) == 6 for t in tags):
        return frozenset()
    fine = frozenset(
        t
        for t in tags
        if t.startswith(("town:", "not-ward:"))
        or (t.startswith("MMR") and len(t) >= 9 and "D" not in t[3:] and "S" not in t[3:])
    )
    return fine if fine and len(fine) < len(tags) else frozenset()


#: the factor on a place of another kind than the kind word asks for ("X town", a village:
#: news and UCDP write "town" of villages too), and on a village, tract or ward for a township,
#: district or state asked for (a township that is not found is not a village of its name)
KIND_UNMET_FACTOR = 0.85
AREA_UNMET_FACTOR = 0.5


def _offer(
    bucket: dict,
    records,
    pid: int,
    weight: float,
    tier: int,
    reading,
    sat: int,
    qualifier_rank: int = 0,
) -> None:
    rec = records[pid]
    kind = rec[0]
    if reading.kind in _MYANMAR_KINDS and kind in _FOREIGN_KINDS:
        return  # "Mongmao Township" is no town in China (Mengmao), whatever its names
    if reading.facility and tier == 1 and weight < VARIANT_NOTE_BELOW:
        return  # "Maela camp" (Mae La, in Thailand) is at no Me La Ahr: a far respelling
    hint_ok = reading.kind is None or kind in _COMPATIBLE.get(reading.kind, {reading.kind})
    unmet = 1.0 if hint_ok else KIND_UNMET_FACTOR
    if not hint_ok and reading.kind in _AREA_KINDS and kind in _MINOR_KINDS:
        unmet = AREA_UNMET_FACTOR  # "Pinlong Township": a village tract Pin Long is no answer
    score = weight * (TIER_FACTOR[tier] if tier < 2 else 1.0) * unmet
    score *= reading.factor
    pop = rec[3] if rec[3] == rec[3] and rec[3] is not None else 0
    # a place abroad found by one of GeoNames' alternate names (not its own) comes after every
    # Myanmar place of that name: "Mongmao" is the Wa township before Ruili's Dai name Mengmao
    abroad_by_alternate = kind in _FOREIGN_KINDS and weight < 1.0
    rank = (
        -sat,
        qualifier_rank,
        (0 if hint_ok else 1) + (2 if abroad_by_alternate else 0),
        tier,
        # a curated alias ("Mongpai" = Moe Bye, "Kokang" = the Kokang zone) is what the
        # spelling means, before the larger kind or a namesake
        0 if weight >= CURATED_WEIGHT else 1,
        # how large the place counts among namesakes: a village with a known population
        # (GeoNames) as large as a village tract; so is a tract's main village when the query
        # asks for a town and no town has this name (a settlement, as a town is): being a
        # seat, it then comes before the tracts of its name (areas placed by their villages)
        _FACILITY_TOWN_RANK
        if reading.facility and kind == "town"
        else KIND_RANK[
            "village_tract"
            if kind == "village" and (pop > 0 or (rec[10] and reading.kind == "town"))
            else kind
        ]
        # a village tract at its township's point says nothing of where it lies: its placed
        # namesakes come first ("Tar Kan Htan": the village, not the tract 16 km off)
        + (_UNPLACED_TRACT_RANK if rec[11] == TOWNSHIP_POINT and kind == "village_tract" else 0)
        # a tract found by a form of its name ("Ywar Thit" of "Ywar Thit (North)") comes
        # after the villages that have that name as their own
        + (_DERIVED_TRACT_RANK if kind == "village_tract" and weight < 1.0 else 0),
        # a village MIMU places only at its tract's point, found by another spelling, after a
        # placed one found about as well ("Saung Pyaung, Pinlaung township": the Hsawng Pyaung
        # villages by UCDP's point, not the unplaced one at its tract's, 12 km off)
        _rounded(weight - UNPLACED_SPELLING_MARGIN)
        if tier and kind == "village" and rec[11] == VILLAGE_TRACT_POINT
        else _ROUNDED.get(weight) or _rounded(weight),
        0 if rec[10] else 1,  # a township's seat town, a village tract's main village
        -pop,
        score,
        ("exact", "variant", "fuzzy")[tier],
        reading.note or ("" if hint_ok else _kind_note(reading.kind, kind)),
    )
    old = bucket.get(pid)
    if old is None or rank < old:
        bucket[pid] = rank


#: how much less an unplaced village found by another spelling counts in the ranking
UNPLACED_SPELLING_MARGIN = 0.05
#: A facility's place ("Sagaing prison", "Tanintharyi police station") is the town of that
#: name before the same-named state or township, which a bare name prefers.
_FACILITY_TOWN_RANK = -1
#: Added to the rank of a village tract placed at its township's point: after the villages
_UNPLACED_TRACT_RANK = KIND_RANK["village"] - KIND_RANK["village_tract"] + 0.5
_UNPLACED_TRACT_KIND = KIND_RANK["village_tract"] + _UNPLACED_TRACT_RANK
_DERIVED_TRACT_RANK = KIND_RANK["village"] - KIND_RANK["village_tract"] + 0.25


#: -round(weight, 2) by weight: the few alias weights recur in every query (see _rounded)
_ROUNDED: dict[float, float] = {}


def _rounded(weight: float) -> float:
    """-round(weight, 2), the weight as the ranking compares it, remembered (a 0.0 result is
    not, being falsy: it is computed each time)."""
    if len(_ROUNDED) > 10_000:  # fuzzy and variant weights vary: keep the memo small
        _ROUNDED.clear()
    value = _ROUNDED[weight] = -round(weight, 2)
    return value


def _kind_note(wanted: str, found: str) -> str:
    """The note on an answer of another kind than the query's kind word asked for."""
    return f"no {wanted.replace('_', ' ')} of this name: found a {found.replace('_', ' ')}"


def _fuzzy_areas(qualifiers: list[tuple[set[str], list[int]]], gaz: Gazetteer) -> list:
    """Areas to search fuzzily, most specific first, each with its cutoff and score factor."""
    out = []
    for _, areas in _consistent_areas(gaz, qualifiers):
        if any(gaz.records[pid][0] == "country" for pid in areas):
            continue  # "Togyaing, Myanmar": anywhere in it, not in a village tract "Myanmar"
        for pid in areas:
            kind = gaz.records[pid][0]
            for tag in _area_tag(gaz, pid):
                tag = tag.removeprefix(NOT_WARD_TAG)  # a town: searched in its township
                if not tag.startswith(("country:", "group:", "place:", TOWN_TAG)):
                    cutoff, factor = AREA_FUZZY.get(kind, (90.0, 0.5))
                    out.append((_SPECIFIC.get(kind, 9), tag, cutoff, factor, kind))
    # each area once, as its most specific place names it (a town's township is searched as
    # the town's, not again as the township's): "Namung, Sagaing" reaches Sagaing Region
    first = {}
    for item in sorted(out):
        first.setdefault(item[1], item)
    ordered = sorted(first.values())
    # and every area as specific as the last one kept: "Bago" names both halves of the
    # region (Bago East and West), the west's townships ("Opkho") not left out
    cut = min(MAX_FUZZY_AREAS, len(ordered))
    while cut < len(ordered) and ordered[cut][0] == ordered[cut - 1][0]:
        cut += 1
    return [item[1:] for item in ordered[:cut]]


def _consistent_areas(
    gaz: Gazetteer, qualifiers: list[tuple[set[str], list[int]]]
) -> list[tuple[set[str], list[int]]]:
    """The qualifiers with only the places that every other qualifier agrees with (one holds
    the other): "Kokkozu village, Pauk Township, Magway" names Magway Region, not Magway town
    and its township, which would be searched before Pauk. A qualifier keeps all its places
    when none agrees."""
    if len(qualifiers) < 2:
        return qualifiers

    def agree(pid: int, others: list[int]) -> bool:
        return any(
            pid == other or _contains(gaz, pid, other) or _contains(gaz, other, pid)
            for other in others
        )

    out = []
    for i, (tags, areas) in enumerate(qualifiers):
        others = [pids for j, (_, pids) in enumerate(qualifiers) if j != i and pids]
        kept = [pid for pid in areas if all(agree(pid, pids) for pids in others)]
        out.append((tags, kept or areas))
    return out


#: line breaks, and a dash or colon with space after it, between the parts of an address
_LINE_BREAK = re.compile(r"\s*[\r\n]+\s*")
_SPACED_DASH = re.compile(r"\s+(?:--|[-–—])\s+|(?<=[\w)]):\s+")
_SEPARATED = re.compile(r"[\r\n]|\s(?:--|[-–—])\s|[\w)]:\s|\s>\s")
#: where a query's first part ends: a comma, a bracket, "in"
_BEFORE_QUALIFIERS = re.compile(r"\s*[,(]|\s+in\s+", re.IGNORECASE)


def _first_part(text: str) -> str:
    """The text before its qualifiers ("Ye - Dawei highway" of "Ye - Dawei highway (Ye
    township), Mon State"), where a route is named."""
    return _BEFORE_QUALIFIERS.split(text, maxsplit=1)[0].strip()


#: a kind word of an address's part
_ADDRESS_WORD = re.compile(
    r"\b(?:village|township|town|ward|region|state|division|district)\b", re.IGNORECASE
)
_SETTLEMENT_WORD = re.compile(r"\b(?:village|ward|town)\b", re.IGNORECASE)


def _separated_parts(gaz: Gazetteer, text: str) -> str:
    """The parts of an address written on separate lines ("Lashio\nShan State") or after a
    spaced dash or colon ("Palaw Township - Pawutpya village") as a comma-separated query; a
    name broken across lines ("Pyin Oo\nLwin", "Kalewa\nTownship") is joined again, and a
    route ("Mogaung - Hpakant road") keeps its dash. A headline before a colon and an
    address ("Junta Launches Attack on PDF Base: Kun Taung Village, Tamu Township, Sagaing
    Region") is dropped: the address places it."""
    head, colon, address = text.partition(": ")
    if (
        colon
        and _ADDRESS_WORD.search(address)
        and reads_as_news(head)
        and not reads_as_news(address)
    ):
        text = address
    elif (
        colon
        and _SETTLEMENT_WORD.search(head)
        and not reads_as_news(head)
        and reads_as_news(address)
    ):
        # "Ye township, Mon State -- Ah Sin village: armed clash, 1 dead (2022)": an address
        # down to its village, then what happened there (not "Sagaing Region: clashes erupt
        # near X village in Y Township", the story naming a finer place)
        text = head
    if " > " in text:  # "Sagaing Region > Hkamti > La Pet (Ke San)": a path down to the place
        text = text.replace(" > ", ", ")
    if "\n" in text or "\r" in text:
        lines = [line for line in _LINE_BREAK.split(text.strip()) if line]
        joined = lines[:1]
        for line in lines[1:]:
            one_name = f"{joined[-1]} {line}"
            kind_only = not normalize(_strip_kind(f"x {line}")[0][1:])
            if kind_only or normalize(one_name) in gaz.exact:
                joined[-1] = one_name
            else:
                joined.append(line)
        text = ", ".join(joined)
    # not a route, nor "Yangon - Hlaing Tharyar" (a place of a city, after its dash)
    if "–" in text or "—" in text or " - " in text:  # "... Kan Pauk (village) – shelling on ..."
        text = _WIRE_TAIL.sub("", text)
    dashed = _SPACED_DASH.search(text)
    # (a route may come with its township or state: "Ye - Dawei highway (Ye township), Mon")
    routed = route_ends(text) is not None or route_ends(_first_part(text)) is not None
    if dashed and not routed and _place_in_city(gaz, text, 1) is None:
        text = _SPACED_DASH.sub(", ", text)
    return text


#: A wire dateline before a report: "YANGON, Jan 4 (Reuters) -", "BANGKOK (AP) —",
#: "MANDALAY, Myanmar (AP) —": where the reporter filed from, not where the event was
_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z .'’\-]+?)(?:,\s*[A-Z][A-Za-z]+)?(?:,?\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?"
    r"\s*\((?:Reuters|AP|AFP|Xinhua|dpa|UPI|Kyodo|Bernama|ANI|RFA)\)\s*[-—–]+\s*"
)
#: the factor on the dateline's place when the report itself names none
DATELINE_FACTOR = 0.4


def resolve(gaz: Gazetteer, text: object, limit: int = 10) -> Resolution:
    """Ranked candidates for ``text`` (best first), or an empty list and a reason."""
    if isinstance(text, str) and not text.isascii() and (plain := _unaccented(text)) != text:
        # "Airstrike Hits Möng Pang Village In ...", "... in Sagaing Region’s X Township": read
        # in plain letters and quotes (as names are looked up), so the sentence's reading applies
        return replace(resolve(gaz, plain, limit), query=text.strip())
    if isinstance(text, str) and " " in text and _latin(text):
        if (cased := sentence_case(text)) != text:  # "1 Killed as Regime Shells X Village"
            found = resolve(gaz, cased, limit)
            if found.candidates and not _fell_back(found):
                return replace(found, query=text.strip())  # (else read as written)
            written = _resolve_text(gaz, text, limit)
            if _finer(gaz, found, written):  # "Military Column burns Homes in | X Village"
                return replace(found, query=text.strip())
            if _as_sure(found, written) and _fell_back(written):
                # both read past a sentence to a town: the sentence's reading knows where its
                # place's name starts ("PDF raids Police Station in | Thonze Town, ...")
                return replace(found, query=text.strip())
            return _namesakes_told_apart(gaz, text, written)
        if ": " in text and (story := _place_in_story_after_colon(gaz, text, limit)):
            return story
        if text[:1] in _QUOTES and (quoted := _QUOTE_FROM.match(text)):
            # '"Soldiers entered Tha Nga ...," a villager from Paungbyin Township said': the
            # quote's place, in the area its speaker is from
            said = f"{quoted['quote'].strip()}, {quoted['area'].strip()}"
            found = resolve(gaz, said, limit)
            if found.candidates and not _fell_back(found):
                return replace(found, query=text.strip())
    return _namesakes_told_apart(gaz, text, _resolve_text(gaz, text, limit))


_QUOTES = "\"“‘'"
#: a quote, then who said it and where they are from
_QUOTE_FROM = re.compile(
    r"^[\"“‘'](?P<quote>[^\"”’]+?)[,.]?[\"”’],?\s+(?:said\s+)?(?:an?|one|the|two|some)\s+"
    r"(?:[a-z\-]+\s+){0,3}?(?:from|of|in)\s+(?P<area>[A-Z][^\"”]*?)"
    r"(?:,?\s+(?:said|says|told\b.*|recalled|added))?\.?$"
)


def _unaccented(text: str) -> str:
    """``text`` in plain ASCII letters and quotes when it is Latin text with accents or
    typographic quotes ("Möng Pang", "Region’s"), else ``text`` itself (Burmese, or other
    letters)."""
    plain = unicodedata.normalize("NFKD", text.translate(_PLAIN_QUOTES))
    plain = "".join(ch for ch in plain if not unicodedata.combining(ch))
    return plain if _latin(plain) else text


_PLAIN_QUOTES = str.maketrans({"’": "'", "‘": "'", "‛": "'", "“": '"', "”": '"', "„": '"'})
#: the characters besides ASCII that a text in Latin letters has: a dateline's dashes
_LATIN_EXTRA = frozenset("—–…")


def _latin(text: str) -> bool:
    """Whether ``text`` is in ASCII but for dashes and ellipses."""
    return text.isascii() or all(ch.isascii() or ch in _LATIN_EXTRA for ch in text)


def _namesakes_told_apart(gaz: Gazetteer, text: object, found: Resolution) -> Resolution:
    """``found``, or in news text the namesake near another place the text names: "marching
    from Ayadaw attacked Hin Thar village" is the Hin Thar near Ayadaw (an address names no
    more places)."""
    ambiguous = bool(found.candidates) and found.candidates[0].rivals > 0
    if ambiguous and isinstance(text, str) and " " in text and reads_as_news(text):
        return _namesake_near_another_place(gaz, text) or found
    return found


def _as_sure(found: Resolution, other: Resolution) -> bool:
    """Whether ``found`` and ``other`` both have an answer and ``found``'s scores as much,
    above an area's fallback."""
    if not found.candidates or not other.candidates:
        return False
    return found.candidates[0].score >= max(other.candidates[0].score, SETTLEMENT_SCORE)


def _finer(gaz: Gazetteer, found: Resolution, other: Resolution) -> bool:
    """Whether ``found`` has an answer finer than ``other``'s (or ``other`` has none)."""
    if not found.candidates:
        return False
    if not other.candidates:
        return True
    kind = gaz.records[found.candidates[0].place_id][0]
    return _fineness(kind) < _fineness(gaz.records[other.candidates[0].place_id][0])


def _resolve_text(gaz: Gazetteer, text: object, limit: int) -> Resolution:
    """``resolve`` before namesakes are told apart by the other places the text names."""
    if isinstance(text, str) and "(" in text and (dateline := _DATELINE.match(text)):
        return _after_dateline(gaz, text, dateline, limit)
    if isinstance(text, str) and " " in text[:60] and (dateline := _LOCAL_DATELINE.match(text)):
        return _after_local_dateline(gaz, text, dateline, limit)
    found = _resolve(gaz, text, limit)
    if isinstance(text, str) and text.isupper() and " " in text and _fell_back(found):
        # "HSUT IN VILLAGE, LASHIO TOWNSHIP": capitals read as a name's words, not as "in"
        titled = _resolve(gaz, text.title(), limit)
        if titled.candidates and not _fell_back(titled):
            return replace(titled, query=text.strip())
    unfound = isinstance(text, str) and " the " in text and not _found_surely(found)
    if unfound and (between := _place_between_two_areas(gaz, text, limit)) is not None:
        return between  # "near Valan Tee village on the Matupi-Paletwa road"
    if isinstance(text, str) and _fell_back(found):
        later = _after_sentence_head(gaz, text, found, limit)
        if later is None or gaz.records[later.candidates[0].place_id][0] == "country":
            mentioned = _mentioned_place(gaz, text, later or found, limit)
            if mentioned is not None:
                return mentioned
        elif (
            _fineness(gaz.records[area := later.candidates[0].place_id][0]) >= _SPECIFIC["district"]
        ):
            # "Rikhawdar Town shelled as fighting spreads in | Chin State": the town the
            # headline names before the state that holds it
            mentioned = _mentioned_place(gaz, text, later, limit)
            if mentioned is not None and _contains(gaz, area, mentioned.candidates[0].place_id):
                return mentioned
        if later is not None:
            return later
        if not found.candidates and (split := _unseparated_area(gaz, text, limit)):
            return split
    if not isinstance(text, str) or text.isascii() or _found_as_written(found):
        return found
    if unicode := from_zawgyi(text):  # (only when Unicode reading finds nothing sure)
        found = _resolve(gaz, unicode, limit)
        return _said_of(text, found, f"read as Zawgyi-encoded Burmese: '{unicode}'")
    return found


#: a place on a road between two towns, or on the border of two areas: "near Valan Tee village
#: on the Matupi-Paletwa road", "Palontwe village on the border of Tilin and Mindat townships"
_BETWEEN_TWO_AREAS = re.compile(
    r"(?:^|\s+)(?:on|along|off|near|beside)\s+the\s+(?:"
    r"(?P<a>[A-Z][\w'’]*(?:\s[A-Z][\w'’]*)?)\s*[-–—]\s*(?P<b>[A-Z][\w'’]*(?:\s[A-Z][\w'’]*)?)"
    r"\s+(?:road|highway|route|railway|expressway|motorway)"
    # "on the road between Ngazun and Myinmu near Kindaw village"
    r"|(?:road|highway|route)\s+(?:between|from)\s+(?P<e>[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*){0,2})"
    r"\s+(?:and|to)\s+(?P<f>[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*){0,2})"
    r"|(?:border|boundary)\s+(?:of|between)\s+(?P<c>[A-Z][\w'’ ]*?)\s+and\s+"
    r"(?P<d>[A-Z][\w'’ ]*?)\s+(?P<kind>townships|districts|states|regions))\b"
)


def _place_between_two_areas(gaz: Gazetteer, text: str, limit: int) -> Resolution | None:
    """A place written on a road between two towns or on the border of two areas, found in
    one of them, or the same place by both (a close spelling too: "Valan Tee" is Valangte, of
    Matupi); None when the text is not so, or two places are found."""
    match = _BETWEEN_TWO_AREAS.search(text)
    if match is None:
        return None
    place = (text[: match.start()] + text[match.end() :]).strip(" ,.")
    kind = (match["kind"] or "")[:-1].title()
    ends = ("a", "b") if match["a"] else ("e", "f") if match["e"] else ("c", "d")
    areas = [match[end] for end in ends]
    answers = []
    for area in areas:
        read = f"{place}, {area} {kind}".strip()
        found = _resolve(gaz, read, limit)
        if found.candidates and not _fell_back(found):
            answers.append(_read_as(text, read, found))
    places = {answer.candidates[0].place_id for answer in answers}
    return answers[0] if len(places) == 1 else None  # (both ends may name the same one)


def _unseparated_area(gaz: Gazetteer, text: str, limit: int) -> Resolution | None:
    """A place, then the area it lies in, with no comma between ("လက်ဆယ်ကန် မကွေး", "Let Se
    Kan Magway"): the place found by its name inside that area, with nothing to say; tried
    only when the text as written names nothing."""
    words = text.split()
    if not 2 <= len(words) <= 8 or "," in text or "၊" in text:
        return None
    for k in range(len(words) - 1, 0, -1):
        area = " ".join(words[k:])
        hits = gaz.exact.get(normalize(area), ())
        if not any(gaz.records[pid][0] in _TOWN_OR_AREA_KINDS for pid, _ in hits):
            continue
        found = _resolve(gaz, f"{' '.join(words[:k])}, {area}", limit)
        first = _found_surely(found, SURE_SCORE)
        if first is not None and not first.note and all(first.place_id != p for p, _ in hits):
            return Resolution(text.strip(), found.candidates, found.reason)
    return None


def _after_dateline(gaz: Gazetteer, text: str, dateline: re.Match, limit: int) -> Resolution:
    """The place of the report after a wire dateline; the dateline's place (at
    DATELINE_FACTOR, said) when the report names none."""
    found = resolve(gaz, text[dateline.end() :], limit)
    if found.candidates:
        return Resolution(text.strip(), found.candidates, found.reason)
    city = dateline["place"].title()  # a dateline names a city: "MANDALAY" is the town
    filed = resolve(gaz, f"{city} town", limit)
    if not filed.candidates:
        filed = resolve(gaz, city, limit)
    said = f"the report names no place: located to its dateline, '{dateline['place']}'"
    return _at_dateline(text, filed, found.reason, said)


def _at_dateline(text: str, filed: Resolution, reason: str | None, said: str) -> Resolution:
    """The dateline's place as the answer for ``text``, at DATELINE_FACTOR of its score and
    with note ``said``; no answer (``reason``) when the dateline names no place either."""
    if not filed.candidates:
        return Resolution(text.strip(), reason=reason)
    first = filed.candidates[0]
    first = replace(first, score=round(first.score * DATELINE_FACTOR, 3), note=said)
    return Resolution(text.strip(), [first, *filed.candidates[1:]], filed.reason)


#: A local news outlet's dateline, its township or town in capitals: "KHIN-U — A military
#: column entered ...", "INDAW TOWNSHIP, Sagaing Region — Regime troops raided ..."
_LOCAL_DATELINE = re.compile(
    r"(?P<place>[A-Z][A-Z'’\-]+(?:\s[A-Z][A-Z'’\-]+)*(?:,\s*[A-Z][A-Za-z ]+?)?)"
    r"\s+[—–]\s+(?=.*[a-z])"
)


def _place_in_story_after_colon(gaz: Gazetteer, text: str, limit: int) -> Resolution | None:
    """A headline naming a place, then after a colon the story naming a finer place in it
    ("Fighting in Sintgaing: military column attacked near Ywar Bo, RFA reports"): the
    story's place, looked for in the headline's; None when the text is not so."""
    head, _, story = text.partition(": ")
    if not (reads_as_news(head) and reads_as_news(story)):
        return None
    where = _found_surely(_resolve_text(gaz, head, 1))
    if where is None:
        return _headline_place_in_story_area(gaz, text, head, story, limit)
    named = gaz.places["name"].iat[where.place_id]
    story = _ATTRIBUTION.sub("", story.strip().rstrip("."))
    found = _resolve_text(gaz, f"{story}, {named}", limit)
    # (a close spelling too: it was looked for among the headline's place's places only)
    best = None if _fell_back(found) else found.candidates[0]
    coarse = _fineness(gaz.records[where.place_id][0])
    if best is None or best.place_id == where.place_id:
        return None
    if _fineness(gaz.records[best.place_id][0]) > coarse:
        return None  # (a town in the headline's town: "... near Pyuntaza" of Nyaunglebin)
    return Resolution(text.strip(), found.candidates, found.reason)


#: the place a headline names before its colon: "Battle for | Witok", "Fighting near | X"
_HEADLINE_PLACE = re.compile(
    r"\b(?:for|in|at|near|of|to|on|over|around|outside)\s+(?P<place>[A-Z][^,;()]*)$"
)


def _headline_place_in_story_area(
    gaz: Gazetteer, text: str, head: str, story: str, limit: int
) -> Resolution | None:
    """A headline naming a place no one place answers, then after a colon the story naming
    the area that holds it ("Battle for Witok: Resistance Fighters and Junta Clash in Tamu
    Township"): the headline's place looked for in the story's area; None when not so."""
    named = _HEADLINE_PLACE.search(head)
    area = _found_surely(_resolve_text(gaz, story, 1)) if named else None
    if area is None or gaz.records[area.place_id][0] not in _AREA_KINDS:
        return None
    kind = gaz.records[area.place_id][0]
    place = f"{named['place']}, {gaz.places['name'].iat[area.place_id]} {kind.title()}"
    found = _resolve_text(gaz, place, limit)
    if _fell_back(found) or not found.candidates:
        return None
    best = found.candidates[0].place_id
    if best == area.place_id or not _contains(gaz, area.place_id, best):
        return None
    return _read_as(text, place, found)


#: a namesake among equally likely ones lies this near another town or township the text
#: names to be the one meant; its score is then the namesake's times MENTION_NEAR_FACTOR
MENTION_NEAR_KM = 30.0
MENTION_NEAR_FACTOR = 0.8
_ANCHORS = frozenset({"town", "township"})


def _namesake_near_another_place(gaz: Gazetteer, text: str) -> Resolution | None:
    """Of namesakes equally likely ("Hin Thar village": five of them), the one near a town or
    township the text also names ("A junta column marching from Ayadaw attacked Hin Thar
    village"); None when no such place lies within MENTION_NEAR_KM of exactly one of them."""
    every = _resolve_text(gaz, text, 60)
    tied = [c for c in every.candidates if c.rivals]
    records = gaz.records
    townships = [records[c.place_id][7] for c in tied]
    for mention in mentions(gaz, text):
        anchor = _found_surely(_resolve(gaz, mention.text, 1))
        if anchor is None or anchor.rivals or records[anchor.place_id][0] not in _ANCHORS:
            continue  # (not "Htantabin", the name of two townships)
        if any(c.place_id == anchor.place_id for c in tied):
            continue  # the name itself
        named = gaz.places["name"].iat[anchor.place_id]
        township = records[anchor.place_id][7]
        if records[anchor.place_id][0] == "township" and townships.count(township) == 1:
            # the one inside a township the text names, however far from its point ("Kanphyu
            # Village after junta raid in Madaya Township")
            best = tied[townships.index(township)]
            note = f"{len(tied)} places share this name: located to the one in {named} Township"
        else:
            near = [
                (km, c)
                for c in tied
                if (km := _km(records[c.place_id], records[anchor.place_id])) <= MENTION_NEAR_KM
            ]
            # not the township that holds several of them ("Nam Lan village in Tangyan
            # township": the one nearest Tangyan town is no likelier than the others of it)
            if len(near) != 1 or townships.count(township) > 1:
                continue
            km, best = near[0]
            note = (
                f"{len(tied)} places share this name: located to the one {km:.0f} km from "
                f"{named}, which the text also names"
            )
        score = round(min(best.score * 2, 1.0) * MENTION_NEAR_FACTOR, 3)
        first = replace(best, score=score, rivals=0, note=note)
        return Resolution(text.strip(), [first], every.reason)
    return None


#: a township named by its kind word: a report that names one places itself
_NAMES_A_TOWNSHIP = re.compile(r"\b(?:township|tsp|twp|t/s|t/ship)\b", re.I)


def _after_local_dateline(gaz: Gazetteer, text: str, dateline: re.Match, limit: int) -> Resolution:
    """The place of a report after a local dateline: where the report names its township,
    in that township; else looked for in the dateline's area first (it names the township the
    outlet reports from: "KHIN-U — ... entered Ngatingyi village" is the Ngar Tin Gyi of
    Khin-U), then in its state or region; else anywhere; else the dateline's place (at
    DATELINE_FACTOR, said)."""
    story = _ATTRIBUTION.sub("", text[dateline.end() :].strip().rstrip("."))
    place = dateline["place"].title()
    if _NAMES_A_TOWNSHIP.search(story):  # "MEIKTILA — ... near X village in Wundwin Township"
        own = resolve(gaz, story, limit)
        if own.candidates and not _fell_back(own):
            return Resolution(text.strip(), own.candidates, own.reason)
    # the story as written, then without the clause after its place, which would keep the
    # dateline's place from qualifying it ("... pounded Nam San Yang on Sunday | as resistance
    # fighters closed in")
    stories = dict.fromkeys([story, _without_trailing_clause(story)])
    # in the dateline's place, then in its state/region: "LOIKAW — ... pounded Mawchi" is the
    # Maw Chee of Kayah's Hpasawng, not of Kayin's Thandaunggyi
    for area in _dateline_areas(gaz, place):
        for told in stories:
            found = resolve(gaz, f"{told}, {area}", limit)
            if (
                found.candidates
                and not _fell_back(found)
                and not _only_the_dateline(gaz, found, area)
            ):
                return Resolution(text.strip(), found.candidates, found.reason)
    anywhere = resolve(gaz, story, limit)
    if anywhere.candidates:
        return Resolution(text.strip(), anywhere.candidates, anywhere.reason)
    said = f"the report names no place found: located to its dateline, '{dateline['place']}'"
    filed = resolve(gaz, place, limit)
    if filed.candidates and gaz.records[filed.candidates[0].place_id][0] == "state":
        town = resolve(gaz, f"{place} town", limit)  # "MANDALAY — A bomb exploded": the city
        filed = town if town.candidates and "," not in place else filed
    return _at_dateline(text, filed, anywhere.reason, said)


def _dateline_areas(gaz: Gazetteer, place: str):
    """The dateline's place, then (when it is no state) the state or region it lies in."""
    yield place
    dated = _found_surely(resolve(gaz, place, 1))
    if dated is not None and gaz.records[dated.place_id][0] != "state":
        yield gaz.places["admin1"].iat[dated.place_id]


def _only_the_dateline(gaz: Gazetteer, found: Resolution, place: str) -> bool:
    """Whether ``found`` is not a place in the dateline's area: the dateline's ``place`` itself
    (read back out of the text it was added to, the report's own place not found), or a place
    outside every area the dateline names (read from the story alone)."""
    first = found.candidates[0]
    if normalize(gaz.places["name"].iat[first.place_id]) == normalize(place):
        return True
    tags, _ = _qualifier_of_text(gaz, place)
    return bool(tags) and tags.isdisjoint(_tags_of(gaz, first.place_id))


#: a preposition, or a word in lower case, before a capitalised word, in the text before its
#: first comma: where a sentence ("soldiers killed four villagers from Nagartwin village,
#: Depayin Township", "Junta artillery shelled Kalay town") may come to its place
_PLACE_AFTER = re.compile(
    r"\s(?:in|at|near|on|from|of|outside|to|into|around|inside|within|against|towards?)\s+"
    r"(?=[A-Z])|(?<=[a-z])\s+(?=[A-Z])"
    rf"|\s(?i:{CAPACITY})\s+(?=[A-Z])"  # "... by the suspended 3,400MW | Chipwi"
)


def _found_surely(found: Resolution, min_score: float = 0.0) -> Candidate | None:
    """The first candidate when it is found by its name or a respelling (not a close spelling,
    a fallback or a measured offset) and scores at least ``min_score``; else None."""
    first = found.candidates[0] if found.candidates else None
    if (
        first is None
        or first.point is not None
        or first.match not in ("exact", "variant")
        or first.score < min_score
    ):
        return None
    return first


def _fell_back(found: Resolution) -> bool:
    """True when the text's place was not found: no such name, or the answer is the area (or
    village) its qualifiers name. (Not so a text refused for a reason: a distance out of
    range, a route between two places, the capital of no area.)"""
    if not found.candidates:
        return (found.reason or "").startswith(_NO_PLACE_NAMED)
    return found.candidates[0].match == "qualifier"


def _surer_reading(gaz: Gazetteer, found: Resolution, best: Candidate, head: str) -> bool:
    """Whether ``best``, read after a sentence's head that names nothing (no capital after
    its first word), is the place the whole text fell back to, scored higher: "Military
    council raids | Dawei's Maung Mae Shaung village" is that village's close spelling, not a
    place near an unknown "Military council raids" (but "the junta's Ton Shan camp at | Tar
    Kan Htan village" is a camp the gazetteer lacks, at that village)."""
    first = found.candidates[0]
    return (
        not any(word[:1].isupper() for word in head.split()[1:])
        and _fell_back(found)
        and best.place_id == first.place_id
        and best.score > first.score
        and gaz.records[first.place_id][0] in _SETTLEMENT_KINDS  # not an area fallen back to
    )


def _fineness(kind: str) -> int:
    """How fine a kind of place is: a settlement or site (-1) before the areas of _SPECIFIC."""
    return _SPECIFIC.get(kind, -1)


#: words in lower case that do not make a text a sentence ("X village in the Y area")
_FUNCTION_WORDS = frozenset(
    [
        "the",
        "a",
        "an",
        "in",
        "at",
        "of",
        "on",
        "near",
        "from",
        "to",
        "into",
        "around",
        "inside",
        "within",
        "outside",
        "against",
        "toward",
        "towards",
        "and",
        "or",
        "by",
        "for",
        "with",
    ]
)


def _is_content_word(word: str) -> bool:
    """A word in lower case that is neither a function word nor a kind word ("shelled",
    "villagers"): a sign that the text is a sentence rather than a place's name."""
    return (
        word.isalpha()
        and word.islower()
        and word not in _FUNCTION_WORDS
        and not _strip_kind(f"X {word}")[1]
    )


def _after_sentence_head(
    gaz: Gazetteer, text: str, found: Resolution, limit: int
) -> Resolution | None:
    """The answer for the words after a news sentence's head ("troops killed 10 people during
    a raid on | Latpankyin village, Myinmu Township"), when the whole text was not found and
    the head reads as a sentence (a word in lower case that is no kind word); taken only if
    it is a place found, finer than the area the whole text fell back to."""
    text = without_dates(text)  # "On 21 June 2021, about 520 people fled X village, ..."
    head_end = text.find(", ")  # (not a thousands separator: "3,400MW")
    first = text if head_end < 0 else text[:head_end]
    if route_ends(first) is not None or capital_of(first):  # no one place, or no capital
        return None
    country = None  # "pipelines crossing into China | at Muse-Ruili": a later, finer place
    # "fled | Nam San Yang village of Waingmaw Township": a close spelling, or an area the part
    # fell back to, kept for when a later part only names the area that holds it
    held: list[Resolution] = []
    for match in _PLACE_AFTER.finditer(first):
        head = first[: match.start()]
        words = head.split()
        if not any(_is_content_word(w) for w in words):
            continue
        if words[-1][:1].isupper() and not first[match.start() :].lstrip()[:3].islower():
            continue  # inside a name: "Kya | In Seik Gyi town" is no head and its place
        rest = text[match.end() :]
        later = _resolve(gaz, rest, limit)
        if not later.candidates:
            continue
        best = later.candidates[0]
        if _fell_back(later) or (
            not found.candidates
            and _found_surely(later) is None
            and not _in_area_named(gaz, rest, best.place_id)
        ):
            # a close spelling, with no area to keep it near: no answer is better (nor is the
            # area a part fell back to), unless a later part names only the area holding it
            held.append(_read_as(text, rest, later))
            continue
        if found.candidates and not _surer_reading(gaz, found, best, head):
            before = found.candidates[0].place_id
            coarse = _fineness(gaz.records[before][0])
            if best.place_id == before or _fineness(gaz.records[best.place_id][0]) >= coarse:
                continue
            if (
                _fell_back(found)
                and not _contains(gaz, before, best.place_id)
                # (unless the part read names that place too, and was found in what it names:
                # "Junta airstrikes pounded | Nam San Yang, Myitkyina", in Myitkyina District;
                # "MNDAA offensive on | Laukkai town, Kokang", Kokang also Konkyan's name)
                and not any(before in _qualifier_of_text(gaz, p)[1] for p in split_parts(rest))
            ):
                continue  # "Kani Township police station at | X village": X outside Kani
        for kept in held:  # "... of | Waingmaw Township" holds what was read before
            inner = kept.candidates[0].place_id
            if inner == best.place_id or _contains(gaz, best.place_id, inner):
                return kept
        if gaz.records[best.place_id][0] != "country":
            return _read_as(text, rest, later)
        # "fled into Thailand", "loan for X Project in Myanmar": the country, if nothing finer,
        # scored as an area a text falls back to (it says little of where)
        country = country or _read_as(text, rest, later, MENTION_AREA_FACTOR)
    return country


def _in_area_named(gaz: Gazetteer, text: str, pid: int) -> bool:
    """Whether a qualifier of ``text`` names an area holding place ``pid`` ("Kopin (Myaung
    Township)": Koe Pin, a close spelling found in Myaung)."""
    return any(
        _contains(gaz, area, pid)
        for readings in parse(text).qualifiers  # (the parts in brackets too)
        for area in _qualifier_memo(gaz, readings)[1]
    )


def _read_as(text: str, rest: str, later: Resolution, factor: float = 1.0) -> Resolution:
    """The answer for the whole ``text`` that ``later`` found for its part ``rest``, the first
    candidate saying how the text was read (its score times ``factor``)."""
    said = f"read as '{', '.join(split_parts(rest)) or rest.strip()}'"
    return _said_of(text, later, said, factor)


def _said_of(text: str, found: Resolution, said: str, factor: float = 1.0) -> Resolution:
    """``found`` as the answer for ``text``, its first candidate's note starting with how the
    text was read, and its score times ``factor`` (copies: answers are memoised)."""
    if not found.candidates:
        return Resolution(text.strip(), [], found.reason)
    first = found.candidates[0]
    note = f"{said}; {first.note}" if first.note else said
    score = first.score if factor == 1.0 else round(first.score * factor, 3)
    noted = replace(first, score=score, note=note)
    return Resolution(text.strip(), [noted, *found.candidates[1:]], found.reason)


#: the factor on a place read out of a headline by its name alone ("Kawkareik Civilians
#: Suffer in Myanmar Junta Bombardments": Kawkareik), and the fewest words such a text has
MENTION_FACTOR = 0.7
MIN_HEADLINE_WORDS = 4
#: ... and on a district or state so read ("Chin Resistance Claims ...": an actor's name as
#: much as a place), as on the area a query falls back to
MENTION_AREA_FACTOR = 0.4
#: the least score of a place so read ("Sagaing village", a village of that name among many,
#: is not taken)
MIN_MENTION_SCORE = 0.6


def _mentioned_place(gaz: Gazetteer, text: str, found: Resolution, limit: int) -> Resolution | None:
    """The finest place a headline or sentence names (see :mod:`mapper.gazetteer.mentions`)
    when the text as parsed found no place, or only an area or country: finer than that, found
    by its name or a respelling; among equals a place in Myanmar, then one after "in", "at"
    ..., then the first. Scored MENTION_FACTOR times, and said."""
    if len(text.split()) < MIN_HEADLINE_WORDS or "burmese" in scripts(text):
        return None
    if not reads_as_news(text):
        return None
    before = found.candidates[0].place_id if found.candidates else None
    coarse = _fineness(gaz.records[before][0]) if before is not None else _NOT_FOUND
    # the area the text places its unknown place in holds what it names ("troops in Ye-U
    # Township's Kyauk Yit village": no Kyauk Yit of Buthidaung)
    within = before if _fell_back(found) else None
    best = None
    for mention in mentions(gaz, text):
        got = _resolve(gaz, mention.text, limit)
        first = _found_surely(got, MIN_MENTION_SCORE)
        if first is None or first.place_id == before:
            continue
        if within is not None and not _contains(gaz, within, first.place_id):
            continue
        kind = gaz.records[first.place_id][0]
        if kind == "country":
            continue  # "Myanmar Junta Kills ...": the country says nothing of where
        rank = (_fineness(kind), kind in _FOREIGN_KINDS, not mention.after_locative, mention.start)
        if rank[0] < coarse and (best is None or rank < best[0]):
            best = (rank, mention, got)
    if best is None:
        return None
    _, mention, got = best
    area = _fineness(gaz.records[got.candidates[0].place_id][0]) >= _SPECIFIC["district"]
    factor = MENTION_AREA_FACTOR if area else MENTION_FACTOR
    return _said_of(text, got, f"read from the text: '{mention.text}'", factor)


#: fineness above every kind's: any place found is finer than none
_NOT_FOUND = 99


def _found_as_written(found: Resolution) -> bool:
    """True when the text is a name found exactly, with nothing to say: no Zawgyi text reads
    so by accident, and the detector (tens of microseconds a name) need not run."""
    return (
        bool(found.candidates)
        and found.candidates[0].match == "exact"
        and not (found.candidates[0].note)
    )


def _resolve(gaz: Gazetteer, text: object, limit: int) -> Resolution:
    if isinstance(text, str) and _SEPARATED.search(text):
        text = _separated_parts(gaz, text)
    # (a comma, the usual separator, is complex at once: no need to run the long pattern)
    simple = isinstance(text, str) and "," not in text and not _COMPLEX.search(text)
    if simple and check(text) is None:
        key = normalize(text)  # fast path: a whole name known as it is written
        hits = gaz.exact.get(key)
        if hits and (text.isascii() or not mixed_script_parts(text)):
            memo = gaz.__dict__.setdefault("_bare_memo", {})
            found = memo.get((key, limit))
            if found is None:
                if len(memo) > 200_000:
                    memo.clear()
                found = memo[(key, limit)] = _bare(gaz, key, hits, limit, "")
            return Resolution(text.strip(), found.candidates, found.reason)
    if isinstance(text, str):
        area = capital_of(text)
        capital = _capital(gaz, text, area, limit) if area else None
        if capital is not None:
            return capital
        offset = find_offset(text)  # at once for most names (no unit word)
        if offset is not None and check(text) is None:
            measured = _resolve_offset(gaz, clean(text), offset, limit)
            if measured is not None:
                return measured
        elif offset is None and (far := offset_out_of_range(text)) and check(text) is None:
            reason = (
                f"'{far}' is not measured: distances from a place count from over 0 up to "
                f"{MAX_OFFSET_KM:.0f} km; geocode the place itself"
            )
            return Resolution(clean(text), reason=reason)
        quick = _qualified_fast(gaz, text, limit)
        if quick is not None:
            return quick
    parsed = parse(text)
    if parsed.problem:
        return Resolution(parsed.text, reason=parsed.problem)
    # (not when the whole text is a name: "ပဲခူးတိုင်းဒေသကြီး အနောက်ပိုင်း", western Bago Region,
    # is no ward "western part" in Bago Region)
    whole_known = bool(parsed.qualifiers) and parsed.target[0].key in gaz.exact
    swapped = None if whole_known else _place_after_area(gaz, parsed.parts)
    if swapped is not None:
        alt = resolve(gaz, swapped, limit)
        if alt.candidates:
            return Resolution(parsed.text, alt.candidates, alt.reason)
    # one name mixing scripts must name one place in both; separate parts may differ
    mixed = None if parsed.qualifiers else mixed_script_parts(parsed.text)
    if mixed:
        return _resolve_mixed(gaz, parsed.text, mixed, limit)
    records = gaz.records
    named = [(r, _qualifier_memo(gaz, r)) for r in parsed.qualifiers]
    qualifiers = [q for _, q in named if q[0]]
    full = len(qualifiers)
    # "Mogaung village, Kany Township": an area the text names, unknown, checks nothing
    unknown = next((r[0].text for r, q in named if not q[0] and _names_an_area(r)), None)

    for_wards = [_ward_tags(q) for q, _ in qualifiers]

    def satisfied(pid: int) -> int:
        if not qualifiers:
            return 0
        tags = _tags_of(gaz, pid)
        if records[pid][0] == "ward":
            return sum(1 for q in for_wards if not q.isdisjoint(tags))
        return sum(1 for q, _ in qualifiers if not q.isdisjoint(tags))

    qualifier_rank = _qualifier_rank(gaz, qualifiers)
    scored: dict[int, tuple] = {}
    respelt = False  # a reading found, respelt, places that honour every qualifier
    site_named = False  # a project site found by its full name
    for reading in parsed.target:
        if (respelt and reading.note) or (site_named and reading.facility):
            continue  # a respelling of the site ("Naypyidaw airport") before the place it names
        for tier, hits in _lookups(gaz, reading):
            sats = [satisfied(pid) for pid, _ in hits] if qualifiers else [0] * len(hits)
            top = max(sats)  # only the hits that honour the most qualifiers can win
            for (pid, weight), sat in zip(hits, sats, strict=True):
                if sat == top:
                    _offer(scored, records, pid, weight, tier, reading, sat, qualifier_rank(pid))
        # enough once a reading found, as written, places that honour every qualifier; a
        # respelling ("Bahan town" ~ "Hpa-an Town") does not stop the next readings ("Bahan")
        found = [r[_TIER] for r in scored.values() if r[_SAT] == -full]
        if 0 in found:
            break
        site_named = any(records[p][0] == "site" and r[_TIER] == 0 for p, r in scored.items())
        respelt = bool(found)
    if not scored and not qualifiers and "-" in parsed.text:
        in_city = _place_in_city(gaz, parsed.text, limit)
        if in_city is not None:
            return in_city
    best_sat = -min(scored.values())[_SAT] if scored else -1
    # exact hits beat fuzzy ones that fit better; so does the full text found as written
    # (whole_known, above). An area's kind word that no hit fits ("Kantbalu Township", a
    # village Kant Ba Lu being the only exact hit) also looks for a close spelling of that kind
    # (Kanbalu Township); not a "town", which news and UCDP write of villages too, nor a
    # curated alias ("Mongpai town")
    asked = next((r.kind for r in parsed.target if r.kind in _AREA_KINDS), None)
    kind_unmet = bool(scored) and asked is not None and _kind_unmet(scored)
    # a name found only outside the township a qualifier names may be a close spelling of a
    # place inside it ("Let Pan Kyin village, Myinmu Township, Sagaing Region": Let Pa Kyin, in
    # Myinmu, not the Let Pan Kyin villages of other townships of the region); taken when sure
    partial = 0 < best_sat < full and _misses_a_township(
        gaz, [p for p, r in scored.items() if -r[_SAT] == best_sat], qualifiers
    )
    # a project site found by its full name is that site, whatever respelling the qualifier
    # holds ("Tagaung Taung nickel project, Sagaing": the mine, not a ward Ta Kaung)
    if (
        ((best_sat <= 0 and (full or not scored)) or kind_unmet or partial)
        and not whole_known
        and not site_named
    ):
        areas = _fuzzy_areas(qualifiers, gaz)
        fuzzy: dict[int, tuple] = {}
        # the kind-stripped readings first ("Kotaungbo", not "Kotaungbo village")
        targets = parsed.target[1:] if parsed.qualifiers else parsed.target
        targets = sorted(targets[:5], key=lambda r: r.kind is None)
        for reading in targets:
            for pid, score in _fuzzy(gaz, reading.key, areas):
                _offer(fuzzy, records, pid, score, 2, reading, satisfied(pid))
            if fuzzy:
                break
        if asked and (kind_unmet or not fuzzy):  # the kind asked for, by a closer look
            for reading in targets:
                for pid, score in _fuzzy_of_kind(gaz, reading.key, asked, areas):
                    _offer(fuzzy, records, pid, score, 2, reading, satisfied(pid))
        if kind_unmet:  # only places of the kind asked for join the exact hits
            scored |= {pid: r for pid, r in fuzzy.items() if not r[_HINT] % 2}
            best_sat = -min(scored.values())[_SAT]
        elif (
            fuzzy
            and -min(fuzzy.values())[_SAT] > best_sat
            and (
                not partial
                or max(r[_SCORE] for r in fuzzy.values()) >= SURE_SCORE
                # "Ohn Twe village, Tilin Township, Magway Region": Ohn Htwea in Tilin, the
                # Ohn Twe of Magway Township being 209 km off, as without the region
                # ... as when no qualifier is met: the state a text adds changes nothing
                # ("Naung Mon Village, Lashio Township, northern Shan State": Nawng Mun in
                # Lashio, not the Nawng Mon of Hseni just outside)
                or _qualifiers_agree(qualifiers, satisfied)
            )
        ):
            scored, best_sat = fuzzy, -min(fuzzy.values())[_SAT]
    note = None
    # qualifiers that agree ("Yesagyo Township, Magway Region") leave no place that honours
    # only some of them: a namesake in another township of the region contradicts the text.
    # (Not so a district: news and UCDP name districts as they were before 2022.)
    agreeing = (
        0 < best_sat < full
        and _qualifiers_agree(qualifiers, satisfied)
        and _misses_a_township(
            gaz, [p for p, r in scored.items() if -r[_SAT] == best_sat], qualifiers
        )
    )
    if scored and 0 < best_sat < full and not agreeing:
        note = "matches only some of the qualifiers"
        scored = _penalise(_nearest_to_missed(gaz, scored, qualifiers), 0.8)
    elif scored and full and (best_sat == 0 or agreeing):
        # the name exists, but not inside the qualifiers: take the one nearest the most
        # specific qualifier place if it is close (boundaries and districts change)
        near = _namesake_just_outside(gaz, scored, qualifiers)
        first_named = next(r for r, q in named if q[0])[0].text
        if near is not None and _said_near(parsed.text, first_named):
            # "Letpadaung copper mine near Monywa": where the text says it is
            note = "found near the place named by the qualifier, as the text says"
            scored = _penalise({near: scored[near]}, SAID_NEAR_FACTOR)
        elif near is not None:
            note = "found just outside the place named by the qualifier"
            scored = _penalise({near: scored[near]}, 0.6)
        elif site_named:  # a project named in full is that project, wherever the text puts it
            sites = {p: r for p, r in scored.items() if records[p][0] == "site" and not r[_TIER]}
            note = f"the text places it in {first_named}; the gazetteer's site lies elsewhere"
            scored = _penalise(sites, MISPLACED_SITE_FACTOR)
        else:
            scored = {}
    if not scored and qualifiers and (settled := _qualifying_settlement(gaz, parsed)):
        return settled
    if not scored and qualifiers and (site := _facility_of_qualifier(gaz, parsed, limit)):
        return site
    if not scored:
        pid = _fallback_area(gaz, qualifiers) if qualifiers else _place_named_beside(gaz, parsed)
        close = (
            None if pid is None or qualifiers else _close_spelling_near(gaz, parsed.parts[0], pid)
        )
        if close is not None:  # "Nam San Yang village near Laiza": a close spelling near it
            return Resolution(parsed.text, [close])
        if pid is not None:
            target = parsed.target[0].text if parsed.target else parsed.text
            said = f"'{target}' not found"
            route = _first_part(parsed.text)
            if ends := route_ends(route):  # "Ye - Dawei highway (Ye township)"
                said = f"'{route}' lies between {ends[0]} and {ends[1]}, not at one place"
            note = f"{said}; located to the qualifying {records[pid][0]}"
            score = 0.4
            if records[pid][0] == "town" and not ends and reads_as_news(parsed.parts[0]):
                # "The PNLO attacked junta positions in Aungban town": what happened, in
                # that town; as sure as a village a text places a thing at
                note = f"'{parsed.parts[0]}' names no place: located to the town the text names"
                score = SETTLEMENT_SCORE
            fallback = (0, 0, 0, 3, 1, 0, 0, 0, 0, score, "qualifier", "")
            return _finish(gaz, parsed.text, {pid: fallback}, limit, note)
        if not qualifiers and (after_area := _place_after_state(gaz, parsed.text, limit)):
            return after_area
        return Resolution(parsed.text, reason=_unfound_reason(gaz, parsed.text))
    if unknown:
        unchecked = f"'{unknown}' names no known place: not checked against it"
        note = f"{note}; {unchecked}" if note else unchecked
        scored = _penalise(scored, UNKNOWN_AREA_FACTOR)
    return _finish(gaz, parsed.text, scored, limit, note)


#: the factor on a project site named in full that lies far from the area a text puts it in
MISPLACED_SITE_FACTOR = 0.5
#: the factor on a place found outside, but near, the place a text says it is near
SAID_NEAR_FACTOR = 0.9


def _said_near(text: str, qualifier: str) -> bool:
    """Whether ``text`` puts its place near the qualifier ``qualifier`` ("... near Monywa")."""
    return (
        re.search(rf"\b(?:near|close\s+to|outside)\s+{re.escape(qualifier)}", text, re.I)
        is not None
    )


def _namesake_just_outside(
    gaz: Gazetteer, scored: dict[int, tuple], qualifiers: list[tuple[set[str], list[int]]]
) -> int | None:
    """Of places found by name outside the qualifiers, the one nearest the most specific
    qualifier's place when it is found surely and lies within ``NEAR_QUALIFIER_KM`` of it
    (boundaries and districts change); else None. A ward of another town is no ward "just
    outside" the town named."""
    records = gaz.records
    areas = qualifiers[0][1]  # ("Sagaing": the town, township, district and region)
    area = records[areas[0]]

    def km(pid: int) -> float:
        return min(_km_to_area(gaz, records[pid], each) for each in areas)

    sure = [pid for pid, rank in scored.items() if rank[_SCORE] >= SURE_SCORE]
    near = min(sure or scored, key=km)
    other_town = records[near][0] == "ward" and area[0] == "town"
    close = km(near) <= NEAR_QUALIFIER_KM and not other_town
    return near if close and scored[near][_SCORE] >= SURE_SCORE else None


def _km_to_area(gaz: Gazetteer, rec: tuple, area_pid: int) -> float:
    """Kilometres from the place ``rec`` to the area ``area_pid``: to its point, or for a
    state or district (too large for one point) to the nearest point of its townships
    ("Tagaung Taung nickel project, Sagaing": the mine lies 10 km inside Mandalay Region, 150
    km from Sagaing Region's point)."""
    area = gaz.records[area_pid]
    if area[0] not in ("state", "district"):
        return _km(rec, area)
    return min((_km(rec, t) for t in _townships_in(gaz, area_pid)), default=_km(rec, area))


def _townships_in(gaz: Gazetteer, area_pid: int) -> list[tuple]:
    """The township records inside the state or district ``area_pid`` (memoised)."""
    memo = gaz.__dict__.setdefault("_townships_in_memo", {})
    found = memo.get(area_pid)
    if found is None:
        tags = _area_tag(gaz, area_pid)
        records, area_tags = gaz.records, gaz.area_tags
        found = memo[area_pid] = [
            rec
            for pid, rec in enumerate(records)
            if rec[0] == "township" and not tags.isdisjoint(area_tags[pid])
        ]
    return found


def _kind_unmet(scored: dict[int, tuple]) -> bool:
    """Whether no candidate is of the kind the query's kind word asks for, nor a curated
    alias (which is what the spelling means, "Mongpai town")."""
    return all(r[_HINT] % 2 and r[_CURATED] for r in scored.values())


def _names_an_area(readings: list[Reading]) -> bool:
    """Whether a qualifier's readings name a township, district or state by its kind word, or
    a village or ward ("... police outpost at Badu village": a place the answer should lie
    at, not to be dropped unsaid)."""
    return any(r.kind in _AREA_KINDS or r.kind in _MINOR_KINDS for r in readings)


#: what a qualifier may name that is a point, not an area ("a camp at X village"); a town
#: qualifying is an area (a ward of it), its point the fallback's ("located to the qualifying
#: town")
_SETTLEMENT_KINDS = frozenset({"village", "ward", "site"})
#: the score of a place a qualifier names surely, the target itself not being found
SETTLEMENT_SCORE = 0.7
#: the least score of a close spelling so taken, inside an area the text names
MIN_CLOSE_SETTLEMENT_SCORE = 0.65


def _qualifying_settlement(gaz: Gazetteer, parsed) -> Resolution | None:
    """When the target is not found: the village, ward or site that its qualifiers name
    surely ("the junta's camp at Tar Kan Htan village, Laukkai Township" is at that village, not
    at the village tract of its name; "a camp near Laiza, Kachin State" at Laiza), with a note;
    None when they name an area, or nothing sure."""
    rest = parsed.parts[1:]
    if not rest or len(rest) != len(parsed.qualifiers):  # a bracketed qualifier besides
        return None
    found = _village_before_its_tract(gaz, resolve(gaz, ", ".join(rest), 2))
    first, score = _found_surely(found, 0.9), SETTLEMENT_SCORE
    said = f"'{parsed.parts[0]}' not found; located to the {{kind}} the text places it at"
    if first is None and len(rest) > 1 and found.candidates:
        # a close spelling inside the area named ("Nat Ji Tsin near Munghkawng, Mansi
        # Township": Mong Hkawng, in Mansi), scored as much less sure
        first = found.candidates[0]
        if first.match != "fuzzy" or first.score < MIN_CLOSE_SETTLEMENT_SCORE:
            return None
        score = round(SETTLEMENT_SCORE * first.score, 3)
        said += f" ({first.note})"
    if first is None or gaz.records[first.place_id][0] not in _SETTLEMENT_KINDS:
        return None
    if (close := _close_spelling_near(gaz, parsed.parts[0], first.place_id)) is not None:
        return Resolution(parsed.text, [close])
    place = Candidate(first.place_id, score, "qualifier")
    place.note = said.format(kind=gaz.records[first.place_id][0].replace("_", " "))
    return Resolution(parsed.text, [place])


#: how far from the place a text puts it near a close spelling of a village may lie
CLOSE_NEAR_KM = 30.0


def _close_spelling_near(gaz: Gazetteer, target: str, near: int) -> Candidate | None:
    """A close spelling of the village ``target`` names, in the township of the village or ward
    ``near`` and within CLOSE_NEAR_KM of it ("Nam San Yang village near Laiza": Nam Sang Yang,
    14 km from Laiza in Waingmaw Township), scored as the settlement it stands for; or None."""
    rec = gaz.records[near]
    if rec[0] not in ("village", "ward") or not isinstance(rec[7], str):
        return None
    target = _trailing_name(target)  # "An airstrike hit | Nam San Yang Village"
    if not all(map(_is_name_word, target.split())) or _part_kind(target) not in (None, "village"):
        return None  # "the junta's camp": no village's name
    township = gaz.places["admin3"].iat[near]
    found = resolve(gaz, f"{target}, {township} Township, {gaz.places['admin1'].iat[near]}", 2)
    best = found.candidates[0] if found.candidates else None
    if best is None or best.match != "fuzzy" or best.score < MIN_CLOSE_SETTLEMENT_SCORE:
        return None
    if best.rivals or _km(gaz.records[best.place_id], rec) > CLOSE_NEAR_KM:
        return None
    return replace(best, score=round(SETTLEMENT_SCORE * best.score, 3))


def _village_before_its_tract(gaz: Gazetteer, found: Resolution) -> Resolution:
    """``found`` with a village first when the first candidate is the village tract of its
    name at its point, scored alike ("Munghkawng, Mansi Township": the village Mong Hkawng,
    the tract's main village, is where a text "near Munghkawng" places a thing)."""
    if len(found.candidates) < 2:
        return found
    first, second = found.candidates[:2]
    tract, village = gaz.records[first.place_id], gaz.records[second.place_id]
    if (
        tract[0] == "village_tract"
        and village[0] == "village"
        and first.score == second.score
        and (tract[1], tract[2]) == (village[1], village[2])
    ):
        return Resolution(found.query, [second, first], found.reason)
    return found


def _facility_of_qualifier(gaz: Gazetteer, parsed, limit: int) -> Resolution | None:
    """When the target only says what a facility is ("Sino-Myanmar oil pipeline terminal at
    Kyaukphyu"): the site named after the place its first qualifier names ("Kyaukphyu oil
    pipeline terminal"), when found surely; else None."""
    target, place = parsed.parts[0], parsed.parts[1] if len(parsed.parts) > 1 else ""
    what = [w for w in target.split() if w.islower()]
    if not place or not what or what[-1] not in _SITE_WORDS:
        return None
    named = f"{place} {' '.join(what)}"
    found = _found_surely(resolve(gaz, named, limit), SURE_SCORE)
    if found is None or gaz.records[found.place_id][0] != "site":
        return None
    return _said_of(parsed.text, Resolution(named, [found]), f"read as '{named}'")


def _qualifiers_agree(qualifiers: list[tuple[set[str], list[int]]], satisfied) -> bool:
    """True when a place named by one qualifier honours all of them (the township named lies
    in the state named), so that the qualifiers describe one area rather than disagree."""
    full = len(qualifiers)
    return any(satisfied(pid) == full for _, pids in qualifiers for pid in pids[:20])


def _misses_a_township(
    gaz: Gazetteer, pids: list[int], qualifiers: list[tuple[set[str], list[int]]]
) -> bool:
    """True when a qualifier naming a township is honoured by none of ``pids``."""
    records = gaz.records
    return any(
        q_pids
        and records[q_pids[0]][0] == "township"
        and all(tags.isdisjoint(_tags_of(gaz, pid)) for pid in pids)
        for tags, q_pids in qualifiers
    )


def _capital(gaz: Gazetteer, text: str, area: str, limit: int) -> Resolution | None:
    """ "The capital of Kachin State": Myitkyina (data/gazetteer/capitals.csv); of a township,
    its seat town; None for any other place."""
    found = resolve(gaz, area, 1)
    if not found.candidates:
        return None
    pid = found.candidates[0].place_id
    rec, name = gaz.records[pid], gaz.places["name"].iat[pid]
    if rec[0] == "state":
        capital = _capitals().get(name)
        query = f"{capital} town, {name}" if capital else None
    elif rec[0] == "township":  # its seat town (a linear scan, for a rare query)
        seats = (
            i for i, r in enumerate(gaz.records) if r[0] == "town" and r[10] and r[7] == rec[7]
        )
        seat = next(seats, None)
        query = None if seat is None else f"{gaz.places['name'].iat[seat]} town, {name} Township"
    else:
        query = None
    if query is None:
        return None
    answer = resolve(gaz, query, limit)
    return Resolution(text.strip(), answer.candidates, answer.reason)


@lru_cache(maxsize=1)
def _capitals() -> dict[str, str]:
    return read_capitals()


#: A hyphen between a city and a place in it ("Yangon-Hlaing Tharyar"), not inside a name
_CITY_DASH = re.compile(r"\s*[-–—]\s*")
#: Kinds of place a city-dash prefix may be ("Yangon-", "Mandalay-", "Naypyitaw-")
_CITY_KINDS = frozenset({"town", "state"})


def _place_in_city(gaz: Gazetteer, text: str, limit: int) -> Resolution | None:
    """ACLED's "Yangon-Hlaing Tharyar", "Mandalay-Chanayethazan": a township or ward of a
    city, written after the city and a hyphen, read as "Hlaing Tharyar, Yangon"; None when
    no hyphen splits the text so (the place must lie inside the city's area)."""
    for dash in _CITY_DASH.finditer(text):
        city, place = text[: dash.start()].strip(), text[dash.end() :].strip()
        hits = gaz.exact.get(normalize(city), ()) if city and place else ()
        if any(gaz.records[pid][0] in _CITY_KINDS for pid, _ in hits):
            found = resolve(gaz, f"{place}, {city}", limit)
            inside = found.candidates and found.candidates[0].match != "qualifier"
            if inside:
                return Resolution(text.strip(), found.candidates, found.reason)
    return None


def _unfound_reason(gaz: Gazetteer, text: str) -> str:
    """Why nothing was found: no such name, or a route or stretch between two places."""
    ends = route_ends(text)
    if ends and all(gaz.exact.get(normalize(_strip_kind(end)[0])) for end in ends):
        first, second = ends
        return (
            f"'{text}' lies between {first} and {second}, not at one place: "
            "geocode a place on the way, or one end"
        )
    return f"{_NO_PLACE_NAMED} '{text}' in the gazetteer"


_NO_PLACE_NAMED = "no place named"


def _nearest_to_missed(gaz: Gazetteer, scored: dict, qualifiers: list) -> dict:
    """Of equally ranked candidates, the one nearest the first qualifier that none of them is in,
    when it lies within MISSED_QUALIFIER_KM: news and UCDP name districts as they were before
    2022 ("Pi Tauk Kone village, Monywa district"), when they held townships that are now in
    other districts, so the district still tells which of several same-name villages is meant."""
    records = gaz.records
    top = min(scored.values())[:_SEAT]  # candidates the ranking cannot tell apart
    best = [pid for pid, rank in scored.items() if rank[:_SEAT] == top]
    if len(best) < 2:
        return scored
    for tags, areas in qualifiers:
        if all(tags.isdisjoint(_tags_of(gaz, pid)) for pid in best):
            area = records[_largest(gaz, areas)]
            near = min(best, key=lambda pid: _km(records[pid], area))
            if _km(records[near], area) > MISSED_QUALIFIER_KM:
                return scored
            drop = {pid for pid in best if _km(records[pid], records[near]) > AMBIGUOUS_KM}
            return {pid: rank for pid, rank in scored.items() if pid not in drop}
    return scored


def _place_after_area(gaz: Gazetteer, parts: list[str]) -> str | None:
    """The query with the place first when it names an area, then a place inside it: UCDP's
    and many reports' order ("Madaya Township, Nyaung Oke", "Kachin State, Myitkyina",
    "Kawkareik, Kyondoe town"); else None. Not when the second part is the larger area
    ("Salingyi Township, Sagaing")."""
    if len(parts) > 2:
        return _state_first(gaz, parts)
    if len(parts) != 2:
        return None
    if _part_kind(parts[1]) == "township" and _part_kind(parts[0]) is None:
        # "Yangon, Hlaing Tharyar Township": a state or region, then the township in it
        return f"{parts[1]}, {parts[0]}" if _names_a_state(gaz, parts[0]) else None
    if not _area_then_place_shape(parts):
        return None
    first = _part_kind(parts[0])
    if first is not None:  # "X Township, Y": Y must not name an area as large
        areas = _qualifier_of_text(gaz, parts[1])[1]
        if any(_SPECIFICITY.get(gaz.records[pid][0], 0) >= _SPECIFICITY[first] for pid in areas):
            return None
    else:  # "X, Y town": X must name an area
        areas = _qualifier_of_text(gaz, parts[0])[1]
        if not any(gaz.records[pid][0] in _AREA_KINDS for pid in areas):
            return None
    return f"{parts[1]}, {parts[0]}"


def _place_after_state(gaz: Gazetteer, text: str, limit: int) -> Resolution | None:
    """A state or region named before the place, nothing between them ("Yangon Hlaing Tharyar
    Township", "ရန်ကုန် လှိုင်သာယာမြို့နယ်"): the place in it; None when the text is not so."""
    words = text.split()
    for cut in range(1, min(4, len(words))):
        state, place = " ".join(words[:cut]), " ".join(words[cut:])
        if not all(map(_is_name_word, words[cut:])):
            continue  # "Sagaing | Town attacked", "Mandalay | sit-in": no place's name
        areas = _qualifier_of_text(gaz, state)[1]
        if not any(gaz.records[pid][0] == "state" for pid in areas):
            continue
        found = _resolve(gaz, f"{place}, {state}", limit)
        best = _found_surely(found)
        if best is not None and best.place_id not in areas:  # not "River, Ayeyarwady"
            return _read_as(text, f"{place}, {state}", found)
    return None


def _state_first(gaz: Gazetteer, parts: list[str]) -> str | None:
    """A spreadsheet's row from its state down ("Kayah | Hpruso | So Hlar Ku", "Sagaing,
    Myinmu, Pa Dat Taing"): the parts the other way round; None when the first part names no
    state, or the last one does, or a part's kind word says otherwise ("Ward 3, ...")."""
    if not all(_is_name_word(word) for part in parts for word in part.split()):
        return None  # "southern Sagaing, clash with ..., the north": a sentence's parts
    kinds = [_part_kind(part) for part in parts]
    if kinds[0] not in (None, "state") or kinds[-1] in _AREA_KINDS:
        return None  # ("Sagaing Region, Hkamti, La Pet" too)
    if any(kind not in (None, "township", "district") for kind in kinds[1:-1]):
        return None
    if not _names_a_state(gaz, parts[0]) or _names_a_state(gaz, parts[-1]):
        return None
    return ", ".join(reversed(parts))


def _names_a_state(gaz: Gazetteer, text: str) -> bool:
    """Whether ``text``, read as a qualifier, names a state or region ("Yangon", "Kayah")."""
    return any(gaz.records[pid][0] == "state" for pid in _qualifier_of_text(gaz, text)[1])


_NAME_KIND_WORDS = frozenset({"township", "town", "village", "ward", "district", "tract"})


def _is_name_word(word: str) -> bool:
    """A word of a place's name or its kind word: capitalised, not in Latin script, or a kind
    word ("Hlaing Tharyar Township", "ကန့်ဘလူမြို့နယ်")."""
    word = word.strip("()[]")  # "La Pet (Ke San)"
    return word[:1].isupper() or not word.isascii() or word.lower() in _NAME_KIND_WORDS


def _area_then_place_shape(parts: list[str]) -> bool:
    """The kind words of the first two parts allow "area, then place in it": an area kind
    then none ("Madaya Township, Nyaung Oke"), or none then a place kind ("Kawkareik,
    Kyondoe town"). Whether it is so needs the gazetteer (``_place_after_area``)."""
    second = _part_kind(parts[1])  # a qualifier, memoised; the usual "... Township" ends it
    if second is not None and second not in _PLACE_KINDS:
        return False
    first = _part_kind(parts[0])
    return (first in _AREA_KINDS and second is None) or (first is None and second in _PLACE_KINDS)


_PLACE_KINDS = frozenset({"village", "ward", "village_tract", "town"})


def _largest(gaz: Gazetteer, areas: list[int]) -> int:
    """The place a qualifier names when read alone (the larger kind, then the more populous):
    "administration office in Loikaw" falls back to Loikaw town, not a Loi Kaw village tract."""

    def rank(pid: int) -> tuple[float, float, int]:
        rec = gaz.records[pid]
        pop = rec[3] if rec[3] == rec[3] and rec[3] is not None else 0
        # then the one holding the others: Shan State, not its part Shan (East)
        return KIND_RANK[rec[0]], -pop, -sum(_contains(gaz, pid, other) for other in areas)

    return min(areas, key=rank)


def _place_named_beside(gaz: Gazetteer, parsed) -> int | None:
    """For a target not found beside parts that name no area, the place the first such part
    names surely ("Nam San Yang Village near Laiza Town": Laiza; not a close spelling: "the
    Thai border" is no Thazi), else None."""
    for part in parsed.parts[1:]:
        first = _found_surely(resolve(gaz, part, 1), SURE_SCORE)
        if first is not None:
            return first.place_id
    return None


def _fallback_area(gaz: Gazetteer, qualifiers: list[tuple[set[str], list[int]]]) -> int:
    """The place to fall back to when the target is not found: the most specific qualifier
    place that lies inside every broader qualifier ("X, Ywar Nge ward, Pindaya township" gives
    Pindaya township, not a Ywar Nge village tract of another state). A district is not held
    against a finer place: news and UCDP name districts as they were before 2022 ("...,
    Hpakant Township, Myitkyina District": Hpakant, now of Mohnyin District)."""
    records = gaz.records

    def breadth(i: int) -> int:
        return _SPECIFIC.get(records[_largest(gaz, qualifiers[i][1])][0], 9)

    district = _SPECIFIC["district"]
    order = sorted(range(len(qualifiers)), key=breadth)
    for n, i in enumerate(order):
        broader = [
            qualifiers[j][0]
            for j in order[n + 1 :]
            if breadth(j) != district or breadth(i) >= district
        ]
        inside = [
            pid
            for pid in qualifiers[i][1]
            if all(not tags.isdisjoint(_tags_of(gaz, pid)) for tags in broader)
        ]
        if inside:
            return _largest(gaz, inside)
    return _largest(gaz, qualifiers[order[-1]][1])


def _qualified_fast(gaz: Gazetteer, text: str, limit: int) -> Resolution | None:
    """Fast path for "V village, T Township[, S State]": the name as written (or without its
    kind word) found inside every qualifier, also after a leading "near" or "10 km north of"
    (which the full parser drops too). None sends the query to the full parser."""
    if check(text) is not None:
        return None
    body = strip_leading(text.strip(), phrases_only=True)
    if not body or _NOT_SIMPLE_START.match(body) or _DISTANCE.search(body):
        return None
    parts = plain_parts(body) or split_parts(body)
    if not 1 < len(parts) <= 4 or _NOT_SIMPLE_TARGET.search(parts[0]):
        return None
    # a bracketed qualifier ("Shan (North)") is read as the parser reads it: same readings
    qualifiers = [_qualifier_of_text(gaz, p) for p in parts[1:]]
    if not all(tags for tags, _ in qualifiers):
        return None
    if _area_then_place_shape(parts):
        return None  # "Kachin State, Myitkyina", "Kawkareik, Kyondoe town": see the parse path
    head = parts[0].strip()
    core, kind = _strip_kind(head)
    records = gaz.records
    for name, kind_word in ((head, None), (core, kind)):
        key = normalize(name)
        hits = gaz.exact.get(key)
        if not hits:
            continue
        reading = Reading(key, kind_word, name)
        scored: dict[int, tuple] = {}
        qualifier_rank = _qualifier_rank(gaz, qualifiers)
        for pid, weight in _hits_inside(gaz, reading.key, hits, qualifiers):
            _offer(scored, records, pid, weight, 0, reading, len(qualifiers), qualifier_rank(pid))
        if scored and not (kind_word in _AREA_KINDS and _kind_unmet(scored)):
            return _finish(gaz, clean(text), scored, limit, None)
    return None


def _bare(gaz: Gazetteer, key: str, hits, limit: int, text: str) -> Resolution:
    """The answer for a bare name found as written (what ``resolve`` would rank)."""
    scored: dict[int, tuple] = {}
    reading = Reading(key)
    for pid, weight in hits:
        _offer(scored, gaz.records, pid, weight, 0, reading, 0)
    return _finish(gaz, text, scored, limit, None)


def _penalise(scored: dict, factor: float) -> dict:
    return {pid: (*r[:_SCORE], r[_SCORE] * factor, *r[_MATCH:]) for pid, r in scored.items()}


def _finish(gaz: Gazetteer, query: str, scored: dict, limit: int, note: str | None) -> Resolution:
    if len(scored) == 1:  # one candidate: no ranking, no rivals
        ((pid, rank),) = scored.items()
        cand = Candidate(
            pid, round(min(rank[_SCORE] * _placed_factor(gaz, pid), 1.0), 3), rank[_MATCH]
        )
        cand.note = _answer_note(gaz, pid, note, rank)
        return Resolution(query, [cand])
    order = heapq.nsmallest(limit, scored, key=lambda pid: scored[pid][:_SCORE])
    top = order[0]
    top_rank = scored[top]
    records = gaz.records
    # a namesake far away that the ranking tells apart only by being a seat (a township's
    # seat town, a village tract's main village) is still a rival: that preference picked the
    # place meant in 26 of 45 such evaluation queries (tests/geocode_eval.py)
    village = records[top][0] == "village"
    head = _tied_rank(top_rank)
    group = [  # the namesakes tied with the first
        pid
        for pid, rank in scored.items()
        if _tied_rank(rank) == head
        or (village and records[pid][0] == "village" and _same_but_size(rank, top_rank))
    ]
    # a known population ranked the first: that says more than where its namesakes stand
    clustered, cluster = (top, 0) if top_rank[_POP] else _most_clustered(records, group, top)
    if clustered != top:
        top, top_rank = clustered, scored[clustered]
        order = [top, *(pid for pid in order if pid != top)][:limit]
    rivals = [
        pid
        for pid in group
        if pid != top
        and _km(records[pid], records[top]) > AMBIGUOUS_KM
        and not _dominates(
            -top_rank[_POP],
            -scored[pid][_POP],
            unknown_is_small=not village and records[pid][0] != "town",
        )
    ]
    candidates = []
    tied = {top, *rivals} if rivals else set()  # equally likely: each as uncertain
    for pid in order:
        score = scored[pid][_SCORE] * (0.5 if pid in tied else 1.0) * _placed_factor(gaz, pid)
        cand = Candidate(pid, round(min(score, 1.0), 3), scored[pid][_MATCH])
        cand.rivals = len(rivals) if pid in tied else 0
        candidates.append(cand)
    note = _answer_note(gaz, top, note, top_rank)
    kind = records[top][0].replace("_", " ")
    if cluster and not rivals:  # every namesake within AMBIGUOUS_KM of the one placed
        near = f"{cluster} places of this name lie within {AMBIGUOUS_KM:g} km of this one"
        note = f"{near} ({note})" if note else near
    if rivals:
        count = len(rivals) + max(cluster, 1)  # the rivals, the first and those around it
        township = records[top][7]
        one_township = isinstance(township, str) and all(records[p][7] == township for p in rivals)
        advice = "add the village tract" if one_township else "add a township or state"
        where = " in one township" if one_township else ""
        note = f"ambiguous: {count} {kind}s{where} share this name; {advice}" + (
            f" ({note})" if note else ""
        )
        if cluster:  # placed where most of them stand, not by the ranking
            note += f"; first: where {cluster} of them lie within {AMBIGUOUS_KM:g} km"
        elif all(scored[pid][_SEAT] > top_rank[_SEAT] for pid in rivals):
            note += f"; first: {_SEAT_WORDS.get(kind, 'the seat')}"
    candidates[0].note = note
    return Resolution(query, candidates)


#: at most this many equally ranked namesakes are compared for where most of them lie
CLUSTER_MAX = 30


def _most_clustered(records, group: list[int], top: int) -> tuple[int, int]:
    """Among equally ranked namesakes, the middle one of those with the most of them within
    AMBIGUOUS_KM, and how many that is; ``(top, 0)`` when ``top`` has as many near it and is
    no farther from their middle. When nothing tells which one is meant, the point where most
    of them stand is the likeliest to be near the one meant."""
    if not 3 <= len(group) <= CLUSTER_MAX:
        return top, 0
    lat = np.array([records[pid][1] for pid in group], dtype=float)
    lon = np.array([records[pid][2] for pid in group], dtype=float)
    dlat = (lat[:, None] - lat[None, :]) * 111.2  # as _km measures
    dlon = (lon[:, None] - lon[None, :]) * 111.2 * np.cos(np.radians((lat[:, None] + lat) / 2))
    km = np.hypot(dlat, dlon)
    near = km <= AMBIGUOUS_KM
    counts, spread = near.sum(axis=1), np.where(near, km, 0.0).sum(axis=1)
    # most namesakes near, then the nearest in all; the first of equals in the ranking's order
    best = int(np.lexsort((np.arange(len(group)), spread, -counts))[0])
    first = group.index(top)
    if counts[best] < counts[first] or (
        counts[best] == counts[first] and not (near[first, best] and spread[best] < spread[first])
    ):
        return top, 0  # as many near it, and no farther from the middle of its namesakes
    return group[best], int(counts[best])


def _resolve_offset(gaz: Gazetteer, text: str, offset: Offset, limit: int) -> Resolution | None:
    """The place a text gives by distance and direction ("Kone Sar village, about 13 km
    northeast of Lashio town"): the named place when one of that name lies near the point so
    described, else the point itself, offset from the place measured from (pyproj's geodesic);
    None when that place is not found (the text is then read as usual)."""
    place = split_parts(strip_leading(offset.place, phrases_only=True))
    if len(place) > 1:  # "X village in Y township, Z region, about 27 km north-west of W"
        named = resolve(gaz, ", ".join(place), limit)
        sure = _found_surely(named, SURE_SCORE)
        if sure is not None and not sure.note:
            return Resolution(text, named.candidates, named.reason)
    anchor = resolve(gaz, offset.anchor, limit)
    if not anchor.candidates or anchor.candidates[0].match in ("offset", "qualifier"):
        return None
    records = gaz.records
    # distances are measured from towns: "27 km north-west of Tanintharyi" is of the town,
    # not the region a bare name prefers (but "50 km north of Shan State" is of the state)
    base = anchor.candidates[0]
    if records[base.place_id][0] in _NOT_AN_ANCHOR and _strip_kind(offset.anchor)[1] is None:
        base = next((c for c in anchor.candidates if records[c.place_id][0] == "town"), base)
    origin = records[base.place_id]
    origin_name = str(gaz.places["name"].iat[base.place_id])
    measured = f"{offset.phrase} {origin_name}"
    point = None
    if origin[0] in _NOT_AN_ANCHOR:  # "50 km north of Shan State": no point to measure from
        whole = Candidate(base.place_id, round(base.score * NO_BEARING_FACTOR, 3), base.match)
        whole.note = f"located to {origin_name} as a whole; the text places it {measured}"
        return Resolution(text, [whole])
    if offset.bearing is not None:
        lon, lat, _ = _GEOD.fwd(origin[2], origin[1], offset.bearing, offset.km * 1000.0)
        point = (float(lat), float(lon))
    named = _named_near(gaz, offset, base.place_id, point, measured)
    if named:
        return Resolution(text, named[:limit])
    if base.rivals and (near := _named_near_a_namesake(gaz, offset, base)):
        return Resolution(text, near[:limit])  # "... 7 miles from Kamma": of two Kammas
    anchor_note = f" ({origin_name}: {base.note})" if base.note else ""
    named_first = resolve(gaz, place[0], 1).candidates if place else []
    itself = bool(named_first) and named_first[0].place_id == base.place_id
    missing = f"'{place[0]}' not found there; " if place and not itself else ""
    if point is None:
        note = f"{missing}the text gives no direction: located to {origin_name}, {measured}"
        only = Candidate(base.place_id, round(base.score * NO_BEARING_FACTOR, 3), base.match)
        only.note = note + anchor_note
        return Resolution(text, [only])
    note = f"{missing}located {measured}, measured from {origin_name}'s point"
    at_point = Candidate(base.place_id, round(base.score * OFFSET_FACTOR, 3), "offset")
    at_point.note, at_point.point, at_point.label = note + anchor_note, point, measured
    return Resolution(text, [at_point])


def _named_near_a_namesake(gaz: Gazetteer, offset: Offset, base: Candidate) -> list[Candidate]:
    """When the place measured from has namesakes as likely ("Kamma", two towns of Magway):
    the places named near exactly one of the others, else []."""
    records = gaz.records
    found = []
    for other in resolve(gaz, offset.anchor, 10).candidates:  # (``anchor`` may hold only one)
        if other.place_id == base.place_id or not other.rivals:
            continue
        origin = records[other.place_id]
        point = None
        if offset.bearing is not None:
            lon, lat, _ = _GEOD.fwd(origin[2], origin[1], offset.bearing, offset.km * 1000.0)
            point = (float(lat), float(lon))
        name = str(gaz.places["name"].iat[other.place_id])
        if named := _named_near(gaz, offset, other.place_id, point, f"{offset.phrase} {name}"):
            found.append(named)
    return found[0] if len(found) == 1 else []


def _named_near(
    gaz: Gazetteer,
    offset: Offset,
    anchor: int,
    point: tuple[float, float] | None,
    measured: str,
) -> list[Candidate]:
    """The places named by ``offset.place`` that lie where the offset puts them: near
    ``point``, or (no direction given) at about the offset's distance from ``anchor``."""
    if not normalize(offset.place):
        return []
    records = gaz.records
    near_km = max(OFFSET_NEAR_KM, OFFSET_NEAR_SHARE * offset.km)

    def near(found: list[Candidate]) -> list[tuple[float, Candidate]]:
        kept = []
        for cand in found:
            if cand.match in ("qualifier", "offset") or cand.place_id == anchor:
                continue
            rec = records[cand.place_id]
            if point is not None:
                off_km = _km(rec, (None, *point))
            else:
                off_km = abs(_km(rec, records[anchor]) - offset.km)
            if off_km <= near_km:
                kept.append((off_km, cand))
        return kept

    kept = near(resolve(gaz, offset.place, 50).candidates)
    township = records[anchor][7]
    if not kept and records[anchor][0] in _ANCHORS and isinstance(township, str):
        # a close spelling in the anchor's township ("Ingyan village, about 21 miles from
        # Myebon": In Gyin, of Myebon Township), the names being too many to search unqualified
        places = gaz.places
        area = f"{places['admin3'].iat[anchor]} Township, {places['admin1'].iat[anchor]}"
        kept = near(resolve(gaz, f"{offset.place}, {area}", 5).candidates)
    chosen = []
    for _, cand in sorted(kept, key=lambda item: (-_unhalved(item[1]), item[0])):
        kind = records[cand.place_id][0].replace("_", " ")
        note = f"the {kind} of this name {measured}"
        if cand.match == "fuzzy":
            note += " (closest spelling; check the name)"
        chosen.append(Candidate(cand.place_id, _unhalved(cand), cand.match, note))
    return chosen


def _unhalved(cand: Candidate) -> float:
    """A candidate's score before halving for rivals (the offset tells them apart)."""
    return round(min(1.0, cand.score * (2.0 if cand.rivals else 1.0)), 3)


def _answer_note(gaz: Gazetteer, pid: int, note: str | None, rank: tuple) -> str | None:
    """What the best answer (place ``pid``) should tell the user: the caller's note, else that
    the spelling was only close, what the reading that found it says (a site located by its
    name, a place of another kind than asked for) and how the place itself is placed."""
    if note is None and rank[_MATCH] == "fuzzy":
        note = "closest spelling (fuzzy match); check the name"
    elif note is None and rank[_MATCH] == "variant" and rank[_SCORE] < VARIANT_NOTE_BELOW:
        note = "closest spelling (a respelling far from the name); check the name"
    plain = note is None and not rank[_NOTE] and gaz.records[pid][0] != "site"
    if plain and pid not in _borrowed_points(gaz):
        return None  # the usual answer: nothing to say (checked first, being most queries)
    parts = [text for text in (note, rank[_NOTE], _placed_note(gaz, pid)) if text]
    return "; ".join(parts) or None


def _borrowed_points(gaz: Gazetteer) -> frozenset[int]:
    """The townships placed at their district's point (``DISTRICT_POINT``), the village
    tracts placed at their township's (``TOWNSHIP_POINT``) and the villages placed at their
    village tract's (``VILLAGE_TRACT_POINT``), which answers say (memoised)."""
    found = gaz.__dict__.get("_borrowed_points")
    if found is None:
        precision = gaz.places["precision"].to_numpy()
        kind = gaz.places["kind"].to_numpy()
        borrowed = (
            (precision == DISTRICT_POINT)
            | ((kind == "village_tract") & (precision == TOWNSHIP_POINT))
            | ((kind == "village") & (precision == VILLAGE_TRACT_POINT))
        )
        found = gaz.__dict__["_borrowed_points"] = frozenset(
            int(i) for i in np.flatnonzero(borrowed)
        )
    return found


#: the factor on the score of a village MIMU gives no coordinate of: its point is its village
#: tract's, often kilometres from the village itself
UNPLACED_VILLAGE_FACTOR = 0.85


def _placed_factor(gaz: Gazetteer, pid: int) -> float:
    """UNPLACED_VILLAGE_FACTOR for a village located to its village tract, else 1."""
    record = gaz.records[pid]
    unplaced = record[0] == "village" and record[11] == VILLAGE_TRACT_POINT
    return UNPLACED_VILLAGE_FACTOR if unplaced else 1.0


def _placed_note(gaz: Gazetteer, pid: int) -> str | None:
    """For a site the gazetteer has no coordinate of (curated with ``located_at`` a
    township), that its point is its township's; for a township or village MIMU gives no
    coordinate, that its point is its district's or village tract's; None for every other
    place."""
    kind = gaz.records[pid][0]
    if kind == "village" and gaz.records[pid][11] == VILLAGE_TRACT_POINT:
        return "MIMU gives no coordinate of this village: located to its village tract"
    if kind == "village_tract" and gaz.records[pid][11] == TOWNSHIP_POINT:
        township = gaz.places["admin3"].iat[pid]
        return f"MIMU locates none of its villages: located to its township, {township}"
    if kind == "township" and gaz.places["precision"].iat[pid] == DISTRICT_POINT:
        district = gaz.places["admin2"].iat[pid]
        return f"MIMU gives no coordinate in this township: located to its district, {district}"
    if kind != "site" or gaz.places["precision"].iat[pid] != "admin area":
        return None
    township = gaz.places["admin3"].iat[pid]
    return f"no coordinate of the site itself: located to {township} Township"


def _dominates(pop: float, other: float, unknown_is_small: bool = True) -> bool:
    """A place at least five times as populous as another is no rival to it. An unknown
    population (0) counts as small unless ``unknown_is_small`` is False: among villages
    (GeoNames gives the population of a few, MIMU of none) and for a town (GeoNames gives that
    of about half of MIMU's towns: not of Htantabin in Bago, a township's seat)."""
    if not unknown_is_small and other <= 0:
        return False
    return pop > 0 and pop >= 5 * other


def _tied_rank(rank: tuple) -> tuple:
    """The part of a rank that ties namesakes as rivals: a village tract at its township's
    point ranks after its placed namesakes, yet is as much a rival of another tract of its
    name as a placed one is."""
    if rank[_KIND] == _UNPLACED_TRACT_KIND:
        return (*rank[:_KIND], KIND_RANK["village_tract"], *rank[_KIND + 1 : _SEAT])
    return rank[:_SEAT]


def _same_but_size(rank: tuple, other: tuple) -> bool:
    """Equal ranks but for the kind rank a known population lends a village."""
    return rank[:_KIND] == other[:_KIND] and rank[_WEIGHT:_SEAT] == other[_WEIGHT:_SEAT]


#: Latin letters in Burmese text that name armed groups, not places: "KIA", "AA", "PDF"
_ACRONYMS = re.compile(r"\s*(?:[A-Z]{2,6}\s*)+")


def _resolve_mixed(gaz: Gazetteer, text: str, parts: tuple[str, str], limit: int) -> Resolution:
    if single := in_one_script(*parts):  # "Kachin ပြည်နယ်": Kachin State
        found = resolve(gaz, single, limit)
        return Resolution(text, found.candidates, found.reason)
    if _ACRONYMS.fullmatch(parts[1]):  # "ကချင်ပြည်နယ်အတွင်း KIA နှင့် ...": an army, no place
        found = resolve(gaz, parts[0], limit)
        return Resolution(text, found.candidates, found.reason)
    burmese, latin = (resolve(gaz, p, limit) for p in parts)
    if burmese.candidates and latin.candidates:
        a, b = burmese.candidates[0].place_id, latin.candidates[0].place_id
        if a == b or _km(gaz.records[a], gaz.records[b]) <= AMBIGUOUS_KM:
            latin.query = text
            return latin
        # one script's answer among the other's namesakes ("ပိုင်ကျုံမြို့ (Paingkyon)": the
        # town the Burmese names, one of the places spelt Paingkyon)
        for first, other in ((burmese, latin), (latin, burmese)):
            if first.candidates[0].place_id in {c.place_id for c in other.candidates}:
                return Resolution(text, first.candidates, first.reason)
    return Resolution(
        text, reason="mixed scripts (Burmese and Latin) that do not name the same place"
    )
