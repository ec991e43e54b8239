from typing import Literal

ConferenceDtmfOptionsMode = Literal["detect", "forward", "ignore"]

CONFERENCE_DTMF_OPTIONS_MODE_VALUES: set[ConferenceDtmfOptionsMode] = {
    "detect",
    "forward",
    "ignore",
}


def check_conference_dtmf_options_mode(value: str) -> ConferenceDtmfOptionsMode:
    if value in CONFERENCE_DTMF_OPTIONS_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CONFERENCE_DTMF_OPTIONS_MODE_VALUES!r}"
    )
