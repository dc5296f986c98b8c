"""Context rules for reading place names in news text: traps, suffixes, titles, directions.

The lists are small and curated by hand from how English-language news about Myanmar writes:
they say which capitalised words end an organisation's name ("Army", "Post"), which words before
a name make it a person ("U", "Daw", "minister"), which ethnic names are adjectives before a
noun ("Shan refugees") and which media titles contain place words ("Global New Light of Myanmar").
"""

from __future__ import annotations

import re


def word_set(text: str) -> frozenset[str]:
    """The whitespace-separated words of ``text`` as a set (keeps long word lists readable)."""
    return frozenset(text.split())


#: month names and their abbreviations
MONTHS = word_set(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec"
)
#: weekday abbreviations; "Mon" is also Mon State
WEEKDAY_ABBREVIATIONS = word_set("mon tue tues wed thu thur thurs fri sat sun")
_MONTH = "(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + ")"
#: a date right after a word: "Mon. 3 March", "Mon, 3rd Mar", "Mon, March 3"
_DATE_AFTER_RE = re.compile(
    rf"[.,]?\s*(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}\b|{_MONTH}\.?\s+\d{{1,2}}\b)",
    re.IGNORECASE,
)


def is_weekday_before_date(word: str, text: str, end: int) -> bool:
    """True when ``word`` (ending at ``end`` in ``text``) abbreviates a weekday and a date
    follows it: "On Mon. 3 March" names Monday, not Mon State."""
    return word.lower() in WEEKDAY_ABBREVIATIONS and bool(_DATE_AFTER_RE.match(text, end))


# Suffix word after a name -> gazetteer kinds it asks for ("Salingyi Township").
SUFFIX_KINDS: dict[str, tuple[str, ...]] = {
    "state": ("state", "foreign_region"),
    "states": ("state", "foreign_region"),
    "region": ("state",),
    "regions": ("state",),
    "division": ("state",),
    "divisions": ("state",),
    "province": ("foreign_region", "state"),
    "provinces": ("foreign_region", "state"),
    "prefecture": ("foreign_region", "foreign_city"),
    "territory": ("state",),
    "township": ("township", "town"),
    "townships": ("township", "town"),
    "district": ("district", "township"),
    "districts": ("district",),
    "town": ("town", "township", "foreign_city"),
    "city": ("town", "township", "foreign_city"),
    "village": ("village", "village_tract"),
    "villages": ("village", "village_tract"),
    "island": ("township", "town", "village", "site"),
    "islands": ("township", "town", "village", "site"),
}
#: suffixes of several words -> the SUFFIX_KINDS key they stand for
SUFFIX_PHRASES: dict[tuple[str, ...], str] = {
    ("self", "administered", "zone"): "district",
    ("self", "administered", "division"): "district",
    ("self", "administered", "area"): "district",
    ("union", "territory"): "territory",
}
#: suffixes that may be written in lower case ("eastern Shan state", "Hpakant and Tanai townships")
LOWERCASE_SUFFIXES = frozenset(SUFFIX_KINDS)

#: kinds found without any qualifier; villages, wards and tracts need "X village" or a locative
#: preposition before a multi-word name, since many of their 72k names are everyday words.
FREE_KINDS = frozenset(
    {"country", "state", "district", "township", "town", "site", "foreign_city", "foreign_region"}
)
LOOSE_KINDS = frozenset({"country", "state", "district", "township", "town", "site"})
MINOR_KINDS = frozenset({"village", "village_tract", "ward"})

#: bare-name preference when a name is several kinds at once (lower index wins)
KIND_PRIORITY: tuple[str, ...] = (
    "country",
    "state",
    "town",
    "township",
    "foreign_city",
    "foreign_region",
    "district",
    "site",
    "village_tract",
    "village",
    "ward",
)
#: states/regions whose capital has the same name and whose bare name usually means the city
CITY_FIRST = frozenset({"mandalay", "yangon", "rangoon", "naypyitaw", "naypyidaw"})

DIRECTIONS = word_set(
    """northern southern eastern western central north south east west upper lower northeastern
    northwestern southeastern southwestern north-eastern north-western south-eastern
    south-western northeast northwest southeast southwest far"""
)

#: gazetteer aliases that are generic words, never read as a name on their own
GENERIC_ALIAS_KEYS = DIRECTIONS | word_set(
    "town city ward village township district state region new old myothit central upper lower"
)

#: words before a number/name that introduce a place
LOCATIVE_PREPOSITIONS = word_set(
    """in at near from to into outside around across through toward towards of via between
    inside within throughout beyond along"""
)

#: a capitalised word among these ends (or sits inside) an organisation's or a title's name
ORG_HEADS = word_set(
    """army armies force forces front party parties league union council alliance organisation
    organization organisations organizations brigade battalion battalions command movement
    association federation committee commission ministry post times daily news herald tribune
    journal gazette review press media radio television tv agency cooperation corporation company
    co ltd limited group holdings bank fund foundation institute university college school
    airways airlines society network centre center club forum dialogue summit conference
    declaration agreement accord treaty initiative police government administration parliament
    hluttaw court tatmadaw militia militias guard guards committee office embassy consulate
    museum hospital treasury department chamber commerce congress senate convention trust
    church"""
)

#: capitalised words that may follow a place name inside the same phrase without making it a
#: person or organisation ("Kyaukphyu Special Economic Zone", "Myitsone Dam", "Shan Hills")
FACILITY_WORDS = word_set(
    """special economic zone sez deep sea deep-sea water port seaport harbour harbor dam dams
    mine mines copper nickel jade gold tin rare earth hydropower hydroelectric power plant
    station pipeline pipelines oil gas railway railroad highway road bridge airport river
    lake hills hill mountains mountain range bay sea delta plain plateau valley border gate
    crossing camp project projects industrial park new city corridor terminal refinery
    international trade zone free economic"""
)

#: person titles and honorifics: a capitalised name right after one of these is a person
PERSON_TITLES = word_set(
    """u daw ko ma maung mg sai nang naw saw mahn khun nan mi sao dr mr mrs ms miss sir gen
    general lt lt-gen lt-col col colonel major maj brig brigadier capt captain sgt senior
    minister ministers president premier chairman chairwoman chief ambassador envoy
    spokesman spokeswoman spokesperson commander leader secretary director official analyst
    researcher fellow professor prof journalist reporter editor lawyer activist resident
    villager farmer monk abbot bishop pastor king queen prince princess"""
)

#: words that are capitalised at the start of a sentence but are not part of a name
FUNCTION_WORDS = word_set(
    """the a an in at on of from to for by with near and or but as after before since during
    while when where this that these those it its his her their our there here then than
    also however meanwhile yet so if about over under into across along between among
    according last next this"""
)

#: ethnic names that are also state names; bare and before a noun they are adjectives
ETHNIC_NAMES = word_set(
    """shan kachin karen kayin rakhine arakan chin mon kayah karenni wa kokang taang ta'ang
    palaung naga pa-o pao danu lisu lahu akha bamar burman rohingya"""
)
#: lower-case words after a bare state name that keep it a place ("Rakhine and Chin",
#: "Shan state", "Kachin's border", "from Rakhine through Magway"), not an adjective ("Shan
#: refugees")
PLACE_CONTINUERS = word_set(
    """and or state states region regions border borders coast coastline hills highlands
    mountains frontier countryside capital side part parts area areas is was has had have
    where which who from to in on at since after before during until until as but with
    while when that this these for by through into via across toward towards along near
    within between beyond outside inside throughout"""
)
#: verbs that follow a place after a locative preposition ("fighting in Shan were reported"),
#: beside the ones that PLACE_CONTINUERS admit after any mention
VERBS_AFTER_A_PLACE = word_set(
    """were are will would could can may might remain remains remained continue continues
    continued saw sees see rose fell increased decreased escalated intensified"""
)

#: names of media, organisations and titles that contain place words but are not places.
#: Matched case-sensitively as whole words; their span is masked before places are read.
TRAP_PHRASES: tuple[str, ...] = (
    "Global New Light of Myanmar",
    "New Light of Myanmar",
    "Myanmar Now",
    "Myanmar Times",
    "Myanmar Times",
    "Frontier Myanmar",
    "Myanmar Alin",
    "Mirror Daily",
    "Kyemon Daily",
    "Kyemon",
    "Myawady",
    "Mizzima",
    "Democratic Voice of Burma",
    "Voice of Myanmar",
    "Burma News International",
    "Burma Campaign",
    "Free Burma Rangers",
    "Justice for Myanmar",
    "Fortify Rights",
    "Radio Free Asia",
    "Eleven Media",
    "Khit Thit",
    "Shan Herald Agency for News",
    "Kachin News Group",
    "Narinjara",
    "Development Media Group",
    "Karen News",
    "South China Morning Post",
    "SCMP",
    "Xinhua",
    "Reuters",
    "Kyodo",
    "China Daily",
    "Global Times",
    "Bangkok Post",
    "Myanmar National Democratic Alliance Army",
    "National Democratic Alliance Army",
    "Ta'ang National Liberation Army",
    "Ta’ang National Liberation Army",
    "Arakan Army",
    "Arakan Rohingya Salvation Army",
    "United League of Arakan",
    "Kachin Independence Army",
    "Kachin Independence Organisation",
    "Kachin Independence Organization",
    "Karen National Union",
    "Karen National Liberation Army",
    "Karenni National Progressive Party",
    "Karenni Army",
    "Chin National Front",
    "Chin National Army",
    "Chinland Council",
    "Shan State Army",
    "Shan State Progress Party",
    "Restoration Council of Shan State",
    "United Wa State Army",
    "United Wa State Party",
    "Mon State Party",
    "New Mon State Party",
    "Three Brotherhood Alliance",
    "Brotherhood Alliance",
    "Mekong-Lancang Cooperation",
    "Lancang-Mekong Cooperation",
    "Mekong-Lancang",
    "Lancang-Mekong",
    "China-Myanmar Economic Corridor",
    "Sino-Myanmar",
    "China-Myanmar",
    "Myanmar-China",
    "South China Sea",
    "East China Sea",
    "Belt and Road",
    "Bank of China",
    "Export-Import Bank of China",
    "Asean",
    "ASEAN",
    "Association of Southeast Asian Nations",
    "Myanmar Economic Holdings",
    "Myanmar Economic Corporation",
    "Myanmar Oil and Gas Enterprise",
    "Myanma Oil and Gas Enterprise",
    "Myanmar Wanbao",
    "Wanbao",
    "State Administration Council",
    "National Unity Government",
    "People's Defence Force",
    "People’s Defence Force",
    "Institute for Strategy and Policy",
    "International Institute for Strategic Studies",
    "International Crisis Group",
    "Myanmar Police Force",
    "Myanmar Army",
    "Myanmar Airways",
    "Myanmar National Airlines",
    "Yangon Stock Exchange",
    "Mandalay University",
    "University of Yangon",
    "Yangon University",
    "Yunnan University",
    "New Yangon City",
)
_TRAP_RE = re.compile(
    r"(?<![\w’'-])(?:"
    + "|".join(re.escape(p) for p in sorted(set(TRAP_PHRASES), key=len, reverse=True))
    + r")(?!\w)"
)
#: "The Irrawaddy" (the news outlet) unless followed by a geographic word
_IRRAWADDY_RE = re.compile(r"\bThe Irrawaddy\b(?!\s+(?:River|river|Delta|delta|Region|Division))")


def trap_spans(text: str) -> list[tuple[int, int, str]]:
    """Spans of known organisation/media names that contain place words, with their text."""
    found = [(m.start(), m.end(), m.group()) for m in _TRAP_RE.finditer(text)]
    found += [(m.start(), m.end(), m.group()) for m in _IRRAWADDY_RE.finditer(text)]
    return sorted(found)


#: town/township names that are also common Burmese personal names ("Ann Thida", "Kyaw",
#: "Hlaing"): read as places only with a suffix or after a locative preposition ("in Ann")
PERSONAL_NAME_PLACES = word_set("""ann kyaw hlaing saw min aung thida ye myaing mese nan ma""")
#: town/township names that are also everyday English words ("Pale", "Muse"): not read as
#: places when they open a sentence without a suffix or preposition
COMMON_WORD_PLACES = word_set("""pale muse kale dala pala waw taze salin lewe tada""")
#: names read as places only with a suffix: bare, they name a river or a news site
SUFFIX_ONLY_NAMES = frozenset({"irrawaddy"})
#: words after a name that make it a natural feature, not the town or region ("Shan Hills")
FEATURE_WORDS = word_set(
    """river rivers lake hill hills mountains mountain range creek stream valley"""
)
