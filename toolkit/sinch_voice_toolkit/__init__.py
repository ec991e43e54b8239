"""The hand-written toolkit around the generated `sinch_voice` client.

`VoiceClient` (and `AsyncVoiceClient`) has one method per operation:

    from sinch_voice_toolkit import VoiceClient

    with VoiceClient() as voice:       # key and secret from the environment
        for owned in voice.get_numbers():
            print(owned.number)

Every call returns its documented type or raises a `SinchError`, within a deadline.
`connect()` gives the generated `sinch_voice.Client` with the same checks, for the functions
under `sinch_voice.api`. `assign_numbers` and `unassign_numbers` (also `assign_many` and
`unassign_many` on the clients) handle any number of numbers with bounded concurrency and a
report that matches what the server holds.
"""

from ._bulk import MAX_NUMBERS_PER_REQUEST, BulkReport, assign_numbers, unassign_numbers
from ._client import ApplicationCallbacks, AsyncVoiceClient, ConnectOptions, VoiceClient
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
    "ApplicationCallbacks",
    "AsyncVoiceClient",
    "AuthenticationError",
    "BadRequestError",
    "BulkReport",
    "ConnectOptions",
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
    "VoiceClient",
    "__version__",
    "assign_numbers",
    "connect",
    "unassign_numbers",
]
