"""Shared test fixtures: paths to ../shared, the CLI runner, a local HTTP server, Chromium."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.localserver import LocalServer, Route

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"


@pytest.fixture(scope="session")
def repo_dir() -> Path:
    return REPO


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """``../shared/data`` (public reference data); the test is skipped when it is absent."""
    path = SHARED / "data"
    if not path.is_dir():
        pytest.skip("../shared/data is absent")
    return path


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    """``../shared/seeds`` (the two seed news articles); skipped when absent. Never copy them."""
    path = SHARED / "seeds"
    if not path.is_dir() or not any(path.glob("*.txt")):
        pytest.skip("../shared/seeds is absent")
    return path


def run_cli(*args: str, input: str | None = None, cwd: Path | None = None):
    """Run ``python -m mapper ARGS`` in a subprocess, as a user's shell would."""
    return subprocess.run(
        [sys.executable, "-m", "mapper", *map(str, args)],
        capture_output=True,
        text=True,
        input=input,
        cwd=cwd,
        timeout=600,
    )


@pytest.fixture
def cli():
    """Callable running the ``mapper`` CLI in a subprocess; returns CompletedProcess."""
    return run_cli


@pytest.fixture
def local_server() -> Iterator[LocalServer]:
    """An HTTP server on 127.0.0.1 (random port) that the test fills with routes."""
    server = LocalServer()
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="session")
def chromium() -> str:
    """Path of Debian's headless chromium; the test is skipped when it is not installed."""
    path = shutil.which("chromium") or shutil.which("chromium-browser")
    if path is None:
        pytest.skip("chromium is not installed (apt-get install chromium)")
    return path


__all__ = ["Route", "run_cli"]
