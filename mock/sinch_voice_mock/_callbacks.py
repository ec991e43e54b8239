"""The mock calls you: signed callback events to an application's primary URL, then its fallback.

Sinch posts call events (ICE, ACE, DiCE, PIE, notify) to the callback URLs set with
updateCallbackUrls, signed with the application's key and secret, and uses the fallback URL
"only if the Sinch platform gets a timeout or error from your primary callback URL". This module
does the same for local testing: an attempt fails over when the primary times out, cannot be
reached, or answers 5xx. Every attempt is recorded, and the answer that was taken is checked
against the event's SVAML schema (`_webhooks`), the verdict recorded with the delivery.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import Any

import httpx

from sinch_signing import decode_secret, format_timestamp, signature_headers

from ._state import Application
from ._webhooks import Verdict, Webhooks

# Sinch's callback pages write the scheme in lower case; receivers compare it case-insensitively.
CALLBACK_SCHEME = "application"
DEFAULT_CALLBACK_TIMEOUT_SECONDS = 5.0
CONTENT_TYPE = "application/json"
MAX_ANSWER_BYTES = 1024 * 1024  # an SVAML answer is a few hundred bytes; read no more than this


def signed_callback(
    url: str, body: bytes, application_key: str, secret: bytes, at: datetime
) -> dict[str, str]:
    """The headers of a callback Sinch posts to `url`: JSON, signed with the application's
    key and secret as at `at` (the path signed is the URL's, as sent, without its query)."""
    headers = signature_headers(
        application_key=application_key,
        secret=secret,
        method="POST",
        path=httpx.URL(url).raw_path.partition(b"?")[0].decode("ascii"),
        body=body,
        content_type=CONTENT_TYPE,
        timestamp=format_timestamp(at),
        scheme=CALLBACK_SCHEME,
    )
    return {**headers, "Content-Type": CONTENT_TYPE}


@dataclass
class Attempt:
    target: str  # "primary" or "fallback"
    url: str
    status: int | None = None
    error: str | None = None
    duration_ms: float = 0.0
    body: bytes = field(default=b"", repr=False)

    @property
    def failed_over(self) -> bool:
        """Whether Sinch would try the fallback after this attempt."""
        return self.error is not None or (self.status is not None and self.status >= 500)


@dataclass
class Delivery:
    application: str
    event: dict[str, Any]
    attempts: list[Attempt] = field(default_factory=list)
    verdict: Verdict | None = None  # the answer taken, judged; None when none was taken

    @property
    def delivered_to(self) -> str | None:
        last = self.attempts[-1] if self.attempts else None
        return last.target if last is not None and not last.failed_over else None

    def to_dict(self) -> dict[str, Any]:
        return {
            "application": self.application,
            "event": self.event,
            "deliveredTo": self.delivered_to,
            "attempts": [
                {k: v for k, v in asdict(a).items() if k != "body"} for a in self.attempts
            ],
            "answer": self.verdict.to_dict() if self.verdict is not None else None,
        }


class CallbackDispatcher:
    """Signs and posts events to an application's callback URLs, recording every attempt."""

    def __init__(
        self,
        clock: Callable[[], datetime],
        webhooks: Webhooks,
        timeout_seconds: float = DEFAULT_CALLBACK_TIMEOUT_SECONDS,
    ) -> None:
        self._clock = clock
        self._timeout = timeout_seconds
        self.webhooks = webhooks
        self.deliveries: list[Delivery] = []

    async def deliver(
        self, app: Application, event: dict[str, Any] | None, kind: str = "ice"
    ) -> Delivery:
        """Post `event`, or a sample event of `kind`, to the application's callback URLs."""
        if event is None:
            event = self.webhooks.sample(kind, app.key, self._clock())
        body = json.dumps(event)
        delivery = Delivery(app.key, json.loads(body))
        async with httpx.AsyncClient(timeout=self._timeout) as client:
            for target, url in (("primary", app.primary), ("fallback", app.fallback)):
                if url is None:
                    continue
                attempt = await self._post(client, target, url, body.encode(), app)
                delivery.attempts.append(attempt)
                if not attempt.failed_over:
                    break
        taken = delivery.attempts[-1] if delivery.attempts else None
        if taken is not None and taken.status is not None and 200 <= taken.status < 300:
            answered = event.get("event") if isinstance(event, dict) else None
            delivery.verdict = self.webhooks.check(answered, taken.body)
        self.deliveries.append(delivery)
        return delivery

    async def _post(
        self, client: httpx.AsyncClient, target: str, url: str, body: bytes, app: Application
    ) -> Attempt:
        attempt = Attempt(target, url)
        try:
            headers = signed_callback(url, body, app.key, decode_secret(app.secret), self._clock())
            started = time.monotonic()
            try:
                async with client.stream("POST", url, content=body, headers=headers) as response:
                    attempt.status = response.status_code
                    attempt.body = await _read_some(response, MAX_ANSWER_BYTES)
            finally:
                attempt.duration_ms = round((time.monotonic() - started) * 1000, 1)
        except httpx.TimeoutException:
            attempt.error = "timeout"
        except httpx.HTTPError as error:
            attempt.error = f"{type(error).__name__}: {error}".rstrip(": ")
        return attempt


async def _read_some(response: httpx.Response, limit: int) -> bytes:
    """At most `limit` bytes of the answer (more is cut off, and will not parse)."""
    chunks: list[bytes] = []
    size = 0
    async for chunk in response.aiter_bytes():
        chunks.append(chunk)
        size += len(chunk)
        if size >= limit:
            break
    return b"".join(chunks)[:limit]
