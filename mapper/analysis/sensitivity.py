"""How the headline figure moves with the radius (1 to 100 km) and with imprecise events."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import pandas as pd

from mapper.analysis.inputs import DEFAULT_SINCE
from mapper.analysis.proximity import proximity

DEFAULT_SENSITIVITY_RADII: tuple[int, ...] = tuple(range(1, 101))


def sensitivity(
    events,
    projects,
    radii_km: Iterable[float] = DEFAULT_SENSITIVITY_RADII,
    *,
    since: str | None = DEFAULT_SINCE,
    until: str | None = None,
    event_types: Sequence[str] | None = None,
    engine: str = "numpy",
) -> pd.DataFrame:
    """Events near at least one project for each radius, without and with imprecise events.

    One row per radius: ``radius_km``, ``near_precise``, ``events_precise``, ``share_precise``
    (the default rule: events located only to a state/region or country excluded), and
    ``near_all``, ``events_all``, ``share_all`` (every event kept). ``attrs["method"]`` holds the
    method of the underlying analysis. Distances are exact, as in :func:`proximity`.
    """
    radii = sorted(float(r) for r in radii_km)
    result = proximity(
        events,
        projects,
        radii,
        since=since,
        until=until,
        event_types=event_types,
        include_imprecise=True,
        areas=False,
        engine=engine,
        main_radius_km=radii[0],
    )
    overall = result.overall
    events_all = overall["events"]
    events_precise = events_all - overall["events_imprecise"]
    rows = []
    for key, near_all in overall["near_any"].items():
        near_precise = near_all - overall["near_any_imprecise"][key]
        rows.append(
            {
                "radius_km": float(key),
                "near_precise": near_precise,
                "events_precise": events_precise,
                "share_precise": near_precise / events_precise if events_precise else None,
                "near_all": near_all,
                "events_all": events_all,
                "share_all": near_all / events_all if events_all else None,
            }
        )
    table = pd.DataFrame(rows)
    table.attrs["method"] = result.method
    return table
