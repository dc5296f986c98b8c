"""Split a query into its parts, the target first.

Addresses ("Mone village, Hpakant Township, Kachin State", "X (Y Township)", "Kani Township's
Kyin Dwe village") and the sentences news reports write around a place ("Yin village shelled by
military in Kani Township", "Junta Airstrike Kills 5 in Depayin Township", datelines, dates,
sources, funders' titles, Burmese sentences) become a list of place parts; each part is then read
by :func:`mapper.gazetteer.query.readings`.
"""

from __future__ import annotations

import itertools
import re

from rapidfuzz import fuzz

from mapper.gazetteer.text import normalize
from mapper.gazetteer.words import (
    ARMED_GROUP_INITIALS,
    BURMESE_DEEDS,
    BURMESE_WORD_CHAR,
    DIR_WORD,
    DIRECTIONS,
    FACILITY_WORDS,
    HONORIFICS,
    KIN_WORDS,
    KIND_LAST_WORDS,
    MM_KIND_SUFFIXES,
    MM_PLACE_HEADING,
    MM_SIDES,
    MM_SITE_SUFFIXES,
    MM_STATE_WORDS,
    NEWS_FIRST_WORDS,
    NEWS_OUTLET_FIRST_WORDS,
    NEWS_OUTLETS,
    OUR_VILLAGE_HIT,
    PAREN,
    PAST_DEEDS,
    PLURAL_KINDS,
    REPORT_SOURCES,
    RIGHTS_GROUPS,
    STATE_SHORT_NAMES,
    TABS,
    THE_COUNTRY,
    TRAILING_NAME,
    WHEN_NAMES,
    WORKS,
    burmese_place_phrases,
    is_burmese_text,
    is_description,
    names_a_site,
    part_kind,
)

#: a capitalised word of a name: "Kyauk", "Let-pa-daung", "Ma'u"
NAME_WORD = r"[A-Z][\w'’-]*"


def named_with_kind(kinds: str, words: str = "") -> re.Pattern[str]:
    """A pattern of a capitalised name before one of ``kinds`` ("village|ward", any case): a
    name of one word, or of as many as ``words`` says ("{1,3}", "+")."""
    name = rf"(?:{NAME_WORD}\s+){words}" if words else rf"{NAME_WORD}\s+"
    return re.compile(rf"{name}(?i:{kinds})\b")


#: An area's facility at a place in it: "Sagaing Township police outpost at Badu village" is
#: at Badu village, in Sagaing Township (not a headline's predicate after "Township")
_AREA_FACILITY_AT = re.compile(
    r"^(?P<area>.*?\b(?:Township|Town|District))\s+" + FACILITY_WORDS + r"\s+(?:at|near|in)"
    r"\s+(?P<place>(?-i:[A-Z]).*)$",
    re.IGNORECASE,
)
#: Separators between the parts of a query. "In" and "At" are also syllables of names ("Kya
#: In Seik Gyi"), so capitalised they separate only after a kind word ("X Village In Y").
#: Every separator starts with a space or a punctuation mark: the leading lookahead skips
#: other positions at once, before the branches and their lookbehinds (a split 2-4x faster).
PART_SEPARATOR = re.compile(
    r"(?=[\s,;|၊။])(?:\s*[,;|၊။]\s*|\s+(?:in(?:\s+and\s+around)?|at|near(?:\s+to)?"
    r"|inside|within|outside(?:\s+of)?|off)\s+"
    # "Sihat village | nearby Towerdine Hill": before a name, not "the nearby hill"; "Minywar
    # village | south of Gangaw": a side of a place, as "near" it
    r"|\s+(?:nearby|close\s+to)\s+(?=[A-Z])"
    r"|(?:(?<=[vV]illage)|(?<=[tT]own)|(?<=[wW]ard))\s+(?:(?:north|south)(?:[\s-]?(?:east|west))?"
    r"|east|west)\s+of\s+(?=[A-Z])"
    r"|(?:(?<=[vV]illage)|(?<=[tT]own)|(?<=[wW]ard)|(?<=[tT]ract)|(?<=ship))\s+(?:In|At|Near)\s+)"
)
_OUTSKIRTS = re.compile(r"\s+(?:on\s+the\s+)?outskirts\s+of\s+", re.IGNORECASE)
#: "Tani Larle on the eastern side of Demoso": a place beside another, which qualifies it
_SIDE_OF = re.compile(
    r"\s+(?:on|at|in)\s+the\s+(?:far\s+)?(?:(?:north|south)(?:[\s-]?(?:east|west))?|east|west)"
    r"(?:ern)?\s+(?:side|edge|fringe|bank|part)s?\s+of\s+(?:the\s+)?",
    re.IGNORECASE,
)
#: a side of a town after a township, with no distance: where the township lies, not the
#: place ("near X in Madaya Township, north of Mandalay city")
_AREA_THEN_SIDE = re.compile(
    r"(?i:township|district|region|state),\s+(?P<side>(?i:(?:north|south)(?:[\s-]?(?:east|west))?"
    r"|east|west)(?:ern)?\s+of\s+(?:the\s+)?[A-Z][^,]*?)\.?$"
)
#: the words before a place's other name in brackets: "Bassora village (| a.k.a. | Tha Win
#: Chaung)"
_ALSO_KNOWN_AS = re.compile(
    r"\((?:a\.?k\.?a\.?|also\s+known\s+as|also\s+called|alias"
    # ("Kun Thee Pin (| Rohingya name: | Kwashong) village", "(| locally: |...)")
    r"|(?:[A-Z][a-z]+\s+|local\s+|other\s+|old\s+|former\s+)?name:|locally:?)\s+",
    re.I,
)


def without_other_name_labels(text: str) -> str:
    """``text`` without the words before a place's other name in brackets ("Kun Thee Pin
    (Rohingya name: Kwashong) village": "Kun Thee Pin (Kwashong) village")."""
    if " list" in text or "officially " in text or " spel" in text:
        # (the official spelling said after the one the speaker uses: "our village, Mai Hkawng,
        # the government list says Mong Hkawng, in Mansi Township": "Mong Hkawng (Mai Hkawng)")
        text = _OFFICIAL_SPELLING_AFTER.sub(r"\g<official> (\g<name>)", text)
    if "(" not in text:
        return text
    # (the same name spelt again in brackets: "Shwekyin (Shwe Kyin) village": "Shwekyin village")
    text = _NAME_SPELT_AGAIN.sub(_name_once, text)
    if (label := _LABEL_WITH_OTHER_NAME.match(text)) and _KIND_WORD_AFTER.search(text, label.end()):
        # (a message's label with its other name, before a place named with its kind word:
        # "Kengtung (Kyaingtong) — V village, W tract: ...": "Kengtung — V village, ...")
        text = f"{label['name']} {text[label.end() :]}"
    return _ALSO_KNOWN_AS.sub("(", text)


#: a label's name and its other name in brackets, before a dash or colon: "|Mutraw (Hpapun) |-
#: airstrike on V vlg, T Tsp"
_LABEL_WITH_OTHER_NAME = re.compile(
    r"^(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)\s+\([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\)\s*"
    r"(?=[—–:-]\s)"
)
#: a place's kind word
_KIND_WORD_AFTER = re.compile(r"\b(?i:village|vlg|township|tsp|twp|tract|ward)\b")
#: a name, then a spelling of it in brackets: "|Shwekyin (Shwe Kyin)| village"
_NAME_SPELT_AGAIN = re.compile(
    r"(?P<name>\b[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})\s+\((?P<again>[A-Z][\w'’ -]{1,40})\)"
)


def _name_once(spelt: re.Match[str]) -> str:
    """A name and its spelling again in brackets as the name alone, when both are one name
    (but for spaces, hyphens and case); the match itself otherwise."""
    same = (
        re.sub(r"[\s'’-]", "", spelt["name"]).lower()
        == re.sub(r"[\s'’-]", "", spelt["again"]).lower()
    )
    return spelt["name"] if same else spelt.group()


#: a name, then the spelling an official list gives it: "Mai Hkawng|, the government list says
#: |Mong Hkawng", "V, officially W"
_OFFICIAL_SPELLING_AFTER = re.compile(
    r"(?P<name>\b[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}),\s+(?:(?:the\s+)?(?:government|official"
    r"|GAD|MIMU|census)(?:['’]s)?\s+(?:list|lists|name|spelling|records?)\s+(?:says|say|gives|has|is)"
    r"|officially(?:\s+spelt|\s+spelled|\s+called)?)\s+(?P<official>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})"
    r"(?=[,.;]|$)"
)


#: a place no one names: "moved from Kalay prison | to an unknown location"
_UNKNOWN_PLACE = re.compile(
    r"\s+(?:to|at|in)\s+(?:an?\s+|the\s+)?(?:unknown|undisclosed|secret)\s+"
    r"(?:location|place|destination|site|prison|camp)s?\b"
)
#: an area as it was named then: "Hmawbi, | then | Rangoon Division", "X, | formerly | in Y
#: District"
_AREA_THEN = re.compile(
    r",\s+(?:then|formerly|at\s+the\s+time)(?:\s+in)?\s+(?=(?:[A-Z][\w'’-]*\s+){1,3}"
    r"(?i:division|region|state|district|township)\b)"
)
#: a side of a town after a name, with no distance and no comma: "Waw Lay Myaing | south of
#: Myawaddy" (the place is the name, the town only where it lies from; not "40 km | south of")
_NAME_THEN_SIDE = re.compile(
    r"(?<=[a-z])(?<!\bkm)(?<!\bmiles)(?<!\bmile)\s+(?=(?:(?:north|south)(?:-?(?:east|west))?"
    r"|east|west)(?:ern)?\s+of\s+[A-Z])"
)
#: the great rivers, which news names alone ("ships on the Ayeyarwady"), as no region
_GREAT_RIVER = (
    # (or who work it: "gold dredgers | work the Chindwin | near Homalin town")
    r"\s+(?:on|along|across|by|beside|up|down|works?|worked|dredged?|dredges|dredging|plying"
    r"|ply|plies)\s+the\s+(?-i:Ayeyarwady|Irrawaddy|Chindwin"
    r"|Thanlwin|Salween|Sittaung|Sittang|Kaladan|Mekong)\b"
    r"(?!\s+(?:region|division|state|delta|river)\b)"
)
_RIVER_NAME = (
    r"(?:the\s+)?(?-i:Ayeyarwady|Irrawaddy|Chindwin|Thanlwin|Salween|Sittaung|Sittang|Kaladan"
    r"|Mekong|Myitnge|Shweli|Lemro|Mu|N'Mai|Mali)(?:\s+(?:river|Hka))?"
)
#: where two rivers meet: "Pan Nyo village | near where Chindwin meets Ayeyarwady|", "| near the
#: confluence of the Ayeyarwady and Chindwin rivers|" (rivers, not the region of the name)
_AT_CONFLUENCE = (
    r"\s+(?:near|at|by|close\s+to|beside)\s+(?:where\s+"
    + _RIVER_NAME
    + r"\s+(?:meets|joins|flows\s+into|runs\s+into)\s+"
    + _RIVER_NAME
    + r"|the\s+confluence\s+of\s+"
    + _RIVER_NAME
    + r"\s+and\s+"
    + _RIVER_NAME
    + r"(?:\s+rivers)?)\b"
)
_ON_GREAT_RIVER = re.compile(
    r"(?:" + _GREAT_RIVER + r"|" + _AT_CONFLUENCE + r")[.,;:!]*\s*$", re.IGNORECASE
)
#: "Khampat town on the Kale-Tamu road": where along a route or river, not a place name
_ON_ROUTE = re.compile(
    r"\s+(?:on|along|by|beside)\s+[A-Z][\w'’-]*\s+(?:river|creek|stream)\b"  # "on Kaladan River"
    # (or its shore: "Lonton village | on the shore of Indawgyi lake|, Mohnyin township")
    # (a named road with no article: "KIA takes Da Lu outpost | on Ledo Road| in Tanai Township")
    r"|\s+on\s+(?-i:[A-Z][a-z]+)\s+(?-i:Road|Highway)\b(?!\s+(?:near|between)\b)"
    # (a headline's border with no article: "takes Rihkhawdar | on India border|")
    r"|\s+(?:on|along|near)\s+(?:India|China|Thai|Thailand|Bangladesh|Laos|Lao|Mizoram|Manipur"
    r"|Yunnan)\s+(?:border|frontier)\b"
    r"|\s+(?:on|along)\s+the\s+(?:shores?|banks?|edge)\s+of\s+(?:the\s+)?[A-Z][\w'’-]*\s+"
    r"(?i:lake|river|creek|stream|reservoir)\b"
    r"|"
    + _GREAT_RIVER
    + r"|"
    + _AT_CONFLUENCE
    + r"|\s+(?:on|along|off|by|beside|near|close\s+to)\s+the\s+(?:[^\s,;()]+\s+){0,4}?"
    r"(?:road|highway|route|railway|railroad|expressway|river|creek|stream|riverbank|bank|border"
    r"|frontier)\b"
    # (not a post or gate named after a place on it: "on the X border police post")
    r"(?!\s+(?:police|guard|post|outpost|gate|camp|crossing|trade|checkpoint|bridge)\b)"
    # and where the road leads: "near Tone Ma Wa village | on the road to Paletwa"
    r"(?:\s+(?:to|towards?|from)\s+(?-i:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}))?"
    # or the towns it runs between: "on the Asian Highway | between Kawkareik and Myawaddy"
    # (towns, not villages the text names as where: "the road between X and Y villages")
    r"(?:\s+between\s+(?-i:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s+and\s+[A-Z][\w'’-]*"
    r"(?:\s+[A-Z][\w'’-]*)?)(?![\w'’-])(?!\s+(?:villages?|towns?|wards?)\b))?",
    re.IGNORECASE,
)


#: "Kani Township's Kyin Dwe village": the owner qualifies the place after it
POSSESSIVE = re.compile(r"(?<=\w)['’]s\s+(?=\w)")


def trailing_name(text: str) -> str:
    """The name that ends ``text`` after a sentence's words ("Residents fled Ngazun Township":
    "Ngazun Township"), or the text when no verb comes before its name (or a direction does:
    "troops shelled northern Shan State")."""
    name = TRAILING_NAME.sub("", text)
    if name == text:
        return text
    head = text[: -len(name)].lower().split()
    if head[-1] in DIRECTIONS or SENTENCE_VERBS.isdisjoint(head):
        return text  # not after a sentence's verb: "opposite Thailand's Mae Sai district"
    return name


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
    # (an item is a name, not a place beside: "X village, | near Y and Z villages")
    # (each item starts with its first letter: a space is the comma's, else the reading of a
    # long text of commas backtracks without end)
    r"^(?P<items>[^,]+(?:,\s*(?!(?:near(?!\s+where)|in|at|outside|around|close|between)\b)[^,\s][^,]*)+?"
    r",?\s+(?:and|&)\s+[^,]+?\s+(?:" + PLURAL_KINDS + r"))\b",
    re.IGNORECASE,
)
#: "Danyawaddy (A) Quarter of Sittwe", "Thaketa township of Yangon Region": a named ward,
#: village, town or township, then its owner
_PLACE_OF = re.compile(
    r"^(?:(?i:in|at|near|from)\s+)?"  # "in Thaketa township of Yangon Region" (OCHA, HRW)
    r"(?!(?i:the|a|an)\s)"  # a name, not "the town of X" (a kind word before the name)
    r"(?P<place>[A-Z\u1000-\u109f](?:[^()]|\([^()]*\))*?"
    r"\s(?i:quarter|ward|village|ywa|ywar|kyay-?ywa|village\s+tract|town|township|district))"
    r"(?:\s*(?P<aside>\([^()]*\)))?"  # "Mahtet village (La Jawng village tract) of Mansi"
    r"\s+of\s+(?P<owner>\S.*)$"
)
#: a name written in lower case, then its kind and owner: "meik hti lar village of Wetlet
#: Township" (not "troops raided the village of X": no "the" or preposition in the name)
_LOWER_PLACE_OF = re.compile(
    r"^(?!(?:the|a|an|in|at|near|from|of)\s)(?P<place>(?:(?!\bthe\b)[a-z'’\- ])+?"
    r"\s(?:village|ywa|ywar|ward|quarter))\s+of\s+(?P<owner>[A-Z].*)$"
)
#: "the Mong Ngaw area of Kyaukme township": a named area, then its owner
_AREA_OF = re.compile(
    r"^(?:the\s+)?(?!(?:the|a|an)\s)(?P<place>\S.*?)\s+(?:area|areas|region|vicinity)"
    r"\s+of\s+(?P<owner>\S.*)$",
    re.IGNORECASE,
)
#: "Ward 3 of Hseni": a numbered ward, then its town
_NUMBERED_WARD_OF = re.compile(
    r"^(?P<place>\s*(?:ward|quarter)\s*(?:no\.?\s*)?\(?\s*\d{1,3}\s*\)?"
    # (or by its ordinal: "| the 4th ward| of Mong Hsu town")
    r"|\s*(?:the\s+)?\d{1,2}(?:st|nd|rd|th)\s+(?:ward|quarter))\s+of\s+(?P<owner>\S.*)$",
    re.IGNORECASE,
)
#: What spreadsheets leave around a part: "Sagaing Division -", "Hpruso T/S ;" (a dot
#: after an abbreviated kind word stays: "Kayah St.")
_PART_EDGES = " \t-–—;:,"
#: an aside in brackets of a disaster's figures: "Mocha (landfall 14 May 2023, winds 250
#: km/h)", "Landslides (Hpakant jade mines, 33 missing)", "Floods (Ayeyarwady 1,350 cm)"
_NUMBERED_ASIDE = re.compile(
    r"\s*\((?=[^()]*\d)(?=[^()]*\b(?i:landfall|winds?|km/h|mph|cm|missing|dead|injured"
    r"|magnitude|homes|houses|displaced)\b)[^()]*\)"
)
#: a gazetteer's area in the area that holds it: "the Myinmu township of the Sagaing
#: district", "the Kale township of the Upper Chindwin district"
_AREA_OF_THE_AREA = re.compile(
    r"\b(?i:the)\s+(?P<inner>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})\s+(?P<kind>(?i:township|district"
    r"|subdivision))\s+of\s+the\s+(?P<outer>(?:[A-Z][\w'’-]*\s+){1,3}(?i:district|division|state"
    r"|region))\b"
)
#: what happened where a place is, after it, naming no place: "..., where the army shelled a
#: monastery"
_WHERE_CLAUSE = re.compile(r",\s+where\s+[^,A-Z]*$")
#: "the Kachin State of northern Myanmar": the country the place is in, said in passing
_OF_THE_COUNTRY = re.compile(
    r"\s+(?:of|in)\s+(?:(?:north|south|east|west)(?:ern)?\s+|central\s+|upper\s+|lower\s+)?"
    r"(?:Myanmar|Burma)\b",
    re.IGNORECASE,
)
#: The country's possessive before a place: "Myanmar's Bago town", "Myanmar’s Namhsan"
#: the country as an adjective before what a place is: "Myawaddy, the | Myanmar |border town"
_COUNTRY_ADJECTIVE = re.compile(
    r"\bthe\s+(?:Myanmar|Burmese)\s+(?=(?:[a-z-]+\s+){0,2}(?:town|city|village|port|side))"
)
_COUNTRY_POSSESSIVE = re.compile(r"\b(?:Myanmar|Burma)['’]s\s+(?=[A-Z])")
#: ... or before what is the country's: "Myanmar's junta has carried out ..." (the junta)
_COUNTRY_POSSESSIVE_NOUN = re.compile(r"\b(?:Myanmar|Burma)['’]s\s+(?=[a-z])")
#: A wire service's attribution after a dash: "... in Bago town -witnesses, domestic media"
WIRE_TAIL = re.compile(
    # (not a place in lower case with its kind word: "Madaya tsp - yae nant thar vlg")
    r"\s+[-–—]\s*(?:(?![^A-Z]*\b(?:village|vill?|vlg|ywa|ywar)\.?\s*$)[a-z][^A-Z]*|"
    + NEWS_OUTLETS
    + r"\.?)\s*$"
)
#: a headline's "T Township Village, V,": the village V of T Township
_TOWNSHIP_VILLAGE_NAMED = re.compile(
    r"\b(?P<area>(?:[A-Z][\w'’-]*\s+){1,3}Township)\s+Village,\s+"
    r"(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,4})(?=,|$)"
)
#: A village and its township with no comma between: "Kone Ting village Mawkmai Township"
#: sentences in lower case ending a text, naming no place: "|. heavy gunfire, 3 dead.|"
_LOWER_CASE_TAIL = re.compile(r"(?<=[\w)])\.\s+[a-z][^A-Z()\n]*$")
_UNSEPARATED_VILLAGE = re.compile(
    r"\b((?:village|vill?|vlg|vt)\.?)(?=\s+(?!tract\b|group\b|in\b|of\b|near\b|at\b)"
    # (a side in brackets too: "nyaung village hlaingthaya (east) township")
    r"(?:[^\s,;()]+\s+|\([a-z]+\)\s+){1,3}(?:township|tsp|twp|t/s|tship)\b)",
    re.IGNORECASE,
)
#: ... and the other order: "Madaya Township Tha Hpan Kaing village", "Ayadaw Township
#: village of Thit Kyin Gyi", "Namtu Twp (Shan State) Man Li village"
_TOWNSHIP_THEN_VILLAGE = re.compile(
    r"\b((?:[Tt]ownship|[Tt]sp|[Tt]wp|T/S)(?:\s*\([^()]*\))?)(?=\s+(?:(?i:village\s+of)\s+[A-Z]"
    # (or its tract: "Hpa-An tsp Zar Tha Pyin VT: Kawt Kyaik vlg")
    r"|(?:[A-Z][^\s,;()]*\s+){1,5}(?:[Vv]illage|[Vv]lg|VT)\b))"
)
#: a kind word, then "in" or "at" before a comma, as Burmese word order puts them in English
#: ("Khin U Township, Than Bo village in, the troops entered"): no part of the place
_KIND_THEN_IN = re.compile(r"\b((?i:village|town|township|ward|vlg))\s+(?:in|at)(?=\s*,)")
#: where a village is said to lie, as translations write it: "V village| located in |V
#: village-track of T Township"
_LOCATED_IN = re.compile(r"\b((?i:village|town|ward))\s+(?:located|situated)\s+in\s+(?:the\s+)?")
#: A plant's capacity in brackets: "Paunglaung hydropower plant (280MW)"
#: a plant's or a line's capacity, in any case: "3,400MW", "280 MW", "230kV" (a pattern's part)
CAPACITY = r"\d[\d,.]*\s*-?\s*(?:mw|megawatts?|gw|kv)\b"
_PAREN_CAPACITY = re.compile(rf"\s*\(\s*{CAPACITY}\s*\)", re.IGNORECASE)
#: a plant's capacity between its name and its kind: "Paunglaung | 280 MW | hydropower plant"
_CAPACITY_BEFORE_WORKS = re.compile(
    rf"(?<=[\w)])\s+{CAPACITY}(?=\s+(?:hydro|power|dam|plant|coal|solar|wind|gas|project))",
    re.IGNORECASE,
)
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
#: an area of these kinds in brackets at the end of the text
_AREA_IN_BRACKETS_AT_END = r"[(\[]\s*(?P<area>[A-Z][^,()\[\]]*?\s+(?i:{kinds}))\s*[)\]]\s*$"
#: a headline's second verb and what it hit, then the area in brackets that holds the place:
#: "Military raids Nam Hpe village, | burns homes | (Bawlake Township)"
_PREDICATE_THEN_AREA = re.compile(
    r",\s+[a-z][a-z'’\s-]*?\s*"
    + _AREA_IN_BRACKETS_AT_END.format(kinds="township|tsp|twp|district|state|region|division")
)
#: an area in brackets ending the text, after a place beside the target: "Sihat village near
#: Towerdine Hill | (Momauk Township)" (the area holds them both)
_END_PAREN_AREA = re.compile(
    r"(?<=\w)\s*"
    + _AREA_IN_BRACKETS_AT_END.format(kinds="township|tsp|twp|district|state|region|division")
)
#: an area in brackets whose name holds brackets of its own: "Thanlyin township (Yangon
#: (South) District)", as MIMU names the district; "X village (Kawt Yin (Upper) village tract)"
_NESTED_PAREN_AREA = re.compile(
    r"\s*\(([^()]*\([^()]*\)\s*(?:district|township|state|region|division|village\s+tract))\)",
    re.IGNORECASE,
)
#: How specific a kind word is; the most specific part of a query is its target.
SPECIFICITY = {
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


def _english_around_burmese(text: str) -> bool:
    """Whether ``text`` is an English sentence naming a place in Burmese script ("Junta
    troops torched မြင်သားကျေးရွာ in Gangaw Township, residents said"): more words in Latin
    letters, at least four, than in Burmese."""
    words = text.split()
    latin = sum(word.isascii() and any(ch.isalpha() for ch in word) for word in words)
    return latin >= 4 and latin > len(words) - latin


def _parts_around_burmese_names(text: str) -> list[str]:
    """The parts of an English sentence naming places in Burmese script, read as English with
    each Burmese name standing in for a name in Latin letters ("an airstrike hit ကြွယ်ပုံ
    village, Sagaing Township": "ကြွယ်ပုံ village", "Sagaing Township")."""
    text = text.replace("၊", ", ").replace("။", ". ")  # (Burmese punctuation)
    names = _BURMESE_RUN.findall(text)
    stand_ins = []
    for i, name in enumerate(names):
        # (with its kind word in English: "မြင်သားကျေးရွာ in ...": "<name> village in ...")
        kind = next((k for suffix, k in MM_KIND_SUFFIXES if name.endswith(suffix)), None)
        stand_ins.append(f"Burmesename{chr(ord('A') + i)} {_KIND_IN_ENGLISH.get(kind, '')}".strip())
    for name, stand_in in zip(names, stand_ins, strict=True):
        text = text.replace(name, stand_in, 1)
    parts = split_parts(text)
    for name, stand_in in zip(names, stand_ins, strict=True):
        parts = [part.replace(stand_in, name) for part in parts]
    return parts


#: who reported it, before the report: "According to BNI, ...", "The Irrawaddy said on
#: Wednesday that ...", "Myanmar Now, citing sources in Yesagyo, said ...", "The Irrawaddy, 21
#: November 2022: ..." (its sources' town is no place of the report)
_OUTLET_LEAD = re.compile(
    r"^(?:(?:[Aa]ccording\s+to\s+|[Pp]er\s+)?(?:" + NEWS_OUTLETS + r"|[Ll]ocal\s+media"
    r"|[Ss]tate\s+media)(?:,\s+citing\s+[^,]+,)?"
    # (or who else it cites: "According to Human Rights Watch, ...")
    r"|[Aa]ccording\s+to\s+" + REPORT_SOURCES + r"(?=,))"
    r"(?:\s+(?:said|says|reported|reports)(?:\s+on\s+\w+)?(?:\s+that)?"
    r"|,(?:\s+\d{1,2}\s+[A-Z][a-z]+\s+\d{4})?:?|\s+\([^()]{1,30}\):|:"  # ("GNLM: ...")
    # (or a bar after it, and the date: "The Irrawaddy | 18 June 2022 - CORRECTION: ...")
    r"|\s+\|(?:\s+\d{1,2}\s+[A-Z][a-z]+\s+\d{4}\s+[-–—])?)\s+(?=\S)"
)


#: the people of a township who told what follows: "Villagers in | Mandalay Region's Singu
#: Township| said "
_AREA_SOURCES_SAID = re.compile(
    r"^(?:Villagers|Residents|Locals|Local\s+sources)\s+in\s+(?:[A-Z][a-z]+\s+(?:Region|State"
    r"|Division)['’]s\s+)?(?P<area>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\s+(?i:township|tsp))\s+"
    r"said\s+(?:that\s+)?"
)
#: a resistance force named after its area, saying what follows: "The Tanintharyi PDF said "
_FORCE_SAID = re.compile(
    r"^(?:The\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\s+(?:PDF|LDF|CDF|PDF\s+[Bb]attalion)"
    r"(?:\s+\d{1,3})?\s+said\s+(?:that\s+)?"
)
#: who received or documented what a report tells, before it: "The Special Rapporteur received
#: reports that ...", "The Office received information that, ..."
_RECEIVED_THAT = re.compile(
    r"^(?:[A-Z][\w'’-]*\s+){1,6}?(?:has\s+|have\s+)?(?:received|documented|verified|obtained"
    r"|gathered|collected)\s+(?:credible\s+|several\s+|multiple\s+|further\s+)?(?:reports?"
    r"|information|accounts?|testimon(?:y|ies)|evidence)\s+(?:indicating\s+)?that\s*,?\s+"
    # (or what it found: "Human Rights Watch found that, ...")
    r"|^(?:[A-Z][\w'’-]*\s+){1,6}?(?:has\s+|have\s+)?(?:found|concluded|established|determined)"
    r"\s+that\s*,?\s+"
    # (or a team's statement, and whom it heard from: "The Tatmadaw True News Information Team
    # stated that on 3 November 2023, local residents informed that terrorists ...")
    r"|^(?:[A-Z][\w'’-]*\s+){1,8}?(?:stated|announced|informed)\s+that\s*,?\s+"
    r"(?:on\s+\d{1,2}\s+[A-Z][a-z]+\s+\d{4},\s+)?(?:(?:local\s+)?(?:residents|villagers|people)"
    r"\s+(?:informed|reported|said)\s+that\s+)?"
)


#: whom a report cites first, up to its comma: "According to residents whose names are
#: withheld for security, ...", "According to information received by the Special Rapporteur, "
_ACCORDING_TO = re.compile(r"^[Aa]ccording\s+to\s+(?P<who>[^,;:]{1,100}?),\s+(?!wh)")
#: an area's office that gives figures: "the Myinmu Township administration"
_AREA_AUTHORITY = re.compile(
    r"(?i:township|district|region|state)\s+(?:administration|authorities|office|police"
    r"|court|council|government|general\s+administration(?:\s+department)?)$"
)
#: a place in whom it cites: "residents of Kone Thar", "a villager from X", "X Township"
_PLACED_SOURCE = re.compile(
    r"\b(?:of|from|in|at|near)\s+[A-Z]|[A-Z][\w'’-]*\s+(?i:village|town|township|ward|region|state)\b"
)


def area_tag_last(text: str) -> str:
    """``text`` with an area tagged in square brackets before it put after it, as a qualifier
    ("[Magway Region] Clashes at X village": "Clashes at X village, Magway Region"), or named
    in a headline's lead (``with_lead_area_last``)."""
    if (
        text[:1] == "["
        and (tag := _LEADING_TAG.match(text))
        and (part_kind(tag["tag"]) or tag["tag"] in STATE_SHORT_NAMES)  # "[Kayin] Fighting at"
    ):
        return f"{text[tag.end() :]}, {tag['tag']}"
    return with_lead_area_last(text)


def with_lead_area_last(text: str) -> str:
    """``text`` with the state or region a headline's lead names before a colon put after what
    follows, as its qualifier ("Fresh fighting in Bago: troops attacked X village": "troops
    attacked X village, Bago"), or a sentence's opening "In S State, " before a clause ("In
    Kayah State, some 7,000 people from V ...": "some 7,000 people from V ..., Kayah State");
    else ``text``."""
    if text[:3] == "In " and (lead := _IN_VILLAGE_OF_AREA.match(text)):
        # ("In Yone Pin, a village in Madaya, soldiers leave only ashes": the village of that
        # area)
        return f"{lead['place']} village, {lead['area']}, {text[lead.end() :]}"
    if text[:3] == "In " and (lead := _IN_TOWNSHIP_LEAD.match(text)):
        # ("In Lahe Township, | Montongnyu village| came under aerial bombardment": the village
        # of that township)
        return f"{lead['place']}, {lead['area']}{text[lead.end() :]}"
    if text[:3] == "In " and (lead := _IN_AREA_LEAD.match(text)):
        pass  # ("In Kayah State, some 7,000 people from V ... after drone strikes on V")
    elif ": " not in text or not (lead := _EVENT_IN_AREA_LEAD.match(text)):
        return text
    area, rest = lead["area"], text[lead.end() :]
    if area.split()[0] in STATE_SHORT_NAMES and _NAMES_A_PLACE_ANYWHERE.search(rest):
        return f"{rest}, {area}"
    return text


def with_path_from_state_reversed(text: str) -> str:
    """A coder's cell naming a state, a township and a place in that order, read place first
    ("Magwe region, Natmauk, Ku Ni -- clash, geo-prec 1": "Ku Ni, Natmauk Township, Magwe
    region -- clash, geo-prec 1"); else ``text``."""
    path = _PATH_FROM_STATE.match(text) if text.count(",") >= 2 else None
    if (
        path is None
        or path["state"].split()[0] not in STATE_SHORT_NAMES
        or path["place"].split()[0] in STATE_SHORT_NAMES  # (a state last: read as it is)
    ):
        return text
    township = path["township"]
    if not township.lower().endswith((" township", " tsp", " twp")):
        township += " Township"
    return f"{path['place']}, {township}, {path['state']}{path['rest']}"


#: a state, a township and a place, separated by commas, then perhaps a coder's note
_PATH_FROM_STATE = re.compile(
    r"^(?P<state>[A-Z][a-z]+(?:\s+(?i:state|region|division|rgn|div|st)\.?)?),\s+"
    r"(?P<township>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}(?:\s+(?i:township|tsp|twp))?),\s+"
    r"(?P<place>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}(?:\s+(?i:village|vlg|town|ward))?)"
    r"(?P<rest>\s+(?:--|—|–|\|)\s+.*|\s*)$"
)


def with_town_area_as_township(text: str) -> str:
    """``text`` with a town's area it places a village in read as the town's township
    ("arrived at V village, in the Yenangyaung area of Magwe Region": "..., Yenangyaung
    Township, Magwe Region"); else ``text``."""
    if " town of " in text:  # ("Taungoo|, the main town of| Taungoo Township")
        text = _MAIN_TOWN_OF.sub(", ", text)
    if " area" not in text:
        return text  # (a quick look first)
    return _TOWN_AREA.sub(
        lambda area: f", {area['town']} Township{', ' if area['after'].strip() else ''}", text
    )


#: a town called its township's main one: "Taungoo|, the main town of |Taungoo Township"
_MAIN_TOWN_OF = re.compile(
    r",\s+the\s+(?:main|principal|largest|biggest|chief|administrative)\s+town\s+of\s+"
    r"(?=[A-Z][\w'’-]*(?:[\s-][A-Z][\w'’-]*){0,2}\s+(?:Township|District)\b)"
)
#: a town's area a village lies in: ", in the | Yenangyaung| area of Magwe Region"
_TOWN_AREA = re.compile(
    r"(?<=village),?\s+in\s+the\s+(?P<town>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)\s+area"
    r"(?P<after>\s+of\s+(?=[A-Z])|(?=[,.;]|$))"
)


#: an appeal's heading, naming who appeals (and their town) before what befell a place:
#: "Rice for IDPs Team (Mandalay) humanitarian appeal: | the airstrike on V village, ..."
#: pictographs and emoji, and the joiners between them ("🔴", "🙏", "⚠️")
_PICTOGRAPH_CHARS = "\u203c\u2049\u2600-\u27bf\U0001f000-\U0001faff\ufe0f\u200d"
_APPEAL_HEAD = re.compile(
    r"^[^:\n]{0,80}?\b(?i:appeals?(?:\s+for\s+(?:support|help|donations|aid))?|fundraiser|fundraising"
    r"|donation\s+drive|call\s+for\s+(?:help"
    # (or pictographs after it: "🙏 Relief UK (Yangon) appeal 🙏 Heavy shelling in V, T township")
    r"|donations))\s*(?::|[" + _PICTOGRAPH_CHARS + r"]+)\s+"
)
#: an appeal's cry for a place, before what befell it: "Help V! ", "Save V!! ", "Pray for V! "
_HELP_FOR = re.compile(r"(?i:help|save|pray\s+for|support)\s+[A-Z][^!.?]{1,40}!+\s+(?=[A-Z])")
#: a quote opening a headline, before a colon or a dash: "'We ran with nothing' - "
_QUOTE_LEAD = re.compile(
    # (words in lower case after the first: not a place in quotes, "‘Kyet Tu Yway village’ –
    # Singu Twp.", nor a quote naming one, "'Sa Gyi is gone': ...")
    r"['‘\"“][A-Z][^'’\"”A-Z]{2,80}['’\"”]\s*(?::|\s[-–—])\s+(?=[A-Z])"
    # (before a place the rest names by its kind word)
    r"(?=[^:]*\b(?i:village|vlg|town|township|twp|tsp)\b)"
)
#: an appeal for a place, before a colon: "Appeal for |Nat Gyi (Kani Tsp, Sagaing Region)|: after"
_APPEAL_FOR = re.compile(
    r"^(?i:urgent\s+)?(?i:appeal|fundraiser|call\s+for\s+help)\s+for\s+"
    r"(?P<place>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}(?:\s+village)?(?:\s*\([^()]{2,60}\))?)\s*:\s"
)


#: a rights group's name before what it reports, and a colon: "Amnesty: "
_SOURCE_LABEL = re.compile(r"^(?:" + RIGHTS_GROUPS + r"|OHCHR):\s+")


#: the junta's leader's name before its forces: "|Min Aung Hlaing's |troops"
_LEADERS_FORCES = re.compile(
    r"\bMin\s+Aung\s+Hlaing['’]s\s+(?=(?:troops|forces|soldiers|army|regime|junta|military)\b)"
)


def headline_place(text: str) -> str:
    """A headline read for its event's place (an event named after it: "X massacre: what we
    know about the killings in T": "X, T"): without its kicker ("ANALYSIS | Why X matters":
    "Why X matters"), or with a kicker naming an area put after it ("Sagaing | Arson attack
    leaves X village in ruins": "..., Sagaing"); the place it asks about ("Why X matters in the
    battle for T", "What the battle for X means for T": "X, T"); without a lead of casualties
    ("12 dead, 2 missing after troops storm X, T township": "troops storm X, T township");
    ``text`` itself otherwise."""
    if ": " in text[:40] and (source := _SOURCE_LABEL.match(text)):
        text = text[source.end() :]  # ("Amnesty: In V, T township, soldiers shot dead ...")
    if "Hlaing" in text:  # ("|Min Aung Hlaing's |troops raided ...": the junta's, no place)
        text = _LEADERS_FORCES.sub("junta ", text)
    if text[:1] in "'‘\"“" and (quoted := _QUOTE_LEAD.match(text)):
        # (without a quote that opens it, when the rest names a place: "'We ran with nothing' -
        # V villagers flee junta raid in T Township")
        text = _if_it_still_names(text[quoted.end() :], text, _NAMES_A_PLACE_ANYWHERE)
    if (
        "\n" in text
        and _STATE_KIND_TOWN.search(text.split("\n", 1)[0])
        and _DATELINE_LINE.match(body := text.split("\n", 1)[1])
    ):
        text = body  # ("Junta torches Chin town again\nThantlang, 3 March — ...": the dateline's)
    if " village" in text or " town" in text:  # ("... torched in Chin town": in a town of Chin)
        # (not the town a dateline named: "Thantlang, 3 March — ... homes in the abandoned |
        # Chin |town")
        text = _THE_STATE_TOWN.sub(r"\g<lead>", text)
        text = _STATE_AS_ADJECTIVE.sub(_state_as_adjective_read, text)
    if "/" in text[:40] and (cities := _TWO_CITY_DATELINE.match(text)):
        text = text[cities.start("last") :]  # ("BEIJING/|YANGON, Jan 5 (Reuters) - ...")
    if ": " in text[:40] and (group := _LOCAL_GROUP_LABEL.match(text)):
        # ("Launglon PDF: an informer ... was shot dead in V village, T Township": the story,
        # in the township the group is named after when the story names none)
        text = text[group.end() :]
        if not _TOWNSHIP_WORD.search(text):
            text = f"{text.rstrip(' .')}, {group['town']} Township"
    if text[:2].isupper() and (dated := _CAPITALS_DATELINE_WITH_TOWNSHIP.match(text)):
        # ("WEBULA, Falam Township — Students' books lie in the rubble ...": the place in
        # capitals, in its township)
        return f"{dated['place'].title()}, {dated['township']}"
    if " capital " in text:  # ("Kokang capital | Laukkai falls to MNDAA")
        text = _AREA_CAPITAL.sub("", text)
    if " say" in text and (said := _RESIDENTS_SAY.search(text)):
        # ("Myanmar junta kills 6 in V raid|, Kani residents say|": V, Kani)
        text = f"{text[: said.start()]}, {said['area']}"
    if (
        (": " in text or "ppeal " in text)
        and (appeal := _APPEAL_HEAD.match(text))
        and (NAMED_SETTLEMENT.search(text) or _TOWNSHIP_WORD.search(text, appeal.end()))
    ):
        text = text[appeal.end() :]  # ("X Team (Mandalay) appeal: | the airstrike on V village")
    if ": " in text and (appealed := _APPEAL_FOR.match(text)):
        return appealed["place"]  # ("Appeal for V (T Tsp, S Region): after a military column ...")
    if "!" in text and (helped := _HELP_FOR.match(text)):
        # ("Help V! | After heavy artillery hit V village in T Township, ...": what follows)
        text = _if_it_still_names(text[helped.end() :], text, _NAMES_A_PLACE_ANYWHERE)
    if (battle := _BATTLE_FOR.match(text)) and not NAMED_SETTLEMENT.search(text, battle.end()):
        return battle["place"]  # ("Battle for X: resistance forces enter the town, junta ...")
    if " battle " in text or " clash" in text or " fighting " in text or " shelling " in text:
        # ("... killed in Kayah State battle at V village, Demoso": in battle at V)
        text = _STATE_BEFORE_EVENT.sub(r"\g<lead>\g<event> \g<prep> ", text)
    if ("illagers " in text or "esidents " in text) and (
        fled := _VILLAGERS_OF_AREA_FLEE.match(text)
    ):
        if fled["own"]:
            return fled["area"]  # ("Kani residents flee as troops ... torch homes around the town")
        return f"{fled['place']}, {fled['area']}"  # ("Kani villagers flee as troops torch V")
    if (" their " in text or "isplaced " in text or "IDPs " in text or " who fled " in text) and (
        sheltering := _VILLAGERS_FROM_STRUCK_HOME.match(text)
    ):
        # ("Villagers from V (T) shelter in W after ... their village", "displaced from V (T)
        # shelter in W")
        return (
            sheltering["place"]
            or sheltering["home"]
            or sheltering["fled_from"]
            or sheltering["arrived_from"]
        )
    if (" in " in text or " — " in text or " – " in text or " | " in text) and (
        struck := _EVENT_AT_KILLS_IN_AREA.match(text)
    ):
        # ("Ambush near X kills 22 in T township", "... kills 8 soldiers — T, S")
        area = struck["area"] or struck["area_dash"] or struck["area_first"]
        area = area or f"{struck['area_end']} Township"
        return f"{struck['place']}, {area}"
    if " recount" in text and (told := _RESIDENTS_RECOUNT.search(text)):
        # ("V residents recount raid in T", "V villagers recount T raid")
        township = (told["area_in"] or told["area_bare"]) and (
            f"{told['area_in'] or told['area_bare']} Township"
        )
        if area := told["area"] or told["area_before"] or township:
            return f"{told['place']} village, {area}"
        if "villagers recount" in told.group():  # ("'...': V villagers recount junta raid")
            return f"{told['place']} village"
    if (shot := _FOOTAGE_FROM.match(text)) is not None:
        text = text[shot.end() :]  # ("3/ Video from Mindat town, Chin State: jets over ...")
    if (dated := _HEADLINE_BEFORE_DATELINE.match(text)) is not None:
        text = text[dated.end() :]  # ("Two killed in Mon State shelling — THATON, 3 March — ")
    if (
        " | " in text
        and (headed := _HEADLINE_IN_STATE_THEN_STORY.match(text))
        and (NAMED_SETTLEMENT.search(headed["story"]) or _TOWNSHIP_WORD.search(headed["story"]))
    ):
        text = headed["story"]
        if not _TOWNSHIP_WORD.search(text):  # (the region holds the story's village)
            state = headed["state"]
            text = f"{text}, {state} {'State' if state in _STATES_NAMED_STATE else 'Region'}"
    if "|" in text and (kicker := _KICKER.match(text)):
        label, rest = kicker["label"].strip(), kicker["rest"]
        text = rest if label.upper() in _SECTION_LABELS else f"{rest}, {label}"
    if text[:1].isdigit() and (lead := _CASUALTIES_LEAD.match(text)):
        text = text[lead.end() :]
    if (", " in text or ") " in text) and (tail := _CASUALTIES_TAIL.search(text)):
        text = text[: tail.start()]  # ("Junta jets bomb Mandalay village U Yin Su|, 7 dead|")
    if ": " in text and (named := _EVENT_NAMED_THEN_AREA.match(text)):
        return f"{named['place']}, {named['area']}"  # "X massacre: what we know ... in T"
    if " of " in text and (named := _OF_EVENT_AT_PLACE_IN_AREA.search(text)):
        return f"{named['place']}, {named['area']}"  # "survivors of X raid in T speak out"
    if ": " in text and (struck := _AREA_THEN_PLACE_STRUCK.match(text)) and _not_a_label(struck):
        return f"{struck['place']}, {struck['area']}"  # ("Magway: Pyinlel burns as column ...")
    if (
        ": " in text
        and (struck := _AREA_THEN_EVENT_AT_PLACE.match(text))
        and _not_a_label(struck)
        # (a place named bare, no village nor township by its kind word: not "Kayah State:
        # clashes erupt near V village in T Township")
        and not SETTLEMENT_WORD.search(text)
        and not _TOWNSHIP_WORD.search(text)
    ):
        return f"{struck['place']}, {struck['area']}"  # ("Khin-U: 11 killed as ... clash at V")
    if ": " in text and (fled := _PLACE_FLED_FROM_INVADERS.match(text)) and _not_a_label(fled):
        return fled["area"]  # ("Lashio: residents flee as fighters enter city outskirts from W")
    if (
        ": " in text
        and (lead := _PLACE_THEN_HEADLINE.match(text))
        and lead["place"].upper() not in _SECTION_LABELS
        and not lead["place"].isupper()  # (a label: "UPDATE: bodies found in ...")
        # (the headline names no place finer than its township: not "Sagaing Division: ...
        # killed in V village, T township", nor a region's name before it)
        and not SETTLEMENT_WORD.search(text, lead.end("place"))
        and lead["place"].split()[0] not in STATE_SHORT_NAMES
        and not _OUTLET_ALONE.match(lead["place"])  # (who reported it: "Myawady TV: ...")
        # (nor an area as the label: "Pakokku District: ... in Kamma, Pakokku Township")
        and not _AREA_KIND_LAST.search(lead["place"])
    ):
        return f"{lead['place']}, {lead['township']}"  # "V: 2 killed as regime shells T township"
    if asked := _PLACE_ASKED_ABOUT.search(text):
        place = asked["place"] or asked["place2"] or asked["place3"] or asked["place4"]
        if asked["area_of_village"]:
            return f"{place} village, {asked['area_of_village']}"
        area = asked["area"] or asked["area_after"] or asked["area_of"] or asked["area_in"]
        area = area or asked["area_bracketed"] or asked["area_bare"]
        return f"{place}, {area}" if area else place
    return text


#: a state's (or its people's) name used as an adjective: "the abandoned | Chin| town"
_STATE_ADJECTIVE = r"(?:Chin|Kachin|Kayin|Kayah|Shan|Mon|Rakhine|Karen|Karenni|Arakan)"
#: a state's name as an adjective before a kind of place, in a headline: "Junta torches | Chin
#: town| again"
_STATE_KIND_TOWN = re.compile(
    rf"\b{_STATE_ADJECTIVE}\s+(?:town|village|city)\b"
    # (or a region's village: "Troops torch | Sagaing village|, 260 homes lost")
    r"|\b(?:Sagaing|Magway|Magwe|Mandalay|Bago|Yangon|Ayeyarwady|Tanintharyi)\s+village\b"
)
#: a line opening with a dateline: "Thantlang, 3 March — "
_DATELINE_LINE = re.compile(
    r"^[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?,\s+(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\.?\s+\d{1,2})"
    r"(?:,?\s+\d{4})?\s*[—–-]\s"
)
#: a state's name as an adjective in "the ... S town", a town named before: "in the abandoned |
#: Chin |town"
_THE_STATE_TOWN = re.compile(
    r"(?P<lead>\bthe\s+(?:[a-z]{3,20}\s+)?)"
    rf"{_STATE_ADJECTIVE}\s+(?=town\b)"
)
#: a wire's dateline of two cities: "BEIJING/YANGON, Jan 5 (Reuters) -"
_TWO_CITY_DATELINE = re.compile(
    r"^[A-Z][A-Z'’ -]{2,20}/(?P<last>[A-Z][A-Z'’-]{2,20}(?: [A-Z][A-Z'’-]+)?)(?:,\s|\s\()"
)
#: an area's name and "capital" before the town it names: "| Kokang capital |Laukkai falls",
#: "| Kayah State capital |Loikaw"
_AREA_CAPITAL = re.compile(
    r"(?:^|(?<=\s))(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:State|Region))?\s+capital,?\s+(?=[A-Z])"
)
#: who a headline cites, named by their area: "... in V raid|, Kani residents say|"
_RESIDENTS_SAY = re.compile(
    r",\s+(?P<area>[A-Z][\w'’-]*(?:[\s-][A-Z][\w'’-]*)?)\s+(?:residents|villagers|locals|sources)"
    r"\s+(?:say|said)\s*$"
)
#: a headline's battle for a town, before what happened there: "Battle for Chinshwehaw: ..."
_BATTLE_FOR = re.compile(
    r"^(?:The\s+)?(?:Battle|Fight|Fighting|Siege)\s+(?:for|of)\s+"
    r"(?P<place>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})\s*:\s+"
)
#: a state named as an adjective before an event at a place: "killed in | Kayah State |battle at
#: V village"
_STATE_BEFORE_EVENT = re.compile(
    rf"(?P<lead>\b(?:in|on)\s+)(?:[A-Z][a-z]+\s+(?:State|Region)|{_STATE_ADJECTIVE})\s+"
    r"(?P<event>battle|clash(?:es)?|fighting|shelling)\s+"
    r"(?P<prep>at|in|on|near|for)\s+(?=[A-Z])"
)
#: the people of an area fleeing, then what troops did to a place: "| Kani| villagers flee as
#: troops torch | Ta Paung|"
_VILLAGERS_OF_AREA_FLEE = re.compile(
    r"^(?P<area>[A-Z][a-z]+(?:-[A-Z][a-z]+)?)\s+(?:villagers|residents)\s+(?:flee|fled|run|ran"
    # (or were killed: "Pauk villagers killed as airstrike hits V")
    r"|escape|escaped|killed|wounded|injured|die|died)\b[^.;:]*?\b(?:torch|burn|raid|shell|bomb"
    r"|attack|storm|hit)\w*\s+"
    r"(?:(?P<place>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}(?:\s+village)?)"
    # (or their own town's homes: "Kani residents flee as troops from Monywa torch | homes around
    # the town|")
    r"|(?P<own>(?:homes|houses|shops|buildings)\s+(?:around|in|near|across|of)\s+the\s+"
    r"(?:town|village|city)))\s*$"
)
#: villagers from a place sheltering elsewhere after what befell their own: "Villagers from
#: |Kyoe Chaung (Gwa)| shelter in W after artillery attack on their village"
_VILLAGERS_FROM_STRUCK_HOME = re.compile(
    r"^(?:Villagers|Residents|Families|People)\s+(?:from|of)\s+"
    r"(?P<place>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}(?:\s+village)?(?:\s+\([^)]{2,40}\))?)\s+"
    r"(?:shelter|sheltering|flee|fled|hide|hiding|stay|staying|camp)\b[^.;:]*?\b(?:after|as|following)"
    r"\s+[^.;:]*?\b(?:on|of|in|at)\s+their\s+(?:village|town|homes?)\b"
    # (or who fled what befell it, resting elsewhere: "Villagers from |X (T Township)| who fled
    # the junta's raid rest at a monastery in Y village")
    r"|^(?:Villagers|Residents|Families|People)\s+(?:from|of)\s+"
    r"(?P<fled_from>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}(?:\s+village)?(?:\s+\([^)]{2,40}\))?)"
    r"\s+who\s+(?:fled|escaped)\s+(?:the|a|an)\s+[^.;:]*?\b(?:raid|attack|airstrike|shelling"
    r"|fighting|clashes|arson|offensive|bombing)\s+(?:rest|shelter|stay|wait|gather|hide|camp"
    r"|sleep|live|eat|queue)\s+(?:at|in|near|under)\b"
    # (or the displaced from a place, sheltering in a town: "displaced from | Pauk Kone
    # (Kanbalu)| shelter in Kawlin")
    r"|^(?:['‘\"“][^'’\"”]{3,80}['’\"”]:\s+)?"  # (after a quote: "'We have nowhere to go': ")
    r"(?i:the\s+)?(?i:displaced|IDPs)(?:\s+(?:villagers|residents|families|people))?\s+from\s+"
    r"(?P<home>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}(?:\s+village)?(?:\s+\([^)]{2,40}\))?)\s+"
    r"(?:shelter|sheltering|hide|hiding|stay|staying|camp|wait|waiting|struggle|live|living)\s+"
    r"(?:in|at|near)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\W*$"
    # (or those who reached a place after what befell their own: "Some 800 IDPs from |V village
    # in T Township| arrived in W on 23 January after fighting broke out in their village")
    r"|^(?:(?:Some|About|Around|Nearly|Over|More\s+than)\s+)?(?:[\d,]+\s+)?(?:[Vv]illagers"
    r"|[Rr]esidents|[Ff]amilies|[Pp]eople|IDPs|[Dd]isplaced\s+(?:people|villagers|families))\s+"
    r"from\s+(?P<arrived_from>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}(?:\s+village)?"
    r"(?:(?:\s+in|,)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\s+[Tt]ownship)?)\s+"
    r"(?:arrived|reached|came|fled)\b[^.;:]*?\b(?:after|as|following)\s+[^.;:]*?\b(?:on|of|in|at)"
    r"\s+their\s+(?:village|town|homes?)\b"
)
#: what befell a place, after which people are where a caption shows them: "Children study ...
#: near W after their school in |V village, T Township|, was bombed"; "Residents of |Tilin|
#: sheltering in a monastery in W after the town was bombed"
_STRUCK = (
    r",?\s+(?:was|were|had\s+been)\s+(?:[a-z]+\s+)?(?:bombed|burned|burnt|shelled|destroyed"
    r"|attacked|torched|hit|raided|struck|razed)\b"
)
_AFTER_THEIR_PLACE_STRUCK = re.compile(
    r"\bafter\s+(?:their|its|his|her|our|the)\s+(?:[\w-]+\s+){0,2}?(?:school|home|homes|house"
    r"|houses|monastery|church|clinic|hospital|village|camp|ward)\s+(?:in|at)\s+"
    r"(?P<place>[A-Z][^.;]*?)" + _STRUCK
)
_PEOPLE_OF_STRUCK_PLACE = re.compile(
    r"(?:^|(?<=[|:]\s))(?:Residents|Villagers|People|Families|Children|Monks|Displaced\s+people)"
    r"\s+(?:of|from)\s+"
    r"(?P<place>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}(?:\s+(?:town|village))?)\s+"
    r"(?:are\s+|who\s+are\s+)?(?:sheltering|shelter"
    r"|hiding|staying|living|study|studying|waiting|wait|gathered|gather|rest|resting)\b[^.;]*?"
    r"\bafter\s+the\s+(?:town|village)" + _STRUCK
)


def struck_home_place(text: str) -> str:
    """The place a caption tells was struck, not where its people are now ("Children study ...
    near W after their school in V village, T Township, was bombed": "V village, T Township";
    "Residents of Tilin sheltering in ... Kyaukhtu after the town was bombed": "Tilin");
    ``text`` otherwise."""
    if " after " not in text:
        return text  # (a quick look first)
    if struck := _PEOPLE_OF_STRUCK_PLACE.search(text) or _AFTER_THEIR_PLACE_STRUCK.search(text):
        return struck["place"]
    return text


#: a headline's event at a place named bare, what it did, then the area it was in: "Ambush near
#: |Cintlang| kills 22 soldiers in |Hakha township|", "Junta shelling on X leaves two dead in T"
_EVENT_AT_KILLS_IN_AREA = re.compile(
    r"^(?:[\w'’-]+\s+){0,2}?(?i:ambush|air\s?strikes?|attacks?|raids?|shelling|strikes?"
    r"|bombings?|clash(?:es)?|fighting|arson|massacre|offensive|assault)\s+(?:on|near|at|in|of)\s+"
    r"(?P<place>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})"
    # (its township's bare name before the verb: "Junta airstrike on V | in Wetlet| kills 2")
    r"(?:\s+in\s+(?P<area_first>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?(?=\s+(?:kills?|leaves?|wounds?"
    r"|injures?|displaces?|claims?)\b)))?"
    r"\s+(?:kills?|leaves?|left|wounds?"
    r"|injures?|displaces?|claims?|destroys?|sends?)\b[^,;:—–]*?"
    r"(?(area_first)(?=[;,.]|$)|(?:\s+in\s+"  # (the township named before it, or after it:)
    r"(?P<area>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s+(?i:township|tsp|twp|region|state))\b"
    # (or the township's bare name ending it: "shelling of V leaves 13 dead in | Nansang|")
    r"|\s+in\s+(?P<area_end>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)\s*$"
    # (or the area after a dash: "PDF ambush near V kills 8 soldiers — Wetlet, Sagaing")
    r"|\s+[—–|]\s+(?P<area_dash>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)(?=,|$)))"
)
#: the people of a place recounting what was done there, in an area: "'Our village is gone': |
#: Kyat| residents recount raid in |Yinmarbin Township|"
_RESIDENTS_RECOUNT = re.compile(
    r"(?:^|:\s+)(?P<place>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})\s+(?:residents|villagers"
    # (the township after them: "Aung Chan Thar villagers | in Taze| recount junta raid")
    r"|survivors)(?:\s+in\s+(?P<area_in>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?))?\s+recount\s+"
    r"(?:the\s+|a\s+)?(?:(?:[a-z]+\s+){0,3}?(?:in|at|on)\s+"
    r"(?P<area>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\s+(?:[Tt]ownship|District|Region|State))\b"
    # (or the area named before the event: "Seik Hpu Kone villagers recount | Kawkareik| raid")
    r"|(?P<area_before>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)\s+(?:raid|attack|massacre|shelling"
    r"|airstrike|air\s+strike|arson|killings|assault)\b"
    # (or the township's bare name at the end: "V villagers recount junta raid in | Pinlebu|")
    r"|(?:[a-z]+\s+){0,3}?(?:in|at)\s+(?P<area_bare>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)\s*$"
    r"|(?=[a-z]))"  # (or nothing more, the township named before: "... in Taze recount junta raid")
)
#: footage said to come from the place it shows, opening a post: "3/ Video from | Mindat town"
_FOOTAGE_FROM = re.compile(
    r"^(?:\d{1,2}/\s*)?(?:Video|Footage|Photos?|Images?|Clip)\s+from\s+(?=[A-Z])"
)
#: a headline before a dateline and its date: "Two killed in Mon State shelling — | THATON, 3
#: March — ..."
_HEADLINE_BEFORE_DATELINE = re.compile(
    r"^[^—–|]{3,120}?\s+[—–]\s+(?=[A-Z][A-Z'’\-]+(?:\s[A-Z][A-Z'’\-]+)*,\s+(?:\d{1,2}\s+[A-Z][a-z]+"
    r"|[A-Z][a-z]+\.?\s+\d{1,2})\s+[—–]\s)"
)
#: a state's name as an adjective before a settlement's kind word, in a headline: "20 homes
#: torched in | Chin town|", "4 dead in | Kayin village|" (states no town is named after)
_STATE_AS_ADJECTIVE = re.compile(
    r"(?P<lead>\b(?:in|on|at)\s+)(?:an?\s+)?(?P<state>Chin|Kachin|Kayin|Kayah|Shan|Mon|Rakhine"
    # (not "Chin village of V", a village's name after its state's)
    r"|Karen|Karenni|Arakan)\s+(?P<kind>town|village)\b(?!\s+(?i:of)\b)"
    # (or after what was done to it, or with its kind word: "junta ambushes | Rakhine village|
    # at night", "in shelling of | Chin State village|"; not a village of the name in the
    # township named after it: "troops raided Shan village, Ingapu Township")
    r"|(?P<done>\b(?:of|ambush(?:es|ed)?|raid(?:s|ed)?|attack(?:s|ed)?|shell(?:s|ed)?|bomb(?:s|ed)?"
    r"|strikes|struck|burn(?:s|ed|t)?|torch(?:es|ed)|storm(?:s|ed)?|hits?)\s+)"
    r"(?P<named>Chin|Kachin|Kayin|Kayah|Shan|Mon|Rakhine|Karen|Karenni|Arakan)"
    r"(?:\s+State)?\s+(?P<settlement>village)\b(?!\s+(?i:of)\b)"
    r"(?!\s*(?:,|\(|\bin\b)\s*[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s+(?i:township|tsp|twp)\b)"
)


def _state_as_adjective_read(said: re.Match[str]) -> str:
    """A settlement in the state an adjective names (``_STATE_AS_ADJECTIVE``)."""
    if said["done"]:
        return f"{said['done']}a {said['settlement']} in {said['named']} State"
    return f"{said['lead']} a {said['kind']} in {said['state']}"


#: a headline's kicker before a bar: a section's label or an area ("ANALYSIS | ", "Sagaing | ")
#: a headline placing its event in a state or region by its name alone, then after a pipe the
#: story naming the place: "Myanmar junta troops burn nearly 150 houses in | Sagaing | | The
#: arson attack on January 7 hit V village in T Township|": the story's place (not the town
#: that shares the region's name)
_HEADLINE_IN_STATE_THEN_STORY = re.compile(
    # (a headline naming no town or village of its own: not "Regime Takes Its Violence to
    # Myitnge, a Small Town in Mandalay Region | ...")
    r"^(?![^|]*\b(?i:town|village|city)\b)[^|]*?\s(?:in|across|of)\s+(?P<state>"
    + "|".join(sorted(STATE_SHORT_NAMES))
    # (and what happened there, in lower case: "... in Sagaing| arson attack| | ...")
    + r")(?:\s+(?:State|Region|Division))?(?:\s+[a-z][a-z-]*){0,3}\s*\|\s*(?P<story>[^|]+)$"
)
#: a local resistance group named after its township, as a post's label: "Launglon PDF: "
_LOCAL_GROUP_LABEL = re.compile(
    r"^(?P<town>[A-Z][\w'’-]*(?:[\s-][A-Z][\w'’-]*)?)\s+(?:PDF|LDF|CDF|PDF\s+Battalion\s+\d+"
    r"|Revolution(?:ary)?\s+Force|Defen[cs]e\s+Force)\s*:\s+"
)
#: a caption's or report's dateline of a place in capitals and its township, before a dash:
#: "WEBULA, Falam Township — ..."
_CAPITALS_DATELINE_WITH_TOWNSHIP = re.compile(
    r"^(?P<place>[A-Z][A-Z'’-]+(?:\s[A-Z][A-Z'’-]+){0,4}),\s+"
    r"(?P<township>[A-Z][\w'’-]*(?:[\s-][A-Z][\w'’-]*)?\s+(?i:township|tsp))\s+[—–-]\s"
)
#: the states (not regions) by their short names
_STATES_NAMED_STATE = frozenset(
    ("Kachin", "Kayah", "Kayin", "Chin", "Mon", "Rakhine", "Shan", "Karenni", "Karen", "Arakan")
)
_KICKER = re.compile(r"^(?P<label>[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+){0,2}) ?\| (?P<rest>[^|]+)$")
#: an area's kind word ending a label
_AREA_KIND_LAST = re.compile(r"\s(?i:district|region|state|division|township)$")
_SECTION_LABELS = frozenset(
    (
        *("ANALYSIS", "OPINION", "LIVE", "BREAKING", "MYANMAR", "BURMA", "NEWS", "UPDATE"),
        *("EXCLUSIVE", "FEATURE", "EXPLAINER", "INTERVIEW", "PHOTOS", "VIDEO", "WATCH"),
        *("COMMENTARY", "EDITORIAL", "REPORT", "INVESTIGATION", "IN PICTURES", "CONFLICT"),
        *("MYANMAR CONFLICT", "WORLD", "ASIA", "SOUTHEAST ASIA", "FACT CHECK", "BRIEFING"),
        *("GEOCONFIRMED", "GEOLOCATED", "GEOLOCATION", "CONFIRMED", "VERIFIED", "CORRECTION"),
        # (a memorial's or a testimony's field: "Died: X (b. 1986, H) — killed ... at V, T")
        *("DIED", "KILLED", "TRIBUTE", "OBITUARY", "IN MEMORIAM", "TRANSLATOR", "INTERPRETER"),
        *("SAD NEWS", "RIP"),
        # (a reporter's notes: "Source: farmer, 27, spoke by phone.\n- says ... in V (T tsp)")
        *("SOURCE", "SOURCES", "NOTE", "NOTES", "SUMMARY", "CONTEXT", "BACKGROUND"),
        *("INFORMANT", "INTERVIEWEE"),
    )
)
#: a headline's casualties after what caused them: "Junta jets bomb V|, 7 dead|", "jet strike V
#: (T)| 9 dead|"
_CASUALTIES_TAIL = re.compile(
    r"(?:,|(?<=\)))\s+\d+\s+(?:dead|killed|injured|wounded|missing|hurt)(?:,?\s+(?:and\s+)?"
    r"(?:\d+|many|several|some|more)\s+(?:dead|killed|injured|wounded|missing|hurt))*\s*$"
)
#: a headline's lead of casualties before what caused them: "12 dead, 2 missing after "
_CASUALTIES_LEAD = re.compile(
    r"^\d+\s+(?:dead|killed|injured|wounded|missing|hurt)(?:,?\s+(?:and\s+)?\d+\s+"
    r"(?:dead|killed|injured|wounded|missing|hurt))*\s+(?:after|as|when|in)\s+(?=\S)"
)
_ASKED_NAME = r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}"
#: an event named after its place, then the area a story's headline puts it in: "X massacre:
#: what we know about the killings in T"
_EVENT_NAMED_THEN_AREA = re.compile(
    # (not an event's kind: "Arson attack: V village (T) was set ablaze by troops ...")
    rf"^(?:The\s+)?(?!(?i:arson|drone|air|artillery|mortar|junta|military|army)\s)"
    rf"(?P<place>{_ASKED_NAME})\s+(?i:massacre|killings|airstrike|bombing|raid"
    # (or near the town that ends it: "Shantaw attack: junta kills 7 after ... ambush near
    # Pwintbyu"; no village named between: that is the place)
    r"|arson|battle|attack|ambush|shelling)\s*:\s+(?:(?!\b(?i:village|vlg)\b)[^:])*?\b(?:in|near)\s+"
    rf"(?P<area>{_ASKED_NAME})\W*$"
)
#: ... or after "of", then its area: "survivors of | X raid in T| speak out"
_OF_EVENT_AT_PLACE_IN_AREA = re.compile(
    rf"(?<=\bof\s)(?P<place>{_ASKED_NAME})\s+(?i:massacre|killings|airstrike|bombing|raid|arson"
    rf"|attack|battle)\s+in\s+(?P<area>{_ASKED_NAME})\b"
)
#: a settlement's kind word, in full or short ("village", "vlg", "vill", "town", "ward")
SETTLEMENT_WORD = re.compile(r"\b(?i:village|vlg|vill|town|ward)\b")
#: a news outlet's name alone
_OUTLET_ALONE = re.compile(NEWS_OUTLETS + r"$")
#: a place before a colon, then a headline naming its township: "V: 2 killed as regime shells
#: T township"
_PLACE_THEN_HEADLINE = re.compile(
    rf"^(?P<place>{_ASKED_NAME}):\s+(?=[^:]*\b(?:killed|dead|shells?|shelled|bombs?|bombed|raids?"
    rf"|raided|burn(?:s|ed|t)?|attack(?:s|ed)?)\b)[^:]*?\b(?P<township>{_ASKED_NAME}\s+(?i:township"
    r"|tsp|twp))\b"
)
#: an area before a colon, then a place named as what was struck, intransitive or passive:
#: "Magway: |Pyinlel| burns as column moves north", "Gangaw: V shelled again"
_AREA_THEN_PLACE_STRUCK = re.compile(
    rf"^(?P<area>{_ASKED_NAME}):\s+(?P<place>{_ASKED_NAME}(?:\s+village)?)\s+(?:is\s+|was\s+)?"
    r"(?:burns|burned|burnt|burning|ablaze|bombed|shelled|raided|torched|attacked|razed|struck"
    r"|hit)(?=\s+(?:as|after|amid|while|again|overnight|by|in\s+(?:a|an|the)\s)\b|\s*[,—–]|\s*$)"
)
#: an area before a colon, then what happened at a place named last, bare: "|Khin-U|: 11 killed
#: as junta troops clash with PDF at |Mon Hla|"
_AREA_THEN_EVENT_AT_PLACE = re.compile(
    rf"^(?P<area>{_ASKED_NAME}):\s+(?=[^:;]*\b(?:killed|dead|clash\w*|fight\w*|attack\w*|shell\w*"
    r"|bomb\w*|raid\w*|burn\w*|airstrikes?|ambush\w*)\b)[^:;]*?\s(?:at|in|on)\s+"
    rf"(?P<place>{_ASKED_NAME})(?:\s+village)?\s*$"
)
#: a town before a colon, whose residents flee fighters coming from elsewhere: "|Lashio|:
#: residents flee as MNDAA fighters enter city outskirts from Theinni"
_PLACE_FLED_FROM_INVADERS = re.compile(
    rf"^(?P<area>{_ASKED_NAME}):\s+(?:residents|villagers|locals|families|civilians|people"
    r"|thousands)\s+(?:flee|fled|run|ran|escape|escaped)\s+as\s+[^:;.]*?\bfrom\s+"
    r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\s*$"
)


def _not_a_label(lead: re.Match[str]) -> bool:
    """True when the name before a headline's colon is a place, not a section label or outlet."""
    area = lead["area"]
    return (
        area.upper() not in _SECTION_LABELS and not area.isupper() and not _OUTLET_ALONE.match(area)
    )


#: the place a headline asks about: "Why X matters (in the battle for T)", "What the battle for
#: X means for T"
_PLACE_ASKED_ABOUT = re.compile(
    rf"^(?:(?:ANALYSIS|Analysis|OPINION|Opinion|EXPLAINER|Explainer)\s*[:|]\s*)?"
    rf"(?:Why\s+(?P<place>{_ASKED_NAME}(?:\s+village)?)"
    # (its township after it: "Why Ma Au Pin | in Shwebo township| matters to the PDF")
    rf"(?:\s+in\s+(?P<area_in>{_ASKED_NAME}\s+(?i:township|tsp|twp)))?"
    r"\s+(?:still\s+|now\s+|really\s+)?"
    r"(?:matters|mattered|is\s+key|fell)"
    rf"(?:\s+(?:in|to)\s+(?:the\s+)?(?:battle|fight|war|struggle)\s+for\s+(?P<area>{_ASKED_NAME})"
    # ("... matters to Khin-U's resistance": the town's)
    rf"|\s+(?:for|to)\s+(?P<area_of>{_ASKED_NAME})['’]s\s+[a-z][a-z ]{{2,40}}"
    # ("... matters for the resistance on Bilu Island (Chaungzon)": the township in brackets)
    r"|\s+(?:for|to)\s+(?:the\s+)?[a-z][a-z ]{2,40}\s+(?:on|in|at|of)\s+[A-Z][\w'’ -]{1,40}?"
    rf"\s*\((?P<area_bracketed>{_ASKED_NAME})\)"
    r"|\s+(?:for|to)\s+(?:the\s+)?[a-zA-Z ]{3,40}"  # ("... matters for the Karenni resistance")
    # ("Why X matters: | the Kanbalu| village at the heart of Sagaing's resistance")
    rf"|:\s+the\s+(?P<area_of_village>{_ASKED_NAME})\s+village\b[^.?!]*)?"
    rf"|What\s+happened\s+in\s+(?P<place3>{_ASKED_NAME})\s+[a-z][a-z ]{{2,60}}"
    # ("Why the battle for V in T matters")
    rf"|Why\s+the\s+(?:battle|fight|fall|siege|capture)\s+(?:for|of)\s+(?P<place4>{_ASKED_NAME})"
    rf"\s+in\s+(?P<area_bare>{_ASKED_NAME})\s+(?:still\s+|now\s+|really\s+)?(?:matters|mattered)"
    rf"|What\s+the\s+(?:battle|fight|fall|siege|loss|capture)\s+(?:for|of)\s+"
    rf"(?P<place2>{_ASKED_NAME})\s+means\s+for\s+(?P<area_after>{_ASKED_NAME}))\s*[.?!]?$"
)


#: a sentence's opening naming the township of the village or town after it: "In Lahe
#: Township, | Montongnyu village| came under aerial bombardment"
_IN_VILLAGE_OF_AREA = re.compile(
    r"^In\s+(?P<place>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}),\s+an?\s+(?:[a-z]+\s+)?village\s+"
    r"(?:in|of|near)\s+(?P<area>[A-Z][\w'’-]*(?:[\s-][A-Z][\w'’-]*){0,2}(?:\s+Township)?),\s+"
)
_IN_TOWNSHIP_LEAD = re.compile(
    r"^In\s+(?P<area>[A-Z][\w'’-]*(?:[\s-][A-Z][\w'’-]*){0,2}\s+Township),\s+"
    r"(?P<place>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}\s+(?:village|town))\b"
)
#: a sentence's opening naming the state or region of what follows, before a clause in lower
#: case: "In Kayah State, | some 7,000 people ...", "In northern Shan State, | fighting ..."
_IN_AREA_LEAD = re.compile(
    r"^In\s+(?:(?:northern|southern|eastern|western|central)\s+)?"
    r"(?P<area>[A-Z][a-z]+(?:\s+(?:Region|State|Division))?),\s+(?=[a-z])"
)
#: a headline's lead naming the state or region what follows happened in: "Fresh fighting in
#: Bago: ..."
_EVENT_IN_AREA_LEAD = re.compile(
    r"(?:(?:(?:Fresh|Heavy|Renewed|New|More|Fierce)\s+)?(?i:fighting|clashes|violence|unrest"
    r"|airstrikes|attacks|raids)\s+in\s+)?(?P<area>[A-Z][a-z]+(?:\s+(?:Region|State|Division))?)"
    # (or the region alone: "Magwe: 3 junta soldiers killed ... at V village, T Township")
    r"\s*:\s+"
)


def without_outlet_lead(text: str) -> str:
    """``text`` without who reported it before the report ("According to BNI, troops ...":
    "troops ..."); ``text`` itself when it does not start so."""
    if " that" in text and (received := _RECEIVED_THAT.match(text)):
        return text[received.end() :]  # "The Special Rapporteur received reports that ..."
    if " said " in text and (said := _AREA_SOURCES_SAID.match(text)):
        # ("Villagers in Mandalay Region's Singu Township said | troops occupied the school in V
        # ...": what they said, in their township)
        return f"{text[said.end() :].rstrip(' .')}, {said['area']}"
    if " said " in text and (said := _FORCE_SAID.match(text)):
        # ("The Tanintharyi PDF said | they had seized the police station in Palaw, ...": no
        # place of a force named after its area)
        return _if_it_still_names(text[said.end() :], text, _NAMES_A_PLACE_ANYWHERE)
    source = _ACCORDING_TO.match(text) if text[:9] in ("According", "according") else None
    if source and (
        not _PLACED_SOURCE.search(source["who"])  # (not "residents of X village")
        # (but an area's office, when the rest names a place: "According to the Myinmu
        # Township administration, | 9 civilians died when shells hit X village")
        or (_AREA_AUTHORITY.search(source["who"]) and _PLACED_SOURCE.search(text, source.end()))
    ):
        return text[source.end() :]  # "According to information received by ..., "
    first = text[: text.find(" ")].rstrip(",") if " " in text else text
    if first not in NEWS_OUTLET_FIRST_WORDS and first not in _REPORT_FIRST_WORDS:
        return text  # (a quick look first: most text starts otherwise)
    return text[lead.end() :] if (lead := _OUTLET_LEAD.match(text)) else text


#: a post's lead before its report: "BREAKING:", "🔴 BREAKING 🔴", "UPDATE 2)", "Just in -", "2/"
_POST_LEAD = re.compile(
    r"^[\s#*" + _PICTOGRAPH_CHARS + r"]*"
    r"(?:(?i:thread)\s*[" + _PICTOGRAPH_CHARS + r"]*\s*(?=\d))?"  # ("Thread 🧵 3/")
    r"(?i:breaking(?:\s+news)?|update(?:\s*\d{1,2}/\d{1,2}|\s*\d{1,2}\)?|\s*\((?:day\s+)?\d{1,2}\))?"
    r"|urgent|just\s+in"  # ("UPDATE 3/4: ...")
    # (a message's date before its place: "[21/6/23] Hpakant - ...", "27/11/21 Depayin: ...")
    r"|\[\d{1,2}/\d{1,2}/\d{2,4}\](?=\s+[A-Z])|\d{1,2}/\d{1,2}/\d{2,4}(?=\s+[A-Z][\w'’-]*\s*[:—–-])"
    # (or before a dash: "18/12/2023 - Kachin - T Tsp - V village - 2 civilians killed")
    r"|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}(?=\s+[—–-]\s+[A-Z])|\d{4}-\d{2}-\d{2}(?=\s+-\s+[A-Z])"
    r"|alert|flash|sos|\d{1,2}/\d{0,2}"  # (a thread's number: "2/ Drone video ...", "🧵 1/5")
    r"|\[\d{1,2}/\d{1,2}\]|\(\d{1,2}/\d{1,2}\)"  # ("[3/15] Arson attack confirmed at ...")
    r"|geo-?confirmed|geo-?located|geolocation|confirmed\s+location|verified"  # (an OSINT post's)
    r"|\[(?:geo-?confirmed|geo-?located|geolocation)\]"  # ("[GEOLOCATION] Arson in V, T Twp")
    # ("Location confirmed for yesterday's arson: V (T, S)")
    r"|location\s+confirmed\s+for\s+[^:]{1,60}(?=:)"
    # (a monitor's name heading its record: "Athan: VOA stringer ... arrested in Mandalay")
    r"|athan(?=:)|aapp(?=:)|ifj(?=:)|rsf(?=:)|cpj(?=:)|acled(?=:)|ocha(?=:)"
    # (a record's date before a colon: "4 December 2023: battle at X village, ...")
    r"|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{4}(?=\s*:)"
    # (or a log's, before a colon, a dash or a pictograph: "Log 2021-04-29: ...", "2024-08-30 –
    # T – V – raid", "29 Mar 🔴 V (T) under artillery fire")
    r"|(?:log\s+)?\d{4}-\d{2}-\d{2}(?=\s*[:—–])"
    r"|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:\s+\d{4})?"
    r"(?=\s*[—–" + _PICTOGRAPH_CHARS + r"])"
    # (a timeline's week or day: "Week 7 — Khin-U: V burned ...")
    r"|(?:week|day|month)\s+\d{1,3}(?=\s*[—–])"
    r"|day\s+\d{1,3},\s+\d{1,2}:\d{2}(?=\s*[:—–])"  # (a live blog's day and time: "Day 12, 17:58:")
    # (a video's or platform's label: "LIVE 🔴", "TikTok:", "EXCLUSIVE:")
    r"|live(?:\s+now)?(?=\s*[:|\-—–" + _PICTOGRAPH_CHARS + r"]|\s+\d{1,2}[:.]\d{2})"
    r"|exclusive(?=\s*:)|tiktok(?=:)"
    # (an exclaimed lead of what happened: "💥 Drone attack! KNDF drones dropped bombs on ...")
    r"|(?:drone|air|artillery|mortar|rocket|heavy)?\s?(?:attack|strike|airstrike|shelling|raid"
    r"|fighting|clashes|bombing|explosion)s?\s?!+(?=\s)"
    r"|\[live\](?=\s)"  # ("[Live] 16:29 — ...")
    # ("This is V, a village in T Township")
    r"|this\s+is(?=\s+(?-i:[A-Z])[^.]*,\s+an?\s+village\b)"
    # ("13:47 Live (28 October 2022) —")
    r"|\d{1,2}:\d{2}\s+live(?:\s+\([^()]{1,30}\))?(?=\s*[—–:|])"
    # (a live blog entry's time before a dash and its dateline: "20:50 - Yangon — A ...")
    r"|\d{1,2}:\d{2}(?=\s*[-—–]\s*(?-i:[A-Z])[^—–:\n]{1,40}?\s[—–]\s)"
    # (or before a colon, after its date: "5 Aug 2022 — 18:25: T Township, S Region: ...")
    r"|(?:\d{1,2}\s+[a-z]{3,9}\.?\s+\d{4}\s*[—–-]\s*)?\d{1,2}:\d{2}(?=:\s)"
    # (a live blog's title before its entry's time: "Running updates on the T Region fighting |
    # 10:25: ...")
    r"|(?:live|running)\s+(?:updates?|blog|coverage)\b[^|:]{0,80}?\s*\|(?=\s*\d{1,2}[:.]\d{2})"
    r"|youtube(?=:)|facebook(?=:)|telegram(?=:)"
    # (whose post it is: "FB post from Kutkai township admin:")
    r"|(?:fb|facebook|telegram|x|twitter)\s+post\s+(?:from|by)\s+[^:]{1,60}(?=:)"
    # (a caption's words quoted in lower case: "'our village is gone' 💔 X, T Township")
    r"|(?-i:['\"‘“][a-z][^'\"‘’“”]{0,80}['\"’”])"
    # (or a headline's quote before a colon, naming nothing: "'We had no time to run': airstrike
    # on V ..."; not "'Sa Gyi is gone': ...")
    r"|(?-i:['\"‘“][A-Z][a-z'’]*(?:\s+(?:[a-z][\w'’-]*|I))*[,.!?]?['\"’”])(?=:\s))"
    # its time: "UPDATE 07:15 | ...", "update 3am: ..."
    r"(?:\s+\d{1,2}(?:[:.]\d{2}(?:\s*(?i:am|pm))?|\s*(?i:am|pm)))?"
    r"[\s:!|*\-—–" + _PICTOGRAPH_CHARS + r"]+(?=[^\W\d_])"
)


def without_post_lead(text: str) -> str:
    """``text`` without a post's lead before its report ("🔴 BREAKING 🔴 X village (Y Twp)
    hit by ...": "X village (Y Twp) hit by ..."); ``text`` itself when it has none."""
    if text.startswith("RT @") and (shared := _RETWEETED.match(text)):
        # (a post shared with its author: "RT @MyanmarNow_News: "V village in T got bombed again"
        # — 3rd time this month")
        text = text[shared.end() :].replace('"', "").replace("”", "")
    if (lead := _POST_LEAD.match(text)) is None:
        return text
    if text.lstrip()[:1] in "'\"‘“" and not _NAMES_A_PLACE_ANYWHERE.search(text, lead.end()):
        return text  # (a quote that may name the place itself: "'Kani is burning': ...")
    return text[lead.end() :]


#: the speaker's own village, where it happened: "recalling the shelling of | her village|"
_OWN_VILLAGE_STRUCK = re.compile(
    r"\b(?:her|his|their|our|my)\s+(?:own\s+)?(?:village|home\s+village)\b"
)
#: a shared post's author before its words: "RT @MyanmarNow_News: “"
_RETWEETED = re.compile(r'^RT\s+@\w+\s*:\s*["“]?')


#: a memorial's opening before the person it remembers: "🕯️ In loving memory of", "💐
#: Remembering", "RIP to", "Comrade", "Martyr"
_MEMORIAL_LEAD = re.compile(
    r"^[\s" + _PICTOGRAPH_CHARS + r"]*"
    r"(?i:in\s+(?:loving\s+)?memory\s+of|remembering|rip(?:\s+to)?|rest\s+in\s+(?:peace|power)"
    r"|sad\s+news\s*:"  # ("Sad news: X of W village died of his wounds ...")
    r",?(?:\s+to)?|(?:our\s+)?(?:comrade|martyr|fallen\s+hero)"
    r"|fallen\s+comrade\s*:"  # ("Fallen comrade: Ko X, 18, ...")
    # ("Heroes' memorial:", "Seven-day memorial (satpa) for")
    r"|(?:heroes['’]?\s+)?memorial\s*:|seven-day\s+memorial(?:\s+\([^)]*\))?\s+for"
    # ("Family notice: our beloved son", "We mourn")
    r"|(?:(?:family|death)\s+notice\s*:\s*)?(?:our|my)\s+(?:beloved|dear)\s+(?:son|daughter|father"
    r"|mother|husband|wife|brother|sister|grandfather|grandmother|uncle|aunt)|we\s+(?:mourn|remember))"
    r"[\s" + _PICTOGRAPH_CHARS + r"]*\s(?=[A-Z0-9])"  # (and a candle: "Rest in power 🕯️ Comrade")
)
#: ... and the person it remembers, before their unit, age or what befell them
_REMEMBERED = re.compile(
    # (a word of respect first is read as such: "Ko Sithu Aung (33)")
    rf"^(?!{HONORIFICS}\s)(?:[A-Z][\w'’-]*\s+){{0,4}}(?!(?i:village|town|township|ward)\b)"
    r"[A-Z][\w'’-]*"
    # (and their full name and age: "Comrade Hseng| (Sai Lao Hseng, 25)|")
    r"(?:\s*\((?:[A-Z][\w'’-]*\s+){0,4}[A-Z][\w'’-]*,\s*\d{1,3}\))?"
    r"(?:\s+of\s+(?:the\s+)?[^,()]{1,60}?(?=,))?"  # (and their unit: "of PDF Battalion 21")
    r"(?=\s*\(|,|\s+(?:of|from|who)\s)"
)
#: a memorial's closing words after its report: "Rest in power ✊", "Your sacrifice will not be
#: forgotten.", Burmese "rest in peace" (ငြိမ်းချမ်းစွာ အနားယူပါ)
_MEMORIAL_TAIL = re.compile(
    r"(?:[.!]|\s+[—–-])?[\s" + _PICTOGRAPH_CHARS + r"]*"
    # (and whom it calls to: "Rest in peace sister", "rest in peace hero")
    r"(?:(?i:rest\s+in\s+(?:peace|power)(?:,?\s+(?:my\s+|our\s+|dear\s+)?(?:sister|brother|hero"
    r"|comrade|friend|teacher|son|daughter|sis|bro)e?s?)?"
    r"|(?<![\w'’-])rip"  # (not the end of a word: "... to suspend the Kutkai trip.")
    r"|(?:your|their|his|her)\s+sacrifices?\s+will\s+(?:not|never)"
    r"\s+be\s+forgotten|we\s+will\s+(?:never|not)\s+forget(?:\s+(?:you|them|him|her))?)[.!]*"
    r"|ငြိမ်းချမ်းစွာ\s*အနားယူပါ(?:စေ)?[။]*)"
    r"(?:\s+#\w+)*[\s" + _PICTOGRAPH_CHARS + r"]*$"
)


def without_memorial_words(text: str) -> str:
    """``text`` without a memorial's opening and closing words ("🕯️ In loving memory of Ko X
    (24), who fell at V village, ... 🙏 Rest in power": "Ko X (24), who fell at V village,
    ...")."""
    bare = _MEMORIAL_LEAD.sub("", text, count=1)
    if bare != text:  # the one it remembers, named with no word of respect: "Comrade Myo Thant
        bare = _REMEMBERED.sub("A person", bare, count=1)  # of PDF Battalion 21, killed ..."
    return _MEMORIAL_TAIL.sub("", bare, count=1).rstrip() or text


#: a name of up to five words ("Kyauk Pyin Htaunt"), as the rules below read it
_NAME = rf"{NAME_WORD}(?:\s+{NAME_WORD}){{0,4}}"
#: where the dead fell or what killed them, named after the text tells where they came from
_WHERE_THEY_FELL = re.compile(
    r"\b(?:killed\s+in\s+action|[Kk]illed\s+(?:at|in|during|when|by)|[Ff]ell\s+(?:during|in|at)|battle"
    r"\s+(?:for|of|at)|raided|shelled|bombed|airstrike\s+on|attack\s+(?:on|at)|shelling\s+of|ambushed"
    r"|attacked|[Ff]ighting\s+(?:between|at|in|near|with\s+(?:[\w-]+\s+){1,3}?(?:at|in|near))|[Cc]lash(?:es|ed)?\s+(?:between|at|in|near)"
    r"|(?:were|was)\s+(?:detained|arrested|abducted)\s+by\s+(?:[\w-]+\s+){1,5}(?:at|in)\b"
    # (a record's field: "killed: V, T")
    r"|(?:^|(?<=[.;|–—-]\s))(?:[Kk]illed(?:\s+at)?|Where|Place\s+of\s+death|Location):"
    # ("killed on May 15 when junta artillery hit her house in V", "KIA at V")
    r"|killed\s+on\s+[\w ]{1,20}?\s+when|KIA\s+(?:at|in|near)"
    r"|(?:shot\s+dead|gunned\s+down|executed|burn[te]d?\s+alive|beheaded"
    r"|(?:beaten|stabbed|tortured|hacked)\s+to\s+death)\s+(?:by\s+(?:\w+\s+){1,3})?"
    r"(?:at|in)"
    r"|shot\s+by\s+(?:\w+\s+){1,3}(?:at|in)"  # ("| shot by soldiers at V village, T Township |")
    r"|died\s+(?:when|after|during|as|at\s+the\s+scene)|hit\s+by\s+a\s+(?:stray\s+)?(?:bullet|shell)"
    r"|opened\s+fire\s+(?:on|at)|stepped\s+on\s+an?\s+(?:land)?mine\b"
    r"|shot\s+dead\s+[^.;]{0,40}?\s+while\s+passing\s+through"  # ("... while passing through V")
    # ("The body of a missing man was found in V")
    r"|(?:body|bodies)\s+(?:of\s+[^.;]{1,40}?\s+)?(?:was|were)\s+found"
    # ("His body was found on 2023-02-15 beside the road| at V")
    r"(?:\b[^.;]*?(?=\s+(?:at|in|near)\s+[A-Z]))?"
    # ("was detained by IB 64 troops at V village, T Township ... Her body was found")
    r"|(?:detained|arrested|abducted|seized)(?:\s+by(?:\s+[\w-]+){1,4}?)?(?=\s+at\s+[A-Z])"
    r"|gave\s+(?:his|her|their)\s+li(?:fe|ves)\s+(?:defending|in)|hit\s+the\s+\w+\s+(?:at|in)\b"
    r"|while\s+visiting\s+(?:\w+\s+){0,2}in|fell\s+on|died\s+fighting\s+at|raid\s+on"
    r"|(?<=\s)defending"  # ("who fell on 4 April 2023 defending V village")
    r"|lost\s+(?:his|her|their)\s+li(?:fe|ves)\s+(?:in|when|during|at)"
    # ("... at the entrance of V", "... just outside V village")
    r"|stepped\s+on\s+a\s+(?:land)?mine\b[^.;]*?\b(?:of|in|at|near|outside)"
    # ("... went back to check on the family's house in V", "... taken away by soldiers and shot
    # at V village")
    r"|went\s+back\s+to\s+(?:check\s+on\s+)?(?:the\s+family['’]s\s+|his\s+|her\s+|their\s+)?"
    r"(?:house|home)(?=\s+in\s+[A-Z])|\band\s+shot(?=\s+at\s+[A-Z])"
    r"|\bwhile\s+fighting(?:\s+[\w-]+){0,3}?(?=\s+at\s+[A-Z])"  # ("... while fighting troops at T")
    # ("killed by a landmine on 15 February 2024 while collecting firewood on the outskirts of V")
    r"|(?:killed|wounded|injured)\s+by\s+an?\s+(?:land)?mine\b[^.;]*?\b(?:of|in|at|near)"
    # ("died in airstrike, V village"; not "died in an air strike on Saturday")
    r"|died\s+in\s+(?:an?\s+)?(?:air\s*strike|shelling|attack|explosion|bombing|drone\s+strike)"
    r"(?=\s*,\s*[A-Z]|\s+(?:at|in|near)\s+[A-Z]))"
    r"(?:\s*,)?(?:\s+(?!in\b)[a-z]+){0,5}:?\s+(?:(?:at|in|on)\s+)?(?:the\s+)?[A-Z]"
)
#: where the dead came from, were treated, or were buried: not where they fell ("native of
#: Zaw Chaung —", "Born in H village, he", "home village H,", ", 19, of H village, T Township,",
#: "in Monywa hospital", "villagers from H were", "Funeral: Kanbalu.", "cremated in T",
#: "their bodies were brought back to H for burial")
#: where relatives came from to collect the body of one killed: "...| Relatives from H came to
#: collect the body.|"
_RELATIVES_CAME_FROM = re.compile(
    r"(?<=[.;])\s+(?:Relatives|Family\s+members|His\s+family|Her\s+family)\s+from\s+"
    rf"{_NAME}(?:\s+village)?\s+came\s+to\s+(?:collect|take|fetch|bury|claim)\b[^.;]*[.;]?"
)
_ORIGIN_OF_THE_DEAD = re.compile(
    rf"\b(?:an?\s+)?native\s+of\s+{_NAME}(?:\s+village)?\s*(?:[—–-]|,)?\s*"
    rf"|\b[Bb]orn(?:\s+and\s+raised)?\s+in\s+{_NAME}(?:\s+village)?(?:,\s+{_NAME}\s+Township)?"
    r"(?:\s+and\s+[^,.;]{1,60})?"  # ("born in H village and long a farmer there, was killed")
    # (before what befell them: ", he fell", ". Killed at", " · Killed at")
    r"(?:,\s+(?=(?:he|she|who|died|was|fell|lost|gave)\b)|\.\s+(?=[A-Z])|\s+·\s+|\.?\s*$)"
    # ("Born in H, laid to rest in T")
    r"|\b[Bb]orn\s+in\s+[^.;,]{1,60}(?=,\s+(?:laid\s+to\s+rest|buried|cremated)\b)"
    # ("Hometown: H village. Fell in battle: V village")
    # (or a record's "Address: H Village, T Township | Incident: ... in V Village")
    r"|(?<!\()\b(?:[Hh]ometown|[Hh]ome\s+village|[Nn]ative\s+village|[Aa]ddress|[Hh]ome)\s*:\s*"
    r"[^.|;:()–—]*[.|;]?"
    # (where the one found dead was from, in a sentence of its own after: "The body of a
    # missing man was found in V village, T township ...| He was from H.|")
    rf"|(?<=[.;])\s+(?:He|She)\s+was\s+(?:originally\s+)?from\s+{_NAME}(?:\s+village)?\.?$"
    # (or where some of them were from: "... passed through the village.| Two of the victims were
    # from neighbouring H village|, local sources said.")
    r"|(?<=[.;])\s+(?:[A-Z][a-z]+\s+of\s+)?(?:the|them|[A-Z][a-z]+)\s*(?:victims|dead|men|women)?"
    r"\s+(?:were|was)\s+from\s+(?:neighbouring\s+|nearby\s+|the\s+nearby\s+)?"
    rf"{_NAME}(?:\s+village)?(?=[,.;])"
    # (or their age, work and home after their name, before what befell them: "Saw X|, a
    # 29-year-old trishaw driver from H village,| stepped on a landmine ... near V village")
    rf"|,\s+an?\s+\d{{1,3}}-year-old\s+(?:[a-z]+\s+){{1,3}}?(?<=\s)(?:from|of)\s+{_NAME}(?:\s+village)?"
    rf"(?:,\s+{_NAME}\s+Township)?,(?=\s+(?:stepped|was|died|who)\b)"
    # (one of the dead, their age and home after their name: "Among them was Saw X|, 26, from
    # H village|.")
    rf"|,\s+\d{{1,3}},\s+from\s+{_NAME}(?:\s+village)?(?=\.)"
    # (or their home, "originally from": "Killed: U X, 55, betel-nut seller|, originally from
    # H|.")
    rf"|,\s+originally\s+from\s+{_NAME}(?:\s+village)?(?=[.;]|$)"
    # (or the home of one among the dead: "2 civilians were also killed|, among them a woman from
    # H|.")
    rf"|,\s+(?:among\s+them|including)\s+an?\s+(?:[a-z]+\s+){{1,3}}?(?<=\s)from\s+{_NAME}"
    r"(?:\s+village)?(?=[.;]|$)"
    # (or opening the text, their age and home before what befell them: "A 41-year-old woman|
    # from H| was killed by a landmine ... on the outskirts of V village": the words kept)
    rf"|(?:^|(?<=\d\s[-–—]\s))(?P<aged>An?\s+(?:\d{{1,3}}-year-old\s+)?(?:[a-z]+\s+){{1,3}}?)from\s+"
    rf"{_NAME}(?:\s+village)?"
    r"(?:\s+(?=(?:was|were)\s+(?:killed|shot|wounded|injured|beaten|stabbed|tortured)\b)"
    r"|,\s+(?=[A-Z]))"  # (or before their name: "A shopkeeper from H, Saw X (41) stepped on ...")
    # (or a count of them: "Eight villagers| from H| were detained by troops ... at a checkpoint
    # in V village")
    r"|(?:^|(?<=[-–—:]\s))(?P<counted>(?:\d{1,3}|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even"
    r"|[Ee]ight|[Nn]ine|[Tt]en|[Ss]everal|[Ss]ome)\s+(?:villagers|men|women|people|civilians|youths"
    rf"|residents|farmers)\s+)from\s+{_NAME}(?:\s+village)?"
    r"(?=\s+(?:were|was)\s+(?:detained|arrested|abducted|killed|shot|taken)\b)"
    # (or after their name and age: "Remembering X (42)| from H|. On 9 September 2022 ...")
    rf"|(?<=\))\s+from\s+{_NAME}(?:\s+village)?(?=\.)"
    # (or where they were stopped before they were taken: "X was stopped at a checkpoint| in H|,
    # taken away by soldiers and shot at V village")
    rf"|(?<=checkpoint)\s+in\s+{_NAME}(?:\s+village)?(?=,\s+(?:and\s+)?(?:taken|led|dragged)\b)"
    # (or "the victim, X (31), was from H.")
    rf"|,\s+was\s+(?:originally\s+)?from\s+{_NAME}(?:\s+village)?(?=\.)"
    # (or where they were buried: "... while fighting junta troops at T town.| Buried in W.|")
    r"|[.;]?\s*(?:(?:He|She)\s+was\s+|They\s+were\s+)?(?:[Bb]uried|[Cc]remated|[Ll]aid\s+to\s+rest)"
    rf"\s+(?:in|at)\s+{_NAME}(?:\s+village)?\.?"
    # (or where their funeral was held: "|. Relatives held the funeral in H.|")
    r"|[.;]?\s*(?:Relatives|The\s+family|Villagers|Family\s+members)\s+held\s+(?:the|his|her"
    rf"|their|a)\s+funerals?\s+(?:in|at)\s+{_NAME}(?:\s+village)?\.?"
    # (a list's age and home in brackets: "Killed at V ...: X (22, H village), Y (47, H village)")
    rf"|\s*\(\d{{1,3}},\s+{_NAME}(?:\s+village)?(?:,\s+{_NAME}\s+Township)?\)"
    # ("... | on her way home to H | when she was killed by a landmine near V village")
    rf"|\s+on\s+(?:his|her|their)\s+way\s+(?:home\s+|back\s+)*to\s+{_NAME}(?:\s+village)?"
    r"|\s*\(b\.\s+[^()]*\)"  # ("Ko X (b. H, T Township), died fighting at V")
    # ("One year on, | H remembers| Ko X (43), who was killed at V village")
    rf"|^(?:One|Two|Three|A)\s+(?:years?|months?)\s+on,\s+{_NAME}\s+remembers\b"
    # (their unit, named after its town: "Ko X | of the Pekon PDF|, fell during the attack")
    rf"|\s+of\s+the\s+{_NAME}\s+(?:PDF|LDF|CDF|PDF\s+[Bb]attalion|[Bb]attalion|[Cc]olumn)\b"
    r"(?:\s+\d+)?"
    # ("U X|, originally from H village in T Township|, was beaten to death ... at V village")
    rf"|,\s+(?:originally\s+)?from\s+{_NAME}(?:\s+village)?(?:(?:\s+in|,)\s+{_NAME}\s+Township)?"
    r"(?=,\s+(?:was|were|who|had|died|fell)\b)"  # ("..., originally from H village, died when")
    # ("for Ko X | of H|, who lost his life in the raid on V")
    rf"|\s+(?:of|from)\s+{_NAME}(?:\s+\([A-Z][a-z]+\))?(?:\s+village)?"
    r"(?=,\s+who\s+(?:lost|was|were|died|fell|gave)\b)"
    # ("Our beloved daughter X (58) | of H, T Township|, gave her life in the fighting at V")
    # ("We mourn U X (62) | of H village, T Township|, murdered by junta troops who raided V")
    rf"|\s+of\s+{_NAME}(?:\s+village)?(?:,\s+{_NAME}\s+Township)?"
    r"(?=,\s+(?:gave|lost|died|fell|murdered|killed|shot|slain|executed)\b"
    # ("Sad news: X | of W village| died of his wounds in T hospital, two days after ...")
    r"|\s+died\s+of\s+(?:his|her|their)\s+(?:wounds|injuries)\b)"
    # ("... – |home: H village, T Tsp – |fell at V, T Tsp", "| home: H, T Township | killed")
    # ("home: H; killed: V, T Township", "Home: H village. Where: V village")
    rf"|\b[Hh]ome:\s+{_NAME}(?:\s+(?:village|vlg))?(?:,\s+{_NAME}\s+(?:Township|Tsp|Twp))?"
    r"(?:\s*[–—|-]\s*|[;.]\s+(?=[A-Za-z][a-z]+(?:\s+[a-z]+){0,2}:))"
    # ("The family, from H, held the funeral in T.")
    rf"|(?:^|(?<=[.;]\s))(?:The|His|Her|Their)\s+family,\s+(?:from|of)\s+{_NAME}(?:\s+village)?,"
    r"\s+[^.;]*[.;]?"
    # ("One year on, | families gathered at H village to remember| the 10 people killed when")
    rf"|\b(?:families|villagers|residents|relatives|people)\s+gathered\s+(?:at|in)\s+{_NAME}"
    r"(?:\s+village)?\s+to\s+(?:remember|mourn|honou?r)\b"
    # ("Prayer service at her home in H.")
    r"|(?:^|(?<=[.;]\s))(?:Prayer|Memorial|Funeral)\s+(?:service|ceremony|rites)\s+(?:at|in)\b"
    r"|(?:^|(?<=[.;]\s))Prayers\s+(?:at|in)\b"  # ("Prayers at our home in H.")
    # ("Killed in junta raid at V, T twsp, 2023-04-10. | Originally from H village.|")
    rf"|(?<=[.;]\s)Originally\s+from\s+{_NAME}(?:\s+village)?(?:,\s+{_NAME}\s+(?:Township|Tsp))?"
    r"\s*[.;]?"
    # ("... and died at the scene. | He was from nearby H village.|")
    rf"|(?<=[.;]\s)(?:He|She|They)\s+(?:was|were)\s+(?:originally\s+)?from\s+(?:nearby\s+)?"
    rf"{_NAME}(?:\s+village)?(?:,\s+{_NAME}\s+(?:Township|Tsp))?\s*[.;]?"
    r"[^.;]*[.;]?"
    # ("... in V village, Myeik Township, on 31 August 2023. | He was buried in H.|")
    rf"|(?<=[.;]\s)(?:He|She|They)\s+(?:was|were)\s+(?:buried|cremated)\s+(?:at|in)\s+{_NAME}"
    r"(?:\s+village)?\s*[.;]?"
    r"|,?\s+(?:will\s+be\s+|was\s+)?(?:held|laid\s+to\s+rest)\s+(?:at|in)\s+[^.;,]*?"
    r"(?=\s+for\b|[.;,]|$)"
    rf"|(?<=\))\s+from\s+{_NAME}\s+village(?=\s+was\b)"  # "Martyr X (21) from H village was"
    # ("Ko X (28)| of H village| went missing ... His body was found ... at V")
    rf"|(?<=\))\s+of\s+{_NAME}\s+village(?=\s+(?:went\s+missing|disappeared)\b)"
    # ("A 26-year-old man | from Sin Ma Taung | was killed ... while visiting relatives in V")
    rf"|(?<=man|boy)\s+from\s+{_NAME}(?:\s+village)?"
    r"(?=\s+(?:(?:was|were)\s+(?:killed|shot)|stepped\s+on)\b)"
    # ("Ma Thida|, a farmer from H village,| was shot dead ... in V village")
    # ("X, a CDM teacher from H, lost her life when", "X, a 47-year-old from H, say he was")
    # (not after an age, read with the person: "Ma X, 17, a teacher from H, who was")
    r"|(?<!\d),\s+an?\s+(?:[\w-]+\s+){0,2}?(?:(?:school)?teacher|farmer|student|trader|monk|nurse"
    r"|doctor|fighter|fisherman|fisherwoman|worker|driver|vendor"
    r"|soldier|volunteer|member|activist|\d{1,3}-year-old(?:\s+(?:man|woman|boy|girl))?)\s+"
    r"(?:originally\s+)?from\s+"
    rf"{_NAME}(?:\s+village)?(?:(?:,|\s+in)\s+{_NAME}\s+Township)?,"
    r"(?=\s+(?:was|were|say|said|lost|died|fell|gave|who)\b)"
    # ("Ko X and Ko Y|, both from H,| were among the 6 villagers burned alive ... at V")
    rf"|,\s+(?:both|all)\s+(?:\w+\s+)?from\s+{_NAME}(?:\s+village)?,(?=\s+(?:were|was|died|fell)\b)"
    # (with its article: "Ma X (33), | a farmer from H village|. She was killed ...")
    r"|(?<=\s)(?:an?\s+)?(?=(?:teacher|farmer|student|trader|monk|nurse|doctor)\s+from\s)"
    rf"\w+\s+from\s+{_NAME}"
    r"\s+village"
    rf"|\bhome\s+village\s+{_NAME},?\s*"
    rf"|(?<=administrator)\s+of\s+{_NAME}(?:\s+village)?(?=,)"
    rf"|(?<=,\s)(?:of|from)\s+{_NAME}\s+village(?:,\s+{_NAME}\s+Township)?,\s*"
    rf"|(?<=\bin)\s+{_NAME}(?:\s+General)?(?=\s+[Hh]ospital\b)"
    rf"|\s+(?:was|were)\s+treated\s+(?:in|at)\s+{_NAME}(?:\s+(?:town|hospital|clinic))?"
    # (a name of up to seven words: "Four villagers from Ta Man Thar Thea Kone Tan were shot")
    rf"|(?<=[Vv]illagers|[Rr]esidents|[Cc]ivilians)\s+from\s+{NAME_WORD}(?:\s+{NAME_WORD}){{0,6}}"
    # (or a headline's: "Villagers from A killed in B as troops open fire")
    r"(?:\s+village)?(?=\s+(?:were|was|killed|shot|died)\b)"
    rf"|(?:^|(?<=[.;]\s))(?:Funeral|Funeral\s+rites|Cremation|Burial|Both\s+cremated|Cremated)"
    rf"\b(?:(?!killed|raided|shot|bombed|shelled)[^.;]){{0,120}}[.;]?"
    # ("U X (from Aung Gyi Kone) and ...", "Comrade X, 31, from Hpar Pyin, who fell ...")
    rf"|\s*\((?:from|of)\s+{_NAME}(?:\s+village)?\)"
    rf"|(?<=\d,\s)(?:from|of)\s+{_NAME}(?:\s+village)?(?:,\s+{_NAME}\s+Township)?(?:[,:]|\s+[—–])\s*"
    # (or their home alone, before a dash and what befell them: "Ko X, 35, |H - |burned in ...")
    rf"|(?<=\d,\s){_NAME}(?:\s+village)?\s+[-–—]\s+(?=(?:burned|burnt|killed|shot|died|beaten"
    r"|tortured|executed)\b)"
    # (or their office at home: "Sayadaw U X, 58, | abbot of the monastery in H village, |was")
    r"|(?<=\d,\s)(?:the\s+)?(?:abbot|headmaster|headman|head\s+teacher|teacher|principal|pastor"
    rf"|administrator|doctor|nurse)\s+(?:of|at)\s+(?:the\s+)?(?:[\w-]+\s+){{0,2}}?(?:in|at|of)\s+{_NAME}"
    r"(?:\s+village)?,\s*"
    # ("We will cremate him in F tomorrow.")
    r"|[.;]?\s*(?:We|They|The\s+family)\s+(?:will\s+)?(?:cremate|bury)\s+(?:him|her|them)\s+"
    rf"(?:in|at)\s+{_NAME}[^.;]*[.;]?"
    # ("... by a junta sniper in T town. | She had returned from H village, where the family had
    # been sheltering, to check on their house.|")
    rf"|(?<=[.;]\s)(?:He|She|They)\s+had\s+(?:returned|come\s+back)\s+from\s+{_NAME}[^.;]*[.;]?"
    r"|\s*\|\s*(?:buried|cremated)\s+(?:at\s+|in\s+)?[^|]*$"  # (a table's last field: "| buried F")
    # (or "His funeral will be at F.")
    r"|;?\s*(?:[Aa]n?\s+|(?:[Hh]is|[Hh]er|[Tt]heir)\s+)?(?:memorial|funeral|prayer)\s+"
    r"(?:service\s+|ceremony\s+)?(?:(?:was|is|will\s+be)\s+(?:held\s+)?|held\s+)(?:at|in)\s+"
    r"[^.;]*?(?=\s+for\b|[.;]|$)"
    # ("Her body was buried in T.")
    r"|(?:^|(?<=[.;]\s))(?:His|Her|Their)\s+bod(?:y|ies)\s+(?:was|were)\s+(?:buried|cremated)\s+(?:in|at)\s+"
    r"[^.;]*[.;]?"
    rf"|;?\s*(?:their|his|her)\s+bod(?:y|ies)\s+(?:was|were)\s+brought\s+back\s+to\s+{_NAME}"
    rf"\s+for\s+burial"
)


def with_ward_of_the_town_named(text: str) -> str:
    """``text`` with a ward named by its number alone after the one town the text names, as that
    town's ward ("... fired artillery into Kani town. A woman in Ward No. 2 was killed.": "...
    in Ward No. 2, Kani town was killed."); ``text`` itself else."""
    if "ard" not in text or " town" not in text:
        return text
    towns = set(_TOWN_BY_KIND_WORD.findall(text))
    if len(towns) != 1 or not (ward := _BARE_WARD.search(text)):
        return text
    (town,) = towns
    if text.find(f"{town} town") > ward.start():
        return text  # (the town after the ward: read as written)
    return f"{text[: ward.end()]}, {town} town{text[ward.end() :]}"


#: a town named with its kind word: "into |Kani| town"
_TOWN_BY_KIND_WORD = re.compile(r"\b([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})\s+town\b")
#: a ward by its number alone, no town after it: "in |Ward No. 2| was killed"
_BARE_WARD = re.compile(
    r"\b(?:[Ww]ard\s+(?:[Nn]o\.?\s*)?\(?\d{1,2}\)?|[Nn]o\.?\s*\(?\d{1,2}\)?\s+[Ww]ard)"
    r"(?!\s*(?:,|of\b|in\b|\())"
)


def with_own_village_of_the_dead(text: str) -> str:
    """``text`` with one killed in their own village killed in the village named as theirs
    ("U X (48) of V village, T Township, was killed in his own village on ...": "U X (48) was
    killed in V village, T Township on ..."); ``text`` itself else."""
    if " own village" not in text:
        return text
    return _KILLED_IN_OWN_VILLAGE.sub(r"\g<verb> \g<deed> in \g<place>", text, count=1)


#: one of a village, killed in it: "| of V village, T Township, was killed in his own village|"
_KILLED_IN_OWN_VILLAGE = re.compile(
    rf"\bof\s+(?P<place>{_NAME}\s+village(?:,\s+{_NAME}\s+(?i:township|tsp))?),\s+"
    r"(?P<verb>was|were)\s+(?P<deed>killed|shot(?:\s+dead)?|murdered|executed|beaten\s+to\s+death)"
    r"\s+in\s+(?:his|her|their)\s+own\s+village\b"
)


def without_origin_of_the_dead(text: str) -> str:
    """``text`` without where the dead came from, were treated or were buried, when it also
    tells where they fell ("Martyr Ko X — native of H — killed in action, V village": "Martyr
    Ko X — killed in action, V village"; "Born in H village, he fell during the battle for V";
    "died of his injuries in Monywa hospital after the airstrike on V"; "Funeral: Kanbalu.")."""
    if _BURMESE_FELL.search(text):
        text = _BURMESE_ORIGIN_OF_THE_DEAD.sub("", text).strip() or text
    if "|" in text and ":" in text:
        # (a row's field of the home of one killed: "13/2/2023 | T town, T Township | X (68),
        # nurse | killed by junta airstrike ... | home: H")
        text = _HOME_FIELD.sub("", text)
    if "recovered by" in text:  # ("...; shot by SAC troops; |body recovered by villagers from H.|")
        text = _BODY_RECOVERED_BY.sub("", text).strip() or text
    if "home:" in text:  # ("...; X (43) killed, two injured.| Victim's home: H.|")
        text = _VICTIMS_HOME.sub("", text).strip() or text
    if not _WHERE_THEY_FELL.search(text) or _IN_OWN_VILLAGE.search(text):
        return text  # (their own village is where it befell them: "... in his own village")
    if " came to " in text:  # ("...| Relatives from H came to collect the body.|")
        text = _RELATIVES_CAME_FROM.sub("", text)
    cut = _ORIGIN_OF_THE_DEAD.sub(lambda origin: origin["aged"] or origin["counted"] or "", text)
    cut = cut.strip() or text
    if (
        cut != text
        and (the_village := _THE_VILLAGE.search(cut))
        and not NAMED_SETTLEMENT.search(cut, 0, the_village.start())
        and not _PLACE_NOT_AN_AREA.search(cut, 0, the_village.start())
    ):
        # (their village is where it befell them: "A 45-year-old farmer from V village in T
        # Township was killed when soldiers fired into the village")
        return text
    # (without the comma left before a stop: "U X (59)|, |. He was killed in V")
    cut = re.sub(r",\s*(?=\.)", "", cut)
    # (a record's "killed at:" field read as the words it is: "— killed at: V; cause: ...")
    return _KILLED_AT_FIELD.sub("killed at ", cut)


#: where one was killed, their own village: "was killed |in his own village|"
_IN_OWN_VILLAGE = re.compile(r"\b(?:in|at)\s+(?:his|her|their)\s+(?:own|home)\s+village\b")
#: the home of one killed, in a sentence of its own after the report: "| Victim's home: H.|"
_VICTIMS_HOME = re.compile(
    r"(?<=[.;])\s*(?:[Vv]ictims?['’]s?|[Hh]is|[Hh]er|[Tt]heir)\s+(?:home(?:\s+village)?|hometown)"
    r"\s*:\s*[^.;|]*[.;]?"
)
#: who recovered the body, from where: "...; shot by SAC troops|; body recovered by villagers
#: from Tilat.|"
_BODY_RECOVERED_BY = re.compile(
    r"[;,.]?\s*(?:(?:the|his|her|their)\s+)?(?i:body|bodies)\s+(?:was\s+|were\s+)?recovered\s+by"
    r"\s+[^.;|]*[.;]?"
)
#: a row's field of one's home, between bars: "| home: Pyi Ko Taw"
_HOME_FIELD = re.compile(
    r"\s*\|\s*(?i:home|hometown|home\s+village|native\s+village|address)\s*:\s*[^|]*(?=\||$)"
)
#: a place named after a word of where, no township or region: "fell in battle | at Ong Ahr Hti
#: Long|, Taunggyi Township" (not "| in Chaung-U| Township")
_AREA_WORD = r"(?i:township|tsp|twp|region|state|division|district)\b"
_PLACE_NOT_AN_AREA = re.compile(
    rf"\b(?:in|at|near|on)\s+(?>(?!{_AREA_WORD}){NAME_WORD}(?:\s+(?!{_AREA_WORD}){NAME_WORD})*)"
    rf"(?!\s+{_AREA_WORD})"
)
#: a casualty list's field of where one fell, after a dash or semicolon: "— | killed at: |V;"
_KILLED_AT_FIELD = re.compile(r"(?:(?<=;\s)|(?<=[—–]\s))killed\s+at:\s")


#: a Burmese text's words that someone fell or died
_BURMESE_FELL = re.compile("ကျဆုံး|သေဆုံး|ကွယ်လွန်")
#: where the dead came from or are buried, in Burmese: "Xကျေးရွာသား၊" (native of X village),
#: "Xကျေးရွာမှ ကိုY သည်" opening the text (Ko Y from X village), "ဈာပနကို ... ကျင်းပမည်။" (the
#: funeral)
_BURMESE_ORIGIN_OF_THE_DEAD = re.compile(
    r"[\u1000-\u109f]+?(?:ကျေးရွာ|ရွာ|မြို့)သား[၊,]?\s*"
    r"|နေရပ်\s*[\u1000-\u1049\u104c-\u109f]+?(?:ကျေးရွာ|ရွာ)[။၊]?\s*"  # (home: "နေရပ် Hကျေးရွာ။")
    r"|^\s*[\u1000-\u109f]+?(?:ကျေးရွာ|ရွာ)မှ\s+(?:(?:ကို|မောင်|ဦး|ဒေါ်|မ|နော်|စော)[\u1000-\u109f]+\s+သည်\s+)?"
    r"|ဈာပန[^။]*။?"
    # (or a sentence of their native place: "သူ၏ဇာတိမှာ Hရွာ ဖြစ်သည်။", "his native place is H")
    r"|(?:သူ|သူမ|၎င်း)(?:၏|ရဲ့)\s*ဇာတိ[^။]*။?"
)


#: an election's constituency, named by its house and number: "(for) the Pyithu Hluttaw
#: constituency No. 2", "Amyotha Hluttaw constituency (7)", "constituency No.3"
_CONSTITUENCY = re.compile(
    r",?\s*(?:\b(?:for|in|of)\s+)?(?:the\s+)?"
    r"(?:(?:(?i:pyithu|amyotha|state|region)\s+)?(?i:hluttaw)\s+)?(?i:constituency|constituencies)"
    r"(?:\s+(?i:no)\.?\s*\(?\d{1,3}\)?|\s*\(\d{1,3}\))?"
)


def without_constituency(text: str) -> str:
    """``text`` without an election's constituency ("UEC cancelled voting in X town for the
    Pyithu Hluttaw constituency No. 2": "... in X town"; no village "No. 2")."""
    if "onstituenc" not in text:
        return text  # (a quick look first)
    return _CONSTITUENCY.sub("", text).strip() or text


#: the countries, provinces and border towns across Myanmar's borders that reports name
FOREIGN_PLACES = (
    r"(?:China|Thailand|India|Bangladesh|Laos|Yunnan|Manipur|Mizoram|Nagaland|Tak(?:\s+[Pp]rovince)?"
    r"|Mae\s+Hong\s+Son|Chiang\s+Rai|Chiang\s+Mai|Kanchanaburi|Ranong|Cox['’]s\s+Bazar"
    r"|Bandarban|Teknaf|Zokhawthar|Champhai|Lawngtlai|Moreh|Mae\s+Sot|Mae\s+Sai|Ruili|Nansan)"
)


#: the town across the border from a place, and its province or country: "Mongla|, opposite
#: Daluo in Yunnan,|", "Laukkai, the Kokang capital| opposite Nansan in Yunnan|", "Tamu|, across
#: the border from Moreh|"
_TWIN_ACROSS_BORDER = re.compile(
    r",?\s+(?:(?:just|directly)\s+)?(?:opposite|across\s+(?:the\s+(?:[A-Z][\w-]*\s+)?"
    r"(?:border|[Rr]iver)\s+)?from)"
    r"\s+(?:the\s+(?:\w+\s+)?(?:town|city)\s+of\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}"
    # (its whole name, no village's nor a country's own place: not "fighting across from X
    # village", "opposite Thailand's Mae Sai district")
    r"(?![\w'’-])(?!\s+(?:[A-Z]|(?i:village|town|township|ward|tract)\b))"
    r"(?:\s+(?i:district|county|city))?"  # ("opposite Mae Ramat district|, Tak province")
    r"(?:,?\s+(?:in\s+)?" + FOREIGN_PLACES + r"(?:\s+(?i:province|prefecture|state))?)?"
    r"(?P<comma>,)?"
)


def without_route_aside(text: str) -> str:
    """``text`` without the route a place is said to lie on, in an aside ("an outpost in
    Kyaukme, a town in northern Shan State| on the main trade route from Mandalay to the
    Chinese border crossing at Muse|, killing ...": the route's ends are no place of it), or a
    road closed because of what happened elsewhere ("|the road out of Lashio is closed today
    |because of shelling at V village")."""
    if " out of " in text or " closed " in text or " blocked " in text:
        text = _if_it_still_names(_ROAD_CLOSED.sub("", text), text, _NAMES_A_PLACE_ANYWHERE)
    if " from " not in text or not _ROUTE_ASIDE.search(text):
        return text  # (a quick look first)
    return _if_it_still_names(_ROUTE_ASIDE.sub("", text), text, _NAMES_A_PLACE_ANYWHERE)


#: a road closed, before why: "|the road out of Lashio is closed today |because of shelling at V"
_ROAD_CLOSED = re.compile(
    # (inside a sentence: "please note |the road ...|"; one opening on the road is read whole)
    r"(?<=[a-z] )(?<!The )(?:the\s+)?(?:road|roads|highway|route)\s+"
    r"(?:out\s+of|from|to|into|between)\s+[^,.;]*?\s+"
    r"(?:is|was|are|were|has\s+been|remains)\s+(?:closed|blocked|cut)\b[^,.;]*?\s+"
    r"(?=(?:because\s+of|due\s+to|after|following)\s)"
)
#: the route a place lies on, after it: "| on the main trade route from Mandalay to ... Muse|"
_ROUTE_ASIDE = re.compile(
    r"(?:(?<=State)|(?<=Region)|(?<=town)|(?<=city))\s+(?:on|along|astride)\s+(?:the|a)\s+(?:[a-z]+\s+){0,3}?(?:route|road|highway|railway"
    r"|corridor)\s+(?:from|between|linking|connecting)\s+[^,;.]*?(?=[,;.]|$)"
)


def without_twin_across_border(text: str) -> str:
    """``text`` without the town across the border from its place ("Mongla, opposite Daluo in
    Yunnan, closed its gate": "Mongla closed its gate"), no place of what happened."""
    if "opposite " not in text and "across " not in text:
        return text  # (a quick look first)

    def left_out(twin: re.Match[str]) -> str:
        # (a comma after it closes an aside opened before it, else it parts what follows)
        return "," if twin["comma"] and not twin.group().startswith(",") else ""

    return _TWIN_ACROSS_BORDER.sub(left_out, text)


#: where people fled to across the border, named with its country or province: "crossed | into
#: Moreh in Manipur|", "fled the fighting in X town | into Nansan, China|", "crossed | into
#: Mizoram's Champhai district|"
_FOREIGN_DESTINATION = re.compile(
    # (or the way they were sent out: "awaiting repatriation | via Mae Sot|"; not where a
    # witness lives, read with its clause: "Witness W-399, who now lives in Mizoram, described")
    r"(?<!\blives)(?<!\bliving)(?<!\bstays)\s+(?:(?:in)?to|reached|entered|(?:arriving|arrived|sheltering)\s+in|in|via|through"
    r"|out\s+of)\s+(?:the\s+)?"
    r"(?:(?:[A-Z][\w'’-]*,?\s+){1,3}?(?:(?i:district|province|camp|town),?\s+)?(?:in\s+)?)?"
    + FOREIGN_PLACES
    + r"(?:['’]s\s+[A-Z][\w-]*(?:\s+(?i:district|province))?)?\b"
    + r"(?:,(?=\s+[a-z]))?"  # (and the comma closing it: "arriving in Teknaf, Cox's Bazar|, say")
)


def without_foreign_destination(text: str) -> str:
    """``text`` without where people fled to across the border ("refugees crossed into Moreh
    in Manipur after airstrikes on X village": "refugees crossed after airstrikes on X
    village"), no place of what happened in Myanmar."""
    if not any(word in text for word in ("to ", "in ", "reached ", "via ", "through ", "of ")):
        return text  # (a quick look first)
    # (kept when it names nothing else: "refugees fled into Thailand")
    return _if_it_still_names(_FOREIGN_DESTINATION.sub("", text), text, _NAMES_SOMETHING)


#: a name after a text's first word, or a kind word: what a text names besides where people fled
_NAMES_SOMETHING = re.compile(r"\s[A-Z]|\b(?:town|village|township|ward)\b")
#: ... a name after the first word alone, or a capitalised word anywhere, or a kind word
_CAPITALISED_AFTER = re.compile(r"\s[A-Z]")
#: ... a capitalised word anywhere, a bracket's too ("V (T) – smoke plume visible")
_CAPITALISED_WORD = re.compile(r"(?:^|[\s(])[A-Z]")
_NAMES_A_PLACE_ANYWHERE = re.compile(r"(?:^|\s)[A-Z]|\b(?:town|village|township|ward)\b")


def _if_it_still_names(cut: str, text: str, names: re.Pattern[str]) -> str:
    """``cut`` (a rewrite of ``text``) when it still names a place by ``names``; else ``text``:
    a rewrite keeps the text when it would leave no place ("refugees fled into Thailand")."""
    return cut if names.search(cut) else text


def without_border_nearby(text: str) -> str:
    """``text`` without a border a headline says a place is near, when the rest names a place
    ("Man Dies in Junta Arson Attack on Magway Village| Near Chin Border| | Soldiers set fire
    to V village in T Township ..."); else ``text``."""
    if "order" not in text:
        return text  # (a quick look first)
    # (the rest naming a place by its kind word: not "Clashes| near the Thai border|")
    return _if_it_still_names(_BORDER_NEARBY.sub("", text), text, NAMED_SETTLEMENT)


#: a border a place is near: " Near Chin Border", " near the Thai border"
_BORDER_NEARBY = re.compile(
    r"\s+(?i:near)\s+(?:the\s+)?[A-Z][a-z]+(?:[\s-][A-Z][a-z]+)?\s+[Bb]order\b(?!\s+(?:town|post|gate))"
)


def without_earlier_events(text: str) -> str:
    """A running update without what it tells of earlier, when the rest names a place ("...
    taken Laukkaing town; earlier this week the fighting was at V village.": Laukkaing; "As we
    reported yesterday, troops pulled out of V village. They have now shelled Hakha town": Hakha;
    "The column that burned V yesterday has moved on; this morning it torched W village": W);
    else ``text``."""
    if not _EARLIER_CUE.search(text):
        return text  # (a quick look first)
    return _if_it_still_names(_EARLIER_EVENT.sub("", text).strip(), text, _NAMES_A_PLACE_ANYWHERE)


#: the words of an update's earlier events (a quick look before ``_EARLIER_EVENT``)
_EARLIER_CUE = re.compile(
    r"(?i:earlier|yesterday|reported|last\s+(?:week|night|month)|not\s+affected|began\s+(?:in|near|at)"
    r"|started\s+in|broke\s+out\s+in|originally\s+said|previously\s+said|began\s+around"
    r"|earlier\s+entry|previous\s+entry|after\s+taking|after\s+capturing|after\s+a\s+lull)"
    r"|No\s+(?:new|further)\s"
    r"|Nothing\s+(?:new|more|further)\s|has\s+(?:eased|subsided)|moved\s+on"
    r"|[Nn]o\s+(?:word|news|contact|update|reply|response)\s"
)
#: an update's earlier event: a clause after a semicolon ("; earlier this week the fighting was
#: at V."), a sentence of what was reported before ("As we reported yesterday, ... ."), what a
#: column did before ("The column | that burned V yesterday| has moved on")
_EARLIER_EVENT = re.compile(
    r";\s+(?:(?i:earlier|yesterday|last\s+(?:week|night|month))\b)[^;.]*[.]?(?=\s*$)"
    r"|(?:^|(?<=[.!?]\s)|(?<=[—–:\d]\s))(?i:as\s+(?:we|I)\s+reported)\s+(?:yesterday|earlier|last"
    r"\s+\w+)[^.!?;]*[.!?;]\s*"
    # (when what follows tells of another place hit, not only where people flee: "...; today's
    # airstrike, however, hit B village", not "...; residents are fleeing toward W")
    r"(?=[^.!?]*?\b(?:in|at|on|near|to|into|reached|hit\w*|struck|attack\w*|shell\w*|bomb\w*"
    r"|raid\w*|burn\w*|torch\w*|entered|it\s+was)\s+(?:the\s+)?[A-Z])"
    r"|\s+(?:that|which)\s+(?:[a-z]+ed|left|hit|shot|burnt|took)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}"
    r"(?:\s+village)?\s+(?:yesterday|earlier|last\s+(?:week|night|month)"
    r"|on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)"  # ("... that burned W | on Tuesday|")
    r"(?=\s+(?:has|have|had|is|was)\b)"
    # ("Earlier today (08:40) we said fighting was at A." "...; A was not affected.")
    r"|(?:^|(?<=[.!?:—–|-]\s))(?i:earlier(?:\s+today)?|yesterday)\b[^.!?]*?\bwe\s+(?:said|reported|wrote)"
    r"[^.!?]*[.!?]\s*"
    # ("|As we reported this morning, the column from W was ambushed; |the fighting has now
    # moved into V town itself")
    r"|^(?i:as\s+we\s+(?:reported|said|wrote))\b[^;.!?]*[;.]\s+(?=[^;.!?]*\bnow\b)"
    # ("Correction: | an earlier entry put today's shelling in W. |It was V town")
    r"|(?:^|(?<=[.!?:—–|]\s))(?i:an?|our|the)\s+(?:earlier|previous)\s+(?:entry|post|update|report)\s+"
    r"(?:put|placed|located|said|reported)\b[^.!?]*[.!?]\s*"
    r"|;\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}\s+(?:was|were)\s+not\s+(?:affected|hit|attacked"
    r"|involved|touched)\b[^.;]*"
    # ("The clash | that began in A this morning| has moved to B village")
    r"|\s+(?:that|which)\s+(?:began|started|broke\s+out)\s+(?:in|around|near|at)\s+[A-Z][\w'’-]*"
    r"(?:\s+[A-Z][\w'’-]*){0,3}(?:\s+(?:this|last|on|before|after|at)\s+\w+|\s+yesterday"
    r"|\s+overnight)?(?=\s+(?:has|have|had)\s+(?:now\s+)?(?:moved|spread|shifted|reached)\b)"
    # ("We previously reported the raid was in A. | Local sources now say ...", "This post
    # originally said the arson attack was in T Township's A village. | It was in B village")
    r"|(?:^|(?<=[.!?:\]]\s))(?:We\s+(?:previously|earlier|first|initially|originally)\s+"
    r"(?:reported|said|wrote)|This\s+(?:post|entry|update|story|report)\s+(?:originally|first"
    r"|previously|initially)\s+(?:said|reported|stated))\b[^.!?;]*[.!?;]\s*"
    # ("yesterday's fighting was near A; | today the heaviest clashes are at B village")
    r"|(?:^|(?<=[.!?:]\s))(?i:yesterday['’]s|last\s+night['’]s|yesterday|last\s+night)\s+[^;.!?]*;\s+"
    r"(?=(?i:today|this\s+(?:morning|afternoon|evening)|tonight|now)\b)"
    # ("Our earlier entry on A has been updated.")
    r"|(?:^|(?<=[.!?:]\s))(?:Our|The|An?)\s+(?:earlier|previous|last)\s+(?:entry|post|update|report)"
    r"\s+(?:on|about)\s+[^.!?]*?\s+(?:has\s+been|was|is)\s+(?:updated|corrected|revised)[.!?]?\s*"
    # ("fighting around A has eased; | the main clash is now at B village")
    r"|(?i:fighting|clashes|shelling)\s+(?:around|near|in|at)\s+[^;.]{2,50}?\s+(?:has|have)\s+"
    r"(?:eased|subsided|died\s+down|stopped|ended|calmed)[;,.]\s*"
    # ("Nothing new from A since our last post. | In T Township, troops have entered B")
    r"|(?:^|(?<=[.!?:]\s))Nothing\s+(?:new|more|further)\s+(?:from|in|at|on|about)\s+[^.!?]*[.!?]\s*"
    # ("16:57 — | Still no word from A. |The clash we mentioned ... was actually at B village")
    r"|(?:^|(?<=[.!?:—–]\s))(?:Still\s+)?[Nn]o\s+(?:word|news|contact|update|reply|response)\s+"
    r"(?:yet\s+)?(?:from|on|about|with)\s+[^.!?]*[.!?]\s*"
    # ("No new fighting in A overnight. Instead, regime troops raided B village")
    r"|(?:^|(?<=[.!?:]\s))No\s+(?:new\s+|further\s+)?(?:fighting|clashes|attacks?|shelling)\s+"
    r"(?:in|at|near)\s+[^.!?]*?(?:[.!?]|,\s+but)\s*(?:Instead,\s+)?"
    # ("Following up on our earlier entry about A: |the military column has moved on and ...")
    r"|(?i:following\s+up\s+on|further\s+to|adding\s+to)\s+(?:our|the|my)\s+(?:earlier|previous|last)"
    r"\s+(?:entry|post|update|report)\s+(?:about|on)\s+[^:.;]{2,60}:\s*"
    # ("Correction: |an earlier entry said the bombing hit A. |It hit ...")
    r"|(?:^|(?<=[.!?:]\s))(?:[Aa]n?|[Tt]he)\s+(?:earlier|previous|first)\s+(?:entry|post|update|version"
    r"|report)\s+(?:said|stated|reported)\b[^.!?]*[.!?]\s*"
    # ("the raid | we reported at A town| actually took place in B village")
    r"|\s+(?:that\s+)?we\s+(?:reported|said|wrote|mentioned)\s+(?:was\s+)?(?:at|in|near|from)\s+"
    r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}(?:\s+(?:town|village|township))?"
    r"(?=\s+(?:actually|in\s+fact|really)\b)"
    # ("Day 14 — 17:59: |after taking A last week, |fighters are now attacking ...", "Day 8:
    # |after yesterday's clashes around A town, |fighting today moved to B village")
    # ("UPDATE 13:39 (Day 11) — |After a lull in A, |artillery is now falling on B village")
    r"|(?:^|(?<=[:—–]\s))(?:[Aa]fter|[Ff]ollowing)\s+(?:a|the)\s+(?:lull|pause|break|calm)\s+"
    r"(?:in|at|around)\s+[^,.;]{2,50}?,\s+"
    # ("Day 4 recap: |after taking A on Wednesday, |...", "Day 8: |Following yesterday's fall of
    # the camp at A, |today's fighting centres on B village")
    r"|(?:^|(?<=[:—–]\s))(?:[Aa]fter|[Ff]ollowing)\s+(?:(?:taking|capturing|seizing|overrunning)\s+"
    r"[^,.;]{2,50}?\s+(?:last\s+\w+|yesterday|earlier(?:\s+this\s+\w+)?|on\s+[A-Z][a-z]+day)"
    r"|(?:yesterday['’]s|last\s+night['’]s)\s+(?:clashes|fighting|shelling|attacks?|battles?|raids?"
    r"|air\s?strikes?|fall\s+of\s+the\s+(?:camp|base|outpost|town))\s+(?:around|near|in|at)"
    r"\s+[^,.;]{2,50}?),\s+"
)


#: where talks were held or a deal signed, not where the fighting was: "the ceasefire agreed |
#: in Kunming|", "Chinese envoys hosted talks | in Kunming|", "the NCA signed | in Naypyitaw|"
_WHERE_TALKS_WERE = re.compile(
    r"(?P<what>(?<!-)\b(?i:talks|ceasefire|agreement|deal|conference|negotiations|summit|meeting"
    r"|session|signed|agreed|brokered|hosted|mediated|text|seized\s+power|took\s+power"
    r"|staged\s+a\s+coup|coup))(?P<between>(?:\s+[\w'’-]+){0,4}?)"
    # (the whole name, not a part of it: "protesters in | Man Li| village")
    r"\s+(?:in|at)\s+(?>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})"
    r"(?!\s+(?i:village|town|township)|\s+[A-Z])"
)


def without_where_talks_were(text: str) -> str:
    """``text`` without where talks were held, a deal signed or power seized ("... violated the
    ceasefire agreed in Kunming": "... violated the ceasefire agreed"; "... since the military
    seized power in Naypyidaw in 2021"), or where a meeting was held ("Minutes - community meeting
    held at H village, ... displaced families from V ... raided the village"), no place of the
    fighting."""
    if " held " in text and (met := _MEETING_HELD_AT.sub(r"\g<what>", text)) != text:
        text = _if_it_still_names(met, text, _NAMES_A_PLACE_ANYWHERE)
    if not any(
        word in text
        for word in ("talks", "ceasefire", "agree", "deal", "conference", "power", "coup")
    ):
        return text  # (a quick look first)
    return _WHERE_TALKS_WERE.sub(r"\g<what>\g<between>", text)


#: where a meeting was held: "community meeting| held at Tha Yet Kone village|"
_MEETING_HELD_AT = re.compile(
    r"\b(?P<what>meeting|discussion|consultation|workshop)\s+(?:was\s+)?held\s+(?:at|in)\s+"
    r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}(?:\s+(?i:village|town))?"
)


#: where a relief team or those who appeal are based: "Update from our field team | in Dawei|:
#: families displaced from X ...", "Our volunteers | based in Mae Sot | delivered rice to ..."
_TEAM_BASE = re.compile(
    r"\b(?i:our|their)\s+(?:[\w-]+\s+){0,2}?(?i:team|teams|volunteers|staff|network|correspondents?"
    r"|reporters?|stringers?|focal\s+points?|contacts?|monitors?)"
    r"(?P<base>\s+(?:(?:is|are)\s+)?(?:in|at|based\s+in|from)\s+"
    r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,4}(?:\s+(?i:town|city))?)"
)


def without_team_base(text: str) -> str:
    """``text`` without where the team that sends an appeal or update is based ("Update from our
    field team in Dawei: families displaced from X ..." -> "Update from our field team: ..."),
    when the text names another place; else ``text``."""
    if not any(word in text for word in _TEAM_CUES):
        return text  # (a quick look first)
    if " of the town" in text and (base := _TEAM_BASE.search(text)):
        # (the town a distance is from is the team's: "Our correspondent in Khin-U says ...
        # coming from V, about 16 km northwest of | the town|")
        town = base["base"].split(None, 1)[-1].removesuffix(" town")
        text = text.replace(" of the town", f" of {town} town")
    cut = _TEAM_BASE.sub(lambda m: m.group()[: m.start("base") - m.start()], text)
    cut = _APPEAL_SENDER.sub(lambda said: "We " if said.group().startswith("We,") else "", cut)
    return _if_it_still_names(cut, text, _CLAUSE_NAMES_A_PLACE)


#: the words of a team or an appeal's sender (a quick look before ``_TEAM_BASE``)
_TEAM_CUES = (
    *("team", "olunteers", "staff", "network", "orrespondent", "eporter", "tringer", "ocal point"),
    *("ontact", "onitor"),
    *("We, the ", "office in", "everyone in", "rop-off", "rop off", "ollection point"),
    *(" office ",),
)
#: who sends an appeal and where they collect: "We, the Mindon Women's Group, | are collecting
#: ...", "our office in Mindon", "thank you to everyone in Tada-U!", "Drop-off: X market"
_APPEAL_SENDER = re.compile(
    r"^We,\s+the\s+[^,]{3,60},\s+"
    r"|\s*(?:to|at|in|from)\s+(?:our|the)\s+office\s+in\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}"
    # ("Ma Thida| from our Kalay office| confirmed a drone dropped bombs on V")
    r"|\s+(?:from|of|at)\s+our\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s+(?i:field\s+|sub-?|area\s+)?"
    r"office\b"
    r"|(?i:thank\s+you\s+to\s+everyone\s+in)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}[!.]?\s*"
    r"|(?i:drop[-\s]off|collection\s+point)\s*:\s*[^.;#]*[.;]?"
)


#: an opening clause that sets another place against the one the sentence reports: "Unlike X
#: village, which stayed calm, | ...", "As in X last year, | ...", "Compared with X, where only
#: minor skirmishes were reported, | ...", "Although X has been calm, | ...", "In contrast to
#: X, | ..."
_CONTRASTED = re.compile(
    r"^(?:Unlike|As\s+(?:in|with|at)|Compared\s+(?:with|to)|(?:In|By)\s+contrast\s+(?:to|with)"
    r"|Although|Though|While|Whereas|Like|Just\s+as|Beyond)\s+[^,]{1,120}"
    r"(?:,\s+(?:which|where|who|when)\s+[^,]{1,120})?,\s+(?=\S)"
    # (or a place taken before, in a live blog's entry: "Day 8, 13:21: after the fall of the W
    # checkpoint last week, | the CDF are now fighting for V village")
    r"|^(?:Day\s+\d{1,3},\s+)?(?:\d{1,2}:\d{2}\s*[:—–-]?\s+)?(?i:after|following)\s+the\s+"
    r"(?:fall|capture|seizure|loss)\s+of\s+[^,]{1,80},\s+(?=\S)"
    # (or a report it corrects: "Not Sagaing, as first reported: | the drone strike hit ...")
    r"|^Not\s+[^,:]{1,60},\s+(?:as|but)\s+[^,:]{0,40}[:,]\s+(?=\S)"
    # (or places an analysis compares: "Comparisons between A and B are instructive: | ...")
    r"|^Comparisons?\s+(?:between|of)\s+[^:.]{1,80}:\s+(?=\S)"
    # (or where troops did not go: "The troops did not come to A, | they went to B and ...")
    r"|^(?:The\s+)?(?:troops|soldiers|army|column|junta|they)\s+(?:did\s+not|didn['’]t|never)"
    r"\s+(?:come|go|reach|enter|attack|burn)\s+(?:to\s+|into\s+)?[^,;]{1,60}[,;]\s+(?:but\s+)?"
    r"(?=\S)"
)


#: what was done, in an opening clause: "While the ... group entered and searched V village, "
_DEED_IN_CLAUSE = re.compile(rf"\b(?:{PAST_DEEDS}|searched|entered|stormed|surrounded|looted)\b")


def without_contrasted_place(text: str) -> str:
    """``text`` without an opening clause that sets another place against the one it reports
    ("Unlike Lashio, which stayed calm, Hsipaw town saw heavy fighting" -> "Hsipaw town saw
    heavy fighting"), or the place an earlier report gave, which a correction sets right
    ("Correction 11:20 - |Our 09:05 entry said the police station ... was in T town. |It was the
    police station in V village, ..."), when the rest names a place; else ``text``."""
    if "orrect" in text and (corrected := _EARLIER_REPORT_SAID.search(text)):
        text = _if_it_still_names(
            f"{text[: corrected.start()]}{text[corrected.end() :]}", text, _NAMES_A_PLACE_ANYWHERE
        )
    if not (opening := _CONTRASTED.match(text)):
        return text
    if text[:6] == "While " and _DEED_IN_CLAUSE.search(opening.group()):
        return text  # (a time, not a contrast: "While troops searched V village, 7 were ...")
    return _if_it_still_names(text[opening.end() :], text, _NAMES_A_PLACE_ANYWHERE)


#: what an earlier report said, in a correction: "|Our 09:05 entry said the police station
#: attacked on Tuesday was in Singu town. |It was ..."
_EARLIER_REPORT_SAID = re.compile(
    r"\b(?:Our|An?|The)\s+(?:earlier\s+|previous\s+)?(?:\d{1,2}[:.]\d{2}\s+)?(?:entry|report|post"
    r"|update|story)\s+(?:said|stated|reported|wrongly\s+said)\b[^.]*\.\s+(?=It\s+was\b)"
)
#: a name in a list the sentence singles out (``_NAME``): "... – only | Yin Dar | was burned",
#: "the arrests were made in | Kawt But"
#: where a village lies from a town, after it: "V village|, 8 km northwest of Demoso town|"
_BEARING_TAIL = (
    rf"(?:,?\s+(?:just\s+|about\s+|some\s+)?(?:\d+\s*(?:km|miles?)\s+)?(?:{DIR_WORD})\s+of\s+"
    rf"{_NAME}(?:\s+town)?)?"
)
#: ... written straight after the kind word: "V village| |just north of T town"
_BEARING_UNSET = re.compile(
    rf"(?:(?<=village)|(?<=town))\s+(?=(?:just\s+|about\s+|some\s+)?(?:{DIR_WORD})\s+of\s)"
)
_SINGLED_OUT = re.compile(
    rf"\bonly\s+(?P<only>{_NAME})(?:\s+(?:village|town))?\s+(?:(?:was|were)\s+[a-z]|fell\b|saw\b)"
    rf"|\bonly\s+in\s+(?P<only_in>{_NAME})(?:\s+(?:village|town))?"
    # ("Among the 35 incidents ... in T Township, the burning of | V| stands out")
    # ("... but the arson attack on | V| village in T stands out")
    r"|\bthe\s+(?:[a-z]+\s+)?(?:burning|shelling|bombing|raid(?:ing)?|massacre|destruction|killings?"
    r"|attack|airstrike|strike|assault)\s+(?:of|in|on)\s+"
    rf"(?P<stands_out>{_NAME})(?:\s+(?:village|town))?(?:\s+in\s+(?P<stands_out_in>{_NAME}))?"
    r"\s+stands\s+out\b"
    # ("notable incidents such as the raid on | V village just north of T town|", "analysts
    # single out the drone attack on | V village, north of T town|")
    r"|\b(?:(?:incidents|events|attacks|cases)\s+such\s+as|single(?:s|d)?\s+out)\s+the\s+"
    r"(?:[a-z]+\s+)?(?:raid|attack|airstrike|strike|shelling|bombing|massacre|burning|assault)\s+"
    rf"(?:on|of|in|at)\s+(?P<such_as>{_NAME}(?:\s+(?:village|town))?{_BEARING_TAIL})"
    r"(?![\w'’-]|\s+[A-Z])"
    # ("'We ran to the forest near W ...,' said Z.B., 40, describing the attack on | V| village")
    r"|\bdescribing\s+the\s+(?:attack|raid|shelling|bombing|airstrike|assault|arson)\s+(?:on|of|in)\s+"
    rf"(?P<described>{_NAME})(?=\s+(?:village|town)\b)"
    # ("took in families who fled | D | after troops burned it")
    rf"|\bwho\s+fled\s+(?P<fled>{_NAME})(?:\s+(?:village|town))?\s+after\s+(?:[a-z]+\s+){{0,2}}?"
    r"(?:troops|soldiers|the\s+army|the\s+junta|junta\s+forces|the\s+military)\s+(?:burned"
    r"|burnt|shelled|bombed|attacked|raided|torched)\s+it\b"
    # ("The IDP camp in W village received 2,000 new arrivals | who fled an attack on V village|")
    rf"|\b(?:who|that)\s+(?:had\s+)?fled\s+(?:an?\s+|the\s+)?(?:attack|airstrike|shelling|raid|bombing"
    rf"|fighting|clashes|offensive)\s+(?:on|in|at)\s+(?P<attacked>{_NAME})(?:\s+(?:village|town))?"
    # (an analysis's worst event: "..., and the single largest massacre of the period occurred
    # at | V, in T|", "Of these, the assault on the junta camp at | V village (T)| was the
    # largest")
    r"|\bthe\s+(?:single\s+)?(?:largest|deadliest|worst|biggest|heaviest|bloodiest)\s+"
    r"(?:massacre|attack|airstrike|air\s+strike|raid|clash|battle|killing|bombing|assault)s?\b"
    r"[^.;]*?\b(?:occurred|took\s+place|happened|was\s+carried\s+out)\s+(?:at|in)\s+"
    rf"(?P<largest>{_NAME}(?:\s+(?:village|town))?)(?:,\s+in\s+(?P<largest_in>{_NAME}))?"
    r"|\bthe\s+(?:assault|attack|raid|airstrike|offensive)\s+on\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?"
    rf"(?:camp|base|outpost|post|position)\s+at\s+(?P<largest_at>{_NAME}(?:\s+village)?"
    r"(?:\s+\([^)]{2,40}\))?)\s+was\s+the\s+(?:largest|deadliest|biggest|worst|heaviest)\b"
    # ("Around 45 villagers from | V| fled to W after soldiers from T raided the village in S
    # Tsp")
    r"|\b(?:villagers|residents|people|families)\s+from\s+"
    rf"(?P<fled_from>{_NAME}(?:\s+village)?)\s+fled\b[^.;]*?\b(?:raided|attacked|burned|torched"
    r"|shelled|entered)\s+the\s+village\b"
    rf"(?:\s+in\s+(?P<fled_area>{_NAME}\s+(?:Township|Tsp|Twp)))?"
    # ("we delivered rice to W, where families from | V village (T, S)| are sheltering"; not
    # "bombed a monastery in W, where displaced people from V were sheltering")
    r"|\b(?:delivered|brought|sent|distributed|donated)\b[^.;]{0,60}?\bto\s+"
    rf"{_NAME},\s+where\s+(?:[\w-]+\s+){{0,3}}?(?:families|people|IDPs|villagers|residents)\s+from\s+"
    rf"(?P<sheltered_from>{_NAME}(?:\s+village)?(?:\s+\([^()]{{2,60}}\))?)\s+(?:are|were|have\s+been)"
    r"\s+(?:sheltering|staying|hiding|living)\b"
    # ("a resident of A who witnessed the shelling of neighbouring | V village|")
    r"|\bwitnessed\s+the\s+(?:shelling|bombing|burning|raid|airstrike)\s+(?:of|on)\s+(?:the\s+)?"
    rf"neighbou?ring\s+(?P<witnessed>{_NAME}(?:\s+(?:village|town))?)"
    # (an analysis's exception or instance: "...; an exception is | V village in T Township|,
    # where ...", "T Township saw repeated offensives, in particular the raid on | V village|",
    # "the massacre in | V village (T)| in March 2024 remains among the deadliest", "the siege of
    # | T| in January 2022, when ..., stands out")
    rf"|\ban\s+exception\s+is\s+(?P<exception>{_NAME}(?:\s+(?:village|town))?"
    rf"(?:\s+in\s+{_NAME}\s+Township)?)"
    rf"|(?:\b(?P<particular_area>{_NAME}(?:\s+Township)?)\s+saw\b[^.;]*?)?"
    r"\bin\s+particular,?\s+the\s+(?:[a-z]+\s+)?(?:raid|attack|airstrike|strike|assault|shelling"
    rf"|bombing|massacre)\s+(?:on|in|at|of)\s+(?P<particular>{_NAME}(?:\s+(?:village|town))?"
    # (with its township: "the massacre at V village | in eastern Khin-U Township|")
    rf"{_BEARING_TAIL}(?:\s+in\s+(?:(?:{DIR_WORD})\s+)?{_NAME}\s+Township)?)(?![\w'’-]|\s+[A-Z])"
    r"|\bthe\s+(?:massacre|raid|airstrike|attack|killings?)\s+(?:in|at|on)\s+"
    rf"(?P<remains>{_NAME}\s+(?:village|town)(?:\s+\([^()]{{2,30}}\))?)[^.;]{{0,40}}?\s+remains\s+"
    r"among\s+the\s+(?:deadliest|worst|bloodiest)"
    r"|\bthe\s+(?:siege|capture|fall|storming|burning|shelling)\s+of\s+"
    rf"(?P<siege>{_NAME}(?:\s+(?:village|town))?)\b[^.;]{{0,100}}?\s+stands\s+out\b"
    # ("yet only A experienced a mass-casualty event, the March airstrike on | V village|")
    rf"|\bonly\s+(?P<only_area>{_NAME})\s+(?:experienced|saw|suffered|recorded)\s+[^,.;]*,\s+"
    r"the\s+(?:[A-Z][a-z]+\s+)?(?:airstrike|air\s+strike|attack|raid|massacre|bombing|shelling)"
    rf"\s+(?:on|in|at)\s+(?P<experienced>{_NAME}(?:\s+(?:village|town))?)"
    # ("Residents of A fled after the army torched | neighbouring B village|")
    # (set on fire or entered, not fired upon from a camp: "shelled neighbouring W from there")
    r"|\b(?:torched|burned|burnt|raided|stormed)\s+(?:the\s+)?"
    rf"(?:neighbou?ring|nearby|adjacent)\s+(?P<neighbour>{_NAME}(?:\s+(?:village|town))?)"
    # ("..., the clearest example being | Hpakant|")
    r"|\bthe\s+(?:clearest|best|starkest|most\s+\w+)\s+(?:example|case|instance)\s+being\s+"
    rf"(?P<example>{_NAME}(?:\s+(?:village|town))?)"
    # ("..., for example on | V village in T Township|", "best illustrated by the shelling of | V|",
    # "driven largely by the repeated shelling of | V village|", "notably the one on | V|")
    r"|(?:\bfor\s+example,?\s+(?:on|in|at)\s+(?!"
    + WHEN_NAMES
    + r"\b)|\billustrated\s+by\s+the\s+(?:[a-z]+\s+)?"
    r"(?:shelling|bombing|burning|raid|attack|airstrike)\s+(?:of|on|in)\s+|\bdriven\s+(?:largely"
    r"\s+|mainly\s+|mostly\s+)?by\s+the\s+(?:[a-z]+\s+)?(?:shelling|bombing|burning|raids?|attacks?"
    r"|airstrikes?)\s+(?:of|on|in)\s+|\bnotably\s+the\s+one\s+(?:on|in|at)\s+)"
    rf"(?P<instance>{_NAME}(?:\s+(?:village|town))?(?:\s+in\s+{_NAME}\s+Township)?)"
    # ("They stopped first in A, but | it was V that| they set on fire")
    rf"|\bit\s+was\s+(?P<cleft>{_NAME})(?:\s+(?:village|town))?\s+(?:that|which|where)\s+"
    r"(?:they|the\s+\w+|troops|soldiers|it)?\s*(?:set|burn|burned|burnt|shell|shelled|bomb|bombed"
    r"|attack|attacked|raid|raided|torch|torched|hit|shot|kill|killed|struck)"
    # ("people from T Township | returned to V village on 7 October only to find it burned")
    rf"|\breturned\s+(?:home\s+)?to\s+(?P<returned>{_NAME})(?:\s+(?:village|town))?\b[^.;]{{0,40}}?"
    r"\bonly\s+to\s+find\s+(?:it|them|their\s+\w+|the\s+\w+|houses)\s+(?:had\s+been\s+|was\s+"
    r"|were\s+)?(?:burned|burnt|destroyed|razed|looted|torched|bombed|shelled)"
    r"|\bthe\s+(?:arrests?|raids?|attacks?|killings?|shelling|airstrikes?|air\s+strikes?|fire"
    r"|fighting|clash(?:es)?|bombing)\s+(?:was|were|took\s+place|happened)\s+(?:made\s+|carried"
    rf"\s+out\s+)?(?:in|at|near)\s+(?P<at>{_NAME}(?:\s+(?:village|town))?"
    r"(?:,\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\s+(?:Township|Region|State))?)"
)
#: a list of places: "A, B and C villages", "A and B"
_LIST = re.compile(r"\bvillages\b|[A-Z][\w'’-]*(?:,\s+[A-Z][^,;.]*)?\s+and\s+[A-Z]")
#: the township a list of villages is in: "Of the five villages | in Ponnagyun Township", "(Ramree
#: Township, Rakhine State)"
_LISTED_IN = re.compile(
    r"(?:\bin|\(|,)\s*(?P<area>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\s+(?:Township|Region"
    r"|State))"
)
#: a place named last, then what befell it in a clause of its own: "fled into | Pinlebu town,
#: Pinlebu Township|, which was bombed the next day", "took shelter in | X village (Y
#: Township)|, where the artillery shell later landed"
_PLACE_THEN_WHAT_BEFELL_IT = re.compile(
    rf"(?P<place>{_NAME}\s+(?:village|town)(?:\s*\([^()]*\)|,\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)"
    r"{0,2}\s+Township)?),\s+(?:which|where)\s+[^.;]*?\b(?:bombed|shelled|hit|landed|struck"
    r"|burned|burnt|attacked|raided|torched|exploded)\b"
)
#: where troops came through or from on their way: "Troops | passed through A (and B) before |
#: shelling C village", "Troops | advancing from A and B villages | shelled X town", "Regime
#: forces | advancing from Myin Thaung (North) village | entered Y village" (not a town alone,
#: which may tell namesakes apart: "A junta column marching from Ayadaw attacked Hin Thar")
_ON_THEIR_WAY = re.compile(
    rf"\s+(?:passed|marched|moved|went|came)\s+(?:from\s+{_NAME}\s+)?through\s+[^.;]*?\s+before\s+"
    r"(?=[a-z]+ing\s)"
    # (where a column came from, set apart: "The army column|, coming from W town side,| entered
    # V village")
    r"|,\s+(?:coming|advancing|moving|marching|arriving)\s+from\s+[^,;.]{1,40}?,"
    r"(?=\s+(?:[a-z]+ed|set|shot|burnt|went|came)\s)"
    # (where it set out from: "SAC column | left Taungtha at 4am, | reached V vlg (T Twp)")
    rf"|\s+left\s+{_NAME}(?:\s+(?:town|village|camp|base))?(?:\s+(?:at|on|around|early)\s+[^,;.]"
    r"{1,20}?)?,?\s+(?:and\s+|then\s+)*(?=(?:reached|arrived|entered|came|marched)\s)"
    rf"|\s+(?:advancing|coming|moving|marching)\s+from\s+{_NAME}(?:(?:\s+(?:and|,)\s+{_NAME})+"
    r"(?:\s+villages?)?|(?:\s+\([A-Z][a-z]+\))?\s+village)(?=\s+[a-z]+ed\s)"
    # (a town too, when the village's township is named: "soldiers | marching from T | burned
    # down V village in T township")
    rf"|\s+(?:advancing|coming|moving|marching)\s+from\s+{_NAME}(?:\s+town)?(?=\s+[a-z]+ed\s"
    r"[^.;]*?\bvillage\s+(?:in|,)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\s+(?i:township|tsp)\b)"
    # ("Junta columns | camped in A and B, then | torched C village"; "|; no damage was
    # reported in A or B|")
    # ("The soldiers | slept one night in A, then | walked to B ... and started shooting")
    r"|\s+(?:(?:were|was)\s+(?:camping|sleeping|staying|resting)|camped|slept|stayed|rested"
    r"|stopped)(?:\s+(?:one|a|two|three|four)\s+(?:nights?|days?))?"
    r"\s+(?:in|at)\s+[^.;]*?(?:,?\s+(?:and\s+)?then|,?\s+and\s+the\s+next\s+(?:day|morning|night)"
    r"|\.\s+(?:Next\s+morning|The\s+next\s+(?:morning|day)"
    r"|In\s+the\s+morning|Then)"
    # ("they were staying in A, the soldiers, and then in the morning | they went to B")
    r"|,?\s+(?:and\s+)?(?:then\s+)?in\s+the\s+morning),?\s+"
    # ("... stayed at A for one night and the next morning | they went into B village")
    r"(?=(?:on\s+[^,.;]{1,25}?\s+)?(?:they\s+)?[a-z]+ed\s"
    r"|(?:(?<=next\smorning\s)|(?<=next\sday\s)|(?<=the\smorning\s))(?:they\s+)?(?:went|came)\s)"
    # ("a junta column that had entered the village| from W|": where it came from)
    rf"|(?:(?<=entered\sthe\svillage)|(?<=entered\sthe\stown))\s+from\s+{_NAME}(?:\s+(?:village|town))?"
    # ("They | stopped first at W but did nothing there, then | went on to V and set fire")
    rf"|\s+(?:stopped|halted|stayed|camped)\s+(?:first\s+)?(?:at|in)\s+{_NAME}(?:\s+(?:village|town))?"
    r",?\s+but\s+(?:did\s+nothing|did\s+not\s+\w+\s+anyone|harmed\s+no\s+one|left\s+it\s+alone)"
    r"(?:\s+there)?,?\s+(?:and\s+)?then\s+(?=(?:went|moved|marched|came|headed)\s)"
    # ("a junta column | camped at W village before | raiding V village, T Township")
    rf"|\s+(?:camped|stayed|rested|slept|stopped)(?:\s+overnight)?\s+(?:in|at)\s+{_NAME}"
    r"(?:\s+(?:village|town))?\s+before\s+(?=[a-z]+ing\s)"
    # ("The monastery in V. Many people who had fled| from W| were sheltering there.")
    rf"|(?<=fled)\s+from\s+{_NAME}(?:\s+village)?(?=\s+(?:were|was)\s+(?:sheltering|staying|hiding)"
    r"\s+there\b)"
    # ("wounding 11 people who had sheltered there| from fighting in W village|")
    rf"|(?<=sheltered)(?:\s+there)?\s+from\s+(?:the\s+)?(?:fighting|clashes|shelling|attacks?)\s+in\s+"
    rf"{_NAME}(?:\s+village)?"
    # ("seized the last outpost in T town after weeks of fighting| that spread from V village|")
    rf"|\s+that\s+(?:had\s+)?spread\s+from\s+{_NAME}(?:\s+(?:village|town))?(?=[.,;]|$)"
    # ("Correction: |the shelling came from A, and |the shells landed in V village")
    rf"|(?:^|(?<=:\s))the\s+(?:shelling|shells?|artillery|fire|attack)\s+came\s+from\s+{_NAME},?\s+and\s+"
    # ("On the day of the attack the troops | came from W, |entered V in the morning")
    # (and how far it is: "the soldiers | came from Tamu town, it is about 12 kilometres, |and
    # raided V")
    # ("soldiers | came from Pyinmana, about 10 km, |arrested a CDM nurse in V")
    rf"|\s+came\s+from\s+{_NAME}(?:\s+(?:village|town))?(?:,\s+(?:(?:it|which)\s+is\s+)?(?:about\s+)?"
    r"\d+\s+(?:kilometres|kilometers|km|miles)(?:\s+away)?)?,?(?=\s+(?:and\s+)?(?:entered|attacked"
    r"|raided|burned|burnt|shot|stormed|surrounded|arrested|detained)\b)"
    # ("That day | we heard the drone over W, but |it dropped the bombs on V")
    rf"|(?<![\w,])\s*\b(?:we|I)\s+heard\s+the\s+(?:drone|jet|plane|aircraft|helicopter)s?\s+"
    rf"(?:over|above|near)\s+{_NAME},?\s+but\s+"
    # ("Fighting was reported at V village on 11 December 2022| after a junta column moved in from
    # W|.")
    r"|\s+after\s+(?:a|the)\s+(?:junta\s+|military\s+|regime\s+)?(?:column|troops|soldiers|unit)\s+"
    rf"(?:had\s+)?(?:moved|came|advanced|marched)\s+(?:in\s+)?from\s+{_NAME}(?:\s+(?:village|town))?"
    r"(?=[.,;]|$)"
    # ("ambushed a military convoy | travelling from Ye-U| near V village")
    rf"|\s+(?:travelling|traveling|heading|driving|moving|coming)\s+from\s+{_NAME}(?:\s+town)?"
    r"(?=\s+(?:near|at|past|through|outside)\s)"
    # ("A junta column | that left A village on January 11| entered B village")
    rf"|\s+(?:that|which|who)\s+(?:had\s+)?left\s+{_NAME}(?:\s+(?:village|town))?"
    r"(?:\s+on\s+[^,.;]{1,25}?)?(?=\s+(?:entered|attacked|raided|burned|shelled|reached|stormed)\b)"
    # ("ambushed a military convoy | from Hpruso | as it passed through V village")
    rf"|\s+from\s+{_NAME}(?:\s+town)?(?=\s+as\s+it\s+(?:passed|moved|drove|went)\s+through\s)"
    # ("A junta column | that came from Shin Bway Yang | set fire to V village in T Township")
    rf"|\s+(?:that|which|who)\s+(?:had\s+)?(?:came|arrived|marched|advanced|moved)\s+from\s+{_NAME}"
    r"(?:\s+(?:town|village))?(?:\s+the\s+(?:previous|night|day)\s*\w*)?"
    r"(?=\s+(?:[a-z]+ed|set|shot|hit|burnt|struck|overran|fought|began)\s[^.;]*?\b(?:in|,)\s+"
    r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\s+(?i:township|tsp)\b)"
    r"|;\s+no\s+(?:damage|casualties|fighting|clashes)\s+(?:was|were)\s+reported\s+in\s+[^.;]*"
    # ("mortar rounds fired | from a military camp at Ka Lar Le, held by MOC 13,| struck V")
    r"|(?<=fired)\s+from\s+(?:a|the|their|its)\s+(?:military\s+|army\s+|junta\s+)?(?:camp|base"
    rf"|outpost|position)s?\s+(?:at|in|near)\s+{_NAME}(?:,\s+held\s+by\s+[^,;.]+,)?"
    r"(?=\s+(?:struck|hit|landed|fell|exploded)\b)"
    # ("after shelling the area | from positions near Hmaw Laung Lone|")
    rf"|\s+from\s+(?:their\s+|its\s+)?positions?\s+(?:near|at|around|in)\s+{_NAME}"
    # ("Refugees | arriving in Lashio| said junta troops burned ... their home village, V")
    r"|(?<=[Rr]efugees)(?<!\s)\s+(?:arriving|who\s+arrived|who\s+fled)\s+(?:in|at|to)\s+"
    rf"(?:the\s+(?:[\w-]+\s+){{0,3}}(?:town|city)\s+of\s+)?{_NAME}(?=\s+(?:said|told|say)\b)"
    # ("The column | from Htauk Shar| came into Sin Yauk Nge and burned the houses")
    rf"|(?<=[Cc]olumn)\s+from\s+{_NAME}(?=\s+(?:came|entered|arrived|marched|burned|burnt|raided"
    r"|attacked|shelled|torched)\b)"
    # ("soldiers | from the Tanintharyi town garrison| raided their homes")
    rf"|\s+from\s+the\s+{_NAME}(?:\s+town)?\s+(?:garrison|base|camp|outpost)\b"
    # ("Tatmadaw soldiers|, reportedly from the Infantry Battalion 302 stationed in Kawkareik|,
    # conducted a 'clearance operation' in V village")
    r"|,\s+(?:reportedly\s+|allegedly\s+|apparently\s+)?from\s+(?:the\s+)?[^,;.]{1,60}?\s+"
    rf"(?:stationed|based|garrisoned|deployed)\s+(?:in|at)\s+{_NAME}(?:\s+(?:town|village))?(?=,)"
    # ("ambushed a convoy at V village (T township)| that was heading from T to W|.")
    r"|\s+(?:that|which)\s+(?:was|were)\s+(?:heading|travelling|traveling|moving|driving|going)\s+"
    rf"from\s+{_NAME}\s+(?:to|towards?)\s+{_NAME}(?=\s*[.,;]|\s*$)"
    # ("LIB 209|, supported by Pyu Saw Htee militia members from Wet Khe village|, attacked V")
    r"|,\s+(?:supported|backed|accompanied|joined|guided|assisted)\s+by\s+[^,;.]{1,60}?\s+from\s+"
    rf"{_NAME}(?:\s+village)?(?=,)"
    # ("troops used villagers | from Let Pan Kaing| as human shields while advancing on V")
    rf"|\s+from\s+{_NAME}(?:\s+village)?(?=\s+as\s+(?:human\s+shields|porters|guides)\b)"
)


#: the town of the base something was fired from: "fired from the army base in | Kanbalu|"
_FIRED_FROM_BASE_IN_TOWN = re.compile(
    r"\bfired\s+from\s+(?:a|the|their|its)\s+(?:military\s+|army\s+|junta\s+)?(?:camp|base"
    rf"|outpost|garrison)\s+(?:at|in)\s+(?P<town>{_NAME})(?:\s+town)?\b"
)
#: what the place hit is called, after it: "the village hit by the drone strike is | Kar Ma|"
_THE_PLACE_HIT_IS = re.compile(
    r"\b[Tt]he\s+(?P<kind>village|town)\s+(?:hit|struck|attacked|burned|bombed|shelled|raided|targeted)"
    rf"\b[^.;,]*?\s+is\s+(?P<name>{_NAME})"
)
#: a place, then that the event happened there: "I had gone to B for my cousin's wedding, and
#: that is where the airstrike happened"
_BEARING_OF_BEFORE = re.compile(r"\b(?:of|from)\s+$")
#: the town troops are based in, the town a distance after is from: "Troops based in |T|
#: detained 4 villagers and burned homes in V, a village about 21 km north of the town"
_TROOPS_BASED_IN_TOWN = re.compile(
    rf"\b(?:[Tt]roops|[Ss]oldiers|[Ff]orces)\s+(?:based|stationed|garrisoned)\s+in\s+(?P<town>{_NAME})"
    # (or from its garrison, named after it: "soldiers from the | Myaing| garrison set fire to V")
    rf"|\b(?:[Tt]roops|[Ss]oldiers|[Ff]orces)\s+from\s+the\s+(?P<garrison>{_NAME})\s+(?:garrison|base"
    r"|camp)\b"
)
_THAT_IS_WHERE = re.compile(
    rf"\b(?:to|in|at)\s+(?P<place>{_NAME})(?:\s+(?:village|town))?\b[^.;]*?,?\s+(?:and\s+)?"
    r"(?:that|this|it)\s+(?:is|was|'s)\s+where\s+(?:the\s+)?[a-z]+(?:\s+[a-z]+)?\s+"
    r"(?:happened|took\s+place|struck|hit|fell|landed|began|started)\b"
)


def singled_out_place(text: str) -> str:
    """The place a sentence singles out among others it names: "only C was burned", "the arrests
    were made in C" (with the township the list is in), a place then what befell it ("fled into
    X town, T Township, which was bombed"); a sentence without where troops passed or came
    from on their way ("Troops passed through A and B before shelling C village"); else
    ``text``."""
    if " of the town" in text and (
        base := _FIRED_FROM_BASE_IN_TOWN.search(text) or _TROOPS_BASED_IN_TOWN.search(text)
    ):
        # ("fired from the army base in Kanbalu hit V village, about 40 km northeast | of the
        # town|": of Kanbalu, which the base's clause, cut below, names)
        text = text.replace(" of the town", f" of {base['town'] or base['garrison']}", 1)
    if " is " in text and (said := _THE_PLACE_HIT_IS.search(text)):
        # ("the village hit by the drone strike is Kar Ma": Kar Ma village)
        text = f"{text[: said.start()]}{said['name']} {said['kind']}{text[said.end() :]}"
    if " where " in text and (there := _THAT_IS_WHERE.search(text)):
        return there["place"]
    single = _SINGLED_OUT.search(text)
    singled = single and (
        single["only"]
        or single["only_in"]
        or single["stands_out"]
        or single["described"]
        or single["fled"]
        or single["returned"]
        or single["cleft"]
        or single["attacked"]
        or single["largest"]
        or single["largest_at"]
        or single["example"]
        or single["instance"]
        or single["experienced"]
        or single["neighbour"]
        or single["exception"]
        or single["particular"]
        or single["remains"]
        or single["siege"]
        or single["witnessed"]
        or single["fled_from"]
        or single["such_as"]
        or single["sheltered_from"]
    )
    if (
        single
        and (
            singled
            or _LIST.search(text, 0, single.start())
            # (or set against a place before it: "... at the checkpoint near C, but the killing
            # happened in B")
            or text[: single.start()].rstrip().endswith(", but")
        )
    ):
        place = singled or single["at"]
        if " of " in place:  # ("V village| just north of T town": its bearing, set apart)
            place = _BEARING_UNSET.sub(", ", place, count=1)
        if area_named := (
            single["largest_in"]
            or single["stands_out_in"]
            or single["only_area"]
            or single["particular_area"]
            or single["fled_area"]
        ):
            place = f"{place}, {area_named}"  # ("... occurred at V, in T": V, T)
        area = _LISTED_IN.search(text) if "," not in place else None
        return f"{place}, {area['area']}" if area else place
    if (but := text.find(", but ")) > 0 and _LIST.search(text, 0, but):
        # "Smoke was seen from A, B and C|, but the fire was in X village, T Township"
        after = text[but + 6 :]
        if _NAMES_A_PLACE_ANYWHERE.search(after):
            return after
    if (
        (befell := _PLACE_THEN_WHAT_BEFELL_IT.search(text))
        and _LIST.search(text)
        # (not a distance's town: "V village, about 10 km west of | Taze town, where ...")
        and not _BEARING_OF_BEFORE.search(text, 0, befell.start())
    ):
        return befell["place"]
    if any(
        w in text
        for w in (
            " through ",
            " from ",
            " camped ",
            "efugees ",
            " slept ",
            " stayed ",
            " staying ",
            " left ",
            " stopped ",
            " moved out ",
            " heard the ",
            " out of ",
            " stationed ",
            " based ",
        )
    ):
        # ("the column came into A| from B|.": into A; "They passed through A without stopping
        # ..., then they went into B")
        text = _PASSED_THROUGH.sub("", text) if " through " in text else text
        # ("V village – soldiers| who arrived from W| set fire to homes", "the column| that left
        # W| set fire to V")
        text = _WHO_CAME_FROM.sub("", text) if " who " in text or " that " in text else text
        # ("IB 36| – which witnesses said had moved in from Myeik –| occupied V village")
        text = _DASHED_ORIGIN.sub(" ", text) if " which " in text else text
        return _ON_THEIR_WAY.sub(" ", _CAME_INTO_FROM.sub(r"\g<into>", text))
    return text


#: a place troops passed without doing anything there: "They |passed through Htan Kone without
#: stopping because the people there had already left|, then they went into B"
_PASSED_THROUGH = re.compile(
    rf"\b(?:passed|went|marched|drove|walked)\s+(?:from\s+{_NAME}\s+)?(?:through|by)\s+{_NAME}"
    r"(?:\s+village)?\s+"
    r"without\s+(?:stopping|attacking|harming|entering|firing)\b[^,.;]*"
    # ("soldiers came through W without stopping and| attacked V village")
    rf"|\bcame\s+through\s+{_NAME}(?:\s+village)?\s+without\s+(?:stopping|attacking|harming)"
    r"\s+and\b"
)
#: where those who came into a place came from: "the column came into Htar Saing| from Hunglei|"
_CAME_INTO_FROM = re.compile(
    rf"(?P<into>\b(?:(?:came|come|moved|marched|advanced|walked)\s+(?:(?:down|up|back)\s+)?"
    # (or entered it, first: "It entered | Laung Kyin village first, from Min Sar|")
    rf"(?:into|to)\s+|entered\s+){_NAME}"
    r"(?:\s+(?:village|town))?(?:\s+first)?),?\s+from\s+(?:the\s+direction\s+of\s+)?"
    rf"{_NAME}(?:\s+(?:village|town))?"
)
#: where fighting moved from, before where it moved to: "Fighting moved | from Kyaukphyu | to Than
#: Chaung village in Ramree Township"
_MOVED_FROM = re.compile(
    r"\b(?P<verb>moved|moves|shifted|shifts)\s+from\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}"
    r"(?:\s+(?i:town|village|township))?\s+(?=to\s+[A-Z])"
)


def without_where_it_moved_from(text: str) -> str:
    """``text`` without where fighting moved from ("Fighting moved from Kyaukphyu to Than Chaung
    village" -> "Fighting moved to Than Chaung village"); a coder's note of a point moved, at
    where it was moved to ("pt moved from X town to V vlg per local media (T tsp)": "V vlg (T
    tsp)")."""
    if " moved " in text and (moved := _POINT_MOVED.match(text)):
        return _PER_SOURCE.sub("", text[moved.end() :])
    return _MOVED_FROM.sub(r"\g<verb> ", text) if " from " in text else text


#: a coder's note that a point was moved: "pt moved from X town to | V vlg ..."
_POINT_MOVED = re.compile(
    r"^(?i:pt|point|loc(?:ation)?|coords?|pin|marker)\s+(?:was\s+)?moved\s+"
    r"(?:from\s+[^,;()]{1,40}?\s+)?to\s+(?=[A-Z])"
)
#: the source a note cites: "V vlg | per local media| (T tsp)"
_PER_SOURCE = re.compile(r"\s+per\s+(?:local\s+)?(?:media|sources?|reports?|residents)\b")


#: an imagery analysis's words: "Maxar imagery", "Sentinel-2 scenes", "NASA FIRMS" (not a
#: post's "image", which a fact-check may say was edited)
_IMAGERY = re.compile(
    r"\b(?:imagery|scenes|[Ss]atellite|Sentinel|Maxar|Planet|FIRMS|UNOSAT|Landsat)\b"
)
#: the village an analysis finds damaged, named after it: "...; the burned village is | Tintha,
#: Kale Township, about 42 km south of Kale"
_THE_VILLAGE_IS = re.compile(
    r"\bthe\s+(?:[a-z]+\s+){0,2}(?P<kind>village|town)\s+(?:is|was)\s+(?P<place>[A-Z].*)$"
)
#: the place imagery shows: "Maxar satellite images of | Hsenwi town | show the market ...",
#: "Sentinel-2 scenes of | Namtu (Shan State) | from before and after ..."
_IMAGED = re.compile(
    r"\b(?:imagery|images?|scenes?|photos?|footage|pictures?|detections)\s+(?:of|over)\s+"
    r"(?P<place>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}(?:\s+(?i:village|town|township))?"
    r"(?:\s*\([A-Z][^()]*\))?"
    # (and the areas after it: "Pi Tauk Kone village, | Yedashe Tsp")
    r"(?:,\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\s+(?i:township|tsp|twp|district|region"
    r"|state|division))*)"
)


def imaged_place(text: str) -> str:
    """In an imagery analysis, the place it finds damaged: the village it names as burned
    ("Maxar imagery of Kale; the burned village is Tintha, Kale Township" -> "Tintha village,
    Kale Township"), else the place its images are of ("Maxar satellite images of Hsenwi town
    show ..." -> "Hsenwi town"); else ``text``."""
    if not _IMAGERY.search(text):
        return text
    if named := _THE_VILLAGE_IS.search(text):
        name, comma, rest = named["place"].partition(",")
        return f"{name.strip()} {named['kind']}{comma}{rest}"
    if shown := _IMAGED.search(text):
        return shown["place"]
    return text


#: a fact-check's verdict, after which it tells what really happened: "Claim: ... seized Hakha.
#: Verdict: FALSE - | the outpost captured that day was in Shwegu town; Hakha is ..."
_VERDICT = re.compile(
    r"\b(?i:verdict|fact|rating|the\s+truth)\s*[:：–—-]\s*(?:(?i:false|misleading|partly\s+false"
    r"|mostly\s+false|true|missing\s+context|misattributed|altered|fabricated|unproven|wrong)\b"
    r"[\s.,:;–—-]*)?"
)
#: in Burmese, what a photo was said to show, or "not X, but": "ဆိုသော ဓာတ်ပုံမှာ", "မဟုတ်ဘဲ"
_BURMESE_CHECK = re.compile(r"ဆိုသော[^၊။]*?(?:သည်မှာ|မှာ|သည်)|မဟုတ်ဘဲ|မဟုတ်ပါ။?")
#: what a claim got wrong, before what is true: "a video claiming to show a massacre in Sittwe |
#: was actually recorded in V village"
_CLAIMED = re.compile(
    r"\b(?i:claim\w*|purport\w*|said\s+to\s+(?:show|be\s+from|be\s+of)|shared\s+as|captioned"
    r"|circulating\s+as"
    r"|miscaptioned|post\s+says)\b"
)
#: where a correction tells what is right: after "to say" or "to correct", or in the clause
#: after what was earlier reported ("an earlier entry placed the bombing in W; | it was in V",
#: "Earlier reports placed this raid in W, but | the pagoda ... match V village")
_CORRECTED = re.compile(
    # (not a speaker's "I do not want to say her name")
    r"(?<!want\s)(?<!wanted\s)(?<!like\s)(?<!have\s)(?<!going\s)"
    r"\bto\s+(?:say|show|correct|reflect|state)\s+(?:that\s+)?(?:the\s+location\s+of\s+)?"
    r"|\b(?i:earlier|originally|first|previously|wrongly|incorrectly)\s+(?:[\w'’-]+\s+){0,5}?"
    r"(?:reported|said|stated|identified|misidentified|placed|located)\b(?:[^;.]*;|[^;,]*,\s+but"
    # (or in the next sentence: "This entry originally placed the fighting in W. | It was in V")
    r"|[^.;]*\.(?=\s+It\s+(?:was|happened|took)\b))\s+"
    r"|\b(?:misidentified|named)\s+the\s+wrong\s+(?:village|town|location|place)\.\s+"
    r"|\bmisidentified\s+the\s+(?:village|town|location|place)\.\s+"
    # ("the airstrike reported earlier in W | actually hit V town's main market")
    r"|\b(?:reported|said|placed)\s+(?:earlier|first|originally|previously)\s+(?:in|at)\s+[^.;]*?"
    r"\s+(?=(?:actually|in\s+fact|really)\s)"
)
#: the words of a check of what a post shows
_CHECKED = re.compile(
    r"\b(?i:photo|video|image|footage|picture|clip|claim\w*|fact\w*|verdict|false|misleading"
    r"|fake|old|correct\w*|clarif\w*|updated|amended|earlier|editor\w*|misidentified"
    r"|first\s+reported)\b"
)
_ACTUALLY = re.compile(
    r"\b(?:was|were|is|are)\s+(?:actually|in\s+fact|really)\s+"
    # ("the photo circulating as the bombing of X | was taken in Y town")
    r"|\b(?:was|were)\s+(?:taken|filmed|recorded|shot|made)\s+(?:in|at|near)\s+(?=[A-Z])"
    # ("Viber post says airstrike hit Hakha; the photo | actually shows Bogale town")
    r"|\bactually\s+shows?\s+(?=[A-Z])"
)
#: the place a check denies: "..., not from the recent shelling of X town", "the video does not
#: show Hpakant; | it was filmed in V village"
_NOT_THE_PLACE = re.compile(
    r"(?:,\s+|\s+)(?:and\s+)?not\s+(?:(?:from|in|of|at)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}?)?"
    # (up to "but": "not in W| but at V village")
    r"[A-Z](?:(?!\s+but\s)[^,;.])*(?:\s+in\s+[A-Z](?:(?!\s+but\s)[^,;.])*)?"
    r"|\b(?:does|did|do)(?:\s+not|n't)\s+show\s+[A-Z][^;,.]*[;,.]\s*"
)


def the_event_itself(text: str) -> str:
    """Where a text says the event itself was, after what it told of those it drove away ("...
    people from W who fled to Ranong after the raid; the raid itself was on V village, T
    Township, ...": "V village, T Township, ..."); ``text`` itself when it says no such thing."""
    if " itself " not in text or (itself := _EVENT_ITSELF.search(text)) is None:
        return text
    return text[itself.end() :]


#: the words before where the event itself was: "...; |the raid itself was on |V village"
_EVENT_ITSELF = re.compile(
    r"(?:^|(?<=[;.])\s+|,\s+)(?i:the\s+)?(?i:raid|attack|strike|airstrike|air\s+strike|massacre"
    r"|shelling|clash|fighting|killings?|arson|bombing|assault)\s+itself\s+(?:was|took\s+place"
    r"|happened|occurred)\s+(?:on|in|at|near)\s+(?:the\s+)?(?=[A-Z])"
)


#: a geolocation's note on what the image shows of the place already named, after it: "V (T
#: T/S) – ... at the village.| Geolocated: the damaged building is the village monastery, on the
#: track that leads towards T.|"
_GEOLOCATED_IN_THE_VILLAGE = re.compile(
    r"(?<=[.;])\s*(?i:geolocated|geoconfirmed|geolocation|verified)\s*:\s+(?=[Tt]he\s)"
    r"[^.\n]*?\bthe\s+village\b[^.\n]*(?:\.|$)"
)


def without_geolocation_of_the_village(text: str) -> str:
    """``text`` without a geolocation's note of what its image shows in "the village" (see
    ``_GEOLOCATED_IN_THE_VILLAGE``): the village is the one named before, and the places the
    note names are landmarks; ``text`` itself otherwise."""
    if "eo" not in text and "erified" not in text:
        return text  # (a quick look first)
    return _GEOLOCATED_IN_THE_VILLAGE.sub("", text).strip() or text


#: the "but" a denial left behind, at the start or after a colon: "Geoconfirmed:|, but |V"
_BUT_AFTER_DENIAL = re.compile(r"(^|:)\s*,?\s*but\s+")


def what_the_check_found(text: str) -> str:
    """A fact-check's account of where it really happened: what follows its verdict, to the
    first semicolon ("Claim: ... seized Hakha. Verdict: FALSE - the outpost captured that day
    was in Shwegu town; Hakha is still ..." -> "the outpost ... was in Shwegu town"), what a
    claim "was actually" ("a video claiming to show a massacre in Sittwe was actually recorded
    in V village"), without the place it denies ("not from the shelling of X"); else
    ``text``."""
    cut, corrected = text, None
    if not text.isascii() and (burmese := _BURMESE_CHECK.search(text)):
        # "X မြို့ မီးလောင်သည်ဆိုသော ဓာတ်ပုံမှာ | V ကျေးရွာ၊ T မြို့နယ်မှ ဖြစ်သည်" (the photo said to
        # be of X is from V), "... X မြို့ မဟုတ်ဘဲ | T မြို့နယ်၊ V ကျေးရွာ ..." (not X, but)
        cut = text[burmese.end() :].strip()
        return cut if "ရွာ" in cut or "မြို့" in cut else text
    if (verdict := _VERDICT.search(cut)) is not None and verdict.end() < len(cut):
        cut = cut[verdict.end() :]
        first, semicolon, _ = cut.partition(";")
        if semicolon and _CLAUSE_NAMES_A_PLACE.search(first):
            cut = first
    elif (actually := _ACTUALLY.search(cut)) is not None and _CLAIMED.search(
        cut, 0, actually.start()
    ):
        cut = cut[actually.start() :]
    elif corrected := _CORRECTED.search(cut):
        # "Correction: ... earlier reported that PDF fighters captured Namyung; | the town captured
        # on 5 January 2022 was Lahe", "updated to say | the fighting was in Sinphyukyun, not ..."
        area = _TOWNSHIP_ANY_FORM.search(cut, 0, corrected.start())
        cut = cut[corrected.end() :]
        if area and _CAPITALISED_WORD.search(cut) and not _TOWNSHIP_WORD.search(cut):
            # ("... the shelling in T Township named the wrong village. | It was V, not W.")
            cut = f"{cut.rstrip(' .')}, {area.group()}"
    if _CHECKED.search(text):  # (not "has to begin not in February 2021 but at Chut Pyin")
        cut = re.sub(r"\s+(?=[.,;])", "", _NOT_THE_PLACE.sub(" ", cut)).strip()
        # ("Geoconfirmed: not X as first claimed, but V village": "Geoconfirmed: V village")
        cut = _BUT_AFTER_DENIAL.sub(r"\1 ", cut)
        # ("it was V, not W as first reported.| Both villages are in| T Township": V, T Township)
        cut = _BOTH_ARE_IN.sub(", ", cut)
    # (a correction may name the place alone: "the town captured on 5 January 2022 was Lahe")
    names = _NAMES_A_PLACE_ANYWHERE if corrected else _CLAUSE_NAMES_A_PLACE
    return _if_it_still_names(cut, text, names) if cut != text else text


#: the area both places a correction named lie in, in a sentence after it: "|. Both villages are
#: in |T Township"
_BOTH_ARE_IN = re.compile(
    r"\.\s+(?:Both|The\s+two)\s+(?:villages|places|towns)\s+(?:are|lie|were)\s+(?:in|within)\s+(?=[A-Z])"
)


#: where the displaced went or are hosted, to the end of its sentence: "fighting in X village
#: forced 5,600 people to flee|; new arrivals were recorded in Y and Z, where partners ...|",
#: "...|, most of whom are now hosted in Y and Z|.", "displaced 350 people| to Y and
#: surrounding villages|;"; or where they had come from ("The school in X town was shelled|;
#: many of its students had fled there from Kale|.")
#: to the end of a clause: its full stop or semicolon, or who or what it tells of next (", who
#: fled artillery shelling and an airstrike on X village")
_TO_CLAUSE_END = r"[^.;]*?(?=,\s+(?:who|which|fleeing|having)\b|,?\s+(?:after|following)\b|[.;]|$)"
_WHERE_THE_DISPLACED_ARE = re.compile(
    # ("... burned houses| while residents hid in the forest near W village|")
    r"(?:[;,.]\s+|\s+and\s+|\s+while\s+)(?:(?:New|Most|Many|Some|All|About|Around|Over|Nearly|An?|The"
    r"|Several)\s+)?(?:(?!while\b)[a-z0-9][\w,'’-]*\s+){0,3}?(?i:arrivals|idps|people|families|households"
    r"|patients|survivors|students"
    r"|whom|they|who|persons|individuals|residents|villagers|locals|displaced|most|many|some"
    r"|civilians"
    r"|thousands|hundreds|dozens)\s+"
    r"(?:[a-z][\w'’-]*\s+){0,3}?"
    r"(?:(?i:hosted|sheltering|sheltered|staying|housed|accommodated|recorded|registered|arrived"
    r"|arriving|taking\s+refuge|took\s+refuge|sought\s+refuge|seeking\s+refuge|remain|hiding"
    r"|hid|taking\s+shelter|took\s+shelter"
    r"|shelter|hide|take\s+(?:shelter|refuge)"  # (a live blog's present: "villagers shelter in W")
    r"|remaining)(?:\s+[\w'’-]+){0,4}?\s+(?:in|at)\s+(?=[^.;]*[A-Z])"
    # (or went: "an estimated 500 residents fled to Y village", "have since left for Saw town",
    # "fled to monasteries and schools in | Ywar Tha Min village"; not "fled to | other villages
    # in Kyaikto Township", which names none)
    r"|(?i:fled|flee|fleeing|escaped|left|leaving|heading|headed|moved|relocated|evacuated|went|gone"
    r"|displaced"
    r"|running|ran)\s+(?:to|for|into"
    r"|towards?)\s+(?:(?i:nearby|neighbouring|neighboring)\s+)?"
    r"(?:(?:[a-z]+\s+){1,4}?(?:in|at|around|near)\s+"
    r"(?![^.;]*\b(?:Township|District|Region|State)\b))?"
    r"(?=[A-Z]))"
    + _TO_CLAUSE_END
    # (or shelter, after who they are: "17,600 people displaced from Myaing town by shelling on
    # 7 March| are sheltering in So Pyin|"; "forced some 16,100 residents| to flee to Khar Yaing
    # and Baung Bin|")
    + r"|\s+(?:are|were)\s+(?:now\s+|still\s+)?(?:sheltering|staying|hosted|housed)\s+in\s+"
    r"(?=[^.;]*[A-Z])"
    # (not where they were when it struck: "We were sheltering in the monastery of V when the
    # jet came.")
    r"(?![^.;]*\bwhen\s+the\s+(?:jets?|planes?|drones?|aircraft|helicopters?|bombs?|shells?"
    r"|soldiers|troops|army|attack|airstrike)\b)"
    + _TO_CLAUSE_END
    # ("delivering food and WASH items| to IDPs hosted in Taung Gyi and Pin Thi Lar|")
    + r"|\s+(?:to|for|among)\s+(?i:idps|people|families)\s+(?:hosted|sheltering|staying)\s+in\s+"
    r"(?=[^.;]*[A-Z])"
    + _TO_CLAUSE_END
    + r"|\s+to\s+flee\s+to\s+(?:nearby\s+|neighbou?ring\s+)?(?=[A-Z])"
    + _TO_CLAUSE_END
    # (where they are, not what they fled: "report 350 new IDPs| in Kyaw town|, who fled ...")
    + r"|\s+(?i:reports?|recorded|registered)\s+(?:\d[\d,]*\s+)?(?:new\s+)?"
    r"(?i:idps|displaced\s+people)(?P<hosts>\s+in\s+(?=[A-Z])"
    + _TO_CLAUSE_END
    + r"(?:,\s+who(?=\s))?)"
    # (or remain, after who they are: "4,450 IDPs from X village, displaced by fighting on 18
    # September|, remain in 7 informal sites around Sar Taung town")
    r"|,\s+(?:still\s+|now\s+)?(?:remain|remaining|are\s+staying|stay|are\s+sheltering)\s+in"
    r"\s+(?=[^.;]*[A-Z])[^.;]*"
    # (or where they had come from: "...; many of its students had fled there from Kale.")
    r"|[;,.]\s+[^;.]*?\b(?:fled|come|came|moved|relocated|arrived|sent|transferred)\s+(?:there"
    r"|here)\s+from\s+[A-Z][^.;]*"
    # ("4,200 people| remain displaced in Sagaing Region| following clashes at V village")
    r"|\s+(?:remain|are|were)\s+(?:still\s+)?displaced\s+in\s+[A-Z][^.;,]*?(?=\s+(?:following|after)\b)"
    # (or where aid is planned: "|. Mine risk education sessions are planned in W|.")
    r"|(?<=[.;])\s+[^.;]*?\b(?:sessions|distributions?|assistance|activities|services|clinics?)\s+"
    r"(?:are|were|is|will\s+be)\s+(?:planned|scheduled|ongoing|provided|delivered|held)\s+in\s+"
    r"[A-Z][^.;]*[.;]?"
    # (or a log's residents in a monastery elsewhere: "V, T Tsp – houses torched (101)|;
    # residents in W monastery|")
    r"|;\s*(?:residents|villagers|IDPs|families)\s+(?:now\s+)?(?:in|at)\s+[A-Z][\w'’-]*"
    r"(?:\s+[A-Z][\w'’-]*){0,3}\s+(?:monastery|school|church|camp)\b[^.;]*"
    # (or the camps they are in: "... where 5 civilians were killed.| IDP sites in W are
    # overcrowded.|")
    r"|(?<=[.;])\s+(?:IDP|displacement|refugee)\s+(?:sites?|camps?|shelters?)\s+(?:in|at|near)\s+"
    r"[A-Z][^.;]*[.;]?"
    # (or a log's arrow to where they went: "V - shelling, 4 dead|, IDPs → W|")
    r"|[,;]\s*(?i:IDPs?|the\s+displaced|displaced|refugees|villagers|residents|people)\s*(?:→|->)"
    r"\s*[^,;.|]*"
    r"|(?<=\s)(?P<to>(?i:to)\s+(?:[A-Z][\w'’-]*\s+){1,4}(?:(?i:and|&)\s+)?"
    r"(?:[A-Z][\w'’-]*\s+){0,4}(?i:and\s+)?(?i:surrounding|nearby|neighbouring|neighboring"
    r"|other)\s+(?i:villages|areas|towns)\b)"
)


#: violence that displaces people, beside fighting: "the security forces' crackdown in X town
#: reportedly killed 12 people"
_KILLING = re.compile(
    r"\b(?:crackdown|killed|killings|massacre|raided|torched|set\s+on\s+fire|burned|burnt|shelled"
    r"|bombed|explosion|landmine)\b"
)


#: "took" of where people sheltered, no word of fighting: "residents | took shelter| in W"
_TOOK_SHELTER = re.compile(r"\btook\s+(?:shelter|refuge)\b")


def _without_hosts(clause: re.Match[str]) -> str:
    """What is left of a clause of where the displaced are: nothing, or its words before where
    they are hosted ("report 350 new IDPs| in Kyaw town"); the clause itself when it tells of
    where they were attacked ("IDPs sheltering in X village were shelled")."""
    if _FIGHTING_OR_CLOSING.search(_TOOK_SHELTER.sub("", clause.group())):
        return clause.group()
    if clause["hosts"]:
        return clause.group()[: clause.start("hosts") - clause.start()]
    return ""


#: a sentence of people of another village who fled too: "| People from Kyar Inn also fled
#: when they heard the shooting.|", or of where families went back to
_PEOPLE_FROM_ALSO_FLED = re.compile(
    # (or after a quote: '... near the bridge." |People from B also fled ...|')
    r"(?:^|(?<=[.;!])|(?<=[.;!][\"”]))\s*(?:People|Villagers|Residents|Families|Many)\s+"
    r"(?:from|of)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}(?:\s+village)?\s+also\s+fled\b[^.;!]*[.;!]?"
    # (or where families went back to: "|Many families have since gone back to the
    # displacement site at W.|")
    r"|(?:^|(?<=[.;!]))\s*(?:(?:Many|Most|Some)\s+)?(?:families|people|villagers|residents|IDPs)\s+"
    r"(?:have\s+)?(?:since\s+)?(?:gone|went|returned|fled|moved)\s+back\s+to\b[^.;!]*[.;!]?"
)


def without_where_the_displaced_are(text: str) -> str:
    """In a text of fighting, ``text`` without where those it displaced went or are hosted
    ("... forced 5,600 people to flee; new arrivals were recorded in Y and Z, where ..." -> "...
    forced 5,600 people to flee"), where people fled from before the attack that drove them, or
    where beaten troops retreated to, when a place remains; else ``text``."""
    if (" also fled" in text or " back to " in text) and (
        fled := _PEOPLE_FROM_ALSO_FLED.sub("", text)
    ) != text:
        # ("... fired heavy weapons into the village. |People from Kyar Inn also fled when they
        # heard the shooting.|")
        text = _if_it_still_names(fled, text, _NAMES_A_PLACE_ANYWHERE)
    if "arriv" in text and (arrived := _ARRIVING_FROM.sub("", text)) != text:
        # ("T+2h: |IDPs from W arrive; |V (T) still burning after LIB 58 raid")
        return _if_it_still_names(arrived, text, _NAMES_A_PLACE_ANYWHERE)
    cut = _FLED_FROM_BEFORE_WHY.sub(r"\g<who> ", text) if " fled " in text else text
    retreated = cut
    if " to" in cut or " regroup" in cut:  # ("...; junta troops retreat toward Lashio")
        retreated = cut = _if_it_still_names(
            _RETREATED_TO.sub("", cut), cut, _NAMES_A_PLACE_ANYWHERE
        )
    if "rrive" in cut or "each" in cut or "nter" in cut:
        cut = _ARRIVED_BEFORE_ATTACK.sub("moved", cut)
    if (
        "reinforcements " in cut or " rushed " in cut
    ):  # ("... in the Chin town| as junta reinforcements arrived
        # from Kalay|", "...; the junta sent reinforcements from Bawlake")
        retreated = cut = _if_it_still_names(
            _REINFORCEMENTS_FROM.sub("", cut), cut, _NAMES_A_PLACE_ANYWHERE
        )
    if _FIGHTING_OR_CLOSING.search(text) or _KILLING.search(text):
        cut = _WHERE_THE_DISPLACED_ARE.sub(_without_hosts, cut)
        if " from " in cut:
            cut = _FROM_THOSE_HIDING.sub("", cut)
            cut = _DISPLACED_FROM_TO.sub(r"\g<source>", cut)
            cut = _FROM_THEN_DISPLACED_TO.sub(r"\g<source>", cut)
            cut = _ARRIVED_IN_AFTER_FROM.sub(r"\g<source>", cut)
            cut = _FROM_THEN_AT_CAMP.sub(r"\g<source>", cut)
            cut = _DISPLACED_FROM_VILLAGE.sub(r"in \g<village>, \g<area>\g<between>", cut)
    if " fled " in cut or " left " in cut:
        cut = _FLED_PLACE_TO.sub(r"\g<source>", cut)
        # ("have fled |to Lar Poet and Ein Thit |after ... set fire to V village")
        cut = _FLED_TO_BEFORE_WHY.sub(r"\g<fled> ", cut)
    if cut == text:
        return text
    # (a clause of where troops retreated, cut from one that names its place without a word of
    # where: "Kunlong seized by MNDAA")
    return _if_it_still_names(cut, retreated if retreated != text else text, _CLAUSE_NAMES_A_PLACE)


#: where the displaced went, after who they are: "people from V village and surrounding areas
#: were displaced| towards Pauk and Gway Gon|"
_FROM_THEN_DISPLACED_TO = re.compile(
    r"(?P<source>\bfrom\s+(?:the\s+)?[A-Z][^.;]*?(?i:village|town|ward|tract|villages)"
    r"(?:\s+and\s+(?:surrounding|nearby|neighbouring)\s+(?:areas|villages))?\s+(?:were|was|have\s+been"
    r"|had\s+been)\s+displaced)\s+(?:to|towards?|into)\s+[^.;]*"
)
#: where the displaced went, after where they were driven from: "clashes displaced 800 people
#: from V village| to neighbouring W village tract|"
_DISPLACED_FROM_TO = re.compile(
    r"(?P<source>\b(?i:displaced|displacing|forced|forcing|drove|driven|uprooted|fled|fleeing)"
    r"\s[^.;]*?\bfrom\s+(?:the\s+)?[A-Z][^.;]*?(?i:village|town|ward|tract|villages))"
    r"\s+to\s+(?:the\s+)?(?i:neighbou?ring\s+|nearby\s+|safer\s+)?(?=[A-Z])" + _TO_CLAUSE_END
)
#: where those hiding after what befell another place came from: "Villagers| from A and B| are
#: hiding in the forest after troops burned V village"
_FROM_THOSE_HIDING = re.compile(
    r"(?:(?<=illagers)|(?<=esidents)|(?<=amilies)|(?<=eople))\s+from\s+"
    r"[A-Z][^.;]*?(?=\s+(?:are|were|have\s+been)\s+"  # (names in any case: "La Hkum Nar long")
    r"(?:hiding|sheltering|staying|camping|displaced)\b[^.;]*\bafter\s+[^.;]*\b(?:burned|burnt|torched"
    r"|raided|shelled|bombed|attacked|stormed)\s+[A-Z])"
)
#: the displaced arriving from a place, in a clause before the one of what burns: "T+2h: |IDPs
#: from W arrive; |V (T) still burning after LIB 58 raid"
_ARRIVING_FROM = re.compile(
    rf"(?:^|(?<=:\s))(?:[\w,]+\s+){{0,3}}?(?i:idps|villagers|families|residents|people)\s+from\s+"
    rf"{_NAME}(?:\s+village)?\s+(?:arrive|arrived|arriving|arrives)\b[^;.]*;\s*(?=[A-Z])"
)
#: the camp the displaced are at, after where they came from: "IDPs from V village, T Township|
#: at a makeshift camp near T|, two days after the airstrike"
_FROM_THEN_AT_CAMP = re.compile(
    r"(?P<source>\b(?i:idps|villagers|residents|families|people|displaced)\s+from\s+[A-Z][^.;]*?)"
    r"\s+(?:at|in)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:camp|monastery|shelter|school|church)"
    r"\s+(?:near|in|at|outside)\s+[A-Z][\w'’-]*(?:[\s-][A-Z][\w'’-]*){0,3}(?:\s+(?:town|village))?"
)
#: where people went, after the place they fled: "Residents fled Namhsan town| to Pan Yae Kan
#: village| after artillery shells landed in the town's market"
_FLED_PLACE_TO = re.compile(
    r"(?P<source>\b(?:fled|left|abandoned|evacuated)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)"
    r"{0,3}\s+(?i:village|town|ward))\s+(?:to|for|towards?)\s+(?:the\s+)?"
    r"(?i:neighbou?ring\s+|nearby\s+|safer\s+)?(?=[A-Z])" + _TO_CLAUSE_END
)
#: where the displaced arrived, after where they came from: "Displaced residents from V
#: village| arrive in W|, T Township, ..., after troops raided their homes"
_ARRIVED_IN_AFTER_FROM = re.compile(
    r"(?P<source>\bfrom\s+(?:the\s+)?[A-Z][^.;]*?(?i:village|town|ward))\s+(?i:arrive|arrives"
    r"|arrived|arriving|reach|reaches|reached|shelter|shelters|sheltering)\s+(?:in|at)\s+"
    rf"{_NAME}(?:\s+(?i:village|town|camp))?"
)
#: the village fighting in a township drove people from: "clashes in |T Township| displaced 800
#: people |from V village|" (read as "in V village, T Township displaced 800 people")
_DISPLACED_FROM_VILLAGE = re.compile(
    rf"\bin\s+(?P<area>{_NAME}\s+(?:Township|Tsp|Twp)\b)(?P<between>[^.;]*?\b(?i:displaced"
    r"|displacing|forced|forcing|drove|uprooted)\b[^.;]*?)\s+from\s+(?:the\s+)?"
    rf"(?P<village>{_NAME}\s+village)\b(?!\s+tract)"
)


#: where reinforcements came from, in a clause of their own: "fighting in the town| as junta
#: reinforcements arrived from Kalay|", "...|; the junta sent reinforcements from Bawlake|"
_REINFORCEMENTS_FROM = re.compile(
    r"(?:\s*[,;]\s*|\s+)(?:(?:as|while|and|after|when)\s+)?(?:the\s+)?"
    r"(?:(?:(?i:junta|regime|military|army|enemy)\s+)?sent\s+(?:more\s+|fresh\s+)?reinforcements"
    r"|(?:(?i:junta|regime|military|army|enemy|more|fresh)\s+)?reinforcements\s+(?:have\s+|had\s+)?"
    r"(?:arrived|came|come|were\s+sent|were\s+deployed|moved\s+in|poured\s+in)"
    # ("...; troops were rushed in from Kamma")
    r"|(?i:troops|soldiers|police)\s+(?:were|had\s+been)\s+(?:rushed|sent|flown|brought)(?:\s+in)?"
    # (", with reinforcements from Wuntho, are taking action")
    r"|with\s+reinforcements)"
    r"\s+from\s+[^.;,]*"
)
#: where troops arrived, before what they did at the place a later clause names: "troops from
#: Demoso | reach Dungkamee|; 12:12 they open fire on V village", "Troops | reached W| and then
#: opened fire on V" (read as "troops from Demoso moved; ...")
_ARRIVED_BEFORE_ATTACK = re.compile(
    r"(?<=\s)(?:reach|reaches|reached|(?:arrive|arrives|arrived)\s+(?:in|at)|enter|enters|entered)"
    rf"\s+{_NAME}(?:\s+(?:village|town))?(?:\s+on\s+[A-Z]\w+)?"
    r"(?=(?:\s*[;,]\s*|\s+)(?:and\s+)?(?:then\s+|later\s+|on\s+[A-Z]\w+\s+|\d{1,2}[:.]\d{2}\s+)*"
    r"(?:they\s+|(?:the\s+)?(?:troops|soldiers|column)\s+)?"
    r"(?:open(?:ed|s)?\s+fire\s+on|attack(?:ed|s)?|raid(?:ed|s)?|shell(?:ed|s)?|burn(?:ed|s|t)?"
    r"|torch(?:ed|es)?|storm(?:ed|s)?|bomb(?:ed|s)?|set\s+fire\s+to)\s+(?:the\s+)?[A-Z])"
)
#: where beaten troops went: "... overran the junta outpost at V (T Township). | Fleeing troops
#: retreated to W village.|"
_RETREATED_TO = re.compile(
    # (or what a group said of them: "..., and that junta troops had retreated towards W")
    r"(?:(?<=[.;!])\s+|,\s+(?:and\s+)?(?:that\s+)?|\s+[—–]\s+)(?:the\s+)?"
    r"(?i:fleeing\s+|surviving\s+|remaining\s+)?"
    r"(?i:junta\s+|regime\s+|enemy\s+|military\s+|resistance\s+)?(?i:troops|soldiers|forces"
    r"|the\s+enemy|column|fighters)"
    r"\s+(?:later\s+|then\s+|had\s+)?(?:retreated|withdrew|fell\s+back|pulled\s+back|retreating"
    r"|withdrawing|falling\s+back|pulling\s+back|retreats?|withdraws?"
    # (a headline's "— fighters regroup in W")
    r"|regroup(?:s|ed)?(?=\s+in\b))\s+(?:to|towards?|in)"
    r"\s+[^.;]*[.;]?"
    # (or on their way back to: "set fire to houses in V village | on their way back to W|")
    # (after a village or town named: not "Taze Township | on the way to V village", UCDP's
    # place of an ambush)
    r"|(?:(?<=village)|(?<=town)|(?<=\)))[ \t]+on\s+(?:their|its|the)\s+way\s+(?:back\s+)?"
    r"(?:to|towards?)\s+[^.;]*"
    # (or the town they came from, opening the text: "From Mindat town, | about 30 troops came
    # and marched to V village")
    rf"|^From\s+{_NAME}(?:\s+town)?,\s+(?=[^.;]*\b(?:marched|came|went|moved)\s+(?:in)?to\s)"
    # (or went on to after what they did: "... set fire to homes | before moving on towards W|")
    r"|\s+(?:before|and\s+then|then)\s+(?:moving|heading|marching|pushing|pressing|moved|headed)"
    r"\s+(?:on\s+)?(?:to|towards?)\s+[^.;]*"
)


#: where people fled from, before the attack that drove them: "People | from Tha Pyu and
#: surrounding villages | fled after the army bombed V village"
_FLED_FROM_BEFORE_WHY = re.compile(
    rf"\b(?P<who>(?i:people|residents|villagers|families|thousands|hundreds))\s+(?:of|from)\s+{_NAME}"
    r"(?:\s+village)?(?:\s+and\s+(?:the\s+)?(?:surrounding|nearby|neighbouring|neighboring)"
    rf"\s+villages)?\s+(?=fled\s+(?:to\s+{_NAME}\s+)?(?:after|when|as)\b)"  # (or "fled to W after")
    # (not their own: "... after regime forces shelled the village", "... set fire to their homes")
    r"(?![^.;]*\b(?:the|their)\s+(?:village|homes|houses|town)\b)"
)


#: where people fled, before why they fled and where that was: "have fled| to Lar Poet and Ein
#: Thit| after junta soldiers ... set fire to V village"
_FLED_TO_BEFORE_WHY = re.compile(
    # (and where they fled from, the place struck: "fled | from A to B and C |after a jet bombed A
    # village")
    r"(?P<fled>\bfled)\s+(?:from\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}\s+)?(?:to|into|towards?)\s+"
    r"(?:the\s+)?[A-Z][^.;]{0,80}?\s+"
    r"(?=(?:after|following|when)\s+[^.;]*?\b(?:set\s+fire|torch\w*|burn\w*|raid\w*|attack\w*"
    r"|shell\w*|bomb\w*|clash\w*|fight\w*)[^.;]*?\b(?:in|on|at|to|near|bombed|shelled|raided"
    r"|torched|burned|attacked|struck|hit)\s+[A-Z][\w'’-]*"
    r"(?:\s+[A-Z][\w'’-]*){0,3}\s+(?:village|town)\b)"
)
#: who acted, then an aside about them between commas, then their verb: "The TNLA|, which has
#: a base near Kutkai,| said it seized a junta outpost in Hseni town" (the aside's place is
#: theirs, not the event's)
#: who held or took a place, after it: "the Ta'ang town in northern Shan State| captured by the
#: TNLA a day earlier|,"
_HELD_BY = re.compile(
    r"\s+(?:captured|seized|taken|overrun|held|controlled|occupied)\s+by\s+(?:the\s+)?"
    r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}(?:\s+(?:a|the|two|three)\s+(?:day|days|week|weeks)"
    r"\s+(?:earlier|before))?(?=[,.;]|$)"
)
_ACTOR_ASIDE = re.compile(
    r"^(?P<actor>(?:[\w'’-]+\s+){0,5}[\w'’-]+),\s+(?:which|who)\s+[^,]{3,120},\s+(?=[a-z])"
)


def without_actor_aside(text: str) -> str:
    """``text`` without an aside about who acted ("The TNLA, which has a base near Kutkai, said
    it seized ... in Hseni town" -> "The TNLA said it seized ... in Hseni town"), when the rest
    still names a place; else ``text``. Not an aside about a place ("X village, which lies in
    Y Township, was bombed"), nor who held a place ("Namhsan, the Ta'ang town| captured by the
    TNLA a day earlier|, ...")."""
    if " by " in text and (held := _HELD_BY.sub("", text)) != text:
        text = _if_it_still_names(held, text, _CLAUSE_NAMES_A_PLACE)
    if ", wh" not in text or not (aside := _ACTOR_ASIDE.match(text)):
        return text  # (a quick look first)
    actor = aside["actor"].split()
    if not all(is_actor_word(word) for word in actor[actor[0] == "The" :]):
        return text
    cut = f"{aside['actor']} {text[aside.end() :]}"
    return _if_it_still_names(cut, text, _CLAUSE_NAMES_A_PLACE)


def without_base_used(text: str) -> str:
    """``text`` without a place used as a base before what was done elsewhere ("Junta forces
    used W as a base before launching an arson attack on V village" -> "Junta forces launching
    an arson attack on V village"); else ``text``."""
    if " the town" in text or " the village" in text or " into " in text:
        # ("... bombed Kyauktaw town again tonight. the troops | in Mrauk-U| also firing
        # artillery into the town", "troops | in Banmauk town| fired heavy weapons into V vlg")
        text = _FIRING_FROM_ELSEWHERE.sub("", text)
    if "headquarters" in text:
        # (what a place measured from is, said after it: "about 11 km from Camp Victoria|, the
        # Chin National Front headquarters|, on April 27")
        text = _HEADQUARTERS_APPOSED.sub("", text)
    if " base " not in text and " out before " not in text and "ed before " not in text:
        return text  # (a quick look first)
    return _USED_AS_BASE.sub("", text)


#: whose headquarters a place named is, said after it: "Camp Victoria|, the CNF headquarters|"
_HEADQUARTERS_APPOSED = re.compile(
    r"(?<=[a-z]),\s+the\s+(?:[A-Z][\w'’-]*\s+){1,5}(?:headquarters|HQ)(?=[,.;])"
)


#: where troops firing into a place the text named before are: "the troops | in Mrauk-U| also
#: firing artillery into the town"
_FIRING_FROM_ELSEWHERE = re.compile(
    r"(?:(?<=troops)|(?<=soldiers)|(?<=forces)|(?<=army))\s+(?:in|at|(?:based|stationed)\s+in|from)\s+"
    rf"{_NAME}(?:\s+(?:town|base|camp))?"
    r"(?=\s+(?:also\s+|then\s+|have\s+been\s+|are\s+|were\s+|had\s+been\s+)?(?:firing|fired|fire"
    r"|fires|shelling|shelled|shells|bombarding|bombarded|pounding|pounded)\b[^.;]*?\b(?:into|at|on)"
    r"\s+(?:the\s+(?:town|village|city)\b|(?=[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}\s+(?i:village"
    r"|vlg|ward)\b)))"
)


def with_unit_township_at_post(text: str) -> str:
    """``text`` with the township a resistance unit is named after, in brackets after it, put
    after the post it attacked, and without who held the post ("comrades of PDF Battalion 29
    (Myinmu) overran the Tha Man Taw outpost held by LIB 344; ...": "comrades of PDF Battalion
    29 overran the Tha Man Taw outpost, Myinmu Township; ..."); else ``text``."""
    if ") " not in text or not (unit := _UNIT_TOWNSHIP.search(text)):
        return text  # (a quick look first)
    post = _POST_HELD.search(text, unit.end())
    if post is None:
        return text
    return (
        f"{text[: unit.start('bracket')]}{text[unit.end() : post.end('post')]}, "
        f"{unit['area']} Township{text[post.end() :]}"
    )


#: a resistance unit, numbered, with the township it is named after in brackets: "PDF Battalion
#: 29 (Myinmu)"
_UNIT_TOWNSHIP = re.compile(
    r"\b(?:PDF|LDF|CDF|KNDF)\s+(?:Battalion|Bn|Column|Company)\s*(?:No\.?\s*)?\d+"
    r"(?P<bracket>\s*\((?P<area>[A-Z][\w'’-]*(?:[\s-][A-Z][\w'’-]*)?)\))"
)
#: the post a unit attacked, and who held it: "the Tha Man Taw outpost| held by LIB 344|"
_POST_HELD = re.compile(
    r"\b(?:overran|attacked|raided|seized|captured|stormed|hit)\s+the\s+"
    r"(?P<post>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}\s+(?:outpost|camp|base|position|checkpoint))"
    r"(?:\s+(?:held|manned|occupied|guarded)\s+by\s+[^,;.]{1,30})?"
)


def without_fighting_sides(text: str) -> str:
    """``text`` without the sides of a fight named after it, when both are named by who they
    are ("the fighting between Mandalay PDF and the military council troops still continues":
    "the fighting still continues"), the place in a side's name ("Mandalay PDF", "Arakan
    Army") being no place of the fight; else ``text``."""
    if " between " not in text and not text.startswith("Between "):
        return text  # (a quick look first)

    def without_sides(fight: re.Match[str]) -> str:
        sides = (fight["one"].split()[-1].strip("()"), fight["other"].split()[-1].strip("()"))
        named_by_who = all(
            side.lower() in _ACTOR_WORDS or (side.isupper() and len(side) <= 6) for side in sides
        )
        if not named_by_who:
            return fight.group()
        return fight["event"] or ""

    return _FIGHTING_SIDES.sub(without_sides, text)


#: a fight and its sides: "fighting | between Mandalay PDF and the military council troops|"
_FIGHTING_SIDES = re.compile(
    r"(?:(?P<event>\b(?:[Ff]ighting|[Cc]lash(?:es)?|[Bb]attles?|[Ss]kirmish(?:es)?))\s+between"
    # (or an answer opening with the sides: "Between the soldiers and the PDF| at V")
    r"|^Between)\s+"
    r"(?P<one>(?:the\s+)?(?:(?!\s(?:at|in|near|around|on|of|to|from)\s)[^,.;]){2,60}?)\s+and\s+"
    r"(?P<other>(?:the\s+)?(?:(?!\s(?:at|in|near|around|on|of|to|from)\s)[^,.;]){2,60}?)"
    r"(?=\s+(?:still|continues?|continued|has|have|had|was|were|is|are)\b|[,.;]|$"
    r"|\s+(?:at|in|near|around)\s+[A-Z])"
)


#: the opening clause of a commentary's sentence, which tells of the event the sentence argues
#: from: "When the TNLA took Kyaukme in August 2024|, the army lost ...", "The capture of Kawlin
#: by PDF units in November 2023|, the first ...", "What the brief KNU takeover of Myawaddy in
#: April 2024 revealed|, ...", "If the junta could not hold Laukkai|, the Kokang capital ..."
_ARGUED_FROM = re.compile(
    r"^(?P<clause>(?:(?:When|After|Once|If|What)\s+[^,]*?\b(?:took|taken|captured|seized|overran"
    r"|stormed|burned|burnt|bombed|shelled|attacked|hold|held|lost|fell|takeover|capture"
    r"|seizure|fall|happened)\b"
    # ("The Arakan Army's capture of | Paletwa ...")
    r"|(?:The\s+)?(?:[\w'’-]+\s+){0,3}?(?:capture|fall|seizure|takeover|loss|surrender"
    r"|liberation|siege)\s+of\b"
    # (or the town that fell, first: "Kyauktaw fell in February 2024 after a long siege|, and")
    r"|[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\s+(?:fell|was\s+captured|was\s+taken)\b)"
    # (to the first comma, past the area the place is in: "... at Zee Pyar village, Pauk
    # Township|, last November, they ...")
    r"[^,]*(?:,\s+(?:[A-Z][\w'’-]*\s+){1,3}(?i:township|district|state|region))?)"
    r",\s+(?P<rest>.*)$"
)


def argued_from_event(text: str) -> str:
    """The opening clause of a long commentary sentence that tells of the event it argues from
    ("When the TNLA took Kyaukme in August 2024, the army lost ... the battles around Hsipaw":
    "When the TNLA took Kyaukme in August 2024"), when the rest names no village, ward or town
    of its own; else ``text``. The towns a commentary compares it with, and where those it
    quotes are from, are no place of the event."""
    if len(text) < 120:
        return text  # (a quick look first: a commentary's sentence is long)
    if text.startswith("Consider "):  # "Consider | Si Thar, a village on the Ayeyarwady in ..."
        return text.removeprefix("Consider ")
    argued = _ARGUED_FROM.match(text)
    if argued is None or NAMED_SETTLEMENT.search(argued["rest"]):
        return text
    # (what it showed: "What | the brief KNU takeover of Myawaddy in April 2024 | revealed")
    clause = _WHAT_IT_SHOWED.sub("", argued["clause"])
    return _if_it_still_names(clause, text, _CLAUSE_NAMES_A_PLACE)


_WHAT_IT_SHOWED = re.compile(
    r"^What\s+(?:happened\s+)?|\s+(?:revealed|reveals|showed|shows|meant|means|proved|proves"
    r"|taught|teaches)$|\s+(?:last|this|that)\s+(?:summer|winter|spring|autumn|monsoon|year"
    r"|month|week)$"
)


#: where those taken were sent, to the end of the sentence: "abducted 38 young men from Ward 1,
#: Myaing town | for military service ...; they were sent to a training camp near Pakokku", "...
#: in Pathein town | and forcibly conscripted, then transferred to ... in Hinthada", "... in Ma
#: Li Wan village, Kawthoung Township | and forced them to carry ammunition to ... Myeik",
#: "forced 69 residents of Hpa-An town to serve as porters | for a column heading to Myawaddy"
_WHERE_THE_TAKEN_WENT = re.compile(
    r"(?:[,;]\s*|\s+)(?:"
    r"(?:and\s+(?:then\s+|later\s+)?|then\s+|(?:they|who)\s+were\s+(?:then\s+|later\s+)?"
    r"|were\s+)(?:forcibly\s+)?(?:sent|taken\s+away|transferred|deployed|moved|conscripted"
    r"|drafted|forced\s+them|made\s+them|used\s+them)\b"
    # (not those made to walk in front into the place struck: "... and made them walk in front
    # when they entered V village")
    r"(?![^;.]*\b(?:when\s+they|as\s+they)\s+(?:entered|stormed|raided|attacked)\b)"
    # ("arrested 5 villagers during a raid on V village | and took them to Myin Hlut|")
    # (not where they were then killed: "... and took them to X village, where they were
    # killed")
    # ("... and took four youths to Einme town")
    r"|and\s+(?:then\s+|later\s+)?(?:took|taken|brought|marched|led)\s+(?:them|(?:[a-z\d]+\s+){1,3}?)"
    r"(?:away\s+)?to\b"
    r"(?![^;.]*\b(?:where|killed|executed|shot|murdered)\b)"
    # ("He was arrested at E | and then taken to the police station in T|")
    r"|and\s+(?:then\s+|later\s+)?(?:taken|brought)\s+(?:away\s+)?to\b"
    r"(?![^;.]*\b(?:where|killed|executed|shot|murdered)\b)"
    # (not what they were accused of: "killed 1 civilian they accused of informing for the
    # military in V village")
    r"|(?<!informing\s)(?<!spying\s)(?<!working\s)"
    r"for\s+(?:military\s+service|conscription|the\s+(?:army|military|draft)|training)\b"
    # (not where they were taken for it: "soldiers round up young men for conscription | in V
    # village, T Township|")
    r"(?!\s+(?:in|at|from|across)\s)"
    r"|for\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:column|convoy|unit|battalion|troops)\s+"
    r"(?:heading|headed|bound|marching|moving)\b"
    # (or the wounded, to be treated: "(2) | The wounded comrades were taken to a hospital in W|.")
    r"|(?:[Tt]he\s+)?(?:wounded|injured)\b[^.;]*?\b(?:taken|rushed|brought|sent|carried)\s+to\s+"
    r"(?:a|the)\s+(?:[\w-]+\s+)?(?:hospital|clinic)\b"
    r")[^;.]*(?=[;.]|$)"
)


def without_where_the_taken_went(text: str) -> str:
    """``text`` without where those taken, conscripted or forced to serve were sent ("rounded
    up 21 men in X village | and forced them to carry ammunition to the front near Myeik"):
    the place they were taken from is where it happened."""
    if not any(word in text for word in ("sent", "taken", "took", "transferred", "them", " for ")):
        return text  # (a quick look first)
    removed = _WHERE_THE_TAKEN_WENT.sub("", text)
    cut = removed.strip(" ;,.")
    area = _AREA_AT_END.search(text) if removed != text else None
    if area and (named := area.group().rstrip(".")) not in cut:
        cut += named  # (the area put last: "... took me to their base|, Myawaddy Township|")
    return _if_it_still_names(cut, text, _NAMES_SOMETHING)


#: an area's name and kind word, put last after a comma: "..., Myawaddy Township"
_AREA_AT_END = re.compile(
    r",\s+[A-Z][\w'’-]*(?:[\s-][A-Z][\w'’-]*){0,2}\s+(?i:township|tsp|twp|region|state)\.?$"
)


#: where the one who writes, or whom they tell of, is now: "Love from | Chiang Mai|", "Ten years
#: in | Bangkok|", "My cousin in | Mandalay| told me", "Now we sleep in a relative's house in |
#: Mandalay|", "family lives in | myittha|", "anyone in | Loilem| can confirm"
_WHERE_THE_WRITER_IS = re.compile(
    r"(?i:\b(?:love|greetings|regards|prayers|praying)\s+from"
    r"|\b(?:\w+\s+)?years?\s+(?:now\s+)?in"
    # (not those a deed befell there: "The troops arrested | my two brothers in V")
    r"|"
    + "".join(f"(?<!\\b{deed} )" for deed in PAST_DEEDS.split("|"))
    + r"\b(?:my|our|his|her|their)\s+(?:[a-z]+\s+){0,2}?(?:cousins?|friends?|brothers?|sisters?"
    r"|mother|father|mum|mom|dad|family|relatives?|aunt|uncle|parents|sons?|daughters?|wife"
    r"|husband)\s+in"
    r"|\b(?:family|relatives|parents)\s+(?:lives?|stays?|is|are)\s+in"
    # ("His wife and children are now | with us in W|")
    r"|\b(?:is|are)\s+(?:now\s+)?(?:living\s+|staying\s+)?with\s+(?:us|me|them|relatives)\s+in"
    r"|\b(?:now\s+)?(?:we|i|they)\s+(?:now\s+)?(?:live|sleep|stay|work|am|are|r|moved)"
    r"\s+(?:[a-z'’]+\s+){0,4}?(?:in|to)"
    # ("Now I live in | a camp near| W")
    r"(?:\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:camp|monastery|shelter|school|church)\s+"
    r"(?:near|in|at|outside))?"
    r"|\banyone\s+in"
    # ("|Our church in W| is taking up a special offering for V village ...")
    r"|\b(?:our|my)\s+(?:church|monastery|mosque|temple|parish|group|team|community)\s+in"
    # ("A volunteer | who reached Tilin| says troops shot dead two villagers in V village")
    r"|\bwho\s+(?:reached|visited|got\s+to|returned\s+to|arrived\s+in)(?=\s+[^.;]{1,40}\s+(?:says|said)\b)"
    r"|\bsent\s+from\s+(?:our|my)"  # (an email's signature: "Sent from our Monywa office")
    r"|\b(?:years?\s+old|\d{1,3}),\s+(?:now\s+)?(?:living|staying)\s+in"  # ("I am 40, living in W")
    # ("He spoke to Reuters by phone from | W|, where he has been sheltering")
    r"|\b(?:he|she|they)\s+spoke\s+to\s+\w+(?:\s+\w+)?\s+(?:by\s+(?:tele)?phone\s+)?from)"
    r"\s+(?!(?i:a|an|the|our|my|his|her|their)\b)[A-Za-z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}"
    r"(?:\s+now\b)?"  # ("we moved to W | now|, all ok")
    # (not the place they are in that the text is about: "pray for my family in | Natmyaung
    # village, Kale Township|")
    r"(?![\w'’-]|\s+[A-Z]|\s+(?i:village|town|ward|township|vlg|vill)\b"
    r"|,\s+(?:[A-Z][\w'’-]*\s+){1,3}(?i:township|tsp)\b)"
)
#: a question's opening and what follows its place: "is | bungzung village in haka township |
#: safe now after the raid", "where exactly is | Yoe Ta Yoke, Ponnagyun Township|? heard
#: shelling there", "anyone kno what happend in | ngazun | last nite??", "how far is | Kyin |
#: from | Tilin|? fighting reported"
_QUESTION = re.compile(
    r"^(?i:is|are|where\s+(?:exactly\s+)?is|anyone\s+(?:know|kno|knows)\s+(?:what\s+"
    r"(?:happened|happend|is\s+happening)\s+(?:in|at|near)|about)|how\s+far\s+is"
    r"|(?:any1|anyone|anybody)\s+(?:here\s+)?from)\s+"
    r"(?P<place>[^?]+?)(?:\s+(?i:from)\s+(?P<other>[^?,]+?))?"
    r"(?=\s+(?i:safe|ok|okay|now|heard|last|tonight|today|yesterday|troops|soldiers|junta"
    r"|army|military)\b|\s*\?|\s*$)"
)


#: an order to leave, to the end: "The AA told residents of Sittwe | to leave the town ... and
#: move to villages in Ponnagyun Township", "Junta gave residents of Kyauktaw town 24 hours |
#: to leave ... and told them to go to Sittwe"
_ORDERED_TO_LEAVE = re.compile(
    r"\s+(?:(?:\d+|twenty-four|forty-eight)\s+hours\s+)?to\s+(?:leave|evacuate|flee|move"
    r"|relocate)\b.*$"
)
_THOSE_ORDERED = re.compile(
    r"\b(?i:residents|villagers|people|civilians|inhabitants|foreigners|workers|families"
    r"|nationals|bosses|owners|staff|them)\b"
)


def without_where_they_were_told_to_go(text: str) -> str:
    """``text`` without an order to leave and where it told people to go ("TNLA warned Hsipaw
    residents to leave the town ahead of fighting and shelter in Namtu": "TNLA warned Hsipaw
    residents"); else ``text``."""
    if " to " not in text or not _THOSE_ORDERED.search(text):
        return text  # (a quick look first)
    order = _ORDERED_TO_LEAVE.search(text)
    # (an order: not "the attack caused hundreds of people | to flee into the forest, struck X")
    if order is None or not _ORDER_VERB.search(text, 0, order.start()):
        return text
    cut = text[: order.start()]
    return _if_it_still_names(cut, text, _NAMES_A_PLACE_ANYWHERE)


_ORDER_VERB = re.compile(
    r"\b(?i:told|ordered|warned|urged|gave|tells|orders|warns|urges|gives|asked|instructed"
    r"|advised|called\s+on)\b"
)


def without_where_the_writer_is(text: str) -> str:
    """``text`` without where the one who writes or whom they tell of is now ("Born and raised
    in Matupi, Chin State. ... Love from Chiang Mai." -> "... Matupi, Chin State. ..."), when
    it names another place; else ``text``."""
    cut = _WHERE_THE_WRITER_IS.sub(lambda where: _unless_struck_there(where, text), text)
    if cut != text and OUR_VILLAGE_HIT.search(text):
        return text  # (the writer's village is where it happened: "... came into our village")
    return _if_it_still_names(cut, text, _NAMES_A_PLACE_ANYWHERE)


def _unless_struck_there(where: re.Match[str], text: str) -> str:
    """Nothing in place of where the writer or their kin are, unless the text names that place
    again after it, as where it happened ("my family is in Pin Kun, the jet bombed Pin Kun")."""
    name = re.search(r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}$", where.group())
    if name and re.search(rf"\b{re.escape(name.group())}\b", text[where.end() :]):
        return where.group()
    if _DONE_THERE_NEXT.match(text, where.end()):
        return where.group()  # (where they went to do it: "then they moved to V and burned it")
    if _DEED_BEFORE_KIN.search(text, 0, where.start()):
        return where.group()  # (those a deed befell there: "they arrested three of my friends")
    return ""


#: a deed just before the kin it befell: "they arrested three of |" (my friends in V)
_DEED_BEFORE_KIN = re.compile(rf"\b(?:{PAST_DEEDS})\s+(?:[a-z]+\s+){{0,3}}$")


#: what was done at a place straight after it: "moved to V| and burned it|"
_DONE_THERE_NEXT = re.compile(
    r"\s+and\s+(?:then\s+)?(?:burned|burnt|torched|attacked|shelled|raided|bombed|shot|looted)\b"
)


def question_place(text: str) -> str:
    """The place a question asks about ("is nat myaung vilage kalay tsp safe now after the
    raid??" -> "nat myaung vilage kalay tsp"; "how far is Kyin from Tilin? fighting reported"
    -> "Kyin near Tilin"); else ``text``."""
    if text[:1] not in "iIwWaAhH":
        return text  # (a quick look first)
    asked = _QUESTION.match(text)
    if asked is None or asked["place"].lower() in ("it", "there", "this", "that"):
        return text
    answered = text.partition("?")[2].strip(" ?")
    if _TOWNSHIP_WORD.search(answered) and not _TOWNSHIP_WORD.search(asked["place"]):
        # what the text goes on to tell, with its area: "is the road from Mindat to Zee Pyar
        # village open? | there were clashes at Zee Pyar, Pauk township|"
        return answered
    place = asked["place"].strip(" ,")
    if asked["other"] and asked.group().lower().startswith("how far"):
        return f"{place} near {asked['other'].strip()}"
    return place if not asked["other"] else f"{place} from {asked['other']}"


_TOWNSHIP_WORD = re.compile(r"\b(?i:township|townshp|tsp|twp|twsp)\b")


#: a question about one of the events a text tells of: "Where did the second airstrike hit?",
#: "Which village was burned?", "Where was the deadlier raid?"
_EVENT_QUESTION = re.compile(
    r"(?:^|(?<=[.?!]\s))(?:(?:Where|Which|In\s+which)\b[^.?!]{3,120}\?|Locate\s+the\s+[^.?!:]{3,80}[.:])"
)
#: a village or town with its kind word, and its township when the text gives it
_VILLAGE_NAMED = re.compile(
    rf"{_NAME}\s+(?:village|town)\b(?:(?:,\s+|\s+in\s+|\s+\()(?:{_NAME})\s+(?i:township|tsp)\b\)?)?"
    # (or a name without its kind word before its township: "shelling in | Aing Shey,
    # Thanbyuzayat Township|")
    rf"|(?<=\sin\s){_NAME},\s+{_NAME}\s+(?:Township|Tsp)\b"
    # (or after what was done to it: "Soldiers shelled | Pi Pin Kone in Mrauk U Township|")
    r"|(?:(?<=\sshelled\s)|(?<=\storched\s)|(?<=\sbombed\s)|(?<=\sraided\s))"
    rf"{_NAME}\s+in\s+{_NAME}\s+(?:Township|Tsp)\b"
    # (or bare, before the next it was done to: "First the junta bombed | Rezua|, then V village")
    r"|(?:(?<=\sshelled\s)|(?<=\storched\s)|(?<=\sbombed\s)|(?<=\sraided\s)|(?<=\sburned\s))"
    rf"{_NAME}(?=,?\s+(?:and\s+)?then\b)"
    # (or bare after a word of where, before a clause of another event: "Fighting was reported
    # at | Seng Tawng|, while a landmine exploded at V village")
    rf"|(?:(?<=\sat\s)|(?<=\sin\s)|(?<=\snear\s)){_NAME}(?=,\s+(?:while|whereas|but)\s)"
)
#: words before a place that make it where someone or something came from, not the event's
_FROM_BEFORE = re.compile(
    r"\b(?:from|left|out\s+of)\s+"
    # (the base at a place, not the fighting there: "heard gunfire from the fighting at | B")
    r"(?:the\s+(?!(?:fighting|clash|clashes|shelling|battle|attack|raid)\b)[\w\s]{0,25}?\s+at\s+)?$"
)
#: a question's words that tell nothing of which event it asks about
_QUESTION_WORDS = frozenset(
    (
        *("where", "which", "what", "when", "did", "does", "was", "were", "the", "happen"),
        *("happened", "village", "town", "place", "there", "that", "this", "with", "not"),
        *("lived", "live", "they", "take", "took", "hit", "struck"),
    )
)


def asked_event_place(text: str) -> str:
    """The place of the event a question asks about, among the places the text tells of
    ("Which village was burned? The column set out from A village and burned B village": "B
    village"; "Where did the second airstrike hit? ... bombed A village; ... a second strike
    hit B village": "B village"): the place whose clause before it, else after it, shares the
    most words with the question, the last of equals (the first, when it asks of the first),
    not one named as where someone came from; ``text`` itself when it asks no such question
    or names fewer than two places."""
    if ("?" not in text and "Locate" not in text) or not (question := _EVENT_QUESTION.search(text)):
        return text  # (a quick look first)
    told = text[: question.start()] + " " + text[question.end() :]
    named = list(_VILLAGE_NAMED.finditer(told))
    if len(named) < 2:
        return text
    asked = _stems(question.group()) - _stems(" ".join(_QUESTION_WORDS))
    places = []
    for i, place in enumerate(named):
        before = told[named[i - 1].end() if i else 0 : place.start()]
        if _FROM_BEFORE.search(before):
            continue
        after = told[place.end() : named[i + 1].start() if i + 1 < len(named) else len(told)]
        before, after = _CLAUSE_END.split(before)[-1], _CLAUSE_END.split(after)[0]
        # (its own date first, said straight after it: "A village, T Township on 12 March
        # followed an earlier clash at B village, T Township on 9 March")
        day = _day_of_year(after[:_NEAR_DATE]) or _day_of_year(before) or _day_of_year(after)
        later = _LATER_EVENT.search(before) is not None  # ("a second clash followed at B")
        earlier = _EARLIER_TOLD.search(before) is not None  # ("a week before that ... B")
        places.append(
            (len(asked & _stems(before)), len(asked & _stems(after)), later, day, place, earlier)
        )
    if not places:
        return text
    first = _FIRST_ASKED.search(question.group()) is not None
    if first or _LAST_ASKED.search(question.group()):
        dated = [place for place in places if place[3] is not None]
        if len(dated) == len(places) > 1 and len({place[3] for place in dated}) == len(dated):
            # (by their dates: "Where did the earlier attack take place? On 20 March ... A; on 2
            # March they had shelled B": B)
            return min(dated, key=lambda place: place[3] if first else -place[3])[4].group()
        if first:
            places = [place for place in places if not place[2]] or places
            if told_earlier := [place for place in places if place[5]]:
                return told_earlier[0][4].group()
        else:
            places = [place for place in places if not place[5]] or places
    elif _SECOND_ASKED.search(question.group()) and len(places) >= 2:
        # ("Which village was burned second? Troops first set fire to A ... and two days later
        # burned B": the one told as later, else the second told)
        return next((place for place in places if place[2]), places[1])[4].group()
    best = max(places if first else places[::-1], key=lambda place: place[:2])  # (max: the first)
    return best[4].group()


#: how far after a place its own date may be said, in characters (its township between)
_NEAR_DATE = 40


def _day_of_year(clause: str) -> int | None:
    """The day of the year a clause's date gives ("on 2 March": 61), or None."""
    dated = _DAY_MONTH.search(clause)
    if dated is None:
        return None
    month = _MONTHS.index(dated["month"][:3].lower()) + 1
    return (month - 1) * 31 + int(dated["day"])


_MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
_DAY_MONTH = re.compile(
    r"\b(?P<day>\d{1,2})\s+(?P<month>(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)\b"
)
#: words of a clause telling of a later event than another ("a second clash followed at")
_LATER_EVENT = re.compile(r"\b(?i:second|third|another|later|then|next|followed|subsequent)\b")
#: words of a clause telling of an event before another: "a week before that they had raided B"
_EARLIER_TOLD = re.compile(
    r"\b(?i:before\s+that|earlier|previously|the\s+(?:day|week|night|month)\s+before"
    r"|(?:\w+\s+)?(?:days?|weeks?|months?)\s+(?:before|earlier)"
    # (or what had been done before: "... on Wednesday, two days after they | had shelled| B")
    r"|had\s+(?:\w+ed|shot|hit|burnt|struck))\b"
)
#: a question asking about the last of the events told
_LAST_ASKED = re.compile(r"\b(?i:last|later|latest|most\s+recent)\b")
#: ... or of the second of them
_SECOND_ASKED = re.compile(r"\b(?i:second|latter)\b")


def _stems(words: str) -> set[str]:
    """The first four letters of each word of three letters or more, in lower case (a fire set
    as a burning: "set fire to" shares "burn" with "Which village was burned?")."""
    words = _SET_ON_FIRE.sub("burned", words.lower())
    return {word[:4] for word in re.findall(r"[a-z]{3,}", words)}


_SET_ON_FIRE = re.compile(r"\bset\s+(?:\w+\s+)?(?:on\s+)?fire\b|\btorch\w*|\barson\b")


#: where a clause ends, within a sentence or between sentences
_CLAUSE_END = re.compile(r"[;.]|,\s+(?:and|but|while)\s")
#: a question asking about the first of the events told
_FIRST_ASKED = re.compile(r"\b(?i:first|earlier|earliest|initial)\b")


#: where travellers came from or were going, before what befell them where the text places it:
#: "Two youths | returning from Shwebo | were arrested at the checkpoint in X village", "A van
#: | from Thanbyuzayat to Dawei | was held at the checkpoint in Ye town", "Migrant workers
#: | heading to Meiktila | were made to pay at the Yamethin town checkpoint"
_TRAVELLERS_ENDS = re.compile(
    r"\s+(?:(?:returning|coming|travelling|traveling|fleeing)\s+(?:home\s+|back\s+)?from"
    r"|(?:heading|headed|bound|travelling|traveling|going|on\s+(?:their|its|his|her)\s+way)"
    r"\s+(?:to|for|towards?)"
    r"|from\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\s+to)"
    r"\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}(?:\s+(?i:town|city))?"
    r"(?=,?\s+(?:was|were|had|have|has|is|are|got)\b"
    # (or before what those who came did: "a column ... | travelling from Pale town| arrived in
    # V village", "soldiers and militia members | from Myittha town| raided V village")
    r"|\s+(?:arrived|raided|entered|attacked|stormed|torched|burned|shelled)\s)"
    r"|\s+from\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\s+(?i:town|city)"
    r"(?=\s+(?:raided|entered|attacked|stormed|torched|burned|shelled)\s)"
)


#: where the others went while the speaker stayed: "I stayed behind in V to look after the
#: cattle | when everybody else went to W|."
_WHERE_THE_OTHERS_WENT = re.compile(
    r"\s+(?:when|while|as|after)\s+(?:everybody|everyone|others|the\s+others|my\s+family"
    r"|the\s+(?:other\s+)?(?:villagers|people|families)|the\s+rest(?:\s+of\s+(?:the|us|them))?"
    r"|most(?:\s+of\s+(?:the|us|them))?)(?:\s+[a-z]+)?\s+(?:went|fled|ran|moved|left|escaped)"
    r"\s+(?:to|for|towards?|into)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}(?:\s+(?i:town|village))?"
    r"(?=\s*[.,;]|$)"
)


def without_travellers_ends(text: str) -> str:
    """``text`` without where travellers came from or were going, before their verb ("Two
    youths returning from Shwebo were arrested at the checkpoint in X village": X), and
    without where the others went ("I stayed behind in V ... when everybody else went to W":
    V); else ``text``."""
    if " from " not in text and " to " not in text and " for " not in text:
        return text  # (a quick look first)
    cut = _TRAVELLERS_ENDS.sub("", text)
    if " went " in cut or " fled " in cut or " left " in cut or " ran " in cut or "moved" in cut:
        cut = _WHERE_THE_OTHERS_WENT.sub("", cut)
    return _if_it_still_names(cut, text, _CAPITALISED_AFTER)


#: a village named with its kind word between two places, the other where a road or line runs
#: to: "the bridge between | Kan Thit village | and Khin-U was blown up"
_VILLAGE_FIRST_BETWEEN = re.compile(
    r"\bbetween\s+(?P<village>(?:[A-Z][\w'’-]*\s+){1,4}(?i:village))\s+and\s+"
    r"(?P<other>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}(?:\s+(?i:town|village))?)"
)


def with_village_first_between(text: str) -> str:
    """``text`` with a stretch from a village named with its kind word to another place read
    as at the village, near the other ("the bridge between Kan Thit village and Khin-U was
    blown up": "the bridge at Kan Thit village near Khin-U was blown up"); else ``text``."""
    if "between " not in text:
        return text  # (a quick look first)
    return _VILLAGE_FIRST_BETWEEN.sub(r"at \g<village> near \g<other>", text)


#: a village named after its township's, in the possessive: "In | Kani Township's Kin Taung
#: village|, ..."
_TOWNSHIPS_VILLAGE = re.compile(
    rf"(?<![\w'’-])(?!(?:In|At|On|Near|From|Of|The)\s)(?P<township>{_NAME})\s+Township['’]s\s+"
    rf"(?P<village>{_NAME})\s+village\b"
)
#: a village's kind and township in brackets after its name: "Yone Pin (village in Madaya
#: Township)", "Kan Hpyu (a village of Yesagyo Tsp)"
_KIND_AND_TOWNSHIP_IN_BRACKETS = re.compile(
    r"(?<=\w)\s+\((?:an?\s+)?(?P<kind>village|town)\s*(?:,|in|of)\s+"
    r"(?P<township>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\s+(?:Township|Tsp|Twp))\)"
)


def with_kind_and_township_unbracketed(text: str) -> str:
    """``text`` with a village's kind and township in brackets after its name, or its township
    before it in the possessive, written as an address ("our volunteer in Yone Pin (village in
    Madaya Township): ...": "... in Yone Pin village, Madaya Township: ..."; "In Kani
    Township's Kin Taung village": "In Kin Taung village, Kani Township")."""
    if "Township's " in text or "Township’s " in text:
        # ("In Kani Township's Kin Taung village, ...": "In Kin Taung village, Kani Township, ...")
        text = _TOWNSHIPS_VILLAGE.sub(r"\g<village> village, \g<township> Township", text)
    if "(Township:" in text or "(township:" in text:
        # ("... burned the whole village.' (Township: Minbu, Magway region)": "(Minbu Township,
        # Magway region)")
        text = _TOWNSHIP_FIELD_IN_BRACKETS.sub(r"(\g<township> Township\g<rest>)", text)
    if "(village" not in text and "(a village" not in text and "(town" not in text:
        return text  # (a quick look first)
    return _KIND_AND_TOWNSHIP_IN_BRACKETS.sub(r" \g<kind>, \g<township>", text)


#: a township named as a field in brackets: "(Township: |Minbu|, Magway region)"
_TOWNSHIP_FIELD_IN_BRACKETS = re.compile(
    r"\((?i:township):\s*(?P<township>[A-Z][\w'’-]*(?:[\s-][A-Z][\w'’-]*){0,2})(?P<rest>,[^()]*)?\)"
)


#: a headline's "<area> Village Of <name>": "Airstrike On | Chin Village Of Pa Lon Twi|", "|Mandalay
#: Region Village Of Mway Kha La| Shelled Overnight"
_AREA_VILLAGE_OF = re.compile(
    r"\b(?P<area>[A-Z][\w'’-]*(?:\s+(?:Region|State|Division|Township))?)\s+Village\s+Of\s+"
    r"(?P<village>[A-Z][\w'’-]*(?:\s+(?!(?i:shelled|bombed|raided|attacked|burned|burnt|torched"
    r"|hit|hits|kills?|killed|struck|overnight|again)\b)[A-Z][\w'’-]*){0,4})"
)


def with_village_of_area(text: str) -> str:
    """``text`` with a headline's "<area> Village Of <name>" written as the village in the area
    ("8 Killed In Airstrike On Chin Village Of Pa Lon Twi": "... Pa Lon Twi village, Chin")."""
    if " Village Of " not in text and " village of " not in text:
        return text  # (a quick look first)

    def village_in_area(found: re.Match[str]) -> str:
        if _AREA_AFTER.match(text, found.end()) or _AREA_AFTER.search(found["village"]):
            return found.group()  # (the other order: "Shwe Pan Kone Village Of | Wetlet Township")
        return f"{found['village']} village, {found['area']}"

    def village_in_named_area(found: re.Match[str]) -> str:
        before = text[: found.start()].split()
        if before and before[-1][:1].isupper():  # (the end of a name: "the Kone | Thar village of")
            return found.group()
        if before[-2:-1] and before[-1] == "of" and _SIDE_WORD.fullmatch(before[-2]):
            return found.group()  # (where from the town: "east of | Myinmu\n\nvillage of V")
        return village_in_area(found)

    if " village of " in text:  # ("Junta jets bomb | Kani village of Tha Lin|, 7 dead")
        text = _AREA_VILLAGE_OF_IN_LOWER_CASE.sub(village_in_named_area, text)
    return _AREA_VILLAGE_OF.sub(village_in_area, text)


#: a word of a side or direction (``DIR_WORD``): "east", "northwest", "north-east"
_SIDE_WORD = re.compile(rf"(?i:{DIR_WORD})")
#: "<area> village of <name>", its kind word in lower case: "| Kanbalu village of Kyun Pin Kone|"
_AREA_VILLAGE_OF_IN_LOWER_CASE = re.compile(
    # (a one-word area after a word in lower case or a text's start: not "the Kone Thar village
    # of Demoso", "Ta Kit village of Pangsang (Panghkam) township")
    r"(?:^|(?<=\s))(?!(?:The|A|An|This|That|Our|My|Township|Region|State|Division"
    r"|District)\s)(?P<area>[A-Z][\w'’-]*)\s+village\s+of\s+"
    r"(?P<village>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,4})"
    # (the village's name to its end: not "V village of W village-tract", "... of T township")
    r"(?=\s*(?:$|[,.;:!?—–]|\s(?!(?i:village|township|tsp|twp|tract|vt|ward|district)\b)[a-z]))"
)


_AREA_AFTER = re.compile(r"\s*(?:\b|\s)(?i:Township|Tsp|Twp|District|Region|State|Division)\b")


#: a village's land after its kind word: "3000 acres of Kyauk Wut Pyin village | farmland|
#: (Launglon Township) fenced off"
_VILLAGE_LAND = re.compile(
    r"\b((?i:village|vlg))\s+(?i:farm\s*lands?|lands?|farms?|fields|paddy\s+fields|plantations?"
    r"|orchards?)\b"
)


def without_land_of_village(text: str) -> str:
    """``text`` with a village's land read as the village ("Kyauk Wut Pyin village farmland
    (Launglon Township)": "Kyauk Wut Pyin village (Launglon Township)")."""
    return _VILLAGE_LAND.sub(r"\1", text) if "illage " in text else text


#: where an aircraft flew from: "Wreckage of a Su-30 | that flew out of Hmawbi | was found near
#: X village", "crash-landed near Pinlebu town | on a supply run from Tada-U|", "...; the
#: aircraft flew out of Meiktila."
_FLEW_FROM = re.compile(
    r"(?:[;,]\s*(?:the\s+)?(?:aircraft|jet|plane|helicopter)\s+|\s+(?:that|which)\s+|\s+)"
    r"(?:flew|had\s+flown|took\s+off|had\s+taken\s+off|departed|flying)\s+(?:out\s+of|from)\s+"
    r"(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}(?:\s+(?i:air\s*base|airport|base))?"
    r"|\s+on\s+an?\s+(?:[a-z-]+\s+){0,2}?(?:run|flight|mission|sortie)\s+from\s+(?:the\s+)?"
    r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}(?:\s+(?i:air\s*base|airport|base))?"
    # (or where it was seen on its way: "V, T Township.| The jet was filmed over T minutes
    # before the strike.|")
    r"|(?<=[.;])\s*(?:[Tt]he\s+)?(?:aircraft|jet|plane|helicopter|drone)s?\s+(?:was|were)\s+"
    r"(?:filmed|seen|spotted|recorded)\s+(?:flying\s+)?(?:over|above)\s+[A-Z][^.;]*?\bbefore\b[^.;]*[.;]?"
)


def without_where_it_flew_from(text: str) -> str:
    """``text`` without the air base an aircraft flew from ("Wreckage of a Su-30 that flew out
    of Hmawbi was found near X village": the place it came down is the event's); else
    ``text``."""
    if not any(
        w in text
        for w in ("flew", "flown", "took off", "taken off", "departed", "flying", " over ")
    ) and (
        " run from " not in text
        and "ght from " not in text
        and "ion from " not in text
        and "tie from " not in text
    ):
        return text  # (a quick look first)
    cut = _FLEW_FROM.sub("", text).replace(",,", ",")  # ("their K-8|, flying out of X,| went")
    return _if_it_still_names(cut, text, _CAPITALISED_AFTER)


#: towns or prisons named in a row: "Hpa-An and Mawlamyine prisons", "Kani and Yinmabin"
_PRISON_TOWNS = (
    r"(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}(?:\s+(?i:prisons?|jails?))?"
    r"(?:(?:,\s+|,?\s+(?:and|or)\s+)[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}"
    r"(?:\s+(?i:prisons?|jails?))?)*"
)
#: where prisoners came from or were sent, in a story of a prison: "... freed about 40 inmates,
#: some of whom had been sent there | from Hpa-An and Mawlamyine prisons|", "inmates | from
#: Kani and Yinmabin |were held inside", "most had been arrested | in Matupi and Samee|",
#: "awaiting transfer | to Kalay prison|", "sentenced by military tribunals | in Mandalay|"
_PRISONERS_ELSEWHERE = re.compile(
    r"(?P<who>\b(?i:prisoners|inmates|detainees|activists|journalists))\s+from\s+"
    + _PRISON_TOWNS
    + r"|\b(?:moved|transferred|relocated|brought|sent|transfers?)\s+(?:there\s+|here\s+)?"
    r"from\s+" + _PRISON_TOWNS + r"|\b(?:been\s+(?:arrested|sentenced|detained|held|jailed)"
    r"|sentenced\s+by\s+(?:[\w-]+\s+){1,3}?)\s*(?:in|at)\s+"
    + _PRISON_TOWNS
    + r"|\b(?:awaiting\s+transfer|later\s+(?:moved|transferred|sent)\s+(?:\d+\s+)?"
    r"(?:[a-z]+\s+){0,2}?)\s*to\s+" + _PRISON_TOWNS
)
_PRISON_STORY = re.compile(r"(?i:prison|jail|inmates|prisoners|detainees|lock-up)")


def without_where_prisoners_came_from(text: str) -> str:
    """In a story of a prison, ``text`` without the towns and prisons its prisoners came from,
    were arrested or sentenced in, or were to be sent to ("Resistance forces occupied Kawkareik
    prison and freed about 40 inmates, some of whom had been sent there from Hpa-An and
    Mawlamyine prisons": Kawkareik); else ``text``."""
    if " from " not in text and " in " not in text and " to " not in text:
        return text  # (a quick look first)
    if not _PRISON_STORY.search(text):
        return text

    def elsewhere(found: re.Match[str]) -> str:
        if found["who"] and _FREED.search(text, 0, found.start()):
            return found.group()  # (where they were freed: "released prisoners from X prison")
        return found["who"] or ""

    cut = _PRISONERS_ELSEWHERE.sub(elsewhere, text)
    cut = _WHO_HAD_BEEN.sub("", cut)  # (what is left of the clause: "...; some had been")
    return _if_it_still_names(cut, text, _CAPITALISED_AFTER)


_FREED = re.compile(r"\b(?:freed|released|rescued|liberated|frees|releases)\s+(?:\d+\s+)?$")
_WHO_HAD_BEEN = re.compile(
    r"[;,]\s*(?:some|most|many|all|both|they|who)\s+(?:of\s+(?:whom|them)\s+)?(?:had\s+)?"
    r"(?:earlier\s+|previously\s+)?(?:been)?\s*\.?$"
)


#: what markets, prices and trade suffered ("Rice prices in Sittwe have tripled", "Fuel ran
#: short in Bhamo", "Traders in Tamu say ...")
_MARKET_WORDS = re.compile(
    r"\b(?i:prices?|kyat|fuel|petrol|diesel|rice|goods|traders?|cargo|medicines?|supplies"
    r"|salt|cooking\s+oil|shortages?|markets?|vegetables|produce|pork|onions?|cabbages?|tea"
    r"|stopped\s+reaching|no\s+longer\s+reach(?:es)?)\b"
)
#: a clause that tells what caused it: "... | since the Arakan Army overran Pauktaw town"
_CAUSE_OPENING = re.compile(r"(?:^|(?<=[\s,;]))(?i:since|after|following|because\s+of|when|as)\s+")
_FIGHTING_OR_CLOSING = re.compile(
    r"\b(?i:fighting|fights?|clash(?:es|ed)?|battles?|shell(?:ing|ed|s)|captured?|seized?"
    r"|overran|overrun|took|blocked|cut|closed|halted|burned|burnt|attack(?:s|ed)?"
    r"|air\s*strikes?|erupted|offensive|siege|bomb(?:ed|ing|s)|bombard(?:ed|ment)|raid(?:s|ed)?"
    r"|ambush(?:es|ed)?|besieg(?:ed|ing|es)|(?:mortar|artillery|gun|heavy)\s+fire|under\s+fire"
    r"|drone\s+(?:strikes?|attacks?)|jets?\s+(?:strike|strikes|struck)|set\s+fire|torched|arson)\b"
)
#: a place the clause names: after a locative or the verb, or with its kind word
_CLAUSE_NAMES_A_PLACE = re.compile(
    r"\b(?:in|at|near|of|for|captured|seized|overran|took|shelled|bombed|attacked|hold|held"
    r"|lost|retook|strike|struck|hit|raided|torched|burned)\s+(?:the\s+)?(?:downtown\s+)?(?![A-Z]{2,}\b|(?:January|February|March|April|May|June|July"
    r"|August|September|October|November|December)\b)[A-Z]"
    r"|\b[A-Z][\w'’-]*\s+(?i:town|village|township|tsp|twp|vlg)\b"
    r"|^[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\s+(?:fell|was\s+captured|was\s+taken)\b"
    r"|\b(?i:(?:air\s*|drone\s+)?strikes?|attacks?|raids?|assaults?)\s+on\s+(?:the\s+)?[A-Z]"
    # (a post's place before a colon: "Namhkan: ...")
    r"|^[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}:\s"
)
#: a clause's words for the place the head names: "since troops overran | the town"
_BACK_TO_THE_PLACE = re.compile(r"\b(?:there|the\s+(?:town|village|city|area|gate|crossing))\b")
#: the road a clause closed, before where: "fighting closed | the Taunggyi road | at Hsihseng"
_ROAD_CLOSED_AT = re.compile(
    r"\s+(?:closed|closing|cut|cutting|blocked|blocking|halted|halting|shut)\s+(?:the\s+)?"
    r"(?:[\w'’-]+\s+){0,3}?(?:road|route|highway|waterway|traffic|trade)\s+(?=(?:at|near|in)\s)"
)
#: ... or after the place, to the end: "fighting at Paungbyin town | closed the Chindwin river
#: route from Monywa", "shelled Thantlang town|, and the road from Kalay stays closed"
_ROAD_CLOSED_AFTER = re.compile(
    r",?\s+(?:(?:and\s+)?(?:closed|closing|cutting|blocking|halting|shutting)\s+the"
    r"|and\s+the)\s+(?:[\w'’-]+\s+){0,3}?(?:road|route|highway|waterway|river|border|trade"
    r"|supply)\b.*$"
)


def event_behind_market_news(text: str) -> str:
    """The clause that tells what fighting caused what markets, prices or trade suffered
    ("Rice prices in Sittwe have tripled since the Arakan Army overran Pauktaw town and the
    waterway from Yangon closed" -> "the Arakan Army overran Pauktaw town"); the towns where
    goods cost more, come from or go to are no place of the event. Else ``text``."""
    if not _MARKET_WORDS.search(text):
        return text  # (a quick look first)
    sentences = text.split(";")
    if len(sentences) > 1:  # "The junta seized the Minbya market ...; | traders say boats ..."
        kept = [
            s for s in sentences if _FIGHTING_OR_CLOSING.search(s) or not _MARKET_WORDS.search(s)
        ]
        if any(map(_FIGHTING_OR_CLOSING.search, kept)) and len(kept) < len(sentences):
            text = ";".join(kept).strip()
    openings = list(_CAUSE_OPENING.finditer(text))
    if not openings:
        return text
    head = text[: openings[0].start()]
    if not head.strip():  # "Since the battle for Kawkareik town, | fuel from ... sells"
        clause, _, head = text[openings[0].end() :].partition(",")
        openings = []
        clauses = [clause]
    else:
        # (the last that tells of fighting: "... after the military closed the road to Gangaw
        # | following clashes near Nat Chaung village")
        clauses = [text[opening.end() :] for opening in reversed(openings)]
    # (the markets in the sentence of their cause: not "I used to sell vegetables in the market
    # at A. On that morning I was at home in B when the troops arrived.")
    market_head = head.rsplit(". ", 1)[-1] if openings else head
    if not _MARKET_WORDS.search(market_head) or _FIGHTING_OR_CLOSING.search(head):
        return text
    for clause in clauses:
        if not _FIGHTING_OR_CLOSING.search(clause) or _BACK_TO_THE_PLACE.search(clause):
            continue  # (not "... since MNDAA troops overran | the town |": the head's place)
        clause = _ROAD_CLOSED_AFTER.sub("", _ROAD_CLOSED_AT.sub(" ", clause))
        if _CLAUSE_NAMES_A_PLACE.search(clause):
            return clause.strip()
    return text


#: a project's works, then the village they are at: "near the Chinese-run Tagaung Taung nickel
#: mine at | Taung Ta Lone village", "near the Letpadaung copper mine in | Se Te village"
_WORKS_AT_VILLAGE = re.compile(
    # (a project's name, not an area's: not "Kani Township police station at X village", where
    # the village is read in the township)
    # (from its article: not "The TNLA | took the Bawdwin lead-silver mine at |")
    r"\b(?:the\s+(?:[\w-]+\s+){0,2}?)?"
    r"(?:(?!(?i:township|tsp|twp|district|region|state|division)\b)[A-Z][\w'’-]*\s+){1,4}"
    r"(?:(?!police\b)[a-z-]+\s+){0,2}?"
    r"(?:mine|plant|dam|project|site|SEZ|zone|port|terminal|pipeline|station|factory|smelter"
    r"|refinery|compound)\s+(?:at|in)\s+"
    r"(?=(?:[A-Z][\w'’-]*\s+){1,4}(?i:village|ward)\b)"
)


#: ... or named after the village and its township, as what it is near: "Sihat village, Momauk
#: Township|, close to the Dapein hydropower plants|"
_WORKS_NEAR_AFTER_AREA = re.compile(
    r"(?P<area>\b(?i:village|vlg),\s+(?:[A-Z][\w'’-]*\s+){1,3}(?i:township|tsp|twp)),\s+"
    r"(?:close\s+to|near|next\s+to|not\s+far\s+from)"
    r"\s+the\s+"
    r"(?:[\w-]+\s+){0,6}?(?:mines?|plants?|dams?|projects?|sites?|SEZ|zone|port|terminal|pipelines?"
    r"|factory|smelter|refinery)\b[^,;.]*"
)


def without_works_before_village(text: str) -> str:
    """``text`` without a project's works named before the village they are at ("fighting near
    the Tagaung Taung nickel mine at Taung Ta Lone village, ...": "fighting near Taung Ta Lone
    village, ..."), or as near a village after its township; the village is the finer place."""
    if " at " not in text and " in " not in text and ", close " not in text:
        return text  # (a quick look first)
    at_village = _WORKS_AT_VILLAGE.sub("", text, count=1)
    return _WORKS_NEAR_AFTER_AREA.sub(r"\g<area>", at_village, count=1)


#: a footnote's number run into a kind word, or in brackets, as text copied from a PDF has
#: it: "Kanni village9, Myaing Township", "Tabayin Township12", "X village[3]"
_FOOTNOTE_MARK = re.compile(
    r"\b(?P<word>(?i:village|township|town|region|state|district|tract|tsp|twp)[.,]?)\d{1,3}\b"
    r"|(?<=[a-z.,;!?])\[\d{1,3}\]|(?<=[a-z.,;])[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,3}(?=\s|$)"
    r"|(?P<mm_word>ကျေးရွာ|ရွာ|မြို့နယ်)[0-9]{1,3}(?![0-9])"  # ("ဂေါ့အင်းကျေးရွာ2")
)


_DIGIT_AFTER_WORD = re.compile(r"[A-Za-z.,\[]\d|(?:ရွာ|နယ်)[0-9]|[¹²³⁴⁵⁶⁷⁸⁹⁰]")


#: a note in lower case after a report's last stop, naming no place: "... from Sin Pyay village.|
#: whereabouts unknown|"
_LOWER_CASE_NOTE_AT_END = re.compile(
    r"(?<=[a-z]\.)\s+(?![a-z ]*\b(?:vlg|vill|village|ywar?|tsp|twp|township|town|myo)\b)"
    r"[a-z][a-z ]{0,40}$"
)


def without_lower_case_note(text: str) -> str:
    """``text`` without a note in lower case after its last stop ("... arrested 4 young men.
    whereabouts unknown": "... arrested 4 young men."), when the rest is not in lower case."""
    if ". " not in text or text.islower():
        return text  # (a quick look first; a message all in lower case is read as such)
    note = _LOWER_CASE_NOTE_AT_END.search(text)
    # (after a report of some length: not "Laihka town fell. can confirm")
    return text[: note.start()] if note and len(text[: note.start()].split()) >= 8 else text


def without_footnote_marks(text: str) -> str:
    """``text`` without footnotes' numbers run into its kind words or in brackets after a
    word ("Kanni village9, Myaing Township": "Kanni village, Myaing Township"), and without a
    report's reference in square brackets at its end."""
    if text.endswith(("]", "].")):  # a report's reference: "... Township [A/HRC/39/CRP.2,
        text = _REFERENCE_AT_END.sub(_areas_of_reference, text)  # para. 892]."
    if not _DIGIT_AFTER_WORD.search(text):  # (a quick look first: most text has none)
        return text
    return _FOOTNOTE_MARK.sub(lambda mark: mark["word"] or mark["mm_word"] or "", text)


#: a citation's lead before what it cites: a footnote's mark ("^ ", "[23] "), "ibid.;", "See ",
#: an event's identifier ("Source: ACLED event MMR12345, ")
_CITATION_LEAD = re.compile(
    r"^(?:\^\s*|\[\d{1,3}\]\s*|(?i:ibid)\.?[;,]?\s*|See\s+(?=[A-Z'‘\"“])"
    # (not a village named See: "See Gyi vlg (Ye U twp) burned")
    r"(?![A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}\s+(?i:vlg|village|town|township|tsp|twp)\b)"
    r"|(?i:sources?:\s*)?(?:ACLED|UCDP)(?:\s+GED)?(?:\s+(?i:event))?(?:\s+(?i:id))?\s+[A-Z]{0,4}\d+"
    r",\s*)+"
)
#: a cited report's title in quotes before its outlet: "'Clashes in Salin', The Irrawaddy,
#: 2022-07-21" (the outlet's name is no place: "Irrawaddy" is also Ayeyarwady's old name)
_TITLE_THEN_OUTLET = re.compile(
    r"^[‘'\"“](?P<title>[^‘’'\"“”]{3,150})[’'\"”][,.]?\s+" + NEWS_OUTLETS + r"(?:[,.;\s].*)?$"
)
#: an outlet before what it reported: "The Irrawaddy, report on fighting near X village"
_OUTLET_REPORT = re.compile(
    r"^" + NEWS_OUTLETS + r",\s+(?:[\w-]+\s+){0,3}?(?:report|article|story|post|coverage)s?"
    r"\s+(?:on|of|about)\s+"
)


_CITATION_STARTS = ("^", "[", "See ", "ibid", "Ibid", "Source", "ACLED", "UCDP", "'", "‘", '"', "“")
_CITATION_STARTS += ("The ", "Irrawaddy")


#: a name's gloss in another script or language: "Kayin Taw (Burmese: ကရင်တော)"
_GLOSS = re.compile(r"\s*\((?i:burmese|myanmar|shan|karen|mon|kachin|chin)\s*:\s*[^()]{1,60}\)")


def cited(text: str) -> str:
    """What a citation, a footnote or an encyclopedia's entry cites, without its mark, an
    event's identifier, a name's gloss ("X (Burmese: ...)") and the outlet's name ("^ 'Clashes
    in Salin', The Irrawaddy, 2022-07-21": "Clashes in Salin"; "[42] The Irrawaddy, report on
    fighting near X village, ...": "fighting near X village, ..."); ``text`` itself when it is
    no citation."""
    if "(" in text and ":" in text:
        text = _GLOSS.sub("", text)  # (an encyclopedia's gloss: "X (Burmese: ...) is a village")
    if not text.startswith(_CITATION_STARTS):
        return text  # (a quick look first)
    text = _CITATION_LEAD.sub("", text)
    if (titled := _TITLE_THEN_OUTLET.match(text)) is not None:
        return titled["title"]
    return _OUTLET_REPORT.sub("", text)


#: just after a word for kin ("My son | Tin Win, 27, was arrested"): a lookbehind a word
_AFTER_KIN = "(?:{})".format("|".join(f"(?<=\\b{kin} )" for kin in KIN_WORDS))
#: a person named with a word of respect and their age, as casualty records list them: "Sai
#: Hom Kham (38)", "Ko Win Naing, 24,", "U Myo Min Tun (45)" (not a numbered village: "Sit Kone
#: (1)", "Ma Kat Mon (2) village", "Maung Taing (1) Ward", "near Ma Hkay Hsun (1), Monghsat")
_PERSON_WITH_AGE = re.compile(
    # (or any name opening a record: "Kyauk, 25, from X was killed", "Aung Thar (aged 61), a
    # carpenter from X")
    # (after the record's date: "18/7/2023: | Mai Ngun Tin Par (53)|, a farmer from X")
    rf"(?:\b{HONORIFICS}\s+(?:{NAME_WORD}\s+){{0,4}}|(?:^|(?<=^\d\d/\d\d/\d{{4}}:\s)|(?<=^\d/\d\d/\d{{4}}:\s)"
    rf"|(?<=^\d\d/\d/\d{{4}}:\s)|(?<=^\d/\d/\d{{4}}:\s))(?:{NAME_WORD}\s+){{0,3}}"
    # (or after who they are to the speaker: "My son | Tin Win, 27,| was arrested")
    rf"|{_AFTER_KIN}(?:{NAME_WORD}\s+){{0,3}}){NAME_WORD}"
    # (then what befell them, or who else: not a name's end, its kind word or its area)
    r"(?:\s*\((?:(?:female|male|woman|man|girl|boy),\s*)?(?:aged?\s+)?\d{1,3}"
    r"(?:\s*(?:yrs?|years?)(?:\s+old)?)?\)"
    # (nor a numbered site: "Thauk Ye Khat (2) hydropower dam")
    r"(?!\s+(?i:village|ward|quarter|town|vlg|vill?|hydropower|hydro|hydroelectric|dam|power"
    r"|plant|project|mine|bridge|station)\b)"
    rf"(?=,?\s+(?:[a-z]|{HONORIFICS}\s|[A-Z]{{2,}}\s|[–—-]\s))"  # (", CDM nurse", " – PDF")
    r"|(?P<between>,\s+(?:aged\s+)?\d{1,3}(?:\s*yrs?)?,))"
)
#: the one a memorial remembers, its name left out, with their age: "|A person (56)| — originally"
_A_PERSON_AGED = re.compile(r"^A person\s*\(\d{1,3}\)(?=\s*[,–—-])")
_AGE = re.compile(
    r"\((?:[a-z]+,\s*)?(?:aged?\s+)?\d{1,3}(?:\s*(?:yrs?|years?)[^)]*)?\)|,\s(?:aged\s)?\d{1,3}"
)


#: people named between commas after who they are, before what befell them: "Two teachers|,
#: U Kyaw Zin Oo and Daw Khin Myo Win,| were killed when shells hit ... X village"
_NAMED_BETWEEN_COMMAS = re.compile(
    rf",\s+{HONORIFICS}\s+(?:{NAME_WORD}\s+){{0,4}}{NAME_WORD}(?:\s*\(\d{{1,2}}\))?"
    rf"(?:,?\s+(?:and\s+)?{HONORIFICS}\s+(?:{NAME_WORD}\s+){{0,4}}{NAME_WORD}(?:\s*\(\d{{1,2}}\))?)*"
    r",(?=\s+(?:were|was|had|have|has|who|both|all|went|came|left|returned)\b)"
    # (or named with their age, by a word of respect not in the list: "Two Ta'ang civilians|,
    # Mai Aung Kyaw (34) and his wife,| died when an airstrike hit ...")
    rf"|,\s+(?:{NAME_WORD}\s+){{1,4}}\(\d{{1,2}}\)(?:\s+and\s+(?:his|her|their)\s+[a-z]+)?"
    r",(?=\s+(?:were|was|died|fell)\b)"
)


def without_people_named_between_commas(text: str) -> str:
    """``text`` without people named between commas after who they are ("Two teachers, U Kyaw
    Zin Oo and Daw Khin Myo Win, were killed ...": no village U Kyaw), and without who was among
    them ("9 people, including a monk, died when ...")."""
    if ", " not in text:
        return text
    if ", who " in text:  # ("U X|, who is| the village administrator of V village, ...")
        text = _WHO_IS_THE.sub(", ", text)
        # (a person named first, then what befell them: "|Ko X|, who was tortured when soldiers
        # raided V village, T Township": no village Ko X)
        text = _NAMED_FIRST_WHO.sub("A person", text, count=1)
    return _INCLUDING_ASIDE.sub("", _NAMED_BETWEEN_COMMAS.sub("", text))


#: a person named first, before what befell them: "|Ko Aung|, who was tortured ..."
_NAMED_FIRST_WHO = re.compile(
    rf"^{HONORIFICS}\s+(?:{NAME_WORD}\s+){{0,4}}{NAME_WORD}(?=,\s+who\s+(?:was|were|had\s+been)\s)"
)
#: a person's post said as a clause, as translations write it: "U X|, who is |the village
#: administrator of V village, T Township, was shot"
_WHO_IS_THE = re.compile(r",\s+who\s+(?:is|was)\s+(?=(?:the|a|an)\s+\w)")


#: who was among the dead, between commas: "9 people|, including a monk,| died when ..."
_INCLUDING_ASIDE = re.compile(
    r",\s+including\s+[^,;.]{1,40},(?=\s+(?:died|were|was|had|have|are)\b)"
)


#: a relative or friend named after the word for them: "My cousin | Maung Thu Tin Soe| was
#: killed by junta soldiers in V village" (no village tract "Maung")
_RELATIVE_NAMED = re.compile(
    r"\b((?i:my|our|his|her|their)\s+(?:[a-z-]+\s+)?(?:cousin|brother|sister|son|daughter"
    r"|father|mother|uncle|aunt|nephew|niece|husband|wife|friend|neighbou?r|grandson"
    r"|granddaughter|grandfather|grandmother)(?:-in-law)?),?\s+"
    rf"{HONORIFICS}(?:\s+{NAME_WORD}){{1,4}}(?=,?\s+(?:was|were|had|has|is|died|and)\b)"
)


#: "the village" a distance places, opening a clause after a headline or label: "...: | The
#: village| lies about 19 km northwest of K", "| The village|, in W village tract about 20 km
#: south of T town, was bombed"
#: a place opening a text with its township: "| Dar Bang Ah Htet| (Upper Dabang), Khaunglanhpu
#: Township, ..."
_PLACE_WITH_TOWNSHIP_FIRST = re.compile(
    r"^(?P<place>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,4})(?:\s*\([^()]*\))?,\s+"
    r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s+(?i:township|tsp)\b"
)
_PLACE_WITH_TOWNSHIP_AFTER_IN = re.compile(
    r"\b(?:in|at)\s+(?P<place>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,4}),\s+"
    r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s+(?i:township|tsp)\b"
)
_THE_VILLAGE_MEASURED = re.compile(
    r"(?:(?<=[|:.]\s)|(?<=[|:.]))\s*[Tt]he\s+village\b"
    r"(?=[^.|;]{0,80}?\b\d+(?:\.\d+)?\s*(?:km|kilomet(?:re|er)s?|miles?)\s)"
    # (or what was done to it, then the distance: "Jets bombed | the village|, about 6 km north")
    r"|(?<=\s)the\s+village(?=,\s+(?:about|some|around|roughly|nearly)\s+\d)"
)
#: a village named with its kind word in a headline: "Airstrike Hits | Naung Kone| Village in ..."
_VILLAGE_NAMED_EARLIER = re.compile(
    r"\b((?!(?:The|This|That|Junta|Airstrike|Hits|On|In|At|Of|Regime|Army|Troops|Soldiers|Police"
    r"|Raid|Raids|Attack|Attacks|Bomb|Bombs|Shell|Shells|Burn|Burns|Torch|Torches|Strike|Strikes"
    r"|Kill|Kills|Jets|Drone|Drones)\b)[A-Z][\w'’-]*"
    r"(?:\s+(?!(?:Village|village|Tract|tract)\b)[A-Z][\w'’-]*){0,3}"
    # (with its other name, not its side: "Yae Twin Pyin (Ale Ywa) village")
    r"(?:\s+\((?!(?:East|West|North|South|Upper|Lower|Middle)\))[A-Z][\w'’ -]{1,30}\))?)"
    r"\s+(?:[Vv]illage|VILLAGE)\b(?!\s+[Tt]ract)"
)


def with_the_village_named(text: str) -> str:
    """``text`` with "the village" a distance places named as the village the text named
    before ("Airstrike Hits Naung Kone Village in ... Hpa-an Township | ...: The village lies
    about 19 km northwest of Kyondoe": "...: Naung Kone village lies about 19 km ...")."""
    if "village" not in text or text.count(" | ") > 1:
        return text  # (nor a row's cells: "date | V village, T Township | ... The village is")
    if not (measured := _THE_VILLAGE_MEASURED.search(text)):
        return text
    named = _VILLAGE_NAMED_EARLIER.findall(text, 0, measured.start())
    if not named and (
        opening := _PLACE_WITH_TOWNSHIP_FIRST.match(text)
        or _PLACE_WITH_TOWNSHIP_AFTER_IN.search(text, 0, measured.start())
    ):
        # ("Dar Bang Ah Htet (Upper Dabang), Khaunglanhpu Township, ...: ... The village is about
        # 33 km north of Khaunglanhpu town."; "Five villagers killed in V, T Township | ...: the
        # village lies about 28 km north-west of Dawei")
        named = [opening["place"]]
    if not named:
        return text
    return f"{text[: measured.start()]} {named[-1]} village{text[measured.end() :]}"


def without_relatives_names(text: str) -> str:
    """``text`` without the name of a relative it names after the word for them ("My cousin
    Maung Thu Tin Soe was killed ... in V village": "My cousin was killed ...")."""
    if "'s " in text or "’s " in text:
        # (or a person named, whose relative: "|Ko Min's| brother from H was killed at V")
        text = _PERSONS_RELATIVE.sub(r"A \g<kin>", text)
    return _RELATIVE_NAMED.sub(r"\1", text)


#: a person named, then their relative: "|Ko Min's brother|", "Daw Hla's son"
_PERSONS_RELATIVE = re.compile(
    rf"(?:^|(?<=[.:]\s)){HONORIFICS}(?:\s+{NAME_WORD}){{1,3}}['’]s\s+"
    r"(?P<kin>cousin|brother|sister|son|daughter|father|mother|uncle|aunt|nephew|niece|husband"
    r"|wife|friend|neighbou?r|grandson|granddaughter|grandfather|grandmother)\b"
)


def without_people(text: str) -> str:
    """``text`` with each person it names with their age as "a person", and a list of them as
    "persons" ("Ko Zaw Win (22) and Ma Moe Thandar (26) were killed when shells hit X
    village": no village Ma Moe), without where they came from when it names another place
    ("a person, a farmer from X village, was shot dead by troops in Y village": Y)."""
    if not _AGE.search(text):  # (a quick look first: most text names no one's age)
        return text
    people = _A_PERSON_AGED.sub("a person", text, count=1)  # (a memorial's, unnamed by now)
    people = _PERSON_WITH_AGE.sub(lambda m: "a person," if m["between"] else "a person", people)
    if people == text:
        return text
    people = _PEOPLE_LISTED.sub("persons", people)
    # where they came from, when the text names another place
    townships = [
        township
        for m in _PERSON_ORIGIN.finditer(people)
        if (township := m["township"] or m["in_brackets"] or m["own_township"] or m["bracketed"])
    ]
    moved = _PERSON_ORIGIN.sub("", people)
    if townships and "the same township" in moved:  # "... from X village, T Township, was
        moved = moved.replace("the same township", townships[0])  # killed in Y village in
        # the same township"
    elif townships and not _AREA_NAMED_SHORT_TOO.search(moved):  # (near home, as most are: "...,
        moved = f"{moved.rstrip(' .')}, {townships[0]}"  # native of X village, T Township,
        # killed in airstrike on Y village")
    homes = [
        named[1]
        for m in _PERSON_ORIGIN.finditer(people)
        if (named := _HOME_VILLAGE_NAME.search(m.group()))
    ]
    if any(
        re.search(rf"\b(?:near|in|at|outside)\s+{re.escape(home)}\b(?![^.;]*{_BURIAL})", moved)
        and not re.search(rf"{_BURIAL}[^.;]*\b{re.escape(home)}\b", moved)
        for home in homes
    ):
        # (their home named again where it befell them: "a person, a farmer from H village in
        # T Township, ... was shot ... while walking back from his field near H")
        return _person_then_verb(people)
    if (the_village := _THE_VILLAGE.search(moved)) and not _ANOTHER_PLACE_NAMED.search(
        moved, 0, the_village.start()
    ):  # (their home is where it was: "... – all residents of X village, T Township – were
        # executed by soldiers in the village"; not "... was killed in Y village when troops
        # shelled the village", Y)
        return _person_then_verb(people)
    return _person_then_verb(moved if _ANOTHER_PLACE_NAMED.search(moved) else people)


#: the comma left between the person and their verb: "a person|,| was shot dead in X town"
_PERSON_COMMA_VERB = re.compile(
    r"\b(a person|persons),\s+(?=(?:was|were|had|has|have|is|are|bore|died|fell|went)\b)"
)


def _person_then_verb(text: str) -> str:
    """``text`` without the comma between a person and their verb ("Ko Zaw Win, 22, was shot
    dead in Kani town" -> "a person was shot dead in Kani town")."""
    return _PERSON_COMMA_VERB.sub(r"\1 ", text)


#: a person named with a word of respect, then the place they are of: "U Tin Maung, a native of
#: | Ku Seik village, Hpapun Township, was abducted" (not a village "Tin Maung")
_PERSON_NAMED = rf"^{HONORIFICS}\s+(?:{NAME_WORD}\s+){{0,4}}{NAME_WORD}"
_PERSON_OF_PLACE = re.compile(
    _PERSON_NAMED + r",\s+(?:(?:an?|the)\s+)?"
    r"(?:(?:[\w-]+\s+){0,3}?(?:native|resident|villager|inhabitant)\s+(?:of|from)|from|of)"
    r"\s+(?=[A-Z])"
)


#: ... or before what befell them: "Daw Khin | was arrested in X village" (not a village Taw
#: Kin: a place is shelled or raided, a person arrested)
_PERSON_BEFALLEN = re.compile(
    # (their age or a nickname in brackets, and what they were: "Ko X (Black Panther), the
    # Special Task Force, | gave his life defending X village")
    _PERSON_NAMED + r"(?:\s*\((?:\d{1,3}|[A-Z][\w ]{0,30})\))?(?:,\s+(?:the|an?)\s+[^,]{1,50})?,?"
    r"(?=\s+(?:(?:was|were|has\s+been|had\s+been|got)\s+(?:[a-z]+\s+)?(?:arrested|abducted"
    r"|detained|shot|killed|tortured|injured|wounded|beaten|interrogated|executed|murdered"
    r"|stabbed|kidnapped|sentenced|questioned|taken|seized|captured)"
    r"|gave\s+(?:his|her|their)\s+li(?:fe|ves)|died|fell)\b)"
)


#: a sentence about someone, then where they were taken from, after a comma: "IFJ condemned
#: the detention of Ko X of Y Times, | taken from Tanshin village, Palaw Township, ..."
_TAKEN_FROM_AFTER = re.compile(
    r"^[^,]*\b(?:detention|arrest|abduction|disappearance|detained|arrested|abducted)\b[^;]*?,\s+"
    r"(?=(?:taken|abducted|arrested|detained|seized|kidnapped)\s+(?:from|in|at)\s+"
    r"(?:[A-Z][\w'’-]*\s+){1,4}(?i:village|town|ward)\b)"
)


def without_person_of_place(text: str) -> str:
    """``text`` without a person it opens with, named with a word of respect, before the place
    they are of ("U Tin Maung, a native of Ku Seik village, ...": "Ku Seik village, ..."), or
    with "A person" for them before what befell them ("Daw Khin was arrested in X village":
    "A person was arrested in X village")."""
    if (of_place := _PERSON_OF_PLACE.sub("", text, count=1)) != text:
        return of_place
    if ", who " in text and (visiting := _VISITOR_FROM.sub("", text, count=1)) != text:
        return visiting  # ("A farmer| from A village|, who was visiting relatives in B village")
    if ", taken " in text or ", abducted " in text or ", arrested " in text or ", seized " in text:
        text = _TAKEN_FROM_AFTER.sub("", text, count=1)
    if " where " in text:  # ("came to B village | where my sister lives| and burned it")
        text = _WHO_LIVES_THERE.sub("", text)
    if " from " in text:  # ("A man from W was shot dead by soldiers in V village")
        text = _SOMEONE_FROM_BEFALLEN.sub("A person", text, count=1)
        text = _PEOPLE_FROM_APPOSED.sub("", text, count=1)
        text = _FROM_WHERE_THEY_SHELTERED.sub("", text, count=1)
        text = _TAKEN_FROM_THEN_KILLED.sub("", text, count=1)
        text = _STRUCK_WHERE_THOSE_FROM_SHELTERED.sub(r"\g<struck>", text, count=1)
    return _PERSON_BEFALLEN.sub("A person", text, count=1)


#: who the people were and where they came from, between commas before what befell them: "Two
#: villagers|, a 16-year-old boy and his uncle from Hsi Hson,| were killed by artillery near V"
_PEOPLE_FROM_APPOSED = re.compile(
    r",\s+(?:an?|the|two|three|four|five|six|\d{1,2})\s+[^,;.]{0,60}?\s+from\s+"
    rf"{_NAME}(?:\s+(?:village|town))?,(?=\s+(?:was|were)\s+(?:[a-z]+\s+)?(?:killed|shot|wounded"
    # (where it befell them named after: not "X (34), a farmer from V, was shot dead")
    r"|injured|arrested|detained|abducted)\b[^.;]*?\b(?:in|at|near)\s+[A-Z])"
)
#: where the displaced came from, before where they sheltered and were struck: "Families
#: displaced| from W| who had sheltered in V village, T township, were hit by an airstrike there"
_FROM_WHERE_THEY_SHELTERED = re.compile(
    rf"\s+from\s+{_NAME}(?:\s+(?:village|town))?(?=,?\s+who\s+(?:had\s+|have\s+|were\s+|was\s+)?"
    r"(?:sheltered|sheltering|taken\s+shelter|took\s+shelter|stayed|been\s+staying|staying)\s+"
    r"(?:in|at)\s+[A-Z][^.;]*?\b(?:there|it|the\s+village"
    # (or struck, the place sheltered in named before: "... who had sheltered in V village were
    # hit by a drone strike")
    r"|(?:were|was)\s+(?:hit|struck|bombed|shelled|attacked|killed|wounded))\b)"
)
#: where those sheltering came from, after what struck where they sheltered: "two bombs hit the
#: church where people| from W| were sheltering" (not "delivered rice to W, where families from V
#: are sheltering": no place struck)
_STRUCK_WHERE_THOSE_FROM_SHELTERED = re.compile(
    r"(?P<struck>\b(?:hit|struck|bombed|shelled|attacked|burned|torched)\b[^.;]*?\bwhere\s+"
    r"(?:[\w-]+\s+){0,2}?(?:people|families|IDPs|villagers|residents|civilians))"
    rf"\s+from\s+{_NAME}(?:\s+(?:village|town))?"
    r"(?=\s+(?:were|was|had\s+been)\s+(?:sheltering|staying|hiding))"
)
#: where those taken came from, before where they were killed: "Soldiers detained 6 villagers|
#: from W| and later killed them in V village, T Township"
_TAKEN_FROM_THEN_KILLED = re.compile(
    r"(?:(?<=villagers)|(?<=residents)|(?<=people)|(?<=men)|(?<=civilians)|(?<=youths))"
    rf"\s+from\s+{_NAME}(?:\s+(?:village|town))?(?=\s+and\s+(?:later\s+|then\s+)?(?:killed"
    r"|executed|shot|murdered|beheaded|burned)\s+them\s+(?:in|at|near)\s+[A-Z])"
)
#: someone from a place, unnamed, before what befell them at another: "A man from W| was among
#: 6 people shot dead by soldiers in V village" (where it befell them, not their home)
_SOMEONE_FROM_BEFALLEN = re.compile(
    r"^(?:An?|One|The)\s+(?:[\w'’-]+\s+){0,3}?(?:man|woman|boy|girl|farmer|teacher|student|monk"
    r"|nun|villager|resident|person|youth|teenager|child|trader|vendor|driver|worker|labou?rer"
    r"|fisherman|nurse|doctor|medic|volunteer|civilian|elder|father|mother|seller|shopkeeper"
    r"|carpenter|mechanic|tailor|porter)"
    r"\s+from\s+(?:[A-Z][\w'’-]*\s+){0,3}[A-Z][\w'’-]*(?:\s+(?:village|town|ward))?"
    # (with its township: "from H village (T Tsp)", "from H village, T Township", "from H
    # village in the same township")
    r"(?:\s*\([^()]{2,40}\)|(?:,|\s+in)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}\s+"
    r"(?i:township|tsp|twp|village\s+tract)|\s+in\s+the\s+same\s+township){0,2}"
    # (and their name: "A displaced man from H|, Khu Plu Reh (46),| was killed ...")
    r"(?:,\s+(?:(?:[A-Z][\w'’-]*\s+)?a\s+person|[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}\s*\(\d{1,3}\))"
    r"(?=,|\s+(?:was|were)\b))?"
    r"(?=,?\s+(?:was|were)\s+(?:among\s+[^.;]{1,40}?\s+)?(?:[a-z]+\s+)?(?:killed|shot|arrested"
    r"|detained|abducted|wounded|injured|executed|murdered|beheaded|burned|tortured|stopped|seized"
    r"|beaten|stabbed)\b"
    r"[^.;]*?\s(?:in|at|near|on|beside|outside|into)\s+(?:[a-z]+\s+)?[A-Z]"
    # (or who told what soldiers did at another: "A woman from W village| said her brother was
    # killed when soldiers stormed V village")
    r"|\s+(?:said|says|told|recalled|described)\b[^.;]*?\b(?:stormed|raided|attacked|shelled"
    r"|bombed|burned|torched|entered)\s+(?:[a-z]+\s+)?[A-Z])"
)


#: where a person is from, before where they were when it happened: "A 46-year-old farmer |
#: from Pa Lay Lar village|, who was visiting relatives in B village"
_VISITOR_FROM = re.compile(
    r"(?<=[a-z])\s+from\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}(?:\s+(?:village|town))?"
    r"(?=,\s+who\s+(?:was|were|had\s+been)\s+(?:visiting|staying|working|sheltering|travelling"
    r"|traveling|trading|selling)\b[^.;]*?\s(?:in|at)\s+[A-Z])"
)
#: who of the speaker's lives or works at a place, after it: "B village | where my sister lives|"
_WHO_LIVES_THERE = re.compile(
    r",?\s+where\s+(?:my|his|her|our|their)\s+(?:[a-z'’-]+\s+){0,2}(?:lives?|lived|stays?|stayed"
    r"|works?|worked|teaches|taught|studie[sd]|is\s+from|was\s+from)\b,?"
)


_THE_VILLAGE = re.compile(
    r"\b(?:the|their|his|her)\s+(?:village|town)\b(?!\s+of\s)"
    # (or their home: "a person of H village, T Township, was beaten to death | in her home|")
    r"|\b(?:in|at|outside|near)\s+(?:his|her|their)\s+(?:own\s+)?(?:home|house|compound)\b"
    # (or "there": "..., both from X village, T Township, were killed there in a drone strike")
    r"|\b(?:killed|died|shot|arrested|detained|wounded|injured|executed|burned)\s+there\b"
)


#: words of a burial, whose place is no place of a death: "Buried at H", "brought back to H for
#: the funeral"
_BURIAL = r"(?i:buried|burial|cremated|cremation|funeral|brought\s+back)"
#: the name of a person's home village, in what says where they came from: "a farmer from | H|
#: village in T Township"
_HOME_VILLAGE_NAME = re.compile(rf"({NAME_WORD}(?:\s+{NAME_WORD}){{0,3}})\s+(?i:village|vlg)\b")
#: people named one after another: "a person, a person and his son a person" (as "persons",
#: a word news rarely writes)
_PEOPLE_LISTED = re.compile(
    r"\ba person(?:(?:,|,?\s+and)\s+(?:(?:his|her|their)\s+\w+\s+)?a person)+\b"
)
#: a place named by its kind word, or after a word of where or of attack
_ANOTHER_PLACE_NAMED = re.compile(
    rf"{NAME_WORD}\s+(?i:village|town|township|ward|vlg|tsp|twp)\b"
    rf"|\b(?:in|at|near|on|hit|bombed|shelled|raided|entered|attacked|stormed|torched|burned)"
    rf"\s+{NAME_WORD}"
)
#: where people named with their ages came from, not where it happened: "a person|, a rubber
#: tapper from X village,|", "a person|, a X village resident,|", "a person|, rice farmer,
#: native of X village,|", "persons|, both from X,|", "a person| from X village| was killed",
#: "a person|, of X village| was arrested", "|Two residents of X, |persons, died"; with the
#: township named after the place, kept for "the same township" (``township``, ``own_township``)
#: a township named with its kind word, short or long: "Pale Township", "Bilin Tsp"
_TOWNSHIP_NAMED = rf"(?:{NAME_WORD}\s+){{1,3}}(?i:township|tsp|twp)"
_PERSON_ORIGIN = re.compile(
    # (after their work: ", rice farmer,", ", daily-wage worker,", ", CDM nurse,")
    r"(?:(?<=\ba person)|(?<=\bpersons))(?:,\s+[A-Za-z][\w -]{0,30}(?=,))?"
    # (between commas or dashes: "a person | – PDF member from X village – | killed when")
    r"(?:,|\s[–—])\s+"
    # (not an office in the place, where it befell them: ", the administrator of X village,")
    r"(?!(?:(?:an?|the)\s+)?(?:village\s+|ward\s+)?(?:administrator|headman|head|chairman|chief"
    r"|leader|abbot)\s+of\b)(?:(?:an?|the|both)\s+)?"
    # (nor what befell them: not ", lost her life in the shelling of X village,", ", was
    # abducted by junta troops from X village,")
    r"(?:(?!\b(?:life|lives|shelling|bombing|attack|raid|burning|battle|airstrike|was|were|by|when"
    r"|died|killed)\b)"
    r"[^,;()–—]){0,60}?"
    r"\b(?:from|of|resident|native|villager|fled|residing\s+in|living\s+in)s?\b"
    # (no clause of what befell them, nor where they stayed: not ", from X was arrested at ...
    # in Y village,", ", displaced from X and sheltering in Y village,")
    rf"(?:(?!\s(?:was|were|is|are|had|has|sheltering|staying|hiding|living)\s)[^,;()–—]){{0,60}}"
    rf"(?:,\s+(?P<township>{_TOWNSHIP_NAMED})|\s*\((?P<in_brackets>{_TOWNSHIP_NAMED})\))?"
    r"(?:,|\s[–—])(?=\s)"
    r"|(?:(?<=\ba person)|(?<=\bpersons)),?\s+(?:(?:originally\s+)?from|of)\s+[^,;()]{1,60}?"
    # (its township after a comma, or in brackets: "a person of X village (Kanbalu Township)")
    rf"(?:,\s+(?P<own_township>{_TOWNSHIP_NAMED})|\s*\((?P<bracketed>{_TOWNSHIP_NAMED})\))?"
    # (before what befell them, or a dash or a prayer's emoji: "... of X village — arrested")
    r"(?=,?\s+(?:[^\w\s,]+\s+)?(?:was|were|is|had|has|died|killed|arrested|shot|detained"
    r"|one\s+of)\b"
    # (or the text's end: "... executed three men there, including a person | of H village|.")
    r"|\s+[—–-]\s|\.?\s*$)"
    r"|\b(?i:two|three|four|five|six|\d+)\s+(?:residents|villagers|natives|people)\s+of"
    r"\s+[^,;()]{1,60},\s+(?=(?:a person|persons)\b)"
)


#: a place opening a sentence with no comma after it: "In Khampat | the fighting went on"
_LEADING_PLACE_UNSET = re.compile(
    # (or a sentence's, in a quote: '"They came on 12 January. In War Taw they killed three
    # people ..."')
    r"(?:^|(?<=[.!?]\s)|(?<=[.!?]\s[\"“]))(?:In|At)\s+(?:[A-Z][\w'’-]*\s+){1,3}"
    r"(?=(?:the|troops|soldiers|fighting|clashes|residents|villagers|junta|regime|military|people"
    r"|two|three|several|many|they|we)\s)"
)
#: a month opening a sentence, no place: "In May | the military came into our village"
_MONTH_LEAD = re.compile(
    r"^In\s+(?:early\s+|late\s+|mid-)?(?:January|February|March|April|May|June|July|August"
    r"|September|October|November|December)(?:\s+\d{4})?,?\s+(?=[a-z])"
)


def with_leading_place_set_apart(text: str) -> str:
    """``text`` with a comma after the place that opens it or one of its sentences ("In
    Khampat the fighting went on": "In Khampat, the fighting went on"), as a leading clause is
    read; without a month opening it ("In May the military came ...": "The military came
    ...")."""
    if "In " not in text and "At " not in text:
        return text  # (a quick look first)
    if month := _MONTH_LEAD.match(text):
        return text[month.end() :][:1].upper() + text[month.end() + 1 :]
    return _LEADING_PLACE_UNSET.sub(lambda opening: f"{opening.group().rstrip()}, ", text)


#: the states (the other short names are regions'), as a state's name is written in full
_STATES = frozenset({"Kachin", "Kayah", "Karenni", "Kayin", "Karen", "Chin", "Mon", "Rakhine"})
_STATES |= {"Arakan", "Shan"}
#: a state or region named before the kind word of a place in it: "airstrike on Mon village of
#: Thone Gwa", "the Shan State town of Nam Hpai"
_STATE_BEFORE_KIND_OF = re.compile(
    r"\b(?P<part>(?:north|south|east|west)(?:ern)?\s+|central\s+)?"  # (the state's part)
    r"(?P<state>" + "|".join(sorted(STATE_SHORT_NAMES)) + r")(?:\s+(?:State|Region))?"
    r"\s+(?P<kind>village|town)\s+of\s+(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})"
    r"(?!\s+(?i:township|tsp|twp|district))\b"  # (not "Maw Shan village of Hpakant Township")
)


#: a place, then what it is: the kind of place it is in a state or region, and what befell it
#: ("Thantlang, | the Chin town torched repeatedly since 2021", "Kutkai, | the northern Shan
#: town hit by shelling")
_PLACE_THEN_STATE_KIND = re.compile(
    # (opening the text or after a verb: "Junta airstrikes hit | Namhkan, the Shan State town|")
    r"(?:^|(?<=\s))(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}),\s+the\s+"
    r"(?P<part>(?:north|south|east|west)(?:ern)?\s+|central\s+)?"
    r"(?P<state>" + "|".join(sorted(STATE_SHORT_NAMES)) + r")(?:\s+(?:State|Region))?"
    r"(?!\s+river\b)"  # (not the river: "Bhamo, the Irrawaddy river town")
    r"\s+(?:[a-z]+\s+){0,2}?(?P<kind>village|town|city)\b[^,;.()]*"  # ("the Chin hill town")
)


def with_state_after_place(text: str) -> str:
    """``text`` with a state or region named before a place's kind word put after the place
    ("airstrike on Mon village of Thone Gwa": "airstrike on Thone Gwa village, Mon State";
    "the northern Shan State town of Kutkai": "the Kutkai town, northern Shan State"), as what
    it is: the place's state, not a name of the place."""
    if ", the " in text and (described := _PLACE_THEN_STATE_KIND.search(text)):
        # "Thantlang, the Chin town torched ...": "Thantlang town, Chin State" (no town Chin)
        kind = "town" if described["kind"] == "city" else described["kind"]
        place = f"{described['name']} {kind}, {_state_area(described)}"
        return f"{text[: described.start()]}{place}{text[described.end() :]}"
    if " village of " not in text and " town of " not in text:
        return text  # (a quick look first)

    def after(said: re.Match[str]) -> str:
        before = text[: said.start()].split()[-1:]
        if before and before[0][:1].isupper() and before[0] != "The":
            return said.group()  # a name's last word ("Maw Shan village of ...")
        return f"{said['name']} {said['kind']}, {_state_area(said)}"

    return _STATE_BEFORE_KIND_OF.sub(after, text)


def _state_area(said: re.Match[str]) -> str:
    """The state or region ``said`` names, with its part: "northern Shan State"."""
    state = said["state"]
    area = f"{state} State" if state in _STATES else f"{state} Region"
    return f"{said['part'] or ''}{area}"


#: one of an address's parts before the place it is at: a house, plot, holding or land
#: record's number ("No. 14", "Plot 173", "Holding 14", "Kwin No.(209)", "U Paing No.(12)"), a
#: road ("Bogyoke Road", "Main Rd") or a landmark near it ("near Gyaik Kone monastery")
_ADDRESS_LEAD_PART = (
    r"(?:(?i:house|home|plot|holding|lot|room|flat|apartment|apt|building|bldg|block|kwin"
    r"|u[\s-]*paing)\.?\s*)?(?:(?i:no)\.?\s*)?\(?\d+[A-Za-z]?(?:[/-](?:\d+[A-Za-z]?|[A-Za-z]))?\)?"
    r"|(?:[A-Z0-9][\w'’.-]*\s+){1,4}(?i:road|rd|street|st|lane|avenue)\.?"
    r"|(?i:road|rd|street|st|lane)\.?\s*(?:(?i:no)\.?\s*)?\(?\d+\)?"  # ("Street (2)")
    r"|(?i:c/o)\s+[^,]{1,40}"  # (in whose care: "c/o U Aung Min")
    # (a school by its initials: "BEMS No.2", "B.E.H.S (1)")
    r"|(?:BE[HMP]S|B\.E\.[HMP]\.S\.?)(?:\s*(?:(?i:no)\.?\s*)?\(?\d+\)?)?"
    r"|(?i:near|beside|opposite|behind)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){1,4}"
    r"(?:(?i:primary|middle|high|basic|education|village|main|old|new)\s+){0,3}"  # ("primary")
    r"(?i:monastery|pagoda|school|market|church|mosque|clinic|hospital)"
)
#: ... the parts, each followed by a comma, before a village, ward or quarter
_ADDRESS_LEAD = re.compile(
    r"^(?:(?:" + _ADDRESS_LEAD_PART + r")\s*,\s*)+"
    r"(?=[^,]*\b(?i:village|vlg|vill|ward|quarter|ywa|ywar)\b)"
)


def without_address_lead(text: str) -> str:
    """``text`` without the parts of an address before the village, ward or quarter it is at
    ("Plot 173, Holding 14, Daunt Doe village, Ye-U Township": "Daunt Doe village, Ye-U
    Township"; "No. 14, Tha Man Kan Village, ...": not a ward "No (14)" elsewhere)."""
    lead = _ADDRESS_LEAD.match(text) if "," in text else None
    return text[lead.end() :] if lead else text


#: a report's citation of an interview, in brackets: "(interview with S.L., 60, from Pan Thar,
#: January 2024)"
_INTERVIEW_CITED = re.compile(
    r"\s*\((?i:(?:telephone\s+|phone\s+|online\s+)?interviews?)\b[^()]*\)"
)
#: whose testimony a text is and where it was recorded, after a dash ending the text: "... 14
#: people were injured|. — testimony of a 67-year-old mother, recorded in W|"
_TESTIMONY_CITED = re.compile(
    r"\s*[—–-]+\s*(?i:testimony|statement|account|interview)\b[^—–]*?,\s+(?:recorded|interviewed"
    r"|given|taken|collected)\s+(?:in|at)\s+[^.;—–]*\.?\s*$"
)
#: a witness named by initials, with their age: "E.N., 65,", "D.S. (31)", "N.N."
_WITNESS_INITIALS = re.compile(
    r"\b[A-Z]\.\s?[A-Z]\.(?:\s?[A-Z]\.)?(?:\s*\(\d{1,3}\)|,\s*\d{1,3}(?=,))?"
    # (and where they are from: "D.S. (31), from Kone Khin Ywar Thit, said")
    # (and the comma before where they fled, which is where it happened: "said E.N., 65, who
    # fled V village in T Township after the raid"; not "who had fled from V to W, described")
    rf"(?:,\s+(?:from|of)\s+{_NAME}(?:\s+village)?,)?(?:,(?=\s+who\s+fled\s+(?!from\b)))?"
)
#: where a unit is based, said in passing: "soldiers from LIB 90, headquartered in X, used ..."
_UNIT_BASED_IN = re.compile(
    rf",\s+(?:headquartered|based|stationed|garrisoned)\s+(?:in|at)\s+{_NAME},"
    # ("members of the 11th LID|, operating from their base at Tedim,| raided V")
    r"|,\s+(?:operating|coming|deployed|moving)\s+(?:out\s+)?from\s+(?:their|its|a|the)\s+(?:[\w-]+\s+)?"
    rf"(?:base|camp|garrison|headquarters|outpost)\s+(?:at|in|near)\s+{_NAME},"
    # ("Soldiers | based in Natogyi, some 9 miles away, | raided Kan U village")
    rf"|(?:(?<=[Ss]oldiers)|(?<=[Tt]roops)|(?<=Battalion)|(?<=Regiment)|(?<=[Ff]ighters))\s+"
    rf"(?:based|stationed|garrisoned)\s+(?:in|at|near)\s+{_NAME}"
    r"(?:,\s+(?:some|about|around)?\s*\d+\s+(?:miles?|km|kilometres)\s+away)?"
    # ("shells fired by troops | based in Maw Taung| landed in V village"; "the village was
    # raided ... by troops of the Light Infantry Battalion | based in Minhla|.")
    r"(?:,|(?=\s+(?:landed|fell|struck|hit|exploded)\b)|(?=\.\s|\.?$))"
    # (or the guns', before what they shelled: "Regime artillery | based in T| shelled V town")
    rf"|(?<=[Aa]rtillery)\s+(?:based|stationed)\s+(?:in|at|near)\s+{_NAME}(?=\s+(?:shelled|pounded)\b)"
    # ("Infantry Battalion 708 | which is based in T| came and burned V village")
    rf"|\s+which\s+(?:is|was)\s+(?:based|stationed|headquartered)\s+(?:in|at)\s+{_NAME}"
    r"(?=\s+(?:came|went|raided|burned|burnt|attacked|entered|marched|shelled|torched)\b)"
    # ("forces from LIB 244 | — which is headquartered in Kyaukse —| raided V village")
    r"|\s*[—–,]\s+which\s+(?:is|was|are|were)\s+(?:headquartered|based|stationed|garrisoned)\s+"
    rf"(?:in|at)\s+{_NAME}\s*[—–,]"
    # ("troops | who were stationed in Hpar Boke| have withdrawn after the attack on V")
    rf"|\s+who\s+(?:were|was|had\s+been)\s+(?:based|stationed|garrisoned)\s+(?:in|at)\s+{_NAME}"
    r"(?=\s+(?:have|has|had)\s+(?:withdrawn|pulled|retreated|left|fled|moved))"
)


def _unit_base_left_out(aside: re.Match) -> str:
    """What is left of where a unit is based: nothing of an aside "from" it, nor at the end of
    a sentence ("... by troops of LIB 12| based in Minhla|."); else the comma it was between."""
    at_end = aside.string[aside.end() : aside.end() + 1] in (".", "")
    # (nor after a unit's number, which a verb follows: "LIB 256|, based in Kawlin,| shelled V")
    after_number = aside.string[max(aside.start() - 1, 0) : aside.start()].isdigit()
    return "" if " from " in aside.group() or at_end or after_number else ","


#: the peoples of Myanmar by the names a report gives them (and faiths): "Chin", "Ta'ang"
PEOPLES_NAMES = (
    r"Chin|Shan|Kachin|Karen|Kayin|Karenni|Kayah|Kayan|Mon|Rakhine|Arakanese|Bamar|Burman|Naga"
    r"|Lisu|Lahu|Akha|Wa|Ta'ang|Palaung|Pa-O|Danu|Intha|Rohingya|Muslim|Christian|Buddhist|Hindu"
)
#: the speaker's own village, named as theirs
_OUR_VILLAGE = re.compile(r"\b(?:our|my)\s+village\b")
#: a finding's opening words: "The Mission has reasonable grounds to conclude that", "Amnesty
#: International found that", "HRW has documented that"
_FINDING_LEAD = re.compile(
    r"^(?:The\s+)?(?:[A-Z][\w-]*\s+){1,4}(?:has\s+|have\s+|had\s+)?(?:reasonable\s+grounds\s+to"
    r"\s+(?:conclude|believe)|found|concluded|documented|verified|confirmed|established)\s+that"
    r"\s+"
)


def with_witness_lead_last(text: str) -> str:
    """``text`` without the lead naming whose account it is ("My name is X, I am 29. "), its
    areas put last ("Witness from
    Minbu township (Magway Region), aged 42: They came to V ...": "They came to V ..., Minbu
    township, Magway Region"); else ``text``."""
    if text.startswith(("My name is", "my name is")) and (named := _NAME_GIVEN.match(text)):
        return text[named.end() :]  # ("My name is Ma Ei Phyu, I am 29. I am from ...")
    lead = _WITNESS_LEAD.match(text)
    if lead is None:
        return text
    if told := _FOLLOWING_HAPPENED_IN.search(lead.group()):
        # ("Respondent (M, 53), interviewed in A. He said that on ... the following happened in
        # V, T Township: Three policemen were shot dead ...")
        return told["place"]
    areas = _AREA_IN_REFERENCE.findall(lead.group())
    if (home := _LEAD_HOME.search(lead.group())) and _OUR_VILLAGE_TOLD.search(text, lead.end()):
        # (the witness's own village, where what they tell of happened: "Statement 24 (male,
        # 41, from V village, T Township): "The jet dropped two bombs on our village ... We ran
        # to W."")
        return ", ".join([f"{home['home']} village", *filter(None, [home["tract"]]), *areas])
    if (now := _LEAD_NOW_LIVING.search(lead.group())) and re.search(
        rf"\bhere\s+in\s+{re.escape(now['now'])}\b", text[lead.end() :]
    ):
        # (where the witness lives now, where it happened: "(male, 67, originally from A
        # village, T Township, now living in B village, U Tsp): "... the house next to mine
        # here in B."")
        return ", ".join(p for p in (f"{now['now']} village", now["area"]) if p)
    if (ward := _LEAD_WARD.search(lead.group())) and _OUR_WARD_TOLD.search(text, lead.end()):
        # (the witness's own ward and town: "Statement 4 (male, 60, Ward 3, Hpapun): "... the
        # soldiers searched every house in our ward.")
        return f"{ward['ward']}, {ward['town']} town"
    return ", ".join([text[lead.end() :].rstrip(" ."), *areas]) if areas else text[lead.end() :]


#: the place a lead says what follows happened in, before its colon: "the following happened in
#: |V village, about 6 miles east of Ye|:"
_FOLLOWING_HAPPENED_IN = re.compile(
    r"\b(?:the\s+following|this|what\s+follows)\s+(?:happened|took\s+place|occurred)\s+(?:in|at)\s+"
    r"(?P<place>[A-Z][^:]*?)\s*:\s*$"
)
#: where a witness is from, in the lead of their account: "(male, 41, from | V| village, ..."
_LEAD_HOME = re.compile(
    rf"\bfrom\s+(?P<home>{_NAME})(?:\s+village\b|(?=,\s+{_NAME}\s+(?i:township|tsp|twp)\b)"
    # (or with its tract in brackets: "from Myauksee| (Myauk See village tract)|, Kale township")
    rf"|\s*\((?P<tract>{_NAME}\s+village\s+tract)\)(?=,\s+{_NAME}\s+(?i:township|tsp|twp)\b))"
)
#: where a witness lives now, in the lead of their account: "..., |now living in B village, U
#: Tsp|)"
_LEAD_NOW_LIVING = re.compile(
    rf"\bnow\s+(?:living|staying)\s+in\s+(?P<now>{_NAME})(?:\s+village)?"
    rf"(?:,\s+(?P<area>{_NAME}\s+(?i:township|tsp|twp)))?"
)
#: a witness's ward and town, in the lead of their account: "(male, 60|, Ward 3, Hpapun)|"
_LEAD_WARD = re.compile(
    rf",\s+(?P<ward>(?:Ward|No\.?)\s*\d{{1,2}}|\d{{1,2}}\s+Ward|{_NAME}\s+Ward),\s+(?P<town>{_NAME})\)"
)
#: what befell the speaker's own ward: "searched every house | in our ward|"
_OUR_WARD_TOLD = re.compile(
    r"\b(?:in|into|at|entered|raided|searched|surrounded)\s+(?:every\s+house\s+in\s+)?"
    r"(?:our|my)\s+ward\b"
)
#: what befell the speaker's own village: "two bombs | on our village|", "|in our village|"
_OUR_VILLAGE_TOLD = re.compile(
    r"\b(?:in|on|into|at|entered|raided|burned|burnt|bombed|shelled|attacked|surrounded)\s+"
    r"(?:our|my)\s+(?:own\s+)?village\b"
)
#: a witness's name and age, opening their account: "My name is Ma Ei Phyu, I am 29. "
_NAME_GIVEN = re.compile(
    r"[Mm]y\s+name\s+is\s+[^,.;]{1,40}[,.;]\s*(?:[Ii]\s+am\s+\d{1,3}[,.;]?\s*)?"
)  # (or a message's, in lower case: "my name is not important. i am from ...")
#: the lead naming whose account a text is: "Witness from T township (S), aged 42: ",
#: "Testimony of Ma X, 42, T Township, S Region: "
_WITNESS_LEAD = re.compile(
    r"^(?:(?:A|The)\s+)?(?:Witness|Testimony|Account|Statement|Survivor|Respondent|Interviewee)"
    r"\b[^:\n]{0,160}:\s+[\"“]?"
    # (or who the witness is, by their people, and their age: "Chin witness (male, 57): ",
    # "Kachin woman (52), interviewed in Bhamo: ")
    rf"|^(?:(?:A|The)\s+)?(?:{PEOPLES_NAMES})\s+(?:witness|survivor|woman|man|villager|farmer"
    r"|mother|father|resident|refugee|teacher|nurse|monk|elder)\s+\([^()\n]{0,40}\d[^()\n]{0,40}\)"
    r"(?:,\s+[^:\n]{0,60})?:\s+[\"“]?"
    # (or a periodic report's heading: "NUG Ministry of Defence weekly report, point 4: ")
    r"|^(?:(?:[A-Z][\w'’-]*|of|for|and|the)\s+){1,6}?(?:weekly|daily|monthly)\s+(?:report|update"
    r"|bulletin)"
    r"(?:,\s+(?:point|item|para(?:graph)?)\s+\d+)?:\s+"
)


def coded_place(text: str) -> str:
    """A coder's note of where an event was placed, with the township the text names ("clash
    nr V (T T/S); fighting spilled toward W village; coded to V": "V, T T/S"), or its place
    field ("geo: V, T, S [prec 2; nearest village]; not W as in first report": "V, T, S");
    without the coder's comment after it ("V (T twp.) -- coder: several villages named V ...");
    else ``text``."""
    if text[:4].lower() == "geo:" and (field := _GEO_FIELD.match(text)):
        return field["place"]
    if "coder:" in text:
        text = _CODER_COMMENT.sub("", text)
    if "[" in text:  # ("Myingyan twp, V| [coded per local CDM report, geo-prec 2]|")
        text = _CODER_BRACKET.sub("", text)
    coded = _CODED_TO.search(text) if "coded " in text else None
    if coded is None:
        return text
    townships = [named.group() for named in _TOWNSHIP_ANY_FORM.finditer(text)]
    return ", ".join([coded["place"], *townships[:1]])


#: a coder's place field, its precision in brackets: "geo: |V, T, S| [prec 2; nearest village];"
_GEO_FIELD = re.compile(r"^(?i:geo)\s*:\s*(?P<place>[^\[\];]+?)\s*(?:\[[^\]]*\])?\s*(?:;|$)")
#: a coder's comment after the place: "V (T twp.)| -- coder: several villages named V; ...|"
_CODER_COMMENT = re.compile(r"\s*(?:--|—|–|;)\s*(?i:coder|coder['’]s\s+note)\s*:.*$")
#: a coder's note in square brackets ending the text: "V| [coded per local CDM report, geo-prec 2]|"
_CODER_BRACKET = re.compile(
    r"\s*\[(?i:coded|geo-?coded|geo-?prec|prec(?:ision)?|per)\b[^\[\]]*\]\s*$"
)
#: a coder's note: "coded to V per local media", "geocoded to V village"
_CODED_TO = re.compile(
    r"\b(?i:coded|geocoded)\s+(?:to|as|at)\s+"
    r"(?P<place>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,4}(?:\s+(?i:village|town|ward))?)"
)
_TOWNSHIP_ANY_FORM = named_with_kind("township|tsp|twp|t/s", "{1,3}")


def without_rights_report_marks(text: str) -> str:
    """``text`` without a human-rights report's finding words, citations of interviews and
    where a unit is based, said in passing, with "a person" for a witness named by initials
    ("The Mission has reasonable grounds to conclude that on 12 March ...": "on 12 March ...";
    "said E.N., 65, who fled V village ... (interview with S.L., 60, from Pan Thar)": "said a
    person who fled V village ..."; "LIB 90, headquartered in X, used V village as a base")."""
    if " that " in text:
        text = _FINDING_LEAD.sub("", text, count=1)
    if "nterview" in text:
        text = _INTERVIEW_CITED.sub("", text)
    if "recorded " in text or "nterviewed " in text:
        text = _TESTIMONY_CITED.sub("", text)  # ("... — testimony of a mother, recorded in W")
    if "." in text and (named := _WITNESS_INITIALS.sub("a person", text)) != text:
        # (and where that person is from, when the text names another place: "A.H., 33, a
        # mother of three from W, was staying with relatives in V village ...")
        moved = _PERSON_ORIGIN.sub("", named)
        own = _OWN_VILLAGE_STRUCK.search(named)  # (not "... the shelling of her village")
        text = moved if moved != named and not own and NAMED_SETTLEMENT.search(moved) else named
    if (
        "ed in " in text
        or "ed at " in text
        or "ed near " in text
        or " from their " in text
        or " from its " in text
    ):
        # (an aside between commas leaves none: "members of the 11th LID|, operating from their
        # base at Tedim,| raided V")
        text = _UNIT_BASED_IN.sub(_unit_base_left_out, text)
    if any(word in text for word in _WITNESS_CUES):
        # (but not the speaker's home when they tell what was done to "our village": "I am
        # 52, a farmer from V village, T township. In December the soldiers entered our
        # village ...")
        own = _OUR_VILLAGE.search(text) is not None

        def unsaid(found: re.Match[str]) -> str:
            if own and not (found["who"] or found["coded"] or found["coded_bracket"]):
                return found.group() if found.group().startswith(",") else ""
            return found["who"] or found["coded"] or found["coded_bracket"] or ""

        # (nor when the witnesses' village is the one place named, where "the village" is: "W
        # from V village in T Township told ... soldiers took up positions in the village
        # school")
        home = _WITNESS_HOME.search(text)
        if not (
            home
            and _THE_VILLAGE.search(text)
            and len(NAMED_SETTLEMENT.findall(text)) == 1
            and NAMED_SETTLEMENT.search(home.group())
        ):
            text = _WITNESS_HOME.sub(unsaid, text)
        text = _WITNESS_WHO_WAS.sub("", text)
        if said := _RESIDENT_SAID.match(text):  # (when what they said names another village)
            text = _if_it_still_names(text[said.end() :], text, NAMED_SETTLEMENT)
    if any(word in text for word in _OTHER_INCIDENT_CUES):
        text = _OTHER_INCIDENTS.sub("", text)
    return text


#: the words of a witness said in passing (a quick look before ``_WITNESS_HOME``)
_WITNESS_CUES = (
    "itness",
    "urvivor",
    "omplainant",
    "esident",
    "illager",
    "W",
    "nterview",
    "year-old",
    "farmer",
    "teacher",
    "trader",
)
#: the words of other incidents a report refers to (a quick look before ``_OTHER_INCIDENTS``)
_OTHER_INCIDENT_CUES = (
    *("imilar", "ee also", "see para", "following townships", "maller", "inor "),
    "received reports",
    *("pattern", "omparable", "departure from", "whereas", " also "),
)
#: other incidents a report refers to in passing, and the townships they were in: "..., as well
#: as similar incidents in A and B townships", "(see paras. 28-33)", "Similar killings were
#: reported in A and B townships.", "See also paras. 34-36 on A and B townships.", "Incidents
#: of arson were documented, inter alia, in the following townships of S Region: A, B and C."
_OTHER_INCIDENTS = re.compile(
    r"\s*\((?:see|cf\.?)\s+(?:also\s+)?paras?\.[^()]*\)"
    r"|,?\s+as\s+well\s+as\s+(?:similar|other)\s+\w+\s+in\s+[^.;]*?\btownships?\b"
    r"|(?:^|(?<=[.;\]¹²³⁴⁵⁶⁷⁸⁹⁰]\s))(?:Similar|Other)\s+[^.]*?\s+(?:were|was|have\s+been|had\s+been)\s+"
    r"(?:reported|documented|recorded)\s+in\s+[^.]*?\btownships?\b[^.]*\.\s*"
    # ("The Mission also received reports of attacks in A, B and C Townships.")
    r"|(?:^|(?<=[.;\]¹²³⁴⁵⁶⁷⁸⁹⁰]\s))[^.]*?\balso\s+(?:received|heard)\s+reports?\s+of\s+[^.]*\.\s*"
    # ("...; smaller clashes were reported in Myingyan and Natogyi.")
    r"|;\s+(?:smaller|minor|other|similar|further)\s+(?:clashes|incidents|attacks|skirmishes"
    r"|fighting)\s+(?:were|was)\s+(?:also\s+)?(?:reported|recorded|documented)\s+in\s+[^.;]*"
    # ("...; fighting also reported in Kyauk Kyat.")
    r"|;\s+(?:fighting|clashes|shelling|gunfire|explosions)\s+(?:(?:was|were)\s+)?also\s+"
    r"(?:reported|heard|seen)\s+(?:in|at|near|around)\s+[^.;]*"
    r"|(?:^|(?<=[.\]¹²³⁴⁵⁶⁷⁸⁹⁰]\s))See\s+also\s+paras?\.\s+[^.]*\.\s*"
    # (an encyclopedia's other articles: "(see also: X massacre; Y massacre)", "See also:
    # Battle of X; Battle of Y.")
    r"|\s*\((?i:see\s+also):[^()]*\)|(?:^|(?<=[.]\s))(?i:see\s+also):[^.]*\.?\s*$"
    r"|(?:^|(?<=[.]\s))[^.]*\bthe\s+following\s+townships\b[^.:]*:[^.]*\.\s+(?=[A-Z])"
    # (an analysis's places like it, or unlike it: "..., a pattern also visible in Mudon",
    # "...; comparable sequences occurred near A and around B", "..., a departure from patterns
    # observed near the X mine")
    r"|,\s+a\s+pattern\s+(?:also\s+)?(?:visible|seen|evident|observed|repeated|echoed)\s+"
    r"(?:in|at|near|around)\s+[^.;]*"
    r"|;\s+(?:comparable|similar)\s+\w+\s+(?:occurred|were\s+seen|took\s+place|followed)\s+[^.;]*"
    r"|,\s+a\s+departure\s+from\s+[^.;]*"
    # ("... hit the centre of T town|, whereas strikes in A and B townships mostly targeted ...|")
    # (not a village named there: "the Myitsone dam site saw few events, whereas V village ...
    # was shelled")
    r"|,\s+whereas\s+(?![^.;]*\b[A-Z][\w'’-]*\s+(?i:village|town)\b)[^.;]*"
)


#: where a witness or complainant is from or lives, said in passing: "According to a witness
#: from A village, T Township, | soldiers ...", "The complainant|, a resident of A village in T
#: Township,| submits ...", "Witness W-230|, a farmer from A village, T Township,| told ...",
#: "[32] Interview with a resident of A village (W-121), describing | the raid on B village"
_HOME_AND_TOWNSHIP = (
    r"(?:[^,().;]|\.(?!\s))+?(?:\s*\([^()]*\))?"
    r"(?:,\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}\s+Township)?"
)
_WITNESS_HOME = re.compile(
    # (or "According to a 43-year-old resident of A village who witnessed the attack ..., ")
    r"\b(?i:according\s+to)\s+(?:a|one|the|another)\s+(?:[\w-]+\s+){0,2}?(?:witness|resident"
    rf"|villager|survivor)\s+(?:from|of|in)\s+{_HOME_AND_TOWNSHIP},\s+"
    r"|(?P<who>\b(?:(?:[Cc]omplainant|[Aa]pplicant|[Pp]etitioner|[Vv]ictim|[Ww]itness)"
    r"(?:\s+\(?(?:W-?\d+|[A-Z]{1,3}-?\d{1,4})\)?)?|W-?\d+|[A-Z]{1,3}-?\d{1,4})),\s+"
    r"(?:an?\s+(?:[\w-]+\s+){0,2}?(?:resident|native|villager|farmer|teacher|trader|woman|man)"
    rf"\s+)?(?:originally\s+)?(?:of|from)\s+{_HOME_AND_TOWNSHIP},"
    # ("Z.E., 77|, a teacher from Daw Hpar,| was visiting relatives in V village")
    r"|(?:(?<=\d)|(?<=person)),\s+an?\s+(?:[\w-]+\s+){0,2}?(?:resident|native|villager|farmer"
    r"|teacher|trader|nurse"
    r"|student|monk|woman|man)\s+(?:originally\s+)?(?:of|from)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}"
    r"(?:\s+village)?(?:,\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\s+Township)?,"
    # ("Witness CC-351 | from Thar Paung| stated that ...")
    r"|(?P<coded>\b[Ww]itness\s+[A-Z]{1,3}-?\d{1,4})\s+(?:from|of)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}"
    r"(?:\s+village)?(?=\s+(?:stated|said|told|recalled|described)\b)"
    # ("Witness CW-599 | (from Pa Be, Ngape Township)| identified the unit")
    rf"|(?P<coded_bracket>\b[Ww]itness\s+[A-Z]{{1,3}}-?\d{{1,4}})\s+\((?:from|of)\s+{_HOME_AND_TOWNSHIP}\)"
    # ("Witnesses MM-097 and FF-255|, both from A,| described ...")
    r"|(?<=\d),\s+(?:both|all)\s+(?:from|of)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}(?:\s+village)?,"
    r"(?=\s+(?:described|said|told|recalled|recounted|reported|stated)\b)"
    # ("Witnesses interviewed in A village| reported that ...")
    r"|\b(?:[Ww]itnesses|[Rr]esidents|[Ss]urvivors)\s+(?:interviewed\s+in|from)\s+"
    rf"{_HOME_AND_TOWNSHIP}(?=,?\s+(?:reported|said|told|described|recounted|corroborated|confirmed"
    r"|stated)\b)"
    # ("188 Interview with W-389, a resident of A village. The witness described ...")
    r"|^(?:\[\d+\]\s*|\d{1,3}\s+)?Interview\s+with\s+(?:an?\s+(?:resident|villager|witness|survivor|woman"
    r"|man)|(?:[Ww]itness\s+)?W-?\d+,\s+(?:an?\s+[a-z]+\s+)?)\s*(?:of|from)\s+"
    rf"{_HOME_AND_TOWNSHIP}(?:,\s+(?:who\s+)?|\.\s+(?:The\s+witness|She|He)\s+)"
    r"(?:describing|described|recounted|about|concerning|on)\s+"
)
#: a resident who told what happened elsewhere, and where they are from: "A resident of A
#: village | said troops had entered nearby B village ..."
_RESIDENT_SAID = re.compile(
    r"(?:An?|One|Another)\s+(?:witness|resident|villager|survivor)\s+(?:from|of)\s+"
    rf"{_HOME_AND_TOWNSHIP}\s+(?=(?:said|says|told|recalled)\s+(?:that\s+)?[a-z])"
)
#: where a witness was or lives now, said in passing: "A witness (W-119)|, who now lives in A
#: village, T Township,| recounted ...", "Witness W-231|, who was in A village at the time,|"
_WITNESS_WHO_WAS = re.compile(
    r"(?<=\))?,\s+who\s+(?:now\s+)?(?:lives?|lived|was|were|is|stays?|had\s+been)\s+(?:in|at)\s+"
    rf"{_HOME_AND_TOWNSHIP}(?:\s+at\s+the\s+time)?,(?=\s+[a-z])"
    # ("In V village, a witness| who later fled to N|, said ...")
    r"|(?<=[Ww]itness)\s+who\s+(?:later\s+)?(?:fled|moved|escaped)\s+to\s+"
    rf"{_HOME_AND_TOWNSHIP}(?=,|\s+(?:said|told|described|recounted|stated)\b)"
    # ("A survivor|, now in Zee Kone,| described ...")
    r"|(?:(?<=[Ss]urvivor)|(?<=[Ww]itness)|(?<=resident)|(?<=villager)),\s+now\s+"
    r"(?:living\s+|staying\s+|sheltering\s+)?"
    rf"(?:in|at)\s+{_HOME_AND_TOWNSHIP},(?=\s+[a-z])"
)


#: a Burmese case word translated word for word after a place: "V village to, the troops
#: attacked" (ကို), "V village at, ..." (မှာ)
_CASE_WORD_AFTER_PLACE = re.compile(r"\b((?i:village|town|ward|township))\s+(?:to|at|in)\s*,")


def without_case_words(text: str) -> str:
    """``text`` without a Burmese case word translated word for word after a place ("on
    5.11.2021, Paletwa Township Tha Kyaw village to, the troops attacked": "..., Paletwa
    Township Tha Kyaw village, the troops attacked")."""
    return _CASE_WORD_AFTER_PLACE.sub(r"\1,", text) if "," in text else text


#: a distance from "the town", which a sentence has named before: "marching from Indaw ... at V
#: village, roughly 15 km northwest of | the town"
_FROM_THE_TOWN = re.compile(
    r"\b(?:km|kms|kilomet(?:re|er)s|miles?)\s+(?:[a-z]+\s+){0,2}"
    r"(?P<prep>of|from)\s+(?P<town>the\s+(?:town|city))\b(?!\s+of\b)"
)
#: a town named after a word of place or motion, not a village or an area
_TOWN_NAMED = re.compile(
    r"\b(?:from|in|at|near|outside)\s+(?P<town>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})"
    r"(?:\s+town)?\b(?!\s+[A-Z])(?!\s+(?i:village|vlg|ward|township|tsp|twp|tract|region|state))"
)


def with_the_town_named(text: str) -> str:
    """``text`` with the town it has named for "the town" a distance is measured from ("A column
    marching from Indaw clashed at V village, roughly 15 km northwest of the town": "... of
    Indaw town"), or a ward named by its number alone is in ("The monastery is in Ward No. 4.":
    "Ward No. 4, T town"), when it has named one town only; else ``text``."""
    if "ard No" in text and (ward := _WARD_BY_NUMBER_ALONE.search(text)):
        # (or the town of a ward named by its number alone: "... a monastery in Yesagyo town.
        # The monastery is in |Ward No. 4|.": "Ward No. 4, Yesagyo town")
        named = {found["town"] for found in _TOWN_NAMED.finditer(text, 0, ward.start())}
        if len(named) == 1:
            return f"{text[: ward.end()]}, {named.pop()} town{text[ward.end() :]}"
    if "the town" not in text or not (town := _FROM_THE_TOWN.search(text)):
        return text
    named = {found["town"] for found in _TOWN_NAMED.finditer(text, 0, town.start())}
    if len(named) != 1:
        return text
    return f"{text[: town.start('town')]}{named.pop()} town{text[town.end() :]}"


#: a ward named by its number alone, ending a sentence: "The monastery is in |Ward No. 4|."
_WARD_BY_NUMBER_ALONE = re.compile(r"(?<=\bin\s)[Ww]ard\s+No\.?\s*\(?\d{1,3}\)?(?=\.(?:\s|$))")
#: an event named after its place, opening an encyclopedia's sentence: "The Battle of | V |
#: was fought ...", "The | V | massacre (also spelled W) was ..."
_EVENT_NAMED_FOR_PLACE = re.compile(
    rf"^(?:The\s+)?(?:(?P<kind>Battle|Siege|Fall|Capture|Sack|Offensive)\s+of\s+(?P<of>{_NAME})"
    rf"|(?P<named>{_NAME})\s+(?P<event>massacre|killings|airstrike|bombing|raid|attack|fire"
    r"|arson|clashes|battle)\b)"
    r"(?:\s*\((?:also\s+(?:spelled|spelt|written|known\s+as)|Burmese:)[^()]*\))?"
)


def without_event_name(text: str) -> str:
    """``text`` without the name of an event that opens it, when the text names the event's
    place again ("The Battle of Gwayt Gyi was fought ... in Gwayt Gyi, a village in Myingyan
    Township": "The battle was fought ... in Gwayt Gyi, a village in Myingyan Township"); the
    name alone would be read before the place with its township."""
    if " | " in text or not (event := _EVENT_NAMED_FOR_PLACE.match(text)):
        return text  # (a table's field names the event: "Battle of V | 13 August | V, T")
    place = event["of"] or event["named"]
    if place.split()[-1].lower() in ("the", "a") or place not in text[event.end() :]:
        return text
    word = (event["kind"] or event["event"]).lower()
    return f"The {word}{text[event.end() :]}"


#: where it was seen or heard from: "I could see it from Shwe Nyaung Pin.", "; smoke visible
#: from Par Chaung", "the blasts were heard in Kani town"
_SEEN_FROM = re.compile(
    # ("...; villagers in A reported seeing the smoke")
    r"[;.]\s+(?:[Vv]illagers|[Rr]esidents|[Pp]eople|[Ll]ocals)\s+(?:in|of|at)\s+[A-Z][^.?!;]*?\s+"
    r"(?:reported\s+)?(?:seeing|saw|hearing|heard)\s+(?:the\s+)?(?:smoke|flames|fire|explosions?"
    r"|blasts?|shelling|gunfire)\b[^.?!;]*"
    # ("We heard the shooting from A."; not when the witness went there next: "I heard gunfire
    # from V village. When I went there later I saw the bodies")
    r"|[;,]?\s*\b(?:I|we|We)\s+heard\s+(?:the\s+)?\w+(?:\s+\w+)?\s+from\s+(?>[^.?!;]*[.?!;]?)"
    r"(?!\s*(?:When|After|Later)\s+(?:I|we)\s+(?:went|came|got|returned|ran)\s+(?:back\s+)?there)"
    r"|[;,]?\s*\b(?:(?:I|we|We)\s+(?:could|can|did|would)\s+(?:see|hear|watch)\s+(?:it|them"
    r"|the\s+\w+)|(?:(?:[Tt]he\s+)?[Ss]moke(?:\s+(?:plume|column|cloud)s?)?|[Ff]lames|[Ff]ire|[Tt]he\s+fire"
    r"|[Ee]xplosions?|[Bb]lasts?|[Tt]he"
    r"\s+blasts?)\s+(?:(?:was\s+|were\s+|is\s+|are\s+|could\s+be\s+|can\s+be\s+)?(?:visible|seen"
    # ("smoke can see from W vlg", a message's; "We could hear the shooting all the way from W")
    r"|heard)|(?:can|could)\s+see))(?:\s+all\s+the\s+way)?\s+(?:from|in)\s+"
    r"(?:the\s+)?(?=[A-Z])[^.?!;]*?"  # (not "the fire seen in the uploaded clip is V")
    # (to the sentence's end, or to where the smoke rises: "Smoke seen from T town| rises over V")
    r"(?:(?=\s+(?:rises?|rising|rose|billows?|billowing|hangs?|hanging)\s+(?:over|above)\s)"
    r"|(?=\s+as\s+(?:fires?|flames|smoke|shells?|bombs?)\s)"  # ("... from T| as fires burn in V")
    r"|[.?!;]|$)"
    # (or who filmed it: "V-T-S.| Filmed by a PDF member|; uploaded in W.")
    r"|\s*(?:^|(?<=[.;]\s))(?:Filmed|Recorded|Shot|Photographed|Video\s+taken|Taken)\s+by\s+"
    r"(?:an?|the|local)\s+"
    r"[^.;:]*(?=[.;]|$)"
    # (or the place it was seen over, then where from: "smoke over V village| seen from W|, T
    # Township")
    rf"|(?:(?<=village)|(?<=town))\s+seen\s+from\s+{_NAME}(?:\s+(?:village|town))?(?=,)"
    # (shelling heard from a place, before where it fell: "shelling heard from Kani|; minutes
    # later shells land in V village")
    r"|\s*\b(?:[Ss]helling|[Gg]unfire|[Gg]unshots|[Ss]hots)\s+(?:was\s+|were\s+)?heard\s+from\s+"
    r"[A-Z][^.?!;]*(?=;\s+[^.?!;]*\b(?:land|landed|lands|fell|hit|struck)\b)"
    # (or where footage was filmed or uploaded: "Filmed from T.", "Footage uploaded in T.", to
    # what the post says of it: "Filmed from T looking SE|: the plume rises over V", "(uploaded
    # from T|) geolocated to V")
    r"|[;,]?\s*\b(?:(?:[Ff]ootage|[Vv]ideo|[Cc]lip|[Ii]t)\s+(?:was\s+)?)?(?:[Ff]ilmed\s+from"
    r"|[Uu]ploaded\s+(?:from|in)|[Pp]osted\s+from"
    # ("The video was uploaded by an account based in Kyaikto.")
    r"|(?:[Uu]ploaded|[Pp]osted|[Ss]hared)\s+by\s+(?:an?\s+)?(?:account|page|user|channel|group)"
    r"\s+(?:based\s+)?in"
    # ("Original post came from Khin U town.")
    # (not "the footage is from V village", what it shows)
    r"|(?:[Oo]riginal\s+(?:post|video|footage|upload)|post)\s+(?:came|comes|is|was)\s+from)\s+"
    r"(?:the\s+(?:outskirts|edge|hills?|ridge|side|centre|center|road|highway|bridge)\s+"
    r"(?:of|above|near|outside|to)\s+)?"  # ("filmed from the road outside Sagaing")
    r"(?=[A-Z])[^.?!;:()]*?"
    # (to what it shows: "the clip uploaded in W| is V"; ", but the fires are in V")
    r"(?=\s+(?i:geolocated|geoconfirmed|shows?|showing|captures?|is)\b|[:()→]|\s+->|[.?!;]|$"
    r"|,\s+but\s)[.?!;]?"
    # (and what it was matched by: "Uploaded from T, | but the camera faces V; ridge profile
    # matches.")
    r"|,?\s+but\s+the\s+camera\s+(?:faces|points|looks)\s+[^.?!;]*[.?!;]?"
    r"|\s*\b(?i:ridge(?:\s+(?:profile|line))?|terrain|skyline|treeline)\s+match(?:es|ed)?[.!]?"
    # (or what it was placed by: "Smoke over Hsipaw town| — geolocated via the Dokhtawady bridge|")
    r"|\s*[—–-]?\s*\b(?i:geolocated|geoconfirmed|located|matched)\s+(?:via|using|through)\s+"
    r"(?:the\s+)?[^.;:(),]{1,60}?(?=[.;:(),]|$)"
)


def without_where_it_was_seen_from(text: str) -> str:
    """``text`` without where a witness saw or heard it from ("arson reported V, Saw T/S;
    smoke visible from Par Chaung": "arson reported V, Saw T/S"), when a place remains."""
    if not (" from " in text or " in " in text or "ed via " in text or "ed using " in text) or not (
        seen := _SEEN_FROM.search(text)
    ):
        return text
    cut = _SEEN_FROM.sub("", text).strip()
    # (a place's name left, not a kind word alone: "Explosions were heard in Namtu town ...; a
    # bomb went off near the township administration office.")
    if not _CAPITALISED_WORD.search(cut):
        return text
    if (" km " in cut or " mile" in cut or "km " in cut) and (
        viewer := _PLACE_SEEN_FROM.search(seen.group())
    ):
        # (a distance from where it was seen: "Video uploaded in Tamu shows smoke rising from V
        # village ~7 km to the southwest": "... from V village ~7 km southwest of Tamu")
        cut = _with_distance_from(cut, viewer["place"])
    return cut


#: the place it was seen, filmed or uploaded from
_PLACE_SEEN_FROM = re.compile(r"\b(?:from|in)\s+(?P<place>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})")


#: a Burmese name after its township with a case ending and no kind word: "ပျော်ဘွယ်မြို့နယ်၊
#: | မြောင်းဂွ|ကို ဒရုန်းဖြင့် တိုက်ခိုက်ခဲ့သည်" (Myaung Gwa, in Pyawbwe Township, was attacked)
_MM_NAME_AFTER_TOWNSHIP = re.compile(
    r"(?<=မြို့နယ်[၊,]\s)(?P<name>[\u1000-\u109f]+?)(?P<case>ကို|တွင်|မှာ|၌)(?=[\s။]|$)"
)
#: the Burmese kind words a name may hold
_MM_KIND_ENDINGS = ("ကျေးရွာ", "ရွာ", "မြို့", "ရပ်ကွက်", "မြို့နယ်", "အုပ်စု", "စခန်း")


def with_burmese_words_in_english(text: str) -> str:
    """An English sentence with the Burmese words for who acted and of its date in English
    ("... shot dead by the စစ်ကောင်စီ troops ...": "... by the junta troops ..."; "on 2022
    ခုနှစ် June 23 ရက်": "on 2022 June 23"), so that it is read as English; else ``text``."""
    if not text[:1].isascii() and not _BURMESE_DEED_FIRST.match(text):
        return text  # (Burmese, but for a message opening with what was done: "ဗုံးကြဲ!! V ...")
    if "Sit" in text:  # (the army, romanised: "the Arakan Army attacked the Sit-Tat in V")
        text = _SIT_TAT.sub("soldiers", text)
    if "ရပ်ကွက်" in text and (ward := _BURMESE_WARD_AFTER_TOWN.search(text)):
        # ("Tarlay town (Tachileik tsp) အမှတ် (၃) ရပ်ကွက် - police raid": No. 3 ward of the town)
        number = ward["number"].translate(_BURMESE_DIGITS)
        text = f"{text[: ward.start()]}No. {number} ward, {ward['town']}{text[ward.end() :]}"
    if not _BURMESE_WORD_IN_ENGLISH.search(text):
        return text
    return _BURMESE_WORD_IN_ENGLISH.sub(_burmese_word_read, text)


#: a message opening with a Burmese word of what was done, then Latin letters: "ဗုံးကြဲ!! Pein
#: Inn, Ingapu tsp 11am ခန့်"
_BURMESE_DEED_FIRST = re.compile(r"^(?:ဗုံးကြဲ|လေကြောင်းတိုက်ခိုက်|မီးရှို့|ပစ်ခတ်|တိုက်ပွဲ)[!.\s]+[^\n]*?[A-Za-z]{3}")
#: Burmese words of what was done, in English: "V (T) |မီးရှို့ခံရ| 🔥" (was set on fire)
_BURMESE_DEEDS = {
    "မီးရှို့ခံရ": "was burned",  # (ခံရ: suffered, the passive)
    "မီးရှို့": "burned",
    "လေကြောင်းတိုက်ခိုက်ခံရ": "was hit by an airstrike",
    "လေကြောင်းတိုက်ခိုက်": "airstrike",
    "ဗုံးကြဲ": "bombed",
    "ပစ်ခတ်": "shooting",
    "တိုက်ပွဲဖြစ်": "fighting at",  # (ဖြစ်: happened)
    "တိုက်ပွဲ": "fighting",
}


def _burmese_word_read(word: re.Match[str]) -> str:
    """A Burmese word of ``_BURMESE_WORD_IN_ENGLISH`` in English ("" for a date's)."""
    if word["actor"]:
        return "junta"
    return _BURMESE_DEEDS[word["deed"]] if word["deed"] else ""


#: the army, in romanised Burmese: "the |Sit-Tat|", "|Sit-Tat| soldiers"
_SIT_TAT = re.compile(r"(?<=\bthe )Sit[- ]?[Tt]at\b|\bSit-Tat\b")
#: a town named in English, then its numbered ward in Burmese: "Tarlay town (Tachileik tsp) |
#: အမှတ် (၃) ရပ်ကွက်|" (ward No. 3)
_BURMESE_WARD_AFTER_TOWN = re.compile(
    r"(?P<town>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\s+(?i:town)(?:\s*\([^()]*\))?)\s*"
    r"အမှတ်\s*\(?(?P<number>[၀-၉0-9]{1,3})\)?\s*ရပ်ကွက်"
)
_BURMESE_DIGITS = str.maketrans("၀၁၂၃၄၅၆၇၈၉", "0123456789")


#: Burmese words between English ones: the military council, and a date's year and day words
_BURMESE_WORD_IN_ENGLISH = re.compile(
    # (after a word, or opening a message: "Hkun Htoo: |စစ်ကောင်စီ| troops raided ...")
    r"(?:(?<=[a-z] )|(?<=[:.] )|^)(?P<actor>စစ်ကောင်စီ)(?= [a-z])|(?<=[0-9]) ခုနှစ်(?= [A-Z])"
    r"|(?<=[0-9]) ရက်(?:နေ့)?(?=[.,\s]|$)"
    # (or "about" after a time: "1:37pm ခန့်")
    r"|(?<=[0-9apm]) ခန့်(?=[.,\s]|$)"
    # (or what was done, after the place: "Wan Lut (Mongyawng) |မီးရှို့ခံရ| 🔥🔥")
    # (or opening a message's line: "Ko Naing:\n|တိုက်ပွဲဖြစ်| ‼️ Vရွာ (T tsp)")
    r"|(?:(?<=[\w)] )|(?<=\n)|(?<=: )|^)(?P<deed>မီးရှို့ခံရ|မီးရှို့|လေကြောင်းတိုက်ခိုက်ခံရ|လေကြောင်းတိုက်ခိုက်"
    r"|ဗုံးကြဲ|ပစ်ခတ်|တိုက်ပွဲဖြစ်|တိုက်ပွဲ)(?=[\s.,!]|$)"
)


#: the romanised Burmese word for a village, in lower case after a capitalised name: "Se Gyi| ywa|"
_YWA_AFTER_NAME = re.compile(r"(?<=[a-z])\s+ywar?(?=[\s,.;:)]|$)")


def with_romanised_village_word(text: str) -> str:
    """``text`` with "village" for the romanised Burmese "ywa" after a capitalised name ("At
    Ye-U Township, Se Gyi ywa, ...": "..., Se Gyi village, ..."), in text not all in lower case
    (a message's words are read by :mod:`mapper.gazetteer.chat`); else ``text``."""
    if " ywa" not in text or text.islower() or not text.isascii():
        return text  # (a quick look first; Burmese words beside it are read with their own rules)

    def in_english(romanised: re.Match[str], word: str) -> str:
        before = _NAME_WORD_BEFORE.search(romanised.string, 0, romanised.start())
        return f" {word}" if before else romanised.group()

    text = _YWA_AFTER_NAME.sub(lambda ywa: in_english(ywa, "village"), text)
    if " myo" not in text.lower():
        return text
    text = _MYO_NE_AFTER_NAME.sub(lambda myo_ne: in_english(myo_ne, "Township"), text)
    villages = _ENGLISH_VILLAGE_NAMED.findall(text)
    townships = _ENGLISH_TOWNSHIP_NAMED.findall(text)
    if len(_ROMANISED_PARTICLES.findall(text)) >= 3 and len(villages) == len(townships) == 1:
        # (a message written in Burmese in Latin letters: "14/11/2023 ka V ywar mhar tite pwal
        # phyit tal. T myo nal ka ywar par.": "V village, T Township")
        return f"{villages[0]} village, {townships[0]} Township"
    return text


#: the romanised Burmese word for a township after its name: "Ann | myo nal|", "T | myo-ne|"
_MYO_NE_AFTER_NAME = re.compile(
    r"(?<=[a-z])\s+(?i:myo[\s-]?n(?:e|al|ae|el)|myone|myonal)(?=[\s,.;:)]|$)"
)
#: romanised Burmese particles: "mhar" (at), "tal" (statement's end), "par" (polite) ...
_ROMANISED_PARTICLES = re.compile(r"\b(?:mhar|hma|tal|tae|par|ka|ko|thay|phyit|kya)\b")
#: a village and a township named with their English kind words
_ENGLISH_VILLAGE_NAMED = re.compile(r"\b([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})\s+village\b")
_ENGLISH_TOWNSHIP_NAMED = re.compile(r"\b([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})\s+Township\b")


#: a capitalised word ending the text before a point
_NAME_WORD_BEFORE = re.compile(r"\b[A-Z][\w'’-]*$")


def with_burmese_village_word(text: str) -> str:
    """``text`` with "ကျေးရွာ" (village) after a Burmese name that follows its township with a
    case ending and no kind word ("ပျော်ဘွယ်မြို့နယ်၊ မြောင်းဂွကို": "... မြောင်းဂွကျေးရွာကို"),
    as such a name is a village's; else ``text``."""
    if "မြို့နယ်" not in text:
        return text

    def with_word(named: re.Match[str]) -> str:
        if any(word in named["name"] for word in _MM_KIND_ENDINGS):
            return named.group()  # (a kind word in it: "Vကျေးရွာအနီး", near V village)
        return f"{named['name']}ကျေးရွာ{named['case']}"

    return _MM_NAME_AFTER_TOWNSHIP.sub(with_word, text)


#: two groups' initials joined by a slash: "PDF/EAO", "KIA/PDF" (who fought, no place's name)
_INITIALS_PAIR = re.compile(r"\b([A-Z]{2,6})/([A-Z]{2,6})\b")


def with_initials_apart(text: str) -> str:
    """``text`` with groups' initials joined by a slash set apart ("overrun by PDF/EAO":
    "overrun by PDF and EAO"), as a sentence names who acted (not a place "PDF/EAO")."""
    return _INITIALS_PAIR.sub(r"\1 and \2", text) if "/" in text else text


#: a township's kind word, then its state with no comma: "Htantabin township | Bago region"; a
#: village's, then its township: "Zee Pyar vill | Pauk twnshp"
_AREA_AFTER_KIND = re.compile(
    r"\b((?i:township|tsp|twp))\s+(?=[A-Za-z]+(?:\s+\((?i:north|south|east|west)\))?"
    r"\s+(?i:region|state|division)\b)"
    r"|\b((?i:village|vill|vil|vlg)\.?)\s+(?=[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,4}"
    r"\s+(?i:township|tsp|twp|twsp|twnshp|t/s)\b)"
)
#: a ward by its number, then its town with no comma: "|Ward No.4| Kyaukme town"
_WARD_BEFORE_TOWN = re.compile(
    r"\b([Ww]ard\s+No\.?\s*\d{1,2})\s+(?=[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s+(?i:town)\b)"
)
#: an address all in lower case with no commas: "v village w village tract t township"
_LOWER_NAME_WORD = r"(?!(?:village|tract|township)\b)[a-z][\w'’-]*"
_LOWER_NAME = rf"{_LOWER_NAME_WORD}(?:\s+{_LOWER_NAME_WORD}){{0,4}}"
_LOWER_ADDRESS = re.compile(
    rf"(?P<village>{_LOWER_NAME})\s+village\s+(?:(?P<tract>{_LOWER_NAME})\s+village\s+tract\s+)?"
    rf"(?P<township>{_LOWER_NAME})\s+township"
)
#: a village's kind word before its township, in a text all in lower case: "thet hnin inn
#: village | zay yar thi ri township"
_LOWER_AREA_AFTER_KIND = re.compile(
    r"\b(village|vill|vil|vlg)\s+(?=[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,4}"
    r"\s+(?:township|tsp|twp|twnshp|t/s)$)"
)


def with_areas_apart(text: str) -> str:
    """``text`` with a comma between a township and the state after it ("... in Htantabin
    township Bago region": "... in Htantabin township, Bago region"), and between a village
    and its township ("Zee Pyar vill Pauk twnshp": "Zee Pyar vill, Pauk twnshp")."""
    if "ard No" in text:  # ("Ward No.4 | Kyaukme town - 2 civilians injured")
        text = _WARD_BEFORE_TOWN.sub(r"\1, ", text)
    if not any(
        piece in text for piece in ("ownship ", "sp ", "wp ", "ill ", "ill. ", "il ", "lg ", "age ")
    ):
        return text  # (a quick look first)
    if text.islower():
        if address := _LOWER_ADDRESS.fullmatch(text.strip()):
            # ("thar yar su village yae sin village tract zay yar thi ri township")
            tract = f"{address['tract']} village tract, " if address["tract"] else ""
            return f"{address['village']} village, {tract}{address['township']} township"
        return _LOWER_AREA_AFTER_KIND.sub(r"\1, ", text)
    return _AREA_AFTER_KIND.sub(lambda kind: f"{kind[1] or kind[2]}, ", text)


#: a kind word run into the name before it: "PaungbyinTsp", "#BilinTownship", "TarMaHkanVlg";
#: in lower case, a field note's abbreviation after a capitalised name: "Myin Chinvlg,
#: Shwebotwp-PDF ambush" (not a word's own ending: "civil")
_KIND_RUN_ON = re.compile(r"(?<=[a-z])(?=(?:Tsp|Twp|Township|Vlg|Village)\b)")
_LOWER_KIND_RUN_ON = re.compile(
    # (a hyphened name too, or one in lower case: "Nyaung-Utsp", "machanbawtsp sha htravlg")
    # (or "sagaingt/s", "anntownship")
    r"\b((?:[A-Z][a-z]*-)?[A-Z][a-z]*|[a-z]{3,}?)(vlg|vill|twp|tsp|twsp|tship|twn|t/s|township)\b"
)
#: a kind word in brackets after its name, as field notes write it: "Ta Ein Te(vil)
#: Sagaing(tsp) 0600hrs"
_KIND_IN_BRACKETS = re.compile(
    r"\s*\((?i:(vill?|vlg|village|tsp|twp|township|town|twn|vt|dist|district|rgn|region|state))\)"
    r"(?:,?\s*|$)"
)


def with_kind_words_apart(text: str) -> str:
    """``text`` with a kind word run into the name before it set apart ("PaungbyinTsp, Tha
    Yaung village": "Paungbyin Tsp, Tha Yaung village"; "Myin Chinvlg,Shwebotwp": "Myin Chin
    vlg,Shwebo twp"), or bracketed after it ("Ta Ein Te(vil) Sagaing(tsp)": "Ta Ein Te vil,
    Sagaing tsp, ")."""
    if not _KIND_RUN_ON_QUICK.search(text):
        return text  # (a quick look first)
    if "(" in text:
        text = _KIND_IN_BRACKETS.sub(r" \1, ", text).rstrip(", ")
    return _LOWER_KIND_RUN_ON.sub(r"\1 \2", _KIND_RUN_ON.sub(" ", text))


_KIND_RUN_ON_QUICK = re.compile(
    r"[a-z](?:Tsp|Twp|Township|Vlg|Village)|(?:[A-Z][a-z]+|-[A-Z]|[a-z]{3})(?:vlg|vill|twp|tsp|twsp"
    r"|tship|twn|t/s|township)\b"
    r"|\((?i:vill?|vlg|village|tsp|twp|township|town|twn|vt|dist|district|rgn|region|state)\)"
)


def runs_kind_words_on(text: str) -> bool:
    """Whether ``text`` runs a kind word into the name before it ("MaungdawTsp")."""
    return _KIND_RUN_ON_QUICK.search(text) is not None


#: the side troops came from: "tried to enter X village (T Township) | from the south|", "arrived
#: at V | from the direction of W|"
_APPROACH = re.compile(
    r"\s+from\s+the\s+(?:north|south|east|west)(?:east|west)?(?:ern)?(?:\s+side)?(?=[\s,.;]|$)"
    r"|\s+from\s+the\s+direction\s+of\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}"
    r"(?:\s+(?:village|town))?(?=[\s,.;]|$)"
)


def without_approach(text: str) -> str:
    """``text`` without the side troops came from ("... entered X village (T Township) from the
    south": no side of the township; "arrived at V from the direction of W": not W)."""
    return _APPROACH.sub("", text) if " from the " in text else text


#: a record's place of what happened, labelled in running text: "Killed: U Min Min, 50, of X
#: village. | Location of incident: | Zay Ta Ku village, Pwintbyu Township"
_INCIDENT_PLACE = re.compile(
    r"\b(?i:(?:location|place|site)\s+of\s+(?:the\s+)?(?:incident|attack|death|arrest|killing"
    r"|massacre|airstrike|raid|arson|shelling|clash|strike)"
    r"|incident\s+(?:location|place|site))\s*[:–-]\s*(?P<place>[^|;\n]+)"
)


#: a field researcher's note of the place, in lower case, to its line's or sentence's end:
#: "- date: 4/7/2023\n- place: | V in W village tract, T Tsp|\n- They surrounded ..."
_PLACE_NOTE = re.compile(
    r"(?:^|(?<=[\n.])\s*|(?<=\s))-?\s*(?<!ative )(?<!irth )"  # (not "Native place:")
    r"place\s*:\s*(?P<place>[^|;\n]+?)\s*(?=\n|\.\s|\.?$)"
)


def incident_place(text: str) -> str:
    """The place a record labels as where it happened ("... Location of incident: X village, T
    Township"), else ``text``."""
    if "place:" in text and (noted := _PLACE_NOTE.search(text)):
        return noted["place"]  # ("notes: - date: 4/7/2023 - place: V in W tract, T Tsp - ...")
    if "ncident" not in text and " of death" not in text and " of " not in text:
        return text  # (a quick look first)
    labelled = _INCIDENT_PLACE.search(text)
    return labelled["place"].strip() if labelled else text


#: a report's reference in square brackets at the end of a sentence: "[A/HRC/39/CRP.2, para.
#: 892]", "[IIMM, information received]" (no place's area: "X village [Kani Township]")
_REFERENCE_AT_END = re.compile(
    r"\s*\[(?=[^\[\]]*(?:/|\bpara\b|(?i:information|interview|received)|IIMM|OHCHR))"
    r"[^\[\]]*\]\s*\.?$"
)


def _areas_of_reference(reference: re.Match[str]) -> str:
    """What is left of a report's reference at the end of a text: the areas it names, as the
    text's last part ("... [Interview no. 21, Myaing Township, Magway Region]": ", Myaing
    Township, Magway Region."), else a full stop."""
    areas = _AREA_IN_REFERENCE.findall(reference.group())
    return f", {', '.join(areas)}." if areas else "."


#: an area a reference or a witness's lead names: "Poke Ba Thi Ri Township", "Magway Region"
_AREA_IN_REFERENCE = re.compile(
    r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}\s+(?i:township|region|state|division)\b"
)


#: a place and its neighbour, the kind word after the second (or both): "on | Min Kyaung Kone |
#: and neighbouring Paw Law | village |, Shwegu Township" (the first is the place)
_AND_NEIGHBOUR = re.compile(
    rf"(?<=\s)(?P<first>{NAME_WORD}(?:\s+{NAME_WORD}){{0,3}})(?:\s+(?i:village|town))?"
    r"\s+and\s+(?:the\s+)?"
    rf"(?:neighbou?ring|nearby|adjacent|adjoining)\s+(?:{NAME_WORD}\s+){{1,4}}"
    r"(?P<kind>(?i:village|town))\b"
)


def with_first_of_neighbours(text: str) -> str:
    """``text`` with a place and its neighbour named before one kind word as the first place
    ("drone strikes on X and neighbouring Y village, T Township": "X village, T Township")."""
    if "neighbo" not in text and "nearby" not in text and "adj" not in text:
        return text  # (a quick look first)
    return _AND_NEIGHBOUR.sub(r"\g<first> \g<kind>", text)


#: a massacre, riot or siege named after its place, and when: "the Kaing Ma Gyi killings", "the
#: Pauk Pin Kwin massacre", "the March 2013 Meiktila riots", "the 2003 Depayin massacre"
_EVENT_NAMED_AFTER_PLACE = re.compile(
    r"\b[Tt]he\s+(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(?=\d))?"
    r"(?:\d{1,2}\s+)?(?:\d{4}\s+)?"
    r"((?:[A-Z][\w'’-]*\s+){1,4}?)(massacres?|killings|riots|crackdown|uprising|siege)\b"
)
_EVENT_WORDS = ("massacre", "killings", "riots", "crackdown", "uprising", "siege")


def with_events_at_places(text: str) -> str:
    """``text`` with a massacre, riot or siege named after its place said as one at the place
    ("the Kaing Ma Gyi killings": "the killings in Kaing Ma Gyi"), else ``text``."""
    if not any(word in text for word in _EVENT_WORDS):
        return text

    def at_place(event: re.Match[str]) -> str:
        if is_actor_word(event[1].split()[0]):
            return event.group()  # who did it: "the KIA killings"
        if _FINER_PLACE_NEXT.match(text, event.end()):
            return f"{event.group()[:3]} {event[2]}"  # "the Depayin massacre | near Kyi village"
        return f"{event.group()[:3]} {event[2]} in {event[1].strip()}"

    return _EVENT_NAMED_AFTER_PLACE.sub(at_place, text)


#: a village the text names next, finer than the town an event is named after
_FINER_PLACE_NEXT = re.compile(r"\s+(?:near|at|in)\s+(?:[A-Z][\w'’-]*\s+){1,4}(?i:village|ward)\b")


#: a table's field of an area's P-code alone, its name in the next field: "MMR005005<tab>Khin
#: Oo<tab>Myit Taw" (a town's or ward's code is the place: "Tabayin | MMR005010701")
_PCODE_FIELD = re.compile(r"MMR\d{3,6}")
#: a P-code written before the name it codes ("MMR015011 Kutkai - Kar Lai")
_PCODE_BEFORE_NAME = re.compile(r"\bMMR\d{3,12} +(?=[A-Z][a-z])")  # (a table's cell: no tab)


def without_codes_before_names(text: str) -> str:
    """``text`` without the P-codes written before the names they code ("MMR015011 Kutkai -
    Kar Lai": "Kutkai - Kar Lai"; the name says which place it is)."""
    return _PCODE_BEFORE_NAME.sub("", text) if "MMR" in text else text


#: text copied from a PDF or a web page: runs of spaces and no-break spaces; a word
#: hyphenated across lines ("Yin-\nmarbin"); a line's bullet or number; a page's furniture
#: ("Page 4 of 12", "— 17 —", "Continued on next page"); a name in quotes before its kind word
_SPACES = re.compile(r"[ \u00a0\u2009\u202f]{2,}|[\u00a0\u2009\u202f]")
_HYPHEN_BREAK = re.compile(r"(?<=[A-Za-z])-[ \t]*\n\s*(?=[a-z])")
_LINE_BULLET = re.compile(r"^(?:[•▪◦●■‣⁃*-]|\d{1,2}[.)])\s+")
_PAGE_FURNITURE = re.compile(
    r"^(?:[—–-]\s*\d+\s*[—–-]|(?i:continued\s+on\s+next\s+page)|.*\((?i:continued)\)"
    # a source's or a photo's credit, a byline: "Source: The Irrawaddy", "By Staff Reporter"
    r"|(?i:sources?|photo|credit|caption):.*|By(?:\s+(?:[A-Z][\w'’.-]*|\|))+)$"
)
#: a picture's label before its caption: "Image 2 of 5: ", "Fig. 3: ", "File photo: "
_PICTURE_LABEL = re.compile(
    r"^(?i:(?:file\s+)?(?:image|photo|picture|figure|fig\.?|video|screenshot|map)"
    r"(?:\s+\d+(?:\s+of\s+\d+)?)?|caption)\s*:\s+"
    r"(?:[A-Z][\w.'’ -]{1,40}?\s*[|/]\s*)?"  # (and its credit: "Photo: Ma Hnin | Rakhine | ...")
)
#: a caption's credit after its sentence: "... Seikphyu Tsp. Source: Myanmar Witness"
_CREDIT_AT_END = re.compile(
    r"(?<=[.)])\s+(?i:sources?(?:\s+(?:video|photo|image|footage))?|photo|credit|image|video|picture)"
    r"\s*:\s*[^:()\[\]]{1,60}$"
    # (or after a slash: "... on January 14, 2022. | / CJ|", "... / Supplied")
    r"|(?<=[.)])\s+/\s*(?:[A-Z]{2,6}|(?i:supplied|handout|citizen\s+journalists?))\s*$"
    # (or a wire's credits: "... he said. (Reporting by Reuters staff; Editing by the Asia desk)")
    r"|\s*\((?:Reporting|Writing|Additional\s+reporting)\s+by\b[^()]*\)\s*$"
    # (or the imagery a geolocation compared: "... Shwegu T/S.| Sentinel-2 comparison 12 Mar vs
    # 24 Mar.|")
    r"|(?<=[.)])\s+(?:Sentinel|Planet(?:Scope)?|Maxar|Landsat|Satellite)\b[^.]*\.?\s*$"
    # ("... / Kawlin / Sagaing.| Fires visible on NASA FIRMS the same night.|")
    r"|(?<=[.)])\s+(?=[A-Z])[^.()]*\b(?:FIRMS|VIIRS|MODIS)\b[^.()]*\.?\s*$"
    # (or whom a post thanks: "... (Sagaing Tsp).| h/t @BurmaGeoWatch|")
    r"|(?<=[.)])\s+(?i:h/t|hat\s+tip)\s*:?\s*@?[\w.]+(?:\s+@?[\w.]+){0,3}\s*$"
)
#: a page's number ending a line: "... – 66 houses burned.  Page 12"
_PAGE_NUMBER = re.compile(r"(?:^|\s+)Page\s+\d+(?:\s+of\s+\d+)?\s*$")
_BURMESE_LETTER = re.compile("[\u1000-\u109f]")
_QUOTED_NAME = re.compile(
    r"[“\"‘]([A-Z][\w'’-]*(?:\s+[\w'’-]+){0,3})[”\"’]\d{0,3}(?=\s+(?i:village|township|town|ward)\b)"
    # (or the name with its kind word in the quotes: "‘Kyet Tu Yway village’ – Singu Twp.")
    r"|[“\"‘]([A-Z][\w'’-]*(?:\s+[\w'’-]+){0,3}\s+(?i:village|township|town|ward))[”\"’]"
)
#: a line that goes on naming the place the line before started: "Than | Bo village, ..."
_NAME_GOES_ON = re.compile(
    r"^[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\s+(?i:village|town|ward|township|tsp|twp)\b"
    # (or its area after a comma: "Airstrike on Hin | Thar, Ayadaw Township")
    r"|^[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?,\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?"
    r"\s+(?i:township|tsp|twp|district|region|state)\b"
)
#: a word of running text (not of a headline in Title Case): four letters or more, in lower case
_RUNNING_WORD = re.compile(r"\b[a-z]{4,}\b")


#: an em dash between words with no space, opening an aside of what a place is or closing it:
#: "Ka Paing|—|a village about 27 km ... Township|—|and set up"
_GLUED_DASH = re.compile(r"(?<=[A-Za-z])—(?=(?:an?|and)\s)")


def unwrapped(text: str) -> str:
    """Text copied from a PDF or a web page as the running text it was: one space between
    words, a name in quotes before its kind word unquoted, words hyphenated across lines
    joined, bullets and page furniture left out, and a sentence broken across lines joined
    ("On 5 April\n2023, an airstrike hit Than\nBo village, ..." -> "On 5 April 2023, an
    airstrike hit Than Bo village, ..."); a headline stays on a line of its own."""
    if "  " in text or not text.isascii():  # (a quick look first, as for each rule below)
        text = _SPACES.sub(" ", text)
        if "—" in text:  # ("Ka Paing|—|a village about 27 km ... Township|—|and set up")
            text = _GLUED_DASH.sub(", ", text)
    if "“" in text or '"' in text or "‘" in text:
        text = _QUOTED_NAME.sub(lambda quoted: quoted[1] or quoted[2], text)
    if ":" in text or " /" in text or " (Re" in text or " (Wr" in text or "h/t" in text:
        # a picture's label and credit: "Image 2 of 5: ... Source: Myanmar Witness", "... / CJ"
        text = _CREDIT_AT_END.sub("", _PICTURE_LABEL.sub("", text))
        text = _CREDIT_AT_END.sub("", text)  # (and what a credit came after: "Sentinel-2 ...")
    if "\n" not in text:
        return text
    lines = [_LINE_BULLET.sub("", line.strip()) for line in _HYPHEN_BREAK.sub("", text).split("\n")]
    kept: list[str] = []
    for line in lines:
        line = _PAGE_NUMBER.sub("", line) if "Page" in line else line
        if not line or _PAGE_FURNITURE.match(line):
            continue
        if kept and _runs_on(kept[-1], line):
            kept[-1] = f"{kept[-1]} {line}"
        else:
            kept.append(line)
    return "\n".join(kept)


def _runs_on(line: str, after: str) -> bool:
    """Whether ``after`` goes on the sentence ``line`` broke off: ``line`` is running text
    ended without a stop, and ``after`` opens in lower case or with a number, or with the rest
    of a place's name before its kind word or its area."""
    if line[-1:] in '.!?:;"”' or _BURMESE_LETTER.search(line) or not after[:1].isascii():
        return False
    if after[:1].isdigit() and _KIND_LAST_WORD.search(line) and _COUNT_OF_PEOPLE.match(after):
        return False  # (a message's next line: "... Tekone village | 1 farmer lost his leg")
    if after[:1].islower() or after[:1].isdigit():
        return True
    words = line.split()
    # (running text, or a name just after a word in lower case: "Airstrike on | Hin";
    # or a line of one word: "Maung | Mei Shaung village, ...")
    running = _RUNNING_WORD.search(line) or len(words) == 1 or words[-2].islower()
    return bool(running) and words[-1][:1].isupper() and bool(_NAME_GOES_ON.match(after))


#: a settlement's kind word ending a line
_KIND_LAST_WORD = re.compile(r"\s(?i:village|vlg|ward)$")
#: people or homes counted, opening a line: "1 farmer lost his leg", "3 killed"
_COUNT_OF_PEOPLE = re.compile(
    r"\d+\s+(?:[a-z]+\s+){0,2}?(?:people|persons?|civilians?|villagers?|farmers?|m[ae]n|wom[ae]n"
    r"|children|child|killed|dead|died|injured|wounded|houses?|homes?)\b"
)


_REPORT_FIRST_WORDS = frozenset(
    {"According", "according", "Per", "per", "Local", "local", "State", "state"}
)


#: the Burmese kind words of a village or town, each with its English one (a township named
#: so is the area of a Burmese place after it: "Demoso မြို့နယ် ဆင်တောင်ကျေးရွာကို")
_MM_SETTLEMENT_KINDS = {"ကျေးရွာ": "village", "ရွာ": "village", "မြို့": "town"}
_MM_SETTLEMENT_KIND = "(?P<kind>ကျေးရွာ|ရွာ|မြို့(?!နယ်))"
#: a name in Latin letters (with its Burmese spelling in brackets or not), then its Burmese
#: kind word and what happened there: "Na Be Pin (နဘဲပင်) ရွာကို SAC တပ် မီးရှို့", "Loikaw
#: မြို့ တိုက်ပွဲ"
_LATIN_NAME_BURMESE_KIND = re.compile(
    r"(?P<name>\b[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})\s*(?:\([^()]*\)\s*)?"
    + _MM_SETTLEMENT_KIND
    + r"(?=ကို|တွင်|မှာ|၌|က\s|\s|၊|$)"  # (the kind word whole: not "Kani ရွာသစ်...")
)
#: a Burmese place with its name in Latin letters in brackets, inside a sentence (its particle
#: after it): "ပလက်ဝမြို့ (Paletwa) ကို" (not the area after a name: "မိုင်းခတ်မြို့နယ် (Shan)")
_BURMESE_PLACE_LATIN_GLOSS = re.compile(
    r"\S+?" + _MM_SETTLEMENT_KIND + r"\s*\((?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})\)"
    r"\s*(?:ကို|တွင်|မှာ|၌|သို့)"
)
#: ... or in brackets after the place: "Taung Ywar Thit ကျေးရွာ (Pale Township) ကို"
_LATIN_AREA_AFTER = re.compile(r"\s*\(([A-Z][^()]*\s(?i:township|tsp|twp)\.?)\)")
#: an area named in Latin letters with its kind word, before a comma
_LATIN_AREA_BEFORE = re.compile(
    r"([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}\s+(?i:township|tsp|twp)),\s*$"
)


def latin_place_in_burmese(text: str) -> str | None:
    """The place a Burmese sentence names in Latin letters, in English: a Latin name before a
    Burmese kind word ("Ngazun Township, Na Be Pin (နဘဲပင်) ရွာကို SAC တပ် မီးရှို့": "Na Be Pin
    village, Ngazun Township"; "... Loikaw မြို့ တိုက်ပွဲ": "Loikaw town"), or the Latin name
    in brackets after a Burmese place ("AA က ပလက်ဝမြို့ (Paletwa) ကို ထိန်းချုပ်": "Paletwa
    town"); None when it names none so."""
    named = _LATIN_NAME_BURMESE_KIND.search(text) or _BURMESE_PLACE_LATIN_GLOSS.search(text)
    if named is None or part_kind(named["name"]):  # (not an area: "X ရွာ (Shwebo Township)")
        return None
    place = f"{named['name']} {_MM_SETTLEMENT_KINDS[named['kind']]}"
    area = _LATIN_AREA_BEFORE.search(text, 0, named.start()) or _LATIN_AREA_AFTER.match(
        text, named.end()
    )
    return f"{place}, {area[1]}" if area else place


def burmese_name_after_head(text: str) -> str | None:
    """An English sentence from the place it names in Burmese script, its head (who did what)
    left out, an area labelling it kept ("An airstrike hit သရက်ကန် (village), Myaing
    township": "သရက်ကန် (village), Myaing township"; "Pinlaung Township: junta column raided
    တောင်မဲသင်း ရွာ": "တောင်မဲသင်း ရွာ, Pinlaung Township"); None when it is not so."""
    if text.isascii() or not (name := _BURMESE_RUN.search(text)):
        return None
    label, colon, head = text[: name.start()].rpartition(": ")
    words = head.split()
    if (
        "," in head
        # (a verb, or a word of place before it: "Fighting in | မိုးညှင်း town")
        or (
            SENTENCE_VERBS.isdisjoint(w.lower() for w in words)
            and not _ENDS_IN_LOCATIVE.search(head)
        )
        or any(w[:1].isupper() for w in words[1:])  # (a place named before: "near X village in")
    ):
        return None
    return f"{text[name.start() :]}, {label}" if colon else text[name.start() :]


_KIND_IN_ENGLISH = {
    "state": "State",
    "village_tract": "village tract",
    "township": "Township",
    "village": "village",
    "ward": "ward",
    "district": "District",
    "town": "town",
}
#: a word of place ending the words before a name: "Fighting in | ..."
_ENDS_IN_LOCATIVE = re.compile(r"\b(?i:in|at|near|around|outside|on)\s*$")
#: a run of Burmese words in other text
_BURMESE_RUN = re.compile(
    r"[\u1000-\u1049\u104c-\u109f\uaa60-\uaa7f]+(?:\s+[\u1000-\u1049\u104c-\u109f\uaa60-\uaa7f]+)*"
)


#: words before "capital" that name no area ("the state capital Loikaw")
_CAPITAL_OF_NOTHING = frozenset({"state", "regional", "region", "the", "its", "their", "country"})


#: a township's kind word before its name, in brackets or after a comma: "V village (|T/S
#: Letpadan|)", "V, Tsp Natmauk"
_TOWNSHIP_WORD_FIRST = re.compile(
    r"(?:(?<=\()|(?<=,\s))(?:T/S|(?i:tsp|twp))\.?:?\s+([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)"
    r"(?=\s*[),]|\s*$)"
)


#: a people's village, its name after the kind word: "|Chin village Lamtuk| hit by airstrike",
#: "|Shan village Ngar Oe| shelled"
_PEOPLES_VILLAGE_NAMED = re.compile(
    rf"\b(?:{PEOPLES_NAMES})\s+village\s+(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){{0,3}})(?![\w'’-])"
)


#: kin, who own no place: "My sister's son"
_RELATIVES = frozenset(KIN_WORDS) - {"neighbour", "neighbor"}


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
        text = without_post_marks(text)
    if separator := _row_separator(text):  # a table's row: its fields that name places
        text = _row_place_fields(text, separator)
    if text.isupper():  # "LASHIO IN SHAN STATE": the separators are words in any case
        text = text[:1] + text[1:].lower()  # (a name may start like one: "IN TU LAR VILL")
    if "," in text:  # a thousands separator is no part separator: "3,400-MW"
        text = _THOUSANDS.sub("", text)
    if ". " in text:  # "Thabeikkyin twp. 15 killed.", "Kyain Seikgyi Tsp. 2. Enemy ...": the
        text = _ABBREVIATION_THEN_NUMBER.sub(r"\1, ", text)  # part ends at its kind word
        if not text.islower():  # (a message's sentences in lower case after its place, naming
            text = _LOWER_CASE_TAIL.sub("", text)  # none: "... (Bago T/S) since 5am|. heavy
            # gunfire, 3 soldiers reportedly dead.|")
    if "\t" in text:  # a spreadsheet's cells pasted with their tabs
        text = TABS.sub(", ", text.strip())
    if " / " in text and _slash_address(text):  # "Mandalay / Wundwin Township / ..."
        text = text.replace(" / ", ", ")
    elif "/" in text and _unspaced_slash_address(text):  # "Sgg/Indaw twp/Thaung Kyi vlg - ..."
        text = text.replace("/", ", ")
    if "ရှိ" in text and text[:1].isascii():  # "Sagaing Township ရှိ တဲကြီးရွာကို ...": the
        text = _LATIN_AREA_THEN_IN.sub(r"\1၊ ", text)  # village in the township named in English
    if text[:1].isascii() and (said := _LATIN_PLACE_THEN_BURMESE.match(text)):
        text = said["place"]  # "Kan Pyar ywa, Myinmu myonel | မှာ ... အမြောက်ကျ": what happened
    if is_burmese_text(text) and _english_around_burmese(text):
        return _parts_around_burmese_names(text)
    if is_burmese_text(text):
        text = _burmese_parts(burmese_place_phrases(text))
        if "(" in text and "၊" in text:  # "X ကျေးရွာအုပ်စု၊ Y ကျေးရွာ (T မြို့နယ်)": T qualifies
            text = _MM_AREA_IN_BRACKETS.sub(r"၊ \1", text)
    elif " " in text:
        if " for " in text or " to " in text:  # "China Eximbank provides loan for X Project"
            text = _funded_project(text)
        if "(" in text:  # "Chipwi hydropower project (suspended)": the site, whatever it is
            text = without_bracketed_asides(text)
        if "/S " in text or "sp" in text or "wp" in text:  # "V village (T/S Letpadan)"
            text = _TOWNSHIP_WORD_FIRST.sub(r"\1 Township", text)
        if " village " in text:  # "Chin village Lamtuk hit by airstrike": Lamtuk village
            text = _PEOPLES_VILLAGE_NAMED.sub(r"\g<name> village", text)
        text = area_tag_last(text)  # "[Magway Region] Clashes at X village"
        if "(" in text or "[" in text:  # "fighting [near Tintha village] in ...": no brackets
            text = _LOCATIVE_BRACKETS.sub(r" \1", text)
        if " of " in text:  # "Phase 1 of 489MW Thaketa ... Plant", "... (Lot HSS-1) of X"
            text = _PROJECT_PART.sub("", text) or text
            text = _AREA_OF_THE_AREA.sub(r"\g<inner> \g<kind>, \g<outer>", text)
        if " is " in text and (defined := _IS_A.match(text)):  # Wikipedia's first sentence
            kind = "town" if defined["kind"].lower() == "city" else defined["kind"]
            text = f"{defined['place']} {kind}, {defined['rest']}"
        if "," in text and (listed := _COMMA_LISTED.match(text)):
            items = re.sub(r",?\s+(?:and|&)\s+|\s*,\s*", " and ", listed["items"])
            text = items + text[listed.end() :]
        if _OF_THE_COUNTRY.search(text):  # "the Kachin State of northern Myanmar"
            text = _OF_THE_COUNTRY.sub("", text)
        if "’s" in text or "'s" in text:  # "Myanmar's Bago town": Bago town
            text = _COUNTRY_POSSESSIVE_NOUN.sub("the ", _COUNTRY_POSSESSIVE.sub("", text))
        if "the Myanmar " in text or "the Burmese " in text:  # "X, the Myanmar border town"
            text = _COUNTRY_ADJECTIVE.sub("the ", text)
        if "-" in text or "–" in text or "—" in text:  # "... Bago town -witnesses, media"
            text = WIRE_TAIL.sub("", text)
        if " in," in text or " at," in text:  # "Than Bo village in, the troops entered"
            text = _KIND_THEN_IN.sub(r"\1", text)
        if "ated in " in text:  # "V village| located in |V village-track of T Township"
            text = _LOCATED_IN.sub(r"\1, ", text)
        if "ownship Village, " in text:  # "Hits Thaton Township Village, Htone Bo Ka Lay, ..."
            text = _TOWNSHIP_VILLAGE_NAMED.sub(r"\g<name> village, \g<area>", text)
        if _UNSEPARATED_VILLAGE.search(text):  # "Kone Ting village Mawkmai Township"
            text = _UNSEPARATED_VILLAGE.sub(r"\1,", text)
        township_word = "ownship " in text or "sp " in text or "wp " in text or "T/S " in text
        if township_word and _TOWNSHIP_THEN_VILLAGE.search(text):
            text = _TOWNSHIP_THEN_VILLAGE.sub(r"\1,", text)  # "Madaya Township Tha ... village"
        text = without_dates(text)
        if ("ship " in text or "own " in text) and (facility := _AREA_FACILITY_AT.match(text)):
            text = f"{facility['place']}, {facility['area']}"
        if " and " in text:  # "entered X village and set fire to homes, Khin-U"
            text = _AND_CLAUSE.sub("", text)
        if " and " in text or " by " in text or " beside " in text:
            text = _AND_SECOND_PLACE.sub(r"\1", text)
        if " by " in text:  # "... in Kyaikhto attacked by resistance fighters"
            text = _BY_MEANS.sub("", _PASSIVE_BY.sub(r"\1", text))  # "came to V | by road|"
        if " from " in text:  # "shelled X | from the hill camp"
            text = FROM_BASE.sub("", text)
        if any(word in text for word in ("said", "say", "report", "told", ": ")):
            text = ATTRIBUTION_TAIL.sub("", text)  # "..., residents said"
        if ("ing " in text and ", " in text) or "; " in text:
            text = without_result_tail(text)  # "..., killing 4 people", "; road closed to X"
        if "ed," in text or text.endswith("ed"):  # "junta camp in Rikhawdar attacked, ..."
            text = _PASSIVE_AFTER_NAME.sub(r"\1", text)
        if ", where " in text:  # "X, a town on the Y, | where the army shelled a monastery"
            text = _WHERE_CLAUSE.sub("", text)
        if text[:2] in ("As", "Af", "Wh") and (lead := _DISASTER_LEAD.match(text)):
            text = text[lead.end() :]  # "As the Sittaung rose at Madauk, | fighting broke out at X"
        if ", " in text and (tail := _VERB_AFTER_AREA.search(text)) and tail[2] in SENTENCE_VERBS:
            text = text[: tail.start(1)]  # "An air strike on X, Sagaing Region, | hit the market"
        if " as " in text or " As " in text:  # "X village | as troops sweep | Y Township"
            text = _AS_SWEEPING_AREA.sub(", ", text)
        text = _HEADLINE_PREDICATE.sub(r"\1", without_trailing_clause(text))
        if text.endswith(("ed", "es", "on", "fell")):  # "The siege of Bhamo | continued"
            text = _PLACE_THEN_GOING_ON.sub(r"\1", text)
        if any(
            f" {verb} " in text for verb in _VERBS_OF_THOSE_THERE
        ):  # "Ward 4, Yesagyo | drew names"
            text = _PLACE_THEN_WHAT_THEY_DID.sub(r"\1", text)
        if any(w in text for w in _KIND_WORDS_BEFORE_PREDICATE):
            text = _TOWNSHIP_PREDICATE.sub(_place_without_predicate, text)
    if ";" in text and all(map(names_a_site, items := text.split(";"))):
        text = items[0]  # "Myitsone dam; Chipwi hydropower": a list of sites, not an address
    listed_after_name = False  # "Lai Zar (Waingmaw Township, Hpawt Dawt village tract)"
    if "MW" in text or "mw" in text or "egawatt" in text:
        text = _CAPACITY_BEFORE_WORKS.sub("", text)
    if "(" in text or "[" in text:
        text = without_other_name_labels(text)  # "Bassora village (a.k.a. Tha Win Chaung)"
        text = _PREDICATE_THEN_AREA.sub(r", \g<area>", text)
        # (a bracket after the only part qualifies it; so it does after a sentence's verb:
        # "Tatmadaw shelled X town (Monywa district)")
        if ", " in text or " near " in text or not SENTENCE_VERBS.isdisjoint(text.split()):
            text = _END_PAREN_AREA.sub(r", \g<area>", text)
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
    if " of " in text and " the " in text:  # "X on the eastern side of Demoso"
        text = _SIDE_OF.sub(", ", text)
    if ", then " in text or ", formerly " in text or ", at the time " in text:
        text = _AREA_THEN.sub(", ", text)  # "Hmawbi, then Rangoon Division"
    if "th of " in text or "st of " in text:
        text = _NAME_THEN_SIDE.sub(", ", text)  # "Waw Lay Myaing | south of Myawaddy"
    if " of " in text and (side := _AREA_THEN_SIDE.search(text)):
        text = text[: side.start("side")].rstrip(
            " ,"
        )  # "... in Madaya Township, | north of Mandalay"
    if " the " in text or " on " in text or " along " in text:
        text = _ON_ROUTE.sub("", text)
    if "unknown " in text or "undisclosed " in text or "secret " in text:
        text = _UNKNOWN_PLACE.sub("", text)  # "moved from Kalay prison | to an unknown location"
    parts: list[str] = []
    for part in PART_SEPARATOR.split(text):
        part = part.strip(_PART_EDGES)  # spreadsheet debris: "Sagaing Division -", "Vil."
        if part.endswith(")."):  # a sentence's full stop: "... Shan State (North)."
            part = part[:-1]
        if "." in part and (first := _KIND_FIRST.match(part)):
            part = f"{first['name']} {first['word']}"  # "Vill. Nan Kin", "Tsp. Indaw"
        if part[:1] in "([" and part[-1:] in ")]" and not PAREN.sub("", part).strip():
            part = part[1:-1].strip()  # a bracketed part of its own: "X ရွာ၊ (Y မြို့နယ်)"
        if _SITE_THEN_WORDS.search(part):  # "Letpadaung copper mine protests, Salingyi"
            part = _SITE_THEN_WORDS.sub(r"\1", part)
        if part.endswith(("villages", "Villages")) and " and " not in part:
            part = part[: -len(" villages")]  # "Mandalay villages": the villages of an area
        if part and _WORD.search(part):
            # (not "People's Defence Force": the name of who fought, no place's possessive)
            # (nor a relative's: "My sister's son")
            possessive = (
                ("'s" in part or "’s" in part)
                and not _PEOPLES.fullmatch(owner := POSSESSIVE.split(part)[0].rsplit(None, 1)[-1])
                and owner not in _RELATIVES
            )
            if possessive:
                owned_parts = POSSESSIVE.split(part)
                head = owned_parts[0]
                if " of " in head and (owned := _PLACE_OF.match(head)):
                    # "X village of northern Rakhine State's Y Township": X, in Y, in the state
                    parts.extend((owned["place"], *reversed(owned_parts[1:]), owned["owner"]))
                else:
                    owned_parts[0] = trailing_name(head)
                    parts.extend(reversed(owned_parts))
            elif " of " in part and (
                owned := _PLACE_OF.match(part)
                or _LOWER_PLACE_OF.match(part)
                or _AREA_OF.match(part)
                or _NUMBERED_WARD_OF.match(part)
            ):
                aside = owned.groupdict().get("aside")
                parts.extend((owned["place"], *([aside[1:-1]] if aside else []), owned["owner"]))
            elif ("(" in part or "[" in part) and (inner := _inner_target(part)):
                parts.extend(inner)
            else:
                parts.append(part)
    if len(parts) < 2:
        if parts and text[1:].islower() and _is_sentence_head(parts[0]):
            return [_place_after_verb(parts[0]) or parts[0]]  # "troops shell pyapon town"
        if parts and (place := _place_after_actors_verb(parts[0])) is not None:
            return [place]  # "Civilians flee | Pazunmyaung village"
        return parts
    if normalize(parts[0]) in THE_COUNTRY:  # "Myanmar, Kachin State": the country last
        parts.append(parts.pop(0))
    named = [p for p in parts if not is_description(p)]
    if named:  # "a military camp at Rikhawdar town": the camp is not a place name
        parts = named
    if len(parts) < 2:
        return parts
    if (place := _place_before_verb(parts[0])) is not None:
        parts[0] = place  # "Yin village shelled by military | in Kani Township": the village
    elif (place := _place_after_actors_verb(parts[0])) is not None:
        parts[0] = place  # "Shelling hit | Nam San Yang village | near Laiza": the village
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
    # (a later part's village before what was done there: "Thayetchaung Tsp, | Yan Taung
    # village | the SAC column arrested 5 villagers")
    parts[1:] = [_place_before_verb(part) or part for part in parts[1:]]
    first = _specificity(parts[0])
    later = [_specificity(p) for p in parts[1:]]  # qualifiers repeat: memoised
    if (
        first == 9
        and len(later) > 1
        and 9 not in later
        and all(a > b for a, b in itertools.pairwise(later))
        and not listed_after_name
        # (a state's name: not "Kamamaung, Mutraw District (Hpapun Township)", a town)
        and PAREN.sub(" ", parts[0]).split()[0] in STATE_SHORT_NAMES
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


_MM_KIND_WORDS = frozenset(suffix for suffix, _ in MM_KIND_SUFFIXES)
#: (and the union territory's name, which has no kind word: "နေပြည်တော် တပ်ကုန်းမြို့နယ်")
_MM_PART_ENDS = (*_MM_KIND_WORDS, "ပိုင်း", "နိုင်ငံ", "နေပြည်တော်")
#: a kind word's abbreviation before the name, as field reports write it: "Vill. Nan Kin,
#: Tsp. Indaw"
_KIND_FIRST = re.compile(
    r"^(?P<word>vill?|vlg|tsp|twp|tship|dist|div|reg|vt)\.\s*(?P<name>[^\W\d].*)$", re.I
)
#: a kind word in a part: "X / Y Township" lists an address's parts, "X / Y" two spellings
_KIND_IN_PART = re.compile(
    r"\b(?:village|township|town|ward|district|state|region|division|tsp|twp|vt|vill?|vlg)\b",
    re.I,
)


#: a one-word name, then another spelling of it in brackets: "Laiza (Laza)", "Namhpakka
#: (Nanpaka)", as Chinese and wire media write them
#: a name with its own bracket, then its area in brackets: "Man Pong (Haung) village (Kutkai
#: township)" is the village MIMU calls "Man Pong (Haung)", in Kutkai Township
_NAME_BRACKET_THEN_AREA_BRACKET = re.compile(
    r"(?P<place>\([^()]+\)\s+(?i:village|vlg|ward|town|village\s+tract))\s*"
    r"\((?P<area>[^()]+?\s+(?i:township|tsp|twp|district|state|region))\)"
)
_SPELLING_IN_BRACKETS = re.compile(
    r"\b(?P<name>[A-Z][a-z'’-]{3,})\s*\((?P<alt>[A-Z][a-z'’-]{2,})\)"
)


def without_bracketed_asides(text: str) -> str:
    """``text`` as ``split_parts`` reads its brackets: without a project's status ("Chipwi
    hydropower project (suspended)"), numbered asides ("(3 dead)") or another spelling of a
    one-word name ("Laiza (Laza)"); a name's own bracket and its area's apart ("Man Pong
    (Haung) village (Kutkai township)": "Man Pong (Haung) village, Kutkai township")."""
    text = _NUMBERED_ASIDE.sub("", _STATUS_PAREN.sub("", text))
    text = _SPELLING_IN_BRACKETS.sub(_name_without_its_respelling, text)
    return _NAME_BRACKET_THEN_AREA_BRACKET.sub(r"\g<place>, \g<area>", text)


def _name_without_its_respelling(found: re.Match[str]) -> str:
    """The name alone when the word in brackets after it spells it another way (a close
    spelling: rapidfuzz's ratio at least RESPELLING_RATIO), else the text as it was."""
    name, alt = found["name"], found["alt"]
    if alt.lower() in _BRACKETED_PARTS:  # a place's part: "Myin Kwet (West)"
        return found.group()
    return name if fuzz.ratio(name.lower(), alt.lower()) >= RESPELLING_RATIO else found.group()


#: the words in brackets that name a part of a place, not another spelling of it
_BRACKETED_PARTS = frozenset(
    [
        "north",
        "south",
        "east",
        "west",
        "upper",
        "lower",
        "middle",
        "central",
        "old",
        "new",
        "big",
        "small",
        "inner",
        "outer",
    ]
)


#: how alike a word in brackets must be spelt to the name before it to be its respelling
RESPELLING_RATIO = 70


#: the steps of a path from the largest area down to the place ("Kayin > Kawkareik > V",
#: "Wetlet Tsp → V", "Kayah/Hpasawng/V"): arrows, or slashes after a state's name
_PATH_STEP = re.compile(r"\s*(?:→|->|=>|>|›|»)\s*")
#: a path in brackets, or opening the text before what happened (": ...", " – ...")
_PATH = re.compile(
    # (after a log's date and its region in brackets: "16/05/2022 (Mandalay) |Singu > V|: raid")
    r"(?P<open>^(?:\d{1,2}/\d{1,2}/\d{2,4}\s+|\d{4}-\d{2}-\d{2}\s+)?"
    r"(?:\([A-Z][a-z]+(?:\s[A-Z][a-z]+)?\)\s+)?|\[)(?P<path>[A-Z][^\[\]→>›»:;|,\"\n]*?"
    r"(?:\s*(?:→|->|=>|>|›|»)\s*[A-Z][^\[\]→>›»:;|,\"\n]*?)+)"
    r"(?P<close>\]|:|\s+[–—-]\s+|$)"
)
#: a township, then a place, between spaced slashes: "Hpruso Tsp / Pa Lo Day Kho / raid"
_TOWNSHIP_SLASH_PLACE = re.compile(
    r"^(?P<area>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s+(?i:tsp|twp|township))\s+/\s+"
    r"(?P<place>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}(?:\s+(?i:village|vlg))?)(?=\s+/\s+)"
)
#: a path from an area down to a place in a row's field, between bars: "ID 20345 | |Myawaddy >
#: Paw Law| | arson"
_ROW_FIELD_PATH = re.compile(
    r"(?<=\|\s)(?P<path>[A-Z][^|>→\n]*?(?:\s>\s[A-Z][^|>→\n]*?)+)(?=\s+\|)"
)
_SLASH_PATH = re.compile(
    r"^(?P<path>(?P<state>[A-Z][a-z]+(?: [A-Z][a-z]+)?)(?:/[A-Z][^/:;|–—]*?){2,})"
    r"(?P<close>:|\s+[–—-]\s+|$)"
)


#: a path from the place up to its state, before a dash or colon: "Taw Hpyar/Pinlebu/Sagaing - ",
#: "Thar Ga Ra / Pwintbyu / Magway: "
_SLASH_PATH_UP = re.compile(
    r"^(?P<path>[A-Z][\w'’ -]{1,30}?\s?/\s?[A-Z][\w'’ -]{1,30}?\s?/\s?"
    r"(?P<state>[A-Z][a-z]+(?: [A-Z][a-z]+)?))"
    r"(?=\s+[–—-]\s+|:)"
)
#: an area and a place in it between a slash, before a dash or colon: "Sagaing/Ta Ein Te —"
#: (not "Kani T/S", a township's short form)
_SLASH_PAIR = re.compile(
    # (after a log's date: "2021-06-06 | Kani/Ah Nauk Kone| – mortar shells")
    r"^(?:\d{4}-\d{2}-\d{2}\s+)?(?P<area>[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?)/"
    r"(?P<place>[A-Z][a-z]+(?:[ -][A-Z][a-z]*){0,3})"
    r"(?=\s+[–—-]\s+|:)"
)


#: a log's place by its key: "ts=2022-03-27T07:45 loc=Nyaungpinpu,Singu,MDY type=airstrike"
_KEYED_PLACE = re.compile(
    r"(?:^|\s)(?i:loc|location|place|where)\s*=\s*(?P<place>\S.*?)(?=\s+[a-z_]+=|$)"
)
#: a table's headers whose column holds the place
_PLACE_HEADERS = frozenset({"location", "place", "village", "where", "loc", "site"})


def place_field(text: str) -> str:
    """The place a log gives by key ("ts=... loc=Nyaungpinpu,Singu,MDY type=airstrike":
    "Nyaungpinpu, Singu, MDY"), a record between semicolons (``labelled_record``: "Event:
    Clash; Location: V village; Township: T": "V village, T Township") or a table's row under
    its header ("Date | Location | Result" on the line above "6 January | V, T Township |
    Village burned": "V, T Township"); else ``text``."""
    if ";" in text and (": " in text or "=" in text) and (record := labelled_record(text)):
        return record  # "Event: Clash; Location: V village; Township: T; ...", "adm3=T; loc=V"
    if "\n" in text and _NUMBERED_RECORD.search(text) and (record := labelled_record(text)):
        return record  # "Operation report (May 23)\n1) Target: V village\n2) Township: T\n..."
    if (
        "\n" in text
        and text.count(":") > 2
        and _LOCATION_LINE.search(text)
        and (record := labelled_record(text))
    ):
        return record  # "HOTLINE — incoming 2023-10-08\nLocation (as reported): V, T\n..."
    if "=" in text and (keyed := _KEYED_PLACE.search(text)):
        return re.sub(r",(?=\S)", ", ", keyed["place"].strip())
    if "\n" in text and "|" in text:
        header, row, *_ = [line for line in text.splitlines() if line.strip()] + ["", ""]
        names = [cell.strip().lower() for cell in header.split("|")]
        cells = [cell.strip() for cell in row.split("|")]
        if len(names) == len(cells) > 1:
            columns = zip(names, cells, strict=True)
            # (or a Burmese heading of where: "အမည် | ... | ကျဆုံးသည့်နေရာ\nX | ... | T မြို့နယ်၊ V ကျေးရွာ")
            place = (
                cell
                for name, cell in columns
                if name in _PLACE_HEADERS or MM_PLACE_HEADING.fullmatch(name)
            )
            return next(place, "") or text
    return text


#: a record's line of where, at its start: "Location (as reported): "
_LOCATION_LINE = re.compile(r"(?m)^(?:Location|Place|Incident\s+location)\b[^:\n]{0,30}:\s")
#: a questionnaire's numbered question opening a line: "Q3 Where did the incident happen? ->"
_NUMBERED_QUESTION_LINE = re.compile(r"(?m)^[ \t]*Q\d{1,2}[.):]?[ \t]+[A-Z][^\n]*\?")


def path_as_address(text: str) -> str:
    """A path from the largest area down written as an address, the place first ("[Kayin >
    Kawkareik > V] arson": "[V, Kawkareik, Kayin] arson"; "Wetlet Tsp → V: airstrike": "V,
    Wetlet Tsp: airstrike"; "Kayah/Hpasawng/V – Jun 26 – ...": "V, Hpasawng, Kayah – ...");
    a log's steps ("2023-05-01→V (T)→airstrike→12 killed→IDPs to T") as a row's fields
    between bars; where a column went when it came from no area ("LIB 12 column Budalin → V
    (Budalin); ...": "V (Budalin); ..."); ``text`` itself otherwise."""
    if "/" in text[:50] and (pair := _SLASH_PAIR.match(text) or _TOWNSHIP_SLASH_PLACE.match(text)):
        # ("Sagaing/Ta Ein Te — 2023-04-30 — airstrike": "Ta Ein Te, Sagaing — ...")
        return f"{pair['place']}, {pair['area']}{text[pair.end() :]}"
    slashed = _SLASH_PATH.match(text) if "/" in text else None
    state = slashed["state"] if slashed else ""
    if slashed and (state in STATE_SHORT_NAMES or part_kind(state) == "state"):
        return _place_first(slashed["path"].split("/"), text[slashed.end() :])
    if "/" in text[:60] and (up := _SLASH_PATH_UP.match(text)) and up["state"] in STATE_SHORT_NAMES:
        # ("Taw Hpyar/Pinlebu/Sagaing - shelling": "Taw Hpyar, Pinlebu, Sagaing - shelling")
        return re.sub(r"\s?/\s?", ", ", up["path"]) + text[up.end("path") :]
    if (
        len(_PATH_STEP.findall(text)) >= 2
        and not text.lstrip().startswith("[")
        # (not a questionnaire's answers after arrows: "Q3 Where did it happen? -> V")
        and not _NUMBERED_QUESTION_LINE.search(text)
    ):
        return _PATH_STEP.sub(" | ", text)  # a log's steps
    path = _PATH.search(text)
    if path is None and " > " in text and (field := _ROW_FIELD_PATH.search(text)):
        # (a row's field: "ID 20345 | Myawaddy > Paw Law | arson": "... | Paw Law, Myawaddy | ...")
        place = ", ".join(reversed(field["path"].split(" > ")))
        return f"{text[: field.start()]}{place}{text[field.end() :]}"
    if path is not None and (path["open"] != "[" or path["close"] == "]"):
        # (from an area down to the place, or from where a column set out to where it went:
        # "A → B: column moved out of A and burned B": B first either way)
        steps = _PATH_STEP.split(path["path"])
        return text[: path.start()] + _place_first(steps, text[path.end() :])
    if text.count("→") == 1 and (went := _WENT_TO.search(text)):
        return text[went.end() :].split(";")[0]  # "LIB 12 column A → | V (Budalin)|; ..."
    return text


#: where a column went, with its township in brackets, after one arrow
_WENT_TO = re.compile(r"→\s*(?=[A-Z][\w'’ -]*\s*\([A-Z][^()]*\))")


def _place_first(steps: list[str], rest: str) -> str:
    """A path's steps as an address, the place first, then what the text goes on to say
    after a dash (not a colon, which may be a time's: "08:56")."""
    rest = rest.strip()
    return ", ".join(reversed(steps)) + (f" – {rest}" if rest else "")


#: a kind word's abbreviation and its period, then a number that opens what follows
_ABBREVIATION_THEN_NUMBER = re.compile(r"\b((?i:tsp|twp|vlg|vill?|tship))\.\s+(?=\d)")


def _unspaced_slash_address(text: str) -> bool:
    """Whether "/" with no spaces separates three or more parts of an address, each starting
    and ending with a letter, two with kind words ("Sgg/Indaw twp/Thaung Kyi vlg"; not a
    date, nor "Kani T/S")."""
    items = text.split("/")
    return (
        len(items) >= 3
        and all(item[:1].isalpha() and item[-1:].isalpha() for item in items)
        # (two parts with their own kind words: not MIMU's "Than Ta Dar/Kone Hkar/Ma Len
        # village, Mansi Township", one village's names)
        and sum(bool(_KIND_IN_PART.search(item.split(",")[0])) for item in items) >= 2
    )


def _slash_address(text: str) -> bool:
    """Whether " / " separates the parts of an address ("Thayarwady District / Nattalin
    Township": two or more parts with kind words, or an area then a place in it), not two
    spellings of one name ("Da Hat Tan / Hat Tan (North)", a MIMU village)."""
    items = text.split(" / ")
    if len(items) == 2 and part_kind(items[0].split(",")[-1]) in ("township", "district", "state"):
        return True  # UCDP's "Waw Township / Nyaung Hkar Shay police station": a place in it
    if len(items) == 2 and part_kind(items[1]) == "village" and not part_kind(items[0]):
        return True  # "Yebyu / Na Bu Lel village": a village in an area named before it
    if len(items) >= 3 and any(_KIND_IN_PART.search(item) for item in items):
        return True  # "Let Pan Tan / Mohnyin Tsp / Kachin": an address of three parts
    last = re.split(r"\s+[–—-]\s+", items[-1])[0].strip(" .")  # (and its full stop)
    if len(items) >= 3 and (last in STATE_SHORT_NAMES or part_kind(last) == "state"):
        return True  # "Tinia / Matupi / Chin – shelling": down to the state, named last
    return sum(bool(_KIND_IN_PART.search(item.split(",")[0])) for item in items) >= 2


#: how a place was hit, after it: "shelled X village | without any warning", "| with
#: artillery", "| with drone-dropped bombs", "| using drones"
MANNER = (
    r"(?:without\s+\S|using\s+\S|with\s+(?:\d+\s*mm\s+|[a-z-]+\s+)?(?:artillery|mortars?"
    r"|drones?|jets?|aircraft|rockets?|missiles?|bombs?|shells?|weapons|arms|gunfire"
    r"|helicopters?|airstrikes?|air\s+strikes?)\b)"
)
#: A clause after the place: "clashes in Demoso town | as PDF fighters advance", "... | after
#: the junta withdrew", "..., Bago Region, | as armed groups push into the town" (a conjunction
#: after a word or comma, to the end of the text), or who fought
#: a person as a sentence's subject, named as "a person" by now
_PERSON_AS_SUBJECT = re.compile(r"(?i:a\s+person|persons|he|she)")
#: what happened, then where, opening a text: "This | was in V village, T Township."
_IT_WAS_IN = re.compile(r"\s*(?i:this|that|it)\s+(?:was|is)\s+(?:in|at)\s")
_TRAILING_CLAUSE = re.compile(
    # (a time before it too: "..., | a week after raids on W village in Y Township")
    r"(?<=[\w)\],])(?:,?\s+(?:a|an|one|two|three|four|five|several|some|few)\s+"
    r"(?:hours?|days?|weeks?|months?|years?)(?=\s+(?:after|before)\b))?"
    # (not a caption's "What is left of | V village")
    r"\s+(?!(?:is|was)\s+left\s+of\b)"
    r"(?:(?:as|after|while|when|amid|following|despite|before|since|until|ahead\s+of|to\s+(?:escape|avoid|evade|leave|evacuate)|awaiting|pending|run\s+(?:by|under)|said|says"
    r"|told|came|comes|was|were|is|are|has|have|had)\s+\S"
    # what a place is under: "Mudon town | under attack, Mon State"
    r"|under\s+(?:heavy\s+|renewed\s+)?(?:attack|fire|siege|shelling|bombardment|assault)\b"
    # ("Madaunggyi (Khin U) | under artillery fire")
    r"|under\s+(?:heavy\s+)?(?:artillery|mortar|drone|air|sniper|machine[\s-]gun)\s+fire\b"
    # or whose cover: "landed marines at Myebon town | under cover of frigates"
    r"|under\s+(?:the\s+)?(?:cover|protection|escort)\s+of\b"
    # where people ran, no place's name: "ran from X village in Y township | to the forest"
    r"|(?:to|into|towards?)\s+the\s+(?:forests?|jungle|woods|hills?|mountains?|fields?"
    r"|farms?|paddy\s+fields|river(?:side|bank)?|stream|border|camps?|monastery|church)\b"
    # what followed, counted: "bombed X | and 2 people died", "| and at least 12 houses ..."
    r"|and\s+(?:at\s+least\s+|about\s+|some\s+|nearly\s+)?(?:\d+|one|two|three|four|five|six"
    r"|seven|eight|nine|ten|several|many|dozens)\s+(?:[a-z]+\s+){0,2}?(?:people|civilians"
    r"|residents|villagers|houses|homes|soldiers|troops|children|women|men)\b"
    # or what they went on to do: "entered X Village, Y Twp | and burning the village"
    r"|and\s+[a-z]+ing\s+(?:the|a|an|its|their|houses|homes|down|dozens)\b"
    # or what was done to them later: "taken to ... in Monywa | and later charged"
    # (not what they did to a place next: "shelled and then occupied | Kan Nyi Naung village")
    r"|and\s+(?:later|then|subsequently|was|were)\s+(?:[a-z]+\s+)?[a-z]+ed\b"
    r"(?!\s+(?:the\s+|a\s+)?[A-Z])"
    # or what else was hit: "fell on X | and the monastery was hit"
    r"|and\s+(?:the|a|an|its|their|a\s+nearby)\s+(?:[a-z]+\s+){1,3}(?:was|were)\s+[a-z]"
    r"|" + MANNER +
    # who fought: "... on Saturday | between the military and the local PDF" (not the places
    # between which: "between Hwe Zoy and Na Mawn villages")
    r"|between\s+(?:the|an?|junta|regime|military|troops|soldiers|resistance|government"
    r"|(?i:pdfs?|cdfs?|ldfs?|kia|aa|tnla|mndaa|knu|knla|kndf|cnf|local|ethnic|armed|people['’]s))"
    r"\b).*$"
)
_NAME_AFTER_FIRST_WORD = re.compile(r"\s\S*[A-Z]")
#: a clause of troops or fighting moving through the township the place before it lies in:
#: "homes burned in X village | as troops sweep | Y Township, Z Region"
_AS_SWEEPING_AREA = re.compile(
    r"\s+(?i:as)\s+(?:\S+\s+){1,3}?(?i:sweeps?|raids?|combs?|advances?|spreads?|moves?)"
    r"\s+(?:(?i:through|across|into|in)\s+)?(?=(?:[A-Z][\w'’-]*\s+){1,3}(?i:township)\b)"
)
_PLACE_IN_CLAUSE = re.compile(
    r"\b(?:in|at|near|outside|on|of)\s+(?:the\s+)?"
    r"(?:(?:north|south|east|west|central|upper|lower)\w*\s+)?"
    # (not a people or a broker: "ahead of | Chinese talks", "of | China-mediated talks")
    r"(?!(?:Chinese|Thai|Indian|Russian|Japanese|Bangladeshi|Western|ASEAN|UN)\b"
    r"|[\w'’]+-(?:mediated|brokered|backed|led|run|owned|funded|built|made)\b)"
    r"[A-Z]"
    r"|\b[A-Z][\w'’-]*\s+(?i:village|town|township)\b"  # "were sent to retake | Kawthaung town"
)


#: words before a kind word that name no place: "The village", "Our town"
_NO_NAME_BEFORE_KIND = frozenset(
    {
        "The",
        "A",
        "An",
        "This",
        "That",
        "Our",
        "My",
        "Their",
        "Its",
        "His",
        "Her",
        "Every",
        "Each",
        "Another",
        "One",
    }
)


#: a clause ending on the place it says was hit: "as regime shells Pawng Hkio"
_HITS_NAMED_PLACE = re.compile(
    r"\b(?:shells?|shelled|bombs?|bombed|burns?|burned|raids?|raided|attacks?|attacked|hits?"
    r"|strikes?|struck|storms?|stormed|seizes?|seized|captures?|captured|torches|torched)"
    r"\s+(?:[A-Z][\w'’-]*\s*){1,4}$"
)


def without_trailing_clause(text: str) -> str:
    """``text`` without a clause after its place ("clashes in Demoso town | as PDF fighters
    advance"); kept when it is the clause that places the event, the words before it naming
    nothing ("3 villagers killed | as junta burns Namnein in Pinlaung Township")."""
    match = _TRAILING_CLAUSE.search(text)
    if match is not None and (
        _PERSON_AS_SUBJECT.fullmatch(text[: match.start()].strip()) or _IT_WAS_IN.match(text)
    ):
        # (not the verb of the person a memorial is of: "a person | was killed in V village, T
        # | when junta troops shelled the village"; nor of what happened: "This | was in V")
        match = _TRAILING_CLAUSE.search(text, match.start() + 1)
    if match is None:
        return text
    head_text = text[: match.start()]
    if " the " in head_text:  # (a river is no place: "Junta ships on the Ayeyarwady | were ...")
        head_text = _ON_ROUTE.sub("", head_text)
    if (
        _DISASTER.search(head_text)
        and not _FIGHTING.search(head_text)
        and _FIGHTING.search(text, match.start())
        and _PLACE_IN_CLAUSE.search(text, match.start())
    ):
        # the fighting's place, not the disaster's: "Floods in Myitkyina | as KIA and junta
        # clashed in Mogaung town"
        return text[match.start() :].strip()
    if (
        _CUT_OFF.search(head_text)
        and not _FIGHTING.search(head_text)
        and (_FIGHTING.search(text, match.start()) or _SABOTAGE.search(text, match.start()))
        and _PLACE_IN_CLAUSE.search(text, match.start())
    ):
        # nor where power or traffic was cut: "Power outage in Lashio and Mongyai | after
        # resistance fighters blew up a pylon near X village" (but its area qualifies the
        # clause's place: "Internet and phone lines cut in Wuntho Township | after clashes in
        # Thayetkone village")
        area = AREA_KIND_WORD.search(head_text)
        return text[match.start() :].strip() + (f", {area.group()}" if area else "")
    if (
        _STATE_NAMED.search(head_text)
        and not _PLACE_KIND_WORD.search(head_text)
        and _CONJUNCTION_FIRST.match(text, match.start())
        and NAMED_VILLAGE.search(text[match.start() :].split(",", 1)[0])
    ):
        # the village the clause names, not the region the head does: "Fighting in Magwe
        # Region intensified | as resistance fighters attacked ... in V village, T township"
        return text[match.start() :].strip()
    if (
        _CONJUNCTION_FIRST.match(text, match.start())
        and not NAMED_VILLAGE.search(head_text)
        and (named := NAMED_VILLAGE.search(text, match.start()))
        and _STRUCK_AFTER.match(text, named.end())
    ):
        # the village the clause says was struck, not where those in the photo are: "Children
        # study ... in the jungle near W | after their school in V village, T Township, was
        # bombed"
        return text[match.start() :].strip()
    head = head_text.split()
    # (a head of names only names a place: "Aukthakan | after clashes in Mrauk Oo Township";
    # not of who acted: "Junta Column withdraws | after battle at X Village in Y Township")
    head_names = any(
        _NAME_AFTER_FIRST_WORD.match(f" {word}") and not _names_what_happened(word)
        for word in head[1:]
    ) or all(word[:1].isupper() and not _names_what_happened(word) for word in head)
    # (or a place with its kind word: "Paletwa town | came after a raid in Kengtung"; not "The
    # village | is in Natogyi Township")
    if not head_names and (named := _PLACE_KIND_WORD.search(head_text)):
        word = named.group().split(None, 1)[0]  # (nor a headline's "Troops Raid village")
        head_names = word not in _NO_NAME_BEFORE_KIND and not _names_what_happened(word)
    if (
        not head_names
        and (
            _PLACE_IN_CLAUSE.search(text, match.start())
            # (or a name at all, after a head of who spoke alone: "junta | says it cleared KK Park")
            or (
                head
                and all(is_actor_word(word) for word in head[head[0] == "The" :])
                and _CAPITALISED_AFTER.search(text, match.start())
            )
        )
    ):
        return text
    clause, comma, after = text[match.start() :].partition(",")
    if (
        comma
        # (a clause naming no place of a kind: "Inn Din village, | between the Mayu mountain
        # range and the Bay of Bengal |, Maungdaw District, Rakhine State")
        and (clause.islower() or not _PLACE_KIND_WORD.search(clause))
        and all(_is_area_part(part) for part in after.split(","))
        # (not a clause that ends on the place it hits, before its area: "11 civilians killed
        # | as regime shells Pawng Hkio|, Hseni Tsp")
        and not _HITS_NAMED_PLACE.search(clause)
    ):
        return text[: match.start()] + comma + after  # "Taung Ni | after artillery fire |, ..."
    if (
        not comma
        and _AREA_ENDS_HEAD.search(text, 0, match.start())
        and (named := NAMED_VILLAGE.search(clause))
    ):
        # the village the clause names, in the area that ends the head: "... Killed in
        # Kyauktaga Township | as Resistance Hits Kanyin Kyo Village"
        return f"{text[: match.start()].rstrip(',')}, {named.group()}"
    if not comma and (area := _CLAUSE_TOWNSHIP.search(clause)):
        # the township the clause names: "X village | as the junta shells | Nyaunglebin Township"
        return f"{text[: match.start()].rstrip(',')}, {area.group()}"
    return text[: match.start()].rstrip(",")


#: a state or region named with its kind word
_STATE_NAMED = named_with_kind("region|state|division")
#: what was done to a place, said after it (and its township): "V village|, T Township, was
#: bombed|"
_STRUCK_AFTER = re.compile(
    r"(?:,\s+[A-Z][\w'’-]*(?:[\s-][A-Z][\w'’-]*){0,2}\s+(?i:township|tsp|twp),)?\s+(?:was|were)\s+"
    r"(?:bombed|burned|burnt|shelled|destroyed|attacked|raided|torched|hit|struck)\b"
)
#: a clause opening with a conjunction of time: "| as resistance fighters attacked ..."
_CONJUNCTION_FIRST = re.compile(r"\s+(?:as|after|when|while|following|amid)\s")
#: a disaster or the relief sent after it, and fighting, as a sentence and its clause tell of
#: them
_DISASTER = re.compile(
    r"\b(?i:floods?|flooded|flooding|landslides?|mudslides?|cyclone|typhoon|storm|earthquake"
    r"|quake|tremors?|relief|aid\s+(?:convoys?|trucks?)|trucks|tonnes)\b"
)
#: what an attack cut off, where it was felt: "Power outage in Lashio", "Electricity cut to
#: Taze", "Traffic on the Toungup-Thandwe highway halted"
_CUT_OFF = re.compile(
    r"\b(?i:outages?|blackouts?|electricity|power\s+cuts?|traffic|halted|closed|suspended"
    r"|cut\s+off|internet|flights|trains)\b"
)
#: an attack on works: "blew up a pylon", "destroyed a bridge", "a mine exploded"
_SABOTAGE = re.compile(
    r"\b(?i:blew\s+up|blown\s+up|destroyed|exploded|blasts?|mined|torched|burned|burnt"
    r"|sabotaged|damaged)\b"
)
#: a disaster's clause opening a sentence of the fighting: "As the Sittaung rose to 9.2 m at
#: Madauk, | fighting ... broke out at X village"
_DISASTER_LEAD = re.compile(
    r"^(?:As|After|While|When)\s+(?=[^,]*\b(?i:rose|rising|flood\w*|cyclone|storm|quake"
    r"|earthquake|landslides?|rain\w*)\b)[^,]{1,120},\s+"
    r"(?=[^,]*\b(?i:fighting|clash\w*|attack\w*|shell\w*|air\s*strikes?|raid\w*|bomb\w*)\b)"
)
_FIGHTING = re.compile(
    r"\b(?i:clash(?:es|ed)?|fighting|fought|attack(?:s|ed)?|shell(?:s|ed|ing)|air\s*strikes?"
    r"|raid(?:s|ed)?|bomb(?:s|ed|ing)|ambush(?:es|ed)?|battles?)\b"
)


def _names_what_happened(word: str) -> bool:
    """Whether a capitalised word says what happened or who acted ("Clashes", "Fighting",
    "KIA", "Junta"), not a place's name."""
    lower = word.lower()
    return is_actor_word(word) or lower in NEWS_FIRST_WORDS or lower in SENTENCE_VERBS


#: a head ending in an area's kind word, or a town's: "... in Kyauktaga Township", "... Near
#: Wetlet Town | as Junta Column Storms X Village"
_AREA_ENDS_HEAD = re.compile(r"\b[A-Z][\w'’-]*\s+(?i:township|tsp|twp|town)\.?$")
#: a township named at the end of a clause after the place
_CLAUSE_TOWNSHIP = re.compile(
    r"(?<=\s)[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\s+(?i:township|region|state|division)$"
)


def _is_area_part(text: str) -> bool:
    """True when ``text`` is capitalised and ends in a kind word ("Myawaddy Township")."""
    words = text.split()
    return bool(words) and words[0][:1].isupper() and words[-1].lower() in KIND_LAST_WORDS


_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}(?!\d))")
#: a month's name or its abbreviation, in lower case (read case-blind where used)
MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
#: a day's short name, in lower case: "Wed 3 Mar", "27 November 2023 (Mon):"
DAY_ABBREVIATION = r"(?:mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)"
#: a day of the month in words: "first", "seventeenth", "twenty-third", "thirty-first"
_ORDINAL_DAY = (
    r"(?:(?:twenty|thirty)[\s-]?)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)"
    r"|tenth|eleventh|twelfth|(?:thir|four|fif|six|seven|eigh|nine)teenth|twentieth|thirtieth"
)
#: A date or time in a sentence: "on 23 Dec 2023", "on December 23, 2023", "early on Tuesday
#: morning", "in May 2023", "on 2023-12-23", "last week", "overnight", "in recent weeks" (a
#: month only beside a day or a year: "Mar Lar" is a name)
_DATE = re.compile(
    r"(?:^|\s+|(?<=\()|(?<=^[\"“]))(?:(?:early|late)\s+)?"
    r"(?:(?:on|in|since|from|by|around|about|last|this|next)\s+)?"
    # ("in the early hours of", "in the early morning of")
    r"(?:the\s+(?:(?:early|small|wee)\s+hours|(?:early\s+|late\s+)?(?:morning|evening|night))"
    r"\s+of\s+)?"
    r"(?:(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|yester(?:day)?)"
    r"(?:\s+(?:morning|afternoon|evening|night))?"
    rf"|(?:{DAY_ABBREVIATION}\.?,?\s+)?"  # ("Wed 3 Mar")
    rf"\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH}(?:,?\s+\d{{4}})?"
    rf"|{MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?"
    rf"|(?<=on\s)\d{{4}},?\s+{MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?"  # ("on 2024, February 12")
    rf"|{MONTH}\s+\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}}|(?<=in\s)\d{{4}}"
    r"|(?<=[Ii]t\swas\s)\d{4}(?=\s*,)"  # (a year alone: "It was| 2021|, in V village, ...")
    # (a day said in words: "on the seventeenth of September")
    rf"|(?:the\s+)?(?:{_ORDINAL_DAY}|\d{{1,2}}(?:st|nd|rd|th))\s+of\s+{MONTH}(?:,?\s+\d{{4}})?"
    r"|\d{1,2}[./]\d{1,2}[./]\d{2,4}"  # "02.11.2021", "30/11/2023"
    rf"|\d{{1,2}}-{MONTH}-\d{{2,4}}"  # "25-Aug-2017"
    r"|(?:last|this)\s+(?:week(?:end)?|month|year|night|morning|afternoon|evening)|overnight"
    # ("burned houses in Myaung town | the next day")
    r"|the\s+(?:next|following|same|previous)\s+(?:day|morning|night|evening|week)"
    r"|the\s+day\s+(?:after|before)|that\s+(?:night|morning|evening|afternoon|day)"
    r"|(?:recent|past|the\s+past|the\s+last)\s+(?:few\s+)?(?:days|weeks|months)"
    r"|right\s+now|now(?=[\s.,!]*$)|today(?:\s+(?:morning|afternoon|evening|night))?|tonight"
    # a time of day: "from 5:40 pm", "at 3.40 am", "until 11 p.m", "at 03:40"
    r"|(?:(?:at|until|till)\s+)?~?(?:\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|a\.m|p\.m)|\d{1,2}:\d{2})"
    r"|(?:at|around|about|by|before|after)\s+(?:dawn|dusk|night|midnight|noon|midday|daybreak"
    r"|sunrise|sunset)"
    r"|in\s+(?:an?\s+)?(?:pre-?)?(?:dawn|night|early[\s-]morning)\s+(?:raid|attack|assault)s?"
    r"|all\s+(?:night|day|morning|afternoon|evening)(?:\s+long)?"
    # a time of day in words: "around four in the morning", "at 3 in the afternoon"
    r"|(?:(?:at|around|about|by|before|after)\s+(?:\d{1,2}|one|two|three|four|five|six|seven"
    r"|eight|nine|ten|eleven|twelve)(?:\s+o'clock)?\s+)?in\s+the\s+(?:morning|afternoon"
    r"|evening|night)"
    r"|for\s+(?:about\s+|over\s+|nearly\s+)?(?:\d+|an?|one|two|three|four|five|six|seven|eight"
    r"|nine|ten|several|many)\s+(?:hours?|days?|weeks?|months?)"
    r"|twice|again|repeatedly|once\s+more|(?:\d{1,2}|two|three|four|several|many)\s+times"
    # (how long they stayed: "came to V and stayed | three days|")
    r"|(?:(?<=stayed\s)|(?<=camped\s)|(?<=remained\s)|(?<=stopped\s))(?:\d{1,2}|an?|one|two|three"
    r"|four|five|six|seven|several|a\s+few)\s+(?:hours?|days?|nights?|weeks?)"
    r"|@?\d{4}\s*(?:h|hrs|hours)"  # (a time in a field report: "@0600hrs", "0830h")
    # (a festival: "On 13 April 2021, | during Thingyan|, soldiers ...")
    r"|during\s+(?:the\s+)?(?:Thingyan|Thadingyut|Tazaungdaing|Christmas|Ramadan|Eid"
    r"|(?:water|light)\s+festival)(?:\s+(?:festival|holidays?))?)\b",
    re.IGNORECASE,
)


def without_dates(text: str) -> str:
    """``text`` without its dates, times and sources ("On 21 June 2021, ...", "... on Sunday,
    residents said", ", according to local media")."""
    low = text.lower()
    if not any(word in low for word in _DATE_OR_SOURCE_WORDS) and not _DIGIT.search(text):
        return text
    if "etween" in text:  # "Between 23 March 2023 and the following week, ..."
        text = _DATE_RANGE.sub("", text)
    if "(" in text:  # "Information Team statement| (Nay Pyi Taw, January 22)|: ..."
        text = _CAPITAL_DATELINE_IN_BRACKETS.sub("", text)
    text = _SOURCE.sub("", _DATE.sub("", _DAY_IN_BRACKETS.sub("", text))).lstrip(" ,;")
    return _EMPTY_BRACKETS.sub("", text) if "(" in text else text  # "X village (Monday)"


_EMPTY_BRACKETS = re.compile(r"\s*\(\s*\)")
#: a statement's dateline in brackets, from a capital that files news of the whole country
_CAPITAL_DATELINE_IN_BRACKETS = re.compile(
    r"\s*\((?:Nay\s*Pyi\s*Taw|Naypyitaw|Naypyidaw|Yangon|Rangoon),\s+[^()]{0,20}\d[^()]{0,10}\)"
)
#: a time between two dates, or a date and the time after it: "Between 23 March 2023 and the
#: following week", "between 6 November 2023 and the end of that month"
_DATE_RANGE = re.compile(
    r"\b[Bb]etween\s+[^,;]{0,20}?\d{4}\s+and\s+(?:the\s+(?:following|next)\s+(?:day|week|month)"
    r"|the\s+end\s+of\s+(?:that|the)\s+(?:week|month|year)|[^,;]{0,20}?\d{4})"
)
#: a day's short name in brackets before a colon, after its date: "27 November 2023 (Mon):"
_DAY_IN_BRACKETS = re.compile(r"\s*\((?i:" + DAY_ABBREVIATION + r")\)(?=\s*:)")
#: Who reported it: ", according to local media" (up to a place's "in", or the clause's end)
_SOURCE = re.compile(r",?\s+according\s+to\s+[^,.;]*?(?=\s+in\s+[A-Z]|\s*[,.;]|\s*$)")
#: words (in lower case) without which a text has no date nor source (a quick look first: a
#: case-blind regular expression costs more than the rest of the parse)
_DATE_OR_SOURCE_WORDS = ("day", "according", "overnight", "last ", "this ", "week", "month",
                         "now", "tonight", "at d", "at n", "at m", "at s", "all n", "all m",
                         "all a", "all e", "twice", "again", "repeated", "times",
                         "once more", "midday", "noon", "dawn", "dusk", "hour", "in the m",
                         "in the a", "in the e", "in the n", "th of ", "st of ", "nd of ",
                         "rd of ", "during ")  # fmt: skip
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
    r"^(?:the\s+)?(?:phases?\b[^()]*?|[^()]*\(lot\b[^)]*\)|" + WORKS + r"|[^()]{1,80}?"
    rf"(?=\s+of\s+(?:the\s+)?{CAPACITY}))\s+of\s+(?:the\s+)?",
    re.I,
)


#: the first word of a group's name that is written as a possessive: "People's Defence Force"
_PEOPLES = re.compile(r"(?i:people|peoples)")
#: "downtown X": the town X
_DOWNTOWN = re.compile(
    r"\b(?i:downtown)\s+(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})"
    r"(?!\s+(?i:town|city|township)\b|[\w'’-])"
)
#: an area in square brackets before a headline, as a feed tags it: "[Magway Region] Clashes at
#: Laung She village, Saw township"
_LEADING_TAG = re.compile(r"^\[(?P<tag>[^\[\]]+)\]\s+(?=\S)")
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
    r"|engineering|holdings|enterprises?|industries|inc\.?"
    # who lent for it: "(China Eximbank export seller's credit)"
    r"|eximbank|loans?|credits?|grants?|financ\w*|funded|funding))\)",
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


#: a social media post's marks: hashtags, emoji and pictographs, and what follows "!"
_HASHTAG = re.compile(
    # (not a tag of the area after a village: "Kar Lai village | #Kutkai| fighting ongoing")
    r"(?<!village )(?<!Village )(?<!vlg )(?<!VLG )"
    r"(?<!village, )(?<!Village, )(?<!vlg, )(?<!VLG, )"  # (nor after its comma: "V village, #YeU")
    # (nor between a place's commas: "in Ywar Thit Gyi, #Katha, Sagaing Region")
    r"(?!(?<=[a-z], )#\w+,\s+[A-Z])"
    # (a hyphen too: "#Ye-U town"; not a tag in brackets, after a place: "V (#Demoso)")
    r"(?<![\w&(])#(?![\u1000-\u109f])\w+(?:-\w+)*(?![\w-])"
    # (a place's tag before its kind word keeps the name: "#Kani township", "#Tabayin Tsp")
    r"(?!\s+(?i:township|tsp|twp|tnsp|town|village|vlg|region|state|division)\b)"
)
_BURMESE_TAG = re.compile("(?<![\\w&])#([\u1000-\u109f]+)")
#: the "#" of a place's tag before its kind word (and the word before it): a part of its own
#: ("... Thayetchaung Tsp | #Thayetchaung township"), unless a word of place leads to it ("in
#: #Tabayin township"); the tag's name, its words run together ("#MawtKaNin village")
_PLACE_HASHTAG = re.compile(
    r"(?:(?P<lead>\b(?i:in|at|of|near|on)\s+)|\s+|^|(?<=\())#(?P<name>\w+(?:-\w+)*)"
)
#: where the words of a name run together in a tag start: "Mawt|Ka|Nin"
_TAG_WORD_START = re.compile(r"(?<=[a-z])(?=[A-Z])")
_PICTOGRAPH = re.compile("[" + _PICTOGRAPH_CHARS + "]")
_LEADING_PICTOGRAPHS = re.compile("^[" + _PICTOGRAPH_CHARS + r"\s]+")
_AFTER_EXCLAMATION = re.compile(r"!+(?:\s.*)?$")


#: emoji and other pictographs that open or close a text
_PICTOGRAPHS_AT_EDGES = re.compile(
    "^[" + _PICTOGRAPH_CHARS + r"\s]+(?=\w)|(?<=[\w.!?)])[" + _PICTOGRAPH_CHARS + r"\s]+"
    # (and a message's plea after the last ones: "... 2pm 😢 pls share")
    r"(?:(?i:pl[sz]|please)\s+(?i:share|pray|help|rt|forward)\W*)?$"
)


def without_pictographs(text: str, *, between_words: bool = False) -> str:
    """``text`` without the emoji and other pictographs that open or close it ("landmine blast
    V vlg T tsp 1 dead ⚠️": "landmine blast V vlg T tsp 1 dead"); those between words stay
    unless ``between_words`` (as a space), as a post's lead may end with one ("LIVE 🔴 V
    village under attack")."""
    if "📍" in text:  # ("Mrauk-U 📍 V village, about 6 km northwest of Mrauk-U town": "Mrauk-U: V")
        text = _PIN_BETWEEN_NAMES.sub(": ", text)
    if not between_words:
        text = _PICTOGRAPHS_AT_EDGES.sub("", text)
        # (and those before a count, as a break: "V village, T township |🚁| 2 villagers killed")
        return _PICTOGRAPHS_BEFORE_COUNT.sub(", ", text) if _PICTOGRAPH.search(text) else text
    if not _PICTOGRAPH.search(text):
        return text
    return re.sub(r" {2,}", " ", _PICTOGRAPH.sub(" ", text)).strip()


#: pictographs between a place and a count of what befell it: "T township| 🚁 |2 villagers"
_PICTOGRAPHS_BEFORE_COUNT = re.compile(
    r"(?:(?<=\))|(?<=[Tt]ownship)|(?<=[Vv]illage)|(?<=[Tt]sp)|(?<=[Tt]wp)|(?<=[Vv]lg))\s*"
    r"[" + _PICTOGRAPH_CHARS + r"]+[" + _PICTOGRAPH_CHARS + r"\s]*(?=\d+(?:\s+[a-z]|/))"
)
#: a pin between an area and the place in it, in a post: "Mrauk-U| 📍 |V village"
_PIN_BETWEEN_NAMES = re.compile(r"(?<=[\w)])\s*📍\s*(?=[A-Z])")


def _place_tag_part(tag: re.Match) -> str:
    """What a place's tag is read as: its name, its words apart ("#AmLaung": "Am Laung"),
    after a part's comma when a word comes before it (not a word of place)."""
    name = _TAG_WORD_START.sub(" ", tag["name"])
    if tag["lead"]:
        return tag["lead"] + name
    before = tag.string[: tag.start()].rstrip()[-1:]
    if before == "(":  # ("V (#Demoso)": "V (Demoso)")
        return name
    return (", " if before.isalnum() or before == "." else " " if before else "") + name


#: a Burmese place, "in" (ရှိ), then a thing there that names no place, to the next part:
#: "ရွှေကုက္ကိုလ်မြိုင်ရှိ | အွန်လိုင်းလိမ်လည်ရေးစခန်း|၊ မြဝတီမြို့နယ်" (the online scam camp at Shwe
#: Kokko Myaing, Myawaddy Township)
_MM_THING_AT_PLACE = re.compile("(?<=[\u1000-\u109f])ရှိ\\s+(?P<thing>[^၊,]+?)(?=\\s*[၊,])")


#: a thing of a place named before it, with the possessive: "Kyaukkyi town|'s main market|"
_THING_OF_PLACE = re.compile(
    r"(?<=[A-Z][a-z]\s(?:town|city))['’]s\s+(?:main\s+|central\s+|old\s+|new\s+|only\s+)?(?:market|hospital"
    r"|school|monastery|pagoda|church|mosque|centre|center|outskirts|wards?|quarters?|streets?"
    r"|bridge|police\s+station|jail|prison|airport|bus\s+station|railway\s+station|station"
    r"|administration\s+office|office)\b"
    r"|(?<=[A-Z][a-z]\svillage)['’]s\s+(?:main\s+|only\s+)?(?:school|monastery|pagoda|church|clinic"
    r"|market|houses|homes)\b"
)


def without_thing_of_place(text: str) -> str:
    """``text`` with a place for the thing of it a possessive names ("hit Kyaukkyi town's main
    market": "hit Kyaukkyi town"); else ``text``."""
    if "'s " not in text and "’s " not in text:
        return text  # (a quick look first)
    return _THING_OF_PLACE.sub("", text)


def without_burmese_thing_at_place(text: str) -> str:
    """``text`` without a thing a Burmese place is said to hold, when the thing names no place
    of a kind ("Xရှိ အွန်လိုင်းလိမ်လည်ရေးစခန်း၊ T မြို့နယ်": "X၊ T မြို့နယ်"); else ``text``."""
    if "ရှိ" not in text:
        return text  # (a quick look first)

    def place_only(found: re.Match[str]) -> str:
        thing = found["thing"].replace(" ", "")
        return found.group() if any(word in thing for word in _MM_KIND_WORDS) else ""

    return _MM_THING_AT_PLACE.sub(place_only, text)


#: a Burmese village's or town's people, after its name: "ကျောက်ရှပ်ဝ|ရွာသားများ|ကို" (the villagers
#: of Kyauk Shat Wa), "...|မြို့သူမြို့သားများ|"
_MM_PEOPLE_OF_PLACE = re.compile("(ရွာ|မြို့)(?:သူ(?:ရွာ|မြို့))?သား(?:များ)?")


def with_burmese_people_as_place(text: str) -> str:
    """``text`` with a Burmese village's or town's people read as the village or town
    ("ကျောက်ရှပ်ဝရွာသားများကို စစ်တပ်က ပေါ်တာအဖြစ် ဆွဲခေါ်": "ကျောက်ရှပ်ဝရွာ ...")."""
    return _MM_PEOPLE_OF_PLACE.sub(r"\1 ", text) if "သား" in text else text


#: Burmese words before a text in Latin letters, then a space or a pictograph
_BURMESE_LEAD = re.compile(
    "^[\u1000-\u109f\u200b]+(?:\\s+[\u1000-\u109f\u200b]+)*[\\s"
    + _PICTOGRAPH_CHARS
    + "]+(?=[A-Za-z])"
)


#: a Burmese news lead: "သတင်းထူး - " (breaking news), "သတင်း - "
_BURMESE_NEWS_LEAD = re.compile("^သတင်း(?:ထူး)?\\s*[-–—:|]\\s*")
#: a Burmese deed after a place's bracketed area, ending the text: "(T) | မီးရှို့ခံရ|"
_BURMESE_DEED_AFTER_BRACKET = re.compile(
    "(?P<place>(?:ကျေးရွာ|ရွာ|မြို့)\\s?\\([\u1000-\u109f]{1,30}\\))\\s*"
    + BURMESE_WORD_CHAR
    + "{0,6}(?:"
    + BURMESE_DEEDS
    + ")"
    + BURMESE_WORD_CHAR
    + "{0,12}$"
)
#: a time before a Burmese text: "15:25 - "
_TIME_BEFORE_BURMESE = re.compile(r"\d{1,2}[:.]\d{2}\s*(?:[-–—:|]\s*)?(?=[\u1000-\u109f])")


def without_burmese_lead(text: str) -> str:
    """``text`` without Burmese words that name no place before a text in Latin letters (a
    plea: "ကူညီကြပါ 🙏 Myauk None village, Yinmarbin Township — ...", "please help"), or only
    the Burmese place it opens with as the object of what the English after it tells
    ("T မြို့နယ်၊ V ကျေးရွာ ကို the ... jet bombed; the villagers fled to W"), or a live
    blog's time before a Burmese entry ("15:25 - V ..."); else ``text``."""
    if text[:1].isdigit() and (timed := _TIME_BEFORE_BURMESE.match(text)):
        text = text[timed.end() :]
    if text.startswith("သတင်း"):  # ("သတင်းထူး - ", breaking news)
        text = _BURMESE_NEWS_LEAD.sub("", text, count=1)
    if ")" in text and "\u1000" <= text[:1] <= "\u109f":
        # (what befell a place after its bracketed area: "Vကျေးရွာ (T) | မီးရှို့ခံရ|", burned)
        text = _BURMESE_DEED_AFTER_BRACKET.sub(r"\g<place>", text)
    if "\u1000" <= text[:1] <= "\u109f" and (hit := _BURMESE_PLACE_HIT.match(text)):
        return hit["place"]
    lead = _BURMESE_LEAD.match(text) if "\u1000" <= text[:1] <= "\u109f" else None
    if lead is None or any(
        # (a kind word after a name; not one that opens what happened: "ရွာမီးရှို့ခံရ", a
        # village burned, before "Yaung Maw village, Dawei Township")
        word in lead.group() and not lead.group().startswith(word)
        for word in _MM_KIND_WORDS
    ):
        return text
    rest = text[lead.end() :]
    if _LATIN_KIND_FIRST.match(rest) or any("\u1000" <= c <= "\u109f" for c in rest):
        return text  # (a name in Burmese before its kind word: "ထန်းကုန်း | village in ...")
    return rest


#: a Burmese place opening a text as the object ("ကို") of what the English after it tells
_BURMESE_PLACE_HIT = re.compile(
    r"(?P<place>[\u1000-\u109f][\u1000-\u109f၊\s]*?(?:ကျေးရွာ|ရွာ|မြို့နယ်|မြို့))\s*ကို\s+"
    r"(?=[^\u1000-\u109f]*\b(?:bombed|attacked|shelled|raided|burned|burnt|torched|captured"
    r"|seized|struck|hit)\b)(?=[A-Za-z])"
)
_LATIN_KIND_FIRST = re.compile(
    r"(?i:village|vill|vlg|town|township|tsp|twp|ward|state|region|division|district)\b"
)


def without_post_marks(text: str) -> str:
    """``text`` without a post's hashtags and pictographs, and without what follows its first
    "!" ("🚨 Junta jets bombing Than Bo village (Khin-U Tsp) right now!! Pray for Sagaing 🙏
    #Sagaing": "Junta jets bombing Than Bo village (Khin-U Tsp) right now")."""
    if text.startswith("#") and (tags := _LEADING_TAGS.match(text)):
        # (a post's opening tags, read as its place when the words after them name none: "#V
        # #T #S landmine explosion near the village monastery": "V, T, S: ..."; or as the
        # area of what follows a colon: "#KhinU: V village shelled": "Khin U: V village ...")
        rest = text[tags.end() :]
        names = [_TAG_WORD_START.sub(" ", tag[1:]) for tag in tags["tags"].split()]
        if (
            (tags["colon"] and rest[:1].isupper())  # (a name after it, not "#T: the township PDF")
            or (" " in tags["tags"] and not _CAPITAL_LETTER.search(rest))
            # (or one tag before the post's words in lower case: "#Namhkan airstrike on the
            # town market this morning"; not before its kind word: "#Kani township")
            or (" " not in tags["tags"] and rest[:1].islower() and not _KIND_WORD_FIRST.match(rest))
        ):
            text = f"{', '.join(names)}: {rest}"
        elif (
            0 < len(unnamed := [n for n in names if not re.search(rf"\b{n}\b", rest)]) < len(names)
        ):
            # (or tags of which the post's words name some: the others are its area: "#Ponnagyun
            # #KuLarChaung — 5 houses destroyed in Ku Lar Chaung": "Ponnagyun: — ...")
            text = f"{', '.join(unnamed)}: {rest}"
    if "#" in text and not text.isascii():
        # (a tag that is what the sentence tells of, before its case word: "#Vရွာ ကို ...")
        text = _BURMESE_TAG_IN_SENTENCE.sub("", text)
    if "#" in text and (burmese_tags := _BURMESE_TAG.findall(text)):
        # (a tag in Burmese names the area, put last: "#လောင်းလုံး Vကျေးရွာကို ...": "Vကျေးရွာကို
        # ...၊ လောင်းလုံး")
        text = "၊ ".join([_BURMESE_TAG.sub("", text).strip(" |"), *burmese_tags])
    bare = _PICTOGRAPH.sub("", _PLACE_HASHTAG.sub(_place_tag_part, _HASHTAG.sub("", text)))
    cut = _AFTER_EXCLAMATION.sub("", bare).strip()
    tail = bare.strip()[len(cut) :].lstrip("! ")
    if cut and tail and _FIGHTING_OR_CLOSING.search(tail) and not _FIGHTING_OR_CLOSING.search(cut):
        # (what follows an appeal's event, when it tells of what was done to a place: "Blankets
        # drive at the monastery in W! All donations go to the people of V village (T Township)
        # whose village was bombed")
        return tail if NAMED_SETTLEMENT.search(tail) else cut
    return cut or text


#: a post's opening tags, before a colon or the post's words
_LEADING_TAGS = re.compile(r"^(?P<tags>#\w+(?:-\w+)*(?:\s+#\w+(?:-\w+)*){0,3})(?P<colon>:)?\s+")
_CAPITAL_LETTER = re.compile("[A-Z]")
_KIND_WORD_FIRST = re.compile(
    r"(?i:township|tsp|twp|tnsp|town|village|vlg|ward|region|state|division|district)\b"
)
#: the mark of a Burmese tag before its case word, in a sentence: "| #|Vရွာ ကို ..."
_BURMESE_TAG_IN_SENTENCE = re.compile(r"#(?=[\u1000-\u109f]+\s*(?:ကို|မှာ|တွင်|၌)(?:\s|$))")
#: fields of an events table pasted as a row that name no place: a date, a number, an ACLED
#: event type
_NO_PLACE_FIELD = re.compile(
    r"\d[\d./\-]*|\d{1,2}:\d{2}(?::\d{2})?\s*h?"  # (a time: "22:20", "00:00h")
    r"|(?:no|sr|s/n|#)\.?\s*\d{1,4}"  # (a row's number: "No. 1")
    r"|\d{4}-\d{2}-\d{2}\s+(?i:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?"  # ("2022-09-18 Sun")
    r"|battles|explosions/remote violence|violence against civilians|protests"
    r"|riots|strategic developments"
    # ACLED's sub-event types
    r"|armed clash|air/drone strike|shelling/artillery/missile attack|attack"
    r"|remote explosive/landmine/ied|abduction/forced disappearance|arrests"
    r"|remote\s+explosives?|landmines?(?:\s+blast)?|ied(?:\s+blast)?"  # (its parts, alone)
    r"|looting/property destruction|peaceful protest|protest with intervention"
    r"|non-state actor overtakes territory|government regains territory"
    # (UCDP's types of violence, or an event type of its kind: "Killing of civilians")
    r"|(?:killing|killings)\s+of\s+civilians|one-sided violence|state-based(?:\s+conflict)?"
    r"|non-state(?:\s+conflict)?"
    # (a source's or a coder's note: "src: DVB", "coder: village named in 2 sources")
    r"|(?:src|source|sources|coder|note|notes|ref|via)\s*[:,].*"  # (its colon read as a comma)
    r"|(?:h/t|hat\s+tip|credits?)\b.*|@\w+"  # (whom a post thanks: "h/t @BurmaGeoWatch")
    r"|(?:contact|needs|phone|tel|email|donate|donations)\s*:.*",  # (an appeal's: "Contact: X, T")
    re.IGNORECASE,
)
#: a field of figures and what they count ("5 killed", "7 killed, 6 injured") or a date
_FIGURE_OR_DATE_FIELD = re.compile(
    r"\d[\d,]*(?:\s+[a-z]+)+(?:[,;]\s*\d[\d,]*(?:\s+[a-z]+)+)*"
    r"|\d{1,2}\s+[A-Z][a-z]+\.?\s+\d{4}|[A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4}"
    r"|\d{1,2}[-/\s][A-Z][a-z]{2}[-/\s]\d{2,4}"  # "05-Jul-2023"
    # a week's number: "Wk 52/2022", "Week 3"; a count of the dead or wounded: "1 KIA", "3 WIA"
    r"|(?i:wk|week)\.?\s*\d{1,2}(?:/\d{2,4})?|\d{1,3}\s+(?:KIA|WIA|MIA|dead|killed|injured|wounded)"
    # a day's name and date without its year: "Mon 5 Apr", "Wed 3 Mar"
    r"|(?i:" + DAY_ABBREVIATION + r")[a-z]*\.?,?\s+\d{1,2}\s+[A-Z][a-z]{2,8}\.?"
)


def without_force_home(text: str) -> str:
    """``text`` without the town a force's name gives in brackets ("Daung Ni Defence Force
    (Wetlet) says it attacked junta offices in Poe Tan Ward, Sagaing town": "Daung Ni Defence
    Force says ..."): where it comes from is no place of what it did."""
    if "'s " in text or "’s " in text:
        # (or before it, its own: "|Mongla's |NDAA forces detained 16 people ... in V village")
        text = _FORCE_HOME_FIRST.sub("", text)
    return _FORCE_HOME.sub("", text) if "(" in text else text


#: a force's town opening the text, its own before its name: "|Mongla's |NDAA forces"
_FORCE_HOME_FIRST = re.compile(
    r"^[A-Z][\w-]*['’]s\s+(?=[A-Z]{2,6}\s+(?:forces|troops|fighters|soldiers|militia|units?)\b)"
)
#: a force's town in brackets after its name: "Daung Ni Defence Force| (Wetlet)|"
_FORCE_HOME = re.compile(
    r"(?:(?<=Force)|(?<=PDF)|(?<=LDF)|(?<=CDF)|(?<=Army))\s*\([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\)"
    r"(?=\s+(?:says|said|claims|claimed|reports|reported|attacked|ambushed|raided|seized|captured"
    r"|killed|shot|destroyed)\b)"
)


#: where it was, said between dashes in the middle of an account: "So, on 2 November 2023 |-
#: this was in V village, T township, S State -| the MNDAA took the army post at V."
_PLACE_ASIDE = re.compile(
    r"\s[-–—]\s+(?:this|that|it)\s+(?:was|happened)\s+(?:in|at)\s+(?P<place>[A-Z][^-–—.]*?)"
    r"\s+[-–—]\s+(?P<rest>\S.*)$",
    re.DOTALL,
)


def with_place_aside_first(text: str) -> str:
    """``text`` as the place said between dashes, then what happened there ("R: So, um, on 2
    November 2023 - this was in V village, T township - the MNDAA took the post at V.": "V
    village, T township: the MNDAA took the post at V."); ``text`` itself otherwise."""
    if " was in " not in text and " happened in " not in text:
        return text  # (a quick look first)
    aside = _PLACE_ASIDE.search(text)
    return f"{aside['place']}: {aside['rest']}" if aside else text


def with_bar_as_break(text: str) -> str:
    """A headline and its subhead or areas, set apart by one bar, read as one text ("Mudon:
    Gunmen kill ... in V village, W village tract | Mon State": "..., Mon State"; "Madaya: ...
    at V village leaves one dead | The village, in W village tract of T Township, ...": "...
    leaves one dead. The village, ..."); a table's row by its cell of where someone died ("U
    Aung Kyi | 65 | rubber tapper | H, T | killed at V, T Tsp | March 8, 2022": "V, T Tsp");
    ``text`` itself otherwise (a table's row: "2022-11-15 | Mandalay | Madaya", "V | T
    Township")."""
    if text.count(" | ") > 1 and "ed " in text:
        cells = (_DIED_AT_CELL.match(cell.strip()) for cell in text.split(" | "))
        died = next((cell for cell in cells if cell), None)
        # (when it names its township; else the row: "home: H, T Tsp | shot in H village")
        return died["place"] if died and _TOWNSHIP_IN_CELL.search(died["place"]) else text
    if text.count(" | ") != 1:
        return text
    head, tail = (part.strip() for part in text.split(" | "))
    if len(head.split()) < 5 or not _LOWER_WORD.search(head) or not tail[:1].isupper():
        return text
    if _AREAS_ONLY.fullmatch(tail):
        return f"{head}, {tail}"
    if _DATELINE_HEAD.match(head) and len(tail.split()) >= 5 and _LOWER_WORD.search(tail):
        return f"{head.rstrip('.')}. {tail}"  # (after a town's dateline: "Madaya: ... | The ...")
    if (
        _VILLAGE_ADDRESSED.search(tail)
        and not _VILLAGE_ADDRESSED.search(head)
        # (not when the headline names where the dead came from: "Two men from V village
        # killed by regime troops | The men were shot near W village, ...")
        and not _FROM_A_VILLAGE.search(head)
    ):
        # (a subhead giving the village with its township or its distance from a town, which
        # the headline does not: "BGF shooting kills 3 civilians in Hpa-an, Karen State | The
        # three were shot ... in Mikayin village, about 13 km northwest of Hpa-An town.")
        return f"{head.rstrip('.')}. {tail}"
    return text


#: a township named in a table's cell: "home: Myin Daung, |Khin-U Tsp|"
_TOWNSHIP_IN_CELL = re.compile(r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s+(?i:township|tsp|twp|t/s)\b")
#: a table's cell of where someone died: "killed at |Pyichar, Palaw Tsp|"
_DIED_AT_CELL = re.compile(
    r"^(?i:killed|died|shot\s+dead|shot|murdered|slain|executed|burned\s+to\s+death)\s+"
    # (not when: "shot in V village (just east of T) |when soldiers raided it|")
    r"(?:at|in|near)\s+(?P<place>[A-Z][^|]{2,100}?)(?:\s+(?:when|after|as|while|during)\b[^|]*)?$"
)
#: a village people came from: "Two men |from Mo Sar Khee village|"
_FROM_A_VILLAGE = re.compile(r"\bfrom\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,5}\s+(?i:village)\b")
#: a village named with its township, or its distance from a town, after it: "|Mikayin village,
#: about 13 km northwest of Hpa-An| town", "|Thea Kan Htaung village, Zu Kaing village tract, Ann
#: Township|"
_VILLAGE_ADDRESSED = re.compile(
    r"\b[A-Z][\w'’-]*\s+(?i:village)(?!\s+tract)\b[^.;|]{0,60}?"
    r"(?:\b[A-Z][\w'’-]*\s+(?i:township|tsp)\b|\d+(?:\.\d+)?\s*(?:km|miles?)\s+[a-z-]+\s+of\s+[A-Z])"
)


#: a town's name (or an area's) opening a headline as its dateline: "|Madaya: |PDF attack on ..."
_DATELINE_HEAD = re.compile(r"^[A-Z][\w'’-]*(?:[ -][A-Z][\w'’-]*)?:\s")


#: a word in lower case (a sentence's, not a field's)
_LOWER_WORD = re.compile(r"\s[a-z]{3,}\b")
#: areas alone, named with their kind words: "Putao Township, Kachin State", "Mon State"
_AREA_NAMED = (
    r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}\s+(?:Township|State|Region|Division|District)"
)
_AREAS_ONLY = re.compile(rf"{_AREA_NAMED}(?:,\s+{_AREA_NAMED})*")


def _row_separator(text: str) -> str | None:
    """What separates the fields of a table's row pasted as text: bars ("2022-11-15 | Mandalay
    | Madaya | Kanphyu | Battles"), tabs, semicolons ("2021-07-10; Battles; ...; location: X")
    or commas without spaces ("2022-01-28,Bago,Nattalin,Ta Khun Taing,Battles,8"); None when
    it is written as a sentence."""
    if " | " in text:
        return "|"
    if text.startswith("[") and text.count("] [") >= 2:  # "[2023-11-22] [S] [T] [V] raid"
        return "]["
    if "\t" in text.strip():
        return "\t"
    if text.count(" / ") >= 3:  # "Salingyi Tsp / Lin Sa Kyet / 2022-10-19 / raid & arrests"
        return " / "
    if text[:1].isdigit() and text.count(" · ") >= 2:  # "13 Apr 2024 · T Tsp · V: junta raid"
        return " · "
    if text.count("; ") >= 3 or (text.count(";") >= 4 and "; " not in text):
        return ";"  # (or with no spaces: "2022-10-02;Tanintharyi;Tanintharyi;V;Battles")
    if "," in text and ", " not in text:
        return ","
    if text.count(", ") >= 4 and _DATE_FIELD_FIRST.match(text):
        return ", "  # (or commas and spaces, a date first: "22/11/2023, Sagaing, Tamu, V, ...")
    return None


#: a row's first field, a date, before a comma and a space: "|22/11/2023, |Sagaing, ..."
_DATE_FIELD_FIRST = re.compile(r"^\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4},\s")


def row_places(text: str) -> list[str]:
    """The places of a table's row, in the row's order ("2024-04-24 | Sumprabum | Hting Lu
    Yang | shelling": Sumprabum, Hting Lu Yang); [] when it is no such row."""
    separator = _row_separator(text)
    kept = _row_fields(text.strip(), separator) if separator else None
    return [part for part, _ in kept] if kept else []


def _row_place_fields(text: str, separator: str = ",") -> str:
    """A row of fields separated by commas with no space after them (or by ``separator``),
    without the fields that name no place ("2022-01-28,Bago,Nattalin,Ta Khun Taing,Battles,8",
    "2022-11-15 | Mandalay | Madaya | Kanphyu | Battles": "Bago, Nattalin, Ta Khun Taing"):
    dates, figures ("5 killed"), event types, and the fields in lower case of a table whose
    places are capitalised ("Shwegu Tsp | Wea Ma Gyi | airstrike | 5 killed"); ``text`` itself
    when it is no such row (four fields at least, three between bars)."""
    if not (kept := _row_fields(text, separator)):
        return text
    # the place before the areas it lies in ("Ta Khun Taing, Nattalin Township, ...")
    return ", ".join(part for part, _ in sorted(kept, key=lambda item: item[1]))


def _row_fields(text: str, separator: str) -> list[tuple[str, bool]] | None:
    """A row's fields that name places, in the row's order, each with whether it is an area
    (``_labelled``); None when it is no row (four fields at least, three between bars, some
    naming no place)."""
    # (without where those who fled went: "Thit Khaung Wa | → IDPs to Pin Zin|")
    cells = _BRACKETED_CELL.split(text) if separator == "][" else text.split(separator)
    fields = [
        _WHERE_THEY_WENT_IN_FIELD.sub("", part).strip()
        for cell in cells
        # (a path in one field: "Sagaing/Htigyaing/Sit Tan", "Dauchim – Hakha – Chin")
        for part in (
            _FIELD_PATH_STEP.split(cell) if _PATH_IN_FIELD.fullmatch(cell.strip()) else [cell]
        )
    ]
    if len(fields) < (3 if separator in ("|", "\t", " · ") else 4):
        return None
    kept = [
        part
        for field in fields
        # (nor where the one the row is of came from: "| originally from H village")
        if field and not _names_no_place(field) and not _ORIGIN_FIELD.match(field)
        for part in _labelled(field)
    ]
    # (some field naming no place, or a row of places from its state down: "Tanintharyi;
    # Yebyu; Ohn Pin Kwin VT; Ohn Pin Kwin")
    hierarchy = fields[0] in STATE_SHORT_NAMES or part_kind(fields[0]) == "state"
    return kept if kept and (len(kept) < len(fields) or hierarchy) else None


#: the brackets around a row's cells: "|[|2023-11-22|] [|Sagaing Region|] [|Tamu|] [|V|] |raid"
_BRACKETED_CELL = re.compile(r"^\[|\]\s*\[|\]\s*")
#: a path of three places or more in one field, split by slashes or by dashes between spaces:
#: "Sagaing/Htigyaing/Sit Tan", "Dauchim – Hakha – Chin"
_FIELD_PATH_STEP = re.compile(r"\s*/\s*|\s+[–—]\s+")
_PATH_PLACE = r"[A-Z][\w'’ -]*?"
_PATH_IN_FIELD = re.compile(
    rf"{_PATH_PLACE}(?:\s*/\s*{_PATH_PLACE}){{2,}}|{_PATH_PLACE}(?:\s+[–—]\s+{_PATH_PLACE}){{2,}}"
)
#: where those who fled went, after the place in a table's field: "V | → IDPs to W|"
#: a table's field of where the one a row is of came from: "originally from H village",
#: "native of H", "home: H", "victims from H and W"
_ORIGIN_FIELD = re.compile(
    r"^(?i:(?:originally\s+)?from|native\s+of|resident\s+of|born\s+in|home(?:\s+village)?:?"
    r"|(?:the\s+)?(?:victims|dead|killed|casualties|wounded)(?:\s+(?:were|are))?\s+(?:from|of))\s"
)
_WHERE_THEY_WENT_IN_FIELD = re.compile(
    r"\s*(?:→|->)\s*(?i:IDPs?|the\s+displaced|displaced|refugees|villagers|residents|people"
    r"|fled)\b.*$"
)


def _names_no_place(field: str) -> bool:
    """Whether a table's field is no place: a date, a figure, an event type, who fought
    ("Military Forces of Myanmar (2021-)", "Civilians (Myanmar)"), a dataset's number
    ("where_prec 1", "1 fatalities"), or words in lower case (a place's name is capitalised
    where the table's other fields are)."""
    return (
        _NO_PLACE_FIELD.fullmatch(field) is not None
        or _PCODE_FIELD.fullmatch(field) is not None  # (its name is in the next field)
        or _FIGURE_OR_DATE_FIELD.fullmatch(field) is not None
        or _ACTOR_OR_NUMBER_FIELD.search(field) is not None
        or (field.isascii() and field.islower())
    )


def _labelled(field: str) -> list[tuple[str, bool]]:
    """A field's places as parts, each with whether it is an area the place lies in: "admin1=
    Sagaing admin2=Shwebo admin3=Taze" as "Taze Township", "Shwebo District", "Sagaing";
    "location: X" as the place "X"; any other field as it is."""
    labels = _PLACE_LABEL_VALUE.findall(field)
    if not labels:
        field = _EVENT_LABEL.sub("", field)  # "Arson: Loi Tet vlg (Pinlaung)"
        return [(field, _AREA_FIELD.search(field) is not None)]
    named = {label[-1] if label[-1].isdigit() else "0": value.strip() for label, value in labels}
    words = {"0": "{}", "3": "{} Township", "2": "{} District", "1": "{}"}
    return [(words[rank].format(named[rank]), rank != "0") for rank in "0321" if named.get(rank)]


#: what happened, as a label before the place in a table's field: "Arson: Loi Tet vlg"
_EVENT_LABEL = re.compile(
    r"^(?i:arson|shelling|airstrike|air\s+strike|drone\s+strike|raid|clash(?:es)?|attack"
    r"|fighting|battle|bombing|landmine|explosion|ambush|arrests?|killings?)\s*:\s+"
)
#: a side that fought, in a table's field: "Mandalay PDF", "LIB 422", "KIA"
_SIDE = (
    r"(?:(?:[A-Z][\w'’-]*\s+)?(?:PDF|LDF|CDF|KIA|KNLA|KNDF|KA|AA|TNLA|MNDAA|SAC|BPLA|KNU|CNF|CNA)"
    r"|[A-Z]{2,5}\s*-?\s*\d+|(?i:junta|military|army|tatmadaw|militia|pyu\s+saw\s+htee))"
)
#: who fought, and a dataset's numbers, in a table's field
_ACTOR_OR_NUMBER_FIELD = re.compile(
    r"\((?:Myanmar|Burma)\)|\bof Myanmar\b|\bvs\.?\s|^(?:Myanmar|Burma)(?:\s*\(.*\))?$"
    r"|^[A-Z]{2,6}:\s"  # (ACLED's "KA: Karenni Army", "PDF: People's Defence Force")
    r"|^(?:Government|Military|Police) (?:of|Forces)\b"
    # (what happened alone, or a post's verdict: "Arson", "GEOLOCATED"; not "Ah Son" village)
    r"|^(?i:arson|shelling|air\s*strikes?|drone\s+strikes?|raids?|clash(?:es)?|attacks?|fighting"
    r"|battles?|bombings?|landmines?|explosions?|ambush(?:es)?|arrests?|killings?|massacres?"
    r"|geolocated|geoconfirmed|confirmed|verified)$"
    r"|^(?i:where_prec|geo_precision|best|high|low|event_id)\s*[:=]?\s*\d+$"
    r"|^\d+\s+fatalit(?:y|ies)$|^(?i:fatalities|deaths)\s*[:=]\s*\d+$"
    r"|^(?i:src|sources?|via|ref|notes?)\s*:"  # "src: local PDF"
    # a unit, and where it fired from: "LID 66", "LIB-99", "LIB 257 firing from Loikaw"
    r"|^[A-Z]{2,5}\s*-?\s*\d+(?:$|\s+[a-z]+\s+(?:from|at|on)\s)"
    # (or the sides: "PDF / LIB 368", "Mandalay PDF / LIB 422")
    rf"|^{_SIDE}(?:\s*(?:/|&|\+|,|vs\.?|and)\s*{_SIDE})*$"
    # where people went or troops came from: "IDPs → V", "troops came from V"
    r"|^(?i:IDPs?|the\s+displaced|displaced|refugees|villagers|residents|troops|soldiers"
    r"|columns?|reinforcements?)\b.*(?:\b(?:from|to|into|towards?|in|at)\b|→|->)"
)
#: a place's label and its value in a field: "admin3=Taze", "location: Kyun Pin Thar"
_PLACE_LABEL_VALUE = re.compile(
    r"(?i)\b(admin[123]|adm[123]|location)\s*[=:]\s*(.+?)"
    r"(?=\s+(?:admin[123]|adm[123]|location)\s*[=:]|$)"
)
#: a field naming an area (it comes after the place in the address)
_AREA_FIELD = re.compile(r"(?i)\b(?:township|district|state|region|division)\b|\s/\s")


#: the labels (or column names) of a record's fields that name its place and the areas it
#: lies in, each with the kind word its value is written with ("Township: Myinmu": "Myinmu
#: Township"), and the rank of its part in the address (the place first, then its areas from
#: the smallest); ACLED's and spreadsheets' column names too
_PLACE_LABELS = {
    "village tract": ("village tract", 2),
    "village_tract": ("village tract", 2),
    "vt": ("village tract", 2),
    "village": ("village", 0),
    "vill": ("village", 0),  # "Vill: Mee Chaung Twin"
    "vlg": ("village", 0),
    "vil": ("village", 0),  # "Vil: Pet Tan, Tsp: Danubyu"
    "ward": ("ward", 0),
    "location": ("", 1),
    "place": ("", 1),
    "where": ("", 1),  # "Where: V (VT W); Twp: T; ..."
    "target": ("", 1),  # an armed group's operation report: "1) Target: outpost, X village"
    "died": ("", 1),  # a casualty record's "Died: X village, T Township"
    "killed at": ("", 1),
    "killed in": ("", 1),
    "arrested at": ("", 1),
    "detained at": ("", 1),
    "site": ("", 1),
    "township": ("Township", 4),
    "town": ("town", 3),
    "admin3": ("Township", 4),
    "adm3": ("Township", 4),
    "tsp": ("Township", 4),
    "twp": ("Township", 4),
    "district": ("District", 5),
    "admin2": ("District", 5),
    "adm2": ("District", 5),
    "state/region": ("", 6),
    "admin1": ("", 6),
    "adm1": ("", 6),
    "state": ("", 6),
    "region": ("", 6),
    "division": ("", 6),
    "country": ("", 7),
}
#: the labels of a record's fields that name no place
_OTHER_LABELS = frozenset(
    [
        *re.split(
            r"\s+",
            """date time type event incident actor actors actor1 actor2 perpetrator perpetrators
        victims fatalities deaths killed injured casualties source sources notes note
        description details summary id age hometown origin occupation profession cause gender
        sex status victim""",
        ),
        *("home town", "native of", "victim name", "cause of death", "native village"),
        *("home village", "place of birth", "birthplace", "residence", "from", "home", "by"),
        *("native place", "birth place", "buried at", "burial place", "place of burial"),
        *("event type", "event_type", "sub-event type", "sub_event_type", "event id"),
    ]
)
#: a form's question or item number ("Q3", "1.", "2)") and a field's label ("Township",
#: "Respondent's village", "State/Region")
_FORM_NUMBER = r"Q?\d{1,2}[.)]?"
_FORM_LABEL = r"[A-Za-z][\w '’/-]{0,24}?"
_LABELLED_FIELD = re.compile(
    # (a form's number before it: "Q3 Village: ...", "1. Village: ...")
    # (or a note on it in brackets: "Narrative (respondent's words): ...")
    rf"^\s*(?:{_FORM_NUMBER}\s+)?(?P<label>{_FORM_LABEL})(?:\s*\([^()]{{1,30}}\))?\s*(?P<sign>[:=])\s*"
    r"(?P<value>.*)$"
)
#: a form's numbered line: "1. ", "2) ", "Q8. "
_NUMBERED_ITEM = re.compile(r"^\s*(?:Q\s*)?\d{1,2}[.):]?\s")
#: a form's question of where people went, fled or are now: "Where did you go", "Where did
#: villagers flee", "Where are you now"
_WHERE_THEY_WENT_LABEL = re.compile(r"where\s+(?:did|do|are|were|have)\b")
#: a form's field of where the respondent is now: "Current location: W"
_WHERE_NOW_LABELS = ("current location", "present location", "current address", "location now")
#: a form's value saying the place is the one given before: "same", "same as home", "as above"
_SAME_PLACE_VALUE = re.compile(
    r"^(?i:same(?:\s+(?:as\s+(?:home|above)|place|village))?|as\s+above)$"
)
#: what separates a record's fields: "|", ";", ">>", a line break, a comma before a label, or
#: a form's next number ("1. Village: X 2. Township: Y")
_RECORD_SEPARATOR = re.compile(
    r"\s*(?:[|;\n]|>>|,\s*(?=[A-Za-z][\w /-]{0,20}?\s*(?::\s|=))"
    r"|(?<=\s)[-–—/](?=\s+[A-Za-z][\w /]{0,20}?\s*:\s)"  # ("Tsp: Muse - VT: X - Village: Y")
    # (or a stop: "Township: Mongyai. Village tract: Man Hpai. Village: Pangnyu.")
    r"|(?:(?<=[a-z]{2})|(?<=\d{4}))\.(?=\s+[A-Z][\w /]{0,20}?\s*:\s)"
    rf"|\s(?={_FORM_NUMBER}\s+{_FORM_LABEL}\s*:\s))\s*"
)
#: a form's heading before its fields: "Incident location >> Village: X >> ..."
_FORM_HEADING = re.compile(r"^\s*[A-Za-z][\w ]{2,30}$")
#: a numbered line of a report: "5) Our unit withdrew"; and the first, labelled: "1) Target: "
_NUMBERED_LINE = re.compile(r"^\s*\d{1,2}[.)]\s")
_NUMBERED_RECORD = re.compile(r"(?m)^\s*1[.)]\s+[A-Za-z][\w ]{0,24}:\s")
#: a form's heading on a line of its own, perhaps dated: "Operation report (May 23)\n"
_FORM_HEADING_LINE = re.compile(
    # (or with who keeps it: "INCIDENT REPORT FORM - Documentation Team\n")
    r"^\s*[A-Za-z][\w ]{2,30}(?:\s+\([^():]{1,20}\))?(?:\s+[-–—]\s+[A-Za-z][\w ]{2,30})?"
    r"(?:\s+[\d/#-]{1,12})?\s*\n"  # (or its number: "INCIDENT FORM 23/114\n")
)
#: a form's question whose answer gives the place's parts in order: "Q7. Place of incident
#: (village / township / state): X / T / S", "Location (village, township): X, T"
_PLACE_QUESTION = re.compile(
    rf"^\s*(?:{_FORM_NUMBER}\s*)?[A-Za-z ]*(?i:place|location)[A-Za-z ]*"
    r"\((?i:village|ward)[^)]{0,40}\)\s*:\s*(?P<value>.+)$"
)
#: a form's field labelled in brackets: "[Village] X [Township] T [State/Region] S"
_BRACKET_LABEL = re.compile(
    r"\s*\[((?i:village|ward|township|district|state/region|state|region))\]\s*"
)
#: a form's question before its answer: "Where did it happen? X village in T"
_QUESTION_LEAD = re.compile(rf"^\s*(?:{_FORM_NUMBER}\s*)?(?i:where|which|what)\b[^?]{{0,60}}\?\s+")


#: a question of a call's notes and its answer, a line each: "- where? Tont Hkan Nay", "Township? -
#: \"Kyainseikgyi\""
_QUESTION_FIELD = re.compile(
    r"(?im)^[ \t]*[-•*]?[ \t]*(?P<label>where|location|place|village|tsp|township|twp)[ \t]*\?"
    r"[ \t]*[-–—:]?[ \t]*[\"“]?(?P<value>[^\"”\n?]+?)[\"”]?[ \t]*$"
)
#: the labels of a record those questions stand for
_QUESTION_FIELD_LABELS = {
    **dict.fromkeys(("where", "location", "place", "village"), "Village"),
    **dict.fromkeys(("tsp", "township", "twp"), "Township"),
}


def form_answer(text: str) -> str:
    """A form's answer as an address: the parts of a place question's answer ("Q7. Place of
    incident (village / township / state): X / T / S": "X, T, S"), or what follows a question
    ("Where did it happen? X village in T": "X village in T"); fields labelled in brackets as
    labelled fields ("[Village] X [Township] T": "Village: X | Township: T"); ``text`` itself
    else."""
    if text.startswith("[") and _BRACKET_LABEL.match(text):
        return _BRACKET_LABEL.sub(r" | \1: ", text).strip(" |")
    if "?" in text and "\n" in text and len(fields := _QUESTION_FIELD.findall(text)) >= 2:
        # (a call's notes, a question a line: "- where? V / - tsp? T", "Location? - \"V\"")
        record = " | ".join(
            f"{_QUESTION_FIELD_LABELS[label.lower()]}: {value}" for label, value in fields
        )
        if address := labelled_record(record):
            return address
    if "?" in text and (question := _QUESTION_LEAD.match(text)):
        return text[question.end() :]
    if ":" in text and "(" in text and (answer := _PLACE_QUESTION.match(text)):
        return re.sub(r"\s*/\s*", ", ", answer["value"])
    return text


def header_row_as_fields(text: str) -> str:
    """A table of a header line and one row (comma-, bar-, tab- or semicolon-separated) as the
    row's fields labelled by their columns ("Date | Township | Village | Killed\n18.09.2023 |
    Sagaing | Tegyi | 2": "Date: 18.09.2023 | Township: Sagaing | Village: Tegyi | Killed: 2",
    read as a labelled record); ``text`` itself else."""
    lines = [line for line in text.strip().split("\n") if not _RULE_LINE.match(line)]
    if len(lines) < 2:
        return text
    # (its first row, the others of the same event: "Sr | Name | ... | Killed at | Township\n1 |
    # ... | V | T\n2 | ... | V | T")
    header, row = lines[:2]
    separator = next((mark for mark in ("|", "\t", ";", ",") if header.count(mark) >= 2), None)
    if separator is None:
        return text
    labels = [label.strip() for label in header.strip().strip("|").split(separator)]
    values = [value.strip() for value in row.strip().strip("|").split(separator)]
    if len(values) > len(labels) and separator == ",":
        # (the last column's commas its own: "Remarks" of "tortured, then killed")
        values = [*values[: len(labels) - 1], ", ".join(values[len(labels) - 1 :])]
    if len(values) != len(labels) or not all(_COLUMN_LABEL.match(label) for label in labels):
        return text
    if not any(label.lower() in _PLACE_LABELS for label in labels):
        return text  # (a header names a place's column: "Township", "Village", "Location")
    return " | ".join(
        f"{label}: {value}"
        for label, value in zip(labels, values, strict=True)
        if not _ROW_NUMBER_LABEL.match(label)  # (a row's number: "No.", "#")
    )


#: a table's rule line or a blank one: "|---|---|", "----"
_RULE_LINE = re.compile(r"^[\s|:+-]*$")
#: a column's label: words of letters, no digit ("Home village", "Incident village", "No.", "#")
_COLUMN_LABEL = re.compile(r"^(?:[A-Za-z][A-Za-z ./_'’()-]{0,30}|#)$")
_ROW_NUMBER_LABEL = re.compile(r"^(?i:no\.?|#|sr\.?|s/n|sl\.?(?:\s*no\.?)?)$")


def labelled_record(text: str) -> str | None:
    """A record of labelled fields as an address, its place first and its areas from the
    smallest ("Township: Myinmu | Village: Let Pan Kyin | Date: 17 Jan 2023": "Let Pan Kyin
    village, Myinmu Township"; a row's cells with their column names, "admin1=Sagaing;
    admin3=Pale; location=Pale": "Pale, Pale Township, Sagaing"); None when ``text`` is no such
    record: two fields or more, each labelled, one naming a place. A column of another name
    holds the place ("name=Pale"); a label of another name after a colon is no record."""
    if "\n" in text and (heading := _FORM_HEADING_LINE.match(text)):
        text = text[heading.end() :]
    lines = [line for line in text.split("\n") if line.strip()]
    by_lines = len(lines) > 2 and all(
        _LABELLED_FIELD.match(line) or _NUMBERED_ITEM.match(line) for line in lines
    )
    if by_lines:
        # (a field a line, its value's semicolons its own: "6) What happened: ...; ...", and
        # numbered lines of no label: "1. Name (withheld)", "Q8. Where are you living now? W")
        fields = lines
    else:
        fields = [field for field in _RECORD_SEPARATOR.split(text) if field.strip()]
    if fields and _FORM_HEADING.match(fields[0]) and ":" not in fields[0]:
        fields = fields[1:]  # (a form's heading: "Incident location >> Village: X >> ...")
    if len(fields) < 2:
        return None
    places = []
    unknown = False  # (a field of another label: a form's "Displaced: yes")
    home = None  # (a form's "Home village / township: V, T", for an incident place "same")
    same_as_home = False
    for field in fields:
        labelled = _LABELLED_FIELD.match(field)
        if labelled is None and (
            (places and _NUMBERED_LINE.match(field)) or (by_lines and _NUMBERED_ITEM.match(field))
        ):
            # (a report's numbered line of text after its place: "5) Our unit", a form's line
            # of no label: "1. Name (withheld)")
            unknown = True
            continue
        if labelled is None:
            return None
        label = " ".join(labelled["label"].lower().split())
        value = labelled["value"].strip(" .")
        if _WHERE_THEY_WENT_LABEL.match(label) or label.startswith(_WHERE_NOW_LABELS):
            continue  # (where the respondent went or fled: "5. Where did you go: W")
        if label.startswith(("home village", "home town", "hometown")):
            home = value
        if _SAME_PLACE_VALUE.match(value):
            if home is None:
                continue
            value = home  # ("Incident place (if different from home): same")
            same_as_home = True
        if label in _OTHER_LABELS and label.endswith(("place", " at")):
            continue  # (no place of the event: "Native place: H village", "Buried at: F")
        known = next((k for k in _PLACE_LABELS if label.startswith(k)), None) or (
            # ("Incident location", "event_loc", "loc_name")
            "location"
            if label.endswith(("location", "place", "loc"))
            or label in ("loc_name", "location_name", "place_name", "site_name")
            else None
        )
        if (
            known is None
            and label not in _OTHER_LABELS
            and label.endswith(("village", "village name"))
        ):
            known = "village"  # "Respondent's village: X", "Name of village: X"
        if label == "name" and labelled["sign"] == ":":
            continue  # a casualty record's victim: "Name: U Ohn Myint | Age: 74 | ..."
        if known is None and (label in _OTHER_LABELS or labelled["sign"] == ":"):
            unknown = unknown or label not in _OTHER_LABELS
            continue
        word, rank = _PLACE_LABELS[known] if known else ("", 1)
        if value and (word or any(ch.isalpha() for ch in value)):  # (not "Died: 3")
            named = value if not word or part_kind(value) is not None else f"{value} {word}"
            places.append((rank, named))
    # (a label of another name, but for a form naming two places or more: "Location (as
    # reported): V, T" is two)
    named_parts = sum(len(named.split(",")) for _, named in places)
    if not places or (unknown and named_parts < 2 and not same_as_home):
        return None
    return ", ".join(named for _, named in sorted(places, key=lambda item: item[0]))


#: A headline's predicate after its last place: "raid on X village, Sagaing Region | leaves 3
#: dead" (words in lower case after an area's kind word, to the end; not a word that goes on
#: naming places: "and", "of", "in", "border" ...)
#: what a text says of a site after its name, in a part of its own: "Letpadaung copper mine |
#: protests", "Myitsone dam | row"
_SITE_THEN_WORDS = re.compile(
    r"(?<=\w\s)((?i:dam|mine|port|plant|airport|factory|mill|bridge|terminal|cent(?:er|re)"
    r"|outpost|station|camp|base|office|checkpoint))"  # ("... Hydropower Plant hydraulic ...")
    r"\s+(?!(?:and|or|of|in"
    r"|at|near|on|to|over|across|spanning|from|between|along|the|area|site|project|projects"
    r"|construction|complex|village|villages|tract|town|township|ward|quarter)\b)[a-z][a-z ]*"
    r"(?:\s+to\s+[A-Z][\w]*(?:\s+[A-Z][\w]*)?)?$"  # "... resumes power exports | to China"
)
#: a place's name, then how what happened there went on, to the end: "The KIA siege of Bhamo
#: | continued"
_PLACE_THEN_GOING_ON = re.compile(
    r"(\b[A-Z][\w'’-]*(?:\s+(?:town|village|township))?)\s+(?:continued|continues|raged|rages"
    r"|intensified|intensifies|resumed|resumes|escalated|escalates|dragged\s+on|drags\s+on"
    r"|went\s+on|goes\s+on|fell)$"
)
#: ... or what its officials did there, to the end: "Ward 4, Yesagyo | drew names for the draft"
_VERBS_OF_THOSE_THERE = (
    "drew",
    "selected",
    "conscripted",
    "recruited",
    "summoned",
    "ordered",
    "fled",  # "Youths from Ward No. 4, Pakokku | fled to resistance-held areas"
)
_PLACE_THEN_WHAT_THEY_DID = re.compile(
    r"(\b[A-Z][\w'’-]*(?:\s+(?:town|village|township|ward))?)\s+(?:"
    + "|".join(_VERBS_OF_THOSE_THERE)
    + r")\s+[^A-Z,;()]*$"
)
_HEADLINE_PREDICATE = re.compile(
    r"(\b(?:Region|State|Township|Tsp|Twp|Division|District)\)?"  # "X (Y Tsp) | fled ..."
    r"|(?<=\w\s)(?:dam|mine|port|plant|airport|factory|mill|bridge|terminal|zone))"  # "dam resumed"
    r"\s+(?!(?:and|or|of|in|at|near|on|to|over|across|spanning"
    r"|from|between|along|the|area|areas|border|side|capital|towns?|city|villages?"
    r"|townships?|districts?|regions?|states?|projects?|site|construction|complex)\b)"
    # (not one naming a village itself: "Kyaukme District fighting reaches | Lon Hkan Village")
    r"(?![^,;()\[\]]*?\b[A-Z][\w'’-]*\s+(?i:village|ward)\b)"
    # (to the end, or to a place it then names: "Htilin Township ambush | near Ohn Twe village")
    r"[a-z][^,;()\[\]]*?(?=\s+(?:in|at|near)\s+[A-Z][^,;()\[\]]*$|$)"
)


#: an area's kind word written against the next part's name, which ends in a kind word of its
#: own: "ထန်းတပင်မြို့နယ်ကြိမ်တောမြှောင်ကျေးရွာ" (T Township V village, with no space)
_MM_GLUED_AREA = re.compile(
    r"(?<=[\u1000-\u109f])(မြို့နယ်|ပြည်နယ်|တိုင်းဒေသကြီး|ကျေးရွာအုပ်စု|ကျေးရွာ(?!အုပ်စု))"
    r"(?=[\u1000-\u109f][^\s၊။,]*(?:"
    + "|".join(suffix for suffix, _ in MM_KIND_SUFFIXES)
    + r")(?:[\s၊။,]|$))"
)


#: a Burmese area in brackets after a place, within a list of parts
_MM_AREA_IN_BRACKETS = re.compile(r"\s*[(\[]([^()\[\]]*(?:မြို့နယ်|ခရိုင်|ပြည်နယ်|တိုင်းဒေသကြီး))[)\]]")


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
                words[i - 1].endswith(MM_STATE_WORDS)
                and word.rstrip("၊။,").endswith("ပိုင်း")
                and word.startswith(tuple(MM_SIDES))
            )
            # "ရေရွာ ရေကာတာ", Yeywa dam: a name ending like "ရွာ" (village), then a site word
            # (so "နေပြည်တော် ... လေဆိပ်", Nay Pyi Taw airport)
            and not (
                words[i - 1].endswith(("ရွာ", "နေပြည်တော်"))
                and "".join(words[i:]).endswith(MM_SITE_SUFFIXES)
            )
            # "ရှားတိုင်း ရွာ", Shar Taing village: a name ending like "တိုင်း" (region), then
            # its kind word alone
            and word.rstrip("၊။,") not in _MM_KIND_WORDS
        )
        out.append((", " if ends_part else " ") + word)
    return "".join(out)


def _inner_target(part: str) -> tuple[str, str] | None:
    """A parenthesised place more specific than the part around it is the target, the rest
    its qualifier ("Rakhine State (Taunggoke town)"); None for any other part."""
    match = PAREN.search(part)
    if match is None:
        return None
    outer = PAREN.sub(" ", part).strip()
    inner = match.group(1).strip()
    if 9 > _specificity(outer) > _specificity(inner):
        return inner, outer
    return None


_WORD = re.compile(r"[^\W_]")
_VILLAGE_WORDS = frozenset({"village", "villages", "vill", "ward", "quarter"})


def _specificity(part: str) -> int:
    """The rank of a part's kind word in SPECIFICITY (9 when it has none), before the area in
    brackets after it ("Loikaw Township (Kayah State)": a township)."""
    kind = part_kind(part)
    if kind is None and part.endswith(")"):
        kind = part_kind(PAREN.sub("", part).strip())
    return SPECIFICITY.get(kind or "", 9)


#: Verbs of a news sentence's head ("Violence was reported", "troops torched houses")
SENTENCE_VERBS = frozenset(
    re.split(
        r"\s+",
        """was were is are has have had been killed reported said says attacked fled
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
    wound wounds damage damages damaged raze razes razed impose imposes imposed declare
    declares declared open opens pillage pillages pillaged plunder plunders plundered renew
    renews renewed call calls called scrap scraps scrapped urge urges urged demand demands
    demanded oppose opposes opposed halt halts halted suspend suspends suspended shoot shoots
    shot massacre massacres massacred count counts counted mourn mourns mourned return returns
    returned bury buries buried rebuild rebuilds nears neared approach approaches
    approached retake retakes retook recapture recaptures withdraw withdraws withdrew retreat
    retreats retreated reach reaches reached push pushes pushed behead beheads beheaded execute
    executes torture tortures tortured murder murders murdered send sends sent deploy deploys
    deployed left deserted emptied evacuated landed ran laid planted continued raged
    intensified resumed escalated flared drew selected conscripted recruited bore crossed beat
    lasted lasts""",
    )
)


#: verbs of a place as the subject ("X village | saw clashes ..."), only after its kind word
#: ("Saw" also starts Karen names)
_PLACE_VERBS = frozenset(
    {"saw", "sees", "see", "witnessed", "witnesses", "suffered", "suffers", "faced", "faces"}
    # what it did to whom: "Clashes in X near Madaya town | left two soldiers dead"
    | {"left", "claimed", "claims", "caused", "causes", "drove", "sent"}
    # what a video shows of it: "Footage from X town | matches the clock tower"
    | {"matches", "matched", "shows", "showed", "seen"}
)
#: what else a sentence's subject did, up to the next comma: "... entered X village | and set
#: fire to homes |, Khin-U"; what lies around the place: "X village | and the nearby hill"
_AND_CLAUSE = re.compile(
    r"\s+and\s+(?:(?:later|then|subsequently|afterwards)\s+)?"  # "... and later killed"
    r"(?:set|left|forced|started|began|continued|shot|went|returned"
    r"|(?:the\s+)?(?:nearby|surrounding|adjacent|neighbou?ring)"
    # ("... burnt X, T township | and my daughter's house was burned too|;")
    r"|(?:my|our|his|her|their)\s+[a-z'’]+(?:\s+[a-z'’]+)?\s+(?:was|were)|"
    + "|".join(
        sorted(SENTENCE_VERBS - {"was", "were", "is", "are", "has", "have", "had", "been", "be"})
    )
    + r")\b[^,;A-Z]*(?=[,;]|$)"
)
#: a second place named after a village or town, or a landmark by it, up to where the text
#: says where they are: "near Sihat village | and Towerdine Hill | in Momauk Township" (the
#: first is the place)
_AND_SECOND_PLACE = re.compile(
    r"(\b(?i:village|town))\s+(?:and\s+(?:the\s+)?(?:nearby\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}"
    r"(?:\s+(?i:hill|camp|base|bridge|village|pagoda|monastery|mountain|peak))?"
    # or a landmark by it: "Sihat village | by Towerdine Hill | , Momauk Township"
    r"|(?:by|beside)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}"
    r"\s+(?i:hill|camp|base|bridge|pagoda|monastery|mountain|peak|river|creek|stream|lake))"
    r"(?=\s+(?:in|at|near|of)\s+[A-Z]|\s*[,;]|$)"
)
#: what befell the place, in the passive, and by whom: "Police station in Kyaikhto | attacked
#: by resistance fighters", "Ta Kuu village | shelled by military | in Tanintharyi Township"
#: how people came to a place, after its name: "soldiers came to Nwar Ku | by road| from Katha"
_BY_MEANS = re.compile(
    r"(?<=\w)\s+by\s+(?:the\s+)?(?:main\s+)?(?:road|boat|river|car|cars|truck|trucks|motorbikes?"
    r"|helicopters?)\b"
)
_PASSIVE_BY = re.compile(
    r"(?<=\s)((?:[A-Z][\w'’-]*|village|town|township|ward)\)?)"  # a place's name or kind word
    r"\s+(?:[a-z]+(?:ed|en|ck|ut|it|ot)(?:\s+(?:down|up|out|off|ablaze|alight))?"
    r"|set\s+(?:ablaze|alight|on\s+fire))"  # "... (Wetlet Township) set ablaze by troops"
    # (who did it, not what came after: "worsened by an airstrike | after the quake struck
    # near Mandalay")
    r"\s+by(?:\s+(?!(?:in|at|near|on|of|outside|after|before|while|when|as|amid|following"
    r"|since|until|hours|days|weeks|from)\b)(?:[a-z]+|&))+"  # ("by militia & army")
    # (and where they came from: "V village raided by troops | from Myit Chay|")
    r"(?:\s+from\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}(?:\s+(?:town|village|camp|base))?"
    # (or where they came at it from, naming no place: "raided by navy | from the creek|")
    r"|\s+from\s+the\s+(?:creek|river|sea|hills?|forest|jungle|air|north|south|east|west)\b)?"
)
#: what befell a place named before it, at a part's end: "junta camp in Rikhawdar | attacked |,
#: Falam Township"
_PASSIVE_AFTER_NAME = re.compile(
    r"(?:(?<=\s)|^)([A-Z][\w'’-]*|border|frontier)\s+(?:attacked|shelled|bombed|raided|torched|burned|burnt|seized"
    r"|captured|overrun|targeted|ambushed|stormed|destroyed)(?=\s*,|$)"
)
#: a headline's verb after a township written in lower case or short, or a village or town:
#: "... in Myinmu twp | kills 2 soldiers", "Regime raid on Kanphyu Village | leaves three dead"
#: (not "Junta township chair ...", no verb)
_TOWNSHIP_PREDICATE = re.compile(
    r"(\b[A-Z][\w-]*\s+(?i:township|twp|tsp|village|vlg|town|monastery|school)(?:\s*\([^()]*\))?)"
    r"\s+(?i:"
    + "|".join(sorted(SENTENCE_VERBS | _PLACE_VERBS))
    # (to the end, to where it says where: "Okkan Village | Leaves Dozens Homeless | in Kale
    # Township", or to its areas in brackets: "X village (Y tract) | kills farmer | (Z Tsp)";
    # a Title Case verb too: "... in Hpakant Township | Kills Farmer")
    + r")\b[^,;()\[\]]*?(?=\s+(?:in|at|near)\s+[A-Z][^,;()\[\]]*$|\s*\([^()]*\)$|$)"
)


#: the kind words (with the space after them) a headline's predicate may follow
_KIND_WORDS_BEFORE_PREDICATE = (
    "twp ",
    "tsp ",
    "Tsp ",
    "ownship ",
    "illage ",
    "vlg ",
    "own ",
    "onastery ",
    "chool ",
)


def _place_without_predicate(match: re.Match) -> str:
    """A place without what befell it; kept whole when a town's or township's troops did it
    to a village ("Troops From Ye-U Town | Raid Chantha Village")."""
    place, predicate = match[1], match[0][len(match[1]) :].split()
    if (
        not place.lower().endswith("village")
        and predicate[0].lower() in _RAID_VERBS
        and NAMED_VILLAGE.search(match[0], len(place))
    ):
        return match[0]
    return place


#: what troops do to a village (a town does not): "... Ye-U Town | Raid | Chantha Village"
_RAID_VERBS = frozenset(
    re.split(
        r"\s+",
        """raid raids raided attack attacks attacked shell shells shelled storm storms stormed
        torch torches torched burn burns burned burnt bomb bombs bombed seize seizes seized
        capture captures captured""",
    )
)


#: who told of it, at the sentence's end: "..., residents said", "..., local media reported";
#: or what the people named before told: "villagers from X, Y Tsp, | said soldiers arrived"
ATTRIBUTION_TAIL = re.compile(
    # (who said it may be an outlet, capitalised: "..., Myanmar Now reported")
    r",\s+(?:[^,\s]+\s+){0,5}?(?:said|say|says|reported|reports)\.?$"
    r"|,\s+(?:said|say|says|reported|told)\s[^,]*$"
    # "...: AA spokesman", "...: residents" (a headline's source after a colon)
    r"|:\s+(?:[A-Z][\w'’-]*\s+){0,3}(?i:spokes(?:man|woman|person)|officials?|sources?"
    r"|residents|locals|witnesses|report)\.?$"
    # "..., witnesses told Reuters.", "..., a resident told Radio Free Asia"
    r"|,\s+(?:[^,\s]+\s+){0,4}?told\s+(?:[A-Z][\w.'’-]*\s*){1,4}\.?$"
)
#: what it led to, at the sentence's end: "..., killing 4 people", "..., forcing thousands to flee"
#: the sentence's verb after its place's area, naming no other: "An air strike on X, Sagaing
#: Region, | hit the market"
_VERB_AFTER_AREA = re.compile(r"\s(?i:region|state|division|township)(,\s+([a-z]+)\b[^,A-Z]*)$")
_RESULT_TAIL = re.compile(
    r",\s+(?:killing|injuring|wounding|leaving|forcing|displacing|destroying|damaging|burning|freeing"
    r"|seizing|arresting|rescuing|detaining|capturing|releasing|cutting|halting|disrupting"
    # (and what else it led to, listed in lower case: "..., burning 19 homes|, the rice barn and
    # the town school|")
    r"|blocking|severing|stopping|suspending)\s[^,]*(?:,\s+[a-z0-9][^,]*)*$"
)


def without_result_tail(text: str) -> str:
    """``text`` without what it led to at its end ("..., cutting traffic to Kyainseikgyi", ";
    road closed to Kalaw")."""
    text = _RESULT_TAIL.sub("", text)
    return _EFFECT_TAIL.sub("", text) if ";" in text else text


#: what was cut off, in a clause of its own at the end: "...; road closed to Kalaw"
_EFFECT_TAIL = re.compile(
    r";\s+(?:the\s+)?(?i:road|roads|traffic|highway|power|electricity|trains?|flights?|internet"
    r"|phone|telecom|water|supplies|trade)\b[^;]*$"
    # or where those who did it came from: "V torched|; troops came from Natmauk|"
    r"|;\s+(?:the\s+)?(?i:troops|soldiers|column|forces|attackers)\s+(?:had\s+)?"
    r"(?i:came|come|marched|moved|advanced)\s+(?i:in\s+)?from\s+[^;]*$"
)


def _is_sentence_head(part: str) -> bool:
    """True for the head of a news sentence before its place: no capital after its first word
    and a verb among its words ("Violence was reported"; not "Pyin oo lwin"); or an actor
    named in capitals, its verb, and what it hit ("Military Column burns houses", "Resistance
    forces seize police Station"; not "AA seizes Mrauk-U Police Station")."""
    words = part.split()
    if len(words) < 2:
        return False
    if not any(w[:1].isupper() and w.lower() not in _COUNTRY_WORDS for w in words[1:]):
        # (the country may be named: "Five Myanmar junta officials killed")
        return any(w.lower() in SENTENCE_VERBS for w in words)
    verb = _verb_after_actors(words)
    return verb is not None and all(
        w.islower() or w.lower() in _DESCRIPTION_NOUNS for w in words[verb + 1 :]
    )


def _verb_after_actors(words: list[str]) -> int | None:
    """The index of a sentence's first verb in lower case when every word before it names who
    acted ("Military Column | burns", "Junta jets | bombed", "The TNLA | attacked"); else
    None."""
    verb = next((i for i, w in enumerate(words) if i and w in SENTENCE_VERBS), None)
    if verb is None or not all(is_actor_word(w) for w in words[words[0] == "The" : verb]):
        return None
    return verb


def is_actor_word(word: str) -> bool:
    """A word naming who acted, as a headline capitalises it: "Military", "Column", "KIA"."""
    return word.islower() or word.lower() in _ACTOR_WORDS or (word.isupper() and len(word) <= 6)


_COUNTRY_WORDS = frozenset(["myanmar", "burma", "burmese", "myanmar's", "myanmar’s"])
#: the words of who acted in a headline's subject ("Military Council Troops", "Junta Jets")
_ACTOR_WORDS = (
    frozenset(
        re.split(
            r"\s+",
            """military junta regime army council troops forces force soldiers column columns jets
    resistance people's defence defense police militia fighters rebels gunmen unknown armed
    ethnic allied alliance northern brotherhood government myanmar burma burmese tatmadaw arakan
    kachin karen karenni kayin chin shan ta'ang palaung kokang wa mon independence liberation
    national democratic organization organisation front union party shelling airstrike airstrikes
    drone drones artillery mortar mortars bombs gunfire civilians villagers residents people locals
    families thousands hundreds dozens security protesters demonstrators insurgents
    guerrillas""".strip(),
        )
    )
    | ARMED_GROUP_INITIALS
)
#: what a headline's verb hit, capitalised in Title Case ("seize police Station")
_DESCRIPTION_NOUNS = frozenset(
    re.split(
        r"\s+",
        """station market school hospital monastery church mosque camp base outpost office offices
    houses homes buildings bridge protesters civilians villagers residents convoy convoys
    positions checkpoint vehicles trucks""".strip(),
    )
)


#: a village or town named first, then what happened to it: "Yin village shelled by military"
#: the people of a place, then what they did: "Residents of Thonze | fled the town on Wednesday",
#: "Villagers from X | fled to Pyay" (the place they are of, not where they went)
#: the first letters of the words _PEOPLE_OF_PLACE opens with (a quick look before it)
_PEOPLE_INITIALS = "RVPLFCIEDrvplfcied0123456789AaKSMTB"
_PEOPLE_OF_PLACE = re.compile(
    # (how many: "1,084 people from X and surrounding villages | have taken shelter at ...")
    r"^(?:(?i:about|some|over|nearly|more\s+than|at\s+least)\s+)?(?:\d{1,3}(?:,?\d{3})*\s+)?"
    # (who they are: "Kachin IDPs from X village")
    r"(?:(?:Kachin|Karen|Kayin|Karenni|Kayah|Chin|Shan|Ta['’]ang|Palaung|Mon|Rakhine|Arakanese"
    r"|Rohingya|Bamar|Burmese|Muslim|Christian|Buddhist)\s+)?"
    r"(?i:(?:the\s+)?(?:residents|villagers|people|locals|families|inhabitants|civilians"
    # (or those displaced: "IDPs from X village | are sheltering in Y town after ...")
    r"|idps|refugees|evacuees|displaced\s+(?:people|persons|villagers|residents|families)"
    r"|everyone|everybody)\s+"
    # (or where they came to: "Residents | arriving in | Webula said troops burned X village")
    r"(?:of|from|in|(?:arriving|sheltering|displaced|taking\s+shelter)\s+(?:in|at)"
    # (or the place they fled: "Families | displaced from | Khampat town (Sagaing Region) by
    # the airstrikes are crowded into a camp outside Mawlaik")
    r"|(?P<fled>(?:displaced|driven|forced|evacuated|uprooted)\s+from|who\s+(?:fled|escaped))"
    r"|who\s+(?:later\s+|eventually\s+|finally\s+)?(?:reached|fled\s+to|arrived\s+(?:in|at))))"
    r"\s+(?P<place>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}"
    r"(?:\s+(?i:village|town|township|ward))?(?:\s*\([^()]*\))?)"
    r"(?:\s+and\s+(?:the\s+)?(?:surrounding|nearby|neighbou?ring|other)\s+villages)?"
    # (and a town it is near: "residents of V village | near Ngathayauk|, T Township have fled")
    r"(?:\s+near\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}(?=,))?"
    # (and the area it is in: "Villagers from Chein Kar Li | in Rathedaung Tsp. | said ...",
    # "villagers from Bantbwe (Yinmabin township) | fled to ...")
    r"(?P<area>\s+in\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\s+(?i:township|tsp|twp|district"
    r"|state|region)\.?"
    # (or after a comma: "IDPs from X village, | Tamu Township, | are sheltering ...")
    r"|,\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\s+(?i:township|tsp|twp),?)?"
    # (what they did; or nothing, to the end: "IDPs from X village (Momauk Tsp)")
    r"(?:\s+(?:have\s+|had\s+)?(?P<verb>[a-z]+)\b[^,;()]*|$)"
)


#: a place's people first, or a number of them: "Two Ya Ngae villagers | arrested ... in X
#: Township", "Namsi Awng villagers | flee as ...", "Magway engineering students | led a march"
_COUNT = r"(?i:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many|dozens\s+of)\s+)"
_PLACE_PEOPLE = re.compile(
    rf"^(?P<count>{_COUNT})?(?!{_COUNT})"
    r"(?P<place>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}(?:\s+(?:town|village))?)\s+"
    r"(?:(?P<people>(?i:villagers|residents))"
    # (a town's people by what they do, a word or two of what they study or work at before)
    r"|(?:[a-z]+\s+){0,2}(?:students|strikers|protesters|protestors|demonstrators|fishermen"
    r"|farmers|teachers|doctors|nurses|medics|workers|monks|youths|activists|traders"
    r"|merchants|vendors|lawyers|engineers|railway\s+staff))"
    r"\s+(?=[a-z])"
)


#: a place written in Latin letters, then what happened there in Burmese after "at" (မှာ,
#: တွင်, ၌): "Kan Pyar ywa, Myinmu myonel မှာ ၂၅.၈.၂၀၂၃ က စစ်ကောင်စီ အမြောက်ကျ"
_LATIN_PLACE_THEN_BURMESE = re.compile(r"(?P<place>[\x00-\x7f]+?)\s*(?:မှာ|တွင်|၌|ကို)(?:\s|$)")
#: an area named in English with its kind word, then Burmese "in" (ရှိ): "Sagaing Township ရှိ"
_LATIN_AREA_THEN_IN = re.compile(
    r"^([A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*){0,3}\s+(?i:township|district|region|state))"
    r"\s*ရှိ\s*"
)
#: a name of up to three capitalised words, with its kind word ("Kyaukme", "Kalay town")
_CAPITALISED_NAME = r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}(?:\s+(?i:town|township|city))?"
#: a camp or shelter before the town it is in: "a displacement camp in | Pyinoolwin"
_SHELTER = (
    r"(?:(?i:an?|the)\s+(?:[\w-]+\s+){0,3}?(?i:camp|shelter|monastery|safe\s+house)\s+"
    r"(?i:in|near|at|outside)\s+)?"
)

#: where those who acted came from, after them and before their verb: "Troops | based in
#: Myaing town | raided X village", "Troops | from the Monywa garrison | raided ..."
#: a deed done where the actors were, said so: "burned at least 40 houses | there|"
_DONE_THERE = re.compile(rf"\b(?:{PAST_DEEDS})\b[^.;]*?\s+there\b")
_ACTORS_FROM = re.compile(
    # (or a militia's members: "Members of the junta-backed Pyu Saw Htee | from X village |")
    # (not those attacked where they were based: "PDF fighters attacked junta troops stationed
    # at V village")
    r"^(?P<actors>(?:(?!(?i:attacked|ambushed|raided|overran|shelled|bombed|surrounded|stormed"
    r"|targeted|struck|hit)\b)\S+\s+){0,6}?(?i:troops|soldiers|forces|column|columns|police|militia"
    r"|militiamen|members|group|gunmen|Htee|fighters|patrol|battalion|regiment|unit|division"
    r"|brigade)"
    r"(?:\s+(?i:from|of)\s+the\s+(?i:battalion|regiment"
    r"|unit|garrison|army|military)|\s+(?i:from|of)\s+[A-Z]{2,5}\s*\d{1,3})?)\s+"
    r"(?:(?i:based|stationed|garrisoned|deployed)\s+(?i:in|at)"
    # (or a militia's own village: "The Pyu Saw Htee militia | of Gway Pin Taw village|, ...",
    # "Pyu Saw Htee | in Mee Pauk village | raided")
    r"|(?i:(?:coming|marching|advancing|arriving|moving|sent|who\s+(?:had\s+)?(?:came|come))\s+)?"
    r"(?i:from|of|in))\s+(?i:the\s+)?"
    r"(?i:(?:neighbou?ring|nearby)\s+)?(?P<base>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})"
    r"(?:\s+(?i:town|township|village|garrison|base|camp|headquarters|outpost))?"
    # (and its township: "... | from Kintaw village (Sagaing Township) |", "... based in X
    # village|, Mingin Township,| shot dead ...")
    r"(?:\s*\((?P<bracketed>[^()]*(?i:township|tsp))\)"
    r"|,\s+(?P<township>[A-Z][\w'’-]*(?:[\s-][A-Z][\w'’-]*){0,2}\s+(?i:township|tsp)),"
    # ("... stationed at the X outpost | in Thandwe Township| fired ...")
    r"|\s+in\s+(?P<township_in>[A-Z][\w'’-]*(?:[\s-][A-Z][\w'’-]*){0,2}\s+(?i:township|tsp))"
    # (or how far it is: "Soldiers who came from T|, about 20 km to the southwest,| raided V")
    r"|,\s+(?:about\s+|some\s+)?\d+\s*(?:km|kilomet(?:er|re)s|miles?)\s+(?:to\s+the\s+)?"
    r"(?:north|south|east|west)[a-z-]*,)?"
    # (not the base's own kind word, left out: "AA fighters in Ramree| town, Rakhine State")
    r"\s+(?=[a-z])(?!(?:town|township|village|garrison|base|camp|headquarters|outpost)\b)"
)


#: what those who acted guard, after them and before their verb: "Troops | guarding the Made
#: Island crude oil terminal | raided X village" (the works are no place of what they did)
_ACTORS_GUARDING = re.compile(
    r"^(?P<actors>(?:\S+\s+){0,4}?(?i:troops|soldiers|forces|police|militia|guards|battalion"
    r"|security\s+forces))\s+(?i:guarding|protecting|securing)\s+(?:the\s+)?"
    r"(?:[\w'’-]+\s+){0,7}?(?=(?:" + "|".join(sorted(SENTENCE_VERBS)) + r")\s)"
)


def with_great_river_travelled_unnamed(text: str) -> str:
    """``text`` with a great river that boats came up or down named as the river ("soldiers
    came down the Chindwin by boat, burned V": "came down the river ..."): no place of its
    name; ``text`` itself else."""
    if " the " not in text:
        return text
    return _GREAT_RIVER_TRAVELLED.sub(r"\g<way> river", text)


#: a great river travelled: "came |down the Chindwin| by boat"
_GREAT_RIVER_TRAVELLED = re.compile(
    r"\b(?P<way>(?:up|down|along)\s+the)\s+(?:Ayeyarwady|Irrawaddy|Chindwin|Thanlwin"
    r"|Salween|Sittaung|Sittang|Kaladan|Mekong)\b(?!\s+(?i:region|division|state|delta|river)\b)"
)


def ends_on_a_great_river(text: str) -> bool:
    """True when ``text`` ends naming a great river alone ("... shells X Village on the
    Sittaung"): the river, no region or village tract of its name."""
    return (" the " in text or " where " in text) and _ON_GREAT_RIVER.search(text) is not None


#: where what was fired came from, before the verb of where it fell: "Shells | fired from the
#: army's battalion base in Thabeikkyin | landed in X village", "Mortar rounds | launched from
#: Kalay town | hit ..."
_FIRED_FROM = re.compile(
    r"^(?P<actors>(?:\S+\s+){0,2}?(?i:shells|rounds|mortars|missiles|rockets|bombs|artillery))"
    r"\s+(?i:fired|launched|lobbed)\s+(?i:from)\s+(?:(?i:the|a|an)\s+)?"
    r"(?:(?:[\w'’-]+\s+){0,3}?(?i:base|camp|position|positions|outpost|garrison|headquarters)"
    r"\s+(?i:in|at|near)\s+)?"
    r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}(?:\s+(?i:town|township))?\s+(?=[a-z])"
)


#: the base what was fired came from, or troops left: "fired artillery shells into the village
#: | from its base near Myawaddy|", "pulled back | from their base in Chauk|"
FROM_BASE = re.compile(
    # (or the side it came from: "navy shelled Pauktaw town | from Sittwe side|")
    r"\s+from\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\s+side\b"
    # (or a town after the place shelled and its township: "shelling of V (T) | from W|; 12 hurt")
    r"|(?<=\))\s+from\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}(?:\s+(?:town|village))?(?=\s*[,.;]|\s*$)"
    # (or a base named by its place, last in a clause: "Junta shells V | from Lahe base|, 12 hurt")
    r"|\s+from\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\s+(?:base|camp|garrison"
    r"|outpost)(?=\s*[,.;]|\s*$)"
    # (or a side's base named by its place: "weapons fired | from the junta's Loikaw base| hit V")
    r"|\s+from\s+(?:the\s+)?(?:junta|military|army|regime|SAC|Tatmadaw)['’]s\s+[A-Z][\w'’-]*"
    r"(?:\s+[A-Z][\w'’-]*){0,2}\s+(?:base|camp|garrison|outpost)\b"
    # (or a unit's: "shelling | from LIB 387 base in Kyainseikgyi| hit V")
    r"|\s+from\s+(?:its|their|a|an|the|[A-Z]{2,5}\s*-?\s*\d{1,4})\s+(?:[\w'’-]+\s+)?"
    r"(?:base|camp|positions?|outpost"
    r"|garrison|headquarters|hill|hilltop|ridge|mountain)(?:\s+(?:near|in|at|outside|above)\s+"
    + _CAPITALISED_NAME
    # (or along a river or ridge: "... | from their positions on the Chindwin bank|")
    + r"|\s+(?:on|along|across)\s+the\s+[^,.;()]*?(?=\s*[,.;]|\s*$)"
    # (or a base named by no place: "They shelled X | from the hill camp|, and ...")
    + r"|(?=\s*[,.;]|\s*$))"
)


#: where what hit a place was fired from, after it: "Mindat town hit by junta artillery | fired
#: from Kyaukhtu | at 1:10 am"
_FIRED_FROM_AFTER = re.compile(
    r"\s+(?i:fired|launched|lobbed)\s+(?i:from)\s+(?:(?i:the|its|their)\s+)?"
    + _CAPITALISED_NAME
    + r"(?:\s+(?i:base|camp|garrison|position|positions))?(?=\s*$|\s*[,.;]|\s+(?i:at|on|early|late"
    r"|this|last|overnight)\b)"
)


#: whose a post is, after its name: "the Kinpaingchon outpost| of the Tatmadaw| in Bago Township"
_POST_OF_THE_ARMY = re.compile(
    r"(?:(?<=outpost)|(?<=camp)|(?<=base)|(?<=post))\s+of\s+the\s+"
    r"(?:Tatmadaw|army|military|junta|regime)\b"
)
#: a place used as a base before what was done elsewhere: "Junta forces |used W as a base
#: before| launching an arson attack on V village"
_USED_AS_BASE = re.compile(
    r"\bused\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}(?:\s+(?i:village|town))?\s+as\s+"
    r"(?:a|an|their|its)\s+(?:[\w-]+\s+)?base\s+(?:before|for|to|from\s+which\s+to)\s+"
    # (or where they set out from: "Junta soldiers |in Mansi, where the column set out before |
    # burning V village")
    rf"|(?<=\s)in\s+{_NAME}(?:\s+town)?,\s+where\s+(?:the\s+)?(?:column|troops|soldiers|unit|they)\s+"
    r"(?:set\s+out|started\s+out|departed|left)\s+before\s+"
)
#: a verb of firing left before where it landed once its base is cut: "shells |fired| hit V"
_FIRED_THEN_LANDED = re.compile(
    r"\s+(?:fired|launched|lobbed)(?=\s+(?:hit|hits|landed|land|lands|struck|exploded)\b)"
)
#: where a unit came from, in an aside between dashes: "IB 36| – which witnesses said had moved
#: in from Myeik –| occupied V village"
_DASHED_ORIGIN = re.compile(
    r"\s+[–—-]\s+which\s+[^–—]{0,60}?\b(?:from|based\s+in|stationed\s+in)\s+[^–—]{1,40}?\s+[–—-]\s+"
)
#: where those who acted came from, in a clause of who they are: "soldiers| who arrived from
#: Naungtayar| set fire to homes", "the junta column| that left Gangaw| set fire to Kyaw town"
_WHO_CAME_FROM = re.compile(
    r"(?:(?<=soldiers)|(?<=troops)|(?<=column)|(?<=forces)|(?<=police))\s+(?:who|that|which)\s+(?:had\s+)?(?:(?:arrived|came|come"
    r"|moved|marched|advanced)\s+(?:in\s+)?from|left|departed|(?:moved|marched|came)\s+out\s+of"
    # (or where they were based: "The soldiers| who were based at W| came to V village", "The
    # army column| that had been stationed in W village| advanced to V village")
    r"|(?:were|was|been)\s+(?:based|stationed|camped)\s+(?:at|in))"
    r"\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}"
    r"(?:\s+(?:town|village|base|camp))?(?:\s+on\s+[A-Z][a-z]+day)?(?=\s+[a-z]|\s*[.;]|\s*$)"
)
#: a distance said without what it is from: "| 28 km to the northwest|", "| some 9 miles away|"
_DISTANCE_FROM_NOWHERE = re.compile(
    r"(?P<distance>\b\d+(?:\.\d+)?\s*(?:km|kms|kilomet(?:er|re)s?|miles?))\s+"
    r"(?:(?:to\s+the\s+)?(?P<bearing>(?:north|south)(?:-?(?:east|west))?|east|west)(?:ward)?"
    r"|away)\b(?!\s+(?:of|from)\b)"
)


def _with_distance_from(text: str, base: str) -> str:
    """``text`` with the first distance it gives from nowhere measured from ``base`` ("... V
    village about 28 km to the northwest": "... 28 km northwest of W")."""
    measured = _DISTANCE_FROM_NOWHERE.sub(
        lambda away: (
            f"{away['distance']} {away['bearing'] or 'from'}"
            f"{' of' if away['bearing'] else ''} {base}"
        ),
        text,
        count=1,
    )
    # (the place's areas in brackets put after the distance: "V (T Tsp, R), about 6 km
    # northwest of W": "V, about 6 km northwest of W, T Tsp, R")
    return _AREAS_BEFORE_DISTANCE.sub(r", \g<distance>, \g<areas>", measured, count=1)


#: a place's areas in brackets before a distance from another: "Kin Ta Dar| (Mogoke Tsp,
#: Mandalay Region), about 6 km northwest of Thit Seint Kone|"
_AREAS_BEFORE_DISTANCE = re.compile(
    r"\s*\((?P<areas>[^()]*\b(?:Tsp|Township|Twp|T/S)\b[^()]*)\),\s+"
    r"(?P<distance>(?:(?:about|around|some|approx\.?|roughly|nearly)\s+)?\d+(?:\.\d+)?\s*"
    r"(?:km|kilomet(?:er|re)s|miles?)\s+[a-z-]+\s+of\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})"
)


def with_own_village_named(text: str) -> str:
    """``text`` with the speaker's village that troops came to or struck, named after it, as
    that village ("soldiers came to our village, Gantgawkan, in Kangyidaunt township": "came
    to Gantgawkan village, in Kangyidaunt township"); ``text`` itself otherwise."""
    if " village, " not in text:
        return text  # (a quick look first)
    if (area := _OWN_VILLAGE_LIES_IN.search(text)) and (
        named := _IN_OWN_VILLAGE_NAMED.search(text, 0, area.start())
    ):
        # ("a landmine exploded in our village, V. ... Our village is in T Tsp.": in V village,
        # T Tsp)
        text = (
            f"{text[: named.start('own')]}{named['name']} village, {area['area']}"
            f"{text[named.end() : area.start()]}{text[area.end() :]}"
        )
    return _OWN_VILLAGE_NAMED.sub(r"\g<deed> \g<name> village", text)


#: where something was done, the speaker's village named after it: "exploded in |our village,
#: V|."
_IN_OWN_VILLAGE_NAMED = re.compile(
    r"\b(?:in|at|into|on)\s+(?P<own>(?:our|my)\s+(?:own\s+)?village),\s+"
    r"(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})(?=[.,])"
)
#: a sentence of the speaker's village's township: "| Our village is in Kungyangon Tsp.|", "|
#: It's in Hpruso township|, Karenni (Kayah) State."
_OWN_VILLAGE_LIES_IN = re.compile(
    r"\s*\b(?:(?:Our|My|our|my)\s+village\s+is\s+|It['’]s\s+|It\s+is\s+|(?<=[.!?]\s)(?=in\s))in\s+"
    r"(?P<area>[A-Z][\w'’-]*(?:[\s-][A-Z][\w'’-]*){0,2}\s+(?i:township|tsp|twp))\b\.?"
)
#: the speaker's village troops came to or struck, named after it: "came to our village, | V|,
#: in T"
_OWN_VILLAGE_NAMED = re.compile(
    rf"(?P<deed>\b(?:{PAST_DEEDS}|entered|surrounded|stormed|(?:came|marched)\s+(?:in)?to))\s+"
    r"(?:our|my)\s+(?:own\s+)?village,\s+(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})(?=,)"
)


#: where troops advanced from, after what befell one: "killed by shelling| as troops advanced
#: from Kyaukhtu|"
_AS_TROOPS_ADVANCED_FROM = re.compile(
    r"\s+as\s+(?:the\s+)?(?:(?:junta|regime|military|army)\s+)?(?:troops|soldiers|army|column|forces)"
    rf"\s+advanced\s+from\s+{_NAME}(?:\s+(?:town|village))?"
)
#: a sentence of where troops had come from, after the report: "... near V village, T
#: township.| The column had advanced from K.|"
_TROOPS_HAD_COME_FROM = re.compile(
    r"(?<=[.;])\s+(?:The\s+(?:junta\s+|regime\s+|army\s+)?(?:column|troops|soldiers|convoy)|They)"
    rf"\s+had\s+(?:advanced|come|moved|marched)\s+from\s+{_NAME}(?:\s+(?:town|village))?[^.;]*[.;]?"
    # (or came, the sentence ending after: "| The soldiers came up from T town, from the south.|")
    r"|(?<=[.;])\s+(?:The\s+(?:junta\s+|regime\s+|army\s+)?(?:column|troops|soldiers|convoy)|They)"
    rf"\s+came(?:\s+(?:up|down|in|over))?\s+from\s+{_NAME}(?:\s+(?:town|village))?"
    r"(?:,\s*(?:from\s+)?the\s+(?:north|south|east|west)\w*)?\s*[.;]?(?=\s|[\"”]|$)"
)


def without_where_they_came_from_or_went(text: str) -> str:
    """``text`` without a sentence after the report of where the troops had come from or the
    victims were going ("... ambushed a junta column near V village, T township. The column had
    advanced from K.", "... soldiers shot two villagers. 'They were going to the market at
    M.'"), nor a road named by its town after a place named with its kind word ("... fell in W
    ward of T town. KIA fighting near B road": no place of the event); ``text`` itself else."""
    if " had " in text or " came " in text:
        text = _TROOPS_HAD_COME_FROM.sub("", text)
    if " going " in text or " way " in text or " heading " in text:
        text = _THEY_WERE_GOING.sub("", text)
    if " after " in text or "afterwards" in text or " later" in text:
        # ("... They took my husband.| I went to my mother's house in W after that.|")
        text = _WENT_AFTERWARDS.sub("", text)
    if " while " in text:  # ("shot dead in V village ...| while coming back from the market in M|")
        text = _WHILE_COMING_FROM.sub("", text)
    if (
        " road" in text
        and (road := _NEAR_TOWNS_ROAD.search(text))
        and (named := _KIND_NAMED_BEFORE.search(text, 0, road.start()))
        and re.search(r"[.;]\s", text[named.end() : road.start()])  # (in a later sentence)
    ):
        text = f"{text[: road.start()]}{road['near']} the road{text[road.end() :]}"
    return text


#: a sentence of where those it befell were going: "... two villagers.| 'They were going to the
#: market at Mawkmai.'|"
_THEY_WERE_GOING = re.compile(
    r"(?<=[.;])\s+['‘\"“]?(?:They|He|She)\s+(?:were|was)\s+(?:going|heading|walking|driving"
    r"|travelling|on\s+(?:their|his|her)\s+way)\s+(?:back\s+)?to\s+[^.;]*[.;]?['’\"”]?"
)
#: a sentence of where the speaker went after it: "| I went to my mother's house in W after
#: that.|"
_WENT_AFTERWARDS = re.compile(
    r"(?<=[.;])\s+(?:I|We|They|My\s+family)\s+(?:went|moved|fled|ran|walked)\s+(?:back\s+)?to\s+"
    r"[^.;]*?(?:\s+after\s+(?:that|this)|\s+afterwards|\s+later)\s*[.;]?"
)
#: where one was coming from or going to when it befell them: "... in V village on April 3,
#: 2022| while coming back from the market in Madaya|."
_WHILE_COMING_FROM = re.compile(
    r",?\s+while\s+(?:coming|returning)\s+(?:back\s+|home\s+)?from\s+[^.;]*(?=[.;]|$)"
)
#: a road named by its town: "KIA fighting |near Bhamo road|"
_NEAR_TOWNS_ROAD = re.compile(
    r"\b(?P<near>near|on|along|off)\s+(?:the\s+)?[A-Z][\w'’]*\s+(?i:road|highway)\b"
)
#: a place named with its kind word: "Kyay Nan Waing |ward| of Momauk |town|"
_KIND_NAMED_BEFORE = re.compile(r"[A-Z][\w'’-]*\s+(?i:ward|village|town|township)\b")


def without_actors_origin(text: str) -> str:
    """``text`` without where those who acted, or what they fired, came from ("Troops based in
    Myaing town raided Kundaw village ...": "Troops raided Kundaw village ..."; "Shells fired
    from the army's base in Thabeikkyin landed in ...": "Shells landed in ..."); else
    ``text``."""
    if " of the " in text:  # ("the X outpost| of the Tatmadaw| in T Township": X outpost)
        text = _POST_OF_THE_ARMY.sub("", text)
    if " advanced from " in text:  # ("killed by shelling| as troops advanced from T|")
        text = _AS_TROOPS_ADVANCED_FROM.sub("", text)
    if " guarding " in text or " protecting " in text or " securing " in text:
        return _ACTORS_GUARDING.sub(r"\g<actors> ", text)
    if " from " not in text and " based " not in text and " stationed " not in text:
        return text
    if " from " in text and (fired := _FIRED_FROM.sub(r"\g<actors> ", text)) != text:
        return fired
    if " from " in text and (based := FROM_BASE.sub("", text)) != text:
        return _FIRED_THEN_LANDED.sub("", based)  # ("shells fired | from a base near W| hit V")
    if " from " in text and (hit := _FIRED_FROM_AFTER.sub("", text)) != text:
        return hit
    origin = _ACTORS_FROM.match(text)
    if origin is None or not _CAPITALISED_AFTER.search(
        text, origin.end() - 1, _end_of_sentence(text, origin.end())
    ):
        # (their base is the only place its sentence names: "... shot a resident inside the
        # town", "troops stationed at the X outpost in T fired artillery at civilian homes.")
        return text
    if " there" in text and _DONE_THERE.search(text, origin.end()):
        return text  # (done at their base: "Troops stationed in V ... burned 40 houses there")
    acted = f"{origin['actors']} {text[origin.end() :]}"
    if " km " in acted or " mile" in acted or "km " in acted:
        # (a distance from their base, said without it: "Troops based in W raided V village
        # about 28 km to the northwest": 28 km northwest of W)
        acted = _with_distance_from(acted, origin["base"])
    township = origin["bracketed"] or origin["township"] or origin["township_in"]
    if township and not _AREA_NAMED_SHORT_TOO.search(acted):  # (their base's township, as most are
        acted = f"{acted.rstrip(' .')}, {township}"  # near: "... abducted five men from Tegyi")
    return acted


def _end_of_sentence(text: str, start: int) -> int:
    """Where the sentence that holds ``start`` ends: its full stop or semicolon, or the end."""
    stop = _SENTENCE_STOP.search(text, start)
    return stop.start() if stop else len(text)


_SENTENCE_STOP = re.compile(r"[.;!?](?:\s|$)")


def downtown_town(text: str) -> str:
    """``text`` with "downtown X" written "X town" ("artillery fire hit downtown Ka Li": the
    town Kar Li, not a namesake tract)."""
    return _DOWNTOWN.sub(r"\g<name> town", text) if "downtown " in text.lower() else text


#: the verbs of where people went to shelter: "IDPs from X | have taken shelter at Y village"
_SHELTERED = frozenset({"taken", "took", "sought", "sheltering", "sheltered"})


def people_of_place(text: str) -> str:
    """``text`` from the place its people are of, what they did left out ("Residents of Thonze
    fled the town on Wednesday, witnesses said" -> "Thonze, witnesses said"; "Two Ya Ngae
    villagers arrested in X Township" -> "Ya Ngae village arrested in X Township"); else
    ``text``."""
    if not text[:1].isascii():  # "🙏 Families displaced from X town ...": no pictograph first
        text = _LEADING_PICTOGRAPHS.sub("", text)
    counted = _PLACE_PEOPLE.match(text)
    if (
        counted is not None
        and not counted["count"]
        and all(
            # (who they are, not where from: "Kachin villagers flee", "Local residents say")
            word.lower() in _ACTOR_WORDS or word.lower() in _PEOPLE_WORDS
            for word in counted["place"].split()
        )
    ):
        counted = None
    if counted is not None and _named_again(counted["place"], text[counted.end() :]):
        # "Two Ya Ngae villagers were killed in Ya Ngae village, Thayet Chaung Township": the
        # place is read where the text names it with its area
        return f"Villagers {text[counted.end() :]}"
    rest = text[counted.end() :] if counted is not None else ""
    said = _what_they_said(rest) if counted is not None else None
    if said is not None and AREA_KIND_WORD.search(said):
        # "Ku Me residents said a junta airstrike hit X village in Y Township": what they said
        # places it in its area (they may live elsewhere; else in theirs, as below)
        return said
    if (
        counted is not None
        and (counted["people"] or "").lower() == "residents"
        and (named := NAMED_VILLAGE.search(rest))
    ):
        # "Budalin Residents Flee ... After Soldiers Torch Shwedaung Village": the village
        # they name, in the town or township they live in; or in the area it is said to be in
        # ("Monywa Residents Mourn Villagers Killed in X Village, Wetlet Township")
        if area := AREA_KIND_WORD.search(rest, named.end()):
            return f"{named.group()}, {rest[area.start() :]}"
        return f"{named.group()}, {counted['place']}"
    if counted is not None:
        kind = " village" if (counted["people"] or "").lower() == "villagers" else ""
        return f"{counted['place']}{kind} {rest}"
    if text[:1] not in _PEOPLE_INITIALS or not (people := _PEOPLE_OF_PLACE.match(text)):
        return text
    verb = (people["verb"] or "are").lower()  # (no verb: the place they are of, alone)
    if verb in _SAYING and (said := _what_they_said(text[people.start("verb") :])):
        # "Residents of Buthidaung said junta aircraft struck Kyauk Yant village, ...": what
        # they said places it (they may live elsewhere)
        return said
    if verb not in SENTENCE_VERBS and verb not in _SHELTERED and not people["fled"]:
        return text
    area = people["area"]
    where = f", {area.strip().removeprefix('in ').rstrip('.')}" if area else ""
    return people["place"] + where + text[people.end() :]


#: where one who speaks for a side spoke from, or a witness was interviewed: "Speaking from
#: Kalay, | a spokesman said", "Interviewed later in Mae Sot, Thailand, | a former resident",
#: "a KNU spokesman | in Toungoo | told DVB", "an official | based in Shwebo | said", "said a
#: TNLA spokesman | speaking from Kyaukme"
_SPEAKER_PLACE = re.compile(
    # (between commas, both go: "a spokesperson for the KIA, | speaking from Sumprabum, | said")
    r"(?:,\s+|^|(?<=[\s,.]))(?i:speaking|interviewed(?:\s+later)?)\s+"
    r"(?:(?i:by\s+(?:tele)?phone|over\s+the\s+phone)\s+)?"
    # (and its country: "Interviewed later in Mae Sot, Thailand, | a former resident of X")
    r"(?:from|in)\s+"
    + _SHELTER
    + _CAPITALISED_NAME
    # (or its country's state: "Interviewed in Champhai in India's Mizoram state, | ...")
    + r"(?:,\s+(?:Thailand|India|China|Bangladesh)|\s+in\s+(?:Thailand|India|China|Bangladesh)"
    r"(?:'s|’s)\s+(?:[A-Z][\w-]*\s+){1,2}(?i:state|province|region))?(?:\s*,\s*|(?=\s))"
    # or where a witness is now: "said a resident | now living in Hpa-An", "Now staying with
    # relatives in Myitkyina, | a 30-year-old from X", "Refugees from X | now in Yangon | said"
    # (where they live, stay or shelter; or a person "now in" a place: not where troops are
    # now, "Junta troops now in X village")
    r"|(?:,\s+|^|(?<=\s))(?i:now|currently)\s+"
    r"(?:living|lives?|staying|stays|sheltering|shelters|based|residing|resides|displaced"
    r"|hiding|working|works|renting\s+a\s+(?:room|house|flat))\s+"
    r"(?:with\s+(?:relatives|family|friends)\s+)?(?:in|at|near|outside|to)\s+"
    + _SHELTER
    + _CAPITALISED_NAME
    + r"(?:\s*,\s*(?=[a-z])|(?=[\s,.]|$))"
    r"|(?P<who_now>\b(?i:residents?|refugees|villagers?|mother|father|woman|man|farmer"
    r"|survivors?|witness(?:es)?|famil(?:y|ies)|IDPs|teacher|son|daughter|wife|husband)|\))"
    r"\s+(?i:now|currently)\s+(?:in|at|outside)\s+" + _SHELTER + _CAPITALISED_NAME + r"(?=[\s,.]|$)"
    # (or in a camp, after a comma: "said a woman from X, | now in a camp outside Myittha")
    r"|,\s+(?i:now|currently)\s+(?:in|at)\s+(?i:an?|the)\s+(?:[\w-]+\s+){0,3}?"
    r"(?i:camp|shelter|monastery|safe\s+house)\s+(?i:in|near|at|outside)\s+"
    + _CAPITALISED_NAME
    + r"(?=[\s,.]|$)"
    r"|\b(?P<who>(?:spokes(?:man|woman|person)|officials?|officers?|commanders?|leaders?"
    r"|representatives?)(?:\s+(?:of|for)\s+(?:the\s+)?(?:[\w'’()-]+\s+){0,5}?[\w'’()-]+)?"
    r"|told\s+(?:reporters|journalists|the\s+media|media|us|me)|statement(?:\s+issued)?|said)"
    r"\s+(?:(?:speaking|based)\s+)?(?:(?i:by\s+(?:tele)?phone|over\s+the\s+phone)\s+)?"
    r"(?:in|from)\s+(?:(?i:nearby)\s+)?" + _CAPITALISED_NAME
)


def without_speaker_place(text: str) -> str:
    """``text`` without where one who spoke for a side spoke from, which is no place of what
    they told of; ``text`` itself when it names none."""
    if " called" in text or " phoned" in text or " messaged" in text:
        # ("our partner in W called at 07:45: | artillery fire fell on V village (T township)")
        text = _CALLER_LEAD.sub("", text)
    if not _SPEAKER_WORDS.search(text):
        return text

    def unsaid(match: re.Match) -> str:
        if match["who"] and _VICTIM_BEFORE.search(text, 0, match.start()):
            return match.group()  # "gunmen killed a ward official in Yae Zin": no speaker
        return match["who"] or match["who_now"] or (" " if match.group().startswith(",") else "")

    said = _SPEAKER_PLACE.sub(unsaid, text)
    # (no space left before a sentence's end: "X, T Township | . Today ...")
    return _SPACE_BEFORE_MARK.sub("", said) if said != text else text


_SPACE_BEFORE_MARK = re.compile(r"\s+(?=[.,;](?:\s|$))")
#: who called from where, before what they told: "our partner in W called at 07:45: "
_CALLER_LEAD = re.compile(
    r"(?m)^(?:[Oo]ur|[Mm]y|[Aa])\s+(?:local\s+)?(?:partner|colleague|contact|source|staff"
    r"|focal\s+point|volunteer|driver|field\s+officer)s?\s+(?:in|at|from)\s+[A-Z][\w'’-]*"
    r"(?:\s+[A-Z][\w'’-]*){0,3}(?:\s+(?:village|town))?\s+(?:called|phoned|messaged)"
    r"(?:\s+(?:at|on|this|last)\s+(?:\d{1,2}[:.]\d{2}(?:\s*[ap]m)?|[^:\n]{1,30}?))?\s*:\s+(?=\S)"
)


#: what was done to one, just before who they were: "gunmen killed | a ward official"
_VICTIM_BEFORE = re.compile(
    r"\b(?:killed|shot|murdered|assassinated|abducted|arrested|detained|attacked|kidnapped"
    r"|stabbed|beheaded)\s+(?:an?\s+|the\s+|two\s+|three\s+|\d+\s+)?(?:[a-z-]+\s+)?$"
)


#: the words without which a text names no speaker nor witness (a quick look first: one search
#: for them all costs less than a look for each)
_SPEAKER_WORDS = re.compile(
    "peak|nterview|now |Now |urrently|spokes|told |statement|official|ommander|eader"
    "|epresentative|officer"
)


def what_people_said(text: str) -> str | None:
    """What the people of (or who reached) a place said, when it names a place with its kind
    word ("Residents who reached Myinmu said soldiers had burned X village in Y Township":
    "soldiers had burned X village in Y Township"); else None."""
    people = _PEOPLE_OF_PLACE.match(text) if text[:1] in _PEOPLE_INITIALS else None
    if people is not None and (people["verb"] or "").lower() in _SAYING:
        return _what_they_said(text[people.start("verb") :])
    # or what anyone said, who is told of by no place's kind word ("A shopkeeper who fled
    # Thantlang for Mizoram told The Irrawaddy that shelling had destroyed the market in
    # Thantlang town"; not "Troops entered X village, residents said ...")
    speaker = _SPEAKER_THEN_SAYING.match(text)
    if speaker is None or _PLACE_KIND_WORD.search(speaker["head"]):
        return None
    said = _what_they_said(text[speaker.start("verb") :])
    # (a settlement named in it: not "A resident of X told the Mission that troops ... rounded
    # up the men of the village in Y Township", where the speaker's village is the place)
    return said if said and NAMED_SETTLEMENT.search(said) else None


#: who spoke, up to their verb of saying, with no comma between
_SPEAKER_THEN_SAYING = re.compile(r"^(?P<head>[^,;:\"“]{3,120}?)\s+(?P<verb>said|told)\s")


def _what_they_said(text: str) -> str | None:
    """What ``text``, a verb of saying and what was said, says when it names a place with its
    kind word ("said a junta airstrike hit X village ..."); else None."""
    verb, _, said = text.strip().partition(" ")
    if verb.lower() == "told":  # "told Myanmar Now that soldiers arrested ...": what they told
        said = _TOLD_WHOM.sub("", said)
    # (not placed only by the areas a paragraph's reader put after it: "said the military
    # attacked ..., | Myaung Township")
    if verb.lower() not in _SAYING or not _PLACE_KIND_WORD.search(_AREAS_AT_END.sub("", said)):
        return None
    return said.strip().removeprefix("that ")


#: whom they told, before what: "(told) | Myanmar Now that | soldiers arrested ..."
_TOLD_WHOM = re.compile(r"^(?:[\w'’-]+\s+){1,4}?that\s+")
#: an area named with its kind word
AREA_KIND_WORD = named_with_kind("township|district|region|state|division")
#: ... or a township by its short kind word: "Katha Tsp", "Kani T/S"
_AREA_NAMED_SHORT_TOO = named_with_kind("township|tsp|twp|t/s|district|region|state|division")
#: verbs of saying, and a place named with its kind word in what is said
_SAYING = frozenset({"said", "say", "says", "told", "reported"})
_PLACE_KIND_WORD = named_with_kind("village|town|township|ward")
#: areas with their kind words ending a text after commas: "..., Myaung Township, Sagaing Region"
_AREAS_AT_END = re.compile(
    r"(?:,\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\s+(?i:township|district|region|state)\.?)+$"
)
#: a village or ward named with its kind word: "Shwedaung Village", "Chaung Hna Khwa village"
NAMED_VILLAGE = named_with_kind("village|ward", "+")
#: a settlement named with its kind word, short forms too: "Kani town", "Let Pan Vlg"
NAMED_SETTLEMENT = named_with_kind("village|town|ward|vlg")


def _named_again(place: str, rest: str) -> bool:
    """True when ``rest`` names ``place`` again (any case, as whole words)."""
    return re.search(rf"(?i)\b{re.escape(place)}\b", rest) is not None


#: words before "villagers" that say who they are: "Local villagers", "Rohingya residents"
_PEOPLE_WORDS = frozenset(
    re.split(
        r"\s+",
        """local displaced fleeing terrified frightened angry rohingya bamar buddhist muslim
    christian hindu rakhine lisu naga lahu akha pa-o pao danu intha kayan kayah""".strip(),
    )
)


_PLACE_THEN_VERB = re.compile(
    r"(?P<place>\S.*?\s(?:village|town|ward|quarter))\s+(?P<verb>[a-z]+)\b"
)


def _place_before_verb(part: str) -> str | None:
    """The village or town a part names before its verb ("Yin village | shelled by military"),
    when a name comes before the kind word; else None."""
    if " " not in part or not (named := _PLACE_THEN_VERB.match(part)):
        return None
    place = named["place"]
    if is_description(place):
        return None
    if named["verb"] in SENTENCE_VERBS:
        return place
    # (or who acted comes between: "Yan Taung village | the SAC column arrested 5 villagers")
    words = part[named.start("verb") :].split()
    if named["verb"] in ("the", "a") and len(words) > 2 and place[:1].isupper():
        words[0] = "The"
        verb = _verb_after_actors(words)
        # (not when what they did names the place: "in Kachin village | a military jet bombed
        # Moe Sit village")
        if verb is not None and verb <= 4 and not NAMED_SETTLEMENT.search(part, named.end()):
            return place
    return None


def _place_after_actors_verb(part: str) -> str | None:
    """The village or town named after who acted and their verb, in a sentence's own case
    ("Junta jets bombed | Nam San Yang village", "Shelling hit | X village"); else None."""
    words = part.split()
    if len(words) < 4 or words[-1].lower() not in ("village", "town"):
        return None
    verb = _verb_after_actors(words)
    if verb is None:
        return None
    place = words[verb + 1 :]
    return " ".join(place) if len(place) >= 2 and place[0][:1].isupper() else None


def _place_after_verb(part: str) -> str | None:
    """The words after the last verb of a sentence's head in lower case, when they end in a
    kind word ("military shelling hits | thlan rawn village"); else None."""
    words = part.split()
    if words[-1].lower().strip(".") not in KIND_LAST_WORDS:
        return None
    verbs = [i for i, word in enumerate(words) if word.lower() in SENTENCE_VERBS]
    place = words[verbs[-1] + 1 :] if verbs else []
    return " ".join(place) if len(place) >= 2 else None
