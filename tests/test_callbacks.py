"""verify_callback: the published example, every tampered field, the replay window, odd input."""

from __future__ import annotations

import math
import random
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest
from hypothesis import given, strategies as st

from sinch_signing import (
    TIMESTAMP_TOLERANCE_SECONDS,
    AmbiguousHeaderError,
    CallbackVerificationError,
    CredentialsError,
    InMemoryReplayGuard,
    MalformedAuthorizationError,
    MalformedTimestampError,
    MissingAuthorizationError,
    MissingTimestampError,
    ReplayedCallbackError,
    ReplayGuardFullError,
    SignatureMismatchError,
    TimestampOutOfWindowError,
    UnknownSchemeError,
    WrongApplicationKeyError,
    verify_callback,
)

# Sinch's Voice "Callback request signing" page, verbatim: an `ace` event delivered to
# https://callbacks.yourdomain.com/sinch/callback/ace.
KEY = "669E367E-6BBA-48AB-AF15-266871C28135"
SECRET = "BeIukql3pTKJ8RGL5zo0DA=="
BODY = (
    b'{"event":"ace","callid":"822aa4b7-05b4-4d83-87c7-1f835ee0b6f6_257",'
    b'"timestamp":"2014-09-24T10:59:41Z","version":1}'
)
PATH = "/sinch/callback/ace"
TIMESTAMP = "2014-09-24T10:59:41Z"
SIGNED_AT = datetime(2014, 9, 24, 10, 59, 41, tzinfo=UTC)
HEADERS = {
    "content-type": "application/json",
    "x-timestamp": TIMESTAMP,
    "authorization": f"application {KEY}:Tg6fMyo8mj9pYfWQ9ssbx3Tc1BNC87IEygAfLbJqZb4=",
}


def verify(**changes: Any) -> None:
    arguments: dict[str, Any] = {
        "method": "POST",
        "path": PATH,
        "headers": HEADERS,
        "body": BODY,
        "application_key": KEY,
        "application_secret": SECRET,
        "now": SIGNED_AT,
    }
    arguments.update(changes)
    verify_callback(**arguments)


def test_published_example_verifies() -> None:
    verify()


@pytest.mark.parametrize(
    "headers",
    [
        {
            "Content-Type": "application/json",
            "X-Timestamp": TIMESTAMP,
            "Authorization": HEADERS["authorization"],
        },
        {
            **HEADERS,
            "authorization": HEADERS["authorization"].replace("application", "Application"),
        },
        {
            **HEADERS,
            "authorization": HEADERS["authorization"].replace("application", "APPLICATION"),
        },
        httpx.Headers(HEADERS),
    ],
    ids=["header-case", "scheme-Application", "scheme-UPPER", "httpx-headers"],
)
def test_header_names_and_scheme_are_case_insensitive(headers: Any) -> None:
    verify(headers=headers)


def test_body_may_be_text_and_query_string_is_ignored() -> None:
    verify(body=BODY.decode(), path=PATH + "?source=sinch")


@pytest.mark.parametrize(
    "changes",
    [
        {"method": "PUT"},
        {"path": "/sinch/callback/ice"},
        {"headers": {**HEADERS, "content-type": "application/json; charset=utf-8"}},
        {"headers": {**HEADERS, "x-timestamp": "2014-09-24T10:59:42Z"}},
        {"body": BODY.replace(b"ace", b"ice")},
        {"body": BODY + b" "},
        {
            "application_secret": "CeIukql3pTKJ8RGL5zo0DA=="
        },  # (a last-char change can hit padding bits)
    ],
    ids=["method", "path", "content-type", "timestamp", "body-byte", "body-extra-byte", "secret"],
)
def test_each_tampered_field_breaks_the_signature(changes: dict[str, Any]) -> None:
    with pytest.raises(SignatureMismatchError):
        verify(**changes)


def test_a_request_for_another_key_is_refused() -> None:
    with pytest.raises(WrongApplicationKeyError):
        verify(application_key="5F5C418A0F914BBC8234A9BF5EDDAD97")
    with pytest.raises(WrongApplicationKeyError):
        verify(
            headers={**HEADERS, "authorization": HEADERS["authorization"].replace(KEY, "OTHER-KEY")}
        )


@pytest.mark.parametrize(
    ("headers", "error"),
    [
        ({k: v for k, v in HEADERS.items() if k != "authorization"}, MissingAuthorizationError),
        ({**HEADERS, "authorization": ""}, MissingAuthorizationError),
        ({**HEADERS, "authorization": "application"}, MalformedAuthorizationError),
        ({**HEADERS, "authorization": f"application {KEY}"}, MalformedAuthorizationError),
        ({**HEADERS, "authorization": "application :sig"}, MalformedAuthorizationError),
        ({**HEADERS, "authorization": "Bearer abc"}, UnknownSchemeError),
        ({**HEADERS, "authorization": "Basic a2V5OnNlY3JldA=="}, UnknownSchemeError),
        ({k: v for k, v in HEADERS.items() if k != "x-timestamp"}, MissingTimestampError),
        ({**HEADERS, "x-timestamp": "yesterday"}, MalformedTimestampError),
        ({**HEADERS, "x-timestamp": "2014-09-24T10:59:41"}, MalformedTimestampError),
    ],
    ids=[
        "no-auth",
        "empty-auth",
        "scheme-only",
        "no-signature",
        "no-key",
        "bearer",
        "basic",
        "no-timestamp",
        "unparseable",
        "no-zone",
    ],
)
def test_each_cause_has_its_own_error(headers: dict[str, str], error: type[Exception]) -> None:
    with pytest.raises(error):
        verify(headers=headers)


def test_a_signed_header_twice_is_refused() -> None:
    doubled = httpx.Headers([*HEADERS.items(), ("authorization", HEADERS["authorization"])])
    with pytest.raises(AmbiguousHeaderError):
        verify(headers=doubled)


# The window: at the limit passes, one second past fails, in both directions.
LIMIT = TIMESTAMP_TOLERANCE_SECONDS


@pytest.mark.parametrize(
    ("offset", "tolerance", "ok"),
    [
        (0, LIMIT, True),
        (LIMIT, LIMIT, True),
        (LIMIT + 1, LIMIT, False),
        (-LIMIT, LIMIT, True),
        (-LIMIT - 1, LIMIT, False),
        (0, 0, True),
        (1, 0, False),
        (-1, 0, False),
        (59, 60, True),
        (61, 60, False),
    ],
    ids=lambda v: str(v),
)
def test_replay_window_boundaries(offset: int, tolerance: int, ok: bool) -> None:
    """`now` is `offset` seconds after the signature's timestamp (negative: a future timestamp)."""
    now = SIGNED_AT + timedelta(seconds=offset)
    if ok:
        verify(now=now, tolerance_seconds=tolerance)
    else:
        with pytest.raises(
            TimestampOutOfWindowError, match="too old" if offset > 0 else "in the future"
        ):
            verify(now=now, tolerance_seconds=tolerance)


def test_timestamp_is_checked_before_the_signature() -> None:
    with pytest.raises(TimestampOutOfWindowError):
        verify(now=SIGNED_AT + timedelta(days=1), body=b"tampered")


@pytest.mark.parametrize("tolerance", [-1, math.nan])
def test_the_window_cannot_be_switched_off_by_accident(tolerance: float) -> None:
    with pytest.raises(ValueError, match="tolerance_seconds"):
        verify(tolerance_seconds=tolerance)


def test_configuration_errors_are_not_verification_errors() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        verify(now=datetime(2014, 9, 24, 10, 59, 41))
    with pytest.raises(CredentialsError) as caught:
        verify(application_secret="not base64!")
    assert "not base64!" not in str(caught.value)


def test_errors_carry_no_context_and_no_secrets() -> None:
    for changes in (
        {"body": b"x"},
        {"headers": {**HEADERS, "x-timestamp": "\udcff"}},
        {"headers": {**HEADERS, "authorization": 7}},
    ):
        with pytest.raises(CallbackVerificationError) as caught:
            verify(**changes)
        error = caught.value
        assert error.__cause__ is None and error.__suppress_context__
        text = str(error)
        for secret in (SECRET, "Tg6fMyo8mj9pYfWQ9ssbx3Tc1BNC87IEygAfLbJqZb4=", BODY.decode()):
            assert secret not in text


HEADER_TEXT = st.text(max_size=60)
ANY_HEADERS = st.dictionaries(
    st.sampled_from(
        ["authorization", "Authorization", "x-timestamp", "X-Timestamp", "content-type", "x-other"]
    ),
    st.one_of(
        HEADER_TEXT,
        st.builds(
            lambda k, s: f"application {k}:{s}", st.sampled_from([KEY, "other"]), HEADER_TEXT
        ),
        st.just(TIMESTAMP),
        st.datetimes(timezones=st.just(UTC)).map(lambda d: d.isoformat()),
    ),
)


@given(
    method=st.text(max_size=10),
    path=st.text(max_size=80),
    headers=ANY_HEADERS,
    body=st.one_of(st.binary(max_size=200), st.text(max_size=200)),
)
def test_nothing_but_verification_errors_escape(
    method: str, path: str, headers: dict[str, str], body: bytes | str
) -> None:
    with pytest.raises(CallbackVerificationError) as caught:
        verify(method=method, path=path, headers=headers, body=body)
    assert caught.value.__cause__ is None


def test_seven_digit_fractions_as_dotnet_writes_them() -> None:
    """Sinch's Verification callback page shows x-timestamp: 2014-06-02T15:39:31.2729234Z."""
    from tests.reference_signing import expected_signature

    timestamp = "2014-06-02T15:39:31.2729234Z"
    signature = expected_signature(
        secret_b64=SECRET,
        method="POST",
        body=BODY,
        content_type="application/json",
        timestamp=timestamp,
        path=PATH,
    )
    headers = {
        "content-type": "application/json",
        "x-timestamp": timestamp,
        "authorization": f"application {KEY}:{signature}",
    }
    verify(headers=headers, now=datetime(2014, 6, 2, 15, 39, 31, tzinfo=UTC))


@pytest.mark.parametrize("tolerance", [math.inf, -math.inf])
def test_the_window_must_be_finite(tolerance: float) -> None:
    with pytest.raises(ValueError, match="finite"):
        verify(tolerance_seconds=tolerance)


def test_replay_guard_accepts_a_callback_once() -> None:
    guard = InMemoryReplayGuard()
    verify(replay_guard=guard)
    with pytest.raises(ReplayedCallbackError):
        verify(replay_guard=guard, now=SIGNED_AT + timedelta(seconds=10))
    assert len(guard) == 1
    verify()  # without the guard, the window alone decides


def test_replay_guard_records_only_verified_requests() -> None:
    guard = InMemoryReplayGuard()
    for bad in ({"body": b"forged"}, {"now": SIGNED_AT + timedelta(days=1)}, {"path": "/x"}):
        with pytest.raises(CallbackVerificationError):
            verify(replay_guard=guard, **bad)
    assert len(guard) == 0
    verify(replay_guard=guard)  # a forgery did not use up the real event


def test_replay_guard_remembers_until_the_window_ends() -> None:
    recorded: list[tuple[str, float]] = []

    class Recording:
        def first_time(self, key: str, ttl_seconds: float) -> bool:
            recorded.append((key, ttl_seconds))
            return True

    verify(replay_guard=Recording(), now=SIGNED_AT + timedelta(seconds=100))
    ((key, ttl),) = recorded
    assert ttl == TIMESTAMP_TOLERANCE_SECONDS - 100
    assert key.startswith(KEY) and "Tg6fMyo8mj9pYfWQ9ssbx3Tc1BNC87IEygAfLbJqZb4=" in key


def test_in_memory_guard_forgets_expired_keys_and_refuses_when_full() -> None:
    guard = InMemoryReplayGuard(max_entries=3)
    assert guard.first_time("gone", 0) and guard.first_time("gone", 0)  # expired at once
    for key in ("a", "b", "c"):
        assert guard.first_time(key, 60)
    with pytest.raises(ReplayGuardFullError):
        guard.first_time("d", 60)  # nothing forgotten to make room
    assert len(guard) == 3
    for key in ("a", "b", "c"):
        assert not guard.first_time(key, 60)  # still remembered: replays refused
    with pytest.raises(ValueError):
        InMemoryReplayGuard(max_entries=0)


def test_a_full_guard_makes_room_as_keys_expire() -> None:
    guard = InMemoryReplayGuard(max_entries=2)
    assert guard.first_time("short", 0.05) and guard.first_time("long", 60)
    with pytest.raises(ReplayGuardFullError):
        guard.first_time("new", 60)
    time.sleep(0.1)
    assert guard.first_time("new", 60)
    assert not guard.first_time("long", 60)


def test_a_full_guard_never_accepts_a_replay_under_threads() -> None:
    """5,000 distinct signed callbacks, each delivered twice, from 8 threads, into a guard of
    1,000: none is accepted twice, and the ones accepted are at most what the guard holds."""
    guard = InMemoryReplayGuard(max_entries=1_000)
    deliveries = [f"callback-{i}" for i in range(5_000)] * 2
    random.Random(7).shuffle(deliveries)  # noqa: S311 - a test's order, not a secret
    accepted: list[str] = []
    replays: list[str] = []
    refused_full = 0
    lock = threading.Lock()

    def deliver(key: str) -> None:
        nonlocal refused_full
        try:
            first = guard.first_time(key, 60)
        except ReplayGuardFullError:
            with lock:
                refused_full += 1
            return
        with lock:
            (accepted if first else replays).append(key)

    with ThreadPoolExecutor(8) as pool:
        list(pool.map(deliver, deliveries))
    assert len(accepted) == len(set(accepted)) == 1_000
    assert set(replays) <= set(accepted)  # only what was accepted is ever called a replay
    assert len(accepted) + len(replays) + refused_full == len(deliveries)
    assert len(guard) == 1_000


def test_verify_callback_refuses_when_the_guard_is_full() -> None:
    guard = InMemoryReplayGuard(max_entries=1)
    guard.first_time("someone-else", 60)
    with pytest.raises(ReplayGuardFullError):
        verify(replay_guard=guard)


def test_in_memory_guard_is_atomic_across_threads() -> None:
    guard = InMemoryReplayGuard()
    with ThreadPoolExecutor(8) as pool:
        firsts = list(pool.map(lambda _: guard.first_time("same", 60), range(64)))
    assert firsts.count(True) == 1
