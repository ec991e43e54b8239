"""httpx auth hooks for the Sinch Voice API: signed requests and Basic.

Both are `httpx.Auth` subclasses that only override `auth_flow` and do no I/O, so one instance
serves `httpx.Client` and `httpx.AsyncClient` alike (the model is httpx's own BasicAuth).

Both sign the path exactly as it goes on the wire and never rewrite it. How a path is spelled
is decided where it is built: the generated client's path template writes the characters a
path segment carries literally (RFC 3986 pchar: `! $ & ' ( ) * + , ; = : @`) literally, so
`+46…` goes out with its `+`, as every official Sinch SDK sends it, and the path as sent equals
its percent-decoded form: a server that verifies the raw path and one that decodes first
(Sinch's Java SDK signs the decoded path) compute the same signature. `with_literal_path`
applies the same rule to a URL you build yourself. See CURATION.md, "Numbers in the path".
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
import time
from collections.abc import Callable, Generator
from datetime import datetime

import httpx

from ._errors import CredentialsError
from ._signature import (
    SCHEME,
    TIMESTAMP_HEADER,
    decode_secret,
    format_timestamp,
    string_to_sign,
    validate_application_key,
)

Clock = Callable[[], datetime]


# Percent-escapes of the sub-delims, ':' and '@' (RFC 3986 pchar), in either case.
_LITERAL_IN_PATH = re.compile(rb"%(2[146-9A-Ca-c]|3[ABDabd]|40)")


def with_literal_path(url: httpx.URL) -> httpx.URL:
    """Return the URL with the characters a path segment carries literally (`+`, `(`, `)`,
    `:`, `@`, ...) written literally in its path; the query string is left as it is.

    The generated client's path template already spells paths so; use this for a URL you
    build yourself with percent-encoding, before it is signed. Such a character means the same
    written literally or percent-encoded in a path (`+` stands for a space only in a query
    string), so this changes the spelling, not the resource.
    """
    raw = url.raw_path
    if b"%" not in raw:  # nothing to rewrite: the common case
        return url
    path, separator, query = raw.partition(b"?")
    literal = _LITERAL_IN_PATH.sub(lambda m: bytes([int(m.group(1), 16)]), path)
    if literal == path:
        return url
    return url.copy_with(raw_path=literal + separator + query)


class ApplicationAuth(httpx.Auth):
    """Signs every request as a Sinch "application signed request".

    Sets `x-timestamp` to the current UTC time (whole seconds, as in Sinch's examples) and
    `Authorization: Application KEY:SIGNATURE`,
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
        # The HMAC key schedule is computed once; each request signs with a copy of it.
        self._mac = hmac.new(decode_secret(application_secret), digestmod=hashlib.sha256)
        self._clock = clock
        self._stamp: tuple[int, str] = (-1, "")  # (second, its x-timestamp), replaced whole

    @property
    def application_key(self) -> str:
        """The application key requests are signed for."""
        return self._application_key

    def __repr__(self) -> str:
        return f"ApplicationAuth(application_key={self._application_key!r}, application_secret=***)"

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        raw = request.url.raw_path
        timestamp = self._timestamp()
        canonical = string_to_sign(
            method=request.method,
            body=request.content,
            # get_list: no KeyError raised and caught when there is none (a GET), ~1 us.
            content_type=", ".join(request.headers.get_list("Content-Type")),
            timestamp=timestamp,
            path=raw.partition(b"?")[0].decode("ascii"),
        )
        mac = self._mac.copy()
        mac.update(canonical.encode("utf-8"))
        signature = base64.b64encode(mac.digest()).decode("ascii")
        # Set one by one: Headers.update would build a whole Headers first.
        request.headers[TIMESTAMP_HEADER] = timestamp
        request.headers["Authorization"] = f"{SCHEME} {self._application_key}:{signature}"
        yield request

    def _timestamp(self) -> str:
        """The x-timestamp for now: whole seconds, formatted once per second."""
        if self._clock is not None:
            return format_timestamp(self._clock())
        second = int(time.time())
        cached_second, stamp = self._stamp
        if second != cached_second:
            stamp = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(second))
            self._stamp = (second, stamp)
        return stamp


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
        request.headers["Authorization"] = self._header
        yield request
