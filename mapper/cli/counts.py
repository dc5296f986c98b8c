"""``mapper counts aggregate|show`` (shipped UCDP GED counts), ``mapper areas export|outline``."""

from __future__ import annotations

import shlex
from pathlib import Path

import typer

from mapper.cli._app import app, fail, warn, writable_file

counts_app = typer.Typer(
    help=(
        "Conflict counts by township and state/region: make them from a UCDP GED file, or show "
        "the ones mapper ships (UCDP GED, CC BY 4.0).\n\nExample: mapper counts show --level state"
    ),
    no_args_is_help=True,
    rich_markup_mode=None,
)
app.add_typer(counts_app, name="counts")

areas_app = typer.Typer(
    help=(
        "Administrative areas (15 states/regions, ~354 townships) as polygons."
        "\n\nExample: mapper areas export --level township -o townships.geojson"
    ),
    no_args_is_help=True,
    rich_markup_mode=None,
)
app.add_typer(areas_app, name="areas")

_LEVELS = ("township", "state")
_FORMATS = ("table", "json", "csv")


@counts_app.command("aggregate")
def aggregate(
    ged_file: Path = typer.Argument(..., help="UCDP GED CSV (or its zip)."),
    boundaries: Path | None = typer.Option(
        None,
        "--boundaries",
        help="Township polygons to place events with (MIMU or geoBoundaries file); "
        "default: polygons derived from MIMU village points.",
    ),
    since: str = typer.Option("2021-02-01", "--since", help="First event date counted."),
    country: str = typer.Option(
        "Myanmar",
        "--country",
        help="Only this country's events (GED's country name or country_id); a global GED "
        "file holds every country's. A file without a country column is read whole.",
    ),
    output_dir: Path | None = typer.Option(
        None, "--output-dir", "-o", help="Folder to write to (default: data/conflict_counts)."
    ),
) -> None:
    """Count GED events and deaths by township and state/region, by month and type.

    Writes township_counts.csv, state_counts.csv, unplaced_counts.csv, metadata.json and
    README.md; only aggregates, never GED rows.

    Example: mapper counts aggregate ged241.csv --output-dir counts/
    """
    from mapper.sources.embedded_counts import aggregate_ged, write_counts

    command = ["mapper", "counts", "aggregate", str(ged_file)]
    if boundaries is not None:
        command += ["--boundaries", str(boundaries)]
    if since != "2021-02-01":
        command += ["--since", since]
    if country != "Myanmar":
        command += ["--country", country]
    townships, states, meta = aggregate_ged(
        ged_file, since=since, boundaries=boundaries, command=shlex.join(command), country=country
    )
    folder = write_counts(townships, states, meta, output_dir)
    unplaced = meta["unplaced"]
    typer.echo(
        f"{meta['totals']['events']} events, {meta['totals']['deaths']} deaths "
        f"({meta['date_range']['start']} to {meta['date_range']['end']}): "
        f"{townships['pcode'].nunique()} townships, {states['pcode'].nunique()} states/regions; "
        f"not placed in a township: {unplaced['township']['events']}, "
        f"in a state/region: {unplaced['state']['events']}"
    )
    left_out = meta["country"]["other_countries_left_out"]
    if left_out:
        typer.echo(f"left out {left_out} events of other countries than {country}")
    typer.echo(f"wrote {folder}")


@counts_app.command("show")
def show(
    level: str = typer.Option("township", "--level", help="township or state."),
    output_format: str = typer.Option("table", "--format", help="table, json or csv."),
    since: str | None = typer.Option(None, "--since", help="First month counted (a date)."),
    until: str | None = typer.Option(None, "--until", help="Last month counted (a date)."),
    violence_type: list[str] | None = typer.Option(
        None,
        "--type",
        help="GED type of violence: 1/state-based, 2/non-state, 3/one-sided (repeatable).",
    ),
    top: int | None = typer.Option(None, "--top", help="Only the N areas with most events."),
) -> None:
    """Show the shipped UCDP GED counts per township or state/region, most events first.

    Example: mapper counts show --level state --since 2023-01-01 --format csv
    """
    if level not in _LEVELS:
        fail(f"--level must be one of {', '.join(_LEVELS)}, not {level!r}")
    if output_format not in _FORMATS:
        fail(f"--format must be one of {', '.join(_FORMATS)}, not {output_format!r}")
    if top is not None and top <= 0:
        fail("--top must be a positive number")
    import json

    from mapper.sources.embedded_counts import embedded_counts

    counts = embedded_counts(level, since=since, until=until, violence_types=violence_type)
    warn(counts.attrs["method"]["warning"])  # a window outside the counts' dates
    table = counts.drop(columns="geometry").sort_values(
        ["events", "deaths", "pcode"], ascending=[False, False, True]
    )
    if top is not None:
        table = table.head(top)
    if output_format == "json":
        payload = {
            "attribution": counts.attrs["attribution"],
            "method": counts.attrs["method"],
            "areas": table.to_dict(orient="records"),
        }
        typer.echo(json.dumps(payload, indent=2, ensure_ascii=False))
    elif output_format == "csv":
        typer.echo(table.to_csv(index=False), nl=False)
    else:
        _print_table(table, counts.attrs)


def _print_table(table, attrs: dict) -> None:
    method = attrs["method"]
    months = " to ".join(method["months"]) or "no months"
    typer.echo(f"{method['dataset']} {method['version']}: {method['level']} counts, {months}")
    width = max([len(str(n)) for n in table["name"]] + [4])
    typer.echo(f"{'pcode':<10} {'name':<{width}} {'events':>7} {'deaths':>7}")
    for row in table.itertuples(index=False):
        typer.echo(f"{row.pcode:<10} {row.name:<{width}} {row.events:>7} {row.deaths:>7}")
    typer.echo(f"Source: {attrs['attribution']}")


@areas_app.command("export")
def export(
    output: Path = typer.Option(
        ...,
        "--output",
        "-o",
        help="File to write (.geojson, .gpkg, .parquet, or .csv/.xlsx: the codes and names only).",
        callback=writable_file,
    ),
    level: str = typer.Option("township", "--level", help="township or state."),
    boundaries: Path | None = typer.Option(
        None, "--boundaries", help="Read these boundaries instead of deriving them."
    ),
) -> None:
    """Write the township or state/region polygons to a file (derived from MIMU points).

    Example: mapper areas export --level township -o townships.geojson
    """
    if level not in _LEVELS:
        fail(f"--level must be one of {', '.join(_LEVELS)}, not {level!r}")
    from mapper.areas import export_areas, load_areas

    export_areas(level, output, boundaries=boundaries)
    source = load_areas(level, boundaries=boundaries).attrs["source"]
    typer.echo(f"wrote {output} ({source})")


@areas_app.command("outline")
def outline(
    source: Path = typer.Argument(
        ..., help="The @geo-maps/countries-land-100m tarball (npm pack) or its map.geo.json."
    ),
    output: Path | None = typer.Option(
        None,
        "--output",
        "-o",
        help="GeoJSON to write (default: the shipped outline file).",
        callback=writable_file,
    ),
) -> None:
    """Rebuild Myanmar's land outline (which clips the derived areas) from OpenStreetMap data.

    Example: npm pack @geo-maps/countries-land-100m@0.6.0 &&
    mapper areas outline geo-maps-countries-land-100m-0.6.0.tgz
    """
    from mapper.outline import build_outline

    written = build_outline(source, output)
    typer.echo(f"wrote {written}")
