"""The Sinch "application signed request" algorithm, in one place.

Everything that signs or verifies (the outgoing auth hook, callback verification, the local
mock) builds the string to sign and the signature here, so there is exactly one definition of
the canonical form. The algorithm, from Sinch's Voice API authentication page:

    Content-MD5  = base64(md5(body))            ("" for an empty body; the line stays)
    StringToSign = METHOD "\n" Content-MD5 "\n" Content-Type "\n" "x-timestamp:" ts "\n" path
    Signature    = base64(hmac_sha256(base64decode(secret), utf8(StringToSign)))
    Authorization: Application <key>:<signature>
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
from datetime import UTC, datetime

from ._errors import CredentialsError

SCHEME = "Application"
TIMESTAMP_HEADER = "x-timestamp"


def content_md5(body: bytes) -> str:
    """Return base64(md5(body)), or the empty string for an empty body."""
    if not body:
        return ""
    # MD5 is what the Sinch protocol specifies here; it is a checksum inside an HMAC, not a
    # security primitive of its own.
    digest = hashlib.md5(body, usedforsecurity=False).digest()
    return base64.b64encode(digest).decode("ascii")


def string_to_sign(
    *, method: str, body: bytes, content_type: str, timestamp: str, path: str
) -> str:
    """Build the canonical string Sinch signs.

    Args:
        method: The HTTP method; upper-cased here.
        body: The raw body bytes as sent (empty for none).
        content_type: The Content-Type header value as sent, or "" when none is sent.
        timestamp: The x-timestamp header value, verbatim.
        path: The request path as sent on the wire, with its leading "/" and no query string.

    Returns:
        The string to sign.
    """
    md5 = content_md5(body)
    return f"{method.upper()}\n{md5}\n{content_type}\n{TIMESTAMP_HEADER}:{timestamp}\n{path}"


def compute_signature(canonical: str, secret: bytes) -> str:
    """Return base64(HMAC-SHA256(secret, utf8(canonical))).

    Args:
        canonical: The output of `string_to_sign`.
        secret: The decoded application secret (see `decode_secret`).
    """
    mac = hmac.digest(secret, canonical.encode("utf-8"), "sha256")
    return base64.b64encode(mac).decode("ascii")


def authorization_value(application_key: str, signature: str, scheme: str = SCHEME) -> str:
    """Return the Authorization header value for a signed request."""
    return f"{scheme} {application_key}:{signature}"


def signature_headers(
    *,
    application_key: str,
    secret: bytes,
    method: str,
    path: str,
    body: bytes,
    content_type: str,
    timestamp: str,
    scheme: str = SCHEME,
) -> dict[str, str]:
    """The two headers that sign a request: `x-timestamp` and `Authorization`.

    Args:
        application_key: The key named in the Authorization header.
        secret: The decoded application secret (see `decode_secret`).
        method, path, body, content_type, timestamp: As for `string_to_sign`.
        scheme: `Application` for API requests; Sinch's callbacks write `application`.
    """
    canonical = string_to_sign(
        method=method, body=body, content_type=content_type, timestamp=timestamp, path=path
    )
    signature = compute_signature(canonical, secret)
    return {
        TIMESTAMP_HEADER: timestamp,
        "Authorization": authorization_value(application_key, signature, scheme),
    }


def decode_secret(application_secret: str) -> bytes:
    """Decode an application secret (base64, as the Sinch dashboard shows it) into HMAC key bytes.

    Raises:
        CredentialsError: The secret is empty or not valid base64. The message never contains it.
    """
    if not isinstance(application_secret, str):
        raise CredentialsError("application_secret must be a str")
    stripped = application_secret.strip()
    if not stripped:
        raise CredentialsError("application_secret is empty")
    try:
        decoded = base64.b64decode(stripped.encode("ascii"), validate=True)
    except (UnicodeEncodeError, binascii.Error):
        # `from None`: the original exception may quote the offending characters.
        raise CredentialsError(
            "application_secret is not valid base64; use the secret exactly as the Sinch "
            "dashboard shows it"
        ) from None
    if not decoded:
        raise CredentialsError("application_secret decodes to zero bytes")
    return decoded


def validate_application_key(application_key: str) -> str:
    """Return the key stripped of surrounding white space, or raise CredentialsError."""
    if not isinstance(application_key, str):
        raise CredentialsError("application_key must be a str")
    key = application_key.strip()
    if not key:
        raise CredentialsError("application_key is empty")
    # A ':' would split the Basic credentials and the signed header ambiguously; white space or
    # control characters would corrupt the header, and a header value is ASCII (httpx cannot
    # send anything else: it would fail at the first request instead of here).
    if ":" in key or not key.isascii() or any(ch.isspace() or not ch.isprintable() for ch in key):
        raise CredentialsError(
            "application_key must be ASCII, without ':', spaces or control characters"
        )
    return key


def format_timestamp(moment: datetime) -> str:
    """Format an aware datetime as ISO-8601 UTC for the x-timestamp header.

    Whole seconds are written without a fraction (`2014-06-04T13:41:58Z`), anything finer with
    milliseconds (`2023-11-22T09:10:11.999Z`), the two forms Sinch's examples use.

    Raises:
        ValueError: The datetime is naive, so its instant is unknown.
    """
    if moment.tzinfo is not UTC:  # the common case skips the conversion
        if moment.tzinfo is None or moment.utcoffset() is None:
            raise ValueError("the clock must return a timezone-aware datetime")
        moment = moment.astimezone(UTC)
    # isoformat ends in "+00:00" for UTC; Sinch's examples write "Z".
    return moment.isoformat(timespec="milliseconds" if moment.microsecond else "seconds")[:-6] + "Z"
