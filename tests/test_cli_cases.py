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

CLI = [sys.executable, "-m", "sinch_voice_toolkit.cli"]
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
        (["--region", "eu", "calls", "get", "4398599d1ba84ef3bde0a82dfb61abed"], {},
         "region must be one of euc1, use1, sae1, apse1, apse2, not 'eu'"),
        (["calls", "get", "4398599d1ba84ef3bde0a82dfb61abed"], {"SINCH_VOICE_REGION": "us"},
         "region must be one of"),
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
    code, out, err = sinch_voice(*argv, env=environment(None, **extra_env))
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
    assert process.wait(60) == 141  # quietly, as coreutils: 128 + SIGPIPE, nothing on stderr
    assert err == ""


def test_piped_into_head_ends_quietly(mock: MockServer) -> None:
    pipeline = subprocess.run(  # noqa: S602 - a fixed command line: the point is the shell's pipe
        f"{sys.executable} -m sinch_voice_toolkit.cli numbers list | head -2",
        shell=True,
        env=environment(mock),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert pipeline.returncode == 0 and pipeline.stderr == ""
    assert len(pipeline.stdout.splitlines()) == 2


def test_mock_without_the_mock_extra() -> None:
    # The extra's packages made unimportable, as in an install without [mock].
    python = [sys.executable, "-c",
              "import sys; sys.modules['starlette'] = None; sys.argv[0] = 'sinch-voice';"
              " from sinch_voice_toolkit.cli import main; sys.exit(main())"]  # fmt: skip
    code, _, err = sinch_voice("--mock", "numbers", "list", env=environment(), python=python)
    assert code == 2
    assert "pip install 'sinch-voice-toolkit[mock]'" in one_line(err)


def test_version() -> None:
    code, out, err = sinch_voice("--version", env=environment())
    assert (code, out, err) == (0, f"sinch-voice {__version__}\n", "")


def test_verbose_shows_each_attempt_and_errors_name_host_and_attempts(mock: MockServer) -> None:
    mock.faults = FaultPlan(schedule=["503", "none"])
    code, out, err = sinch_voice("--verbose", "numbers", "list", env=environment(mock))
    assert code == 0 and out
    host = mock.url.removeprefix("http://")
    assert f"sinch-voice: GET {host}/v1/configuration/numbers: attempt 1 failed (503, " in err
    assert f"sinch-voice: GET {host}/v1/configuration/numbers: attempt 2 answered 200 in " in err

    mock.faults = FaultPlan(schedule=["503"] * 4)
    code, _, err = sinch_voice("numbers", "list", env=environment(mock))
    assert code == 1
    line = one_line(err)
    assert f"GET {host}/v1/configuration/numbers answered 503" in line
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
        # Nothing the first run recorded done was sent again. A request in flight at Ctrl-C
        # may have been served before the run stopped (recorded pending): resumed, it is
        # "already so", never failed.
        assert set(final["already"]) <= set(interrupted["pending"])
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


SECRET_LINE = "SINCH_APPLICATION_SECRET=" + "s3cr3t" * 20  # what /proc/self/environ would hold


def test_a_numbers_file_that_is_a_symlink_is_refused(tmp_path: Path, mock: MockServer) -> None:
    target = tmp_path / "environ"
    target.write_text(SECRET_LINE + "\n")
    link = tmp_path / "numbers.txt"
    link.symlink_to(target)
    code, out, err = sinch_voice("numbers", "assign", "--from-file", str(link),
                                 env=environment(mock))  # fmt: skip
    assert code == 2 and "is a symbolic link" in one_line(err)
    assert "s3cr3t" not in out + err


@pytest.mark.parametrize(("path", "says"), [("/dev/zero", "not a regular file"),
                                            ("/nonexistent/n.txt", "cannot read")])  # fmt: skip
def test_a_numbers_file_that_is_not_a_file_is_refused(
    mock: MockServer, path: str, says: str
) -> None:
    code, _, err = sinch_voice("numbers", "unassign", "--from-file", path, env=environment(mock))
    assert code == 2 and says in one_line(err)


def test_a_numbers_file_too_large_is_refused(tmp_path: Path, mock: MockServer) -> None:
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as out:
        out.truncate(16 * 1024 * 1024 + 1)
    code, _, err = sinch_voice("numbers", "assign", "--from-file", str(huge),
                               env=environment(mock))  # fmt: skip
    assert code == 2 and "larger than 16 MiB" in one_line(err)


def test_a_line_that_is_no_number_is_never_shown_whole(tmp_path: Path, mock: MockServer) -> None:
    numbers = tmp_path / "numbers.txt"
    numbers.write_text(f"{OWNED}\n{SECRET_LINE}\n\x1b[2J+4673\n")
    report = tmp_path / "report.json"
    code, out, _ = sinch_voice("numbers", "assign", "--from-file", str(numbers), "--report",
                               str(report), env=environment(mock))  # fmt: skip
    assert code == 3  # some inputs invalid, the rest done
    assert "s3cr3t" * 4 not in out + report.read_text()
    assert "\x1b" not in out and "\\x1b[2J" in out  # the escape is shown, not obeyed
    assert len(json.loads(report.read_text())["invalid"]) == 2


def test_report_is_never_written_through_a_link_or_over_a_device(
    tmp_path: Path, mock: MockServer
) -> None:
    precious = tmp_path / "precious.txt"
    precious.write_text("keep me\n")
    link = tmp_path / "report.json"
    link.symlink_to(precious)
    code, _, err = sinch_voice("numbers", "assign", OWNED, "--report", str(link),
                               env=environment(mock))  # fmt: skip
    assert code == 2 and "symbolic link" in one_line(err)
    code, _, err = sinch_voice("numbers", "assign", OWNED, "--report", "/dev/null",
                               env=environment(mock))  # fmt: skip
    assert code == 2 and "not a regular file" in one_line(err)
    # A .partial link left where an older version wrote its temporary file is not followed.
    report = tmp_path / "fresh.json"
    (tmp_path / "fresh.json.partial").symlink_to(precious)
    code, _, _ = sinch_voice("numbers", "assign", OWNED, "--report", str(report),
                             env=environment(mock))  # fmt: skip
    assert code == 0 and json.loads(report.read_text())["done"] == [OWNED]
    assert precious.read_text() == "keep me\n"
    assert not report.is_symlink()


def test_server_text_is_escaped_before_it_reaches_the_terminal() -> None:
    from starlette.applications import Starlette
    from starlette.requests import Request
    from starlette.responses import JSONResponse
    from starlette.routing import Route

    from tests.servers import serve_asgi

    async def hostile(request: Request) -> JSONResponse:
        if request.method == "GET" and "/query/" not in request.url.path:
            listed = [
                {"number": OWNED, "applicationkey": "\x1b]0;pwned\x07app", "capability": "voice"}
            ]
            return JSONResponse({"numbers": listed})
        return JSONResponse({"errorCode": 40003, "message": "\x1b[2Jbad \x1b[31mkey"}, 400)

    app = Starlette(routes=[Route("/{path:path}", hostile, methods=["GET", "POST"])])
    with serve_asgi(app) as url:
        env = environment(SINCH_VOICE_BASE_URL=url)
        code, out, _ = sinch_voice("numbers", "list", env=env)
        assert code == 0 and "\x1b" not in out and "\x07" not in out and "pwned" in out
        code, out, _ = sinch_voice("numbers", "assign", OWNED, env=env)  # failures: stdout
        query_code, _, err = sinch_voice("query", OWNED, env=env)  # the error: stderr
    assert code == 1 and "\x1b" not in out and "bad" in out
    assert query_code == 1 and "\x1b" not in err and "bad" in one_line(err)


def test_verbose_shows_no_traceback_and_debug_does() -> None:
    unreachable = environment(SINCH_VOICE_BASE_URL="http://127.0.0.1:9")
    code, _, err = sinch_voice("--verbose", "--timeout", "2", "numbers", "list", env=unreachable)
    assert code == 1 and "Traceback" not in err
    assert "127.0.0.1:9" in err  # the port is kept in what is shown
    result = subprocess.run(
        [*CLI, "--debug", "--timeout", "2", "query", "+46730170101"],
        env=unreachable, capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert result.returncode == 1


@pytest.mark.parametrize(
    ("number", "hint"),
    [("4155550100", None), ("46730170101", "+46730170101"), ("13812345678", None)],
)
def test_number_hints_never_invent_a_country(
    mock: MockServer, number: str, hint: str | None
) -> None:
    code, _, err = sinch_voice("numbers", "assign", number, env=environment(mock))
    line = one_line(err)
    assert code == 2
    assert ("did you mean" in line) == (hint is not None)
    if hint is not None:
        assert f"did you mean {hint}?" in line


def test_the_mock_command_without_its_extra_says_how_to_install_it() -> None:
    python = [sys.executable, "-c",
              "import sys; sys.modules['yaml'] = None; sys.modules['starlette'] = None;"
              " from sinch_voice_toolkit.cli._mock_command import main;"
              " sys.exit(main())"]  # fmt: skip
    result = subprocess.run(python, capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 2 and result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and "Traceback" not in result.stderr
    assert lines[0].startswith("sinch-voice-mock: the mock needs its extra")
    assert "pip install 'sinch-voice-toolkit[mock]'" in lines[0]


@pytest.mark.parametrize("number", ["46730170101", "4155550100", "0046730170101"])
def test_the_library_and_the_cli_give_the_same_number_hint(mock: MockServer, number: str) -> None:
    from sinch_voice_toolkit import InvalidRequestError, VoiceClient

    with (
        VoiceClient(DEMO_APPLICATION_KEY, DEMO_APPLICATION_SECRET, base_url=mock.url) as voice,
        pytest.raises(InvalidRequestError) as caught,
    ):
        voice.applications.assign_numbers([number])
    _, _, err = sinch_voice("numbers", "assign", number, env=environment(mock))
    said = one_line(err)
    assert caught.value.detail.startswith("not an E.164 number")
    assert said.endswith(caught.value.detail), (said, caught.value.detail)


def test_a_tls_failure_is_one_attempt(mock: MockServer) -> None:
    """`https://` to a port that speaks plain HTTP: the handshake fails, and is not retried."""
    tls_to_plain = mock.url.replace("http://", "https://")
    code, _, err = sinch_voice(
        "numbers", "list", env=environment(SINCH_VOICE_BASE_URL=tls_to_plain)
    )
    line = one_line(err)
    assert code == 1 and "attempts" not in line  # one attempt: no "(after N attempts)"
    assert mock.url.removeprefix("http://") in line  # the port is kept


def test_help_documents_the_exit_codes() -> None:
    code, out, _ = sinch_voice("--help", env=environment())
    text = " ".join(out.split())
    assert code == 0
    for says in ("0 ok", "1 failed", "2 usage error", "3 some inputs invalid, the rest done",
                 "130 interrupted", "141 output closed"):  # fmt: skip
        assert says in text, says


# -- reports and --resume under tampering ----------------------------------------------------------

EXAMPLE_SECRET = "c2luY2gtdm9pY2UtbW9jay1leGFtcGxlLXNlY3JldA=="  # the mock's second application


def test_a_report_records_the_application_actually_used(tmp_path: Path, mock: MockServer) -> None:
    report = tmp_path / "report.json"
    code, _, _ = sinch_voice("numbers", "assign", OWNED, "--report", str(report),
                             env=environment(mock))  # fmt: skip
    written = json.loads(report.read_text())
    assert code == 0
    assert (written["application"], written["signedBy"]) == (DEMO_APPLICATION_KEY,) * 2


def _interrupted_report(tmp_path: Path, **fields: object) -> Path:
    report = tmp_path / "report.json"
    recorded = {"operation": "assign", "application": DEMO_APPLICATION_KEY, "capability": None,
                "signedBy": DEMO_APPLICATION_KEY, "done": [], "pending": [OWNED]}  # fmt: skip
    report.write_text(json.dumps(recorded | fields))
    return report


@pytest.mark.parametrize(
    ("fields", "extra_argv", "extra_env", "says"),
    [
        ({}, ["--application", "94983f76-1161-6655-9515-4785c7b67dd8"], {},
         "records a run with application 11983f76"),
        ({}, ["--capability", "sms"], {}, "records a run with capability None, not sms"),
        ({}, [], {"SINCH_APPLICATION_KEY": "94983f76-1161-6655-9515-4785c7b67dd8",
                  "SINCH_APPLICATION_SECRET": EXAMPLE_SECRET},
         "signed by application 11983f76-12c8-1111-9515-4785c7b67ca8, not 94983f76"),
        ({"application": None}, [], {}, "does not record which application"),
    ],
)  # fmt: skip
def test_resume_refuses_another_application_or_credentials_before_sending(
    tmp_path: Path, mock: MockServer, fields: dict[str, object], extra_argv: list[str],
    extra_env: dict[str, str], says: str,
) -> None:  # fmt: skip
    report = _interrupted_report(tmp_path, **fields)
    before = mock.state.list_numbers()
    code, _, err = sinch_voice("numbers", "assign", "--resume", str(report), *extra_argv,
                               env=environment(mock, **extra_env))  # fmt: skip
    assert code == 2 and says in one_line(err), err
    assert mock.state.list_numbers() == before  # nothing was sent


@pytest.mark.parametrize(
    ("content", "says"),
    [
        ('{"operation": "assign", "done": [], "pending": [], "duplicates": Infinity}',
         "not JSON"),
        ('{"operation": "assign", "done": [], "pending": [], "duplicates": -1}', ">= 0"),
        ('{"operation": "assign", "done": [], "pending": [], "duplicates": true}', ">= 0"),
        ('{"operation": "format", "done": [], "pending": []}', "'format' is not one of"),
        ('{"operation": "assign", "capability": "fax", "done": [], "pending": []}',
         "'fax' is not one of"),
        ('{"operation": "assign", "done": [], "pending": [], "failed": {"+1": 5}}',
         "not a bulk report"),
        ("[" * 100_000 + "]" * 100_000, "not JSON"),
        ('{"done": [' * 100_000, "not JSON"),
    ],
    ids=["Infinity", "negative", "bool", "operation", "capability", "failed", "deep", "deep-cut"],
)  # fmt: skip
def test_resume_validates_every_value(
    tmp_path: Path, mock: MockServer, content: str, says: str
) -> None:
    report = tmp_path / "report.json"
    report.write_text(content)
    code, _, err = sinch_voice("numbers", "assign", "--resume", str(report), env=environment(mock))
    assert code == 2 and says in one_line(err), err


def test_resume_reads_only_a_regular_file_of_at_most_16_mib(
    tmp_path: Path, mock: MockServer
) -> None:
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    link = tmp_path / "link.json"
    link.symlink_to(_interrupted_report(tmp_path))
    huge = tmp_path / "huge.json"
    with huge.open("wb") as out:
        out.truncate(16 * 1024 * 1024 + 1)
    for path, says in [("/dev/zero", "is not a regular file"), (fifo, "is not a regular file"),
                       (link, "is a symbolic link"), (huge, "is larger than 16 MiB"),
                       ("-", "the report's file")]:  # fmt: skip
        started = time.monotonic()
        code, _, err = sinch_voice("numbers", "unassign", "--resume", str(path),
                                   env=environment(mock))  # fmt: skip
        assert code == 2 and says in one_line(err), err
        assert time.monotonic() - started < 20  # a FIFO is not waited on


def test_a_resumed_progress_bar_counts_only_what_is_left(tmp_path: Path, mock: MockServer) -> None:
    left = ["+14155550100", "+14155550101"]
    report = _interrupted_report(tmp_path, done=["+46730170101", "+46730170102", "+442071838750"],
                                 pending=left)  # fmt: skip
    result = subprocess.run(
        [*CLI, "numbers", "assign", "--resume", str(report), "--progress"],
        env=environment(mock), capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    shown = [part.strip() for part in result.stderr.split("\r") if part.strip()]
    counts = [part.split("]")[1].split()[0] for part in shown]
    assert counts[-1] == "2/2", shown  # what this run did, of what it had to do
    assert all(int(c.split("/")[0]) <= 2 for c in counts)
    assert "5 done" in result.stdout  # the report, though, holds the whole run


def test_callbacks_get_shows_a_servers_escape_sequences_escaped(mock: MockServer) -> None:
    mock.state.set_callbacks(DEMO_APPLICATION_KEY, "https://example.com/\x1b]0;pwned\x07cb", None)
    code, out, _ = sinch_voice("callbacks", "get", env=environment(mock))
    assert code == 0 and "\x1b" not in out and "\x07" not in out
    assert "https://example.com/\\x1b]0;pwned\\x07cb" in out
