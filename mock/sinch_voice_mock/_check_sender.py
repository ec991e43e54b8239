"""How `check-callbacks` posts: signed as Sinch signs, one deadline per exchange, a bounded
answer, and giving up on a handler that cannot be reached or never answers."""

from __future__ import annotations

import asyncio
import contextlib
import ssl
from datetime import UTC, datetime

import httpx

from ._callbacks import signed_callback
from ._posting import PostResult, post_bounded

# A handler that times out this often in a row would time out on every check: one failure,
# not 130 of 5 s each.
GIVE_UP_AFTER_TIMEOUTS = 3


class Unreachable(Exception):
    """The handler does not accept connections (not started, or stopped), or never answers."""


class Sender:
    """Posts events to the receiver as Sinch does: signed, JSON, with Sinch's timeout.

    Each post has one deadline for the whole exchange and reads at most `MAX_ANSWER_BYTES`
    (`_posting`); the posts run one at a time on an event loop of the sender's own.
    """

    def __init__(
        self, url: str, key: str, secret: bytes, timeout: float, verify: ssl.SSLContext | bool
    ) -> None:
        self.url = url
        self.key = key
        self.secret = secret
        self.timeout = timeout
        self._verify = verify
        self._runner = asyncio.Runner()
        self._client: httpx.AsyncClient | None = None
        self._timeouts_in_a_row = 0

    def signed(
        self, body: bytes, *, at: datetime | None = None, key: str | None = None,
        secret: bytes | None = None,
    ) -> dict[str, str]:  # fmt: skip
        """Signed as Sinch signs a callback: by default with this application, now."""
        return signed_callback(
            self.url, body, key or self.key, secret or self.secret, at or datetime.now(UTC)
        )

    def post(self, body: bytes, headers: dict[str, str]) -> PostResult:
        """Post one request; `_Unreachable` when no connection can be made, or when the
        handler has not answered in time `GIVE_UP_AFTER_TIMEOUTS` times in a row."""
        result = self._runner.run(self._post(body, headers))
        if result.unreachable:
            raise Unreachable(result.error or "cannot connect")
        self._timeouts_in_a_row = self._timeouts_in_a_row + 1 if result.timed_out else 0
        if self._timeouts_in_a_row >= GIVE_UP_AFTER_TIMEOUTS:
            raise Unreachable(
                f"no answer within {self.timeout:g} s to {self._timeouts_in_a_row} requests in a"
                " row (is the handler stuck, or does it answer too slowly?); stopped there"
            )
        return result

    async def _post(self, body: bytes, headers: dict[str, str]) -> PostResult:
        if self._client is None:  # made in the runner's loop, where it is used
            self._client = httpx.AsyncClient(
                timeout=self.timeout, follow_redirects=False, trust_env=False, verify=self._verify
            )
        return await post_bounded(self._client, self.url, body, headers, timeout=self.timeout)

    def close(self) -> None:
        if self._client is not None:
            with contextlib.suppress(Exception):  # closing must not hide what ended the run
                self._runner.run(self._client.aclose())
        self._runner.close()
