"""Place names in Burmese-script text.

Burmese writes no spaces between words, so a place is found where news marks it: a name
written right before a kind word ("ကျောက်ဖြူမြို့နယ်" = Kyaukpyu Township, "ရခိုင်ပြည်နယ်" =
Rakhine State, "...ကျေးရွာ" = a village), the name being the longest run of whole syllables
before the kind word that the gazetteer knows. A name of two syllables or more of a large town
(200,000 people or more) is also read without a kind word ("ရန်ကုန်", "မန္တလေး"), and so is
Nay Pyi Taw ("နေပြည်တော်"); other state and region names alone are not, because they are also
the names of peoples and their armed groups ("ရခိုင်" = Rakhine/Arakanese) or of rivers
("ဧရာဝတီ").

Each name is resolved with the geocoder, qualified by the broader place named just before it
("ရခိုင်ပြည်နယ် ကျောက်ဖြူမြို့နယ်"), and kept only when the match is exact (not a
close spelling, not a fallback to the qualifier).
"""

from __future__ import annotations

import re
from typing import Any

from mapper.gazetteer.resolve import resolve
from mapper.gazetteer.text import normalize
from mapper.gazetteer.words import MM_KIND_SUFFIXES
from mapper.text.places import PlaceMention, mention_of

#: the most syllables a name before a kind word may have, and the most characters a syllable has
_MAX_SYLLABLES = 8
_MAX_SYLLABLE_CHARS = 12
#: how many of the latest mentions are looked at for a qualifier
_QUALIFIER_LOOKBACK = 12
#: a town read without a kind word has at least this many people (GeoNames) and two syllables:
#: smaller towns' names are too often also words ("စစ်တွေ" Sittwe / wars, "ပြည်" Pyay / country)
_BARE_TOWN_POPULATION = 200_000
#: MIMU codes of territories named after their city, read without a kind word: Nay Pyi Taw
_CITY_TERRITORIES = frozenset({"MMR018"})
#: kinds a place found before each kind word may have, preferred first (a "town" word also
#: names its township)
_KINDS_FOR_SUFFIX = {
    "state": ("state",),
    "district": ("district",),
    "township": ("township",),
    "town": ("town", "township"),
    "ward": ("ward",),
    "village_tract": ("village_tract",),
    "village": ("village", "village_tract"),
}
#: broader kinds, by the kinds they qualify
_QUALIFIER_KINDS = {
    "district": ("state",),
    "township": ("district", "state"),
    "town": ("township", "district", "state"),
    "ward": ("town", "township"),
    "village_tract": ("township", "district", "state"),
    "village": ("village_tract", "township", "district", "state"),
}
_MINOR_KINDS = frozenset({"village", "village_tract", "ward"})

_SUFFIX_RE = re.compile(
    "|".join(re.escape(s) for s, _ in sorted(MM_KIND_SUFFIXES, key=lambda x: -len(x[0])))
)
_KIND_OF_SUFFIX = dict(MM_KIND_SUFFIXES)
#: MIMU's parts of a state as Burmese writes them after its name ("ရှမ်းပြည်နယ်မြောက်ပိုင်း")
_STATE_PART_RE = re.compile("(?:မြောက်|တောင်|အရှေ့|အနောက်)ပိုင်း")
_BURMESE_RUN = re.compile(r"[\u1000-\u1049\u104c-\u109f]+")  # letters and digits, not ၊ ။
# a syllable starts at a consonant that is neither stacked under another (after ္) nor
# killed (before ် or ္), or at an independent vowel or a digit
_SYLLABLE_START = re.compile(
    r"(?<!\u1039)[\u1000-\u1021](?![\u103a\u1039])|[\u1023-\u102a\u103f\u1040-\u1049]"
)


def has_burmese(text: str) -> bool:
    """True when ``text`` contains Burmese letters."""
    return _BURMESE_RUN.search(text) is not None


def find_burmese_places(text: str, gazetteer: Any, info: Any) -> list[PlaceMention]:
    """Places named in the Burmese script of ``text`` (reading order).

    ``gazetteer``: a loaded :class:`mapper.gazetteer.Gazetteer`; ``info``: the place details
    of a :class:`mapper.text.places.PlaceIndex` built from it (``index.info``).
    """
    mentions: list[PlaceMention] = []
    for run in _BURMESE_RUN.finditer(text):
        mentions += _run_mentions(text, run.start(), run.end(), gazetteer, info, mentions)
    return mentions


def _run_mentions(text, run_start, run_end, gazetteer, info, before) -> list[PlaceMention]:
    found: list[PlaceMention] = []
    context = list(before)  # the mentions read so far, for qualifiers
    floor = run_start
    for suffix in _SUFFIX_RE.finditer(text, run_start, run_end):
        if suffix.start() < floor:
            continue
        kind = _KIND_OF_SUFFIX[suffix.group()]
        start = _name_start(text, floor, suffix.start(), gazetteer)
        if start is None:
            continue
        ends = [suffix.end()]
        part = _STATE_PART_RE.match(text, suffix.end()) if kind == "state" else None
        if part is not None:
            ends.insert(0, part.end())  # "Shan (North)" before "Shan"
        for end in ends:
            kinds = _KINDS_FOR_SUFFIX[kind]
            mention = _resolved(text, start, end, kinds, gazetteer, info, context)
            if mention is not None:
                found.append(mention)
                context.append(mention)
                floor = end
                break
    found += _bare_towns(text, run_start, run_end, gazetteer, info, context)
    return sorted(found, key=lambda m: m.start)


def _syllable_starts(text: str, lo: int, hi: int) -> list[int]:
    return [m.start() for m in _SYLLABLE_START.finditer(text, lo, hi)]


def _name_start(text: str, lo: int, end: int, gazetteer) -> int | None:
    """The start of the longest known name (whole syllables) that ends at ``end``."""
    lo = max(lo, end - _MAX_SYLLABLES * _MAX_SYLLABLE_CHARS)
    starts = _syllable_starts(text, lo, end)[-_MAX_SYLLABLES:]
    for start in starts:  # farthest first: the longest name
        if normalize(text[start:end]) in gazetteer.exact:
            return start
    return None


def _bare_towns(text, lo, hi, gazetteer, info, context) -> list[PlaceMention]:
    """Large towns named without a kind word, outside the spans already read."""
    found: list[PlaceMention] = []
    busy = bytearray(hi - lo)  # 1 where a name was already read
    for m in reversed(context):  # reading order: this run's mentions come last
        if m.end <= lo:
            break
        if m.start < hi:
            busy[max(m.start, lo) - lo : min(m.end, hi) - lo] = b"\x01" * (
                min(m.end, hi) - max(m.start, lo)
            )
    starts = _syllable_starts(text, lo, hi)
    ends = [*starts[1:], hi]
    for i, start in enumerate(starts):
        if busy[start - lo] or _SUFFIX_RE.match(text, start):
            continue  # inside a name already read, or a kind word ("ပြည်နယ်" is not Pyay)
        nearest = ends[i : i + _MAX_SYLLABLES]
        for end in reversed(nearest[1:]):  # the longest name first, two syllables at least
            if any(busy[start - lo : end - lo]):
                continue  # overlapping a name already read
            kinds = _bare_kinds(normalize(text[start:end]), gazetteer, info)
            if not kinds:
                continue
            mention = _resolved(text, start, end, kinds, gazetteer, info, context)
            if mention is not None:
                found.append(mention)
                context.append(mention)
                busy[start - lo : end - lo] = b"\x01" * (end - start)
                break
    return found


def _bare_kinds(key: str, gazetteer, info) -> tuple[str, ...]:
    """The kinds a name without a kind word may be read as: a large town, or the union
    territory named after its city ("နေပြည်တော်"); none for any other name."""
    kinds: list[str] = []
    for pid, _weight in gazetteer.exact.get(key, ()):
        place = info[pid]
        people = place.get("population")
        if place["kind"] == "town" and people == people and (people or 0) >= _BARE_TOWN_POPULATION:
            kinds.append("town")  # (people == people is False for NaN)
        elif place["kind"] == "state" and place.get("pcode") in _CITY_TERRITORIES:
            kinds.append("state")
    return tuple(sorted(set(kinds), key=("town", "state").index))


def _resolved(text, start, end, kinds, gazetteer, info, before) -> PlaceMention | None:
    """The mention of text[start:end] when the geocoder finds it exactly, as one of ``kinds``."""
    span = text[start:end]
    qualifier = _qualifier(before, kinds[0], start, text)
    for query in ([f"{qualifier.text} {span}"] if qualifier else []) + [span]:
        resolution = resolve(gazetteer, query, 5)
        exact = [c for c in resolution.candidates if c.match == "exact"]
        best = next((c for k in kinds for c in exact if info[c.place_id]["kind"] == k), None)
        if best is None:
            continue
        place = info[best.place_id]
        ambiguous = bool(best.note and best.note.startswith("ambiguous"))
        if ambiguous and place["kind"] in _MINOR_KINDS:
            return None  # an unqualified village name several villages share
        score = (0.75 if place["kind"] in _MINOR_KINDS else 0.85) - (0.1 if ambiguous else 0.0)
        return mention_of(place, text, start, end, score)
    return None


def _qualifier(before: list[PlaceMention], kind: str, start: int, text: str):
    """The latest broader place named in the same sentence before ``start``, if any."""
    broader = _QUALIFIER_KINDS.get(kind, ())
    sentence_start = text.rfind("။", 0, start)
    for mention in reversed(before[-_QUALIFIER_LOOKBACK:]):
        if mention.end <= sentence_start:
            return None
        if mention.kind in broader and mention.end <= start:
            return mention
    return None
