"""Name normalisation shared by the gazetteer build and the geocoder's query parser.

``normalize`` gives the exact lookup key (case, spacing, hyphens, diacritics and Burmese digits
do not matter); ``skeleton`` folds the romanisation variants of Burmese names (Kyaukphyu/Kyaukpyu,
Hpa-An/Pa-an, Yinmarbin/Yinmabin, Naypyidaw/Naypyitaw) onto one key for a second, looser lookup.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# (regular expressions, not str.translate tables: translating non-ASCII text looks up every
# character, while a search that finds nothing returns at once)
_ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")
_MM_DIGIT = re.compile("[၀-၉]")
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


_BELOW_U250 = re.compile("[\x00-\u024f]")


def _strip_latin_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text)
    if not _BELOW_U250.search(decomposed):  # no Latin character: no accent to strip
        return unicodedata.normalize("NFC", decomposed)
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
    if not text.isascii():  # ASCII text is NFKC already and has no zero-width characters
        text = _ZERO_WIDTH.sub("", unicodedata.normalize("NFKC", text))
    return " ".join(text.split())


#: the bytes an ASCII key drops: all but lower-case letters and digits
_ASCII_DROP = bytes(c for c in range(128) if not (chr(c).islower() or chr(c).isdigit()))


class _KeyCharacters(dict):
    """A ``str.translate`` table that keeps the characters a key keeps (letters, digits and
    combining marks) and drops the others; each character is judged on first sight."""

    def __missing__(self, code: int) -> int | None:
        char = chr(code)
        keep = char.isalnum() or unicodedata.category(char).startswith("M")
        self[code] = code if keep else None
        return self[code]


_KEY_CHARACTERS = _KeyCharacters()


@lru_cache(maxsize=1 << 18)
def normalize(text: str) -> str:
    """The lookup key of a name: lower case, no accents, spaces, hyphens or punctuation.

    ``normalize("Hpa-An") == normalize("hpa an") == "hpaan"``; Burmese script is kept (digits
    become ASCII) so that ``normalize("ကျောက်ဖြူ")`` is a key too.
    """
    if text.isascii():  # (bytes.translate: several times as fast as a regular expression)
        return text.lower().encode("ascii").translate(None, _ASCII_DROP).decode("ascii")
    text = clean(text).casefold()
    if _MM_DIGIT.search(text):
        text = text.translate(_MM_DIGITS)
    return _strip_latin_accents(text).translate(_KEY_CHARACTERS)


_SKELETON_RULES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), repl)
    for pattern, repl in (
        (r"(?<=\d)(?:st|nd|rd|t)", ""),  # 105th Mile/105 Mile (the h is gone by now)
        (r"karen(?!n)", "kayin"),  # Mikaren/Mi Kayin (ကရင်), not Karenni
        (r"murng", "mong"),  # Shan Murng Nai/Mong Nai (SHAN news, UCDP GED)
        (r"^mu(?:a)?ng", "mong"),  # Mungkoe/Mong Ko, Muang Pawk/Mong Pawk (UCDP GED)
        (r"kula", "kala"),  # Ku Lar Lu/Kala Luu (ကုလား, MIMU's and UCDP GED's spellings)
        (r"awng", "aung"),  # Hpasawng/Hpasaung (Shan and Kayah "awng" for ေါင်)
        (r"(?<=[kgtdpbsz])wan(?![aeiouy])", "un"),  # Kwan Hla/Kun Hlar (UCDP's "wan" for ွန်, ွမ်)
        (r"(?<=[^aeiou])ine(?![aeiouy])", "aing"),  # Kyoe Wine/Kyoe Waing, Tine/Taing (ိုင်)
        (r"(?<=[^aeiou])or(?![aeiouy])", "aw"),  # Kalu Dor/Ka Lu Daw (UCDP's "or" for ော်)
        (r"(?<=[aeiou])r(?=[^aeiouy]|$)", ""),  # Yinmarbin/Yinmabin, Hpar/Hpa
        (r"(?<=[bcdfgjkmnpstvz])r", "y"),  # Mrauk-U/Myauk-U
        (r"ee|ei|ie", "i"),
        (r"ae|ea", "e"),  # Kokkae/Koke Ke, Thae/Thea (UCDP's and MIMU's spellings of ဲ and ေ)
        (r"oo|ou", "u"),
        (r"oe(?![aeiouy])", "o"),  # Kaing Yoe/Kaingyo, Moe/Mo (MIMU's and UCDP's ို, ိုး)
        (r"one(?![aeiouy])", "on"),  # Gway Kone/Gwegon (ကုန်း, a mound)
        (r"oak|oke(?![aeiouy])", "ok"),  # Oak Phyat/Oke Hpyat, Kokkogon/Koke Ko Kone (UCDP GED)
        (r"(?<=[^aeiou])[ae]y(?![aeiouy])", "e"),  # Gway/Gwe, Kalay/Kale (ေ)
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


#: How sure the detector must be that Burmese text is in the Zawgyi encoding to convert it.
ZAWGYI_PROBABILITY = 0.95


@lru_cache(maxsize=1)
def _zawgyi_detector():
    import warnings

    from myanmartools import ZawgyiDetector

    with warnings.catch_warnings():  # its model file is opened by a deprecated call
        warnings.simplefilter("ignore", DeprecationWarning)
        return ZawgyiDetector()


@lru_cache(maxsize=1 << 12)
def from_zawgyi(text: str) -> str | None:
    """``text`` in Unicode when it is Burmese written in the Zawgyi encoding (the font most
    Burmese text used before 2019: "ျမစ္ႀကီးနား" for "မြစ်ကြီးနား"), else None.

    Google's detector (myanmartools) judges the encoding; paraencoder's rules convert it.
    """
    if text.isascii() or not _BURMESE_RE.search(text):
        return None
    if _zawgyi_detector().get_zawgyi_probability(text) < ZAWGYI_PROBABILITY:
        return None
    from para.convert import zg_to_unicode

    converted = zg_to_unicode(text, force=True)
    return converted if converted != text else None
