"""The transport under every `connect()` client: sign, retry, and turn failures into typed errors.

One `SinchTransport` serves the sync and the async httpx client alike. For each attempt it
signs the request afresh (so a retry after a long wait carries a current x-timestamp), sends it
through the real transport, and inspects the answer:

- 429, 502, 503, 504, timeouts and dropped or refused connections are retried with exponential
  backoff and jitter, honouring Retry-After, within a number of attempts and a total time budget;
- any other non-2xx raises the matching `SinchApiError` at once;
- a 2xx that claims JSON but does not parse raises `InvalidResponseError`.

Retries use stamina: well kept, one API for sync and async, and both an attempt limit and a
total-time budget (httpx-retries has no time budget). Retrying POST is safe here: assigning
numbers and setting callback URLs are idempotent.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import httpx
import stamina

from ._errors import (
    InvalidResponseError,
    SinchConnectionError,
    SinchTimeoutError,
    api_error,
    parse_retry_after,
)

RETRY_STATUSES = frozenset({429, 502, 503, 504})
# What may have failed only transiently: a timeout, a network failure, a dropped connection.
RETRY_EXCEPTIONS = (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError)


@dataclass(frozen=True)
class RetryPolicy:
    """How `connect()` retries. `RetryPolicy(attempts=1)` (or `retries=None`) switches it off.

    Attributes:
        attempts: Tries in all, the first included.
        total_seconds: Give up once this much time has passed since the first try.
        wait_initial: The first backoff, in seconds; it doubles each time, up to `wait_max`.
        wait_max: The longest backoff.
        wait_jitter: Up to this many random seconds are added to each backoff.
        max_retry_after: A longer Retry-After from the server is capped to this.
    """

    attempts: int = 4
    total_seconds: float = 30.0
    wait_initial: float = 0.2
    wait_max: float = 5.0
    wait_jitter: float = 0.5
    max_retry_after: float = 20.0


NO_RETRIES = RetryPolicy(attempts=1)


class _RetryableResponse(Exception):
    """Raised inside an attempt for a status worth retrying; carries the (read) response."""

    def __init__(self, response: httpx.Response) -> None:
        super().__init__(response.status_code)
        self.response = response


class SinchTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Signs each attempt with `auth`, retries per `policy`, raises typed errors.

    Args:
        auth: The request signer (`sinch_signing.ApplicationAuth` or `BasicAuth`); its flow must
            need no round trip, as both of those do.
        policy: When and how often to retry.
        inner: The transport that talks to the network (sync, async, or both, as
            `httpx.MockTransport` is); defaults to httpx's own.
    """

    def __init__(
        self,
        auth: httpx.Auth,
        policy: RetryPolicy = RetryPolicy(),
        inner: httpx.BaseTransport | httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self.auth = auth
        self.policy = policy
        self._inner = inner
        self._sync: httpx.BaseTransport | None = (
            inner if isinstance(inner, httpx.BaseTransport) else None
        )
        self._async: httpx.AsyncBaseTransport | None = (
            inner if isinstance(inner, httpx.AsyncBaseTransport) else None
        )

    def __repr__(self) -> str:
        return f"SinchTransport(auth={self.auth!r}, policy={self.policy!r})"

    # -- sync ---------------------------------------------------------------------------------

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        request.read()
        if self._sync is None:
            if self._inner is not None:
                raise TypeError("the inner transport does not support sync requests")
            self._sync = httpx.HTTPTransport()
        sync = self._sync

        def attempt() -> httpx.Response:
            signed = self._signed(request)
            response = sync.handle_request(signed)
            response.read()
            return self._checked(response, signed)

        with self._typed_errors(request):
            try:
                return attempt()  # the first try skips the retry machinery (about 13 us)
            except (_RetryableResponse, *RETRY_EXCEPTIONS) as first_failure:
                failed: Exception | None = first_failure
                for retry in stamina.retry_context(on=self._backoff, **self._retry_options()):
                    with retry:
                        if failed is not None:  # replayed as stamina's first attempt, so it waits
                            replay, failed = failed, None
                            raise replay from None
                        return attempt()
        raise AssertionError("unreachable: stamina either returns or raises")  # pragma: no cover

    def close(self) -> None:
        if self._sync is not None:
            self._sync.close()

    # -- async --------------------------------------------------------------------------------

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        await request.aread()
        if self._async is None:
            if self._inner is not None:
                raise TypeError("the inner transport does not support async requests")
            self._async = httpx.AsyncHTTPTransport()
        transport = self._async

        async def attempt() -> httpx.Response:
            signed = self._signed(request)
            response = await transport.handle_async_request(signed)
            await response.aread()
            return self._checked(response, signed)

        with self._typed_errors(request):
            try:
                return await attempt()
            except (_RetryableResponse, *RETRY_EXCEPTIONS) as first_failure:
                failed: Exception | None = first_failure
                async for retry in stamina.retry_context(on=self._backoff, **self._retry_options()):
                    with retry:
                        if failed is not None:
                            replay, failed = failed, None
                            raise replay from None
                        return await attempt()
        raise AssertionError("unreachable: stamina either returns or raises")  # pragma: no cover

    async def aclose(self) -> None:
        if self._async is not None:
            await self._async.aclose()

    @staticmethod
    @contextmanager
    def _typed_errors(request: httpx.Request) -> Iterator[None]:
        """What is left after the retries becomes the project's typed error."""
        where = f"{request.method} {request.url.path}"
        try:
            yield
        except _RetryableResponse as retryable:
            raise api_error(retryable.response) from None
        except httpx.TimeoutException as error:
            raise SinchTimeoutError(f"{where}: {type(error).__name__}") from error
        except RETRY_EXCEPTIONS as error:
            raise SinchConnectionError(f"{where}: {type(error).__name__}: {error}") from error

    # -- shared -------------------------------------------------------------------------------

    def _retry_options(self) -> dict[str, Any]:
        policy = self.policy
        return {
            "attempts": policy.attempts,
            "timeout": policy.total_seconds,
            "wait_initial": policy.wait_initial,
            "wait_max": policy.wait_max,
            "wait_jitter": policy.wait_jitter,
        }

    def _backoff(self, error: Exception) -> bool | float:
        """Whether to retry after `error`, or how many seconds to wait first (Retry-After)."""
        if isinstance(error, _RetryableResponse):
            retry_after = parse_retry_after(error.response.headers.get("retry-after"))
            if retry_after is not None:
                return min(retry_after, self.policy.max_retry_after)
            return True
        return isinstance(error, RETRY_EXCEPTIONS)

    def _signed(self, request: httpx.Request) -> httpx.Request:
        """Sign (again) for this attempt: a fresh x-timestamp and signature every time."""
        flow = self.auth.auth_flow(request)
        return next(flow)

    @staticmethod
    def _checked(response: httpx.Response, request: httpx.Request) -> httpx.Response:
        response.request = request  # the client sets it only later; errors need it now
        if response.status_code in RETRY_STATUSES:
            raise _RetryableResponse(response)
        if not response.is_success:
            raise api_error(response)
        # The generated parsers call response.json() on every documented 2xx with a body; an
        # empty or truncated one would escape as JSONDecodeError.
        if response.status_code != 204 and "json" in response.headers.get("content-type", ""):
            try:
                json.loads(response.content)
            except ValueError:
                raise InvalidResponseError(response) from None
        return response
