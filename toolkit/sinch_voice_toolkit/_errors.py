"""The errors a call through `connect()` raises.

    SinchError                       anything that went wrong with a call
     ├── SinchApiError               Sinch (or something in front of it) answered non-2xx
     │    ├── BadRequestError        400: the request is invalid (errorCode 4000x)
     │    ├── AuthenticationError    401: credentials, timestamp or signature (4010x)
     │    ├── ForbiddenError         403
     │    ├── NotFoundError          404: unknown application or number (40400)
     │    ├── RateLimitedError       429: capacity or velocity limit (4290x); see retry_after
     │    └── ServerError            5xx, including a proxy's HTML error page
     ├── InvalidResponseError        a 2xx whose body is not the JSON it claims to be
     └── SinchTransportError         no answer at all
          ├── SinchTimeoutError      connect, read, write or pool timeout
          └── SinchConnectionError   refused, reset or dropped connection

Every `SinchApiError` carries what the server said: `status`, Sinch's `error_code`, `message`
and `reference` when the body is Sinch's JSON, and `body`, the raw text, whatever it was.
Messages name the method, path and what the server said; never a credential or header.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any

import httpx

BODY_EXCERPT_CHARS = 200


class SinchError(Exception):
    """Base class of every error a call through `connect()` raises."""


class SinchApiError(SinchError):
    """The server answered with a non-2xx status."""

    def __init__(self, response: httpx.Response) -> None:
        self.response = response
        self.status: int = response.status_code
        self.method: str = response.request.method
        self.path: str = response.request.url.path
        self.body: str = response.text
        self.error_code: int | None = None
        self.message: str | None = None
        self.reference: str | None = None
        self._read_sinch_body()
        super().__init__(self._describe())

    def _read_sinch_body(self) -> None:
        try:
            data: Any = json.loads(self.body) if self.body.strip() else None
        except ValueError:
            return  # not JSON (a proxy's HTML page, a truncated body): `body` keeps the text
        if not isinstance(data, dict):
            return
        code = data.get("errorCode")
        if isinstance(code, int) or (isinstance(code, str) and code.isdigit()):
            self.error_code = int(code)  # documented as a string, sent as an integer
        if isinstance(data.get("message"), str):
            self.message = data["message"]
        if isinstance(data.get("reference"), str):
            self.reference = data["reference"]

    def _describe(self) -> str:
        text = f"{self.method} {self.path} answered {self.status}"
        if self.error_code is not None:
            text += f" (errorCode {self.error_code})"
        if self.message:
            text += f": {self.message}"
        elif self.body.strip():
            kind = self.response.headers.get("content-type", "no content type")
            text += f" with a non-Sinch body ({kind}): {self.body.strip()[:BODY_EXCERPT_CHARS]!r}"
        else:
            text += " with an empty body"
        if self.reference:
            text += f" [reference {self.reference}]"
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

    def __init__(self, response: httpx.Response) -> None:
        super().__init__(response)
        self.retry_after: float | None = parse_retry_after(response.headers.get("retry-after"))


class ServerError(SinchApiError):
    """5xx: Sinch, or a proxy in front of it, failed."""


class InvalidResponseError(SinchError):
    """A 2xx answer whose body is not the JSON its Content-Type promises."""

    def __init__(self, response: httpx.Response) -> None:
        self.response = response
        self.status = response.status_code
        self.body = response.text
        request = response.request
        excerpt = self.body[:BODY_EXCERPT_CHARS]
        where = f"{request.method} {request.url.path}"
        super().__init__(f"{where} answered {self.status} with invalid JSON: {excerpt!r}")


class SinchTransportError(SinchError):
    """The request got no answer."""


class SinchTimeoutError(SinchTransportError):
    """A connect, read, write or pool timeout."""


class SinchConnectionError(SinchTransportError):
    """The connection was refused, reset or dropped."""


_BY_STATUS: dict[int, type[SinchApiError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: ForbiddenError,
    404: NotFoundError,
    429: RateLimitedError,
}


def api_error(response: httpx.Response) -> SinchApiError:
    """The typed error for a non-2xx response (its body must have been read)."""
    if response.status_code >= 500:
        return ServerError(response)
    return _BY_STATUS.get(response.status_code, SinchApiError)(response)


def parse_retry_after(value: str | None) -> float | None:
    """Seconds from a Retry-After header: delta-seconds or an HTTP date (RFC 9110 10.2.3)."""
    if value is None:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)

    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())
