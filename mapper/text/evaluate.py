"""Scoring an extractor against hand-labelled texts (``data/text_examples/gold.json``).

Place mentions are scored on Myanmar places by exact character span; traps (organisations,
people, ethnic adjectives, rivers) and foreign places must never be reported as Myanmar places;
figures are found when value and qualifier agree.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mapper._paths import data_dir


def examples_dir() -> Path:
    """The folder of example texts written for mapper, with their gold annotations."""
    return data_dir() / "text_examples"


def load_gold(path: str | Path | None = None) -> dict[str, dict[str, Any]]:
    """``{file name: {"text", "places", "traps", "figures"}}`` for every labelled example."""
    path = Path(path) if path is not None else examples_dir() / "gold.json"
    gold = json.loads(path.read_text(encoding="utf-8"))["texts"]
    for name, entry in gold.items():
        entry["text"] = (path.parent / name).read_text(encoding="utf-8")
    return gold


@dataclass
class Score:
    """Counts and rates over a set of texts; ``errors`` lists what went wrong, for reading."""

    true_positives: int = 0
    false_positives: int = 0
    false_negatives: int = 0
    traps_reported: int = 0
    foreign_as_myanmar: int = 0
    figures_found: int = 0
    figures_gold: int = 0
    figures_reported: int = 0
    level_errors: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        found = self.true_positives + self.false_positives
        return self.true_positives / found if found else 1.0

    @property
    def recall(self) -> float:
        gold = self.true_positives + self.false_negatives
        return self.true_positives / gold if gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def figure_recall(self) -> float:
        return self.figures_found / self.figures_gold if self.figures_gold else 1.0

    def summary(self) -> dict[str, float | int]:
        return {
            "precision": round(self.precision, 3),
            "recall": round(self.recall, 3),
            "f1": round(self.f1, 3),
            "traps_reported": self.traps_reported,
            "foreign_as_myanmar": self.foreign_as_myanmar,
            "figure_recall": round(self.figure_recall, 3),
            "figures_reported": self.figures_reported,
            "level_errors": self.level_errors,
        }


#: a predicted Myanmar place: (start, end, text) or (start, end, text, kind); a predicted
#: figure: (value, qualifier)
PlaceSpans = list[tuple[int, int, str] | tuple[int, int, str, str]]
Figures = list[tuple[float, str | None]]


def score(
    gold: dict[str, dict[str, Any]],
    predict: Callable[[str], tuple[PlaceSpans, PlaceSpans, Figures]],
    *,
    include_country: bool = False,
) -> Score:
    """Score ``predict(text) -> (myanmar_places, foreign_places, figures)`` on ``gold``.

    With ``include_country`` the country itself ("Myanmar") counts as a Myanmar place mention;
    by default only places inside Myanmar (states, townships, towns, villages, sites) count.
    """
    result = Score()
    for name, entry in gold.items():
        myanmar, _foreign, figures = predict(entry["text"])
        wanted = {
            (p["start"], p["end"])
            for p in entry["places"]
            if p["country"] == "MM" and (include_country or p["kind"] != "country")
        }
        countries = {
            (p["start"], p["end"])
            for p in entry["places"]
            if p["country"] == "MM" and p["kind"] == "country"
        }
        found = {(s, e) for s, e, *_ in myanmar if include_country or (s, e) not in countries}
        result.true_positives += len(wanted & found)
        for s, e in sorted(found - wanted):
            result.false_positives += 1
            result.errors.append(f"{name}: extra {entry['text'][s:e]!r} at {s}")
        for s, e in sorted(wanted - found):
            result.false_negatives += 1
            result.errors.append(f"{name}: missed {entry['text'][s:e]!r} at {s}")
        _count_level_errors(result, name, entry, myanmar)
        for trap in entry["traps"]:
            if _overlaps(trap, myanmar) or _overlaps(trap, _foreign):
                result.traps_reported += 1
                result.errors.append(f"{name}: trap reported {trap['text']!r}")
        for place in entry["places"]:
            if place["country"] != "MM" and _overlaps(place, myanmar):
                result.foreign_as_myanmar += 1
                result.errors.append(f"{name}: foreign {place['text']!r} reported as Myanmar")
        result.figures_gold += len(entry["figures"])
        result.figures_reported += len(figures)
        for fig in entry["figures"]:
            if _figure_found(fig, figures):
                result.figures_found += 1
            else:
                result.errors.append(f"{name}: figure missed {fig['text']!r}")
    return result


def _count_level_errors(
    result: Score, name: str, entry: dict[str, Any], predicted: PlaceSpans
) -> None:
    """A found span read at the wrong level: a state/region read as a town or township, or the
    reverse ("Mandalay" in "Rakhine, Mandalay and Shan State" is the region). Only predictions
    that carry a kind are checked."""
    kinds = {(s, e): rest[1] for s, e, *rest in predicted if len(rest) > 1}
    for place in entry["places"]:
        kind = kinds.get((place["start"], place["end"]))
        if kind is not None and (kind == "state") != (place["kind"] == "state"):
            result.level_errors += 1
            result.errors.append(
                f"{name}: {place['text']!r} at {place['start']} read as {kind}, "
                f"labelled {place['kind']}"
            )


def _overlaps(span: dict[str, Any], predicted: Iterable[tuple[int, ...]]) -> bool:
    return any(s < span["end"] and span["start"] < e for s, e, *_ in predicted)


def _figure_found(fig: dict[str, Any], figures: Figures) -> bool:
    value = float(fig["value"])
    return any(
        abs(v - value) <= 1e-9 * max(1.0, abs(value)) and q == fig["qualifier"] for v, q in figures
    )


def extractor_predictions(text: str, **kwargs: Any) -> tuple[PlaceSpans, PlaceSpans, Figures]:
    """``predict`` for :func:`score` using :func:`mapper.text.extract`."""
    from mapper.text.extract import extract

    ex = extract(text, **kwargs)
    myanmar = [(p.start, p.end, p.text, p.kind) for p in ex.places if p.in_myanmar]
    foreign = [(p.start, p.end, p.text) for p in ex.places if not p.in_myanmar]
    return myanmar, foreign, [(f.value, f.qualifier) for f in ex.figures]
