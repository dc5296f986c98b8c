"""Self-contained maps in headless Chromium: no page errors, markers, legend, a real picture,
and no payload from data ever executes.

Assets come from the npm packages that .ci/assets.sh installs into .ci/node_modules, served from
127.0.0.1 as the mirror of ``mapper assets fetch``. Skipped without chromium or those packages.
"""

from __future__ import annotations

import functools
import os
import subprocess
import sys
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import platformdirs
import pytest

from mapper.maps import (
    add_basemap,
    add_choropleth,
    add_events_layer,
    add_projects_layer,
    build_map,
    finish_map,
    new_map,
    save_map,
)
from mapper.maps.events import CLUSTER_MAX, MARKER_MAX
from tests.browser import pixel_stats, probe, screenshot
from tests.test_maps import sample_areas, sample_events, sample_projects

pytestmark = pytest.mark.chromium

NODE_MODULES = Path(__file__).resolve().parent.parent / ".ci" / "node_modules"

#: Every payload sets window.__xss if it ever runs (as markup, in a JS string or template).
PAYLOADS = (
    "<script>window.__xss='script'</script>",
    "<img src=x onerror=\"window.__xss='img'\">",
    "${window.__xss='template'}",
    "`;window.__xss='backtick';`",
    "\"'><svg onload=\"window.__xss='svg'\">",
    "</script><script>window.__xss='close'</script>",
    "{{ 7*7 }}\\u003cimg src=x onerror=window.__xss='u'>",
)
PAYLOAD = " ".join(PAYLOADS)


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass


@pytest.fixture(scope="module")
def asset_cache(tmp_path_factory):
    """MAPPER_CACHE_DIR with the asset cache filled by the CLI from a 127.0.0.1 npm mirror."""
    if not (NODE_MODULES / "leaflet" / "dist" / "leaflet.js").is_file():
        pytest.skip("npm assets absent: run .ci/assets.sh")
    cache = tmp_path_factory.mktemp("cache")
    # share the other caches (gazetteer, areas, projects) so the CLI does not rebuild them
    base = Path(os.environ.get("MAPPER_CACHE_DIR") or platformdirs.user_cache_dir("mapper"))
    if base.is_dir():
        for sub in base.iterdir():
            if sub.name != "assets":
                (cache / sub.name).symlink_to(sub.resolve())
    handler = functools.partial(_QuietHandler, directory=str(NODE_MODULES.parent))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    old = os.environ.get("MAPPER_CACHE_DIR")
    os.environ["MAPPER_CACHE_DIR"] = str(cache)
    try:
        mirror = f"http://127.0.0.1:{server.server_address[1]}/node_modules"
        result = subprocess.run(
            [sys.executable, "-m", "mapper", "assets", "fetch", "--mirror", mirror],
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert result.returncode == 0, result.stderr
        assert "cached" in result.stdout
        yield cache
    finally:
        server.shutdown()
        server.server_close()
        if old is None:
            os.environ.pop("MAPPER_CACHE_DIR", None)
        else:
            os.environ["MAPPER_CACHE_DIR"] = old


def _save(m, path: Path) -> Path:
    save_map(m, path, self_contained=True)
    html = path.read_text()
    assert "<script src=" not in html and 'rel="stylesheet" href="http' not in html
    return path


def test_self_contained_map_renders_offline(chromium, asset_cache, tmp_path):
    projects = sample_projects()
    m = build_map(sample_events(120), projects, areas=sample_areas(), radii_km=[10, 25])
    page = _save(m, tmp_path / "map.html")
    report = probe(chromium, page)
    assert report["errors"] == []
    assert report["external"] == []  # nothing loaded from outside the file
    assert report["project_markers"] == len(projects)
    assert report["legend"] == 1 and "Projects" in report["legend_text"]
    assert "Battles" in report["legend_text"]  # event types in the legend
    assert report["methods"] == 1 and report["layer_control"] == 1
    assert report["popups_opened"] >= len(projects) + 120
    assert report["event_markers"] == 120
    png = screenshot(chromium, page, tmp_path / "map.png")
    stats = pixel_stats(png)
    assert stats["colors"] > 200 and stats["std"] > 15  # a drawn map, not a blank page


@pytest.mark.parametrize(
    ("n", "selector"), [(MARKER_MAX + 500, "clusters"), (CLUSTER_MAX + 2000, "heat_canvas")]
)
def test_cluster_and_heat_modes_render(chromium, asset_cache, tmp_path, n, selector):
    m = build_map(sample_events(n), sample_projects(), areas=sample_areas())
    report = probe(chromium, _save(m, tmp_path / "map.html"))
    assert report["errors"] == []
    assert report[selector] >= 1
    assert report["project_markers"] == 3


def test_payloads_in_every_text_field_never_execute(chromium, asset_cache, tmp_path):
    projects = sample_projects(text=PAYLOAD)
    events = sample_events(40, text=PAYLOAD)
    m = build_map(events, projects, areas=sample_areas(text=PAYLOAD), title=f"T {PAYLOAD}")
    report = probe(chromium, _save(m, tmp_path / "xss.html"))
    assert report["xss"] is None
    assert report["errors"] == []
    assert report["project_markers"] == 3  # the map still renders
    assert report["popups_opened"] >= 3 + 40  # every popup's HTML was parsed into the page
    assert "window.__xss='img'" in report["title_box"]  # shown as text
    assert report["title"].startswith("T <script>")  # the page title is the text, unexecuted


def test_month_slider_shows_one_month(chromium, asset_cache, tmp_path):
    events = sample_events(300)
    page = _save(build_map(events, areas={}), tmp_path / "months.html")
    march = int((events["date"].dt.strftime("%Y-%m") == "2021-03").sum())
    report = probe(chromium, page, month=2)  # step 0 = all months, 1 = 2021-02, 2 = 2021-03
    assert report["errors"] == []
    assert report["event_markers"] == march
    assert report["slider_label"] == f"2021-03: {march} events"


def test_payloads_in_composed_maps_never_execute(chromium, asset_cache, tmp_path):
    """The public pieces (as a map from news text uses them) escape names, titles, methods."""
    m = new_map(tiles=None)
    areas = sample_areas(text=PAYLOAD)
    add_basemap(m, areas)
    legend = [add_projects_layer(m, sample_projects(text=PAYLOAD), name=f"Layer {PAYLOAD}")]
    legend.append(add_choropleth(m, areas["township"], range(8), name=f"Areas {PAYLOAD}"))
    section, _ = add_events_layer(m, sample_events(30, text=PAYLOAD), name=f"Events {PAYLOAD}")
    finish_map(m, f"T {PAYLOAD}", [*legend, section], {PAYLOAD: [PAYLOAD]}, synthetic=True)
    report = probe(chromium, _save(m, tmp_path / "composed.html"))
    assert report["xss"] is None and report["errors"] == []
    assert report["project_markers"] == 3 and report["event_markers"] == 30
    assert report["title_box"].startswith("SYNTHETIC DATA: T <script>")


def test_demo_self_contained_renders(cli, chromium, asset_cache, tmp_path):
    """The README's main command, offline: every catalogue project drawn, no page errors."""
    from mapper.sources.projects import load_projects

    out = tmp_path / "demo.html"
    result = cli("demo", "-o", out, "--self-contained")
    assert result.returncode == 0, result.stderr
    report = probe(chromium, out)
    assert report["errors"] == [] and report["external"] == []
    assert report["project_markers"] == len(load_projects())
    assert "Events per township" in report["legend_text"]
