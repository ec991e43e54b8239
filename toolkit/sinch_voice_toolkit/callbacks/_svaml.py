"""SVAML out: an answer is checked against its event's schema before it leaves.

ICE, ACE and PIE are answered with SVAML: exactly one action, after any number of instructions,
each of a kind the event allows (`continue` answers an ACE or a PIE, never an ICE). DiCE and
notify take no SVAML. `validate_svaml(event, answer)` checks an answer (a dict, or a model
built with `answer()` or `SvamlResponse`) against the spec's schema for that event and returns
the JSON object to send (a copy in plain JSON types: an integral number is an int, so
`maxDigits: 1.0` goes out as `1`); `InvalidSvamlError` (a `ValueError`) names the event, the
JSON path and what is wrong, NaN, Infinity and lone surrogates included. A valid answer
costs one walk of its values and one compiled-schema check; only an invalid one is walked
again to explain it.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._json_values import JsonValueError, checked
from .._packaged_spec import schema_validator
from .._spec_tools import first_violation
from ._webhooks import ALLOWED_ACTIONS, ALLOWED_INSTRUCTIONS, ANSWER_SCHEMAS

if TYPE_CHECKING:
    from sinch_voice.models import SvamlResponse

    from ._events import CallbackEvent
    from ._webhooks import SvamlAnswer

__all__ = ["InvalidSvamlError", "validate_svaml"]

ANSWER_KEYS = ("instructions", "action")


class InvalidSvamlError(ValueError):
    """An SVAML answer its event does not allow. `where` is a JSON path such as `/action/name`."""

    def __init__(self, event: str, where: str, detail: str) -> None:
        self.event = event
        self.where = where
        self.detail = detail
        super().__init__(f"answer to {event}: {where or '/'}: {detail}")


def validate_svaml(
    event: str | CallbackEvent,
    answer: Mapping[str, Any] | SvamlAnswer | SvamlResponse,
) -> dict[str, Any]:
    """Check an SVAML answer against what `event` allows; return the JSON object to send.

    Args:
        event: The event answered, or its kind (`"ice"`, `"ace"`, `"pie"`).
        answer: The answer: a dict, or a model (`answer(...)`, `IceSvaml`, `SvamlResponse`).

    Raises:
        InvalidSvamlError: The answer breaks the event's SVAML schema, or the event takes no
            SVAML answer (DiCE, notify, an unknown kind).
    """
    kind = event if isinstance(event, str) else event.event
    schema = ANSWER_SCHEMAS.get(kind)
    if schema is None:
        answered = ", ".join(ANSWER_SCHEMAS)
        raise InvalidSvamlError(kind, "", f"only {answered} events are answered with SVAML")
    try:
        # A copy in plain JSON types: what is returned is what is sent, integers as ints.
        body = checked(answer.to_dict() if hasattr(answer, "to_dict") else answer)
    except JsonValueError as problem:
        raise InvalidSvamlError(kind, problem.where, problem.detail) from None
    validator = schema_validator(schema)
    try:
        if validator.is_valid(body):
            return body  # type: ignore[no-any-return]
    except (ValueError, RecursionError):
        raise InvalidSvamlError(kind, "", "not made of JSON values") from None
    raise _explained(kind, body) from None


def _explained(kind: str, body: Any) -> InvalidSvamlError:
    """Why `body` is not a valid answer to `kind`: the first problem, named precisely."""
    if not isinstance(body, Mapping):
        return InvalidSvamlError(kind, "", "an SVAML answer is a JSON object")
    for key in body:
        if key not in ANSWER_KEYS:
            return InvalidSvamlError(
                kind, f"/{key}", "unknown field: an answer has only `instructions` and `action`"
            )
    if "action" not in body:
        return InvalidSvamlError(kind, "/action", "missing: an answer carries exactly one action")
    problem = _choice(kind, "action", "/action", body["action"], ALLOWED_ACTIONS[kind])
    if problem is not None:
        return problem
    instructions = body.get("instructions", [])
    if not isinstance(instructions, list):
        return InvalidSvamlError(kind, "/instructions", "not a list")
    for index, instruction in enumerate(instructions):
        where = f"/instructions/{index}"
        problem = _choice(kind, "instruction", where, instruction, ALLOWED_INSTRUCTIONS[kind])
        if problem is not None:
            return problem
    violation = first_violation(schema_validator(ANSWER_SCHEMAS[kind]), body)
    return InvalidSvamlError(kind, violation.where, violation.detail)


def _choice(
    kind: str, role: str, where: str, value: Any, allowed: dict[str, str]
) -> InvalidSvamlError | None:
    """The problem with one action or instruction, or None when it is valid."""
    name = value.get("name") if isinstance(value, Mapping) else None
    if not isinstance(name, str):
        return InvalidSvamlError(kind, f"{where}/name", f"missing: an {role} is named by `name`")
    schema = allowed.get(name)
    if schema is None:
        names = ", ".join(allowed)
        detail = f"{name!r} is not an {role} an answer to {kind} may carry (allowed: {names})"
        return InvalidSvamlError(kind, f"{where}/name", detail)
    validator = schema_validator(schema)
    if validator.is_valid(value):
        return None
    violation = first_violation(validator, value, prefix=where.lstrip("/"))
    return InvalidSvamlError(kind, violation.where, violation.detail)
