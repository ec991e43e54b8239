"""Remember verified callbacks so the same signed request is accepted only once.

A signature is only valid inside the timestamp window, so a guard needs to remember each one
just until its timestamp leaves the window; after that, `verify_callback` refuses it as out of
window anyway. `InMemoryReplayGuard` serves one process. Receivers that run several processes
or hosts implement `ReplayGuard` over a shared store: with Redis, `first_time` is
`bool(redis.set(f"sinch:{key}", 1, nx=True, ex=max(1, math.ceil(ttl_seconds))))`.
"""

from __future__ import annotations

import heapq
import threading
import time
from typing import Protocol

from ._errors import ReplayGuardFullError

DEFAULT_MAX_ENTRIES = 100_000


class ReplayGuard(Protocol):
    """A set of keys that each expire at a given time."""

    def first_time(self, key: str, ttl_seconds: float) -> bool:
        """Record `key` for `ttl_seconds`; True when it was not recorded yet.

        Must be atomic: of two concurrent calls with one key, only one gets True. A guard that
        cannot record the key must not return True: raise a `CallbackVerificationError` (such
        as `ReplayGuardFullError`) instead.
        """
        ...


class InMemoryReplayGuard:
    """A thread-safe `ReplayGuard` for one process, holding at most `max_entries` keys.

    Expired keys are dropped as new ones arrive. A guard full of unexpired keys forgets none
    of them (forgetting one would let its replay through): it refuses the new request with
    `ReplayGuardFullError` until a key expires. Only a flood of valid, distinct, signed
    callbacks inside one timestamp window gets there; size `max_entries` above the callbacks
    you receive in twice the window.
    """

    def __init__(self, max_entries: int = DEFAULT_MAX_ENTRIES) -> None:
        if max_entries < 1:
            raise ValueError("max_entries must be at least 1")
        self.max_entries = max_entries
        self._expiry: dict[str, float] = {}
        self._by_expiry: list[tuple[float, str]] = []  # a heap, for dropping the oldest first
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return len(self._expiry)

    def first_time(self, key: str, ttl_seconds: float) -> bool:
        now = time.monotonic()
        expires_at = now + max(ttl_seconds, 0.0)
        with self._lock:
            self._forget_expired(now)
            if key in self._expiry:
                return False
            if len(self._expiry) >= self.max_entries:
                raise ReplayGuardFullError(
                    f"the replay guard holds {self.max_entries} requests still inside the"
                    " window; refusing this one rather than forgetting one of them"
                )
            self._expiry[key] = expires_at
            heapq.heappush(self._by_expiry, (expires_at, key))
            return True

    def _forget_expired(self, now: float) -> None:
        while self._by_expiry and self._by_expiry[0][0] <= now:
            _, key = heapq.heappop(self._by_expiry)
            self._expiry.pop(key, None)
