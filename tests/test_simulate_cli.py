"""`sinch-voice-mock simulate` and `call` from the shell's side: exit codes, reports, and every
mistake in a scenario named before a call is played."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from sinch_voice_mock import (
    DEMO_APPLICATION_KEY,
    DEMO_APPLICATION_SECRET,
    ScenarioError,
    Simulator,
    main as mock_main,
    scenario_from_dict,
)
from tests.example_receivers import EXAMPLES, receiver
from tests.hostile import dribble_head, endless_chunks, endless_continue, hostile_server
from tests.servers import closed_port_url

SCENARIOS = EXAMPLES / "scenarios"
APPLICATION = f"{DEMO_APPLICATION_KEY}:{DEMO_APPLICATION_SECRET}"


@pytest.fixture(scope="module")
def handler() -> Iterator[str]:
    with receiver("starlette") as (url, _):
        yield url


def test_passing_scenarios_exit_0_with_their_transcripts(
    handler: str, capsys: pytest.CaptureFixture[str]
) -> None:
    paths = [str(SCENARIOS / "goodbye.yaml"), str(SCENARIOS / "sales.yaml")]
    code = mock_main(["simulate", *paths, "--handler", handler, "--application", APPLICATION])
    out = capsys.readouterr().out
    assert code == 0, out
    assert "scenario: pressing 2 says goodbye (passed)" in out
    assert "heard      Goodbye." in out and "PASS  connected: connected to +46730170101" in out
    assert out.rstrip().endswith("2 of 2 scenarios passed")


def test_a_failing_expectation_exits_1_and_is_named(
    handler: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    wrong = tmp_path / "wrong.yaml"
    text = (SCENARIOS / "goodbye.yaml").read_text().replace("MANAGERHANGUP", "CALLERHANGUP")
    wrong.write_text(text)
    code = mock_main(["simulate", str(wrong), "--handler", handler, "--application", APPLICATION])
    out = capsys.readouterr().out
    assert code == 1
    assert "FAIL  ended: ended with reason MANAGERHANGUP" in out
    assert "0 of 1 scenarios passed" in out


def test_the_wrong_secret_shows_where_the_call_stopped(
    handler: str, capsys: pytest.CaptureFixture[str]
) -> None:
    application = f"{DEMO_APPLICATION_KEY}:d3Jvbmctc2VjcmV0"
    path = str(SCENARIOS / "goodbye.yaml")
    code = mock_main(["simulate", path, "--handler", handler, "--application", application])
    out = capsys.readouterr().out
    assert code == 1
    assert "error      ICE: answered 401" in out and "FAILED, CALLBACKERROR" in out
    assert "d3Jvbmctc2VjcmV0" not in out  # the secret is never printed


def test_call_plays_one_call_from_the_command_line(
    handler: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code = mock_main([
        "call", "--from", "+46708168731", "--to", "+14155550100", "--press", "1", "--stay", "5",
        "--handler", handler, "--application", APPLICATION, "--json",
    ])  # fmt: skip
    out = capsys.readouterr().out
    assert code == 0
    assert '"text": "joined support-room"' in out and '"reason": "CALLERHANGUP"' in out


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["simulate", "missing.yaml"], "missing.yaml: cannot read it"),
        (["call", "--from", "0046", "--to", "+14155550100"], "call.from: '0046' is not an E.164"),
        (["call", "--from", "+46708168731", "--to", "+14155550100", "--press", "x"], "press"),
    ],
)
def test_a_usage_problem_exits_2_naming_it(
    handler: str, arguments: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code = mock_main([*arguments, "--handler", handler, "--application", APPLICATION])
    assert code == 2
    assert message in capsys.readouterr().err


def test_an_unreachable_handler_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    path = str(SCENARIOS / "goodbye.yaml")
    url = closed_port_url()
    code = mock_main(["simulate", path, "--handler", url, "--application", APPLICATION])
    assert code == 2
    assert f"cannot reach the handler at {url}" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("data", "where"),
    [
        ({"call": {"from": "+46708168731"}}, "call: give `from` and `to`"),
        ({"call": {"from": "+46708168731", "to": "+1415"}, "colour": 1}, "unknown colour"),
        (
            {"call": {"from": "+46708168731", "to": "+14155550100"}, "caller": [{"stay": -1}]},
            "caller[0].stay",
        ),
        (
            {"call": {"from": "+46708168731", "to": "+14155550100"}, "callees": {"+1": "maybe"}},
            "callees.+1",
        ),
        (
            {"call": {"from": "+46708168731", "to": "+14155550100"}, "expect": {"heard_it": 1}},
            "unknown heard_it",
        ),
        (
            {"call": {"from": "+46708168731", "to": "+14155550100"}, "expect": {"within": "soon"}},
            "expect.within",
        ),
    ],
)
def test_every_mistake_in_a_scenario_is_named(data: dict[str, object], where: str) -> None:
    with pytest.raises(ScenarioError) as raised:
        scenario_from_dict(data, "s.yaml")
    assert where in str(raised.value) and str(raised.value).startswith("s.yaml")


def test_the_mock_names_simulate_in_its_help(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        mock_main(["--help"])
    assert "sinch-voice-mock simulate SCENARIO.yaml" in capsys.readouterr().out


@pytest.mark.parametrize(
    "writer",
    [
        dribble_head(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n\r\n", 0.1),
        endless_continue(0.1),
    ],
    ids=["head byte by byte", "100 Continue forever"],
)
def test_a_handler_that_never_finishes_answering_is_cut_off_by_the_deadline(writer: Any) -> None:
    with hostile_server() as server:
        server.writer = writer
        scenario = scenario_from_dict({"call": {"from": "+46708168731", "to": "+14155550100"}})
        started = time.monotonic()
        with Simulator(
            server.url, DEMO_APPLICATION_KEY, DEMO_APPLICATION_SECRET, callback_timeout=0.5
        ) as simulator:
            outcome = simulator.run(scenario)
        took = time.monotonic() - started
    assert (outcome.reason, outcome.result) == ("CALLBACKERROR", "FAILED")
    assert "ICE: no answer within 0.5 s" in outcome.transcript()
    assert took < 3  # the ICE and the DiCE, each cut off at 0.5 s


def test_an_endless_answer_is_cut_off_at_the_size_cap() -> None:
    with hostile_server() as server:
        server.writer = endless_chunks()
        scenario = scenario_from_dict({"call": {"from": "+46708168731", "to": "+14155550100"}})
        with Simulator(server.url, DEMO_APPLICATION_KEY, DEMO_APPLICATION_SECRET) as simulator:
            outcome = simulator.run(scenario)
    assert (outcome.reason, outcome.result) == ("CALLBACKERROR", "FAILED")
    assert "ICE: the answer is larger than 1024 KiB" in outcome.transcript()
