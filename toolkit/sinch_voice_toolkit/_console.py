"""`sinch-voice` as a process: Ctrl-C and SIGTERM are never swallowed, from start to exit.

A Python signal handler runs between two bytecodes of the main thread, wherever that is. Three
places need more than the CLI's own handler (`_cli._signals`), and this module covers them:

- **before the CLI is imported and after it returns**: the handlers are installed first thing
  (before the CLI's modules load), raise once, and let the process end with 130 or 143 and one
  line, never a traceback;
- **the end**: once the CLI has returned, Ctrl-C and SIGTERM are blocked, and one that is
  pending then (or ran its handler on the way) makes the exit code 130 or 143; the process
  then ends at once (`os._exit`, after flushing), so no signal can arrive during a shutdown
  that would not hear it: a Ctrl-C is never answered with exit 0, however late it came;
- **an event loop** is `_cli._signals.cancelling_the_run`'s: asyncio would log and drop an
  exception raised inside one of its callbacks.

Only the standard library is imported before the handlers are in place.
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
from collections.abc import Callable
from types import FrameType
from typing import NoReturn

PROG = "sinch-voice"
EXIT_ON_SIGNAL = {signal.SIGINT: 130, signal.SIGTERM: 143}  # 128 + the signal, as shells do


class Interrupted(BaseException):
    """Ctrl-C or SIGTERM; `code` is the exit code for it."""

    def __init__(self, code: int) -> None:
        super().__init__(code)
        self.code = code


class _FirstSignal:
    """A handler that raises `Interrupted` for the first signal and only records the rest
    (a second Ctrl-C while the first is being reported must not interrupt the report)."""

    def __init__(self) -> None:
        self.code: int | None = None

    def __call__(self, signum: int, frame: FrameType | None) -> None:
        first = self.code is None
        if first:
            self.code = EXIT_ON_SIGNAL[signal.Signals(signum)]
            raise Interrupted(self.code)


def run(main: Callable[[], int]) -> NoReturn:
    """Run `main` (which imports the CLI) as the `sinch-voice` process, and exit."""
    handler = _FirstSignal()
    for sig in EXIT_ON_SIGNAL:
        signal.signal(sig, handler)
    code: int | None = None
    try:
        code = main()
    except Interrupted as stop:
        code = stop.code
        _say_interrupted()
    # From here on a signal waits (blocked); one whose handler was due runs inside this call.
    try:
        signal.pthread_sigmask(signal.SIG_BLOCK, EXIT_ON_SIGNAL)
    except Interrupted as stop:
        code = _interrupted(code, stop.code)
    if handler.code is not None:
        code = _interrupted(code, handler.code)
    _flush()
    _exit(code)


def _exit(code: int | None) -> NoReturn:
    """End the process now, with 130 or 143 if a signal is waiting.

    The interpreter's own shutdown takes tens of milliseconds (modules torn down, atexit): a
    signal that arrived then would find no handler and be lost, the exit code 0. Everything
    that needs closing is closed (files, the report, the connections); logging is flushed
    here, and the last check of pending signals is the last thing done.
    """
    if "logging" in sys.modules:
        sys.modules["logging"].shutdown()
    held = [sig for sig in EXIT_ON_SIGNAL if sig in signal.sigpending()]
    if held and code not in EXIT_ON_SIGNAL.values():
        _say_interrupted()
        code = EXIT_ON_SIGNAL[held[0]]
    os._exit(code if code is not None else 1)


def _interrupted(code: int | None, signalled: int) -> int:
    """The exit code once a signal came: the run's own 130/143 when it already said so."""
    if code in EXIT_ON_SIGNAL.values():
        return code  # type: ignore[return-value]
    _say_interrupted()
    return signalled


def _say_interrupted() -> None:
    with contextlib.suppress(OSError, ValueError):  # stderr closed: the exit code says it
        print(f"{PROG}: interrupted", file=sys.stderr, flush=True)


def _flush() -> None:
    """Flush stdout, ending quietly if its reader is gone (`| head`)."""
    try:
        sys.stdout.flush()
    except (BrokenPipeError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())


def main() -> NoReturn:
    """The `sinch-voice` console script."""

    def cli() -> int:
        from ._cli import main as cli_main  # loaded once the handlers are in place

        return cli_main()

    run(cli)
