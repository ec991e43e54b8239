"""Whatever the server answers, a call returns a valid model or raises a documented `SinchError`,
within the call's deadline and a bounded amount of memory. Sync and async alike, and wherever
the API is mounted: at the root of the base URL, under a path prefix (an API gateway, a
corporate proxy, Prism mounted at /sinch), or under a prefix written with a trailing slash.
"""

from __future__ import annotations

import asyncio
import base64
import json
import socket
import time
import tracemalloc
from collections.abc import Awaitable, Callable, Iterator
from typing import Any
from urllib.parse import quote

import httpx
import pytest

from sinch_voice.api.numbers import get_numbers
from sinch_voice.client import Client
from sinch_voice_toolkit import (
    RetryPolicy,
    ServerError,
    SinchApiError,
    SinchError,
    SinchTimeoutError,
    connect,
)
from tests.conftest import TEST_KEY, TEST_SECRET
from tests.hostile import (
    DEADLINE,
    MIB,
    HostileServer,
    Scenario,
    Writer,
    answer,
    dribble_head,
    endless_continue,
    hostile_server,
    scenarios,
)
from tests.spec_samples import SAMPLES

# Each operation with the spec's example values (tests/spec_samples.py); `Scenario.operation`
# names the operation.
SYNC: dict[str, Callable[[Client], Any]] = {op: s.sync for op, s in SAMPLES.items()}
ASYNC: dict[str, Callable[[Client], Awaitable[Any]]] = {op: s.asyncio for op, s in SAMPLES.items()}
POLICY = RetryPolicy(attempts=3, total_seconds=DEADLINE, wait_initial=0.01, wait_jitter=0)
TIMEOUT = httpx.Timeout(1.0)
SLACK = 1.0  # seconds past the deadline a call may take (thread scheduling on a busy machine)
MEMORY_BOUND = 100 * MIB
MESSAGE_BOUND = 1000  # characters: what the server said is quoted, never poured in whole
SCENARIOS = scenarios()
# Where the API is mounted under the base URL: (the path added to it, the prefix expected on
# the wire).
MOUNTS = {"root": ("", ""), "prefix": ("/sinch", "/sinch"), "trailing slash": ("/sinch/", "/sinch")}


@pytest.fixture(scope="module")
def server() -> Iterator[HostileServer]:
    with hostile_server() as running:
        yield running


def _client(server: HostileServer, mount: str = "") -> Client:
    return connect(
        TEST_KEY, TEST_SECRET, base_url=server.url + mount, retries=POLICY, timeout=TIMEOUT
    )


def _outcome(call: Callable[[], Any]) -> tuple[Any, float, int]:
    """Run a call; return what it returned or raised, the seconds taken and the peak memory."""
    tracemalloc.start()
    started = time.monotonic()
    try:
        result: Any = call()
    except SinchError as error:
        result = error
    finally:
        elapsed = time.monotonic() - started
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
    return result, elapsed, peak


def _check(scenario: Scenario, result: Any, elapsed: float, peak: int) -> None:
    assert isinstance(result, scenario.expect), f"{scenario.name}: got {result!r}"
    if isinstance(result, SinchError):
        message = str(result)
        assert message, "an error always says what happened"
        assert len(message) < MESSAGE_BOUND, f"{scenario.name}: a {len(message)}-char message"
        assert message.isprintable(), f"{scenario.name}: unprintable characters in {message!r}"
    assert elapsed < DEADLINE + SLACK, f"{scenario.name}: took {elapsed:.2f} s"
    assert peak < MEMORY_BOUND, f"{scenario.name}: peaked at {peak / MIB:.0f} MiB"


def _check_mount(server: HostileServer, prefix: str, before: int) -> None:
    """Every request the call sent went to the API under the mount."""
    sent = server.targets[before:]
    assert sent, "the call reached the server"
    assert all(t.startswith(prefix + "/v1/") for t in sent), sent


def test_there_are_at_least_fifty_scenarios() -> None:
    assert len(SCENARIOS) >= 50
    assert len({s.name for s in SCENARIOS}) == len(SCENARIOS)


@pytest.mark.parametrize("mount", MOUNTS)
@pytest.mark.parametrize("scenario", SCENARIOS, ids=lambda s: s.name)
def test_sync_call(server: HostileServer, scenario: Scenario, mount: str) -> None:
    path, prefix = MOUNTS[mount]
    server.writer = scenario.write
    before = len(server.targets)
    with _client(server, path) as client:
        result, elapsed, peak = _outcome(lambda: SYNC[scenario.operation](client))
    _check(scenario, result, elapsed, peak)
    _check_mount(server, prefix, before)


@pytest.mark.parametrize("mount", MOUNTS)
@pytest.mark.parametrize("scenario", SCENARIOS, ids=lambda s: s.name)
def test_async_call(server: HostileServer, scenario: Scenario, mount: str) -> None:
    path, prefix = MOUNTS[mount]
    server.writer = scenario.write
    before = len(server.targets)

    async def call() -> Any:
        async with _client(server, path) as client:
            return await ASYNC[scenario.operation](client)

    result, elapsed, peak = _outcome(lambda: asyncio.run(call()))
    _check(scenario, result, elapsed, peak)
    _check_mount(server, prefix, before)


def test_retryable_answers_are_retried_within_the_attempts(server: HostileServer) -> None:
    server.writer = answer(503, "")
    before = server.requests
    with _client(server) as client, pytest.raises(ServerError) as caught:
        get_numbers.sync(client=client)
    assert caught.value.attempts == POLICY.attempts == server.requests - before
    assert f"(after {POLICY.attempts} attempts)" in str(caught.value)


def test_a_500_is_not_retried(server: HostileServer) -> None:
    server.writer = answer(500, "")
    before = server.requests
    with _client(server) as client, pytest.raises(ServerError) as caught:
        get_numbers.sync(client=client)
    assert caught.value.attempts == 1 == server.requests - before


SLOW = {
    "100 Continue every second": endless_continue(1.0),
    "head one byte a second": dribble_head(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}", 1.0),
}


@pytest.mark.parametrize("slow", SLOW)
def test_a_sync_call_ends_by_its_deadline_whatever_the_server_sends(
    server: HostileServer, slow: str
) -> None:
    """Every read comes well within the read timeout: only the call's deadline can end it."""
    server.writer = SLOW[slow]
    policy = RetryPolicy(attempts=1, total_seconds=3)
    started = time.monotonic()
    with (
        connect(
            TEST_KEY, TEST_SECRET, base_url=server.url, retries=policy, timeout=httpx.Timeout(10)
        ) as client,
        pytest.raises(SinchTimeoutError),
    ):
        get_numbers.sync(client=client)
    elapsed = time.monotonic() - started
    assert 2.5 < elapsed < 6, f"{slow}: {elapsed:.1f} s"


def _echo_credentials(server: HostileServer, status: int, secret: str) -> Writer:
    """Answer with the request's Authorization header and the secret, in several encodings."""

    def write(sock: socket.socket) -> None:
        head = server.heads[-1].decode("latin-1")
        authorization = next(
            line.split(":", 1)[1].strip()
            for line in head.split("\r\n")
            if line.lower().startswith("authorization:")
        )
        decoded = base64.b64decode(secret)
        echoes = [
            authorization,
            secret,
            quote(secret, safe=""),
            quote(secret, safe="").lower(),
            json.dumps(secret)[1:-1].replace("/", "\\/"),
            decoded.hex(),
            decoded.hex().upper(),
            base64.b64encode(f"{TEST_KEY}:{secret}".encode()).decode().rstrip("="),
        ]
        body = {"errorCode": 40100, "message": "rejected: " + " | ".join(echoes)}
        answer(status, json.dumps({**body, "reference": authorization}))(sock)

    return write


@pytest.mark.parametrize("auth", ["basic", "signed"])
@pytest.mark.parametrize("status", [401, 500])
def test_the_clients_credentials_never_come_back_in_an_error(
    server: HostileServer, auth: str, status: int
) -> None:
    server.writer = _echo_credentials(server, status, TEST_SECRET)
    token = base64.b64encode(f"{TEST_KEY}:{TEST_SECRET}".encode()).decode()
    with (
        connect(
            TEST_KEY,
            TEST_SECRET,
            auth=auth,  # type: ignore[arg-type]  # a parameter: "signed" or "basic"
            base_url=server.url,
            retries=None,
        ) as client,
        pytest.raises(SinchApiError) as caught,
    ):
        get_numbers.sync(client=client)
    error = caught.value
    assert "[redacted]" in str(error)
    decoded = base64.b64decode(TEST_SECRET)
    for text in (str(error), repr(error), error.body, error.message or "", error.reference or ""):
        for secret in (TEST_SECRET, token, token.rstrip("="), decoded.hex(), quote(TEST_SECRET)):
            assert secret.lower() not in text.lower()


@pytest.mark.parametrize("mount", MOUNTS)
def test_a_request_the_spec_does_not_describe_still_gets_typed_errors(
    server: HostileServer, mount: str
) -> None:
    """Through the httpx client underneath, a path or method outside the spec is sent as it
    is: a non-2xx answer is still the typed error, a 2xx is handed over unchecked."""
    path, _ = MOUNTS[mount]
    with _client(server, path) as client:
        http = client.get_httpx_client()
        server.writer = answer(500, "<html>down</html>", content_type="text/html")
        with pytest.raises(ServerError):
            http.put("v1/configuration/numbers", json={})
        server.writer = answer(200, '{"anything": true}')
        assert http.get("v1/not/in/the/spec").json() == {"anything": True}
