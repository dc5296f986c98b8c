"""Opt-in online geocoding fallback: any geopy geocoder by name, cached, rate-limited, retried.

Never used unless a caller creates an :class:`OnlineFallback` (the CLI does so only with
``--online``). Nominatim is the default provider; its usage policy asks for an identifying user
agent and at most one request per second (https://operations.osmfoundation.org/policies/nominatim/),
which this module enforces for the public server.
"""

from __future__ import annotations

import inspect
import os
import time
import unicodedata
import warnings
from collections.abc import Callable
from os import PathLike
from pathlib import Path
from typing import Any

from geopy import exc as geopy_exc
from geopy.adapters import RequestsAdapter, URLLibAdapter
from geopy.extra.rate_limiter import RateLimiter
from geopy.geocoders import SERVICE_TO_GEOCODER, get_geocoder_for_service

from mapper._paths import cache_dir
from mapper.errors import MapperError, OptionError, network_reason
from mapper.geocoders.cache import MISSING, GeocodeCache

#: Environment variable read when no ``user_agent`` is passed.
USER_AGENT_ENV = "MAPPER_USER_AGENT"

PUBLIC_NOMINATIM = "nominatim.openstreetmap.org"

#: Seconds between requests when ``min_delay_seconds`` is not given (Nominatim policy: 1/s).
DEFAULT_MIN_DELAY = 1.0

_SAMPLE_USER_AGENTS = {
    "",
    "geopy",
    "my-application",
    "my_user_agent/1.0",
    "specify_your_app_name_here",
}


class OnlineGeocoderError(MapperError):
    """The online geocoder failed (after retries, or with an error that retrying cannot fix)."""


class _RateLimiter(RateLimiter):
    """geopy's RateLimiter with an injectable clock and sleep (tests drive a fake clock)."""

    def __init__(self, func: Callable, *, clock: Callable[[], float], sleep: Callable, **kw):
        super().__init__(func, **kw)
        self._clock_fn = clock
        self._sleep_fn = sleep

    def _clock(self) -> float:
        return self._clock_fn()

    def _sleep(self, seconds: float) -> None:
        self._sleep_fn(seconds)


def _split_url(domain: str | None, scheme: str | None) -> tuple[str | None, str | None]:
    """Accept ``domain`` as ``host[:port][/path]`` or a full URL such as ``http://host:8080``."""
    if domain and "://" in domain:
        url_scheme, _, rest = domain.partition("://")
        if scheme and scheme != url_scheme:
            raise OptionError(f"--online-url {domain!r} conflicts with scheme {scheme!r}")
        return rest.strip("/"), url_scheme
    return (domain.strip("/") if domain else domain), scheme


def _adapter_without_retries(*, proxies, ssl_context):
    """geopy's HTTP adapter with urllib3's own retries off: retries, Retry-After waits and rate
    limiting all happen in :class:`OnlineFallback`, where they are counted and spaced."""
    if RequestsAdapter.is_available:
        return RequestsAdapter(proxies=proxies, ssl_context=ssl_context, max_retries=0)
    return URLLibAdapter(proxies=proxies, ssl_context=ssl_context)


def _http_status(error: BaseException) -> int | None:
    """The HTTP status behind a geopy error, when geopy recorded one."""
    cause = error.__cause__
    return getattr(cause, "status_code", None)


#: Longer input is no place name; it is answered "not found" without a request.
MAX_QUERY_CHARS = 300


def _normalise_query(query: str) -> str:
    """Collapse whitespace and drop control characters (they never belong to a place name)."""
    text = "".join(ch for ch in str(query) if unicodedata.category(ch) != "Cc" or ch.isspace())
    return " ".join(text.split())


class OnlineFallback:
    """Geocode names that the offline geocoder could not place, through an online service.

    ``provider`` is any geopy service name (``"nominatim"``, ``"photon"``, ``"arcgis"``,
    ``"googlev3"`` ...). ``domain`` may be a host (``"127.0.0.1:8080"``) or a full URL
    (``"http://127.0.0.1:8080"``); ``scheme`` defaults to geopy's (https). A user agent is
    required for Nominatim (``user_agent=`` or the ``MAPPER_USER_AGENT`` environment variable).
    Answers, misses included, are kept in a SQLite cache (``cache_path``, default
    ``cache_dir("geocode")/online.sqlite``; ``cache_path=False`` disables it). Requests are spaced
    by geopy's RateLimiter (``min_delay_seconds``, default 1 s, never below 1 s on the public
    Nominatim server) and retried with exponential backoff on timeouts, HTTP 429 (honouring
    Retry-After) and 5xx, up to ``max_retries`` times. Extra constructor options for the geopy
    class (an ``api_key`` ...) go in ``geocoder_options``.
    """

    def __init__(
        self,
        provider: str = "nominatim",
        *,
        user_agent: str | None = None,
        domain: str | None = None,
        scheme: str | None = None,
        cache_path: str | PathLike[str] | None | bool = None,
        min_delay_seconds: float | None = None,
        max_retries: int = 3,
        country_codes: str | None = "mm",
        timeout: float = 10.0,
        backoff_seconds: float = 1.0,
        max_backoff_seconds: float = 120.0,
        geocoder_options: dict[str, Any] | None = None,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.provider = provider.strip().lower()
        if max_retries < 0:
            raise OptionError(f"max_retries must be >= 0, got {max_retries}")
        if min_delay_seconds is not None and min_delay_seconds < 0:
            raise OptionError(f"min_delay_seconds must be >= 0, got {min_delay_seconds}")
        if timeout <= 0:
            raise OptionError(f"timeout must be > 0 seconds, got {timeout}")
        domain, scheme = _split_url(domain, scheme)
        self.user_agent = self._check_user_agent(user_agent or os.environ.get(USER_AGENT_ENV))
        self.geocoder = self._make_geocoder(domain, scheme, timeout, geocoder_options or {})
        self.domain = domain or getattr(self.geocoder, "domain", None) or self.provider
        self.max_retries = max_retries
        self.backoff_seconds = backoff_seconds
        self.max_backoff_seconds = max_backoff_seconds
        self._sleep = sleep

        delay = DEFAULT_MIN_DELAY if min_delay_seconds is None else float(min_delay_seconds)
        if self.provider == "nominatim" and self.domain == PUBLIC_NOMINATIM:
            delay = max(delay, DEFAULT_MIN_DELAY)  # the public server's policy: 1 request/s
        self.min_delay_seconds = delay

        self._geocode_kwargs: dict[str, Any] = {"exactly_one": True}
        accepted = inspect.signature(self.geocoder.geocode).parameters
        if country_codes and "country_codes" in accepted:
            self._geocode_kwargs["country_codes"] = country_codes
        self.country_codes = self._geocode_kwargs.get("country_codes")
        self._params_key = f"country_codes={self.country_codes or ''}"
        self._limited = _RateLimiter(
            self.geocoder.geocode,
            clock=clock,
            sleep=sleep,
            min_delay_seconds=delay,
            max_retries=0,  # retries are ours: exponential backoff, Retry-After, 5xx only
            error_wait_seconds=delay,
            swallow_exceptions=False,
        )

        if cache_path is False:
            self.cache: GeocodeCache | None = None
        else:
            path = (
                cache_dir("geocode") / "online.sqlite" if cache_path in (None, True) else cache_path
            )
            self.cache = GeocodeCache(Path(path))
        #: requests sent to the service by this object (cache hits are not counted)
        self.requests_sent = 0

    # -- construction -------------------------------------------------------------------------

    def _check_user_agent(self, user_agent: str | None) -> str | None:
        agent = (user_agent or "").strip()
        if self.provider == "nominatim" and agent.lower() in _SAMPLE_USER_AGENTS:
            raise OptionError(
                "Nominatim needs a user agent that identifies you (its usage policy): pass"
                f" --user-agent 'myproject/1.0 (me@example.org)' or set {USER_AGENT_ENV}"
            )
        return agent or None

    def _make_geocoder(self, domain, scheme, timeout, options):
        try:
            cls = get_geocoder_for_service(self.provider)
        except geopy_exc.GeocoderNotFound:
            known = ", ".join(sorted(SERVICE_TO_GEOCODER))
            raise OptionError(
                f"unknown online geocoder {self.provider!r}; choose one of: {known}"
            ) from None
        accepted = inspect.signature(cls.__init__).parameters
        kwargs: dict[str, Any] = {"timeout": timeout, **options}
        if "adapter_factory" in accepted and "adapter_factory" not in kwargs:
            kwargs["adapter_factory"] = _adapter_without_retries
        for key, value in (("domain", domain), ("scheme", scheme), ("user_agent", self.user_agent)):
            if value is None:
                continue
            if key not in accepted:
                raise OptionError(f"online geocoder {self.provider!r} does not take a {key}")
            kwargs[key] = value
        try:
            return cls(**kwargs)
        except TypeError as error:  # e.g. a missing api_key
            raise OptionError(f"online geocoder {self.provider!r}: {error}") from None
        except geopy_exc.ConfigurationError as error:
            raise OptionError(f"online geocoder {self.provider!r}: {error}") from None

    # -- geocoding ----------------------------------------------------------------------------

    def geocode(self, query: str) -> dict | None:
        """Geocode one name: ``{name, address, latitude, longitude, source, raw}`` or ``None``.

        A cached answer (hit or miss) is returned without a request, and so is ``None`` for
        blank input or input longer than :data:`MAX_QUERY_CHARS`. Raises
        :class:`OnlineGeocoderError` when the service keeps failing or refuses the request;
        such failures are not cached.
        """
        text = _normalise_query(query)
        if not text or len(text) > MAX_QUERY_CHARS:
            return None
        key = text.casefold()
        if self.cache is not None:
            cached = self.cache.get(self.provider, self.domain, self._params_key, key)
            if cached is not MISSING:
                return None if cached is None else {**cached, "source": self.provider}
        location = self._request(text)
        answer = None if location is None else self._answer(location, text)
        if self.cache is not None:
            self.cache.put(self.provider, self.domain, self._params_key, key, answer)
        return None if answer is None else {**answer, "source": self.provider}

    def _answer(self, location, text: str) -> dict:
        raw = dict(location.raw) if isinstance(location.raw, dict) else {"value": location.raw}
        if (location.latitude, location.longitude) == (0, 0):  # geopy's point for no lat/lon
            raise OnlineGeocoderError(
                f"online geocoding of {text!r} failed: {self.provider} at {self.domain}:"
                " the answer has no coordinates"
            )
        address = location.address or ""
        name = raw.get("name") if isinstance(raw.get("name"), str) and raw.get("name") else None
        return {
            "name": name or address.split(",")[0].strip() or address,
            "address": address,
            "latitude": float(location.latitude),
            "longitude": float(location.longitude),
            "raw": raw,
        }

    def _request(self, text: str):
        """One geocode call through the rate limiter, retried on transient failures."""
        attempts = self.max_retries + 1
        for attempt in range(attempts):
            self.requests_sent += 1
            try:
                with warnings.catch_warnings():  # geopy warns before refusing latitude 200
                    warnings.simplefilter("ignore", UserWarning)
                    return self._limited(text, **self._geocode_kwargs)
            except (ValueError, TypeError, KeyError, AttributeError) as error:
                # geopy parsing an answer of the wrong shape ("lat": "abc", latitude 200 ...)
                raise OnlineGeocoderError(
                    f"online geocoding of {text!r} failed: {self.provider} at {self.domain}:"
                    f" malformed answer ({str(error).splitlines()[0][:120]})"
                ) from None
            except geopy_exc.GeopyError as error:
                wait = self._retry_wait(error, attempt)
                if wait is None:
                    raise OnlineGeocoderError(self._describe(error, text)) from None
                if attempt == attempts - 1:
                    raise OnlineGeocoderError(
                        f"{self._describe(error, text)} (gave up after {attempts} "
                        f"{'attempt' if attempts == 1 else 'attempts'})"
                    ) from None
                self._sleep(wait)
        raise AssertionError("unreachable")  # pragma: no cover

    def _retry_wait(self, error: Exception, attempt: int) -> float | None:
        """Seconds to wait before retrying ``error``, or ``None`` when retrying cannot help."""
        backoff = min(self.backoff_seconds * 2**attempt, self.max_backoff_seconds)
        if isinstance(error, geopy_exc.GeocoderRateLimited):
            return max(backoff, float(error.retry_after or 0))
        if isinstance(error, geopy_exc.GeocoderTimedOut | geopy_exc.GeocoderUnavailable):
            return backoff
        status = _http_status(error)
        if status is not None and 500 <= status < 600:
            return backoff
        return None

    def _describe(self, error: Exception, text: str) -> str:
        status = _http_status(error)
        where = f"{self.provider} at {self.domain}"
        http = f" (HTTP {status})" if status else ""
        if isinstance(
            error,
            geopy_exc.GeocoderAuthenticationFailure | geopy_exc.GeocoderInsufficientPrivileges,
        ):
            hint = "; check the user agent or API key"
        else:
            hint = ""
        if isinstance(error, geopy_exc.GeocoderParseError):
            detail = "the answer is not JSON"
        elif isinstance(error, geopy_exc.GeocoderUnavailable) and not status:
            detail = f"unreachable ({network_reason(error)})"
        else:
            detail = str(error).splitlines()[0][:200] if str(error) else type(error).__name__
        return f"online geocoding of {text!r} failed: {where}{http}: {detail}{hint}"

    def close(self) -> None:
        """Close the cache."""
        if self.cache is not None:
            self.cache.close()

    def __enter__(self) -> OnlineFallback:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
