"""Project mentions: generic phrases ("deep-sea port", "copper mine", "oil and gas pipelines")
and catalogue names, tied to the place they are attached to and linked to the catalogue.

"a deep-sea port in Rakhine State's Kyaukphyu" -> place Kyaukphyu (the end of a possessive
chain is the most specific place); "the Letpadaung copper mine in Salingyi Township" -> place
Letpadaung (a name right before the phrase wins over the place after "in"); "pipelines that run
through Rakhine, Mandalay and Shan State" -> place Rakhine State (all three are kept in
``places``).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from mapper.text.places import PlaceMention
from mapper.text.rules import word_set

# generic phrase -> sector (catalogue sectors); longest alternatives first in the regex
_PHRASES: tuple[tuple[str, str], ...] = (
    (r"deep[\s-]?(?:sea|water)\s+ports?", "port"),
    (r"sea\s?ports?", "port"),
    (r"special\s+economic\s+zones?|SEZs?", "sez"),
    (r"(?:economic|industrial|trade|border\s+trade|economic\s+cooperation)\s+zones?", "sez"),
    (r"industrial\s+parks?", "sez"),
    (
        r"(?:(?:crude\s+)?oil\s+and\s+(?:natural\s+)?gas|(?:natural\s+)?gas\s+and\s+(?:crude\s+)?oil"
        r"|(?:crude\s+)?oil|(?:natural\s+)?gas)\s+pipelines?",
        "oil_gas",
    ),
    (r"pipelines?", "oil_gas"),
    (r"(?:crude\s+)?oil\s+terminals?|oil\s+refiner(?:y|ies)", "oil_gas"),
    (
        r"(?:copper|nickel|jade|gold|tin|rare[\s-]earths?|coal)\s+(?:mines?|mining\s+projects?)",
        "mining",
    ),
    (r"(?<!land\s)(?<!land-)\bmines?", "mining"),
    (
        r"(?:hydropower|hydroelectric|hydro-power)\s+(?:dams?|projects?|plants?|stations?)",
        "hydropower",
    ),
    (r"hydropower|dams?", "hydropower"),
    (
        r"(?:coal[\s-]fired\s+|gas[\s-]fired\s+|LNG[\s-]to[\s-])?power\s+(?:plants?|stations?)",
        "energy",
    ),
    (r"(?:high[\s-]speed\s+)?rail(?:way)?\s+(?:lines?|links?)|railways?", "transport"),
    (r"highways?|expressways?|airports?", "transport"),
    (r"new\s+city", "urban"),
    (r"steel\s+mills?|textile\s+mills?|(?:glass\s+)?factor(?:y|ies)", "industry"),
)
_PHRASE_RE = re.compile(
    r"(?<![\w-])(?:"
    + "|".join(f"(?P<s{i}>{p})" for i, (p, _) in enumerate(_PHRASES))
    + r")(?![\w-])",
    re.IGNORECASE,
)
_PROJECT_WORD_RE = re.compile(r"(?<![\w-])projects?(?![\w-])", re.IGNORECASE)
# between a phrase and the place it is in: "in", "at", "of", "near", "that run through", ...
_ATTACH_RE = re.compile(
    r"^[\s,]*(?:(?:that|which)\s+(?:[\w-]+\s+){1,6}?(?:through|across|from|to|in|at|via)"
    r"|(?:runs?|ran|pass(?:es)?|passing|cross(?:es)?|crossing|stretch(?:es)?|stretching)"
    r"\s+(?:through|across|from|to|in|via)"
    r"|(?:(?:that|which)\s+)?(?:cross(?:es|ed)?|traverses?|traversed|traversing)"
    r"|running\s+through|located\s+(?:in|at|near)|planned\s+(?:in|for|at)"
    r"|being\s+built\s+(?:in|at)|built\s+(?:in|at)|in|at|of|near|off|outside|on|from|across)"
    r"\s+(?:the\s+)?(?:(?:northern|southern|eastern|western|central|upper|lower)\s+)?$",
    re.IGNORECASE,
)
_LIST_BETWEEN_RE = re.compile(r"^\s*(?:,|,?\s*and|,?\s*or)\s*(?:the\s+)?$")
_WORD_RE = re.compile(r"[a-z0-9]+")
_STOP = word_set("the a an and of in at to for plant project projects zone")


@dataclass(frozen=True)
class ProjectMention:
    """A project named in the text, the place it is attached to and its catalogue entry."""

    text: str
    start: int
    end: int
    sector: str
    catalogue_id: str | None
    place: str | None
    places: tuple[PlaceMention, ...] = field(default=(), compare=False)
    catalogue_ids: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """The JSON shape: ``{text, start, end, catalogue_id, place}`` (first linked entry)."""
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "catalogue_id": self.catalogue_id,
            "place": self.place,
        }

    def to_dicts(self) -> list[dict[str, Any]]:
        """One JSON item per linked catalogue entry: "oil and gas pipelines" names both
        pipelines, so it gives two items with the same text, span and place (one item with
        ``catalogue_id`` null when nothing is linked)."""
        first = self.to_dict()
        return [first] + [{**first, "catalogue_id": pid} for pid in self.catalogue_ids[1:]]


def catalogue_records(projects: pd.DataFrame | None) -> list[dict[str, Any]]:
    """The catalogue as ``{id, name, sector, location_names: list[str], geometry}`` records."""
    if projects is None or len(projects) == 0:
        return []
    out = []
    for row in projects.to_dict("records"):
        names = row.get("location_names")
        if isinstance(names, str):
            try:
                names = json.loads(names)
            except ValueError:
                names = [n.strip() for n in re.split(r"[;|]", names) if n.strip()]
        out.append(
            {
                "id": str(row["id"]),
                "name": str(row["name"]),
                "sector": str(row.get("sector") or ""),
                "location_names": [str(n) for n in (names or [])],
                "geometry": row.get("geometry"),
            }
        )
    return out


def find_projects(
    text: str, places: list[PlaceMention], catalogue: list[dict[str, Any]], normalize
) -> list[ProjectMention]:
    """Project mentions in ``text``, each tied to a place from ``places`` and the catalogue."""
    mentions: list[ProjectMention] = []
    named = _catalogue_name_matches(text, catalogue)
    matches = [(s, e, sector) for s, e, sector, _ in named]
    for m in _PHRASE_RE.finditer(text):
        if not any(s <= m.start() < e for s, e, _ in matches):
            matches.append((m.start(), m.end(), _sector(m)))
    for m in _PROJECT_WORD_RE.finditer(text):
        # "the Myitsone project": a capitalised name before "project" that names a catalogue entry
        name = _name_before(text, m.start())
        if name and not any(s <= m.start() < e for s, e, _ in matches):
            matches.append((m.start(), m.end(), ""))
    matches.sort()
    for start, end, sector in matches:
        span_start = _name_start_before(text, start, places)
        # a place named in the phrase itself or right before it ("the Letpadaung copper mine")
        left_place = _place_ending_at(places, span_start, end)
        attached = _places_after(text, end, places)
        chosen = [left_place] if left_place else attached
        mention_text = text[span_start:end]
        exact = [pid for s, e, _, pid in named if s == start and e == end]
        ids = exact or _link(mention_text, sector, chosen + attached, catalogue, normalize)
        if not sector and not ids:
            continue
        sector = sector or _sector_of(ids, catalogue)
        mentions.append(
            ProjectMention(
                text=mention_text,
                start=span_start,
                end=end,
                sector=sector,
                catalogue_id=ids[0] if ids else None,
                place=chosen[0].text if chosen else None,
                places=tuple(dict.fromkeys(chosen + attached)),
                catalogue_ids=tuple(ids),
            )
        )
    return mentions


def _catalogue_name_matches(
    text: str, catalogue: list[dict[str, Any]]
) -> list[tuple[int, int, str, str]]:
    """Catalogue projects named in full ("New Yangon City", "Myitsone dam"): start, end,
    sector, id. Parenthesised parts of names ("(6,000 MW)") are not required."""
    found: list[tuple[int, int, str, str]] = []
    for project in catalogue:
        name = re.sub(r"\s*\(.*?\)", "", project["name"]).strip()
        words = re.split(r"[\s-]+", name)
        if len(words) < 2:
            continue
        pattern = r"[\s-]+".join(re.escape(w) for w in words)
        for m in re.finditer(rf"(?<![\w-]){pattern}(?![\w-])", text, re.IGNORECASE):
            if not any(s < m.end() and m.start() < e for s, e, _, _ in found):
                found.append((m.start(), m.end(), project["sector"], project["id"]))
    return found


def _sector(m: re.Match[str]) -> str:
    for name, value in m.groupdict().items():
        if value is not None:
            return _PHRASES[int(name[1:])][1]
    return "other"


def _sector_of(ids: list[str], catalogue: list[dict[str, Any]]) -> str:
    by_id = {p["id"]: p for p in catalogue}
    return by_id[ids[0]]["sector"] if ids and ids[0] in by_id else "other"


_CAP_WORD_BEFORE_RE = re.compile(r"([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})\s+$")
_DETERMINERS = frozenset(
    {"the", "a", "an", "both", "this", "that", "these", "those", "its", "their"}
)


_SENTENCE_END_RE = re.compile(r"[.!?]\s+")


def _cap_name_before(text: str, offset: int) -> tuple[int, str] | None:
    """The capitalised name right before ``offset`` and where it starts, or None. It never
    reaches back over a sentence end ("near Namhkan. The crude oil pipeline"), and a
    capitalised determiner is not part of it ("The Dapein II dam", "Both Dapein dams")."""
    window = max(0, offset - 60)
    m = _CAP_WORD_BEFORE_RE.search(text[window:offset])
    if m is None:
        return None
    start, name = window + m.start(1), m.group(1)
    if name.endswith((".", "!", "?")):
        return None  # "in Kyaukme. Pipelines run": the name ends the sentence before
    ends = [found.end() for found in _SENTENCE_END_RE.finditer(name)]  # ". " or ".\n"
    if ends:
        start, name = start + ends[-1], name[ends[-1] :]
    first, _, rest = name.partition(" ")
    if first.lower() in _DETERMINERS:
        start, name = start + len(first) + 1, rest
    return (start, name) if name else None


def _name_before(text: str, offset: int) -> str | None:
    found = _cap_name_before(text, offset)
    return found[1] if found else None


def _name_start_before(text: str, offset: int, places: list[PlaceMention]) -> int:
    """Start of a capitalised name right before a phrase ("the Letpadaung copper mine")."""
    found = _cap_name_before(text, offset)
    if found is None or found[1].endswith(("'s", "’s")):
        return offset  # "Myanmar's deep water port": an owner, not the port's name
    start = found[0]
    # do not swallow a sentence's first word ("Pipelines ..." has nothing before it anyway)
    before = text[:start].rstrip()
    if (not before or before[-1] in ".!?") and not any(p.start == start for p in places):
        return offset
    return start


def _place_ending_at(places: list[PlaceMention], start: int, end: int) -> PlaceMention | None:
    inside = [p for p in places if start <= p.start and p.end <= end]
    return inside[-1] if inside else None


def _places_after(text: str, offset: int, places: list[PlaceMention]) -> list[PlaceMention]:
    """Places the phrase ending at ``offset`` is attached to: "in X's Y" -> [Y], lists -> all."""
    after = [p for p in places if p.start >= offset and p.start - offset <= 80]
    if not after or not _ATTACH_RE.match(text[offset : after[0].start]):
        return []
    if after[0].kind == "country":
        # "from Myanmar's deep water port of Kyaukphyu": the named site is more telling
        specific = [p for p in after[1:4] if p.kind != "country" and p.start - offset <= 80]
        if specific and "." not in text[after[0].end : specific[0].start]:
            after = specific
    chain = [after[0]]
    for p in after[1:]:
        between = text[chain[-1].end : p.start]
        if between in ("'s ", "’s "):
            chain[-1] = p  # "Rakhine State's Kyaukphyu": the owned place is the more specific
        elif _LIST_BETWEEN_RE.match(between):
            chain.append(p)
        else:
            break
    return chain


def _words(text: str, normalize) -> set[str]:
    words = _WORD_RE.findall(text.lower().replace("-", " "))
    return {w[:-1] if w.endswith("s") and len(w) > 3 else w for w in words if w not in _STOP}


def _link(
    mention_text: str,
    sector: str,
    places: list[PlaceMention],
    catalogue: list[dict[str, Any]],
    normalize,
) -> list[str]:
    """Catalogue ids the mention names: same sector, sharing its head words, at its place."""
    said = _words(mention_text, normalize)
    head = _words(mention_text.split()[-1], normalize) if mention_text.split() else set()
    heads = set().union(*(_HEAD_SYNONYMS.get(h, {h}) for h in head)) if head else set()
    place_keys = {normalize(p.name) for p in places} | {normalize(p.text) for p in places}
    place_keys |= {normalize(_strip_kind(p.name)) for p in places}
    # words of the phrase beyond the generic ones ("Letpadaung" in "Letpadaung copper mine")
    generic = _words(_PHRASE_RE.sub(" ", mention_text), normalize) != said
    named = said - _words(" ".join(m.group() for m in _PHRASE_RE.finditer(mention_text)), normalize)
    scored: list[tuple[float, str, bool, bool]] = []
    extra: dict[str, int] = {}  # name words the mention does not say ("upper" in Upper Yeywa)
    for project in catalogue:
        if sector and project["sector"] != sector:
            continue
        name_words = _words(re.sub(r"\(.*?\)", "", project["name"]), normalize)
        shared = said & name_words
        at_place = bool(
            place_keys
            & {normalize(_strip_kind(n)) for n in [*project["location_names"], project["name"]]}
        ) or any(k and k in normalize(project["name"]) for k in place_keys)
        if not sector and not shared:
            continue
        if sector and heads and not heads & name_words:
            continue  # "pipelines" names a pipeline, not the oil terminal at the same place
        if not shared and not at_place:
            continue
        by_name = bool(named & name_words)
        # "Myitsone hydropower project in Kachin State": the name said beats the state shared
        # with other dams
        score = len(shared) + (2.0 if at_place else 0.0) + (1.0 if by_name else 0.0)
        scored.append((score, project["id"], at_place, by_name))
        extra[project["id"]] = len(name_words - said - heads - _FIRST_OF_SERIES)
    if not scored:
        return []
    plural = (
        bool(mention_text.split()) and re.search(r"[^s]s$", mention_text.split()[-1]) is not None
    )
    if not any(at_place or by_name for _, _, at_place, by_name in scored) and generic:
        # a generic phrase at no known place ("a hydropower dam near Hakha") names a catalogue
        # entry only when the catalogue has at most two of its kind (the two pipelines); of
        # those, the ones sharing most words: "crude oil pipeline" is the oil line, "oil and
        # gas pipelines" (or plain "pipelines") both
        if len(scored) > 2:
            return []
        # "the Thilawa deep-sea port", "a factory in Hlaingthaya": a place the text gives the
        # project, far from the catalogue's one, is another project
        by_id = {p["id"]: p for p in catalogue}
        scored = [item for item in scored if _could_be_at(places, by_id[item[1]])]
        if not scored:
            return []
        most = max(s for s, _, _, _ in scored)
        return _fewest_extra([pid for s, pid, _, _ in scored if s == most], extra, plural)
    best = max(s for s, _, _, _ in scored)
    top = [pid for s, pid, _, _ in scored if s == best]
    return _fewest_extra(top, extra, plural) if len(top) <= 2 else []


#: how far (km) a place the text gives a project may be from the catalogue's geometry
_NEAR_PLACE_KM = 15.0
_AREA_KINDS = frozenset({"country", "state", "district", "foreign_region"})


def _could_be_at(places: list[PlaceMention], project: dict[str, Any]) -> bool:
    """False when the text puts the project at a town, township, village or site (with
    coordinates) more than :data:`_NEAR_PLACE_KM` from the catalogue project's geometry."""
    geometry = project.get("geometry")
    points = [
        p
        for p in places
        if p.kind not in _AREA_KINDS and p.latitude is not None and p.longitude is not None
    ]
    if not points or geometry is None or geometry.is_empty:
        return True
    from pyproj import Geod
    from shapely.geometry import Point
    from shapely.ops import nearest_points

    geod = Geod(ellps="WGS84")
    for p in points:
        here = Point(p.longitude, p.latitude)
        there = nearest_points(here, geometry)[1]
        if geod.inv(here.x, here.y, there.x, there.y)[2] <= _NEAR_PLACE_KM * 1000.0:
            return True
    return False


#: a series' first entry is named without its numeral ("Dapein dam" is Dapein I)
_FIRST_OF_SERIES = frozenset({"i", "1"})


def _fewest_extra(ids: list[str], extra: dict[str, int], plural: bool) -> list[str]:
    """Of equally good entries, a singular mention names the one with the fewest words it does
    not say ("Yeywa dam" is Yeywa, not Upper Yeywa); a plural one ("pipelines") names all."""
    if plural or len(ids) < 2:
        return ids
    fewest = min(extra[pid] for pid in ids)
    return [pid for pid in ids if extra[pid] == fewest]


_HEAD_SYNONYMS: dict[str, set[str]] = {
    "dam": {"dam", "hydropower"},
    "hydropower": {"dam", "hydropower"},
    "hydroelectric": {"dam", "hydropower"},
    # "zone" is a stop word: an economic zone is named by what kind of zone it is
    "sez": {"sez", "special", "economic", "industrial", "trade", "park"},
    "zone": {"sez", "special", "economic", "industrial", "trade", "park"},
    "station": {"station", "plant"},
    "plant": {"station", "plant"},
    "mining": {"mine"},
    "mill": {"mill", "factory"},
}
_KIND_SUFFIX_RE = re.compile(r"\s+(?:township|state|region|village|district|town|city)$", re.I)


def _strip_kind(name: str) -> str:
    return _KIND_SUFFIX_RE.sub("", name.strip())
