"""The README stays true: its set-up commands, the CLI commands it shows, its figures and credits.

Each ``$ mapper ...`` line of the README's console blocks is parsed by the real CLI (command,
options and arguments; nothing is run), so a renamed command or option breaks this test, not a
reader's first five minutes.
"""

from __future__ import annotations

import json
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest
import typer

REPO = Path(__file__).resolve().parent.parent
README = (REPO / "README.md").read_text(encoding="utf-8")


def _console_commands() -> list[str]:
    blocks = re.findall(r"```console\n(.*?)```", README, re.S)
    return [line[2:].strip() for block in blocks for line in block.splitlines() if line[:2] == "$ "]


MAPPER_LINES = [c for c in _console_commands() if c.startswith("mapper ")]


def _readme_command(name: str) -> str:
    done = subprocess.run(
        [sys.executable, str(REPO / ".ci" / "readme_command.py"), name],
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout.strip()


def test_the_two_setup_commands_install_demo_and_test():
    install, test = _readme_command("install"), _readme_command("test")
    assert "pip install -e ." in install and "mapper demo -o mapper-demo.html" in install
    assert "pip install -e '.[test]'" in test
    assert "pytest --nbmake tests notebooks" in test


def test_the_tour_shows_every_main_command():
    shown = {" ".join(shlex.split(line)[1:3]) for line in MAPPER_LINES}
    shown |= {shlex.split(line)[1] for line in MAPPER_LINES}
    for command in (
        "demo",
        "geocode",
        "events inspect",
        "analyze",
        "map",
        "extract",
        "projects list",
        "counts show",
        "download ucdp",
        "download acled",
    ):
        assert command in shown, f"the README's CLI tour does not show `mapper {command}`"


def _resolve(words: list[str]):
    """The (sub)command named by ``words`` and the arguments left for it."""
    from mapper.cli import app

    command = typer.main.get_command(app)
    path = ["mapper"]
    while hasattr(command, "commands") and words and not words[0].startswith("-"):
        sub = command.commands.get(words[0])
        if sub is None:
            known = ", ".join(sorted(command.commands))
            pytest.fail(f"`{' '.join(path)} {words[0]}` is not a command (known: {known})")
        command, path, words = sub, [*path, words[0]], words[1:]
    return command, path, words


@pytest.mark.parametrize("line", MAPPER_LINES)
def test_readme_command_parses(line: str, tmp_path, monkeypatch):
    """The command, its options and arguments are accepted by the CLI (input files stubbed)."""
    monkeypatch.chdir(tmp_path)
    words = shlex.split(line)[1:]
    for word in words:  # files the README reads: make empty stand-ins so path checks pass
        if re.fullmatch(r"[\w.-]+\.(csv|txt|zip)", word):
            (tmp_path / word).write_text("", encoding="utf-8")
    command, path, args = _resolve(words)
    assert not hasattr(command, "commands"), f"`{' '.join(path)}` needs a subcommand"
    try:
        command.make_context(" ".join(path), list(args))
    except Exception as exc:  # click's UsageError family (typer may vendor its own click)
        message = exc.format_message() if hasattr(exc, "format_message") else str(exc)
        pytest.fail(f"README line `{line}`: {type(exc).__name__}: {message}")


def test_readme_figures_match_the_shipped_counts():
    meta = json.loads((REPO / "data" / "conflict_counts" / "metadata.json").read_text("utf-8"))
    placed = sum(meta["placed_in_township_by"].values())
    text = " ".join(README.split())  # line breaks do not matter
    for figure in (
        f"{meta['totals']['events']:,} events and {meta['totals']['deaths']:,} deaths",
        f"{placed:,} placed in a township",
        f"{meta['unplaced']['township']['events']:,} events too imprecise",
        f"GED Global {meta['version']}",
    ):
        assert figure in text, f"the README does not state {figure!r} (metadata.json)"


def test_readme_credits_every_source_with_its_licence():
    section = README.split("## Where the data comes from", 1)[1].split("\n## ", 1)[0]
    for source, licence in (
        ("MIMU", "Source: MIMU"),
        ("GeoNames", "CC BY 4.0"),
        ("UCDP", "Sundberg"),
        ("ACLED", "may not be redistributed"),
        ("AidData", "ODC-By 1.0"),
        ("OpenStreetMap", "ODbL"),
        ("Global Energy Monitor", "CC BY 4.0"),
        ("geo-maps", "ODbL 1.0"),
    ):
        row = next((r for r in section.splitlines() if source in r and r.startswith("|")), None)
        assert row is not None, f"no row for {source} in the data sources table"
        assert licence in row, f"the {source} row does not state {licence!r}"


def test_readme_names_the_notebooks_that_exist():
    named = set(re.findall(r"`(\d\d_\w+\.ipynb)`", README))
    present = {p.name for p in (REPO / "notebooks").glob("*.ipynb")}
    assert named, "the README names no notebook"
    assert named == present, f"README names {sorted(named)}, notebooks/ holds {sorted(present)}"


@pytest.mark.slow
def test_the_python_tour_runs_and_its_figures_hold(shared_data, tmp_path, monkeypatch):
    """Run the README's Python block on the UCDP GED file; the figures it quotes must come out."""
    block = README.split("## The Python API", 1)[1]
    code = re.search(r"```python\n(.*?)```", block, re.S).group(1)
    ged = shared_data / "ucdp_ged" / "ged_myanmar_1989_2023.csv"
    code = code.replace('"ged_myanmar_1989_2023.csv"', repr(str(ged)))
    monkeypatch.chdir(tmp_path)
    namespace: dict = {}
    exec(compile(code, "README.md (Python tour)", "exec"), namespace)
    result = namespace["result"]
    assert f"{result.overall['near_any']}" in code, "near_any differs from the README's comment"
    assert f"== {result.overall['events']}" in code
    assert (tmp_path / "clashes.html").stat().st_size > 0
    extracted = namespace["ex"]
    assert f"{[p.text for p in extracted.places]}" in code
    assert f"{[f.text for f in extracted.figures]}" in code
    loc = namespace["loc"]
    assert f"{(loc.address, loc.raw['pcode'])}" in code
    assert namespace["placed"]["admin3"].tolist() == ["Pakokku", "Myaing"]
