"""Errors that mapper reports to users as one clear line (no traceback).

Every problem caused by a user's input (a file, a column, a value, an option) is raised as a
:class:`MapperError` subclass. The CLI prints ``mapper: error: <message>`` and exits with code 2.
"""

from __future__ import annotations

from os import PathLike


class MapperError(Exception):
    """Base class for errors caused by input, reported to the user as one line."""

    exit_code = 2


class InputError(MapperError):
    """A problem in an input file, located by file, row and field where known.

    ``row`` is the 1-based data row (the header is not counted), as a spreadsheet user counts.
    """

    def __init__(
        self,
        message: str,
        *,
        file: str | PathLike[str] | None = None,
        row: int | None = None,
        field: str | None = None,
    ) -> None:
        self.file = None if file is None else str(file)
        self.row = row
        self.field = field
        self.detail = message
        super().__init__(self._format())

    def _format(self) -> str:
        where = []
        if self.file:
            where.append(self.file)
        if self.row is not None:
            where.append(f"row {self.row}")
        if self.field:
            where.append(f"field '{self.field}'")
        prefix = ", ".join(where)
        return f"{prefix}: {self.detail}" if prefix else self.detail


class OutputError(MapperError):
    """An output file that cannot be written there (a directory of that name, no permission)."""


class OptionError(MapperError):
    """An option or argument value that cannot be used (e.g. a radius <= 0)."""


class DataUnavailableError(MapperError):
    """Data the command needs is not there (e.g. an asset cache that was never filled)."""


def network_reason(error: BaseException) -> str:
    """The root cause of a network failure, on one line: ``[Errno 111] Connection refused``.

    HTTP clients wrap the cause several times (requests -> urllib3 -> socket), each wrapper
    repeating the URL; only the innermost exception says what went wrong.
    """
    seen: set[int] = set()
    while id(error) not in seen:
        seen.add(id(error))
        inner = getattr(error, "reason", None)
        if not isinstance(inner, BaseException):
            arg = error.args[0] if error.args else None
            inner = error.__cause__ or error.__context__ or arg
        if not isinstance(inner, BaseException):
            break
        error = inner
    lines = str(error).splitlines()
    return (lines[0] if lines else type(error).__name__)[:160]
