"""The offline geocoder: query understanding, ranking, bad input, the batch API."""

from __future__ import annotations

import gc
import signal
from types import SimpleNamespace

import geopandas as gpd
import pandas as pd
import pytest
from geopandas.testing import assert_geodataframe_equal
from geopy.geocoders.base import Geocoder
from geopy.location import Location
from hypothesis import example, given, settings
from hypothesis import strategies as st
from pyproj import Geod

from mapper import geocoding
from mapper.gazetteer.romanise import latin_keys, syllable_spellings, syllables
from mapper.gazetteer.sites import MM_FACILITY_KINDS
from mapper.gazetteer.text import normalize, skeleton
from mapper.gazetteer.words import MM_SITE_SUFFIXES
from mapper.geocoding import RESULT_COLUMNS, OfflineGeocoder, geocode

GEOD = Geod(ellps="WGS84")


@pytest.fixture(scope="module")
def coder():
    return OfflineGeocoder()


def km(a: Location, b: Location | tuple[float, float]) -> float:
    lat, lon = (b.latitude, b.longitude) if isinstance(b, Location) else b
    return GEOD.inv(a.longitude, a.latitude, lon, lat)[2] / 1000.0


def test_is_a_geopy_geocoder_returning_locations(coder):
    assert isinstance(coder, Geocoder)
    loc = coder.geocode("Lashio")
    assert isinstance(loc, Location)
    for key in ("name", "kind", "pcode", "admin1", "admin2", "admin3", "country", "score"):
        assert key in loc.raw
    assert loc.raw["source"].startswith("MIMU")
    assert loc.raw["kind"] == "town" and loc.raw["admin1"] == "Shan (North)"
    assert km(loc, (22.93, 97.75)) < 10  # Lashio


@pytest.mark.parametrize(
    "query, kind, admin1",
    [
        ("Salingyi Township", "township", "Sagaing"),
        ("Lashio Town", "town", "Shan (North)"),
        ("Shan State", "state", "Shan"),
        ("Sagaing Region", "state", "Sagaing"),
        ("Nay Pyi Taw Union Territory", "state", "Nay Pyi Taw"),
        ("Kyaukpyu District", "district", "Rakhine"),
        ("Hpakant, Kachin State", "town", "Kachin"),
        ("ကျောက်ဖြူမြို့နယ်", "township", "Rakhine"),
        ("ရှမ်းပြည်နယ်", "state", "Shan"),
        ("ကရင်နီပြည်နယ်", "state", "Kayah"),  # Karenni State in Burmese (was no match)
        # short Burmese names: the whole region, not one of MIMU's parts (were ambiguous)
        ("ပဲခူးတိုင်း", "state", "Bago"),
        ("ရှမ်းပြည်", "state", "Shan"),
        ("ပဲခူးတိုင်း (အနောက်)", "state", "Bago (West)"),  # was Bago (East), 159 km off
        ("northern Shan State", "state", "Shan (North)"),
        ("Shan-North", "state", "Shan (North)"),
        ("Burma", "country", None),
    ],
)
def test_suffixes_qualifiers_and_burmese(coder, query, kind, admin1):
    loc = coder.geocode(query)
    assert loc is not None, coder.explain(query)
    assert loc.raw["kind"] == kind
    assert loc.raw["admin1"] == admin1


@pytest.mark.parametrize(
    "variant, canonical",
    [
        ("Kyaukphyu", "Kyaukpyu Town"),
        ("Pa-an", "Hpa-An Town"),
        ("Yinmabin", "Yinmarbin Town"),
        ("Naypyitaw", "Naypyidaw"),
        ("Kyauk Phyu", "Kyaukpyu Town"),
        ("ကျောက်ဖြူ", "Kyaukpyu Town"),
        ("Rangoon", "Yangon City"),
        ("Akyab", "Sittwe Town"),
        ("Moulmein", "Mawlamyine Town"),
        ("Maymyo", "Pyinoolwin Town"),
        ("near Lashio", "Lashio Town"),
        ("close to Lashio", "Lashio Town"),
        ("Lashoi", "Lashio Town"),  # typo
        ("Mawlamyaing", "Mawlamyine Town"),
        ("Long Lone township", "Launglon Township"),  # Than Lwin Times' Long Lon (was no match)
    ],
)
def test_variants_colonial_names_news_phrasing_and_typos(coder, variant, canonical):
    got, ref = coder.geocode(variant), coder.geocode(canonical)
    assert got is not None and ref is not None
    assert km(got, ref) < 10


def test_typos_score_lower_than_exact_names(coder):
    assert coder.geocode("Lashoi").raw["score"] < coder.geocode("Lashio").raw["score"]
    assert coder.geocode("Lashoi").raw["match"] == "fuzzy"


def test_bare_names_prefer_the_larger_place(coder):
    assert coder.geocode("Mandalay").raw["kind"] == "state"
    assert coder.geocode("Mandalay City").raw["kind"] == "town"
    assert coder.geocode("Lashio").raw["kind"] == "town"  # not the township or a village
    assert coder.geocode("Kunming").raw["kind"] == "foreign_city"
    assert coder.geocode("Yunnan").raw["kind"] == "foreign_region"


def test_village_with_township_picks_the_right_one(coder):
    places = coder.gazetteer.places
    villages = places[(places["kind"] == "village") & (places["precision"] == "exact")]
    counts = villages["name"].value_counts()
    name = counts[(counts > 5) & (counts < 40)].index[0]
    same = villages[villages["name"] == name].drop_duplicates("admin3", keep=False)
    row = same.iloc[len(same) // 2]
    loc = coder.geocode(f"{name} village, {row.admin3} Township")
    assert loc.raw["kind"] == "village" and loc.raw["admin3"] == row.admin3
    assert km(loc, (row.latitude, row.longitude)) < 0.01
    bare = coder.geocode(f"{name} village", exactly_one=False)
    assert len(bare) >= 3 and "ambiguous" in (bare[0].raw["note"] or "")
    assert bare[0].raw["score"] <= 0.5  # never a confident guess


def test_ambiguous_names_give_ranked_candidates(coder):
    many = coder.geocode("Myothit", exactly_one=False)
    assert len(many) > 1
    assert all(0 < loc.raw["score"] <= 1 for loc in many)
    assert len({loc.raw["place_id"] for loc in many}) == len(many)


def test_unknown_qualified_village_falls_back_to_the_township(coder):
    loc = coder.geocode("Qwxzzy village, Hpakant Township")
    assert loc.raw["kind"] == "township" and loc.raw["admin3"] == "Hpakant"
    assert loc.raw["score"] < 0.5 and "not found" in loc.raw["note"]


@pytest.mark.parametrize(
    "bad, reason",
    [
        ("", "empty"),
        ("   \t ", "empty"),
        (None, "empty"),
        ("x" * 10_000, "too long"),
        ("x" * 1_001, "too long"),
        # a long text of commas (990 characters) is read to its end: a list's pattern once
        # backtracked without end on it, unseen while texts stopped at 300 characters
        (("Xyz abc Qwe Rty, " * 60)[:990], "no place named"),
        ("Lashio\x00\x07", "control"),
        ("Yangonမန္တလေး", "mixed scripts"),
        ("!!! ???", "no letters"),
        (42, "not a text"),
        ("Qwxzzyplk", "no place named"),
        # an area in brackets after its kind word, then a district: the parts, swapped to put
        # the place after the area, parsed back to the same order without end
        ("Xyz Region (in), Qwe district", "no place named"),
        # a text in mixed case that each reading cased back to the other's (found by a fuzz)
        (" 2024-09-14 clash CNA vs SAC", "no place named"),
    ],
)
def test_bad_input_is_no_match_with_a_reason(coder, bad, reason):
    assert coder.geocode(bad) is None
    assert reason in coder.explain(bad)["reason"]


def test_mixed_scripts_naming_one_place_resolve(coder):
    loc = coder.geocode("Kyaukpyu ကျောက်ဖြူ")
    assert loc is not None and loc.raw["name"] == "Kyaukpyu"


def test_one_name_in_two_scripts_is_split_by_script(coder):
    # accented Latin letters and a curly apostrophe stay with the Latin part
    loc = coder.geocode("Hpa’an ဘားအံ")
    assert loc is not None and loc.raw["name"] == "Hpa-An"
    unmatched = coder.resolve("Àꩠ Lashio", 1)
    assert unmatched.candidates == [] and "mixed scripts" in unmatched.reason


def test_parts_in_different_scripts_are_fine(coder):
    loc = coder.geocode("ကျောက်ဖြူမြို့, Rakhine State")
    assert loc is not None and loc.raw["name"] == "Kyaukpyu" and loc.raw["kind"] == "town"
    township = coder.geocode("Kyaukpyu Township, ရခိုင်ပြည်နယ်")
    assert township.raw["kind"] == "township" and township.raw["admin1"] == "Rakhine"


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=60))
@example("Àꩠ")  # an accented Latin letter beside a Myanmar Extended-A letter: was endless
def test_any_text_never_crashes(text):
    coder = _shared_coder()
    result = coder.geocode(text)
    assert result is None or -90 <= result.latitude <= 90


_CODER: list[OfflineGeocoder] = []


def _shared_coder() -> OfflineGeocoder:
    if not _CODER:
        _CODER.append(OfflineGeocoder())
    return _CODER[0]


def test_batch_keeps_input_order_and_columns():
    names = ["Kyaukphyu", "", "Salingyi Township", "Qwxzzyplk", "Kyaukphyu", None]
    out = geocode(names)
    assert isinstance(out, gpd.GeoDataFrame)
    assert list(out.columns) == [*RESULT_COLUMNS, "geometry"]
    assert out.crs.to_epsg() == 4326
    assert out["query"].tolist()[:5] == names[:5]
    assert out["latitude"].notna().tolist() == [True, False, True, False, True, False]
    assert out.geometry.isna().tolist() == [False, True, False, True, False, True]
    assert out.loc[1, "reason"] == "empty query"
    assert out.loc[0, "pcode"] == out.loc[4, "pcode"]
    assert out.geometry.iloc[0].x == pytest.approx(out.loc[0, "longitude"])


def test_batch_accepts_a_series_and_reports_progress():
    calls = []
    series = pd.Series(["Lashio", "Muse", "Kutkai"] * 5)
    out = geocode(series, progress=lambda done, total: calls.append((done, total)))
    assert len(out) == 15 and out["kind"].eq("town").all()
    assert calls and calls[-1] == (15, 15)


def _batch_names(gaz, n: int) -> list:
    """``n`` queries as a table holds them: qualified villages, bare and Burmese names, junk,
    with repeats."""
    places = gaz.places[gaz.places["kind"] == "village"].sample(n // 3, random_state=3)
    names: list = []
    for i, row in enumerate(places.itertuples()):
        names.append(f"{row.name} village, {row.admin3} Township")
        names.append(row.name if i % 2 else f"near {row.name}, {row.admin3}")
        names.append(row.name_mm if isinstance(row.name_mm, str) else "Qwxzzyplk")
    return [*names, "", None, "Qwxzzyplk", *names[:300]]


def _signal_handlers(_: int) -> tuple:
    return signal.getsignal(signal.SIGTERM), signal.getsignal(signal.SIGINT)


@pytest.mark.skipif(not geocoding._can_fork(), reason="no fork start method here")
def test_batch_workers_take_the_default_sigterm_whatever_the_parent_has():
    # the CLI turns SIGTERM into SystemExit; a forked worker inheriting that handler once hung
    # on the pool's queue lock when the pool ended it (seen in a local test run, 2026-12-03)
    from mapper.cli._app import _terminate

    previous = signal.signal(signal.SIGTERM, _terminate)
    try:
        with geocoding.worker_pool(2) as pool:
            handlers = set(pool.map(_signal_handlers, range(4)))
    finally:
        signal.signal(signal.SIGTERM, previous)
    assert handlers == {(signal.SIG_DFL, signal.SIG_IGN)}


@pytest.mark.skipif(not geocoding._can_fork(), reason="no fork start method here")
def test_parallel_batch_equals_the_serial_one(coder, monkeypatch):
    names = _batch_names(coder.gazetteer, 3000)
    chunked = []
    real = geocoding._parallel_rows
    monkeypatch.setattr(geocoding, "_parallel_rows", lambda *a: chunked.append(a[-1]) or real(*a))
    calls = []
    coder.gazetteer.area_index()
    frozen = gc.get_freeze_count()  # the loaded gazetteer, out of the collector's sight
    parallel = geocode(
        names,
        geocoder=OfflineGeocoder(coder.gazetteer),
        workers=2,
        parallel_threshold=100,
        progress=lambda done, total: calls.append((done, total)),
    )
    assert chunked == [2]  # the batch really went to two worker processes
    # and it stays so: unfrozen, it cost each later full collection 0.2 s (2026-12-03)
    assert gc.get_freeze_count() >= frozen > 0
    serial = geocode(names, geocoder=OfflineGeocoder(coder.gazetteer), workers=1, progress=False)
    assert len(parallel) == len(names) and parallel["latitude"].notna().mean() > 0.8
    assert_geodataframe_equal(parallel, serial)
    done = [d for d, _ in calls]
    assert calls[-1] == (len(names), len(names)) and done == sorted(done)
    assert len(set(done)) >= 8  # progress advances chunk by chunk, not only at the end


class _RecordingFallback:
    """An online fallback (the contract: .geocode(query) -> dict | None) that records calls."""

    def __init__(self) -> None:
        self.asked: list[str] = []

    def geocode(self, query: str) -> dict | None:
        self.asked.append(query)
        if query == "Some Unlisted Hamlet":
            return {"name": query, "latitude": 21.5, "longitude": 96.0, "source": "test", "raw": {}}
        return None


def test_online_fallback_only_for_offline_misses():
    online = _RecordingFallback()
    out = geocode(["Lashio", "Some Unlisted Hamlet", "Qwxzzyplk", ""], online=online)
    assert online.asked == ["Some Unlisted Hamlet", "Qwxzzyplk"]
    assert out.loc[1, "source"] == "test" and out.loc[1, "latitude"] == 21.5
    assert pd.isna(out.loc[2, "latitude"]) and "no place named" in out.loc[2, "reason"]
    assert out.loc[0, "source"].startswith("MIMU")


def test_mapper_geocode_is_the_function_even_after_importing_the_module():
    import mapper
    import mapper.geocoding  # noqa: F401  (its own name, so it cannot shadow mapper.geocode)

    out = mapper.geocode(["Lashio"])
    assert out.loc[0, "kind"] == "town"
    assert mapper.OfflineGeocoder().geocode("Lashio").raw["name"] == "Lashio"


def test_stacked_kind_words_as_ucdp_writes_them(coder):
    # UCDP's "X Village town": the place is the village X
    loc = coder.geocode("Cauleng Village town, Falam district, Chin state")
    assert loc is not None, coder.explain("Cauleng Village town, Falam district, Chin state")
    assert loc.raw["kind"] == "village" and loc.raw["admin2"] == "Falam"
    assert loc.raw["match"] == "exact"


def test_misspelt_name_is_matched_fuzzily_only_inside_its_qualifier(coder):
    # "Kyinway" for MIMU's "Kyin Dway": found among the places of Chin State, flagged, scored
    # as the close spelling scores unqualified (the state that holds it lowered it to 0.511)
    loc = coder.geocode("Kyinway town in Chin state")
    assert loc is not None and loc.raw["admin1"] == "Chin"
    assert loc.raw["name"] == "Kyin Dway"
    assert loc.raw["match"] == "fuzzy"
    assert loc.raw["score"] == coder.geocode("Kyinway town").raw["score"] < 0.9
    assert "fuzzy" in loc.raw["note"]
    # "Matupy" for Matupi: found inside Chin State; without a qualifier the misspelling is not
    # guessed among ~70,000 villages
    assert coder.geocode("Matupy town in Chin state").raw["name"] == "Matupi"
    assert coder.geocode("Matupy village") is None
    # "Kyindwe" is no misspelling but a respelling (ေ written "e" or "ay"): the skeleton finds it
    loc = coder.geocode("Kyindwe town in Chin state")
    assert (loc.raw["name"], loc.raw["match"]) == ("Kyin Dway", "variant")


def test_same_skeleton_but_different_name_scores_low(coder):
    # "Hinthawei" folds onto the romanisation skeleton of "Inn Dawei" but is another name
    found = coder.geocode("Hinthawei village", exactly_one=False) or []
    assert all(loc.raw["score"] <= 0.7 for loc in found)
    # a true respelling keeps its full score
    assert coder.geocode("Kyaukphyu").raw["score"] == 1.0


def test_qualifier_fallback_is_labelled_and_low(coder):
    loc = coder.geocode("Zzyzxq village, Falam district, Chin state")
    assert loc.raw["kind"] == "district" and loc.raw["match"] == "qualifier"
    assert loc.raw["score"] < 0.5 and "not found" in loc.raw["note"]
    # the fallback honours the broader qualifiers: no Ywar Nge village tract of Sagaing for a
    # place said to be in Pindaya Township (Shan), but Pindaya's own Ywar Nge Ward, a place
    # the text names surely (it was Pindaya Township, the ward being no area qualifier)
    loc = coder.geocode("Zzyzx Kone village, Ywar Nge ward, Pindaya township")
    assert (loc.raw["name"], loc.raw["kind"], loc.raw["admin3"], loc.raw["match"]) == (
        "Ywar Nge Ward",
        "ward",
        "Pindaya",
        "qualifier",
    )
    assert loc.raw["score"] == 0.7
    assert loc.raw["note"] == (
        "'Zzyzx Kone village' not found; located to the ward the text places it at"
    )
    # UCDP's "Thit Elbin" is MIMU's Thit Ae Pin of Pindaya, 4.5 km from the ward: a close
    # spelling (one letter more in its skeleton) since the twentieth session
    loc = coder.geocode("Thit Elbin village, Ywar Nge ward, Pindaya township")
    assert (loc.raw["name"], loc.raw["admin3"], loc.raw["match"]) == (
        "Thit Ae Pin",
        "Pindaya",
        "fuzzy",
    )


@pytest.mark.parametrize(
    ("query", "name", "admin3"),
    [
        # a camp at a village: was the Tar Kan Htan village tract's point, 16 km from the event
        (
            "the junta's Ton Shan camp at Tar Kan Htan village, Laukkai Township",
            "Tar Kan Htan",
            "Laukkaing",
        ),
        # a camp near a town or village: was Kachin State's point, 70 km away
        (
            "shelling of Munglai Hkyet displacement camp near Laiza, Kachin State",
            "Lai Zar",
            "Waingmaw",
        ),
    ],
)
def test_a_place_not_found_at_a_village_the_text_names_is_at_that_village(
    coder, query, name, admin3
):
    loc = coder.geocode(query)
    assert (loc.raw["name"], loc.raw["kind"], loc.raw["admin3"]) == (name, "village", admin3)
    assert (loc.raw["match"], loc.raw["score"]) == ("qualifier", 0.7)
    assert loc.raw["note"].endswith("not found; located to the village the text places it at")
    village = coder.geocode(f"{name} village, {admin3} Township")
    assert (loc.latitude, loc.longitude) == (village.latitude, village.longitude)


@pytest.mark.parametrize(
    "query",
    [
        "Demoso Township, Kone Thar village",  # UCDP and news: the township first
        "Demoso Township's Kone Thar village",
        "Kayah State's Demoso Township's Kone Thar village",
        "Konethar Village outside Demoso Town",
        "village of Kone Thar, Demoso Township",
    ],
)
def test_news_word_orders_find_the_village_not_the_township(coder, query):
    loc = coder.geocode(query)
    found = (loc.raw["name"], loc.raw["kind"], loc.raw["admin3"])
    assert found == ("Kone Thar", "village", "Demoso")
    assert loc.raw["score"] == 1.0


def test_a_facility_is_placed_at_the_place_it_is_named_after(coder):
    loc = coder.geocode("Salingyi Township, Nyaung Pin Gyi police outpost")
    assert loc.raw["name"] == "Nyaung Pin Gyi" and loc.raw["admin3"] == "Salingyi"
    # a description naming no place is not a target: the place after it is
    town = coder.geocode("Loikaw town")
    for query in ("administration office in Loikaw", "a military camp at Loikaw"):
        loc = coder.geocode(query)
        assert loc.raw["kind"] == "town" and km(loc, town) < 1


def test_the_kind_word_may_come_first(coder):
    loc = coder.geocode("the town of Budalin")
    assert (loc.raw["name"], loc.raw["kind"]) == ("Budalin", "town")


def test_a_misspelt_township_qualifier_is_the_township(coder):
    # "Sintgu" is a misspelling of Singu Township, not the Sint Ku village tract elsewhere
    loc = coder.geocode("Sintgu Township, Nwe Yone Village")
    assert loc.raw["admin3"] == "Singu" and loc.raw["kind"] == "village"
    assert coder.geocode("Natogyi Towship").raw["kind"] == "township"


def test_an_outdated_district_still_picks_the_nearest_same_name_village(coder):
    # four Pi Tauk Kone villages in Sagaing; none in today's Monywa district, one next to it
    loc = coder.geocode("Pi Tauk Kone village, Monywa district, Sagaing region")
    monywa = coder.geocode("Monywa District")
    assert loc.raw["note"] == "matches only some of the qualifiers"
    others = coder.geocode("Pi Tauk Kone village, Sagaing Region", exactly_one=False)
    assert km(loc, monywa) == min(km(o, monywa) for o in others)


@pytest.mark.parametrize(
    ("query", "admin3"),
    [
        # the township named holds the village, the old district a namesake in another
        # township: were both at 0.37 (set 186), and Pwintbyu's Ka Ni at 0.4, 91 km off
        ("Laung She village, Saw township, Pakokku district, Magway region", "Saw"),
        ("Kani village, Myothit township, Minbu district, Magway region", "Myothit"),
    ],
)
def test_a_township_named_outlasts_an_outdated_district(coder, query, admin3):
    loc = coder.geocode(query)
    assert (loc.raw["kind"], loc.raw["admin3"]) == ("village", admin3)
    assert loc.raw["score"] > 0.7


@pytest.mark.parametrize(
    "query, town",
    [
        ("residential area of Demoso", "Demoso Town"),
        ("entrance of Myaing town", "Myaing Town"),
        ("Taungoo Prison", "Taungoo Town"),
        ("in front of the Loikaw police station", "Loikaw Town"),
        ("the border town of Tachileik", "Tachileik Town"),
        ("Kachin State, Myitkyina", "Myitkyina Town"),
    ],
)
def test_descriptions_around_a_town_name_find_the_town(coder, query, town):
    loc, ref = coder.geocode(query), coder.geocode(town)
    assert loc.raw["kind"] == "town" and km(loc, ref) < 1


def test_the_area_first_then_a_place_without_kind_word(coder):
    # UCDP's "Township\n\nPlace" order: the place inside the township, not the township
    loc = coder.geocode("Madaya Township, Nyaung Oke")
    assert loc.raw["name"] == "Nyaung Oke" and loc.raw["admin3"] == "Madaya"
    # ... but a state after a township still qualifies it
    assert coder.geocode("Salingyi Township, Sagaing").raw["kind"] == "township"
    # ... and a state after the place stays last (the comma form was Demoso Township at 1.0)
    for query in (
        "Demoso Township, Htu Lwi Bi Lar, Karenni State",
        "Demoso Township, Htu Lwi Bi Lar (Karenni State)",
    ):
        loc = coder.geocode(query)
        assert (loc.raw["name"], loc.raw["kind"]) == ("Htu Lwee Bi Lar", "village"), query


def test_a_state_in_brackets_after_a_district_qualifies_the_place(coder):
    # UCDP's old district (Paletwa now lies in Matupi District), the state in brackets: was
    # Mindat District at 0.4, 139 km off (set 180)
    loc = coder.geocode("Battle at Sat Ta Laing Wa village, Mindat district (Chin state)")
    assert (loc.raw["name"], loc.raw["admin3"]) == ("Sat Ta Laing Wa", "Paletwa")


def test_a_ward_of_a_town_and_parenthesised_qualifier_lists(coder):
    loc = coder.geocode("Hseng Taung quarter of Hpakant")
    assert loc.raw["admin3"] == "Hpakant"
    loc = coder.geocode("Kone Thar village (Demoso Township, Kayah State)")
    assert (loc.raw["name"], loc.raw["admin3"]) == ("Kone Thar", "Demoso")


def test_ucdp_place_texts(coder):
    """Forms copied from UCDP GED's where_description."""
    assert coder.geocode("Buthidaung Town (in)").raw["admin3"] == "Buthidaung"
    assert coder.geocode("Kawkareik, Kyondoe town").raw["name"] == "Kyondoe"
    myawaddy = coder.geocode("Myawaddy town (opposite the border town of Mae Sot)")
    assert myawaddy.raw["name"] == "Myawaddy" and myawaddy.raw["country"] == "MM"
    # a place missing from the gazetteer after its township: the township, not a namesake
    loc = coder.geocode("Yesagyo Township, Min Ywa")
    assert loc.raw["admin3"] == "Yesagyo" and loc.raw["match"] == "qualifier"


@pytest.mark.parametrize(
    "query, name, kind",
    [
        # a respelling of the kind asked for beats an exact namesake of another kind
        ("town of Kyaukgyi", "Kyaukkyi", "town"),
        ("Aung Myay Tharzan Township", "Aungmyaythazan", "township"),
        # "In" inside a name is a syllable, after a kind word a separator
        ("Kya In Seik Gyi town", "Kyainseikgyi", "town"),
        ("Kone Thar Village In Demoso Township", "Kone Thar", "village"),
        ("LASHIO IN SHAN STATE", "Lashio", "town"),
        # a kind word glued to the name, as some reports type it
        ("Oke Shit KoneVillage, Kanbalu Township", "Oke Shit Kone", "village"),
        # a parenthesised place more specific than the area around it is the target
        ("Rakhine State (Taunggoke town)", "Toungup", "town"),
    ],
)
def test_kind_words_and_capitalised_separators(coder, query, name, kind):
    loc = coder.geocode(query)
    assert (loc.raw["name"], loc.raw["kind"]) == (name, kind)
    assert loc.raw["match"] != "qualifier"  # found as the target, not as a fallback


def test_a_myanmar_kind_word_never_finds_a_place_abroad(coder):
    # GeoNames calls China's Ruili "Mengmao": no township of that name in Myanmar
    assert coder.geocode("Mengmao").raw["country"] == "CN"
    for query in ("Mengmao Township", "Kunming Township", "Ruili village"):
        assert coder.geocode(query) is None
        assert "no place named" in coder.explain(query)["reason"]
    # "Mongmao Township" is the Wa township (at its town, MIMU's point: added_towns.csv)
    loc = coder.geocode("Mongmao Township")
    assert (loc.raw["country"], loc.raw["kind"], loc.raw["admin1"]) == (
        "MM",
        "township",
        "Shan (North)",
    )


def test_a_curated_alias_outranks_a_namesake_of_the_same_kind(coder):
    # the Shan press's "Mongpai" is Moe Bye in Pekon (data/gazetteer/aliases.csv, cited);
    # two Mong Pai village tracts of Lashio are namesakes, not what reports mean
    loc = coder.geocode("Mongpai town")
    assert (loc.raw["name"], loc.raw["admin3"]) == ("Moe Bye", "Pekon")
    assert "ambiguous" not in (loc.raw["note"] or "")


def test_khun_sas_ho_mong_is_mimus_homein_town(coder):
    # the press's Ho Mong (Homong), opposite Mae Hong Son, is MIMU's Homein Town in Langkho
    # (cited aliases); it was a Ho Mong village of Hseni, 400 km north. Qualified, the village
    for query in ("Ho Mong", "Homong town, Shan State"):
        loc = coder.geocode(query)
        assert (loc.raw["name"], loc.raw["admin3"], loc.raw["score"]) == ("Homein", "Langkho", 1.0)
    loc = coder.geocode("Ho Mong village, Hseni Township")
    assert (loc.raw["name"], loc.raw["kind"], loc.raw["admin3"]) == ("Ho Mong", "village", "Hseni")


def test_a_city_from_geonames_takes_the_township_around_its_centre(coder):
    # Mandalay's and Yangon's centres hold wards, not villages: their nearest village lies in
    # Patheingyi and across the river in Twantay, which must not become the city's township
    mandalay, yangon = coder.geocode("Mandalay City"), coder.geocode("Yangon City")
    assert mandalay.raw["admin3"] == "Chanayethazan"
    assert yangon.raw["admin3"] in {"Bahan", "Dagon", "Kyauktada", "Pabedan", "Latha"}


def test_cross_border_places_an_analyst_names(coder):
    # GeoNames names Ruili's seat Mengmao; a cited alias shows the name reports use
    ruili = coder.geocode("Ruili")
    assert (ruili.raw["name"], ruili.raw["country"]) == ("Ruili", "CN")
    # Yunnan's Anning (the refinery city) is no namesake of Sichuan's Changning, alias An-ning
    anning = coder.geocode("Anning")
    assert anning.raw["admin1"] == "Yunnan Sheng" and "ambiguous" not in (anning.raw["note"] or "")
    # Yunnan's border counties by their seats (cited aliases): not a look-alike elsewhere
    menglian = coder.geocode("Menglian")  # opposite the Wa region; not Lancang's Menglang
    assert menglian.raw["name"] == "Menglian" and menglian.raw["match"] == "exact"
    longchuan = coder.geocode("Longchuan")  # Dehong's, on the border; not Chuxiong's
    assert longchuan.longitude < 98.5
    # a foreign region qualifies its cities
    for query in ("Kunming, Yunnan", "Kunming in Yunnan province"):
        loc = coder.geocode(query)
        assert (loc.raw["name"], loc.raw["match"]) == ("Kunming", "exact")


def test_short_names_analysts_use_for_a_zone_and_a_dam(coder):
    # "Kokang" is the zone (MIMU's unit MMR015S002), not its township Konkyan; a cited
    # alias outranks the larger kind a namesake would win by
    kokang = coder.geocode("Kokang")
    assert (kokang.raw["name"], kokang.raw["kind"]) == ("Kokang Self-Administered Zone", "district")
    assert coder.geocode("Kokang Township").raw["name"] == "Konkyan (Kokang SAZ)"
    myitsone = coder.geocode("Myitsone")
    assert (myitsone.raw["name"], myitsone.raw["kind"]) == ("Myitsone dam", "site")


@pytest.mark.parametrize(
    ("query", "pcode"),
    [
        ("Naga Self-Administered Zone", "MMR005S001"),
        ("Danu SAZ", "MMR014S001"),
        ("Pa'O Self-Administered Zone", "MMR014S002"),
        ("ပအိုဝ်းကိုယ်ပိုင်အုပ်ချုပ်ခွင့်ရဒေသ", "MMR014S002"),
        ("Palaung Self-Administered Zone", "MMR015S001"),
        ("Kokang SAZ", "MMR015S002"),
    ],
)
def test_self_administered_zones_by_name(coder, query, pcode):
    # MIMU codes the zones as districts without a name; data/gazetteer/unit_names.csv names
    # them. Before, "Naga Self-Administered Zone" was the Kokang district, 800 km away.
    loc = coder.geocode(query)
    assert (loc.raw["kind"], loc.raw["pcode"], loc.raw["match"]) == ("district", pcode, "exact")


@pytest.mark.parametrize(
    ("query", "pcode"),
    [
        ("Laukkaing township, Kokang", "MMR015022"),  # was the zone itself
        ("Pinlaung Township, Pa-O SAZ", "MMR014009"),
        ("Lahe town, Naga Self-Administered Zone", "MMR005036701"),
    ],
)
def test_a_self_administered_zone_qualifies_its_townships(coder, query, pcode):
    loc = coder.geocode(query)
    assert (loc.raw["pcode"], loc.raw["score"]) == (pcode, 1.0)
    zone = query.split(", ")[1].replace(" SAZ", "").replace(" Self-Administered Zone", "")
    assert loc.raw["admin2"] == f"{zone} Self-Administered Zone"


def test_a_kind_word_no_exact_hit_fits_takes_a_close_spelling_of_that_kind(coder):
    # "Kyon Hla" is written exactly as villages of Ayeyarwady (500 km away); the kind word
    # asks for a township, and Kyunhla Township is one letter away
    loc = coder.geocode("Kyon Hla Township")
    assert (loc.raw["kind"], loc.raw["pcode"], loc.raw["match"]) == (
        "township",
        "MMR005008",
        "fuzzy",
    )
    assert loc.raw["note"] == "closest spelling (fuzzy match); check the name"
    # without a kind word the exact villages stay the answer
    assert coder.geocode("Kyon Hla").raw["kind"] == "village"
    # UCDP's "Kantbalu" (cited) is Kanbalu, kind word or not (was the township by this rule,
    # and a village Kant Ba Lu 558 km away without it: set 81)
    assert coder.geocode("Kantbalu").raw["pcode"] == coder.geocode("Kanbalu").raw["pcode"]
    assert coder.geocode("Kantbalu Township").raw["pcode"] == "MMR005007"


@pytest.mark.parametrize("query", ["Pasaung Township", "Hpasaung", "Hpasaung township"])
def test_awng_and_aung_are_one_romanisation(coder, query):
    # Shan and Kayah names write "awng" where Burmese romanisation writes "aung" (MIMU's
    # Hpasawng is the HpaSaung of its town's official name); "Pasaung Township" was a
    # village Pasaung of another kind
    found = coder.geocode(query).raw
    assert (found["name"], found["match"]) == ("Hpasawng", "variant")
    assert found["kind"] == ("town" if query == "Hpasaung" else "township")


def test_a_new_city_is_located_to_the_place_it_is_named_after(coder):
    # the Shwe Kokko "new city" (a casino and scam hub) was no match: "city" read as a kind word
    loc = coder.geocode("Shwe Kokko new city")
    assert (loc.raw["name"], loc.raw["kind"], loc.raw["admin3"]) == (
        "Shwe Kokko",
        "village",
        "Myawaddy",
    )
    assert loc.raw["note"] == (
        "no site 'Shwe Kokko new city' in the gazetteer: located to a place of its name"
    )


@pytest.mark.parametrize(
    ("query", "name", "admin3"),
    [
        # Kachin Special Region 1 as the Irrawaddy, DVB and KNG spell it (aliases.csv, cited)
        ("Kanpiketi", "Kan Paik Ti", "Waingmaw"),  # was a fuzzy match at 0.8
        ("Pangwa", "Pang War", "Chipwi"),  # was a Pang Wa village of Tangyan, Shan State
        ("Chipwe", "Chipwi", "Chipwi"),  # was no match
        ("Lwelgel", "Lwegel", "Momauk"),
        # a border gate is at the town it is named after (was no match)
        ("Kanpiketi border gate", "Kan Paik Ti", "Waingmaw"),
        ("Muse border trade gate", "Muse", "Muse"),
        ("Kanpiketi border trade post", "Kan Paik Ti", "Waingmaw"),
    ],
)
def test_border_towns_as_news_spell_them(coder, query, name, admin3):
    loc = coder.geocode(query)
    assert (loc.raw["name"], loc.raw["kind"], loc.raw["admin3"]) == (name, "town", admin3)
    assert loc.raw["score"] == 1.0


def test_a_zone_or_port_the_gazetteer_lacks_is_its_namesake_scored_lower(coder):
    # the Kyaukphyu SEZ in Burmese (was no match); a zone, port or mine may lie tens of km
    # from the place it is named after, so such an answer scores 0.8, not 1.0
    zone = coder.geocode("ကျောက်ဖြူအထူးစီးပွားရေးဇုန်")
    assert (zone.raw["name"], zone.raw["kind"], zone.raw["score"]) == ("Kyaukpyu", "town", 0.8)
    assert zone.raw["note"].endswith("in the gazetteer: located to a place of its name")
    # Dawei's deep-sea port and SEZ are at Nabule, 27 km from Dawei (landmarks.csv, cited)
    port = coder.geocode("Dawei deep sea port at Nabule")
    assert (port.raw["name"], port.raw["admin3"]) == ("Dawei Special Economic Zone", "Yebyu")
    assert km(port, coder.geocode("Dawei town")) > 20


@pytest.mark.parametrize(
    ("query", "name", "admin3"),
    [
        # each was the township (or state) its qualifiers name, at score 0.4
        (
            "soldiers murdered four villagers from Nagartwin village, Depayin Township",
            "Na Gar Twin",
            "Tabayin",
        ),
        ("junta arson attack on Yint Ye village, Saw Township, Magway Region", "Yint Ye", "Saw"),
        (
            "air and ground assault on Taungmyo village along the Mu River, Sagaing Township",
            "Taung Myo",
            "Sagaing",
        ),
        ("junta retakes the town of Minbya, Rakhine State", "Minbya", "Minbya"),
    ],
)
def test_a_news_sentence_is_read_from_where_its_place_begins(coder, query, name, admin3):
    loc = coder.geocode(query)
    assert (loc.raw["name"], loc.raw["admin3"], loc.raw["score"]) == (name, admin3, 1.0)
    assert loc.raw["note"].startswith("read as '")


@pytest.mark.parametrize(
    ("query", "name", "admin3"),
    [
        # were the township at 1.0 with no note: the village, then "at" (တွင်) or "near"
        # (အနီး) and the sentence, read as one unknown word
        ("စစ်ကိုင်းတိုင်း၊ ရွှေဘိုမြို့နယ်၊ ဆိပ်ခွန်ရွာတွင် စစ်ကောင်စီတပ် ရွာသား 3 ဦး သတ်ဖြတ်", "Seik Khun", "Shwebo"),
        ("မန္တလေးတိုင်း၊ ကျောက်ဆည်မြို့နယ်၊ သင်ပျိုရွာအနီး တိုက်ပွဲဖြစ်ပွား", "Thin Pyo", "Kyaukse"),
        # were the township at 0.4: "fighting at X village (Y township)", "bombed X village"
        ("ကာလိုင်ကျေးရွာ (ကွတ်ခိုင်မြို့နယ်) တွင် တိုက်ပွဲ", "Kar Lai", "Kutkai"),
        ("ခင်ဦးမြို့နယ်၊ မြစ်တော်ကျေးရွာကို စစ်ကောင်စီ လေကြောင်းဖြင့် ဗုံးကြဲ", "Myit Taw", "Khin-U"),
        # "X village in Y township" (ရှိ joins the two places)
        ("ရွှေဘိုမြို့နယ်ရှိ ဆိပ်ခွန်ရွာ", "Seik Khun", "Shwebo"),
    ],
)
def test_burmese_particles_end_the_place_before_the_sentence(coder, query, name, admin3):
    loc = coder.geocode(query)
    assert (loc.raw["name"], loc.raw["kind"], loc.raw["admin3"]) == (name, "village", admin3)
    assert loc.raw["score"] == 1.0


@pytest.mark.parametrize(
    ("query", "name", "admin3"),
    [
        # a verb before the place, without a preposition (was Sagaing Region, 163 km off)
        ("Junta artillery shelled Kalay town, Sagaing Region", "Kale", "Kale"),
        # a headline's predicate after the place (was a namesake in Hinthada, 548 km off)
        (
            "Myanmar military raid on Letpanhla village, Khin-U Township leaves 2 dead",
            "Let Pan Hla",
            "Khin-U",
        ),
        # a thousands separator and a capacity (was a "No (3)" ward 948 km off); the river
        ("3,400-MW Chibwe dam on the N'Mai Hka", "Chipwi hydropower project", "Chipwi"),
        ("105th Mile border trade zone", "Mone Yu (105 Maing)", "Muse"),  # was no match
        ("Murng Nai Township", "Mongnai", "Mongnai"),  # Shan spelling (was no match)
        ("Murng-Kerng township", "Mongkaing", "Mongkaing"),  # UCDP's, cited (was no match)
        ("Muang Ko town", "Monekoe", "Muse"),  # Shan "Muang" for "Mong" (was no match)
        ("Kokang fighting erupts in Laogai town", "Laukkaing", "Laukkaing"),  # UCDP's, cited
        # UCDP's, cited: was a village Nam Yone of Manton at 0.39, 61 km off (set 256)
        ("attacked junta positions in Tamyone (northern Shan State)", "Tarmoenye", "Kutkai"),
        ("Hu-kawt village (Kyaukme township)", "Hu Kut", "Kyaukme"),  # UCDP's, cited
        ("Lai Lin Pi village (Matupi Township)", "Lalengpi", "Matupi"),  # UCDP's, cited
        ("Yanbye Township, Rakhine State", "Ramree", "Ramree"),  # Burmese name, cited
        ("Bhamaw", "Bhamo", "Bhamo"),  # cited (was a Ba Maw tract 895 km off: set 90)
        # the Shan name Bhamo derives from, cited (was a Man Maw tract of Momauk, 55 km off)
        ("Manmaw (Bhamo)", "Bhamo", "Bhamo"),
        ("Saytoketaya Township", "Sidoktaya", "Sidoktaya"),  # near a cited spelling (no match)
        ("the fall of Kaw Moo Rah in 1995", "Kawmoora", "Myawaddy"),  # cited (was no match)
        # UCDP's spellings, cited: were a close spelling 26 km off (Seik Kone, in 3 sets), the
        # township or town at 0.4 (12 to 37 km off), or M'thwei 28 km off
        ("Residents fled Semi Khone village of Myingyan Township", "Si Mee Khon", "Myingyan"),
        ("in Mawhun near Maw Lu town", "Maw Han", "Mohnyin"),
        (
            "a junta checkpoint near Ngayant Dine village in Kantbalu Township",
            "Ngar Yant Taing",
            "Kanbalu",
        ),
        (
            "fought at Konslam village in the Mong Ngaw area of Kyaukme township",
            "Kun Sa Lan",
            "Kyaukme",
        ),
        ("torched the village of Kwarpho outside of Thantlang Town", "Khuafo", "Thantlang"),
        ("Moei Twei village, Mindat Township, Chin State", "Muitui", "Mindat"),
        # a district in brackets whose name holds brackets (was no match: set 91)
        ("Thanlyin township (Yangon (South) District)", "Thanlyin", "Thanlyin"),
        # what a village "saw": was Pakokku Township at 1.0, 16 km off (set 84)
        (
            "Pakokku Township's Kantaw village saw clashes between junta troops and the PDF",
            "Kan Taw",
            "Pakokku",
        ),
        # the Wa division of the 2008 Constitution also holds MIMU's old Matman District (was a
        # Man Kan village 47 km off: set 81), cited
        ("Man Kan town, Wa Self-Administered Division", "Man Kan", "Pangsang (Panghkam)"),
        # a township's ambush near a village: the village (was Tilin Township at 1.0: set 81)
        (
            "Two resistance fighters killed in Htilin Township ambush near Ohn Twe village",
            "Ohn Htwea",
            "Tilin",
        ),
        ("Kyaik Htee Yoe pagoda", "Kyaiktiyo Pagoda", "Kyaikto"),  # cited (was no match)
        ("clashes in Demoso town as PDF fighters advance", "Demoso", "Demoso"),  # was no match
        # Burmese site words: oil port (was no match), read "Ma De Kyun": the Made Island
        # crude oil terminal (MIMU's island village Ma Day Kyun before the reading)
        ("မဒေးကျွန်း ရေနံဆိပ်ကမ်း", "Made Island", "Kyaukpyu"),
        # the Letpadaung project in Burmese, cited (was no match in three blind sets)
        ("လက်ပံတောင်းတောင် ကြေးနီစီမံကိန်း", "Letpadaung copper mine", "Salingyi"),
    ],
)
def test_headlines_numbers_and_spellings_news_write(coder, query, name, admin3):
    loc = coder.geocode(query)
    assert (loc.raw["name"], loc.raw["admin3"]) == (name, admin3)
    assert loc.raw["score"] > 0.7


@pytest.mark.parametrize(
    ("query", "name"),
    [
        # UCDP's and the Shan press's "Mung"/"Muang" for "Mong" at a name's start: a respelling,
        # no longer a close spelling at 0.77-0.80 (or no match: "Muang Yawng")
        ("Mung Hsat town", "Monghsat"),
        ("Mung Ton Township", "Mongton"),
        ("Muang Yawng", "Mongyawng"),
        # UCDP's "ae" for MIMU's "ea" (both ဲ or ေ): a close spelling at 0.71 (set 47)
        ("Thae Taw Lay village, Wundwin Township", "Thea Taw Lay"),
    ],
)
def test_shan_and_ucdp_spellings_are_respellings(coder, query, name):
    loc = coder.geocode(query)
    assert loc.raw["name"] == name and loc.raw["score"] >= 0.9


def test_a_site_near_the_town_it_is_reported_by_is_the_site(coder):
    # the exact site outranks a namesake scored lower, as the one found near the town; "near"
    # is where the text puts it (was 0.6, "found just outside": set 45)
    loc = coder.geocode("the Wanbao-run Letpadaung copper project near Monywa")
    assert (loc.raw["name"], loc.raw["kind"]) == ("Letpadaung copper mine", "site")
    assert loc.raw["note"] == "found near the place named by the qualifier, as the text says"
    assert loc.raw["score"] == 0.9
    loc = coder.geocode("Letpadaung copper mine, Monywa")  # a comma puts it in Monywa
    assert loc.raw["note"] == "found just outside the place named by the qualifier"
    assert loc.raw["score"] == 0.6


@pytest.mark.parametrize(
    "query",
    [
        # the mine lies in Mandalay Region, 10 km from Sagaing's nearest township point (the
        # region's own point is 165 km off): was the ward Ta Kaung of Sagaing town, 190 km off
        "Tagaung Taung nickel project, Sagaing",
        "Tagaung Taung nickel mine, Sagaing Region",
    ],
)
def test_a_site_just_outside_the_region_named_is_the_site(coder, query):
    loc = coder.geocode(query)
    assert (loc.raw["name"], loc.raw["admin1"]) == ("Tagaung Taung nickel mine", "Mandalay")
    assert loc.raw["note"] == "found just outside the place named by the qualifier"
    assert loc.raw["score"] == 0.6


def test_a_site_named_in_full_is_the_site_wherever_the_text_puts_it(coder):
    # Letpadaung lies in Sagaing Region: a text putting it in Mandalay is wrong, and says so
    # (was the Mandalay Region's point at 0.4, 120 km off; a bare "Letpadaung" is a name, no
    # project, and still a respelling in Mandalay)
    loc = coder.geocode("Letpadaung copper mine, Mandalay")
    assert (loc.raw["name"], loc.raw["admin3"]) == ("Letpadaung copper mine", "Salingyi")
    assert loc.raw["note"] == "the text places it in Mandalay; the gazetteer's site lies elsewhere"
    assert loc.raw["score"] == 0.5
    assert coder.geocode("Letpadaung, Mandalay").raw["kind"] != "site"


@pytest.mark.parametrize(
    ("query", "name"),
    [
        # a name in brackets beside a site's name: the site before any place it is named
        # after (was Kyaukpyu town, 12 km off, set 82; the towns, about 5 km off)
        ("Sino-Myanmar oil pipeline terminal at Kyaukphyu port (Made Island)", "Kyaukphyu"),
        (
            "Yangon International Airport reconstruction and expansion (China Eximbank $170m)",
            "Yangon",
        ),
        ("Mandalay Industrial Training Center construction project (Chinese grant)", "Mandalay"),
        # what a centre did after its name (was Mandalay city at 0.7, 5 km off: set 85)
        ("China-funded Mandalay Industrial Training Center opens", "Mandalay"),
        # a plant's number in Roman numerals (was Dapein I, whose skeleton "II" shares: set 88)
        ("Dapein II hydropower dam", "Dapein II"),
    ],
)
def test_a_site_before_a_bracket_or_a_verb_is_the_site(coder, query, name):
    loc = coder.geocode(query)
    assert loc.raw["kind"] == "site" and loc.raw["name"].startswith(name)


@pytest.mark.parametrize(
    ("query", "pcode"),
    [
        # "tract" alone names a village tract: was a Khin Tan of another tract of Daik-U, 23 km
        # off, and a Ywar Thit of Taze 9 km off, each "ambiguous" at 0.5 (set 84)
        ("Khin Tan village (Pyin Pon Lay tract), Daik-U township", "179326"),
        ("Ywarthit village (Hpa Lan Chaing tract), Taze township", "172802"),
    ],
)
def test_a_tract_in_brackets_tells_namesakes_apart(coder, query, pcode):
    loc = coder.geocode(query)
    assert (loc.raw["pcode"], loc.raw["score"]) == (pcode, 1.0)


@pytest.mark.parametrize(
    ("query", "name"),
    [
        # a name, then its township and tract in brackets: was the tract at 1.0, 42 km off
        # (set 97), and tracts 3 to 5 km off
        ("Lai Zar (Waingmaw Township, Hpawt Dawt village tract)", "Lai Zar"),
        ("Hkon Kyant (Mongping Township, Tar Kaw village tract)", "Hkon Kyant"),
        ("Ywar Thar Aye (Myittha Township, Min Wun village tract)", "Ywar Thar Aye"),
    ],
)
def test_a_name_before_its_areas_in_brackets_is_the_place(coder, query, name):
    loc = coder.geocode(query)
    assert (loc.raw["name"], loc.raw["kind"], loc.raw["score"]) == (name, "village", 1.0)


def test_a_plant_of_another_number_is_no_close_spelling(coder):
    # no Baluchaung 2 in the gazetteer: was Baluchaung 3 at 0.78, "check the name"
    assert coder.geocode("Baluchaung No. 2 dam") is None
    assert coder.geocode("Baluchaung No. 3 dam").raw["name"] == "Baluchaung 3 hydropower plant"


def test_what_befell_a_police_outpost_is_no_part_of_its_name(coder):
    # "attacked" after the outpost: was Thaton Township at 0.4, 16 km off (set 87)
    loc = coder.geocode("Thaton Township, Thein Seik police outpost attacked")
    assert (loc.raw["name"], loc.raw["admin3"]) == ("Thein Seik", "Thaton")


def test_a_ward_of_a_town_not_found_is_located_to_the_town(coder):
    # no ward Kathe in MIMU: the town, not the village tract Ka Thea 6 km off at 0.78 (set 82)
    loc = coder.geocode("Kathe Ward Administration Office in the ruby town of Mogok")
    assert (loc.raw["name"], loc.raw["kind"], loc.raw["score"]) == ("Mogoke", "town", 0.4)
    assert coder.geocode("Myo Ma Ward, Hpakant").raw["kind"] == "ward"  # a ward found stays


def test_a_quarter_of_a_town_in_an_address_is_located_to_that_town(coder):
    # UCDP's "Lamawng Quarter, Kamaing Village, Hpakant Township.": no ward Lamawng in MIMU, so
    # at Kamaing (the town and its one ward), not the village La Mawng 47 km off at 0.85, which
    # the fast path for plain addresses gave where the full reading gives the town
    loc = coder.geocode("Lamawng Quarter, Kamaing Village, Hpakant Township.")
    kamaing = coder.geocode("Kamaing town, Hpakant Township")
    assert (loc.raw["admin3"], loc.raw["score"]) == ("Hpakant", 0.7)
    assert (loc.latitude, loc.longitude) == (kamaing.latitude, kamaing.longitude)
    assert "not found" in loc.raw["note"]


def test_a_village_tract_outside_the_township_named_is_left_out(coder):
    # "Kone Pyin Village Tract" names tracts of Ayeyarwady only; the Paletwa Township and Chin
    # State the text names agree: Kon Pyin there (was a Kone Pyin of Ingapu, 519 km off)
    loc = coder.geocode(
        "near Kone Pyin Village, Kone Pyin Village Tract, Paletwa Township, Chin State"
    )
    assert (loc.raw["name"], loc.raw["admin3"]) == ("Kon Pyin", "Paletwa")


def test_a_close_spelling_beside_an_unknown_place_is_no_answer(coder):
    # "Thai" is not Thazi: neither as the place beside the camp nor read out of the sentence
    assert coder.geocode("Maela camp near the Thai border") is None


def test_the_kind_word_before_a_capital_is_no_headline_predicate(coder):
    loc = coder.geocode("the Kachin State capital Myitkyina")
    assert (loc.raw["name"], loc.raw["kind"]) == ("Myitkyina", "town")


@pytest.mark.parametrize(
    "query",
    [
        "Xyzzy village in Sagaing region",  # no such village: still the region, said
        # the same place: still the fallback ("police fired on protesters in Mandalay" is now
        # read as a sentence's head and its place, as "Violence was reported in ..." is)
        "a standoff between police and protesters in Mandalay",
        "the road from Lashio to Muse",  # a route is no place
    ],
)
def test_a_sentence_head_is_not_dropped_for_a_coarser_or_the_same_place(coder, query):
    loc = coder.geocode(query)
    assert loc is None or (loc.raw["match"], loc.raw["score"]) == ("qualifier", 0.4)


def test_a_township_seat_outranks_a_more_populous_namesake(coder):
    # GeoNames gives a Tatkon in Sagaing 41,683 people; Tatkon of Nay Pyi Taw is the seat of
    # Tatkon Township, the one people mean
    loc = coder.geocode("Tatkon")
    assert (loc.raw["kind"], loc.raw["admin1"], loc.raw["admin3"]) == (
        "town",
        "Nay Pyi Taw",
        "Tatkon",
    )


@pytest.mark.parametrize(
    "query", ["Tanintharyi, Tanintharyi Region", "Yangon, Yangon Region", "Sagaing, Sagaing"]
)
def test_a_place_does_not_qualify_itself(coder, query):
    # the town inside the region, not the region itself (whose point is its capital)
    loc = coder.geocode(query)
    assert loc.raw["kind"] == "town" and loc.raw["name"] == query.split(",")[0]


def test_qualified_fuzzy_is_never_stricter_than_the_bare_name(coder):
    bare = coder.geocode("Mahaungmay Township")  # MIMU: Mahaaungmyay
    loc = coder.geocode("Mandalay's Mahaungmay Township")
    assert (loc.raw["name"], loc.raw["kind"]) == ("Mahaaungmyay", "township")
    assert loc.raw["match"] == bare.raw["match"] == "fuzzy"
    # "Mahaaungmye" is a respelling (ေ written "e" or "ay"), found as one either way
    bare = coder.geocode("Mahaaungmye Township")
    loc = coder.geocode("Mandalay's Mahaaungmye Township")
    assert loc.raw["match"] == bare.raw["match"] == "variant"


def test_marks_in_parentheses_are_no_names(coder):
    # MIMU's "Tha Yaw (G)" does not make "G" (nor "KK") a name of the village tract: "KK Park"
    # is the compound by Myawaddy (data/gazetteer/landmarks.csv), "KK Zone" nothing
    assert coder.geocode("KK Park").raw["admin3"] == "Myawaddy"
    assert coder.geocode("KK Zone") is None
    # ... while a name in parentheses still is one
    assert coder.geocode("Panghkam").raw["name"] == "Pangsang (Panghkam)"


def test_the_muse_trade_zone_and_a_fallback_to_the_whole_state(coder):
    zone = coder.geocode("105 Mile Trade Zone in Shan state")
    assert (zone.raw["name"], zone.raw["admin3"]) == ("Mone Yu (105 Maing)", "Muse")
    # an unknown place in "Shan state" falls back to Shan State, not one of MIMU's three parts
    loc = coder.geocode("Zzyzxq town in Shan state")
    assert (loc.raw["name"], loc.raw["kind"], loc.raw["match"]) == ("Shan", "state", "qualifier")


@pytest.mark.parametrize(
    "query, district", [("Dooplaya", "Kawkareik"), ("Mu Traw District", "Hpapun")]
)
def test_karen_district_names_in_knu_and_khrg_reports(coder, query, district):
    loc = coder.geocode(query)
    assert (loc.raw["name"], loc.raw["kind"]) == (district, "district")


def test_a_township_ward_village_chain_finds_the_village(coder):
    # the last of equally specific parts is the target; "Tin" is a name, not tin ore, and
    # "Tin Thar (South) Village" is no qualifier for Thailand
    loc = coder.geocode("Kalay Township, No.6 Ward, Tin Thar (South) Village")
    assert (loc.raw["name"], loc.raw["kind"], loc.raw["admin3"]) == ("Tin Thar", "village", "Kale")
    assert coder.geocode("Kalay Township").raw["kind"] == "township"


def test_a_ward_qualified_by_a_town_is_a_ward_of_that_town(coder):
    # Kawkareik Township has two towns; "No (2) Ward" is Kyondoe's, 21 km west of Kawkareik
    kyondoe_ward = coder.geocode("No.2 Ward, Kyondoe town")
    assert (kyondoe_ward.raw["kind"], kyondoe_ward.raw["pcode"]) == ("ward", "MMR003006702502")
    loc = coder.geocode("No.2 Ward, in Kawkareik Town")
    assert (loc.raw["name"], loc.raw["kind"], loc.raw["match"]) == (
        "Kawkareik",
        "town",
        "qualifier",
    )
    assert "not found" in loc.raw["note"] and loc.raw["score"] < 0.5
    # a township admits every ward in it; a town admits its own wards and the villages around
    assert coder.geocode("No (2) Ward, Kawkareik Township").raw["pcode"] == "MMR003006702502"
    assert coder.geocode("Win Gyi Ward, Kawkareik town").raw["pcode"] == "MMR003006701502"
    village = coder.geocode("Duyinseik village, Thaton town")
    assert (village.raw["kind"], village.raw["admin3"]) == ("village", "Thaton")


def test_descriptions_and_outskirts_around_a_place(coder):
    yangon = coder.geocode("Yangon")
    loc = coder.geocode("a safe house of the group on the outskirts of Yangon")
    assert loc.raw["name"] == "Yangon" and km(loc, yangon) < 1
    loc = coder.geocode("checkpoints in Duyinseik village, Thaton Township")
    assert loc.raw["kind"] == "village" and loc.raw["admin3"] == "Thaton"
    loc = coder.geocode("Khampat town on the Kale-Tamu road")  # where along a route
    assert (loc.raw["name"], loc.raw["admin3"], loc.raw["note"]) == ("Khampat", "Tamu", None)


def test_a_place_not_found_near_a_village_falls_back_to_that_village(coder):
    loc = coder.geocode("Zzyzxq Village near Laiza Town")
    assert loc.raw["name"] == "Lai Zar" and loc.raw["match"] == "qualifier"
    assert loc.raw["score"] < 0.5 and "not found" in loc.raw["note"]
    # letters repeated are no name: no skeleton match of one letter
    assert coder.geocode("Qqqq") is None


@pytest.mark.parametrize(
    ("query", "name", "admin3"),
    [
        # UCDP's spellings, farther from MIMU's than a close spelling: each was the township
        # at 0.4, 11-35 km off
        ("Pait Khayar Village, Mingin Township", "Peik Ka Yar", "Mingin"),
        ("Lak Ka Pin village in Myinmu Township", "Let Ka Pin", "Myinmu"),
        ("Depayin Kwal Village, Sagaing Township", "Ta Pa Yin Kwe", "Sagaing"),
        ("military base at Thae Suu Lal Village, Demoso Township", "Thay Su Le", "Demoso"),
    ],
)
def test_the_one_clearly_closest_spelling_in_a_township_is_taken_unsurely(
    coder, query, name, admin3
):
    loc = coder.geocode(query)
    assert (loc.raw["name"], loc.raw["kind"], loc.raw["admin3"]) == (name, "village", admin3)
    assert 0.4 < loc.raw["score"] < 0.6 and "check the name" in loc.raw["note"]


def test_a_far_spelling_that_starts_otherwise_is_no_village_of_the_township(coder):
    # "Min Ywa" is as alike to Inn Wa (33 km from UCDP's point) as far respellings are to
    # their village; starting otherwise, it is not taken: the township, said
    loc = coder.geocode("Yesagyo Township, Min Ywa")
    assert (loc.raw["name"], loc.raw["match"], loc.raw["score"]) == ("Yesagyo", "qualifier", 0.4)


def test_a_close_spelling_near_a_village_is_found_in_its_township(coder):
    # UCDP's "Nam San Yang" is MIMU's Nam Sang Yang, 14 km from Laiza in Waingmaw Township:
    # was Laiza (Lai Zar) at 0.4, 14 km off; a close spelling, so scored below sure
    loc = coder.geocode("Nam San Yang Village near Laiza Town")
    assert (loc.raw["name"], loc.raw["admin3"]) == ("Nam Sang Yang", "Waingmaw")
    assert 0.4 < loc.raw["score"] < 0.75


def test_a_cited_spelling_of_a_seat_town_names_its_district_of_that_name(coder):
    # UCDP's "Dawai" (cited) is Dawei town, township and district: bare "Dawai" was a Sagaing
    # village Tawai, 1,298 km off; "Tavoy District" the colonial name's district
    assert coder.geocode("Dawai").raw["name"] == "Dawei"
    for query in ("Dawai district", "Tavoy District, Tenasserim"):
        assert (coder.geocode(query).raw["name"], coder.geocode(query).raw["kind"]) == (
            "Dawei",
            "district",
        )
    # and a township spelt as its seat town's skeleton is that township, not one slip from
    # another township's cited spelling ("Danai" is Tanai, not Dawei's "Dawai")
    loc = coder.geocode("Sabaw Maw mine, Danai township")
    assert (loc.raw["name"], loc.raw["kind"]) == ("Tanai", "township")


def test_a_cited_spelling_of_a_seat_town_also_names_its_township(coder):
    # aliases.csv gives "Depayin" for Tabayin town; Tabayin Township is written the same way
    loc = coder.geocode("Sagaing's Depayin Township")
    assert (loc.raw["name"], loc.raw["kind"]) == ("Tabayin", "township")
    assert coder.geocode("Depayin").raw["kind"] == "town"


@pytest.mark.parametrize(
    "query, name, kind",
    [
        ("စစ်ကိုင်းတိုင်း ကနီမြို့နယ်", "Kani", "township"),  # Sagaing Region, Kani Township
        ("ကနီမြို့နယ် နှောတောကျေးရွာ", "Hnaw Taw", "village"),  # Kani Township, Hnaw Taw village
        ("ကချင်ပြည်နယ် ဖားကန့်မြို့", "Hpakant", "town"),  # Kachin State, Hpakant town
        ("ရှမ်းပြည်နယ် (မြောက်)", "Shan (North)", "state"),  # one name, with its space
        # MIMU writes "ရှမ်းပြည်နယ် (မြောက်)"; Burmese news "... မြောက်ပိုင်း" (northern part)
        ("ရှမ်းပြည်နယ်မြောက်ပိုင်း", "Shan (North)", "state"),
        ("ပဲခူးတိုင်းအရှေ့ပိုင်း", "Bago (East)", "state"),
    ],
)
def test_burmese_parts_separated_by_spaces(coder, query, name, kind):
    loc = coder.geocode(query)
    assert (loc.raw["name"], loc.raw["kind"]) == (name, kind)
    assert loc.raw["match"] != "qualifier"


def test_a_populated_village_outranks_unpeopled_village_tracts_of_its_name(coder):
    # GeoNames gives the Taw Pyar village of Kyunsu 8,804 people; the Taw Pyar village tract of
    # Nyaung-U, 1,000 km north, has no population to go by and no longer wins by its kind
    loc = coder.geocode("Taw Pyar")
    assert (loc.raw["kind"], loc.raw["admin3"]) == ("village", "Kyunsu")
    assert "GeoNames" in loc.raw["source"]


def _landmark_rows() -> pd.DataFrame:
    from mapper.gazetteer.sources import curated_path

    return pd.read_csv(curated_path("landmarks.csv"), dtype=str, keep_default_na=False)


def test_landmarks_are_cited_points_in_or_off_myanmar():
    rows = _landmark_rows()
    assert len(rows) >= 25 and rows["name"].is_unique
    assert rows["kind"].isin(["site", "town", "village"]).all()
    assert rows["precision"].isin(["exact", "approximate"]).all()
    assert rows["source_name"].str.len().gt(0).all()
    assert rows["source_url"].str.startswith("https://").all()
    # a landmark without a public coordinate sits at the MIMU place it names (located_at)
    placed = rows[rows["located_at"] == ""]
    assert (rows.loc[rows["located_at"] != "", ["latitude", "longitude"]] == "").all().all()
    lat, lon = placed["latitude"].astype(float), placed["longitude"].astype(float)
    assert lat.between(9.5, 28.6).all() and lon.between(92.0, 101.2).all()


def _landmark_point(gaz, row) -> tuple[float, float]:
    if not row.located_at:
        return float(row.latitude), float(row.longitude)
    host = gaz.places[gaz.places["pcode"] == row.located_at].iloc[0]
    return host["latitude"], host["longitude"]


def test_every_landmark_name_and_alias_finds_its_cited_point(coder):
    wrong = {}
    for row in _landmark_rows().itertuples():
        point = _landmark_point(coder.gazetteer, row)
        for query in [row.name, *filter(None, row.aliases.split("|"))]:
            loc = coder.geocode(query)
            if loc is None or loc.raw["name"] != row.name or loc.raw["kind"] != row.kind:
                wrong[query] = loc and (loc.raw["name"], loc.raw["kind"])
            elif km(loc, point) > 0.1:
                wrong[query] = round(km(loc, point), 1)
    assert not wrong, wrong


@pytest.mark.parametrize(
    "query, name, admin3",
    [
        ("near Camp Victoria, Thantlang Township", "Camp Victoria", "Thantlang"),
        ("Lweje town, Momauk Township", "Lwegel", "Momauk"),  # MIMU's spelling
        ("KK Park in Myawaddy Township, Kayin State", "KK Park", "Myawaddy"),
        ("Goteik viaduct, Nawnghkio", "Goteik viaduct", "Nawnghkio"),
        # were a Win Wa village tract 192 km away (fuzzy) and Mandalay Region's point
        ("near the Inwa Bridge, Sagaing Region", "Ava Bridge", "Sagaing"),
        ("University of Mandalay, Mandalay", "Mandalay University", "Mahaaungmyay"),
        # were Mandalay town, 32 km off, and Sagaing Region's point, 91 km off
        ("Mandalay airport", "Mandalay International Airport", "Tada-U"),
        ("Yadanabon bridge over the Irrawaddy at Sagaing", "Yadanabon Bridge", "Sagaing"),
    ],
)
def test_landmarks_as_news_names_them(coder, query, name, admin3):
    loc = coder.geocode(query)
    assert (loc.raw["name"], loc.raw["admin3"]) == (name, admin3)
    assert loc.raw["score"] == 1.0 and loc.raw["note"] is None


@pytest.mark.parametrize(
    ("query", "name", "kind"),
    [
        ("Kani TS", "Kani", "township"),  # spreadsheet abbreviations of the kind words
        ("Kani T/S", "Kani", "township"),
        ("Paletwa T/ship", "Paletwa", "township"),  # was the town at 0.84 (set 46)
        ("Myawaddy Twp", "Myawaddy", "township"),  # not the town (a fuzzy match before)
        ("Kani Twsp", "Kani", "township"),
        ("Sagaing Reg.", "Sagaing", "state"),
        ("Yangon Div", "Yangon", "state"),
        ("Mandalay Rgn", "Mandalay", "state"),
        ("Hpa-an Dist.", "Hpa-An", "district"),
        ("Tamu Tsp, Sagaing Reg.", "Tamu", "township"),  # was the fallback, score 0.4
    ],
)
def test_abbreviated_kind_words(coder, query, name, kind):
    loc = coder.geocode(query)
    assert (loc.raw["name"], loc.raw["kind"], loc.raw["score"]) == (name, kind, 1.0)


@pytest.mark.parametrize(
    ("query", "site"),
    [
        ("Shweli dam", "Shweli-1 hydropower plant"),  # was the village Shwe Li, 143 km off
        ("Shweli hydropower project", "Shweli-1 hydropower plant"),
        ("Tagaung nickel mine", "Tagaung Taung nickel mine"),  # was Takaung town, 20 km off
        ("Myitsone hydroelectric project", "Myitsone dam"),
        ("Kyaukphyu oil terminal", "Kyaukphyu deep-sea port"),  # the site's own name
        ("Made Island oil terminal", "Made Island"),
        ("Mong Ton hydropower dam", "Tasang dam"),  # alias "Mong Ton dam", in Mongton
        ("Goteik bridge", "Goteik viaduct"),  # a bridge is a viaduct
        ("Insein jail", "Insein Prison"),
    ],
)
def test_sites_named_in_other_words(coder, query, site):
    loc = coder.geocode(query)
    assert (loc.raw["name"], loc.raw["kind"], loc.raw["note"]) == (site, "site", None)
    assert loc.raw["score"] < 1.0 or query == "Made Island oil terminal"  # (now an alias)


def test_a_site_word_alone_does_not_make_a_site(coder):
    # an alias of Thilawa Port (Thanlyin) is "Yangon Port International Terminal"
    loc = coder.geocode("Yangon port")
    assert loc.raw["name"] == "Yangon" and loc.raw["kind"] != "site"
    assert coder.geocode("Shwe gas pipeline") is None  # no point site is a pipeline
    # a coal mine is not the Tigyit power station: kinds of facility differ
    assert coder.geocode("Tigyit coal mine").raw["name"] != "Tigyit power station"
    loc = coder.geocode("Myitkyina airport")  # no such site: the town, saying so
    assert (loc.raw["name"], loc.raw["kind"]) == ("Myitkyina", "town")
    assert loc.raw["note"].startswith("no site 'Myitkyina airport'")


@pytest.mark.parametrize(
    ("query", "site"),
    [
        # read one syllable at a time as MIMU spells them (each was a namesake or no match)
        ("တကောင်းတောင် နီကယ်စီမံကိန်း", "Tagaung Taung nickel mine"),  # was no match
        ("ရေရွာ ရေအားလျှပ်စစ်စက်ရုံ", "Yeywa dam"),  # was no match ("ရေ" village, and the rest)
        ("ရွှေလီ (၁) ရေအားလျှပ်စစ်စက်ရုံ", "Shweli-1 hydropower plant"),  # was a village 154 km off
        ("ဒါးပိန် ရေအားလျှပ်စစ်စက်ရုံ", "Dapein I hydropower plant"),  # was a village in Hlegu
        ("မြစ်ဆုံရေကာတာ", "Myitsone dam"),  # was 3 Myit Son village tracts, ambiguous
        ("သီလဝါ ဆိပ်ကမ်း", "Thilawa Port"),  # was no match
        ("ကျောက်ဖြူ ရေနက်ဆိပ်ကမ်း", "Kyaukphyu deep-sea port"),  # was Kyaukpyu town, 13 km off
        # the English name of the place of that Burmese name: Nay Pyi Taw, Mandalay
        ("နေပြည်တော် အပြည်ပြည်ဆိုင်ရာ လေဆိပ်", "Nay Pyi Taw International Airport"),
        ("မန္တလေး လေဆိပ်", "Mandalay International Airport"),  # was Mandalay town, 31 km off
        # the place, then what is made there: steel, textiles, glass, power (each no match)
        ("မြင်းခြံ သံမဏိစက်ရုံ", "Myingyan steel mill"),
        ("ပခုက္ကူ အထည်စက်ရုံ", "Pakokku textile mill"),  # a plant, not the Pakokku Bridge
        ("ကျောက်ဆည် ဖန်စက်ရုံ", "Kyaukse glass factory"),
        ("သာကေတ ဓာတ်အားပေးစက်ရုံ", "Thaketa gas-fired power plant"),
        ("အထက်ပေါင်းလောင်း ရေအားလျှပ်စစ်စီမံကိန်း", "Upper Paunglaung dam"),  # "upper"
    ],
)
def test_burmese_site_names_are_read_in_latin_letters(coder, query, site):
    loc = coder.geocode(query)
    assert (loc.raw["name"], loc.raw["kind"]) == (site, "site")
    assert 0.75 <= loc.raw["score"] < 1.0  # a reading, not the site's own name


def test_a_burmese_site_name_read_in_latin_letters_keeps_to_its_kind_and_place(coder):
    # a port named after Yangon is not Thilawa Port (Thanlyin) through an alias
    loc = coder.geocode("ရန်ကုန် ဆိပ်ကမ်း")
    assert (loc.raw["name"], loc.raw["kind"]) == ("Yangon", "town")
    # Kyaukphyu's SEZ is no port: the town, saying no such site is known
    loc = coder.geocode("ကျောက်ဖြူ အထူးစီးပွားရေးဇုန်")
    assert (loc.raw["name"], loc.raw["kind"]) == ("Kyaukpyu", "town")
    assert loc.raw["note"].startswith("no site")
    # a pharmaceutical plant at Monywa: no such site, the town at a lower score (was 1.0,
    # the plant read as a qualifier of "Monywa", which ends like "ရွာ", village)
    loc = coder.geocode("မုံရွာ ဆေးစက်ရုံ")
    assert (loc.raw["name"], loc.raw["kind"]) == ("Monywa", "town")
    assert loc.raw["note"].startswith("no site") and loc.raw["score"] < 0.7
    # a township, then a project of a name the gazetteer lacks: the township qualifies it
    loc = coder.geocode("မြဝတီမြို့နယ် ရွှေကုက္ကို မြို့သစ်စီမံကိန်း")  # Shwe Kokko new city
    assert (loc.raw["name"], loc.raw["kind"], loc.raw["match"]) == (
        "Myawaddy",
        "township",
        "qualifier",
    )


def test_burmese_syllables_and_their_learnt_spellings(coder):
    assert syllables("ရွှေလီ (၁)") == ["ရွှေ", "လီ", "1"]
    assert syllables("မန္တလေး") == ["မန္တ", "လေး"]  # a stacked consonant stays in its syllable
    assert syllables("သီလ၀ါ") == ["သီ", "လ", "ဝါ"]  # the digit ၀ written for the letter ဝ
    gaz = coder.gazetteer
    spellings = syllable_spellings(gaz)
    assert spellings["ရွာ"][0] == "ywar"  # MIMU's "Ye Ywar", "Kyauk Ywar" ...
    assert skeleton(normalize("Yeywa")) in latin_keys(gaz, "ရေရွာ")
    assert latin_keys(gaz, "ဈ္ဈဿ") == frozenset()  # a syllable never seen: no reading
    assert set(MM_FACILITY_KINDS) == set(MM_SITE_SUFFIXES)


def test_a_site_name_missing_a_word_ranks_the_closest_site_first(coder):
    found = coder.geocode("Chipwi hydropower dam", exactly_one=False)
    names = [loc.raw["name"] for loc in found]
    assert names[:2] == ["Chipwi hydropower project", "Chipwi Nge hydropower plant"]
    assert found[0].raw["score"] > found[1].raw["score"]


@pytest.mark.parametrize(
    ("query", "ends"),
    [
        ("Mogaung-Hpakant road", ("Mogaung", "Hpakant")),
        ("on the Lashio-Muse highway", ("Lashio", "Muse")),
        ("the road from Lashio to Muse", ("Lashio", "Muse")),
        ("between Hsipaw and Kyaukme", ("Hsipaw", "Kyaukme")),
        # a sentence's words before the first end are no part of it (was "Clashes on the Lashio")
        ("Clashes on the Lashio-Muse highway", ("Lashio", "Muse")),
    ],
)
def test_a_route_between_two_places_is_no_place_and_says_so(coder, query, ends):
    assert coder.geocode(query) is None  # never one end, as if the event were there
    assert coder.explain(query)["reason"] == (
        f"'{query}' lies between {ends[0]} and {ends[1]}, not at one place: "
        "geocode a place on the way, or one end"
    )


def test_a_route_with_an_unknown_end_or_a_place_beside_it():
    from mapper.gazetteer.query import route_ends

    assert route_ends("between Nowhere and Lashio") == ("Nowhere", "Lashio")
    assert route_ends("Kyaukme-Hsipaw") is None  # no route word: a name with a hyphen
    assert route_ends("a-" * 2000 + " road") is None  # too long to be a route


def test_route_reasons_need_both_ends_known(coder):
    reason = coder.explain("between Nowhere and Lashio")["reason"]
    assert reason == "no place named 'between Nowhere and Lashio' in the gazetteer"
    loc = coder.geocode("Lashio-Muse highway, Kutkai Township")  # the place beside it
    assert (loc.raw["name"], loc.raw["kind"]) == ("Kutkai", "township")


@pytest.mark.parametrize(
    ("query", "name", "admin1"),
    [
        ("the Kachin State capital Myitkyina", "Myitkyina", "Kachin"),  # was no match
        ("the Rakhine capital, Sittwe", "Sittwe", "Rakhine"),  # was a fallback, score 0.4
        ("Chin State capital Hakha", "Hakha", "Chin"),
        ("the state capital Loikaw", "Loikaw", "Kayah"),
        ("the Kayah State capital Loikaw, near the Thai border", "Loikaw", "Kayah"),
    ],
)
def test_a_capital_named_after_its_area(coder, query, name, admin1):
    loc = coder.geocode(query)
    assert (loc.raw["name"], loc.raw["kind"], loc.raw["admin1"]) == (name, "town", admin1)
    assert loc.raw["score"] == 1.0


@pytest.mark.parametrize(
    ("query", "name", "admin3"),
    [
        ("the Lay Kay Kaw area of Myawaddy township", "Lay Kay Kaw", "Myawaddy"),
        ("the Hpakant area of Kachin State", "Hpakant", "Hpakant"),
        ("the area of Kyaukme", "Kyaukme", "Kyaukme"),  # a leading phrase, as before
    ],
)
def test_a_named_area_of_a_place(coder, query, name, admin3):
    loc = coder.geocode(query)  # no match before: the owner was read as part of the name
    assert (loc.raw["name"], loc.raw["admin3"], loc.raw["score"]) == (name, admin3, 1.0)


def test_a_place_missing_from_a_named_area_falls_back_to_the_area_it_names(coder):
    # (a name no gazetteer has; UCDP's "Konslam", once this test's, is now a cited alias)
    loc = coder.geocode("Qxzzy village in the Mong Ngaw area of Kyaukme township")
    assert (loc.raw["name"], loc.raw["kind"]) == ("Kyaukme", "township")
    assert loc.raw["note"].endswith("not found; located to the qualifying township")


@pytest.mark.parametrize(
    ("query", "town", "admin3"),
    [
        ("Sagaing prison", "Sagaing", "Sagaing"),  # was the region: Monywa's point, 86 km off
        ("Tanintharyi police station", "Tanintharyi", "Tanintharyi"),  # was Dawei's, 238 km
        ("Mandalay prison", "Mandalay", "Chanayethazan"),
        ("Magway hospital", "Magway", "Magway"),
    ],
)
def test_a_facility_named_after_a_place_is_in_its_town(coder, query, town, admin3):
    loc = coder.geocode(query)
    assert (loc.raw["name"], loc.raw["kind"], loc.raw["admin3"]) == (town, "town", admin3)
    assert loc.raw["note"] == f"no site '{query}' in the gazetteer: located to a place of its name"
    bare = coder.geocode(town)  # a bare name still prefers the larger place
    assert bare.raw["kind"] == "state"


def test_a_facility_named_after_a_state_without_a_town_of_its_name_is_in_the_state(coder):
    loc = coder.geocode("Kachin jade mine")
    assert (loc.raw["name"], loc.raw["kind"]) == ("Kachin", "state")


@pytest.mark.parametrize(
    ("query", "town", "admin1"),
    [
        ("the capital of Kachin State", "Myitkyina", "Kachin"),  # data/gazetteer/capitals.csv
        ("Sagaing Region's capital", "Monywa", "Sagaing"),
        ("capital of Shan (North)", "Lashio", "Shan (North)"),
        ("the capital of Kani Township", "Kani", "Sagaing"),  # a township's seat
    ],
)
def test_the_capital_of_an_area(coder, query, town, admin1):
    loc = coder.geocode(query)  # no match before
    assert (loc.raw["name"], loc.raw["kind"], loc.raw["admin1"]) == (town, "town", admin1)


def test_the_capital_of_a_place_that_is_no_area_is_no_place(coder):
    assert coder.geocode("the capital of Lashio") is None


def test_a_respelling_far_from_the_name_says_so(coder):
    loc = coder.geocode("Khin Oo")  # Khin-U, whose skeleton it shares, spelt far from it
    assert (loc.raw["name"], loc.raw["match"], loc.raw["score"] < 0.75) == (
        "Khin-U",
        "variant",
        True,
    )
    assert loc.raw["note"] == "closest spelling (a respelling far from the name); check the name"
    assert coder.geocode("Kyaukphyu").raw["note"] is None  # a close respelling says nothing


def test_a_great_river_s_name_is_no_respelling_of_a_place(coder):
    # the Salween and the Chindwin share their skeletons with villages (Shar Lwin, Chin Twin)
    assert coder.geocode("Salween") is None
    assert coder.geocode("Upper Chindwin") is None


def test_a_ward_qualified_by_a_town_lies_in_that_town(coder):
    # Lashio has no "No (3) Ward"; Hseni, another town of Lashio district, has one
    loc = coder.geocode("No. 3 Ward, Lashio")
    assert (loc.raw["name"], loc.raw["kind"]) == ("Lashio", "town")
    assert loc.raw["note"] == "'No. 3 Ward, Lashio' not found; located to the qualifying town"
    loc = coder.geocode("Myo Wan Ward, Lashio")  # a ward Lashio has
    assert (loc.raw["name"], loc.raw["kind"], loc.raw["admin3"]) == (
        "Myo Wan Ward",
        "ward",
        "Lashio",
    )
    # a city with no town P-code of its own admits the wards of its townships, as before
    loc = coder.geocode("Kyauk Myaung Ward, Yangon")
    assert (loc.raw["kind"], loc.raw["admin3"]) == ("ward", "Tamwe")


@pytest.mark.parametrize(
    "query",
    [
        "Ward 3, Hseni",
        "Ward No. 3, Hseni",
        "Ward (3), Hseni",
        "3rd Ward, Hseni",
        "Ward 3 of Hseni",
        "Hseni Township, Ward No. 3",  # the ward is the target, written second
    ],
)
def test_a_numbered_ward_as_news_writes_it(coder, query):
    loc = coder.geocode(query)  # MIMU: "No (3) Ward"; the town alone before
    assert (loc.raw["name"], loc.raw["kind"], loc.raw["admin3"]) == ("No (3) Ward", "ward", "Hseni")


def test_a_numbered_ward_is_known_by_its_number_only():
    from mapper.gazetteer.build import name_forms

    # "No Ward" was an alias of some 1,300 numbered wards: "No (9) Ward" found "No (16) Ward"
    assert [form for form, _ in name_forms("No (16) Ward")] == ["No (16) Ward", "No (16)"]
    assert "အမှတ် ရပ်ကွက်" not in [form for form, _ in name_forms("အမှတ် (၁၆) ရပ်ကွက်")]
    assert "Kone Nyaung" in [form for form, _ in name_forms("Kone Nyaung (2)")]  # a name
    nested = [form for form, _ in name_forms("No (1) Ward (Tha Maing Bu Tar (West))")]
    assert "No Ward" not in nested and "No Ward)" not in nested


def test_a_ward_number_is_never_read_as_another_number(coder):
    # five Yangon villages are called "Ward 1" ... "Ward 5": the name as written comes first
    loc = coder.geocode("Ward 3, Dagon Myothit (North)")
    assert (loc.raw["name"], loc.raw["kind"]) == ("Ward 3", "village")
    # no "No (9) Ward" there: not "No (16) Ward" (0.94 before, by "No Ward"), but the town
    for query in ("Ward 9, Dagon Myothit (North)", "No (9) Ward, Dagon Myothit (North)"):
        loc = coder.geocode(query)
        assert loc.raw["kind"] == "town"
        assert loc.raw["note"].endswith("located to the qualifying town")


@pytest.mark.parametrize(
    ("query", "admin3"),
    [
        ("Yangon-Hlaing Tharyar", "Hlaingtharya"),  # ACLED's city-township locations
        ("Yangon - North Okkalapa", "North Okkalapa"),
        ("Mandalay-Chanayethazan", "Chanayethazan"),
        ("Naypyitaw-Zabuthiri", "Za Bu Thi Ri"),
    ],
)
def test_a_place_written_after_its_city_and_a_hyphen(coder, query, admin3):
    loc = coder.geocode(query)  # no match before
    assert (loc.raw["admin3"], loc.raw["kind"]) == (admin3, "town")


def test_a_hyphen_inside_a_name_or_before_an_unknown_place_stays(coder):
    assert coder.geocode("Hpa-An").raw["name"] == "Hpa-An"
    assert coder.geocode("Yangon-Nowhere") is None  # not Yangon itself, as if found there


def test_site_name_words_and_facility_kinds():
    from mapper.gazetteer.sites import name_and_facilities
    from mapper.gazetteer.text import normalize, skeleton

    words, kinds = name_and_facilities("Shweli No. 1 hydropower project")
    assert words == (skeleton(normalize("Shweli")), "1") and kinds == {"hydropower"}
    assert name_and_facilities("Kyaukphyu crude oil terminal")[1] == {"port"}
    assert name_and_facilities("Kyaukpyu port")[0] == name_and_facilities("Kyaukphyu dam")[0]
    assert name_and_facilities("New Yangon City project") == (
        tuple(skeleton(normalize(w)) for w in ("New", "Yangon", "City")),
        frozenset(),
    )


def test_an_answer_located_by_a_site_name_or_of_another_kind_says_so(coder):
    loc = coder.geocode("Hpakant jade mines")  # no such site: the town it is named after
    assert (loc.raw["name"], loc.raw["kind"]) == ("Hpakant", "town")
    assert "no site 'Hpakant jade mines'" in loc.raw["note"]
    assert coder.geocode("Letpadaung copper mine").raw["note"] is None  # a site itself
    loc = coder.geocode("Loikaw prison")  # a facility named after its town: the town
    assert (loc.raw["name"], loc.raw["kind"]) == ("Loikaw", "town")
    assert (
        loc.raw["note"]
        == "no site 'Loikaw prison' in the gazetteer: located to a place of its name"
    )
    assert coder.geocode("Insein Prison").raw["kind"] == "site"  # a landmark of its own
    loc = coder.geocode("Ava")  # Inwa's old name, not a Chinese city's alternate name
    assert (loc.raw["name"], loc.raw["admin1"]) == ("Inwa", "Mandalay")
    loc = coder.geocode("Nyaung Pin Thar Township")  # no township so named; villages are
    assert loc.raw["kind"] == "village"
    assert loc.raw["note"].endswith("(no township of this name: found a village)")


def test_a_direction_word_dropped_from_a_name_is_said(coder):
    loc = coder.geocode("northern Kachin")
    assert (loc.raw["name"], loc.raw["kind"]) == ("Kachin", "state")
    assert loc.raw["note"] == "located to Kachin as a whole; the text names its northern part"
    loc = coder.geocode("northern Shan State")  # MIMU's own part of Shan: nothing dropped
    assert (loc.raw["name"], loc.raw["note"]) == ("Shan (North)", None)
    # Yangon's new towns by their common English names (aliases.csv), not Dagon downtown
    for query, part in (("South Dagon Township", "South"), ("Dagon Seikkan", "Seikkan")):
        loc = coder.geocode(query)
        assert loc.raw["name"] == f"Dagon Myothit ({part})" and loc.raw["note"] is None


@pytest.mark.parametrize(
    "query, name, kind",
    [
        ("Htilin", "Tilin", "town"),  # not the village Hti Lin in Hopong
        ("Htilin Township", "Tilin", "township"),
        ("Kyaingtong", "Kengtung", "town"),
        # the town, not Loikaw's village Kyaing Ton (aliases.csv; was that village)
        ("Kyaington", "Kengtung", "town"),
        ("Momeik", "Mongmit", "town"),
        ("Hsawlaw", "Tsawlaw", "township"),  # Hsawlaw town is another town of the township
        ("Zeyathiri Township, Nay Pyi Taw", "Zay Yar Thi Ri", "township"),
        ("Kehsi Township, southern Shan State", "Kyethi", "township"),
        ("Mottama", "Mottama", "town"),  # GeoNames' Martaban, shown by its current name
        ("Kindat", "Kin Tat", "village_tract"),  # the Chindwin town, MIMU's Kin Tat of Mawlaik
    ],
)
def test_spellings_news_use_for_towns_and_townships(coder, query, name, kind):
    loc = coder.geocode(query)
    assert (loc.raw["name"], loc.raw["kind"]) == (name, kind)
    assert loc.raw["score"] == 1.0


@pytest.mark.parametrize(
    "text, km_, bearing",
    [
        ("16 miles west of Ngape town", 16 * 1.609344, 270.0),
        ("10 km NE of Lashio", 10.0, 45.0),
        ("Kun-Hing Town (1-1/2 miles southwest of Kun-Hing town)", 1.5 * 1.609344, 225.0),
        ("Laythar village - around 4-5 miles north of Htigyaing town", 4.5 * 1.609344, 0.0),
        ("five furlongs south-east of Ye", 5 * 0.201168, 135.0),
        ("the base about 3 km to the south of the town of Mindat", 3.0, 180.0),
    ],
)
def test_find_offset_reads_distance_and_direction(text, km_, bearing):
    from mapper.gazetteer.offsets import find_offset

    offset = find_offset(text)
    assert offset is not None
    assert offset.km == pytest.approx(km_) and offset.bearing == bearing


@pytest.mark.parametrize(
    "text", ["Mile 5 village", "Ten Mile village", "5 km road", "10 km ne of Lashio", "Lashio"]
)
def test_find_offset_leaves_other_text_alone(text):
    from mapper.gazetteer.offsets import find_offset

    assert find_offset(text) is None  # "ne": compass abbreviations count in capitals only


@pytest.mark.parametrize(
    "text", ["501 km north of Lashio", "320 miles north of Lashio", "0 km from Lashio"]
)
def test_a_distance_out_of_range_is_no_match_not_the_place(coder, text):
    """It was Lashio itself with score 1 and no note: the distance silently dropped."""
    assert coder.geocode(text) is None
    reason = coder.explain(text)["reason"]
    assert reason.startswith(f"'{text}' is not measured") and "500 km" in reason
    assert coder.geocode("500 km west of Sittwe").raw["kind"] == "offset"


def test_a_distance_and_direction_from_a_place_is_a_point_offset_from_it(coder):
    ngape = coder.geocode("Ngape town")
    loc = coder.geocode("16 miles west of Ngape town")
    assert (loc.raw["kind"], loc.raw["match"], loc.raw["precision"]) == (
        "offset",
        "offset",
        "approximate",
    )
    assert loc.raw["name"] == "16 miles west of Ngape" and loc.raw["pcode"] is None
    assert loc.raw["note"] == "located 16 miles west of Ngape, measured from Ngape's point"
    azimuth, _, metres = GEOD.inv(ngape.longitude, ngape.latitude, loc.longitude, loc.latitude)
    assert metres / 1000 == pytest.approx(16 * 1.609344, abs=0.01)
    assert azimuth % 360 == pytest.approx(270.0, abs=0.01)
    assert loc.raw["score"] == pytest.approx(0.8 * ngape.raw["score"])
    # a named place that is not in the gazetteer: the point, and the name said to be missing
    loc = coder.geocode("Xyzzyq Village, about 3 km south of Mrauk-U township's urban center")
    assert loc.raw["kind"] == "offset" and loc.raw["note"].startswith("'Xyzzyq Village' not found")
    assert km(loc, coder.geocode("Mrauk-U town")) == pytest.approx(3.0, abs=0.01)
    # ... and a close spelling of a village of the town's township, where the text puts it:
    # that village (UCDP's "Baungdwat" for Baung Dut, 1.3 km from the point measured)
    loc = coder.geocode("Baungdwat Village, about 3 km south of Mrauk-U township's urban center")
    assert (loc.raw["name"], loc.raw["admin3"]) == ("Baung Dut", "Mrauk-U")
    # the batch API gives the same point
    row = geocode(["16 miles west of Ngape town"], progress=False).iloc[0]
    assert (row["kind"], row["admin1"]) == ("offset", None)
    assert km(coder.geocode("16 miles west of Ngape town"), (row.latitude, row.longitude)) < 1e-6


def test_a_named_place_where_the_distance_puts_it_is_taken(coder):
    # four villages are named Kone Hsar; the one about 13 km north-east of Lashio is meant
    loc = coder.geocode("Kone Sar village, about 13 kilometres northeast of Lashio town")
    assert (loc.raw["name"], loc.raw["kind"], loc.raw["admin3"]) == (
        "Kone Hsar",
        "village",
        "Lashio",
    )
    assert loc.raw["score"] > 0.9  # not halved for its namesakes elsewhere
    assert loc.raw["note"] == "the village of this name about 13 kilometres northeast of Lashio"
    assert coder.geocode("Kone Sar village").raw["note"].startswith("ambiguous")
    loc = coder.geocode("Mali Yang village is located 12 kilometers east of Sumpra Bum town.")
    assert (loc.raw["name"], loc.raw["admin3"]) == ("Mali Yang", "Sumprabum")
    # what happened there ("Clash") read as the town's own township is no place at that
    # distance: the point (was Kunhing Township at 1.0, "the township of this name ..."; set 167)
    loc = coder.geocode("Clash 1-1/2 miles southwest of Kun-Hing town, Shan State")
    assert (loc.raw["kind"], loc.raw["name"]) == ("offset", "1-1/2 miles southwest of Kunhing")
    # a town at that distance from a village of its own township is a place there, not the
    # area holding it: was the point, "'Mong Ton town' not found there" (set 258)
    loc = coder.geocode("Mong Ton town, 28 miles north of Ponparkyin, came under artillery fire")
    assert (loc.raw["name"], loc.raw["kind"], loc.raw["score"]) == ("Mongton", "town", 1.0)


def test_a_distance_with_no_usable_direction_is_said(coder):
    loc = coder.geocode("30 miles from Lashio town")
    assert (loc.raw["name"], loc.raw["kind"]) == ("Lashio", "town")
    assert loc.raw["score"] == 0.5
    assert loc.raw["note"] == "the text gives no direction: located to Lashio, 30 miles from Lashio"
    loc = coder.geocode("50 km north of Shan State")  # a state is no point to measure from
    assert (loc.raw["name"], loc.raw["kind"], loc.raw["score"]) == ("Shan", "state", 0.5)
    assert loc.raw["note"] == "located to Shan as a whole; the text places it 50 km north of Shan"


def test_a_village_tract_named_beats_a_distance_in_no_direction(coder):
    # the village is not found, but the text names its tract: closer than "10 miles from" a
    # town in any direction (was Mongngawt at 0.5, 16.8 km off; blind set 101)
    loc = coder.geocode(
        "Tao Hpai village in Kun Kaw village tract, about 10 miles from Mongngawt, Kyaukme Township"
    )
    assert (loc.raw["name"], loc.raw["kind"], loc.raw["admin3"]) == (
        "Kun Kaw",
        "village_tract",
        "Kyaukme",
    )
    assert loc.raw["score"] == 0.4 and "not found" in loc.raw["note"]
    # with a direction the point measured stays the answer
    loc = coder.geocode("Zzyzx village in Kun Kaw village tract, 5 miles east of Mongngawt")
    assert loc.raw["kind"] == "offset"


def test_batch_input_that_is_no_text_gets_a_reason_not_a_crash():
    names = pd.Series(
        ["Lashio", pd.NA, "\ud800", "Muse\udc00", "1", None], index=list("abcdef"), dtype=object
    )
    result = geocode(names, progress=False)
    assert list(result.index) == list("abcdef")  # a Series keeps its index: rows join back
    assert result.loc["a", "name"] == "Lashio" and result.loc["b", "reason"] == "empty query"
    for key in ("c", "d"):
        assert result.loc[key, "reason"].startswith("query is not valid Unicode text")
        assert "\ufffd" in result.loc[key, "query"]  # writable as UTF-8
    assert result.loc["e", "reason"] == "query has no letters (a number is no place name)"
    typed = geocode(pd.Series(["Muse", None], dtype="string"), progress=False)
    assert list(typed["name"].fillna("-")) == ["Muse", "-"]


def test_a_name_of_its_own_beats_another_place_s_alternate_name(coder):
    # GeoNames also calls Pangsang (Wa) "Pang Hseng", the Muse township town MIMU names so
    loc = coder.geocode("Pang Hseng")
    assert (loc.raw["name"], loc.raw["admin3"]) == ("Pang Hseng (Kyu Koke)", "Muse")


def test_places_tied_for_an_ambiguous_name_share_the_doubt(coder):
    found = coder.geocode("Nyaung Pin", exactly_one=False)
    assert found[0].raw["note"].startswith("ambiguous: 47 villages")
    assert found[0].raw["score"] == found[1].raw["score"] == 0.5


def test_a_village_with_a_known_population_is_not_sure_among_namesakes(coder):
    # GeoNames gives the population of a few villages and MIMU of none: that one "Kan" is
    # known to have people is no sign it is the Kan meant among the country's 26 villages
    found = coder.geocode("Kan village", exactly_one=False)
    assert found[0].raw["note"] == (
        "ambiguous: 26 villages share this name; add a township or state"
    )
    assert [f.raw["score"] for f in found[:3]] == [0.5, 0.5, 0.5]
    names = coder.gazetteer.places
    kans = names[(names["name"] == "Kan") & (names["kind"] == "village")]
    assert len(kans) >= 26 and kans["population"].notna().sum() >= 1


def test_a_town_with_a_known_population_is_not_sure_among_namesake_towns(coder):
    # Htantabin is the seat of a township in Yangon and of one in Bago (East), 209 km apart;
    # GeoNames gives the Yangon town's population and not the other's, which says nothing of
    # its size: the Yangon town comes first, in doubt, the other next to it
    found = coder.geocode("Htantabin town", exactly_one=False)
    assert [(f.raw["admin1"], f.raw["score"]) for f in found[:2]] == [
        ("Yangon", 0.5),
        ("Bago (East)", 0.5),
    ]
    assert found[0].raw["note"] == "ambiguous: 2 towns share this name; add a township or state"
    loc = coder.geocode("Htantabin town, Bago Region")  # a qualifier settles it
    assert (loc.raw["admin1"], loc.raw["score"], loc.raw["note"]) == ("Bago (East)", 1.0, None)


def test_a_seat_among_far_namesakes_is_first_but_not_sure(coder):
    # two Bant Bway villages in Sagaing Region, 115 km apart: Pale's is its tract's main
    # village and comes first, yet the text does not say which one is meant
    found = coder.geocode("Bant Bway village in Sagaing region", exactly_one=False)
    first = found[0].raw
    assert (first["name"], first["admin3"], first["score"]) == ("Bant Bway", "Pale", 0.5)
    assert first["note"] == (
        "ambiguous: 2 villages share this name; add a township or state; "
        "first: the village tract's main village"
    )
    assert {(f.raw["admin3"], f.raw["score"]) for f in found[:2]} == {
        ("Pale", 0.5),
        ("Tabayin", 0.5),
    }
    loc = coder.geocode("Bant Bway village, Tabayin Township")  # a qualifier settles it
    assert (loc.raw["admin3"], loc.raw["score"], loc.raw["note"]) == ("Tabayin", 1.0, None)
    tatkon = coder.geocode("Tatkon").raw  # the township's seat, and a town of that name
    assert (tatkon["admin3"], tatkon["score"]) == ("Tatkon", 0.5)
    assert tatkon["note"].endswith("first: the township's seat")


def test_a_town_asked_for_that_is_a_village_tract_is_its_main_village(coder):
    # no town is named Mone: Kyaukkyi's Mone village tract and its main village Mone are; the
    # village is the settlement a "town" means (the tract is placed at it too)
    loc = coder.geocode("Mone town").raw
    assert (loc["name"], loc["kind"], loc["admin3"]) == ("Mone", "village", "Kyaukkyi")
    assert loc["note"] == "no town of this name: found a village"
    # a tract of the name elsewhere (Kayin's Min Zi, 590 km from Rakhine's) keeps it in doubt
    found = coder.geocode("Minzi town", exactly_one=False)
    assert [(f.raw["kind"], f.raw["admin1"], f.raw["score"]) for f in found[:2]] == [
        ("village", "Rakhine", 0.425),
        ("village_tract", "Kayin", 0.425),
    ]
    assert found[0].raw["note"].endswith("first: the village tract's main village")


def _namesakes_km(coder, loc, name: str, township: str) -> list[float]:
    """Great-circle distances (km) from ``loc`` to every village called ``name`` in
    ``township``, nearest first."""
    from pyproj import Geod

    places = coder.gazetteer.places
    same = places[
        (places["name"] == name) & (places["kind"] == "village") & (places["admin3"] == township)
    ]
    _, _, metres = Geod(ellps="WGS84").inv(
        [loc.longitude] * len(same), [loc.latitude] * len(same), same["longitude"], same["latitude"]
    )
    return sorted(float(m) / 1000 for m in metres)


def test_among_namesakes_alike_the_one_where_most_of_them_stand_comes_first(coder):
    # four Tha Yet Taw villages in Kyaiklat Township, nothing to tell them apart: two stand
    # within 10 km of each other, so the answer is one of those two (the likelier to be
    # within a few km of the one meant), and the note says why it is first
    loc = coder.geocode("Tha Yet Taw village, Kyaiklat Township")
    km = _namesakes_km(coder, loc, "Tha Yet Taw", "Kyaiklat")
    assert len(km) == 4 and km[0] == pytest.approx(0, abs=1e-6) and km[1] <= 10 < km[2]
    assert loc.raw["score"] == 0.5
    assert loc.raw["note"] == (
        "ambiguous: 4 villages in one township share this name; add the village tract; "
        "first: where 2 of them lie within 10 km"
    )
    # four Kyaung Su villages in Minhla Township (Bago): the one in their middle lies within
    # 10 km of each, so the answer is near whichever is meant, and says how many there are
    loc = coder.geocode("ကျောင်းစုကျေးရွာ၊ Minhla Township")
    km = _namesakes_km(coder, loc, "Kyaung Su", "Minhla")
    assert len(km) == 4 and km[0] == pytest.approx(0, abs=1e-6) and km[-1] <= 10
    assert (loc.raw["score"], loc.raw["admin1"]) == (1.0, "Bago (West)")
    assert loc.raw["note"] == "4 places of this name lie within 10 km of this one"


def test_among_namesakes_as_clustered_the_most_central_comes_first(coder):
    # four Htan Kone villages in Ingapu Township, each within 10 km of the others: the first
    # in the ranking's order stands at their edge, 10 km from two of them (the one meant in
    # an evaluation query was 10 km off); the answer is the one nearest to all the others
    loc = coder.geocode("Htan Kone village in Ingapu township")
    km = _namesakes_km(coder, loc, "Htan Kone", "Ingapu")
    assert len(km) == 4 and km[0] == pytest.approx(0, abs=1e-6) and km[-1] < 9.6
    places = coder.gazetteer.places
    others = places[
        (places["name"] == "Htan Kone")
        & (places["kind"] == "village")
        & (places["admin3"] == "Ingapu")
    ]
    sums = [
        sum(_namesakes_km(coder, SimpleNamespace(**row), "Htan Kone", "Ingapu"))
        for row in others[["latitude", "longitude"]].to_dict("records")
    ]
    assert sum(km) == pytest.approx(min(sums), abs=0.01)
    assert loc.raw["note"] == "4 places of this name lie within 10 km of this one"


def test_a_list_of_places_of_one_kind_is_located_to_the_first(coder):
    loc = coder.geocode("between Htar Le and Htar Du Khee villages, Hpruso Township")
    assert (loc.raw["name"], loc.raw["kind"], loc.raw["admin3"]) == ("Htar Le", "village", "Hpruso")
    assert loc.raw["note"] == "the text names several villages: located to the first, 'Htar Le'"
    loc = coder.geocode("Shan and Kachin states")
    assert (loc.raw["name"], loc.raw["kind"]) == ("Shan", "state")


def test_a_place_abroad_is_found_fuzzily_by_its_own_name_only(coder):
    # UCDP's "Maladaw town" is 1,100 km from Malda, West Bengal (GeoNames alternate "Malada")
    assert coder.geocode("Maladaw town") is None
    loc = coder.geocode("Kunmng")  # a typo of a city's own name is still found, and said so
    assert loc.raw["name"] == "Kunming" and loc.raw["note"].startswith("closest spelling")


def test_mong_ko_is_mimus_monekoe(coder):
    for query in ("Mong Ko", "Mongko town, Muse Township", "Mongkoe", "Mungkoe town"):
        loc = coder.geocode(query)
        assert (loc.raw["name"], loc.raw["kind"], loc.raw["admin3"]) == ("Monekoe", "town", "Muse")
    tract = coder.geocode("Mong Koe village tract, Tachileik Township").raw  # MIMU's own name
    assert (tract["kind"], tract["admin3"]) == ("village_tract", "Tachileik")


def test_a_respelling_of_the_whole_text_does_not_hide_the_name_as_written(coder):
    # "Bahan town" is the Yangon township's town, not a respelling of "Hpa-an Town"
    loc = coder.geocode("Bahan town")
    assert (loc.raw["name"], loc.raw["admin1"]) == ("Bahan", "Yangon")
    # ... while a respelt site still comes before the place it is named after
    loc = coder.geocode("Nay Pyi Taw airport")
    assert (loc.raw["name"], loc.raw["kind"]) == ("Nay Pyi Taw International Airport", "site")


def test_a_place_abroad_by_an_alternate_name_comes_after_myanmar_places(coder):
    # GeoNames gives Ruili (Mengmao) the alternate name "Mongmao"; MIMU's Mongmao is the Wa
    # town (added_towns.csv) and township
    loc = coder.geocode("Mongmao town")
    assert (loc.raw["name"], loc.raw["kind"], loc.raw["country"]) == ("Mongmao", "town", "MM")
    assert loc.raw["note"] is None
    assert coder.geocode("Mengmao").raw["name"] == "Ruili"  # its own GeoNames name


@pytest.mark.parametrize(
    "query, name, kind",
    [
        ("ကော့မှုးမြို့နယ်", "Kawhmu", "township"),  # short u for MIMU's long ူ
        ("ရနကုန", "Yangon", "state"),  # asats left out; a bare name is the larger place
    ],
)
def test_burmese_spelling_variants_find_the_place(coder, query, name, kind):
    loc = coder.geocode(query)
    assert (loc.raw["name"], loc.raw["kind"]) == (name, kind)
    assert loc.raw["match"] == "variant"


def test_sites_with_no_coordinate_of_their_own_say_where_they_are_placed():
    found = geocode(["S&K copper mine", "Salingyi Township", "Upper Yeywa dam"])
    found = found.assign(lat=found.geometry.y, lon=found.geometry.x)
    mine, township, upper = found.itertuples()
    assert mine.kind == "site" and (mine.lat, mine.lon) == (township.lat, township.lon)
    assert mine.reason == "no coordinate of the site itself: located to Salingyi Township"
    # "Upper Yeywa" is its own dam on the Namtu, not the Yeywa dam as a whole
    yeywa = geocode(["Yeywa dam"]).geometry.iloc[0]
    _, _, km = GEOD.inv(upper.lon, upper.lat, yeywa.x, yeywa.y)
    assert upper.name == "Upper Yeywa hydropower project" and km / 1000 > 50
    assert pd.isna(upper.reason) or "as a whole" not in upper.reason


@pytest.mark.parametrize(
    "query, name",
    [
        ("ရှမ်းပြည်နယ်(မြောက်ပိုင်း)", "Shan (North)"),
        ("ရှမ်းပြည်နယ် (မြောက်ပိုင်း)", "Shan (North)"),
        ("ရှမ်းပြည်နယ်(တောင်ပိုင်း)", "Shan (South)"),
        ("ရှမ်းပြည်နယ်(အရှေ့ပိုင်း)", "Shan (East)"),
        ("ပဲခူးတိုင်းဒေသကြီး(အနောက်ပိုင်း)", "Bago (West)"),
    ],
)
def test_burmese_state_part_in_parentheses_is_the_part_not_a_qualifier(coder, query, name):
    # "(မြောက်ပိုင်း)" was read as a place qualifying the state and matched a village "Shan"
    loc = coder.geocode(query)
    assert (loc.raw["name"], loc.raw["kind"]) == (name, "state")


@pytest.mark.parametrize(
    "query, name, admin3",
    [
        ("Mone Creek dam", "Mone Creek dam", "Sidoktaya"),
        # Burmese "chaung" is a creek: was Kyaukkyi's Mone village tract, 328 km off
        ("Mone Chaung dam", "Mone Creek dam", "Sidoktaya"),
        ("Mone Gyaung dam, Magway Region", "Mone Creek dam", "Sidoktaya"),
        ("Thaukyegat 2 dam", "Thaukyegat II hydropower plant", "Thandaunggyi"),
        ("Baluchaung 3 dam", "Baluchaung 3 hydropower plant", "Loikaw"),
        ("Thapanzeik dam", "Thapanzeik hydropower plant", "Kyunhla"),
        ("Yeni pulp and paper mill", "Yeni pulp and paper mill", "Oktwin"),
        ("Thanlyin glass bottle factory", "Thanlyin glass bottle factory", "Kyauktan"),
        ("Pakokku textile mill", "Pakokku textile mill", "Pakokku"),
        ("Thaketa power plant", "Thaketa gas-fired power plant", "Thaketa"),
        # funders' titles naming no place: were no match, or the country ("... Project in
        # Myanmar": its capital's point, 285 km off)
        (
            "Chinese Government provides RMB 100 million low-interest loan for Hand Tractor "
            "Factory Transformation Project in Myanmar",
            "Hand tractor factory (Inntakaw)",
            "Bago",
        ),
        (
            "China Eximbank provides preferential buyer's credit for New Tyre Factory Project",
            "New tyre factory (Bilin)",
            "Bilin",
        ),
        (
            "THSCAN Mobile X-Ray Container/Vehicle Inspection Project",
            "THSCAN mobile X-ray inspection system (Muse)",
            "Muse",
        ),
        (
            "Shandong Agricultural Industry & Commerce Group Corporation provides $25.45 "
            "million supplier credit for Dry Dockyard Construction Project in Myanmar",
            "Dry dockyard (Yangon)",
            "Kyeemyindaing",
        ),
        # the place it names is no MIMU place of that spelling (was In Kone, 391 km off)
        ("combine harvester plant in Inngone", "Combine harvester plant (Inngone)", "Kyaukse"),
    ],
)
def test_aiddata_geolocated_projects_are_sites(coder, query, name, admin3):
    # AidData GCDF 2.0 projects with an OSM geometry (data/gazetteer/sites.csv): the site,
    # not a namesake village hundreds of km off ("Thapanzeik dam" was Tha Hpan Seik, Magway)
    loc = coder.geocode(query)
    assert (loc.raw["name"], loc.raw["kind"], loc.raw["admin3"]) == (name, "site", admin3)


@pytest.mark.parametrize(
    "query, name, kind",
    [
        ("Demawso", "Demoso", "town"),
        ("Demawso Township", "Demoso", "township"),
        ("Belin", "Bilin", "town"),
        ("Belin Township, Mon State", "Bilin", "township"),
    ],
)
def test_news_spellings_of_karenni_and_mon_towns(coder, query, name, kind):
    loc = coder.geocode(query)
    assert (loc.raw["name"], loc.raw["kind"]) == (name, kind)


def test_geocode_table_places_each_name_inside_its_rows_areas():
    import mapper
    from mapper.errors import InputError

    table = pd.DataFrame(
        {
            "village": ["Nyaung Pin", "Nyaung Pin", None],
            "admin3": ["Pakokku", "Myaing", "Pakokku"],
            "query": ["mine", "mine", "mine"],  # an own column named like a result column
        }
    )
    placed = mapper.geocode_table(table, "village", within=["admin3"], workers=1)
    assert isinstance(placed, gpd.GeoDataFrame) and len(placed) == 3
    assert placed["query"].tolist()[:2] == [
        "Nyaung Pin, Pakokku Township",
        "Nyaung Pin, Myaing Township",
    ]
    assert placed["admin3"].tolist()[:2] == ["Pakokku", "Myaing"]  # two namesakes apart
    assert placed["admin3_input"].tolist() == ["Pakokku", "Myaing", "Pakokku"]
    assert placed["query_input"].tolist() == ["mine"] * 3
    assert placed.geometry.iloc[2] is None and placed["reason"].iloc[2] == "empty query"
    with pytest.raises(InputError, match="no column 'tsp'; columns present: village, admin3"):
        mapper.geocode_table(table, "village", within=["tsp"])


def test_geocode_table_keeps_the_rows_index_and_reads_any_cell():
    """A filtered table's rows get their own answers back (the index was reset, so Muse's row
    got Lashio's point); numbers, "nan" cells, a qualifier that repeats the name, OCHA's
    ADM3_EN and case-only clashes with the result columns all work."""
    import mapper
    from mapper.errors import InputError

    table = pd.DataFrame(
        {
            "village": ["Nowhere", "Muse", "Lashio", "Muse Township", 5],
            "ADM3_EN": ["", "Muse", "nan", "Muse", 3.0],
            "Name": list("abcde"),  # a GeoPackage cannot hold "Name" beside "name"
        }
    )
    placed = mapper.geocode_table(table.iloc[1:], "village", within=["ADM3_EN"], workers=1)
    assert placed.index.tolist() == [1, 2, 3, 4]
    assert placed.loc[1, "query"] == "Muse, Muse Township" and placed.loc[1, "kind"] == "town"
    assert placed.loc[2, "query"] == "Lashio" and placed.loc[2, "name"] == "Lashio"
    assert placed.loc[3, "query"] == "Muse Township" and placed.loc[3, "kind"] == "township"
    assert placed.loc[4, "query"] == "5, 3" and placed.geometry.loc[4] is None
    assert placed["Name_input"].tolist() == list("bcde") and "Name" not in placed
    with pytest.raises(InputError, match="duplicate column 'village'"):
        mapper.geocode_table(pd.DataFrame([["Muse", "Muse"]], columns=["village"] * 2), "village")


@pytest.mark.parametrize(
    ("query", "name"),
    [
        # a project's status in brackets: Chipwi town at 0.7, 7 km off (set 45); the dam at
        # 0.7, "no site 'Myitsone dam (suspended)'"
        ("Chipwi hydropower project (suspended)", "Chipwi hydropower project"),
        ("Myitsone dam (suspended)", "Myitsone dam"),
        ("Kyaukphyu deep-sea port (planned)", "Kyaukphyu deep-sea port"),
    ],
)
def test_a_status_in_brackets_leaves_the_site(coder, query, name):
    loc = coder.geocode(query)
    assert (loc.raw["name"], loc.raw["kind"], loc.raw["score"]) == (name, "site", 1.0)


def test_a_town_named_with_its_region_is_the_town(coder):
    # "Bago, Bago Region": was Bago (East), half of that region, at 0.49 (set 257); as
    # "Tanintharyi, Tanintharyi Region" is the town, not the region qualifying itself
    for query, name in (("Bago, Bago Region", "Bago"), ("Tanintharyi, Tanintharyi Region", None)):
        loc = coder.geocode(query)
        assert loc.raw["kind"] == "town" and loc.raw["score"] == 1.0
        assert name is None or loc.raw["name"] == name


def _village_addresses(coder, n: int, seed: int, shapes: tuple[str, ...]) -> list[str]:
    """Addresses of ``n`` MIMU villages sampled with ``seed``, each in the next of ``shapes``
    ({v} village, {t} township, {s} state, {b} the village in Burmese, {bt} the township)."""
    places = coder.gazetteer.places
    villages = places[places["kind"] == "village"].sample(n, random_state=seed)
    townships = places[places["kind"] == "township"].drop_duplicates("admin3")
    burmese_township = dict(zip(townships["admin3"], townships["name_mm"], strict=True))
    return [
        shapes[i % len(shapes)].format(
            v=row.name,
            t=row.admin3,
            s=row.admin1,
            b=row.name_mm,
            bt=burmese_township.get(row.admin3, ""),
        )
        for i, row in enumerate(villages.itertuples())
    ]


def test_plain_addresses_are_split_as_the_full_parse_splits_them(coder):
    # the batch fast path reads "V village, T Township" without the full parse; it must give
    # the parts the full parse gives, for every MIMU village's name in the usual shapes
    from mapper.gazetteer.parts import split_parts
    from mapper.gazetteer.query import plain_parts

    shapes = (
        "{v} village, {t} Township",
        "{v} village in {t} township",
        "{v}, {t} Township, {s}",
        "{t} Township, {v} village",
        "{v} Village, {t}",
        "Myanmar, {v}",
    )
    plain = 0
    for query in _village_addresses(coder, 6000, 3, shapes):
        parts = plain_parts(query)
        if parts is not None:
            plain += 1
            assert parts == split_parts(query), query
    assert plain > 2000  # most are plain: the check above is not vacuous


def test_plain_addresses_read_at_once_are_answered_as_the_full_reading_answers(coder, monkeypatch):
    # resolve() answers a plain address (in English, or a Burmese village's) before any
    # report's rule looks at it (a fifth of the batch time); every candidate, score and note
    # must be what the full reading gives
    from mapper.gazetteer import resolve as reading

    shapes = (
        "{v} village, {t} Township",
        "{v} Village, {t} Township, {s}",
        "{v} village in {t} township",
        "{v}, {t}",
        "near {v}, {t}",
        "{t} Township, {s}",
        "{b}ကျေးရွာ၊ {t} Township",
        "{b}ရွာ၊ {bt}မြို့နယ်",
    )
    queries = _village_addresses(coder, 1500, 5, shapes)

    def answers() -> list[tuple]:
        found = [reading.resolve(coder.gazetteer, q, 10) for q in queries]
        return [
            (r.query, r.reason, [(c.place_id, c.score, c.match, c.note) for c in r.candidates])
            for r in found
        ]

    at_once = answers()
    read = [q for q in queries if reading.resolve_plain_address(coder.gazetteer, q, 10)]
    monkeypatch.setattr(reading, "resolve_plain_address", lambda *args: None)
    assert answers() == at_once
    # most are read at once, in either script: the comparison is not vacuous
    assert len(read) > 1000 and sum(not q.isascii() for q in read) > 200


@pytest.mark.parametrize(
    "query",
    [
        "Hpar Maik (1) village, Monghsat Township",
        "Maung Kyaw (Ywar Thit) village, Thandaunggyi Township",
        "Yawng Pang village, Hsawng Hpa (Saun Pha) Township",
        "Ah Pyin Pa Dan, Hlaingtharya (West) Township, Yangon",
        "In Ga Maw village, Myeik Township",
        "U To village, Hinthada Township",
        "Thant Shin Kan village, Nyaung-U Township",
        "near Taw Pawng, Hsawng Hpa (Saun Pha)",
        "ပန်ဟိုင်း (ထက်)ကျေးရွာ၊ Mong Pawk Township",
        "လန်းတောင်ကျေးရွာ၊ Puta-O Township",
    ],
)
def test_addresses_with_brackets_short_words_and_in_are_read_at_once(coder, monkeypatch, query):
    # MIMU's bracketed parts of names and areas ("Hpar Maik (1)", "Hsawng Hpa (Saun Pha)"),
    # one-letter words ("U To", "Nyaung-U") and names opening with "In": read at once by the
    # batch fast path (they took the full reading before, about a tenth of the batch and most
    # of its time), with every candidate, score and note the full reading gives
    from mapper.gazetteer import resolve as reading

    gaz = coder.gazetteer
    assert reading.resolve_plain_address(gaz, query, 10) is not None

    def answer() -> tuple:
        found = reading.resolve(gaz, query, 10)
        return found.reason, [(c.place_id, c.score, c.match, c.note) for c in found.candidates]

    at_once = answer()
    monkeypatch.setattr(reading, "resolve_plain_address", lambda *args: None)
    assert answer() == at_once
    assert at_once[1] and at_once[1][0][2] == "exact"


@pytest.mark.parametrize(
    ("query", "name", "admin3"),
    [
        # a MIMU name with its bracketed part, in an address: the place so named, not the
        # name before the bracket (was the village tract Pay Taw at 0.8; "near Kone Kan (Sei
        # Nay), Namhkan" was a village Sei Nay of Kachin State at 0.4, 80 km off)
        ("Pay Taw (Kan Pauk), Myingyan Township, Mandalay", "Pay Taw (Kan Pauk)", "Myingyan"),
        ("near Kone Kan (Sei Nay), Namhkan", "Kone Kan (Sei Nay)", "Namhkan"),
        ("Ho Nar (Set Taw) village, Langkho Township", "Ho Nar (Set Taw)", "Langkho"),
        ("စက်သား (ရွာသစ်)ကျေးရွာ၊ Mrauk-U Township", "Set Thar (Ywar Thit)", "Mrauk-U"),
    ],
)
def test_a_bracketed_name_in_an_address_is_found_as_written(coder, query, name, admin3):
    loc = coder.geocode(query)
    assert (loc.raw["name"], loc.raw["admin3"]) == (name, admin3)
    assert loc.raw["score"] >= 0.8


def test_bracketed_village_names_are_found_in_their_townships(coder):
    # MIMU's names with a bracketed part ("Kan Su (East)", "Than Bu La (Ywar Ma)") in the
    # usual address shape: the place of that very name (or its village tract of that name)
    places = coder.gazetteer.places
    villages = places[(places["kind"] == "village") & places["name"].str.contains(r"\(", na=False)]
    sample = villages.dropna(subset=["admin3"]).sample(400, random_state=5)
    wrong = []
    for row in sample.itertuples():
        loc = coder.geocode(f"{row.name} village, {row.admin3} Township")
        if loc is None or (loc.raw["name"], loc.raw["admin3"]) != (row.name, row.admin3):
            wrong.append((row.name, row.admin3, loc and loc.raw["name"]))
    assert len(wrong) <= 2, wrong[:10]  # (8 of 400 before: "Man Kat (Zay)" was Man Kat)


@pytest.mark.parametrize(
    ("query", "town"),
    [
        # a bare name respelling one town by a letter, spelt exactly as villages and tracts
        # only: the town, saying so (each was a village tract 90-663 km off; sets 182, 186, 200)
        ("Kyaukgyi", "Kyaukkyi"),
        ("Sintkaing", "Sintgaing"),
        ("ka li", "Kar Li"),
    ],
)
def test_a_bare_respelling_of_a_town_prefers_the_town(coder, query, town):
    loc = coder.geocode(query)
    assert (loc.raw["name"], loc.raw["kind"], loc.raw["score"]) == (town, "town", 0.7)
    assert loc.raw["note"].startswith(f"a respelling of the town {town}")
    # with its kind word, a village is still the village
    assert coder.geocode(f"{query} village").raw["kind"] == "village"


def test_a_cited_news_spelling_of_hopong(coder):
    # "Hopone" (infosheet.org): was a village Oe Pone of Ann Township, 351 km off (set 206)
    loc = coder.geocode("Hopone")
    assert (loc.raw["name"], loc.raw["kind"], loc.raw["admin3"]) == ("Hopong", "town", "Hopong")


@pytest.mark.parametrize(
    ("query", "town"),
    [("Thone Gwa", "Thongwa"), ("Tharzi", "Thazi"), ("Chan Aye Thar Zan", "Chanayethazan")],
)
def test_a_bare_name_spelt_as_wards_and_villages_that_respells_a_town(coder, query, town):
    # a ward of the name too: was one of 28 Thone Gwa villages (68 km from Thongwa)
    found = coder.geocode(query).raw
    assert (found["name"], found["kind"], found["score"]) == (town, "town", 0.7)


def test_a_village_by_its_own_name_beats_a_geonames_place_by_an_alternate_name(coder):
    # GeoNames' Pāchaung (population 668) lists "Par Saung" among its alternate names; MIMU's
    # Par Saung village of Hkamti is that name itself (was Pāchaung at 1.0, 6.3 km off: a
    # known population ranked it as large as a village tract; set 288)
    loc = coder.geocode("Par Saung village, Hkamti Township")
    assert (loc.raw["name"], loc.raw["kind"], loc.raw["admin3"]) == (
        "Par Saung",
        "village",
        "Hkamti",
    )
    assert "MIMU" in loc.raw["source"]


def test_every_mimu_area_town_and_ward_is_found_by_its_pcode(coder):
    # monitors and humanitarian reports write MIMU P-codes ("MMR005004" is Shwebo Township);
    # before, a P-code named no place. Every area, town and ward with an "MMR" code is found
    # by it alone, exactly (two Htantabin townships and wards of one name in one township
    # are not told apart by their names, only by their codes)
    from mapper.gazetteer import load_gazetteer
    from mapper.gazetteer.resolve import resolve

    gaz = load_gazetteer()
    codes = gaz.places["pcode"].astype(str)
    coded = gaz.places.index[codes.str.startswith("MMR")].tolist()
    assert len(coded) > 18_000  # states, districts, townships, tracts, towns and wards
    missed = [
        codes[pid]
        for pid in coded
        if (found := resolve(gaz, codes[pid])).candidates == []
        or found.candidates[0].place_id != pid
    ]
    assert missed == []
    assert coder.geocode("mmr005004").raw["name"] == "Shwebo"


@pytest.mark.parametrize(
    ("query", "name", "admin3"),
    [
        # a village named by a township's P-code in brackets: was a Tha Pyay Kan tract of
        # Bogale, 707 km off, "ambiguous" (blind set 308)
        (
            "Troops raided Tha Pyay Kan (MMR005004) on 5 March; several houses were set on fire.",
            "Tha Pyay Kan",
            "Shwebo",
        ),
        ("Tha Pyay Kan village, MMR005004", "Tha Pyay Kan", "Shwebo"),
    ],
)
def test_a_pcode_qualifies_the_place_before_it(coder, query, name, admin3):
    found = coder.geocode(query).raw
    assert (found["name"], found["admin3"], found["score"]) == (name, admin3, 1.0)


def test_a_misspelt_direction_in_a_village_name_names_no_place(coder):
    # MIMU spells "(North)" as "(Notth)" and "(Norht)" in a few names: the word "not" or
    # "north" is no name of "Pin Tin (Notth)" or "Nan Ni (Norht)", though the village is found
    # by its own name
    for query in ("not", "north", "not in Lashio itself"):
        assert coder.geocode(query) is None
    assert coder.geocode("Pin Tin (Notth)").raw["admin3"] == "Mingin"
