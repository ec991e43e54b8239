"""Fault injection: the failures real traffic brings, on demand.

A `FaultPlan` decides, for each API request, whether to answer with a fault instead of
serving it: first from its schedule (one entry per request, "none" to serve normally), then at
random with probability `rate`. A faulted request never reaches authentication or the state,
so it has no effect: a client may safely retry it, and what the mock holds is exactly what
was served. The one exception is "lost": the request is served in full (a write is applied),
then the connection drops before the answer, as when a network fails after the server acted.
"""

from __future__ import annotations

import asyncio
import logging
import random
import threading
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from starlette.responses import HTMLResponse, Response
from starlette.types import Receive, Scope, Send

from ._errors import SinchError

FAULTS = ("429", "500", "503", "502-html", "empty", "truncated", "slow", "drop", "lost")
LOST = "lost"  # served, then the answer is lost
NO_FAULT = "none"
BAD_GATEWAY_PAGE = (
    "<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1></body></html>"
)


@dataclass
class FaultPlan:
    """Which faults to inject, how often, and in what order.

    Attributes:
        rate: Probability (0..1) that a request not covered by the schedule gets a fault.
        kinds: The faults drawn from at random.
        schedule: Faults for the next requests, in order ("none" serves one normally).
        seed: Seed for the random draws, for repeatable runs.
        retry_after_seconds: The Retry-After sent with a 429.
        slow_seconds: How long a "slow" fault waits before answering 503.
    """

    rate: float = 0.0
    kinds: tuple[str, ...] = FAULTS
    schedule: list[str] = field(default_factory=list)
    seed: int | None = None
    retry_after_seconds: int = 1
    slow_seconds: float = 3.0
    injected: Counter[str] = field(default_factory=Counter)

    def __post_init__(self) -> None:
        unknown = (set(self.kinds) | set(self.schedule)) - {*FAULTS, NO_FAULT}
        if unknown:
            raise ValueError(f"unknown faults {sorted(unknown)}; known: {', '.join(FAULTS)}")
        if not 0 <= self.rate <= 1:
            raise ValueError("rate must be between 0 and 1")
        self._random = random.Random(self.seed)  # noqa: S311 - test traffic, not cryptography
        self._lock = threading.Lock()

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> FaultPlan:
        return cls(
            rate=float(data.get("rate", 0.0)),
            kinds=tuple(data.get("kinds", FAULTS)),
            schedule=list(data.get("schedule", [])),
            seed=data.get("seed"),
            retry_after_seconds=int(data.get("retryAfterSeconds", 1)),
            slow_seconds=float(data.get("slowSeconds", 3.0)),
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "rate": self.rate,
            "kinds": list(self.kinds),
            "schedule": list(self.schedule),
            "seed": self.seed,
            "retryAfterSeconds": self.retry_after_seconds,
            "slowSeconds": self.slow_seconds,
            "injected": dict(self.injected),
        }

    def draw(self) -> str | None:
        """The fault for the next request, or None to serve it."""
        with self._lock:
            if self.schedule:
                kind = self.schedule.pop(0)
            elif self.rate and self._random.random() < self.rate:
                kind = self._random.choice(self.kinds)
            else:
                return None
            if kind == NO_FAULT:
                return None
            self.injected[kind] += 1
            return kind

    async def respond(self, kind: str) -> Response:
        """The answer a fault gives instead of the real one."""
        if kind == "429":
            return SinchError(
                42900, "Capacity exceeded", {"Retry-After": str(self.retry_after_seconds)}
            ).response()
        if kind == "500":
            return SinchError(50000, "Internal error").response()
        if kind == "503":
            return SinchError(50300, "Service temporarily unavailable").response()
        if kind == "502-html":
            return HTMLResponse(BAD_GATEWAY_PAGE, status_code=502)
        if kind == "empty":
            return Response(b"", status_code=200, media_type="application/json")
        if kind == "truncated":
            return Response(
                b'{"numbers": [{"number": "+1415', status_code=200, media_type="application/json"
            )
        if kind == "slow":
            await asyncio.sleep(self.slow_seconds)
            return SinchError(50300, "Service temporarily unavailable").response()
        return DroppedConnection()


class DroppedConnection(Response):
    """Starts a 200 answer, then closes the connection halfway through its body."""

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        await send(
            {
                "type": "http.response.start",
                "status": 200,
                "headers": [(b"content-length", b"1000")],
            }
        )
        await send({"type": "http.response.body", "body": b'{"numbers": [', "more_body": True})
        raise InjectedDrop("fault injection: connection dropped")


class InjectedDrop(ConnectionAbortedError):
    """Raised on purpose to make the server drop the connection."""


class QuietInjectedDrops(logging.Filter):
    """Keeps the server's error log free of the tracebacks of drops injected on purpose."""

    def filter(self, record: logging.LogRecord) -> bool:
        error = record.exc_info[1] if record.exc_info else None
        return not isinstance(error, InjectedDrop)


def quiet_injected_drops() -> None:
    logger = logging.getLogger("uvicorn.error")
    if not any(isinstance(f, QuietInjectedDrops) for f in logger.filters):
        logger.addFilter(QuietInjectedDrops())
