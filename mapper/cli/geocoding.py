"""``mapper geocode`` and ``mapper gazetteer build|info``."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import typer

from mapper.cli._app import app, warn, writable_file
from mapper.errors import InputError, OptionError

gazetteer_app = typer.Typer(
    help="Build or describe the offline gazetteer.\n\nExample: mapper gazetteer info",
    no_args_is_help=True,
)
app.add_typer(gazetteer_app, name="gazetteer")


def _read_columns(path: Path, columns: list[str], layer: str | None = None):
    """A UTF-8 CSV as text columns (or a spreadsheet's sheet, or a vector file's attributes,
    its geometries left out; ``layer`` of several, else the one named places), checked to hold
    ``columns``; one-line errors for bad input."""
    from mapper.sources._read import decode, first_bad_cell, parse_csv, read_bytes
    from mapper.sources._vector import read_attributes, read_by_gdal

    if read_by_gdal(path):
        frame, bad_bytes, display = read_attributes(path, "places", layer)[0], False, str(path)
    else:
        if layer is not None:
            raise OptionError(f"--layer {layer}: {path} is a CSV, which has no layers or sheets")
        data, display, _ = read_bytes(path)
        text, bad_bytes = decode(data, display)
        frame = parse_csv(text, display).frame
    for column in columns:
        if column not in frame.columns:
            present = ", ".join(map(str, frame.columns)) or "(none)"
            raise InputError(f"no column '{column}'; columns present: {present}", file=display)
    if frame.empty:
        raise InputError("has a header but no data rows", file=display)
    if bad_bytes:
        row, field = first_bad_cell(frame, columns)
        raise InputError(
            "not UTF-8 text; save the file as UTF-8", file=display, row=row, field=field
        )
    return frame


def _write(result, output: Path) -> None:
    from mapper.fileio import FRAME_SUFFIXES, write_geodataframe

    suffix = output.suffix.lower()
    if suffix not in FRAME_SUFFIXES:
        raise OptionError(
            f"--output {output}: unsupported file type '{suffix}' "
            f"(use one of {', '.join(FRAME_SUFFIXES)})"
        )
    write_geodataframe(result, output, layer="places")


def _records(result) -> list[dict]:
    keys = ("query", "name", "latitude", "longitude", "kind", "pcode", "admin1", "admin3")
    out = []
    for row in result.drop(columns="geometry").itertuples(index=False):
        rec = {k: _clean(getattr(row, k)) for k in keys}
        rec["score"] = _clean(row.score)
        rec["source"] = _clean(row.source)
        rec["reason"] = _clean(row.reason)  # every object has every key, null when none
        out.append(rec)
    return out


def _clean(value):
    if value is None:
        return None
    try:
        if value != value:
            return None
    except ValueError:
        pass
    return value.item() if hasattr(value, "item") else value


def _table(records: list[dict]) -> None:
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    table = Table(show_lines=False)
    columns = (
        "query",
        "name",
        "kind",
        "latitude",
        "longitude",
        "admin1",
        "admin3",
        "score",
        "note",
    )
    for col in columns:
        table.add_column(col, overflow="fold")
    for rec in records:
        if rec["latitude"] is None:
            cells = [str(rec["query"]), "(no match)", *[""] * 6, str(rec.get("reason"))]
        else:
            cells = [
                str(rec["query"]),
                str(rec["name"]),
                str(rec["kind"]),
                f"{rec['latitude']:.5f}",
                f"{rec['longitude']:.5f}",
                str(rec["admin1"] or ""),
                str(rec["admin3"] or ""),
                f"{rec['score']:.2f}" if rec["score"] is not None else "",
                str(rec.get("reason") or ""),
            ]
        table.add_row(*map(Text, cells))  # as written: "[/]" or "[sic]" in a name is no markup
    width = None if sys.stdout.isatty() else 160
    Console(soft_wrap=False, width=width).print(table)


def _online(provider: str, user_agent: str | None, url: str | None):
    try:
        from mapper.geocoders.online import OnlineFallback
    except ImportError:
        raise OptionError(
            "--online: the online fallback (mapper.geocoders.online) is not available"
        ) from None
    return OnlineFallback(provider=provider, user_agent=user_agent, domain=url)


@app.command("geocode")
def geocode_command(
    names: list[str] = typer.Argument(None, help="Place names to geocode.", show_default=False),
    input: Path | None = typer.Option(
        None,
        "--input",
        "-i",
        help="CSV (or .xlsx/.ods, GeoPackage, GeoJSON, Parquet) file of names.",
    ),
    column: str | None = typer.Option(None, "--column", "-c", help="Column of --input to read."),
    within: list[str] = typer.Option(
        None,
        "--within",
        "-w",
        help="A column of --input naming the area each place lies in (its township, district "
        "or state/region), to tell namesakes apart; repeat, most specific first. Names in a "
        "column called township, admin3, ADM3_EN or TS are read as townships (district, "
        "admin2, ADM2_EN as districts).",
        show_default=False,
    ),
    layer: str | None = typer.Option(
        None,
        "--layer",
        help="The layer or sheet of --input to read, in a GeoPackage or workbook of several "
        "(default: the one named places).",
    ),
    output: Path | None = typer.Option(
        None,
        "--output",
        "-o",
        help="Write results to .csv, .xlsx, .geojson, .gpkg or .parquet.",
        callback=writable_file,
    ),
    format: str | None = typer.Option(
        None, "--format", "-f", help="json or table (default: table on a terminal, else json)."
    ),
    online: bool = typer.Option(False, "--online", help="Ask an online geocoder for misses."),
    online_provider: str = typer.Option(
        "nominatim", "--online-provider", help="geopy geocoder name for --online."
    ),
    user_agent: str | None = typer.Option(
        None, "--user-agent", help="User agent for --online (required by Nominatim)."
    ),
    online_url: str | None = typer.Option(
        None, "--online-url", help="Custom domain of the online service (e.g. a mirror)."
    ),
) -> None:
    """Geocode Myanmar place names offline (MIMU + GeoNames gazetteer).

    Example: mapper geocode "Kyaukphyu" "Salingyi Township" "Letpadaung" --format json

    A table: mapper geocode -i villages.csv -c village --within township --within state -o out.gpkg
    """
    from mapper.geocoding import geocode
    from mapper.sources._places import geocode_table

    if format is not None and format not in ("json", "table"):
        raise OptionError(f"--format {format}: use json or table")
    if input is not None and names:
        raise OptionError("give names or --input FILE, not both")
    if input is None and (layer is not None or within or column):
        option = "--layer" if layer is not None else "--within" if within else "--column"
        raise OptionError(f"{option} applies to an --input file")
    if not online:
        given = {
            "--online-provider": online_provider != "nominatim",
            "--user-agent": user_agent is not None,
            "--online-url": online_url is not None,
        }
        ignored = [option for option, set_ in given.items() if set_]
        if ignored:
            raise OptionError(f"{', '.join(ignored)}: only used with --online; add --online")
    if input is not None:
        if not column:
            raise OptionError("--input needs --column COL (the column holding place names)")
        if output is not None and output.resolve() == input.resolve():
            raise OptionError(f"--output {output} is the input file; write to another file")
        frame = _read_columns(input, [column, *(within or [])], layer)
    elif not names:
        raise OptionError("give place names, or --input FILE --column COL")
    fallback = _online(online_provider, user_agent, online_url) if online else None
    options = {"online": fallback, "progress": None if sys.stderr.isatty() else False}
    if input is not None:
        result = geocode_table(frame, column, within or (), **options)
    else:
        result = geocode(list(names), **options)
    if result.attrs.get("online_error"):
        warn(f"online geocoding stopped, the rest answered offline: {result.attrs['online_error']}")
    if output is not None:
        _write(result, output)
        found = int(result["latitude"].notna().sum())
        typer.echo(f"wrote {output} ({found} of {len(result)} names located)", err=True)
        if format is None:
            return
    records = _records(result)
    if (format or ("table" if sys.stdout.isatty() else "json")) == "json":
        typer.echo(json.dumps(records, ensure_ascii=False, indent=2))
    else:
        _table(records)


@gazetteer_app.command("build")
def gazetteer_build() -> None:
    """Build the gazetteer now from the installed sources and cache it.

    Example: mapper gazetteer build
    """
    from mapper.gazetteer import build_gazetteer

    gaz = build_gazetteer()
    typer.echo(
        f"built {len(gaz.places):,} places and {len(gaz.aliases):,} aliases in "
        f"{gaz.meta['build_seconds']} s -> {gaz.meta.get('cache_file')}"
    )


@gazetteer_app.command("info")
def gazetteer_info(
    format: str = typer.Option("text", "--format", "-f", help="text or json."),
) -> None:
    """Show the gazetteer's sources, versions, credits and counts by kind.

    Example: mapper gazetteer info
    """
    from mapper.gazetteer import ATTRIBUTION, load_gazetteer

    gaz = load_gazetteer()
    info = {
        "places": len(gaz.places),
        "aliases": len(gaz.aliases),
        "by_kind": gaz.counts(),
        "versions": gaz.meta.get("versions", {}),
        "built_at": gaz.meta.get("built_at"),
        "cache_file": gaz.meta.get("cache_file"),
        "unresolved_curated_aliases": gaz.meta.get("unresolved_aliases", []),
        "credits": ATTRIBUTION,
    }
    if format == "json":
        typer.echo(json.dumps(info, ensure_ascii=False, indent=2))
        return
    if format != "text":
        raise OptionError(f"--format {format}: use text or json")
    typer.echo(f"mapper gazetteer: {info['places']:,} places, {info['aliases']:,} aliases")
    for kind, count in sorted(info["by_kind"].items(), key=lambda kv: -kv[1]):
        typer.echo(f"  {kind:<15} {count:>7,}")
    typer.echo("sources:")
    for name, version in info["versions"].items():
        typer.echo(f"  {name:<15} {version}")
    typer.echo(f"built {info['built_at']}; cache {info['cache_file']}")
    if info["unresolved_curated_aliases"]:
        typer.echo(f"curated aliases not matched: {', '.join(info['unresolved_curated_aliases'])}")
    typer.echo(f"credits: {ATTRIBUTION}")
