from typing import Literal

NumberType = Literal["Fixed", "Mobile", "Other", "Unknown"]

NUMBER_TYPE_VALUES: set[NumberType] = {
    "Fixed",
    "Mobile",
    "Other",
    "Unknown",
}


def check_number_type(value: str) -> NumberType:
    if value in NUMBER_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {NUMBER_TYPE_VALUES!r}"
    )
