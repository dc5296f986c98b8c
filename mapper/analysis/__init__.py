"""Analysis: which conflict events happen near which projects, by region and over time.

Exact geodesic distances (WGS84) with a fast bracket-and-refine engine (:mod:`.distance`);
:func:`proximity` counts events per project and radius, overall, per region and per month;
:func:`sensitivity` sweeps radii with and without imprecise events;
:func:`proximity_from_counts` uses area counts instead of events (flagged as an approximation).
"""

from __future__ import annotations

from mapper.analysis.counts_based import proximity_from_counts
from mapper.analysis.proximity import proximity
from mapper.analysis.result import Claim, ProximityResult
from mapper.analysis.sensitivity import sensitivity

__all__ = ["Claim", "ProximityResult", "proximity", "proximity_from_counts", "sensitivity"]
