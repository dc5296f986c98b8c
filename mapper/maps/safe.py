"""Escaping text from data files for every place it reaches the map's HTML and JavaScript.

Folium puts popup and tooltip HTML inside JavaScript template literals (backticks), so escaping
for HTML alone is not enough: backticks, ``${`` and backslashes are escaped as entities too.
Data given to our own scripts is JSON with ``<``, ``>``, ``&`` and line separators escaped, so no
string can close the ``<script>`` element.
"""

from __future__ import annotations

import html
import json
import math
from typing import Any

import pandas as pd

_JS_TEMPLATE_ENTITIES = {"`": "&#96;", "$": "&#36;", "\\": "&#92;", "{": "&#123;", "}": "&#125;"}


def is_missing(value: Any) -> bool:
    """True for None, NaN, NA and NaT."""
    if value is None:
        return True
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


def text(value: Any, default: str = "") -> str:
    """``value`` as plain text (``default`` when missing)."""
    return default if is_missing(value) else str(value)


def esc(value: Any, default: str = "") -> str:
    """Escape ``value`` for HTML that may sit inside a JavaScript template literal."""
    out = html.escape(text(value, default), quote=True)
    for char, entity in _JS_TEMPLATE_ENTITIES.items():
        out = out.replace(char, entity)
    return out


def safe_url(value: Any) -> str | None:
    """An http(s) URL fit for ``href`` (escaped), or None for anything else (javascript:, data:)."""
    url = text(value).strip()
    if not url.lower().startswith(("http://", "https://")):
        return None
    return esc(url)


def _clean(obj: Any) -> Any:
    if isinstance(obj, float) and not math.isfinite(obj):
        return None
    if isinstance(obj, dict):
        return {str(k): _clean(v) for k, v in obj.items()}
    if isinstance(obj, list | tuple):
        return [_clean(v) for v in obj]
    return obj


def js_json(obj: Any) -> str:
    """JSON for embedding in a ``<script>``: no ``</script>``, ``<!--`` or line separators."""
    try:  # fast path; NaN/inf (not JSON) are cleaned to null only when present
        out = json.dumps(obj, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    except ValueError:
        out = json.dumps(_clean(obj), ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return (
        out.replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )
