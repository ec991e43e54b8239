"""Verify a request signed with Sinch's application signature: what a callback receiver does.

Sinch signs the callbacks it sends to your URLs exactly as you sign API requests (see
`_signature`), so this module rebuilds the string to sign from the request as received and
compares. The local mock verifies incoming API calls with the same function.

Order of checks (the model is standard-webhooks and Stripe): parse the Authorization header,
check the key, check the timestamp window in both directions, and only then compare signatures,
in constant time. Every failure is one `CallbackVerificationError` subclass, raised without
chained context so neither secrets nor payloads ride along on `__context__`.
"""

from __future__ import annotations

import hmac
import math
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Protocol

from ._errors import (
    AmbiguousHeaderError,
    CallbackVerificationError,
    MalformedAuthorizationError,
    MalformedTimestampError,
    MissingAuthorizationError,
    MissingTimestampError,
    ReplayedCallbackError,
    SignatureMismatchError,
    TimestampOutOfWindowError,
    UnknownSchemeError,
    WrongApplicationKeyError,
)
from ._replay import ReplayGuard
from ._signature import (
    SCHEME,
    TIMESTAMP_HEADER,
    compute_signature,
    decode_secret,
    string_to_sign,
    validate_application_key,
)


class HeaderSource(Protocol):
    """Request headers as any framework keeps them: a dict, Starlette's, httpx's or werkzeug's."""

    def items(self) -> Iterable[tuple[str, str]]: ...


# Sinch publishes no maximum clock skew; five minutes is the common webhook replay window
# (Stripe, standard-webhooks) and is wide enough for ordinary clock drift.
TIMESTAMP_TOLERANCE_SECONDS = 300


def parse_authorization(value: str) -> tuple[str, str]:
    """Split `Application KEY:SIGNATURE` into (key, signature); the scheme is case-insensitive.

    Raises:
        UnknownSchemeError: The scheme is not `Application`.
        MalformedAuthorizationError: The value is not `scheme key:signature`.
    """
    scheme, _, credentials = value.strip().partition(" ")
    if scheme.lower() != SCHEME.lower():
        if not scheme or not credentials:
            raise MalformedAuthorizationError("Authorization header is not 'scheme credentials'")
        raise UnknownSchemeError("Authorization scheme is not 'Application'")
    key, separator, signature = credentials.strip().partition(":")
    if not separator or not key or not signature or " " in key or " " in signature:
        raise MalformedAuthorizationError("Authorization header is not 'Application key:signature'")
    return key, signature


def parse_timestamp(value: str) -> datetime:
    """Parse an ISO-8601 x-timestamp that carries a zone (`Z` or an offset).

    Raises:
        MalformedTimestampError: Not ISO-8601, or no zone.
    """
    try:
        moment = datetime.fromisoformat(value.strip())
    except ValueError:
        raise MalformedTimestampError("x-timestamp is not an ISO-8601 date-time") from None
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise MalformedTimestampError("x-timestamp has no time zone")
    return moment


def verify_callback(
    *,
    method: str,
    path: str,
    headers: HeaderSource,
    body: bytes | str,
    application_key: str,
    application_secret: str,
    now: datetime | None = None,
    tolerance_seconds: float = TIMESTAMP_TOLERANCE_SECONDS,
    replay_guard: ReplayGuard | None = None,
) -> None:
    """Verify that a request was signed by Sinch with your application's key and secret.

    Call it with the request exactly as received, before trusting anything in it. Without a
    `replay_guard`, a captured request verifies again until its timestamp leaves the window;
    with one, only the first delivery does.

    Args:
        method: The HTTP method of the request.
        path: The request path as received (preferably raw, not percent-decoded). A query
            string, if present, is ignored: Sinch signs the path only.
        headers: The request headers, as a dict or the framework's own headers object (anything
            with `items()`); looked up case-insensitively.
        body: The raw body bytes (a `str` is taken as UTF-8). Never re-serialised JSON.
        application_key: Your application key; the request must name it.
        application_secret: Your application secret, base64 as the dashboard shows it.
        now: The current time (aware); defaults to the system clock. Inject it in tests.
        tolerance_seconds: How far the x-timestamp may be from `now`, in either direction:
            finite and >= 0. 0 demands an exact match; nothing switches the check off.
        replay_guard: Remembers each verified signature until it leaves the window (for
            example an `InMemoryReplayGuard` shared by all requests); a request it has seen
            raises `ReplayedCallbackError`. Consulted only once everything else verified.

    Raises:
        CallbackVerificationError: A subclass naming the cause: missing or malformed
            Authorization, unknown scheme, wrong key, missing, malformed or out-of-window
            x-timestamp, a signature that does not match, or a replay.
        CredentialsError: `application_key` or `application_secret` is unusable (your
            configuration, not the request).
        ValueError: `tolerance_seconds` is negative, infinite or NaN, or `now` is naive.
    """
    secret = decode_secret(application_secret)
    expected_key = validate_application_key(application_key)
    if not (math.isfinite(tolerance_seconds) and tolerance_seconds >= 0):
        raise ValueError("tolerance_seconds must be a finite number >= 0")
    if now is None:
        now = datetime.now(UTC)
    elif now.tzinfo is None or now.utcoffset() is None:
        raise ValueError("now must be a timezone-aware datetime")

    try:
        signature, signed_at = _verify(
            method, path, headers, body, expected_key, secret, now, tolerance_seconds
        )
        if replay_guard is not None:
            # Remembered until the timestamp leaves the window; later, the window refuses it.
            ttl = tolerance_seconds - (now - signed_at).total_seconds()
            if not replay_guard.first_time(f"{expected_key}:{signature}", ttl):
                raise ReplayedCallbackError("this signed request was received before")
    except CallbackVerificationError as error:
        raise error from None  # drop any chained context
    except (ValueError, TypeError, OverflowError, AttributeError):
        # Odd input (undecodable text, absurd dates, non-text values): the answer is still
        # "not verified", never a stray exception.
        raise MalformedAuthorizationError("request could not be verified") from None


def _verify(
    method: str,
    path: str,
    headers: HeaderSource,
    body: bytes | str,
    expected_key: str,
    secret: bytes,
    now: datetime,
    tolerance_seconds: float,
) -> tuple[str, datetime]:
    """Raise unless the request verifies; return its signature and timestamp."""
    lowered = _lower_keys(headers)
    authorization = lowered.get("authorization")
    if not authorization:
        raise MissingAuthorizationError("Authorization header is missing")
    key, signature = parse_authorization(authorization)
    if not hmac.compare_digest(key.encode(), expected_key.encode()):
        raise WrongApplicationKeyError("Authorization names another application key")

    timestamp = lowered.get(TIMESTAMP_HEADER)
    if not timestamp:
        raise MissingTimestampError("x-timestamp header is missing")
    signed_at = parse_timestamp(timestamp)
    skew = (now - signed_at).total_seconds()
    if skew > tolerance_seconds:
        raise TimestampOutOfWindowError("x-timestamp is too old")
    if -skew > tolerance_seconds:
        raise TimestampOutOfWindowError("x-timestamp is in the future")

    raw_body = body.encode("utf-8") if isinstance(body, str) else bytes(body)
    canonical = string_to_sign(
        method=method,
        body=raw_body,
        content_type=lowered.get("content-type", ""),
        timestamp=timestamp,
        path=path.partition("?")[0],
    )
    expected = compute_signature(canonical, secret)
    if not hmac.compare_digest(expected.encode(), signature.encode("utf-8", "replace")):
        raise SignatureMismatchError("signature does not match")
    return signature, signed_at


def _lower_keys(headers: HeaderSource) -> dict[str, str]:
    """Header names folded to lower case; a signed header given twice is refused."""
    lowered: dict[str, str] = {}
    items = headers.multi_items() if hasattr(headers, "multi_items") else headers.items()
    for name, value in items:
        folded = str(name).lower()
        if folded in lowered and folded in ("authorization", TIMESTAMP_HEADER, "content-type"):
            raise AmbiguousHeaderError(f"{folded} header is given more than once")
        if not isinstance(value, str):
            raise MalformedAuthorizationError(f"{folded} header value is not text")
        lowered[folded] = value
    return lowered
