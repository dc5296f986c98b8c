"""Turn a query into ranked gazetteer candidates: the reading of what people write.

:func:`resolve` reads the text as written (accents and typographic quotes made plain, a
Title Case headline in sentence case, a quote's place in its speaker's area), then news shapes
(a wire or local dateline, a headline and its story after a colon, a place after a sentence's
head, a place on a road between two towns or on the border of two areas, the finest place a
sentence mentions, namesakes told apart by another place the text names), then an address
(:func:`_resolve`: qualifiers, distances and bearings from a place, capitals, places just
outside the area named, the area a text falls back to). The lookup, scoring and ranking of
each reading are :mod:`mapper.gazetteer.match`'s.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace
from functools import lru_cache

from pyproj import Geod

from mapper.gazetteer.match import (
    _AREA_KINDS,
    _CURATED,
    _FOREIGN_KINDS,
    _HINT,
    _MINOR_KINDS,
    _NO_PLACE_NAMED,
    _SAT,
    _SCORE,
    _SEAT,
    _SPECIFIC,
    _TIER,
    _TOWN_OR_AREA_KINDS,
    AMBIGUOUS_KM,
    Candidate,
    Resolution,
    _bare,
    _contains,
    _fell_back,
    _fineness,
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
)
from mapper.gazetteer.mentions import mentions, reads_as_news, sentence_case
from mapper.gazetteer.offsets import MAX_OFFSET_KM, Offset, find_offset, offset_out_of_range
from mapper.gazetteer.parts import (
    ATTRIBUTION_TAIL,
    CAPACITY,
    PART_SEPARATOR,
    POSSESSIVE,
    SPECIFICITY,
    WIRE_TAIL,
    split_parts,
    trailing_name,
    without_dates,
    without_trailing_clause,
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
)
from mapper.gazetteer.text import clean, from_zawgyi, normalize, scripts
from mapper.gazetteer.words import SITE_WORDS, part_kind, strip_kind, strip_leading

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
OFFSET_FACTOR = 0.8
NO_BEARING_FACTOR = 0.5
_GEOD = Geod(ellps="WGS84")
_NOT_AN_ANCHOR = frozenset({"country", "state", "district", "foreign_region"})
#: how many candidates of the place measured from are looked through for a town
ANCHOR_CANDIDATES = 10


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


#: A wire dateline before a report: "YANGON, Jan 4 (Reuters) -", "BANGKOK (AP) —",
#: "MANDALAY, Myanmar (AP) —": where the reporter filed from, not where the event was
_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z .'’\-]+?)(?:,\s*[A-Z][A-Za-z]+)?(?:,?\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?"
    r"\s*\((?:Reuters|AP|AFP|Xinhua|dpa|UPI|Kyodo|Bernama|ANI|RFA|Mizzima|DVB|BNI|Myanmar\s+Now"
    r"|(?:The\s+)?Irrawaddy|Narinjara|Khit\s+Thit|Frontier|Kantarawaddy\s+Times|SHAN|Kachin\s+News"
    r")\)\s*[-—–]+\s*"
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
#: a quote, then who said it and where they are from ("... a resident of the Demoso Township
#: village told reporters": a village of Demoso Township)
_QUOTE_FROM = re.compile(
    r"^[\"“‘'](?P<quote>[^\"”’]+?)[,.]?[\"”’],?\s+(?:said\s+)?(?:an?|one|the|two|some)\s+"
    r"(?:[a-z\-]+\s+){0,3}?(?:from|of|in)\s+(?:the\s+)?(?P<area>[A-Z][^\"”]*?)"
    r"(?:\s+village)?(?:,?\s+(?:said|says|told\b.*|recalled|added))?\.?$"
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
    # (a name found, but ambiguous, may be told apart by the ends of a road it is on)
    unfound = (
        isinstance(text, str)
        and (" the " in text or " meet" in text)
        and (not _found_surely(found) or (found.candidates[0].note or "").startswith("ambiguous"))
    )
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


#: townships said to meet near a place: "Linkataw village, near where Magway's Myaing and
#: Yesagyo townships meet Salingyi and Pale in Sagaing" (UCDP's where_description)
_WHERE_AREAS_MEET = re.compile(
    r"(?:,\s*|\s+)(?:near\s+|close\s+to\s+)?where\s+(?:[A-Z][\w'’-]*['’]s\s+)?"
    r"(?P<areas>[A-Z][^,;()]*?)\s+townships?\s+meets?(?:\s+(?P<more>[A-Z][^;()]*?))?\s*\.?$"
)
#: what ends the list of townships that meet: their kind word, or the state they lie in
_AREA_LIST_END = re.compile(r"\s+(?:townships?\b.*|in\s+[A-Z].*)$")

#: the note on a place that honours only some of the qualifiers
_PARTIAL_NOTE = "matches only some of the qualifiers"
#: the note on a place found just outside the area its qualifier names
_JUST_OUTSIDE = "found just outside the place named by the qualifier"


def _place_between_two_areas(gaz: Gazetteer, text: str, limit: int) -> Resolution | None:
    """A place written on a road between two towns or on the border of two areas, found in
    one of them, or the same place by both (a close spelling too: "Valan Tee" is Valangte, of
    Matupi; a place found by its name before a close spelling at the other end); None when
    the text is not so, or two places are found alike."""
    match = _BETWEEN_TWO_AREAS.search(text)
    if match is not None:
        place = (text[: match.start()] + text[match.end() :]).strip(" ,.")
        kind = (match["kind"] or "")[:-1].title()
        ends = ("a", "b") if match["a"] else ("e", "f") if match["e"] else ("c", "d")
        areas = [match[end] for end in ends]
    elif " meet" in text and (match := _WHERE_AREAS_MEET.search(text)) is not None:
        place, kind = text[: match.start()].strip(" ,."), "Township"
        listed = _AREA_LIST_END.sub("", f"{match['areas']} and {match['more'] or ''}")
        areas = [a for a in re.split(r"\s*,\s*|\s+and\s+", listed) if a[:1].isupper()]
    else:
        return None
    answers, inside = [], []
    for area in areas:
        read = f"{place}, {area} {kind}".strip()
        found = _resolve(gaz, read, limit)
        if found.candidates and not _fell_back(found):
            answers.append(_read_as(text, read, found))
            note = found.candidates[0].note or ""
            if not note.startswith(_JUST_OUTSIDE) and _PARTIAL_NOTE not in note:
                inside.append(answers[-1])
    places = {answer.candidates[0].place_id for answer in answers}
    if len(places) == 1:  # (both ends may name the same one: as found in the one holding it)
        return max(answers, key=lambda answer: answer.candidates[0].score)
    # the one found by its name before a close spelling at the other end
    sure = [answer for answer in answers if _found_surely(answer) is not None]
    if len(sure) == 1:
        return sure[0]
    # the one found in its end's area, not just outside the other ("between Kawlin and Shwebo
    # near Kokkogon village": Koke Ko Kone of Kawlin, not of Kyunhla, beside Shwebo), nor
    # against a township the text names itself
    return inside[0] if len(inside) == 1 else None


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
    """A headline naming a place, or an area as a label, then after a colon the story naming a
    finer place in it ("Fighting in Sintgaing: military column attacked near Ywar Bo, RFA
    reports", "Papun Township: junta troops raid Ta Khon Tine village"): the story's place,
    looked for in the headline's; None when the text is not so."""
    head, _, story = text.partition(": ")
    if not reads_as_news(story) or not ATTRIBUTION_TAIL.sub("", f": {story.strip()}"):
        return None  # (nor a source after the colon: "... leave four dead: AA spokesman")
    if not reads_as_news(head):  # an area as the story's label: "Papun Township: junta ..."
        where = _found_surely(_resolve_text(gaz, head, 1), SURE_SCORE)
        if where is None or gaz.records[where.place_id][0] not in _AREA_KINDS:
            return None
    elif (where := _found_surely(_resolve_text(gaz, head, 1))) is None:
        return _headline_place_in_story_area(gaz, text, head, story, limit)
    named = gaz.places["name"].iat[where.place_id]
    if (kind := gaz.records[where.place_id][0]) in _AREA_KINDS:  # "Papun Township": its kind
        named = f"{named} {kind.title()}"  # (the township, not the town, holds its villages)
    story = ATTRIBUTION_TAIL.sub("", story.strip().rstrip("."))
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
_NAMES_A_TOWN = re.compile(r"\b[A-Z][\w'’-]*\s+town\b", re.I)


def _after_local_dateline(gaz: Gazetteer, text: str, dateline: re.Match, limit: int) -> Resolution:
    """The place of a report after a local dateline: where the report names its township,
    in that township; else looked for in the dateline's area first (it names the township the
    outlet reports from: "KHIN-U — ... entered Ngatingyi village" is the Ngar Tin Gyi of
    Khin-U), then in its state or region; else anywhere; else the dateline's place (at
    DATELINE_FACTOR, said)."""
    story = ATTRIBUTION_TAIL.sub("", text[dateline.end() :].strip().rstrip("."))
    place = dateline["place"].title()
    if _NAMES_A_TOWNSHIP.search(story):  # "MEIKTILA — ... near X village in Wundwin Township"
        own = resolve(gaz, story, limit)
        if own.candidates and not _fell_back(own):
            return Resolution(text.strip(), own.candidates, own.reason)
    # the story as written, then without the clause after its place, which would keep the
    # dateline's place from qualifying it ("... pounded Nam San Yang on Sunday | as resistance
    # fighters closed in")
    stories = dict.fromkeys([story, without_trailing_clause(story)])
    anywhere = resolve(gaz, story, limit)
    # a town the story names by its kind word is that town, not a namesake village in the
    # dateline's area ("LASHIO — ... wards of Namhsan town": Namhsan, not Lashio's Nam Hsan)
    town = _found_surely(anywhere, SURE_SCORE) if _NAMES_A_TOWN.search(story) else None
    if town is not None and gaz.records[town.place_id][0] != "town":
        town = None
    # in the dateline's place, then in its state/region: "LOIKAW — ... pounded Mawchi" is the
    # Maw Chee of Kayah's Hpasawng, not of Kayin's Thandaunggyi
    for area in _dateline_areas(gaz, place):
        for told in stories:
            found = resolve(gaz, f"{told}, {area}", limit)
            if (
                found.candidates
                and not _fell_back(found)
                and not _only_the_dateline(gaz, found, area)
                # (nor a place the story's own areas contradict: "KYAUKGYI — ... the town of
                # Kyaukgyi, Bago Region" is no Kyauk Gyi tract of the Kachin dateline reading)
                and _PARTIAL_NOTE not in (found.candidates[0].note or "")
            ):
                if town is not None and gaz.records[found.candidates[0].place_id][0] != "town":
                    return Resolution(text.strip(), anywhere.candidates, anywhere.reason)
                return Resolution(text.strip(), found.candidates, found.reason)
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
        and not strip_kind(f"X {word}")[1]
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
    # Myinmu, not the Let Pan Kyin villages of other townships of the region); taken when sure.
    # So may a name found only outside the village tract named ("Thin Gan Maw (To village
    # tract, Palaw Township)": Thin Gan Taw, in To, not the Thin Gan Maw 14 km off)
    best = [p for p, r in scored.items() if -r[_SAT] == best_sat]
    partial = 0 < best_sat < full and (
        _misses_a_township(gaz, best, qualifiers) or _misses_a_tract_inside(gaz, best, qualifiers)
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
        note = _PARTIAL_NOTE
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
            note = _JUST_OUTSIDE
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
        pid = _fallback_area(gaz, qualifiers) if qualifiers else _place_named_beside(gaz, parsed)
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
    if gaz.records[best][0] == "ward":
        return False
    return any(gaz.records[pid][0] == "town" for pid in qualifiers[0][1])


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
    target = _village_name(target)
    if target is None:
        return None
    township = gaz.places["admin3"].iat[near]
    found = resolve(gaz, f"{target}, {township} Township, {gaz.places['admin1'].iat[near]}", 2)
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
        best = _found_close(resolve(gaz, f"{target}, {name}", 2))
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
    if part_kind(parts[1]) == "township" and part_kind(parts[0]) is None:
        # "Yangon, Hlaing Tharyar Township": a state or region, then the township in it
        return f"{parts[1]}, {parts[0]}" if _names_a_state(gaz, parts[0]) else None
    if not _area_then_place_shape(parts):
        return None
    first = part_kind(parts[0])
    if first is not None:  # "X Township, Y": Y must not name an area as large
        areas = _qualifier_of_text(gaz, parts[1])[1]
        if any(SPECIFICITY.get(gaz.records[pid][0], 0) >= SPECIFICITY[first] for pid in areas):
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
    kinds = [part_kind(part) for part in parts]
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
    second = part_kind(parts[1])  # a qualifier, memoised; the usual "... Township" ends it
    if second is not None and second not in _PLACE_KINDS:
        return False
    first = part_kind(parts[0])
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
    core, kind = strip_kind(head)
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


def _resolve_offset(gaz: Gazetteer, text: str, offset: Offset, limit: int) -> Resolution | None:
    """The place a text gives by distance and direction ("Kone Sar village, about 13 km
    northeast of Lashio town"): the named place when one of that name lies near the point so
    described, else the point itself, offset from the place measured from (pyproj's geodesic);
    None when that place is not found (the text is then read as usual)."""
    place = split_parts(strip_leading(offset.place, phrases_only=True))
    tract = None  # the village tract the place is said to be in, when the place is not found
    if len(place) > 1:  # "X village in Y township, Z region, about 27 km north-west of W"
        named = resolve(gaz, ", ".join(place), limit)
        sure = _found_surely(named, SURE_SCORE)
        if sure is not None and not sure.note:
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
    anchor = resolve(gaz, offset.anchor, max(limit, ANCHOR_CANDIDATES))
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
    named = _named_near(gaz, offset, base.place_id, point, measured)
    if named:
        return Resolution(text, named[:limit])
    if base.rivals and (near := _named_near_a_namesake(gaz, offset, base)):
        return Resolution(text, near[:limit])  # "... 7 miles from Kamma": of two Kammas
    anchor_note = f" ({origin_name}: {base.note})" if base.note else ""
    named_first = resolve(gaz, place[0], 1).candidates if place else []
    itself = bool(named_first) and named_first[0].place_id == base.place_id
    missing = f"'{place[0]}' not found there; " if place and not itself else ""
    if point is None and tract is not None:  # a tract is closer than a distance in no direction
        return Resolution(text, tract.candidates, tract.reason)
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
