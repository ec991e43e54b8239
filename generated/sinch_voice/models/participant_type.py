from typing import Literal

ParticipantType = Literal["did", "number", "sip", "username"]

PARTICIPANT_TYPE_VALUES: set[ParticipantType] = {
    "did",
    "number",
    "sip",
    "username",
}


def check_participant_type(value: str) -> ParticipantType:
    if value in PARTICIPANT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PARTICIPANT_TYPE_VALUES!r}"
    )
