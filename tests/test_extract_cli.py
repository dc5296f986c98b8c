"""``mapper extract``: JSON and table output, stdin, the map, and one-line errors."""

from __future__ import annotations

import json

TEXT = (
    "A deep-sea port in Rakhine State's Kyaukphyu is planned. Monitors counted 1,200 clashes, "
    "with at least 90 of these near Chinese projects. The Arakan Army met Ann Thida in Sittwe."
)


def test_help_has_an_example(cli):
    result = cli("extract", "--help")
    assert result.returncode == 0
    assert "Example: mapper extract" in result.stdout


def test_json_from_a_file_with_comparison(cli, tmp_path):
    source = tmp_path / "article.txt"
    source.write_text(TEXT, encoding="utf-8")
    result = cli("extract", str(source), "--radius", "10")
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout)
    # the documented keys, plus the comparison because --radius asked for it
    assert set(out) == {"places", "projects", "figures", "comparison"}
    assert out["comparison"]["computed"]["radius_km"] == 10
    assert out["comparison"]["reported"]["near"] == 90
    places = [(p["text"], p["kind"], p["country"]) for p in out["places"]]
    assert places == [
        ("Rakhine State", "state", "MM"),
        ("Kyaukphyu", "town", "MM"),
        ("Sittwe", "town", "MM"),
    ]
    assert out["projects"][0]["catalogue_id"] == "kyaukphyu-deep-sea-port"
    assert out["projects"][0]["place"] == "Kyaukphyu"
    assert [(f["value"], f["qualifier"]) for f in out["figures"]] == [
        (1200, None),
        (90, "at least"),
    ]


def test_table_from_stdin_with_comparison_and_map(cli, tmp_path):
    target = tmp_path / "map.html"
    result = cli(
        "extract", "-", "--format", "table", "--radius", "25", "--map", str(target), input=TEXT
    )
    assert result.returncode == 0, result.stderr
    assert "Kyaukphyu" in result.stdout and "kyaukphyu-deep-sea-port" in result.stdout
    assert "Reported vs computed" in result.stdout
    assert "the text says at least 90 of 1,200 clashes" in result.stdout
    assert "the data at 25 km says" in result.stdout
    html = target.read_text(encoding="utf-8")
    assert "mapper-text-place" in html and "Reported vs computed" in html


def test_events_options_as_the_other_commands_have_them(cli, tmp_path):
    """Its bad-row error named --skip-bad-rows, which extract did not have; nor --country."""
    events = tmp_path / "events.csv"  # synthetic events: row 1 is bad
    events.write_text("id,date,lat,lon\n1,2022-01-01,abc,96\n2,2022-01-02,22.9,97.7\n")
    stopped = cli("extract", "-", "--events", str(events), input=TEXT)
    assert stopped.returncode == 2 and "row 1, field 'lat'" in stopped.stderr
    skipped = cli("extract", "-", "--events", str(events), "--skip-bad-rows", input=TEXT)
    assert skipped.returncode == 0, skipped.stderr
    assert "skipped 1 bad row(s)" in skipped.stderr
    assert json.loads(skipped.stdout)["comparison"]["computed"]["total"] == 1
    alone = cli("extract", "-", "--country", "Myanmar", input=TEXT)
    assert alone.returncode == 2 and "apply to an --events file" in alone.stderr


def test_errors_are_one_line(cli, tmp_path):
    missing = cli("extract", str(tmp_path / "nope.txt"))
    assert missing.returncode == 2
    assert missing.stderr.strip() == f"mapper: error: {tmp_path / 'nope.txt'}: no such file"
    folder = cli("extract", str(tmp_path))
    assert folder.returncode == 2
    assert folder.stderr.strip() == f"mapper: error: {tmp_path}: is a directory, not a text file"
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe\x00bad")
    binary = cli("extract", str(bad))
    assert binary.returncode == 2 and "not UTF-8" in binary.stderr
    assert "Traceback" not in binary.stderr
    radius = cli("extract", "-", "--radius", "-3", input=TEXT)
    assert radius.returncode == 2 and "--radius" in radius.stderr
    fmt = cli("extract", "-", "--format", "xml", input=TEXT)
    assert fmt.returncode == 2 and "--format" in fmt.stderr


def test_json_lists_each_pipeline_an_article_names(cli):
    result = cli("extract", "-", input="Oil and gas pipelines run through Rakhine and Shan State.")
    assert result.returncode == 0, result.stderr
    projects = json.loads(result.stdout)["projects"]
    assert [(p["text"], p["catalogue_id"]) for p in projects] == [
        ("Oil and gas pipelines", "myanmar-china-crude-oil-pipeline"),
        ("Oil and gas pipelines", "myanmar-china-gas-pipeline"),
    ]


def test_the_text_map_can_work_offline(cli, tmp_path, monkeypatch):
    """``extract --map`` had no --self-contained: with no network its page was blank."""
    import re
    from pathlib import Path

    article = tmp_path / "a.txt"
    article.write_text("Fighting near Lashio and Muse, close to the pipeline.", encoding="utf-8")
    monkeypatch.setenv("MAPPER_CACHE_DIR", str(tmp_path / "cache"))
    out = tmp_path / "a.html"
    refused = cli("extract", article, "--map", out, "--self-contained")
    assert refused.returncode == 2 and "mapper assets fetch" in refused.stderr
    assert len(refused.stderr.strip().splitlines()) == 1 and not out.exists()
    alone = cli("extract", article, "--self-contained")
    assert alone.returncode == 2 and "--self-contained applies to the --map file" in alone.stderr
    node_modules = Path(__file__).resolve().parent.parent / ".ci" / "node_modules"
    if not (node_modules / "leaflet" / "package.json").is_file():
        return  # the npm assets that .ci/run installs: the offline file itself is checked there
    assert cli("assets", "fetch", "--mirror", node_modules).returncode == 0
    done = cli("extract", article, "--map", out, "--self-contained")
    assert done.returncode == 0, done.stderr
    html = out.read_text(encoding="utf-8")
    assert not re.search(r'<script[^>]+src="http|<link[^>]+href="http', html)
    assert "Lashio" in html


def test_spans_count_the_characters_of_the_file_as_stored(cli, tmp_path):
    """A Windows file's CRLF line ends were read as one character: every span after the first
    line was one off per line ("Muse" at 33-37 sliced " Mus")."""
    import json

    article = tmp_path / "crlf.txt"
    article.write_bytes(b"Fighting in Kutkai\r\nand Lashio,\r\nthen Muse.\r\n")
    result = cli("extract", article)
    assert result.returncode == 0, result.stderr
    stored = article.read_bytes().decode("utf-8")
    places = json.loads(result.stdout)["places"]
    assert {p["text"] for p in places} >= {"Kutkai", "Lashio", "Muse"}
    for place in places:
        assert stored[place["start"] : place["end"]] == place["text"]
