"""The claim a text makes about events near projects: which figure is near, which the total.

The sentences are SYNTHETIC, written for these tests.
"""

from __future__ import annotations

import geopandas as gpd
import pytest

from mapper.text.compare import compare, reported_claim
from mapper.text.figures import extract_figures


def _claim(text: str) -> tuple[float, float | None] | None:
    claim = reported_claim(extract_figures(text))
    if claim is None:
        return None
    return claim.near.value, claim.total.value if claim.total else None


def synthetic_events_at(dates: list[str], points: list) -> gpd.GeoDataFrame:
    """SYNTHETIC events, exactly located, one a date and point (ids a, b, c ...)."""
    import pandas as pd

    return gpd.GeoDataFrame(
        {
            "event_id": [chr(ord("a") + i) for i in range(len(dates))],
            "date": pd.to_datetime(dates),
            "precision": "exact",
            "source_dataset": "synthetic",
        },
        geometry=points,
        crs=4326,
    )


def one_project() -> gpd.GeoDataFrame:
    """One SYNTHETIC project: a test mine at 96.0 E, 21.0 N."""
    from shapely.geometry import Point

    return gpd.GeoDataFrame(
        {"id": ["p"], "name": ["Test mine"], "sector": ["mining"]},
        geometry=[Point(96.0, 21.0)],
        crs=4326,
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Of the 7,800 clashes recorded since the coup, at least 300 occurred within 10 km "
            "of Chinese-backed projects.",
            (300, 7800),
        ),
        ("A third of the 7,800 clashes happened near Chinese projects.", (2600, 7800)),
        ("Most of the 7,800 clashes happened near Chinese projects.", None),
        ("Monitors counted 7,800 clashes. At least 300 clashes were near projects.", (300, 7800)),
        # a total of other events in an earlier sentence is not this figure's total
        (
            "There were 7,800 clashes in 2023. In Sagaing, 2,000 airstrikes hit villages near "
            "the Letpadaung mine.",
            (2000, None),
        ),
    ],
)
def test_near_figure_and_its_total(text, expected):
    assert _claim(text) == expected


@pytest.mark.parametrize(
    ("text", "radius_km"),
    [
        ("Of 7,800 clashes, at least 300 occurred within 10 km of Chinese projects.", 10.0),
        ("Of 7,800 clashes, 120 were within five miles of a Chinese-backed pipeline.", 8.04672),
        ("Of 7,800 clashes, 120 were within 2.5 kilometres of the mine.", 2.5),
        ("At least 300 of 7,800 clashes happened within 500 metres of the projects.", 0.5),
        ("Of 7,800 clashes, 12 were within 800 m of the pipeline.", 0.8),  # it was 25 km
        ("Monitors counted 7,800 clashes, with at least 300 of these near Chinese projects.", None),
    ],
)
def test_the_radius_a_claim_states(text, radius_km):
    claim = reported_claim(extract_figures(text))
    assert claim.radius_km == pytest.approx(radius_km) if radius_km else claim.radius_km is None


def test_the_comparison_uses_the_stated_radius_unless_one_is_asked_for():
    """Counted from SYNTHETIC events: two events 5 km and 20 km from a SYNTHETIC project."""
    from pyproj import Geod
    from shapely.geometry import Point

    geod = Geod(ellps="WGS84")
    near = geod.fwd(96.0, 21.0, 90, 5_000)[:2]
    far = geod.fwd(96.0, 21.0, 90, 20_000)[:2]
    events = synthetic_events_at(["2022-01-01", "2022-01-02"], [Point(*near), Point(*far)])
    projects = one_project()
    figures = extract_figures("Of 7,800 clashes, 300 were within 10 km of Chinese projects.")
    stated = compare(figures, events=events, projects=projects)
    assert (stated.radius_km, stated.near, stated.total) == (10.0, 1, 2)
    assert "the text says 300 of 7,800 clashes within 10 km; the data at 10 km" in (
        stated.describe()
    )
    asked = compare(figures, radius_km=25, events=events, projects=projects)
    assert (asked.radius_km, asked.near) == (25.0, 2)
    unstated = extract_figures("Of 7,800 clashes, 300 were near Chinese projects.")
    assert compare(unstated, events=events, projects=projects).radius_km == 25.0
    # the window counted is said beside the figures, for events and for the shipped counts
    assert "events since 2021-02-01 within 10 km of any catalogue project" in stated.source
    every = compare(figures, events=events, projects=projects, since=None)
    assert "events of all dates within 10 km" in every.source
    from mapper.sources.embedded_counts import embedded_counts

    months = embedded_counts("township", since="2021-02-01").attrs["method"]["months"]
    counted = compare(figures, projects=projects)
    assert f"shipped counts, {months[0]} to {months[1]}: events of townships" in counted.source
    # the denominator `mapper analyze` gives for the same counts (it was all 4,488 events,
    # beside analyze's 4,208 placed in a township)
    townships = embedded_counts("township", since="2021-02-01")
    assert counted.total == townships["events"].sum()


def test_a_claim_about_one_named_project_is_counted_for_that_project_only():
    """SYNTHETIC projects and events: one event 5 km from each of two projects."""
    import geopandas as gpd
    import pandas as pd
    from pyproj import Geod
    from shapely.geometry import Point

    from mapper.text.projects import ProjectMention

    geod = Geod(ellps="WGS84")
    projects = gpd.GeoDataFrame(
        {"id": ["mine", "port"], "name": ["Test mine", "Test port"], "sector": "other"},
        geometry=[Point(96.0, 21.0), Point(97.0, 22.0)],
        crs=4326,
    )
    events = gpd.GeoDataFrame(
        {
            "event_id": ["a", "b"],
            "date": pd.to_datetime(["2022-01-01", "2022-01-02"]),
            "precision": "exact",
            "source_dataset": "synthetic",
        },
        geometry=[
            Point(*geod.fwd(96.0, 21.0, 0, 5_000)[:2]),
            Point(*geod.fwd(97.0, 22.0, 0, 5_000)[:2]),
        ],
        crs=4326,
    )
    text = "Of 7,800 clashes, 300 were within 10 km of the Test mine. The Test port is new."
    figures = extract_figures(text)

    def mention(name: str, pid: str) -> ProjectMention:
        start = text.index(name)
        return ProjectMention(name, start, start + len(name), "other", pid, None, (), (pid,))

    mentions = [mention("Test mine", "mine"), mention("Test port", "port")]
    one = compare(figures, events=events, projects=projects, mentions=mentions)
    assert (one.near, one.total) == (1, 2)  # the port, named in another sentence, is not counted
    assert one.source.endswith("within 10 km of Test mine")
    every = compare(figures, events=events, projects=projects)
    assert (every.near, every.total) == (2, 2)
    assert every.source.endswith("within 10 km of any catalogue project")


def _forty_clashes_within_10_km_of(noun: str, after: str):
    """The comparison of a SYNTHETIC text: ``after``, then "at least 40 clashes ... within 10
    km of ``noun``", counted with the shipped counts."""
    from mapper.text import extract

    text = f"{after} Since the coup, at least 40 clashes took place within 10 km of {noun}."
    ex = extract(text)
    return compare(ex.figures, mentions=ex.projects)


# SYNTHETIC sentences, written for this test; counted with the shipped counts.
@pytest.mark.parametrize(
    ("first", "counted_for"),
    [
        ("The Letpadaung copper mine has drawn protests.", "Letpadaung copper mine"),
        ("The Kyaukphyu deep-sea port has drawn protests.", "a catalogue project"),
        ("", "a catalogue project"),
    ],
)
@pytest.mark.parametrize("noun", ["the mine", "the mines"])
def test_the_mine_stands_for_the_mine_named_before(first, counted_for, noun):
    if noun == "the mines":  # several, perhaps more than were named: every project
        counted_for = "a catalogue project"
    result = _forty_clashes_within_10_km_of(noun, after=first)
    assert result.radius_km == 10
    assert result.source.endswith(f"within 10 km of {counted_for}")


# SYNTHETIC sentences, written for this test; counted with the shipped counts.
@pytest.mark.parametrize(
    ("first", "noun", "counted_for"),
    [
        ("The Letpadaung copper mine has drawn protests.", "the project", "Letpadaung copper mine"),
        ("The Kyaukphyu deep-sea port has drawn protests.", "the site", "Kyaukphyu deep-sea port"),
        ("The Myitsone dam is suspended.", "the facility", "Myitsone dam (6,000 MW)"),
        ("", "the project", "a catalogue project"),
        ("The Letpadaung copper mine has drawn protests.", "the projects", "a catalogue project"),
    ],
)
def test_the_project_stands_for_the_project_named_before(first, noun, counted_for):
    result = _forty_clashes_within_10_km_of(noun, after=first)
    assert result.source.endswith(f"within 10 km of {counted_for}")


@pytest.mark.parametrize(
    ("sentence", "period"),
    [
        ("In 2022, 200 of 1,400 clashes were near Chinese projects.", ("2022-01-01", "2022-12-31")),
        ("During 2023 there were 40 clashes near the mine.", ("2023-01-01", "2023-12-31")),
        ("Since February 2021, 300 of 7,800 clashes ...", ("2021-02-01", None)),
        ("Between 2021 and 2023, 300 of 7,800 clashes ...", ("2021-01-01", "2023-12-31")),
        ("300 of 7,800 clashes were near Chinese projects.", None),
        ("Some 2022 clashes, 300 of 7,800, were near projects.", None),  # a year, no period
    ],
)
def test_the_period_a_claim_states(sentence, period):
    from mapper.text.compare import stated_period

    assert stated_period(sentence) == period


def test_the_comparison_counts_the_year_the_text_gives_its_figure():
    """ "In 2022, 200 of 1,400 clashes ...": the data of 2022, not all since the coup."""
    from shapely.geometry import Point

    dates = ["2021-06-01", "2022-03-01", "2023-05-01"]
    events = synthetic_events_at(dates, [Point(96.01, 21.0)] * 3)
    projects = one_project()
    figures = extract_figures("In 2022, 200 of 1,400 clashes were within 25 km of projects.")
    found = compare(figures, events=events, projects=projects)
    assert (found.near, found.total) == (1, 1)
    assert "events 2022-01-01 to 2022-12-31 within 25 km" in found.source
    # a window asked for by the caller is kept
    asked = compare(figures, events=events, projects=projects, since=None)
    assert (asked.near, asked.total) == (3, 3)
