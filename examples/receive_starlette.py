"""Receive Sinch callbacks in Starlette (or FastAPI, whose `Request` is Starlette's).

`CallbackReceiver` verifies every request before trusting it (a forged, stale or replayed one
gets 401 and is dropped; its replay guard remembers each signature while its timestamp is in
the window: with several worker processes, give it a `ReplayGuard` over a shared store such as
Redis), reads it into a typed event, and sends what `call_flow.respond` answers, checked.
Run it with `python examples/receive_starlette.py` (credentials from SINCH_APPLICATION_KEY and
SINCH_APPLICATION_SECRET; port 8000, or $PORT), then set its URL as your application's callback
URL. In FastAPI: `app.add_route(CALLBACK_PATH, callback_endpoint(receiver), methods=["POST"])`.
"""

from __future__ import annotations

import os

from call_flow import respond
from starlette.applications import Starlette

from sinch_voice_toolkit.callbacks import CallbackEvent
from sinch_voice_toolkit.receivers import Answer, CallbackReceiver
from sinch_voice_toolkit.receivers.starlette import callback_route

CALLBACK_PATH = "/sinch/callbacks"


def create_app(application_key: str, application_secret: str) -> Starlette:
    received: list[CallbackEvent] = []  # verified events, for your own handling (and tests)

    def keep_and_respond(event: CallbackEvent) -> Answer:
        received.append(event)
        return respond(event)

    receiver = CallbackReceiver(
        keep_and_respond, application_key=application_key, application_secret=application_secret
    )
    app = Starlette(routes=[callback_route(receiver, CALLBACK_PATH)])
    app.state.received = received
    return app


if __name__ == "__main__":
    import uvicorn

    key, secret = os.environ["SINCH_APPLICATION_KEY"], os.environ["SINCH_APPLICATION_SECRET"]
    uvicorn.run(create_app(key, secret), port=int(os.environ.get("PORT", "8000")))
