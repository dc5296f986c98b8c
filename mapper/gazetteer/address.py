"""Read an address into ranked gazetteer candidates.

:func:`resolve_address` reads what an address says: its parts and qualifiers (a village, its
tract, township and state), a distance and bearing from a place, a capital, a place in a city,
a place just outside the area named, the area a text falls back to, and Burmese text mixed with
Latin letters. The news shapes around an address (datelines, headlines, sentences) are read
first by :mod:`mapper.gazetteer.resolve`, which passes its own reading in for the parts of an
address that may be written as news (the place before a distance, a place named beside).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from functools import lru_cache

from pyproj import Geod

from mapper.gazetteer.match import (
    _AREA_KINDS,
    _CURATED,
    _HINT,
    _MINOR_KINDS,
    _NO_PLACE_NAMED,
    _SAT,
    _SCORE,
    _SEAT,
    _SPECIFIC,
    _TIER,
    AMBIGUOUS_KM,
    FUZZY_CUTOFF_MAJOR,
    FUZZY_CUTOFF_OF_KIND_ASKED,
    VARIANT_NOTE_BELOW,
    Candidate,
    Resolution,
    _bare,
    _contains,
    _fell_back,
    _finish,
    _found_surely,
    _fuzzy,
    _fuzzy_areas,
    _fuzzy_of_kind,
    _hits_inside,
    _km,
    _km_to_area,
    _lookup,
    _lookups,
    _offer,
    _penalise,
    _qualifier_memo,
    _qualifier_of_text,
    _qualifier_rank,
    _read_as,
    _said_of,
    _tags_of,
    _township_ids,
    _unhalved,
    _ward_tags,
    qualifiers_of_parts,
)
from mapper.gazetteer.mentions import reads_as_news
from mapper.gazetteer.offsets import MAX_OFFSET_KM, Offset, find_offset, offset_out_of_range
from mapper.gazetteer.parts import (
    ATTRIBUTION_TAIL,
    PART_SEPARATOR,
    POSSESSIVE,
    SPECIFICITY,
    WIRE_TAIL,
    split_parts,
    trailing_name,
)
from mapper.gazetteer.query import (
    Reading,
    capital_of,
    check,
    in_one_script,
    mixed_script_parts,
    parse,
    plain_parts,
    route_ends,
)
from mapper.gazetteer.sources import read_capitals
from mapper.gazetteer.store import (
    KIND_RANK,
    Gazetteer,
    places_column,
)
from mapper.gazetteer.text import clean, from_zawgyi, normalize
from mapper.gazetteer.words import (
    HONORIFICS,
    SITE_WORDS,
    TRAILING_NAME,
    part_kind,
    strip_kind,
    strip_leading,
)

#: qualified text that the fast path leaves to the full parser: a leading phrase, or a
#: distance (two patterns: the anchored one fails at once, the other only looks for digits)
_NOT_SIMPLE_START = re.compile(
    r"\s*(?:near|around|outside|on|the|in|at|from|of|close|\d)\b", re.IGNORECASE
)
_DISTANCE = re.compile(r"\d\s*(?:km|mi)", re.IGNORECASE)
#: text that needs the full parser: separators, parentheses, leading phrases ("near X")
_COMPLEX = re.compile(
    PART_SEPARATOR.pattern
    + "|"
    + POSSESSIVE.pattern
    + r"|[()\[\]/]|^\s*(?:near|around|outside|the|in|at|from|of|close)\b|\d"
    + r"|^[nsew]\.\s",  # "E. Shan": a direction, not the GeoNames name "Eshan"
    re.IGNORECASE,
)
NEAR_QUALIFIER_KM = 60.0
#: the least score of a place taken as found surely (just outside its qualifier, or beside an
#: unknown one)
SURE_SCORE = 0.75
MISSED_QUALIFIER_KM = 100.0
#: The factor on an answer whose qualifier names, by its kind word, an area the gazetteer does
#: not know ("Mogaung village, Kany Township"): the answer was not checked against it
UNKNOWN_AREA_FACTOR = 0.6
#: "X village, 13 km northeast of Lashio": a place named X is taken when it lies within
#: max(OFFSET_NEAR_KM, OFFSET_NEAR_SHARE * distance) of the point the text describes; else the
#: answer is that point, scored OFFSET_FACTOR times the place it is measured from (a distance
#: without a direction gives that place itself, scored NO_BEARING_FACTOR times)
OFFSET_NEAR_KM = 5.0
OFFSET_NEAR_SHARE = 0.5
#: (or it lies within OFFSET_NEAR_SHARE of the distance from the place measured from, and
#: within OFFSET_CONE_DEGREES of the direction: "Sa Kyin, a village 6 miles north of Madaya"
#: lies 11 km north-northwest of the town, 5 km from the point due north)
OFFSET_CONE_DEGREES = 35.0
OFFSET_FACTOR = 0.8
NO_BEARING_FACTOR = 0.5
_GEOD = Geod(ellps="WGS84")
_NOT_AN_ANCHOR = frozenset({"country", "state", "district", "foreign_region"})
#: how many candidates of the place measured from are looked through for a town
ANCHOR_CANDIDATES = 10


PARTIAL_NOTE = "matches only some of the qualifiers"
#: the note on a place found just outside the area its qualifier names
JUST_OUTSIDE = "found just outside the place named by the qualifier"
#: the kinds of place a distance is measured from by name
ANCHOR_KINDS = frozenset({"town", "township"})

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
    Region") is dropped: the address places it; so is a source after the last colon ("...
    leave four dead: AA spokesman")."""
    if ": " in text and not ATTRIBUTION_TAIL.sub("", text[(last := text.rindex(": ")) :]):
        text = text[:last]
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
            kind_only = not normalize(strip_kind(f"x {line}")[0][1:])
            if kind_only or normalize(one_name) in gaz.exact:
                joined[-1] = one_name
            else:
                joined.append(line)
        text = ", ".join(joined)
    # not a route, nor "Yangon - Hlaing Tharyar" (a place of a city, after its dash)
    if "–" in text or "—" in text or " - " in text:  # "... Kan Pauk (village) – shelling on ..."
        text = WIRE_TAIL.sub("", text)
    dashed = _SPACED_DASH.search(text)
    # (a route may come with its township or state: "Ye - Dawei highway (Ye township), Mon")
    routed = route_ends(text) is not None or route_ends(_first_part(text)) is not None
    if dashed and not routed and _place_in_city(gaz, text, 1) is None:
        text = _SPACED_DASH.sub(", ", text)
    return text


#: a reader of text into ranked candidates: :func:`resolve_address` or a fuller one
Reader = Callable[[Gazetteer, object, int], Resolution]


def resolve_address(
    gaz: Gazetteer, text: object, limit: int = 10, read: Reader | None = None
) -> Resolution:
    """Ranked candidates for ``text`` read as an address (best first), or an empty list and
    a reason. ``read`` reads the parts an address may hold in free text, the place before a
    distance ("KIA-Tatmadaw fighting at X village, 12 km east of Y") and a place named beside
    the target; by default this reading (:mod:`mapper.gazetteer.resolve` passes its own)."""
    read = read or resolve_address
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
            measured = _resolve_offset(gaz, clean(text), offset, limit, read)
            if measured is not None:
                return measured
        elif offset is None and (far := offset_out_of_range(text)) and check(text) is None:
            before = text[: text.find(far.split()[0])].rstrip(" ,;:(")
            if any(word[:1].isupper() for word in before.split()):
                # (a place named before the far distance, which tells where that place lies:
                # "Riverside Hotel in Tachilek, ... 785 kilometres north of Bangkok")
                named = resolve_address(gaz, before, limit, read)
                if named.candidates:
                    return named
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
    # (the swap must change the reading: "X Region (in), Y district" parses with the district
    # first, and swapping its parts back would give the same text again, without end)
    if swapped is not None and parse(swapped).parts != parsed.parts:
        alt = resolve_address(gaz, swapped, limit)
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
    # Myinmu, not the Let Pan Kyin villages of other townships of the region); taken when sure.
    # So may a name found only outside the village tract named ("Thin Gan Maw (To village
    # tract, Palaw Township)": Thin Gan Taw, in To, not the Thin Gan Maw 14 km off)
    best = [p for p, r in scored.items() if -r[_SAT] == best_sat]
    # a respelling far from the name, where a qualifier names the area, may give way to a
    # closer spelling there ("Seik Khon village, Shwebo Township": Seik Khun, not Zee Kone,
    # whose romanisation skeleton it shares)
    far_respelt = (
        best_sat > 0
        and bool(best)
        and all(scored[p][_TIER] == 1 and scored[p][_SCORE] < VARIANT_NOTE_BELOW for p in best)
    )
    partial = 0 < best_sat < full and (
        _misses_a_township(gaz, best, qualifiers)
        or _misses_a_tract_inside(gaz, best, qualifiers)
        or _misses_a_district_far(gaz, best, qualifiers)
    )
    # a project site found by its full name is that site, whatever respelling the qualifier
    # holds ("Tagaung Taung nickel project, Sagaing": the mine, not a ward Ta Kaung)
    if (
        ((best_sat <= 0 and (full or not scored)) or kind_unmet or partial or far_respelt)
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
        # the kind asked for, by a closer look: also when only other kinds are spelt alike
        # ("Nattlin Township, Bago Region": Nattalin, not a village Nat Ta Lin)
        if asked and (kind_unmet or not fuzzy or _kind_unmet(fuzzy)):
            only_far = kind_unmet and all(
                r[_TIER] == 1 and r[_SCORE] < VARIANT_NOTE_BELOW for r in scored.values()
            )
            cutoff = FUZZY_CUTOFF_OF_KIND_ASKED if only_far else FUZZY_CUTOFF_MAJOR
            for reading in targets:
                for pid, score in _fuzzy_of_kind(gaz, reading.key, asked, areas, cutoff):
                    _offer(fuzzy, records, pid, score, 2, reading, satisfied(pid))
        if kind_unmet:  # only places of the kind asked for join the exact hits
            scored |= {pid: r for pid, r in fuzzy.items() if not r[_HINT] % 2}
            best_sat = -min(scored.values())[_SAT]
        elif (
            far_respelt
            and fuzzy
            and -min(fuzzy.values())[_SAT] >= best_sat
            and max(r[_SCORE] for r in fuzzy.values()) > max(scored[p][_SCORE] for p in best)
        ):
            scored = fuzzy
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
        note = PARTIAL_NOTE
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
            note = JUST_OUTSIDE
            scored = _penalise({near: scored[near]}, 0.6)
        elif site_named:  # a project named in full is that project, wherever the text puts it
            sites = {p: r for p, r in scored.items() if records[p][0] == "site" and not r[_TIER]}
            note = f"the text places it in {first_named}; the gazetteer's site lies elsewhere"
            scored = _penalise(sites, MISPLACED_SITE_FACTOR)
        else:
            scored = {}
    if _ward_of_a_town_unfound(gaz, parsed, qualifiers, scored):
        scored = {}  # (located to the town below, as a ward not found at all is)
    if not scored and qualifiers and (settled := _qualifying_settlement(gaz, parsed)):
        return settled
    if not scored and qualifiers and (site := _facility_of_qualifier(gaz, parsed, limit)):
        return site
    if not scored:
        pid = (
            _fallback_area(gaz, qualifiers)
            if qualifiers
            else _place_named_beside(gaz, parsed, read)
        )
        close = (
            None if pid is None or qualifiers else _close_spelling_near(gaz, parsed.parts[0], pid)
        )
        if close is None and pid is not None and records[pid][0] == "town" and full == 1:
            first_named = next(r for r, q in named if q[0])[0].text
            if _said_near(parsed.text, first_named):  # "in Amyingyun near Ponnagyun town"
                close = _close_spelling_around_town(gaz, parsed.parts[0], pid)
        if close is not None:  # "Nam San Yang village near Laiza": a close spelling near it
            return Resolution(parsed.text, [close])
        if pid is not None:
            target = parsed.target[0].text if parsed.target else parsed.text
            said = f"'{target}' not found"
            route = _first_part(parsed.text)
            if ends := route_ends(route):  # "Ye - Dawei highway (Ye township)"
                if (end := _village_road_end(gaz, ends, parsed.parts[1:], limit)) is not None:
                    return Resolution(parsed.text, [end])
                said = f"'{route}' lies between {ends[0]} and {ends[1]}, not at one place"
            note = f"{said}; located to the qualifying {records[pid][0]}"
            score = 0.4
            if (
                records[pid][0] == "town"
                and not ends
                and reads_as_news(parsed.parts[0])
                and _named_as_written(gaz, parsed.qualifiers, pid)
            ):
                # "The PNLO attacked junta positions in Aungban town": what happened, in
                # that town; as sure as a village a text places a thing at
                note = f"'{parsed.parts[0]}' names no place: located to the town the text names"
                score = SETTLEMENT_SCORE
            return _finish(gaz, parsed.text, {pid: _fallback_rank(score)}, limit, note)
        if not qualifiers and (after_area := _place_after_state(gaz, parsed.text, limit)):
            return after_area
        return Resolution(parsed.text, reason=_unfound_reason(gaz, parsed.text))
    if unknown:
        unchecked = f"'{unknown}' names no known place: not checked against it"
        note = f"{note}; {unchecked}" if note else unchecked
        scored = _penalise(scored, UNKNOWN_AREA_FACTOR)
    return _finish(gaz, parsed.text, scored, limit, note)


def _named_as_written(gaz: Gazetteer, qualifiers: list[list[Reading]], pid: int) -> bool:
    """Whether a qualifier names place ``pid`` by its name or a respelling, not a close
    spelling ("Nam Zam Town" is one letter from "Namkam", a name of Namhkan, and no more)."""
    return any(pid in {hit for hit, _ in _lookup(gaz, r)[1]} for q in qualifiers for r in q)


def _fallback_rank(score: float) -> tuple:
    """The rank of a qualifier's place taken as the answer, at ``score``."""
    return (0, 0, 0, 3, 1, 0, 0, 0, 0, score, "qualifier", "")


def _ward_of_a_town_unfound(
    gaz: Gazetteer, parsed, qualifiers: list[tuple[set[str], list[int]]], scored: dict
) -> bool:
    """Whether the text asks for a ward of the town its first qualifier names and the best
    place found is no ward: a ward lies in its town, not at a namesake elsewhere in the
    township ("Kathe Ward Administration Office in the ruby town of Mogok": in Mogok, not at
    the village tract Ka Thea, 6 km off)."""
    if not scored or not qualifiers or not any(r.kind == "ward" for r in parsed.target):
        return False
    best = min(scored, key=lambda pid: scored[pid][:_SCORE])
    towns = [pid for pid in qualifiers[0][1] if gaz.records[pid][0] == "town"]
    if gaz.records[best][0] == "ward":
        # (or a ward of another town of the township: "Ward No. 2 of Kawkareik town" is no
        # No (2) Ward of Kyondoe; a ward's P-code opens with its town's)
        pcodes = places_column(gaz, "pcode")
        ward = pcodes[best]
        return (
            bool(towns)
            and isinstance(ward, str)
            and not any(str(pcodes[town]) in ward[: len(str(pcodes[town]))] for town in towns)
        )
    return bool(towns)


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
SETTLEMENT_KINDS = frozenset({"village", "ward", "site"})
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
    found = _village_before_its_tract(gaz, resolve_address(gaz, ", ".join(rest), 2))
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
    if first is None or gaz.records[first.place_id][0] not in SETTLEMENT_KINDS:
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
    target = _village_name(target)
    if target is None:
        return None
    township = gaz.places["admin3"].iat[near]
    found = resolve_address(
        gaz, f"{target}, {township} Township, {gaz.places['admin1'].iat[near]}", 2
    )
    best = _found_close(found)
    if best is None or _km(gaz.records[best.place_id], rec) > CLOSE_NEAR_KM:
        return None
    return replace(best, score=round(SETTLEMENT_SCORE * best.score, 3))


def _village_name(target: str) -> str | None:
    """The name of the village a text's target part names ("An airstrike hit | Nam San Yang
    Village"), or None when it names none ("the junta's camp")."""
    target = trailing_name(strip_leading(target))
    if not all(map(_is_name_word, target.split())) or part_kind(target) not in (None, "village"):
        return None
    return target


def _close_spelling_around_town(gaz: Gazetteer, target: str, town: int) -> Candidate | None:
    """A close spelling of the village ``target`` names within CLOSE_NEAR_KM of the town
    ``town`` that a text puts it near, in the town's township or a neighbouring one ("in
    Amyingyun near Ponnagyun town": Ah Myint Kyun of Sittwe Township, 13 km off), when one
    township alone has one; scored as the settlement it stands for; or None."""
    target = _village_name(target)
    if target is None:
        return None
    rec = gaz.records[town]
    found = []
    for township in _townships_near(gaz, rec):
        name = f"{gaz.places['name'].iat[township]} Township"
        best = _found_close(resolve_address(gaz, f"{target}, {name}", 2))
        if best is not None and _km(gaz.records[best.place_id], rec) <= CLOSE_NEAR_KM:
            found.append(best)
    if len(found) != 1:
        return None
    return replace(found[0], score=round(SETTLEMENT_SCORE * found[0].score, 3))


def _found_close(found: Resolution) -> Candidate | None:
    """The first candidate when it is a close spelling, alone and as close as a settlement
    a text places something at needs; else None."""
    best = found.candidates[0] if found.candidates else None
    if best is None or best.match != "fuzzy" or best.score < MIN_CLOSE_SETTLEMENT_SCORE:
        return None
    return None if best.rivals else best


def _townships_near(gaz: Gazetteer, rec: tuple) -> list[int]:
    """The townships whose point lies within twice CLOSE_NEAR_KM of the place ``rec``."""
    return [pid for pid in _township_ids(gaz) if _km(gaz.records[pid], rec) <= 2 * CLOSE_NEAR_KM]


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
    if not place or not what or what[-1] not in SITE_WORDS:
        return None
    named = f"{place} {' '.join(what)}"
    if sorted(named.split()) == sorted(parsed.text.replace(",", " ").split()):
        return None  # the same words again, reordered: no site named so (and no loop)
    found = _found_surely(resolve_address(gaz, named, limit), SURE_SCORE)
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


def _misses_a_district_far(
    gaz: Gazetteer, pids: list[int], qualifiers: list[tuple[set[str], list[int]]]
) -> bool:
    """True when a qualifier names a district that none of ``pids`` lies within
    MISSED_QUALIFIER_KM of ("Ohn Twe village, Gangaw District, Magway Region": the Ohn Twe of
    Magway Township, 150 km from Gangaw District), not a district as it was before 2022 (the
    townships it then held are near it)."""
    records = gaz.records
    return any(
        q_pids
        and records[q_pids[0]][0] == "district"
        and all(
            tags.isdisjoint(_tags_of(gaz, pid))
            and _km_to_area(gaz, records[pid], q_pids[0]) > MISSED_QUALIFIER_KM
            for pid in pids
        )
        for tags, q_pids in qualifiers
    )


def _misses_a_tract_inside(
    gaz: Gazetteer, pids: list[int], qualifiers: list[tuple[set[str], list[int]]]
) -> bool:
    """True when a qualifier names a village tract lying inside every other qualifier's most
    specific place (the township named) and none of ``pids`` is in that tract."""
    records = gaz.records
    for i, (_, q_pids) in enumerate(qualifiers):
        if not q_pids or records[q_pids[0]][0] != "village_tract":
            continue
        others = [o_pids for j, (_, o_pids) in enumerate(qualifiers) if j != i and o_pids]
        inside = [
            tract
            for tract in q_pids
            if others and all(_contains(gaz, o_pids[0], tract) for o_pids in others)
        ]
        if inside and not any(_contains(gaz, tract, pid) for tract in inside for pid in pids):
            return True
    return False


def _capital(gaz: Gazetteer, text: str, area: str, limit: int) -> Resolution | None:
    """ "The capital of Kachin State": Myitkyina (data/gazetteer/capitals.csv); of a township,
    its seat town; None for any other place."""
    found = resolve_address(gaz, area, 1)
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
    answer = resolve_address(gaz, query, limit)
    return Resolution(text.strip(), answer.candidates, answer.reason)


@lru_cache(maxsize=1)
def _capitals() -> dict[str, str]:
    return read_capitals()


#: a place measured from that is the capital of a state the text names elsewhere: "..., about
#: 7 km north of |the state capital|" (in a text naming "Chin State")
_THE_STATE_CAPITAL = re.compile(r"^the\s+(?:state|region|regional|divisional)\s+capital\b", re.I)
_STATE_OR_REGION_NAMED = re.compile(r"\b([A-Z][a-z]+)\s+(?:State|Region|Division)\b")


def _state_capital_named(text: str, anchor: str) -> str:
    """``anchor`` with "the state capital" as the capital's name (data/gazetteer/capitals.csv)
    when ``text`` names one state or region; else ``anchor`` itself."""
    if not _THE_STATE_CAPITAL.match(anchor):
        return anchor
    states = {named[1] for named in _STATE_OR_REGION_NAMED.finditer(text)}
    capital = _capitals().get(states.pop()) if len(states) == 1 else None
    return _THE_STATE_CAPITAL.sub(capital, anchor, count=1) if capital else anchor


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
        if dash.group() == "-" and not all(
            w[:1].isupper() or w[:1].isdigit() for w in place.split()
        ):
            continue  # a name's words, not "Ye-U | suspended 48 hrs" (a town Ye, a place "U")
        hits = gaz.exact.get(normalize(city), ()) if city and place else ()
        if any(gaz.records[pid][0] in _CITY_KINDS for pid, _ in hits):
            found = resolve_address(gaz, f"{place}, {city}", limit)
            inside = found.candidates and found.candidates[0].match != "qualifier"
            if inside:
                return Resolution(text.strip(), found.candidates, found.reason)
    return None


def _unfound_reason(gaz: Gazetteer, text: str) -> str:
    """Why nothing was found: no such name, or a route or stretch between two places."""
    ends = route_ends(text)
    if ends and all(gaz.exact.get(normalize(strip_kind(end)[0])) for end in ends):
        first, second = ends
        return (
            f"'{text}' lies between {first} and {second}, not at one place: "
            "geocode a place on the way, or one end"
        )
    return f"{_NO_PLACE_NAMED} '{text}' in the gazetteer"


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
    # the township a text names outlasts the district it names: "Laung She village, Saw
    # township, Pakokku district" is Saw's (now in Gangaw District), not Yesagyo's (in Pakokku)
    for tags, areas in qualifiers:
        if areas and records[areas[0]][0] == "township":
            outside = {pid for pid in best if tags.isdisjoint(_tags_of(gaz, pid))}
            if outside and len(outside) < len(best):
                return {pid: rank for pid, rank in scored.items() if pid not in outside}
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
    if len(parts) > 2 and (state_first := _state_first(gaz, parts)) is not None:
        return state_first
    if (
        len(parts) > 2
        and all(part_kind(part) == "state" for part in parts[2:])
        and all(_is_name_word(word) for part in parts[:2] for word in part.split())
    ):
        # "Demoso Township, Htu Lwi Bi Lar, Karenni State": the state stays last
        swapped = _place_after_area(gaz, parts[:2])
        return None if swapped is None else ", ".join([swapped, *parts[2:]])
    if len(parts) != 2:
        return None
    if part_kind(parts[1]) == "township" and part_kind(parts[0]) is None:
        # "Yangon, Hlaing Tharyar Township": a state or region, then the township in it
        return f"{parts[1]}, {parts[0]}" if _names_a_state(gaz, parts[0]) else None
    if not _area_then_place_shape(parts):
        return None
    if part_kind(parts[0]) is not None:  # "X Township, Y": Y must not name an area as large
        if _larger_area_after(gaz, parts):
            return None
    else:  # "X, Y town": X must name an area
        areas = _qualifier_of_text(gaz, parts[0])[1]
        if not any(gaz.records[pid][0] in _AREA_KINDS for pid in areas):
            return None
    return f"{parts[1]}, {parts[0]}"


def _larger_area_after(gaz: Gazetteer, parts: list[str]) -> bool:
    """Whether the second part names an area as large as the first part's kind word says the
    first is ("Salingyi Township, Sagaing": a qualifier, not a place in the township)."""
    first = SPECIFICITY.get(part_kind(parts[0]) or "", 0)
    areas = _qualifier_of_text(gaz, parts[1])[1]
    return first > 0 and any(SPECIFICITY.get(gaz.records[pid][0], 0) >= first for pid in areas)


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
        found = resolve_address(gaz, f"{place}, {state}", limit)
        best = _found_surely(found)
        if best is not None and best.place_id not in areas:  # not "River, Ayeyarwady"
            return _read_as(text, f"{place}, {state}", found)
    return None


def _state_first(gaz: Gazetteer, parts: list[str]) -> str | None:
    """A spreadsheet's row from its state down ("Kayah | Hpruso | So Hlar Ku", "Sagaing,
    Myinmu, Pa Dat Taing", "Nay Pyi Taw, T Township, W village tract, V village"): the parts
    the other way round; None when the first part names no state, or the last one does, or a
    part's kind word says otherwise ("Ward 3, ...")."""
    if not all(_is_name_word(word) for part in parts for word in part.split()):
        return None  # "southern Sagaing, clash with ..., the north": a sentence's parts
    kinds = [part_kind(part) for part in parts]
    if kinds[0] not in (None, "state") or kinds[-1] in _AREA_KINDS:
        return None  # ("Sagaing Region, Hkamti, La Pet" too)
    if any(kind not in (None, "township", "district", "village_tract") for kind in kinds[1:-1]):
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
    second = part_kind(parts[1])  # a qualifier, memoised; the usual "... Township" ends it
    if second is not None and second not in _PLACE_KINDS:
        return False
    first = part_kind(parts[0])
    return (first in _AREA_KINDS and second is None) or (first is None and second in _PLACE_KINDS)


_PLACE_KINDS = frozenset({"village", "ward", "village_tract", "town"})


def _largest(gaz: Gazetteer, areas: list[int]) -> int:
    """The place a qualifier names when read alone (the larger kind, then the more populous):
    "administration office in Loikaw" falls back to Loikaw town, not a Loi Kaw village tract."""

    def rank(pid: int) -> tuple[float, int, float, int]:
        rec = gaz.records[pid]
        pop = rec[3] if rec[3] == rec[3] and rec[3] is not None else 0
        # (a township's seat before a namesake town, as a bare name: "the tower in Tatkon" is
        # Nay Pyi Taw's Tatkon, not GeoNames' of Homalin); then the one holding the others:
        # Shan State, not its part Shan (East)
        seat = 0 if rec[10] else 1
        return KIND_RANK[rec[0]], seat, -pop, -sum(_contains(gaz, pid, other) for other in areas)

    return min(areas, key=rank)


def _place_named_beside(gaz: Gazetteer, parsed, read: Reader) -> int | None:
    """For a target not found beside parts that name no area, the place the first such part
    names surely ("Nam San Yang Village near Laiza Town": Laiza; not a close spelling: "the
    Thai border" is no Thazi), else None."""
    for part in parsed.parts[1:]:
        first = _found_surely(read(gaz, part, 1), SURE_SCORE)
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


#: the farthest apart two villages may lie for the road between them to be read at the first
VILLAGE_ROAD_KM = 10.0
#: the factor on the first village's score for a road between it and the next
VILLAGE_ROAD_FACTOR = 0.8


def _village_road_end(
    gaz: Gazetteer, ends: tuple[str, str], areas: list[str], limit: int
) -> Candidate | None:
    """The first of two villages a village road runs between ("mines on the Zay Thit-Ta Dar
    Kone village road in Madaya Township"), both found in the areas named and at most
    VILLAGE_ROAD_KM apart, said so and scored VILLAGE_ROAD_FACTOR times; else None."""
    if not areas:
        return None
    found = []
    for end in ends:
        name = strip_kind(TRAILING_NAME.sub("", end).strip())[0]
        got = resolve_address(gaz, ", ".join([name, *areas]), limit)
        first = got.candidates[0] if got.candidates else None
        if first is None or first.note or gaz.records[first.place_id][0] != "village":
            return None
        found.append(first)
    (_, lat1, lon1, *_), (_, lat2, lon2, *_) = (gaz.records[c.place_id] for c in found)
    if _GEOD.inv(lon1, lat1, lon2, lat2)[2] > VILLAGE_ROAD_KM * 1000:
        return None
    first = found[0]
    at_first = Candidate(first.place_id, round(first.score * VILLAGE_ROAD_FACTOR, 3), first.match)
    at_first.note = f"on the road between {ends[0]} and {ends[1]}: located to {ends[0]}"
    return at_first


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
    if not 1 < len(parts) <= 4 or "/" in parts[0] or "[" in parts[0]:
        return None
    return _found_inside_qualifiers(gaz, text, parts, limit)


def found_as_written(found: Resolution) -> bool:
    """True when the text is a name found exactly, with nothing to say: no Zawgyi text reads
    so by accident, and the detector (tens of microseconds a name) need not run."""
    return (
        bool(found.candidates)
        and found.candidates[0].match == "exact"
        and not (found.candidates[0].note)
    )


#: a Burmese village's plain address: "Vကျေးရွာ၊ Tမြို့နယ်", "Vကျေးရွာ၊ T Township", with
#: MIMU's bracketed parts of names ("ပန်ဟိုင်း (ထက်)ကျေးရွာ၊ Nar Wee (Na Wi) Township")
_BURMESE_PLAIN_ADDRESS = re.compile(
    r"^(?P<village>[\u1000-\u109f]+(?: \([\u1000-\u109f]+\))?(?:ကျေးရွာ|ရွာ))၊\s*"
    r"(?P<area>[\u1000-\u109f]+မြို့နယ်"
    r"|[A-Z][a-z]*(?:[ -][A-Z][a-z]*)*(?: \([A-Z][a-z]*'?(?: [A-Z][a-z]*)*\))? Township)$"
)


def resolve_plain_address(gaz: Gazetteer, text: str, limit: int) -> Resolution | None:
    """The answer for a plain address ("V village, T Township[, S State]": see
    ``plain_parts``; "Vကျေးရွာ၊ T Township") whose place is found inside its qualifiers, read
    at once; None for any other text (read in full), and for Burmese text not found as
    written that may be in the Zawgyi encoding."""
    if not text.isascii():
        # (as cleaned: MIMU's Burmese names, copied, may start with a zero-width space)
        burmese = _BURMESE_PLAIN_ADDRESS.match(clean(text))
        if burmese is None or check(text) is not None:
            return None
        found = _found_inside_qualifiers(gaz, text, [burmese["village"], burmese["area"]], limit)
        if found is None or (not found_as_written(found) and from_zawgyi(text)):
            return None
        return found
    parts = plain_parts(text[5:] if text.startswith(("near ", "Near ")) else text)
    if parts is None or len(parts) > 4 or check(text) is not None or _DISTANCE.search(text):
        return None
    return _found_inside_qualifiers(gaz, text, parts, limit)


def _found_inside_qualifiers(
    gaz: Gazetteer, text: str, parts: list[str], limit: int
) -> Resolution | None:
    """The place the first of ``parts`` names, found as written (or without its kind word)
    inside every later part; None when it is not so found."""
    # a bracketed qualifier ("Shan (North)") is read as the parser reads it: same readings
    qualifiers, qualifier_rank = qualifiers_of_parts(gaz, tuple(parts[1:]))
    if not all(tags for tags, _ in qualifiers):
        return None
    if _area_then_place_shape(parts) and not _larger_area_after(gaz, parts):
        return None  # "Kachin State, Myitkyina", "Kawkareik, Kyondoe town": see the parse path
    head = parts[0].strip()
    core, kind = strip_kind(head)
    records = gaz.records
    for name, kind_word in ((head, None), (core, kind)):
        if kind_word == "ward":
            return None  # a ward not found as written lies in its town: the parse path's rule
        key = normalize(name)
        hits = gaz.exact.get(key)
        if not hits:
            continue
        reading = Reading(key, kind_word, name)
        scored: dict[int, tuple] = {}
        for pid, weight in _hits_inside(gaz, reading.key, hits, qualifiers):
            _offer(scored, records, pid, weight, 0, reading, len(qualifiers), qualifier_rank(pid))
        if scored and not (kind_word in _AREA_KINDS and _kind_unmet(scored)):
            return _finish(gaz, clean(text), scored, limit, None)
    return None


#: a village named with its kind word, ending a part: "were found near | Na Bar village|"
_VILLAGE_NAMED = re.compile(r"\b[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,4}\s+(?i:village|vlg)$")


def _resolve_offset(
    gaz: Gazetteer, text: str, offset: Offset, limit: int, read: Reader
) -> Resolution | None:
    """The place a text gives by distance and direction ("Kone Sar village, about 13 km
    northeast of Lashio town"): the named place when one of that name lies near the point so
    described, else the point itself, offset from the place measured from (pyproj's geodesic);
    None when that place is not found (the text is then read as usual)."""
    if (moved := _place_after_offset(offset)) is not None:
        # "Fighting broke out about 27 miles south of Mansi, at Nam Lin Pa village, Mansi
        # Township": the village named after the place measured from, at that distance
        found = resolve_address(gaz, moved, limit, read)
        if found.candidates and not _fell_back(found):
            return Resolution(text, found.candidates, found.reason)
    place = split_parts(strip_leading(offset.place, phrases_only=True))
    tract = None  # the village tract the place is said to be in, when the place is not found
    if len(place) > 1:  # "X village in Y township, Z region, about 27 km north-west of W"
        named = resolve_address(gaz, ", ".join(place), limit)
        sure = _found_surely(named, SURE_SCORE)
        if (
            sure is not None
            and not sure.note
            # (not an area before the village the distance places: "Bodies ... abducted in T
            # Township, D District, were found near V village, about 5 km east of T town")
            and not (
                gaz.records[sure.place_id][0] in _AREA_KINDS
                and _VILLAGE_NAMED.search(offset.place.strip())
            )
        ):
            return Resolution(text, named.candidates, named.reason)
        first = named.candidates[0] if named.candidates else None
        if (
            first is not None
            and first.match == "qualifier"
            and (gaz.records[first.place_id][0] == "village_tract")
        ):
            tract = named
    # (the candidates beyond the first too: "2 miles from Sagaing" is from the town, which
    # comes after the region a bare name prefers, also when one answer is asked for)
    anchor_text = _state_capital_named(text, offset.anchor)
    anchor = resolve_address(gaz, anchor_text, max(limit, ANCHOR_CANDIDATES))
    anchor_parts = split_parts(anchor_text)
    if (
        anchor.candidates
        and len(anchor_parts) > 1
        and (
            anchor.candidates[0].match == "fuzzy"
            # (or a place of another kind than the town named: "about 9 km from Pauktaw town",
            # the text's township Minbya, whose Pauk Taw is a village)
            or (
                strip_kind(anchor_parts[0])[1] == "town"
                and gaz.records[anchor.candidates[0].place_id][0] != "town"
            )
        )
    ):
        # a town by its own name, not a close spelling in the township named after it ("13
        # miles northeast of Chaung-U, in Myinmu Township": Chaung-U town, not Myinmu's Taw
        # Chaung U; "7 miles southeast of Kyaikto town in Bilin Township": Kyaikto, not Bilin's
        # Kyaik Te; the township holds the place named before)
        alone = resolve_address(gaz, anchor_parts[0], max(limit, ANCHOR_CANDIDATES))
        town = _found_surely(alone, SURE_SCORE)
        if town is not None and not town.note and gaz.records[town.place_id][0] in ANCHOR_KINDS:
            anchor = alone
    elif (
        anchor.candidates
        and len(anchor_parts) > 1
        and strip_kind(anchor_parts[0])[1] is None
        and gaz.records[(first := anchor.candidates[0]).place_id][0] in ("village", "village_tract")
        # (the village found by the anchor's own name: not "Ye, near Ah Sin village")
        and normalize(str(gaz.places["name"].iat[first.place_id])).startswith(
            normalize(anchor_parts[0])
        )
    ):
        # a town of that name by a respelling, in the same township, before a village spelt
        # so: distances are measured from towns ("about 10 km east of Swar", the text's township
        # Yedashe: Hswar town, not Swar Ywar Ma village)
        alone = resolve_address(gaz, anchor_parts[0], max(limit, ANCHOR_CANDIDATES))
        town = next(
            (
                c
                for c in alone.candidates
                if gaz.records[c.place_id][0] == "town"
                and gaz.records[c.place_id][7] == gaz.records[first.place_id][7]
            ),
            None,
        )
        if town is not None:
            anchor = Resolution(anchor_text, [replace(town, note=None)])
    if not anchor.candidates or anchor.candidates[0].match in ("offset", "qualifier"):
        return None
    records = gaz.records
    # distances are measured from towns: "27 km north-west of Tanintharyi" is of the town,
    # not the region a bare name prefers (but "50 km north of Shan State" is of the state)
    base = anchor.candidates[0]
    if records[base.place_id][0] in _NOT_AN_ANCHOR and strip_kind(offset.anchor)[1] is None:
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
    named = _named_near(gaz, offset, base.place_id, point, measured, read)
    if named:
        return Resolution(text, named[:limit])
    if base.rivals and (near := _named_near_a_namesake(gaz, offset, base, read)):
        return Resolution(text, near[:limit])  # "... 7 miles from Kamma": of two Kammas
    anchor_note = f" ({origin_name}: {base.note})" if base.note else ""
    named_first = resolve_address(gaz, place[0], 1).candidates if place else []
    itself = bool(named_first) and named_first[0].place_id == base.place_id
    missing = f"'{place[0]}' not found there; " if place and not itself else ""
    if point is None and tract is not None:  # a tract is closer than a distance in no direction
        return Resolution(text, tract.candidates, tract.reason)
    if point is None and (alone := _named_in_anchor_township(gaz, offset, base.place_id, read)):
        return Resolution(text, [alone])
    if point is None:
        note = f"{missing}the text gives no direction: located to {origin_name}, {measured}"
        only = Candidate(base.place_id, round(base.score * NO_BEARING_FACTOR, 3), base.match)
        only.note = note + anchor_note
        return Resolution(text, [only])
    note = f"{missing}located {measured}, measured from {origin_name}'s point"
    at_point = Candidate(base.place_id, round(base.score * OFFSET_FACTOR, 3), "offset")
    at_point.note, at_point.point, at_point.label = note + anchor_note, point, measured
    return Resolution(text, [at_point])


def _place_after_offset(offset: Offset) -> str | None:
    """The text rewritten with its place first, when what comes before the distance names
    what happened, not a place, and a village or town is named after the place measured from
    ("Fighting broke out about 27 miles south of Mansi, at Nam Lin Pa village, Mansi
    Township": "Nam Lin Pa village, Mansi Township, about 27 miles south of Mansi"); else
    None."""
    if ", " not in offset.anchor or not reads_as_news(offset.place):
        return None
    first, *later = split_parts(offset.anchor)
    at = next((i for i, part in enumerate(later) if part_kind(part) in _PLACE_KINDS), None)
    if at is None:
        return None
    named = [strip_leading(part) for part in later[at:]]
    return f"{', '.join(named)}, {offset.phrase} {first}"


def _named_near_a_namesake(
    gaz: Gazetteer, offset: Offset, base: Candidate, read: Reader
) -> list[Candidate]:
    """When the place measured from has namesakes as likely ("Kamma", two towns of Magway):
    the places named near exactly one of the others, else []."""
    records = gaz.records
    found = []
    for other in resolve_address(
        gaz, offset.anchor, 10
    ).candidates:  # (``anchor`` may hold only one)
        if other.place_id == base.place_id or not other.rivals:
            continue
        origin = records[other.place_id]
        point = None
        if offset.bearing is not None:
            lon, lat, _ = _GEOD.fwd(origin[2], origin[1], offset.bearing, offset.km * 1000.0)
            point = (float(lat), float(lon))
        name = str(gaz.places["name"].iat[other.place_id])
        measured = f"{offset.phrase} {name}"
        if named := _named_near(gaz, offset, other.place_id, point, measured, read):
            found.append(named)
    return found[0] if len(found) == 1 else []


def _named_in_anchor_township(
    gaz: Gazetteer, offset: Offset, anchor: int, read: Reader
) -> Candidate | None:
    """The one village of ``offset.place``'s name (said with its kind word) in the township of
    the place measured from, when the text gives no direction and the distance it gives does
    not fit ("Tlanglo village, about 4 miles from Thantlang": Thantlang Township's Tlanglo,
    36 km away; the distance is noted); else None."""
    name, kind = strip_kind(offset.place)
    records = gaz.records
    township = records[anchor][7]
    if kind != "village" or not isinstance(township, str):
        return None
    same = [
        c
        for c in read(gaz, offset.place, 50).candidates
        if c.match == "exact"
        and records[c.place_id][0] == "village"
        and records[c.place_id][7] == township
    ]
    if len(same) != 1:
        return None
    found = replace(same[0])
    away = _km(records[found.place_id], records[anchor])
    anchor_name = gaz.places["name"].iat[anchor]
    found.note = (
        f"{name} village of {anchor_name}'s township, {away:.0f} km from {anchor_name}: the text"
        f" says {offset.phrase} {anchor_name}"
    )
    return found


def _named_near(
    gaz: Gazetteer,
    offset: Offset,
    anchor: int,
    point: tuple[float, float] | None,
    measured: str,
    read: Reader,
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
            if cand.place_id == anchor or cand.match == "offset":
                continue
            if cand.match == "qualifier" and records[cand.place_id][0] not in ("village", "ward"):
                # (an area a reading fell back to; not the village a sentence's reading found
                # after its actors: "between the Karenni Nationalities Defence Force and regime
                # troops at Ngan Yoe village")
                continue
            if records[cand.place_id][0] != "town" and _contains(gaz, cand.place_id, anchor):
                # the area holding it is no place at a distance from it ("Clash"); a town is
                # one ("Mong Ton town, 28 miles north of Ponparkyin", a village of its township)
                continue
            rec = records[cand.place_id]
            if point is not None:
                off_km = _km(rec, (None, *point))
                if (
                    off_km > near_km
                    and cand.match != "fuzzy"  # (a close spelling only where the point is)
                    and _in_offset_cone(rec, records[anchor], offset)
                ):
                    off_km = near_km
            else:
                off_km = abs(_km(rec, records[anchor]) - offset.km)
            if off_km <= near_km:
                kept.append((off_km, cand))
        return kept

    kept = near(read(gaz, offset.place, 50).candidates)
    named_areas = _townships_named_after(gaz, offset.anchor)
    township = records[anchor][7]
    if not kept and records[anchor][0] in ANCHOR_KINDS and isinstance(township, str):
        # a close spelling in the township the text names after the place measured from
        # ("Ham Ngaai village, about 11 miles from Kyethi town, Mongkaing Township": Ham
        # Ngaing), else in that place's own ("Ingyan village, about 21 miles from Myebon": In
        # Gyin, of Myebon Township), the names being too many to search unqualified
        places = gaz.places
        areas = [
            f"{places['name'].iat[pid]} Township, {places['admin1'].iat[pid]}"
            for pid in named_areas
        ]
        areas.append(f"{places['admin3'].iat[anchor]} Township, {places['admin1'].iat[anchor]}")
        for area in areas:
            if kept := near(read(gaz, f"{offset.place}, {area}", 5).candidates):
                break

    def outside_named_areas(cand: Candidate) -> bool:
        return bool(named_areas) and not any(_contains(gaz, a, cand.place_id) for a in named_areas)

    chosen = []
    # a place in the township the text names comes first ("Pein-ne-taw village, about 16 miles
    # from Thaton in Thaton Township": Thaton's, not Hpa-An's at about the same distance)
    ranked = sorted(
        kept, key=lambda item: (outside_named_areas(item[1]), -_unhalved(item[1]), item[0])
    )
    for _, cand in ranked:
        kind = records[cand.place_id][0].replace("_", " ")
        note = f"the {kind} of this name {measured}"
        if cand.match == "fuzzy":
            note += " (closest spelling; check the name)"
        # (a village a reading fell back to is found by its name: the distance confirms it)
        match = "exact" if cand.match == "qualifier" else cand.match
        chosen.append(Candidate(cand.place_id, _unhalved(cand), match, note))
    return chosen


def _in_offset_cone(rec: tuple, origin: tuple, offset: Offset) -> bool:
    """Whether ``rec`` lies about ``offset``'s distance from ``origin`` and within
    ``OFFSET_CONE_DEGREES`` of its direction."""
    bearing, _, metres = _GEOD.inv(origin[2], origin[1], rec[2], rec[1])
    turn = abs((bearing - offset.bearing + 180.0) % 360.0 - 180.0)
    return turn <= OFFSET_CONE_DEGREES and (
        abs(metres / 1000.0 - offset.km) <= OFFSET_NEAR_SHARE * offset.km
    )


def _townships_named_after(gaz: Gazetteer, anchor_text: str) -> list[int]:
    """The townships an offset's anchor text names after the place measured from ("Kyethi
    town, Mongkaing Township"; "Thaton in Thaton Township"), found by name and kind word."""
    found = []
    for part in split_parts(anchor_text)[1:]:
        if strip_kind(part)[1] != "township":
            continue
        first = resolve_address(gaz, part, 1).candidates
        if (
            first
            and first[0].match in ("exact", "variant")
            and gaz.records[first[0].place_id][0] == "township"
        ):
            found.append(first[0].place_id)
    return found


#: Latin letters in Burmese text that name armed groups, not places: "KIA", "AA", "PDF"
_ACRONYMS = re.compile(r"\s*(?:[A-Z]{2,6}\s*)+")
#: ... or a person, named with a word of respect and their age: "ကျဆုံးသွားသော Ko Wai Yan Tun
#: (21)" (fell in ...)
_PERSON_IN_LATIN = re.compile(
    r"[\s\u2600-\u27bf\U0001f000-\U0001faff\ufe0f\u200d]*"  # (and a prayer's emoji: "🙏 Ko X")
    rf"(?:a\s+person|persons|{HONORIFICS}(?:\s+[A-Z][\w'’-]*){{1,4}}(?:\s*\(\d{{1,3}}\))?)\s*"
)


def _resolve_mixed(gaz: Gazetteer, text: str, parts: tuple[str, str], limit: int) -> Resolution:
    if single := in_one_script(*parts):  # "Kachin ပြည်နယ်": Kachin State
        found = resolve_address(gaz, single, limit)
        return Resolution(text, found.candidates, found.reason)
    # "ကချင်ပြည်နယ်အတွင်း KIA နှင့် ...": an army, no place; "... ကျဆုံးသွားသော Ko X (21)": a person
    if _ACRONYMS.fullmatch(parts[1]) or _PERSON_IN_LATIN.fullmatch(parts[1]):
        found = resolve_address(gaz, parts[0], limit)
        return Resolution(text, found.candidates, found.reason)
    burmese, latin = (resolve_address(gaz, p, limit) for p in parts)
    area = latin.candidates[0].place_id if latin.candidates else None
    joined = ", ".join(part.strip(" ,၊") for part in parts)
    if area is not None and gaz.records[area][0] in _AREA_KINDS and joined != text:
        # the area it lies in, in the other script: "မိုင်းခတ်မြို့နယ် (Shan)", Mongkhet
        # Township of Shan State (not Shan State itself, nor no answer; once: the joined
        # text may part into the same two again)
        within = resolve_address(gaz, joined, limit)
        first = within.candidates[0].place_id if within.candidates else None
        if first is not None and first != area and _contains(gaz, area, first):
            return Resolution(text, within.candidates, within.reason)
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
