"""Run the mock as a real HTTP server on loopback: in a background thread, or from the shell."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from types import TracebackType
from typing import Any

import httpx
import uvicorn

from ._app import CONTROL_PREFIX, create_app
from ._faults import FaultPlan
from ._protocol import HEAD_TIMEOUT_SECONDS, guarded_protocol
from ._state import (
    MockState,
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
def running_receiver(app: Any) -> Iterator[str]:
    """Serve an ASGI app (your callback receiver) on a free loopback port for the duration of
    a `with` block: its base URL, for the mock to call back."""
    sock = _bind(LOOPBACK, 0)
    server = uvicorn.Server(_uvicorn_config(app))
    thread = threading.Thread(
        target=server.run, kwargs={"sockets": [sock]}, name="sinch-voice-receiver", daemon=True
    )
    thread.start()
    try:
        deadline = time.monotonic() + STARTUP_TIMEOUT_SECONDS
        while not server.started:
            if not thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("the receiver did not start")
            time.sleep(0.01)
        yield f"http://{LOOPBACK}:{sock.getsockname()[1]}"
    finally:
        server.should_exit = True
        thread.join(STARTUP_TIMEOUT_SECONDS)
        sock.close()


@contextmanager
def running_mock(state: MockState | None = None, **options: Any) -> Iterator[MockServer]:
    """Start a mock on a free loopback port for the duration of a `with` block."""
    with MockServer(state, **options) as server:
        yield server
