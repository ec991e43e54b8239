"""Sinch-shaped error answers: HTTP status plus `{errorCode, message, reference}`."""

from __future__ import annotations

import uuid

from starlette.responses import JSONResponse

from sinch_voice_toolkit._redaction import printable

# Sinch's error codes (the first three digits are the HTTP status).
PARAMETER_VALIDATION = 40001
MISSING_PARAMETER = 40002
INVALID_REQUEST = 40003
AUTHORIZATION_INVALID = 40100
TIMESTAMP_INVALID = 40101
SIGNATURE_INVALID = 40102
REQUEST_EXPIRED = 40105
CREDENTIALS_INVALID = 40108
FORBIDDEN = 40300
NOT_FOUND = 40400
METHOD_NOT_ALLOWED = 40500
BODY_TOO_LARGE = 41300
INTERNAL_ERROR = 50000
MESSAGE_CHARS = 100  # the most of any one value a message quotes back


def shown(value: object) -> str:
    """A value as a message quotes it: at most 100 characters, unprintable ones escaped."""
    text = str(value)
    return printable(text if len(text) <= MESSAGE_CHARS else text[: MESSAGE_CHARS - 1] + "…")


class SinchError(Exception):
    """An error the mock answers with, the way Sinch does."""

    def __init__(
        self, error_code: int, message: str, headers: dict[str, str] | None = None
    ) -> None:
        super().__init__(message)
        self.error_code = error_code
        self.status = error_code // 100
        self.message = message
        self.headers = headers or {}

    def response(self) -> JSONResponse:
        body = {
            "errorCode": self.error_code,
            "message": self.message,
            "reference": str(uuid.uuid4()),
        }
        return JSONResponse(body, status_code=self.status, headers=self.headers)
