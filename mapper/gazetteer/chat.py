"""Messages forwarded from chat groups (WhatsApp, Signal, Telegram, Viber) of field networks.

An analyst pastes them with their headers and chatter: "[12/03/24, 14:22] Ko Aung: shelling
now at V vlg, T tsp 🙏", "15 May 2022 02:29 - Daw Khin: drone strike V village, T township",
"Forwarded message: jets over V village (T) just now!!", "~ Field team Magway ~ V village T
Township attacked at dawn", "Saw Htoo: V ywa burning, T myo-nel, pls share". The header (time
stamp and sender: a person's name or a phone number is no place), the forwarding label and
the chatter ("pls share", "ppl running", "just now!!") are left out.
"""

from __future__ import annotations

import re

from mapper.gazetteer.words import HONORIFICS, WHEN_NAMES, with_settlement_words_spelt

#: a place's kind word, as chat messages write it
_KIND = r"(?i:village|vlg|vill|ywa|town|myo|township|tsp|twp|myo-nel|region|state|district)"
_DATE = r"(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{2}-\d{2})"
#: the app a message came by, after its sender: "Ko Phyo (Signal):"
_APP = r"(?:\s*\((?i:signal|telegram|whatsapp|viber|sms|messenger|facebook|fb)\))"
_TIME = r"\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp][Mm])?"
#: a message's header: "[12/03/24, 14:22] Ko Aung: ", "15 May 2022 02:29 - Daw Khin: ", "Ko
#: Min Min, [23.05.22 05:53] ", "[3/5/23 06:10] +95 9 7xx: ", "Sai Lin: ", "+95 9 422xxx78: "
_HEADER = re.compile(
    rf"^\[\s*(?:{_DATE},?\s+{_TIME}|{_TIME},?\s+{_DATE})\s*\]\s*(?:[^:\[\]]{{1,40}}:\s+"
    # (or a sender before a double slash: "[05/04/24 15:18] Van Lian // landmine blast at V")
    r"|[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3}\s+//\s+)?"
    rf"|^\d{{1,2}}\s+[A-Z][a-z]{{2,8}}\s+\d{{4}},?\s+{_TIME}\s+-\s+[^:]{{1,40}}:\s+"
    # (a date in figures and a time, then a sender or a number: "28.12.2024 19:38 - Ma Hnin: ",
    # "25.06.2021 00:26 Lway Mon: ", "28.08.2021 19:18 +95 9 72x xxx 746: ")
    rf"|^{_DATE},?\s+{_TIME}\s*(?:[-–—]\s*)?[^:]{{1,40}}:\s+"
    # (an app's label before a sender: "[Signal] Ma Yadanar: ")
    r"|^(?:\[(?i:signal|telegram|whatsapp|viber|sms|messenger)\]|(?i:signal|telegram|whatsapp"
    r"|viber)\s*[·|•~]\s*)\s*[^:]{1,40}:\s+"
    # (a sender, the app in brackets, then the time: "Bo Bo (Signal) 11:09: ")
    rf"|^[A-Z][\w.]*(?:\s+[A-Z][\w.]*){{0,3}}{_APP}\s*{_TIME}\s*:\s+"
    rf"|^[A-Z][\w.]*(?:\s+[A-Z][\w.]*){{0,3}},\s*\[\s*{_DATE},?\s+{_TIME}\s*\]\s*"
    # (a sender by name alone after a word of respect, before news naming a place by its kind:
    # "Ko Aung: ...", not "Saw Township: ...")
    rf"|^{HONORIFICS}\s+(?!{_KIND}\b)[A-Z]\w*(?:\s+(?!{_KIND}\b)[A-Z]\w*){{0,2}}{_APP}?\s*:\s+"
    rf"(?=.*\b{_KIND}\b)"
    rf"|^\+?95[\d\sx]{{6,20}}(?:\(\s*{_DATE}\s*\))?\s*:\s+"
    # (a message said to be from a place or someone: "msg frm kyunhla: ")
    r"|^(?i:msg|message|sms|text|txt)\s+(?i:from|frm)\s+[^:]{1,30}:\s+"
    # (a sender and their number: "Ko Aung (+95 9 558 817 968): ")
    rf"|^[A-Z][\w.]*(?:\s+[A-Z][\w.]*){{0,3}}\s*\(\s*\+?95[\d\sx-]{{6,20}}\)\s*:\s+"
    # (a sender before a pin: "Saw Htoo 📍Nabulel, ...")
    r"|^[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3}\s*(?=📍)"
    # (a sender, then the time or the date: "Ko Nyi [00:34]: ", "Mahn Ba (5/26/21) - ")
    rf"|^[A-Z][\w.]*(?:\s+[A-Z][\w.]*){{0,3}}\s*(?:\[\s*{_TIME}\s*\]|\(\s*{_DATE}\s*\))"
    r"\s*[-–—:]\s+"
)
#: a forwarding label: "Forwarded message:", "Fwd from Telegram >> 🔴", "Signal grp fwd:", "~
#: Field team Magway ~"
_FORWARDED = re.compile(
    # (an email's: "RE: FW: ", "Re: Re: ", "Subject: "; a text message's: "SMS: ")
    r"^(?:(?:(?i:re|fw|fwd|subject|sms|msg)\s*:\s*)+"
    # (or from whom, on a line of its own: "forwarded from mu paw\n")
    r"|(?i:(?:forwarded|fwd)\s+from\s+[^\n:]{1,40}(?=\n)"
    r"|forwarded(?:\s+(?:message|msg|from\s+\w+))?|fwd\s+from\s+\w+"
    r"|(?:signal|telegram|whatsapp|viber)\s+(?:fwd|forward(?:ed)?)"
    r"|(?:signal|telegram|whatsapp|viber)(?:\s+[a-z]\w*){0,3}?\s+(?:grp|group)"
    r"(?:\s+(?!fwd|forward)[A-Z]\w*)?"
    r"(?:\s+(?:fwd|forward))?)\s*(?::|>>|-)?\s*"
    r"|~[^~]{1,40}~\s*"
    r"|>>\s*(?i:forwarded|fwd)[^<]{0,30}<<\s*)"  # (">> forwarded many times << ")
    r"(?:[\u2600-\u27bf\U0001f000-\U0001faff\ufe0f\u200d]+\s*)?"
)
#: chatter before the news: "Pls pray 🙏🙏 X ywar (T) hit by artillery", "update on X", an
#: advisory's level
_CHATTER_FIRST = re.compile(
    r"^(?i:pl[sz]|please)\s+(?i:pray|share|help)\b[\s!\u2600-\u27bf\U0001f000-\U0001faff\ufe0f]*"
    r"|^(?i:update|updates|news|info)\s+(?i:on|about|from)\s+"  # ("Fwd: update on X town")
    # (an appeal's call to those where it is made: "Calling all Burmese in Sydney! Let's help ")
    r"|^(?i:calling\s+all)\b[^!.?]{0,60}[!.?]+\s*(?:(?i:let['’]?s\s+help|please\s+help)\s+)?"
    r"|^(?i:sit\s*rep)\s*:?\s+"  # ("sitrep zay thit vlg / Madaya township: ...")
    # (a ticket's or an alert's label: "Ticket 2023-3441 | Geolocate: ", "URGENT // ")
    r"|^(?i:ticket|case|request)\s*#?\s*[\w-]+\s*[|:–-]\s*(?:(?i:geolocate|verify|locate)\s*:\s*)?"
    r"|^(?i:urgent|important|priority|alert)\s*(?://|:|-|!+)\s*"
    # (a security advisory's level and instruction: "Level 4 – Do not travel: ", "Security
    # Level 4 (Extreme) | ", "AVOID: ")
    # (after a flash's date and time, a notice's code or its time: "FLASH 16 Apr 1805: ",
    # "[SA-130] 19:50 hrs – ")
    r"|^(?:(?i:flash|alert|update)\b[^:|\n]{0,24}[:|]\s*|\[[\w-]{2,12}\]\s*)?"
    r"(?:\d{1,2}[:.]?\d{2}\s*(?i:hrs?|h)?\s*[–—-]\s*)?"
    r"(?:(?i:security\s+)?(?i:level)\s*\d(?:\s*\([^()]{1,20}\))?\s*[–—:|-]\s*"
    r"(?:(?i:do\s+not\s+travel|reconsider\s+travel|avoid(?:\s+all\s+travel)?)\s*[:–—|-]\s*)?"
    r"|(?i:do\s+not\s+travel|reconsider\s+travel|avoid(?:\s+all\s+travel)?)\s*[:–—|-]\s*)"
)
#: whose place it is, before it: "My family's village Nam San Yang, ...", "our hometown Kalay"
_NAME_WORD = r"(?!(?i:township|tsp|twp|village|vlg|town|in|and)\b)[A-Z][\w'’-]*"
_OWN_PLACE = re.compile(
    r"^(?:(?i:my|our)\s+|(?i:dad|mum|mom|mother|father|grandma|grandpa|grandmother|grandfather)"
    r"['’]s\s+)(?:(?:(?i:family|native|home|own|dear|beloved|ancestral)|[a-z]+['’]s?|parents['’])"
    r"\s+){0,2}"  # ("my wife's", "our family's ancestral")
    r"(?P<kind>(?i:village|hometown|home\s+town|town))\s*,?\s+(?:(?i:of)\s+)?"
    rf"(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,5}})"
)
#: kin at the place a message tells of, before what they say befell it: "|our relatives in| taung
#: ni vlg (kyunhal tsp) say troops arrived 5am"
_KIN_THERE_SAY = re.compile(
    r"^(?i:my|our)\s+(?i:relatives|family|cousins?|parents|uncle|aunt|brother|sister|people)\s+"
    r"(?i:in|at)\s+(?=[^.;]{1,80}?\b(?i:say|says|said|told|report|reports)\b)"
)
#: what a message adds after its news: "pls share", "pls pray 🙏", "ppl running", "just now!!"
#: where the wounded were taken, after the account: "..., 1 monk wounded.| taken to clinic|"
_TAKEN_FOR_CARE = (
    r"[,.]\s*(?i:taken|brought|sent|rushed|carried)\s+to\s+(?:the\s+)?(?i:clinic|hospital)\b"
)
_CHATTER = re.compile(
    r"[,.]?\s*(?i:pl[sz]|please)\s+(?i:share|pray|help|rt|forward)\b.*$"
    r"|[,.]\s*(?i:ppl)\s+\w+.*$|^(?i:ppl)\s+(?=\w)"
    r"|,\s*(?i:need|needs)\s+(?:rice|food|help|medicine|water|shelter)\b.*$"
    r"|\s+(?i:just\s+now)(?=[\s!.]|$)|\s+rn\s*$"  # ("right now")
    # (a column's strength in brackets: "sac column| (abt 100)| in V vlg")
    r"|\s*\((?i:abt|about|approx\.?|around|~)\s*\d+\+?(?:\s+(?i:troops|soldiers|men|ppl))?\)"
    # ("sac column in V vlg| now|, T twp"; "troops entered V vlg| frm W side|, T tsp")
    r"|(?:(?<=vlg)|(?<=village))(?:\s+now|\s+(?:frm|from)\s+[\w'’-]+(?:\s+[\w'’-]+)?\s+side)(?=\s*,)"
    # ("entering V vlg| now from W direction|. T tsp")
    r"|(?:(?<=vlg)|(?<=village))(?:\s+now)?\s+(?:frm|from)\s+[\w'’-]+(?:\s+[\w'’-]+)?"
    r"\s+(?:side|direction)(?=\s*[,.])"
    # (where fire or troops came from, after the place: "V vlg (T tsp)|, heavy arty from W side|",
    # "V VLG ON FIRE. DAWEI TSP|. SAC CAME FROM LAUNGLON|.")
    r"|[,.]\s*(?i:heavy\s+)?(?i:arty|artillery|shelling|shells)\s+(?i:from|frm)\s+[\w'’-]+"
    r"(?:\s+[\w'’-]+)?\s+(?i:side)\b"
    r"|[.,]\s*(?i:sac|troops|soldiers|column)\s+(?i:came|come|coming)\s+(?i:from|frm)\s+[\w'’-]+"
    r"(?:\s+[\w'’-]+)?(?=\s*[.,!]|\s*$)"
    # (or where it set out from, before what it did: "SAC column| moved out from Daik Oo| on July 10
    # and entered V")
    r"|\s+(?i:moved|came|marched)\s+(?i:out\s+)?(?i:from|frm)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}"
    r"(?=\s+(?:on\s+[^,.]{1,20}\s+)?and\s+(?:entered|attacked|raided|burned|shelled)\b)"
    # (which of namesakes, in brackets: "V, T T/S| (the one between T and W)|")
    r"|\s*\((?i:the\s+one)\s+[^()]{3,60}\)"
    # (where some of those taken are from: "... in V, T T/S.| Two of them are from W but were
    # staying with relatives there.|")
    r"|(?<=\.)\s*(?:[A-Z][a-z]+\s+of\s+them|Some|Most)\s+(?:are|were)\s+from\s+[^.!?]*[.!?]?"
    # (or on a line of its own at the end: "...🔥\n| column came up from the T side, still camping
    # near the village|")
    r"|\n\s*(?i:sac|troops|soldiers|column)\s+(?i:came|come|coming|moved)\s+(?i:out|up|down|in)?\s*"
    r"(?i:from|frm)\s+[^\n]*$"
    # (or where the guns fired from: "...\n|heavy weapons fired from Yinmarbin side. ...|")
    r"|\n\s*(?i:heavy\s+weapons|artillery|shells|mortars?|guns)\s+(?i:fired|firing|shot|launched)\s+"
    r"(?i:from|frm)\s+[^\n]*$"
    r"|\s*(?:[!?]{2,}|!(?=\s))"
    # (when, after the place's kind word: "hpasawng twp| noon| pls pray")
    r"|(?:(?<=twp)|(?<=tsp)|(?<=vlg)|(?<=town))\s+(?i:noon|midnight|tonight|tonite|today"
    r"|this\s+(?:morning|mrng|mornin|mng|evening|eve|aft|afternoon)|last\s+nite|last\s+night"
    r"|yesterday|ystd|ytd|[0-2]\d[0-5]\d(?:\s*h(?:rs?)?)?)(?=\s*$|\s*[,.!])"  # (or "0630")
    r"|[.…,]*\s*(?i:stay\s+(?:safe|away)|pray\s+(?:for|4)\s+(?:us|them)|be\s+careful)\b.*$"
    r"|\s+[–—-]\s+(?i:need|needs|pls|please|urgent|to\s+verify|casualties|any\s+news)\b.*$"
    r"|\s*\|\s*(?i:status)\s*:.*$"
    r"|\s+IDPs?(?=\s*$)"
    # (what is not yet known, at the end: "... V vlg 9pm | no casualty info yet|")
    r"|[,.]?\s+(?i:no|any)\s+(?i:casualty|casualties|info|information|news|details|injuries"
    r"|deaths|word)\b[^.!?;|(]*(?=\s*\([^()]*\)\s*$|$)"  # (not an area in brackets after it)
    # (how and where the sender's people are now: "V burnt by army T tsp|. fam ok, now at W|")
    r"|[,.]\s*(?i:fam|family|families|all|everyone)\s+(?i:ok|okay|safe|fine)\b.*$"
    # (why people flee, where troops come from: "ppl fleeing from V vlg T tsp | bc sac column
    # coming from W|. 8 houses already burnt")
    r"|\s+(?i:bc|b/c|because|coz|cuz|cos)\s+(?:(?i:sac|junta|army|military|regime)\s+)?"
    r"(?i:column|troops|soldiers|army)\s+(?i:coming|came|come|approaching|advancing)\s+"
    r"(?i:from)\s+[^.!?;]*"
    # (or where the sender fled, at the end: ", we fled to W vlg")
    r"|,\s*we\s+(?:fled|ran|moved|escaped)\s+(?:to|into)\s+[^,.;!?]*$"
    # (or the villagers, after what was done: "... burned about 30 houses 🔥| villagers fled to W
    # vlg|. no casualty info yet")
    r"|(?:[,.]|\s*[\u2600-\u27bf\U0001f000-\U0001faff\ufe0f\u200d]+)?\s*(?i:villagers|ppl|people"
    r"|residents|families|everyone)\s+(?i:fled|ran|moved|escaped)\s+(?i:to|into)\s+[^,.;!?]*"
    r"(?=[.!]|$)"
    # (where the sender is now: ", we r safe in W now", "we r ok in W")
    r"|[,.]?\s*(?i:we|i)\s*(?i:r|are|'re|’re|am|'m|’m)\s+(?i:(?:safe|ok|okay|fine|alright"
    r"|hiding|staying|sheltering|now|all|still)\s+){0,3}(?i:in|at)\s+[^,.;!?]*"
    # (or where the wounded were taken: "..., 1 monk wounded.| taken to clinic in W|")
    rf"|{_TAKEN_FOR_CARE}[^.!?;]*"
    # (or where the villagers hide now, at the end: "... 😭 villagers hiding in W now")
    r"|(?:[,.]|\s*[\u2600-\u27bf\U0001f000-\U0001faff\ufe0f\u200d]+)?\s*(?i:villagers|ppl|people"
    r"|residents|families|everyone)\s+(?i:(?:are|r|now|still|all)\s+){0,2}(?i:hiding|staying"
    r"|sheltering)\s+(?i:in|at)\s+[^,.;!?]*$"
    # (or people leaving the place, at the end: "... side. ppl running out of the village 🙏")
    r"|[,.]?\s*(?i:villagers|ppl|people|residents|everyone)\s+(?i:running|fleeing|leaving|running\s+away)"
    r"\s+(?i:out\s+of|from)\s+(?i:the|our)\s+(?i:village|town)\b[^.!?\n]*$"
    r"|(?<=\w)(?:\.{2,}|…)(?=\s|$)"
    r"|\s*[\u2600-\u27bf\U0001f000-\U0001faff\ufe0f\u200d]+\s*$"  # (an emoji ending it: "... 🙏")
    # (a later line asking after relatives elsewhere: "\n... My uncle is in W, is it safe there")
    r"|\n[^\n]*\b(?i:is\s+it\s+safe|are\s+they\s+safe)\b[^\n]*$"
)
#: a village named with its kind word, then its township's name alone, before words in lower
#: case or a number: "drone bomb | Ta Lin Kone village Sinbaungwe| 4 dead", "the fighting is at
#: | Sat Chauk vlg Kanpetlet| since yesterday"
_VILLAGE_THEN_TOWNSHIP_NAME = re.compile(
    r"(?P<village>\b[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}\s+(?i:village|vlg))\s+"
    rf"(?!{WHEN_NAMES}\b)(?!(?i:tract|township|town|village|region|state|district)\b)"
    r"(?P<township>[A-Z][a-z][\w'’-]*)(?=\s+(?:[a-z]|\d)|\s*[,.!]|\s*$)"
)
#: a place's kind in romanised Burmese, in lower case after its name: "X ywa burning", "Y
#: myo-nel", "Saw myo airstrike" (read as the English kind word; not "Taung Myo", a name)
_ROMANISED_KIND = re.compile(
    r"(?<=\w)\s+(ywar?|myo-?nel|myo)(?=[\s,.;!)]|$)"
    # (not a word of a name: "daw ta cha |ywar thit|, demoso tsp", Daw Ta Cha Ywar Thit)
    r"(?!\s+(?i:thit|haung|ma|gyi|lay|thar)\b)"
    # (not a word of a name before its kind word: "lay ywar son vlg", "yway ywar thit (T tsp)")
    r"(?!(?:\s+\(?[\w'’-]+){0,3}\s+(?i:vlg|village|ywar?|town|tsp|twp|township)\b)"
)
#: a village in lower case, then its township's bare name before a dash: "na be thra vlg |budalin
#: -| sac column entered"
_VILLAGE_THEN_BARE_TOWNSHIP = re.compile(
    r"^(?P<village>[a-z][a-z'’-]*(?:\s+[a-z][a-z'’-]*){0,3}\s+(?:vlg|village))\s+"
    r"(?P<township>[a-z][a-z'’-]*(?:\s+[a-z][a-z'’-]*)?)\s+(?P<dash>[-–—])\s"
    # (or capitalised, by the short kind word: "Thein Kone vlg |Paung| - 2 ppl shot dead")
    r"|^(?P<village_named>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}\s+vlg)\s+"
    r"(?P<township_named>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)\s+(?P<dash_named>[-–—])\s"
)


def _village_then_township(named: re.Match[str]) -> str:
    """A village then its township's bare name, with the township's kind word between them."""
    if named["village"]:
        return f"{named['village']}, {named['township']} township {named['dash']}"
    return f"{named['village_named']}, {named['township_named']} township {named['dash_named']}"


#: a message opening on a township in lower case, then a village: "|ann tsp se khan maw vlg|"
_TOWNSHIP_THEN_VILLAGE = re.compile(
    r"^(?P<township>[a-z][a-z'’-]*(?:\s+[a-z][a-z'’-]*)?\s+(?:tsp|twp|township))\s+"
    r"(?P<village>(?:[a-z][a-z'’-]*\s+){0,4}[a-z][a-z'’-]*\s+(?:vlg|village))\b"
)
#: a message's last sentences in lower case of its casualties and needs, naming no place (no
#: kind word, no word of where): "... indaw twp 5pm| . many injured need medics|"
_NAMELESS_TAIL = re.compile(
    r"(?:\s*(?:\.{1,3}|…)\s+(?![^.]*\b(?:vlg|village|tsp|twp|township|town|ward|in|at|near|from|to)\b)"
    r"(?=[^.]*\b(?:injured|dead|killed|wounded|hurt|medics?|doctors?|blood|help|casualties"
    r"|fire|burning|burnt|burned|destroyed|gone|damaged)\b)"  # (or "~11am.. houses on fire")
    r"[a-z0-9][a-z0-9 ,'’-]*)+[\s\u2600-\u27bf\U0001f000-\U0001faff\ufe0f\u200d]*$"
)
#: an event's word then a place in lower case with its kind word, no word of where between:
#: "airstrike | demoso town 7 pm", "jet bombing | katha town now"
_EVENT_THEN_NAME = re.compile(
    r"\b(?P<event>airstrikes?|air\s+strikes?|drone\s+strikes?|jet\s+strikes?|shelling|bombing|raids?|arson"
    r"|clash(?:es)?|fighting)\s+(?=[a-z][a-z'’-]*(?:\s+[a-z][a-z'’-]*){0,4}(?:\s+(?:town|vlg"
    r"|village|tsp|twp|township|ward)\b"
    # (or a name, then its township after a comma: "airstrike | min koe ,indaw twp")
    r"|\s*,\s*[a-z][a-z'’-]*(?:\s+[a-z][a-z'’-]*)?\s+(?:tsp|twp|township)\b))"
    r"(?!(?:in|at|on|near|of|from|to|the|a)\s)"
    # (or a deed, then a village's name and its township's, no kind word between: "sac burned |
    # gonethaung yenangyaung tsp")
    r"|\b(?P<deed>burn(?:ed|t)|torched|raided|bombed|shelled)\s+"
    r"(?=(?:(?!(?:vlg|vill|village|our|my|their|the|a|in|at|on|near|of|from|to|by|with|and|down"
    r"|again|today|army|sac|junta|troops|soldiers)\b)[a-z][a-z'’-]*\s+)"
    r"{2,5}(?:tsp|twp|township)\b)"
)
#: what was done to a place named before it, by whom, then its township: "sintbar| burnt by army
#: |wetlet tsp"
_DONE_BY_BEFORE_TOWNSHIP = re.compile(
    r"(?<=[a-z])\s+(?:burnt|burned|raided|bombed|shelled|attacked|torched)\s+by\s+(?:the\s+)?"
    r"(?:army|sac|junta|troops|military|soldiers)\s+"
    r"(?=[a-z][a-z'’-]*(?:\s+[a-z][a-z'’-]*)?\s+(?:tsp|twp|township)\b)"
)
#: the same in a message in capitals: "SHELLING | PAR TAN VILLAGE PALETWA TSP"
_EVENT_THEN_NAME_IN_CAPITALS = re.compile(_EVENT_THEN_NAME.pattern, re.IGNORECASE)
_KIND_IN_ENGLISH = {
    "ywa": " village",
    "ywar": " village",
    "myo-nel": " Township",
    "myonel": " Township",
    "myo": " town",
}
_CHATTER_CUE = re.compile(
    r"pls|plz|ppl|PLS|PPL|just now| rn$|!!|\?\?|stay safe|pray|\.\.|…"
    r"|[\u2600-\u27bf\U0001f000-\U0001faff]|\b(?:fam|family) (?:ok|safe)\b"
    r"|\b(?i:we|i) ?(?:r|are|am|'re|’re|'m|’m) "
    r"|(?:twp|tsp|vlg) (?:this|tonite|ystd|ytd)"  # (when, after a place: "T tsp this mrng")
    r"| no (?:casualty|casualties|info|news|details) |, we fled "
    rf"|{_TAKEN_FOR_CARE}"  # (the emoji after it gone before: "... taken to clinic in W 😢")
)
#: the first letters of what a message's header or label may start with (a quick look)
_STARTS = ("[", "+", "~", ">", "F", "f", "S", "T", "W", "V", "R", "P", "U", "I", "C", "A", "L", "D")


def message_text(text: str) -> str:
    """``text`` without a chat message's header, forwarding label and chatter (see the
    module); ``text`` itself when it has none of them."""
    if " of town" in text:  # ("oke hpo vlg yamethin tsp| N of town| arty landing since 6pm")
        text = _SIDE_OF_TOWN.sub("", text)
    if not (
        text.startswith(_STARTS)
        or text[:1].isdigit()
        or ": " in text[:45]
        or "," in text
        or text[:3] in ("our", "Our", "my ", "My ")
        # (a message in lower case: "sac troops entered V vlg ... we r in W now")
        or (text[:1].islower() and _CHATTER_CUE.search(text))
        # (or a message's words after a capital: "V village burning. sac column ... pls share")
        or ("pls " in text and _CHATTER_CUE.search(text))
        # (or in one case, what befell a place after it: "thayetmyo town arty from sac base")
        or ((text.islower() or text.isupper()) and _WHAT_BEFELL_AFTER_PLACE.search(text))
        # (or before it: "jet bombing tuang ywar thit vlg pale tsp 5am")
        or (text.islower() and _EVENT_THEN_NAME.search(text))
        # (or a village's township named after it alone: "drone bomb V village T 4 dead")
        or (text[:1].islower() and _VILLAGE_THEN_TOWNSHIP_NAME.search(text))
    ):
        return text  # (a quick look first)
    # ("bombed Loi Mun vlg|..| kyaukme twp|..| n.shan": a comma)
    cut = _DOTS_AFTER_KIND.sub(r"\1,", _FORWARDED.sub("", text, count=1))
    cut = _CHATTER_FIRST.sub("", _HEADER.sub("", cut, count=1), count=1)
    if cut[:3].lower() in ("my ", "our") or "'s village " in cut[:20] or "’s village " in cut[:20]:
        cut = _KIN_THERE_SAY.sub("", _OWN_PLACE.sub(_place_of_own, cut, count=1), count=1)
    if cut.islower() or cut.isupper():  # ("raid auk kyauk wut |vilage| lauunglon |townshp|")
        cut = with_settlement_words_spelt(cut)
    # (or what befell a place before it: "jet bombing | tuang ywar thit vlg pale tsp 5am, 3 dead")
    one_case = (cut.islower() and _EVENT_THEN_NAME.search(cut)) or (
        (cut.islower() or cut.isupper()) and _WHAT_BEFELL_AFTER_PLACE.search(cut)
    )
    if (
        cut == text
        and not one_case
        and not _CHATTER_CUE.search(text)
        and not (text[:1].islower() and _VILLAGE_THEN_TOWNSHIP_NAME.search(text))
    ):
        return text
    # ("enter X town!! junta troops ...", "drone hit V T tsp !!! 😢 7 kids injured")
    cut = re.sub(r"\s*[!?]{2,}(?=\s+(?:[a-z]|[^\w\s(\[]))", ".", cut)
    # (or before the area, which is no word of the name: "just hit V|!!| T township, S")
    cut = re.sub(
        r"\s*[!?]{2,}(?=\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s+(?i:township|tsp|twp)\b)", ",", cut
    )
    cut = _NAMELESS_TAIL.sub("", cut)  # (before its dots go: "... twp ~11am.. houses on fire")
    cut = _CHATTER.sub("", _CHATTER.sub("", cut))  # (twice: "X IDPs – need verification")
    cut = cut.replace(" // ", " / ")  # ("Saw Twp // Yint Ye village")
    # ("drone bomb V village| |T 4 dead": the township's name after the village's kind word)
    cut = _VILLAGE_THEN_TOWNSHIP_NAME.sub(r"\g<village>, \g<township>", cut)
    if "( " in cut or " )" in cut:  # ("tha byu konee vlg |( |dedaye tsp| )| pdf attack ...")
        cut = re.sub(r"\(\s+", "(", re.sub(r"\s+\)", ")", cut))
    cut = _GLUED_COMMA.sub(", ", cut)  # ("near Say Tan vlg|,M|ogaung twp 10:30pm")
    cut = _ROMANISED_KIND.sub(lambda kind: _KIND_IN_ENGLISH[kind[1]], cut)
    event_then_name = _EVENT_THEN_NAME_IN_CAPITALS if cut.isupper() else _EVENT_THEN_NAME
    cut = event_then_name.sub(lambda named: f"{named['event'] or named['deed']} at ", cut)
    if " by " in cut:  # ("sintbar| burnt by army |wetlet tsp")
        cut = _DONE_BY_BEFORE_TOWNSHIP.sub(", ", cut)
    # ("na be thra vlg| budalin -| sac column entered ...": the township after the village)
    cut = _VILLAGE_THEN_BARE_TOWNSHIP.sub(_village_then_township, cut)
    # ("ann tsp se khan maw vlg - troops ...": the village, then its township)
    cut = _TOWNSHIP_THEN_VILLAGE.sub(r"\g<village>, \g<township>", cut)
    cut = _NAMELESS_TAIL.sub("", cut)  # ("... indaw twp 5pm | . many injured need medics|")
    if cut.islower() or cut.isupper():  # ("fighting V vlg T twp | kia vs sac since 6am|")
        cut = _WHAT_BEFELL_AFTER_PLACE.sub("", cut)
    if " from " in cut and (kept := _TROOPS_FROM_SENTENCE.sub("", cut)) != cut:
        cut = kept  # ("V village burning. |sac column ~50 troops from Yesagyo. |Myaung tsp.")
    return cut.strip(" .") or text


#: a message's sentence of where the troops came from: "V village burning. |sac column ~50
#: troops from Yesagyo. |Myaung tsp."
_TROOPS_FROM_SENTENCE = re.compile(
    r"(?<=[.!]\s)(?:(?i:sac|junta|military|regime|army)\s+)?(?i:column|troops|soldiers)"
    r"[^.!?]{0,30}?\bfrom\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}(?:\s+(?i:town|base|side))?"
    r"\s*[.!]\s*"
)
#: what befell a place, told after its kind word in a message in one case, naming no other
#: place: "fighting nawng pin vlg shwegu twp| kia vs sac since 6am|", "V VLG| 4 VILLAGERS KILLED
#: BY SAC|", "thayetmyo town| arty from sac base 2pm"
_WHAT_BEFELL_AFTER_PLACE = re.compile(
    r"(?:(?<=\bvlg)|(?<=\btwp)|(?<=\btsp)|(?<=\btown)|(?<=\bvillage)|(?<=\btownship))"
    r"(?=\s[^.;]*\b(?:sac|junta|arty|artillery|vs|since|killed|injured|dead|wounded|shelling"
    r"|shelled|arson|burned|burnt|torched|raided)\b)"
    # (nor a place after it; a landmark is none: "... arty landing near bridge 2")
    r"(?![^.;]*\b(?:vlg|village|tsp|twp|township|town|ward|in|at|to|into|of|km|miles?"
    r"|near(?!\s+(?:the\s+)?(?:bridge|market|school|hospital|monastery|pagoda|river|road)\b))\b)"
    r"(?!\s*\()"  # (nor a township in brackets: "V vlg (budalin) since 9:30pm")
    r"(?![^.;]*\bfrom\s+(?!sac\b|junta\b|army\b|military\b|the\s+army\b)\w)"
    # (to the end of the message, or of its first sentence: "... TSP ARSON 40 HOUSES|. ALL MOVED
    # TO LAW PI TA")
    r"\s+[^.;]*(?:$|(?=\.\s))",
    re.IGNORECASE,
)
#: the side of the township's town a message places it on: "... yamethin tsp| N of town|"
_SIDE_OF_TOWN = re.compile(r"\s+(?:[NSEW]{1,2}|north|south|east|west)\s+of\s+(?:the\s+)?town\b")
#: dots after a place's kind word, separating it from its area: "Loi Mun vlg.. kyaukme twp.."
_DOTS_AFTER_KIND = re.compile(
    # (not before a tail of what befell it: "... hakha tsp| ... |10 houses gone")
    r"\b(vlg|vill|village|twp|tsp|township|town)\s*\.{2,}(?=\s)(?!\s+\d+\s+(?:houses|homes)\b)",
    re.I,
)
#: a comma with no space after it, before a name: "Say Tan vlg,Mogaung twp"
_GLUED_COMMA = re.compile(r"(?<=[a-z]),(?=[A-Z][a-z])")


def _place_of_own(said: re.Match[str]) -> str:
    """The place someone calls theirs, with its kind word when it is a village."""
    return f"{said['name']} village" if said["kind"].lower() == "village" else said["name"]


def email_body(text: str) -> str:
    """An email's or field report's subject and body, without its greeting, its sign-off and
    signature (where the writer's office is), and its asides ("Subject: Raid – V village, T
    Twp\\nDear team,\\nAt 05:45 troops raided V village ...\\nRegards,\\nMa Thida, Field
    Officer, Dawei Office": "Raid – V village, T Twp\nAt 05:45 troops raided V village ...");
    lines may come as written "\\n" or joined by " / "; ``text`` itself when it has no
    greeting nor sign-off."""
    if not _EMAIL_CUE.search(text):
        return text  # (a quick look first)
    if (field := _REPORTED_BY_FIELD.search(text)) is not None:
        text = text[: field.start()]  # ("... | Time: 04:00 | Reported by: Nan Hsu, Loikaw office")
    lines = re.split(r"\\n|\n|\s+/\s+", text)
    if len(lines) == 1:  # (an email written on one line: "Dear team, quick update from ...")
        cut = _EMAIL_ASIDE.sub("", _GREETING.sub("", _EMAIL_ASIDE.sub("", text)))
        cut = _WRITER_AT_OFFICE.sub("", _ONE_LINE_SIGNATURE.sub("", cut))
        return cut.strip() or text
    kept: list[str] = []
    subject_at = None
    for line in lines:
        line = line.strip().lstrip("> ").strip()  # (a quoted line of a forwarded email)
        if _SIGN_OFF.match(line) or _REPORTED_BY.match(line):
            break  # (the signature follows: a name, a title, an office's town)
        if (
            _TITLE_LINE.match(line)
            or (" | " in line and _TITLE_WORD.search(line))
            or _NAME_AND_TITLE.match(line)
        ):
            # (a signature with no sign-off: "Mi Mon Chan\nBase Manager, Monywa", without the
            # name before the title)
            if kept and _NAME_LINE.fullmatch(kept[-1]):
                kept.pop()
            break
        if _HEADER_LINE.match(line):
            continue  # ("-----Original Message-----", "From: Nang Mo, Field Monitor, X Office")
        if not kept and _UPDATE_TITLE.match(line):
            continue  # (a forwarded update's title: "FW: Waingmaw update", "Flash update")
        if (subject := _SUBJECT.sub("", line)) != line:
            subject_at = len(kept)
        line = _GREETING.sub("", _EMAIL_ASIDE.sub("", subject))
        line = _EMAIL_ASIDE.sub("", line).strip()  # (after a greeting: "Dear all, FYI below ...")
        line = _ADVISE_AT_END.sub("", line)  # ("... Troops came from Mrauk-U.| Please advise.|")
        line = _OFFICE_NEWS.sub("", line).strip()
        if line:
            kept.append(line)
    if subject_at is not None and subject_at + 1 < len(kept) and kept[subject_at + 1][:1].isupper():
        # (a subject ends its sentence before a body opening on a name: "Subject: airstrike
        # V|.|\nV village in T Township was bombed ...")
        kept[subject_at] += (
            "." if kept[subject_at][-1:].isalnum() or kept[subject_at][-1:] == ")" else ""
        )
    changed = len(kept) < len(lines) or kept != [line.strip() for line in lines]
    return "\n".join(kept) if kept and changed else text


#: the words of who reported a report: "Reported by", "Logged by"
_REPORTED_BY_WORDS = r"(?:Reported|Logged|Submitted|Compiled|Prepared|Filed)\s+by"
_EMAIL_CUE = re.compile(
    r"(?i:regards|dear\s|subject:|sincerely|\bfyi\b|original\s+message|field\s+office"
    r"|reporting\s+office)|\\n"
    r"|^(?:Hi|Hello)\s+(?:all|team|everyone)\b|" + _REPORTED_BY_WORDS + r"\b"
)
#: a record's last field of who reported it: "| Reported by: Nan Hsu, Loikaw office"
_REPORTED_BY_FIELD = re.compile(r"\s*[|;]\s*" + _REPORTED_BY_WORDS + r"\s*:?[^|;\n]*$")
#: a report's line of who reported it, and from which office: "Reported by: Ko Zaw Htet,
#: Programme Officer, Myeik", "Logged by Ma Hnin Wai, Team Leader, Mandalay", "Reporting office:
#: Monywa"
_REPORTED_BY = re.compile(r"^(?:" + _REPORTED_BY_WORDS + r"\b|(?i:reporting\s+office)\s*:)")
#: a forwarded email's header lines: "-----Original Message-----", "From: ...", "Sent: ..."
_HEADER_LINE = re.compile(
    r"^(?:-{2,}\s*(?i:original|forwarded)\s+(?i:message)\s*-{2,}|(?i:from|to|cc|sent|date)\s*:)"
)
#: a forwarded update's title line, naming no more than its area: "FW: Waingmaw update"
_UPDATE_TITLE = re.compile(
    r"^(?:(?i:fw|fwd|re)\s*:\s*)*(?:[A-Z][\w'’-]*\s+){0,3}(?i:flash\s+|security\s+)?"
    r"(?i:update|sitrep|situation\s+report|incident|alert)s?$"
)
#: the words of a staff member's title in a signature
_TITLES = r"Manager|Officer|Coordinator|Monitor|Assistant|Director|Advisor|Adviser|Specialist"
#: a signature's title line: "Base Manager, Monywa", "Field Officer, Kalay Office"
_TITLE_LINE = re.compile(
    rf"^(?:[A-Z][\w-]*\s+){{0,3}}(?:{_TITLES}|Lead|Focal\s+Point|Team\s+Leader)\b[^.;]*$"
)
#: a title's word in a signature written on one line: "Ma Thida | Area Coordinator | Gangaw"
_TITLE_WORD = re.compile(rf"\b(?:{_TITLES})\b")
#: a signature's name and title on one line: "Ma Hnin Wai, Protection Assistant"
_NAME_AND_TITLE = re.compile(
    rf"^(?:[A-Z][\w-]*\s+){{1,3}}[A-Z][\w-]*,\s+(?:[A-Z][\w&-]*\s+){{0,3}}(?:{_TITLES}|Lead"
    r"|Focal\s+Point|Team\s+Leader)\b[^.;]*$"
)
#: a signature's name line, before the title: "Mi Mon Chan"
_NAME_LINE = re.compile(r"(?:[A-Z][a-z]+\s+){1,3}[A-Z][a-z]+")
#: a one-line email's sign-off and signature, or its signature alone with a title: ". Thanks,
#: Naw Paw | Security Focal Point | Shwebo", ". Khun Min, Project Assistant"
_ONE_LINE_SIGNATURE = re.compile(
    r"(?<=[.!])\s+(?:(?i:(?:best|kind|warm)?\s*regards|thanks|thank\s+you|many\s+thanks|cheers"
    r"|br|rgds|best)[,.!]?\s+(?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*(?:\s*[|,].*)?"
    rf"|(?:[A-Z][\w-]*\s+){{0,3}}[A-Z][\w-]*\s*[|,]\s*(?:[A-Z][\w-]*\s+){{0,3}}(?:{_TITLES}|Focal\s+Point"
    r"|Team\s+Leader|Lead)\b.*)$"
)
#: where the writer is, at an office: "I'm in the Pyinoolwin office now, will update."
_WRITER_AT_OFFICE = re.compile(
    r"(?<=[.!])\s+(?i:i'm|i’m|i\s+am|we\s+are|we're|we’re)\s+(?:now\s+)?(?:in|at)\s+(?:the\s+|our\s+)?"
    r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s+(?i:office|base|hub)\b[^.!]*[.!]?"
)
#: what an email says of its own office: "; Monywa office on alert", "Our Lashio office is safe."
_OFFICE_NEWS = re.compile(
    r"(?:^|;\s*|(?<=[.!?])\s+)(?:(?i:our|the)\s+)?(?:[Tt]eam\s+in\s+)?[A-Z][\w'’-]*"
    r"(?:\s+(?i:office|base))?\s+"
    r"(?:(?:is|was|remains|are)\s+)?(?i:on\s+alert|informed|notified|closed|safe|suspended"
    r"|on\s+standby)"
    r"[^.;]*[.;]?"
)
#: an email's sign-off, alone on its line, before the signature
_SIGN_OFF = re.compile(
    r"^(?i:(?:best|kind|warm)?\s*regards|best|thanks|thank\s+you|many\s+thanks|sincerely"
    r"|cheers|br|rgds)\b[\s,.!]*(?:[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})?"
    r"(?:\s*[,|]\s*[A-Z][^.!?]*)?$"  # (and a title and an office: ", Field Officer, Myeik")
)
_GREETING = re.compile(r"^(?i:dear|hi|hello)\b[^,:]{0,30}[,:]\s*")
_SUBJECT = re.compile(
    r"^(?:(?i:fw|fwd|re)\s*:\s*)*(?i:subject|subj)\s*:\s*(?:(?i:fw|fwd|re)\s*:\s*)*"
    r"|^(?:(?i:fw|fwd|re)\s*:\s*)+"  # (or a reply's alone: "RE: Access to Tanintharyi")
)
#: an email's request ending a line of its news: "... all missions are on hold.| Please advise.|"
_ADVISE_AT_END = re.compile(r"(?<=[.!])\s+(?i:p(?:lease|ls|lz)\s+advise)[.!]?\s*$")
#: what an email says besides its news: "Please see incident below.", "FYI:", "Please advise."
_EMAIL_ASIDE = re.compile(
    # ("FYI from Katha: heavy fighting inside Kawlin town ...", "Update from Lashio: ...": where
    # the writer is)
    r"^(?:(?i:fyi|(?:a\s+)?(?:quick\s+|short\s+)?update)\s+(?i:from)\s+[A-Z][\w'’-]*"
    r"(?:\s+[A-Z][\w'’-]*)?\s*:\s*"
    r"|(?i:(?:please\s+)?see\s+(?:the\s+)?(?:(?:incident|report|update|details)\s+)?below)"
    r"(?:,?\s+(?i:for\s+(?:your\s+)?info(?:rmation)?))?[.:]?\s*"
    # ("FYI from Monywa field office:", "FYI below from our Lashio field office.", "From
    # Pakokku field office:")
    r"|(?i:(?:fyi\s+(?:below\s+)?)?from\s+(?:our\s+|the\s+)?)[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?"
    r"\s+(?i:field\s+|sub-?|area\s+)?(?i:office|team|base)\s*[:.,–—-]\s*"
    r"|(?i:fyi)\s*[:,–—-]?\s*|(?i:(?:a\s+)?(?:quick\s+|short\s+)?update\s+from\s+(?:our\s+|the\s+)?)"
    r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s+(?i:field\s+|sub-?|area\s+)?(?i:office|base|team)"
    r"\s*[:,–—-]\s*|(?i:p(?:lease|ls|lz)\s+advise)[.!]?\s*|(?i:for\s+your\s+information)[:,.]?\s*"
    # ("This is to inform you that V village ... was raided", "Please be informed that ...")
    r"|(?i:(?:this\s+is\s+to|we\s+(?:would\s+like|wish|want)\s+to|I\s+(?:would\s+like|wish|want)"
    r"\s+to|we\s+regret\s+to|I\s+regret\s+to)\s+inform\s+you\s+that|(?:please|kindly)\s+be"
    r"\s+(?:informed|advised|notified)\s+that)\s+)"
)
