"""Authentication for the Sinch Voice API: signed requests, Basic, and callback verification.

`ApplicationAuth` and `BasicAuth` are httpx auth hooks; pass one as `auth=` to any httpx client
(or let `sinch_voice_toolkit.connect()` do it). `verify_callback` checks the signature of a
request Sinch sends you; with a `ReplayGuard` (`InMemoryReplayGuard`), it accepts it only once.
The lower-level functions expose the one definition of Sinch's canonical string-to-sign.
"""

from ._auth import ApplicationAuth, BasicAuth, with_literal_path
from ._errors import (
    AmbiguousHeaderError,
    CallbackVerificationError,
    CredentialsError,
    MalformedAuthorizationError,
    MalformedTimestampError,
    MissingAuthorizationError,
    MissingTimestampError,
    ReplayedCallbackError,
    ReplayGuardFullError,
    SignatureMismatchError,
    TimestampOutOfWindowError,
    UnknownSchemeError,
    WrongApplicationKeyError,
)
from ._replay import DEFAULT_MAX_ENTRIES, InMemoryReplayGuard, ReplayGuard
from ._signature import (
    SCHEME,
    TIMESTAMP_HEADER,
    authorization_value,
    compute_signature,
    content_md5,
    decode_secret,
    format_timestamp,
    signature_headers,
    string_to_sign,
    validate_application_key,
)
from ._verify import (
    TIMESTAMP_TOLERANCE_SECONDS,
    HeaderSource,
    parse_authorization,
    parse_timestamp,
    verify_callback,
)

__all__ = [
    "DEFAULT_MAX_ENTRIES",
    "SCHEME",
    "TIMESTAMP_HEADER",
    "TIMESTAMP_TOLERANCE_SECONDS",
    "AmbiguousHeaderError",
    "ApplicationAuth",
    "BasicAuth",
    "CallbackVerificationError",
    "CredentialsError",
    "HeaderSource",
    "InMemoryReplayGuard",
    "MalformedAuthorizationError",
    "MalformedTimestampError",
    "MissingAuthorizationError",
    "MissingTimestampError",
    "ReplayGuard",
    "ReplayGuardFullError",
    "ReplayedCallbackError",
    "SignatureMismatchError",
    "TimestampOutOfWindowError",
    "UnknownSchemeError",
    "WrongApplicationKeyError",
    "authorization_value",
    "compute_signature",
    "content_md5",
    "decode_secret",
    "format_timestamp",
    "parse_authorization",
    "parse_timestamp",
    "signature_headers",
    "string_to_sign",
    "validate_application_key",
    "verify_callback",
    "with_literal_path",
]
