"""The hand-written toolkit around the generated `sinch_voice` client.

`VoiceClient` (and `AsyncVoiceClient`) has one method per operation:

    from sinch_voice_toolkit import VoiceClient

    with VoiceClient() as voice:       # key and secret from the environment
        for owned in voice.get_numbers():
            print(owned.number)

Every call returns its documented type or raises a `SinchError`, within a deadline.
`connect()` gives the generated `sinch_voice.Client` with the same checks, for the functions
under `sinch_voice.api`. `assign_many` and `unassign_many` (also methods of the clients)
handle any number of numbers with bounded concurrency and a
report that matches what the server holds.

Callbacks: `unwrap_callback` verifies a request Sinch posted and reads it into a typed event;
`answer` and `validate_svaml` build and check the SVAML reply (`sinch_voice_toolkit.callbacks`
has the models too).
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # what the names below are, for type checkers and editors
    from ._bulk import assign_many, unassign_many
    from ._bulk_options import AssignOptions, BulkOptions
    from ._callback_urls import ApplicationCallbacks
    from ._client import AsyncVoiceClient, VoiceClient
    from ._connect import DEFAULT_BASE_URL, DEFAULT_TIMEOUT, ConnectedClient, connect
    from ._constants import MAX_NUMBERS_PER_REQUEST
    from ._environment import ENV_APPLICATION_KEY, ENV_APPLICATION_SECRET, ENV_BASE_URL
    from ._errors import (
        AuthenticationError,
        BadRequestError,
        ClientClosedError,
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
        SinchTlsError,
        SinchTransportError,
    )
    from ._facade_base import ConnectOptions
    from ._raw import RawResponse
    from ._report import BulkReport
    from ._retrying import DEFAULT_RETRY_POLICY, NO_RETRIES, RetryPolicy
    from ._transport import SinchTransport
    from ._version import __version__
    from .callbacks import (
        CallbackEvent,
        InvalidCallbackError,
        InvalidSvamlError,
        SvamlResponse,
        UnknownEvent,
        answer,
        parse_callback,
        unwrap_callback,
        validate_svaml,
    )

# Each public name and the module that defines it. They are imported on first use, so that
# `import sinch_voice_toolkit` and `sinch-voice --help` stay cheap (the generated client, the
# contract and the bulk helpers load when something needs them).
_SOURCES = {
    "MAX_NUMBERS_PER_REQUEST": "._constants",
    "BulkReport": "._report",
    "assign_many": "._bulk",
    "unassign_many": "._bulk",
    "AssignOptions": "._bulk_options",
    "BulkOptions": "._bulk_options",
    "ApplicationCallbacks": "._callback_urls",
    "CallbackEvent": ".callbacks",
    "InvalidCallbackError": ".callbacks",
    "InvalidSvamlError": ".callbacks",
    "SvamlResponse": ".callbacks",
    "UnknownEvent": ".callbacks",
    "answer": ".callbacks",
    "parse_callback": ".callbacks",
    "unwrap_callback": ".callbacks",
    "validate_svaml": ".callbacks",
    "AsyncVoiceClient": "._client",
    "ConnectOptions": "._facade_base",
    "VoiceClient": "._client",
    "DEFAULT_BASE_URL": "._connect",
    "ConnectedClient": "._connect",
    "DEFAULT_TIMEOUT": "._connect",
    "ENV_APPLICATION_KEY": "._environment",
    "ENV_APPLICATION_SECRET": "._environment",
    "ENV_BASE_URL": "._environment",
    "connect": "._connect",
    "AuthenticationError": "._errors",
    "BadRequestError": "._errors",
    "ClientClosedError": "._errors",
    "ForbiddenError": "._errors",
    "InvalidRequestError": "._errors",
    "InvalidResponseError": "._errors",
    "NotFoundError": "._errors",
    "RateLimitedError": "._errors",
    "ResponseTooLargeError": "._errors",
    "ServerError": "._errors",
    "SinchApiError": "._errors",
    "SinchConnectionError": "._errors",
    "SinchError": "._errors",
    "SinchTimeoutError": "._errors",
    "SinchTlsError": "._errors",
    "SinchTransportError": "._errors",
    "RawResponse": "._raw",
    "DEFAULT_RETRY_POLICY": "._retrying",
    "NO_RETRIES": "._retrying",
    "RetryPolicy": "._retrying",
    "SinchTransport": "._transport",
    "__version__": "._version",
}


def __getattr__(name: str) -> Any:
    try:
        source = _SOURCES[name]
    except KeyError:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
    value = getattr(importlib.import_module(source, __name__), name)
    globals()[name] = value  # found once, then an ordinary module attribute
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_SOURCES])


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
    "AssignOptions",
    "AsyncVoiceClient",
    "AuthenticationError",
    "BadRequestError",
    "BulkOptions",
    "BulkReport",
    "CallbackEvent",
    "ClientClosedError",
    "ConnectOptions",
    "ConnectedClient",
    "ForbiddenError",
    "InvalidCallbackError",
    "InvalidRequestError",
    "InvalidResponseError",
    "InvalidSvamlError",
    "NotFoundError",
    "RateLimitedError",
    "RawResponse",
    "ResponseTooLargeError",
    "RetryPolicy",
    "ServerError",
    "SinchApiError",
    "SinchConnectionError",
    "SinchError",
    "SinchTimeoutError",
    "SinchTlsError",
    "SinchTransport",
    "SinchTransportError",
    "SvamlResponse",
    "UnknownEvent",
    "VoiceClient",
    "__version__",
    "answer",
    "assign_many",
    "connect",
    "parse_callback",
    "unassign_many",
    "unwrap_callback",
    "validate_svaml",
]
