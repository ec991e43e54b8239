"""Saying little: what the server said, cut short and escaped, and the client's secret removed.

`Redactor` finds the client's own secret in text a server sent back, in the encodings it could
come back in; `excerpt` cuts text to a bounded length and escapes what a terminal would act on.
Every error message built from a server's answer goes through both (`_errors`).
"""

from __future__ import annotations

import base64
import binascii
import json
import re
from functools import cached_property
from urllib.parse import quote

BODY_EXCERPT_CHARS = 200
REDACTED = "[redacted]"


class Redactor:
    """Replaces the client's own secret in text a server sent back, in any encoding it
    could come back in: as given, percent- or JSON-escaped, base64 (standard or URL-safe,
    padded or not), the Basic token `base64(key:secret)`, and the decoded key bytes as hex or
    base64. Matching ignores case (percent and hex escapes come in both)."""

    def __init__(self, application_key: str, application_secret: str) -> None:
        self._credentials = (application_key.strip(), application_secret.strip())

    @cached_property
    def _pattern(self) -> re.Pattern[str] | None:
        # Built when an error first needs it: connect() stays cheap.
        forms = _secret_forms(*self._credentials)
        alternatives = sorted((f for f in forms if len(f) >= 4), key=len, reverse=True)
        if not alternatives:
            return None
        return re.compile("|".join(map(re.escape, alternatives)), re.IGNORECASE)

    def __call__(self, text: str) -> str:
        pattern = self._pattern
        return pattern.sub(REDACTED, text) if pattern is not None else text

    def __repr__(self) -> str:
        return "Redactor(***)"


def _secret_forms(key: str, secret: str) -> set[str]:
    def base64_forms(data: bytes) -> set[str]:
        forms = {base64.b64encode(data).decode(), base64.urlsafe_b64encode(data).decode()}
        return forms | {form.rstrip("=") for form in forms}

    forms = {secret, quote(secret, safe=""), json.dumps(secret)[1:-1].replace("/", "\\/")}
    forms |= base64_forms(secret.encode()) | base64_forms(f"{key}:{secret}".encode())
    try:
        decoded = base64.b64decode(secret, validate=True)
    except (binascii.Error, ValueError):
        decoded = b""
    if decoded:
        forms |= base64_forms(decoded) | {decoded.hex()}
    return forms


def _no_redaction(text: str) -> str:
    return text


def excerpt(text: str, limit: int = BODY_EXCERPT_CHARS) -> str:
    """At most `limit` characters of `text`, every unprintable one escaped (`\\x1b`)."""
    return printable(text[:limit]) + ("…" if len(text) > limit else "")


def printable(text: str) -> str:
    """`text` with every character a terminal could act on, or an encoder choke on, escaped:
    control characters (escape sequences included), lone surrogates, other unprintables
    (`\\x1b`, `\\ud800`). Python's `str.isprintable` decides; printable text is returned as is."""
    if text.isprintable():
        return text
    return "".join(c if c.isprintable() else c.encode("unicode_escape").decode() for c in text)
