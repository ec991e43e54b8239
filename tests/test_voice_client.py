"""`VoiceClient` and `AsyncVoiceClient`: all six operations and the bulk methods, against the mock.

The same scenario runs through both clients (`Voice` below hides only the `await`); the mock's
state is read back through GetNumbers to prove each write.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Coroutine, Iterator
from typing import Any

import httpx
import pytest

from sinch_signing import CredentialsError
from sinch_voice_mock import DEMO_APPLICATION_KEY, DEMO_APPLICATION_SECRET, MockServer
from sinch_voice_toolkit import (
    ApplicationCallbacks,
    AsyncVoiceClient,
    BulkReport,
    ClientClosedError,
    InvalidRequestError,
    InvalidResponseError,
    NotFoundError,
    VoiceClient,
)

OTHER_APP = "94983f76-1161-6655-9515-4785c7b67dd8"  # the second application of the default world
VOICE_ONLY = "+14151112223333"
BOTH = "+46730170101"


@pytest.fixture(scope="module")
def mock() -> Iterator[MockServer]:
    with MockServer() as server:
        yield server


@pytest.fixture(autouse=True)
def fresh_world(mock: MockServer) -> None:
    mock.reset()


class Voice:
    """Calls a sync or an async client the same way: every method returns its value.

    An async client's calls all run in one event loop, as in an application.
    """

    def __init__(self, client: Any) -> None:
        self.client = client
        self.loop = asyncio.Runner()

    def __getattr__(self, name: str) -> Any:
        method = getattr(self.client, name)
        if not callable(method):  # a resource group: `voice.applications`
            group = Voice.__new__(Voice)
            group.client, group.loop = method, self.loop
            return group

        def call(*args: Any, **kwargs: Any) -> Any:
            result = method(*args, **kwargs)
            if isinstance(result, Coroutine):
                return self.loop.run(result)
            return result

        return call

    def close(self) -> None:
        if isinstance(self.client, VoiceClient):
            self.client.close()
        else:
            self.loop.run(self.client.aclose())
        self.loop.close()


def make_client(kind: str, mock: MockServer) -> VoiceClient | AsyncVoiceClient:
    cls = VoiceClient if kind == "sync" else AsyncVoiceClient
    return cls(DEMO_APPLICATION_KEY, DEMO_APPLICATION_SECRET, base_url=mock.url)


@pytest.fixture(params=["sync", "async"])
def voice(request: pytest.FixtureRequest, mock: MockServer) -> Iterator[Voice]:
    wrapped = Voice(make_client(request.param, mock))
    yield wrapped
    wrapped.close()


def owned(voice: Voice) -> dict[tuple[str, str], str | None]:
    """(number, capability) -> application, as GetNumbers reports it."""
    return {
        (n.number, str(n.capability)): (n.applicationkey or None)
        for n in voice.applications.get_numbers()
    }


def test_get_numbers_is_a_plain_list(voice: Voice) -> None:
    numbers = voice.applications.get_numbers()
    assert isinstance(numbers, list) and numbers
    assert {n.number for n in numbers} >= {VOICE_ONLY, BOTH}
    assert all(not n.applicationkey for n in numbers)  # nothing is assigned in the default world


def test_update_numbers_then_unassign(voice: Voice) -> None:
    assert voice.applications.assign_numbers([VOICE_ONLY, BOTH], capability="voice") is None
    state = owned(voice)
    assert state[(VOICE_ONLY, "voice")] == DEMO_APPLICATION_KEY
    assert state[(BOTH, "voice")] == DEMO_APPLICATION_KEY
    assert state[(BOTH, "sms")] is None

    assert voice.applications.unassign_number(BOTH, capability="voice") is None
    assert owned(voice)[(BOTH, "voice")] is None
    with pytest.raises(NotFoundError):
        voice.applications.unassign_number(BOTH, capability="voice")  # already released


def test_update_numbers_for_another_application(voice: Voice) -> None:
    voice.applications.assign_numbers([BOTH], application_key=OTHER_APP, capability="sms")
    assert owned(voice)[(BOTH, "sms")] == OTHER_APP


def test_callback_urls_default_to_the_signing_application(voice: Voice) -> None:
    assert voice.applications.get_callback_urls() == ApplicationCallbacks(
        primary=None, fallback=None
    )
    voice.applications.update_callback_urls(primary="https://example.com/sinch")
    voice.applications.update_callback_urls(
        fallback="http://backup.example.com/sinch"
    )  # primary is kept
    assert voice.applications.get_callback_urls() == ApplicationCallbacks(
        primary="https://example.com/sinch", fallback="http://backup.example.com/sinch"
    )
    assert (
        voice.applications.get_callback_urls(DEMO_APPLICATION_KEY)
        == voice.applications.get_callback_urls()
    )
    assert voice.applications.get_callback_urls(OTHER_APP) == ApplicationCallbacks(None, None)


def test_callback_urls_of_another_application(voice: Voice) -> None:
    voice.applications.update_callback_urls(
        primary="https://other.example/cb", application_key=OTHER_APP
    )
    assert voice.applications.get_callback_urls(OTHER_APP).primary == "https://other.example/cb"
    assert voice.applications.get_callback_urls().primary is None


def test_query_number_returns_the_item(voice: Voice) -> None:
    info = voice.applications.query_number("+46(0)73-017-0101")
    assert info.normalized_number == BOTH
    assert info.country_id == "SE"


@pytest.mark.parametrize(
    ("call", "where"),
    [
        (lambda v: v.applications.assign_numbers("+46730170101"), "/numbers"),
        (lambda v: v.applications.assign_numbers([]), "/numbers"),
        (
            lambda v: v.applications.assign_numbers(
                ["+1415555010" + str(i % 10) for i in range(101)]
            ),
            "/numbers",
        ),
        (lambda v: v.applications.assign_numbers(["0046730170101"]), "/numbers/0"),
        (lambda v: v.applications.unassign_number("46730170101"), "/number"),
        (lambda v: v.applications.update_callback_urls(), "/url"),
        (
            lambda v: v.applications.update_callback_urls(primary="ftp://example.com/x"),
            "/url/primary",
        ),
        (lambda v: v.applications.update_callback_urls(fallback="example.com/x"), "/url/fallback"),
        (lambda v: v.applications.query_number("+46 73 017"), "/number"),
    ],
)
def test_invalid_requests_are_refused_before_sending(
    voice: Voice, mock: MockServer, call: Callable[[Voice], object], where: str
) -> None:
    before = owned(voice)
    with pytest.raises(InvalidRequestError) as caught:
        call(voice)
    assert caught.value.where == where
    assert owned(voice) == before


def test_bulk_methods(voice: Voice) -> None:
    numbers = [VOICE_ONLY, BOTH, "not a number", BOTH]
    report = voice.applications.assign_many(numbers, capability="voice", concurrency=2)
    assert isinstance(report, BulkReport)
    assert sorted(report.done) == sorted([VOICE_ONLY, BOTH])
    assert list(report.invalid) == ["not a number"]
    assert owned(voice)[(BOTH, "voice")] == DEMO_APPLICATION_KEY

    report = voice.applications.unassign_many([VOICE_ONLY, BOTH], capability="voice")
    assert sorted(report.done) == sorted([VOICE_ONLY, BOTH])
    assert owned(voice)[(VOICE_ONLY, "voice")] is None


def test_sync_bulk_inside_an_event_loop_says_what_to_use(mock: MockServer) -> None:
    async def inside() -> None:
        voice = make_client("sync", mock)
        assert isinstance(voice, VoiceClient)
        with voice as client, pytest.raises(RuntimeError, match="Async"):
            client.applications.assign_many([BOTH])

    asyncio.run(inside())


def test_sync_bulk_runs_twice_on_one_client(mock: MockServer) -> None:
    with VoiceClient(DEMO_APPLICATION_KEY, DEMO_APPLICATION_SECRET, base_url=mock.url) as client:
        assert client.applications.assign_many([BOTH]).done == [BOTH]
        assert client.applications.unassign_many([BOTH]).done == [BOTH]
        assert (
            client.applications.get_numbers()
        )  # the sync connections still work after the loops ended


def answering(body: bytes) -> dict[str, Any]:
    """Client options for a MockTransport that answers every request 200 with `body`."""

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=body, headers={"Content-Type": "application/json"})

    return {
        "base_url": "https://callingapi.sinch.com",
        "httpx_args": {"transport": httpx.MockTransport(handler)},
        "retries": None,
    }


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_tolerant_answers_become_plain_values(kind: str) -> None:
    cls = VoiceClient if kind == "sync" else AsyncVoiceClient
    voice = Voice(cls(DEMO_APPLICATION_KEY, DEMO_APPLICATION_SECRET, **answering(b"{}")))
    assert voice.applications.get_numbers() == []
    assert voice.applications.get_callback_urls() == ApplicationCallbacks(None, None)
    with pytest.raises(InvalidResponseError, match=r"queryNumber.*none of number, number_item"):
        voice.applications.query_number(BOTH)
    voice.close()


def test_query_number_takes_the_documentation_samples_spelling() -> None:
    body = b'{"method": "numberItem", "numberItem": {"normalizedNumber": "+46730170101"}}'
    with VoiceClient(DEMO_APPLICATION_KEY, DEMO_APPLICATION_SECRET, **answering(body)) as voice:
        assert voice.applications.query_number(BOTH).normalized_number == BOTH


def test_credentials_and_repr() -> None:
    with pytest.raises(CredentialsError, match="SINCH_APPLICATION_SECRET"):
        VoiceClient(DEMO_APPLICATION_KEY, environ={})
    voice = VoiceClient(DEMO_APPLICATION_KEY, DEMO_APPLICATION_SECRET, environ={})
    assert DEMO_APPLICATION_SECRET not in repr(voice)
    assert repr(voice).startswith("VoiceClient(base_url='https://callingapi.sinch.com'")
    assert voice.application_key == DEMO_APPLICATION_KEY
    assert voice.client.get_httpx_client() is not None
    voice.close()


CALLS_AFTER_CLOSE: dict[str, Callable[[Voice], Any]] = {
    "get_numbers": lambda v: v.applications.get_numbers(),
    "assign_numbers": lambda v: v.applications.assign_numbers([BOTH]),
    "unassign_number": lambda v: v.applications.unassign_number(BOTH),
    "get_callback_urls": lambda v: v.applications.get_callback_urls(),
    "update_callback_urls": lambda v: v.applications.update_callback_urls(
        primary="https://example.com/cb"
    ),
    "query_number": lambda v: v.applications.query_number(BOTH),
    "assign_many": lambda v: v.applications.assign_many([BOTH]),
    "unassign_many": lambda v: v.applications.unassign_many([BOTH]),
}


@pytest.mark.parametrize("call", CALLS_AFTER_CLOSE)
def test_every_method_of_a_closed_client_raises_client_closed(
    voice: Voice, mock: MockServer, call: str
) -> None:
    voice.applications.get_numbers()
    for _ in range(2):  # closing twice is harmless
        if isinstance(voice.client, VoiceClient):
            voice.client.close()
        else:
            voice.loop.run(voice.client.aclose())
    with pytest.raises(ClientClosedError):
        CALLS_AFTER_CLOSE[call](voice)
    with VoiceClient(DEMO_APPLICATION_KEY, DEMO_APPLICATION_SECRET, base_url=mock.url) as fresh:
        assert all(
            not n.applicationkey for n in fresh.applications.get_numbers()
        )  # nothing was sent
        assert fresh.applications.get_callback_urls().primary is None
