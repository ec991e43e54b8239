"""`sinch-voice` as a user runs it: a real process for every case, one line, no traceback.

Each case asserts the exit code, that stderr is exactly one `sinch-voice: ...` line (or none),
and what that line says. Interrupts (Ctrl-C, SIGTERM) and a closed pipe need a real process.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from sinch_voice_mock import DEMO_APPLICATION_KEY, DEMO_APPLICATION_SECRET, MockServer, MockState
from sinch_voice_mock._faults import FaultPlan
from sinch_voice_toolkit import __version__

CLI = [sys.executable, "-m", "sinch_voice_toolkit._cli"]
OWNED = "+46730170101"  # voice and sms in the default world


@pytest.fixture
def mock() -> Iterator[MockServer]:
    with MockServer() as server:
        yield server


def environment(mock: MockServer | None = None, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("SINCH_")}
    env |= {"SINCH_APPLICATION_KEY": DEMO_APPLICATION_KEY,
            "SINCH_APPLICATION_SECRET": DEMO_APPLICATION_SECRET}  # fmt: skip
    if mock is not None:
        env["SINCH_VOICE_BASE_URL"] = mock.url
    return env | extra


def sinch_voice(
    *argv: str, env: dict[str, str], stdin: bytes = b"", python: list[str] | None = None
) -> tuple[int, str, str]:
    result = subprocess.run(
        [*(python or CLI), *argv], input=stdin, env=env, capture_output=True, timeout=60,
        check=False,
    )  # fmt: skip
    out, err = result.stdout.decode(), result.stderr.decode()
    assert "Traceback" not in out + err
    assert DEMO_APPLICATION_SECRET not in out + err
    return result.returncode, out, err


def one_line(err: str) -> str:
    lines = [line for line in err.splitlines() if not line.startswith("(using a local mock")]
    assert len(lines) == 1, err
    assert lines[0].startswith("sinch-voice: "), err
    return lines[0]


@pytest.mark.parametrize(
    ("argv", "extra_env", "says"),
    [
        (["--base-url", "callingapi.sinch.com", "numbers", "list"], {},
         "did you mean https://callingapi.sinch.com?"),
        (["numbers", "list"], {"SINCH_VOICE_BASE_URL": "callingapi.sinch.com"},
         "must start with https:// or http://"),
        (["--timeout", "-1", "numbers", "list"], {}, "'-1' must be greater than 0"),
        (["--timeout", "0", "numbers", "list"], {}, "'0' must be greater than 0"),
        (["numbers", "list", "--timeout", "soon"], {}, "'soon' is not a number"),
        (["numbers", "assign", OWNED, "--concurrency", "0"], {}, "'0' must be greater than 0"),
        (["numbers", "assign", "46730170101"], {}, "did you mean +46730170101?"),
        (["numbers", "unassign", "0046730170101"], {}, "did you mean +46730170101?"),
        (["query", "46730170101"], {}, "did you mean +46730170101?"),
        (["numbers", "assign", "+46 73 017 01 01"], {}, "did you mean +46730170101?"),
        (["callbacks", "set", "--primary", "ftp://example.com/cb"], {},
         "'ftp://example.com/cb' is not an http:// or https:// URL"),
        (["callbacks", "set"], {}, "give --primary URL, --fallback URL or both"),
        (["numbers", "assign"], {}, "give numbers to assign, or --from-file FILE"),
        (["numbers", "list"], {"SINCH_APPLICATION_KEY": ""},
         "no application key: give --key or set $SINCH_APPLICATION_KEY"),
        (["numbers", "list"], {"SINCH_APPLICATION_SECRET": ""},
         "no application secret: give --secret or set $SINCH_APPLICATION_SECRET"),
        (["numbers", "list", "--secret", "not base64!"], {}, "$SINCH_APPLICATION_SECRET"),
        (["numbers"], {}, "the following arguments are required: ACTION"),
        (["query", "+46/730"], {}, "queryNumber: invalid request at /number"),
    ],
)  # fmt: skip
def test_usage_errors_are_one_line_and_exit_2(
    argv: list[str], extra_env: dict[str, str], says: str
) -> None:
    code, out, err = sinch_voice(*argv, env=environment(**extra_env))
    assert code == 2
    assert says in one_line(err)
    assert out == ""


def test_unwritable_report_is_refused_before_any_request(mock: MockServer) -> None:
    code, _, err = sinch_voice(
        "numbers", "assign", OWNED, "--report", "/no/such/folder/report.json", env=environment(mock)
    )
    assert code == 2 and "cannot write --report /no/such/folder/report.json" in one_line(err)
    assert not mock.state.assignments  # nothing was sent


@pytest.mark.parametrize(
    "encoded",
    [
        ("\n".join([OWNED, "+14155550100"]) + "\n").encode("utf-16"),  # with a byte-order mark
        ("\n".join([OWNED, "+14155550100"]) + "\n").encode("utf-16-le"),  # without one
        b"\xef\xbb\xbf" + f"{OWNED}\r\n+14155550100\r\n".encode(),  # UTF-8 with a BOM, CRLF
        f"# mine\n{OWNED}   # the office line\n+14155550100# shop\n\n".encode(),
    ],
    ids=["utf-16", "utf-16-le", "utf-8-bom", "comments"],
)
def test_numbers_files_as_editors_write_them(
    mock: MockServer, tmp_path: Path, encoded: bytes
) -> None:
    numbers_file = tmp_path / "numbers.txt"
    numbers_file.write_bytes(encoded)
    code, out, err = sinch_voice(
        "numbers", "assign", "--from-file", str(numbers_file), "--capability", "sms",
        env=environment(mock),
    )  # fmt: skip
    assert (code, err) == (0, "")
    assert out.startswith("2 done, 0 failed, 0 invalid, 0 pending")
    assert set(mock.state.assignments) == {(OWNED, "sms"), ("+14155550100", "sms")}


def test_a_file_that_is_not_text(mock: MockServer, tmp_path: Path) -> None:
    numbers_file = tmp_path / "numbers.bin"
    numbers_file.write_bytes(b"\x80\x81\xfe\x00\x00\x00")
    code, _, err = sinch_voice("numbers", "assign", "--from-file", str(numbers_file),
                               env=environment(mock))  # fmt: skip
    assert code == 2 and "is not UTF-8 or UTF-16 text" in one_line(err)


def test_output_into_a_closed_pipe(mock: MockServer) -> None:
    process = subprocess.Popen(
        [*CLI, "numbers", "list", "--json"], env=environment(mock),
        stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )  # fmt: skip
    assert process.stdout is not None and process.stderr is not None
    process.stdout.close()  # the reader is gone before anything is written, as with `| head -0`
    err = process.stderr.read().decode()
    assert process.wait(60) == 1
    assert "Traceback" not in err and "Exception ignored" not in err
    assert "output closed before everything was written" in one_line(err)


def test_mock_without_the_mock_extra() -> None:
    # The extra's packages made unimportable, as in an install without [mock].
    python = [sys.executable, "-c",
              "import sys; sys.modules['starlette'] = None; sys.argv[0] = 'sinch-voice';"
              " from sinch_voice_toolkit._cli import main; sys.exit(main())"]  # fmt: skip
    code, _, err = sinch_voice("--mock", "numbers", "list", env=environment(), python=python)
    assert code == 2
    assert "pip install 'sinch-voice-toolkit[mock]'" in one_line(err)


def test_version() -> None:
    code, out, err = sinch_voice("--version", env=environment())
    assert (code, out, err) == (0, f"sinch-voice {__version__}\n", "")


def test_verbose_shows_retries_and_errors_name_host_and_attempts(mock: MockServer) -> None:
    mock.faults = FaultPlan(schedule=["503", "none"])
    code, out, err = sinch_voice("--verbose", "numbers", "list", env=environment(mock))
    assert code == 0 and out
    assert "sinch-voice: GET 127.0.0.1/v1/configuration/numbers: attempt 1 failed (503)" in err

    mock.faults = FaultPlan(schedule=["503"] * 4)
    code, _, err = sinch_voice("numbers", "list", env=environment(mock))
    assert code == 1
    line = one_line(err)
    assert "GET 127.0.0.1/v1/configuration/numbers answered 503" in line
    assert line.endswith("(after 4 attempts)")

    mock.faults = FaultPlan(schedule=["503", "none"])
    code, _, err = sinch_voice("numbers", "list", env=environment(mock))
    assert (code, err) == (0, "")  # without --verbose, a retry that worked is silent


@pytest.mark.parametrize(("sig", "exit_code"), [(signal.SIGINT, 130), (signal.SIGTERM, 143)])
def test_interrupted_bulk_run_reports_and_exits(
    tmp_path: Path, sig: signal.Signals, exit_code: int
) -> None:
    numbers = [f"+4673017{i:04d}" for i in range(40)]  # not owned: each is a slow 40001
    numbers_file = tmp_path / "numbers.txt"
    numbers_file.write_text("\n".join(numbers) + "\n")
    report_file = tmp_path / "report.json"
    with MockServer(latency_ms=200) as mock:
        process = subprocess.Popen(
            [*CLI, "numbers", "unassign", "--from-file", str(numbers_file), "--concurrency", "1",
             "--report", str(report_file), "--json"],
            env=environment(mock), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        )  # fmt: skip
        deadline = time.monotonic() + 30
        while not _report_has_progress(report_file):  # the report is written as the run goes
            assert time.monotonic() < deadline, "no progress was reported"
            time.sleep(0.05)
        process.send_signal(sig)
        out, err = process.communicate(timeout=60)
    assert process.returncode == exit_code
    assert "interrupted" in one_line(err.decode())
    printed, written = json.loads(out), json.loads(report_file.read_text())
    assert printed == written
    accounted = [*written["done"], *written["failed"], *written["pending"], *written["invalid"]]
    assert sorted(accounted) == sorted(numbers)
    assert written["failed"] and written["pending"]


def _report_has_progress(path: Path) -> bool:
    try:
        report = json.loads(path.read_text())
    except (OSError, ValueError):
        return False
    return bool(report.get("failed"))


def _assigned_world(numbers: list[str]) -> MockState:
    state = MockState.default()
    for number in numbers:
        state.add_number(number, ["voice"])
        state.assign([number], DEMO_APPLICATION_KEY, "voice")
    return state


def _interrupt_after_some(argv: list[str], mock: MockServer, report_file: Path) -> None:
    """Start a bulk command, Ctrl-C it once its report shows some numbers done."""
    process = subprocess.Popen(
        [*CLI, *argv], env=environment(mock), stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    deadline = time.monotonic() + 30
    while True:
        try:
            done = len(json.loads(report_file.read_text()).get("done", []))
        except (OSError, ValueError):
            done = 0
        if done >= 5:
            break
        assert time.monotonic() < deadline, "no progress was reported"
        time.sleep(0.05)
    process.send_signal(signal.SIGINT)
    out, err = process.communicate(timeout=60)
    assert process.returncode == 130, err
    assert "pending: to finish them, run the command with --resume" in out.decode()
    assert out.decode().count("\n") < 10  # counts, not one line per pending number


@pytest.mark.parametrize("how", ["same command again", "--resume"])
def test_an_interrupted_unassign_finishes_with_zero_failed(tmp_path: Path, how: str) -> None:
    numbers = [f"+1415{3_000_000 + i:07d}" for i in range(60)]
    numbers_file = tmp_path / "numbers.txt"
    numbers_file.write_text("\n".join(numbers) + "\n")
    report_file = tmp_path / "report.json"
    with MockServer(_assigned_world(numbers), latency_ms=60) as mock:
        first = ["numbers", "unassign", "--from-file", str(numbers_file), "--concurrency", "2",
                 "--report", str(report_file)]  # fmt: skip
        _interrupt_after_some(first, mock, report_file)
        interrupted = json.loads(report_file.read_text())
        assert interrupted["pending"] and not interrupted["failed"]
        if how == "--resume":
            again = ["numbers", "unassign", "--resume", str(report_file)]
        else:
            again = ["numbers", "unassign", "--from-file", str(numbers_file)]
        code, out, err = sinch_voice(*again, env=environment(mock))
        left = [n for n in numbers if mock.state.assignments.get((n, "voice"))]
    assert (code, err) == (0, ""), out + err
    assert " 0 failed," in out and left == []
    if how == "--resume":  # only what was left was sent; the report now holds the whole run
        final = json.loads(report_file.read_text())
        assert sorted(final["done"]) == sorted(numbers) and final["pending"] == []
        assert final["already"] == []
    else:  # what the first run released is "already so", not failed
        assert f"{len(interrupted['done'])} already so" in out


def test_resume_refuses_what_it_cannot_continue(tmp_path: Path, mock: MockServer) -> None:
    report_file = tmp_path / "report.json"
    report_file.write_text(json.dumps({"operation": "assign", "done": [], "pending": [OWNED]}))
    code, _, err = sinch_voice("numbers", "unassign", "--resume", str(report_file),
                               env=environment(mock))  # fmt: skip
    assert code == 2 and "records an assign run" in one_line(err)
    code, _, err = sinch_voice("numbers", "assign", OWNED, "--resume", str(report_file),
                               env=environment(mock))  # fmt: skip
    assert code == 2 and "--resume REPORT alone" in one_line(err)
    (tmp_path / "junk.json").write_text("[1, 2]")
    code, _, err = sinch_voice("numbers", "assign", "--resume", str(tmp_path / "junk.json"),
                               env=environment(mock))  # fmt: skip
    assert code == 2 and "not a bulk report" in one_line(err)
