"""What every part of the CLI shares: the program's name, exit codes and its two exceptions."""

from __future__ import annotations

import signal

PROG = "sinch-voice"
OK, API_ERROR, USAGE_ERROR = 0, 1, 2
EXIT_ON_SIGNAL = {signal.SIGINT: 130, signal.SIGTERM: 143}  # 128 + the signal, as shells do
MOCK_EXTRA_HINT = "pip install 'sinch-voice-toolkit[mock]'"


class UsageError(Exception):
    """A mistake in how the command was called."""


class Interrupted(BaseException):
    """Ctrl-C or SIGTERM; `code` is the exit code for it."""

    def __init__(self, code: int) -> None:
        super().__init__(code)
        self.code = code


def _one_line(error: BaseException) -> str:
    return " ".join(str(error).split())
