"""QueryNumber answers from real numbering data (Google's libphonenumber, via `phonenumbers`).

Country and number type come from the number itself; the rate comes from a small, documented
table (USD per minute) that stands in for Sinch's price list.
"""

from __future__ import annotations

from typing import Any

import phonenumbers
from phonenumbers import PhoneNumberType

from ._errors import PARAMETER_VALIDATION, SinchError, shown

CURRENCY = "USD"
# (country, numberType) -> USD per minute; the per-type default applies elsewhere.
RATES: dict[tuple[str, str], float] = {
    ("US", "Fixed"): 0.0085,
    ("CA", "Fixed"): 0.0085,
    ("SE", "Mobile"): 0.0368,
    ("SE", "Fixed"): 0.0143,
    ("GB", "Mobile"): 0.0295,
    ("GB", "Fixed"): 0.0118,
    ("DE", "Mobile"): 0.0436,
    ("DE", "Fixed"): 0.0121,
}
DEFAULT_RATES = {"Mobile": 0.05, "Fixed": 0.02, "Other": 0.10, "Unknown": 0.10}

_NUMBER_TYPES = {
    PhoneNumberType.FIXED_LINE: "Fixed",
    # North American numbers cannot be told apart; Sinch reports them as Fixed.
    PhoneNumberType.FIXED_LINE_OR_MOBILE: "Fixed",
    PhoneNumberType.MOBILE: "Mobile",
    PhoneNumberType.UNKNOWN: "Unknown",
}
# Calls to these are restricted in the mock, as premium services typically are.
_RESTRICTED_TYPES = {PhoneNumberType.PREMIUM_RATE, PhoneNumberType.SHARED_COST}


def number_info(number: str) -> dict[str, Any]:
    """Return the `number` item of a QueryNumber answer.

    Raises:
        SinchError: 40001 when libphonenumber does not consider the number valid.
    """
    try:
        parsed = phonenumbers.parse(number, None)
    except phonenumbers.NumberParseException:
        raise SinchError(PARAMETER_VALIDATION, f"Invalid number: {shown(number)}") from None
    if not phonenumbers.is_valid_number(parsed):
        raise SinchError(PARAMETER_VALIDATION, f"Invalid number: {shown(number)}")
    kind = phonenumbers.number_type(parsed)
    number_type = _NUMBER_TYPES.get(kind, "Other")
    country = phonenumbers.region_code_for_number(parsed) or ""
    return {
        "countryId": country,
        "numberType": number_type,
        "normalizedNumber": phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164),
        "restricted": kind in _RESTRICTED_TYPES,
        "rate": {
            "currencyId": CURRENCY,
            "amount": RATES.get((country, number_type), DEFAULT_RATES[number_type]),
        },
    }
