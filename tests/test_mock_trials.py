"""The mock for trials: `--numbers N` owns N more numbers, a state file without applications
keeps the demo application, and the banner says what the world holds."""

from __future__ import annotations

from pathlib import Path

import pytest

from sinch_voice_mock import (
    DEFAULT_NUMBERS,
    DEMO_APPLICATION_KEY,
    DEMO_APPLICATION_SECRET,
    MockServer,
)
from sinch_voice_mock._command import _holds, _world, main
from sinch_voice_mock._state_values import trial_number
from sinch_voice_toolkit import VoiceClient


def test_numbers_adds_owned_numbers_the_demo_application_can_assign() -> None:
    world = _world(None, 250)
    assert len(world.inventory) == len(DEFAULT_NUMBERS) + 250
    assert (
        _holds(world)
        == f"World: 2 applications, {len(DEFAULT_NUMBERS) + 250} owned numbers (0 assigned)"
    )
    with (
        MockServer(world) as mock,
        VoiceClient(DEMO_APPLICATION_KEY, DEMO_APPLICATION_SECRET, base_url=mock.url) as voice,
    ):
        report = voice.applications.assign_many([trial_number(i) for i in range(250)])
        assert len(report.done) == 250 and not report.failed and not report.invalid


def test_a_state_file_of_numbers_alone_keeps_the_demo_application(tmp_path: Path) -> None:
    state = tmp_path / "numbers.yaml"
    state.write_text('numbers:\n  - number: "+46730170101"\n    capabilities: [voice]\n')
    world = _world(state, 0)
    assert set(world.applications) == {DEMO_APPLICATION_KEY}
    with (
        MockServer(world) as mock,
        VoiceClient(DEMO_APPLICATION_KEY, DEMO_APPLICATION_SECRET, base_url=mock.url) as voice,
    ):
        assert [n.number for n in voice.applications.get_numbers()] == ["+46730170101"]


@pytest.mark.parametrize(
    ("arguments", "says"),
    [
        (["--numbers", "-1"], "--numbers must be 0 to 100000"),
        (["--numbers", "100001"], "--numbers must be 0 to 100000"),
        (["--state", "{missing}"], "No such file"),
        (["--state", "{bad}"], "not YAML"),
    ],
)
def test_a_bad_world_is_refused_in_one_line(
    tmp_path: Path, arguments: list[str], says: str, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("numbers: [\n")
    paths = {"missing": str(tmp_path / "missing.yaml"), "bad": str(bad)}
    code = main(["--port", "0", *(a.format(**paths) for a in arguments)])
    error = capsys.readouterr().err
    assert code == 2 and says in error and len(error.strip().splitlines()) == 1
