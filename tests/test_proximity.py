"""mapper.proximity: per project, overall (each event once), by sector, by month, with filters.

Expected figures come from the brute-force geodesic reference of test_proximity_exact.
"""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
import shapely

from mapper.analysis import Claim, proximity
from mapper.errors import InputError, OptionError
from tests.test_proximity_exact import brute_force_m

RADII = (5, 10, 25)


def make_events(n=600, seed=0, **columns) -> gpd.GeoDataFrame:
    """Events around 96.0-96.6 E, 21.6-22.2 N with dates, types, precision and fatalities."""
    rng = np.random.default_rng(seed)
    lon = rng.uniform(95.7, 96.9, n)
    lat = rng.uniform(21.4, 22.4, n)
    lon[:40], lat[:40] = 96.2, 21.9  # a village where many events are geocoded
    frame = gpd.GeoDataFrame(
        {
            "event_id": [f"E{i:04d}" for i in range(n)],
            "date": pd.Timestamp("2020-11-01") + pd.to_timedelta(rng.integers(0, 900, n), "D"),
            "event_type": rng.choice(["Battles", "Explosions/Remote violence", "Protests"], n),
            "fatalities": pd.array(rng.integers(0, 6, n), dtype="Int64"),
            "precision": rng.choice(["exact", "near", "district", "state", "country"], n),
        },
        geometry=gpd.points_from_xy(lon, lat),
        crs="EPSG:4326",
    )
    for key, value in columns.items():
        frame[key] = value
    frame.attrs.update({"dataset": "test events", "version": "1", "synthetic": True})
    return frame


def make_projects() -> gpd.GeoDataFrame:
    return gpd.GeoDataFrame(
        {
            "id": ["plant", "pipeline", "zone"],
            "name": ["Power plant", "Gas pipeline", "Industrial zone"],
            "sector": ["energy", "oil_gas", "sez"],
        },
        geometry=[
            shapely.Point(96.2, 21.9),
            shapely.LineString([(95.8, 21.5), (96.25, 21.95), (96.8, 22.3)]),
            shapely.Polygon([(96.4, 21.6), (96.6, 21.6), (96.6, 21.75), (96.4, 21.75)]),
        ],
        crs="EPSG:4326",
    )


def make_areas() -> gpd.GeoDataFrame:
    """Two test states split at 96.3 E: "W" (West) and "E" (East)."""
    return gpd.GeoDataFrame(
        {"pcode": ["W", "E"], "name": ["West", "East"], "level": ["state", "state"]},
        geometry=[shapely.box(95.0, 21.0, 96.3, 23.0), shapely.box(96.3, 21.0, 97.5, 23.0)],
        crs="EPSG:4326",
    )


def _kept(events, since="2021-02-01", until=None, types=None, imprecise=False):
    keep = events["date"] >= pd.Timestamp(since)
    if until:
        keep &= events["date"] <= pd.Timestamp(until)
    if types:
        keep &= events["event_type"].str.lower().isin([t.lower() for t in types])
    if not imprecise:
        keep &= ~events["precision"].isin(["state", "country"])
    return events[keep]


def _distances(events, projects) -> np.ndarray:
    lon, lat = events.geometry.x.to_numpy(), events.geometry.y.to_numpy()
    return np.stack([brute_force_m(lon, lat, g) for g in projects.geometry])


@pytest.fixture(scope="module")
def case():
    events, projects = make_events(), make_projects()
    result = proximity(events, projects, RADII, areas=False)
    kept = _kept(events)
    return events, projects, result, kept, _distances(kept, projects)


def test_per_project_counts_fatalities_and_nearest_equal_brute_force(case):
    _, projects, result, kept, dist = case
    fatal = kept["fatalities"].to_numpy(dtype=float)
    for p, pid in enumerate(projects["id"]):
        row = result.projects.set_index("id").loc[pid]
        for r in RADII:
            within = dist[p] <= r * 1000
            assert row[f"events_{r}km"] == within.sum()
            assert row[f"fatalities_{r}km"] == fatal[within].sum()
        assert row["nearest_event_km"] == pytest.approx(dist[p].min() / 1000, abs=1e-6)
        assert dist[p][kept["event_id"].to_numpy() == row["nearest_event_id"]][0] == dist[p].min()
    assert result.projects.loc[0, "events_25km"] > result.projects.loc[0, "events_5km"] > 0


def test_overall_counts_each_event_once_and_breaks_down_by_sector(case):
    _, projects, result, kept, dist = case
    overall = result.overall
    assert overall["events"] == len(kept)
    for r in RADII:
        key = str(r)
        near = (dist.min(axis=0) <= r * 1000).sum()
        assert overall["near_any"][key] == near
        assert near < sum(result.projects[f"events_{r}km"])  # overlapping buffers: counted once
        assert overall["share"][key] == pytest.approx(near / len(kept), abs=1e-6)
        for p, sector in enumerate(projects["sector"]):
            assert overall["by_sector"][key][sector] == (dist[p] <= r * 1000).sum()


def test_precision_rule_excludes_and_reports_coarse_events(case):
    events, _, result, kept, _ = case
    in_window = events[events["date"] >= "2021-02-01"]
    coarse = in_window["precision"].isin(["state", "country"]).sum()
    assert result.overall["excluded_imprecise"] == coarse > 0
    assert result.method["excluded"]["imprecise"] == coarse
    assert "state" in result.method["precision_rule"]
    with_all = proximity(events, make_projects(), RADII, areas=False, include_imprecise=True)
    assert with_all.overall["events"] == len(in_window)
    assert with_all.overall["excluded_imprecise"] == 0


def test_window_and_event_types_filter_and_are_recorded():
    events, projects = make_events(seed=4), make_projects()
    result = proximity(
        events,
        projects,
        10,
        since="2021-06-01",
        until="2022-01-31",
        event_types=["battles"],
        areas=False,
    )
    kept = _kept(events, "2021-06-01", "2022-01-31", ["Battles"])
    dist = _distances(kept, projects)
    assert result.overall["events"] == len(kept)
    assert result.overall["near_any"]["10"] == (dist.min(axis=0) <= 10_000).sum()
    assert result.method["window"] == {"since": "2021-06-01", "until": "2022-01-31"}
    assert result.method["filters"]["event_types"] == ["battles"]
    assert result.method["dataset"] == "test events" and result.method["version"] == "1"
    assert result.method["radii_km"] == [10]


def test_monthly_series_within_main_radius(case):
    _, projects, result, kept, dist = case
    monthly = result.monthly.set_index("month")
    months = kept["date"].dt.strftime("%Y-%m").to_numpy()
    main = result.method["main_radius_km"]
    assert main == 5  # the first radius given
    assert monthly.index[0] == "2021-02"
    assert monthly["events"].sum() == len(kept)
    for p, pid in enumerate(projects["id"]):
        expected = pd.Series(months[dist[p] <= main * 1000]).value_counts()
        assert monthly[pid][monthly[pid] > 0].to_dict() == expected.to_dict()
    near = pd.Series(months[dist.min(axis=0) <= main * 1000]).value_counts()
    assert monthly["near_any"][monthly["near_any"] > 0].to_dict() == near.to_dict()


def test_regions_with_supplied_areas():
    events, projects = make_events(seed=2), make_projects()
    areas = make_areas()
    result = proximity(events, projects, 10, areas=areas)
    kept = _kept(events)
    west = (kept.geometry.x < 96.3).sum()
    regions = result.regions.set_index("pcode")
    assert regions.loc["W", "events"] == west
    assert regions.loc["E", "events"] == len(kept) - west
    assert regions.loc["W", "projects"] == ["pipeline", "plant"]
    assert regions.loc["E", "projects"] == ["pipeline", "zone"]
    dist = _distances(kept, projects).min(axis=0)
    assert regions.loc["W", "near_any"] == ((kept.geometry.x < 96.3) & (dist <= 10_000)).sum()
    records = result.to_dict()["regions"]
    assert {"name", "pcode", "events", "projects"} <= set(records[0])


def test_json_shape_and_claim_block(case):
    _, _, result, kept, dist = case
    claim = result.compare_claim("30/700@10")
    data = result.to_dict()
    assert set(data) == {"method", "overall", "monthly", "projects", "regions", "claim"}
    assert set(data["overall"]) >= {"events", "near_any", "excluded_imprecise", "undated"}
    assert sum(m["events"] for m in data["monthly"]) == len(kept)  # every kept event is dated
    project = data["projects"][0]
    assert set(project) >= {"id", "name", "sector", "counts", "fatalities", "nearest_event_km"}
    assert project["counts"]["10"] == result.projects.loc[0, "events_10km"]
    near10 = int((dist.min(axis=0) <= 10_000).sum())
    assert claim["computed"] == {
        "near": near10,
        "total": len(kept),
        "share": round(near10 / len(kept), 6),
    }
    assert claim["reported"]["near"] == 30 and claim["difference"]["near"] == near10 - 30
    assert Claim.parse("300/7,800@25km") == Claim(300, 7800, 25.0)
    with pytest.raises(OptionError, match="not among the radii"):
        result.compare_claim("1/2@7")
    with pytest.raises(OptionError, match="300/7800@25"):
        Claim.parse("300 of 7800")


@pytest.mark.parametrize(
    ("kwargs", "error", "message"),
    [
        ({"radii_km": 0}, OptionError, "above 0 km"),
        ({"radii_km": (-5, 10)}, OptionError, "above 0 km"),
        ({"radii_km": 25_000}, OptionError, "absurd"),
        ({"since": "2023-01-01", "until": "2022-01-01"}, OptionError, "after"),
        ({"since": "yesterday-ish"}, OptionError, "not a date"),
        ({"event_types": ["Batles"]}, OptionError, "Battles"),
        ({"engine": "spark"}, OptionError, "engine"),
    ],
)
def test_bad_options_are_one_line_errors(kwargs, error, message):
    with pytest.raises(error, match=message) as info:
        proximity(make_events(50), make_projects(), **{"areas": False, **kwargs})
    assert "\n" not in str(info.value)


def test_bad_events_and_projects_name_the_problem():
    events, projects = make_events(50), make_projects()
    with pytest.raises(InputError, match="empty"):
        proximity(events.iloc[:0], projects, areas=False)
    missing = events.copy()
    missing.loc[7, "geometry"] = None
    with pytest.raises(InputError, match="row 8, field 'geometry'"):
        proximity(missing, projects, areas=False)
    empty = projects.copy()
    empty.loc[1, "geometry"] = shapely.LineString()
    with pytest.raises(InputError, match="'pipeline' has an empty geometry"):
        proximity(events, empty, areas=False)
    bowtie = projects.copy()
    bowtie.loc[2, "geometry"] = shapely.Polygon([(96, 21), (96.2, 21.2), (96.2, 21), (96, 21.2)])
    with pytest.raises(InputError, match="row 3, field 'geometry'.*invalid geometry"):
        proximity(events, bowtie, areas=False)


def test_default_regions_are_states_and_townships_from_mimu():
    events, projects = make_events(300, seed=5), make_projects()
    result = proximity(events, projects, 10)
    if result.regions.empty:
        pytest.skip(f"areas unavailable: {result.method['regions']}")
    regions = result.regions
    states = regions[regions["level"] == "state"]
    townships = regions[regions["level"] == "township"]
    assert states["events"].sum() == result.overall["events"]  # every event is in one state
    assert townships["events"].sum() == result.overall["events"]
    plant_state = states[states["projects"].map(lambda ids: "plant" in ids)]
    assert plant_state["name"].str.contains("Mandalay").all() and len(plant_state) == 1
    assert states["near_any"].sum() == result.overall["near_any"]["10"]
    assert "MIMU" in result.method["regions"]


def test_projected_events_are_measured_in_lon_lat(case):
    events, projects, result, _, _ = case
    utm = proximity(events.to_crs("EPSG:32647"), projects.to_crs("EPSG:32647"), RADII, areas=False)
    assert utm.overall == result.overall
    shifted = events.copy()
    shifted["geometry"] = shifted.geometry.translate(yoff=200)  # latitudes beyond 90
    shifted = shifted.set_crs(None, allow_override=True)
    with pytest.raises(InputError, match="outside lon/lat range"):
        proximity(shifted, projects, RADII, areas=False)


@pytest.mark.shared
def test_real_ged_counts_around_catalogue_points_equal_brute_force(shared_data):
    from pyproj import Geod

    from mapper.sources import load_events
    from mapper.sources.projects import load_projects

    events = load_events(shared_data / "ucdp_ged" / "ged_myanmar_1989_2023.csv")
    projects = load_projects()
    points = projects[projects.geometry.geom_type == "Point"].reset_index(drop=True)
    result = proximity(events, points, (10, 25), areas=False)
    kept = events[
        (events["date"] >= "2021-02-01") & ~events["precision"].isin(["state", "country"])
    ]
    assert result.overall["events"] == len(kept)
    geod = Geod(ellps="WGS84")
    lon, lat = kept.geometry.x.to_numpy(), kept.geometry.y.to_numpy()
    nearest_any = np.full(len(kept), np.inf)
    for row in result.projects.itertuples():
        d = geod.inv(
            lon, lat, np.full(lon.size, row.geometry.x), np.full(lon.size, row.geometry.y)
        )[2]
        nearest_any = np.minimum(nearest_any, d)
        assert row.events_25km == (d <= 25_000).sum()
        assert row.nearest_event_km == pytest.approx(d.min() / 1000, abs=1e-6)
    assert result.overall["near_any"]["25"] == (nearest_any <= 25_000).sum() > 0
