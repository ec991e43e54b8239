"""Behaviour of the calling operations: each field and command does what the spec says, to
whom it says, and nothing else (read back through the API).

A server can answer every call in the documented shape while muting everyone, listing a kicked
participant or ignoring the conference a callout names. Each scenario here makes one of those
matter. Field names come from the spec (`spec_fields`), as in test_behaviour.py. The last one
is the client's side: a callout whose answer is lost is not placed a second time.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from contract_tests.spec_fields import SCHEMAS, field
from sinch_signing import ApplicationAuth
from sinch_voice_mock import DEMO_APPLICATION_KEY, DEMO_APPLICATION_SECRET, MockServer
from sinch_voice_toolkit import SinchTransportError, VoiceClient

CALLOUTS = "/calling/v1/callouts"
CALL = "/calling/v1/calls/id/{}"
CONFERENCE = "/calling/v1/conferences/id/{}"
PARTICIPANT = "/calling/v1/conferences/id/{}/{}"
ROOM = "behaviour-room"
TO, OTHER, CLI = "+46730170101", "+46730170102", "+46708168731"

CONFERENCE_ID = field("ConferenceCallout", "ConferenceIdInput")
DESTINATION = field("ConferenceCallout", "CalloutDestination")
COMMAND = field("ManageParticipantRequest", "ParticipantCommand")
COMMANDS: list[str] = SCHEMAS["ParticipantCommand"]["enum"]
# What each command sets, as getConferenceInfo reports it: (property, value).
EFFECT = {"mute": ("muted", True), "unmute": ("muted", False)}
EFFECT |= {"onhold": ("onhold", True), "resume": ("onhold", False)}


@pytest.fixture
def api(mock_server: MockServer) -> Iterator[httpx.Client]:
    mock_server.reset()
    auth = ApplicationAuth(DEMO_APPLICATION_KEY, DEMO_APPLICATION_SECRET)
    with httpx.Client(base_url=mock_server.url, auth=auth, timeout=10) as client:
        yield client


def ok(answer: httpx.Response) -> httpx.Response:
    assert 200 <= answer.status_code < 300, (answer.request.url, answer.text)
    return answer


def conference_callout(api: httpx.Client, number: str, room: str = ROOM) -> str:
    body = {
        "method": "conferenceCallout",
        "conferenceCallout": {
            DESTINATION: {"type": "number", "endpoint": number},
            CONFERENCE_ID: room,
            "cli": CLI,
        },
    }
    call_id: str = ok(api.post(CALLOUTS, json=body)).json()["callId"]
    return call_id


def participants(api: httpx.Client, room: str = ROOM) -> dict[str, dict[str, Any]]:
    answer = api.get(CONFERENCE.format(room))
    if answer.status_code == 404:
        return {}
    return {p["id"]: p for p in ok(answer).json().get("participants", [])}


def two_in_a_room(api: httpx.Client) -> tuple[str, str]:
    first, second = conference_callout(api, TO), conference_callout(api, OTHER)
    deadline = time.monotonic() + 5
    while set(participants(api)) != {first, second}:
        assert time.monotonic() < deadline, "the callouts never joined the conference"
        time.sleep(0.01)
    return first, second


def status(api: httpx.Client, call_id: str) -> str:
    state: str = ok(api.get(CALL.format(call_id))).json()["status"]
    return state


@pytest.mark.parametrize("command", COMMANDS)
def test_a_command_changes_that_participant_and_no_other(api: httpx.Client, command: str) -> None:
    first, second = two_in_a_room(api)
    prop, value = EFFECT[command]
    for call_id in (first, second):  # start from the opposite, so the change shows
        opposite = next(c for c, (p, v) in EFFECT.items() if p == prop and v != value)
        ok(api.patch(PARTICIPANT.format(ROOM, call_id), json={COMMAND: opposite}))
    before = participants(api)[second]
    ok(api.patch(PARTICIPANT.format(ROOM, first), json={COMMAND: command}))
    after = participants(api)
    assert after[first][prop] is value
    assert after[second] == {**before, "duration": after[second]["duration"]}


def test_a_kicked_participant_leaves_and_the_other_stays(api: httpx.Client) -> None:
    first, second = two_in_a_room(api)
    ok(api.delete(PARTICIPANT.format(ROOM, first)))
    assert set(participants(api)) == {second}
    assert (status(api, first), status(api, second)) == ("FINAL", "ONGOING")


def test_kick_all_ends_every_call_of_that_conference_only(api: httpx.Client) -> None:
    first, second = two_in_a_room(api)
    elsewhere = conference_callout(api, TO, room="another-room")
    ok(api.delete(CONFERENCE.format(ROOM)))
    assert participants(api) == {}
    assert (status(api, first), status(api, second)) == ("FINAL", "FINAL")
    assert status(api, elsewhere) == "ONGOING"


def test_a_callout_calls_whom_it_names_from_the_number_it_names(api: httpx.Client) -> None:
    call_id = conference_callout(api, OTHER)
    call = ok(api.get(CALL.format(call_id))).json()
    assert (call["to"]["endpoint"], call["from"]["endpoint"]) == (OTHER, CLI)


def test_hangup_ends_the_call_and_continue_does_not(api: httpx.Client) -> None:
    call_id = conference_callout(api, TO)
    ok(api.patch(CALL.format(call_id), json={"action": {"name": "continue"}}))
    assert status(api, call_id) == "ONGOING"
    ok(api.patch(CALL.format(call_id), json={"action": {"name": "hangup"}}))
    assert status(api, call_id) == "FINAL"


def test_a_callout_whose_answer_is_lost_is_placed_once(mock_server: MockServer) -> None:
    mock_server.reset()
    mock_server.control("POST", "/faults", json={"schedule": ["lost"]}).raise_for_status()
    try:
        with (
            VoiceClient(
                DEMO_APPLICATION_KEY, DEMO_APPLICATION_SECRET, base_url=mock_server.url
            ) as voice,
            pytest.raises(SinchTransportError) as caught,
        ):
            voice.callouts.tts(TO, "Once", cli=CLI)
    finally:
        mock_server.control("DELETE", "/faults").raise_for_status()
    assert caught.value.not_repeated, "the error must say why it was not sent again"
    assert len(mock_server.state.calls.calls) == 1, "the callout was placed more than once"
