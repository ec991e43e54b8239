"""The client's own efficiency, with no mock CPU in the way.

- bulk: 10,000 numbers through `assign_many` at concurrency 8 against a trivial server that
  answers every request after 50 ms, beside raw httpx doing the same requests (goal: <= 1.15x
  the ideal, 13 rounds of 50 ms for 100 calls at 8 at a time; also printed against the
  12.5 rounds that calls / concurrency x latency gives, which no client can reach);
- bookkeeping: CPU that `unassign_many` spends on 10,000 numbers around the requests
  (each request replaced by a no-op; goal: < 50 ms);
- async: 1,000 calls at concurrency 8 through `AsyncVoiceClient` beside raw `httpx.AsyncClient`
  against a canned-answer server (goal: <= 1.10x).

Repetitions are interleaved; each line says whether its goal is met. Run it with `make bench`.
"""

from __future__ import annotations

import asyncio
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager

import httpx

from bench.bulk import ideal_seconds
from bench.calls import canned_server, raw_signed_headers
from sinch_voice_toolkit import AsyncVoiceClient, assign_many, connect, unassign_many
from sinch_voice_toolkit.bulk import _bulk

KEY, SECRET = "bench-app", "YmVuY2gtc2VjcmV0"
# Interleaved runs; more of them steady the median on a noisy machine.
REPETITIONS = int(os.environ.get("BENCH_REPETITIONS", "7"))
NUMBERS = [f"+1415{2_000_000 + i:07d}" for i in range(10_000)]
LATENCY_S = 0.05
CONCURRENCY = 8
ASYNC_CALLS = 1_000
GOALS = {"bulk": 1.15, "bookkeeping ms": 50.0, "async": 1.10}


@contextmanager
def slow_server() -> Iterator[str]:
    """The trivial server: every answer after 50 ms (bench/_trivial_server.py)."""
    process = subprocess.Popen(
        [sys.executable, "-m", "bench._trivial_server", str(LATENCY_S)],
        stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert process.stdout is not None
        yield process.stdout.readline().strip()
    finally:
        process.terminate()
        process.wait(10)


async def bulk_ours(url: str) -> float:
    async with connect(KEY, SECRET, base_url=url) as client:
        started = time.perf_counter()
        report = await assign_many(client, NUMBERS, concurrency=CONCURRENCY)
        elapsed = time.perf_counter() - started
    assert len(report.done) == len(NUMBERS), report.summary()
    return elapsed


async def bulk_raw(url: str) -> float:
    gate = asyncio.Semaphore(CONCURRENCY)
    chunks = [NUMBERS[i : i + 100] for i in range(0, len(NUMBERS), 100)]
    async with httpx.AsyncClient(base_url=url) as http:

        async def one(chunk: list[str]) -> None:
            async with gate:
                body = httpx.Request("POST", url, json={"numbers": chunk}).content
                headers = raw_signed_headers(
                    "POST", "/v1/configuration/numbers", body, "application/json"
                )
                headers["Content-Type"] = "application/json"
                response = await http.post("/v1/configuration/numbers", content=body,
                                           headers=headers)  # fmt: skip
                response.raise_for_status()

        started = time.perf_counter()
        await asyncio.gather(*(one(chunk) for chunk in chunks))
        return time.perf_counter() - started


def bookkeeping_ms() -> float:
    """CPU of unassign_many(10,000) with the request itself replaced by a no-op: what is
    left is the report (accepting, de-duplicating, settling each number) and the scheduling."""

    class NoRequest:
        @staticmethod
        async def asyncio_detailed(**kwargs: object) -> None:
            return None

    async def bulk() -> None:
        transport = httpx.MockTransport(lambda request: httpx.Response(204))
        async with connect(KEY, SECRET, httpx_args={"transport": transport}) as client:
            report = await unassign_many(client, NUMBERS, concurrency=CONCURRENCY)
            assert len(report.done) == len(NUMBERS)

    real = _bulk.unassign_number  # type: ignore[attr-defined]
    _bulk.unassign_number = NoRequest  # type: ignore[attr-defined, assignment]
    try:
        runs = []
        for _ in range(REPETITIONS):
            started = time.process_time()
            asyncio.run(bulk())
            runs.append(time.process_time() - started)
    finally:
        _bulk.unassign_number = real  # type: ignore[attr-defined]
    return min(runs) * 1000


async def async_ours(url: str) -> float:
    gate = asyncio.Semaphore(CONCURRENCY)
    async with AsyncVoiceClient(KEY, SECRET, base_url=url) as voice:

        async def one() -> None:
            async with gate:
                await voice.applications.get_numbers()

        started = time.perf_counter()
        await asyncio.gather(*(one() for _ in range(ASYNC_CALLS)))
        return time.perf_counter() - started


async def async_raw(url: str) -> float:
    gate = asyncio.Semaphore(CONCURRENCY)
    async with httpx.AsyncClient(base_url=url) as http:

        async def one() -> None:
            async with gate:
                headers = raw_signed_headers("GET", "/v1/configuration/numbers", b"", "")
                response = await http.get("/v1/configuration/numbers", headers=headers)
                response.raise_for_status()
                response.json()

        started = time.perf_counter()
        await asyncio.gather(*(one() for _ in range(ASYNC_CALLS)))
        return time.perf_counter() - started


def verdict(name: str, value: float, unit: str = "x") -> str:
    state = "met" if value <= GOALS[name] else "NOT met"
    return f"  {name}: {value:.2f}{unit} (goal <= {GOALS[name]}{unit}): {state}"


def main() -> None:
    print(f"client efficiency: median of {REPETITIONS}, {os.cpu_count()} cores")
    calls = len(NUMBERS) // 100
    ideal = ideal_seconds(calls, CONCURRENCY, LATENCY_S)
    fractional = calls / CONCURRENCY * LATENCY_S  # the 12.5 rounds no client can reach
    with slow_server() as url:
        asyncio.run(bulk_ours(url))  # warm-up: imports, compiled checks, TLS context
        ours, raw = [], []
        for _ in range(REPETITIONS):
            ours.append(asyncio.run(bulk_ours(url)))
            raw.append(asyncio.run(bulk_raw(url)))
    print(f"  bulk assign 10,000 at concurrency {CONCURRENCY}, 50 ms server: ours"
          f" {statistics.median(ours) / ideal:.3f}x ideal ({ideal * 1000:.0f} ms), raw httpx"
          f" {statistics.median(raw) / ideal:.3f}x; against {fractional * 1000:.0f} ms: ours"
          f" {statistics.median(ours) / fractional:.3f}x, raw httpx"
          f" {statistics.median(raw) / fractional:.3f}x")  # fmt: skip
    bookkeeping = bookkeeping_ms()
    with canned_server() as address:
        url = f"http://{address}"
        asyncio.run(async_ours(url))
        ours_async, raw_async = [], []
        for _ in range(REPETITIONS):
            ours_async.append(asyncio.run(async_ours(url)))
            raw_async.append(asyncio.run(async_raw(url)))
    ratio = statistics.median(ours_async) / statistics.median(raw_async)
    print(f"  {ASYNC_CALLS} async get_numbers at concurrency {CONCURRENCY}: ours"
          f" {statistics.median(ours_async):.2f} s, raw httpx"
          f" {statistics.median(raw_async):.2f} s")  # fmt: skip
    print(verdict("bulk", statistics.median(ours) / ideal))
    print(verdict("bookkeeping ms", bookkeeping, " ms"))
    print(verdict("async", ratio))


if __name__ == "__main__":
    main()
