"""Place mentions in news text: scored on the labelled examples, and the reading rules one by one.

The examples in data/text_examples/ were written for mapper (not copied from articles) and
labelled by hand in gold.json.
"""

from __future__ import annotations

import json

import pytest

from mapper.text import extract
from mapper.text.evaluate import examples_dir, extractor_predictions, load_gold, score


@pytest.fixture(scope="module")
def projects():
    from mapper.sources.projects import load_projects

    return load_projects()


@pytest.fixture(scope="module")
def read(projects):
    def run(text: str):
        return extract(text, projects=projects)

    return run


def _places(ex, text: str):
    return [(p.text, p.kind, p.country) for p in ex.places if p.text == text]


def test_labelled_examples_cover_the_traps():
    gold = load_gold()
    assert len(gold) >= 8
    assert sum(len(e["traps"]) for e in gold.values()) >= 40
    for name, entry in gold.items():
        assert entry["text"].startswith("Example text written for the mapper test suite"), name
        for p in entry["places"] + entry["traps"]:
            assert entry["text"][p["start"] : p["end"]] == p["text"], (name, p)


@pytest.mark.parametrize("include_country", [False, True])
def test_myanmar_place_f1_on_labelled_examples(projects, include_country):
    result = score(
        load_gold(),
        lambda t: extractor_predictions(t, projects=projects),
        include_country=include_country,
    )
    assert result.f1 >= 0.95, result.errors
    assert result.traps_reported == 0, result.errors
    assert result.foreign_as_myanmar == 0, result.errors
    assert result.figure_recall >= 0.9, result.errors
    assert result.level_errors == 0, result.errors  # "Mandalay" region vs city, as labelled


def test_suffixes_possessives_lists_and_directions(read):
    text = (
        "A deep-sea port in Rakhine State's Kyaukphyu, pipelines through Rakhine, Mandalay and "
        "Shan State, and clashes in northern Shan State and in Hpakant and Tanai townships."
    )
    ex = read(text)
    by_text = {p.text: p for p in ex.places}
    assert by_text["Rakhine State"].kind == "state"
    assert text[by_text["Rakhine State"].end :].startswith("'s Kyaukphyu")
    assert by_text["Kyaukphyu"].kind == "town" and by_text["Kyaukphyu"].pcode.startswith("MMR012")
    # the list takes the suffix of its last name: Mandalay is the region, not the city
    assert by_text["Mandalay"].kind == "state"
    assert by_text["Rakhine"].kind == "state"
    north = [p for p in ex.places if p.text == "Shan State"][-1]
    assert north.name == "Shan (North)"
    assert not any(p.text.lower().startswith("northern") for p in ex.places)
    assert by_text["Tanai townships"].kind == "township"
    assert by_text["Hpakant"].kind == "township"


def test_bare_city_name_is_the_city(read):
    (mandalay,) = read("Protests spread to Mandalay on Friday.").places
    assert (mandalay.kind, mandalay.country) == ("town", "MM")
    assert 21.8 < mandalay.latitude < 22.1 and 96.0 < mandalay.longitude < 96.2


@pytest.mark.parametrize(
    "text",
    [
        "Ann Thida, a teacher, spoke to reporters.",
        "The Arakan Army took the town.",
        "The Myanmar National Democratic Alliance Army and the Kachin Independence Army met.",
        "The Ta'ang National Liberation Army said so.",
        "According to the South China Morning Post, talks went well.",
        "The Mekong-Lancang Cooperation fund pays for it.",
        "The Kyemon Daily and the Global New Light of Myanmar printed it; Myanmar Now did not.",
        "Shan refugees and Kachin fighters arrived; ethnic Karen leaders left.",
        "Senior General Min Aung Hlaing met U Kyaw Hlaing and Ko Ko Hlaing.",
        "Protests along the Irrawaddy River continued.",
        "Trucks queued at the 105 Mile gate.",  # a milestone, not Yunnan's Mile
    ],
)
def test_traps_are_not_places(read, text):
    ex = read(text)
    assert ex.places == [], [(p.text, p.name) for p in ex.places]


def test_trap_reasons_are_kept_for_inspection(read):
    ex = read("Ann Thida said the Arakan Army had left Ann Township.")
    reasons = {r.text: r.reason for r in ex.rejected}
    assert reasons["Arakan Army"] == "organisation or title"
    assert "Ann" in reasons
    assert [p.text for p in ex.places] == ["Ann Township"]


def test_foreign_places_keep_their_country(read):
    ex = read(
        "Trade from Ruili in Yunnan to Kunming, Beijing and Bangkok, and oil from the Bay of "
        "Bengal; Thailand, China and India reacted, and so did the US."
    )
    countries = {p.text: p.country for p in ex.places}
    assert countries["Ruili"] == "CN" and countries["Yunnan"] == "CN"
    assert countries["Kunming"] == "CN" and countries["Beijing"] == "CN"
    assert countries["Bangkok"] == "TH" and countries["Thailand"] == "TH"
    assert countries["India"] == "IN" and countries["US"] == "US"
    assert countries["Bay of Bengal"] != "MM"
    assert not any(p.in_myanmar for p in ex.places)
    kinds = {p.text: p.kind for p in ex.places}
    assert kinds["China"] == kinds["Thailand"] == kinds["India"] == "country"


def test_country_names_are_countries(read):
    ex = read("Myanmar, formerly Burma, borders Laos.")
    assert [(p.text, p.kind, p.country) for p in ex.places] == [
        ("Myanmar", "country", "MM"),
        ("Burma", "country", "MM"),
        ("Laos", "country", "LA"),
    ]


def test_villages_need_a_qualifier(read):
    ex = read("Soldiers burned Shwe Kokko. Residents fled from Shwe Kokko and Wet Hlay village.")
    texts = [p.text for p in ex.places]
    assert texts == ["Shwe Kokko", "Wet Hlay village"]
    wet_hmay = ex.places[1]
    assert (wet_hmay.kind, wet_hmay.country, wet_hmay.latitude) == ("village", "MM", None)


def test_common_words_opening_a_sentence(read):
    ex = read("Pale is 60 km west of Monywa. Pale skies hung over the town.")
    assert [p.text for p in ex.places] == ["Pale", "Monywa"]


def test_json_keys_are_exactly_the_documented_ones(read):
    out = read("The Letpadaung copper mine in Salingyi Township employs 1,200 people.").to_dict()
    assert set(out) == {"places", "projects", "figures"}
    assert set(out["places"][0]) == {
        "text",
        "start",
        "end",
        "name",
        "kind",
        "country",
        "latitude",
        "longitude",
        "score",
    }
    assert set(out["projects"][0]) == {"text", "start", "end", "catalogue_id", "place"}
    assert set(out["figures"][0]) == {
        "text",
        "value",
        "unit",
        "qualifier",
        "sentence",
        "start",
        "end",
    }
    json.dumps(out)  # serialisable as it is


def test_examples_folder_says_what_the_texts_are():
    readme = (examples_dir() / "README.md").read_text(encoding="utf-8")
    assert "written for mapper" in readme


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Pipelines cross Rakhine, Magway, Mandalay and Shan State.", "state"),
        ("Pipelines cross Rakhine, Magway, Mandalay and northern Shan State.", "state"),
        ("The line crosses Rakhine, Magway, Mandalay and the Shan State border.", "state"),
        ("Rakhine State, Magway Region, Mandalay and Shan State saw fighting.", "state"),
        ("Fighting spread across Mandalay and Sagaing regions.", "state"),
        ("Troops moved through Mandalay, Sagaing and Magway Regions.", "state"),
        # two names and a singular suffix: the city stays the city
        ("The envoy visited Mandalay and Tanintharyi Region.", "town"),
        ("Traders in Mandalay said prices rose.", "town"),
    ],
)
def test_list_suffix_applies_to_the_whole_list(read, text, kind):
    (mandalay,) = [p for p in read(text).places if p.text == "Mandalay"]
    assert mandalay.kind == kind


def test_a_place_given_by_distance_and_direction_is_located_there(read):
    from pyproj import Geod

    geod = Geod(ellps="WGS84")
    text = (
        "Fighting broke out in Kone Sar village, about 13 kilometres northeast of Lashio town. "
        "Troops shelled a camp 16 miles west of Ngape. "
        "In Wet Hlay village, 5 km south of Mindat, two houses burned."
    )
    places = {p.text: p for p in read(text).places}
    # four villages are named Kone Hsar; the one 13 km north-east of Lashio is meant
    village = places["Kone Sar village"]
    assert (village.name, village.kind, village.admin1) == ("Kone Hsar", "village", "Shan (North)")
    lashio = places["Lashio town"]
    metres = geod.inv(lashio.longitude, lashio.latitude, village.longitude, village.latitude)[2]
    assert 8_000 < metres < 18_000
    # a point and no place name: a mention of its own, beside the town it is measured from
    point, ngape = places["16 miles west of Ngape"], places["Ngape"]
    assert (point.kind, point.name, point.score) == ("offset", "16 miles west of Ngape", 0.6)
    azimuth, _, metres = geod.inv(ngape.longitude, ngape.latitude, point.longitude, point.latitude)
    assert metres == pytest.approx(16 * 1609.344, abs=5) and azimuth % 360 == pytest.approx(270)
    # a village the gazetteer lacks is put where the text says, at a low confidence
    village, mindat = places["Wet Hlay village"], places["Mindat"]
    metres = geod.inv(mindat.longitude, mindat.latitude, village.longitude, village.latitude)[2]
    assert metres == pytest.approx(5_000, abs=5) and village.score <= 0.6
    assert village.latitude < mindat.latitude


@pytest.mark.parametrize(
    "text",
    [
        "Junta troops torched Kone Thar village in Demoso Township on Tuesday.",
        "Demoso Township's Kone Thar village burned.",
        "Fighting in Demoso Township, Kone Thar village, went on.",
    ],
)
def test_a_village_is_read_inside_the_township_named_beside_it(read, text):
    [village] = [p for p in read(text).places if p.text == "Kone Thar village"]
    assert (village.name, village.kind, village.admin1) == ("Kone Thar", "village", "Kayah")


def test_a_village_not_found_in_its_township_is_put_at_the_township(read):
    places = {
        p.text: p for p in read("Nyaung Pin Gyi village in Kawlin Township was shelled.").places
    }
    village, township = places["Nyaung Pin Gyi village"], places["Kawlin Township"]
    assert (village.latitude, village.longitude) == (township.latitude, township.longitude)
    assert village.score == 0.4 and village.pcode is None


# SYNTHETIC sentences, written for these tests.
@pytest.mark.parametrize(
    ("text", "places"),
    [
        (
            "The pipelines run from Rakhine through Magway to Shan.",
            ["Rakhine", "Magway", "Shan"],
        ),
        ("Refugees fled from Kachin into China.", ["Kachin", "China"]),
        ("Shan refugees and ethnic Kachin fled.", []),
        ("The port cost US$1.3 billion, the US said.", ["US"]),
        ("Clashes in Mon were reported; fighting in Kachin escalated.", ["Mon", "Kachin"]),
        ("The Shan were displaced.", []),
    ],
)
def test_state_names_before_prepositions_and_currency_prefixes(read, text, places):
    found = read(text).places
    assert [p.text for p in found] == places
    assert [p.start for p in found] == [text.rindex(p) for p in places]


# SYNTHETIC sentences, written for these tests.
@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("On Mon. 3 March, fighting broke out in Lashio.", ["Lashio"]),
        ("On Mon, March 3 troops left Mon State.", ["Mon State"]),
        ("In Mon, 12 civilians were killed.", ["Mon"]),  # a comma and a number: no date
    ],
)
def test_a_weekday_before_a_date_is_no_state(read, text, places):
    ex = read(text)
    assert [p.text for p in ex.places] == places
    if text.startswith("On Mon"):
        assert {r.text: r.reason for r in ex.rejected}["Mon"] == "a weekday"
