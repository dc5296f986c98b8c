"""Small Leaflet controls holding HTML that mapper builds (title, legend, methods box).

The HTML is built from escaped text (:func:`mapper.maps.safe.esc`) and handed to the browser as
a JSON string, never through folium's template literals.
"""

from __future__ import annotations

import folium
from branca.element import Element, MacroElement
from jinja2 import Template

from mapper.maps.safe import js_json

CSS = """
<style>
.mapper-box {background: rgba(255,255,255,0.93); padding: 6px 9px; border-radius: 5px;
  box-shadow: 0 1px 5px rgba(0,0,0,0.4); font: 12px/1.35 Arial, Helvetica, sans-serif;
  color: #222; max-width: 330px;}
.mapper-title {font-size: 15px; font-weight: bold; max-width: 520px;}
.mapper-title .mapper-synthetic {color: #b00020;}
.mapper-title .mapper-subtitle {font-size: 11px; font-weight: normal; color: #444;}
.mapper-legend {max-height: 45vh; overflow-y: auto;}
.mapper-legend h4 {font-size: 12px; margin: 5px 0 2px 0;}
.mapper-legend .mapper-row {display: flex; align-items: center; margin: 1px 0; white-space: nowrap;}
.mapper-swatch {display: inline-block; width: 14px; height: 11px; margin-right: 6px;
  border: 1px solid #777; flex: none;}
.mapper-dot {display: inline-block; width: 10px; height: 10px; border-radius: 50%;
  margin-right: 6px; border: 1px solid #333; flex: none;}
.mapper-legend .mapper-row.mapper-half {display: inline-flex; width: 50%;}
.mapper-legend i.fa {width: 16px; text-align: center; margin-right: 6px;}
.mapper-methods {max-height: 55vh; overflow-y: auto;}
.mapper-methods summary {font-weight: bold; cursor: pointer;}
.mapper-methods dt {font-weight: bold; margin-top: 3px;}
.mapper-methods dd {margin: 0 0 0 8px;}
.mapper-popup table {border-collapse: collapse; font-size: 12px;}
.mapper-popup th {text-align: left; padding-right: 8px; vertical-align: top;}
.mapper-popup td {vertical-align: top;}
.mapper-time input {width: 220px;}
.folium-map.leaflet-container {background: #dfe8ee;}
</style>
"""


def add_css(m: folium.Map) -> None:
    """Add mapper's stylesheet to the page once."""
    m.get_root().header.add_child(Element(CSS), name="mapper_css")


class HtmlControl(MacroElement):
    """A Leaflet control at ``position`` whose content is ``html`` (already escaped)."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        (function () {
            var control = L.control({position: {{ this.position_json }}});
            control.onAdd = function () {
                var div = L.DomUtil.create('div', {{ this.css_class_json }});
                div.innerHTML = {{ this.html_json }};
                L.DomEvent.disableClickPropagation(div);
                L.DomEvent.disableScrollPropagation(div);
                return div;
            };
            control.addTo({{ this._parent.get_name() }});
        })();
        {% endmacro %}
        """
    )

    def __init__(self, html: str, *, position: str = "topright", css_class: str = "") -> None:
        super().__init__()
        self._name = "HtmlControl"
        self.position_json = js_json(position)
        self.css_class_json = js_json(f"mapper-box {css_class}".strip())
        self.html_json = js_json(html)
