"""Read the MIMU P-code 9.6 database that the ``mm-geo-coder`` package ships as a SQLite file.

Only the file is read; the package's own geocoder is never imported (it falls back to an online
service by itself). Source: Myanmar Information Management Unit (MIMU), Myanmar PCodes Release
9.6, Feb 2025, redistributed in mm-geo-coder (MIT) with attribution.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import importlib.util
import sqlite3
from functools import lru_cache
from pathlib import Path

import pandas as pd

from mapper.errors import DataUnavailableError

DISTRIBUTION = "mm-geo-coder"
SOURCE_NAME = "MIMU Myanmar PCodes Release 9.6 (Feb 2025), via the mm-geo-coder package"
SOURCE_URL = "https://themimu.info/place-codes"

_COLUMNS = (
    "township_pcode, district_saz_pcode, state_pcode, township_eng, district_eng, state_eng, "
    "township_mmr, district_mmr, state_mmr, latitude, longitude"
)


def database_path() -> Path:
    """Path of ``mimu_geo_data_public.db`` inside the installed mm-geo-coder package."""
    spec = importlib.util.find_spec("mm_geo_coder")
    if spec is None or not spec.submodule_search_locations:
        raise DataUnavailableError(
            "the mm-geo-coder package is not installed (pip install mm-geo-coder)"
        )
    package_dir = Path(next(iter(spec.submodule_search_locations)))
    path = package_dir / "database" / "mimu_geo_data_public.db"
    if not path.is_file():
        raise DataUnavailableError(f"{path}: MIMU database missing from mm-geo-coder")
    return path


def source_version() -> str:
    """A string that changes whenever the installed database changes (package version + size)."""
    path = database_path()
    try:
        pkg = importlib.metadata.version(DISTRIBUTION)
    except importlib.metadata.PackageNotFoundError:
        pkg = "unknown"
    stat = path.stat()
    digest = hashlib.sha1(f"{pkg}:{stat.st_size}:{int(stat.st_mtime)}".encode()).hexdigest()[:12]
    return f"{pkg}-{digest}"


def _read(sql: str) -> pd.DataFrame:
    with sqlite3.connect(f"file:{database_path()}?mode=ro", uri=True) as conn:
        return pd.read_sql_query(sql, conn)


@lru_cache(maxsize=1)
def read_villages() -> pd.DataFrame:
    """All 72,569 village rows (about 55k with coordinates); ``latitude``/``longitude`` may be NaN.

    Columns: village_pcode, village_tract_pcode, township_pcode, district_saz_pcode, state_pcode,
    village_eng, village_tract_eng, township_eng, district_eng, state_eng, village_mmr,
    village_tract_mmr, township_mmr, district_mmr, state_mmr, latitude, longitude.
    """
    frame = _read("SELECT * FROM villages")
    frame["village_pcode"] = frame["village_pcode"].astype(str)
    return frame


@lru_cache(maxsize=1)
def read_wards() -> pd.DataFrame:
    """All 3,524 ward rows. Their coordinates are one point per town, repeated for each ward.

    Columns: ward_pcode, town_pcode, township_pcode, district_saz_pcode, state_pcode, ward_eng,
    town_eng, township_eng, district_eng, state_eng, ward_mmr, town_mmr, township_mmr,
    district_mmr, state_mmr, latitude, longitude.
    """
    return _read("SELECT * FROM wards")
