"""The ``mapper`` command line: a thin face over the Python API.

Each command group lives in its own module and registers itself on :data:`app`.
"""

from __future__ import annotations

import importlib
import importlib.util

from mapper.cli._app import app, run

# one module per command group; each registers its commands on ``app`` when imported
_COMMAND_MODULES = (
    "geocoding",  # mapper geocode, mapper gazetteer build|info
    "projects",  # mapper projects list
    "events",  # mapper events inspect, mapper events download
    "counts",  # mapper counts aggregate|show
    "analyze",  # mapper analyze
    "maps",  # mapper map, mapper demo, mapper assets fetch
    "extract",  # mapper extract
    "downloads",  # mapper download ucdp|acled
)

for _name in _COMMAND_MODULES:
    if importlib.util.find_spec(f"mapper.cli.{_name}") is not None:
        importlib.import_module(f"mapper.cli.{_name}")


def main() -> None:
    """Console-script entry point."""
    run()


__all__ = ["app", "main"]
