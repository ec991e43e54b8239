"""Callback cost: what reading an event adds to verifying it, and checking an SVAML answer.

On a typical signed ICE (the spec's example, as Sinch posts it), `verify_callback` alone and
`unwrap_callback` (the same verification, then JSON, the event's schema and its model) are timed
in many short blocks, back to back in alternating order, so both see the same moment of this
machine's drifting speed. The script prints median and min microseconds per call and what
parsing adds as a multiple of verifying (goal: <= 1.5x). Then `validate_svaml` on a typical
answer to each event that takes one (goal: <= 20 us per answer).
"""

from __future__ import annotations

import json
import os
import statistics
import timeit
from collections.abc import Callable
from datetime import UTC, datetime

from sinch_signing import decode_secret, format_timestamp, signature_headers, verify_callback
from sinch_voice_toolkit import unwrap_callback, validate_svaml
from sinch_voice_toolkit._packaged_spec import packaged_spec

KEY, SECRET = "94983f76-1161-6655-9515-4785c7b67dd8", "JViE5vDor0Sw3WllZka15Q=="
PATH = "/sinch/callbacks"
PARSE_GOAL = 1.5  # what parsing adds, as a multiple of the verification's cost
SVAML_GOAL_US = 20.0
NUMBER = int(os.environ.get("BENCH_CALLBACKS", "1000"))  # calls per block
REPETITIONS = int(os.environ.get("BENCH_REPETITIONS", "31"))  # blocks of each


def typical_ice() -> tuple[bytes, dict[str, str], datetime]:
    schemas = packaged_spec()["components"]["schemas"]
    body = json.dumps(schemas["IceEvent"]["example"]).encode()
    now = datetime.now(UTC)
    headers = signature_headers(
        application_key=KEY,
        secret=decode_secret(SECRET),
        method="POST",
        path=PATH,
        body=body,
        content_type="application/json",
        timestamp=format_timestamp(now),
        scheme="application",
    )
    return body, {**headers, "content-type": "application/json"}, now


def alternating(pair: list[tuple[str, Callable[[], object]]]) -> dict[str, list[float]]:
    runs: dict[str, list[float]] = {name: [] for name, _ in pair}
    for repetition in range(REPETITIONS):
        for name, call in pair if repetition % 2 == 0 else pair[::-1]:
            runs[name].append(timeit.timeit(call, number=NUMBER) / NUMBER * 1e6)
    return runs


def main() -> None:
    print(
        f"callbacks: {REPETITIONS} blocks of {NUMBER} calls each, alternating, {os.cpu_count()} cores"
    )
    body, headers, now = typical_ice()
    arguments = {
        "method": "POST",
        "path": PATH,
        "headers": headers,
        "body": body,
        "application_key": KEY,
        "application_secret": SECRET,
        "now": now,
    }

    def verify() -> None:
        verify_callback(**arguments)  # type: ignore[arg-type]

    def unwrap() -> object:
        return unwrap_callback(**arguments)  # type: ignore[arg-type]

    unwrap()  # compile the event's validator and import the models before timing
    runs = alternating([("verify_callback", verify), ("unwrap_callback", unwrap)])
    for name, per_call in runs.items():
        print(
            f"  ICE ({len(body)} B)  {name:<16} median {statistics.median(per_call):6.2f} us"
            f"   min {min(per_call):6.2f} us"
        )
    verifying = statistics.median(runs["verify_callback"])
    parsing = statistics.median(runs["unwrap_callback"]) - verifying
    ratio = parsing / verifying
    state = "met" if ratio <= PARSE_GOAL else "NOT met"
    print(
        f"  parsing adds {parsing:.2f} us = {ratio:.2f}x the verification"
        f" (goal <= {PARSE_GOAL}x): {state}"
    )

    schemas = packaged_spec()["components"]["schemas"]
    for event in ("ice", "ace", "pie"):
        answer = schemas[f"{event.capitalize()}Svaml"]["example"]
        validate_svaml(event, answer)  # compile once
        per_call = [
            timeit.timeit(lambda: validate_svaml(event, answer), number=NUMBER) / NUMBER * 1e6
            for _ in range(REPETITIONS)
        ]
        median = statistics.median(per_call)
        state = "met" if median <= SVAML_GOAL_US else "NOT met"
        print(
            f"  validate_svaml {event}: median {median:5.2f} us   min {min(per_call):5.2f} us"
            f" (goal <= {SVAML_GOAL_US:g} us): {state}"
        )


if __name__ == "__main__":
    main()
