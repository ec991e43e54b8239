"""Reading an answer in full: decoded within a size cap, by the call's deadline.

`BodyReader.read` (sync) and `aread` (async) take an answer's raw bytes as they arrive,
decode them with `BoundedDecoder` (so a gzip bomb stops at the cap), check the call's deadline
after every chunk, and require a compressed body to end where its encoding says.
`CheckedResponse` is the answer as the generated client then gets it.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator, MutableMapping
from typing import Any

import httpx

from .._errors import InvalidResponseError, ResponseTooLargeError
from ._body import BadEncoding, BodyTooLarge, BoundedDecoder
from ._retrying import Deadline, DeadlinePassed

_NOT_PARSED: Any = object()


class CheckedResponse(httpx.Response):
    """An answer read in full (decoded, within the size cap) and checked against the contract.

    Its headers are the server's, as httpx keeps them for a response it decoded (so a gzip
    answer still says `Content-Encoding: gzip`); its body is the decoded one, and `read()`,
    `aread()`, `content` and `iter_bytes()` hand it over as it is, never through a decoder
    again. `json()` hands over the parse made while checking, once, so the generated parser
    does not parse the body a second time.
    """

    parsed: Any = _NOT_PARSED

    def __init__(
        self,
        status_code: int,
        *,
        headers: httpx.Headers,
        body: bytes,
        request: httpx.Request,
        extensions: MutableMapping[str, Any],
    ) -> None:
        super().__init__(
            status_code,
            headers=headers,
            stream=httpx.ByteStream(body),
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

    def iter_bytes(self, chunk_size: int | None = None) -> Iterator[bytes]:
        yield from _chunks(self.checked_body, chunk_size)

    async def aiter_bytes(self, chunk_size: int | None = None) -> AsyncIterator[bytes]:
        for chunk in _chunks(self.checked_body, chunk_size):
            yield chunk

    def json(self, **kwargs: Any) -> Any:
        if self.parsed is not _NOT_PARSED and not kwargs:
            parsed, self.parsed = self.parsed, _NOT_PARSED
            return parsed
        return super().json(**kwargs)


def _chunks(body: bytes, size: int | None) -> Iterator[bytes]:
    """`body` in pieces of `size` bytes (whole when None), as httpx splits a read body."""
    step = size or len(body) or 1
    for start in range(0, len(body), step):
        yield body[start : start + step]


class BodyReader:
    """Reads answers for one transport: its size cap and its redaction."""

    def __init__(self, max_bytes: int, redact: Callable[[str], str]) -> None:
        self.max_bytes = max_bytes
        self.redact = redact

    def read(self, response: httpx.Response, request: httpx.Request, deadline: Deadline) -> bytes:
        if response.is_stream_consumed:  # built in memory (httpx.MockTransport): already read
            return self._in_memory(response, request)
        decoder = self._decoder(response, request)
        body = bytearray()
        for chunk in response.iter_raw():
            body += self._decoded(decoder, chunk, response, request, deadline)
        self._finished(decoder, response, request)
        return bytes(body)

    async def aread(
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
        if len(response.content) > self.max_bytes:
            raise self._too_large(response, request)
        return response.content

    def _too_large(self, response: httpx.Response, request: httpx.Request) -> ResponseTooLargeError:
        reason = (
            f"the answer is larger than {self.max_bytes} bytes (decoded); the rest was not read"
        )
        return ResponseTooLargeError(request, response.status_code, reason, redact=self.redact)

    def _invalid(
        self, response: httpx.Response, request: httpx.Request, error: Exception
    ) -> InvalidResponseError:
        return InvalidResponseError(request, response.status_code, str(error), redact=self.redact)

    def _decoder(self, response: httpx.Response, request: httpx.Request) -> BoundedDecoder:
        try:
            return BoundedDecoder(response.headers.get("content-encoding", ""), self.max_bytes)
        except BadEncoding as error:
            raise self._invalid(response, request, error) from None

    def _finished(
        self, decoder: BoundedDecoder, response: httpx.Response, request: httpx.Request
    ) -> None:
        try:
            decoder.finish()
        except BadEncoding as error:
            raise self._invalid(response, request, error) from None

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
            raise self._invalid(response, request, error) from None
        if deadline.passed():
            raise DeadlinePassed
        return data
