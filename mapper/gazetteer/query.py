"""Parse a free-text place query the way news and analysts write it.

``"Mone village, Hpakant Township, Kachin State"`` becomes a target (``Mone``, hint ``village``)
and two qualifiers (``Hpakant`` as a township, ``Kachin`` as a state); ``"northern Shan State"``
becomes the target ``Shan (North)`` with ``Shan`` as a fallback; ``"near Lashio"`` is ``Lashio``.

:func:`parse` splits the query with :func:`mapper.gazetteer.parts.split_parts` (address and news
sentence shapes) and reads each part with :func:`readings`; the words both read by are in
:mod:`mapper.gazetteer.words`, distances from a place in :mod:`mapper.gazetteer.offsets`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from rapidfuzz import process
from rapidfuzz.distance import OSA

from mapper.gazetteer.parts import (
    SENTENCE_VERBS,
    downtown_town,
    people_of_place,
    split_parts,
    trailing_name,
    without_actors_origin,
    without_bracketed_asides,
)
from mapper.gazetteer.text import clean, is_burmese, normalize, scripts
from mapper.gazetteer.words import (
    AN_TOWNSHIP,
    DIR_WORD,
    DIRECTIONS,
    FACILITY,
    KIND_OF,
    MM_KIND_SUFFIXES,
    MM_POSITION,
    MM_SIDES,
    MM_SITE_SUFFIXES,
    MM_SITE_WORDS,
    MM_STATE_PART,
    NUMBERED_WARD,
    PAREN,
    PLURAL_KINDS,
    SITE_WORDS,
    TABS,
    THE_COUNTRY,
    TRAILING_NAME,
    WORKS,
    burmese_place_phrases,
    is_burmese_text,
    is_description,
    names_a_site,
    strip_kind,
    strip_leading,
)

#: the longest text read: a paragraph of a report (a UN report's sentence runs past 300
#: characters); longer text is no place name
MAX_QUERY_LENGTH = 1000
PARTIAL_FACTOR = 0.7
#: A project site the gazetteer lacks, answered by the place it is named after ("Dawei deep sea
#: port" by Dawei town): a port, dam, mine or zone may lie tens of km from its namesake (the
#: Dawei SEZ 27 km), so the answer is scored below a place found by its own name. (A prison, a
#: school or a police station named after a town is in it: those keep their score.)
NAMED_AFTER_FACTOR = 0.8
_LONG_DIRECTIONS = [w for w in DIRECTIONS if len(w) >= 5 and w.isalpha()]
#: "E. Shan", "N. Shan State": written out before the name is read (as written, "E. Shan"
#: reads "Eshan", a GeoNames name of Shuangjiang in Yunnan)
_DIRECTION_ABBREVIATION = re.compile(r"^([NSEWnsew])\.\s*(\S.*)$")
#: where a road leads, then the place near it: "on the road to Paletwa | near Toemawa
#: village" is near Toemawa (a text naming only where the road leads is near that place)
_ROAD_TO_THEN_NEAR = re.compile(
    r"^(?:on\s+(?:the|their|its)\s+(?:way|road)|en\s+route|heading)\s+to\s+"
    r"(?-i:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})\s+(?=near\s+(?-i:[A-Z]))",
    re.IGNORECASE,
)
_LEADING_PREPOSITION = re.compile(r"^(?:in|at|near|from|of)\s+", re.IGNORECASE)
_DIRECTION_PREFIX = re.compile(
    r"^(?P<dir>" + DIR_WORD + r"|[NSEW]\.)[\s\-]+(?P<rest>.+)$", re.IGNORECASE
)
#: the Burmese kind words written in Latin letters after a name: "Law Pi Ta Myo", "Sin Ku Ywa",
#: "Magyigan kyay-ywa" (ကျေးရွာ, village), "Mrauk-U Myo-ne" (မြို့နယ်, township)
_ROMANISED_KIND = re.compile(
    r"(?P<space>\s*)(?P<word>myo[\s-]?nei?|(?:kyay|kyey|kye)[\s-]?ywar?|myo|ywar?)$",
    re.IGNORECASE,
)


#: how those kind words end
_ROMANISED_ENDINGS = ("myo", "ywa", "ywar", "ne", "nei")


def _romanised_kind(core: str) -> tuple[str, str] | None:
    """The name and kind of a name ending in a Burmese kind word in Latin letters: "Law Pi Ta
    Myo" and "Thatonmyo" (a town: the name of at least four letters), "Sin Ku Ywa" (a village:
    the name of two words or more, "Min Ywa" naming no village "Min", or the word in lower
    case: "Sihat ywar"), "Saw Myo-ne" (a township), "Magyigan kyay-ywa" (a village); else
    None."""
    if not core[-4:].lower().endswith(_ROMANISED_ENDINGS):
        return None  # (a quick look first: most names end in none)
    found = _ROMANISED_KIND.search(core)
    if found is None:
        return None
    name, word = core[: found.start()].strip(), found["word"]
    plain = re.sub(r"[\s-]", "", word.lower())
    if not normalize(name):
        return None
    if plain.startswith("myon"):
        return name, "township"
    if plain.startswith("ky"):
        return name, "village"
    if plain == "myo":
        return (name, "town") if len(name.replace(" ", "")) >= 4 else None
    return (name, "village") if found["space"] and (" " in name or word.islower()) else None


#: a side written in Burmese before the name, in Latin letters: "Anauk Myinhlut" is MIMU's
#: "Myin Hlut (West)" (read after the name as written: "Ah Nauk Kone" is a village's own name)
_BURMESE_SIDES = {
    "anauk": "west",
    "ahnauk": "west",
    "ashe": "east",
    "ashey": "east",
    "ahshey": "east",
}
_BURMESE_SIDE_PREFIX = re.compile(
    r"^(?P<dir>a(?:h\s?)?nauk|a(?:h\s?)?shey?)\s+(?P<rest>.+)$", re.IGNORECASE
)
_TRAILING = re.compile(
    r"(?<!council)(?<!urban)[\s\-]+(?:area|areas|vicinity|outskirts|environs|surroundings|delta)$"
    r"|(?<=\w)['’]s$"
    # what happened there, or who lives there: "Myawaddy bomb attack", "Mindat locals"
    r"|\s+(?:(?:car|bomb|drone|air|mine|grenade|arson|rocket|artillery)\s+)?"
    r"(?:attacks?|blasts?|explosions?|massacres?|air\s*strikes?|bombings?|clash(?:es)?"
    r"|fighting|battles?|offensives?|raids?|ambush(?:es)?|shelling)$"
    r"|\s+(?:locals|residents|villagers|civilians|natives|townspeople)$",
    re.I,
)
#: what is done to a site, after its name: "Dapeyin II Hydropower Plant Construction Project"
_PROJECT_TAIL = re.compile(r"\s+(?:(?:" + WORKS + r")(?:\s+and\s+\w+)?\s*)?projects?$", re.I)
#: "Yadanabon bridge over the Irrawaddy", "Chibwe dam on the N'Mai Hka": the river a bridge or
#: dam spans says no more where it is
_SPANNED = re.compile(
    r"(?:(?<=bridge)|(?<=dam)|(?<=project))\s+(?:over|across|spanning|on)\s+\S.*?"
    # (up to where the text goes on to say where it is: "... over Tha Yee Creek | near X")
    r"(?=\s+(?:near|in|at|outside|inside)\s+(?-i:[A-Z])|\s*[,;(]|$)"
    # "Prome on the Irrawaddy", "Myawaddy on the Thai border": the river or border it is on
    r"|(?<=\w)\s+on\s+the\s+(?-i:[A-Z][\w'’\-]*\s*){1,3}(?:river|creek|border|coast)?$",
    re.IGNORECASE,
)
#: A place named by its distance in miles after the town it is measured from: "Muse 105
#: mile", "Muse 105th Mile trade zone"
_TOWN_MILE = re.compile(
    r"^(?:the\s+)?[A-Z][\w'’\-]*\s+(?P<mile>\d+\s*(?:st|nd|rd|th)?[\s\-]*mile\b.*)$", re.I
)
#: A facility on a place: "the oil terminal on Made Island"
_ON_PLACE = re.compile(r"^(?P<what>.*\S)\s+on\s+(?P<where>[A-Z][^,]*)$")
#: "Mogaung-Hpakant road", "the road from Lashio to Muse", "between Hsipaw and Kyaukme": a
#: stretch between two places, not one place
_ROUTE_WORDS = r"(?:road|rd\.?|highway|hwy\.?|route|railway|railroad|expressway|motorway|pipeline)"
_BETWEEN = (
    r"^(?:(?:on|along)\s+)?(?:the\s+)?(?:(?P<a>.+?)\s*(?:-|–|—|\s+to\s+)\s*(?P<b>.+?)\s+"
    + _ROUTE_WORDS
    + r"|"
    + _ROUTE_WORDS
    + r"\s+(?:from|between)\s+(?P<c>.+?)\s+(?:to|and)\s+(?P<d>.+?)"
    r"|(?:somewhere\s+)?between\s+(?P<e>.+?)\s+and\s+(?P<f>.+?))\.?$"
)
_ROUTE = re.compile(_BETWEEN, re.IGNORECASE)
MAX_ROUTE_CHARS = 200


def route_ends(text: str) -> tuple[str, str] | None:
    """The two places a route or stretch is named by ("Mogaung-Hpakant road" -> ("Mogaung",
    "Hpakant"), "between Hsipaw and Kyaukme"), or None."""
    if len(text) > MAX_ROUTE_CHARS:  # (the pattern's lazy parts cost the square of the length)
        return None
    match = _ROUTE.match(text.strip())
    if not match:
        return None
    if match["a"] is not None and (spaced := _SPACED_DASH_IN.search(match.group(0))):
        # "Khin-U - Ye-U highway": the spaced dash parts the ends, not the hyphen in Khin-U
        head = match.group(0)[: match.end("b") - match.start()]
        first, second = head[: spaced.start()], head[spaced.end() :]
        return (_strip_route_lead(first), second.strip())
    ends = [g for g in match.groups() if g is not None]
    if len(ends) != 2:
        return None
    # "Clashes on the Lashio-Muse highway": the first end is the name before the dash
    return (TRAILING_NAME.sub("", ends[0].strip()), ends[1].strip())


_SPACED_DASH_IN = re.compile(r"\s[-–—]\s")
_ROUTE_LEAD = re.compile(r"^(?:(?:on|along)\s+)?(?:the\s+)?", re.IGNORECASE)


def _strip_route_lead(text: str) -> str:
    """A route's first end without "on the", "along" before it."""
    return _ROUTE_LEAD.sub("", text.strip()).strip()


#: "Htar Lae and Nan Phe villages": several places of one kind; the first is the target
_LISTED = re.compile(
    r"^(?P<first>.+?)\s+(?:and|&)\s+(?P<rest>.+?)\s+(?P<kinds>" + PLURAL_KINDS + r")$",
    re.IGNORECASE,
)
#: Parenthesised words that are part of a MIMU name ("Kone Tan (North)"), not a qualifier.
_NAME_PARTS = frozenset(
    [
        "north",
        "south",
        "east",
        "west",
        "middle",
        "upper",
        "lower",
        "central",
        "new",
        "old",
        "myo",
        "ywarhaung",
        "ywarthit",
        # MIMU's misspellings of them ("Pin Tin (Notth)", "Kyauk Kar (Sorth)"): a query's
        # "not" is no respelling of a village's name
        *("notth", "norht", "sorth", "uppre"),
        "အရှေ့",
        "အနောက်",
        "မြောက်",
        "တောင်",
        "အလယ်",
        "အထက်",
        "အောက်",
        # "ရှမ်းပြည်နယ်(မြောက်ပိုင်း)": the part of a state, as Burmese text writes MIMU's
        # "ရှမ်းပြည်နယ် (မြောက်)"; not a place of its own to qualify the state with
        "မြောက်ပိုင်း",
        "တောင်ပိုင်း",
        "အရှေ့ပိုင်း",
        "အနောက်ပိုင်း",
        "အလယ်ပိုင်း",
    ]
)
#: The people a MIMU village is told apart by, its namesake beside it being another people's:
#: "Kan Long (Shan)", "Lawt Pun (Kachin)", "Man Nar (Pa Laung)", "Ho Pang (Ta Yoke)"
#: (Chinese): no name of the village by itself (85 villages were found as "Shan")
_PEOPLE_MARKS = frozenset(
    normalize(people)
    for people in (
        "Shan", "Kachin", "Kayin", "Rakhine", "Myanmar", "Bamar", "Chin", "Mon", "Wa",
        "Pa Laung", "Palaung", "Lar Hu", "Lahu", "Li Shaw", "Lisu", "Ku Lar", "Ta Yoke",
        "Kayah", "Kayan", "Thet", "Akha", "Naga", "Danu", "Pa O", "Pa-O", "Inn Thar", "Intha",
    )
)  # fmt: skip
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
#: lone surrogates (bytes decoded with surrogateescape): no text, and not writable as UTF-8
SURROGATES = re.compile("[\ud800-\udfff]")
_LETTER = re.compile(r"[^\W\d_]")
#: a character that every normalised key keeps (an ASCII letter or digit, a Burmese letter):
#: text holding one has a key without normalising it
_SURELY_KEYED = re.compile("[A-Za-z0-9\u1000-\u102a]")


@dataclass(frozen=True)
class Reading:
    """One way to read a part of the query: a lookup key and the kind of place it names."""

    key: str
    kind: str | None = None
    text: str = ""
    factor: float = 1.0  # < 1 for partial readings (a leading part of a project's name)
    note: str = ""  # what an answer found by this reading should tell the user
    #: the name of a facility's or site's place ("Sagaing" of "Sagaing prison"): the town of
    #: that name before a same-named state or township
    facility: bool = False


@dataclass
class ParsedQuery:
    """A query split into target readings (best first) and qualifier parts."""

    text: str
    target: list[Reading] = field(default_factory=list)
    qualifiers: list[list[Reading]] = field(default_factory=list)
    problem: str | None = None
    parts: list[str] = field(default_factory=list)  # as split_parts gave them


def check(text: object) -> str | None:
    """Why ``text`` cannot be a place name (a reason), or None if it can be parsed."""
    if text is None or (isinstance(text, float) and text != text):
        return "empty query"
    if not isinstance(text, str):
        return f"not a text value ({type(text).__name__})"
    if not text.strip():
        return "empty query"
    if len(text) > MAX_QUERY_LENGTH:
        return f"query too long ({len(text):,} characters; at most {MAX_QUERY_LENGTH})"
    if _CONTROL.search(text):
        return "query contains control characters"
    if not text.isascii() and SURROGATES.search(text):
        return "query is not valid Unicode text (lone surrogate characters)"
    if not _SURELY_KEYED.search(text) and not normalize(text):
        return "query has no letters or digits"
    if not _LETTER.search(text):
        return "query has no letters (a number is no place name)"
    if is_description(text):  # "the base", "market": GeoNames has "Base" for Pakse (Laos)
        return f"'{text.strip()}' describes a place but names none"
    return None


def split_mm_site_word(text: str) -> tuple[str, str]:
    """The name before a trailing Burmese site word and that word ("မြစ်ဆုံ", "ရေကာတာ" of
    "မြစ်ဆုံရေကာတာ"), or ("", "") when the text ends in none."""
    compact = text.replace(" ", "")
    for suffix in MM_SITE_SUFFIXES:
        if compact.endswith(suffix) and len(compact) > len(suffix):
            return compact[: -len(suffix)], suffix
    return "", ""


def mm_site_names(text: str) -> tuple[str, ...]:
    """The names a Burmese site text may be named after, best first: the whole name before its
    site word ("မြစ်ဆုံ" of "မြစ်ဆုံရေကာတာ"), then its first word when more words follow
    ("မြင်းခြံ" of "မြင်းခြံ သံမဏိစက်ရုံ": the place, then what is made there); () when the
    text ends in no site word."""
    name = split_mm_site_word(text)[0]
    if not name:
        return ()
    first = text.split(None, 1)[0]
    return (name, first) if first != text.strip() else (name,)


#: words that describe a facility, not a place it is named after ("main bridge", "old market")
_FACILITY_DESCRIPTIONS = frozenset(
    {"main", "old", "new", "central", "local", "nearby", "big", "small", "only", "public"}
)


def _named_after(site: str) -> str:
    """The note on a place found in the name of a site the gazetteer does not have."""
    return f"no site '{site}' in the gazetteer: located to a place of its name"


#: Burmese "chaung" (ချောင်း), a stream or creek, which English names of sites translate
#: ("Mone Creek dam"); Lonely Planet Myanmar's glossary: "chaung - (gyaung) stream or canal"
_CHAUNG = re.compile(r"\b(?:[Cc]h|[Gg]y)aung\b")


def _direction_slip(text: str) -> str:
    """``text`` with a first word one typing slip from a direction word of five or more
    letters spelt right ("Southeern Shan State", "Northenr Shan", "Eastren Bago")."""
    first, _, rest = text.partition(" ")
    if not rest or len(first) < 5 or not first.isalpha() or first.lower() in DIRECTIONS:
        return text
    found = process.extractOne(first.lower(), _LONG_DIRECTIONS, scorer=OSA.distance, score_cutoff=1)
    return f"{found[0]} {rest}" if found else text


def _strip_site_words(text: str) -> str:
    """The name in a site description ("Letpadaung copper mine" -> "Letpadaung"); the first
    word is kept, being part of the name ("Tin Thar" is a village, not tin), unless it is a
    site word in lower case ("paper mill" names no place)."""
    words = text.split()
    first = words[:1] if words and not (words[0].islower() and words[0] in SITE_WORDS) else []
    kept = first + [w for w in words[1:] if w.lower().strip(".-") not in SITE_WORDS]
    return " ".join(kept)


#: "Shan State North", "Shan State (North)": a part of a state written after the state
_STATE_PART_AFTER = re.compile(
    r"^(?P<core>.+?)\s+state\s+\(?(?P<part>north|south|east|west)\)?$", re.IGNORECASE
)
#: "No. 3", "No 3": a number written with its sign
_NUMBER_SIGN = re.compile(r"\bno\.?\s*\(?(\d{1,3})\)?(?!\w)", re.IGNORECASE)


#: the keys of "/"-separated alternatives that name no place: nothing, or a kind word alone
_KIND_WORD_KEYS_AND_EMPTY = frozenset(
    {"", "ward", "village", "town", "township", "tract", "villagetract", "quarter", "district"}
)


@lru_cache(maxsize=1 << 16)
def readings(part: str) -> tuple[Reading, ...]:
    """All readings of one comma-free part, best first (deduplicated by key and kind): the
    text as written, then without a parenthesised part, then each "/"-separated alternative."""
    listed = _LISTED.match(part.strip(" ."))
    if listed:
        kinds = " ".join(listed["kinds"].lower().split())
        name = strip_leading(listed["first"]).strip()
        note = f"the text names several {kinds}: located to the first, '{name}'"
        first = readings(f"{name} {kinds[:-1]}")
        return tuple(replace(r, note=r.note or note) for r in first)
    out: list[Reading] = []
    variants = [part]
    outer = PAREN.sub(" ", part).strip()
    if outer and outer != part:
        core = strip_kind(outer)[0]
        variants.extend(  # "Shan State (East)" -> "Shan East", as MIMU names "Shan (East)"
            f"{core} {inner}" for inner in PAREN.findall(part) if normalize(inner) in _NAME_PARTS
        )
        variants.append(outer)
    for variant in list(variants):
        if "/" in variant:
            # (not a kind word alone: "ward/village administrator of V village")
            variants.extend(
                v for v in variant.split("/") if normalize(v) not in _KIND_WORD_KEYS_AND_EMPTY
            )
    part_of_state = _STATE_PART_AFTER.match(part)
    if part_of_state:  # "Shan State North" -> MIMU's "Shan (North)"
        variants.append(f"{part_of_state['core']} ({part_of_state['part']})")
    if "o" in part and _NUMBER_SIGN.search(part):  # "Baluchaung No. 3" -> "Baluchaung 3"
        variants.append(_NUMBER_SIGN.sub(r"\1", part))
    numbered = NUMBERED_WARD.match(part) if "ard" in part or "uarter" in part else None
    if numbered:  # "Ward 3" -> MIMU's "No (3) Ward"
        variants.append(f"No ({int(numbered['a'] or numbered['b'])}) Ward")
    seen: set[tuple[str, str | None]] = set()
    for variant in variants:
        for reading in _readings(variant):
            if reading.kind is None and reading.key.isdigit() and reading.key != normalize(part):
                continue  # (a count left of words: "4 villagers" names no place "(4)")
            if (reading.key, reading.kind) not in seen:
                seen.add((reading.key, reading.kind))
                out.append(reading)
    if len(variants) > 1:  # every variant's own name before any one's place named after
        # ("Kyaukphyu port (Made Island)": the port, not Kyaukphyu town, a port's place)
        out.sort(key=lambda reading: reading.facility)
    return tuple(out)


def _readings(part: str) -> list[Reading]:
    out: list[Reading] = []
    seen: set[tuple[str, str | None]] = set()

    def add(
        text: str, kind: str | None, factor: float = 1.0, note: str = "", facility: bool = False
    ) -> None:
        key = normalize(text)
        if key and (key, kind) not in seen:
            seen.add((key, kind))
            out.append(Reading(key, kind, text, factor, note, facility))

    text = _SPANNED.sub("", part.strip(" .:'\"`‘’“”"))
    if text[1:2] == "." and (abbreviated := _DIRECTION_ABBREVIATION.match(text)):
        text = f"{DIRECTIONS[abbreviated[1].lower() + '.']} {abbreviated[2]}"  # "E. Shan"
    add(text, None)
    mile = _TOWN_MILE.match(text) if "ile" in text or "ILE" in text else None
    if mile:  # "Muse 105 mile": the place called "105 Mile" by Muse
        add(mile["mile"], None)
        add(_strip_site_words(mile["mile"]), None)  # "... 105 Mile Border Trade Zone"
    on_site = _ON_PLACE.match(text) if " on " in text else None
    if on_site and SITE_WORDS.intersection(on_site["what"].lower().split()):
        add(on_site["where"], None)  # "Kyaukphyu oil pipeline terminal on Made Island"
    if not text.isascii() and (bare := _MM_TRAILING_PARTICLE.sub("", text)) != text:
        add(bare, None)  # "နေပြည်တော်တွင်" (in Nay Pyi Taw)
    if not text.isascii() and "ပြည်" in text and (state := _MM_LAND.sub("ပြည်နယ်", text)) != text:
        add(state, None)  # "ရခိုင်ပြည်": Rakhine State
    if not text.isascii() and (part := MM_STATE_PART.match(text.replace(" ", ""))):
        # "ကချင်ပြည်နယ် မြောက်ပိုင်း" (northern Kachin State): the state, when it has no such
        # part of its own (Shan and Bago have: "ရှမ်းပြည်နယ်မြောက်ပိုင်း" is Shan (North))
        side = MM_SIDES[part["side"]]
        whole = f"located to the state as a whole; the text names its {side} part"
        add(part["state"], None, note=whole)
        add(*strip_kind(part["state"]), note=whole)
    if not text.isascii() and (names := mm_site_names(text)):
        add(text, "site")  # "မြစ်ဆုံရေကာတာ": the site, else the place it is named after
        for i, name in enumerate(names):
            factor = NAMED_AFTER_FACTOR * (PARTIAL_FACTOR if i else 1.0)
            add(name, None, factor, _named_after(text), True)
    if text[:1].isupper() and (core_kind := strip_kind(text))[1]:
        core, kind = core_kind
        if strip_leading(core) != core:  # "In Gan village": a name that starts like "in"
            add(core, kind)
    if " of " in text:  # "the Kachin town of Bhamo", "in the Shan State town of Lashio"
        framed = _LEADING_PREPOSITION.sub("", text)
        if framed[:4].lower() == "the " or framed.startswith(("Myanmar", "Burma")):
            core, kind = strip_kind(framed)
            if kind:
                add(core, kind)
    stripped = text
    facility = ""  # "Insein Prison" read as Insein: the answer is the place, not the prison
    for _ in range(3):
        unframed = _TRAILING.sub("", strip_leading(stripped)).strip()
        new = FACILITY.sub("", unframed).strip()
        if new == stripped or not new or new.lower() in _FACILITY_DESCRIPTIONS:
            break  # (nor a word that describes it: "the main bridge" is named after no "Main")
        if new != unframed and not facility:
            facility = _named_after(unframed)
            add(unframed, "site")  # "Goteik bridge": the Goteik viaduct, if the gazetteer has it
        stripped = new
    direction = None
    stripped = _direction_slip(stripped)  # "Southeern Shan State": southern
    match = _DIRECTION_PREFIX.match(stripped) or _BURMESE_SIDE_PREFIX.match(stripped)
    # "Upper Paunglaung dam" is a dam of its own, not the north of Paunglaung's
    if match and match["dir"].lower() in ("upper", "lower") and names_a_site(match["rest"]):
        match = None
    if match and normalize(match["rest"]):
        word = re.sub(r"[\s\-]", "", match["dir"].lower())
        direction = DIRECTIONS.get(word) or _BURMESE_SIDES.get(word)
    for candidate in (stripped, match["rest"] if match else None):
        if not candidate:
            continue
        core, kind = strip_kind(candidate)
        whole = facility
        if direction and candidate is not stripped:
            add(f"{core} {direction}", kind)  # "northern Shan State" -> MIMU's "Shan (North)"
            side = direction if direction == "central" else f"{direction}ern"
            dropped = f"located to {core} as a whole; the text names its {side} part"
            whole = f"{facility}; {dropped}" if facility else dropped
        add(candidate, None, note=whole, facility=bool(facility))
        add(core, kind, note=whole, facility=bool(facility))
        if kind is None and (romanised := _romanised_kind(core)) is not None:
            # "Law Pi Ta Myo", "Sin Ku Ywa", "Thatonmyo": the Burmese kind word in Latin
            # letters, after the name as written (which some places' own names end in: "San
            # Ywar", "Maymyo")
            add(*romanised, note=whole, facility=bool(facility))
        if kind and (framed := _TRAILING.sub("", core).strip()) != core and normalize(framed):
            add(framed, kind, note=whole, facility=bool(facility))  # "Ayeyarwady Delta region"
        inner, inner_kind = strip_kind(core)
        if inner_kind and normalize(inner):  # UCDP's "Cauleng Village town": a village
            add(inner, inner_kind)
        site_core = _strip_site_words(core) if kind is None else core  # "X village": no site
        if site_core != core:
            add(core, "site")
            if (tail := trailing_name(site_core)) != site_core and tail in core:
                # a sentence ending in a site: "Kachin groups renew call to scrap | Myitsone dam"
                # (a verb a headline capitalises is no part of the name: "Scrap | Myitsone Dam")
                while " " in tail and tail.split(None, 1)[0].lower() in SENTENCE_VERBS:
                    tail = tail.split(None, 1)[1]
                add(core[core.rindex(tail) :], "site")
            if (plant := _PROJECT_TAIL.sub("", core)) != core and names_a_site(plant):
                add(plant, "site")  # "... Hydropower Plant Project": the hydropower plant
            if "aung" in core and (creek := _CHAUNG.sub("Creek", core)) != core:
                add(creek, "site")  # "Mone Chaung dam" is the Mone Creek dam
            if site_core:
                named_after = _named_after(core)
                sub_core, sub_kind = strip_kind(site_core)
                add(sub_core, sub_kind, NAMED_AFTER_FACTOR, named_after, True)
                words = sub_core.split()  # "Kyaukse glass" -> "Kyaukse"
                for n in range(len(words) - 1, 0, -1):
                    add(" ".join(words[:n]), None, PARTIAL_FACTOR, named_after, True)
    return out


#: "the capital of Kachin State", "Kachin State's capital": the area whose capital is meant
_CAPITAL_OF = re.compile(
    r"^(?:the\s+)?(?:(?:state|regional|region)\s+)?capital(?:\s+city)?\s+of\s+(?P<area>.+?)\.?$"
    r"|^(?P<owner>.+?)['’]s\s+(?:state\s+|regional\s+)?capital(?:\s+city)?\.?$",
    re.IGNORECASE,
)


def capital_of(text: str) -> str | None:
    """The area of "the capital of Kachin State" or "Kachin State's capital", or None."""
    if "capital" not in text.lower() or len(text) > MAX_ROUTE_CHARS:
        return None
    match = _CAPITAL_OF.match(text.strip())
    return (match["area"] or match["owner"]).strip() if match else None


#: a word of a name in a plain address: letters ("U To"), or a bracketed part of the name or
#: of its area as MIMU writes them ("Hpar Maik (1)", "Aik Chan (Ai' Chun)", "Shan (North)")
_PLAIN_WORD = r"(?:[a-z]+|\([a-z0-9][a-z0-9'’ ]*\))"
#: an address of capitalised names, each part ending in at most a kind word: "Pein Hne Pin
#: village, Lawksawk Township", "Mong Hawng village in Manton township", "Mu Lay, Hsipaw
#: Township, Shan" (read at once: see plain_parts)
_PLAIN_ADDRESS = re.compile(  # (case-blind: which words are capitalised is checked after)
    r"(?:" + _PLAIN_WORD + r"(?:[ -]" + _PLAIN_WORD + r")*"
    r"(?: (?:village|township|town|region|state))?(?:(?:, | in )(?!$)|$)){2,4}",
    re.IGNORECASE,
)
_PLAIN_SEPARATOR = re.compile(r", | in ")
_PLAIN_NAME_WORD = re.compile(r"[A-Z][a-z]*")
#: a bracketed part of a name, as MIMU writes them, and its words
_PLAIN_BRACKET = re.compile(r" ?\(([^()]*)\)")
_PLAIN_BRACKET_WORD = re.compile(r"\d{1,2}|[A-Z][a-z]*['’]?")
#: kind words from the most to the least specific, as a plain address lists its parts
_PLAIN_ORDER = {"village": 0, "town": 1, "township": 2, "region": 3, "state": 3}


def plain_parts(text: str) -> list[str] | None:
    """The parts of a plain address, found without the full parse (most batch queries are
    so), or None when ``text`` is not that plain: capitalised names of letters, at most a kind
    word in lower or title case or a side in brackets ("Shan (North)") ending each part, the
    parts from the most specific down, and no word that ``split_parts`` reads (a kind word
    inside a name, a date or a source, the country first, a description). ``split_parts``
    gives these parts too (a test checks)."""
    if not text[:1].isupper() or (", " not in text and " in " not in text):
        return None  # (quick looks first: a bare name, "near ...", Burmese)
    if not text.isascii() or not _PLAIN_ADDRESS.fullmatch(text):
        return None
    if "(" in text and without_bracketed_asides(text) != text:
        return None  # ("Thuklai (Htuklai), Tedim": another spelling in brackets, left out)
    parts = _PLAIN_SEPARATOR.split(text)
    order = [_plain_part_order(part) for part in parts]
    if None in order:
        return None
    if any(o < order[0] for o in order[1:] if o >= 0) or normalize(parts[0]) in THE_COUNTRY:
        return None
    return parts


@lru_cache(maxsize=1 << 16)
def _plain_part_order(part: str) -> int | None:
    """Where one part of a plain address stands in ``_PLAIN_ORDER`` by its kind word (-1 for
    none), or None when the part is not plain (cached: a batch repeats its townships)."""
    brackets = _PLAIN_BRACKET.findall(part)
    if not all(_PLAIN_BRACKET_WORD.fullmatch(w) for b in brackets for w in b.split()):
        return None  # (a bracketed part of capitalised words or a number: "(Saun Pha)")
    words = _PLAIN_BRACKET.sub("", part).split()
    if not words:
        return None
    last = words[-1].lower()
    kind = last if last in _PLAIN_ORDER else None
    names = words[:-1] if kind else words
    if not names or not all(_PLAIN_NAME_WORD.fullmatch(w) or "-" in w for w in names):
        return None  # (a kind word in lower case only at the end: "Kyaukme township")
    if any(
        w.lower() in KIND_OF or w.lower() in _PLAIN_SPECIAL
        for w in (names[1:] if names[0] == "In" and not brackets else names)
    ):
        return None  # (a name may start with "In": "In Ga Maw", "In Daung Kawng")
    # ("Myaung Township, Kyauk Yit Police Station": the station first; a part ending in a
    # kind word or a bracket ends in no facility's word)
    if is_description(part) or (kind is None and FACILITY.search(part)):
        return None
    return _PLAIN_ORDER.get(kind, -1)


#: words in names that ``split_parts`` reads for more than a name: dates, sources, phases
_PLAIN_SPECIAL = frozenset(
    {"phase", "phases", "capital", "myanmar", "burma", "the", "and", "in", "at", "near", "of"}
    | {"today", "yesterday", "day", "week", "month", "now", "tonight", "last", "this"}
    | {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
    | {"january", "february", "march", "april", "may", "june", "july", "august"}
    | {"september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun"}
    | {"jul", "aug", "sep", "sept", "oct", "nov", "dec", "according", "overnight"}
)


#: the same words after a name with no kind word ("နေပြည်တော်တွင်"): read without them only
#: when the name as written is not found (names end so: "တောင်ပေါ်", "ကန်ဘက်")
_MM_TRAILING_PARTICLE = re.compile(
    r"(?<=[\u1000-\u109f])(?:(?:" + MM_POSITION + r")?(?:ရှိ|တွင်|၌|မှာ)|" + MM_POSITION + r")$"
)
#: "ပြည်" (land) after a people's name is their state: "ရခိုင်ပြည်" (Rakhine State),
#: "ရှမ်းပြည်မြောက်ပိုင်း" (northern Shan State); read as "ပြည်နယ်" when not found as written
_MM_LAND = re.compile(r"(?<=[\u1000-\u109f])ပြည်(?!နယ်|ထောင်|သူ|သာ)")


#: a word joining a sentence to the one before, then a word in lower case (or a comma): "But
#: residents of X said ...", "Meanwhile, ..."
_DISCOURSE_LEAD = re.compile(r"(?:[Bb]ut|However|Meanwhile|Moreover)(?:,\s*|\s+(?=[a-z]))")


def parse(text: object) -> ParsedQuery:
    """Parse ``text`` into target readings and qualifiers, or record why it cannot be parsed."""
    problem = check(text)
    if problem:
        return ParsedQuery(str(text)[:80] if text is not None else "", problem=problem)
    assert isinstance(text, str)
    if "\t" in text:  # a spreadsheet's cells pasted with their tabs, before they are spaces
        text = TABS.sub(", ", text.strip())
    cleaned = clean(text)
    parsed = ParsedQuery(cleaned)
    if cleaned[:3].lower() in ("on ", "en ", "hea"):  # where a road leads, before its place
        cleaned = _ROAD_TO_THEN_NEAR.sub("", cleaned)
    if cleaned[:1] in "BHMb" and (lead := _DISCOURSE_LEAD.match(cleaned)):
        cleaned = cleaned[lead.end() :]  # "But residents of X said ...": no "But" in a name
    cleaned = people_of_place(cleaned)  # "Residents of X fled ...": X, before "residents of" goes
    cleaned = without_actors_origin(cleaned)  # "Troops based in X raided Y village": Y
    cleaned = downtown_town(cleaned)  # "downtown X": the town X, before "downtown" goes
    if "An " in cleaned:  # "An T/S": Ann Township (not the article)
        cleaned = AN_TOWNSHIP.sub("Ann", cleaned)
    for _ in range(3):  # "on the outskirts of X", "10 km north of X"
        new = strip_leading(cleaned, phrases_only=True).strip()
        if new == cleaned or not normalize(new):
            break
        cleaned = new
    parts = parsed.parts = [p for p in split_parts(cleaned) if not _ORDINAL_EVENT.match(p)]
    if not parts:
        parsed.problem = "query has no letters or digits"
        return parsed
    if all(is_description(p) for p in parts):  # "the junta's base | near the river"
        parsed.problem = f"'{cleaned}' describes a place but names none"
        return parsed
    # "Hpakant (Kachin State)": a parenthesised place is one more qualifier
    extra = [
        inner
        for inner in PAREN.findall(parts[0])
        if normalize(inner)
        and normalize(inner) not in _NAME_PARTS
        and normalize(inner) not in _PEOPLE_MARKS  # "Loi Hum (Pa Laung)": the Palaung one
        and not normalize(inner).isdigit()  # "Kone Nyaung (2)": a number, not a place
        and not is_description(inner)  # UCDP's "Buthidaung Town (in)"
        # "ပိုင်ကျုံမြို့ (Paingkyon)": the name in the other script, not a place of its own
        # (but "Mong Hkawng village (မံစီမြို့နယ်)" names its township)
        and (
            is_burmese_text(inner) == is_burmese_text(parts[0].replace(inner, ""))
            or strip_kind(inner)[1] is not None
        )
    ]
    # the whole text as one name ("ပဲခူးတိုင်းဒေသကြီး အနောက်ပိုင်း", western Bago Region), without
    # the particles that end a Burmese place ("... အနောက်ပိုင်းရှိ", in western Bago Region)
    if is_burmese_text(cleaned):
        cleaned = burmese_place_phrases(cleaned).strip(" ၊") or cleaned
    whole = [Reading(normalize(cleaned), None, cleaned)] if len(parts) > 1 or extra else []
    # the name in the other script in brackets, read after the name as written ("Kan Daunt
    # (ကန့်ဒေါင့်) police station": the Kant Daunt MIMU spells so, not a Kan Daunt elsewhere)
    aside = [
        inner
        for inner in PAREN.findall(parts[0])
        if inner not in extra
        and is_burmese_text(inner) != is_burmese_text(parts[0].replace(inner, ""))
        and strip_kind(inner)[1] is None
    ]
    outer = PAREN.sub(" ", parts[0]).strip() if aside else ""
    kind = next((r.kind for r in readings(outer) if r.kind not in (None, "site")), None)
    parsed.target = [
        *whole,
        *readings(parts[0]),
        *(r for inner in aside for r in readings(_with_kind_word(inner, kind))),
    ]
    parsed.qualifiers = [list(readings(p)) for p in [*extra, *parts[1:]]]
    return parsed


#: a part telling which event of several this is, no place: "the third arson attack", "the
#: 2nd airstrike this week", "the latest raid"
_ORDINAL_EVENT = re.compile(
    r"(?:the|a|an)\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|latest"
    r"|last|\d+(?:st|nd|rd|th))\s+[a-z]"
)


def mixed_script_parts(text: str) -> tuple[str, str] | None:
    """For a query mixing Burmese and Latin letters, its (Burmese, Latin) parts; else None."""
    found = scripts(text)
    if not {"burmese", "latin"} <= found:
        return None
    # split by script, not by ASCII: "À" is Latin (split by ASCII, "Àꩠ" was all "Burmese",
    # and resolving that part resolved the whole query again, without end)
    burmese = "".join(ch if (ch.isspace() or is_burmese(ch)) else " " for ch in text)
    latin = "".join(" " if is_burmese(ch) else ch for ch in text)
    return " ".join(burmese.split()), " ".join(latin.split())


#: the English kind word for each kind, and the Burmese one, to write a query in one script
_ENGLISH_KIND_WORD = {
    "state": "State",
    "township": "Township",
    "town": "town",
    "village": "village",
    "village_tract": "village tract",
    "ward": "ward",
    "district": "District",
}
_BURMESE_KIND_WORD = {kind: word for word, kind in reversed(MM_KIND_SUFFIXES)}


def _with_kind_word(name: str, kind: str | None) -> str:
    """``name`` with the kind word of ``kind`` in its script ("ကန့်ဒေါင့်", village:
    "ကန့်ဒေါင့်ကျေးရွာ"); ``name`` itself when ``kind`` is None or has no such word."""
    if is_burmese_text(name):
        return name + _BURMESE_KIND_WORD.get(kind, "")
    word = _ENGLISH_KIND_WORD.get(kind)
    return f"{name} {word}" if word else name


def in_one_script(burmese: str, latin: str) -> str | None:
    """A mixed-script query whose one part is only a kind word ("Kachin ပြည်နယ်", "မအူပင်
    Township") or a Burmese site word, written in the other part's script ("Kachin State",
    "မအူပင်မြို့နယ်"); else None."""
    bare = burmese_place_phrases(burmese).replace(" ", "").strip("၊။")
    kind = next((k for suffix, k in MM_KIND_SUFFIXES if bare == suffix), None)
    if kind:
        return f"{latin} {_ENGLISH_KIND_WORD[kind]}"
    if bare in MM_SITE_WORDS:  # "Kyee Ohn Kyee Wa ရေအားလျှပ်စစ်စက်ရုံ"
        return f"{latin} {MM_SITE_WORDS[bare]}"
    kind = KIND_OF.get(latin.strip(" .,").lower())
    if kind in _BURMESE_KIND_WORD:
        return f"{burmese.replace(' ', '')}{_BURMESE_KIND_WORD[kind]}"
    return None
