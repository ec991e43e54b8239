"""What the simulator does with each instruction and each kind of callee, and the handler's
real latency, against handlers of the tests' own."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from sinch_voice_mock import Simulator, scenario_from_dict
from tests.simulated import handler

CALL = {"from": "+46708168731", "to": "+14155550100"}
SALES = "+46730170101"
RECORDING = {"destinationUrl": "s3://recordings/calls", "credentials": "a:b"}


def ice(*instructions: dict[str, Any], action: dict[str, Any] | None = None) -> dict[str, Any]:
    return {"ice": {"instructions": list(instructions), "action": action or {"name": "hangup"}}}


def test_instructions_are_heard_kept_and_written_down(calls_for: Callable[..., Simulator]) -> None:
    app = handler(
        ice(
            {"name": "answer"},
            {"name": "setCookie", "key": "language", "value": "sv"},
            {"name": "playFiles", "ids": ["welcome.wav", "#tts[Hej!]"]},
            {"name": "sendDtmf", "value": "12#"},
            {"name": "startRecording", "options": {**RECORDING, "notificationEvents": True}},
        )
    )
    outcome = calls_for(app).run(scenario_from_dict({"call": CALL}))
    assert outcome.heard == ["[file welcome.wav]", "Hej!"]
    assert outcome.cookies == {"language": "sv"}
    assert "sent 12#" in outcome.transcript()
    assert (outcome.result, outcome.reason) == ("ANSWERED", "MANAGERHANGUP")
    # The recording ran to the end of the call, and asked for its notification.
    kinds = [event["event"] for event in app.state.seen]
    assert kinds == ["ice", "notify", "dice"]
    notify = app.state.seen[1]
    assert (notify["type"], notify["destination"]) == (
        "recording_finished",
        "s3://recordings/calls",
    )


def test_a_recording_without_notification_events_posts_no_notify(
    calls_for: Callable[..., Simulator],
) -> None:
    app = handler(ice({"name": "startRecording", "options": RECORDING}, {"name": "stopRecording"}))
    outcome = calls_for(app).run(scenario_from_dict({"call": CALL}))
    assert [event["event"] for event in app.state.seen] == ["ice", "dice"]
    assert "recording  finished" in outcome.transcript()


@pytest.mark.parametrize(
    ("callee", "result", "reason"),
    [
        ("busy", "BUSY", "N/A"),
        ("no-answer", "NOANSWER", "TIMEOUT"),
        ("fail", "FAILED", "GENERALERROR"),
        ("answer", "ANSWERED", "CALLERHANGUP"),
    ],
)
def test_each_callee_ends_the_call_as_documented(
    calls_for: Callable[..., Simulator], callee: str, result: str, reason: str
) -> None:
    app = handler(
        {
            "ice": {"action": {"name": "connectPstn", "number": SALES, "dialTimeout": 20}},
            "ace": {"action": {"name": "continue"}},
        }
    )
    scenario = scenario_from_dict(
        {"call": CALL, "callees": {SALES: callee}, "caller": [{"stay": 7}]}
    )
    outcome = calls_for(app).run(scenario)
    assert (outcome.result, outcome.reason) == (result, reason)
    kinds = [event["event"] for event in app.state.seen]
    assert kinds == (["ice", "ace", "dice"] if callee == "answer" else ["ice", "dice"])
    if callee == "no-answer":
        assert outcome.ended_at == 20  # rang for the action's dialTimeout
    if callee == "answer":
        assert outcome.ended_at == 3 + 7  # rang 3 s, then the caller stayed 7 s
        assert app.state.seen[-1]["duration"] == 10


def test_suppressed_callbacks_post_no_ace(calls_for: Callable[..., Simulator]) -> None:
    app = handler(
        {
            "ice": {
                "action": {
                    "name": "connectSip",
                    "destination": {"type": "sip", "endpoint": "sip:a@b"},
                    "suppressCallbacks": True,
                }
            }
        }
    )
    outcome = calls_for(app).run(scenario_from_dict({"call": CALL}))
    assert outcome.connected == ["sip:a@b"] and outcome.reason == "CALLERHANGUP"
    assert [event["event"] for event in app.state.seen] == ["ice", "dice"]


@pytest.mark.parametrize(("limit", "passed"), [(2.0, True), (0.05, False)])
def test_the_handler_latency_is_checked_in_real_time(
    calls_for: Callable[..., Simulator], limit: float, passed: bool
) -> None:
    app = handler(ice(), delay=0.2)
    scenario = scenario_from_dict({"call": CALL, "expect": {"answered_within": limit}})
    outcome = calls_for(app).run(scenario)
    assert outcome.passed is passed, outcome.report()
    assert outcome.checks[0].name == "answered_within"
    assert outcome.reason == "MANAGERHANGUP"  # in time for Sinch (5 s), slow for the scenario


def test_a_bad_answer_to_an_ace_lets_the_bridged_call_go_on(
    calls_for: Callable[..., Simulator],
) -> None:
    app = handler(
        {
            "ice": {"action": {"name": "connectPstn", "number": SALES}},
            "ace": {"action": {"name": "park"}},
        }
    )
    outcome = calls_for(app).run(scenario_from_dict({"call": CALL, "caller": [{"stay": 30}]}))
    assert "ACE: invalid SVAML at /action" in outcome.transcript()
    assert (outcome.result, outcome.reason, outcome.connected) == (
        "ANSWERED",
        "CALLERHANGUP",
        [SALES],
    )
