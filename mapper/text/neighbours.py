"""A place read with the area named beside it, as the geocoder reads "V village, T Township".

"Junta troops torched Kone Thar village in Demoso Township": dozens of villages are called Kone
Thar, and the text says which one. A village, village tract or ward mention followed by "in",
"of" or a comma and a township, district or state/region mention (or preceded by one and "'s"
or a comma: "Demoso Township's Kone Thar village") is resolved by the geocoder with that area as
its qualifier (:func:`mapper.gazetteer.resolve.resolve`) and taken when found there by its name
or a spelling of it; else the mention is put at the area's point with a low score (the text
says the place is in it), never at a namesake elsewhere.
"""

from __future__ import annotations

import re
from typing import Any

from mapper.gazetteer.resolve import resolve
from mapper.text.places import PlaceMention, mention_of

#: the score of a place located only to the area named beside it (its name is not found there)
AREA_ONLY_SCORE = 0.4
#: mentions that namesakes elsewhere make uncertain, and the areas that tell them apart
_MINOR_KINDS = frozenset({"village", "village_tract", "ward"})
_AREA_KINDS = frozenset({"township", "district", "state"})
#: what may stand between a place and the area after it ("X village, in the Y Township")
_GAP_AFTER = re.compile(r"\s*(?:,\s*|\s(?:in|of|at|near)\s+)(?:the\s+)?", re.IGNORECASE)
#: ... and between an area and the place after it ("Y Township's X village", "Y Township, X")
_GAP_BEFORE = re.compile(r"(?:['’]s\s+|\s*,\s*)")


def locate_in_areas(text: str, mentions: list[PlaceMention], gazetteer: Any) -> list[PlaceMention]:
    """``mentions`` with each village-level place read inside the area named beside it."""
    areas = sorted(
        (m for m in mentions if m.kind in _AREA_KINDS and m.country == "MM"),
        key=lambda m: m.start,
    )
    if not areas:
        return mentions
    out = list(mentions)
    for n, place in enumerate(out):
        if place.kind not in _MINOR_KINDS:
            continue
        area = _area_beside(text, place, areas)
        if area is None:
            continue
        found = resolve(gazetteer, f"{place.text}, {area.text}", 1).candidates
        best = found[0] if found else None
        if best is None or best.match not in ("exact", "variant") or _outside(best.note):
            # none of that name inside the area: the place is somewhere in it, as the text says
            out[n] = place.placed_at(area.latitude, area.longitude, AREA_ONLY_SCORE)
            continue
        row = gazetteer.places.iloc[best.place_id].to_dict()
        row["place_id"] = best.place_id
        out[n] = mention_of(row, text, place.start, place.end, max(place.score, 0.75))
    return out


def _outside(note: str | None) -> bool:
    """True when the geocoder's note says its answer is not inside every area named."""
    return bool(note) and ("only some of the qualifiers" in note or "just outside" in note)


def _area_beside(text: str, place: PlaceMention, areas: list[PlaceMention]):
    """The township, district or state mention right after or right before ``place``."""
    for area in areas:
        if area.start >= place.end and _GAP_AFTER.fullmatch(text[place.end : area.start]):
            return area
        if area.end <= place.start and _GAP_BEFORE.fullmatch(text[area.end : place.start]):
            return area
    return None
