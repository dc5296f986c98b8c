"""Project mentions tied to their place and linked to the shipped catalogue."""

from __future__ import annotations

import pytest

from mapper.text import extract


@pytest.fixture(scope="module")
def read():
    from mapper.sources.projects import load_projects

    projects = load_projects()
    return lambda text: extract(text, projects=projects)


@pytest.mark.parametrize(
    ("text", "phrase", "place", "catalogue_id"),
    [
        (
            "Work on a deep-sea port in Rakhine State's Kyaukphyu resumed.",
            "deep-sea port",
            "Kyaukphyu",
            "kyaukphyu-deep-sea-port",
        ),
        (
            "Villagers near the Letpadaung copper mine in Salingyi Township protested.",
            "Letpadaung copper mine",
            "Letpadaung",
            "letpadaung-copper-mine",
        ),
        (
            "Beijing raised the suspended Myitsone dam again.",
            "Myitsone dam",
            "Myitsone",
            "myitsone-dam",
        ),
        ("Plans for New Yangon City were discussed.", "New Yangon City", None, "new-yangon-city"),
        (
            "The Tagaung Taung nickel mine in Thabeikkyin Township reopened.",
            "Tagaung Taung nickel mine",
            "Tagaung Taung",
            "tagaung-taung-nickel-mine",
        ),
        # "zone" says too little alone: "SEZ" and "trade zone" still name the zones
        ("The Kyaukphyu SEZ remains stalled.", "Kyaukphyu SEZ", "Kyaukphyu", "kyaukphyu-sez"),
        (
            "Trade at the Muse trade zone fell.",
            "Muse trade zone",
            "Muse",
            "muse-105-mile-trade-zone",
        ),
    ],
)
def test_projects_link_to_the_catalogue(read, text, phrase, place, catalogue_id):
    by_text = {j.text: j for j in read(text).projects}
    assert phrase in by_text, list(by_text)
    assert by_text[phrase].place == place
    assert by_text[phrase].catalogue_id == catalogue_id


def test_pipelines_through_a_list_keep_every_place(read):
    ex = read("Oil and gas pipelines run through Rakhine, Magway, Mandalay and Shan State.")
    (pipes,) = ex.projects
    assert pipes.sector == "oil_gas" and pipes.place == "Rakhine"
    assert [p.text for p in pipes.places] == ["Rakhine", "Magway", "Mandalay", "Shan State"]
    assert set(pipes.catalogue_ids) == {
        "myanmar-china-crude-oil-pipeline",
        "myanmar-china-gas-pipeline",
    }


def test_generic_phrase_without_a_catalogue_entry(read):
    ex = read("A new hydropower dam near Hakha was announced.")
    (dam,) = ex.projects
    assert dam.sector == "hydropower"
    assert dam.place == "Hakha"
    assert dam.catalogue_id is None


def test_landmines_are_not_mines(read):
    assert read("Land mines and landmines killed two farmers near Lashio.").projects == []


def test_oil_and_gas_pipelines_give_one_json_item_per_pipeline(read):
    ex = read("The oil and gas pipelines pass through Kyaukme. The crude oil pipeline was shut.")
    items = ex.to_dict()["projects"]
    both = [i for i in items if i["text"] == "oil and gas pipelines"]
    assert [i["catalogue_id"] for i in both] == [
        "myanmar-china-crude-oil-pipeline",
        "myanmar-china-gas-pipeline",
    ]
    assert {(i["start"], i["end"], i["place"]) for i in both} == {(4, 25, "Kyaukme")}
    assert all(set(i) == {"text", "start", "end", "catalogue_id", "place"} for i in items)
    # the singular, named line is one pipeline, and the name never reaches into the sentence
    # before ("Kyaukme. The crude oil pipeline")
    (crude,) = [i for i in items if i["text"] == "crude oil pipeline"]
    assert crude["catalogue_id"] == "myanmar-china-crude-oil-pipeline"


@pytest.mark.parametrize(
    ("text", "phrase", "ids"),
    [
        (
            "Guards patrol the gas pipeline near Hsipaw.",
            "gas pipeline",
            {"myanmar-china-gas-pipeline"},
        ),
        (
            "The twin pipelines run through Rakhine, Mandalay and Shan State.",
            "pipelines",
            {"myanmar-china-crude-oil-pipeline", "myanmar-china-gas-pipeline"},
        ),
        ("The Yeywa dam near Kyaukse feeds the grid.", "Yeywa dam", {"yeywa-hydropower"}),
        (
            "Work on the Upper Yeywa dam in Kyaukme Township went on.",
            "Upper Yeywa dam",
            {"upper-yeywa-hydropower"},
        ),
        (
            "Troops clashed near the Dapein dam in Momauk Township.",
            "Dapein dam",
            {"dapein-1-hydropower"},
        ),
        ("The Dapein II dam was halted.", "Dapein II dam", {"dapein-2-hydropower"}),
        (
            "Both Dapein dams in Momauk Township were shut.",
            "Dapein dams",
            {"dapein-1-hydropower", "dapein-2-hydropower"},
        ),
        ("Villagers oppose the Mong Ton dam in Shan State.", "Mong Ton dam", {"mong-ton-dam"}),
    ],
)
def test_singular_and_plural_phrases_link_the_right_entries(read, text, phrase, ids):
    by_text = {j.text: j for j in read(text).projects}
    assert phrase in by_text, list(by_text)
    assert set(by_text[phrase].catalogue_ids) == ids


def test_a_project_name_does_not_reach_back_over_a_line_break():
    from mapper.text import extract

    found = extract("Officials met in Hpakant.\nThe Myitsone dam remains suspended.\n").projects
    assert [(p.text, p.catalogue_id) for p in found] == [("Myitsone dam", "myitsone-dam")]


# SYNTHETIC sentences, written for these tests.
@pytest.mark.parametrize(
    ("text", "phrase", "catalogue_ids"),
    [
        # another project, at a place far from the catalogue's only one of its kind
        ("The Thilawa deep-sea port near Yangon is backed by Japan.", "Thilawa deep-sea port", ()),
        ("Villagers opposed the Kyaukphyu airport expansion.", "Kyaukphyu airport", ()),
        ("The Dawei Special Economic Zone has stalled.", "Dawei Special Economic Zone", ()),
        ("Workers at a factory in Hlaingthaya went on strike.", "factory", ()),
        # the same kind of generic phrase at the catalogue project's place still links
        (
            "The gas pipeline in Kyaukphyu was guarded.",
            "gas pipeline",
            ("myanmar-china-gas-pipeline",),
        ),
        ("A Chinese-backed deep-sea port is planned.", None, ("kyaukphyu-deep-sea-port",)),
        # the name said beats a state shared with other dams
        (
            "Clashes erupted near the Myitsone hydropower project in Kachin State.",
            "Myitsone hydropower project",
            ("myitsone-dam",),
        ),
        # a phrase opening a sentence does not take the last word of the one before
        (
            "Clashes were reported in Kyaukme. Pipelines run through the township.",
            "Pipelines",
            ("myanmar-china-crude-oil-pipeline", "myanmar-china-gas-pipeline"),
        ),
    ],
)
def test_links_only_the_project_the_text_names(read, text, phrase, catalogue_ids):
    (mention,) = read(text).projects
    if phrase is not None:
        assert mention.text == phrase
    assert mention.catalogue_ids == catalogue_ids
