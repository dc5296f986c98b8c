"""Places a news text gives by distance and direction from another.

"Fighting broke out in Kone Sar village, about 13 kilometres northeast of Lashio town" names a
village and says where it is; four villages in the gazetteer are called Kone Hsar, and the one
the text means lies 13 km north-east of Lashio. "Troops shelled a camp 16 miles west of Ngape"
names no place but a point. Both are read with the geocoder's own rules
(:func:`mapper.gazetteer.query.find_offset`, :func:`mapper.gazetteer.resolve.resolve`): the
place named beside the distance is taken where the distance puts it, else the point itself.
"""

from __future__ import annotations

import re
from typing import Any

from mapper.gazetteer.offsets import find_offset
from mapper.gazetteer.resolve import resolve
from mapper.text.places import PlaceMention, mention_of

#: how far back from a place a distance phrase and the place it locates may start
_WINDOW = 160
#: a sentence ends before this: the distance phrase and its places are in one sentence
_SENTENCE_END = re.compile(r"[.!?]\s+(?=[A-Z\"“‘'(])|\n")
#: a point the text gives but names no place for scores this (a place it names: its own)
OFFSET_SCORE = 0.6


def locate_offsets(text: str, mentions: list[PlaceMention], gazetteer: Any) -> list[PlaceMention]:
    """``mentions`` with the places given by distance and direction located accordingly, and
    one mention (kind "offset") for each such point that names no place of its own."""
    out = list(mentions)
    for anchor in mentions:
        if anchor.latitude is None:
            continue
        start = max(0, anchor.start - _WINDOW)
        ends = [m.end() for m in _SENTENCE_END.finditer(text, start, anchor.start)]
        start = ends[-1] if ends else start
        window = text[start : anchor.end]
        offset = find_offset(window)
        if offset is None or not window.endswith(offset.anchor):
            continue  # the phrase is not measured from this place
        phrase_start = start + window.rfind(offset.phrase, 0, len(window) - len(offset.anchor))
        named = None
        if offset.place:
            place_end = start + window.find(offset.place) + len(offset.place)
            named = next((m for m in out if m.end == place_end and m.start < phrase_start), None)
        query = f"{offset.phrase} {anchor.text}"
        found = resolve(gazetteer, f"{named.text}, {query}" if named else query, 1).candidates
        if not found:
            continue
        best = found[0]
        if best.point is None:
            if named is not None and best.place_id != anchor.place_id:
                # the place of that name that lies where the text puts it
                place = gazetteer.places.iloc[best.place_id].to_dict()
                place["place_id"] = best.place_id
                out[out.index(named)] = mention_of(place, text, named.start, named.end, named.score)
            continue  # else no direction: the place measured from is all the text says
        lat, lon = (round(v, 6) for v in best.point)
        if named is not None:  # the text's point for a place the gazetteer has not there
            out[out.index(named)] = named.placed_at(lat, lon, OFFSET_SCORE)
            continue
        out.append(
            PlaceMention(
                text=text[phrase_start : anchor.end],
                start=phrase_start,
                end=anchor.end,
                name=best.label or query,
                kind="offset",
                country=anchor.country,
                latitude=lat,
                longitude=lon,
                score=OFFSET_SCORE,
            )
        )
    return out
