"""Where mapper finds its shipped data and keeps its caches."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from mapper.errors import OutputError

PACKAGE_DIR = Path(__file__).resolve().parent


def data_dir() -> Path:
    """The folder of curated data: ``data/`` in a checkout, ``mapper/_data`` in a wheel.

    ``MAPPER_DATA_DIR`` overrides it.
    """
    override = os.environ.get("MAPPER_DATA_DIR")
    if override:
        return Path(override)
    installed = PACKAGE_DIR / "_data"
    if installed.is_dir():
        return installed
    return PACKAGE_DIR.parent / "data"


def cache_dir(*parts: str) -> Path:
    """A folder under the user's cache directory (``MAPPER_CACHE_DIR`` overrides), created.

    Raises :class:`~mapper.errors.OutputError` (one line on the CLI) when it cannot be made.
    """
    base = os.environ.get("MAPPER_CACHE_DIR") or platformdirs.user_cache_dir("mapper")
    path = Path(base, *parts)
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(
            f"cannot create the cache folder {path} ({exc.strerror or exc});"
            " set MAPPER_CACHE_DIR to a writable folder"
        ) from None
    return path
