"""Writing output files atomically, so a failure never leaves a half-written file."""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

from mapper.errors import OutputError


def _cannot_write(target: Path, exc: OSError) -> OutputError:
    if isinstance(exc, FileExistsError | NotADirectoryError):  # "/dev/null/x.csv"
        return OutputError(f"{target}: cannot write there (a folder on the path is a file)")
    return OutputError(f"{target}: cannot write there ({exc.strerror or exc})")


#: Errors of a write that ran out of room or was refused on the way: said in one line.
_WRITE_ERRNOS = (errno.ENOSPC, errno.EFBIG, errno.EDQUOT, errno.EROFS, errno.EIO)
_WRITE_STRERRORS = tuple(os.strerror(code) for code in _WRITE_ERRNOS)


def _failed_write(exc: BaseException) -> str | None:
    """Why writing failed, when ``exc`` says the disk or the file system refused the bytes
    (OSError from Python or pyarrow, or a GDAL error that quotes the system's message)."""
    if isinstance(exc, OSError) and exc.errno in _WRITE_ERRNOS:
        return exc.strerror or os.strerror(exc.errno)
    text = str(exc)
    return next((reason for reason in _WRITE_STRERRORS if reason in text), None)


def _temporary_beside(target: Path) -> Path:
    """A new empty file beside ``target`` (its parent folders made), named after it; the
    :class:`~mapper.errors.OutputError` for a target that is a folder or cannot be written."""
    if target.is_dir():
        raise OutputError(f"{target}: is a directory; give a file name")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(
            prefix=f".{target.stem}.", suffix=f".tmp{target.suffix}", dir=target.parent
        )
    except OSError as exc:
        raise _cannot_write(target, exc) from None
    os.close(fd)
    return Path(name)


def check_output(target: str | os.PathLike[str], *, make_folders: bool = False) -> Path:
    """Fail early, before long work, when ``target`` cannot be written (a folder, or a folder
    that cannot be made or written to): the :class:`~mapper.errors.OutputError` that
    :func:`atomic_path` would raise at the end. Missing parent folders are made to try, then
    removed again (a command that fails leaves none behind), unless ``make_folders``."""
    target = Path(target)
    missing = [] if make_folders else _missing_folders(target.parent)
    try:
        _temporary_beside(target).unlink()
    finally:
        for folder in missing:  # the deepest first
            with contextlib.suppress(OSError):
                folder.rmdir()
    return target


def _missing_folders(folder: Path) -> list[Path]:
    """``folder`` and those above it that do not exist yet, the deepest first."""
    missing = []
    while not folder.exists() and folder != folder.parent:
        missing.append(folder)
        folder = folder.parent
    return missing


@contextlib.contextmanager
def atomic_path(target: str | os.PathLike[str]) -> Iterator[Path]:
    """Yield a temporary path beside ``target``; rename it over ``target`` only on success.

    Missing parent folders are made; a target that cannot be written raises
    :class:`~mapper.errors.OutputError` (one line on the CLI).

    The temporary file keeps the target's suffix so that writers choosing a driver by extension
    (GeoPackage, Parquet, GeoJSON) still work.
    """
    target = Path(target)
    tmp = _temporary_beside(target)
    tmp.unlink()  # writers such as pyogrio refuse to overwrite; let them create it
    try:
        try:
            yield tmp
        except Exception as exc:
            reason = _failed_write(exc)
            if reason is None:
                raise
            raise OutputError(f"{target}: cannot write it ({reason})") from None
        try:
            os.replace(tmp, target)
        except OSError as exc:
            raise _cannot_write(target, exc) from None
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        raise


def write_text_atomic(target: str | os.PathLike[str], text: str, encoding: str = "utf-8") -> Path:
    """Write ``text`` to ``target`` atomically and return the path."""
    with atomic_path(target) as tmp:
        tmp.write_text(text, encoding=encoding)
    return Path(target)


def write_texts_atomic(texts: dict[Path, str], encoding: str = "utf-8") -> None:
    """Write several files as one set: every text goes to a temporary file first, and only
    when all are written are they renamed over their targets (the first one last), so a
    failure while writing leaves the old set as it was."""
    with contextlib.ExitStack() as stack:
        for target, text in texts.items():
            stack.enter_context(atomic_path(target)).write_text(text, encoding=encoding)


#: Vector file types a GeoDataFrame can be written to, by suffix (pyogrio driver names).
VECTOR_DRIVERS: dict[str, str] = {".geojson": "GeoJSON", ".gpkg": "GPKG"}
#: Every suffix :func:`write_geodataframe` understands.
FRAME_SUFFIXES: tuple[str, ...] = (".csv", ".xlsx", ".geojson", ".gpkg", ".parquet")


#: Table file types a DataFrame can be written to, by suffix (no geometry).
TABLE_SUFFIXES: tuple[str, ...] = (".csv", ".xlsx")


def to_csv(frame, target, **options) -> None:
    """``frame.to_csv`` (no index) that every reader reads back row for row: pandas quotes a
    cell only when it holds a character of the line end it writes, so a cell holding a lone
    carriage return (UCDP's place descriptions have some) would split its row; a frame with
    one is written with "\\r\\n" line ends, which quote it."""
    text_columns = frame.select_dtypes(include=["object", "string"]).columns
    carriage = any(
        frame[column].astype(str).str.contains("\r", regex=False).any() for column in text_columns
    )
    frame.to_csv(target, index=False, lineterminator="\r\n" if carriage else "\n", **options)


def write_table(frame, target: str | os.PathLike[str], *, layer: str | None = None) -> Path:
    """Write a DataFrame atomically as ``.csv`` or ``.xlsx`` (one sheet, named ``layer`` or
    after the file); text is written as text, never as a spreadsheet formula."""
    target = Path(target)
    suffix = target.suffix.lower()
    if suffix not in TABLE_SUFFIXES:
        raise ValueError(f"unsupported table type '{suffix}' (use .csv or .xlsx)")
    with atomic_path(target) as tmp:
        if suffix == ".csv":
            to_csv(frame, tmp)
        else:
            import pyogrio

            pyogrio.write_dataframe(frame, tmp, driver="XLSX", layer=layer or target.stem)
    return target


def write_geodataframe(frame, target: str | os.PathLike[str], *, layer: str | None = None) -> Path:
    """Write a GeoDataFrame atomically, choosing the format by suffix.

    ``.csv`` or ``.xlsx`` (attributes only, no geometry; ``layer`` names the Excel sheet),
    ``.parquet`` (GeoParquet), ``.geojson`` or ``.gpkg`` (``layer`` names the GeoPackage
    layer; default: the file's name). Raises ``ValueError`` for other suffixes.
    """
    target = Path(target)
    suffix = target.suffix.lower()
    if suffix not in FRAME_SUFFIXES:
        allowed = ", ".join(FRAME_SUFFIXES)
        raise ValueError(f"unsupported file type '{suffix}' (use one of {allowed})")
    if suffix in TABLE_SUFFIXES:
        import pandas as pd

        return write_table(
            pd.DataFrame(frame.drop(columns=frame.geometry.name)), target, layer=layer
        )
    with atomic_path(target) as tmp:
        if suffix == ".parquet":
            frame.to_parquet(tmp, index=False)
        else:
            # a GeoPackage layer (a GeoJSON's "name") is named after the file, not the
            # temporary file written first
            options = {"layer": layer or target.stem}
            if suffix == ".gpkg":
                # the table's own "fid" column (a QGIS export's) stays a column of its own
                names = {str(c).casefold() for c in frame.columns}
                options["FID"] = next(f for f in ("fid", "gpkg_fid", "_fid") if f not in names)
            frame.to_file(tmp, driver=VECTOR_DRIVERS[suffix], engine="pyogrio", **options)
    return target
