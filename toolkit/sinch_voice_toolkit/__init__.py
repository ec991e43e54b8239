"""The hand-written toolkit around the generated `sinch_voice` client.

`VoiceClient` (and `AsyncVoiceClient`) has one method per operation:

    from sinch_voice_toolkit import VoiceClient

    with VoiceClient() as voice:       # key and secret from the environment
        for owned in voice.applications.get_numbers():
            print(owned.number)

Every call returns its documented type or raises a `SinchError`, within a deadline.
`connect()` gives the generated `sinch_voice.Client` with the same checks, for the functions
under `sinch_voice.api`. `assign_many` and `unassign_many` (also methods of the clients)
handle any number of numbers with bounded concurrency and a
report that matches what the server holds.

Callbacks: `unwrap_callback` verifies a request Sinch posted and reads it into a typed event;
`answer` and `validate_svaml` build and check the SVAML reply (`sinch_voice_toolkit.callbacks`
has the models too); `sinch_voice_toolkit.receivers` does all of it as one view in Starlette,
FastAPI, Flask or Django.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # what the names below are, for type checkers and editors
    from sinch_voice.types import UNSET as UNSET, Unset as Unset

    from ._constants import MAX_NUMBERS_PER_REQUEST as MAX_NUMBERS_PER_REQUEST
    from ._environment import (
        ENV_APPLICATION_KEY as ENV_APPLICATION_KEY,
        ENV_APPLICATION_SECRET as ENV_APPLICATION_SECRET,
        ENV_BASE_URL as ENV_BASE_URL,
        ENV_REGION as ENV_REGION,
    )
    from ._errors import (
        AuthenticationError as AuthenticationError,
        BadRequestError as BadRequestError,
        ClientClosedError as ClientClosedError,
        ForbiddenError as ForbiddenError,
        InvalidRequestError as InvalidRequestError,
        InvalidResponseError as InvalidResponseError,
        NotFoundError as NotFoundError,
        RateLimitedError as RateLimitedError,
        ResponseTooLargeError as ResponseTooLargeError,
        ServerError as ServerError,
        SinchApiError as SinchApiError,
        SinchConnectionError as SinchConnectionError,
        SinchError as SinchError,
        SinchTimeoutError as SinchTimeoutError,
        SinchTlsError as SinchTlsError,
        SinchTransportError as SinchTransportError,
    )
    from ._version import __version__ as __version__
    from .bulk._bulk import assign_many as assign_many, unassign_many as unassign_many
    from .bulk._bulk_options import AssignOptions as AssignOptions, BulkOptions as BulkOptions
    from .bulk._report import BulkReport as BulkReport
    from .callbacks import (
        CallbackEvent as CallbackEvent,
        InvalidCallbackError as InvalidCallbackError,
        InvalidSvamlError as InvalidSvamlError,
        SvamlResponse as SvamlResponse,
        UnknownEvent as UnknownEvent,
        answer as answer,
        parse_callback as parse_callback,
        unwrap_callback as unwrap_callback,
        validate_svaml as validate_svaml,
    )
    from .facade._callback_urls import ApplicationCallbacks as ApplicationCallbacks
    from .facade._client import AsyncVoiceClient as AsyncVoiceClient, VoiceClient as VoiceClient
    from .facade._facade_base import ConnectOptions as ConnectOptions
    from .transport._connect import (
        DEFAULT_BASE_URL as DEFAULT_BASE_URL,
        DEFAULT_TIMEOUT as DEFAULT_TIMEOUT,
        connect as connect,
    )
    from .transport._connected import ConnectedClient as ConnectedClient
    from .transport._raw import RawResponse as RawResponse
    from .transport._retrying import (
        DEFAULT_RETRY_POLICY as DEFAULT_RETRY_POLICY,
        NO_RETRIES as NO_RETRIES,
        RetryPolicy as RetryPolicy,
    )
    from .transport._transport import SinchTransport as SinchTransport


# Each public name and the module that defines it. They are imported on first use, so that
# `import sinch_voice_toolkit` and `sinch-voice --help` stay cheap (the generated client, the
# contract and the bulk helpers load when something needs them).
_SOURCES = {
    "MAX_NUMBERS_PER_REQUEST": "._constants",
    "BulkReport": ".bulk._report",
    "assign_many": ".bulk._bulk",
    "unassign_many": ".bulk._bulk",
    "AssignOptions": ".bulk._bulk_options",
    "BulkOptions": ".bulk._bulk_options",
    "ApplicationCallbacks": ".facade._callback_urls",
    "CallbackEvent": ".callbacks",
    "InvalidCallbackError": ".callbacks",
    "InvalidSvamlError": ".callbacks",
    "SvamlResponse": ".callbacks",
    "UnknownEvent": ".callbacks",
    "answer": ".callbacks",
    "parse_callback": ".callbacks",
    "unwrap_callback": ".callbacks",
    "validate_svaml": ".callbacks",
    "AsyncVoiceClient": ".facade._client",
    "ConnectOptions": ".facade._facade_base",
    "VoiceClient": ".facade._client",
    "DEFAULT_BASE_URL": ".transport._connect",
    "ConnectedClient": ".transport._connected",
    "DEFAULT_TIMEOUT": ".transport._connect",
    "ENV_APPLICATION_KEY": "._environment",
    "ENV_APPLICATION_SECRET": "._environment",
    "ENV_BASE_URL": "._environment",
    "ENV_REGION": "._environment",
    "connect": ".transport._connect",
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
    "RawResponse": ".transport._raw",
    "DEFAULT_RETRY_POLICY": ".transport._retrying",
    "NO_RETRIES": ".transport._retrying",
    "RetryPolicy": ".transport._retrying",
    "SinchTransport": ".transport._transport",
    "__version__": "._version",
    # An absent optional field of a model (falsy, printed as UNSET), and its type.
    "UNSET": "sinch_voice.types",
    "Unset": "sinch_voice.types",
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


# The public names for `import *` and the docs, derived: mypy reads re-exports from the `X as X`
# imports above, so the names are written there and in _SOURCES only.
__all__ = sorted(_SOURCES)
