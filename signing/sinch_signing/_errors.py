"""Errors raised by the signing layer.

    ValueError
     └── CredentialsError                an application key or secret that cannot be used
    Exception
     └── CallbackVerificationError       a signed request that must not be trusted
          ├── MissingAuthorizationError
          ├── MalformedAuthorizationError
          ├── AmbiguousHeaderError        a signed header sent more than once
          ├── UnknownSchemeError
          ├── WrongApplicationKeyError
          ├── MissingTimestampError
          ├── MalformedTimestampError
          ├── TimestampOutOfWindowError   too old, or too far in the future
          ├── SignatureMismatchError
          ├── ReplayedCallbackError       a valid request seen before (with a replay guard)
          └── ReplayGuardFullError        the replay guard cannot remember one more request

Messages name the offending argument or header, never a secret, a signature or a body.
"""


class CredentialsError(ValueError):
    """An application key or secret is missing or malformed."""


class CallbackVerificationError(Exception):
    """A signed request failed verification; do not act on it."""


class MissingAuthorizationError(CallbackVerificationError):
    """No Authorization header."""


class MalformedAuthorizationError(CallbackVerificationError):
    """The Authorization header is not `Application key:signature`."""


class AmbiguousHeaderError(MalformedAuthorizationError):
    """Authorization, x-timestamp or Content-Type appears more than once."""


class UnknownSchemeError(CallbackVerificationError):
    """The Authorization scheme is not `Application`."""


class WrongApplicationKeyError(CallbackVerificationError):
    """The request is signed for another application key."""


class MissingTimestampError(CallbackVerificationError):
    """No x-timestamp header."""


class MalformedTimestampError(CallbackVerificationError):
    """The x-timestamp header is not an ISO-8601 date-time with a zone."""


class TimestampOutOfWindowError(CallbackVerificationError):
    """The x-timestamp is further from now than the tolerance allows."""


class SignatureMismatchError(CallbackVerificationError):
    """The signature does not match the request."""


class ReplayedCallbackError(CallbackVerificationError):
    """The request is validly signed, but the replay guard has seen it before."""


class ReplayGuardFullError(CallbackVerificationError):
    """The replay guard is full of requests still inside the window, so it cannot remember this
    one: it is refused rather than accepted unremembered (or another one forgotten, which would
    let its replay through). Answer 503: Sinch may deliver it again once room is made."""
