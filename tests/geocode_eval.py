"""Held-out-style evaluation of the offline geocoder against ../shared/data.

Queries are written the way news and analysts write them (suffixes, qualifiers, Burmese script,
respellings, colonial names, UCDP's own location text); reference points come from sources the
query text does not give away: MIMU township/state polygons and centroids, MIMU town points,
GeoNames city points, AidData project geometries and UCDP event coordinates.

Pass rules (great-circle distance, pyproj.Geod): state inside or <= 150 km; township inside or
<= 30 km; town <= 10 km; site <= 15 km; village and conflict location <= 5 km.

Run ``python -m tests.geocode_eval`` for the per-kind table (``--failures`` lists misses).
"""

from __future__ import annotations

import random
import sys
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

SHARED = Path(__file__).resolve().parent.parent.parent / "shared" / "data"
THRESHOLD_KM = {
    "state": 150.0,
    "township": 30.0,
    "town": 10.0,
    "site": 15.0,
    "village": 5.0,
    "conflict": 5.0,
    "conflict_text": 5.0,
}
#: Kinds reported beside the held-out-style ones but left out of the "overall" row.
DIAGNOSTIC_KINDS = frozenset({"conflict_text"})
SEED = 20250214

#: Colonial-era and older English names -> the modern GeoNames name (reference point).
COLONIAL = {
    "Rangoon": "Yangon",
    "Akyab": "Sittwe",
    "Moulmein": "Mawlamyine",
    "Maymyo": "Pyin Oo Lwin",
    "Bassein": "Pathein",
    "Prome": "Pyay",
    "Tavoy": "Dawei",
    "Mergui": "Myeik",
    "Toungoo": "Taungoo",
    "Pegu": "Bago",
    "Sandoway": "Thandwe",
    "Henzada": "Hinthada",
    "Magwe": "Magway",
    "Thayetmyo": "Thayetmyo",
    "Myingyan": "Myingyan",
    "Kyaukse": "Kyaukse",
    "Victoria Point": "Kawthoung",
    "Syriam": "Thanlyin",
}
#: News spellings of towns -> MIMU town name (reference point: MIMU town).
NEWS_SPELLINGS = {
    "Kyaukphyu": "Kyaukpyu",
    "Pa-an": "Hpa-An",
    "Hpa-an": "Hpa-An",
    "Mawlamyaing": "Mawlamyine",
    "Laukkai": "Laukkaing",
    "Hpakan": "Hpakant",
    "Tachilek": "Tachileik",
    "Myawadi": "Myawaddy",
    "Pyin Oo Lwin": "Pyinoolwin",
    "Pyin U Lwin": "Pyinoolwin",
    "Yinmabin": "Yinmarbin",
    "Sittway": "Sittwe",
    "Mrauk U": "Mrauk-U",
    "Kyaukme town": "Kyaukme",
    "Muse town": "Muse",
    "Lashio town": "Lashio",
    "Hsipaw town": "Hsipaw",
    "Kutkai": "Kutkai",
    "Namhkam": "Namhkan",
    "Mogoke": "Mogoke",
    "Loikaw town": "Loikaw",
    "Myitkyina town": "Myitkyina",
    "Bhamo town": "Bhamo",
    "Hakha town": "Hakha",
    "Falam town": "Falam",
    "Mindat town": "Mindat",
    "Kalay": "Kale",
    "Tamu town": "Tamu",
    "Monywa town": "Monywa",
    "Salingyi town": "Salingyi",
    "Thantlang": "Thantlang",
    "Dawei town": "Dawei",
}
#: AidData GCDF 2.0 project ids and how a report names the project site.
SITES = {
    64763: ["Letpadaung copper mine", "Letpadaung mine"],
    35766: ["Myitsone dam", "Myitsone hydropower project", "Myitsone hydroelectric project"],
    34115: ["Tagaung Taung nickel mine", "Tagaung Taung nickel project", "Tagaung nickel mine"],
    63973: ["Shweli 1 hydropower plant", "Shweli-1 dam", "Shweli dam", "Shweli hydropower project"],
    46986: ["Naypyidaw International Airport", "Nay Pyi Taw airport"],
    63430: ["Yangon International Airport", "Yangon airport"],
    64646: ["Myingyan steel mill", "Myingyan No. 1 Steel Mill", "Myingyan steel plant"],
    35828: ["Upper Paunglaung dam", "Upper Paunglaung hydropower plant"],
    34079: ["Kyaukse agricultural machinery factory"],
    64286: ["Kyaukse glass factory"],
    64310: ["Thanlyin glass bottle factory"],
    64292: ["Pakokku textile mill"],
    63968: ["Dapein I hydropower plant", "Dapein dam", "Dapein 1 hydropower project"],
}


@dataclass
class Case:
    """One evaluation query with its reference and pass rule."""

    kind: str
    query: str
    lat: float
    lon: float
    polygon: object = None  # shapely geometry: inside counts as a pass


def _respell(name: str, rng: random.Random) -> str:
    """A realistic respelling: syllables joined, lower case, hyphens, dropped 'h' or 'r'."""
    words = name.split()
    choice = rng.randrange(5)
    if choice == 0 and len(words) > 1:
        joined = "".join(words)
        return joined[0].upper() + joined[1:].lower()
    if choice == 1:
        return name.lower()
    if choice == 2 and len(words) > 1:
        return "-".join(words)
    if choice == 3 and "h" in name[1:]:
        return name.replace("Hp", "P").replace("hp", "p").replace("Ht", "T")
    if choice == 4 and "ar" in name:
        return name.replace("ar", "a", 1)
    return name


def _region_word(kind: str) -> str:
    return {"Union Territory": "Union Territory"}.get(kind, kind)


def state_cases(shared: Path) -> list[Case]:
    import geopandas as gpd

    b = shared / "mimu_boundaries"
    cent = pd.read_csv(b / "mmr_adm1_15units_centroids.csv")
    polys = gpd.read_file(b / "mmr_adm1_15units_dissolved_simplified.geojson").set_index("name")
    cases = []
    for row in cent.itertuples():
        poly = polys.geometry.get(row.name)
        for query in (f"{row.name} {_region_word(row.type)}", row.name, row.name_mmr):
            cases.append(Case("state", query, row.centroid_lat, row.centroid_lon, poly))
    units = pd.read_csv(b / "mmr_adm1_18units_centroids.csv")
    polys18 = gpd.read_file(b / "mmr_adm1_mimu_18units_simplified.geojson").set_index("ST_PCODE")
    phrasing = {
        "Shan (North)": ["northern Shan State", "Shan-North"],
        "Shan (South)": ["southern Shan State", "Shan-South"],
        "Shan (East)": ["eastern Shan State", "Shan State (East)"],
        "Bago (East)": ["Bago-East", "eastern Bago Region"],
        "Bago (West)": ["Bago-West", "western Bago Region"],
    }
    for row in units.itertuples():
        for query in phrasing.get(row.ST, []):
            cases.append(
                Case(
                    "state",
                    query,
                    row.centroid_lat,
                    row.centroid_lon,
                    polys18.geometry.get(row.ST_PCODE),
                )
            )
    return cases


def township_cases(shared: Path, rng: random.Random) -> list[Case]:
    import geopandas as gpd

    b = shared / "mimu_boundaries"
    cent = pd.read_csv(b / "mmr_adm3_township_centroids.csv")
    polys = gpd.read_file(b / "mmr_adm3_townships_mimu_simplified.geojson").set_index("TS_PCODE")
    cases = []
    for row in cent.itertuples():
        poly = polys.geometry.get(row.TS_PCODE)
        forms = [
            f"{row.TS} Township",
            f"{_respell(row.TS, rng)} township, {row.ST} {row.ST_RG}",
            f"{row.TS_MMR}မြို့နယ်",
        ]
        for query in forms:
            cases.append(Case("township", query, row.centroid_lat, row.centroid_lon, poly))
    return cases


def _geonames(shared: Path) -> pd.DataFrame:
    return pd.read_csv(shared / "geonames" / "geonames_cities500_MM.tsv", sep="\t")


def town_cases(shared: Path, rng: random.Random) -> list[Case]:
    towns = pd.read_csv(shared / "mimu_pcodes" / "mimu_pcode9.6_towns.csv")
    towns = towns.dropna(subset=["Latitude", "Longitude"])
    towns["name"] = towns["Town_Name_Eng"].str.replace(r"\s+Town$", "", regex=True)
    cases = []
    for row in towns.itertuples():
        town_cases = [
            Case("town", f"{row.name} town", row.Latitude, row.Longitude),
            Case("town", f"{row.Town_Name_MMR}မြို့", row.Latitude, row.Longitude),
        ]
        if rng.random() < 0.5:
            query = f"{_respell(row.name, rng)}, {row.SR_Name_Eng}"
            town_cases.append(Case("town", query, row.Latitude, row.Longitude))
        # a town MIMU marks inactive (moved to another township, split, deleted) is no
        # reference: its point may be another town's (Hainggyikyun of Labutta has Pyinsalu's).
        # (Skipped after the draw, so that the other kinds' samples stay the same.)
        if row.MIMU_Town_Mapping_Status != "Inactive":
            cases.extend(town_cases)
    by_name = towns.drop_duplicates("name").set_index("name")
    for query, name in NEWS_SPELLINGS.items():
        if name in by_name.index:
            ref = by_name.loc[name]
            cases.append(Case("town", query, ref.Latitude, ref.Longitude))
    gn = _geonames(shared)
    gn_by_name = gn.sort_values("population", ascending=False).drop_duplicates("name")
    gn_by_name = gn_by_name.set_index("name")
    for old, modern in COLONIAL.items():
        if modern in gn_by_name.index:
            ref = gn_by_name.loc[modern]
            cases.append(Case("town", old, ref.latitude, ref.longitude))
    big = gn[gn["population"] >= 20_000]
    for row in big.itertuples():
        if _disputed(row, towns):
            continue
        cases.append(Case("town", row.name, row.latitude, row.longitude))
    return cases


#: a GeoNames town this far from every MIMU town of its name is a disputed reference
DISPUTED_KM = 25.0


def _disputed(gn_row, towns: pd.DataFrame) -> bool:
    """True when MIMU lists towns of the GeoNames town's name, all more than DISPUTED_KM
    away, within 100 km: the two sources place one town differently (GeoNames puts Kengtung
    50 km off in Mongla Township, Dawbon in Ayeyarwady), so neither point is a fair reference."""
    from pyproj import Geod

    ascii_name = unicodedata.normalize("NFKD", str(gn_row.name)).encode("ascii", "ignore")
    key = "".join(ch for ch in ascii_name.decode().lower() if ch.isalnum())
    names = towns["name"].str.lower().str.replace(r"[^0-9a-z]", "", regex=True)
    same = towns[names == key]
    if same.empty:
        return False
    n = len(same)
    _, _, dist = Geod(ellps="WGS84").inv(
        [gn_row.longitude] * n, [gn_row.latitude] * n, same["Longitude"], same["Latitude"]
    )
    km = dist / 1000.0
    return bool((km > DISPUTED_KM).all() and (km <= 100.0).any())


def site_cases(shared: Path) -> list[Case]:
    aid = pd.read_csv(shared / "aiddata_gcdf2_geo" / "gcdf2_myanmar_projects.csv").set_index("id")
    cases = []
    for pid, queries in SITES.items():
        if pid in aid.index:
            row = aid.loc[pid]
            cases.extend(Case("site", q, row.centroid_lat, row.centroid_lon) for q in queries)
    return cases


def village_cases(shared: Path, rng: random.Random, n: int = 240) -> list[Case]:
    villages = pd.read_csv(
        shared / "mimu_pcodes" / "mimu_pcode9.6_villages_with_coords.csv",
        usecols=[
            "village_eng",
            "village_mmr",
            "township_eng",
            "township_mmr",
            "state_eng",
            "latitude",
            "longitude",
        ],
    ).dropna(subset=["latitude", "longitude"])
    sample = villages.sample(n, random_state=rng.randrange(1 << 30))
    cases = []
    for i, row in enumerate(sample.itertuples()):
        state = row.state_eng.split(" (")[0]
        style = i % 4
        if style == 0:
            query = f"{row.village_eng} village, {row.township_eng} Township"
        elif style == 1:
            query = f"{_respell(row.village_eng, rng)} village in {row.township_eng} township"
        elif style == 2:
            query = f"{row.village_eng}, {row.township_eng} Township, {state}"
        else:
            query = f"{row.village_mmr}ကျေးရွာ၊ {row.township_mmr}မြို့နယ်"
        cases.append(Case("village", query, row.latitude, row.longitude))
    return cases


def conflict_cases(shared: Path, rng: random.Random, n: int = 300) -> list[Case]:
    ged = pd.read_csv(
        shared / "ucdp_ged" / "ged_myanmar_1989_2023.csv",
        usecols=["where_prec", "where_coordinates", "adm_1", "adm_2", "latitude", "longitude"],
    )
    ged = ged[ged["where_prec"] == 1].drop_duplicates("where_coordinates")
    ged = ged.sample(min(n, len(ged)), random_state=rng.randrange(1 << 30))
    cases = []
    for i, row in enumerate(ged.itertuples()):
        place = row.where_coordinates
        admin1 = row.adm_1 if isinstance(row.adm_1, str) else ""
        admin2 = row.adm_2 if isinstance(row.adm_2, str) else ""
        if i % 2 == 0 and admin2:
            query = f"{place}, {admin2}, {admin1}".strip(", ")
        else:
            query = f"{place} in {admin1}".strip() if admin1 else place
        cases.append(Case("conflict", query, row.latitude, row.longitude))
    return cases


def conflict_text_cases(shared: Path, rng: random.Random, n: int = 300) -> list[Case]:
    """UCDP's ``where_description`` as its sources wrote it ("Kawlin Township, Khamauk Taung
    village", "a military camp in Rikhawdar town, Falam District", "Hpakant's Hseng Taung
    Ward"), for events with exact coordinates (where_prec 1); line breaks become commas.

    A diagnostic, not a held-out-style kind: many descriptions name streets, roads or camps
    that no gazetteer holds, so its rate is reported but left out of "overall"."""
    ged = pd.read_csv(
        shared / "ucdp_ged" / "ged_myanmar_1989_2023.csv",
        usecols=["where_prec", "where_description", "latitude", "longitude"],
    )
    ged = ged[ged["where_prec"] == 1].dropna(subset=["where_description"])
    ged = ged.drop_duplicates("where_description")
    ged = ged.sample(min(n, len(ged)), random_state=rng.randrange(1 << 30))
    cases = []
    for row in ged.itertuples():
        lines = [line.strip(" /") for line in str(row.where_description).splitlines()]
        query = ", ".join(line for line in lines if line)
        cases.append(Case("conflict_text", query, row.latitude, row.longitude))
    return cases


def build_cases(shared: Path = SHARED) -> list[Case]:
    """All evaluation cases (deterministic for a given SEED)."""
    rng = random.Random(SEED)
    return [
        *state_cases(shared),
        *township_cases(shared, rng),
        *town_cases(shared, rng),
        *site_cases(shared),
        *village_cases(shared, rng),
        *conflict_cases(shared, rng),
        *conflict_text_cases(shared, rng),
    ]


def evaluate(cases: list[Case]) -> pd.DataFrame:
    """One row per case: query, kind, found name/kind, error_km, inside, passed."""
    from pyproj import Geod
    from shapely.geometry import Point

    from mapper.geocoding import geocode

    result = geocode([c.query for c in cases], progress=False)
    geod = Geod(ellps="WGS84")
    lat = result["latitude"].to_numpy(dtype=float)
    lon = result["longitude"].to_numpy(dtype=float)
    ref_lat = np.array([c.lat for c in cases], dtype=float)
    ref_lon = np.array([c.lon for c in cases], dtype=float)
    ok = ~np.isnan(lat)
    err = np.full(len(cases), np.nan)
    _, _, dist = geod.inv(lon[ok], lat[ok], ref_lon[ok], ref_lat[ok])
    err[ok] = np.asarray(dist) / 1000.0
    inside = [
        bool(c.polygon is not None and ok[i] and c.polygon.contains(Point(lon[i], lat[i])))
        for i, c in enumerate(cases)
    ]
    frame = pd.DataFrame(
        {
            "kind": [c.kind for c in cases],
            "query": [c.query for c in cases],
            "found": result["name"],
            "found_kind": result["kind"],
            "score": result["score"],
            "reason": result["reason"],
            "error_km": err,
            "inside": inside,
        }
    )
    limit = frame["kind"].map(THRESHOLD_KM)
    frame["passed"] = frame["inside"] | (frame["error_km"] <= limit)
    return frame


def summary(frame: pd.DataFrame) -> pd.DataFrame:
    """Per-kind counts, pass rate and median error, plus an 'overall' row (held-out-style
    kinds only: DIAGNOSTIC_KINDS are listed but not counted in it)."""
    rows = []
    held_out_style = frame[~frame["kind"].isin(DIAGNOSTIC_KINDS)]
    for kind, group in [*frame.groupby("kind", sort=False), ("overall", held_out_style)]:
        rows.append(
            {
                "kind": kind,
                "queries": len(group),
                "passed": int(group["passed"].sum()),
                "pass_rate": round(float(group["passed"].mean()), 4),
                "unresolved": int(group["error_km"].isna().sum()),
                "median_km": round(float(group["error_km"].median()), 2),
                "rule_km": THRESHOLD_KM.get(kind, float("nan")),
            }
        )
    return pd.DataFrame(rows)


def main(argv: list[str] | None = None) -> int:
    """Print the per-kind table (and failures with --failures)."""
    argv = sys.argv[1:] if argv is None else argv
    if not SHARED.is_dir():
        print(f"{SHARED} is absent; nothing to evaluate")
        return 1
    frame = evaluate(build_cases())
    print(summary(frame).to_string(index=False))
    if "--failures" in argv:
        misses = frame[~frame["passed"]]
        with pd.option_context("display.width", 200, "display.max_colwidth", 60):
            print(
                misses[["kind", "query", "found", "found_kind", "error_km", "reason"]].to_string()
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
