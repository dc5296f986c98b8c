"""``mapper events inspect|synthetic``: look into a conflict-events file; make synthetic events."""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import typer

from mapper.cli._app import app, writable_file

events_app = typer.Typer(
    help=(
        "Conflict event files: inspect what a file holds, generate labelled synthetic events."
        "\n\nExample: mapper events inspect ged241-csv.zip"
    ),
    no_args_is_help=True,
    rich_markup_mode=None,
)
app.add_typer(events_app, name="events")

_MAX_LISTED = 20  # rejected rows listed in table output (JSON lists them all)

#: the options of the commands that read an events file (analyze, map)
SKIP_BAD_ROWS = typer.Option(
    False,
    "--skip-bad-rows",
    help="Skip bad rows of --events (counted on stderr) instead of stopping.",
)
LAYER = typer.Option(
    None,
    "--layer",
    help="The layer or sheet of --events to read, in a GeoPackage or workbook of several "
    "(default: the one named events).",
)
COUNTRY = typer.Option(
    None,
    "--country",
    help="Only this country's events of a UCDP GED or ACLED file (name, or GED country_id "
    "/ ACLED iso code), e.g. Myanmar for a global GED download.",
)


def load_for_command(
    path: Path,
    *,
    country: str | None = None,
    skip_bad_rows: bool = False,
    layer: str | None = None,
):
    """The events file a command reads, its skipped rows said on stderr (one line)."""
    from mapper.sources import load_events

    frame = load_events(path, country=country, skip_bad_rows=skip_bad_rows, layer=layer)
    rejected = frame.attrs.get("rejected") or []
    if rejected:
        first = rejected[0]
        _note_listed(
            f"skipped {len(rejected)} bad row(s) of {path}",
            f"row {first.get('row')}, {first.get('field')}: {first.get('reason')}",
            f"{path} --skip-bad-rows",
        )
    countries = frame.attrs.get("countries") or {}
    if countries:
        listed = ", ".join(f"{name} {n:,}" for name, n in list(countries.items())[:4])
        more = ", ..." if len(countries) > 4 else ""
        _note(
            f"{path} holds rows of {len(countries)} countries ({listed}{more}), all counted; "
            f"--country {next(iter(countries)).split(' (')[0]} keeps one"
        )
    if frame.attrs.get("points_differ"):
        _note(f"{path}: {points_differ(frame.attrs['points_differ'])}")
    noted = frame.attrs.get("placed_with_note") or []
    if noted:
        first = noted[0]
        _note_listed(
            f"{len(noted)} place(s) of {path} found with a note to check",
            f"row {first['row']}, '{first['place']}' -> {first['found']}: {first['note']}",
            str(path),
        )
    return frame


def points_differ(rows: list[int]) -> str:
    """What to say of rows whose latitude/longitude attributes are not at their points."""
    return (
        f"{len(rows)} row(s) have latitude/longitude attributes that differ from their point"
        f" geometry (first: row {rows[0]}); the points are used"
    )


def _note(message: str) -> None:
    """A one-line note on stderr: the command goes on."""
    typer.echo(f"mapper: note: {message}", err=True)


def _note_listed(what: str, first: str, inspect_args: str) -> None:
    """A note on rows set aside or to check: how many, the first, and the command listing them."""
    _note(f"{what} (first: {first}); `mapper events inspect {inspect_args}` lists them")


def summarize(gdf: Any, fmt: str) -> dict[str, Any]:
    """The facts `events inspect` reports about a loaded events or counts frame."""
    from mapper.schema import PRECISION_LEVELS, SYNTHETIC_ATTR

    attrs = gdf.attrs
    rejected = list(attrs.get("rejected", []))
    summary: dict[str, Any] = {
        "file": attrs.get("path"),
        "format": fmt,
        "dataset": attrs.get("dataset"),
        "version": attrs.get("version"),
        "synthetic": bool(attrs.get(SYNTHETIC_ATTR, False)),
        "rows": int(attrs.get("rows", len(gdf) + len(rejected))),
        "kept": len(gdf),
        "rejected": len(rejected),
        "rejected_rows": rejected,
        "blank_lines": int(attrs.get("blank_lines", 0)),
    }
    if attrs.get("country") is not None:
        summary["country"] = attrs["country"]
        summary["filtered_out"] = int(attrs.get("filtered_out", 0))
        summary["rows_in_file"] = int(attrs.get("rows_in_file", summary["rows"]))
    if "date" in gdf and gdf["date"].notna().any():
        summary["date_range"] = [
            gdf["date"].min().date().isoformat(),
            gdf["date"].max().date().isoformat(),
        ]
    else:
        summary["date_range"] = None
    counts = gdf["precision"].value_counts() if "precision" in gdf else {}
    summary["precision"] = {level: int(counts.get(level, 0)) for level in PRECISION_LEVELS}
    if "period" in gdf and gdf["period"].notna().any():
        periods = gdf["period"].dropna().astype(str)
        summary["periods"] = [periods.min(), periods.max()]
    type_col = "event_type" if "event_type" in gdf else "type"
    if type_col in gdf and gdf[type_col].notna().any():
        types = gdf[type_col].fillna("(none)").value_counts()
        summary["event_types"] = {str(k): int(v) for k, v in types.items()}
    if "fatalities" in gdf and gdf["fatalities"].notna().any():
        summary["fatalities"] = sum(map(int, gdf["fatalities"].dropna()))  # exact, any size
    elif "fatalities" in gdf:
        summary["fatalities"] = None  # the file gives none: unknown, not zero
    if "count" in gdf:
        summary["events_counted"] = int(gdf["count"].sum())
    if attrs.get("located_by"):
        summary["located_by"] = attrs["located_by"]
    if attrs.get("countries"):
        summary["countries"] = dict(attrs["countries"])
    if "placed_with_note" in attrs:
        summary["placed_with_note"] = list(attrs["placed_with_note"])
    if attrs.get("points_differ"):
        summary["points_differ"] = list(attrs["points_differ"])
    return summary


def _table(summary: Mapping[str, Any]) -> str:
    label = " (SYNTHETIC data, not real events)" if summary["synthetic"] else ""
    version = f" {summary['version']}" if summary.get("version") else ""
    lines = [
        f"file:       {summary['file']}",
        f"format:     {summary['format']} ({summary['dataset']}{version}){label}",
        f"rows:       {summary['rows']} read, {summary['kept']} kept,"
        f" {summary['rejected']} rejected"
        + (f" ({summary['blank_lines']} blank lines skipped)" if summary["blank_lines"] else ""),
    ]
    if "country" in summary:
        lines.append(
            f"country:    {summary['country']} ({summary['filtered_out']} of"
            f" {summary['rows_in_file']} rows are other countries, left out)"
        )
    if summary.get("countries"):
        listed = ", ".join(f"{name} {n:,}" for name, n in summary["countries"].items())
        lines.append(f"countries:  {listed} (all kept; --country keeps one)")
    if summary.get("located_by"):
        lines.append(f"located by: {summary['located_by']}")
    if summary.get("points_differ"):
        lines.append(f"check:      {points_differ(summary['points_differ'])}")
    noted = summary.get("placed_with_note") or []
    if noted:
        lines.append(f"check:      {len(noted)} place(s) found with a note (--format json: all)")
        lines += [
            f"  row {r['row']}: '{r['place']}' -> {r['found']}: {r['note']}" for r in noted[:5]
        ]
    if summary["date_range"]:
        lines.append(f"dates:      {summary['date_range'][0]} to {summary['date_range'][1]}")
    elif summary["kept"] and "events_counted" not in summary:
        lines.append("dates:      none (a date window, as `mapper analyze` uses, keeps no event)")
    if "fatalities" in summary:
        deaths = summary["fatalities"]
        unknown = "unknown (not in the file)" if summary["kept"] else "none (no row kept)"
        lines.append(f"fatalities: {unknown if deaths is None else deaths}")
    if summary.get("periods"):
        lines.append(f"periods:    {summary['periods'][0]} to {summary['periods'][1]}")
    if "events_counted" in summary:
        lines.append(f"events:     {summary['events_counted']} (sum of counts)")
    lines.append("precision:")
    lines += [f"  {level:<9} {n:>8}" for level, n in summary["precision"].items()]
    if summary.get("event_types"):
        lines.append("event types:")
        lines += [f"  {name:<40} {n:>8}" for name, n in summary["event_types"].items()]
    if summary["rejected_rows"]:
        lines.append("rejected rows:")
        for item in summary["rejected_rows"][:_MAX_LISTED]:
            lines.append(f"  row {item['row']}, field '{item['field']}': {item['reason']}")
        more = len(summary["rejected_rows"]) - _MAX_LISTED
        if more > 0:
            lines.append(f"  ... and {more} more (--format json lists all)")
    return "\n".join(lines)


@events_app.command("inspect")
def inspect(
    file: Path = typer.Argument(
        ...,
        help="Events file: UCDP GED CSV/zip/xlsx, ACLED export, CSV/TSV, .xlsx/.ods sheet, "
        "GeoPackage/GeoJSON/GeoParquet.",
        metavar="FILE",
    ),
    output_format: str = typer.Option("table", "--format", help="Output: table or json."),
    input_format: str = typer.Option(
        "auto", "--input-format", help="File format: auto, ucdp, acled, table or counts."
    ),
    skip_bad_rows: bool = typer.Option(
        False, "--skip-bad-rows", help="Skip (and list) bad rows instead of stopping at the first."
    ),
    country: str | None = typer.Option(
        None,
        "--country",
        help="Only this country's rows of a UCDP GED or ACLED file (name, or GED country_id / "
        "ACLED iso code); the others are counted as filtered out, not rejected.",
    ),
    layer: str | None = typer.Option(
        None,
        "--layer",
        help="The layer or sheet to read, in a GeoPackage or workbook of several (default: "
        "the one named events, or counts).",
    ),
) -> None:
    """Print the detected format, rows kept and rejected (with reasons), dates and precision.

    Example: mapper events inspect ged241-csv.zip --country Myanmar --skip-bad-rows --format json
    """
    from mapper.errors import OptionError
    from mapper.sources import detect_format, load_events, normalise_format

    if output_format not in ("table", "json"):
        raise OptionError(f"--format must be table or json, not '{output_format}'")
    fmt = normalise_format(input_format)
    if fmt == "auto":
        fmt = detect_format(file, layer=layer)
    if fmt == "counts":
        from mapper.sources.counts import load_counts

        if country is not None:
            raise OptionError("--country applies to UCDP GED and ACLED files, not counts tables")
        gdf = load_counts(file, skip_bad_rows=skip_bad_rows, layer=layer)
    else:
        gdf = load_events(file, fmt, skip_bad_rows=skip_bad_rows, country=country, layer=layer)
    summary = summarize(gdf, fmt)
    if output_format == "json":
        typer.echo(json.dumps(summary, indent=2, ensure_ascii=False))
    else:
        typer.echo(_table(summary))


@events_app.command("synthetic")
def synthetic(
    n: int = typer.Argument(..., help="Number of events to generate.", metavar="N"),
    output: Path = typer.Option(
        ..., "--output", "-o", help="CSV file to write.", callback=writable_file
    ),
    seed: int = typer.Option(0, "--seed", help="Random seed (same seed, same events)."),
    start: str = typer.Option("2021-02-01", "--start", help="First date, YYYY-MM-DD."),
    end: str = typer.Option("2023-12-31", "--end", help="Last date, YYYY-MM-DD."),
    categories: str = typer.Option(
        "acled", "--categories", help="Event types like 'acled' exports or 'ucdp' GED."
    ),
) -> None:
    """Write N synthetic (not real) events as CSV, labelled source_dataset=synthetic.

    Example: mapper events synthetic 100000 -o synthetic_events.csv --seed 1
    """
    from mapper.sources.synthetic import synthetic_events, to_csv

    gdf = synthetic_events(n, seed=seed, start=start, end=end, categories=categories)
    to_csv(gdf, output)
    typer.echo(f"wrote {len(gdf)} SYNTHETIC events to {output}", err=True)
