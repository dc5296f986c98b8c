"""Accuracy on a held-out-style evaluation built from ../shared/data (skipped when absent).

The cases and pass rules live in ``tests/geocode_eval.py`` (``python -m tests.geocode_eval``
prints the per-kind table). Targets from the issue: >= 97% overall, >= 90% for every kind.
"""

from __future__ import annotations

import pytest

from tests import geocode_eval

pytestmark = pytest.mark.shared

#: kinds whose target is not reached yet; each measured rate is still guarded against regressions
KNOWN_SHORT = {"conflict": 0.80, "conflict_text": 0.76}
#: floors just under the rates reached (state 1.0, township 0.993, town 0.942, site 1.0,
#: village 0.917)
FLOORS = {"state": 0.98, "township": 0.985, "town": 0.94, "site": 0.95, "village": 0.91}


@pytest.fixture(scope="module")
def evaluation(shared_data):
    frame = geocode_eval.evaluate(geocode_eval.build_cases(shared_data))
    table = geocode_eval.summary(frame)
    print("\n" + table.to_string(index=False))
    return frame, table.set_index("kind")


def test_every_kind_is_evaluated(evaluation):
    _, table = evaluation
    assert set(geocode_eval.THRESHOLD_KM) <= set(table.index)
    assert table.loc["overall", "queries"] > 2500


@pytest.mark.parametrize("kind, floor", sorted(FLOORS.items()))
def test_each_kind_reaches_90_percent(evaluation, kind, floor):
    _, table = evaluation
    assert table.loc[kind, "pass_rate"] >= floor >= 0.90


@pytest.mark.parametrize("kind, floor", sorted(KNOWN_SHORT.items()))
def test_known_short_kinds_do_not_regress(evaluation, kind, floor):
    _, table = evaluation
    assert table.loc[kind, "pass_rate"] >= floor


def test_overall_pass_rate(evaluation):
    _, table = evaluation
    assert table.loc["overall", "pass_rate"] >= 0.94


def test_overall_target_97_percent(evaluation):
    # reached 2026-12-04 (97.05%: 3,062 of 3,155); 97.23% (3,058 of 3,145) on the twentieth
    # session, inactive MIMU towns left out as references; the conflict kind is still short
    # of 90%
    _, table = evaluation
    assert table.loc["overall", "pass_rate"] >= 0.97


def test_unresolved_queries_always_have_a_reason(evaluation):
    frame, _ = evaluation
    unresolved = frame[frame["error_km"].isna()]
    assert unresolved["reason"].notna().all()
