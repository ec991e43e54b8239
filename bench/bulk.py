"""Bulk assignment: 10,000 numbers against the mock at 50 ms latency, sequential vs concurrent.

Each request waits `LATENCY_MS` in the mock, so the ideal time of a run is
calls / concurrency x latency. The script prints each run's time beside that ideal and their
ratio (1.00 would be no overhead at all). Run it with `make bench`.

The mock validates each request with openapi-core, which costs about 20 ms of CPU for a
100-number body; on one core that caps 100 calls at about 2 s whatever the concurrency, so
the concurrent ratio measures the stand-in as much as the client.
"""

from __future__ import annotations

import asyncio
import os
import statistics
import time

from bench._mock_process import mock_process, owned_numbers
from sinch_voice_mock import DEMO_APPLICATION_KEY, DEMO_APPLICATION_SECRET
from sinch_voice_toolkit import MAX_NUMBERS_PER_REQUEST, assign_numbers, connect

NUMBERS = 10_000
LATENCY_MS = 50.0
CONCURRENCY = (1, 8)
REPETITIONS = int(os.environ.get("BENCH_REPETITIONS", "3"))


async def one_run(url: str, numbers: list[str], concurrency: int) -> float:
    async with connect(DEMO_APPLICATION_KEY, DEMO_APPLICATION_SECRET, base_url=url) as client:
        started = time.perf_counter()
        report = await assign_numbers(client, numbers, concurrency=concurrency)
        elapsed = time.perf_counter() - started
    if len(report.done) != len(numbers):
        raise SystemExit(f"bulk run incomplete: {report.summary()}")
    return elapsed


def main() -> None:
    numbers = owned_numbers(NUMBERS)
    calls = -(-NUMBERS // MAX_NUMBERS_PER_REQUEST)
    setting = f"{NUMBERS} numbers, {calls} calls, mock latency {LATENCY_MS:.0f} ms"
    print(f"bulk assign: {setting}, {os.cpu_count()} cores")
    print(f"{'concurrency':>11} {'median s':>9} {'min s':>7} {'ideal s':>8} {'median/ideal':>13}")
    with mock_process(numbers=NUMBERS, latency_ms=LATENCY_MS) as url:
        for concurrency in CONCURRENCY:
            times = [asyncio.run(one_run(url, numbers, concurrency)) for _ in range(REPETITIONS)]
            ideal = calls / concurrency * LATENCY_MS / 1000
            median = statistics.median(times)
            ratio = median / ideal
            print(
                f"{concurrency:>11} {median:>9.3f} {min(times):>7.3f} {ideal:>8.3f} {ratio:>13.2f}"
            )


if __name__ == "__main__":
    main()
