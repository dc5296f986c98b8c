"""build_map: one folium.Map of projects, conflict events, area counts and the frame around them.

The pieces are public so other outputs (e.g. a map from news text) compose the same map:
:func:`new_map`, :func:`mapper.maps.projects.add_projects_layer`,
:func:`mapper.maps.events.add_events_layer`, :func:`mapper.maps.areas.add_choropleth`,
:func:`mapper.maps.areas.add_basemap` and :func:`finish_map` (title, legend, methods, controls).
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import folium
import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from mapper.errors import MapperError
from mapper.maps import areas as area_layers
from mapper.maps.events import EventSummary, add_events_layer
from mapper.maps.frame import (
    BASE_ATTRIBUTIONS,
    add_controls,
    add_legend,
    add_methods_box,
    add_title,
    attribution_keys,
)
from mapper.maps.projects import add_projects_layer, analysis_counts
from mapper.maps.safe import text
from mapper.schema import IMPRECISE_LEVELS, SYNTHETIC_ATTR, is_synthetic

log = logging.getLogger(__name__)

DEFAULT_TITLE = "Foreign-backed projects and armed conflict in Myanmar"
#: Bounds shown when there is nothing to fit: Myanmar, [[south, west], [north, east]].
MYANMAR_BOUNDS = [[9.5, 92.1], [28.6, 101.2]]
#: folium's default stylesheets that mapper's maps never use (Bootstrap 3 glyphicons, rotation).
UNUSED_CSS = frozenset({"glyphicons_css", "awesome_rotate_css"})
DEFAULT_PRECISION_RULE = (
    "Events located only to a state/region or the country are left out of distances, township "
    "counts and the heat map; state/region counts include events located to the state."
)


def new_map(*, tiles: str | None = "OpenStreetMap") -> folium.Map:
    """An empty map of Myanmar with a scale bar, the online tiles as a base layer, no CDN extras.

    With ``tiles=None`` there is no tile layer (the offline basemap carries the map).
    """
    m = folium.Map(
        location=[19.5, 96.5], zoom_start=6, tiles=None, control_scale=True, zoom_snap=0.25
    )
    m.default_css = [(n, u) for n, u in folium.Map.default_css if n not in UNUSED_CSS]
    if tiles:
        folium.TileLayer(tiles, name="OpenStreetMap tiles (online)", control=True).add_to(m)
    return m


def _load_default_areas() -> dict[str, gpd.GeoDataFrame]:
    """States/regions and townships from mapper.areas, or nothing when they cannot be built."""
    try:
        from mapper.areas import load_areas

        return {level: load_areas(level) for level in ("state", "township")}
    except (ImportError, MapperError, OSError) as exc:
        log.warning("no area outlines for the map: %s", exc)
        return {}


def _counts_frames(counts: Any) -> list[gpd.GeoDataFrame]:
    if counts is None:
        return []
    if isinstance(counts, Mapping):
        return [c for c in counts.values() if c is not None]
    if isinstance(counts, list | tuple):
        return [c for c in counts if c is not None]
    return [counts]


def _value_column(frame: gpd.GeoDataFrame) -> str:
    for col in ("events", "count", "counts", "n"):
        if col in frame.columns:
            return col
    raise MapperError("counts to map need an 'events' or 'count' column")


def _level_of(frame: gpd.GeoDataFrame) -> str:
    method = frame.attrs.get("method")
    level = frame.attrs.get("level") or (method.get("level") if isinstance(method, dict) else None)
    if not level and "level" in frame.columns and frame["level"].nunique() == 1:
        level = frame["level"].iloc[0]
    return text(level, "area")


def add_counts_layers(m: folium.Map, counts: Any, *, show: bool = True) -> list[str]:
    """Choropleths of counts tables (embedded or user counts); returns legend sections.

    Polygon rows are filled by class; point rows become circles sized by the count.
    """
    sections = []
    for i, frame in enumerate(_counts_frames(counts)):
        col = _value_column(frame)
        level = _level_of(frame)
        label = area_layers.LEVEL_LABELS.get(level, level)
        polys = frame[frame.geometry.geom_type.isin(["Polygon", "MultiPolygon"])]
        points = frame[frame.geometry.geom_type == "Point"]
        extra = {"deaths": polys["deaths"]} if "deaths" in polys.columns else None
        if not polys.empty:
            sections.append(
                area_layers.add_choropleth(
                    m,
                    polys.reset_index(drop=True),
                    polys[col].to_numpy(),
                    name=f"Events per {label}",
                    show=show and i == len(_counts_frames(counts)) - 1,
                    extra={k: v.reset_index(drop=True) for k, v in (extra or {}).items()},
                )
            )
        if "precision" in points.columns:  # a state's count is drawn at its capital's point
            whole = points["precision"].isin(IMPRECISE_LEVELS)
            points, areas_at_points = points[~whole], points[whole]
            if not areas_at_points.empty:
                name = "Counts per state/region (ring at its capital)"
                sections.append(
                    area_layers.add_count_circles(m, areas_at_points, col, name=name, hollow=True)
                )
        if not points.empty:
            sections.append(area_layers.add_count_circles(m, points, col, name="Counts per place"))
    return sections


def event_counts_per_area(
    events: gpd.GeoDataFrame, areas: Mapping[str, gpd.GeoDataFrame]
) -> dict[str, np.ndarray]:
    """Events per township (precisely located events) and per state/region (also events located
    to the state; never those located only to the country), aligned with the area rows.

    When the townships name their state (``state_pcode``), state counts are the sum of their
    townships plus the state-located events, which saves a second pass over every event.
    """
    precision = (
        events["precision"].astype(str).to_numpy()
        if "precision" in events.columns
        else np.full(len(events), "exact")
    )
    precise = ~np.isin(precision, list(IMPRECISE_LEVELS))
    out: dict[str, np.ndarray] = {}
    towns, states = areas.get("township"), areas.get("state")
    if towns is not None and not towns.empty:
        out["township"] = area_layers.count_in_areas(events.geometry[precise], towns)
    if states is None or states.empty:
        return out
    if "township" in out and "state_pcode" in towns.columns and "pcode" in states.columns:
        by_state = pd.Series(out["township"]).groupby(towns["state_pcode"].to_numpy()).sum()
        if set(by_state.index) <= set(states["pcode"]):
            state_only = events.geometry[precision == "state"]
            out["state"] = by_state.reindex(states["pcode"], fill_value=0).to_numpy(
                dtype=np.int64
            ) + area_layers.count_in_areas(state_only, states)
            return out
    out["state"] = area_layers.count_in_areas(events.geometry[precision != "country"], states)
    return out


def add_event_choropleths(
    m: folium.Map, events: gpd.GeoDataFrame, areas: Mapping[str, gpd.GeoDataFrame], *, show: bool
) -> list[str]:
    """Events counted per state/region and per township (precision-aware), as choropleths."""
    counts = event_counts_per_area(events, areas)
    return [
        area_layers.add_choropleth(
            m,
            areas[level].reset_index(drop=True),
            counts[level],
            name=f"Events per {area_layers.LEVEL_LABELS[level]}",
            show=show and level == "township",
        )
        for level in ("state", "township")
        if level in counts
    ]


def fit_to(m: folium.Map, *frames: Any) -> None:
    """Fit the view to the data (Myanmar when there is none), set before any layer is added
    and without a zoom animation: Leaflet.markercluster 1.1.0, still loading its markers in
    chunks, fails on a view change ("reading 'lat'" of bounds it has not set yet)."""
    bounds = []
    for frame in frames:
        if frame is None or len(frame) == 0:
            continue
        b = frame.total_bounds
        if np.all(np.isfinite(b)):
            bounds.append(b)
    if not bounds:
        fit = folium.map.FitBounds(MYANMAR_BOUNDS)
    else:
        arr = np.array(bounds)
        minx, miny = arr[:, 0].min(), arr[:, 1].min()
        maxx, maxy = arr[:, 2].max(), arr[:, 3].max()
        box = [[float(miny), float(minx)], [float(maxy), float(maxx)]]
        fit = folium.map.FitBounds(box, padding=(20, 20))
    fit.options["animate"] = False
    m.add_child(fit)
    m._children.move_to_end(fit.get_name(), last=False)  # rendered first: the view comes first


def describe_method(
    events: Any,
    projects: Any,
    analysis: Any,
    counts: Any,
    areas: Mapping[str, gpd.GeoDataFrame],
    *,
    radii: Sequence[float],
    events_summary: EventSummary | None,
    aggregate_only: bool,
    synthetic: bool,
) -> tuple[dict[str, str | list[str]], list[str]]:
    """The methods box entries and the attribution keys of what the map shows."""
    items: dict[str, str | list[str]] = {}
    names: list[str] = []
    if synthetic:
        items["Synthetic data"] = "Events are generated by code for testing: none is real."
    if events is not None:
        attrs = events.attrs
        dataset = " ".join(t for t in (text(attrs.get("dataset")), text(attrs.get("version"))) if t)
        if "source_dataset" in events.columns:
            names += [str(v) for v in events["source_dataset"].dropna().unique()[:5]]
        names.append(dataset)
        line = f"{dataset or 'events'}: {len(events):,} events"
        if "date" in events.columns and len(events):
            dates = pd.to_datetime(events["date"], errors="coerce")
            if dates.notna().any():  # months only when publishing aggregates
                fmt = "%Y-%m" if aggregate_only else "%Y-%m-%d"
                line += f", {dates.min():{fmt}} to {dates.max():{fmt}}"
        items["Events"] = line
        if events_summary is not None:
            shown = {
                "markers": "one marker per event, coloured by type",
                "cluster": "markers clustered by zoom",
                "heat": "heat map of events per ~2 km grid cell and month",
            }[events_summary.mode]
            items["Events shown as"] = f"{shown}; {events_summary.shown:,} drawn"
    if aggregate_only:
        items["Publish-safe"] = (
            "Aggregate only: this file holds counts per area and per project, no event rows."
        )
    if radii:
        items["Radii"] = ", ".join(f"{r:g} km" for r in radii)
    method = getattr(analysis, "method", None) or {}
    if method and radii:
        items.pop("Radii", None)  # the analysis states its own radii
    for key, value in method.items():
        # a file's name, not where it lies on the analyst's machine (maps are shared)
        shown_value = Path(str(value)).name if key == "source_path" else readable(value)
        if shown_value:
            items[str(key).replace("_", " ").capitalize()] = shown_value
            names.append(shown_value)
    if events is not None and not any(k.lower().startswith("precision") for k in items):
        items["Precision rule"] = DEFAULT_PRECISION_RULE
    count_lines = describe_counts(_counts_frames(counts))
    if count_lines:
        items["Area counts"] = count_lines
        names += count_lines
    for level, frame in areas.items():
        if frame.attrs.get("source"):
            items[f"Areas ({level})"] = text(frame.attrs["source"])
            names.append(text(frame.attrs["source"]))
    if projects is not None:
        items["Projects"] = f"{len(projects):,} projects"
        if "sources" in projects.columns:
            names += [text(s) for s in projects["sources"]]
    return items, attribution_keys(names)


def readable(value: Any) -> str:
    """A method value as short text: lists joined, dicts as "key: value", missing left out."""
    if value is None or value == "" or value == [] or value == {}:
        return ""
    if isinstance(value, Mapping):
        parts = [f"{str(k).replace('_', ' ')}: {readable(v)}" for k, v in value.items()]
        return "; ".join(p for p in parts if not p.endswith(": "))
    if isinstance(value, list | tuple):
        return ", ".join(readable(v) for v in value)
    return text(value)


#: Entries of a counts frame's ``attrs["method"]`` shown in the methods box, in this order.
COUNTS_METHOD_KEYS = ("dataset", "version", "months", "violence_types", "placement_rule")


def describe_counts(frames: Sequence[gpd.GeoDataFrame]) -> list[str]:
    """Methods-box lines for count frames (e.g. embedded UCDP counts), each line once."""
    lines: list[str] = []

    def add(line: str) -> None:
        if line and line not in lines:
            lines.append(line)

    for frame in frames:
        method = frame.attrs.get("method")
        if isinstance(method, Mapping):
            for key in COUNTS_METHOD_KEYS:
                value = method.get(key)
                if key == "months" and isinstance(value, list | tuple) and len(value) == 2:
                    shown = f"{value[0]} to {value[1]}"
                else:
                    shown = readable(value)
                if shown:
                    add(f"{key.replace('_', ' ')}: {shown}")
        elif method:
            add(text(method))
        if frame.attrs.get("attribution"):
            add(f"attribution: {text(frame.attrs['attribution'])}")
    return lines


#: At most this many areas are named in the popup of a project crossing several (a pipeline).
MAX_AREAS_NAMED = 6
_PLURAL = {"state/region": "states/regions"}


def area_of_projects(projects: gpd.GeoDataFrame, counts: Any) -> dict[str, list[tuple[str, str]]]:
    """Per project id, popup rows naming the area that holds it and that area's counts; for a
    line or area crossing several areas (a pipeline), each of them, most events first."""
    rows: dict[str, list[tuple[str, str]]] = {}
    if projects is None or "id" not in projects.columns:
        return rows
    shapes = np.asarray(projects.geometry.values, dtype=object)
    for frame in _counts_frames(counts):
        polys = frame[frame.geometry.geom_type.isin(["Polygon", "MultiPolygon"])]
        if polys.empty:
            continue
        col = _value_column(polys)
        level = area_layers.LEVEL_LABELS.get(_level_of(frame), _level_of(frame))
        tree = shapely.STRtree(polys.geometry.values)
        crossed: dict[int, list[int]] = {}
        for p, a in zip(*tree.query(shapes, predicate="intersects"), strict=True):
            crossed.setdefault(int(p), []).append(int(a))
        for p, found in crossed.items():
            areas = polys.iloc[found].sort_values(col, ascending=False)
            deaths = "deaths" in polys.columns
            values = [_area_counts(area, col, deaths) for _, area in areas.iterrows()]
            if len(values) == 1:
                label = f"In {level}"
            else:
                label = f"Crosses {len(values)} {_PLURAL.get(level, level + 's')}"
                if len(values) > MAX_AREAS_NAMED:
                    more = len(values) - MAX_AREAS_NAMED
                    values = [*values[:MAX_AREAS_NAMED], f"and {more} more"]
            rows.setdefault(text(projects["id"].iloc[p]), []).append((label, "; ".join(values)))
    return rows


def _area_counts(area: pd.Series, column: str, deaths: bool) -> str:
    """ "Mandalay: 370 events, 473 deaths" for one area's row of a counts table."""
    value = f"{text(area.get('name'))}: {float(area[column]):,.0f} events"
    return value + (f", {float(area['deaths']):,.0f} deaths" if deaths else "")


def build_map(
    events: gpd.GeoDataFrame | None = None,
    projects: gpd.GeoDataFrame | None = None,
    analysis: Any = None,
    *,
    areas: gpd.GeoDataFrame | Mapping[str, gpd.GeoDataFrame] | None = None,
    counts: gpd.GeoDataFrame | Sequence[gpd.GeoDataFrame] | None = None,
    title: str | None = None,
    aggregate_only: bool = False,
    radii_km: Sequence[float] | None = None,
    synthetic: bool | None = None,
    tiles: str | None = "OpenStreetMap",
) -> folium.Map:
    """Build the map of projects, conflict events and area counts, with its frame.

    - ``events``: normalised events (markers, clusters or a heat map by size, monthly slider);
    - ``projects`` (or ``analysis.projects``): a marker per project, lines, rings per radius;
    - ``analysis``: a ProximityResult; its counts go into the project popups, its method into
      the methods box;
    - ``areas``: areas by level ({"state": ..., "township": ...}; default ``load_areas``) for the
      offline basemap and the event choropleths; ``counts``: counts per area (embedded counts);
    - ``aggregate_only``: no event rows in the HTML, only counts per area and per project;
    - ``synthetic``: label the map synthetic (default: detected from the data).
    """
    if projects is None and analysis is not None:
        projects = getattr(analysis, "projects", None)
    if synthetic is None:  # an analysis of synthetic events is synthetic too
        made_up = analysis is not None and bool(analysis.method.get(SYNTHETIC_ATTR))
        synthetic = made_up or is_synthetic(events, counts)
    area_map = area_layers.normalise_areas(areas) if areas is not None else _load_default_areas()
    _, analysis_radii = analysis_counts(analysis)
    radii = list(radii_km) if radii_km else analysis_radii

    m = new_map(tiles=tiles)
    legend: list[str] = []
    if area_map:
        area_layers.add_basemap(m, area_map)
    show_areas = aggregate_only or events is None
    legend += add_counts_layers(m, counts, show=show_areas)
    if events is not None and area_map and counts is None:
        legend += add_event_choropleths(m, events, area_map, show=show_areas)
    summary = None
    if events is not None and not aggregate_only:
        section, summary = add_events_layer(m, events)
        legend.insert(0, section)
    if projects is not None and len(projects):
        legend.insert(
            0,
            add_projects_layer(
                m,
                projects,
                analysis,
                radii_km=radii,
                extra_rows=area_of_projects(projects, counts),
                aggregate_only=aggregate_only,
            ),
        )
        m._mapper_summary = summary_table(projects, analysis)  # for show()
    items, credits = describe_method(
        events,
        projects,
        analysis,
        counts,
        area_map,
        radii=radii,
        events_summary=summary,
        aggregate_only=aggregate_only,
        synthetic=synthetic,
    )
    finish_map(m, title or DEFAULT_TITLE, legend, items, credits, synthetic=synthetic)
    shown = [projects, None if aggregate_only else events, *_counts_frames(counts)]
    if all(f is None or len(f) == 0 for f in shown):
        shown = list(area_map.values())
    fit_to(m, *shown)
    return m


def finish_map(
    m: folium.Map,
    title: str,
    legend_sections: Sequence[str],
    method_items: Mapping[str, str | Sequence[str]],
    attributions: Sequence[str] = BASE_ATTRIBUTIONS,
    *,
    synthetic: bool = False,
    subtitle: str = "",
) -> folium.Map:
    """Add the frame: title, legend, methods box, layer control, fullscreen and minimap.

    Call it last: the layer control lists the layers added before it. ``attributions`` are keys
    of :data:`mapper.maps.frame.ATTRIBUTIONS` (default: MIMU, GeoNames, OpenStreetMap).
    """
    add_title(m, title, synthetic=synthetic, subtitle=subtitle)
    add_legend(m, legend_sections)
    add_methods_box(m, method_items, attributions)
    add_controls(m)
    return m


def summary_table(projects: gpd.GeoDataFrame, analysis: Any = None) -> pd.DataFrame:
    """The projects with their counts near them (from the analysis), for display beside a map."""
    table = getattr(analysis, "projects", None)
    source = table if table is not None else projects
    keep = [c for c in ("name", "sector", "status", "investors") if c in source.columns]
    keep += [
        c
        for c in source.columns
        if str(c).startswith(("events_", "fatalities_")) or c == "nearest_event_km"
    ]
    return pd.DataFrame(source[keep]).reset_index(drop=True)
