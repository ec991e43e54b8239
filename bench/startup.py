"""Start-up cost: importing the client beside `import httpx`, and `sinch-voice --help`.

Measured where a user runs it: the wheel built from this tree, installed without extras into
a virtualenv of its own (`.bench/runtime-venv`). The project's virtualenv is no place for it:
its development tools bring rich and click, which `import httpx` then loads too (~80 ms),
flattering every ratio against httpx.

Each command runs in a new interpreter, interleaved, `BENCH_STARTS` times; the script prints
medians in milliseconds next to `python -c pass` and says whether each goal is met:

- `import sinch_voice_toolkit` within 1.25x of `import httpx` (the issue's goal), and the same
  for what a program that calls the API imports (`VoiceClient`), and for a client ready to
  send (`VoiceClient(...)` constructed, beside `httpx.Client()`), which no lazy import can
  flatter;
- `sinch-voice --help` within 120 ms.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RUNTIME_VENV = ROOT / ".bench" / "runtime-venv"
STARTS = int(os.environ.get("BENCH_STARTS", "15"))
GOAL_IMPORT_RATIO = 1.25
GOAL_HELP_MS = 120.0
# name -> (code run by the venv's python, or None for the CLI; the line it is compared with)
COMMANDS: dict[str, tuple[str | None, str | None]] = {
    "python -c pass": ("pass", None),
    "import httpx": ("import httpx", None),
    "import sinch_voice_toolkit": ("import sinch_voice_toolkit", "import httpx"),
    # What a program that uses the client imports: the client, httpx and the generated client.
    "import VoiceClient": (
        "from sinch_voice_toolkit import VoiceClient, SinchError",
        "import httpx",
    ),
    "httpx.Client() ready": ("import httpx; httpx.Client()", None),
    "VoiceClient() ready": (
        "from sinch_voice_toolkit import VoiceClient; VoiceClient('bench-app', 'c2VjcmV0')",
        "httpx.Client() ready",
    ),
    "sinch-voice --help": (None, None),
}


def runtime_python() -> Path:
    """The venv's python, with the wheel of this tree (re)installed, no extras."""
    python = RUNTIME_VENV / "bin" / "python"
    if not python.exists():
        subprocess.run([sys.executable, "-m", "venv", str(RUNTIME_VENV)], check=True)
    with tempfile.TemporaryDirectory() as dist:
        pip([sys.executable, "-m", "pip", "wheel", "--no-deps", "-w", dist, str(ROOT)])
        (wheel,) = Path(dist).glob("sinch_voice_toolkit-*.whl")
        # What the wheel depends on (nothing to do once installed), then this tree's code: pip
        # skips a wheel whose version is already installed, so it is forced in on its own.
        pip([str(python), "-m", "pip", "install", str(wheel)])
        pip([str(python), "-m", "pip", "install", "--force-reinstall", "--no-deps", str(wheel)])
    return python


def pip(command: list[str]) -> None:
    """Run pip quietly; its output (index warnings included) only if it fails."""
    done = subprocess.run(command, capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit(f"{' '.join(command)} failed:\n{done.stdout}{done.stderr}")


def elapsed_ms(command: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
    return (time.perf_counter() - started) * 1000


def main() -> None:
    python = runtime_python()
    argv = {
        name: [str(python), "-c", code] if code is not None else [str(python.with_name("sinch-voice")), "--help"]
        for name, (code, _) in COMMANDS.items()
    }  # fmt: skip
    runs: dict[str, list[float]] = {name: [] for name in COMMANDS}
    for _ in range(STARTS):
        for name, command in argv.items():
            runs[name].append(elapsed_ms(command))
    print(f"start-up: {STARTS} starts each, interleaved, wheel installed without extras,"
          f" {os.cpu_count()} cores")  # fmt: skip
    medians = {name: statistics.median(times) for name, times in runs.items()}
    for name, median in medians.items():
        print(f"  {name:<28} median {median:7.1f} ms   min {min(runs[name]):7.1f} ms")
    for name, (_, baseline) in COMMANDS.items():
        if baseline is None:
            continue
        ratio = medians[name] / medians[baseline]
        state = "met" if ratio <= GOAL_IMPORT_RATIO else "NOT met"
        print(f"  {name} / {baseline}: {ratio:.2f} (goal <= {GOAL_IMPORT_RATIO}): {state}")
    help_ms = medians["sinch-voice --help"]
    state = "met" if help_ms <= GOAL_HELP_MS else "NOT met"
    print(f"  sinch-voice --help: {help_ms:.0f} ms (goal <= {GOAL_HELP_MS:.0f} ms): {state}")


if __name__ == "__main__":
    main()
