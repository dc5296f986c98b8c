"""``mapper map``, ``mapper demo`` and ``mapper assets fetch``: interactive HTML maps."""

from __future__ import annotations

from pathlib import Path

import typer

from mapper.cli._app import app, writable_file
from mapper.cli.events import COUNTRY, LAYER, SKIP_BAD_ROWS, load_for_command
from mapper.errors import OptionError

assets_app = typer.Typer(
    help=(
        "The local copy of Leaflet and its plugins that self-contained (offline) maps inline."
        "\n\nExample: mapper assets fetch"
    ),
    no_args_is_help=True,
    rich_markup_mode=None,
)
app.add_typer(assets_app, name="assets")

DEFAULT_RADII = (10.0, 25.0)


def _check_radii(radii: list[float]) -> list[float]:
    """The --radius values, checked as the analysis checks them (finite, > 0, <= 20,000 km)."""
    from mapper.analysis.inputs import check_radii

    return [float(r) for r in check_radii(radii)] if radii else []


def _check_date(value: str | None, option: str) -> str | None:
    import datetime as dt

    from mapper.errors import OptionError

    if value is None or value == "":
        return value
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        raise OptionError(f"{option} {value!r} is not a date (use YYYY-MM-DD)") from None
    return value


def _areas(boundaries: Path | None = None) -> dict:
    """States/regions and townships, derived or from ``boundaries`` (which may hold one level)."""
    from mapper.areas import LevelUnavailableError, load_areas

    areas = {}
    for level in ("state", "township"):
        try:
            areas[level] = load_areas(level, boundaries=boundaries)
        except LevelUnavailableError:  # a file of states/regions only
            continue
    return areas


def _embedded_counts(since: str | None = None) -> dict:
    from mapper.sources.embedded_counts import embedded_counts

    month = since[:7] if since else None
    return {level: embedded_counts(level, since=month) for level in ("state", "township")}


def _proximity(events, projects, radii: list[float], since: str | None, boundaries=None):
    """The proximity analysis, or None (with a note) while mapper.analysis lacks it."""
    try:
        from mapper.analysis import proximity
    except ImportError:
        typer.echo("mapper: note: proximity analysis unavailable; popups show no counts", err=True)
        return None
    return proximity(events, projects, radii_km=tuple(radii), boundaries=boundaries, since=since)


#: The option that makes a map work with no network (every script and style inlined).
SELF_CONTAINED = typer.Option(
    False, "--self-contained", help="Inline every script and style (run `mapper assets fetch`)."
)


def check_assets() -> None:
    """Fail fast (before loading any data) when the asset cache is not filled."""
    from mapper.maps.assets import check_cache

    check_cache()


def _save(m, output: Path, self_contained: bool) -> None:
    from mapper.maps import save_map

    save_map(m, output, self_contained=self_contained)
    size = output.stat().st_size / 1e6
    kind = "self-contained " if self_contained else ""
    typer.echo(f"wrote {kind}map {output} ({size:.1f} MB)")


@app.command("map")
def map_command(
    output: Path = typer.Option(
        ..., "-o", "--output", help="HTML file to write.", callback=writable_file
    ),
    events: Path | None = typer.Option(
        None, "--events", help="Conflict events file (UCDP GED, ACLED, CSV, GeoPackage ...)."
    ),
    projects: Path | None = typer.Option(
        None, "--projects", help="Projects file (default: the shipped catalogue)."
    ),
    counts: Path | None = typer.Option(
        None, "--counts", help="Counts table (place, count[, period][, type]) instead of events."
    ),
    radius: list[float] = typer.Option(
        [], "--radius", help="Radius around projects in km; repeat for several (default 10, 25)."
    ),
    since: str | None = typer.Option(
        None,
        "--since",
        help="Only events on or after this date; default with --events 2021-02-01 (the coup, "
        "as analyze counts), '' for every date (undated events too).",
    ),
    aggregate_only: bool = typer.Option(
        False,
        "--aggregate-only",
        help="Publish-safe: only counts per area and project, no event rows (e.g. for ACLED).",
    ),
    self_contained: bool = SELF_CONTAINED,
    title: str | None = typer.Option(None, "--title", help="Map title."),
    boundaries: Path | None = typer.Option(
        None,
        "--boundaries",
        help="Boundary file (MIMU, geoBoundaries) for the outlines and the events per area, "
        "with --events (default: areas derived from MIMU points).",
    ),
    country: str | None = COUNTRY,
    skip_bad_rows: bool = SKIP_BAD_ROWS,
    layer: str | None = LAYER,
) -> None:
    """Write an interactive HTML map of projects and nearby conflict events.

    Without --events (or --counts) the map shows the embedded UCDP counts per state/region and
    township.

    Example: mapper map --events ged241.csv --radius 10 --radius 25 -o map.html
    """
    radii = _check_radii(list(radius)) or list(DEFAULT_RADII)
    since = _check_date(since, "--since")
    if self_contained:
        check_assets()

    import pandas as pd

    from mapper.maps import build_map
    from mapper.sources.projects import load_projects

    if events is None and (country is not None or skip_bad_rows or layer is not None):
        raise OptionError("--country, --skip-bad-rows and --layer apply to an --events file")
    if events is not None and counts is not None:
        raise OptionError("give --events or --counts, not both")
    if counts is not None and since:
        raise OptionError("--since applies to --events and the embedded counts, not --counts")
    if boundaries is not None and events is None:
        raise OptionError("--boundaries applies to an --events file (counts have their own areas)")
    project_frame = load_projects(projects)
    events_frame = count_frames = analysis = None
    if events is not None:
        events_frame = load_for_command(
            events, country=country, skip_bad_rows=skip_bad_rows, layer=layer
        )
        from mapper.analysis.inputs import DEFAULT_SINCE

        # the events drawn and shaded are those the popups count: one window for all; the
        # analysis reads the whole file, so that its method says what the window left out
        window = DEFAULT_SINCE if since is None else (since or None)
        analysis = _proximity(events_frame, project_frame, radii, window, boundaries)
        if window:
            keep = pd.to_datetime(events_frame["date"]) >= pd.Timestamp(window)
            attrs = dict(events_frame.attrs)
            if len(events_frame) and not keep.any():
                raise OptionError(
                    f"no event of {events} is dated on or after {window}; --since '' maps every "
                    "event, undated ones too"
                )
            events_frame = events_frame[keep.to_numpy()].copy()
            events_frame.attrs.update(attrs)
    elif counts is not None:
        from mapper.sources.counts import load_counts

        count_frames = load_counts(counts)
    else:
        count_frames = _embedded_counts(since or None)
    m = build_map(
        events_frame,
        project_frame,
        analysis,
        areas=_areas(boundaries),
        counts=count_frames,
        title=title,
        aggregate_only=aggregate_only,
        radii_km=radii,
    )
    _save(m, output, self_contained)


@app.command("demo")
def demo_command(
    output: Path = typer.Option(
        Path("mapper-demo.html"), "-o", "--output", help="HTML file.", callback=writable_file
    ),
    self_contained: bool = SELF_CONTAINED,
) -> None:
    """Write the default map from the shipped data alone (works offline).

    Projects catalogue, embedded UCDP GED counts per state/region and township, area outlines.

    Example: mapper demo -o myanmar.html
    """
    if self_contained:
        check_assets()
    from mapper.maps import build_map
    from mapper.sources.projects import load_projects

    m = build_map(
        projects=load_projects(),
        areas=_areas(),
        counts=_embedded_counts(),
        radii_km=DEFAULT_RADII,
    )
    _save(m, output, self_contained)


@assets_app.command("fetch")
def assets_fetch(
    mirror: str | None = typer.Option(
        None,
        "--mirror",
        help="Directory or URL holding npm packages (e.g. an `npm install` of leaflet and its"
        " plugins) to copy from instead of the CDNs.",
    ),
) -> None:
    """Copy Leaflet, its plugins, fonts and images into the local asset cache.

    Example: mapper assets fetch --mirror ./node_modules
    """
    from mapper._paths import cache_dir
    from mapper.maps.assets import fetch_assets

    files = fetch_assets(mirror)
    typer.echo(f"cached {len(files)} asset files in {cache_dir('assets')}")
