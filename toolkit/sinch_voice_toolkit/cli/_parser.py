"""The command line's grammar: global options, and one command per operation of the spec."""

from __future__ import annotations

import argparse
import math
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, NoReturn

from .._constants import CAPABILITIES
from .._environment import ENV_APPLICATION_KEY, ENV_APPLICATION_SECRET, ENV_BASE_URL, ENV_REGION
from .._numbers import DEFAULT_CONCURRENCY
from .._packaged_spec import regions

if TYPE_CHECKING:
    pass

from . import _call_commands as calls
from ._bulk_commands import _numbers_assign, _numbers_unassign
from ._common import API_ERROR, OK, PARTIAL, PROG, USAGE_ERROR
from ._handlers import _callbacks_get, _callbacks_set, _generic, _numbers_list, _query
from ._spec_commands import add_commands


class _Parser(argparse.ArgumentParser):
    """argparse, with a usage error on one line (`sinch-voice: ...`) and exit code 2."""

    def error(self, message: str) -> NoReturn:
        command = self.prog.removeprefix(PROG).strip()
        where = f" {command}" if command else ""
        self.exit(USAGE_ERROR, f"{PROG}: {message} (see {PROG}{where} --help)\n")


class _Version(argparse.Action):
    """`--version`, read from the installed metadata only when asked for."""

    def __init__(self, option_strings: Sequence[str], dest: str, **kwargs: Any) -> None:
        super().__init__(option_strings, argparse.SUPPRESS, nargs=0, **kwargs)

    def __call__(self, parser: argparse.ArgumentParser, *args: Any, **kwargs: Any) -> None:
        from .._version import __version__

        print(f"{PROG} {__version__}")
        parser.exit()


def _positive(kind: Callable[[str], float]) -> Callable[[str], Any]:
    def parse(text: str) -> float:
        try:
            value = kind(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None
        if not (math.isfinite(value) and value > 0):
            raise argparse.ArgumentTypeError(f"{text!r} must be greater than 0")
        return value

    return parse


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog=PROG,
        description="Sinch Voice from the command line: numbers and callback URLs of your"
        " applications, callouts, calls and conferences.",
        epilog=f"Credentials: --key/--secret or ${ENV_APPLICATION_KEY}/${ENV_APPLICATION_SECRET}."
        f" Exit codes: {OK} ok; {API_ERROR} failed (an API or network error, or numbers a bulk"
        f" run could not do); {USAGE_ERROR} usage error (nothing was sent); {PARTIAL} some"
        " inputs invalid, the rest done; 130 interrupted; 143 terminated; 141 output closed"
        " (| head).",
    )
    parser.add_argument("--version", action=_Version, help="show the version and exit")
    _add_common(parser, suppress=False)
    commands = parser.add_subparsers(required=True, metavar="COMMAND", parser_class=_Parser)
    # One command per operation of the spec (its command table); these run a handler of ours.
    hand_written: dict[str, tuple[Callable[[argparse.Namespace], int], Callable[..., None]]] = {
        "getNumbers": (_numbers_list, _no_arguments),
        "updateNumbers": (_numbers_assign, _bulk_arguments),
        "unassignNumber": (_numbers_unassign, _bulk_arguments),
        "getCallbackUrls": (_callbacks_get, _application_argument),
        "updateCallbackUrls": (_callbacks_set, _set_arguments),
        "queryNumber": (_query, _number_argument),
        "callouts": (calls.callouts_tts, calls.tts_arguments),
        "updateCall": (calls.calls_hangup, calls.call_id_argument),
        "manageCallWithCallLeg": (calls.calls_say, calls.say_arguments),
    }
    add_commands(commands, _leaf, hand_written, _generic)
    return parser


def _no_arguments(command: argparse.ArgumentParser) -> None:
    pass


def _bulk_arguments(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "numbers", nargs="*", metavar="NUMBER", help="E.164 numbers, e.g. +14155550100"
    )
    command.add_argument(
        "--from-file", metavar="FILE",
        help="read numbers from FILE, one per line, # comments allowed ('-': stdin)",
    )  # fmt: skip
    command.add_argument(
        "--application", metavar="APPKEY", help="default: the application of --key"
    )
    command.add_argument("--capability", choices=CAPABILITIES)
    command.add_argument(
        "--concurrency", type=_positive(int), default=DEFAULT_CONCURRENCY,
        help=f"requests in flight (default {DEFAULT_CONCURRENCY})",
    )  # fmt: skip
    command.add_argument(
        "--report", metavar="FILE", help="write the full report to FILE as JSON, as it runs"
    )
    command.add_argument(
        "--resume", metavar="REPORT",
        help="continue the run a --report file recorded: only its failed and pending numbers"
        " are sent, with its application and capability; the report is updated in place"
        " unless --report names another file",
    )  # fmt: skip
    command.add_argument(
        "--progress", action=argparse.BooleanOptionalAction, default=None,
        help="show a progress bar (default: when stderr is a terminal)",
    )  # fmt: skip


def _application_argument(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "applicationkey", nargs="?", metavar="APPKEY", help="default: the application of --key"
    )


def _set_arguments(command: argparse.ArgumentParser) -> None:
    _application_argument(command)
    # http(s) only: voice.applications.update_callback_urls refuses anything else before sending.
    command.add_argument("--primary", metavar="URL")
    command.add_argument("--fallback", metavar="URL")


def _number_argument(command: argparse.ArgumentParser) -> None:
    command.add_argument("number", metavar="NUMBER")


def _leaf(
    group: argparse._SubParsersAction[_Parser],
    name: str,
    help_text: str,
    run: Callable[[argparse.Namespace], int],
) -> argparse.ArgumentParser:
    command = group.add_parser(name, help=help_text, description=help_text)
    _add_common(command, suppress=True)  # so options may follow the command too
    command.set_defaults(run=run)
    return command


def _add_common(parser: argparse.ArgumentParser, *, suppress: bool) -> None:
    def default(value: Any) -> Any:
        # On a subcommand, an option not given must not overwrite the one given before it.
        return argparse.SUPPRESS if suppress else value

    parser.add_argument(
        "--key", default=default(None), help=f"application key (default ${ENV_APPLICATION_KEY})"
    )
    parser.add_argument(
        "--secret",
        default=default(None),
        help=f"application secret (default ${ENV_APPLICATION_SECRET}; prefer it)",
    )
    parser.add_argument(
        # Checked by connect(): one rule for the option, $SINCH_VOICE_BASE_URL and the library.
        "--base-url", default=default(None),
        help=f"API base URL (default ${ENV_BASE_URL}, then https://callingapi.sinch.com)",
    )  # fmt: skip
    parser.add_argument(
        # Checked by connect() too; the choices come from the spec's calling servers.
        "--region", default=default(None), metavar="REGION",
        help=f"send calls to a region's own host: {', '.join(regions())} (default"
        f" ${ENV_REGION}, then Sinch's global calling host; ignored with --base-url)",
    )  # fmt: skip
    parser.add_argument(
        "--basic", action="store_true", default=default(False), help="Basic instead of signed"
    )
    parser.add_argument(
        "--mock", action="store_true", default=default(False), help="start and use a local mock"
    )
    parser.add_argument("--json", action="store_true", default=default(False), help="print JSON")
    parser.add_argument(
        "--timeout", type=_positive(float), default=default(None),
        help="seconds for each phase of a request (connect, read, write)",
    )  # fmt: skip
    parser.add_argument(
        "--verbose", "-v", action="store_true", default=default(False),
        help="show each attempt (status, milliseconds, retries) as it happens",
    )  # fmt: skip
    parser.add_argument(
        "--debug", action="store_true", default=default(False),
        help="on an unexpected error, print its traceback (for a bug report)",
    )  # fmt: skip
