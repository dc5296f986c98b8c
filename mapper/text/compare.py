"""Reported vs computed: the figures a text reports beside what mapper computes.

"7,800 clashes have taken place since the coup, with at least 300 of these near Chinese
projects" is read as a claim (near 300 "at least", total 7,800 clashes); mapper then counts, from
2021-02-01 (the coup), the events within R km of the catalogue's projects (R: the radius asked
for; else the one the text states, "within 10 km of Chinese projects"; else 25 km):

- with an events file: :func:`mapper.analysis.proximity` (each event counted once, exact
  geodesic distance, events located only to a state or the country left out);
- without one: the shipped UCDP GED counts (:func:`mapper.sources.embedded_counts`): the total
  is the events placed in a township (as ``mapper analyze`` counts them; events located only to
  a state or the country are left out), "near" is the events of the townships whose area lies
  within R km of a project (a whole township counts; an upper bound of the events within R km).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from mapper.errors import OptionError
from mapper.text.figures import Figure
from mapper.text.rules import word_set

#: what a count of conflict events is called in news
EVENT_UNITS = word_set(
    """clashes clash battles battle attacks attack incidents incident events event fights
    skirmishes airstrikes strikes raids engagements"""
)
_NEAR_RE = re.compile(
    r"\b(?:near|nearby|close to|within|next to|in the vicinity of|in areas where)\b"
    r"(?:[^.]|(?<=\d)\.(?=\d))*?"  # a decimal point ("within 2.5 km of") is no sentence end
    r"\b(?:projects?|mines?"
    r"|ports?|dams?|pipelines?|zones?|sites?|facilit(?:y|ies)|plants?|investments?)\b",
    re.IGNORECASE,
)
#: a radius the text states in its "near" phrase: "within 10 km of", "within five miles of"
_STATED_RADIUS = re.compile(
    r"\bwithin\s+(?:a\s+)?(?P<value>\d+(?:\.\d+)?|one|two|three|five|ten|twenty|fifty)"
    r"[\s-]*(?P<unit>km|kilomet(?:re|er)s?|miles?|m|met(?:re|er)s?)\b",
    re.IGNORECASE,
)
_NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "five": 5, "ten": 10, "twenty": 20, "fifty": 50}
_KM_PER_MILE = 1.609344
DEFAULT_RADIUS_KM = 25.0
DEFAULT_SINCE = "2021-02-01"
#: Myanmar-centred azimuthal equidistant projection for distances to township areas
_LOCAL_CRS = "+proj=aeqd +lat_0=19 +lon_0=96.5 +datum=WGS84 +units=m"


@dataclass
class ReportedClaim:
    """A figure of events near projects and the total it is part of, as the text reports them."""

    near: Figure
    total: Figure | None
    radius_km: float | None = None  # the radius the text states, if it states one
    #: the dates the text gives the figure ("in 2022": 2022-01-01 to 2022-12-31), if any
    period: tuple[str, str | None] | None = None

    def describe(self) -> str:
        where = "near projects" if self.radius_km is None else f"within {_km(self.radius_km)} km"
        if self.total is None:
            return f"the text says {_figure_words(self.near)} {where}"
        near = _figure_words(self.near, unit=False)
        return f"the text says {near} of {_figure_words(self.total)} {where}"


@dataclass
class Comparison:
    """The reported claim beside the computed counts, with the method used."""

    reported: ReportedClaim | None
    radius_km: float
    near: int | None = None
    total: int | None = None
    source: str = ""
    method: dict[str, Any] = field(default_factory=dict)

    def describe(self) -> str:
        """One line: "the text says 300 of 7,800 ...; the data at 25 km says X of Y events"."""
        said = self.reported.describe() if self.reported else "the text reports no such figure"
        if self.near is None:
            return f"{said}; nothing computed"
        return (
            f"{said}; the data at {_km(self.radius_km)} km says {self.near:,} of "
            f"{self.total:,} events ({self.source})"
        )

    def to_dict(self) -> dict[str, Any]:
        reported = None
        if self.reported is not None:
            reported = {
                "near": _value(self.reported.near),
                "near_qualifier": self.reported.near.qualifier,
                "total": _value(self.reported.total) if self.reported.total else None,
                "total_qualifier": self.reported.total.qualifier if self.reported.total else None,
                "unit": (self.reported.total or self.reported.near).unit,
                "radius_km": self.reported.radius_km,
                "sentence": self.reported.near.sentence,
            }
        return {
            "reported": reported,
            "computed": {
                "radius_km": self.radius_km,
                "near": self.near,
                "total": self.total,
                "share": round(self.near / self.total, 4) if self.total else None,
                "source": self.source,
                "method": self.method,
            },
            "summary": self.describe(),
        }


def reported_claim(figures: list[Figure]) -> ReportedClaim | None:
    """The figure of events near projects and its total, or None when the text has none.

    In "7,800 clashes ..., with at least 300 of these near Chinese projects" the near figure is
    the last count of events before "near ... projects" and the total an earlier, larger one.
    """
    events = [f for f in figures if f.unit in EVENT_UNITS]
    for sentence in dict.fromkeys(f.sentence for f in events):
        near_phrase = _NEAR_RE.search(sentence)
        if near_phrase is None:
            continue
        before = [
            f
            for f in events
            if f.sentence == sentence and 0 <= sentence.find(f.text) < near_phrase.start()
        ]
        if not before:
            continue
        near = before[-1]
        part = _part_of(near, [f for f in figures if f.sentence == sentence])
        if part is not None:  # "300 of 7,800 clashes were near ...": the part is near
            return ReportedClaim(part, near, stated_radius_km(sentence), stated_period(sentence))
        if _WHOLE_BEFORE.search(sentence[: sentence.find(near.text)]):
            continue  # "most of the 7,800 clashes were near ...": the part is not a number
        totals = [f for f in before[:-1] if f.value > near.value]
        after = sentence[near_phrase.end() :]
        if not totals and _OUT_OF.search(after):  # "300 ... near projects, out of 7,800"
            totals = [
                f
                for f in figures
                if f.sentence == sentence and f.text in after and f.value > near.value
            ]
        if not totals:  # an earlier sentence's total of the same events
            earlier = figures[: figures.index(near)]
            totals = [f for f in earlier if f.unit == near.unit and f.value > near.value]
        total = totals[-1] if totals else None
        return ReportedClaim(near, total, stated_radius_km(sentence), stated_period(sentence))
    return None


def stated_radius_km(sentence: str) -> float | None:
    """The radius a sentence gives to "near" ("within 10 km of", "within five miles of",
    "within 500 metres of"), in km; None when it gives none."""
    match = _STATED_RADIUS.search(sentence)
    if match is None:
        return None
    value = match["value"].lower()
    number = float(_NUMBER_WORDS.get(value, value))
    unit = match["unit"].lower()
    if unit.startswith("mile"):
        return number * _KM_PER_MILE
    return number / 1000 if unit == "m" or unit.startswith("met") else number


_MONTHS = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
]
_YEAR = r"(19[89]\d|20\d\d)"
#: "between 2021 and 2023", "from 2021 to 2023", "in 2021-2023"
_YEARS_SPAN = re.compile(
    r"\b(?:between|from|in)\s+" + _YEAR + r"\s*(?:and|to|-|–)\s*" + _YEAR + r"\b", re.IGNORECASE
)
#: "since February 2021", "since 2021"
_SINCE = re.compile(r"\bsince\s+(?:(" + "|".join(_MONTHS) + r")\s+)?" + _YEAR + r"\b", re.I)
#: "in 2022", "during 2022", "throughout 2022", "last year (2022)" is not read
_IN_YEAR = re.compile(r"\b(?:in|during|throughout)\s+(?:the\s+year\s+)?" + _YEAR + r"\b", re.I)


def stated_period(sentence: str) -> tuple[str, str | None] | None:
    """The dates a sentence gives its figures ("In 2022, 200 of 1,400 clashes ..." -> 2022-01-01
    to 2022-12-31; "since February 2021" -> 2021-02-01 on; "between 2021 and 2023"), as ISO
    dates (until None: open); None when it gives none."""
    span = _YEARS_SPAN.search(sentence)
    if span and span[1] <= span[2]:
        return f"{span[1]}-01-01", f"{span[2]}-12-31"
    since = _SINCE.search(sentence)
    if since:
        month = _MONTHS.index(since[1].lower()) + 1 if since[1] else 1
        return f"{since[2]}-{month:02d}-01", None
    year = _IN_YEAR.search(sentence)
    if year:
        return f"{year[1]}-01-01", f"{year[1]}-12-31"
    return None


#: between a part and its whole: "300 of 7,800", "12% of the 7,800"
_PART_OF = re.compile(r"\s+(?:out\s+)?of\s+(?:the\s+|these\s+|all\s+)?", re.IGNORECASE)
#: the words before a whole whose part is not a figure: "most of the", "many of these"
_WHOLE_BEFORE = re.compile(r"\bof\s+(?:the\s+|these\s+|all\s+)?$", re.IGNORECASE)
_OUT_OF = re.compile(r"\bout\s+of\s+(?:the\s+|a\s+total\s+of\s+)?\S", re.IGNORECASE)


def _part_of(whole: Figure, sentence_figures: list[Figure]) -> Figure | None:
    """The figure written as a part of ``whole`` ("300 of 7,800 clashes", "12% of 7,800
    clashes": 936 of them), or None."""
    earlier = [f for f in sentence_figures if f.end <= whole.start]
    if not earlier:
        return None
    part = earlier[-1]
    gap = whole.sentence[: whole.sentence.find(whole.text)]
    if not _PART_OF.fullmatch(gap[gap.rfind(part.text) + len(part.text) :]):
        return None
    if part.unit == "%" and 0 < part.value <= 100:
        share = round(whole.value * part.value / 100)
        text = f"{part.text} of {whole.text}"
        return Figure(text, share, whole.unit, part.qualifier, part.sentence, part.start, whole.end)
    return part if part.value < whole.value else None


def compare(
    figures: list[Figure],
    *,
    radius_km: float | None = None,
    events: Any = None,
    projects: Any = None,
    since: str | None = DEFAULT_SINCE,
    mentions: Sequence[Any] = (),
) -> Comparison:
    """Compare the text's claim with counts from ``events`` (or the shipped UCDP counts).

    ``radius_km`` None: the radius the claim states ("within 10 km of"), else 25 km.
    ``mentions``: the text's project mentions (:class:`~mapper.text.projects.ProjectMention`);
    when the claim's sentence names catalogue projects after its figure ("300 clashes near the
    Letpadaung copper mine"), only those projects are counted, else every catalogue project."""
    claim = reported_claim(figures)
    if radius_km is None:
        stated = claim.radius_km if claim is not None else None
        radius_km = DEFAULT_RADIUS_KM if stated is None else stated
    try:
        radius = float(radius_km)
    except (TypeError, ValueError):
        raise OptionError(f"--radius must be a number of km, not {radius_km!r}") from None
    if not radius > 0 or radius > 2000:
        raise OptionError(f"--radius must be between 0 and 2,000 km, got {radius_km}")
    if projects is None:
        from mapper.sources.projects import load_projects

        projects = load_projects()
    known = set(projects["id"])
    named = [p for p in (_projects_named(claim, mentions) if claim else []) if p in known]
    what = "any catalogue project"
    if named:
        projects = projects[projects["id"].isin(named)]
        what = ", ".join(str(n) for n in projects["name"])
    until = None
    if since == DEFAULT_SINCE and claim is not None and claim.period is not None:
        since, until = claim.period  # the dates the text gives its figure ("in 2022")
    if events is not None:
        return _from_events(claim, radius, events, projects, (since, until), what)
    return _from_embedded_counts(claim, radius, projects, (since, until), what)


#: a word that stands for the project named before whatever its sector ("the project")
_THE_PROJECT_RE = re.compile(r"\bthe\s+(?:project|site|facility)\b(?![\w-])", re.IGNORECASE)


def _projects_named(claim: ReportedClaim, mentions: Sequence[Any]) -> list[str]:
    """Catalogue ids of the projects the claim's sentence names after its near figure; "the
    mine" stands for the catalogue project of that sector named last before it ("The
    Letpadaung copper mine ... 40 clashes within 10 km of the mine"), "the project" (site,
    facility) for the catalogue project named last before it, of any sector."""
    near = claim.near
    sentence_start = near.start - max(near.sentence.find(near.text), 0)
    sentence_end = sentence_start + len(near.sentence)
    ids: list[str] = []
    for mention in mentions:
        if not near.end <= mention.start < sentence_end:
            continue
        found = mention.catalogue_ids
        before = near.sentence[: mention.start - sentence_start].lower()
        if not found and _is_the_singular_noun(mention.text, before):
            found = _last_named(mention.start, mentions, mention.sector)
        ids += found or ()
    after_figure = near.end - sentence_start
    for word in _THE_PROJECT_RE.finditer(near.sentence, after_figure):
        ids += _last_named(sentence_start + word.start(), mentions)
    return list(dict.fromkeys(ids))


def _is_the_singular_noun(text: str, before: str) -> bool:
    """ "the mine", not "the mines" (several, perhaps more than were named) nor "a mine"."""
    return " " not in text and not text.lower().endswith("s") and before.endswith("the ")


def _last_named(
    position: int, mentions: Sequence[Any], sector: str | None = None
) -> tuple[str, ...]:
    """The catalogue ids of the last mention before ``position`` (of ``sector``, when given)
    that has them; none when no earlier mention has."""
    earlier = [
        m for m in mentions if m.start < position and m.catalogue_ids and sector in (None, m.sector)
    ]
    return earlier[-1].catalogue_ids if earlier else ()


def _window_words(since: str | None, until: str | None) -> str:
    """ "since 2021-02-01", "2022-01-01 to 2022-12-31", "of all dates"."""
    if since and until:
        return f"{since} to {until}"
    if since or until:
        return f"since {since}" if since else f"until {until}"
    return "of all dates"


def _from_events(claim, radius, events, projects, window, what: str) -> Comparison:
    from mapper.analysis import proximity

    since, until = window
    result = proximity(events, projects, radii_km=(radius,), since=since, until=until, areas=False)
    key = next(iter(result.overall["near_any"]))
    dataset = result.method.get("dataset") or events.attrs.get("dataset") or "events file"
    if result.method.get("synthetic"):
        dataset = f"SYNTHETIC data, not real events: {dataset}"
    return Comparison(
        reported=claim,
        radius_km=radius,
        near=int(result.overall["near_any"][key]),
        total=int(result.overall["events"]),
        source=(
            f"{dataset}, events {_window_words(since, until)} within {_km(radius)} km of {what}"
        ),
        method=dict(result.method),
    )


def _from_embedded_counts(claim, radius, projects, window, what: str) -> Comparison:
    import geopandas as gpd

    from mapper.sources.embedded_counts import embedded_counts

    since, until = window
    townships = embedded_counts("township", since=since, until=until)
    shapes = projects[projects.geometry.notna() & ~projects.geometry.is_empty]
    local = townships.to_crs(_LOCAL_CRS)
    zone = (
        gpd.GeoSeries(shapes.geometry, crs=projects.crs).to_crs(_LOCAL_CRS).buffer(radius * 1000.0)
    )
    near_mask = local.geometry.intersects(zone.union_all()) if len(zone) else local.index < 0
    method = dict(townships.attrs.get("method", {}))
    months = method.get("months") or []
    window = f", {months[0]} to {months[-1]}" if months else ""
    return Comparison(
        reported=claim,
        radius_km=radius,
        near=int(townships.loc[near_mask, "events"].sum()),
        total=int(townships["events"].sum()),  # as `mapper analyze` counts them
        source=(
            f"{method.get('dataset') or 'UCDP GED'} {method.get('version') or ''} shipped counts"
            f"{window}: events of townships within {_km(radius)} km of "
            f"{what.replace('any catalogue project', 'a catalogue project')}"
        ).replace("  ", " "),
        method={
            "rule": (
                "near = events of every township whose area lies within the radius of a "
                "project (whole township counted: an upper bound); total = events placed in a "
                "township (those located only to a state or the country are left out, as "
                "mapper analyze leaves them out)"
            ),
            "since": since,
            "until": until,
            "months": method.get("months"),
            "townships_near": int(near_mask.sum()),
            "projects": len(shapes),
            "attribution": townships.attrs.get("attribution"),
        },
    )


def _value(fig: Figure) -> int | float:
    return int(fig.value) if float(fig.value).is_integer() else fig.value


def _figure_words(fig: Figure, *, unit: bool = True) -> str:
    return " ".join(w for w in (fig.qualifier, f"{_value(fig):,}", fig.unit if unit else None) if w)


def _km(radius: float) -> str:
    return f"{round(radius, 1):g}"  # five miles: "8 km", not "8.04672 km"
