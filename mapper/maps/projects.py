"""The projects layer: a marker per site (icon by sector, colour by status), lines for pipelines
and railways, popups with the facts and sources, and rings or corridors at each radius."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from typing import Any

import folium
import geopandas as gpd
import pandas as pd
import shapely
from shapely.geometry.base import BaseGeometry

from mapper.maps import style
from mapper.maps.frame import legend_section
from mapper.maps.safe import esc, safe_url, text

_COUNT_COLUMN = re.compile(r"^(events|fatalities)_(\d+(?:\.\d+)?)km$")


def marker_point(geom: BaseGeometry) -> tuple[float, float] | None:
    """(lat, lon) of a project's marker: the point, the middle of a line, a point in a polygon."""
    if geom is None or geom.is_empty:
        return None
    if geom.geom_type == "Point":
        pt = geom
    elif geom.geom_type in ("LineString", "MultiLineString"):
        merged = shapely.line_merge(geom) if geom.geom_type == "MultiLineString" else geom
        if merged.geom_type == "LineString":
            pt = merged.interpolate(0.5, normalized=True)
        else:  # a line in pieces: a point on one of them
            pt = geom.representative_point()
    else:
        pt = geom.representative_point()
    return (pt.y, pt.x)


def parse_sources(value: Any) -> list[dict[str, str]]:
    """The ``sources`` JSON list of a project as dicts with ``name`` and ``url`` (bad -> text)."""
    raw = text(value).strip()
    if not raw:
        return []
    try:
        data = json.loads(raw)
    except ValueError:
        return [{"name": raw, "url": ""}]
    if isinstance(data, dict):
        data = [data]
    if not isinstance(data, list):
        return [{"name": raw, "url": ""}]
    out = []
    for item in data:
        if isinstance(item, dict):
            out.append({"name": text(item.get("name")), "url": text(item.get("url"))})
        else:
            out.append({"name": text(item), "url": ""})
    return out


def analysis_counts(
    analysis: Any, *, nearest: bool = True
) -> tuple[dict[str, dict[str, Any]], list[float]]:
    """Per project id: the counts columns of a ProximityResult (``events_{r}km``, ...) and,
    with ``nearest``, the distance to the nearest event; the radii."""
    table = getattr(analysis, "projects", None)
    if table is None or "id" not in getattr(table, "columns", ()):
        return {}, []
    matches = [(c, _COUNT_COLUMN.match(str(c))) for c in table.columns]
    cols = [c for c, match in matches if match]
    radii = sorted({float(match.group(2)) for _, match in matches if match})
    if nearest and "nearest_event_km" in table.columns:
        cols.append("nearest_event_km")
    rows = table[["id", *cols]].drop_duplicates("id")
    counts = {text(r["id"]): {c: r[c] for c in cols} for _, r in rows.iterrows()}
    return counts, radii


def _fmt_km(r: float) -> str:
    return f"{r:g}"


def popup_html(
    row: pd.Series,
    counts: dict[str, Any] | None,
    radii: Sequence[float],
    extra: Sequence[tuple[str, str]] = (),
) -> str:
    """The popup of one project: facts, sources as links and the counts near it, all escaped."""
    facts = [
        ("Sector", text(row.get("sector")).replace("_", " ")),
        ("Status", text(row.get("status")).replace("_", " ")),
        ("Investors", text(row.get("investors"))),
        ("Location", text(row.get("location_names"))),
        ("Precision", text(row.get("location_precision"))),
    ]
    rows = [f"<tr><th>{esc(k)}</th><td>{esc(v)}</td></tr>" for k, v in facts if v]
    if counts:
        for r in radii:
            ev = counts.get(f"events_{_fmt_km(r)}km")
            fat = counts.get(f"fatalities_{_fmt_km(r)}km")
            if ev is None:
                continue
            value = f"{text(ev, '0')} events"
            if fat is not None:
                value += f", {text(fat, '0')} deaths"
            rows.append(f"<tr><th>Within {esc(_fmt_km(r))} km</th><td>{esc(value)}</td></tr>")
        nearest = counts.get("nearest_event_km")
        if nearest is not None and text(nearest):
            rows.append(
                f"<tr><th>Nearest event</th><td>{esc(f'{float(nearest):.1f}')} km</td></tr>"
            )
    rows += [f"<tr><th>{esc(k)}</th><td>{esc(v)}</td></tr>" for k, v in extra]
    links = []
    for src in parse_sources(row.get("sources")):
        href = safe_url(src["url"])
        label = esc(src["name"] or src["url"] or "source")
        links.append(
            f'<a href="{href}" target="_blank" rel="noopener noreferrer">{label}</a>'
            if href
            else label
        )
    if links:
        rows.append(f"<tr><th>Sources</th><td>{'<br>'.join(links)}</td></tr>")
    notes = text(row.get("notes"))
    if notes:
        rows.append(f"<tr><th>Notes</th><td>{esc(notes)}</td></tr>")
    title = f"<b>{esc(row.get('name'))}</b>"
    return f'<div class="mapper-popup">{title}<table>{"".join(rows)}</table></div>'


def _metric_buffer(geom: BaseGeometry, km: float) -> BaseGeometry:
    """``geom`` buffered by ``km`` in a local azimuthal equidistant projection (accurate in km)."""
    c = geom.centroid
    local = f"+proj=aeqd +lat_0={c.y} +lon_0={c.x} +units=m +datum=WGS84"
    series = gpd.GeoSeries([geom], crs="EPSG:4326").to_crs(local)
    return series.buffer(km * 1000, quad_segs=8).to_crs("EPSG:4326").iloc[0]


def add_radius_layers(
    m: folium.Map, projects: gpd.GeoDataFrame, radii_km: Sequence[float], *, show_first: bool = True
) -> None:
    """A toggleable layer per radius: a ring around each site, a corridor along each line."""
    for i, r in enumerate(sorted(radii_km)):
        group = folium.FeatureGroup(
            name=f"Within {_fmt_km(r)} km of projects", show=show_first and i == 0
        )
        for geom in projects.geometry:
            if geom is None or geom.is_empty:
                continue
            ring_style = {
                "color": "#444444",
                "weight": 1,
                "dashArray": "4 4",
                "fill": True,
                "fillOpacity": 0.04,
                "interactive": False,
            }
            if geom.geom_type == "Point":
                folium.Circle([geom.y, geom.x], radius=float(r) * 1000, **ring_style).add_to(group)
            else:
                corridor = _metric_buffer(geom, r).simplify(0.002)
                folium.GeoJson(
                    corridor.__geo_interface__,
                    style_function=lambda _f, s=ring_style: s,
                    interactive=False,
                ).add_to(group)
        group.add_to(m)


def add_projects_layer(
    m: folium.Map,
    projects: gpd.GeoDataFrame,
    analysis: Any = None,
    *,
    radii_km: Sequence[float] = (),
    name: str = "Projects",
    extra_rows: Mapping[str, Sequence[tuple[str, str]]] | None = None,
    aggregate_only: bool = False,
) -> str:
    """Add a marker per project (and its line), popups and radius layers; return the legend.

    Markers carry the CSS class ``mapper-project`` so a test or a script can count them.
    ``aggregate_only`` (publish-safe) leaves out each project's distance to its nearest event:
    a few such distances locate an event.
    """
    counts, analysis_radii = analysis_counts(analysis, nearest=not aggregate_only)
    radii = list(radii_km) or analysis_radii
    lines = folium.FeatureGroup(name=esc(f"{name}: pipelines, railways, areas"), show=True)
    markers = folium.FeatureGroup(name=esc(name), show=True)
    n_lines = 0
    for _, row in projects.iterrows():
        geom = row.geometry
        where = marker_point(geom)
        if where is None:
            continue
        status = text(row.get("status"), "unknown")
        popup = folium.Popup(
            popup_html(
                row,
                counts.get(text(row.get("id"))),
                radii,
                (extra_rows or {}).get(text(row.get("id")), ()),
            ),
            max_width=340,
        )
        tooltip = folium.Tooltip(esc(row.get("name")))
        if geom.geom_type != "Point":
            n_lines += 1
            folium.GeoJson(
                geom.simplify(0.001).__geo_interface__,
                style_function=lambda _f, c=style.status_hex(status): {
                    "color": c,
                    "weight": 4,
                    "opacity": 0.85,
                    "fillOpacity": 0.15,
                },
                tooltip=tooltip,
            ).add_to(lines)
            tooltip = folium.Tooltip(esc(row.get("name")))
        folium.Marker(
            where,
            icon=folium.Icon(
                color=style.status_marker_color(status),
                icon=style.sector_icon(text(row.get("sector"), "other")),
                prefix="fa",
                className="awesome-marker mapper-project",
            ),
            popup=popup,
            tooltip=tooltip,
        ).add_to(markers)
    if radii:
        add_radius_layers(m, projects, radii)
    if n_lines:
        lines.add_to(m)
    markers.add_to(m)
    return projects_legend(projects)


def projects_legend(projects: gpd.GeoDataFrame) -> str:
    """Legend rows for the statuses and sectors present."""
    rows = []
    present = set(projects.get("status", pd.Series(dtype=object)).map(lambda v: text(v, "unknown")))
    for status, (_, hexcolor) in style.STATUS_COLORS.items():
        if status in present:
            rows.append(
                f'<span class="mapper-dot" style="background:{hexcolor}"></span>'
                f"{esc(status.replace('_', ' '))}"
            )
    sectors = set(projects.get("sector", pd.Series(dtype=object)).map(lambda v: text(v, "other")))
    for sector, icon in style.SECTOR_ICONS.items():
        if sector in sectors:
            rows.append(f'<i class="fa fa-{icon}"></i>{esc(sector.replace("_", " "))}')
    return legend_section("Projects (colour: status; icon: sector)", rows, two_columns=True)
