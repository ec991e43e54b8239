"""Callback handlers that misbehave the ways code the user does not control can.

Each is a route of one Starlette app (`hostile_handlers()`), to point `check-callbacks` or the
mock's dispatcher at:

- `/endless`: 200, then a body that never ends;
- `/bomb`: 200 with a gzip body of about 2 MiB that inflates to 2 GiB (the same deflate block,
  flushed so that it can be repeated, 2,048 times);
- `/drip`: 200, then one byte every half second, for ever;
- `/escapes`: an SVAML answer with an unknown key that is a terminal escape sequence;
- `/status/N`: answers N with no body (the replay check's inconclusive cases).
"""

from __future__ import annotations

import asyncio
import json
import zlib
from collections.abc import AsyncIterator
from functools import cache

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response, StreamingResponse
from starlette.routing import Route

BOMB_INFLATED_BYTES = 2 * 1024**3
_BLOCK_INFLATED = 1024 * 1024
# A key that clears the screen and retitles the terminal, were it printed raw.
ESCAPE_KEY = "\x1b[2J\x1b]0;pwned\x07"


@cache
def gzip_bomb() -> bytes:
    """A gzip body of about 2 MiB that inflates to 2 GiB of zeros (no trailer: no reader
    that honours a size cap gets that far)."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, -zlib.MAX_WBITS)
    block = compressor.compress(b"\0" * _BLOCK_INFLATED) + compressor.flush(zlib.Z_FULL_FLUSH)
    header = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\xff"  # gzip, deflate, no name, no time
    return header + block * (BOMB_INFLATED_BYTES // _BLOCK_INFLATED)


async def _endless(request: Request) -> Response:
    await request.body()

    async def forever() -> AsyncIterator[bytes]:
        chunk = b" " * 65536
        while True:
            yield chunk
            await asyncio.sleep(0)  # the server keeps serving others

    return StreamingResponse(forever(), media_type="application/json")


async def _bomb(request: Request) -> Response:
    await request.body()
    return Response(
        gzip_bomb(), media_type="application/json", headers={"content-encoding": "gzip"}
    )


async def _drip(request: Request) -> Response:
    await request.body()

    async def drip() -> AsyncIterator[bytes]:
        while True:
            yield b" "
            await asyncio.sleep(0.5)

    return StreamingResponse(drip(), media_type="application/json")


async def _escapes(request: Request) -> Response:
    await request.body()
    body = json.dumps({"action": {"name": "hangup"}, ESCAPE_KEY: 1})  # as \u001b escapes
    return Response(body, media_type="application/json")


async def _status(request: Request) -> Response:
    await request.body()
    return Response(status_code=int(request.path_params["code"]))


def hostile_handlers() -> Starlette:
    return Starlette(
        routes=[
            Route("/endless", _endless, methods=["POST"]),
            Route("/bomb", _bomb, methods=["POST"]),
            Route("/drip", _drip, methods=["POST"]),
            Route("/escapes", _escapes, methods=["POST"]),
            Route("/status/{code:int}", _status, methods=["POST"]),
        ]
    )
