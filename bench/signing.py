"""Signing cost: `ApplicationAuth` on an httpx request vs a bare hashlib/hmac floor.

For a GET (query a number) and a 100-number POST, both compute the same signature for the
same request: the floor with plain hashlib, hmac and base64 calls into a dict of headers,
`ApplicationAuth` through its httpx auth flow (timestamp, path as sent, headers set on the
request, which any httpx.Auth pays for). The two are timed in many short blocks, back to back
in alternating order, so that both see the same moment of this machine's drifting speed; the
script prints median and min microseconds per signature and the ratio (goal: <= 1.3x).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import statistics
import timeit
from collections.abc import Callable
from datetime import UTC, datetime

import httpx

from sinch_signing import ApplicationAuth

KEY, SECRET = "5F5C418A0F914BBC8234A9BF5EDDAD97", "JViE5vDor0Sw3WllZka15Q=="
BASE = "https://callingapi.sinch.com"
NUMBERS = [f"+1415{2_000_000 + i:07d}" for i in range(100)]
CASES = {  # name -> (method, path, body)
    "GET query": ("GET", "/v1/calling/query/number/+46730170101", b""),
    "POST 100 numbers": (
        "POST",
        "/v1/configuration/numbers",
        json.dumps({"numbers": NUMBERS}).encode(),
    ),
}
GOAL = 1.3
NUMBER = int(os.environ.get("BENCH_SIGNATURES", "2000"))  # signatures per block
REPETITIONS = int(os.environ.get("BENCH_REPETITIONS", "41"))  # blocks of each
SECRET_BYTES = base64.b64decode(SECRET)


def floor_for(method: str, path: str, body: bytes) -> Callable[[], dict[str, str]]:
    content_type = "application/json" if body else ""

    def floor() -> dict[str, str]:
        """The same computation, by hand, into a plain dict of headers."""
        timestamp = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        md5 = base64.b64encode(hashlib.md5(body).digest()).decode() if body else ""
        message = f"{method}\n{md5}\n{content_type}\nx-timestamp:{timestamp}\n{path}"
        digest = hmac.digest(SECRET_BYTES, message.encode(), "sha256")
        return {
            "x-timestamp": timestamp,
            "Authorization": f"Application {KEY}:{base64.b64encode(digest).decode()}",
        }

    return floor


def ours_for(method: str, path: str, body: bytes) -> Callable[[], httpx.Request]:
    auth = ApplicationAuth(KEY, SECRET)
    headers = {"Content-Type": "application/json"} if body else {}
    request = httpx.Request(method, BASE + path, content=body, headers=headers)

    def ours() -> httpx.Request:
        return next(auth.auth_flow(request))

    return ours


def main() -> None:
    print(
        f"signing: {REPETITIONS} blocks of {NUMBER} signatures each, alternating,"
        f" {os.cpu_count()} cores"
    )
    verdicts = []
    for name, (method, path, body) in CASES.items():
        floor, ours = floor_for(method, path, body), ours_for(method, path, body)
        runs: dict[str, list[float]] = {"hashlib floor": [], "ApplicationAuth": []}
        pair: list[tuple[str, Callable[[], object]]] = [
            ("hashlib floor", floor),
            ("ApplicationAuth", ours),
        ]
        for repetition in range(REPETITIONS):
            for client, sign in pair if repetition % 2 == 0 else pair[::-1]:
                runs[client].append(timeit.timeit(sign, number=NUMBER) / NUMBER * 1e6)
        for client, per_call in runs.items():
            print(
                f"  {name:<17} {client:<16} median {statistics.median(per_call):6.2f} us"
                f"   min {min(per_call):6.2f} us"
            )
        ratio = statistics.median(runs["ApplicationAuth"]) / statistics.median(
            runs["hashlib floor"]
        )
        state = "met" if ratio <= GOAL else "NOT met"
        verdicts.append(f"  {name}: ApplicationAuth / floor {ratio:.2f} (goal <= {GOAL}): {state}")
    print(*verdicts, sep="\n")


if __name__ == "__main__":
    main()
