"""The opt-in online geocoder, against a fake Nominatim that the test serves on 127.0.0.1.

The fake answers in Nominatim's ``/search?format=json`` shape. Its coordinates are synthetic:
derived from the query text by code (inside Myanmar's bounding box), not real places.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import sqlite3
import subprocess
import sys
import threading
import time
import zlib
from pathlib import Path

import pytest

from mapper.errors import DataUnavailableError, OptionError, OutputError
from mapper.geocoders import OnlineFallback, OnlineGeocoderError
from tests.localserver import Request, Response

UA = "mapper-tests/1.0 (tests@example.org)"
REPO = Path(__file__).resolve().parent.parent


def synthetic_point(query: str) -> tuple[float, float]:
    """A synthetic (not real) coordinate in Myanmar's bounding box, stable per query."""
    h = zlib.crc32(query.casefold().encode())
    return round(10.0 + (h % 18000) / 1000, 5), round(92.2 + (h // 18000 % 8800) / 1000, 5)


def nominatim_body(query: str) -> list[dict]:
    """A Nominatim ``format=json`` answer for ``query`` (``[]`` for names with 'nowhere')."""
    if "nowhere" in query.casefold():
        return []
    lat, lon = synthetic_point(query)
    return [
        {
            "place_id": zlib.crc32(query.encode()) % 10**8,
            "licence": "Data © OpenStreetMap contributors, ODbL 1.0. http://osm.org/copyright",
            "osm_type": "node",
            "osm_id": zlib.adler32(query.encode()),
            "lat": f"{lat:.7f}",
            "lon": f"{lon:.7f}",
            "class": "place",
            "type": "village",
            "place_rank": 19,
            "importance": 0.2,
            "addresstype": "village",
            "name": query,
            "display_name": f"{query}, Synthetic Township, Myanmar",
            "boundingbox": [
                f"{lat - 0.01:.7f}",
                f"{lat + 0.01:.7f}",
                f"{lon - 0.01:.7f}",
                f"{lon + 0.01:.7f}",
            ],
        }
    ]


def search(req: Request) -> Response:
    query = req.query.get("q", [""])[0]
    return Response(200, json.dumps(nominatim_body(query)), {"Content-Type": "application/json"})


def searches(server, query: str | None = None) -> list[Request]:
    return [
        r
        for r in server.requests
        if r.path == "/search" and (query is None or r.query["q"] == [query])
    ]


class FakeClock:
    """A clock that only moves when slept on; records every sleep."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.sleeps: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds


@pytest.fixture
def fake_nominatim(local_server):
    local_server.route("/search", search)
    return local_server


def make(server, tmp_path, **kw) -> OnlineFallback:
    kw.setdefault("user_agent", UA)
    kw.setdefault("min_delay_seconds", 0)
    kw.setdefault("backoff_seconds", 0.01)
    kw.setdefault("domain", server.url)
    return OnlineFallback("nominatim", cache_path=tmp_path / "online.sqlite", **kw)


def test_result_fields_and_request(fake_nominatim, tmp_path):
    online = make(fake_nominatim, tmp_path)
    result = online.geocode("Nam Hsan")
    lat, lon = synthetic_point("Nam Hsan")
    assert result["name"] == "Nam Hsan"
    assert result["address"] == "Nam Hsan, Synthetic Township, Myanmar"
    assert (result["latitude"], result["longitude"]) == pytest.approx((lat, lon))
    assert result["source"] == "nominatim"
    assert result["raw"]["osm_type"] == "node"
    (req,) = searches(fake_nominatim)
    assert req.headers["User-Agent"] == UA
    assert req.query["countrycodes"] == ["mm"]
    assert req.query["format"] == ["json"]


def test_full_url_and_scheme_forms_are_equivalent(fake_nominatim, tmp_path):
    host = fake_nominatim.url.removeprefix("http://")
    online = OnlineFallback(
        "nominatim",
        user_agent=UA,
        domain=host,
        scheme="http",
        cache_path=False,
        min_delay_seconds=0,
    )
    assert online.geocode("Mong Ko")["latitude"] == pytest.approx(synthetic_point("Mong Ko")[0])


def test_miss_returns_none_and_is_cached(fake_nominatim, tmp_path):
    online = make(fake_nominatim, tmp_path)
    assert online.geocode("Nowhere Village") is None
    assert online.geocode("nowhere  village") is None  # same key: case and spacing folded
    assert len(searches(fake_nominatim)) == 1


def test_blank_huge_and_control_character_input(fake_nominatim, tmp_path):
    online = make(fake_nominatim, tmp_path)
    assert online.geocode("   ") is None
    assert online.geocode("Kyaukphyu " * 1000) is None
    assert searches(fake_nominatim) == []  # nothing worth asking the service
    assert online.geocode("Kyauk\x00phyu\x07\n") == online.geocode("Kyaukphyu")
    assert [r.query["q"] for r in searches(fake_nominatim)] == [["Kyaukphyu"]]


def test_cache_hit_avoids_second_request_across_instances(fake_nominatim, tmp_path):
    first = make(fake_nominatim, tmp_path).geocode("Hpakant")
    second_obj = make(fake_nominatim, tmp_path)
    second = second_obj.geocode("Hpakant")
    assert second == first
    assert len(searches(fake_nominatim, "Hpakant")) == 1
    assert second_obj.requests_sent == 0


def test_cache_is_keyed_by_domain(fake_nominatim, local_server, tmp_path):
    make(fake_nominatim, tmp_path).geocode("Hpakant")
    other = make(fake_nominatim, tmp_path, domain=fake_nominatim.url + "/")
    other.geocode("Hpakant")  # same host, trailing slash: same key, no request
    assert len(searches(fake_nominatim)) == 1
    other_host = OnlineFallback(
        "nominatim",
        user_agent=UA,
        domain=fake_nominatim.url.replace("127.0.0.1", "localhost"),
        cache_path=tmp_path / "online.sqlite",
        min_delay_seconds=0,
    )
    other_host.geocode("Hpakant")  # another domain: asked again
    assert len(searches(fake_nominatim)) == 2


def test_rate_limit_spacing_with_fake_clock(fake_nominatim, tmp_path):
    clock = FakeClock()
    seen_at: list[float] = []

    def timed_search(req):
        seen_at.append(clock.now)
        return search(req)

    fake_nominatim.route("/search", timed_search)
    online = make(fake_nominatim, tmp_path, min_delay_seconds=1.0, clock=clock, sleep=clock.sleep)
    for name in ["Laukkai", "Chinshwehaw", "Kutkai", "Namtu", "Laukkai"]:
        online.geocode(name)
    assert len(seen_at) == 4  # the repeated name came from the cache
    gaps = [b - a for a, b in zip(seen_at, seen_at[1:], strict=False)]
    assert all(gap >= 1.0 - 1e-9 for gap in gaps), gaps


def test_public_nominatim_never_faster_than_one_per_second(tmp_path):
    online = OnlineFallback("nominatim", user_agent=UA, min_delay_seconds=0.1, cache_path=False)
    assert online.domain == "nominatim.openstreetmap.org"
    assert online.min_delay_seconds == 1.0


def test_user_agent_required_for_nominatim(tmp_path, monkeypatch):
    monkeypatch.delenv("MAPPER_USER_AGENT", raising=False)
    with pytest.raises(OptionError, match="user agent"):
        OnlineFallback("nominatim", cache_path=False)
    with pytest.raises(OptionError, match="user agent"):
        OnlineFallback("nominatim", user_agent="  ", cache_path=False)
    monkeypatch.setenv("MAPPER_USER_AGENT", UA)
    assert OnlineFallback("nominatim", cache_path=False).user_agent == UA


def test_unknown_provider_is_an_option_error():
    with pytest.raises(OptionError, match="unknown online geocoder 'nominatimm'"):
        OnlineFallback("nominatimm", user_agent=UA, cache_path=False)


def test_429_then_success_is_retried_honouring_retry_after(fake_nominatim, tmp_path):
    clock = FakeClock()
    calls = []

    def limited_once(req):
        calls.append(req)
        if len(calls) == 1:
            return Response(429, "Too Many Requests", {"Retry-After": "7"})
        return search(req)

    fake_nominatim.route("/search", limited_once)
    online = make(fake_nominatim, tmp_path, clock=clock, sleep=clock.sleep)
    result = online.geocode("Mandalay")
    assert result["latitude"] == pytest.approx(synthetic_point("Mandalay")[0])
    assert len(calls) == 2
    assert max(clock.sleeps) >= 7  # waited at least Retry-After


def test_5xx_retried_with_exponential_backoff(fake_nominatim, tmp_path):
    clock = FakeClock()
    calls = []

    def flaky(req):
        calls.append(req)
        return Response(500, "oops") if len(calls) <= 2 else search(req)

    fake_nominatim.route("/search", flaky)
    online = make(fake_nominatim, tmp_path, clock=clock, sleep=clock.sleep, backoff_seconds=2)
    assert online.geocode("Lashio") is not None
    assert len(calls) == 3
    assert clock.sleeps == [2, 4]


def test_timeout_is_retried(fake_nominatim, tmp_path):
    calls = []
    release = threading.Event()

    def slow_once(req):
        calls.append(req)
        if len(calls) == 1:
            release.wait(10)  # longer than the client's timeout; released at the end
        return search(req)

    fake_nominatim.route("/search", slow_once)
    online = make(fake_nominatim, tmp_path, timeout=1.0)
    try:
        assert online.geocode("Muse")["name"] == "Muse"
    finally:
        release.set()
    assert len(calls) == 2


def test_gives_up_after_max_retries_and_does_not_cache_failure(fake_nominatim, tmp_path):
    clock = FakeClock()
    fake_nominatim.route("/search", lambda req: Response(503, "down"))
    online = make(fake_nominatim, tmp_path, max_retries=2, clock=clock, sleep=clock.sleep)
    with pytest.raises(OnlineGeocoderError, match="gave up after 3 attempts"):
        online.geocode("Myitkyina")
    assert len(searches(fake_nominatim)) == 3
    fake_nominatim.route("/search", search)
    assert online.geocode("Myitkyina") is not None  # the failure was not cached


def test_403_is_not_retried(fake_nominatim, tmp_path):
    fake_nominatim.route("/search", lambda req: Response(403, "blocked"))
    online = make(fake_nominatim, tmp_path)
    with pytest.raises(OnlineGeocoderError, match=r"HTTP 403.*user agent"):
        online.geocode("Bhamo")
    assert len(searches(fake_nominatim)) == 1


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ('[{"lat": "abc", "lon": "96.1", "display_name": "X"}]', "malformed answer"),
        ('[{"lat": "200", "lon": "96.1", "display_name": "X"}]', "malformed answer"),
        ('[{"display_name": "X", "name": "X"}]', "the answer has no coordinates"),
        ("<html>captive portal</html>", "the answer is not JSON"),
    ],
)
def test_malformed_answers_are_errors_and_not_cached(fake_nominatim, tmp_path, body, message):
    fake_nominatim.route("/search", lambda req: Response(200, body))
    online = make(fake_nominatim, tmp_path)
    with pytest.raises(OnlineGeocoderError, match=message) as info:
        online.geocode("Tamu")
    assert "\n" not in str(info.value) and "Tamu" in str(info.value)
    assert len(searches(fake_nominatim)) == 1  # a malformed answer is not retried
    fake_nominatim.route("/search", search)
    assert online.geocode("Tamu")["latitude"] == pytest.approx(synthetic_point("Tamu")[0])


def _unreachable() -> OnlineFallback:
    """A fallback pointed at a port nothing listens on, asked once per name."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        url = f"http://127.0.0.1:{sock.getsockname()[1]}"  # nothing listens once closed
    return OnlineFallback("nominatim", user_agent=UA, domain=url, max_retries=0,
                          cache_path=False, min_delay_seconds=0)  # fmt: skip


def test_unreachable_service_says_why(tmp_path):
    online = _unreachable()
    with pytest.raises(
        OnlineGeocoderError, match=r"unreachable \(\[Errno \d+\] Connection refused\)"
    ):
        online.geocode("Tamu")


def test_a_batch_goes_on_offline_when_the_service_fails(tmp_path):
    """One failed lookup stopped the whole batch (exit 2): the offline answers were lost."""
    from mapper.geocoding import geocode

    names = ["Muse", "Qwxzzyplk", "Zzqqxy", "Lashio"]
    result = geocode(names, online=_unreachable(), progress=False)
    assert result["name"].tolist()[::3] == ["Muse", "Lashio"]
    assert "; online: " in result["reason"][1] and "Connection refused" in result["reason"][1]
    assert result["reason"][2].endswith("online: not asked, the service failed on an earlier name")
    assert "unreachable" in result.attrs["online_error"]


def test_damaged_cache_is_a_one_line_error(fake_nominatim, tmp_path):
    cache = tmp_path / "online.sqlite"
    online = make(fake_nominatim, tmp_path)
    for i in range(300):
        online.cache.put("nominatim", online.domain, "country_codes=mm", f"place {i}", None)
    online.close()
    with sqlite3.connect(cache) as db:
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = bytearray(cache.read_bytes())
    data[4096:] = b"\xa5" * (len(data) - 4096)  # every page after the schema page
    cache.write_bytes(bytes(data))
    online = make(fake_nominatim, tmp_path)  # opening reads only the schema page
    with pytest.raises(DataUnavailableError, match="malformed.*delete the file to reset it"):
        online.geocode("place 7")


def test_unusable_cache_path_is_not_called_damaged(fake_nominatim, tmp_path):
    (tmp_path / "online.sqlite").mkdir()  # sqlite cannot open a folder
    with pytest.raises(DataUnavailableError, match="writable") as info:
        make(fake_nominatim, tmp_path)
    assert "delete" not in str(info.value)


def test_cache_folder_that_cannot_be_made(tmp_path, monkeypatch):
    (tmp_path / "file").write_text("not a folder")
    monkeypatch.setenv("MAPPER_CACHE_DIR", str(tmp_path / "file" / "cache"))
    with pytest.raises(OutputError, match=r"cannot create the cache folder .*MAPPER_CACHE_DIR"):
        OnlineFallback("nominatim", user_agent=UA)


CHILD = """
import sys
from mapper.geocoders import OnlineFallback
url, cache = sys.argv[1], sys.argv[2]
online = OnlineFallback("nominatim", user_agent="mapper-tests/1.0", domain=url,
                        cache_path=cache, min_delay_seconds=0)
for i in range(40):
    online.geocode(f"Place {i}" if i % 4 else f"Nowhere {i}")
    print(i, flush=True)
"""


def run_batch(url: str, cache: Path) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.Popen(
        [sys.executable, "-c", CHILD, url, str(cache)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


def quiet_disconnects(server) -> None:
    """Answering a killed client fails with a broken pipe; keep that out of the test output."""
    server._httpd.handle_error = lambda request, address: None


def check_cache_then_rerun(server, cache: Path) -> int:
    """Assert the killed batch left a sound cache; rerun it and check cached names are not
    requested again. Returns the number of answers the killed run had committed."""
    with sqlite3.connect(cache) as db:
        assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        rows = db.execute("SELECT query, found, latitude, longitude, raw FROM answers").fetchall()
    for query, found, lat, lon, raw in rows:
        if query.startswith("nowhere"):
            assert (found, lat, lon, raw) == (0, None, None, None)
        else:
            assert found == 1 and json.loads(raw)["name"].casefold() == query
            assert (lat, lon) == pytest.approx(synthetic_point(query), abs=1e-6)

    server.route("/search", search)
    before = len(searches(server))
    rerun = run_batch(server.url, cache)
    out, err = rerun.communicate(timeout=60)
    assert rerun.returncode == 0, err
    assert out.split()[-1] == "39"
    asked_again = {r.query["q"][0].casefold() for r in searches(server)[before:]}
    assert len(searches(server)) - before == 40 - len(rows)
    assert asked_again.isdisjoint(query for query, *_ in rows)
    with sqlite3.connect(cache) as db:
        assert db.execute("SELECT COUNT(*) FROM answers").fetchone() == (40,)
    return len(rows)


def test_cache_consistent_after_sigkill_while_waiting_for_answer(fake_nominatim, tmp_path):
    cache = tmp_path / "online.sqlite"
    reached = threading.Event()
    release = threading.Event()

    def stall_at_request_13(req):
        if len(searches(fake_nominatim)) == 13:
            reached.set()
            release.wait(10)  # the child is killed while waiting for this answer
        return search(req)

    fake_nominatim.route("/search", stall_at_request_13)
    quiet_disconnects(fake_nominatim)
    child = run_batch(fake_nominatim.url, cache)
    try:
        assert reached.wait(30), child.stderr.read() if child.poll() is not None else "timeout"
        child.send_signal(signal.SIGKILL)
        child.wait(10)
    finally:
        release.set()
    assert child.returncode == -signal.SIGKILL
    # every answer before the stalled request is there, and nothing else
    assert check_cache_then_rerun(fake_nominatim, cache) == 12


@pytest.mark.parametrize("after_lines", [3, 17])
def test_cache_consistent_after_sigkill_at_any_moment(fake_nominatim, tmp_path, after_lines):
    """Kill without synchronising with the server: the kill may land inside a commit."""
    cache = tmp_path / "online.sqlite"

    def paced_search(req):
        time.sleep(0.02)  # 40 names take > 0.8 s, so the batch cannot end before the kill
        return search(req)

    fake_nominatim.route("/search", paced_search)
    quiet_disconnects(fake_nominatim)
    child = run_batch(fake_nominatim.url, cache)
    for _ in range(after_lines):
        assert child.stdout.readline(), child.stderr.read()
    child.send_signal(signal.SIGKILL)
    child.wait(10)
    assert child.returncode == -signal.SIGKILL
    assert check_cache_then_rerun(fake_nominatim, cache) >= after_lines
