"""Reading a user's CSV (plain or inside a zip; comma, semicolon, tab or bar separated),
spreadsheet or vector file as text cells, with clear errors for bad files.

Every cell is read as a string so that each source module parses and checks values itself and
can name the row and field of anything it cannot use. Rows keep their 1-based data-row number
(header not counted; blank lines count, as in a spreadsheet) in the frame's index + 1.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import zipfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd
import shapely

from mapper.errors import InputError
from mapper.sources._vector import (
    GDAL_SUFFIXES,
    NOT_GEOJSON,
    is_spreadsheet,
    read_attributes,
    read_by_gdal,
    vector_columns,
)

#: JSON files, which are never read as CSV text (JSON Lines: one record a line).
JSON_SUFFIXES = (".json", ".jsonl", ".ndjson")
#: Marker left where bytes were not valid UTF-8 (the Unicode replacement character).
BAD_TEXT = "\ufffd"


@dataclass
class RawTable:
    """A CSV read as text: ``frame`` has stripped lower-case column names, all cells ``str``."""

    frame: pd.DataFrame
    path: Path
    display: str  # the name used in messages: the path, or "archive.zip:member.csv"
    member: str | None = None  # the CSV's name inside a zip
    original_columns: dict[str, str] = field(default_factory=dict)  # normalised -> as written
    bad_encoding: bool = False  # some bytes were not UTF-8 (cells hold BAD_TEXT there)
    blank_lines: int = 0  # empty lines skipped (not data rows, but their numbers are kept)
    #: rows that could not be split into the header's fields: (data row, why); read with
    #: ``skip_bad_rows`` only (else the first is an error), and not in ``frame``
    malformed: list[tuple[int, str]] = field(default_factory=list)
    malformed_field: str = "(row)"  # the field those rows are rejected at
    #: the cells of each malformed CSV row, as the csv module splits them: data row -> cells
    malformed_cells: dict[int, list[str]] = field(default_factory=dict)
    kind: str = "CSV"  # the file's format, as messages and labels name it ("GeoPackage" ...)
    #: True when ``latitude``/``longitude`` were made from the file's point geometries
    from_geometry: bool = False
    #: rows whose own latitude/longitude attributes are not where their point geometry is
    #: (the geometry is used)
    moved_points: list[int] = field(default_factory=list)
    delimiter: str = ","  # a CSV's field separator

    @property
    def decimal_comma(self) -> bool:
        """True for a semicolon-separated CSV, as spreadsheets set to a decimal comma write
        them: its numbers may be written "19,75"."""
        return self.delimiter == ";"

    @property
    def columns(self) -> list[str]:
        return list(self.frame.columns)

    def name_of(self, column: str) -> str:
        """The column name as the file writes it."""
        return self.original_columns.get(column, column)


def _csv_members(archive: zipfile.ZipFile) -> list[zipfile.ZipInfo]:
    return [
        info
        for info in archive.infolist()
        if not info.is_dir()
        and info.filename.lower().endswith((".csv", ".txt"))
        and not info.filename.startswith("__MACOSX/")
    ]


def read_bytes(
    path: str | os.PathLike[str], limit: int | None = None
) -> tuple[bytes, str, str | None]:
    """Return (content, display name, zip member) of a CSV file or of the CSV inside a zip.

    ``limit`` reads only the first bytes (enough for the header).
    """
    path = Path(path)
    if not path.exists():
        raise InputError("no such file", file=path)
    if path.is_dir():
        raise InputError("is a directory, not a file", file=path)
    if path.suffix.lower() == ".xls":
        raise InputError("is an Excel 97-2003 workbook: save it as .xlsx or CSV", file=path)
    if path.suffix.lower() in JSON_SUFFIXES:  # not an object, so not GeoJSON either
        raise InputError(NOT_GEOJSON, file=path)
    if not zipfile.is_zipfile(path):
        with path.open("rb") as handle:
            data = handle.read(-1 if limit is None else limit)
        if data.startswith(b"PK\x03\x04"):  # a zip's start without its end: cut short
            raise InputError(
                "is a damaged or incomplete zip file (a download cut short?): download it again",
                file=path,
            )
        return data, str(path), None
    try:
        with zipfile.ZipFile(path) as archive:
            members = _csv_members(archive)
            if not members and "xl/workbook.xml" in archive.namelist():
                raise InputError("is an Excel workbook: give it the .xlsx suffix", file=path)
            if not members:
                names = ", ".join(i.filename for i in archive.infolist()[:5]) or "nothing"
                raise InputError(f"no CSV file inside the zip (it holds {names})", file=path)
            tables = [m for m in members if m.filename.lower().endswith(".csv")] or members
            if len(tables) > 1:  # which one is meant cannot be guessed: say so
                names = ", ".join(m.filename for m in tables[:5])
                more = f" and {len(tables) - 5} more" if len(tables) > 5 else ""
                raise InputError(
                    f"the zip holds {len(tables)} CSV files ({names}{more}); extract the one"
                    " to read and give its path",
                    file=path,
                )
            member = tables[0]
            with archive.open(member) as handle:
                data = handle.read(-1 if limit is None else limit)
            return data, f"{path}:{member.filename}", member.filename
    except (zipfile.BadZipFile, OSError) as exc:
        raise InputError(f"cannot read the zip file: {exc}", file=path) from None


def _line_of(data: bytes, offset: int) -> int:
    return data.count(b"\n", 0, offset) + 1


def decode(data: bytes, display: str) -> tuple[str, bool]:
    """Decode CSV bytes as UTF-8 (BOM allowed). Returns (text, had_bad_bytes).

    Bytes that are not UTF-8 become :data:`BAD_TEXT`, so that the rows holding them can be
    reported by row and field; a file that is not text at all is an error.
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError("is UTF-16 text; save it as UTF-8 CSV", file=display)
    if b"\x00" in data[:65536]:
        raise InputError("is not a text CSV (binary data, or UTF-16 without BOM)", file=display)
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8"), False
    except UnicodeDecodeError as exc:
        if _line_of(data, exc.start) == 1:
            raise InputError(
                f"header is not UTF-8 text (byte 0x{data[exc.start]:02x}); save it as UTF-8",
                file=display,
            ) from None
        return data.decode("utf-8", errors="replace"), True


def first_bad_cell(
    frame: pd.DataFrame, columns: Iterable[str] | None = None
) -> tuple[int | None, str | None]:
    """(data row, column) of the first cell holding :data:`BAD_TEXT` (a byte that was not
    UTF-8), looking in ``columns`` (default: all); ``(None, None)`` when there is none."""
    best: tuple[int | None, str | None] = (None, None)
    for column in frame.columns if columns is None else columns:
        rows = frame.index[frame[column].str.contains(BAD_TEXT, regex=False)]
        if len(rows) and (best[0] is None or int(rows[0]) + 1 < best[0]):
            best = (int(rows[0]) + 1, column)
    return best


_PARSER_LINE = re.compile(r"line (\d+)")
_PARSER_ROW = re.compile(r"starting at row (\d+)")
_PARSER_FIELDS = re.compile(r"Expected (?P<expected>\d+) fields in line \d+, saw (?P<saw>\d+)")


@dataclass
class Parsed:
    """A parsed CSV: the frame (index = data row - 1) and how many blank lines were skipped."""

    frame: pd.DataFrame
    blank_lines: int


#: Field separators a CSV may use: a comma, or a semicolon, tab or bar (spreadsheets set to
#: a decimal comma write semicolons; "tab-separated" files use tabs).
DELIMITERS = (",", ";", "\t", "|")
_QUOTED = re.compile(r'"[^"]*"')


def delimiter_of(display: str, text: str) -> str:
    """A tab for a ``.tsv``/``.tab`` file (``display``: its path or zip member), else the
    separator its header line uses (:func:`sniff_delimiter`)."""
    return "\t" if display.lower().endswith((".tsv", ".tab")) else sniff_delimiter(text)


def sniff_delimiter(text: str) -> str:
    """The field separator of CSV ``text``: of :data:`DELIMITERS`, the one its header line
    holds most often outside quotes (a comma when none or on a tie)."""
    header = _QUOTED.sub("", text.split("\n", 1)[0])
    counts = [header.count(delimiter) for delimiter in DELIMITERS]
    return DELIMITERS[counts.index(max(counts))]  # the first of the most frequent: "," first


def parse_csv(
    text: str, display: str, *, nrows: int | None = None, delimiter: str | None = None
) -> Parsed:
    """Parse CSV text into a frame of strings; blank lines are dropped but keep their numbers.
    ``delimiter`` defaults to the file's own (:func:`delimiter_of`)."""
    if not text.strip():
        raise InputError("file is empty", file=display)
    delimiter = delimiter_of(display, text) if delimiter is None else delimiter
    try:
        frame = pd.read_csv(
            io.StringIO(text),
            sep=delimiter,
            dtype=str,
            keep_default_na=False,
            na_filter=False,
            skip_blank_lines=False,
            nrows=nrows,
        )
    except pd.errors.EmptyDataError:  # text, but the first line is blank
        raise InputError(
            "its first line is blank: the header naming the columns must come first",
            file=display,
        ) from None
    except (pd.errors.ParserError, ValueError) as exc:
        line, start = _PARSER_LINE.search(str(exc)), _PARSER_ROW.search(str(exc))
        # "line N" counts the header as line 1; "starting at row N" counts it as row 0
        row = int(line.group(1)) - 1 if line else (int(start.group(1)) if start else None)
        detail = str(exc).strip().splitlines()[-1].replace("Error tokenizing data. C error: ", "")
        fields = _PARSER_FIELDS.search(detail)
        if fields:  # said in the file's own terms: rows and fields, not parser lines
            detail = f"has {fields['saw']} fields where the header has {fields['expected']}"
            raise InputError(detail, file=display, row=row) from None
        raise InputError(f"not a readable CSV: {detail}", file=display, row=row) from None
    if not isinstance(frame.index, pd.RangeIndex):  # pandas made the extra fields an index
        row, fields, header = _first_long_row(text, delimiter, display)
        raise InputError(
            f"has {fields} fields where the header has {header}", file=display, row=row
        )
    blank_lines = 0
    if len(frame.columns) and len(frame):
        # a blank line is a row whose first cell is empty and all others missing/empty
        maybe = (frame.iloc[:, 0].fillna("") == "").to_numpy()
        if maybe.any():
            blank = (frame[maybe].fillna("") == "").all(axis=1)
            blank_lines = int(blank.sum())
            frame = frame.drop(index=blank.index[blank.to_numpy()])
    return Parsed(frame.fillna(""), blank_lines)


@contextmanager
def _csv_module(text: str, display: str) -> Iterator[None]:
    """While the csv module reads ``text``: no cell is too long for it (its field size limit,
    131,072 characters by default, is raised to the text's length and restored after), and
    an error of its own is a one-line :class:`InputError`."""
    limit = csv.field_size_limit()
    csv.field_size_limit(max(limit, len(text) + 1))
    try:
        yield
    except csv.Error as exc:
        raise InputError(f"not a readable CSV: {exc}", file=display) from None
    finally:
        csv.field_size_limit(limit)


def _first_long_row(text: str, delimiter: str, display: str) -> tuple[int | None, int, int]:
    """(data row, its field count, the header's) of the first row longer than the header."""
    with _csv_module(text, display):
        rows = csv.reader(io.StringIO(text), delimiter=delimiter)
        header = len(next(rows, []))
        for number, fields in enumerate(rows, start=1):
            if len(fields) > header:
                return number, len(fields), header
    return None, header, header


def _normalise_columns(
    frame: pd.DataFrame, display: str, text: str, delimiter: str
) -> dict[str, str]:
    """Stripped lower-case names -> names as written; a name written twice is an error.

    pandas renames a repeated name ("lat,lat" -> "lat", "lat.1"), so names are taken from the
    header line (``text``'s first row); an empty one keeps pandas' "Unnamed: n".
    """
    header = io.StringIO(text[: 1 << 16], newline=None)
    written = next(csv.reader(header, delimiter=delimiter), [])
    if len(written) != len(frame.columns):
        written = [""] * len(frame.columns)
    names = [w if w.strip() else str(p) for p, w in zip(frame.columns, written, strict=True)]
    original = _unique_names(names, display)
    frame.columns = list(original)
    return original


def _unique_names(names: Iterable[str], display: str) -> dict[str, str]:
    """Stripped lower-case names -> names as written; a name written twice is an error."""
    original: dict[str, str] = {}
    for name in names:
        key = str(name).strip().lower()
        if key in original:
            raise InputError(f"column '{name}' appears twice in the header", file=display)
        original[key] = str(name)
    return original


def _set_aside_long_rows(
    text: str, delimiter: str, display: str
) -> tuple[str, list[tuple[int, str]], dict[int, list[str]]]:
    """``text`` with each row longer than the header (an unquoted comma in a cell, say) made
    an empty line, so that the other rows keep their numbers; those rows, with why; and
    their cells."""
    # lines end at \n, \r\n or \r only, as the CSV parser's rows do; str.splitlines would
    # also split at U+2028, form feeds and the like inside a cell
    lines = io.StringIO(text, newline="").readlines()
    set_aside, cells = [], {}
    with _csv_module(text, display):
        reader = csv.reader(lines, delimiter=delimiter)
        header = len(next(reader, []))
        out, done = lines[: reader.line_num], reader.line_num
        for row, fields in enumerate(reader, start=1):
            record = lines[done : reader.line_num]  # a quoted cell may span several lines
            done = reader.line_num
            if len(fields) > header:
                set_aside.append((row, f"has {len(fields)} fields where the header has {header}"))
                cells[row] = fields
                record = ["\n"]
            out.extend(record)
    return "".join(out), set_aside, cells


def read_table(
    path: str | os.PathLike[str],
    *,
    skip_bad_rows: bool = False,
    layer_name: str = "events",
    layer: str | None = None,
    points: bool = False,
) -> RawTable:
    """Read a CSV file (or the CSV inside a zip) as a :class:`RawTable` of strings; with
    ``skip_bad_rows``, rows longer than the header are set aside (``malformed``). Fields may
    be separated by commas, semicolons, tabs or bars (:func:`sniff_delimiter`).

    A vector file (GeoJSON, GeoPackage, GeoParquet ...) is read as its attribute table, its
    points giving ``latitude`` and ``longitude`` columns (see :func:`_vector_table`; with
    ``points``, as for events, every geometry must be a point); a spreadsheet (.xlsx, .ods)
    as its sheet's cells. A file of several layers (sheets) is read at ``layer``, else at the
    one called ``layer_name``; a CSV has no layers (``layer`` is an error there)."""
    if read_by_gdal(path):
        return _vector_table(
            Path(path), layer_name, layer, skip_bad_rows=skip_bad_rows, points=points
        )
    _no_layers(path, layer)
    data, display, member = read_bytes(path)
    text, bad = decode(data, display)
    delimiter = delimiter_of(display, text)
    malformed: list[tuple[int, str]] = []
    cells: dict[int, list[str]] = {}
    if skip_bad_rows:
        text, malformed, cells = _set_aside_long_rows(text, delimiter, display)
    parsed = parse_csv(text, display, delimiter=delimiter)
    frame = parsed.frame
    if frame.empty and not malformed:
        raise InputError("has a header but no data rows", file=display)
    original = _normalise_columns(frame, display, text, delimiter)
    blank_lines = parsed.blank_lines - len(malformed)
    return RawTable(
        frame,
        Path(path),
        display,
        member,
        original,
        bad,
        blank_lines,
        malformed,
        malformed_cells=cells,
        delimiter=delimiter,
    )


def peek_columns(
    path: str | os.PathLike[str], layer_name: str = "events", layer: str | None = None
) -> tuple[list[str], str | None]:
    """The normalised header of a CSV (or zipped CSV, or vector file) and the zip member
    name, cheaply."""
    if read_by_gdal(path):
        fields, may_be_points = vector_columns(path, layer_name, layer)
        names = [str(name).strip().lower() for name in fields]
        if may_be_points and not _has_point_columns(names):
            names += _POINT_COLUMNS
        return names, None
    _no_layers(path, layer)
    head, display, member = read_bytes(path, limit=1 << 16)
    cut = head.rfind(b"\n")
    if len(head) == 1 << 16 and cut > 0:  # drop the partial last line
        head = head[:cut]
    text, _ = decode(head, display)
    delimiter = delimiter_of(display, text)
    frame = parse_csv(text, display, nrows=0, delimiter=delimiter).frame
    return list(_normalise_columns(frame, display, text, delimiter)), member


#: The columns a vector file's points become, unless its attributes already have them.
_POINT_COLUMNS = ["latitude", "longitude"]


def _has_point_columns(names: Iterable[str]) -> bool:
    return bool(set(_POINT_COLUMNS) & set(names))


def _no_layers(path: str | os.PathLike[str], layer: str | None) -> None:
    """A layer (sheet) asked of a CSV, which has none, is an error rather than ignored."""
    if layer is not None:
        raise InputError(f"a CSV has no layers or sheets: cannot read '{layer}'", file=path)


def _vector_table(
    path: Path, layer_name: str, layer: str | None, *, skip_bad_rows: bool, points: bool
) -> RawTable:
    """A vector file's attributes as text cells, plus ``latitude``/``longitude`` from its
    points (which replace attributes of those names; rows where they differ are
    ``moved_points``). In a file of points (with ``points``: in any file with geometries), a
    feature without a geometry, or with one that is not a point, is an error naming its row
    (set aside with ``skip_bad_rows``); otherwise the geometries of a file without points
    (areas, lines) are not read. A sheet's empty rows are skipped as a CSV's blank lines are
    (they keep their numbers)."""
    attributes, geometry = read_attributes(path, layer_name, layer)
    original = _unique_names(attributes.columns, str(path))
    frame = pd.DataFrame(
        {key: _as_text(attributes.iloc[:, i]) for i, key in enumerate(original)},
        index=pd.RangeIndex(len(attributes)),
    )
    malformed: list[tuple[int, str]] = []
    moved: list[int] = []
    located = geometry is not None and not (geometry.isna() | geometry.is_empty).all()
    from_geometry = located and (
        points or bool(geometry.geom_type.isin(["Point", "MultiPoint"]).any())
    )
    if from_geometry:
        (lats, lons), problems = _points(geometry)
        for row, why in problems:
            if not skip_bad_rows:
                raise InputError(why, file=path, row=row, field="geometry")
            malformed.append((row, why))
        moved = _moved_points(frame, lats, lons)
        frame["latitude"], frame["longitude"] = lats, lons
        original.update({column: column for column in _POINT_COLUMNS})
        frame = frame.drop(index=[row - 1 for row, _ in malformed])
    blank_lines = 0
    if is_spreadsheet(path):
        blank = (frame == "").all(axis=1)
        blank_lines = int(blank.sum())
        frame = frame[~blank]
    kind = GDAL_SUFFIXES[path.suffix.lower()]
    return RawTable(
        frame,
        path,
        str(path),
        None,
        original,
        blank_lines=blank_lines,
        malformed=malformed,
        malformed_field="geometry",
        kind=kind,
        from_geometry=from_geometry,
        moved_points=moved,
    )


#: Degrees by which a row's latitude/longitude attributes may differ from its point geometry
#: (rounding, a CRS transformation) before they are said to be elsewhere.
POINT_TOLERANCE = 1e-6


def _moved_points(frame: pd.DataFrame, lats: list[str], lons: list[str]) -> list[int]:
    """Data rows whose latitude/longitude attributes (as a table's loader would find them)
    are numbers more than :data:`POINT_TOLERANCE` away from their point geometry."""
    from mapper.sources._places import find_column
    from mapper.sources.tables import LATITUDE, LONGITUDE

    lat_col, lon_col = find_column(frame.columns, LATITUDE), find_column(frame.columns, LONGITUDE)
    if lat_col is None or lon_col is None:
        return []
    far = np.zeros(len(frame), dtype=bool)
    for column, values in ((lat_col, lats), (lon_col, lons)):
        given = pd.to_numeric(frame[column], errors="coerce").to_numpy(dtype=float)
        point = pd.to_numeric(pd.Series(values), errors="coerce").to_numpy(dtype=float)
        far |= np.abs(given - point) > POINT_TOLERANCE  # NaN (no number, no point): False
    return (np.flatnonzero(far) + 1).tolist()


def _points(geometry) -> tuple[tuple[list[str], list[str]], list[tuple[int, str]]]:
    """(latitudes, longitudes) of each feature's point as text, and the rows that have none
    (a MultiPoint of one point is that point)."""
    geoms = np.array(geometry, dtype=object)
    types = shapely.get_type_id(geoms)
    multi = np.flatnonzero(types == 4)
    one = multi[shapely.get_num_geometries(geoms[multi]) == 1]
    geoms[one], types[one] = shapely.get_geometry(geoms[one], 0), 0
    point = (types == 0) & ~shapely.is_empty(geoms)
    # an empty point has no x or y: only the others are asked
    ys = np.where(point, shapely.get_y(np.where(point, geoms, None)), np.nan).tolist()
    xs = np.where(point, shapely.get_x(np.where(point, geoms, None)), np.nan).tolist()
    # repr: the shortest text that reads back as the same float
    lats = [repr(y) if ok else "" for y, ok in zip(ys, point.tolist(), strict=True)]
    lons = [repr(x) if ok else "" for x, ok in zip(xs, point.tolist(), strict=True)]
    problems = []
    for row in np.flatnonzero(~point).tolist():
        geom = geoms[row]
        what = (
            "no geometry" if geom is None or geom.is_empty else f"a {geom.geom_type}, not a point"
        )
        problems.append((row + 1, f"{what}: an event is a point"))
    return (lats, lons), problems


def _as_text(values: pd.Series) -> list[str]:
    """A column's cells as the text a CSV would hold: "" for missing, dates as ISO dates,
    whole floats without ".0", lists and mappings as JSON."""
    if pd.api.types.is_datetime64_any_dtype(values):
        midnight = (values.dropna() == values.dropna().dt.normalize()).all()
        text = values.dt.strftime("%Y-%m-%d" if midnight else "%Y-%m-%dT%H:%M:%S")
        return text.fillna("").tolist()
    if pd.api.types.is_bool_dtype(values) or pd.api.types.is_integer_dtype(values):
        return values.astype(str).where(values.notna(), "").tolist()
    if pd.api.types.is_float_dtype(values):
        return [_float_text(n) for n in values.to_numpy(dtype=float).tolist()]
    if pd.api.types.infer_dtype(values, skipna=True) in ("string", "empty"):
        return values.where(values.notna(), "").tolist()
    out = []
    for value in values.tolist():
        if value is None:
            out.append("")
        elif isinstance(value, float):
            out.append(_float_text(value))
        elif isinstance(value, list | tuple | dict):
            out.append(json.dumps(value, ensure_ascii=False, default=str))
        else:
            out.append(str(value))
    return out


def _float_text(number: float) -> str:
    """ "" for NaN, a whole number without ".0", else the shortest text that reads back as the
    same float (``repr``)."""
    if number != number:
        return ""
    return str(int(number)) if number.is_integer() and abs(number) < 2**53 else repr(number)
