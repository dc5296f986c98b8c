"""Area layers: the offline basemap (outlines) and choropleths of counts per state or township.

Class breaks come from mapclassify (Fisher-Jenks on the non-zero counts), which keeps a few
hot-spot areas from washing out every other class when counts are skewed. Areas with no events get
their own class.
"""

from __future__ import annotations

import warnings
from collections.abc import Mapping, Sequence
from typing import Any

import folium
import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from mapper.maps import style
from mapper.maps.frame import legend_section
from mapper.maps.safe import esc, text

#: Simplification tolerance (degrees, ~500 m) and coordinate rounding for drawn areas.
SIMPLIFY_DEG = 0.005
ROUND_DECIMALS = 4

LEVEL_LABELS = {"state": "state/region", "township": "township", "country": "country"}


def _drawable(geoms: gpd.GeoSeries, tolerance: float = SIMPLIFY_DEG) -> gpd.GeoSeries:
    """Geometries simplified and rounded so that area layers stay small in the HTML."""
    out = geoms.simplify(tolerance, preserve_topology=True)
    out = shapely.set_precision(out.values, 10**-ROUND_DECIMALS)
    return gpd.GeoSeries(out, index=geoms.index, crs=geoms.crs)


def add_basemap(m: folium.Map, areas: Mapping[str, gpd.GeoDataFrame]) -> None:
    """Draw country, state/region and township outlines, readable without any tiles.

    ``areas`` maps a level ("state", "township") to its areas. The outlines ignore clicks.
    """
    group = folium.FeatureGroup(name="Outlines (offline basemap)", show=True)
    layers: list[tuple[str, gpd.GeoSeries]] = []
    if "township" in areas and not areas["township"].empty:
        layers.append(("township", areas["township"].geometry))
    states = areas.get("state")
    if states is not None and not states.empty:
        layers.append(("state", states.geometry))
        country = gpd.GeoSeries([shapely.union_all(states.geometry.values)], crs=states.crs)
        layers.append(("country", country))
    if not layers:
        return
    for level, geoms in layers:
        weight = {"township": 0.5, "state": 1.2, "country": 2.0}[level]
        line_style = {"color": style.OUTLINE[level], "weight": weight, "fill": False}
        folium.GeoJson(
            gpd.GeoDataFrame(geometry=_drawable(geoms).reset_index(drop=True)),
            name=f"{level} outlines",
            style_function=lambda _f, s=line_style: s,
            interactive=False,
            control=False,
        ).add_to(group)
    group.add_to(m)


def class_breaks(values: Sequence[float] | np.ndarray, k: int = 5) -> list[float]:
    """Upper bounds of up to ``k`` classes for the positive ``values`` (zero is its own class).

    Fisher-Jenks natural breaks (sampled above 2,000 values) suit skewed counts; with few distinct
    values each value is its own class.
    """
    arr = np.asarray(values, dtype=float)
    pos = arr[np.isfinite(arr) & (arr > 0)]
    if pos.size == 0:
        return []
    distinct = np.unique(pos)
    if distinct.size <= k:
        return distinct.tolist()
    import mapclassify  # slow to import (scipy, sklearn): only when a choropleth is drawn

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # "Numba not installed": the pure-Python path is fine
        if pos.size > 2000:
            classifier = mapclassify.FisherJenksSampled(pos, k=k, pct=min(1.0, 2000 / pos.size))
        else:
            classifier = mapclassify.FisherJenks(pos, k=k)
    bins = np.unique(np.asarray(classifier.bins, dtype=float))
    bins[-1] = max(bins[-1], pos.max())
    return bins.tolist()


def _fmt(value: float) -> str:
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.1f}"


def class_labels(breaks: Sequence[float]) -> list[str]:
    """Labels "0", "1-3", "4-20", ... for the zero class and the classes of ``breaks``."""
    labels = ["0"]
    low = 0.0
    for upper in breaks:
        start = np.floor(low) + 1 if float(low).is_integer() and float(upper).is_integer() else low
        labels.append(_fmt(upper) if start >= upper else f"{_fmt(start)}–{_fmt(upper)}")
        low = upper
    return labels


def class_colors(n_classes: int) -> list[str]:
    """Sequential colours for ``n_classes`` classes, spread over the palette."""
    palette = style.SEQUENTIAL
    if n_classes <= 0:
        return []
    idx = np.linspace(0, len(palette) - 1, n_classes).round().astype(int)
    return [palette[i] for i in idx]


def add_choropleth(
    m: folium.Map,
    areas: gpd.GeoDataFrame,
    values: pd.Series | Sequence[float],
    *,
    name: str,
    unit: str = "events",
    show: bool = True,
    extra: Mapping[str, pd.Series] | None = None,
) -> str:
    """Fill ``areas`` by ``values`` (aligned with the rows) in classes; return the legend section.

    Tooltips show the area's name and its value (and any ``extra`` columns, e.g. deaths), escaped.
    """
    vals = np.asarray(pd.to_numeric(pd.Series(values), errors="coerce").fillna(0), dtype=float)
    breaks = class_breaks(vals)
    colors = class_colors(len(breaks))
    cls = np.zeros(len(vals), dtype=int)
    positive = vals > 0
    if breaks:
        cls[positive] = np.searchsorted(np.asarray(breaks), vals[positive], side="left") + 1
        cls = np.minimum(cls, len(breaks))
    fills = [style.ZERO_FILL, *colors]
    labels = []
    names = areas["name"] if "name" in areas.columns else pd.Series([""] * len(areas))
    for i, (area_name, value) in enumerate(zip(names, vals, strict=True)):
        label = f"<b>{esc(area_name)}</b><br>{esc(_fmt(value))} {esc(unit)}"
        for key, series in (extra or {}).items():
            label += f"<br>{esc(_fmt(float(series.iloc[i])))} {esc(key)}"
        labels.append(label)
    frame = gpd.GeoDataFrame(
        {"label": labels, "fill": [fills[c] for c in cls]},
        geometry=_drawable(areas.geometry).values,
        crs=areas.crs,
    )
    frame = frame[~frame.geometry.is_empty & frame.geometry.notna()]
    folium.GeoJson(
        frame,
        name=esc(name),  # layer names are HTML in the layer control
        show=show,
        style_function=lambda f: {
            "fillColor": f["properties"]["fill"],
            "fillOpacity": 0.65,
            "color": "#555555",
            "weight": 0.4,
        },
        highlight_function=lambda _f: {"weight": 2, "color": "#000000"},
        tooltip=folium.GeoJsonTooltip(fields=["label"], labels=False),
    ).add_to(m)
    rows = [
        f'<span class="mapper-swatch" style="background:{fill}"></span>{esc(label)}'
        for fill, label in zip(fills, class_labels(breaks), strict=True)
    ]
    return legend_section(name if unit in name.lower() else f"{name} ({unit})", rows)


def count_in_areas(points: gpd.GeoSeries, areas: gpd.GeoDataFrame) -> np.ndarray:
    """Number of ``points`` inside each of ``areas`` (a point on a shared border counts once).

    A point just outside every area goes to the nearest one within ``SNAP_KM``, as
    :func:`mapper.areas.assign_areas` places events for ``analyze`` and the shipped counts (a
    coastal village the derived outline leaves 50 m offshore). The tree is built over the
    points and queried with each (prepared) polygon, which is several times faster than
    testing a million points against detailed polygons one by one.
    """
    from mapper.areas import nearest_within
    from mapper.sources.embedded_counts import SNAP_KM

    counts = np.zeros(len(areas), dtype=np.int64)
    geoms = np.asarray(points.values)
    valid = ~(shapely.is_missing(geoms) | shapely.is_empty(geoms))
    if not valid.any() or areas.empty:
        return counts
    geoms = geoms[valid]
    tree = shapely.STRtree(geoms)
    area_idx, point_idx = tree.query(areas.geometry.values, predicate="covers")
    order = np.lexsort((area_idx, point_idx))
    point_idx, area_idx = point_idx[order], area_idx[order]
    first = np.r_[True, point_idx[1:] != point_idx[:-1]] if len(point_idx) else []
    np.add.at(counts, area_idx[first], 1)
    outside = np.ones(len(geoms), dtype=bool)
    outside[point_idx] = False
    if outside.any():
        areas_tree = shapely.STRtree(np.asarray(areas.geometry.values))
        _, near_area = nearest_within(geoms[outside], areas_tree, SNAP_KM)
        np.add.at(counts, near_area, 1)
    return counts


def normalise_areas(areas: Any) -> dict[str, gpd.GeoDataFrame]:
    """Turn ``areas`` (a GeoDataFrame, optionally with a ``level`` column, or a mapping) into a
    mapping level -> areas."""
    if areas is None:
        return {}
    if isinstance(areas, Mapping):
        return {str(k): v for k, v in areas.items() if v is not None}
    if "level" in areas.columns:
        return {text(lv): grp for lv, grp in areas.groupby("level", sort=False)}
    return {text(areas.attrs.get("level"), "area"): areas}


def add_count_circles(
    m: folium.Map,
    points: gpd.GeoDataFrame,
    column: str,
    *,
    name: str,
    unit: str = "events",
    hollow: bool = False,
) -> str:
    """Circles sized by ``column`` (area proportional to the count) at the points of a counts
    table, rows of the same place at the same point summed (e.g. several periods); returns the
    legend section. ``hollow``: rings, for counts of a whole area drawn at its centre."""
    located = points[points.geometry.notna() & ~points.geometry.is_empty]
    label_col = "place" if "place" in located.columns else "name"
    frame = pd.DataFrame(
        {
            "x": located.geometry.x.round(5),
            "y": located.geometry.y.round(5),
            "label": located[label_col].map(text) if label_col in located.columns else "",
            "value": pd.to_numeric(located[column], errors="coerce").fillna(0),
        }
    )
    # (a place, not a point: "Sagaing Region" sits at Monywa's point and is no part of Monywa)
    sums = frame.groupby(["x", "y", "label"], sort=False).agg(value=("value", "sum"))
    sums = sums.reset_index("label")
    top = max(float(sums["value"].max()), 1.0) if len(sums) else 1.0
    group = folium.FeatureGroup(name=esc(name), show=True)
    for (x, y), row in sums.iterrows():
        folium.CircleMarker(
            [y, x],
            radius=3 + 22 * float(np.sqrt(row["value"] / top)),
            color="#8b0000",
            weight=2 if hollow else 1,
            fill=not hollow,
            fill_color="#e34a33",
            fill_opacity=0.6,
            dash_array="4 3" if hollow else None,
            tooltip=folium.Tooltip(
                f"<b>{esc(row['label'])}</b><br>{esc(_fmt(row['value']))} {esc(unit)}"
            ),
        ).add_to(group)
    group.add_to(m)
    dot = "border:2px dashed #8b0000" if hollow else "background:#e34a33"
    row = f'<span class="mapper-dot" style="{dot}"></span>' + esc(
        f"circle area ~ {unit} (largest: {_fmt(top)})"
    )
    return legend_section(name, [row])
