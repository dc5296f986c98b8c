"""A place given by its distance and direction from another: "about 13 km northeast of Lashio".

:func:`find_offset` reads the phrase (a distance, a range, a unit, a bearing and the place it is
measured from); the address reader places the point (:mod:`mapper.gazetteer.address`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from mapper.gazetteer.text import normalize
from mapper.gazetteer.words import DIR_WORD

#: "about 13 kilometres northeast of Lashio town": a distance (and a direction) from a place
_NUMBER_WORDS = {
    "a": 1.0,
    "an": 1.0,
    "one": 1.0,
    "two": 2.0,
    "three": 3.0,
    "four": 4.0,
    "five": 5.0,
    "six": 6.0,
    "seven": 7.0,
    "eight": 8.0,
    "nine": 9.0,
    "ten": 10.0,
    "eleven": 11.0,
    "twelve": 12.0,
    "thirteen": 13.0,
    "fourteen": 14.0,
    "fifteen": 15.0,
    "sixteen": 16.0,
    "seventeen": 17.0,
    "eighteen": 18.0,
    "nineteen": 19.0,
}
_TENS = {"twenty": 20.0, "thirty": 30.0, "forty": 40.0, "fifty": 50.0, "sixty": 60.0}
_NUMBER_WORDS.update(_TENS)
_NUMBER_WORDS.update(  # "twenty-one", "thirty five"
    (f"{tens}{joint}{unit}", _TENS[tens] + _NUMBER_WORDS[unit])
    for tens in _TENS
    for joint in ("-", " ")
    for unit in ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
)
#: a distance said in words: "about thirteen miles east of Monywa", "twenty-one kilometres"
_DISTANCE_IN_WORDS = re.compile(
    r"\b("
    + "|".join(sorted((word for word in _NUMBER_WORDS if len(word) > 2), key=len, reverse=True))
    + r")(?=\s+(?:km|kms|kilomet(?:er|re)s?|miles?)\b)",
    re.IGNORECASE,
)


def with_bearings_spelt(text: str) -> str:
    """``text`` with a bearing abbreviated in capitals before "of" and a name spelt out ("Tar
    Mong Long village NE of Bhamo town": "... northeast of Bhamo town"), read as any bearing
    is; ``text`` itself else."""
    if " of " not in text:
        return text
    return _BEARING_ABBREVIATED.sub(lambda abbreviated: _SPELT[abbreviated[1]], text)


def with_place_said_to_lie(text: str) -> str:
    """``text`` with a place said to lie near another read as one placed so ("Pan Kan is just
    south of Loikaw town, 4 km.": "Pan Kan, just south of Loikaw town, 4 km."); ``text``
    itself else."""
    if " is " not in text and " lies " not in text:
        return text
    return _PLACE_SAID_TO_LIE.sub(r"\g<place>, ", text)


#: a place's name opening a sentence, said to lie near another: "|Pan Kan is |just south of
#: Loikaw town", "|Ku Lar village lies |close to Chaungzon"
_PLACE_SAID_TO_LIE = re.compile(
    r"(?:^|(?<=[.!?]\s))(?!(?:The|It|This|That|There|He|She|They|We|Our|My|His|Her|Its|Their"
    r"|Where|What|Which|Who|Everything|Everyone|Nobody|Nothing)\b)"
    r"(?P<place>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}(?:\s+(?:village|town|ward))?)"
    r"\s+(?:is|lies)\s+(?=(?:just\s+|about\s+|only\s+|right\s+)?(?:(?:"
    + DIR_WORD
    + r")\s+of|near|close\s+to|next\s+to|outside|not\s+far\s+from)\s+[A-Z])"
)
#: a bearing abbreviated in capitals, before "of" and a name: "| NE |of Bhamo town"
_BEARING_ABBREVIATED = re.compile(r"(?<=[a-z]\s)(NE|NW|SE|SW)(?=\s+of\s+[A-Z])")
_SPELT = {"NE": "northeast", "NW": "northwest", "SE": "southeast", "SW": "southwest"}


def with_distance_in_digits(text: str) -> str:
    """``text`` with a distance said in words written in digits ("about thirteen miles east of
    Monywa, the village of V": "about 13 miles east of ..."), read as any distance is, and
    without a distance from a group's headquarters, which is no place ("Regime troops attack V|,
    11km from CNF headquarters|, T township")."""
    if not ("mile" in text or "km" in text or "kilomet" in text):
        return text
    if "eadquarters" in text or " HQ" in text:
        text = _FROM_HEADQUARTERS.sub("", text)
    if "(" in text:  # ("about 21 km| (13 miles)| southeast of Lashio": one distance)
        text = _CONVERTED_DISTANCE.sub("", text)
    return _DISTANCE_IN_WORDS.sub(lambda said: f"{_NUMBER_WORDS[said[1].lower()]:g}", text)


#: a distance given again in other units, in brackets after it: "21 km| (13 miles)|"
_CONVERTED_DISTANCE = re.compile(
    r"(?:(?<=km)|(?<=kms)|(?<=miles)|(?<=mile)|(?<=kilometres)|(?<=kilometers))"
    r"\s*\(\s*(?:about\s+)?\d+(?:\.\d+)?\s*(?:km|kms|kilomet(?:er|re)s?|miles?|mi)\s*\)"
)
#: a distance from a group's headquarters: "|, 11km from CNF headquarters|"
_FROM_HEADQUARTERS = re.compile(
    r",?\s+(?:about\s+|some\s+|around\s+)?\d+(?:\.\d+)?\s*(?:km|kms|kilomet(?:er|re)s?|miles?)\s+"
    r"(?:[a-z-]+\s+)?(?:from|of)\s+(?:the\s+)?(?:[A-Z]{2,6}|[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,3})['’]?s?"
    r"\s+(?:headquarters|HQ|general\s+headquarters)\b"
)


def with_place_before_distance(text: str) -> str:
    """``text`` opening on a distance from a town, then naming the village it gives, read as
    the village at that distance ("About 14 km south of Kyaukpyu town, at V village, ...",
    "13 miles north of Gwa: drone strike on V village kills 2", "Around 21 kilometres east of
    Phyu, junta forces raided the village of V": "V village, about 14 km south of Kyaukpyu
    town"); ``text`` itself otherwise."""
    if "'s " in text or "’s " in text:
        # ("shelling V (T Township)|: geolocated to the village's northern edge|, 19 km east of
        # T": the distance of the village named)
        text = _THE_PLACE_AGAIN.sub("", text)
    if " near " in text:
        # ("Pekon lies| near the Karenni border,| about 30 km from Loikaw": the distance's)
        text = _LIES_NEAR_THEN_DISTANCE.sub(r"\g<verb> ", text)
    if " tract" in text and (tract_after := _DISTANCE_THEN_TRACT.search(text)):
        # ("V village about 10 km north of T, W tract.": the tract is the village's, not the
        # distance's anchor)
        return f"{tract_after['village']}, {tract_after['tract']}, {tract_after['offset']}"
    if (named := _VILLAGE_THEN_DISTANCE.search(text)) is not None:
        # ("Soldiers burned houses in In Ta Ga Lu, a village 4 miles south-west of Sumprabum":
        # In Ta Ga Lu village, 4 miles south-west of Sumprabum)
        return f"{named['name']} village, {named['offset']}"
    if appositive := _VILLAGE_AT_DISTANCE.search(text):
        # ("... marching out of Hpa-An burned V, a village 17 km to the south": V village, 17 km
        # south of Hpa-An)
        distance = f"{appositive['amount']} {appositive['unit']} {appositive['bearing']}"
        return f"{appositive['name']} village, {distance} of {appositive['anchor']}"
    opening = _DISTANCE_THEN_PLACE.match(text)
    if opening is None:
        return text
    if opening["apposed"]:
        return f"{opening['apposed']} village, {opening['offset_first'].strip()}"
    village = opening["village"] or f"{opening['village_of']} village"
    return f"{village}, {opening['offset'].strip()}"


#: where a post placed what it shows, by the place named before it, before the distance: "V (T):|
#: geolocated to the village's northern edge|, 19 km east of T"
_THE_PLACE_AGAIN = re.compile(
    r":\s+(?i:geo-?located|located|pinned|placed)\s+(?:to|at)\s+the\s+(?:village|town)(?:'s|’s)\s+"
    r"(?:[a-z]+\s+)?(?:edge|side|outskirts|end|centre|center|part)(?=,\s+(?:about\s+|some\s+)?\d)"
)
_NAME_WORDS = r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,4}"
#: a text opening on a distance and direction from a town, then the village it gives
#: a distance and direction from a town: "about 14 km south of Kyaukpyu town"
_DISTANCE_FROM_TOWN = (
    r"(?P<offset>(?i:(?:about|around|some|nearly|roughly|approximately)\s+)?\d+(?:\.\d+)?\s*"
    r"(?i:km|kms|kilomet(?:er|re)s?|mi|miles?)\s+(?i:away\s+)?"
    r"(?i:(?:to\s+the\s+)?(?:north|south)(?:[\s-]?(?:east|west))?|east|west)\s+(?i:of|from)\s+"
    rf"{_NAME_WORDS}(?:\s+(?i:town|city))?)"
)
#: what a place lies near, before its distance from a town: "Pekon lies| near the Karenni
#: border, |about 30 km from Loikaw"
_LIES_NEAR_THEN_DISTANCE = re.compile(
    r"\b(?P<verb>lies|is\s+located|is\s+situated|sits)\s+near\s+[^,.;]{2,40}?,\s+"
    r"(?=(?:(?i:about|around|some|roughly|nearly)\s+)?\d)"
)
#: a village, its distance from a town, then its tract: "|Zee Kan village| |about 10 km north of
#: Ye-U|, |Mon Taing Pin tract|"
_DISTANCE_THEN_TRACT = re.compile(
    rf"\b(?P<village>{_NAME_WORDS}\s+(?i:village|vlg)),?\s+{_DISTANCE_FROM_TOWN},\s+"
    rf"(?P<tract>{_NAME_WORDS}\s+(?i:village\s+)?(?i:tract))\b"
)
_DISTANCE_THEN_PLACE = re.compile(
    rf"^(?:[A-Z][a-z]+\s+(?:were|was)\s+reported\s+)?{_DISTANCE_FROM_TOWN}"
    # (",", ", at", ":", or "at" alone: "Clashes were reported 13 km southeast of Kyauktaga |at|
    # the village of V")
    r"(?:,\s*(?i:at|in|near)|:|,|\s+(?i:at|in))\s+[^.;]*?"
    rf"(?:\b(?P<village>{_NAME_WORDS}\s+(?i:village))\b|\bthe\s+village\s+of\s+"
    rf"(?P<village_of>{_NAME_WORDS}))"
    # (or a village said first, then its name: "A village 14 miles north-west of Budalin town,
    # | Sa Par Sint|, was shelled")
    rf"|^(?i:a\s+village\s+){_DISTANCE_FROM_TOWN.replace('offset', 'offset_first')},\s+"
    rf"(?P<apposed>{_NAME_WORDS}),"
)


#: a village named, then said to be a village at a distance and direction from a town:
#: "| In Ta Ga Lu|, a village | 4 miles south-west of Sumprabum|", "| Pin Wei| village which is |9
#: miles away to the north of Indaw town|"
_VILLAGE_THEN_DISTANCE = re.compile(
    rf"(?<![\w'’-])(?P<name>{_NAME_WORDS})(?:,\s+a\s+(?:small\s+)?village|\s+village,?\s+(?:which|that)"
    r"\s+is(?:\s+located)?)\s+" + _DISTANCE_FROM_TOWN
)
#: a village named with its distance and direction from a town the text named before it
_VILLAGE_AT_DISTANCE = re.compile(
    # (words between the town and the village: not one name's words, "from Kone Yawng, a village
    # about 9 km to the east" is no village Yawng east of Kone)
    rf"\b(?i:out\s+of|from|of|near|in)\s+(?P<anchor>{_NAME_WORDS})(?:,|\s+[a-z(])[^.;]*?"
    rf"\b(?P<name>{_NAME_WORDS}),"
    r"\s+a\s+village\s+(?:(?i:about|around|some)\s+)?(?P<amount>\d+(?:\.\d+)?)\s*"
    r"(?P<unit>km|kms|kilomet(?:er|re)s?|mi|miles?)\s+(?:to\s+the\s+)?"
    r"(?P<bearing>(?>(?:north|south)(?:[\s-]?(?:east|west))?|east|west))\b"
    r"(?!\s+(?i:of|from)\b)"  # (no town after it: "a village 5 km east | of Indaw|")
)


_UNIT_KM = {"km": 1.0, "mi": 1.609344, "furlong": 0.201168}
_UNIT_HINTS = ("km", "kilomet", "mi", "furlong")
_BEARINGS = {
    "north": 0.0,
    "northeast": 45.0,
    "east": 90.0,
    "southeast": 135.0,
    "south": 180.0,
    "southwest": 225.0,
    "west": 270.0,
    "northwest": 315.0,
}
_BEARING_ABBREVIATIONS = {"n": "north", "s": "south", "e": "east", "w": "west"}
_AMOUNT = (
    r"(?P<amount>half\s+an?|(?:\d+(?:\.\d+)?(?:\s*(?:-|–|to)\s*\d+(?:\.\d+)?)?"
    r"(?:[\s\-]+1/2)?)|" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True)) + r")"
)
_OFFSET = re.compile(
    r"(?:^|(?<=[\s,(\[\-–—~]))"  # ("~5km NW of sagaing": about 5 km)
    r"(?:(?:about|around|some|nearly|approximately|approx\.|roughly|almost|over|just|barely"
    r"|only|more\s+than|less\s+than|at\s+least|under)\s+)?"
    + _AMOUNT
    + r"\s*(?P<unit>km|kms|kilomet(?:er|re)s?|mi|miles?|furlongs?)\.?\s+"
    r"(?:(?:to\s+the\s+|due\s+)?(?P<bearing>(?:north|south)(?:[\s\-]?(?:east|west))?|east|west"
    r"|[NS][EW]|[NSEW])(?:ward)?\s+(?:of|from)|from|outside(?:\s+of)?|away\s+from)\s+"
    r"(?:(?:the\s+)?(?:town|city|village|centre|center)\s+of\s+|downtown\s+)?"
    # (up to its end, or a bracket after it: "~5km NW of sagaing| (sagaing tsp)")
    # (or a time after it: "16km SW of mese twn| 3 pm 8 killed")
    r"(?P<anchor>[^\s(),;.][^();\n]*?)(?:\.(?=\s|$)|[);\n]|(?=\s*\()"
    r"|(?=\s+\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|AM|PM)\b)|$)",
    re.IGNORECASE,
)
#: words left at the end of the text before an offset ("Yay Htwet, a village located about")
_OFFSET_FILLER = re.compile(
    # (in lower case: a name may end in "That", "Kant That")
    r"(?:[\s,\-–—(~]+(?-i:which|that|is|was|are|lies|located|situated|about|around|some|roughly"
    r"|nearly|approximately))*[\s,\-–—(~]*$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Offset:
    """A place given by its distance (and direction) from another: "Kone Sar village, about 13
    km northeast of Lashio" has km 13, bearing 45, anchor "Lashio" and place "Kone Sar
    village"."""

    km: float
    bearing: float | None  # degrees clockwise from north; None when the text gives none
    phrase: str  # the distance and direction as written ("about 13 km northeast of")
    anchor: str  # the place measured from
    place: str  # the text naming the place itself ("" when there is none)


#: Distances (km) beyond this are not measured from a place: no place in Myanmar is described
#: so, and a point that far off would be a confident answer far from anything the text names.
MAX_OFFSET_KM = 500.0


def _offset_match(text: str) -> tuple[re.Match, float] | None:
    """The distance phrase of ``text`` and its distance in km, whatever the distance."""
    low = text.lower()
    if not any(unit in low for unit in _UNIT_HINTS):  # most names: at once
        return None
    match = _OFFSET.search(text)
    if match is None or not normalize(match["anchor"]):
        return None
    return match, _amount(match["amount"]) * _UNIT_KM[_unit(match["unit"])]


def offset_out_of_range(text: str) -> str | None:
    """The distance phrase of ``text`` when its distance is 0 or over :data:`MAX_OFFSET_KM`
    ("600 km north of Yangon"), else None."""
    found = _offset_match(text)
    if found is None or 0 < found[1] <= MAX_OFFSET_KM:
        return None
    match = found[0]
    return " ".join(text[match.start() : match.end("anchor")].split())


def find_offset(text: str) -> Offset | None:
    """The distance-and-direction phrase of ``text`` ("16 miles west of Ngape", "4-5 km from
    Laiza"), or None (also for a distance of 0 or over :data:`MAX_OFFSET_KM`). A range counts
    as its middle ("4-5 miles" is 4.5 miles)."""
    found = _offset_match(text)
    if found is None:
        return None
    match, km = found
    if not 0 < km <= MAX_OFFSET_KM:
        return None
    bearing = None
    if match["bearing"]:
        word = re.sub(r"[\s\-]", "", match["bearing"].lower())
        if len(word) <= 2:  # "NE": abbreviations count only in capitals
            if not match["bearing"].isupper():
                return None
            word = "".join(_BEARING_ABBREVIATIONS[c] for c in word)
        bearing = _BEARINGS[word]
    phrase = text[match.start() : match.start("anchor")]  # "about 13 km northeast of"
    phrase = re.sub(r"\s+(?:the\s+\w+\s+of|downtown)\s*$", "", phrase.strip(), flags=re.I)
    place = _OFFSET_FILLER.sub("", text[: match.start()]).strip(" ,(-–—~")
    anchor = _AND_SIDE_OF_ANOTHER.sub("", match["anchor"])  # "Chauk| and south of Bagan|"
    if (" tract" in anchor or " VT" in anchor) and (tract := _TRACT_AFTER_ANCHOR.search(anchor)):
        # (the tract of the place measured, not of the town: "Khuafo village, about 6 km north
        # of Thantlang town | in Lungzarh village tract|")
        anchor, place = anchor[: tract.start()], f"{place}, {tract['tract']}"
    return Offset(km, bearing, " ".join(phrase.split()), anchor.strip(" ,"), place)


#: a village tract after the town measured from: "Thantlang town | in Lungzarh village tract|"
_TRACT_AFTER_ANCHOR = re.compile(
    # (or after a comma: "Tedim town|, Kaptel VT|")
    r"(?:\s+in|,)\s+(?P<tract>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}\s+(?:village\s+tract|VT))\b.*$"
)


#: a second place the first is said to lie beside, after the place measured from: "about 12
#: km northeast of Chauk | and south of Bagan, on Thursday|"
_AND_SIDE_OF_ANOTHER = re.compile(
    r"\s+and\s+(?:about\s+)?(?:\d[\d.]*\s*(?:km|miles?)\s+)?(?:(?:north|south)(?:-?(?:east|west))?"
    r"|east|west)(?:ern|ward)?\s+(?:of|from)\b.*$",
    re.IGNORECASE,
)


def _amount(text: str) -> float:
    words = text.lower().split()
    if words[0] == "half":
        return 0.5
    if words[0] in _NUMBER_WORDS:
        return _NUMBER_WORDS[words[0]]
    half = 0.5 if text.endswith("1/2") else 0.0
    numbers = [float(n) for n in re.findall(r"\d+(?:\.\d+)?", text.removesuffix("1/2"))]
    return sum(numbers) / len(numbers) + half


def _unit(text: str) -> str:
    word = text.lower()
    if word.startswith("k"):
        return "km"
    return "furlong" if word.startswith("f") else "mi"
