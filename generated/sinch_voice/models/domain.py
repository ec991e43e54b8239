from typing import Literal

Domain = Literal["mxp", "pstn"]

DOMAIN_VALUES: set[Domain] = {
    "mxp",
    "pstn",
}


def check_domain(value: str) -> Domain:
    if value in DOMAIN_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DOMAIN_VALUES!r}")
