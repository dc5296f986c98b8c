"""The claim a text makes about events near projects: which figure is near, which the total.

The sentences are SYNTHETIC, written for these tests.
"""

from __future__ import annotations

import pytest

from mapper.text.compare import reported_claim
from mapper.text.figures import extract_figures


def _claim(text: str) -> tuple[float, float | None] | None:
    claim = reported_claim(extract_figures(text))
    if claim is None:
        return None
    return claim.near.value, claim.total.value if claim.total else None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Of the 7,800 clashes recorded since the coup, at least 300 occurred within 10 km "
            "of Chinese-backed projects.",
            (300, 7800),
        ),
        ("A third of the 7,800 clashes happened near Chinese projects.", (2600, 7800)),
        ("Most of the 7,800 clashes happened near Chinese projects.", None),
        ("Monitors counted 7,800 clashes. At least 300 clashes were near projects.", (300, 7800)),
        # a total of other events in an earlier sentence is not this figure's total
        (
            "There were 7,800 clashes in 2023. In Sagaing, 2,000 airstrikes hit villages near "
            "the Letpadaung mine.",
            (2000, None),
        ),
    ],
)
def test_near_figure_and_its_total(text, expected):
    assert _claim(text) == expected
