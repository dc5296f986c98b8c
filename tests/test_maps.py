"""Maps: what a reader of the HTML would check (markers, popups, legend, labels, escaping, size).

The browser tests (tests/test_maps_browser.py) load the same maps in headless Chromium.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from types import SimpleNamespace

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
from shapely.geometry import LineString, Point, box

from mapper.errors import DataUnavailableError
from mapper.maps import build_map, save_map, show
from mapper.maps.areas import class_breaks, class_labels, count_in_areas
from mapper.maps.assets import NPM_PACKAGES, cache_key, npm_candidates, required_urls
from mapper.maps.events import CLUSTER_MAX, MARKER_MAX, choose_mode, heat_data, month_keys
from mapper.maps.safe import esc, js_json

REPO = Path(__file__).resolve().parent.parent

# ----------------------------------------------------------------------------- test data


def sample_projects(text: str = "") -> gpd.GeoDataFrame:
    """Three made-up projects (two sites, one pipeline); ``text`` is appended to every field."""
    src = [{"name": f"Example source{text}", "url": "https://example.org/report"}]
    return gpd.GeoDataFrame(
        {
            "id": ["P1", "P2", "P3"],
            "name": [f"Test port{text}", f"Test pipeline{text}", f"Test mine{text}"],
            "sector": ["port", "oil_gas", "mining"],
            "status": ["planned", "operating", "suspended"],
            "investors": [f"Investor A{text}", f"Investor B{text}", f"Investor C{text}"],
            "location_names": [f"Town A{text}", f"Town A to Town B{text}", f"Town C{text}"],
            "location_precision": ["exact", "approximate", "exact"],
            "sources": [json.dumps(src)] * 3,
            "notes": [f"note{text}"] * 3,
        },
        geometry=[
            Point(93.6, 19.4),
            LineString([(93.6, 19.4), (95.0, 21.0), (97.9, 23.9)]),
            Point(95.1, 22.1),
        ],
        crs="EPSG:4326",
    )


def sample_events(n: int = 200, text: str = "", seed: int = 1) -> gpd.GeoDataFrame:
    """``n`` made-up events inside the sample areas, over 2021-02 to 2021-07."""
    rng = np.random.default_rng(seed)
    frame = gpd.GeoDataFrame(
        {
            "event_id": [f"EVT-{i:05d}" for i in range(n)],
            "date": pd.Timestamp("2021-02-01") + pd.to_timedelta(rng.integers(0, 180, n), "D"),
            "event_type": rng.choice(["Battles", "Protests", f"Other{text}"], n),
            "sub_event_type": [f"sub{text}"] * n,
            "actors": [f"Side A{text}; Side B"] * n,
            "fatalities": pd.array(rng.integers(0, 5, n), dtype="Int64"),
            "place": [f"Village {i}{text}" for i in range(n)],
            "admin1": [f"State{text}"] * n,
            "admin2": [None] * n,
            "admin3": [None] * n,
            "precision": rng.choice(["exact", "near", "state"], n, p=[0.5, 0.3, 0.2]),
            "source_dataset": [f"Test events{text}"] * n,
        },
        geometry=gpd.points_from_xy(rng.uniform(92.5, 99.5, n), rng.uniform(16.5, 25.5, n)),
        crs="EPSG:4326",
    )
    frame.attrs.update(dataset=f"Test events{text}", version="1")
    return frame


def sample_areas(text: str = "") -> dict[str, gpd.GeoDataFrame]:
    """Two states and eight townships (boxes covering the sample events)."""
    states = gpd.GeoDataFrame(
        {"pcode": ["S1", "S2"], "name": [f"West{text}", f"East{text}"], "level": "state"},
        geometry=[box(92, 16, 96, 26), box(96, 16, 100, 26)],
        crs="EPSG:4326",
    )
    towns = gpd.GeoDataFrame(
        {
            "pcode": [f"T{i}" for i in range(8)],
            "name": [f"Township {i}{text}" for i in range(8)],
            "level": "township",
        },
        geometry=[box(92 + i, 16, 93 + i, 26) for i in range(8)],
        crs="EPSG:4326",
    )
    return {"state": states, "township": towns}


def count_markers(html: str) -> int:
    return html.count('"className": "awesome-marker mapper-project"')


# ----------------------------------------------------------------------------- content


def test_every_project_gets_a_marker_popup_and_legend():
    projects = sample_projects()
    html = build_map(sample_events(50), projects, areas=sample_areas()).get_root().render()
    assert count_markers(html) == len(projects)
    assert 'href="https://example.org/report"' in html  # sources are links
    assert "mapper-legend" in html and "mapper-methods" in html
    assert "L.control.layers" in html and "L.control.scale" in html
    assert "Control.FullScreen" in html and "Control.MiniMap" in html
    assert "oil-well" in html and "anchor" in html  # sector icons


def test_the_view_is_set_before_any_layer_and_without_animation():
    # Leaflet.markercluster 1.1.0, still adding its markers in chunks, failed on the view
    # change of a fitBounds run after it ("reading 'lat'"; seen in headless Chromium on a busy
    # machine): the view now comes first, at once
    from mapper.maps.events import MARKER_MAX

    html = build_map(sample_events(MARKER_MAX + 500), sample_projects()).get_root().render()
    fit = re.search(r"\.fitBounds\(\s*(\[\[.*?\]\]),\s*(\{.*?\})\s*\);", html, re.S)
    assert fit and json.loads(fit.group(2))["animate"] is False
    assert html.index("L.map(") < fit.start() < html.index("L.markerClusterGroup(")
    assert fit.start() < html.index("L.tileLayer(")  # before every layer


def test_radius_layers_one_per_radius_and_corridor_for_lines():
    m = build_map(projects=sample_projects(), areas={}, radii_km=[5, 25])
    html = m.get_root().render()
    assert '"Within 5 km of projects"' in html and '"Within 25 km of projects"' in html
    # two point sites get circles of 5 and 25 km; the pipeline a corridor polygon per radius
    assert html.count('"radius": 5000.0') == 2 and html.count('"radius": 25000.0') == 2
    assert html.count('"type": "Polygon"') >= 2


def test_analysis_counts_reach_the_popup():
    projects = sample_projects()
    table = projects.assign(
        events_10km=[7, 0, 3], fatalities_10km=[12, 0, 1], nearest_event_km=[1.5, 40.2, 3.0]
    )
    analysis = SimpleNamespace(projects=table, method={"window": "2021-02-01 to 2021-07-31"})
    html = build_map(projects=projects, analysis=analysis, areas={}).get_root().render()
    assert "Within 10 km</th><td>7 events, 12 deaths" in html
    assert "Nearest event</th><td>40.2</td>" not in html
    assert "40.2</td>" in html or "40.2 km" in html
    assert "2021-02-01 to 2021-07-31" in html  # the analysis method in the methods box


def test_event_choropleth_counts_match_points_in_areas():
    events = sample_events(400)
    areas = sample_areas()
    m = build_map(events, areas=areas, aggregate_only=True)
    html = m.get_root().render().replace("\\u003c", "<").replace("\\u003e", ">")
    precise = events[~events["precision"].isin(["state", "country"])]
    for i in range(8):
        inside = precise.geometry.within(areas["township"].geometry.iloc[i]).sum()
        assert f"<b>Township {i}</b><br>{inside:,} events" in html


def test_state_counts_from_townships_match_direct_counts():
    from mapper.maps.build import event_counts_per_area

    events = sample_events(600)
    areas = sample_areas()
    direct = event_counts_per_area(events, areas)  # no state_pcode: counted against states
    areas["township"]["state_pcode"] = ["S1"] * 4 + ["S2"] * 4
    via_towns = event_counts_per_area(events, areas)
    not_country = events[events["precision"] != "country"]
    expected = [int(not_country.within(g).sum()) for g in areas["state"].geometry]
    assert direct["state"].tolist() == expected == via_towns["state"].tolist()
    assert direct["township"].tolist() == via_towns["township"].tolist()


def test_aggregate_only_has_no_event_rows():
    events = sample_events(300)
    html = build_map(events, sample_projects(), areas=sample_areas(), aggregate_only=True)
    html = html.get_root().render()
    for _, row in events.iterrows():
        assert row["event_id"] not in html
        assert row["place"] not in html
    for day in events["date"].dt.strftime("%Y-%m-%d").unique():
        assert day not in html
    assert "Publish-safe" in html
    assert "Events per township" in html


def test_synthetic_is_said_in_the_title():
    events = sample_events(20)
    plain = build_map(events, areas={}, title="Clashes").get_root().render()
    assert "SYNTHETIC" not in plain
    events.attrs["synthetic"] = True
    labelled = build_map(events, areas={}, title="Clashes").get_root().render()
    assert "<title>SYNTHETIC DATA: Clashes</title>" in labelled
    by_column = sample_events(20).assign(source_dataset="synthetic")
    assert "SYNTHETIC DATA" in build_map(by_column, areas={}).get_root().render()


def test_a_map_of_a_synthetic_analysis_alone_says_synthetic():
    """An analysis of synthetic events drawn without them (or of real and synthetic events
    concatenated, which loses the attrs) made a map with no SYNTHETIC label."""
    from mapper.analysis import proximity
    from mapper.sources.projects import load_projects
    from mapper.sources.synthetic import synthetic_events

    projects = load_projects()
    made_up = synthetic_events(500, seed=3)
    analysis = proximity(made_up, projects, radii_km=(10,), areas=False)
    assert analysis.method["synthetic"] is True
    for aggregate_only in (False, True):
        m = build_map(projects=projects, analysis=analysis, areas={}, aggregate_only=aggregate_only)
        assert "<title>SYNTHETIC DATA: " in m.get_root().render()
    mixed = pd.concat([sample_events(20), made_up], ignore_index=True)
    assert mixed.attrs.get("synthetic") is None
    assert proximity(mixed, projects, radii_km=(10,), areas=False).method["synthetic"] is True


def test_point_counts_become_summed_circles():
    counts = gpd.GeoDataFrame(
        {"place": ["Town <A>", "Town <A>", "Town B"], "count": [5, 7, 12]},
        geometry=[Point(93.5, 19.4), Point(93.5, 19.4), Point(97.4, 25.4)],
        crs="EPSG:4326",
    )
    html = build_map(counts=counts, areas={}).get_root().render()
    assert html.count("L.circleMarker(") == 2  # one circle per place, periods summed
    assert "<b>Town &lt;A&gt;</b><br>12 events" in html
    assert "<b>Town B</b><br>12 events" in html


# ----------------------------------------------------------------------------- event modes


def test_event_mode_follows_the_count():
    assert choose_mode(MARKER_MAX) == "markers"
    assert choose_mode(MARKER_MAX + 1) == "cluster"
    assert choose_mode(CLUSTER_MAX + 1) == "heat"


def test_heat_map_sums_to_the_located_events():
    events = sample_events(5000)
    idx, months = month_keys(events["date"])
    points = heat_data(events, idx)
    located = (~events["precision"].isin(["state", "country"])).sum()
    assert sum(points["n"]) == located
    assert months == ["2021-02", "2021-03", "2021-04", "2021-05", "2021-06", "2021-07"]
    assert len(points["lat"]) < located  # aggregated to cells, not one row per event


def test_large_event_sets_stay_small(tmp_path):
    events = sample_events(CLUSTER_MAX + 5000)
    m = build_map(events, areas={})
    html = m.get_root().render()
    assert "L.heatLayer" in html
    assert "EVT-00001" not in html  # a heat map carries no rows
    assert len(html) < 3_000_000


def test_month_slider_lists_the_months():
    html = build_map(sample_events(100), areas={}).get_root().render()
    assert '["2021-02","2021-03","2021-04","2021-05","2021-06","2021-07"]' in html


# ----------------------------------------------------------------------------- classes


def test_class_breaks_suit_skewed_counts():
    counts = np.array([0] * 50 + [1] * 40 + [2] * 20 + [5] * 10 + [30, 80, 400, 1200])
    breaks = class_breaks(counts)
    assert breaks == sorted(breaks) and breaks[-1] == 1200
    assert 2 <= len(breaks) <= 5
    assert breaks[0] < 30  # the many small counts are not lumped with the hot spots
    labels = class_labels(breaks)
    assert labels[0] == "0" and labels[-1].endswith("1,200")


def test_class_breaks_with_few_values():
    assert class_breaks([0, 0, 3, 3, 7]) == [3.0, 7.0]
    assert class_labels([3.0, 7.0]) == ["0", "1–3", "4–7"]
    assert class_breaks([0, 0]) == []


def test_count_in_areas_counts_each_point_once():
    areas = sample_areas()["township"]
    pts = gpd.GeoSeries([Point(92.5, 20), Point(93.0, 20), Point(99.5, 18), None], crs=4326)
    counts = count_in_areas(pts, areas)
    assert counts.sum() == 3  # the point on the 93° border counts once
    assert counts[0] + counts[1] == 2 and counts[7] == 1


def test_count_in_areas_places_a_point_just_outside_as_analyze_does():
    """A coastal event 50 m offshore of the derived polygons was left off the map's shading
    while ``analyze`` (assign_areas, SNAP_KM) counted it in the nearest area."""
    from mapper.areas import assign_areas

    areas = sample_areas()["township"]
    edge = areas.geometry.iloc[0].bounds[0]  # the western edge of the first area
    lat = areas.geometry.iloc[0].centroid.y
    pts = gpd.GeoSeries([Point(edge - 0.0005, lat), Point(edge - 1.0, lat)], crs=4326)
    counts = count_in_areas(pts, areas)
    assert counts.sum() == 1 and counts[0] == 1  # 50 m out: in; 100 km out: in none
    placed = assign_areas(gpd.GeoDataFrame(geometry=pts), areas=areas, snap_km=5.0)
    assert placed.iloc[0] == areas["pcode"].iloc[0] and placed.isna().iloc[1]


# ----------------------------------------------------------------------------- safety

PAYLOAD = '<script>window.__xss=1</script><img src=x onerror="window.__xss=2">${window.__xss=3}`\'"'


def test_escape_covers_html_and_js_template_literals():
    out = esc(PAYLOAD)
    for raw in ("<", ">", '"', "'", "`", "${"):
        assert raw not in out
    assert "</script" not in js_json(PAYLOAD).lower()


def test_payloads_never_reach_the_html_raw():
    m = build_map(
        sample_events(30, text=PAYLOAD),
        sample_projects(text=PAYLOAD),
        areas=sample_areas(text=PAYLOAD),
        title=f"Title{PAYLOAD}",
    )
    html = m.get_root().render()
    assert "window.__xss" in html  # the text is there (escaped) ...
    assert "<img src=x" not in html and "<script>window.__xss" not in html  # ... never as markup
    assert "${window" not in html and "`'" not in html


def test_javascript_urls_are_not_links():
    projects = sample_projects()
    projects["sources"] = json.dumps([{"name": "bad", "url": "javascript:alert(1)"}])
    html = build_map(projects=projects, areas={}).get_root().render()
    assert "javascript:alert" not in html


# ----------------------------------------------------------------------------- output


def test_save_is_atomic_when_assets_are_missing(tmp_path, monkeypatch):
    monkeypatch.setenv("MAPPER_CACHE_DIR", str(tmp_path / "empty-cache"))
    out = tmp_path / "map.html"
    m = build_map(projects=sample_projects(), areas={})
    with pytest.raises(DataUnavailableError, match="mapper assets fetch"):
        save_map(m, out, self_contained=True)
    assert not out.exists()
    assert [p.name for p in tmp_path.iterdir()] == ["empty-cache"]
    save_map(m, out)
    assert count_markers(out.read_text()) == 3


def test_show_puts_the_summary_table_under_the_map():
    table = pd.DataFrame({"name": ["<b>x</b>"], "events_10km": [4]})
    out = show(build_map(projects=sample_projects(), areas={}), table).data
    assert "<iframe" in out and "&lt;b&gt;x&lt;/b&gt;" in out and "events_10km" in out


def test_every_asset_url_maps_to_an_npm_package():
    script = (REPO / ".ci" / "assets.sh").read_text()
    pinned = re.findall(r"^\s+(@?[\w.-]+(?:/[\w.-]+)?@[\d.]+)\s*$", script, re.M)
    assert sorted(pinned) == sorted(NPM_PACKAGES)
    for url in required_urls():
        cands = npm_candidates(url)
        assert cands, url
        package = "/".join(cands[0].split("/")[: 2 if cands[0].startswith("@") else 1])
        assert package in {p.rsplit("@", 1)[0] for p in NPM_PACKAGES}, url
        assert ".." not in cache_key(url)


# ----------------------------------------------------------------------------- CLI


def test_map_cli_help_has_an_example(cli):
    for cmd in (["map"], ["demo"], ["assets", "fetch"]):
        result = cli(*cmd, "--help")
        assert result.returncode == 0 and "Example: mapper" in result.stdout


@pytest.mark.parametrize(
    "radius, message",
    [
        ("-5", "radius must be a finite distance above 0 km, got -5.0"),
        ("inf", "radius must be a finite distance above 0 km, got inf"),
        ("1e9", "radius 1000000000.0 km is absurd: it must be <= 20,000 km"),
    ],
)
def test_map_cli_rejects_a_bad_radius(cli, tmp_path, radius, message):
    result = cli("map", "--radius", radius, "-o", tmp_path / "m.html")
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [f"mapper: error: {message}"]
    assert not (tmp_path / "m.html").exists()


def test_self_contained_without_cache_is_one_line(cli, tmp_path, monkeypatch):
    monkeypatch.setenv("MAPPER_CACHE_DIR", str(tmp_path / "cache"))
    result = cli("demo", "-o", tmp_path / "m.html", "--self-contained")
    assert result.returncode == 2, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "mapper assets fetch" in lines[0]
    assert not (tmp_path / "m.html").exists()


@pytest.fixture(scope="module")
def synthetic_csv(tmp_path_factory):
    from mapper.sources.synthetic import synthetic_events, to_csv

    path = tmp_path_factory.mktemp("events") / "synthetic.csv"
    to_csv(synthetic_events(400, seed=5), path)
    return path


@pytest.fixture(scope="module")
def catalogue_size() -> int:
    from mapper.sources.projects import load_projects

    return len(load_projects())


def test_map_cli_draws_events_projects_and_counts(cli, tmp_path, synthetic_csv, catalogue_size):
    out = tmp_path / "map.html"
    result = cli("map", "--events", synthetic_csv, "--radius", "10", "--radius", "25", "-o", out)
    assert result.returncode == 0, result.stderr
    html = out.read_text()
    assert count_markers(html) == catalogue_size
    assert "<title>SYNTHETIC DATA: " in html
    assert "Within 10 km</th><td>" in html and "Within 25 km</th><td>" in html
    assert "SYN-0000001" in html  # event popups name their source row


def test_map_cli_draws_the_events_its_popups_count(cli, tmp_path):
    """The layer held every event (1989 on) while the popups counted from 2021-02-01."""
    import re

    from mapper.sources.synthetic import synthetic_events, to_csv

    events = synthetic_events(300, seed=8, start="2019-01-01", end="2022-12-31")
    path = tmp_path / "synthetic.csv"
    to_csv(events, path)
    since_coup = int((events["date"] >= "2021-02-01").sum())
    assert 0 < since_coup < 300
    for args, expected in (((), since_coup), (("--since", ""), 300)):
        out = tmp_path / "m.html"
        result = cli("map", "--events", path, *args, "-o", out)
        assert result.returncode == 0, result.stderr
        html = out.read_text()
        assert re.findall(r"Conflict events \(([\d,]+)\)", html)[0] == str(expected)
        # the methods box says what the file held and what the window left out
        assert "Events read\\u003c/dt\\u003e\\u003cdd\\u003e300\\u003c" in html
        assert f"window: {300 - expected}" in html
    undated = tmp_path / "undated.csv"
    undated.write_text("latitude,longitude\n22.05,95.10\n", encoding="utf-8")
    refused = cli("map", "--events", undated, "-o", tmp_path / "u.html")
    assert refused.returncode == 2 and "--since '' maps every event" in refused.stderr
    assert cli("map", "--events", undated, "--since", "", "-o", tmp_path / "u.html").returncode == 0


def test_map_cli_aggregate_only_keeps_rows_out(cli, tmp_path, synthetic_csv):
    out = tmp_path / "agg.html"
    result = cli("map", "--events", synthetic_csv, "--aggregate-only", "-o", out)
    assert result.returncode == 0, result.stderr
    html = out.read_text()
    assert "SYN-" not in html and "Synthetic armed group" not in html
    assert "Events per township" in html and "Publish-safe" in html
    # a few projects' distances to the nearest event would locate it
    assert "Nearest event" not in html
    # the events file by its name, not by the folder it lies in on the analyst's machine
    assert Path(synthetic_csv).name in html and str(Path(synthetic_csv).parent) not in html
    full = tmp_path / "full.html"
    assert cli("map", "--events", synthetic_csv, "-o", full).returncode == 0
    assert "Nearest event" in full.read_text()


def test_map_cli_draws_events_per_area_of_a_boundary_file(cli, tmp_path, synthetic_csv):
    from mapper.areas import load_areas

    towns = load_areas("township").iloc[:30].copy()
    towns["name"] = towns["name"].where(towns.index > 0, "Kyauk<b>pyu</b> & Co")
    path = tmp_path / "towns.gpkg"
    towns.to_file(path)
    out = tmp_path / "areas.html"
    result = cli("map", "--events", synthetic_csv, "--boundaries", path, "-o", out)
    assert result.returncode == 0, result.stderr
    html = out.read_text()
    assert "Events per township" in html and "boundary file towns.gpkg" in html
    assert "Kyauk<b>pyu" not in html and "Kyauk\\u0026lt;b\\u0026gt;pyu" in html
    bad = cli("map", "--boundaries", path, "-o", out)
    assert bad.returncode == 2 and "--boundaries applies to an --events file" in bad.stderr
    assert "Traceback" not in bad.stderr


def test_demo_renders_the_shipped_data(cli, tmp_path, catalogue_size):
    out = tmp_path / "demo.html"
    result = cli("demo", "-o", out)
    assert result.returncode == 0, result.stderr
    html = out.read_text()
    assert count_markers(html) == catalogue_size
    assert "Events per township" in html and "Events per state/region" in html
    assert "https://ucdp.uu.se/" in html and "https://themimu.info/" in html
    assert "In township</th><td>" in html  # each project's township and its counts
    # the crude oil pipeline (Kyaukphyu to Ruili) is in many townships and states, not one
    crossed = re.search(r"Crosses (\d+) states/regions</th><td>([^<]*)", html)
    assert crossed and int(crossed.group(1)) >= 4
    assert all(s in crossed.group(2) for s in ("Rakhine", "Magway", "Mandalay", "Shan"))
    assert re.search(r"Crosses \d{2} townships</th><td>[^<]*; and \d+ more", html)


NODE_MODULES = REPO / ".ci" / "node_modules"


def test_fetch_from_an_npm_folder_inlines_everything(tmp_path, monkeypatch):
    if not (NODE_MODULES / "leaflet" / "package.json").is_file():
        pytest.skip("npm assets absent: run .ci/assets.sh")
    from mapper.maps.assets import fetch_assets

    monkeypatch.setenv("MAPPER_CACHE_DIR", str(tmp_path / "cache"))
    fetch_assets(NODE_MODULES.parent)  # the folder holding node_modules works too
    out = tmp_path / "map.html"
    save_map(build_map(sample_events(2500), sample_projects(), areas={}), out, self_contained=True)
    html = out.read_text()
    assert not re.search(r'<script[^>]+src="http|<link[^>]+href="http', html)
    assert html.count("<script>") >= 7  # leaflet, jquery, bootstrap, markers, 3 plugins, inline
    assert html.count("data:font/woff2;base64,") >= 3  # Font Awesome fonts, inlined
    assert ".ttf" not in html  # only one font format is carried
    assert "data:image/png;base64," in html  # awesome-markers sprites


def test_fetch_names_the_missing_asset(tmp_path, monkeypatch):
    from mapper.maps.assets import fetch_assets

    monkeypatch.setenv("MAPPER_CACHE_DIR", str(tmp_path / "cache"))
    (tmp_path / "empty").mkdir()
    with pytest.raises(DataUnavailableError, match=r"asset https://\S+leaflet.* not found"):
        fetch_assets(tmp_path / "empty")


def test_map_cli_counts_of_a_state_are_not_added_to_its_capital(cli, tmp_path):
    """ "Sagaing Region" is placed at Monywa's point: it was summed into one circle "Monywa 17
    events"; it is its own ring, and Monywa keeps its 10."""
    table = tmp_path / "counts.csv"
    table.write_text("place,count\nMonywa,10\nKyaukpyu Township,5\nSagaing Region,7\n")
    out = tmp_path / "counts.html"
    result = cli("map", "--counts", table, "-o", out)
    assert result.returncode == 0, result.stderr
    html = out.read_text()
    assert "Monywa</b><br>10 events" in html and "Sagaing Region</b><br>7 events" in html
    assert "17 events" not in html
    assert "Counts per state/region (ring at its capital)" in html
