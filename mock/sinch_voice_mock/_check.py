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
import contextlib
import copy
import json
import secrets
import ssl
import uuid
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import yaml

from sinch_signing import decode_secret
from sinch_voice_toolkit._redaction import printable
from sinch_voice_toolkit._spec_tools import resolve_ref

from ._callbacks import CONTENT_TYPE, DEFAULT_CALLBACK_TIMEOUT_SECONDS, signed_callback
from ._check_report import CallbackCheckReport, Finding
from ._posting import MAX_ANSWER_BYTES, PostResult, post_bounded
from ._spec import spec_path
from ._webhooks import Webhooks, event_timestamp

DEFAULT_EXAMPLES = 25
MAX_TIMEOUT = 300.0  # seconds: Sinch waits 5; a longer limit is a mistake, not a wish
# A handler that times out this often in a row would time out on every check: one failure,
# not 130 of 5 s each.
GIVE_UP_AFTER_TIMEOUTS = 3


class _Sender:
    """Posts events to the receiver as Sinch does: signed, JSON, with Sinch's timeout.

    Each post has one deadline for the whole exchange and reads at most `MAX_ANSWER_BYTES`
    (`_posting`); the posts run one at a time on an event loop of the sender's own.
    """

    def __init__(
        self, url: str, key: str, secret: bytes, timeout: float, verify: ssl.SSLContext | bool
    ) -> None:
        self.url = url
        self.key = key
        self.secret = secret
        self.timeout = timeout
        self._verify = verify
        self._runner = asyncio.Runner()
        self._client: httpx.AsyncClient | None = None
        self._timeouts_in_a_row = 0

    def signed(
        self, body: bytes, *, at: datetime | None = None, key: str | None = None,
        secret: bytes | None = None,
    ) -> dict[str, str]:  # fmt: skip
        """Signed as Sinch signs a callback: by default with this application, now."""
        return signed_callback(
            self.url, body, key or self.key, secret or self.secret, at or datetime.now(UTC)
        )

    def post(self, body: bytes, headers: dict[str, str]) -> PostResult:
        """Post one request; `_Unreachable` when no connection can be made, or when the
        handler has not answered in time `GIVE_UP_AFTER_TIMEOUTS` times in a row."""
        result = self._runner.run(self._post(body, headers))
        if result.unreachable:
            raise _Unreachable(result.error or "cannot connect")
        self._timeouts_in_a_row = self._timeouts_in_a_row + 1 if result.timed_out else 0
        if self._timeouts_in_a_row >= GIVE_UP_AFTER_TIMEOUTS:
            raise _Unreachable(
                f"no answer within {self.timeout:g} s to {self._timeouts_in_a_row} requests in a"
                " row (is the handler stuck, or does it answer too slowly?); stopped there"
            )
        return result

    async def _post(self, body: bytes, headers: dict[str, str]) -> PostResult:
        if self._client is None:  # made in the runner's loop, where it is used
            self._client = httpx.AsyncClient(
                timeout=self.timeout, follow_redirects=False, trust_env=False, verify=self._verify
            )
        return await post_bounded(self._client, self.url, body, headers, timeout=self.timeout)

    def close(self) -> None:
        if self._client is not None:
            with contextlib.suppress(Exception):  # closing must not hide what ended the run
                self._runner.run(self._client.aclose())
        self._runner.close()


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
        url: The handler's callback URL, as set with update_callback_urls.
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
    sender = _Sender(url, application_key, secret, float(timeout_seconds), verify)
    try:
        _check_refusals(sender, webhooks, report, require_replay_guard)
        for kind in webhooks.kinds:
            _check_kind(sender, webhooks, spec, kind, examples, seed, report)
    except _Unreachable as gone:  # every later check would fail the same way: say it once
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


class _Unreachable(Exception):
    """The handler does not accept connections (not started, or stopped), or never answers."""


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
        result = sender.post(payload, headers)
        shown = payload.decode()
        if result.status is not None and 400 <= result.status < 500:
            report.findings.append(Finding(f"refuses {name}", "pass", f"answered {result.status}"))
        else:
            answered = result.status is not None and not result.timed_out
            got = _outcome(result) + (", not a 4xx" if answered else "")
            report.findings.append(Finding(f"refuses {name}", severity, got, shown))

    replayed = json.dumps(webhooks.sample("dice", sender.key, datetime.now(UTC))).encode()
    headers = sender.signed(replayed)
    first = sender.post(replayed, headers)
    second = sender.post(replayed, headers)
    check = "refuses a replayed request"
    if _accepted(first) and _accepted(second):
        outcome = "fail" if require_replay_guard else "warn"
        detail = (
            f"the same signed request was accepted twice ({first.status}, then {second.status}):"
            " keep a replay guard (InMemoryReplayGuard or a shared store)"
        )
        report.findings.append(Finding(check, outcome, detail, replayed.decode()))
    elif _accepted(first) and second.status is not None and 400 <= second.status < 500:
        report.findings.append(
            Finding(check, "pass", f"answered {first.status}, then {second.status}")
        )
    else:  # the first was not accepted, or the second was not answered: nothing to judge by
        detail = (
            f"could not be judged: the first delivery {_outcome(first)}, the replay"
            f" {_outcome(second)}"
        )
        report.findings.append(Finding(check, "warn", detail, replayed.decode()))


def _accepted(result: PostResult) -> bool:
    return result.status is not None and 200 <= result.status < 300 and not result.timed_out


def _outcome(result: PostResult) -> str:
    """What came back, in a few words: `answered 500`, `no answer within 5 s`."""
    if result.timed_out or result.status is None:
        return result.error or "got no answer"
    if result.too_large:
        limit = f"{MAX_ANSWER_BYTES // 1024} KiB"
        return f"answered {result.status}, too large (over {limit} decompressed)"
    if result.error:
        return f"answered {result.status}, then {result.error}"
    return f"answered {result.status}"


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
    result = sender.post(body, sender.signed(body))
    status, seconds, shown = result.status, result.seconds, body.decode()
    if result.timed_out:
        return Finding(
            label, "fail", f"{_outcome(result)} (Sinch waits {sender.timeout:g} s)", shown
        )
    if status is None:
        return Finding(label, "fail", _outcome(result), shown)
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
        return Finding(label, "fail", f"{_outcome(result)}: Sinch cannot read it", shown)
    verdict = webhooks.check(kind, result.body)
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
    base = copy.deepcopy(resolve_ref(spec, schema)["example"])

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
