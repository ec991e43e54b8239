from typing import Literal

DiceReason = Literal[
    "BLOCKED",
    "CALLBACKERROR",
    "CALLEEHANGUP",
    "CALLERHANGUP",
    "CANCEL",
    "CLIENTNETWORK",
    "CONGESTION",
    "ESTABLISHED",
    "GENERALERROR",
    "MANAGERHANGUP",
    "N/A",
    "NOCREDITPARTNER",
    "OTHERPEERANSWERED",
    "TIMEOUT",
    "USERNOTFOUND",
]

DICE_REASON_VALUES: set[DiceReason] = {
    "BLOCKED",
    "CALLBACKERROR",
    "CALLEEHANGUP",
    "CALLERHANGUP",
    "CANCEL",
    "CLIENTNETWORK",
    "CONGESTION",
    "ESTABLISHED",
    "GENERALERROR",
    "MANAGERHANGUP",
    "N/A",
    "NOCREDITPARTNER",
    "OTHERPEERANSWERED",
    "TIMEOUT",
    "USERNOTFOUND",
}


def check_dice_reason(value: str) -> DiceReason:
    if value in DICE_REASON_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DICE_REASON_VALUES!r}"
    )
