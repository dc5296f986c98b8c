"""The gazetteer: built from MIMU + GeoNames + curated files, with the contract's columns."""

from __future__ import annotations

import shutil

import numpy as np
import pandas as pd
import pytest

from mapper.errors import InputError
from mapper.gazetteer import load_gazetteer, mimu, normalize, skeleton, source_versions, sources
from mapper.gazetteer.build import KINDS, name_forms
from mapper.gazetteer.sources import (
    read_added_towns,
    read_aliases,
    read_capitals,
    read_cities,
    read_former_districts,
    read_landmarks,
    read_moved_towns,
    read_sites,
    read_town_points,
    read_unit_names,
)
from mapper.gazetteer.store import _cache_file

CONSTITUTIONAL_UNITS = {
    "Ayeyarwady",
    "Bago",
    "Chin",
    "Kachin",
    "Kayah",
    "Kayin",
    "Magway",
    "Mandalay",
    "Mon",
    "Nay Pyi Taw",
    "Rakhine",
    "Sagaing",
    "Shan",
    "Tanintharyi",
    "Yangon",
}


@pytest.fixture
def curated_copy(tmp_path, monkeypatch, repo_dir):
    """A copy of data/gazetteer that mapper reads instead of the repository's (to edit)."""
    data = tmp_path / "data"
    shutil.copytree(repo_dir / "data" / "gazetteer", data / "gazetteer")
    monkeypatch.setenv("MAPPER_DATA_DIR", str(data))
    return data / "gazetteer"


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer()


def _km(lat1, lon1, lat2, lon2):
    from pyproj import Geod

    return Geod(ellps="WGS84").inv(lon1, lat1, lon2, lat2)[2] / 1000.0


def test_normalize_ignores_case_spacing_hyphens_accents_and_burmese_digits():
    assert normalize("Hpa-An") == normalize("hpa an") == normalize("HPA‐AN") == "hpaan"
    assert normalize("Kēng Tung") == "kengtung"
    assert normalize("အမှတ် (၁) ရပ်ကွက်").endswith("ရပ်ကွက်")
    assert "1" in normalize("အမှတ် (၁) ရပ်ကွက်")
    assert normalize("  ") == ""


@pytest.mark.parametrize(
    "a, b",
    [
        ("Kyaukphyu", "Kyaukpyu"),
        ("Pa-an", "Hpa-An"),
        ("Yinmabin", "Yinmarbin"),
        ("Naypyitaw", "Naypyidaw"),
        ("Mrauk-U", "Myauk U"),
        ("Gwegon", "Gway Kone"),  # ကုန်း written "gon" or "Kone", ေ "e" or "ay"
        ("Kalay", "Kale"),
        ("Mikaren", "Mi Kayin"),  # ကရင်, Karen or Kayin
        ("Kala Luu", "Ku Lar Lu"),  # ကုလား, UCDP's Kala or MIMU's Ku Lar
        ("Oak Phyat", "Oke Hpyat"),  # အုတ်, UCDP's Oak or MIMU's Oke
        ("Kokkogon", "Koke Ko Kone"),
        ("Kalu Dor", "Ka Lu Daw"),  # ော်, UCDP's "or" or MIMU's "aw"
        ("Kaingyo", "Kaing Yoe"),  # ို, UCDP's "o" or MIMU's "oe" (set 147)
        ("Kyoe Wine", "Kyoe Waing"),  # ိုင်, UCDP's "ine" or MIMU's "aing" (set 162)
        ("Ta Khon Tine", "Ta Khon Taing"),
        ("Kwan Hla", "Kun Hla"),  # ွန်, UCDP's "wan" or MIMU's "un" (set 170)
    ],
)
def test_skeleton_folds_romanisation_variants(a, b):
    assert normalize(a) != normalize(b)
    assert skeleton(normalize(a)) == skeleton(normalize(b))


def test_karenni_is_no_karen():
    assert skeleton(normalize("Karenni")) != skeleton(normalize("Kayinni"))


def test_name_forms_strip_kind_words_and_split_parentheses():
    forms = [f for f, _ in name_forms("(Kyun Nyo Gyi) Kyun Hteik")]
    assert "Kyun Hteik" in forms and "Kyun Nyo Gyi" in forms
    assert "Bogale" in [f for f, _ in name_forms("Bogale Town")]
    assert "North" not in [f for f, _ in name_forms("Kone Tan (North)")]  # not a name by itself


def test_places_follow_the_contract(gaz):
    places = gaz.places
    for col in (
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
    ):
        assert col in places.columns
    assert (places["place_id"].to_numpy() == np.arange(len(places))).all()
    assert set(places["kind"]) <= set(KINDS)
    assert places[["latitude", "longitude"]].notna().all().all()
    mm = places[places["country"] == "MM"]
    assert mm["latitude"].between(9.5, 28.6).all() and mm["longitude"].between(92, 101.5).all()
    assert list(gaz.aliases.columns[:3]) == ["alias", "key", "place_id"]
    sample = gaz.aliases.sample(2000, random_state=1)
    assert [normalize(a) for a in sample["alias"]] == sample["key"].tolist()


def test_counts_by_kind_reflect_the_sources(gaz):
    counts = gaz.counts()
    assert counts["village"] > 60_000  # MIMU villages (with a point)
    assert counts["village_tract"] > 13_000
    assert 320 <= counts["township"] <= 360  # incl. urban townships known only from wards
    assert 70 <= counts["district"] <= 90
    assert counts["town"] >= 500
    states = set(gaz.places.loc[gaz.places["kind"] == "state", "name"])
    assert states >= CONSTITUTIONAL_UNITS
    assert {"Shan (North)", "Shan (South)", "Shan (East)"} <= states


def test_townships_keep_pcodes_and_lie_among_their_villages(gaz):
    places = gaz.places
    ts = places[places["kind"] == "township"].set_index("pcode")
    assert ts.loc["MMR012011", "name"] == "Kyaukpyu"
    villages = places[places["kind"] == "village"]
    rural = villages.groupby("ts_pcode").filter(lambda g: len(g) >= 20)  # not urban townships
    grouped = rural.groupby("ts_pcode")[["latitude", "longitude"]]
    lo, hi = grouped.min(), grouped.max()
    inside = [
        lo.loc[code, "latitude"] - 0.05 <= row.latitude <= hi.loc[code, "latitude"] + 0.05
        and lo.loc[code, "longitude"] - 0.05 <= row.longitude <= hi.loc[code, "longitude"] + 0.05
        for code, row in ts.iterrows()
        if code in lo.index
    ]
    assert len(inside) > 280 and all(inside)


def test_burmese_and_colonial_names_are_aliases(gaz):
    keys = gaz.exact
    yangon = gaz.places[(gaz.places["name"] == "Yangon") & (gaz.places["kind"] == "town")].iloc[0]
    rangoon = [pid for pid, _ in keys[normalize("Rangoon")]]
    assert any(
        _km(yangon.latitude, yangon.longitude, *gaz.places.loc[p, ["latitude", "longitude"]]) < 10
        for p in rangoon
    )
    assert normalize("ကျောက်ဖြူ") in keys
    assert normalize("Akyab") in keys and normalize("Moulmein") in keys


def test_foreign_places_near_myanmar(gaz):
    places = gaz.places
    cities = places[places["kind"] == "foreign_city"]
    kunming = cities[cities["name"] == "Kunming"].iloc[0]
    assert kunming["country"] == "CN"
    assert _km(kunming.latitude, kunming.longitude, 25.04, 102.72) < 20
    regions = places[places["kind"] == "foreign_region"]
    assert (regions["country"] == "CN").any()
    assert normalize("Yunnan") in gaz.exact
    assert normalize("Ruili") in gaz.exact
    assert set(places.loc[places["kind"] == "country", "country"]) >= {"MM", "CN", "TH", "IN"}


def test_curated_aliases_are_sourced_and_all_resolve(gaz):
    aliases = read_aliases()
    assert aliases is not None and len(aliases) >= 40
    assert aliases["source_name"].str.len().gt(0).all()
    assert aliases["source_url"].str.startswith("https://").all()
    assert aliases["precision"].isin(["exact", "approximate"]).all()
    assert gaz.meta.get("unresolved_aliases") == []
    for alias in aliases["alias"]:
        assert normalize(alias) in gaz.exact


def test_sites_are_ingested_when_present(gaz):
    sites = read_sites()
    if sites is None:
        pytest.skip("data/gazetteer/sites.csv is not there yet")
    landmarks = read_landmarks()
    own = set() if landmarks is None else set(landmarks.loc[landmarks["kind"] == "site", "name"])
    got = gaz.places[gaz.places["kind"] == "site"]
    assert len(got) == len(sites) + len(own)
    assert set(got["name"]) == set(sites["name"]) | own
    for row in sites.itertuples():
        assert normalize(row.name) in gaz.exact


def test_sites_without_a_coordinate_take_their_mimu_host_point(gaz):
    sites = read_sites()
    placed = sites[sites["located_at"] != ""]
    assert len(placed) >= 4  # S&K, New Yangon City, Chipwi Nge, Upper Yeywa
    places = gaz.places
    for row in placed.itertuples():
        host = places[places["pcode"] == row.located_at]
        assert len(host) == 1, row.located_at
        site = places[(places["kind"] == "site") & (places["name"] == row.name)]
        assert (site["latitude"].iloc[0], site["longitude"].iloc[0]) == (
            host["latitude"].iloc[0],
            host["longitude"].iloc[0],
        )
        assert site["precision"].iloc[0] == row.precision
        assert row.source_url.startswith("http")


def test_a_site_with_both_a_coordinate_and_located_at_is_refused(curated_copy):
    path = curated_copy / "sites.csv"
    lines = path.read_text(encoding="utf-8").splitlines()
    header = lines[0].split(",")
    cells = ["X dam", "", "site", "20.1", "96.1", "", "", "admin area", "a source", "", ""]
    cells += ["MMR005018"]
    assert len(cells) == len(header) and header[-1] == "located_at"
    path.write_text("\n".join([*lines, ",".join(cells)]) + "\n", encoding="utf-8")
    with pytest.raises(InputError) as info:
        read_sites()
    assert (info.value.row, info.value.field) == (len(lines), "located_at")
    assert "give a coordinate or located_at, not both" in str(info.value)


def test_source_versions_change_with_a_curated_file(tmp_path, monkeypatch, repo_dir):
    before = source_versions()
    data = tmp_path / "data"
    shutil.copytree(repo_dir / "data" / "gazetteer", data / "gazetteer")
    monkeypatch.setenv("MAPPER_DATA_DIR", str(data))
    assert source_versions() == before
    with open(data / "gazetteer" / "aliases.csv", "a", encoding="utf-8") as fh:
        fh.write("Myo Haung,Mrauk-U,town,Rakhine,exact,Wikipedia: Mrauk U,https://x.org,\n")
    after = source_versions()
    assert after["aliases.csv"] != before["aliases.csv"]
    assert _cache_file(after) != _cache_file(before)


def test_source_versions_change_with_the_name_rules(monkeypatch, tmp_path):
    # an edit to the rules that key names at build time (kind words, skeletons) rebuilds the
    # gazetteer: a cache built with other rules is not reused
    from mapper.gazetteer import store

    before = source_versions()
    words = tmp_path / "words.py"
    words.write_text((store._HERE / "words.py").read_text(encoding="utf-8") + "\n# edited\n")
    for name in ("text.py", "romanise.py"):
        shutil.copy(store._HERE / name, tmp_path / name)
    monkeypatch.setattr(store, "_HERE", tmp_path)
    after = source_versions()
    assert after["name_rules"] != before["name_rules"]
    assert _cache_file(after) != _cache_file(before)


def test_cache_file_is_written_and_reloaded(gaz, cli):
    path = gaz.meta.get("cache_file")
    assert path and path.endswith(".pkl")
    leftovers = [p for p in __import__("pathlib").Path(path).parent.iterdir() if ".tmp" in p.name]
    assert leftovers == []
    proc = cli("gazetteer", "info", "--format", "json")
    assert proc.returncode == 0, proc.stderr
    info = pd.read_json(__import__("io").StringIO(proc.stdout), typ="series")
    assert info["cache_file"] == path
    assert info["places"] == len(gaz.places)


@pytest.mark.parametrize("garbage", [b"garbage\n", b"\x80\x04\x95\xff\xfe\x00junk"])
def test_a_damaged_cache_file_is_rebuilt_not_a_traceback(tmp_path, monkeypatch, garbage):
    """Garbled bytes made pickle raise ValueError or UnicodeDecodeError, which escaped."""
    from mapper.gazetteer import store

    monkeypatch.setenv("MAPPER_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(store, "_LOADED", {})
    path = store._cache_file(store.source_versions())
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(garbage)
    monkeypatch.setattr(store, "build_gazetteer", lambda: "rebuilt")
    assert store.load_gazetteer() == "rebuilt"


def _town_check(wards: list[tuple[str, float, float]]):
    """A _TownPointCheck over one synthetic township, Seat: villages on a 0.3-degree grid
    around (20.15, 96.15), a village tract named Foo, and the given (town_pcode, lat, lon)
    wards (town "S" is Seat Town, the others "<code> Town")."""
    from mapper.gazetteer.build import _TownPointCheck

    grid = [(20.0 + 0.05 * i, 96.0 + 0.05 * j) for i in range(7) for j in range(7)]
    villages = pd.DataFrame(
        {
            "township_pcode": "T1",
            "village_tract_pcode": ["VT-FOO" if k < 3 else f"VT{k // 7}" for k in range(49)],
            "village_tract_eng": ["Foo" if k < 3 else f"Tract {k // 7}" for k in range(49)],
            "village_eng": [f"Village {k}" for k in range(49)],
            "latitude": [p[0] for p in grid],
            "longitude": [p[1] for p in grid],
        }
    )
    wards = pd.DataFrame(wards, columns=["town_pcode", "latitude", "longitude"])
    wards["town_eng"] = ["Seat Town" if c == "S" else f"{c} Town" for c in wards["town_pcode"]]
    wards["township_pcode"], wards["township_eng"] = "T1", "Seat"
    gn = pd.DataFrame({"name": [], "latitude": [], "longitude": []})
    return _TownPointCheck(villages, wards, gn, {"T1": (20.15, 96.15)})


def test_town_point_is_the_densest_cluster_of_its_wards():
    check = _town_check(
        [("A", 20.201, 96.2), ("A", 20.2, 96.201), ("A", 20.2, 96.2), ("A", 20.29, 96.29)]
    )
    lat, lon, precision, note = check.point(
        {"township_pcode": "T1", "town_pcode": "A", "town_eng": "Bar Town"}
    )
    assert abs(lat - 20.2) < 0.002 and abs(lon - 96.2) < 0.002  # the stray ward is ignored
    assert precision == "exact" and note is None


def test_town_point_outside_myanmar_falls_back_to_the_same_named_tract():
    check = _town_check([("B", 1.0, 1.0)])  # a placeholder point far outside Myanmar
    lat, lon, precision, note = check.point(
        {"township_pcode": "T1", "town_pcode": "B", "town_eng": "Foo Town"}
    )
    assert 19.99 <= lat <= 20.01 and 95.99 <= lon <= 96.11  # among the tract's villages
    assert precision == "village_tract" and "same-named" in note
    lat, lon, precision, _ = check.point(
        {"township_pcode": "T1", "town_pcode": "C", "town_eng": "Nowhere Town"}
    )
    assert (lat, lon, precision) == (20.15, 96.15, "township")  # last resort: the medoid


def test_town_point_sets_aside_a_point_shared_with_other_towns():
    # town A: two wards at a point the table also gives to town Z (a placeholder), one alone
    check = _town_check(
        [("A", 20.1, 96.1), ("A", 20.1, 96.1), ("Z", 20.1, 96.1), ("A", 20.25, 96.25)]
    )
    lat, lon, _, _ = check.point(
        {"township_pcode": "T1", "town_pcode": "A", "town_eng": "Bar Town"}
    )
    assert (round(lat, 3), round(lon, 3)) == (20.25, 96.25)
    # a town whose only points are shared keeps them
    lat, lon, _, _ = check.point(
        {"township_pcode": "T1", "town_pcode": "Z", "town_eng": "Baz Town"}
    )
    assert (round(lat, 3), round(lon, 3)) == (20.1, 96.1)


def test_town_point_tie_goes_to_the_ward_among_villages():
    # two lone wards: the first at the edge of the township's villages, the second among them
    check = _town_check([("A", 19.95, 95.95), ("A", 20.15, 96.15)])
    lat, lon, _, _ = check.point(
        {"township_pcode": "T1", "town_pcode": "A", "town_eng": "Bar Town"}
    )
    assert (round(lat, 3), round(lon, 3)) == (20.15, 96.15)


def test_a_town_at_its_township_seats_point_is_not_exact():
    # the seat's wards at (20.2, 96.2); A's 0.5 km away (the seat's point, copied); B's 11 km
    check = _town_check([("S", 20.2, 96.2), ("A", 20.2045, 96.2), ("B", 20.3, 96.2)])
    row = {"township_pcode": "T1", "township_eng": "Seat"}
    assert check.point({**row, "town_pcode": "S", "town_eng": "Seat Town"})[2:] == ("exact", None)
    lat, lon, precision, note = check.point({**row, "town_pcode": "A", "town_eng": "A Town"})
    assert (round(lat, 4), round(lon, 4)) == (20.2045, 96.2)  # kept, but said to be the seat's
    assert precision == "township" and note.startswith("point: its township seat's")
    assert check.point({**row, "town_pcode": "B", "town_eng": "B Town"})[2:] == ("exact", None)


def test_a_town_given_its_seats_point_says_so():
    # mm-geo-coder gives the retired Hainggyikyun code of Labutta (moved_towns.csv, so left
    # out of the gazetteer) the ward points of Labutta town: the check places it there, with
    # precision "township" and a note, not "exact". (Du Yar, Hinthada's other town, was such
    # a town until town_points.csv gave it MIMU's point.)
    from mapper.gazetteer import build as gb

    unit_names = read_unit_names()
    villages = gb._name_units(mimu.read_villages(), unit_names)
    wards = gb._name_units(mimu.read_wards(), unit_names)
    ts_medoid = gb._points(gb._medoids(villages, "township_pcode"))
    check = gb._TownPointCheck(villages, wards, read_cities()[0], ts_medoid)
    towns = wards.drop_duplicates("town_pcode").set_index("town_pcode", drop=False)
    lat, lon, precision, note = check.point(towns.loc["MMR017016704"].to_dict())
    seat = check.point(towns.loc["MMR017016701"].to_dict())
    assert (precision, note) == ("township", gb._SEAT_POINT_NOTE)
    assert seat[2] == "exact" and _km(lat, lon, seat[0], seat[1]) < 2


def test_every_state_sits_at_its_cited_capital(gaz):
    capitals = read_capitals()
    places = gaz.places
    states, towns = places[places["kind"] == "state"], places[places["kind"] == "town"]
    assert set(states["name"]) <= set(capitals)  # every unit has a cited capital
    for state in states.itertuples():
        at = towns[(towns["latitude"] == state.latitude) & (towns["longitude"] == state.longitude)]
        names = {skeleton(normalize(n)) for n in at["name"]}
        assert skeleton(normalize(capitals[state.name])) in names, state.name
    # the capitals that neither the region's namesake town nor the largest GeoNames town give
    rakhine = states[states["name"] == "Rakhine"].iloc[0]
    assert _km(rakhine.latitude, rakhine.longitude, 20.15, 92.87) < 10  # Sittwe, not Kyaukpyu
    sagaing = states[states["name"] == "Sagaing"].iloc[0]
    assert _km(sagaing.latitude, sagaing.longitude, 22.11, 95.14) < 10  # Monywa, not Sagaing


def test_a_misplaced_geonames_city_joins_its_mimu_namesake(gaz):
    # GeoNames cities500 puts Kengtung (pop. 171,620) 50 km off in Mongla Township; the town
    # keeps MIMU's point (Wikipedia: 21°17'N 99°36'E) and GeoNames' population and names
    towns = gaz.places[gaz.places["kind"] == "town"]
    keng = towns[towns["name"].isin(["Kengtung", "Kēng Tung"])]
    assert len(keng) == 1
    row = keng.iloc[0]
    assert _km(row.latitude, row.longitude, 21.283, 99.6) < 10
    assert row.population == 171620


def test_a_unit_without_mimu_coordinates_sits_at_its_added_seat_town(gaz):
    # MIMU 9.6 gives Mongmao Township (Wa) and its 268 villages no coordinate at all, and
    # mm-geo-coder has no ward of its town: the town comes from added_towns.csv (MIMU's town
    # table), and the township sits there, 0.1 km from Wikipedia's infobox point
    places = gaz.places
    row = places[(places["kind"] == "township") & (places["pcode"] == "MMR015008")].iloc[0]
    assert row["name"] == "Mongmao" and row["precision"] == "seat"
    town = places[(places["kind"] == "town") & (places["pcode"] == "MMR015008701")].iloc[0]
    assert (row.latitude, row.longitude) == (town.latitude, town.longitude)
    assert "town table" in town["source"]
    assert _km(row.latitude, row.longitude, 22.967, 98.967) < 1


@pytest.mark.parametrize(
    ("pcode", "name", "lat", "lon"),
    [
        # MIMU's town table (GAD); the derived points were 75, 86 and 89 km off
        ("MMR006006701", "Kyunsu", 12.47386, 98.45443),  # on Kanmaw Island, not 11.8 N
        ("MMR006008702", "Maw Taung", 11.79520, 99.62750),  # the Thai border crossing
        ("MMR016007702", "Tontar", 21.33004, 99.28781),
    ],
)
def test_a_town_whose_package_point_is_wrong_takes_mimus_own_point(gaz, pcode, name, lat, lon):
    places = gaz.places
    row = places[(places["kind"] == "town") & (places["pcode"] == pcode)].iloc[0]
    assert row["name"] == name and row["precision"] == "exact"
    assert _km(row.latitude, row.longitude, lat, lon) < 0.01
    assert "MIMU Place Codes 9.6 (Feb 2025), town table" in row["source"]
    # the township it is the seat of follows it
    township = places[(places["kind"] == "township") & (places["pcode"] == pcode[:9])]
    if not township.empty and township.iloc[0]["name"] == name:
        assert _km(township.iloc[0].latitude, township.iloc[0].longitude, lat, lon) < 0.01


def test_cited_town_points_are_mimus_town_table(shared_data, gaz):
    """Every row of town_points.csv is MIMU's own point for a town of the gazetteer (checked
    against the MIMU 9.6 town table in ../shared), sourced, and used by the build."""
    table = pd.read_csv(shared_data / "mimu_pcodes" / "mimu_pcode9.6_towns.csv")
    table = table.set_index("Town_Pcode")
    cited = read_town_points()
    assert len(cited) >= 70
    towns = gaz.places[gaz.places["kind"] == "town"].set_index("pcode")
    for pcode, row in cited.items():
        mimu = table.loc[pcode]
        assert abs(row["latitude"] - mimu["Latitude"]) < 1e-5, pcode
        assert abs(row["longitude"] - mimu["Longitude"]) < 1e-5, pcode
        assert row["source_url"].startswith("https://github.com/nchanko/myanmar_pcode_search/")
        assert (towns.loc[pcode, "latitude"], towns.loc[pcode, "longitude"]) == (
            row["latitude"],
            row["longitude"],
        )


def test_added_towns_are_mimus_towns_the_package_lacks(shared_data, gaz):
    """Every row of added_towns.csv is a town of the MIMU 9.6 town table (checked in
    ../shared): its P-code, names and point; mm-geo-coder's wards table has none of them, and
    the build adds each in its township, the township's seat placed there too."""
    table = pd.read_csv(shared_data / "mimu_pcodes" / "mimu_pcode9.6_towns.csv")
    table = table.set_index("Town_Pcode")
    added = read_added_towns()
    assert len(added) >= 20
    assert not set(added) & set(mimu.read_wards()["town_pcode"])
    places = gaz.places
    for pcode, row in added.items():
        mimu_row = table.loc[pcode]
        assert (row["name"] + " Town", row["name_mm"]) == (
            mimu_row["Town_Name_Eng"],
            mimu_row["Town_Name_MMR"],
        )
        assert abs(row["latitude"] - mimu_row["Latitude"]) < 1e-5, pcode
        assert abs(row["longitude"] - mimu_row["Longitude"]) < 1e-5, pcode
        assert row["source_url"].startswith("https://github.com/nchanko/myanmar_pcode_search/")
        town = places[(places["pcode"] == pcode) & (places["kind"] == "town")].iloc[0]
        assert (town["name"], town["admin3"]) == (row["name"], mimu_row["Township_Name_Eng"])
        assert (town["latitude"], town["longitude"]) == (row["latitude"], row["longitude"])
    # Narphan Township was its medoid village's point, 25 km from its town
    narphan = places[(places["ts_pcode"] == "MMR015006") & (places["kind"] == "township")]
    assert (narphan["latitude"].iloc[0], narphan["longitude"].iloc[0]) == (
        added["MMR015006701"]["latitude"],
        added["MMR015006701"]["longitude"],
    )


def test_a_town_mimu_moved_to_another_township_is_one_place(gaz):
    # MIMU retired Hainggyikyun Town of Labutta (MMR017016704) in 2011, "Moved to Napudaw
    # Township", where it lists the town again; mm-geo-coder kept the old code, at Labutta's
    # point (36 km off): "Hainggyikyun town" was ambiguous, "Haing Gyi Kyun, Labutta
    # Township" that point at 1.0 (blind set 50)
    from mapper.geocoding import OfflineGeocoder

    coder = OfflineGeocoder()
    moved = read_moved_towns()
    assert moved == {"MMR017016704": "MMR017004703"}
    places = gaz.places
    towns = places[(places["name"] == "Hainggyikyun") & (places["kind"] == "town")]
    assert towns["pcode"].tolist() == ["MMR017004703"]
    found = coder.geocode("Hainggyikyun town").raw
    assert (found["pcode"], found["score"]) == ("MMR017004703", 1.0)
    found = coder.geocode("Haing Gyi Kyun, Labutta Township, Ayeyarwady Region").raw
    assert found["pcode"] == "MMR017004703"
    assert found["note"] == "found just outside the place named by the qualifier"


@pytest.mark.shared
def test_moved_towns_are_inactive_in_mimus_town_table(shared_data):
    table = pd.read_csv(shared_data / "mimu_pcodes" / "mimu_pcode9.6_towns.csv")
    table = table.set_index("Town_Pcode")
    for old, new in read_moved_towns().items():
        assert table.loc[old, "MIMU_Town_Mapping_Status"] == "Inactive"
        assert table.loc[old, "Change_Type"] == "Change of Township"
        assert table.loc[new, "MIMU_Town_Mapping_Status"] == "Active"
        assert table.loc[old, "Town_Name_Eng"] == table.loc[new, "Town_Name_Eng"]


def test_unit_names_name_the_units_mimu_leaves_unnamed(gaz):
    """Each row of unit_names.csv is a MIMU unit without a name whose townships are the ones
    its source lists; the build gives the unit, and the admin2 of every place in it, that name."""
    names = read_unit_names()
    assert len(names) == 5
    villages = mimu.read_villages()
    places = gaz.places
    for pcode, row in names.items():
        members = villages[villages["district_saz_pcode"] == pcode]
        assert set(members["district_eng"].fillna("")) == {""}, pcode
        assert set(members["township_eng"]) == set(row["townships"]), pcode
        assert row["source_url"].startswith("https://en.wikipedia.org/wiki/")
        unit = places[(places["pcode"] == pcode) & (places["kind"] == "district")]
        assert (unit["name"].tolist(), unit["name_mm"].tolist()) == (
            [row["name"]],
            [row["name_mm"]],
        )
        inside = places[places["d_pcode"] == pcode]
        assert len(inside) > len(members) / 2 and set(inside["admin2"]) == {row["name"]}


def test_former_districts_name_townships_now_in_another_district(gaz):
    """Each township of former_districts.csv is a MIMU township whose district now is not the
    former one, which is a district of its state; each row cites its source."""
    held = read_former_districts()
    assert held  # (Pakokku's Gangaw, Tilin and Saw; Katha's Kawlin ...; Shwebo's Kanbalu)
    places = gaz.places
    townships = places[places["kind"] == "township"].set_index("pcode")
    districts = places[places["kind"] == "district"]
    for (state, former), codes in held.items():
        same_state = districts[districts["st_pcode"] == state]
        assert former in set(same_state["name"].str.lower()), former
        for code in codes:
            assert townships.loc[code, "admin2"].lower() != former, code
    frame = pd.read_csv(sources.curated_path("former_districts.csv"), dtype=str)
    assert frame["source_url"].str.startswith("https://").all()
    assert set(frame["precision"]) <= {"exact"}
    assert (townships.loc[frame["township_pcode"], "name"].tolist()) == frame["township"].tolist()


def test_a_bad_cited_town_point_is_refused_naming_its_row(curated_copy):
    path = curated_copy / "town_points.csv"
    lines = path.read_text(encoding="utf-8").splitlines()
    lines.append("MMR001001701,Myitkyina,north,97.39,exact,MIMU,https://x.org,")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(InputError) as info:
        read_town_points()
    assert (info.value.row, info.value.field) == (len(lines) - 1, "latitude")
    assert info.value.file.endswith("town_points.csv")


def test_upper_and_lower_in_parentheses_are_no_names():
    from mapper.gazetteer.build import name_forms

    forms = [form for form, _ in name_forms("Loi Hsar (Upper/Lower)")]
    assert "Loi Hsar" in forms and "Lower Loi Hsar" in forms
    assert not {"Upper", "Lower", "Upper/Lower", "Loi Hsar (Upper"} & set(forms)
    assert [form for form, _ in name_forms("Mong Yai/Mongyai")][1:] == ["Mong Yai", "Mongyai"]


def test_a_geonames_town_listing_a_mimu_town_among_its_names_joins_it(gaz):
    # GeoNames' Yawnghwe (alternate name Nyaungshwe) lies 0.1 km from MIMU's Nyaungshwe town
    places = gaz.places
    assert not ((places["name"] == "Yawnghwe") & (places["kind"] == "town")).any()
    town = places[(places["name"] == "Nyaungshwe") & (places["kind"] == "town")]
    assert len(town) == 1 and "GeoNames" in town["source"].iloc[0]
    assert town.index[0] in [pid for pid, _ in gaz.exact["yawnghwe"]]
    # ... but Yangon, the name of a MIMU region, does not join Dagon, which it lists
    yangon = places[(places["name"] == "Yangon") & (places["kind"] == "town")]
    assert len(yangon) == 1


def test_a_geonames_village_joins_its_mimu_namesake_among_villages_at_one_point(gaz):
    # MIMU places Boe Yin Ka Lay (Hlegu) at a point it shares with other villages; GeoNames
    # lists it with a population: one place, both sources, not a GeoNames duplicate beside it
    p = gaz.places
    same = p[(p["name"] == "Boe Yin Ka Lay") & (p["admin3"] == "Hlegu") & (p["kind"] == "village")]
    assert len(same) == 1
    (row,) = same.itertuples()
    assert row.kind == "village" and row.pcode == "150917" and row.population > 0
    assert "MIMU" in row.source and "GeoNames" in row.source


def test_a_geonames_village_joins_its_mimu_namesake_a_few_km_off(gaz):
    # GeoNames puts Yawng Au (Matman, pop. 687) 7 km from MIMU's village of the name: one place
    # at MIMU's point (it was a second Yawng Au, the answer to "Yawng Au village in Matman
    # township" at 1.0, 7.2 km off, in blind set 43)
    p = gaz.places
    same = p[(p["name"] == "Yawng Au") & (p["admin3"] == "Matman") & (p["kind"] == "village")]
    assert len(same) == 1
    (row,) = same.itertuples()
    assert row.pcode == "213208" and row.population == 687
    assert (round(row.latitude, 3), round(row.longitude, 3)) == (21.712, 98.892)
    assert "GeoNames" in row.source


def test_area_index_does_not_depend_on_the_order_of_the_aliases(gaz):
    from mapper.gazetteer.store import Gazetteer

    shuffled = gaz.aliases.sample(frac=1.0, random_state=3).reset_index(drop=True)
    other = Gazetteer(gaz.places, shuffled, dict(gaz.meta))
    members, keys, bounds = other.area_index()
    assert members == gaz.area_index()[0]
    salingyi = gaz.places.index[
        gaz.places["kind"].eq("township") & gaz.places["name"].eq("Salingyi")
    ]
    pid = int(salingyi[0])
    own = sorted(keys[bounds[pid] : bounds[pid + 1]])
    assert own == sorted(gaz.aliases.loc[gaz.aliases["place_id"] == pid, "key"])
    assert "salingyi" in own
    assert other.keys_in_area(gaz.places["ts_pcode"][pid]) == gaz.keys_in_area(
        gaz.places["ts_pcode"][pid]
    )
