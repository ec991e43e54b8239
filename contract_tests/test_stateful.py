"""Stateful contract tests: operations chained through openapi.yaml's links, with invariants.

Schemathesis follows the links (list numbers -> assign the first -> list / un-assign it; set
callback URLs -> read them; place a call -> read it / hang it up; a conference callout -> read
the conference -> mute / kick its first participant, or everyone) and runs the pinned checks
on every step. The built-in checks cannot
see whether a 204 stored anything, so after each successful write this suite reads the state
back through the generated client and checks it: what was assigned is listed with its
application and capability, an un-assigned number is gone, callback URLs that were set are
returned, a placed call can be read, a hung-up call is FINAL, a mute mutes that participant and
a kicked one is no longer listed. Which request field carries the capability is read from the
spec (the property whose schema is `Capability`), so a field the spec renames is followed, not
assumed.
"""

from __future__ import annotations

from collections import Counter
from typing import Any, ClassVar

from hypothesis import HealthCheck, settings
from schemathesis import Case
from schemathesis.core.transport import Response

from contract_tests.checks import CHECKS
from contract_tests.conftest import MAX_EXAMPLES, PHASES, load_schema
from contract_tests.spec_fields import SCHEMAS, SPEC, field
from sinch_voice.api.callbacks import get_callback_urls
from sinch_voice.api.calls import get_call_result
from sinch_voice.api.conferences import get_conference_info
from sinch_voice.api.numbers import get_numbers
from sinch_voice.models import (
    CallbackConfiguration,
    CallInformation,
    ConferenceInfo,
    OwnedNumberList,
)
from sinch_voice.types import Unset
from sinch_voice_mock import DEMO_APPLICATION_KEY, DEMO_APPLICATION_SECRET, MockServer
from sinch_voice_toolkit import NotFoundError, connect
from sinch_voice_toolkit._constants import DEFAULT_CAPABILITY

NUMBERS_PATH = "/v1/configuration/numbers"
CALLBACKS_PATH = "/v1/configuration/callbacks/applications/{applicationkey}"
CALLOUTS_PATH = "/calling/v1/callouts"
CALL_PATH = "/calling/v1/calls/id/{callId}"
PARTICIPANT_PATH = "/calling/v1/conferences/id/{conferenceId}/{callId}"

schema = load_schema()
# The spec's own example conference: the mock answers it as documented, and its writes change
# nothing (only the conferences callouts made are stateful).
EXAMPLE_CONFERENCE = SPEC["components"]["parameters"]["ConferenceIdPath"]["example"]
ASSIGN_CAPABILITY = field("AssignNumbersRequest", "Capability")
UNASSIGN_CAPABILITY = field("UnassignNumberRequest", "Capability")


def assignments(client: Any) -> dict[tuple[str, str], str | None]:
    listed = get_numbers.sync(client=client)
    assert isinstance(listed, OwnedNumberList)
    return {
        (item.number, str(getattr(item.capability, "value", item.capability))): (
            None if isinstance(item.applicationkey, Unset) else item.applicationkey
        )
        for item in listed.numbers
    }


class SinchWorkflow(schema.as_state_machine()):  # type: ignore[misc]
    server: ClassVar[MockServer]
    exercised: ClassVar[Counter[str]] = Counter()

    @property
    def base_url(self) -> str:
        return self.server.url

    def setup(self) -> None:
        # Every scenario starts from the same world, so Hypothesis can replay and shrink it.
        self.server.reset()

    def get_call_kwargs(self, case: Case[Any]) -> dict[str, Any]:
        return {"base_url": self.base_url}

    def validate_response(
        self, response: Response, case: Case[Any], additional_checks: Any = None, **kwargs: Any
    ) -> None:
        case.validate_response(response, checks=CHECKS, transport_kwargs=kwargs or None)

    def after_call(self, response: Response, case: Case[Any]) -> None:
        if not 200 <= response.status_code < 300:
            return
        with connect(
            DEMO_APPLICATION_KEY, DEMO_APPLICATION_SECRET, base_url=self.base_url
        ) as client:
            if case.path == NUMBERS_PATH and case.method == "POST":
                self._check_assigned(client, case.body)
            elif case.path == NUMBERS_PATH and case.method == "DELETE":
                self._check_unassigned(client, case.body)
            elif case.path == CALLBACKS_PATH and case.method == "POST":
                self._check_callbacks(client, case.path_parameters["applicationkey"], case.body)
            elif case.path == CALLOUTS_PATH:
                self._check_placed(client, response.json()["callId"])
            elif case.path == CALL_PATH and case.method == "PATCH":
                self._check_updated(client, case.path_parameters["callId"], case.body)
            elif case.path == PARTICIPANT_PATH:
                self._check_participant(client, case)

    def _check_placed(self, client: Any, call_id: str) -> None:
        call = get_call_result.sync(call_id, client=client)
        assert isinstance(call, CallInformation) and call.call_id == call_id, "not placed"
        self.exercised["callout"] += 1

    def _check_updated(self, client: Any, call_id: str, body: Any) -> None:
        call = get_call_result.sync(call_id, client=client)
        assert isinstance(call, CallInformation)
        if (body.get("action") or {}).get("name") == "hangup":
            assert call.status == "FINAL", f"{call_id} was hung up but is {call.status}"
            self.exercised["hangup"] += 1

    def _check_participant(self, client: Any, case: Case[Any]) -> None:
        """A mute changes that participant only; a kicked one is no longer listed."""
        conference, call_id = case.path_parameters["conferenceId"], case.path_parameters["callId"]
        if conference == EXAMPLE_CONFERENCE:
            return
        try:
            listed = get_conference_info.sync_detailed(conference, client=client).parsed
        except NotFoundError:  # the last participant left: the conference is gone
            listed = None
        participants = listed.participants if isinstance(listed, ConferenceInfo) else []
        by_id = {p.id: p for p in participants or []}
        if case.method == "DELETE":
            assert call_id not in by_id, f"{call_id} was kicked but is still listed"
            self.exercised["kick"] += 1
        elif case.body.get("command") == "mute":
            assert by_id[call_id].muted is True, f"{call_id} was muted but is not"
            self.exercised["mute"] += 1

    def _check_assigned(self, client: Any, body: Any) -> None:
        app = body.get("applicationkey") or DEMO_APPLICATION_KEY
        capability = body.get(ASSIGN_CAPABILITY, DEFAULT_CAPABILITY)
        state = assignments(client)
        for number in body["numbers"]:
            assert state.get((number, capability)) == app, (
                f"{number} was accepted but is not assigned to {app}"
            )
        self.exercised["assign"] += 1

    def _check_unassigned(self, client: Any, body: Any) -> None:
        app = body.get("applicationkey") or DEMO_APPLICATION_KEY
        state = assignments(client)
        named = body.get(UNASSIGN_CAPABILITY)
        capabilities = [named] if named else SCHEMAS["Capability"]["enum"]
        for capability in capabilities:
            assert state.get((body["number"], capability)) != app, (
                f"{body['number']} is still assigned to {app}"
            )
        self.exercised["unassign"] += 1

    def _check_callbacks(self, client: Any, app: str, body: Any) -> None:
        stored = get_callback_urls.sync(app, client=client)
        assert isinstance(stored, CallbackConfiguration)
        for name, url in body["url"].items():
            assert getattr(stored.url, name) == url, f"{name} URL {url} was accepted but not stored"
            self.exercised[f"set {name}"] += 1


def test_stateful_workflows(mock_server: MockServer) -> None:
    SinchWorkflow.server = mock_server
    SinchWorkflow.exercised.clear()
    SinchWorkflow.run(
        settings=settings(
            max_examples=MAX_EXAMPLES
            * 2,  # scenarios are chains: they need more runs to reach writes
            stateful_step_count=8,
            deadline=None,
            phases=PHASES,
            suppress_health_check=list(HealthCheck),
        )
    )
    # The invariants above only mean something if the links led to successful writes.
    assert SinchWorkflow.exercised["assign"] > 0, SinchWorkflow.exercised
    assert SinchWorkflow.exercised["unassign"] > 0, SinchWorkflow.exercised
    assert SinchWorkflow.exercised["set primary"] > 0, SinchWorkflow.exercised
    assert SinchWorkflow.exercised["set fallback"] > 0, SinchWorkflow.exercised
    # A conference chain (conference callout -> mute or kick) is three lucky draws: its
    # invariants are checked whenever a run reaches it, and test_call_behaviour.py makes
    # every command and kick matter deterministically.
    for step in ("callout", "hangup"):
        assert SinchWorkflow.exercised[step] > 0, SinchWorkflow.exercised
