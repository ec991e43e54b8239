"""The edges of one exchange with a client: reading a request body within a limit, and
answering what goes wrong around the routes (routing errors, a client that leaves, a bug) in
Sinch's error shape."""

from __future__ import annotations

import logging

from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response

from ._errors import BODY_TOO_LARGE, INTERNAL_ERROR, SinchError, shown

_log = logging.getLogger("uvicorn.error")  # where uvicorn's own one-line messages go


async def read_body(request: Request, limit: int) -> bytes:
    """The request body, refused with a 413 as soon as it is known to exceed `limit` bytes.

    A declared Content-Length over the limit is refused before reading; a chunked body is
    counted as it arrives, so no more than `limit` bytes are ever held.
    """
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise _too_large(limit)
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise _too_large(limit)
        chunks.append(chunk)
    return b"".join(chunks)


def _too_large(limit: int) -> SinchError:
    return SinchError(BODY_TOO_LARGE, f"Request body is larger than {limit} bytes")


async def _http_error(request: Request, exc: Exception) -> Response:
    """Routing errors (404, 405) in Sinch's error shape, keeping headers such as Allow."""
    assert isinstance(exc, HTTPException)
    error = SinchError(exc.status_code * 100, exc.detail, dict(exc.headers or {}))
    return error.response()


async def _client_gone(request: Request, exc: Exception) -> Response:
    """The client went away before sending its whole request: one line, no traceback (the
    answer below is never sent)."""
    _log.warning(
        "client %s disconnected before its request was read: %s %s",
        _peer(request), request.method, shown(request.url.path),
    )  # fmt: skip
    return Response(status_code=400)


def _peer(request: Request) -> str:
    return f"{request.client.host}:{request.client.port}" if request.client else "(unknown)"


async def _server_error(request: Request, exc: Exception) -> Response:
    return SinchError(INTERNAL_ERROR, "Internal error").response()
