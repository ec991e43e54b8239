"""When to try again and how long to wait, inside one deadline.

A call has one deadline (`RetryPolicy.total_seconds` after it starts) that covers every attempt,
every backoff and every Retry-After wait. The transport asks `next_wait()` after each failure;
`None` means stop and report that failure.

This is hand-written rather than stamina or tenacity because the deadline must bound the waits
themselves (a Retry-After longer than what is left ends the call at once, instead of sleeping
past it) and each attempt's own timeouts, which those libraries do not do; it also keeps their
import (about 60 ms) and their log output off the client's path.
"""

from __future__ import annotations

import math
import random
import time
from dataclasses import dataclass


def sleep(seconds: float) -> None:
    """Wait between attempts (a module function, so tests can make waiting instant)."""
    time.sleep(seconds)


async def async_sleep(seconds: float) -> None:
    """Wait between attempts in async code, under asyncio or trio."""
    import anyio  # httpx's own async dependency; imported when async is first used

    await anyio.sleep(seconds)


@dataclass(frozen=True)
class RetryPolicy:
    """How `connect()` retries, and the deadline of a call.

    `RetryPolicy(attempts=1)` (or `retries=None`) sends each request once, still within the
    deadline.

    Attributes:
        attempts: Tries in all, the first included.
        total_seconds: The call's deadline: attempts, waits and reading the answer included.
        wait_initial: The first backoff, in seconds; it doubles each time, up to `wait_max`.
        wait_max: The longest backoff.
        wait_jitter: Up to this many random seconds are added to each backoff.
        max_retry_after: A longer Retry-After from the server is capped to this.
        retry_statuses: The answer statuses that are tried again: rate limited (429) and
            the gateway and availability errors (502, 503, 504). An operation the spec marks
            not repeatable (`x-repeatable: false`) is tried again only when it certainly did
            not take effect: no connection was made, or 429/503 came with a Retry-After.
    """

    attempts: int = 4
    total_seconds: float = 30.0
    wait_initial: float = 0.2
    wait_max: float = 5.0
    wait_jitter: float = 0.5
    max_retry_after: float = 20.0
    retry_statuses: frozenset[int] = frozenset({429, 502, 503, 504})

    def __post_init__(self) -> None:
        if self.attempts < 1:
            raise ValueError("attempts must be at least 1")
        if not 0 < self.total_seconds < float("inf"):
            raise ValueError("total_seconds must be a positive, finite number of seconds")
        if min(self.wait_initial, self.wait_max, self.wait_jitter, self.max_retry_after) < 0:
            raise ValueError("waits must not be negative")
        if not all(isinstance(s, int) and 400 <= s <= 599 for s in self.retry_statuses):
            raise ValueError("retry_statuses must be 4xx or 5xx status codes")
        object.__setattr__(self, "retry_statuses", frozenset(self.retry_statuses))


DEFAULT_RETRY_POLICY = RetryPolicy()
NO_RETRIES = RetryPolicy(attempts=1)


class DeadlinePassed(Exception):
    """A step of a call was cut off at the call's deadline (the call turns it into a
    `SinchTimeoutError`)."""


class Deadline:
    """The moment a call must be over by."""

    def __init__(self, seconds: float) -> None:
        self.at = time.monotonic() + seconds

    def remaining(self) -> float:
        return self.at - time.monotonic()

    def passed(self) -> bool:
        return time.monotonic() >= self.at


def next_wait(
    policy: RetryPolicy, attempt: int, deadline: Deadline, retry_after: float | None
) -> float | None:
    """Seconds to wait before attempt `attempt + 1`, or None to give up now.

    The server's Retry-After (capped) wins over the backoff; a wait that would end past the
    deadline is not started.
    """
    if attempt >= policy.attempts:
        return None
    if retry_after is not None:
        wait = min(retry_after, policy.max_retry_after)
    else:
        backoff = min(policy.wait_max, policy.wait_initial * 2 ** (attempt - 1))
        wait = backoff + random.uniform(0, policy.wait_jitter)  # noqa: S311 - jitter, not crypto
    if wait >= deadline.remaining():
        return None
    return wait


def longest_limit(timeouts: object) -> float:
    """The longest of httpx's per-phase timeouts (infinite when a phase has none; 0 when the
    request carries none): a deadline further away than it leaves them as they are."""
    longest = 0.0
    if isinstance(timeouts, dict):
        for limit in timeouts.values():
            if limit is None:
                return math.inf
            longest = max(longest, limit)
    return longest
