"""The ``engine="dask"`` path: count partitions of a dask-geopandas frame, then merge exactly.

Each partition is filtered and counted by the same code as the in-memory engine
(:func:`mapper.analysis.aggregate.count_block`); partial counts add up and the nearest event is a
minimum (ties broken by event id), so the result is identical to ``engine="numpy"``. Runs on
whatever dask scheduler is active: a ``distributed.Client`` if one is connected, else threads.

Use it for event sets that do not fit in memory (read them with ``dask_geopandas.read_parquet``)
or to spread a very large analysis over a cluster; for anything that fits in memory the numpy
engine is faster (no scheduling or serialisation).
"""

from __future__ import annotations

import numpy as np

from mapper.analysis.aggregate import Partial, ProjectTable, count_block
from mapper.analysis.inputs import check_events, filter_events
from mapper.errors import InputError, OptionError

#: Rows per partition when a geopandas frame is split for dask.
ROWS_PER_PARTITION = 250_000


def _count_partition(
    part, table: ProjectTable, radii_m, main_index, areas, window, event_types, include_imprecise
) -> Partial:
    if len(part):
        geoms = part.geometry.values
        if (geoms.isna() | geoms.is_empty).any():
            raise InputError("event(s) have no location", field="geometry")
    arrays = filter_events(part, window, event_types, include_imprecise)
    return count_block(arrays, table, radii_m, main_index, areas, threads=1)  # dask parallelises


def _merge(a: Partial, b: Partial) -> Partial:
    return a.merge(b)


def count_dask(
    events,
    table: ProjectTable,
    radii_m: np.ndarray,
    main_index: int,
    areas,
    *,
    window,
    event_types,
    include_imprecise: bool,
    npartitions: int | None = None,
) -> Partial:
    """Count ``events`` (a dask-geopandas or geopandas GeoDataFrame) partition by partition."""
    try:
        import dask
        import dask_geopandas
    except ImportError:  # pragma: no cover - the dask extra is optional
        raise OptionError(
            "engine 'dask' needs dask-geopandas: pip install 'mapper[dask]'"
        ) from None
    if not isinstance(events, dask_geopandas.GeoDataFrame):
        check_events(events)
        n = npartitions or max(1, int(np.ceil(len(events) / ROWS_PER_PARTITION)))
        events = dask_geopandas.from_geopandas(events, npartitions=n)
    elif npartitions:
        events = events.repartition(npartitions=npartitions)
    count = dask.delayed(_count_partition, pure=True)
    shared = dask.delayed(table, pure=True), dask.delayed(areas, pure=True)
    partials = [
        count(
            part, shared[0], radii_m, main_index, shared[1], window, event_types, include_imprecise
        )
        for part in events.to_delayed()
    ]
    merge = dask.delayed(_merge, pure=True)
    while len(partials) > 1:  # pairwise tree reduction
        partials = [
            merge(partials[i], partials[i + 1]) if i + 1 < len(partials) else partials[i]
            for i in range(0, len(partials), 2)
        ]
    (result,) = dask.compute(partials[0])
    if result.total == 0:
        raise InputError("no events to analyse (the event set is empty)")
    return result
