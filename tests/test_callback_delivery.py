"""End to end: the mock posts signed callbacks, the example receivers verify and answer them.

Callback URLs are set with the generated client; events are triggered through the mock's
control endpoint; the receivers in examples/ verify each request and read it into a typed
event with `unwrap_callback`, and answer with SVAML the mock checks against the spec.
"""

from __future__ import annotations

import asyncio
import importlib.util
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import pytest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
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
from tests.servers import closed_port_url, serve_asgi, serve_wsgi

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
WRONG_SECRET = "d3Jvbmctc2VjcmV0"


def load_example(name: str) -> Any:
    if str(EXAMPLES) not in sys.path:  # the receivers import call_flow beside them
        sys.path.insert(0, str(EXAMPLES))
    spec = importlib.util.spec_from_file_location(name, EXAMPLES / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@contextmanager
def receiver(kind: str, secret: str = DEMO_APPLICATION_SECRET) -> Iterator[tuple[str, list[Any]]]:
    """An example receiver on a free port: (callback URL, the events it accepted)."""
    example = load_example(f"receive_{kind}")
    app = example.create_app(DEMO_APPLICATION_KEY, secret)
    if kind == "starlette":
        with serve_asgi(app) as url:
            yield url + example.CALLBACK_PATH, app.state.received
    else:
        with serve_wsgi(app) as url:
            yield url + example.CALLBACK_PATH, app.config["RECEIVED"]


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


@pytest.mark.parametrize("kind", ["starlette", "flask"])
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


@pytest.mark.parametrize("kind", ["starlette", "flask"])
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
@pytest.mark.parametrize("kind", ["starlette", "flask"])
def test_fallback_receives_it_when_the_primary_fails(
    mock: MockServer, kind: str, failure: str
) -> None:
    with failing_primary(failure) as primary, receiver(kind) as (fallback, received):
        set_callbacks(mock, primary, fallback)
        delivery = trigger(mock, {"event": "dice", "callid": "c-1", "reason": "CALLERHANGUP"})
    first, second = delivery["attempts"]
    assert first["target"] == "primary" and second["target"] == "fallback"
    expected_failure = {
        "refused": ("error", "ConnectError"),
        "503": ("status", 503),
        "slow": ("error", "timeout"),
    }[failure]
    field, value = expected_failure
    assert value in first[field] if isinstance(value, str) else first[field] == value
    assert second["status"] == 200 and delivery["deliveredTo"] == "fallback"
    assert [e.to_dict() for e in received] == [
        {"event": "dice", "callid": "c-1", "reason": "CALLERHANGUP"}
    ]


@pytest.mark.parametrize("kind", ["starlette", "flask"])
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


@pytest.mark.parametrize("kind", ["starlette", "flask"])
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
