"""Ctrl-C at random moments of a bulk run: it must never be swallowed.

Usage: python scripts/ctrl_c_stress.py [--runs 300] [--seed N]

Each run starts `sinch-voice numbers unassign --from-file ... --report ...` on a terminal of
its own (a pty, so the CLI shows its progress bar and Ctrl-C arrives as it does for a user:
the terminal turns a typed ^C into SIGINT for the foreground process group), against a local
mock whose every request takes a few milliseconds. Once the CLI has started (its signal
handlers are installed: /proc shows SIGTERM caught), ^C is typed after a random delay drawn
over the length of a whole run. A run passes when the CLI exits 130 (or is ended by the SIGINT
itself, which a shell also shows as 130: the CLI's way for a ^C that comes after its last
check, as it exits), prints no traceback, and
its report accounts for every number (done, failed or pending, nothing lost; a run stopped
before it sent anything may write none, and then must have changed nothing). A run the CLI
finished before the ^C arrived is counted apart, not as a pass, and so is one whose ^C crossed
its exit (the kernel had begun to end the process, PF_EXITING, when it came, and it exited 0):
a signal cannot reach a process that has made its exit call.

Linux only (/proc, ptys). Exit status: 0 when every run passed, 1 otherwise.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import random
import select
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from sinch_voice_mock import DEMO_APPLICATION_KEY, DEMO_APPLICATION_SECRET, MockServer, MockState

NUMBERS = 120
LATENCY_MS = 5
_SIGTERM_BIT = 1 << (15 - 1)  # bit 14 of SigCgt: SIGTERM caught
_PF_EXITING = 0x4  # include/linux/sched.h: the task is exiting


@dataclass
class Outcome:
    code: int | None
    output: str
    signalled: bool  # False when the run had ended before ^C could be typed
    accounted: bool
    seconds: float  # from the CLI's start (its handlers installed) to its exit


def _world(numbers: list[str]) -> MockState:
    state = MockState.default()
    for number in numbers:
        state.add_number(number, ["voice"])
        state.assign([number], DEMO_APPLICATION_KEY, "voice")
    return state


def _command() -> list[str]:
    script = Path(sys.executable).with_name("sinch-voice")  # the console script users run
    return [str(script)] if script.exists() else [sys.executable, "-m", "sinch_voice_toolkit.cli"]


def _started(pid: int) -> bool:
    """Whether the CLI has installed its signal handlers (Python alone never catches SIGTERM)."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return False
    caught = [line.split()[1] for line in status.splitlines() if line.startswith("SigCgt")]
    return bool(caught) and bool(int(caught[0], 16) & _SIGTERM_BIT)


def one_run(
    mock: MockServer, numbers_file: Path, report: Path, delay: float, timeout: float = 60.0
) -> Outcome:
    """Run the CLI on a pty, type ^C `delay` seconds after it has started, and judge it."""
    mock.reset()
    report.unlink(missing_ok=True)
    env = {k: v for k, v in os.environ.items() if not k.startswith("SINCH_")}
    env |= {
        "SINCH_VOICE_BASE_URL": mock.url,
        "SINCH_APPLICATION_KEY": DEMO_APPLICATION_KEY,
        "SINCH_APPLICATION_SECRET": DEMO_APPLICATION_SECRET,
    }
    argv = ["numbers", "unassign", "--from-file", str(numbers_file), "--report", str(report),
            "--concurrency", "4"]  # fmt: skip
    master, slave = os.openpty()
    process = subprocess.Popen(  # noqa: S603 - our own CLI, our own arguments
        [*_command(), *argv], stdin=slave, stdout=slave, stderr=slave, env=env,
        start_new_session=True, close_fds=True,
        # The pty becomes the CLI's controlling terminal, so ^C typed on it is a SIGINT.
        preexec_fn=lambda: __import__("fcntl").ioctl(0, __import__("termios").TIOCSCTTY, 0),
    )  # fmt: skip
    os.close(slave)
    output = bytearray()
    deadline = time.monotonic() + timeout
    started_at: float | None = None
    signalled = crossed = False
    echo_from: int | None = None
    while True:
        readable, _, _ = select.select([master], [], [], 0.002)
        if readable:
            try:
                chunk = os.read(master, 65536)
            except OSError:  # EIO: the CLI has gone and the terminal closed
                chunk = b""
            if not chunk and process.poll() is not None:
                break
            output += chunk
        if started_at is None and _started(process.pid):
            started_at = time.monotonic()
        if (
            not signalled
            and not crossed
            and started_at is not None
            and time.monotonic() >= started_at + delay
            and process.poll() is None
        ):
            if _exiting(process.pid):  # already on its way out: too late for a ^C
                crossed = True
            else:
                os.write(master, b"\x03")  # ^C, as typed
                signalled = True
                echo_from = len(output)
        if signalled and echo_from is not None and b"^C" in output[echo_from:]:
            # The terminal echoes ^C right after it sent the SIGINT (asynchronously to the
            # write): had the CLI begun to exit by then, the signal could not reach it.
            crossed = _exiting(process.pid)
            echo_from = None
        if process.poll() is not None and not readable:
            output += _drain(master)  # what it wrote just before it ended
            if signalled and echo_from is not None:
                crossed = True  # it ended before the terminal echoed (sent) the ^C
            break
        if time.monotonic() > deadline:
            process.kill()
            break
    code = process.wait()
    os.close(master)
    seconds = time.monotonic() - (started_at or time.monotonic())
    numbers = numbers_file.read_text().split()
    accounted = _accounted(report) if report.exists() else _untouched(mock, numbers)
    signalled = signalled and not (crossed and code == 0)
    return Outcome(code, output.decode("utf-8", "replace"), signalled, accounted, seconds)


def _drain(master: int) -> bytes:
    """Whatever is left to read on the terminal."""
    left = bytearray()
    while select.select([master], [], [], 0.05)[0]:
        try:
            chunk = os.read(master, 65536)
        except OSError:
            break
        if not chunk:
            break
        left += chunk
    return bytes(left)


def _exiting(pid: int) -> bool:
    """Whether the process has begun to exit: the kernel's PF_EXITING flag, or already gone.
    A signal sent then is not delivered, whatever the process does."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return True
    fields = stat.rpartition(")")[2].split()  # after "pid (comm)": state, ppid, ...
    return fields[0] in ("Z", "X") or bool(int(fields[6]) & _PF_EXITING)


def _accounted(report: Path) -> bool:
    try:
        data = json.loads(report.read_text())
    except (OSError, ValueError):
        return False
    seen = [*data["done"], *data["failed"], *data["pending"], *data["invalid"]]
    return len(seen) == len(set(seen)) == NUMBERS


def _untouched(mock: MockServer, numbers: list[str]) -> bool:
    """No report was written: then nothing may have been done."""
    held = mock.state.assignments
    return all(held.get((number, "voice")) == DEMO_APPLICATION_KEY for number in numbers)


def _without_progress(output: str) -> str:
    """What the CLI printed, without its progress bar's redrawn lines."""
    lines = output.replace("\r\n", "\n").replace("\r", "\n").splitlines()
    return "\n".join(line for line in lines if not line.startswith("[") and line.strip())


def failures(outcome: Outcome) -> list[str]:
    """What is wrong with an interrupted run (nothing, for a pass)."""
    wrong = []
    if outcome.code not in (130, -signal.SIGINT):  # -2: ended by SIGINT (a shell shows 130)
        wrong.append(f"exit {outcome.code}, not 130")
    if "Traceback" in outcome.output:
        wrong.append("a traceback")
    if not outcome.accounted:
        wrong.append(
            "the report does not account for every number (or none was written and"
            " numbers were un-assigned)"
        )
    return wrong


def stress(runs: int, seed: int, out: TextIO = sys.stdout) -> tuple[int, int]:
    """Interrupt `runs` runs; return how many were interrupted and how many of those failed
    (each failure printed)."""
    rng = random.Random(seed)  # noqa: S311 - moments to type ^C, not secrets
    numbers = [f"+1415{3_100_000 + i:07d}" for i in range(NUMBERS)]
    with (
        tempfile.TemporaryDirectory() as folder,
        MockServer(_world(numbers), latency_ms=LATENCY_MS) as mock,
    ):
        logging.getLogger("uvicorn.error").setLevel(logging.ERROR)  # clients cut off by ^C
        numbers_file = Path(folder) / "numbers.txt"
        numbers_file.write_text("\n".join(numbers) + "\n")
        report = Path(folder) / "report.json"
        whole = one_run(mock, numbers_file, report, delay=1e9)  # how long a run takes
        assert whole.code == 0, f"an uninterrupted run failed: {whole.output[-500:]}"
        started = time.monotonic()
        failed = finished_first = 0
        for run in range(1, runs + 1):
            # Over the whole run, its last moments (report, summary, exit) included.
            delay = rng.uniform(0, whole.seconds * 1.05)
            outcome = one_run(mock, numbers_file, report, delay)
            if not outcome.signalled:
                finished_first += 1
                continue
            wrong = failures(outcome)
            if wrong:
                failed += 1
                said = _without_progress(outcome.output)[-4000:]
                print(f"run {run} (^C after {delay:.3f} s): {'; '.join(wrong)}\n{said}", file=out)
        took = time.monotonic() - started
        print(
            f"{runs} runs of about {whole.seconds:.2f} s (seed {seed}) in {took:.0f} s:"
            f" {runs - finished_first - failed} passed,"
            f" {failed} failed, {finished_first} finished before ^C (or as it came)",
            file=out,
        )
    return runs - finished_first, failed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=300)
    parser.add_argument("--seed", type=int, default=None)
    args = parser.parse_args()
    seed = args.seed if args.seed is not None else random.randrange(2**32)  # noqa: S311
    _, failed = stress(args.runs, seed)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
