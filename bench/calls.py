"""Per-call cost, sequential with keep-alive, against one local server: three clients side by side.

- connect(): this project's client (signing, retries, typed errors, generated models);
- raw httpx: an httpx.Client with hand-made signed headers and `response.json()`, the floor;
- httpx, no jar: the same over an httpx.Client that keeps no cookies, as ours does (a default
  httpx.Client spends about as much on its cookie jar per answer as ours on its checks): shown
  so the saving is not mistaken for a cheaper client, without a goal of its own;
- the official Sinch SDK 1.1.4, the last release with these endpoints, in its own virtualenv.

The server (bench/_canned_server.py) answers canned JSON without validating anything, so the
numbers are the clients' own cost. The script prints median and min microseconds per call and
the ratios the project aims at (<= 1.05x raw httpx, <= 0.70x the official SDK), with the
run-time checks of every answer switched on.

This machine's speed drifts by tens of percent from one second to the next, so the two
in-process clients are timed in many short blocks, back to back, each round starting with
another of them: the blocks of one round see the same conditions, and the ratio to raw httpx
is the median of the rounds' ratios (a ratio of two medians would compare blocks
timed seconds apart). The SDK runs in a process of its own, one block every few rounds.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

import httpx

from bench._server_process import server_process
from sinch_voice.api.callouts import callouts
from sinch_voice.api.calls import get_call_result
from sinch_voice.api.numbers import get_numbers, update_numbers
from sinch_voice.api.query import query_number
from sinch_voice.client import Client
from sinch_voice.models import (
    AssignNumbersRequest,
    NumberDestination,
    TtsCallout,
    TtsCalloutRequest,
)
from sinch_voice_toolkit import connect
from sinch_voice_toolkit.transport._httpx_clients import SyncHttpxClient

ROOT = Path(__file__).resolve().parents[1]
SDK_VENV = ROOT / ".bench" / "sdk-venv"
SDK_REQUIREMENT = "sinch==1.1.4"  # the last release with the Voice Applications endpoints
KEY, SECRET = "bench-app", "YmVuY2gtc2VjcmV0"
BLOCK = int(os.environ.get("BENCH_CALLS", "50"))  # calls per timed block
ROUNDS = int(os.environ.get("BENCH_REPETITIONS", "24"))  # blocks of each in-process client
SDK_EVERY = 4  # rounds between two blocks of the SDK
SDK_BLOCK = 200  # calls per SDK block (a new process each, so longer ones)
OPERATIONS = ("get_numbers", "query_number", "assign", "get_call", "callout")
# The SDK's calls for the calling operations crash on its own answers (get_call raises
# TypeError whenever `from` is present): it is timed for the configuration ones only.
SDK_OPERATIONS = ("get_numbers", "query_number", "assign")
CALL_ID = "4398599d1ba84ef3bde0a82dfb61abed"
NO_JAR = "httpx, no jar"

GOAL_RAW = 1.05
GOAL_SDK = 0.70


@contextmanager
def canned_server() -> Iterator[str]:
    def command(port: int) -> list[str]:
        return [sys.executable, "-m", "bench._canned_server", str(port)]

    with server_process(command) as (port, _):
        yield f"127.0.0.1:{port}"


def sdk_python() -> Path:
    """The isolated virtualenv with the official SDK, created on first use (never the project's)."""
    python = SDK_VENV / "bin" / "python"
    if not python.exists():
        subprocess.run([sys.executable, "-m", "venv", str(SDK_VENV)], check=True)
        subprocess.run(
            [str(python), "-m", "pip", "install", "--quiet", SDK_REQUIREMENT], check=True
        )
    return python


def raw_signed_headers(method: str, path: str, body: bytes, content_type: str) -> dict[str, str]:
    """Sinch's signature computed inline: what a careful hand-written client would do."""
    timestamp = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    md5 = base64.b64encode(hashlib.md5(body).digest()).decode() if body else ""
    message = f"{method}\n{md5}\n{content_type}\nx-timestamp:{timestamp}\n{path}".encode()
    signature = base64.b64encode(hmac.digest(SECRET_BYTES, message, "sha256")).decode()
    headers = {"x-timestamp": timestamp, "Authorization": f"Application {KEY}:{signature}"}
    if content_type:
        headers["Content-Type"] = content_type
    return headers


SECRET_BYTES = base64.b64decode(SECRET)


def raw_calls(http: httpx.Client) -> dict[str, Callable[[], object]]:
    def get() -> object:
        path = "/v1/configuration/numbers"
        return http.get(path, headers=raw_signed_headers("GET", path, b"", "")).json()

    def query() -> object:
        path = "/v1/calling/query/number/+46730170101"
        return http.get(path, headers=raw_signed_headers("GET", path, b"", "")).json()

    def assign() -> object:
        path = "/v1/configuration/numbers"
        body = json.dumps(
            {"numbers": ["+14155550100"]}
        ).encode()  # encoded per call, as any client does
        response = http.post(
            path, content=body, headers=raw_signed_headers("POST", path, body, "application/json")
        )
        return response.status_code

    def get_call() -> object:
        path = f"/calling/v1/calls/id/{CALL_ID}"
        return http.get(path, headers=raw_signed_headers("GET", path, b"", "")).json()

    def callout() -> object:
        path = "/calling/v1/callouts"
        request = {  # built per call from the caller's values, as ours is
            "method": "ttsCallout",
            "ttsCallout": {
                "cli": "+46708168731",
                "destination": {"type": "number", "endpoint": "+46730170101"},
                "text": "Your code is 1 2 3 4",
            },
        }
        body = json.dumps(request).encode()
        headers = raw_signed_headers("POST", path, body, "application/json")
        return http.post(path, content=body, headers=headers).json()["callId"]

    return {
        "get_numbers": get,
        "query_number": query,
        "assign": assign,
        "get_call": get_call,
        "callout": callout,
    }


def toolkit_calls(client: Client) -> dict[str, Callable[[], object]]:
    return {
        "get_numbers": lambda: get_numbers.sync(client=client),
        "query_number": lambda: query_number.sync("+46730170101", client=client),
        "assign": lambda: update_numbers.sync(
            client=client, body=AssignNumbersRequest(numbers=["+14155550100"])
        ),
        "get_call": lambda: get_call_result.sync(CALL_ID, client=client),
        "callout": lambda: callouts.sync(
            client=client,
            body=TtsCalloutRequest(
                tts_callout=TtsCallout(
                    destination=NumberDestination(endpoint="+46730170101"),
                    cli="+46708168731",
                    text="Your code is 1 2 3 4",
                )
            ),
        ),
    }


def timed(call: Callable[[], object], calls: int) -> float:
    """Seconds per call over a block of `calls`."""
    started = time.perf_counter()
    for _ in range(calls):
        call()
    return (time.perf_counter() - started) / calls


def sdk_block(python: Path, origin: str, operation: str) -> float:
    """Seconds per call over one block of the SDK, in its own virtualenv."""
    script = str(ROOT / "bench" / "_sdk_calls.py")
    done = subprocess.run(
        [str(python), script, origin, operation, str(SDK_BLOCK), "1"],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    return float(json.loads(done.stdout)[0]) / SDK_BLOCK


def main() -> None:
    python = sdk_python()
    print(
        f"per call, sequential, keep-alive: {ROUNDS} blocks of {BLOCK} calls each (the SDK:"
        f" {ROUNDS // SDK_EVERY} of {SDK_BLOCK}), interleaved, {os.cpu_count()} cores"
    )
    print(f"{'operation':<13} {'client':<12} {'median us':>10} {'min us':>8}")
    results: dict[str, dict[str, list[float]]] = {}
    with (
        canned_server() as origin,
        httpx.Client(base_url=f"http://{origin}") as http,
        SyncHttpxClient(base_url=f"http://{origin}") as http_no_jar,
        connect(KEY, SECRET, base_url=f"http://{origin}") as client,
    ):
        ours, raw, no_jar = toolkit_calls(client), raw_calls(http), raw_calls(http_no_jar)
        for operation in OPERATIONS:
            clients = [
                ("connect()", ours[operation]),
                ("raw httpx", raw[operation]),
                (NO_JAR, no_jar[operation]),
            ]
            for _, call in clients:
                timed(call, 50)  # warm up
            runs: dict[str, list[float]] = {name: [] for name, _ in clients}
            runs["sinch 1.1.4"] = []
            for round_ in range(ROUNDS):
                turn = round_ % len(clients)  # each client first in turn
                for name, call in clients[turn:] + clients[:turn]:
                    runs[name].append(timed(call, BLOCK))
                if round_ % SDK_EVERY == SDK_EVERY - 1 and operation in SDK_OPERATIONS:
                    runs["sinch 1.1.4"].append(sdk_block(python, origin, operation))
            results[operation] = runs
            for name, per_call in runs.items():
                if not per_call:
                    continue
                print(
                    f"{operation:<13} {name:<12} {statistics.median(per_call) * 1e6:>10.0f}"
                    f" {min(per_call) * 1e6:>8.0f}"
                )
    print(
        f"\nratios (goals: connect()/raw <= {GOAL_RAW}, the median of the paired blocks' ratios;"
        f" connect()/sdk <= {GOAL_SDK}, of the medians,"
        f" or within {GOAL_RAW}x of raw httpx's own ratio where raw does not reach it)"
    )
    for operation, runs in results.items():
        raw_ratio = paired_ratio(runs["connect()"], runs["raw httpx"])
        versus_no_jar = f"connect()/no jar {paired_ratio(runs['connect()'], runs[NO_JAR]):.3f}"
        if not runs["sinch 1.1.4"]:
            verdict = "met" if raw_ratio <= GOAL_RAW else "NOT met"
            print(
                f"  {operation:<13} connect()/raw {raw_ratio:.3f}   (no SDK call): {verdict}"
                f"   [{versus_no_jar}]"
            )
            continue
        ours_median = statistics.median(runs["connect()"])
        raw_median, sdk_median = (
            statistics.median(runs["raw httpx"]),
            statistics.median(runs["sinch 1.1.4"]),
        )
        sdk_ratio = ours_median / sdk_median
        sdk_goal = max(GOAL_SDK, raw_median / sdk_median * GOAL_RAW)
        verdict = "met" if raw_ratio <= GOAL_RAW and sdk_ratio <= sdk_goal else "NOT met"
        print(
            f"  {operation:<13} connect()/raw {raw_ratio:.3f}   connect()/sdk {sdk_ratio:.3f}"
            f" (sdk goal {sdk_goal:.2f}): {verdict}   [{versus_no_jar}]"
        )


def paired_ratio(ours: list[float], other: list[float]) -> float:
    """The median of the ratios of blocks timed in the same round."""
    return statistics.median(mine / theirs for mine, theirs in zip(ours, other, strict=True))


if __name__ == "__main__":
    main()
