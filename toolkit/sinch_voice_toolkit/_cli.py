"""`sinch-voice`: the six operations from a shell, as tables or JSON.

Exit codes: 0 success; 1 an API or network error (Sinch's errorCode and message are printed);
2 a usage error (bad arguments, missing credentials, only invalid input). Errors are one line on
stderr, never a traceback, never a secret.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import Any, TextIO

from sinch_signing import CredentialsError
from sinch_voice.api.callbacks import get_callback_urls, update_callback_urls
from sinch_voice.api.numbers import get_numbers, unassign_number
from sinch_voice.api.query import query_number
from sinch_voice.client import Client
from sinch_voice.models import (
    CallbackConfiguration,
    CallbackUrls,
    ConfiguredCallbackUrls,
    OwnedNumberList,
    QueryNumberResponse,
    UnassignNumberRequest,
    UpdateCallbackUrlsRequest,
)
from sinch_voice.models.capability import CAPABILITY_VALUES
from sinch_voice.types import UNSET, Unset

from ._bulk import DEFAULT_CONCURRENCY, BulkReport, assign_numbers
from ._connect import (
    DEFAULT_TIMEOUT,
    ENV_APPLICATION_KEY,
    ENV_APPLICATION_SECRET,
    AuthKind,
    connect,
)
from ._errors import SinchApiError, SinchError

OK, API_ERROR, USAGE_ERROR = 0, 1, 2
PROGRESS_WIDTH = 30


class UsageError(Exception):
    """A mistake in how the command was called."""


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code."""
    parser = _parser()
    args = parser.parse_args(argv)  # exits 2 on a usage error, as argparse does
    # Retries are announced by stamina on its logger; the command reports outcomes instead.
    logging.getLogger("stamina").setLevel(logging.ERROR)
    try:
        with _client(args) as client:
            return int(args.run(client, args))
    except UsageError as error:
        print(f"sinch-voice: {error}", file=sys.stderr)
        return USAGE_ERROR
    except CredentialsError as error:
        print(f"sinch-voice: {error}", file=sys.stderr)
        return USAGE_ERROR
    except SinchError as error:
        print(f"sinch-voice: {_one_line(error)}", file=sys.stderr)
        return API_ERROR
    except KeyboardInterrupt:
        print("sinch-voice: interrupted", file=sys.stderr)
        return API_ERROR


@contextmanager
def _client(args: argparse.Namespace) -> Iterator[Client]:
    with ExitStack() as stack:
        key, secret, base_url = args.key, args.secret, args.base_url
        if args.mock:
            from sinch_voice_mock import DEMO_APPLICATION_KEY, DEMO_APPLICATION_SECRET, MockServer

            mock = stack.enter_context(MockServer())
            key, secret, base_url = (
                key or DEMO_APPLICATION_KEY,
                secret or DEMO_APPLICATION_SECRET,
                mock.url,
            )
            print(f"(using a local mock at {mock.url})", file=sys.stderr)
        auth: AuthKind = "basic" if args.basic else "signed"
        timeout = args.timeout if args.timeout is not None else DEFAULT_TIMEOUT
        client = connect(key, secret, auth=auth, base_url=base_url, timeout=timeout)
        yield stack.enter_context(client)


def _one_line(error: SinchError) -> str:
    if isinstance(error, SinchApiError) and error.error_code is not None:
        reference = f" [reference {error.reference}]" if error.reference else ""
        return f"error {error.error_code}: {error.message or error.body.strip()}{reference}"
    return " ".join(str(error).split())


# -- commands -----------------------------------------------------------------------------------


def _numbers_list(client: Client, args: argparse.Namespace) -> int:
    listed = get_numbers.sync(client=client)
    assert isinstance(listed, OwnedNumberList)
    rows = [item.to_dict() for item in listed.numbers or []]
    if args.json:
        _print_json(rows)
    else:
        _print_table(["number", "capability", "applicationkey"], rows)
    return OK


def _numbers_assign(client: Client, args: argparse.Namespace) -> int:
    numbers = list(args.numbers)
    if args.from_file:
        numbers += _read_numbers(args.from_file)
    if not numbers:
        raise UsageError("give numbers to assign, or --from-file FILE")
    show_progress = args.progress if args.progress is not None else sys.stderr.isatty()
    report = BulkReport()
    progress = _progress_bar(len(set(numbers)), sys.stderr) if show_progress else None
    try:
        asyncio.run(
            assign_numbers(
                client,
                numbers,
                application_key=args.application,
                capability=args.capability,
                concurrency=args.concurrency,
                report=report,
                on_progress=progress,
            )
        )
    finally:  # an interrupted run still tells what it did
        if progress is not None:
            print(file=sys.stderr)
        if args.report:
            Path(args.report).write_text(json.dumps(report.to_dict(), indent=2) + "\n")
    if args.json:
        _print_json(report.to_dict())
    else:
        print(report.summary())
        for number, reason in report.invalid.items():
            print(f"  invalid  {number!r}: {reason}")
        for number, error in report.failed.items():
            print(f"  failed   {number}: {_one_line(error)}")
    if report.failed:
        return API_ERROR
    return USAGE_ERROR if report.invalid else OK


def _numbers_unassign(client: Client, args: argparse.Namespace) -> int:
    body = UnassignNumberRequest(
        number=args.number,
        applicationkey=args.application if args.application else UNSET,
        capability=args.capability or UNSET,
    )
    unassign_number.sync_detailed(client=client, body=body)
    if args.json:
        _print_json({"unassigned": args.number})
    else:
        print(f"unassigned {args.number}")
    return OK


def _callbacks_get(client: Client, args: argparse.Namespace) -> int:
    configured = get_callback_urls.sync(args.applicationkey, client=client)
    assert isinstance(configured, CallbackConfiguration)
    urls = configured.url.to_dict() if isinstance(configured.url, ConfiguredCallbackUrls) else {}
    if args.json:
        _print_json(urls)
    else:
        _print_table(["which", "url"], [{"which": k, "url": v} for k, v in urls.items()])
    return OK


def _callbacks_set(client: Client, args: argparse.Namespace) -> int:
    if args.primary is None and args.fallback is None:
        raise UsageError("give --primary URL, --fallback URL or both")
    urls = CallbackUrls(
        primary=args.primary if args.primary is not None else UNSET,
        fallback=args.fallback if args.fallback is not None else UNSET,
    )
    body = UpdateCallbackUrlsRequest(url=urls)
    update_callback_urls.sync_detailed(args.applicationkey, client=client, body=body)
    if args.json:
        _print_json(urls.to_dict())
    else:
        print(f"callback URLs of {args.applicationkey} set: {urls.to_dict()}")
    return OK


def _query(client: Client, args: argparse.Namespace) -> int:
    answer = query_number.sync(args.number, client=client)
    assert isinstance(answer, QueryNumberResponse)
    item = answer.number_item if isinstance(answer.number, Unset) else answer.number
    info = {} if isinstance(item, Unset) else item.to_dict()
    if args.json:
        _print_json(info)
    else:
        rate = info.get("rate", {})
        row = {**info, "rate": f"{rate.get('amount')} {rate.get('currencyId') or ''}".strip()}
        _print_table(["normalizedNumber", "countryId", "numberType", "restricted", "rate"], [row])
    return OK


# -- output -------------------------------------------------------------------------------------


def _print_json(data: Any) -> None:
    print(json.dumps(data, indent=2))


def _print_table(columns: list[str], rows: list[dict[str, Any]]) -> None:
    cells = [[_cell(row.get(c)) for c in columns] for row in rows]
    widths = [max([len(c), *(len(r[i]) for r in cells)]) for i, c in enumerate(columns)]
    print("  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True)).rstrip())
    for row in cells:
        print("  ".join(v.ljust(w) for v, w in zip(row, widths, strict=True)).rstrip())


def _cell(value: Any) -> str:
    return "-" if value is None or value is UNSET else str(value)


def _progress_bar(total: int, out: TextIO) -> Callable[[BulkReport], None]:
    def show(report: BulkReport) -> None:
        finished = len(report.done) + len(report.failed)
        filled = PROGRESS_WIDTH * finished // max(total, 1)
        bar = "#" * filled + "-" * (PROGRESS_WIDTH - filled)
        out.write(f"\r[{bar}] {finished}/{total} ({len(report.failed)} failed)")
        out.flush()

    return show


def _read_numbers(path: str) -> list[str]:
    """One number per line; blank lines and `#` comments are skipped."""
    try:
        lines = (sys.stdin if path == "-" else open(path, encoding="utf-8")).read().splitlines()  # noqa: SIM115
    except OSError as error:
        raise UsageError(f"cannot read {path}: {error.strerror}") from None
    return [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]


# -- arguments ----------------------------------------------------------------------------------


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="sinch-voice",
        description="Manage Sinch Voice application numbers and callback URLs.",
        epilog=f"Credentials: --key/--secret or ${ENV_APPLICATION_KEY}/${ENV_APPLICATION_SECRET}.",
    )
    _add_common(parser, suppress=False)
    commands = parser.add_subparsers(required=True, metavar="COMMAND")

    numbers = commands.add_parser(
        "numbers", help="list, assign and un-assign numbers"
    ).add_subparsers(required=True, metavar="ACTION")
    _leaf(numbers, "list", "list the numbers you own", _numbers_list)
    assign = _leaf(numbers, "assign", "assign numbers to an application", _numbers_assign)
    assign.add_argument(
        "numbers", nargs="*", metavar="NUMBER", help="E.164 numbers, e.g. +14155550100"
    )
    assign.add_argument(
        "--from-file", metavar="FILE", help="read numbers from FILE, one per line ('-': stdin)"
    )
    assign.add_argument(
        "--concurrency", type=int, default=DEFAULT_CONCURRENCY, help="requests in flight"
    )
    assign.add_argument("--report", metavar="FILE", help="write the full report to FILE as JSON")
    assign.add_argument(
        "--progress", action=argparse.BooleanOptionalAction, default=None,
        help="show a progress bar (default: when stderr is a terminal)",
    )  # fmt: skip
    unassign = _leaf(numbers, "unassign", "un-assign a number", _numbers_unassign)
    unassign.add_argument("number", metavar="NUMBER")
    for command in (assign, unassign):
        command.add_argument(
            "--application", metavar="APPKEY", help="default: the application of --key"
        )
        command.add_argument("--capability", choices=sorted(CAPABILITY_VALUES))

    callbacks = commands.add_parser("callbacks", help="read and set callback URLs").add_subparsers(
        required=True, metavar="ACTION"
    )
    get = _leaf(callbacks, "get", "show an application's callback URLs", _callbacks_get)
    get.add_argument("applicationkey", metavar="APPKEY")
    set_ = _leaf(callbacks, "set", "set an application's callback URLs", _callbacks_set)
    set_.add_argument("applicationkey", metavar="APPKEY")
    set_.add_argument("--primary", metavar="URL")
    set_.add_argument("--fallback", metavar="URL")

    query = _leaf(commands, "query", "look a number up", _query)
    query.add_argument("number", metavar="NUMBER")
    return parser


def _leaf(
    group: argparse._SubParsersAction[argparse.ArgumentParser],
    name: str,
    help_text: str,
    run: Callable[[Client, argparse.Namespace], int],
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
        "--base-url", default=default(None), help="API base URL (default $SINCH_VOICE_BASE_URL)"
    )
    parser.add_argument(
        "--basic", action="store_true", default=default(False), help="Basic instead of signed"
    )
    parser.add_argument(
        "--mock", action="store_true", default=default(False), help="start and use a local mock"
    )
    parser.add_argument("--json", action="store_true", default=default(False), help="print JSON")
    parser.add_argument(
        "--timeout", type=float, default=default(None), help="seconds per request phase"
    )
