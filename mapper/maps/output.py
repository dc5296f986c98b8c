"""Writing maps (atomically, optionally self-contained) and showing them in Jupyter."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import folium
import pandas as pd

from mapper.fileio import write_text_atomic


def render_html(m: folium.Map, *, self_contained: bool = False) -> str:
    """The map's full HTML page; with ``self_contained`` every JS/CSS asset is inlined from the
    local asset cache (:mod:`mapper.maps.assets`)."""
    html = m.get_root().render()
    if self_contained:
        from mapper.maps.assets import inline_assets

        html = inline_assets(html)
    return html


def save_map(m: folium.Map, path: str | os.PathLike[str], *, self_contained: bool = False) -> Path:
    """Write the map to ``path`` as HTML, atomically: a failed render leaves no file behind.

    ``self_contained`` inlines every asset so the page works offline (run ``mapper assets
    fetch`` once first); tiles still need the internet, the outlines basemap does not.
    """
    html = render_html(m, self_contained=self_contained)
    return write_text_atomic(path, html)


def show(m: folium.Map, table: pd.DataFrame | None = None) -> Any:
    """Jupyter: the map with its summary table below (the projects and counts near them).

    ``table`` defaults to the summary that :func:`build_map` attached to the map. Returns an
    ``IPython.display.HTML`` object (rendered inline when it is the cell's last value).
    """
    from IPython.display import HTML

    if table is None:
        table = getattr(m, "_mapper_summary", None)
    parts = [m._repr_html_()]
    if table is not None and len(table):
        parts.append(
            '<div style="max-height:320px;overflow:auto;margin-top:6px">'
            + table.to_html(index=False, escape=True, na_rep="", float_format=lambda v: f"{v:,.1f}")
            + "</div>"
        )
    return HTML("".join(parts))
