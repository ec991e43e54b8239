"""The handlers of the calling operations (callouts, calls, conferences), on `CallBook`.

Each acts for the caller's project and changes the book completely or raises `SinchError`.
The spec's own example call and conference (which Schemathesis and the tests send) are read as
documented when the book has no call or conference of that ID (`_routes._known_example`).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from starlette.responses import JSONResponse, Response

from ._calls import Call
from ._state import MockState

NO_CONTENT = 204
FORWARDED_PREFIX = "x-cb-"
MAX_FORWARDED = 5  # Sinch forwards at most five X-CB-* headers and drops the rest silently


def place_callout(state: MockState, caller: str, body: Any, headers: Mapping[str, str]) -> Response:
    forwarded = [(k, v) for k, v in headers.items() if k.lower().startswith(FORWARDED_PREFIX)]
    with state.lock:
        project = state.project_of(caller) or ""
        call = state.calls.place(project, caller, body, dict(forwarded[:MAX_FORWARDED]))
    if state.calls.on_placed is not None:
        state.calls.on_placed(call)
    return JSONResponse({"callId": call.call_id})


def read_call(state: MockState, caller: str, call_id: str) -> dict[str, Any] | None:
    """The call as getCallResult answers it, or None when the book has no such call."""
    with state.lock:
        call = state.calls.calls.get(call_id)
        if call is None or call.project != state.project_of(caller):
            return None
        return call.information()


def update_call(state: MockState, caller: str, call_id: str, body: Any) -> Response:
    """updateCall and manageCallWithCallLeg: record the SVAML and carry out its action."""
    with state.lock:
        call = state.calls.ongoing(call_id, state.project_of(caller) or "")
        call.svaml.append(body)
        action = body.get("action")  # instructions alone leave the call as it is
        if action is not None:
            _act(state, call, action["name"])
    return Response(status_code=NO_CONTENT)


def _act(state: MockState, call: Call, action: str) -> None:
    if action == "hangup":
        state.calls.end(call, "MANAGERHANGUP")
    else:  # park holds the call, continue lets it go on (and unparks it)
        call.parked = action == "park"


def read_conference(state: MockState, caller: str, conference_id: str) -> dict[str, Any] | None:
    """The conference as getConferenceInfo answers it, or None when it has no participants."""
    with state.lock:
        members = state.calls.conferences.get((state.project_of(caller) or "", conference_id))
        if not members:
            return None
        return {"participants": [state.calls.calls[m].participant() for m in members]}


def kick(state: MockState, caller: str, conference_id: str, call_id: str | None) -> Response:
    """Remove one participant, or every one (`call_id` None): their calls end."""
    with state.lock:
        project = state.project_of(caller) or ""
        if call_id is None:
            leaving = state.calls.conference(project, conference_id)
        else:
            leaving = [state.calls.participant(project, conference_id, call_id)]
        for call in leaving:
            state.calls.end(call, "MANAGERHANGUP")
    return Response(status_code=NO_CONTENT)


def manage_participant(
    state: MockState, caller: str, conference_id: str, call_id: str, body: Any
) -> Response:
    """Mute, unmute, hold or resume one participant; nobody else changes."""
    with state.lock:
        call = state.calls.participant(state.project_of(caller) or "", conference_id, call_id)
        command = body["command"]
        if command in ("mute", "unmute"):
            call.muted = command == "mute"
        else:
            call.onhold = command == "onhold"
    return Response(status_code=NO_CONTENT)
