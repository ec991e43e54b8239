"""Receive Sinch callbacks in Starlette (or FastAPI, whose `Request` is Starlette's).

Verify every request before trusting it: a forged event gets 401 and is dropped, and so does a
replayed one (the replay guard remembers each signature while its timestamp is in the window;
with several worker processes, back `ReplayGuard` with a shared store such as Redis).
Run it with `python examples/receive_starlette.py` (credentials from SINCH_APPLICATION_KEY and
SINCH_APPLICATION_SECRET), then set its URL as your application's callback URL.
"""

from __future__ import annotations

import json
import os
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from sinch_signing import (
    CallbackVerificationError,
    InMemoryReplayGuard,
    ReplayGuardFullError,
    verify_callback,
)

CALLBACK_PATH = "/sinch/callbacks"
# The answer to an incoming-call event is SVAML; hanging up is the smallest valid one.
HANG_UP = {"action": {"name": "hangup"}}


def create_app(application_key: str, application_secret: str) -> Starlette:
    received: list[dict[str, Any]] = []  # verified events, for your own handling (and tests)
    seen = InMemoryReplayGuard()  # one per receiver, shared by all its requests

    async def sinch_callback(request: Request) -> JSONResponse:
        body = await request.body()  # the raw bytes: never verify re-serialised JSON
        try:
            verify_callback(
                method=request.method,
                path=request.scope["raw_path"].decode("latin-1"),  # the path as sent, not decoded
                headers=request.headers,
                body=body,
                application_key=application_key,
                application_secret=application_secret,
                replay_guard=seen,
            )
        except ReplayGuardFullError:
            return JSONResponse({"error": "busy: try again"}, status_code=503)
        except CallbackVerificationError as error:
            return JSONResponse({"error": str(error)}, status_code=401)
        event = json.loads(body)
        received.append(event)
        return JSONResponse(HANG_UP if event.get("event") == "ice" else {})

    app = Starlette(routes=[Route(CALLBACK_PATH, sinch_callback, methods=["POST"])])
    app.state.received = received
    return app


if __name__ == "__main__":
    import uvicorn

    key, secret = os.environ["SINCH_APPLICATION_KEY"], os.environ["SINCH_APPLICATION_SECRET"]
    uvicorn.run(create_app(key, secret), port=8000)
