"""Tokens and sentences with character offsets, shared by the place, project and figure readers."""

from __future__ import annotations

import re
from dataclasses import dataclass

from mapper.text.rules import word_set

# a word (letters, digits, inner apostrophes/hyphens/dots as in "Ta'ang", "Nay-Pyi-Taw", "U.S.")
# or any single other non-space character (punctuation)
_TOKEN_RE = re.compile(r"[^\W_](?:[\w]|['’\-.](?=[^\W_]))*|[^\w\s]", re.UNICODE)
_APOSTROPHES = "'’"

# sentence ends: . ! ? (optionally followed by quotes/brackets) then whitespace; abbreviations
# such as "Gen." or "U.S." are protected below
_SENTENCE_END_RE = re.compile(r"[.!?][\"'”’)\]]*(?=\s+|$)|\n\s*\n")
_ABBREVIATIONS = word_set(
    "mr mrs ms dr gen lt col maj capt sgt brig adm gov sen rep st no vs etc jr sr inc ltd co "
    "corp dept approx est jan feb mar apr aug sept sep oct nov dec u.s u.n u.k"
)


@dataclass(frozen=True)
class Token:
    """A word or punctuation mark and its character span in the text."""

    text: str
    start: int
    end: int

    @property
    def is_word(self) -> bool:
        return self.text[0].isalnum()

    @property
    def is_title(self) -> bool:
        """True when the word starts with a capital letter (``Shan``, ``SCMP``)."""
        return self.text[0].isupper()


def tokenize(text: str) -> list[Token]:
    """Split ``text`` into words and punctuation marks, keeping character offsets.

    A possessive ``'s`` is split off as its own token (``Rakhine State's`` -> ``State``, ``'s``).
    """
    tokens: list[Token] = []
    for m in _TOKEN_RE.finditer(text):
        word, start = m.group(), m.start()
        if len(word) > 2 and word[-2] in _APOSTROPHES and word[-1] in "sS":
            tokens.append(Token(word[:-2], start, start + len(word) - 2))
            tokens.append(Token(word[-2:], start + len(word) - 2, m.end()))
        elif word.endswith(".") and len(word) > 1:
            # a trailing dot belongs to the sentence, not the word (except known abbreviations)
            if word[:-1].lower() in _ABBREVIATIONS:
                tokens.append(Token(word, start, m.end()))
            else:
                tokens.append(Token(word[:-1], start, m.end() - 1))
                tokens.append(Token(".", m.end() - 1, m.end()))
        else:
            tokens.append(Token(word, start, m.end()))
    return tokens


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the sentences of ``text`` (abbreviations like "Gen." do not end one)."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _SENTENCE_END_RE.finditer(text):
        if m.group().startswith("."):
            before = re.search(r"([\w.]+)$", text[start : m.start()])
            word = before.group(1).lower() if before else ""
            if word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha()):
                continue
        end = m.end()
        if text[start:end].strip():
            spans.append(_strip_span(text, start, end))
        start = end
    if text[start:].strip():
        spans.append(_strip_span(text, start, len(text)))
    return spans


def _strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def sentence_at(text: str, spans: list[tuple[int, int]], offset: int) -> str:
    """The sentence of ``text`` containing character ``offset`` (whitespace collapsed)."""
    for start, end in spans:
        if start <= offset < end:
            return " ".join(text[start:end].split())
    return ""
