"""Everything for receiving Sinch's callbacks: typed events in, validated SVAML out.

    from sinch_voice_toolkit.callbacks import (
        HangupAction, IceEvent, answer, unwrap_callback, validate_svaml,
    )

    event = unwrap_callback(method=..., path=..., headers=..., body=...)  # verify, then parse
    if isinstance(event, IceEvent):
        reply = validate_svaml(event, answer(event, HangupAction()))    # the JSON to send

The event, answer, action and instruction models are generated from the spec's `webhooks`
(`sinch_voice.models`); `answer()`'s overloads let a type checker refuse an action the event
does not allow, and `validate_svaml` refuses it at run time, with the JSON path.
"""

from sinch_voice.models import SvamlResponse

from ._events import (
    CallbackEvent,
    InvalidCallbackError,
    UnknownEvent,
    parse_callback,
    unwrap_callback,
)
from ._svaml import InvalidSvamlError, validate_svaml
from ._webhooks import *  # noqa: F403 - the generated names, listed in its __all__
from ._webhooks import __all__ as _GENERATED

__all__ = [
    "CallbackEvent",
    "InvalidCallbackError",
    "InvalidSvamlError",
    "SvamlResponse",
    "UnknownEvent",
    "parse_callback",
    "unwrap_callback",
    "validate_svaml",
    *_GENERATED,
]
