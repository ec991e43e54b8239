"""The hand-written toolkit around the generated `sinch_voice` client.

`connect()` returns a ready client; call the operations under `sinch_voice.api` with it:

    from sinch_voice.api.numbers import get_numbers
    from sinch_voice_toolkit import connect

    with connect() as client:          # key and secret from the environment
        owned = get_numbers.sync(client=client)

Every call through it returns a model the spec allows or raises a `SinchError`, within a
deadline. `assign_numbers` and `unassign_numbers` handle any number of numbers with bounded
concurrency and a report that matches what the server holds.
"""

from ._bulk import MAX_NUMBERS_PER_REQUEST, BulkReport, assign_numbers, unassign_numbers
from ._connect import (
    DEFAULT_BASE_URL,
    DEFAULT_TIMEOUT,
    ENV_APPLICATION_KEY,
    ENV_APPLICATION_SECRET,
    ENV_BASE_URL,
    connect,
)
from ._errors import (
    AuthenticationError,
    BadRequestError,
    ForbiddenError,
    InvalidRequestError,
    InvalidResponseError,
    NotFoundError,
    RateLimitedError,
    ResponseTooLargeError,
    ServerError,
    SinchApiError,
    SinchConnectionError,
    SinchError,
    SinchTimeoutError,
    SinchTransportError,
)
from ._retrying import DEFAULT_RETRY_POLICY, NO_RETRIES, RetryPolicy
from ._transport import SinchTransport
from ._version import __version__

__all__ = [
    "DEFAULT_BASE_URL",
    "DEFAULT_RETRY_POLICY",
    "DEFAULT_TIMEOUT",
    "ENV_APPLICATION_KEY",
    "ENV_APPLICATION_SECRET",
    "ENV_BASE_URL",
    "MAX_NUMBERS_PER_REQUEST",
    "NO_RETRIES",
    "AuthenticationError",
    "BadRequestError",
    "BulkReport",
    "ForbiddenError",
    "InvalidRequestError",
    "InvalidResponseError",
    "NotFoundError",
    "RateLimitedError",
    "ResponseTooLargeError",
    "RetryPolicy",
    "ServerError",
    "SinchApiError",
    "SinchConnectionError",
    "SinchError",
    "SinchTimeoutError",
    "SinchTransport",
    "SinchTransportError",
    "__version__",
    "assign_numbers",
    "connect",
    "unassign_numbers",
]
