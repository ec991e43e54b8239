from typing import Literal

MenuResultType = Literal[
    "error", "hangup", "invalidinput", "return", "sequence", "timeout"
]

MENU_RESULT_TYPE_VALUES: set[MenuResultType] = {
    "error",
    "hangup",
    "invalidinput",
    "return",
    "sequence",
    "timeout",
}


def check_menu_result_type(value: str) -> MenuResultType:
    if value in MENU_RESULT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MENU_RESULT_TYPE_VALUES!r}"
    )
