"""The generic CLI command: what an operation the spec does not mark hand-written gets.

Every operation of the spec today has a hand-written command, so these tests add one generic
command to the table the CLI is built from (as `make generate` would for a new operation) and
run it against the mock: arguments with the spec's descriptions as help, the facade method
called, and nested answers printed readably, never as Python reprs.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Iterator

import pytest

from sinch_voice_mock import DEMO_APPLICATION_KEY, DEMO_APPLICATION_SECRET, MockServer
from sinch_voice_toolkit import NotFoundError, VoiceClient
from sinch_voice_toolkit.cli import _spec_commands, main
from sinch_voice_toolkit.cli._command_table import Command, CommandArgument
from sinch_voice_toolkit.cli._commands import COMMANDS

GENERIC = Command(
    operation_id="queryNumber",
    words=("numbers", "look-up"),
    help="look a number up (the generic command)",
    method="applications.query_number",
    arguments=(
        CommandArgument(
            name="number", positional=True, required=True, help="the number, as written"
        ),
    ),
)


@pytest.fixture
def with_generic_command(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(_spec_commands, "COMMANDS", (*COMMANDS, GENERIC))
    yield


@pytest.fixture(scope="module")
def mock() -> Iterator[MockServer]:
    with MockServer() as server:
        yield server


def run(mock: MockServer, *argv: str) -> int:
    options = ["--key", DEMO_APPLICATION_KEY, "--secret", DEMO_APPLICATION_SECRET]
    return main([*options, "--base-url", mock.url, *argv])


@pytest.mark.usefixtures("with_generic_command")
def test_its_help_carries_each_parameters_description(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["numbers", "look-up", "--help"])
    shown = capsys.readouterr().out
    assert "NUMBER" in shown and "the number, as written" in shown


@pytest.mark.usefixtures("with_generic_command")
def test_it_calls_the_facade_and_prints_nested_answers_readably(
    mock: MockServer, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(mock, "numbers", "look-up", "+46730170101") == 0
    table = capsys.readouterr().out
    assert "rate.amount" in table and "rate.currencyId" in table  # a nested object's columns
    assert "{'" not in table and "': " not in table  # never a Python repr

    assert run(mock, "numbers", "look-up", "+46730170101", "--json") == 0
    data = json.loads(capsys.readouterr().out)
    assert data["normalizedNumber"] == "+46730170101"


@pytest.mark.usefixtures("with_generic_command")
def test_a_bad_argument_is_one_line_and_exit_1_or_2(
    mock: MockServer, capsys: pytest.CaptureFixture[str]
) -> None:
    code = run(mock, "numbers", "look-up", "not a number at all")
    err = capsys.readouterr().err
    assert code in (1, 2) and "Traceback" not in err and len(err.strip().splitlines()) == 1


def test_rows_flatten_objects_and_show_lists_as_json() -> None:
    data = [{"a": 1, "b": {"c": 2, "d": {"e": [1, "x"]}}, "f": {}, "g": ["y"]}]
    assert list(_spec_commands.rows(data)) == [
        {"a": 1, "b.c": 2, "b.d.e": '[1,"x"]', "f": "{}", "g": '["y"]'}
    ]
    assert list(_spec_commands.rows([["z"]])) == [{"value": '["z"]'}]


def test_calls_get_reads_a_call_as_a_table_and_as_json(
    mock: MockServer, capsys: pytest.CaptureFixture[str]
) -> None:
    # A generated command from the spec alone; the mock knows the spec's example call.
    call_id = "4398599d1ba84ef3bde0a82dfb61abed"
    assert run(mock, "--region", "euc1", "calls", "get", call_id) == 0  # the base URL wins
    table = capsys.readouterr().out
    assert call_id in table and "from.endpoint" in table and "FINAL" in table
    assert run(mock, "calls", "get", call_id, "--json") == 0
    assert json.loads(capsys.readouterr().out)["callId"] == call_id
    assert run(mock, "calls", "get", "no-such-call") != 0
    assert "40400" in capsys.readouterr().err


def test_conferences_get_lists_the_participants(
    mock: MockServer, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(mock, "conferences", "get", "my-conference") == 0
    table = capsys.readouterr().out
    assert "+46708168731" in table and "onhold" in table
    assert run(mock, "conferences", "get", "my conference") != 0
    assert "may hold only letters, digits" in capsys.readouterr().err


def test_place_a_call_steer_it_and_run_a_conference_from_the_shell(
    mock: MockServer, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    tts = ["callouts", "tts", "--to", "+46730170101", "--text", "Hi", "--cli", "+46708168731"]
    assert run(mock, *tts) == 0
    call_id = capsys.readouterr().out.strip()
    assert re.fullmatch(r"[0-9a-f]{32}", call_id), call_id  # the callId, alone on its line
    assert run(mock, "calls", "say", call_id, "--text", "One moment", "--leg", "caller") == 0
    assert run(mock, "--json", "calls", "hangup", call_id) == 0
    capsys.readouterr()
    assert run(mock, "calls", "get", call_id, "--json") == 0
    assert json.loads(capsys.readouterr().out)["status"] == "FINAL"
    assert run(mock, "calls", "hangup", call_id) == 1  # ended: 404, one line, exit 1
    assert "40400" in capsys.readouterr().err

    voice = VoiceClient(DEMO_APPLICATION_KEY, DEMO_APPLICATION_SECRET, base_url=mock.url)
    with voice:
        member = voice.callouts.conference("+46730170101", "cli-room", cli="+46708168731")
        while not _joined(voice, "cli-room"):
            time.sleep(0.01)
    for command in ("mute", "hold", "resume", "unmute"):
        assert run(mock, "conferences", command, "cli-room", member) == 0, command
    assert run(mock, "conferences", "mute", "cli-room", member) == 0
    capsys.readouterr()
    assert run(mock, "--json", "conferences", "get", "cli-room") == 0
    (listed,) = json.loads(capsys.readouterr().out)
    assert listed["muted"] is True and listed["onhold"] is False
    assert run(mock, "conferences", "kick", "cli-room", member) == 0
    assert run(mock, "conferences", "get", "cli-room") == 1


def test_a_callout_to_a_number_without_plus_is_a_usage_error(
    mock: MockServer, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    assert run(mock, "callouts", "tts", "--to", "46730170101", "--text", "Hi") == 2
    err = capsys.readouterr().err
    assert "did you mean +46730170101?" in err and len(err.strip().splitlines()) == 1


def _joined(voice: VoiceClient, room: str) -> bool:
    try:
        return bool(voice.conferences.get(room))
    except NotFoundError:
        return False
