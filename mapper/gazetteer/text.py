"""Name normalisation shared by the gazetteer build and the geocoder's query parser.

``normalize`` gives the exact lookup key (case, spacing, hyphens, diacritics and Burmese digits
do not matter); ``skeleton`` folds the romanisation variants of Burmese names (Kyaukphyu/Kyaukpyu,
Hpa-An/Pa-an, Yinmarbin/Yinmabin, Naypyidaw/Naypyitaw) onto one key for a second, looser lookup.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"), None)
_MM_DIGITS = {ord(c): str(i) for i, c in enumerate("၀၁၂၃၄၅၆၇၈၉")}
_MM_RANGES = ((0x1000, 0x109F), (0xA9E0, 0xA9FF), (0xAA60, 0xAA7F))


def is_burmese(ch: str) -> bool:
    """True for a character of the Myanmar Unicode blocks."""
    code = ord(ch)
    return any(lo <= code <= hi for lo, hi in _MM_RANGES)


_BURMESE_RE = re.compile("[\u1000-\u109f\ua9e0-\ua9ff\uaa60-\uaa7f]")
_LATIN_RE = re.compile("[A-Za-z\u00c0-\u024f]")
_OTHER_RE = re.compile("[^\\x00-\u024f\u1000-\u109f\ua9e0-\ua9ff\uaa60-\uaa7f]")


def scripts(text: str) -> set[str]:
    """The scripts of the letters in ``text``: a subset of {"burmese", "latin", "other"}."""
    found: set[str] = set()
    if _BURMESE_RE.search(text):
        found.add("burmese")
    if _LATIN_RE.search(text):
        found.add("latin")
    if not text.isascii() and any(m.group().isalpha() for m in _OTHER_RE.finditer(text)):
        found.add("other")
    return found


def _strip_latin_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text)
    out: list[str] = []
    prev_latin = False
    for ch in decomposed:
        if unicodedata.combining(ch) and prev_latin:
            continue
        out.append(ch)
        prev_latin = ord(ch) < 0x250
    return unicodedata.normalize("NFC", "".join(out))


def clean(text: str) -> str:
    """Unicode-normalise ``text`` (NFKC, no zero-width characters), collapse whitespace."""
    text = unicodedata.normalize("NFKC", text).translate(_ZERO_WIDTH)
    return " ".join(text.split())


_ASCII_DROP = re.compile(r"[^a-z0-9]+")


@lru_cache(maxsize=1 << 18)
def normalize(text: str) -> str:
    """The lookup key of a name: lower case, no accents, spaces, hyphens or punctuation.

    ``normalize("Hpa-An") == normalize("hpa an") == "hpaan"``; Burmese script is kept (digits
    become ASCII) so that ``normalize("ကျောက်ဖြူ")`` is a key too.
    """
    if text.isascii():
        return _ASCII_DROP.sub("", text.lower())
    text = clean(text).casefold().translate(_MM_DIGITS)
    text = _strip_latin_accents(text)
    return "".join(ch for ch in text if ch.isalnum() or unicodedata.category(ch).startswith("M"))


_SKELETON_RULES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), repl)
    for pattern, repl in (
        (r"(?<=[aeiou])r(?=[^aeiouy]|$)", ""),  # Yinmarbin/Yinmabin, Hpar/Hpa
        (r"(?<=[bcdfgjkmnpstvz])r", "y"),  # Mrauk-U/Myauk-U
        (r"ee|ei|ie", "i"),
        (r"oo|ou", "u"),
    )
)
# then: drop h (Hpa-An/Pa-an, Kyaukphyu/Kyaukpyu), unvoice d/b/g/z (Naypyidaw/Naypyitaw)
_SKELETON_LETTERS = str.maketrans({"h": None, "d": "t", "b": "p", "g": "k", "z": "s"})
_DOUBLED = re.compile(r"(.)\1+")


#: Burmese spellings of one name differ in vowel length (ု/ူ, ိ/ီ), tone marks (့, း), the
#: asat (်), medial ya written as ya-yit or ya-pin (ြ/ျ), and look-alikes typed for letters
#: (the digits ၀ and ၇ for ဝ and ရ, which ``normalize`` has made 0 and 7; ဉ for ဥ).
_MM_SKELETON = str.maketrans(
    {
        "\u1030": "\u102f",  # ူ -> ု
        "\u102e": "\u102d",  # ီ -> ိ
        "\u1037": None,  # ့
        "\u1038": None,  # း
        "\u103a": None,  # ်
        "\u103c": "\u103b",  # ြ -> ျ
        "\u1009": "\u1025",  # ဉ -> ဥ
        "0": "\u101d",  # ၀ -> ဝ
        "7": "\u101b",  # ၇ -> ရ
    }
)


@lru_cache(maxsize=1 << 18)
def skeleton(key: str) -> str:
    """Fold a normalised key onto its skeleton (looser than ``normalize``): a Latin key onto
    its romanisation skeleton, a Burmese one onto its letters without the marks that spellings
    of one name vary in (``skeleton(normalize("ကော့မှုး")) == skeleton(normalize("ကော့မှူး"))``)."""
    if not key.isascii():
        return key.translate(_MM_SKELETON) if _BURMESE_RE.search(key) else key
    key = key.replace("h", "")
    for pattern, repl in _SKELETON_RULES:
        key = pattern.sub(repl, key)
    return _DOUBLED.sub(r"\1", key.translate(_SKELETON_LETTERS))
