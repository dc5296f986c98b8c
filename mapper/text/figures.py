"""Reported figures: numbers with what they count, their unit, qualifier and sentence.

"7,800 clashes" -> value 7800, unit "clashes"; "at least 300 of these" -> value 300, qualifier
"at least", unit taken from the figure "these" points back to; "over 2,200km" -> 2200, "km";
"$1.5 billion" -> 1.5e9, "USD"; "a third of" -> 33.33, "%"; "doubled" -> 2, "times". Years,
days of the month, times, ordinals and numbers inside names or codes are not figures.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from mapper.text.rules import MONTHS, word_set
from mapper.text.tokens import sentence_at, sentence_spans

_WORD_NUMBERS = {
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "hundred": 100,
    "a hundred": 100,
    "a thousand": 1000,
    "a dozen": 12,
    "dozen": 12,
}
_SCALES = {
    "thousand": 1e3,
    "million": 1e6,
    "billion": 1e9,
    "trillion": 1e12,
    "mn": 1e6,
    "m": 1e6,
    "bn": 1e9,
    "k": 1e3,
}
# measurement units written after a number -> normalised unit
_UNITS = {
    "km": "km",
    "kms": "km",
    "kilometre": "km",
    "kilometres": "km",
    "kilometer": "km",
    "kilometers": "km",
    "mi": "mi",
    "mile": "mi",
    "miles": "mi",
    "m": "m",
    "metre": "m",
    "metres": "m",
    "meter": "m",
    "meters": "m",
    "%": "%",
    "percent": "%",
    "per cent": "%",
    "pc": "%",
    "mw": "MW",
    "megawatts": "MW",
    "megawatt": "MW",
    "gw": "GW",
    "gigawatts": "GW",
    "hectares": "ha",
    "hectare": "ha",
    "ha": "ha",
    "acres": "acres",
    "acre": "acres",
    "sq km": "km2",
    "km2": "km2",
    "square kilometres": "km2",
    "square kilometers": "km2",
    "tonnes": "t",
    "tons": "t",
    "barrels": "barrels",
    "bcm": "bcm",
    "kyat": "MMK",
    "kyats": "MMK",
    "yuan": "CNY",
    "dollars": "USD",
    "usd": "USD",
    "baht": "THB",
}
_CURRENCY_PREFIXES = {
    "us$": "USD",
    "$": "USD",
    "usd": "USD",
    "rmb": "CNY",
    "cny": "CNY",
    "¥": "CNY",
    "€": "EUR",
    "£": "GBP",
    "thb": "THB",
}
_QUALIFIERS = (
    "at least",
    "at most",
    "more than",
    "less than",
    "fewer than",
    "no fewer than",
    "no less than",
    "as many as",
    "as much as",
    "as few as",
    "up to",
    "upwards of",
    "in excess of",
    "close to",
    "an estimated",
    "estimated",
    "just over",
    "just under",
    "well over",
    "over",
    "under",
    "about",
    "around",
    "nearly",
    "almost",
    "roughly",
    "approximately",
    "some",
    "only",
)
_TIME_UNITS = {"day", "days", "week", "weeks", "month", "months", "year", "years", "hour", "hours"}

_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_WORDNUM = "|".join(sorted((re.escape(w) for w in _WORD_NUMBERS), key=len, reverse=True))
_SCALE = r"(?:thousand|million|billion|trillion|mn|bn|m|k)\b"
_UNIT = "|".join(sorted((re.escape(u) for u in _UNITS), key=len, reverse=True))
_CURRENCY = r"US\$|\$|USD\s?|RMB\s?|CNY\s?|¥|€|£|THB\s?"

_FIGURE_RE = re.compile(
    rf"""
    (?<![\w$.,/:])                             # not inside a word, code, time or number
    (?P<cur>{_CURRENCY})?
    (?:(?P<num>{_NUM})|(?P<word>{_WORDNUM})(?![\w-]))
    (?:\s?(?P<scale>{_SCALE}))?
    (?:\s?(?P<unit>{_UNIT})(?![\w]))?
    """,
    re.IGNORECASE | re.VERBOSE,
)
_QUALIFIER_RE = re.compile(
    r"(?:^|(?<=\W))(" + "|".join(re.escape(q) for q in _QUALIFIERS) + r")\s+$", re.IGNORECASE
)
_WORD_RE = re.compile(r"[A-Za-z][\w'’-]*|\d[\d,.]*|[^\w\s]")

# words that end the phrase naming what a number counts
_STOP_WORDS = word_set(
    """in on at near from to by with for since during across into over under through between
    along within without per after before around about as than or but that which who whom where
    when while have has had were was are is be been being will would could can may might did do
    does said say says the a an its their his her our this these those it they he she we there
    if so not also each every all both met fled left held fought came went gave got made saw took
    told brought began ran hit lost won stood struck nationwide countrywide overall altogether
    combined alone respectively last ago"""
)
_PHRASAL_VERBS = word_set(
    """hand hands handed handing turn turns turned turning take takes took taken taking win won
    fight fought control controlled seize seized seizing bring brought come came move moved
    moving go went spread spreading walk walked walking"""
)
_ANAPHORS = frozenset({"these", "them", "those", "which", "whom"})
#: past participles that name people when they follow a number ("17 killed", "300 displaced")
_PARTICIPLE_NOUNS = word_set(
    "killed wounded injured displaced detained arrested abducted executed missing dead"
)
#: words before a number that make it a reference, not a quantity ("page 12", "Article 144")
_REFERENCE_RE = re.compile(
    r"\b(?:pages?|pp?|no|nos|number|chapter|section|article|paragraph|clause|figure|table|"
    r"vol|volume|issue|aged?)\.?\s+$",
    re.IGNORECASE,
)
#: a number that opens a range ("20-30", "1,200 to 1,500"), the second number follows
_RANGE_RE = re.compile(
    rf"\s*(-|–|to|and)\s*(?:{_NUM})(?:\s?(?P<scale>thousand|million|billion))?\b", re.IGNORECASE
)
_BETWEEN_RE = re.compile(r"\bbetween\s+\S+(?:\s+(?:thousand|million|billion))?$", re.IGNORECASE)
#: fractions written in words, before "of" ("a third of", "two-thirds of", "half of")
_FRACTIONS = {
    "half": 1 / 2,
    "a half": 1 / 2,
    "one half": 1 / 2,
    "a third": 1 / 3,
    "one third": 1 / 3,
    "two thirds": 2 / 3,
    "a quarter": 1 / 4,
    "one quarter": 1 / 4,
    "three quarters": 3 / 4,
    "a fifth": 1 / 5,
    "one fifth": 1 / 5,
    "a tenth": 1 / 10,
    "one tenth": 1 / 10,
}
#: "one in five clashes", "1 in 4", "one in every ten": a share (20%), not five clashes
_ONE_IN_RE = re.compile(
    r"(?<![\w-])(?:one|1)\s+(?:in|out\s+of)\s+(?:every\s+)?"
    r"(?P<den>\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|twenty)\b",
    re.IGNORECASE,
)
_FRACTION_RE = re.compile(
    r"(?<![\w-])(?P<frac>"
    + "|".join(
        sorted((re.escape(f).replace(r"\ ", r"[\s-]") for f in _FRACTIONS), key=len, reverse=True)
    )
    + r")(?=\s+of\b)",
    re.IGNORECASE,
)


#: "doubled", "tripled", "halved", "a threefold rise": a change by a factor (unit "times")
_MULTIPLE_VERBS = {"doubled": 2, "tripled": 3, "trebled": 3, "quadrupled": 4, "halved": 0.5}
_MULTIPLE_RE = re.compile(
    r"(?<![\w-])(?:(?P<verb>"
    + "|".join(_MULTIPLE_VERBS)
    + r")|(?P<fold>"
    + "|".join(w for w, n in _WORD_NUMBERS.items() if n <= 20)
    + r"|\d{1,3})[\s-]?fold)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Figure:
    """A number the text reports, with what it counts (``unit``) and its sentence."""

    text: str
    value: float
    unit: str | None
    qualifier: str | None
    sentence: str
    start: int
    end: int

    def to_dict(self) -> dict:
        """The JSON shape: ``{text, value, unit, qualifier, sentence, start, end}`` (the
        character span of ``text`` in the text read)."""
        value = int(self.value) if float(self.value).is_integer() else self.value
        return {
            "text": self.text,
            "value": value,
            "unit": self.unit,
            "qualifier": self.qualifier,
            "sentence": self.sentence,
            "start": self.start,
            "end": self.end,
        }


def extract_figures(text: str) -> list[Figure]:
    """All figures reported in ``text``, in reading order."""
    spans = sentence_spans(text)
    worded = [*_FRACTION_RE.finditer(text), *_ONE_IN_RE.finditer(text)]
    worded += _MULTIPLE_RE.finditer(text)
    matches = worded + [
        m
        for m in _FIGURE_RE.finditer(text)
        if not any(f.start() <= m.start() < f.end() for f in worded)
    ]
    figures: list[Figure] = []
    for m in sorted(matches, key=lambda m: m.start()):
        if m.re is _MULTIPLE_RE:
            figure = _read_multiple(text, m, spans)
        elif m.re is not _FIGURE_RE:
            figure = _read_fraction(text, m, spans)
        else:
            figure = _read_match(text, m, spans, figures)
        # a run of digits too long for a float (a serial number, a phone number pasted in)
        # is no figure: its value would be infinite, which JSON cannot hold
        if figure is not None and math.isfinite(figure.value):
            figures.append(figure)
    return figures


def _read_fraction(text: str, m: re.Match[str], spans: list[tuple[int, int]]) -> Figure | None:
    """ "a third of the 7,800 clashes", "one in five clashes": a share, in percent (33.33,
    20); None for "one in 0"."""
    if "frac" in m.groupdict():
        share = _FRACTIONS[re.sub(r"[\s-]+", " ", m.group("frac").lower())]
    else:
        den = m.group("den").lower()
        den_value = int(den) if den.isdigit() else _WORD_NUMBERS[den]
        if den_value < 2:
            return None
        share = 1 / den_value
    return _worded_figure(text, m, spans, round(share * 100, 2), "%")


def _read_multiple(text: str, m: re.Match[str], spans: list[tuple[int, int]]) -> Figure:
    """ "more than doubled", "a threefold rise": the factor of a change (2, 3), unit "times"."""
    if m.group("verb"):
        factor = _MULTIPLE_VERBS[m.group("verb").lower()]
    else:
        fold = m.group("fold").lower()
        factor = int(fold) if fold.isdigit() else _WORD_NUMBERS[fold]
    return _worded_figure(text, m, spans, float(factor), "times")


def _worded_figure(
    text: str, m: re.Match[str], spans: list[tuple[int, int]], value: float, unit: str
) -> Figure:
    """The figure a worded match gives ("nearly a third", "more than doubled"), with the
    qualifier before it and its sentence."""
    start, qualifier = _qualifier_before(text, m.start())
    return Figure(
        text=" ".join(text[start : m.end()].split()),
        value=value,
        unit=unit,
        qualifier=qualifier,
        sentence=sentence_at(text, spans, m.start()),
        start=start,
        end=m.end(),
    )


def _qualifier_before(text: str, start: int) -> tuple[int, str | None]:
    """Where a figure starting at ``start`` begins with its qualifier ("at least"), and it."""
    q = _QUALIFIER_RE.search(text, max(0, start - 30), start)
    if q is None or _phrasal_verb_before(text, q.start(1), q.group(1)):
        return start, None
    return q.start(1), q.group(1).lower()


def _read_match(
    text: str, m: re.Match[str], spans: list[tuple[int, int]], previous: list[Figure]
) -> Figure | None:
    num, word = m.group("num"), m.group("word")
    if word is not None and not word[0].islower() and not _sentence_start(text, m.start()):
        return None  # "Seven" inside a name ("Seven Stars")
    if num is not None and _is_not_a_quantity(text, m, num):
        return None
    value = float(num.replace(",", "")) if num is not None else float(_WORD_NUMBERS[word.lower()])
    scale = (m.group("scale") or "").lower()
    unit_word = m.group("unit")
    currency = m.group("cur")
    if scale == "m" and not currency and unit_word is None:
        # "5m" without a currency is five metres, not five million
        scale, unit_word = "", "m"
    if not scale and num is not None:  # "1.2 to 1.5 million": the first end is millions too
        scale = _range_scale(text, m.end())
    if scale:
        value *= _SCALES[scale]
    end = m.end()
    if unit_word:
        unit: str | None = _UNITS[unit_word.lower()]
    elif currency:
        unit = _CURRENCY_PREFIXES[currency.strip().lower()]
    else:
        unit, end = _counted_noun(text, m.end(), previous, spans)
        if unit is None and num is not None:
            # "2,450 clashes ..., including at least 310 in Pale": the unit carries over
            unit = _previous_unit(previous, text, spans, m.start(), same_sentence=True)
    if unit is None and num is None:
        return None  # a bare number word ("the two") is too vague to be a figure
    if unit in _TIME_UNITS and text[m.end() : m.end() + 1] == "-":
        return None  # "two-day meeting", "10-year plan": a description, not a figure
    start, qualifier = _qualifier_before(text, m.start())
    return Figure(
        text=" ".join(text[start:end].split()),
        value=value,
        unit=unit,
        qualifier=qualifier,
        sentence=sentence_at(text, spans, m.start()),
        start=start,
        end=end,
    )


def _range_after(text: str, offset: int) -> re.Match[str] | None:
    """The second end of a range that the number ending at ``offset`` opens ("to 1,500",
    "- 30"; "and 3,000" only after "between"), or None."""
    second = _RANGE_RE.match(text, offset)
    between = _BETWEEN_RE.search(text, max(0, offset - 30), offset)
    if second is not None and second.group(1) == "and" and not between:
        return None
    return second


def _range_scale(text: str, offset: int) -> str:
    """The scale word of a range's second end when a number at ``offset`` opens the range
    ("1.2 to 1.5 million", "between 2 and 3 thousand"), else ""."""
    second = _range_after(text, offset)
    return "" if second is None or second.group("scale") is None else second.group("scale").lower()


def _phrasal_verb_before(text: str, offset: int, qualifier: str) -> bool:
    """True for "hand over five", "took over two": ``over`` belongs to the verb."""
    if qualifier.lower() not in {"over", "under", "about", "around"}:
        return False
    prev = re.search(r"([A-Za-z]+)\s*$", text[max(0, offset - 20) : offset])
    return prev is not None and prev.group(1).lower() in _PHRASAL_VERBS


def _sentence_start(text: str, offset: int) -> bool:
    before = text[:offset].rstrip()
    return not before or before[-1] in '.!?\n"“'


def _is_not_a_quantity(text: str, m: re.Match[str], num: str) -> bool:
    """Years, days of the month, times, ordinals, decades, codes, page numbers and ages are not
    figures."""
    after = text[m.end() : m.end() + 12]
    before = text[max(0, m.start() - 12) : m.start()]
    if before.endswith("-") and not re.search(
        rf"(?:^|[^\w.,/:-])(?:{_NUM})-$", text[max(0, m.start() - 20) : m.start()]
    ):
        return True  # "COVID-19", "2021-02-01"; but the second number of "20-30 homes" is one
    if re.match(r"\d{4}-$", before[-5:]):
        return True  # "2021-22"
    if _REFERENCE_RE.search(before) and not m.group("cur"):
        return True  # "page 12", "Article 144", "aged 54"
    if (
        num.isdigit()
        and int(num) <= 110
        and re.search(r"[A-Z][\w'’-]*,\s+$", before)
        and re.match(r"\s*(?:[,;)]|\.(?!\d)|$)", after)
    ):
        return True  # an age after a name: "U Aung Min, 54, said"
    if re.match(r"(?:st|nd|rd|th|s)\b|:\d|\s?[ap]\.?m\b|-year-old", after, re.IGNORECASE):
        return True  # ordinal, decade ("2000s"), time, age
    plain = num.isdigit()
    if plain and len(num) == 4 and 1800 <= int(num) <= 2100 and not m.group("unit"):
        following = re.match(r"\s+([a-z]+)", after)
        if m.group("cur") is None and not (following and following.group(1).endswith("s")):
            return True  # a year ("in 2021", "the 2021 coup")
    if plain and int(num) <= 31:
        prev_word = re.search(r"([A-Za-z]+)\.?\s+$", before)
        next_word = re.match(r"\s+([A-Za-z]+)", after)
        if prev_word and prev_word.group(1).lower() in MONTHS:
            return True  # "July 28"
        if next_word and next_word.group(1).lower() in MONTHS:
            return True  # "28 July"
    return False


def _counted_noun(
    text: str, offset: int, previous: list[Figure], spans: list[tuple[int, int]]
) -> tuple[str | None, int]:
    """What the number at ``offset`` counts, and where the counted phrase ends.

    "7,800 clashes have" -> clashes; "five telecoms and internet fraud suspects to" -> suspects;
    "300 of these" -> the unit of the previous figure in the sentence; "300 of the 7,800 clashes"
    -> clashes (read from the later number's phrase).
    """
    second = _range_after(text, offset)
    if second is not None:  # "1,200 to 1,500 people": the first number counts people too
        unit, _ = _counted_noun(text, second.end(), previous, spans)
        if unit is not None:
            return unit, offset
    words = [(w.group(), w.end()) for w in _WORD_RE.finditer(text, offset, offset + 120)]
    i = 0
    if words and words[0][0].lower() == "of" and len(words) > 1:
        nxt = words[1][0].lower()
        if nxt in _ANAPHORS:
            return _previous_unit(previous, text, spans, offset), offset
        i = 1
        while i < len(words) and (
            words[i][0].lower() in {"the", "its", "their", "his", "her", "our"}
            or words[i][0] in {"'s", "’s"}
        ):
            i += 1
        if i < len(words) and words[i][0][0].isdigit():
            later = _FIGURE_RE.match(text, words[i][1] - len(words[i][0]))
            if later is not None:
                unit, _ = _counted_noun(text, later.end(), previous, spans)
                return unit, offset
    chunk: list[tuple[str, int]] = []
    for k in range(i, len(words)):
        word, end = words[k]
        low = word.lower()
        if low.endswith(("'s", "’s")):
            chunk = []  # "of Myanmar's ethnic armed organisations": restart after a possessive
            continue
        if not word[0].isalpha():
            break
        if low in _STOP_WORDS:
            break
        if (
            (chunk or low not in _PARTICIPLE_NOUNS)
            and low != "and"
            and (low.endswith("ed") or low.endswith("ing"))
        ):
            nxt = words[k + 1][0] if k + 1 < len(words) else ""
            if not nxt[:1].isalpha() or nxt.lower() in _STOP_WORDS | {"and"}:
                # "two countries gathered on", "300 occurred within", "30 homes burned and": a
                # verb, not "ethnic armed organisations"
                break
        chunk.append((word, end))
        if len(chunk) >= 6:
            break
    while chunk and chunk[-1][0].lower() == "and":
        chunk.pop()
    if not chunk:
        return None, offset
    return chunk[-1][0].lower(), chunk[-1][1]


def _previous_unit(
    previous: list[Figure],
    text: str,
    spans: list[tuple[int, int]],
    offset: int,
    *,
    same_sentence: bool = False,
) -> str | None:
    sentence = sentence_at(text, spans, offset)
    for figure in reversed(previous):
        if figure.unit and figure.sentence == sentence and figure.unit not in _UNITS.values():
            return figure.unit
    if same_sentence or not previous:
        return None
    return previous[-1].unit
