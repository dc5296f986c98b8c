"""Burmese script read as the romanisations MIMU writes for it, syllable by syllable.

MIMU gives most places an English and a Burmese name ("Ye Ywar", "ရေရွာ"). Where the English
name has one word for each Burmese syllable, the two align word by word; counted over the
gazetteer, these alignments give each Burmese syllable the spellings MIMU uses most for it
("ရေ": "ye", "yay", "yae"). A Burmese name the gazetteer does not have can then be read in Latin
letters: "ရေရွာ" as "Ye Ywa", the name of the Yeywa dam, or "တကောင်းတောင်" as "Ta Kaung Taung",
the Tagaung Taung nickel mine.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter, defaultdict

from mapper.gazetteer.store import Gazetteer
from mapper.gazetteer.text import normalize, skeleton

#: A syllable starts at a consonant, an independent vowel or a digit, unless that letter is
#: stacked under the one before (after ္) or is killed by ် or stacks the next one (before ် or ္).
_SYLLABLE_START = re.compile(
    "(?<!\u1039)(?=[\u1000-\u102a\u103f\u1040-\u1049\u104c-\u104f](?![\u103a\u1039]))"
)
#: The digits ၀ and ၇ written for the letters ဝ and ရ, which a vowel sign or medial follows
_DIGIT_AS_LETTER = re.compile("[\u1040\u1047](?=[\u102b-\u103e])")
_MM_DIGITS = str.maketrans("၀၁၂၃၄၅၆၇၈၉", "0123456789")
_NUMBER = re.compile(r"[0-9]+")
_NOT_BURMESE = re.compile("[^\u1000-\u109f0-9]+")
_PARENTHESISED = re.compile(r"\([^)]*\)")
#: Words that open a site's Burmese name, as its English name translates them
_NAME_WORDS = {"အထက်": "upper", "အောက်": "lower"}
#: How many of its spellings each syllable is read with, most used first
SPELLINGS_PER_SYLLABLE = 3
#: At most this many readings of one name (the combinations of its syllables' spellings)
MAX_READINGS = 243


def syllables(text: str) -> list[str]:
    """The syllables of Burmese ``text``, with numbers as ASCII digits and everything that is
    neither a Burmese letter nor a digit (spaces, brackets, Latin) left out:
    ``syllables("ရွှေလီ (၁)") == ["ရွှေ", "လီ", "1"]``."""
    text = _DIGIT_AS_LETTER.sub(lambda m: "ဝ" if m.group() == "၀" else "ရ", text)
    text = _NOT_BURMESE.sub("", text.translate(_MM_DIGITS))
    out: list[str] = []
    for piece in re.split(r"([0-9]+)", text):
        if _NUMBER.fullmatch(piece):
            out.append(piece)
        elif piece:
            out.extend(s for s in _SYLLABLE_START.split(piece) if s)
    return out


def syllable_spellings(gaz: Gazetteer) -> dict[str, tuple[str, ...]]:
    """Each Burmese syllable's Latin spellings in the gazetteer's own names, most used first
    (learnt once per gazetteer from the places whose two names align word for syllable)."""
    found = gaz.__dict__.get("_syllable_spellings_memo")
    if found is None:
        counts: defaultdict[str, Counter[str]] = defaultdict(Counter)
        names = zip(gaz.places["name"].tolist(), gaz.places["name_mm"].tolist(), strict=True)
        for english, burmese in names:
            if not isinstance(english, str) or not isinstance(burmese, str):
                continue
            words = _PARENTHESISED.sub(" ", english).replace("-", " ").lower().split()
            parts = syllables(_PARENTHESISED.sub(" ", burmese))
            if len(words) == len(parts):
                for word, part in zip(words, parts, strict=True):
                    if not part.isdigit():
                        counts[part][word] += 1
        found = {
            part: tuple(word for word, _ in spellings.most_common(SPELLINGS_PER_SYLLABLE))
            for part, spellings in counts.items()
        }
        gaz.__dict__["_syllable_spellings_memo"] = found
    return found


def latin_keys(gaz: Gazetteer, burmese: str) -> frozenset[str]:
    """The romanisation skeletons (see :func:`mapper.gazetteer.text.skeleton`) that
    ``burmese`` reads as: the English names of the places the gazetteer gives that Burmese name
    ("မန္တလေး": Mandalay), and its readings one syllable at a time (none when a syllable has no
    known spelling). ``latin_keys(gaz, "ရေရွာ")`` holds ``skeleton("yeywa")``."""
    names = gaz.places["name"].to_numpy()
    keys = {skeleton(normalize(names[pid])) for pid, _ in gaz.exact.get(normalize(burmese), ())}
    spellings = syllable_spellings(gaz)
    options: list[tuple[str, ...]] = []
    compact = burmese.replace(" ", "")
    for word, english in _NAME_WORDS.items():  # "အထက်ပေါင်းလောင်း": Upper Paunglaung
        if compact.startswith(word) and len(compact) > len(word):
            options.append((english, *spellings.get(word, ())))
            burmese = compact[len(word) :]
            break
    for part in syllables(burmese):
        spelt = (part,) if part.isdigit() else spellings.get(part)
        if not spelt:
            return frozenset(keys)
        options.append(spelt)
    combinations = itertools.islice(itertools.product(*options), MAX_READINGS)
    keys.update(skeleton(normalize("".join(words))) for words in combinations if words)
    return frozenset(keys)
