"""Folium maps of projects near conflict: build, compose, save (self-contained) and show.

A module per concern, in the spirit of folium's plugins: :mod:`.projects`, :mod:`.events`,
:mod:`.areas` (choropleths, offline basemap), :mod:`.frame` (title, legend, methods box,
controls), :mod:`.timeslider`, :mod:`.assets` (offline asset cache), :mod:`.safe` (escaping).
"""

from mapper.maps.areas import add_basemap, add_choropleth
from mapper.maps.build import build_map, finish_map, new_map
from mapper.maps.events import add_events_layer
from mapper.maps.frame import add_legend, add_methods_box, add_title
from mapper.maps.output import render_html, save_map, show
from mapper.maps.projects import add_projects_layer

__all__ = [
    "add_basemap",
    "add_choropleth",
    "add_events_layer",
    "add_legend",
    "add_methods_box",
    "add_projects_layer",
    "add_title",
    "build_map",
    "finish_map",
    "new_map",
    "render_html",
    "save_map",
    "show",
]
