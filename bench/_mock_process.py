"""Start `sinch-voice-mock` in its own process (so it does not share the client's GIL)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sinch_voice_mock import DEMO_APPLICATION_KEY, DEMO_APPLICATION_SECRET
from sinch_voice_mock._state_values import trial_number


def owned_numbers(count: int) -> list[str]:
    return [trial_number(i) for i in range(count)]


@contextmanager
def mock_process(
    *,
    numbers: int = 0,
    latency_ms: float = 0,
    state: dict[str, object] | None = None,
) -> Iterator[MockProcess]:
    """Yield a running mock owning `numbers` extra numbers, answering after `latency_ms`
    (or serving `state`, a state file's content)."""
    state = state or {
        "applications": [{"key": DEMO_APPLICATION_KEY, "secret": DEMO_APPLICATION_SECRET}],
        "numbers": [
            {"number": n, "capabilities": ["voice", "sms"]}
            for n in ["+46730170101", *owned_numbers(numbers)]
        ],
    }
    with tempfile.TemporaryDirectory() as tmp:
        state_file = Path(tmp) / "state.json"
        state_file.write_text(json.dumps(state))
        command = [
            sys.executable,
            "-m",
            "sinch_voice_mock",
            "--port",
            "0",
            "--state",
            str(state_file),
            "--latency-ms",
            str(latency_ms),
        ]
        process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
        try:
            assert process.stdout is not None
            first = (
                process.stdout.readline()
            )  # "Sinch Voice mock listening on http://127.0.0.1:PORT ..."
            if "listening on" not in first:
                raise RuntimeError(f"the mock did not start: {first!r}")
            yield MockProcess(first.split()[5], process.pid)
        finally:
            process.terminate()
            process.wait(10)


@dataclass(frozen=True)
class MockProcess:
    url: str
    pid: int

    def cpu_seconds(self) -> float:
        """User + system CPU time the mock has used so far, from /proc (Linux)."""
        fields = Path(f"/proc/{self.pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
