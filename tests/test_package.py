"""The package frame: the CLI answers, errors are one line, output is written atomically."""

from __future__ import annotations

import pytest

from mapper.errors import InputError
from mapper.fileio import atomic_path, write_text_atomic


def test_cli_help_lists_itself(cli):
    result = cli("--help")
    assert result.returncode == 0
    assert "Usage: mapper" in result.stdout


def test_unknown_command_is_a_usage_error(cli):
    result = cli("no-such-command")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr


def test_input_error_names_file_row_and_field():
    err = InputError("not a date: 'yesterday'", file="events.csv", row=3, field="event_date")
    assert str(err) == "events.csv, row 3, field 'event_date': not a date: 'yesterday'"


def test_atomic_write_leaves_no_partial_file(tmp_path):
    target = tmp_path / "map.html"
    write_text_atomic(target, "first")
    with pytest.raises(RuntimeError), atomic_path(target) as tmp:
        tmp.write_text("half a ma")
        raise RuntimeError("render failed")
    assert target.read_text() == "first"
    assert [p.name for p in tmp_path.iterdir()] == ["map.html"]
