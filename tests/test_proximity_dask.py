"""engine="dask" on a local distributed cluster (2 worker processes) gives identical results."""

from __future__ import annotations

import pytest

from mapper.analysis import proximity
from tests.test_proximity import make_areas, make_events, make_projects

distributed = pytest.importorskip("distributed")
dask_geopandas = pytest.importorskip("dask_geopandas")


@pytest.fixture(scope="module")
def client():
    cluster = distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    )
    with cluster, distributed.Client(cluster) as c:
        yield c


def _comparable(result) -> dict:
    data = result.to_dict()
    assert data["method"].pop("engine") in {"numpy", "dask"}
    return data


def test_dask_on_two_workers_equals_numpy(client):
    events, projects = make_events(3000, seed=9), make_projects()
    areas = make_areas()
    kwargs = {"radii_km": (2, 5, 10, 25), "include_imprecise": True, "areas": areas}
    expected = proximity(events, projects, **kwargs)
    partitioned = dask_geopandas.from_geopandas(events, npartitions=5)
    got = proximity(partitioned, projects, engine="dask", **kwargs)
    assert got.method["engine"] == "dask"
    assert _comparable(got) == _comparable(expected)
    assert got.monthly.equals(expected.monthly)
    assert got.projects.drop(columns="geometry").equals(expected.projects.drop(columns="geometry"))
    assert expected.overall["near_any"]["25"] > 0
    assert got.regions.equals(expected.regions) and expected.regions["events"].sum() > 0
    assert len(client.scheduler_info()["workers"]) == 2


def test_dask_reports_bad_input_like_numpy(client):
    events = make_events(200)
    events.loc[3, "geometry"] = None
    with pytest.raises(Exception, match="no location"):
        proximity(
            dask_geopandas.from_geopandas(events, npartitions=2),
            make_projects(),
            10,
            areas=False,
            engine="dask",
        )
