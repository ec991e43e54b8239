"""Whole simulated calls per second: 1,000 scenario calls against a local handler.

Each call is the example IVR's sales scenario (examples/scenarios/sales.yaml): ICE, the
handler's menu, a key pressed, PIE, connectPstn, the callee answering, ACE, bridged, the caller
hanging up, DiCE: four signed posts, each verified, parsed and answered with checked SVAML by
the example Starlette receiver (examples/receive_starlette.py), which runs in a process of its
own under uvicorn, as a user's handler would. The calls are played one after another, as a
test suite plays them (two at a time, from two threads over one world, measured no faster:
the simulator's share is Python holding the GIL). It prints where the time goes: the CPU the
simulator and the handler each spend per call. The goal: at least 200 calls a second, so a
thousand-call suite takes seconds.
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from bench._server_process import server_process
from sinch_voice_mock import (
    DEMO_APPLICATION_KEY,
    DEMO_APPLICATION_SECRET,
    Simulator,
    load_scenario,
)

ROOT = Path(__file__).resolve().parents[1]
CALLS = int(os.environ.get("BENCH_SIMULATED_CALLS", "1000"))
GOAL_PER_SECOND = 200
HANDLER = """
import sys, uvicorn
sys.path.insert(0, "examples")
from receive_starlette import create_app
uvicorn.run(create_app(sys.argv[1], sys.argv[2]), host="127.0.0.1", port=int(sys.argv[3]),
            log_level="warning", access_log=False)
"""


@contextmanager
def handler_process() -> Iterator[tuple[str, int]]:
    """The example receiver in its own process: its callback URL and process ID."""

    def command(port: int) -> list[str]:
        key, secret = DEMO_APPLICATION_KEY, DEMO_APPLICATION_SECRET
        return [sys.executable, "-c", HANDLER, key, secret, str(port)]

    with server_process(command) as (port, pid):
        yield f"http://127.0.0.1:{port}/sinch/callbacks", pid


def main() -> None:
    scenario = load_scenario(ROOT / "examples" / "scenarios" / "sales.yaml")
    with (
        handler_process() as (url, handler_pid),
        Simulator(url, DEMO_APPLICATION_KEY, DEMO_APPLICATION_SECRET) as simulator,
    ):
        for _ in range(50):  # warm up: connections, validators, the handler's caches
            assert simulator.run(scenario).passed
        outcomes = []
        handler_cpu, own_cpu = cpu_seconds(handler_pid), time.process_time()
        started = time.perf_counter()
        for _ in range(CALLS):
            outcomes.append(simulator.run(scenario))
        elapsed = time.perf_counter() - started
        handler_cpu, own_cpu = cpu_seconds(handler_pid) - handler_cpu, time.process_time() - own_cpu
    failures = [outcome for outcome in outcomes if not outcome.passed]
    answers = [seconds for outcome in outcomes for seconds in outcome.handler_seconds]
    rate = CALLS / elapsed
    print(
        f"{CALLS} simulated calls (ICE, menu, PIE, connect, ACE, DiCE: four signed posts each),"
        f" one after another, against the example Starlette receiver in its own process,"
        f" {os.cpu_count()} cores"
    )
    print(
        f"  {elapsed:.2f} s: {rate:.0f} calls per second ({elapsed / CALLS * 1000:.2f} ms a call)"
    )
    print(
        f"  CPU per call: simulator {own_cpu / CALLS * 1000:.2f} ms, handler"
        f" {handler_cpu / CALLS * 1000:.2f} ms; a post's answer, median"
        f" {statistics.median(answers) * 1000:.2f} ms"
    )
    print(f"  failed scenarios: {len(failures)}")
    verdict = "met" if rate >= GOAL_PER_SECOND and not failures else "NOT met"
    print(f"goal: >= {GOAL_PER_SECOND} calls per second, every scenario passed: {verdict}")
    if failures:
        print(failures[0].report())


def cpu_seconds(pid: int) -> float:
    """User and system CPU a process has used (Linux's /proc; 0 elsewhere)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


if __name__ == "__main__":
    main()
