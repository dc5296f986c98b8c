"""Turn a parsed query into ranked gazetteer candidates (the matching core of the geocoder).

Lookup tiers, tried per reading of the query: the exact key, then the romanisation skeleton,
then (only when both miss) rapidfuzz over the major places, or over the places inside the
qualifying township / village tract. Candidates are ranked by: honours the qualifiers, matches
the kind the query names ("X Township"), lookup tier, the larger kind (state > town > township >
village), the name's weight, population.
"""

from __future__ import annotations

import heapq
import re
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process

from mapper.gazetteer.query import (
    _SPLIT,
    Reading,
    _strip_kind,
    check,
    mixed_script_parts,
    parse,
    readings,
)
from mapper.gazetteer.store import KIND_RANK, Gazetteer
from mapper.gazetteer.text import clean, normalize, skeleton

#: qualified text that the fast path leaves to the full parser
_NOT_SIMPLE = re.compile(
    r"[()\[\]/]|^\s*(?:near|around|outside|on|the|in|at|from|of|close|\d)\b|\d\s*(?:km|mi)",
    re.IGNORECASE,
)
#: text that needs the full parser: separators, parentheses, leading phrases ("near X")
_COMPLEX = re.compile(
    _SPLIT.pattern + r"|[()\[\]/]|^\s*(?:near|around|outside|the|in|at|from|of|close)\b|\d",
    re.IGNORECASE,
)
TIER_FACTOR = (1.0, 0.92)  # exact key, romanisation skeleton; fuzzy uses ratio * FUZZY_FACTOR
FUZZY_FACTOR = 0.9
FUZZY_CUTOFF_MAJOR = 86.0
FUZZY_CUTOFF_AREA = 80.0
AMBIGUOUS_KM = 10.0
NEAR_QUALIFIER_KM = 60.0
#: rapidfuzz cutoffs inside a qualifying area: the larger the area, the stricter
AREA_CUTOFF = {
    "village_tract": 80.0,
    "town": 80.0,
    "township": 80.0,
    "district": 84.0,
    "state": 88.0,
}
ADMIN_KINDS = frozenset(
    {"country", "state", "district", "township", "town", "village_tract", "foreign_region"}
)
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
    match: str  # exact | variant | fuzzy | qualifier
    note: str | None = None


@dataclass
class Resolution:
    """The ranked candidates for a query, or none and the reason why."""

    query: str
    candidates: list[Candidate] = field(default_factory=list)
    reason: str | None = None


def _tags(rec: tuple) -> frozenset[str]:
    """The area tags of a place record (memoised: records are immutable tuples)."""
    tags = _TAG_MEMO.get(rec)
    if tags is None:
        tags = _TAG_MEMO[rec] = _make_tags(rec)
    return tags


_TAG_MEMO: dict[tuple, frozenset[str]] = {}


def _make_tags(rec: tuple) -> frozenset[str]:
    _, _, _, _, st, group, d, ts, vt, country = rec[:10]
    tags = {f"country:{country}"}
    for code in (st, d, ts, vt):
        if isinstance(code, str):
            tags.add(code)
    if isinstance(group, str):
        tags.add(f"group:{group}")
    return frozenset(tags)


def _area_tag(rec: tuple, kind: str, pid: int) -> set[str]:
    """The tags a place contained in this qualifier place carries."""
    _, _, _, _, st, group, d, ts, vt, country = rec[:10]
    if kind == "country":
        return {f"country:{country}"}
    if kind == "state":
        return {st} if isinstance(st, str) else {f"group:{group}"}
    if kind == "district":
        return {d} if isinstance(d, str) else set()
    if kind in ("township", "town"):
        return {ts} if isinstance(ts, str) else set()
    if kind == "village_tract":
        return {vt} if isinstance(vt, str) else set()
    return {f"place:{pid}"}


def _lookup(gaz: Gazetteer, reading: Reading) -> tuple[int, tuple[tuple[int, float], ...]]:
    hits = gaz.exact.get(reading.key)
    if hits:
        return 0, hits
    hits = gaz.loose.get(skeleton(reading.key))
    if hits:
        return 1, hits
    return -1, ()


def _qualifier(gaz: Gazetteer, readings: list[Reading]) -> tuple[set[str], list[int]]:
    """Tags of the areas a qualifier names, and those areas (most specific first)."""
    for reading in readings:
        tier, hits = _lookup(gaz, reading)
        if tier < 0:
            continue
        admin = [(pid, w) for pid, w in hits if gaz.records[pid][0] in ADMIN_KINDS]
        if reading.kind:
            wanted = _COMPATIBLE.get(reading.kind, {reading.kind})
            admin = [(pid, w) for pid, w in admin if gaz.records[pid][0] in wanted] or admin
        if not admin:
            continue
        tags: set[str] = set()
        for pid, _ in admin:
            tags |= _area_tag(gaz.records[pid], gaz.records[pid][0], pid)
        areas = sorted((pid for pid, _ in admin), key=lambda p: _SPECIFIC[gaz.records[p][0]])
        return tags, areas
    return set(), []


def _qualifier_memo(gaz: Gazetteer, readings: list[Reading]) -> tuple[set[str], list[int]]:
    memo = gaz.__dict__.setdefault("_qualifier_memo", {})
    key = tuple(readings)
    found = memo.get(key)
    if found is None:
        if len(memo) > 50_000:
            memo.clear()
        found = memo[key] = _qualifier(gaz, readings)
    return found


def _km(a: tuple, b: tuple) -> float:
    from math import cos, hypot, radians

    dlat = (a[1] - b[1]) * 111.2
    dlon = (a[2] - b[2]) * 111.2 * cos(radians((a[1] + b[1]) / 2))
    return hypot(dlat, dlon)


def _fuzzy(gaz: Gazetteer, key: str, areas: list[tuple[str, float]]) -> list[tuple[int, float]]:
    """Fuzzy matches of ``key``: among the places inside ``areas`` (tag, cutoff), else among
    the major places (never villages: too many look alike)."""
    if len(key) < 4 or not key.isascii():
        return []
    out: list[tuple[int, float]] = []
    if areas:
        tag, cutoff = areas[0]
        choices: list[str] = gaz.keys_in_area(tag)
    else:
        tag, cutoff, choices = None, FUZZY_CUTOFF_MAJOR, gaz.major_keys
    if not choices:
        return out
    found = process.extract(key, choices, scorer=fuzz.ratio, score_cutoff=cutoff, limit=8)
    for choice, ratio, _ in found:
        for pid, w in gaz.exact[choice]:
            if tag is not None and tag not in _tags(gaz.records[pid]):
                continue
            if tag is None and gaz.records[pid][0] in ("village", "village_tract", "ward"):
                continue
            out.append((pid, w * ratio / 100 * FUZZY_FACTOR))
    return out


# rank tuple positions
_SAT, _HINT, _TIER, _KIND, _WEIGHT, _POP, _SEAT, _SCORE, _MATCH = range(9)


def _offer(bucket: dict, records, pid: int, weight: float, tier: int, reading, sat: int) -> None:
    rec = records[pid]
    kind = rec[0]
    hint_ok = reading.kind is None or kind in _COMPATIBLE.get(reading.kind, {reading.kind})
    score = weight * (TIER_FACTOR[tier] if tier < 2 else 1.0) * (1.0 if hint_ok else 0.85)
    score *= reading.factor
    pop = rec[3] if rec[3] == rec[3] and rec[3] is not None else 0
    rank = (
        -sat,
        0 if hint_ok else 1,
        tier,
        KIND_RANK[kind],
        -round(weight, 2),
        -pop,
        0 if rec[10] else 1,
        score,
        ("exact", "variant", "fuzzy")[tier],
    )
    old = bucket.get(pid)
    if old is None or rank < old:
        bucket[pid] = rank


def _fuzzy_areas(qualifiers: list[tuple[set[str], list[int]]], gaz: Gazetteer) -> list:
    """Areas to search fuzzily, most specific first, each with its cutoff."""
    out = []
    for _, areas in qualifiers:
        for pid in areas:
            kind = gaz.records[pid][0]
            for tag in _area_tag(gaz.records[pid], kind, pid):
                if not tag.startswith(("country:", "group:", "place:")):
                    out.append((_SPECIFIC.get(kind, 9), tag, AREA_CUTOFF.get(kind, 90.0)))
    return [(tag, cutoff) for _, tag, cutoff in sorted(out)]


def resolve(gaz: Gazetteer, text: object, limit: int = 10) -> Resolution:
    """Ranked candidates for ``text`` (best first), or an empty list and a reason."""
    if isinstance(text, str) and not _COMPLEX.search(text) and check(text) is None:
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
        quick = _qualified_fast(gaz, text, limit)
        if quick is not None:
            return quick
    parsed = parse(text)
    if parsed.problem:
        return Resolution(parsed.text, reason=parsed.problem)
    # one name mixing scripts must name one place in both; separate parts may differ
    mixed = None if parsed.qualifiers else mixed_script_parts(parsed.text)
    if mixed:
        return _resolve_mixed(gaz, parsed.text, mixed, limit)
    records = gaz.records
    qualifiers = [q for q in (_qualifier_memo(gaz, r) for r in parsed.qualifiers) if q[0]]
    full = len(qualifiers)

    def satisfied(pid: int) -> int:
        if not qualifiers:
            return 0
        tags = _tags(records[pid])
        return sum(1 for q, _ in qualifiers if tags & q)

    scored: dict[int, tuple] = {}
    for reading in parsed.target:
        tier, hits = _lookup(gaz, reading)
        if not hits:
            continue
        sats = [satisfied(pid) for pid, _ in hits] if qualifiers else [0] * len(hits)
        top = max(sats)  # only the hits that honour the most qualifiers can win
        for (pid, weight), sat in zip(hits, sats, strict=True):
            if sat == top:
                _offer(scored, records, pid, weight, tier, reading, sat)
        if scored and min(scored.values())[_SAT] == -full:
            break
    best_sat = -min(scored.values())[_SAT] if scored else -1
    if best_sat <= 0 and (full or not scored):  # exact hits beat fuzzy ones that fit better
        areas = _fuzzy_areas(qualifiers, gaz)
        fuzzy: dict[int, tuple] = {}
        for reading in parsed.target[:4]:
            for pid, score in _fuzzy(gaz, reading.key, areas):
                _offer(fuzzy, records, pid, score, 2, reading, satisfied(pid))
            if fuzzy:
                break
        if fuzzy and -min(fuzzy.values())[_SAT] > best_sat:
            scored, best_sat = fuzzy, -min(fuzzy.values())[_SAT]
    note = None
    if scored and 0 < best_sat < full:
        note = "matches only some of the qualifiers"
        scored = _penalise(scored, 0.8)
    elif scored and full and best_sat == 0:
        # the name exists, but not inside the qualifiers: take the one nearest the most
        # specific qualifier place if it is close (boundaries and districts change)
        area = records[qualifiers[0][1][0]]
        near = min(scored, key=lambda pid: _km(records[pid], area))
        if _km(records[near], area) <= NEAR_QUALIFIER_KM:
            note = "found just outside the place named by the qualifier"
            scored = _penalise({near: scored[near]}, 0.6)
        else:
            scored = {}
    if not scored and qualifiers:
        pid = qualifiers[0][1][0]
        target = parsed.target[0].text if parsed.target else parsed.text
        note = f"'{target}' not found; located to the qualifying {records[pid][0]}"
        fallback = (0, 0, 3, 0, 0, 0, 0, 0.4, "qualifier")
        return _finish(gaz, parsed.text, {pid: fallback}, limit, note)
    if not scored:
        return Resolution(parsed.text, reason=f"no place named '{parsed.text}' in the gazetteer")
    return _finish(gaz, parsed.text, scored, limit, note)


def _qualified_fast(gaz: Gazetteer, text: str, limit: int) -> Resolution | None:
    """Fast path for "V village, T Township[, S State]": the name as written (or without its
    kind word) found inside every qualifier. None sends the query to the full parser."""
    parts = _SPLIT.split(text)
    if not 1 < len(parts) <= 4 or _NOT_SIMPLE.search(text) or check(text) is not None:
        return None
    qualifiers = [_qualifier_memo(gaz, list(readings(p))) for p in parts[1:]]
    if not all(tags for tags, _ in qualifiers):
        return None
    head = parts[0].strip()
    core, kind = _strip_kind(head)
    records = gaz.records
    for reading in (Reading(normalize(head), None, head), Reading(normalize(core), kind, core)):
        hits = gaz.exact.get(reading.key)
        if not hits:
            continue
        scored: dict[int, tuple] = {}
        for pid, weight in hits:
            tags = _tags(records[pid])
            if all(tags & q for q, _ in qualifiers):
                _offer(scored, records, pid, weight, 0, reading, len(qualifiers))
        if scored:
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
    return {pid: (*r[:_SCORE], r[_SCORE] * factor, r[_MATCH]) for pid, r in scored.items()}


def _finish(gaz: Gazetteer, query: str, scored: dict, limit: int, note: str | None) -> Resolution:
    order = heapq.nsmallest(limit, scored, key=lambda pid: scored[pid][:_SCORE])
    top = order[0]
    top_rank = scored[top]
    records = gaz.records
    rivals = [
        pid
        for pid, rank in scored.items()
        if pid != top
        and rank[:_POP] == top_rank[:_POP]
        and _km(records[pid], records[top]) > AMBIGUOUS_KM
        and not _dominates(-top_rank[_POP], -rank[_POP])
    ]
    candidates = []
    for pid in order:
        score = scored[pid][_SCORE] * (0.5 if rivals and pid == top else 1.0)
        candidates.append(Candidate(pid, round(min(score, 1.0), 3), scored[pid][_MATCH]))
    if rivals:
        kind = records[top][0].replace("_", " ")
        note = f"ambiguous: {len(rivals) + 1} {kind}s share this name; add a township or state" + (
            f" ({note})" if note else ""
        )
    if note is None and candidates[0].match == "fuzzy":
        note = "closest spelling (fuzzy match); check the name"
    candidates[0].note = note
    return Resolution(query, candidates)


def _dominates(pop: float, other: float) -> bool:
    """A place at least five times as populous as another is no rival to it."""
    return pop > 0 and pop >= 5 * other


def _resolve_mixed(gaz: Gazetteer, text: str, parts: tuple[str, str], limit: int) -> Resolution:
    burmese, latin = (resolve(gaz, p, limit) for p in parts)
    if burmese.candidates and latin.candidates:
        a, b = burmese.candidates[0].place_id, latin.candidates[0].place_id
        if a == b or _km(gaz.records[a], gaz.records[b]) <= AMBIGUOUS_KM:
            latin.query = text
            return latin
    return Resolution(
        text, reason="mixed scripts (Burmese and Latin) that do not name the same place"
    )
