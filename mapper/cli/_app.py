"""The typer application every command module registers on, and the error boundary."""

from __future__ import annotations

import importlib
import signal
import sys
from pathlib import Path

import typer

from mapper.errors import MapperError
from mapper.fileio import check_output

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


def writable_file(value: Path | None) -> Path | None:
    """Option callback for a file the command writes: a path that cannot be written (a
    folder, a read-only place) is refused before the work, not after it."""
    if value is not None:
        check_output(value)
    return value


def warn(message: str | None) -> None:
    """Print a one-line warning on stderr (nothing for None); the command goes on."""
    if message:
        typer.echo(f"mapper: warning: {message}", err=True)


def _terminate(signum: int, _frame: object) -> None:
    """SIGTERM ends the command like Ctrl-C does: through Python, so that a file being
    written is removed, not left half-written beside its target."""
    raise SystemExit(128 + signum)


#: click's exceptions, as the click that typer runs on defines them (newer typers carry
#: their own copy of click, older ones use click itself)
_CLICK = importlib.import_module(typer.BadParameter.__module__)
_NO_ARGS_IS_HELP = getattr(_CLICK, "NoArgsIsHelpError", ())


def _one_line(exc: Exception) -> str:
    """A click error as one line; a usage error ends with where the command's help is."""
    message = " ".join(exc.format_message().split())
    ctx = getattr(exc, "ctx", None)
    if isinstance(exc, _CLICK.UsageError) and ctx is not None:
        message = f"{message.rstrip('.')}; see '{ctx.command_path} --help'"
    return message


def run() -> None:
    """Run the CLI, turning any :class:`MapperError` or usage error (an unknown option, a bad
    option value) into a one-line error and exit code 2."""
    signal.signal(signal.SIGTERM, _terminate)
    try:
        code = app(prog_name="mapper", standalone_mode=False)
    except _NO_ARGS_IS_HELP as exc:  # "mapper" or "mapper counts" alone: the help
        exc.show()
        sys.exit(exc.exit_code)
    except _CLICK.ClickException as exc:
        typer.echo(f"mapper: error: {_one_line(exc)}", err=True)
        sys.exit(exc.exit_code)
    except typer.Abort:  # end of input at a prompt
        typer.echo("mapper: aborted", err=True)
        sys.exit(1)
    except MapperError as exc:
        typer.echo(f"mapper: error: {exc}", err=True)
        sys.exit(exc.exit_code)
    except KeyboardInterrupt:
        typer.echo("mapper: aborted", err=True)
        sys.exit(130)
    sys.exit(code if isinstance(code, int) else 0)


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
