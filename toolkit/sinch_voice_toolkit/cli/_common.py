"""What every part of the CLI shares: the program's name, exit codes and its two exceptions."""

from __future__ import annotations

import signal

from ._console import EXIT_ON_SIGNAL, PROG, Interrupted

OK, API_ERROR, USAGE_ERROR = 0, 1, 2
PARTIAL = 3  # a bulk run: some inputs were invalid (never sent), every valid one was done
CLOSED_PIPE = 128 + signal.SIGPIPE  # what a shell shows for a coreutils tool killed by it
MOCK_EXTRA_HINT = "pip install 'sinch-voice-toolkit[mock]'"

__all__ = ["EXIT_ON_SIGNAL", "PROG", "Interrupted", "UsageError"]


class UsageError(Exception):
    """A mistake in how the command was called."""


def _one_line(error: BaseException) -> str:
    return " ".join(str(error).split())


def _shown(text: str, limit: int = 120) -> str:
    """Text from a file or a server, safe for a terminal: control characters (escape
    sequences included) written as escapes, and cut to `limit` characters."""
    from .._redaction import printable

    return printable(text if len(text) <= limit else text[: limit - 1] + "…")
