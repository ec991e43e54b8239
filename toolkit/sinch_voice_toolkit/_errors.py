"""The errors a call through `connect()` raises.

    SinchError                       anything that went wrong with a call
     ├── SinchApiError               Sinch (or something in front of it) answered non-2xx
     │    ├── BadRequestError        400: the request is invalid (errorCode 4000x)
     │    ├── AuthenticationError    401: credentials, timestamp or signature (4010x)
     │    ├── ForbiddenError         403
     │    ├── NotFoundError          404: unknown application or number (40400)
     │    ├── RateLimitedError       429: capacity or velocity limit (4290x); see retry_after
     │    └── ServerError            5xx, including a proxy's HTML error page
     ├── InvalidResponseError        a 2xx answer the contract does not allow: undocumented
     │    │                          status, not JSON, or JSON of the wrong shape
     │    └── ResponseTooLargeError  an answer over the size cap (decompressed)
     ├── InvalidRequestError         the request breaks the spec; nothing was sent (also a
     │                               ValueError)
     ├── ClientClosedError           the client was closed; nothing was sent (also a
     │                               RuntimeError)
     └── SinchTransportError         no answer at all
          ├── SinchTimeoutError      connect, read, write or pool timeout, or the call's deadline
          └── SinchConnectionError   refused, reset or dropped connection

Every `SinchApiError` carries what the server said: `status`, Sinch's `error_code`, `message`
and `reference` when the body is Sinch's JSON, and `body`, the raw text, whatever it was.
Every error raised by a call carries `attempts`, how many times the request was sent.
Messages name the method, host, path and what the server said; never a credential or header.
What the server said is quoted in a message at most 200 characters long, with control and
other unprintable characters escaped (a terminal shows them as text, never acts on them), and
anything matching the client's own secret, in any of the encodings it could come back in
(the Basic token, base64, percent- or JSON-escaped), is replaced by `[redacted]`, in the
message and in the attributes alike.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ._redaction import BODY_EXCERPT_CHARS, _no_redaction, excerpt
from ._retry_after import DIGITS, parse_retry_after

if TYPE_CHECKING:
    import httpx  # for annotations: importing the errors (and the client) does not load httpx

MESSAGE_CHARS = 1000  # the longest `message` an error keeps (Sinch's are one short line)


class SinchError(Exception):
    """Base class of every error a call through `connect()` raises.

    Attributes:
        attempts: How many times the request was sent (0 when it never left).
        not_repeated: Why the request was not sent again although the failure could have
            been retried (the operation is not repeatable and may have taken effect), or None.
    """

    attempts: int = 0
    not_repeated: str | None = None

    def __str__(self) -> str:
        text = super().__str__()
        if self.attempts > 1:
            text += f" (after {self.attempts} attempts)"
        if self.not_repeated:
            text += f"; not sent again: {self.not_repeated}"
        return text


def describe_request(request: httpx.Request) -> str:
    """`METHOD host[:port]/path`, as errors name a request (no query string, no credentials).

    The port is kept unless it is the scheme's default: `127.0.0.1:9` is not `127.0.0.1`."""
    netloc = request.url.netloc.decode("ascii", "replace")  # host[:port], without user info
    return f"{request.method} {netloc}{request.url.path}"


class SinchApiError(SinchError):
    """The server answered with a non-2xx status.

    `body` is the answer's text and `message` Sinch's message (at most 1,000 characters),
    both with the client's own secret redacted.
    """

    def __init__(
        self, response: httpx.Response, *, redact: Callable[[str], str] = _no_redaction
    ) -> None:
        self.response = response
        self.status: int = response.status_code
        self.method: str = response.request.method
        self.path: str = response.request.url.path
        self.where = describe_request(response.request)
        self.body: str = redact(_text(response))
        self.error_code: int | None = None
        self.message: str | None = None
        self.reference: str | None = None
        self._read_sinch_body()
        super().__init__(self._describe())

    def _read_sinch_body(self) -> None:
        try:
            data: Any = json.loads(self.body) if self.body.strip() else None
        except (ValueError, RecursionError):
            return  # not JSON (a proxy's HTML page, a truncated body): `body` keeps the text
        if not isinstance(data, dict):
            return
        code = data.get("errorCode")
        if isinstance(code, str):
            # Sinch's schema says string, its servers send integers. Parse the stripped text:
            # str.strip() also drops "\x1c"-"\x1f", which int() itself refuses.
            code = code.strip()
            if DIGITS.fullmatch(code):
                self.error_code = int(code)
        elif isinstance(code, int) and not isinstance(code, bool):
            self.error_code = code
        if isinstance(data.get("message"), str):
            self.message = data["message"][:MESSAGE_CHARS]
        if isinstance(data.get("reference"), str):
            self.reference = data["reference"][:MESSAGE_CHARS]

    def _describe(self) -> str:
        text = f"{self.where} answered {self.status}"
        if self.error_code is not None:
            text += f" (errorCode {self.error_code})"
        if self.message:
            text += f": {excerpt(self.message)}"
        elif self.body.strip():
            kind = excerpt(self.response.headers.get("content-type", "no content type"), 80)
            text += f" with a non-Sinch body ({kind}): {excerpt(self.body.strip())!r}"
        else:
            text += " with an empty body"
        if self.reference:
            text += f" [reference {excerpt(self.reference, 80)}]"
        if self.status == 401:
            from ._hints import authentication_hint  # only for a 401

            hint = authentication_hint(self.error_code)
            if hint:
                text += f"; {hint}"
        return text


class BadRequestError(SinchApiError):
    """400: the request is invalid."""


class AuthenticationError(SinchApiError):
    """401: missing or bad credentials, timestamp or signature."""


class ForbiddenError(SinchApiError):
    """403: the application may not do this."""


class NotFoundError(SinchApiError):
    """404: the application or number does not exist."""


class RateLimitedError(SinchApiError):
    """429: slow down. `retry_after` is the server's Retry-After in seconds, when it sent one."""

    def __init__(
        self, response: httpx.Response, *, redact: Callable[[str], str] = _no_redaction
    ) -> None:
        super().__init__(response, redact=redact)
        self.retry_after: float | None = parse_retry_after(response.headers.get("retry-after"))


class ServerError(SinchApiError):
    """5xx: Sinch, or a proxy in front of it, failed."""


class InvalidResponseError(SinchError):
    """A 2xx answer the contract does not allow.

    Attributes:
        status: The HTTP status.
        reason: What is wrong, for example `not JSON` or `/numbers/0: "number" is a required
            property`.
        operation: The spec's operationId, when the request is one of the spec's operations.
        body: The start of the answer's text (at most 200 characters).
    """

    def __init__(
        self,
        request: httpx.Request | None,
        status: int,
        reason: str,
        *,
        operation: str | None = None,
        body: bytes = b"",
        redact: Callable[[str], str] = _no_redaction,
    ) -> None:
        self.status = status
        self.reason = excerpt(redact(reason), 300)  # a violation may quote the answer
        self.operation = operation
        # Redacted whole, then cut: a secret across the cut must not leave half of itself.
        text = redact(body[: BODY_EXCERPT_CHARS * 8].decode("utf-8", "replace"))
        self.body = text[:BODY_EXCERPT_CHARS]
        name = f"{operation}: " if operation else ""
        what = describe_request(request) if request is not None else "the request"
        super().__init__(f"{name}{what} answered {status}: {self.reason}")


class ResponseTooLargeError(InvalidResponseError):
    """The answer (decompressed) was larger than the client's size cap; the rest was not read."""


class InvalidRequestError(SinchError, ValueError):
    """The request breaks the spec (an invalid number, too many numbers, a bad URL...).

    Nothing was sent. `operation` is the spec's operationId; `where` the JSON path of the
    offending field (`/numbers/3`), or the path parameter's name.
    """

    def __init__(self, operation: str, where: str, detail: str) -> None:
        self.operation = operation
        self.where = where
        self.detail = detail
        super().__init__(f"{operation}: invalid request at {where or '/'}: {detail}")


class ClientClosedError(SinchError, RuntimeError):
    """The client was closed (its `with` block ended, or `close()`): nothing was sent. Make a
    new client. Also a `RuntimeError`, which httpx raises for a closed client."""


class SinchTransportError(SinchError):
    """The request got no answer."""


class SinchTimeoutError(SinchTransportError):
    """A connect, read, write or pool timeout."""


class SinchConnectionError(SinchTransportError):
    """The connection was refused, reset or dropped."""


class SinchTlsError(SinchConnectionError):
    """The TLS handshake failed: a certificate that does not verify, or no TLS at all there
    (https:// to a plain-HTTP port). Not retried: another attempt would fail the same way."""


def _text(response: httpx.Response) -> str:
    """The answer's text, whatever charset it claims."""
    try:
        return response.text
    except (LookupError, ValueError):
        return response.content.decode("utf-8", "replace")
