"""The run-time contract's cost: checking one answer against the packaged spec.

Compiles each operation's answer schema from `sinch_voice_toolkit/openapi.json` twice, with
jsonschema-rs (what the client uses) and with fastjsonschema (the alternative the choice was
made against; draft 7, the closest dialect it has), and times `is_valid` on typical answers,
interleaved. Prints microseconds per answer and whether the goal (<= 10 us) is met.
"""

from __future__ import annotations

import json
import statistics
import timeit
from typing import Any

import fastjsonschema

from sinch_voice_toolkit._contract import Contract

NUMBER = 20_000
REPETITIONS = 7
GOAL_US = 10.0
ANSWERS: dict[tuple[str, str], Any] = {
    ("GET", "/v1/configuration/numbers"): {
        "numbers": [
            {
                "number": "+14151112223333",
                "applicationkey": "11983f76-12c8-1111-9515-4785c7b67ca8",
                "capability": "voice",
            },
            {"number": "+46730170101", "capability": "sms"},
        ]
    },
    ("GET", "/v1/configuration/callbacks/applications/app"): {
        "url": {"primary": "https://primary.example.com", "fallback": None}
    },
    ("GET", "/v1/calling/query/number/+46730170101"): {
        "number": {
            "countryId": "SE",
            "numberType": "Mobile",
            "normalizedNumber": "+46730170101",
            "restricted": False,
            "rate": {"currencyId": "USD", "amount": 0.0368},
        }
    },
}


def _fastjsonschema(operation: Any) -> Any:
    schema = operation.answers[200]
    document = {
        "$schema": "http://json-schema.org/draft-07/schema#",
        **schema,
        "components": operation.components,
    }
    return fastjsonschema.compile(document)


def _us(call: Any) -> float:
    return min(timeit.repeat(call, number=NUMBER, repeat=1)) / NUMBER * 1e6


def main() -> None:
    contract = Contract.packaged()
    print(f"answer validation: {NUMBER} checks x {REPETITIONS} repetitions, interleaved")
    print(
        f"{'operation':<18}{'jsonschema-rs us':>18}{'parse+check us':>16}{'fastjsonschema us':>19}"
    )
    worst = 0.0
    for (method, path), body in ANSWERS.items():
        operation = contract.find(method, path)
        assert operation is not None
        operation.check_answer(200, body)  # compiles the validators
        fast = _fastjsonschema(operation)
        raw = json.dumps(body).encode()
        rs_times, full_times, fast_times = [], [], []
        for _ in range(REPETITIONS):
            rs_times.append(_us(lambda: operation.check_answer(200, body)))
            full_times.append(_us(lambda: operation.check_answer(200, json.loads(raw))))
            fast_times.append(_us(lambda: fast(body)))
        rs, full, fj = (statistics.median(t) for t in (rs_times, full_times, fast_times))
        worst = max(worst, rs)
        print(f"{operation.operation_id:<18}{rs:>18.2f}{full:>16.2f}{fj:>19.2f}")
    verdict = "met" if worst <= GOAL_US else "NOT met"
    print(f"  worst answer check {worst:.2f} us (goal <= {GOAL_US:.0f} us): {verdict}")


if __name__ == "__main__":
    main()
