"""The matching core of the geocoder: a reading of a query looked up, scored and ranked.

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

:mod:`mapper.gazetteer.resolve` reads a query into these readings and areas and takes the
answers; its underscored names are shared with that module only (one resolver, in two parts).
"""

from __future__ import annotations

import heapq
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace

import numpy as np
from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA, Levenshtein

from mapper.gazetteer import sources
from mapper.gazetteer.parts import split_parts
from mapper.gazetteer.query import Reading, readings
from mapper.gazetteer.sites import sites_named
from mapper.gazetteer.store import (
    CURATED_WEIGHT,
    DISTRICT_POINT,
    KIND_RANK,
    NOT_WARD_TAG,
    TOWN_TAG,
    TOWNSHIP_POINT,
    VILLAGE_TRACT_POINT,
    Gazetteer,
    places_column,
)
from mapper.gazetteer.text import normalize, skeleton
from mapper.gazetteer.words import SITE_WORDS

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
#: ... and the looser cutoff for a place of the kind a query's kind word names when only a
#: respelling far from the name, of another kind, was found ("Langkhur Township": Langkho, not
#: a village Lan Ku)
FUZZY_CUTOFF_OF_KIND_ASKED = 80.0
AMBIGUOUS_KM = 10.0
#: the kinds of administrative area (their kind words are the same: "X Township" means the
#: township), and those with towns: the places a qualifier names, looked up fuzzily when
#: misspelt, and beside which a place may be written without a comma ("Let Se Kan Magway")
_AREA_KINDS = frozenset({"township", "district", "state"})
_TOWN_OR_AREA_KINDS = _AREA_KINDS | {"town"}
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
        pcode = places_column(gaz, "pcode")[pid]
        own = {TOWN_TAG + pcode} if isinstance(pcode, str) else set()
        return {NOT_WARD_TAG + ts, *own}
    if kind == "village_tract":
        return {vt} if isinstance(vt, str) else set()
    return {f"place:{pid}"}


#: the great rivers' names, which no respelling of a place's name stands for ("Chindwin", "Upper
#: Chindwin": the river and its valley, not a village tract Chin Twin in Budalin)
RIVER_KEYS = frozenset({"chindwin", "salween", "sittaung", "sittang", "mekong", "myitnge"})


#: words that name a kind of works, not one (with the articles)
_GENERIC_WORDS = SITE_WORDS | {"a", "an", "the"}


def _lookup(gaz: Gazetteer, reading: Reading) -> tuple[int, tuple[tuple[int, float], ...]]:
    hits = gaz.exact.get(reading.key)
    if hits:
        return 0, hits
    if reading.key in RIVER_KEYS:
        return -1, ()
    if reading.text.islower() and _GENERIC_WORDS.issuperset(reading.text.split()):
        return -1, ()  # "the mine", "a dam": no name to respell
    skel = skeleton(reading.key)
    # ("Qqqq" is no "q"-name; but "Toh" is To, a two-letter name with an "h" after its vowel)
    loose = len(skel) >= 3 or (len(skel) == 2 and reading.key == f"{skel}h")
    hits = gaz.loose.get(skel) if loose else None
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


def _districts_named_after_towns(gaz: Gazetteer, hits) -> tuple:
    """The districts that hold a town among ``hits`` and bear its name or its township's (at
    the town's weight): a district is named after its seat, so the seat's other names name it
    too (GeoNames' Thayetmyo, in Thayet Township, names Thayet District)."""
    records, names, townships = gaz.records, gaz.places["name"], gaz.places["admin3"]
    by_pcode = gaz.__dict__.get("_district_by_pcode")
    if by_pcode is None:
        districts = gaz.places[gaz.places["kind"] == "district"]
        by_pcode = dict(zip(districts["pcode"].tolist(), districts.index.tolist(), strict=True))
        gaz.__dict__["_district_by_pcode"] = by_pcode
    return tuple(
        (by_pcode[records[pid][6]], weight)
        for pid, weight in hits
        if records[pid][0] == "town"
        and records[pid][6] in by_pcode
        and names.iat[by_pcode[records[pid][6]]] in (names.iat[pid], townships.iat[pid])
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
            if not compatible and reading.kind == "district":
                # "Thayetmyo district": the district named after the town Thayet (Thayetmyo)
                compatible = list(_districts_named_after_towns(gaz, admin))
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
            tags |= _area_tag(gaz, pid) | _former_townships(gaz, pid) | _township_parts(gaz, pid)
        areas = sorted((pid for pid, _ in admin), key=lambda p: _SPECIFIC.get(gaz.records[p][0], 9))
        if readings[0].text.lower().endswith("division"):  # a region by its name before 2008
            for pid, _ in admin:
                for later in _DIVISION_PARTS.get(gaz.records[pid][4], ()):
                    tags.add(later)
                    areas += _states_of_pcode(gaz, later)
        return tags, areas
    return set(), []


def _former_townships(gaz: Gazetteer, pid: int) -> frozenset[str]:
    """The P-codes of the townships the district ``pid`` held before they were moved to
    another ("Pakokku district" held Gangaw, Tilin and Saw until 2022, as UCDP still writes
    it: :func:`sources.read_former_districts`); empty for any other place."""
    if gaz.records[pid][0] != "district":
        return frozenset()
    memo = gaz.__dict__.setdefault("_former_townships_memo", {})
    found = memo.get(pid)
    if found is None:
        held = gaz.__dict__.get("_former_districts")
        if held is None:
            held = gaz.__dict__["_former_districts"] = sources.read_former_districts()
        name = str(places_column(gaz, "name")[pid]).lower()
        found = memo[pid] = held.get((str(gaz.records[pid][4]), name), frozenset())
    return found


def _township_parts(gaz: Gazetteer, pid: int) -> frozenset[str]:
    """The P-codes of the parts a township was split into, named after it with a side, in its
    state: MIMU 9.6 codes Hlaingtharya's wards to the township MMR013008 and its villages to
    "Hlaingtharya (East)" and "Hlaingtharya (West)"; empty for any other place."""
    if gaz.records[pid][0] != "township":
        return frozenset()
    memo = gaz.__dict__.get("_township_parts")
    if memo is None:
        places = gaz.places
        townships = places[places["kind"] == "township"]
        sided = townships["name"].str.extract(r"^(.+?)\s+\((?:East|West|North|South)\)$")[0]
        memo = gaz.__dict__["_township_parts"] = {}
        for base, state, pcode in zip(
            sided, townships["st_pcode"], townships["pcode"], strict=True
        ):
            if isinstance(base, str) and isinstance(pcode, str):
                key = (base.lower(), state)
                memo[key] = memo.get(key, frozenset()) | {pcode}
    name = str(places_column(gaz, "name")[pid]).lower()
    return memo.get((name, gaz.records[pid][4]), frozenset())


def _every_former_township(gaz: Gazetteer) -> frozenset[str]:
    """The P-codes of every township some district held before it was moved (memoised)."""
    found = gaz.__dict__.get("_every_former_township")
    if found is None:
        held = sources.read_former_districts().values()
        found = gaz.__dict__["_every_former_township"] = frozenset().union(*held)
    return found


def _former_townships_of(gaz: Gazetteer, areas: list[int]) -> frozenset[str]:
    """:func:`_former_townships` of every district among ``areas``."""
    return frozenset().union(*(_former_townships(gaz, a) for a in areas))


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


def qualifiers_of_parts(gaz: Gazetteer, parts: tuple[str, ...]) -> tuple[list, Callable]:
    """``_qualifier_of_text`` of each of ``parts`` (the qualifiers of a plain address) and
    their ``_qualifier_rank``, memoised by the parts' texts: a batch names the same townships
    and states again and again."""
    memo = gaz.__dict__.setdefault("_qualifiers_of_parts_memo", {})
    found = memo.get(parts)
    if found is None:
        if len(memo) > 50_000:
            memo.clear()
        qualifiers = [_qualifier_of_text(gaz, part) for part in parts]
        found = memo[parts] = (qualifiers, _qualifier_rank(gaz, qualifiers))
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


#: the longest text looked up by close spelling: a sentence's worth of words is no name
MAX_FUZZY_CHARS = 100


def _fuzzy(
    gaz: Gazetteer, key: str, areas: list[tuple[str, float, float, str, bool]]
) -> list[tuple[int, float]]:
    """Fuzzy matches of ``key``: among the places inside the qualifying areas (most specific
    first; see ``_fuzzy_areas``), else among the major places (never villages: too many
    look alike). Scores carry the similarity times a factor that is lower for larger areas."""
    if len(key) < 4 or len(key) > MAX_FUZZY_CHARS or not key.isascii():
        return []  # (too long for any name but Bangkok's ceremonial one to be close to)
    if not areas:
        found = process.extract(
            key, gaz.major_keys, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF_MAJOR, limit=8
        ) or _one_edit_away(key, gaz.major_keys)
        return [
            (pid, w * ratio / 100 * FUZZY_FACTOR)
            for choice, ratio, _ in found
            if not _numbers_differ(key, choice)  # "Baluchaung No. 2 dam" is no Baluchaung 3
            for pid, w in gaz.exact[choice]
            if gaz.records[pid][0] not in _MINOR_KINDS
            # a place abroad by a close spelling of its own name only, not of one of GeoNames'
            # many alternate names: "Maladaw" is a misspelt Myanmar name, not Malda ("Malada")
            and (w >= 1.0 or gaz.records[pid][0] not in _FOREIGN_KINDS)
        ]
    major: dict[int, float] = {}
    for i, (tag, cutoff, factor, kind, wider) in enumerate(areas):
        if wider:  # a wider qualifier, searched because the narrowest one has nothing alike
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


def _numbers_differ(key: str, choice: str) -> bool:
    """Whether two keys hold different numbers: "baluchaung2dam" is no close spelling of
    "baluchaung3dam", a plant of another number."""
    if not (any(ch.isdigit() for ch in key) and any(ch.isdigit() for ch in choice)):
        return False
    return _DIGITS.findall(key) != _DIGITS.findall(choice)


_DIGITS = re.compile(r"\d+")


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
    gaz: Gazetteer,
    key: str,
    kind: str,
    areas: list[tuple[str, float, float, str, bool]],
    cutoff: float = FUZZY_CUTOFF_MAJOR,
) -> list[tuple[int, float]]:
    """Fuzzy matches of ``key`` among the places of the kind a query's kind word names
    ("Namhsin Township": the townships, not the villages Nam Hsin that share the spelling), in
    the qualifying areas when there are any, at least ``cutoff`` alike; scored as ``_fuzzy``
    scores major places."""
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
    for j in np.flatnonzero((sims >= cutoff) | (slips <= 1)):
        ratio = max(float(sims[j]), cutoff)
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
    of the same qualifier and of a larger kind contains it ("Tanintharyi, Tanintharyi Region"
    is the town inside the region, not the region qualifying itself; "Bago, Bago Region", not
    Bago (East), half of that region)."""
    records = gaz.records
    area_ids = frozenset(pid for _, areas in qualifiers for pid in areas)
    named: list[frozenset[int]] = []  # computed on first need: most queries never need it
    # (the townships a district held before 2022 are none of its finer units: "Zee Pyar
    # village, Pakokku district" names the Zee Pyar of Pauk, which it holds, and of Gangaw,
    # which it held, alike)
    every_former = gaz.__dict__.get("_every_former_township") or _every_former_township(gaz)
    fine = [
        _fine_tags(
            tags if tags.isdisjoint(every_former) else tags - _former_townships_of(gaz, areas)
        )
        for tags, areas in qualifiers
    ]
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
                    if not any(
                        _contains(gaz, other, a) and records[other][0] != records[a][0]
                        for other in areas
                    )
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
        # (GeoNames), found by its own name, as large as a village tract (not by one of its
        # alternate names: "Par Saung" is MIMU's village, not GeoNames' Pāchaung 6 km off);
        # so is a tract's main village when the query asks for a town and no town has this
        # name (a settlement, as a town is): being a seat, it then comes before the tracts of
        # its name (areas placed by their villages)
        _FACILITY_TOWN_RANK
        if reading.facility and kind == "town"
        else KIND_RANK[
            "village_tract"
            if kind == "village"
            and ((pop > 0 and weight >= 1.0) or (rec[10] and reading.kind == "town"))
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
    """Areas to search fuzzily, most specific first: (tag, cutoff, score factor, kind, whether
    searched as a wider area than the first)."""
    out = []
    former: set[str] = set()  # (townships a district held before 2022: searched as its own)
    for _, areas in _consistent_areas(gaz, qualifiers):
        if any(gaz.records[pid][0] == "country" for pid in areas):
            continue  # "Togyaing, Myanmar": anywhere in it, not in a village tract "Myanmar"
        for pid in areas:
            kind = gaz.records[pid][0]
            former |= _former_townships(gaz, pid)
            for tag in _area_tag(gaz, pid) | _former_townships(gaz, pid):
                tag = tag.removeprefix(NOT_WARD_TAG)  # a town: searched in its township
                if not tag.startswith(("country:", "group:", "place:", TOWN_TAG)):
                    cutoff, factor = AREA_FUZZY.get(kind, (90.0, 0.5))
                    out.append((_SPECIFIC.get(kind, 9), tag, cutoff, factor, kind))

    # each area once, as its most specific place names it (a town's township is searched as
    # the town's, not again as the township's): "Namung, Sagaing" reaches Sagaing Region.
    # A district comes before the townships it held, which are searched as part of it, not
    # as a narrower area that would make the district itself a wider one ("Thi Lone village,
    # Shwebo district": Tha Lone of Shwebo Township, Kanbalu being searched too)
    def order(item: tuple) -> tuple:
        return item[0], item[1] in former, item[1]

    first = {}
    for item in sorted(out, key=order):
        first.setdefault(item[1], item)
    ordered = sorted(first.values(), key=order)
    # and every area as specific as the last one kept: "Bago" names both halves of the
    # region (Bago East and West), the west's townships ("Opkho") not left out
    cut = min(MAX_FUZZY_AREAS, len(ordered))
    while cut < len(ordered) and ordered[cut][0] == ordered[cut - 1][0]:
        cut += 1
    # and a town's township, which a bare name means before its namesake village tracts:
    # "Kywebon village, Sar Taung" is Kywei Pon of the town's Sagaing Township
    # (searched as the narrowest area is, not as a wider one, wherever it comes)
    towns = [(*item[1:], False) for item in ordered[cut:] if item[4] == "town"]
    kept = [
        (*item[1:], i > 0 and item[4] != "town" and item[1] not in former)
        for i, item in enumerate(ordered[:cut])
    ]
    return kept + towns


def _consistent_areas(
    gaz: Gazetteer, qualifiers: list[tuple[set[str], list[int]]]
) -> list[tuple[set[str], list[int]]]:
    """The qualifiers with only the places that every other qualifier agrees with (one holds
    the other): "Kokkozu village, Pauk Township, Magway" names Magway Region, not Magway town
    and its township, which would be searched before Pauk. A qualifier keeps all its places
    when none agrees, but for village tracts that the other qualifiers, agreeing among
    themselves, leave out (a tract's name a text guesses from its village's)."""
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
        tracts = all(gaz.records[pid][0] == "village_tract" for pid in areas)
        if not kept and tracts and len(others) >= 2 and _all_agree(others, agree):
            continue  # the others agree without it: "Kone Pyin Village Tract" of Ayeyarwady's
            # Ingapu is no tract of the "Paletwa Township, Chin State" that the text names
        out.append((tags, kept or areas))
    return out


def _all_agree(qualifiers: list[list[int]], agree) -> bool:
    """Whether some place of each qualifier agrees with some place of every other one."""
    return all(
        any(all(agree(pid, other) for other in qualifiers if other is not pids) for pid in pids)
        for pids in qualifiers
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


def _fineness(kind: str) -> int:
    """How fine a kind of place is: a settlement or site (-1) before the areas of _SPECIFIC."""
    return _SPECIFIC.get(kind, -1)


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
        found = memo[area_pid] = [
            gaz.records[pid]
            for pid in _township_ids(gaz)
            if not tags.isdisjoint(gaz.area_tags[pid])
        ]
    return found


def _township_ids(gaz: Gazetteer) -> list[int]:
    """The place ids of the townships (memoised)."""
    found = gaz.__dict__.get("_township_ids_memo")
    if found is None:
        found = [pid for pid, rec in enumerate(gaz.records) if rec[0] == "township"]
        gaz.__dict__["_township_ids_memo"] = found
    return found


_NO_PLACE_NAMED = "no place named"


def _bare(gaz: Gazetteer, key: str, hits, limit: int, text: str) -> Resolution:
    """The answer for a bare name found as written (what ``resolve`` would rank)."""
    scored: dict[int, tuple] = {}
    reading = Reading(key)
    for pid, weight in hits:
        _offer(scored, gaz.records, pid, weight, 0, reading, 0)
    found = _finish(gaz, text, scored, limit, None)
    if all(gaz.records[pid][0] in _MINOR for pid, _ in hits):
        # a bare name prefers the larger place: a town it respells by a letter ("Kyaukgyi":
        # Kyaukkyi town, not one of 22 Kyauk Gyi villages and tracts; "Mong Long": Monglon)
        town = _respelt_town(gaz, key)
        if town is not None:
            return Resolution(text, [town, *found.candidates[: limit - 1]])
    return found


#: the kinds of place a bare name's respelling as a town comes before
_MINOR = frozenset({"village", "village_tract", "ward"})
#: the score of a town a bare name respells, which smaller places are spelt as exactly
RESPELT_TOWN_SCORE = 0.7


def _respelt_town(gaz: Gazetteer, key: str) -> Candidate | None:
    """The one town whose own name a bare name respells by at most one letter and whose
    skeleton it shares ("sintkaing": Sintgaing), as a candidate that says so; else None."""
    records = gaz.records
    if not any(records[pid][0] == "town" for pid, _ in gaz.loose.get(skeleton(key), ())):
        return None  # (at once for most names: no town shares the skeleton)
    names = gaz.places["name"]
    towns = {
        pid
        for tier, hits in _lookups(gaz, Reading(key, "town"))
        if tier == 1
        for pid, _ in hits
        if gaz.records[pid][0] == "town"
        and Levenshtein.distance(key, normalize(names.iat[pid])) <= 1
    }
    if len(towns) != 1:
        return None
    town = Candidate(towns.pop(), RESPELT_TOWN_SCORE, "variant")
    town.note = (
        f"a respelling of the town {names.iat[town.place_id]}; villages or village tracts are "
        "spelt so exactly: add a township or state for one of them"
    )
    return town


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
