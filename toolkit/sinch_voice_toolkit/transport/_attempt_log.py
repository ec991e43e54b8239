"""One log line per attempt on the `sinch_voice_toolkit` logger, and the `SINCH_VOICE_LOG` switch.

A library says nothing unless asked: the logger has a `NullHandler` until the application
configures logging, or sets `SINCH_VOICE_LOG=info` (one line per attempt: method, host and path,
status or failure, attempt, milliseconds, Sinch's reference) or `debug` (the same, with the
request's and the answer's headers). Every line passes through the client's redaction, and the
headers that carry credentials are never shown.
"""

from __future__ import annotations

import logging
import sys
import time
from collections.abc import Callable, Mapping

import httpx

from .._environment import ENV_LOG
from .._errors import SinchApiError, SinchError, describe_request
from .._redaction import printable

LOGGER_NAME = "sinch_voice_toolkit"
LEVELS = {"info": logging.INFO, "debug": logging.DEBUG}
# Headers whose values are credentials (or carry them): shown as [redacted] at debug.
SECRET_HEADERS = frozenset(
    {"authorization", "proxy-authorization", "cookie", "set-cookie", "x-api-key"}
)

logger = logging.getLogger(LOGGER_NAME)
logger.addHandler(logging.NullHandler())


class _SwitchHandler(logging.StreamHandler):  # type: ignore[type-arg]
    """The handler `SINCH_VOICE_LOG` installs (one, however often a client is made)."""


def configure(env: Mapping[str, str]) -> None:
    """Act on `SINCH_VOICE_LOG` in `env`: unset or empty leaves logging as it is.

    Raises:
        ValueError: The variable holds something other than info or debug.
    """
    value = env.get(ENV_LOG, "").strip().lower()
    if not value:
        return
    if value not in LEVELS:
        raise ValueError(f"${ENV_LOG} must be info or debug, not {printable(value[:20])!r}")
    if not any(isinstance(h, _SwitchHandler) for h in logger.handlers):
        handler = _SwitchHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
        logger.addHandler(handler)
    logger.setLevel(LEVELS[value])


def answered(
    request: httpx.Request,
    attempt: int,
    started: float,
    response: httpx.Response,
    redact: Callable[[str], str],
) -> None:
    """Log a 2xx answer to an attempt."""
    if logger.isEnabledFor(logging.INFO):
        line = f"{describe_request(request)}: attempt {attempt} answered {response.status_code}"
        _log(f"{line} in {_milliseconds(started)} ms", request, response, redact)


def failed(
    request: httpx.Request,
    attempt: int,
    started: float,
    error: SinchError,
    redact: Callable[[str], str],
    wait: float | None,
) -> None:
    """Log a failed attempt, and whether (and when) it is tried again."""
    if not logger.isEnabledFor(logging.INFO):
        return
    response = error.response if isinstance(error, SinchApiError) else None
    cause = str(error.status) if isinstance(error, SinchApiError) else type(error).__name__
    reference = getattr(error, "reference", None)
    details = f"{cause}, {_milliseconds(started)} ms"
    if reference:
        details += f", reference {reference}"
    if wait is not None:
        after = f"retrying in {wait:.2f} s"
    elif error.not_repeated:
        after = f"not sent again: {error.not_repeated}"
    else:
        after = "giving up"
    line = f"{describe_request(request)}: attempt {attempt} failed ({details}); {after}"
    _log(line, request, response, redact)


def _log(
    line: str,
    request: httpx.Request,
    response: httpx.Response | None,
    redact: Callable[[str], str],
) -> None:
    if logger.isEnabledFor(logging.DEBUG):
        line += f"; request headers {_headers(request.headers)}"
        if response is not None:
            line += f"; answer headers {_headers(response.headers)}"
    logger.info("%s", printable(redact(line)))


def _headers(headers: httpx.Headers) -> str:
    shown = {
        name: "[redacted]" if name.lower() in SECRET_HEADERS else value
        for name, value in headers.items()
    }
    return str(shown)


def _milliseconds(started: float) -> int:
    return round((time.monotonic() - started) * 1000)
