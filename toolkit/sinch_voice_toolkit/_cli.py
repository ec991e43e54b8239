"""`sinch-voice`: the six operations from a shell, as tables or JSON.

Exit codes: 0 success; 1 an API or network error; 2 a usage error (bad arguments, missing
credentials, an invalid number, only invalid input); 130 interrupted (Ctrl-C), 143 terminated
(SIGTERM). Every error is one `sinch-voice: ...` line on stderr, never a traceback, never a
secret. Bulk runs write their `--report` as they go, and on Ctrl-C or SIGTERM.
"""

from __future__ import annotations

# Only what every command needs is imported here; the client, logging, pathlib and the
# installed-metadata lookup behind --version load when used, so `--help` starts fast.
import argparse
import json
import math
import os
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import ExitStack, contextmanager
from typing import TYPE_CHECKING, Any, NoReturn, TextIO

from ._cli_spec import BadArgument, add_commands, call, plain, rows
from ._constants import CAPABILITIES
from ._environment import ENV_APPLICATION_KEY, ENV_APPLICATION_SECRET, ENV_BASE_URL
from ._numbers import DEFAULT_CONCURRENCY, e164_problem

if TYPE_CHECKING:
    from ._bulk import BulkReport
    from ._client import VoiceClient
    from ._command_table import Command
    from ._connect import AuthKind

PROG = "sinch-voice"
OK, API_ERROR, USAGE_ERROR = 0, 1, 2
EXIT_ON_SIGNAL = {signal.SIGINT: 130, signal.SIGTERM: 143}  # 128 + the signal, as shells do
PROGRESS_WIDTH = 30
REPORT_EVERY_SECONDS = 0.5  # how often a running bulk command rewrites its --report file
MOCK_EXTRA_HINT = "pip install 'sinch-voice-toolkit[mock]'"


class UsageError(Exception):
    """A mistake in how the command was called."""


class Interrupted(BaseException):
    """Ctrl-C or SIGTERM; `code` is the exit code for it."""

    def __init__(self, code: int) -> None:
        super().__init__(code)
        self.code = code


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code."""
    args = _parser().parse_args(argv)  # a usage error prints one line and exits 2
    if args.verbose:
        _show_retries()
    try:
        with _signals_as_interrupts():
            code = int(args.run(args))
            sys.stdout.flush()  # a closed pipe shows here, not in the interpreter's exit
            return code
    except Interrupted as stop:
        return _fail("interrupted", stop.code)
    except BrokenPipeError:
        # The reader went away (`| head`): say so once, on stderr, and stop writing stdout.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return _fail("output closed before everything was written", API_ERROR)
    except UsageError as error:
        return _fail(str(error), USAGE_ERROR)
    except Exception as error:
        if args.verbose:
            import traceback

            traceback.print_exc()
        return _fail(*_classify(error))


def _classify(error: Exception) -> tuple[str, int]:
    from sinch_signing import CredentialsError

    from ._errors import InvalidRequestError, SinchError

    if isinstance(error, CredentialsError):
        where = f"--key/--secret or ${ENV_APPLICATION_KEY}/${ENV_APPLICATION_SECRET}"
        return f"{error} (check {where})", USAGE_ERROR
    if isinstance(error, InvalidRequestError):
        return _one_line(error), USAGE_ERROR
    if isinstance(error, SinchError):
        return _one_line(error), API_ERROR
    return f"unexpected {type(error).__name__}: {_one_line(error)}", API_ERROR


def _fail(message: str, code: int) -> int:
    print(f"{PROG}: {message}", file=sys.stderr)
    return code


def _one_line(error: BaseException) -> str:
    return " ".join(str(error).split())


@contextmanager
def _signals_as_interrupts() -> Iterator[None]:
    """Ctrl-C and SIGTERM stop the command the same way: summary, report, exit 130/143."""

    def interrupt(signum: int, frame: object) -> NoReturn:
        raise Interrupted(EXIT_ON_SIGNAL[signal.Signals(signum)])

    in_main_thread = threading.current_thread() is threading.main_thread()
    previous = {sig: signal.signal(sig, interrupt) for sig in EXIT_ON_SIGNAL if in_main_thread}
    try:
        yield
    except KeyboardInterrupt:  # raised by asyncio.run, which handles SIGINT itself
        raise Interrupted(EXIT_ON_SIGNAL[signal.SIGINT]) from None
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


def _show_retries() -> None:
    import logging

    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter(f"{PROG}: %(message)s"))
    logger = logging.getLogger("sinch_voice_toolkit")
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)


@contextmanager
def _voice(args: argparse.Namespace) -> Iterator[VoiceClient]:
    """The client the options describe, or one on a throw-away local mock with --mock."""
    from ._client import VoiceClient

    key, secret, base_url = args.key, args.secret, args.base_url
    with ExitStack() as stack:
        if args.mock:
            try:
                from sinch_voice_mock import (
                    DEMO_APPLICATION_KEY,
                    DEMO_APPLICATION_SECRET,
                    MockServer,
                )
            except ImportError as error:
                raise UsageError(
                    f"--mock needs the mock extra ({error.name} is missing): {MOCK_EXTRA_HINT}"
                ) from None
            mock = stack.enter_context(MockServer())
            key, secret = key or DEMO_APPLICATION_KEY, secret or DEMO_APPLICATION_SECRET
            base_url = mock.url
            print(f"(using a local mock at {mock.url})", file=sys.stderr)
        for value, option, variable in (
            (key, "--key", ENV_APPLICATION_KEY),
            (secret, "--secret", ENV_APPLICATION_SECRET),
        ):
            if not (value or os.environ.get(variable)):
                raise UsageError(
                    f"no application {option[2:]}: give {option} or set ${variable}"
                    " (or try --mock, a local stand-in that needs none)"
                )
        timeout = {"timeout": args.timeout} if args.timeout is not None else {}
        auth: AuthKind = "basic" if args.basic else "signed"
        try:
            voice = VoiceClient(key, secret, auth=auth, base_url=base_url, **timeout)
        except ValueError as error:
            if type(error) is ValueError:  # a bad base URL; CredentialsError is handled in main
                raise UsageError(_one_line(error)) from None
            raise
        yield stack.enter_context(voice)


# -- commands -----------------------------------------------------------------------------------


def _numbers_list(args: argparse.Namespace) -> int:
    with _voice(args) as voice:
        rows = [owned.to_dict() for owned in voice.get_numbers()]
    if args.json:
        _print_json(rows)
    else:
        _print_table(["number", "capability", "applicationkey"], rows)
    return OK


def _numbers_assign(args: argparse.Namespace) -> int:
    return _bulk(args, "assign")


def _numbers_unassign(args: argparse.Namespace) -> int:
    return _bulk(args, "unassign")


def _bulk(args: argparse.Namespace, direction: str) -> int:
    from ._bulk import BulkReport

    numbers = [_e164(number) for number in args.numbers]
    if args.from_file:
        numbers += _read_numbers(args.from_file)
    if not numbers:
        raise UsageError(f"give numbers to {direction}, or --from-file FILE")
    report = BulkReport()
    report_file = _ReportFile(args.report) if args.report else None  # fails before any request
    show = args.progress if args.progress is not None else sys.stderr.isatty()
    progress = _Progress(len(set(numbers)), sys.stderr) if show else None

    def on_progress(current: BulkReport) -> None:
        if progress is not None:
            progress.show(current)
        if report_file is not None:
            report_file.write(current, final=False)

    stopped: Interrupted | None = None
    try:
        with _voice(args) as voice:
            run = voice.assign_many if direction == "assign" else voice.unassign_many
            run(
                numbers,
                application_key=args.application,
                capability=args.capability,
                concurrency=args.concurrency,
                report=report,
                on_progress=on_progress,
            )
    except KeyboardInterrupt:  # asyncio.run's answer to Ctrl-C, after the run was cancelled
        stopped = Interrupted(EXIT_ON_SIGNAL[signal.SIGINT])
    except Interrupted as stop:
        stopped = stop
    finally:  # an interrupted run still tells what it did
        if progress is not None:
            progress.finish(report)
        if report_file is not None:
            report_file.write(report, final=True)
    _print_report(args, report)
    if stopped is not None:
        raise stopped
    if report.failed:
        return API_ERROR
    return USAGE_ERROR if report.invalid else OK


def _print_report(args: argparse.Namespace, report: BulkReport) -> None:
    if args.json:
        _print_json(report.to_dict())
        return
    print(report.summary())
    for number, reason in report.invalid.items():
        print(f"  invalid  {number!r}: {reason}")
    for number, error in report.failed.items():
        print(f"  failed   {number}: {_one_line(error)}")
    for number in report.pending:
        print(f"  pending  {number}")


def _callbacks_get(args: argparse.Namespace) -> int:
    with _voice(args) as voice:
        application = args.applicationkey or voice.application_key
        urls = voice.get_callback_urls(application)
    data = {"primary": urls.primary, "fallback": urls.fallback}
    if args.json:
        _print_json(data)
    else:
        print(f"callback URLs of application {application}:")
        for which, url in data.items():
            print(f"  {which:<8}  {url or '(not set)'}")
    return OK


def _callbacks_set(args: argparse.Namespace) -> int:
    if args.primary is None and args.fallback is None:
        raise UsageError("give --primary URL, --fallback URL or both")
    with _voice(args) as voice:
        application = args.applicationkey or voice.application_key
        voice.update_callback_urls(
            primary=args.primary, fallback=args.fallback, application_key=application
        )
    data = {"primary": args.primary, "fallback": args.fallback}
    if args.json:
        _print_json({k: v for k, v in data.items() if v is not None})
    else:
        print(f"callback URLs of application {application} set:")
        for which, url in data.items():
            print(f"  {which:<8}  {url or '(unchanged)'}")
    return OK


def _query(args: argparse.Namespace) -> int:
    number = args.number
    if not number.startswith("+"):  # the same first check as assign and unassign
        _e164(number)
    with _voice(args) as voice:
        info = voice.query_number(number).to_dict()
    if args.json:
        _print_json(info)
    else:
        rate = info.get("rate") or {}
        row = {**info, "rate": f"{rate.get('amount', '')} {rate.get('currencyId') or ''}".strip()}
        _print_table(["normalizedNumber", "countryId", "numberType", "restricted", "rate"], [row])
    return OK


def _e164(number: str) -> str:
    problem = e164_problem(number)
    if problem is not None:
        raise UsageError(f"{number!r} is {problem}")
    return number


# -- files and output ---------------------------------------------------------------------------


class _ReportFile:
    """The --report file, rewritten whole (write, then rename) as the run goes."""

    def __init__(self, path: str) -> None:
        from pathlib import Path

        self.path = Path(path)
        self._written_at = -math.inf
        try:  # create it now: an unwritable path is a usage error before any request
            self.path.write_text(json.dumps({"running": True}) + "\n")
        except OSError as error:
            raise UsageError(f"cannot write --report {path}: {error.strerror}") from None

    def write(self, report: BulkReport, *, final: bool) -> None:
        now = time.monotonic()
        if not final and now - self._written_at < REPORT_EVERY_SECONDS:
            return
        self._written_at = now
        partial = self.path.with_name(self.path.name + ".partial")
        partial.write_text(json.dumps(report.to_dict(), indent=2) + "\n")
        partial.replace(self.path)


class _Progress:
    def __init__(self, total: int, out: TextIO) -> None:
        self.total = total
        self.out = out

    def show(self, report: BulkReport) -> None:
        finished = len(report.done) + len(report.failed) + len(report.invalid)
        filled = PROGRESS_WIDTH * finished // max(self.total, 1)
        bar = "#" * filled + "-" * (PROGRESS_WIDTH - filled)
        self.out.write(f"\r[{bar}] {finished}/{self.total} ({len(report.failed)} failed)")
        self.out.flush()

    def finish(self, report: BulkReport) -> None:
        self.show(report)
        self.out.write("\n")


def _read_numbers(path: str) -> list[str]:
    """One number per line; blank lines and `#` comments (whole-line or trailing) are skipped.

    UTF-8 (with or without a byte-order mark) and UTF-16 (with one, as Windows tools write it)
    are read.
    """
    try:
        if path == "-":
            raw = sys.stdin.buffer.read()
        else:
            with open(path, "rb") as numbers_file:
                raw = numbers_file.read()
    except OSError as error:
        raise UsageError(f"cannot read {path}: {error.strerror}") from None
    text = _decode(raw, path)
    numbers = []
    for line in text.splitlines():
        number = line.split("#", 1)[0].strip()
        if number:
            numbers.append(number)
    return numbers


def _decode(raw: bytes, path: str) -> str:
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        encoding = "utf-16"
    elif raw[:2].count(0) == 1:  # UTF-16 without a byte-order mark: every other byte is 0
        encoding = "utf-16-le" if raw[1] == 0 else "utf-16-be"
    else:
        encoding = "utf-8-sig"
    try:
        return raw.decode(encoding)
    except UnicodeDecodeError:
        raise UsageError(f"{path} is not UTF-8 or UTF-16 text") from None


def _print_json(data: Any) -> None:
    print(json.dumps(data, indent=2))


def _print_table(columns: list[str], rows: list[dict[str, Any]]) -> None:
    cells = [[_cell(row.get(c)) for c in columns] for row in rows]
    widths = [max([len(c), *(len(r[i]) for r in cells)]) for i, c in enumerate(columns)]
    print("  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True)).rstrip())
    for row in cells:
        print("  ".join(v.ljust(w) for v, w in zip(row, widths, strict=True)).rstrip())


def _cell(value: Any) -> str:
    return "-" if value is None or value == "" else str(value)


# -- arguments ----------------------------------------------------------------------------------


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
        from ._version import __version__

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
        description="Manage Sinch Voice application numbers and callback URLs.",
        epilog=f"Credentials: --key/--secret or ${ENV_APPLICATION_KEY}/${ENV_APPLICATION_SECRET}."
        " Exit codes: 0 ok, 1 API or network error, 2 usage error, 130 interrupted.",
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
        "--progress", action=argparse.BooleanOptionalAction, default=None,
        help="show a progress bar (default: when stderr is a terminal)",
    )  # fmt: skip


def _application_argument(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "applicationkey", nargs="?", metavar="APPKEY", help="default: the application of --key"
    )


def _set_arguments(command: argparse.ArgumentParser) -> None:
    _application_argument(command)
    # http(s) only: VoiceClient.update_callback_urls refuses anything else before sending.
    command.add_argument("--primary", metavar="URL")
    command.add_argument("--fallback", metavar="URL")


def _number_argument(command: argparse.ArgumentParser) -> None:
    command.add_argument("number", metavar="NUMBER")


def _generic(command: Command) -> Callable[[argparse.Namespace], int]:
    """The handler of a command the spec does not mark hand-written: call its facade method
    and print the answer (its `to_dict()` as JSON with --json, else a table)."""

    def run(args: argparse.Namespace) -> int:
        with _voice(args) as voice:
            try:
                answer = call(voice, command, args)
            except BadArgument as error:
                raise UsageError(str(error)) from None
        data = plain(answer)
        if args.json:
            _print_json(data)
        elif data is None:
            print("done")
        else:
            table = list(rows(data))
            columns = list(dict.fromkeys(key for row in table for key in row))
            _print_table(columns, table)
        return OK

    return run


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
        help="show retries as they happen",
    )  # fmt: skip


if __name__ == "__main__":
    sys.exit(main())
