"""The map of a news text: the places it names, the projects it mentions, and a panel of the
figures it reports beside what mapper computes ("the text says 300 of 7,800 near Chinese
projects; the data at 25 km says X of Y").

Composed from the public pieces of :mod:`mapper.maps` (new map, offline outlines, project
layer, frame). Every text from the article or the data is escaped.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import folium
import geopandas as gpd
from shapely.geometry import Point

from mapper.maps.build import finish_map, fit_to, new_map
from mapper.maps.controls import HtmlControl
from mapper.maps.frame import attribution_keys, legend_section
from mapper.maps.projects import add_projects_layer
from mapper.maps.safe import esc

DEFAULT_TITLE = "What the text reports: places, projects and figures"
MYANMAR_COLOR = "#1f5fa8"
FOREIGN_COLOR = "#8c8c8c"
#: CSS class of a place marker (tests and scripts count them)
PLACE_CLASS = "mapper-text-place"


def build_text_map(
    extraction: Any,
    comparison: Any = None,
    *,
    projects: gpd.GeoDataFrame | None = None,
    areas: dict[str, gpd.GeoDataFrame] | None = None,
    title: str | None = None,
    source_name: str | None = None,
    tiles: str | None = "OpenStreetMap",
) -> folium.Map:
    """A folium map of ``extraction`` (:class:`mapper.text.Extraction`).

    - a circle per place named (Myanmar in blue, elsewhere in grey; mentions counted);
    - the catalogue projects the text mentions (from ``projects``, default the shipped
      catalogue), with their popups;
    - a panel listing the figures the text reports and, when ``comparison``
      (:class:`mapper.text.compare.Comparison`) is given, the reported-vs-computed line.
    """
    if projects is None:
        from mapper.sources.projects import load_projects

        projects = load_projects()
    m = new_map(tiles=tiles)
    if areas is None:
        areas = _state_outlines()
    if areas:
        from mapper.maps.areas import add_basemap

        add_basemap(m, areas)
    legend: list[str] = []
    place_points = _add_places(m, extraction.places)
    legend.append(_places_legend(place_points))
    linked = _linked_projects(extraction.projects, projects)
    if len(linked):
        legend.insert(0, add_projects_layer(m, linked, name="Projects the text mentions"))
    _add_unlinked_projects(m, extraction.projects)
    HtmlControl(
        figures_panel(extraction, comparison), position="topleft", css_class="mapper-text-panel"
    ).add_to(m)
    items = _method_items(extraction, comparison, source_name)
    credits = attribution_keys([str(v) for v in items.values()] + ["ucdp" if comparison else ""])
    finish_map(m, title or DEFAULT_TITLE, legend, items, credits)
    # fit to Myanmar (places there and the projects); far-away places only when nothing else
    inside = place_points[place_points["myanmar"]] if len(place_points) else place_points
    if len(inside) or len(linked):
        fit_to(m, inside if len(inside) else None, linked if len(linked) else None)
    else:
        fit_to(m, place_points if len(place_points) else None)
    return m


def save_text_map(
    m: folium.Map, path: str | os.PathLike[str], *, self_contained: bool = False
) -> Path:
    """Write the map to ``path`` atomically (through :func:`mapper.maps.save_map`);
    ``self_contained`` inlines every script and style, for use with no network."""
    from mapper.maps import save_map

    return save_map(m, path, self_contained=self_contained)


def figures_panel(extraction: Any, comparison: Any = None) -> str:
    """The panel's HTML (escaped): figures the text reports, then reported vs computed."""
    rows = []
    for fig in extraction.figures:
        number = f"{fig.value:,.0f}" if float(fig.value).is_integer() else f"{fig.value:,}"
        what = " ".join(w for w in (fig.qualifier, number, fig.unit) if w)
        rows.append(
            f'<li class="mapper-text-figure"><b>{esc(what)}</b>'
            f'<div class="mapper-subtitle">{esc(_shorten(fig.sentence))}</div></li>'
        )
    parts = []
    if comparison is not None:
        parts.append("<h4>Reported vs computed</h4>")
        parts.append(f'<p class="mapper-text-comparison">{esc(comparison.describe())}</p>')
    parts.append("<h4>Figures the text reports</h4>")
    parts.append(f"<ul>{''.join(rows)}</ul>" if rows else "<p>No figures found.</p>")
    return '<div style="max-width:340px;max-height:45vh;overflow:auto">' + "".join(parts) + "</div>"


def _state_outlines() -> dict[str, gpd.GeoDataFrame]:
    try:
        from mapper.areas import load_areas

        return {"state": load_areas("state")}
    except Exception:  # noqa: BLE001 - outlines are decoration; the map works without them
        return {}


def _add_places(m: folium.Map, places: Sequence[Any]) -> gpd.GeoDataFrame:
    """One circle per distinct place with coordinates; returns their points."""
    groups: dict[tuple, list[Any]] = {}
    for place in places:
        if place.latitude is None or place.longitude is None:
            continue
        groups.setdefault((place.name, place.kind, place.latitude, place.longitude), []).append(
            place
        )
    inside = folium.FeatureGroup(name="Places in Myanmar named in the text", show=True)
    outside = folium.FeatureGroup(name="Places outside Myanmar named in the text", show=True)
    rows = []
    for (name, kind, lat, lon), mentions in groups.items():
        first = mentions[0]
        in_myanmar = first.country == "MM"
        written = sorted({p.text for p in mentions})
        popup = (
            f"<b>{esc(name)}</b><br>{esc(kind)}, {esc(first.country or 'no country')}"
            f"<br>written as: {esc(', '.join(written))}<br>mentions: {len(mentions)}"
            f"<br>confidence: {max(p.score for p in mentions):.2f}"
        )
        folium.CircleMarker(
            location=[lat, lon],
            radius=6 + min(len(mentions), 5),
            color=MYANMAR_COLOR if in_myanmar else FOREIGN_COLOR,
            fill=True,
            fill_opacity=0.7,
            weight=2,
            tooltip=esc(f"{name} ({kind})"),
            popup=folium.Popup(popup, max_width=300),
            class_name=PLACE_CLASS,
        ).add_to(inside if in_myanmar else outside)
        rows.append({"name": name, "myanmar": in_myanmar, "geometry": Point(lon, lat)})
    inside.add_to(m)
    outside.add_to(m)
    return (
        gpd.GeoDataFrame(rows, geometry="geometry", crs="EPSG:4326")
        if rows
        else (gpd.GeoDataFrame({"geometry": []}, geometry="geometry", crs="EPSG:4326"))
    )


def _places_legend(points: gpd.GeoDataFrame) -> str:
    n_in = int(points["myanmar"].sum()) if len(points) else 0
    n_out = len(points) - n_in
    rows = [
        f'<span style="color:{MYANMAR_COLOR}">&#9679;</span> in Myanmar ({n_in})',
        f'<span style="color:{FOREIGN_COLOR}">&#9679;</span> outside Myanmar ({n_out})',
    ]
    return legend_section("Places named in the text", rows)


def _linked_projects(mentions: Sequence[Any], projects: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    ids = [pid for mention in mentions for pid in mention.catalogue_ids]
    if not ids or projects is None or not len(projects):
        return projects.iloc[0:0] if projects is not None else gpd.GeoDataFrame()
    return projects[projects["id"].isin(ids)]


def _add_unlinked_projects(m: folium.Map, mentions: Sequence[Any]) -> None:
    """Projects the text mentions without a catalogue entry, at the place they are tied to."""
    group = folium.FeatureGroup(name="Other projects the text mentions", show=True)
    n = 0
    for mention in mentions:
        if mention.catalogue_ids or not mention.places:
            continue
        place = mention.places[0]
        if place.latitude is None or place.longitude is None or place.kind == "country":
            continue
        folium.Marker(
            location=[place.latitude, place.longitude],
            tooltip=esc(f"{mention.text} ({place.name}); not in the catalogue"),
            icon=folium.Icon(color="lightgray", icon="circle-question", prefix="fa"),
        ).add_to(group)
        n += 1
    if n:
        group.add_to(m)


def _method_items(extraction: Any, comparison: Any, source_name: str | None) -> dict[str, str]:
    n_mm = sum(1 for p in extraction.places if p.country == "MM")
    items = {
        "Text": source_name or "given text",
        "Places": (
            f"{n_mm} mentions of places in Myanmar, {len(extraction.places) - n_mm} elsewhere, "
            "read with the offline gazetteer (MIMU P-codes, GeoNames) and context rules"
        ),
        "Projects": (
            f"{len(extraction.projects)} mentions; linked to the shipped catalogue where the "
            "phrase and its place name one entry"
        ),
    }
    if comparison is not None:
        items["Computed"] = str(comparison.source)
        rule = comparison.method.get("rule") if isinstance(comparison.method, dict) else None
        if rule:
            items["Rule"] = str(rule)
    return items


def _shorten(sentence: str, limit: int = 160) -> str:
    return sentence if len(sentence) <= limit else sentence[: limit - 1].rstrip() + "…"
