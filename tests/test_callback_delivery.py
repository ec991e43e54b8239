"""End to end: the mock posts signed callbacks, the example receivers verify and answer them.

Callback URLs are set with the generated client; events are triggered through the mock's
control endpoint; the receivers in examples/ verify each request and read it into a typed
event with `unwrap_callback`, and answer with SVAML the mock checks against the spec.
"""

from __future__ import annotations

import asyncio
import dataclasses
import json
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any

import httpx
import pytest
import yaml
from hypothesis import HealthCheck, given, settings, strategies as st
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from sinch_signing import decode_secret, format_timestamp, signature_headers
from sinch_voice.api.callbacks import update_callback_urls
from sinch_voice.models import (
    AceEvent,
    CallbackUrls,
    DiceEvent,
    IceEvent,
    NotifyEvent,
    PieEvent,
    UpdateCallbackUrlsRequest,
)
from sinch_voice_mock import DEMO_APPLICATION_KEY, DEMO_APPLICATION_SECRET, MockServer
from sinch_voice_toolkit import connect
from tests.example_receivers import KINDS, WRONG_SECRET, receiver
from tests.hostile_handlers import hostile_handlers
from tests.servers import closed_port_url, serve_asgi


@contextmanager
def failing_primary(kind: str) -> Iterator[str]:
    """A primary URL that refuses connections, answers 503, or never answers in time."""
    if kind == "refused":
        yield closed_port_url()
        return

    async def handler(request: Request) -> JSONResponse:
        if kind == "slow":
            await asyncio.sleep(3)
        return JSONResponse({"error": "down"}, status_code=503)

    with serve_asgi(Starlette(routes=[Route("/cb", handler, methods=["POST"])])) as url:
        yield url + "/cb"


def set_callbacks(mock: MockServer, primary: str, fallback: str | None = None) -> None:
    with connect(DEMO_APPLICATION_KEY, DEMO_APPLICATION_SECRET, base_url=mock.url) as client:
        body = UpdateCallbackUrlsRequest(
            url=CallbackUrls(primary=primary, fallback=fallback)
            if fallback
            else CallbackUrls(primary=primary)
        )
        assert (
            update_callback_urls.sync_detailed(
                DEMO_APPLICATION_KEY, client=client, body=body
            ).status_code
            == 204
        )


def trigger(
    mock: MockServer, event: dict[str, Any] | None = None, kind: str | None = None
) -> dict[str, Any]:
    path = f"/applications/{DEMO_APPLICATION_KEY}/events" + (f"?kind={kind}" if kind else "")
    response = mock.control("POST", path, json=event)
    assert response.status_code == 200, response.text
    delivery: dict[str, Any] = response.json()
    return delivery


@pytest.fixture
def mock() -> Iterator[MockServer]:
    with MockServer(callback_timeout_seconds=0.5) as server:
        yield server


@pytest.mark.parametrize("kind", KINDS)
def test_event_reaches_the_primary_verified(mock: MockServer, kind: str) -> None:
    with receiver(kind) as (url, received):
        set_callbacks(mock, url)
        delivery = trigger(mock)
    assert delivery["deliveredTo"] == "primary"
    assert [a["status"] for a in delivery["attempts"]] == [200]
    assert len(received) == 1
    assert isinstance(received[0], IceEvent)
    assert received[0].to_dict() == delivery["event"]
    assert received[0].application_key == DEMO_APPLICATION_KEY
    assert delivery["answer"] == {"svaml": "valid"}


@pytest.mark.parametrize("kind", KINDS)
def test_every_event_kind_reaches_the_receiver_typed_and_is_answered_validly(
    mock: MockServer, kind: str
) -> None:
    models = {"ice": IceEvent, "ace": AceEvent, "dice": DiceEvent, "pie": PieEvent}
    models["notify"] = NotifyEvent
    with receiver(kind) as (url, received):
        set_callbacks(mock, url)
        deliveries = {event: trigger(mock, kind=event) for event in models}
    assert [type(event) for event in received] == list(models.values())
    for event, delivery in deliveries.items():
        assert delivery["event"]["event"] == event
        assert [a["status"] for a in delivery["attempts"]] == [200]
        expected = "valid" if event in ("ice", "ace", "pie") else "not expected"
        assert delivery["answer"] == {"svaml": expected}, delivery
    assert len({e.callid for e in received}) == len(models)  # a fresh call ID each time


def test_the_mock_records_an_answer_the_event_does_not_allow(mock: MockServer) -> None:
    async def continue_everything(request: Request) -> JSONResponse:
        return JSONResponse({"action": {"name": "continue"}})

    app = Starlette(routes=[Route("/cb", continue_everything, methods=["POST"])])
    with serve_asgi(app) as url:
        set_callbacks(mock, url + "/cb")
        on_ice, on_ace = trigger(mock, kind="ice"), trigger(mock, kind="ace")
        unknown = mock.control("POST", f"/applications/{DEMO_APPLICATION_KEY}/events?kind=x")
    assert on_ice["answer"]["svaml"] == "invalid" and on_ice["answer"]["where"] == "/action"
    assert on_ace["answer"] == {"svaml": "valid"}
    assert unknown.status_code == 400 and "ice" in unknown.json()["error"]


@pytest.mark.parametrize("failure", ["refused", "503", "slow"])
@pytest.mark.parametrize("kind", KINDS)
def test_fallback_receives_it_when_the_primary_fails(
    mock: MockServer, kind: str, failure: str
) -> None:
    with failing_primary(failure) as primary, receiver(kind) as (fallback, received):
        set_callbacks(mock, primary, fallback)
        delivery = trigger(mock, {"event": "dice", "callid": "c-1", "reason": "CALLERHANGUP"})
    first, second = delivery["attempts"]
    assert first["target"] == "primary" and second["target"] == "fallback"
    expected_failure = {
        "refused": ("error", "cannot connect"),
        "503": ("status", 503),
        "slow": ("error", "timeout"),
    }[failure]
    field, value = expected_failure
    assert value in first[field] if isinstance(value, str) else first[field] == value
    assert second["status"] == 200 and delivery["deliveredTo"] == "fallback"
    assert [e.to_dict() for e in received] == [
        {"event": "dice", "callid": "c-1", "reason": "CALLERHANGUP"}
    ]


@pytest.mark.parametrize("kind", KINDS)
def test_a_receiver_with_the_wrong_secret_rejects_it(mock: MockServer, kind: str) -> None:
    with receiver(kind, secret=WRONG_SECRET) as (url, received):
        set_callbacks(mock, url, closed_port_url())
        delivery = trigger(mock)
    assert [a["status"] for a in delivery["attempts"]] == [401]  # a 4xx is an answer: no fallback
    assert received == []


def test_every_attempt_is_recorded(mock: MockServer) -> None:
    with receiver("starlette") as (url, _):
        set_callbacks(mock, closed_port_url(), url)
        trigger(mock)
        trigger(mock, {"event": "ace", "callid": "c-2"})
    deliveries = mock.control("GET", "/deliveries").json()
    assert [d["event"]["event"] for d in deliveries] == ["ice", "ace"]
    for delivery in deliveries:
        assert [a["target"] for a in delivery["attempts"]] == ["primary", "fallback"]
        assert all(a["duration_ms"] >= 0 for a in delivery["attempts"])


def test_control_endpoint_errors(mock: MockServer) -> None:
    assert mock.control("POST", "/applications/nope/events").status_code == 404
    assert mock.control("POST", f"/applications/{DEMO_APPLICATION_KEY}/events").status_code == 409
    set_callbacks(mock, "https://example.invalid/cb")
    response = mock.control(
        "POST", f"/applications/{DEMO_APPLICATION_KEY}/events", content=b"{not json"
    )
    assert response.status_code == 400


@pytest.mark.parametrize("kind", KINDS)
def test_a_replayed_callback_is_refused(kind: str) -> None:
    """The same signed request, sent twice: the receiver accepts it once."""
    body = b'{"event":"ice","callid":"c-replay"}'
    with receiver(kind) as (url, received):
        path = httpx.URL(url).raw_path.decode()
        headers = {
            "Content-Type": "application/json",
            **signature_headers(
                application_key=DEMO_APPLICATION_KEY,
                secret=decode_secret(DEMO_APPLICATION_SECRET),
                method="POST",
                path=path,
                body=body,
                content_type="application/json",
                timestamp=format_timestamp(datetime.now(UTC)),
                scheme="application",
            ),
        }
        first = httpx.post(url, content=body, headers=headers)
        second = httpx.post(url, content=body, headers=headers)
    assert (first.status_code, second.status_code) == (200, 401)
    assert "received before" in second.json()["error"]
    assert [e.to_dict() for e in received] == [{"event": "ice", "callid": "c-replay"}]


# -- a receiver the user does not control ----------------------------------------------------------


@pytest.fixture(scope="module")
def hostile() -> Iterator[str]:
    with serve_asgi(hostile_handlers()) as url:
        yield url


def test_a_primary_that_drips_its_answer_times_out_and_the_fallback_gets_it(
    mock: MockServer, hostile: str
) -> None:
    """The callback timeout is one deadline for the whole answer (httpx's is per read)."""
    with receiver("starlette") as (fallback, received):
        set_callbacks(mock, hostile + "/drip", fallback)
        started = time.monotonic()
        delivery = trigger(mock, kind="dice")
    assert time.monotonic() - started < 3  # the timeout is 0.5 s
    primary, second = delivery["attempts"]
    assert (primary["error"], primary["status"]) == ("timeout", None)
    assert primary["duration_ms"] < 1500
    assert second["status"] == 200 and delivery["deliveredTo"] == "fallback"
    assert len(received) == 1


@pytest.mark.parametrize("route", ["/endless", "/bomb"])
def test_an_answer_past_1_mib_is_cut_and_judged_too_large(
    mock: MockServer, hostile: str, route: str
) -> None:
    set_callbacks(mock, hostile + route)
    started = time.monotonic()
    delivery = trigger(mock, kind="ice")
    assert time.monotonic() - started < 5
    assert delivery["deliveredTo"] == "primary"
    assert delivery["answer"]["svaml"] == "invalid"
    assert "larger than 1048576 bytes" in delivery["answer"]["error"]


@pytest.mark.parametrize(
    "event",
    [
        b'{"event": "ice", "callid": NaN}',
        b'{"event": "ice", "duration": Infinity}',
        b'{"event": "ice", "cli": "\\ud800"}',
        b'{"event": "ice", "cli": "\xed\xa0\x80"}',  # a surrogate encoded in UTF-8
        b'"ice"',
    ],
)
def test_an_event_json_cannot_carry_is_refused_and_nothing_is_stored(
    mock: MockServer, event: bytes
) -> None:
    set_callbacks(mock, "https://example.invalid/cb")
    posted = mock.control("POST", f"/applications/{DEMO_APPLICATION_KEY}/events", content=event)
    assert posted.status_code == 400, posted.text
    listed = mock.control("GET", "/deliveries")
    assert (listed.status_code, listed.json()) == (200, [])


def test_deliveries_answer_200_whatever_the_receiver_answered(mock: MockServer) -> None:
    async def hostile_answers(request: Request) -> Response:
        await request.body()
        return Response(next(bodies), media_type="application/json")

    bodies = iter(
        [
            b'{"action": {"name": "\\ud800"}}',
            b'{"action": NaN}',
            b'{"\\u001b[2J": 1, "action": {"name": "hangup"}}',  # a key that clears a screen
            b'{"action": ' + b"[" * 5000 + b"]" * 5000 + b"}",
            b"\xff\xfe not even text",
        ]
    )
    app = Starlette(routes=[Route("/cb", hostile_answers, methods=["POST"])])
    with serve_asgi(app) as url:
        set_callbacks(mock, url + "/cb")
        answers = [trigger(mock, kind="ice")["answer"] for _ in range(5)]
    assert all(answer["svaml"] == "invalid" for answer in answers), answers
    listed = mock.control("GET", "/deliveries")
    assert listed.status_code == 200
    text = json.dumps(listed.json())
    assert len(listed.json()) == 5 and "\\u001b" not in text and "\\ud800" not in text
    assert "\\\\x1b[2J" in text  # the key is shown, escaped


def test_deliveries_keep_no_answer_bodies_and_the_last_1000_per_project() -> None:
    from sinch_voice_mock._callbacks import (
        DELIVERIES_KEPT_PER_PROJECT,
        Attempt,
        CallbackDispatcher,
    )
    from sinch_voice_mock._spec import spec_path
    from sinch_voice_mock._state import Application
    from sinch_voice_mock._webhooks import Webhooks

    assert DELIVERIES_KEPT_PER_PROJECT == 1000
    assert "body" not in {f.name for f in dataclasses.fields(Attempt)}
    dispatcher = CallbackDispatcher(
        lambda: datetime.now(UTC), Webhooks(yaml.safe_load(spec_path().read_text())), history=3
    )
    apps = [
        Application(f"app-{p}", DEMO_APPLICATION_SECRET, project=f"p{p}", primary=None)
        for p in (1, 2)
    ]

    async def deliver_all() -> None:
        for n in range(5):
            for app in apps:
                await dispatcher.deliver(app, {"event": "dice", "callid": f"{app.key}-{n}"})

    asyncio.run(deliver_all())
    kept = [d.event["callid"] for d in dispatcher.deliveries]
    assert kept == [f"app-{p}-{n}" for n in (2, 3, 4) for p in (1, 2)]
    dispatcher.clear()
    assert dispatcher.deliveries == []


def test_reset_clears_the_deliveries(mock: MockServer) -> None:
    with receiver("starlette") as (url, _):
        set_callbacks(mock, url)
        trigger(mock)
    assert len(mock.control("GET", "/deliveries").json()) == 1
    assert mock.control("POST", "/reset").status_code == 200
    assert mock.control("GET", "/deliveries").json() == []


def test_credentials_in_a_callback_url_are_never_shown(mock: MockServer) -> None:
    with receiver("starlette") as (url, _):
        with_credentials = url.replace("http://", "http://ops:hunter2@")
        set_callbacks(mock, with_credentials)
        trigger(mock)
    text = mock.control("GET", "/deliveries").text + mock.control("GET", "/state").text
    assert "hunter2" not in text and "ops:" not in text
    assert "http://***@127.0.0.1" in text


def test_a_client_that_disconnects_mid_request_is_one_line_in_the_log() -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "sinch_voice_mock", "--port", "0", "--control-token", "t"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert process.stdout is not None
        url = httpx.URL(process.stdout.readline().split()[5])
        for path in ("/v1/configuration/numbers", "/_mock/faults"):
            with socket.create_connection((url.host, url.port)) as sock:
                sock.sendall(
                    f"POST {path} HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer t\r\n"
                    "Content-Type: application/json\r\nContent-Length: 1000\r\n\r\n{".encode()
                )
                time.sleep(0.2)
        time.sleep(0.3)
    finally:
        process.terminate()
        _, err = process.communicate(timeout=10)
    assert "Traceback" not in err, err
    gone = [line for line in err.splitlines() if "disconnected before" in line]
    assert len(gone) == 2, err
    assert "POST /v1/configuration/numbers" in gone[0] and "POST /_mock/faults" in gone[1]


HOSTILE_LEAVES = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats()
    | st.text(st.characters(codec=None, categories=["L", "Cs", "Cc", "Co"]), max_size=8)
)
HOSTILE_EVENTS = st.recursive(
    HOSTILE_LEAVES, lambda inner: st.lists(inner, max_size=3) | st.dictionaries(
        st.text(max_size=4), inner, max_size=3), max_leaves=12,
)  # fmt: skip


@pytest.fixture(scope="module")
def one_mock() -> Iterator[MockServer]:
    with MockServer(callback_timeout_seconds=0.5) as server:
        server.state.set_callbacks(DEMO_APPLICATION_KEY, closed_port_url(), None)
        yield server


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    body=st.one_of(
        st.binary(max_size=64),
        st.builds(
            lambda event, extra: json.dumps({"event": event, "x": extra}).encode(
                "utf-8", "surrogatepass"
            ),
            st.sampled_from(["ice", "ace", "dice", "pie", "notify", "other"]),
            HOSTILE_EVENTS,
        ),
    )
)
def test_deliveries_answer_200_after_any_event_anyone_posts(
    one_mock: MockServer, body: bytes
) -> None:
    before = len(one_mock.control("GET", "/deliveries").json())
    path = f"/applications/{DEMO_APPLICATION_KEY}/events"
    posted = one_mock.control("POST", path, content=body)
    assert posted.status_code in (200, 400), posted.text
    listed = one_mock.control("GET", "/deliveries")
    assert listed.status_code == 200
    assert len(listed.json()) == before + (posted.status_code == 200)  # a refused one: not kept
