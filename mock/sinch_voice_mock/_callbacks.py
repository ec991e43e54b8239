"""The mock calls you: signed callback events to an application's primary URL, then its fallback.

Sinch posts call events (ICE, ACE, DiCE, ...) to the callback URLs set with updateCallbackUrls,
signed with the application's key and secret, and uses the fallback URL "only if the Sinch
platform gets a timeout or error from your primary callback URL". This module does the same for
local testing: an attempt fails over when the primary times out, cannot be reached, or answers
5xx. Every attempt is recorded.
"""

from __future__ import annotations

import json
import time
import uuid
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import Any

import httpx

from sinch_signing import decode_secret, format_timestamp, signature_headers

from ._state import Application

# Sinch's callback pages write the scheme in lower case; receivers compare it case-insensitively.
CALLBACK_SCHEME = "application"
DEFAULT_CALLBACK_TIMEOUT_SECONDS = 5.0
CONTENT_TYPE = "application/json"


def incoming_call_event(app: Application, now: datetime) -> dict[str, Any]:
    """A documented Incoming Call Event (ICE) body, as Sinch sends it for a PSTN call."""
    return {
        "event": "ice",
        "callid": f"{uuid.uuid4()}_1",
        "callResourceUrl": "https://calling-euc1.api.sinch.com/calling/v1/calls/id/mock",
        "timestamp": format_timestamp(now),
        "version": 1,
        "custom": "",
        "userRate": {"currencyId": "USD", "amount": 0.0},
        "cli": "+46708168731",
        "to": {"type": "number", "endpoint": "+46730170101"},
        "domain": "pstn",
        "applicationKey": app.key,
        "originationType": "pstn",
        "rdnis": "",
    }


@dataclass
class Attempt:
    target: str  # "primary" or "fallback"
    url: str
    status: int | None = None
    error: str | None = None
    duration_ms: float = 0.0

    @property
    def failed_over(self) -> bool:
        """Whether Sinch would try the fallback after this attempt."""
        return self.error is not None or (self.status is not None and self.status >= 500)


@dataclass
class Delivery:
    application: str
    event: dict[str, Any]
    attempts: list[Attempt] = field(default_factory=list)

    @property
    def delivered_to(self) -> str | None:
        last = self.attempts[-1] if self.attempts else None
        return last.target if last is not None and not last.failed_over else None

    def to_dict(self) -> dict[str, Any]:
        return {
            "application": self.application,
            "event": self.event,
            "deliveredTo": self.delivered_to,
            "attempts": [asdict(a) for a in self.attempts],
        }


class CallbackDispatcher:
    """Signs and posts events to an application's callback URLs, recording every attempt."""

    def __init__(
        self,
        clock: Callable[[], datetime],
        timeout_seconds: float = DEFAULT_CALLBACK_TIMEOUT_SECONDS,
    ) -> None:
        self._clock = clock
        self._timeout = timeout_seconds
        self.deliveries: list[Delivery] = []

    async def deliver(self, app: Application, event: dict[str, Any] | None) -> Delivery:
        body = json.dumps(event if event is not None else incoming_call_event(app, self._clock()))
        delivery = Delivery(app.key, json.loads(body))
        async with httpx.AsyncClient(timeout=self._timeout) as client:
            for target, url in (("primary", app.primary), ("fallback", app.fallback)):
                if url is None:
                    continue
                attempt = await self._post(client, target, url, body.encode(), app)
                delivery.attempts.append(attempt)
                if not attempt.failed_over:
                    break
        self.deliveries.append(delivery)
        return delivery

    async def _post(
        self, client: httpx.AsyncClient, target: str, url: str, body: bytes, app: Application
    ) -> Attempt:
        attempt = Attempt(target, url)
        try:
            path = httpx.URL(url).raw_path.partition(b"?")[0].decode("ascii")
            headers = signature_headers(
                application_key=app.key,
                secret=decode_secret(app.secret),
                method="POST",
                path=path,
                body=body,
                content_type=CONTENT_TYPE,
                timestamp=format_timestamp(self._clock()),
                scheme=CALLBACK_SCHEME,
            )
            headers["Content-Type"] = CONTENT_TYPE
            started = time.monotonic()
            try:
                response = await client.post(url, content=body, headers=headers)
                attempt.status = response.status_code
            finally:
                attempt.duration_ms = round((time.monotonic() - started) * 1000, 1)
        except httpx.TimeoutException:
            attempt.error = "timeout"
        except httpx.HTTPError as error:
            attempt.error = f"{type(error).__name__}: {error}".rstrip(": ")
        return attempt
