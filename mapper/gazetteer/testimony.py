"""First-person accounts of what was done to a village, as witnesses tell them.

"I am from A, but I was living in B village when the soldiers came and burned the whole
village. We hid in the forest and then walked to C. Now I am back near A. It is all in T
township." tells of B: where the speaker was born or is from, where they hid, went or live now
is no place of what was done. :func:`told_deeds` keeps the sentences that tell what was done at
a place (and the township the account names); :func:`without_birthplace` leaves out the village
a speaker was born in.
"""

from __future__ import annotations

import re

from mapper.gazetteer.parts import NAME_WORD
from mapper.gazetteer.words import (
    BORN_BUT,
    BURMESE_DEEDS,
    BURMESE_TOWNSHIP,
    BURMESE_WORD_CHAR,
    HONORIFICS,
    KIN_WORDS,
    NUMBER_SIGN_STOP,
    OUR_VILLAGE_HIT,
    PAST_DEEDS,
    SPEAKER_IS_FROM,
    THE_VILLAGE,
    WHEN_NAMES,
)

_NAME = rf"{NAME_WORD}(?:\s+{NAME_WORD}){{0,4}}"


def without_birthplace(text: str) -> str:
    """``text`` without the village a speaker was born in, when it goes on to tell what was done
    at a place ("I was born in A, T township, but after I married I moved to B. In March the
    army entered B ...": "I was born in T township, but ..."; the township kept)."""
    if "family " in text and (cut := _FAMILY_FROM.sub("", text)) != text and _PLACE_IN.search(cut):
        # (where the caller's family is from, after a report from where they are: "Caller in T
        # town (T Tsp) reports: about 100 houses burned in the town ... Caller's family is
        # originally from H.")
        text = cut
    if " had gone to " in text and (went := _RELATIVE_FROM_BEFORE_GONE.search(text)):
        # (where a relative had gone and was when it happened, after where they were from: "My
        # brother was from H, in T township. He had gone to V village in T township to sell
        # rice, and he was there on ... when ...")
        return went["place"]
    if " but " in text and (lived := BORN_BUT.sub("", text)) != text:
        # ("X (67) was born in A (T Township) but had lived in B village ...", "I am originally
        # from A, but I married into B village")
        return lived
    if "born in " not in text:
        return text  # (a quick look first)
    if not (born := _BIRTHPLACE.search(text)):
        return text
    told = _DEED_AT_PLACE.search(text, born.end())
    if not told and not (
        # (or in a sentence before it: "They surrounded A at five in the morning. ... I was born
        # in B, but I have looked after A for ten years.")
        (before := _DEED_AT_PLACE.search(text, 0, born.start()))
        and ". " in text[before.end() : born.start()]
    ):
        return text
    township = f" in {born['township']}" if born["township"] else ""
    return f"{text[: born.start()]}born{township}{text[born.end() :]}"


#: a sentence of where a speaker's family is from: "| Caller's family is originally from H.|"
_FAMILY_FROM = re.compile(
    r"(?:^|(?<=[.;!])\s+)(?:[A-Z][\w'’-]*['’]s|My|His|Her|Their|Our)\s+family\s+(?:(?:is|was|are)\s+"
    r"(?:originally\s+)?|(?:originally\s+)?(?:comes?|came)\s+)"
    rf"from\s+{_NAME}(?:\s+village)?(?:,\s+{_NAME}\s+Township)?"
    # ("My family comes from H|, we moved to the town after the fighting started|.")
    r"(?:,\s+(?:and\s+)?(?:we|they)\s+(?:moved|came|fled)\b[^.;!]*)?\s*(?:[.;]|$)"
)
#: where a relative had gone, after where they were from: "My brother was from H, in T township.
#: He had gone to |V village in T township| to sell rice"
_RELATIVE_FROM_BEFORE_GONE = re.compile(
    r"\b(?:My|His|Her|Our)\s+(?:[a-z]+\s+)?(?:brother|sister|son|daughter|husband|wife|father"
    r"|mother|uncle|aunt|cousin|nephew|niece)\s+was\s+from\s+[^.;!?]+[.;]\s+"
    r"(?:He|She|They)\s+had\s+gone\s+to\s+(?P<place>[A-Z][^.;!?]*?)"
    r"(?:\s+to\s+[a-z]+\b|,\s+and\s+(?:he|she|they)\s+(?:was|were)\s+there\b)"
)
#: where a speaker was born: "born in | Wai Pu Ywar Thit, |Kyunhla township"
_BIRTHPLACE = re.compile(
    rf"\bborn\s+in\s+{_NAME}(?:\s+village)?(?:,\s+(?P<township>{_NAME}\s+[Tt]ownship))?"
)
#: what was done at a named place, told after where a speaker was born
_DEED_AT_PLACE = re.compile(
    rf"\b(?:{PAST_DEEDS}|entered|stormed|surrounded|hit|dropped\s+bombs?\s+on"
    r"|fired\s+(?:on|at|into))\s+(?:[a-z]+\s+){0,3}?[A-Z]"
)


def without_account_header(text: str) -> str:
    """``text`` without where the speaker of an account is from, in its header ("Interview,
    woman, 69, from A village, T Township: 'The troops entered B village ...": "T Township:
    'The troops entered B village ..."); else ``text``."""
    if not text.startswith(_ACCOUNT_WORDS) or not (header := _ACCOUNT_HEADER.match(text)):
        return text  # (a quick look first)
    township = header["township"]
    if township:
        return f"{township}: {text[header.end() :]}"
    return text[header.end() :].strip(' "“”')  # (their words, unquoted)


_ACCOUNT_WORDS = ("Interview", "Testimony", "Account", "Statement")


def without_witness_origin(text: str) -> str:
    """``text`` without where a witness is from, in brackets after them ("Witness C-42 (24,
    male, from A) told the investigators that ... into B village, T Township": "Witness C-42
    told ..."), when the rest names a place; else ``text``."""
    if text.endswith(")") and "from " in text and (note := _WITNESS_NOTE_AT_END.search(text)):
        # (a quote, then who gave it in brackets: '"V village, T Township. On 18 May 2022 a
        # column ... burned the village." (testimony, male, 40, from H)')
        cut = text[: note.start()]
        if _PLACE_IN.search(cut) or _TOWNSHIP_WORD.search(cut):
            return cut
    if not text.startswith(_WITNESS_WORDS) or "from " not in text:
        return text  # (a quick look first)
    origin = _WITNESS_ORIGIN.search(text)
    if origin is None:
        return text
    cut = f"{text[: origin.start()]}{text[origin.end() :]}"
    if not _PLACE_IN.search(cut):
        return text
    if (
        origin["township"]
        and not _TOWNSHIP_WORD.search(cut)
        and re.search(rf"\b{re.escape(origin['home'])}\b", cut)
    ):
        # (the township kept, for a place the rest names bare: "Statement 15 (female, 58, from
        # A village, T Township) ... the soldiers came and burned A": A, T Township)
        cut = f"{cut.rstrip(' .')}, {origin['township']}"
    return cut


def neighbour_seen_struck(text: str) -> str:
    """The neighbouring village a witness saw struck, in the township of their own ("The
    witness lives in A village, T Township, and saw the air strike on the neighbouring village
    of B on 2 May 2023: ...": "B village, T Township"); else ``text``."""
    if "neighbo" not in text or not (seen := _NEIGHBOUR_SEEN_STRUCK.search(text)):
        return text
    return f"{seen['place']} village, {seen['township']}"


def place_taken_and_held(text: str) -> str:
    """Where a witness stopped or arrested was taken and then held or beaten, the next
    sentence says ("I was stopped on the road near my village, H, and taken to E village. They
    tied my hands and kept me in the monastery there for four days.": "E village"); else
    ``text``."""
    if " there" not in text or not (
        taken := _TAKEN_AND_HELD.search(text) or _TAKEN_AND_KILLED.search(text)
    ):
        return text
    return taken["place"]


#: a witness stopped and taken somewhere, and held or beaten there
_TAKEN_AND_HELD = re.compile(
    r"\b(?:stopped|arrested|detained|seized|caught)\b[^.;]*?\band\s+(?:then\s+)?(?:taken|brought"
    r"|led|marched|dragged)\s+to\s+(?P<place>[^.;]+)[.;]\s+[^.;]*\b(?:kept|held|beat|beaten"
    r"|tortured|interrogated|detained|locked)\b[^.;]*\bthere\b"
)


#: one arrested, taken somewhere and killed there: "X was arrested at A on 20 March 2023, taken
#: to |B in T Township| and killed there the next day."
_TAKEN_AND_KILLED = re.compile(
    r"\b(?:stopped|arrested|detained|seized|caught|abducted)\b[^.;]*?,?\s+(?:and\s+)?(?:then\s+)?"
    r"(?:taken|brought|led|marched|dragged)\s+to\s+(?P<place>[^.;]+?)\s+and\s+(?:was\s+|were\s+)?"
    r"(?:killed|shot(?:\s+dead)?|executed|(?:beaten|tortured)\s+to\s+death)\s+there\b"
)


#: a witness's home and township, and the neighbouring village they saw struck
_NEIGHBOUR_SEEN_STRUCK = re.compile(
    rf"\blives\s+in\s+{_NAME}\s+village,\s+(?P<township>{_NAME}\s+(?i:township|tsp)),\s+and\s+"
    r"(?:saw|watched|heard|witnessed)\s+the\s+[\w\s-]{1,30}?\s+(?:on|of)\s+the\s+"
    rf"neighbou?ring\s+village\s+of\s+(?P<place>{_NAME})\b"
)


def shelter_struck(text: str) -> str:
    """The place of the camp or site where the speaker was sheltering, when the account then
    tells that the camp or site was bombed ("I fled from A ... and since then I was staying at
    the displacement site in T Township's B village. On 31/12/2023 the jets bombed the site.":
    "T Township's B village"), or the village the speaker was visiting when troops entered it
    ("he was visiting his sister in T Township's B village when soldiers entered the
    village"); ``text`` itself otherwise."""
    if " the " not in text:
        return text  # (a quick look first)
    if (shelter := _SHELTER_IN.search(text)) and _SHELTER_HIT.search(text, shelter.end()):
        return shelter["place"]
    if " when " in text and (visited := _VISITING_WHEN_STRUCK.search(text)):
        return visited["place"]
    return text


#: where the speaker sheltered: "I was staying at the displacement site in | T Township's B
#: village|", "We had been staying at the camp beside | B village in T Township| since 2022."
_SHELTER_IN = re.compile(
    r"\b(?:staying|sheltering|living|took\s+shelter|taken\s+shelter|taking\s+shelter)\s+(?:at|in)"
    r"\s+the\s+(?:(?:displacement|IDP|refugee|relief)\s+)?(?:site|camp)\s+(?:in|at|beside|near"
    r"|outside|of)\s+(?P<place>[A-Z][^.;]{2,80}?)(?=\s+since\b|\s+for\b|[.;])"
)
#: the camp or site, struck: "the jets bombed the site"
_SHELTER_HIT = re.compile(
    r"\b(?:bombed|shelled|hit|attacked|struck|raided|fired\s+(?:on|at|into))\s+the\s+"
    r"(?:(?:displacement|IDP|refugee)\s+)?(?:site|camp)\b"
)


#: the village someone was visiting when troops entered it: "he was visiting his sister in | T
#: Township's B village| when soldiers entered the village"
_VISITING_WHEN_STRUCK = re.compile(
    r"\b(?:I|he|she|we|they)\s+(?:was|were)\s+(?:visiting|staying\s+with)\s+(?:[a-z'’]+\s+){0,3}"
    r"(?:in|at)\s+(?P<place>[A-Z][^.;]{2,80}?)\s+when\s+(?:the\s+)?(?:junta\s+|army\s+)?"
    r"(?:soldiers|troops|army|military|column)\s+(?:entered|came\s+into|raided|attacked"
    r"|surrounded|stormed|shelled|burned)\s+the\s+village\b"
)


def without_named_speaker_label(text: str) -> str:
    """``text`` without the name of the one speaker whose words it holds, unquoted ("Daw Nu: V
    is about 13 km south of T, in T township. On 9 April 2024 regime troops came in ...": what
    they said), when their words name a place; else ``text``."""
    if "\n" in text or ": " not in text[:50] or not (named := _NAMED_SPEAKER_LABEL.match(text)):
        return text  # (a quick look first; a transcript's turns are read as such)
    words = text[named.end() :]
    return words if _PLACE_IN.search(words) else text


def without_speaker_label(text: str) -> str:
    """``text`` without who speaks and where they are from, in a label before their quoted
    words ("Villager from A (male, 36): "... fighting near B village ..."": the quote), when
    the quote names a place; else ``text``."""
    if not text[:1].isupper() or '"' not in text[:90] and "“" not in text[:90]:
        return text  # (a quick look first)
    label = _SPEAKER_LABEL.match(text)
    if label is None or not (label["home"] or label["note"]):
        return text
    quote = text[label.end() :].strip(' "“”')
    return quote if _PLACE_IN.search(quote) else text


#: who speaks, before their quoted words, with where they are from or their sex and age:
#: "Villager from Daw Ngay Khu (male, 36): ", "Wa villager (male, 50): ", "Relative from A: "
_SPEAKER_LABEL = re.compile(
    r"^[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,3}?"
    rf"(?P<home>\s+from\s+{_NAME}(?:\s+village)?)?"
    r"(?P<note>\s*\((?i:male|female|man|woman|m|f)\b[^()]{0,30}\))?"
    r"\s*:\s*(?=[\"“])"
)
#: a speaker named with an honorific, labelling their words: "Daw Nu: ", "U Tin (62): "
_NAMED_SPEAKER_LABEL = re.compile(
    rf"^{HONORIFICS}\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+){{0,3}}(?:\s*\([^()]{{0,40}}\))?\s*:\s+"
    r"(?=[A-Z\"“])"
)
#: who gave a quote, in brackets after it, with where they are from: ' (male, 29, from H)'
_WITNESS_NOTE_AT_END = re.compile(
    rf"(?<=[\"”.])\s*\((?:[^()]{{0,60}},\s*)?from\s+{_NAME}(?:\s+village)?\)\s*$"
)
#: a township named with its kind word
_TOWNSHIP_WORD = re.compile(r"\b(?i:township|tsp|twp)\b")
_WITNESS_WORDS = (
    *("Witness", "Survivor", "Respondent", "Interviewee", "Source"),
    *("Statement", "Testimony", "Account", "Interview"),
)
#: who a witness is, in brackets: " (24, male, from A)", " (female, 31, from A village)"
_WITNESS_ORIGIN = re.compile(
    rf"\s*\((?:[^()]{{0,40}},\s*)?from\s+(?P<home>{_NAME})(?:\s+village)?(?:,\s+(?P<township>{_NAME}\s+[Tt]ownship))?"
    rf"(?:,\s+{_NAME}\s+(?:Region|State|Division))?\)"
)
#: an account's header naming who speaks and where they are from: "Interview, woman, 69, from
#: A village, |T Township|: "
_ACCOUNT_HEADER = re.compile(
    rf"^(?:Interview|Testimony|Account|Statement)\s*[,:]\s*[^:]{{0,60}}?\bfrom\s+{_NAME}"
    rf"(?:\s+village)?,\s+(?P<township>{_NAME}\s+[Tt]ownship)\s*:\s*"
    # (or numbered, who gave it in brackets, where they are from left out by now, before their
    # quoted words: "Statement 2 (male, 35, near B). \"On 18 December 2023, artillery fell in A")
    # (or "Interview #25 (male, 61). Respondent describes events ...")
    r"|^(?:Interview|Testimony|Account|Statement)\s+(?:#\s*)?\d{1,3}\s*"
    r"\((?![^()]*\b(?:from|[Tt]ownship)\b)[^()]{0,80}\)(?:[.:]?\s*(?=[\"“])|[.:]\s+(?=[A-Z]))"
)


def without_habits(text: str) -> str:
    """``text`` without its sentences of what the speaker's family used to do at a place ("We
    used to sell our crops in Demoso."), no place of the event, when the rest names a place;
    ``text`` itself else."""
    if "used to " not in text:
        return text  # (a quick look first)
    rest = _HABIT.sub("", text)
    return rest if _NAMED_PLACE.search(rest) else text


#: a sentence of what one used to do at a place: "|We used to sell our crops in Demoso. |"
_HABIT = re.compile(
    r"(?:^|(?<=[.!?]\s))(?:I|We|He|She|They|(?:My|Our|His|Her)\s+\w+)\s+used\s+to\s+"
    r"(?:sell|buy|trade|go|visit|work|study|attend|graze|fish|farm|take)\b[^.!?]*[.!?]\s*"
)


def told_deeds(text: str) -> str:
    """A first-person account of three sentences or more read at its sentences that tell what
    was done at a place, and those naming a place they name, with the township it names ("When
    the fighting started I was in A. The soldiers went into B village and burned around 200
    houses. ... We stayed in C for a month. Today I am in a camp near D (T Township).": "The
    soldiers went into B village and burned around 200 houses, T Township"); ``text`` itself
    when no sentence tells of a deed at a place, or every sentence naming a place is kept."""
    if not _FIRST_PERSON.search(text) or text.count(". ") + text.count('." ') < 2:
        return text  # (a quick look first)
    if (home := _AGED_SPEAKER_HOME.match(text)) and (
        OUR_VILLAGE_HIT.search(text, home.end()) or _WARD_HIT.search(text, home.end())
    ):
        # ("I am 52, a farmer from V village, T township. In December the soldiers entered our
        # village ...": the speaker's own village)
        if home["named"]:
            return f"{home['named']} village, {home['named_area']}"
        return (home["place"] or f"{home['ours']} village") + (home["offset"] or "")
    if (
        (home := _I_LIVE_IN.search(text))
        and (after := text[home.end() :])
        and THE_VILLAGE.search(after)
        and _DEED.search(after)
        and not _NAMED_PLACE.search(_FIRST_SENTENCES.match(after).group())
    ):
        # ("R: I will tell you about 05/05/2024. I live in V in T township. That day the PDF
        # attacked junta troops who were staying in the village.")
        return f"{home['place']} village, {home['area']}"
    # (without where the speaker hid meanwhile, nor where someone was taken: "The soldiers had
    # come to A| while we were hiding in B|.", "they burned her house|, and took her son away
    # to C|."; a ward's number no sentence's end: "in No. 3 Ward")
    text = NUMBER_SIGN_STOP.sub(r"\1 ", text)
    sentences = [_ASIDE.sub("", s.strip(' "“”')) for s in _SENTENCE.findall(text)]
    if any(_THAT_DAY_I_WAS_IN.match(s) for s in sentences):
        # (where the speaker lives, said aside after where they were that day: "That day I was in
        # B, T township, for my cousin's wedding. You know, I live in A. The jets bombed around
        # the village": B)
        sentences = [s for s in sentences if not _I_LIVE_IN_ASIDE.match(s)]
    named: dict[str, set[str]] = {}
    before = ""
    for sentence in sentences:
        places = _places_named(sentence)
        if (
            not places
            and named
            and _DEED.search(sentence)
            and (
                THE_VILLAGE.search(sentence)
                or _THEIR_HOMES.search(sentence)  # ("... families from V. Their homes were burned")
                # ("I was at home in V when the troops arrived. They set fire to our house")
                or _OUR_HOME.search(sentence)
                or _ARRIVED.search(before)
                or OUR_VILLAGE_HIT.search(before)  # ("... came to our village, A, ...")
                or " there" in sentence
            )
        ):
            # (what was done to "the village" the sentence before named, or there, or where
            # they had just come: "I was at my sister's house in A. The soldiers arrived and set
            # fire to the village.", "... bombs on A; my cousin was killed there.", "soldiers
            # ... came to A. They burned the houses")
            places = named[next(reversed(named))]
            if OUR_VILLAGE_HIT.search(before):
                named.setdefault(before, places)  # (kept with it: "our village" is the place)
        if places:
            named[sentence] = places
        before = sentence
    deeds = [s for s in named if _DEED.search(s)]
    # (and the sentences that name a place a deed's sentence names: "I married into B. In
    # September the army came to B from C and burned half of the houses.")
    places = set().union(*(named[s] for s in deeds))
    kept = [
        _SPEAKER_FROM.sub("", s)
        for s in named
        # (not the way there: "Our family ran from A to B, and then on to C. ... the helicopter
        # fired on the people in C": C)
        if s in deeds or (named[s] & places and not _JOURNEY.search(s))
    ]
    if not deeds:
        return text
    if len(kept) == len(named) and all(_places_named(s) for s in deeds):
        if next(iter(named)) in deeds:
            return text
        # (every sentence naming a place is kept, but the first tells of no deed: the deeds
        # alone, "Soldiers ... came to A first, asking for porters, then marched to B. At B
        # they used my brother as a human shield and he was killed there.": at B)
        kept = deeds
    told = " ".join(kept)
    was = _WHERE_I_WAS_WHEN.search(told) if " when " in told else None
    if was and (_PLACE_IN.search(told, was.end()) or _NAME_AFTER_THAT.search(told, was.end())):
        # (where the speaker was when it happened elsewhere: "I was staying in a hut near A
        # when the drone bombed the monastery in B")
        told = told[: was.start()] + told[was.end() :]
    if _TOWNSHIP.search(told):
        return told
    township = _TOWNSHIP.search(text) or _HOSPITAL_TOWN.search(text)
    if township and (first := _first_place_not_denied(told) or _NAME_AFTER_THAT.search(told)):
        # (after the first place it names: "My son was killed in B village|, T Township| by
        # artillery shells ...; he had gone there to buy rice."; or the township of the town
        # whose hospital took the wounded: "My brother was hit. We took him to the hospital in
        # T.")
        area = f"{township['town']} Township" if township.re is _HOSPITAL_TOWN else township[0]
        home = _VILLAGE_AND_TRACT.search(text, 0, township.start()) if "tract" in text else None
        if (
            home
            and home.end() == township.start()
            and home["village"] in first.groupdict().values()
        ):
            # (with the tract that a header names the village in: "Statement (female, 30, V
            # village, W village tract, T Township). ... the soldiers came into V ...")
            area = f"{home['tract']}, {area}"
        told = f"{told[: first.end()]}, {area}{told[first.end() :]}"
    return told


def _first_place_not_denied(told: str) -> re.Match[str] | None:
    """The first place ``told`` names that it does not deny troops came to ("The troops did not
    come to A, they went to B": B)."""
    return next(
        (m for m in _PLACE_IN.finditer(told) if not _DENIED_BEFORE.search(told, 0, m.start())),
        None,
    )


#: a denial just before a place: "The troops |did not come| to A"
_DENIED_BEFORE = re.compile(r"\b(?:not|never)(?:\s+[a-z]+){0,2}\s*$")


def told_deed_in_burmese(text: str) -> str:
    """A Burmese account of several sentences or clauses read at the village its first one
    telling what was done at a village names, with the one township the account names ("I am
    from A village (T township). The army entered B village and arrested the men. We ran to C.
    Now we are in D.": "T township B village"); ``text`` itself otherwise."""
    if text.count("။") + text.count("၊") < 2 or not _MM_DEED.search(text):
        return text  # (a quick look first)
    village = next(
        (
            v
            for s in _MM_CLAUSE_END.split(text)
            if _MM_DEED.search(s) and (v := _MM_VILLAGE.search(s))
        ),
        None,
    )
    townships = set(BURMESE_TOWNSHIP.findall(text))
    if village is None or len(townships) != 1:
        return text  # (the other places may tell its namesakes apart: kept)
    tracts = set(_MM_TRACT.findall(text))
    if len(tracts) == 1:  # ("Tမြို့နယ်၊ Wကျေးရွာအုပ်စု၊ Vရွာကို ...": the tract tells namesakes apart)
        return f"{townships.pop()}၊ {tracts.pop()}၊ {village.group().strip()}"
    return f"{townships.pop()} {village.group().strip()}"


#: a village tract named in Burmese: "ဆတ္တိုးကြီးကျေးရွာအုပ်စု"
_MM_TRACT = re.compile(rf"{BURMESE_WORD_CHAR}+?ကျေးရွာအုပ်စု")


#: what troops did, in Burmese (a sentence of a deed)
_MM_DEED = re.compile(BURMESE_DEEDS)
#: the end of a Burmese sentence or clause
_MM_CLAUSE_END = re.compile("[။၊]")
#: a village named in Burmese (or in Latin letters), as a word: "စစ်တပ်က |နမ့်ပန်းရွာ|ကို ဝင်ပြီး",
#: "ကျနော်တို့ |Ka Nyin Kyoe ရွာ|ကို" (not Monywa, "မုံရွာမြို့")
_MM_VILLAGE = re.compile(
    r"(?:^|(?<=[\s၊(#\"“]))(?!ကျေးရွာ)(?:(?P<mm>[\u1000-\u109f]+?)(?:\s?ကျေးရွာ|ရွာ)"
    r"|(?P<latin>[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*){0,3})\s?(?:ကျေး)?ရွာ)"
    # (the word's end, or a particle: "ရွာ|ကို", "ရွာ|မှာ", "ရွာ|၌"; not "မင်းရွာ|တောင်", nor a
    # villager: "ရွာ|သား")
    r"(?=[\s၊။)—\"”]|$|ကို|မှာ|သို့|ဆီ|က(?![\u1000-\u109f])|တွင်|၌|၏|အနီး|နား|ထဲ|မှ|ပါ)"
)


def _places_named(sentence: str) -> set[str]:
    """The names of places (not townships) a sentence names after a word of where, before
    "village" or after what was done to them."""
    found = _PLACE_IN.finditer(_TOWNSHIP.sub("", sentence))
    return {
        m["name"] or m["village"] or m["object"] or m["apposed"] or m["own"] or m["seen"]
        for m in found
    }


#: the words of a speaker telling of themselves
_FIRST_PERSON = re.compile(r"\b(?:I|We|we|my|My|our|Our)\b")
#: a sentence or clause, to its full stop or semicolon (and a closing quote)
_SENTENCE = re.compile(
    # (not ended by an abbreviation's point: "yesterday evening (approx. 18:00)")
    r"(?:[^.!?;]|(?:(?<=approx)|(?<=Approx)|(?<=\bca)|(?<=\bNo))\.)+[.!?;]?[\"”]?"
)
#: the words of a date, not a place: "on | August 24", "in | March"
#: a place named in a sentence: after a word of where, or with its kind word
_PLACE_IN = re.compile(
    # (a ward by its number first: "They burned houses in | No 3 Ward|")
    r"\b(?i:in|into|at)\s+(?P<ward>No\.?\s*\(?\d{1,2}\)?\s+[Ww]ard|[Ww]ard\s+(?:No\.?\s*)?\d{1,2})\b"
    rf"|\b(?i:in|into|at|on|to|near)\s+(?!{WHEN_NAMES}\b)(?P<name>{_NAME})(?:\s+village\b)?"
    rf"|(?!(?:The|Their|Our|My|His|Her|This|That|Each|Every)\s)(?P<village>{_NAME})\s+village\b"
    # (or in apposition to "village": "They entered our village, | Hta Naung Taing|, and ...")
    rf"|\bvillage,\s+(?P<apposed>{_NAME})(?=,)"
    # (or after what was done to it: "the soldiers surrounded | Ein Taing Pon| at dawn", or
    # passed by: "The soldiers passed | Kyar Tet| first but did nothing there")
    r"|\b(?:surrounded|entered|raided|burned|burnt|torched|shelled|bombed|attacked|stormed|passed"
    rf"|reached)\s+(?P<object>{_NAME})"
    # (or what it is: "my village is | A|", "It was | A| burning")
    rf"|\b(?:village|home)\s+is\s+(?P<own>{_NAME})|\b[Ii]t\s+was\s+(?P<seen>{_NAME})"
    r"(?=\s+(?:burning|on\s+fire|that\s+(?:they\s+)?burned))"
)
#: what the speaker did meanwhile, or where someone was taken: "| while we were hiding in B|",
#: "|, and took her son away to C|"
_ASIDE = re.compile(
    r",?\s+(?:while|when|as)\s+(?:we|I)\s+(?:were|was)\s+(?:hiding|staying|sheltering|living)\s+"
    rf"(?:in|at|near)\s+(?:the\s+\w+\s+(?:in|at|of)\s+)?{_NAME}(?:\s+village)?"
    rf"|,?\s+and\s+took\s+[^.,;]*?\s+(?:away\s+)?to\s+{_NAME}(?:\s+village)?"
    # ("After the airstrike on A| we ran to the monastery in B|.", "they set fire there|, and
    # the villagers moved to B|.")
    # (or where a relative visiting came from: "My nephew| from A| was visiting us and he was
    # killed too")
    r"|(?:" + "|".join(f"(?<=\\b{kin})" for kin in (*KIN_WORDS, "friend")) + ")"
    rf"\s+from\s+{_NAME}"
    r"|,?\s+(?:and\s+)?(?:we|I|the\s+(?:villagers|people|families|others))\s+"
    r"(?:ran|fled|went|escaped|walked|moved)\s+(?:away\s+|again,?\s+)?to\s+"
    rf"(?:the\s+\w+\s+(?:in|at|of|near)\s+)?{_NAME}(?:\s+village)?"
    # (where they went but did not reach: "After they burned A|, they came towards our
    # village, B, but they did not reach it because ...|.")
    r"|,?\s+(?:and\s+)?(?:then\s+)?they\s+(?:came|moved|advanced|headed|marched)\s+"
    rf"(?:towards?|to)\s+(?:our\s+village,?\s+)?{_NAME}(?:\s+village)?,?\s+but\s+(?:they\s+)?"
    r"(?:did\s+not|didn't|never|could\s+not|couldn't)\s+(?:reach|enter|get)\b[^.;]*"
    # (where the one quoted is now: "“They burned my mother in our house,”| said one woman, now
    # in W|.")
    r"|[,”\"]*\s+said\s+(?:one|a|another)\s+\w+(?:\s+\w+)?,\s+now\s+(?:living\s+)?(?:in|at|near)\s+"
    rf"{_NAME}"
    # (or where the one quoted fled to: "A resident| who fled to W| said: ...")
    rf"|\s+who\s+(?:had\s+)?(?:fled|ran|escaped|moved)\s+to\s+{_NAME}(?:\s+village)?(?=,?\s+(?:said|told)\b)"
    # ("Their homes were burned ...| and they are now sheltering in W village|")
    r"|,?\s+and\s+(?:they|we)\s+(?:are|were)\s+(?:now\s+)?(?:sheltering|staying|hiding|living)\s+"
    rf"(?:in|at|near)\s+{_NAME}(?:\s+village)?"
    # (the township whose border the place is near: "V village in T Township|, near the Ayadaw
    # border|")
    rf"|,\s+(?:near|close\s+to|on)\s+the\s+{_NAME}\s+(?:border|boundary)\b"
)
#: the homes of those a sentence before named by their place: "Their homes were burned"
_THEIR_HOMES = re.compile(r"^(?:Their|Our)\s+(?:homes|houses)\b")
#: the speaker's own home, where something was done: "They set fire to | our house|"
_OUR_HOME = re.compile(r"\b(?:our|my)\s+(?:house|home|homes|houses)\b")
#: what soldiers did at a place (or what happened there: "When the drone attack happened in A")
_DEED = re.compile(
    rf"\b(?:{PAST_DEEDS}|looted|destroyed|fired\s+(?:at|on|into)|set\s+fire|opened\s+fire"
    r"|shooting\s+(?:at|into)|dropped\s+bombs?\s+on"
    r"|set\s+(?:\w+\s+)?on\s+fire|burning|(?:attack|airstrike|air\s+strike|strike|bombing|shelling"
    r"|raid|massacre)\s+(?:happened|took\s+place|occurred)"
    # (or the event on a place: "After the airstrike on A")
    r"|(?:airstrike|air\s+strike|attack|raid|bombing|shelling)\s+(?:on|of)\s+(?=[A-Z])"
    r"|massacre\s+(?:in|at|of)\s+(?=[A-Z]))\b"
)
#: a speaker's age and home opening an account: "I am 52, a farmer from |V village, T township|."
_AGED_SPEAKER_HOME = re.compile(
    # (after a statement's number and who gives it: "Statement 42 (male, 51). "I am from V
    # village, T Township. On 17 March 2023 two planes bombed our village")
    r"^(?:(?:Statement|Testimony|Interview|Account)\s+\d{1,4}\s*(?:\([^()]{0,60}\))?\.?\s*)?[\"“]?"
    r"(?:I\s+am\s+\d{1,3}(?:\s+years\s+old)?\.\s+)?"  # ("I am 65 years old. I live in V ...")
    rf"(?:(?:I\s+am|I'm)\s+(?:\d{{1,3}},\s+an?\s+(?:[a-z]+\s+){{1,2}}?)?from|I\s+live\s+in"
    # (or the speakers': "Interview 3 (female, 35). "We are from V village, T Township[, S].")
    r"|We\s+are\s+from|We're\s+from|We\s+live\s+in)\s+"
    rf"(?:(?P<place>{_NAME}\s+(?:village|[Ww]ard)(?:(?:,|\s+in)\s+{_NAME}\s+(?:[Tt]ownship|town))?)"
    # (or its name alone, then its township: "I am from | Nga Lone Tin|, in Chaung U Township.")
    rf"|(?P<named>{_NAME}),?\s+in\s+(?P<named_area>{_NAME}\s+[Tt]ownship))"
    rf"(?:,\s+{_NAME}(?:\s+(?:State|Region))?)?"
    # (and how far from a town: "I'm from V village|, about 7 km west of Mahlaing town|.")
    r"(?P<offset>,\s+(?:about\s+|around\s+)?\d+(?:\.\d+)?\s*(?:km|kilomet(?:er|re)s|miles?)\s+"
    rf"[a-z-]+\s+of\s+{_NAME}(?:\s+town)?)?[.,]"
    # (or the speakers' village alone: "We are from Rallang. The soldiers came to our village")
    rf"|^We\s+are\s+from\s+(?P<ours>{_NAME})\.\s"
)
#: the speaker's home, told in a sentence of its own: "|I live in V in T township.|"
_I_LIVE_IN = re.compile(
    rf"(?:^|(?<=[.!?]\s))I\s+live\s+in\s+(?P<place>{_NAME})(?:\s+village)?,?\s+in\s+"
    rf"(?P<area>{_NAME}\s+[Tt]ownship)\.\s"
)
#: where the speaker was on the day told of: "|That day I was in |B"
_THAT_DAY_I_WAS_IN = re.compile(
    r"^(?:On\s+)?(?:That|that)\s+day,?\s+(?:I|we)\s+(?:was|were)\s+(?:in|at)\s"
)
#: where the speaker lives, said aside: "|You know, I live in |A."
_I_LIVE_IN_ASIDE = re.compile(
    r"^(?:(?:You\s+know|Well|By\s+the\s+way),?\s+)?(?:I|We)\s+live\s+in\s"
)
#: the next two sentences, where what was done to "the village" is told
_FIRST_SENTENCES = re.compile(r"[^.!?]*[.!?]?[^.!?]*[.!?]?")
#: a place named by its kind word or after "in"/"at"
_NAMED_PLACE = re.compile(rf"\b(?:in|at|into|to)\s+{_NAME}|{_NAME}\s+(?:village|town)\b")
#: what was done to the speaker's ward: "soldiers | searched the ward|"
_WARD_HIT = re.compile(
    rf"\b(?:{PAST_DEEDS}|searched|entered|raided|surrounded)\s+(?:every\s+house\s+in\s+)?"
    r"(?:the|our|my)\s+ward\b"
)
#: troops arriving at a place: "soldiers from the battalion in Muse | came to| Kawng Waun"
_ARRIVED = re.compile(r"\b(?:came|arrived|entered|reached|marched)\s+(?:(?:in)?to|in|at)?\s*[A-Z]")
#: where the speaker is from, opening a sentence of what was done: "I am from A, but | I was
#: living in B village when the soldiers came and burned the whole village."
_SPEAKER_FROM = re.compile(rf"^{SPEAKER_IS_FROM}[^,]{{1,60}},\s+(?:but\s+)?")
#: a township named by its kind word
_TOWNSHIP = re.compile(
    rf"(?!(?:In|At|Of)\s){NAME_WORD}(?:\s+{NAME_WORD}){{0,3}}\s+(?:[Tt]ownship|Tsp|Twp)\b"
)
#: where the speaker was, before when it happened: "|I was staying in a hut in the paddy fields
#: near A when |the drone bombed B", "|I was visiting my aunt in A when |the jet dropped bombs"
_WHERE_I_WAS_WHEN = re.compile(
    r"\b(?:I|we)\s+(?:was|were)\s+(?:staying|living|hiding|sheltering|working|visiting)\b[^.;]*?"
    r"\s+when\s+"
)
#: a place named after "that", as what one heard of: "when I heard that | Ka Dar Lar|, my home
#: village, had been burned"
#: a village and its tract, before its township: "(female, 30, | V village, W village tract, |T
#: Township)"
_VILLAGE_AND_TRACT = re.compile(
    rf"(?P<village>{_NAME})\s+village,\s+(?P<tract>{_NAME}\s+(?:village\s+tract|VT))\s*,\s+"
)
_NAME_AFTER_THAT = re.compile(rf"\bthat\s+{_NAME}")
#: a sentence of the way people went, from place to place: "Our family ran from A to B, and then
#: on to C."
_JOURNEY = re.compile(
    rf"\b(?:ran|fled|walked|moved|escaped)\s+from\s+{_NAME}\s+to\s+{_NAME}[^.]*?\bthen\b"
)
#: the town whose hospital took the wounded: "We took him to the hospital in | Yebyu|."
_HOSPITAL_TOWN = re.compile(
    rf"\b(?:hospital|clinic)\s+in\s+(?P<town>{NAME_WORD}(?:\s+{NAME_WORD})?)(?=\s*[.,;]|$)"
)
