"""SVAML out: what each event allows, checked before an answer leaves, with a precise error.

The expected tables below are Sinch's SVAML reference page
(https://developers.sinch.com/docs/voice/api-reference/svaml, actions) and the Node SDK's
per-event answer types (sinch/sinch-sdk-node, packages/voice/src/models/v1/mod-callbacks/
{ice,ace,pie}-response, instructions), written out here independently of the spec.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st
from hypothesis_jsonschema import from_schema

from sinch_voice.models import (
    AceEvent,
    AceSvaml,
    ContinueAction,
    DiceEvent,
    HangupAction,
    IceEvent,
    IceSvaml,
    PieSvaml,
    SayInstruction,
    SvamlResponse,
)
from sinch_voice_toolkit import InvalidSvamlError, answer, validate_svaml
from sinch_voice_toolkit._packaged_spec import packaged_spec
from sinch_voice_toolkit.callbacks import ALLOWED_ACTIONS, ALLOWED_INSTRUCTIONS

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).parent / "data" / "sinch_java_fixtures"
COMPONENTS = packaged_spec()["components"]

EVENTS = ("ice", "ace", "pie")
# What Sinch's published Voice description allows per event (its svaml.action.<event> and
# svaml.instruction.<event>, copied unchanged with their source into this file).
SINCH_SVAML = json.loads(
    (Path(__file__).parent / "data" / "sinch_voice_openapi_svaml.json").read_text()
)


def _allowed_by_sinch(role: str) -> dict[str, set[str]]:
    """Each action (or instruction) name, and the events Sinch allows it in."""
    allowed: dict[str, set[str]] = {}
    for event in EVENTS:
        schema = SINCH_SVAML["schemas"][f"svaml.{role}.{event}"]
        named = set(schema["discriminator"]["mapping"])
        assert named == {ref["$ref"].rsplit(".", 1)[1] for ref in schema["anyOf"]}
        for name in named:
            allowed.setdefault(name, set()).add(event)
    return allowed


ACTIONS = _allowed_by_sinch("action")
INSTRUCTIONS = _allowed_by_sinch("instruction")
MODELS: dict[str, type[IceSvaml] | type[AceSvaml] | type[PieSvaml]] = {
    "ice": IceSvaml,
    "ace": AceSvaml,
    "pie": PieSvaml,
}


def java_fixtures(kind: str) -> list[tuple[str, dict[str, Any]]]:
    found = []
    for path in sorted(FIXTURES.rglob("*.json")):
        if path.name == "SOURCES.json" or "svaml" not in str(path):
            continue
        body = json.loads(path.read_text(encoding="utf-8"))
        name = body.get("name")
        if (kind == "action" and name in ACTIONS) or (
            kind == "instruction" and name in INSTRUCTIONS
        ):
            found.append((str(path.relative_to(FIXTURES)), body))
    return found


def test_the_spec_allows_what_sinch_documents() -> None:
    """Every per-event list is Sinch's published one: not narrower (a working handler
    refused), not wider (an answer Sinch would refuse sent)."""
    assert "stopRecording" in ALLOWED_INSTRUCTIONS["ice"]  # the SDKs' narrower lists left it out
    for event in EVENTS:
        allowed_actions = {name for name, events in ACTIONS.items() if event in events}
        allowed_instructions = {name for name, events in INSTRUCTIONS.items() if event in events}
        assert set(ALLOWED_ACTIONS[event]) == allowed_actions, event
        assert set(ALLOWED_INSTRUCTIONS[event]) == allowed_instructions, event


@pytest.mark.parametrize(("source", "action"), java_fixtures("action"))
def test_sinch_action_fixtures_validate_and_round_trip(source: str, action: dict[str, Any]) -> None:
    for event in ACTIONS[action["name"]]:
        body = {"action": action}
        assert validate_svaml(event, body) == body
        assert MODELS[event].from_dict(body).to_dict() == body
        assert SvamlResponse.from_dict(body).to_dict() == body


@pytest.mark.parametrize(("source", "instruction"), java_fixtures("instruction"))
def test_sinch_instruction_fixtures_validate_and_round_trip(
    source: str, instruction: dict[str, Any]
) -> None:
    for event in INSTRUCTIONS[instruction["name"]]:
        body = {"instructions": [instruction], "action": {"name": "hangup"}}
        assert validate_svaml(event, body) == body
        assert MODELS[event].from_dict(body).to_dict() == body


def test_every_fixture_kind_is_covered() -> None:
    names = {body["name"] for _, body in java_fixtures("action") + java_fixtures("instruction")}
    assert names == set(ACTIONS) | set(INSTRUCTIONS)


@pytest.mark.parametrize(
    ("event", "name"),
    [(e, n) for n, events in ACTIONS.items() for e in EVENTS if e not in events],
)
def test_an_action_the_event_does_not_allow_is_refused(event: str, name: str) -> None:
    action = dict(next(body for _, body in java_fixtures("action") if body["name"] == name))
    with pytest.raises(InvalidSvamlError) as caught:
        validate_svaml(event, {"action": action})
    error = caught.value
    assert isinstance(error, ValueError)
    assert (error.event, error.where) == (event, "/action/name")
    assert repr(name) in str(error) and event in str(error)


@pytest.mark.parametrize(
    ("event", "name"),
    [(e, n) for n, events in INSTRUCTIONS.items() for e in EVENTS if e not in events],
)
def test_an_instruction_the_event_does_not_allow_is_refused(event: str, name: str) -> None:
    instruction = next(body for _, body in java_fixtures("instruction") if body["name"] == name)
    body = {
        "instructions": [{"name": "say", "text": "hi"}, instruction],
        "action": {"name": "hangup"},
    }
    with pytest.raises(InvalidSvamlError) as caught:
        validate_svaml(event, body)
    assert caught.value.where == "/instructions/1/name"


@pytest.mark.parametrize(
    ("event", "body", "where"),
    [
        ("ice", [], ""),
        ("ice", "hangup", ""),
        ("ice", {}, "/action"),
        ("ace", {"instructions": []}, "/action"),
        ("ice", {"action": {"name": "hangup"}, "actions": []}, "/actions"),
        ("ice", {"action": {}}, "/action/name"),
        ("ice", {"action": "hangup"}, "/action/name"),
        ("ice", {"action": {"name": "hangUp"}}, "/action/name"),
        ("pie", {"action": {"name": "hangup", "reason": "x"}}, "/action"),
        ("ice", {"action": {"name": "connectConf"}}, "/action"),
        (
            "ice",
            {"action": {"name": "connectConf", "conferenceId": "x" * 65}},
            "/action/conferenceId",
        ),
        ("ice", {"action": {"name": "connectPstn", "maxDuration": 14401}}, "/action/maxDuration"),
        ("ice", {"action": {"name": "connectPstn", "dtmf": "12a"}}, "/action/dtmf"),
        (
            "ice",
            {"action": {"name": "connectConf", "conferenceId": "c", "moh": "jazz"}},
            "/action/moh",
        ),
        ("ace", {"action": {"name": "runMenu", "menus": []}}, "/action/menus"),
        ("ice", {"action": {"name": "hangup"}, "instructions": {"name": "say"}}, "/instructions"),
        (
            "ice",
            {"action": {"name": "hangup"}, "instructions": [{"name": "say"}]},
            "/instructions/0",
        ),
        (
            "pie",
            {"action": {"name": "hangup"}, "instructions": [{"name": "sendDtmf", "value": "x"}]},
            "/instructions/0/value",
        ),
    ],
)
def test_invalid_answers_name_the_event_and_the_json_path(
    event: str, body: Any, where: str
) -> None:
    with pytest.raises(InvalidSvamlError) as caught:
        validate_svaml(event, body)
    assert caught.value.where == where
    assert caught.value.event == event
    assert str(caught.value).startswith(f"answer to {event}: {where or '/'}: ")


@pytest.mark.parametrize("event", ["dice", "notify", "transferred"])
def test_events_without_an_svaml_answer_refuse_one(event: str) -> None:
    with pytest.raises(InvalidSvamlError, match="answered with SVAML"):
        validate_svaml(event, {"action": {"name": "hangup"}})
    with pytest.raises(InvalidSvamlError):
        validate_svaml(DiceEvent(event="dice"), {"action": {"name": "hangup"}})


def test_answer_builds_the_models_validate_svaml_accepts() -> None:
    ice = IceEvent(event="ice")
    reply = answer(ice, HangupAction(), [SayInstruction(text="Goodbye.")])
    assert isinstance(reply, IceSvaml)
    assert validate_svaml(ice, reply) == {
        "instructions": [{"name": "say", "text": "Goodbye."}],
        "action": {"name": "hangup"},
    }
    ace = AceEvent(event="ace")
    assert validate_svaml(ace, answer(ace, ContinueAction())) == {"action": {"name": "continue"}}
    with pytest.raises(TypeError, match="answered with SVAML"):
        answer(DiceEvent(event="dice"), HangupAction())  # type: ignore[call-overload]


def test_a_generic_answer_is_checked_per_event() -> None:
    generic = SvamlResponse.from_dict({"action": {"name": "continue"}})
    assert validate_svaml("ace", generic) == {"action": {"name": "continue"}}
    with pytest.raises(InvalidSvamlError, match="'continue' is not an action"):
        validate_svaml("ice", generic)


@pytest.mark.parametrize("event", EVENTS)
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_every_answer_the_schema_allows_validates_and_round_trips(
    event: str, data: st.DataObject
) -> None:
    name = f"{event.capitalize()}Svaml"
    body = data.draw(from_schema({**COMPONENTS["schemas"][name], "components": COMPONENTS}))
    assert isinstance(body, dict)
    assert validate_svaml(event, body) == body
    assert MODELS[event].from_dict(body).to_dict() == body


TYPED_RECEIVER = """
from sinch_voice.models import AceEvent, ContinueAction, HangupAction, IceEvent
from sinch_voice.models import AnswerInstruction, StopRecordingInstruction
from sinch_voice_toolkit import answer
def on_ice(event: IceEvent) -> None:
    answer(event, HangupAction(), [StopRecordingInstruction()])
    answer(event, ContinueAction())
    answer(event, HangupAction(), [AnswerInstruction()])
def on_ace(event: AceEvent) -> None:
    answer(event, ContinueAction(), [StopRecordingInstruction()])
    answer(event, ContinueAction(), [AnswerInstruction()])
"""


def test_a_type_checker_refuses_what_the_event_does_not_allow(tmp_path: Path) -> None:
    module = tmp_path / "receiver.py"
    module.write_text(textwrap.dedent(TYPED_RECEIVER), encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", str(module)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
        cwd=ROOT,
    )
    errors = [line for line in result.stdout.splitlines() if ": error:" in line]
    lines = sorted({int(line.split(":")[1]) for line in errors})
    # ICE with `continue` (line 7) and ACE with `answer` (line 11); nothing else: ICE's
    # `answer` and `stopRecording` and ACE's `stopRecording` are allowed.
    assert lines == [7, 11], result.stdout
