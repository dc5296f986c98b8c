"""Interview transcripts and Q&A, as reporters and researchers publish them.

"Q: Where do you live now? A: In Mae Sot. Q: And where were you arrested? A: In Pakokku town,
at a checkpoint near the bridge." tells of Pakokku: an answer to where the speaker is now, and
what they say of where they fled or stay, is no place of what they tell of; a "Yes" answers
the place the question named ("Interviewer: So the fighting was in Chaung-U town? Respondent:
Yes, near the market. We fled to Salingyi." is Chaung-U). Turns open with a label ("Q:",
"INTERVIEWER:", "Interviewer (I):", Burmese "မေး -"), with who answers ("Farmer:", "Woman,
45:", "Speaker 2 (displaced teacher, now in Mizoram):") or with a dash ("— How did it start?
— The column entered ...").
"""

from __future__ import annotations

import itertools
import re

from rapidfuzz import fuzz

from mapper.gazetteer.parts import NAMED_SETTLEMENT, labelled_record
from mapper.gazetteer.words import (
    ARMED_GROUP_NAMES,
    BORN_BUT,
    BURMESE_DEEDS,
    BURMESE_TOWNSHIP,
    BURMESE_WORD_CHAR,
    NUMBER_SIGN_STOP,
    SPEAKER_IS_FROM,
    STATE_SHORT_NAMES,
    THE_VILLAGE,
    WHEN_NAMES,
)

#: a place's name, as answers write it: up to four capitalised words ("Kwin Ka Lay")
_NAME = r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}"
#: a speaker's label opening a turn: "Q:", "A:", "Interviewer:", "Respondent:"
_TURN = re.compile(
    r"(?:^|(?<=\s))(?P<label>Q|A|I|R|(?i:interviewer|interviewee|respondent|reporter|journalist|villager"
    r"|survivor|witness|resident|researcher|interpreter|translator|speaker\s*\d{0,2}|int|intv"
    # (a focus group's, a hotline's and a survey's: "FACILITATOR:", "CALLER:", "STAFF:")
    r"|facilitator|moderator|caller|staff|enumerator|operator|op"
    r"|host|anchor|presenter"  # (a call-in's: "Anchor: We go to a caller from T.")
    r"|(?-i:Source)"  # (a journalist's: "Journalist: ... Source: ...")
    r"|resp|မေး|ဖြေ))"
    # (numbered: "Q3: Village where the attack happened? A3: V", two respondents: "R1:", "R2:")
    r"(?:(?<=[QAR])\d{1,2})?"
    # (or with a stop: "Q.: Where did it happen?", "Int.: Please tell us what happened.")
    r"(?:(?<=^[QA])\.|(?<=\s[QA])\.|(?<=[Ii]nt|INT)\.|(?<=[Ii]ntv|INTV)\.)?"
    r"(?:\s*\([^()]{1,80}\))?"
    r"\s*(?::\s*(?=[\"“])|:|\s-|။)\s*"  # (a Burmese label may end in "။": "မေး။", "ဖြေ။")
    # (or "Q." and "A.", when both open turns: "Q. Where did you live before? A. Wet Tu.")
    r"|(?:^|(?<=\s))(?P<dotted>Q|A)\.\s+"
    # (or a dash opening each turn: "— How did it start? — The column entered ...")
    r"|(?:^|(?<=\s))(?P<dash>[—–])\s+"
    # (or the asking organisation's initials, before a question: "KHRG: Where were they taken?")
    r"|(?:^|(?<=\s))(?P<asker>(?!(?:HOST|ANCHOR|NEWS|NOTE)\b)[A-Z]{2,6})\s*:\s+(?=[^.!?/]{1,200}\?)"
    # (or who answers, named by what they are: "Farmer:", "Woman, 45:", "Speaker 2 (displaced
    # teacher, now in Mizoram):", their words in brackets no part of what they tell)
    r"|(?:^|(?<=[.?!]\s)|(?<=\s/\s)|(?<=\]\s)|(?<=\n))(?P<other>(?!(?:Village|Town|Township|Ward|District|State|Region"
    r"|Location|Place|Date|Source|Subject|Note|Correction|Update|Updated|Editor|Breaking)\b)"
    # (not a place named with its kind word: "Kyaukme Township: ...")
    r"(?![A-Z][\w ]{0,40}\s(?:Village|Town|Township|Ward|District|State|Region)\s*:)"
    r"(?:(?:(?:U|Daw|Ma|Ko|Saw|Naw|Sai|Nang|Mahn|Nan)(?:\s+[A-Z][a-z]+){1,4}(?:,\s*\d{1,3})?"
    # (or in capitals: "DAW AYE MYA:")
    r"|(?:U|DAW|MA|KO|SAW|NAW|SAI|NANG|MAHN|NAN|NAI)(?:\s+[A-Z]{2,}){1,4}"
    # (or a relative who speaks up: "DAUGHTER: No, no. A is where he was born.")
    r"|(?:DAUGHTER|SON|WIFE|HUSBAND|MOTHER|FATHER|BROTHER|SISTER|NEPHEW|NIECE|COUSIN|NEIGHBOU?R)"
    # (or of a place: "Headman of Aung Pan Pin:")
    rf"|[A-Z][a-z]+(?:\s+\d{{1,2}})?(?:\s+of\s+{_NAME})?|P\d{{1,2}}"  # (or a focus group's "P1")
    r"(?:,\s*\d{1,3})?)(?:\s*\([^()]{1,80}\))?"
    # (or a name of up to four words, perhaps with an age, with no note: "Mi Kyi Pyar:", "Nang
    # Seng, 41:"; not a source: "Per The Irrawaddy (22 February):")
    r"|(?!(?:Per|According|Via|Source|Sources|Update|Breaking|Photo|Video)\s)"
    r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+){1,3}(?:,\s*\d{1,3}|\s*\(\d{1,3}(?:,[^()]{0,40})?\))?)"
    # (and what they are and where from: "Ko Tun Hla (40)|, farmer from Gyit Chaung|:", "Ko
    # Thet Naing (63)|, village administrator|:")
    rf"(?:,\s+(?:an?\s+)?[a-z]+(?:\s+[a-z]+)?(?:\s+from\s+{_NAME})?)?)"
    r"\s*:\s+"
)
#: the time of the next turn, ending a turn's words: "Q: And V is in T? |[00:03:27]|"
#: what opens the next turn's line, at the end of a turn: a time ("[00:12:05]", "00:12"), or a
#: transcript's line number ("052  Respondent: ...")
_NEXT_TIMESTAMP = re.compile(
    r"\s*(?:\[\d{1,2}:\d{2}(?::\d{2})?\]|\(\d{1,2}:\d{2}(?::\d{2})?\)|\n\d{1,2}:\d{2}(?::\d{2})?"
    r"|\n\d{1,4}\.?)\s*$"  # (or the next turn's number: "\n2.")
)
_QUESTIONER = frozenset(
    {"q", "i", "interviewer", "reporter", "journalist", "researcher", "int", "intv", "မေး"}
    | {"moderator", "staff", "enumerator", "operator", "op", "host", "anchor", "presenter"}
)
#: a question of where the speaker is now: "Where do you live now?", "where you are now"
_WHERE_NOW = re.compile(
    r"(?i:where\b[^?]*\b(?:now|these\s+days|today)\b|where\s+(?:do|did)\s+you\s+(?:live|stay)"
    r"|where\s+are\s+you\s+(?:staying|living))"
)
#: a sentence of where the speaker went or stays: "We fled to Salingyi.", "Now I stay in a
#: camp near Gangaw.", "Afterwards we fled to Kaleinaung town."
_WHERE_THEY_WENT = re.compile(
    r"(?:^|(?<=[.!?])\s+|,\s+(?:but\s+|and\s+)?|\s+(?:but|and|then|when)\s+"
    # (or after a name, the speaker's own clause: "When the soldiers surrounded V| I ran through
    # the paddy fields toward W|")
    r"|(?<=[a-z])\s+(?=(?:I|we|We)\s))"
    # (not across "when": "I stepped on a landmine just outside A village| when I went to ...|")
    r"(?:(?!\b[Ww]hen\b)[^.!?,])*?\b(?:fled|ran"
    r"|moved|went|escaped|walked|live|living|stay|staying|sheltering|settled|left|hid|hiding|I'm|am"
    r"|crossed"  # ("then we crossed to the Chinese side")
    # (or where the wounded were taken, or those who came to help came from: "He was taken to T
    # hospital.", "People from W came later to help bury them.")
    r"|are|taken|brought|rushed|(?<=People\s)from|(?<=Villagers\s)from"
    r"|(?<=[Ww]e\s)came|(?<=I\s)came)\s+"  # ("After that we came to the camp in Sittwe.")
    r"(?!house\s+to\s+house\b)"  # (a raid: "They went house to house in V looking for ...")
    r"(?:[a-z']+\s+){0,4}?(?:to|in|at|near|for|towards?)\s+[^.!?]*[.!?]?"
)
#: a Burmese name and its translator's gloss of a place: "ဒုန်းကုန်း [Tr: |Done Kone village|]"
_TR_GLOSSED_NAME = re.compile(
    r"[\u1000-\u109f]+\s*\[(?i:tr)\s*:\s*(?P<gloss>[A-Z][^\]]*?\s"
    r"(?i:village|township|town|ward|tract|region|state))\]"
)
#: a translator's other note: " [Tr: she is crying]"
_TR_NOTE = re.compile(r"\s*\[(?i:tr)\s*:[^\]]*\]")
#: a place a chat asks about: "did u hear abt |Pa Du|"; and which, by its area: "|Sagaing| one"
_HEARD_ABOUT = re.compile(
    rf"\b(?i:did\s+(?:u|you)\s+hear\s+(?:abt|about))\s+(?P<name>{_NAME})\s*$", re.M
)
_WHICH_ONE_SAID = re.compile(
    rf"(?:^|:\s*)(?P<area>{_NAME})\s+one\b(?:,?\s+near\s+{_NAME})?\s*[.!]?\s*$", re.M
)
#: the place a facilitator says the talk is about: "We are talking about the incident at |V, T
#: Township|. Who was there?"
_INCIDENT_TALKED_ABOUT = re.compile(
    r"\b(?i:we\s+are|we['’]re|let['’]s\s+talk|now\s+we\s+talk)\s+(?:talking\s+)?about\s+the\s+"
    r"(?:incident|attack|shelling|airstrike|air\s+strike|raid|fighting|killings?|massacre|bombing)\s+"
    r"(?:at|in)\s+(?P<place>[A-Z][^.?!\n]*?)(?=[.?!\n])"
)
#: a record of labelled fields quoted in an answer: '"|Date of incident: ... Village: V. ...|"'
_QUOTED_RECORD = re.compile(r'"([^"\n]*?\b(?i:township|village)\s*:\s[^"\n]*)"')
#: an interview's header field of where it happened: "Place of incident: | V village, T Township|."
_INCIDENT_PLACE_FIELD = re.compile(
    r"\b(?:(?i:place|location|site)\s+of\s+(?:the\s+)?(?i:incident)|(?i:incident)\s+(?i:location"
    r"|place|site))(?:\s*\([^()\n]*\))?\s*:\s*(?P<place>[^.!?/|\n]*[A-Z][^.!?/|\n]*)"
    # (and a form's township field on the next line: "Q5 Location of incident (village/ward): V
    # | Q6 Township: T / VT: W|")
    r"(?:\n(?:Q\d{1,2}\s+)?(?i:township)\s*:\s*(?P<township>[A-Z][^\n/|]*?)"
    r"(?:\s*/\s*(?i:VT|village\s+tract)\s*:\s*(?P<tract>[A-Z][^\n/|]*?))?\s*(?=\n|$))?"
)
#: the place a translator's note gives for a name said in Burmese: "[Translator: the respondent
#: gives the Burmese name; that is | V village, T Township|.]"
_TRANSLATOR_PLACE = re.compile(
    r"\[(?i:translator|interpreter)(?:['’]s\s+note)?:[^\]]*?\b(?:that\s+is|i\.e\.|meaning)\s+"
    r"(?P<place>[A-Z][^\].;]*?\s+(?i:village|town|ward)(?:,\s+[A-Z][^\].;]*?\s+(?i:township))?)"
    r"\s*[.\]]"
)
#: a translator's gloss of a Burmese answer, the place and its township: "[translator: V, T
#: township, not far from T]"
_TRANSLATOR_GLOSS = re.compile(
    r"\[(?i:translator|interpreter)(?:['’]s\s+note)?:\s*"
    r"(?P<place>[A-Z][\w'’ -]{1,40}?,\s+[A-Z][\w'’ -]{1,30}?\s+(?i:township|tsp))\b"
)
#: a preposition (or "only") opening an answer, before the place: "A: | On |Pu Nyo.", "A: | Only
#: |Thoke Khar."
_PREPOSITION_FIRST = re.compile(r"^(?:On|At|Near|Into|Only|Just)\s+(?:(?:in|at|on)\s+)?(?=[A-Z])")
#: where the speaker was at home, opening an answer: "|At home in |Mar Kyi Keng. In T township."
_AT_HOME_FIRST = re.compile(r"^At\s+home\s+(?:in|at)\s+(?=[A-Z])")
#: where those who came came from: "The column entered Nan Hpe village | from Saw Lon | at dawn"
_CAME_FROM = re.compile(
    rf"(?:(?<=village)|(?<=town))(?:\s+first)?,?\s+from\s+{_NAME}(?:\s+(?:village|town))?"
    # (or their base, or the road that comes from a place: "Soldiers | from the base at A|
    # raided B", "At the entrance of B|, on the road coming from A|")
    rf"|\s+from\s+(?:the|their)\s+(?:army\s+|military\s+)?(?:base|camp|outpost)\s+(?:at|in)\s+{_NAME}"
    # (or where a column went on to: "A column of the army came through| to go to Kyondoe|")
    rf"|\s+(?:to\s+go|on\s+(?:its|their)\s+way|heading|headed)\s+to\s+{_NAME}"
    # (or a town the place is far from: "In V, T Township, W village tract|, far from T town|")
    rf"|,\s+far\s+from\s+{_NAME}(?:\s+town)?(?:\s+[-–—]\s+[^.]*)?"
    # (or said to be where troops were from: "Those troops| were from Matupi, I think|.")
    r"|(?:(?<=troops)|(?<=soldiers)|(?<=column))\s+(?:were|was)\s+(?:all\s+)?from\s+"
    rf"{_NAME}(?:,\s+I\s+think)?"
    # (or who came from it: "the soldiers | who came from Pying Hkar|")
    # ("the young men who had come down from Mandalay to join us")
    r"|\s+(?:who|that|which)\s+(?:had\s+)?(?:came|come|arrived|marched)\s+(?:down\s+|up\s+)?from"
    r"\s+[A-Z][\w'’-]*"
    r"(?:\s+[A-Z][\w'’-]*){0,3}"
    # (or the side the column came from: "the column came | from the Taze side|")
    rf"|\s+from\s+the\s+{_NAME}\s+(?:side|direction)\b"
    rf"|,?\s+on\s+the\s+road\s+(?:coming\s+)?from\s+{_NAME}"
    # (or a sentence of where the column came from: "| The column came from Taungtha.| They
    # burned the village.")
    r"|(?:^|(?<=[.!?])\s+)(?:The|Their|Our)?\s*(?:column|troops|soldiers|army)\s+(?:came|come)"
    rf"\s+(?:up\s+|down\s+)?from\s+{_NAME}(?:\s+(?:town|side))?\s*[.!?]"
    # (or a distance from the place before it: "in B|, about 13 miles northwest of there|")
    r"|,?\s+(?:about\s+|some\s+)?\d+\s+(?:miles?|km)\s+\w+\s+of\s+there\b"
)
#: a sentence of where the speaker is from, opening an answer: "We are from Pauk Tu Pauk. "
_FROM_SENTENCE = re.compile(
    # (with its township: "I am from A, Myaung Township. ...")
    rf"^{SPEAKER_IS_FROM}[^.!?,]{{2,60}}(?:,\s+[^.!?,]{{2,40}}\s+(?i:township|tsp))?[.!?]\s+(?=[A-Z])"
)
#: a sentence of where the speaker saw it from: "We could see the smoke from A, where we had
#: already fled."
_SEEN_FROM = re.compile(
    r"(?:^|(?<=[.!?;])\s+)[^.!?;]*?\b(?:see|saw|seen|watch\w*|hear\w*)\s+(?:the\s+)?(?:smoke|fire|flames"
    r"|explosions?|blasts?|shooting|guns)\s+(?:from|in)\s+[A-Z][^.!?]*[.!?]?"
)
#: where the speaker is from, before the place: "I'm from | Kyet Tu Yway village, ..."
_SPEAKER_FROM = re.compile(rf"^{SPEAKER_IS_FROM}")
_ELLIPSIS = re.compile(r"\s*(?:\.{2,}|…)\s*")
#: a sentence, to its full stop
_SENTENCE = re.compile(r"[^.!?]+[.!?]?")
#: the speaker's own place named after it: "in my village, | Bungzung|, in Hakha Township"
_OWN_PLACE = re.compile(
    r"\b(?:(?i:my|our|his|her|their)\s+(?:home\s+|native\s+|own\s+)?|the\s+(?:whole|entire)\s+)"
    r"(?P<kind>village|town),\s+"
    r"(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,4})(?=,|\.|$)"
)
#: romanised Burmese kind words: "Ho Hko | ywa|", "Kutkai | myo-ne|"
_ROMANISED_VILLAGE = re.compile(r"(?<=\s)ywar?\b|\bYwar?(?=\s+name\b)")
_ROMANISED_TOWNSHIP = re.compile(r"\b(?i:myo-?ne|myo\s+ne|myonel?)\b")
#: a Burmese speaker's home before "but": "ကျွန်မက Xရွာသူပါ။ ဒါပေမဲ့ " (I am of X village. But)
_BURMESE_FROM_BUT = re.compile(r"ကျွန်(?:မ|တော်)က\s*[^။]{1,40}?(?:ရွာ|မြို့)(?:သူ|သား)ပါ။\s*ဒါပေမဲ့\s*")
#: an answer that says yes to the question before it
_YES = re.compile(r"^(?i:yes|yeah|yep|right|correct|exactly|that's\s+right)\b")
#: a place the question names: "So the fighting was in Chaung-U town?"
_NAMES_A_PLACE = re.compile(rf"\b(?:in|at|near|of)\s+(?!{WHEN_NAMES}\b)[A-Z]")


#: an answer giving the township first, then the tract, the village last: "It is in |Tanai
#: township, Ta Ron village tract, and the village is Daik Hpar|."
_AREAS_THEN_VILLAGE = re.compile(
    rf"\b(?P<township>{_NAME}\s+(?i:township|tsp)),\s+(?:(?P<tract>{_NAME}\s+(?i:village\s+tract|tract)),"
    rf"\s+)?(?:and|yes,\s+but)\s+the\s+village\s+is\s+(?P<village>{_NAME})(?=[.,;]|$)"
)


#: a name said alone, then what kind of place it is and where: "|Yae Kyaw Kone. It's a farming
#: village in Myaungmya township|."
_NAME_THEN_WHAT_IT_IS = re.compile(
    rf"(?P<name>\b{_NAME})\.\s+(?:It['’]s|It\s+is)\s+an?\s+(?:[a-z]+\s+){{0,2}}(?P<kind>village|town)"
    rf"\s+in\s+(?P<area>{_NAME}\s+(?i:township|tsp|twp|t/s))(?=[\s.,;]|$)"
)


#: a translator's gloss in brackets after a word (in lower case, or the Burmese word), or their
#: note of how the speaker was: "ywa| [village]|", "Kyun Taw| [ကျွန်းတော]|", "| [Respondent
#: became upset; short break.]|"
_TRANSLATORS_GLOSS = re.compile(
    r"\s*\[(?:[a-z][a-z …'’.-]{0,30}|[\u1000-\u109f][\u1000-\u109f\s]{0,40}"
    r"|(?:Respondent|Speaker|Interviewee)\s+[a-z][^\[\]]{0,60})\]"
)
#: an interviewer's or translator's note in brackets: "[Note: Ingapu Tsp, ...]", "[Gloss: Our
#: village is V. ...]", "[Interviewer note: W tract, T Tsp]"
_NOTE_IN_BRACKETS = re.compile(
    r"\s*\[(?i:(?:interviewer|researcher|translator|editor)(?:['’]s)?\s+)?"
    r"(?i:note|notes|gloss|translation)\s*:[^\[\]]{1,200}\]"
)
#: a name, then said again with its number: "|Wan Sang. Wan Sang number 1|."
_NAME_AND_ITS_NUMBER = re.compile(
    rf"\b(?P<name>{_NAME})\.\s+(?P=name)\s+(?i:number|no\.?)\s*(?P<number>\d{{1,2}})\b"
)
#: a question whether the place told was where it happened: "Is that where this happened?"
_IS_THAT_WHERE = re.compile(
    r"^(?:(?i:and|so),?\s+)?(?i:is|was)\s+(?:that|this|it)\s+(?:also\s+)?where\s+(?:this|it|that"
    r"|the\s+\w+)\s+(?:happened|was|took\s+place)\?$"
)
#: a namesake denied, in an aside between dashes or after the place: "At Kani| - not Kani in
#: Sagaing, ha - |Kani village in Myothit Township", "Kamma in Pakokku Township|, not the Kamma
#: township down near Thayet|."
_NAMESAKE_DENIED = re.compile(
    r"(?P<dash>\s[-–—]\s+not\s+[^-–—.]{1,60}?\s[-–—]\s+)"
    r"|,\s+not\s+the\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s+(?i:township|town|village)\b[^.]{0,40}(?=\.)"
)
#: the speakers' home, said of the place named: "Kilung|, where we both lived|."
_WHERE_WE_LIVED = re.compile(
    r",\s+where\s+(?:we|I|they|my\s+family)\s+(?:both\s+|all\s+)?(?:lived|live|grew\s+up)\b[^.]*"
)
#: a speaker at a loss for how to say a name: "LetPanKway...| no, how do you say|..."
_NAME_NOT_FOUND = re.compile(
    r"(?:\.{2,}|…)\s*(?i:no,?\s+)?(?i:how\s+do\s+you\s+say|how\s+to\s+say|what\s+is\s+it\s+called"
    r"|I\s+forget)"
)
#: a question back to the interviewer, opening an answer: "|You know Si Mee Khon? |Our village"
_ASKED_BACK_FIRST = re.compile(r"^(?i:you\s+know|do\s+you\s+know)\s+[^?.]{1,60}\?\s+(?=\S)")
#: how a name said in Burmese is written in English: 'In English people write "Nyaung Ngoke To"'
_WRITTEN_IN_ENGLISH = re.compile(
    r"\b(?i:in\s+english\s+(?:people|we|they|you)\s+write|written\s+in\s+english\s+as)\s+"
    r"[\"“'‘](?P<name>[A-Z][^\"”'’]{1,40})[\"”'’]"
)
#: how far the village lies from a town, then its name: "the village is |about 9 km northwest of
#: Taungtha|. It's called |Hpayarhla|."
_DISTANCE_THEN_CALLED = re.compile(
    r"\b(?i:the\s+village\s+is)\s+(?P<offset>(?:about\s+|around\s+|some\s+)?\d+(?:\.\d+)?\s*"
    r"(?:km|miles?)\s+[a-z-]+\s+of\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)\.\s+"
    rf"(?:It['’]s|It\s+is)\s+called\s+(?P<name>{_NAME})"
)
#: a name spelt out letter by letter, before it is said: "|D-A-N, Z-A-W. |Dan Zaw."
_SPELT_OUT_FIRST = re.compile(r"^(?:[A-Z](?:-[A-Z]){1,12}[,.]?\s+)+")
#: a name's romanisation in brackets, after it in Burmese: "ကျော်လှရွာ| (Kyaw Hla)|."
_LATIN_GLOSS = re.compile(r"\s*\([A-Za-z][A-Za-z '’-]{0,40}\)")
#: a question typed without its mark, in a chat: "sorry which village again", "ok and township"
_UNMARKED_QUESTION = re.compile(
    r"^(?:(?i:sorry|ok|okay|so|and),?\s+)*(?:(?i:which|what|where|when)\b|(?i:township)$)"
    r"[^.?!]*$"
)
#: a note in round brackets opening a turn, of how the speaker speaks: "(speaking on behalf of
#: her neighbour, Daw S.) ", "(through the interpreter) ", "(crying) "
_STAGE_NOTE_FIRST = re.compile(
    r"^\((?i:speaking|answering|through|via|translated|laughs|laughing|crying|pause|pauses"
    r"|long\s+pause|sighs|quietly|inaudible)\b[^()]{0,80}\)\s*"
)
#: a question summarised in brackets, opening a line: "|[Asked where the incident took place] |"
_ASKED_IN_BRACKETS = re.compile(r"(?m)^\[(?:Asked|Question)\s+(?P<asked>[^\[\]\n]{3,120})\]\s*")
#: the labels of questions and answers, anywhere
_QA_CUE_ANY = re.compile(r"(?m)^\s*(?:Q|A|Interviewer|Respondent|INTERVIEWER|RESPONDENT)\s*:")


def _village_then_areas(said: re.Match[str]) -> str:
    """The village an answer names last, then its tract and township: "V village, W village
    tract, T township"."""
    tract = f"{said['tract']}, " if said["tract"] else ""
    return f"{said['village']} village, {tract}{said['township']}"


def interview_answer(text: str) -> str:
    """What an interview's answers tell of where it happened: its turns without the answer to
    where the speaker is now and without what they say of where they went or stay, the place
    a question names when the answer says yes to it, the first such turn naming a place;
    ``text`` itself when it is no interview or nothing is left."""
    if "->" in text and _ARROW_ANSWER.search(text):
        # ("Q3 Where did the incident happen? -> V (village), W village tract"): turns
        text = _ARROW_ANSWER.sub(lambda line: f"Q: {line['asked']}\nA: ", text)
    if text[:1] == "[" and _ASKED_IN_BRACKETS.match(text):
        # ("[Asked where the incident took place] It was in our village, V, W village tract.
        # [Asked about the township] T, S Region.": the questions summarised, as turns)
        text = _ASKED_IN_BRACKETS.sub(lambda asked: f"Q: {asked['asked']}?\nA: ", text)
    if ":" not in text and text[:1] not in "—–" and "မေး" not in text and "Q. " not in text:
        return text  # (a quick look first)
    if "\n" in text and _CAPITALS_LABEL.search(text):
        text = _capitals_as_turns(text)  # ("K: Where were you ...? E: At home, in V.")
    if (
        "ranslator" in text
        and (note := _TRANSLATOR_PLACE.search(text))
        and THE_VILLAGE.search(text)
    ):
        # ("I am from သပြေကုန်း. [Translator: ...; that is V village, T Township.] -- What
        # happened there? -- ... fighting ... at the edge of the village")
        return note["place"]
    if "ranslator" in text and _BURMESE.search(text) and (gloss := _TRANSLATOR_GLOSS.search(text)):
        # (the place a Burmese answer names, glossed: "RESPONDENT: ရွာထဲမှာပဲ။ နဂါးအိုင်။ ...
        # [translator: Na Gar Aing, Yebyu township]")
        return gloss["place"]
    if "ncident" in text and (field := _INCIDENT_PLACE_FIELD.search(text)):
        # ("Name: X. ... Place of incident: V village, T Township.")
        parts = [field["place"].strip()]
        if field["tract"]:
            parts.append(f"{field['tract'].strip()} village tract")
        if field["township"]:
            parts.append(f"{field['township'].strip()} Township")
        return ", ".join(parts)
    if (
        "hear" in text
        and (heard := _HEARD_ABOUT.search(text))
        and (which := _WHICH_ONE_SAID.search(text, heard.end()))
    ):
        # (a chat: "did u hear abt V -- where is that / which V?? there are many -- T one, near
        # W": V, in T)
        return f"{heard['name']}, {which['area']}"
    if "[Tr:" in text or "[tr:" in text or "[TR:" in text:
        # (a Burmese name with its translator's gloss, the gloss kept: "ဒုန်းကုန်း [Tr: Done Kone
        # village], ပုသိမ်ကြီး [Tr: Patheingyi township]."; the other notes left out: "[Tr: she
        # is crying]")
        text = _TR_NOTE.sub("", _TR_GLOSSED_NAME.sub(r"\g<gloss>", text))
    if "talking about" in text and (talked := _INCIDENT_TALKED_ABOUT.search(text)):
        # ("FACILITATOR: We are talking about the incident at V, T Township. Who was there?")
        return talked["place"]
    if (
        '"' in text
        and (quoted := _QUOTED_RECORD.search(text))
        and (read := labelled_record(quoted[1]))
    ):
        # (a form read out, quoted: 'A: OK I read from the form we filled. "Date of incident:
        # 29.07.2022. ... Township: Mongyai. Village tract: Man Hpai. Village: Pangnyu. ..."')
        return read
    written = text
    if (
        "[" in text
        and (glossed := _TRANSLATORS_GLOSS.sub("", text)) != text
        and _QA_CUE_ANY.search(glossed)
    ):
        # (a translation's glosses and notes in brackets: "In our ywa [village], Kyun Taw
        # [ကျွန်းတော]." -- "Which myo-ne [township]?" -- "[Respondent became upset; short break.]")
        text = glossed
    if "the village is " in text:
        # ("It is in Tanai township, Ta Ron village tract, and the village is Daik Hpar.")
        text = _AREAS_THEN_VILLAGE.sub(_village_then_areas, text)
    if " a" in text and ("It" in text or "it" in text):
        # ("Sein Tar. It's a small village in Hlaingbwe Tsp.": "Sein Tar village, Hlaingbwe Tsp.")
        text = _NAME_THEN_WHAT_IT_IS.sub(r"\g<name> \g<kind>, \g<area>", text)
    if "ywa" in text.lower() or "myo" in text.lower():
        # ("Ywa name? -- Ho Hko ywa. -- Myo-ne? -- Kutkai myo-ne": romanised Burmese kind words)
        text = _ROMANISED_TOWNSHIP.sub("Township", _ROMANISED_VILLAGE.sub("village", text))
    if "ဒါပေမဲ့" in text:
        # ("ကျွန်မက Xရွာသူပါ။ ဒါပေမဲ့ ...": "I am from X village. But ...": what follows)
        text = _BURMESE_FROM_BUT.sub("", text)
    if text[:1] == "[" and (header := _HEADER.match(text)) and _QA_CUE.search(text):
        text = text[header.end() :]  # ("[Interview with ..., conducted in Mae Sot] Q: ...")
    found = [
        m
        for m in _TURN.finditer(text)
        if (not m["dash"] or text[:1] in "—–")  # (dashes open turns only when the first does)
        and (not m["dotted"] or ("Q. " in text and "A. " in text))
    ]
    # (who answers, opening the text with who they are: "Speaker 2 (displaced teacher, now in
    # Mizoram): ...", an interview of one turn)
    opened_by_who = bool(found) and found[0].start() == 0 and "(" in found[0].group()
    if (
        not opened_by_who
        and not any(m["label"] or m["dash"] or m["dotted"] or m["asker"] for m in found)
        and not _named_speakers_asking(text, found)
    ):
        # (labels of who answers alone are no interview; but a group's, one saying where it
        # was: "U Hla Win, 61: It was V, in W village tract. ... -- Ma Hnin Wai, 27: We all left
        # V after that. Some people went to B.")
        ends = [m.start() for m in found[1:]] + [len(text)]
        told = (
            next(
                (
                    said_there.group()
                    for m, end in zip(found, ends, strict=True)
                    if (said_there := _IT_WAS_PLACE.match(text, m.end(), end))
                ),
                None,
            )
            if len(found) > 1 and "It " in text
            else None
        )
        if told is None and len(found) > 1 and "It was " in text:
            # (or said by two, the second finishing: "Pu Lian: It was Kalar— -- Mai Sui: Kalar,
            # yes, in Matupi township.")
            turns = [text[m.end() : end].strip() for m, end in zip(found, ends, strict=True)]
            told = next(
                (
                    f"{cut['name']}, {then['area']}"
                    for first, second in itertools.pairwise(turns)
                    if (cut := _IT_WAS_NAME_CUT.match(first))
                    and (then := _NAME_YES_IN_AREA.match(second))
                    and then["name"] == cut["name"]
                ),
                None,
            )
        return told.rstrip(" .") if told else written
    ends = [m.start() for m in found[1:]] + [len(text)]
    said = [
        (
            (m["label"] or m["dotted"] or ("q" if m["asker"] else "")).lower(),
            # (and a Burmese label's second stop: "မေး။ ။ ...")
            _NEXT_TIMESTAMP.sub("", text[m.end() : end]).strip(" /|\n\r\t").lstrip("။ "),
        )
        for m, end in zip(found, ends, strict=True)
    ]
    if "[" in text:
        # (an interviewer's note or a gloss in brackets after a turn is no part of the answer:
        # "RESP: Yes, 13 September 2022. ... [Note: Ingapu Tsp, Hinthada District]"; a township
        # it names is read below from the whole transcript)
        said = [(label, _NOTE_IN_BRACKETS.sub("", words).strip()) for label, words in said]
    if "(" in text:  # ("RESPONDENT: (speaking on behalf of her neighbour, Daw S.) Her husband ...")
        said = [(label, _STAGE_NOTE_FIRST.sub("", words)) for label, words in said]
    # (a chat's questions typed without their mark: "sorry which village again", "ok and
    # township")
    said = [
        (label, f"{words}?" if label in _QUESTIONER and _UNMARKED_QUESTION.match(words) else words)
        for label, words in said
    ]
    # (turns opened by dashes or numbered speakers: a turn that asks is the interviewer's)
    said = [
        (
            label
            if label and not label.startswith("speaker") and label != "facilitator"
            # (a question first, then what it is about: "Which Kan Gyi Kone? There are many.")
            else ("q" if words.endswith("?") or _QUESTION_FIRST.match(words) else "a"),
            # (an interpreter's relaying words: "Interpreter: | She says| Ywar Thit.")
            _RELAYED.sub(r"\1", words) if label in ("interpreter", "translator") else words,
        )
        for label, words in said
    ]
    if not opened_by_who and not any(label in _QUESTIONER for label, _ in said):
        return written
    if sum(ch.isupper() for _, words in said for ch in words) <= 2:  # (a month's: "21 Nov")
        said = _notes_in_lower_case_named(said)  # ("int: village name? resp: taung ka lay")
    if (
        opened_by_who
        and (home := _HOME_IN_LABEL.search(found[0].group()))
        and not any(_NAMES_A_PLACE.search(words) or _WITH_KIND.search(words) for _, words in said)
    ):
        # (the speaker's village, in the label, when what they tell names no other place:
        # "RESPONDENT (male, 53, V, T township in S Division): ... The soldiers raided the
        # village")
        return f"{home['place']}, {home['area']}"
    if found[0].start() > 0 and (told := _quoted_deed_in_area(text[: found[0].start()], said)):
        return told
    if found[0].start() > 0 and (summary := _SUMMARY_PLACE.search(text, 0, found[0].start())):
        # (an interviewer's summary or notes above the transcript, naming where it happened:
        # "SUMMARY (by interviewer): ... describes the shooting on 21 March 2019 in V, T
        # Township, Rakhine State. TRANSCRIPT: Q: Were you there? ...")
        return f"{summary['place']}, {summary['area']}"
    if told := _namesake_placed(said):
        return told
    if told := _where_they_were_when_it_happened(said) or _answer_of_which_it_was(said):
        return _with_the_one_township(told, written)
    if (
        told := _home_struck_later(said) or _what_happened_at(said) or _answer_of_event(said)
    ) is not None:
        return _with_the_one_township(told, written)
    question, own_village_struck = "", False
    for index, (label, words) in enumerate(said):
        if label in _QUESTIONER:
            question = words
            # ("When did the soldiers come to your village? ... And your village is? -- V": the
            # speaker's own village is where it happened)
            own_village_struck |= bool(
                _YOUR_VILLAGE.search(words)
                and (_EVENT_ASKED.search(words) or _TROOPS_CAME.search(words))
            )
            continue
        if _WHERE_NOW.search(question) or (
            _NOT_OF_THE_EVENT.search(question)
            and not (own_village_struck and _YOUR_VILLAGE.search(question))
        ):
            if told := _EVENT_TOLD_ASIDE.search(words):
                # ("Where are you from originally? -- I'm from A. But, uh, what I want to tell
                # you about happened in B town, T Township.")
                return told["place"]
            question = ""
            continue  # where the speaker is now, was born, lives or is from
        if (asked := _WHERE_IS_PLACE.match(question)) and (lies := _LIES_IN_AREA.match(words)):
            # ("Where is V (South)? -- It's in T Township, Magway Region, not far from our
            # village.": the place asked of, in the area told)
            return f"{asked['place']}, {lies['area']}"
        yes, naming = _places_told(words)
        if yes and (confirmed := _place_confirmed_in(question, naming)):
            return confirmed
        if naming:
            # ("Yes, Than Bo village in Khin U Township": its own; and the township a later
            # answer names alone: "— Which township is that? — Mrauk-U Township.")
            area = _area_told_later(said[index + 1 :])
            told = " ".join(naming)
            if len(naming) == 2 and _AREA.match(naming[1].strip()):
                told = f"{naming[0].rstrip('.')}, {naming[1]}"  # ("Pyapon. Pyapon Township.")
            if _YOUR_VILLAGE.search(question) and (bare := _BARE_VILLAGE.match(told)):
                told = f"{bare['name']} village{told[bare.end('name') :]}"  # ("Twin Ma, T")
            if told.endswith("ရွာ") and (tract := _burmese_tract_told(said[index + 1 :])):
                told = f"{told}၊ {tract}"  # ("-- Village tract? -- လွှစင် ကျေးရွာအုပ်စု။")
            return f"{told.rstrip('.')}, {area}" if area else _with_the_one_township(told, written)
        if yes and _NAMES_A_PLACE.search(question):
            return question.rstrip("?").strip()
    return written


def _namesake_placed(said: list[tuple[str, str]]) -> str | None:
    """The name a question asks which of, placed by the answer ("Which Thit Hpyu Chaung? I see
    three in Kyaiklat. -- The one in Ma Yan Gyi village tract. Kyaiklat township.": V, in W
    village tract, T Township); else None."""
    for index, ((asker, question), (who, words)) in enumerate(itertools.pairwise(said)):
        if (
            asker in _QUESTIONER
            and who not in _QUESTIONER
            and (which := _WHICH_ONE_OF_NAME.search(question))
            and (one := _THE_ONE_MEANT_IN.match(words))
        ):
            area = _area_told_later(said[index + 1 :])
            told = f"{which['name']}, {one['area'].rstrip(' .')}"
            return f"{told}, {area}" if area and area not in told else told
    return None


def _named_speakers_asking(text: str, turns: list[re.Match[str]]) -> bool:
    """Whether turns labelled by two speakers' names alone are an interview: four turns or
    more, one speaker's asking where ("Ma Hnin: Where was this? Aung Aung: Ward 3 of ...")."""
    if len(turns) < 4 or len({m["other"] for m in turns}) != 2:
        return False
    ends = [m.start() for m in turns[1:]] + [len(text)]
    return any(
        _ASKS_WHERE.search(asked := text[m.end() : end].strip()) and asked.endswith("?")
        for m, end in zip(turns, ends, strict=True)
    )


#: a questionnaire's numbered question and its answer after an arrow, a line each: "Q3 Where did
#: the incident happen? -> V (village), W village tract"
_ARROW_ANSWER = re.compile(
    r"(?m)^[ \t]*Q\d{1,2}[.):]?[ \t]+(?P<asked>[^\n]*?)[ \t]*(?:->|→|=>)[ \t]*"
)
#: a speaker's initials or one word of capitals opening a line: "K: ", "MH: ", "THIDA: ", "HOST: "
_CAPITALS_LABEL = re.compile(r"(?m)^([A-Z]{1,12}):[ \t]+")
#: the labels of who asks that a transcript in capitals gives: a broadcast's and an interview's
_ASKER_LABELS = frozenset({"Q", "HOST", "ANCHOR", "PRESENTER", "INTERVIEWER", "REPORTER"})
#: the labels of turns the reading of turns knows by themselves
_KNOWN_LABELS = frozenset({"Q", "A", "I", "R", "INTERVIEWER", "RESPONDENT", "REPORTER"})


def _capitals_as_turns(text: str) -> str:
    """Lines opened by speakers' initials or names in capitals as an interviewer's and a
    respondent's turns: the one who asks is a host's or interviewer's label ("HOST:", "Q:")
    or, of two speakers' initials, the one more of whose turns end with "?" ("K: Where were
    you on August 16? / E: At home, in V." as "Q: ... / A: ..."; "Q: Which village? / THIDA:
    Ka Nyin Kaing." as "Q: ... / A: ..."); ``text`` itself for other labels."""
    labels = _CAPITALS_LABEL.findall(text)
    if len(labels) < 3 or set(labels) <= _KNOWN_LABELS:
        return text
    if askers := set(labels) & _ASKER_LABELS:
        if len(askers) > 1:
            return text
        (asker,) = askers
    else:
        if len(labels) < 4 or len(set(labels)) != 2 or max(map(len, labels)) > 3:
            return text
        turns = _CAPITALS_LABEL.split(text)[2::2]
        asks = {label: 0 for label in labels}
        for label, words in zip(labels, turns, strict=False):
            asks[label] += words.strip().endswith("?")
        asker = max(asks, key=asks.__getitem__)
        if asks[asker] == 0 or len(set(asks.values())) == 1:
            return text
    return _CAPITALS_LABEL.sub(lambda turn: "Q: " if turn[1] == asker else "A: ", text)


def _notes_in_lower_case_named(said: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Turns noted all in lower case with the short answers to questions of a place written
    as names ("int: village name? / resp: taung ka lay (hla ka zaing tract) / int: township /
    resp: kyaikmaraw": "Taung Ka Lay (Hla Ka Zaing tract)", "Township?", "Kyaikmaraw")."""
    named: list[tuple[str, str]] = []
    for label, words in said:
        asked = named[-1][1] if named and named[-1][0] in _QUESTIONER else ""
        if label in _QUESTIONER:
            words = words if words.endswith("?") else f"{words.rstrip(' .')}?"
        elif _PLACE_ASKED_WORD.search(asked) and len(words.split()) <= 8:
            words = re.sub(
                r"[a-z][\w'’-]*",
                lambda w: w[0] if w[0] in _LOWER_CASE_WORDS else w[0].capitalize(),
                words,
            )
        named.append((label, words))
    return named


#: a question of a place's name, in notes: "village name?", "township", "where"
_PLACE_ASKED_WORD = re.compile(r"\b(?:village|township|tract|ward|town|where|place|location)\b")
#: the words of a place's answer left in lower case: kind words, fillers, prepositions
_LOWER_CASE_WORDS = frozenset(
    [
        "village",
        "vill",
        "vlg",
        "tract",
        "township",
        "tsp",
        "twp",
        "ward",
        "town",
        "in",
        "at",
        "of",
        "the",
        "and",
        "near",
        "um",
        "uh",
        "er",
        "yes",
        "no",
        "it",
        "is",
        "was",
        "a",
        "an",
        "on",
        "to",
        "from",
        "about",
        "km",
        "miles",
        "north",
        "south",
        "east",
        "west",
    ]
)


_AREA_WORDS = ("region", "state", "division", "district")
#: a question of the area alone: "Which township?"
_WHICH_AREA = re.compile(
    r"^(?:(?i:and\s+)?(?i:in|from)\s+)?(?i:which|what)\s+(?i:township|region|state|district)\b"
    r"|^(?:(?i:and)\s+)?(?:the\s+)?(?i:township|village\s+tract|tract)\s*\?$"  # ("Township?")
)
#: a question of the town a place is near: "Near which town?"
_NEAR_WHICH_TOWN = re.compile(r"^(?:(?i:and)\s+)?(?i:near|close\s+to)\s+(?i:which|what)\s+town\b")


#: an interviewer's summary or field notes naming the place of what they describe, in its
#: township: "SUMMARY (by interviewer): ... describes the raid on 6 December 2023 |in Nan U,
#: Yesagyo Township|", "Field officer notes: The soldiers arrested young men |in V village, T
#: Township|"
_SUMMARY_PLACE = re.compile(
    r"\b(?i:summary|notes|describes|report)\b[^\n]*?\b(?:in|at)\s+"
    rf"(?P<place>{_NAME}(?:\s+(?:village|town))?),\s+(?P<area>{_NAME}\s+(?i:township|tsp))\b"
)


def _quoted_deed_in_area(lead: str, said: list[tuple[str, str]]) -> str | None:
    """What a quote before the questions tells was done at a place, in the township the first
    answer names when asked only which it is ('Daw A (20), interviewed in Mae Sot: "The
    helicopter fired on V. ..." Q: Which township? A: Oktwin, in Bago Region.': "The
    helicopter fired on V, Oktwin Township"); else None."""
    if len(said) < 2 or said[0][0] not in _QUESTIONER or not _WHICH_AREA.match(said[0][1]):
        return None
    deeds = [s for s in _places_told(lead.partition(":")[2] or lead)[1] if _DEED.search(s)]
    area = said[1][1].split(",")[0].strip(" .")
    if not deeds or not area:
        return None
    if not _KIND_LAST.search(area) and area.split()[-1].lower() not in _AREA_WORDS:
        area = f"{area} Township"  # ("Oktwin": the township)
    return f"{deeds[0].rstrip('.')}, {area}"


#: what was not done to a place: "but they | did not burn| A"
_SPARED = re.compile(
    r"\b(?:did\s+not|didn['’]t|never)\s+(?:burn|attack|shoot|harm|touch|enter|shell|raid)\b"
)
#: an answer's words pointing at the place it names: "| That is| Chaung Htauk, in T Township"
_THAT_IS = re.compile(
    r"^(?:That|This|It)(?:'s|’s|\s+is|\s+was)\s+"
    # (or the building there: "That was the school | in V village")
    r"(?:(?:the|a)\s+\w+\s+(?=(?:in|at)\s+[A-Z]))?(?=[A-Z]|(?:in|at)\s+[A-Z])"
)


def _with_the_one_township(told: str, transcript: str) -> str:
    """``told`` with the township the transcript names anywhere (in a header, a speaker's
    label, an answer of where they were born: "RESPONDENT (female, 55, Saw Township)", "This
    is Saw township, Magwe Region.") when it names one only and ``told`` names none."""
    told = _THAT_IS.sub("", told)  # ("That is V, in T Township": V, in T Township)
    if _BURMESE.search(told):  # ("Vကျေးရွာကိုပါ" ... "(Tမြို့နယ်၊ Sပြည်နယ်)")
        if "မြို့နယ်" in told or len(named := set(BURMESE_TOWNSHIP.findall(transcript))) != 1:
            return told
        return f"{told}၊ {named.pop()}"
    if _ANY_TOWNSHIP.search(told):
        return told
    named = {" ".join(m.split()[:-1]) for m in _ANY_TOWNSHIP.findall(transcript)}
    return f"{told.rstrip('.')}, {named.pop()} Township" if len(named) == 1 else told


#: a township named by its kind word, in either case: "Saw township", "Bilin Township"
_ANY_TOWNSHIP = re.compile(
    # (not a word before its name: "INTERVIEWER: In | Saw township?")
    r"(?<![\w'’-])(?!(?:Which|What|The|This|That|Our|My|Your|In|At|Of|Near|And|So)\s)"
    r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,4}"
    r"\s+(?:[Tt]ownship|[Tt]wp|[Tt]sp)\b"
)


#: an answer's sentence saying the speaker, or the one they tell of, was at the place the
#: sentence before names when it happened: "| That's where we were living when it happened|",
#: "| He was there when it happened|"
_THERE_WHEN_IT_HAPPENED = re.compile(
    r"(?:^|(?<=[.!?]\s))(?:(?i:that|this|it)(?:\s+is|\s+was|['’]s)\s+where\s+"
    r"(?:we|I|they|he|she|(?i:my|our)\s+\w+)\s+(?:were|was)\s+(?:living|staying)"
    r"|(?:He|She|I|We|They)\s+(?:was|were)\s+(?:still\s+)?there)"
    r"\s+when\s+(?:it|this|that|the\s+\w+)\s+happened\b"
)
#: the place a sentence tells someone went or moved to: "after I got married I moved to my
#: husband's village, | Mi Kayin, Karen State|.", "he had gone to | V village, T| to sell fish"
_GONE_TO_PLACE = re.compile(
    r"\b(?:moved|gone|went|come|came|returned)\s+(?:back\s+)?(?:to|into)\s+"
    r"(?:(?:my|our|his|her|their)\s+(?:[\w'’-]+\s+){0,2}?(?:village|town)\s*,?\s*)?"
    r"(?P<place>[A-Z][^.!?]*?)(?=\s+(?:to|for)\s+[a-z]|[.!?]|$)"
)


def _where_they_were_when_it_happened(said: list[tuple[str, str]]) -> str | None:
    """The place an answer says someone went or moved to, in the sentence before one saying
    they were there when it happened ("I was born in A. But after I got married I moved to my
    husband's village, B, Karen State. That's where we were living when it happened."): B;
    else None."""
    for label, words in said:
        if label in _QUESTIONER or "happened" not in words:
            continue
        if (there := _THERE_WHEN_IT_HAPPENED.search(words)) is None:
            continue
        sentence = re.split(r"(?<=[.!?])\s+", words[: there.start()].strip())[-1]
        if (went := _GONE_TO_PLACE.search(sentence)) is not None:
            return went["place"].strip(" ,")
    return None


#: a question of which place it was, after an account of what happened: "Which village was
#: this?", "Where was this exactly?", "Which village did they enter?"
_WHICH_PLACE_WAS_IT = re.compile(
    r"^(?:\.{2,}|…)?(?:(?i:and|so|sorry|ok|okay|um|uh|well|lastly|finally),?\s+)*"
    r"(?:(?i:for\s+the\s+record),?\s+)?"
    r"(?:(?i:which|what)\s+(?:village|town|ward|place)\s+(?:was|is)\s+(?:this|that|it)"
    r"|(?i:which|what)\s+(?:place|village|town)\s+are\s+(?:we|you)\s+talking\s+about"
    # ("You said the village is...?", "And your home village, where the incident happened?")
    r"|(?i:you\s+said\s+the\s+village\s+(?:is|was))(?=\s*(?:\.{2,}|…)?\s*\?$)"
    r"|(?i:your\s+(?:home\s+)?village),?\s+(?i:where\s+(?:the\s+incident|it|this)\s+happened)(?=\s*\?$)"
    # ("Where was this exactly?", "where exactly was this?", "Where was the place?")
    r"|(?i:where)\s+(?:exactly\s+)?(?:was|is)\s+(?:this|that|it|the\s+place)(?:\s+exactly)?(?=\s*\?$)"
    r"|(?i:where)\s+exactly(?=\s*\?$)"
    r"|(?i:first(?:ly)?),?\s+(?i:where)(?=\s*\?$)"  # (the first of two told: "First, where?")
    # ("Where were they killed?", "Where was he shot?")
    # (not "Where were they taken?", asked of where they were taken to)
    r"|(?i:where)\s+(?:was|were)\s+(?:he|she|they|it)\s+(?:killed|shot|arrested|caught"
    r"|bombed|burned|hit|attacked|wounded|injured)(?=\s*\?$)"
    # ("... can you tell me where that was?")
    r"|(?i:can|could)\s+you\s+tell\s+(?:me|us)\s+where\s+(?:that|this|it)\s+was(?=\s*\?$)"
    r"|(?i:which|what)\s+(?:village|place|town)\s+did\s+(?:they|the\s+\w+)\s+(?:enter|attack|burn"
    r"|raid|shell|bomb|come\s+to|go\s+to)"
    # (or the village, after a question of the tract: "And the village?")
    r"|the\s+village(?:,\s+the\s+exact\s+(?:place|name))?(?=\?$)|(?i:the)\s+(?:place|location)(?=\?$)"
    r"|(?i:your)\s+village\s+is(?=\s*(?:\.{2,}|…)?\s*\?$|\s*[—–-]+$)"
    # (or which village alone, answered by a name and its township: "Which village? -- V. T
    # Township, S Region.")
    # (or "And this was in which village?")
    r"|(?:(?i:this|that|it)\s+(?:was|is)\s+)?(?:(?i:to|in|at|from|of)\s+)?(?i:which|what)\s+"
    r"(?:village|ward|police\s+station|police\s+post"
    r"|outpost|camp|monastery"
    r"|school)(?:,\s+(?i:which|what)\s+(?:town|township))?(?:\s+(?i:exactly|again))?"
    r"(?=\?$|,\s+(?i:sorry)\b)"
    r"|(?i:which|what)\s+(?:village|place|town)\s+did\s+(?:this|that|it)\s+happen(?:\s+in)?(?=\?$)"
    # ("Sorry, where is this? Your village?")
    r"|(?i:your)\s+village(?=\?$)"
    # ("The tract has several villages. Which one was hit?")
    r"|(?i:which|what)\s+one\s+was\s+(?:hit|attacked|bombed|burned|burnt|shelled|raided)(?=\?$)"
    # ("Which village in Ywar Ma tract?": the tract added below)
    r"|(?i:which|what)\s+village\s+in\s+(?=[A-Z][^?]*\s(?:village\s+)?tract\?$)"
    # (or in the tract the answer before named: "Which village in the tract?")
    r"|(?i:which|what)\s+village\s+in\s+(?:the|that)\s+(?:village\s+)?tract(?=\?$)"
    # ("Village name?", "And the village name?", "What is the name of the village?")
    r"|(?:the\s+)?(?i:village)\s+name(?:\s+(?i:exactly))?(?=\?$)"
    # ("How do you write the name of your village?")
    r"|(?i:how)\s+(?i:do|would)\s+you\s+(?i:write|spell)\s+(?:the\s+name\s+of\s+)?"
    r"(?i:your|the|this)\s+(?:home\s+)?village(?:['’]s\s+name)?(?=\?$)"
    # ("What is the village name exactly?")
    r"|(?i:what)(?:\s+is|['’]s)\s+the\s+(?:village|place)\s+name(?:\s+(?i:exactly))?(?=\?$)"
    # ("What's the name of the village where the boat was stopped?")
    r"|(?i:what)(?:\s+is|['’]s)\s+the\s+name\s+of\s+the\s+(?:village|place)"
    r"(?=\?$|\s+(?:where|that)\s)"
    # ("Can you say the name of the village again?")
    r"|(?:(?i:can|could)\s+you\s+)?(?i:say|tell\s+me|repeat|confirm)\s+the\s+name\s+of\s+the\s+village"
    # ("Can you say your village name?")
    r"|(?:(?i:can|could)\s+you\s+)?(?i:say|tell\s+me|give\s+me)\s+(?i:your|the)\s+village(?:['’]s)?\s+name"
    r"|(?i:name)\s+of\s+the\s+village(?=\?$))"
    # (or left for the answer: "Your village is—"; or asked again on a poor line: "...which
    # village, sorry, I lost you.")
    r"\b[^?]*(?:\?|(?<=[—–-])|,\s+(?i:sorry),[^?]*\.)$"
)
#: a question asking to confirm where it happened: "The fighting you are talking about
#: happened in | V village, T township in Kachin State|, on 17 Nov 2013. Is that right?"
_PLACE_TO_CONFIRM = re.compile(
    r"\b(?:happened|took\s+place)\s+(?:in|at)\s+(?P<place>[A-Z][^?]*?)"
    r"(?:,?\s+(?:on|in)\s+[^,?]*?\d[^,?]*)?[.,]?\s+(?i:is\s+that\s+(?:right|correct)|right|correct)\?$"
    # (or "So just to confirm, this was V village, W village tract, T Township, on 7/11/2021?")
    r"|^(?:(?i:so|ok|okay),?\s+)?(?:(?i:just)\s+)?(?i:to\s+confirm),?\s+(?:this|that|it)\s+"
    r"(?:was|happened)\s+(?:in\s+|at\s+)?(?P<confirmed>[A-Z][^?]*?)"
    r"(?:,?\s+(?:on|in)\s+(?:the\s+)?[^,?]*?(?:\d|(?i:january|february|march|april|may|june|july"
    r"|august|september|october|november|december))[^,?]*)?\s*\?$"
    # (or read out alone: "Just to confirm: V, W tract, T township, S Region?")
    r"|^(?:(?i:so|ok|okay),?\s+)?(?:(?i:just)\s+)?(?i:to\s+confirm)\s*:\s+"
    r"(?P<read_out>[A-Z][^?]*?(?i:township|tsp)[^?]*?)\s*\?$"
    # (or written down: "Okay, I'm writing it down: V, T township. Correct?")
    r"|^(?:(?i:so|ok|okay),?\s+)?(?:I['’]m|I\s+am)\s+(?:writing|noting)\s+(?:it|this|that)\s+down\s*:\s+"
    r"(?P<written>[A-Z][^?]*?(?i:township|tsp)[^?.]*?)\.?\s+"
    r"(?i:correct|right|is\s+that\s+(?:right|correct))\?$"
    # (or read back: "So that was V village in T Township, correct?")
    r"|^(?:(?i:so|ok|okay),?\s+)?(?:this|that|it)\s+(?:was|happened)\s+(?:in\s+|at\s+)?"
    r"(?P<read_back>[A-Z][^?]*?),?\s+(?i:is\s+that\s+(?:right|correct)|right|correct)\?$"
)
#: the words an interpreter opens a relayed answer with: "She says| Ywar Thit."
_RELAYED = re.compile(r"^((?:Yes|Yeah)[.,]?\s+)?(?:She|He|They)\s+says?,?\s+(?:that\s+)?")
#: a name alone, asked to confirm how it is written: "Htauk Shar Tan (East)?", "Kan Thar Kone
#: village?" (not where: "Near Khamaukgyi?", nor an area: "Bogale Township?")
_NAME_TO_CONFIRM = re.compile(
    r"^(?:\([^()]*\)\s*)?"
    # (or read back: "So the village is Nar Ku?")
    r"(?:(?:(?i:so|and),?\s+)?(?i:the\s+(?:village|place)\s+(?:is|was))\s+"
    r"|(?!(?:Near|Close|In|At|Around|By|From|Not|The|This|That|It|So|And)\b))"
    r"(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,4}(?:\s+\([A-Z][a-z]+\))?(?:\s+village)?)"
    r"(?<!Township)(?<!Region)(?<!State)(?<!District)(?<!Division)\?$"
)
#: a question of where the speaker's village is: "Where is your village?", "What is the name
#: of your village?"
_WHERE_IS_YOUR_VILLAGE = re.compile(
    r"^(?:(?i:and|so)\s+)?(?:(?:(?i:where|which|what)\s+is|(?i:what)['’]s)\s+(?:the\s+name\s+of\s+)?"
    r"your\s+(?:home\s+)?village"
    # ("Which village are you from?")
    r"|(?i:which|what)\s+village\s+(?:are\s+you\s+from|do\s+you\s+(?:live\s+in|come\s+from))"
    # (or a form's: "Name of your village?", "Where do you live?"; or where the speaker
    # stayed then: "Where were you staying in September 2022?")
    r"|(?i:name\s+of\s+your\s+village|where\s+do\s+you\s+live"
    r"|where\s+were\s+you\s+(?:staying|living)(?:\s+(?:in|on|at)\s+[^?]{1,30})?))\?$"
)
#: a question asking to tell what happened: "Tell me about what happened.", "What happened?"
_TELL_WHAT_HAPPENED = re.compile(
    r"^(?:(?i:and|so|ok|okay),?\s+)?(?:(?i:tell|can\s+you\s+tell)\s+(?:me|us)\s+(?:about\s+)?"
    r"what\s+happened|(?i:what)\s+happened(?:\s+then|\s+next|\s+that\s+day)?"
    # (or the event, asked of alone: "And the raid?")
    r"|(?i:and\s+)?(?i:the)\s+(?i:raid|attack|airstrike|shelling|fighting|arson|bombing))\s*[.?]$"
)


def _asked_what_happened_there(turns: list[tuple[str, str]]) -> bool:
    """Whether the first question of ``turns`` other than of the area asks what happened there
    ("-- Which township? -- Magway. -- What happened there on 19 March 2022?")."""
    asked = next(
        (
            w
            for label, w in turns
            if label in _QUESTIONER and not (_WHICH_AREA.match(w) or _NEAR_WHICH_TOWN.match(w))
        ),
        "",
    )
    return bool(_THERE_ASKED.search(asked) or _WHAT_HAPPENED_WHEN.match(asked))


def _distance_told_later(turns: list[tuple[str, str]]) -> str | None:
    """The distance from a town a later answer gives to "Near which town?" ("-- About 20 km
    south-west of Hseni town. In northern Shan State."), else None."""
    for asked, (who, answer) in itertools.pairwise(turns):
        if asked[0] in _QUESTIONER and who not in _QUESTIONER and _NEAR_WHICH_TOWN.match(asked[1]):
            told = _FIRST_SENTENCE.match(answer.strip()).group().strip(" .")
            return told if _DISTANCE_FIRST.match(told) else None
    return None


def _village_struck_later(turns: list[tuple[str, str]]) -> bool:
    """Whether a later answer to a question of what happened tells what was done to "the
    village" or to people, naming no place ("-- Tell me about what happened. -- ... soldiers
    entered the village.", "-- What happened? -- ... shot one man ..."), or says yes to its
    being in the speaker's village ("-- All this happened inside your village? -- Yes")."""
    return any(
        asked[0] in _QUESTIONER
        and who not in _QUESTIONER
        and (
            (
                _TELL_WHAT_HAPPENED.match(asked[1])
                and (THE_VILLAGE.search(answer) or _DEED.search(answer))
                and not _places_told(answer)[1]
            )
            or (_YOUR_VILLAGE.search(asked[1]) and _YES.match(answer))
        )
        for asked, (who, answer) in itertools.pairwise(turns)
    )


#: "In" or "At" opening an answer: "|In |Aung Chan Thar village."
_IN_FIRST = re.compile(r"^(?:In|At)\s+(?=[A-Z])")
#: an answer of a village's name, then where it lies: "Yan Long Zi Keng|. It's |about 4 km
#: southeast of Maw Hteik, in Konkyan Township|.", "Gu Dar Pyin|. |Buthidaung Township|."
_VILLAGE_THEN_WHERE_IT_LIES = re.compile(
    # (or with its township after a comma: "Nyaung Lel, Meiktila Township. Shan Ma Nge village
    # tract.")
    # (a syllable in lower case within: "Ku lar Chaung Lay")
    r"^(?P<place>[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|(?!(?:is|was|in|at|of|the|and|not)\b)[a-z]{2,4})){0,3})"
    r"(?:\s+(?i:village))?"  # ("Tha Yet Nyi Naung ywa.", its kind word in English by now)
    r"(?:,\s+(?P<area_after>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s+(?i:township|tsp)))?"
    # (or its tract: "Kawng Mu Hpeik|, in Kawng Mu Hpeik village tract|.")
    rf"(?:,\s+in\s+{_NAME}\s+village\s+tract)?"
    r"\.(?:\s+(?:(?:It['’]s|It\s+is)\s+"
    r"(?P<where>[^.!?]{3,120})|(?P<area>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s+(?i:township|tsp))))?"
)
#: a question of what happened on a date, naming no place: "What happened on 27 August 2017?"
_WHAT_HAPPENED_WHEN = re.compile(
    r"^(?:(?i:and|so)\s+)?(?i:what)\s+happened\s+(?:on|in)\s+[^?]{1,30}\?$"
    # (or "Tell me about the 15th of May.")
    r"|^(?:(?i:and|so|ok|okay),?\s+)?(?i:tell\s+(?:me|us)\s+about)\s+(?:the\s+)?(?=[^?.]*(?:\d|(?i:january"
    r"|february|march|april|may|june|july|august|september|october|november|december)))[^?.]{1,30}[.?]$"
)
#: an answer of a ward, then the town it is in: "Bu Tar (South) ward. In Phyu, Bago Region."
#: a ward named in an answer, by its number or its name: "No. 4 ward", "Bu Tar (South) ward"
_WARD_NAME = (
    r"(?P<ward>(?:No\.?\s*\(?\d+\)?|[A-Z][\w'’-]*(?:\s+[A-Z(][\w'’()-]*){0,3})\s+(?i:ward|quarter))"
)
#: a town named in an answer
_TOWN_NAME = r"(?P<town>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})"
_WARD_THEN_TOWN = re.compile(rf"^{_WARD_NAME}\.\s+(?:In|At)\s+{_TOWN_NAME}(?=[.,]|$)")
#: the side of a place in MIMU's names: "Gway Tauk Kone (|West|)"
_SIDE = r"(?:East|West|North|South|Upper|Lower|Middle)"
#: a question of the township of a place it names: "And | Nabetnge| is in which township?",
#: "Sorry, | Kyar Ti Len|... which township?"
_WHICH_TOWNSHIP_OF = re.compile(
    r"^(?:(?i:and|so|sorry|ok|okay|for\s+the\s+record),?\s+)?"
    r"(?:(?i:your|the)\s+(?:home\s+)?village,\s+)?"  # ("Your village, Tha Zin - which township")
    rf"(?!(?i:and|so|in|which|what|that|this|it|the|sorry|ok|okay|now|then)\b)(?P<place>{_NAME}"
    rf"(?:\s+\({_SIDE}\))?(?:\s+(?:village|town))?)"  # (or a side: "Pe Pyit Taw (East)")
    # (spelt again between dashes: "Telu — | Te Lu| — in which township?")
    rf"(?:\s*[—–]\s*(?P<respelt>{_NAME})\s*[—–])?"
    # (or asked back first: "Hla Taw? Which township, sorry?")
    r"\s*(?:\.{2,}|…|,|\?|\s[-–—])?\s*(?:is\s+in\s+|is\s+|in\s+)?(?i:which|what)\s+township"
    r"(?:\s+is\s+(?:that|it)(?:\s+in)?)?(?:,\s*(?i:sorry|please))?\s*\?$"
    # (or "Where is | Dawpa-pa|?", answered by its township)
    r"|^(?:(?i:and|so),?\s+)?(?i:where)\s+is\s+"
    r"(?P<place_where>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,5}(?:\s+(?:village|town))?)\s*\?"
    r"(?:\s+[A-Z][^?]{0,40}\.)?$"  # (and why asked: "Where is V? There are a few.")
    # (or "Htan Ta Pin is where exactly?")
    rf"|^(?P<place_is>{_NAME}(?:\s+(?:village|town))?)\s+is\s+where"
    r"(?:\s+exactly)?\s*\?$"
    # (or "Which township is | Khuangkhan| in?")
    r"|^(?:(?i:and|so),?\s+)?(?:(?i:in)\s+)?(?i:which|what)\s+township\s+is\s+"
    rf"(?P<place_in>{_NAME}(?:\s+(?:village|town))?)(?:\s+in)?\s*\?$"  # ("In which township is V?")
    # (or "| Oke Shit Kone| is in...?", "Which | Kan Gyi Kone|? There are many.")
    rf"|^(?P<place_in_what>{_NAME})\s+is\s+in\s*(?:\.{{2,}}|…)\s*\?$"
    r"|^(?:(?i:and|so),?\s+)?(?i:which)\s+(?!(?i:village|town|township|ward|tract|one)\b)"
    rf"(?P<place_which>{_NAME})\s*\?"
    # (or said back, to have namesakes: "You said |Nyaung Waing|. There are three of them in T.")
    rf"|^(?:(?i:you\s+said|so),?\s+)(?P<place_back>{_NAME})\.\s+There\s+are\s+(?:two|three|several"
    r"|many|a\s+few)\s+(?:of\s+them\s+)?in\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?"
    r"(?:\s+(?i:township))?\s*\.$"
    # (or said to have namesakes: "|Ho Hko|, there are many Ho Hko villages.")
    rf"|^(?P<place_many>{_NAME}),\s+there\s+are\s+(?:many|several|a\s+few|two|three)\s+"
    r"[^.?]{0,40}?(?:villages|of\s+them)\b[^?]*[.?]$"
    # (or the name said back first: "Okay. |Tharkyin|. Which township is that?")
    r"|^(?:(?i:ok|okay|so|right|and)[.,]?\s+)?"
    r"(?!(?i:and|so|in|which|what|that|this|it|the|sorry|ok|okay|now|then|right)\b)"
    rf"(?P<place_said>{_NAME})\.\s+(?i:which|what)\s+township\s+is\s+(?:that|it)\s*\?$"
)
#: the township a question says a place's namesakes are in: "Which V? There are two in |Paung|."
_NAMESAKES_IN = re.compile(
    r"[?.]\s+There\s+are\s+(?:two|three|several|many|a\s+few)\s+(?:of\s+them\s+)?in\s+"
    r"(?P<township>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)(?:\s+(?i:township))?\s*[.?]?$"
)
#: a township's name and its region, answering which of two it is: "Minhla in Bago Region"
_NAME_IN_REGION = re.compile(
    rf"^(?P<name>{_NAME})\s+in\s+(?P<region>{_NAME}\s+(?:Region|State|Division))\b"
)
#: a question of which of a name's namesakes: "Which Minhla? Magway or Bago?"
_WHICH_NAMESAKE = re.compile(rf"^(?i:which)\s+{_NAME}\?")
#: the one of namesakes near a town, before its areas: "|The one near Kyeintali, |in W tract"
_ONE_NEAR_TOWN = re.compile(r"^The\s+one\s+near\s+[A-Z][\w'’ -]{1,30}?,\s+(?=in\s)")
#: a township named after a village tract: "W village tract|, Gwa township|"
_TOWNSHIP_AFTER_TRACT = re.compile(rf"\btract,\s+(?P<township>{_NAME}\s+(?i:township|tsp))\b")
#: the union territory's names, an area no township is named after
_UNION_TERRITORY_NAMES = frozenset({"Nay Pyi Taw", "Naypyitaw", "Naypyidaw", "Nay Pyi Daw"})
#: a question naming a place in a township, to confirm: "Man Nyar in Kutkai?", "Kyauk Su in Mese
#: Township?"
_PLACE_IN_TOWNSHIP_ASKED = re.compile(
    # (or "Is V in W village tract?")
    r"^(?:(?i:is)\s+)?(?!(?:This|That|It|Which|What|Where)\b)"
    rf"(?P<place>{_NAME}(?:\s+(?:village|town))?)"
    # (or asked again: "Pauk Sein? In Ngazun?", or "Myo Lu Lin, that is in Myothit?")
    r"(?:,?\s+in|,|\s+is\s+in|[?.]\s+[Ii]n|,\s+(?:that|this|it)(?:\s+is|['’]s)\s+in"
    r"|,\s+is\s+(?:it|that|this)\s+in)\s+"  # (or "Telu village, is it in Ywangan township?")
    r"(?P<area>[A-Z][\w'’-]*(?:\s+(?!(?:Region|State|Division)\b)[A-Z][\w'’-]*){0,2})"
    r"(?:\s+(?i:township|tsp)|\s+(?P<tract>(?i:village\s+tract|tract)))?\s*\?$"
)
#: an answer naming the area asked of, then yes: "Kyaukse township, yes, west of Kyaukse town"
_AREA_THEN_YES = re.compile(
    r"^[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?(?:\s+(?i:township|tsp))?,?\s+(?i:yes|yeah)\b"
)
#: an answer opening with a distance: "About ten miles southeast."
_DISTANCE_FIRST = re.compile(
    r"^(?i:about|around|some|roughly|nearly|\d)"
    # (or a side of a town: "South of Bago, around 22 km.")
    r"|^(?i:north|south|east|west)(?i:ern)?(?:[\s-]?(?i:east|west))?\s+(?i:of)\s"
)
#: a place said first, then taken back: "| Near Ka Mar Tar... no, sorry. |It was in Kyaik Tha Le."
_SELF_CORRECTED = re.compile(
    r"^[^.!?]*?(?:\.{2,}|…|,|\s?[—–]+|\s-+)\s*(?i:no,?\s+sorry|no,?\s+wait|sorry,?\s+no|no,?\s+no"
    r"|I\s+mean|sorry,?\s+I\s+mean)[.,!]?\s+"
    # (and the place taken back, again: "In A... No, sorry, | not A. |A is where we ran to")
    r"(?:(?i:not)\s+[^.!?]{1,60}[.!?]\s+)?(?=\S)"
)
#: an answer's "also" before the area: "| Also | Taze."
_ALSO = re.compile(r"^(?i:also|it's\s+also|that's\s+also|same(?:\s+township)?,?)\s+")
#: a village tract an answer names after the village: "Kanu. | In Kyet Hpa Net tract|, Kale
#: Township."
_TRACT_IN_ANSWER = re.compile(rf"\b(?:[Ii]n\s+)?(?P<tract>{_NAME})\s+(?:village\s+)?tract\b")
#: a question of which village tract: "Which village tract?"
_WHICH_TRACT = re.compile(
    r"^(?:(?i:and|in)\s+)?(?:(?i:which|what)\s+village|(?i:village))[\s-]+tract\b[^?]*\?$"
)
#: a question of which tract a place named is in, and the township the question names: "|Man
#: Kan|, which village tract? There are two Man Kan in |Namhsan|."
_WHICH_TRACT_OF = re.compile(
    r"^(?!(?:In|And|So|Or|The|Then|Now|OK|Okay)\b)"
    rf"(?P<place>{_NAME})"
    # (or read back with its township first: "V village in T township. Which tract? There are
    # two.")
    rf"(?:\s+village\s+in\s+(?P<read_back>{_NAME})\s+(?i:township)\.|,?)"
    r"\s+(?i:which|what)\s+(?:village\s+)?tract\?"
    r"(?:\s+[^?]*?\bin\s+(?P<area>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)\s*[.?])?"
)
#: a turn opening with a question: "Which Kan Gyi Kone?| There are many."
_QUESTION_FIRST = re.compile(r"(?i:which|where|what)\b[^.!?\n]*\?\s+[A-Z][^?]{0,60}$")
#: a village tract said by its name after the words: "The village tract is | War Taw Ma|."
_TRACT_IS = re.compile(
    r"(?:\b[Vv]illage\s+tract\s+is\s+"
    # (or in a sentence of its own, after the township: "In Ingapu township, |Pein Hne Kwin|
    # village tract.", "Lewe. |Thit Poke Pin| village tract.")
    r"|(?:^|(?<=[.!?]\s))(?:In\s+)?"
    r"(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\s+(?i:township|tsp),\s+)?"
    rf"(?={_NAME}\s+village\s+tract(?:\.|$)))(?P<tract>{_NAME})"
)
#: an answer telling which of namesakes by its tract: "The one in |Yone Pin Kone| village tract"
_THE_ONE_IN = re.compile(
    rf"^(?:(?:[Oo]urs\s+is\s+)?[Tt]he\s+one\s+)?in\s+(?P<tract>{_NAME})\s+village\s+tract\b"
)
#: a question saying where it was, then asking its tract: "So the strike was at | Tha Pyay Kone|.
#: Which village tract?"
_IT_WAS_AT_THEN_ASKED = re.compile(
    r"^(?:(?i:so|ok|okay),?\s+)?(?:the\s+|this\s+|it\s+)?[\w\s]{0,20}?\b(?:was|happened)\s+(?:at|in)\s+"
    rf"(?P<place>{_NAME})\.\s+(?i:which|what)\s+village\s+tract\?$"
)
#: an answer repeating the name asked of, then its area: "|Tha Le Kone|? It's |Patheingyi|."
_NAME_ECHOED = re.compile(
    r"^(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,4})\?\s+(?:(?:It's|It\s+is|That's|That\s+is)"
    r"\s+(?:in\s+)?)?(?P<area>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}?(?:\s+[Tt]ownship)?)\s*[.,]"
)
#: the kind of place said before its name, trailing off: "|the village... |um, Ah Kyee Yar."
_THE_VILLAGE_SAID_FIRST = re.compile(r"^(?i:the\s+(?:village|place))(?:\.{2,}|…|,)\s*")


def _latin_of(answer: str) -> str:
    """An answer in Burmese letters with its name in Latin ones, as the Latin name: "ဟိုခို
    (Ho Hko).": "Ho Hko."; "ကွတ်ခိုင်မြို့နယ် - Kutkai.": "Kutkai."; ``answer`` itself otherwise."""
    if not answer[:1] or not _BURMESE.match(answer):
        return answer
    latin = _LATIN_AFTER_BURMESE.match(answer)
    return f"{(latin['latin'] or latin['dashed']).strip()}{latin['rest']}" if latin else answer


#: a Burmese name, then its Latin spelling in brackets or after a dash: "ဟိုခို |(Ho Hko)|."
_LATIN_AFTER_BURMESE = re.compile(
    r"^[\u1000-\u109f\s]+(?:\((?P<latin>[A-Z][^()]*)\)|[-–—:]\s*(?P<dashed>[A-Z][^.!?]*))"
    r"(?P<rest>.*)$",
    re.DOTALL,
)
#: the place asked for first, not as a question: "Let's start with the place."
_START_WITH_THE_PLACE = re.compile(
    r"^(?:(?i:ok|okay|so),?\s+)?(?i:let['’]s\s+start\s+with\s+the\s+(?:place|location|village))\.?$"
)
#: what kind of village it is, said before its name: "|a small village, |Lel Wun Kone."
_A_KIND_OF_VILLAGE = re.compile(
    r"^(?:(?i:it['’]s|it\s+is)\s+)?(?i:an?)\s+(?:[a-z]+\s+){0,2}village,?\s+(?=[A-Z])"
)
#: a thing at a place, said before the place's name: "At |the bridge at the entrance of |Kin
#: Pun Kan.", "At |the water tank of |Nyaung Pin Kone."
_THING_AT_THE_PLACE = re.compile(
    r"^(?i:the|a|an|my|our|his|her|their)\s+(?:[a-z][\w'’-]*\s+){1,6}?"
    r"(?:of|in|at|near|outside|beside|behind)\s+(?=[A-Z])"
)
#: a question of a name alone: "What is the name?", "The name?"
_THE_NAME_ASKED = re.compile(
    r"^(?:(?i:and|so),?\s+)?(?:(?i:what)(?:\s+is|['’]s)\s+)?(?i:the|its)\s+name\?$"
)
#: the speaker's own village, ending an answer's first sentence: "At the monastery|, in our
#: village.|"
_IN_OUR_VILLAGE_LAST = re.compile(r",?\s+(?i:in|at)\s+(?:our|my)\s+(?:own\s+)?village\s*[.!]?$")
#: an answer of the speaker's own village alone: "In my village."
_OWN_VILLAGE_ANSWER = re.compile(r"^(?:(?i:in|at)\s+)?(?i:my|our)\s+(?:own\s+)?village\s*[.!]?$")
#: an answer of the speaker's own village: "In my village."
_YOUR_OWN_VILLAGE = re.compile(r"\b(?i:my|our)\s+(?:own\s+)?village\b")
#: an answer of a township by its name, then how far the place is from its town: "yes, |Mongping|,
#: it's about 10 km northeast of Mongping town."
_NAME_THEN_DISTANCE = re.compile(
    r"^(?:(?i:yes|uh|um|well|you\s+know),?\s+)?(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}),\s+"
    r"(?:it['’]s|it\s+is)\s+(?:about\s+|around\s+)?\d"
)
#: a question of where the place just named is: "Where is that?"
_WHERE_IS_THAT = re.compile(
    r"^(?:(?i:and|so|ok|okay),?\s+)?(?i:where\s+is\s+(?:that|it|this))\s*\?$"
)
#: the mark after a filler word: "Um|...| V", "OK|.| That day"
_FILLER_MARK = r"(?:\.{2,}|…|[.,!])"
#: an answer's word for the speaker's own village, before its name: "| Ours.| Par San."
_OURS = re.compile(
    # (not a name's first word: "Um, | Ah Maw.")
    rf"^(?:(?i:ours|our\s+village|my\s+village|mine|um|uh|er|hmm|yes|yeah|ok|okay){_FILLER_MARK}?\s+"
    rf"|(?i:ah|oh){_FILLER_MARK}\s+)+"
)
#: an answer of a town, then the ward in it: "In Zigon. No. 4 ward."
_TOWN_THEN_WARD = re.compile(rf"^(?:In\s+|At\s+)?{_TOWN_NAME}\.\s+{_WARD_NAME}\.?$")


#: where the speaker is from, in the brackets of their label: "RESPONDENT (male, 53, | Nyaung
#: Nyo Taw, Myaing township| in Magway Division)", "(male, 37, | Saw, Magwe Region|)"
_HOME_IN_LABEL = re.compile(
    r"\((?:[^(),]*\d[^(),]*,\s*|(?i:male|female|man|woman|farmer|teacher|trader)\s*,\s*){1,3}"
    rf"(?P<place>{_NAME}),\s+"
    r"(?P<area>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\s+(?i:township|tsp|region|state|division))"
)


def _answer_of_which_it_was(said: list[tuple[str, str]]) -> str | None:
    """The place an answer names, short, to a question of which place it was ("Q: Which village
    was this? A: Yae San." after an account that named where the village head was taken),
    with the village tract a later answer names; else None.

    Each question is tried against ``_QUESTION_SHAPES`` in turn: a shape gives None when the
    question is not of its shape, "" when it is but its answer names no place (the search
    stops there), else the place."""
    for index, (label, _) in enumerate(said):
        if label not in _QUESTIONER:
            continue
        for shape in _QUESTION_SHAPES:
            if (told := shape(said, index)) is not None:
                return told or None
    return None


def _next_answer(said: list[tuple[str, str]], index: int) -> str:
    """The words of the turn after ``index``, stripped ("" after the last turn)."""
    return said[index + 1][1].strip() if index + 1 < len(said) else ""


def _respelling_confirmed(said: list[tuple[str, str]], index: int) -> str | None:
    """An earlier answer's sentence naming a place, with the spelling a question asks to be the
    same said yes to ("They were killed in Godinn village, T township. -- Godinn — is it the
    same as Gawt Inn? -- Yes, same village.": "... in Gawt Inn village, T township")."""
    asked = _SAME_AS_ASKED.match(said[index][1])
    if asked is None or not _YES.match(_next_answer(said, index)):
        return None
    spelt = re.compile(rf"\b{re.escape(asked['spelt'])}\b")
    earlier = (
        sentence
        for label, words in said[:index]
        if label not in _QUESTIONER
        for sentence in _places_told(words)[1]
        if spelt.search(sentence)
    )
    told = next(earlier, None)
    return spelt.sub(asked["same"], told).rstrip(".") if told else None


#: a question whether a spelling is the same place as another: "|Godinn| — is it the same as
#: |Gawt Inn|?"
_SAME_AS_ASKED = re.compile(
    rf"^(?P<spelt>{_NAME})\s*(?:[—–-]+|,)\s*(?i:is\s+(?:it|that|this)\s+(?:the\s+)?same\s+as"
    rf"|same\s+as)\s+(?P<same>{_NAME})\s*\?$"
)


def _place_confirmed(said: list[tuple[str, str]], index: int) -> str | None:
    """The place a question asks to confirm, said yes to ("... happened in V village, T
    township? -- Yes")."""
    words = said[index][1]
    if (
        (confirmed := _PLACE_TO_CONFIRM.search(words))
        and index + 1 < len(said)
        and _YES.match(said[index + 1][1])
    ):
        # ("... happened in V village, T township? -- Yes", "So just to confirm, this was V
        # village, W village tract, T Township, on 7/11/2021? -- Yes, that's right.")
        return (
            confirmed["place"]
            or confirmed["confirmed"]
            or confirmed["read_back"]
            or confirmed["read_out"]
            or confirmed["written"]
        )
    return None


def _tract_of_place_said(said: list[tuple[str, str]], index: int) -> str | None:
    """The place a question says it was at, in the tract it asks ("So the strike was at V.
    Which village tract? -- W tract. T Township.")."""
    words = said[index][1]
    if (
        (said_at := _IT_WAS_AT_THEN_ASKED.match(words))
        and index + 1 < len(said)
        and said[index + 1][0] not in _QUESTIONER
        and (tract := _tract_told_later(said[index:]))
    ):
        # ("Facilitator: So the strike was at Tha Pyay Kone. Which village tract? -- B: Tha
        # Pyay Kone tract, same name. Pyinoolwin Township.")
        area = _area_told_later(said[index + 1 :])
        told = f"{said_at['place']} village, {tract}"
        return f"{told}, {area}" if area else told
    return None


def _name_echoed_with_township(said: list[tuple[str, str]], index: int) -> str | None:
    """The name an answer echoes, in the township it gives ("Sorry, the last village, which
    township is that? -- V? It's T.")."""
    words = said[index][1]
    if (
        "township" in words.lower()
        and index + 1 < len(said)
        and (echoed := _NAME_ECHOED.match(said[index + 1][1].strip()))
    ):
        # ("Sorry, the last village, which township is that? -- Tha Le Kone? It's
        # Patheingyi.")
        area = echoed["area"]
        area = area if _KIND_LAST.search(area) else f"{area} Township"
        return f"{echoed['name']} village, {area}"
    return None


def _where_that_is(said: list[tuple[str, str]], index: int) -> str | None:
    """A name answered alone, in the township the answer to "Where is that?" gives ("V. --
    Where is that? -- It's in T Township ...")."""
    words = said[index][1]
    if (
        _WHERE_IS_THAT.match(words)
        and 0 < index < len(said) - 1
        and said[index - 1][0] not in _QUESTIONER
        # (or the place the answer's last sentence says they came to: "Yes, from Nansang base.
        # They came to Wan Tawng Au. -- Where is that? -- Met Mon Mun village tract, ...")
        and (
            name := _BARE_NAME.match(said[index - 1][1].strip())
            or _CAME_TO_LAST.search(said[index - 1][1].strip())
        )
        and (area := _TOWNSHIP_NAMED.search(said[index + 1][1]))
    ):
        # ("RESPONDENT: Pang Nawng. -- Where is that? -- It's in Mongkaing Township, about
        # 30 km north-east of the town."; "... The village tract is W.": V village, W)
        if tract := _TRACT_IS.search(said[index + 1][1]) or _TRACT_IN_ANSWER.search(
            said[index + 1][1]
        ):
            return f"{name['name']} village, {tract['tract']} village tract, {area.group()}"
        return f"{name['name']}, {area.group()}"
    return None


#: the place an answer's last sentence says they came or went to: "They came to |Wan Tawng Au|."
_CAME_TO_LAST = re.compile(
    rf"(?:^|(?<=[.!]\s))(?:They|We|The\s+\w+)\s+(?:came|went|moved|marched)\s+(?:in)?to\s+"
    rf"(?P<name>{_NAME})\.?$"
)


def _tract_of_name_asked(said: list[tuple[str, str]], index: int) -> str | None:
    """The name a question asks the tract of, in the tract answered ("Man Kan, which village
    tract? There are two Man Kan in Namhsan. -- W village tract.")."""
    words = said[index][1]
    if (
        (asked := _WHICH_TRACT_OF.match(words))
        and index + 1 < len(said)
        and said[index + 1][0] not in _QUESTIONER
    ):
        # ("Man Kan, which village tract? There are two Man Kan in Namhsan. -- Kun Hei
        # village tract. Southwest of Namhsan town, 10 km.")
        tract = _FIRST_SENTENCE.match(said[index + 1][1]).group().strip(" .")
        told = f"{asked['place']} village, {tract}"
        if not _TRACT_IN_ANSWER.search(tract):
            told = f"{told} village tract"
        area = _area_told_later(said[index + 1 :]) or (
            f"{asked['area'] or asked['read_back']} Township"
            if asked["area"] or asked["read_back"]
            else None
        )
        return f"{told}, {area}" if area else told
    return None


def _name_confirmed(said: list[tuple[str, str]], index: int) -> str | None:
    """A name said yes to, in the township told ("Htauk Shar Tan (East)? -- Yes. Myothit
    Township.")."""
    words = said[index][1]
    if (
        (named := _NAME_TO_CONFIRM.match(words))
        and index + 1 < len(said)
        and _YES.match(said[index + 1][1])
    ):
        # ("In Htauk Shar Tan, the east village. -- Htauk Shar Tan (East)? -- Yes. Myothit
        # Township, Magway Region.": the name confirmed, in the township told)
        if _township_respelt(named["name"], said[:index]):
            return ""  # ("V village, Twantay township. -- Twante? -- Yes, Twante.": no place)
        area = _area_told_later(said[index + 1 :])
        return f"{named['name']}, {area}" if area else named["name"]
    return None


def _township_respelt(name: str, before: list[tuple[str, str]]) -> bool:
    """Whether ``name`` is another spelling of a township an earlier answer named ("Twante" of
    "Twantay township", "Zeyathiri" of "Zay Yar Thi Ri Township")."""
    letters = name.lower().replace(" ", "")
    return any(
        fuzz.ratio(letters, township.lower().replace(" ", "")) >= _RESPELT_RATIO
        for who, words in before
        if who not in _QUESTIONER
        for township in _TOWNSHIP_NAME.findall(words)
    )


#: how alike two spellings of a township's name are (rapidfuzz's ratio of their letters)
_RESPELT_RATIO = 70
#: a township's name before its kind word: "|Zay Yar Thi Ri| Township"
_TOWNSHIP_NAME = re.compile(rf"({_NAME})\s+(?i:township|tsp)\b")


def _home_village_struck(said: list[tuple[str, str]], index: int) -> str | None:
    """The speaker's village, when what happened there is asked or told next ("Where is your
    village? -- V. It's ... in T Township. -- And what happened there?")."""
    words = said[index][1]
    if (
        _WHERE_IS_YOUR_VILLAGE.match(words)
        and index + 2 < len(said)
        and (
            _asked_what_happened_there(said[index + 2 :])
            or _village_struck_later(said[index + 2 :])
        )
        # (after "In": "In Aung Chan Thar village.")
        and (answer := _IN_FIRST.sub("", said[index + 1][1].strip()))
        and (home := _VILLAGE_THEN_WHERE_IT_LIES.match(answer))
    ):
        # ("Where is your village? -- V. It's about 4 km southeast of W, in T Township. --
        # And what happened there on 6/9/2023?"; "What is the name of your village? -- V.
        # -- That is in T Township? -- Yes. -- Tell me about what happened. -- ... soldiers
        # entered the village.")
        where = (
            home["where"]
            or home["area"]
            or home["area_after"]
            or _area_told_later(said[index + 2 :])
            or _distance_told_later(said[index + 2 :])
        )
        place = home["place"]
        if tract := _TRACT_IN_ANSWER.search(said[index + 1][1]):
            place = f"{place}, {tract['tract']} village tract"
        elif tract := _tract_told_later(said[index + 2 :]):
            place = f"{place}, {tract}"  # ("-- Village tract? -- Ho Nawng.")
        return f"{place}, {where}" if where else place
    return None


def _burmese_township_of_village(said: list[tuple[str, str]], index: int) -> str | None:
    """A Burmese village, in the township answered ("Vရွာက ဘယ်မြို့နယ်ထဲမှာလဲ။ --
    Tမြို့နယ်ပါ။")."""
    words = said[index][1]
    if (
        "ဘယ်မြို့နယ်" in words
        and index + 1 < len(said)
        and (asked := _MM_WHICH_TOWNSHIP_OF.match(words))
        and (township := _BURMESE_ANSWER_CLOSE.sub("", said[index + 1][1].split("။")[0]))
        .strip()
        .endswith("မြို့နယ်")
    ):
        # ("ကြိုက်သလဲရွာက ဘယ်မြို့နယ်ထဲမှာလဲ။ -- တွံတေးမြို့နယ်ပါ။": V village is in which
        # township? -- T township)
        return f"{asked['village']}၊ {township.strip()}"
    return None


def _burmese_village_asked(said: list[tuple[str, str]], index: int) -> str | None:
    """The village a Burmese answer names to "ဘယ်ရွာမှာလဲ။" (which village?), in the
    township told."""
    words = said[index][1]
    if ("ဘယ်ရွာ" in words or "ရွာနာမည်" in words) and index + 1 < len(said):
        # ("ဘယ်ရွာမှာလဲ။" which village?, "ရွာနာမည်က ဘာလဲ။" what is the village called?)
        return _burmese_answer_of_which_village(said[index + 1 :]) or ""
    return None


def _township_of_place_asked(said: list[tuple[str, str]], index: int) -> str | None:
    """The place a question asks the township of, in the township answered ("And V is in
    which township? -- Also Taze.")."""
    words = said[index][1]
    answer = _next_answer(said, index)
    if (asked := _WHICH_TOWNSHIP_OF.match(words)) and answer and not _DENIAL.match(answer):
        if (
            asked["place_which"]
            and _NAME_IN_REGION.match(answer)
            and any(
                label in _QUESTIONER and _WHICH_PLACE_WAS_IT.match(later)
                for label, later in said[index + 2 :]
            )
        ):
            # (which of two townships, the village asked next: "Which Minhla? Magway or Bago?
            # -- Minhla in Bago Region. -- And the village? -- V.")
            return None
        # ("And V is in which township? -- Also Taze.", "Sorry, V... which township? --
        # Laukkaing. Shan State.": V, in that township)
        # (or near a town first: "The one near Kyeintali, in W village tract, T township.")
        # (after a yes: "You said V. There are two in T. -- Yes. Ours is in W village tract.")
        answer = _ONE_NEAR_TOWN.sub("The one ", _AH_YES_FIRST.sub("", answer) or answer)
        area = (
            _FIRST_SENTENCE.match(_ALSO.sub("", _FILLER_FIRST.sub("", answer))).group().strip(" .")
        )
        place = (
            asked["respelt"]
            or asked["place"]
            or asked["place_in"]
            or asked["place_where"]
            or asked["place_is"]
            or asked["place_in_what"]
            or asked["place_which"]
            or asked["place_said"]
            or asked["place_many"]
            or asked["place_back"]
        )
        told = re.sub(r"^The\s+", "", area)
        if told.startswith(place) and _ANY_TOWNSHIP.search(told):
            # ("Which Kyi Kone? -- Kyi Kone in W village tract, T Township.", "Where is V?
            # -- The V in W village tract, T Township.")
            return told
        # ("In Saw Township", "The one in Khin-U township")
        area = re.sub(
            r"^(?:The\s+one\s+|It['’]s\s+|It\s+is\s+|This\s+is\s+|That\s+is\s+"
            r"|Ours\s+is\s+(?:the\s+one\s+)?)?(?:In|At|in|at)\s+",
            "",
            area.split(",")[0].strip(),
        )
        if tract := _TRACT_IS.search(answer):  # ("Ayadaw. The village tract is W.")
            place = f"{place}, {tract['tract']} village tract"
        elif tract := _tract_said_with(place, said[:index]):
            # ("... came into V, W (X) village tract we ran ... -- And V is in which township?")
            place = f"{place}, {tract}"
        if area.endswith("tract") and (many := _NAMESAKES_IN.search(words)):
            # ("Which V? There are two in T. -- Ours is in W village tract.")
            return f"{place}, {area}, {many['township']} Township"
        if area.endswith("tract") and (township := _TOWNSHIP_AFTER_TRACT.search(answer)):
            return (
                f"{place}, {area}, {township['township']}"  # ("..., W village tract, T township")
            )
        if _KIND_LAST.search(area) or area.split()[-1].lower() in _AREA_WORDS:
            return f"{place}, {area}"
        return f"{place}, {area} Township" if area[:1].isupper() else ""
    return None


def _tract_said_with(place: str, turns: list[tuple[str, str]]) -> str | None:
    """The village tract an answer among ``turns`` names right after ``place`` ("When they came
    into Meepauk, | Mee Pauk (Ta Loke Pin) village tract| we ran ..."); else None."""
    after = re.compile(
        rf"\b{re.escape(place)}(?:\s+village)?,\s+(?P<tract>{_NAME}(?:\s+\([^()]{{2,30}}\))?"
        r"\s+village\s+tract)\b"
    )
    for label, words in turns:
        if label not in _QUESTIONER and (said := after.search(words)):
            return said["tract"]
    return None


def _place_in_area_confirmed(said: list[tuple[str, str]], index: int) -> str | None:
    """A place asked to be in an area, said yes to ("Man Nyar in Kutkai? -- Yes, Kutkai
    Township.")."""
    words = said[index][1]
    answer = _next_answer(said, index)
    if (
        (asked := _PLACE_IN_TOWNSHIP_ASKED.match(words))
        and (yes := _YES.match(answer) or _AREA_THEN_YES.match(answer))
        # (not a township's state: "Khaunglanhpu in Kachin? -- Yes, Putao district.",
        # "Ottarathiri, in Nay Pyi Taw? -- Yes.")
        and asked["area"] not in STATE_SHORT_NAMES
        and asked["area"] not in _UNION_TERRITORY_NAMES
    ):
        # ("INT: Man Nyar in Kutkai? -- Yes, Kutkai Township."; "Is V in W village tract?
        # -- Yes, W tract, T Township.")
        more = _FIRST_SENTENCE.match(answer[yes.end() :].lstrip(" ,.")).group().strip(" .")
        if asked["tract"] and _ANY_TOWNSHIP.search(more):
            return f"{asked['place']}, {more}"
        if asked["tract"]:
            # (its township told before: "-- Taung Balu. Kawlin township. ... -- Taung Balu, in
            # Ohn Hmin Kone tract? -- Yes, that one.")
            # (else the one the transcript names, added by the caller)
            told = f"{asked['place']}, {asked['area']} village tract"
            area = _area_told_later(said[:index])
            return f"{told}, {area}" if area else told
        if tract := _TRACT_IN_ANSWER.search(answer):  # ("Yes, T township. W village tract.")
            return f"{asked['place']}, {tract['tract']} village tract, {asked['area']} Township"
        return f"{asked['place']}, {asked['area']} Township"
    return None


def _place_told_about(said: list[tuple[str, str]], index: int) -> str | None:
    """The place a question asks to be told about, when the answer names it with its township
    or says it is the speaker's village in a township ("Tell me about V. -- It's my village,
    west of T town, T Township. ...", "Can you tell me about V? -- V village, T Township.")."""
    asked = _TELL_ABOUT_PLACE.match(said[index][1])
    if asked is None or index + 1 >= len(said) or said[index + 1][0] in _QUESTIONER:
        return None
    answer = _FIRST_SENTENCE.match(said[index + 1][1].strip()).group().strip(" .")
    place = asked["place"]
    if answer.startswith(place) and _TOWNSHIP_NAMED.search(answer):
        return answer
    if _OWN_VILLAGE_FIRST.match(answer) and (township := _TOWNSHIP_NAMED.search(answer)):
        return f"{place} village, {township.group()}"
    return None


#: a question asking to be told about a place: "Tell me about |Za Yang Man Mai|.", "Can you
#: tell me about |Man Li|?"
_TELL_ABOUT_PLACE = re.compile(
    r"^(?:(?i:and|so|ok|okay),?\s+)?(?:(?i:can|could)\s+you\s+)?(?i:tell)\s+(?:me|us)\s+about\s+"
    rf"(?P<place>{_NAME})(?:\s+village)?\s*[.?]$"
)
#: an answer saying the place asked about is the speaker's village: "It's my village, ..."
_OWN_VILLAGE_FIRST = re.compile(
    r"^(?:(?:It['’]s|It\s+is|That['’]s|That\s+is)\s+)?(?i:my|our)\s+(?:home\s+)?village\b"
)


def _name_answered(said: list[tuple[str, str]], index: int) -> str | None:
    """The name an answer gives, short, to a question of which place it was ("Which village
    was this? -- Yae San."), with the village tract and township the turns name."""
    words = said[index][1]
    # (its last sentence: "So, um, you said the soldiers came. Which village was this?")
    sentences = re.split(r"(?<=[.!?])\s+", words)  # ("Sorry, where is this? | Your village?")
    # (its last question: "Sorry, which village? | The line is cutting.")
    last = next((x for x in reversed(sentences) if x.endswith("?")), sentences[-1])
    if not (
        _WHICH_PLACE_WAS_IT.match(last)
        or _START_WITH_THE_PLACE.match(last)  # ("Let's start with the place.")
        # (or its name, after an answer of "my village": "Where was this? -- In my village.
        # -- What is the name? -- V.")
        or (
            _THE_NAME_ASKED.match(last)
            and index > 0
            and said[index - 1][0] not in _QUESTIONER
            and _YOUR_OWN_VILLAGE.search(said[index - 1][1])
        )
        # (or of the speaker's village, after an account of what befell "the village":
        # "... shells landed inside the village. -- What is the name of your village?")
        or (
            _WHERE_IS_YOUR_VILLAGE.match(last)
            and any(
                who not in _QUESTIONER and THE_VILLAGE.search(told) for who, told in said[:index]
            )
        )
    ):
        return None
    if index + 1 >= len(said) or said[index + 1][0] in _QUESTIONER:
        return ""
    answer = _HESITATION.sub(" ", said[index + 1][1]).strip()  # ("(inaudible) V village")
    if (
        _NAME_NOT_FOUND.search(answer)
        and index + 2 < len(said)
        and said[index + 2][0] not in _QUESTIONER
    ):
        # (another speaker says it, the first at a loss: "LetPanKway... no, how do you say... --
        # Let Pan Kwayt. Write it Let Pan Kwayt.")
        answer = _HESITATION.sub(" ", said[index + 2][1]).strip()
    # (its name after "our village is": "Erm, our village is V. It is in T Township.")
    answer = _OUR_VILLAGE_IS_NAMED.sub(r"\g<name> village", answer)
    if _OWN_VILLAGE_ANSWER.match(answer) or _IN_OUR_VILLAGE_LAST.search(
        _FIRST_SENTENCE.match(answer).group()
    ):
        # ("Where was this? -- In my village. -- What is the name? -- V.", "-- At the
        # monastery, in our village. -- ... -- So that was V village, correct?")
        return None
    if (listed := _LIST_THEN_WHICH.match(answer)) and listed.group().count(",") >= 2:
        answer = answer[listed.end() :]  # ("A, B, C... It was C. C village.")
    answer = NUMBER_SIGN_STOP.sub(r"\1 ", answer)  # ("Ward No. 7, T town": one sentence)
    # ("uh... Hti Mi La Than Kyoe. Regime troops ...", "Uh... the village... um, Ah Kyee Yar.")
    answer = _FILLER_FIRST.sub("", _THE_VILLAGE_SAID_FIRST.sub("", _FILLER_FIRST.sub("", answer)))
    answer = _A_KIND_OF_VILLAGE.sub("", answer)  # ("Well, a small village, Lel Wun Kone.")
    answer = _SIZE_OF_VILLAGE.sub("", answer)  # ("Kwin Tha, it is a small village, ...")
    answer = _latin_of(answer)  # ("ဟိုခို (Ho Hko).")
    answer = _SELF_CORRECTED.sub("", _OURS.sub("", answer))
    answer = _NAME_THEN_ITS_DISTANCE.sub(r"\g<name>, ", answer)  # ("V. It's about 21 miles ...")
    if called := _DISTANCE_THEN_CALLED.search(answer):
        # ("Where? Ah. You know T? From there, um, the village is about 9 km northwest of T.
        # It's called V.")
        answer = f"{called['name']}, {called['offset']}."
    answer = _SPELT_OUT_FIRST.sub("", answer)  # ("D-A-N, Z-A-W. Dan Zaw. W village tract.")
    if written := _WRITTEN_IN_ENGLISH.search(answer):
        # ("ညောင်ငုတ္တို. In English people write "Nyaung Ngoke To", sometimes ...")
        answer = f"{written['name']}."
    answer = _ASKED_BACK_FIRST.sub("", answer)  # ("You know T? Our village, V, is 9 km south ...")
    if _DENIAL.match(answer):
        return ""
    if ward := _TOWN_THEN_WARD.match(answer) or _WARD_THEN_TOWN.match(answer):
        return f"{ward['ward']}, {ward['town']} town"
    told = _FIRST_SENTENCE.match(answer).group().strip().rstrip(".")
    if _FACILITY_ALONE.match(told) and (
        at := _AT_VILLAGE_NEXT.match(answer, _FIRST_SENTENCE.match(answer).end())
    ):
        # (the camp, then the village it is at: "Which camp? -- Ton Shan camp. At V village, T
        # Township, in Kokang.")
        told = at["place"]
    told = re.sub(
        # ("It was in V", "The incident was in V")
        r"^(?:It\s+was\s+|The\s+(?:incident|attack|fighting|raid|shelling)\s+was\s+)?"
        r"(?:(?:Only|Just|Mainly|Mostly|First|Firstly),?\s+)?"
        r"(?:(?:In|At|To|in|at|to)\s+)?",
        "",
        told,
    )
    told = _THING_AT_THE_PLACE.sub("", told)
    if side := re.search(rf"\b{re.escape(told)}\s+\({_SIDE}\)", answer):
        told = side.group()  # ("Gway Tauk Kone. The western part, Gway Tauk Kone (West), ...")
    if (
        not told[:1].isupper()
        # (a name and its areas: "V village, T Township, Kayah State", each part short)
        or any(len(part.split()) > 8 for part in told.split(","))
        or len(told.split()) > 14
        or _DISTANCE_FIRST.match(told)
    ):
        return ""  # (an account, or a distance, not a name: read as such)
    if "village" in words.lower() and (bare := _BARE_VILLAGE.match(told)):
        told = f"{bare['name']} village{told[bare.end('name') :]}"
    # ("Kanu. In Kyet Hpa Net tract, ...", or asked: "Which village in W tract? -- V.")
    if tract := _TRACT_IN_ANSWER.search(answer) or _TRACT_IN_ANSWER.search(last):
        told = f"{told}, {tract['tract']} village tract"
    # (or before: "In which village tract? -- Kat Kho. -- And the village? -- V.")
    if tract := _tract_told_later(said[index + 2 :]) or _tract_told_later(said[:index]):
        told = f"{told}, {tract}"
    elif (" tract" in last or _WHICH_VILLAGE_ASKED.search(last)) and (
        tract := _tract_answered_before(said[:index])
    ):
        told = f"{told}, {tract}"  # ("Where do you live? -- W village tract. -- Which village
        # in the tract? -- V.")
    if (
        _WARD_WORD.search(told)
        and not _TOWN_WORD.search(told)
        and (
            town := _town_told(said[:index])
            # (or the town said before the question: "Thegon, Bago Region. Which ward?")
            or ((before := _TOWN_BEFORE_WHICH_WARD.match(words)) and before["town"])
        )
    ):
        # ("Which town? -- Pauktaw town. -- Which ward? -- Ba Wun ward.")
        told = f"{told}, {town} town"
    if _TOWNSHIP_NAMED.search(told):
        return told
    # (or told before: "Yes. Det Khi Na Thi Ri Township. Ywar Ma village tract. -- Which
    # village in Ywar Ma tract? -- V.")
    area = _area_told_later(said[index + 1 :]) or _area_told_later(said[:index])
    return f"{told}, {area}" if area else told


#: the speaker's village by its name, opening an answer: "Erm, |our village is V|."
_OUR_VILLAGE_IS_NAMED = re.compile(
    rf"^(?:(?i:erm|um|uh|like|well|so|yes),?\s+)?(?i:our|my)\s+(?:home\s+)?village\s+is\s+(?P<name>{_NAME})"
    r"(?=\.|,|$)"
)
#: a camp, post or school named alone: "Ton Shan camp"
_FACILITY_ALONE = re.compile(
    rf"^{_NAME}\s+(?i:camp|outpost|post|base|monastery|school|police\s+station|checkpoint)$"
)
#: the village a sentence after it says it is at: " At V village, T Township"
_AT_VILLAGE_NEXT = re.compile(
    r"\s*(?:It['’]s\s+)?(?:[Aa]t|[Ii]n)\s+(?P<place>[A-Z][^.!?]*?\s+(?i:village|town)\b[^.!?]*)"
)
#: a ward's and a town's kind words
_WARD_WORD = re.compile(r"\b(?i:ward)\b")
_TOWN_WORD = re.compile(r"\b(?i:town)\b")
#: a town said before a question of which ward: "|Thegon|, Bago Region. Which ward?"
_TOWN_BEFORE_WHICH_WARD = re.compile(
    rf"^(?P<town>{_NAME})(?:\s+(?i:town))?(?:,\s+{_NAME}\s+(?i:region|state|division))?\.\s+"
    r"(?i:which|what)\s+(?i:ward)\s*\?$"
)
#: a question of which town, and a town's name answering it: "Which town? -- |Pauktaw| town."
_WHICH_TOWN = re.compile(r"^(?i:and\s+)?(?:(?i:in)\s+)?(?i:which|what)\s+(?i:town)\?$")
_TOWN_ANSWER = re.compile(rf"^(?:(?i:in|at)\s+)?(?P<name>{_NAME}?)(?:\s+(?i:town))?\.?$")


def _town_told(turns: list[tuple[str, str]]) -> str | None:
    """The town an answer names to a question of which town ("Which town? -- Pauktaw town."),
    else None."""
    for (asker, asked), (who, answer) in itertools.pairwise(turns):
        if (
            asker in _QUESTIONER
            and who not in _QUESTIONER
            and _WHICH_TOWN.match(asked.strip())
            and (named := _TOWN_ANSWER.match(answer.strip()))
        ):
            return named["name"]
    return None


#: the shapes of a question of which place it was, and of its answers, tried in this order
_QUESTION_SHAPES = (
    _respelling_confirmed,
    _place_confirmed,
    _tract_of_place_said,
    _name_echoed_with_township,
    _where_that_is,
    _tract_of_name_asked,
    _name_confirmed,
    _home_village_struck,
    _burmese_township_of_village,
    _burmese_village_asked,
    _township_of_place_asked,
    _place_in_area_confirmed,
    _place_told_about,
    _name_answered,
)


#: a Burmese question of a village's township: "| ကြိုက်သလဲရွာ|က ဘယ်မြို့နယ်ထဲမှာလဲ။"
_MM_WHICH_TOWNSHIP_OF = re.compile(
    rf"^(?P<village>{BURMESE_WORD_CHAR}+?(?:ကျေး)?ရွာ)(?:က|ဟာ)?\s*ဘယ်မြို့နယ်"
)
#: a name in Burmese letters alone, one word
_BURMESE_NAME = re.compile(rf"{BURMESE_WORD_CHAR}{{2,}}")
#: the words that close a Burmese answer of a place: "Vရွာ|မှာပါ။|", "Tမြို့နယ်|ပါ။|"
_BURMESE_ANSWER_CLOSE = re.compile(r"(?:မှာ|မှ|ကို|ထဲမှာ)?(?:ပါ|ပေါ့)?[။\s.]*$")


def _burmese_answer_of_which_village(turns: list[tuple[str, str]]) -> str | None:
    """The village a Burmese answer names to "ဘယ်ရွာမှာလဲ" (which village?), with the
    township a later answer names to "ဘယ်မြို့နယ်လဲ" (which township?), as a Burmese address
    ("Vရွာ၊ Tမြို့နယ်"); None when the answer is no village's name."""
    # (without a romanisation in brackets: "ကျော်လှရွာ (Kyaw Hla).")
    turns = [(label, _LATIN_GLOSS.sub("", words)) for label, words in turns]
    first, _, rest = turns[0][1].strip().partition("။")
    village = _BURMESE_ANSWER_CLOSE.sub("", first.strip()).replace(" ရွာ", "ရွာ").strip()
    if _BURMESE_NAME.fullmatch(village) and not village.endswith("ရွာ"):
        village += "ရွာ"  # ("တောင်ဇင်း ပါ။": the name alone, asked the village's name)
    if turns[0][0] in _QUESTIONER or not village.endswith("ရွာ") or " " in village.strip():
        return None
    township = _BURMESE_ANSWER_CLOSE.sub("", rest.strip().removesuffix("ထဲမှာ")).strip()
    if township.endswith("မြို့နယ်") and " " not in township:
        return f"{village}၊ {township}"  # ("... ပါ။ မိုးညိုမြို့နယ်ထဲမှာ။": in the same answer)
    for asked, (who, answer) in itertools.pairwise(turns[1:]):
        if (
            asked[0] in _QUESTIONER
            and who not in _QUESTIONER
            and ("ဘယ်မြို့နယ်" in asked[1] or "township" in asked[1].lower())
        ):
            township = _BURMESE_ANSWER_CLOSE.sub("", answer.strip())
            if township.endswith("မြို့နယ်") and " " not in township:
                return f"{village}၊ {township}"
    return village


def _burmese_tract_told(turns: list[tuple[str, str]]) -> str | None:
    """The village tract an answer among ``turns`` names in Burmese, alone ("လွှစင်
    ကျေးရွာအုပ်စု။"); else None."""
    for who, answer in turns:
        tract = _BURMESE_ANSWER_CLOSE.sub("", answer.strip()).replace(" ကျေးရွာအုပ်စု", "ကျေးရွာအုပ်စု")
        if who not in _QUESTIONER and tract.endswith("ကျေးရွာအုပ်စု") and " " not in tract:
            return tract
    return None


def _home_struck_later(said: list[tuple[str, str]]) -> str | None:
    """Where the speaker says they live, when a later answer tells what was done in "our
    village" ("A: My name is U Aye, I live in V village, T Township. -- What did you see? --
    On November 27, in our village, there was fighting ...") or answers what happened in
    their village ("My home village is V, T township. -- What happened in your village? --
    The PDF attacked the police station in the village."); else None."""
    for index, (label, words) in enumerate(said):
        if label in _QUESTIONER or not (found := _HOME_ANSWERED.match(words.strip())):
            continue
        home = {
            "place": found["place"] or found["from"],
            "area": found["area"],
            "town": found["town"],
        }
        later = said[index + 1 :]
        if any(
            who not in _QUESTIONER
            and (_DEED.search(w) or _STEPPED_ON_A_MINE.search(w))
            and (
                _IN_OUR_VILLAGE.search(w)
                # (or "the village", naming no place: "I'm from V. It's in T. -- ... They
                # shelled the village with heavy weapons from their camp.")
                or (home["town"] and THE_VILLAGE.search(w) and not _places_told(w)[1])
            )
            for who, w in later
        ) or any(
            asked[0] in _QUESTIONER
            and _WHAT_HAPPENED_IN_YOUR_VILLAGE.match(asked[1])
            and answer[0] not in _QUESTIONER
            and _DEED.search(answer[1])
            for asked, answer in itertools.pairwise(later)
        ):
            if home["town"]:
                return f"{home['place']}, {home['town']} Township"
            return f"{home['place']}{home['area'] or ''}"
        return None
    return None


#: an answer of where the speaker lives, perhaps after their name: "My name is Ko Hla, I live in
#: |Thit Kyin Gyi village, Ayadaw T/S|, Sagaing Region."
_HOME_ANSWERED = re.compile(
    r"^(?:My\s+name\s+is\s+[^,.]{1,40},\s+)?(?:(?:I|We)\s+live\s+in"
    r"|(?:My|Our)\s+(?:home\s+)?village\s+is)\s+"  # (or "My home village is V, ...")
    rf"(?P<place>{_NAME}(?:\s+village)?)"
    # (and its tract: "..., in W village tract, Letpadan township.")
    rf"(?P<area>(?:,\s+in\s+{_NAME}\s+village\s+tract)?"
    rf"(?:,|\s+in)\s+{_NAME}\s+(?i:township|tsp|twp|t/s))?[.,]"
    # (or where the speaker is from, then its township's town: "I'm from V. It's in T, S
    # Region.")
    rf"|^(?:(?i:uh|um|well),?\s+)?(?:I['’]m|I\s+am|We\s+are|We['’]re)\s+from\s+"
    # (its name's later words perhaps in lower case, as MIMU spells some: "Daw Ta naw")
    r"(?P<from>[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,3})\.\s+(?:It['’]s|It\s+is)\s+in\s+"
    rf"(?P<town>{_NAME})"
    r"(?:,\s+[A-Z][^.]{1,30}?\s+(?:Region|State))?\.?$"  # (or "Karenni (Kayah) State")
)
#: a question of what happened in the speaker's village: "What happened in your village?"
_WHAT_HAPPENED_IN_YOUR_VILLAGE = re.compile(
    r"^(?:(?i:and|so),?\s+)?(?i:what)\s+happened\s+(?:in|to|at)\s+(?i:your)\s+(?:home\s+)?"
    r"village\b[^?]*\?$"
)
#: what was done in the speaker's village: "in our village, there was fighting"
_IN_OUR_VILLAGE = re.compile(
    r"(?<!\b[Nn]ot\s)\b(?:in|into|to|on|at)\s+(?:our|my)\s+village\b"  # (not "Not in our village")
)


def _what_happened_at(said: list[tuple[str, str]]) -> str | None:
    """The place a question asks what happened at ("What happened in V on July 6?", "What
    happened to V?"), with the township a turn names, when the answer does not deny it; else
    None. The answer may name where the shells came from: "The army shelled it from their camp
    near W" is no place of its own."""
    for index, (label, words) in enumerate(said):
        if label not in _QUESTIONER or not (asked := _WHAT_HAPPENED_AT.match(words)):
            continue
        answer = said[index + 1][1] if index + 1 < len(said) else ""
        if _DENIAL.match(answer):
            return None
        area = _area_told_later(said[index + 1 :]) or _area_told_later(said[:index])
        return f"{asked['place']}, {area}" if area else asked["place"]
    return None


#: a question of what happened at a place it names: "What happened in | V| on 2023-07-17?"
_WHAT_HAPPENED_AT = re.compile(
    r"^(?:(?i:and|so)\s+)?(?i:what)\s+happened\s+(?:in|to|at)\s+"
    rf"(?!{WHEN_NAMES}\b)"  # (not "So what happened in February?")
    rf"(?P<place>{_NAME}(?:\s+(?i:village|town))?)"
    r"(?:\s+(?:on|in|that)\s+[^?]{1,30})?\s*\?$"
)
#: an answer that says it was not there: "No, ...", "Not in V ..."
_DENIAL = re.compile(r"^(?i:no\b(?!\.?\s*\(?\d)|not\b|nothing\b)")  # (not "No. 1 Ward")


#: an answer opening with where the speaker lives, then telling what was done to their village:
#: "I live in |Shwepin|. ... They torched the houses in our village."
_LIVE_IN_OUR_VILLAGE_STRUCK = re.compile(
    rf"^(?:I|We)\s+live\s+in\s+(?P<place>{_NAME})(?:\s+village)?\.\s"
    r"(?=[^?]*\b(?:our|my)\s+village\b)"
)


#: a person and where they came from, in an answer: "One man died|, a trader from Kyaikto|."
_PERSON_FROM = re.compile(
    rf",?\s+(?:an?|the|my|our|his|her)\s+(?:[a-z]+\s+){{0,2}}from\s+{_NAME}(?:\s+who\s+was\s+visiting)?"
)


def _tract_answered_before(turns: list[tuple[str, str]]) -> str | None:
    """The village tract the last answer of ``turns`` opens with ("W village tract, T
    Township."), with its kind words; else None."""
    answers = [words for label, words in turns if label not in _QUESTIONER]
    opened = _TRACT_FIRST.match(answers[-1].strip()) if answers else None
    return f"{opened['tract']} village tract" if opened else None


#: an answer opening with a village tract: "|Ah Htet Thet Kei village tract|, Wakema Township."
_TRACT_FIRST = re.compile(rf"^(?:(?i:in|at)\s+)?(?P<tract>{_NAME})\s+(?i:village\s+tract|tract)\b")


def _deed_told_next(turns: list[tuple[str, str]]) -> bool:
    """Whether an answer among ``turns`` before the next question tells what was done."""
    answers = itertools.takewhile(lambda turn: turn[0] not in _QUESTIONER, turns)
    return any(_DEED.search(words) for _, words in answers)


def _answer_of_event(said: list[tuple[str, str]]) -> str | None:
    """The place an answer gives to a question of where the event happened ("Where did the
    airstrike hit?", "Which village did they attack?", a bare "Where?" after "What happened
    next?"), the first of its sentences that names a place, with the township any turn names;
    the place the question names when the answer names none ("What did the soldiers do in
    V? -- They burned the houses."); else None."""
    question, asked, before, deed_asked_at = "", False, "", None
    for index, (label, words) in enumerate(said):
        told_before = before  # (the answer before this one's, this one's set below)
        if label in _QUESTIONER and deed_asked_at is None and _DEED.search(words):
            # ("How many houses were burned in V?": V, when no answer names where)
            deed_asked_at = _PLACE_ASKED_OF.search(words)
        if (
            label not in _QUESTIONER
            and not _DEED.search(words)
            and not _STEPPED_ON_A_MINE.search(words)  # (what befell one: no place they were)
            # (not where a place named lies: "Which side of T township? -- The north side.
            # Northwest of W.")
            and not _WHERE_IT_LIES_ASKED.search(question)
        ):
            township = _township_answered(words, question)
            if before and township and not _ANY_TOWNSHIP.search(before):
                # (the township of the place the answer before named: "Which town? -- Kamaing.
                # -- In which township? -- Hpakant.", "P1: V. -- P2: On the list it is written
                # 'W'. -- P1: Yes, same place. T township.")
                tract = _TRACT_IN_ANSWER.search(words)
                tract_named = f"{tract['tract']} village tract, " if tract else ""
                before = f"{before.strip().rstrip('.')}, {tract_named}{township} Township."
            else:
                before = words  # (an answer naming where the speaker was, when nothing was done)
        elif (
            label not in _QUESTIONER
            and before
            and (told := _place_before_of_township_then_deed(words, question, before))
        ):
            return told
        if label in _QUESTIONER:
            bare = _BARE_WHERE.match(words) is not None
            # ("Who burned the village? -- The army. -- Which village?": where it was done)
            which = (
                _WHICH_VILLAGE.match(words) is not None or _ITS_NAME_ASKED.match(words) is not None
            ) and (
                _EVENT_ASKED.search(question)
                # (or after an account of what was done to "our village": "They raided our
                # village on Christmas day. -- Which village, aunty?")
                or (
                    index > 0
                    and said[index - 1][0] not in _QUESTIONER
                    and _DEED.search(said[index - 1][1])
                    and _OUR_VILLAGE_WORDS.search(said[index - 1][1])
                )
            )
            asked = (
                # ("Where?" after a question of the event: "Who was killed? -- My nephew, Ko Zaw.
                # -- Where? -- In V village.")
                (bare and (asked or _EVENT_ASKED.search(question) is not None))
                or bool(which)
                or (
                    (
                        _EVENT_ASKED.search(words) is not None
                        or _MM_EVENT_ASKED.search(words) is not None
                    )
                    # (not of the speaker's own place, unless what was done there: "Where was your
                    # house burned?")
                    # (nor where what was done came from: "Where were the shells fired from?")
                    and (
                        _NOT_OF_THE_EVENT.search(words) is None
                        or (_DEED.search(words) is not None and not words.endswith("from?"))
                    )
                    and _WHERE_NOW.search(words) is None
                    # (nor what happened before it: "Was your village attacked before?")
                    and not words.endswith(" before?")
                    and (
                        _NOT_OF_A_PLACE.match(words) is None
                        or _ASKS_WHERE.search(words) is not None
                    )
                )
            )
            question = words
            continue
        # (or an answer telling what was done to a place asked about as the speaker's own:
        # "And your home village? -- Kyat Tein. They burned it on June 7.")
        if (
            not asked
            and not (
                _DEED.search(words)
                # (or the account the interview opens with, its first sentence a deed at a
                # place named with its kind word: "RESPONDENT: The airstrike hit V village. --
                # Can you spell it? -- ...")
                and (
                    question
                    or (
                        index == 0
                        and _DEED.search(first := _FIRST_SENTENCE.match(words).group())
                        and _NAMED_WITH_KIND.search(first)
                    )
                )
                and not _WHERE_NOW.search(question)
            )
            and not _IT_HAPPENED_AT.match(words)  # ("R: It happened at A... no, sorry. At B.")
            # (or where one went, said to be where it happened: "He went to B that morning to sell
            # rice and, uh, that's where it happened.")
            and not _THAT_IS_WHERE.search(words)
        ):
            continue
        if (
            asked
            and not _ASKS_WHERE.search(question)
            and not _DEED.search(words)
            and _deed_told_next(said[index + 1 :])
        ):
            # (two speakers answering in turns, the next telling what was done: "R1: I am from A.
            # That day I had gone to B. -- R2: I live in B. A landmine exploded in our village.")
            continue
        if (there := _THAT_IS_WHERE.search(words)) and (
            went := _PLACES_GONE_TO.findall(words, 0, there.start())
        ):
            # ("Yes, in A, but I married and moved to B. That is where the bomb fell")
            area = _area_told_later(said[index:]) or _area_told_later(said[:index])
            return f"{went[-1]}, {area}" if area else went[-1]
        if (home := _LIVE_IN_OUR_VILLAGE_STRUCK.match(words)) and _DEED.search(words, home.end()):
            # ("R2: I live in B. It was February 8, 2022. They torched our village.": B)
            area = _area_told_later(said[index:]) or _area_told_later(said[:index])
            return f"{home['place']}, {area}" if area else home["place"]
        yes, naming = _places_told(words)
        if _DEED.search(words) and (meant := _PLACE_MEANT.search(words)):
            # (the place it happened, made plain after the account: "... fighting broke out right
            # in the village ... In Zee Taw, I mean. Hin Ywet Su was not touched.")
            naming = [f"It happened in {meant['place']}."]
        if (
            yes
            and _IS_THAT_WHERE.match(question)
            and told_before
            and (named := _places_named_before(told_before))
        ):
            # (the place the answer before named, said yes to: "Where was your home? -- V. In
            # T. -- Is that where this happened? -- Yes, right there in V, in front of our house.")
            return ", ".join(sentence.strip(" .") for sentence in named)
        if not asked and naming:
            # (not where one who died came from, told after a question of when: "-- When? --
            # 27 February 2023. One man died, a trader from Kyaikto.")
            naming = [s for s in naming if _names_a_place(_PERSON_FROM.sub("", s))]
        if yes and (confirmed := _place_confirmed_in(question, naming)):
            return confirmed
        if (
            (asked_of := _PLACE_ASKED_OF.search(question))
            and THE_VILLAGE.search(words)
            and _DEED.search(words)
            and not any(_DEED.search(s) for s in naming)
            # (not when the answer names it again, with more: "So it happened in V? -- Yes, in
            # V, W village tract, T Township. On Jun 4 2023 they shelled the village")
            and not any(asked_of["place"] in s and _ANY_TOWNSHIP.search(s) for s in naming)
        ):
            # (what was done to the village the question names, the answer's places telling of
            # nothing done there: "When did the military come to V? -- On September 5. They
            # burned half the village. I was born in W, but I have lived in V for twenty years.")
            naming = []  # (read below as the place asked of)
        if (
            naming
            and before
            and (
                _THERE_ASKED.search(question)
                or THE_VILLAGE.search(naming[0])
                # (or what was done "there", naming only where one it befell came from: "Some
                # militia men shot a trader from Kengtung there")
                or (
                    re.search(r"\bthere\b", naming[0])
                    and not _names_a_place(_PERSON_FROM.sub("", naming[0]))
                )
            )
            and (
                re.search(r"\bthere\b", naming[0])
                or not (_NAMES_A_PLACE.search(naming[0]) or _WITH_KIND.search(naming[0]))
            )
            and _places_named_before(before)
        ):
            # (what was done "there", or to "the village", the answer before naming where:
            # "They went into V (T Township). -- What did they do there? -- The Tatmadaw
            # arrested four people there.": its capitalised words name those who did it, no
            # place)
            naming = []  # (read below as the place the answer before named)
        if (
            naming
            and told_before
            and _THERE_ASKED.search(question)
            and (named := _places_named_before(told_before))
            and (bare := _BARE_NAME.match(named[0].strip()))
            and re.search(rf"\b{re.escape(bare['name'])}\b", naming[0])
        ):
            # (what was done there, at the place the answer before named with more: "Can you
            # spell the village? -- V. ... In W village tract, T Township. -- What happened
            # there? -- Soldiers stayed in V for three days ...")
            return ", ".join(s.strip(" .") for s in named)
        if (
            naming
            and before
            and (_WHAT_HAPPENED.match(question) or _THERE_ASKED.search(question))
            and _FORCE_FROM.search(naming[0])
            and not _names_a_place(_FORCE_FROM.sub("", naming[0]))
            and (named := _places_named_before(before))
        ):
            # (what happened, naming only where the troops or shells came from, after the
            # answer of where the speaker was: "Where were you on 15 January? -- ... that day I
            # was in V village, T township. -- And what happened? -- The KIA attacked a military
            # column from T near the monastery")
            return named[0].strip(" .")
        if naming:
            # (its first sentence telling what was done: "The troops came from A at dawn. They
            # entered B village and started shooting")
            told = naming[0]
            if _OWN_VILLAGE_ANSWER.match(told) and len(naming) > 1:
                told = naming[1]  # ("My village. Laung Mee. Not Kaing Sun.": its name)
            elif (
                len(naming) > 1
                and (bare := _BARE_NAME.match(told))
                and naming[1].startswith(f"{bare['name']} ")
            ):
                told = naming[1]  # ("Kamma. Kamma in Pakokku Township.": said again, with more)
            if (own := _OWN_VILLAGE_IN_TOWNSHIP.match(told)) and (
                name := _name_answered_next(said[index + 1 :])
            ):
                # ("My home village, in T township. -- What's the name? -- V.")
                return f"{name}, {own['area']}"
            if not asked and not _DEED.search(told):
                # (an answer to no question of where, telling what was done: its sentence of the
                # deed, not who did it and where they came from: "Who did it? -- The Pyu Saw Htee
                # from A. They came to B ... They killed 5 people in B that day.")
                told = next(
                    (
                        s
                        for s in naming[1:]
                        if _DEED.search(s)
                        and not _CAME_FROM_WORDS.search(s)
                        # (naming a place, not only those who did it: not "The village
                        # administrator, the one the junta appointed, was shot dead.")
                        and (_NAMES_A_PLACE.search(s) or _NAMED_WITH_KIND.search(s))
                    ),
                    told,
                )
            if (not _DEED.search(told) or not _NAMED_WITH_KIND.search(told)) and (
                event := next((s for s in naming[1:] if _THE_EVENT_WAS_IN.match(s)), None)
            ):
                told = (
                    event  # ("Yes, A, T Township. But the fighting was in B, not in my village.")
                )
            if _NOT_WHERE_IT_HAPPENED.match(told) and len(but := _BUT.split(told, 1)) > 1:
                told = but[1]  # ("Not in my village — in Kyi Su, about 10 miles away.")
            elif _NOT_WHERE_IT_HAPPENED.match(told):
                # (its first sentence says where it did not happen: then the first telling what
                # was done: "No. A is where the soldiers camped. The killing was in B")
                told = next(
                    (
                        cut
                        for s in naming
                        if _DEED.search(s)
                        # (nor a place spared: "... stopped first at A, but they did not burn A.")
                        and not _SPARED.search(s)
                        # (without where those who came came from: "They came from the A side
                        # and started shooting into B.")
                        and not _CAME_FROM_WORDS.search(cut := _CAME_FROM_CLAUSE.sub("", s))
                        # (nor where one it befell came from: "... my uncle from A")
                        and _names_a_place(_PERSON_FROM.sub("", cut))
                    ),
                    # (else the next sentence naming a place, when the denial names none after
                    # it: "Not my village, A. It was in B, about 17 km from us, in T Township.";
                    # not "Not here, in B, 15 km away.")
                    told
                    if _PLACE_AFTER_DENIAL.match(told)
                    else next(
                        (
                            s
                            for s in naming
                            if not _NOT_WHERE_IT_HAPPENED.match(s)
                            and s[:1] != "("
                            and _names_a_place(_PERSON_FROM.sub("", s))
                        ),
                        told,
                    ),
                )
            if (
                yes
                and (township := _TOWNSHIP_ALONE.match(told))
                and before
                and (named := _places_named_before(before))
                and not _TOWNSHIP_ALONE.match(named[0])
            ):
                # (its township confirmed, the place told before: "A: ...yesterday, in V. -- In T
                # township? -- Yes, T township. The PDF attacked ...")
                return f"{named[0].strip(' ,.')}, {township['township']}"
            told = _DENIED.sub("", told).rstrip(".")
            if _WHICH_VILLAGE_ASKED.search(question) and (bare := _BARE_VILLAGE.match(told)):
                told = f"{bare['name']} village{told[bare.end('name') :]}"  # ("Which village?")
            if "; " in told and not _names_a_place((parts := told.split("; ", 1))[1]):
                told = parts[0]  # ("... bombed Kya Ban|; 5 people died|")
            if not _TRACT_IN_ANSWER.search(told) and (
                tract := _tract_told_later(said[index:])
                or (_WHICH_VILLAGE_ASKED.search(question) and _tract_answered_before(said[:index]))
            ):
                # ("Which village tract? -- Ngar Kei village tract."; "Where do you live? -- W
                # village tract, T Township. -- Which village exactly? -- V.")
                told = f"{told}, {tract}"
            if _TOWNSHIP_NAMED.search(told):
                return told
            area = (
                _area_told_later(said[index:])
                or _area_told_later(said[:index])
                or _township_named_with(told, said)
            )
            if (
                not area
                and before
                and before != words  # (an answer before this one)
                and (named := _places_named_before(before))
                and (bare := _BARE_NAME.match(named[0].strip()))
                and re.search(rf"\b{re.escape(bare['name'])}\b", told)
                and len(named) > 1
            ):
                # (the village an answer before named, with where it lies: "What is the name of
                # your village? -- V. The one in W village tract, southwest of T town. -- ...
                # -- The army column came into V.")
                return ", ".join(sentence.strip(" .") for sentence in named)
            return f"{told}, {area}" if area else told
        if place := _PLACE_ASKED_OF.search(question):
            area = _area_told_later(said[index:]) or _area_told_later(said[:index])
            asked_of = place["place"]
            if THE_VILLAGE.search(words) and not _KIND_LAST.search(asked_of):
                asked_of += " village"  # ("... in X? -- Yes, they burned the whole village")
            return f"{asked_of}, {area}" if area else asked_of
        if (
            (
                THE_VILLAGE.search(words)
                or _THERE_ASKED.search(question)
                # (or what was done, told after the speaker's village was asked about: "Your
                # village, is it big? -- ... It's V. -- And the township? -- T. -- Tell me about
                # August. -- The army came in and set fire to about 150 houses.")
                or (
                    _DEED.search(words)
                    and (
                        any(
                            who in _QUESTIONER and _YOUR_VILLAGE.search(asked)
                            for who, asked in said[:index]
                        )
                        # (or asked alone, just before: "Township? -- Myothit. -- Village? --
                        # Magyikan. -- What happened? -- A drone dropped a bomb on the market")
                        or (
                            index >= 3
                            and said[index - 3][0] in _QUESTIONER
                            and _VILLAGE_ASKED_ALONE.match(said[index - 3][1])
                        )
                    )
                )
            )
            and (before and (named := _places_named_before(before)))
        ):
            # (what was done to the village the answer before named: "Which village were you
            # living in when the troops arrived? -- V, in T Township. -- What did they do? --
            # They burned the whole village ..."; not where they came from: "The column came
            # from W. They went into V (T Township) on 7/6/2021. -- What did they do there?")
            # (nor where it did not happen: "Not T town. ... They came to my village, V, ...")
            went = [
                s
                for s in named
                if not _CAME_FROM_WORDS.search(s)
                and not _DENIAL.match(s)
                and "nothing happened" not in s
            ]
            # (the one saying it happened there: "In A town. But this happened in B, ...")
            event = next((s for s in went or named if _THE_EVENT_WAS_IN.match(s)), None)
            if event is None and len(went or named) > 1 and _BARE_NAME.match((went or named)[0]):
                # (a name alone, then its tract and township: "It's Chinsu. We belong to Thit
                # Sein Pin tract, Tatkon Township.")
                return ", ".join(sentence.strip(" .") for sentence in went or named)
            place = (event or (went or named)[0]).rstrip(".")
            if not _ANY_TOWNSHIP.search(place) and (area := _area_told_later(said[:index])):
                # (with the township answered before it: "Township? -- Manton. -- Village? --
                # Pang Kaw. -- What happened? -- The TNLA attacked the army outpost at the
                # village")
                return f"{place}, {area}"
            return place
        if (
            _DEED.search(words)
            and _WHAT_HAPPENED.match(question)
            and (village := _village_answered(said[:index]))
        ):
            # (told when asked what happened, after the village was asked and told: "Tar Lon
            # village? -- Tar Long. Maw Taung village tract, Muse Township. -- ... -- What
            # happened? -- 30 November 2023, ... one civilian killed by shelling.")
            area = None if _ANY_TOWNSHIP.search(village) else _area_told_later(said[:index])
            return f"{village}, {area}" if area else village
    if deed_asked_at is not None:
        area = _area_told_later(said)
        return f"{deed_asked_at['place']}, {area}" if area else deed_asked_at["place"]
    return None


def _places_named_before(before: str) -> list[str]:
    """The sentences of an earlier answer that name a place (``_places_told``), or else where
    it says someone was living ("She says she was living in V village, about 8 km south-west of
    T town." before "She says fighting broke out at the village")."""
    return _places_told(before)[1] or [m["place"] for m in _WAS_LIVING_IN.finditer(before)]


#: where an answer says someone was living: "she was living in | V village, about 8 km ... |."
_WAS_LIVING_IN = re.compile(
    r"\b(?:was|were)\s+(?:living|staying)\s+(?:in|at)\s+(?P<place>[A-Z][^.;!?]*)"
)


def _village_answered(turns: list[tuple[str, str]]) -> str | None:
    """The village an answer names by its name alone to a question of which village ("Tar Lon
    village? -- Tar Long. Maw Taung village tract, Muse Township."), with the areas that
    answer names; else None."""
    for (asker, asked), (who, answer) in itertools.pairwise(turns):
        if asker not in _QUESTIONER or who in _QUESTIONER:
            continue
        if not (_WHICH_VILLAGE_ASKED.search(asked) or asked.rstrip().endswith("village?")):
            continue
        if (name := _BARE_NAME.match(_FIRST_SENTENCE.match(answer).group().strip())) and (
            not _KIND_LAST.search(name["name"]) and name["name"] not in _NO_PLACE_WORDS
        ):
            return ", ".join(sentence.strip(" .") for sentence in _places_named_before(answer))
    return None


#: a question of what happened, alone: "What happened?", "And what happened then?"
_WHAT_HAPPENED = re.compile(
    r"^(?:(?i:and|so|ok|okay),?\s+)?(?i:what)\s+(?i:happened)(?:\s+(?i:then|next|that\s+day))?\s*\?$"
)
#: a question of what was done where the answer before named: "What did they do there?"
_THERE_ASKED = re.compile(
    # (or "And he died there?")
    r"\b(?i:do|did|happen|happened|died|die|killed|hurt|wounded)\b[^?]*\bthere"
    r"(?:\s+(?:on|in)\s+[^?]{1,30})?\?$"
)


def _place_before_of_township_then_deed(words: str, question: str, before: str) -> str | None:
    """The place an answer before named, in the township an answer to a question of which
    names first, then telling what was done with no other place ("Can you tell me the
    location? -- It is V village, about 15 km east of T. -- Which township does it belong to?
    -- T. PDF fighters ambushed a column ...": V, in T); else None."""
    answer = words.strip()
    first = _FIRST_SENTENCE.match(answer).group()
    if not (
        _WHICH_TOWNSHIP.search(question)
        and not _ANY_TOWNSHIP.search(before)
        and (bare := _BARE_NAME.match(first.strip()))
        and _DEED.search(answer, len(first))
        and not _names_a_place(answer[len(first) :])
    ):
        return None
    named = _places_named_before(before)
    return f"{', '.join(s.strip(' .') for s in named)}, {bare['name']} Township" if named else None


def _township_answered(words: str, question: str) -> str | None:
    """The township an answer names alone, to a question of which township ("Hpakant.") or
    after a yes ("Yes, same place. Allanmyo township."); else None."""
    if _WHICH_TOWNSHIP.search(question) and (bare := _BARE_NAME.match(words.strip())):
        return bare["name"]
    sentences = [s.strip() for s in _SENTENCE.findall(_SAME_PLACE_FIRST.sub("", words))]
    sentences = [s for s in sentences if s]
    if len(sentences) == 1 and (alone := _TOWNSHIP_ALONE.match(sentences[0])):
        return alone["township"].rsplit(None, 1)[0]
    if (
        len(sentences) == 2
        and (first := _TOWNSHIP_THEN_LOCAL_NAME.match(sentences[0]))
        and _TRACT_ALONE.match(sentences[1])
    ):
        # (and the tract after it: "Is that in Hpapun? -- Yes, Hpapun Township, Mutraw. Shwe Hpa
        # Lar Kya village tract.")
        return first["township"]
    return None


#: a township, then the local name of its area: "Hpapun Township, Mutraw."
_TOWNSHIP_THEN_LOCAL_NAME = re.compile(
    rf"^(?P<township>{_NAME})\s+(?i:township|tsp)(?:,\s+{_NAME})?\.?$"
)
#: a village tract alone: "Shwe Hpa Lar Kya village tract."
_TRACT_ALONE = re.compile(rf"^{_NAME}\s+(?i:village\s+tract|tract)\.?$")


#: a spelling on a list, read out: "On the list it is written 'Hput Chay Htu'."
_LIST_SPELLING = re.compile(
    r"^On\s+the\s+list\s+it\s+is\s+(?:written|spelt|spelled)\s+['‘\"“](?P<name>[^'’\"”]+)['’\"”]"
)


#: a yes to a spelling read back, before the township: "|Yes, same place. |Allanmyo township."
_SAME_PLACE_FIRST = re.compile(r"^(?i:yes|yeah),?\s+(?:(?i:the\s+)?same\s+(?:place|village)\.\s+)?")
#: a township alone, confirmed: "Pakokku township."
_TOWNSHIP_ALONE = re.compile(
    rf"^(?:[Ii]n\s+)?(?P<township>{_NAME}\s+(?i:township|tsp|t/s))"
    rf"(?:,\s+{_NAME}\s+(?:State|Region|Division))?\.?$"  # (or its state: "..., Kayin State.")
)
#: a place's kind word, ending its name
_KIND_LAST = re.compile(r"\s(?i:village|town|township|ward|tract)$")
#: the speaker's own village, in a question
_YOUR_VILLAGE = re.compile(r"\byour\s+(?:home\s+|own\s+)?village\b", re.IGNORECASE)
#: a village's name alone before its area, answering which is the speaker's village
_BARE_VILLAGE = re.compile(rf"^(?:(?:In|At)\s+)?(?P<name>{_NAME})(?=,|\.?$)(?<!Township)")
#: troops coming, in a question: "When did the soldiers come to your village?"
_TROOPS_CAME = re.compile(
    r"\b(?:soldiers|troops|army|military|junta|column)\s+(?:come|came|arrive|arrived|enter|entered)\b"
)


#: a place an answer denies after the one it names: "The artillery hit A|, not B|."
_DENIED = re.compile(rf",\s+not\s+(?:in\s+|at\s+)?{_NAME}(?=[,.;]|$)")
#: the words of a question that asks where: "When the drone attack happened, where were you?"
_ASKS_WHERE = re.compile(r"\b(?i:where|which\s+village|what\s+village)\b")
#: a Burmese question of what was done where: burned (မီးရှို့), bombed (ဗုံး), shot (ပစ်ခတ်),
#: attacked (တိုက်ခိုက်), an airstrike (လေကြောင်း)
_MM_EVENT_ASKED = re.compile(BURMESE_DEEDS)
#: Burmese particles after a place's kind word in an answer: "Vရွာ|ပါ|", "Tမြို့နယ်|ထဲမှာပါ|",
#: "Vကျေးရွာ|ကိုပါ|"
_MM_PARTICLES = re.compile("(ရွာ|မြို့နယ်|မြို့)(?:ထဲ)?(?:မှာ|ကို|က)?ပါ")
#: "our village is", opening a Burmese answer: "|ကျွန်တော်တို့ရွာက |Vရွာပါ။"
_MM_OUR_VILLAGE_IS = re.compile(r"^(?:ကျွန်တော်|ကျွန်မ|ကျနော်)(?:တို့)?(?:ရဲ့)?\s*ရွာ(?:က|ဟာ|\s)\s*")
#: a question of anything but where: "When did the airstrike happen?", "How many died?"
_NOT_OF_A_PLACE = re.compile(r"(?i:and\s+)?(?i:when|who|why|how\s+(?:many|old|long|much|far))\b")
#: the labels of a question and its answer, after a header
_QA_CUE = re.compile(r"\]\s*(?:Q|Interviewer|INTERVIEWER|Reporter|Researcher)\s*[:.]\s")
#: a bracketed header before an interview's turns: "[Interview with Daw X, 45, T Township,
#: conducted in Kuala Lumpur] "
_HEADER = re.compile(r"^\[[^\[\]]{3,200}\]\s*(?=\S)")
#: what was done at a place, in an answer: burned, shot, fired at, the killing, the clash
_DEED = re.compile(
    r"\b(?i:burn(?:ed|t|ing)?|torch\w*|shot|shoot\w*|fired|hit|struck|bomb(?:ed|ing)|shell(?:ed|ing)"
    r"|kill\w*"
    r"|clash\w*|fight\w*|raid\w*|attack\w*|entered|landed|fell|died|destroy\w*|detain\w*"
    r"|arrest\w*|massacre\w*|set\s+(?:on\s+)?fire|set\s+\w+\s+on\s+fire|dropped"
    r"|beat\s+(?:[\w-]+\s+){1,4}?to\s+death|beaten\s+to\s+death|tortur\w*|loot\w*)\b"
)
#: a landmine stepped on: "A woman stepped on a landmine at the edge of the village"
_STEPPED_ON_A_MINE = re.compile(r"\bstepped\s+on\s+an?\s+(?:land)?mine\b")
#: a sentence that tells what was done where the one before it went: "That is where the bomb
#: fell"
_THAT_IS_WHERE = re.compile(
    # (or in a clause: "But I live in B, | and that is where the soldiers burned our house")
    r"(?:^|(?<=[.!?]\s)|(?<=,\sand\s)|(?<=\sand,\suh,\s)|(?<=\sand,\sum,\s))"
    r"(?i:that|this|it|there)(?:\s+is|\s+was|['’]s)\s+where\s+"
    r"[^.!?]*?(?:" + _DEED.pattern + r"|\b(?:it|this|that)\s+happened\b)"
)
#: the places a sentence names after a word of going or being: "moved to | Kyauk Ma Sin|"
_PLACES_GONE_TO = re.compile(rf"\b(?:to|in|into|at)\s+({_NAME})")
#: a question of where an event happened: what was hit, burned, attacked, who was killed
_EVENT_ASKED = re.compile(
    r"(?i:happen\w*|take\s+place|took\s+place|incident|hit|land\w*|fall|fell|str(?:ike|uck)|attack\w*|burn\w*|bomb\w*|shell\w*"
    r"|shot|shoot\w*|kill\w*|raid\w*|clash\w*|fight\w*|fire|injured|wounded|bodies"
    r"|massacre\w*|airstrike\w*|explo\w*|arrest\w*|detain\w*|do\s+(?:in|at|to)|hurt|died|die"
    r"|caught|captur\w*|abduct\w*|execut\w*|stop\s+the\s+(?:boat|bus|car|truck|ferry|vehicle)"
    r"|helicopter|jets?|drones?|mortar|arson|blast|ambush\w*|landmines?)\b"
)
#: a question of the speaker's own place, or where they or others came from or went: "Where
#: were you born?", "Where did you flee from?", "Where did they set up the mortar?"
_NOT_OF_THE_EVENT = re.compile(
    r"(?i:\bborn\b|birthplace|\bfrom\?|\bfrom\b[^?,]*\?$|your\s+(?:name|age|home|house|village)"
    r"|\blive\b|\blived\b|\bliving\b|\bstaying\b|\btreated\b|interviewed|\bset\s+up\b"
    r"|\bcoming\b|\bwhere\s+is\s+your\b|\bran\s+to\b|\bflee\b|\bfled\b)"
    "|မွေး"  # (in Burmese: "ဘယ်ကမွေးတာလဲ" where were you born)
)
#: a question of where a place named lies: "Which side of Myawaddy township?", "How far is it
#: from the town?"
_WHERE_IT_LIES_ASKED = re.compile(
    r"\b(?i:which\s+side\s+of|how\s+far)\b"
    r"|^(?i:is\s+(?:it|that)\s+)?(?i:near|close\s+to)\s+[A-Z][^?]{0,30}\?$"  # ("Near Loikaw?")
)
#: a question of which village: "Which village was bombed?"
_WHICH_VILLAGE_ASKED = re.compile(r"\b(?i:which|what)\s+village\b")
#: a form's question of the village, its kind word alone: "Village?", "And the village name?"
_VILLAGE_ASKED_ALONE = re.compile(r"^(?i:and\s+)?(?i:the\s+)?(?i:village)(?:\s+(?i:name))?\?$")
#: a question of which village alone: "Which village?", "To which village?"
_WHICH_VILLAGE = re.compile(
    r"^(?i:and\s+)?(?:(?i:to|in|at)\s+)?(?i:which|what)\s+(?i:village|town)"
    r"(?:,\s*[a-z]+)?\?$"  # (or with who is asked: "Which village, aunty?")
)
#: the speaker's own village, by its township alone: "My home village, in Thaton township."
_OWN_VILLAGE_IN_TOWNSHIP = re.compile(
    rf"^(?i:my|our)\s+(?:home\s+|own\s+)?village,?\s+in\s+(?P<area>{_NAME}\s+(?i:township))\.?$"
)


def _name_answered_next(turns: list[tuple[str, str]]) -> str | None:
    """The name the next answer gives, when the next question asks it ("What's the name? --
    Kyon Par. Kyon Par village tract too."); else None."""
    if len(turns) < 2 or turns[0][0] not in _QUESTIONER or turns[1][0] in _QUESTIONER:
        return None
    if not (_ITS_NAME_ASKED.match(turns[0][1]) or _WHICH_VILLAGE.match(turns[0][1])):
        return None
    first = _FIRST_SENTENCE.match(turns[1][1].strip())
    bare = _BARE_NAME.match(first.group().strip()) if first else None
    return bare["name"] if bare else None


#: its name asked, after "our village": "My home village, in T township. -- What's the name?"
_ITS_NAME_ASKED = re.compile(
    r"^(?i:and\s+)?(?i:what['’]s\s+(?:the|its)\s+name|what\s+is\s+(?:the|its)\s+name"
    r"|the\s+name|its\s+name|what\s+is\s+it\s+called)(?:\s+of\s+(?:the|your)\s+village)?\?$"
)
#: the speaker's own village, in an answer: "They raided | our village|"
_OUR_VILLAGE_WORDS = re.compile(r"\b(?i:our|my)\s+(?:own\s+)?village\b")
#: a question of where alone, after one of what happened: "Where?", "Where exactly?"
_BARE_WHERE = re.compile(
    r"^(?i:and\s+|sorry,?\s+)?(?i:where)(?:\s+(?i:exactly|was\s+that|was\s+it))?\?$"
)
#: the place a question of what happened names: "What did the soldiers do in | Nay Pu Khan|?"
_PLACE_ASKED_OF = re.compile(
    rf"\b(?:in|at|to)\s+(?!{WHEN_NAMES}\b)"  # (not a month: "the bomb in September?")
    rf"(?P<place>{_NAME}(?:\s+(?i:village|town))?)\s*\?$"
)
#: a township named by its kind word: "Ayadaw Township"
_TOWNSHIP_NAMED = re.compile(r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,4}\s+Township\b")


def _place_confirmed_in(question: str, naming: list[str]) -> str | None:
    """The place a question asks is in an area, and the area, when the answer (naming
    ``naming``) says yes ("And Seinmawt is in Pekon? -- Yes, Pekon Township.": "Seinmawt,
    Pekon Township"); else None."""
    if not (asked := _PLACE_IS_IN_ASKED.match(question)):
        return None
    told = next((n.rstrip(".") for n in naming if _TOWNSHIP_NAMED.search(n)), None)
    return f"{asked['place']}, {told or asked['area'] + ' Township'}"


#: the place an account happened at, made plain after it: "... right in the village. |In Zee
#: Taw, I mean|."
_PLACE_MEANT = re.compile(rf"(?:^|(?<=[.,]\s))[Ii]n\s+(?P<place>{_NAME}),\s+I\s+mean\b")
#: a question of whether a place is in an area: "And | Seinmawt| is in | Pekon|?"
_PLACE_IS_IN_ASKED = re.compile(
    rf"^(?:(?i:and|so)\s+)?(?P<place>{_NAME})(?:\s+village)?\s+is\s+in\s+"
    r"(?P<area>[A-Z][\w'’-]*(?:[\s-][A-Z][\w'’-]*){0,2})(?:\s+(?i:township|tsp))?\s*\?$"
)
#: a question of whether the place is in an area named bare: "Pu Nyo village in | Kamma|?"
_PLACE_IN_AREA_ASKED = re.compile(
    r"\b(?:village|town)\s+in\s+(?P<area>[A-Z][\w'’-]*(?:[\s-][A-Z][\w'’-]*){0,2})\s*\?"
)


def _tract_told_later(turns: list[tuple[str, str]]) -> str | None:
    """The village tract a later answer names to a question of which tract ("Which village
    tract? -- Kyauk Tan.", "There are several Ywar Thit in Monyo. Which village tract? -- Ngar
    Kei village tract.") or unasked ("The village tract is W."), with its kind words; else
    None."""
    for asked, (who, tract) in itertools.pairwise(turns):
        last = re.split(r"(?<=[.!])\s+", asked[1])[-1]
        if asked[0] in _QUESTIONER and who not in _QUESTIONER and _WHICH_TRACT.match(last):
            name = _FIRST_SENTENCE.match(tract).group().strip(" .")
            if named := _TRACT_IN_ANSWER.search(name):  # ("W village tract, T Township.")
                return f"{named['tract']} village tract"
            return f"{name} village tract"
    # (or said unasked: "-- Is that in Sagaing Region? -- Yes, Budalin Township. The village
    # tract is Taw Way.")
    # (or "-- There are a few Shwe Kyins... -- The one in W village tract, T Township.")
    for who, said in turns:
        if who in _QUESTIONER:
            continue
        # (after a laugh and a yes: "Ha, yes. The one in W village tract, T township.")
        if told := _TRACT_IS.search(said) or _THE_ONE_IN.match(_AH_YES_FIRST.sub("", said)):
            return f"{told['tract']} village tract"
    return None


#: a name said again, yes, with the area it lies in: "Yes, Yekone, in |Myittha|."
_NAME_AGAIN_IN_AREA = re.compile(
    rf"^(?i:yes|yeah|right),?\s+{_NAME},\s+in\s+(?P<area>{_NAME})(?=[.,;]|$)"
)
#: a laugh or a yes, opening an answer: "|Ha, yes. |The one in W village tract"
_AH_YES_FIRST = re.compile(r"^(?:(?i:ha|ah|oh|yes|yeah)[,.!]?\s+)+")


#: a state's or region's kind word ending an area's name
_STATE_LAST = re.compile(r"\s(?i:state|region|division)$")


#: a question of whether it was in a town: "In Pauktaw town?"
_TOWN_ASKED = re.compile(rf"^(?:(?i:and\s+)?(?:in|at)\s+)?(?P<name>{_NAME})\s+(?i:town)\?$")


def _area_told_later(turns: list[tuple[str, str]]) -> str | None:
    """The township a later answer names alone ("Mrauk-U Township."), or by its name alone
    after a question of which township ("— Which township is that? — Ayadaw.")."""
    question = ""
    for index, (label, said) in enumerate(turns):
        # (the answer's first sentence, without a note in brackets: "Ayadaw. Interview
        # conducted in Kuala Lumpur.", "Kyaukkyi. (Saw Eh Kaw, 52, interviewed in Mae Sot)")
        # (after a filler: "Uh... Oktwin Township.")
        words = (
            said
            if label in _QUESTIONER
            else _FIRST_SENTENCE.match(_latin_of(_FILLER_FIRST.sub("", said))).group().strip()
        )
        if label in _QUESTIONER:
            question = words
        elif (area := _AREA.match(words)) and not (
            # (not a state told before the township is: "Where are you from? -- Shan State. --
            # Which township? -- Kutkai.")
            _STATE_LAST.search(area["area"]) and _area_told_later(turns[index + 1 :])
        ):
            return area["area"]
        elif _WHICH_TOWNSHIP.search(question) and (named := _NAME_IN_REGION.match(words)):
            # ("In which township? -- Htantabin in Bago Region.": of two of the name)
            return f"{named['name']} Township, {named['region']}"
        elif _WHICH_TOWNSHIP.search(question) and (
            name := _BARE_NAME.match(words) or _NAME_THEN_DISTANCE.match(words)
        ):
            return name["name"] if _KIND_LAST.search(name["name"]) else f"{name['name']} Township"
        elif _WHICH_NAMESAKE.match(question) and (named := _NAME_IN_REGION.match(words)):
            # ("Which Minhla? Magway or Bago? -- Minhla in Bago Region.")
            return f"{named['name']} Township, {named['region']}"
        elif _YES.match(words) and (named := _TOWNSHIP_NAMED.search(_ASKING.sub("", question))):
            return named.group()  # ("That's Kyaukme Township? -- Yes.")
        elif _YES.match(words) and (named := _PLACE_IN_AREA_ASKED.search(question)):
            return f"{named['area']} Township"  # ("Pu Nyo village in Kamma? -- Yes.")
        elif _YES.match(words) and (town := _TOWN_ASKED.match(question)):
            return f"{town['name']} town"  # ("Which ward? -- W ward. -- In T town? -- Yes, T.")
        elif named := _AREA_SENTENCE.search(said):
            return named["area"]  # ("Yin Mar Kone. I was there visiting. Paungde Township.")
        elif (again := _NAME_AGAIN_IN_AREA.match(said)) and not _KIND_LAST.search(again["area"]):
            return f"{again['area']} Township"  # ("P1: Yekone. -- P2: Yes, Yekone, in Myittha.")
        elif named := _TOWNSHIP_IS.search(said) or _SAME_TOWNSHIP.search(said):
            # ("... from Lay Dar Pyin. Township is Kyaukphyu.", "To Thet Pone, in the same
            # township, Minbya.")
            return f"{named['name'] or named['relayed']} Township"
    return None


def _township_named_with(told: str, turns: list[tuple[str, str]]) -> str | None:
    """The township an answer names after a place ``told`` names ("Q. And before? A. Kya Ban
    village, Thaton Tsp. ... A. In October the jet fighter bombed Kya Ban": Thaton Tsp)."""
    for _, words in turns:
        for named in _PLACE_AND_TOWNSHIP.finditer(words):
            if re.search(rf"\b{re.escape(named['place'])}\b", told):
                return named["area"]
    return None


#: a place and its township, in an answer: "Kya Ban village, Thaton Tsp"
_PLACE_AND_TOWNSHIP = re.compile(
    rf"(?P<place>{_NAME})(?:\s+village)?,\s+"
    r"(?P<area>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\s+(?i:township|tsp|twp))\b"
)
#: an answer's sentence that names a place not where it happened: "Not our village, A.", "The
#: troops came from A at dawn.", "Yes, from A.", "A is where the soldiers camped"
_NOT_WHERE_IT_HAPPENED = re.compile(
    r"(?i:not\b|no\b(?!\.?\s*\(?\d)|(?:that|it|this)\s+(?:was|is)\s+not\b|(?:yes,?\s+)?from\b|.*\bis\s+where\b|.*\b(?:came|coming|come)\s+(?:in\s+|over\s+|down\s+)?from\b"
    # (or where the speaker was: "I was at my farm outside A.", "I was hiding in the monastery
    # at A.")
    r"|i\s+was\s+(?:(?:hiding|staying|sheltering)\s+)?(?:at|in|on)\b"
    r"|at\s+home\b|(?:i\s+was\s+)?(?:at|in)\s+my\s+(?:home|house)\b"  # ("At home in A, T.")
    r"|.*\bnothing\s+happened\b"  # ("Yes, two nights in A, nothing happened there.")
    r"|.*\b(?:stayed|camped|slept|rested)\b"  # ("The soldiers stayed one night in A.")
    # (or where the speaker had come from, or troops passed harming no one: "I had gone there
    # from A to sell rice.", "they passed A first, nobody was hurt there")
    r"|i\s+had\s+(?:gone|come|walked|travell?ed)\b|.*\b(?:nobody|no\s+one)\s+was\s+(?:hurt|killed"
    r"|injured)\b|.*\bpassed\b"
    # (or the speaker's own village, spared: "Our village is A, it was quiet.", "It was not in
    # A.")
    r"|(?:our|my)\s+(?:own\s+)?(?:village|home)\s+is\b.*\b(?:quiet|calm|safe|spared)\b"
    r"|it\s+(?:was|is)\s+not\s+(?:in|at)\b"
    # (or the speaker's home, before where they were: "A is my home, but I was in B ...")
    r"|.*\bis\s+(?:my|our)\s+(?:home|village)\b|(?:my|our)\s+home\s+is\s+in\b"
    # (or a place said to be safe, or left: "My village, A, is safe.", "The column left A early.")
    r"|.*\b(?:is|was)\s+(?:safe|spared|quiet|calm|untouched)\b|.*\b(?:left|departed)\b)"
)
#: a sentence of where the event was: "But the fighting was in B, not in my village."
_THE_EVENT_WAS_IN = re.compile(
    r"^(?:(?:But\s+the|The)\s+(?:fighting|shelling|attack|airstrike|raid|bombing|burning|killings?"
    r"|clash(?:es)?|massacre|incident)(?:\s+itself)?\s+(?:was|were)|(?:This|That|It)\s+was"
    r"|But\s+(?:this|that|it)\s+(?:was|happened|took\s+place)"  # ("But this happened in V")
    # ("But what I am talking about happened in V", its talking left out by now)
    r"|But\s+what\s+(?:(?:I\s+am|I['’]m)\s+talking\s+about\s+)?(?:was|happened|took\s+place))"
    r"\s+(?:happened|took\s+place)?\s*(?:in|at|near|on)\s+[A-Z]"
)
#: a denial, then where it was: "Not here|, in B|, 15 km away"
_PLACE_AFTER_DENIAL = re.compile(r"^[^,.]*,\s+(?:in|at|near|on)\s+[A-Z]")
#: what sets the place it happened against the one denied: "Not in my village | — | in Kyi Su"
_BUT = re.compile(
    r"\s+[—–]\s+(?=(?:in|at|on|near)\s+[A-Z])"
    # (or where it did happen: "That was not in my village|, it happened |in Saing Du")
    r"|,\s+(?:it|this|that)\s+(?:happened|was)\s+(?=(?:in|at|on|near)\s+[A-Z])"
    r"|,\s+but\s+(?:that\s+day\s+|then\s+)?(?:I\s+was\s+|we\s+were\s+)?"
    r"(?:at\s+(?:my|our)\s+(?:farm|field|house)\s+)?(?=(?:in|at|on|near)\s+[A-Z])"
)
#: a clause of where those who came came from: "They |came from the Pin Mu side and |started
#: shooting into B"
_CAME_FROM_CLAUSE = re.compile(
    rf"\b(?:came|coming|come)\s+from\s+(?:the\s+)?{_NAME}"
    r"(?:\s+(?:side|direction|area|camp|base))?\s*(?:and\s+|,\s*)?"
)
#: where troops or shells came from, named in an answer: "a military column | from T|", "The
#: shells came | from the battalion in T|"
_FORCE_FROM = re.compile(
    r"\b(?:(?:column|troops|soldiers|convoy|shells|rounds)\s+(?:came\s+|were\s+fired\s+)?"
    # (or what was fired from there: "they fired heavy weapons | from the battalion in T| into
    # the village")
    r"|fired\s+(?:[\w-]+\s+){0,3}?(?=from\s+the\s))from\s+"
    r"(?:the\s+(?:battalion|base|camp|outpost|army\s+camp)\s+(?:in|at)\s+)?"
    r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*"  # (a name of many words: "Det Khi Na Thi Ri")
)
#: words of where those who came came from, in an answer's sentence
_CAME_FROM_WORDS = re.compile(
    r"\b(?i:came|coming|come)\s+(?:in\s+|over\s+|down\s+)?from\b|\bfrom\s+the\s+direction\b"
)
#: the words that open a question asking whether: "That's", "Is it", "So it was"
_ASKING = re.compile(
    r"^(?i:so\s+)?(?i:that's|that\s+is|it's|it\s+is|is\s+it|was\s+it|this\s+is|is\s+that)\s+"
)
#: a township named after its kind word: "Township is Kyaukphyu."
_TOWNSHIP_IS = re.compile(
    r"(?:^|(?<=[.!?]\s))(?:(?:The|Our)\s+)?[Tt]ownship\s+is\s+(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})"
    # (or as an interpreter relays it: "... and the township, she says Pauk.")
    r"|\b(?:the\s+)?township,?\s+(?:she|he|they)\s+says?\s+(?P<relayed>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)"
    r"(?=[.,;]|$)"
)
#: a township named after "the same township": "in the same township, | Minbya|"
_SAME_TOWNSHIP = re.compile(
    r"\b(?i:same)\s+township,\s+(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})(?=[.,;]|$)"
)
#: an answer's first sentence, without a note in brackets after it
_FIRST_SENTENCE = re.compile(r"[^.!?(]*[.!?]?")
#: a question of which township, and an answer of a name alone
_WHICH_TOWNSHIP = re.compile(
    # (or after the name echoed: "Kan Thar. And the township?")
    r"(?i:which|what)\s+(?i:township)|(?:^|(?<=[.!]\s))(?:(?i:ok|okay|so|sorry),?\s+)?(?i:and\s+)?"
    r"(?i:the\s+)?(?i:township)\?$"
    # ("Can you say your township first?")
    r"|\b(?i:say|tell\s+(?:me|us))\s+(?i:your)\s+(?i:township)\b[^?]*\?$"
    r"|^(?i:and\s+)?(?i:the\s+township),\s+[^?]*\?$"  # ("And the township, for the record?")
    r"|^(?i:in)\s*(?:\.{2,}|…)\s*\?$"  # (a place's area asked for: "In...?")
    r"|^(?i:about\s+the\s+township)\?$"  # (summarised: "[Asked about the township]")
    r"|\b(?i:name\s+of\s+(?:your|the)\s+township)\b"  # ("What's the name of your township?")
)
_BARE_NAME = re.compile(
    r"^(?:(?i:it's|it\s+is|both\s+are|they\s+are|all\s+are)\s+)?(?:in\s+)?"
    # (of up to five words: "Det Khi Na Thi Ri.")
    r"(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,4})"
    r"(?:,\s+(?:in\s+)?(?:(?:northern|southern|eastern|western|central)\s+)?[A-Z][\w'’-]*(?:\s+"
    # (or a state's name alone: "Kungyangon, Yangon.", or its district: "Myothit, Magway
    # District.")
    r"(?:Region|State|Division|District))?)?\.?$"
)
#: a sentence of an answer naming its township alone: "Paungde Township, Bago Region.", "It's
#: all Thayetchaung Township.", "This is Pyinmana Township."
_AREA_SENTENCE = re.compile(
    r"(?:^|(?<=[.!?]\s))(?:In\s+|It's\s+(?:all\s+|in\s+)?|It\s+is\s+(?:all\s+|in\s+)?"
    r"|This\s+is\s+|That\s+is\s+|All\s+in\s+)?"
    r"(?P<area>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\s+Township)(?:,\s+[A-Z][\w'’-]*\s+"
    r"(?:Region|State))?(?:,[^.]*)?\.?(?:\s|$)"
)


def _places_told(words: str) -> tuple[bool, list[str]]:
    """Whether an answer says yes, and its sentences that name a place, without where the
    speaker went, stays or is from, where those who came came from, hesitations and notes
    ("... Nan Hpe village at dawn. | They burned maybe forty houses. | That is in Bawlake
    Township.": the first and the last)."""
    if (listed := _LIST_THEN_WHICH.match(words)) and listed.group().count(",") >= 2:
        # (villages listed, then the one it was: "We have many villages close together there.
        # A, B, C... It was C. C village.")
        words = words[listed.end() :]
    words = _ELLIPSIS.sub(", ", words)  # ("it hit Kanni village... Myaing Township")
    if " there" in words and (went := _WENT_THERE_WHILE.search(words)):
        # ("I am from A. On 20 January I went to B village in T township to buy rice. While I was
        # there, the PDF attacked ... In the evening I walked back home through C.")
        return False, [f"In {went['place']}."]
    # ("On X village, uh, Minbya Township", "[pause]"; a comma kept between names: "Let Pan Taw,
    # uh, Yinmabin township")
    words = _HESITATION.sub(_hesitation_left_out, words)
    words = _FILLER_FIRST.sub("", words)  # ("OK. That day I was in V", "Um, Ah Maw.")
    if "village" in words:  # ("Kwin Tha|, uh, it is a small village, maybe 80 houses|.")
        words = _SIZE_OF_VILLAGE.sub("", words)
    words = _SPELT_OUT_FIRST.sub("", words)  # ("D-A-N, Z-A-W. Dan Zaw.")
    if ", but the " in words:  # ("The attack ... was in T town, but the killing we mean was in V")
        words = _CONTRASTED_EVENT.sub(lambda but: f"The {but['event']} was in ", words)
    if "another" in words:  # ("Yes, |another one in Kayan. |Ours is the one in W tract.")
        words = _ANOTHER_ONE.sub("", words)
    if " not " in words:  # ("At Kani| - not Kani in Sagaing, ha - |Kani village in Myothit")
        words = _NAMESAKE_DENIED.sub(lambda denied: ", " if denied["dash"] else "", words)
    if " where " in words:  # ("Kilung|, where we both lived|. Matupi T/S.")
        words = _WHERE_WE_LIVED.sub("", words)
    if "itself" in words:  # ("In Shan Su| itself|.", "Laukkaing town| itself|, in the centre.")
        words = re.sub(r"(?<=[a-z])\s+itself\b", "", words)
    if "umber" in words:  # ("Wan Sang. Wan Sang number 1.": MIMU's "Wan Sang (1)")
        words = _NAME_AND_ITS_NUMBER.sub(r"\g<name> (\g<number>)", words)
    if "village" in words:  # ("In Kone Thar|, um, my village|.": Kone Thar village)
        words = _NAME_THEN_OWN_VILLAGE.sub(r"\g<name> village", words)
    if "No." in words:  # ("In Ward No. 2, in Namtit.": no sentence's end)
        words = NUMBER_SIGN_STOP.sub(r"\1 ", words)
    if "ard. " in words:  # ("No. 5 Ward|. |Lemyethna, uh, Ayeyarwady.": the ward's town next)
        words = _STOP_BEFORE_WARDS_TOWN.sub(", ", words)
    words = _SELF_CORRECTED.sub("", words)  # ("In A... No, sorry, not A. ... It happened in B")
    # ("He was born in A village in T, but| he worked in B village", "I'm originally from A, but| I
    # was staying at my sister's house in B village")
    if ("born" in words or "from" in words or "home is" in words) and (
        lived := BORN_BUT.sub("", words)
    ) != words:
        # (and where they were staying then, as the place told: "I was staying at my sister's
        # house in B village": "In B village")
        words = _STAYING_AT_KIN.sub("In ", lived)
    if "talking about" in words:  # ("But the attack| I'm talking about| was in my own village")
        words = _TALKING_ABOUT.sub("", words)
    if _BURMESE.search(words) and "English" in words:
        # (a name said in Burmese, then in English: "It's called |မေတ္တာ — sorry, in English, |
        # Myitta.")
        words = _BURMESE_THEN_IN_ENGLISH.sub("", words)
    if _BURMESE.search(words):  # (a Burmese answer's first sentence: "V ကျေးရွာ၊ T မြို့နယ်မှာပါ။")
        # (naming a place, after its date: "2021 July 31ပါ။ Tမြို့နယ်၊ Vကျေးရွာမှာ ...")
        first, _, rest = words.partition("။")
        if rest.strip() and "ခုနှစ်" in first and "ရွာ" not in first and "မြို့" not in first:
            first = rest.split("။", 1)[0]
        words = _MM_PARTICLES.sub(r"\1", _MM_OUR_VILLAGE_IS.sub("", first.strip()))
    words = words.strip(" '\"‘’“”")  # (an answer quoted: "'We are from A. I was ...'")
    words = _HERE_BUT_THERE.sub("", words)  # ("In A, but the thing I told you happened in B")
    words = _LIST_SPELLING.sub(r"\g<name>", words)  # ("On the list it is written 'W'.")
    words = _NAME_THEN_ITS_DISTANCE.sub(r"\g<name>, ", words)  # ("V. It's about 21 miles ...")
    words = _NAME_THEN_ITS_TOWNSHIP.sub(r"\g<name>, \g<area>", words)  # ("V. It is in T township.")
    words = _PREPOSITION_FIRST.sub("", words)  # ("On Pu Nyo. We could see the smoke from W")
    if (home := _AT_HOME_FIRST.match(words)) and not any(
        # (not where one it befell came from: "... one of them was my uncle from A")
        _DEED.search(sentence) and _names_a_place(_PERSON_FROM.sub("", sentence))
        for sentence in _SENTENCE.findall(words, home.end())[1:]
    ):
        # (home, where it befell them, unless the answer tells of a deed at another place: "At
        # home in V, T township. The plane dropped bombs on W, across the stream.")
        words = words[home.end() :]
    yes = _YES.match(words)
    if yes:
        words = words[yes.end() :].lstrip(" ,.!")
    words = _TOWNSHIP_THEN_VILLAGE_CALLED.sub(r"\g<name> village, \g<area>.", words)
    if (origin := _FROM_SENTENCE.match(words)) and (
        _NAMES_A_PLACE.search(words, origin.end()) or NAMED_SETTLEMENT.search(words, origin.end())
    ):
        words = words[origin.end() :]  # ("We are from A. | I was visiting the market at B ...")
    if " from " in words or " to " in words:
        # ("|I was going from A to B on my motorbike.| At C village the soldiers ... shot")
        words = _if_named(_TRAVELLING.sub(" ", words).strip(), words)
    if "prison" in words or "jail" in words or "hospital" in words:
        words = _HELD_NOW.sub(" ", words).strip() or words
    if "buried" in words or "cremated" in words:  # ("We buried them in K because ...")
        words = _BURIED_AT.sub(" ", words).strip() or words
    if any(word in words for word in ("home", "house", "clinic", "hospital")):
        # ("No. |My home is in A.| That day I was at my daughter's house in B, and the bomb fell")
        words = _if_named(_HOME_SENTENCE.sub(" ", words).strip(), words)
    if "that tract" in words and (tract := _TRACT_THEN_THAT_TRACT.search(words)):
        # ("You know the W tract, T township? Our village is V, | in that tract|.")
        words = f"{words[: tract.start('that')]}in {tract['tract']}{words[tract.end('that') :]}"
    told = _OWN_PLACE.sub(r"\g<name> \g<kind>", _WHERE_THEY_WENT.sub(_went_alone, words).strip())
    told = _SPEAKER_FROM.sub("", _CAME_FROM.sub("", _SEEN_FROM.sub(" ", told)))
    if " road" in told:  # ("The column came in on the Hopong road": the road, no place)
        told = _ROAD_OF_TOWN.sub(r"\g<on> the road", told)
    naming = [m.group().strip() for m in _SENTENCE.finditer(told) if _names_a_place(m.group())]
    if len(naming) > 1 and naming[0].endswith("?"):
        naming = naming[1:]  # (a question back, then the answer: "You know the W tract?")
    if " there, " in told and (there := _DIED_THERE_IN.search(told)):
        naming = [f"{there['place']}."]  # ("He had gone to B ... He died there, in B.")
    return bool(yes), naming


#: an event at one place, then the one meant at another: "|The attack on the market was in
#: Kunlong town, but the killing we mean was in |Tat Tu."
_CONTRASTED_EVENT = re.compile(
    r"(?:^|(?<=[.!?]\s))[^.!?]*?,\s+but\s+the\s+(?P<event>killings?|fighting|shelling|attack"
    r"|airstrike|raid|bombing|burning|clash(?:es)?|massacre|incident)(?:\s+(?:we|I)\s+mean)?"
    r"\s+(?:was|were|happened)\s+(?:in|at)\s+(?=[A-Z])"
)
#: the place an answer says what the speaker tells of happened in: "what I want to tell you
#: about happened in |B town, T Township|."
_EVENT_TOLD_ASIDE = re.compile(
    r"\b(?i:what)\s+(?:I\s+want\s+to\s+tell\s+(?:you\s+)?about|I['’]m\s+(?:going\s+to\s+)?tell(?:ing)?"
    r"\s+(?:you\s+)?about|I\s+(?:am|will\s+be)\s+telling\s+(?:you\s+)?about)\s+(?:happened|was"
    r"|took\s+place)\s+(?:in|at)\s+(?P<place>[A-Z](?:[^.;]|(?<=No)\.)*)"  # ("Ward No. 3, ...")
)
#: a question of which of a name's namesakes, in a turn: "You said there was a raid. |Which
#: Thit Hpyu Chaung?| I see three in Kyaiklat."
_WHICH_ONE_OF_NAME = re.compile(rf"(?:^|(?<=[.!?]\s))(?i:which)\s+(?P<name>{_NAME})\?")
#: an answer placing the one meant: "The one in |Ma Yan Gyi village tract|."
_THE_ONE_MEANT_IN = re.compile(
    r"^(?:(?:The|That|It['’]s\s+the)\s+one|Ours\s+is\s+the\s+one)\s+(?:in|of|near)\s+(?P<area>[^.;]+)"
)
#: a question of where a place named lies: "Where is Let Khoke Pin (South)?"
_WHERE_IS_PLACE = re.compile(
    rf"^(?:(?i:and|so),?\s+)?[Ww]here\s+is\s+(?P<place>{_NAME}(?:\s+\([A-Z][a-z]+\))?(?:\s+village)?)"
    r"\s*\?$"
)
#: an answer of the area a place lies in: "It's in |Minhla Township, Magway Region|, not far"
_LIES_IN_AREA = re.compile(
    r"^(?:It['’]s|It\s+is)\s+(?:in\s+)?(?P<area>[A-Z][^.;]*?\b(?:Township|Region|State|Division))\b"
)
#: a sentence of a namesake elsewhere: "Yes, |another one in Kayan. |Ours is ..."
_ANOTHER_ONE = re.compile(
    r"(?:^|(?<=[.!?,]\s))(?:(?:[Tt]here\s+is|[Tt]here['’]s)\s+)?[Aa]nother\s+(?:one|village)\b"
    r"[^.!?]*[.!?]\s*"
)
#: where one died, said after "there": "He died there, in Zee Pyar."
_DIED_THERE_IN = re.compile(
    r"\b(?:He|She|They|he|she|they)\s+(?:died|was\s+killed|were\s+killed|was\s+shot\s+dead)"
    rf"\s+there,\s+(?:in|at)\s+(?P<place>{_NAME})\s*[.!]"
)


#: a sentence of where the dead were buried or cremated: "We buried them in K because we could
#: not go back."
_BURIED_AT = re.compile(r"(?:^|(?<=[.!?])\s+)[^.!?]*\b(?:buried|cremated)\b[^.!?]*[.!?]?")
#: where the speaker went, then what happened while they were there: "I went to |B village in
#: T township| to buy rice. While I was there, ..."
_WENT_THERE_WHILE = re.compile(
    r"\b(?:went|had\s+gone|came|travell?ed|walked)\s+to\s+(?P<place>(?:No\.?\s*\(?\d+\)?\s+)?[A-Z]"
    r"[^.;]*?)(?:\s+to\s+[a-z][^.;]*)?[.;]\s+(?:While|When)\s+(?:I|we|he|she|they)\s+(?:was|were)"
    r"\s+there\b"
)
#: the stop between a ward and its town, named next: "No. 5 Ward|. |Lemyethna, Ayeyarwady."
_STOP_BEFORE_WARDS_TOWN = re.compile(
    r"(?<=\b[Ww]ard)\.\s+(?=[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\s*(?:,|\.|$))"
)
#: a name, then the township it is in, a sentence each: "It's called |Myitta. It is in Dawei
#: township|."
_NAME_THEN_ITS_TOWNSHIP = re.compile(
    rf"(?<=\s)(?P<name>{_NAME})\.\s+(?:It|That)(?:['’]s|\s+is)\s+in\s+(?P<area>{_NAME}\s+[Tt]ownship)"
)
#: how big the village named is, after its name: "Kwin Tha|, it is a small village, maybe 80
#: houses|."
_SIZE_OF_VILLAGE = re.compile(
    r",?\s+(?:it\s+is|it['’]s)\s+(?:a\s+|only\s+a\s+)?(?:very\s+)?(?:small|big|large|little|tiny)"
    r"\s+village(?:,\s+(?:maybe|about|around|some|only)\s+\d+\s+(?:houses|households|families))?"
)
#: a name said in Burmese, then given in English: "It's called |မေတ္တာ — sorry, in English, |Myitta"
_BURMESE_THEN_IN_ENGLISH = re.compile(
    r"[\u1000-\u109f][\u1000-\u109f ]*\s*[—–-]+\s*(?:(?i:sorry|I\s+mean),?\s+)?in\s+English,?\s+"
)
#: a road named after the town it leads to: "came in |on the Hopong road|"
_ROAD_OF_TOWN = re.compile(rf"\b(?P<on>on|along|by|via|up|down)\s+the\s+{_NAME}\s+road\b")
#: names listed before the one it was said to be: "... |A, B, C... |It was C."
_LIST_THEN_WHICH = re.compile(r"^[^?]*?(?:\.{3}|…)\s*(?=(?:It|That)\s+was\s+[A-Z])")
#: a village tract (and its township) named, then referred to: "You know the | W tract,
#: T township|? Our village is V, |in that tract|."
_TRACT_THEN_THAT_TRACT = re.compile(
    rf"\b(?P<tract>{_NAME}\s+(?:village\s+)?tract(?:,\s+{_NAME}\s+(?i:township))?)\b[^.!]*?"
    r"(?P<that>\bin\s+that\s+(?:village\s+)?tract)\b"
)


def _if_named(cut: str, words: str) -> str:
    """``cut``, when it still names a place; else ``words``."""
    return cut if _NAMES_A_PLACE.search(cut) else words


#: a sentence of where the speaker was travelling: "I was going from A to B on my motorbike."
_TRAVELLING = re.compile(
    r"(?:^|(?<=[.!?])\s+)(?:I|We)\s+(?:was|were)\s+(?:going|travelling|traveling|driving|riding"
    r"|walking|on\s+(?:my|our)\s+way)\s+(?:from\s+[^.!?]*?\s+)?to\s+[^.!?]*[.!?]"
)
#: a sentence of where the speaker's home is: "My home is in A."
_HOME_SENTENCE = re.compile(
    r"(?:^|(?<=[.!?])\s+)(?:My|Our)\s+(?:own\s+)?(?:home|house|family)\s+(?:is|was)\s+(?:in|at)\s+"
    r"[^.!?]*[.!?]"
    # (or where their clinic is, which the wounded were brought to: "We run a small clinic in T.
    # On Oct 12 they brought people from V")
    r"|(?:^|(?<=[.!?])\s+)(?:We|I)\s+(?:run|have|work\s+(?:at|in))\s+(?:a|the|our)\s+(?:small\s+)?"
    r"(?:clinic|hospital|health\s+(?:post|centre|center)|dispensary)\s+(?:in|at)\s+[^.!?]*[.!?]"
)
#: a sentence of where one taken is held now: "They took his wife. |She is still in Taunggyi
#: prison.|"
_HELD_NOW = re.compile(
    r"(?:^|(?<=[.!?])\s+)(?:He|She|They)\s+(?:is|are)\s+(?:still\s+|now\s+)?(?:in|at)\s+"
    r"[^.!?]*\b(?:prison|jail|hospital)[.!?]?"
)


#: where one was staying with kin, opening a clause: "|I was staying at my sister's house in |B"
_STAYING_AT_KIN = re.compile(
    r"\b(?:I|He|She|We|They|he|she|we|they)\s+(?:was|were)\s+(?:(?:staying|living)\s+)?"
    r"(?:at|in)\s+(?:my|his|her|our|their)\s+(?:[\w-]+['’]s\s+)?(?:house|home|place)\s+in\s+"
)


def _went_alone(went: re.Match[str]) -> str:
    """A space for a clause of where someone went or stays; the clause itself when others went
    there to do what they did ("The soldiers slept one night in A, then walked to B in the
    morning and started shooting at everyone in B")."""
    clause = went.group()
    return clause if _DEED.search(clause) and not _SPEAKER_WORD.search(clause) else " "


#: a word of the speaker's own (who went is then the speaker)
_SPEAKER_WORD = re.compile(r"\b(?:we|We|I|us|me|my|My|our|Our)\b")


def _names_a_place(sentence: str) -> bool:
    """Whether a sentence names a place: after "in", "at", "near" or "of", with its kind word,
    a capitalised word after its first that is no pronoun ("We hid ..."), or in Burmese."""
    if _BURMESE.search(sentence):
        return "ရွာ" in sentence or "မြို့" in sentence
    if _NAMES_A_PLACE.search(sentence) or _WITH_KIND.search(sentence):
        return True
    if _WHEN_ALONE.match(sentence.strip()):
        return False  # (an answer of when: "In January.", "On Friday.")
    if (alone := _BARE_NAME.match(sentence.strip())) and alone["name"] not in _NO_PLACE_WORDS:
        return True  # (a name alone: "Nanmawkei.")
    # (not a militia's name: "soldiers and Pyu Saw Htee against KNDF and KA"; nor a people's:
    # "The soldiers came with the Rakhine villagers from around.")
    words = _PEOPLE_NAMED.sub("", ARMED_GROUP_NAMES.sub("militia", sentence.strip()[1:]))
    words = _RELATIVE_NAMED.sub(
        r"\g<who>", words
    )  # (nor a person's: "my neighbour U Aung Naing's")
    return any(word not in _NO_PLACE_WORDS for word in _CAPITALISED.findall(words))


_BURMESE = re.compile("[\u1000-\u109f]")
#: a person named after who they are to the speaker, or after "his name is": "my neighbour |U
#: Aung Naing's| house", "his name is |Ko Myo Min|"
_RELATIVE_NAMED = re.compile(
    r"(?P<who>\b(?:neighbou?r|uncle|aunt|brother|sister|son|daughter|husband|wife|father|mother"
    r"|cousin|friend|teacher|name\s+is|named)\s+)"
    r"(?:U|Daw|Ko|Ma|Maung|Mg|Saw|Naw|Sai|Nang|Mahn|Nan)\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,3}"
    r"(?:['’]s)?"
)
#: a people named before those of them who acted: "the |Rakhine |villagers", "|Bamar |soldiers"
_PEOPLE_NAMED = re.compile(
    r"\b(?:Rakhine|Kachin|Shan|Karen|Kayin|Chin|Mon|Bamar|Burman|Rohingya|Ta['’]ang|Palaung"
    r"|Muslim|Buddhist|Hindu|Christian)\s+(?=(?:villagers|people|men|women|soldiers|fighters"
    r"|militia|youths?|neighbou?rs|families|monks)\b)"
)
#: an answer of when alone: "In January.", "On Friday.", "Early March 2023."
_WHEN_ALONE = re.compile(
    r"^(?:(?:In|On|Since|Until|By|Last|This|Early|Late|Mid|About|Around)\s+)?(?:early\s+|late\s+"
    # (or a day before a month, which may be short: "On 26 Oct.")
    r"|mid-?)?(?:\d{1,2}(?:st|nd|rd|th)?\s+)?"
    rf"(?:{WHEN_NAMES}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)(?:\s+\d{{1,4}}){{0,2}}\.?$"
)
#: a name with its kind word (not "The village", "Our town")
_WITH_KIND = re.compile(
    r"(?!(?:The|This|That|Our|My|His|Her|Their)\s)[A-Z][\w'’-]*\s+"
    r"(?i:village|town|township|tsp|twp|t/s|ward)\b"
)
#: ... and not "The village" opening a sentence
_NAMED_WITH_KIND = re.compile(
    r"(?<![\w'’-])(?!(?:The|This|That|Our|My|His|Her|Their)\s)[A-Z][\w'’-]*\s+"
    r"(?i:village|town|township|ward)\b"
)
_CAPITALISED = re.compile(r"(?:^|(?<=[\s,]))[A-Z][a-z][\w'’-]*")
_NO_PLACE_WORDS = frozenset(
    [
        "We",
        "I",
        "They",
        "He",
        "She",
        "It",
        "My",
        "Our",
        "Their",
        "His",
        "Her",
        "Then",
        "Yes",
        "No",
        "Now",
        "The",
        "And",
        "But",
        "Maybe",
        "Operation",  # (an offensive's name: "during the Operation 1027 fighting")
        # (a clause opened after a pause, and the army's name: "On 9/8/2023... There was
        # fighting between KIA soldiers and the Tatmadaw there.")
        *("There", "Tatmadaw"),
        # (a word of when, what is left of a sentence of where they fled: "Afterwards, um,
        # everyone fled to W")
        *("Afterwards", "Later", "After", "Before", "Since", "Soon", "Meanwhile"),
        # (a number opening a clause: "... at the village, [pause] One villager was killed.")
        *("One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten"),
        *("January", "February", "March", "April", "May", "June", "July", "August"),
        *("September", "October", "November", "December"),
        *("Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec"),
        *("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
        *("Christmas", "Easter", "Thingyan"),  # ("it was the day after Christmas")
    ]
)
#: a hesitation or a note of one: "uh", "um", "[pause]", "(inaudible)"
_HESITATION = re.compile(
    r",?\s+(?:uh|um|erm)\b,?|\s*\((?:inaudible|pause)\)"
    # (or a note in brackets: "[pause]", "[in Burmese, voice-over]")
    r"|\s*\[[a-z][a-zA-Z ]{1,24}(?:,\s[a-z][a-z -]{1,20})?\]\s*"
    # (or an interpreter's note: "[Interpreter's note: she became emotional here]")
    r"|\s*\[(?i:interpreter|translator)['’]s\s+note:[^\[\]]*\]\s*"
    # (a name begun and said again: "Mawla- | Mawlamyine township")
    r"|\b([A-Z][\w'’]*)-\s+(?=\1)"
)


def _hesitation_left_out(hesitation: re.Match[str]) -> str:
    """What stands for a hesitation: the comma it stood between ("V, uh, T township"), else
    nothing."""
    said = hesitation.group()
    return ", " if said.startswith(",") and said.endswith(",") else ""


#: the speaker's village, said after its name: "In Kone Thar|, um, my village|."
_NAME_THEN_OWN_VILLAGE = re.compile(
    r"(?P<name>\b[A-Z][\w'’-]*)(?:,?\s+(?:um|uh),?)?,?\s+(?:my|our)\s+(?:own\s+|home\s+)?village"
    r"(?=\s*[.;]|$)"
)
#: a speaker's turn opening with where it was: "|It was Hnaw Kone, in Ma Gyi Pin Pu village
#: tract.|", "|It happened in V village, T Township.|"
_IT_WAS_PLACE = re.compile(
    r"(?:It|This|That)\s+(?:was|happened|took\s+place)\s+(?:(?:at|in)\s+)?(?=[A-Z])"
    r"[^.!?\n]*?(?i:village\s+tract|township|tsp|village)\b[^.!?\n]*[.!?]?"
    # (or a name alone after "happened in": "P1: It happened in Taungkyar.")
    r"|(?:It|This|That)\s+(?:happened|took\s+place)\s+(?:at|in)\s+[A-Z][\w'’-]*"
    r"(?:\s+[A-Z][\w'’-]*){0,3}\s*[.!?]?$"
)
#: a name said, cut off: "It was Kalar—"; and said again, yes, with its township: "Kalar, yes,
#: in Matupi township."
_IT_WAS_NAME_CUT = re.compile(
    rf"^(?:It|This|That)\s+was\s+(?P<name>{_NAME})\s*(?:[—–]+|-{{1,2}}|\.{{3}}|…)$"
)
_NAME_YES_IN_AREA = re.compile(
    rf"^(?P<name>{_NAME}),?\s+(?i:yes|yeah),?\s+in\s+(?P<area>{_NAME}\s+(?i:township|tsp))\b"
)
#: an answer saying where it happened, asked or not: "It happened at ..."
_IT_HAPPENED_AT = re.compile(
    r"(?:It|This|That)\s+(?:happened|took\s+place)\s+(?:at|in)\b"
    # (or the event named: "Man 1: The shelling was at V. Our village.")
    r"|The\s+(?:shelling|attack|airstrike|air\s+strike|fighting|raid|bombing|clash|explosion"
    r"|killing|arson)\s+(?:was|happened|took\s+place)\s+(?:at|in)\s+(?=[A-Z])"
    # (or where the speaker is now, then where it happened: "In A, but the thing I told you
    # happened in B.")
    r"|(?=(?:In|At)\s+[A-Z][^,.]*,\s+but\s+(?:the\s+thing|what)\s)"
)
#: a name, then how far it lies from a town, in a sentence of its own: "|V. It's |about 21 miles
#: southeast of Myeik town"
_NAME_THEN_ITS_DISTANCE = re.compile(
    rf"^(?:(?:In|At)\s+)?(?P<name>{_NAME}(?:\s+village)?)\.\s+"
    r"(?:(?:It['’]s|It\s+is|That['’]s|That\s+is)\s+)?"
    r"(?=(?i:about\s+|around\s+|some\s+|roughly\s+|nearly\s+)?\d)"
)
#: where the speaker is now, before where what they told happened: "|In A, but the thing I told
#: you happened |in B."
_HERE_BUT_THERE = re.compile(
    r"^(?:In|At)\s+[A-Z][^,.]*,\s+but\s+(?:the\s+thing|what)\s+[^.]{0,30}?(?:happened|took"
    r"\s+place|was)\s+(?=(?:at|in)\s+[A-Z])"
)
#: the speaker's words of what they tell of, between the event and where it was: "the attack| I'm
#: talking about| was in my own village, V"
_TALKING_ABOUT = re.compile(
    r"\s+(?:that\s+)?(?:I['’]m|I\s+am|I\s+was|we['’]re|we\s+are)\s+talking\s+about"
    r"(?=\s+(?:was|were|happened|took\s+place)\b)"
)
#: fillers opening an answer, each with its mark: "| OK. |That day I was in V", "| Um, |Ah Maw."
_FILLER_FIRST = re.compile(
    # (or an apology, after a pause: "...sorry. Pan Myaung.")
    rf"^(?:(?:\.{{2,}}|…)?(?:Uh|Um|Er|Erm|Hmm|Ah|Oh|Well|So|OK|Okay|Ok|Right|[Ss]orry"
    # (or a caller's greeting: "Yes, hello.")
    r"|(?:Yes,?\s+)?(?:[Hh]ello|Hi|Mingala(?:r)?\s?ba(?:r)?))"
    rf"{_FILLER_MARK}\s*)+(?=\S)"
    # (or "our village" alone, before its name: "In our village.| Ma Ya Kan.")
    r"|^(?:In|At)\s+(?:our|my)\s+(?:own\s+)?village\.\s+(?=[A-Z])"
    # (or a Burmese filler, "um": "|အင်း... |စစ်တပ်က Vရွာကို ဝင်စီးပြီး ...")
    r"|^(?:အင်း|အဲ|အမ်း|ဟို)(?:\.{2,}|…|[၊,])\s*(?=\S)"
)
#: an answer naming the township, then its village as called so: "Mawlamyine township. The
#: village is called V." (-> "V village, Mawlamyine township.")
_TOWNSHIP_THEN_VILLAGE_CALLED = re.compile(
    r"^(?P<area>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\s+[Tt]ownship)\.\s+(?:The|Our|My)\s+"
    r"village\s+is\s+(?:called\s+|named\s+)?(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,4})\."
)
#: an answer naming an area alone: "Mrauk-U Township."
_AREA = re.compile(
    r"^(?:In\s+|It's\s+|It\s+is\s+)?(?P<area>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\s+"
    r"(?:Township|District|Region|State))\.?$"
)
