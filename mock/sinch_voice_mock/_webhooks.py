"""The events the mock posts and the answers it expects, read from the spec's `webhooks`.

For each webhook (ice, ace, dice, pie, notify) the spec gives the event's schema, with a
realistic example, and the answer's schema: SVAML for ICE, ACE and PIE, nothing for DiCE and
notify. The mock posts the example with a fresh call ID, timestamp and the application's key,
and checks the receiver's answer against the answer schema, compiled once with jsonschema-rs
(as Sinch would refuse an action the event does not allow). Nothing here names an event.
"""

from __future__ import annotations

import copy
import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import jsonschema_rs

from sinch_voice_toolkit._json_values import JsonValueError, loads
from sinch_voice_toolkit._redaction import printable
from sinch_voice_toolkit._spec_tools import compile_schema, resolve_ref

MESSAGE_CHARS = 200


@dataclass(frozen=True)
class Verdict:
    """What the mock made of a receiver's answer to one event."""

    expected: bool  # whether the event takes an SVAML answer at all
    valid: bool | None = None  # None when not expected
    where: str | None = None
    error: str | None = None

    def to_dict(self) -> dict[str, Any]:
        if not self.expected:
            return {"svaml": "not expected"}
        if self.valid:
            return {"svaml": "valid"}
        return {"svaml": "invalid", "where": self.where, "error": self.error}


def event_timestamp(now: datetime) -> str:
    """An event's `timestamp` in Sinch's documented form: milliseconds, in UTC."""
    return now.strftime("%Y-%m-%dT%H:%M:%S.") + f"{now.microsecond // 1000:03d}Z"


class Webhooks:
    """The spec's webhooks: a sample event per kind, and a check of each kind's answer."""

    def __init__(self, spec: dict[str, Any]) -> None:
        components = spec.get("components", {})
        self._examples: dict[str, dict[str, Any]] = {}
        self._answers: dict[str, jsonschema_rs.Validator | None] = {}
        for kind, item in spec.get("webhooks", {}).items():
            operation = item["post"]
            body = resolve_ref(spec, operation["requestBody"])["content"]["application/json"]
            self._examples[kind] = resolve_ref(spec, body["schema"])["example"]
            answer = resolve_ref(spec, operation["responses"]["200"]).get("content")
            schema = answer["application/json"]["schema"] if answer else None
            self._answers[kind] = compile_schema(schema, components) if schema is not None else None

    @property
    def kinds(self) -> tuple[str, ...]:
        return tuple(self._examples)

    def sample(
        self, kind: str, application_key: str, now: datetime, call_id: str | None = None
    ) -> dict[str, Any]:
        """A realistic `kind` event for an application: the spec's example, made fresh, for
        the call `call_id` (a new ID when None)."""
        event = copy.deepcopy(self._examples[kind])
        event["callid"] = call_id or uuid.uuid4().hex
        if "timestamp" in event:
            event["timestamp"] = event_timestamp(now)
        if "applicationKey" in event:
            event["applicationKey"] = application_key
        if "callResourceUrl" in event:
            base = event["callResourceUrl"].rsplit("/", 1)[0]
            event["callResourceUrl"] = f"{base}/{event['callid']}"
        return event

    def expects_answer(self, kind: object) -> bool:
        """Whether an event of `kind` is answered with SVAML."""
        return isinstance(kind, str) and self._answers.get(kind) is not None

    def check(self, kind: object, body: bytes) -> Verdict:
        """Judge the answer to an event of `kind` against that kind's answer schema.

        The answer is the receiver's: whatever it holds (NaN, lone surrogates, deep nesting,
        terminal escapes in its keys), the verdict is plain, printable text."""
        validator = self._answers.get(kind) if isinstance(kind, str) else None
        if validator is None:
            return Verdict(expected=False)
        try:
            answer = loads(body)
        except JsonValueError as problem:
            return Verdict(True, False, printable(problem.where), f"the answer is {_not(problem)}")
        try:
            if validator.is_valid(answer):
                return Verdict(True, True)
            first = next(iter(validator.iter_errors(answer)))
            where = "".join(f"/{part}" for part in first.instance_path)
            message = first.message
        except (ValueError, RecursionError):
            return Verdict(True, False, "", "the answer is nested too deeply")
        return Verdict(True, False, printable(where), printable(message[:MESSAGE_CHARS]))


def _not(problem: JsonValueError) -> str:
    """`not JSON (...)`, or what is wrong with one value of it."""
    return (
        problem.detail if problem.detail.startswith("not JSON") else f"not JSON: {problem.detail}"
    )
