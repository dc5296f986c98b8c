"""Turn a parsed query into ranked gazetteer candidates (the matching core of the geocoder).

Lookup tiers, tried per reading of the query: the exact key, then the romanisation skeleton,
then (only when both miss) rapidfuzz over the major places, or over the places inside the
qualifying township / village tract. Candidates are ranked by: honours the qualifiers, matches
the kind the query names ("X Township"), lookup tier, the larger kind (state > town > township >
village), the name's weight, population.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from rapidfuzz import fuzz, process

from mapper.gazetteer.query import Reading, mixed_script_parts, parse
from mapper.gazetteer.store import KIND_RANK, Gazetteer
from mapper.gazetteer.text import skeleton

TIER_FACTOR = (1.0, 0.92)  # exact key, romanisation skeleton; fuzzy uses ratio * FUZZY_FACTOR
FUZZY_FACTOR = 0.9
FUZZY_CUTOFF_MAJOR = 86.0
FUZZY_CUTOFF_AREA = 80.0
AMBIGUOUS_KM = 10.0
NEAR_QUALIFIER_KM = 60.0
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


def _tags(rec: tuple) -> set[str]:
    _, _, _, _, st, group, d, ts, vt, country = rec
    tags = {f"country:{country}"}
    for code in (st, d, ts, vt):
        if isinstance(code, str):
            tags.add(code)
    if isinstance(group, str):
        tags.add(f"group:{group}")
    return tags


def _area_tag(rec: tuple, kind: str, pid: int) -> set[str]:
    """The tags a place contained in this qualifier place carries."""
    _, _, _, _, st, group, d, ts, vt, country = rec
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


def _km(a: tuple, b: tuple) -> float:
    from math import cos, hypot, radians

    dlat = (a[1] - b[1]) * 111.2
    dlon = (a[2] - b[2]) * 111.2 * cos(radians((a[1] + b[1]) / 2))
    return hypot(dlat, dlon)


def _fuzzy(gaz: Gazetteer, key: str, areas: set[str]) -> list[tuple[int, float]]:
    if len(key) < 4 or not key.isascii():
        return []
    if areas:
        choices: list[str] = []
        for code in areas:
            choices.extend(gaz.keys_by_area.get(code, ()))
        cutoff = FUZZY_CUTOFF_AREA
    else:
        choices, cutoff = gaz.major_keys, FUZZY_CUTOFF_MAJOR
    if not choices:
        return []
    found = process.extract(key, choices, scorer=fuzz.ratio, score_cutoff=cutoff, limit=8)
    out: list[tuple[int, float]] = []
    for choice, ratio, _ in found:
        for pid, w in gaz.exact[choice]:
            if areas and not (_tags(gaz.records[pid]) & areas):
                continue
            if not areas and gaz.records[pid][0] in ("village", "village_tract", "ward"):
                continue
            out.append((pid, w * ratio / 100 * FUZZY_FACTOR))
    return out


def resolve(gaz: Gazetteer, text: object, limit: int = 10) -> Resolution:
    """Ranked candidates for ``text`` (best first), or an empty list and a reason."""
    parsed = parse(text)
    if parsed.problem:
        return Resolution(parsed.text, reason=parsed.problem)
    mixed = mixed_script_parts(parsed.text)
    if mixed:
        return _resolve_mixed(gaz, parsed.text, mixed, limit)
    qualifier_tags: list[set[str]] = []
    qualifier_areas: list[int] = []
    for readings in parsed.qualifiers:
        tags, areas = _qualifier(gaz, readings)
        if tags:
            qualifier_tags.append(tags)
            qualifier_areas = qualifier_areas or areas  # the first qualifier is the most specific
    records = gaz.records

    def satisfies(pid: int) -> bool:
        if not qualifier_tags:
            return True
        tags = _tags(records[pid])
        return all(tags & q for q in qualifier_tags)

    scored: dict[int, tuple] = {}
    unqualified: dict[int, tuple] = {}
    for reading in parsed.target:
        tier, hits = _lookup(gaz, reading)
        if tier < 0:
            continue
        for pid, weight in hits:
            _offer(scored if satisfies(pid) else unqualified, records, pid, weight, tier, reading)
        if scored:
            break
    if not scored:
        area_tags = set().union(*qualifier_tags) if qualifier_tags else set()
        specific = {t for t in area_tags if not t.startswith(("country:", "group:"))}
        for reading in parsed.target[:4]:
            for pid, score in _fuzzy(gaz, reading.key, specific):
                if satisfies(pid):
                    _offer(scored, records, pid, score, 2, reading)
            if scored:
                break
    note = None
    if not scored and unqualified and qualifier_areas:
        # the name exists, but not inside the qualifier: take the one nearest the qualifier's
        # place if it is close (boundaries and districts change), else the qualifier itself
        area = records[qualifier_areas[0]]
        near = min(unqualified, key=lambda pid: _km(records[pid], area))
        if _km(records[near], area) <= NEAR_QUALIFIER_KM:
            rank = unqualified[near]
            note = f"found just outside the place named by the qualifier ({parsed.text})"
            scored = {near: (*rank[:-2], rank[-2] * 0.6, rank[-1])}
    if not scored and qualifier_areas:
        pid = qualifier_areas[0]
        target = parsed.target[0].text if parsed.target else parsed.text
        note = f"'{target}' not found; located to the qualifying {records[pid][0]}"
        return _finish(gaz, parsed.text, {pid: (0, 0, 3, 0, 0, 0, 0.4, "qualifier")}, limit, note)
    if not scored and unqualified:
        note = "not inside the place named by the qualifier; best match elsewhere"
        scored = {pid: (*rank[:-2], rank[-2] * 0.6, rank[-1]) for pid, rank in unqualified.items()}
    if not scored:
        return Resolution(parsed.text, reason=f"no place named '{parsed.text}' in the gazetteer")
    return _finish(gaz, parsed.text, scored, limit, note)


def _offer(bucket: dict, records, pid: int, weight: float, tier: int, reading: Reading) -> None:
    rec = records[pid]
    kind = rec[0]
    hint_ok = reading.kind is None or kind in _COMPATIBLE.get(reading.kind, {reading.kind})
    score = weight * (TIER_FACTOR[tier] if tier < 2 else 1.0) * (1.0 if hint_ok else 0.85)
    pop = rec[3] if rec[3] == rec[3] and rec[3] is not None else 0
    rank = (
        0 if hint_ok else 1,
        tier,
        KIND_RANK[kind],
        -round(weight, 2),
        -pop,
        0,
        score,
        ("exact", "variant", "fuzzy")[tier],
    )
    old = bucket.get(pid)
    if old is None or rank < old:
        bucket[pid] = rank


def _finish(gaz: Gazetteer, query: str, scored: dict, limit: int, note: str | None) -> Resolution:
    order = sorted(scored, key=lambda pid: scored[pid][:5])
    top = order[0]
    top_rank = scored[top]
    records = gaz.records
    rivals = [
        pid
        for pid in order[1:]
        if scored[pid][:4] == top_rank[:4]
        and _km(records[pid], records[top]) > AMBIGUOUS_KM
        and not _dominates(-top_rank[4], -scored[pid][4])
    ]
    candidates = []
    for pid in order[:limit]:
        rank = scored[pid]
        score = rank[6]
        if rivals and pid == top:
            score *= 0.5
        candidates.append(Candidate(pid, round(min(score, 1.0), 3), rank[7]))
    if rivals:
        kind = records[top][0].replace("_", " ")
        note = f"ambiguous: {len(rivals) + 1} {kind}s share this name; add a township or state" + (
            f" ({note})" if note else ""
        )
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
