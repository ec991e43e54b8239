"""`sinch-voice` as a process: Ctrl-C and SIGTERM are never swallowed, from start to exit.

A Python signal handler runs between two bytecodes of the main thread, wherever that is. The
handler here raises `Interrupted`, except while one is already being handled (a second Ctrl-C
during the report of the first is recorded); `_cli._signals` uses it while a command runs. Some
places need more, and this module covers them:

- **before the CLI is imported and after it returns**: the handlers are installed first thing
  (before the CLI's modules load), and the process ends with 130 or 143 and one line, never a
  traceback;
- **inside a weakref callback or a `__del__`** (an import's lock, a collected object), Python
  prints an exception and drops it: a hook raises it again a moment later instead, silently,
  outside the callback; and where Python wraps the exception in another (a class being
  created), `interruption` finds it inside;
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
from typing import Any, NoReturn

PROG = "sinch-voice"
EXIT_ON_SIGNAL = {signal.SIGINT: 130, signal.SIGTERM: 143}  # 128 + the signal, as shells do
SIGNAL_OF = {code: sig for sig, code in EXIT_ON_SIGNAL.items()}


class Interrupted(BaseException):
    """Ctrl-C or SIGTERM; `code` is the exit code for it."""

    def __init__(self, code: int) -> None:
        super().__init__(code)
        self.code = code


class InterruptingHandler:
    """The handler of Ctrl-C and SIGTERM: raises `Interrupted`, except while one (or a
    `KeyboardInterrupt`) is already being handled, so a second Ctrl-C while the first is
    reported is recorded, not raised in the middle of the report. `code` is the exit code of
    the first signal of the process.

    One handler serves the whole process (signals are the process's), so what it records
    while a command runs is still known when the process ends. SIGALRM is its own way to
    raise again an interruption that Python dropped (see `_redeliver_swallowed`).
    """

    def __init__(self) -> None:
        self.code: int | None = None

    def record(self, code: int) -> None:
        """Note a signal another handler took (asyncio's, for Ctrl-C during an event loop)."""
        self.code = self.code or code

    def __call__(self, signum: int, frame: FrameType | None) -> None:
        if signum in EXIT_ON_SIGNAL:
            code = EXIT_ON_SIGNAL[signal.Signals(signum)]
            self.code = self.code or code
        elif self.code is not None:  # SIGALRM: an interruption Python dropped, raised again
            code = self.code
        else:
            return
        if not isinstance(sys.exc_info()[1], Interrupted | KeyboardInterrupt):
            raise Interrupted(code)


HANDLER = InterruptingHandler()
_REDELIVER_AFTER_SECONDS = 0.002


def _redeliver_swallowed(previous: Callable[[Any], object]) -> Callable[[Any], object]:
    """A `sys.unraisablehook` for the rare interruption raised inside a weakref callback or a
    `__del__` (an import's lock callback, a garbage-collected object), where Python prints
    the exception and drops it: nothing is printed, and a timer raises it again in a moment,
    outside the callback (marking the signal as arrived would run the handler inside this
    hook, which is Python code too, and have it dropped again). Once interrupted, other
    unraisable exceptions are not printed either."""

    def hook(unraisable: Any) -> object:
        if interruption(unraisable.exc_value) is not None:
            signal.setitimer(signal.ITIMER_REAL, _REDELIVER_AFTER_SECONDS)
            return None
        if HANDLER.code is not None:
            # After a Ctrl-C, an object it stopped half-built may fail in its __del__ (an
            # event loop interrupted in its __init__): that is no news to the user.
            return None
        return previous(unraisable)

    return hook


def interruption(error: BaseException | None) -> Interrupted | None:
    """The `Interrupted` (or `KeyboardInterrupt`) behind `error`, when Python wrapped the one a
    handler raised in another exception (a class being created wraps it in a RuntimeError)."""
    seen: list[BaseException] = []
    while error is not None and all(error is not s for s in seen):
        if isinstance(error, Interrupted):
            return error
        if isinstance(error, KeyboardInterrupt):
            return Interrupted(EXIT_ON_SIGNAL[signal.SIGINT])
        seen.append(error)
        error = error.__cause__ or error.__context__
    return None


def run(main: Callable[[], int]) -> NoReturn:
    """Run `main` (which imports the CLI) as the `sinch-voice` process, and exit."""
    handler = HANDLER
    for sig in (*EXIT_ON_SIGNAL, signal.SIGALRM):
        signal.signal(sig, handler)
    sys.unraisablehook = _redeliver_swallowed(sys.unraisablehook)
    code: int | None = None
    try:
        code = main()
    except SystemExit as ended:  # argparse's way out (--help, a usage error)
        code = ended.code if isinstance(ended.code, int) else 1 if ended.code else 0
    except BaseException as error:
        stopped = interruption(error)
        if stopped is None:
            raise
        code = stopped.code
        _say_interrupted()
    # From here on a signal waits (blocked); one whose handler was due runs inside this call.
    try:
        signal.pthread_sigmask(signal.SIG_BLOCK, {*EXIT_ON_SIGNAL, signal.SIGALRM})
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
    # One that comes after that check ends the process as the signal does by default (the
    # shell shows 130 or 143): never an exit 0 after a Ctrl-C, up to the exit call itself.
    for sig in EXIT_ON_SIGNAL:
        signal.signal(sig, signal.SIG_DFL)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, EXIT_ON_SIGNAL)
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
        from . import main as cli_main  # loaded once the handlers are in place

        return cli_main()

    run(cli)
