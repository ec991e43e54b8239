"""The mock calls you: signed callback events to an application's primary URL, then its fallback.

Sinch posts call events (ICE, ACE, DiCE, PIE, notify) to the callback URLs set with
updateCallbackUrls, signed with the application's key and secret, and uses the fallback URL
"only if the Sinch platform gets a timeout or error from your primary callback URL". This module
does the same for local testing: an attempt fails over when the primary does not answer in time
(one deadline for the whole exchange: a primary that drips its answer times out too), cannot be
reached, or answers 5xx. Every attempt is recorded, and the answer that was taken is checked
against the event's SVAML schema (`_webhooks`), the verdict recorded with the delivery.
"""

from __future__ import annotations

import itertools
import json
from collections import deque
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import Any

import httpx

from sinch_signing import decode_secret, format_timestamp, signature_headers
from sinch_voice_toolkit._redaction import printable

from ._posting import MAX_ANSWER_BYTES, PostResult, post_bounded
from ._state import Application
from ._state_values import masked_url
from ._webhooks import Verdict, Webhooks

# Sinch's callback pages write the scheme in lower case; receivers compare it case-insensitively.
CALLBACK_SCHEME = "application"
DEFAULT_CALLBACK_TIMEOUT_SECONDS = 5.0
CONTENT_TYPE = "application/json"
DELIVERIES_KEPT_PER_PROJECT = 1000


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
    """One post to one URL: where, and how it ended (the answer's body is not kept)."""

    target: str  # "primary" or "fallback"
    url: str  # as shown: credentials in it are masked
    status: int | None = None
    error: str | None = None
    duration_ms: float = 0.0

    @property
    def failed_over(self) -> bool:
        """Whether Sinch would try the fallback after this attempt."""
        return self.error is not None or (self.status is not None and self.status >= 500)


@dataclass
class Delivery:
    """One event and what became of it, as `/_mock/deliveries` shows it."""

    application: str
    event: dict[str, Any]
    attempts: list[Attempt] = field(default_factory=list)
    verdict: Verdict | None = None  # the answer taken, judged; None when none was taken
    answer: Any = field(default=None, repr=False)  # that answer's JSON, when it is valid SVAML

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
            "answer": self.verdict.to_dict() if self.verdict is not None else None,
        }


class CallbackDispatcher:
    """Signs and posts events to an application's callback URLs, recording every attempt.

    Each attempt has one overall deadline (`timeout_seconds`, across connecting, the answer's
    head and its body) and reads at most `MAX_ANSWER_BYTES` of the answer; a timeout, a failed
    connection or a 5xx fails over to the fallback URL. The last `history` deliveries of each
    project are kept, as they are shown: the event and each attempt's outcome, no answer bodies.
    """

    def __init__(
        self,
        clock: Callable[[], datetime],
        webhooks: Webhooks,
        timeout_seconds: float = DEFAULT_CALLBACK_TIMEOUT_SECONDS,
        history: int = DELIVERIES_KEPT_PER_PROJECT,
    ) -> None:
        self._clock = clock
        self._timeout = timeout_seconds
        self._history = history
        self._by_project: dict[str, deque[tuple[int, Delivery]]] = {}
        self._sequence = itertools.count()
        self.webhooks = webhooks

    @property
    def deliveries(self) -> list[Delivery]:
        """Every kept delivery, oldest first."""
        kept = [item for project in self._by_project.values() for item in project]
        return [delivery for _, delivery in sorted(kept, key=lambda item: item[0])]

    def clear(self) -> None:
        """Forget every delivery (`/_mock/reset`)."""
        self._by_project.clear()

    async def deliver(
        self,
        app: Application,
        event: dict[str, Any] | None,
        kind: str = "ice",
        headers: dict[str, str] | None = None,
    ) -> Delivery:
        """Post `event`, or a sample event of `kind`, to the application's callback URLs, with
        `headers` too (a callout's X-CB-* headers, which Sinch forwards).

        `event` must be JSON that can be sent as it is (`_json_values.checked`)."""
        if event is None:
            event = self.webhooks.sample(kind, app.key, self._clock())
        body = json.dumps(event, allow_nan=False).encode()
        delivery = Delivery(app.key, event)
        answer: PostResult | None = None
        async with httpx.AsyncClient(timeout=self._timeout, trust_env=False) as client:
            for target, url in (("primary", app.primary), ("fallback", app.fallback)):
                if url is None:
                    continue
                answer = await self._post(client, url, body, app, headers or {})
                delivery.attempts.append(_attempt(target, url, answer))
                if not delivery.attempts[-1].failed_over:
                    break
        if answer is not None and answer.status is not None and 200 <= answer.status < 300:
            answered = event.get("event")
            delivery.verdict = (
                Verdict(True, False, "", f"the answer is larger than {MAX_ANSWER_BYTES} bytes")
                if answer.too_large and self.webhooks.expects_answer(answered)
                else self.webhooks.check(answered, answer.body)
            )
            if delivery.verdict.valid:
                delivery.answer = json.loads(answer.body)
        kept = self._by_project.setdefault(app.project, deque(maxlen=self._history))
        kept.append((next(self._sequence), delivery))
        return delivery

    async def _post(
        self,
        client: httpx.AsyncClient,
        url: str,
        body: bytes,
        app: Application,
        forwarded: dict[str, str],
    ) -> PostResult:
        signed = signed_callback(url, body, app.key, decode_secret(app.secret), self._clock())
        headers = {**forwarded, **signed}
        return await post_bounded(client, url, body, headers, timeout=self._timeout)


def _attempt(target: str, url: str, answer: PostResult) -> Attempt:
    error = "timeout" if answer.timed_out else answer.error
    return Attempt(
        target,
        masked_url(url),
        answer.status if not answer.timed_out else None,
        printable(error) if error is not None else None,
        round(answer.seconds * 1000, 1),
    )
