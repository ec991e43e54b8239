"""The call's deadline at the socket, for sync calls.

httpx's timeouts bound each phase (connect, one read, one write), never a whole exchange: a
server that sends `100 Continue` every second, or its head one byte at a time, keeps a sync
call waiting for as long as it likes, each read well within the read timeout. Async calls
wrap the exchange in a timeout; a blocking call cannot be interrupted that way.

So every socket operation of a sync call gets at most what is left of the call's deadline:
httpcore hands a timeout to each `connect_tcp`, `read`, `write` and `start_tls` of its network
backend, and `DeadlineBackend` lowers it to the time left (raising httpcore's own timeout
errors once none is), whatever the server sends. The deadline is the running call's, kept in a
context variable: a sync call does its I/O in the thread that made it.
"""

from __future__ import annotations

import time
from contextvars import ContextVar
from typing import Any

import httpx

# The monotonic time the running sync call in this thread must be over by.
_DEADLINE: ContextVar[float | None] = ContextVar("sinch_voice_call_deadline", default=None)


class CallDeadline:
    """Bound every socket operation in this block by the monotonic time `at`.

    A class rather than a `@contextmanager` generator: it runs once per call, and costs a
    quarter as much.
    """

    __slots__ = ("_at", "_token")

    def __init__(self, at: float) -> None:
        self._at = at

    def __enter__(self) -> None:
        self._token = _DEADLINE.set(self._at)

    def __exit__(self, *exc_info: object) -> None:
        _DEADLINE.reset(self._token)


def time_left(timeout: float | None, error: type[Exception]) -> float | None:
    """`timeout` lowered to what is left of the call's deadline; `error` when nothing is."""
    at = _DEADLINE.get()
    if at is None:
        return timeout
    left = at - time.monotonic()
    if left <= 0:
        raise error("the call's deadline passed")
    return left if timeout is None or left < timeout else timeout


def sync_transport(network: dict[str, Any]) -> httpx.HTTPTransport:
    """httpx's sync network transport, its sockets bounded by the call's deadline.

    httpx takes no network backend as an argument, so the one of the pool it builds
    (`ConnectionPool`, `HTTPProxy` or `SOCKSProxy`, all alike here) is wrapped. If a new
    httpx or httpcore moves it, this fails at once rather than leaving calls unbounded
    (tests/test_hostile_server.py measures the bound).
    """
    import httpcore  # as httpx itself does: loaded when the first transport is built

    from ._deadline_backend import DeadlineBackend

    transport = httpx.HTTPTransport(**network)
    pool = getattr(transport, "_pool", None)
    backend = getattr(pool, "_network_backend", None)
    if not isinstance(backend, httpcore.NetworkBackend):
        raise RuntimeError(
            "this httpx/httpcore keeps its network backend elsewhere; sync calls could not"
            " be bounded by their deadline (sinch-voice-toolkit needs an update)"
        )
    pool._network_backend = DeadlineBackend(backend)  # type: ignore[union-attr]
    return transport
