"""The result of a proximity analysis, its JSON shape, and a reported-vs-computed claim check."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd

from mapper.errors import OptionError


def radius_key(radius_km: float) -> str:
    """'10' for 10 km, '2.5' for 2.5 km: the key of a radius in JSON and column names."""
    return str(int(radius_km)) if float(radius_km).is_integer() else f"{radius_km:g}"


def _number(value: Any) -> Any:
    """Plain Python numbers for JSON (integers stay integers)."""
    if value is None:
        return None
    if isinstance(value, np.generic):
        value = value.item()
    if isinstance(value, float):
        if not math.isfinite(value):
            return None
        if value.is_integer():
            return int(value)
    return value


def with_counts(projects, ids: list[str], radii_km, counts, fatalities, nearest_km, nearest_id):
    """The projects frame plus ``events_{r}km``, ``fatalities_{r}km`` and the nearest event.

    Columns are added in one go (``geometry`` kept last); fatalities stay integers when whole.
    """
    import geopandas as gpd

    base = projects.drop(columns="geometry", errors="ignore")
    if "id" not in base.columns:
        base.insert(0, "id", ids)
    added: dict[str, Any] = {}
    for j, r in enumerate(radii_km):
        key = radius_key(r)
        added[f"events_{key}km"] = np.asarray(counts[:, j], dtype=np.int64)
        fatal = np.asarray(fatalities[:, j], dtype=float)
        whole = np.all(fatal == np.round(fatal))
        added[f"fatalities_{key}km"] = fatal.astype(np.int64) if whole else fatal
    added["nearest_event_km"] = np.asarray(nearest_km, dtype=float)
    added["nearest_event_id"] = pd.Series(list(nearest_id), dtype="object").to_numpy()
    frame = pd.concat([base, pd.DataFrame(added, index=base.index)], axis=1)
    return gpd.GeoDataFrame(frame, geometry=projects.geometry.values, crs=projects.crs)


@dataclass
class Claim:
    """A reported figure such as "300 of 7,800 clashes within 25 km of a project"."""

    near: int
    total: int
    radius_km: float

    @classmethod
    def parse(cls, text: str) -> Claim:
        """Parse ``"NEAR/TOTAL@RADIUS"`` (e.g. ``"300/7800@25"``, ``"300/7,800@25km"``)."""
        match = re.fullmatch(
            r"\s*([\d,_]+)\s*/\s*([\d,_]+)\s*@\s*([\d.]+)\s*(?:km)?\s*", str(text), re.I
        )
        if not match:
            raise OptionError(
                f"--claim must look like 300/7800@25 (near/total@radius km), not {text!r}"
            )
        near, total = (int(g.replace(",", "").replace("_", "")) for g in match.groups()[:2])
        try:
            radius = float(match.group(3))
        except ValueError:
            raise OptionError(f"--claim: bad radius {match.group(3)!r}") from None
        if total <= 0 or near > total:
            raise OptionError(f"--claim: {near}/{total} is not a part of a positive total")
        if radius <= 0:
            raise OptionError("--claim: the radius must be > 0 km")
        return cls(near, total, radius)


@dataclass
class ProximityResult:
    """Events near projects: per project, overall, per region and per month, with the method.

    - ``projects``: GeoDataFrame, the project columns plus ``events_{r}km``, ``fatalities_{r}km``
      for each radius, ``nearest_event_km`` and ``nearest_event_id``.
    - ``overall``: dict ``events`` (in the window after filters), ``near_any`` ({radius: events
      within it of at least one project, each counted once}), ``share``, ``by_sector``,
      ``excluded_imprecise`` and ``undated`` (events analysed that have no date: in every
      total, in no month; only an open window keeps them).
    - ``regions``: DataFrame ``level, pcode, name, events, near_any, projects`` (project ids);
      events outside every area of a level are a last row of that level with pcode "".
    - ``monthly``: DataFrame, one row per month: ``month`` ("YYYY-MM"), ``events``, ``near_any``
      (within the main radius of any project) and one column per project id (events within the
      main radius of that project); undated events are in no month.
    - ``method``: dict: radii, main radius, window, filters, precision rule, dataset, version.
    """

    projects: Any
    overall: dict
    regions: pd.DataFrame
    monthly: pd.DataFrame
    method: dict
    claim: dict | None = field(default=None)

    @property
    def radii_km(self) -> list[float]:
        return list(self.method["radii_km"])

    def compare_claim(self, claim: str | Claim) -> dict:
        """Set and return a reported-vs-computed block for a claim like ``"300/7800@25"``."""
        c = claim if isinstance(claim, Claim) else Claim.parse(claim)
        key = radius_key(c.radius_km)
        if key not in self.overall["near_any"]:
            radii = ", ".join(radius_key(r) for r in self.radii_km)
            raise OptionError(
                f"the claim's radius {key} km is not among the radii analysed ({radii})"
            )
        near = int(self.overall["near_any"][key])
        total = int(self.overall["events"])
        self.claim = {
            "radius_km": _number(c.radius_km),
            "reported": {"near": c.near, "total": c.total, "share": round(c.near / c.total, 6)},
            "computed": {
                "near": near,
                "total": total,
                "share": round(near / total, 6) if total else None,
            },
            "difference": {"near": near - c.near, "total": total - c.total},
            "consistent": None if not total else abs(near / total - c.near / c.total) <= 0.01,
            "note": (
                "computed with the method above (window, filters, precision rule, dataset); "
                "'consistent' means the shares differ by at most one percentage point"
            ),
        }
        return self.claim

    def project_records(self) -> list[dict]:
        """One dict per project in the JSON shape of ``mapper analyze``."""
        radii = self.radii_km
        out = []
        month_cols = [c for c in self.monthly.columns if c not in ("month", "events", "near_any")]
        monthly = self.monthly.set_index("month")[month_cols] if month_cols else None
        # records, not itertuples: a column such as "events_2.5km" is no Python identifier
        for rec in self.projects.to_dict("records"):
            pid = str(rec.get("id"))
            entry = {
                "id": pid,
                "name": rec.get("name"),
                "sector": rec.get("sector"),
                "counts": {radius_key(r): _number(rec[f"events_{radius_key(r)}km"]) for r in radii},
                "fatalities": {
                    radius_key(r): _number(rec[f"fatalities_{radius_key(r)}km"]) for r in radii
                },
                "nearest_event_km": _number(rec.get("nearest_event_km")),
                "nearest_event_id": rec.get("nearest_event_id"),
            }
            if monthly is not None and pid in monthly.columns:
                series = monthly[pid]
                entry["monthly"] = {m: int(v) for m, v in series.items() if v}
            out.append(entry)
        return out

    def region_records(self) -> list[dict]:
        return [
            {
                "name": r["name"],
                "pcode": r["pcode"],
                "level": r["level"],
                "events": int(r["events"]),
                "near_any": int(r["near_any"]),
                "projects": list(r["projects"]),
            }
            for r in self.regions.to_dict("records")
        ]

    def monthly_records(self) -> list[dict]:
        """The overall series: one dict per month (``month``, ``events``, ``near_any`` within
        the main radius), as ``mapper analyze --format json`` gives it."""
        return [
            {"month": str(r["month"]), "events": int(r["events"]), "near_any": int(r["near_any"])}
            for r in self.monthly[["month", "events", "near_any"]].to_dict("records")
        ]

    def to_dict(self) -> dict:
        """The ``mapper analyze --format json`` shape."""
        out = {
            "method": self.method,
            "overall": self.overall,
            "monthly": self.monthly_records(),
            "projects": self.project_records(),
            "regions": self.region_records(),
        }
        if self.claim is not None:
            out["claim"] = self.claim
        return out

    def table(self) -> pd.DataFrame:
        """Projects with their counts as a plain table (no geometry), for CSV and the terminal."""
        frame = pd.DataFrame(self.projects.drop(columns="geometry", errors="ignore"))
        radii = [radius_key(r) for r in self.radii_km]
        cols = [c for c in ("id", "name", "sector") if c in frame.columns]
        cols += [f"events_{r}km" for r in radii] + [f"fatalities_{r}km" for r in radii]
        cols += ["nearest_event_km", "nearest_event_id"]
        return frame[cols]

    def dataset_label(self) -> str:
        """The events' dataset and version, with "(SYNTHETIC data)" when they are made up."""
        m = self.method
        label = f"{m.get('dataset')} {m.get('version') or ''}".rstrip()
        return label + (" (SYNTHETIC data, not real events)" if m.get("synthetic") else "")

    def method_line(self) -> str:
        """The window, types and distance basis in one line (kept beside the counts in files)."""
        m = self.method
        window = m["window"]
        return (
            f"{m.get('basis')}; window {window['since'] or 'open'} .. {window['until'] or 'open'};"
            f" event types: {', '.join(m['filters']['event_types'] or ['all'])}"
        )

    def table_with_method(self) -> pd.DataFrame:
        """:meth:`table` with the dataset and method in every row, for files that leave the
        tool (a CSV or map layer must still say what its counts are of)."""
        frame = self.table().copy()
        frame["events_dataset"] = self.dataset_label()
        frame["method"] = self.method_line()
        return frame

    def summary(self) -> str:
        """A short plain-text report (method, overall figures, projects) for the terminal."""
        m, o = self.method, self.overall
        lines = [
            f"Dataset: {self.dataset_label()}",
            f"Basis: {self.method_line()}",
            f"Precision rule: {m['precision_rule']}"
            f" (excluded: {_count(o.get('excluded_imprecise'))})",
            f"Events analysed: {o['events']}",
        ]
        left_out = _left_out(m.get("excluded") or {})
        if left_out:
            lines.append(f"  left out: {left_out}")
        if o.get("undated"):
            lines.append(f"  undated: {o['undated']:,} (in the totals, in no month of the series)")
        for key, near in o["near_any"].items():
            share = o["share"].get(key)
            pct = "n/a" if share is None else f"{100 * share:.1f}%"
            lines.append(f"  within {key} km of at least one project: {near} ({pct})")
        if self.claim:
            c = self.claim
            lines.append(
                f"Claim {c['reported']['near']}/{c['reported']['total']} within "
                f"{c['radius_km']} km; computed {c['computed']['near']}/{c['computed']['total']}"
            )
        table = self.table().sort_values(
            f"events_{radius_key(self.radii_km[-1])}km", ascending=False, kind="stable"
        )
        lines += ["", table.to_string(index=False, na_rep="-")]
        return "\n".join(lines)


#: how the summary names each reason an event was left out of the analysis
_LEFT_OUT = {
    "undated": "{} without a date (the date window needs one; --since '' keeps them)",
    "window": "{} outside the date window",
    "event_type": "{} of other event types",
    "imprecise": "{} located only to a state/region or the country",
}


def _left_out(excluded: dict[str, int]) -> str:
    """The events left out, by reason, as one line ("" when none were)."""
    return "; ".join(
        text.format(f"{excluded[key]:,}") for key, text in _LEFT_OUT.items() if excluded.get(key)
    )


def _count(value: int | None) -> str:
    """A count for the summary; "n/a" where the basis has none (counts, not events)."""
    return "n/a" if value is None else f"{value:,}"
