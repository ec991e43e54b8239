from typing import Literal

DiceResult = Literal["ANSWERED", "BUSY", "FAILED", "N/A", "NOANSWER"]

DICE_RESULT_VALUES: set[DiceResult] = {
    "ANSWERED",
    "BUSY",
    "FAILED",
    "N/A",
    "NOANSWER",
}


def check_dice_result(value: str) -> DiceResult:
    if value in DICE_RESULT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DICE_RESULT_VALUES!r}"
    )
