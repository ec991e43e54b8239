"""The callbacks' shape, from openapi.yaml's `webhooks`, generated: do not edit.

Written by scripts/generate_webhooks.py (`make generate`); change the spec instead. For each
event Sinch posts: its model and schema and, for the events answered with SVAML, the answer's
model and schema and the actions and instructions it allows.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, TypeAlias, overload

from sinch_voice.models import (
    AceEvent,
    AceSvaml,
    AmdRequest,
    AmdResult,
    AmdStatus,
    AnswerInstruction,
    CallHeader,
    CallParticipant,
    ConferenceDtmfOptions,
    ConnectConfAction,
    ConnectMxpAction,
    ConnectPstnAction,
    ConnectSipAction,
    ConnectStreamAction,
    ContinueAction,
    DiceEvent,
    DiceReason,
    DiceResult,
    Domain,
    HangupAction,
    IceEvent,
    IceSvaml,
    InputMethod,
    Menu,
    MenuOption,
    MenuResult,
    MenuResultType,
    Money,
    MusicOnHold,
    NotificationType,
    NotifyEvent,
    ParkAction,
    ParticipantType,
    PieEvent,
    PieSvaml,
    PlayFilesInstruction,
    RecordingOptions,
    RunMenuAction,
    SayInstruction,
    SendDtmfInstruction,
    SetCookieInstruction,
    StartRecordingInstruction,
    StopRecordingInstruction,
    StreamingOptions,
    SvamlCallHeader,
    SvamlDestination,
    TranscriptionOptions,
)

__all__ = [
    "ALLOWED_ACTIONS",
    "ALLOWED_INSTRUCTIONS",
    "ANSWER_MODELS",
    "ANSWER_SCHEMAS",
    "EVENT_MODELS",
    "EVENT_SCHEMAS",
    "AceAction",
    "AceEvent",
    "AceInstruction",
    "AceSvaml",
    "AmdRequest",
    "AmdResult",
    "AmdStatus",
    "AnswerInstruction",
    "CallHeader",
    "CallParticipant",
    "ConferenceDtmfOptions",
    "ConnectConfAction",
    "ConnectMxpAction",
    "ConnectPstnAction",
    "ConnectSipAction",
    "ConnectStreamAction",
    "ContinueAction",
    "DiceEvent",
    "DiceReason",
    "DiceResult",
    "Domain",
    "HangupAction",
    "IceAction",
    "IceEvent",
    "IceInstruction",
    "IceSvaml",
    "InputMethod",
    "KnownEvent",
    "Menu",
    "MenuOption",
    "MenuResult",
    "MenuResultType",
    "Money",
    "MusicOnHold",
    "NotificationType",
    "NotifyEvent",
    "ParkAction",
    "ParticipantType",
    "PieAction",
    "PieEvent",
    "PieInstruction",
    "PieSvaml",
    "PlayFilesInstruction",
    "RecordingOptions",
    "RunMenuAction",
    "SayInstruction",
    "SendDtmfInstruction",
    "SetCookieInstruction",
    "StartRecordingInstruction",
    "StopRecordingInstruction",
    "StreamingOptions",
    "SvamlAnswer",
    "SvamlCallHeader",
    "SvamlDestination",
    "TranscriptionOptions",
    "answer",
]

#: Each event's `event` value and the model it is read into.
EVENT_MODELS: dict[str, Any] = {
    "ice": IceEvent,
    "ace": AceEvent,
    "dice": DiceEvent,
    "pie": PieEvent,
    "notify": NotifyEvent,
}
#: Each event's schema (a key of `components/schemas`).
EVENT_SCHEMAS: dict[str, str] = {
    "ice": "IceEvent",
    "ace": "AceEvent",
    "dice": "DiceEvent",
    "pie": "PieEvent",
    "notify": "NotifyEvent",
}
#: The events answered with SVAML, and the answer's model.
ANSWER_MODELS: dict[str, Any] = {
    "ice": IceSvaml,
    "ace": AceSvaml,
    "pie": PieSvaml,
}
#: The events answered with SVAML, and the answer's schema.
ANSWER_SCHEMAS: dict[str, str] = {
    "ice": "IceSvaml",
    "ace": "AceSvaml",
    "pie": "PieSvaml",
}
#: Per event answered with SVAML: each action it allows and that action's schema.
ALLOWED_ACTIONS: dict[str, dict[str, str]] = {
    "ice": {
        "hangup": "HangupAction",
        "connectPstn": "ConnectPstnAction",
        "connectMxp": "ConnectMxpAction",
        "connectConf": "ConnectConfAction",
        "connectSip": "ConnectSipAction",
        "connectStream": "ConnectStreamAction",
        "runMenu": "RunMenuAction",
        "park": "ParkAction",
    },
    "ace": {
        "hangup": "HangupAction",
        "continue": "ContinueAction",
        "connectConf": "ConnectConfAction",
        "runMenu": "RunMenuAction",
    },
    "pie": {
        "hangup": "HangupAction",
        "continue": "ContinueAction",
        "connectPstn": "ConnectPstnAction",
        "connectConf": "ConnectConfAction",
        "connectSip": "ConnectSipAction",
        "runMenu": "RunMenuAction",
    },
}
#: Per event answered with SVAML: each instruction it allows and that instruction's schema.
ALLOWED_INSTRUCTIONS: dict[str, dict[str, str]] = {
    "ice": {
        "playFiles": "PlayFilesInstruction",
        "say": "SayInstruction",
        "sendDtmf": "SendDtmfInstruction",
        "setCookie": "SetCookieInstruction",
        "answer": "AnswerInstruction",
        "startRecording": "StartRecordingInstruction",
        "stopRecording": "StopRecordingInstruction",
    },
    "ace": {
        "playFiles": "PlayFilesInstruction",
        "say": "SayInstruction",
        "setCookie": "SetCookieInstruction",
        "startRecording": "StartRecordingInstruction",
        "stopRecording": "StopRecordingInstruction",
    },
    "pie": {
        "playFiles": "PlayFilesInstruction",
        "say": "SayInstruction",
        "sendDtmf": "SendDtmfInstruction",
        "setCookie": "SetCookieInstruction",
        "startRecording": "StartRecordingInstruction",
        "stopRecording": "StopRecordingInstruction",
    },
}

#: An event of a kind the spec describes.
KnownEvent: TypeAlias = IceEvent | AceEvent | DiceEvent | PieEvent | NotifyEvent
#: An answer to an event answered with SVAML.
SvamlAnswer: TypeAlias = IceSvaml | AceSvaml | PieSvaml

#: The actions an answer to `ice` may carry.
IceAction: TypeAlias = (
    HangupAction
    | ConnectPstnAction
    | ConnectMxpAction
    | ConnectConfAction
    | ConnectSipAction
    | ConnectStreamAction
    | RunMenuAction
    | ParkAction
)
#: The instructions an answer to `ice` may carry.
IceInstruction: TypeAlias = (
    PlayFilesInstruction
    | SayInstruction
    | SendDtmfInstruction
    | SetCookieInstruction
    | AnswerInstruction
    | StartRecordingInstruction
    | StopRecordingInstruction
)

#: The actions an answer to `ace` may carry.
AceAction: TypeAlias = HangupAction | ContinueAction | ConnectConfAction | RunMenuAction
#: The instructions an answer to `ace` may carry.
AceInstruction: TypeAlias = (
    PlayFilesInstruction
    | SayInstruction
    | SetCookieInstruction
    | StartRecordingInstruction
    | StopRecordingInstruction
)

#: The actions an answer to `pie` may carry.
PieAction: TypeAlias = (
    HangupAction
    | ContinueAction
    | ConnectPstnAction
    | ConnectConfAction
    | ConnectSipAction
    | RunMenuAction
)
#: The instructions an answer to `pie` may carry.
PieInstruction: TypeAlias = (
    PlayFilesInstruction
    | SayInstruction
    | SendDtmfInstruction
    | SetCookieInstruction
    | StartRecordingInstruction
    | StopRecordingInstruction
)


@overload
def answer(
    event: IceEvent,
    action: IceAction,
    instructions: Sequence[IceInstruction] = (),
) -> IceSvaml: ...


@overload
def answer(
    event: AceEvent,
    action: AceAction,
    instructions: Sequence[AceInstruction] = (),
) -> AceSvaml: ...


@overload
def answer(
    event: PieEvent,
    action: PieAction,
    instructions: Sequence[PieInstruction] = (),
) -> PieSvaml: ...


def answer(event: Any, action: Any, instructions: Sequence[Any] = ()) -> Any:
    """The SVAML answer to `event`: `action`, after `instructions` (none by default).

    A type checker accepts only the actions and instructions the event allows, and only the
    events answered with SVAML: ice, ace, pie. Check the result
    with `validate_svaml` before it is sent: it also checks the values.

    Raises:
        TypeError: `event` is not an event answered with SVAML.
    """
    kind = getattr(event, "event", None)
    model = ANSWER_MODELS.get(kind) if isinstance(kind, str) else None
    if model is None:
        answered = ", ".join(ANSWER_MODELS)
        raise TypeError(f"only {answered} events are answered with SVAML, not {kind!r}")
    if instructions:
        return model(action=action, instructions=list(instructions))
    return model(action=action)
