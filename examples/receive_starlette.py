"""Receive Sinch callbacks in Starlette (or FastAPI, whose `Request` is Starlette's).

`unwrap_callback` verifies every request before trusting it (a forged, stale or replayed one
gets 401 and is dropped; the replay guard remembers each signature while its timestamp is in
the window: with several worker processes, back `ReplayGuard` with a shared store such as
Redis), then reads it into a typed event. `call_flow.respond` answers it with checked SVAML.
Run it with `python examples/receive_starlette.py` (credentials from SINCH_APPLICATION_KEY and
SINCH_APPLICATION_SECRET; port 8000, or $PORT), then set its URL as your application's callback
URL.
"""

from __future__ import annotations

import os

from call_flow import respond
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from sinch_signing import CallbackVerificationError, InMemoryReplayGuard, ReplayGuardFullError
from sinch_voice_toolkit import CallbackEvent, InvalidCallbackError, unwrap_callback

CALLBACK_PATH = "/sinch/callbacks"


def create_app(application_key: str, application_secret: str) -> Starlette:
    received: list[CallbackEvent] = []  # verified events, for your own handling (and tests)
    seen = InMemoryReplayGuard()  # one per receiver, shared by all its requests

    async def sinch_callback(request: Request) -> Response:
        try:
            event = unwrap_callback(
                method=request.method,
                path=request.scope["raw_path"].decode("latin-1"),  # as sent, not decoded
                headers=request.headers,
                body=await request.body(),  # the raw bytes: never re-serialised JSON
                application_key=application_key,
                application_secret=application_secret,
                replay_guard=seen,
            )
        except ReplayGuardFullError:
            return JSONResponse({"error": "busy: try again"}, status_code=503)
        except CallbackVerificationError as error:
            return JSONResponse({"error": str(error)}, status_code=401)
        except InvalidCallbackError as error:
            return JSONResponse({"error": str(error)}, status_code=400)
        received.append(event)
        reply = respond(event)
        return JSONResponse(reply) if reply is not None else Response(status_code=200)

    app = Starlette(routes=[Route(CALLBACK_PATH, sinch_callback, methods=["POST"])])
    app.state.received = received
    return app


if __name__ == "__main__":
    import uvicorn

    key, secret = os.environ["SINCH_APPLICATION_KEY"], os.environ["SINCH_APPLICATION_SECRET"]
    uvicorn.run(create_app(key, secret), port=int(os.environ.get("PORT", "8000")))
