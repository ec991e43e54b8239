from typing import Literal

CallLeg = Literal["both", "callee", "caller"]

CALL_LEG_VALUES: set[CallLeg] = {
    "both",
    "callee",
    "caller",
}


def check_call_leg(value: str) -> CallLeg:
    if value in CALL_LEG_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CALL_LEG_VALUES!r}")
