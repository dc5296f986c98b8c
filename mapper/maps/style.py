"""How things look: icons by project sector, colours by project status and by event type."""

from __future__ import annotations

#: Font Awesome 6 (free, solid) icon per project sector.
SECTOR_ICONS: dict[str, str] = {
    "port": "anchor",
    "sez": "building",
    "oil_gas": "oil-well",
    "mining": "gem",
    "hydropower": "water",
    "energy": "bolt",
    "transport": "train",
    "industry": "industry",
    "urban": "city",
    "other": "circle-info",
}

#: Leaflet.awesome-markers colour name and its hex value per project status.
STATUS_COLORS: dict[str, tuple[str, str]] = {
    "operating": ("darkgreen", "#728224"),
    "under_construction": ("orange", "#f69730"),
    "planned": ("cadetblue", "#436978"),
    "suspended": ("purple", "#d252b9"),
    "cancelled": ("lightgray", "#a3a3a3"),
    "unknown": ("gray", "#575757"),
}


def status_hex(status: str) -> str:
    """The hex colour of a project status (``unknown`` for anything else)."""
    return STATUS_COLORS.get(status, STATUS_COLORS["unknown"])[1]


def status_marker_color(status: str) -> str:
    """The awesome-markers colour name of a project status."""
    return STATUS_COLORS.get(status, STATUS_COLORS["unknown"])[0]


def sector_icon(sector: str) -> str:
    """The Font Awesome icon name of a project sector."""
    return SECTOR_ICONS.get(sector, SECTOR_ICONS["other"])


#: Fixed colours for the event types of UCDP and ACLED; other types take from PALETTE.
EVENT_TYPE_COLORS: dict[str, str] = {
    "state-based": "#d7301f",
    "non-state": "#7a0177",
    "one-sided": "#fd8d3c",
    "Battles": "#d7301f",
    "Explosions/Remote violence": "#7a0177",
    "Violence against civilians": "#fd8d3c",
    "Protests": "#2b8cbe",
    "Riots": "#41ab5d",
    "Strategic developments": "#737373",
}
PALETTE: tuple[str, ...] = ("#e7298a", "#66a61e", "#e6ab02", "#a6761d", "#1b9e77", "#7570b3")


def event_type_colors(types: list[str]) -> dict[str, str]:
    """A colour for each event type: fixed for known types, a palette cycle for the rest."""
    out: dict[str, str] = {}
    extra = 0
    for name in types:
        if name in EVENT_TYPE_COLORS:
            out[name] = EVENT_TYPE_COLORS[name]
        else:
            out[name] = PALETTE[extra % len(PALETTE)]
            extra += 1
    return out


#: Sequential colours (ColorBrewer YlOrRd) for choropleth classes, light to dark.
SEQUENTIAL: tuple[str, ...] = ("#ffffb2", "#fed976", "#feb24c", "#fd8d3c", "#f03b20", "#bd0026")
#: Fill of areas with no events.
ZERO_FILL = "#f7f7f7"
#: Outline colours of the offline basemap.
OUTLINE = {"country": "#333333", "state": "#666666", "township": "#b0b0b0"}
