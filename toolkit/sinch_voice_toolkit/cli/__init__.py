"""`sinch-voice`: every operation of the spec from a shell, as tables or JSON.

Exit codes: 0 success; 1 failed (an API or network error, or numbers a bulk run could not do);
2 a usage error (bad arguments, missing credentials, an invalid number, only invalid input:
nothing was sent); 3 some inputs of a bulk run were invalid and every valid one was done; 130
interrupted (Ctrl-C), 143 terminated (SIGTERM); 141 when the output was closed early
(`| head`), quietly, as coreutils do. Every error is one `sinch-voice: ...` line on stderr,
never a traceback (unless `--debug` asks for one), never a secret; text from files and servers
is escaped before it reaches the terminal. Bulk runs write their `--report` as they go, and on
Ctrl-C or SIGTERM.

The package: `_parser` builds the command tree (from the spec's command table, through
`_spec_commands`), `_commands` holds the handlers, `_io` reads numbers files and writes reports,
tables and JSON; this module runs a command and turns whatever went wrong into one line and an
exit code.
"""

from __future__ import annotations

# Only what every command needs is imported here; the client, logging, pathlib and the
# installed-metadata lookup behind --version load when used, so `--help` starts fast.
import os
import sys
from collections.abc import Sequence

from .._constants import CAPABILITIES
from .._environment import ENV_APPLICATION_KEY, ENV_APPLICATION_SECRET
from ._common import (
    API_ERROR,
    CLOSED_PIPE,
    PROG,
    USAGE_ERROR,
    Interrupted,
    UsageError,
    _one_line,
    _shown,
)
from ._console import interruption
from ._handlers import _show_retries
from ._parser import _parser
from ._signals import signals_as_interrupts

__all__ = ["CAPABILITIES", "_parser", "main"]


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code."""
    args = _parser().parse_args(argv)  # a usage error prints one line and exits 2
    if args.verbose:
        _show_retries()
    try:
        with signals_as_interrupts():
            code = int(args.run(args))
            sys.stdout.flush()  # a closed pipe shows here, not in the interpreter's exit
            return code
    except Interrupted as stop:
        return _fail("interrupted", stop.code)
    except BrokenPipeError:
        # The reader went away (`| head`): stop quietly, as coreutils do, and keep the
        # interpreter from complaining when it flushes stdout at exit.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return CLOSED_PIPE
    except UsageError as error:
        return _fail(str(error), USAGE_ERROR)
    except Exception as error:
        stopped = interruption(error)  # a Ctrl-C that Python wrapped in another exception
        if stopped is not None:
            return _fail("interrupted", stopped.code)
        if args.debug:
            import traceback

            traceback.print_exc()
        return _fail(*_classify(error))


def _classify(error: Exception) -> tuple[str, int]:
    from sinch_signing import CredentialsError

    from .._errors import InvalidRequestError, SinchError

    if isinstance(error, CredentialsError):
        where = f"--key/--secret or ${ENV_APPLICATION_KEY}/${ENV_APPLICATION_SECRET}"
        return f"{error} (check {where})", USAGE_ERROR
    if isinstance(error, InvalidRequestError):
        return _one_line(error), USAGE_ERROR
    if isinstance(error, SinchError):
        return _one_line(error), API_ERROR
    return f"unexpected {type(error).__name__}: {_one_line(error)}", API_ERROR


def _fail(message: str, code: int) -> int:
    print(f"{PROG}: {_shown(message, limit=1000)}", file=sys.stderr)
    return code
