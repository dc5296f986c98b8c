"""Figures reported in text: value, what it counts, qualifier, sentence (no gazetteer needed)."""

from __future__ import annotations

import pytest

from mapper.text.figures import extract_figures


def _by_value(text: str) -> dict[float, object]:
    return {f.value: f for f in extract_figures(text)}


def test_counts_with_qualifier_and_anaphora():
    text = (
        "Monitors say 7,800 clashes have taken place since the coup, with at least 300 of "
        "these near Chinese projects. A fund is paying for 92 projects."
    )
    figs = _by_value(text)
    assert figs[7800].unit == "clashes" and figs[7800].qualifier is None
    assert figs[300].qualifier == "at least"
    assert figs[300].unit == "clashes"  # "of these" points back to the clashes
    assert figs[300].text == "at least 300"
    assert figs[92].unit == "projects"
    assert figs[92].sentence == "A fund is paying for 92 projects."


def test_units_distances_and_percentages():
    text = (
        "The two countries share over 2,200km (1,367 miles) of border; about 30 per cent is hills."
    )
    figs = _by_value(text)
    assert (figs[2200].unit, figs[2200].qualifier, figs[2200].text) == (
        "km",
        "over",
        "over 2,200km",
    )
    assert figs[1367].unit == "mi"
    assert (figs[30].unit, figs[30].qualifier) == ("%", "about")


@pytest.mark.parametrize(
    ("text", "value", "unit", "qualifier"),
    [
        ("It would cost $1.3 billion.", 1.3e9, "USD", None),
        ("Investors pledged US$7.3bn.", 7.3e9, "USD", None),
        ("Some 3.5 million people fled.", 3.5e6, "people", "some"),
        ("Nearly 40 families left.", 40, "families", "nearly"),
        ("Up to 12,000 people could be displaced.", 12000, "people", "up to"),
        ("The dam would produce 6,000 MW.", 6000, "MW", None),
        ("Police handed over five telecoms and internet fraud suspects.", 5, "suspects", None),
        ("Leaders of seven of Myanmar's ethnic armed organisations met.", 7, "organisations", None),
        ("Guards fired more than 20 rounds.", 20, "rounds", "more than"),
    ],
)
def test_figure_shapes(text, value, unit, qualifier):
    figs = _by_value(text)
    assert value in figs, [f.text for f in figs.values()]
    assert figs[value].unit == unit
    assert figs[value].qualifier == qualifier


def test_a_figure_in_json_has_its_span_and_a_finite_value():
    """A 400-digit number was a figure of value Infinity (no JSON parser reads it); the JSON
    figures had no character span though the README promises one."""
    text = "There were " + "9" * 400 + " clashes. At least 300 of 7,800 clashes."
    figures = [f.to_dict() for f in extract_figures(text)]
    assert [f["text"] for f in figures] == ["At least 300", "7,800 clashes"]
    assert all(text[f["start"] : f["end"]] == f["text"] for f in figures)


def test_dates_years_ordinals_and_codes_are_not_figures():
    text = (
        "On 28 July 2021, after the 2021 coup, the 2nd meeting was held at 10:30 in the 1990s "
        "style; COVID-19 and route P1070 were discussed. In February 2021 nothing happened."
    )
    assert extract_figures(text) == []


def test_hand_over_is_not_a_qualifier_and_phrases_end_at_verbs():
    figs = _by_value("Police hand over five suspects. The two countries gathered on Monday.")
    assert figs[5].qualifier is None and figs[5].unit == "suspects"
    assert figs[2].unit == "countries"


def test_unit_carries_over_within_a_sentence():
    figs = _by_value("Monitors counted 2,450 clashes, including at least 310 in Pale.")
    assert figs[310].unit == "clashes" and figs[310].qualifier == "at least"


def test_to_dict_has_exactly_the_documented_keys():
    (fig,) = extract_figures("More than 250 people crossed.")
    assert fig.to_dict() == {
        "text": "More than 250 people",
        "value": 250,
        "unit": "people",
        "qualifier": "more than",
        "sentence": "More than 250 people crossed.",
        "start": 0,
        "end": 20,
    }


# The paragraphs below are SYNTHETIC: written for these tests, not taken from any report.


def test_ages_page_numbers_and_articles_are_not_figures():
    text = (
        "Nearly 40% of the 12,000 residents left, said U Aung Min, 54. The report, on page "
        "12, cited Article 144 and a farmer aged 61."
    )
    assert [(f.value, f.unit) for f in extract_figures(text)] == [(40, "%"), (12000, "residents")]


def test_ranges_keep_both_ends_and_their_unit():
    text = (
        "About 1,200 to 1,500 people fled, 20-30 homes burned and between 2,000 and 3,000 "
        "troops came."
    )
    got = [(f.text, f.value, f.unit) for f in extract_figures(text)]
    assert got == [
        ("About 1,200", 1200, "people"),
        ("1,500 people", 1500, "people"),
        ("20", 20, "homes"),
        ("30 homes", 30, "homes"),
        ("2,000", 2000, "troops"),
        ("3,000 troops", 3000, "troops"),
    ]
    assert extract_figures("The data run from 2021-02-01 to 2023-12-31; COVID-19 in 2021-22.") == []


def test_a_verb_after_the_number_is_not_what_it_counts():
    figs = _by_value(
        "Of the 7,800 clashes since the coup, at least 300 occurred within 10 km of projects."
    )
    assert (figs[300].unit, figs[300].qualifier) == ("clashes", "at least")
    figs = _by_value("Nearly 1,000 clashes were near the pipelines, out of 7,800 nationwide.")
    assert figs[7800].unit == "clashes"
    assert _by_value("In all, 17 killed and 300 displaced.")[17].unit == "killed"


def test_fractions_in_words_are_shares():
    figs = extract_figures("Nearly a third of the 7,800 clashes. Two-thirds of residents left.")
    assert [(f.text, f.value, f.unit, f.qualifier) for f in figs] == [
        ("Nearly a third", 33.33, "%", "nearly"),
        ("7,800 clashes", 7800, "clashes", None),
        ("Two-thirds", 66.67, "%", None),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("One in five clashes happened near Chinese projects.", [("One in five", 20.0, "%")]),
        ("Nearly 1 in 4 attacks hit Sagaing.", [("Nearly 1 in 4", 25.0, "%")]),
        ("one in every ten raids was in Kachin.", [("one in every ten", 10.0, "%")]),
        ("Clashes rose from 1 in 2021 to 40.", [("1", 1.0, None), ("40", 40.0, None)]),
    ],
)
def test_one_in_n_is_a_share_not_a_count(text, expected):
    got = [(f.text, f.value, f.unit) for f in extract_figures(text)]
    assert got == expected


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("About 1.2 to 1.5 million people were displaced.", 1_200_000),
        ("Between 2 and 3 thousand troops moved north.", 2_000),
        ("Between 1.2 million and 1.5 million people fled.", 1_200_000),
        ("20-30 homes burned.", 20),
    ],
)
def test_a_range_takes_the_scale_of_its_second_end(text, first):
    figures = extract_figures(text)
    assert figures[0].value == first
    assert figures[0].unit == figures[1].unit is not None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Clashes near the mine more than doubled in 2023.",
            [("more than doubled", 2, "more than")],
        ),
        ("Battles tripled; attacks were halved.", [("tripled", 3, None), ("halved", 0.5, None)]),
        ("A threefold rise, then a 10-fold jump.", [("threefold", 3, None), ("10-fold", 10, None)]),
    ],
)
def test_a_change_by_a_factor_is_a_figure_in_times(text, expected):
    got = [(f.text, f.value, f.qualifier) for f in extract_figures(text)]
    assert got == expected
    assert {f.unit for f in extract_figures(text)} == {"times"}
