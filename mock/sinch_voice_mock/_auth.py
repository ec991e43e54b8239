"""Authenticate requests to the mock: Sinch signed requests and Basic.

Signatures are verified by `sinch_signing.verify_callback`, the same code a callback receiver
uses, over the path exactly as received (the ASGI `raw_path`), so a client that signs a path
other than the one it sends is caught.
"""

from __future__ import annotations

import base64
import binascii
import hmac
from collections.abc import Callable
from datetime import datetime

from starlette.requests import Request

from sinch_signing import (
    CallbackVerificationError,
    MalformedTimestampError,
    MissingTimestampError,
    SignatureMismatchError,
    TimestampOutOfWindowError,
    parse_authorization,
    verify_callback,
)

from ._errors import (
    AUTHORIZATION_INVALID,
    CREDENTIALS_INVALID,
    REQUEST_EXPIRED,
    SIGNATURE_INVALID,
    TIMESTAMP_INVALID,
    SinchError,
)
from ._state import MockState


class Authenticator:
    """Finds the application a request is authenticated as, or raises SinchError (401)."""

    def __init__(
        self, state: MockState, clock: Callable[[], datetime], tolerance_seconds: float
    ) -> None:
        self._state = state
        self._clock = clock
        self._tolerance = tolerance_seconds

    def authenticate(self, request: Request, body: bytes) -> str:
        header = request.headers.get("authorization", "")
        if not header.strip():
            raise SinchError(AUTHORIZATION_INVALID, "Authorization header is missing")
        if header.split(" ", 1)[0].lower() == "basic":
            return self._basic(header)
        return self._signed(request, header, body)

    def _basic(self, header: str) -> str:
        try:
            decoded = base64.b64decode(header.split(" ", 1)[1].strip(), validate=True).decode(
                "utf-8"
            )
        except (IndexError, binascii.Error, UnicodeDecodeError):
            raise SinchError(
                AUTHORIZATION_INVALID, "Authorization header is not valid Basic"
            ) from None
        key, separator, secret = decoded.partition(":")
        known = self._state.secret_for(key) if separator else None
        if known is None or not hmac.compare_digest(known.encode(), secret.encode()):
            raise SinchError(CREDENTIALS_INVALID, "Invalid credentials")
        return key

    def _signed(self, request: Request, header: str, body: bytes) -> str:
        try:
            key, _ = parse_authorization(header)
        except CallbackVerificationError:
            raise SinchError(AUTHORIZATION_INVALID, "Authorization header is invalid") from None
        secret = self._state.secret_for(key)
        if secret is None:
            raise SinchError(CREDENTIALS_INVALID, "Invalid credentials")
        raw_path = request.scope.get("raw_path") or request.scope["path"].encode()
        try:
            verify_callback(
                method=request.method,
                path=raw_path.decode("latin-1"),
                headers=request.headers,
                body=body,
                application_key=key,
                application_secret=secret,
                now=self._clock(),
                tolerance_seconds=self._tolerance,
            )
        except (MissingTimestampError, MalformedTimestampError):
            raise SinchError(
                TIMESTAMP_INVALID, "x-timestamp header is missing or invalid"
            ) from None
        except TimestampOutOfWindowError:
            raise SinchError(REQUEST_EXPIRED, "Request has expired") from None
        except SignatureMismatchError:
            raise SinchError(SIGNATURE_INVALID, "Invalid signature") from None
        except CallbackVerificationError:
            raise SinchError(AUTHORIZATION_INVALID, "Authorization header is invalid") from None
        return key
