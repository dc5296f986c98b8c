"""Spoken words as transcripts give them (interviews, podcasts, voice notes, speech-to-text).

Speaker labels, time stamps, notes such as "[inaudible]", fillers ("um", "uh", "you know"),
words said twice and the questions asked are left out, so that what was said reads as the
sentence it stands for: "[00:12:41] SPEAKER 2: um we ran from V village, uh, this is T
township" -> "we ran from V village, T township". The rest of the reading (lower-case text,
sentences, a place's kind words) then applies as to any report.
"""

from __future__ import annotations

import re

#: a time stamp: "[00:12:41]", "(12:41)", "00:12:41 -"
_TIME_STAMP = re.compile(r"[\[(]\s*\d{1,2}:\d{2}(?::\d{2})?\s*[\])]|^\d{1,2}:\d{2}:\d{2}\s*-?\s*")
#: a transcriber's note in brackets: "[inaudible]", "[crosstalk]", "[laughs]", "[00:12 pause]"
_NOTE = re.compile(
    r"[\[(](?i:inaudible|unclear|crosstalk|laughs?|laughter|pause|silence|sighs?|cries|crying"
    r"|music|noise|background\s+noise|translated|translation|interpreter|overlapping"
    # (or a voice message's number and length: "[Voice message 2, 0:15]")
    r"|voice\s+(?:message|note))"
    r"[^\])]{0,30}[\])]"
)
#: a speaker's label before what they said: "SPEAKER 2:", "Q:", "A:", "INTERVIEWER:",
#: "Respondent:", "voice note:" (at the start or after a sentence)
_SPEAKER = re.compile(
    r"(?:^|(?<=[.?!])\s+|\s+(?=[A-Z]{1,12}\s*\d{0,2}\s*:|(?i:speaker|interviewer|respondent)))"
    r"(?:(?i:(?:podcast\s+)?host|speaker|interviewer|respondent|interviewee|guest|reporter|caller|translator"
    r"|interpreter|witness|villager|voice\s+note|voice\s+message|audio|transcript)\s*\d{0,2}"
    r"|[QA]|[MF]\d{0,2})\s*:\s+"
)
#: a chat's sender, named with a word of respect before what they wrote: "[15:51] ko min: V vlg
#: raided" (not a place "Hko Min")
_SENDER = re.compile(
    r"^\s*(?i:ko|ma|u|daw|saw|naw|sai|nang|mg|maung)\s+[\w'’-]+(?:\s+[\w'’-]+)?\s*:\s+"
)
#: what a speaker asked: a sentence ending in a question mark ("where did the fighting start?"),
#: or a question's words alone before the answer ("where exactly.")
_QUESTION = re.compile(
    r"(?:^|(?<=[.?!]))[^.?!]*\?"
    r"|(?:^|(?<=[.?!]))\s*(?i:(?:and|so|ok)\s+)?(?i:where|which|what|when|how)(?:\s+[a-z]+){0,3}"
    r"\s*\.(?=\s|$)"
)
#: a sentence telling where the speaker is now, before the one telling what happened: "we are
#: now in, in W, where the people from V fled to. | So the burning happened in V village"
_NOW_IN_SENTENCE = re.compile(
    r"\b(?i:we|i)(?:'re|’re|\s+are|'m|’m|\s+am)\s+now\s+(?i:in|at)\b[^.?!]*[.?!]\s*(?=\S)"
    # (or a sentence of where the one speaking stays now: "... the rice barn. | Now she stays
    # in Kutkai.|")
    r"|(?:^|(?<=[.?!])\s)\s*(?i:now|today)\s+(?i:she|he|they|we|i)\s+(?i:stays?|lives?"
    r"|(?:is|are|am)\s+(?:staying|living|sheltering))\s+(?i:in|at|near)\b[^.?!]*(?:[.?!]|$)"
)
#: a place's parts said as sentences: "nyaung to village. myingyan township. mandalay region"
_PARTS_AS_SENTENCES = re.compile(
    r"\b(village|township|town)\.\s+(?!(?:near|in|at|from|to)\b)"
    r"(?=(?:[\w'’-]+\s+){1,3}(?:township|town|region|state)\b)",
    re.IGNORECASE,
)
#: where people ran for cover, before where the place lies: "we ran from X village | to the
#: forest|, that's in T township"
_RAN_TO_COVER = re.compile(
    r"\s+(?i:to|into|towards?)\s+the\s+(?i:forests?|jungle|woods|hills?|mountains?|fields?)\b"
)
#: a village said to be called so: "the village is called hohpeik", "my village is kinma in
#: pauk township" (-> "hohpeik village", "kinma village in pauk township")
_CALLED = re.compile(
    r"\b(?:the|a|our|my|his|her|their|this|that)\s+(village|town)\s+(?:is|was)\s+"
    # (a name, not where the village is: "Our village is | in T Tsp.")
    r"(?:called\s+|named\s+)?(?!(?:in|near|at|on|about|close|not)\b)"
    r"(?P<name>[\w'’-]+(?:\s+[\w'’-]+){0,3}?)"
    r"(?=\s*[,.;]|\s+(?:in|near)\s|$)",
    re.IGNORECASE,
)
#: ... or "a village called V" ("It was in Kalewa township, a village called Naung Hpa Nan")
_A_VILLAGE_CALLED = re.compile(
    r"\b(?:a|the)\s+(village|town)\s+(?:called|named)\s+(?P<name>[\w'’-]+(?:\s+[\w'’-]+){0,3}?)"
    r"(?=\s*[,.;]|\s+(?:in|near)\s|$)",
    re.IGNORECASE,
)
#: a place said to be a village after its name: "pazunmyaung, it's a village in nyaunglebin
#: township" (-> "pazunmyaung village in ...")
_IS_A_VILLAGE = re.compile(
    r"(?<=[\w'’])\s*,?\s+(?:it's|it’s|it\s+is|that's|that’s|which\s+is)\s+a\s+(village|town)\b",
    re.IGNORECASE,
)
#: where the speaker was, before what others told of: "|I was in Puta-O at the time, but| my
#: relatives in V village ... said the jets bombed the village"
_SPEAKER_THEN = re.compile(
    r"\b(?i:i|we)\s+(?i:was|were)\s+(?i:in|at)\s+[^,.;]{1,40}?\s+(?i:at\s+the\s+time)\b,?\s*"
    r"(?i:but\s+)?"
)
#: where the speaker is now, before what they tell of: "i'm in yangon now but the raid was
#: at ...", "we are in mae sot now, but ..."
_SPEAKER_NOW = re.compile(
    r"\b(?i:i'm|i’m|i\s+am|we're|we’re|we\s+are|i\s+live|we\s+live)\s+(?:staying\s+)?"
    r"(?i:in|at)\s+[^,.;]{1,40}?\s+(?i:now)\b,?\s*(?i:but|and|so)?\s*"
)
#: a town's place said in passing: "the town itself", "in the town", "but not in the town"
_ITSELF = re.compile(
    r"\b(?i:(?:but\s+)?not\s+)?\b(?i:the\s+(?:town|village)\s+itself|in\s+the\s+town)\b,?\s*"
)
#: words that fill speech and say nothing: "um", "uh", "you know", "I mean", "like" ...
_FILLER = re.compile(
    # (not a name's "Ah": "they entered | Ah Lel Seik village")
    r"\b(?:a+h+|A+h+(?!\s+[A-Z]))\b,?"
    r"|(?i:\b(?:u+m+|u+h+m*|e+r+m+|e+r+|h+m+|mm+|you\s+know|i\s+mean|like|kind\s+of"
    r"|sort\s+of|basically|actually|literally)\b),?"
    # (a speaker gathering their thoughts: "let me, let me get this right", "let me check",
    # "and then moving on, to ...")
    r"|\b(?:(?i:let)\s+me\s+(?i:check|see|think|get\s+(?:this|it)\s+(?:right|straight))\b"
    r"|let\s+me(?=,)|(?i:moving\s+on)(?=,)),?"
)
#: a filler before a township named next, which parts it from the place before: "over taung
#: kyar inn | um | kawkareik township" (read as a comma)
_FILLER_BEFORE_AREA = re.compile(
    r"(?<=\w)\s+(?i:u+m+|u+h+m*|e+r+m*)\s+(?=(?:[\w'’-]+\s+){1,3}(?i:township|tsp|twp)\b)"
)
#: a word that opens or closes a spoken clause and says nothing: "so", "ok", "yeah", "well"
_OPENER = re.compile(
    # (not a number's sign: "Cikha, |No. 1| Ward")
    r"(?:^|(?<=[,.?!]))\s*(?i:(?:so|ok(?:ay)?|yeah|yes|yep|no(?!\.?\s*\(?\d)|well|right|and|but|oh|hello)"
    r"(?:\s*,?\s*(?:so|ok(?:ay)?|yeah|yes|yep|well|right|then|hello))*\b),?"
    r"|,?\s*(?i:\b(?:yeah|right|you\s+see|okay|ok))\s*(?=[.?!]|$)"
)
#: a small word said twice in a row: "the the", "and and", "we we"
_SAID_TWICE = re.compile(
    r"\b(?i:(the|a|an|and|in|at|on|to|from|of|we|they|he|she|it's|it’s|it|i|was|were|there|that|this"
    r"|then|near|into))(?:,?\s+\1\b)+"  # (or with a comma between: "they, they entered")
    r"|\b(?i:(the))-\s+\2\b"  # (an article begun again: "the- the army base in Hopin")
    r"|\b(?i:(in|at|on|to|from|near|into))\s*[—–]\s*\3\b",  # (or after a dash: "V village in—in T")
)
#: words said again as a speaker starts over: "ta nee la le ta nee la le village", "it was Hle
#: Chaung Ku, Hle Chaung Ku village" (two words or more: a name may repeat a word, "Kyar Kyar")
_WORDS_SAID_TWICE = re.compile(r"\b((?:[\w'’-]+\s+){1,4}[\w'’-]+),?\s+\1\b", re.IGNORECASE)
#: a township said after the place as the one of a place before: "V village, | same township,
#: Ayadaw|" (-> "V village, Ayadaw township")
#: a township given late, as asked for: "|Sorry, you asked the township.| Paungde."
_TOWNSHIP_ASKED_FOR = re.compile(
    r"\b(?:(?i:sorry|oh|and),?\s+)?(?i:you\s+asked\s+(?:about\s+|for\s+)?the\s+township)[.:,]?\s+"
    r"([A-Z][\w'’-]*(?:[\s-][A-Z][\w'’-]*)?)(?=\s*[.,]|$)"
)
_SAME_TOWNSHIP = re.compile(r"(?<=,)\s*(?i:the\s+)?same\s+township,\s+([A-Z][\w'’-]*)\b")
#: where a place lies, said in passing: "that's in", "which is in", "it's in", "this is"
_LIES_IN = re.compile(
    # (or as transcripts misspell it: "its myinmu township", "thats in")
    r"\b(?i:(?:that|which|it|this)(?:'s|’s|s|\s+is|\s+was)\s+(?=in\b)"
    r"|(?:this|it)(?:'s|’s|s|\s+is)\s+(?=(?:\w+\s+){1,3}(?:township|town|village)\b))"
)
#: a name said wrongly, then taken back: "Ywar Thit Ka Lay village, no, sorry, it was | Inn
#: Thar village", "Aing To Lay- sorry, correction, | Taik Gyi Kone village", "twenty- no, |
#: about twenty-one kilometres"
_TAKEN_BACK = re.compile(
    r"(?:\b[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,4}(?:\s+(?i:village|town|vill?|vlg))?|\b[\w'’-]+)"
    r"\s*[-,—–](?:\s*[-,—–])*\s*(?:(?i:no|wait|hold\s+on|no\s+wait)[,\s]+)*(?i:sorry|correction)\b"
    r"[,\s]*(?:(?i:correction|sorry),?\s+)?"
    # (the name taken back said again: "Lwan U, I mean- sorry, | not Lwan U, | it was V")
    r"(?:(?i:not)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,4}(?:\s+(?i:village|town))?\s*,\s*)?"
    r"(?:(?i:it\s+was|it's|it’s|i\s+mean)\s+)?"
    r"|\b[\w'’-]+-\s+(?i:no),?\s+"
    # (or by "no wait": "in Mansi township, | in Yi Hu, no wait, | in Thit Sone village")
    r"|\b(?:(?i:in|at|to|from|near)\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,4}"
    r"(?:\s+(?i:village|town))?\s*,\s*(?i:no,?\s+wait|wait,?\s+no)\b,?\s*"
)
#: the right name, the wrong one denied, then the right one said again with its kind: "they
#: shelled |Kha Lel, not Hti Man Hto, it was |Kha Lel village, ..."
_NAMED_THEN_DENIED = re.compile(
    r"\b(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,4}),\s+(?i:not)\s+[A-Z][\w'’-]*"
    r"(?:\s+[A-Z][\w'’-]*){0,4}(?:\s+(?i:village|town))?,\s+(?i:it\s+was|it's|it’s|it\s+is)\s+"
    r"(?=(?P=name)\b)"
)
#: a name begun and broken off before the speaker starts over: "into Pu Gaw Inn- | into Thit
#: Ka Doe", "in Kal- | in Kalewa township"
_FALSE_START = re.compile(
    r"\b(?:[A-Z][\w'’]*\s+){0,4}[A-Z][\w'’]*-\s+(?=(?i:into|in|at|to|from|near)\s)"
    # (or the first letters of the name said next: "Mawla- | Mawlamyine township")
    r"|\b((?:[A-Z][\w'’]*\s+){0,3}[A-Z][\w'’]*)-\s+(?=\1)"
    # (or the name said, a pause, then said again with its kind: "in Kutkai... | Kutkai township")
    r"|\b((?:[A-Z][\w'’]*\s+){0,3}[A-Z][\w'’]*)\s*(?:\.{2,}|…)\s*(?=\2\s+(?i:township|town|village)\b)"
)
#: where the troops came from, said before what they did: "they came from Tilin, the
#: soldiers, | they came from Tilin and | they attacked V village"
_CAME_FROM = re.compile(
    r"\b(?i:they|it|the\s+soldiers|the\s+troops|troops|soldiers)\s+came\s+from\s+"
    r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}"
    # (and the base there: "it came from Hopin|, the army base in Hopin|, it landed in V")
    r"(?:,\s+the\s+(?:army\s+|military\s+|junta\s+)?(?:base|camp)\s+(?:in|at)\s+[A-Z][\w'’-]*"
    r"(?:\s+[A-Z][\w'’-]*){0,3})?\s*(?:,|\s+and\b)?"
    # (or the column named with where it came from: "the column | from Singu|, they entered V")
    r"|(?<=\b(?i:column|troops))\s+from\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}(?=\s*,)"
)


#: "this is" before a distance, said as a speaker places what they tell of: "This is, uh, |
#: about 13 miles east of Monywa, the village of V"
_THIS_IS_BEFORE_DISTANCE = re.compile(
    r"(?:^|(?<=[.?!]))\s*(?i:this|it|that)(?:'s|’s|\s+is|\s+was)\s*,?\s+"
    r"(?=(?i:about|around|some|roughly|nearly|maybe)?,?\s*\d)"
)
#: a name said again for a listener: "V village, T township. | I repeat, V village.|"
_REPEATED = re.compile(r"(?:^|(?<=[.?!]))\s*I\s+repeat,?\s+[^.?!]*[.?!]")
#: a presenter's sentence that tells nothing: "Let's go to our correspondent.", "Thanks."
_PLEASANTRY = re.compile(
    r"(?:^|(?<=[.?!]\s))\s*(?i:thanks|thank\s+you|good\s+(?:morning|evening|afternoon)"
    r"|(?:let's|let’s)\s+go\s+(?:to|over\s+to)\s+[^.?!]*|over\s+to\s+you[^.?!]*"
    r"|welcome\s+back[^.?!]*)[.?!]\s*"
)
#: the marks of a transcript (a quick look before the rewrites)
_SPOKEN_CUE = re.compile(
    r"\b(?:[Uu]+[mh]+|[Ee]rm|SPEAKER|INTERVIEWER|RESPONDENT|[Ss]peaker\s*\d)\b|^\s*[QA]:"
    r"|^(?:(?:PODCAST\s+)?HOST|REPORTER|CORRESPONDENT):"
    r"|\b(?:[Ii]nterviewer|[Rr]espondent|[Ii]nterviewee)\s*:"
    r"|[\[(]\d{1,2}:\d{2}|^\d{1,2}:\d{2}:\d{2}|[\[(](?i:inaudible|crosstalk)"
    r"|(?i:voice\s+(?:note|message))"
    r"|\b(the|and) \1\b|^(?i:so\s+basically|ok(?:ay)?\s+so)\b"
    # (a pronoun said twice as a speaker starts over: "they, they entered")
    r"|\b(they|we|he|she),?\s+\2\b"
)


#: pieces of text without which no mark of a transcript is there (a quick look, in lower case)
_CUE_PIECES = ("um", "uh", "erm", "speaker", "interview", "respondent", "q:", "a:", ":", "[")
_CUE_PIECES += ("inaudible", "voice", " the the", " and and", "so ", "i'm", "i’m", "i am")
_CUE_PIECES += ("we're", "we’re", "we are", "i live", "we live", ", they", ", we", ", he", ", she")
_CUE_PIECE = re.compile("|".join(re.escape(piece) for piece in _CUE_PIECES))


def is_spoken(text: str) -> bool:
    """Whether ``text`` has the marks of a transcript (a label, a time stamp, a filler)."""
    if not _CUE_PIECE.search(text.lower()):
        return False  # (a quick look first: most text has none of them)
    return bool(_SPOKEN_CUE.search(text) or _SPEAKER_NOW.search(text))


def said_as_written(text: str) -> str:
    """``text`` without a transcript's labels, time stamps, notes, questions, fillers and
    words said twice (see the module); ``text`` itself when it has no mark of a transcript."""
    if not is_spoken(text):
        return text
    text = _SENDER.sub("", _NOTE.sub(" ", _TIME_STAMP.sub(" ", text)))
    text = _SPEAKER.sub(". ", text)
    text = _RAN_TO_COVER.sub("", _QUESTION.sub(" ", text))
    text = _FILLER.sub(" ", _FILLER_BEFORE_AREA.sub(", ", text))
    text = _TAKEN_BACK.sub("", _FALSE_START.sub("", re.sub(r"\s{2,}", " ", text)))
    if "not " in text:  # ("Kha Lel, not Hti Man Hto, it was Kha Lel village")
        text = _NAMED_THEN_DENIED.sub("", text)
    text = _CAME_FROM.sub("", _SAID_TWICE.sub(lambda said: said[1] or said[2] or said[3], text))
    text = _SAME_TOWNSHIP.sub(r" \1 township", _WORDS_SAID_TWICE.sub(r"\1", text))
    text = _TOWNSHIP_ASKED_FOR.sub(r"\1 Township", text)
    text = _NOW_IN_SENTENCE.sub("", _SPEAKER_THEN.sub("", _SPEAKER_NOW.sub("", text)))
    text = _IS_A_VILLAGE.sub(lambda said: f" {said[1]}", text)
    text = _LIES_IN.sub("", _OPENER.sub(" ", text))
    text = _THIS_IS_BEFORE_DISTANCE.sub(" ", re.sub(r"\s+,", ",", text))
    for called_so in (_CALLED, _A_VILLAGE_CALLED):
        text = called_so.sub(lambda called: f"{called['name']} {called[1]}", text)
    text = _PARTS_AS_SENTENCES.sub(r"\1, ", _ITSELF.sub("", text))
    text = re.sub(r"\s+([,.?!])", r"\1", re.sub(r"\s{2,}", " ", text))
    text = re.sub(r",(?:\s*,)+", ",", text)
    text = re.sub(r"\b(and|but)\s*,\s+", r"\1 ", text)  # (a filler's comma: "and, you know, they")
    text = _PLEASANTRY.sub("", _REPEATED.sub("", text)).strip()  # ("... correspondent. Thanks.")
    # (a filler said after "about" leaves a comma before the distance: "about, 12 kilometres")
    text = re.sub(r"\b((?i:about|around|some|nearly|roughly|maybe)),\s+(?=\d)", r"\1 ", text)
    text = re.sub(r"(?:^|(?<=[.?!]))[\s,.?!]+", " ", text)  # (empty sentences left)
    if "there" in text:  # ("about 15 kilometres east of T there's V village": "V village, ...")
        text = _DISTANCE_THEN_VILLAGE.sub(r"\g<place>, \g<offset>", text)
    text = _NEAR_ECHOED.sub("", re.sub(r",(?=,)|^[\s,.]+|[\s,]+$", "", text))
    return text.strip()


#: the town a question asked about, said again before the village the answer names: "Yeah, |
#: near Minhla,| but not in the town, it's Pauk Chaung village, ..."
_NEAR_ECHOED = re.compile(
    r"^\s*(?:(?i:near|around)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2},\s+"
    # (or denied, then the village it was: "No, no, | not in Mogoke itself, it was| V village")
    r"|(?i:(?:no,?\s+)*not\s+(?:in|at)\s+)[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}"
    r"(?:\s+(?i:itself|town|proper))?,\s+(?i:it\s+was|it's|it’s|it\s+is|but)\s+)"
    r"(?=(?:[A-Z][\w'’-]*\s+){1,4}(?i:village)\b)"
)


#: a distance from a town, then the village said to lie there: "about 15 kilometres east of
#: Yamethin | there's| In Taing village"
_DISTANCE_THEN_VILLAGE = re.compile(
    r"(?P<offset>(?:(?i:about|around|some|roughly|nearly)\s+)?\d+\s*(?:km|kilomet(?:er|re)s|miles)"
    r"\s+[\w-]+\s+of\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)\s+there(?:'s|’s|\s+is)\s+"
    r"(?P<place>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}\s+village)"
)
