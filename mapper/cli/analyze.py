"""``mapper analyze``: which clashes happen near which projects (exact geodesic distances)."""

from __future__ import annotations

import json
from pathlib import Path

import typer

from mapper.cli._app import app, warn, writable_file
from mapper.cli.events import COUNTRY, LAYER, SKIP_BAD_ROWS, load_for_command

_FORMATS = ("table", "json", "csv")
_ENGINES = ("numpy", "dask")
_OUTPUT_SUFFIXES = {".json", ".csv", ".xlsx", ".gpkg", ".geojson", ".parquet"}


@app.command("analyze")
def analyze(
    events: Path | None = typer.Option(
        None,
        "--events",
        help="Events file (UCDP GED, ACLED, a CSV or .xlsx sheet with coordinates or place "
        "names, or a GeoPackage/GeoJSON/GeoParquet of points). "
        "Without it: the embedded UCDP township counts (area-based approximation).",
    ),
    projects: Path | None = typer.Option(
        None, "--projects", help="Projects file (default: the shipped catalogue)."
    ),
    radius: list[float] | None = typer.Option(
        None, "--radius", "-r", help="Radius in km; repeat for several (default 5, 10, 25, 50)."
    ),
    since: str = typer.Option("2021-02-01", "--since", help="First day of the window."),
    until: str | None = typer.Option(None, "--until", help="Last day of the window (inclusive)."),
    event_type: list[str] | None = typer.Option(
        None, "--event-type", "-t", help="Keep only this event type (repeatable), e.g. Battles."
    ),
    include_imprecise: bool = typer.Option(
        False,
        "--include-imprecise",
        help="Keep events located only to a state/region or the country (excluded by default).",
    ),
    fmt: str = typer.Option("table", "--format", "-f", help="Output on screen: table, json, csv."),
    output: Path | None = typer.Option(
        None,
        "--output",
        "-o",
        help="Write to a file: .json (full result), .csv or .xlsx (projects), "
        ".gpkg/.geojson/.parquet (projects with their counts).",
        callback=writable_file,
    ),
    claim: str | None = typer.Option(
        None, "--claim", help='A reported figure to check, "NEAR/TOTAL@RADIUS", e.g. "300/7800@25".'
    ),
    engine: str = typer.Option("numpy", "--engine", help="numpy (in memory) or dask."),
    boundaries: Path | None = typer.Option(
        None, "--boundaries", help="Boundary file for the per-region counts (default: derived)."
    ),
    no_regions: bool = typer.Option(False, "--no-regions", help="Skip the per-region counts."),
    sensitivity: bool = typer.Option(
        False,
        "--sensitivity",
        help="Instead: events near any project for radii 1..100 km, without and with "
        "imprecise events (table, csv or json).",
    ),
    main_radius: float | None = typer.Option(
        None, "--main-radius", help="Radius of the monthly series and regions (default: first)."
    ),
    country: str | None = COUNTRY,
    skip_bad_rows: bool = SKIP_BAD_ROWS,
    layer: str | None = LAYER,
    dataset_version: str | None = typer.Option(
        None,
        "--dataset-version",
        help="Dataset version to state in the method, when the file name does not carry it "
        "(e.g. 24.1 for a renamed GED file).",
    ),
) -> None:
    """Count conflict events near each project, overall, by region and by month.

    Distances are geodesic on WGS84 from each event to the nearest point of the project
    geometry, computed exactly. Every result states its method (radii, window, filters,
    precision rule, dataset and version).

    Example: mapper analyze --events ged.csv --radius 10 --radius 25 --claim "300/7800@25"
    """
    from mapper.analysis import Claim, proximity, proximity_from_counts
    from mapper.analysis.inputs import check_radii, check_window
    from mapper.errors import OptionError
    from mapper.sources.projects import load_projects

    if fmt not in _FORMATS:
        raise OptionError(f"--format must be one of {', '.join(_FORMATS)}, not {fmt!r}")
    if engine not in _ENGINES:
        raise OptionError(f"--engine must be one of {', '.join(_ENGINES)}, not {engine!r}")
    if output is not None and output.suffix.lower() not in _OUTPUT_SUFFIXES:
        raise OptionError(f"--output {output}: use .json, .csv, .xlsx, .gpkg, .geojson or .parquet")
    radii = list(radius) if radius else [5.0, 10.0, 25.0, 50.0]
    check_radii(radii)  # fail on bad options before reading any file
    check_window(since, until)
    parsed_claim = Claim.parse(claim) if claim is not None else None  # "" is a bad claim
    if parsed_claim and not any(abs(r - parsed_claim.radius_km) < 1e-9 for r in radii):
        radii.append(parsed_claim.radius_km)
    if events is None and country is not None:
        raise OptionError("--country needs --events (the embedded counts are Myanmar's)")
    if events is None and layer is not None:
        raise OptionError("--layer applies to an --events file")
    if events is None:  # options that only events have: said, not silently ignored
        given = [
            name
            for name, value in (
                ("--dataset-version", dataset_version),  # the counts state their own
                ("--include-imprecise", include_imprecise),  # counts are by township
                ("--engine dask", engine != "numpy"),
            )
            if value
        ]
        if given:
            raise OptionError(f"{', '.join(given)} applies to an --events file")
    if no_regions and boundaries is not None:
        raise OptionError("--boundaries gives the per-region counts: drop --no-regions")
    if output is not None and fmt != "table":
        raise OptionError("--format is for the screen; --output writes by its suffix")
    per_project = fmt == "csv" if output is None else output.suffix.lower() != ".json"
    if claim is not None and per_project:  # a table of projects has no place for a verdict
        raise OptionError("--claim is checked in the table and JSON outputs (-f json, -o .json)")
    project_frame = load_projects(projects)
    if sensitivity:
        if events is None:
            raise OptionError("--sensitivity needs --events (it measures event distances)")
        if radius or claim is not None or main_radius is not None:
            raise OptionError(
                "--sensitivity measures radii 1..100 km itself: drop --radius/--claim/--main-radius"
            )
        if no_regions or boundaries is not None:
            raise OptionError("--sensitivity counts no regions: drop --no-regions/--boundaries")
        event_frame = _load(events, country, skip_bad_rows, dataset_version, layer)
        _sensitivity(event_frame, project_frame, since, until, event_type, engine, fmt, output)
        return
    if events is None:
        from mapper.sources.embedded_counts import embedded_counts

        counts = embedded_counts("township", since=since, until=until, violence_types=event_type)
        warn(counts.attrs["method"]["warning"])  # a window outside the counts' dates
        result = proximity_from_counts(
            counts,
            project_frame,
            radii,
            main_radius_km=main_radius,
            areas=False if no_regions else None,
            boundaries=boundaries,
        )
    else:
        event_frame = _load(events, country, skip_bad_rows, dataset_version, layer)
        result = proximity(
            event_frame,
            project_frame,
            radii,
            since=since,
            until=until,
            event_types=event_type,
            include_imprecise=include_imprecise,
            areas=False if no_regions else None,
            boundaries=boundaries,
            engine=engine,
            main_radius_km=main_radius,
        )
    if parsed_claim:
        result.compare_claim(parsed_claim)
    if output is not None:
        _write(result, output)
        typer.echo(f"wrote {output} ({len(result.projects)} projects)", err=True)
        return
    typer.echo(_render(result, fmt))


def _load(
    path: Path,
    country: str | None,
    skip_bad_rows: bool,
    dataset_version: str | None,
    layer: str | None,
):
    """The events file (one country's rows when asked), with the version stated if given."""
    frame = load_for_command(path, country=country, skip_bad_rows=skip_bad_rows, layer=layer)
    if dataset_version:
        frame.attrs["version"] = dataset_version.strip()
    return frame


def _sensitivity(events, projects, since, until, event_type, engine, fmt, output) -> None:
    from mapper.analysis import sensitivity
    from mapper.errors import OptionError
    from mapper.fileio import TABLE_SUFFIXES, write_table, write_text_atomic

    table = sensitivity(
        events, projects, since=since, until=until, event_types=event_type, engine=engine
    )
    as_json = json.dumps(
        {"method": table.attrs["method"], "rows": table.to_dict("records")}, indent=2, default=str
    )
    if output is not None:
        suffix = output.suffix.lower()
        if suffix not in (*TABLE_SUFFIXES, ".json"):
            raise OptionError("--sensitivity writes .csv, .xlsx or .json")
        if suffix == ".json":
            write_text_atomic(output, as_json)
        else:
            write_table(table, output, layer="sensitivity")
        typer.echo(f"wrote {output} ({len(table)} radii)", err=True)
    elif fmt == "json":
        typer.echo(as_json)
    elif fmt == "csv":
        typer.echo(table.to_csv(index=False).rstrip("\n"))
    else:
        typer.echo(table.to_string(index=False, float_format=lambda v: f"{v:.4f}"))


def _json(result) -> str:
    return json.dumps(result.to_dict(), ensure_ascii=False, indent=2, default=str)


def _render(result, fmt: str) -> str:
    if fmt == "json":
        return _json(result)
    if fmt == "csv":
        return result.table_with_method().to_csv(index=False).rstrip("\n")
    return result.summary()


def _write(result, output: Path) -> None:
    from mapper.fileio import TABLE_SUFFIXES, write_geodataframe, write_table, write_text_atomic

    suffix = output.suffix.lower()
    if suffix == ".json":
        write_text_atomic(output, _json(result) + "\n")
        return
    if suffix in TABLE_SUFFIXES:
        write_table(result.table_with_method(), output, layer="projects")
        return
    frame = result.projects.copy()
    frame["nearest_event_id"] = frame["nearest_event_id"].astype("string")
    frame["events_dataset"] = result.dataset_label()
    frame["method"] = result.method_line()
    frame.attrs = {}
    write_geodataframe(frame, output, layer="projects")
