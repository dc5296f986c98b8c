"""Place mentions in news text, read with the offline gazetteer and context rules.

The matcher looks up every run of capitalised words (longest first) among the gazetteer's
aliases, then reads the words around it the way an analyst does:

- suffixes choose the kind ("Salingyi Township", "Shan state", "Ramree Island") and spread back
  over lists ("Rakhine, Mandalay and Shan State" -> three states/regions);
- "northern Shan State", "Rakhine State's Kyaukphyu" are places; the direction and the
  possessive are not part of the name;
- organisations and titles ("Arakan Army", "South China Morning Post", "Kyemon Daily"), people
  ("Ann Thida", "U Kyaw Hlaing"), ethnic adjectives ("Shan refugees") are traps, not places;
- villages (72k names, many of them everyday words) are read only with a qualifier ("Mone
  village") or, for names of two or more words, after a locative preposition ("near Nyaung Bin").

Places outside Myanmar keep their country (``country != "MM"``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Any

import pandas as pd

from mapper.text import rules
from mapper.text.tokens import Token, tokenize

_MAX_TOKENS = 7
_CONNECTORS = frozenset({"of", "the", "de", "la"})
_POSSESSIVES = frozenset({"'s", "’s"})
# between two members of a list: ", ", " and ", ", or ", also before "the" or a direction word
# ("Rakhine, Mandalay and northern Shan State", "Magway, Mandalay and the Shan State border")
_LIST_SEPARATOR_RE = re.compile(
    r"^\s*(?:,|,?\s*and|,?\s*or|&|/)\s*(?:the\s+)?(?:(?:"
    + "|".join(sorted((re.escape(d) for d in rules.DIRECTIONS), key=len, reverse=True))
    + r")\s+)?$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class PlaceMention:
    """A place named in the text: its span, the gazetteer match and a confidence (0-1)."""

    text: str
    start: int
    end: int
    name: str
    kind: str
    country: str | None
    latitude: float | None
    longitude: float | None
    score: float
    pcode: str | None = None
    admin1: str | None = None
    place_id: int | None = None

    @property
    def in_myanmar(self) -> bool:
        return self.country == "MM"

    def placed_at(self, latitude: float | None, longitude: float | None, score: float):
        """This mention put where the text says it is (a point, an area's point), no longer a
        gazetteer place: no P-code or place id, at most ``score``."""
        return replace(
            self,
            latitude=latitude,
            longitude=longitude,
            score=min(self.score, score),
            pcode=None,
            place_id=None,
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON shape: text, start, end, name, kind, country, latitude, longitude, score."""
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "name": self.name,
            "kind": self.kind,
            "country": self.country,
            "latitude": self.latitude,
            "longitude": self.longitude,
            "score": round(self.score, 2),
        }


@dataclass(frozen=True)
class Rejection:
    """A gazetteer name found in the text but not read as a place, and why (a trap)."""

    text: str
    start: int
    end: int
    reason: str


@dataclass
class _Hit:
    tokens: list[Token]
    ids: list[int]
    suffix: str | None  # explicit suffix word ("state", "township"), lower case
    suffix_token: Token | None
    qualified_minor: bool  # "X village", "the village of X"
    locative: bool  # preceded by a locative preposition
    direction: bool  # preceded by "northern", "upper" ...
    direction_word: str | None = None
    chosen: int | None = None
    loose: bool = False
    kinds_from_list: tuple[str, ...] | None = None
    notes: list[str] = field(default_factory=list)


class PlaceIndex:
    """Alias lookup built once per gazetteer: normalised key -> place ids, and place details."""

    def __init__(
        self, places: pd.DataFrame, aliases: pd.DataFrame, normalize, skeleton=None
    ) -> None:
        self.normalize = normalize
        self.skeleton = skeleton
        self.gazetteer: Any = None  # the Gazetteer it was built from (Burmese-script reading)
        keys = aliases["key"].astype(object).tolist()
        pids = aliases["place_id"].tolist()
        self.ids_by_key: dict[str, list[int]] = {}
        for key, pid in zip(keys, pids, strict=True):
            if not isinstance(key, str) or not key.isascii() or key in rules.GENERIC_ALIAS_KEYS:
                continue  # Burmese script, or "South" from "Shan (South)": not read in text
            ids = self.ids_by_key.setdefault(key, [])
            if pid not in ids:
                ids.append(int(pid))
        self.info = _PlaceInfo(places)

        # a looser key folding romanisation variants (Kyaukpyu/Kyaukphyu, Naypyidaw/Naypyitaw),
        # kept only for names of the larger kinds and of six letters or more
        self.ids_by_skeleton: dict[str, list[int]] = {}
        if skeleton is not None:
            for key, ids in self.ids_by_key.items():
                if len(key) < 6:
                    continue
                free = [p for p in ids if self.info.kind(p) in rules.LOOSE_KINDS]
                if free:
                    bucket = self.ids_by_skeleton.setdefault(skeleton(key), [])
                    bucket.extend(p for p in free if p not in bucket)

    def add_entries(self, entries: list[dict[str, Any]]) -> None:
        """Add places from outside the gazetteer (foreign names, catalogue sites).

        An alias is added only where the gazetteer has no country, state, township, town or
        site of that name, so these entries never shadow a Myanmar place.
        """
        next_id = self.info.lowest_id() - 1
        for entry in entries:
            keys = {self.normalize(a) for a in entry["aliases"]}
            keys = {k for k in keys if k and not self._has_free(k)}
            if not keys:
                continue
            pid = next_id
            next_id -= 1
            self.info.extra[pid] = {
                "place_id": pid,
                "name": entry["name"],
                "kind": entry["kind"],
                "country": entry["country"],
                "pcode": None,
                "admin1": None,
                "latitude": entry["latitude"],
                "longitude": entry["longitude"],
                "population": None,
            }
            for key in keys:
                self.ids_by_key.setdefault(key, []).append(pid)

    def add_aliases(self, aliases: list[tuple[str, str, str]]) -> None:
        """Add ``(alias, name, kind)`` names for gazetteer places ("Arakan" -> Rakhine state)."""
        for alias, name, kind in aliases:
            pid = self.info.find(name, kind)
            key = self.normalize(alias)
            if pid is not None and pid not in self.ids_by_key.get(key, []):
                self.ids_by_key.setdefault(key, []).append(pid)

    def _has_free(self, key: str) -> bool:
        ids = self.ids_by_key.get(key, [])
        if self.skeleton is not None and len(key) >= 6:
            ids = ids + self.ids_by_skeleton.get(self.skeleton(key), [])
        return any(
            self.info[p]["kind"] in rules.FREE_KINDS
            and (self.info[p]["country"] == "MM" or self.info[p]["kind"] == "country")
            for p in ids
        )

    def lookup(self, words: list[str]) -> list[int]:
        """Place ids whose alias is exactly ``words`` (after normalisation)."""
        return self.ids_by_key.get(self.normalize(" ".join(words)), [])

    def lookup_loose(self, words: list[str]) -> list[int]:
        """Place ids whose alias folds to the same romanisation skeleton as ``words``."""
        key = self.normalize(" ".join(words))
        if self.skeleton is None or len(key) < 6:
            return []
        found = self.ids_by_skeleton.get(self.skeleton(key), [])
        if not found and key.endswith("ng"):
            found = self.ids_by_skeleton.get(self.skeleton(key[:-1]), [])  # Mantong/Manton
        return found


class _PlaceInfo:
    """Place details by id, made into dicts only when asked for (the gazetteer has 88k rows)."""

    _COLUMNS = ("place_id", "name", "kind", "country", "pcode", "admin1", "latitude", "longitude")

    def __init__(self, places: pd.DataFrame) -> None:
        cols = [c for c in (*self._COLUMNS, "population") if c in places.columns]
        self.columns = {c: places[c].astype(object).tolist() for c in cols}
        self.row_of = {int(pid): i for i, pid in enumerate(self.columns["place_id"])}
        self.extra: dict[int, dict[str, Any]] = {}
        self._cache: dict[int, dict[str, Any]] = {}
        self._by_name: dict[tuple[str, str], int] | None = None

    def __getitem__(self, pid: int) -> dict[str, Any]:
        if pid in self.extra:
            return self.extra[pid]
        found = self._cache.get(pid)
        if found is None:
            row = self.row_of[pid]
            found = {c: values[row] for c, values in self.columns.items()}
            found.setdefault("population", None)
            self._cache[pid] = found
        return found

    def kind(self, pid: int) -> str:
        if pid in self.extra:
            return self.extra[pid]["kind"]
        return self.columns["kind"][self.row_of[pid]]

    def find(self, name: str, kind: str) -> int | None:
        """The id of the gazetteer place called ``name`` of ``kind`` (the first one)."""
        if self._by_name is None:
            self._by_name = {}
            for pid, n, k in zip(
                self.columns["place_id"], self.columns["name"], self.columns["kind"], strict=True
            ):
                self._by_name.setdefault((n, k), int(pid))
        return self._by_name.get((name, kind))

    def lowest_id(self) -> int:
        return min([0, *self.row_of, *self.extra])


_INDEX_CACHE: dict[tuple[int, tuple], tuple[Any, Any, PlaceIndex]] = {}


def _catalogue_signature(projects: Any) -> tuple:
    """What the index takes from a catalogue: its project names and a point of each."""
    if projects is None or len(projects) == 0:
        return ()
    geoms = projects.geometry if hasattr(projects, "geometry") else [None] * len(projects)
    return tuple(
        (str(name), None if g is None or g.is_empty else g.representative_point().wkt)
        for name, g in zip(projects["name"], geoms, strict=True)
    )


def place_index(gazetteer: Any = None, projects: Any = None) -> PlaceIndex:
    """The :class:`PlaceIndex` of ``gazetteer`` (default: ``mapper.gazetteer.load_gazetteer()``)
    with the world's countries, large cities and seas, and the sites of ``projects``."""
    if gazetteer is None:
        from mapper.gazetteer import load_gazetteer

        gazetteer = load_gazetteer()
    cache_key = (id(gazetteer), _catalogue_signature(projects))
    cached = _INDEX_CACHE.get(cache_key)
    if cached is not None and cached[0] is gazetteer:
        return cached[2]
    from mapper.gazetteer import normalize
    from mapper.gazetteer.text import skeleton
    from mapper.text.supplement import NEWS_ALIASES, catalogue_sites, world_places

    index = PlaceIndex(gazetteer.places, gazetteer.aliases, normalize, skeleton)
    index.gazetteer = gazetteer
    index.add_aliases(list(NEWS_ALIASES))
    index.add_entries(catalogue_sites(projects))
    index.add_entries(list(world_places()))
    _INDEX_CACHE.clear()
    _INDEX_CACHE[cache_key] = (gazetteer, projects, index)
    return index


def find_places(
    text: str, index: PlaceIndex | None = None
) -> tuple[list[PlaceMention], list[Rejection]]:
    """Place mentions in ``text`` and the gazetteer names rejected as traps, in reading order."""
    index = index or place_index()
    tokens = _split_hyphenated(tokenize(text), index)
    masked = _masked_tokens(tokens, text)
    rejections = [Rejection(t, s, e, "organisation or title") for s, e, t in rules.trap_spans(text)]
    hits: list[_Hit] = []
    i = 0
    while i < len(tokens):
        hit = None if i in masked else _match_at(tokens, i, index, masked)
        if hit is None:
            i += 1
            continue
        hits.append(hit)
        i = tokens.index(hit.suffix_token or hit.tokens[-1], i) + 1
    _spread_list_suffixes(hits, text, index)
    mentions: list[PlaceMention] = []
    for n, hit in enumerate(hits):
        reason = _trap_reason(hit, tokens, index, text, hits[n + 1] if n + 1 < len(hits) else None)
        first, last = hit.tokens[0], hit.suffix_token or hit.tokens[-1]
        if reason is None:
            reason = _choose(hit, index)
        if reason is not None:
            rejections.append(
                Rejection(text[first.start : last.end], first.start, last.end, reason)
            )
            continue
        mentions.append(_mention(hit, index, text))
    mentions += _unresolved_qualified(tokens, masked, mentions, rejections, text)
    if index.gazetteer is not None:
        from mapper.text.burmese import find_burmese_places, has_burmese
        from mapper.text.neighbours import locate_in_areas
        from mapper.text.offsets import locate_offsets

        mentions = locate_in_areas(text, mentions, index.gazetteer)
        mentions = locate_offsets(text, mentions, index.gazetteer)

        if has_burmese(text):
            mentions += find_burmese_places(text, index.gazetteer, index.info)
    mentions.sort(key=lambda p: p.start)
    rejections.sort(key=lambda r: r.start)
    return mentions, rejections


_UNRESOLVED_KINDS = {"village": "village", "township": "township", "tract": "village_tract"}
_NOT_A_NAME = (
    rules.ETHNIC_NAMES
    | rules.FUNCTION_WORDS
    | rules.DIRECTIONS
    | rules.word_set(
        "thai chinese burmese indian bangladeshi rohingya muslim buddhist christian hindu ethnic "
        "border model remote nearby another neighbouring neighboring the one each every"
    )
)


def _unresolved_qualified(
    tokens: list[Token],
    masked: set[int],
    mentions: list[PlaceMention],
    rejections: list[Rejection],
    text: str,
) -> list[PlaceMention]:
    """ "Wet Hlay village", "Nyaung Pin Township": a Myanmar place the gazetteer lacks, named
    with its kind. Reported without coordinates and with a low confidence."""
    taken = [(p.start, p.end) for p in mentions] + [(r.start, r.end) for r in rejections]
    out: list[PlaceMention] = []
    for k, tok in enumerate(tokens):
        kind = _UNRESOLVED_KINDS.get(tok.text.lower())
        if kind is None:
            continue
        if kind == "village_tract" and not (k > 0 and tokens[k - 1].text.lower() == "village"):
            continue
        end_k = k - 1 if kind == "village_tract" else k
        run: list[Token] = []
        j = end_k - 1
        while j >= 0 and len(run) < 4 and _is_name_word(tokens[j]) and j not in masked:
            run.insert(0, tokens[j])
            j -= 1
        while run and (run[0].text.lower() in _NOT_A_NAME or run[0].text.lower().endswith("ese")):
            run.pop(0)
        if not run or any(t.text.lower() in rules.ORG_HEADS for t in run):
            continue
        if j >= 0 and tokens[j].text.lower() in rules.PERSON_TITLES:
            continue
        start, end = run[0].start, tok.end
        if any(s < end and start < e for s, e in taken):
            continue
        out.append(
            PlaceMention(
                text=text[start:end],
                start=start,
                end=end,
                name=" ".join(t.text for t in run),
                kind=kind,
                country="MM",
                latitude=None,
                longitude=None,
                score=0.4,
            )
        )
    return out


def _split_hyphenated(tokens: list[Token], index: PlaceIndex) -> list[Token]:
    """Split "Mandalay-Muse" into its parts unless the whole is a known name ("Hpa-An")."""
    out: list[Token] = []
    for tok in tokens:
        if "-" not in tok.text or not tok.is_title or index.lookup([tok.text]):
            out.append(tok)
            continue
        offset = tok.start
        for part in tok.text.split("-"):
            if part:
                out.append(Token(part, offset, offset + len(part)))
            offset += len(part) + 1
    return out


def _masked_tokens(tokens: list[Token], text: str) -> set[int]:
    """Tokens that are not read as places: inside a trap span, or a currency prefix ("US$")."""
    spans = rules.trap_spans(text)
    return {
        i
        for i, tok in enumerate(tokens)
        if any(s <= tok.start < e for s, e, _ in spans) or text.startswith("$", tok.end)
    }


def _is_name_word(tok: Token) -> bool:
    return tok.is_word and tok.is_title


def _match_at(tokens: list[Token], i: int, index: PlaceIndex, masked: set[int]) -> _Hit | None:
    """The longest gazetteer name starting at token ``i`` (capitalised), with its context."""
    if not _is_name_word(tokens[i]):
        return None
    for length in range(min(_MAX_TOKENS, len(tokens) - i), 0, -1):
        span = tokens[i : i + length]
        if not _is_name_word(span[-1]) or any(i + k in masked for k in range(length)):
            continue
        if any(
            not (_is_name_word(t) or t.text in _CONNECTORS)
            for t in span[1:-1]
            if t.text not in _POSSESSIVES
        ):
            continue
        if not _is_name_word(span[0]):
            continue
        if any(b.start - a.end > 1 for a, b in zip(span, span[1:], strict=False)):
            continue  # a line break or double space between words: not one name
        words = [t.text for t in span]
        ids = index.lookup(words)
        loose = False
        if not ids:
            ids, loose = index.lookup_loose(words), True
        if ids:
            hit = _with_context(tokens, i, span, ids, index, masked)
            hit.loose = loose
            return hit
    return None


def _with_context(
    tokens: list[Token],
    i: int,
    span: list[Token],
    ids: list[int],
    index: PlaceIndex,
    masked: set[int],
) -> _Hit:
    j = i + len(span)
    last_word = span[-1].text.lower()
    suffix, suffix_token = None, None
    if len(span) > 1 and last_word in rules.SUFFIX_KINDS:
        suffix = last_word
    elif j < len(tokens) and j not in masked:
        words = tuple(t.text.lower() for t in tokens[j : j + 3])
        phrase = next((ph for ph in rules.SUFFIX_PHRASES if words[: len(ph)] == ph), None)
        if phrase is not None:
            # "Kokang Self-Administered Zone": the district of that name
            suffix, suffix_token = rules.SUFFIX_PHRASES[phrase], tokens[j + len(phrase) - 1]
        elif words[0] in rules.SUFFIX_KINDS:
            wanted = rules.SUFFIX_KINDS[words[0]]
            if any(index.info[p]["kind"] in wanted for p in ids):
                suffix, suffix_token = words[0], tokens[j]
    prev = tokens[i - 1].text.lower() if i > 0 else ""
    prev2 = tokens[i - 2].text.lower() if i > 1 else ""
    qualified_minor = suffix in ("village", "villages") or (
        prev == "of" and prev2 in ("village", "villages")
    )
    locative = prev in rules.LOCATIVE_PREPOSITIONS or (
        prev in rules.DIRECTIONS and prev2 in rules.LOCATIVE_PREPOSITIONS
    )
    return _Hit(
        tokens=span,
        ids=ids,
        suffix=suffix,
        suffix_token=suffix_token,
        qualified_minor=qualified_minor,
        locative=locative,
        direction=prev in rules.DIRECTIONS,
        direction_word=prev if prev in rules.DIRECTIONS else None,
    )


def _allowed_kinds(hit: _Hit) -> tuple[str, ...] | None:
    if hit.suffix:
        return rules.SUFFIX_KINDS[hit.suffix]
    return hit.kinds_from_list


def _candidates(hit: _Hit, index: PlaceIndex) -> list[int]:
    """Place ids the hit may stand for, best first."""
    wanted = _allowed_kinds(hit)
    ids = hit.ids
    if wanted:
        narrowed = [p for p in ids if index.info[p]["kind"] in wanted]
        ids = narrowed or ([] if hit.suffix and not hit.kinds_from_list else ids)
    allow_minor = hit.qualified_minor or (len(hit.tokens) > 1 and hit.locative)
    ids = [p for p in ids if allow_minor or index.info[p]["kind"] not in rules.MINOR_KINDS]
    key = index.normalize(" ".join(t.text for t in hit.tokens))

    direction = _DIRECTION_PART.get(hit.direction_word or "")

    def rank(pid: int) -> tuple[int, int, int, int, float]:
        info = index.info[pid]
        kind = info["kind"]
        asked = wanted.index(kind) if wanted and kind in wanted else 0  # "X Township": township
        name = str(info["name"])
        # "northern Shan State" -> "Shan (North)"; otherwise the entry named as written
        # ("Shan", not "Shan (East)"; "Yunnan Sheng" for "Yunnan")
        part = 0 if direction and name.endswith(f"({direction})") else 1
        exact = 0 if index.normalize(_GENERIC_TAIL.sub("", name)) == key else 1
        order = (
            rules.KIND_PRIORITY.index(kind)
            if kind in rules.KIND_PRIORITY
            else len(rules.KIND_PRIORITY)
        )
        if kind == "town" and key in rules.CITY_FIRST and not hit.direction and not wanted:
            order = -1  # bare "Mandalay" is the city
        pop = info.get("population")
        pop = float(pop) if pop is not None and pd.notna(pop) else 0.0
        return asked, part, exact, order, -pop

    return sorted(ids, key=rank)


_GENERIC_TAIL = re.compile(
    r"\s+(?:state|region|township|sheng|province|division"
    r"|zizhiqu|prefecture|city)$",
    re.IGNORECASE,
)
_DIRECTION_PART = {
    "northern": "North",
    "north": "North",
    "southern": "South",
    "south": "South",
    "eastern": "East",
    "east": "East",
    "western": "West",
    "west": "West",
}


def _choose(hit: _Hit, index: PlaceIndex) -> str | None:
    """Pick the gazetteer entry; the reason it is not a place when none fits."""
    ids = _candidates(hit, index)
    if not ids:
        kinds = {index.info[p]["kind"] for p in hit.ids}
        if kinds <= rules.MINOR_KINDS:
            return "village name without a qualifier"
        return f"no {hit.suffix} of that name" if hit.suffix else "no matching kind"
    hit.chosen = ids[0]
    return None


def _spread_list_suffixes(hits: list[_Hit], text: str, index: PlaceIndex) -> None:
    """ "Rakhine, Mandalay and Shan State": the last suffix applies to the earlier names.

    A list is names joined by ", ", " and ", " or " (also before "the" or a direction:
    "Mandalay and northern Shan State"); it stops at a name with its own suffix or without an
    entry of the wanted kind. A singular suffix after only two names leaves a city that is
    first read as the city ("Mandalay", "Yangon") alone: "visited Mandalay and Tanintharyi
    Region" is the city, "Mandalay and Sagaing regions" and "Rakhine, Mandalay and Shan State"
    are regions.
    """
    n = len(hits) - 1
    while n > 0:
        hit = hits[n]
        wanted = rules.SUFFIX_KINDS[hit.suffix] if hit.suffix else None
        if not wanted:
            n -= 1
            continue
        chain: list[_Hit] = []
        k = n
        while k > 0:
            prev, cur = hits[k - 1], hits[k]
            between = text[(prev.suffix_token or prev.tokens[-1]).end : cur.tokens[0].start]
            if prev.suffix or not _LIST_SEPARATOR_RE.match(between):
                break
            if not any(index.info[p]["kind"] in wanted for p in prev.ids):
                break
            chain.append(prev)
            k -= 1
        plural = hit.suffix.endswith("s")
        size = len(chain) + 1 + _suffixed_members_before(hits, k, text, index, wanted)
        for prev in chain:
            key = index.normalize(" ".join(t.text for t in prev.tokens))
            if not plural and size < 3 and key in rules.CITY_FIRST:
                continue
            prev.kinds_from_list = wanted
        n = k if chain else n - 1


def _suffixed_members_before(
    hits: list[_Hit], k: int, text: str, index: PlaceIndex, wanted: tuple[str, ...]
) -> int:
    """How many names of the wanted kind with their own suffix continue a list before hit
    ``k`` ("Rakhine State, Magway Region, Mandalay and Shan State": two)."""
    count = 0
    while k > 0:
        prev, cur = hits[k - 1], hits[k]
        between = text[(prev.suffix_token or prev.tokens[-1]).end : cur.tokens[0].start]
        if not prev.suffix or not _LIST_SEPARATOR_RE.match(between):
            break
        if not any(index.info[p]["kind"] in wanted for p in prev.ids):
            break
        count += 1
        k -= 1
    return count


def _trap_reason(
    hit: _Hit, tokens: list[Token], index: PlaceIndex, text: str, next_hit: _Hit | None
) -> str | None:
    """Why the name is not a place here (organisation, person, ethnic adjective), or None."""
    first = _position(tokens, hit.tokens[0])
    last = _position(tokens, hit.suffix_token or hit.tokens[-1])
    kinds = {index.info[p]["kind"] for p in hit.ids}
    big = bool(kinds & {"country", "state", "foreign_region"})
    key = index.normalize(" ".join(t.text for t in hit.tokens))
    after = _name_run(tokens, last + 1, +1)
    before = _name_run(tokens, first - 1, -1)
    # organisations and titles: "Kachin Independence Army", "Bank of China", "Yangon University"
    if any(t.text.lower() in rules.ORG_HEADS for t in after):
        return "organisation or title"
    if (
        first >= 2
        and tokens[first - 1].text == "of"
        and _is_name_word(tokens[first - 2])
        and tokens[first - 2].text.lower() in rules.ORG_HEADS
    ):
        return "organisation or title"
    prev = tokens[first - 1] if first > 0 else None
    nxt = tokens[last + 1] if last + 1 < len(tokens) else None
    # "the 105 Mile trade zone", "30 Miles from Lashio": a distance, not Yunnan's Mile
    if prev is not None and prev.text[:1].isdigit() and key in ("mile", "miles"):
        return "a distance"
    # people: "U Kyaw Hlaing", "minister Soe Htut", "Ann Thida"
    if (
        prev is not None
        and prev.is_word
        and prev.text.lower() in rules.PERSON_TITLES
        and (prev.is_title or not big)
        and not (big and prev.text.lower() in _COUNTRY_ROLES)
    ):
        return "person name"
    if not big and not hit.suffix and not hit.kinds_from_list:
        own = [t for t in before + after if t.text.lower() not in _OK_NEIGHBOURS]
        own = [t for t in own if not _starts_place(t, tokens, index)]
        if own:
            return "person or other name"
    if not hit.suffix and rules.is_weekday_before_date(key, text, tokens[last].end):
        return "a weekday"
    # ethnic adjectives: "Shan refugees", "ethnic Kachin", but not "Shan and Kachin states"
    if key in _ETHNIC_KEYS and not hit.suffix and not hit.kinds_from_list and not hit.direction:
        if prev is not None and prev.text.lower() == "ethnic":
            return "ethnic adjective"
        if (
            nxt is not None
            and _is_name_word(nxt)
            and nxt.text.lower() not in _OK_NEIGHBOURS
            and not _starts_place(nxt, tokens, index)
        ):
            return "person or other name"  # "Karen Smith", "Chin Baptist"
        if (
            nxt is not None
            and nxt.is_word
            and not nxt.is_title
            and nxt.text.lower() not in rules.PLACE_CONTINUERS
            # "clashes in Mon were reported": a verb after "in X" makes X the place
            and not (hit.locative and nxt.text.lower() in rules.VERBS_AFTER_A_PLACE)
        ):
            return "ethnic adjective"
    # "the Irrawaddy" alone is the river (or the news site), "Irrawaddy Region" the region
    if key in rules.SUFFIX_ONLY_NAMES and not hit.suffix and not hit.kinds_from_list:
        return "river or title"
    # natural features: "the Irrawaddy River", "Shan Hills"
    if after and after[0].text.lower() in rules.FEATURE_WORDS and "site" not in kinds:
        return "natural feature"
    # personal names and everyday words that are also names of towns
    if not hit.suffix and not hit.locative and not hit.kinds_from_list:
        if key in rules.PERSONAL_NAME_PLACES:
            return "personal name"
        if (
            key in rules.COMMON_WORD_PLACES
            and _sentence_initial(tokens, first)
            and nxt is not None
            and nxt.is_word
            and not nxt.is_title
            and nxt.text.lower() not in rules.PLACE_CONTINUERS
        ):
            return "common word"  # "Pale skies", but not "Pale is 60 km west of Monywa"
    return None


_COUNTRY_ROLES = frozenset({"minister", "ministers", "president", "ambassador", "envoy"})
_ETHNIC_KEYS = frozenset(re.sub(r"[^a-z]", "", w) for w in rules.ETHNIC_NAMES)
_OK_NEIGHBOURS = (
    rules.DIRECTIONS | rules.FACILITY_WORDS | rules.FUNCTION_WORDS | frozenset(rules.SUFFIX_KINDS)
)


def _position(tokens: list[Token], token: Token) -> int:
    """The index of ``token`` in ``tokens`` (by its start offset: a binary search, not a scan
    comparing every token, which made long texts quadratic)."""
    from bisect import bisect_left

    i = bisect_left(tokens, token.start, key=lambda t: t.start)
    return i if i < len(tokens) and tokens[i] is token else tokens.index(token)


def _name_run(tokens: list[Token], k: int, step: int) -> list[Token]:
    """Capitalised words next to a name (up to five), without crossing punctuation."""
    out: list[Token] = []
    while 0 <= k < len(tokens) and len(out) < 8:
        tok = tokens[k]
        if not _is_name_word(tok):
            break
        if step < 0 and _sentence_initial(tokens, k) and tok.text.lower() in rules.FUNCTION_WORDS:
            break
        out.append(tok)
        k += step
    return out


def _sentence_initial(tokens: list[Token], k: int) -> bool:
    return k == 0 or tokens[k - 1].text in {".", "!", "?", '"', "“", "\n"}


def _starts_place(tok: Token, tokens: list[Token], index: PlaceIndex) -> bool:
    ids = index.lookup([tok.text])
    return any(index.info[p]["kind"] in rules.FREE_KINDS for p in ids)


def _mention(hit: _Hit, index: PlaceIndex, text: str) -> PlaceMention:
    start = hit.tokens[0].start
    end = (hit.suffix_token or hit.tokens[-1]).end
    return mention_of(index.info[hit.chosen], text, start, end, _score(hit, index))


def mention_of(place: dict[str, Any], text: str, start: int, end: int, score: float):
    """The :class:`PlaceMention` of ``text[start:end]`` read as ``place`` (a PlaceIndex row)."""
    return PlaceMention(
        text=text[start:end],
        start=start,
        end=end,
        name=str(place["name"]),
        kind=str(place["kind"]),
        country=_opt(place.get("country")),
        latitude=_float(place.get("latitude")),
        longitude=_float(place.get("longitude")),
        score=score,
        pcode=_opt(place.get("pcode")),
        admin1=_opt(place.get("admin1")),
        place_id=int(place["place_id"]),
    )


def _score(hit: _Hit, index: PlaceIndex) -> float:
    """Confidence: explicit suffixes and big units are sure; villages and ambiguity are not."""
    kind = index.info[hit.chosen]["kind"]
    score = {"country": 0.95, "state": 0.9, "foreign_region": 0.85, "foreign_city": 0.85}.get(
        kind, 0.8
    )
    if hit.suffix or hit.kinds_from_list:
        score += 0.05
    if kind in rules.MINOR_KINDS:
        score = 0.75 if hit.qualified_minor else 0.6
    if hit.loose:
        score -= 0.05
    same_kind = [p for p in hit.ids if index.info[p]["kind"] == kind]
    if len(same_kind) > 1:
        score -= 0.1
    return max(0.1, min(score, 0.99))


def _opt(value: Any) -> str | None:
    return None if value is None or (not isinstance(value, str) and pd.isna(value)) else str(value)


def _float(value: Any) -> float | None:
    try:
        out = float(value)
    except (TypeError, ValueError):
        return None
    return None if out != out else round(out, 6)
