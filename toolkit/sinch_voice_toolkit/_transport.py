"""The transport under every `connect()` client: check, sign, send, retry, and check the answer.

One `SinchTransport` serves the sync and the async httpx client alike. For each call it:

1. checks the request against the spec (body and path parameters): `InvalidRequestError`, and
   nothing is sent, when it breaks it;
2. for each attempt, signs the request afresh (a retry after a long wait carries a current
   x-timestamp), bounds the attempt's timeouts by what is left of the call's deadline, sends it,
   and reads the answer with a size cap and the deadline checked as the body arrives;
3. turns what came back into a result or a typed error: a non-2xx is a `SinchApiError`, a 2xx
   that the contract does not allow (undocumented status, not JSON, wrong shape) an
   `InvalidResponseError`, no answer a `SinchTransportError`;
4. retries 429, 502, 503, 504, timeouts and dropped connections with backoff, honouring
   Retry-After, within the attempts and the deadline of its `RetryPolicy`.

Retrying POST is safe here: assigning numbers and setting callback URLs are idempotent.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Coroutine, Mapping, MutableMapping
from functools import cache
from typing import Any, TypeVar

import httpx

from . import _retrying
from ._body import BadEncoding, BodyTooLarge, BoundedDecoder
from ._contract import Contract, ContractViolation, Operation
from ._errors import (
    InvalidRequestError,
    InvalidResponseError,
    RateLimitedError,
    ResponseTooLargeError,
    SinchApiError,
    SinchConnectionError,
    SinchError,
    SinchTimeoutError,
    SinchTransportError,
    api_error,
    describe_request,
    excerpt,
    parse_retry_after,
)
from ._retrying import DEFAULT_RETRY_POLICY, Deadline, RetryPolicy
from ._socket_deadline import call_deadline, sync_transport

RETRY_STATUSES = frozenset({429, 502, 503, 504})
DEFAULT_MAX_RESPONSE_BYTES = 10 * 1024 * 1024
# Hop-by-hop framing of the answer as it came; the checked answer carries the decoded body.
_FRAMING_HEADERS = frozenset({b"content-encoding", b"content-length", b"transfer-encoding"})
_NOT_PARSED: Any = object()


T = TypeVar("T")


async def _within(seconds: float, work: Coroutine[Any, Any, T]) -> T:
    """Await `work`, raising TimeoutError after `seconds`: with asyncio's own timeout under
    asyncio (about 80 us cheaper per call than anyio's), with anyio's under trio."""
    import asyncio  # loaded by the first async call: sync programs never import asyncio

    try:
        asyncio.get_running_loop()
    except RuntimeError:
        import anyio  # httpx's own async dependency

        with anyio.fail_after(seconds):
            return await work
    async with asyncio.timeout(seconds):
        return await work


def _unchanged(text: str) -> str:
    return text


@cache
def packaged_contract() -> Contract:
    """The contract of the packaged spec, read once per process."""
    return Contract.packaged()


class CheckedResponse(httpx.Response):
    """An answer read in full (decoded, within the size cap) and checked against the contract.

    The body is already in memory, so `read()`, `aread()` and `content` hand it over as it is:
    an `httpx.Response` built with `content=` runs it through httpx's stream and decoder
    machinery once more (about 20 us a call, a quarter of what the client adds to a call).
    `json()` hands over the parse made while checking, once, so the generated parser does not
    parse the body a second time.
    """

    parsed: Any = _NOT_PARSED

    def __init__(
        self,
        status_code: int,
        *,
        headers: list[tuple[bytes, bytes]],
        body: bytes,
        request: httpx.Request,
        extensions: MutableMapping[str, Any],
    ) -> None:
        super().__init__(
            status_code,
            headers=[*headers, (b"content-length", b"%d" % len(body))],
            stream=httpx.ByteStream(body),  # for iter_bytes(), which reads from the stream
            request=request,
            extensions=extensions,
        )
        self.checked_body = body

    @property
    def content(self) -> bytes:
        return self.checked_body

    def read(self) -> bytes:
        return self.checked_body

    async def aread(self) -> bytes:
        return self.checked_body

    def json(self, **kwargs: Any) -> Any:
        if self.parsed is not _NOT_PARSED and not kwargs:
            parsed, self.parsed = self.parsed, _NOT_PARSED
            return parsed
        return super().json(**kwargs)


class SinchTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Checks, signs, retries and types the errors of every request.

    Args:
        auth: The request signer (`sinch_signing.ApplicationAuth` or `BasicAuth`); its flow must
            need no round trip, as both of those do.
        policy: When and how often to retry, and the deadline of a call.
        inner: The transport that talks to the network (sync, async, or both, as
            `httpx.MockTransport` is); defaults to httpx's own.
        max_response_bytes: The largest answer body (after decompression) that is read.
        contract: The operations to check requests and answers against; defaults to the spec
            shipped in this package.
        on_retry: Called before each retry with the request, the failed attempt's number, the
            error and the wait in seconds (the CLI's `--verbose` uses it). Retries are also
            logged at INFO on the `sinch_voice_toolkit` logger.
        network: Keyword arguments for the default network transports (`httpx.HTTPTransport`
            and `httpx.AsyncHTTPTransport`): `verify`, `proxy`, `limits`, ...; not allowed
            with `inner`.
        base_path: The path of the base URL the API is mounted under (`/sinch` for
            `https://gateway.example.com/sinch`); requests are matched to the spec's
            operations relative to it.
        redact: Removes the client's own credentials from what the server said before it
            goes into an error (`connect()` passes a `Redactor` for its key and secret).
    """

    def __init__(
        self,
        auth: httpx.Auth,
        policy: RetryPolicy = DEFAULT_RETRY_POLICY,
        inner: httpx.BaseTransport | httpx.AsyncBaseTransport | None = None,
        *,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        contract: Contract | None = None,
        on_retry: Callable[[httpx.Request, int, SinchError, float], None] | None = None,
        network: Mapping[str, Any] | None = None,
        base_path: str = "",
        redact: Callable[[str], str] | None = None,
    ) -> None:
        if max_response_bytes < 1:
            raise ValueError("max_response_bytes must be at least 1")
        if network and inner is not None:
            raise ValueError("network settings apply to the default transports, not to inner")
        self._network = dict(network or {})
        self.base_path = base_path.rstrip("/")
        self.redact: Callable[[str], str] = redact or _unchanged
        self.auth = auth
        self.policy = policy
        self.max_response_bytes = max_response_bytes
        self.on_retry = on_retry
        self._contract = contract
        self._inner = inner
        self._sync: httpx.BaseTransport | None = (
            inner if isinstance(inner, httpx.BaseTransport) else None
        )
        self._async: httpx.AsyncBaseTransport | None = (
            inner if isinstance(inner, httpx.AsyncBaseTransport) else None
        )

    def __repr__(self) -> str:
        return f"SinchTransport(auth={self.auth!r}, policy={self.policy!r})"

    @property
    def application_key(self) -> str | None:
        """The application key requests are signed for (or sent with, for Basic)."""
        key = getattr(self.auth, "application_key", None)
        return key if isinstance(key, str) else None

    # -- sync ---------------------------------------------------------------------------------

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        request.read()
        operation = self._check_request(request)
        inner = self._sync_inner()
        deadline = Deadline(self.policy.total_seconds)
        timeouts = request.extensions.get("timeout")
        attempt = 0
        while True:
            attempt += 1
            try:
                signed = self._prepare_attempt(request, deadline, timeouts)
                # The deadline also bounds what the timeouts cannot (a 1xx stream, headers
                # sent byte by byte): every socket operation ends by it.
                with call_deadline(deadline.at):
                    response = inner.handle_request(signed)
                    try:
                        content = self._read(response, signed, deadline)
                    finally:
                        response.close()
                return self._checked(operation, response, content, signed)
            except (httpx.HTTPError, OSError, SinchError) as failure:
                _retrying.sleep(self._wait_or_raise(failure, request, attempt, deadline))

    def close(self) -> None:
        if self._sync is not None:
            self._sync.close()

    def _sync_inner(self) -> httpx.BaseTransport:
        if self._sync is None:
            if self._inner is not None:
                raise TypeError("the inner transport does not support sync requests")
            self._sync = sync_transport(self._network)
        return self._sync

    # -- async --------------------------------------------------------------------------------

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        await request.aread()
        operation = self._check_request(request)
        inner = self._async_inner()
        deadline = Deadline(self.policy.total_seconds)
        timeouts = request.extensions.get("timeout")
        attempt = 0
        while True:
            attempt += 1
            try:
                signed = self._prepare_attempt(request, deadline, timeouts)
                # The deadline also bounds what the timeouts cannot: headers sent byte by byte.
                response, content = await _within(
                    max(deadline.remaining(), 0), self._exchange(inner, signed, deadline)
                )
                return self._checked(operation, response, content, signed)
            except TimeoutError:
                error: SinchError = self._deadline_error(request)
                error.attempts = attempt
                raise error from None
            except (httpx.HTTPError, OSError, SinchError) as failure:
                await _retrying.async_sleep(
                    self._wait_or_raise(failure, request, attempt, deadline)
                )

    async def _exchange(
        self, inner: httpx.AsyncBaseTransport, request: httpx.Request, deadline: Deadline
    ) -> tuple[httpx.Response, bytes]:
        """Send one attempt and read its answer in full."""
        response = await inner.handle_async_request(request)
        try:
            return response, await self._aread(response, request, deadline)
        finally:
            await response.aclose()

    async def aclose(self) -> None:
        if self._async is not None:
            await self._async.aclose()

    def _async_inner(self) -> httpx.AsyncBaseTransport:
        if self._async is None:
            if self._inner is not None:
                raise TypeError("the inner transport does not support async requests")
            self._async = httpx.AsyncHTTPTransport(**self._network)
        return self._async

    # -- the steps ----------------------------------------------------------------------------

    def _check_request(self, request: httpx.Request) -> Operation | None:
        """Find the request's operation and check the request against it; nothing is sent
        when it breaks the spec."""
        contract = self._contract or packaged_contract()
        path = self._api_path(request.url)
        operation = contract.find(request.method, path)
        if operation is None:
            return None
        try:
            operation.check_path(path)
            if operation.request_schema is not None:
                try:
                    body = json.loads(request.content) if request.content else None
                except (ValueError, RecursionError):
                    raise ContractViolation("", "the body is not JSON") from None
                operation.check_request_body(body)
        except ContractViolation as violation:
            raise InvalidRequestError(
                operation.operation_id, violation.where, violation.detail
            ) from None
        return operation

    def _api_path(self, url: httpx.URL) -> str:
        """The request's path relative to the base URL's, as the spec writes its paths."""
        path = url.raw_path.partition(b"?")[0].decode("ascii")
        if self.base_path and path.startswith(self.base_path + "/"):
            return path[len(self.base_path) :]
        return path

    def _prepare_attempt(
        self, request: httpx.Request, deadline: Deadline, timeouts: Any
    ) -> httpx.Request:
        """Sign (again) and bound this attempt's timeouts by what is left of the deadline."""
        left = deadline.remaining()
        if left <= 0:
            raise self._deadline_error(request)
        if isinstance(timeouts, dict):
            request.extensions["timeout"] = {
                phase: left if limit is None else min(limit, left)
                for phase, limit in timeouts.items()
            }
        flow = self.auth.auth_flow(request)
        return next(flow)

    def _read(self, response: httpx.Response, request: httpx.Request, deadline: Deadline) -> bytes:
        if response.is_stream_consumed:  # built in memory (httpx.MockTransport): already read
            return self._in_memory(response, request)
        decoder = self._decoder(response, request)
        body = bytearray()
        for chunk in response.iter_raw():
            body += self._decoded(decoder, chunk, response, request, deadline)
        self._finished(decoder, response, request)
        return bytes(body)

    async def _aread(
        self, response: httpx.Response, request: httpx.Request, deadline: Deadline
    ) -> bytes:
        if response.is_stream_consumed:
            return self._in_memory(response, request)
        decoder = self._decoder(response, request)
        body = bytearray()
        async for chunk in response.aiter_raw():
            body += self._decoded(decoder, chunk, response, request, deadline)
        self._finished(decoder, response, request)
        return bytes(body)

    def _in_memory(self, response: httpx.Response, request: httpx.Request) -> bytes:
        if len(response.content) > self.max_response_bytes:
            raise self._too_large(response, request)
        return response.content

    def _too_large(self, response: httpx.Response, request: httpx.Request) -> ResponseTooLargeError:
        limit = self.max_response_bytes
        reason = f"the answer is larger than {limit} bytes (decoded); the rest was not read"
        return ResponseTooLargeError(request, response.status_code, reason, redact=self.redact)

    def _decoder(self, response: httpx.Response, request: httpx.Request) -> BoundedDecoder:
        try:
            return BoundedDecoder(
                response.headers.get("content-encoding", ""), self.max_response_bytes
            )
        except BadEncoding as error:
            raise InvalidResponseError(
                request, response.status_code, str(error), redact=self.redact
            ) from None

    def _finished(
        self, decoder: BoundedDecoder, response: httpx.Response, request: httpx.Request
    ) -> None:
        try:
            decoder.finish()
        except BadEncoding as error:
            raise InvalidResponseError(
                request, response.status_code, str(error), redact=self.redact
            ) from None

    def _decoded(
        self,
        decoder: BoundedDecoder,
        chunk: bytes,
        response: httpx.Response,
        request: httpx.Request,
        deadline: Deadline,
    ) -> bytes:
        """One network chunk, decoded within the size cap and the deadline."""
        try:
            data = decoder.decode(chunk)
        except BodyTooLarge:
            raise self._too_large(response, request) from None
        except BadEncoding as error:
            raise InvalidResponseError(
                request, response.status_code, str(error), redact=self.redact
            ) from None
        if deadline.passed():
            raise self._deadline_error(request)
        return data

    def _checked(
        self,
        operation: Operation | None,
        raw: httpx.Response,
        content: bytes,
        request: httpx.Request,
    ) -> httpx.Response:
        """The answer as the generated client gets it, or the typed error it stands for."""
        headers = [(k, v) for k, v in raw.headers.raw if k.lower() not in _FRAMING_HEADERS]
        response = CheckedResponse(
            raw.status_code,
            headers=headers,
            body=content,
            request=request,
            extensions=raw.extensions,
        )
        status = response.status_code
        if not 200 <= status < 300:
            raise api_error(response, self.redact)
        if operation is None:
            return response
        name = operation.operation_id
        if status not in operation.answers:
            documented = ", ".join(str(s) for s in sorted(operation.answers))
            raise InvalidResponseError(
                request,
                status,
                f"undocumented status (documented: {documented})",
                operation=name,
                body=content,
                redact=self.redact,
            )
        if operation.answers[status] is None:
            return response  # no body is documented (204): whatever came is ignored
        try:
            data = json.loads(content)
        except (ValueError, RecursionError):
            reason = "an empty body, not JSON" if not content.strip() else "not JSON"
            raise InvalidResponseError(
                request, status, reason, operation=name, body=content, redact=self.redact
            ) from None
        try:
            operation.check_answer(status, data)
        except ContractViolation as violation:
            raise InvalidResponseError(
                request, status, str(violation), operation=name, body=content, redact=self.redact
            ) from None
        except (ValueError, RecursionError):  # nested deeper than the validator will go
            raise InvalidResponseError(
                request,
                status,
                "JSON nested too deep",
                operation=name,
                body=content,
                redact=self.redact,
            ) from None
        response.parsed = data
        return response

    def _typed(self, failure: Exception, request: httpx.Request) -> SinchError:
        """The project's typed error for what went wrong in an attempt."""
        if isinstance(failure, SinchError):
            return failure
        where = describe_request(request)
        if isinstance(failure, httpx.TimeoutException):
            return SinchTimeoutError(f"{where}: {type(failure).__name__}")
        # httpx's and h11's messages may quote what the server sent.
        detail = excerpt(self.redact(str(failure)))
        if isinstance(failure, httpx.DecodingError):
            return InvalidResponseError(
                request, 0, f"the body cannot be decoded: {detail}", redact=self.redact
            )
        if isinstance(failure, httpx.NetworkError | httpx.RemoteProtocolError | OSError):
            return SinchConnectionError(f"{where}: {type(failure).__name__}: {detail}")
        return SinchTransportError(f"{where}: {type(failure).__name__}: {detail}")

    def _wait_or_raise(
        self, failure: Exception, request: httpx.Request, attempt: int, deadline: Deadline
    ) -> float:
        """The wait before the next attempt; raises the typed error when there is to be none."""
        error = self._typed(failure, request)
        wait = self._next_wait(error, attempt, deadline)
        if wait is None:
            error.attempts = attempt
            raise error from (None if error is failure else failure)
        self._announce(request, attempt, error, wait)
        return wait

    def _next_wait(self, error: SinchError, attempt: int, deadline: Deadline) -> float | None:
        if isinstance(error, SinchApiError):
            if error.status not in RETRY_STATUSES:
                return None
            retry_after = (
                error.retry_after
                if isinstance(error, RateLimitedError)
                else parse_retry_after(error.response.headers.get("retry-after"))
            )
        elif isinstance(error, SinchTimeoutError | SinchConnectionError):
            retry_after = None
        else:
            return None
        return _retrying.next_wait(self.policy, attempt, deadline, retry_after)

    def _announce(
        self, request: httpx.Request, attempt: int, error: SinchError, wait: float
    ) -> None:
        cause = f"{error.status}" if isinstance(error, SinchApiError) else type(error).__name__
        _retrying.announce(describe_request(request), attempt, cause, wait)
        if self.on_retry is not None:
            self.on_retry(request, attempt, error, wait)

    def _deadline_error(self, request: httpx.Request) -> SinchTimeoutError:
        seconds = self.policy.total_seconds
        return SinchTimeoutError(f"{describe_request(request)}: no answer within {seconds:g} s")
