"""Signing cost: `ApplicationAuth` on an httpx request vs a bare hashlib/hmac floor.

Both compute the same signature for the same request (a JSON POST to /v1/configuration/numbers):
the floor with plain hashlib, hmac and base64 calls, `ApplicationAuth` through its httpx auth
flow (timestamp, path as sent, headers set on the request). Repetitions are interleaved; the
script prints median and min microseconds per signature and the ratio (goal: <= 1.5x).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import statistics
import timeit
from datetime import UTC, datetime

import httpx

from sinch_signing import ApplicationAuth

KEY, SECRET = "5F5C418A0F914BBC8234A9BF5EDDAD97", "JViE5vDor0Sw3WllZka15Q=="
BODY = b'{"numbers":["+14151112223333"],"applicationkey":"11983f76-12c8-1111-9515-4785c7b67ca8","capability":"voice"}'
URL = "https://callingapi.sinch.com/v1/configuration/numbers"
NUMBER = int(os.environ.get("BENCH_SIGNATURES", "20000"))
REPETITIONS = int(os.environ.get("BENCH_REPETITIONS", "7"))
SECRET_BYTES = base64.b64decode(SECRET)


def floor() -> dict[str, str]:
    """The same computation, by hand, into a plain dict of headers."""
    timestamp = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    md5 = base64.b64encode(hashlib.md5(BODY).digest()).decode()
    message = f"POST\n{md5}\napplication/json\nx-timestamp:{timestamp}\n/v1/configuration/numbers"
    digest = hmac.digest(SECRET_BYTES, message.encode(), "sha256")
    return {
        "x-timestamp": timestamp,
        "Authorization": f"Application {KEY}:{base64.b64encode(digest).decode()}",
    }


AUTH = ApplicationAuth(KEY, SECRET)
REQUEST = httpx.Request("POST", URL, content=BODY, headers={"Content-Type": "application/json"})


def ours() -> httpx.Request:
    return next(AUTH.auth_flow(REQUEST))


def main() -> None:
    runs: dict[str, list[float]] = {"hashlib floor": [], "ApplicationAuth": []}
    for _ in range(REPETITIONS):
        runs["hashlib floor"].append(timeit.timeit(floor, number=NUMBER) / NUMBER * 1e6)
        runs["ApplicationAuth"].append(timeit.timeit(ours, number=NUMBER) / NUMBER * 1e6)
    print(f"signing: {NUMBER} signatures x {REPETITIONS} repetitions, {os.cpu_count()} cores")
    for name, per_call in runs.items():
        print(
            f"  {name:<16} median {statistics.median(per_call):6.2f} us   min {min(per_call):6.2f} us"
        )
    ratio = statistics.median(runs["ApplicationAuth"]) / statistics.median(runs["hashlib floor"])
    print(f"  ApplicationAuth / floor: {ratio:.2f} (goal <= 1.5)")


if __name__ == "__main__":
    main()
