"""`POST /_mock/calls`: an inbound call played on a running mock, to the application the dialled
number is assigned to, at its callback URL; refused plainly when it cannot be placed."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from sinch_voice_mock import (
    DEFAULT_NUMBERS,
    DEMO_APPLICATION_KEY,
    DEMO_APPLICATION_SECRET,
    MockServer,
)
from sinch_voice_toolkit import VoiceClient
from tests.example_receivers import receiver

NUMBER = next(n for n, caps in DEFAULT_NUMBERS.items() if n.startswith("+1415555"))
SCENARIO = {
    "name": "press 2",
    "call": {"from": "+46708168731", "to": NUMBER},
    "caller": [{"press": "2"}],
    "expect": {"heard": ["Goodbye"], "ended": "MANAGERHANGUP"},
}


@pytest.fixture
def mock() -> Iterator[MockServer]:
    with MockServer() as running:
        yield running


def test_a_call_to_an_assigned_number_plays_at_its_application(mock: MockServer) -> None:
    with (
        receiver("starlette") as (url, received),
        VoiceClient(DEMO_APPLICATION_KEY, DEMO_APPLICATION_SECRET, base_url=mock.url) as voice,
    ):
        voice.applications.assign_numbers([NUMBER])
        voice.applications.update_callback_urls(primary=url)
        answer = mock.control("POST", "/calls", json=SCENARIO)
        assert answer.status_code == 200, answer.text
        outcome = answer.json()
        assert outcome["passed"] and outcome["reason"] == "MANAGERHANGUP"
        assert voice.calls.get(outcome["callId"]).status == "FINAL"  # the API saw the call
    assert [event.event for event in received] == ["ice", "pie", "dice"]


@pytest.mark.parametrize(
    ("body", "status", "says"),
    [
        (b"{", 400, "Expecting"),
        (b'{"call": {"from": "+46708168731"}}', 400, "give `from` and `to`"),
        (b'{"call": {"from": "+46708168731", "to": "+14155550199"}}', 409, "assigned to no"),
    ],
)
def test_a_call_that_cannot_be_placed_is_refused(
    mock: MockServer, body: bytes, status: int, says: str
) -> None:
    answer = mock.control("POST", "/calls", content=body)
    assert answer.status_code == status and says in answer.json()["error"]


def test_the_control_token_is_required(mock: MockServer) -> None:
    import httpx

    answer = httpx.post(f"{mock.url}/_mock/calls", json=SCENARIO, timeout=10)
    assert answer.status_code == 401
