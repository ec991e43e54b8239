"""Posting one callback as Sinch does, bounded whatever the receiver does.

Both the dispatcher (the mock calling an application's URLs) and `check-callbacks` post to
code the user does not always control, so one post is bounded twice:

- in time: one deadline for the whole exchange, measured on the monotonic clock across the
  connection, the answer's head and every chunk of its body. httpx's own timeouts apply per
  read, so an answer that drips a byte at a time would never end without it;
- in memory: at most `max_bytes` of the answer are kept, counted after decompression with the
  toolkit's bounded decoder (a 2 MiB gzip answer that inflates to 2 GiB stops at the cap).
"""

from __future__ import annotations

import asyncio
import ssl
import time
from dataclasses import dataclass

import httpx

from sinch_voice_toolkit.transport._body import BadEncoding, BodyTooLarge, BoundedDecoder

MAX_ANSWER_BYTES = 1024 * 1024  # an SVAML answer is a few hundred bytes


@dataclass(frozen=True)
class PostResult:
    """How one post ended.

    `status` is None when no answer came (then `error` says why); `too_large` when the answer
    went past the size cap (its body is then empty: it was not kept).
    """

    status: int | None
    body: bytes
    seconds: float
    error: str | None = None
    timed_out: bool = False
    too_large: bool = False
    unreachable: bool = False  # the connection itself failed: refused, no route, TLS


async def post_bounded(
    client: httpx.AsyncClient,
    url: str,
    body: bytes,
    headers: dict[str, str],
    *,
    timeout: float,
    max_bytes: int = MAX_ANSWER_BYTES,
) -> PostResult:
    """POST `body` to `url`; the answer within `timeout` seconds in all, at most `max_bytes`."""
    started = time.monotonic()

    def took() -> float:
        return time.monotonic() - started

    status: int | None = None
    try:
        async with asyncio.timeout(timeout):
            async with client.stream("POST", url, content=body, headers=headers) as response:
                status = response.status_code
                answer = await _read_bounded(response, max_bytes)
    except TimeoutError:
        return PostResult(status, b"", took(), f"no answer within {timeout:g} s", timed_out=True)
    except (BodyTooLarge, BadEncoding, httpx.HTTPError) as error:
        return failed_post(error, status, took(), timeout)
    return PostResult(status, answer, took())


def failed_post(error: Exception, status: int | None, took: float, timeout: float) -> PostResult:
    """How a post that raised `error` ended (`status`: the answer's, when its head came)."""
    if isinstance(error, BodyTooLarge):
        return PostResult(status, b"", took, None, too_large=True)
    if isinstance(error, BadEncoding):
        return PostResult(status, b"", took, str(error))
    if isinstance(error, httpx.TimeoutException):  # a per-phase limit, or the deadline's
        return PostResult(status, b"", took, f"no answer within {timeout:g} s", timed_out=True)
    if isinstance(error, httpx.ConnectError):
        return PostResult(None, b"", took, _connect_error(error), unreachable=True)
    return PostResult(status, b"", took, f"{type(error).__name__}: {error}".rstrip(": "))


async def _read_bounded(response: httpx.Response, limit: int) -> bytes:
    """The answer's body, decoded, or `BodyTooLarge` as soon as it passes `limit` bytes."""
    decoder = BoundedDecoder(response.headers.get("content-encoding", ""), limit)
    body = bytearray()
    async for chunk in response.aiter_raw():
        body += decoder.decode(chunk)
    decoder.finish()
    return bytes(body)


def _connect_error(error: httpx.ConnectError) -> str:
    """Why the connection failed, with what to do about a certificate that does not verify."""
    cause: BaseException | None = error
    while cause is not None:
        if isinstance(cause, ssl.SSLCertVerificationError):
            return (
                f"TLS: the certificate does not verify ({cause.verify_message}); for a private"
                " CA, give its certificate (--cafile, or verify= in Python)"
            )
        if isinstance(cause, ssl.SSLError):
            return f"TLS handshake failed ({cause.reason or cause}): is it an https:// server?"
        cause = cause.__cause__ or cause.__context__
    return f"cannot connect: {error}"
