"""`sinch-voice` end to end against the mock: tables, --json parsed back, bulk files, exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from sinch_voice_mock import (
    DEFAULT_NUMBERS,
    DEMO_APPLICATION_KEY,
    DEMO_APPLICATION_SECRET,
    MockServer,
)
from sinch_voice_toolkit.cli import main

VOICE_AND_SMS = [n for n, caps in DEFAULT_NUMBERS.items() if set(caps) == {"voice", "sms"}]


@pytest.fixture
def mock() -> Iterator[MockServer]:
    with MockServer() as server:
        yield server


def run(mock: MockServer, capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    credentials = [
        "--base-url",
        mock.url,
        "--key",
        DEMO_APPLICATION_KEY,
        "--secret",
        DEMO_APPLICATION_SECRET,
    ]
    code = main([*credentials, *argv])
    out, err = capsys.readouterr()
    assert DEMO_APPLICATION_SECRET not in out + err
    assert "Traceback" not in out + err
    return code, out, err


def demo_assignments(mock: MockServer) -> set[tuple[str, str]]:
    return {key for key, app in mock.state.assignments.items() if app == DEMO_APPLICATION_KEY}


def test_numbers_list_as_table_and_json(
    mock: MockServer, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(mock, capsys, "numbers", "list")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split() == ["number", "capability", "applicationkey"]
    assert len(lines) == 1 + len(mock.state.list_numbers())
    code, out, _ = run(mock, capsys, "numbers", "list", "--json")  # options may follow the command
    assert code == 0 and json.loads(out) == mock.state.list_numbers()


def test_assign_unassign_and_list(mock: MockServer, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(mock, capsys, "numbers", "assign", *VOICE_AND_SMS[:2], "--capability", "sms")
    assert code == 0 and out.startswith("2 done, 0 failed, 0 invalid")
    assert demo_assignments(mock) == {(n, "sms") for n in VOICE_AND_SMS[:2]}
    code, out, _ = run(mock, capsys, "--json", "numbers", "unassign", VOICE_AND_SMS[0])
    assert code == 0 and json.loads(out)["done"] == [VOICE_AND_SMS[0]]
    assert demo_assignments(mock) == {(VOICE_AND_SMS[1], "sms")}


def test_unassign_from_file(
    mock: MockServer, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    run(mock, capsys, "numbers", "assign", *VOICE_AND_SMS, "--capability", "sms")
    numbers_file = tmp_path / "numbers.txt"
    numbers_file.write_text("\n".join(VOICE_AND_SMS) + "\n")
    code, out, _ = run(mock, capsys, "numbers", "unassign", "--from-file", str(numbers_file))
    assert code == 0 and out.startswith(f"{len(VOICE_AND_SMS)} done, 0 failed")
    assert demo_assignments(mock) == set()


def test_bulk_file_with_invalid_lines(
    mock: MockServer, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    numbers_file = tmp_path / "numbers.txt"
    lines = [
        "# numbers to assign",
        *VOICE_AND_SMS,
        "",
        "0046730170101",
        VOICE_AND_SMS[0],
        "+1 415 555 0100",
    ]
    numbers_file.write_text("\n".join(lines) + "\n")
    report_file = tmp_path / "report.json"
    code, out, err = run(
        mock,
        capsys,
        "numbers",
        "assign",
        "--from-file",
        str(numbers_file),
        "--report",
        str(report_file),
        "--progress",
    )
    assert code == 3  # everything valid was assigned; the file had invalid lines
    assert out.startswith(f"{len(VOICE_AND_SMS)} done, 0 failed, 2 invalid, 0 pending")
    assert "invalid  '0046730170101'" in out and "did you mean +46730170101?" in out
    assert "invalid  '+1 415 555 0100'" in out and "did you mean +14155550100?" in out
    total = len(VOICE_AND_SMS) + 2
    assert f"] {total}/{total} (0 failed)" in err  # the bar counts invalid numbers and ends at N/N
    report = json.loads(report_file.read_text())
    assert sorted(report["done"]) == sorted(VOICE_AND_SMS) and report["duplicates"] == 1
    assert set(report["invalid"]) == {"0046730170101", "+1 415 555 0100"}
    assert demo_assignments(mock) == {(n, "voice") for n in VOICE_AND_SMS}


def test_bulk_with_an_api_failure_exits_1(
    mock: MockServer, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(
        mock, capsys, "numbers", "assign", VOICE_AND_SMS[0], "+14155550199", "--json"
    )
    report = json.loads(out)
    assert code == 1
    assert report["done"] == [VOICE_AND_SMS[0]]
    assert "errorCode 40001" in report["failed"]["+14155550199"]


def test_callbacks_set_and_get(mock: MockServer, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, _ = run(
        mock,
        capsys,
        "callbacks",
        "set",
        DEMO_APPLICATION_KEY,
        "--primary",
        "https://a.example.com/cb",
    )
    assert code == 0
    code, _, _ = run(
        mock,
        capsys,
        "callbacks",
        "set",
        DEMO_APPLICATION_KEY,
        "--fallback",
        "https://b.example.com/cb",
    )
    assert code == 0
    code, out, _ = run(mock, capsys, "callbacks", "get", DEMO_APPLICATION_KEY, "--json")
    assert json.loads(out) == {
        "primary": "https://a.example.com/cb",
        "fallback": "https://b.example.com/cb",
    }
    code, out, _ = run(mock, capsys, "callbacks", "get")  # your own application by default
    assert out.splitlines() == [
        f"callback URLs of application {DEMO_APPLICATION_KEY}:",
        "  primary   https://a.example.com/cb",
        "  fallback  https://b.example.com/cb",
    ]
    code, out, _ = run(mock, capsys, "callbacks", "get", "94983f76-1161-6655-9515-4785c7b67dd8")
    assert out.splitlines()[1:] == ["  primary   (not set)", "  fallback  (not set)"]


def test_query(mock: MockServer, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(mock, capsys, "query", "+46730170101", "--json")
    info = json.loads(out)
    assert code == 0 and (info["countryId"], info["numberType"], info["normalizedNumber"]) == (
        "SE",
        "Mobile",
        "+46730170101",
    )
    code, out, _ = run(mock, capsys, "query", "+46730170101")
    assert out.splitlines()[1].split()[:4] == ["+46730170101", "SE", "Mobile", "False"]


def test_api_errors_are_one_line_with_sinch_code(
    mock: MockServer, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(mock, capsys, "callbacks", "get", "no-such-app")
    assert code == 1 and out == ""
    host = mock.url.removeprefix("http://")  # host:port, as the message keeps the port
    assert err.startswith(
        f"sinch-voice: GET {host}/v1/configuration/callbacks/applications/no-such-app"
        " answered 404 (errorCode 40400): Application not found: no-such-app [reference "
    )
    assert len(err.strip().splitlines()) == 1


def test_wrong_secret_and_missing_credentials(
    mock: MockServer, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    wrong = "d3Jvbmctc2VjcmV0LXZhbHVl"
    code = main(
        [
            "--base-url",
            mock.url,
            "--key",
            DEMO_APPLICATION_KEY,
            "--secret",
            wrong,
            "numbers",
            "list",
        ]
    )
    _, err = capsys.readouterr()
    assert code == 1 and "(errorCode 40102)" in err and wrong not in err
    monkeypatch.delenv("SINCH_APPLICATION_KEY", raising=False)
    monkeypatch.delenv("SINCH_APPLICATION_SECRET", raising=False)
    assert main(["--base-url", mock.url, "numbers", "list"]) == 2
    err = capsys.readouterr().err
    assert "give --key or set $SINCH_APPLICATION_KEY" in err


def test_usage_errors_exit_2(mock: MockServer, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["numbers", "frob"])
    assert caught.value.code == 2
    assert capsys.readouterr().err.startswith("sinch-voice: argument ACTION: invalid choice")
    code, _, err = run(mock, capsys, "callbacks", "set", DEMO_APPLICATION_KEY)
    assert code == 2 and "--primary" in err
    code, _, err = run(mock, capsys, "numbers", "assign", "--from-file", "/no/such/file")
    assert code == 2 and "cannot read /no/such/file" in err


def test_basic_auth(mock: MockServer, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(mock, capsys, "--basic", "numbers", "list", "--json")
    assert code == 0 and json.loads(out) == mock.state.list_numbers()


def test_console_script_with_its_own_mock() -> None:
    script = Path(sys.executable).with_name("sinch-voice")
    result = subprocess.run(
        [str(script), "--mock", "numbers", "list", "--json"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert {item["number"] for item in json.loads(result.stdout)} == set(DEFAULT_NUMBERS)
    assert "using a local mock at http://127.0.0.1:" in result.stderr


def test_capabilities_match_the_generated_literal() -> None:
    from sinch_voice.models.capability import CAPABILITY_VALUES
    from sinch_voice_toolkit import cli

    assert set(cli.CAPABILITIES) == CAPABILITY_VALUES
