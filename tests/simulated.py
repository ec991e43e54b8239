"""A handler of the tests' own for simulated calls (the `calls_for` fixture, in conftest.py,
plays calls against one)."""

from __future__ import annotations

import asyncio
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route


def handler(answers: dict[str, Any], delay: float = 0.0) -> Starlette:
    """A handler answering each event kind with fixed SVAML (DiCE and notify: 200, empty)."""
    seen: list[dict[str, Any]] = []

    async def callback(request: Request) -> Response:
        event = await request.json()
        seen.append(event)
        await asyncio.sleep(delay)
        answer = answers.get(event["event"])
        return JSONResponse(answer) if answer is not None else Response(status_code=200)

    app = Starlette(routes=[Route("/cb", callback, methods=["POST"])])
    app.state.seen = seen
    return app
