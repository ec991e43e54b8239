from typing import Literal

AmdStatus = Literal["hangup", "human", "machine", "notsure"]

AMD_STATUS_VALUES: set[AmdStatus] = {
    "hangup",
    "human",
    "machine",
    "notsure",
}


def check_amd_status(value: str) -> AmdStatus:
    if value in AMD_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AMD_STATUS_VALUES!r}"
    )
