"""A hostile HTTP server on loopback: it answers every request with whatever a scenario writes.

Scenarios are raw bytes on a socket, so they can break HTTP itself (status lines, framing,
encodings, timing), not only the JSON. Each scenario names the operation to call and what a
`connect()` client must make of it: a model of the given type, or the given `SinchError`.
"""

from __future__ import annotations

import gzip
import json
import socket
import socketserver
import threading
import time
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from sinch_voice.models import (
    CallbackConfiguration,
    EmptyResponse,
    OwnedNumberList,
    QueryNumberResponse,
)
from sinch_voice_toolkit import (
    AuthenticationError,
    BadRequestError,
    InvalidResponseError,
    NotFoundError,
    RateLimitedError,
    ResponseTooLargeError,
    ServerError,
    SinchApiError,
    SinchConnectionError,
    SinchError,
    SinchTimeoutError,
)

Writer = Callable[[socket.socket], None]
MIB = 1024 * 1024
DEADLINE = 1.5  # seconds: the clients under test run with RetryPolicy(total_seconds=DEADLINE)


@dataclass(frozen=True)
class Scenario:
    name: str
    operation: str  # a key of test_hostile_server.CALLS
    write: Writer
    expect: type[Any]  # a model type (success) or a SinchError subclass


def answer(
    status: int,
    body: bytes | str = b"",
    *,
    content_type: str | None = "application/json",
    headers: tuple[tuple[str, str], ...] = (),
    reason: str = "Whatever",
) -> Writer:
    """A complete HTTP/1.1 answer, then the connection is closed."""
    data = body.encode() if isinstance(body, str) else body
    lines = [f"HTTP/1.1 {status} {reason}", f"Content-Length: {len(data)}", "Connection: close"]
    if content_type is not None:
        lines.append(f"Content-Type: {content_type}")
    lines += [f"{k}: {v}" for k, v in headers]
    head = ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")

    def write(sock: socket.socket) -> None:
        sock.sendall(head + data)

    return write


def raw(data: bytes) -> Writer:
    def write(sock: socket.socket) -> None:
        sock.sendall(data)

    return write


def dribble(head: bytes, body: bytes, every: float) -> Writer:
    """Send the head, then the body one byte at a time."""

    def write(sock: socket.socket) -> None:
        sock.sendall(head)
        for byte in body:
            time.sleep(every)
            sock.sendall(bytes([byte]))

    return write


def dribble_head(head: bytes, every: float) -> Writer:
    def write(sock: socket.socket) -> None:
        for byte in head:
            time.sleep(every)
            sock.sendall(bytes([byte]))

    return write


def endless_continue(every: float) -> Writer:
    """`100 Continue` informational answers, one every `every` seconds, never a final one."""

    def write(sock: socket.socket) -> None:
        while True:
            sock.sendall(b"HTTP/1.1 100 Continue\r\n\r\n")
            time.sleep(every)

    return write


def silence(seconds: float) -> Writer:
    def write(sock: socket.socket) -> None:
        time.sleep(seconds)

    return write


def in_turn(*writers: Writer) -> Writer:
    """Answer the first request with the first writer, the second with the second, ..."""
    served = iter(writers)
    return lambda sock: next(served)(sock)


def hang_up(sock: socket.socket) -> None:
    """Close the connection without a word (the handler has read the request)."""


def endless_chunks() -> Writer:
    """A chunked body that never ends (until the client hangs up)."""

    def write(sock: socket.socket) -> None:
        sock.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n")
        sock.sendall(b"Transfer-Encoding: chunked\r\n\r\n")
        chunk = b"[" * 65536
        while True:
            sock.sendall(b"%x\r\n%s\r\n" % (len(chunk), chunk))

    return write


def gzip_bomb(decompressed: int) -> bytes:
    compressor = zlib.compressobj(9, zlib.DEFLATED, 31)  # gzip framing
    block = b"\0" * MIB
    parts = [compressor.compress(block) for _ in range(decompressed // MIB)]
    return b"".join(parts) + compressor.flush()


def _wrong_crc(data: bytes) -> bytes:
    """A gzip member whose CRC-32 trailer does not match its content."""
    return data[:-8] + bytes(b ^ 0xFF for b in data[-8:-4]) + data[-4:]


def _json(value: Any) -> str:
    return json.dumps(value)


NUMBER_ITEM = {"number": "+14155550100", "capability": "voice"}
GOOD_NUMBERS = _json({"numbers": [NUMBER_ITEM]})
ERROR = {"errorCode": 40001, "message": "bad"}


def scenarios() -> list[Scenario]:
    ok_head = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n"
    length = len(GOOD_NUMBERS)
    s = Scenario
    return [
        # -- shapes: tolerant where Sinch is -------------------------------------------------
        s("numbers: well formed", "getNumbers", answer(200, GOOD_NUMBERS), OwnedNumberList),
        s("numbers: empty object", "getNumbers", answer(200, "{}"), OwnedNumberList),
        s("numbers: unknown fields", "getNumbers",
          answer(200, _json({"numbers": [{**NUMBER_ITEM, "new": {"x": [1]}}], "page": 2})),
          OwnedNumberList),
        s("numbers: unknown capability", "getNumbers",
          answer(200, _json({"numbers": [{"number": "+1", "capability": "fax"}]})),
          OwnedNumberList),
        s("numbers: no capability, no +", "getNumbers",
          answer(200, _json({"numbers": [{"number": "33444555666"}]})), OwnedNumberList),
        s("numbers: text/plain JSON", "getNumbers",
          answer(200, GOOD_NUMBERS, content_type="text/plain"), OwnedNumberList),
        s("numbers: no content type", "getNumbers",
          answer(200, GOOD_NUMBERS, content_type=None), OwnedNumberList),
        s("numbers: UTF-8 BOM", "getNumbers",
          answer(200, b"\xef\xbb\xbf" + GOOD_NUMBERS.encode()), OwnedNumberList),
        s("callbacks: empty object", "getCallbackUrls", answer(200, "{}"), CallbackConfiguration),
        s("callbacks: url null", "getCallbackUrls", answer(200, '{"url": null}'),
          CallbackConfiguration),
        s("callbacks: fallback null, not a URI", "getCallbackUrls",
          answer(200, _json({"url": {"primary": "not a uri", "fallback": None}})),
          CallbackConfiguration),
        s("query: numberItem form", "queryNumber",
          answer(200, _json({"method": "numberItem", "numberItem": {"countryId": "SE"}})),
          QueryNumberResponse),
        s("query: empty object", "queryNumber", answer(200, "{}"), QueryNumberResponse),
        s("query: currency null", "queryNumber",
          answer(200, _json({"number": {"rate": {"currencyId": None, "amount": 1}}})),
          QueryNumberResponse),
        s("assign: 200 {}", "updateNumbers", answer(200, "{}"), EmptyResponse),
        s("assign: 204 with a stray body", "updateNumbers",
          answer(204, "", content_type=None), type(None)),
        s("unassign: 204", "unassignNumber", answer(204, "", content_type=None), type(None)),
        # -- shapes: what no Sinch source allows ---------------------------------------------
        s("numbers: null list", "getNumbers", answer(200, '{"numbers": null}'),
          InvalidResponseError),
        s("numbers: list is an object", "getNumbers", answer(200, '{"numbers": {}}'),
          InvalidResponseError),
        s("numbers: item without number", "getNumbers", answer(200, '{"numbers": [{}]}'),
          InvalidResponseError),
        s("numbers: number is an integer", "getNumbers",
          answer(200, '{"numbers": [{"number": 46730170101}]}'), InvalidResponseError),
        s("numbers: capability null", "getNumbers",
          answer(200, '{"numbers": [{"number": "+1", "capability": null}]}'),
          InvalidResponseError),
        s("numbers: top-level array", "getNumbers", answer(200, "[]"), InvalidResponseError),
        s("numbers: top-level string", "getNumbers", answer(200, '"ok"'), InvalidResponseError),
        s("numbers: top-level null", "getNumbers", answer(200, "null"), InvalidResponseError),
        s("numbers: NaN", "getNumbers", answer(200, '{"numbers": NaN}'), InvalidResponseError),
        s("numbers: 100,000 nested arrays", "getNumbers", answer(200, "[" * 100_000),
          InvalidResponseError),
        s("numbers: nested deeper than recursion", "getNumbers",
          answer(200, '{"x": ' + "[" * 5000 + "]" * 5000 + "}"), InvalidResponseError),
        s("numbers: integer of 5,000 digits", "getNumbers",
          answer(200, '{"numbers": [], "x": ' + "9" * 5000 + "}"), InvalidResponseError),
        s("numbers: invalid UTF-8", "getNumbers", answer(200, b'{"numbers": ["\xff\xfe"]}'),
          InvalidResponseError),
        s("callbacks: url as array (v1.0.0 form)", "getCallbackUrls",
          answer(200, '{"url": [{"primary": "https://a"}]}'), InvalidResponseError),
        s("callbacks: url as string", "getCallbackUrls", answer(200, '{"url": "https://a"}'),
          InvalidResponseError),
        s("query: rate amount a string", "queryNumber",
          answer(200, '{"number": {"rate": {"amount": "cheap"}}}'), InvalidResponseError),
        s("query: item a string", "queryNumber", answer(200, '{"number": "+46"}'),
          InvalidResponseError),
        s("assign: 200 with an array", "updateNumbers", answer(200, "[]"), InvalidResponseError),
        # -- statuses ------------------------------------------------------------------------
        s("numbers: 201", "getNumbers", answer(201, GOOD_NUMBERS), InvalidResponseError),
        s("numbers: 204", "getNumbers", answer(204, "", content_type=None),
          InvalidResponseError),
        s("numbers: 299", "getNumbers", answer(299, GOOD_NUMBERS), InvalidResponseError),
        s("numbers: 200 empty", "getNumbers", answer(200, ""), InvalidResponseError),
        s("numbers: 200 HTML", "getNumbers",
          answer(200, "<html>hi</html>", content_type="text/html"), InvalidResponseError),
        s("assign: 200 empty", "updateNumbers", answer(200, ""), InvalidResponseError),
        s("assign: 202", "updateNumbers", answer(202, "{}"), InvalidResponseError),
        s("numbers: 302 redirect", "getNumbers",
          answer(302, "", headers=(("Location", "http://127.0.0.1:9/"),)), SinchApiError),
        s("numbers: 418", "getNumbers", answer(418, "I'm a teapot", content_type="text/plain"),
          SinchApiError),
        s("numbers: 600", "getNumbers", answer(600, "{}"), ServerError),
        s("assign: 400 HTML", "updateNumbers",
          answer(400, "<html>bad</html>", content_type="text/html"), BadRequestError),
        s("assign: 400 errorCode as string", "updateNumbers",
          answer(400, '{"errorCode": "40001"}'), BadRequestError),
        s("assign: 400 errorCode with a control character", "updateNumbers",
          answer(400, '{"errorCode": "40001\\u001f"}'), BadRequestError),
        s("assign: 400 old envelope", "updateNumbers",
          answer(400, '{"response": {"error": {"code": 40001}}}'), BadRequestError),
        s("numbers: 401 deep JSON", "getNumbers", answer(401, "[" * 100_000),
          AuthenticationError),
        s("callbacks: 404 bogus charset", "getCallbackUrls",
          answer(404, _json(ERROR), content_type="application/json; charset=bogus-8"),
          NotFoundError),
        s("numbers: 500 empty", "getNumbers", answer(500, ""), ServerError),
        s("numbers: 503 Retry-After superscript two", "getNumbers",
          answer(503, "", headers=(("Retry-After", "²"),)), ServerError),
        s("numbers: 429 Retry-After garbage", "getNumbers",
          answer(429, _json(ERROR), headers=(("Retry-After", "soon, maybe"),)),
          RateLimitedError),
        s("numbers: 429 Retry-After a day", "getNumbers",
          answer(429, "", headers=(("Retry-After", "86400"),)), RateLimitedError),
        s("numbers: 429 Retry-After in 2999", "getNumbers",
          answer(429, "", headers=(("Retry-After", "Tue, 01 Jan 2999 00:00:00 GMT"),)),
          RateLimitedError),
        s("numbers: 429 Retry-After negative", "getNumbers",
          answer(429, "", headers=(("Retry-After", "-5"),)), RateLimitedError),
        # -- encodings -----------------------------------------------------------------------
        s("numbers: gzip", "getNumbers",
          answer(200, gzip.compress(GOOD_NUMBERS.encode()),
                 headers=(("Content-Encoding", "gzip"),)), OwnedNumberList),
        s("numbers: bad gzip", "getNumbers",
          answer(200, b"\x1f\x8bnot gzip at all", headers=(("Content-Encoding", "gzip"),)),
          InvalidResponseError),
        s("numbers: bad deflate", "getNumbers",
          answer(200, b"garbage", headers=(("Content-Encoding", "deflate"),)),
          InvalidResponseError),
        s("numbers: unknown encoding", "getNumbers",
          answer(200, b"\x00\x01", headers=(("Content-Encoding", "x-snappy"),)),
          InvalidResponseError),
        s("numbers: gzip without its CRC trailer", "getNumbers",
          answer(200, gzip.compress(GOOD_NUMBERS.encode())[:-8],
                 headers=(("Content-Encoding", "gzip"),)), InvalidResponseError),
        s("numbers: gzip with a wrong CRC", "getNumbers",
          answer(200, _wrong_crc(gzip.compress(GOOD_NUMBERS.encode())),
                 headers=(("Content-Encoding", "gzip"),)), InvalidResponseError),
        s("numbers: gzip with trailing garbage", "getNumbers",
          answer(200, gzip.compress(GOOD_NUMBERS.encode()) + b"garbage",
                 headers=(("Content-Encoding", "gzip"),)), InvalidResponseError),
        s("numbers: deflate cut short", "getNumbers",
          answer(200, zlib.compress(GOOD_NUMBERS.encode())[:-4],
                 headers=(("Content-Encoding", "deflate"),)), InvalidResponseError),
        s("numbers: gzip bomb (256 MiB)", "getNumbers",
          answer(200, gzip_bomb(256 * MIB), headers=(("Content-Encoding", "gzip"),)),
          ResponseTooLargeError),
        # -- sizes and framing ---------------------------------------------------------------
        s("numbers: 11 MiB body", "getNumbers",
          answer(200, '{"numbers": [], "x": "' + "a" * (11 * MIB) + '"}'),
          ResponseTooLargeError),
        s("numbers: endless chunked body", "getNumbers", endless_chunks(),
          ResponseTooLargeError),
        s("numbers: body shorter than Content-Length", "getNumbers",
          raw(ok_head + b"Content-Length: 100\r\n\r\n{}"), SinchConnectionError),
        s("numbers: bad chunk framing", "getNumbers",
          raw(ok_head + b"Transfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n"),
          SinchConnectionError),
        s("numbers: garbage status line", "getNumbers", raw(b"HELLO THERE\r\n\r\n"),
          SinchConnectionError),
        s("numbers: header without colon", "getNumbers",
          raw(b"HTTP/1.1 200 OK\r\nno colon here\r\n\r\n"), SinchConnectionError),
        s("numbers: hang up at once", "getNumbers", raw(b""), SinchConnectionError),
        # -- time ----------------------------------------------------------------------------
        s("numbers: silence", "getNumbers", silence(DEADLINE + 2), SinchTimeoutError),
        s("numbers: body one byte every 0.2 s", "getNumbers",
          dribble(ok_head + f"Content-Length: {length}\r\n\r\n".encode(),
                  GOOD_NUMBERS.encode(), 0.2), SinchTimeoutError),
        s("numbers: head one byte every 0.2 s", "getNumbers",
          dribble_head(ok_head + b"Content-Length: 2\r\n\r\n{}", 0.2), SinchTimeoutError),
        s("numbers: 100 Continue every 0.2 s, forever", "getNumbers", endless_continue(0.2),
          SinchTimeoutError),
        # -- what the server says goes into messages -----------------------------------------
        s("assign: 400 with a 5 MB message", "updateNumbers",
          answer(400, _json({"errorCode": 40001, "message": "x" * (5 * MIB)})), BadRequestError),
        s("assign: 400 with terminal escapes", "updateNumbers",
          answer(400, _json({"errorCode": 40001, "message": "\x1b[2J\x1b]0;pwned\x07\r\nok",
                             "reference": "\x1b[31mred"})), BadRequestError),
        s("numbers: 502 HTML with escapes", "getNumbers",
          answer(502, "\x1b[2J<html>\u202egateway</html>", content_type="text/html"),
          ServerError),
    ]  # fmt: skip


class _Handler(socketserver.BaseRequestHandler):
    server: HostileServer

    def handle(self) -> None:
        sock: socket.socket = self.request
        sock.settimeout(10)
        try:
            self.server.targets.append(_read_request(sock, self.server.heads))
            self.server.requests += 1
            self.server.writer(sock)
        except OSError:
            pass  # the client gave up: that is what the slow scenarios are for


def _read_request(sock: socket.socket, heads: list[bytes]) -> str:
    """Read one request, keep its head; return its target (the path and query)."""
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = sock.recv(65536)
        if not chunk:
            return ""
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    heads.append(head)
    length = 0
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value)
    while len(body) < length:
        chunk = sock.recv(65536)
        if not chunk:
            break
        body += chunk
    request_line = head.split(b"\r\n", 1)[0].decode("latin-1")
    return request_line.split(" ")[1] if request_line.count(" ") >= 2 else ""


class HostileServer(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.writer: Writer = answer(200, "{}")
        self.requests = 0
        self.targets: list[str] = []  # each request's path (and query), as it arrived
        self.heads: list[bytes] = []  # each request's head, as it arrived

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host!s}:{port}"


@contextmanager
def hostile_server() -> Iterator[HostileServer]:
    server = HostileServer()
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()


__all__ = ["DEADLINE", "HostileServer", "Scenario", "SinchError", "hostile_server", "scenarios"]
