"""``extract(text)``: the places, projects and figures a news text reports."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from mapper.errors import InputError
from mapper.text.figures import Figure, extract_figures
from mapper.text.places import PlaceMention, Rejection, find_places, place_index
from mapper.text.projects import ProjectMention, catalogue_records, find_projects


@dataclass
class Extraction:
    """What a text reports: place mentions, project mentions and figures (reading order).

    ``rejected`` lists gazetteer names found in the text but not read as places (organisations,
    people, ethnic adjectives, unqualified village names) with the reason; it is not part of
    :meth:`to_dict`.
    """

    places: list[PlaceMention]
    projects: list[ProjectMention]
    figures: list[Figure]
    rejected: list[Rejection] = field(default_factory=list)

    @property
    def myanmar_places(self) -> list[PlaceMention]:
        """Mentions of places in Myanmar (the country itself included)."""
        return [p for p in self.places if p.in_myanmar]

    @property
    def foreign_places(self) -> list[PlaceMention]:
        """Mentions of places outside Myanmar."""
        return [p for p in self.places if not p.in_myanmar]

    def to_dict(self) -> dict[str, Any]:
        """``{"places": [...], "projects": [...], "figures": [...]}`` (the JSON output).

        A project mention linked to several catalogue entries ("oil and gas pipelines": the
        crude oil and the gas pipeline) gives one ``projects`` item per entry, with the same
        text, span and place, so every item keeps the issue's keys and one ``catalogue_id``.
        """
        return {
            "places": [p.to_dict() for p in self.places],
            "projects": [d for p in self.projects for d in p.to_dicts()],
            "figures": [f.to_dict() for f in self.figures],
        }


@lru_cache(maxsize=1)
def _shipped_catalogue() -> Any:
    from mapper.sources.projects import load_projects

    return load_projects()


def extract(text: str, *, gazetteer: Any = None, projects: Any = None) -> Extraction:
    """Read ``text`` (news about Myanmar) into places, projects and figures.

    English is read in full; Burmese script for places only (see :mod:`mapper.text.burmese`).

    ``gazetteer`` defaults to :func:`mapper.gazetteer.load_gazetteer` and ``projects`` to the
    shipped catalogue (:func:`mapper.sources.projects.load_projects`); pass an empty frame to
    read without a catalogue.

    >>> ex = extract("A deep-sea port in Rakhine State's Kyaukphyu.")  # doctest: +SKIP
    >>> [p.text for p in ex.places]  # doctest: +SKIP
    ['Rakhine State', 'Kyaukphyu']
    """
    if not isinstance(text, str):
        raise InputError(f"expected text, got {type(text).__name__}")
    if projects is None:
        projects = _shipped_catalogue()
    index = place_index(gazetteer, projects)
    places, rejected = find_places(text, index)
    project_mentions = find_projects(text, places, catalogue_records(projects), index.normalize)
    return Extraction(
        places=places,
        projects=project_mentions,
        figures=extract_figures(text),
        rejected=rejected,
    )
