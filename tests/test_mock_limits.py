"""The mock holds up as a shared service: early answers reach clients that write first, heads
are bounded in size and time, and many slow or greedy clients do not starve the others.

Every test runs `sinch-voice-mock` as its own process on a free loopback port, so its memory
is read from /proc alone, and attacks it with real sockets.
"""

from __future__ import annotations

import contextlib
import select
import socket
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager

import httpx
import pytest

from sinch_voice_mock import DEMO_APPLICATION_KEY, DEMO_APPLICATION_SECRET
from sinch_voice_mock._protocol import MAX_HEAD_BYTES, MAX_URL_BYTES
from sinch_voice_toolkit import VoiceClient
from tests.test_mock_service import mock_process, rss_kib

MIB = 1024 * 1024
NUMBERS = "/v1/configuration/numbers"


@contextmanager
def running(*args: str) -> Iterator[tuple[int, str]]:
    process, url = mock_process(*args)
    try:
        yield process.pid, url
    finally:
        process.terminate()
        process.wait(10)


def _urllib_post(url: str, body: bytes, headers: dict[str, str] | None = None) -> int:
    """POST the way most HTTP libraries do: the whole body is written before reading."""
    assert url.startswith("http://127.0.0.1:")  # the mock on loopback, nothing else
    request = urllib.request.Request(url, data=body, method="POST", headers=headers or {})  # noqa: S310
    request.add_header("Content-Type", "application/json")
    try:
        with urllib.request.urlopen(request, timeout=60) as answer:  # noqa: S310
            return int(answer.status)
    except urllib.error.HTTPError as error:
        return int(error.code)


@pytest.mark.parametrize("mib", [2, 8, 100])
def test_a_client_that_writes_first_sees_the_413(mib: int) -> None:
    with running() as (_, url):
        assert _urllib_post(url + NUMBERS, b"x" * (mib * MIB)) == 413


def test_a_client_that_writes_first_sees_the_control_planes_401() -> None:
    with running() as (_, url):
        assert _urllib_post(url + "/_mock/faults", b"x" * (8 * MIB)) == 401


def test_twenty_such_clients_at_once_leave_the_mock_bounded_and_answering() -> None:
    body = b"x" * (32 * MIB)
    with running() as (pid, url):
        before = rss_kib(pid)
        statuses: list[int] = []
        clients = [
            threading.Thread(target=lambda: statuses.append(_urllib_post(url + NUMBERS, body)))
            for _ in range(20)
        ]
        for client in clients:
            client.start()
        slowest = _served_meanwhile(url, clients)
        for client in clients:
            client.join(120)
        grown = (rss_kib(pid) - before) / 1024
    assert statuses == [413] * 20
    assert slowest < 1.0, f"another client waited {slowest:.2f} s"
    assert grown < 64, f"the mock grew by {grown:.0f} MiB"


def _served_meanwhile(url: str, busy: list[threading.Thread]) -> float:
    """Call the API while `busy` threads run (at least 2 s); the slowest answer in seconds."""
    slowest = 0.0
    started = time.monotonic()
    with VoiceClient(DEMO_APPLICATION_KEY, DEMO_APPLICATION_SECRET, base_url=url) as voice:
        while time.monotonic() - started < 2 or any(t.is_alive() for t in busy):
            began = time.monotonic()
            voice.applications.get_numbers()
            slowest = max(slowest, time.monotonic() - began)
            time.sleep(0.1)
            if time.monotonic() - started > 60:
                break
    return slowest


def _connect(url: str) -> socket.socket:
    host, port = httpx.URL(url).host, httpx.URL(url).port
    assert port is not None
    return socket.create_connection((host, port), timeout=10)


def _answer_of(sock: socket.socket) -> bytes:
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = sock.recv(65536)
        if not chunk:
            break
        data += chunk
    return data


def test_an_endless_header_line_is_cut_off_early() -> None:
    with running() as (pid, url):
        before = rss_kib(pid)
        sock = _connect(url)
        sock.sendall(b"GET /v1/configuration/numbers HTTP/1.1\r\nHost: x\r\nX-Endless: ")
        # 16 KiB at a time, each time giving the mock 50 ms to answer: what is counted is
        # what the mock took in before it cut the line off, not what the kernel buffers.
        sent = 0
        answer = b""
        while sent < 64 * MIB and not answer:
            try:
                sock.sendall(b"a" * 16384)
            except OSError:
                break  # reset: the mock has closed it
            sent += 16384
            if select.select([sock], [], [], 0.05)[0]:
                answer = sock.recv(65536)
        sock.close()
        grown = (rss_kib(pid) - before) / 1024
    assert answer.startswith(b"HTTP/1.1 431 "), answer[:80]
    assert sent < MIB, f"{sent} bytes went in before the mock answered"
    assert grown < 64


def test_a_long_request_target_is_414() -> None:
    with running() as (_, url):
        sock = _connect(url)
        target = NUMBERS + "?" + "a" * (MAX_URL_BYTES + 1)
        sock.sendall(f"GET {target} HTTP/1.1\r\nHost: x\r\n\r\n".encode())
        assert _answer_of(sock).startswith(b"HTTP/1.1 414 ")
        sock.close()


def test_many_headers_over_the_cap_are_431() -> None:
    with running() as (_, url):
        sock = _connect(url)
        headers = "".join(f"X-H{i}: {'v' * 100}\r\n" for i in range(MAX_HEAD_BYTES // 100))
        sock.sendall(f"GET {NUMBERS} HTTP/1.1\r\nHost: x\r\n{headers}\r\n".encode())
        assert _answer_of(sock).startswith(b"HTTP/1.1 431 ")
        sock.close()


def test_a_head_that_does_not_arrive_in_time_is_408() -> None:
    with running("--head-timeout", "1") as (_, url):
        sock = _connect(url)
        sock.sendall(b"GET /v1/configuration/numbers HTTP/1.1\r\nHost: x\r\n")  # never ends
        started = time.monotonic()
        answer = _answer_of(sock)
        waited = time.monotonic() - started
        sock.close()
        silent = _connect(url)  # a connection that sends nothing at all
        assert _answer_of(silent).startswith(b"HTTP/1.1 408 ")
        silent.close()
    assert answer.startswith(b"HTTP/1.1 408 ")
    assert 0.8 < waited < 3


def test_a_thousand_slow_connections_do_not_starve_the_others() -> None:
    """1,000 connections each send a head a byte at a time; a signed client is still served
    within a second per call, and the mock's memory stays bounded."""
    with running() as (pid, url):
        before = rss_kib(pid)
        slow = [_connect(url) for _ in range(1_000)]
        stop = threading.Event()

        def dribble() -> None:
            for sock in slow:
                sock.sendall(b"GET /v1/configuration/numbers HTTP/1.1\r\nX-Slow: ")
            while not stop.is_set():
                for sock in slow:
                    with contextlib.suppress(OSError):  # cut off: that is allowed
                        sock.send(b"a")
                stop.wait(0.2)

        driver = threading.Thread(target=dribble)
        driver.start()
        try:
            time.sleep(1)
            slowest = _served_meanwhile(url, [])
            grown = (rss_kib(pid) - before) / 1024
        finally:
            stop.set()
            driver.join(30)
            for sock in slow:
                sock.close()
    assert slowest < 1.0, f"a call took {slowest:.2f} s"
    assert grown < 64, f"the mock grew by {grown:.0f} MiB"


def test_endless_header_lines_leave_the_others_served() -> None:
    """20 connections send endless header lines (reconnecting when cut off) for 3 s: a signed
    client is still answered within a second, and the mock's memory stays bounded."""
    with running() as (pid, url):
        before = rss_kib(pid)
        stop = threading.Event()

        def endless() -> None:
            while not stop.is_set():
                with contextlib.suppress(OSError), _connect(url) as sock:
                    sock.sendall(b"GET /v1/configuration/numbers HTTP/1.1\r\nX-Endless: ")
                    while not stop.is_set():
                        sock.sendall(b"a" * 65536)

        attackers = [threading.Thread(target=endless) for _ in range(20)]
        for attacker in attackers:
            attacker.start()
        timer = threading.Timer(3.0, stop.set)
        timer.start()
        try:
            slowest = _served_meanwhile(url, attackers)
            grown = (rss_kib(pid) - before) / 1024
        finally:
            stop.set()
            for attacker in attackers:
                attacker.join(30)
    assert slowest < 1.0, f"a call took {slowest:.2f} s"
    assert grown < 64, f"the mock grew by {grown:.0f} MiB"
