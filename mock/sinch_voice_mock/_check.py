"""Contract-test a callback handler: post what Sinch would, check what it answers.

`check_callbacks(url, key, secret)` plays Sinch against your receiver. For every event kind in
the spec's webhooks it posts the spec's realistic example and then Hypothesis-generated events
drawn from the event's schema (unknown fields, boundary values, unicode), each signed with the
application's key and secret, and checks that:

- every answer comes within Sinch's callback timeout and is never a 5xx;
- a correctly signed event is accepted (2xx), and an ICE, ACE or PIE is answered with SVAML
  valid for that event (the spec's answer schema: `continue` does not answer an ICE);
- an unsigned, tampered, stale or foreign-key request is refused with a 4xx (a future-dated
  one accepted is a warning);
- a replayed request is refused (a warning, or a failure with `require_replay_guard`).

It returns a `CallbackCheckReport` naming each failed check with a reproducible example (the
event, and the seed that drew it). The application secret is never in the report.
"""

from __future__ import annotations

import copy
import json
import secrets
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import yaml

from sinch_signing import decode_secret

from ._callbacks import CONTENT_TYPE, DEFAULT_CALLBACK_TIMEOUT_SECONDS, signed_callback
from ._check_report import CallbackCheckReport, Finding
from ._spec import spec_path
from ._validation import deref
from ._webhooks import Webhooks, event_timestamp

DEFAULT_EXAMPLES = 25


@dataclass
class _Sender:
    """Posts events to the receiver as Sinch does: signed, JSON, with Sinch's timeout."""

    client: httpx.Client
    url: str
    key: str
    secret: bytes
    timeout: float

    def signed(
        self, body: bytes, *, at: datetime | None = None, key: str | None = None,
        secret: bytes | None = None,
    ) -> dict[str, str]:  # fmt: skip
        """Signed as Sinch signs a callback: by default with this application, now."""
        return signed_callback(
            self.url, body, key or self.key, secret or self.secret, at or datetime.now(UTC)
        )

    def post(self, body: bytes, headers: dict[str, str]) -> tuple[int | None, bytes, float, str]:
        """(status or None, answer body, seconds taken, error text)."""
        started = time.monotonic()
        try:
            response = self.client.post(self.url, content=body, headers=headers)
        except httpx.TimeoutException:
            return None, b"", time.monotonic() - started, f"no answer within {self.timeout:g} s"
        except httpx.ConnectError as error:
            raise _Unreachable(f"cannot connect: {error}") from None
        except httpx.HTTPError as error:
            return None, b"", time.monotonic() - started, f"{type(error).__name__}: {error}"
        return response.status_code, response.content, time.monotonic() - started, ""


def check_callbacks(
    url: str,
    application_key: str,
    application_secret: str,
    *,
    examples: int = DEFAULT_EXAMPLES,
    seed: int | None = None,
    require_replay_guard: bool = False,
    timeout_seconds: float = DEFAULT_CALLBACK_TIMEOUT_SECONDS,
) -> CallbackCheckReport:
    """Play Sinch against the callback handler at `url`; see the module's docstring.

    Args:
        url: The handler's callback URL, as set with update_callback_urls.
        application_key: The application the handler verifies requests for.
        application_secret: Its secret (base64, as the dashboard shows it).
        examples: How many generated events to post per event kind (>= 0).
        seed: Seed for the generated events; a random one when None (printed in the report).
        require_replay_guard: Count an accepted replay as a failure, not a warning.
        timeout_seconds: How long an answer may take (Sinch's callback timeout: 5 s).

    Raises:
        ValueError: A bad argument (examples < 0, timeout <= 0, a URL that is not http(s)).
        CredentialsError: The key or secret is unusable.
    """
    if examples < 0:
        raise ValueError("examples must be >= 0")
    if not timeout_seconds > 0:
        raise ValueError("timeout_seconds must be > 0")
    if httpx.URL(url).scheme not in ("http", "https"):
        raise ValueError("the callback URL must be http or https")
    secret = decode_secret(application_secret)
    seed = secrets.randbelow(2**32) if seed is None else seed
    spec = yaml.safe_load(spec_path().read_text(encoding="utf-8"))
    webhooks = Webhooks(spec)
    report = CallbackCheckReport(url, seed)
    with httpx.Client(timeout=timeout_seconds, follow_redirects=False, trust_env=False) as client:
        sender = _Sender(client, url, application_key, secret, timeout_seconds)
        try:
            _check_refusals(sender, webhooks, report, require_replay_guard)
            for kind in webhooks.kinds:
                _check_kind(sender, webhooks, spec, kind, examples, seed, report)
        except _Unreachable as gone:  # every later check would fail the same way: say it once
            done = f" after {len(report.findings)} checks" if report.findings else ""
            report.findings.append(Finding("reach the handler", "fail", f"{gone}{done}"))
    return report


class _Unreachable(Exception):
    """The handler does not accept connections (not started, or stopped)."""


def _check_refusals(
    sender: _Sender, webhooks: Webhooks, report: CallbackCheckReport, require_replay_guard: bool
) -> None:
    """Requests Sinch never sends must be refused with a 4xx."""
    event = webhooks.sample("ice", sender.key, datetime.now(UTC))
    body = json.dumps(event).encode()
    tampered = json.dumps({**event, "cli": "+15550100999"}).encode()
    now = datetime.now(UTC)
    other_secret = secrets.token_bytes(16)
    # Each forgery, and whether accepting it fails the check or only warns: Sinch's own SDKs
    # do not check the timestamp's direction, so a future-dated request is only a warning.
    forged = {
        "unsigned request": (body, {"Content-Type": CONTENT_TYPE}, "fail"),
        "tampered body": (tampered, sender.signed(body), "fail"),
        "stale timestamp (1 h old)": (
            body, sender.signed(body, at=now - timedelta(hours=1)), "fail"
        ),
        "another application's key": (
            body, sender.signed(body, key="another-application", secret=other_secret), "fail"
        ),
        "future timestamp (1 h ahead)": (
            body, sender.signed(body, at=now + timedelta(hours=1)), "warn"
        ),
    }  # fmt: skip
    for name, (payload, headers, severity) in forged.items():
        status, _, _, error = sender.post(payload, headers)
        shown = payload.decode()
        if status is not None and 400 <= status < 500:
            report.findings.append(Finding(f"refuses {name}", "pass", f"answered {status}"))
        else:
            got = error or f"answered {status}, not a 4xx"
            report.findings.append(Finding(f"refuses {name}", severity, got, shown))

    replayed = json.dumps(webhooks.sample("dice", sender.key, datetime.now(UTC))).encode()
    headers = sender.signed(replayed)
    first, _, _, _ = sender.post(replayed, headers)
    second, _, _, error = sender.post(replayed, headers)
    check = "refuses a replayed request"
    if second is not None and 400 <= second < 500:
        report.findings.append(Finding(check, "pass", f"answered {first}, then {second}"))
    else:
        outcome = "fail" if require_replay_guard else "warn"
        detail = (
            f"the same signed request was accepted twice ({first}, then {second or error}):"
            " keep a replay guard (InMemoryReplayGuard or a shared store)"
        )
        report.findings.append(Finding(check, outcome, detail, replayed.decode()))


def _check_kind(
    sender: _Sender,
    webhooks: Webhooks,
    spec: dict[str, Any],
    kind: str,
    examples: int,
    seed: int,
    report: CallbackCheckReport,
) -> None:
    """The realistic example of `kind`, then `examples` generated ones."""
    sent: set[bytes] = set()

    def deliver(event: dict[str, Any], label: str) -> None:
        body = json.dumps(event).encode()
        if body in sent:  # the same signed bytes twice would be a replay: vary the call ID
            event = {**event, "callid": uuid.uuid4().hex}
            body = json.dumps(event).encode()
        sent.add(body)
        report.findings.append(_judge(sender, webhooks, kind, body, label))

    deliver(webhooks.sample(kind, sender.key, datetime.now(UTC)), f"{kind}: the spec's example")
    if examples:
        _generated(spec, kind, sender.key, examples, seed)(deliver)


def _judge(sender: _Sender, webhooks: Webhooks, kind: str, body: bytes, label: str) -> Finding:
    status, answer, seconds, error = sender.post(body, sender.signed(body))
    shown = body.decode()
    if status is None:
        return Finding(label, "fail", error, shown)
    if seconds > sender.timeout:
        return Finding(
            label,
            "fail",
            f"answered after {seconds:.1f} s (Sinch waits {sender.timeout:g} s)",
            shown,
        )
    if status >= 500:
        return Finding(
            label, "fail", f"answered {status}: Sinch would fail over or drop the call", shown
        )
    if not 200 <= status < 300:
        detail = f"refused a correctly signed event: answered {status}"
        if status in (401, 403):
            detail += " (does the handler verify with this application's key and secret?)"
        return Finding(label, "fail", detail, shown)
    verdict = webhooks.check(kind, answer)
    if verdict.expected and not verdict.valid:
        detail = f"not valid SVAML for {kind} at {verdict.where or '/'}: {verdict.error}"
        return Finding(label, "fail", detail, shown)
    return Finding(label, "pass", f"answered {status} in {seconds * 1000:.0f} ms")


def _generated(
    spec: dict[str, Any], kind: str, application_key: str, examples: int, seed: int
) -> Callable[[Callable[[dict[str, Any], str], None]], None]:
    """Runs `deliver` on `examples` events of `kind` drawn from its schema, reproducibly."""
    from hypothesis import HealthCheck, Phase, given, settings
    from hypothesis import seed as seeded
    from hypothesis import strategies as st
    from hypothesis_jsonschema import from_schema

    operation = spec["webhooks"][kind]["post"]
    schema = operation["requestBody"]["content"]["application/json"]["schema"]
    components = spec["components"]
    base = copy.deepcopy(deref(spec, schema)["example"])

    def realistic(drawn: Any) -> dict[str, Any]:
        """The drawn event over the realistic example, merged at every level: drawn fields
        win, fields it lacks keep Sinch's values, and the application key and the timestamp
        stay real (Sinch always sends them, and a handler may rightly check them)."""
        event = _merged(base, drawn)
        for name in ("applicationKey", "timestamp"):
            if name in base:
                event[name] = (
                    application_key
                    if name == "applicationKey"
                    else event_timestamp(datetime.now(UTC))
                )
        return event

    events = from_schema({**schema, "components": components}).map(realistic)

    def run(deliver: Callable[[dict[str, Any], str], None]) -> None:
        count = iter(range(1, examples + 1))

        @seeded(seed)
        @settings(
            max_examples=examples, database=None, deadline=None, phases=[Phase.generate],
            suppress_health_check=list(HealthCheck),
        )  # fmt: skip
        @given(st.data())
        def post_one(data: st.DataObject) -> None:
            deliver(data.draw(events), f"{kind}: generated event {next(count, examples)}")

        post_one()

    return run


def _merged(base: dict[str, Any], drawn: dict[str, Any]) -> dict[str, Any]:
    """`drawn` over `base`; where both hold an object, merged the same way."""
    merged = dict(base)
    for key, value in drawn.items():
        below = merged.get(key)
        both = isinstance(below, dict) and isinstance(value, dict)
        merged[key] = _merged(below, value) if both else value  # type: ignore[arg-type]
    return merged
