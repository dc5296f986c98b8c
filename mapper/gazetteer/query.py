"""Parse a free-text place query the way news and analysts write it.

``"Mone village, Hpakant Township, Kachin State"`` becomes a target (``Mone``, hint ``village``)
and two qualifiers (``Hpakant`` as a township, ``Kachin`` as a state); ``"northern Shan State"``
becomes the target ``Shan (North)`` with ``Shan`` as a fallback; ``"near Lashio"`` is ``Lashio``.
"""

from __future__ import annotations

import itertools
import re
import string
from dataclasses import dataclass, field, replace
from functools import lru_cache

from rapidfuzz import process
from rapidfuzz.distance import OSA

from mapper.gazetteer.text import clean, is_burmese, normalize, scripts

MAX_QUERY_LENGTH = 300
PARTIAL_FACTOR = 0.7
#: A project site the gazetteer lacks, answered by the place it is named after ("Dawei deep sea
#: port" by Dawei town): a port, dam, mine or zone may lie tens of km from its namesake (the
#: Dawei SEZ 27 km), so the answer is scored below a place found by its own name. (A prison, a
#: school or a police station named after a town is in it: those keep their score.)
NAMED_AFTER_FACTOR = 0.8

#: Trailing English words naming the kind of place, longest first.
_KIND_WORDS: tuple[tuple[str, str], ...] = (
    ("self administered division", "district"),
    ("self administered zone", "district"),
    ("union territory", "state"),
    ("village tract", "village_tract"),
    ("village group", "village_tract"),
    ("township", "township"),
    ("townships", "township"),
    ("towship", "township"),
    ("tship", "township"),
    ("tsp", "township"),
    ("twp", "township"),
    ("twsp", "township"),
    ("t/ship", "township"),
    ("t/s", "township"),
    ("ts", "township"),
    ("town", "town"),
    ("city", "town"),
    ("village", "village"),
    ("villages", "village"),
    ("vill", "village"),
    ("vil", "village"),
    ("vlg", "village"),
    ("ward", "ward"),
    ("quarter", "ward"),
    ("state", "state"),
    ("st", "state"),  # "Kayah St." in spreadsheets
    ("region", "state"),
    ("division", "state"),
    ("reg", "state"),
    ("rgn", "state"),
    ("div", "state"),
    ("territory", "state"),
    ("council area", "state"),  # "Nay Pyi Taw Council Area", the union territory's old name
    ("district", "district"),
    ("dist", "district"),
    ("sad", "district"),
    ("saz", "district"),
    ("vt", "village_tract"),
    ("tract", "village_tract"),  # "Khin Tan village (Pyin Pon Lay tract)"
)


def _typing_slips(word: str) -> set[str]:
    """``word`` with one typing slip past its first letter (a letter dropped, doubled, swapped
    with the next or mistyped), as UCDP's and spreadsheets' text has them: "Kyettuyway
    villge", "Bago Regiin"."""
    rest = range(1, len(word))
    return (
        {word[:i] + word[i + 1 :] for i in rest}
        | {word[:i] + word[i] + word[i:] for i in rest}
        | {word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in range(1, len(word) - 1)}
        | {word[:i] + letter + word[i + 1 :] for i in rest for letter in string.ascii_lowercase}
    ) - {word}


#: the slips of the kind words typed most, each to its word (none is the last word of a
#: multi-word name in the gazetteer, checked when this was written, nor a kind word itself)
_KIND_WORD_SLIPS = {
    slip: word
    for word in ("village", "township", "region", "state", "division", "district")
    for slip in _typing_slips(word)
    if slip not in {w for w, _ in _KIND_WORDS}
}
_KIND_RE = re.compile(
    r"^(?P<core>.+?)[\s\-]+(?P<word>"
    + "|".join(re.escape(w).replace(r"\ ", r"[\s\-]+") for w, _ in _KIND_WORDS)
    + r")\.?$",
    re.IGNORECASE,
)
_KIND_OF = {w: k for w, k in _KIND_WORDS}
#: the last word of each kind word: ``_KIND_RE`` matches only a text ending in one of them
_KIND_LAST_WORDS = frozenset(w.split()[-1] for w, _ in _KIND_WORDS)


def _may_end_in_kind_word(text: str) -> bool:
    """False when ``text`` cannot end in a kind word, found without the regular expression
    (which tries every position): most names end in none. Not-ASCII last words are left to
    the expression, whose case-insensitive match knows more than ``str.lower``."""
    words = text.replace("-", " ").split()
    last = words[-1].removesuffix(".").lower() if words else ""
    return last in _KIND_LAST_WORDS or last in _KIND_WORD_SLIPS or not last.isascii()


#: a kind word glued to the name in source text ("Oke Shit KoneVillage")
_GLUED_KIND = re.compile(r"^(?P<core>.*[a-z])(?P<word>Village|Township|Town|Ward)\.?$")

#: Trailing Burmese words naming the kind of place, longest first.
MM_KIND_SUFFIXES: tuple[tuple[str, str], ...] = (
    ("ပြည်ထောင်စုနယ်မြေ", "state"),
    ("တိုင်းဒေသကြီး", "state"),
    ("ကျေးရွာအုပ်စု", "village_tract"),
    ("ပြည်နယ်", "state"),
    ("မြို့နယ်", "township"),
    ("ကျေးရွာ", "village"),
    ("ရပ်ကွက်", "ward"),
    ("ခရိုင်", "district"),
    ("တိုင်း", "state"),
    ("မြို့", "town"),
    ("ရွာ", "village"),
)

#: the Burmese words for the sides of a place (east, west, north, south), in English
_MM_SIDES = {"အရှေ့": "eastern", "အနောက်": "western", "မြောက်": "northern", "တောင်": "southern"}
_MM_SIDE = "(?:" + "|".join(_MM_SIDES) + ")"
#: the words that end a state's Burmese name ("ပြည်", land, in "ရခိုင်ပြည်")
_MM_STATE_WORDS = ("ပြည်နယ်", "တိုင်းဒေသကြီး", "တိုင်း", "ပြည်")

#: Trailing Burmese words naming a project site ("မြစ်ဆုံရေကာတာ", the Myitsone dam), longest
#: first (the English word says which).
MM_SITE_WORDS: dict[str, str] = {  # each with its English word
    "ရေအားလျှပ်စစ်စီမံကိန်း": "hydropower project",
    "ရေအားလျှပ်စစ်စက်ရုံ": "hydropower plant",
    "အပြည်ပြည်ဆိုင်ရာလေဆိပ်": "international airport",
    "အထူးစီးပွားရေးဇုန်": "special economic zone",
    "နီကယ်သတ္တုတွင်း": "nickel mine",
    "ကြေးနီသတ္တုတွင်း": "copper mine",
    "နီကယ်စီမံကိန်း": "nickel project",
    "ကြေးနီစီမံကိန်း": "copper project",
    "ရေနက်ဆိပ်ကမ်း": "deep-sea port",
    "ရေနံသိုလှောင်ရေးစခန်း": "oil terminal",
    "ရေနံဆိပ်ကမ်း": "oil port",
    "နယ်စပ်ကုန်သွယ်ရေးစခန်း": "border trade camp",
    "ကုန်သွယ်ရေးစခန်း": "trade camp",
    "ကုန်သွယ်ရေးဇုန်": "trade zone",
    "စီးပွားရေးဇုန်": "economic zone",
    "စက်မှုဇုန်": "industrial zone",
    "ကြေးနီတွင်း": "copper mine",
    "ကြေးနီမိုင်း": "copper mine",
    "ကျောက်စိမ်းတွင်း": "jade mine",
    "သတ္တုတွင်း": "mine",
    "စက်ရုံ": "plant",
    "ဆန်စက်": "rice mill",
    "လေဆိပ်": "airport",
    "စီမံကိန်း": "project",
    "ရေကာတာ": "dam",
    "ဆိပ်ကမ်း": "port",
    "ဆည်": "dam",
}
MM_SITE_SUFFIXES: tuple[str, ...] = tuple(MM_SITE_WORDS)

#: Words that mark a named project site ("Letpadaung copper mine", "Myitsone dam").
_SITE_WORDS = frozenset(
    [
        "mine",
        "mines",
        "iron",
        "ore",
        "mining",
        "dam",
        "dams",
        "hydropower",
        "hydroelectric",
        "hydro",
        "project",
        "projects",
        "plant",
        "power",
        "station",
        "substation",
        "sub-station",
        "port",
        "seaport",
        "deep-sea",
        "deepsea",
        "sea",
        "deep",
        "airport",
        "airfield",
        "harbour",
        "harbor",
        "jetty",
        "hpp",
        "bridge",
        "viaduct",
        "sez",
        "special",
        "economic",
        "zone",
        "industrial",
        "park",
        "pipeline",
        "pipelines",
        "terminal",
        "refinery",
        "reservoir",
        "factory",
        "paper",  # what a factory or mill makes: "Yeni paper mill", "Kangyidaunt urea factory"
        "pulp",
        "sugar",
        "textile",
        "garment",
        "urea",
        "fertilizer",
        "fertiliser",
        "tyre",
        "tire",
        "mill",
        "copper",
        "nickel",
        "jade",
        "gold",
        "tin",
        "oil",
        "gas",
        "field",
        "steel",
        "cement",
        "coal",
        "international",
        "intl",
        "construction",  # AidData's titles: "... Airport construction project"
        "expansion",
        "upgrading",
        "reconstruction",
        "renovation",
        "rehabilitation",
        "transformation",
        "installation",
        "multipurpose",
        "sports",  # "Thuwunna National Indoor Sports Stadium"
        "camp",
        "camps",
        "idp",
        "refugee",
        "border",  # "the 105 Mile border trade zone"
        "trade",
    ]
)

_DIRECTIONS = {
    "north": "north",
    "northern": "north",
    "upper": "north",
    "south": "south",
    "southern": "south",
    "lower": "south",
    "east": "east",
    "eastern": "east",
    "west": "west",
    "western": "west",
    "central": "central",
    "northeast": "northeast",
    "northeastern": "northeast",
    "northwest": "northwest",
    "northwestern": "northwest",
    "southeast": "southeast",
    "southeastern": "southeast",
    "southwest": "southwest",
    "southwestern": "southwest",
    "n.": "north",  # "N. Shan State"
    "s.": "south",
    "e.": "east",
    "w.": "west",
}
_LONG_DIRECTIONS = [w for w in _DIRECTIONS if len(w) >= 5 and w.isalpha()]
#: "E. Shan", "N. Shan State": written out before the name is read (as written, "E. Shan"
#: reads "Eshan", a GeoNames name of Shuangjiang in Yunnan)
_DIRECTION_ABBREVIATION = re.compile(r"^([NSEWnsew])\.\s*(\S.*)$")
_DIR_WORD = r"(?:north|south|east|west)(?:[\s\-]?(?:east|west))?(?:ern)?|central|upper|lower"
#: News words before a place: the event ("junta airstrike on", "fighting near", "clashes
#: in"), its spread ("across", "parts of", "in and around") and what the place is said to be
#: ("junta-held", "AA-controlled", "the besieged", "the China-backed", "China's")
_EVENT_WORDS = (
    r"(?:air\s*strikes?|air\s+raids?|drone\s+(?:strikes?|attacks?)|attacks?|assaults?"
    r"|shelling|bombings?|bombardments?|raids?|offensives?|fighting|clash(?:es)?|battles?"
    r"|ambush(?:es)?|killings?|massacres?|arson|skirmish(?:es)?|combat|violence|unrest"
    r"|protests?|operations?|strikes?|abductions?|arrests?)"
)
_EVENT_LEAD = (
    r"(?:(?:the|a|an|junta|military|regime|army|resistance|heavy|fierce|renewed|deadly"
    r"|recent|new|reported)\s+){0,3}"
    + _EVENT_WORDS
    + r"\s+(?:on|of|in(?:\s+and\s+around)?|at|near|around"
    r"|against|outside|inside|across|throughout|by)"
)
_SPREAD_LEAD = (
    r"across|throughout|all\s+over|in\s+and\s+around"
    r"|(?:residents|villagers|people|locals|families)\s+(?:of|from|in|near)"
    r"|(?:much|most|all|(?:(?:large|many|some|other|several)\s+)?parts?)\s+of"
)
_CONTROL_WORD = (
    r"held|controlled|occupied|run|backed|funded|financed|built|owned|operated|led|ruled"
    r"|administered|besieged|linked|invested|developed|supported"
)
#: what follows a hyphen in a word that describes a place: "colonial-era", "jade-rich",
#: "conflict-hit", "Bamar-majority"
_DESCRIBING_SUFFIX = (
    r"era|rich|hit|torn|affected|ravaged|stricken|based|dominated|majority|populated|speaking"
)
_DESCRIPTOR = (
    r"[a-z][\w.]*-(?:" + _CONTROL_WORD + "|" + _DESCRIBING_SUFFIX + r")"
    r"|(?:" + _CONTROL_WORD + r")\s+by\s+\S+|colonial"
    r"|besieged|embattled|war-torn|restive|contested|controversial|stalled|suspended"
    r"|halted|shelved|disputed|troubled|beleaguered|chinese|so-called|infamous|notorious"
    r"|giant|massive|huge|multi-?billion(?:[\s-]dollar)?|billion-dollar|(?:china|beijing)['’]s"
)
_DESCRIBED = r"(?:the\s+)?(?:" + _DESCRIPTOR + r")(?:\s+(?:" + _DESCRIPTOR + r"))*"
#: News words before a place, tried only when the text's first word can open them (the
#: pattern is long, and most names start with none of these words: a batch stays fast)
_NEWS_LEAD = re.compile(
    r"^(?:" + _EVENT_LEAD + "|" + _SPREAD_LEAD + "|" + _DESCRIBED + r")\s+", re.IGNORECASE
)
_NEWS_FIRST_WORDS = frozenset(
    re.split(
        r"\s+",
        """the a an junta military regime army resistance heavy fierce renewed deadly recent new
    reported air airstrike airstrikes drone attack attacks assault assaults shelling bombing
    bombings bombardment bombardments raid raids offensive offensives fighting clash clashes
    battle battles ambush ambushes killing killings massacre massacres arson skirmish
    skirmishes combat violence unrest protest protests operation operations strike strikes
    abduction abductions arrest arrests across throughout all in much most large many some
    other several part parts besieged embattled restive contested controversial stalled
    suspended halted shelved disputed troubled beleaguered chinese infamous notorious giant
    massive huge multibillion china's china’s beijing's beijing’s residents villagers people
    locals families colonial""".strip(),
    )
    + _CONTROL_WORD.split("|")
)


@lru_cache(maxsize=1 << 16)
def strip_leading(text: str, *, phrases_only: bool = False) -> str:
    """``text`` without the words before its place name: "near", "10 km north of", "the
    outskirts of" (and, unless ``phrases_only``, a bare "in", "at", "of", "the"), and news
    words ("junta airstrike on", "across", "the China-backed"). Memoised: qualifiers recur."""
    text = _LEADING_PHRASES.sub("", text) if phrases_only else _LEADING.sub("", _news_lead(text))
    return _news_lead(text)


def _news_lead(text: str) -> str:
    """``text`` without news words before its place ("junta airstrike on", "in and around")."""
    words = text.split(None, 1)
    first = words[0].lower() if words else ""
    if first in _NEWS_FIRST_WORDS or "-" in first:
        return _NEWS_LEAD.sub("", text)
    return text


_LEADING_PHRASE = (
    r"(?:on\s+)?(?:the\s+)?outskirts\s+of|(?:in\s+)?(?:the\s+)?vicinity\s+of|close\s+to|near(?:by)?"
    r"|around|between|outside(?:\s+of)?|(?:the\s+)?area\s+of|(?:in\s+)?front\s+of"
    r"|adjacent(?:\s+to)?|(?:on\s+(?:the|their|its)\s+(?:way|road)|en\s+route|heading)\s+to"
    r"|(?:the\s+)?(?:entrance|intersection|centre|center|heart|edge|residential\s+areas?)"
    r"\s+(?:of|to)|downtown"
    r"|\d+(?:[.,]\d+)?\s*(?:km|kms|kilometers|kilometres|mi|miles|mile)\b(?:\s+(?:"
    + _DIR_WORD
    + r"))?"
    r"\s+(?:of|from)"
    r"|(?:" + _DIR_WORD + r")\s+of"
    r"|\d+(?:\.\d+)?\s*-?\s*(?:mw|megawatts?|gw)"  # a plant's capacity: "3400-MW Chibwe dam"
)
#: where a road leads, then the place near it: "on the road to Paletwa | near Toemawa
#: village" is near Toemawa (a text naming only where the road leads is near that place)
_ROAD_TO_THEN_NEAR = re.compile(
    r"^(?:on\s+(?:the|their|its)\s+(?:way|road)|en\s+route|heading)\s+to\s+"
    r"(?-i:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})\s+(?=near\s+(?-i:[A-Z]))",
    re.IGNORECASE,
)
_LEADING_PREPOSITION = re.compile(r"^(?:in|at|near|from|of)\s+", re.IGNORECASE)
_LEADING_PHRASES = re.compile(r"^(?:" + _LEADING_PHRASE + r")\s+", re.IGNORECASE)
_LEADING = re.compile(r"^(?:" + _LEADING_PHRASE + r"|in|at|from|of|the)\s+", re.IGNORECASE)
_DIRECTION_PREFIX = re.compile(
    r"^(?P<dir>" + _DIR_WORD + r"|[NSEW]\.)[\s\-]+(?P<rest>.+)$", re.IGNORECASE
)
_TRAILING = re.compile(
    r"(?<!council)[\s\-]+(?:area|areas|vicinity|outskirts|environs|surroundings|delta)$"
    r"|(?<=\w)['’]s$"
    # what happened there, or who lives there: "Myawaddy bomb attack", "Mindat locals"
    r"|\s+(?:(?:car|bomb|drone|air|mine|grenade|arson|rocket|artillery)\s+)?"
    r"(?:attacks?|blasts?|explosions?|massacres?|air\s*strikes?|bombings?|clash(?:es)?"
    r"|fighting|battles?|offensives?|raids?|ambush(?:es)?|shelling)$"
    r"|\s+(?:locals|residents|villagers|civilians|natives|townspeople)$",
    re.I,
)
#: what a project does to a site: "... Construction Project", "construction of ..."
_WORKS = (
    r"construction|reconstruction|renovation|upgrading|expansion|rehabilitation|transformation"
    r"|installation"
)
#: what is done to a site, after its name: "Dapeyin II Hydropower Plant Construction Project"
_PROJECT_TAIL = re.compile(r"\s+(?:(?:" + _WORKS + r")(?:\s+and\s+\w+)?\s*)?projects?$", re.I)
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
_TOWN_MILE = re.compile(r"^[A-Z][\w'’\-]*\s+(?P<mile>\d+\s*(?:st|nd|rd|th)?[\s\-]*mile\b.*)$", re.I)
#: A facility on a place: "the oil terminal on Made Island"
_ON_PLACE = re.compile(r"^(?P<what>.*\S)\s+on\s+(?P<where>[A-Z][^,]*)$")
_FACILITY_WORDS = (
    r"(?:police\s+(?:station|outpost|post)|(?:army|military|junta|police)\s+"
    r"(?:camp|base|post|outpost|column)|outpost|checkpoint|check\s+point|(?:general\s+)?"
    r"administration\s+office|(?:gad\s+)?office|monastery|school|hospital|market|gate|prison"
    r"|jail|city\s+hall|stadium|university|(?:idp|refugee)\s+camp|bridge|new\s+city"
    r"|headquarters|hq|restaurant|casino(?:\s+(?:hub|complex))?|hotel|crime\s+hub"
    r"|scam\s+(?:hub|centre|center|compound)"
    r"|border\s+(?:trade\s+)?(?:gate|crossing|post|point))"
)
#: A facility named after the place it stands in: "Thein Seik police outpost" is at Thein Seik.
_FACILITY = re.compile(r"[\s\-]+" + _FACILITY_WORDS + "$", re.IGNORECASE)
#: An area's facility at a place in it: "Sagaing Township police outpost at Badu village" is
#: at Badu village, in Sagaing Township (not a headline's predicate after "Township")
_AREA_FACILITY_AT = re.compile(
    r"^(?P<area>.*?\b(?:Township|Town|District))\s+" + _FACILITY_WORDS + r"\s+(?:at|near|in)"
    r"\s+(?P<place>(?-i:[A-Z]).*)$",
    re.IGNORECASE,
)
#: Separators between the parts of a query. "In" and "At" are also syllables of names ("Kya
#: In Seik Gyi"), so capitalised they separate only after a kind word ("X Village In Y").
#: Every separator starts with a space or a punctuation mark: the leading lookahead skips
#: other positions at once, before the branches and their lookbehinds (a split 2-4x faster).
_SPLIT = re.compile(
    r"(?=[\s,;|၊။])(?:\s*[,;|၊။]\s*|\s+(?:in(?:\s+and\s+around)?|at|near|inside|within"
    r"|outside(?:\s+of)?|off)\s+"
    r"|(?:(?<=[vV]illage)|(?<=[tT]own)|(?<=[wW]ard)|(?<=[tT]ract)|(?<=ship))\s+(?:In|At|Near)\s+)"
)
_OUTSKIRTS = re.compile(r"\s+(?:on\s+the\s+)?outskirts\s+of\s+", re.IGNORECASE)
#: "Khampat town on the Kale-Tamu road": where along a route or river, not a place name
_ON_ROUTE = re.compile(
    r"\s+(?:on|along|off|by|beside)\s+the\s+(?:[^\s,;()]+\s+){0,4}?(?:road|highway|route"
    r"|railway|railroad|expressway|river|creek|stream|riverbank|bank|border|frontier)\b"
    # and where the road leads: "near Tone Ma Wa village | on the road to Paletwa"
    r"(?:\s+(?:to|towards?)\s+(?-i:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}))?",
    re.IGNORECASE,
)
#: "Mogaung-Hpakant road", "the road from Lashio to Muse", "between Hsipaw and Kyaukme": a
#: stretch between two places, not one place
_ROUTE_WORDS = r"(?:road|highway|route|railway|railroad|expressway|motorway|pipeline)"
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
    return (_TRAILING_NAME.sub("", ends[0].strip()), ends[1].strip())


_SPACED_DASH_IN = re.compile(r"\s[-–—]\s")
_ROUTE_LEAD = re.compile(r"^(?:(?:on|along)\s+)?(?:the\s+)?", re.IGNORECASE)


def _strip_route_lead(text: str) -> str:
    """A route's first end without "on the", "along" before it."""
    return _ROUTE_LEAD.sub("", text.strip()).strip()


#: "Kani Township's Kyin Dwe village": the owner qualifies the place after it
_POSSESSIVE = re.compile(r"(?<=\w)['’]s\s+(?=\w)")
#: the capitalised words that end a text after a word in lower case: "Residents fled | Ngazun
#: Township"
_TRAILING_NAME = re.compile(r"^.*\b[a-z][\w-]*\s+(?=[A-Z]\S*(?:\s+[A-Z]\S*)*$)")


def _trailing_name(text: str) -> str:
    """The name that ends ``text`` after a sentence's words ("Residents fled Ngazun Township":
    "Ngazun Township"), or the text when no verb comes before its name (or a direction does:
    "troops shelled northern Shan State")."""
    name = _TRAILING_NAME.sub("", text)
    if name == text:
        return text
    head = text[: -len(name)].lower().split()
    if head[-1] in _DIRECTIONS or _SENTENCE_VERBS.isdisjoint(head):
        return text  # not after a sentence's verb: "opposite Thailand's Mae Sai district"
    return name


#: the kind words of several places
_PLURAL_KINDS = r"villages|village\s+tracts|towns|townships|wards|districts|states|regions"
#: "Htar Lae and Nan Phe villages": several places of one kind; the first is the target
_LISTED = re.compile(
    r"^(?P<first>.+?)\s+(?:and|&)\s+(?P<rest>.+?)\s+(?P<kinds>" + _PLURAL_KINDS + r")$",
    re.IGNORECASE,
)
#: "Ngathayauk is a town in Nyaung-U Township, ...", "Nay Pu Kone is a village in Ka Tin
#: village tract, Yamethin Township": the place, its kind, then where it lies
_IS_A = re.compile(
    r"^(?P<place>[^,]+?)\s+is\s+an?\s+(?:(?:small|large|major|border|remote|coastal)\s+)?"
    r"(?P<kind>town|village|village\s+tract|township|city|ward)\s+(?:in|of)\s+(?P<rest>.+)$",
    re.IGNORECASE,
)
#: a list of three or more with commas: "Hopong, Pinlaung and Nyaungshwe townships" (read
#: as one listed part, not as a place and its qualifiers)
_COMMA_LISTED = re.compile(
    r"^(?P<items>[^,]+(?:,\s*[^,]+)+?,?\s+(?:and|&)\s+[^,]+?\s+(?:" + _PLURAL_KINDS + r"))\b",
    re.IGNORECASE,
)
#: "village of Phalangon", "the town of Budalin", "the Kachin town of Bhamo", "the jade-mining
#: town of Hpakant": the kind word before the name (after "the" or the country, words that
#: describe it, and at most one capitalised word or a state: "the eastern Shan State town of
#: Nam Hpai", "Myanmar city of Yangon"; "the Kone Thar village of Demoso" is a village of Demoso)
_KIND_PREFIX = re.compile(
    r"^(?:(?:the|(?-i:Myanmar|Burma)(?:['’]s)?)\s+"
    r"(?-i:(?:[a-z][\w'’\-]*\s+){0,2}?"
    r"(?:(?:[A-Z][\w'’\-]*\s+){1,3}(?:State|Region|Division)\s+|[A-Z][\w'’\-]*\s+)?"
    r"(?:[a-z][\w'’\-]*\s+){0,2}?)"
    r"|(?:coastal|island|border|frontier|small|remote|hill"
    r"|nearby|neighbouring|neighboring|strategic|key|main)\s+)?"
    r"(?P<word>village\s+tract|villages?|town|city|township|ward|quarter|district|port|hub)"
    r"\s+of\s+(?P<core>.+)$",
    re.IGNORECASE,
)
#: "Danyawaddy (A) Quarter of Sittwe", "Thaketa township of Yangon Region": a named ward,
#: village, town or township, then its owner
_PLACE_OF = re.compile(
    r"^(?:(?i:in|at|near|from)\s+)?"  # "in Thaketa township of Yangon Region" (OCHA, HRW)
    r"(?!(?i:the|a|an)\s)"  # a name, not "the town of X" (a kind word before the name)
    r"(?P<place>[A-Z\u1000-\u109f](?:[^()]|\([^()]*\))*?"
    r"\s(?i:quarter|ward|village|village\s+tract|town|township|district))"
    r"\s+of\s+(?P<owner>\S.*)$"
)
#: "the Mong Ngaw area of Kyaukme township": a named area, then its owner
_AREA_OF = re.compile(
    r"^(?:the\s+)?(?!(?:the|a|an)\s)(?P<place>\S.*?)\s+(?:area|areas|region|vicinity)"
    r"\s+of\s+(?P<owner>\S.*)$",
    re.IGNORECASE,
)
#: "Ward 3", "Ward No. 3", "Quarter (3)", "3rd Ward": MIMU's "No (3) Ward" (an alternative
#: reading after the text as written: five Yangon villages are called "Ward 3" and so on)
_NUMBERED_WARD = re.compile(
    r"^\s*(?:(?:ward|quarter)\s*(?:no\.?\s*)?\(?\s*(?P<a>\d{1,3})\s*\)?"
    r"|(?:no\.?\s*)?\(?(?P<b>\d{1,3})\s*\)?\s*(?:st|nd|rd|th)?\s+(?:ward|quarter))\s*$",
    re.IGNORECASE,
)
#: "Ward 3 of Hseni": a numbered ward, then its town
_NUMBERED_WARD_OF = re.compile(
    r"^(?P<place>\s*(?:ward|quarter)\s*(?:no\.?\s*)?\(?\s*\d{1,3}\s*\)?)\s+of\s+(?P<owner>\S.*)$",
    re.IGNORECASE,
)
#: What spreadsheets leave around a part: "Sagaing Division -", "Hpruso T/S ;" (a dot
#: after an abbreviated kind word stays: "Kayah St.")
_PART_EDGES = " \t-–—;:,"
#: "the Kachin State of northern Myanmar": the country the place is in, said in passing
_OF_THE_COUNTRY = re.compile(
    r"\s+(?:of|in)\s+(?:(?:north|south|east|west)(?:ern)?\s+|central\s+|upper\s+|lower\s+)?"
    r"(?:Myanmar|Burma)\b",
    re.IGNORECASE,
)
#: The country's possessive before a place: "Myanmar's Bago town", "Myanmar’s Namhsan"
_COUNTRY_POSSESSIVE = re.compile(r"\b(?:Myanmar|Burma)['’]s\s+(?=[A-Z])")
#: A wire service's attribution after a dash: "... in Bago town -witnesses, domestic media"
_WIRE_TAIL = re.compile(r"\s+[-–—]\s*[a-z][^A-Z]*$")
#: A village and its township with no comma between: "Kone Ting village Mawkmai Township"
_UNSEPARATED_VILLAGE = re.compile(
    r"\b((?:village|vill?|vlg)\.?)(?=\s+(?!tract\b|group\b|in\b|of\b|near\b|at\b)"
    r"(?:[^\s,;()]+\s+){1,3}(?:township|tsp|twp|t/s|tship)\b)",
    re.IGNORECASE,
)
#: ... and the other order: "Madaya Township Tha Hpan Kaing village", "Ayadaw Township
#: village of Thit Kyin Gyi"
_TOWNSHIP_THEN_VILLAGE = re.compile(
    r"\b([Tt]ownship)(?=\s+(?:village\s+of\s+[A-Z]|(?:[A-Z][^\s,;()]*\s+){1,4}[Vv]illage\b))"
)
#: A plant's capacity in brackets: "Paunglaung hydropower plant (280MW)"
#: a plant's or a line's capacity, in any case: "3,400MW", "280 MW", "230kV" (a pattern's part)
CAPACITY = r"\d[\d,.]*\s*-?\s*(?:mw|megawatts?|gw|kv)\b"
_PAREN_CAPACITY = re.compile(rf"\s*\(\s*{CAPACITY}\s*\)", re.IGNORECASE)
#: A military grid reference in brackets, as field reports give a place's position: "Nat Ji
#: Tsin (47R LG 186 578) near Munghkawng" (read as no place name)
_PAREN_GRID_REFERENCE = re.compile(
    r"\s*\(\s*\d{1,2}\s?[C-HJ-NP-X]\s?[A-HJ-NP-Z]{2}\s?\d{2,5}\s?\d{2,5}\s*\)"
)
#: "Yangon town (Ahlone Township, a section of Yangon)": a parenthesised list of qualifiers
#: a kind word in brackets after a name: "Kan Pauk (village)"
_PAREN_KIND = re.compile(r"\s*\((village|town|township|ward|village tract)\)", re.IGNORECASE)
_PAREN_LIST = re.compile(r"\s*[(\[]([^()\[\]]*[,;၊][^()\[\]]*)[)\]]")
#: a list in brackets that holds a bracketed part of a name: "X village (Hlaingtharya (East)
#: Township, Yangon Region)"
_NESTED_PAREN_LIST = re.compile(r"\s*\(([^()]*\([^()]*\)[^()]*[,;၊][^()]*)\)")
#: an area in brackets whose name holds brackets of its own: "Thanlyin township (Yangon
#: (South) District)", as MIMU names the district
_NESTED_PAREN_AREA = re.compile(
    r"\s*\(([^()]*\([^()]*\)\s*(?:district|township|state|region|division))\)", re.IGNORECASE
)
#: How specific a kind word is; the most specific part of a query is its target.
_SPECIFICITY = {
    "village": 0,
    "ward": 0,
    "village_tract": 1,
    "town": 2,
    "township": 3,
    "district": 4,
    "state": 5,
    "foreign_region": 5,
    "country": 6,
}
_PAREN = re.compile(r"\s*[(\[]([^()\[\]]*)[)\]]\s*")
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

#: "about 13 kilometres northeast of Lashio town": a distance (and a direction) from a place
_NUMBER_WORDS = {
    "a": 1.0,
    "an": 1.0,
    "one": 1.0,
    "two": 2.0,
    "three": 3.0,
    "four": 4.0,
    "five": 5.0,
    "six": 6.0,
    "seven": 7.0,
    "eight": 8.0,
    "nine": 9.0,
    "ten": 10.0,
    "eleven": 11.0,
    "twelve": 12.0,
    "fifteen": 15.0,
    "twenty": 20.0,
    "thirty": 30.0,
    "forty": 40.0,
    "fifty": 50.0,
}
_UNIT_KM = {"km": 1.0, "mi": 1.609344, "furlong": 0.201168}
_UNIT_HINTS = ("km", "kilomet", "mi", "furlong")
_BEARINGS = {
    "north": 0.0,
    "northeast": 45.0,
    "east": 90.0,
    "southeast": 135.0,
    "south": 180.0,
    "southwest": 225.0,
    "west": 270.0,
    "northwest": 315.0,
}
_BEARING_ABBREVIATIONS = {"n": "north", "s": "south", "e": "east", "w": "west"}
_AMOUNT = (
    r"(?P<amount>half\s+an?|(?:\d+(?:\.\d+)?(?:\s*(?:-|–|to)\s*\d+(?:\.\d+)?)?"
    r"(?:[\s\-]+1/2)?)|" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True)) + r")"
)
_OFFSET = re.compile(
    r"(?:^|(?<=[\s,(\[\-–—]))"
    r"(?:(?:about|around|some|nearly|approximately|approx\.|roughly|almost|over|just|barely"
    r"|only|more\s+than|less\s+than|at\s+least|under)\s+)?"
    + _AMOUNT
    + r"\s*(?P<unit>km|kms|kilomet(?:er|re)s?|mi|miles?|furlongs?)\.?\s+"
    r"(?:(?:to\s+the\s+|due\s+)?(?P<bearing>(?:north|south)(?:[\s\-]?(?:east|west))?|east|west"
    r"|[NS][EW]|[NSEW])(?:ward)?\s+(?:of|from)|from|outside(?:\s+of)?|away\s+from)\s+"
    r"(?:(?:the\s+)?(?:town|city|village|centre|center)\s+of\s+|downtown\s+)?"
    r"(?P<anchor>[^\s(),;.][^();\n]*?)(?:\.(?=\s|$)|[);\n]|$)",
    re.IGNORECASE,
)
#: words left at the end of the text before an offset ("Yay Htwet, a village located about")
_OFFSET_FILLER = re.compile(
    r"(?:[\s,\-–—(]+(?:which|that|is|was|are|lies|located|situated|about|around|some|roughly"
    r"|nearly|approximately))*[\s,\-–—(]*$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Offset:
    """A place given by its distance (and direction) from another: "Kone Sar village, about 13
    km northeast of Lashio" has km 13, bearing 45, anchor "Lashio" and place "Kone Sar
    village"."""

    km: float
    bearing: float | None  # degrees clockwise from north; None when the text gives none
    phrase: str  # the distance and direction as written ("about 13 km northeast of")
    anchor: str  # the place measured from
    place: str  # the text naming the place itself ("" when there is none)


#: Distances (km) beyond this are not measured from a place: no place in Myanmar is described
#: so, and a point that far off would be a confident answer far from anything the text names.
MAX_OFFSET_KM = 500.0


def _offset_match(text: str) -> tuple[re.Match, float] | None:
    """The distance phrase of ``text`` and its distance in km, whatever the distance."""
    low = text.lower()
    if not any(unit in low for unit in _UNIT_HINTS):  # most names: at once
        return None
    match = _OFFSET.search(text)
    if match is None or not normalize(match["anchor"]):
        return None
    return match, _amount(match["amount"]) * _UNIT_KM[_unit(match["unit"])]


def offset_out_of_range(text: str) -> str | None:
    """The distance phrase of ``text`` when its distance is 0 or over :data:`MAX_OFFSET_KM`
    ("600 km north of Yangon"), else None."""
    found = _offset_match(text)
    if found is None or 0 < found[1] <= MAX_OFFSET_KM:
        return None
    match = found[0]
    return " ".join(text[match.start() : match.end("anchor")].split())


def find_offset(text: str) -> Offset | None:
    """The distance-and-direction phrase of ``text`` ("16 miles west of Ngape", "4-5 km from
    Laiza"), or None (also for a distance of 0 or over :data:`MAX_OFFSET_KM`). A range counts
    as its middle ("4-5 miles" is 4.5 miles)."""
    found = _offset_match(text)
    if found is None:
        return None
    match, km = found
    if not 0 < km <= MAX_OFFSET_KM:
        return None
    bearing = None
    if match["bearing"]:
        word = re.sub(r"[\s\-]", "", match["bearing"].lower())
        if len(word) <= 2:  # "NE": abbreviations count only in capitals
            if not match["bearing"].isupper():
                return None
            word = "".join(_BEARING_ABBREVIATIONS[c] for c in word)
        bearing = _BEARINGS[word]
    phrase = text[match.start() : match.start("anchor")]  # "about 13 km northeast of"
    phrase = re.sub(r"\s+(?:the\s+\w+\s+of|downtown)\s*$", "", phrase.strip(), flags=re.I)
    place = _OFFSET_FILLER.sub("", text[: match.start()]).strip(" ,(-–—")
    return Offset(km, bearing, " ".join(phrase.split()), match["anchor"].strip(" ,"), place)


def _amount(text: str) -> float:
    words = text.lower().split()
    if words[0] == "half":
        return 0.5
    if words[0] in _NUMBER_WORDS:
        return _NUMBER_WORDS[words[0]]
    half = 0.5 if text.endswith("1/2") else 0.0
    numbers = [float(n) for n in re.findall(r"\d+(?:\.\d+)?", text.removesuffix("1/2"))]
    return sum(numbers) / len(numbers) + half


def _unit(text: str) -> str:
    word = text.lower()
    if word.startswith("k"):
        return "km"
    return "furlong" if word.startswith("f") else "mi"


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
    if _is_description(text):  # "the base", "market": GeoNames has "Base" for Pakse (Laos)
        return f"'{text.strip()}' describes a place but names none"
    return None


#: words in lower case before a kind word that say what the place is, not what it is called:
#: "Muse border town", "Hpakant jade mining town", "Myawaddy trading town"
_KIND_ADJECTIVES = re.compile(
    r"(?:\s+(?:border|frontier|trading|trade|market|mining|jade|ruby|gold|coastal|riverside"
    r"|river|hill|garrison|industrial|commercial|key|strategic|remote|small|large|major))+$"
)


@lru_cache(maxsize=1 << 16)
def _strip_kind(text: str) -> tuple[str, str | None]:
    """Split a trailing kind word (English or Burmese) off ``text`` (memoised: the resolver
    strips a query's target after ``_part_kind`` has, and qualifiers recur)."""
    match = _KIND_PREFIX.match(text) if " of " in text.lower() else None
    if match:
        word = re.sub(r"\s+", " ", match["word"].lower())
        # "the Irrawaddy river port of Bhamo", "the jade mining hub of Hpakant": towns
        word = {"villages": "village", "port": "town", "hub": "town"}.get(word, word)
        return match["core"].strip(), _KIND_OF[word]
    if _may_end_in_kind_word(text):
        core, _, last = text.rpartition(" ")
        if core and (word := _KIND_WORD_SLIPS.get(last.removesuffix(".").lower())):
            text = f"{core} {word}"  # "Kyettuyway villge": a village
    match = _KIND_RE.match(text) if _may_end_in_kind_word(text) else None
    if match:
        word = re.sub(r"[\s\-]+", " ", match["word"].lower())
        core = match["core"].strip()
        if " " in core and core[-1:].islower():  # "Muse border town", "Hpakant jade town"
            core = _KIND_ADJECTIVES.sub("", core) or core
        return core, _KIND_OF[word]
    match = _GLUED_KIND.match(text)
    if match:
        return match["core"].strip(), _KIND_OF[match["word"].lower()]
    if text.isascii():  # no Burmese kind word to look for
        return text, None
    compact = text.replace(" ", "")
    if compact.endswith(("ပိုင်း", "ပိုင်း)")) and _MM_STATE_PART.match(compact):
        return compact, "state"  # "ရှမ်းပြည်နယ်မြောက်ပိုင်း", northern Shan State: a state
    for suffix, kind in MM_KIND_SUFFIXES:
        if compact.endswith(suffix) and len(compact) > len(suffix):
            return compact[: -len(suffix)], kind
    return text, None


_MM_STATE_PART = re.compile(
    r"(?P<state>.+(?:" + "|".join(_MM_STATE_WORDS) + r"))"
    r"\(?(?P<side>" + _MM_SIDE + r")ပိုင်း\)?$"
)


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
    if not rest or len(first) < 5 or not first.isalpha() or first.lower() in _DIRECTIONS:
        return text
    found = process.extractOne(first.lower(), _LONG_DIRECTIONS, scorer=OSA.distance, score_cutoff=1)
    return f"{found[0]} {rest}" if found else text


def _names_a_site(text: str) -> bool:
    """Whether ``text`` is a name with site words after it ("Paunglaung dam")."""
    name = _strip_site_words(text)
    return bool(name) and name != text


def _strip_site_words(text: str) -> str:
    """The name in a site description ("Letpadaung copper mine" -> "Letpadaung"); the first
    word is kept, being part of the name ("Tin Thar" is a village, not tin), unless it is a
    site word in lower case ("paper mill" names no place)."""
    words = text.split()
    first = words[:1] if words and not (words[0].islower() and words[0] in _SITE_WORDS) else []
    kept = first + [w for w in words[1:] if w.lower().strip(".-") not in _SITE_WORDS]
    return " ".join(kept)


#: "Shan State North", "Shan State (North)": a part of a state written after the state
_STATE_PART_AFTER = re.compile(
    r"^(?P<core>.+?)\s+state\s+\(?(?P<part>north|south|east|west)\)?$", re.IGNORECASE
)
#: "No. 3", "No 3": a number written with its sign
_NUMBER_SIGN = re.compile(r"\bno\.?\s*\(?(\d{1,3})\)?(?!\w)", re.IGNORECASE)


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
    outer = _PAREN.sub(" ", part).strip()
    if outer and outer != part:
        core = _strip_kind(outer)[0]
        variants.extend(  # "Shan State (East)" -> "Shan East", as MIMU names "Shan (East)"
            f"{core} {inner}" for inner in _PAREN.findall(part) if normalize(inner) in _NAME_PARTS
        )
        variants.append(outer)
    for variant in list(variants):
        if "/" in variant:
            variants.extend(v for v in variant.split("/") if normalize(v))
    part_of_state = _STATE_PART_AFTER.match(part)
    if part_of_state:  # "Shan State North" -> MIMU's "Shan (North)"
        variants.append(f"{part_of_state['core']} ({part_of_state['part']})")
    if "o" in part and _NUMBER_SIGN.search(part):  # "Baluchaung No. 3" -> "Baluchaung 3"
        variants.append(_NUMBER_SIGN.sub(r"\1", part))
    numbered = _NUMBERED_WARD.match(part) if "ard" in part or "uarter" in part else None
    if numbered:  # "Ward 3" -> MIMU's "No (3) Ward"
        variants.append(f"No ({int(numbered['a'] or numbered['b'])}) Ward")
    seen: set[tuple[str, str | None]] = set()
    for variant in variants:
        for reading in _readings(variant):
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
        text = f"{_DIRECTIONS[abbreviated[1].lower() + '.']} {abbreviated[2]}"  # "E. Shan"
    add(text, None)
    mile = _TOWN_MILE.match(text) if "ile" in text or "ILE" in text else None
    if mile:  # "Muse 105 mile": the place called "105 Mile" by Muse
        add(mile["mile"], None)
        add(_strip_site_words(mile["mile"]), None)  # "... 105 Mile Border Trade Zone"
    on_site = _ON_PLACE.match(text) if " on " in text else None
    if on_site and _SITE_WORDS.intersection(on_site["what"].lower().split()):
        add(on_site["where"], None)  # "Kyaukphyu oil pipeline terminal on Made Island"
    if not text.isascii() and (bare := _MM_TRAILING_PARTICLE.sub("", text)) != text:
        add(bare, None)  # "နေပြည်တော်တွင်" (in Nay Pyi Taw)
    if not text.isascii() and "ပြည်" in text and (state := _MM_LAND.sub("ပြည်နယ်", text)) != text:
        add(state, None)  # "ရခိုင်ပြည်": Rakhine State
    if not text.isascii() and (part := _MM_STATE_PART.match(text.replace(" ", ""))):
        # "ကချင်ပြည်နယ် မြောက်ပိုင်း" (northern Kachin State): the state, when it has no such
        # part of its own (Shan and Bago have: "ရှမ်းပြည်နယ်မြောက်ပိုင်း" is Shan (North))
        side = _MM_SIDES[part["side"]]
        whole = f"located to the state as a whole; the text names its {side} part"
        add(part["state"], None, note=whole)
        add(*_strip_kind(part["state"]), note=whole)
    if not text.isascii() and (names := mm_site_names(text)):
        add(text, "site")  # "မြစ်ဆုံရေကာတာ": the site, else the place it is named after
        for i, name in enumerate(names):
            factor = NAMED_AFTER_FACTOR * (PARTIAL_FACTOR if i else 1.0)
            add(name, None, factor, _named_after(text), True)
    if text[:1].isupper() and (core_kind := _strip_kind(text))[1]:
        core, kind = core_kind
        if strip_leading(core) != core:  # "In Gan village": a name that starts like "in"
            add(core, kind)
    if " of " in text:  # "the Kachin town of Bhamo", "in the Shan State town of Lashio"
        framed = _LEADING_PREPOSITION.sub("", text)
        if framed[:4].lower() == "the " or framed.startswith(("Myanmar", "Burma")):
            core, kind = _strip_kind(framed)
            if kind:
                add(core, kind)
    stripped = text
    facility = ""  # "Insein Prison" read as Insein: the answer is the place, not the prison
    for _ in range(3):
        unframed = _TRAILING.sub("", strip_leading(stripped)).strip()
        new = _FACILITY.sub("", unframed).strip()
        if new == stripped or not new:
            break
        if new != unframed and not facility:
            facility = _named_after(unframed)
            add(unframed, "site")  # "Goteik bridge": the Goteik viaduct, if the gazetteer has it
        stripped = new
    direction = None
    stripped = _direction_slip(stripped)  # "Southeern Shan State": southern
    match = _DIRECTION_PREFIX.match(stripped)
    # "Upper Paunglaung dam" is a dam of its own, not the north of Paunglaung's
    if match and match["dir"].lower() in ("upper", "lower") and _names_a_site(match["rest"]):
        match = None
    if match and normalize(match["rest"]):
        direction = _DIRECTIONS.get(re.sub(r"[\s\-]", "", match["dir"].lower()))
    for candidate in (stripped, match["rest"] if match else None):
        if not candidate:
            continue
        core, kind = _strip_kind(candidate)
        whole = facility
        if direction and candidate is not stripped:
            add(f"{core} {direction}", kind)  # "northern Shan State" -> MIMU's "Shan (North)"
            side = direction if direction == "central" else f"{direction}ern"
            dropped = f"located to {core} as a whole; the text names its {side} part"
            whole = f"{facility}; {dropped}" if facility else dropped
        add(candidate, None, note=whole, facility=bool(facility))
        add(core, kind, note=whole, facility=bool(facility))
        if kind and (framed := _TRAILING.sub("", core).strip()) != core and normalize(framed):
            add(framed, kind, note=whole, facility=bool(facility))  # "Ayeyarwady Delta region"
        inner, inner_kind = _strip_kind(core)
        if inner_kind and normalize(inner):  # UCDP's "Cauleng Village town": a village
            add(inner, inner_kind)
        site_core = _strip_site_words(core) if kind is None else core  # "X village": no site
        if site_core != core:
            add(core, "site")
            if (plant := _PROJECT_TAIL.sub("", core)) != core and _names_a_site(plant):
                add(plant, "site")  # "... Hydropower Plant Project": the hydropower plant
            if "aung" in core and (creek := _CHAUNG.sub("Creek", core)) != core:
                add(creek, "site")  # "Mone Chaung dam" is the Mone Creek dam
            if site_core:
                named_after = _named_after(core)
                sub_core, sub_kind = _strip_kind(site_core)
                add(sub_core, sub_kind, NAMED_AFTER_FACTOR, named_after, True)
                words = sub_core.split()  # "Kyaukse glass" -> "Kyaukse"
                for n in range(len(words) - 1, 0, -1):
                    add(" ".join(words[:n]), None, PARTIAL_FACTOR, named_after, True)
    return out


#: "the Kachin State capital Myitkyina", "the Rakhine capital, Sittwe", "Chin's capital Hakha":
#: a capital named after its area, read as "Myitkyina, Kachin State"
_CAPITAL = re.compile(
    r"^(?:the\s+)?(?:(?P<area>[^,]+?)(?:['’]s)?\s+)??"
    r"(?:(?:state|regional|region|divisional|division|district|township)\s+)?"
    r"capital(?:\s+city)?\s*,?\s+(?!of\s)(?P<name>[^,]+?)(?P<rest>\s*,.*)?$",
    re.IGNORECASE,
)


def _capital_first(text: str) -> str:
    """ "Myitkyina, Kachin State" for "the Kachin State capital Myitkyina"; other text as is."""
    match = _CAPITAL.match(text)
    if not match:
        return text
    area, rest = match["area"], match["rest"] or ""
    if area and normalize(area) not in _CAPITAL_OF_NOTHING:
        return f"{match['name']}, {area}{rest}"
    return f"{match['name']}{rest}"


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


#: words before "capital" that name no area ("the state capital Loikaw")
_CAPITAL_OF_NOTHING = frozenset({"state", "regional", "region", "the", "its", "their", "country"})


#: an address of capitalised names, each part ending in at most a kind word: "Pein Hne Pin
#: village, Lawksawk Township", "Mong Hawng village in Manton township", "Mu Lay, Hsipaw
#: Township, Shan" (read at once: see plain_parts)
_PLAIN_ADDRESS = re.compile(  # (case-blind: which words are capitalised is checked after)
    r"(?:[a-z]{2,}(?:[ -][a-z]{2,})*(?: (?:village|township|town|region|state))?"
    r"(?:(?:, | in )(?!$)|$)){2,4}",
    re.IGNORECASE,
)
_PLAIN_SEPARATOR = re.compile(r", | in ")
_PLAIN_NAME_WORD = re.compile(r"[A-Z][a-z]+")
#: kind words from the most to the least specific, as a plain address lists its parts
_PLAIN_ORDER = {"village": 0, "town": 1, "township": 2, "region": 3, "state": 3}


def plain_parts(text: str) -> list[str] | None:
    """The parts of a plain address, found without the full parse (most batch queries are
    so), or None when ``text`` is not that plain: capitalised names of letters, at most a kind
    word in lower or title case ending each part, the parts from the most specific down, and
    no word that ``split_parts`` reads (a kind word inside a name, a date or a source, the
    country first, a description). ``split_parts`` gives these parts too (a test checks)."""
    if not text[:1].isupper() or (", " not in text and " in " not in text):
        return None  # (quick looks first: a bare name, "near ...", Burmese)
    if not text.isascii() or not _PLAIN_ADDRESS.fullmatch(text):
        return None
    parts = _PLAIN_SEPARATOR.split(text)
    order = []
    for part in parts:
        words = part.split()
        last = words[-1].lower()
        kind = last if last in _PLAIN_ORDER else None
        names = words[:-1] if kind else words
        if not names or not all(_PLAIN_NAME_WORD.fullmatch(w) or "-" in w for w in names):
            return None  # (a kind word in lower case only at the end: "Kyaukme township")
        if any(w.lower() in _KIND_OF or w.lower() in _PLAIN_SPECIAL for w in names):
            return None
        order.append(_PLAIN_ORDER.get(kind, -1))
    if any(o < order[0] for o in order[1:] if o >= 0) or normalize(parts[0]) in _THE_COUNTRY:
        return None
    if any(_is_description(part) or _FACILITY.search(part) for part in parts):
        return None  # ("Myaung Township, Kyauk Yit Police Station": the station first)
    return parts


#: words in names that ``split_parts`` reads for more than a name: dates, sources, phases
_PLAIN_SPECIAL = frozenset(
    {"phase", "phases", "capital", "myanmar", "burma", "the", "and", "in", "at", "near", "of"}
    | {"today", "yesterday", "day", "week", "month", "now", "tonight", "last", "this"}
    | {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
    | {"january", "february", "march", "april", "may", "june", "july", "august"}
    | {"september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun"}
    | {"jul", "aug", "sep", "sept", "oct", "nov", "dec", "according", "overnight"}
)


def split_parts(text: str) -> list[str]:
    """The parts of a query, its target first.

    Parts are separated by commas, "in", "at", "near", "outside (of)", a possessive ("Kani
    Township's Kyin Dwe village"), "X quarter/ward/village/town of Y", or listed in
    parentheses ("X village (Y Township, Z State)"); parts that only describe ("a military
    camp", "the township administration office") are dropped when a named part remains.
    "Kawlin Township, Khamauk Taung village" puts the village first: a part whose kind word
    is more specific than the first part's (village < village tract < town < township <
    district < state) is the target; the order is kept when the first part has no kind word
    ("Letpadaung, Salingyi Township"; the resolver also tries the place-after-area readings
    that need the gazetteer to tell, such as "Kachin State, Myitkyina").
    """
    if "#" in text or "!" in text or not text.isascii():  # a post: "... right now!! #Sagaing"
        text = _without_post_marks(text)
    if "," in text and ", " not in text:  # "2022-01-28,Bago,Nattalin,Ta Khun Taing,Battles,8"
        text = _row_place_fields(text)
    if text.isupper():  # "LASHIO IN SHAN STATE": the separators are words in any case
        text = text[:1] + text[1:].lower()  # (a name may start like one: "IN TU LAR VILL")
    if "," in text:  # a thousands separator is no part separator: "3,400-MW"
        text = _THOUSANDS.sub("", text)
    if "\t" in text:  # a spreadsheet's cells pasted with their tabs
        text = _TABS.sub(", ", text.strip())
    if " / " in text and _slash_address(text):  # "Mandalay / Wundwin Township / ..."
        text = text.replace(" / ", ", ")
    if _is_burmese_text(text):
        text = _burmese_parts(_burmese_place_phrases(text))
    elif " " in text:
        if " for " in text or " to " in text:  # "China Eximbank provides loan for X Project"
            text = _funded_project(text)
        if "(" in text:  # "Chipwi hydropower project (suspended)": the site, whatever it is
            text = _STATUS_PAREN.sub("", text)
        if "(" in text or "[" in text:  # "fighting [near Tintha village] in ...": no brackets
            text = _LOCATIVE_BRACKETS.sub(r" \1", text)
        if text[:6].lower() in ("phase ", "phases"):  # "Phase 1 of 489MW Thaketa ... Plant"
            text = _PROJECT_PART.sub("", text) or text
        if " is " in text and (defined := _IS_A.match(text)):  # Wikipedia's first sentence
            kind = "town" if defined["kind"].lower() == "city" else defined["kind"]
            text = f"{defined['place']} {kind}, {defined['rest']}"
        if "," in text and (listed := _COMMA_LISTED.match(text)):
            items = re.sub(r",?\s+(?:and|&)\s+|\s*,\s*", " and ", listed["items"])
            text = items + text[listed.end() :]
        if _OF_THE_COUNTRY.search(text):  # "the Kachin State of northern Myanmar"
            text = _OF_THE_COUNTRY.sub("", text)
        if "’s" in text or "'s" in text:  # "Myanmar's Bago town": Bago town
            text = _COUNTRY_POSSESSIVE.sub("", text)
        if "-" in text or "–" in text or "—" in text:  # "... Bago town -witnesses, media"
            text = _WIRE_TAIL.sub("", text)
        if _UNSEPARATED_VILLAGE.search(text):  # "Kone Ting village Mawkmai Township"
            text = _UNSEPARATED_VILLAGE.sub(r"\1,", text)
        if "ownship " in text and _TOWNSHIP_THEN_VILLAGE.search(text):
            text = _TOWNSHIP_THEN_VILLAGE.sub(r"\1,", text)  # "Madaya Township Tha ... village"
        text = without_dates(text)
        if ("ship " in text or "own " in text) and (facility := _AREA_FACILITY_AT.match(text)):
            text = f"{facility['place']}, {facility['area']}"
        if " and " in text:  # "entered X village and set fire to homes, Khin-U"
            text = _AND_CLAUSE.sub("", text)
        if " and " in text or " by " in text or " beside " in text:
            text = _AND_SECOND_PLACE.sub(r"\1", text)
        if " by " in text:  # "... in Kyaikhto attacked by resistance fighters"
            text = _PASSIVE_BY.sub(r"\1", text)
        if "said" in text or "say" in text or "report" in text:
            text = _ATTRIBUTION.sub("", text)  # "..., residents said"
        if "ing " in text and ", " in text:
            text = _RESULT_TAIL.sub("", text)  # "..., killing 4 people"
        text = _HEADLINE_PREDICATE.sub(r"\1", _without_trailing_clause(text))
        if any(word in text for word in ("twp ", "tsp ", "township ", "illage ", "own ")):
            text = _TOWNSHIP_PREDICATE.sub(r"\1", text)
    if ";" in text and all(map(_names_a_site, items := text.split(";"))):
        text = items[0]  # "Myitsone dam; Chipwi hydropower": a list of sites, not an address
    listed_after_name = False  # "Lai Zar (Waingmaw Township, Hpawt Dawt village tract)"
    if "(" in text or "[" in text:
        text = _PAREN_CAPACITY.sub("", _PAREN_GRID_REFERENCE.sub("", text))
        text = _PAREN_KIND.sub(r" \1", text)  # "Kan Pauk (village)": Kan Pauk village
        listed_after_name = (paren_list := _PAREN_LIST.search(text)) is not None and (
            "," not in text[: paren_list.start()]
        )
        text = _PAREN_LIST.sub(lambda m: ", " + m.group(1) + ",", text)
        text = _NESTED_PAREN_LIST.sub(lambda m: ", " + m.group(1) + ",", text)
        text = _NESTED_PAREN_AREA.sub(lambda m: ", " + m.group(1), text)
    if "capital" in text or "Capital" in text:
        text = _capital_first(text)
    if "outskirts" in text:  # "a safe house on the outskirts of Yangon"
        text = _OUTSKIRTS.sub(", ", text)
    if " the " in text:
        text = _ON_ROUTE.sub("", text)
    parts: list[str] = []
    for part in _SPLIT.split(text):
        part = part.strip(_PART_EDGES)  # spreadsheet debris: "Sagaing Division -", "Vil."
        if part.endswith(")."):  # a sentence's full stop: "... Shan State (North)."
            part = part[:-1]
        if "." in part and (first := _KIND_FIRST.match(part)):
            part = f"{first['name']} {first['word']}"  # "Vill. Nan Kin", "Tsp. Indaw"
        if part[:1] in "([" and part[-1:] in ")]" and not _PAREN.sub("", part).strip():
            part = part[1:-1].strip()  # a bracketed part of its own: "X ရွာ၊ (Y မြို့နယ်)"
        if _SITE_THEN_WORDS.search(part):  # "Letpadaung copper mine protests, Salingyi"
            part = _SITE_THEN_WORDS.sub(r"\1", part)
        if part.endswith(("villages", "Villages")) and " and " not in part:
            part = part[: -len(" villages")]  # "Mandalay villages": the villages of an area
        if part and _WORD.search(part):
            possessive = "'s" in part or "’s" in part
            if possessive:
                owned_parts = _POSSESSIVE.split(part)
                owned_parts[0] = _trailing_name(owned_parts[0])
                parts.extend(reversed(owned_parts))
            elif " of " in part and (
                owned := _PLACE_OF.match(part)
                or _AREA_OF.match(part)
                or _NUMBERED_WARD_OF.match(part)
            ):
                parts.extend((owned["place"], owned["owner"]))
            elif "(" in part and (inner := _inner_target(part)):
                parts.extend(inner)
            else:
                parts.append(part)
    if len(parts) < 2:
        if parts and text[1:].islower() and _is_sentence_head(parts[0]):
            return [_place_after_verb(parts[0]) or parts[0]]  # "troops shell pyapon town"
        return parts
    if normalize(parts[0]) in _THE_COUNTRY:  # "Myanmar, Kachin State": the country last
        parts.append(parts.pop(0))
    named = [p for p in parts if not _is_description(p)]
    if named:  # "a military camp at Rikhawdar town": the camp is not a place name
        parts = named
    if len(parts) < 2:
        return parts
    if (place := _place_before_verb(parts[0])) is not None:
        parts[0] = place  # "Yin village shelled by military | in Kani Township": the village
    elif _is_sentence_head(parts[0]):  # "Violence was reported | in Mindat, Chin State"
        cased = not text[1:].islower()  # not "TROOPS SHELL PYAPON TOWN", read in lower case
        if not cased and (place := _place_after_verb(parts[0])):
            parts[0] = place  # "troops shell | pyapon town": no capital tells where it starts
        else:
            parts = parts[1:]  # and what it goes on with in lower case: "| in an explosion | in"
            while cased and len(parts) > 1 and parts[0] == parts[0].lower():
                parts = parts[1:]
        if len(parts) < 2:
            return parts
    if parts[0].rsplit(None, 1)[-1].lower() in _VILLAGE_WORDS:
        return parts  # "X village, ...": nothing is more specific (the usual case)
    first = _specificity(parts[0])
    later = [_specificity(p) for p in parts[1:]]  # qualifiers repeat: memoised
    if (
        first == 9
        and len(later) > 1
        and 9 not in later
        and all(a > b for a, b in itertools.pairwise(later))
        and not listed_after_name
    ):
        # no kind word first, then ever finer parts: the largest area first ("Shan (North),
        # Kyaukme District, Nawnghkio Township"), not a place before its areas ("Kone Thar,
        # Demoso Township, Kayah State"), nor a name before the areas in brackets after it
        parts.append(parts.pop(0))
        first, later = later[0], [*later[1:], 9]
    if first == 9:  # no kind word in the first part: the order stands
        return parts
    # the last of equally specific parts: "Kalay Township, No.6 Ward, Tin Thar Village"
    best = len(later) - 1 - later[::-1].index(min(later))
    if later[best] < first:
        parts.insert(0, parts.pop(best + 1))
    return parts


def _names_a_site(text: str) -> bool:
    """Whether ``text`` has a site word after its first word ("Chipwi hydropower")."""
    return not _SITE_WORDS.isdisjoint(w.lower().strip(".-") for w in text.split()[1:])


_MM_KIND_WORDS = frozenset(suffix for suffix, _ in MM_KIND_SUFFIXES)
_MM_PART_ENDS = (*_MM_KIND_WORDS, "ပိုင်း", "နိုင်ငံ")
#: a part of a township, town or village ("ဘီးလင်းမြို့နယ် တောင်ပိုင်း", southern Bilin
#: Township): the place itself (a state's part is a unit of its own: Shan (South))
_MM_PART_OF_PLACE = re.compile(r"(မြို့နယ်|မြို့|ရွာ)\s*" + _MM_SIDE + r"ပိုင်း(?=\s|[၊။,]|$)")
#: a kind word's abbreviation before the name, as field reports write it: "Vill. Nan Kin,
#: Tsp. Indaw"
_KIND_FIRST = re.compile(
    r"^(?P<word>vill?|vlg|tsp|twp|tship|dist|div|reg|vt)\.\s*(?P<name>[^\W\d].*)$", re.I
)
_TABS = re.compile(r"\s*\t+\s*")
#: a kind word in a part: "X / Y Township" lists an address's parts, "X / Y" two spellings
_KIND_IN_PART = re.compile(
    r"\b(?:village|township|town|ward|district|state|region|division|tsp|twp)\b", re.I
)


def _slash_address(text: str) -> bool:
    """Whether " / " separates the parts of an address ("Thayarwady District / Nattalin
    Township": two or more parts with kind words), not two spellings of one name ("Da Hat Tan
    / Hat Tan (North)", a MIMU village)."""
    items = text.split(" / ")
    return sum(bool(_KIND_IN_PART.search(item.split(",")[0])) for item in items) >= 2


#: Myanmar's names, which a spreadsheet's address may start with
_THE_COUNTRY = frozenset(
    normalize(name) for name in ("Myanmar", "Burma", "Union of Myanmar", "မြန်မာနိုင်ငံ", "မြန်မာ")
)
#: A clause after the place: "clashes in Demoso town | as PDF fighters advance", "... | after
#: the junta withdrew" (a conjunction after a word, to the end of the text), or who fought
_TRAILING_CLAUSE = re.compile(
    r"(?<=\w)\s+(?:(?:as|after|while|when|amid|following|despite|before|since|until|said|says"
    r"|told|came|comes|was|were|is|are|has|have|had)\s+\S"
    # who fought: "... on Saturday | between the military and the local PDF" (not the places
    # between which: "between Hwe Zoy and Na Mawn villages")
    r"|between\s+(?:the|junta|regime|military|troops|soldiers|resistance|government)\b).*$"
)
_NAME_AFTER_FIRST_WORD = re.compile(r"\s\S*[A-Z]")
_PLACE_IN_CLAUSE = re.compile(r"\b(?:in|at|near|outside|on|of)\s+[A-Z]")


def _without_trailing_clause(text: str) -> str:
    """``text`` without a clause after its place ("clashes in Demoso town | as PDF fighters
    advance"); kept when it is the clause that places the event, the words before it naming
    nothing ("3 villagers killed | as junta burns Namnein in Pinlaung Township")."""
    match = _TRAILING_CLAUSE.search(text)
    if match is None:
        return text
    head_names = _NAME_AFTER_FIRST_WORD.search(text, 0, match.start())
    if not head_names and _PLACE_IN_CLAUSE.search(text, match.start()):
        return text
    clause, comma, after = text[match.start() :].partition(",")
    if comma and clause.islower() and _is_area_part(after):
        return text[: match.start()] + comma + after  # "Taung Ni | after artillery fire |, ..."
    return text[: match.start()]


def _is_area_part(text: str) -> bool:
    """True when ``text`` is capitalised and ends in a kind word ("Myawaddy Township")."""
    words = text.split()
    return bool(words) and words[0][:1].isupper() and words[-1].lower() in _KIND_LAST_WORDS


_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}(?!\d))")
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
#: A date or time in a sentence: "on 23 Dec 2023", "on December 23, 2023", "early on Tuesday
#: morning", "in May 2023", "on 2023-12-23", "last week", "overnight", "in recent weeks" (a
#: month only beside a day or a year: "Mar Lar" is a name)
_DATE = re.compile(
    r"(?:^|\s+)(?:(?:early|late)\s+)?(?:(?:on|in|since|from|by)\s+)?"
    r"(?:the\s+(?:morning|night)\s+of\s+)?"
    r"(?:(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|yester(?:day)?)"
    r"(?:\s+(?:morning|afternoon|evening|night))?"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}(?:,?\s+\d{{4}})?"
    rf"|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?"
    rf"|{_MONTH}\s+\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}}|(?<=in\s)\d{{4}}"
    r"|\d{1,2}[./]\d{1,2}[./]\d{2,4}"  # "02.11.2021", "30/11/2023"
    r"|(?:last|this)\s+(?:week(?:end)?|month|year|night|morning)|overnight"
    r"|(?:recent|past|the\s+past|the\s+last)\s+(?:few\s+)?(?:days|weeks|months)"
    r"|right\s+now|today|tonight"
    r"|at\s+(?:dawn|dusk|night|midnight|noon|daybreak|sunrise|sunset)"
    r"|all\s+(?:night|day|morning|afternoon|evening)(?:\s+long)?)\b",
    re.IGNORECASE,
)


def without_dates(text: str) -> str:
    """``text`` without its dates, times and sources ("On 21 June 2021, ...", "... on Sunday,
    residents said", ", according to local media")."""
    low = text.lower()
    if not any(word in low for word in _DATE_OR_SOURCE_WORDS) and not _DIGIT.search(text):
        return text
    return _SOURCE.sub("", _DATE.sub("", text)).lstrip(" ,;")


#: Who reported it: ", according to local media" (up to a place's "in", or the clause's end)
_SOURCE = re.compile(r",?\s+according\s+to\s+[^,.;]*?(?=\s+in\s+[A-Z]|\s*[,.;]|\s*$)")
#: words (in lower case) without which a text has no date nor source (a quick look first: a
#: case-blind regular expression costs more than the rest of the parse)
_DATE_OR_SOURCE_WORDS = ("day", "according", "overnight", "last ", "this ", "week", "month",
                         "now", "tonight", "at d", "at n", "at m", "at s", "all n", "all m",
                         "all a", "all e")  # fmt: skip
_DIGIT = re.compile(r"\d")

#: A finance record's title (AidData's: "[Suspended] China Eximbank provides $200 million
#: buyer's credit for Hydraulic Steel Structure (Lot HSS-1) of 790MW Yeywa Hydropower Plant
#: Project (Linked to Project ID#64085)"): who lends, the verb, and the project after its last
#: "for" (or "to"); the funders name places ("China") that the project is not in. A title
#: without a verb names the money ("China Development Bank loan syndicate for 6000MW Myitsone
#: Hydropower Plant", "China Eximbank overseas investment loan to ...").
_FUNDING = re.compile(
    r"^(?:\[[^\]]*\]\s*)?(?:\S+\s+){0,12}?(?:provides?|extends?|contributes?|pledges?|lends?"
    r"|grants?|signs?|finances?|funds?|offers?|commits?|approves?"
    r"|loans?|credits?|financing|syndicates?|investments?)\s+(?P<rest>.+)$"
)
_FUNDING_ASIDE = re.compile(
    r"\s*\((?:linked|see|part)\b[^()]*\)|\s+[—–-]\s+(?:via|through)\s[^—–]*[—–-]\s+", re.I
)
#: a part of the project before it: "Phases 2, 2A, and 3 of the", "Phase 1 of", "... (Lot
#: HSS-1) of", "construction of", "hydraulic steel structures of the | 790MW ..." (a part of
#: a plant named by its capacity)
_PROJECT_PART = re.compile(
    r"^(?:the\s+)?(?:phases?\b[^()]*?|[^()]*\(lot\b[^)]*\)|" + _WORKS + r"|[^()]{1,80}?"
    rf"(?=\s+of\s+(?:the\s+)?{CAPACITY}))\s+of\s+(?:the\s+)?",
    re.I,
)


#: a bracketed phrase that says where, inside a sentence: "fighting [near Tintha village] in
#: Kalay Township"
_LOCATIVE_BRACKETS = re.compile(
    r"\s*[\[(]\s*((?:near|in|at|outside|around|close\s+to)\s[^\[\]()]*?)\s*[\])]"
    r"(?=\s+(?!(?:village|town|township|ward|tract)\b)[a-z])"
)
#: a project's status, or the company that builds it, in brackets after its name:
#: "(suspended)", "(Tianjin Machinery)"
_STATUS_PAREN = re.compile(
    r"\s*\((?:suspended|cancell?ed|planned|proposed|halted|stalled|operational|completed"
    r"|under\s+construction|abandoned|shelved|on\s+hold|in\s+operation|pipeline"
    r"|[^()]*\b(?:machinery|company|co\.?|ltd\.?|limited|corporation|corp\.?|group"
    r"|engineering|holdings|enterprises?|industries|inc\.?))\)",
    re.I,
)


def _funded_project(text: str) -> str:
    """The project a finance record's title funds ("... provides loan for the Letpadaung Copper
    Mine Project": "Letpadaung Copper Mine Project"), or the text when it is no such title."""
    match = _FUNDING.match(text)
    if not match:
        return text
    rest = " " + _FUNDING_ASIDE.sub(" ", match["rest"]).strip()  # (" for X": "loans for X")
    cut = rest.rfind(" for ")
    if cut < 0:
        cut = rest.find(" to ")
    if cut < 0:
        return text
    project = rest[cut + 5 if rest[cut:].startswith(" for ") else cut + 4 :].strip()
    return _PROJECT_PART.sub("", project) or text


#: a row's cells with their column names: "admin1=Sagaing; admin3=Pale; location=Pale"
_NAMED_CELL = re.compile(r"\s*(?P<column>[A-Za-z_][\w ]*?)\s*=\s*(?P<value>[^;,|=]*)\s*(?:[;,|]|$)")
#: column names of the areas a row's place lies in, the smallest first (the place's own
#: column, whatever it is called, comes before them all)
_AREA_COLUMNS = (
    ("admin3", "adm3", "township", "tsp"),
    ("admin2", "adm2", "district"),
    ("admin1", "adm1", "state", "region", "division"),
    ("country",),
)


def _named_cells(text: str) -> str:
    """A row written as column=value cells, as a comma-separated query, its place first and
    its areas from the smallest ("Pale, Pale, Sagaing"); ``text`` itself when it is not so."""
    cells = list(_NAMED_CELL.finditer(text))
    if len(cells) < 2 or sum(len(c[0]) for c in cells) != len(text):
        return text

    def rank(cell: re.Match) -> int:
        column = cell["column"].strip().lower()
        return next((i + 1 for i, names in enumerate(_AREA_COLUMNS) if column.startswith(names)), 0)

    def named(cell: re.Match) -> str:  # "Hpruso" of a township column: "Hpruso Township"
        value, column = cell["value"].strip(), cell["column"].strip().lower()
        kind = next((k for c, k in _COLUMN_KINDS.items() if column.startswith(c)), "")
        return f"{value} {kind}" if kind and value and _part_kind(value) is None else value

    return ", ".join(value for value in map(named, sorted(cells, key=rank)) if value)


#: a social media post's marks: hashtags, emoji and pictographs, and what follows "!"
_HASHTAG = re.compile(r"(?<![\w&])#\w+")
_PICTOGRAPH = re.compile("[\u2600-\u27bf\U0001f000-\U0001faff\ufe0f\u200d]")
_AFTER_EXCLAMATION = re.compile(r"!+(?:\s.*)?$")


def _without_post_marks(text: str) -> str:
    """``text`` without a post's hashtags and pictographs, and without what follows its first
    "!" ("🚨 Junta jets bombing Than Bo village (Khin-U Tsp) right now!! Pray for Sagaing 🙏
    #Sagaing": "Junta jets bombing Than Bo village (Khin-U Tsp) right now")."""
    bare = _PICTOGRAPH.sub("", _HASHTAG.sub("", text))
    return _AFTER_EXCLAMATION.sub("", bare).strip() or text


#: fields of an events table pasted as a row that name no place: a date, a number, an ACLED
#: event type
_NO_PLACE_FIELD = re.compile(
    r"\d[\d./\-]*|battles|explosions/remote violence|violence against civilians|protests"
    r"|riots|strategic developments",
    re.IGNORECASE,
)


def _row_place_fields(text: str) -> str:
    """A row of comma-separated fields with no space after its commas, without the fields that
    name no place ("2022-01-28,Bago,Nattalin,Ta Khun Taing,Battles,8": "Bago, Nattalin, Ta
    Khun Taing"); ``text`` itself when it is no such row."""
    fields = [field.strip() for field in text.split(",")]
    if len(fields) < 4:
        return text
    kept = [field for field in fields if field and not _NO_PLACE_FIELD.fullmatch(field)]
    return ", ".join(kept) if len(kept) < len(fields) and kept else text


#: the kind word a column's name gives its values
_COLUMN_KINDS = {
    "village": "village",
    "ward": "ward",
    "admin3": "Township",
    "adm3": "Township",
    "township": "Township",
    "tsp": "Township",
    "admin2": "District",
    "adm2": "District",
    "district": "District",
}


#: A headline's predicate after its last place: "raid on X village, Sagaing Region | leaves 3
#: dead" (words in lower case after an area's kind word, to the end; not a word that goes on
#: naming places: "and", "of", "in", "border" ...)
#: what a text says of a site after its name, in a part of its own: "Letpadaung copper mine |
#: protests", "Myitsone dam | row"
_SITE_THEN_WORDS = re.compile(
    r"(?<=\w\s)(dam|mine|port|plant|airport|factory|mill|bridge|terminal|[Cc]ent(?:er|re)"
    r"|outpost|station|camp|base|office|checkpoint)"
    r"\s+(?!(?:and|or|of|in"
    r"|at|near|on|to|over|across|spanning|from|between|along|the|area|site|project|projects"
    r"|construction|complex)\b)[a-z][a-z ]*$"
)
_HEADLINE_PREDICATE = re.compile(
    r"(\b(?:Region|State|Township|Tsp|Twp|Division|District)\)?"  # "X (Y Tsp) | fled ..."
    r"|(?<=\w\s)(?:dam|mine|port|plant|airport|factory|mill|bridge|terminal))"  # "... dam resumed"
    r"\s+(?!(?:and|or|of|in|at|near|on|to|over|across|spanning"
    r"|from|between|along|the|area|areas|border|side|capital|towns?|city|villages?"
    r"|townships?|districts?|regions?|states?|projects?|site|construction|complex)\b)"
    # (to the end, or to a place it then names: "Htilin Township ambush | near Ohn Twe village")
    r"[a-z][^,;()\[\]]*?(?=\s+(?:in|at|near)\s+[A-Z][^,;()\[\]]*$|$)"
)

#: where at a place: near ("အနီး"), on, in the town ("ပေါ်"), inside ("အတွင်း"), on the side
#: of ("ဘက်"), its east side ("အရှေ့ဘက်"); and its people ("မြို့ခံများ", the townspeople)
_MM_POSITION = r"အနီး|ပေါ်|အတွင်း|ထဲ|တွင်း|အနှံ့|နေရာ|" + _MM_SIDE + r"?ဘက်|ခံများ|ခံ"
#: case particles: at ("တွင်", "၌", "မှာ"), the object ("ကို"), to ("သို့"), from ("မှ"), the
#: subject ("က", "ကန့်ဘလူမြို့နယ်က ဒေသခံတွေ", the people of Kanbalu Township)
_MM_CASE = r"တွင်|၌|မှာ|ကို|သို့|မှ|က"
#: the endings of the words a place or a site ends in ("...ရွာ", "...မြို့နယ်", "...စီမံကိန်း")
_MM_PLACE_END = r"ရွာ|မြို့|နယ်|နယ်မြေ|ပြည်|ကွက်|ရိုင်|တိုင်း|ကြီး|ပိုင်း|ကိန်း|ရုံ|ဆိပ်|ကာတာ|တွင်း|ကမ်း|ဇုန်|ဆည်|\)"
#: A Burmese particle after a place's kind word (or its bracketed township): "ရှိ" ("in",
#: "X မြို့နယ်ရှိ Y ရွာ", Y village in X township) joins two places; the others end the place
#: before the sentence goes on: "တွင်", "၌", "မှာ" (at), "အနီး" (near), "ကို" (the object),
#: "သို့" (to), "မှ" (from): "ဆိပ်ခွန်ရွာတွင် ... သတ်ဖြတ်" (killed ... at Seik Khun village).
_MM_PARTICLE = re.compile(
    r"(" + _MM_PLACE_END + r")\s*"
    r"(?:(?P<joins>(?:" + _MM_POSITION + r")?ရှိ)|(?:" + _MM_POSITION + r")(?:" + _MM_CASE + r")?"
    r"|" + _MM_CASE + r")(?=\s|[၊။,]|$)"
    r"(?P<rest>[^၊။,]*)"
)
#: the same words after a name with no kind word ("နေပြည်တော်တွင်"): read without them only
#: when the name as written is not found (names end so: "တောင်ပေါ်", "ကန်ဘက်")
_MM_TRAILING_PARTICLE = re.compile(
    r"(?<=[\u1000-\u109f])(?:(?:" + _MM_POSITION + r")?(?:ရှိ|တွင်|၌|မှာ)|" + _MM_POSITION + r")$"
)
#: "ပြည်" (land) after a people's name is their state: "ရခိုင်ပြည်" (Rakhine State),
#: "ရှမ်းပြည်မြောက်ပိုင်း" (northern Shan State); read as "ပြည်နယ်" when not found as written
_MM_LAND = re.compile(r"(?<=[\u1000-\u109f])ပြည်(?!နယ်|ထောင်|သူ|သာ)")
#: "near" after a bare name: "ကျောက်မဲအနီး ..." (near Kyaukme ...)
_MM_NEAR = re.compile(
    r"([\u1000-\u109f])(?:(?P<joins>အနီးရှိ)|အနီး(?:တွင်|၌|မှာ)?)(?=\s|[၊။,]|$)(?P<rest>[^၊။,]*)"
)
#: A date and time: "၂၀၂၂ ခုနှစ် ဒီဇင်ဘာလ ၉ ရက်နေ့ နံနက်ပိုင်းတွင်" (on the morning of 9 December
#: 2022), "၂၀၂၂ ခုနှစ်" (in 2022)
_MM_DATE = re.compile(
    r"(?:[၀-၉0-9]+\s*ခုနှစ်\s*)?(?:\S+လ\s*)?[၀-၉0-9]+\s*ရက်(?:နေ့)?"
    r"(?:\s*(?:နံနက်|မနက်|နေ့လယ်|ညနေ|ည)(?:ပိုင်း)?)?(?:တွင်|က|၌)?\s*"
    r"|[၀-၉0-9]{4}\s*ခုနှစ်(?:တွင်|က|၌)?\s*"
)
#: Who reported it, before the places: "ဧရာဝတီသတင်းအရ" (according to the Irrawaddy's news)
_MM_SOURCE = re.compile(r"^\S*သတင်း(?:များ)?အရ[\s၊,]*")


def _burmese_place_phrases(text: str) -> str:
    """Burmese text cut to its places: what follows a particle that ends a place ("တွင်",
    "အနီး", "ကို" ...) up to the next separator is the sentence's predicate, dropped; "ရှိ"
    becomes a separator; a leading "according to X's news" is dropped, and a town's
    outskirts ("မြို့ပြင်") are the town."""
    text = _MM_SOURCE.sub("", text).replace("မြို့ပြင်", "မြို့")  # a town's outskirts: the town
    text = _MM_SUBJECT.sub("", text)
    if "ခုနှစ်" in text or "ရက်" in text:
        text = _MM_DATE.sub("", text)
    for _ in range(3):  # a joined part may end in a particle of its own
        cut = _MM_NEAR.sub(_joined_or_cut, _MM_PARTICLE.sub(_joined_or_cut, text))
        if "ပိုင်း" in cut:
            cut = _MM_PART_OF_PLACE.sub(r"\1", cut)
        if cut == text:
            break
        text = cut
    return text


_MM_PEOPLE = ("ဒေသခံ", "ပြည်သူ", "ရွာသား", "မြို့သား", "လူထု", "လူ", "အိမ်", "စစ်")


def _joined_or_cut(match: re.Match) -> str:
    rest = match["rest"].strip()
    # a bracketed place after the particle qualifies the place: "ငွေတောင်ရွာ၌ (စဉ့်ကူးမြို့နယ်)";
    # the people of a place are not another place ("... ရှိ ဒေသခံများ", the locals in ...)
    joined = match["joins"] and rest and not rest.startswith(_MM_PEOPLE)
    kept = joined or rest.startswith(("(", "["))
    if not kept and (area := _MM_BRACKETED_AREA_AT_END.search(rest)):
        return match.group(1) + "၊ " + area["area"]  # "X ရွာကို ... တိုက်ခိုက် (T မြို့နယ်)"
    return match.group(1) + ("၊ " + rest if kept else "")


#: a sentence's subject before its place: "စစ်ကောင်စီတပ်သည်" (the military council's troops)
_MM_SUBJECT = re.compile(r"^\S*(?:တပ်|တပ်ဖွဲ့|တပ်များ|ကောင်စီ|အဖွဲ့)(?:သည်|က)\s+")
#: an area in brackets that ends the sentence after its place: the place's township
_MM_BRACKETED_AREA_AT_END = re.compile(
    r"[(\[](?P<area>[^()\[\]]*(?:မြို့နယ်|ပြည်နယ်|တိုင်းဒေသကြီး))[)\]]\s*$"
)


#: an area's kind word written against the next part's name, which ends in a kind word of its
#: own: "ထန်းတပင်မြို့နယ်ကြိမ်တောမြှောင်ကျေးရွာ" (T Township V village, with no space)
_MM_GLUED_AREA = re.compile(
    r"(?<=[\u1000-\u109f])(မြို့နယ်|ပြည်နယ်|တိုင်းဒေသကြီး|ကျေးရွာအုပ်စု|ကျေးရွာ(?!အုပ်စု))"
    r"(?=[\u1000-\u109f][^\s၊။,]*(?:"
    + "|".join(suffix for suffix, _ in MM_KIND_SUFFIXES)
    + r")(?:[\s၊။,]|$))"
)


def _burmese_parts(text: str) -> str:
    """Burmese writes no spaces inside a name, so a space after a kind word separates parts:
    "စစ်ကိုင်းတိုင်း ကနီမြို့နယ်" is "Sagaing Region, Kani Township" (a space before a kind
    word, a parenthesis or a closing site word stays: "သာယာကုန်း ကျေးရွာ", "ရှမ်းပြည်နယ်
    (မြောက်)", "ရေရွာ ရေအားလျှပ်စစ်စက်ရုံ", a name ending like "ရွာ", village)."""
    words = _MM_GLUED_AREA.sub(r"\1 ", text).split()
    if len(words) < 2:
        return text
    out = [words[0]]
    for i, word in enumerate(words[1:], start=1):
        ends_part = (
            words[i - 1].endswith(_MM_PART_ENDS)
            and not word.startswith(("(", "["))
            # "ရှမ်းပြည်နယ် အရှေ့ပိုင်း": a state and its part (Shan (East)), one name
            and not (
                words[i - 1].endswith(_MM_STATE_WORDS)
                and word.rstrip("၊။,").endswith("ပိုင်း")
                and word.startswith(tuple(_MM_SIDES))
            )
            # "ရေရွာ ရေကာတာ", Yeywa dam: a name ending like "ရွာ" (village), then a site word
            and not (words[i - 1].endswith("ရွာ") and "".join(words[i:]).endswith(MM_SITE_SUFFIXES))
            # "ရှားတိုင်း ရွာ", Shar Taing village: a name ending like "တိုင်း" (region), then
            # its kind word alone
            and word.rstrip("၊။,") not in _MM_KIND_WORDS
        )
        out.append((", " if ends_part else " ") + word)
    return "".join(out)


def _inner_target(part: str) -> tuple[str, str] | None:
    """A parenthesised place more specific than the part around it is the target, the rest
    its qualifier ("Rakhine State (Taunggoke town)"); None for any other part."""
    match = _PAREN.search(part)
    if match is None:
        return None
    outer = _PAREN.sub(" ", part).strip()
    inner = match.group(1).strip()
    if 9 > _specificity(outer) > _specificity(inner):
        return inner, outer
    return None


_WORD = re.compile(r"[^\W_]")
_VILLAGE_WORDS = frozenset({"village", "villages", "vill", "ward", "quarter"})


def _specificity(part: str) -> int:
    """The rank of a part's kind word in _SPECIFICITY (9 when it has none)."""
    return _SPECIFICITY.get(_part_kind(part) or "", 9)


#: Words of a description that names no place ("the township administration office").
_DESCRIPTION_WORDS = frozenset(
    re.split(
        r"\s+",
        """a an the its their this that in at on of near local township town village general
        administration administrative department gad office offices building compound police
        station outpost post military army junta junta-run junta-controlled regime camp base
        bases battalion artillery headquarters hq checkpoint gate market school monastery
        hospital residential area areas entrance bridge road highway prison jail court urban
        center centre downtown
        university checkpoints outposts river stream creek bank banks safe house houses group
        forest hill hills farm farms farmland plantation street junction pagoda temple
        church mosque clinic company tollgate site location place locality""".strip(),
    )
)


#: Verbs of a news sentence's head ("Violence was reported", "troops torched houses")
_SENTENCE_VERBS = frozenset(
    re.split(
        r"\s+",
        """was were is are has have had been be killed reported said says attacked fled
    torched burned burnt shelled bombed raided arrested seized captured clashed fought broke
    took happened occurred erupted injured wounded died detained abducted destroyed ambushed
    stormed overran overrun struck hit targeted launched fired opened looted massacred executed
    kidnapped surrounded occupied recaptured abandoned exploded detonated displaced
    kill kills hits attack attacks seize seizes capture captures raid raids torch torches shell
    shells bomb bombs clash clashes erupt erupts flee flees burn burns storm storms ambush
    ambushes overrun overruns occupy occupies arrest arrests detain detains abduct abducts
    destroy destroys target targets displace displaces die dies strike strikes break breaks
    rage rages continue continues intensify intensifies spread spreads resume resumes
    escalate escalates flare flares leave leaves enter enters entered found advance advances
    advanced march marches marched pound pounds pounded force forces forced injure injures
    wound wounds damage damages damaged raze razes razed""",
    )
)


#: verbs of a place as the subject ("X village | saw clashes ..."), only after its kind word
#: ("Saw" also starts Karen names)
_PLACE_VERBS = frozenset(
    {"saw", "sees", "see", "witnessed", "witnesses", "suffered", "suffers", "faced", "faces"}
)
#: what else a sentence's subject did, up to the next comma: "... entered X village | and set
#: fire to homes |, Khin-U"; what lies around the place: "X village | and the nearby hill"
_AND_CLAUSE = re.compile(
    r"\s+and\s+(?:set|left|forced|started|began|continued|shot|went|returned"
    r"|(?:the\s+)?(?:nearby|surrounding|adjacent|neighbou?ring)|"
    + "|".join(
        sorted(_SENTENCE_VERBS - {"was", "were", "is", "are", "has", "have", "had", "been", "be"})
    )
    + r")\b[^,;A-Z]*(?=[,;]|$)"
)
#: a second place named after a village or town, or a landmark by it, up to where the text
#: says where they are: "near Sihat village | and Towerdine Hill | in Momauk Township" (the
#: first is the place)
_AND_SECOND_PLACE = re.compile(
    r"(\b(?i:village|town))\s+(?:and\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}"
    r"(?:\s+(?i:hill|camp|base|bridge|village|pagoda|monastery|mountain|peak))?"
    # or a landmark by it: "Sihat village | by Towerdine Hill | , Momauk Township"
    r"|(?:by|beside)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}"
    r"\s+(?i:hill|camp|base|bridge|pagoda|monastery|mountain|peak|river|creek|stream|lake))"
    r"(?=\s+(?:in|at|near|of)\s+[A-Z]|\s*[,;]|$)"
)
#: what befell the place, in the passive, and by whom: "Police station in Kyaikhto | attacked
#: by resistance fighters", "Ta Kuu village | shelled by military | in Tanintharyi Township"
_PASSIVE_BY = re.compile(
    r"(?<=\s)((?:[A-Z][\w'’-]*|village|town|township|ward)\)?)"  # a place's name or kind word
    r"\s+(?:[a-z]+(?:ed|en|ck|ut|it|ot)(?:\s+(?:down|up|out|off|ablaze|alight))?"
    r"|set\s+(?:ablaze|alight|on\s+fire))"  # "... (Wetlet Township) set ablaze by troops"
    r"\s+by(?:\s+(?!(?:in|at|near|on|of|outside)\b)[a-z]+)+"
)
#: a headline's verb after a township written in lower case or short, or a village or town:
#: "... in Myinmu twp | kills 2 soldiers", "Regime raid on Kanphyu Village | leaves three dead"
#: (not "Junta township chair ...", no verb)
_TOWNSHIP_PREDICATE = re.compile(
    r"(\b[A-Z][\w-]*\s+(?:township|twp|tsp|[Vv]illage|[Tt]own))\s+(?:"
    + "|".join(sorted(_SENTENCE_VERBS | _PLACE_VERBS))
    # (to the end, or to where it says where: "Okkan Village | Leaves Dozens Homeless | in Kale
    # Township")
    + r")\b[^,;()\[\]]*?(?=\s+(?:in|at|near)\s+[A-Z][^,;()\[\]]*$|$)"
)
#: who told of it, at the sentence's end: "..., residents said", "..., local media reported";
#: or what the people named before told: "villagers from X, Y Tsp, | said soldiers arrived"
_ATTRIBUTION = re.compile(
    # (who said it may be an outlet, capitalised: "..., Myanmar Now reported")
    r",\s+(?:[^,\s]+\s+){0,5}?(?:said|say|says|reported|reports)\.?$"
    r"|,\s+(?:said|say|says|reported|told)\s[^,]*$"
)
#: what it led to, at the sentence's end: "..., killing 4 people", "..., forcing thousands to flee"
_RESULT_TAIL = re.compile(
    r",\s+(?:killing|injuring|wounding|leaving|forcing|displacing|destroying|burning)\s[^,]*$"
)


def _is_sentence_head(part: str) -> bool:
    """True for the head of a news sentence before its place: no capital after its first word
    and a verb among its words ("Violence was reported"; not "Pyin oo lwin")."""
    words = part.split()
    return (
        len(words) > 1
        # (the country may be named: "Five Myanmar junta officials killed")
        and not any(w[:1].isupper() and w.lower() not in _COUNTRY_WORDS for w in words[1:])
        and any(w.lower() in _SENTENCE_VERBS for w in words)
    )


_COUNTRY_WORDS = frozenset(["myanmar", "burma", "burmese", "myanmar's", "myanmar’s"])


#: a village or town named first, then what happened to it: "Yin village shelled by military"
_PLACE_THEN_VERB = re.compile(
    r"(?P<place>\S.*?\s(?:village|town|ward|quarter))\s+(?P<verb>[a-z]+)\b"
)


def _place_before_verb(part: str) -> str | None:
    """The village or town a part names before its verb ("Yin village | shelled by military"),
    when a name comes before the kind word; else None."""
    if " " not in part or not (named := _PLACE_THEN_VERB.match(part)):
        return None
    place = named["place"]
    if named["verb"] not in _SENTENCE_VERBS or _is_description(place):
        return None
    return place


def _place_after_verb(part: str) -> str | None:
    """The words after the last verb of a sentence's head in lower case, when they end in a
    kind word ("military shelling hits | thlan rawn village"); else None."""
    words = part.split()
    if words[-1].lower().strip(".") not in _KIND_LAST_WORDS:
        return None
    verbs = [i for i, word in enumerate(words) if word.lower() in _SENTENCE_VERBS]
    place = words[verbs[-1] + 1 :] if verbs else []
    return " ".join(place) if len(place) >= 2 else None


def _is_description(part: str) -> bool:
    """True when every word of ``part`` is a descriptive word (see _DESCRIPTION_WORDS)."""
    head = part.split(None, 1)
    if not head or head[0].lower() not in _DESCRIPTION_WORDS:  # the usual case, at once
        return False
    return all(w in _DESCRIPTION_WORDS for w in re.findall(r"[\w'’-]+", part.lower()))


@lru_cache(maxsize=1 << 16)
def _part_kind(part: str) -> str | None:
    """The kind word of one part ("Kawlin Township" -> township), without leading phrases; a
    facility ("Myo Thar police station") is a point, as specific as a village."""
    stripped = strip_leading(part.strip(" .:'\"`‘’“”"))
    without = _FACILITY.sub("", stripped).strip()
    if without and without != stripped:
        return "village"
    if ("ard" in stripped or "uarter" in stripped) and _NUMBERED_WARD.match(stripped):
        return "ward"  # "Hseni, Ward 3": the ward is the target
    return _strip_kind(stripped)[1]


def parse(text: object) -> ParsedQuery:
    """Parse ``text`` into target readings and qualifiers, or record why it cannot be parsed."""
    problem = check(text)
    if problem:
        return ParsedQuery(str(text)[:80] if text is not None else "", problem=problem)
    assert isinstance(text, str)
    if "\t" in text:  # a spreadsheet's cells pasted with their tabs, before they are spaces
        text = _TABS.sub(", ", text.strip())
    if "=" in text:  # "admin1=Sagaing; admin3=Pale; location=Pale"
        text = _named_cells(text)
    cleaned = clean(text)
    parsed = ParsedQuery(cleaned)
    if cleaned[:3].lower() in ("on ", "en ", "hea"):  # where a road leads, before its place
        cleaned = _ROAD_TO_THEN_NEAR.sub("", cleaned)
    for _ in range(3):  # "on the outskirts of X", "10 km north of X"
        new = strip_leading(cleaned, phrases_only=True).strip()
        if new == cleaned or not normalize(new):
            break
        cleaned = new
    parts = parsed.parts = split_parts(cleaned)
    if not parts:
        parsed.problem = "query has no letters or digits"
        return parsed
    if all(_is_description(p) for p in parts):  # "the junta's base | near the river"
        parsed.problem = f"'{cleaned}' describes a place but names none"
        return parsed
    # "Hpakant (Kachin State)": a parenthesised place is one more qualifier
    extra = [
        inner
        for inner in _PAREN.findall(parts[0])
        if normalize(inner)
        and normalize(inner) not in _NAME_PARTS
        and normalize(inner) not in _PEOPLE_MARKS  # "Loi Hum (Pa Laung)": the Palaung one
        and not normalize(inner).isdigit()  # "Kone Nyaung (2)": a number, not a place
        and not _is_description(inner)  # UCDP's "Buthidaung Town (in)"
        # "ပိုင်ကျုံမြို့ (Paingkyon)": the name in the other script, not a place of its own
        # (but "Mong Hkawng village (မံစီမြို့နယ်)" names its township)
        and (
            _is_burmese_text(inner) == _is_burmese_text(parts[0].replace(inner, ""))
            or _strip_kind(inner)[1] is not None
        )
    ]
    # the whole text as one name ("ပဲခူးတိုင်းဒေသကြီး အနောက်ပိုင်း", western Bago Region), without
    # the particles that end a Burmese place ("... အနောက်ပိုင်းရှိ", in western Bago Region)
    if _is_burmese_text(cleaned):
        cleaned = _burmese_place_phrases(cleaned).strip(" ၊") or cleaned
    whole = [Reading(normalize(cleaned), None, cleaned)] if len(parts) > 1 or extra else []
    parsed.target = [*whole, *readings(parts[0])]
    parsed.qualifiers = [list(readings(p)) for p in [*extra, *parts[1:]]]
    return parsed


def _is_burmese_text(text: str) -> bool:
    return not text.isascii() and "burmese" in scripts(text)


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


def in_one_script(burmese: str, latin: str) -> str | None:
    """A mixed-script query whose one part is only a kind word ("Kachin ပြည်နယ်", "မအူပင်
    Township") or a Burmese site word, written in the other part's script ("Kachin State",
    "မအူပင်မြို့နယ်"); else None."""
    bare = _burmese_place_phrases(burmese).replace(" ", "").strip("၊။")
    kind = next((k for suffix, k in MM_KIND_SUFFIXES if bare == suffix), None)
    if kind:
        return f"{latin} {_ENGLISH_KIND_WORD[kind]}"
    if bare in MM_SITE_WORDS:  # "Kyee Ohn Kyee Wa ရေအားလျှပ်စစ်စက်ရုံ"
        return f"{latin} {MM_SITE_WORDS[bare]}"
    kind = _KIND_OF.get(latin.strip(" .,").lower())
    if kind in _BURMESE_KIND_WORD:
        return f"{burmese.replace(' ', '')}{_BURMESE_KIND_WORD[kind]}"
    return None
