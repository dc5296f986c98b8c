"""Synthetic events: labelled, seeded, shaped like conflict data (clustered, heavy-tailed)."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from mapper.errors import OptionError
from mapper.schema import EVENT_COLUMNS, PRECISION_LEVELS
from mapper.sources import load_events
from mapper.sources._validate import in_myanmar
from mapper.sources.synthetic import _towns, synthetic_events, to_csv


@pytest.fixture(scope="module")
def events():
    return synthetic_events(20_000, seed=7)


def _km(lat1, lon1, lat2, lon2):
    lat1, lon1, lat2, lon2 = map(np.radians, (lat1, lon1, lat2, lon2))
    a = (
        np.sin((lat2 - lat1) / 2) ** 2
        + np.cos(lat1) * np.cos(lat2) * np.sin((lon2 - lon1) / 2) ** 2
    )
    return 2 * 6371.0 * np.arcsin(np.sqrt(a))


def test_columns_labels_and_ids(events):
    assert list(events.columns) == [*EVENT_COLUMNS, "geometry"]
    assert len(events) == 20_000
    assert events.crs.to_epsg() == 4326
    assert (events["source_dataset"] == "synthetic").all()
    assert events.attrs["synthetic"] is True
    assert events.attrs["rejected"] == []
    assert events["event_id"].str.startswith("SYN-").all()
    assert events["event_id"].is_unique
    assert set(events["precision"].unique()) == set(PRECISION_LEVELS)


def test_same_seed_same_events_other_seed_differs():
    a, b = synthetic_events(500, seed=3), synthetic_events(500, seed=3)
    pd.testing.assert_frame_equal(pd.DataFrame(a), pd.DataFrame(b))
    c = synthetic_events(500, seed=4)
    assert not np.allclose(a.geometry.x, c.geometry.x)


def test_dates_fall_in_the_window():
    gdf = synthetic_events(5000, seed=1, start="2022-01-01", end="2022-06-30")
    assert gdf["date"].min() >= pd.Timestamp("2022-01-01")
    assert gdf["date"].max() <= pd.Timestamp("2022-06-30")
    assert gdf["date"].dt.month.nunique() == 6


def test_points_in_myanmar_and_clustered_near_their_town(events):
    assert in_myanmar(events.geometry.y.to_numpy(), events.geometry.x.to_numpy()).all()
    towns = _towns().drop_duplicates("name").set_index("name")
    exact = events[events["precision"] == "exact"]
    exact = exact[exact["place"].isin(towns.index)]
    town = towns.loc[exact["place"].astype(str)]
    dist = _km(
        exact.geometry.y.to_numpy(),
        exact.geometry.x.to_numpy(),
        town["latitude"].to_numpy(),
        town["longitude"].to_numpy(),
    )
    assert np.median(dist) < 5  # a few km of scatter
    assert 0.03 < (dist > 20).mean() < 0.2  # a share of events further out


def test_few_towns_hold_most_events(events):
    located = events[events["precision"].isin(["exact", "near", "district"])]
    per_town = located["place"].value_counts()
    per_town = per_town[per_town > 0]
    top = per_town.iloc[: max(1, len(per_town) // 10)].sum()
    assert top / per_town.sum() > 0.5


def test_coarse_events_sit_on_one_point_per_area(events):
    state = events[events["precision"] == "state"]
    points = state.groupby(state["admin1"].astype(str), observed=True).apply(
        lambda g: g.geometry.to_wkt().nunique()
    )
    assert (points == 1).all()
    country = events[events["precision"] == "country"]
    assert country.geometry.to_wkt().nunique() == 1
    assert country["admin1"].isna().all()


def test_fatalities_heavy_tailed(events):
    deaths = events["fatalities"]
    assert str(deaths.dtype) == "Int64"
    assert (deaths >= 0).all()
    assert 0.3 < (deaths == 0).mean() < 0.85
    positive = deaths[deaths > 0]
    assert positive.max() >= 20 * positive.median()
    assert (events.loc[events["event_type"] == "Protests", "fatalities"] == 0).all()


def test_bbox_limits_the_clusters():
    bbox = (96.5, 20.0, 99.5, 24.5)  # northern Shan / Mandalay
    gdf = synthetic_events(3000, seed=2, bbox=bbox)
    on_town = gdf[gdf["precision"] == "district"]  # district precision: the town point itself
    assert len(on_town) > 100
    assert on_town.geometry.x.between(bbox[0], bbox[2]).all()
    assert on_town.geometry.y.between(bbox[1], bbox[3]).all()
    exact = gdf[gdf["precision"] == "exact"]
    assert exact.geometry.x.between(bbox[0], bbox[2]).mean() > 0.9
    with pytest.raises(OptionError, match="no Myanmar town"):
        synthetic_events(10, bbox=(0.0, 0.0, 1.0, 1.0))


def test_bad_arguments():
    assert len(synthetic_events(0)) == 0
    with pytest.raises(OptionError):
        synthetic_events(-1)
    with pytest.raises(OptionError, match="before start"):
        synthetic_events(10, start="2023-01-01", end="2022-01-01")
    # beyond pandas' nanosecond dates they wrapped around (2300 gave 1695 and 2096)
    for start, end in (("2021-01-01", "2300-01-01"), ("1500-01-01", "1500-01-03")):
        with pytest.raises(OptionError, match="between 1677-09-22 and 2262-04-11"):
            synthetic_events(10, start=start, end=end)


def test_csv_round_trip_stays_labelled(tmp_path):
    gdf = synthetic_events(300, seed=5)
    path = to_csv(gdf, tmp_path / "syn.csv")
    back = load_events(path)
    assert back.attrs["synthetic"] is True
    assert len(back) == 300 and back.attrs["rejected"] == []
    assert (back["source_dataset"] == "synthetic").all()
    assert list(back["event_id"]) == list(gdf["event_id"])
    assert np.allclose(back.geometry.x, gdf.geometry.x, atol=1e-6)
    assert list(back["precision"]) == list(gdf["precision"].astype(str))


def test_ucdp_categories():
    gdf = synthetic_events(3000, seed=1, categories="ucdp")
    assert set(gdf["event_type"].unique()) == {"state-based", "non-state", "one-sided"}
    assert gdf["sub_event_type"].isna().all()
    assert (gdf["event_type"] == "state-based").mean() > 0.5
    with pytest.raises(OptionError, match="categories"):
        synthetic_events(10, categories="gdelt")
