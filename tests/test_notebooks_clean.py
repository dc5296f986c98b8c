"""The notebooks in notebooks/: stored without outputs, on the standard kernel, and the fallbacks
of notebook 03 (shipped counts, synthetic events) run when no events file is given.

CI executes every notebook top to bottom with ``pytest --nbmake notebooks`` (the README's test
command); the tests here check what nbmake does not: what is stored in git, and the branches
of notebook 03 that the default run (with ../shared present) does not take.
"""

from __future__ import annotations

from pathlib import Path

import nbformat
import pytest

NOTEBOOKS = Path(__file__).resolve().parent.parent / "notebooks"
EXPECTED = (
    "01_quickstart.ipynb",
    "02_geocoding.ipynb",
    "03_clashes_near_projects.ipynb",
    "04_text_to_map.ipynb",
)
ALL = sorted(NOTEBOOKS.glob("*.ipynb"))


def _read(path: Path) -> nbformat.NotebookNode:
    notebook = nbformat.read(path, as_version=4)
    nbformat.validate(notebook)
    return notebook


def test_the_four_tutorial_notebooks_exist():
    names = {p.name for p in ALL}
    missing = [name for name in EXPECTED if name not in names]
    assert not missing, f"missing notebooks: {missing}"


@pytest.mark.parametrize("path", ALL, ids=[p.name for p in ALL])
def test_notebook_is_stored_without_outputs(path: Path):
    notebook = _read(path)
    dirty = [
        i
        for i, cell in enumerate(notebook.cells)
        if cell.cell_type == "code" and (cell.outputs or cell.execution_count is not None)
    ]
    assert not dirty, f"{path.name}: code cells {dirty} hold outputs or an execution count"
    attachments = [i for i, c in enumerate(notebook.cells) if c.get("attachments")]
    assert not attachments, f"{path.name}: cells {attachments} carry attachments"


@pytest.mark.parametrize("path", ALL, ids=[p.name for p in ALL])
def test_notebook_uses_the_standard_python3_kernel(path: Path):
    notebook = _read(path)
    assert notebook.metadata.get("kernelspec", {}).get("name") == "python3", path.name
    code = "\n".join(c.source for c in notebook.cells if c.cell_type == "code")
    assert code.strip(), f"{path.name} has no code"
    # notebooks must run on any machine: no absolute paths to this checkout or a home folder
    for marker in ("/work/", "/home/", "/Users/", "C:\\\\"):
        assert marker not in code, f"{path.name} refers to the absolute path {marker!r}"


@pytest.mark.slow
@pytest.mark.parametrize("mode", ["counts", "synthetic"])
def test_clashes_notebook_runs_without_an_events_file(mode: str, monkeypatch, tmp_path):
    """Notebook 03 falls back to the shipped counts or to labelled synthetic events."""
    from nbclient import NotebookClient

    monkeypatch.setenv("MAPPER_EVENTS_FILE", mode)
    monkeypatch.setenv("MPLBACKEND", "Agg")
    path = NOTEBOOKS / "03_clashes_near_projects.ipynb"
    notebook = _read(path)
    client = NotebookClient(
        notebook,
        timeout=300,
        kernel_name="python3",
        resources={"metadata": {"path": str(NOTEBOOKS)}},
    )
    client.execute()
    text = "\n".join(
        out.get("text", "") + str(out.get("data", {}).get("text/plain", ""))
        for cell in notebook.cells
        if cell.cell_type == "code"
        for out in cell.outputs
    )
    assert f"mode: {mode}" in text
    html = "".join(
        str(out.get("data", {}).get("text/html", ""))
        for cell in notebook.cells
        if cell.cell_type == "code"
        for out in cell.outputs
    )
    assert "folium" in html or "leaflet" in html.lower(), "the map was not displayed"
    if mode == "synthetic":
        assert "synthetic" in text.lower()
        assert "synthetic" in html.lower(), "the map of synthetic events is not labelled"
    else:
        assert "area-based approximation" in text
        assert "CC BY 4.0" in text, "the UCDP attribution is not shown"
