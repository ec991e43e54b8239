"""The handlers of the commands: hand-written ones by operation, and the generic one."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from typing import TYPE_CHECKING

from .._environment import ENV_APPLICATION_KEY, ENV_APPLICATION_SECRET
from .._numbers import e164_problem

if TYPE_CHECKING:
    from ..facade._client import VoiceClient
    from ..transport._connect import AuthKind
    from ._command_table import Command

from ._common import (
    MOCK_EXTRA_HINT,
    OK,
    PROG,
    UsageError,
    _one_line,
    _shown,
)
from ._io import _print_json, _print_table
from ._spec_commands import BadArgument, call, plain, rows


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
    from ..facade._client import VoiceClient

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
            voice = VoiceClient(
                key, secret, auth=auth, base_url=base_url, region=args.region, **timeout
            )
        except ValueError as error:
            # A bad base URL or region; CredentialsError is handled in main.
            if type(error) is ValueError:
                raise UsageError(_one_line(error)) from None
            raise
        yield stack.enter_context(voice)


# -- commands -----------------------------------------------------------------------------------


def _numbers_list(args: argparse.Namespace) -> int:
    with _voice(args) as voice:
        rows = [owned.to_dict() for owned in voice.applications.get_numbers()]
    if args.json:
        _print_json(rows)
    else:
        _print_table(["number", "capability", "applicationkey"], rows)
    return OK


def _callbacks_get(args: argparse.Namespace) -> int:
    with _voice(args) as voice:
        application = args.applicationkey or voice.application_key
        urls = voice.applications.get_callback_urls(application)
    data = {"primary": urls.primary, "fallback": urls.fallback}
    if args.json:
        _print_json(data)
    else:
        print(f"callback URLs of application {_shown(application)}:")
        for which, url in data.items():
            print(f"  {which:<8}  {_shown(url, limit=2000) if url else '(not set)'}")
    return OK


def _callbacks_set(args: argparse.Namespace) -> int:
    if args.primary is None and args.fallback is None:
        raise UsageError("give --primary URL, --fallback URL or both")
    with _voice(args) as voice:
        application = args.applicationkey or voice.application_key
        voice.applications.update_callback_urls(
            primary=args.primary, fallback=args.fallback, application_key=application
        )
    data = {"primary": args.primary, "fallback": args.fallback}
    if args.json:
        _print_json({k: v for k, v in data.items() if v is not None})
    else:
        print(f"callback URLs of application {_shown(application)} set:")
        for which, url in data.items():
            print(f"  {which:<8}  {_shown(url, limit=2000) if url else '(unchanged)'}")
    return OK


def _query(args: argparse.Namespace) -> int:
    number = args.number
    if not number.startswith("+"):  # the same first check as assign and unassign
        _e164(number)
    with _voice(args) as voice:
        info = voice.applications.query_number(number).to_dict()
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
