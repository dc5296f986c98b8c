"""What people type into a search box or a spreadsheet's filter when they check a report.

Terse words in keyword order: "Sar Hmaw Mogaung kachin map", "where is Bahin village
coordinates Myaing", "Win Ka Bilin tsp shelling", "Htan Kone (Kanbalu) clash 2023",
"Kwingyi-Tigyaing-Sagaing". The words of the search (a map, coordinates, what happened, a
year) are left out and the names given apart, so that the usual reading of "V, T, S" or of an
area after a place (no comma between) applies.
"""

from __future__ import annotations

import re

#: words of a search itself, in lower case: "where is", "map", "coordinates", "lat long"
_SEARCH_WORDS = (
    r"where\s+is|where's|location\s+of|map\s+of|coordinates\s+of|google\s+maps?|maps?"
    r"|coordinates|coords|location|gps|lat(?:itude)?\s*/?\s*long?(?:itude)?|latlong|news"
    r"|photos?|videos?|satellite(?:\s+image(?:ry|s)?)?"
)
#: what happened, as a search names it: "clash 2023", "shelling", "airstrike", "fighting"
_EVENT_WORDS = (
    r"clash(?:es)?|fighting|shelling|air\s*strikes?|drone\s+strikes?|attacks?|battles?"
    r"|raids?|bombings?|burning|arson|massacre|killings?|offensive|conflict|violence|events?"
    r"|burned|burnt|raided|attacked|shelled|bombed"
)
#: pieces of text without which no word of a search is there (a quick look, in lower case)
_SEARCH_PIECES = ("where", "locat", "map", "coord", "gps", "lat", "news", "photo", "video")
_SEARCH_PIECES += ("satellite",)
_SEARCH_PIECE = re.compile("|".join(_SEARCH_PIECES))
_SEARCH_WORD = re.compile(rf"(?<![\w-])(?:{_SEARCH_WORDS})(?![\w-])", re.IGNORECASE)
#: when, after what happened, in a message: "Su Lay Kone village burning | now."
_WHEN_AT_END = r"(?:\s+(?:(?:right\s+)?now|again|today|tonight)[.!]*)?"
#: a month's name or a year, as a search gives when: "September 2022", "Sept"
_MONTH_OR_YEAR = (
    r"(?:19|20)\d\d(?:\d{4})?|january|february|march|april|may|june|july|august|september"
    r"|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec"
)
#: what happened and when, ending the search: "... clash 2023", "... tsp shelling", "...
#: fighting September 2022"
_EVENT_AT_END = re.compile(
    rf"(?:[\s,_-]+(?:{_EVENT_WORDS}|(?:19|20)\d\d(?:\d{{4}})?))+"
    rf"(?:[\s,_-]+(?:{_MONTH_OR_YEAR}))*{_WHEN_AT_END}\s*$",
    re.IGNORECASE,
)
#: ... or before the township's name, last: "Pyinsalu town Ward No. 1| fire September 2023
#: |Labutta"
_EVENT_BEFORE_AREA = re.compile(
    rf"[\s,_-]+(?i:{_EVENT_WORDS}|fire)(?:[\s,_-]+(?i:{_MONTH_OR_YEAR}))*\s+"
    r"(?=[A-Z][\w'’-]*$)"
)
#: names joined by hyphens, a region's name last: "Kwingyi-Tigyaing-Sagaing", "V-T-Magway"
_HYPHENED = re.compile(r"^[A-Z][\w' ]+(?:-[A-Z][\w' ]+){2,3}$")


#: a GIS layer's or a placemark's lead and tail: "KML: ", "pt_2068 ", "IDP_", " IDP site"
_LABEL_LEAD = re.compile(r"^(?:(?i:kml|kmz|gis|layer|placemark)\s*:\s*|pt_?\d+\s+|IDP_)")
_LABEL_TAIL = re.compile(r"\s+IDP\s+(?:site|camp)$")
#: a date in a label: "2023-10-27", "20230806"
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}|(?<!\d)(?:19|20)\d{6}(?!\d)")
#: a town's kind word before its name in a label: "twn Namtu" (after underscores go)
_TOWN_LABEL = re.compile(r"^(?i:twn|town)\s+([A-Z][\w'-]*)")
#: where a name in CamelCase starts a word: "Pauk|Kone", "LoneJarKone|Vlg"
_CAMEL_CASE = re.compile(r"(?<=[a-z])(?=[A-Z])")


def label_words(text: str) -> str:
    """A label from a GIS layer, a placemark or an export as words ("Kyaik_Tha_Le_village_
    Twantay_township" -> "Kyaik Tha Le village Twantay township", "PaukKone_Tigyaing" -> "Pauk
    Kone Tigyaing", "pt_2068 Am Laung / Mindat" -> "Am Laung, Mindat", "KML: Win_Ka_Vlg
    (Bilin_Tsp) IDP site" -> "Win Ka Vlg (Bilin Tsp)"); ``text`` itself when it is no such
    label (no underscore, nor a label's lead)."""
    joined = (
        " " not in text.strip()
        and "-" in text
        and (text.count("-") > 1 or _CAMEL_CASE.search(text) is not None)
    )
    if "_" not in text and not joined and not _LABEL_LEAD.match(text):
        return text  # (a quick look first)
    words = _LABEL_TAIL.sub("", _LABEL_LEAD.sub("", text))
    words = _ISO_DATE.sub(" ", words).replace("_", " ")
    if joined:  # "Kale-NatChaung-clash": the hyphens part names (not "Mrauk-U", "Hpa-An")
        words = re.sub(r"-(?=[A-Z][\w']{3,}|[a-z]{4,})", ", ", words)
    words = _CAMEL_CASE.sub(" ", words).replace(" / ", ", ")
    # (a town's label: "twn_Namtu_Namtu_Tsp" -> "Namtu town Namtu Tsp", "X_Twn" -> "X town")
    words = _TOWN_LABEL.sub(r"\1 town", words.strip())
    words = re.sub(r"\b(?i:twn)\b", "town", words)
    return re.sub(r"\s{2,}", " ", words).strip(" -")


def searched_names(text: str) -> str:
    """``text`` without the words of a search (what happened and when only at its end), its
    names joined by hyphens given apart ("Kwingyi-Tigyaing-Sagaing" -> "Kwingyi, Tigyaing,
    Sagaing"); ``text`` itself when it has neither, or is a table's row or a list."""
    if "\t" in text or ";" in text or text.count(" / ") > 1 or text.count(",") > 1:
        return text  # (a table's row, a record, a list, an address: no search's terse words)
    text = label_words(text)
    if ":" in text:
        return text  # (a record's field)
    low = text.lower()
    last = " ".join(low.split()[-3:])
    if (
        not _SEARCH_PIECE.search(low)
        and not _EVENT_AT_END.search(f" {last}")
        and text.count("-") < 2
        and not _EVENT_BEFORE_AREA.search(text)
    ):
        return text  # (a quick look first: most text has no word of a search)
    words = _EVENT_AT_END.sub("", _SEARCH_WORD.sub(" ", text))
    words = _EVENT_BEFORE_AREA.sub(", ", words)
    words = re.sub(r"\s{2,}", " ", words).strip(" ,;-.")
    if _HYPHENED.match(words):
        # (a part of one or two letters joins its name: "Mrauk-U", "Hpa-An")
        parts = re.split(r"-(?=[A-Z][\w' ]{3,})", words)
        words = ", ".join(part.strip() for part in parts)
    return words or text
