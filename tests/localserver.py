"""A tiny HTTP server on 127.0.0.1 for tests of code that talks to online services.

Tests register routes (path -> handler) and read ``server.url``; every request is recorded in
``server.requests`` so a test can assert what the client sent.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit


@dataclass
class Request:
    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]
    body: bytes


@dataclass
class Response:
    status: int = 200
    body: bytes | str = b""
    headers: dict[str, str] = field(default_factory=dict)
    #: send only this many bytes of the body (under the full Content-Length), then close the
    #: connection: a transfer that breaks off
    cut_after: int | None = None


#: A route handler: receives the request, returns a Response.
Route = Callable[[Request], Response]


class LocalServer:
    """Serve registered routes on 127.0.0.1 from a background thread."""

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.requests: list[Request] = []
        self._httpd: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    def route(self, path: str, handler: Route) -> None:
        """Answer requests whose path (without query) equals ``path``."""
        self.routes[path] = handler

    def serve_bytes(self, path: str, body: bytes, content_type: str = "application/octet-stream"):
        """Answer ``path`` with a fixed body."""
        self.route(path, lambda _req: Response(200, body, {"Content-Type": content_type}))

    @property
    def url(self) -> str:
        assert self._httpd is not None
        host, port = self._httpd.server_address[:2]
        return f"http://{host}:{port}"

    def start(self) -> None:
        server = self

        class Handler(BaseHTTPRequestHandler):
            def _handle(self) -> None:
                parts = urlsplit(self.path)
                length = int(self.headers.get("Content-Length") or 0)
                req = Request(
                    method=self.command,
                    path=parts.path,
                    query=parse_qs(parts.query),
                    headers={k: v for k, v in self.headers.items()},
                    body=self.rfile.read(length) if length else b"",
                )
                server.requests.append(req)
                handler = server.routes.get(parts.path)
                resp = handler(req) if handler else Response(404, b"not found")
                body = resp.body.encode() if isinstance(resp.body, str) else resp.body
                self.send_response(resp.status)
                for key, value in resp.headers.items():
                    self.send_header(key, value)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body if resp.cut_after is None else body[: resp.cut_after])
                if resp.cut_after is not None:
                    self.close_connection = True

            do_GET = do_POST = _handle

            def log_message(self, *args) -> None:  # keep test output quiet
                pass

        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self._thread.start()

    def stop(self) -> None:
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
