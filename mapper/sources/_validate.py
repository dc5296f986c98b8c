"""Shared checks for event sources, so every format reports bad input the same way.

A :class:`Checker` wraps one :class:`~mapper.sources._read.RawTable`. Its parsers (ids, dates,
integers, coordinates, codes) return vectorised results and record every problem as
(row, field, reason). :meth:`Checker.finish` then either raises the first problem as a one-line
:class:`~mapper.errors.InputError` naming file, row and field, or, with ``skip_bad_rows``, drops
the bad rows and lists each in ``attrs["rejected"]``: nothing is silently dropped.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence

import geopandas as gpd
import numpy as np
import pandas as pd

from mapper.errors import InputError
from mapper.schema import EVENT_COLUMNS, SYNTHETIC_ATTR, WGS84
from mapper.sources._read import BAD_TEXT, RawTable

#: Myanmar's bounding box (min_lon, min_lat, max_lon, max_lat), with a small margin.
#: The country spans about 92.17-101.17 E and 9.6-28.55 N.
MYANMAR_BOUNDS: tuple[float, float, float, float] = (92.0, 9.5, 101.3, 28.6)

#: When at least this share of a file's valid points lies in Myanmar, points outside are flagged.
MYANMAR_MAJORITY = 0.5

#: Largest count or death toll read: far beyond any real count, and small enough that the
#: sums of millions of rows stay exact in 64 bits (2**53 - 1, allowed before, let 1,100 rows
#: of it overflow a total).
MAX_WHOLE = 10**12

#: The first and last whole days pandas holds (datetime64[ns]); dates outside are flagged.
FIRST_DAY, LAST_DAY = pd.Timestamp.min.ceil("D"), pd.Timestamp.max.floor("D")

#: A time zone after a time ("T22:00:00-05:00", "T22Z"): dropped, so the date stays as written.
_TIME_OFFSET = re.compile(r"([T ]\d{2}(?::?\d{2}){0,2}(?:[.,]\d+)?)\s*(?:Z|[+-]\d{2}(?::?\d{2})?)$")
#: A year, or a year and month, alone ("2021", "2022-03"): read as the 1st of the period.
_PART_DATE = re.compile(r"\d{4}(?:[-/.]\d{1,2})?")
#: A whole number with its thousands grouped by commas ("7,800", "1,234,567").
_GROUPED_WHOLE = re.compile(r"[+-]?\d{1,3}(?:,\d{3})+")
#: A number written with a decimal comma ("19,75", "-0,5"), as in a semicolon-separated CSV.
_DECIMAL_COMMA = re.compile(r"^([+-]?\d*),(\d+)$")
#: A date written with slashes ("13/02/2021", "2/13/2021"): its first two fields.
_SLASH_DATE = re.compile(r"^(\d{1,2})/(\d{1,2})/\d{4}$")
#: strftime codes as a user reads them, for the "expected ..." hint of an unparseable date.
_FORMAT_WORDS = {"%Y": "YYYY", "%m": "MM", "%d": "DD", "%B": "Month", "%b": "Mon"}


def in_myanmar(lat: np.ndarray, lon: np.ndarray) -> np.ndarray:
    """Boolean mask of points inside :data:`MYANMAR_BOUNDS`."""
    minx, miny, maxx, maxy = MYANMAR_BOUNDS
    return (lon >= minx) & (lon <= maxx) & (lat >= miny) & (lat <= maxy)


def join_texts(*parts: pd.Series, sep: str = "; ") -> pd.Series:
    """Join each row's non-missing texts with ``sep`` (missing when all parts are missing)."""
    joined = parts[0]
    for part in parts[1:]:
        both = joined.str.cat(part, sep=sep)
        joined = both.fillna(joined).fillna(part)
    return joined


def _format_names(formats: Iterable[str]) -> str:
    """The date formats as a user reads them: "YYYY-MM-DD or DD/MM/YYYY"."""
    names = []
    for fmt in formats:
        name = "YYYY-MM-DD" if fmt == "ISO8601" else fmt
        for code, word in _FORMAT_WORDS.items():
            name = name.replace(code, word)
        names.append(name)
    return " or ".join(names) if len(names) < 3 else f"{', '.join(names[:-1])} or {names[-1]}"


def month_first_column(raw: pd.Series) -> bool:
    """True when a column's slash dates can only be month first: some value's second field is
    over 12 ("02/13/2021") and no value's first field is. A column that fits both orders, or
    neither, is read day first (the order of most of the world and of Myanmar's own papers)."""
    fields = raw.dropna().str.extract(_SLASH_DATE).dropna().astype(int)
    if fields.empty:
        return False
    return bool((fields[1] > 12).any() and not (fields[0] > 12).any())


def _short(value: object, limit: int = 40) -> str:
    text = str(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


class Checker:
    """Collects problems found in one table; see the module docstring."""

    def __init__(self, table: RawTable) -> None:
        self.table = table
        self.frame = table.frame
        self.rows = self.frame.index.to_numpy() + 1  # 1-based data rows
        self._issues: list[pd.DataFrame] = []
        if table.bad_encoding:
            self._flag_bad_encoding()
        if table.malformed:  # rows set aside unread: rejected as they are
            rows, reasons = zip(*table.malformed, strict=True)
            self._issues.append(
                pd.DataFrame(
                    {"row": list(rows), "field": table.malformed_field, "reason": list(reasons)}
                )
            )

    # -- recording -------------------------------------------------------------------------
    def flag(
        self,
        mask: np.ndarray | pd.Series,
        column: str,
        reason: str,
        values: pd.Series | np.ndarray | _PairText | None = None,
        *,
        shorten: bool = True,
    ) -> None:
        """Record ``reason`` for the rows where ``mask`` holds.

        With ``values`` (aligned with the frame), ``reason`` is a template whose ``{}`` is
        filled with each flagged row's value (cut to 40 characters unless ``shorten`` is off).
        """
        mask = np.asarray(mask, dtype=bool)
        if not mask.any():
            return
        if values is None:
            reasons = np.full(int(mask.sum()), reason, dtype=object)
        else:
            if isinstance(values, _PairText):
                picked = values.pick(mask)
            else:
                picked = np.asarray(values, dtype=object)[mask]
            cut = _short if shorten else str
            reasons = np.array([reason.format(cut(v)) for v in picked], dtype=object)
        self._issues.append(
            pd.DataFrame(
                {"row": self.rows[mask], "field": self.table.name_of(column), "reason": reasons}
            )
        )

    def _flag_bad_encoding(self) -> None:
        for column in self.frame.columns:
            bad = self.frame[column].str.contains(BAD_TEXT, regex=False)
            self.flag(bad, column, "not UTF-8 text; save the file as UTF-8")

    def issues(self) -> pd.DataFrame:
        """All problems so far, one row per (row, field), sorted by row."""
        if not self._issues:
            return pd.DataFrame({"row": [], "field": [], "reason": []})
        found = pd.concat(self._issues, ignore_index=True)
        return found.sort_values("row", kind="stable").reset_index(drop=True)

    # -- columns ---------------------------------------------------------------------------
    def require(self, *columns: str | Sequence[str], what: str = "") -> dict[str, str]:
        """Check required columns; each item is a name or a sequence of alternatives.

        Returns {first alternative: column found}. A missing column is an error even with
        ``skip_bad_rows`` (no row can be read without it).
        """
        found: dict[str, str] = {}
        present = set(self.frame.columns)
        for item in columns:
            names = [item] if isinstance(item, str) else list(item)
            hit = next((name for name in names if name in present), None)
            if hit is None:
                wanted = " or ".join(f"'{n}'" for n in names)
                have = ", ".join(self.table.name_of(c) for c in list(self.frame.columns)[:12])
                kind = f" for {what}" if what else ""
                raise InputError(
                    f"missing required column {wanted}{kind} (columns: {have})",
                    file=self.table.display,
                    field=names[0],
                )
            found[names[0]] = hit
        return found

    def has(self, column: str | None) -> bool:
        return column is not None and column in self.frame.columns

    def text(self, column: str | None) -> pd.Series:
        """Stripped text of a column; empty cells (or an absent column) are missing."""
        if not self.has(column):
            return pd.Series(np.nan, index=self.frame.index, dtype="str")
        values = self.frame[column].str.strip()
        return values.where(values != "", np.nan).astype("str")

    def decimal_points(self, values: pd.Series) -> pd.Series:
        """Texts of numbers with a decimal comma written as a point ("19,75" -> "19.75") in a
        table that writes numbers so (a semicolon-separated CSV)."""
        if not self.table.decimal_comma:
            return values
        return values.str.replace(_DECIMAL_COMMA, r"\1.\2", regex=True)

    # -- value parsers ---------------------------------------------------------------------
    def ids(
        self,
        column: str,
        *,
        label: str = "event id",
        values: pd.Series | None = None,
        required: bool = True,
    ) -> pd.Series:
        """Identifiers: unique (and present, if ``required``); later duplicates are flagged
        with the row of the first.

        ``values`` (aligned with the frame) replaces the column's text, e.g. a composite key.
        """
        values = self.text(column) if values is None else values
        if required:
            self.flag(values.isna(), column, f"missing {label}")
        dup = (values.duplicated(keep="first") & values.notna()).to_numpy()
        if dup.any():
            firsts = values[~values.duplicated(keep="first") & values.notna()]
            first_row = dict(zip(firsts.to_numpy(), firsts.index.to_numpy() + 1, strict=True))
            described = [f"{_short(v)}' (first at row {first_row[v]})" for v in values[dup]]
            full = np.empty(len(values), dtype=object)
            full[dup] = described
            self.flag(dup, column, f"duplicate {label} '{{}}", full)
        return values

    def dates(
        self, column: str, *, formats: Sequence[str] = ("ISO8601",), required: bool = True
    ) -> pd.Series:
        """Dates parsed with the first format that fits each value, as written: a time zone
        after a time is dropped, not converted. Unparseable dates, dates outside pandas' range
        and a year or year-month alone are flagged. A column whose slash dates can only be
        month first (:func:`month_first_column`) reads "%d/%m/%Y" as "%m/%d/%Y"."""
        raw = self.text(column)
        if "%d/%m/%Y" in formats and month_first_column(raw):
            formats = tuple("%m/%d/%Y" if fmt == "%d/%m/%Y" else fmt for fmt in formats)
        written = raw.str.replace(_TIME_OFFSET, r"\1", regex=True)
        parsed = pd.Series(pd.NaT, index=raw.index, dtype="datetime64[ns]")
        too_far = pd.Series(False, index=raw.index)
        todo = raw.notna()
        for fmt in formats:
            if not todo.any():
                break
            attempt = pd.to_datetime(written[todo], format=fmt, errors="coerce")
            if attempt.dt.tz is not None:
                attempt = attempt.dt.tz_localize(None)  # wall time as written
            out = (attempt < FIRST_DAY) | (attempt > LAST_DAY)
            too_far.loc[out.index] |= out
            parsed.loc[attempt.index] = attempt.mask(out).astype("datetime64[ns]")
            todo &= parsed.isna() & ~too_far
        self.flag(todo, column, f"unparseable date '{{}}' (expected {_format_names(formats)})", raw)
        self.flag(
            too_far,
            column,
            f"date out of range '{{}}' (dates must fall between {FIRST_DAY:%Y-%m-%d} and"
            f" {LAST_DAY:%Y-%m-%d})",
            raw,
        )
        partial = parsed.notna() & written.str.fullmatch(_PART_DATE).fillna(False)
        self.flag(partial, column, "incomplete date '{}' (need year, month and day)", raw)
        if required:
            self.flag(raw.isna(), column, "missing date")
        return parsed.mask(partial)

    def integers(
        self, column: str | None, *, required: bool = False, minimum: int | None = 0
    ) -> pd.Series:
        """Whole numbers as Int64 (missing stays NA unless ``required``); others flagged.
        Thousands may be grouped with commas, as reports write counts ("7,800"); other commas
        are decimal commas in a table that writes them (:meth:`decimal_points`: "3,0")."""
        if not self.has(column):
            return pd.Series(pd.NA, index=self.frame.index, dtype="Int64")
        raw = self.text(column)
        number = pd.to_numeric(raw, errors="coerce").astype(float)
        unread = raw[raw.notna() & number.isna()]
        grouped = unread.str.fullmatch(_GROUPED_WHOLE).to_numpy(dtype=bool)
        number[unread.index[grouped]] = pd.to_numeric(unread[grouped].str.replace(",", ""))
        rest = unread[~grouped]
        number[rest.index] = pd.to_numeric(self.decimal_points(rest), errors="coerce")
        bad = raw.notna() & (number.isna() | ~np.isfinite(number) | (number % 1 != 0))
        self.flag(bad, column, "not a whole number: '{}'", raw)
        huge = ~bad & (number.abs() > MAX_WHOLE)
        self.flag(huge, column, f"out of range: '{{}}' (at most {MAX_WHOLE:,} is read)", raw)
        bad |= huge
        if minimum is not None:
            low = ~bad & (number < minimum)
            self.flag(low, column, f"must be >= {minimum}, got {{}}", raw)
            bad |= low
        if required:
            self.flag(raw.isna(), column, "missing value")
        return number.where(~bad).round().astype("Int64")

    def codes(self, column: str, mapping: Mapping[str, str], *, what: str) -> pd.Series:
        """Map code values (e.g. precision 1..7) to labels; missing or unknown codes flagged."""
        raw = self.text(column)
        key = self.decimal_points(raw).str.replace(r"\.0+$", "", regex=True)  # "2.0" (a sheet)
        labels = key.map(dict(mapping))
        allowed = ", ".join(mapping)
        self.flag(raw.isna(), column, f"missing {what}")
        self.flag(
            raw.notna() & labels.isna(),
            column,
            f"unknown {what} '{{}}' (expected one of {allowed})",
            raw,
        )
        return labels.astype("str")

    def coordinates(self, lat_column: str, lon_column: str) -> tuple[np.ndarray, np.ndarray]:
        """Latitude/longitude as floats, flagging missing, non-numeric and out-of-range values,
        (0, 0) (a placeholder for missing coordinates), swapped pairs, and points outside
        Myanmar when most of the file lies inside it.

        Nothing is fixed: a swapped pair is reported, never silently swapped back.
        """
        numbers = {}
        usable = np.ones(len(self.frame), dtype=bool)
        for column in (lat_column, lon_column):
            raw = self.text(column)
            number = pd.to_numeric(self.decimal_points(raw), errors="coerce").to_numpy(float)
            missing = (raw.isna() | raw.str.lower().isin(["nan", "na", "null", "none"])).to_numpy()
            self.flag(missing, column, "missing coordinate")
            self.flag(~missing & np.isnan(number), column, "not a number: '{}'", raw)
            numbers[column] = (raw, number)
            usable &= ~np.isnan(number)
        lat, lon = numbers[lat_column][1], numbers[lon_column][1]
        # Myanmar's longitudes (92-101) are never valid latitudes: a swapped pair is out of range
        swapped = in_myanmar(lon, lat) & ~in_myanmar(lat, lon)
        pair = _PairText(lat, lon)
        self.flag(
            swapped,
            lat_column,
            "latitude/longitude look swapped ({}): if swapped, the point would fall in Myanmar;"
            " fix the file",
            pair,
        )
        usable &= ~swapped
        placeholder = (lat == 0) & (lon == 0)
        self.flag(
            placeholder, lat_column, "coordinates (0, 0): a placeholder for missing coordinates"
        )
        usable &= ~placeholder
        for column, limit in ((lat_column, 90.0), (lon_column, 180.0)):
            raw, number = numbers[column]
            out = ~swapped & ~np.isnan(number) & ~(np.abs(number) <= limit)
            self.flag(out, column, f"{{}} is outside ±{limit:g}", raw)
            usable &= ~out
        inside = in_myanmar(lat, lon)
        if usable.any() and inside[usable].mean() >= MYANMAR_MAJORITY:
            self.flag(
                usable & ~inside,
                lat_column,
                f"point ({{}}) is outside Myanmar, where {inside[usable].mean():.0%} of the"
                " rows lie",
                pair,
            )
        return lat, lon

    # -- result ----------------------------------------------------------------------------
    def finish(
        self,
        columns: Mapping[str, object],
        lat: np.ndarray,
        lon: np.ndarray,
        *,
        skip_bad_rows: bool,
        attrs: Mapping[str, object],
        column_order: Sequence[str] = EVENT_COLUMNS,
    ) -> gpd.GeoDataFrame:
        """Raise the first problem, or drop problem rows (listed in ``attrs["rejected"]``)."""
        issues = self.issues()
        bad_rows = issues["row"].unique()
        if len(issues) and not skip_bad_rows:
            first = issues.iloc[0]
            more = len(bad_rows) - 1
            extra = f" (and {more} more bad rows; --skip-bad-rows skips them)" if more else ""
            raise InputError(
                f"{first['reason']}{extra}",
                file=self.table.display,
                row=int(first["row"]),
                field=str(first["field"]),
            )
        keep = ~np.isin(self.rows, bad_rows)
        data = {}
        for name in column_order:
            value = columns.get(name)
            if isinstance(value, pd.Series):
                data[name] = value[keep].reset_index(drop=True)
            elif isinstance(value, np.ndarray | pd.api.extensions.ExtensionArray):
                data[name] = pd.Series(value[keep])
            else:  # one value for every row (e.g. the dataset name), or None
                data[name] = pd.Series([value] * int(keep.sum()), dtype="str")
        frame = pd.DataFrame(data)
        geometry = gpd.points_from_xy(lon[keep], lat[keep])
        gdf = gpd.GeoDataFrame(frame, geometry=geometry, crs=WGS84)
        gdf.attrs.update(
            {
                "path": str(self.table.path),
                "rows": len(self.frame) + len(self.table.malformed),
                "blank_lines": self.table.blank_lines,
                "rejected": rejected_records(issues),
                SYNTHETIC_ATTR: False,
                **attrs,
            }
        )
        if self.table.moved_points:  # said, not silently replaced
            gdf.attrs["points_differ"] = list(self.table.moved_points)
        return gdf


def rejected_records(issues: pd.DataFrame) -> list[dict[str, object]]:
    """One record per rejected row: {row, field, reason}; several problems are joined."""
    if issues.empty:
        return []
    counts = issues["row"].value_counts()
    firsts = issues.drop_duplicates("row").set_index("row")
    reasons = firsts["reason"].astype(object)
    multi = counts.index[counts.to_numpy() > 1]
    if len(multi):
        several = issues[issues["row"].isin(multi)]
        labelled = several["field"] + ": " + several["reason"]
        joined = labelled.groupby(several["row"]).agg("; ".join)
        reasons.loc[joined.index] = joined
    return [
        {"row": int(row), "field": str(field), "reason": str(reason)}
        for row, field, reason in zip(firsts.index, firsts["field"], reasons, strict=True)
    ]


class _PairText:
    """Lazily formatted "lat, lon" texts: only flagged rows are formatted."""

    def __init__(self, lat: np.ndarray, lon: np.ndarray) -> None:
        self.lat, self.lon = lat, lon

    def __len__(self) -> int:
        return len(self.lat)

    def pick(self, mask: np.ndarray) -> list[str]:
        return [f"{a:g}, {o:g}" for a, o in zip(self.lat[mask], self.lon[mask], strict=True)]
