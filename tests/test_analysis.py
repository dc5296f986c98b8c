"""Sensitivity to the radius and to imprecise events; area-count (approximate) proximity."""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
import shapely

from mapper.analysis import proximity, proximity_from_counts, sensitivity
from mapper.analysis.counts_based import geodesic_buffer
from mapper.analysis.distance import GEOD
from mapper.errors import InputError
from tests.test_proximity import _distances, _kept, make_areas, make_events, make_projects


def test_sensitivity_sweeps_radii_with_and_without_imprecise_events():
    events, projects = make_events(500, seed=11), make_projects()
    table = sensitivity(events, projects, radii_km=range(1, 31))
    assert table["radius_km"].tolist() == [float(r) for r in range(1, 31)]
    precise = _kept(events)
    everything = _kept(events, imprecise=True)
    d_precise = _distances(precise, projects).min(axis=0)
    d_all = _distances(everything, projects).min(axis=0)
    for r in (1, 7, 30):
        row = table.set_index("radius_km").loc[float(r)]
        assert row["near_precise"] == (d_precise <= r * 1000).sum()
        assert row["near_all"] == (d_all <= r * 1000).sum()
        assert row["events_precise"] == len(precise) and row["events_all"] == len(everything)
    assert table["near_all"].is_monotonic_increasing
    assert (table["near_all"] >= table["near_precise"]).all()
    assert table["near_all"].iloc[-1] > table["near_precise"].iloc[-1]  # imprecise ones matter
    same = proximity(events, projects, 7, areas=False)
    assert same.overall["near_any"]["7"] == table.set_index("radius_km").loc[7.0, "near_precise"]


@pytest.fixture
def township_counts() -> gpd.GeoDataFrame:
    """Four 0.2-degree squares in a row, with event and death counts (test data)."""
    frame = gpd.GeoDataFrame(
        {
            "pcode": ["T1", "T2", "T3", "T4"],
            "name": ["One", "Two", "Three", "Four"],
            "events": [10, 20, 40, 80],
            "deaths": [1, 2, 4, 8],
        },
        geometry=[shapely.box(96.0 + 0.2 * i, 21.0, 96.2 + 0.2 * i, 21.2) for i in range(4)],
        crs="EPSG:4326",
    )
    frame.attrs["method"] = {
        "dataset": "test counts",
        "version": "2",
        "months": ["2021-02", "2023-12"],
    }
    return frame


def test_counts_based_sums_the_areas_a_buffer_touches(township_counts):
    # a point 5.0 km (geodesic) west of T3's western edge at the row's middle latitude
    x, y, _ = GEOD.fwd(96.4, 21.1, 270.0, 5_000.0)
    projects = gpd.GeoDataFrame(
        {"id": ["p"], "name": ["P"], "sector": ["mining"]},
        geometry=[shapely.Point(x, y)],
        crs="EPSG:4326",
    )
    result = proximity_from_counts(township_counts, projects, (4, 6, 30))
    row = result.projects.iloc[0]
    assert row["events_4km"] == 20  # only T2, where it lies
    assert row["events_6km"] == 60  # T3's edge is 5 km away
    assert row["fatalities_6km"] == 6
    assert row["events_30km"] == 150  # T1 (~16 km west) and T4 (~26 km east) join
    assert np.isnan(row["nearest_event_km"])
    assert result.overall["events"] == 150
    assert result.overall["near_any"] == {"4": 20, "6": 60, "30": 150}
    assert result.method["approximation"] is True and result.method["basis"] == "area counts"
    assert result.method["dataset"] == "test counts"
    assert result.method["window"] == {"since": "2021-02", "until": "2023-12"}
    regions = result.regions.set_index("pcode")
    assert regions.loc["T2", "projects"] == ["p"] and regions.loc["T3", "events"] == 40


def test_geodesic_buffer_edge_is_at_the_radius():
    line = shapely.LineString([(95.0, 20.0), (97.0, 22.5)])
    buffer = geodesic_buffer(line, 25_000)
    ring = shapely.get_coordinates(buffer.exterior)
    from mapper.analysis.distance import exact_distance_m, prepare_geometry

    d = exact_distance_m(ring[:, 0], ring[:, 1], prepare_geometry(line, 0.01))
    assert np.abs(d - 25_000).max() < 250  # within 1 % on a 340 km line


def test_counts_without_a_count_column_is_an_input_error(township_counts):
    with pytest.raises(InputError, match="count"):
        proximity_from_counts(township_counts.drop(columns="events"), make_projects(), 10)


def test_region_rows_add_up_to_the_events_analysed():
    # two test states side by side (95.0-96.3 E and 96.3-97.5 E, 21-23 N); one event 1 km east
    # of the eastern edge (a border-river town: snapped into "E") and one 50 km east (outside)
    areas = make_areas()
    x1, y1, _ = GEOD.fwd(97.5, 22.0, 90.0, 1_000.0)
    x2, y2, _ = GEOD.fwd(97.5, 22.0, 90.0, 50_000.0)
    events = make_events(3, seed=1)
    events["precision"] = "exact"
    events["date"] = pd.Timestamp("2022-05-01")
    events["geometry"] = [shapely.Point(96.0, 22.0), shapely.Point(x1, y1), shapely.Point(x2, y2)]
    result = proximity(events, make_projects(), 10, areas=areas)
    regions = result.regions.set_index("pcode")
    assert regions.loc["W", "events"] == 1 and regions.loc["E", "events"] == 1
    assert regions.loc["", "name"] == "outside the areas" and regions.loc["", "events"] == 1
    assert result.regions["pcode"].iloc[-1] == ""  # listed after the areas
    assert result.regions["events"].sum() == result.overall["events"] == 3


def test_imprecise_events_are_in_no_area_finer_than_their_precision():
    """With include_imprecise, an event located only to the country (GED puts them all at one
    point, in Kyethi) is in no state and no township, and one located only to a state is in its
    state but no township: they were counted in whatever areas held those centre points."""
    states = make_areas()
    townships = states.assign(pcode=["W1", "E1"], name=["West one", "East one"], level="township")
    areas = pd.concat([states, townships], ignore_index=True)
    events = make_events(3, seed=1)
    events["precision"] = ["exact", "state", "country"]
    events["date"] = pd.Timestamp("2022-05-01")
    events["geometry"] = [shapely.Point(96.0, 22.0)] * 2 + [shapely.Point(97.0, 22.0)]
    result = proximity(events, make_projects(), 10, areas=areas, include_imprecise=True)
    regions = result.regions.set_index(["level", "pcode"])["events"]
    assert regions[("state", "W")] == 2 and regions.get(("state", "E"), 0) == 0
    assert regions[("state", "(imprecise)")] == 1
    assert regions[("township", "W1")] == 1 and regions[("township", "(imprecise)")] == 2
    names = result.regions.set_index(["level", "pcode"])["name"]
    assert names[("township", "(imprecise)")] == "located only to a state or the country"
    for level in ("state", "township"):
        assert regions[level].sum() == result.overall["events"] == 3


def test_undated_events_kept_by_an_open_window_are_counted_and_said():
    events = make_events(3, seed=2, precision="exact")
    events["date"] = [pd.Timestamp("2022-05-01"), pd.NaT, pd.Timestamp("2022-06-01")]
    result = proximity(events, make_projects(), 10, since=None)
    assert result.overall["events"] == 3 and result.overall["undated"] == 1
    assert result.monthly["events"].sum() == 2  # the undated event is in no month
    assert "  undated: 1 (in the totals, in no month of the series)" in result.summary()
    windowed = proximity(events, make_projects(), 10, since="2022-01-01")
    assert windowed.overall["events"] == 2 and windowed.overall["undated"] == 0
    assert "undated:" not in windowed.summary()


@pytest.mark.shared
def test_real_ged_regions_add_up_to_the_events_analysed(shared_data):
    from mapper.sources import load_events
    from mapper.sources.projects import load_projects

    events = load_events(shared_data / "ucdp_ged" / "ged_myanmar_1989_2023.csv")
    result = proximity(events, load_projects(), 25)
    if result.regions.empty:
        pytest.skip(f"areas unavailable: {result.method['regions']}")
    assert result.overall["events"] == 4301 and result.overall["near_any"]["25"] == 907
    by_level = result.regions.groupby("level")[["events", "near_any"]].sum()
    assert by_level.loc["state"].tolist() == [4301, 907]
    assert by_level.loc["township"].tolist() == [4301, 907]
    # GED's centre of Maungdaw township lies 66 m outside the derived outline: still Maungdaw
    towns = result.regions[result.regions["level"] == "township"].set_index("pcode")
    assert towns.loc["MMR012009", "events"] == 17


def test_regions_from_a_boundary_file_of_one_level_or_with_a_fault(tmp_path):
    """A states-only file gives state regions; a township file's fault is reported, not skipped."""
    events, projects = make_events(200, seed=3), make_projects()
    country = shapely.box(92, 9, 102, 29)
    states = gpd.GeoDataFrame({"ST_PCODE": ["MMR010"], "ST": ["Mandalay"]}, geometry=[country])
    states.set_crs(4326).to_file(tmp_path / "states.gpkg")
    result = proximity(events, projects, 10, boundaries=tmp_path / "states.gpkg")
    assert result.regions["level"].tolist() == ["state"]
    towns = gpd.GeoDataFrame(
        {"TS_PCODE": ["MMR010001", "MMR010001"], "TS": ["A", "B"], "ST_PCODE": "MMR010"},
        geometry=[shapely.box(92, 9, 97, 29), shapely.box(97, 9, 102, 29)],
        crs=4326,
    )
    towns.to_file(tmp_path / "towns.gpkg")
    with pytest.raises(InputError, match="row 2, field 'pcode'"):
        proximity(events, projects, 10, boundaries=tmp_path / "towns.gpkg")
