"""The mock's calls and conferences: the calls callouts place, as getCallResult reports them,
and the conferences they join, as getConferenceInfo lists them.

A call belongs to the project of the application that placed it: another project's calls and
conferences are not found (404, 40400), as a call ID of another account is at Sinch. A call is
`ONGOING` until it ends (hung up, kicked, played to its end, past its `maxDuration`), then
`FINAL` with its result, reason and duration; an ended call can still be read, not changed. A
conference exists while it has participants (the mock's rule: Sinch does not say how long an
empty one lives). What happens over time (the callee answering, ACE and DiCE) is `_call_flow`.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from ._errors import NOT_FOUND, SinchError, shown

ONGOING, FINAL = "ONGOING", "FINAL"


@dataclass
class Call:
    """One call placed by a callout, and what has happened to it."""

    call_id: str
    project: str
    application: str
    method: str  # ttsCallout, conferenceCallout, customCallout; `inbound` for a simulated call
    details: dict[str, Any]  # the callout's own object, as sent
    forwarded: dict[str, str]  # its X-CB-* headers
    started: datetime
    status: str = ONGOING
    result: str = "N/A"
    reason: str = "N/A"
    answered_at: float | None = None  # time.monotonic() when the callee answered
    duration: int = 0
    conference_id: str | None = None
    muted: bool = False
    onhold: bool = False
    parked: bool = False
    svaml: list[dict[str, Any]] = field(default_factory=list)  # what updates sent, in order

    @property
    def destination(self) -> dict[str, Any]:
        return dict(self.details.get("destination") or {})

    def information(self) -> dict[str, Any]:
        """The call as getCallResult answers it (CallInformation)."""
        info: dict[str, Any] = {
            "callId": self.call_id,
            "to": self.destination,
            "domain": self.details.get("domain", "pstn"),
            "duration": self.seconds(),
            "status": self.status,
            "result": self.result,
            "reason": self.reason,
            "timestamp": self.started.strftime("%Y-%m-%dT%H:%M:%SZ"),
        }
        if "cli" in self.details:
            info["from"] = {"type": "number", "endpoint": self.details["cli"]}
        if "custom" in self.details:
            info["custom"] = self.details["custom"]
        return {key: value for key, value in info.items() if value != {}}

    def dice_fields(self) -> dict[str, Any]:
        """How the call ended, as its DiCE reports it: result, reason, duration, to and (when
        the call has a caller's number) from."""
        fields: dict[str, Any] = {
            "result": self.result, "reason": self.reason, "duration": self.duration,
            "to": self.destination,
        }  # fmt: skip
        if "cli" in self.details:
            fields["from"] = self.details["cli"]
        return fields

    def participant(self) -> dict[str, Any]:
        """The call as a conference participant (ConferenceParticipant)."""
        return {
            "cli": self.destination.get("endpoint", ""),
            "id": self.call_id,
            "duration": self.seconds(),
            "muted": self.muted,
            "onhold": self.onhold,
        }

    def seconds(self) -> int:
        """How long the call has been connected (or was, once it ended), in whole seconds."""
        if self.status == FINAL or self.answered_at is None:
            return self.duration
        return int(time.monotonic() - self.answered_at)


@dataclass
class CallBook:
    """Every call and conference of the world. Its caller holds the world's lock."""

    calls: dict[str, Call] = field(default_factory=dict)
    conferences: dict[tuple[str, str], list[str]] = field(default_factory=dict)  # -> call IDs
    # Told of each call placed and each call ended (`_call_flow` runs them), outside the lock.
    on_placed: Callable[[Call], None] | None = None
    on_ended: Callable[[Call], None] | None = None
    generation: int = 0  # changes when the book is cleared: running flows then stop
    clock: Callable[[], datetime] = field(default=lambda: datetime.now(UTC))

    def clear(self) -> None:
        self.calls.clear()
        self.conferences.clear()
        self.generation += 1

    def place(
        self, project: str, application: str, request: dict[str, Any], forwarded: dict[str, str]
    ) -> Call:
        method = request["method"]
        now = self.clock()
        call = Call(uuid.uuid4().hex, project, application, method, request[method], forwarded, now)
        self.calls[call.call_id] = call
        return call

    def receive(self, project: str, application: str, cli: str, to: str) -> Call:
        """An inbound call to `to` from `cli` (the simulator plays it; see `_simulator`)."""
        details = {"cli": cli, "destination": {"type": "number", "endpoint": to}}
        call = Call(uuid.uuid4().hex, project, application, "inbound", details, {}, self.clock())
        self.calls[call.call_id] = call
        return call

    def find(self, call_id: str, project: str) -> Call:
        call = self.calls.get(call_id)
        if call is None or call.project != project:
            raise SinchError(NOT_FOUND, f"Call not found: {shown(call_id)}")
        return call

    def ongoing(self, call_id: str, project: str) -> Call:
        call = self.find(call_id, project)
        if call.status == FINAL:
            raise SinchError(NOT_FOUND, f"Call not found: {shown(call_id)} has ended")
        return call

    def answer(self, call: Call) -> None:
        call.answered_at = time.monotonic()
        call.result = "ANSWERED"

    def end(self, call: Call, reason: str, result: str | None = None) -> bool:
        """End the call (False when it had ended already): out of its conference, FINAL."""
        if call.status == FINAL:
            return False
        call.duration = call.seconds()
        call.status, call.reason = FINAL, reason
        if result is not None:
            call.result = result
        elif call.answered_at is None:
            call.result = "NOANSWER" if reason == "TIMEOUT" else "N/A"
        if call.conference_id is not None:
            key = (call.project, call.conference_id)
            members = self.conferences.get(key, [])
            if call.call_id in members:
                members.remove(call.call_id)
            if not members:
                self.conferences.pop(key, None)
        if self.on_ended is not None:
            self.on_ended(call)
        return True

    def join(self, call: Call, conference_id: str) -> None:
        call.conference_id = conference_id
        self.conferences.setdefault((call.project, conference_id), []).append(call.call_id)

    def conference(self, project: str, conference_id: str) -> list[Call]:
        members = self.conferences.get((project, conference_id))
        if not members:
            raise SinchError(NOT_FOUND, f"Conference not found: {shown(conference_id)}")
        return [self.calls[call_id] for call_id in members]

    def participant(self, project: str, conference_id: str, call_id: str) -> Call:
        for call in self.conference(project, conference_id):
            if call.call_id == call_id:
                return call
        raise SinchError(
            NOT_FOUND,
            f"Participant not found: {shown(call_id)} in conference {shown(conference_id)}",
        )
