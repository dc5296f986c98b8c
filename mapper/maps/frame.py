"""The frame around the layers: title, legend, methods box, attribution and map controls."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

import folium
from folium import plugins

from mapper.maps.controls import HtmlControl, add_css
from mapper.maps.safe import esc, safe_url

#: Sources credited on every map, by keyword found in the datasets shown: (name, URL, note).
ATTRIBUTIONS: dict[str, tuple[str, str, str]] = {
    "ucdp": ("UCDP", "https://ucdp.uu.se/", "UCDP Georeferenced Event Dataset, Uppsala University"),
    "acled": ("ACLED", "https://acleddata.com/", "Armed Conflict Location & Event Data Project"),
    "mimu": ("MIMU", "https://themimu.info/", "Myanmar Information Management Unit, P-codes"),
    "geonames": ("GeoNames", "https://www.geonames.org/", "place names, CC BY 4.0"),
    "aiddata": ("AidData", "https://www.aiddata.org/", "Chinese development finance"),
    "gem": ("GEM", "https://globalenergymonitor.org/", "Global Energy Monitor trackers"),
    "osm": ("OpenStreetMap", "https://www.openstreetmap.org/copyright", "map tiles, ODbL"),
}
#: Credited on every map: the gazetteer and the areas come from MIMU and GeoNames, tiles from OSM.
BASE_ATTRIBUTIONS = ("mimu", "geonames", "osm")


def attribution_keys(texts: Iterable[str]) -> list[str]:
    """The ATTRIBUTIONS keys named in ``texts`` (dataset names, sources), plus the base ones."""
    found = list(BASE_ATTRIBUTIONS)
    blob = " ".join(t.lower() for t in texts if t)
    for key in ATTRIBUTIONS:
        if key not in found and key in blob:
            found.append(key)
    if "global energy monitor" in blob and "gem" not in found:
        found.append("gem")
    return found


def add_title(m: folium.Map, title: str, *, synthetic: bool = False, subtitle: str = "") -> None:
    """Show ``title`` (escaped) at the top of the map and as the page title.

    ``synthetic`` prefixes "SYNTHETIC DATA" so a synthetic map is never mistaken for real events.
    """
    add_css(m)
    prefix = "SYNTHETIC DATA: " if synthetic else ""
    parts = []
    if synthetic:
        parts.append(f'<span class="mapper-synthetic">{esc(prefix)}</span>')
    parts.append(esc(title))
    if subtitle:
        parts.append(f'<div class="mapper-subtitle">{esc(subtitle)}</div>')
    HtmlControl("".join(parts), position="topright", css_class="mapper-title").add_to(m)
    m.get_root().title = esc(prefix + title)


def add_legend(m: folium.Map, sections: Sequence[str], *, position: str = "bottomright") -> None:
    """Add one legend box from pre-built (escaped) HTML ``sections``."""
    sections = [s for s in sections if s]
    if not sections:
        return
    add_css(m)
    HtmlControl("".join(sections), position=position, css_class="mapper-legend").add_to(m)


def legend_section(title: str, rows: Sequence[str], *, two_columns: bool = False) -> str:
    """A legend section: an escaped heading and pre-built HTML rows (in one or two columns)."""
    css = "mapper-row mapper-half" if two_columns else "mapper-row"
    return f"<h4>{esc(title)}</h4>" + "".join(f'<div class="{css}">{r}</div>' for r in rows)


def add_methods_box(
    m: folium.Map,
    items: Mapping[str, str | Sequence[str]],
    attributions: Sequence[str] = BASE_ATTRIBUTIONS,
    *,
    position: str = "bottomleft",
) -> None:
    """A collapsible "Methods and sources" box: ``items`` (label -> text) and credited sources."""
    add_css(m)
    rows = []
    for label, value in items.items():
        values = [value] if isinstance(value, str) else list(value)
        if not values:
            continue
        rows.append(f"<dt>{esc(label)}</dt>" + "".join(f"<dd>{esc(v)}</dd>" for v in values))
    credits = []
    for key in attributions:
        name, url, note = ATTRIBUTIONS[key]
        href = safe_url(url)
        credits.append(
            f'<dd><a href="{href}" target="_blank" rel="noopener">{esc(name)}</a>: {esc(note)}</dd>'
        )
    rows.append("<dt>Sources</dt>" + "".join(credits))
    html = f"<details><summary>Methods and sources</summary><dl>{''.join(rows)}</dl></details>"
    HtmlControl(html, position=position, css_class="mapper-methods").add_to(m)


def add_controls(m: folium.Map, *, minimap: bool = True) -> None:
    """Layer control, fullscreen button and minimap (the scale bar is a Map option)."""
    plugins.Fullscreen(position="topleft").add_to(m)
    if minimap:
        plugins.MiniMap(toggle_display=True, position="bottomright", zoom_level_offset=-5).add_to(m)
    folium.LayerControl(collapsed=True, position="topright").add_to(m)
