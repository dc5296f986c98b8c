"""Data in: conflict events (UCDP GED, ACLED, generic CSV), counts tables, projects, synthetic.

:func:`load_events` reads any supported events file into one normalised GeoDataFrame
(``mapper.schema.EVENT_COLUMNS`` + geometry, EPSG:4326). ``attrs``: ``dataset``, ``version``,
``format``, ``path``, ``rows`` (data rows read), ``rejected`` (list of {row, field, reason}),
``synthetic`` (False). Every data row is either kept or listed in ``rejected``.

Format modules are imported on use; projects, embedded counts and downloads are separate
modules (``mapper.sources.projects`` etc.) that this package never imports eagerly.
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from mapper.errors import InputError, OptionError

if TYPE_CHECKING:
    import geopandas as gpd

#: format name -> module reading it (``read(table, *, skip_bad_rows, ...)``); order = detection.
EVENT_FORMATS: dict[str, str] = {
    "ucdp": "mapper.sources.ucdp",
    "acled": "mapper.sources.acled",
    "table": "mapper.sources.tables",
}
#: Every format detect_format can name (counts tables load with mapper.sources.counts).
FORMATS: tuple[str, ...] = (*EVENT_FORMATS, "counts")
_ALIASES = {"ged": "ucdp", "ucdp_ged": "ucdp", "csv": "table", "generic": "table"}


def _module(fmt: str) -> Any:
    return importlib.import_module(EVENT_FORMATS[fmt])


def detect_format(path: str | os.PathLike[str], *, layer: str | None = None) -> str:
    """Name the format of a file by its columns (for a zip, the CSV inside it; for a file of
    several layers or sheets, ``layer``, else the one called "events").

    Returns one of :data:`FORMATS`: "ucdp", "acled", "table" or "counts".
    """
    from mapper.sources import counts
    from mapper.sources._read import peek_columns

    columns, _ = peek_columns(path, layer=layer)
    for fmt in ("ucdp", "acled"):
        if _module(fmt).matches(columns):
            return fmt
    if counts.matches(columns):
        return "counts"
    if _module("table").matches(columns):
        return "table"
    shown = ", ".join(columns[:12]) or "none"
    raise InputError(
        "cannot tell the format: not a UCDP GED or ACLED file, and no latitude/longitude or"
        f" place-name column (columns: {shown}); pass format=ucdp|acled|table",
        file=path,
    )


def normalise_format(fmt: str) -> str:
    """Accept a format name or alias ("ged", "csv"); raise OptionError for anything else."""
    name = _ALIASES.get(fmt.lower(), fmt.lower())
    if name != "auto" and name not in FORMATS:
        raise OptionError(f"unknown format '{fmt}' (use auto, {', '.join(FORMATS)})")
    return name


def load_events(
    path: str | os.PathLike[str],
    format: str = "auto",
    *,
    skip_bad_rows: bool = False,
    geocoder: Callable[[list[str]], Any] | None = None,
    country: str | None = None,
    layer: str | None = None,
) -> gpd.GeoDataFrame:
    """Load a conflict-events file as a normalised events GeoDataFrame.

    ``format``: "auto" (detected by columns, zip content), "ucdp", "acled" or "table" (a CSV
    with latitude/longitude columns, or a place-name column geocoded offline; ``geocoder``
    replaces :func:`mapper.geocoding.geocode` for that). A GeoPackage, GeoJSON or GeoParquet
    file is read as a table whose points give the coordinates, and an Excel or OpenDocument
    sheet as a CSV would be; ``layer`` names the layer or sheet to read in a file of several
    (default: the one called "events"). Bad input raises a one-line
    :class:`~mapper.errors.InputError` naming file, row and field; with ``skip_bad_rows`` such
    rows are skipped and listed in ``attrs["rejected"]``.

    ``country`` keeps one country's rows of a UCDP GED or ACLED file (name, case-insensitive,
    e.g. "Myanmar" for GED's "Myanmar (Burma)"; or the numeric GED ``country_id`` / ACLED
    ``iso``). Rows of other countries are not checked and not listed as rejected:
    ``attrs["country"]`` names the filter, ``attrs["filtered_out"]`` counts them and
    ``attrs["rows_in_file"]`` counts every data row (``rows`` = kept + rejected, as always).
    Without ``country``, a file naming several countries has ``attrs["countries"]`` (rows per
    country), which the commands warn about.

    Example: ``load_events("ged241-csv.zip").attrs["version"]`` -> ``"24.1"``.
    """
    from mapper.sources._read import read_table

    fmt = normalise_format(format)
    if fmt == "auto":
        fmt = detect_format(path, layer=layer)
    if fmt == "counts":
        raise InputError(
            "this is a counts table (place, count), not one row per event; load it with"
            " mapper.load_counts(), or map it with `mapper map --counts FILE`",
            file=path,
        )
    table = read_table(path, skip_bad_rows=skip_bad_rows, layer=layer, points=True)
    rows_in_file = len(table.frame) + len(table.malformed)
    countries = _countries(table, fmt) if country is None else {}
    if country is not None:
        table = _only_country(table, fmt, country)
    module = _module(fmt)
    if fmt == "table":
        events = module.read(table, skip_bad_rows=skip_bad_rows, geocoder=geocoder)
    else:
        events = module.read(table, skip_bad_rows=skip_bad_rows)
    if len(countries) > 1:  # a global download read whole: said, so that a count is not mixed
        events.attrs["countries"] = countries
    if country is not None:
        events.attrs["country"] = str(country).strip()
        events.attrs["filtered_out"] = rows_in_file - len(table.frame) - len(table.malformed)
        events.attrs["rows_in_file"] = rows_in_file
    return events


def _countries(table, fmt: str) -> dict[str, int]:
    """Rows per country named in a UCDP GED or ACLED table (most first); {} for other files."""
    from mapper.sources._country import COUNTRY_COLUMNS

    name_col = COUNTRY_COLUMNS.get(fmt, ("",))[0]
    if name_col not in table.frame.columns:
        return {}
    counts = table.frame[name_col].str.strip().replace("", "(none)").value_counts()
    return {str(name): int(n) for name, n in counts.items()}


def _only_country(table, fmt: str, country: str):
    """The table with only the rows of ``country`` (row numbers kept); a malformed row set
    aside unread is left out when its country is judged another, else kept (rejected)."""
    from mapper.sources._country import COUNTRY_COLUMNS, country_mask, no_match_message

    if fmt not in COUNTRY_COLUMNS:
        raise OptionError("--country applies to UCDP GED and ACLED files (they name the country)")
    columns = COUNTRY_COLUMNS[fmt]
    mask = country_mask(table.frame, country, columns)
    if not mask.any():
        names = table.frame[columns[0]].unique() if columns[0] in table.frame else []
        raise InputError(no_match_message(country, names), file=table.display, field=columns[0])
    others = set(table.frame.loc[~mask, columns[0]]) if columns[0] in table.frame else set()
    table.frame = table.frame[mask]
    kept = []
    for row, why in table.malformed:
        judged = _malformed_country(table, table.malformed_cells.get(row), country, columns, others)
        if judged is None:
            kept.append((row, f"{why} (its country cannot be told; counted as {country}'s)"))
        elif judged:
            kept.append((row, why))
    table.malformed = kept
    return table


def _malformed_country(table, cells, country: str, columns, others: set[str]) -> bool | None:
    """Whether a malformed row's cells name ``country`` (True) or another country of the
    file (False); None when they do not tell. A row of N extra fields has its country cell at
    the column's own position or up to N after it (the extra fields may come before it)."""
    import pandas as pd

    from mapper.sources._country import country_mask

    header = list(table.frame.columns)
    if not cells or columns[0] not in header:
        return None
    extra = len(cells) - len(header)
    shifted = pd.DataFrame(
        [
            {name: cells[i + shift] for i, name in enumerate(header) if name in columns}
            for shift in range(extra + 1)
        ]
    )
    if country_mask(shifted, country, columns).any():
        return True
    return False if shifted[columns[0]].isin(others).any() else None


__all__ = ["EVENT_FORMATS", "FORMATS", "detect_format", "load_events", "normalise_format"]
