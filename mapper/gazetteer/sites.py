"""Sites named in other words than the gazetteer's: "Shweli dam" is the Shweli-1 hydropower
plant, "Tagaung nickel mine" the Tagaung Taung nickel mine.

News names a project site by a place word and a facility word, and varies both. A query's
site name matches a site when

- its name words (what is left without the facility words: "Shweli" of "Shweli dam") are all
  among one of the site's names' words, starting with the same word ("Tagaung" of "Tagaung
  Taung"; compared as romanisation skeletons, so "Kyaukphyu" is "Kyaukpyu"), and
- its facility words name the same kind of facility as that site's names (a dam is a
  hydropower plant, a terminal a port; "project" or "plant" alone fit any).

An alias does not make a site of a place name with a facility word unless the site lies in
that place's township: "Yangon port" is not Thilawa Port (Thanlyin) through its alias "Yangon
Port International Terminal", while "Mong Ton hydropower dam" is the Tasang dam (Mongton,
alias "Mong Ton dam"). The site's own name always can: "Kyaukphyu oil terminal" is the
Kyaukphyu deep-sea port. No point site is a pipeline: "Shwe gas pipeline" is not the Shwe gas
field. Each extra word of the site's
name costs weight, so "Chipwi dam" ranks Chipwi before Chipwi Nge.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from mapper.gazetteer.query import mm_site_names, split_mm_site_word
from mapper.gazetteer.romanise import latin_keys, syllables
from mapper.gazetteer.store import Gazetteer
from mapper.gazetteer.text import normalize, skeleton
from mapper.gazetteer.words import SITE_WORDS, typing_slips

#: Facility words -> the kind of facility they name; site words not listed here ("project",
#: "plant", "power", "station", "oil", "gas" ...) fit any kind.
FACILITY_KINDS = {
    **dict.fromkeys(["dam", "dams", "hydropower", "hydroelectric", "hydro", "hpp"], "hydropower"),
    **dict.fromkeys(["mine", "mines", "mining", "copper", "nickel", "jade", "gold"], "mine"),
    **dict.fromkeys(["port", "seaport", "terminal", "harbour", "harbor", "jetty"], "port"),
    **dict.fromkeys(["airport", "airfield"], "airport"),
    **dict.fromkeys(["factory", "mill", "refinery"], "factory"),
    **dict.fromkeys(["sez", "zone"], "zone"),
    **dict.fromkeys(["field"], "field"),
    **dict.fromkeys(["bridge", "viaduct"], "bridge"),
    **dict.fromkeys(["prison", "jail"], "prison"),
    **dict.fromkeys(["pipeline", "pipelines"], "pipeline"),
}
#: The kind of a site whose names name no kind of facility ("Thaketa gas-fired power plant")
_KINDLESS = frozenset([""])
#: Burmese site words (``MM_SITE_SUFFIXES``) -> the kinds of facility they name: "စက်ရုံ"
#: (plant, factory) a factory, a hydropower plant or a plant of no named kind; "စီမံကိန်း"
#: (project) any kind (empty).
MM_FACILITY_KINDS: dict[str, frozenset[str]] = {
    **dict.fromkeys(
        ["ရေအားလျှပ်စစ်စီမံကိန်း", "ရေအားလျှပ်စစ်စက်ရုံ", "ရေကာတာ", "ဆည်"],
        frozenset(["hydropower"]),
    ),
    **dict.fromkeys(["အပြည်ပြည်ဆိုင်ရာလေဆိပ်", "လေဆိပ်"], frozenset(["airport"])),
    **dict.fromkeys(
        [
            "အထူးစီးပွားရေးဇုန်",
            "ကုန်သွယ်ရေးဇုန်",
            "စီးပွားရေးဇုန်",
            "စက်မှုဇုန်",
            "နယ်စပ်ကုန်သွယ်ရေးစခန်း",
            "ကုန်သွယ်ရေးစခန်း",
        ],
        frozenset(["zone"]),
    ),
    **dict.fromkeys(
        [
            "နီကယ်သတ္တုတွင်း",
            "ကြေးနီသတ္တုတွင်း",
            "နီကယ်စီမံကိန်း",
            "ကြေးနီစီမံကိန်း",
            "ကြေးနီတွင်း",
            "ကြေးနီမိုင်း",
            "ကျောက်စိမ်းတွင်း",
            "သတ္တုတွင်း",
        ],
        frozenset(["mine"]),
    ),
    **dict.fromkeys(["ရေနက်ဆိပ်ကမ်း", "ရေနံသိုလှောင်ရေးစခန်း", "ရေနံဆိပ်ကမ်း", "ဆိပ်ကမ်း"], frozenset(["port"])),
    "စက်ရုံ": frozenset(["factory", "hydropower"]) | _KINDLESS,
    "ဆန်စက်": frozenset(["factory"]) | _KINDLESS,
    "စီမံကိန်း": frozenset(),
}
#: A Burmese site name read in Latin letters matches a site name's first words at this fuzzy
#: ratio (0-100) or more, over at least BURMESE_MIN_CHARS letters; below 100 it weighs less.
BURMESE_MIN_RATIO = 90
BURMESE_MIN_CHARS = 4
BURMESE_FUZZY_COST = 0.1
#: Words that carry no name: joiners and numbering words.
_FILLER = frozenset(["and", "&", "the", "of", "no"])
#: one typing slip in a longer facility word, read as the word: "hydropower plat", "copper
#: mien" is too short to tell from a name (checked: no site's name has a word of these)
_FACILITY_WORD_SLIPS = {
    slip: word
    for word in (
        "plant", "power", "project", "station", "airport", "factory", "terminal", "pipeline",
        "hydropower", "hydroelectric", "copper", "nickel", "refinery", "bridge", "mining",
    )
    for slip in typing_slips(word)
    if slip not in FACILITY_KINDS and slip not in SITE_WORDS and slip not in _FILLER
}  # fmt: skip
_WORD = re.compile(r"[^\s\-/(),]+")
#: The weight of a site matched by its name words, less EXTRA_WORD_COST for each word of the
#: site's name that the query does not have (never below MIN_WEIGHT).
MATCH_WEIGHT = 0.9
EXTRA_WORD_COST = 0.05
MIN_WEIGHT = 0.75
#: Kinds of place whose name, with a facility word, is an alias's site only in its township
_PLACE_KINDS = frozenset(
    {"town", "township", "district", "state", "country", "foreign_city", "foreign_region"}
)


@dataclass(frozen=True)
class SiteName:
    """One name of a site: its name words (skeletons, in order) and whether it is the site's
    own name rather than an alias."""

    place_id: int
    words: tuple[str, ...]
    own: bool


def name_and_facilities(text: str) -> tuple[tuple[str, ...], frozenset[str]]:
    """The name words (as romanisation skeletons, in order) and the facility kinds of a site
    name: ``("swel",), {"hydropower"}`` for "Shweli dam"."""
    words: list[str] = []
    kinds: set[str] = set()
    for raw in _WORD.findall(text):
        word = raw.lower().strip(".'’")
        word = _FACILITY_WORD_SLIPS.get(word, word)
        if word in FACILITY_KINDS:
            kinds.add(FACILITY_KINDS[word])
        elif word not in SITE_WORDS and word not in _FILLER:
            key = normalize(word)
            if key:  # (a phase's numeral as a number: the skeleton of "II" is that of "I")
                words.append(_ROMAN_NUMERALS.get(key) or skeleton(key))
    return tuple(words), frozenset(kinds)


#: a site's number in Roman numerals ("Dapein II"), read as the digits other names write
_ROMAN_NUMERALS = {"i": "1", "ii": "2", "iii": "3", "iv": "4"}


def _is_facility_word(word: str) -> bool:
    word = _FACILITY_WORD_SLIPS.get(word, word)
    return word in FACILITY_KINDS or word in SITE_WORDS or word in _FILLER


def _site_index(gaz: Gazetteer) -> tuple[list[SiteName], dict[int, frozenset[str]]]:
    """Every Latin-script name of every site, and each site's facility kinds (memoised)."""
    found = gaz.__dict__.get("_site_index_memo")
    if found is None:
        site_ids = [pid for pid, rec in enumerate(gaz.records) if rec[0] == "site"]
        names: list[SiteName] = []
        kinds: dict[int, set[str]] = {pid: set() for pid in site_ids}
        aliases = gaz.aliases[gaz.aliases["place_id"].isin(site_ids)]
        own_names = dict(
            zip(site_ids, gaz.places["name"].to_numpy()[site_ids].tolist(), strict=True)
        )
        pairs = [
            *((n, pid) for pid, n in own_names.items()),
            *zip(aliases["alias"], aliases["place_id"], strict=True),
        ]
        for alias, pid in pairs:
            if not isinstance(alias, str) or not alias.isascii():
                continue
            words, facility = name_and_facilities(alias)
            kinds[pid] |= facility
            if words:
                own = normalize(alias) == normalize(own_names[pid])
                names.append(SiteName(int(pid), words, own))
        found = (names, {pid: frozenset(k) for pid, k in kinds.items()})
        gaz.__dict__["_site_index_memo"] = found
    return found


def _places_named(gaz: Gazetteer, key: str) -> list[int]:
    """The towns and larger areas named ``key`` (a normalised name) as it is written: a
    respelling names no place here ("Paunglaung" is no Pawng Lawng town)."""
    hits = gaz.exact.get(key, ())
    return [pid for pid, _ in hits if gaz.records[pid][0] in _PLACE_KINDS]


def _best_sites(
    gaz: Gazetteer,
    weigh: Callable[[SiteName], float | None],
    wanted: frozenset[str],
    place_key: str,
) -> tuple[tuple[int, float], ...]:
    """The sites of the right facility kind whose names ``weigh`` gives a weight, best first.
    A site matched by an alias rather than its own name must lie in the township of a place
    the query's name words name (``place_key``, normalised), if they name any."""
    names, kinds = _site_index(gaz)
    places: list[int] | None = None
    best: dict[int, float] = {}
    for name in names:
        if wanted and wanted.isdisjoint(kinds[name.place_id] or _KINDLESS):
            continue
        weight = weigh(name)
        if weight is None or weight <= best.get(name.place_id, 0.0):
            continue
        if not name.own:  # "Yangon port" is no alias's site outside the place it names
            if places is None:
                places = _places_named(gaz, place_key)
            township = gaz.records[name.place_id][7]
            if places and all(gaz.records[pid][7] != township for pid in places):
                continue
        best[name.place_id] = weight
    return tuple(sorted(best.items(), key=lambda item: (-item[1], item[0])))


def _extra_words_weight(name: SiteName, matched: int) -> float:
    """A match's weight when the query has ``matched`` of the site name's words."""
    return max(MIN_WEIGHT, MATCH_WEIGHT - EXTRA_WORD_COST * (len(name.words) - matched))


def sites_named(gaz: Gazetteer, text: str) -> tuple[tuple[int, float], ...]:
    """The sites that ``text`` ("Shweli dam", "ရေရွာ ရေအားလျှပ်စစ်စက်ရုံ") names in other
    words than theirs, with weights (best first; empty when its name words or facility kind fit
    no site)."""
    if not text.isascii():
        return _burmese_sites_named(gaz, text)
    words, wanted = name_and_facilities(text)
    if not words:
        return ()
    query = set(words)
    joined = "".join(words)

    def weigh(name: SiteName) -> float | None:
        anchored = name.words[0] == words[0] and query <= set(name.words)
        if not anchored and "".join(name.words) != joined:
            return None
        return _extra_words_weight(name, len(query & set(name.words)))

    kept = [w for w in _WORD.findall(text) if not _is_facility_word(w.lower().strip(".'’"))]
    return _best_sites(gaz, weigh, wanted, normalize(" ".join(kept)))


def _burmese_sites_named(gaz: Gazetteer, text: str) -> tuple[tuple[int, float], ...]:
    """The sites a Burmese site name names when read in Latin letters (see
    :mod:`mapper.gazetteer.romanise`): "ရေရွာ ရေအားလျှပ်စစ်စက်ရုံ", read "Ye Ywa" and a
    hydropower plant, is the Yeywa dam. The reading must match the first words of one of the
    site's names (all but a closer spelling costs ``BURMESE_FUZZY_COST``); when the whole name
    before the site word matches none, its first word is tried ("မြင်းခြံ သံမဏိစက်ရုံ": the
    place, then what is made there, steel)."""
    names = mm_site_names(text)
    if not names:
        return ()
    wanted = MM_FACILITY_KINDS[split_mm_site_word(text)[1]]
    for each in (*names, *_glued_place_names(gaz, names[0])):
        keys = latin_keys(gaz, each)
        # "ချောင်း" (a stream) ends names read "Chaung" that English site names call "Creek"
        keys |= {k[: -len(c)] + _CREEK_KEY for k in keys for c in _CHAUNG_KEYS if k.endswith(c)}
        if keys and (found := _best_sites(gaz, _weigh_reading(keys), wanted, normalize(each))):
            return found
    return ()


def _glued_place_names(gaz: Gazetteer, name: str) -> list[str]:
    """The places a Burmese site name written without spaces may start with, longest first:
    "မြင်းခြံ" of "မြင်းခြံသံမဏိ" (Myingyan, then what is made there, steel); only names
    the gazetteer has, of two syllables or more, and not the whole name."""
    if " " in name:
        return []
    parts = syllables(name)
    starts = ("".join(parts[:n]) for n in range(len(parts) - 1, 1, -1))
    return [start for start in starts if normalize(start) in gaz.exact]


def _key(name: str) -> str:
    return skeleton(normalize(name))


_CHAUNG_KEYS = (_key("chaung"), _key("gyaung"))
_CREEK_KEY = _key("creek")


def _weigh_reading(keys: frozenset[str]) -> Callable[[SiteName], float | None]:
    """The weight of a site name whose first words one of ``keys`` reads (None for none)."""

    def weigh(site_name: SiteName) -> float | None:
        for matched in range(len(site_name.words), 0, -1):
            target = "".join(site_name.words[:matched])
            found = process.extractOne(
                target, keys, scorer=fuzz.ratio, score_cutoff=BURMESE_MIN_RATIO
            )
            if found and len(target) >= BURMESE_MIN_CHARS:
                cost = 0.0 if found[1] == 100 else BURMESE_FUZZY_COST
                return _extra_words_weight(site_name, matched) - cost
        return None

    return weigh
