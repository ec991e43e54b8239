from typing import Literal

MusicOnHold = Literal["music1", "music2", "music3", "ring"]

MUSIC_ON_HOLD_VALUES: set[MusicOnHold] = {
    "music1",
    "music2",
    "music3",
    "ring",
}


def check_music_on_hold(value: str) -> MusicOnHold:
    if value in MUSIC_ON_HOLD_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MUSIC_ON_HOLD_VALUES!r}"
    )
