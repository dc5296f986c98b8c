"""``mapper extract``: the places, projects and figures a news text reports, and their map."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import typer

from mapper.cli._app import app, fail, writable_file
from mapper.cli.events import COUNTRY, LAYER, SKIP_BAD_ROWS, load_for_command
from mapper.cli.maps import SELF_CONTAINED, check_assets

FORMATS = ("json", "table")


@app.command(
    "extract",
    help=(
        "Read a news text (a file, or - for standard input) into the Myanmar places, projects "
        "and figures it reports; optionally map them beside what the data says.\n\n"
        "Example: mapper extract article.txt --format table --map article.html --radius 25"
    ),
)
def extract_command(
    source: str = typer.Argument(..., metavar="FILE|-", help="Text file (UTF-8), or - for stdin."),
    format: str = typer.Option("json", "--format", "-f", help="Output: json or table."),
    map_path: Path | None = typer.Option(
        None,
        "--map",
        help="Also write an HTML map of the text to this file.",
        callback=writable_file,
    ),
    events: Path | None = typer.Option(
        None,
        "--events",
        help="Events file (UCDP, ACLED or CSV) to compare the text's figures with (default: "
        "the shipped UCDP GED counts).",
        dir_okay=False,
    ),
    radius: float | None = typer.Option(
        None,
        "--radius",
        help="Radius in km for 'near a project' in the comparison (default: the one the text "
        "states, else 25).",
    ),
    self_contained: bool = SELF_CONTAINED,
    country: str | None = COUNTRY,
    skip_bad_rows: bool = SKIP_BAD_ROWS,
    layer: str | None = LAYER,
) -> None:
    """Print what the text reports (JSON keys: places, projects, figures)."""
    if format not in FORMATS:
        fail(f"--format must be one of {', '.join(FORMATS)}, not {format!r}")
    if radius is not None and not 0 < radius <= 2000:
        fail(f"--radius must be between 0 and 2,000 km, got {radius:g}")
    if events is None and (country is not None or skip_bad_rows or layer is not None):
        fail("--country, --skip-bad-rows and --layer apply to an --events file")
    if self_contained and map_path is None:
        fail("--self-contained applies to the --map file")
    if self_contained:
        check_assets()
    text, name = _read_source(source)

    from mapper.sources.projects import load_projects
    from mapper.text import extract

    projects = load_projects()
    extraction = extract(text, projects=projects)
    compare_wanted = events is not None or radius is not None or map_path is not None
    comparison = None
    if compare_wanted:
        from mapper.text.compare import compare

        loaded = None
        if events is not None:
            loaded = load_for_command(
                events, country=country, skip_bad_rows=skip_bad_rows, layer=layer
            )
        comparison = compare(
            extraction.figures,
            radius_km=radius,
            events=loaded,
            projects=projects,
            mentions=extraction.projects,
        )
    if map_path is not None:
        from mapper.maps.text_map import build_text_map, save_text_map

        m = build_text_map(extraction, comparison, projects=projects, source_name=name)
        save_text_map(m, map_path, self_contained=self_contained)
    if format == "json":
        out: dict[str, Any] = extraction.to_dict()
        if events is not None or radius is not None:
            out["comparison"] = comparison.to_dict()
        typer.echo(json.dumps(out, ensure_ascii=False, indent=2))
    else:
        typer.echo(_table(extraction, comparison))
    if map_path is not None:
        typer.echo(f"map written to {map_path}", err=True)


def _read_source(source: str) -> tuple[str, str]:
    """The text as it is stored (line ends kept: the spans count the file's own characters,
    a Windows file's "\\r\\n" too), and the name to show for it."""
    if source == "-":
        data = sys.stdin.buffer.read()
        try:
            return data.decode("utf-8"), "standard input"
        except UnicodeDecodeError as exc:
            fail(f"standard input: not UTF-8 text (byte {exc.start})")
    path = Path(source)
    if path.is_dir():
        fail(f"{source}: is a directory, not a text file")
    if not path.exists():
        fail(f"{source}: no such file")
    try:
        return path.read_bytes().decode("utf-8"), path.name
    except UnicodeDecodeError as exc:
        fail(f"{source}: not UTF-8 text (byte {exc.start})")
    except OSError as exc:
        fail(f"{source}: cannot read ({exc.strerror})")
    raise AssertionError("unreachable")


def _table(extraction: Any, comparison: Any) -> str:
    lines = ["Places"]
    for p in extraction.places:
        where = "Myanmar" if p.country == "MM" else (p.country or "outside Myanmar")
        coords = "" if p.latitude is None else f"{p.latitude:.4f}, {p.longitude:.4f}"
        lines.append(
            f"  {p.start:>6}-{p.end:<6} {p.text:<28} {p.name} ({p.kind}, {where}) {coords}"
            f"  score {p.score:.2f}"
        )
    lines.append("Projects")
    for j in extraction.projects:
        lines.append(
            f"  {j.start:>6}-{j.end:<6} {j.text:<28} place: {j.place or '-'}"
            f"  catalogue: {', '.join(j.catalogue_ids) or '-'}"
        )
    lines.append("Figures")
    for f in extraction.figures:
        value = f"{f.value:,.0f}" if float(f.value).is_integer() else f"{f.value:,}"
        lines.append(
            f"  {f.text:<36} value {value:<14} unit {f.unit or '-':<12} {f.qualifier or ''}"
        )
    if comparison is not None:
        lines.append("Reported vs computed")
        lines.append(f"  {comparison.describe()}")
    return "\n".join(lines)
