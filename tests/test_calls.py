"""Placing and steering calls against the mock: callouts, calls, conferences, and the signed
ACE and DiCE the mock posts to the application's receiver, as Sinch does.

Every call runs in real (short) time: the mock's callee answers after 20 ms and a TTS message
plays for 50 ms here (`CallTiming`); a test waits for a state with a deadline, never a sleep of
its own guessing.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from sinch_voice.models import (
    AceEvent,
    ContinueAction,
    DiceEvent,
    HangupAction,
    ParkAction,
    SayInstruction,
    UsernameDestination,
)
from sinch_voice_mock import (
    DEMO_APPLICATION_KEY,
    DEMO_APPLICATION_SECRET,
    CallTiming,
    MockServer,
    MockState,
)
from sinch_voice_toolkit import (
    InvalidRequestError,
    NotFoundError,
    SinchTransportError,
    VoiceClient,
    unwrap_callback,
)
from tests.servers import serve_asgi

TO, OTHER, CLI = "+46730170101", "+46730170102", "+46708168731"
TIMING = CallTiming(answer_after=0.02, tts_seconds=0.05)


OUTSIDER, OUTSIDER_SECRET = "app-of-another-project", "c2VjcmV0LW90aGVy"


@pytest.fixture(scope="module")
def mock() -> Iterator[MockServer]:
    world = MockState.default()
    world.add_application(OUTSIDER, OUTSIDER_SECRET, project="another-project")
    with MockServer(world, call_timing=TIMING) as server:
        yield server


@pytest.fixture
def voice(mock: MockServer) -> Iterator[VoiceClient]:
    mock.reset()
    with VoiceClient(DEMO_APPLICATION_KEY, DEMO_APPLICATION_SECRET, base_url=mock.url) as client:
        yield client


def eventually(check: Callable[[], Any], seconds: float = 5.0) -> Any:
    """`check()`'s first truthy value, within `seconds`."""
    deadline = time.monotonic() + seconds
    while True:
        value = check()
        if value or time.monotonic() > deadline:
            assert value, "not within the deadline"
            return value
        time.sleep(0.01)


@contextmanager
def receiver(ace_answer: dict[str, Any]) -> Iterator[tuple[str, list[tuple[Any, dict[str, str]]]]]:
    """A callback receiver that verifies each event as Sinch signs it (`unwrap_callback`) and
    answers ACE with `ace_answer`: (its URL, the events and headers it accepted)."""
    received: list[tuple[Any, dict[str, str]]] = []

    async def callback(request: Request) -> Response:
        event = unwrap_callback(
            method=request.method,
            path=request.scope["raw_path"].decode(),
            headers=request.headers,
            body=await request.body(),
            application_key=DEMO_APPLICATION_KEY,
            application_secret=DEMO_APPLICATION_SECRET,
        )
        received.append((event, dict(request.headers)))
        if isinstance(event, AceEvent):
            return JSONResponse(ace_answer)
        return Response(status_code=200)

    with serve_asgi(Starlette(routes=[Route("/cb", callback, methods=["POST"])])) as url:
        yield url + "/cb", received


def test_a_tts_callout_is_placed_answered_and_ends_when_its_message_has_played(
    voice: VoiceClient,
) -> None:
    call_id = voice.callouts.tts(TO, "Hello from the test", cli=CLI, custom="order-7")
    placed = voice.calls.get(call_id)
    assert placed.status == "ONGOING" and placed.to.endpoint == TO
    ended = eventually(lambda: (c := voice.calls.get(call_id)).status == "FINAL" and c)
    assert (ended.result, ended.reason, ended.custom) == ("ANSWERED", "CALLERHANGUP", "order-7")
    assert ended.from_.endpoint == CLI


def test_a_call_is_hung_up_and_then_cannot_be_changed(voice: VoiceClient) -> None:
    call_id = voice.callouts.custom(TO, cli=CLI, ice='{"action": {"name": "park"}}')
    voice.calls.update(call_id, ParkAction(), instructions=[SayInstruction(text="Hold on")])
    voice.calls.update(call_id, ContinueAction())
    voice.calls.hangup(call_id)
    ended = voice.calls.get(call_id)
    assert (ended.status, ended.reason) == ("FINAL", "MANAGERHANGUP")
    with pytest.raises(NotFoundError) as caught:
        voice.calls.hangup(call_id)
    assert caught.value.error_code == 40400
    with pytest.raises(NotFoundError):
        voice.calls.get("0123456789abcdef0123456789abcdef")


def test_a_conference_mutes_holds_and_kicks_only_whom_it_is_told(voice: VoiceClient) -> None:
    first = voice.callouts.conference(TO, "standup", cli=CLI)
    second = voice.callouts.conference(OTHER, "standup", cli=CLI)
    eventually(lambda: len(voice.conferences.get("standup")) == 2 if _exists(voice) else False)
    voice.conferences.mute("standup", first)
    voice.conferences.hold("standup", second, moh="music1")
    people = {p.id: p for p in voice.conferences.get("standup")}
    assert (people[first].muted, people[first].onhold) == (True, False)
    assert (people[second].muted, people[second].onhold) == (False, True)
    voice.conferences.unmute("standup", first)
    voice.conferences.resume("standup", second)
    assert not any(p.muted or p.onhold for p in voice.conferences.get("standup"))
    voice.conferences.kick("standup", first)
    assert [p.id for p in voice.conferences.get("standup")] == [second]
    assert voice.calls.get(first).status == "FINAL"
    voice.conferences.kick_all("standup")
    assert voice.calls.get(second).reason == "MANAGERHANGUP"
    with pytest.raises(NotFoundError, match="Conference not found"):
        voice.conferences.get("standup")


def _exists(voice: VoiceClient) -> bool:
    try:
        voice.conferences.get("standup")
    except NotFoundError:
        return False
    return True


def test_another_projects_call_is_not_found(mock: MockServer, voice: VoiceClient) -> None:
    call_id = voice.callouts.conference(TO, "private", cli=CLI)
    with VoiceClient(OUTSIDER, OUTSIDER_SECRET, base_url=mock.url) as other:
        with pytest.raises(NotFoundError):
            other.calls.get(call_id)
        with pytest.raises(NotFoundError):
            other.calls.hangup(call_id)
    assert voice.calls.get(call_id).status == "ONGOING"


@pytest.mark.parametrize("answer", ["continue", "hangup"])
def test_ace_and_dice_reach_the_application_signed_and_the_ace_answer_is_obeyed(
    voice: VoiceClient, answer: str
) -> None:
    with receiver({"action": {"name": answer}}) as (url, received):
        voice.applications.update_callback_urls(primary=url)
        call_id = voice.callouts.tts(
            UsernameDestination(endpoint="alice"),
            "Your code is 1234",
            cli=CLI,
            enable_ace=True,
            enable_dice=True,
            headers={"X-CB-Order": "7", "x-cb-region": "eu"},
        )
        eventually(lambda: any(isinstance(e, DiceEvent) for e, _ in received))
    (ace, ace_headers), (dice, _) = received
    assert isinstance(ace, AceEvent) and ace.callid == call_id
    assert (ace_headers["x-cb-order"], ace_headers["x-cb-region"]) == ("7", "eu")
    assert isinstance(dice, DiceEvent) and dice.callid == call_id
    expected = "MANAGERHANGUP" if answer == "hangup" else "CALLERHANGUP"
    assert (dice.result, dice.reason) == ("ANSWERED", expected)
    assert voice.calls.get(call_id).reason == expected


def test_what_a_callout_sends_is_checked_before_it_leaves(
    mock: MockServer, voice: VoiceClient
) -> None:
    refused: list[tuple[Callable[[], object], str]] = [
        (lambda: voice.callouts.tts("46730170101", "x"), "/ttsCallout/destination/endpoint"),
        (lambda: voice.callouts.tts(TO, "x", cli="0046708168731"), "/ttsCallout/cli"),
        (lambda: voice.callouts.tts(TO, "x", dtmf="12a"), "/ttsCallout/dtmf"),
        (lambda: voice.callouts.conference(TO, "c" * 65), "/conferenceCallout/conferenceId"),
        (
            lambda: voice.callouts.custom(TO, max_duration=14401),
            "/customCallout/maxDuration",
        ),
        (lambda: voice.callouts.tts(TO, "x", headers={"X-Other": "1"}), "headers"),
        (lambda: voice.callouts.tts(TO, "x", headers={"X-CB-A": "é"}), "headers/X-CB-A"),
        (
            lambda: voice.callouts.tts(TO, "x", headers={f"X-CB-{n}": "1" for n in range(6)}),
            "headers",
        ),
        (
            lambda: voice.callouts.custom(TO, ace=_connect_pstn_as_ace()),
            "/customCallout/ace/action",
        ),
    ]
    for place, where in refused:
        with pytest.raises(InvalidRequestError) as caught:
            place()
        assert caught.value.where.startswith(where), (where, caught.value)
    assert not mock.state.calls.calls  # nothing was sent


def _connect_pstn_as_ace() -> Any:
    from sinch_voice.models import AceSvaml, ConnectPstnAction

    svaml = AceSvaml(action=HangupAction())
    svaml.action = ConnectPstnAction(number=TO)  # type: ignore[assignment] # it is refused
    return svaml


def test_a_lost_callout_answer_is_not_sent_again(mock: MockServer, voice: VoiceClient) -> None:
    mock.control("POST", "/faults", json={"schedule": ["lost"]}).raise_for_status()
    try:
        with pytest.raises(SinchTransportError) as caught:
            voice.callouts.tts(TO, "Once only", cli=CLI)
    finally:
        mock.control("DELETE", "/faults").raise_for_status()
    assert caught.value.not_repeated and "callouts is not repeatable" in caught.value.not_repeated
    assert mock.state.calls.calls, "the callout reached the mock"
    assert len(mock.state.calls.calls) == 1


def test_a_rate_limited_callout_is_sent_again(mock: MockServer, voice: VoiceClient) -> None:
    plan = {"schedule": ["429"], "retry_after_seconds": 0}
    mock.control("POST", "/faults", json=plan).raise_for_status()
    try:
        call_id = voice.callouts.tts(TO, "Twice asked, once placed", cli=CLI)
    finally:
        mock.control("DELETE", "/faults").raise_for_status()
    assert list(mock.state.calls.calls) == [call_id]
