"""Place names inside a headline or sentence that the query parser cannot cut to its place.

"Kawkareik Civilians Suffer in Myanmar Junta Bombardments", "Myanmar Ethnic Armies Seize
Namhsan Town, Border Trade Zone in Shan State": in Title Case every word is capitalised, and the
place may stand anywhere. ``mentions`` finds the runs of capitalised words that are names the
gazetteer holds (the longest at each position, with a kind word after it if there is one); the
resolver (``resolve._mentioned_place``) then takes the finest place among them. Only kinds that
a headline names by their bare names count (towns, townships, districts, states, sites,
countries); a village or ward needs its kind word ("Let Yet Kone Village"), a curated alias
("Laiza") or a name of two or more words that few places share ("Shwe Kokko").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from mapper.gazetteer.parts import MONTH, SENTENCE_VERBS
from mapper.gazetteer.store import CURATED_WEIGHT, Gazetteer
from mapper.gazetteer.text import normalize, skeleton
from mapper.gazetteer.words import ATTACK_VERBS, KIND_OF

#: the longest name tried, in words ("Nay Pyi Taw Union Territory")
MAX_WORDS = 4
#: a one-word name of fewer letters is no mention ("Ye", "Pa"), unless its kind word follows
MIN_LETTERS = 4
#: a village's name of two or more words counts when at most this many places share it
MAX_VILLAGE_NAMESAKES = 3

_TOKEN = re.compile(r"[A-Za-z][A-Za-z0-9'’.\-]*")
#: punctuation between two words that ends a run of names
_BREAK = re.compile(r"[,;:()\[\]–—]|\s-\s")
#: the share of long words capitalised in a Title Case text
TITLE_CASE_SHARE = 0.8
_POSSESSIVE_END = re.compile(r"['’]s$")
#: words capitalised in headlines that are also names of places: the verb "Saw", Burmese
#: personal names and honorifics ("Kyaw", "Aung San"), "Base" (GeoNames' Pakse), "Along" (a
#: town of Arunachal Pradesh)
_NOT_NAMES = frozenset(
    normalize(w)
    for w in ("Saw", "Kyaw", "Aung", "Aung San", "Base", "Pyu", "Thein", "Mali", "Along")
)
#: a word before a personal name, or after it, that makes a run of names a person's
_PERSON_BEFORE = frozenset(
    [
        "u",
        "daw",
        "saw",
        "naw",
        "sai",
        "nang",
        "ko",
        "ma",
        "mahn",
        "khun",
        "sao",
        "dr",
        "gen",
        "general",
        "minister",
        "min",
        "senior",
    ]
)
_PERSON_AFTER = frozenset(["suu", "kyi", "hlaing"])
#: kinds a headline names by their bare names; the others need their kind word
_NAMED_KINDS = frozenset(
    {"town", "township", "district", "state", "site", "country", "foreign_region"}
)
_FOREIGN_KINDS = frozenset({"foreign_city", "foreign_region"})
_VILLAGE_KINDS = frozenset({"village", "village_tract", "ward"})
#: words after which a place is where something happens ("in", "at", "near" ...)
_LOCATIVE = frozenset(
    ["in", "at", "near", "on", "outside", "inside", "into", "around", "from", "off"]
)


#: the beginnings of words that make a text news prose rather than an address: what was done
#: ("killed", "Seizes", "shelled"), to whom and by whom ("civilians", "junta", "troops")
_NEWS_WORD = re.compile(
    r"^(?:kill|attack|seiz|captur|raid|shell|bomb|burn|torch|flee|fled|die[sd]?$|dead|death|shot"
    r"|shoot|wound|injur|arrest|abduct|detain|clash|fight|fought|battl|ambush|strik|airstrik"
    r"|offensiv|massacr|assault|protest|suffer|pound|blitz|claim|report|said$|says?$|junta|regime"
    r"|troop|soldier|army|militar|civilian|villager|resident|refugee|rebel|guerrilla|resist"
    r"|police|wars?$|violen|displac|destroy|explo|blast|artiller|drone|gunm|gunfire|fire|loot"
    r"|occup|overr|retak|recaptur|withdr|surrend|defect|fall|fell|warplane|ghost|crime|curfew"
    r"|martial|arson|crackdown|clampdown|riot|unrest|landmine|mortar|grenade|sniper|hostage"
    r"|storm|forces$|pdfs?$|stand-?off|siege|besieg|skirmish|encircl"
    # (a protest's, an election's and a memorial's words: "Magway students led a march")
    r"|march|rall(?:y|ies|ied)|sit-in|vigil|demonstrat|boycott|picket|vot(?:e|ed|ing)|polling"
    r"|elect|ballot|census|funeral|mourn|martyr|handed"
    # (a witness's words of troops coming: "they came to V and stayed three days")
    r"|came$|stayed$|camped$|entered$)",
    re.IGNORECASE,
)


def reads_as_news(text: str) -> bool:
    """Whether ``text`` is a headline or sentence (a word of news among its words), not an
    address or a name ("Hkaik Htway (Pa Laung)", "Htee Sae Kha Town")."""
    return any(_NEWS_WORD.match(word) for word in _TOKEN.findall(text))


def sentence_case(text: str) -> str:
    """A headline in Title Case with its verbs in lower case ("1 Killed as Regime Shells Taung
    Pyin Nge Village in Sagaing Region": "1 killed as Regime shells Taung Pyin Nge Village in
    ..."), read as a sentence is: a place starts after a word in lower case; any other text as
    it is."""
    if "Fire" in text:  # "Forces Set Fire to X Village", "Open Fire on": a verb of two words
        text = _SET_FIRE.sub(lambda m: m.group().lower(), text)
    if not any(w[:1].isupper() and w.lower().rstrip(":,.") in _HEADLINE_CUES for w in text.split()):
        return text  # no capitalised verb nor news word (a quick look first: most text has none)
    words = _TOKEN.findall(text)
    if len(words) < 4 or not _title_case(words) or not reads_as_news(text):
        return text
    if "To " in text:  # "Fighting Spreads From Mabein To Sat Kya Village": from one to the
        text = _FROM_THEN_TO.sub(r"\1to ", text)  # other ("To" is else a name's word: "U To")
    return _TOKEN.sub(_sentence_word, text.strip())


_FROM_THEN_TO = re.compile(r"(\b[Ff]rom\s+(?:[A-Z][\w'’-]*\s+){1,3})To\s+(?=[A-Z])")
_SET_FIRE = re.compile(r"\b(?:Set|Sets|Setting|Open|Opens|Opened)\s+Fire\s+(?:to|To|on|On)\b")


def _sentence_word(match: re.Match) -> str:
    """A Title Case headline's word as a sentence writes it: a verb, number, preposition or
    word of news ("Airstrike", "Civilians") in lower case (not the first word)."""
    word = match.group()
    lower = word.lower()
    if lower == "than" and not _COMPARED.search(match.string, 0, match.start()):
        return word  # a name's word: "Pounds Than Taung Village", not "More Than 20"
    if lower in _HEADLINE_SMALL or (match.start() and _NEWS_WORD.match(word)):
        return lower
    return word


#: the word a comparison's "than" follows: "More Than 20 Killed"
_COMPARED = re.compile(r"\b(?i:more|less|fewer|rather|other|greater|higher)\s+$")


#: the words a Title Case headline capitalises that a sentence writes in lower case: its verbs,
#: numbers and the prepositions before a place ("Regime Airstrike Kills Three In Kyonlaung
#: Village, Ye Township", "Rikhawdar Town Shelled As Fighting Spreads In Chin State")
_HEADLINE_SMALL = (
    SENTENCE_VERBS
    | _LOCATIVE
    | {"as", "of", "after", "amid", "by", "during", "along", "across", "towards", "toward"}
    | {"through", "via", "beyond", "between", "within", "over", "under", "the"}
    | {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozens"}
    | {"hundreds", "thousands", "scores", "first", "second", "third", "fourth", "fifth"}
    | {"day", "days", "week", "weeks", "month", "months", "year", "years", "night"}
    # what was hit or who: "Junta Forces Burn Homes in Kywebon Village" (a capitalised noun
    # after the verb was read as the start of the place's name)
    | {"home", "homes", "house", "houses", "buildings", "shops", "schools", "property"}
    | {"people", "children", "women", "men", "monks", "students", "teachers", "farmers"}
    | {"families", "workers", "passengers", "patients", "prisoners", "hostages", "bodies"}
    | {"more", "than", "least", "nearly", "over", "dozen", "down", "out"}  # "Burned Down"
    | {"their", "his", "her", "its", "our"}  # "Shoot Dead 2 Civilians in Their Homes in X"
    # where those who acted are from, and where the wounded went: "PDF Forces Based in
    # Neighbouring Kani Township Storm X Town; Wounded Taken to Monywa"
    | {"based", "stationed", "neighbouring", "neighboring", "nearby", "taken", "wounded"}
    | {"and", "or", "villages"}  # "Fighting Between X And Y Villages On Kaladan River"
    | {"losses", "dead", "lives"}  # "X Villagers Count Losses After ..."
    # what followed, in a participle: "Junta Intensifies Bombing, Hitting X Village in ..."
    | {"hitting", "killing", "shelling", "burning", "torching", "targeting", "striking"}
    | {"leaving", "forcing", "displacing", "destroying", "wounding", "injuring", "raiding"}
)


#: capitalised words that mark a Title Case headline: its verbs, and news words that head one
#: ("Fighting Near X Village Along The Kaladan River In Y Township")
_HEADLINE_CUES = SENTENCE_VERBS | {"fighting", "clashes", "airstrike", "airstrikes", "shelling"}
_HEADLINE_CUES |= {"battle", "battles", "offensive"}  # "Junta Column Withdraws After Battle at X"


@dataclass(frozen=True)
class Mention:
    """A name in the text: its words (with a following kind word), where it starts, and
    whether a locative word ("in", "near") comes before it."""

    text: str
    start: int
    after_locative: bool


def mentions(gaz: Gazetteer, text: str) -> list[Mention]:
    """The names in ``text`` that the gazetteer holds, in the order they appear."""
    tokens = [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)]
    words = [_POSSESSIVE_END.sub("", w).strip(".-") for w, _, _ in tokens]
    # in a text that is not all capitals or Title Case, a name starts a run of capitalised
    # words: "Taung village" of "Khamauk Taung village" is no mention of its own
    runs_only = not _title_case(words)
    found: list[Mention] = []
    i = 0
    while i < len(tokens):
        starts_run = (
            i == 0
            or not words[i - 1][:1].isupper()
            or words[i - 1] != tokens[i - 1][0]  # after a possessive: "Yangon’s Twante"
            or bool(_BREAK.search(text[tokens[i - 1][2] : tokens[i][1]]))
        )
        span = _longest_name(gaz, words, i) if words[i][:1].isupper() else 0
        if span and runs_only and not starts_run:
            span = 0
        if not span:
            i += 1
            continue
        if _is_person(words, i, span):  # the rest of the person's name is no place either
            i += span
            while i < len(words) and words[i][:1].isupper():
                i += 1
            continue
        end = i + span
        name = " ".join(words[i:end])
        kind_word = end < len(words) and words[end].lower() in KIND_OF
        # two kind words: "La Jawng village tract" names the tract, not a village La Jawng
        kind_words = 2 if kind_word and " ".join(words[end : end + 2]).lower() in KIND_OF else 1
        if kind_word:  # "Namhsan Town"
            name = f"{name} {' '.join(words[end : end + kind_words])}"
        elif i > 1 and words[i - 1].lower() == "of" and words[i - 2].lower() in KIND_OF:
            kind_word = True  # "the city of Yangon"
            name = f"{name} {words[i - 2].lower()}"
        before = words[i - 1].lower() if i else ""
        if _counts(gaz, words[i:end], kind_word, before in _LOCATIVE):
            found.append(Mention(name, tokens[i][1], before in _LOCATIVE))
        i = end + (kind_words if kind_word else 0)
    return found


def names_cased(gaz: Gazetteer, text: str) -> str:
    """A text written all in lower case with its sentences' first words and its places' names
    capitalised, as the rest of the reading expects ("they fled after troops entered nyin maw
    village, launglon township." -> "They fled after troops entered Nyin Maw village, Launglon
    township."): the words before a kind word, the longest run of them the gazetteer holds
    (else up to three words that are no function words), and a town or larger area the
    gazetteer holds after "in", "at", "from", "near" or "of"; ``text`` itself when none."""
    words = list(_LOWER_WORD.finditer(text))
    capital = {0} if words else set()
    months = {m.start() for m in _MONTH_BESIDE_DAY.finditer(text)}
    for i, word in enumerate(words):
        if word.start() in months:
            capital.add(i)  # "on oct. 15", "june 1": a date's month
        gap = text[words[i - 1].end() : word.start()] if i else ""
        if (
            _SENTENCE_BREAK.search(gap)
            and not (words[i - 1].start() in months and gap[:1] == ".")
            and not _DIGIT.search(gap)
        ):
            capital.add(i)  # a sentence's first word (not after "oct." before its day, nor
            # after a number opening the sentence: "— 99 houses were burned")
        lower = word.group()
        # (not "pounded villages"; but "t/s")
        if lower in KIND_OF and i and (not lower.endswith("s") or lower == "t/s"):
            named = _name_before(gaz, text, words, i)
            capital |= named
            gap = text[words[min(named) - 1].end() : words[min(named)].start()] if named else ""
            if _OPENING.search(gap) or (gap.strip() == "," and KIND_OF[lower] == "township"):
                # "ma gyi gwa [chaung-u township]", "over taung kyar inn, kawkareik township":
                # the place before its area, in brackets or after a comma
                capital |= _name_before(gaz, text, words, min(named) - 1, inclusive=True)
        elif lower in _LOCATIVE_OR_FROM and i + 1 < len(words):
            capital |= _area_after(gaz, words, i + 1)
        elif lower in _HIT_VERBS and i + 1 < len(words):
            # "regime forces shelled pangku with artillery. the village is in kutkai township"
            capital |= _area_after(gaz, words, i + 1, any_kind=True)
        elif lower in ("is", "lies") and i + 1 < len(words) and words[i + 1].group() == "in":
            capital |= _name_before(gaz, text, words, i)  # "taung hmwar is in ayadaw township"
        elif i and gap.strip() == "(" and (area := _area_bracketed(gaz, text, words, i)):
            # "jet strike bonebwit (shwebo) 9 dead": the place before its township in brackets
            capital |= area | _name_before(gaz, text, words, i - 1, inclusive=True)
    cased = list(text)
    for i in capital:
        cased[words[i].start()] = cased[words[i].start()].upper()
    return "".join(cased)


def _name_before(
    gaz: Gazetteer, text: str, words: list, i: int, *, inclusive: bool = False
) -> set[int]:
    """The indexes of the words naming the place before the kind word ``words[i]`` (up to and
    with ``words[i]`` when ``inclusive``)."""
    run: list[int] = []
    last = i if inclusive else i - 1
    if last < 0:
        return set()
    if words[last].group() in _FUNCTION_WORDS and not inclusive:
        # (a name whose last word is a function word, when the gazetteer holds it whole: "nam
        # an vill, hsenwi tsp")
        for start in range(max(last - 2, 0), last):
            if (
                not _BREAK.search(text[words[start].end() : words[last].start()])
                and normalize(" ".join(words[j].group() for j in range(start, last + 1)))
                in gaz.exact
            ):
                return set(range(start, last + 1))
    for j in range(last, max(last - 4, -1), -1):
        if words[j].group() in _FUNCTION_WORDS or words[j].group() in KIND_OF:
            break
        if j < last and _BREAK.search(text[words[j].end() : words[j + 1].start()]):
            break  # ("nyin maw village, launglon township": not "village" before Launglon)
        if j == last and not inclusive and _BREAK.search(text[words[j].end() : words[i].start()]):
            break
        run.insert(0, j)
    keys = [normalize(" ".join(words[j].group() for j in run[start:])) for start in range(len(run))]
    if keys and len(keys[0]) >= MIN_RESPELT and skeleton(keys[0]) in gaz.loose:
        return set(run)  # the whole run respelt ("shwe maunng sa khan": not "Sa Khan" alone)
    for start, key in enumerate(keys):  # the longest run the gazetteer holds
        if key in gaz.exact:
            return set(run[start:])
    return set(run[-3:])


def _area_bracketed(gaz: Gazetteer, text: str, words: list, i: int) -> set[int]:
    """The indexes of the words from ``i`` on, up to a closing bracket, that name a town or
    larger area (or any place by two or three words) the gazetteer holds ("bonebwit
    (|shwebo|)"); else none."""
    area = _area_after(gaz, words, i)
    return area if area and text[words[max(area)].end() :][:1] == ")" else set()


def _area_after(gaz: Gazetteer, words: list, i: int, *, any_kind: bool = False) -> set[int]:
    """The indexes of the words from ``i`` on that name a place the gazetteer holds: a town or
    larger area, or any place by a name of two or three words ("from pa wut kone said"), or
    by one word too when ``any_kind`` (what a verb hit: "shelled pangku"); the longest run,
    else none."""
    for span in range(3, 0, -1):
        run = words[i : i + span]
        if len(run) < span or any(w.group() in _FUNCTION_WORDS for w in run):
            continue
        hits = gaz.exact.get(normalize(" ".join(w.group() for w in run)), ())
        if hits and (
            span > 1 or any_kind or any(gaz.records[pid][0] in _NAMED_KINDS for pid, _ in hits)
        ):
            return set(range(i, i + span))
    return set()


_LOWER_WORD = re.compile(r"[a-z][a-z'’-]*(?:/[a-z]+)?")  # ("t/s", a township's kind word)
_DIGIT = re.compile(r"\d")
_OPENING = re.compile(r"[(\[]")
#: where a sentence ends, or a headline before its story: "... near shwebo — about 114 houses"
_SENTENCE_BREAK = re.compile(r"[.!?][\"”’]?\s|\s[—–]\s")
#: a month beside its day: "oct. 15", "june 1", "22 may"
_MONTH_BESIDE_DAY = re.compile(
    r"(?<![a-z])" + MONTH + r"(?=\s*\d)|(?<=\d\s)" + MONTH + r"(?![a-z])"
)
_LOCATIVE_OR_FROM = frozenset({"in", "at", "from", "near", "of"})
#: verbs whose object is where it happened: "shelled pangku", "raided kone thar", "villagers
#: fled thlan rawn"
_HIT_VERBS = ATTACK_VERBS | {"fled", "abandoned", "evacuated"}
#: words that are no part of a place's name before its kind word
_FUNCTION_WORDS = ATTACK_VERBS | frozenset(
    re.split(
        r"\s+",
        """the a an in at of on to from and or by near with after before for into onto is was
        were are about around troops soldiers reached fled left their its his her they them we
        our this that these those it which who where was""",
    )
)


def _title_case(words: list[str]) -> bool:
    """Whether (nearly) every word of four letters or more is capitalised, as in headlines."""
    long = [w for w in words if len(w) >= MIN_LETTERS]
    return bool(long) and sum(w[:1].isupper() for w in long) >= TITLE_CASE_SHARE * len(long)


def _longest_name(gaz: Gazetteer, words: list[str], i: int) -> int:
    """How many capitalised words from ``i`` on make the longest name the gazetteer holds: as
    written, or respelt when a kind word follows ("Rikhawdar Town" for Rihkhawdar)."""
    for span in range(min(MAX_WORDS, len(words) - i), 0, -1):
        run = words[i : i + span]
        if not all(w[:1].isupper() or w[:1].isdigit() for w in run):
            continue
        key = normalize(" ".join(run))
        if key in _NOT_NAMES:
            continue
        if key in gaz.exact:
            return span
        kind_word = i + span < len(words) and words[i + span].lower() in KIND_OF
        loose = gaz.loose.get(skeleton(key)) if kind_word or len(key) >= MIN_RESPELT else None
        if loose and (kind_word or any(gaz.records[pid][0] in _NAMED_KINDS for pid, _ in loose)):
            return span  # (a bare respelling of a town or larger: "Htigyaing" for Tigyaing)
    return 0


#: the fewest letters of a name found respelt in a text without a kind word after it
MIN_RESPELT = 6


def _is_person(words: list[str], i: int, span: int) -> bool:
    """Whether the name is part of a person's ("U Kyaw Min", "Min Aung Hlaing")."""
    before = words[i - 1].lower() if i else ""
    after = words[i + span].lower() if i + span < len(words) else ""
    return before in _PERSON_BEFORE or after in _PERSON_AFTER


def _counts(gaz: Gazetteer, name: list[str], kind_word: bool, after_locative: bool) -> bool:
    """Whether a name found is a mention: a kind a headline names bare, a name long enough
    (or a short town's after "in", "at": "arrested in Ann"), a place abroad by its own name
    only; a village by its kind word or a rare long name."""
    if kind_word:
        return True
    key = normalize(" ".join(name))
    hits = gaz.exact.get(key) or gaz.loose[skeleton(key)]
    records = gaz.records
    if len(name) == 1 and len(name[0]) < MIN_LETTERS:
        return after_locative and any(records[pid][0] == "town" for pid, _ in hits)
    kinds = {records[pid][0] for pid, _ in hits}
    if any(
        records[pid][0] in _NAMED_KINDS and (records[pid][0] not in _FOREIGN_KINDS or weight >= 1.0)
        for pid, weight in hits
    ):
        return True
    if any(records[pid][0] == "foreign_city" and weight >= 1.0 for pid, weight in hits):
        return len(" ".join(name)) > MIN_LETTERS
    if any(weight >= CURATED_WEIGHT for _, weight in hits):
        return True  # a curated alias is what the name means: "Laiza", a village in MIMU
    return len(name) >= 2 and kinds <= _VILLAGE_KINDS and len(hits) <= MAX_VILLAGE_NAMESAKES
