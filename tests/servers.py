"""Run an ASGI or WSGI app on a free loopback port for the length of a `with` block."""

from __future__ import annotations

import http.client
import http.server
import socket
import threading
import time
import urllib.parse
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import uvicorn
from werkzeug.serving import make_server


@contextmanager
def serve_asgi(app: Any, **tls: Any) -> Iterator[str]:
    """Serve `app`; `ssl_certfile=` and `ssl_keyfile=` make it HTTPS."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)  # TCP_NODELAY
    sock.bind(("127.0.0.1", 0))
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="off", **tls))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        assert time.monotonic() < deadline, "server did not start"
        time.sleep(0.01)
    try:
        scheme = "https" if tls else "http"
        yield f"{scheme}://127.0.0.1:{sock.getsockname()[1]}"
    finally:
        server.should_exit = True
        thread.join(10)
        sock.close()


@contextmanager
def serve_wsgi(app: Any) -> Iterator[str]:
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        thread.join(10)


def closed_port_url() -> str:
    """A loopback URL nothing listens on: connecting is refused."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}/sinch/callbacks"


class ForwardProxy:
    """A plain-HTTP forward proxy on loopback that records what passes through it.

    `requests` holds (absolute URL, Proxy-Authorization header) per request; `most_at_once`
    the largest number of client connections open at the same time.
    """

    def __init__(self) -> None:
        self.requests: list[tuple[str, str | None]] = []
        self.most_at_once = 0
        self._open = 0
        self._lock = threading.Lock()
        proxy = self

        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def setup(self) -> None:
                super().setup()
                with proxy._lock:
                    proxy._open += 1
                    proxy.most_at_once = max(proxy.most_at_once, proxy._open)

            def finish(self) -> None:
                super().finish()
                with proxy._lock:
                    proxy._open -= 1

            def forward(self) -> None:
                proxy.requests.append((self.path, self.headers.get("Proxy-Authorization")))
                target = urllib.parse.urlsplit(self.path)
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else None
                headers = {
                    k: v for k, v in self.headers.items() if k.lower() != "proxy-authorization"
                }
                assert target.hostname is not None, "a forward proxy gets absolute URLs"
                upstream = http.client.HTTPConnection(target.hostname, target.port, timeout=10)
                try:
                    upstream.request(self.command, target.path, body=body, headers=headers)
                    answer = upstream.getresponse()
                    content = answer.read()
                    self.send_response(answer.status)
                    for name, value in answer.getheaders():
                        if name.lower() not in ("transfer-encoding", "connection"):
                            self.send_header(name, value)
                    self.end_headers()
                    self.wfile.write(content)
                finally:
                    upstream.close()

            do_GET = do_POST = do_DELETE = forward

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self._server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self._server.server_port}"

    def wait_idle(self, seconds: float = 10) -> None:
        """Wait until every client connection has been closed and counted out."""
        deadline = time.monotonic() + seconds
        while self._open:
            assert time.monotonic() < deadline, "the proxy's connections did not close"
            time.sleep(0.01)

    def __enter__(self) -> ForwardProxy:
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(10)
