"""What answers each operation: stateful handlers by operationId, routes from the spec's paths.

`HANDLERS` holds the mock's behaviour per operation. `spec_routes` builds path -> method ->
handler for every operation of openapi.yaml: an operation with no handler answers its
documented example (its first 2xx, with the answer's example or its schema's) and says so in
the log; a handler for an operation the spec does not have stops start-up.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from typing import Any

from starlette.responses import JSONResponse, Response

from sinch_voice_toolkit._spec_tools import resolve_ref

from . import _call_routes as calls
from ._errors import NOT_FOUND, SinchError, shown
from ._spec import example_arguments, media_example
from ._state import MockState
from ._state_values import DEFAULT_CAPABILITY
from ._validation import HTTP_METHODS

Headers = Mapping[str, str]
# What answers one operation: (world, signing application, path parameters, validated body,
# request headers) -> the answer.
Operation = Callable[[MockState, str, dict[str, Any], Any, Headers], Response]
_log = logging.getLogger("sinch_voice_mock")
NO_CONTENT = 204


def _get_numbers(
    state: MockState, caller: str, params: dict[str, Any], body: Any, headers: Headers
) -> Response:
    return JSONResponse({"numbers": state.list_numbers(caller)})


def _assign_numbers(
    state: MockState, caller: str, params: dict[str, Any], body: Any, headers: Headers
) -> Response:
    numbers = list(dict.fromkeys(body["numbers"]))  # the same number twice is one assignment
    target = body.get("applicationkey") or caller
    state.assign(numbers, target, body.get("capability", DEFAULT_CAPABILITY), caller=caller)
    return Response(status_code=NO_CONTENT)


def _unassign_number(
    state: MockState, caller: str, params: dict[str, Any], body: Any, headers: Headers
) -> Response:
    target = body.get("applicationkey") or caller
    state.unassign(body["number"], target, body.get("capability"), caller=caller)
    return Response(status_code=NO_CONTENT)


def _get_callbacks(
    state: MockState, caller: str, params: dict[str, Any], body: Any, headers: Headers
) -> Response:
    return JSONResponse({"url": state.callbacks(params["applicationkey"], caller=caller)})


def _set_callbacks(
    state: MockState, caller: str, params: dict[str, Any], body: Any, headers: Headers
) -> Response:
    urls = body["url"]
    primary, fallback = urls.get("primary"), urls.get("fallback")
    state.set_callbacks(params["applicationkey"], primary, fallback, caller=caller)
    return Response(status_code=NO_CONTENT)


def _query_number(
    state: MockState, caller: str, params: dict[str, Any], body: Any, headers: Headers
) -> Response:
    from ._numbering import number_info  # phonenumbers' metadata loads on first use

    return JSONResponse({"number": number_info(params["number"])})


def _known_example(state: MockState, operation_id: str, params: dict[str, Any], what: str) -> Any:
    """The spec's example object for its example arguments; 40400 "<what> not found" else:
    the call or conference a handler reads when the book has none of that ID."""
    found = state.example_object(operation_id, params)
    if found is None:
        named = ", ".join(shown(value) for value in params.values())
        raise SinchError(NOT_FOUND, f"{what} not found: {named}")
    return found


def _get_call_result(
    state: MockState, caller: str, params: dict[str, Any], body: Any, headers: Headers
) -> Response:
    found = calls.read_call(state, caller, params["callId"])
    return JSONResponse(found or _known_example(state, "getCallResult", params, "Call"))


def _get_conference(
    state: MockState, caller: str, params: dict[str, Any], body: Any, headers: Headers
) -> Response:
    found = calls.read_conference(state, caller, params["conferenceId"])
    return JSONResponse(found or _known_example(state, "getConferenceInfo", params, "Conference"))


def _documented_or(
    operation_id: str, write: Callable[[MockState, str, dict[str, Any], Any], Response]
) -> Operation:
    """A write on a call or conference that is done on the book's, and on the spec's own
    example call or conference (which the book does not hold) succeeds without an effect, as
    its example read does; any other unknown one is the write's 404."""

    def handle(
        state: MockState, caller: str, params: dict[str, Any], body: Any, headers: Headers
    ) -> Response:
        try:
            return write(state, caller, params, body)
        except SinchError as error:
            if error.error_code == NOT_FOUND and params == example_arguments()[operation_id]:
                return Response(status_code=NO_CONTENT)
            raise

    return handle


# The stateful behaviour of each operation, by operationId. Routes come from the spec's paths:
# an operation of the spec with no handler here answers its documented example (and says so);
# a handler for an operation the spec does not have stops start-up. A handler for a new kind of
# resource (a call, a conference) answers `state.example_object(operation_id, params)` for the
# spec's example arguments when its own records have nothing: the world holds every
# operation's example object from the start, and the tests and Schemathesis send those.
HANDLERS: dict[str, Operation] = {
    "getNumbers": _get_numbers,
    "updateNumbers": _assign_numbers,
    "unassignNumber": _unassign_number,
    "getCallbackUrls": _get_callbacks,
    "updateCallbackUrls": _set_callbacks,
    "queryNumber": _query_number,
    "callouts": lambda state, caller, params, body, headers: calls.place_callout(
        state, caller, body, headers
    ),
    "getCallResult": _get_call_result,
    "updateCall": _documented_or(
        "updateCall",
        lambda state, caller, params, body: calls.update_call(
            state, caller, params["callId"], body
        ),
    ),
    "manageCallWithCallLeg": _documented_or(
        "manageCallWithCallLeg",
        lambda state, caller, params, body: calls.update_call(
            state, caller, params["callId"], body
        ),
    ),
    "getConferenceInfo": _get_conference,
    "kickConferenceAll": _documented_or(
        "kickConferenceAll",
        lambda state, caller, params, body: calls.kick(state, caller, params["conferenceId"], None),
    ),
    "kickConferenceParticipant": _documented_or(
        "kickConferenceParticipant",
        lambda state, caller, params, body: calls.kick(
            state, caller, params["conferenceId"], params["callId"]
        ),
    ),
    "manageConferenceParticipant": _documented_or(
        "manageConferenceParticipant",
        lambda state, caller, params, body: calls.manage_participant(
            state, caller, params["conferenceId"], params["callId"], body
        ),
    ),
}


def spec_routes(spec: dict[str, Any]) -> dict[str, dict[str, Operation]]:
    """path -> method -> what answers it, for every operation of the spec."""
    known = {operation_id for _, _, operation_id, _ in _operations(spec)}
    unknown = sorted(set(HANDLERS) - known)
    if unknown:
        raise ValueError(f"the mock has handlers for operations the spec lacks: {unknown}")
    routes: dict[str, dict[str, Operation]] = {}
    for path, method, operation_id, operation in _operations(spec):
        handler = HANDLERS.get(operation_id)
        if handler is None:
            _log.warning(
                "%s has no stateful handler: the mock answers its documented example",
                operation_id,
            )
            handler = _documented_example(spec, operation)
        routes.setdefault(path, {})[method.upper()] = handler
    return routes


def example_only(spec: dict[str, Any]) -> list[str]:
    """The operations of the spec that the mock answers with their documented example."""
    return sorted(op for _, _, op, _ in _operations(spec) if op not in HANDLERS)


def _operations(spec: dict[str, Any]) -> list[tuple[str, str, str, dict[str, Any]]]:
    return [
        (path, method, operation["operationId"], operation)
        for path, item in spec["paths"].items()
        for method, operation in item.items()
        if method in HTTP_METHODS
    ]


def _documented_example(spec: dict[str, Any], operation: dict[str, Any]) -> Operation:
    """An operation that answers what the spec documents: its first 2xx, with the example
    of that answer (or of its schema), or no body when the answer has none."""
    for status in sorted(s for s in operation["responses"] if str(s).startswith("2")):
        answer = resolve_ref(spec, operation["responses"][status])
        media = answer.get("content", {}).get("application/json")
        if media is None:
            code = int(status)
            return lambda state, caller, params, body, headers: Response(status_code=code)
        example = media_example(spec, media)
        if example is not None:
            payload, code = example, int(status)
            return lambda state, caller, params, body, headers: JSONResponse(
                payload, status_code=code
            )
    raise ValueError(f"{operation['operationId']}: no 2xx answer with an example to serve")
