"""A `requests` auth hook that signs with `sinch_signing`, for Schemathesis.

Schemathesis sends its requests with `requests`, and its `@schemathesis.auth()` hooks run before
the body is serialised, so signing has to happen here, on the prepared request. The canonical
string still comes from `sinch_signing`; only the adapter to `requests` lives here.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

import requests

from sinch_signing import (
    TIMESTAMP_HEADER,
    authorization_value,
    compute_signature,
    decode_secret,
    format_timestamp,
    string_to_sign,
)


class SinchRequestsAuth(requests.auth.AuthBase):
    """Signs a prepared `requests` request as a Sinch application signed request."""

    def __init__(self, key: str, secret: str, clock: Callable[[], datetime] | None = None) -> None:
        self._key = key
        self._secret = decode_secret(secret)
        self._clock = clock or (lambda: datetime.now(UTC))

    def __repr__(self) -> str:
        return f"SinchRequestsAuth(key={self._key!r}, secret=***)"

    def __call__(self, request: requests.PreparedRequest) -> requests.PreparedRequest:
        body = request.body or b""
        if isinstance(body, str):
            body = body.encode("utf-8")
        timestamp = format_timestamp(self._clock())
        canonical = string_to_sign(
            method=request.method or "GET",
            body=body,
            content_type=request.headers.get("Content-Type", ""),
            timestamp=timestamp,
            path=request.path_url.partition("?")[0],  # the path exactly as it goes on the wire
        )
        request.headers[TIMESTAMP_HEADER] = timestamp
        request.headers["Authorization"] = authorization_value(
            self._key, compute_signature(canonical, self._secret)
        )
        return request
