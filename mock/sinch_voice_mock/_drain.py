"""Read the rest of a request before answering it early, so that the client sees the answer.

The mock answers some requests without reading their bodies: a 413 for a body over the cap, a
401 from the control plane, a 404 or 405 for a path it does not serve. If the connection is
then closed with body bytes unread, the kernel resets it, and a client that writes its whole
body before reading (urllib, requests, most HTTP libraries) gets "Connection reset by peer"
instead of the answer. nginx (lingering close) and Go's net/http drain what is left first.

`DrainBeforeAnswer` does the same: when an answer starts while the request body has not been
read to its end, it reads and discards the rest, at most `max_bytes` within `max_seconds`,
then lets the answer go. Past either bound it answers anyway with `Connection: close`. A
request that asked for `100 Continue` and was never read is answered at once: its client has
not sent the body and will not.
"""

from __future__ import annotations

import asyncio
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

DRAIN_MAX_BYTES = 1024 * 1024 * 1024
DRAIN_MAX_SECONDS = 30.0


class DrainBeforeAnswer:
    """ASGI middleware: drain an unread request body (bounded) before an answer starts."""

    def __init__(
        self,
        app: ASGIApp,
        *,
        max_bytes: int = DRAIN_MAX_BYTES,
        max_seconds: float = DRAIN_MAX_SECONDS,
    ) -> None:
        self.app = app
        self.max_bytes = max_bytes
        self.max_seconds = max_seconds

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        request = _RequestBody(scope, receive)

        async def answer(message: Message) -> None:
            starts = message["type"] == "http.response.start"
            if starts and not request.finished and not await self._drained(request):
                message = _closing(message)
            await send(message)

        await self.app(scope, request.receive, answer)

    async def _drained(self, request: _RequestBody) -> bool:
        """Whether the unread body is gone, so the connection can be kept."""
        if request.waiting_for_continue():
            return False  # the client holds the body back: answer at once, then close
        return await request.drain(self.max_bytes, self.max_seconds)


class _RequestBody:
    """The request's body as the application reads it, and whether it has ended."""

    def __init__(self, scope: Scope, receive: Receive) -> None:
        headers = dict(scope.get("headers") or [])
        self._receive = receive
        self._read_any = False
        self._expects_continue = headers.get(b"expect", b"").lower() == b"100-continue"
        length = headers.get(b"content-length", b"")
        has_body = (length.isdigit() and int(length) > 0) or b"transfer-encoding" in headers
        self.finished = not has_body

    async def receive(self) -> Message:
        message = await self._receive()
        self._read_any = True
        if message["type"] == "http.disconnect" or not message.get("more_body", False):
            self.finished = True
        return message

    def waiting_for_continue(self) -> bool:
        return self._expects_continue and not self._read_any

    async def drain(self, max_bytes: int, max_seconds: float) -> bool:
        """Read and discard the rest of the body; True when it all came within the bounds."""
        drained = 0
        try:
            async with asyncio.timeout(max_seconds):
                while not self.finished:
                    message = await self.receive()
                    drained += len(message.get("body", b""))
                    if drained > max_bytes:
                        return False
        except TimeoutError:
            return False
        return True


def _closing(message: Message) -> dict[str, Any]:
    """The answer's start, with `Connection: close` (the unread rest cannot be skipped)."""
    headers = [(k, v) for k, v in message.get("headers", []) if k.lower() != b"connection"]
    return {**message, "headers": [*headers, (b"connection", b"close")]}
