"""The two seed articles in ../shared/seeds (read there, never copied): places, projects, figures.

Only short gold strings live here (names and figures of a few words), not the articles' text.
"""

from __future__ import annotations

import pytest

from mapper.text import extract

pytestmark = pytest.mark.shared


@pytest.fixture(scope="module")
def seeds(seeds_dir):
    from mapper.sources.projects import load_projects

    projects = load_projects()
    texts = [p.read_text(encoding="utf-8") for p in sorted(seeds_dir.glob("*.txt"))]
    return {text: extract(text, projects=projects) for text in texts}


def _one_with(seeds, phrase: str):
    """The extraction of the seed whose figures or places mention ``phrase``."""
    for ex in seeds.values():
        if any(phrase in f.sentence for f in ex.figures) or any(
            p.text == phrase for p in ex.places
        ):
            return ex
    raise AssertionError(f"no seed mentions {phrase!r}")


def test_myanmar_places_of_the_projects_article(seeds):
    ex = _one_with(seeds, "Letpadaung")
    found = {(p.text, p.kind) for p in ex.myanmar_places}
    for expected in [
        ("Kyaukphyu", "town"),
        ("Rakhine State", "state"),
        ("Salingyi Township", "township"),
        ("Letpadaung", "site"),
        ("Mandalay", "state"),  # "Rakhine, Mandalay and Shan State": the region
        ("Shan State", "state"),
        ("Rakhine", "state"),
    ]:
        assert expected in found, expected


def test_traps_in_the_seeds_are_not_places(seeds):
    traps = (
        "South China Morning Post",
        "Mekong-Lancang",
        "Kyemon",
        "Chen Hai",
        "Soe Htut",
        "Than Swe",
        "Min Aung Hlaing",
        "Ko Ko Hlaing",
        "Deng Xijun",
        "Toe Yi",
        "SCMP",
        "Institute for Strategy",
        "National Democratic Alliance Army",
    )
    checked = 0
    for text, ex in seeds.items():
        for trap in traps:
            start = text.find(trap)
            while start >= 0:
                end = start + len(trap)
                assert not [p for p in ex.places if p.start < end and start < p.end], trap
                checked += 1
                start = text.find(trap, end)
    assert checked >= 15


def test_beijing_and_china_are_not_in_myanmar(seeds):
    foreign = {
        p.text: p
        for ex in seeds.values()
        for p in ex.places
        if p.text in ("Beijing", "China", "Kunming", "Yunnan", "Bay of Bengal")
    }
    assert set(foreign) == {"Beijing", "China", "Kunming", "Yunnan", "Bay of Bengal"}
    assert all(p.country != "MM" for p in foreign.values())
    assert foreign["China"].kind == "country"


def test_second_seed_places(seeds):
    ex = _one_with(seeds, "Naypyidaw")
    found = {p.text for p in ex.myanmar_places}
    assert {"Naypyidaw", "Yangon", "Kyaukphyu", "Shan state"} <= found
    shan = next(p for p in ex.places if p.text == "Shan state")
    assert shan.name == "Shan (East)"  # "eastern Shan state"


def test_figures_of_the_seeds(seeds):
    figs = [f for ex in seeds.values() for f in ex.figures]
    by_value = {f.value: f for f in figs}
    assert by_value[7800].unit == "clashes"
    assert (by_value[300].qualifier, by_value[300].unit) == ("at least", "clashes")
    assert by_value[92].unit == "projects"
    assert (by_value[2200].unit, by_value[2200].qualifier) == ("km", "over")
    assert by_value[24].qualifier == "at least"
    assert not any(f.value in (2021, 2023, 28) for f in figs)  # years and days are not figures


def test_projects_are_tied_to_their_place_and_catalogue(seeds):
    ex = _one_with(seeds, "Letpadaung")
    by_text = {j.text: j for j in ex.projects}
    port = by_text["deep-sea port"]
    assert (port.place, port.catalogue_id) == ("Kyaukphyu", "kyaukphyu-deep-sea-port")
    mine = by_text["Letpadaung copper mine"]
    assert (mine.place, mine.catalogue_id) == ("Letpadaung", "letpadaung-copper-mine")
    pipes = by_text["oil and gas pipelines"]
    assert pipes.place == "Rakhine"
    assert set(pipes.catalogue_ids) == {
        "myanmar-china-crude-oil-pipeline",
        "myanmar-china-gas-pipeline",
    }
