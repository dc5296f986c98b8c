"""Finding columns by their usual names, and placing place-name columns with the geocoder."""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence
from typing import Any

import numpy as np
import pandas as pd

from mapper.sources._validate import Checker

#: Gazetteer kind -> precision level of a point geocoded from a name of that kind.
KIND_PRECISION: dict[str, str] = {
    "site": "near",
    "village": "near",
    "ward": "near",
    "town": "near",
    "village_tract": "near",
    "foreign_city": "near",
    "offset": "near",  # "16 miles west of Ngape": a point the text describes
    "township": "district",
    "district": "district",
    "state": "state",
    "foreign_region": "state",
    "country": "country",
}
#: Kinds that are areas with a P-code that ``mapper.areas.load_areas`` has polygons for.
AREA_LEVELS: dict[str, str] = {"township": "township", "state": "state"}


def find_column(columns: Sequence[str], candidates: Sequence[str]) -> str | None:
    """The first of ``candidates`` present in ``columns`` (already lower-case), or None."""
    present = set(columns)
    return next((name for name in candidates if name in present), None)


def looks_like(
    columns: Sequence[str], own: Collection[str], shared: Collection[str], *, at_least: int = 4
) -> bool:
    """True when a header has at least ``at_least`` of a format's columns, one of them its
    ``own`` (a name a generic events table does not use; ``shared`` ones it may use), so that a
    file missing one required column is still recognised (and reported) as that format."""
    present = set(columns)
    mine = present & set(own)
    return bool(mine) and len(mine) + len(present & set(shared)) >= at_least


def default_geocoder() -> Callable[[list[str]], Any]:
    """:func:`mapper.geocoding.geocode` (offline), imported on first use."""
    from mapper.geocoding import geocode

    return geocode


ADMIN1 = ("admin1", "state", "region", "state_region", "adm1_en", "state_name")
ADMIN2 = ("admin2", "district", "adm2_en", "district_name")
ADMIN3 = ("admin3", "township", "adm3_en", "township_name")  # ADMn_EN: OCHA COD-AB tables
#: Admin columns, most specific first: (key, the kind word their names are geocoded with, the
#: column names; "" takes state names as written, "Sagaing" and "Sagaing Region" alike)
ADMIN_COLUMNS = (
    ("admin3", "township", ADMIN3),
    ("admin2", "district", ADMIN2),
    ("admin1", "", ADMIN1),
)


#: Short names a user may give a column of townships or districts (MIMU writes ``TS``).
_SHORT_ADMIN_NAMES: dict[str, str] = {"ts": "township", "tsp": "township", "dt": "district"}


def admin_kind(column: object) -> str:
    """The kind word that names in an admin column are geocoded with: "township" for a
    ``township``, ``admin3``, ``ADM3_EN`` or ``TS`` column, "district" for ``district``,
    ``admin2`` or ``ADM2_EN``, else ""."""
    name = str(column).strip().lower()
    found = next((kind for _, kind, names in ADMIN_COLUMNS if name in names), "")
    return found or _SHORT_ADMIN_NAMES.get(name, "")


#: Place columns named after a kind of area -> the kind word (English, Burmese) that a name in
#: such a column is geocoded with ("Kyaukpyu" in a ``township`` column: "Kyaukpyu Township").
KIND_COLUMNS: dict[str, tuple[str, str]] = {
    "township": ("Township", "မြို့နယ်"),
    "district": ("District", "ခရိုင်"),
    "state": ("State", "ပြည်နယ်"),
    "region": ("Region", "တိုင်းဒေသကြီး"),
}
_MYANMAR_SCRIPT = re.compile("[\u1000-\u109f]")
_FIRST_PART = re.compile(r"\s*(?=[,;])")  # where the first part of "X, Y" ends


def qualify(name: str, column: str) -> str:
    """``name`` with the kind word of ``column`` (see :data:`KIND_COLUMNS`) unless it has one.

    "Kyaukpyu" in a ``township`` column -> "Kyaukpyu Township"; "Kyaukpyu, Rakhine" ->
    "Kyaukpyu Township, Rakhine"; "Sagaing Region", "Lashio town" and distances from a place
    ("10 km north of Lashio") stay as written.
    """
    from mapper.gazetteer.offsets import find_offset
    from mapper.gazetteer.query import parse

    words = KIND_COLUMNS.get(column)
    if words is None or find_offset(name):
        return name
    parsed = parse(name)
    if parsed.problem or any(reading.kind for reading in parsed.target):
        return name
    word = words[1] if _MYANMAR_SCRIPT.search(name) else words[0]
    target, *rest = _FIRST_PART.split(name.rstrip(), maxsplit=1)
    return f"{target} {word}{''.join(rest)}"


def qualified_names(names: pd.Series, qualifiers: Sequence[tuple[pd.Series, str]]) -> pd.Series:
    """``names`` followed by the row's own admin names, so that the geocoder picks the place
    of that name inside them ("Nyaung Pin" + Pakokku township + Magway -> "Nyaung Pin,
    Pakokku Township, Magway"). ``qualifiers``: (values, their column kind, a key of
    :data:`KIND_COLUMNS`, or "" to take them as written), broadest last."""
    out = names.astype(object)
    for values, kind in qualifiers:
        text = values.astype(object)
        if kind:  # each distinct admin name once (a file has few, repeated on many rows)
            worded = {value: qualify(value, kind) for value in text.dropna().unique()}
            # object cells again: pandas may infer its text dtype for the mapped values, which
            # cannot be added to object cells (a crash on a file whose names are all empty)
            text = text.map(worded, na_action="ignore").astype(object)
        # a qualifier that repeats the name adds nothing ("Muse Township" in Muse township)
        repeats = text.str.casefold() == names.astype(str).str.casefold()
        given = (names.notna() & text.notna() & ~repeats).to_numpy()
        out = out.where(~given, out + ", " + text)
    return out


def geocode_column(
    check: Checker,
    column: str,
    geocoder: Callable[[list[str]], Any] | None = None,
    qualifiers: Sequence[tuple[pd.Series, str]] = (),
    *,
    query: Callable[[str], str] | None = None,
) -> pd.DataFrame:
    """Geocode the names in ``column`` (each distinct name once), qualified by the row's own
    admin names (see :func:`qualified_names`); flag names not found.

    ``query`` turns a name into the text geocoded (default: the name as written). Returns a
    frame aligned with the table: latitude, longitude (NaN when not placed), name, kind, pcode,
    admin1, admin3, precision (from the kind), note (the geocoder's note on a placed name: a
    close spelling, a fallback to an area ...; NaN when it has none).
    """
    names = check.text(column)
    check.flag(names.isna(), column, "missing place name")
    if qualifiers:
        names = qualified_names(names, qualifiers).astype("str")
    distinct = names.dropna().unique().tolist()
    found = pd.DataFrame(
        columns=["query", "name", "latitude", "longitude", "kind", "pcode", "admin1", "admin3"]
    )
    if distinct:
        queries = [query(name) for name in distinct] if query else distinct
        result = (geocoder or default_geocoder())(queries)
        found = pd.DataFrame(result).drop(columns="geometry", errors="ignore")
        found["query"] = distinct  # one row per input, in input order (geocode contract)
    by_name = found.drop_duplicates("query").set_index("query")
    placed = by_name.reindex(names.to_numpy())
    placed.index = names.index
    lat = pd.to_numeric(placed.get("latitude"), errors="coerce")
    lon = pd.to_numeric(placed.get("longitude"), errors="coerce")
    unplaced = names.notna() & (lat.isna() | lon.isna())
    reason = placed["reason"] if "reason" in placed else pd.Series(np.nan, index=names.index)
    given = reason.notna() & (reason.astype(str).str.strip() != "")
    why = reason.where(given, "no match in the gazetteer").astype(object)
    described = names.astype(object).str.slice(0, 60).str.cat(why.astype(str), sep="': ")
    check.flag(unplaced, column, "could not place '{}", described, shorten=False)
    out = pd.DataFrame(index=names.index)
    out["latitude"], out["longitude"] = lat, lon
    for key in ("name", "kind", "pcode", "admin1", "admin3"):
        values = placed[key] if key in placed else pd.Series(np.nan, index=names.index)
        out[key] = values.astype("str")
    # a point without a known kind (e.g. from an online geocoder) counts as "near"
    out["precision"] = out["kind"].map(KIND_PRECISION).fillna("near").astype("str")
    out["note"] = reason.where(given & ~unplaced).astype(object)
    return out


def noted_places(check: Checker, column: str, placed: pd.DataFrame) -> list[dict[str, object]]:
    """The rows whose place was found with a note to check ("closest spelling", "located to
    the qualifying township" ...): {row, place, found, note}, for ``attrs["placed_with_note"]``."""
    noted = placed["note"].notna().to_numpy()
    names = check.text(column).to_numpy(dtype=object)
    found = placed["name"].str.cat(placed["admin1"].fillna("?"), sep=", ").to_numpy(dtype=object)
    notes = placed["note"].to_numpy(dtype=object)
    return [
        {"row": int(row), "place": names[i], "found": found[i], "note": notes[i]}
        for i, row in zip(np.flatnonzero(noted), check.rows[noted], strict=True)
    ]


#: Cells that stand for a missing value, as pandas, spreadsheets and databases write one.
MISSING_MARKERS = frozenset({"nan", "NaN", "None", "NULL", "null", "N/A", "n/a", "#N/A", "<NA>"})


def _cell_text(value: object) -> str:
    """A cell as text: a whole number written without ".0" (a ward number 3.0 from a sheet)."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _cells(frame: pd.DataFrame, column: str) -> pd.Series:
    """A column's cells as text objects; empty, blank and missing-value cells ("nan", "None",
    "N/A" ...) missing."""
    cells = frame[column]
    text = cells.astype(object).map(_cell_text, na_action="ignore").str.strip()
    return text.where(cells.notna() & (text != "") & ~text.isin(MISSING_MARKERS)).astype(object)


def _with_own_columns(result: Any, frame: pd.DataFrame) -> Any:
    """The table's own columns, then the geocoding columns (an own column named like one of
    them is kept as ``<name>_input``, or ``<name>_input_2`` ... when that is taken)."""
    import geopandas as gpd

    # compared without case: a GeoPackage cannot hold both "Name" and "name"
    ours = {str(name).casefold() for name in result.columns}
    taken = {str(name).casefold() for name in frame.columns} | ours
    renamed = {}
    for name in frame.columns:
        if str(name).casefold() in ours:
            new, n = f"{name}_input", 2
            while new.casefold() in taken:
                new, n = f"{name}_input_{n}", n + 1
            renamed[name] = new
            taken.add(new.casefold())
    left = frame.rename(columns=renamed).reset_index(drop=True)
    joined = pd.concat([left, pd.DataFrame(result).reset_index(drop=True)], axis=1)
    joined.index = frame.index  # the rows join back to the table they came from
    placed = gpd.GeoDataFrame(joined, geometry="geometry", crs=result.crs)
    placed.attrs.update(result.attrs)
    return placed


def geocode_table(
    frame: pd.DataFrame, column: str, within: Sequence[str] = (), **options: Any
) -> Any:
    """Geocode the place names in ``column`` of a table, each inside its row's own areas.

    ``within``: columns naming the township, district or state/region each place lies in,
    most specific first; "Nyaung Pin" with township "Pakokku" and state "Magway" is geocoded
    as "Nyaung Pin, Pakokku Township, Magway" (a township or admin3 column's names are
    townships). An empty area cell adds nothing; an empty name is left unplaced. Returns a
    GeoDataFrame of the table's rows, its own columns first, then :func:`mapper.geocode`'s
    (query, name, latitude, longitude, kind, pcode, ..., geometry); ``options`` go to
    :func:`mapper.geocode` (``online=``, ``progress=``, ``workers=``).
    """
    from mapper.errors import InputError

    for name in (column, *within):
        if name not in frame.columns:
            present = ", ".join(map(str, frame.columns)) or "(none)"
            raise InputError(f"no column '{name}'; columns present: {present}")
        if (frame.columns == name).sum() > 1:
            raise InputError(f"duplicate column '{name}': name each column once")
    qualifiers = [(_cells(frame, name), admin_kind(name)) for name in within]
    queries = qualified_names(_cells(frame, column), qualifiers)
    result = default_geocoder()(queries.tolist(), **options)
    return _with_own_columns(result, frame)
