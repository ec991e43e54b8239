"""Contract-test a callback handler: post what Sinch would, check what it answers.

`check_callbacks(url, key, secret)` plays Sinch against your receiver. For every event kind in
the spec's webhooks it posts the spec's realistic example and then Hypothesis-generated events
drawn from the event's schema (unknown fields, boundary values, unicode), each signed with the
application's key and secret, and checks that:

- every answer comes, whole, within Sinch's callback timeout (one deadline for the exchange, so
  an answer dripped a byte at a time fails too), is at most 1 MiB (decompressed) and never a
  5xx;
- a correctly signed event is accepted (2xx), and an ICE, ACE or PIE is answered with SVAML
  valid for that event (the spec's answer schema: `continue` does not answer an ICE);
- an unsigned, tampered, stale or foreign-key request is refused with a 4xx (a future-dated
  one accepted is a warning);
- a replayed request is refused (a warning, or a failure with `require_replay_guard`): a
  replay is "accepted twice" when both deliveries were answered 2xx; when the first was not
  accepted, the check cannot be judged and says so.

It returns a `CallbackCheckReport` naming each failed check with a reproducible example (the
event, and the seed that drew it). The application secret is never in the report, and what the
handler said reaches the report's text with every control character escaped.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import json
import secrets
import ssl
import uuid
from datetime import UTC, datetime
from typing import Any

import httpx
import yaml

from sinch_signing import decode_secret
from sinch_voice_toolkit._redaction import printable

from ._callbacks import DEFAULT_CALLBACK_TIMEOUT_SECONDS
from ._check_events import generated_events
from ._check_refusals import check_refusals, outcome_of
from ._check_report import CallbackCheckReport, Finding
from ._check_sender import Sender, Unreachable
from ._spec import spec_path
from ._webhooks import Webhooks

DEFAULT_EXAMPLES = 25
MAX_TIMEOUT = 300.0  # seconds: Sinch waits 5; a longer limit is a mistake, not a wish


def check_callbacks(
    url: str,
    application_key: str,
    application_secret: str,
    *,
    examples: int = DEFAULT_EXAMPLES,
    seed: int | None = None,
    require_replay_guard: bool = False,
    timeout_seconds: float = DEFAULT_CALLBACK_TIMEOUT_SECONDS,
    verify: ssl.SSLContext | bool = True,
) -> CallbackCheckReport:
    """Play Sinch against the callback handler at `url`; see the module's docstring.

    Args:
        url: The handler's callback URL, as set with applications.update_callback_urls.
        application_key: The application the handler verifies requests for.
        application_secret: Its secret (base64, as the dashboard shows it).
        examples: How many generated events to post per event kind (>= 0).
        seed: Seed for the generated events; a random one when None (printed in the report).
        require_replay_guard: Count an accepted replay as a failure, not a warning.
        timeout_seconds: How long an answer may take, all of it (Sinch's callback timeout:
            5 s): one deadline across connecting, the answer's head and its body.
        verify: TLS verification of an https:// handler: True (certifi's CAs), False, or an
            `ssl.SSLContext` (`ssl.create_default_context(cafile=...)` for a private CA).

    Raises:
        ValueError: A bad argument (examples < 0, a timeout that is not a finite number of
            seconds > 0, a URL that is not http(s) or names no host).
        CredentialsError: The key or secret is unusable.
    """
    if _in_an_event_loop():  # the posts run on a loop of their own: give them a thread

        def check_here() -> CallbackCheckReport:
            return check_callbacks(
                url, application_key, application_secret, examples=examples, seed=seed,
                require_replay_guard=require_replay_guard, timeout_seconds=timeout_seconds,
                verify=verify,
            )  # fmt: skip

        with concurrent.futures.ThreadPoolExecutor(1) as thread:
            return thread.submit(check_here).result()
    url = checked_url(url)
    if isinstance(examples, bool) or not isinstance(examples, int) or examples < 0:
        raise ValueError("examples must be a whole number >= 0")
    if not (isinstance(timeout_seconds, int | float) and 0 < timeout_seconds <= MAX_TIMEOUT):
        raise ValueError(f"the timeout must be a number of seconds > 0 and <= {MAX_TIMEOUT:g}")
    secret = decode_secret(application_secret)
    seed = secrets.randbelow(2**32) if seed is None else seed
    spec = yaml.safe_load(spec_path().read_text(encoding="utf-8"))
    webhooks = Webhooks(spec)
    report = CallbackCheckReport(url, seed)
    sender = Sender(url, application_key, secret, float(timeout_seconds), verify)
    try:
        check_refusals(sender, webhooks, report, require_replay_guard)
        for kind in webhooks.kinds:
            _check_kind(sender, webhooks, spec, kind, examples, seed, report)
    except Unreachable as gone:  # every later check would fail the same way: say it once
        done = f" after {len(report.findings)} checks" if report.findings else ""
        report.findings.append(Finding("reach the handler", "fail", f"{gone}{done}"))
    finally:
        sender.close()
    return report


def _in_an_event_loop() -> bool:
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return False
    return True


def checked_url(url: str) -> str:
    """The handler's URL, or ValueError with one line saying what is wrong with it."""
    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, TypeError) as error:
        raise ValueError(f"{printable(str(url))[:200]!r} is not a URL: {error}") from None
    if parsed.scheme not in ("http", "https"):
        raise ValueError(f"the callback URL must start with http:// or https://, not {url[:200]!r}")
    if not parsed.host:
        raise ValueError(f"the callback URL {url[:200]!r} names no host")
    return url


def _check_kind(
    sender: Sender,
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
        generated_events(spec, kind, sender.key, examples, seed)(deliver)


def _judge(sender: Sender, webhooks: Webhooks, kind: str, body: bytes, label: str) -> Finding:
    result = sender.post(body, sender.signed(body))
    status, seconds, shown = result.status, result.seconds, body.decode()
    if result.timed_out:
        return Finding(
            label, "fail", f"{outcome_of(result)} (Sinch waits {sender.timeout:g} s)", shown
        )
    if status is None:
        return Finding(label, "fail", outcome_of(result), shown)
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
    if result.too_large or result.error:
        return Finding(label, "fail", f"{outcome_of(result)}: Sinch cannot read it", shown)
    verdict = webhooks.check(kind, result.body)
    if verdict.expected and not verdict.valid:
        detail = f"not valid SVAML for {kind} at {verdict.where or '/'}: {verdict.error}"
        return Finding(label, "fail", detail, shown)
    return Finding(label, "pass", f"answered {status} in {seconds * 1000:.0f} ms")
