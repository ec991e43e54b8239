"""The mock's HTTP/1.1 protocol: uvicorn's httptools protocol with the limits a shared server needs.

uvicorn reads a request head for as long as the client takes and however large it grows: one
connection sending an endless header line grew the mock by 64-130 MB, and slow connections
held it up. This subclass adds what nginx calls `client_header_timeout` and
`large_client_header_buffers`:

- a head (request line and headers) must arrive within `HEAD_TIMEOUT_SECONDS` of the
  connection opening or the request starting, or the connection is answered 408 and closed;
- a head over `MAX_HEAD_BYTES`, or a request target over `MAX_URL_BYTES`, is answered 431 or
  414 and the connection closed, having held at most one network read more than the cap.

Between requests on a kept-alive connection, uvicorn's own keep-alive timeout applies.
"""

from __future__ import annotations

import asyncio
import json
from typing import Any

from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

HEAD_TIMEOUT_SECONDS = 10.0
MAX_HEAD_BYTES = 32 * 1024
MAX_URL_BYTES = 8 * 1024
_REASONS = {
    408: ("Request Timeout", 40800, "The request head did not arrive in time"),
    414: ("URI Too Long", 41400, f"The request target is longer than {MAX_URL_BYTES} bytes"),
    431: (
        "Request Header Fields Too Large",
        43100,
        f"The request head is larger than {MAX_HEAD_BYTES} bytes",
    ),
}


def refusal(status: int) -> bytes:
    """A complete answer in Sinch's error shape that closes the connection."""
    reason, code, message = _REASONS[status]
    body = json.dumps({"errorCode": code, "message": message}).encode()
    head = (
        f"HTTP/1.1 {status} {reason}\r\ncontent-type: application/json\r\n"
        f"content-length: {len(body)}\r\nconnection: close\r\n\r\n"
    )
    return head.encode("ascii") + body


class GuardedHttpToolsProtocol(HttpToolsProtocol):
    """uvicorn's httptools protocol with a head timeout and head and URL size caps."""

    head_timeout_seconds = HEAD_TIMEOUT_SECONDS

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._in_head = True  # reading a request head (or waiting for the first one)
        self._head_bytes = 0
        self._head_timer: asyncio.TimerHandle | None = None
        self._refused = False

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._start_head_timer()

    def connection_lost(self, exc: Exception | None) -> None:
        self._stop_head_timer()
        super().connection_lost(exc)

    def data_received(self, data: bytes) -> None:
        if self._refused:
            return  # closing: nothing more is parsed
        super().data_received(data)
        if self._in_head and not self._refused:
            # The whole read counts: a head that ends in this read has reset the flag.
            self._head_bytes += len(data)
            if self._head_bytes > MAX_HEAD_BYTES:
                self._refuse(431)

    def on_message_begin(self) -> None:
        super().on_message_begin()
        self._in_head = True
        self._start_head_timer()

    def on_url(self, url: bytes) -> None:
        super().on_url(url)
        if len(self.url) > MAX_URL_BYTES:
            self._refuse(414)

    def on_headers_complete(self) -> None:
        self._in_head = False
        self._head_bytes = 0
        self._stop_head_timer()
        if self._refused:
            return  # no application task for a refused request
        size = len(self.url) + sum(len(name) + len(value) + 4 for name, value in self.headers)
        if size > MAX_HEAD_BYTES:
            self._refuse(431)
            return
        super().on_headers_complete()

    def _start_head_timer(self) -> None:
        if self._head_timer is None:
            self._head_timer = self.loop.call_later(self.head_timeout_seconds, self._head_timed_out)

    def _stop_head_timer(self) -> None:
        if self._head_timer is not None:
            self._head_timer.cancel()
            self._head_timer = None

    def _head_timed_out(self) -> None:
        self._head_timer = None
        if self._in_head and (self.cycle is None or self.cycle.response_complete):
            self._refuse(408)

    def _refuse(self, status: int) -> None:
        if self._refused:
            return
        self._refused = True
        self._stop_head_timer()
        if not self.transport.is_closing():
            self.transport.write(refusal(status))
            self.transport.close()


def guarded_protocol(head_timeout_seconds: float = HEAD_TIMEOUT_SECONDS) -> type[HttpToolsProtocol]:
    """The protocol class for uvicorn, with the given head timeout."""
    if not head_timeout_seconds > 0:
        raise ValueError("the head timeout must be a number of seconds > 0")
    return type(
        "GuardedHttpToolsProtocol",
        (GuardedHttpToolsProtocol,),
        {"head_timeout_seconds": head_timeout_seconds},
    )
