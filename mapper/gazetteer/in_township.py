"""A reading's answer looked at again inside the township the text names.

Rules :func:`mapper.gazetteer.resolve.resolve` applies to whatever reading placed a text: a
village the text names misspelt, or without its kind word, found among the villages of the
township it names (:func:`misspelt_village_in_township`, in Burmese
:func:`burmese_village_in_township`); a village beside a project site the text names
(:func:`village_over_site`); the namesake of the place found in a township the text names
(:func:`namesake_in_named_township`). Each takes the reader of texts (``read``) it looks places
up with, as :func:`mapper.gazetteer.address.resolve_address` does.
"""

from __future__ import annotations

import itertools
import re
from contextvars import ContextVar
from dataclasses import replace

from rapidfuzz import fuzz

from mapper.gazetteer.address import (
    Reader,
    resolve_address,
)
from mapper.gazetteer.match import (
    Candidate,
    Resolution,
    _fell_back,
    _found_surely,
)
from mapper.gazetteer.parts import (
    SETTLEMENT_WORD,
    named_with_kind,
)
from mapper.gazetteer.query import plain_parts
from mapper.gazetteer.report import cleaned_report
from mapper.gazetteer.store import Gazetteer, places_column
from mapper.gazetteer.text import normalize
from mapper.gazetteer.words import (
    BURMESE_KIND_WORDS,
    BURMESE_LETTER,
)

#: a Burmese name with a case ending and no kind word: "စော်တုံ|မှာ", "နောင်ဘို|ကို"
MM_BARE_NAME = re.compile(r"(?:^|(?<=\s))(?P<name>[\u1000-\u109f]{2,}?)(?:ကို|မှာ|တွင်|၌)(?=\s|$)")
_MM_TOWNSHIP_NAMED = re.compile(r"(?P<name>[\u1000-\u109f]+?)မြို့နယ်")


def burmese_village_in_township(gaz: Gazetteer, text: str, read: Reader) -> Resolution | None:
    """A village a Burmese text names with a case ending and no kind word, found in the
    township the text names ("စော်တုံမှာ ... ဖယ်ခုံမြို့နယ်ထဲမှာပါ": Saw Ton of Pekon); else None."""
    townships = [named["name"] for named in _MM_TOWNSHIP_NAMED.finditer(text)]
    for bare in MM_BARE_NAME.finditer(text):
        name = bare["name"]
        if any(word in name for word in BURMESE_KIND_WORDS) or not gaz.exact.get(normalize(name)):
            continue
        for township in townships:
            there = resolve_address(gaz, f"{name}ကျေးရွာ၊ {township}မြို့နယ်", 1, read)
            if there.candidates and not _fell_back(there) and there.candidates[0].match == "exact":
                note = f"located to the village {name} of the township the text names"
                return Resolution(text.strip(), [replace(there.candidates[0], note=note)], None)
    return None


#: a settlement named by the words before its kind word ("bombs hit | chin duk vlg|")
SETTLEMENT_NAMED = re.compile(
    r"(?P<words>(?:[\w'’-]+\s+){1,4}?)(?i:village|vlg|vill|vilage|villge)\b"
    r"(?![\s-]*(?i:tract|-tract))"
)
#: a name before its township, with no kind word: "Fundraiser for | Waingkyun| (Shwegyin Tsp)",
#: "the displaced of | Khin Aye|, Pauk township"
NAME_BEFORE_TOWNSHIP = re.compile(
    r"(?P<words>(?:[\w'’-]+\s+){0,3}[\w'’-]+)"
    r"(?=\s*\(\s*[A-Z][\w'’ -]*\s+(?i:tsp|t/s|twp|township)\)"
    r"|,\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\s+(?i:township|tsp|twp|t/s)\b)"
)
#: a capitalised name after a word of where or what troops did to it: "ran to the monastery |
#: in Lweidoke|, and there ...", "troops coming from Lashio entered | Sutlawng|"
_NAME_AFTER_WHERE_WORD = re.compile(
    r"\b(?:in|into|at|near|outside|on|entered|surrounded|raided|stormed|torched|shelled|bombed)"
    r"\s+(?P<words>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})"
)
#: the place an appeal helps: "Blanket drive for | Min Kan Taik| IDPs", "Rice for | Dawngaykhu|
#: (burned by ...", "Let's help | Moke Wa| village"
_NAME_OF_THOSE_HELPED = re.compile(
    r"\b(?:for|help)\s+(?P<words>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})"
    r"(?=\s+(?:IDPs|villagers|residents|families|people)\b|\s*\()"
)
#: words that open no village's name (a sentence's verbs and small words before it)
_NOT_A_NAME_START = frozenset(
    (
        *("the", "a", "an", "in", "at", "on", "of", "to", "from", "near", "into", "and", "or"),
        *("by", "over", "hit", "hits", "struck", "raid", "raided", "burned", "burnt", "bombed"),
        *("shelled", "attacked", "entered", "torched", "bombs", "jets", "troops", "sac", "pdf"),
        *("arrived", "surrounded", "landing", "btw", "around", "airstrike", "arty", "shells"),
        *("clash", "urgent", "raid", "jet", "attack", "burning", "hitting", "frm", "shelling"),
        *("raiding", "attacking", "bombing", "striking", "firing"),
    )
)
#: a township named with its kind word: "| Daik-U| T/S", "| Yinmabin| Tsp"
_TOWNSHIP_WITH_KIND_WORD = re.compile(
    r"\b([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)\s+(?i:township|tsp|twp|t/s)\b"
)
#: how alike (rapidfuzz's ratio of their letters) a misspelt village's name and the village
#: found in its township must be: "chin duk" and Chin Dauk (93), not "Wan Nam Nur" and Nam Hu
MISSPELT_VILLAGE_RATIO = 85


def _letters(name: str) -> str:
    """``name``'s letters alone, in lower case ("Chin Dauk (Upper)" -> "chindauk")."""
    return "".join(ch for ch in re.sub(r"\([^()]*\)", "", name).lower() if ch.isalpha())


_DISTANCE_GIVEN = re.compile(r"\d\s*(?i:miles?|mi|km|kms|kilomet)\b")
#: the words of a project site a text names beside a village ("the Letpadaung copper project",
#: "the Muse 105-mile trade zone", "the Thapanzeik dam")
PROJECT_WORD = re.compile(
    r"\b(?i:mine|mining|dam|hydropower|plant|pipeline|project|zone|SEZ|port|terminal|railway"
    r"|factory|mill)\b"
)
#: the texts whose misspelt village is being looked for (its address form is read as a text too)
_SPELLING_SOUGHT: ContextVar[frozenset[str]] = ContextVar("spelling", default=frozenset())


def misspelt_village_in_township(
    gaz: Gazetteer, text: str, found: Resolution, read: Reader
) -> Resolution | None:
    """When ``text`` is placed no finer than its township, a village it names by its kind word
    looked for by spelling inside that township ("bombs hit chin duk vlg 6am, paletwa tsp" is
    Chin Dauk of Paletwa; a name spelt as the gazetteer spells it too, when the reading fell
    back to the township); else None."""
    first = found.candidates[0]
    kind, name = gaz.records[first.place_id][0], places_column(gaz, "name")[first.place_id]
    township = township_of(gaz, first.place_id)
    if kind not in ("township", "town") or not township or first.match == "offset":
        return None
    if _DISTANCE_GIVEN.search(text):
        return None  # (a village given by its distance from a town: "V village, 10 miles from T")
    if kind == "town" and (NAMED_TOWN.search(text) or _TOWN_OF.search(text)):
        # (a town the text names by its kind word: "... struck Kyaukhtu town, ...", "at the
        # town of Kyaikdon, Kyainseikgyi Township")
        return None
    exact_too = (
        _fell_back(found)
        or kind == "township"
        # (or the town of the township the text names as such: "SAC column entered nga pan
        # inn, Daik-U T/S.")
        or any(
            fuzz.ratio(_letters(named), _letters(township)) >= MISSPELT_VILLAGE_RATIO
            for named in _TOWNSHIP_WITH_KIND_WORD.findall(text)
        )
    )
    best = _village_in_township(gaz, text, [township], read, exact_too=exact_too, not_named=name)
    if best is None:
        return None
    note = f"located among the villages of {township} Township, which the text names"
    return Resolution(text.strip(), [replace(best, note=note)], None)


def village_over_site(
    gaz: Gazetteer, text: str, found: Resolution, read: Reader
) -> Resolution | None:
    """The village a text tells of beside a project site it names ("soldiers from the mine camp
    burned V village (Monywa township)", "The Muse 105-mile trade zone was closed after
    fighting in V village, Muse Township"), in a township the text names or the site's; else
    None."""
    first = found.candidates[0]
    kind, site = gaz.records[first.place_id][0], places_column(gaz, "name")[first.place_id]
    if kind not in ("site", "town") or first.match == "offset":
        return None
    townships = (
        [*_townships_named(text), township]
        if (township := township_of(gaz, first.place_id))
        else _townships_named(text)
    )
    best = _village_in_township(gaz, text, townships, read, exact_too=True, not_named=site)
    if best is None:
        return None
    note = f"located to the village the text tells of beside {site}"
    return Resolution(text.strip(), [replace(best, note=note)], None)


def _village_in_township(
    gaz: Gazetteer,
    text: str,
    townships: list[str],
    read: Reader,
    *,
    exact_too: bool,
    not_named: str,
    min_ratio: float = MISSPELT_VILLAGE_RATIO,
) -> Candidate | None:
    """The best of the villages ``text`` names by their kind words found in one of
    ``townships`` (by a close spelling, or as written when ``exact_too``), read in what the
    report's rules leave of ``text`` (not a witness's village, nor where people fled), but for
    a name spelt as ``not_named`` is (the place the reading found: "Kengtawng Town")."""
    sought = _SPELLING_SOUGHT.get()
    if text in sought:
        return None
    best = None
    token = _SPELLING_SOUGHT.set(sought | {text})
    try:
        for named in _settlements_named(cleaned_report(text)):
            name = _KIND_WORD_AT_END.sub("", named)  # ("Location: | Zin Kyaik village|")
            if _letters(name) == _letters(not_named):
                continue
            for township in dict.fromkeys(townships):
                if _letters(name) == _letters(township):
                    continue  # (the township's own town: "Zin Kyaik, | Paung|, Paung Township")
                there = resolve_address(gaz, f"{name} village, {township} Township", 1, read)
                if not there.candidates or _fell_back(there):
                    continue
                hit = there.candidates[0]
                gazetteer_name = places_column(gaz, "name")[hit.place_id]
                spelt = _letters(gazetteer_name)
                alike = (
                    (hit.match in ("exact", "variant") and exact_too)
                    or (
                        hit.match in ("fuzzy", "variant")
                        and fuzz.ratio(_letters(name), spelt) >= min_ratio
                    )
                    # (its words run together: "Nyaungpinthar" for Nyaung Pin Thar)
                    or (_letters(name) == spelt and name.count(" ") < gazetteer_name.count(" "))
                )
                if (
                    alike
                    and gaz.records[hit.place_id][0] in ("village", "village_tract", "ward")
                    and normalize(township_of(gaz, hit.place_id)) == normalize(township)
                    and (best is None or hit.score > best.score)
                ):
                    best = hit
    finally:
        _SPELLING_SOUGHT.reset(token)
    return best


#: a settlement's kind word ending a name found before it
_KIND_WORD_AT_END = re.compile(r"\s+(?i:village|vlg|ward|town)$")


def township_of(gaz: Gazetteer, place_id: int) -> str:
    """The name of the township a place lies in, or "" (a state, a place abroad)."""
    township = places_column(gaz, "admin3")[place_id]
    return township if isinstance(township, str) else ""


def _settlements_named(text: str) -> list[str]:
    """The names ``text`` gives before a settlement's kind word, each back to the first word
    that opens none ("bombs hit | chin duk| vlg", "near Kaw Paung and | Panglon| village"),
    before its township ("Fundraiser for | Waingkyun| (Shwegyin Tsp)"), or after a word of
    where ("the monastery in | Lweidoke|")."""
    names = []
    for named in sorted(
        itertools.chain(
            SETTLEMENT_NAMED.finditer(text),
            NAME_BEFORE_TOWNSHIP.finditer(text),
            _NAME_AFTER_WHERE_WORD.finditer(text),
            _NAME_OF_THOSE_HELPED.finditer(text),
        ),
        # (those in a sentence telling what troops did first: "I am from A village. ... the
        # soldiers came into A and set the houses on fire. We ran to the monastery in C.")
        key=lambda named: TOLD_DEED.search(_sentence_around(text, named.start())) is None,
    ):
        before = named["words"].split()
        # (a capitalised name is its capitalised words: "Fighting reached | Inn Net| village")
        capitalised = before[-1][:1].isupper()
        words = list(
            itertools.takewhile(
                lambda word, capitalised=capitalised: (
                    word.lower() not in _NOT_A_NAME_START
                    and re.fullmatch(r"[^\W\d_][\w'’-]*", word) is not None
                    and (word[:1].isupper() or not capitalised)
                ),
                reversed(before),
            )
        )[::-1]
        # (not where someone went or came from: "on the road | to Namhu| Village"; but where
        # fighting spread to: "... spread to | Tar Ku Ti| village")
        preceding = (text[: named.start("words")].split() + before[: len(before) - len(words)])[-2:]
        went = (
            len(preceding) > 0
            and preceding[-1].lower() in _TO_OR_FROM
            and not (len(preceding) > 1 and _SPREAD.match(preceding[-2]))
        )
        if words and not went:
            names.append(" ".join(words))
            # (or with the "in" before it, in lower case a name's first word: "at | in pin
            # thr| vlg" for In Pin Thar)
            if not capitalised and preceding and preceding[-1] in ("in", "inn"):
                names.append(f"{preceding[-1].title()} {names[-1]}")
    return names


_TO_OR_FROM = frozenset({"to", "towards", "toward", "from", "via"})
_SPREAD = re.compile(r"(?i:spread|spreads|spilled|reached|extended)$")


def _sentence_around(text: str, at: int) -> str:
    """The sentence of ``text`` that holds the character at ``at``."""
    start = max(text.rfind(mark, 0, at) for mark in ".;!?")
    ends = [end for mark in ".;!?" if (end := text.find(mark, at)) >= 0]
    return text[start + 1 : min(ends, default=len(text))]


#: what troops did, in a sentence: burned, shot, bombed ... or came to a place
TOLD_DEED = re.compile(
    r"\b(?i:burn(?:ed|t|ing|s)?|set\s+fire|torch(?:ed|es|ing)?|shot|shoot(?:ing|s)?"
    r"|kill(?:ed|ing|s)?|killings?|massacred?|air\s*strikes?|bomb(?:ed|ing|s)?|shell(?:ed|ing|s)"
    r"|raid(?:ed|s)?|attack(?:ed|s)?|beat\s+(?:\w+\s+){1,3}to\s+death|executed|clash(?:ed|es)"
    r"|fighting|looted|destroyed|artillery|drones?|landmines?|mines?|explo(?:ded|sions?)"
    r"|stepped\s+on|cut\s+(?:his|her|their)\s+throats?|stabbed|beheaded|tortured)\b"
    r"|\b(?i:soldiers|troops|army|column|they)\s+(?:came|went)\s+(?:in)?to\b"
)

NAMED_TOWN = named_with_kind("town", "{1,3}")
#: a town named after its kind word: "the town of Kyaikdon"
_TOWN_OF = re.compile(r"\b[Tt]own\s+of\s+[A-Z]")


def namesake_in_named_township(
    gaz: Gazetteer, text: str, found: Resolution, read: Reader, *, address_too: bool = True
) -> Resolution | None:
    """The namesake of ``found``'s place inside a township the news text names, when the place
    found lies in none it names ("The army held villagers of Nwe Khway as human shields during
    its advance on Ba Lway village, Chaung-U Township" is the Nwe Khway of Chaung-U, not a town
    of that name in Yangon; not an address unless ``address_too``); else None."""
    first = found.candidates[0]
    records = gaz.records
    if records[first.place_id][0] not in ("town", "village", "village_tract", "ward"):
        return None
    # (a township it names by its kind word: "... on Ba Lway village, | Chaung-U Township",
    # "Launglon twp", or by a tag: "#Singu", "#MyingyanTownship")
    named = _townships_named(text)
    own = normalize(township_of(gaz, first.place_id))
    if not named or any(normalize(area) == own for area in named):
        return None  # (a quick look first: it lies in a township the text names)
    if not address_too and plain_parts(text) is not None:
        return None  # (an address: "V village, T Township" is read weighing its township)
    townships = {}
    for area in named:
        kind_word = "မြို့နယ်" if BURMESE_LETTER.search(area) else " Township"
        for township in _townships_of_name(gaz, f"{area}{kind_word}", read):
            place, state = (places_column(gaz, c)[township.place_id] for c in ("name", "admin1"))
            townships[f"{place} Township, {state}"] = records[township.place_id][7]
    if not townships or records[first.place_id][7] in townships.values():
        return None
    name = places_column(gaz, "name")[first.place_id]
    kind = _KIND_WORD_OF.get(records[first.place_id][0], "")  # (a village, not its tract)
    for area, code in townships.items():
        there = resolve_address(gaz, f"{name}{kind}, {area}", 1, read)
        if there.candidates and not _fell_back(there):
            best = there.candidates[0]
            if records[best.place_id][7] == code and normalize(
                places_column(gaz, "name")[best.place_id]
            ) == normalize(name):
                note = f"located to the {name} of {area.split(',')[0]}, which the text names"
                return Resolution(text.strip(), [replace(best, note=note)], there.reason)
    return None


def namesake_in_named_towns_township(
    gaz: Gazetteer, text: str, found: Resolution, read: Reader
) -> Resolution | None:
    """The namesake of ``found``'s village in the township of a town the text names by its kind
    word, when the text names no township ("We are from A. The soldiers surrounded Yae Ngan
    Gyi ... My husband was taken to Yephyu town.": the Yae Ngan Gyi of Yebyu, not the tract
    of that name in Bokpyin; a ward, in that town), and the place found has namesakes; else
    None."""
    first = found.candidates[0]
    records = gaz.records
    kind = records[first.place_id][0]
    if kind not in ("village", "village_tract", "ward"):
        return None
    if kind != "ward" and _townships_named(text):
        return None  # (a ward's town tells apart the wards of one township: "Thandaung town,
        # Thandaunggyi Township: ... in No. 2 ward")
    name = places_column(gaz, "name")[first.place_id]
    if len(gaz.exact.get(normalize(name), ())) < 2:
        return None  # (no namesake to choose among)
    for town in dict.fromkeys(_towns_named(text)):
        if fuzz.ratio(_letters(town), _letters(name)) >= MISSPELT_VILLAGE_RATIO:
            continue  # (the place itself, called a town: "Duya Town, Mawlamyine district")
        seat = _found_surely(resolve_address(gaz, f"{town} town", 1, read))
        if seat is None or records[seat.place_id][0] != "town":
            continue
        if kind != "ward" and records[seat.place_id][7] == records[first.place_id][7]:
            return None  # (the place found lies in that town's township)
        township = township_of(gaz, seat.place_id)
        # (a ward in that town: "captured the Saw town police station in Thi Ri ward")
        address = (
            f"{name}, {town} town" if kind == "ward" else f"{name} village, {township} Township"
        )
        there = resolve_address(gaz, address, 1, read)
        if not there.candidates or _fell_back(there):
            continue
        best = there.candidates[0]
        if records[best.place_id][7] == records[seat.place_id][7] and normalize(
            places_column(gaz, "name")[best.place_id]
        ) == normalize(name):
            note = f"located to the {name} of {township} Township, whose town {town} the text names"
            return Resolution(text.strip(), [replace(best, note=note)], there.reason)
    return None


def _towns_named(text: str) -> list[str]:
    """The names of the towns ``text`` names with their kind word ("taken to | Yephyu| town")."""
    return [
        SETTLEMENT_WORD.split(named.group().rsplit(None, 1)[0])[-1].strip()
        for named in NAMED_TOWN.finditer(text)
    ]


def _townships_of_name(gaz: Gazetteer, area: str, read: Reader) -> list[Candidate]:
    """The townships ``area`` ("Minhla Township") names: the one found surely, or each of its
    namesakes ("Minhla" names one in Magway and one in Bago)."""
    found = resolve_address(gaz, area, 5, read)
    sure = _found_surely(found)
    if sure is not None and not sure.rivals:
        return [sure] if gaz.records[sure.place_id][0] == "township" else []
    if not found.candidates:
        return []
    names = places_column(gaz, "name")
    return [
        candidate
        for candidate in found.candidates
        if gaz.records[candidate.place_id][0] == "township"
        and candidate.match == "exact"
        and normalize(names[candidate.place_id]) == normalize(names[found.candidates[0].place_id])
    ]


#: the kind word that tells a settlement from its namesakes of other kinds
_KIND_WORD_OF = {"village": " village", "town": " town", "ward": " ward"}


def _townships_named(text: str) -> list[str]:
    """The names of the townships ``text`` names with a kind word ("Chaung-U Township",
    "Launglon twp", "Pinlebu T/S") or as a post's tags ("#Singu", "#MyingyanTownship")."""
    named = [
        # (not the village before it: "CHHAUKPIN VLG | MEIKTILA| TSP")
        SETTLEMENT_WORD.split(mention.group().rsplit(None, 1)[0])[-1].strip()
        for mention in _ANY_TOWNSHIP.finditer(text)
    ]
    if "ownships" in text:  # ("in Shwebo and Sagaing townships")
        for listed in _TOWNSHIPS_LISTED.finditer(text):
            named += re.split(r",\s+|\s+and\s+", listed["names"])
    for tag in _TAG.finditer(text):
        words = _TAG_WORD_START.sub(" ", tag[1])
        named.append(_TAG_KIND_WORD.sub("", words))
    if "မြို့နယ်" in text:  # (in Burmese: "... ဟု မိုးညိုမြို့နယ်မှ ဒေသခံတစ်ဦးက ပြောသည်")
        named += [township["name"] for township in _MM_TOWNSHIP_NAMED.finditer(text)]
    if not named and text.islower():  # (a message in lower case: "... kone vlg minhla tsp")
        named += [name for name in _LOWER_TOWNSHIP.findall(text) if name not in _ABBREVIATIONS]
    return named


#: townships named together before their kind word: "in |Shwebo and Sagaing| townships"
_TOWNSHIPS_LISTED = re.compile(
    r"\b(?P<names>(?:[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*)?,\s+)*[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*)?"
    r"\s+and\s+[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*)?)\s+(?i:townships)\b"
)
#: a township's name of one word in lower case before its kind word: "vlg | minhla| tsp"
_LOWER_TOWNSHIP = re.compile(r"\b([a-z][a-z'-]{2,})\s+(?:tsp|twp|township|t/s)\b")
_ABBREVIATIONS = frozenset({"vlg", "vill", "village", "tsp", "twp", "the", "and", "pdf", "sac"})


def may_name_a_township(text: str) -> bool:
    """Whether ``text`` may name a township: by its kind word, a short form of it or a post's
    tag (a quick look: pieces of text, then a pattern)."""
    low = text.lower()
    return any(piece in low for piece in _TOWNSHIP_PIECES) and bool(_TOWNSHIP_CUE.search(text))


_TOWNSHIP_PIECES = ("ownship", "tsp", "twp", "t/s", "#", "မြို့နယ်")
#: what tells that a text may name a township: its kind word, a short form of it, a tag
_TOWNSHIP_CUE = re.compile(r"(?i:ownship|tsp\b|twp\b|t/s)|(?<![\w&])#[A-Z]|မြို့နယ်")
_ANY_TOWNSHIP = named_with_kind("township|tsp|twp|t/s", "{1,3}")
#: a post's tag of a place ("#Singu", "#MyingyanTownship"; not "#WhatsHappeningInMyanmar")
_TAG = re.compile(r"(?<![\w&])#([A-Z][a-z]+(?:[A-Z][a-z]+){0,2})(?![\w-])")
_TAG_WORD_START = re.compile(r"(?<=[a-z])(?=[A-Z])")
_TAG_KIND_WORD = re.compile(r"\s+(?:Township|Tsp|Twp)$")


#: a village named with its village tract: "Ywar Shey village - Ein Yar tract", "Sein Pan Kone
#: village (Taung U village tract)", "Tha Yet Pin village, Let Maung Kway village tract"
_VILLAGE_WITH_TRACT = re.compile(
    r"(?P<village>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,4})"
    r"(?:\s+(?i:village|vlg)(?:\s*,\s*|\s*\(\s*|,?\s+(?:in|of)\s+(?:the\s+)?|\s+[-–—]\s+)"
    # (or no kind word before "in": "Our village is Pyin Thar | in | Inn Nge village tract", "V|,
    # in |W village tract")
    # (or "is in": "V is in W village tract, ..."; or a comma alone: "I live in V, W village
    # tract, T Township")
    r"|,?(?:\s+is)?\s+in\s+(?:the\s+)?|\s*,\s*"
    # (or its tract in brackets: "raided War Pyone (Pin Mun village tract)")
    r"|\s+\((?=[^()]*\b(?i:tract|vt)\))"
    # (or after its township: "Shwe Kyin in Wetlet Township, Yone Pin Kone village tract")
    r"|\s+in\s+[A-Z][\w'’-]*(?:[\s-][A-Z][\w'’-]*){0,2}\s+(?i:township|tsp|twp),\s+)"
    r"(?P<tract>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,4}(?:\s*\([^()]{1,30}\))?)"
    r"\s+(?i:village[\s-]+)?(?i:tract|vt)\b"
)


def village_in_named_tract(
    gaz: Gazetteer, text: str, found: Resolution, read: Reader
) -> Resolution | None:
    """The village ``text`` names with its village tract ("Statement 23: "We are from Ywar Shey
    village - Ein Yar tract, Tabayin (Depayin) Township ... the soldiers burned Ywar Shey"),
    when ``found`` is a namesake of it, its tract or an area: the one in that tract (and the
    township the text names); else None."""
    named = _VILLAGE_WITH_TRACT.search(text)
    if named is None or not found.candidates:
        return None
    first = found.candidates[0]
    village = named["village"]
    kind = gaz.records[first.place_id][0]
    same_name = normalize(places_column(gaz, "name")[first.place_id]) == normalize(village)
    name = places_column(gaz, "name")[first.place_id]
    townships = list(dict.fromkeys(_townships_named(text)))
    if (
        not same_name
        and not (
            (kind == "village_tract" and normalize(name) in normalize(named["tract"]))
            # (or the township the text names: "Tigyaing Township, Katha District: troops set
            # fire to V village (W village tract)", or an island or area)
            or (
                kind in ("township", "district", "state", "site")
                and any(normalize(area) == normalize(name) for area in townships)
            )
            or kind in ("district", "state", "site")
            # (or the town of the township named after them: "... V village (W village tract),
            # T Township")
            or (
                kind == "town"
                and re.match(
                    # (or a distance from the town: "Ho Ti village, Sa Ngaw village tract, about 8
                    # km east of Hopong town")
                    rf"\)?\s*,?\s*(?:{re.escape(name)}\s+(?i:township|tsp|twp)\b"
                    rf"|(?:about|some|around|roughly)?\s*[\d.]+\s*(?:km|miles?)\s+[a-z-]+\s+of\s+"
                    rf"{re.escape(name)}\b)",
                    text[named.end() :],
                )
            )
        )
    ):
        return None
    if (
        same_name
        and kind == "village"
        and first.rivals == 0
        and not _fell_back(found)
        and not _namesake_in_township(gaz, village, first.place_id)
    ):
        return None  # (found surely already: no namesake in its township)
    address = f"{village} village, {named['tract']} village tract"
    if len(townships) == 1:
        address += f", {townships[0]} Township"
    there = resolve_address(gaz, address, 1, read)
    best = _found_surely(there)
    if best is None or best.note or best.place_id == first.place_id:
        return None
    if normalize(places_column(gaz, "name")[best.place_id]) != normalize(village):
        return None
    note = f"located to the {village} of {named['tract']} village tract, which the text names"
    return Resolution(text.strip(), [replace(best, note=note)], there.reason)


def village_in_bare_tract(
    gaz: Gazetteer, text: str, found: Resolution, read: Reader
) -> Resolution | None:
    """When ``found`` is a village with namesakes in its township and the text is a path of
    names, one of them its village tract's bare ("Mon State; Paung; Hmaw Bi; Ku Lar Kone"):
    the namesake in that tract; else None."""
    first = found.candidates[0]
    records = gaz.records
    if not first.rivals or records[first.place_id][0] != "village":
        return None
    name = places_column(gaz, "name")[first.place_id]
    township = township_of(gaz, first.place_id)
    parts = [part.strip() for part in _PATH_SEPARATOR.split(text) if part.strip()]
    others = [
        part
        for part in parts
        if normalize(part) not in (normalize(name), normalize(township))
        and part[:1].isupper()
        and len(part.split()) <= 4
        and not _KIND_WORD.search(part)  # (a bare name: not "Pakokku district")
    ]
    for tract in others:
        there = resolve_address(
            gaz, f"{name} village, {tract} village tract, {township} Township", 1, read
        )
        best = _found_surely(there)
        if (
            best is not None
            and not best.note
            and records[best.place_id][0] == "village"
            and normalize(places_column(gaz, "name")[best.place_id]) == normalize(name)
        ):
            note = f"located to the {name} of {tract} village tract, which the text names"
            return Resolution(text.strip(), [replace(best, note=note)], there.reason)
    return None


_KIND_WORD = re.compile(
    r"\b(?i:village|vlg|tract|vt|town|township|tsp|twp|district|region|state|division|ward)\b"
)
#: the separators of a path of names: "Mon State; Paung; Hmaw Bi; Ku Lar Kone"
_PATH_SEPARATOR = re.compile(r"\s*[;,|]\s*")


def _namesake_in_township(gaz: Gazetteer, name: str, place_id: int) -> bool:
    """Whether another village named ``name`` lies in the township of village ``place_id``."""
    records = gaz.records
    township = records[place_id][7]
    return any(
        pid != place_id and records[pid][0] == "village" and records[pid][7] == township
        for pid, _ in gaz.exact.get(normalize(name), ())
    )


#: the township named right after a village's kind word: "V village, | T| Township"
_TOWNSHIP_OF_VILLAGE = re.compile(
    r"\b[A-Z][\w'’-]*\s+(?i:village|vlg)\s*,?\s+(?:in\s+)?(?P<township>[A-Z][\w'’-]*(?:[\s-][A-Z][\w'’-]*)?)\s+"
    r"(?i:township|tsp|twp)\b"
)
#: the least likeness (rapidfuzz ratio of the letters) of a spelling to a village's name in the
#: township a text names, when the village of that spelling lies outside it ("Padauk Kone",
#: Pi Tauk Kone: 80)
OUTSIDE_VILLAGE_RATIO = 75


def misspelt_village_in_named_township(
    gaz: Gazetteer, text: str, found: Resolution, read: Reader
) -> Resolution | None:
    """When ``found`` is a village just outside the township ``text`` names ("junta troops
    attacked Padauk Kone village, Yedashe Township, south of Naypyitaw": a Pa Dauk Kone of
    Taungoo), the village the text names looked for by spelling inside that township (Pi Tauk
    Kone of Yedashe); else None."""
    first = found.candidates[0]
    # (the township named right after the village: "V village, T Township", "V village in T
    # Township"; not one named elsewhere: "... found in V village outside W town, abducted from
    # a village in T township")
    townships = [m["township"] for m in _TOWNSHIP_OF_VILLAGE.finditer(text)]
    if not townships or normalize(township_of(gaz, first.place_id)) in map(normalize, townships):
        return None
    name = places_column(gaz, "name")[first.place_id]
    best = _village_in_township(
        gaz, text, townships, read, exact_too=False, not_named="", min_ratio=OUTSIDE_VILLAGE_RATIO
    )
    if best is None or normalize(places_column(gaz, "name")[best.place_id]) == normalize(name):
        return None
    township = township_of(gaz, best.place_id)
    note = f"located among the villages of {township} Township, which the text names"
    return Resolution(text.strip(), [replace(best, note=note)], None)
