"""The `sinch-voice-mock` command: serve the mock until stopped, check a callback handler, or
play whole calls against it."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from contextlib import suppress
from pathlib import Path
from typing import Any

import uvicorn
import yaml

from ._app import CONTROL_PREFIX, DEFAULT_MAX_BODY_BYTES, create_app
from ._call_flow import CallTiming
from ._faults import FAULTS, FaultPlan
from ._protocol import HEAD_TIMEOUT_SECONDS, guarded_protocol
from ._server import DEFAULT_PORT, ENV_CONTROL_TOKEN, LOOPBACK, _bind, _uvicorn_config
from ._state import MockState
from ._state_file import read_state_file
from ._state_values import (
    DEFAULT_PROJECT,
    DEMO_APPLICATION_KEY,
    DEMO_APPLICATION_SECRET,
    own_project,
    trial_number,
)


def _application(value: str) -> tuple[str, str, str]:
    """`KEY:SECRET` or `KEY:SECRET@PROJECT` (a base64 secret never contains `@`).

    Without `@PROJECT` the application gets a project of its own, named after its key: never
    the demo application's, whose secret is public (`@default` shares it on purpose).
    """
    credentials, at, project = value.rpartition("@") if "@" in value else (value, "", "")
    key, separator, secret = credentials.partition(":")
    if not separator or not key or not secret or (at and not project):
        raise argparse.ArgumentTypeError("expected KEY:SECRET or KEY:SECRET@PROJECT")
    return key, secret, project or own_project(key)


MAX_TRIAL_NUMBERS = 100_000


def _world(state_file: Path | None, numbers: int) -> MockState:
    """The world to serve: the default one, or a state file's (with the demo application
    when the file names none: a file of numbers alone would leave nobody who can sign), and
    `numbers` more owned numbers."""
    if not 0 <= numbers <= MAX_TRIAL_NUMBERS:
        raise ValueError(f"--numbers must be 0 to {MAX_TRIAL_NUMBERS}, not {numbers}")
    if state_file is None:
        state = MockState.default()
    else:
        try:
            data = read_state_file(state_file)
        except yaml.YAMLError as error:
            raise ValueError(f"{state_file}: not YAML ({str(error).splitlines()[0]})") from None
        if not isinstance(data, dict):
            raise ValueError(f"{state_file}: a state file holds a mapping (applications, numbers)")
        if not data.get("applications"):
            demo = {"key": DEMO_APPLICATION_KEY, "secret": DEMO_APPLICATION_SECRET}
            data = {**data, "applications": [demo]}
        state = MockState.from_mapping(data)
    for index in range(numbers):
        state.add_number(trial_number(index), ("voice", "sms"))
    return state


def _holds(state: MockState) -> str:
    """One line on what the world holds."""
    assigned = len({number for number, _ in state.assignments})
    return (
        f"World: {len(state.applications)} applications, {len(state.inventory)} owned numbers"
        f" ({assigned} assigned)"
    )


def main(argv: Sequence[str] | None = None) -> int:
    """The `sinch-voice-mock` command (and `sinch-voice-mock check-callbacks ...`)."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    if arguments[:1] == ["check-callbacks"]:
        from ._check_cli import main as check_main

        return check_main(arguments[1:])
    if arguments[:1] in (["simulate"], ["call"]):
        from ._simulate_cli import main as simulate_main

        return simulate_main(arguments[0], arguments[1:])
    parser = argparse.ArgumentParser(
        prog="sinch-voice-mock",
        description="A local, stateful stand-in for the Sinch Voice Applications API.",
        epilog="sinch-voice-mock check-callbacks URL --application KEY:SECRET contract-tests"
        " your callback handler; sinch-voice-mock simulate SCENARIO.yaml --handler URL"
        " --application KEY:SECRET plays whole calls against it (see their --help).",
    )
    parser.add_argument(
        "--host", default=LOOPBACK, help=f"address to listen on (default {LOOPBACK})"
    )
    parser.add_argument(
        "--port",
        type=int,
        default=DEFAULT_PORT,
        help=f"0 picks a free port (default {DEFAULT_PORT})",
    )
    parser.add_argument(
        "--application", type=_application, action="append", default=[],
        metavar="KEY:SECRET[@PROJECT]",
        help="register another application (repeatable); its secret is base64, as in the"
        " dashboard; it belongs to PROJECT (default: a project of its own, named after its"
        f" key; @{DEFAULT_PROJECT} shares the demo application's)",
    )  # fmt: skip
    parser.add_argument(
        "--state", type=Path,
        help="JSON or YAML file with applications and numbers; without `applications:` the"
        " demo application is kept",
    )  # fmt: skip
    parser.add_argument(
        "--numbers", type=int, default=0, metavar="N",
        help=f"also own N numbers ({trial_number(0)} on, voice and sms) for bulk trials",
    )  # fmt: skip
    parser.add_argument(
        "--latency-ms", type=float, default=0, help="fixed delay added to every API request"
    )
    parser.add_argument(
        "--fault-rate",
        type=float,
        default=0.0,
        help="share of API requests that get a fault (0..1)",
    )
    parser.add_argument(
        "--fault-kinds", default=",".join(FAULTS),
        help=f"comma-separated faults to draw from (default: all of {','.join(FAULTS)})",
    )  # fmt: skip
    parser.add_argument(
        "--fault-seed", type=int, default=None, help="seed for repeatable fault draws"
    )
    parser.add_argument(
        "--callback-timeout", type=float, default=None, metavar="SECONDS",
        help="how long a callback URL may take before the fallback URL is tried (default 5)",
    )  # fmt: skip
    parser.add_argument(
        "--answer-after", type=float, default=CallTiming.answer_after, metavar="SECONDS",
        help="how long a placed call's callee takes to answer"
        f" (default {CallTiming.answer_after:g})",
    )  # fmt: skip
    parser.add_argument(
        "--tts-seconds", type=float, default=CallTiming.tts_seconds, metavar="SECONDS",
        help=f"how long a TTS callout's message plays (default {CallTiming.tts_seconds:g})",
    )  # fmt: skip
    parser.add_argument(
        "--clock-skew-seconds", type=float, default=None,
        help="how far x-timestamp may be from the server's clock (default 300)",
    )  # fmt: skip
    parser.add_argument(
        "--control-token", default=os.environ.get(ENV_CONTROL_TOKEN), metavar="TOKEN",
        help=f"the /_mock/ endpoints' bearer token (default ${ENV_CONTROL_TOKEN}, else random)",
    )  # fmt: skip
    parser.add_argument(
        "--no-control", action="store_true", help="start without the /_mock/ control endpoints"
    )
    parser.add_argument(
        "--head-timeout", type=float, default=HEAD_TIMEOUT_SECONDS, metavar="SECONDS",
        help="how long a client may take to send a request's head before it is answered 408"
        f" and disconnected (default {HEAD_TIMEOUT_SECONDS:g})",
    )  # fmt: skip
    parser.add_argument(
        "--max-body-bytes", type=int, default=DEFAULT_MAX_BODY_BYTES, metavar="N",
        help=f"largest request body accepted; larger is a 413 (default {DEFAULT_MAX_BODY_BYTES})",
    )  # fmt: skip
    args = parser.parse_args(arguments)

    try:
        state = _world(args.state, args.numbers)
        for key, secret, project in args.application:
            state.add_application(key, secret, project)
        options: dict[str, Any] = {
            "latency_ms": args.latency_ms,
            "control_token": args.control_token,
            "control": not args.no_control,
            "max_body_bytes": args.max_body_bytes,
            "call_timing": CallTiming(args.answer_after, args.tts_seconds),
        }
        if args.fault_rate:
            kinds = tuple(k for k in args.fault_kinds.split(",") if k)
            options["faults"] = FaultPlan(rate=args.fault_rate, kinds=kinds, seed=args.fault_seed)
        if args.clock_skew_seconds is not None:
            options["tolerance_seconds"] = args.clock_skew_seconds
        if args.callback_timeout is not None:
            options["callback_timeout_seconds"] = args.callback_timeout
        app = create_app(state, **options)
        guarded_protocol(args.head_timeout)  # refuses a timeout that is not > 0
        sock = _bind(args.host, args.port)
    except (OSError, ValueError, KeyError) as error:
        print(f"sinch-voice-mock: {error}", file=sys.stderr)
        return 2

    url = f"http://{args.host}:{sock.getsockname()[1]}"
    print(f"Sinch Voice mock listening on {url}  (spec: {url}/openapi.yaml)")
    print(_holds(state))
    if DEMO_APPLICATION_KEY in state.applications:
        print("Demo application (not a real credential):")
        print(f"  export SINCH_VOICE_BASE_URL={url}")
        print(f"  export SINCH_APPLICATION_KEY={DEMO_APPLICATION_KEY}")
        print(f"  export SINCH_APPLICATION_SECRET={DEMO_APPLICATION_SECRET}")
    for key, application in state.applications.items():
        if key != DEMO_APPLICATION_KEY:
            print(f"Application registered: {key} (project {application.project!r})")
    token = app.state.control_token
    if token is None:
        print("Control plane: off (--no-control)")
    else:
        print(f"Control token (for {CONTROL_PREFIX}/...): {token}")
        print(
            f'  curl -X POST -H "Authorization: Bearer {token}"'
            f" {url}{CONTROL_PREFIX}/applications/KEY/events"
        )
    print("Press Ctrl-C to stop.", flush=True)
    server = uvicorn.Server(_uvicorn_config(app, args.head_timeout))
    with suppress(KeyboardInterrupt):
        server.run(sockets=[sock])
    return 0
