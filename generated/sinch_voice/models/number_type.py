from enum import StrEnum


class NumberType(StrEnum):
    FIXED = "Fixed"
    MOBILE = "Mobile"
    OTHER = "Other"
    UNKNOWN = "Unknown"

    def __str__(self) -> str:
        return str(self.value)
