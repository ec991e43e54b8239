"""Callback events in: Sinch's own fixtures round-trip, anything else is typed or refused.

The fixtures under `data/sinch_java_fixtures` are Sinch's Java SDK wire fixtures, copied
unchanged (`SOURCES.json` names the repository, path and commit of each).
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st
from hypothesis_jsonschema import from_schema

from sinch_signing import (
    CredentialsError,
    InMemoryReplayGuard,
    MissingAuthorizationError,
    ReplayedCallbackError,
    SignatureMismatchError,
    TimestampOutOfWindowError,
    decode_secret,
    format_timestamp,
    signature_headers,
)
from sinch_voice.models import AceEvent, DiceEvent, IceEvent, NotifyEvent, PieEvent
from sinch_voice_toolkit import (
    InvalidCallbackError,
    UnknownEvent,
    parse_callback,
    unwrap_callback,
)
from sinch_voice_toolkit._packaged_spec import packaged_spec

DATA = Path(__file__).parent / "data"
FIXTURES = DATA / "sinch_java_fixtures"
SOURCES = json.loads((FIXTURES / "SOURCES.json").read_text(encoding="utf-8"))
NODE_FIXTURES = DATA / "sinch_node_fixtures"  # payloads of the Node SDK's parsing tests
NODE_SOURCES = json.loads((NODE_FIXTURES / "SOURCES.json").read_text(encoding="utf-8"))
EVENT_FIXTURES = sorted(p for p in SOURCES if p.startswith(("webhooks/", "sinchevents/")))
EVENT_FIXTURES += sorted(f"../sinch_node_fixtures/{name}" for name in NODE_SOURCES)
MODELS = {
    "ice": IceEvent,
    "ace": AceEvent,
    "dice": DiceEvent,
    "pie": PieEvent,
    "notify": NotifyEvent,
}
SPEC = packaged_spec()
COMPONENTS = SPEC["components"]

# Sinch's Voice "Callback request signing" page: an ACE, its key, secret and signature.
KEY = "669E367E-6BBA-48AB-AF15-266871C28135"
SECRET = "BeIukql3pTKJ8RGL5zo0DA=="
ACE_BODY = (
    b'{"event":"ace","callid":"822aa4b7-05b4-4d83-87c7-1f835ee0b6f6_257",'
    b'"timestamp":"2014-09-24T10:59:41Z","version":1}'
)
ACE_HEADERS = {
    "content-type": "application/json",
    "x-timestamp": "2014-09-24T10:59:41Z",
    "authorization": f"application {KEY}:Tg6fMyo8mj9pYfWQ9ssbx3Tc1BNC87IEygAfLbJqZb4=",
}
ACE_SIGNED_AT = datetime(2014, 9, 24, 10, 59, 41, tzinfo=UTC)


def fixture(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


@pytest.mark.parametrize(
    ("folder", "sources", "repository"),
    [
        (FIXTURES, SOURCES, "sinch/sinch-sdk-java"),
        (NODE_FIXTURES, NODE_SOURCES, "sinch/sinch-sdk-node"),
    ],
)
def test_every_fixture_is_sourced(
    folder: Path, sources: dict[str, dict[str, str]], repository: str
) -> None:
    on_disk = {str(p.relative_to(folder)) for p in folder.rglob("*.json")} - {"SOURCES.json"}
    assert on_disk == set(sources)
    for source in sources.values():
        assert source["repository"] == repository
        assert len(source["commit"]) == 40


@pytest.mark.parametrize("name", EVENT_FIXTURES)
def test_sinch_event_fixtures_parse_and_round_trip(name: str) -> None:
    raw = fixture(name)
    sent = json.loads(raw)
    event = parse_callback(raw)
    assert isinstance(event, MODELS[sent["event"]])
    assert event.to_dict() == sent


@pytest.mark.parametrize("kind", ["ice", "ace", "dice", "pie", "notify"])
def test_spec_examples_parse_and_round_trip(kind: str) -> None:
    schema_name = f"{kind.capitalize()}Event"
    example = COMPONENTS["schemas"][schema_name]["example"]
    event = parse_callback(json.dumps(example))
    assert isinstance(event, MODELS[kind])
    assert event.to_dict() == example


def test_typed_fields_read_as_sent() -> None:
    event = parse_callback(fixture("webhooks/DisconnectedCallEventDto.json"))
    assert isinstance(event, DiceEvent)
    assert (event.reason, event.result, event.duration) == ("MANAGERHANGUP", "ANSWERED", 1)
    assert event.debit and event.debit.amount == 0.1758 and event.debit.currency_id == "EUR"
    assert event.from_ == "private"


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("domain", "PSTN"),
        ("domain", "pstn"),
        ("domain", "MXP"),
        ("domain", "satellite"),  # a domain Sinch may add
        ("originationType", "MXP"),
    ],
)
def test_open_enumerations_keep_any_value(field: str, value: str) -> None:
    body = {"event": "ice", field: value}
    event = parse_callback(body)
    assert event.to_dict() == body


def test_a_new_dice_reason_is_kept() -> None:
    body = {"event": "dice", "reason": "SOMETHINGNEW2027", "result": "PARTIAL"}
    event = parse_callback(body)
    assert isinstance(event, DiceEvent) and event.reason == "SOMETHINGNEW2027"
    assert event.to_dict() == body


def test_unknown_fields_are_kept_at_every_level() -> None:
    body = json.loads(fixture("webhooks/IncomingCallEventDto.json"))
    body["newTopLevel"] = {"nested": [1, "two", None]}
    body["to"]["newInTo"] = True
    body["userRate"]["newInRate"] = 1.5
    body["callHeaders"][0]["newInHeader"] = "x"
    body["callId"] = "the camel-case spelling one Sinch page uses"
    event = parse_callback(json.dumps(body).encode())
    assert event.to_dict() == body


def test_an_unknown_kind_is_a_typed_value() -> None:
    body = {"event": "transferred", "callid": "abc", "future": {"x": 1}}
    event = parse_callback(json.dumps(body))
    assert isinstance(event, UnknownEvent)
    assert event.event == "transferred"
    assert event.to_dict() == body


@pytest.mark.parametrize(
    ("body", "where"),
    [
        (b"", ""),
        (b"not json", ""),
        (b"\xff\xfe", ""),
        (b"[1, 2]", ""),
        (b'"ice"', ""),
        (b"null", ""),
        (b"{}", "/event"),
        (b'{"event": 3}', "/event"),
        (b'{"event": null}', "/event"),
        (b'{"event": "ice", "version": "1"}', "/version"),
        (b'{"event": "ice", "to": "+4673"}', "/to"),
        (b'{"event": "dice", "debit": {"amount": "cheap"}}', "/debit/amount"),
        (b'{"event": "ice", "callHeaders": {"key": "v"}}', "/callHeaders"),
        (b'{"event": "pie", "menuResult": {"value": 5}}', "/menuResult/value"),
        (b"[" * 100_000, ""),
    ],
)
def test_unreadable_bodies_raise_one_typed_error(body: bytes, where: str) -> None:
    with pytest.raises(InvalidCallbackError) as caught:
        parse_callback(body)
    assert isinstance(caught.value, ValueError)
    assert caught.value.where == where
    assert caught.value.__cause__ is None


JSON_SCALARS = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text()
JSON_VALUES: st.SearchStrategy[Any] = st.deferred(
    lambda: (
        JSON_SCALARS
        | st.lists(JSON_VALUES, max_size=3)
        | st.dictionaries(st.text(), JSON_VALUES, max_size=3)
    )
)


@settings(max_examples=300, deadline=None)
@given(
    st.one_of(
        JSON_VALUES,
        st.fixed_dictionaries(
            {"event": st.sampled_from(["ice", "ace", "dice", "pie", "notify", "x"])},
            optional={k: JSON_VALUES for k in ["to", "version", "amd", "menuResult", "debit"]},
        ),
    )
)
def test_any_json_is_an_event_or_an_invalid_callback_error(value: Any) -> None:
    try:
        event = parse_callback(json.dumps(value))
    except InvalidCallbackError:
        return
    assert event.to_dict() == value


@pytest.mark.parametrize("kind", ["ice", "ace", "dice", "pie", "notify"])
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_every_event_the_schema_allows_round_trips(kind: str, data: st.DataObject) -> None:
    schema = {**COMPONENTS["schemas"][f"{kind.capitalize()}Event"], "components": COMPONENTS}
    body = data.draw(from_schema(schema))
    event = parse_callback(json.dumps(body))
    assert isinstance(event, MODELS[kind])
    assert event.to_dict() == body


# -- unwrap_callback: verify, then parse ---------------------------------------------------------


def signed(body: bytes, *, path: str = "/sinch", at: datetime | None = None) -> dict[str, str]:
    headers = signature_headers(
        application_key=KEY,
        secret=decode_secret(SECRET),
        method="POST",
        path=path,
        body=body,
        content_type="application/json",
        timestamp=format_timestamp(at or datetime.now(UTC)),
        scheme="application",
    )
    return {**headers, "Content-Type": "application/json"}


def unwrap(body: bytes, headers: dict[str, str], **options: Any) -> Any:
    arguments: dict[str, Any] = {"application_key": KEY, "application_secret": SECRET}
    arguments.update(options)
    return unwrap_callback(method="POST", path="/sinch", headers=headers, body=body, **arguments)


def test_unwrap_verifies_sinchs_published_example_then_parses_it() -> None:
    event = unwrap_callback(
        method="POST",
        path="/sinch/callback/ace",
        headers=ACE_HEADERS,
        body=ACE_BODY,
        application_key=KEY,
        application_secret=SECRET,
        now=ACE_SIGNED_AT,
    )
    assert isinstance(event, AceEvent)
    assert event.callid == "822aa4b7-05b4-4d83-87c7-1f835ee0b6f6_257"
    assert event.to_dict() == json.loads(ACE_BODY)


@pytest.mark.parametrize("name", EVENT_FIXTURES)
def test_unwrap_signed_fixtures(name: str) -> None:
    body = fixture(name)
    event = unwrap(body, signed(body))
    assert event.to_dict() == json.loads(body)


def test_unwrap_refuses_before_parsing() -> None:
    body = fixture("webhooks/IncomingCallEventDto.json")
    with pytest.raises(MissingAuthorizationError):
        unwrap(body, {"Content-Type": "application/json"})
    with pytest.raises(SignatureMismatchError):
        unwrap(body.replace(b"my custom", b"my kustom"), signed(body))
    stale = signed(body, at=datetime.now(UTC) - timedelta(minutes=10))
    with pytest.raises(TimestampOutOfWindowError):
        unwrap(body, stale)
    # A body that is not an event is refused by verification first when unsigned...
    with pytest.raises(MissingAuthorizationError):
        unwrap(b"not json", {})
    # ...and only a verified one reaches the parser.
    with pytest.raises(InvalidCallbackError):
        unwrap(b"not json", signed(b"not json"))


def test_unwrap_with_a_replay_guard_accepts_a_delivery_once() -> None:
    body = fixture("webhooks/AnsweredCallEventDto.json")
    headers = signed(body)
    guard = InMemoryReplayGuard()
    assert isinstance(unwrap(body, headers, replay_guard=guard), AceEvent)
    with pytest.raises(ReplayedCallbackError):
        unwrap(body, headers, replay_guard=guard)


def test_unwrap_reads_credentials_from_the_environment() -> None:
    body = fixture("webhooks/PromptInputEventDto.json")
    environ = {"SINCH_APPLICATION_KEY": KEY, "SINCH_APPLICATION_SECRET": SECRET}
    event = unwrap_callback(
        method="POST", path="/sinch", headers=signed(body), body=body, environ=environ
    )
    assert isinstance(event, PieEvent)
    with pytest.raises(CredentialsError, match="SINCH_APPLICATION_SECRET") as caught:
        unwrap_callback(
            method="POST",
            path="/sinch",
            headers=signed(body),
            body=body,
            environ={"SINCH_APPLICATION_KEY": KEY},
        )
    assert SECRET not in str(caught.value)
    with pytest.raises(CredentialsError):
        unwrap(body, signed(body), application_secret="not base64!!")
