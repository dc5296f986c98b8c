"""Generic events CSVs: coordinate columns found by name, or place names geocoded offline."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from mapper.errors import InputError
from mapper.schema import EVENT_COLUMNS
from mapper.sources import detect_format, load_events


def write(path, text):
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("lat", "lon"),
    [("latitude", "longitude"), ("Lat", "Lng"), ("LAT", "long"), ("y", "x"), ("lat", "lon")],
)
def test_coordinate_columns_found_by_name(tmp_path, lat, lon):
    path = write(
        tmp_path / "mine.csv",
        f"id,date,{lat},{lon},Deaths,type\n"
        "a1,2023-01-05,19.42,93.55,3,clash\n"
        "a2,2023-01-06,21.99,95.10,,airstrike\n",
    )
    assert detect_format(path) == "table"
    gdf = load_events(path)
    assert list(gdf.columns) == [*EVENT_COLUMNS, "geometry"]
    assert gdf["event_id"].tolist() == ["a1", "a2"]
    assert gdf.geometry.y.tolist() == [19.42, 21.99]
    assert gdf.geometry.x.tolist() == [93.55, 95.10]
    assert gdf["fatalities"].iloc[0] == 3 and pd.isna(gdf["fatalities"].iloc[1])
    assert gdf["event_type"].tolist() == ["clash", "airstrike"]
    assert (gdf["precision"] == "exact").all()
    assert gdf["source_dataset"].iloc[0] == "CSV mine.csv"
    assert gdf.attrs["synthetic"] is False


def test_without_id_rows_get_numbered_ids(tmp_path):
    path = write(tmp_path / "t.csv", "lat,lon,date\n19.4,93.5,2022-01-01\n20.1,94.0,2022-01-02\n")
    assert load_events(path)["event_id"].tolist() == ["ROW-1", "ROW-2"]


def test_precision_column_is_used_and_checked(tmp_path):
    path = write(
        tmp_path / "t.csv",
        "lat,lon,precision\n19.4,93.5,State\n20.1,94.0,\n20.2,94.1,roughly\n",
    )
    with pytest.raises(InputError, match="unknown precision 'roughly'") as info:
        load_events(path)
    assert (info.value.row, info.value.field) == (3, "precision")
    gdf = load_events(path, skip_bad_rows=True)
    assert gdf["precision"].tolist() == ["state", "exact"]


def test_half_a_coordinate_pair_is_an_error(tmp_path):
    path = write(tmp_path / "t.csv", "latitude,place\n19.4,Kyaukphyu\n")
    with pytest.raises(InputError, match="missing required column 'longitude'"):
        load_events(path)


def test_undetectable_file(tmp_path):
    path = write(tmp_path / "t.csv", "foo,bar\n1,2\n")
    with pytest.raises(InputError, match="cannot tell the format"):
        load_events(path)


def test_swapped_columns_reported_not_fixed(tmp_path):
    rows = "\n".join(f"{96 + i / 10},{20 + i / 10}" for i in range(5))
    path = write(tmp_path / "t.csv", "latitude,longitude\n" + rows + "\n")
    with pytest.raises(InputError, match="swapped") as info:
        load_events(path)
    assert info.value.row == 1
    # the reason must not read as if the tool had swapped the row back
    assert info.value.detail.startswith(
        "latitude/longitude look swapped (96, 20): if swapped, the point would fall in Myanmar;"
        " fix the file"
    )
    gdf = load_events(path, skip_bad_rows=True)
    assert len(gdf) == 0 and len(gdf.attrs["rejected"]) == 5


# -- values that pandas cannot hold, placeholders, partial and zoned dates ----------------------


def one_bad_row(tmp_path: Path, header: str, bad: str, good: str) -> Path:
    """A synthetic events file (made-up rows): a bad first row, then two good ones."""
    return write(tmp_path / "t.csv", f"{header}\n{bad}\n{good}\n{good}\n")


@pytest.mark.parametrize("date", ["9999-12-31", "1500-01-01", "2262-04-12", "31/12/9999"])
def test_date_outside_pandas_range_is_flagged(tmp_path, date):
    path = one_bad_row(tmp_path, "date,lat,lon", f"{date},19.42,93.55", "2022-01-01,22.9,97.7")
    with pytest.raises(InputError, match=f"date out of range '{date}'") as info:
        load_events(path)
    assert (info.value.row, info.value.field) == (1, "date")
    gdf = load_events(path, skip_bad_rows=True)
    assert gdf["date"].tolist() == [pd.Timestamp("2022-01-01")] * 2
    [rejected] = gdf.attrs["rejected"]
    assert rejected["row"] == 1 and "date out of range" in rejected["reason"]


def test_huge_whole_number_is_out_of_range(tmp_path):
    huge = "99999999999999999999"
    path = one_bad_row(tmp_path, "lat,lon,fatalities", f"19.42,93.55,{huge}", "22.9,97.7,2")
    with pytest.raises(InputError, match=f"out of range: '{huge}'") as info:
        load_events(path)
    assert (info.value.row, info.value.field) == (1, "fatalities")
    gdf = load_events(path, skip_bad_rows=True)
    assert gdf["fatalities"].tolist() == [2, 2] and gdf.attrs["rejected"][0]["row"] == 1


def test_totals_of_the_largest_counts_read_do_not_overflow(tmp_path, cli):
    """2**53 - 1 was read, and 1,100 rows of it made a negative total in `events inspect`."""
    rows = "".join(f"22.9,97.7,{10**12}\n" for _ in range(1100))
    path = write(tmp_path / "t.csv", f"lat,lon,fatalities\n{rows}22.9,97.7,{10**12 + 1}\n")
    with pytest.raises(InputError, match="row 1101.*out of range.*at most 1,000,000,000,000"):
        load_events(path)
    proc = cli("events", "inspect", str(path), "--skip-bad-rows", "--format", "json")
    assert json.loads(proc.stdout)["fatalities"] == 1100 * 10**12


def test_zero_zero_is_a_placeholder_even_when_most_rows_have_it(tmp_path):
    # synthetic rows: three at (0, 0), one in Myanmar
    path = write(tmp_path / "t.csv", "lat,lon\n0,0\n0.0,-0\n0,0\n22.9,97.7\n0,5\n")
    with pytest.raises(InputError, match=r"coordinates \(0, 0\): a placeholder") as info:
        load_events(path)
    assert (info.value.row, info.value.field) == (1, "lat")
    gdf = load_events(path, skip_bad_rows=True)
    assert [r["row"] for r in gdf.attrs["rejected"]] == [1, 2, 3, 5]  # (0, 5): outside Myanmar
    assert gdf.geometry.y.tolist() == [22.9]


def test_time_zone_is_dropped_not_converted(tmp_path):
    # synthetic rows: a local evening, written with its UTC offset, must stay on its own date
    path = write(
        tmp_path / "t.csv",
        "date,lat,lon\n"
        "2021-01-31T22:00:00-05:00,19.42,93.55\n"
        "2021-01-31T23:30:00+06:30,19.42,93.55\n"
        "2021-02-01T01:00Z,19.42,93.55\n"
        "2021-02-02,19.42,93.55\n",
    )
    gdf = load_events(path)
    assert gdf["date"].tolist() == [
        pd.Timestamp("2021-01-31 22:00"),
        pd.Timestamp("2021-01-31 23:30"),
        pd.Timestamp("2021-02-01 01:00"),
        pd.Timestamp("2021-02-02"),
    ]


@pytest.mark.parametrize("date", ["2021", "2022-03", "2022/3"])
def test_year_or_month_alone_is_an_incomplete_date(tmp_path, date):
    path = one_bad_row(tmp_path, "date,lat,lon", f"{date},19.42,93.55", "2022-03-05,22.9,97.7")
    with pytest.raises(InputError) as info:
        load_events(path)
    assert (info.value.row, info.value.field) == (1, "date")
    assert f"incomplete date '{date}' (need year, month and day)" in str(info.value)
    gdf = load_events(path, skip_bad_rows=True)
    assert len(gdf) == 2 and "incomplete date" in gdf.attrs["rejected"][0]["reason"]


def test_slash_dates_are_day_first_and_the_error_says_so(tmp_path):
    path = one_bad_row(tmp_path, "date,lat,lon", "02/13/2021,19.42,93.55", "13/02/2021,22.9,97.7")
    with pytest.raises(InputError) as info:
        load_events(path)
    assert (info.value.row, info.value.field) == (1, "date")
    assert "unparseable date '02/13/2021' (expected YYYY-MM-DD, DD/MM/YYYY," in str(info.value)
    gdf = load_events(path, skip_bad_rows=True)
    assert gdf["date"].tolist() == [pd.Timestamp("2021-02-13")] * 2


def test_a_column_of_month_first_dates_is_read_month_first(tmp_path):
    # synthetic rows; "03/04/2021" alone fits both orders: the column's "02/13/2021" decides
    text = "date,lat,lon\n02/13/2021,19.42,93.55\n03/04/2021,22.9,97.7\n12/31/2021,21.9,95.1\n"
    gdf = load_events(write(tmp_path / "us.csv", text))
    assert gdf["date"].tolist() == [
        pd.Timestamp("2021-02-13"),
        pd.Timestamp("2021-03-04"),
        pd.Timestamp("2021-12-31"),
    ]
    # a column that fits both orders stays day first
    text = "date,lat,lon\n03/04/2021,19.42,93.55\n05/06/2021,22.9,97.7\n"
    gdf = load_events(write(tmp_path / "either.csv", text))
    assert gdf["date"].tolist() == [pd.Timestamp("2021-04-03"), pd.Timestamp("2021-06-05")]


@pytest.mark.parametrize("header", ["id,date,lat,lat,lon", "id,date,lat,LAT ,lon"])
def test_column_written_twice_is_an_error(tmp_path, header):
    path = write(tmp_path / "t.csv", f"{header}\nE1,2022-01-01,19.42,19.42,93.55\n")  # synthetic
    for call in (detect_format, load_events):
        with pytest.raises(InputError, match=r"column '(lat|LAT )' appears twice in the header"):
            call(path)


# -- place names, geocoded offline --------------------------------------------------------------


@pytest.fixture(scope="module")
def geocoder_available():
    pytest.importorskip("mapper.geocoding")


def test_place_names_are_geocoded_and_failures_reported(tmp_path, geocoder_available):
    path = write(
        tmp_path / "places.csv",
        "date,place,fatalities\n"
        "2023-03-01,Kyaukphyu,2\n"
        "2023-03-02,Salingyi Township,0\n"
        "2023-03-03,Qqqzzx Nowhere,1\n"
        "2023-03-04,Kyaukphyu,5\n",
    )
    assert detect_format(path) == "table"
    with pytest.raises(InputError) as info:
        load_events(path)
    assert (info.value.row, info.value.field) == (3, "place")
    assert "could not place 'Qqqzzx Nowhere'" in str(info.value)

    gdf = load_events(path, skip_bad_rows=True)
    assert len(gdf) == 3
    [rejected] = gdf.attrs["rejected"]
    assert rejected["row"] == 3 and "Qqqzzx Nowhere" in rejected["reason"]
    kyaukphyu = gdf[gdf["place"] == "Kyaukphyu"]
    assert len(kyaukphyu) == 2
    # Kyaukphyu town is near 19.43 N, 93.55 E
    assert kyaukphyu.geometry.y.iloc[0] == pytest.approx(19.43, abs=0.1)
    assert kyaukphyu.geometry.x.iloc[0] == pytest.approx(93.55, abs=0.1)
    assert kyaukphyu["precision"].iloc[0] == "near"
    salingyi = gdf[gdf["place"] == "Salingyi Township"].iloc[0]
    assert salingyi["precision"] == "district"
    assert salingyi["admin1"] == "Sagaing"
    assert "geocoded" in gdf.attrs["located_by"]


def test_a_row_s_own_township_and_state_pick_the_place_among_namesakes(
    tmp_path, geocoder_available
):
    from mapper.geocoding import OfflineGeocoder

    # synthetic events: hundreds of villages are called Nyaung Pin
    path = write(
        tmp_path / "villages.csv",
        "id,date,village,township,state\n"
        "E1,2022-01-01,Nyaung Pin,Pakokku,Magway\n"
        "E2,2022-01-02,Nyaung Pin,Mohnyin Township,Kachin\n"
        "E3,2022-01-03,Lashio,,\n",
    )
    gdf = load_events(path)
    coder = OfflineGeocoder()
    towns = {"Nyaung Pin, Pakokku Township": "Pakokku", "Nyaung Pin, Mohnyin Township": "Mohnyin"}
    for row, (query, township) in enumerate([*towns.items(), ("Lashio", "Lashio")]):
        expected = coder.geocode(query)
        assert expected.raw["admin3"] == township
        point = gdf.geometry.iloc[row]
        assert (point.y, point.x) == pytest.approx((expected.latitude, expected.longitude))
    assert gdf.attrs["rejected"] == []


def test_custom_geocoder_is_used(tmp_path):
    """A caller's geocoder (same contract as mapper.geocoding.geocode) replaces the default."""
    from mapper.gazetteer.mimu import read_wards

    towns = read_wards().drop_duplicates("town_eng").set_index("town_eng")
    asked: list[list[str]] = []

    def towns_only(names):
        asked.append(list(names))
        hit = towns.reindex(names)
        return pd.DataFrame(
            {
                "latitude": hit["latitude"].to_numpy(),
                "longitude": hit["longitude"].to_numpy(),
                "kind": "town",
                "pcode": hit["town_pcode"].to_numpy(),
                "admin1": hit["state_eng"].to_numpy(),
                "reason": ["" if ok else "not a MIMU town" for ok in hit["latitude"].notna()],
            }
        )

    path = write(tmp_path / "t.csv", "town\nBogale Town\nBogale Town\nAtlantis Town\n")
    gdf = load_events(path, skip_bad_rows=True, geocoder=towns_only)
    assert asked == [["Bogale Town", "Atlantis Town"]]  # each distinct name once
    assert len(gdf) == 2 and gdf["admin1"].tolist() == ["Ayeyarwady", "Ayeyarwady"]
    assert gdf.attrs["rejected"][0]["reason"] == "could not place 'Atlantis Town': not a MIMU town"


@pytest.mark.parametrize(
    ("line", "row", "message"),
    [
        ("2,2022-01-02,20,95,extra", 2, "has 5 fields where the header has 4"),
        ('2,"2022-01-02,20,95', 2, "not a readable CSV: .*EOF"),
    ],
)
def test_malformed_csv_names_the_row(tmp_path, line, row, message):
    path = write(
        tmp_path / "t.csv", f"id,date,lat,lon\n1,2022-01-01,20,95\n{line}\n3,2022-01-03,20,95\n"
    )
    with pytest.raises(InputError, match=message) as info:
        load_events(path)
    assert info.value.row == row


def test_skip_bad_rows_sets_aside_a_row_longer_than_the_header(tmp_path):
    # synthetic events; row 2's notes hold an unquoted comma, row 3 is blank
    path = write(
        tmp_path / "t.csv",
        "id,date,lat,lon,notes\nE1,2022-01-01,19.42,93.55,ok\n"
        "E2,2022-01-01,22.93,97.75,shelling, 2 houses burnt\n\nE4,2022-01-01,21.98,95.09,ok\n",
    )
    gdf = load_events(path, skip_bad_rows=True)
    assert gdf["event_id"].tolist() == ["E1", "E4"]
    assert gdf.attrs["rejected"] == [
        {"row": 2, "field": "(row)", "reason": "has 6 fields where the header has 5"}
    ]
    assert (gdf.attrs["rows"], gdf.attrs["blank_lines"]) == (3, 1)


def test_a_trimmed_ged_or_acled_file_keeps_its_precision_codes(tmp_path):
    """A table that kept GED's where_prec or ACLED's geo_precision (but not enough columns to
    be read as that format) maps the codes as the format does; they were all "exact"."""
    # synthetic events
    ged = write(
        tmp_path / "g.csv",
        "date_start,latitude,longitude,WHERE_PREC,best\n"
        + "".join(f"2022-01-0{c},22.9,97.7,{c},1\n" for c in range(1, 8)),
    )
    events = load_events(ged)
    assert events.attrs["format"] == "table"
    assert events["precision"].tolist() == [
        "exact", "near", "district", "state", "state", "country", "country"
    ]  # fmt: skip
    acled = write(
        tmp_path / "a.csv",
        "event_date,latitude,longitude,geo_precision\n2023-01-01,22.9,97.7,3\n"
        "2023-01-02,22.9,97.7,2\n2023-01-03,22.9,97.7,4\n",
    )
    with pytest.raises(InputError, match="row 3, field 'geo_precision': unknown geo_precision"):
        load_events(acled)
    assert load_events(acled, skip_bad_rows=True)["precision"].tolist() == ["district", "near"]


def test_skip_bad_rows_with_line_separators_inside_cells(tmp_path):
    """U+2028, form feed and U+0085 in pasted text end no row (str.splitlines would make two
    of the row, so the next bad row got the wrong number and a good row was lost)."""
    path = write(
        tmp_path / "t.csv",
        "id,date,lat,lon,notes\nE1,2022-01-01,19.42,93.55,a\u2028b\n"
        "E2,2022-01-01,22.93,97.75,c\x0cd\u0085e\nE3,2022-01-01,21.98,95.09,ok,extra\n"
        "E4,2022-01-01,21.98,95.09,ok\r\n",
    )
    gdf = load_events(path, skip_bad_rows=True)
    assert gdf["event_id"].tolist() == ["E1", "E2", "E4"]
    assert gdf.attrs["rejected"] == [
        {"row": 3, "field": "(row)", "reason": "has 6 fields where the header has 5"}
    ]


@pytest.mark.parametrize(
    ("header", "separator"),
    [
        ("id,date,lat,lon", ","),
        ("id;date;lat;lon", ";"),
        ("id\tdate\tlat\tlon", "\t"),
        ("id|date|lat|lon", "|"),
        ('"id;x",date,lat,lon', ","),  # a separator inside a quoted name does not count
        ('"place, as written";count', ";"),
        ("place", ","),  # one column: nothing to separate
    ],
)
def test_the_header_line_gives_the_separator(header, separator):
    from mapper.sources._read import sniff_delimiter

    assert sniff_delimiter(f"{header}\r\n1,2;3\t4|5\n") == separator


def test_a_semicolon_file_skips_its_long_rows_by_number(tmp_path):
    # synthetic events; row 2's notes hold an unquoted semicolon
    path = write(
        tmp_path / "t.csv",
        "id;date;lat;lon;notes\nE1;2022-01-01;19,42;93,55;ok\n"
        "E2;2022-01-01;22.93;97.75;shelling; 2 houses\nE3;2022-01-01;21.98;95.09;ok, fine\n",
    )
    with pytest.raises(InputError, match="row 2.*has 6 fields where the header has 5"):
        load_events(path)
    gdf = load_events(path, skip_bad_rows=True)
    assert gdf["event_id"].tolist() == ["E1", "E3"]  # E1's decimal commas read as points
    rejected = [(r["row"], r["field"]) for r in gdf.attrs["rejected"]]
    assert rejected == [(2, "(row)")]


def test_a_workbook_saved_without_its_suffix_or_as_xls_is_named(tmp_path):
    import pyogrio

    path = tmp_path / "events.xlsx"
    pyogrio.write_dataframe(pd.DataFrame({"id": ["1"], "lat": [20.0]}), path, driver="XLSX")
    renamed = path.rename(tmp_path / "events.zip")
    with pytest.raises(InputError, match="is an Excel workbook: give it the .xlsx suffix"):
        load_events(renamed)
    old = write(tmp_path / "events.xls", "not read")
    with pytest.raises(InputError, match="Excel 97-2003 workbook: save it as .xlsx or CSV"):
        load_events(old)


def test_a_place_column_all_empty_beside_a_township_column_is_reported(tmp_path):
    # found by the property test in test_sources_fuzz.py: this crashed on pandas' text dtype
    path = write(tmp_path / "t.csv", "id,township,place\r\nE1,0,\r\n")
    with pytest.raises(InputError, match=r"row 1, field 'place': missing place name"):
        load_events(path)
    gdf = load_events(path, skip_bad_rows=True)
    assert len(gdf) == 0 and [r["row"] for r in gdf.attrs["rejected"]] == [1]


def test_a_zip_of_several_csv_files_names_them_and_reads_none(tmp_path):
    import zipfile

    archive = tmp_path / "events.zip"
    rows = "id,date,lat,lon\n1,2022-01-01,20,95\n"  # synthetic
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("events_2021.csv", rows * 3)
        zf.writestr("events_2022.csv", rows)
        zf.writestr("README.txt", "x" * 500)
    with pytest.raises(InputError, match=r"holds 2 CSV files \(events_2021.csv, events_2022.csv\)"):
        load_events(archive)
    with zipfile.ZipFile(archive, "w") as zf:  # one table beside a larger readme: the table
        zf.writestr("events.csv", rows)
        zf.writestr("README.txt", "x" * 500)
    assert len(load_events(archive)) == 1


def test_a_zip_cut_short_is_said_to_be_one(tmp_path):
    """It was "not a text CSV (binary data ...)": a broken-off download is a damaged zip."""
    import zipfile

    archive = tmp_path / "ged241-csv.zip"
    with zipfile.ZipFile(archive, "w") as zf:  # synthetic rows, stored so that they take room
        zf.writestr("ged.csv", "id,date,lat,lon\n" + "1,2022-01-01,20,95\n" * 5000)
    archive.write_bytes(archive.read_bytes()[:20_000])
    with pytest.raises(InputError, match="damaged or incomplete zip file"):
        load_events(archive)


def test_a_place_column_named_township_is_read_as_townships(tmp_path, geocoder_available):
    # synthetic events; Kyaukpyu is a town and a township: the column says which
    path = write(tmp_path / "t.csv", "id,date,township,state\nE1,2022-01-01,Kyaukpyu,Rakhine\n")
    gdf = load_events(path)
    assert gdf["precision"].tolist() == ["district"]  # a township's point, not the town's


def test_a_cell_longer_than_the_csv_module_allows_is_read(tmp_path):
    # synthetic events; a notes cell of 200,000 characters (the csv module stops at 131,072)
    import csv

    notes = "x" * 200_000
    path = write(
        tmp_path / "long.csv",
        "id,date,lat,lon,notes\n"
        f'E1,2022-01-01,19.42,93.55,"{notes}"\n'
        "E2,2022-01-01,22.93,97.75,shelling, 2 houses\n"
        "E3,2022-01-01,21.98,95.09,ok\n",
    )
    limit = csv.field_size_limit()
    gdf = load_events(path, skip_bad_rows=True)
    assert gdf["event_id"].tolist() == ["E1", "E3"]
    assert gdf.attrs["rejected"] == [
        {"row": 2, "field": "(row)", "reason": "has 6 fields where the header has 5"}
    ]
    assert csv.field_size_limit() == limit  # restored
    # every row one field too long: the first is named, the long cell read through
    extra = write(tmp_path / "extra.csv", f"id,lat,lon\nE1,19.42,93.55,{notes}\nE2,1,2,3\n")
    with pytest.raises(InputError) as info:
        load_events(extra)
    assert str(info.value) == f"{extra}, row 1: has 4 fields where the header has 3"


def test_a_semicolon_file_reads_decimal_commas(tmp_path):
    # synthetic events as a spreadsheet set to a decimal comma saves them
    path = write(
        tmp_path / "semi.csv",
        "id;date;lat;lon;deaths;precision\n"
        "E1;2022-01-01;19,42;93,55;3,0;exact\n"
        "E2;2022-01-01;+22,5;97,75;7,800;exact\n",
    )
    gdf = load_events(path)
    assert gdf["event_id"].tolist() == ["E1", "E2"]
    assert gdf.geometry.y.tolist() == [19.42, 22.5]
    assert gdf.geometry.x.tolist() == [93.55, 97.75]
    assert gdf["fatalities"].tolist() == [3, 7800]  # "7,800": thousands, as reports write


def test_empty_rows_of_a_sheet_are_skipped_as_blank_lines_are(tmp_path):
    import pyogrio

    path = tmp_path / "blank.xlsx"  # synthetic: two made-up clashes, an empty row between
    rows = pd.DataFrame(
        {
            "id": ["S1", None, "S2"],
            "date": ["2023-10-27", None, "2023-11-02"],
            "lat": [22.9665, None, 23.9974],
            "lon": [97.7526, None, 97.9011],
        }
    )
    pyogrio.write_dataframe(rows, path, driver="XLSX")
    gdf = load_events(path)
    assert gdf["event_id"].tolist() == ["S1", "S2"]
    assert gdf.attrs["blank_lines"] == 1 and gdf.attrs["rows"] == 2
    rows.loc[2, "lat"] = None  # row 3 keeps its number
    pyogrio.write_dataframe(rows, path, driver="XLSX")
    with pytest.raises(InputError, match=r"row 3, field 'lat': missing coordinate"):
        load_events(path)


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("api.json", '{"status": 200, "success": true, "data": [{"event_id_cnty": "X1"}]}'),
        ("records.json", '[{"event_id_cnty": "X1", "latitude": "19.4"}]'),
        ("records.jsonl", '{"event_id_cnty": "X1", "latitude": "19.4"}\n'),
    ],
)
def test_a_json_file_that_is_not_geojson_is_named(tmp_path, name, text):
    path = write(tmp_path / name, text)
    with pytest.raises(InputError) as info:
        load_events(path)
    assert str(info.value) == (
        f"{path}: is JSON but not GeoJSON: give a CSV/TSV, .xlsx/.ods, GeoJSON, GeoPackage or"
        " GeoParquet file (`mapper download acled` saves ACLED's API data as a CSV)"
    )
