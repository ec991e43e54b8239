"""Ctrl-C and SIGTERM while a command runs: they stop it, and are never swallowed.

Outside an event loop, `signals_as_interrupts` turns either signal into `Interrupted`, which
the command turns into its summary, its report and exit 130 or 143. Inside the event loop of a
bulk run that would be wrong: a handler runs between any two bytecodes, and an exception raised
inside one of asyncio's callbacks (a socket write) is logged and dropped, so the run went on and
ended with exit 0. While the loop runs, `RunInterrupts.cancelling` hands Ctrl-C to asyncio
itself (`asyncio.Runner` cancels the run at its next `await`, lets it settle what was in flight,
and raises `KeyboardInterrupt`), and forwards SIGTERM to it as a Ctrl-C. The process around the
command (`.._console`) covers its start and its end.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

from ._console import EXIT_ON_SIGNAL, HANDLER, Interrupted

__all__ = ["HANDLER", "RunInterrupts", "signals_as_interrupts", "signals_held"]


@contextmanager
def signals_as_interrupts() -> Iterator[None]:
    """Ctrl-C and SIGTERM stop the command the same way: summary, report, exit 130/143."""

    with _handlers({sig: HANDLER for sig in EXIT_ON_SIGNAL}):
        try:
            yield
        except KeyboardInterrupt:  # from a Ctrl-C that asyncio handled (see RunInterrupts)
            HANDLER.record(EXIT_ON_SIGNAL[signal.SIGINT])
            raise Interrupted(EXIT_ON_SIGNAL[signal.SIGINT]) from None


class RunInterrupts:
    """The signals of one bulk run; `code` is the exit code for the one that stopped it."""

    def __init__(self) -> None:
        self.code = EXIT_ON_SIGNAL[signal.SIGINT]

    @contextmanager
    def cancelling(self) -> Iterator[None]:
        """While the run's event loop runs: Ctrl-C is asyncio's, SIGTERM becomes a Ctrl-C."""

        def terminate(signum: int, frame: FrameType | None) -> None:
            self.code = EXIT_ON_SIGNAL[signal.SIGTERM]
            signal.raise_signal(signal.SIGINT)  # cancels the run, as Ctrl-C does

        with _handlers({signal.SIGINT: signal.default_int_handler, signal.SIGTERM: terminate}):
            yield


@contextmanager
def signals_held() -> Iterator[None]:
    """Finish what is inside (writing a report) whole; a signal that comes meanwhile is
    answered when it ends."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    signal.pthread_sigmask(signal.SIG_BLOCK, EXIT_ON_SIGNAL)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_UNBLOCK, EXIT_ON_SIGNAL)


@contextmanager
def _handlers(handlers: dict[signal.Signals, signal._HANDLER]) -> Iterator[None]:
    """Install `handlers` for the block (in the main thread: elsewhere, signals are not ours)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = {sig: signal.signal(sig, handler) for sig, handler in handlers.items()}
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
