"""Sinch callbacks in Starlette and FastAPI (whose `Request` is Starlette's).

    receiver = CallbackReceiver(respond)
    app = Starlette(routes=[callback_route(receiver, "/sinch/callbacks")])
    app.add_route("/sinch/callbacks", callback_endpoint(receiver), methods=["POST"])  # FastAPI

`respond` may be a coroutine function here.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from ._receiver import CallbackReceiver, asgi_raw_path

Endpoint = Callable[[Request], Awaitable[Response]]


def callback_endpoint(receiver: CallbackReceiver) -> Endpoint:
    """An endpoint that answers Sinch's callbacks with `receiver`."""

    async def sinch_callback(request: Request) -> Response:
        reply = await receiver.handle_async(
            method=request.method,
            path=asgi_raw_path(request.scope),
            headers=request.headers,
            body=await capped_body(request, receiver.max_body_bytes),
        )
        return Response(reply.body, status_code=reply.status, media_type=reply.content_type)

    return sinch_callback


def callback_route(receiver: CallbackReceiver, path: str = "/sinch/callbacks") -> Route:
    """A POST route at `path` answering Sinch's callbacks with `receiver`."""
    return Route(path, callback_endpoint(receiver), methods=["POST"])


async def capped_body(request: Request, limit: int) -> bytes:
    """The body, read no further than `limit` + 1 bytes (enough to refuse it as too large)."""
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        chunks.append(chunk)
        size += len(chunk)
        if size > limit:
            break
    return b"".join(chunks)
