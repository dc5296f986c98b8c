"""Embedded conflict counts: UCDP GED events and deaths by township and state/region.

mapper ships these aggregates (never raw GED rows) in ``data/conflict_counts/`` so that it has a
real offline default. :func:`aggregate_ged` makes them from a GED file (``mapper counts
aggregate GED_FILE``); :func:`embedded_counts` reads the shipped tables back as polygons.

Placement rule (recorded in the metadata as ``placement_rule``):

* **Township.** An event is placed in a township when its location is a township or finer:
  GED ``where_prec`` 1-2 (exact, or within ~25 km of a known point): the township whose polygon
  holds the coordinate (or the nearest one within 5 km, for border and coastal towns). Any
  coarser event whose GED location text names a township (``"<Name> township"``; GED then
  puts the coordinate at that township's centre): the township of that name, found by name
  (spelling-tolerant) among the townships; when the name matches none or several, the one
  holding the coordinate. In the Myanmar GED most events
  2021-2023 are of this kind: coded ``where_prec`` 5 with a location such as "Kalay township".
  Every other event (a district, a state, a road between two towns, a border, a river, the
  country) is *not placed* in a township and is counted in ``unplaced_counts.csv`` with its
  reason; so is a precise event whose coordinate lies outside every township polygon.
* **State/region.** The state of its township when placed; otherwise GED's ``adm_1`` name
  matched to the 15 states/regions (older spellings such as "Karen state" or "Pegu division"
  included); otherwise, unless only the country is known, the state/region polygon holding the
  coordinate. Events that none of these place are counted as not placed at state level.

Counts are kept by calendar month (``month``, YYYY-MM), year and GED type of violence (1
state-based, 2 non-state, 3 one-sided); ``deaths`` is GED's best estimate (``best``).
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Sequence
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd

from mapper._paths import data_dir
from mapper.errors import DataUnavailableError, InputError, OptionError
from mapper.fileio import write_texts_atomic

DATASET = "UCDP GED"
LICENCE = "CC BY 4.0"
CITATION = (
    "Sundberg, Ralph and Erik Melander (2013), 'Introducing the UCDP Georeferenced Event "
    "Dataset', Journal of Peace Research 50(4)"
)
SOURCE_URL = "https://ucdp.uu.se/downloads/"
DEFAULT_SINCE = "2021-02-01"
#: The country whose events the counts are of (GED names it "Myanmar (Burma)", country_id 775).
COUNTRY = "Myanmar"

#: GED type_of_violence code -> label (the label is what mapper.sources.ucdp writes).
VIOLENCE_TYPES: dict[int, str] = {1: "state-based", 2: "non-state", 3: "one-sided"}
_VIOLENCE_CODES = {label: code for code, label in VIOLENCE_TYPES.items()}

#: Precision levels whose coordinate is used to find the township.
TOWNSHIP_PRECISIONS = frozenset({"exact", "near"})

#: A coordinate outside every polygon but this close to one (a town on a border river or the
#: coast that the 1:10m country outline leaves just outside) goes to the nearest polygon.
SNAP_KM = 5.0

#: Files written by :func:`write_counts`.
TOWNSHIP_FILE = "township_counts.csv"
STATE_FILE = "state_counts.csv"
UNPLACED_FILE = "unplaced_counts.csv"
METADATA_FILE = "metadata.json"

#: Older or alternative spellings of the 15 states/regions as GED and others write them.
STATE_ALIASES: dict[str, str] = {
    "karen": "Kayin",
    "karenni": "Kayah",
    "arakan": "Rakhine",
    "tenasserim": "Tanintharyi",
    "irrawaddy": "Ayeyarwady",
    "pegu": "Bago",
    "rangoon": "Yangon",
    "magwe": "Magway",
    "naypyidaw": "Nay Pyi Taw",
    "naypyitaw": "Nay Pyi Taw",
}

PLACEMENT_RULE = (
    "Township: where_prec 1-2 by point-in-polygon of the coordinate (nearest polygon within "
    "5 km for a coordinate just outside, e.g. a border-river town); coarser events only when "
    "the GED location names a township ('<Name> township'), placed in the township of that "
    "name (else the one holding the coordinate, GED's centre of the named township); all other "
    "events (districts, states, roads, borders, rivers, country) are not placed in a township. "
    "State/region: the township's state; else GED adm_1 matched to the 15 states/regions; else "
    "the state polygon holding the coordinate unless only the country is known."
)

_TOWNSHIP_TEXT = re.compile(r"^\s*(?P<name>[^,;()]+?)\s+township\s*$", re.IGNORECASE)
_STATE_WORDS = re.compile(r"\b(state|region|division|union territory|territory)\b", re.I)


# --------------------------------------------------------------------------- reading GED


def _read_ged(path: str | Path, country: str | None) -> gpd.GeoDataFrame:
    """The GED file as normalised events (``mapper.sources.load_events(format="ucdp")``), only
    ``country``'s rows when the file names countries (a global GED download does); a file
    without a country column is read whole, and ``attrs["country"]`` is then absent."""
    from mapper.sources import load_events
    from mapper.sources._country import NoCountryColumnError

    if country is None:
        return load_events(path, format="ucdp")
    try:
        return load_events(path, format="ucdp", country=country)
    except NoCountryColumnError:
        return load_events(path, format="ucdp")


def _infer_version(events: gpd.GeoDataFrame) -> tuple[str | None, bool]:
    """(version, inferred): GED Global YY.1 covers events up to the end of year 20(YY-1)."""
    version = events.attrs.get("version")
    if version:
        return str(version), False
    if events.empty:
        return None, True
    last_year = int(events["date"].max().year)
    return f"{last_year - 2000 + 1}.1", True


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


# --------------------------------------------------------------------------- placement


def name_key(text: object) -> str:
    """Key for comparing place names: lower case, letters and digits only."""
    return re.sub(r"[^0-9a-z]", "", str(text).lower())


def _state_key(text: object) -> str:
    return name_key(_STATE_WORDS.sub(" ", str(text)))


def match_state(names: pd.Series, states: gpd.GeoDataFrame) -> pd.Series:
    """The state/region pcode for each admin-1 name (NA when it names none of them)."""
    lookup = {
        _state_key(name): code for code, name in zip(states["pcode"], states["name"], strict=True)
    }
    by_name = dict(zip(states["name"], states["pcode"], strict=True))
    for alias, name in STATE_ALIASES.items():
        if name in by_name:
            lookup.setdefault(alias, by_name[name])
    keys = names.astype("string").map(_state_key, na_action="ignore")
    return keys.map(lookup).astype("string")


def _named_townships(
    place: pd.Series, point_township: pd.Series, townships: gpd.GeoDataFrame
) -> tuple[pd.Series, pd.Series]:
    """For locations written '<Name> township': (named?, township pcode found for it).

    The township is the best spelling match (rapidfuzz ratio >= 85) of the name; among equal
    matches, or when none matches, the township holding the coordinate.
    """
    from rapidfuzz import fuzz, process

    names = place.astype("string").str.extract(_TOWNSHIP_TEXT, expand=False)
    named = names.notna()
    keys = townships["name"].map(name_key).tolist()
    codes = townships["pcode"].to_numpy()

    def candidates(key: str) -> list[str]:
        matches = process.extract(key, keys, scorer=fuzz.ratio, score_cutoff=85, limit=None)
        if not matches:
            return []
        top = max(score for _, score, _ in matches)
        return [codes[i] for _, score, i in matches if score == top]

    best = {key: candidates(key) for key in names[named].map(name_key).unique()}
    result = pd.Series(pd.NA, index=place.index, dtype="string")
    for idx in np.flatnonzero(named.to_numpy()):
        found = best[name_key(names.iloc[idx])]
        inside = point_township.iloc[idx]
        inside = None if pd.isna(inside) else str(inside)
        if len(found) == 1:
            result.iloc[idx] = found[0]
        elif inside is not None and (not found or inside in found):
            result.iloc[idx] = inside
    return named, result


def place_events(
    events: gpd.GeoDataFrame, townships: gpd.GeoDataFrame, states: gpd.GeoDataFrame
) -> pd.DataFrame:
    """Township and state/region of each event, with the reason when not placed.

    Returns a frame aligned with ``events``: ``township_pcode``, ``state_pcode``,
    ``township_basis`` (how the township was found), ``township_reason`` and ``state_reason``
    (NA when placed). See the module docstring.
    """
    from mapper.areas import assign_areas

    point_township = assign_areas(events, "township", areas=townships, snap_km=SNAP_KM)
    point_state = assign_areas(events, "state", areas=states, snap_km=SNAP_KM)
    precise = events["precision"].isin(TOWNSHIP_PRECISIONS)
    named, named_code = _named_townships(events["place"], point_township, townships)
    township = pd.Series(pd.NA, index=events.index, dtype="string")
    township[precise] = point_township[precise]
    coarse_named = named & ~precise
    township[coarse_named] = named_code[coarse_named]
    reason = pd.Series(pd.NA, index=events.index, dtype="string")
    reason[township.isna()] = "imprecise: " + events["precision"].astype(str)
    reason[township.isna() & precise] = "outside township polygons"
    reason[township.isna() & coarse_named] = "named township outside polygons"

    township_state = dict(zip(townships["pcode"], townships["state_pcode"], strict=True))
    state = township.map(township_state).astype("string")
    from_admin1 = match_state(events["admin1"], states)
    state = state.fillna(from_admin1)
    by_point = events["precision"].ne("country")
    state = state.fillna(point_state.where(by_point))
    state_reason = pd.Series(pd.NA, index=events.index, dtype="string")
    state_reason[state.isna()] = np.where(
        by_point[state.isna()], "outside state polygons, no adm_1", "country only, no adm_1"
    )
    basis = pd.Series(pd.NA, index=events.index, dtype="string")
    basis[township.notna() & precise] = "coordinate (where_prec 1-2)"
    basis[township.notna() & coarse_named] = "named township"
    return pd.DataFrame(
        {
            "township_pcode": township,
            "township_basis": basis,
            "state_pcode": state,
            "township_reason": reason,
            "state_reason": state_reason,
        },
        index=events.index,
    )


# --------------------------------------------------------------------------- aggregation


def _violence_code(event_type: pd.Series) -> pd.Series:
    codes = event_type.map(_VIOLENCE_CODES)
    if codes.isna().any():
        bad = event_type[codes.isna()].iloc[0]
        raise InputError(f"unknown GED type of violence {bad!r}", field="type_of_violence")
    return codes.astype(int)


def _long_table(frame: pd.DataFrame, keys: list[str]) -> pd.DataFrame:
    grouped = frame.groupby([*keys, "year", "month", "violence_type_code"], dropna=False)
    table = grouped.agg(events=("event_id", "size"), deaths=("deaths", "sum")).reset_index()
    table["violence_type"] = table["violence_type_code"].map(VIOLENCE_TYPES)
    return table


def aggregate_ged(
    ged_path: str | Path,
    *,
    since: str | None = DEFAULT_SINCE,
    boundaries: str | Path | None = None,
    command: str | None = None,
    country: str | None = COUNTRY,
) -> tuple[pd.DataFrame, pd.DataFrame, dict]:
    """Count GED events and best-estimate deaths by township and by state/region.

    Returns ``(township_counts, state_counts, metadata)``: long tables with one row per area,
    month and type of violence (``pcode, name, state_pcode, state_name, year, month,
    violence_type_code, violence_type, events, deaths``), and a metadata dict that also holds
    the events not placed (``metadata["unplaced"]``, and the table under
    ``metadata["unplaced_table"]``). Events from ``since`` to the last date in the file count.
    Townships come from ``boundaries`` (a MIMU township file, say) or else the derived areas.
    Only ``country``'s events count (GED's ``country`` or ``country_id`` column; a global GED
    file holds every country's, and an event across the border from a Myanmar town would
    otherwise be snapped into it); ``metadata["country"]`` says which rows were left out.
    """
    from mapper.areas import load_areas

    ged_path = Path(ged_path)
    start = _date(since, "since")  # a bad date fails before the file is read
    events = _read_ged(ged_path, country)
    version, inferred = _infer_version(events)
    if start is None:
        start = events["date"].min()
    window = events[events["date"] >= start]
    if window.empty:
        after = f" on or after {start.date()}" if pd.notna(start) else ""
        raise InputError(f"no events{after}", file=ged_path)
    townships = load_areas("township", boundaries=boundaries)
    states = load_areas("state", boundaries=boundaries)
    placed = place_events(window, townships, states)

    frame = pd.DataFrame(
        {
            "event_id": window["event_id"].to_numpy(),
            "year": window["date"].dt.year.to_numpy(),
            "month": window["date"].dt.strftime("%Y-%m").to_numpy(),
            "violence_type_code": _violence_code(window["event_type"]).to_numpy(),
            "deaths": window["fatalities"].fillna(0).astype(int).to_numpy(),
            "precision": window["precision"].astype(str).to_numpy(),
        }
    ).join(placed.reset_index(drop=True))

    town_meta = townships.set_index("pcode")[["name", "state_pcode", "state_name"]]
    township_counts = _long_table(frame.dropna(subset=["township_pcode"]), ["township_pcode"])
    township_counts = township_counts.rename(columns={"township_pcode": "pcode"}).join(
        town_meta, on="pcode"
    )
    state_names = states.set_index("pcode")["name"]
    state_counts = _long_table(frame.dropna(subset=["state_pcode"]), ["state_pcode"])
    state_counts = state_counts.rename(columns={"state_pcode": "pcode"})
    state_counts["name"] = state_counts["pcode"].map(state_names)
    state_counts["state_pcode"] = state_counts["pcode"]
    state_counts["state_name"] = state_counts["name"]
    columns = ["pcode", "name", "state_pcode", "state_name", "year", "month"]
    columns += ["violence_type_code", "violence_type", "events", "deaths"]
    township_counts = township_counts[columns].sort_values(["pcode", "month", "violence_type_code"])
    state_counts = state_counts[columns].sort_values(["pcode", "month", "violence_type_code"])

    unplaced = _unplaced_table(frame)
    metadata = {
        "dataset": DATASET,
        "version": version,
        "version_inferred": inferred,
        "version_note": (
            "the file does not state its version; GED Global YY.1 ends in year 20(YY-1), and "
            "this file ends in " + str(events["date"].max().year)
            if inferred
            else "as the file states"
        ),
        "attribution": (
            f"UCDP Georeferenced Event Dataset (GED) Global version {version}, {LICENCE}; "
            "Sundberg & Melander 2013"
        ),
        "citation": CITATION,
        "licence": LICENCE,
        "source_url": SOURCE_URL,
        "source_file": ged_path.name,
        "source_sha256": _sha256(ged_path),
        "country": _country_note(events, country),
        "date_range": {
            "start": str(start.date()),
            "end": str(window["date"].max().date()),
            "source_last_date": str(events["date"].max().date()),
        },
        "totals": {"events": int(len(frame)), "deaths": int(frame["deaths"].sum())},
        "totals_by_year": {
            str(year): {"events": int(len(group)), "deaths": int(group["deaths"].sum())}
            for year, group in frame.groupby("year")
        },
        "boundaries": townships.attrs.get("source", ""),
        "placed_in_township_by": {
            str(basis): int(n) for basis, n in frame["township_basis"].value_counts().items()
        },
        "placement_rule": PLACEMENT_RULE,
        "unplaced": {
            level: {
                "events": int(sub["events"].sum()),
                "deaths": int(sub["deaths"].sum()),
                "by_reason": {
                    str(reason): int(n)
                    for reason, n in sub.groupby("reason")["events"].sum().items()
                },
            }
            for level, sub in unplaced.groupby("level")
        },
        "command": command or f"mapper counts aggregate {ged_path}",
        "columns": {
            "pcode": "MIMU P-code of the township or state/region (Bago, Shan merged)",
            "name": "its English name",
            "state_pcode": "P-code of its state/region",
            "state_name": "name of its state/region",
            "year": "calendar year of date_start",
            "month": "calendar month of date_start (YYYY-MM)",
            "violence_type_code": "GED type_of_violence: 1 state-based, 2 non-state, 3 one-sided",
            "violence_type": "the same as a word",
            "events": "number of GED events",
            "deaths": "sum of GED best (best estimate of deaths)",
            "level": "(unplaced_counts.csv) township or state: where they are not placed",
            "reason": "(unplaced_counts.csv) why they were not placed",
            "precision": "(unplaced_counts.csv) their location precision",
        },
        "unplaced_table": unplaced,
    }
    for level in ("township", "state"):
        metadata["unplaced"].setdefault(level, {"events": 0, "deaths": 0, "by_reason": {}})
    return township_counts.reset_index(drop=True), state_counts.reset_index(drop=True), metadata


def _country_note(events: gpd.GeoDataFrame, country: str | None) -> dict:
    """Which country's rows were counted and how many rows of other countries were left out."""
    if "country" not in events.attrs:
        why = "no filter asked for" if country is None else "the file names no country"
        return {"filter": None, "other_countries_left_out": 0, "note": f"every row read: {why}"}
    return {
        "filter": events.attrs["country"],
        "other_countries_left_out": int(events.attrs["filtered_out"]),
        "rows_in_file": int(events.attrs["rows_in_file"]),
    }


def _unplaced_table(frame: pd.DataFrame) -> pd.DataFrame:
    parts = []
    for level in ("township", "state"):
        missing = frame[frame[f"{level}_pcode"].isna()].assign(
            level=level, reason=lambda f, lv=level: f[f"{lv}_reason"]
        )
        keys = ["level", "reason", "precision", "year", "month", "violence_type_code"]
        grouped = missing.groupby(keys, dropna=False)
        parts.append(grouped.agg(events=("event_id", "size"), deaths=("deaths", "sum")))
    table = pd.concat(parts).reset_index()
    table["violence_type"] = table["violence_type_code"].map(VIOLENCE_TYPES)
    return table


def write_counts(
    township_counts: pd.DataFrame,
    state_counts: pd.DataFrame,
    metadata: dict,
    output_dir: str | Path | None = None,
) -> Path:
    """Write the three CSV tables, ``metadata.json`` and README.md (as one set, atomically);
    return the folder."""
    folder = Path(output_dir) if output_dir is not None else data_dir() / "conflict_counts"
    meta = {k: v for k, v in metadata.items() if k != "unplaced_table"}
    meta["files"] = {
        TOWNSHIP_FILE: "events and deaths by township, month and type of violence",
        STATE_FILE: "events and deaths by state/region, month and type of violence",
        UNPLACED_FILE: "events not placed in a township or state/region, by reason",
    }
    write_texts_atomic(
        {
            folder / METADATA_FILE: json.dumps(meta, indent=2, ensure_ascii=False) + "\n",
            folder / TOWNSHIP_FILE: township_counts.to_csv(index=False),
            folder / STATE_FILE: state_counts.to_csv(index=False),
            folder / UNPLACED_FILE: metadata["unplaced_table"].to_csv(index=False),
            folder / "README.md": _readme(meta),
        }
    )
    return folder


def _readme(meta: dict) -> str:
    """A README for the counts folder, written from the metadata so the two always agree."""
    dates = meta["date_range"]
    unplaced = meta["unplaced"]
    by_year = "\n".join(
        f"| {year} | {row['events']} | {row['deaths']} |"
        for year, row in meta["totals_by_year"].items()
    )
    reasons = "\n".join(
        f"- {level}: {info['events']} events ({info['deaths']} deaths)"
        + "".join(f"\n  - {reason}: {n}" for reason, n in info["by_reason"].items())
        for level, info in unplaced.items()
    )
    placed_by = "\n".join(
        f"- by {basis}: {n}" for basis, n in meta["placed_in_township_by"].items()
    )
    files = "\n".join(f"- `{name}`: {what}" for name, what in meta["files"].items())
    columns = "\n".join(f"- `{name}`: {what}" for name, what in meta["columns"].items())
    version_note = f" (inferred: {meta['version_note']})" if meta["version_inferred"] else ""
    country = meta.get("country") or {}
    rows = (
        f"only {country['filter']}'s rows ({country['other_countries_left_out']} rows of other "
        "countries left out)"
        if country.get("filter")
        else country.get("note", "every row read")
    )
    return f"""# Embedded conflict counts (UCDP GED, aggregated)

Events and best-estimate deaths from the UCDP Georeferenced Event Dataset (GED) for Myanmar,
by township and by state/region, by month and type of violence, {dates["start"]} to
{dates["end"]} (the last date in the source). Aggregates only: no GED row is stored here.
mapper uses them as its offline default (`mapper.embedded_counts()`, `mapper counts show`).

**Source and licence.** {meta["attribution"]}. Version {meta["version"]}{version_note}.
Cite: {meta["citation"]}. Data: {meta["source_url"]}

**Made with** `{meta["command"]}` (source file `{meta["source_file"]}`, SHA-256
`{meta["source_sha256"]}`); {rows}.

**Areas.** {meta["boundaries"]}. P-codes are MIMU's; Bago (MMR007, MMR008) and Shan
(MMR014-016) are merged into single units coded MMR007 and MMR014.

**Placement rule.** {meta["placement_rule"]}

## Totals ({meta["totals"]["events"]} events, {meta["totals"]["deaths"]} deaths)

| year | events | deaths |
|---|---|---|
{by_year}

## Placed in a township

{placed_by}

## Not placed

{reasons}

Township counts + events not placed in a township = all events in the window; the same holds
for states/regions.

## Files

{files}
- `metadata.json`: everything above, machine-readable

Columns:

{columns}
"""


# --------------------------------------------------------------------------- reading back


def counts_dir() -> Path:
    """The folder of the shipped counts (``data/conflict_counts``)."""
    return data_dir() / "conflict_counts"


def read_metadata(folder: str | Path | None = None) -> dict:
    """The shipped metadata (version, attribution, date range, placement rule...)."""
    path = Path(folder or counts_dir()) / METADATA_FILE
    if not path.is_file():
        raise DataUnavailableError(f"{path}: embedded conflict counts are missing")
    return json.loads(path.read_text(encoding="utf-8"))


def read_counts(level: str = "township", folder: str | Path | None = None) -> pd.DataFrame:
    """The shipped long table of ``level`` (township or state)."""
    if level not in ("township", "state"):
        raise OptionError(f"level must be township or state, not {level!r}")
    path = Path(folder or counts_dir()) / (TOWNSHIP_FILE if level == "township" else STATE_FILE)
    if not path.is_file():
        raise DataUnavailableError(f"{path}: embedded conflict counts are missing")
    return pd.read_csv(path, dtype={"pcode": str, "state_pcode": str, "month": str})


def _violence_filter(violence_types: Iterable[int | str] | int | str | None) -> list[int] | None:
    """GED codes of the types asked for: one type or several; None (or none given) for all."""
    if violence_types is None:
        return None
    values = [violence_types] if isinstance(violence_types, int | str) else list(violence_types)
    if not values:
        return None
    codes = []
    for value in values:
        text = str(value).strip().lower()
        if text in _VIOLENCE_CODES:
            codes.append(_VIOLENCE_CODES[text])
        elif text.isdigit() and int(text) in VIOLENCE_TYPES:
            codes.append(int(text))
        else:
            allowed = ", ".join(f"{c} ({label})" for c, label in VIOLENCE_TYPES.items())
            raise OptionError(f"unknown type of violence {value!r}; use {allowed}")
    return codes


def _date(value: object, option: str) -> pd.Timestamp | None:
    """``value`` as a timestamp (None when not given); OptionError naming ``--option`` if it is
    no date. A year given as a number (2022) is that year's first day."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    stamp = pd.to_datetime(str(value) if isinstance(value, int) else value, errors="coerce")
    if pd.isna(stamp):
        raise OptionError(f"--{option}: not a date: {value!r} (use YYYY-MM-DD)")
    return stamp.tz_localize(None) if stamp.tzinfo else stamp


#: A window edge given as a month or a year ("2022-03", "2022"): whole months already.
_MONTH_OR_YEAR = re.compile(r"\d{4}(?:-\d{1,2})?")


def _month(value: object, option: str) -> str | None:
    stamp = _date(value, option)
    return None if stamp is None else stamp.strftime("%Y-%m")


def _coverage_warning(
    since: object, until: object, date_range: dict[str, str] | None
) -> str | None:
    """What to tell the user when a window lies outside (or reaches past) the counts' dates.

    ``date_range`` is the metadata's (``start``, ``end``); None when the window is within it.
    """
    start, end = (date_range or {}).get("start"), (date_range or {}).get("end")
    first, last = _month(since, "since"), _month(until, "until")
    if not (start and end) or not (first or last):
        return None
    window = (
        f"{since} to {until}" if first and last else f"from {since}" if first else f"to {until}"
    )
    coverage = f"the counts' coverage, {start} to {end}"
    if (first and first > end[:7]) or (last and last < start[:7]):
        return f"the window {window} lies outside {coverage}: every area has 0 events"
    if (first and first < start[:7]) or (last and last > end[:7]):
        return f"the window {window} reaches beyond {coverage}: only months within it count"
    return None


def _whole_months_note(since: object, until: object) -> str | None:
    """What to tell the user when a window's dates cut into a month (the counts are stored by
    month, so the whole month counts); None for whole months or a month or year alone."""
    cut = []
    for value, option, edge in ((since, "since", "first"), (until, "until", "last")):
        stamp = _date(value, option)
        if stamp is None or _MONTH_OR_YEAR.fullmatch(str(value).strip()):
            continue
        month_edge = stamp.day == 1 if edge == "first" else stamp.is_month_end
        if not month_edge:
            cut.append(f"{option} {value} counts all of {stamp:%Y-%m}")
    if not cut:
        return None
    return "the counts are by month: " + " and ".join(cut)


def embedded_counts(
    level: str = "township",
    *,
    since: str | None = None,
    until: str | None = None,
    violence_types: Sequence[int | str] | int | str | None = None,
    folder: str | Path | None = None,
) -> gpd.GeoDataFrame:
    """Shipped UCDP GED counts as polygons: ``pcode, name, events, deaths, geometry``.

    One row per area of ``level`` (areas without events get 0). ``since``/``until`` select
    calendar months (counts are stored by month: a date selects its whole month);
    ``violence_types`` takes GED codes 1/2/3 or labels, one or several. ``attrs["method"]``
    describes the selection and placement rule (``coverage``: the dates the counts cover;
    ``warning``: set when the window lies outside them, or reaches past them),
    ``attrs["attribution"]`` the source to cite.
    """
    from mapper.areas import load_areas

    table = read_counts(level, folder)
    meta = read_metadata(folder)
    first, last = _month(since, "since"), _month(until, "until")
    if first and last and first > last:
        raise OptionError(f"since ({since}) is after until ({until})")
    keep = pd.Series(True, index=table.index)
    if first:
        keep &= table["month"] >= first
    if last:
        keep &= table["month"] <= last
    # the months the window covers in the counts, whatever the type: "2021-02 to 2023-12" for
    # one-sided violence too, not the months where some row of that type happens to be
    months = sorted(table.loc[keep, "month"].unique())
    codes = _violence_filter(violence_types)
    if codes is not None:
        keep &= table["violence_type_code"].isin(codes)
    sums = table[keep].groupby("pcode")[["events", "deaths"]].sum()
    areas = load_areas(level)
    out = areas[["pcode", "name", "geometry"]].join(sums, on="pcode")
    out[["events", "deaths"]] = out[["events", "deaths"]].fillna(0).astype(int)
    missing = sorted(set(sums.index) - set(areas["pcode"]))
    unplaced = meta.get("unplaced", {}).get(level, {})
    dates = meta.get("date_range") or {}
    out = gpd.GeoDataFrame(out[["pcode", "name", "events", "deaths", "geometry"]], crs=areas.crs)
    out.attrs["method"] = {
        "dataset": meta.get("dataset"),
        "version": meta.get("version"),
        "version_inferred": meta.get("version_inferred"),
        "level": level,
        "months": [months[0], months[-1]] if months else [],
        # the window asked for, as given (none: the counts' first or last month)
        "since": None if since is None else str(since)[:10],
        "until": None if until is None else str(until)[:10],
        "violence_types": [VIOLENCE_TYPES[c] for c in (codes or sorted(VIOLENCE_TYPES))],
        "placement_rule": meta.get("placement_rule"),
        "boundaries": meta.get("boundaries"),
        "geometry": areas.attrs.get("source"),
        "unplaced_events_all_periods": unplaced.get("events"),
        "pcodes_without_geometry": missing,
        "coverage": [dates.get("start"), dates.get("end")],
        "warning": "; ".join(
            note
            for note in (_coverage_warning(since, until, dates), _whole_months_note(since, until))
            if note
        )
        or None,
    }
    out.attrs["attribution"] = meta.get("attribution")
    return out


__all__ = [
    "VIOLENCE_TYPES",
    "aggregate_ged",
    "embedded_counts",
    "match_state",
    "place_events",
    "read_counts",
    "read_metadata",
    "write_counts",
]
