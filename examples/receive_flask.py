"""Receive Sinch callbacks in Flask.

Verify every request before trusting it: a forged event gets 401 and is dropped, and so does a
replayed one (the replay guard remembers each signature while its timestamp is in the window;
with several worker processes, back `ReplayGuard` with a shared store such as Redis).
Run it with `python examples/receive_flask.py` (credentials from SINCH_APPLICATION_KEY and
SINCH_APPLICATION_SECRET), then set its URL as your application's callback URL.
"""

from __future__ import annotations

import json
import os
from typing import Any

from flask import Flask, Response, jsonify, request

from sinch_signing import (
    CallbackVerificationError,
    InMemoryReplayGuard,
    ReplayGuardFullError,
    verify_callback,
)

CALLBACK_PATH = "/sinch/callbacks"
# The answer to an incoming-call event is SVAML; hanging up is the smallest valid one.
HANG_UP = {"action": {"name": "hangup"}}


def create_app(application_key: str, application_secret: str) -> Flask:
    app = Flask(__name__)
    received: list[dict[str, Any]] = []  # verified events, for your own handling (and tests)
    seen = InMemoryReplayGuard()  # one per receiver, shared by all its requests
    app.config["RECEIVED"] = received

    @app.post(CALLBACK_PATH)
    def sinch_callback() -> tuple[Response, int]:
        body = request.get_data()  # the raw bytes: never verify re-serialised JSON
        try:
            verify_callback(
                method=request.method,
                # The path as sent (werkzeug keeps it in RAW_URI), not percent-decoded.
                path=request.environ.get("RAW_URI") or request.path,
                headers=request.headers,
                body=body,
                application_key=application_key,
                application_secret=application_secret,
                replay_guard=seen,
            )
        except ReplayGuardFullError:
            return jsonify(error="busy: try again"), 503  # Sinch may deliver it again
        except CallbackVerificationError as error:
            return jsonify(error=str(error)), 401
        event = json.loads(body)
        received.append(event)
        return jsonify(HANG_UP if event.get("event") == "ice" else {}), 200

    return app


if __name__ == "__main__":
    key, secret = os.environ["SINCH_APPLICATION_KEY"], os.environ["SINCH_APPLICATION_SECRET"]
    create_app(key, secret).run(port=8000)
