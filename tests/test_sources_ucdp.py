"""UCDP GED: the real Myanmar file loads with every row accounted for; bad input is reported."""

from __future__ import annotations

import csv
import re
import zipfile
from collections import Counter

import pandas as pd
import pytest

from mapper.errors import InputError
from mapper.schema import EVENT_COLUMNS
from mapper.sources import detect_format, load_events
from mapper.sources.ucdp import WHERE_PREC, version_from_name

GED = "ucdp_ged/ged_myanmar_1989_2023.csv"

# A few GED columns (names from the GED codebook); rows are made-up test fixtures.
HEADER = [
    "id",
    "type_of_violence",
    "side_a",
    "side_b",
    "where_prec",
    "where_coordinates",
    "adm_1",
    "adm_2",
    "latitude",
    "longitude",
    "date_start",
    "date_end",
    "best",
]


def ged_row(i: int, **changes: str) -> dict[str, str]:
    row = {
        "id": str(1000 + i),
        "type_of_violence": str(1 + i % 3),
        "side_a": "Government of Myanmar (Burma)",
        "side_b": "Test group",
        "where_prec": str(1 + i % 7),
        "where_coordinates": f"Test village {i}",
        "adm_1": "Sagaing region",
        "adm_2": "Test district",
        "latitude": f"{21.0 + i * 0.01:.4f}",
        "longitude": f"{95.0 + i * 0.01:.4f}",
        "date_start": f"2022-03-{1 + i % 28:02d}",
        "date_end": f"2022-03-{1 + i % 28:02d}",
        "best": str(i % 5),
    }
    row.update(changes)
    return row


def write_ged(path, rows, header=HEADER, encoding="utf-8"):
    with open(path, "w", newline="", encoding=encoding) as out:
        writer = csv.DictWriter(out, fieldnames=header, extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)
    return path


@pytest.fixture
def ged_file(tmp_path):
    def make(*bad: tuple[int, dict[str, str]], n: int = 10, name: str = "ged_test.csv"):
        rows = [ged_row(i) for i in range(n)]
        for index, changes in bad:
            rows[index].update(changes)
        return write_ged(tmp_path / name, rows)

    return make


# -- the real file --------------------------------------------------------------------------


@pytest.fixture(scope="module")
def real_ged(shared_data):
    return shared_data / GED


@pytest.fixture(scope="module")
def real_events(real_ged):
    return load_events(real_ged)


@pytest.mark.shared
def test_real_file_every_row_accounted_for(real_ged, real_events):
    with open(real_ged, newline="", encoding="utf-8") as handle:
        raw = list(csv.DictReader(handle))
    assert len(raw) == 7374
    rejected = real_events.attrs["rejected"]
    assert len(real_events) + len(rejected) == len(raw) == real_events.attrs["rows"]
    assert all({"row", "field", "reason"} <= set(r) for r in rejected)
    assert detect_format(real_ged) == "ucdp"
    assert list(real_events.columns) == [*EVENT_COLUMNS, "geometry"]
    assert real_events.attrs["dataset"] == "UCDP GED"


def _provenance_where_prec(shared_data) -> dict[str, int]:
    """The where_prec counts stated in ../shared/data/ucdp_ged/PROVENANCE.md."""
    text = (shared_data / "ucdp_ged" / "PROVENANCE.md").read_text(encoding="utf-8")
    line = next(x for x in text.splitlines() if "By `where_prec`" in x)
    pairs = re.findall(r"(\d): ([\d,]+)[;.]", line.split(":", 1)[1])
    return {code: int(n.replace(",", "")) for code, n in pairs}


def _names_township(place: str) -> bool:
    """True for GED locations written as a township ("Kalay township", not "townships")."""
    return re.search(r"\btownship\b", place, re.IGNORECASE) is not None


@pytest.mark.shared
def test_real_file_figures_match_provenance(shared_data, real_ged, real_events):
    years = real_events["date"].dt.year.value_counts()
    assert (years[2021], years[2022], years[2023]) == (855, 1548, 2085)
    assert int(real_events["fatalities"].sum()) == 28721
    types = real_events["event_type"].value_counts()
    assert (types["state-based"], types["non-state"], types["one-sided"]) == (4966, 78, 2330)

    stated = _provenance_where_prec(shared_data)
    assert sorted(stated) == list("1234567") and sum(stated.values()) == 7374
    with open(real_ged, newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    raw = Counter(row["where_prec"] for row in rows)
    assert dict(raw) == stated
    # code-5 locations written "X township" are located to a township (see mapper.sources.ucdp)
    township_5 = sum(
        row["where_prec"] == "5" and _names_township(row["where_coordinates"]) for row in rows
    )
    assert township_5 == 2928
    expected = Counter()
    for code, n in stated.items():
        expected[WHERE_PREC[code]] += n
    expected["state"] -= township_5
    expected["district"] += township_5
    assert real_events["precision"].value_counts().to_dict() == dict(expected)
    assert expected["state"] == stated["4"] + stated["5"] - township_5


@pytest.mark.shared
def test_real_file_values_per_row(real_ged, real_events):
    raw = pd.read_csv(real_ged, dtype=str, keep_default_na=False)
    by_id = real_events.set_index("event_id")
    sample = raw.sample(50, random_state=1)
    for _, row in sample.iterrows():
        event = by_id.loc[row["id"]]
        assert event["date"] == pd.Timestamp(row["date_start"])
        assert event["fatalities"] == int(row["best"])
        assert event.geometry.y == pytest.approx(float(row["latitude"]))
        assert event.geometry.x == pytest.approx(float(row["longitude"]))
        township_5 = row["where_prec"] == "5" and _names_township(row["where_coordinates"])
        assert event["precision"] == ("district" if township_5 else WHERE_PREC[row["where_prec"]])
        assert event["actors"].startswith(row["side_a"])
        assert (event["place"] if isinstance(event["place"], str) else "") == row[
            "where_coordinates"
        ]


def _same_events(got, expected) -> None:
    assert len(got) == len(expected)
    for column in ("event_id", "date", "event_type", "fatalities", "place", "precision"):
        pd.testing.assert_series_equal(got[column], expected[column], check_dtype=False)
    assert got.geometry.geom_equals_exact(expected.geometry, tolerance=1e-9).all()


@pytest.mark.shared
def test_real_file_as_excel_and_semicolon_csv_loads_the_same(tmp_path, real_ged, real_events):
    # UCDP offers GED as Excel too; a spreadsheet set to a decimal comma saves ";" CSVs
    import pyogrio

    frame = pd.read_csv(real_ged, keep_default_na=False, na_values=[""])
    workbook = tmp_path / "GEDEvent_v24_1.xlsx"
    pyogrio.write_dataframe(frame, workbook, driver="XLSX", layer="GEDEvent_v24_1")
    semicolons = tmp_path / "ged_semicolons.csv"
    frame.to_csv(semicolons, sep=";", index=False)
    for path in (workbook, semicolons):
        assert detect_format(path) == "ucdp"
        events = load_events(path)
        _same_events(events, real_events)
        assert events.attrs["rows"] == real_events.attrs["rows"] == 7374
        assert [(r["row"], r["field"]) for r in events.attrs["rejected"]] == [
            (r["row"], r["field"]) for r in real_events.attrs["rejected"]
        ]


@pytest.mark.parametrize("separator", ["\t", ";", "|"])
def test_tab_semicolon_and_bar_separated_files_load_as_csv(tmp_path, ged_file, separator):
    rows = [ged_row(i, where_coordinates=f"Test village {i}, Sagaing") for i in range(4)]
    write_ged(tmp_path / "comma.csv", rows)
    other = tmp_path / ("other.tsv" if separator == "\t" else "other.csv")
    with open(other, "w", newline="", encoding="utf-8") as out:
        writer = csv.DictWriter(out, fieldnames=HEADER, delimiter=separator)
        writer.writeheader()
        writer.writerows(rows)
    expected, got = load_events(tmp_path / "comma.csv"), load_events(other)
    _same_events(got, expected)
    assert got["place"].iloc[1] == "Test village 1, Sagaing"  # a comma inside a field stays
    # a bad value is named by row and field as in a comma-separated file
    rows[2]["latitude"] = "north"
    with open(other, "w", newline="", encoding="utf-8") as out:
        writer = csv.DictWriter(out, fieldnames=HEADER, delimiter=separator)
        writer.writeheader()
        writer.writerows(rows)
    with pytest.raises(InputError, match=r"row 3, field 'latitude'"):
        load_events(other)


def test_an_excel_workbook_of_events_names_bad_cells_by_row(tmp_path):
    import pyogrio

    rows = pd.DataFrame([ged_row(i) for i in range(3)])
    rows["date_start"] = pd.to_datetime(rows["date_start"])  # real Excel dates
    rows["date_end"] = pd.to_datetime(rows["date_end"])
    rows[["best", "where_prec", "type_of_violence"]] = rows[
        ["best", "where_prec", "type_of_violence"]
    ].astype(int)
    path = tmp_path / "events.ods"
    pyogrio.write_dataframe(rows, path, driver="ODS", layer="Sheet1")
    events = load_events(path)
    assert events["event_id"].tolist() == ["1000", "1001", "1002"]
    assert events["date"].dt.strftime("%Y-%m-%d").tolist() == [
        r["date_start"] for r in map(ged_row, range(3))
    ]
    rows.loc[1, "latitude"] = "north"
    path = tmp_path / "events.xlsx"
    pyogrio.write_dataframe(rows, path, driver="XLSX", layer="events")
    pyogrio.write_dataframe(pd.DataFrame({"note": ["made up"]}), path, layer="notes", append=True)
    with pytest.raises(InputError) as info:
        load_events(path)  # of two sheets, the one called "events"
    assert str(info.value) == f"{path}, row 2, field 'latitude': not a number: 'north'"


@pytest.mark.shared
def test_zipped_download_loads_the_same(tmp_path, real_ged, real_events):
    archive = tmp_path / "ged241-csv.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.write(real_ged, "GEDEvent_v24_1.csv")
        zf.writestr("README.txt", "readme")
    assert detect_format(archive) == "ucdp"
    zipped = load_events(archive)
    assert len(zipped) == len(real_events)
    assert zipped.attrs["version"] == "24.1"
    assert (zipped["source_dataset"] == "UCDP GED 24.1").all()
    assert int(zipped["fatalities"].sum()) == int(real_events["fatalities"].sum())


def test_version_from_file_names():
    assert version_from_name("ged241-csv.zip") == "24.1"
    assert version_from_name("GEDEvent_v24_1.csv") == "24.1"
    assert version_from_name("ged231.csv") == "23.1"
    assert version_from_name("ged_myanmar_1989_2023.csv") is None
    assert version_from_name(None, "GEDEvent_v25_1.csv") == "25.1"


# -- generated files: mapping and bad input ---------------------------------------------------


def test_mapping_of_a_small_file(ged_file):
    gdf = load_events(ged_file())
    first = gdf.iloc[0]
    assert first["event_id"] == "1000"
    assert first["event_type"] == "state-based"
    assert first["actors"] == "Government of Myanmar (Burma); Test group"
    assert first["precision"] == "exact"
    assert first["admin1"] == "Sagaing region" and first["admin2"] == "Test district"
    assert pd.isna(first["admin3"])
    assert gdf["precision"].tolist()[:7] == list(WHERE_PREC.values())
    assert gdf.attrs["format"] == "ucdp" and gdf.attrs["version"] is None


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"date_start": "2022-02-30"}, "date_start", "unparseable date '2022-02-30'"),
        ({"date_start": "next week"}, "date_start", "unparseable date"),
        ({"date_start": ""}, "date_start", "missing date"),
        ({"latitude": "123.5"}, "latitude", "outside ±90"),
        ({"longitude": "-190"}, "longitude", "outside ±180"),
        ({"latitude": "NaN"}, "latitude", "missing coordinate"),
        ({"longitude": ""}, "longitude", "missing coordinate"),
        ({"latitude": "21,5"}, "latitude", "not a number"),
        ({"latitude": "96.1", "longitude": "21.9"}, "latitude", "swapped"),
        ({"latitude": "23.8", "longitude": "90.4"}, "latitude", "outside Myanmar"),
        ({"id": "1001"}, "id", "duplicate event id '1001' (first at row 2)"),
        ({"id": ""}, "id", "missing event id"),
        ({"where_prec": "9"}, "where_prec", "unknown where_prec '9'"),
        ({"type_of_violence": "4"}, "type_of_violence", "unknown type_of_violence"),
        ({"best": "-3"}, "best", "must be >= 0"),
        ({"best": "2.5"}, "best", "not a whole number"),
        ({"best": "99999999999999999999"}, "best", "out of range: '99999999999999999999'"),
        ({"date_start": "9999-12-31"}, "date_start", "date out of range '9999-12-31'"),
        ({"date_start": "2022-03"}, "date_start", "incomplete date '2022-03'"),
        ({"date_start": "31/12/2022"}, "date_start", "(expected YYYY-MM-DD)"),
        ({"latitude": "0", "longitude": "0"}, "latitude", "coordinates (0, 0): a placeholder"),
    ],
)
def test_bad_value_names_file_row_and_field(ged_file, changes, field, message):
    path = ged_file((4, changes))
    with pytest.raises(InputError) as info:
        load_events(path)
    err = info.value
    assert (err.file, err.row, err.field) == (str(path), 5, field)
    assert message in str(err)
    assert "\n" not in str(err)

    kept = load_events(path, skip_bad_rows=True)
    assert len(kept) == 9
    assert kept["date"].notna().all() and kept["fatalities"].notna().all()
    [rejected] = kept.attrs["rejected"]
    assert rejected["row"] == 5 and rejected["field"] == field
    assert message in rejected["reason"]


def test_missing_required_column(tmp_path):
    header = [c for c in HEADER if c != "where_prec"]
    path = write_ged(tmp_path / "ged.csv", [ged_row(0)], header=header)
    with pytest.raises(InputError) as info:
        load_events(path, format="ucdp")
    assert info.value.field == "where_prec"
    assert "missing required column 'where_prec'" in str(info.value)
    with pytest.raises(InputError):  # no skipping a missing column
        load_events(path, format="ucdp", skip_bad_rows=True)


@pytest.mark.parametrize(
    "header",
    [
        [c for c in HEADER if c != "where_prec"],
        ["id", "date_start", "type_of_violence", "best", "latitude", "longitude"],
    ],
)
def test_ged_header_missing_a_column_is_detected_and_reported(tmp_path, header):
    """A GED file without where_prec is GED (not a generic table with every point "exact")."""
    path = write_ged(tmp_path / "ged.csv", [ged_row(0)], header=header)
    assert detect_format(path) == "ucdp"
    with pytest.raises(InputError) as info:
        load_events(path, skip_bad_rows=True)
    assert info.value.field == "where_prec"
    assert "missing required column 'where_prec' for a UCDP GED file" in str(info.value)


def test_generic_table_with_ged_like_names_stays_a_table(tmp_path):
    path = tmp_path / "t.csv"
    # a synthetic row
    path.write_text("id,date_start,best,latitude,longitude\n1,2022-03-01,2,21.0,95.0\n")
    assert detect_format(path) == "table"
    assert load_events(path)["precision"].tolist() == ["exact"]


def test_several_problems_in_one_row_are_all_reported(ged_file):
    path = ged_file((2, {"date_start": "x", "best": "many"}), (6, {"latitude": ""}))
    with pytest.raises(InputError, match="and 1 more bad rows"):
        load_events(path)
    gdf = load_events(path, skip_bad_rows=True)
    assert len(gdf) + len(gdf.attrs["rejected"]) == gdf.attrs["rows"] == 10
    first, second = gdf.attrs["rejected"]
    assert first["row"] == 3 and "date_start" in first["reason"] and "best" in first["reason"]
    assert second["row"] == 7 and second["field"] == "latitude"


def test_empty_and_header_only_files(tmp_path):
    empty = tmp_path / "empty.csv"
    empty.write_text("")
    with pytest.raises(InputError, match="file is empty"):
        load_events(empty)
    header_only = write_ged(tmp_path / "header.csv", [])
    with pytest.raises(InputError, match="no data rows"):
        load_events(header_only)


def test_wrong_encoding_names_the_row_and_field(tmp_path):
    rows = [ged_row(i) for i in range(5)]
    rows[3]["where_coordinates"] = "Café village"
    path = write_ged(tmp_path / "latin1.csv", rows, encoding="latin-1")
    with pytest.raises(InputError) as info:
        load_events(path)
    assert (info.value.row, info.value.field) == (4, "where_coordinates")
    assert "not UTF-8" in str(info.value)
    kept = load_events(path, skip_bad_rows=True)
    assert len(kept) == 4 and kept.attrs["rejected"][0]["row"] == 4


def test_utf16_and_binary_files_are_rejected(tmp_path):
    utf16 = tmp_path / "utf16.csv"
    utf16.write_text("id,date_start\n1,2022-01-01\n", encoding="utf-16")
    with pytest.raises(InputError, match="UTF-16"):
        load_events(utf16)
    binary = tmp_path / "data.csv"
    binary.write_bytes(b"\x00\x01\x02garbage")
    with pytest.raises(InputError, match="not a text CSV"):
        load_events(binary)


def test_zip_without_csv_and_missing_file(tmp_path):
    archive = tmp_path / "ged.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("notes.pdf", "x")
    with pytest.raises(InputError, match="no CSV file inside the zip"):
        load_events(archive)
    with pytest.raises(InputError, match="no such file"):
        load_events(tmp_path / "absent.csv")


def test_blank_lines_keep_spreadsheet_row_numbers(tmp_path, ged_file):
    path = ged_file()
    lines = path.read_text().splitlines()
    lines.insert(3, "")  # a blank line after data row 2
    lines[6] = lines[6].replace("2022-03-05", "someday")  # data row 6 counting the blank line
    path.write_text("\n".join(lines) + "\n")
    with pytest.raises(InputError) as info:
        load_events(path)
    assert info.value.row == 6
    gdf = load_events(path, skip_bad_rows=True)
    assert len(gdf) == 9 and gdf.attrs["rows"] == 10 and gdf.attrs["blank_lines"] == 1


def test_country_filter_judges_the_country_of_a_malformed_row(tmp_path):
    # made-up rows of two countries; rows 2 (Myanmar), 4 (Thailand) and 6 (no country name)
    # hold an unquoted comma in side_b, so their cells after it are one place to the right
    header = [*HEADER, "country", "country_id"]
    rows = [ged_row(i, country="Myanmar (Burma)", country_id="775") for i in range(4)]
    rows += [ged_row(i, country="Thailand", country_id="800") for i in range(4, 6)]
    rows[3].update(country="Thailand", country_id="800")
    rows[5]["country"] = ""
    for row in (1, 3, 5):
        rows[row]["side_b"] = "KNU, KNLA"
    path = write_ged(tmp_path / "ged_two_countries.csv", rows, header)
    text = path.read_text(encoding="utf-8").replace('"KNU, KNLA"', "KNU, KNLA")
    path.write_text(text, encoding="utf-8")
    events = load_events(path, country="Myanmar", skip_bad_rows=True)
    assert events.attrs["rows_in_file"] == 6
    assert events["event_id"].tolist() == ["1000", "1002"]
    rejected = events.attrs["rejected"]
    assert [r["row"] for r in rejected] == [2, 6]  # the Thai row 4 is not Myanmar's
    assert [r["reason"] for r in rejected] == [
        "has 16 fields where the header has 15",
        "has 16 fields where the header has 15 (its country cannot be told; counted as Myanmar's)",
    ]
    assert events.attrs["filtered_out"] == 2  # rows 4 and 5
    assert events.attrs["rows"] + events.attrs["filtered_out"] == 6
    thai = load_events(path, country="800", skip_bad_rows=True)
    assert [r["row"] for r in thai.attrs["rejected"]] == [4, 6]  # row 6: its code is 800
    assert (thai.attrs["rows"], thai.attrs["filtered_out"]) == (3, 3)
