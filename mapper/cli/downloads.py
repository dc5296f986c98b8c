"""``mapper download ucdp|acled``: fetch conflict event files for users who are online."""

from __future__ import annotations

import sys
from pathlib import Path

import typer

from mapper.cli._app import app, writable_file

download_app = typer.Typer(
    help=(
        "Download conflict event data (UCDP GED, ACLED) into the cache, for users who are online."
        "\n\nExample: mapper download ucdp --version 24.1"
    ),
    no_args_is_help=True,
    rich_markup_mode=None,
)
app.add_typer(download_app, name="download")


def _log(message: str) -> None:
    typer.echo(message, err=True)


@download_app.command("ucdp")
def download_ucdp(
    version: str = typer.Option("24.1", "--version", help="GED version, e.g. 24.1 or 25.1."),
    output: Path | None = typer.Option(
        None, "--output", "-o", help="Folder to save the zip in (default: the mapper cache)."
    ),
    url: str | None = typer.Option(
        None, "--url", help="Base URL to download from (default: https://ucdp.uu.se/downloads/ged)."
    ),
    force: bool = typer.Option(False, "--force", help="Download again even if cached."),
    country: str | None = typer.Option(
        None,
        "--country",
        help="Also write this country's rows to a CSV beside the zip (name or GED country_id, "
        "e.g. Myanmar or 775; default: all countries, no CSV).",
    ),
) -> None:
    """Download the public UCDP GED CSV zip for a version (no key needed; CC BY 4.0).

    Prints the path of the zip (or, with --country, of the country's CSV), which `mapper
    events inspect` and load_events() read as is.

    Example: mapper download ucdp --version 24.1 --country Myanmar --output downloads/
    """
    from mapper.sources.downloads import UCDP_BASE_URL, download_ucdp_ged

    path = download_ucdp_ged(
        version,
        dest_dir=output,
        base_url=url or UCDP_BASE_URL,
        force=force,
        progress=sys.stderr.isatty(),
        log=_log,
        country=country,
    )
    typer.echo(str(path))


@download_app.command("acled")
def download_acled_command(
    country: str = typer.Option("Myanmar", "--country", help="Country as ACLED spells it."),
    since: str | None = typer.Option(None, "--since", help="First event date, YYYY-MM-DD."),
    until: str | None = typer.Option(None, "--until", help="Last event date, YYYY-MM-DD."),
    output: Path | None = typer.Option(
        None,
        "--output",
        "-o",
        help="Also copy the CSV to this file (default: cache only).",
        callback=writable_file,
    ),
    url: str | None = typer.Option(
        None, "--url", help="Base URL of the ACLED API (default: https://acleddata.com)."
    ),
    page_size: int = typer.Option(5000, "--page-size", help="Rows per API page."),
    force: bool = typer.Option(False, "--force", help="Download again even if cached."),
) -> None:
    """Download ACLED events through ACLED's API as an ACLED export CSV.

    Logs in with your ACLED account from the ACLED_EMAIL and ACLED_PASSWORD environment
    variables, reads every page, caches the result per query and prints the CSV's path. ACLED's
    terms require attribution and forbid redistributing the rows.

    Example: mapper download acled --since 2021-02-01 --output acled.csv
    """
    from mapper.sources.downloads import ACLED_BASE_URL, download_acled

    path = download_acled(
        country=country,
        since=since,
        until=until,
        base_url=url or ACLED_BASE_URL,
        page_size=page_size,
        output=output,
        force=force,
        log=_log,
    )
    typer.echo(str(path))
