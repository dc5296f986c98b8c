"""The words of place queries and the small tests built on them.

Kind words ("Township", "Tsp", "မြို့နယ်"), site words ("copper mine", "ဆည်"), directions
("northern", "Upper"), the news words written before a place ("fighting near", "junta-held")
and Burmese particles; with them, the kind of a part (:func:`part_kind`), whether a part only
describes (:func:`is_description`, "a military camp") and the name left when the kind word goes
(:func:`strip_kind`). :mod:`mapper.gazetteer.parts` and :mod:`mapper.gazetteer.query` read
queries with these words.
"""

from __future__ import annotations

import re
import string
from functools import lru_cache

from mapper.gazetteer.text import normalize, scripts

#: Trailing English words naming the kind of place, longest first.
_KIND_WORDS: tuple[tuple[str, str], ...] = (
    ("self administered division", "district"),
    ("self administered zone", "district"),
    ("union territory", "state"),
    ("village tract", "village_tract"),
    ("village track", "village_tract"),  # (as translations misspell it: "V village-track")
    ("village group", "village_tract"),
    ("township", "township"),
    ("townships", "township"),
    ("towship", "township"),
    ("tship", "township"),
    ("tsp", "township"),
    ("twp", "township"),
    ("twsp", "township"),
    ("tnsp", "township"),
    ("twnshp", "township"),
    ("twnsp", "township"),
    # romanised Burmese (မြို့နယ်): "Myinmu myonel", "Aunglan myo-nel"
    ("myo nel", "township"),
    ("myonel", "township"),
    ("myone", "township"),
    ("t/ship", "township"),
    ("t/s", "township"),
    ("ts", "township"),
    ("town", "town"),
    ("twn", "town"),
    ("city", "town"),
    ("urban area", "town"),  # ("Hpa-An urban area", the town's wards)
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


def typing_slips(word: str) -> set[str]:
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
    for slip in typing_slips(word)
    if slip not in {w for w, _ in _KIND_WORDS}
}
_SETTLEMENT_WORD_SLIP = re.compile(r"(?<=[a-z] )[a-z]{5,10}\b|(?<=[A-Z] )[A-Z]{5,10}\b")


def with_settlement_words_spelt(text: str) -> str:
    """``text`` in one case (a message) with its slips of "village" and "township" after a
    name spelt out: "auk kyauk wut vilage lauunglon townshp" -> "... village ... township"."""

    def spelt(word: re.Match[str]) -> str:
        right = _KIND_WORD_SLIPS.get(word[0].lower())
        if right not in ("village", "township"):
            return word[0]
        return right.upper() if word[0].isupper() else right

    return _SETTLEMENT_WORD_SLIP.sub(spelt, text)


_KIND_RE = re.compile(
    r"^(?P<core>.+?)[\s\-]+(?P<word>"
    + "|".join(re.escape(w).replace(r"\ ", r"[\s\-]+") for w, _ in _KIND_WORDS)
    + r")\.?$",
    re.IGNORECASE,
)
KIND_OF = {w: k for w, k in _KIND_WORDS}
#: the last word of each kind word: ``_KIND_RE`` matches only a text ending in one of them
KIND_LAST_WORDS = frozenset(w.split()[-1] for w, _ in _KIND_WORDS)


def _may_end_in_kind_word(text: str) -> bool:
    """False when ``text`` cannot end in a kind word, found without the regular expression
    (which tries every position): most names end in none. Not-ASCII last words are left to
    the expression, whose case-insensitive match knows more than ``str.lower``."""
    words = text.replace("-", " ").split()
    last = words[-1].removesuffix(".").lower() if words else ""
    return last in KIND_LAST_WORDS or last in _KIND_WORD_SLIPS or not last.isascii()


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

#: the words of a speaker saying where they are from, before the place: "I'm from | ..."
SPEAKER_IS_FROM = r"(?i:i'm|i’m|i\s+am|we're|we’re|we\s+are|i\s+come|we\s+come)\s+from\s+"
#: what troops did to a place or its people, in the past tense (a pattern's alternatives, which
#: each rule of a report's deeds extends with its own: ``parts``, ``testimony``)
PAST_DEEDS = "burned|burnt|torched|killed|shot|bombed|shelled|attacked|raided|arrested"
#: the words for kin before a person named or from a place: "My son | Tin Win, 27|", "My nephew |
#: from A| was visiting"
KIN_WORDS = (
    *("son", "daughter", "husband", "wife", "brother", "sister", "father", "mother", "uncle"),
    *("aunt", "cousin", "nephew", "niece", "grandson", "granddaughter", "grandfather"),
    *("grandmother", "neighbour", "neighbor"),
)
#: the names of months and weekdays, which are capitalised but name no place: "in | June|"
WHEN_NAMES = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
    r"|Christmas|Easter|Thingyan|Ramadan|Eid)"  # (feasts: "the day after Christmas")
)
#: what troops did to a place, in Burmese: burned, bombed, shot, attacked, an airstrike,
#: arrested, raided
BURMESE_DEEDS = "မီးရှို့|ဗုံး|ပစ်ခတ်|တိုက်ခိုက်|လေကြောင်း|ဖမ်း|စီးနင်း|ဝင်စီး"
#: a village an account names by what it is, not by its name: "the whole village", "our village"
#: where someone was born, set against where they lived: "U X (67) | was born in A (T
#: Township) but |had lived in B village", "| He was born in A village in T, but |he worked in B"
BORN_BUT = re.compile(
    r"\b(?:(?:I|He|She|We|They|he|she|we|they)\s+|I(?=['’]m\s)|[Ww]e(?=['’]re\s))?"
    r"(?:(?:was|were)\s+born\s+(?:in|at)"
    # (or from: "I am originally from A, but I married into B village")
    r"|(?:am|was|are|were|(?<=I)['’]m|(?<=[Ww]e)['’]re)\s+(?:originally\s+)?from"
    # (or their home: "My home is in A, but that day I was at my sister's house in B village")
    r"|(?<![\w'’])(?:[Mm]y|[Oo]ur)\s+home\s+is\s+in)\s+[^.;!?]+?,?"
    # (or after a while: "I was born in A, but after I married I moved to B")
    r"\s+but\s+(?:after\s+(?:I|he|she|we|they)\s+(?:got\s+)?married,?\s+(?:I|he|she|we|they)\s+"
    r"(?:moved|went)\s+(?:to|into)\s+(?=[A-Z])|"
    # (or elsewhere on the day: "I'm from A, but that day I was in B village, visiting my aunt")
    r"(?=(?:that|on\s+that|at\s+the)\s+(?:day|night|morning|time),?\s+(?:I|he|she|we|they)\s+"
    r"(?:was|were)\s+(?:in|at)\s|"
    r"(?:(?:I|he|she|we|they)\s+)?(?:had\s+)?(?:worked|lived|was\s+living|stayed"
    r"|was\s+staying|moved|settled|been\s+living|married"
    # (or posted elsewhere: "I am from A but I was posted to the school in B village")
    r"|(?:was|had\s+been)\s+(?:posted|transferred|sent|assigned)"
    r"|(?:was\s+)?(?:working|living|staying))\b))"  # ("he was from A but working in B")
)
#: the stop of a number's sign, no sentence's end: "Ward No|.| 7", "in No|.| 3 Ward"
NUMBER_SIGN_STOP = re.compile(r"\b(No)\.\s*(?=\(?\d)")
THE_VILLAGE = re.compile(r"\b(?:the|our|my|that|this)\s+(?:whole\s+|entire\s+)?village\b")
#: troops coming into, or what they did to, the speaker's own village: "the soldiers | entered our
#: village|", "the army | came into our village|"
OUR_VILLAGE_HIT = re.compile(
    rf"\b(?:{PAST_DEEDS}|entered|surrounded|stormed|(?:came|come|marched)\s+(?:in)?to"
    # ("dropped two bombs on | our village", "they shot one man in | our village")
    r"|(?:dropped|fired)\s+(?:[\w-]+\s+){0,3}?(?:on|at|into)"
    rf"|(?:{PAST_DEEDS})\s+(?:[\w-]+\s+){{1,3}}?in)\s+"
    r"(?:our|my)\s+(?:own\s+)?village\b"
)
#: a township named in Burmese (or in Latin letters) before its Burmese kind word: "မူဆယ်မြို့နယ်",
#: "ဝက်လက် မြို့နယ်", "Buthidaung မြို့နယ်"
BURMESE_TOWNSHIP = re.compile(r"(?:[\u1000-\u109f]+?|[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*)?)\s?မြို့နယ်")

#: a character of a Burmese word (letters, digits and marks; not the sentence marks ၊ and ။), as
#: a pattern's character class
BURMESE_WORD_CHAR = "[\u1000-\u1049\u104c-\u109f]"
#: Burmese consonants, independent vowels and digits (letters, not marks)
BURMESE_LETTER = re.compile("[\u1000-\u102a\u1040-\u1049]")
#: each Burmese kind word's kind in the gazetteer and its English word
BURMESE_KIND_WORDS = {
    "မြို့နယ်": ("township", "Township"),
    "ကျေးရွာအုပ်စု": ("village_tract", "village tract"),
    "ကျေးရွာ": ("village", "village"),
    "ရွာ": ("village", "village"),
    "မြို့": ("town", "town"),
    "ပြည်နယ်": ("state", "State"),
    "တိုင်းဒေသကြီး": ("state", "Region"),
}

#: the Burmese words for the sides of a place (east, west, north, south), in English
MM_SIDES = {"အရှေ့": "eastern", "အနောက်": "western", "မြောက်": "northern", "တောင်": "southern"}
_MM_SIDE = "(?:" + "|".join(MM_SIDES) + ")"
#: the words that end a state's Burmese name ("ပြည်", land, in "ရခိုင်ပြည်")
MM_STATE_WORDS = ("ပြည်နယ်", "တိုင်းဒေသကြီး", "တိုင်း", "ပြည်")

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
SITE_WORDS = frozenset(
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
        "upgrade",
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

#: the states and regions by the short names news and daily briefs tag reports with ("[Kayin]
#: Fighting at ..."), current and former
STATE_SHORT_NAMES = frozenset(
    re.split(
        r"\s+",
        """Kachin Kayah Kayin Chin Sagaing Tanintharyi Bago Magway Mandalay Mon Rakhine Yangon
        Shan Ayeyarwady Karenni Karen Arakan Tenasserim Pegu Magwe Rangoon Irrawaddy""",
    )
)
#: verbs, in the past tense, whose object is the place that was hit: "troops shelled Pangku",
#: "soldiers raided Kone Thar village", "the army torched Mwe Taw"
ATTACK_VERBS = frozenset(
    re.split(
        r"\s+",
        """attacked bombed burned burnt captured entered hit occupied overran raided seized
        shelled stormed struck torched""",
    )
)

DIRECTIONS = {
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
DIR_WORD = r"(?:north|south|east|west)(?:[\s\-]?(?:east|west))?(?:ern)?|central|upper|lower"
#: News words before a place: the event ("junta airstrike on", "fighting near", "clashes
#: in"), its spread ("across", "parts of", "in and around") and what the place is said to be
#: ("junta-held", "AA-controlled", "the besieged", "the China-backed", "China's")
_EVENT_WORDS = (
    r"(?:air\s*strikes?|air\s+raids?|drone\s+(?:strikes?|attacks?)|attacks?|assaults?"
    r"|shelling|bombings?|bombardments?|raids?|offensives?|fighting|clash(?:es)?|battles?"
    r"|ambush(?:es)?|killings?|massacres?|arson|skirmish(?:es)?|combat|violence|unrest"
    r"|protests?|operations?|strikes?|abductions?|arrests?|artillery|mortars?|gunfire"
    r"|(?:land\s*)?mine\s+(?:blasts?|explosions?)|landmines?|blasts?|explosions?|riots?)"
)
_EVENT_LEAD = (
    r"(?:(?:the|a|an|junta|military|regime|army|resistance|heavy|fierce|renewed|deadly"
    r"|recent|new|reported|communal|sectarian|religious|anti-[a-z]+)\s+){0,3}"
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
    r"|damaged|battered|struck|flooded|prone"
)
_DESCRIPTOR = (
    r"[a-z][\w.]*-(?:" + _CONTROL_WORD + "|" + _DESCRIBING_SUFFIX + r")"
    # (a Chinese lender or builder of several words: "China Eximbank-funded")
    r"|(?:china|chinese)(?:\s+[a-z][\w.&]*){1,3}-(?:" + _CONTROL_WORD + r")"
    r"|(?:" + _CONTROL_WORD + r")\s+by\s+\S+|colonial"
    r"|besieged|embattled|war-torn|restive|contested|controversial|stalled|suspended"
    r"|flooded|deserted|abandoned|razed|torched|burned-out"
    r"|halted|shelved|disputed|troubled|beleaguered|chinese|so-called|infamous|notorious"
    r"|giant|massive|huge|multi-?billion(?:[\s-]dollar)?|billion-dollar|(?:china|beijing)['’]s"
)
_DESCRIBED = r"(?:the\s+)?(?:" + _DESCRIPTOR + r")(?:\s+(?:" + _DESCRIPTOR + r"))*"
#: News words before a place, tried only when the text's first word can open them (the
#: pattern is long, and most names start with none of these words: a batch stays fast)
_NEWS_LEAD = re.compile(
    r"^(?:" + _EVENT_LEAD + "|" + _SPREAD_LEAD + "|" + _DESCRIBED + r")\s+", re.IGNORECASE
)
NEWS_FIRST_WORDS = frozenset(
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
    massive huge multibillion china china's china’s beijing's beijing’s residents villagers people
    locals families colonial landmine landmines blast blasts explosion explosions riot riots
    communal sectarian religious houses homes buildings shops flooded deserted abandoned razed
    torched""".strip(),
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
    if first in NEWS_FIRST_WORDS or "-" in first:
        return _NEWS_LEAD.sub("", text)
    return text


_LEADING_PHRASE = (
    r"(?:on\s+)?(?:the\s+)?outskirts\s+of|(?:in\s+)?(?:the\s+)?vicinity\s+of|close\s+to"
    r"|near(?:by|\s+to)?|nr\.?|approx\.?|around|between|outside(?:\s+of)?|(?:the\s+)?area\s+of|(?:in\s+)?front\s+of"
    r"|adjacent(?:\s+to)?|(?:on\s+(?:the|their|its)\s+(?:way|road)|en\s+route|heading)\s+to"
    r"|(?:the\s+)?(?:entrance|intersection|centre|center|heart|edge|middle|residential\s+areas?)"
    r"\s+(?:of|to)|downtown"
    r"|\d+(?:[.,]\d+)?\s*(?:km|kms|kilometers|kilometres|mi|miles|mile)\b(?:\s+(?:"
    + DIR_WORD
    + r"))?"
    r"\s+(?:of|from)"
    r"|(?:" + DIR_WORD + r")\s+of"
    r"|\d+(?:\.\d+)?\s*-?\s*(?:mw|megawatts?|gw)"  # a plant's capacity: "3400-MW Chibwe dam"
    r"|(?:at|from|back)\s+(?:my\s+|our\s+)?home,?\s+(?:in|at)"  # (an answer: "At home, in V")
)
_LEADING_PHRASES = re.compile(r"^(?:" + _LEADING_PHRASE + r")\s+", re.IGNORECASE)
_LEADING = re.compile(
    r"^(?:" + _LEADING_PHRASE + r"|in|inside|within|at|from|of|the)\s+", re.IGNORECASE
)
#: what a project does to a site: "... Construction Project", "construction of ..."
WORKS = (
    r"construction|reconstruction|renovation|upgrading|expansion|rehabilitation|transformation"
    r"|installation"
)
FACILITY_WORDS = (
    r"(?:(?:border\s+)?police\s+(?:station|outpost|post)|(?:army|military|junta|police)\s+"
    r"(?:camp|base|post|outpost|column)|outpost|checkpoint|check\s+point|(?:general\s+)?"
    r"administration\s+office|(?:gad\s+)?office|monastery|school|hospital|market|gate|prison"
    r"|clinic|dispensary|(?:rural\s+)?health\s+(?:centre|center|post)"
    r"|(?:(?:baptist|catholic|anglican|methodist|christian)\s+)?church|mosque|buddhist\s+monastery"
    # (transport, and where people are held or sheltered: "Kyaukphyu airport", "the Mandalay
    # Palace interrogation centre", "Nga Khu Ya reception centre", "Thet Kay Pyin camp")
    r"|airport|airfield|air\s+base|(?:railway|train)\s+station|jetty|ferry\s+terminal"
    r"|(?:interrogation|reception|transit)\s+(?:centre|center|camp)|camp"
    r"|jail|city\s+hall|stadium|university|(?:idp|refugee)\s+camp|bridge|new\s+city"
    r"|headquarters|hq|restaurant|casino(?:\s+(?:hub|complex))?|hotel|crime\s+hub"
    r"|scam\s+(?:hub|centre|center|compound)"
    r"|border\s+(?:trade\s+)?(?:gate|crossing|post|point))"
)
#: A facility named after the place it stands in: "Thein Seik police outpost" is at Thein Seik.
FACILITY = re.compile(r"[\s\-]+" + FACILITY_WORDS + "$", re.IGNORECASE)
#: the capitalised words that end a text after a word in lower case: "Residents fled | Ngazun
#: Township"
TRAILING_NAME = re.compile(r"^.*\b[a-z][\w-]*\s+(?=[A-Z]\S*(?:\s+[A-Z]\S*)*$)")


#: the kind words of several places
PLURAL_KINDS = r"villages|village\s+tracts|towns|townships|wards|districts|states|regions"
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
#: "Ward 3", "Ward No. 3", "Quarter (3)", "3rd Ward": MIMU's "No (3) Ward" (an alternative
#: reading after the text as written: five Yangon villages are called "Ward 3" and so on)
NUMBERED_WARD = re.compile(
    r"^\s*(?:(?:ward|quarter)\s*(?:no\.?\s*)?\(?\s*(?P<a>\d{1,3})\s*\)?"
    r"|(?:no\.?\s*)?\(?(?P<b>\d{1,3})\s*\)?\s*(?:st|nd|rd|th)?\s+(?:ward|quarter))\s*$",
    re.IGNORECASE,
)
PAREN = re.compile(r"\s*[(\[]([^()\[\]]*)[)\]]\s*")


#: words in lower case before a kind word that say what the place is, not what it is called:
#: "Muse border town", "Hpakant jade mining town", "Myawaddy trading town"
_KIND_ADJECTIVES = re.compile(
    r"(?:\s+(?:border|frontier|gate|crossing|trading|trade|market|mining|jade|ruby|gold|coastal|riverside"
    r"|river|hill|garrison|industrial|commercial|key|strategic|remote|small|large|major|beach"
    r"|seaside|resort|port|fishing))+$"
)


#: the spaces and hyphens between the words of a kind word ("village-tract", "village  tract")
_SPACES_OR_HYPHENS = re.compile(r"[\s\-]+")


@lru_cache(maxsize=1 << 16)
def strip_kind(text: str) -> tuple[str, str | None]:
    """Split a trailing kind word (English or Burmese) off ``text`` (memoised: the resolver
    strips a query's target after ``part_kind`` has, and qualifiers recur)."""
    match = _KIND_PREFIX.match(text) if " of " in text.lower() else None
    if match:
        word = re.sub(r"\s+", " ", match["word"].lower())
        # "the Irrawaddy river port of Bhamo", "the jade mining hub of Hpakant": towns
        word = {"villages": "village", "port": "town", "hub": "town"}.get(word, word)
        return match["core"].strip(), KIND_OF[word]
    match = None
    if _may_end_in_kind_word(text):  # (a slip's correction ends in a kind word too)
        core, _, last = text.rpartition(" ")
        if core and (word := _KIND_WORD_SLIPS.get(last.removesuffix(".").lower())):
            text = f"{core} {word}"  # "Kyettuyway villge": a village
        match = _KIND_RE.match(text)
    if match:
        word = _SPACES_OR_HYPHENS.sub(" ", match["word"].lower())
        core = match["core"].strip()
        if " " in core and core[-1:].islower():  # "Muse border town", "Hpakant jade town"
            core = _KIND_ADJECTIVES.sub("", core) or core
        return core, KIND_OF[word]
    match = _GLUED_KIND.match(text)
    if match:
        return match["core"].strip(), KIND_OF[match["word"].lower()]
    if text.isascii():  # no Burmese kind word to look for
        return text, None
    compact = text.replace(" ", "")
    if compact.endswith(("ပိုင်း", "ပိုင်း)")) and MM_STATE_PART.match(compact):
        return compact, "state"  # "ရှမ်းပြည်နယ်မြောက်ပိုင်း", northern Shan State: a state
    for suffix, kind in MM_KIND_SUFFIXES:
        if compact.endswith(suffix) and len(compact) > len(suffix):
            return compact[: -len(suffix)], kind
    return text, None


MM_STATE_PART = re.compile(
    r"(?P<state>.+(?:" + "|".join(MM_STATE_WORDS) + r"))"
    r"\(?(?P<side>" + _MM_SIDE + r")ပိုင်း\)?$"
)


def names_a_site(text: str) -> bool:
    """Whether ``text`` has a site word after its first word ("Chipwi hydropower")."""
    return not SITE_WORDS.isdisjoint(w.lower().strip(".-") for w in text.split()[1:])


#: a part of a township, town or village ("ဘီးလင်းမြို့နယ် တောင်ပိုင်း", southern Bilin
#: Township): the place itself (a state's part is a unit of its own: Shan (South))
_MM_PART_OF_PLACE = re.compile(r"(မြို့နယ်|မြို့|ရွာ)\s*" + _MM_SIDE + r"ပိုင်း(?=\s|[၊။,]|$)")
TABS = re.compile(r"\s*\t+\s*")


#: Myanmar's names, which a spreadsheet's address may start with
THE_COUNTRY = frozenset(
    normalize(name) for name in ("Myanmar", "Burma", "Union of Myanmar", "မြန်မာနိုင်ငံ", "မြန်မာ")
)

#: where at a place: near ("အနီး"), on, in the town ("ပေါ်"), inside ("အတွင်း"), on the side
#: of ("ဘက်"), its east side ("အရှေ့ဘက်"); and its people ("မြို့ခံများ", the townspeople)
MM_POSITION = r"အနီး|ပေါ်|အတွင်း|ထဲ|တွင်း|အနှံ့|နေရာ|" + _MM_SIDE + r"?ဘက်|ခံများ|ခံ"
#: case particles: at ("တွင်", "၌", "မှာ"), the object ("ကို"), to ("သို့"), from ("မှ"), the
#: subject ("က", "ကန့်ဘလူမြို့နယ်က ဒေသခံတွေ", the people of Kanbalu Township)
_MM_CASE = r"တွင်|၌|မှာ|ကို|အား|သို့|မှ|က"
#: the endings of the words a place or a site ends in ("...ရွာ", "...မြို့နယ်", "...စီမံကိန်း")
_MM_PLACE_END = r"ရွာ|မြို့|နယ်|နယ်မြေ|ပြည်|ကွက်|ရိုင်|တိုင်း|ကြီး|ပိုင်း|ကိန်း|ရုံ|ဆိပ်|ကာတာ|တွင်း|ကမ်း|ဇုန်|ဆည်|\)"
#: A Burmese particle after a place's kind word (or its bracketed township): "ရှိ" ("in",
#: "X မြို့နယ်ရှိ Y ရွာ", Y village in X township) joins two places; the others end the place
#: before the sentence goes on: "တွင်", "၌", "မှာ" (at), "အနီး" (near), "ကို" (the object),
#: "သို့" (to), "မှ" (from): "ဆိပ်ခွန်ရွာတွင် ... သတ်ဖြတ်" (killed ... at Seik Khun village).
_MM_PARTICLE = re.compile(
    r"(" + _MM_PLACE_END + r")\s*"
    # ("ရှိ", in; "သည်" after a village, town or township: "V ကျေးရွာသည် T မြို့နယ်တွင် ရှိသည်")
    r"(?:(?P<joins>(?:" + MM_POSITION + r")?ရှိ|(?<=ရွာ)သည်|(?<=နယ်)သည်|(?<=မြို့)သည်)"
    r"|(?:" + MM_POSITION + r")(?:" + _MM_CASE + r")?"
    r"|" + _MM_CASE + r")(?=\s|[၊။,]|$)"
    r"(?P<rest>[^၊။,]*)"
)
#: "near" after a bare name: "ကျောက်မဲအနီး ..." (near Kyaukme ...)
_MM_NEAR = re.compile(
    r"([\u1000-\u109f])(?:(?P<joins>အနီးရှိ)|အနီး(?:တွင်|၌|မှာ)?)(?=\s|[၊။,]|$)(?P<rest>[^၊။,]*)"
)
#: A date and time: "၂၀၂၂ ခုနှစ် ဒီဇင်ဘာလ ၉ ရက်နေ့ နံနက်ပိုင်းတွင်" (on the morning of 9 December
#: 2022), "၂၀၂၂ ခုနှစ်" (in 2022)
_MM_DATE = re.compile(
    # ("ယနေ့ (၁၅) ရက်နေ့တွင်": today, the 15th, a day's number in brackets)
    # (a month by its name without "လ": "၂၀၂၃ ခုနှစ် မေ ၂၇ ရက်")
    r"(?:[၀-၉0-9]+\s*ခုနှစ်\s*)?(?:(?:\S+လ|ဇန်နဝါရီ|ဖေဖော်ဝါရီ|မတ်|ဧပြီ|မေ|ဇွန်|ဇူလိုင်|[ဩသြ]ဂုတ်"
    r"|စက်တင်ဘာ|အောက်တိုဘာ|နိုဝင်ဘာ|ဒီဇင်ဘာ)\s*)?(?:(?:ယနေ့|မနေ့)\s*)?\(?[၀-၉0-9]+\)?\s*ရက်(?:နေ့)?"
    r"(?:\s*(?:နံနက်|မနက်|နေ့လယ်|ညနေ|ည)(?:ပိုင်း)?)?(?:\s*(?:တွင်|က|၌)(?=[\s၊]|$))?\s*"
    r"|[၀-၉0-9]{4}\s*ခုနှစ်(?:တွင်|က|၌)?\s*"
    # a time of day: "ယနေ့ မနက် ၆ နာရီခန့်က" (today at about 6 in the morning), "မနေ့ညက"
    r"|(?:(?:ယနေ့|မနေ့|ဒီနေ့)\s*)?(?:(?:နံနက်|မနက်|နေ့လယ်|ညနေ|ည)(?:ပိုင်း)?\s*)?"
    r"[၀-၉0-9]{1,2}\s*နာရီ(?:\s*[၀-၉0-9]{1,2}\s*မိနစ်)?\s*(?:ခန့်|လောက်)?(?:က|တွင်|၌)?\s*"
    r"|(?:ယနေ့|မနေ့)\s*(?:(?:နံနက်|မနက်|နေ့လယ်|ညနေ|ည)(?:ပိုင်း)?)?(?:က|တွင်|၌)?\s+"
)
#: Who reported it, before the places: "ဧရာဝတီသတင်းအရ" (according to the Irrawaddy's news)
_MM_SOURCE = re.compile(r"^\S*သတင်း(?:များ)?အရ[\s၊,]*")


#: a person named with a word of respect and their age in Burmese: "ဦးအောင်မြင့် (အသက် ၄၅ နှစ်)",
#: "ဒေါ်ခင်မာ (၅၂)"; the village they live in or come from, before or after them: "V ကျေးရွာနေ"
#: (living in V), "V ကျေးရွာသား"/"V ကျေးရွာသူ" (a villager of V), "V ရွာမှ" (from V), "X မြို့ခံ" (a
#: native of X town); "နှင့်" (and) joins two: "ဦးတင်ဝင်း (၇၄) နှင့် မောင်ဇော် (၁၂) | X ရွာ"
_MM_PERSON = (
    r"(?:^|(?<=[\s၊]))(?:ဦး|ဒေါ်|ကို|မောင်|မ|စိုင်း|နော်|စော|နန်း|ဆရာ)[^\s၊()|]*"
    r"(?:\s*\(\s*(?:အသက်\s*)?[၀-၉0-9]{1,3}\s*(?:နှစ်)?\s*\)"
    r"|\s*၊\s*အသက်\s*\(?\s*[၀-၉0-9]{1,3}\s*(?:နှစ်)?\s*\)?(?=\s*၊))"  # ("ကိုX၊ အသက် ၂၄၊")
    r"(?!\s*(?:(?:ကျေး)?ရွာ|ရပ်ကွက်|မြို့))"  # (not a numbered village: "မန်ကောင်း (၂)ကျေးရွာ")
)
_MM_HOME = r"[^\s၊()|]+\s?(?:(?:ကျေး)?ရွာ|မြို့)(?:\s*\([^()]*မြို့နယ်\)\s*)?(?:နေ|သား|သူ|မှ|ခံ)"
_MM_PERSON_AND_HOME = re.compile(
    rf"(?:{_MM_HOME}\s*)?{_MM_PERSON}(?:\s*(?:သည်|ကို|က|အား|နှင့်|နဲ့)(?=\s))?(?:[၊\s]*{_MM_HOME}(?=[၊\s]))?[၊\s]*"
)
#: a casualty list's name, sex and age before the place: "မခင်မာ၊ မ၊ ၂၆၊ | X ကျေးရွာ၊ ..."
_MM_LISTED_PERSON = re.compile(r"^[^၊|]{1,40}၊\s*(?:ကျား|မ)\s*၊\s*[၀-၉0-9]{1,3}\s*၊\s*")
#: where a Burmese record's person and home end and what happened starts: "။" or " - "
_MM_RECORD_BREAK = re.compile(r"။|\s[-–]\s")


def _person_then_event(text: str) -> tuple[str, str] | None:
    """``text`` split at its first "။" or " - " (not a label's dash: "နေရပ် - "), or None."""
    found = _MM_RECORD_BREAK.search(text)
    if found is None or text[: found.start()].rstrip().endswith(("နေရပ်", "နေရာ")):
        return None
    return text[: found.start()], text[found.end() :]


#: a person's age: "အသက်(၁၄)", "(၂၉ နှစ်)"; or any mark of one, or of a list's sex ("၊ မ၊")
_MM_AGED = re.compile(r"အသက်|[၀-၉]\s*နှစ်\s*\)")
_MM_AGE_MARK = re.compile(r"အသက်|\(\s*[၀-၉0-9]|၊\s*(?:ကျား|မ)\s*၊")
#: a place's kind word in Burmese, and a township with its name
_MM_PLACE_WORD = re.compile("ရွာ|မြို့")
_MM_TOWNSHIP = re.compile(r"[^\s၊()|]+\s?မြို့နယ်")


def without_burmese_people(text: str) -> str:
    """Burmese ``text`` without the people it names with their ages and the villages they live
    in or come from, when a place remains ("ဦးအောင်မြင့် (အသက် ၄၅ နှစ်)၊ V ကျေးရွာနေ၊ W ကျေးရွာ (T
    မြို့နယ်) တွင် ... သေဆုံး": W, where he died, not V, where he lived); a casualty list's name,
    sex and age before its place."""
    if text.isascii() or not _MM_AGE_MARK.search(text):
        return text  # (a quick look first: no one's age, nor a list's sex)
    parts = _person_then_event(text)
    if parts and _MM_AGED.search(parts[0]) and _MM_PLACE_WORD.search(parts[1]):
        head, rest = parts
        # a record's person, age and home, then what happened where: "NAME၊ အသက်(၁၄)၊ V
        # ကျေးရွာ၊ T မြို့နယ်။ W ကျေးရွာ၌ ...", "... T မြို့နယ် - W ကျေးရွာအနီးတွင် ...": W, in the
        # home's township
        without, removed = rest.strip(), head
    else:
        removed = "".join(m.group() for m in _MM_PERSON_AND_HOME.finditer(text))
        without = _MM_LISTED_PERSON.sub("", _MM_PERSON_AND_HOME.sub("", text))
    if without == text or not _MM_PLACE_WORD.search(without):
        return text
    township = _MM_TOWNSHIP.search(removed)  # (the home's township, when the rest names none:
    if township and "မြို့နယ်" not in without:  # "V ကျေးရွာ (T မြို့နယ်) နေ၊ W ကျေးရွာတွင်")
        without = f"{without}၊ {township.group()}"
    return without


#: a Burmese record's field of where it happened, up to the next field: "ကျဆုံးသည့်နေရာ - X
#: ကျေးရွာ၊ T မြို့နယ်" (place of death), "ဖြစ်စဉ်နေရာ - ..." (place of the incident), between bars,
#: lines or "၊"
_MM_PLACE_FIELD = re.compile(
    # (or with a space alone after its label: "ကျဆုံးရာနေရာ | W ကျေးရွာ၊ T မြို့နယ်"; or its short
    # label, with a mark after it: "ကျဆုံးရာ - V ကျေးရွာ", where they fell)
    r"(?:\S*နေရာ(?:\s*[:–-]\s*|\s+)|(?:ကျဆုံး|သေဆုံး|ဖြစ်ပွား)ရာ\s*[:–-]\s*)"
    r"(?P<value>.+?)(?=\s*[|\n;]|\s+/\s|၊\s*\S+\s*[:–-]\s|$)"
)
#: ... and its township's field, when the place field names none: "... / မြို့နယ်: T"
_MM_TOWNSHIP_FIELD = re.compile(r"(?:^|[|\n;/၊]\s*)မြို့နယ်\s*[:–-]\s*(?P<value>[^|\n;/၊]+)")


def without_glosses(text: str) -> str:
    """English text without a name's Burmese or Chinese spelling in brackets after it ("the
    shells fell into Sein Pan Kone (စိန်ပန်းကုန်း) village": "... Sein Pan Kone village"; "Lashio
    (Lashu 腊戍): ...": "Lashio: ..."); ``text`` otherwise."""
    if "(" not in text or text.isascii():
        return text  # (a quick look first)
    return _GLOSS.sub("", text)


#: a name's Burmese or Chinese spelling in brackets after its English one: "Sein Pan Kone |
#: (စိန်ပန်းကုန်း)|", "Hsenwi | (Xinwei 新维)|" (not an area in Burmese: "V village (Tမြို့နယ်)")
_GLOSS = re.compile(
    r"(?<=[A-Za-z])\s*\((?:(?![^()]*(?:မြို့နယ်|ရွာ|မြို့|တိုင်း|ပြည်နယ်)\))[\u1000-\u109f\s]+"
    r"|[A-Za-z\s]*[\u4e00-\u9fff][\u4e00-\u9fff\s]*)\)"
)


def with_nested_brackets_opened(text: str) -> str:
    """``text`` with a bracket holding another bracket read as a part after a comma ("V (W
    (West) VT), T T/S": "V, W (West) VT, T T/S"), so that the inner bracket is a name's
    own; ``text`` otherwise."""
    if "((" in text or not _NESTED_BRACKET.search(text):
        return text  # (a quick look first: most text holds no bracket in a bracket)
    return _NESTED_BRACKET.sub(r", \g<inner>", text)


#: a bracket holding another, after a name: "Nyaung Kone| (Pyin Ma Kone (West) VT)|"
_NESTED_BRACKET = re.compile(r"(?<=[\w.])\s+\((?P<inner>[A-Z][^()]*\([^()]+\)[^()]*)\)")


def with_township_of_town(text: str) -> str:
    """``text`` with a township named by its town as the township ("Takhuntaing, in the same
    township as Mudon town": "Takhuntaing, Mudon Township")."""
    if "ame township as" not in text:
        return text
    return _SAME_TOWNSHIP_AS_TOWN.sub(r"\g<town> Township", text)


#: a township named by its town: "|in the same township as Mudon town|"
_SAME_TOWNSHIP_AS_TOWN = re.compile(
    r"\b(?:[Ii]n\s+)?(?:the\s+)?[Ss]ame\s+township\s+as\s+"
    r"(?P<town>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})\s+(?:town|city)\b"
)


def with_burmese_township_before_town(text: str) -> str:
    """``text`` with a town's township, bracketed after the town in Burmese, named before it
    ("Xမြို့ (Tမြို့နယ်) အမှတ် (၃) ရပ်ကွက်တွင်": "Tမြို့နယ်၊ Xမြို့၊ အမှတ် (၃) ...", a ward
    of the town); ``text`` itself else."""
    if "မြို့နယ်)" not in text:
        return text
    return _BURMESE_TOWN_THEN_TOWNSHIP.sub(r"\g<township>၊ \g<town>၊ ", text, count=1)


#: a town, then its township in brackets: "ထူးကြီးမြို့ (အင်္ဂပူမြို့နယ်) "
_BURMESE_TOWN_THEN_TOWNSHIP = re.compile(
    r"(?P<town>[\u1000-\u109f]+မြို့)\s*\((?P<township>[\u1000-\u109f]+မြို့နယ်)\)\s*"
    r"(?=အမှတ်|[\u1000-\u109f]+ရပ်ကွက်)"  # (before a ward)
)


def with_dates_slashed(text: str) -> str:
    """``text`` with its dates written with dots (or dashes, day first) written with slashes, so
    that no sentence ends inside one ("On 27.3.2022, soldiers entered the village": "On
    27/3/2022, ..."; "On 07-03-2022, troops raided V": "On 07/03/2022, ...")."""
    if "-" in text:
        text = _DASHED_DATE.sub(lambda date: date.group().replace("-", "/"), text)
    if "." not in text:
        return text  # (a quick look first)
    return _DOTTED_DATE.sub(lambda date: date.group().replace(".", "/"), text)


#: a date written with dots: "27.3.2022", "7.8.19"
_DOTTED_DATE = re.compile(r"\b\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2})\b(?!\.\d)")
#: a date written with dashes, day first: "07-03-2022"
_DASHED_DATE = re.compile(r"\b\d{1,2}-\d{1,2}-\d{4}\b(?!-)")


def without_side_of_area(text: str) -> str:
    """``text`` without the side of an area named in brackets after it, a hint of where in the
    area, no place of its own ("Auk Taung village, Tamu township (Khampat side)": "Auk Taung
    village, Tamu township")."""
    if " side)" not in text:
        return text  # (a quick look first)
    return _SIDE_OF_AREA.sub("", text)


#: the side of an area, in brackets after the area: "Tamu township| (Khampat side)|"
_SIDE_OF_AREA = re.compile(
    r"(?<=[a-z])\s*\((?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\s+side\)"
)


def without_burmese_asides(text: str) -> str:
    """Burmese text without words around its places that name none: an appeal's opening words
    ("အရေးပေါ် အကူအညီတောင်းခံခြင်း 🙏"), when it happened ("ဒီနေ့မနက်
    Vရွာကို ...", this morning), the region that opens it when a township follows ("ပဲခူးတိုင်းတွင်
    ... Tမြို့နယ် Vကျေးရွာကို"), where in the township ("Tမြို့နယ်၏ အရှေ့ဘက်ရှိ V", in the east of
    T; "Tမြို့နယ်အတွင်း V", within T), what follows a place with its township in brackets
    ("Vကျေးရွာ (Tမြို့နယ်) မီးလောင်ခံရသူများအတွက် ..."), those who fled from a place in brackets
    ("(Wရွာမှ ထွက်ပြေးလာသူများ ပါဝင်)"); ``text`` itself otherwise."""
    if not ("\u1000" <= text[:1] <= "\u109f" or "မြို့နယ်" in text):
        return text  # (a quick look first)
    text = _MM_DATE_LEAD.sub("", _MM_APPEAL_LEAD.sub("", text))
    text = _MM_DISTANCE_FROM_TOWN.sub("", _MM_TIME_LEAD.sub("", text))
    if "ဓာတ်ပုံ" in text:  # (a photo's credit at the end: "ဓာတ်ပုံ − ဒေသခံ", photo: a local)
        text = _MM_PHOTO_CREDIT.sub("", text)
    text = _MM_WITHIN_TOWNSHIP.sub("မြို့နယ်", text)
    if "(" in text:  # (an armed group's initials after its Burmese name: "... (KIA)နှင့်")
        text = _MM_GROUP_INITIALS.sub("", text)
    if "ထွက်ပြေး" in text:
        text = _MM_FLED_TO_SAID.sub("", _MM_THOSE_WHO_FLED.sub("", text))
        # (and a sentence after the first of where villagers fled: "ရွာသားများ Wရွာဘက်သို့
        # ထွက်ပြေးတိမ်းရှောင်ခဲ့ရသည်။", the villagers fled towards W village)
        text = _MM_FLED_TOWARD.sub("", text).strip() or text
    if "မြို့နယ်" in text:
        text = _MM_PLACE_THEN_TOWNSHIP_IN_BRACKETS.sub(r"\1", _MM_REGION_LEAD.sub("", text))
        # (or the people of such a place, later in the text: "ပြင်ဦးလွင်မှ ကျွန်ုပ်တို့အဖွဲ့သည်
        # ... Vရွာ (Tမြို့နယ်) ဒေသခံများအတွက် ...", we from W collect for the people of V)
        text = _MM_PEOPLE_OF_PLACE_IN_BRACKETS.sub(r"\1", text)
    return _MM_EVENT_LAST.sub("", text)


#: a photo's credit ending a caption: "| ဓာတ်ပုံ − ဒေသခံ|" (photo: a local)
_MM_PHOTO_CREDIT = re.compile(r"\s*ဓာတ်ပုံ\s*[−–—:-]\s*[^။\n]*$")
#: a sentence after the first, of where people fled: "| ရွာသားများ Wရွာဘက်သို့ ထွက်ပြေး...။|"
_MM_FLED_TOWARD = re.compile(r"(?<=။)\s*[^။]*?(?:ကျေး)?ရွာ(?:ဘက်)?(?:သို့|ကို)\s*ထွက်ပြေး[^။]*(?:။|$)")
#: what those who fled to a place told: "Wရွာသို့ ထွက်ပြေးလာသူများ၏ အဆိုအရ" (according to those
#: who fled to W village)
_MM_FLED_TO_SAID = re.compile(
    r"[\u1000-\u109f]+?(?:ကျေး)?ရွာ(?:သို့|ကို)\s*ထွက်ပြေး[\u1000-\u109f]*?(?:၏)?\s*"
    r"(?:အဆိုအရ|ပြောပြချက်အရ|ပြောချက်အရ)\s*"
)
#: those who fled from a place, in brackets: "(Vရွာမှ ထွက်ပြေးလာသူများ ပါဝင်)" (those who fled from V
#: village among them)
_MM_THOSE_WHO_FLED = re.compile(r"\s*\([^()]*ထွက်ပြေး[^()]*\)")
#: an appeal's words opening the text: "အရေးပေါ် အကူအညီတောင်းခံခြင်း 🙏" (urgent appeal for help),
#: "ကူညီကြပါ" (please help), "အကူအညီ လိုအပ်နေပါသည်" (help is needed)
_MM_APPEAL_LEAD = re.compile(
    r"^(?:(?:အရေးပေါ်|အကူအညီ[\u1000-\u109f]*|ကူညီ[\u1000-\u109f]*|အလှူ[\u1000-\u109f]*"
    r"|လှူဒါန်း[\u1000-\u109f]*|လိုအပ်[\u1000-\u109f]*)[^\u1000-\u109fA-Za-z0-9]*)+"
    # (or a memorial's: "ဝမ်းနည်းကြေကွဲစွာ အသိပေးအပ်ပါသည်။ ရဲဘော် ..." (we sadly announce:
    # comrade ...))
    r"|^ဝမ်းနည်း[\u1000-\u109f]*\s*အသိပေး[\u1000-\u109f]*။?\s*(?:ရဲဘော်\s*)?"
)
#: when it happened, opening the text: "ဒီနေ့မနက်" (this morning), "မနေ့ညက" (last night)
#: a date of a month's name and a day opening the text: "မေ ၁၀ ရက် — " (10 May), not a place
#: ("မေ" is also a village's name)
_MM_DATE_LEAD = re.compile(
    r"^(?:ဇန်နဝါရီ|ဖေဖော်ဝါရီ|မတ်|ဧပြီ|မေ|ဇွန်|ဇူလိုင်|ဩဂုတ်|စက်တင်ဘာ|အောက်တိုဘာ|နိုဝင်ဘာ"
    r"|ဒီဇင်ဘာ)(?:လ)?\s*[၀-၉0-9]{1,2}\s*ရက်(?:နေ့)?(?:က)?\s*[—–:-]?\s*"
)
_MM_TIME_LEAD = re.compile(
    # (a date in figures first: "၆.၉.၂၀၂၄နေ့ ညနေပိုင်းတွင်" on 6.9.2024 in the evening)
    r"^(?:[၀-၉0-9]{1,2}[./][၀-၉0-9]{1,2}[./][၀-၉0-9]{2,4}\s*(?:ရက်)?(?:နေ့)?\s*)?"
    r"(?:ဒီနေ့|ယနေ့|မနေ့|ယမန်နေ့|ဒီ)?(?:မနက်|ညနေ|ည|နေ့လည်|နံနက်)?(?:ပိုင်း)?(?:တွင်|က)?"
    r"(?<=[\u1000-\u109f])\s+(?=\S)"
)
#: a distance and direction from a town before the village it gives: "Tမြို့၏ အနောက်မြောက်ဘက်
#: ၃၂မိုင်ခန့်အကွာရှိ | Vရွာမှာ" (at V village, about 32 miles northwest of T town)
_MM_DISTANCE_FROM_TOWN = re.compile(
    r"\S+မြို့၏\s*\S*ဘက်\s*[၀-၉0-9]+\s*(?:မိုင်|ကီလိုမီတာ)(?:ခန့်)?\s*(?:အကွာ)?(?:ရှိ)?\s*"
)
#: where in the township: "မြို့နယ်|၏ အရှေ့ဘက်ရှိ|", "မြို့နယ်|အတွင်း|"
_MM_WITHIN_TOWNSHIP = re.compile(
    r"မြို့နယ်(?:၏\s*(?:အရှေ့|အနောက်|တောင်|မြောက်|အရှေ့မြောက်|အရှေ့တောင်|အနောက်မြောက်|အနောက်တောင်)"
    r"(?:ဘက်|ပိုင်း|ခြမ်း)?(?:ရှိ)?|အတွင်း(?:ရှိ)?|ထဲ(?:က|မှာ|ရှိ)?)"
)
#: the region opening the text, before a township: "ပဲခူးတိုင်းတွင် " (in Bago Region)
_MM_REGION_LEAD = re.compile(r"^\S+(?:တိုင်း(?:ဒေသကြီး)?|ပြည်နယ်)(?:တွင်|၌|ရှိ|မှာ)\s+")
#: a place with its township in brackets opening the text, then what befell its people: "Vကျေးရွာ
#: (Tမြို့နယ်) | မီးလောင်ခံရသူများအတွက် ..." (for those of V village whose homes burned)
_MM_PLACE_THEN_TOWNSHIP_IN_BRACKETS = re.compile(
    r"^(\S+(?:ကျေးရွာ|ရွာ|မြို့)\s*\(\S+မြို့နယ်\))\s+\S.*$", re.DOTALL
)
_MM_PEOPLE_OF_PLACE_IN_BRACKETS = re.compile(
    r"^.*?(?<!\S)(\S+(?:ကျေးရွာ|ရွာ)\s*\(\S+မြို့နယ်\))\s+(?:ဒေသခံ|ရွာသား|ပြည်သူ)\S*.*$", re.DOTALL
)
#: what happened, named after the place at the end: "Vမြို့ | တိုက်ပွဲ" (the battle of V town)
_MM_EVENT_LAST = re.compile(
    r"(?:(?<=မြို့)|(?<=ရွာ)|(?<=နယ်))\s+(?:တိုက်ပွဲ|ပစ်ခတ်မှု|လေကြောင်းတိုက်ခိုက်မှု|မီးရှို့မှု)(?:များ)?\s*$"
)


#: a Burmese table's heading of where it happened: "ကျဆုံးသည့်နေရာ" (place of death), "ဖြစ်စဉ်နေရာ"
#: (not the home, "နေရပ်")
MM_PLACE_HEADING = re.compile(r"\S*နေရာ|(?:ကျဆုံး|သေဆုံး|ဖြစ်ပွား)ရာ")


def burmese_record_place(text: str) -> str:
    """The place field of a Burmese record of labelled fields ("ကျဆုံးသူ - ... | နေရပ် - V
    ကျေးရွာ | ကျဆုံးသည့်နေရာ - W ကျေးရွာ၊ T မြို့နယ် | ...", or "ကျဆုံးရာ - W ...": "W ကျေးရွာ၊ T
    မြို့နယ်"; not the home field "နေရပ်"); ``text`` itself when it has none."""
    if "နေရာ" not in text and "ရာ" not in text:
        return text  # (a quick look first)
    field = _MM_PLACE_FIELD.search(text)
    if not field or not _MM_PLACE_WORD.search(field["value"]):
        return text
    township = _MM_TOWNSHIP_FIELD.search(text) if "မြို့နယ်" not in field["value"] else None
    return f"{field['value']}၊ {township['value'].strip()}မြို့နယ်" if township else field["value"]


def burmese_place_phrases(text: str) -> str:
    """Burmese text cut to its places: what follows a particle that ends a place ("တွင်",
    "အနီး", "ကို" ...) up to the next separator is the sentence's predicate, dropped; "ရှိ"
    becomes a separator; a leading "according to X's news" is dropped, and a town's
    outskirts ("မြို့ပြင်") are the town."""
    text = _MM_SOURCE.sub("", text).replace("မြို့ပြင်", "မြို့")  # a town's outskirts: the town
    if "မှ" in text:  # "မိတ္ထီလာမှ ချီတက်လာပြီး" (marched from Meiktila), "ရွှေကူမှ ပြောကြား" (said
        text = _MM_ORIGIN.sub(" ", text).strip()  # from Shwegu): no place of what happened
    text = _MM_SUBJECT.sub("", _MM_ACRONYM_OF_FORCE.sub("", text))
    if (
        "ဖြင့်" in text or "ရာ " in text or "နောက် " in text or "ဒဏ်ခံ" in text
    ):  # "လက်နက်ကြီးဖြင့် ပစ်ခတ်ရာ | X"
        text = _MM_HOW_LEAD.sub("", text)
    if "ကျွန်" in text or "ငါ" in text or "မွေးရပ်" in text or "အမေ" in text or "အဖေ" in text:
        text = _MM_OWN_PLACE.sub("", text)
    if ("သော" in text or "သည့်" in text) and (described := _MM_DESCRIBED_PLACE.match(text)):
        text = text[described.end() :]  # "မီးလောင်နေသော | X ကျေးရွာ" (the burning X village)
    if "ထို" in text or "အဆိုပါ" in text:  # "ထိုကျေးရွာသည်", "အဆိုပါကျေးရွာသည်" (that village)
        text = _MM_THAT_PLACE.sub("", text)
    if "ခုနှစ်" in text or "ရက်" in text or "နာရီ" in text or "နေ့" in text:
        text = _MM_DATE.sub("", text)
    if text.endswith(("ခံရ", "ခံရသည်", "ခံခဲ့ရ")):  # "X ရွာ (T မြို့နယ်) မီးရှို့ခံရ": burned
        text = _MM_PASSIVE_AFTER_AREA.sub(r"\1", text)
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
    if not kept and (area := _MM_AREA_OF_PEOPLE.search(rest)):
        # "X ရွာတွင် ... ခုခံတိုက်ခိုက်ခဲ့ကြောင်း T မြို့နယ် ဒေသခံများက ပြောသည်" (T's locals said)
        return match.group(1) + "၊ " + area["area"]
    return match.group(1) + ("၊ " + rest if kept else "")


#: what befell a place, in the passive, after the area in brackets that holds it
_MM_PASSIVE_AFTER_AREA = re.compile(
    r"(\([^()]*(?:မြို့နယ်|ခရိုင်|ပြည်နယ်|တိုင်းဒေသကြီး|တိုင်း)\))\s*\S*(?:ခံရ|ခံရသည်|ခံခဲ့ရ)$"
)
#: how a word of a sentence's subject ends (each after any letters: the word is the subject
#: as a whole): a force, column, aircraft or spokesperson with the subject particle
#: ("စစ်ကောင်စီတပ်သည်", the military council's troops; "စစ်ကြောင်းက", a column;
#: "ပြည်သူ့ကာကွယ်ရေးတပ်ဖွဲ့ ပြောရေးဆိုခွင့်ရှိသူက", the force's spokesperson); a council, also
#: bare, then its arm ("စစ်ကောင်စီ လေကြောင်းတပ်က", the council's air force); a force before
#: the particle's word; a column or convoy as the object; forces joined by "and" (နှင့်,
#: တို့); a column "တစ်ကြောင်း"; shells or bombs ("လက်နက်ကြီးကျည်များ")
_MM_SUBJECT_WORD_ENDS = (
    r"(?:တပ်|တပ်ဖွဲ့|တပ်များ|တပ်ဖွဲ့များ|အဖွဲ့|စစ်ကြောင်း|စစ်ကြောင်းများ|ရှိသူ|လေယာဉ်|လေယာဉ်များ"
    r"|တပ်မတော်|တပ်ရင်း|တပ်ရင်းများ|တပ်ခွဲ|တပ်စု|တပ်မ|တပ်မဟာ"  # (the army, a battalion ...)
    r"|တပ်သား|တပ်သားများ|စစ်သား|စစ်သားများ)"  # (soldiers)
    r"(?:သည်|က|၏)",  # (or whose: "စစ်ကောင်စီ၏ တိုက်လေယာဉ်များသည်", the junta's jets)
    r"ကောင်စီ(?:သည်|က|၏)?",
    r"ကောင်စီ\S*တပ်(?:ဖွဲ့)?(?:များ)?",  # the council's troops, bare: "စစ်ကောင်စီတပ် X ရွာကို"
    r"\S*တပ်ဖွဲ့(?=\s+\S*(?:သည်|က)\s)",
    r"စစ်ကြောင်း(?:များ)?ကို",
    r"ယာဉ်တန်း(?:ကို|က|သည်)",
    r"\S*(?:တပ်|တပ်ဖွဲ့|တပ်ဖွဲ့များ|တပ်များ|စစ်ကြောင်း|စစ်ကြောင်းများ)(?:နှင့်|တို့)",
    r"စစ်ကြောင်း\S*(?:သည်|က)",
    r"\S*(?:ကျည်|ကျည်ဆံ|ဗုံး)(?:များ)?(?:သည်|က)?",
    # a force with its acronym in brackets: "ပြည်သူ့ကာကွယ်ရေးတပ် (PDF) သည်"
    r"(?:တပ်|တပ်ဖွဲ့|အဖွဲ့)?\s*\([A-Za-z]{2,10}\)\s*(?:သည်|က)",
)
#: a sentence's subject before its place, with where it came from ("မုံရွာမြို့မှ စစ်ကြောင်းက",
#: a column from Monywa town, which is not where it acted)
_MM_SUBJECT = re.compile(
    r"^(?:\S+မှ\s+(?=\S*(?:တပ်|အဖွဲ့|စစ်ကြောင်း|ကောင်စီ)))?"
    r"(?:\S*(?:" + "|".join(_MM_SUBJECT_WORD_ENDS) + r")\s+)+"
)
#: verbs of coming, firing or saying after where it came from
_MM_FROM_VERBS = (
    "ချီတက်", "ထွက်ခွာ", "ထွက်လာ", "ဆင်းလာ", "ပြောကြား", "ပြောဆို", "လာသော", "လာသည့်", "ဖြင့်",
    "ပျံသန်း", "ပျံတက်", "ပစ်ခတ်", "ရောက်ရှိ", "ရောက်လာ",
)  # fmt: skip
#: where those who acted came from, or a spokesman spoke from, with the verb of coming or
#: saying: "မိတ္ထီလာမှ ချီတက်လာပြီး", "တောင်ကုတ်မှ ထွက်လာသော", "ရွှေကူမှ ပြောကြားရာတွင်"
#: ... with where they are based before them: "နောင်ချိုမြို့ရှိ စစ်ကောင်စီ တပ်ရင်းမှ ပစ်ခတ်လိုက်သော"
#: (fired from the junta battalion in Nawnghkio town)
_MM_ORIGIN = re.compile(
    r"(?:^|(?<=\s))(?:\S+ရှိ\s+(?:\S+\s+){0,3}?(?=\S*တပ်))?\S+မှ\s+\S*(?:"
    + "|".join(_MM_FROM_VERBS)
    + r")\S*(?=\s|$)"
)
#: a force's acronym opening the sentence before its force: "ပကဖ | တပ်ဖွဲ့များနှင့် ..." (PDF
#: forces and ...)
_MM_ACRONYM_OF_FORCE = re.compile(r"^(?:ဒေသခံ\s+)?\S{1,4}\s+(?=တပ်)")
#: what a place is said to be, before it: "မီးလောင်နေသော | X ကျေးရွာ၊ T မြို့နယ်" (the burning X
#: village), up to a name with its kind word
_MM_DESCRIBED_PLACE = re.compile(
    r"^(?:\S+\s+){0,4}?\S+(?:သော|သည့်)\s+(?=\S+(?:ကျေးရွာ|ရွာ|မြို့|ရပ်ကွက်)(?:\s|၊|$))"
)
#: how it was done, opening the sentence before the place it befell: "လက်နက်ကြီးဖြင့် ပစ်ခတ်ရာ"
#: (firing heavy weapons, whereupon ...), "ဒရုန်းဖြင့် ဗုံးကြဲစဉ်" (while bombing by drone)
_MM_HOW_LEAD = re.compile(
    r"^(?:(?:\S+ဖြင့်\s+)?\S*(?:ပစ်ခတ်|တိုက်ခိုက်|ဗုံးကြဲ|ဝင်ရောက်|စီးနင်း|မီးရှို့|ချီတက်)(?:ခဲ့)?"
    r"(?:ရာ|စဉ်|ပြီး)|\S+ပြီးနောက်"  # (or after what: "မိုခါမုန်တိုင်းဒဏ်ခံရပြီးနောက်", after Mocha)
    r"|\S+ဒဏ်ခံ(?:ရသော|ရသည့်|ရ)?"  # (or what it suffered: "ရေကြီးရေလျှံမှုဒဏ်ခံ", flood-hit)
    r"|\S+ဖြင့်)"  # (or by what alone: "ဒရုန်းဖြင့် | Vရွာကို တိုက်ခိုက်", V attacked by drone)
    r"\s+(?=\S+(?:ကျေးရွာ|ရွာ|မြို့|ရပ်ကွက်)(?:\S{0,6})(?:\s|၊|$))"
)
#: whose place it is, before it: "ကျွန်တော့်ဇာတိ" (my native place), "ကျွန်မရဲ့ မွေးရပ်မြေ" (my
#: birthplace), "ငါတို့ နေရပ်" (our home)
_MM_OWN_PLACE = re.compile(
    r"^(?:(?:ကျွန်(?:တော်|တော့်|မ|ုပ်)|ငါ|ငါ့)(?:တို့)?(?:ရဲ့|၏)?\s*"
    r"(?:ဇာတိ(?:မြေ)?|မွေးရပ်မြေ|နေရပ်(?:မြေ)?|ရွာ(?:လေး)?)"
    r"|မွေးရပ်မြေ|(?:အမေ|အဖေ|အဘွား|အဘိုး)့?ရွာ(?:လေး)?)"  # (or no one's: "birthplace", "mum's village")
    r"(?:ဖြစ်သော|ဖြစ်တဲ့)?\s+"
)
#: "that village", "the said village" (as the subject): the village named before, no place
_MM_THAT_PLACE = re.compile(r"(?:ထို|အဆိုပါ\s*)(?:ကျေး)?ရွာ(?:သည်|က)?\s*")
#: the township whose people told of it, in the predicate after the place
_MM_AREA_OF_PEOPLE = re.compile(r"(?P<area>\S+မြို့နယ်)\s*(?:ရှိ\s*)?(?:ဒေသခံ|ရွာသား|ပြည်သူ|ခံ)")
#: an area in brackets that ends the sentence after its place: the place's township
_MM_BRACKETED_AREA_AT_END = re.compile(
    r"[(\[](?P<area>[^()\[\]]*(?:မြို့နယ်|ပြည်နယ်|တိုင်းဒေသကြီး))[)\]]\s*$"
)


#: armed groups by their initials, in lower case ("the KIA and local PDF"): who acted, and
#: words of a description, never a place's name
ARMED_GROUP_INITIALS = frozenset(
    re.split(
        r"\s+",
        """pdf pdfs ldf kia kio aa ula knla knu kndf knpp tnla mndaa sac nug nucc cnf cna cdf
        bgf uwsa sspp rcss dkba absdf pnlo pnla mnla bpla kpf arsa""",
    )
)

#: an armed group's initials in brackets after its Burmese name: "ကချင်လွတ်မြောက်ရေးတပ်| (KIA)|"
_MM_GROUP_INITIALS = re.compile(
    "(?<=[\u1000-\u109f])\\s*\\((?i:"
    + "|".join(sorted(ARMED_GROUP_INITIALS, key=len, reverse=True))
    + ")\\)\\s*"
)
#: Words of a description that names no place ("the township administration office")
_DESCRIPTION_WORDS = (
    frozenset(
        re.split(
            r"\s+",
            """a an the its their this that in at on of near local township town village general
        administration administrative department gad office offices building compound police
        command station outpost post military army junta junta-run junta-controlled regime council
        target targets objective
        government tatmadaw sit-tat troops soldiers forces fighters camp base raid raids attack
        attacks assault airstrike airstrikes shelling clash clashes fighting ambush offensive arson
        bases battalion artillery headquarters hq checkpoint gate market school monastery
        hospital residential area areas entrance bridge road highway prison jail court urban
        center centre downtown
        university checkpoints outposts river stream creek bank banks safe house houses group
        forest hill hills farm farms farmland plantation street junction pagoda temple
        church mosque clinic company tollgate site location place locality harbour harbor port
        jetty pier wharf dock docks waterfront border frontier boundary thai chinese indian
        bangladeshi buddhist baptist catholic christian anglican methodist hindu muslim islamic
        airport airfield interrogation reception transit centre center pond lake well wells
        cemetery graveyard field fields paddy paddies edge outskirts stream""".strip(),
        )
    )
    | ARMED_GROUP_INITIALS
)


#: news outlets and wires that head or sign a report: "SITTWE (Mizzima) —", "... – The
#: Irrawaddy" (never a place: "Irrawaddy" is also Ayeyarwady's old name)
#: armed groups named with words that are also places' names ("Pyu Saw Htee" militias: Pyu
#: is a town, Saw a township), read as the word "militia"
ARMED_GROUP_NAMES = re.compile(r"\b(?i:pyu[\s-]?saw[\s-]?h?th?(?:ee|i))\b")
#: the first words of those outlets (a quick look before the pattern: most text starts
#: otherwise)
NEWS_OUTLET_FIRST_WORDS = frozenset(
    re.split(
        r"\s+",
        """Reuters AP AFP Xinhua dpa UPI Kyodo Bernama ANI RFA Radio Mizzima DVB BNI Myanmar The
    Irrawaddy Narinjara Khit Frontier Kantarawaddy SHAN Shan Kachin Eleven VOA BBC CNI DMG
    Development Western Chinland Karen Than GNLM Global Myawady Myawaddy MRTV Free FBR""",
    )
)
#: the words of respect before a person's name: "U", "Daw", "Ko", "Ma", "Saw", "Naw", "Sai",
#: "Nang", "Nai" and "Mi" (Mon) ...
HONORIFICS = (
    r"(?:U|Daw|Ko|Ma|Maung|Mg|Saw|Naw|Sai|Nang|Nan|Mahn|Khun|Salai|Nai|Mi|Sayadaw|Dr|Mr|Mrs|Ms)"
)
NEWS_OUTLETS = (
    r"(?:Reuters|AP|AFP|Xinhua|dpa|UPI|Kyodo|Bernama|ANI|RFA(?:\s+Burmese)?|Radio\s+Free\s+Asia|Mizzima|DVB"
    r"|BNI|Myanmar\s+Now|(?:The\s+)?Irrawaddy|Narinjara|Khit\s+Thit|Frontier(?:\s+Myanmar)?"
    r"|Kantarawaddy\s+Times|SHAN|Shan\s+Herald|Kachin\s+News(?:\s+Group)?|Myanmar\s+Times"
    r"|Eleven(?:\s+Media)?|VOA|BBC(?:\s+Burmese)?|CNI|DMG|Development\s+Media\s+Group"
    r"|Western\s+News|Chinland\s+Post|Karen\s+News|Than\s+Lwin\s+Times|GNLM"
    r"|(?:The\s+)?Global\s+New\s+Light\s+of\s+Myanmar"
    # (the junta's broadcasters, not the town: "Myawady TV: ...")
    r"|Myawa?dd?y\s+(?:TV|Television|Daily|News)|MRTV"
    r"|Free\s+Burma\s+Rangers|FBR)"  # (a relief group's reports: "Free Burma Rangers: ...")
)
#: who else a report cites before what it tells ("According to Human Rights Watch, ...",
#: "According to residents, ..."): rights groups, the UN's bodies, witnesses
#: the rights groups whose reports are cited by name ("Amnesty: ...", "According to HRW, ...")
RIGHTS_GROUPS = (
    r"(?:Human\s+Rights\s+Watch|HRW|Amnesty(?:\s+International)?|Fortify\s+Rights"
    r"|Myanmar\s+Witness|AAPP)"
)
REPORT_SOURCES = (
    r"(?:" + RIGHTS_GROUPS + r"|ISP-Myanmar|(?:the\s+)?(?:UN|United\s+Nations|OHCHR|IIMM)"
    r"(?:\s+[A-Z][\w-]*){0,4}|(?:the\s+)?Special\s+Rapporteur|(?:local\s+)?(?:residents"
    r"|witnesses|villagers|sources))"
)
#: Rakhine's An Township, as the press spells Ann: "An" before a township's kind word is the
#: name, not the article ("An T/S", "An township, Rakhine State")
AN_TOWNSHIP = re.compile(r"\bAn(?=\s+(?:Township|township|Tsp|tsp|T/S|t/s|Twp)\b)")


def is_description(part: str) -> bool:
    """True when every word of ``part`` is a descriptive word (see _DESCRIPTION_WORDS); not
    "An Township", "An T/S" (Rakhine's An, also spelt Ann)."""
    head = part.split(None, 1)
    if not head or head[0].lower() not in _DESCRIPTION_WORDS:  # the usual case, at once
        return False
    if head[0] == "An" and AN_TOWNSHIP.match(part):
        return False
    return all(w in _DESCRIPTION_WORDS for w in re.findall(r"[\w'’-]+", part.lower()))


@lru_cache(maxsize=1 << 16)
def part_kind(part: str) -> str | None:
    """The kind word of one part ("Kawlin Township" -> township), without leading phrases; a
    facility ("Myo Thar police station") is a point, as specific as a village."""
    stripped = strip_leading(part.strip(" .:'\"`‘’“”"))
    without = FACILITY.sub("", stripped).strip()
    if without and without != stripped:
        return "village"
    if ("ard" in stripped or "uarter" in stripped) and NUMBERED_WARD.match(stripped):
        return "ward"  # "Hseni, Ward 3": the ward is the target
    return strip_kind(stripped)[1]


def is_burmese_text(text: str) -> bool:
    return not text.isascii() and "burmese" in scripts(text)
