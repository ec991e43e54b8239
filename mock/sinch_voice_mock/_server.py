"""Run the mock as a real HTTP server on loopback: in a background thread, or from the shell."""

from __future__ import annotations

import argparse
import os
import socket
import sys
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from pathlib import Path
from types import TracebackType
from typing import Any

import httpx
import uvicorn

from ._app import CONTROL_PREFIX, DEFAULT_MAX_BODY_BYTES, create_app
from ._faults import FAULTS, FaultPlan
from ._protocol import HEAD_TIMEOUT_SECONDS, guarded_protocol
from ._state import (
    DEFAULT_PROJECT,
    DEMO_APPLICATION_KEY,
    DEMO_APPLICATION_SECRET,
    MockState,
    own_project,
)

LOOPBACK = "127.0.0.1"
DEFAULT_PORT = 8080
STARTUP_TIMEOUT_SECONDS = 10.0
# On SIGTERM or Ctrl-C, requests still running (a "slow" fault, a long latency) get this long
# before they are cancelled: stopping must be prompt.
SHUTDOWN_GRACE_SECONDS = 0.25
ENV_CONTROL_TOKEN = "SINCH_VOICE_MOCK_CONTROL_TOKEN"  # noqa: S105 - a variable name


def _bind(host: str, port: int) -> socket.socket:
    """Bind before starting uvicorn, so port 0 yields a free port we know in advance.

    The protocol is named explicitly: asyncio turns Nagle's algorithm off (TCP_NODELAY) only
    on sockets whose `proto` is IPPROTO_TCP, and without it every answer with a body waited
    for the client's delayed ACK, about 40 ms.
    """
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    # Listening at once: a client that connects after "listening on" is printed, while the
    # server still starts, waits in the backlog instead of being refused.
    sock.listen(2048)
    return sock


class MockServer:
    """The mock on a loopback port in a daemon thread. Use as a context manager.

    Example:
        with MockServer() as mock:
            client = connect(DEMO_APPLICATION_KEY, DEMO_APPLICATION_SECRET, base_url=mock.url)
    """

    def __init__(
        self, state: MockState | None = None, *, port: int = 0, **app_options: Any
    ) -> None:
        self.state = state if state is not None else MockState.default()
        self._app = create_app(self.state, **app_options)
        self._socket = _bind(LOOPBACK, port)
        self.port: int = self._socket.getsockname()[1]
        self.url = f"http://{LOOPBACK}:{self.port}"
        self.control_token: str | None = self._app.state.control_token
        """The `/_mock/` endpoints' bearer token (None when started with control=False)."""
        config = _uvicorn_config(self._app)
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(
            target=self._server.run,
            kwargs={"sockets": [self._socket]},
            name="sinch-voice-mock",
            daemon=True,
        )

    @property
    def faults(self) -> FaultPlan:
        """The fault plan in force; assign a new `FaultPlan` to change it while running."""
        plan: FaultPlan = self._app.state.faults
        return plan

    @faults.setter
    def faults(self, plan: FaultPlan) -> None:
        self._app.state.faults = plan

    def control(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        """Call a control endpoint with the token: `control("GET", "/state")`."""
        headers = {**kwargs.pop("headers", {}), "Authorization": f"Bearer {self.control_token}"}
        url = f"{self.url}{CONTROL_PREFIX}{path.removeprefix(CONTROL_PREFIX)}"
        kwargs.setdefault("timeout", 30)
        return httpx.request(method, url, headers=headers, **kwargs)

    def reset(self) -> None:
        """Put the world back as it was when the server was created (between tests)."""
        self.state.restore(self._app.state.initial)  # the snapshot POST /_mock/reset uses

    def start(self) -> MockServer:
        self._thread.start()
        deadline = time.monotonic() + STARTUP_TIMEOUT_SECONDS
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("the mock server did not start")
            time.sleep(0.01)
        return self

    def stop(self) -> None:
        self._server.should_exit = True
        if self._thread.is_alive():
            self._thread.join(STARTUP_TIMEOUT_SECONDS)
        self._socket.close()

    def __enter__(self) -> MockServer:
        return self.start()

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()


def _uvicorn_config(app: Any, head_timeout: float = HEAD_TIMEOUT_SECONDS) -> uvicorn.Config:
    return uvicorn.Config(
        app,
        log_level="warning",
        lifespan="off",
        access_log=False,
        # uvicorn annotates an int but hands it to asyncio.wait_for, which takes any float.
        timeout_graceful_shutdown=SHUTDOWN_GRACE_SECONDS,  # type: ignore[arg-type]
        # A head timeout and head and URL size caps (uvicorn has neither).
        http=guarded_protocol(head_timeout),
    )


@contextmanager
def running_mock(state: MockState | None = None, **options: Any) -> Iterator[MockServer]:
    """Start a mock on a free loopback port for the duration of a `with` block."""
    with MockServer(state, **options) as server:
        yield server


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


def main(argv: Sequence[str] | None = None) -> int:
    """The `sinch-voice-mock` command (and `sinch-voice-mock check-callbacks ...`)."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    if arguments[:1] == ["check-callbacks"]:
        from ._check_cli import main as check_main

        return check_main(arguments[1:])
    parser = argparse.ArgumentParser(
        prog="sinch-voice-mock",
        description="A local, stateful stand-in for the Sinch Voice Applications API.",
        epilog="sinch-voice-mock check-callbacks URL --application KEY:SECRET contract-tests"
        " your callback handler (see its --help).",
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
        "--state", type=Path, help="JSON or YAML file with applications and numbers"
    )
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
        state = MockState.from_file(args.state) if args.state else MockState.default()
        for key, secret, project in args.application:
            state.add_application(key, secret, project)
        options: dict[str, Any] = {
            "latency_ms": args.latency_ms,
            "control_token": args.control_token,
            "control": not args.no_control,
            "max_body_bytes": args.max_body_bytes,
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
