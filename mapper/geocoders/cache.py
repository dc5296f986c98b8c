"""A persistent SQLite cache of online geocoder answers (hits and misses).

Each answer is written in its own transaction in WAL mode, so a process killed in the middle of a
batch leaves a consistent database holding every answer committed before the kill, and never a
half-written row (a CHECK constraint rejects incomplete rows outright).
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
import threading
from collections.abc import Iterator
from datetime import UTC, datetime
from os import PathLike
from pathlib import Path
from typing import Any

from mapper.errors import DataUnavailableError

SCHEMA_VERSION = 1

_SCHEMA = """
CREATE TABLE IF NOT EXISTS answers (
    provider   TEXT NOT NULL,
    domain     TEXT NOT NULL,
    params     TEXT NOT NULL,
    query      TEXT NOT NULL,
    found      INTEGER NOT NULL CHECK (found IN (0, 1)),
    name       TEXT,
    address    TEXT,
    latitude   REAL,
    longitude  REAL,
    raw        TEXT,
    fetched_at TEXT NOT NULL,
    PRIMARY KEY (provider, domain, params, query),
    CHECK (found = 0 OR (latitude BETWEEN -90 AND 90 AND longitude BETWEEN -180 AND 180
                         AND raw IS NOT NULL AND address IS NOT NULL))
)
"""

#: Sentinel returned by :meth:`GeocodeCache.get` when a query was never asked.
MISSING: Any = object()


class GeocodeCache:
    """Answers of online geocoders keyed by provider, domain, request parameters and query.

    ``get`` returns :data:`MISSING` when the query was never answered, ``None`` for a cached
    miss, and the answer dict for a cached hit. Safe to share between threads.
    """

    def __init__(self, path: str | PathLike[str]) -> None:
        self.path = Path(path)
        self._lock = threading.Lock()
        with self._errors():
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._conn = sqlite3.connect(self.path, timeout=30, check_same_thread=False)
            self._conn.execute("PRAGMA journal_mode=WAL")
            # NORMAL is crash-safe in WAL mode for a killed process (only power loss can undo
            # the last commits, and never corrupts the database).
            self._conn.execute("PRAGMA synchronous=NORMAL")
            with self._conn:
                self._conn.execute(_SCHEMA)
                self._conn.execute(f"PRAGMA user_version={SCHEMA_VERSION}")

    @contextlib.contextmanager
    def _errors(self) -> Iterator[None]:
        """Report a cache that cannot be used as one line: corrupt (delete it) or not writable."""
        try:
            yield
        except (sqlite3.OperationalError, OSError) as exc:  # read-only, a folder, locked, full
            raise DataUnavailableError(
                f"{self.path}: cannot use the geocoder cache ({exc}); check that the file and"
                " its folder are writable, or set MAPPER_CACHE_DIR to a writable folder"
            ) from None
        except sqlite3.DatabaseError as exc:  # not a database, or a damaged one
            raise DataUnavailableError(
                f"{self.path}: cannot read the geocoder cache ({exc}); delete the file to reset it"
            ) from None

    def get(self, provider: str, domain: str, params: str, query: str) -> dict | None:
        """The cached answer for a query, ``None`` for a cached miss, or :data:`MISSING`."""
        with self._lock, self._errors():
            row = self._conn.execute(
                "SELECT found, name, address, latitude, longitude, raw FROM answers"
                " WHERE provider = ? AND domain = ? AND params = ? AND query = ?",
                (provider, domain, params, query),
            ).fetchone()
        if row is None:
            return MISSING
        found, name, address, latitude, longitude, raw = row
        if not found:
            return None
        return {
            "name": name,
            "address": address,
            "latitude": latitude,
            "longitude": longitude,
            "raw": json.loads(raw),
        }

    def put(self, provider: str, domain: str, params: str, query: str, answer: dict | None) -> None:
        """Store one answer (``None`` stores a miss) in its own committed transaction."""
        if answer is None:
            values: tuple = (0, None, None, None, None, None)
        else:
            values = (
                1,
                answer.get("name"),
                answer["address"],
                float(answer["latitude"]),
                float(answer["longitude"]),
                json.dumps(answer["raw"], ensure_ascii=False, default=str),
            )
        fetched_at = datetime.now(UTC).isoformat(timespec="seconds")
        with self._lock, self._errors(), self._conn:
            self._conn.execute(
                "INSERT OR REPLACE INTO answers (provider, domain, params, query, found, name,"
                " address, latitude, longitude, raw, fetched_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (provider, domain, params, query, *values, fetched_at),
            )

    def __len__(self) -> int:
        with self._lock, self._errors():
            return self._conn.execute("SELECT COUNT(*) FROM answers").fetchone()[0]

    def close(self) -> None:
        """Close the database connection."""
        with self._lock:
            self._conn.close()

    def __enter__(self) -> GeocodeCache:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
