"""Interview transcripts and Q&A, as reporters and researchers publish them.

"Q: Where do you live now? A: In Mae Sot. Q: And where were you arrested? A: In Pakokku town,
at a checkpoint near the bridge." tells of Pakokku: an answer to where the speaker is now, and
what they say of where they fled or stay, is no place of what they tell of; a "Yes" answers
the place the question named ("Interviewer: So the fighting was in Chaung-U town? Respondent:
Yes, near the market. We fled to Salingyi." is Chaung-U).
"""

from __future__ import annotations

import re

#: a speaker's label opening a turn: "Q:", "A:", "Interviewer:", "Respondent:"
_TURN = re.compile(
    r"(?:^|(?<=\s))(?P<label>Q|A|(?i:interviewer|respondent|reporter|journalist|villager"
    r"|survivor|witness|resident|researcher))(?:\s*\([A-Z]\))?\s*:\s+"
    # (or a dash opening each turn: "— How did it start? — The column entered ...")
    r"|(?:^|(?<=\s))(?P<dash>[—–])\s+"
)
_QUESTIONER = frozenset({"q", "interviewer", "reporter", "journalist", "researcher"})
#: a question of where the speaker is now: "Where do you live now?", "where you are now"
_WHERE_NOW = re.compile(
    r"(?i:where\b[^?]*\b(?:now|these\s+days|today)\b|where\s+(?:do|did)\s+you\s+(?:live|stay)"
    r"|where\s+are\s+you\s+(?:staying|living))"
)
#: a sentence of where the speaker went or stays: "We fled to Salingyi.", "Now I stay in a
#: camp near Gangaw.", "Afterwards we fled to Kaleinaung town."
_WHERE_THEY_WENT = re.compile(
    r"(?:^|(?<=[.!?])\s+|,\s+(?:but\s+|and\s+)?|\s+(?:but|and|then)\s+)[^.!?,]*?\b(?:fled|ran"
    r"|moved|went|escaped|came|walked|live|living|stay|staying|sheltering|settled|left|I'm|am"
    r"|are)\s+"
    r"(?:\w+\s+){0,3}?(?:to|in|at|near|for)\s+[^.!?]*[.!?]?"
)
#: where those who came came from: "The column entered Nan Hpe village | from Saw Lon | at dawn"
_CAME_FROM = re.compile(
    r"(?:(?<=village)|(?<=town))\s+from\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}(?:\s+(?:village|town))?"
)
#: where the speaker is from, before the place: "I'm from | Kyet Tu Yway village, ..."
_SPEAKER_FROM = re.compile(r"^(?i:i'm|i\s+am|we're|we\s+are|i\s+come|we\s+come)\s+from\s+")
_ELLIPSIS = re.compile(r"\s*(?:\.{2,}|…)\s*")
#: a sentence that names a place
_SENTENCE = re.compile(r"[^.!?]+[.!?]?")
#: the speaker's own place named after it: "in my village, | Bungzung|, in Hakha Township"
_OWN_PLACE = re.compile(
    r"\b(?i:my|our|his|her|their)\s+(?:home\s+|native\s+)?(?P<kind>village|town),\s+"
    r"(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})(?=,|\.|$)"
)
#: an answer that says yes to the question before it
_YES = re.compile(r"^(?i:yes|yeah|yep|right|correct|exactly|that's\s+right)\b")
#: a place the question names: "So the fighting was in Chaung-U town?"
_NAMES_A_PLACE = re.compile(r"\b(?:in|at|near|of)\s+[A-Z]")


def interview_answer(text: str) -> str:
    """What an interview's answers tell of where it happened: its turns without the answer to
    where the speaker is now and without what they say of where they went or stay, the place
    a question names when the answer says yes to it, the first such turn naming a place;
    ``text`` itself when it is no interview or nothing is left."""
    if ":" not in text and text[:1] not in "—–":
        return text  # (a quick look first)
    found = list(_TURN.finditer(text))
    starts = [m.start() for m in found] + [len(text)]
    said = [
        (m["label"].lower() if m["label"] else "", text[m.end() : starts[i + 1]].strip())
        for i, m in enumerate(found)
    ]
    # (turns opened by dashes: a turn that asks is the interviewer's)
    said = [(label or ("q" if words.endswith("?") else "a"), words) for label, words in said]
    if len(said) < 2 or not any(label in _QUESTIONER for label, _ in said):
        return text
    question = ""
    for label, words in said:
        if label in _QUESTIONER:
            question = words
            continue
        if _WHERE_NOW.search(question):
            question = ""
            continue  # where the speaker is now
        words = _ELLIPSIS.sub(", ", words)  # ("it hit Kanni village... Myaing Township")
        yes = _YES.match(words)
        if yes:
            words = words[yes.end() :].lstrip(" ,.!")
        told = _OWN_PLACE.sub(r"\g<name> \g<kind>", _WHERE_THEY_WENT.sub(" ", words).strip())
        told = _SPEAKER_FROM.sub("", _CAME_FROM.sub("", told))
        # (its sentences that name a place: "... Nan Hpe village at dawn. | They burned maybe
        # forty houses. | That is in Bawlake Township.")
        naming = [m.group().strip() for m in _SENTENCE.finditer(told) if _names_a_place(m.group())]
        if naming:
            return " ".join(naming)  # ("Yes, Than Bo village in Khin U Township": its own)
        if yes and _NAMES_A_PLACE.search(question):
            return question.rstrip("?").strip()
    return text


def _names_a_place(sentence: str) -> bool:
    """Whether a sentence names a place: after "in", "at", "near" or "of", or a capitalised
    word after its first."""
    return bool(
        _NAMES_A_PLACE.search(sentence) or re.search(r"(?:^|[\s,])[A-Z][a-z]", sentence.strip()[1:])
    )
