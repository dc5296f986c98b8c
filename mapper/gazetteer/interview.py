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
    r"|survivor|witness|resident|researcher))\s*:\s+"
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
    r"[^.!?]*\b(?:fled|ran|moved|went|escaped|came|walked|live|living|stay|staying|sheltering"
    r"|settled)\s+(?:\w+\s+){0,3}?(?:to|in|at|near)\s+[^.!?]*[.!?]?"
)
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
    if ":" not in text:
        return text  # (a quick look first)
    turns = [(m["label"].lower(), m.end()) for m in _TURN.finditer(text)]
    if len(turns) < 2 or not any(label in _QUESTIONER for label, _ in turns):
        return text
    starts = [m.start() for m in _TURN.finditer(text)] + [len(text)]
    said = [(label, text[end : starts[i + 1]].strip()) for i, (label, end) in enumerate(turns)]
    question = ""
    for label, words in said:
        if label in _QUESTIONER:
            question = words
            continue
        if _WHERE_NOW.search(question):
            question = ""
            continue  # where the speaker is now
        yes = _YES.match(words)
        if yes:
            words = words[yes.end() :].lstrip(" ,.!")
        told = _OWN_PLACE.sub(r"\g<name> \g<kind>", _WHERE_THEY_WENT.sub(" ", words).strip())
        if _NAMES_A_PLACE.search(told) or re.search(r"(?:^|[\s,])[A-Z][a-z]", told):
            return told  # ("Yes, Than Bo village in Khin U Township": the answer's own place)
        if yes and _NAMES_A_PLACE.search(question):
            return question.rstrip("?").strip()
    return text
