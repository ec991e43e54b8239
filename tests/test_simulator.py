"""Whole calls played against real handlers: the example IVR's scenarios (Starlette and Flask),
a broken copy of it, park and conference controlled through the API while a call plays, and
handlers that are too slow or answer what Sinch would refuse."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from sinch_voice.models import ContinueAction, SayInstruction
from sinch_voice_mock import (
    DEMO_APPLICATION_KEY,
    DEMO_APPLICATION_SECRET,
    Simulation,
    Simulator,
    load_scenario,
    scenario_from_dict,
)
from sinch_voice_mock.pytest_plugin import simulated_calls
from sinch_voice_toolkit import VoiceClient
from tests.example_receivers import EXAMPLES, KINDS, receiver
from tests.servers import serve_asgi
from tests.simulated import handler

SCENARIOS = sorted((EXAMPLES / "scenarios").glob("*.yaml"))
CALL = {"from": "+46708168731", "to": "+14155550100"}


def _failed(outcome: Simulation) -> list[str]:
    return [check.name for check in outcome.checks if not check.passed]


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("path", SCENARIOS, ids=[p.stem for p in SCENARIOS])
def test_the_example_ivr_passes_its_scenarios(kind: str, path: Path) -> None:
    scenario = load_scenario(path)
    assert scenario.expect, "a scenario without expectations proves nothing"
    with (
        receiver(kind) as (url, received),
        Simulator(url, DEMO_APPLICATION_KEY, DEMO_APPLICATION_SECRET) as simulator,
    ):
        outcome = simulator.run(scenario)
    assert outcome.passed, outcome.report()
    # The handler saw the call as Sinch posts it: ICE first, DiCE last, with the end's reason.
    assert received[0].event == "ice" and received[-1].event == "dice"
    assert received[-1].reason == outcome.reason and received[-1].callid == outcome.call_id


def test_a_broken_copy_fails_with_the_expectation_named(monkeypatch: pytest.MonkeyPatch) -> None:
    with receiver("starlette") as (url, _):
        call_flow = sys.modules["call_flow"]  # what the receiver answers with
        monkeypatch.setattr(call_flow, "SALES_NUMBER", "+46730170199")  # the plausible bug
        with Simulator(url, DEMO_APPLICATION_KEY, DEMO_APPLICATION_SECRET) as simulator:
            outcome = simulator.run(load_scenario(EXAMPLES / "scenarios" / "sales.yaml"))
    assert not outcome.passed
    assert _failed(outcome) == ["connected"]
    report = outcome.report()
    assert "(FAILED)" in report.splitlines()[0]
    assert "FAIL  connected: connected to +46730170199 (expected +46730170101)" in report


PARK = {
    "ice": {
        "instructions": [{"name": "say", "text": "Please hold."}],
        "action": {
            "name": "park",
            "introPrompt": "#tts[You are in the queue.]",
            "maxDuration": 600,
        },
    }
}


def test_a_parked_call_is_unparked_by_update_call_from_the_test(
    calls_for: Callable[..., Simulator],
) -> None:
    simulator = calls_for(handler(PARK))
    scenario = scenario_from_dict({"call": CALL, "caller": [{"stay": 900}, {"stay": 20}]})
    running = simulator.start(scenario, api_wait=10)
    running.wait_for("parked")
    with VoiceClient(
        DEMO_APPLICATION_KEY, DEMO_APPLICATION_SECRET, base_url=simulator.api_url
    ) as voice:
        assert voice.calls.get(running.call_id).status == "ONGOING"
        voice.calls.update(
            running.call_id,
            ContinueAction(),
            instructions=[SayInstruction(text="Thanks for holding.")],
        )
        outcome = running.result()
        assert voice.calls.get(running.call_id).reason == "CALLERHANGUP"
    assert outcome.parked and outcome.reason == "CALLERHANGUP"
    assert outcome.heard[-1] == "Thanks for holding."
    assert [line.kind for line in outcome.lines].count("api") == 1


def test_a_park_nobody_ends_lasts_its_max_duration(calls_for: Callable[..., Simulator]) -> None:
    simulator = calls_for(handler(PARK))
    outcome = simulator.run(scenario_from_dict({"call": CALL, "caller": [{"stay": 900}]}))
    assert outcome.reason == "TIMEOUT" and outcome.parked
    assert outcome.ended_at is not None and 600 <= outcome.ended_at < 610


def test_a_conference_participant_is_muted_and_kicked_through_the_api(
    sinch_voice_calls: Callable[..., Simulator],
) -> None:
    with receiver("starlette") as (url, _):
        simulator = sinch_voice_calls(url, DEMO_APPLICATION_KEY, DEMO_APPLICATION_SECRET)
        scenario = load_scenario(EXAMPLES / "scenarios" / "join_support.yaml")
        running = simulator.start(scenario, api_wait=10)
        running.wait_for("conference")
        with VoiceClient(
            DEMO_APPLICATION_KEY, DEMO_APPLICATION_SECRET, base_url=simulator.api_url
        ) as voice:
            (participant,) = voice.conferences.get("support-room")
            assert participant.id == running.call_id
            voice.conferences.mute("support-room", running.call_id)
            running.wait_for("api")
            voice.conferences.kick("support-room", running.call_id)
            outcome = running.result()
    assert outcome.reason == "MANAGERHANGUP" and outcome.conferences == ["support-room"]
    assert "muted=True onhold=False" in outcome.transcript()
    assert _failed(outcome) == ["ended"]  # the scenario expected the caller to leave


@pytest.mark.parametrize(
    ("answers", "delay", "why"),
    [
        (PARK, 1.0, "ICE: no answer"),
        ({"ice": {"action": {"name": "continue"}}}, 0.0, "ICE: invalid SVAML at /action"),
        ({"ice": {"action": {"name": "hangup"}, "instructions": "say"}}, 0.0, "invalid SVAML"),
    ],
    ids=["too slow", "continue at ICE", "not SVAML"],
)
def test_a_handler_sinch_would_give_up_on_ends_the_call(
    calls_for: Callable[..., Simulator], answers: dict[str, Any], delay: float, why: str
) -> None:
    app = handler(answers, delay)
    simulator = calls_for(app, callback_timeout=0.3)
    outcome = simulator.run(scenario_from_dict({"call": CALL}))
    assert (outcome.reason, outcome.result) == ("CALLBACKERROR", "FAILED")
    assert why in outcome.transcript()
    kinds = [event["event"] for event in app.state.seen]
    if "invalid SVAML" in why:  # Sinch reports illegal SVAML in a notify, then ends the call
        assert kinds == ["ice", "notify", "dice"]
        assert (app.state.seen[1]["type"], app.state.seen[1]["errorCode"]) == (
            "callingerror",
            40001,
        )
    else:
        assert kinds == ["ice", "dice"]


MENUS = {
    "ice": {
        "action": {
            "name": "runMenu",
            "menus": [
                {
                    "id": "main",
                    "mainPrompt": "#tts[Press 1 for accounts.]",
                    "options": [{"dtmf": "1", "action": "menu(pin)"}],
                },
                {
                    "id": "pin",
                    "mainPrompt": "#ssml[<speak>Enter your PIN.</speak>]",
                    "maxDigits": 4,
                },
            ],
        }
    },
    "pie": {"action": {"name": "hangup"}},
}


def test_a_menu_leads_to_another_and_collects_a_sequence(
    calls_for: Callable[..., Simulator],
) -> None:
    app = handler(MENUS)
    simulator = calls_for(app)
    outcome = simulator.run(
        scenario_from_dict(
            {"call": CALL, "caller": [{"press": "1"}, {"press": "4321", "after": 3}]}
        )
    )
    assert outcome.heard == ["Press 1 for accounts.", "Enter your PIN."]
    pie = next(event for event in app.state.seen if event["event"] == "pie")
    assert pie["menuResult"] == {
        "menuId": "pin",
        "type": "sequence",
        "value": "4321",
        "inputMethod": "dtmf",
    }
    assert outcome.menu_results == ["sequence:4321"] and outcome.reason == "MANAGERHANGUP"


def test_simulated_calls_serves_the_api_and_stops(calls_for: Callable[..., Simulator]) -> None:
    app = handler(PARK)
    with (
        serve_asgi(app) as url,
        simulated_calls(url + "/cb", DEMO_APPLICATION_KEY, DEMO_APPLICATION_SECRET) as simulator,
    ):
        api_url = simulator.api_url
        assert api_url is not None
        with VoiceClient(DEMO_APPLICATION_KEY, DEMO_APPLICATION_SECRET, base_url=api_url) as voice:
            assert voice.applications.get_numbers() is not None
    import httpx

    with pytest.raises(httpx.ConnectError):
        httpx.get(api_url + "/v1/configuration/numbers", timeout=2)
