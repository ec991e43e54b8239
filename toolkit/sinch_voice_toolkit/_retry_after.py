"""Reading the numbers a server sends in text: a Retry-After header, and plain digits.

`DIGITS` is ASCII digits only: `"²".isdigit()` is true, and `int()` accepts other scripts'
digits too.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime

DIGITS = re.compile(r"[0-9]{1,10}")


def parse_retry_after(value: str | None) -> float | None:
    """Seconds from a Retry-After header: delta-seconds or an HTTP date (RFC 9110 10.2.3).

    Anything else (garbage, a negative number, a date the parser chokes on) is None: the
    header is advice, never a reason to fail.
    """
    if value is None:
        return None
    value = value.strip()
    if DIGITS.fullmatch(value):
        return float(value)
    from email.utils import parsedate_to_datetime  # an HTTP date: rare, so loaded when seen

    try:
        when = parsedate_to_datetime(value)
        if when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
        return max(0.0, (when - datetime.now(UTC)).total_seconds())
    except Exception:  # email.utils raises many kinds on odd input
        return None
