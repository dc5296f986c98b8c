"""The typer application every command module registers on, and the error boundary."""

from __future__ import annotations

import signal
import sys

import typer

from mapper.errors import MapperError

app = typer.Typer(
    name="mapper",
    help=(
        "Map where foreign-backed infrastructure and armed conflict meet"
        " (first subject: Myanmar).\n\n"
        "Example: mapper demo -o myanmar.html"
    ),
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
    rich_markup_mode=None,
)


def fail(message: str, code: int = 2) -> None:
    """Print a one-line error and exit with ``code`` (no traceback)."""
    typer.echo(f"mapper: error: {message}", err=True)
    raise typer.Exit(code)


def warn(message: str | None) -> None:
    """Print a one-line warning on stderr (nothing for None); the command goes on."""
    if message:
        typer.echo(f"mapper: warning: {message}", err=True)


def _terminate(signum: int, _frame: object) -> None:
    """SIGTERM ends the command like Ctrl-C does: through Python, so that a file being
    written is removed, not left half-written beside its target."""
    raise SystemExit(128 + signum)


def run() -> None:
    """Run the CLI, turning any :class:`MapperError` into a one-line error and exit code 2."""
    signal.signal(signal.SIGTERM, _terminate)
    try:
        app(prog_name="mapper")  # standalone: usage errors print and exit 2 themselves
    except MapperError as exc:
        typer.echo(f"mapper: error: {exc}", err=True)
        sys.exit(exc.exit_code)
    except KeyboardInterrupt:
        typer.echo("mapper: aborted", err=True)
        sys.exit(130)


def _show_version(value: bool) -> None:
    if value:
        from mapper import __version__

        typer.echo(f"mapper {__version__}")
        raise typer.Exit(0)


@app.callback()
def _root(
    version: bool = typer.Option(
        False, "--version", help="Show the version and exit.", callback=_show_version, is_eager=True
    ),
) -> None:
    """Map where foreign-backed infrastructure and armed conflict meet (first subject: Myanmar)."""
