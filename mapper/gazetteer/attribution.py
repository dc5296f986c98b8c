"""Statements whose attribution names where the speaker lives.

A human-rights group's statement puts who speaks in a header or a footer: 'Statement 19 (male,
47, rubber farmer, V village, T Township): "On the 15th of December the PDF attacked the
soldiers who were camping at the school in our village. ... Our family had already gone to W
village ..."'. The speaker's village is where it happened when the account tells of "our
village" (or "the village", "our ward"), or tells what was done without naming a place of its
own, the places it names being where people ran to, went or live now.
:func:`home_in_attribution` reads such a statement as that village, in the area the attribution
gives it.
"""

from __future__ import annotations

import re

from mapper.gazetteer.parts import NAME_WORD
from mapper.gazetteer.words import PAST_DEEDS, WHEN_NAMES

_NAME = rf"{NAME_WORD}(?:\s+{NAME_WORD}){{0,4}}"


def home_in_attribution(text: str) -> str:
    """The speaker's village that a statement's header, footer or label names ("Statement 9
    (male, 33, V village, T Township): "... fighting ... right next to our village. ... we went
    to T town by boat."": "V village, T Township"), when the account tells of their own
    village or names no place of what was done; else the account without the attribution,
    when it names a place (with the township the attribution gives, when it names none: 'A
    36-year-old man from H village said that on 20 May 2019 soldiers fired on V village, T
    Township.': "... fired on V village, T Township."); ``text`` itself otherwise."""
    if not _ATTRIBUTION_CUE.search(text):
        return text  # (a quick look first)
    for pattern in _ATTRIBUTIONS:
        attribution = pattern.search(text)
        if attribution is None:
            continue
        account = f"{text[: attribution.start()]} {text[attribution.end() :]}".strip()
        who = attribution["who"] or attribution.groupdict().get("who_listed") or ""
        home = _home_in(who)
        if home is None and pattern is _FROM_FIRST and _BARE_HOME.fullmatch(attribution["who"]):
            # ('"I am from V. There was a clash right in our village ..." — T Township': V, in
            # the township the text names)
            township = _TOWNSHIP_BY_NAME.search(account)
            area = township.group() if township else None
            home = {"place": attribution["who"], "area": area, "offset": None}
        if home is not None and _of_the_speakers_village(account, home["place"]):
            return ", ".join(part for part in (home["place"], home["area"], home["offset"]) if part)
        if (
            # (a header is kept, read by the rules of statements: "Interview 9 (Daw S., 58)\nINT:
            # ...", 'Statement 9 (female, 33, from H village, T Township). "... In V they shot')
            (home is not None or pattern in _WHO_SPOKE_ONLY)
            and pattern not in (_FROM_FIRST, _HEADER)
            and (home is not None or _WHO_SPOKE.match(who))
            and _PLACE_NAMED.search(account)
        ):
            # (who spoke, and where they are from, besides an account that names a place:
            # '"They entered Kani town ..." (female, 48, Ward 1; now living in Monywa)')
            text = _WHOLLY_QUOTED.sub(r"\1", account)  # (the account alone, unquoted)
            if home is not None and home["area"] and not _TOWNSHIP_KIND_WORD.search(account):
                text = f"{account.rstrip(' .')}, {home['area']}"
    return text


#: an account that is one quote: '"On 2 November 2023 the MNDAA captured ... region."'
_WHOLLY_QUOTED = re.compile(r"^[\"“]([^\"“”]*)[\"”]$")


def _home_in(who: str) -> dict[str, str | None] | None:
    """The speaker's village and its area, that an attribution ``who`` names (not where they
    were born, live now or were interviewed); else None."""
    for pattern in _HOMES:
        for home in pattern.finditer(who):
            if not _NOT_HOME_BEFORE.search(who, 0, home.start()):
                return {"offset": None, "area": None} | home.groupdict()
    return None


def _of_the_speakers_village(account: str, home: str) -> bool:
    """Whether an account tells what was done to the speaker's own village ``home`` ("our
    village", "our ward", or by its name), or what was done without naming where, the other
    places it names being where people went, ran to or live now."""
    sentences = [s.strip(' "“”') for s in _SENTENCE.findall(account)]
    deeds = [s for s in sentences if _DEED.search(s)]
    if not deeds:
        return False
    if any(_OUR_PLACE.search(s) for s in deeds):
        return True  # ("... fired mortar shells into our village.")
    name = re.compile(rf"\b{re.escape(_KIND_LAST.sub('', home))}\b")
    return not any(_PLACE_NAMED.search(name.sub("", _GONE_TO.sub("", s))) for s in sentences)


#: a statement's header: who speaks, perhaps with where they are from after the brackets
#: ("Statement 19 (male, 47, V village, T Township): ", "Witness (female, 61), V village, T
#: Township, S Region: ", "Witness 13 (male, 69), farmer, V village, T T/S.\n", "Witness (male,
#: 72) from V village, about 8 miles north-east of K, K Township, Kachin State: ")
_HEADER = re.compile(
    r"^(?P<who>(?:Statement|Witness|Testimony|Interview|Account|Respondent)(?:\s+\d{1,4})?\s*"
    r"\([^()]{0,160}\)(?:,?\s+[^:\"“\n]{0,160}?)?)(?:,\s+recorded\s+in\s+\d{4})?"
    r"\s*(?::\s*|\.?\s*\n|\.\s+(?=Q:|[\"“]))"
    # (or who spoke after commas, before their quoted words: "Interview 30, man, 69, farmer from
    # V village, T Township. "...", "Interview 603. Female, 45, shop owner in W Ward, T. "...")
    # (or "Interview notes (translated). Respondent F, 59, farmer, from V village, ..., T Tsp.
    # Interview by phone.")
    r"|^(?:Interview\s+notes(?:\s+\([a-z]+\))?\.\s+)?"
    r"(?P<who_listed>(?:Statement|Witness|Testimony|Interview|Account|Respondent)\s+(?:\d{1,4}|[A-Z])"
    r"[,.]\s+[^\"“\n]{0,160}?)\.\s+(?=[\"“]|Interview\s+by\b)"
)
#: a statement's footer: who spoke, in brackets or after a dash at its end ("... (female, 48,
#: Ward 1, Kani town; now living in Monywa)", "" — Statement 71, female, 28, now in Pekon")
_FOOTER = re.compile(r"(?<=[.\"”])\s*\((?P<who>[^()]{0,160})\)\s*$")
_DASHED_FOOTER = re.compile(
    r"(?<=[.\"”])\s*(?:[—–]|--)\s+(?P<who>(?:Statement\s+\d{1,4},\s+)?(?:male|female|man|woman)\b"
    r"[^\"“”]{0,160})\s*$"
)
#: who speaks, named with their place before their quoted words ("U Aye Thein, abbot of the
#: monastery in V village, T T/S: "", "A 50-year-old betel seller from V village, T T/S told
#: us: "")
_LABEL = re.compile(
    r"^(?P<who>[A-Z][^:\"“\n]{0,120}?)(?:\s+told\s+(?:us|me|reporters))?:\s*(?=[\"“])"
)
#: the speaker's village told first, in the account itself: '"We are from V village, T
#: Township.'
_FROM_FIRST = re.compile(
    # (or after a heading: 'Testimony (translated from Burmese). "I am from V. ...')
    r"(?:^|(?<=\)\.\s))"
    r"[\"“]?(?:I\s+am|I['’]m|We\s+are|We['’]re)\s+from\s+(?P<who>[^.]{1,120})\.\s"
)
#: a header in square brackets: "[Shan woman, 43, rice farmer, V village (W tract), T
#: Township]\n"
_BRACKETED_HEADER = re.compile(r"^\[(?P<who>[^\[\]\n]{1,160})\]\s*(?:\n|$)")
#: who told, and where they are from, in reported speech: "A 36-year-old man from H village
#: said that ", "Researcher summary: A 27-year-old man from H village, T Township, said that "
_REPORTED_SPEAKER = re.compile(
    r"(?:^|(?<=:\s))(?P<who>An?\s+\d{1,3}-year-old\s+[^.:;\"“]{0,60}?\bfrom\s+[^.:;\"“]{1,80}?),?\s+"
    r"(?:said|says|told\s+\w+|recalled|reported)\s+(?:that\s+)?"
)
#: or opening the report of what they said: "According to a villager from H, in T Township, S
#: State, "
_ACCORDING_TO = re.compile(
    r"^According\s+to\s+(?P<who>an?\s+[a-z][a-z -]{0,30}?\s+from\s+[^.:;\"“]{1,80}?"
    r"\s(?:Township|T/S|Tsp|Region|State|village)),\s+"
)
#: or those in a place who told of it: "Relatives in H (T Tsp) say "
_THOSE_IN_PLACE = (
    r"(?:Relatives|Family\s+members|Villagers|Residents|Locals|Sources|Witnesses|Neighbou?rs)"
)
_THOSE_IN_PLACE_SAY = re.compile(
    rf"^(?P<who>{_THOSE_IN_PLACE}\s+in\s+[^,.;:]{{1,60}}?)\s+(?:say|said|says|told\s+\w+)\s+"
    r"(?:that\s+)?"
)
_ATTRIBUTIONS = (
    _HEADER,
    _BRACKETED_HEADER,
    _FOOTER,
    _DASHED_FOOTER,
    _LABEL,
    _REPORTED_SPEAKER,
    _ACCORDING_TO,
    _THOSE_IN_PLACE_SAY,
    _FROM_FIRST,
)
#: the marks without which no attribution is found
_ATTRIBUTION_CUE = re.compile(rf"[(:\[—–]|--| from |^{_THOSE_IN_PLACE}\s")
#: the attributions left out when they name who spoke but no home (all but headers)
_WHO_SPOKE_ONLY = tuple(
    pattern for pattern in _ATTRIBUTIONS if pattern not in (_HEADER, _BRACKETED_HEADER, _FROM_FIRST)
)
#: the opening of a footer of who spoke: "(female, 48, ...", "— Statement 12, female, 30, ..."
_WHO_SPOKE = re.compile(
    r"(?i:male|female|man|woman|m|f|statement|witness|testimony|interview|respondent)\b"
    r"|An?\s+\d{1,3}-year-old\b"
    r"|\d{1,3},\s+(?i:male|female|man|woman|m|f)\b"
)
#: the speaker's village and its area, in an attribution
_HOMES = (
    # ("V village, T Township", "V ward, T town", "V village of T township")
    re.compile(
        # (with its tract: "V village, W village tract, T Township", "V village (W tract), T")
        rf"(?P<place>{_NAME}\s+(?:village|ward)(?:,\s+{_NAME}\s+(?:village\s+)?tract"
        r"|\s+\([^()]{2,40}\))?)"
        r"(?:,|\s+of|\s+in)\s+"
        # (or its region: "from V village in Sagaing Region")
        r"(?P<area>(?!about\b)" + _NAME + r"\s+(?:[Tt]ownship|T/S|Tsp|town|Region|State|Division))"
    ),
    # ("V village (W tract, T Township, D District)")
    re.compile(
        rf"(?P<place>{_NAME}\s+village)\s+\((?P<area>{_NAME}\s+(?:village\s+)?tract,\s+"
        rf"{_NAME}\s+[Tt]ownship)\b"
    ),
    # (a ward and its town, the town's kind word left out too: "resident of Myo Ma Ward, Tedim",
    # "resident of No. 3 Ward, Khamaukgyi town, Tanintharyi Division")
    re.compile(
        rf"(?P<place>(?:No\.?\s*\(?\d{{1,2}}\)?|{_NAME})\s+Ward|Ward\s+(?:No\.?\s*)?\d{{1,2}}),\s+"
        rf"(?P<area>{_NAME}(?:\s+town)?)(?=\s*(?:[),;]|$))"
    ),
    # ("a V villager, T Township")
    re.compile(rf"(?P<place>{_NAME})\s+villager,\s+(?P<area>{_NAME}\s+(?:[Tt]ownship|T/S|Tsp))"),
    # ("T Township's V village")
    re.compile(rf"(?P<area>{_NAME}\s+[Tt]ownship)['’]s\s+(?P<place>{_NAME}\s+village)"),
    # ("V (T Tsp)")
    re.compile(rf"(?P<place>{_NAME})\s+\((?P<area>{_NAME}\s+(?:[Tt]ownship|T/S|Tsp))\)"),
    # ("from V, T Township")
    re.compile(
        rf"\bfrom\s+(?P<place>{_NAME}(?:\s+\([A-Z][a-z]+\))?),\s+(?:in\s+)?"
        rf"(?P<area>{_NAME}\s+[Tt]ownship)"
    ),
    # ("V village, about 8 miles north-east of K", and its township after)
    re.compile(
        rf"(?P<place>{_NAME}\s+village),\s+(?P<offset>(?:about\s+|some\s+)?\d+(?:\.\d+)?\s*"
        rf"(?:km|kilomet(?:er|re)s|miles?)\s+[a-z-]+\s+of\s+{_NAME}(?:\s+town)?)"
        rf"(?:,\s+(?P<area>{_NAME}\s+[Tt]ownship))?"
    ),
)
#: words before a place in an attribution that make it no home of the speaker's: "originally
#: from", "now living in", "interviewed in"
_NOT_HOME_BEFORE = re.compile(
    r"\b(?:originally|now|interviewed|recorded|born|staying|displaced)\b[^,;]*$"
)
#: a sentence or clause, to its full stop (and a closing quote)
_SENTENCE = re.compile(r"[^.!?]+[.!?]?[\"”]?")
#: what was done, or befell people, in a sentence
_DEED = re.compile(
    rf"\b(?:{PAST_DEEDS}|looted|destroyed|searched|fought|fired|wounded|injured|died"
    r"|took|fighting|(?:bombs?|shells?)\s+(?:fell|landed|hit))\b"
)
#: the speaker's own village or ward
_OUR_PLACE = re.compile(r"\b(?:our|my)\s+(?:own\s+)?(?:village|ward)\b")
#: a place a sentence names: after a word of where, or with its kind word
_PLACE_NAMED = re.compile(
    rf"\b(?i:in|into|at|on|near)\s+(?!{WHEN_NAMES}\b)(?!(?i:the|our|my|his|her|their)\b){_NAME}"
    rf"|(?!(?:The|Their|Our|My|His|Her|This|That)\s){_NAME}\s+(?:village|town|ward)\b"
    # (or after what was done to it: "the army shelled | Ngar Mu|")
    rf"|\b(?:shelled|bombed|attacked|raided|burned|burnt|entered|surrounded|torched|stormed)\s+{_NAME}"
    # (or the deed's: "died in the shelling of | Ho Ti|"; or with its township: "Ho Ti, Mongyai
    # Township")
    rf"|\b(?:shelling|bombing|burning|raid|attack|airstrike|capture)\s+(?:of|on)\s+{_NAME}"
    rf"|{_NAME},\s+{_NAME}\s+[Tt]ownship\b"
)
#: a place's name alone, where the speaker is from: "Phet Chaung"
_BARE_HOME = re.compile(rf"{_NAME}(?:\s+village)?")
#: a township's kind word ("Township", "Tsp", "T/S")
_TOWNSHIP_KIND_WORD = re.compile(r"\b(?i:township|tsp|twp|t/s)\b")
#: a township named with its kind word: "Ann Township"
_TOWNSHIP_BY_NAME = re.compile(rf"{_NAME}\s+{_TOWNSHIP_KIND_WORD.pattern}")
#: a place's kind word ending its name: "V| village|"
_KIND_LAST = re.compile(r"\s+(?:village|ward)\b.*$")
#: where people went, ran to or live now, or troops came from: "we all ran to | W village|",
#: "We took a boat to W", "people went to W and to Yangon", "from the W side"
_GONE_TO = re.compile(
    r"\b(?i:we|they|people|villagers|families|everyone|residents|(?:our|the|my)\s+family)\s+"
    r"(?:all\s+|then\s+|had\s+already\s+|later\s+)*(?:ran|went|fled|moved|walked|gone|escaped"
    r"|took\s+a\s+boat|left\s+for|took\s+refuge|sought\s+refuge|sheltered)\b[^.]*"
    r"|\b(?:born|interviewed|found)\b[^.]*"  # (or where the bodies were found: "found near W")
    r"|\b(?:now|still|we\s+are|we['’]re|I\s+am|I['’]m)\s+(?:\w+\s+)?(?:living|staying|lives|in)\b"
    r"[^.]*|\b(?:we|I)\s+(?:hid|were\s+hiding|was\s+hiding)\b[^.]*"
    # (or where the home lies: "V is just northwest of | Mongsan town|")
    r"|\b(?:(?:north|south)(?:[\s-]?(?:east|west))?|east|west)\s+of\b[^.]*"
    # (or from a camp at a place: "shelled the village | from their camp at Dawei|")
    r"|\bfrom\s+(?:(?:the|their|its)\s+)?(?:(?:army\s+|military\s+)?(?:camp|base|post|outpost"
    r"|positions?)\s+(?:at|in|near)\s+)?"
    rf"{_NAME}(?:\s+(?:side|village|town|camp))?"
)
