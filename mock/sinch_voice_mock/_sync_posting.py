"""Posting callbacks from a thread, without an event loop: what the simulator uses.

The same bounds as `_posting.post_bounded` (one deadline for the whole exchange, at most
`max_bytes` of the answer after decompression), held the sync way: the client's sockets come
from the toolkit's `sync_transport`, whose every connect, read and write ends by the deadline
set with `CallDeadline`, however slowly the handler drips its answer. A post costs a third of
what one on a private event loop does (bench/README.md, "Simulated calls").
"""

from __future__ import annotations

import ssl
import time
from datetime import UTC, datetime

import httpx

from sinch_voice_toolkit.transport._body import BadEncoding, BodyTooLarge, BoundedDecoder
from sinch_voice_toolkit.transport._httpx_clients import SyncHttpxClient
from sinch_voice_toolkit.transport._socket_deadline import CallDeadline, sync_transport

from ._callbacks import signed_callback
from ._posting import MAX_ANSWER_BYTES, PostResult, failed_post


class SyncPoster:
    """Posts signed events to one handler URL, one at a time, each within `timeout` seconds."""

    def __init__(
        self, url: str, key: str, secret: bytes, timeout: float, verify: ssl.SSLContext | bool
    ) -> None:
        self.url, self.key, self.timeout = url, key, timeout
        self._secret = secret
        transport = sync_transport({"verify": verify, "trust_env": False})
        self._client = SyncHttpxClient(transport=transport, timeout=timeout, follow_redirects=False)

    def post(self, body: bytes) -> PostResult:
        """Post `body` signed as Sinch signs it, now."""
        headers = signed_callback(self.url, body, self.key, self._secret, datetime.now(UTC))
        return post_bounded_sync(self._client, self.url, body, headers, timeout=self.timeout)

    def close(self) -> None:
        self._client.close()


def post_bounded_sync(
    client: httpx.Client,
    url: str,
    body: bytes,
    headers: dict[str, str],
    *,
    timeout: float,
    max_bytes: int = MAX_ANSWER_BYTES,
) -> PostResult:
    """POST `body`; the answer within `timeout` seconds in all, at most `max_bytes`."""
    started = time.monotonic()
    status: int | None = None
    try:
        with (
            CallDeadline(started + timeout),
            client.stream("POST", url, content=body, headers=headers) as response,
        ):
            status = response.status_code
            decoder = BoundedDecoder(response.headers.get("content-encoding", ""), max_bytes)
            answer = bytearray()
            for chunk in response.iter_raw():
                answer += decoder.decode(chunk)
            decoder.finish()
    except (BodyTooLarge, BadEncoding, httpx.HTTPError) as error:
        return failed_post(error, status, time.monotonic() - started, timeout)
    return PostResult(status, bytes(answer), time.monotonic() - started)
