"""Bulk assignment: 10,000 numbers against the mock at 50 ms latency, sequential vs concurrent.

Each request waits `LATENCY_MS` in the mock, so the ideal time of a run is whole rounds of
`concurrency` calls, each round one latency (`ideal_seconds`). The script prints each run's time beside that ideal and their
ratio (1.00 would be no overhead at all; goals: 1.15 sequential, 1.30 at concurrency 8), the
same runs made with raw httpx (signed, no checks, no report: the floor this machine allows),
and the mock's CPU time per 100-number assignment (goal: 1 ms). Run it with `make bench`.
"""

from __future__ import annotations

import asyncio
import math
import os
import statistics
import time

import httpx

from bench._mock_process import mock_process, owned_numbers
from sinch_signing import ApplicationAuth
from sinch_voice_mock import DEMO_APPLICATION_KEY, DEMO_APPLICATION_SECRET
from sinch_voice_toolkit import MAX_NUMBERS_PER_REQUEST, assign_many, connect

NUMBERS = 10_000
LATENCY_MS = 50.0
CONCURRENCY = (1, 8)
GOAL_RATIO = {1: 1.15, 8: 1.30}  # median / ideal
GOAL_MOCK_CPU_MS = 1.0  # per 100-number assignment, at concurrency 8
# Interleaved runs; more of them steady the median on a noisy machine.
REPETITIONS = int(os.environ.get("BENCH_REPETITIONS", "5"))


async def one_run(url: str, numbers: list[str], concurrency: int) -> float:
    async with connect(DEMO_APPLICATION_KEY, DEMO_APPLICATION_SECRET, base_url=url) as client:
        started = time.perf_counter()
        report = await assign_many(client, numbers, concurrency=concurrency)
        elapsed = time.perf_counter() - started
    if len(report.done) != len(numbers):
        raise SystemExit(f"bulk run incomplete: {report.summary()}")
    return elapsed


async def raw_run(url: str, numbers: list[str], concurrency: int) -> float:
    """The same requests with raw httpx: signed, no checks, no report, no retries."""
    auth = ApplicationAuth(DEMO_APPLICATION_KEY, DEMO_APPLICATION_SECRET)
    gate = asyncio.Semaphore(concurrency)
    chunks = [numbers[i : i + MAX_NUMBERS_PER_REQUEST] for i in range(0, len(numbers), 100)]
    async with httpx.AsyncClient(base_url=url, auth=auth) as http:

        async def assign(chunk: list[str]) -> None:
            async with gate:
                response = await http.post("/v1/configuration/numbers", json={"numbers": chunk})
                response.raise_for_status()

        started = time.perf_counter()
        await asyncio.gather(*(assign(chunk) for chunk in chunks))
        return time.perf_counter() - started


def main() -> None:
    numbers = owned_numbers(NUMBERS)
    calls = -(-NUMBERS // MAX_NUMBERS_PER_REQUEST)
    setting = f"{NUMBERS} numbers, {calls} calls, mock latency {LATENCY_MS:.0f} ms"
    print(f"bulk assign: {setting}, {os.cpu_count()} cores, median of {REPETITIONS}")
    print(
        f"{'concurrency':>11} {'median s':>9} {'ideal s':>8} {'median/ideal':>13}"
        f" {'raw httpx/ideal':>16} {'mock CPU/call ms':>17}"
    )
    verdicts: list[str] = []
    with mock_process(numbers=NUMBERS, latency_ms=LATENCY_MS) as mock:
        asyncio.run(one_run(mock.url, numbers, 8))  # warm-up: imports, compiled checks, TLS
        for concurrency in CONCURRENCY:
            ours, raw, cpu = [], [], []
            for _ in range(REPETITIONS):  # side by side, alternating
                before = mock.cpu_seconds()
                ours.append(asyncio.run(one_run(mock.url, numbers, concurrency)))
                cpu.append((mock.cpu_seconds() - before) / calls)
                raw.append(asyncio.run(raw_run(mock.url, numbers, concurrency)))
            ideal = ideal_seconds(calls, concurrency, LATENCY_MS / 1000)
            median = statistics.median(ours)
            cpu_ms = statistics.median(cpu) * 1000
            print(
                f"{concurrency:>11} {median:>9.3f} {ideal:>8.3f} {median / ideal:>13.2f}"
                f" {statistics.median(raw) / ideal:>16.2f} {cpu_ms:>17.2f}"
            )
            verdicts.append(
                goal(f"concurrency {concurrency}", median / ideal, GOAL_RATIO[concurrency])
            )
            if concurrency == 8:
                verdicts.append(goal("mock CPU per call, ms", cpu_ms, GOAL_MOCK_CPU_MS))
    for verdict in verdicts:
        print(verdict)


def ideal_seconds(calls: int, concurrency: int, latency_s: float) -> float:
    """What the network allows: rounds of `concurrency` calls, each taking the latency.

    Rounds are whole: 100 calls 8 at a time need 13 rounds (650 ms at 50 ms), not 12.5.
    """
    return math.ceil(calls / concurrency) * latency_s


def goal(name: str, value: float, limit: float) -> str:
    state = "met" if value <= limit else "NOT met"
    return f"  {name}: {value:.2f} (goal <= {limit:.2f}): {state}"


if __name__ == "__main__":
    main()
