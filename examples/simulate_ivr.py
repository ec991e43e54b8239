"""Play the example IVR's scenarios (examples/scenarios/*.yaml) against its Starlette receiver.

The receiver (receive_starlette.py, answering with call_flow.respond) runs on a free loopback
port; each scenario's call is played against it in virtual time, and its transcript and
verdicts are printed. Exit 0 when every scenario passes. `make simulate` runs it.
"""

from __future__ import annotations

import sys
from pathlib import Path

from receive_starlette import CALLBACK_PATH, create_app

from sinch_voice_mock import (
    DEMO_APPLICATION_KEY,
    DEMO_APPLICATION_SECRET,
    Simulator,
    load_scenario,
    running_receiver,
)

SCENARIOS = Path(__file__).resolve().parent / "scenarios"


def main() -> int:
    app = create_app(DEMO_APPLICATION_KEY, DEMO_APPLICATION_SECRET)
    with (
        running_receiver(app) as url,
        Simulator(url + CALLBACK_PATH, DEMO_APPLICATION_KEY, DEMO_APPLICATION_SECRET) as calls,
    ):
        outcomes = [calls.run(load_scenario(path)) for path in sorted(SCENARIOS.glob("*.yaml"))]
    for outcome in outcomes:
        print(outcome.report(), end="\n\n")
    passed = sum(outcome.passed for outcome in outcomes)
    print(f"{passed} of {len(outcomes)} scenarios passed")
    return 0 if passed == len(outcomes) else 1


if __name__ == "__main__":
    sys.exit(main())
