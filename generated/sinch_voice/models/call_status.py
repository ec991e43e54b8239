from typing import Literal

CallStatus = Literal["FINAL", "ONGOING"]

CALL_STATUS_VALUES: set[CallStatus] = {
    "FINAL",
    "ONGOING",
}


def check_call_status(value: str) -> CallStatus:
    if value in CALL_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CALL_STATUS_VALUES!r}"
    )
