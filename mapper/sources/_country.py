"""Selecting one country's rows of a multi-country events file (UCDP GED, ACLED).

A country is matched case-insensitively against the file's ``country`` column; a name with a
parenthesis matches by either part (GED writes "Myanmar (Burma)": "Myanmar", "Burma" and the
full name all match). Digits match the numeric code column instead: GED's ``country_id``
(Gleditsch-Ward, 775 for Myanmar) or ACLED's ``iso`` (ISO 3166 numeric, 104 for Myanmar).
"""

from __future__ import annotations

import difflib

import numpy as np
import pandas as pd

from mapper.errors import OptionError

#: format -> (country name column, numeric country code column)
COUNTRY_COLUMNS: dict[str, tuple[str, str]] = {
    "ucdp": ("country", "country_id"),
    "acled": ("country", "iso"),
}


def _wanted(country: str) -> str:
    wanted = " ".join(str(country or "").split()).casefold()
    if not wanted:
        raise OptionError("--country must name a country (e.g. Myanmar) or give its numeric code")
    return wanted


def name_matches(name: object, country: str) -> bool:
    """True when a file's country name is ``country`` (case-insensitive, either part of a
    name with a parenthesis)."""
    wanted = _wanted(country)
    key = " ".join(str(name or "").split()).casefold()
    if key == wanted:
        return True
    if "(" in key:
        outer, _, inner = key.partition("(")
        return wanted in (outer.strip(), inner.rstrip(")").strip())
    return False


class NoCountryColumnError(OptionError):
    """The file has no column that names the country (a trimmed GED or ACLED file)."""


def country_mask(
    frame: pd.DataFrame, country: str, columns: tuple[str, str] = COUNTRY_COLUMNS["ucdp"]
) -> np.ndarray:
    """Rows of ``frame`` (text cells) that belong to ``country``; OptionError when the needed
    column is missing."""
    wanted = _wanted(country)
    name_col, code_col = columns
    if wanted.isdigit():
        if code_col not in frame.columns:
            raise NoCountryColumnError(f"--country {country}: the file has no {code_col!r} column")
        codes = frame[code_col].astype(str).str.strip().str.replace(r"\.0+$", "", regex=True)
        return (codes == str(int(wanted))).to_numpy()
    if name_col not in frame.columns:
        raise NoCountryColumnError(f"--country {country}: the file has no {name_col!r} column")
    names = frame[name_col].astype(str)
    uniques = pd.unique(names)
    matching = [n for n in uniques if name_matches(n, country)]
    mask = names.isin(matching)
    blank = frame[name_col].isna() | (names.str.strip() == "")
    if blank.any() and code_col in frame.columns:  # a blank name: the code its rows have
        codes = frame[code_col].astype(str).str.strip().str.replace(r"\.0+$", "", regex=True)
        mask |= blank & codes.isin(set(codes[mask]) - {"", "nan"})
    return mask.to_numpy()


def no_match_message(country: str, names) -> str:
    """A one-line explanation when no row is of ``country``, naming close matches."""
    found = sorted({str(n) for n in names if str(n).strip()})
    close = difflib.get_close_matches(str(country), found, n=3, cutoff=0.5)
    hint = f"; did you mean {', '.join(repr(c) for c in close)}?" if close else ""
    shown = ", ".join(found[:6]) + (", ..." if len(found) > 6 else "")
    return f"no rows for country {country!r} (the file has {len(found)}: {shown}){hint}"
