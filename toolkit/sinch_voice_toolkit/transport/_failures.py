"""What went wrong in an attempt, as the project's typed errors, and whether it took effect.

httpx's and the standard library's exceptions become `SinchTimeoutError`,
`SinchConnectionError` (with a hint for a refused connection), `SinchTlsError` or
`InvalidResponseError`; `never_took_effect` tells a failure that proves the request did nothing
(no connection, or a refusal that says when to come back) from one that may have been acted on.
"""

from __future__ import annotations

import ssl
from collections.abc import Callable

import httpx

from .._errors import (
    InvalidResponseError,
    SinchApiError,
    SinchConnectionError,
    SinchError,
    SinchTimeoutError,
    SinchTlsError,
    SinchTransportError,
    describe_request,
)
from .._redaction import excerpt

# Failures that prove the request never left: no connection was made, or none was free.
_NEVER_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout, ConnectionRefusedError)


def typed_failure(
    failure: Exception, request: httpx.Request, redact: Callable[[str], str]
) -> SinchError:
    """The project's typed error for what went wrong in an attempt."""
    if isinstance(failure, SinchError):
        return failure
    where = describe_request(request)
    if isinstance(failure, httpx.TimeoutException):
        return SinchTimeoutError(f"{where}: {type(failure).__name__}")
    # httpx's and h11's messages may quote what the server sent.
    detail = excerpt(redact(str(failure)))
    if isinstance(failure, httpx.DecodingError):
        return InvalidResponseError(
            request, 0, f"the body cannot be decoded: {detail}", redact=redact
        )
    if isinstance(failure, httpx.NetworkError | httpx.RemoteProtocolError | OSError):
        from .._hints import connection_hint  # only when a connection failed

        kind = SinchTlsError if _caused_by(failure, ssl.SSLError) else SinchConnectionError
        hint = connection_hint(failure, request.url)
        return kind(f"{where}: {type(failure).__name__}: {detail}" + (f"; {hint}" if hint else ""))
    return SinchTransportError(f"{where}: {type(failure).__name__}: {detail}")


def never_took_effect(error: SinchError, failure: Exception, retry_after: float | None) -> bool:
    """Whether the request certainly did not take effect: it never left (no connection), or
    the server turned it away with 429 or 503 and said when to come back (Retry-After)."""
    if isinstance(error, SinchApiError):
        return error.status in (429, 503) and retry_after is not None
    return _caused_by(failure, _NEVER_SENT)


def deadline_error(request: httpx.Request, seconds: float) -> SinchTimeoutError:
    """The error of a call whose deadline passed."""
    return SinchTimeoutError(f"{describe_request(request)}: no answer within {seconds:g} s")


def _caused_by(
    failure: BaseException, kinds: type[BaseException] | tuple[type[BaseException], ...]
) -> bool:
    """Whether `failure`, or an exception it was raised from or while handling, is one of
    `kinds`."""
    seen: set[int] = set()
    current: BaseException | None = failure
    while current is not None and id(current) not in seen:
        if isinstance(current, kinds):
            return True
        seen.add(id(current))
        current = current.__cause__ or current.__context__
    return False
