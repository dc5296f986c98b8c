"""Reading news text: the places, projects and figures an article reports (``extract``)."""

from __future__ import annotations

from mapper.text.extract import Extraction, extract
from mapper.text.figures import Figure, extract_figures
from mapper.text.places import PlaceMention, Rejection
from mapper.text.projects import ProjectMention

__all__ = [
    "Extraction",
    "Figure",
    "PlaceMention",
    "ProjectMention",
    "Rejection",
    "extract",
    "extract_figures",
]
