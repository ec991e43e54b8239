"""The refusals `check-callbacks` checks: requests Sinch never sends (unsigned, tampered, stale,
another application's, future-dated) and a replayed one."""

from __future__ import annotations

import json
import secrets
from datetime import UTC, datetime, timedelta

from ._callbacks import CONTENT_TYPE
from ._check_report import CallbackCheckReport, Finding
from ._check_sender import Sender
from ._posting import MAX_ANSWER_BYTES, PostResult
from ._webhooks import Webhooks


def check_refusals(
    sender: Sender, webhooks: Webhooks, report: CallbackCheckReport, require_replay_guard: bool
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
            got = outcome_of(result) + (", not a 4xx" if answered else "")
            report.findings.append(Finding(f"refuses {name}", severity, got, shown))

    replayed = json.dumps(webhooks.sample("dice", sender.key, datetime.now(UTC))).encode()
    headers = sender.signed(replayed)
    first = sender.post(replayed, headers)
    second = sender.post(replayed, headers)
    check = "refuses a replayed request"
    if accepted(first) and accepted(second):
        outcome = "fail" if require_replay_guard else "warn"
        detail = (
            f"the same signed request was accepted twice ({first.status}, then {second.status}):"
            " keep a replay guard (InMemoryReplayGuard or a shared store)"
        )
        report.findings.append(Finding(check, outcome, detail, replayed.decode()))
    elif accepted(first) and second.status is not None and 400 <= second.status < 500:
        report.findings.append(
            Finding(check, "pass", f"answered {first.status}, then {second.status}")
        )
    else:  # the first was not accepted, or the second was not answered: nothing to judge by
        detail = (
            f"could not be judged: the first delivery {outcome_of(first)}, the replay"
            f" {outcome_of(second)}"
        )
        report.findings.append(Finding(check, "warn", detail, replayed.decode()))


def accepted(result: PostResult) -> bool:
    return result.status is not None and 200 <= result.status < 300 and not result.timed_out


def outcome_of(result: PostResult) -> str:
    """What came back, in a few words: `answered 500`, `no answer within 5 s`."""
    if result.timed_out or result.status is None:
        return result.error or "got no answer"
    if result.too_large:
        limit = f"{MAX_ANSWER_BYTES // 1024} KiB"
        return f"answered {result.status}, too large (over {limit} decompressed)"
    if result.error:
        return f"answered {result.status}, then {result.error}"
    return f"answered {result.status}"
