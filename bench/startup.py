"""Start-up cost: importing the client beside `import httpx`, and `sinch-voice --help`.

Each command runs in a new interpreter, interleaved, `BENCH_STARTS` times; the script prints
medians in milliseconds next to `python -c pass` and says whether each goal is met: the import
within 1.25x of httpx's, `--help` within 120 ms.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

STARTS = int(os.environ.get("BENCH_STARTS", "15"))
CLI = str(Path(sys.executable).with_name("sinch-voice"))
COMMANDS = {
    "python -c pass": [sys.executable, "-c", "pass"],
    "import httpx": [sys.executable, "-c", "import httpx"],
    "import sinch_voice_toolkit": [sys.executable, "-c", "import sinch_voice_toolkit"],
    # What a program that uses the client imports: the client, httpx and the generated models.
    "import VoiceClient": [
        sys.executable,
        "-c",
        "from sinch_voice_toolkit import VoiceClient, SinchError",
    ],
    "sinch-voice --help": [CLI, "--help"],
}
GOAL_IMPORT_RATIO = 1.25
GOAL_HELP_MS = 120.0


def elapsed_ms(command: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
    return (time.perf_counter() - started) * 1000


def main() -> None:
    runs: dict[str, list[float]] = {name: [] for name in COMMANDS}
    for _ in range(STARTS):
        for name, command in COMMANDS.items():
            runs[name].append(elapsed_ms(command))
    print(f"start-up: {STARTS} starts each, interleaved, {os.cpu_count()} cores")
    medians = {name: statistics.median(times) for name, times in runs.items()}
    for name, median in medians.items():
        print(f"  {name:<28} median {median:7.1f} ms   min {min(runs[name]):7.1f} ms")
    for name in ("import sinch_voice_toolkit", "import VoiceClient"):
        ratio = medians[name] / medians["import httpx"]
        state = "met" if ratio <= GOAL_IMPORT_RATIO else "NOT met"
        print(f"  {name} / import httpx: {ratio:.2f} (goal <= {GOAL_IMPORT_RATIO}): {state}")
    help_ms = medians["sinch-voice --help"]
    state = "met" if help_ms <= GOAL_HELP_MS else "NOT met"
    print(f"  sinch-voice --help: {help_ms:.0f} ms (goal <= {GOAL_HELP_MS:.0f} ms): {state}")


if __name__ == "__main__":
    main()
