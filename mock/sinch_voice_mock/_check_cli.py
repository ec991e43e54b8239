"""`sinch-voice-mock check-callbacks URL --application KEY:SECRET`: exit 0 when every check
passes, 1 when one fails (each named, with a reproducible example), 2 on a usage problem."""

from __future__ import annotations

import argparse
import os
import ssl
import sys
from collections.abc import Sequence

from sinch_signing import CredentialsError
from sinch_voice_toolkit._redaction import printable

from ._callbacks import DEFAULT_CALLBACK_TIMEOUT_SECONDS
from ._check import DEFAULT_EXAMPLES, MAX_TIMEOUT, check_callbacks, checked_url

ENV_APPLICATION_KEY = "SINCH_APPLICATION_KEY"
ENV_APPLICATION_SECRET = "SINCH_APPLICATION_SECRET"  # noqa: S105 - a variable name
PROG = "sinch-voice-mock check-callbacks"


def _credentials(value: str) -> tuple[str, str]:
    key, separator, secret = value.partition(":")
    if not separator or not key or not secret:
        raise argparse.ArgumentTypeError("expected KEY:SECRET")
    return key, secret


def main(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Post signed Sinch events of every kind to your callback handler and check"
        " its answers: valid SVAML for ICE, ACE and PIE, 2xx for DiCE and notify, no 5xx, in"
        " time, and forged, stale or replayed requests refused.",
    )
    parser.add_argument("url", help="your callback URL (http or https)")
    add_handler_arguments(parser)
    parser.add_argument(
        "--examples", type=int, default=DEFAULT_EXAMPLES, metavar="N",
        help=f"generated events per event kind (default {DEFAULT_EXAMPLES})",
    )  # fmt: skip
    parser.add_argument(
        "--seed", type=int, default=None, help="seed for the generated events (default random)"
    )
    parser.add_argument(
        "--require-replay-guard", action="store_true",
        help="fail, not warn, when a replayed request is accepted",
    )  # fmt: skip
    parser.add_argument(
        "--cafile", metavar="PEM",
        help="CA certificates to trust for an https:// handler (for a private CA);"
        " default: the certifi bundle",
    )  # fmt: skip
    args = parser.parse_args(argv)
    try:
        url = checked_url(args.url)
        timeout = checked_timeout(args.timeout)
        verify = _verify(args.cafile)
    except ValueError as error:
        return _usage_error(str(error))
    try:
        key, secret = application(args)
    except ValueError as error:
        return _usage_error(str(error))
    try:
        report = check_callbacks(
            url, key, secret, examples=args.examples, seed=args.seed,
            require_replay_guard=args.require_replay_guard, timeout_seconds=timeout,
            verify=verify,
        )  # fmt: skip
    except (ValueError, CredentialsError) as error:
        return _usage_error(str(error))
    except KeyboardInterrupt:
        print(f"{PROG}: interrupted", file=sys.stderr)
        return 130
    print(report.render())
    return 0 if report.ok else 1


def add_handler_arguments(parser: argparse.ArgumentParser) -> None:
    """`--application` and `--timeout`, as every command that posts to a handler takes them."""
    parser.add_argument(
        "--application", type=_credentials, metavar="KEY:SECRET",
        help=f"the application your handler verifies for (default ${ENV_APPLICATION_KEY} and"
        f" ${ENV_APPLICATION_SECRET})",
    )  # fmt: skip
    parser.add_argument(
        "--timeout", type=float, default=None, metavar="SECONDS",
        help="how long the whole answer may take (default 5, Sinch's callback timeout)",
    )  # fmt: skip


def application(args: argparse.Namespace) -> tuple[str, str]:
    """The key and secret of `--application`, else of the environment; ValueError without."""
    if args.application is not None:
        key, secret = args.application
        return str(key), str(secret)
    key = os.environ.get(ENV_APPLICATION_KEY, "")
    secret = os.environ.get(ENV_APPLICATION_SECRET, "")
    if not key or not secret:
        raise ValueError(
            f"give --application KEY:SECRET or set {ENV_APPLICATION_KEY} and"
            f" {ENV_APPLICATION_SECRET}"
        )
    return key, secret


def _usage_error(message: str) -> int:
    print(f"{PROG}: {printable(message)}", file=sys.stderr)
    return 2


def checked_timeout(seconds: float | None) -> float:
    if seconds is None:
        return DEFAULT_CALLBACK_TIMEOUT_SECONDS
    if not 0 < seconds <= MAX_TIMEOUT:  # also NaN and inf
        raise ValueError(f"--timeout must be more than 0 and at most {MAX_TIMEOUT:g} seconds")
    return seconds


def _verify(cafile: str | None) -> ssl.SSLContext | bool:
    if cafile is None:
        return True
    try:
        return ssl.create_default_context(cafile=cafile)
    except (OSError, ssl.SSLError) as error:
        reason = getattr(error, "strerror", None) or getattr(error, "reason", None) or error
        raise ValueError(f"--cafile {cafile}: cannot load CA certificates ({reason})") from None
