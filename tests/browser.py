"""Headless Chromium helpers for the map tests: load a page, collect errors, take a screenshot.

Chromium is pointed only at file:// pages and 127.0.0.1; every other host name fails to resolve
(``--host-resolver-rules``), so a test can never reach the internet (and tiles stay offline).
A test loads an *instrumented copy* of the map: a probe script is inserted first in ``<head>``
(it records uncaught errors and failed scripts/stylesheets) and a report script at the end of
``<body>`` writes what the test checks into a ``<pre id="mapper-probe">`` of the dumped DOM.
"""

from __future__ import annotations

import html
import json
import re
import subprocess
import tempfile
from pathlib import Path
from typing import Any

FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
    "--hide-scrollbars",
    "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
)

PROBE = """<script>
window.__mapperErrors = [];
window.addEventListener('error', function (e) {
  var t = e.target;
  if (t && t !== window && (t.tagName === 'SCRIPT' || t.tagName === 'LINK')) {
    window.__mapperErrors.push('failed to load ' + (t.src || t.href));
  } else if (e.message) {
    window.__mapperErrors.push(e.message + ' at ' + (e.filename || '') + ':' + (e.lineno || ''));
  }
}, true);
window.addEventListener('unhandledrejection', function (e) {
  window.__mapperErrors.push('unhandled rejection: ' + e.reason);
});
window.__mapperStart = performance.now();
</script>"""

REPORT = """<script>
window.addEventListener('load', function () {
  var loaded = performance.now();
  var maps = Object.keys(window).map(function (k) {
    try { return window[k]; } catch (e) { return null; }
  }).filter(function (v) { return v && window.L && v instanceof L.Map; });
  var opened = 0;
  var month = __MONTH__;
  var slider = document.querySelector('.mapper-time input');
  if (month !== null && slider) {
    slider.value = month;
    slider.dispatchEvent(new Event('input'));
  }
  setTimeout(function () {
    // open every popup and tooltip once, so that their HTML is parsed into the page
    maps.forEach(function (map) {
      map.eachLayer(function (layer) {
        if (layer.getPopup && layer.getPopup()) { layer.openPopup(); opened += 1; }
        if (layer.getTooltip && layer.getTooltip()) { layer.openTooltip(); }
      });
    });
  }, 200);
  setTimeout(function () {
    var q = function (s) { return document.querySelectorAll(s).length; };
    var report = {
      errors: window.__mapperErrors,
      xss: window.__xss === undefined ? null : String(window.__xss),
      title: document.title,
      load_ms: loaded,
      leaflet: typeof L !== 'undefined',
      maps: maps.length,
      popups_opened: opened,
      project_markers: q('.leaflet-marker-pane .mapper-project'),
      event_markers: q('path.mapper-event'),
      slider_label: (document.querySelector('.mapper-time') || {}).textContent || '',
      legend: q('.mapper-legend'),
      legend_text: (document.querySelector('.mapper-legend') || {}).textContent || '',
      methods: q('.mapper-methods'),
      title_box: (document.querySelector('.mapper-title') || {}).textContent || '',
      paths: q('.leaflet-overlay-pane path'),
      heat_canvas: q('canvas.leaflet-heatmap-layer'),
      clusters: q('.marker-cluster'),
      layer_control: q('.leaflet-control-layers'),
      external: Array.from(document.querySelectorAll('script[src],link[href]')).map(
        function (e) { return e.src || e.href; })
    };
    var pre = document.createElement('pre');
    pre.id = 'mapper-probe';
    pre.textContent = JSON.stringify(report);
    document.body.appendChild(pre);
  }, 700);
});
</script>"""

_PROBE_OUT = re.compile(r'<pre id="mapper-probe">(.*?)</pre>', re.S)


def instrument(page: Path, out_dir: Path, *, month: int | None = None) -> Path:
    """A copy of ``page`` with the probe and the report scripts inserted."""
    text = page.read_text(encoding="utf-8")
    head = text.lower().find("<head>")
    assert head >= 0, "page has no <head>"
    cut = head + len("<head>")
    text = text[:cut] + PROBE + text[cut:]
    end = text.lower().rfind("</body>")
    report = REPORT.replace("__MONTH__", "null" if month is None else str(int(month)))
    text = text[:end] + report + text[end:] if end >= 0 else text + report
    copy = out_dir / f"probe-{page.name}"
    copy.write_text(text, encoding="utf-8")
    return copy


def _run(chromium: str, args: list[str], profile: Path, timeout: float) -> str:
    cmd = [chromium, *FLAGS, f"--user-data-dir={profile}", *args]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)
    return proc.stdout


def probe(
    chromium: str, page: Path, *, month: int | None = None, budget_ms: int = 4000, timeout=90
) -> dict:
    """Load ``page`` (instrumented) in headless Chromium and return the report dict.

    ``month``: move the month slider to this step (0 = all months, 1 = the first month) first.
    """
    with tempfile.TemporaryDirectory(prefix="mapper-chromium-") as tmp:
        tmp_path = Path(tmp)
        copy = instrument(page, tmp_path, month=month)
        dom = _run(
            chromium,
            ["--dump-dom", f"--virtual-time-budget={budget_ms}", copy.as_uri()],
            tmp_path / "profile",
            timeout,
        )
    match = _PROBE_OUT.search(dom)
    assert match, f"the page never finished loading (no probe report); DOM head: {dom[:300]!r}"
    return json.loads(html.unescape(match.group(1)))


def screenshot(
    chromium: str, page: Path, png: Path, *, size: str = "1200,800", budget_ms: int = 4000
) -> Path:
    """Save a screenshot of ``page`` to ``png``."""
    with tempfile.TemporaryDirectory(prefix="mapper-chromium-") as tmp:
        _run(
            chromium,
            [
                f"--screenshot={png}",
                f"--window-size={size}",
                f"--virtual-time-budget={budget_ms}",
                page.resolve().as_uri(),
            ],
            Path(tmp) / "profile",
            90,
        )
    assert png.is_file(), "chromium wrote no screenshot"
    return png


def pixel_stats(png: Path) -> dict[str, Any]:
    """Distinct colours and standard deviation of a PNG's pixels (a blank page has ~1 colour)."""
    import numpy as np
    from PIL import Image

    with Image.open(png) as img:
        arr = np.asarray(img.convert("RGB"), dtype=float)
    return {
        "std": float(arr.std()),
        "colors": len(np.unique(arr.reshape(-1, 3), axis=0)),
        "size": arr.shape[:2],
    }
