"""What is wrong with a phone number, said so that a person can fix it.

The rule is the spec's E164Number pattern (`+`, a non-zero digit, then 1 to 14 digits), from
`_constants` (generated from the spec). The hint is only a guess at a typo: a number written
with `00` instead of `+`, with spaces, dashes, dots or brackets, or without the `+`. Digits
without `+` or `00` may be a national number (`4155550100` is a US number, and `+4155550100`
would be Swiss), so for them the hint is given only when Google's libphonenumber (the
`phonenumbers` package) knows the digits as a valid international number; otherwise none.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from ._constants import E164_PATTERN

E164 = re.compile(E164_PATTERN)
# Many numbers at once: one line each. A loop of E164.fullmatch costs ~0.4 us a number, which
# a bulk run of 10,000 paid before its first request; one match over the joined text ~0.1 us.
_E164_LINES = re.compile(rf"(?:{E164.pattern}\n)*{E164.pattern}")
DEFAULT_CONCURRENCY = 8  # requests in flight in a bulk run, unless told otherwise
_DECORATION = re.compile(r"[\s\-.()/]")


def e164_problem(number: object) -> str | None:
    """None for a valid E.164 number, else why not, with a `did you mean` when one is likely."""
    if isinstance(number, str) and E164.fullmatch(number):
        return None
    text = str(number)
    if not text.startswith("+"):
        reason = "not an E.164 number: it must start with +"
    else:
        reason = "not an E.164 number: + then 2 to 15 digits, nothing else"
    guess = likely_meant(text)
    return f"{reason}; did you mean {guess}?" if guess else reason


def all_e164(numbers: Collection[object]) -> bool:
    """Whether every item is a str holding a valid E.164 number (False for none at all)."""
    try:
        text = "\n".join(numbers)  # type: ignore[arg-type]  # anything but str: TypeError
    except TypeError:
        return False
    # A newline inside an item would split it into two lines that might each look valid.
    return text.count("\n") == len(numbers) - 1 and _E164_LINES.fullmatch(text) is not None


def likely_meant(text: str) -> str | None:
    """The E.164 number `text` most likely stands for, if a simple fix gives a valid one."""
    digits = _DECORATION.sub("", text.strip())
    if digits.startswith("00"):
        digits = "+" + digits[2:]
    elif not digits.startswith("+"):
        digits = "+" + digits
        if E164.fullmatch(digits) and not _valid_international(digits):
            return None  # perhaps a national number: adding + would invent a country
    return digits if E164.fullmatch(digits) and digits != text else None


def _valid_international(number: str) -> bool:
    """Whether libphonenumber knows `number` (E.164) as a valid number of some country."""
    import phonenumbers  # loaded only for a hint: its metadata is large

    try:
        return bool(phonenumbers.is_valid_number(phonenumbers.parse(number, None)))
    except phonenumbers.NumberParseException:
        return False
