"""Place names in Burmese-script text (mapper.text.burmese through extract and the CLI).

The sentences here were written for these tests (not copied from news); each place is checked
against what the geocoder gives for the same place in English.
"""

from __future__ import annotations

import json

import pytest

from mapper import OfflineGeocoder
from mapper.gazetteer import load_gazetteer
from mapper.text import extract
from mapper.text.burmese import has_burmese


@pytest.fixture(scope="module")
def read():
    from mapper.sources.projects import load_projects

    projects = load_projects()
    return lambda text: extract(text, projects=projects).places


@pytest.fixture(scope="module")
def english():
    geocoder = OfflineGeocoder()
    return geocoder.geocode


def _found(places):
    return [(p.text, p.name, p.kind) for p in places]


def test_admin_chain_written_with_kind_words(read, english):
    text = "ရခိုင်ပြည်နယ် ကျောက်ဖြူမြို့နယ်တွင် ရေနက်ဆိပ်ကမ်း စီမံကိန်း ရှိသည်။"
    places = read(text)
    assert _found(places) == [
        ("ရခိုင်ပြည်နယ်", "Rakhine", "state"),
        ("ကျောက်ဖြူမြို့နယ်", "Kyaukpyu", "township"),
    ]
    township = places[1]
    assert township.pcode == english("Kyaukphyu Township").raw["pcode"]
    assert text[township.start : township.end] == "ကျောက်ဖြူမြို့နယ်"
    assert township.in_myanmar and township.score >= 0.8


def test_glued_chain_and_village_qualified_by_its_township(read):
    places = read("စစ်ကိုင်းတိုင်းဒေသကြီးကနီမြို့နယ် နှောတောကျေးရွာတွင် တိုက်ပွဲဖြစ်သည်။")
    assert [(p.name, p.kind) for p in places] == [
        ("Sagaing", "state"),
        ("Kani", "township"),
        ("Hnaw Taw", "village"),
    ]
    village = load_gazetteer().places.loc[places[2].place_id]
    assert village["admin3"] == "Kani"
    assert places[2].score < places[1].score  # a village is less sure than a township


def test_towns_with_and_without_the_kind_word(read, english):
    places = read("ရန်ကုန်နှင့် မန္တလေးမြို့တို့တွင် ဆန္ဒပြကြသည်။ မူဆယ်မြို့ အနီး တိုက်ပွဲ။")
    assert [(p.name, p.kind) for p in places] == [
        ("Yangon", "town"),
        ("Mandalay", "town"),
        ("Muse", "town"),
    ]
    for place, query in zip(places, ["Yangon", "Mandalay", "Muse"], strict=True):
        town = english(f"{query} town")
        assert (place.latitude, place.longitude) == pytest.approx((town.latitude, town.longitude))


def test_town_at_the_start_of_a_long_unspaced_sentence(read):
    text = "မန္တလေးတွင်" + "စစ်ကောင်စီတပ်များနှင့်ပြည်သူ့ကာကွယ်ရေးတပ်များတိုက်ပွဲဖြစ်ပွားခဲ့သည်" * 3 + "။"
    assert [(p.text, p.name, p.kind) for p in read(text)] == [("မန္တလေး", "Mandalay", "town")]


def test_nay_pyi_taw_without_a_kind_word(read, english):
    places = read("နေပြည်တော်တွင် အစည်းအဝေး ကျင်းပသည်။")
    assert [(p.text, p.name) for p in places] == [("နေပြည်တော်", "Nay Pyi Taw")]
    assert places[0].pcode == english("Nay Pyi Taw Union Territory").raw["pcode"]


def test_state_parts_as_burmese_writes_them(read):
    places = read("ရှမ်းပြည်နယ်မြောက်ပိုင်း လားရှိုးမြို့")
    assert [(p.name, p.kind) for p in places] == [("Shan (North)", "state"), ("Lashio", "town")]


@pytest.mark.parametrize(
    "text",
    [
        "တိုင်းရင်းသားလက်နက်ကိုင်အဖွဲ့များနှင့် စစ်ကောင်စီတပ်များ တိုက်ပွဲဖြစ်ပွားခဲ့သည်။",
        "ရွာသားများ ထွက်ပြေးရသည်။ ကျေးရွာများကို မီးရှို့ခဲ့သည်။ ထိုရွာတွင် လူ ၅ ဦး သေဆုံးသည်။",
        "မြို့ပေါ်တွင် လူများ စုဝေးသည်။ အဆိုပါမြို့နယ်အတွင်း တပ်များဝင်ရောက်သည်။",
        "ပြည်နယ်အစိုးရ၏ ပြောခွင့်ရသူ။ တိုင်းဒေသကြီးအစိုးရ။",
        "ရခိုင်တပ်များ ထိုးစစ်ဆင်သည်။",  # "Rakhine" alone is the people and its army
        "ပြည်သူ့ကာကွယ်ရေးတပ်များ စစ်တွေ ဖြစ်ပွားသည်။",  # "people" is not Pyay, "wars" not Sittwe
        "ဧရာဝတီမြစ် ကမ်းနားတွင်",  # the Irrawaddy river, not Ayeyarwady Region
    ],
)
def test_words_that_only_look_like_places(read, text):
    assert read(text) == []


def test_has_burmese():
    assert has_burmese("Kyaukphyu (ကျောက်ဖြူ)") and not has_burmese("Kyaukphyu")


def test_cli_extract_reads_burmese(cli, tmp_path):
    path = tmp_path / "news.txt"
    path.write_text("ကချင်ပြည်နယ် မြစ်ကြီးနားမြို့နယ် ဝိုင်းမော်မြို့နယ်\n", encoding="utf-8")
    result = cli("extract", str(path), "--format", "json")
    assert result.returncode == 0, result.stderr
    places = json.loads(result.stdout)["places"]
    assert [(p["name"], p["kind"]) for p in places] == [
        ("Kachin", "state"),
        ("Myitkyina", "township"),
        ("Waingmaw", "township"),
    ]
    assert all(p["latitude"] is not None for p in places)
