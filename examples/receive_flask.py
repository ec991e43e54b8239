"""Receive Sinch callbacks in Flask.

`unwrap_callback` verifies every request before trusting it (a forged, stale or replayed one
gets 401 and is dropped; the replay guard remembers each signature while its timestamp is in
the window: with several worker processes, back `ReplayGuard` with a shared store such as
Redis), then reads it into a typed event. `call_flow.respond` answers it with checked SVAML.
Run it with `python examples/receive_flask.py` (credentials from SINCH_APPLICATION_KEY and
SINCH_APPLICATION_SECRET; port 8000, or $PORT), then set its URL as your application's callback
URL.
"""

from __future__ import annotations

import os

from call_flow import respond
from flask import Flask, Response, jsonify, request

from sinch_signing import CallbackVerificationError, InMemoryReplayGuard, ReplayGuardFullError
from sinch_voice_toolkit import CallbackEvent, InvalidCallbackError, unwrap_callback

CALLBACK_PATH = "/sinch/callbacks"


def create_app(application_key: str, application_secret: str) -> Flask:
    app = Flask(__name__)
    received: list[CallbackEvent] = []  # verified events, for your own handling (and tests)
    seen = InMemoryReplayGuard()  # one per receiver, shared by all its requests
    app.config["RECEIVED"] = received

    @app.post(CALLBACK_PATH)
    def sinch_callback() -> tuple[Response, int]:
        try:
            event = unwrap_callback(
                method=request.method,
                # The path as sent (werkzeug keeps it in RAW_URI), not percent-decoded.
                path=request.environ.get("RAW_URI") or request.path,
                headers=request.headers,
                body=request.get_data(),  # the raw bytes: never re-serialised JSON
                application_key=application_key,
                application_secret=application_secret,
                replay_guard=seen,
            )
        except ReplayGuardFullError:
            return jsonify(error="busy: try again"), 503  # Sinch may deliver it again
        except CallbackVerificationError as error:
            return jsonify(error=str(error)), 401
        except InvalidCallbackError as error:
            return jsonify(error=str(error)), 400
        received.append(event)
        reply = respond(event)
        return (jsonify(reply), 200) if reply is not None else (Response(status=200), 200)

    return app


if __name__ == "__main__":
    key, secret = os.environ["SINCH_APPLICATION_KEY"], os.environ["SINCH_APPLICATION_SECRET"]
    create_app(key, secret).run(port=int(os.environ.get("PORT", "8000")))
