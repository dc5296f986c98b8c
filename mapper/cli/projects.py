"""``mapper projects list|show``: print the projects catalogue or a user's projects file."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer

from mapper.cli._app import app, fail

if TYPE_CHECKING:
    import geopandas as gpd

projects_app = typer.Typer(
    help=(
        "List and inspect Chinese-backed projects (the shipped catalogue or your own file).\n\n"
        "Example: mapper projects list --format json"
    ),
    no_args_is_help=True,
    rich_markup_mode=None,
)
app.add_typer(projects_app, name="projects")

FORMATS = ("table", "json", "csv")

_PROJECTS_OPTION = typer.Option(
    None,
    "--projects",
    help="A projects file (GeoJSON, GeoPackage, GeoParquet, CSV, .xlsx, catalogue JSON or "
    "AidData GCDF file) instead of the shipped catalogue.",
    dir_okay=False,
)


def _load(path: Path | None) -> gpd.GeoDataFrame:
    from mapper.sources.projects import load_projects

    return load_projects(path)


def _point(geom: Any) -> tuple[float | None, float | None]:
    """A representative (latitude, longitude): the point itself, or a point on the shape."""
    if geom is None or geom.is_empty:
        return None, None
    p = geom if geom.geom_type == "Point" else geom.representative_point()
    return round(p.y, 6), round(p.x, 6)


def _records(gdf: gpd.GeoDataFrame) -> list[dict[str, Any]]:
    from shapely.geometry import mapping

    from mapper.schema import PROJECT_COLUMNS

    out = []
    for row in gdf.itertuples(index=False):
        record = {c: getattr(row, c) for c in PROJECT_COLUMNS}
        record["sources"] = json.loads(record["sources"]) if record["sources"] else []
        geom = row.geometry
        lat, lon = _point(geom)
        record.update(
            {
                "geometry_type": geom.geom_type,
                "latitude": lat,
                "longitude": lon,
                "length_km": _length_km(geom),
                "geometry": mapping(geom),
            }
        )
        out.append(record)
    return out


def _length_km(geom: Any) -> float | None:
    if geom.geom_type not in ("LineString", "MultiLineString"):
        return None
    from pyproj import Geod

    return round(Geod(ellps="WGS84").geometry_length(geom) / 1000, 1)


def _table(records: list[dict[str, Any]]) -> str:
    headers = ("id", "sector", "status", "precision", "geometry", "name")
    rows = [
        (
            r["id"],
            r["sector"],
            r["status"],
            r["location_precision"],
            r["geometry_type"],
            r["name"],
        )
        for r in records
    ]
    widths = [max(len(h), *(len(str(row[i])) for row in rows)) for i, h in enumerate(headers)]
    lines = ["  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)).rstrip()]
    lines += [
        "  ".join(str(v).ljust(w) for v, w in zip(row, widths, strict=True)).rstrip()
        for row in rows
    ]
    lines.append(f"{len(rows)} projects")
    return "\n".join(lines)


def _csv(records: list[dict[str, Any]]) -> str:
    import csv
    import io

    from mapper.schema import PROJECT_COLUMNS

    fields = [*PROJECT_COLUMNS, "geometry_type", "latitude", "longitude", "length_km"]
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=fields, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    for r in records:
        writer.writerow({**r, "sources": json.dumps(r["sources"], ensure_ascii=False)})
    return buffer.getvalue().rstrip("\n")


@projects_app.command("list")
def list_projects(
    format: str = typer.Option("table", "--format", "-f", help="table, json or csv."),
    projects: Path | None = _PROJECTS_OPTION,
) -> None:
    """List every project: id, sector, status, location precision and geometry.

    Example: mapper projects list --format csv > projects.csv
    """
    if format not in FORMATS:
        fail(f"--format must be one of: {', '.join(FORMATS)} (got '{format}')")
    records = _records(_load(projects))
    if format == "json":
        typer.echo(json.dumps(records, ensure_ascii=False, indent=2))
    elif format == "csv":
        typer.echo(_csv(records))
    else:
        typer.echo(_table(records))


@projects_app.command("show")
def show_project(
    project_id: str = typer.Argument(..., help="The project id, as printed by 'projects list'."),
    format: str = typer.Option("text", "--format", "-f", help="text or json."),
    projects: Path | None = _PROJECTS_OPTION,
) -> None:
    """Show one project with its investors, location, sources and notes.

    Example: mapper projects show letpadaung-copper-mine
    """
    if format not in ("text", "json"):
        fail(f"--format must be text or json (got '{format}')")
    records = _records(_load(projects))
    match = next((r for r in records if r["id"] == project_id), None)
    if match is None:
        close = [r["id"] for r in records if project_id.lower() in r["id"].lower()]
        hint = f"; did you mean: {', '.join(close[:5])}" if close else ""
        fail(f"no project with id '{project_id}'{hint}")
    if format == "json":
        typer.echo(json.dumps(match, ensure_ascii=False, indent=2))
        return
    where = (
        f"{match['latitude']}, {match['longitude']}"
        if match["geometry_type"] == "Point"
        else f"{match['geometry_type']}, {match['length_km']} km"
    )
    lines = [
        f"{match['name']} ({match['id']})",
        f"  sector:     {match['sector']}",
        f"  status:     {match['status']}",
        f"  investors:  {match['investors']}",
        f"  located by: {match['location_names']}",
        f"  geometry:   {where} ({match['location_precision']})",
        f"  notes:      {match['notes']}",
        "  sources:",
        *(f"    - {s['name']}: {s.get('url') or '(no address)'}" for s in match["sources"]),
    ]
    typer.echo("\n".join(lines))
