"""The local asset cache that makes a map self-contained (usable offline).

``mapper assets fetch`` copies every JavaScript/CSS file a mapper map references (Leaflet, jQuery,
Bootstrap, Font Awesome, awesome-markers and the plugins), with the fonts and images their CSS
uses, into ``cache_dir("assets")``: from the CDN URLs themselves, or from a mirror: a directory
or URL holding npm packages (``npm install leaflet@1.9.3 ...``), CDN URLs mapped to npm paths.
:func:`inline_assets` then replaces each ``<script src>`` and stylesheet ``<link>`` of a page with
the cached file, fonts and images as ``data:`` URIs.
"""

from __future__ import annotations

import base64
import mimetypes
import re
import urllib.error
import urllib.request
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from urllib.parse import urljoin, urlsplit

from mapper._paths import cache_dir
from mapper.errors import DataUnavailableError, OptionError

FETCH_HINT = "run `mapper assets fetch` (or `mapper assets fetch --mirror DIR_OR_URL` offline)"
TIMEOUT_S = 30

#: npm packages (name@version) that hold the files of folium's CDN URLs; .ci/assets.sh installs
#: the same list for the tests.
NPM_PACKAGES: tuple[str, ...] = (
    "leaflet@1.9.3",
    "jquery@3.7.1",
    "bootstrap@5.2.2",
    "@popperjs/core@2.11.6",
    "@fortawesome/fontawesome-free@6.2.0",
    "leaflet.awesome-markers@2.0.4",
    "leaflet.markercluster@1.1.0",
    "leaflet.heat@0.2.0",
    "leaflet-minimap@3.6.1",
    "leaflet.fullscreen@3.0.0",
)

#: CDN URL pattern -> path of the same file inside an npm ``node_modules`` folder.
NPM_RULES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), template)
    for pattern, template in (
        (
            r"^https://cdn\.jsdelivr\.net/npm/(?P<pkg>(?:@[^/@]+/)?[^/@]+)@[^/]+/(?P<path>.+)$",
            "{pkg}/{path}",
        ),
        (
            r"^https://code\.jquery\.com/jquery-[\d.]+(?P<min>\.min)?\.js$",
            "jquery/dist/jquery{min}.js",
        ),
        (
            r"^https://cdnjs\.cloudflare\.com/ajax/libs/jquery/[^/]+/(?P<file>[^/]+)$",
            "jquery/dist/{file}",
        ),
        (
            r"^https://cdnjs\.cloudflare\.com/ajax/libs/Leaflet\.awesome-markers/[^/]+/(?P<file>.+)$",
            "leaflet.awesome-markers/dist/{file}",
        ),
        (
            r"^https://cdnjs\.cloudflare\.com/ajax/libs/leaflet\.markercluster/[^/]+/(?P<file>.+)$",
            "leaflet.markercluster/dist/{file}",
        ),
        (
            r"^https://cdnjs\.cloudflare\.com/ajax/libs/leaflet-minimap/[^/]+/"
            r"Control\.MiniMap(?:\.min)?\.(?P<ext>js|css)$",
            "leaflet-minimap/dist/Control.MiniMap.min.{ext}",
        ),
        (
            r"^https://cdn\.jsdelivr\.net/gh/python-visualization/folium[^/]*/folium/templates/"
            r"leaflet_heat\.min\.js$",
            "leaflet.heat/dist/leaflet-heat.js",
        ),
    )
)

_SCRIPT_TAG = re.compile(r'<script\s+src="(?P<url>https?://[^"]+)"\s*>\s*</script>', re.I)
_LINK_TAG = re.compile(r'<link\s+rel="stylesheet"\s+href="(?P<url>https?://[^"]+)"\s*/?>', re.I)
_CSS_URL = re.compile(r"""url\(\s*(?P<q>['"]?)(?P<ref>[^'")]+)(?P=q)\s*\)""")
_FONT_SRC = re.compile(r"(?P<head>src\s*:\s*)(?P<list>[^;}]+)")


def required_urls() -> list[str]:
    """Every JS/CSS URL a mapper map can reference (folium's Map and the plugins mapper uses)."""
    import folium
    from folium import plugins

    from mapper.maps.build import UNUSED_CSS

    urls: list[str] = []
    for cls in (
        folium.Map,
        plugins.MarkerCluster,
        plugins.HeatMap,
        plugins.Fullscreen,
        plugins.MiniMap,
    ):
        for name, url in [*cls.default_js, *cls.default_css]:
            if name not in UNUSED_CSS and url not in urls:
                urls.append(url)
    return urls


def npm_candidates(url: str) -> list[str]:
    """Paths inside ``node_modules`` that may hold ``url``'s file (the unminified name too)."""
    for pattern, template in NPM_RULES:
        match = pattern.match(url)
        if match:
            path = template.format(**{k: v or "" for k, v in match.groupdict().items()})
            out = [path]
            for ext in (".js", ".css"):
                if path.endswith(".min" + ext):
                    out.append(path[: -len(".min" + ext)] + ext)
            return out
    return []


def cache_key(url: str) -> str:
    """The relative cache path of ``url`` (host and path, no scheme, no '..')."""
    parts = urlsplit(url)
    clean = PurePosixPath(parts.path).parts
    safe = [p for p in clean if p not in ("/", "..", ".", "")]
    return "/".join([parts.netloc.replace(":", "_"), *safe])


def _folium_local(url: str) -> Path | None:
    """folium ships some of its gh-hosted templates (e.g. leaflet_heat.min.js) in the package."""
    if "/python-visualization/folium" not in url:
        return None
    import folium

    local = Path(folium.__file__).parent / "templates" / PurePosixPath(urlsplit(url).path).name
    return local if local.is_file() else None


# --- reading from a source: a local path or a URL --------------------------------------------


def _read(location: str | Path) -> bytes | None:
    if isinstance(location, Path):
        return location.read_bytes() if location.is_file() else None
    try:
        with urllib.request.urlopen(location, timeout=TIMEOUT_S) as resp:  # noqa: S310
            return resp.read()
    except urllib.error.HTTPError as exc:
        if exc.code == 404:
            return None
        raise DataUnavailableError(f"cannot fetch {location}: HTTP {exc.code}") from None
    except (urllib.error.URLError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        raise DataUnavailableError(
            f"cannot fetch {location}: {reason} (offline? `mapper assets fetch --mirror DIR_OR_URL`"
            " copies from an npm install of leaflet and its plugins)"
        ) from None


def _join(location: str | Path, ref: str) -> str | Path:
    if isinstance(location, Path):
        return (location.parent / ref.split("?")[0].split("#")[0]).resolve()
    return urljoin(location, ref)


@dataclass
class _Mirror:
    """Where to read an asset: the CDN itself (base None), an npm folder or an npm mirror URL."""

    base: str | Path | None

    def locations(self, url: str) -> list[str | Path]:
        local = _folium_local(url)
        if self.base is None:
            return [local] if local else [url]
        out: list[str | Path] = []
        for cand in npm_candidates(url):
            if isinstance(self.base, Path):
                out += [self.base / cand, self.base / "node_modules" / cand]
            else:
                out.append(self.base.rstrip("/") + "/" + cand)
        if local:
            out.append(local)
        return out


def _mirror(mirror: str | Path | None) -> _Mirror:
    if mirror is None or str(mirror) == "":
        return _Mirror(None)
    text = str(mirror)
    if text.startswith(("http://", "https://")):
        return _Mirror(text)
    path = Path(text).expanduser()
    if not path.is_dir():
        raise OptionError(f"--mirror {text}: not a directory or an http(s) URL")
    return _Mirror(path.resolve())


def prune_font_sources(css: str) -> str:
    """Keep only the woff2 fonts of ``src:`` lists that offer woff2 (every current browser reads
    it), so inlined fonts do not carry a second, larger copy."""

    def fix(match: re.Match[str]) -> str:
        items = [s.strip() for s in match.group("list").split(",")]
        woff2 = [s for s in items if ".woff2" in s]
        return match.group("head") + (",".join(woff2) if woff2 else match.group("list"))

    return _FONT_SRC.sub(fix, css)


def _css_refs(css: str) -> list[str]:
    refs = []
    for match in _CSS_URL.finditer(css):
        ref = match.group("ref").strip()
        if ref.startswith(("data:", "#", "about:")) or ref in refs:
            continue
        refs.append(ref)
    return refs


def fetch_assets(
    mirror: str | Path | None = None,
    *,
    urls: Iterable[str] | None = None,
    progress: Callable[[str], None] | None = None,
) -> list[Path]:
    """Fill the asset cache with every file of :func:`required_urls` and what their CSS uses.

    ``mirror``: None (the CDN URLs), a directory (an npm ``node_modules`` or its parent) or a URL
    serving one. Returns the cached files; raises DataUnavailableError naming the first asset
    that no source has.
    """
    source = _mirror(mirror)
    root = cache_dir("assets")
    written: list[Path] = []
    for url in urls or required_urls():
        body, where = None, None
        for location in source.locations(url):
            body = _read(location)
            if body is not None:
                where = location
                break
        if body is None or where is None:
            tried = ", ".join(str(x) for x in source.locations(url)) or "no npm path known"
            raise DataUnavailableError(f"asset {url} not found (tried {tried})")
        if url.endswith(".css"):
            css = prune_font_sources(body.decode("utf-8"))
            body = css.encode("utf-8")
            for ref in _css_refs(css):
                sub = _read(_join(where, ref))
                if sub is None:
                    raise DataUnavailableError(f"asset {ref} (used by {url}) not found")
                written.append(_store(root, urljoin(url, ref), sub))
        written.append(_store(root, url, body))
        if progress:
            progress(url)
    return written


def _store(root: Path, url: str, body: bytes) -> Path:
    from mapper.fileio import atomic_path

    target = root / cache_key(url)
    with atomic_path(target) as tmp:
        tmp.write_bytes(body)
    return target


def _cached(url: str) -> bytes | None:
    path = cache_dir("assets") / cache_key(url)
    return path.read_bytes() if path.is_file() else None


def _data_uri(url: str, body: bytes) -> str:
    path = urlsplit(url).path
    mime = mimetypes.guess_type(path)[0]
    if mime is None:
        mime = {
            "woff2": "font/woff2",
            "woff": "font/woff",
            "ttf": "font/ttf",
            "svg": "image/svg+xml",
        }.get(path.rsplit(".", 1)[-1], "application/octet-stream")
    return f"data:{mime};base64,{base64.b64encode(body).decode('ascii')}"


def _inline_css(url: str, css: str, missing: list[str]) -> str:
    def fix(match: re.Match[str]) -> str:
        ref = match.group("ref").strip()
        if ref.startswith(("data:", "#", "about:")):
            return match.group(0)
        full = urljoin(url, ref)
        body = _cached(full)
        if body is None:
            missing.append(full)
            return match.group(0)
        return f'url("{_data_uri(full, body)}")'

    return _CSS_URL.sub(fix, css)


def check_cache() -> None:
    """Raise DataUnavailableError (one line) unless every required asset is in the cache."""
    missing = [url for url in required_urls() if _cached(url) is None]
    if missing:
        raise DataUnavailableError(
            f"the asset cache {cache_dir('assets')} lacks {len(missing)} of the map's "
            f"{len(required_urls())} script/style files (first: {missing[0]}): {FETCH_HINT}"
        )


def inline_assets(html: str) -> str:
    """Replace every external script and stylesheet of ``html`` by its cached copy.

    Raises DataUnavailableError (one line, telling the user to run ``mapper assets fetch``)
    when the cache lacks any of them.
    """
    missing: list[str] = []

    def script(match: re.Match[str]) -> str:
        body = _cached(match.group("url"))
        if body is None:
            missing.append(match.group("url"))
            return match.group(0)
        js = body.decode("utf-8")
        js = re.sub(r"</(script)", r"<\\/\1", js, flags=re.I).replace("<!--", "<\\!--")
        return f"<script>{js}</script>"

    def link(match: re.Match[str]) -> str:
        url = match.group("url")
        body = _cached(url)
        if body is None:
            missing.append(url)
            return match.group(0)
        css = _inline_css(url, body.decode("utf-8"), missing)
        css = re.sub(r"</(style)", r"<\\/\1", css, flags=re.I)
        return f"<style>{css}</style>"

    out = _LINK_TAG.sub(link, _SCRIPT_TAG.sub(script, html))
    if missing:
        raise DataUnavailableError(
            f"the asset cache {cache_dir('assets')} lacks {len(missing)} file(s) the map needs "
            f"(first: {missing[0]}): {FETCH_HINT}"
        )
    return out
