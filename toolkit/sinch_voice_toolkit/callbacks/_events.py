"""Callback events in: a verified request becomes one typed event (`unwrap_callback`).

Sinch posts ICE, ACE, DiCE, PIE and notify events to your callback URLs. `parse_callback` reads
a body into the event's generated model, chosen by its `event` field; `unwrap_callback` first
verifies the request (signature in constant time, timestamp window, optional replay guard) and
then parses it, in one call.

Read tolerantly, as the spec says: only `event` is required, fields this version does not know
are kept (`to_dict()` gives back what was sent) and enumerations are open. An event kind the
spec does not describe yet is an `UnknownEvent`, so a receiver can acknowledge it instead of
failing. What cannot be read at all (not JSON, not an object, no `event`, a known field of the
wrong type, NaN or Infinity, a lone surrogate, nesting deeper than any event's) raises
`InvalidCallbackError`, a `ValueError`, naming the JSON path. A number whose value is integral
is an int (`duration: 1.0` reads as `1`): JSON does not tell the two apart.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from datetime import datetime
from functools import cache
from typing import TYPE_CHECKING, Any, TypeAlias

from attrs import define, field

from sinch_signing import (
    TIMESTAMP_TOLERANCE_SECONDS,
    HeaderSource,
    ReplayGuard,
    verify_callback,
)

from .._environment import credentials
from .._json_values import JsonValueError, checked, loads
from .._packaged_spec import schema_validator
from .._spec_tools import first_violation

# The event models, loaded with this module (on first use of the callbacks).
from ._webhooks import EVENT_MODELS, EVENT_SCHEMAS, KnownEvent

if TYPE_CHECKING:
    import jsonschema_rs

__all__ = [
    "CallbackEvent",
    "InvalidCallbackError",
    "UnknownEvent",
    "parse_callback",
    "unwrap_callback",
]


class InvalidCallbackError(ValueError):
    """A callback body that cannot be read as an event. `where` is a JSON path such as `/to`."""

    def __init__(self, where: str, detail: str) -> None:
        self.where = where
        self.detail = detail
        super().__init__(f"callback body {where or '/'}: {detail}")


@define
class UnknownEvent:
    """An event of a kind this version's spec does not describe: its `event` and its body.

    Acknowledge it (any 2xx) unless you know what it needs; upgrading may make it typed.
    """

    event: str
    body: dict[str, Any] = field(repr=False)

    def to_dict(self) -> dict[str, Any]:
        """The event as it was sent."""
        return dict(self.body)


#: What `parse_callback` and `unwrap_callback` return: a typed event, or an `UnknownEvent`.
CallbackEvent: TypeAlias = KnownEvent | UnknownEvent


def parse_callback(body: bytes | str | Mapping[str, Any]) -> CallbackEvent:
    """Read a callback body (raw bytes, text, or decoded JSON) into its typed event.

    Verify the request first (`verify_callback`), or use `unwrap_callback`, which does both.

    Raises:
        InvalidCallbackError: The body is not a JSON object with a string `event`, a field
            the spec describes has a value of the wrong type, or a value is not JSON (NaN,
            Infinity, a lone surrogate, nested too deeply).
    """
    data = _decoded(body)
    kind = data.get("event")
    if not isinstance(kind, str):
        raise InvalidCallbackError("/event", "missing or not a string: every event names its kind")
    known = _known_events()
    if kind not in known:
        return UnknownEvent(kind, data)
    model, validator = known[kind]
    try:
        valid = validator.is_valid(data)
    except (ValueError, RecursionError):
        raise InvalidCallbackError("", "too deeply nested or not JSON values") from None
    if not valid:
        violation = first_violation(validator, data)
        raise InvalidCallbackError(violation.where, violation.detail) from None
    event: KnownEvent = model.from_dict(data)
    return event


def unwrap_callback(
    *,
    method: str,
    path: str,
    headers: HeaderSource,
    body: bytes | str,
    application_key: str | None = None,
    application_secret: str | None = None,
    replay_guard: ReplayGuard | None = None,
    now: datetime | None = None,
    tolerance_seconds: float = TIMESTAMP_TOLERANCE_SECONDS,
    environ: Mapping[str, str] | None = None,
) -> CallbackEvent:
    """Verify a callback request as received, then read it into its typed event.

    Args:
        method: The request's HTTP method.
        path: The request path as received (raw, not percent-decoded); a query is ignored.
        headers: The request headers (a dict or the framework's headers object).
        body: The raw body bytes, never re-serialised JSON.
        application_key: Your application key; default `$SINCH_APPLICATION_KEY`.
        application_secret: Your application secret; default `$SINCH_APPLICATION_SECRET`.
        replay_guard: Remembers verified signatures, so a replayed request is refused.
        now: The current time (aware), for tests; default the system clock.
        tolerance_seconds: How far `x-timestamp` may be from `now`, either way.
        environ: Where to read the credentials from; default `os.environ`.

    Raises:
        CallbackVerificationError: The request is not verified (answer 401, do not act on it);
            the subclass names the cause, `ReplayedCallbackError` for a replay.
        ReplayGuardFullError: The replay guard cannot remember one more request (answer 503).
        InvalidCallbackError: Verified, but the body cannot be read as an event.
        CredentialsError: No usable key or secret was given or set in the environment.
    """
    env = os.environ if environ is None else environ
    key, secret = credentials(application_key, application_secret, env)
    verify_callback(
        method=method,
        path=path,
        headers=headers,
        body=body,
        application_key=key,
        application_secret=secret,
        now=now,
        tolerance_seconds=tolerance_seconds,
        replay_guard=replay_guard,
    )
    return parse_callback(body)


@cache
def _known_events() -> dict[str, tuple[Any, jsonschema_rs.Validator]]:
    """Each event kind the spec describes: its model and its compiled schema, made once."""
    return {
        kind: (model, schema_validator(EVENT_SCHEMAS[kind])) for kind, model in EVENT_MODELS.items()
    }


def _decoded(body: bytes | str | Mapping[str, Any]) -> dict[str, Any]:
    """The body as a JSON object, by RFC 8259's rules (`_json_values`): bytes are UTF-8;
    NaN, Infinity, lone surrogates and nesting deeper than `MAX_DEPTH` are refused; a number
    with an integral value is an int."""
    data: Any
    try:
        if isinstance(body, bytes | bytearray | memoryview | str):  # the usual case: first
            data = loads(body if isinstance(body, str) else bytes(body))
        elif isinstance(body, Mapping):
            data = checked(body)
        else:
            raise InvalidCallbackError("", "not bytes, text or a mapping")
    except JsonValueError as problem:
        raise InvalidCallbackError(problem.where, problem.detail) from None
    if not isinstance(data, dict):
        raise InvalidCallbackError("", "not a JSON object")
    return data
