from typing import Literal

Capability = Literal["sms", "voice"]

CAPABILITY_VALUES: set[Capability] = {
    "sms",
    "voice",
}


def check_capability(value: str) -> Capability:
    if value in CAPABILITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CAPABILITY_VALUES!r}"
    )
