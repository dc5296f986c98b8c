"""Per-month series: all events, events near any project, and events near each project."""

from __future__ import annotations

import numpy as np
import pandas as pd


def month_label(month: int) -> str:
    """'2021-02' for the month number year * 12 + month - 1."""
    return f"{month // 12:04d}-{month % 12 + 1:02d}"


def _month_number(ts: pd.Timestamp) -> int:
    return ts.year * 12 + ts.month - 1


def monthly_table(
    months: pd.DataFrame,
    project_months: pd.DataFrame,
    project_ids: list[str],
    window: tuple[pd.Timestamp | None, pd.Timestamp | None],
) -> pd.DataFrame:
    """One row per month of the window (zero-filled), columns ``month, events, near_any, <ids>``.

    ``months`` is indexed by month number with ``events`` and ``near_any``; ``project_months`` by
    month number, one column per project position. Undated events are not in either.
    """
    dated = months
    first = _month_number(window[0]) if window[0] is not None else None
    last = _month_number(window[1]) if window[1] is not None else None
    if first is None:
        first = int(dated.index.min()) if len(dated) else None
    if last is None:
        last = int(dated.index.max()) if len(dated) else first
    columns = ["month", "events", "near_any", *project_ids]
    if first is None or last is None or last < first:
        return pd.DataFrame(columns=columns)
    span = np.arange(first, last + 1)
    out = pd.DataFrame({"month": [month_label(int(m)) for m in span]})
    for col in ("events", "near_any"):
        series = dated[col] if len(dated) else pd.Series(dtype="int64")
        out[col] = series.reindex(span, fill_value=0).to_numpy(np.int64)
    wide = project_months.reindex(index=span, columns=range(len(project_ids)), fill_value=0)
    per_project = {pid: wide[p].to_numpy(np.int64) for p, pid in enumerate(project_ids)}
    return pd.concat([out, pd.DataFrame(per_project, index=out.index)], axis=1)
