"""The conflict events layer, usable at any size.

- up to ``MARKER_MAX`` events: one circle marker per event, coloured by type, with a popup;
- up to ``CLUSTER_MAX``: the same markers in clusters (Leaflet.markercluster);
- above: a heat map of events aggregated to a grid of ``HEAT_CELL_DEG`` per month, so a million
  events stay a few MB of HTML. Events located only to a state or the country are left out of the
  heat map (they would draw false hot spots at area centres).

Rows are sent to the browser as one compact JSON array (escaped text) and turned into layers by a
short script, which is much smaller than one folium element per event. Every mode registers with
the monthly slider (:mod:`mapper.maps.timeslider`).
"""

from __future__ import annotations

from dataclasses import dataclass

import folium
import geopandas as gpd
import numpy as np
import pandas as pd
from folium import plugins
from folium.elements import JSCSSMixin
from jinja2 import Template

from mapper.maps import style
from mapper.maps.frame import legend_section
from mapper.maps.safe import esc, js_json, text
from mapper.maps.timeslider import add_month_slider
from mapper.schema import IMPRECISE_LEVELS

MARKER_MAX = 2_000
CLUSTER_MAX = 20_000
HEAT_CELL_DEG = 0.02  # ~2 km grid cells for the heat map
COORD_DECIMALS = 4  # ~10 m, finer than any event's precision


class EventsLayer(JSCSSMixin, folium.map.Layer):
    """Events drawn in the browser from compact JSON (markers, clusters or a heat map)."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        var {{ this.get_name() }} = (function () {
            var map = {{ this._parent.get_name() }};
            var data = {{ this.data_json }};
            var layer, build;
            if (data.mode === 'heat') {
                layer = L.heatLayer([], {radius: 14, blur: 18, minOpacity: 0.35, maxZoom: 9});
                build = function (month) {
                    var pts = [], max = 1, c = data.points;
                    for (var i = 0; i < c.n.length; i++) {
                        if (month === null || c.month[i] === month) {
                            pts.push([c.lat[i], c.lon[i], c.n[i]]);
                        }
                    }
                    pts.forEach(function (p) { if (p[2] > max) { max = p[2]; } });
                    layer.setOptions({max: Math.max(1, max * 0.5)});
                    layer.setLatLngs(pts);
                };
            } else {
                var markers = data.rows.map(function (r) {
                    var imprecise = r[6] === 1;
                    var marker = L.circleMarker([r[0], r[1]], {
                        radius: r[5], color: imprecise ? data.colors[r[2]] : '#222',
                        weight: imprecise ? 2 : 1, dashArray: imprecise ? '3 3' : null,
                        fillColor: data.colors[r[2]], fillOpacity: imprecise ? 0.1 : 0.85,
                        className: 'mapper-event'
                    });
                    marker.bindPopup(r[4], {maxWidth: 320});
                    marker._mapperMonth = r[3];
                    return marker;
                });
                layer = data.mode === 'cluster'
                    ? L.markerClusterGroup({chunkedLoading: true, maxClusterRadius: 45})
                    : L.featureGroup();
                build = function (month) {
                    var chosen = month === null ? markers : markers.filter(function (mk) {
                        return mk._mapperMonth === month;
                    });
                    layer.clearLayers();
                    if (layer.addLayers) { layer.addLayers(chosen); }
                    else { chosen.forEach(function (mk) { layer.addLayer(mk); }); }
                };
            }
            build(null);
            var time = map._mapperTime = map._mapperTime || {listeners: []};
            time.listeners.push(build);
            return layer;
        })();
        {% endmacro %}
        """
    )

    def __init__(self, data: dict, *, name: str, show: bool = True) -> None:
        super().__init__(name=name, overlay=True, control=True, show=show)
        self._name = "EventsLayer"
        self.data_json = js_json(data)
        mode = data["mode"]
        if mode == "heat":
            self.default_js = list(plugins.HeatMap.default_js)
        elif mode == "cluster":
            self.default_js = list(plugins.MarkerCluster.default_js)
            self.default_css = list(plugins.MarkerCluster.default_css)


@dataclass
class EventSummary:
    """What the events layer drew: mode, counts, months, for the legend and methods box."""

    mode: str
    shown: int
    left_out: int
    months: list[str]


def month_keys(dates: pd.Series) -> tuple[np.ndarray, list[str]]:
    """Month index of each date (-1 when missing) and the sorted month labels "YYYY-MM"."""
    periods = pd.to_datetime(dates, errors="coerce").dt.to_period("M")
    codes, uniques = pd.factorize(periods, sort=True)
    labels = [str(p) for p in uniques]
    return codes.astype(np.int64), labels


def choose_mode(n: int) -> str:
    """markers, cluster or heat for ``n`` events."""
    if n <= MARKER_MAX:
        return "markers"
    return "cluster" if n <= CLUSTER_MAX else "heat"


def event_popup(row: dict) -> str:
    """The popup of one event: date, type, place, fatalities, precision, source (escaped)."""
    date = row.get("date")
    date_text = "" if pd.isna(date) else pd.Timestamp(date).strftime("%Y-%m-%d")
    fields = [
        ("Date", date_text),
        (
            "Type",
            " / ".join(
                t for t in (text(row.get("event_type")), text(row.get("sub_event_type"))) if t
            ),
        ),
        ("Place", text(row.get("place"))),
        ("Actors", text(row.get("actors"))),
        ("Fatalities", text(row.get("fatalities"))),
        ("Precision", text(row.get("precision"))),
        (
            "Source",
            " ".join(t for t in (text(row.get("source_dataset")), text(row.get("event_id"))) if t),
        ),
    ]
    cells = "".join(f"<tr><th>{esc(k)}</th><td>{esc(v)}</td></tr>" for k, v in fields if v)
    return f'<div class="mapper-popup"><table>{cells}</table></div>'


def _points(events: gpd.GeoDataFrame) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    geoms = events.geometry.values
    ok = ~(geoms.isna() | geoms.is_empty)
    lon = np.full(len(events), np.nan)
    lat = np.full(len(events), np.nan)
    if ok.any():
        lon[ok] = geoms[ok].x
        lat[ok] = geoms[ok].y
    ok &= np.isfinite(lon) & np.isfinite(lat)
    return lat, lon, ok


def _imprecise(events: gpd.GeoDataFrame) -> np.ndarray:
    """True for events located only to a state/region or the country."""
    if "precision" not in events.columns:
        return np.zeros(len(events), dtype=bool)
    return events["precision"].isin(list(IMPRECISE_LEVELS)).to_numpy(dtype=bool)


def heat_data(events: gpd.GeoDataFrame, month_idx: np.ndarray) -> dict[str, list]:
    """Events counted per grid cell and month, as columns ``lat, lon, n, month``."""
    lat, lon, ok = _points(events)
    keep = ok & ~_imprecise(events)
    cy = np.floor(lat[keep] / HEAT_CELL_DEG).astype(np.int64)
    cx = np.floor(lon[keep] / HEAT_CELL_DEG).astype(np.int64)
    frame = pd.DataFrame({"cy": cy, "cx": cx, "month": month_idx[keep]})
    grouped = frame.groupby(["cy", "cx", "month"], sort=True).size().reset_index(name="n")
    clat = np.round((grouped["cy"].to_numpy() + 0.5) * HEAT_CELL_DEG, 3)
    clon = np.round((grouped["cx"].to_numpy() + 0.5) * HEAT_CELL_DEG, 3)
    return {
        "lat": clat.tolist(),
        "lon": clon.tolist(),
        "n": grouped["n"].to_numpy(dtype=np.int64).tolist(),
        "month": grouped["month"].to_numpy(dtype=np.int64).tolist(),
    }


def add_events_layer(
    m: folium.Map,
    events: gpd.GeoDataFrame,
    *,
    name: str = "Conflict events",
    mode: str | None = None,
    slider: bool = True,
) -> tuple[str, EventSummary]:
    """Add ``events`` as markers, clusters or a heat map (by count); return legend and summary."""
    n = len(events)
    mode = mode or choose_mode(n)
    dates = events["date"] if "date" in events.columns else pd.Series([pd.NaT] * n)
    month_idx, months = month_keys(dates)
    lat, lon, ok = _points(events)
    legend_rows: list[str] = []
    if mode == "heat":
        points = heat_data(events, month_idx)
        shown = int(sum(points["n"]))
        data = {"mode": "heat", "months": months, "points": points}
        legend_rows.append(esc(f"Heat map of {shown:,} events ({HEAT_CELL_DEG:g}° grid)"))
    else:
        types = [text(t, "unknown") for t in events.get("event_type", pd.Series([""] * n))]
        kinds = sorted(set(types))
        colors = style.event_type_colors(kinds)
        type_idx = {k: i for i, k in enumerate(kinds)}
        rows = []
        records = events.drop(columns=events.geometry.name).to_dict("records")
        imprecise = _imprecise(events)
        deaths = np.zeros(n)
        if "fatalities" in events.columns:
            deaths = pd.to_numeric(events["fatalities"], errors="coerce").to_numpy(
                dtype=float, na_value=0.0
            )
        radius = 4 + np.minimum(np.sqrt(np.clip(deaths, 0, None)), 6)
        for i in np.flatnonzero(ok):
            rows.append(
                [
                    round(float(lat[i]), COORD_DECIMALS),
                    round(float(lon[i]), COORD_DECIMALS),
                    type_idx[types[i]],
                    int(month_idx[i]),
                    event_popup(records[i]),
                    round(float(radius[i]), 1),
                    int(imprecise[i]),
                ]
            )
        shown = len(rows)
        data = {"mode": mode, "months": months, "colors": [colors[k] for k in kinds], "rows": rows}
        legend_rows = [
            f'<span class="mapper-dot" style="background:{colors[k]}"></span>{esc(k)}'
            for k in kinds
        ]
        legend_rows.append(esc("size: fatalities"))
        if imprecise[ok].any():
            legend_rows.append(
                '<span class="mapper-dot" style="background:none;border-style:dashed"></span>'
                + esc("hollow: located only to a state/region or the country")
            )
        if mode == "cluster":
            legend_rows.append(esc("numbers: events clustered at this zoom"))
    EventsLayer(data, name=esc(f"{name} ({shown:,})")).add_to(m)
    if mode == "heat":  # the slider counts what is drawn
        drawn_months, weights = np.asarray(points["month"]), np.asarray(points["n"])
    else:
        drawn_months, weights = np.asarray([r[3] for r in rows], dtype=np.int64), None
    valid = drawn_months >= 0
    w = None if weights is None else weights[valid]
    totals = np.bincount(drawn_months[valid], weights=w, minlength=len(months)).astype(int).tolist()
    if slider:
        add_month_slider(m, months, totals, all_label=f"All months: {int(sum(totals)):,} events")
    summary = EventSummary(mode=mode, shown=shown, left_out=n - shown, months=months)
    return legend_section(name, legend_rows), summary
