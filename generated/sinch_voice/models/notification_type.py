from typing import Literal

NotificationType = Literal[
    "amd",
    "amd_beep",
    "callingerror",
    "recording_available",
    "recording_finished",
    "transcription_available",
]

NOTIFICATION_TYPE_VALUES: set[NotificationType] = {
    "amd",
    "amd_beep",
    "callingerror",
    "recording_available",
    "recording_finished",
    "transcription_available",
}


def check_notification_type(value: str) -> NotificationType:
    if value in NOTIFICATION_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {NOTIFICATION_TYPE_VALUES!r}"
    )
