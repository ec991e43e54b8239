from typing import Literal

ParticipantCommand = Literal["mute", "onhold", "resume", "unmute"]

PARTICIPANT_COMMAND_VALUES: set[ParticipantCommand] = {
    "mute",
    "onhold",
    "resume",
    "unmute",
}


def check_participant_command(value: str) -> ParticipantCommand:
    if value in PARTICIPANT_COMMAND_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PARTICIPANT_COMMAND_VALUES!r}"
    )
