"""Monthly steps for the event layers: a slider control (all months, then each month).

Layers that change with the month register a callback ``f(monthIndex | null)`` on
``map._mapperTime.listeners``; the slider calls them. Works offline (plain Leaflet, no plugin).
"""

from __future__ import annotations

from collections.abc import Sequence

import folium
from branca.element import MacroElement
from jinja2 import Template

from mapper.maps.controls import add_css
from mapper.maps.safe import js_json


class MonthSlider(MacroElement):
    """A slider over ``months`` ("YYYY-MM"), showing the event count of the chosen month."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        (function () {
            var map = {{ this._parent.get_name() }};
            var months = {{ this.months_json }};
            var totals = {{ this.totals_json }};
            var allLabel = {{ this.all_label_json }};
            var time = map._mapperTime = map._mapperTime || {listeners: []};
            var control = L.control({position: 'bottomleft'});
            control.onAdd = function () {
                var div = L.DomUtil.create('div', 'mapper-box mapper-time');
                var label = L.DomUtil.create('div', '', div);
                var input = L.DomUtil.create('input', '', div);
                input.type = 'range';
                input.min = 0;
                input.max = months.length;
                input.step = 1;
                input.value = 0;
                input.setAttribute('aria-label', 'Month');
                function show(i) {
                    var month = i === 0 ? null : i - 1;
                    label.textContent = month === null
                        ? allLabel
                        : months[month] + ': ' + totals[month].toLocaleString() + ' events';
                    time.listeners.forEach(function (f) { f(month); });
                }
                input.addEventListener('input', function () { show(parseInt(input.value, 10)); });
                L.DomEvent.disableClickPropagation(div);
                label.textContent = allLabel;
                return div;
            };
            control.addTo(map);
        })();
        {% endmacro %}
        """
    )

    def __init__(self, months: Sequence[str], totals: Sequence[int], all_label: str) -> None:
        super().__init__()
        self._name = "MonthSlider"
        self.months_json = js_json(list(months))
        self.totals_json = js_json([int(t) for t in totals])
        self.all_label_json = js_json(all_label)


def add_month_slider(
    m: folium.Map, months: Sequence[str], totals: Sequence[int], *, all_label: str
) -> None:
    """Add the monthly slider (only useful with two or more months)."""
    if len(months) < 2:
        return
    add_css(m)
    MonthSlider(months, totals, all_label).add_to(m)
