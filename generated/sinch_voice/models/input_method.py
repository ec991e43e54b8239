from typing import Literal

InputMethod = Literal["dtmf", "voice"]

INPUT_METHOD_VALUES: set[InputMethod] = {
    "dtmf",
    "voice",
}


def check_input_method(value: str) -> InputMethod:
    if value in INPUT_METHOD_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {INPUT_METHOD_VALUES!r}"
    )
