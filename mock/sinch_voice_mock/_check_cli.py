"""`sinch-voice-mock check-callbacks URL --application KEY:SECRET`: exit 0 when every check
passes, 1 when one fails (each named, with a reproducible example), 2 on a usage problem."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from sinch_signing import CredentialsError

from ._check import DEFAULT_EXAMPLES, check_callbacks

ENV_APPLICATION_KEY = "SINCH_APPLICATION_KEY"
ENV_APPLICATION_SECRET = "SINCH_APPLICATION_SECRET"  # noqa: S105 - a variable name


def _credentials(value: str) -> tuple[str, str]:
    key, separator, secret = value.partition(":")
    if not separator or not key or not secret:
        raise argparse.ArgumentTypeError("expected KEY:SECRET")
    return key, secret


def main(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="sinch-voice-mock check-callbacks",
        description="Post signed Sinch events of every kind to your callback handler and check"
        " its answers: valid SVAML for ICE, ACE and PIE, 2xx for DiCE and notify, no 5xx, in"
        " time, and forged, stale or replayed requests refused.",
    )
    parser.add_argument("url", help="your callback URL (http or https)")
    parser.add_argument(
        "--application", type=_credentials, metavar="KEY:SECRET",
        help=f"the application your handler verifies for (default ${ENV_APPLICATION_KEY} and"
        f" ${ENV_APPLICATION_SECRET})",
    )  # fmt: skip
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
        "--timeout", type=float, default=None, metavar="SECONDS",
        help="how long an answer may take (default 5, Sinch's callback timeout)",
    )  # fmt: skip
    args = parser.parse_args(argv)
    if args.application is not None:
        key, secret = args.application
    else:
        key = os.environ.get(ENV_APPLICATION_KEY, "")
        secret = os.environ.get(ENV_APPLICATION_SECRET, "")
        if not key or not secret:
            parser.error(
                f"give --application KEY:SECRET or set {ENV_APPLICATION_KEY} and"
                f" {ENV_APPLICATION_SECRET}"
            )
    options = {} if args.timeout is None else {"timeout_seconds": args.timeout}
    try:
        report = check_callbacks(
            args.url, key, secret, examples=args.examples, seed=args.seed,
            require_replay_guard=args.require_replay_guard, **options,
        )  # fmt: skip
    except (ValueError, CredentialsError) as error:
        print(f"sinch-voice-mock check-callbacks: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("sinch-voice-mock check-callbacks: interrupted", file=sys.stderr)
        return 130
    print(report.render())
    return 0 if report.ok else 1
