"""A `requests` auth hook that signs with `sinch_signing`, for Schemathesis.

Schemathesis sends its requests with `requests`, and its `@schemathesis.auth()` hooks run before
the body is serialised, so signing has to happen here, on the prepared request. The canonical
string still comes from `sinch_signing`; only the adapter to `requests` lives here.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

import requests

from sinch_signing import decode_secret, format_timestamp, signature_headers


class SinchRequestsAuth(requests.auth.AuthBase):
    """Signs a prepared `requests` request as a Sinch application signed request."""

    def __init__(self, key: str, secret: str, clock: Callable[[], datetime] | None = None) -> None:
        self._key = key
        self._secret = decode_secret(secret)
        self._clock = clock or (lambda: datetime.now(UTC))

    def __repr__(self) -> str:
        return f"SinchRequestsAuth(key={self._key!r}, secret=***)"

    def __call__(self, request: requests.PreparedRequest) -> requests.PreparedRequest:
        raw = request.body or b""
        body = raw.encode("utf-8") if isinstance(raw, str) else raw
        assert isinstance(body, bytes), "the contract tests send bodies as bytes or text"
        content_type = request.headers.get("Content-Type", "")
        if isinstance(content_type, bytes):
            content_type = content_type.decode("latin-1")
        headers = signature_headers(
            application_key=self._key,
            secret=self._secret,
            method=request.method or "GET",
            path=request.path_url.partition("?")[0],  # the path exactly as it goes on the wire
            body=body,
            content_type=content_type,
            timestamp=format_timestamp(self._clock()),
        )
        request.headers.update(headers)
        return request
