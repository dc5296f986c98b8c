"""Downloaders for users who are online: UCDP GED by version and ACLED through its API.

Both write into the user's cache (``cache_dir("downloads", ...)``) atomically and reuse what is
already there, so a second call costs no request. The files are the sources' own formats, loadable
with :func:`mapper.sources.load_events`:

- UCDP GED: the public global CSV zip, ``https://ucdp.uu.se/downloads/ged/ged{NNN}-csv.zip``
  (e.g. ``ged241-csv.zip`` for version 24.1; no key; CC BY 4.0, cite Sundberg & Melander 2013).
  A transfer that breaks off is resumed with HTTP Range requests (:func:`_fetch`).
- ACLED: the API at ``https://acleddata.com`` (OAuth password grant at ``/oauth/token`` with
  ``client_id=acled``, then ``GET /api/acled/read`` with the Bearer token, paged with ``limit`` and
  ``page``; https://acleddata.com/api-documentation/getting-started), written as an ACLED export
  CSV. Credentials come from ``ACLED_EMAIL`` / ``ACLED_PASSWORD``. ACLED's terms of use require
  attribution and forbid redistributing the raw rows.
"""

from __future__ import annotations

import contextlib
import csv
import hashlib
import io
import json
import os
import re
import shutil
import time
import zipfile
import zlib
from collections.abc import Callable, Iterator
from datetime import date
from os import PathLike
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from mapper._paths import cache_dir
from mapper.errors import MapperError, OptionError, OutputError, network_reason
from mapper.fileio import atomic_path, check_output, to_csv
from mapper.sources.acled import EXPORT_COLUMNS as ACLED_EXPORT_COLUMNS
from mapper.sources.ucdp import REQUIRED as GED_REQUIRED_COLUMNS

UCDP_BASE_URL = "https://ucdp.uu.se/downloads/ged"
ACLED_BASE_URL = "https://acleddata.com"
ACLED_EMAIL_ENV = "ACLED_EMAIL"
ACLED_PASSWORD_ENV = "ACLED_PASSWORD"

_CHUNK = 1 << 16

Log = Callable[[str], None]


class DownloadError(MapperError):
    """A download failed: unreachable server, HTTP error, or a file in the wrong format."""


class CredentialsError(DownloadError):
    """Credentials are missing or were refused (HTTP 401/403)."""


def _quiet(_message: str) -> None:
    pass


def _slug(text: str) -> str:
    """A file-name-safe form of a country name: "Myanmar (Burma)" -> "myanmar-burma"."""
    return re.sub(r"[^a-z0-9]+", "-", str(text).casefold()).strip("-")


# -- HTTP plumbing ------------------------------------------------------------------------------


#: Retries of a request the server answered 429/5xx, or that could not connect: how many, the
#: backoff factor (waits of 0, 2 x factor, 4 x factor ... seconds; a Retry-After is honoured)
#: and the statuses retried. A failure after the last one is reported as it is.
RETRIES, RETRY_BACKOFF_S, RETRY_STATUSES = 3, 1.0, (429, 500, 502, 503, 504)
#: A download that breaks off is resumed (HTTP Range) this many times in one call, with the
#: same backoff; what was received is kept, and the next call resumes it.
RESUMES = 3


def _session():
    """An HTTP session that retries transient failures (:data:`RETRIES`), so that one bad
    answer on a late ACLED page does not lose the pages already fetched."""
    import requests
    from requests.adapters import HTTPAdapter
    from urllib3.util.retry import Retry

    retry = Retry(
        total=RETRIES,
        read=0,  # a read that timed out is reported at once (it may have been slow to stream)
        backoff_factor=RETRY_BACKOFF_S,
        status_forcelist=RETRY_STATUSES,
        allowed_methods=None,  # the token POST too: it changes nothing on the server
        raise_on_status=False,  # the last answer is returned and reported with its status
        respect_retry_after_header=True,
    )
    session = requests.Session()
    session.headers["User-Agent"] = "mapper (https://pypi.org/project/mapper)"
    adapter = HTTPAdapter(max_retries=retry)
    session.mount("http://", adapter)
    session.mount("https://", adapter)
    return session


def _host(url: str) -> str:
    return urlsplit(url).netloc or url


def _request(session, method: str, url: str, *, timeout: float, **kwargs):
    """Send one request; network failures become a one-line :class:`DownloadError`."""
    import requests

    try:
        return session.request(method, url, timeout=timeout, **kwargs)
    except requests.Timeout:
        raise DownloadError(f"{_host(url)} did not answer within {timeout:g} s ({url})") from None
    except requests.RequestException as error:
        raise DownloadError(f"cannot reach {_host(url)}: {network_reason(error)}") from None


def _server_message(response) -> str:
    """A short reason from an error response body (JSON ``message``/``error``, or text)."""
    try:
        body = response.json()
    except ValueError:
        text = " ".join(response.text.split())
        return text[:160]
    if isinstance(body, dict):
        parts = [body.get("error_description"), body.get("message"), *_messages(body.get("error"))]
        return "; ".join(str(p) for p in parts if p)[:200]
    return ""


def _messages(error: Any) -> list[str]:
    """The texts of an API's ``error`` value: a text, ``{"message": ...}`` or a list of
    either (ACLED's ``[{"message": ...}]``)."""
    if isinstance(error, list):
        return [text for item in error for text in _messages(item)]
    if isinstance(error, dict):
        error = error.get("message") or error.get("error")
    return [str(error)] if error else []


# -- UCDP GED ------------------------------------------------------------------------------------


def ged_file_name(version: str) -> str:
    """The name of UCDP's CSV zip for a GED version: ``"24.1"`` -> ``"ged241-csv.zip"``."""
    text = str(version).strip()
    match = re.fullmatch(r"(\d{2})\.?(\d)", text)
    if not match:
        raise OptionError(f"UCDP GED version must look like 24.1 or 25.1, got {version!r}")
    return f"ged{match.group(1)}{match.group(2)}-csv.zip"


def check_ged_zip(
    path: str | PathLike[str], *, verify: bool = False, name: str | None = None
) -> str:
    """Check that ``path`` is a zip holding a UCDP GED CSV; return the CSV member's name.

    ``verify`` also reads the whole CSV to check its CRC (a download damaged in transit);
    ``name`` is how messages call the file (e.g. the URL it came from; default: ``path``).
    """
    path = Path(path)
    name = name or str(path)
    if not zipfile.is_zipfile(path):
        raise DownloadError(f"{name}: not a zip file (the server sent something else)")
    try:
        with zipfile.ZipFile(path) as archive:
            members = [n for n in archive.namelist() if n.lower().endswith(".csv")]
            if not members:
                raise DownloadError(f"{name}: the zip holds no CSV file")
            with archive.open(members[0]) as raw:
                header_line = io.TextIOWrapper(raw, encoding="utf-8-sig").readline()
            if verify:
                with archive.open(members[0]) as raw:
                    while raw.read(_CHUNK):  # zipfile checks the CRC at the end
                        pass
    except (zipfile.BadZipFile, UnicodeDecodeError, OSError, EOFError, zlib.error) as error:
        raise DownloadError(f"{name}: damaged zip ({error})") from None
    header = next(csv.reader([header_line]), [])
    missing = [c for c in GED_REQUIRED_COLUMNS if c not in header]
    if missing:
        raise DownloadError(
            f"{name}: {members[0]} is not a UCDP GED file (missing columns: {', '.join(missing)})"
        )
    return members[0]


def download_ucdp_ged(
    version: str = "24.1",
    *,
    dest_dir: str | PathLike[str] | None = None,
    base_url: str = UCDP_BASE_URL,
    force: bool = False,
    timeout: float = 60.0,
    progress: bool = False,
    log: Log = _quiet,
    country: str | None = None,
) -> Path:
    """Download the public UCDP GED CSV zip for ``version`` and return its path.

    The file goes to ``dest_dir`` (default ``cache_dir("downloads", "ucdp")``) under UCDP's name
    (``ged241-csv.zip``); a valid file already there is reused unless ``force``. The download is
    written atomically and checked to be a zip with a GED CSV inside before it is kept.

    GED is global: with ``country`` (a name, case-insensitive, e.g. "Myanmar" for GED's
    "Myanmar (Burma)", or a GED ``country_id`` such as 775) the rows of that country are also
    written to a CSV beside the zip (``ged241-csv_myanmar.csv``), whose path is returned.
    """
    zip_path = _ged_zip(version, dest_dir, base_url, force, timeout, progress, log)
    if country is None:
        return zip_path
    return extract_country(zip_path, country, force=force, log=log)


def _ged_zip(version, dest_dir, base_url, force, timeout, progress, log) -> Path:
    name = ged_file_name(version)
    folder = Path(dest_dir) if dest_dir is not None else cache_dir("downloads", "ucdp")
    target = folder / name
    if target.exists() and not force:
        try:
            check_ged_zip(target)
        except DownloadError as problem:
            log(f"cached file is damaged ({problem}); downloading again")
        else:
            log(f"UCDP GED {version}: using the cached {target}")
            return target
    if force:  # a fresh copy: no resuming of an earlier, unfinished one
        _discard(*partial_paths(target))
    url = f"{base_url.rstrip('/')}/{name}"
    label = f"UCDP GED {version}"
    _fetch(
        url,
        target,
        label=label,
        not_found=f"{label} not found at {url} (HTTP 404); check the version (e.g. 24.1)",
        check=lambda part: check_ged_zip(part, verify=True, name=f"the file downloaded from {url}"),
        timeout=timeout,
        progress=progress,
        log=log,
    )
    size = target.stat().st_size / 1e6
    log(f"UCDP GED {version}: downloaded {size:.1f} MB from {url} (CC BY 4.0; cite UCDP GED)")
    return target


def country_file_name(zip_path: Path, country: str) -> Path:
    """Where the rows of ``country`` of a GED zip go: ``ged241-csv_myanmar.csv`` beside it."""
    slug = _slug(country) or "country"
    stem = zip_path.name.removesuffix(".zip")
    return zip_path.with_name(f"{stem}_{slug}.csv")


def extract_country(
    zip_path: str | PathLike[str], country: str, *, force: bool = False, log: Log = _quiet
) -> Path:
    """Write the rows of ``country`` of a GED zip to a CSV beside it (same columns, streamed in
    chunks); an existing CSV newer than the zip is reused unless ``force``."""
    import pandas as pd

    from mapper.sources._country import COUNTRY_COLUMNS, country_mask, no_match_message

    zip_path = Path(zip_path)
    target = country_file_name(zip_path, country)
    if target.exists() and not force and target.stat().st_mtime >= zip_path.stat().st_mtime:
        log(f"UCDP GED {country}: using {target}")
        return target
    member = check_ged_zip(zip_path)
    kept, total, names = 0, 0, set()
    with (
        zipfile.ZipFile(zip_path) as archive,
        archive.open(member) as raw,
        atomic_path(target) as tmp,
        tmp.open("w", encoding="utf-8", newline="") as out,
    ):
        try:
            chunks = pd.read_csv(
                io.TextIOWrapper(raw, encoding="utf-8-sig"),
                dtype=str,
                keep_default_na=False,
                na_filter=False,
                chunksize=100_000,
            )
            for i, chunk in enumerate(chunks):
                mask = country_mask(chunk, country, COUNTRY_COLUMNS["ucdp"])
                names.update(chunk["country"].unique() if "country" in chunk else ())
                to_csv(chunk[mask], out, header=i == 0)
                kept, total = kept + int(mask.sum()), total + len(chunk)
        except (zipfile.BadZipFile, EOFError, zlib.error, UnicodeDecodeError, ValueError) as error:
            reason = str(error).splitlines()[0][:160]  # ValueError: pandas' ParserError
            raise DownloadError(
                f"{zip_path}: damaged zip ({reason}); download it again with --force"
            ) from None
        if not kept:
            raise DownloadError(f"{zip_path.name}: {no_match_message(country, names)}")
    log(f"UCDP GED {country}: {kept:,} of {total:,} rows written to {target}")
    return target


def partial_paths(target: Path) -> tuple[Path, Path]:
    """Where an unfinished download of ``target`` is kept: the bytes received so far
    (``NAME.part``) and what they are part of (``NAME.part.json``: URL and the server's
    ETag or Last-Modified)."""
    part = target.with_name(f"{target.name}.part")
    return part, part.with_name(f"{part.name}.json")


def _received_before(part: Path, state: Path, url: str) -> tuple[int, str | None]:
    """Bytes of ``url`` an earlier call received and the validator they came under; (0, None)
    when there is nothing that can be resumed (no part, another URL, no validator)."""
    try:
        recorded = json.loads(state.read_text(encoding="utf-8"))
        size = part.stat().st_size
    except (OSError, ValueError):
        return 0, None
    if not isinstance(recorded, dict) or recorded.get("url") != url:
        return 0, None
    validator = recorded.get("validator")
    return (size, validator) if size and isinstance(validator, str) and validator else (0, None)


def _validator(response) -> str | None:
    """The strong validator If-Range may carry: a strong ETag, else Last-Modified."""
    etag = response.headers.get("ETag")
    if etag and not etag.startswith("W/"):
        return etag
    return response.headers.get("Last-Modified")


def _range_start(response) -> int | None:
    """The first byte a 206 answer holds (``Content-Range: bytes START-END/TOTAL``)."""
    match = re.match(r"bytes\s+(\d+)-", response.headers.get("Content-Range", ""))
    return int(match.group(1)) if match else None


def _amount(nbytes: int) -> str:
    return f"{nbytes / 1e6:.1f} MB" if nbytes >= 1e6 else f"{nbytes / 1e3:.0f} kB"


def _discard(*paths: Path) -> None:
    for path in paths:
        with contextlib.suppress(FileNotFoundError):
            path.unlink()


def _fetch(
    url: str,
    target: Path,
    *,
    label: str,
    not_found: str,
    check: Callable[[Path], object],
    timeout: float,
    progress: bool,
    log: Log,
) -> None:
    """Download ``url`` to ``target`` through ``target.part``, resuming what broke off.

    A transfer that breaks off is resumed with an HTTP Range request, up to :data:`RESUMES`
    times in this call; what was received stays in the part file, and the next call resumes it
    while the server's ETag or Last-Modified still matches (If-Range: a changed file is sent
    whole). ``check(part)`` runs on the complete file; one that fails it is deleted, one that
    passes is renamed to ``target`` (atomically: ``target`` is never half-written).
    """
    part, state = partial_paths(check_output(target, make_folders=True))
    offset, validator = _received_before(part, state, url)
    if offset:
        log(f"{label}: resuming after the {_amount(offset)} received before")
    session = _session()
    for attempt in range(RESUMES + 1):
        headers = {"Accept-Encoding": "identity"}  # byte ranges of the file itself
        if offset:
            headers["Range"] = f"bytes={offset}-"
        if offset and validator:
            headers["If-Range"] = validator
        response = _request(session, "GET", url, timeout=timeout, stream=True, headers=headers)
        with response:
            if response.status_code == 404:
                raise DownloadError(not_found)
            resumed = offset and response.status_code == 206 and _range_start(response) == offset
            if not resumed and response.status_code != 200:
                if offset and response.status_code in (206, 416):  # not the range asked for
                    _discard(part, state)
                    offset, validator = 0, None
                    continue
                if response.status_code == 206:  # not the body of an error to quote
                    raise DownloadError(f"{url}: HTTP 206, a part of the file, not the whole")
                raise DownloadError(
                    f"{url}: HTTP {response.status_code} {_server_message(response)}".rstrip()
                )
            if not resumed:  # the whole file, from the first byte
                offset, validator = 0, _validator(response)
                state.write_text(json.dumps({"url": url, "validator": validator}), "utf-8")
            length = int(response.headers.get("Content-Length") or 0)
            total = offset + length if length else None
            try:
                _stream_to(response, part, offset, total, label, progress)
            except DownloadError as broke_off:
                offset = part.stat().st_size if part.exists() else 0
                if attempt == RESUMES:
                    raise DownloadError(
                        f"{broke_off}; the {_amount(offset)} received are kept in {part}: run "
                        "the same command again to resume"
                    ) from None
                log(f"{label}: {broke_off}; resuming after {_amount(offset)}")
                time.sleep(RETRY_BACKOFF_S * 2**attempt)
                continue
        break
    try:
        check(part)
    except DownloadError:
        _discard(part, state)
        raise
    try:
        os.replace(part, target)
    except OSError as error:
        raise OutputError(f"{target}: cannot write there ({error.strerror or error})") from None
    _discard(state)


def _arriving(response) -> Iterator[bytes]:
    """The body of a streamed response as it arrives: each read returns what one receive
    gave, so none of what came before a transfer broke off is lost."""
    raw = response.raw
    while chunk := raw.read1(_CHUNK, decode_content=True):
        yield chunk


@contextlib.contextmanager
def _download_bar(label: str, total, done: int, shown: bool) -> Iterator[Callable[[int], None]]:
    """A function advancing a progress bar on stderr by the bytes it is given (a no-op when
    the bar is not ``shown``)."""
    if not shown:
        yield lambda _received: None
        return
    from rich.console import Console
    from rich.progress import DownloadColumn, Progress, TransferSpeedColumn

    columns = (*Progress.get_default_columns(), DownloadColumn(), TransferSpeedColumn())
    with Progress(*columns, console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task(label, total=total, completed=done)
        yield lambda received: bar.advance(task, received)


def _stream_to(response, path: Path, offset: int, total, label, progress) -> None:
    """Write the body of ``response`` to ``path`` from byte ``offset`` on (keeping what is
    before it); a transfer that breaks off, or ends short of ``total``, is a DownloadError, a
    file that cannot be written (a full disk) an OutputError."""
    import requests
    import urllib3

    url = response.url
    try:
        with (
            path.open("r+b" if offset else "wb") as out,
            _download_bar(label, total, offset, progress) as advance,
        ):
            out.seek(offset)
            out.truncate()
            for chunk in _arriving(response):
                out.write(chunk)
                advance(len(chunk))
            received = out.tell()
    except (requests.RequestException, urllib3.exceptions.HTTPError) as error:
        reason = network_reason(error)
        raise DownloadError(f"download from {_host(url)} broke off: {reason}") from None
    except OSError as error:  # after requests' exceptions, which are OSErrors too
        raise OutputError(f"{path}: cannot write there ({error.strerror or error})") from None
    if total is not None and received < total:
        raise DownloadError(
            f"download from {_host(url)} broke off: {received:,} of {total:,} bytes received"
        )


# -- ACLED ---------------------------------------------------------------------------------------


def _iso_date(value: str | date | None, option: str) -> str | None:
    if value is None or value == "":
        return None
    text = value.isoformat() if isinstance(value, date) else str(value).strip()
    try:
        return date.fromisoformat(text).isoformat()
    except ValueError:
        raise OptionError(f"{option} must be a date like 2021-02-01, got {value!r}") from None


def _date_filter(since: str | None, until: str | None) -> dict[str, str]:
    if since and until:
        return {"event_date": f"{since}|{until}", "event_date_where": "BETWEEN"}
    if since:
        return {"event_date": since, "event_date_where": ">="}
    if until:
        return {"event_date": until, "event_date_where": "<="}
    return {}


def acled_cache_path(
    country: str, since: str | None, until: str | None, base_url: str, folder: Path
) -> Path:
    """Where a query's CSV is cached. Open-ended queries (no ``until``) are keyed by today's
    date, so "up to the latest" is fetched again on a later day."""
    slug = _slug(country) or "all"
    end = until or f"to-{date.today().isoformat()}"
    name = f"acled_{slug}_{since or 'start'}_{end}"
    if base_url.rstrip("/") != ACLED_BASE_URL:
        name += "_" + hashlib.sha1(base_url.rstrip("/").encode()).hexdigest()[:8]
    return folder / f"{name}.csv"


def _credentials(email: str | None, password: str | None) -> tuple[str, str]:
    email = (email or os.environ.get(ACLED_EMAIL_ENV) or "").strip()
    password = password or os.environ.get(ACLED_PASSWORD_ENV) or ""
    missing = [
        env
        for env, value in ((ACLED_EMAIL_ENV, email), (ACLED_PASSWORD_ENV, password))
        if not value
    ]
    if missing:
        raise CredentialsError(
            f"ACLED needs your account's email and password: set {' and '.join(missing)}"
            " (register at https://acleddata.com)"
        )
    return email, password


def acled_token(session, base_url: str, email: str, password: str, *, timeout: float) -> str:
    """Log in with ACLED's OAuth password grant and return the access token."""
    url = f"{base_url.rstrip('/')}/oauth/token"
    form = {
        "username": email,
        "password": password,
        "grant_type": "password",
        "client_id": "acled",
        "scope": "authenticated",
    }
    response = _request(session, "POST", url, timeout=timeout, data=form)
    if response.status_code in (400, 401, 403):
        reason = _server_message(response)
        raise CredentialsError(
            f"ACLED refused the login for {email} (HTTP {response.status_code}"
            f"{': ' + reason if reason else ''}); check {ACLED_EMAIL_ENV} / {ACLED_PASSWORD_ENV}"
        )
    if response.status_code != 200:
        raise DownloadError(f"{url}: HTTP {response.status_code} {_server_message(response)}")
    try:
        token = response.json().get("access_token")
    except (ValueError, AttributeError):
        token = None
    if not token:
        raise DownloadError(f"{url}: the answer holds no access_token")
    return str(token)


def _acled_pages(
    session,
    base_url: str,
    login: Callable[[], str],
    params: dict[str, Any],
    page_size: int,
    *,
    timeout: float,
    max_pages: int,
) -> Iterator[list[dict]]:
    """Yield the rows of each page of ``/api/acled/read`` until a short page. ``login()``
    gives an access token; a token refused after the first page (expired during a long
    download) is replaced once by logging in again."""
    url = f"{base_url.rstrip('/')}/api/acled/read"
    headers = {"Authorization": f"Bearer {login()}"}
    previous_first = None
    renewed = False
    for page in range(1, max_pages + 1):
        query = {**params, "_format": "json", "limit": page_size, "page": page}
        response = _request(session, "GET", url, timeout=timeout, params=query, headers=headers)
        status = response.status_code
        if status == 401 and page > 1 and not renewed:
            headers, renewed = {"Authorization": f"Bearer {login()}"}, True
            response = _request(session, "GET", url, timeout=timeout, params=query, headers=headers)
            status = response.status_code
        if status in (401, 403):
            reason = _server_message(response)
            what = "rejected the access token" if status == 401 else "denied access"
            raise CredentialsError(
                f"ACLED {what} (HTTP {status}{': ' + reason if reason else ''});"
                " check that your account has API access"
            )
        if status != 200:
            raise DownloadError(f"{url} page {page}: HTTP {status} {_server_message(response)}")
        try:
            body = response.json()
        except ValueError:
            raise DownloadError(f"{url} page {page}: the answer is not JSON") from None
        if not isinstance(body, dict) or body.get("success") is False or "data" not in body:
            reason = _server_message(response) if isinstance(body, dict) else ""
            raise DownloadError(f"{url} page {page}: ACLED reported an error {reason}".rstrip())
        rows = body["data"] or []
        if rows and rows[0] == previous_first:
            raise DownloadError(f"{url}: page {page} repeats page {page - 1}; paging not honoured")
        previous_first = rows[0] if rows else None
        yield rows
        if len(rows) < page_size:
            return
    raise DownloadError(f"{url}: more than {max_pages} pages; narrow the query with since/until")


def _cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return "; ".join(str(v) for v in value)
    return value


def write_acled_csv(rows: list[dict], path: str | PathLike[str]) -> Path:
    """Write API rows as an ACLED export CSV: the standard columns in export order (empty where
    the API did not send one), then any further fields the API sent, in the order first seen."""
    extra: dict[str, None] = {}
    for row in rows:
        for key in row:
            if key not in ACLED_EXPORT_COLUMNS:
                extra.setdefault(key, None)
    columns = [*ACLED_EXPORT_COLUMNS, *extra]
    with atomic_path(path) as tmp, tmp.open("w", encoding="utf-8", newline="") as out:
        writer = csv.DictWriter(out, fieldnames=columns, restval="")
        writer.writeheader()
        for row in rows:
            writer.writerow({key: _cell(value) for key, value in row.items()})
    return Path(path)


def download_acled(
    *,
    country: str = "Myanmar",
    since: str | date | None = None,
    until: str | date | None = None,
    email: str | None = None,
    password: str | None = None,
    base_url: str = ACLED_BASE_URL,
    page_size: int = 5000,
    output: str | PathLike[str] | None = None,
    dest_dir: str | PathLike[str] | None = None,
    force: bool = False,
    timeout: float = 120.0,
    max_pages: int = 1000,
    log: Log = _quiet,
) -> Path:
    """Download ACLED events for ``country`` (dates ``since``..``until``, inclusive) as an ACLED
    export CSV and return its path.

    Logs in with the OAuth password grant (``email``/``password`` or the ``ACLED_EMAIL`` /
    ``ACLED_PASSWORD`` environment variables), reads every page of ``/api/acled/read`` and writes
    the CSV to the cache (``dest_dir``, default ``cache_dir("downloads", "acled")``), named after
    the query; the same query later is served from the cache unless ``force``. With ``output`` the
    CSV is also copied there (atomically) and that path is returned.
    """
    country = (country or "").strip()
    if not country:
        raise OptionError("--country must name a country, e.g. Myanmar")
    if page_size < 1:
        raise OptionError(f"page size must be >= 1, got {page_size}")
    since_iso = _iso_date(since, "--since")
    until_iso = _iso_date(until, "--until")
    if since_iso and until_iso and since_iso > until_iso:
        raise OptionError(f"--since {since_iso} is after --until {until_iso}")
    if output is not None:
        check_output(output)  # before the download, not after it
    folder = Path(dest_dir) if dest_dir is not None else cache_dir("downloads", "acled")
    cached = acled_cache_path(country, since_iso, until_iso, base_url, folder)

    if cached.exists() and not force:
        log(f"ACLED {country}: using the cached {cached}")
    else:
        email, password = _credentials(email, password)
        session = _session()
        params = {"country": country, **_date_filter(since_iso, until_iso)}
        rows: list[dict] = []

        def login() -> str:
            return acled_token(session, base_url, email, password, timeout=timeout)

        for page_rows in _acled_pages(
            session, base_url, login, params, page_size, timeout=timeout, max_pages=max_pages
        ):
            rows.extend(page_rows)
            log(f"ACLED {country}: {len(rows):,} events so far")
        if not rows:
            window = " to ".join(d for d in (since_iso or "start", until_iso or "latest"))
            raise DownloadError(
                f"ACLED returned no events for country {country!r} ({window});"
                " check the country name as ACLED spells it"
            )
        write_acled_csv(rows, cached)
        log(f"ACLED {country}: {len(rows):,} events downloaded (cite ACLED; do not redistribute)")

    if output is None:
        return cached
    output = Path(output)
    with atomic_path(output) as tmp:
        shutil.copyfile(cached, tmp)
    return output
