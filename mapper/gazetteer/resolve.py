"""Turn a query into ranked gazetteer candidates: the reading of what people write.

:func:`resolve` reads the text as written (accents and typographic quotes made plain, a
Title Case headline in sentence case, a quote's place in its speaker's area), then news shapes
(a wire or local dateline, a headline and its story after a colon, a place after a sentence's
head, a place on a road between two towns or on the border of two areas, the finest place a
sentence mentions, namesakes told apart by another place the text names), then an address
(:func:`mapper.gazetteer.address.resolve_address`, given this reading for the free-text parts
of an address). Whatever reading placed the text, its answer is then looked at again inside
the township the text names (:mod:`mapper.gazetteer.in_township`). A report is cleaned of
what is not its event's place before most readings (:mod:`mapper.gazetteer.report`). The
lookup, scoring and ranking of each reading are :mod:`mapper.gazetteer.match`'s.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Callable
from contextvars import ContextVar
from dataclasses import replace

from mapper.gazetteer.address import (
    ANCHOR_KINDS,
    JUST_OUTSIDE,
    PARTIAL_NOTE,
    SETTLEMENT_KINDS,
    SETTLEMENT_SCORE,
    SURE_SCORE,
    found_as_written,
    resolve_address,
    resolve_plain_address,
)
from mapper.gazetteer.in_township import (
    MM_BARE_NAME,
    NAME_BEFORE_TOWNSHIP,
    NAMED_TOWN,
    PROJECT_WORD,
    SETTLEMENT_NAMED,
    TOLD_DEED,
    burmese_village_in_township,
    may_name_a_township,
    misspelt_village_in_named_township,
    misspelt_village_in_township,
    namesake_in_named_towns_township,
    namesake_in_named_township,
    township_of,
    village_in_bare_tract,
    village_in_named_tract,
    village_over_site,
)
from mapper.gazetteer.match import (
    _AREA_KINDS,
    _FOREIGN_KINDS,
    _SPECIFIC,
    _TOWN_OR_AREA_KINDS,
    AMBIGUOUS_KM,
    Candidate,
    Resolution,
    _contains,
    _fell_back,
    _fineness,
    _found_surely,
    _km,
    _qualifier_memo,
    _qualifier_of_text,
    _read_as,
    _said_of,
    _tags_of,
)
from mapper.gazetteer.mentions import (
    Mention,
    mentions,
    names_cased,
    reads_as_news,
    sentence_case,
)
from mapper.gazetteer.parts import (
    AREA_KIND_WORD,
    ATTRIBUTION_TAIL,
    CAPACITY,
    DAY_ABBREVIATION,
    FROM_BASE,
    MANNER,
    MONTH,
    NAMED_SETTLEMENT,
    NAMED_VILLAGE,
    SENTENCE_VERBS,
    area_tag_last,
    burmese_name_after_head,
    ends_on_a_great_river,
    header_row_as_fields,
    is_actor_word,
    labelled_record,
    latin_place_in_burmese,
    named_with_kind,
    path_as_address,
    place_field,
    row_places,
    runs_kind_words_on,
    split_parts,
    what_people_said,
    with_burmese_words_in_english,
    without_actors_origin,
    without_dates,
    without_outlet_lead,
    without_pictographs,
    without_result_tail,
    without_speaker_place,
    without_trailing_clause,
)
from mapper.gazetteer.query import (
    capital_of,
    parse,
    route_ends,
)
from mapper.gazetteer.report import cleaned_report
from mapper.gazetteer.searched import searched_names
from mapper.gazetteer.store import Gazetteer, places_column
from mapper.gazetteer.text import from_zawgyi, normalize, scripts
from mapper.gazetteer.words import (
    ARMED_GROUP_NAMES,
    ATTACK_VERBS,
    BURMESE_KIND_WORDS,
    BURMESE_LETTER,
    DIR_WORD,
    NEWS_OUTLETS,
    strip_kind,
)

#: A wire dateline before a report: "YANGON, Jan 4 (Reuters) -", "BANGKOK (AP) —",
#: "MANDALAY, Myanmar (AP) —": where the reporter filed from, not where the event was
_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z .'’\-]+?)(?:,\s*[A-Z][A-Za-z]+)?(?:,?\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?"
    r"\s*\(" + NEWS_OUTLETS + r"\)\s*[-—–]+\s*"
)
#: a dateline with its date, in any case, before a dash: "WAW, 7 JAN - ...", "ye-u, 8 feb
#: (myanmar now) -- ...", "Taze, March 14 – ..." (a place of up to three words)
_DAY_MONTH = (
    r"(?:(?:\d{1,2}\s+(?i:" + MONTH + r")|(?i:" + MONTH + r")\s+\d{1,2})\.?"
    r"|\d{1,2}[./]\d{1,2}[./](?:\d{4}|\d{2})\b|\d{4}-\d{2}-\d{2}\b)"  # ("21.11.2022")
)
_DATED_DATELINE = re.compile(
    r"(?P<place>[A-Za-z][\w'’-]*(?:\s[A-Za-z][\w'’-]*){0,2})"
    r"(?:,\s*(?i:thailand|myanmar|burma|china|india|bangladesh))?"  # ("chiang mai, thailand,")
    r"(?:(?:,\s*"
    + _DAY_MONTH
    + r"|\s*\(\s*"
    + _DAY_MONTH
    + r"\s*\)|\s+[—–]\s+"
    + _DAY_MONTH
    + r")(?:,?\s+\d{4}|\s*\(\d{4}\))?(?:\s*\([^()]{2,40}\))?"
    # (or the outlet alone: "depayin (myanmar now) – ...")
    r"|\s*\((?i:" + NEWS_OUTLETS + r")\))\s*(?:-{1,2}|[—–]|:|/)\s+"
)
#: a dateline of a date, then its place in brackets: "17 february (yangon) - ", "19 JANUARY
#: (YANGON) - "
_DATE_FIRST_DATELINE = re.compile(
    r"\d{1,2}\s+(?i:" + MONTH + r")(?:,?\s+\d{4})?\s*\((?P<place>[A-Za-z][\w'’ -]{1,30})\)"
    r"\s*(?:-{1,2}|[—–]|:)\s+"
)
#: a town by its kind word, then what it lies near: "Kyauktaw town|, north of Sittwe|"
_TOWN_NEAR = re.compile(
    r"(?P<town>\b[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\s+[Tt]own),\s+(?:just\s+|about\s+)?"
    r"(?:on\s+the\s+(?:[\w'’-]+\s+){1,4}?)?"  # ("... town, on the Asian Highway southeast of W")
    r"(?:(?:" + DIR_WORD + r")\s+of|near|close\s+to|outside(?:\s+of)?)\s+[A-Z][^,;.]*"
)
#: a place's field by key, read by ``place_field`` (not "geo_prec=1"): "adm3=T", "loc=V"
_KEYED_FIELD = re.compile(r"(?i)\b(?:admin|adm|loc|location|place|village|township|name)\w*\s*=")
#: the factor on the dateline's place when the report itself names none
DATELINE_FACTOR = 0.4


def resolve(gaz: Gazetteer, text: object, limit: int = 10) -> Resolution:
    """Ranked candidates for ``text`` (best first), or an empty list and a reason."""
    if isinstance(text, str) and text.lstrip()[:1] in _BULLETS and text.strip(_BULLETS + " "):
        # ("• Sagaing - Wetlet: airstrike on ... V village": an item of a list, read alone)
        return replace(resolve(gaz, text.strip().lstrip(_BULLETS + " "), limit), query=text.strip())
    if isinstance(text, str) and "\u200b" in text and text.strip("\u200b \t\n"):
        # (a zero-width space, as copied from MIMU's Burmese names: "ဖလမ်းမြို့နယ်၊ \u200bဒေါထက်ကျေးရွာ")
        return replace(resolve(gaz, text.replace("\u200b", ""), limit), query=text.strip())
    if isinstance(text, str) and "\n" in text and (fields := header_row_as_fields(text)) != text:
        # ("Date | Township | Village | Killed\n18.09.2023 | Sagaing | Tegyi | 2": a table's
        # header and its row, read as the row's labelled fields)
        return replace(resolve(gaz, fields, limit), query=text.strip())
    if isinstance(text, str) and " -- " in text:
        # ("Pauk Township -- Troops burned down V village ...": a dash typed as two hyphens)
        return replace(resolve(gaz, text.replace(" -- ", " — "), limit), query=text.strip())
    if isinstance(text, str) and "inside " in text and (inside := _INSIDE.sub("in ", text)) != text:
        # ("Fighting has continued inside Loikaw, ...": in Loikaw)
        return replace(resolve(gaz, inside, limit), query=text.strip())
    plain = without_pictographs(text) if isinstance(text, str) and not text.isascii() else text
    # ("🆘 houses on fire in V vlg ... pls pray", "landmine blast V vlg T tsp 1 dead ⚠️": a
    # message read as the text it holds; not an emoji between words: "LIVE 🔴 V village")
    found = _resolve(gaz, plain or text, limit)
    unsure = not found.candidates or _fell_back(found) or found.candidates[0].rivals > 0
    if unsure and plain != (spaced := _spaced_pictographs(text)):
        # ("V vlg T tsp now 🆘 pls share", "V vlg T tsp. raid & arson 🔥 6am": every emoji as a
        # space, when that finds more, or tells namesakes apart)
        again = _resolve(gaz, spaced, limit)
        if again.candidates and (
            not found.candidates
            or (_fell_back(found) and not _fell_back(again))
            or (not _fell_back(again) and again.candidates[0].rivals == 0)
        ):
            plain, found = spaced, again
    if plain != text:
        found = replace(found, query=text.strip())
    if (
        isinstance(text, str)
        and "မြို့နယ်" in text
        and MM_BARE_NAME.search(text)
        and _at_an_area(gaz, found)
    ):  # "စော်တုံမှာ ပစ်ခတ်မှုဖြစ်ပွားလို့ ...၊ ဖယ်ခုံမြို့နယ်ထဲမှာပါ။": a village named without its kind word
        found = burmese_village_in_township(gaz, text, resolve) or found
    if (
        (not found.candidates or _fell_back(found))
        and isinstance(text, str)
        and not text.isascii()
        and (address := _burmese_address_in(text))
    ):
        # (a Burmese account or form naming one village with its township, read at no place:
        # "ကျွန်တော်က Tမြို့နယ်၊ Vရွာကပါ။ ...", "၃။ မြို့နယ် - T ... ၅။ ကျေးရွာ - V")
        there = resolve_address(gaz, address, limit, resolve)
        if there.candidates and not _fell_back(there):
            found = Resolution(text.strip(), there.candidates, there.reason)
    if found.candidates and isinstance(text, str) and " " in text:
        found = _myanmar_place_over_foreign(gaz, text, found)
        kind = gaz.records[found.candidates[0].place_id][0] if found.candidates else None
        if kind in ("site", "town") and PROJECT_WORD.search(text) and SETTLEMENT_NAMED.search(text):
            found = village_over_site(gaz, text, found, resolve) or found
            kind = gaz.records[found.candidates[0].place_id][0]
        if _at_an_area(gaz, found) and (
            SETTLEMENT_NAMED.search(text) or NAME_BEFORE_TOWNSHIP.search(text)
        ):
            found = misspelt_village_in_township(gaz, text, found, resolve) or found
            kind = gaz.records[found.candidates[0].place_id][0] if found.candidates else None
        if (
            kind == "village"
            and any(
                note in (found.candidates[0].note or "") for note in (JUST_OUTSIDE, PARTIAL_NOTE)
            )
            and (inside := misspelt_village_in_named_township(gaz, text, found, resolve))
        ):
            return inside  # (a close spelling inside the township the text names)
        if (
            kind in ("village", "village_tract", "township", "town", "district", "state", "site")
            and ("tract" in text or " vt" in text.lower())
            and (in_tract := village_in_named_tract(gaz, text, found, resolve))
        ):
            return in_tract  # (the one in the village tract the text names)
        if (
            kind == "village"
            and found.candidates[0].rivals
            and _BARE_PATH.match(text)
            and (in_tract := village_in_bare_tract(gaz, text, found, resolve))
        ):
            return in_tract  # (the one in the tract a path names bare: "S; T; W; V")
        if (
            kind in ("town", "village", "village_tract", "ward")
            # (a quick look first: the text names the township the place lies in)
            and township_of(gaz, found.candidates[0].place_id).lower() not in text.lower()
            and may_name_a_township(text)
        ):
            # (whatever reading placed it: "UPDATE: ... in V village ... Launglon twp", "#Singu";
            # not an address, whose reading weighs its own township)
            return namesake_in_named_township(gaz, text, found, resolve, address_too=False) or found
        if (
            kind in ("village", "village_tract", "ward")
            # (a quick look first: a town's kind word beside any township's)
            and (low := text.lower()).count("town") > low.count("township")
            and "tract" not in low  # (the tract it names tells its namesakes apart)
            and NAMED_TOWN.search(text)
        ):
            # (a town the text names, when it names no township: "... surrounded V, where we
            # had gone for the harvest ... My husband was taken to Yephyu town.")
            found = namesake_in_named_towns_township(gaz, text, found, resolve) or found
        if found.candidates and found.candidates[0].rivals and reads_as_news(text):
            # (near a place a rule left out: "troops stationed in Myawaddy fired artillery at
            # V village, 6 miles to the southeast")
            return _same_name_near_another_place(gaz, text, found) or found
    return found


def _same_name_near_another_place(
    gaz: Gazetteer, text: str, found: Resolution
) -> Resolution | None:
    """``_namesake_near_another_place`` of ``text`` when it tells apart namesakes of the place
    ``found`` (not of another place the whole text is read as); else None."""
    near = _namesake_near_another_place(gaz, text)
    names = gaz.places["name"]
    name = names.iat[found.candidates[0].place_id]
    if near is None or names.iat[near.candidates[0].place_id] != name:
        # (the namesakes of the place found, when the whole text reads as another place: an
        # account read at its deeds, "... married into Zee Pin Kone. In March the army entered
        # Zee Pin Kone village ... Now I stay with relatives in W, not far from Yesagyo.")
        if township_of(gaz, found.candidates[0].place_id).lower() in text.lower():
            return None  # (its township named: "Ywar Thit village of Meiktila township")
        kind = gaz.records[found.candidates[0].place_id][0]
        named = f"{name} village" if kind in ("village", "village_tract") else name
        near = _namesake_near_another_place(gaz, text, named)
        if near is None or names.iat[near.candidates[0].place_id] != name:
            return None
    return replace(near, query=found.query)


_INSIDE = re.compile(r"\binside\s+(?:of\s+)?(?=[A-Z])")
#: a path of three names or more, separated alike: "Mon State; Paung; Hmaw Bi; Ku Lar Kone"
_BARE_PATH = re.compile(
    r"^[A-Z][\w'’ -]*(?:;\s*[A-Z][\w'’ -]*){2,}$|^[A-Z][\w'’ -]*(?:,\s*[A-Z][\w'’ -]*){2,}$"
)
#: the marks that open a list's items
_BULLETS = "•▪◦●■‣⁃"


def _spaced_pictographs(text: object) -> object:
    """``text`` with every emoji in it as a space (``text`` itself when it is no text)."""
    if not isinstance(text, str) or text.isascii():
        return text
    return without_pictographs(text, between_words=True) or text


#: the kinds of a Myanmar place a text names that stand before a place abroad it also names
_MYANMAR_PLACE_KINDS = frozenset({"town", "village", "village_tract", "ward", "township", "site"})


def _myanmar_place_over_foreign(gaz: Gazetteer, text: str, found: Resolution) -> Resolution:
    """``found``, or when it is a place abroad, the Myanmar place the text also names, found
    surely ("Refugees reaching Champhai, Mizoram said junta jets had bombed Tedim town in Chin
    State": Tedim; "shells from fighting in Laukkaing landed in Nansan": Laukkaing): where
    people fled to, what was hit across the border or where a writer lives is no place of the
    fighting in Myanmar."""
    records = gaz.records
    first = records[found.candidates[0].place_id]
    if first[0] not in _FOREIGN_KINDS and not (first[0] == "country" and first[9] != "MM"):
        return found  # (a place abroad, or a country not Myanmar: "Thailand cut the power ...")
    abroad = gaz.places["name"].iat[found.candidates[0].place_id]
    for mention in mentions(gaz, text):
        if mention.text.strip() == text.strip():
            continue
        there = _found_surely(resolve_address(gaz, mention.text, 1, resolve))
        if there is None or there.rivals or records[there.place_id][0] not in _MYANMAR_PLACE_KINDS:
            continue
        note = f"the place in Myanmar the text names, not {abroad} abroad"
        return Resolution(text.strip(), [replace(there, note=note)], found.reason)
    return found


#: a kind word's abbreviation (or "village") glued to the name before it, in a message:
#: "konevlg", "hlaingbwetsp", "MADAUNGHLAVLG" (not "MaungdawTsp": ``parts.runs_kind_words_on``)
_GLUED_KIND_WORD = re.compile(
    r"(?<=[a-z])(?:vlg|tsp|twp)\b|(?<=[A-Z]{3})(?:VLG|TSP|TWP)\b"
    # ("burned ngarhpyetvillage kani tsp", "raid on V village padaungtownship")
    r"|(?<=[a-z]{4})(?:village|township)\b"
)
#: a letter right before a kind word's abbreviation (or "village"), looked for before
#: ``_GLUED_KIND_WORD`` (a quick look: one regular expression, not a scan for each word)
_GLUED_KIND_LOOK = re.compile(r"[A-Za-z](?:vlg|tsp|twp|VLG|TSP|TWP|village|township)")
#: a mark of a log's path, key, record or table (``parts.path_as_address``,
#: ``parts.place_field``)
_LOG_MARK = re.compile("[→>›»/=\n;]")


def _resolve(gaz: Gazetteer, text: object, limit: int) -> Resolution:
    # (Burmese letters looked for once: the rules of mixed Burmese and English text need them)
    burmese = isinstance(text, str) and not text.isascii() and bool(BURMESE_LETTER.search(text))
    if (
        isinstance(text, str)
        and _LOG_MARK.search(text)
        and (address := path_as_address(place_field(text))) != text
    ):  # "[Kayin > Kawkareik > V] arson", "Wetlet Tsp → V: airstrike": the place, then its areas
        return replace(_resolve(gaz, address, limit), query=text.strip())
    if burmese and (plain := resolve_plain_address(gaz, text, limit)):
        return plain  # "Vကျေးရွာ၊ T Township": a Burmese plain address, read as one at once
    if (
        burmese
        and _LATIN_WORD.search(text)
        and (english := _burmese_names_in_english(gaz, text)) != text
    ):  # "Daw X, the administrator of V village, ဆီဆိုင်မြို့နယ်, was arrested"
        return replace(resolve(gaz, english, limit), query=text.strip())
    if (
        burmese
        and _LATIN_WORD.search(text)
        and (address := _burmese_names_as_address(text)) is not None
    ):  # "Airstrike to ကုန်းညောင် village, ကွတ်ခိုင် မြို့နယ်, Shan State": a Burmese address
        found = resolve_address(gaz, address, limit, resolve)
        if found.candidates and not _fell_back(found):
            return replace(found, query=text.strip())
    if (
        burmese
        and _BURMESE_SENTENCE_WORD.search(text)
        and (address := _latin_names_as_address(text)) is not None
    ):  # "Letpadan မြို့နယ် Yae Ngan ရွာကို ... လေကြောင်းတိုက်ခိုက်ခဲ့သည်": V village, T Township
        found = resolve_address(gaz, address, limit, resolve)
        if found.candidates and not _fell_back(found):
            return replace(found, query=text.strip())
    if (
        burmese
        and _BURMESE_SENTENCE_WORD.search(text)  # (a sentence: not "Vကျေးရွာ, T Township")
        and _LATIN_NAME_WITH_KIND.search(text)
        and (burmese := _english_names_in_burmese(gaz, text)) != text
    ):  # "... Minbya Township ရှိ ဆင်အိုးကျေးရွာကို ...": a Burmese sentence read in Burmese
        return replace(resolve(gaz, burmese, limit), query=text.strip())
    if (
        isinstance(text, str)
        and _GLUED_KIND_LOOK.search(text)
        and (apart := _GLUED_KIND_WORD.sub(lambda glued: f" {glued.group()}", text)) != text
    ):  # "yae sin konevlg,taungootwp": the kind words apart from the names they are glued to
        return replace(_resolve(gaz, apart, limit), query=text.strip())
    if isinstance(text, str) and not burmese and (plain := resolve_plain_address(gaz, text, limit)):
        return plain  # "V village, T Township": no report's rule finds more in it
    if (
        isinstance(text, str)
        # (a row between tabs alone too, names joined by hyphens: "V-T-Magway", and parts run
        # into their kind words: "MaungdawTsp,NgaKhuYaVillage")
        and (
            " " in text
            or "=" in text
            or "\t" in text
            or "_" in text
            or text.count("-") > 1
            or ("," in text and runs_kind_words_on(text))
        )
        and (shaped := _report_shape(gaz, text, limit))
    ):
        return shaped
    if isinstance(text, str) and not text.isascii() and (plain := _unaccented(text)) != text:
        # "Airstrike Hits Möng Pang Village In ...", "... in Sagaing Region’s X Township": read
        # in plain letters and quotes (as names are looked up), so the sentence's reading applies
        return replace(resolve(gaz, plain, limit), query=text.strip())
    found = _read_as_written(gaz, text, limit)
    if (
        isinstance(text, str)
        and " " in text
        and _latin(text)
        and (
            _in_one_case(text)
            # (or a name in lower case before its kind word, in text read at an area: "soldiers
            # entered chaing vlg (Kani tsp) this morning")
            or (_at_an_area(gaz, found) and _LOWER_NAME_BEFORE_KIND.search(text))
        )
    ):
        return _read_in_case(gaz, text, found, limit)
    return found


def _at_an_area(gaz: Gazetteer, found: Resolution) -> bool:
    """Whether ``found`` places nothing finer than an area: no answer, the area its qualifiers
    name, a township, district or state, or a town (the seat of the township named)."""
    return (
        not found.candidates
        or _fell_back(found)
        or gaz.records[found.candidates[0].place_id][0] in (*_AREA_KINDS, "town")
    )


#: a name in lower case before a settlement's kind word ("chaing vlg", "samyin village"; not
#: "the village", "a nearby village")
_LOWER_NAME_BEFORE_KIND = re.compile(
    r"\b(?!(?:the|a|an|this|that|their|our|his|her|its|my|same|nearby|neighbouring|neighboring"
    r"|burned|burnt|whole|entire|each|every|one|two|three|four|five|several|other|another"
    r"|small|large|big|remote|home|native|next|host|border)\b)[a-z][a-z'’-]+\s+(?:vlg|village"
    r"|town)\b"
)


#: the texts being read again in another case, so that a reading that cases a text back to one
#: already being read stops (" 2024-09-14 clash CNA vs SAC" went between two casings without end)
_RECASING: ContextVar[frozenset[str]] = ContextVar("recasing", default=frozenset())


def _recased(gaz: Gazetteer, cased: str, limit: int) -> Resolution:
    """``resolve`` of a text cased anew, with no answer when that text is already being read."""
    reading = _RECASING.get()
    if cased in reading:
        return Resolution(cased, reason="read in another case already")
    token = _RECASING.set(reading | {cased})
    try:
        return resolve(gaz, cased, limit)
    finally:
        _RECASING.reset(token)


def _read_as_written(gaz: Gazetteer, text: object, limit: int) -> Resolution:
    """The answer for ``text`` as it is written (a headline in Title Case read as a sentence,
    a label's story, a quote's place in its speaker's area ...)."""
    if isinstance(text, str) and " " in text and _latin(text):
        if (cased := sentence_case(text)) != text:  # "1 Killed as Regime Shells X Village"
            found = _recased(gaz, cased, limit)
            written = None
            if " In " in text and found.candidates:
                # "Resistance Forces Attack Kya In Seik Gyi Town": a name holding the word,
                # not a village "Seik Gyi" in the town "Kya"
                written = _resolve_text(gaz, text, limit)
                if _named_with_in(gaz, text, written):
                    return _namesakes_told_apart(gaz, text, written)
            if found.candidates and not _fell_back(found):
                return replace(found, query=text.strip())  # (else read as written)
            written = written or _resolve_text(gaz, text, limit)
            if _finer(gaz, found, written):  # "Military Column burns Homes in | X Village"
                return replace(found, query=text.strip())
            if _as_sure(found, written) and _fell_back(written):
                # both read past a sentence to a town: the sentence's reading knows where its
                # place's name starts ("PDF raids Police Station in | Thonze Town, ...")
                return replace(found, query=text.strip())
            return _namesakes_told_apart(gaz, text, written)
        if ": " in text and (near := _LANDMARK_LABEL.match(text)):
            # "Near Paungde: clashes at X village in Nattlin Township ...": the story's place,
            # near the place its label names (not in it)
            story = text[near.end() :]
            found = _resolve_text(gaz, story, limit)
            if _places_it(gaz, found):
                return _read_once_as(text, *_near_landmark(gaz, found, story, near[1], limit))
        if (
            ": " in text
            and " | " not in text
            and (story := _place_in_story_after_colon(gaz, text, limit))
        ):
            return story
        if text[:1] in _QUOTES and (quoted := _QUOTE_FROM.match(text)):
            if (
                " in " in quoted["area"]
                and AREA_KIND_WORD.search(quoted["area"])
                and (found := _placed_as(gaz, text, quoted["area"], limit))
            ):
                # '"...," said Ma Thida, a teacher from X in Y Township, Bago Region': the
                # speaker's village in the area the text gives it
                return found
            # '"We had no time to run," a woman from Kan Thit told Myanmar Now after drones
            # bombed the village in Pale Township': the speaker's village, in the township the
            # rest names
            township = AREA_KIND_WORD.search(quoted["tail"] or "")
            home = f"{quoted['area'].strip()}, {township.group()}" if township else None
            if home and (found := _placed_as(gaz, text, home, limit)) is not None:
                return found
            # '"Soldiers entered Tha Nga ...," a villager from Paungbyin Township said': the
            # quote's place, in the area its speaker is from
            said = f"{quoted['quote'].strip()}, {quoted['area'].strip()}"
            if (found := _placed_as(gaz, text, said, limit)) is not None:
                return found
    return _namesakes_told_apart(gaz, text, _resolve_text(gaz, text, limit))


#: an acronym in capitals ("LID 88 troops still inside kan hpyu vlg"), which text otherwise in
#: lower case keeps
_ACRONYM = re.compile(r"\b[A-Z]{2,6}\b")
_CAPITAL_THEN_SMALL = re.compile(r"[A-Z][a-z]")
#: a unit or a time's suffix after a number, which text in capitals may write small ("SAC JET
#: ATTACK 9pm", "15km")
_SMALL_AFTER_NUMBER = re.compile(r"(?<=\d)\s?(?:am|pm|a\.m\.|p\.m\.|km|hrs?|th|st|nd|rd)\b")


def _in_one_case(text: str) -> bool:
    """Whether ``text`` is written all in capitals, or all in lower case but its acronyms and
    its first letter ("The fighting was at oke shit kone village near takaung town")."""
    if text.islower() or text.isupper() or _SMALL_AFTER_NUMBER.sub("", text).isupper():
        return True
    if text[:1].isupper() and text[1:2].islower():
        text = text[:1].lower() + text[1:]
    # (a capital before a small letter is a word in Title or sentence case: a quick look
    # first, as most text has one at its start)
    return not _CAPITAL_THEN_SMALL.search(text) and _ACRONYM.sub("", text).islower()


#: words after a village's township and its kind word, in lower case: "kaing ma gyi vlg
#: yesagyo tsp | old ppl burned"
_WORDS_AFTER_AREA_WORD = re.compile(
    r"(?P<head>\b(?:vlg|vill?|village|vilage)\s+(?:[a-z'-]+\s+){1,3}(?:tsp|twp|township|tship"
    r"|twsp))\s+(?=[a-z])"
)


def _read_in_case(gaz: Gazetteer, text: str, found: Resolution, limit: int) -> Resolution:
    """A text all in lower case or all in capitals read again with its sentences' first words
    and its places' names capitalised, as the rest of the reading expects ("they fled after
    troops entered nyin maw village, launglon township"; a paragraph in capitals): that
    reading when ``found`` places nothing, or when the text has sentences and that reading
    places a finer or surer place (the village a story names, not its dateline); else
    ``found``."""
    long_text = ". " in text or "\n" in text or len(text.split()) >= MIN_WORDS_RECASED
    # (text in mixed case is here for a name in lower case before its kind word: read again)
    mixed = not _in_one_case(text)
    # (or words after a township's kind word, which the reading as written takes into the
    # township's name: "kaing ma gyi vlg yesagyo tsp | old ppl burned")
    run_on = _WORDS_AFTER_AREA_WORD.search(text) is not None
    if (
        found.candidates
        and not _fell_back(found)
        and not (long_text or text.isupper() or mixed or run_on)
    ):
        return found
    if text.isupper() and len(text.split()) < MIN_CAPITALS_RECASED:
        return found  # (a name or an address in capitals: read as written)
    lower = text.lower()
    if run_on:  # (the township's part ends at its kind word: "yesagyo tsp, old ppl burned")
        lower = _WORDS_AFTER_AREA_WORD.sub(r"\g<head>, ", lower)
    cased = names_cased(gaz, lower)
    if cased == text:
        return found
    again = _recased(gaz, cased, limit)
    if not again.candidates or (_fell_back(again) and found.candidates):
        # (the area a cased reading falls back to, when the text as written names nothing:
        # "we heard jets over lashio town, the market in lashio burned")
        return found
    if (
        found.candidates
        and again.candidates[0].place_id != found.candidates[0].place_id
        and _in_area_named(gaz, cased, again.candidates[0].place_id)
        and not _in_area_named(gaz, cased, found.candidates[0].place_id)
    ):
        # (the reading cased lies in the township the text names, the one as written does
        # not: "pawtkan village in nyaung u tsp burned": not a Hpawt Kan ward of Yangon)
        return replace(again, query=text.strip())
    if (
        found.candidates
        and not _fell_back(found)
        and not _finer(gaz, again, found)
        and (
            again.candidates[0].score <= found.candidates[0].score
            # (the same place, unless the reading as written left its namesakes untold)
            or (
                again.candidates[0].place_id == found.candidates[0].place_id
                and not found.candidates[0].rivals
            )
        )
    ):
        return found  # (the reading as written places it as finely and as surely)
    return replace(again, query=text.strip())


#: the fewest words of a text in lower case read again with its places capitalised even when
#: it places something as written (a dateline: "pakokku, magway region — fighting broke out
#: near X village in Y township")
MIN_WORDS_RECASED = 8
#: the fewest words of a text in capitals read again in sentence case (a paragraph, not a name
#: nor an address: "HSUT IN VILLAGE, LASHIO TOWNSHIP" is read as written)
MIN_CAPITALS_RECASED = 12


_QUOTES = "\"“‘'"
#: the verbs that end a quote's attribution without an object ("..., | he said", "she added")
_SAYING_VERB = r"(?:said|says|added|recalled)"
#: a quote, then who said it and where they are from ("... a resident of the Demoso Township
#: village told reporters": a village of Demoso Township)
_QUOTE_FROM = re.compile(
    r"^[\"“‘'](?P<quote>[^\"”’]+?)[,.]?[\"”’'],?\s+(?:said\s+(?:[A-Z][\w'’.-]*\s+){0,3}?"
    r"(?:[A-Z][\w'’.-]*,\s+)?)?(?:an?|one|the|two|some)\s+"
    r"(?:[a-z\-]+\s+){0,3}?(?:from|of|in)\s+(?:the\s+)?(?P<area>[A-Z][^\"”]*?)"
    r"(?:\s+village)?(?P<tail>,?\s+(?:(?:said|told)\b.*|" + _SAYING_VERB + r"))?\.?$"
)


#: a Burmese name with its kind word, in a text written in Latin letters ("In မြောက်ဦးမြို့နယ်
#: ၏ Kyauk Kyat village", "Nawng Ta Bang village, ဆီဆိုင်မြို့နယ်, was ...")
_BURMESE_NAMED = re.compile(
    r"([\u1000-\u109f]+?)\s?(မြို့နယ်|ကျေးရွာအုပ်စု|ကျေးရွာ|ရွာ|မြို့|ပြည်နယ်|တိုင်းဒေသကြီး)"
    r"(?![\u1000-\u109f])\s*၏?"
)
#: a Burmese name before an English kind word: "Airstrike to | ရကန် village|, ..."
_BURMESE_NAME_ENGLISH_KIND = re.compile(r"([\u1000-\u109f]+)\s+(village|town|township)\b")
#: a Burmese kind word alone after a name in Latin letters: "Thit Khauk Taung ကျေးရွာ"
_BURMESE_KIND_AFTER_LATIN = re.compile(
    r"(?<=[A-Za-z])\s+(မြို့နယ်|ကျေးရွာအုပ်စု|ကျေးရွာ|ရွာ|မြို့|ပြည်နယ်|တိုင်းဒေသကြီး)(?![\u1000-\u109f])"
)
#: a Latin word of two letters or more
_LATIN_WORD = re.compile(r"[A-Za-z]{2,}")


def _burmese_names_in_english(gaz: Gazetteer, text: str) -> str:
    """``text``, written in Latin letters, with each Burmese name in it given with its kind word
    in English where the gazetteer spells the places of that name and kind one way ("Tha Hpan
    Kaing village, မတ္တရာမြို့နယ်, was arrested": "..., Madaya Township, was arrested"), so the
    sentence reads as an English one; ``text`` itself unless every Burmese name is so given."""
    if len(_LATIN_WORD.findall(text)) < 3:
        return text  # (Burmese text with a few English words is read as Burmese)

    def in_english(named: re.Match[str]) -> str:
        kind, word = BURMESE_KIND_WORDS[named[2]]
        spelt = _one_spelling(gaz, named[1], kind, "name")
        return f"{spelt} {word} " if spelt else named[0]

    def english_kind(named: re.Match[str]) -> str:
        spelt = _one_spelling(gaz, named[1], named[2], "name")
        word = "Township" if named[2] == "township" else named[2]
        return f"{spelt} {word}" if spelt else named[0]

    # (the Burmese words of who acted in English first: "|စစ်ကောင်စီ| troops raided ...")
    kinds = with_burmese_words_in_english(text)
    kinds = _BURMESE_KIND_AFTER_LATIN.sub(lambda kind: f" {BURMESE_KIND_WORDS[kind[1]][1]}", kinds)
    kinds = _BURMESE_NAME_ENGLISH_KIND.sub(english_kind, kinds)  # ("ရကန် village": Ra Kan)
    english = _BURMESE_NAMED.sub(in_english, kinds).strip()
    # (all of it, or none: a Burmese name left beside English ones reads worse than before)
    return text if BURMESE_LETTER.search(english) else english


def _burmese_names_as_address(text: str) -> str | None:
    """The village (or town) and township an English text names in Burmese, with English kind
    words or Burmese ones set apart, as a Burmese address ("Airstrike to ကုန်းညောင် village,
    ကွတ်ခိုင် မြို့နယ်, Shan State": "ကုန်းညောင်ကျေးရွာ၊ ကွတ်ခိုင်မြို့နယ်"); None unless it names
    one of each."""
    addresses = _BURMESE_VILLAGE_ADDRESS.findall(text)
    if len(addresses) == 1:
        # (or written as a Burmese address: "junta column burned down | မလေးကျောက်ရွာ၊
        # ဖာပွန်မြို့နယ်|. about 80 houses burnt")
        return f"{addresses[0][0]}ကျေးရွာ၊ {addresses[0][1]}မြို့နယ်"
    settlements = _BURMESE_NAME_ENGLISH_KIND.findall(text)
    townships = _BURMESE_TOWNSHIP_APART.findall(text)
    if len(settlements) != 1 or len(townships) != 1 or settlements[0][1] == "township":
        return None
    name, kind = settlements[0]
    return f"{name}{'ကျေးရွာ' if kind == 'village' else 'မြို့'}၊ {townships[0]}မြို့နယ်"


def _latin_names_as_address(text: str) -> str | None:
    """The village and township a Burmese sentence names in Latin letters, each with its kind
    word ("Letpadan မြို့နယ် Yae Ngan ရွာကို ...": "Yae Ngan village, Letpadan Township"); None
    unless it names one of each."""
    named = {"township": [], "village": []}
    for found in _LATIN_NAME_WITH_KIND.finditer(text):
        kind = found["kind"].lower()
        if kind in ("township", "မြို့နယ်"):
            named["township"].append(found["name"])
        elif kind in ("village", "ရွာ", "ကျေးရွာ"):
            named["village"].append(found["name"])
    # (the township said kind word first, in a code-switched answer: "Township က Myinmu ပါ")
    named["township"] += _LATIN_TOWNSHIP_SAID_FIRST.findall(text)
    if len(named["township"]) != 1 or len(named["village"]) != 1:
        # (or the one village named right before its township: "V ရွာ, T မြို့နယ်. ... We stayed
        # in W ရွာ after that.")
        pairs = _LATIN_VILLAGE_THEN_TOWNSHIP.findall(text)
        return f"{pairs[0][0]} village, {pairs[0][1]} Township" if len(pairs) == 1 else None
    return f"{named['village'][0]} village, {named['township'][0]} Township"


#: a township's name in Latin letters after its kind word and a Burmese topic mark: "Q:
#: Township? A: |Township က Myinmu| ပါ။"
_LATIN_TOWNSHIP_SAID_FIRST = re.compile(
    r"\b(?i:township)\s*(?:ကတော့|က)\s*([A-Z][\w'’-]*(?:[ -][A-Z][\w'’-]*){0,2})"
)
#: a village and its township, named in Latin letters with Burmese kind words: "Si Kwin ရွာ,
#: Lemyethna မြို့နယ်"
_LATIN_VILLAGE_THEN_TOWNSHIP = re.compile(
    r"([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})\s*(?:ကျေးရွာ|ရွာ)\s*[,၊]\s*"
    r"([A-Z][\w'’-]*(?:[\s-][A-Z][\w'’-]*)?)\s*မြို့နယ်"
)


#: a Burmese village's name and its township's, as an address: "မလေးကျောက်ရွာ၊ ဖာပွန်မြို့နယ်"
_BURMESE_VILLAGE_ADDRESS = re.compile(
    r"([\u1000-\u1049\u104c-\u109f]+?)(?:ကျေးရွာ|ရွာ)[၊,]\s?([\u1000-\u1049\u104c-\u109f]+?)မြို့နယ်"
)
#: a Burmese township's name, then its village's, as an address: "ဖာပွန်မြို့နယ်၊ ဘဲစောလော်ရွာ"
_BURMESE_TOWNSHIP_THEN_VILLAGE = re.compile(
    r"([\u1000-\u1049\u104c-\u109f]+?)မြို့နယ်[၊,]\s?([\u1000-\u1049\u104d-\u109f]+?)"
    # (its other name in brackets: "မြို့သူကြီး (ရာဇာဘီ)ရွာ")
    r"(?:\s?\([\u1000-\u1049\u104c-\u109f]+\))?(?:ကျေးရွာ|ရွာ)"
    # (its name's end: a case ending, a mark or a space; not "ဆင်|ရွာ|ကြီးကျေးရွာ၌")
    r"(?=[\s၊။,၌]|မှာ|ကို|ကပါ|က[\s၊။]|တွင်|ပါ|$)"
)
#: a Burmese township's name, then a name with a case ending: "ရေနံချောင်းမြို့နယ် နဂါးရွာသစ်ကို"
_BURMESE_TOWNSHIP_THEN_NAME = re.compile(
    r"([\u1000-\u1049\u104c-\u109f]+?)မြို့နယ်[၊,]?\s([\u1000-\u1049\u104d-\u109f]+?)"
    r"(?:ကို|မှာ|တွင်|၌)(?=[\s။]|$)"
)
#: a speaker of a village, in Burmese: "ကျွန်တော်က |လေးဒေါင့်ကန်|ရွာသားပါ" (I am of V village)
_BURMESE_VILLAGER_OF = re.compile(r"([\u1000-\u1049\u104c-\u109f]+?)(?:ကျေး)?ရွာသား")
#: a Burmese township named with its kind word: "|မင်္ဂလာဒုံ|မြို့နယ်"
_BURMESE_TOWNSHIP_NAMED = re.compile(r"([\u1000-\u1049\u104c-\u109f]+?)မြို့နယ်")
#: a Burmese form's fields of the township and the village: "၃။ မြို့နယ် - T", "၅။ ကျေးရွာ - V"
_BURMESE_TOWNSHIP_FIELD = re.compile(r"(?m)^[^\n]{0,6}မြို့နယ်\s*[-–:]\s*([\u1000-\u109f]+)\s*$")
_BURMESE_VILLAGE_FIELD = re.compile(r"(?m)^[^\n]{0,6}(?:ကျေး)?ရွာ\s*[-–:]\s*([\u1000-\u109f]+)\s*$")


def _burmese_address_in(text: str) -> str | None:
    """The one village and township a Burmese text names, as a Burmese address: in a form's
    fields, or written as an address either way round; None unless it names just one."""
    townships = _BURMESE_TOWNSHIP_FIELD.findall(text)
    villages = _BURMESE_VILLAGE_FIELD.findall(text)
    if len(townships) == 1 and len(villages) == 1:
        return f"{villages[0]}ကျေးရွာ၊ {townships[0]}မြို့နယ်"
    named = {(v, t) for v, t in _BURMESE_VILLAGE_ADDRESS.findall(text)}
    named |= {(v, t) for t, v in _BURMESE_TOWNSHIP_THEN_VILLAGE.findall(text)}
    if not named and "တို့ရွာ" in text and (own := _BURMESE_VILLAGER_OF.search(text)):
        # (the speaker's own village, which "our village" is: "ကျွန်တော်က Vရွာသားပါ။
        # Tမြို့နယ်ထဲမှာပါ။ ... ကျွန်တော်တို့ရွာကို ဝင်စီးတယ်။")
        townships = set(_BURMESE_TOWNSHIP_NAMED.findall(text))
        if len(townships) == 1:
            return f"{own[1]}ကျေးရွာ၊ {townships.pop()}မြို့နယ်"
    if not named and len(bare := set(_BURMESE_TOWNSHIP_THEN_NAME.findall(text))) == 1:
        # (or its name holding its kind word within, after the township and a space:
        # "ရေနံချောင်းမြို့နယ် နဂါးရွာသစ်ကို ... မီးရှို့", Na Gar Ywar Thit)
        ((township, village),) = bare
        return f"{village}၊ {township}မြို့နယ်"
    if len(named) != 1:
        return None
    ((village, township),) = named
    return f"{village}ကျေးရွာ၊ {township}မြို့နယ်"


#: a Burmese township's name, its kind word in Burmese or English: "ကွတ်ခိုင် မြို့နယ်"
_BURMESE_TOWNSHIP_APART = re.compile(r"([\u1000-\u109f]+?)\s?(?:မြို့နယ်|\s(?i:township)\b)")


def _one_spelling(gaz: Gazetteer, name: str, kind: str, column: str) -> str | None:
    """How ``column`` ("name", "name_mm") spells the places of ``kind`` that ``name`` names,
    when it spells them one way (but for namesakes with a part in brackets: "ညောင်ကိုင်း
    (အရှေ့)"); else None."""
    hits = gaz.exact.get(normalize(name), ())
    spelt_as = places_column(gaz, column)
    spellings = {spelt_as[pid] for pid, _ in hits if gaz.records[pid][0] == kind}
    spellings.discard(None)
    spellings = {spelt for spelt in spellings if "(" not in spelt} or spellings
    return spellings.pop() if len(spellings) == 1 else None


#: a name in Latin letters with its kind word, in a Burmese sentence
_LATIN_NAME_WITH_KIND = re.compile(
    r"\b(?P<name>[A-Z][\w'’-]*(?:[ -][A-Z][\w'’-]*){0,3})\s*(?P<kind>(?i:township|town|village)\b"
    r"|မြို့နယ်|ကျေးရွာ|ရွာ|မြို့)"
)
#: each English kind word's kind in the gazetteer and its Burmese word
_ENGLISH_KIND_WORDS = {
    "township": ("township", "မြို့နယ်"),
    "town": ("town", "မြို့"),
    "village": ("village", "ကျေးရွာ"),
    "မြို့နယ်": ("township", "မြို့နယ်"),
    "မြို့": ("town", "မြို့"),
    "ကျေးရွာ": ("village", "ကျေးရွာ"),
    "ရွာ": ("village", "ရွာ"),
}


_BURMESE_CHARACTER = re.compile("[\u1000-\u109f]")
#: the words of a Burmese sentence, not of an address: case endings, verbs' endings
_BURMESE_SENTENCE_WORD = re.compile("ကို|တွင်|မှာ|၌|ရှိ|သည်|ခဲ့|လို့|တယ်")


def _english_names_in_burmese(gaz: Gazetteer, text: str) -> str:
    """``text``, a Burmese sentence, with each name in it in Latin letters with its kind word
    given in Burmese where the gazetteer spells the places of that name and kind one way
    ("၂၀၂၁ ... Minbya Township ရှိ ဆင်အိုးကျေးရွာကို ...": "... မင်းပြားမြို့နယ် ရှိ ..."); ``text``
    itself unless the sentence is mostly Burmese and every such name is so given."""
    if len(_BURMESE_CHARACTER.findall(text)) < sum(map(len, _LATIN_WORD.findall(text))):
        return text  # (English text with a Burmese name is read as English)

    def in_burmese(named: re.Match[str]) -> str:
        kind, word = _ENGLISH_KIND_WORDS[named["kind"].lower()]
        spelt = _one_spelling(gaz, named["name"], kind, "name_mm")
        return f"{spelt}{word}" if spelt else named[0]

    burmese = _LATIN_NAME_WITH_KIND.sub(in_burmese, text)
    if _LATIN_NAME_WITH_KIND.search(burmese):
        return text
    # (its kind word joined to the word of where after it: "Mingin Township ထဲက Vရွာကို":
    # "မင်းကင်းမြို့နယ်ထဲက Vရွာကို", in the township)
    return _SPACE_BEFORE_IN.sub("", burmese)


#: a space between a township's kind word and "in" after it: "မြို့နယ်| |ထဲက"
_SPACE_BEFORE_IN = re.compile("(?<=မြို့နယ်)\\s+(?=ထဲ|ရှိ)")


def _unaccented(text: str) -> str:
    """``text`` in plain ASCII letters, quotes and hyphens when it is Latin text with accents,
    typographic quotes or a dash joining words ("Möng Pang", "Region’s", "Lashio–Muse"), else
    ``text`` itself (Burmese, or other letters)."""
    if BURMESE_LETTER.search(text):  # (a quick look: no mark dropped makes it Latin)
        return text
    plain = unicodedata.normalize("NFKD", text.translate(_PLAIN_QUOTES))
    plain = "".join(ch for ch in plain if not unicodedata.combining(ch))
    plain = _JOINING_DASH.sub("-", plain)  # "the Lashio–Muse Highway": a hyphen
    return plain if _latin(plain) else text


#: a dash joining two words (the ends of a road), not one between clauses
_JOINING_DASH = re.compile(r"(?<=\w)[–—](?=\w)")
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
    if (
        found.candidates
        and isinstance(text, str)
        and may_name_a_township(text)
        and reads_as_news(text)
    ):
        return namesake_in_named_township(gaz, text, found, resolve) or found
    return found


def _paragraph_place(gaz: Gazetteer, text: str, limit: int) -> Resolution | None:
    """The place of a paragraph of sentences ("The KNLA said the column left Ye on Monday. It
    then shelled Kyonlaung village in Ye Township, killing 5 civilians."): the finest place a
    sentence naming one places (a village before a town, the first of equals), read in a
    township another sentence names ("Regime jets bombed Pauk Township. "They hit Kokkozu
    village twice," a resident said."); None when the text is one sentence or none places it."""
    sentences = [
        _unbracketed(piece.strip(' "“”'))
        for item in _items_or_story(text)
        for s in _SENTENCE_END.split(item)
        if s.strip(' "“”()')
        for piece in _quote_and_attribution(s)
    ]
    if len(sentences) < 2:
        return None
    # a list of events, one a clause between semicolons, dated or each capitalised
    # ("2021-03-27: shelling, Meiktila town — 5 killed; Laung Shey village, Khin-U Township –
    # raid"; not "... in Palaw; one ambush hit ..."): the first whose place is told whole (a
    # town, or a place with its own township) is the line's
    listed = (
        text.count("; ") == len(sentences) - 1
        and not _SENTENCE_MARK.search(text)
        and (
            _ENTRY_DATE.match(text) is not None
            or all(clause[:1].isupper() for clause in text.split("; ")[1:])
        )
    )
    best: tuple[tuple, str, Resolution] | None = None
    placed: list[tuple[tuple, str, Resolution]] = []
    for index, sentence in enumerate(sentences):
        if (
            # (a sentence in lower case by its kind word: "... shelled chaung hna khwa vil.,
            # kyaikmaraw twp around 9 pm.")
            not (
                _NAMES_A_PLACE.search(sentence)
                or sentence.islower()
                and _KIND_WORD_IN_LOWER_CASE.search(sentence)
            )
            or _ONLY_WHERE_THEY_WENT.match(sentence)
            or _ONLY_WHERE_FROM.match(sentence)
            or sentence.startswith("Not to be confused")  # (an encyclopedia's namesake)
            # (what a report could not verify: "The Mission could not verify the alleged attack
            # on A.")
            or _UNVERIFIED.search(sentence)
            # (nor only the base troops left: "Junta forces pulled back from their base in
            # Chauk this week")
            or (" base" in sentence and not _NAMES_A_PLACE.search(FROM_BASE.sub("", sentence)))
        ):
            continue
        areas = [
            m.group()
            for other in sentences
            if other is not sentence and not listed and not _OWN_TOWNSHIP.search(sentence)
            for m in _NAMED_TOWNSHIP.finditer(other)
            if m.group() not in sentence
        ]
        said = _TOLD_TAIL.sub("", ATTRIBUTION_TAIL.sub("", _unquoted(sentence).rstrip(".")))
        said = _SAID_AT_END.sub("", said)  # "a mother from Ku Seik | said"
        if areas:  # (how it was hit ends it before the area put after it: "... shelled Si
            said = _MANNER_AT_END.sub("", said)  # Thar | without warning")
        read = ", ".join([said.rstrip(" ,"), *areas[:1]])  # (a quote's comma: "... were hit,")
        found = resolve(gaz, read, limit)
        if (
            areas
            and found.candidates
            and _at_an_area(gaz, found)
            and _places_it(gaz, alone := resolve(gaz, said, limit))
            and not _at_an_area(gaz, alone)
            and _contains(gaz, found.candidates[0].place_id, alone.candidates[0].place_id)
        ):
            # (the sentence alone, when it places more than with the area put after it, in that
            # area: "In V village, about 7 km north of T town, troops shot dead a farmer|, T
            # Township|")
            read, found = said, alone
        if not _places_it(gaz, found):
            continue
        if not areas and (near_town := _near_a_town_named(gaz, sentences, sentence, found)):
            read, found = f"{said}, {near_town[0]}", near_town[1]
        # (a place found as named before one found by a close spelling: "... their base in
        # Shadaw. Shells fell on Ye-Yo village, Loikaw Township": not a village like Shadaw;
        # then the surer: "Fighting broke out near Kyaukse ... 'They shelled X village in
        # Myingyan Township'": not a Kyauk Se village just outside Myingyan)
        kind = gaz.records[found.candidates[0].place_id][0]
        # (a village tract as fine as a village: a bare name is read as the tract of its name)
        fineness = -1 if kind == "village_tract" else _fineness(kind)
        whole = listed and (  # (not an area alone: "Troops Torch Homes in T Township; X
            kind == "town"  # Village Left Deserted")
            or (_fineness(kind) < _SPECIFIC["township"] and _OWN_TOWNSHIP.search(sentence))
        )
        rank = (
            not whole,
            index if whole else 0,
            fineness,
            # (of places equally fine, one in a sentence telling what was done: "I am from A
            # village. ... the soldiers came to B village ... and burned it.")
            TOLD_DEED.search(sentence) is None,
            # (and of those, not where people ran from: "My mother and I ran from A when the
            # shelling started. ... the shells landed in B village")
            _RAN_FROM.search(sentence) is not None,
            found.candidates[0].match == "fuzzy",
            -found.candidates[0].score,
        )
        placed.append((rank, read, found))
        if best is None or rank < best[0]:
            best = (rank, read, found)
    if best is None:
        return None
    # (a bare name read as the tract of its name, when another sentence names the village of
    # that name: "... fought at Thea Pon village, near Myawaddy, on 24 March 1998. Six fighters
    # were killed at Thea Pon.")
    names, first = gaz.places["name"], best[2].candidates[0]
    if gaz.records[first.place_id][0] == "village_tract":
        best = next(
            (
                other
                for other in placed
                if names.iat[(one := other[2].candidates[0]).place_id] == names.iat[first.place_id]
                and gaz.records[one.place_id][0] == "village"
                and f"{names.iat[one.place_id]} village".lower() in text.lower()
            ),
            best,
        )
    return _read_once_as(text, best[1], best[2])


#: where people ran from, in a sentence: "I | ran from A| when the shelling started"
_RAN_FROM = re.compile(r"\b(?:ran|fled|escaped)\s+(?:away\s+)?from\s+[A-Z]")
_UNVERIFIED = re.compile(
    r"\b(?:could\s+not|was\s+unable\s+to|were\s+unable\s+to|cannot|has\s+not\s+been\s+able\s+to)"
    r"\s+(?:independently\s+)?(?:verify|confirm|corroborate)\b"
)
#: the date a timeline's entry opens with: "22/09/2022: ...", "Aug 24: ...", "Wed 3 Mar: ..."
_ENTRY_DATE = re.compile(
    r"[\s•*-]*(?:\d|(?i:" + DAY_ABBREVIATION + r")[a-z]*\.?\s+\d|(?i:" + MONTH + r")\s+\d)"
)
#: a mark of a sentence's end other than a semicolon
_SENTENCE_MARK = re.compile(r"[.!?][\"”]?\s+[A-Z\"“]|\n")
#: how a place was hit, ending a sentence: "... shelled Si Thar | without warning"
_MANNER_AT_END = re.compile(r"\s+" + MANNER + r"[a-z\s-]*$")
#: the marks of a numbered post's items: "1) Clashes in X Vlg 2) 3 PDF members wounded 3) ..."
_NUMBERED_ITEM = re.compile(r"(?:^|\s+)[1-9]\)\s+")
#: a dash between a headline and its story
_HEADLINE_DASH = re.compile(r"\s+[—–]\s+")


def _items_or_story(text: str) -> list[str]:
    """The items of a numbered post (``_numbered``); or a headline and the story after its one
    dash, when both read as news ("Troops Torch Homes Near Shwebo — About 114 houses in X
    village ... were burned down", not "... a war crime – Independent Investigative
    Mechanism"); else [``text``]."""
    if _numbered(text):
        return _NUMBERED_ITEM.split(text)
    pieces = _HEADLINE_DASH.split(text) if " — " in text or " – " in text else []
    if (
        len(pieces) == 2  # (not a record's fields between dashes: "X village – Y Twp. – ...")
        and reads_as_news(pieces[0])
        and reads_as_news(pieces[1])
        and _dateline(text) is None  # (a dateline's place is the story's area: read whole)
    ):
        return pieces
    return [text]


def _quote_and_attribution(sentence: str) -> tuple[str, ...]:
    """A sentence that opens with a quote, or ends with one after who said it, as two: the
    quote and who said it ("“We had to run,” said a woman from X village in Y Township": the
    woman's village is no part of the quote, and "We" no place; 'A spokesman said: "Our
    fighters repelled the column near X village."'); the sentence itself otherwise."""
    if '"' not in sentence and "“" not in sentence:
        return (sentence,)
    quoted = _QUOTE_THEN_SAID.match(sentence) or _SAID_THEN_QUOTE.match(sentence)
    return (sentence,) if quoted is None else (quoted["quote"], quoted["said"])


#: a quote, then who said it: '“They shelled X village,” | he said.', '"...," | said a woman
#: ...', '"...," | a mother from X said.'
_QUOTE_THEN_SAID = re.compile(
    r'\s*[“"](?P<quote>[^”"]{3,})[”"]\s*(?P<said>[^“”"]*?\b(?:told|' + _SAYING_VERB + r")\b.*)$",
    re.DOTALL,
)
#: who said it, then the quote: 'A spokesman said: | "Our fighters repelled ..."'
_SAID_THEN_QUOTE = re.compile(
    r'(?P<said>[^“”"]*\b(?:said|says|told\s+\S+)):?\s*[“"](?P<quote>[^”"]{3,})(?:[”"]\W*)?$',
    re.DOTALL,
)


def _near_a_town_named(
    gaz: Gazetteer, sentences: list[str], sentence: str, found: Resolution
) -> tuple[str, Resolution] | None:
    """The place a sentence names read near a town another sentence of its paragraph names,
    when the sentence alone gives a place by another spelling far from it ("Troops left Pale
    town on Monday. 2 residents were detained in Lethama village.": the Lethama of Pale
    Township, not one 480 km away); None when not so."""
    first = found.candidates[0]
    if first.match == "exact" and not first.rivals:
        return None
    said = sentence.rstrip(".")
    for other in sentences:
        for town in NAMED_TOWN.finditer(other) if other is not sentence else ():
            near = resolve(gaz, f"{said}, {town.group()}", 1)
            if not near.candidates or _fell_back(near):
                continue
            place = near.candidates[0].place_id
            if gaz.records[place][0] in SETTLEMENT_KINDS and (
                _km(gaz.records[place], gaz.records[first.place_id]) > _OTHER_PLACE_KM
            ):
                return town.group(), near
    return None


#: how far apart two readings of a name are other places, not one place's two points
_OTHER_PLACE_KM = 50.0


def _unbracketed(sentence: str) -> str:
    """A sentence without the brackets around it ("(The attack hit X village, Y Township.)"),
    also when a semicolon splits it; its own brackets kept ("X village (Y Township)")."""
    if sentence[:1] == "(" and (sentence[-1:] == ")" or ")" not in sentence):
        sentence = sentence[1:]
    if sentence[-1:] == ")" and "(" not in sentence:
        sentence = sentence[:-1]
    return sentence.strip()


def _unquoted(text: str) -> str:
    """``text`` without its quotation marks."""
    return text.translate(_NO_QUOTES)


_NO_QUOTES = str.maketrans("", "", '"“”')
#: a verb of saying that ends a quote's attribution: "a mother from X | said (by phone)"
_SAID_AT_END = re.compile(r"\s+" + _SAYING_VERB + r"(?:\s+by\s+phone)?$")
#: who told of it after a quote: '"They hit X village twice," | a resident told Mizzima'
_TOLD_TAIL = re.compile(r",\s+(?:[^,\s]+\s+){1,4}told\s+[^,]*$")


def _read_once_as(text: str, read: str, found: Resolution) -> Resolution:
    """``found`` for ``text`` saying it was read as ``read``, unless it says how it was read
    already."""
    if (found.candidates[0].note or "").startswith("read as "):
        return replace(found, query=text.strip())
    return _read_as(text, read, found)


#: a month's short name, as a date before its day writes it ("Oct. 12")
_MONTH_ABBREVIATION = (
    r"(?i:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"  # (any case: "ON AUG. 11")
)
#: where a sentence ends and another starts (not after "No.", "Tsp." or "Vil.")
_SENTENCE_END = re.compile(
    # (after an acronym too: "..., residents told RFA. The victims were from X village")
    r"(?<!\bNo)(?<!\bTsp)(?<!\bSt)(?<!\bRd)"
    # (nor after "Vil." before its area: "X Vil. (Y Twp)", "X VIL. IN Y TWP")
    r"(?!(?<=\b(?i:vil|vlg|twp|tsp))\.\s+(?:\(|(?i:in|of)\s))"
    r"(?!(?<=\b(?i:vill))\.\s+(?:\(|(?i:in|of)\s))"
    r"(?:(?<=[a-z0-9)\"”])|(?<=[A-Z]{2}))[.!?][\"”]?\s+"
    r"(?=[\"“(]?[A-Z]|(?<!\b"
    + _MONTH_ABBREVIATION
    + r"\.\s)(?<!\b(?i:Sept)\.\s)\d)"  # (not "on Oct. 12")
    # (a clause after a semicolon too: "... in Palaw; one ambush hit ..."; not inside brackets:
    # "(OCHA flash update; sources withheld)")
    r"|;\s+(?![^()]*\))"
    r"|\s*\n\s*"  # (a line of its own: a headline above its story)
)
#: a sentence naming a place: with its kind word, or after "in", "at" or "near"
_NAMES_A_PLACE = re.compile(
    r"[A-Z][\w'’-]*\s+(?i:village|ward|town|vlg|vill?)\b|\b(?i:village)\s+of\s+[A-Z]"
    r"|^(?:In|At|Near|Outside)\s+[A-Z]"  # "In Myawaddy, resistance fighters overran ..."
    r"|\bout\s+of\s+[A-Z]"  # "... anyone running out of Kin Paing Chon"
    r"|\b(?:came|come|went|gone|marched)\s+(?:in)?to\s+[A-Z]"  # "... they went to Ma Yan Chaung"
    r"|\b(?:in|at|near|around|from|on|into|outside|over|fled|held|holding|defending|defended|occupying"
    r"|shelling|bombing|raiding|attacking|entering|" + "|".join(sorted(ATTACK_VERBS)) + r")\s+[A-Z]"
    # (whose village: "the village administrator of Ywar Htaung", "the entrance of Nam Pin")
    r"|\b(?:administrator|headman|entrance|outskirts|edge|residents|villagers|middle|heart"
    r"|centre|center|men|women|people|youths|children|monks)\s+of\s+[A-Z]"
    r"|[A-Z][\w'’-]*\s+[(\[][A-Z][^()\[\]]*(?i:township|tsp|twp)[)\]]"  # "X [Y Township]"
    # (an encyclopedia's first sentence: "X is a village tract of Y Township")
    r"|\bis\s+an?\s+(?:\w+\s+)?(?:village|town|ward|city)(?:\s+tract)?\s+(?:in|of)\s+[A-Z]"
)
_NAMED_TOWNSHIP = named_with_kind("township", "{1,4}")
#: a sentence's own township, in any of its short forms: "airstrike on X village (Tamu Tsp)"
#: is in no township another sentence names
_OWN_TOWNSHIP = named_with_kind("township|tsp|twp|t/s")
#: a place's kind word in a sentence written in lower case
_KIND_WORD_IN_LOWER_CASE = re.compile(r"\b(?:village|vill?|vlg|town|township|twp|tsp|ward)\b")
#: a sentence of where a victim came from at first, or where the family lives: "He was
#: originally from Aye Thi Dar." (not "The victims were from X village", where it happened)
_ONLY_WHERE_FROM = re.compile(
    r"(?:He|She|They|The\s+\w+)\s+(?:was|were|is|are|had\s+been)\s+"
    r"(?:originally\s+from|a\s+native\s+of|natives\s+of)\s+[^,;]*$"
    # or where the speaker lives: "I live in A, T Township."
    r"|(?:I|We)\s+(?:now\s+)?(?:live|stay)\s+(?:in|at|near)\s+[A-Z][^;]*$"
    # or where the speaker is from: "We are from A.", "I come from A in T township.", "and I am
    # a teacher from A, T Township."
    r"|(?:and\s+)?(?:I|We)\s+(?:am|are|come|came)\s+(?:originally\s+)?(?:(?:an?|the)\s+"
    r"(?:[\w-]+\s+){1,2})?from\s+[A-Z][^;]*$"
    # or where the family lives: "The family lives in Kyi Su village."
    r"|(?:The|His|Her|Their)\s+(?:family|families|parents|relatives)\s+(?:lives?|resides?|is|are"
    r"|stays?)\s+in\s+[^,;]*$"
    # or whom a memorial remembers, and where from: "Our friend from Bin Gwa village, ..."
    # or where the victims had fled from: "Several of the victims had fled there from A."
    r"|[^;]*\b(?:had\s+)?fled\s+there\s+from\s+[^;]*$"
    # or where the witness was when it happened nearby: "We were in A when we heard the drone."
    r"|(?:We|I)\s+(?:were|was)\s+in\s+[^,;]*?\s+when\s+(?:we|I)\s+(?:heard|saw)\b[^;]*$"
    # or where troops had come from: "The column had come from A and after B they moved on"
    r"|(?:The|A|Their)\s+(?:column|troops|soldiers|army)\s+(?:had\s+)?(?:come|came)\s+from\s+"
    r"[^;]*$"
    # or where fighters had advanced from: "fighters had advanced from Meewa."
    r"|(?:(?:The|Their|Resistance|AA|Arakan\s+Army)\s+)?(?:fighters|forces|troops)\s+had\s+"
    r"(?:advanced|marched|moved)\s+(?:in\s+)?from\s+[^;,]*$"
    # or where the fighting spread from: "The AA said fighting had spread from A, about 13 km to
    # the north-west."
    r"|(?:[\w-]+\s+){0,4}?(?:fighting|clashes|the\s+fighting|the\s+clashes)\s+(?:had\s+)?spread\s+"
    r"from\s+[^;]*$"
    r"|(?:Our|My|His|Her|Their)\s+(?:[\w'’-]+\s+){0,2}?(?:friend|comrade|brother|sister|son"
    r"|daughter|classmate|neighbou?r|teacher|cousin)s?\s+from\s+[^;]*$"
    # or where those a place held had fled from before: "the camp held 1,475 IDPs who had
    # earlier fled Inn Kyun."
    r"|.*\b(?:IDPs|people|residents|villagers|families|refugees)\s+who\s+had\s+"
    r"(?:earlier\s+|previously\s+|already\s+|first\s+)?(?:fled|escaped|left)\s+(?:from\s+)?[^,;]*$"
    # or where help came from: "rescue teams from Mandalay were delayed"
    r"|(?:[\w-]+\s+){0,3}?(?i:teams?|convoys?|trucks?|rescuers|volunteers|aid|relief|supplies)"
    r"\s+from\s+[^,;]*$"
)
#: a sentence of where people were taken or went, and nothing else ("wounded taken to Matupi
#: and Kanpetlet"; not "Villagers fled to Kani after troops torched X village")
_ONLY_WHERE_THEY_WENT = re.compile(
    r"(?:[\w'’,.~+-]+\s+){0,4}?(?:(?i:taken|rushed|carried|brought|sent|transferred|referred|fled|ran|evacuated"
    r"|moved|relocated|returned)\s+(?:(?i:him|her|them|us|the\s+\w+)\s+)?(?i:to|into|towards?)"
    # (or went there after: "Afterwards people went to Ping Inn.")
    r"|(?<!\w)(?i:people|villagers|residents|families|everyone|we)\s+went\s+(?:(?i:out\s+)?to)\b"
    # (or crossed a border: "residents crossed at Wanding into Ruili")
    r"|(?i:crossed)\s+(?i:at|through|via|into|to|over)"
    # (or where reinforcements arrived: "junta reinforcements arrived in Yamethin town")
    r"|(?i:reinforcements?)\s+(?:arrived|were\s+sent|came)\s+(?i:in|to|at|from)"
    # (or taken as porters: "The soldiers took us as porters from A to B")
    r"|(?i:took|taken)\s+(?:us|them|him|her|villagers|men)\s+as\s+porters\s+from"
    # (or where they had sheltered, or stay: "most had sheltered in Khin-U town for two weeks",
    # "some are still staying with relatives in Sar Taung")
    r"|(?i:sheltered|sheltering|stayed|staying|living|hid|hiding|took\s+shelter|taken\s+shelter)"
    r"\s+(?:(?i:with)\s+(?:(?i:relatives|family|friends|their\s+\w+)\s+))?(?i:in|at|near)"
    # (or the prison someone is held in now: "he is held in Pathein Prison.")
    r"|(?i:held|jailed|imprisoned|incarcerated)\s+(?i:in|at)(?=\s[^;]*(?i:prison|jail))"
    # (or where the wounded were treated: "Wounded fighters were treated in Kyaikmaraw.")
    r"|(?i:treated|hospitali[sz]ed|admitted)\s+(?i:in|at|to)"
    # (or where reinforcements came from: "2) IB 99 reinforcements sent from X village")
    r"|(?i:sent|dispatched|deployed|brought)\s+(?i:from)"
    # (or where shells were fired from, and nothing else: "Shells fired from Taze.")
    r"|(?i:fired|launched|lobbed)\s+(?i:from)(?=\s+[A-Z][^.;,]*\.?$)"
    # (or where troops came from: "sac column ~50 troops from Yesagyo.")
    # ("The troops had arrived from Mindat two days earlier.")
    r"|(?i:troops|soldiers|column)\s+(?:(?i:had\s+)?(?i:came|coming|come|arrived)\s+)?(?i:from)"
    r"(?=\s+[A-Z][^.;,]*\.?$))\s"
    r"(?!.*\b(?:after|as|when|following|amid)\b)"
)


def _first_of_rows(gaz: Gazetteer, text: str, limit: int) -> Resolution | None:
    """The place of the first of several rows between bars that semicolons separate, when it
    places what happened; else None."""
    rows = re.split(r"\s*;\s+", text)
    if len(rows) < 2 or not all(" | " in row for row in rows):
        return None
    found = resolve(gaz, rows[0], limit)
    return _read_once_as(text, rows[0], found) if _places_it(gaz, found) else None


#: words of running text, which a search's terse words lack ("Fighting in X town" is a headline)
_RUNNING_TEXT_WORDS = frozenset(
    {"in", "on", "at", "near", "of", "the", "a", "an", "by", "from", "to", "and", "into", "over"}
    | {"was", "were", "is", "are", "after", "as", "with", "for", "says", "said", "kills", "hit"}
    | {"killed", "hits"}
)


#: an island a place is on, beside a village or town the text names: "Fighting | on Ramree
#: Island | near X village", "Y village | on Ramree Island|, Ramree Township"
_ON_ISLAND = re.compile(
    r"(?:\s+(?:on|off)\s+(?:the\s+)?|^)(?P<island>(?:[A-Z][\w'’-]*\s+){1,2}(?i:island))\b"
    # (or opening the text, before a colon or a dash, its other name in brackets: "Manaung
    # Island: troops ... V village", "Manaung (Cheduba) island – V village: ...")
    r"|^(?P<named>(?:[A-Z][\w'’-]*\s+){1,2})(?:\([^()]{1,30}\)\s+)?(?i:island)\s*[:–—-]"
)
_TOWN_OR_VILLAGE = re.compile(r"\b(?i:village|town|airport|jetty)\b")
_ISLAND_WORD = re.compile(r"\s*(?i:island)\s*$")
#: how far from an island's point its town of the island's name may lie (Cheduba: 523 km²)
ISLAND_TOWN_KM = 30


def _island_as_area(gaz: Gazetteer, text: str) -> str | None:
    """``text`` with the island a village or town it names is on read as the island's township
    or state, put at the end; None when the text names no such island (one the gazetteer holds
    as a site) or no village or town."""
    on = _ON_ISLAND.search(text)
    if on is None or not _TOWN_OR_VILLAGE.search(text):
        return None
    named = on["island"] or f"{on['named']}Island"
    hits = gaz.exact.get(normalize(named), ())
    island = next((pid for pid, _ in hits if gaz.records[pid][0] == "site"), None)
    if island is None:
        return None
    township, state = gaz.places["admin3"].iat[island], gaz.places["admin1"].iat[island]
    if not isinstance(township, str) or not township:
        # (or the township of the island's town of its name: "on Manaung island", Cheduba
        # Island, whose town Manaung is Munaung Township's)
        town = next(
            (
                pid
                for pid, _ in gaz.exact.get(normalize(_ISLAND_WORD.sub("", named)), ())
                if gaz.records[pid][0] == "town"
                and _km(gaz.records[pid], gaz.records[island]) <= ISLAND_TOWN_KM
            ),
            None,
        )
        township = gaz.places["admin3"].iat[town] if town is not None else None
    area = f"{township} Township" if isinstance(township, str) and township else None
    area = area or (f"{state} State" if isinstance(state, str) and state else None)
    if area is None:
        return None
    rest = (text[: on.start()] + text[on.end() :]).strip(" ,")
    return rest if area.split()[0] in rest else f"{rest}, {area}"


def _as_searched(gaz: Gazetteer, text: str, limit: int) -> Resolution | None:
    """What terse words typed into a search name ("Sar Hmaw Mogaung kachin map", "Bahin
    village coordinates Myaing", "Kwingyi-Tigyaing-Sagaing"): its names without the words of
    the search, read as an address, or as a place then its area with no comma between, or so
    before the state named last; None for other text, or when that places nothing."""
    names = searched_names(text)
    if (
        names == text
        or normalize(text) in gaz.exact
        # (in lower case: a name may start with such a word, "In Ga Lone")
        or any(word in _RUNNING_TEXT_WORDS for word in names.split())
    ):
        return None
    # (a place and its area first: "Sar Hmaw Mogaung" is Sar Hmaw in Mogaung, not the town)
    words = names.split()
    state = gaz.exact.get(normalize(words[-1]), ()) if len(words) > 2 else ()
    areas = [pid for pid, _ in state if gaz.records[pid][0] == "state"]
    inside = _unseparated_area(gaz, " ".join(words[:-1]), limit) if areas else None
    if inside is not None and _contains(gaz, areas[0], inside.candidates[0].place_id):
        found = inside
    else:
        found = (
            _unseparated_area(gaz, names, limit)
            or _area_before_place(gaz, names, limit)
            or resolve(gaz, names, limit)
        )
    return _read_once_as(text, names, found) if _places_it(gaz, found) else None


def _area_before_place(gaz: Gazetteer, names: str, limit: int) -> Resolution | None:
    """A township (or town) named first, then a place in it, with or without a comma ("Ye
    Chaung Taung", "Kale, Nat Chaung"): the place found surely in that area; else None."""
    words = names.replace(",", " ").split()
    for k in range(1, min(3, len(words) - 1) + 1):
        area = " ".join(words[:k])
        hits = gaz.exact.get(normalize(area), ())
        if not any(gaz.records[pid][0] in ("township", "town") for pid, _ in hits):
            continue
        if (found := _surely_in_area(gaz, " ".join(words[k:]), area, hits, limit)) is not None:
            return found
    return None


def _numbered(text: str) -> bool:
    """Whether ``text`` is a post of numbered items: its "1) " within its first 20 letters, or
    " 1) " and " 2) " after a headline."""
    return "1) " in text[:20] or (" 1) " in text and " 2) " in text)


#: who told what follows, by where they are from: "Villagers from A (village) said (that)"
_PEOPLE_FROM_SAID = re.compile(
    r"^(?:Villagers|Residents|Locals|People|Witnesses|Survivors)\s+(?:from|of)\s+[A-Z][\w'’-]*"
    r"(?:\s+[A-Z][\w'’-]*){0,3}(?:\s+village)?\s+(?:said|say|says|told\s+(?:[A-Z][\w'’-]*\s+){1,3}|"
    r"reported)\s+(?:that\s+)?(?=[a-z])"
    # (or one they talked to: "I talked to someone from A, (and) she said the bombing was in B")
    r"|^(?:[\w'’]+\s+){0,3}?(?:talked|spoke)\s+(?:to|with)\s+(?:someone|a\s+\w+|an\s+\w+|people)"
    r"\s+from\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}(?:\s+village)?,?\s+(?:and\s+)?"
    r"(?:she|he|they)\s+(?:said|told\s+me)\s+(?:that\s+)?(?=[a-z])"
)


def _namesake_in_force_township(
    gaz: Gazetteer, lead: str, reported: str, found: Resolution, limit: int
) -> Resolution:
    """Of a reported place's namesakes, the one in the township a resistance force that
    reported it is named after ("According to the Mese PDF, | a helicopter opened fire on Kyauk
    Su village": the Kyauk Su of Mese Township); ``found`` when the lead names no such force or
    none of them lies there."""
    if (force := _FORCE_OF_AREA.search(lead)) is None:
        return found
    told = resolve(gaz, f"{reported.rstrip('. ')}, {force['area']} Township", limit)
    first, before = (told.candidates or [None])[0], found.candidates[0]
    names = gaz.places["name"]
    if (
        first is None
        or first.rivals
        or _fell_back(told)
        or names.iat[first.place_id] != names.iat[before.place_id]
    ):
        return found
    return told


#: a resistance force named after its township: "the | Mese| PDF", "the Yebyu People's Defence
#: Force"
_FORCE_OF_AREA = re.compile(
    r"\b(?:the\s+)?(?P<area>[A-Z][\w'’-]*(?:[\s-][A-Z][\w'’-]*)?)(?:\s+Township)?\s+"
    r"(?:PDF|LDF|CDF|People['’]s\s+Defen[cs]e\s+Force|Local\s+Defen[cs]e\s+Force)\b"
)


def _report_shape(gaz: Gazetteer, text: str, limit: int) -> Resolution | None:
    """The answer for a text shaped as a report of a kind read by its own rule (each after a
    quick look for its marks), else None: a post's lead or text copied from a PDF, who spoke
    where, a table's row, who reported it before the report, a paragraph, an
    English sentence naming the place in Burmese, a clause or name of another place
    (``_ANOTHER_PLACE``), what people of a place said, a record of labelled fields."""
    if (reported := cleaned_report(text)) != text:
        # "🔴 BREAKING 🔴 X village (Y Twp) hit by ...", "... hit Than\nBo village, Nawnghkio
        # Township37": the report without a post's lead and tags, as running text, without
        # footnotes' numbers, read as if alone
        return replace(resolve(gaz, reported, limit), query=text.strip())
    if (searched := _as_searched(gaz, text, limit)) is not None:
        return searched  # "Sar Hmaw Mogaung kachin map", "Kwingyi-Tigyaing-Sagaing"
    if " island" in text.lower() and (islanded := _island_as_area(gaz, text)) is not None:
        # "Fighting on Ramree Island near Kyauk Ni Maw village": the village, in the island's
        # township or state (the island is a point, no area a place is inside)
        return replace(resolve(gaz, islanded, limit), query=text.strip())
    if (spoken := without_speaker_place(text)) != text and (
        found := resolve(gaz, spoken, limit)
    ).candidates:
        # "A KNU spokesman in Toungoo told DVB that soldiers raided X village ...": where the
        # spokesman spoke from is no place of what he told of (kept when nothing else is); before
        # who reported it: "According to a PDF statement issued in X, ..."
        return replace(found, query=text.strip())
    if " | " in text and ";" in text and (first := _first_of_rows(gaz, text, limit)):
        return first  # "• 26/11/2022 | X village, T Township | raid ; 29/11/2022 | ...": the first
    if len(places := row_places(text)) >= 2 and not ("=" in text and _KEYED_FIELD.search(text)):
        # "2024-04-24 | Sumprabum | Hting Lu Yang | shelling", "2023-04-01<tab>Sagaing<tab>
        # Kanbalu<tab>Inn Lel Gyi<tab>Battles": a table's columns run from the area to the
        # place; read so when that finds a finer or surer place than the row as written
        as_written = _read_as_written(gaz, text, limit)
        place_first = ", ".join(reversed(places))
        reversed_row = resolve(gaz, place_first, limit)
        if (
            reversed_row.candidates
            and not _fell_back(reversed_row)
            and (
                _finer(gaz, reversed_row, as_written)
                # (or surer: "Sagaing<tab>Kanbalu<tab>Inn Lel Gyi" is Inn Lel Gyi, not
                # Kanbalu's Sar Kaing, a close spelling of the row's first field)
                or reversed_row.candidates[0].score > as_written.candidates[0].score
            )
        ):
            return _read_as(text, place_first, reversed_row)
        return as_written
    if (reported := without_outlet_lead(text)) != text:
        # "The Irrawaddy said ... X village", "Per Myanmar Now (29 July): ...": what was
        # reported, read as if alone (who reported it names no place: not Ayeyarwady Region)
        found = resolve(gaz, reported, limit)
        if found.candidates and found.candidates[0].rivals:
            found = _namesake_in_force_township(gaz, text[: -len(reported)], reported, found, limit)
        return replace(found, query=text.strip())
    # "[Kyaukme Township] soldiers detained residents of X village": the report, in the area
    # tagged
    if (reported := _report_itself(text)) != text and (
        found := _placed_as(gaz, text, reported, limit)
    ):
        return found
    if (
        text[:1] in "VRLPWSI"
        and (people := _PEOPLE_FROM_SAID.match(text))
        and (told := resolve(gaz, text[people.end() :], limit)).candidates
        and not _fell_back(told)
    ):
        # "Villagers from A said | troops had been stationed in B and burned houses there. Both
        # villages are in T": what they told of, not where they are from
        return replace(told, query=text.strip())
    if "\n" in text and ": " in text and (record := labelled_record(text)):
        # "INCIDENT REPORT FORM\nTownship: Mingaladon\nVillage: V\n...\nNarrative: "... the
        # camp near W."": a form's fields, before its narrative's sentences
        return _read_as(text, record, resolve(gaz, record, limit))
    if (any(mark in text for mark in _SENTENCE_MARKS) or _numbered(text)) and (
        story := _paragraph_place(gaz, text, limit)
    ):
        return story
    # "Ngazun Township, Na Be Pin (နဘဲပင်) ရွာကို SAC တပ် မီးရှို့": the place a Burmese
    # sentence names in Latin letters
    if (
        not text.isascii()
        and (latin := latin_place_in_burmese(text))
        and (found := _placed_as(gaz, text, latin, limit))
    ):
        return found
    # "An airstrike hit သရက်ကန် (village), Myaing township": the place the sentence names
    if (
        text[:1].isascii()
        and not text.isascii()
        and (named := burmese_name_after_head(text))
        and (found := _placed_as(gaz, text, named, limit))
    ):
        return found
    if (other := _without_another_place(text)) != text:
        return replace(resolve(gaz, other, limit), query=text.strip())
    if (
        (" said " in text or " told " in text)
        and (said := what_people_said(text))
        and (found := resolve(gaz, said, limit)).candidates
    ):
        # "Residents who reached Myinmu said soldiers had burned X village in Y Township":
        # what they said places it, not where they are
        return _read_once_as(text, said, found)
    if (": " in text or "=" in text) and (record := labelled_record(text)):
        # "Township: Myinmu | Village: Let Pan Kyin | Date: ...", "admin1=Sagaing; admin3=Pale;
        # location=Pale": the address its fields give
        return _read_as(text, record, resolve(gaz, record, limit))
    return None


#: what those who acted had done, between commas: "KNLA forces|, who earlier seized positions
#: near Kyondoe,| attacked X village"; where a source spoke from: "the local PDF|, which spoke
#: to reporters from Kalay,| ..." (not ", which is in Y Township,"); where it is based: "The
#: Karenni Army|, based in the hills near X,|", "the PDF|, which has its base near X village,|";
#: where they came from: "members of LID 101|, having advanced along the road from X town,|"
_WHO_CLAUSE = re.compile(
    # (not what befell the dead, where it happened: "Ko X (24), who fell at V village, ...")
    r",\s+(?:who(?:se)?(?!\s+(?:fell|died|was\s+(?:killed|shot)|were\s+(?:killed|shot)|lost|gave)\b)"
    r"|(?=based\s)|(?=having\s+(?:set\s+out|left|come|marched|moved|advanced"
    r"|travell?ed|withdrawn|retreated)\b)|which\s+(?=(?:spoke|said|told|reported|claimed|operates"
    r"|(?:is|are|was|were)\s+(?:based|stationed|active)|(?:has|have)\s+(?:its|their)\s+base"
    # (where a column came from: "the column|, which had set out from Buthidaung on Sunday,|")
    r"|(?:had\s+)?(?:set\s+out|left|come|came|marched|moved|advanced|withdrawn|withdrew)"
    # (or the town it holds under siege: "The KIA|, which has surrounded Hpakant,| blew up ...")
    r"|(?:has|have|had)\s+(?:surrounded|besieged|encircled|blockaded))\b))"
    r"\s*[^,;()]*,(?=\s)"
)
#: who fought whom before a semicolon, as ACLED and UCDP lines start (after a date and dash):
#: "Military forces of Myanmar (2021-) vs. NUG; ", "2023-04-17 – Military vs. local PDF; "
_ACTOR_PAIR = re.compile(r"(?:^|(?<=[–—-]\s))[^;:,]{2,80}?\s+vs\.?\s+[^;:,]{2,80}?;\s+")


#: what a text of more than one sentence holds (a quick look before the paragraph's reading)
_SENTENCE_MARKS = (". ", "; ", "\n", '." ', ".” ", " — ", " – ")


def _without_another_place(text: str) -> str:
    """``text`` without the first clause or name (each after a quick look for its marks) that
    names a place other than where it happened; ``text`` itself when it has none."""
    for looks, rewrite in _ANOTHER_PLACE:
        if looks(text) and (rewritten := rewrite(text)) != text:
            return rewritten
    return text


def _without_base(text: str) -> str:
    """``text`` without the town those who acted were based in, when it names a township or
    a village or town by its kind word ("A column based in Saw town attacked X village of Saw
    Township", "PDF forces based in Kani Township storm Yinmabin Town"); else ``text`` (the
    base may be what a distance is measured from: "..., about three miles to the south")."""
    moved = without_actors_origin(text)
    named = _OWN_TOWNSHIP.search(moved) or NAMED_SETTLEMENT.search(moved)
    return moved if named else text


#: the village people fled, before the villages they fled to: "About 3,150 people fled Ye-Yo
#: village | to Hsu Hpe Law and Hsaung Kan villages in Loikaw Township after artillery shelling"
_FLED_VILLAGE_TO = re.compile(
    r"\b(?i:fled|flee|flees|fleeing)\s+(?:(?i:from)\s+)?"
    r"(?P<place>(?:[A-Z][\w'’-]*[\s-]){0,3}[A-Z][\w'’-]*\s+(?i:village|town))"
    # (and its township: "fled X village | in Yesagyo Township | to a monastery in Tilin")
    r"(?P<township>\s+in\s+(?:[A-Z][\w'’-]*\s+){1,3}(?i:township|tsp|twp))?"
    r"\s+(?i:to|for|towards?)\s+(?P<rest>.*)$"
)


#: the villages an assault spread to after the place it began: "The assault began in X on ...
#: | and later spread to neighbouring villages including Y and Z|, all in T Township"
_SPREAD_TO_VILLAGES = re.compile(
    r"\s+(?:and\s+)?(?:later\s+)?(?:spread|spreading)\s+to\s+(?:the\s+)?"
    r"(?:neighbou?ring|nearby|surrounding|other)\s+villages\s+(?:including|such\s+as)\s+"
    r"[^,;]+?(?=,\s+all\s+in\s|\s+in\s+[A-Z]|[,;.]|$)"
)


def _fled_village(text: str) -> str:
    """The village people fled, in the township the text names after it ("... fled X village
    to Y and Z villages in T Township after shelling": "X village, T Township"), when no
    other village is named after it; else ``text``."""
    fled = _FLED_VILLAGE_TO.search(text)
    if fled is None or NAMED_VILLAGE.search(fled["rest"]):
        return text
    if fled["township"]:
        return f"{fled['place']},{fled['township'].replace(' in ', ' ', 1)}"
    area = _NAMED_TOWNSHIP.search(fled["rest"])
    return f"{fled['place']}, {area.group()}" if area else fled["place"]


#: (quick look, rewrite) for what names another place than where it happened: a base; ", who
#: earlier seized positions near Kyondoe,"; ACLED's "Military forces of Myanmar (2021-) vs.
#: NUG; " before the place; the villages people fled to; "Pyu Saw Htee" militias (no town Pyu
#: nor township Saw)
_ANOTHER_PLACE: tuple[tuple[Callable[[str], bool], Callable[[str], str]], ...] = (
    (lambda t: " based " in t or " stationed " in t, _without_base),
    (lambda t: ", wh" in t or ", based" in t or ", having" in t, lambda t: _WHO_CLAUSE.sub("", t)),
    (lambda t: " vs" in t, lambda t: _ACTOR_PAIR.sub("", t, count=1)),
    (lambda t: " fle" in t, _fled_village),
    (lambda t: "spread" in t, lambda t: _SPREAD_TO_VILLAGES.sub("", t)),
    (
        lambda t: "Pyu" in t or "pyu" in t or "PYU" in t,
        lambda t: ARMED_GROUP_NAMES.sub("militia", t),
    ),
)


def _placed_as(gaz: Gazetteer, text: str, rewritten: str, limit: int) -> Resolution | None:
    """The answer for ``text`` read as ``rewritten``, when that reading places it (not the
    area a qualifier falls back to); else None."""
    found = resolve(gaz, rewritten, limit)
    if found.candidates and not _fell_back(found):
        return replace(found, query=text.strip())
    return None


def _report_itself(text: str) -> str:
    """``text`` with an area tagged before it put after it ("[Kyaukme Township] soldiers
    detained ..."; not before an address and its story after a colon, read as it is), or with
    a record of labelled fields in brackets as its address ("... into Wunchon (Township: Pauk;
    District: Pakokku)": "... into Wunchon, Pauk Township, Pakokku District")."""
    reported = text
    if text[:1] == "[" and ": " not in text:
        reported = area_tag_last(text)
    if reported == text and "(" in text and ": " in text and " | " not in text:
        reported = _BRACKETS.sub(_record_as_parts, text)  # (a table's row: read by its fields)
    return reported


_BRACKETS = re.compile(r"\s*\(([^()]*)\)")


def _record_as_parts(match: re.Match) -> str:
    """A bracket holding a record of labelled fields as the parts of an address after a
    comma; the bracket itself when it holds none."""
    record = labelled_record(match[1])
    return f", {record}" if record else match.group()


def _named_with_in(gaz: Gazetteer, text: str, found: Resolution) -> bool:
    """Whether ``found``'s first answer, found by its name, is a place whose name holds a
    capitalised "In" of ``text`` with the words around it ("Kya In Seik": Kyainseikgyi)."""
    if not found.candidates or _fell_back(found):
        return False
    name = normalize(str(gaz.places["name"].iat[found.candidates[0].place_id])).replace(" ", "")
    return any(
        normalize(f"{m[1]}in{m[2]}").replace(" ", "") in name
        for m in re.finditer(r"(\w+) In (\w+)", text)
    )


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
    if isinstance(text, str) and (opening := _dateline(text)) is not None:
        dateline, local = opening
        after = _after_local_dateline if local else _after_dateline
        return after(gaz, text, dateline, limit)
    if isinstance(text, str) and (main := _main_clause(text)) is not None:
        landmark = _LANDMARK_CLAUSE.match(text)
        if area := _LEADING_AREA.match(text):  # "In Sagaing Region, ...": the main clause's
            main, landmark = f"{main}, {area['area']}", None  # place lies in it
        # (not where the actors went after what the leading clause tells: "After torching V
        # village in T Township, | the column moved on toward W|, residents said.")
        mains = [] if _MOVED_ON_TO.match(main) else [(main, landmark and landmark["place"])]
        if mains and (gone := _without_destination(main)):
            # (nor where they went after what they did at the place the leading clause names:
            # "In V village, T Township, troops looted shops ... | before withdrawing to W|")
            mains = [(gone[0][0], mains[0][1])]
    else:
        area, mains = None, _without_destination(text) if isinstance(text, str) else []
    for main, near in mains:
        # "A day after fighting in W, the junta bombed X village", "Residents fled to W after
        # clashes in X village": X, where the main clause places what happened (else the
        # text is read whole, as usual)
        in_main = _resolve_text(gaz, main, limit)
        if near is not None and _places_it(gaz, in_main):
            main, in_main = _near_landmark(gaz, in_main, main, near, limit)
        if not _places_it(gaz, in_main):
            continue
        fineness = _fineness(gaz.records[in_main.candidates[0].place_id][0])
        if (
            # (not the leading area alone when a place follows it: "In Natogyi Township, Su
            # Hpyu Kone Village, jet fighter dropped 2 bombs")
            area and fineness >= _SPECIFIC["township"] and NAMED_SETTLEMENT.search(text, area.end())
        ) or (
            # (nor a state the main clause names in passing when the leading clause names the
            # village and its township: "In and around Kone Thar, Demoso Township, clashes
            # ... between soldiers ... and the Karenni Army")
            fineness >= _SPECIFIC["district"]
            and _NAMED_TOWNSHIP.search(text, 0, max(text.find(main), 0))
        ):
            continue
        if in_main.candidates[0].rivals and (
            near_read := _near_where_they_went(gaz, mains, in_main)
        ):
            # (of namesakes, the one near where they went: "... overrun junta camp at Ka Thea;
            # troops retreat to Pekon": Pekon's Ka Thea)
            return _read_once_as(text, near_read[0], near_read[1])
        return _read_once_as(text, main, in_main)
    found = resolve_address(gaz, text, limit, resolve)
    if (
        found.candidates
        and found.candidates[0].match in ("fuzzy", "qualifier")
        and (near := _TOWN_NEAR.search(text))
    ):
        # (a town by its kind word, then only what it lies near: "Kyauktaw town, north of
        # Sittwe" is the town of that name, not a close spelling in Sittwe Township nor Sittwe)
        alone = resolve(gaz, text[: near.end("town")], limit)
        if alone.candidates and alone.candidates[0].match == "exact":
            found = replace(alone, query=text.strip())
    if isinstance(text, str) and text.isupper() and " " in text and _fell_back(found):
        # "HSUT IN VILLAGE, LASHIO TOWNSHIP": capitals read as a name's words, not as "in"
        titled = resolve_address(gaz, text.title(), limit, resolve)
        if titled.candidates and not _fell_back(titled):
            return replace(titled, query=text.strip())
    # (a name found, but ambiguous, may be told apart by the ends of a road it is on)
    unfound = (
        isinstance(text, str)
        and (not _found_surely(found) or (found.candidates[0].note or "").startswith("ambiguous"))
        and (" the " in text or " meet" in text or _ROAD_WORD.search(text) is not None)
    ) or (
        # (a place between two towns is neither: "near Myo Thar village between Ngazun and
        # Natogyi" is no Natogyi, however surely found)
        isinstance(text, str) and " between " in text and _PLACE_BETWEEN.search(text) is not None
    )
    if unfound and (between := _place_between_two_areas(gaz, text, limit)) is not None:
        return between  # "near Valan Tee village on the Matupi-Paletwa road"
    if isinstance(text, str) and _fell_back(found):
        later = _after_sentence_head(gaz, text, found, limit)
        if later is None or gaz.records[later.candidates[0].place_id][0] == "country":
            mentioned = _mentioned_place(gaz, text, later or found, limit)
            if mentioned is not None and (stretch := _end_of_a_stretch(gaz, text, mentioned)):
                return Resolution(text.strip(), [], stretch)
            if mentioned is not None:
                return mentioned
        elif (
            _fineness(gaz.records[area := later.candidates[0].place_id][0]) >= _SPECIFIC["township"]
        ):
            # "Rikhawdar Town shelled as fighting spreads in | Chin State": the town the
            # headline names before the state (or township) that holds it
            mentioned = _mentioned_place(gaz, text, later, limit)
            if mentioned is not None and _contains(gaz, area, mentioned.candidates[0].place_id):
                return mentioned
        if later is not None:
            return later
        if not found.candidates and (split := _unseparated_area(gaz, text, limit)):
            return split
    if not isinstance(text, str) or text.isascii() or found_as_written(found):
        return found
    if unicode := from_zawgyi(text):  # (only when Unicode reading finds nothing sure)
        zawgyi = resolve_address(gaz, unicode, limit, resolve)
        if zawgyi.candidates or not found.candidates:  # (else the Unicode reading's answer)
            return _said_of(text, zawgyi, f"read as Zawgyi-encoded Burmese: '{unicode}'")
    return found


#: the start of a clause before a sentence's main one, saying what came before or where from:
#: "A day after fighting in W, ...", "Following a battle at W, ...", "Travelling from A to B, ...",
#: "On the Road to W, ...", "About 15 miles northeast of W, ..."
_LEADING_CLAUSE = re.compile(
    r"(?:(?:a|an|one|two|three|four|five|several|some|hours?|days?|weeks?|months?)\s+)*"
    r"(?:after|following|before|since|amid|while|where|when|travell?ing|returning|fleeing|marching"
    r"|advancing|retreating|withdrawing|near|outside|from|on\s+the\s+(?:road|way)\s+to"
    r"|on(?:\s+the)?(?=\s+(?:[A-Z][\w'’-]*\s+){1,3}(?:road|highway),)"  # "On (the) A-B Road,"
    r"|en\s+route\s+to|across\s+(?:the\s+\w+\s+)?from"
    # ("In Sagaing Region, ...", "In W, ...", "In Ye Township (Mon), ...")
    r"|in(?=\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}(?:\s+\([A-Z][\w'’ -]{1,30}\))?,)"
    # (an operation it was part of: "In an operation that residents said followed an attack
    # on a nearby police post, troops shelled ...")
    r"|in\s+(?:an?|the|one)\s+(?:[\w-]+\s+){0,2}?(?:operation|raid|offensive|assault|sweep)\b"
    # (where the wounded were treated: "At Hkamti hospital, doctors treated ...")
    r"|at(?=\s+(?:[A-Z][\w'’-]*\s+){1,3}(?i:hospital|clinic)\b[^,]*,)"
    r"|(?:(?:about|some|around|nearly|roughly|approximately)\s+)?[\d.,]+\s*"
    r"(?:miles?|mi|km|kilomet(?:er|re)s?)\s+(?:(?:north|south|east|west)\w*\s+of|from|outside)"
    r"|(?:shortly|soon|immediately|just)\s+after"  # "Shortly after, an airstrike hit ..."
    r"|originally\s+from"  # "Originally from X village, he was killed by ... on Y village"
    r"|(?:north|south|east|west)(?:ern)?\s+of)[\s,]",  # "South of Loikaw, Karenni Army ..."
    re.IGNORECASE,
)
#: a place a story is near as its label: "Near Paungde: clashes at X village ..."
_LANDMARK_LABEL = re.compile(
    r"(?i:near|outside|close\s+to)\s+([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}):\s+"
)
#: such a clause naming the area the main clause's place lies in: "In Sagaing Region, ..."
_LEADING_AREA = re.compile(
    r"(?i:in)\s+(?P<area>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\s+"
    r"(?i:region|state|division|township|district))(?:\s+\([A-Z][\w'’ -]{1,30}\))?,\s"
)
#: the words such a clause may start with
_LEADING_WORDS = frozenset(
    re.split(
        r"\s+",
        """a an one two three four five several some hour hours day days week weeks month months
    after following before since amid while travelling traveling returning fleeing marching
    advancing retreating withdrawing near outside from north south east west northern southern
    eastern western on en across about around nearly roughly approximately in shortly soon
    immediately just where when at originally""",
    )
)
#: such a clause naming a place the main clause's place is near: "Near Monywa, ...", "Outside
#: Loikaw, ...", "Across the River From Ranong, ...", "In Wundwin, ..."
_LANDMARK_CLAUSE = re.compile(
    r"(?i:near|outside|close\s+to|across\s+(?:the\s+\w+\s+)?from|in)\s+"
    r"(?P<place>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}),\s"
)
#: where people or troops went, not where it happened: "Residents fled | to Peinzalok | after
#: clashes in X village", "Junta Column Withdraws | to Waingmaw | After Battle at X Village"
_DESTINATION = re.compile(
    r"(?<=\s)(?P<verb>(?i:flee|flees|fled|fleeing|ran|escaped|withdraw|withdraws|withdrew|retreat"
    r"|retreats|withdrawing|retreating"
    r"|retreated|evacuated|relocated|return|returns|returned|move|moves|moved|moving|left|running"
    r"|taken|rushed|carried|brought"  # (the wounded "Taken to X Hospital After Shelling of")
    r"|leads|leading))"  # (a track's end: "... on the track that | leads towards T|")
    r"\s+(?:(?i:on|back|away|residents|villagers|civilians|people|families|them)\s+)?"
    # (and where they fled from: "Villagers who fled | from A| to B said troops burned ... in A")
    r"(?:(?i:from)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}\s+)?"
    r"(?i:to|into|towards?)\s+"
    # (or to villages it names: "thousands fled to | villages such as | V")
    r"(?:(?i:(?:nearby\s+|surrounding\s+)?(?:villages|towns)\s+(?:such\s+as|including|like|around"
    r"|near))\s+)?"
    # (or to its side: "Villagers ran to | the Kani side|.")
    # (or its border: "fled to | the Thai border| after ...")
    r"(?:(?i:the)\s+(?=[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\s+(?i:side|border)\b))?"
    r"(?P<place>[A-Z][\w'’-]*"
    r"(?:\s+[A-Z][\w'’-]*){0,3}(?:\s+(?i:town|city|camp|hospital|clinic|village|side|border))?)"
    # (and when: "before withdrawing to W | on 24 January 2022|")
    r"(?:\s+(?i:on)\s+\d{1,2}\s+[A-Z][a-z]+(?:\s+\d{4})?)?"
    # (or before what they told: "Residents of X town who fled | to Champhai | told reporters",
    # "... later moved on towards W|, residents said")
    r"(?=,?\s+(?i:after|as|when|following|amid|from|since|leaving|told|said|described)\b"
    r"|,\s+(?:[a-z]+\s+){1,2}(?:said|say|says|reported)\b"
    # (or at the end of a clause after what befell a place: "V shelled again; residents flee
    # to | W|")
    r"|(?:,\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\s+(?i:township|tsp|twp|region|state))?\.?\s*$)"
    # and where they came from, on their way to it: "Junta Advance | From Hopin | Toward X"
    r"|(?<=\s)(?P<from>(?i:from|out\s+of))\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?"
    r"(?:\s+(?i:town|city))?(?=\s+(?i:towards?|twd|reach|reaches|reached)\s"  # ("Assault Out of
    # Tanintharyi Town | Reaches X Village"; "marched | out of Hakha| on 2 December, entered V")
    r"|(?:\s+on\s+[^,]{1,30})?,\s+(?:entered|attacked|raided|burned|torched|shelled|stormed)\s)"
    # or where a witness came to, before why: "I | came to W | after the soldiers burned V"
    r"|(?:(?<=\bI\s)|(?<=\b[Ww]e\s)|(?<=\b[Hh]e\s)|(?<=\b[Ss]he\s)|(?<=\b[Tt]hey\s))"
    r"(?i:came|come|arrived)\s+(?i:to)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}"
    r"(?:\s+(?i:town|city|village))?(?=,?\s+(?i:after|when|following|since)\s)"
    # or left: "Thousands Flee | Wetlet Area | as Fighting Spreads to X Village"
    r"|(?<=\s)(?P<left>(?i:flee|flees|fled|leave|leaves|left))\s+(?-i:[A-Z][\w'’-]*"
    r"(?:\s+[A-Z][\w'’-]*)?)(?:\s+(?i:area|town|city))?(?=\s+(?i:as|after|amid)\b)"
    # or where fighting spread from: "Clashes spread | from Su Ka Li | to Taungni village"
    r"|(?<=\s)(?P<spread>(?i:spread|spreads|spreading|spilled|spills|extended|extends))\s+"
    r"(?:(?i:north|south|east|west)\w*\s+)?"  # ("Protests Spread South From Dawei as ...")
    r"(?i:from)\s+(?P<origin>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})"
    r"(?=\s+(?i:to|into|towards?|as)\s)"
    # or where something stopped, before why: "trade halted | at the Muse 105-mile zone | after
    # clashes in X village", "polls were suspended | in Kani town | amid fighting in X village"
    r"|(?<=\s)(?P<halted>(?i:halted|closed|suspended|cancelled|canceled|postponed|shut|stopped))"
    r"\s+(?i:at|in)\s+(?:(?i:the)\s+)?[A-Z](?:[\w'’-]*\s+){0,4}?[\w'’-]+"
    r"(?=,?\s+(?i:after|amid|following)\s+(?:[a-z-]+\s+){0,2}(?i:in|at|near|on)\s+[A-Z])"
    # or what was shut, opening the text, before why: "The Muse 105-mile trade zone was closed |
    # after fighting in V village"
    r"|^(?P<shut>(?:The\s+)?[A-Z][^,;.]{1,60}?\s+(?:was|were|has\s+been|had\s+been|remained"
    r"|is|are)\s+(?:closed|shut|suspended|halted)(?:\s+down)?)"
    r"(?=\s+(?i:after|amid|following)\s+(?:[a-z-]+\s+){0,2}(?i:in|at|near|on)\s+[A-Z])"
    # or where a train or convoy was bound, before what befell it: "A freight train carrying rice
    # | to Myitkyina | was derailed ... near X village"
    r"|(?<=\s)(?P<bound_for>(?i:carrying|bound|heading|headed|travelling|traveling|running))"
    r"(?:\s+[\w'’-]+){0,3}?\s+(?i:to|for|towards?)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}"
    r"(?=\s+(?i:was|were|is|are|had|has|when)\b)"
    # or where those who fled a place went: "Residents fled Tanintharyi town | for Pyigyimandaing"
    r"|(?<=\s)(?P<bound>(?i:for))\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}"
    r"(?=\s+(?i:after|as|amid|when|since|following)\b|\s*[,.;]|$"
    r"|\s+to\s+(?i:escape|avoid|evade|flee|seek|join|find)\b)"  # ("... for Thailand | to escape")
)
#: a verb of fleeing, before where those who fled went ("fled X town | for Z")
_FLED = re.compile(r"\b(?i:flee|flees|fled|fleeing|leave|leaves|left)\s")
#: where people went, after the place they fled and before the clause of why: "Flee Kyin | To
#: Pauk | As Fighting Spreads ..."
_TO_PLACE_BEFORE_CLAUSE = re.compile(
    r"\s+(?i:to|towards?)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}(?:\s+(?i:town|city|camp))?"
    r"(?=,?\s+(?i:as|after|when|amid|following)\b)"
)


_DESTINATION_HINTS = (
    "alted",
    "losed",
    "uspended",
    "ancel",
    "ostponed",
    " shut",
    "topped",
    " to ",
    " To ",
    " into ",
    "oward",
    " twd ",
    "each",
    "lee",
    "eft",
    "pread",
    "pill",
    "xtend",
    " for ",
    " out of ",
)


def _near_where_they_went(
    gaz: Gazetteer, mains: list[tuple[str, str | None]], found: Resolution
) -> tuple[str, Resolution] | None:
    """The reading "..., near W" of ``mains`` (where they went: ``_without_destination``) when
    it finds a place of the name ``found`` found, one of namesakes; else None."""
    names = places_column(gaz, "name")
    name = names[found.candidates[0].place_id]
    for main, _ in mains[1:]:
        near = _resolve_text(gaz, main, 1)
        if _places_it(gaz, near) and names[near.candidates[0].place_id] == name:
            return main, near
    return None


#: who went, at a text's end once where they went is cut: "; residents fled", " sends hundreds
#: fleeing"
_GOING_AT_END = re.compile(
    r"(?:;\s*|,\s*|\s+)(?:[a-z]\w*\s+){0,3}?(?i:fled|fleeing|flee|flees|ran|escaped|retreat"
    r"|retreats|retreated|retreating|withdraw|withdraws|withdrew|withdrawing|moving|running)"
    # (or before an area put last: "...; residents fled|, Khin-U Township")
    r"(?=(?:,\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\s+(?i:township|tsp|twp|region|state))?"
    r"\s*\.?\s*$)"
)


def _without_destination(text: str) -> list[tuple[str, str | None]]:
    """``text`` without where people went, when a clause follows that may say where it
    happened ("Residents fled to Peinzalok after clashes in X village, Y Township"), then also
    with the place they went to as one it is near (they flee to a town nearby: "Civilians Flee
    Toward Nyaunglebin Town as Junta Shells Pazunmyaung Village": a close spelling near it);
    each with the place fighting spread from, which the place it spread to is near ("Fighting
    Spreads From Kani to X Village"); else []."""
    if not any(hint in text for hint in _DESTINATION_HINTS):
        return []  # (a quick look first: most text names no one going anywhere)
    went = [m["place"] for m in _DESTINATION.finditer(text) if m["place"]]
    spread_from = next((m["origin"] for m in _DESTINATION.finditer(text) if m["spread"]), None)

    def without(match: re.Match) -> str:
        if match["spread"] is not None:
            return match["spread"]
        if match["halted"] is not None or match["bound_for"] is not None:
            return match["halted"] or match["bound_for"]
        if match["bound"] is not None:
            return "" if _FLED.search(text, 0, match.start()) else match.group()
        if match["left"] is None:
            return match["verb"] or ""
        # the place left, when a village named after it is where it happened (not "Residents
        # Flee Kanyin Kyo After Clashes in Kyauktaga Township": Kanyin Kyo)
        return match["left"] if NAMED_VILLAGE.search(text, match.end()) else match.group()

    stripped = _DESTINATION.sub(without, text)
    if _FLED.search(stripped):  # "Villagers Flee Kyin | To Pauk | As Fighting Spreads In ..."
        stripped = _TO_PLACE_BEFORE_CLAUSE.sub("", stripped)
    # (and the going left at the end, with who went: "shelling of V | sends hundreds fleeing|",
    # "V burned (300+ houses)|; residents fled|")
    stripped = _GOING_AT_END.sub("", stripped) or stripped
    if stripped == text:
        return []
    return [(stripped, spread_from), *((f"{stripped}, near {p}", None) for p in went[:1])]


#: words after a comma that go on describing where, not start a clause
_NOT_A_CLAUSE_START = re.compile(
    r"(?i:(?:north|south|east|west|central|upper|lower)\w*|about|some|around|nearly|roughly"
    r"|approximately|just|only|close|near|in|at|on|of|part|parts)$"
)


def _places_it(gaz: Gazetteer, found: Resolution) -> bool:
    """Whether ``found`` places what a clause says happened: a place found by its name (not a
    country), or the village or town the clause places it at (nothing else named there)."""
    if not found.candidates:
        return False
    first = found.candidates[0]
    if gaz.records[first.place_id][0] == "country":
        return False
    # (a village it is placed at, also by a close spelling the answer says to check: "KIA and
    # PDF Slow Junta Advance at | Lone Ton Village, Mohnyin Township")
    return not _fell_back(found) or (
        gaz.records[first.place_id][0] in (*SETTLEMENT_KINDS, "town")
        and first.score >= SETTLEMENT_SCORE * FUZZY_SETTLEMENT_FACTOR
    )


#: how far a close spelling of the village a clause places it at may lower its score
FUZZY_SETTLEMENT_FACTOR = 0.7


def _near_landmark(
    gaz: Gazetteer, found: Resolution, main: str, landmark: str, limit: int
) -> tuple[str, Resolution]:
    """What the main clause ``main`` places (``found``), or the other place of its name near
    the place a leading clause names ("Near Monywa, Junta Executes ... in Lezin Village": the
    Lel Zin near Monywa, not the Le Zin 280 km off); with the text so read."""
    near = f"{main}, near {landmark}"
    beside = _resolve_text(gaz, near, limit)
    if not beside.candidates or _fell_back(beside):
        return main, found  # (no place of the name near it)
    first, other = (gaz.records[r.candidates[0].place_id] for r in (found, beside))
    if _km(first, other) <= SAME_SPOT_KM:
        return main, found  # (the same place, or its tract, found without the landmark)
    return near, beside


#: how near two answers lie to be one place (a village and its tract)
SAME_SPOT_KM = 2.0


def _main_clause(text: str) -> str | None:
    """The main clause of a sentence that starts with a clause of what came before ("A day
    after fighting in Ma Kyee Su village, Myingyan Township, | the junta bombed ..."): the text
    after the first comma that a word in lower case (not a preposition) or who acted follows;
    None when the text does not start so."""
    first = text[: text.find(" ")]
    if text.count(" ") < 5 or (first.lower() not in _LEADING_WORDS and not first.isdigit()):
        return None  # (quick looks first: most text is short, or starts with no such clause)
    if not _LEADING_CLAUSE.match(text):
        return None
    for comma in re.finditer(r",\s+", text):
        rest = text[comma.end() :]
        word = rest.split(None, 1)[0] if rest.strip() else ""
        # a clause of news: what happened or who acted, then what they did (not "near
        # Mandalay, Myanmar", "near X village, northern Shan State", ", about 5 miles from Y")
        if (
            ((word.islower() and word not in _FUNCTION_WORDS) or is_actor_word(word))
            and not _NOT_A_CLAUSE_START.match(word)
            # (an area named after it, though its name is a people's: "In Thaton Township, |
            # Mon State, troops ...")
            and not AREA_KIND_WORD.match(rest)
            and len(rest.split()) > 3
            and reads_as_news(rest)
        ):
            return rest
    return None


#: a main clause only of where the actors moved on to: "(After torching V, ) | the column moved
#: on toward W, residents said."
_MOVED_ON_TO = re.compile(
    r"(?:[\w'’-]+\s+){0,4}?(?:moved|went|headed|pushed|marched)\s+on\s+(?:to|towards?)\s+"
    r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}(?:\s+(?:village|town))?"
    r"(?:,\s+(?:[a-z]+\s+){1,2}(?:said|say|says|reported))?\.?$"
)


#: a stretch between two places a text names: "fighting (on the road) between Ngazun and
#: Natogyi"
_STRETCH = re.compile(
    r"\bbetween\s+(?P<a>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})\s+and\s+"
    r"(?P<b>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})"
)


#: towns of a stretch closer than this are one place's neighbours, farther apart no place
STRETCH_KM = 10.0


def _long_stretch(gaz: Gazetteer, text: str) -> tuple[re.Match, int, int] | None:
    """The stretch a text names between two towns (or townships) found farther apart than
    STRETCH_KM: where it is named and the two places, else None."""
    if " between " not in text or (stretch := _STRETCH.search(text)) is None:
        return None
    ends = [resolve_address(gaz, end, 1, resolve).candidates for end in stretch.group("a", "b")]
    if not all(ends) or any(gaz.records[end[0].place_id][0] not in ANCHOR_KINDS for end in ends):
        return None  # (villages: "between Ingyin and Hin Kayaw villages, in Myebon township")
    if _km(gaz.records[ends[0][0].place_id], gaz.records[ends[1][0].place_id]) <= STRETCH_KM:
        return None
    return stretch, ends[0][0].place_id, ends[1][0].place_id


def _end_of_a_stretch(gaz: Gazetteer, text: str, mentioned: Resolution) -> str | None:
    """Why the place a text mentions is no answer when it is an end of a long stretch the
    text names ("fighting between Ngazun and Natogyi" happened at neither), else None."""
    stretch = _long_stretch(gaz, text)
    if stretch is None or mentioned.candidates[0].place_id not in stretch[1:]:
        return None
    return (
        f"'{text.strip()}' names a place {stretch[0].group()}, not at one place: geocode a place "
        "on the way, or one end"
    )


#: a place on a road between two towns, or on the border of two areas: "near Valan Tee village
#: on the Matupi-Paletwa road", "Palontwe village on the border of Tilin and Mindat townships"
_BETWEEN_TWO_AREAS = re.compile(
    r"(?:^|\s+)(?i:on|along|off|near|beside)\s+(?:(?i:the)\s+)?(?:"
    r"(?P<a>[A-Z][\w'’]*(?:\s[A-Z][\w'’]*)?)\s*[-–—]\s*(?P<b>[A-Z][\w'’]*(?:\s[A-Z][\w'’]*)?)"
    # ("on Kawlin-Shwebo Rd near X": with no article, and the road word shortened)
    r"\s+(?i:road|rd|highway|hwy|route|railway|expressway|motorway)"
    # "on the road between Ngazun and Myinmu near Kindaw village"
    r"|(?:road|highway|route)\s+(?:between|from)\s+(?P<e>[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*){0,2})"
    r"\s+(?:and|to)\s+(?P<f>[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*){0,2})"
    r"|(?:border|boundary)\s+(?:of|between)\s+(?P<c>[A-Z][\w'’ ]*?)\s+and\s+"
    r"(?P<d>[A-Z][\w'’ ]*?)\s+(?P<kind>townships|districts|states|regions))\b"
)

#: a name at the end of a sentence's words in lower case: "rebels took | Hsenwi"
_NAME_AFTER_SENTENCE = re.compile(
    r"\b[a-z][\w'’-]*\s+(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}"
    r"(?:\s+(?:village|town))?)$"
)
_AREA_LAST = re.compile(r"\s(?i:state|region|division|township|district)$")
#: a road's kind word, whole or shortened: the text may name a place by the road it is on
_ROAD_WORD = re.compile(r"(?i)\s(?:road|rd|highway|hwy)\b")

#: a place said to lie between two towns, at the text's end: "near Myo Thar village between
#: Ngazun and Natogyi"
_PLACE_BETWEEN = re.compile(
    r"\s+between\s+(?P<e>[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*){0,2}?)\s+(?:and|&)\s+"
    r"(?P<f>[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*){0,2}?)(?:\s+(?P<kind>townships))?\s*[.;]?$"
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


def _place_between_two_areas(gaz: Gazetteer, text: str, limit: int) -> Resolution | None:
    """A place written on a road between two towns or on the border of two areas, found in
    one of them, or the same place by both (a close spelling too: "Valan Tee" is Valangte, of
    Matupi; a place found by its name before a close spelling at the other end); None when
    the text is not so, or two places are found alike."""
    match = _BETWEEN_TWO_AREAS.search(text) or _PLACE_BETWEEN.search(text)
    if match is not None:
        place = (text[: match.start()] + text[match.end() :]).strip(" ,.")
        if (", " in place and "ing " in place) or "; " in place:  # "..., | cutting traffic to X"
            place = without_result_tail(place)
        if (named := _NAME_AFTER_SENTENCE.search(place)) and not _AREA_LAST.search(named["name"]):
            # (not an area ending the place's address: "..., Kalaw Township, southern Shan State")
            place = named["name"]  # "rebels took | Hsenwi | on the Lashio-Muse highway"
        groups = match.groupdict()
        kind = (groups.get("kind") or "")[:-1].title()
        ends = ("a", "b") if groups.get("a") else ("e", "f") if groups.get("e") else ("c", "d")
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
        found = resolve_address(gaz, read, limit, resolve)
        if found.candidates and not _fell_back(found):
            answers.append(_read_as(text, read, found))
            note = found.candidates[0].note or ""
            if not note.startswith(JUST_OUTSIDE) and PARTIAL_NOTE not in note:
                inside.append(answers[-1])
    if (
        answers
        and all(answer.candidates[0].match == "fuzzy" for answer in answers)
        and (alone := resolve_address(gaz, place, limit, resolve)).candidates
        and alone.candidates[0].match == "exact"
        and _found_surely(alone, SURE_SCORE)
    ):
        # (a close spelling at an end is not the place the text names exactly alone: "the
        # bridge near Pyay Thar Kone village on the Mandalay-Lashio highway", of Nawnghkio)
        return _read_as(text, place, alone)
    places = {answer.candidates[0].place_id for answer in answers}
    # (both ends may name the same one: as found in the one holding it; but a town or township
    # found only partly, at neither end, is no place on the road: "a bomb on Yangon-Mawlamyine
    # Road near Belin's old tollgate in Belin's Daukyat village" is no Bilin town)
    if len(places) == 1 and (inside or gaz.records[min(places)][0] not in ANCHOR_KINDS):
        return max(answers, key=lambda answer: answer.candidates[0].score)
    # the one found by its name before a close spelling at the other end
    sure = [answer for answer in answers if _found_surely(answer) is not None]
    if len(sure) == 1:
        return sure[0]
    # the one found in its end's area, not just outside the other ("between Kawlin and Shwebo
    # near Kokkogon village": Koke Ko Kone of Kawlin, not of Kyunhla, beside Shwebo), nor
    # against a township the text names itself
    if len(inside) == 1:
        return inside[0]
    # a town a sentence names on a road between two others, found by its name alone ("TNLA
    # took Hsipaw on the Mandalay-Muse highway": in neither end's area; "... the Moebye bridge
    # on the Loikaw-Taunggyi road, Pekon Township")
    if not answers and match is not None and kind == "":
        alone = resolve(gaz, place, limit)
        first = _found_surely(alone, MIN_MENTION_SCORE)
        if first is not None and gaz.records[first.place_id][0] not in _AREA_KINDS:
            return _read_as(text, place, alone)
    return None


def _unseparated_area(gaz: Gazetteer, text: str, limit: int) -> Resolution | None:
    """A place, then the area it lies in, with no comma between ("လက်ဆယ်ကန် မကွေး", "Let Se
    Kan Magway"), also after words of what happened ("drone strike khoboei matupi township"):
    the place found by its name inside that area, with nothing to say, its longest reading
    first; tried only when the text as written names nothing."""
    words = text.split()
    if not 2 <= len(words) <= 8 or "," in text or "၊" in text:
        return None
    for k in range(len(words) - 1, 0, -1):
        area = " ".join(words[k:])
        core, kind = strip_kind(area)  # ("matupi township": Matupi, read as a township)
        if kind is not None and " " not in area:
            continue  # a kind word alone names no area
        hits = gaz.exact.get(normalize(core), ())
        if not any(gaz.records[pid][0] in _TOWN_OR_AREA_KINDS for pid, _ in hits):
            continue
        for start in range(k):
            found = _surely_in_area(gaz, " ".join(words[start:k]), area, hits, limit)
            if found is not None:
                return Resolution(text.strip(), found.candidates, found.reason)
    return None


def _surely_in_area(
    gaz: Gazetteer, place: str, area: str, hits: tuple, limit: int
) -> Resolution | None:
    """``place`` read in ``area`` (whose own records are ``hits``), when found surely with
    nothing to say and not the area itself (but its town when the place is said to be one:
    "Myaing Town Myaing Tsp"); else None."""
    found = resolve_address(gaz, f"{place}, {area}", limit, resolve)
    first = _found_surely(found, SURE_SCORE)
    if first is None or first.note:
        return None
    town = place.lower().endswith(" town") and gaz.records[first.place_id][0] == "town"
    return found if town or all(first.place_id != p for p, _ in hits) else None


def _after_dateline(gaz: Gazetteer, text: str, dateline: re.Match, limit: int) -> Resolution:
    """The place of the report after a wire dateline; the dateline's place (at
    DATELINE_FACTOR, said) when the report names none."""
    found = resolve(gaz, text[dateline.end() :], limit)
    city = dateline["place"].title()  # a dateline names a city: "MANDALAY" is the town
    if (
        found.candidates
        and gaz.records[found.candidates[0].place_id][0] == "state"
        and _THE_TOWN.search(text, dateline.end())
    ):
        # (a story naming only the state its dateline's town is in, and that town as "the
        # town": "Tonzang, 12 January — Chin resistance forces said the town was under their
        # control ...": the town)
        filed = resolve(gaz, f"{city} town", limit)
        town = _found_surely(filed)
        if town is not None and (
            gaz.places["admin1"].iat[town.place_id]
            == gaz.places["name"].iat[found.candidates[0].place_id]
        ):
            return Resolution(text.strip(), filed.candidates, filed.reason)
    if found.candidates:
        if found.candidates[0].rivals:  # (of namesakes, the one where the reporter filed)
            found = _namesake_in_dateline_area(gaz, text[dateline.end() :], city, found, limit)
        return Resolution(text.strip(), found.candidates, found.reason)
    if _VILLAGE_WITH_TOWNSHIP.match(dateline["place"]) and (
        (lead := _found_surely(there := resolve(gaz, dateline["place"], limit))) is not None
        and gaz.records[lead.place_id][0] in ("village", "village_tract", "ward")
    ):
        # (a village with its township opening the report is where it happened, no outlet's
        # dateline: "Kutoeseik, Minbya Township — 4 villagers ... were killed when shells
        # landed in the village")
        return Resolution(text.strip(), there.candidates, there.reason)
    filed = resolve(gaz, f"{city} town", limit)
    if not filed.candidates:
        filed = resolve(gaz, city, limit)
    said = f"the report names no place: located to its dateline, '{dateline['place']}'"
    return _at_dateline(text, filed, found.reason, said)


#: a place and its township, as a report's opening: "Kutoeseik, Minbya Township"
_VILLAGE_WITH_TOWNSHIP = re.compile(r"[^,]+,\s*[A-Z][\w'’ -]*\s(?i:township|tsp|twp)$")


#: the cities where reporters file news of the whole country from
_CAPITALS = frozenset({"yangon", "rangoon", "naypyitaw", "naypyidaw"})


def _namesake_in_dateline_area(
    gaz: Gazetteer, story: str, city: str, found: Resolution, limit: int
) -> Resolution:
    """Of the namesakes ``found`` for a wire report's ``story``, the one in its dateline's
    ``city`` or its state or region ("LOIKAW, 9 January — ... shelled Myay Ni Kone village" is
    the Myay Ni Kone of Loikaw, not of Pyawbwe); ``found`` when none lies there."""
    if normalize(city).replace(" ", "") in _CAPITALS:
        return found  # (the capitals file news of the whole country)
    story = ATTRIBUTION_TAIL.sub("", story.strip().rstrip("."))
    named = normalize(gaz.places["name"].iat[found.candidates[0].place_id])
    for area in _dateline_areas(gaz, city):
        near = resolve(gaz, f"{story}, {area}", limit)
        if (
            near.candidates
            and not _fell_back(near)
            and not _only_the_dateline(gaz, near, area)
            and normalize(gaz.places["name"].iat[near.candidates[0].place_id]) == named
        ):
            return near
    return found


#: a town named before, as "the town": "... said | the town| was under their control"
_THE_TOWN = re.compile(r"\bthe\s+(?:town|city)\b")


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
    r"(?P<place>[A-Z][A-Z'’\-]+(?:\s[A-Z][A-Z'’\-]+)*(?:,\s*[A-Za-z][A-Za-z ]+?)?)"
    r"(?:\s+[—–-]|:)\s+(?=.*[a-z])"  # ("TILIN: Troops detained ...": a colon too)
)


#: a dateline in Title Case, before a dash: "Monywa — ...", "Kyaukhtu, Magway Region — ...",
#: "Taze, March 14 – ..." (the date left out of the place)
_TITLE_DATELINE = re.compile(
    r"(?P<place>[A-Z][a-z'’\-]+(?:[\s-][A-Z][a-z'’\-]+){0,2}"
    r"(?:,\s*(?!" + _DAY_MONTH + r")[A-Z][A-Za-z ]+?)?)"
    r"(?:,\s*" + _DAY_MONTH + r")?\s+[—–-]\s+(?=.*[a-z])"  # ("Tonzang, Chin State - Junta ...")
)


def _dateline(text: str) -> tuple[re.Match, bool] | None:
    """The dateline opening ``text`` and whether it is a local outlet's, whose place is the
    story's area: a dated one in any case ("WAW, 7 JAN - ...", "17 february (yangon) - ...")
    and a wire service's
    ("YANGON, Jan 4 (Reuters) -") are where the reporter filed from; one in capitals
    ("TILIN: ...") or Title Case ("Monywa — ...") names the township the outlet covers."""
    if dateline := _DATED_DATELINE.match(text) or _DATE_FIRST_DATELINE.match(text):
        return dateline, False
    if "(" in text and (dateline := _DATELINE.match(text)):
        return dateline, False
    if " " in text[:60] and (dateline := _local_dateline(text)):
        return dateline, True
    return None


def _local_dateline(text: str) -> re.Match | None:
    """A local dateline before a report: in capitals ("TILIN: ...", "MONYWA — ..."), or in
    Title Case before a dash when a report of news follows ("Monywa — Residents of X village
    said ...", not "Yangon — Hlaing Tharyar", a place of the city)."""
    if dateline := _LOCAL_DATELINE.match(text):
        return dateline
    if "—" not in text[:60] and "–" not in text[:60] and " - " not in text[:60]:
        return None
    dateline = _TITLE_DATELINE.match(text)
    return dateline if dateline and reads_as_news(text[dateline.end() :]) else None


#: words of what happened inside a town the text named before: "in the town's wards"
_INSIDE_THE_TOWN = re.compile(
    r"\bthe\s+town['’]s\s+(?:wards|streets|centre|center|market|quarters|neighbourhoods)\b"
    r"|\b(?:inside|within)\s+the\s+town\b|\bthe\s+town\s+itself\b"
)


def _place_in_story_after_colon(gaz: Gazetteer, text: str, limit: int) -> Resolution | None:
    """A headline naming a place, or an area as a label, then after a colon the story naming a
    finer place in it ("Fighting in Sintgaing: military column attacked near Ywar Bo, RFA
    reports", "Papun Township: junta troops raid Ta Khon Tine village"): the story's place,
    looked for in the headline's; None when the text is not so."""
    head, _, story = text.partition(": ")
    if not reads_as_news(story) or not ATTRIBUTION_TAIL.sub("", f": {story.strip()}"):
        return None  # (nor a source after the colon: "... leave four dead: AA spokesman")
    if _FROM_TO.match(head) or route_ends(head) is not None:
        # a stretch as the story's label: "From Myitkyina to Laiza: Junta ... Hitting X
        # Village in Waingmaw Township" is X, not Laiza
        found = _resolve_text(gaz, story, limit)
        # (also when the story is placed only in its township: "From Taze to Ywathaya: Army
        # Advance Leaves Trail of Burned Homes in Taze Township")
        if (to := _TO_END.search(head)) and (area := _area_named(gaz, found)):
            # the stretch's end in the area the story names: "From Webula to Myintha: ...
            # Attack Junta Outpost in Gangaw Township" is Myin Thar of Gangaw Township
            end = _resolve_text(gaz, f"{to['place']}, {area}", limit)
            if _places_it(gaz, end) and _contains(
                gaz, found.candidates[0].place_id, end.candidates[0].place_id
            ):
                return _read_once_as(text, f"{to['place']}, {area}", end)
        if not _places_it(gaz, found):
            return None
        return Resolution(text.strip(), found.candidates, found.reason)
    if not reads_as_news(head):  # an area as the story's label: "Papun Township: junta ...",
        # or a town as a dateline: "Mrauk-U: Two Villagers Shot Dead ... in Aukthakan Village"
        # (or a village tract with its township: "Hpa-an tsp, Mee Zaing tract: troops
        # arrested 6 villagers in V village")
        where = _found_surely(_resolve_text(gaz, head, 1), SURE_SCORE)
        if where is None or gaz.records[where.place_id][0] not in (
            *_AREA_KINDS,
            "town",
            "village_tract",
            "site",  # (an island as a label: "Bilu Kyun (Chaungzon Township): ... in V village")
        ):
            return None
    elif (where := _found_surely(_resolve_text(gaz, head, 1))) is None:
        return _headline_place_in_story_area(gaz, text, head, story, limit)
    kind = gaz.records[where.place_id][0]
    if (kind in SETTLEMENT_KINDS and not _NAMES_A_PLACE.search(story)) or (
        # (or a town whose streets the story tells of: "Clashes in Ramree: ... fought in the
        # town's wards ..., and thousands fled to villages such as V")
        kind == "town" and _INSIDE_THE_TOWN.search(story)
    ):
        # a headline's village, its story naming no place: "Military raid on Thone Gwa village
        # (Kyaikto Township): several houses burned" (not a namesake the story's words find)
        return _read_once_as(text, head, _resolve_text(gaz, head, limit))
    places = gaz.places
    named = places["name"].iat[where.place_id]
    if kind in _AREA_KINDS:  # "Papun Township": its kind
        named = f"{named} {kind.title()}"  # (the township, not the town, holds its villages)
    elif kind == "village_tract":
        named = head.strip()  # (the tract as the label gives it, with its township)
    elif (
        kind in ("town", "site")
        and not reads_as_news(head)
        and isinstance(places["admin3"].iat[where.place_id], str)
    ):
        # a dateline: its township, or the town itself for its wards ("Somra, Layshi Township:
        # ... houses in No. (2) Ward": the ward of Somra, not of Mowailut in the same township)
        township = f"{places['admin3'].iat[where.place_id]} Township"
        named = f"{named} town" if kind == "town" and _WARD_WORD.search(story) else township
    story = ATTRIBUTION_TAIL.sub("", story.strip().rstrip("."))
    if "ing " in story:  # (not what it led to, before the area put after it: "..., about 8 km
        story = without_result_tail(story)  # south-east of T town, damaging the clinic")
    # (of namesakes, the one in an area the story names: "Mandalay Region: ... Kanphyu Village
    # of Madaya Township ...")
    found = _namesakes_told_apart(
        gaz, f"{story}, {named}", _resolve_text(gaz, f"{story}, {named}", limit)
    )
    # (a close spelling too: it was looked for among the headline's place's places only)
    best = found.candidates[0] if found.candidates and not _fell_back(found) else None
    coarse = _fineness(gaz.records[where.place_id][0])
    if best is not None and best.place_id == where.place_id and kind not in _AREA_KINDS:
        # the story's place is the label's town: "Kan Paik Ti, Waingmaw Township: KIA
        # fighters attacked the base in Kan Paik Ti town" (not a namesake village)
        return Resolution(text.strip(), found.candidates, found.reason)
    if best is None or best.place_id == where.place_id:
        return None
    if _fineness(gaz.records[best.place_id][0]) > coarse:
        return None  # (a town in the headline's town: "... near Pyuntaza" of Nyaunglebin)
    return Resolution(text.strip(), found.candidates, found.reason)


#: a ward, in a story
_WARD_WORD = re.compile(r"\b[Ww]ard\b")
#: a stretch from one place to another: "From Myitkyina to Laiza"
_FROM_TO = re.compile(r"(?i:from)\s+[A-Z][^:]*?\s+(?i:to)\s+[A-Z][^:]*$")
#: the end of such a stretch
_TO_END = re.compile(r"\s(?i:to)\s+(?P<place>[A-Z][^:]*)$")


def _area_named(gaz: Gazetteer, found: Resolution) -> str | None:
    """The area ``found`` answers with, named with its kind word ("Gangaw Township"); None
    when it answers with a place finer than a township."""
    if not found.candidates:
        return None
    first = found.candidates[0].place_id
    kind = gaz.records[first][0]
    if kind not in _AREA_KINDS:
        return None
    return f"{gaz.places['name'].iat[first]} {kind.title()}"


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


#: words of where people fled, just before a place: "residents of W flee to |"
_FLED_TO_END = re.compile(
    r"\b(?:flee|flees|fled|fleeing|ran|escaped|evacuated)\s+(?:to|towards|into)\s+$"
)
#: a namesake among equally likely ones lies this near another town or township the text
#: names to be the one meant; its score is then the namesake's times MENTION_NEAR_FACTOR
MENTION_NEAR_KM = 30.0
MENTION_NEAR_FACTOR = 0.8


def _namesake_near_another_place(
    gaz: Gazetteer, text: str, named: str | None = None
) -> Resolution | None:
    """Of namesakes equally likely ("Hin Thar village": five of them), the one near a town or
    township the text also names ("A junta column marching from Ayadaw attacked Hin Thar
    village"); None when no such place lies within MENTION_NEAR_KM of exactly one of them.
    The namesakes are those the whole text reads as, or those of the place ``named``."""
    every = _resolve_text(gaz, named or text, 60)
    tied = [c for c in every.candidates if c.rivals]
    records = gaz.records
    townships = [records[c.place_id][7] for c in tied]
    for mention in mentions(gaz, text):
        if _FLED_TO_END.search(text, 0, mention.start):
            continue  # (not where people fled: "residents of Taung Paing Ward flee to Bawlakhe")
        anchor = _found_surely(resolve_address(gaz, mention.text, 1, resolve))
        if anchor is None or anchor.rivals:
            continue  # (not "Htantabin", the name of two townships)
        # (or the other of two villages named together: "between Kone Thar and | Nwar La Woe
        # villages|": the Kone Thar near the one Nwar La Woe)
        listed = mention.text.lower().endswith(" villages") and records[anchor.place_id][0] in (
            "village",
            "village_tract",
        )
        if records[anchor.place_id][0] not in ANCHOR_KINDS and not listed:
            continue
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
            # (a village named with it is a neighbour: nearer than a town a text names)
            radius = AMBIGUOUS_KM if listed else MENTION_NEAR_KM
            near = [
                (km, c)
                for c in tied
                if (km := _km(records[c.place_id], records[anchor.place_id])) <= radius
            ]
            if len(near) > 1 and (away := _DISTANCE_AWAY.search(text)):
                # (the one at the distance the text gives: "soldiers based in Khin-U shelled
                # Aungthar village, some 16 km away")
                given = float(away["amount"]) * (1.609344 if away["unit"].startswith("mi") else 1)
                near = [(km, c) for km, c in near if abs(km - given) <= AWAY_TOLERANCE * given]
            if townships.count(township) > 1 and _AT_THE_EDGE_OF.search(text, 0, mention.start):
                # (but the one at the edge of the town the text names: "Kin Taw village, on the
                # eastern edge of Hkamti town": the Kin Taw 2 km from it, not 13 km)
                near = [(km, c) for km, c in near if km <= EDGE_OF_TOWN_KM]
            # not the township that holds several of them ("Nam Lan village in Tangyan
            # township": the one nearest Tangyan town is no likelier than the others of it)
            elif townships.count(township) > 1:
                continue
            if len(near) != 1:
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


#: words saying a place lies at a town's edge, just before the town: "on the eastern edge of |",
#: "on the outskirts of |", "just outside |"
_AT_THE_EDGE_OF = re.compile(
    r"\b(?:(?:on\s+)?the\s+(?:(?:north|south|east|west)(?:ern)?\s+)?(?:edge|outskirts|fringe)\s+of"
    r"|just\s+outside(?:\s+of)?|adjacent\s+to|bordering)\s+$"
)
#: how far from a town a place at its edge may lie
EDGE_OF_TOWN_KM = 5.0
#: a distance the text gives between the place and another it names: "some 16 km away"
_DISTANCE_AWAY = re.compile(
    r"\b(?P<amount>\d+(?:\.\d+)?)\s*(?P<unit>km|kms|kilomet(?:er|re)s?|miles?|mi)\s+away\b"
)
#: how far (a share of the distance given) a namesake may lie from that distance
AWAY_TOLERANCE = 0.25


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
    # (without a clause only of where people went: "... set fire to the village monastery;
    # villagers had already fled to W and Z")
    clauses = story.split("; ")
    if len(clauses) > 1:
        story = "; ".join(c for c in clauses if not _ONLY_WHERE_THEY_WENT.match(c)) or story
    place = dateline["place"].title()
    if _THIS_TOWN_IN.search(story) and (
        (town := _found_surely(dated := resolve(gaz, f"{place.split(',')[0]} town", limit)))
        is not None
        and gaz.records[town.place_id][0] == "town"
        and township_of(gaz, town.place_id).lower() in story.lower()
    ):
        # ("THEINZAYAT, Mon State — A man was shot dead ... in this small town in Kyaikto
        # Township": the dateline's town, which lies in the township the story names)
        return Resolution(text.strip(), dated.candidates, dated.reason)
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
    town = _found_surely(anywhere, SURE_SCORE)
    if town is not None and gaz.records[town.place_id][0] != "town":
        town = None
    # (a town named without its kind word beats only a close spelling in the dateline's
    # area: "SITTWE — Clashes broke out on the outskirts of Taungup" is Toungup, not the Taung
    # Hpu of Pauktaw)
    named_town = _NAMES_A_TOWN.search(story) is not None
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
                and PARTIAL_NOTE not in (found.candidates[0].note or "")
            ):
                if (
                    town is not None
                    and gaz.records[found.candidates[0].place_id][0] != "town"
                    and (named_town or found.candidates[0].match == "fuzzy")
                ):
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


#: the dateline's town, as the story names it: "in | this small town| in Kyaikto Township"
_THIS_TOWN_IN = re.compile(r"\b(?:this|the)\s+(?:small\s+|little\s+|border\s+)?town\s+in\s+[A-Z]")


def _dateline_areas(gaz: Gazetteer, place: str):
    """The dateline's place, then (when it is no state) the state or region it lies in."""
    yield place
    dated = _found_surely(resolve(gaz, place, 1))
    if dated is not None and gaz.records[dated.place_id][0] != "state":
        state = gaz.places["admin1"].iat[dated.place_id]
        if isinstance(state, str):  # (a place abroad, or the country, has none)
            yield state


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
    r"\s(?:in|at|near|on|from|of|outside|to|into|around|inside|within|against|towards?|over)\s+"
    r"(?=[A-Z])|(?<=[a-z])\s+(?=[A-Z])"
    rf"|\s(?i:{CAPACITY})\s+(?=[A-Z])"  # "... by the suspended 3,400MW | Chipwi"
)


#: where what came from a place was stopped or met: "convoys from Yangon were stopped |
#: outside | Shwebo town"
_WHERE_STOPPED = re.compile(r"\s(?:outside|near|at|inside)\s")
#: a sentence's end after a kind word, before the next (its date taken out: "Tat Kone, Salin
#: township|. |soldiers raided our village")
_KIND_WORD_THEN_STOP = re.compile(r"(?:(?<=[Tt]ownship)|(?<=[Vv]illage)|(?<=[Rr]egion))\.\s")
#: a base that those who came from it are said to be at: "soldiers from the camp at | W"
_FROM_A_BASE = re.compile(
    r"\bfrom\s+(?:the|their|a|an|its|[A-Z]{2,5}\s*-?\s*\d{1,4})\s+(?:[a-z]+\s+){0,2}"
    r"(?:camp|base|outpost|post|position"
    r"|headquarters|battalion|garrison|regiment)$"
)
#: where those from a place came to: "soldiers from W | came down to | V village"
_CAME_TO = re.compile(
    r"\s(?:came|went|walked|moved|marched|arrived|advanced|headed|drove|rode)\s+"
    r"(?:down\s+|up\s+|over\s+|back\s+)?(?:to|into|in|at)\s+$"
    # (or where what was fired from there fell: "fired from a base near W town | hit | V")
    r"|\s(?:hit|hits|struck|landed\s+(?:in|on|at)|exploded\s+(?:in|at))\s+$"
)
#: ... with a verb between the two ("from Yangon | were stopped | outside"; not "a junta convoy
#: from Myinmu near Kan Taw", where the town it came from is the area)
_VERB_BETWEEN = re.compile(r"\s(?:were|was|are|is|got)\s|[a-z]ed\s")


def _surer_reading(gaz: Gazetteer, found: Resolution, best: Candidate, head: str) -> bool:
    """Whether ``best``, read after a sentence's head that names nothing (no capital after
    its first word but who acted), is the place the whole text fell back to, scored higher:
    "Military council raids | Dawei's Maung Mae Shaung village" is that village's close
    spelling, not a place near an unknown "Military council raids", and "Junta troops clashed
    with PDF fighters at | X village" is X (but "the junta's Ton Shan camp at | Tar Kan Htan
    village" is a camp the gazetteer lacks, at that village)."""
    first = found.candidates[0]
    return (
        not any(word[:1].isupper() and not is_actor_word(word) for word in head.split()[1:])
        and _fell_back(found)
        and best.place_id == first.place_id
        and best.score > first.score
        and gaz.records[first.place_id][0] in SETTLEMENT_KINDS  # not an area fallen back to
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


def _opening_noun(gaz: Gazetteer, words: list[str], match: re.Match) -> bool:
    """Whether a head of one word in sentence case, before a preposition in lower case, opens a
    sentence ("Video | from Hseni town"): a word the gazetteer has no place of."""
    return (
        len(words) == 1
        and words[0].isalpha()
        and words[0][1:].islower()
        and match.group().strip().islower()
        and not gaz.exact.get(normalize(words[0]))
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


#: the most heads of a sentence (words before "in", "at", "near" ...) read for the place after
MAX_SENTENCE_HEADS = 12


def _after_sentence_head(
    gaz: Gazetteer, text: str, found: Resolution, limit: int
) -> Resolution | None:
    """The answer for the words after a news sentence's head ("troops killed 10 people during
    a raid on | Latpankyin village, Myinmu Township"), when the whole text was not found and
    the head reads as a sentence (a word in lower case that is no kind word); taken only if
    it is a place found, finer than the area the whole text fell back to."""
    text = without_dates(text)  # "On 21 June 2021, about 520 people fled X village, ..."
    head_end = text.find(", ")  # (not a thousands separator: "3,400MW")
    while head_end > 0 and all(is_actor_word(w) for w in text[:head_end].split(", ")[-1].split()):
        head_end = text.find(", ", head_end + 2)  # who acted, listed: "KIA, PDF Slow Junta ..."
    first = text if head_end < 0 else text[:head_end]
    if route_ends(first) is not None or capital_of(first):  # no one place, or no capital
        return None
    country = None  # "pipelines crossing into China | at Muse-Ruili": a later, finer place
    # "fled | Nam San Yang village of Waingmaw Township": a close spelling, or an area the part
    # fell back to, kept for when a later part only names the area that holds it
    held: list[Resolution] = []
    # a head ending inside a long stretch is no head: neither end is where it happened ("...
    # between | Ngazun and Natogyi", "... between Ngazun and | Natogyi")
    stretch = _long_stretch(gaz, first)
    stretch_ends = {stretch[0].start("a"), stretch[0].start("b")} if stretch else set()
    # (the first heads only: a long text of repeated words has hundreds, each read at length)
    matches = list(itertools.islice(_PLACE_AFTER.finditer(first), MAX_SENTENCE_HEADS))
    for index, match in enumerate(matches):
        head = first[: match.start()]
        words = head.split()
        if not any(_is_content_word(w) for w in words) and not _opening_noun(gaz, words, match):
            continue
        came_from = match.group().split()[:1] == ["from"] or _FROM_A_BASE.search(head)
        if came_from and any(
            (
                _WHERE_STOPPED.match(later.group())
                and _VERB_BETWEEN.search(first, match.end(), later.start() + 1)
            )
            or _CAME_TO.search(first, match.end(), later.end())
            for later in matches[index + 1 :]
        ):
            # where they came from: "convoys from | Yangon were stopped outside X", "soldiers
            # from | W came down to V village", "soldiers from the camp at | W came to V",
            # "shells fired from a base near | W town hit | V village"
            continue
        if (
            words[-1][:1].isupper()
            and not first[match.start() :].lstrip()[:3].islower()
            # (but a Title Case verb ends a head: "... as Junta Shells | Kya Pin Hla (...)")
            and words[-1].lower() not in SENTENCE_VERBS
        ):
            continue  # inside a name: "Kya | In Seik Gyi town" is no head and its place
        if match.end() in stretch_ends:
            continue
        rest = text[match.end() :]
        if ends_on_a_great_river(first[: match.end()] + rest.split(None, 1)[0]):
            continue  # "... shells X Village on the | Sittaung": the river
        # (its own sentence first, when the words after it may hide its area: "I live in | Tat
        # Kone, Salin township|. On 10 September soldiers raided our village")
        end = _KIND_WORD_THEN_STOP.search(rest)
        sentence = resolve_address(gaz, rest[: end.start()], limit, resolve) if end else None
        if sentence is not None and _found_surely(sentence) is not None:
            later = sentence
        else:
            later = resolve_address(gaz, rest, limit, resolve)
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
            neighbour = _named_before_its_neighbour(gaz, found, best, rest)
            if best.place_id == before or (
                _fineness(gaz.records[best.place_id][0]) >= coarse and not neighbour
            ):
                continue
            if (
                not neighbour  # (a place near it is not in it)
                and _fell_back(found)
                and not _contains(gaz, before, best.place_id)
                # (unless the part read names that place too, and was found in what it names:
                # "Junta airstrikes pounded | Nam San Yang, Myitkyina", in Myitkyina District;
                # "MNDAA offensive on | Laukkai town, Kokang", Kokang also Konkyan's name)
                and not any(before in _qualifier_of_text(gaz, p)[1] for p in split_parts(rest))
            ):
                continue  # "Kani Township police station at | X village": X outside Kani
        for kept in held:  # "... of | Waingmaw Township" holds what was read before
            inner = kept.candidates[0]
            if _contains(gaz, best.place_id, inner.place_id) or (
                inner.place_id == best.place_id
                # (not a village read surer now: "clashed with | PDF fighters at | X village")
                and (
                    gaz.records[best.place_id][0] not in SETTLEMENT_KINDS
                    or inner.score >= best.score
                )
            ):
                return kept
        if gaz.records[best.place_id][0] != "country":
            return _read_as(text, rest, later)
        # "fled into Thailand", "loan for X Project in Myanmar": the country, if nothing finer,
        # scored as an area a text falls back to (it says little of where)
        country = country or _read_as(text, rest, later, MENTION_AREA_FACTOR)
    return country


def _named_before_its_neighbour(
    gaz: Gazetteer, found: Resolution, best: Candidate, rest: str
) -> bool:
    """Whether ``best``, read surely after a sentence's head and inside an area the text
    names, is the place the text is about, ``found`` being only the village or town it is
    said to be near ("Airstrikes hit | Waw Lay near Lay Kay Kaw in Myawaddy Township": Waw
    Lay, not Lay Kay Kaw)."""
    first = found.candidates[0]
    return (
        first.match == "qualifier"
        and gaz.records[first.place_id][0] in _NEIGHBOUR_KINDS
        and gaz.records[best.place_id][0] in _NEIGHBOUR_KINDS  # (not its township)
        and best.score >= SURE_SCORE
        and _in_area_named(gaz, rest, best.place_id)
        and any(
            (said := resolve_address(gaz, near["place"].strip(), 1, resolve).candidates)
            and said[0].place_id == first.place_id
            for near in _NEAR_PLACE.finditer(rest)
        )
    )


#: the kinds of place a sentence's place is said to be near, and the place itself
_NEIGHBOUR_KINDS = SETTLEMENT_KINDS | {"town"}
#: a place the text says another is near: "... | near Lay Kay Kaw | in ..."
_NEAR_PLACE = re.compile(
    r"\b(?:near|close\s+to|beside)\s+(?P<place>[A-Z][^,;()]*?)(?=\s+in\s|[,;()]|$)"
)


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


#: who reported or said it, ending a sentence: "..., Myawady reported.", "..., residents said"
_REPORTED_TAIL = re.compile(r",\s+(?:[^,\s]+\s+){0,3}?(?:reported|said|says)\.?$")


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
    area = _area_named(gaz, found) if within is not None else None
    best = None
    # (who reported it, at the end, is no mention: "..., Myawady reported": the junta's
    # television, not the town)
    told = text[: reported.start()] if (reported := _REPORTED_TAIL.search(text)) else text
    for mention in mentions(gaz, told):
        got = resolve_address(gaz, mention.text, limit, resolve)
        first = _found_surely(got, MIN_MENTION_SCORE)
        if first is None and area is not None:
            # a name its namesakes leave unsure, read in that area ("Soldiers Burn Homes in
            # Yinmarbin Township Raid Troops ... reached Kone Ywar village, Yinmarbin Township")
            got = resolve_address(gaz, f"{mention.text}, {area}", limit, resolve)
            first = None if _fell_back(got) else _found_surely(got, MIN_MENTION_SCORE)
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
        # (a name its namesakes leave no mention of its own, in the township the text fell
        # back to: "Witnesses from Thayettan, a village ... in Htantabin Township, ...")
        township = area if within is not None and gaz.records[within][0] == "township" else None
        inside = _named_in_township(gaz, text, township, limit) if township else None
        if inside is None:
            return None
        best = ((), *inside)
    _, mention, got = best
    if gaz.records[got.candidates[0].place_id][0] == "township" and (
        inside := _named_in_township(gaz, text, mention.text, limit)
    ):
        mention, got = inside
    area = _fineness(gaz.records[got.candidates[0].place_id][0]) >= _SPECIFIC["district"]
    factor = MENTION_AREA_FACTOR if area else MENTION_FACTOR
    return _said_of(text, got, f"read from the text: '{mention.text}'", factor)


def _named_in_township(
    gaz: Gazetteer, text: str, township: str, limit: int
) -> tuple[Mention, Resolution] | None:
    """The first place named after "from", "in", "at" ... that the township a text names holds,
    by a name its namesakes elsewhere leave no mention of its own ("a farmer from Zay Thit
    whose identity is withheld ... the village, which lies in Madaya Township"); else None."""
    for run in _NAME_AFTER_LOCATIVE.finditer(text):
        if run[1] in township:
            continue
        alone = _found_surely(resolve_address(gaz, run[1], 1, resolve), MIN_MENTION_SCORE)
        if alone is not None and gaz.records[alone.place_id][0] in _TOWN_OR_AREA_KINDS:
            continue  # a town or area by its own name ("said from Bago"): no such village
        got = resolve_address(gaz, f"{run[1]}, {township}", limit, resolve)
        first = None if _fell_back(got) else _found_surely(got, MIN_MENTION_SCORE)
        if first is not None and _fineness(gaz.records[first.place_id][0]) < _SPECIFIC["township"]:
            return Mention(run[1], run.start(1), True), got
    return None


#: a capitalised name after a word of place: "a farmer | from Zay Thit | whose ..."
_NAME_AFTER_LOCATIVE = re.compile(
    r"\b(?:from|in|at|near|of|to)\s+((?:[A-Z][\w'’-]*\s+){0,3}[A-Z][\w'’-]*)"
)
#: fineness above every kind's: any place found is finer than none
_NOT_FOUND = 99
