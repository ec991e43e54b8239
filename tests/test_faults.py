"""Every injected fault, through connect(), for every operation: a result or the right typed error.

Never KeyError, JSONDecodeError, TypeError or a hang. Faults come from the mock's FaultPlan
(schedule: the next request gets the fault, the ones after it are served normally).
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest

from sinch_signing import ApplicationAuth
from sinch_voice.api.numbers import get_numbers
from sinch_voice.client import Client
from sinch_voice.models import OwnedNumberList
from sinch_voice_mock import (
    DEMO_APPLICATION_KEY,
    DEMO_APPLICATION_SECRET,
    FAULTS,
    FaultPlan,
    MockServer,
)
from sinch_voice_toolkit import (
    InvalidResponseError,
    NotFoundError,
    RateLimitedError,
    RetryPolicy,
    ServerError,
    SinchConnectionError,
    SinchError,
    SinchTimeoutError,
    SinchTransport,
    connect,
)
from tests.spec_samples import SAMPLES, resolve

CLIENT_TIMEOUT = httpx.Timeout(0.4)  # below the slow fault's delay
SLOW_SECONDS = 1.0

# Each operation with the spec's example values (tests/spec_samples.py); they succeed against
# the default world when no fault strikes (the number is assigned first where un-assigning
# needs it).
OPERATIONS: dict[str, Callable[[Client], Any]] = {
    operation: sample.sync_detailed for operation, sample in SAMPLES.items()
}
RECOVERABLE = {"429", "503", "502-html", "slow", "drop", "lost"}
# What a not-repeatable operation (a callout) recovers from: only a fault that certainly did
# not take effect (a 429 with Retry-After). The rest may have placed the call: not sent again.
RECOVERABLE_ONCE = {"429"}
# RFC 9110 9.2.2's idempotent methods repeat unless the spec's `x-repeatable` says otherwise.
REPEATABLE = {
    operation_id: sample.operation.get(
        "x-repeatable", sample.method.upper() in ("GET", "HEAD", "OPTIONS", "PUT", "DELETE")
    )
    for operation_id, sample in SAMPLES.items()
}
# A 200 whose body the spec ignores (the calling writes' `IgnoredSuccess`) is a success
# whatever came with it: an empty or truncated body included.
BODY_IGNORED = {
    operation_id
    for operation_id, sample in SAMPLES.items()
    if "content" not in resolve(sample.operation["responses"].get("200", {}))
}
# What each fault raises when it is not (or cannot be) retried away.
TYPED = {
    "429": RateLimitedError,
    "500": ServerError,
    "503": ServerError,
    "502-html": ServerError,
    "empty": InvalidResponseError,
    "truncated": InvalidResponseError,
    "slow": SinchTimeoutError,
    "drop": SinchConnectionError,
    "lost": SinchConnectionError,
}


@pytest.fixture(scope="module")
def mock() -> Iterator[MockServer]:
    with MockServer() as server:
        yield server


def prepare(mock: MockServer, operation: str, fault: str) -> None:
    mock.reset()
    mock.faults = FaultPlan()
    if operation == "unassignNumber":
        with connect(DEMO_APPLICATION_KEY, DEMO_APPLICATION_SECRET, base_url=mock.url) as client:
            OPERATIONS["updateNumbers"](client)
    mock.faults = FaultPlan(schedule=[fault], slow_seconds=SLOW_SECONDS, retry_after_seconds=0)


class NoError(Exception):
    """Raised by a test when the call succeeded, as it must."""


def test_every_fault_is_covered() -> None:
    assert set(TYPED) == set(FAULTS)


@pytest.mark.parametrize("fault", FAULTS)
@pytest.mark.parametrize("operation", list(OPERATIONS))
def test_with_retries_each_call_succeeds_or_raises_its_typed_error(
    mock: MockServer, operation: str, fault: str
) -> None:
    prepare(mock, operation, fault)
    with connect(
        DEMO_APPLICATION_KEY, DEMO_APPLICATION_SECRET, base_url=mock.url, timeout=CLIENT_TIMEOUT
    ) as client:
        if fault == "lost" and operation == "unassignNumber":
            # The first attempt un-assigned the number; the retry finds it gone. Only the bulk
            # helpers know to read back what happened (see test_bulk.py).
            with pytest.raises(NotFoundError) as caught:
                OPERATIONS[operation](client)
            assert caught.value.attempts == 2
        elif fault in (RECOVERABLE if REPEATABLE[operation] else RECOVERABLE_ONCE) or (
            fault in ("empty", "truncated") and operation in BODY_IGNORED
        ):
            response = OPERATIONS[operation](client)
            assert 200 <= response.status_code < 300
        else:
            with pytest.raises(TYPED[fault]) as raised:
                OPERATIONS[operation](client)
            if fault in RECOVERABLE:  # recoverable, but the operation may have taken effect
                error: Any = raised.value
                assert error.not_repeated, "a not-repeatable operation must say why"
                assert error.attempts == 1
    assert mock.faults.injected[fault] == 1


@pytest.mark.parametrize("fault", FAULTS)
@pytest.mark.parametrize("operation", list(OPERATIONS))
def test_without_retries_each_fault_raises_its_typed_error(
    mock: MockServer, operation: str, fault: str
) -> None:
    prepare(mock, operation, fault)
    expected: type[Exception] = TYPED[fault]
    if fault in ("empty", "truncated") and operation in BODY_IGNORED:
        expected = NoError  # the body is ignored: the call succeeds
    with (
        connect(
            DEMO_APPLICATION_KEY,
            DEMO_APPLICATION_SECRET,
            base_url=mock.url,
            timeout=CLIENT_TIMEOUT,
            retries=None,
        ) as client,
        pytest.raises(expected) as caught,
    ):
        response = OPERATIONS[operation](client)
        if expected is NoError and 200 <= response.status_code < 300:
            raise NoError
    if expected is NoError:
        return
    error: Any = caught.value  # the typed error the fault stands for
    assert DEMO_APPLICATION_SECRET not in str(error)
    if fault in ("429", "500", "503"):
        assert error.error_code == {"429": 42900, "500": 50000, "503": 50300}[fault]
    if fault == "502-html":
        assert (
            error.status == 502
            and error.error_code is None
            and "<h1>502 Bad Gateway</h1>" in error.body
        )
    if fault == "429":
        assert error.retry_after == 0


@pytest.mark.parametrize("fault", FAULTS)
def test_async_calls_behave_the_same(mock: MockServer, fault: str) -> None:
    prepare(mock, "getNumbers", fault)

    async def call() -> Any:
        async with connect(
            DEMO_APPLICATION_KEY, DEMO_APPLICATION_SECRET, base_url=mock.url, timeout=CLIENT_TIMEOUT
        ) as client:
            return await get_numbers.asyncio(client=client)

    if fault in RECOVERABLE:
        assert isinstance(asyncio.run(call()), OwnedNumberList)
    else:
        with pytest.raises(TYPED[fault]):
            asyncio.run(call())


def test_retry_after_is_honoured(mock: MockServer, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.undo()  # real waits
    mock.reset()
    mock.faults = FaultPlan(schedule=["429"], retry_after_seconds=1)
    with connect(DEMO_APPLICATION_KEY, DEMO_APPLICATION_SECRET, base_url=mock.url) as client:
        started = time.monotonic()
        assert isinstance(get_numbers.sync(client=client), OwnedNumberList)
        assert time.monotonic() - started >= 1.0  # the server's 1 s, no jitter


def test_retry_after_decides_the_wait(mock: MockServer, no_backoff_waits: list[float]) -> None:
    mock.reset()
    mock.faults = FaultPlan(schedule=["429", "429"], retry_after_seconds=3)
    with connect(DEMO_APPLICATION_KEY, DEMO_APPLICATION_SECRET, base_url=mock.url) as client:
        assert isinstance(get_numbers.sync(client=client), OwnedNumberList)
    assert no_backoff_waits == [3.0, 3.0]


def test_attempts_and_switch_off(mock: MockServer, no_backoff_waits: list[float]) -> None:
    mock.reset()
    mock.faults = FaultPlan(schedule=["503"] * 5)
    with (
        connect(
            DEMO_APPLICATION_KEY,
            DEMO_APPLICATION_SECRET,
            base_url=mock.url,
            retries=RetryPolicy(attempts=3),
        ) as client,
        pytest.raises(ServerError) as caught,
    ):
        get_numbers.sync(client=client)
    assert len(no_backoff_waits) == 2 and mock.faults.injected["503"] == 3
    assert caught.value.attempts == 3 and "(after 3 attempts)" in str(caught.value)


def test_a_retry_after_a_long_wait_is_signed_afresh() -> None:
    """The server's and the client's clocks move on by ten minutes while the client waits.

    A retry that re-sent the first signature would be 40105 (expired); a fresh one is accepted.
    """
    now = [datetime(2030, 1, 1, tzinfo=UTC)]

    def ten_minutes_pass(*_: object) -> None:
        now[0] += timedelta(minutes=10)

    with MockServer(clock=lambda: now[0], faults=FaultPlan(schedule=["503"])) as server:
        auth = ApplicationAuth(DEMO_APPLICATION_KEY, DEMO_APPLICATION_SECRET, clock=lambda: now[0])
        transport = SinchTransport(auth, RetryPolicy(attempts=2), on_retry=ten_minutes_pass)
        with Client(base_url=server.url, httpx_args={"transport": transport}) as client:
            assert isinstance(get_numbers.sync(client=client), OwnedNumberList)
        assert server.faults.injected["503"] == 1
    assert now[0] == datetime(2030, 1, 1, 0, 10, tzinfo=UTC)


def test_fault_control_endpoint(mock: MockServer) -> None:
    mock.reset()
    plan = {"rate": 0.0, "schedule": ["500", "none", "429"], "retryAfterSeconds": 7}
    assert mock.control("POST", "/faults", json=plan).json()["schedule"] == [
        "500",
        "none",
        "429",
    ]
    with connect(
        DEMO_APPLICATION_KEY, DEMO_APPLICATION_SECRET, base_url=mock.url, retries=None
    ) as client:
        with pytest.raises(ServerError):
            get_numbers.sync(client=client)
        assert isinstance(get_numbers.sync(client=client), OwnedNumberList)
        with pytest.raises(RateLimitedError) as caught:
            get_numbers.sync(client=client)
        assert caught.value.retry_after == 7
    assert mock.control("GET", "/faults").json()["injected"] == {"500": 1, "429": 1}
    assert mock.control("DELETE", "/faults").json()["schedule"] == []
    assert mock.control("POST", "/faults", json={"kinds": ["teapot"]}).status_code == 400


def test_no_fault_ever_escapes_as_anything_else(mock: MockServer) -> None:
    """A random mix of every fault over many calls: only SinchError subclasses, or results."""
    mock.reset()
    mock.faults = FaultPlan(rate=0.5, seed=7, slow_seconds=SLOW_SECONDS, retry_after_seconds=0)
    outcomes: dict[str, int] = {}
    with connect(
        DEMO_APPLICATION_KEY, DEMO_APPLICATION_SECRET, base_url=mock.url, timeout=CLIENT_TIMEOUT
    ) as client:
        for _ in range(60):
            try:
                get_numbers.sync(client=client)
                outcomes["ok"] = outcomes.get("ok", 0) + 1
            except SinchError as error:
                outcomes[type(error).__name__] = outcomes.get(type(error).__name__, 0) + 1
    assert outcomes.get("ok", 0) > 0 and len(outcomes) > 1, outcomes
