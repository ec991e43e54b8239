"""Per-call options and raw responses, the way Python SDK users know them.

`voice.with_options(timeout=..., max_retries=..., headers=...)` is a view over the same
connections with other settings, and never changes the client it came from;
`voice.with_raw_response.<method>(...)` hands back the HTTP answer with `parse()` for the result.
"""

from __future__ import annotations

import asyncio
import gzip
import json
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx
import pytest

from sinch_voice_toolkit import (
    DEFAULT_RETRY_POLICY,
    AsyncVoiceClient,
    RawResponse,
    RetryPolicy,
    ServerError,
    SinchTimeoutError,
    VoiceClient,
)
from tests.conftest import TEST_KEY, TEST_SECRET

NUMBERS = {"numbers": [{"number": "+14155550100", "capability": "voice"}]}
FAST = RetryPolicy(attempts=4, total_seconds=10, wait_initial=0.01, wait_jitter=0)


class Server(ThreadingHTTPServer):
    """A keep-alive server on loopback that counts connections and requests, answers GET with
    numbers and POST with `{}`, echoes X-Trace, and can be told to be slow or to fail."""

    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.connections = 0
        self.requests: list[dict[str, str]] = []  # each request's headers
        self.status = 200
        self.delay = 0.0
        self.gzip = False

    def process_request(self, request: Any, client_address: Any) -> None:
        self.connections += 1
        super().process_request(request, client_address)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: Server

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def _answer(self, body: object) -> None:
        self.server.requests.append(dict(self.headers))
        time.sleep(self.server.delay)
        data = json.dumps(body if self.server.status == 200 else {"errorCode": 50300}).encode()
        self.send_response(self.server.status)
        self.send_header("Content-Type", "application/json")
        if self.server.gzip:
            data = gzip.compress(data)
            self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(data)))
        self.send_header("X-Trace", self.headers.get("X-Trace", ""))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self) -> None:
        self._answer(NUMBERS)

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length", "0")))
        self._answer({})


@pytest.fixture
def server() -> Iterator[Server]:
    running = Server()
    thread = threading.Thread(target=running.serve_forever, daemon=True)
    thread.start()
    try:
        yield running
    finally:
        running.shutdown()
        running.server_close()


@pytest.fixture
def voice(server: Server) -> Iterator[VoiceClient]:
    with VoiceClient(TEST_KEY, TEST_SECRET, base_url=server.url, retries=FAST) as client:
        yield client


def test_a_view_shares_the_connections_and_changes_nothing(
    voice: VoiceClient, server: Server
) -> None:
    view = voice.with_options(timeout=3, max_retries=0, headers={"X-Trace": "view"})
    voice.applications.get_numbers()
    view.applications.get_numbers()
    voice.applications.get_numbers()
    assert server.connections == 1  # one keep-alive connection served all three
    assert [r.get("X-Trace") for r in server.requests] == [None, "view", None]
    assert voice.client.transport.policy == FAST
    assert view.client.transport.policy == RetryPolicy(
        attempts=1, total_seconds=10, wait_initial=0.01, wait_jitter=0
    )
    assert type(view) is VoiceClient and view.application_key == voice.application_key


def test_closing_a_view_leaves_the_client_open(voice: VoiceClient, server: Server) -> None:
    with voice.with_options(timeout=3) as view:
        view.applications.get_numbers()
    voice.applications.get_numbers()
    assert server.connections == 1 and not voice.client.is_closed


def test_max_retries_and_timeout_apply_to_the_view_only(voice: VoiceClient, server: Server) -> None:
    server.status = 503
    with pytest.raises(ServerError) as raised:
        voice.with_options(max_retries=1).applications.get_numbers()
    assert raised.value.attempts == 2 and len(server.requests) == 2
    with pytest.raises(ServerError) as raised:
        voice.applications.get_numbers()
    assert raised.value.attempts == FAST.attempts

    server.status, server.delay = 200, 1.0
    started = time.monotonic()
    with pytest.raises(SinchTimeoutError) as timed_out:
        voice.with_options(timeout=0.2, max_retries=0).applications.get_numbers()
    assert time.monotonic() - started < 0.9 and timed_out.value.attempts == 1
    assert voice.client._timeout == httpx.Timeout(connect=5.0, read=15.0, write=15.0, pool=5.0)


def test_a_whole_policy_can_be_given(voice: VoiceClient) -> None:
    view = voice.with_options(retries=DEFAULT_RETRY_POLICY)
    assert view.client.transport.policy is DEFAULT_RETRY_POLICY


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"max_retries": -1}, "max_retries must be an int >= 0"),
        ({"max_retries": True}, "max_retries must be an int >= 0"),
        ({"max_retries": 1.5}, "max_retries must be an int >= 0"),
        ({"max_retries": 1, "retries": FAST}, "not both"),
        ({"timeout": 0}, "timeout for connect must be a number of seconds > 0"),
        ({"headers": {"Authorization": "Basic x"}}, "with_options()"),
        ({"headers": {"X-Bad": "a\nb"}}, "with_options()"),
    ],
)
def test_bad_options_are_refused_with_a_clear_error(
    voice: VoiceClient, options: dict[str, Any], message: str
) -> None:
    with pytest.raises(ValueError, match=message.replace("(", r"\(").replace(")", r"\)")):
        voice.with_options(**options)


def test_bulk_methods_of_a_view_use_its_settings(voice: VoiceClient, server: Server) -> None:
    report = voice.with_options(headers={"X-Trace": "bulk"}).applications.assign_many(
        ["+14155550100"]
    )
    assert report.done == ["+14155550100"]
    assert server.requests and {r.get("X-Trace") for r in server.requests} == {"bulk"}


def test_an_async_view(server: Server) -> None:
    async def run() -> list[str | None]:
        async with AsyncVoiceClient(
            TEST_KEY, TEST_SECRET, base_url=server.url, retries=FAST
        ) as client:
            view = client.with_options(headers={"X-Trace": "async"}, max_retries=0)
            await view.applications.get_numbers()
            await client.applications.get_numbers()
            return [r.get("X-Trace") for r in server.requests]

    assert asyncio.run(run()) == ["async", None]
    assert server.connections == 1


def test_a_raw_response_has_the_answer_and_parses_to_the_result(voice: VoiceClient) -> None:
    raw = voice.with_raw_response.applications.get_numbers()
    assert isinstance(raw, RawResponse)
    assert raw.status_code == 200
    assert raw.headers["content-type"] == "application/json"
    assert raw.request.method == "GET" and raw.request.url.path == "/v1/configuration/numbers"
    assert raw.request.headers["authorization"].startswith(f"Application {TEST_KEY}:")
    assert raw.parse() == voice.applications.get_numbers()
    assert "GET /v1/configuration/numbers 200" in repr(raw) and TEST_SECRET not in repr(raw)


def test_a_compressed_answer_keeps_its_headers_and_hands_over_the_decoded_body(
    voice: VoiceClient, server: Server
) -> None:
    server.gzip = True
    answer = voice.with_raw_response.applications.get_numbers().http_response
    decoded = json.dumps(NUMBERS).encode()
    # The server's headers, as httpx keeps them for a body it decoded; the body is decoded once.
    assert answer.headers["content-encoding"] == "gzip"
    assert answer.headers["content-length"] == str(len(gzip.compress(decoded)))
    assert answer.content == answer.read() == decoded
    assert b"".join(answer.iter_bytes(chunk_size=7)) == decoded
    assert all(len(chunk) <= 7 for chunk in answer.iter_bytes(chunk_size=7))
    assert answer.json() == NUMBERS
    assert answer.text == decoded.decode()


def test_raw_responses_of_every_one_request_method(voice: VoiceClient) -> None:
    assert voice.with_raw_response.applications.assign_numbers(["+14155550100"]).parse() is None
    assert (
        voice.with_raw_response.applications.update_callback_urls(
            primary="https://a.example"
        ).status_code
        == 200
    )


def test_raw_responses_in_threads_never_mix(voice: VoiceClient) -> None:
    seen: dict[str, str] = {}

    def call(trace: str) -> None:
        view = voice.with_options(headers={"X-Trace": trace})
        for _ in range(20):
            raw = view.with_raw_response.applications.get_numbers()
            if raw.headers["X-Trace"] != trace:
                seen[trace] = raw.headers["X-Trace"]

    threads = [threading.Thread(target=call, args=(f"t{n}",)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert seen == {}


def test_async_raw_responses_in_concurrent_tasks_never_mix(server: Server) -> None:
    async def one(client: AsyncVoiceClient, trace: str) -> str:
        raw = await client.with_options(
            headers={"X-Trace": trace}
        ).with_raw_response.applications.get_numbers()
        assert raw.parse()[0].number == "+14155550100"
        return raw.headers["X-Trace"]

    async def run() -> list[str]:
        async with AsyncVoiceClient(TEST_KEY, TEST_SECRET, base_url=server.url) as client:
            return list(await asyncio.gather(*(one(client, f"t{n}") for n in range(8))))

    assert asyncio.run(run()) == [f"t{n}" for n in range(8)]


def test_a_misspelt_bulk_option_is_refused_before_anything_is_sent(
    voice: VoiceClient, server: Server
) -> None:
    with pytest.raises(TypeError, match=r"unexpected keyword argument 'concurency'"):
        voice.applications.assign_many(["+14155550100"], concurency=2)  # type: ignore[call-arg]
    with pytest.raises(TypeError, match=r"unexpected keyword argument 'chunk_size'"):
        voice.applications.unassign_many(["+14155550100"], chunk_size=2)  # type: ignore[call-arg]

    async def run() -> None:
        async with AsyncVoiceClient(TEST_KEY, TEST_SECRET, base_url=server.url) as client:
            await client.applications.assign_many(["+14155550100"], capabilty="voice")  # type: ignore[call-arg]

    with pytest.raises(TypeError, match=r"'capabilty'"):
        asyncio.run(run())
    assert server.requests == []


def test_bulk_options_reach_the_run(voice: VoiceClient, server: Server) -> None:
    numbers = [f"+1415555{n:04d}" for n in range(5)]
    report = voice.applications.assign_many(
        numbers, chunk_size=2, concurrency=1, capability="voice"
    )
    assert sorted(report.done) == numbers and len(server.requests) == 3
