"""The map of a text: places, projects mentioned, and the reported-vs-computed panel."""

from __future__ import annotations

import pytest

from mapper.maps.text_map import PLACE_CLASS, build_text_map, figures_panel, save_text_map
from mapper.text import extract
from mapper.text.compare import compare, reported_claim

TEXT = (
    "Monitors counted 1,200 clashes in Sagaing Region since the coup, with at least 90 of "
    "these near Chinese projects such as the Letpadaung copper mine in Salingyi Township. "
    "Traders in Ruili said <script>alert(1)</script> nothing."
)


@pytest.fixture(scope="module")
def projects():
    from mapper.sources.projects import load_projects

    return load_projects()


@pytest.fixture(scope="module")
def extraction(projects):
    return extract(TEXT, projects=projects)


def test_claim_is_read_from_the_figures(extraction):
    claim = reported_claim(extraction.figures)
    assert (claim.near.value, claim.near.qualifier) == (90, "at least")
    assert (claim.total.value, claim.total.unit) == (1200, "clashes")


@pytest.mark.parametrize(
    "text, near, total",
    [
        ("At least 300 of 7,800 clashes were near Chinese projects.", 300, 7800),
        ("Fighting killed 2 people. At least 300 of 7,800 clashes were near projects.", 300, 7800),
        ("About 12% of 7,800 clashes were near Chinese projects.", 936, 7800),
        ("Some 300 clashes occurred near Chinese projects, out of 7,800 nationwide.", 300, 7800),
    ],
)
def test_a_part_of_a_total_is_the_near_figure(text, near, total):
    from mapper.text.figures import extract_figures

    claim = reported_claim(extract_figures(text))
    assert (claim.near.value, claim.total.value) == (near, total)


def test_comparison_with_the_shipped_counts(extraction, projects):
    near = compare(extraction.figures, radius_km=10, projects=projects)
    far = compare(extraction.figures, radius_km=50, projects=projects)
    assert near.total == far.total > 0
    assert 0 < near.near <= far.near <= far.total
    line = near.describe()
    assert line.startswith("the text says at least 90 of 1,200 clashes near projects")
    assert f"the data at 10 km says {near.near:,} of {near.total:,} events" in line


def test_comparison_with_an_events_file(extraction, projects):
    from mapper.sources.synthetic import synthetic_events

    events = synthetic_events(300, seed=1)
    result = compare(extraction.figures, radius_km=25, events=events, projects=projects)
    assert 0 <= result.near <= result.total <= 300
    assert result.to_dict()["computed"]["radius_km"] == 25


def test_bad_radius_is_a_one_line_error(extraction, projects):
    from mapper.errors import OptionError

    with pytest.raises(OptionError, match="radius"):
        compare(extraction.figures, radius_km=-5, projects=projects)


def test_map_shows_places_projects_and_escaped_panel(extraction, projects, tmp_path):
    comparison = compare(extraction.figures, radius_km=25, projects=projects)
    m = build_text_map(extraction, comparison, projects=projects, areas={}, tiles=None)
    out = save_text_map(m, tmp_path / "text.html")
    html = out.read_text(encoding="utf-8")
    located = {(p.name, p.latitude) for p in extraction.places if p.latitude is not None}
    assert html.count(PLACE_CLASS) == len(located) >= 3
    assert "mapper-project" in html  # the Letpadaung mine from the catalogue
    assert "Reported vs computed" in html
    assert "at least 90 of 1,200 clashes" in html
    assert "<script>alert(1)</script>" not in html
    assert [p.name for p in tmp_path.iterdir()] == ["text.html"]


def test_panel_lists_every_figure(extraction):
    panel = figures_panel(extraction)
    assert panel.count("mapper-text-figure") == len(extraction.figures) >= 2
    assert "Reported vs computed" not in panel
