"""The package frame: the CLI answers, errors are one line, output is written atomically."""

from __future__ import annotations

import json

import pytest

from mapper.errors import InputError
from mapper.fileio import atomic_path, write_text_atomic


def test_cli_help_lists_itself(cli):
    result = cli("--help")
    assert result.returncode == 0
    assert "Usage: mapper" in result.stdout


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["no-such-command"], "No such command 'no-such-command'; see 'mapper --help'"),
        (["map", "--bogus"], "No such option: --bogus"),
        (["map", "--radius", "abc"], "Invalid value for '--radius'"),
    ],
)
def test_usage_errors_are_one_line(cli, args, said):
    result = cli(*args)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("mapper: error: ")
    assert said in result.stderr


@pytest.mark.parametrize(
    "args",
    [
        ["map", "--events", "missing.csv", "-o"],
        ["analyze", "--events", "missing.csv", "-o"],
        ["download", "acled", "-o"],  # before asking for credentials or downloading
        ["events", "synthetic", "5", "-o"],
        ["extract", "missing.txt", "--map"],
    ],
)
def test_an_output_that_cannot_be_written_is_refused_before_the_work(cli, tmp_path, args):
    for target, said in (
        (tmp_path, "is a directory; give a file name"),
        (tmp_path / "file.txt" / "out.html", "cannot write there (a folder on the path is a file)"),
    ):
        (tmp_path / "file.txt").write_text("x", encoding="utf-8")
        result = cli(*args, target)
        assert result.returncode == 2
        assert result.stderr == f"mapper: error: {target}: {said}\n"


def test_a_group_alone_shows_its_help(cli):
    result = cli("counts")
    assert result.returncode == 2
    assert "Usage: mapper counts" in result.stdout + result.stderr
    assert "aggregate" in result.stdout + result.stderr


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


def test_a_full_disk_is_a_one_line_error_and_the_old_file_stays(tmp_path):
    import errno

    from mapper.errors import OutputError

    target = tmp_path / "map.html"
    write_text_atomic(target, "first")
    full = r"map.html: cannot write it \(No space left on device\)"
    with pytest.raises(OutputError, match=full), atomic_path(target):
        raise OSError(errno.ENOSPC, "No space left on device")
    too_large = r"cannot write it \(File too large\)"  # GDAL's errors quote the system's
    with pytest.raises(OutputError, match=too_large), atomic_path(target):
        raise RuntimeError("failed to write feature: File too large")
    assert target.read_text() == "first"
    assert [p.name for p in tmp_path.iterdir()] == ["map.html"]


@pytest.mark.skipif(not hasattr(__import__("os"), "fork"), reason="needs setrlimit (POSIX)")
def test_the_cli_says_when_a_file_outgrows_the_size_limit(tmp_path):
    """A size limit (ulimit -f) or a full disk gave a traceback (exit 1) from every writer."""
    import resource
    import subprocess
    import sys

    def limit():
        resource.setrlimit(resource.RLIMIT_FSIZE, (20_000, 20_000))

    for name in ("s.gpkg", "s.parquet", "s.csv"):
        proc = subprocess.run(
            [sys.executable, "-m", "mapper", "events", "synthetic", "20000", "-o", name],
            cwd=tmp_path, capture_output=True, text=True, preexec_fn=limit, check=False,
        )  # fmt: skip
        assert proc.returncode == 2, proc.stderr
        assert proc.stderr.strip() == f"mapper: error: {name}: cannot write it (File too large)"
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("suffix", [".csv", ".geojson", ".gpkg", ".parquet"])
def test_write_geodataframe_round_trips_by_suffix(tmp_path, suffix):
    import geopandas as gpd
    import pandas as pd
    from shapely.geometry import Point

    from mapper.fileio import write_geodataframe

    frame = gpd.GeoDataFrame(
        {"name": ["Lashio", "Muse"]}, geometry=[Point(97.75, 22.94), Point(97.90, 23.99)], crs=4326
    )
    target = write_geodataframe(frame, tmp_path / f"places{suffix}", layer="places")
    if suffix == ".csv":
        back = pd.read_csv(target)
        assert list(back.columns) == ["name"]
    elif suffix == ".parquet":
        back = gpd.read_parquet(target)
        assert back.geometry.iloc[1].y == pytest.approx(23.99)
    else:
        back = gpd.read_file(target, engine="pyogrio")
        assert back.geometry.iloc[0].x == pytest.approx(97.75)
    assert back["name"].tolist() == ["Lashio", "Muse"]
    assert [p.name for p in tmp_path.iterdir()] == [f"places{suffix}"]


def test_a_geopackage_layer_is_named_after_the_file_by_default(tmp_path):
    import geopandas as gpd
    import pyogrio
    from shapely.geometry import Point

    from mapper.fileio import write_geodataframe

    frame = gpd.GeoDataFrame({"name": ["Lashio"]}, geometry=[Point(97.75, 22.94)], crs=4326)
    target = write_geodataframe(frame, tmp_path / "sites-2024.gpkg")
    assert [name for name, _ in pyogrio.list_layers(target)] == ["sites-2024"]
    # a GeoJSON's "name" too: one named after the temporary file differed on every run
    target = write_geodataframe(frame, tmp_path / "sites-2024.geojson")
    assert json.loads(target.read_text(encoding="utf-8"))["name"] == "sites-2024"


def test_a_geopackage_keeps_a_tables_own_fid_column(tmp_path):
    """A QGIS export's text "fid" column was taken for the GeoPackage's feature id (a
    pyogrio FieldError); it stays a column of its own."""
    import geopandas as gpd
    from shapely.geometry import Point

    from mapper.fileio import write_geodataframe

    frame = gpd.GeoDataFrame({"FID": ["a1", "b2"]}, geometry=[Point(97.75, 22.94)] * 2, crs=4326)
    back = gpd.read_file(write_geodataframe(frame, tmp_path / "t.gpkg"), engine="pyogrio")
    assert back["FID"].tolist() == ["a1", "b2"]


def test_write_geodataframe_refuses_unknown_suffix(tmp_path):
    import geopandas as gpd

    from mapper.fileio import write_geodataframe

    with pytest.raises(ValueError, match="unsupported file type '.xls'"):
        write_geodataframe(gpd.GeoDataFrame(geometry=[]), tmp_path / "x.xls")
    assert list(tmp_path.iterdir()) == []


def test_an_excel_table_holds_text_as_text_never_as_a_formula(tmp_path):
    import zipfile

    import pandas as pd
    import pyogrio

    from mapper.fileio import write_table

    # a place name from a data file that a spreadsheet would otherwise run as a formula
    names = ['=HYPERLINK("http://127.0.0.1/")', "+1", "Lashio"]
    path = write_table(pd.DataFrame({"name": names, "count": [1, 2, 3]}), tmp_path / "t.xlsx")
    with zipfile.ZipFile(path) as book:
        sheet = book.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in sheet  # no cell holds a formula
    got = pyogrio.read_dataframe(path, layer="t")
    assert got["name"].tolist() == names and got["count"].tolist() == [1, 2, 3]
    assert [p.name for p in tmp_path.iterdir()] == ["t.xlsx"]  # atomic: no temporary left


def test_sigterm_ends_a_command_through_python_so_no_temporary_file_is_left(tmp_path):
    import signal

    from mapper.cli._app import _terminate
    from mapper.fileio import atomic_path, write_text_atomic

    target = tmp_path / "map.html"
    write_text_atomic(target, "first")
    with pytest.raises(SystemExit) as stopped, atomic_path(target) as tmp:
        tmp.write_text("half a ma")
        _terminate(signal.SIGTERM, None)  # what the CLI's SIGTERM handler does
    assert stopped.value.code == 128 + signal.SIGTERM
    assert target.read_text() == "first"
    assert [p.name for p in tmp_path.iterdir()] == ["map.html"]


def _mapper_imports(path) -> set[str]:
    """The ``mapper`` modules a source file imports, at its top or inside a function."""
    import ast

    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("mapper"):
            found.add(node.module)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names if alias.name.startswith("mapper"))
    return found


#: the package's layers, lowest first: data flows up, and no module imports a higher layer
_LAYERS = [
    {"errors", "_paths", "fileio", "schema", "outline"},
    {"gazetteer", "geocoders"},
    {"geocoding"},
    {"areas"},
    {"sources"},
    {"analysis"},
    {"maps", "text"},
    {"cli", "__main__", "__init__"},
]
#: the gazetteer's reading of a query, lowest first (address never imports the news reading)
_READING = ["text", "words", "offsets", "parts", "query", "sites", "match", "mentions"]
_READING += ["address", "resolve"]


def test_no_module_imports_a_layer_above_its_own():
    from pathlib import Path

    import mapper

    root = Path(mapper.__file__).parent
    rank = {name: level for level, names in enumerate(_LAYERS) for name in names}
    upward = []
    for path in root.rglob("*.py"):
        own = path.relative_to(root).parts[0].removesuffix(".py")
        for module in _mapper_imports(path):
            other = module.split(".")[1] if "." in module else "__init__"
            if rank[other] > rank[own]:
                upward.append(f"{path.relative_to(root)} imports {module}")
            if own == "gazetteer" and other == "gazetteer" and path.stem in _READING:
                name = module.rsplit(".", 1)[-1]
                if name in _READING and _READING.index(name) > _READING.index(path.stem):
                    upward.append(f"{path.relative_to(root)} imports {module}")
    assert upward == []
    assert "mapper.gazetteer.resolve" not in _mapper_imports(root / "gazetteer" / "address.py")
