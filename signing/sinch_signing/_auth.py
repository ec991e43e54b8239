"""httpx auth hooks for the Sinch Voice API: signed requests and Basic.

Both are `httpx.Auth` subclasses that only override `auth_flow` and do no I/O, so one instance
serves `httpx.Client` and `httpx.AsyncClient` alike (the model is httpx's own BasicAuth).

Both also put phone numbers in the path on the wire with a literal `+`. The generated client
percent-encodes path parameters (`+46…` becomes `%2B46…`), while every official Sinch SDK sends
the `+` as is and Sinch signs the path as sent; see CURATION.md, "Phone numbers in the path".
"""

from __future__ import annotations

import base64
from collections.abc import Callable, Generator
from datetime import UTC, datetime

import httpx

from ._errors import CredentialsError
from ._signature import decode_secret, format_timestamp, signature_headers, validate_application_key

Clock = Callable[[], datetime]


def _utc_now() -> datetime:
    return datetime.now(UTC)


def with_literal_plus(url: httpx.URL) -> httpx.URL:
    """Return the URL with every `%2B` in its path written as a literal `+`.

    In a path, `+` has no special meaning (only in a query string does it stand for a space), so
    this changes the spelling, not the resource.
    """
    raw = url.raw_path
    if b"%2" not in raw:  # nothing to rewrite: the common case
        return url
    path, separator, query = raw.partition(b"?")
    literal = path.replace(b"%2B", b"+").replace(b"%2b", b"+")
    if literal == path:
        return url
    return url.copy_with(raw_path=literal + separator + query)


def wire_path(url: httpx.URL) -> str:
    """Return the path exactly as it goes on the wire, without the query string."""
    return url.raw_path.partition(b"?")[0].decode("ascii")


class ApplicationAuth(httpx.Auth):
    """Signs every request as a Sinch "application signed request".

    Sets `x-timestamp` to the current UTC time and `Authorization: Application KEY:SIGNATURE`,
    where the signature covers the method, the body's MD5, the Content-Type header as sent
    (empty when none), the timestamp and the path as sent.

    Args:
        application_key: The application key from the Sinch dashboard.
        application_secret: The application secret from the dashboard, base64 as shown there.
        clock: Returns the current time as an aware datetime; defaults to the system clock.
            Inject one in tests instead of patching globals.

    Raises:
        CredentialsError: The key is empty or malformed, or the secret is not valid base64.
    """

    requires_request_body = True

    def __init__(
        self, application_key: str, application_secret: str, *, clock: Clock | None = None
    ) -> None:
        self._application_key = validate_application_key(application_key)
        self._secret = decode_secret(application_secret)
        self._clock = clock or _utc_now

    @property
    def application_key(self) -> str:
        """The application key requests are signed for."""
        return self._application_key

    def __repr__(self) -> str:
        return f"ApplicationAuth(application_key={self._application_key!r}, application_secret=***)"

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.url = with_literal_plus(request.url)
        headers = signature_headers(
            application_key=self._application_key,
            secret=self._secret,
            method=request.method,
            path=wire_path(request.url),
            body=request.content,
            content_type=request.headers.get("Content-Type", ""),
            timestamp=format_timestamp(self._clock()),
        )
        for name, value in headers.items():  # Headers.update would build a whole Headers first
            request.headers[name] = value
        yield request


class BasicAuth(httpx.Auth):
    """Sends `Authorization: Basic base64(KEY:SECRET)`, the secret as the dashboard shows it.

    Sinch recommends Basic for testing only; prefer `ApplicationAuth` in production.

    Raises:
        CredentialsError: The key is empty or malformed, or the secret is empty.
    """

    def __init__(self, application_key: str, application_secret: str) -> None:
        key = validate_application_key(application_key)
        if not isinstance(application_secret, str) or not application_secret.strip():
            raise CredentialsError("application_secret is empty")
        token = base64.b64encode(f"{key}:{application_secret.strip()}".encode()).decode("ascii")
        self._application_key = key
        self._header = f"Basic {token}"

    @property
    def application_key(self) -> str:
        """The application key sent in the credentials."""
        return self._application_key

    def __repr__(self) -> str:
        return f"BasicAuth(application_key={self._application_key!r}, application_secret=***)"

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.url = with_literal_plus(request.url)
        request.headers["Authorization"] = self._header
        yield request
