"""`check-callbacks` passes a correct handler and names what is wrong with a broken one.

Each handler here is a small Starlette app on a free loopback port, built from the toolkit's
own pieces with one thing wrong, so a failure can only come from that one thing.
"""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from sinch_signing import CallbackVerificationError, InMemoryReplayGuard
from sinch_voice_mock import (
    DEMO_APPLICATION_KEY,
    DEMO_APPLICATION_SECRET,
    CallbackCheckReport,
    Finding,
    check_callbacks,
    main,
)
from sinch_voice_toolkit import InvalidCallbackError, parse_callback, unwrap_callback
from tests.example_receivers import KINDS, receiver
from tests.hostile_handlers import hostile_handlers
from tests.servers import serve_asgi

VALID = {
    "ice": {"action": {"name": "hangup"}},
    "ace": {"action": {"name": "continue"}},
    "pie": {"action": {"name": "hangup"}},
}


def handler(
    *,
    verify: bool = True,
    guard: bool = True,
    answers: dict[str, Any] | None = None,
    status: dict[str, int] | None = None,
    delay: float = 0.0,
) -> Starlette:
    """A callback handler, correct unless told otherwise."""
    seen = InMemoryReplayGuard() if guard else None
    replies = {**VALID, **(answers or {})}

    async def receive(request: Request) -> Response:
        body = await request.body()
        try:
            if verify:
                event = unwrap_callback(
                    method="POST",
                    path=request.scope["raw_path"].decode("latin-1"),
                    headers=request.headers,
                    body=body,
                    application_key=DEMO_APPLICATION_KEY,
                    application_secret=DEMO_APPLICATION_SECRET,
                    replay_guard=seen,
                )
            else:
                event = parse_callback(body)
        except CallbackVerificationError:
            return Response(status_code=401)
        except InvalidCallbackError:
            return Response(status_code=400)
        if delay:
            await asyncio.sleep(delay)
        code = (status or {}).get(event.event, 200)
        reply = replies.get(event.event)
        return JSONResponse(reply, status_code=code) if reply else Response(status_code=code)

    return Starlette(routes=[Route("/cb", receive, methods=["POST"])])


@contextmanager
def serving(app: Starlette) -> Iterator[str]:
    with serve_asgi(app) as url:
        yield url + "/cb"


def run(app: Starlette, **options: Any) -> CallbackCheckReport:
    arguments: dict[str, Any] = {"seed": 7, "examples": 5, **options}
    with serving(app) as url:
        return check_callbacks(url, DEMO_APPLICATION_KEY, DEMO_APPLICATION_SECRET, **arguments)


def failed_checks(report: CallbackCheckReport) -> set[str]:
    return {f.check.split(":")[0] for f in report.failures}


def test_a_correct_handler_passes_every_check() -> None:
    report = run(handler(), require_replay_guard=True)
    assert report.ok, report.render()
    checks = {f.check for f in report.findings}
    assert {"ice: the spec's example", "notify: generated event 5"} <= checks
    assert len(report.findings) == 6 + 5 * 6  # the refusals, then 1 + 5 events per kind


@pytest.mark.parametrize("kind", KINDS)
def test_the_example_receivers_pass(kind: str) -> None:
    with receiver(kind) as (url, _):
        report = check_callbacks(
            url, DEMO_APPLICATION_KEY, DEMO_APPLICATION_SECRET,
            examples=10, seed=3, require_replay_guard=True,
        )  # fmt: skip
    assert report.ok, report.render()


def test_answering_ice_with_continue_fails_naming_the_event() -> None:
    report = run(handler(answers={"ice": {"action": {"name": "continue"}}}))
    assert not report.ok
    assert failed_checks(report) == {"ice"}
    failure = report.failures[0]
    assert "not valid SVAML for ice at /action" in failure.detail
    assert failure.example is not None and '"event": "ice"' in failure.example
    assert "reproduce with --seed 7" in report.render()


def test_accepting_unsigned_deliveries_fails() -> None:
    report = run(handler(verify=False))
    assert failed_checks(report) == {
        "refuses unsigned request",
        "refuses tampered body",
        "refuses stale timestamp (1 h old)",
        "refuses another application's key",
    }, report.render()
    warned = [f.check for f in report.findings if f.outcome == "warn"]
    assert "refuses future timestamp (1 h ahead)" in warned


def test_answering_500_to_a_notification_fails() -> None:
    report = run(handler(status={"notify": 500}))
    assert failed_checks(report) == {"notify"}
    assert all("answered 500" in f.detail for f in report.failures)


def test_a_handler_without_a_replay_guard_is_warned_or_failed() -> None:
    warned = run(handler(guard=False))
    assert warned.ok
    assert [f.check for f in warned.findings if f.outcome == "warn"] == [
        "refuses a replayed request"
    ]
    failed = run(handler(guard=False), require_replay_guard=True)
    assert failed_checks(failed) == {"refuses a replayed request"}


def test_a_handler_slower_than_the_timeout_fails() -> None:
    report = run(handler(delay=0.6), examples=0, timeout_seconds=0.3)
    events = [f for f in report.findings if not f.check.startswith("refuses")]
    assert events and all(f.failed and "no answer within 0.3 s" in f.detail for f in events)


def test_the_same_seed_posts_the_same_events() -> None:
    broken = handler(answers={"pie": {"action": {"name": "park"}}})
    first, second = run(broken), run(broken)
    examples = [
        [json.loads(f.example or "") for f in r.failures if "generated" in f.check]
        for r in (first, second)
    ]
    for event in examples[0] + examples[1]:
        del event["timestamp"]  # the moment of sending: the one field a seed does not fix
    assert examples[0] == examples[1] and len(examples[0]) == 5


def test_the_command_exits_0_1_or_2_and_never_prints_the_secret(
    capsys: pytest.CaptureFixture[str],
) -> None:
    credentials = f"{DEMO_APPLICATION_KEY}:{DEMO_APPLICATION_SECRET}"
    with serving(handler()) as good, serving(handler(status={"dice": 503})) as bad:
        assert main(["check-callbacks", good, "--application", credentials, "--examples", "2"]) == 0
        assert main(["check-callbacks", bad, "--application", credentials, "--seed", "1"]) == 1
    out = capsys.readouterr().out
    assert "FAIL dice" in out and "answered 503" in out
    assert DEMO_APPLICATION_SECRET not in out
    assert main(["check-callbacks", "ftp://example.com/cb", "--application", credentials]) == 2
    assert main(["check-callbacks", "http://127.0.0.1:9/cb", "--application", "k:not-b64!"]) == 2
    with pytest.raises(SystemExit) as usage:
        main(["check-callbacks", "http://127.0.0.1:9/cb", "--application", "no-colon"])
    assert usage.value.code == 2
    assert DEMO_APPLICATION_SECRET not in capsys.readouterr().err


def test_an_unreachable_handler_is_one_failure() -> None:
    from tests.servers import closed_port_url

    report = check_callbacks(closed_port_url(), DEMO_APPLICATION_KEY, DEMO_APPLICATION_SECRET)
    assert [(f.check, f.outcome) for f in report.findings] == [("reach the handler", "fail")]
    assert "cannot connect" in report.findings[0].detail


def test_a_handler_with_other_credentials_is_told_why() -> None:
    with serving(handler()) as url:
        report = check_callbacks(url, DEMO_APPLICATION_KEY, "d3Jvbmc=", examples=1, seed=1)
    signed = [f for f in report.failures if not f.check.startswith("refuses")]
    assert signed and all("key and secret" in f.detail for f in signed)


def test_a_handler_that_stops_mid_run_ends_the_check_with_one_failure() -> None:
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    class RefuseTenThenStop(BaseHTTPRequestHandler):
        answered = 0

        def do_POST(self) -> None:
            self.rfile.read(int(self.headers.get("Content-Length", 0)))
            self.send_response(401)
            self.send_header("Content-Length", "0")
            self.end_headers()
            RefuseTenThenStop.answered += 1
            if RefuseTenThenStop.answered == 10:  # the listener goes away, as a crash would
                threading.Thread(target=stop).start()

        def log_message(self, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), RefuseTenThenStop)

    def stop() -> None:
        server.shutdown()
        server.server_close()

    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}/cb"
    report = check_callbacks(url, DEMO_APPLICATION_KEY, DEMO_APPLICATION_SECRET, examples=20)
    assert report.findings[-1].check == "reach the handler"
    assert "cannot connect" in report.findings[-1].detail
    assert 10 <= len(report.findings) < 20
    assert len(report.render().splitlines()) < 40


def test_generated_events_stay_realistic_where_a_handler_may_rely_on_it() -> None:
    """Drawn fields are merged into Sinch's example at every level; the application key and
    the timestamp stay real, so a handler that checks them is not failed for it."""
    seen: list[dict[str, Any]] = []

    async def strict(request: Request) -> Response:
        event = json.loads(await request.body())
        if request.headers.get("authorization"):
            seen.append(event)
        if event.get("applicationKey", DEMO_APPLICATION_KEY) != DEMO_APPLICATION_KEY:
            return Response(status_code=403)
        reply = VALID.get(event["event"])
        return JSONResponse(reply) if reply else Response(status_code=200)

    report = run(Starlette(routes=[Route("/cb", strict, methods=["POST"])]), examples=15)
    generated = [f for f in report.findings if "generated" in f.check]
    assert generated and all(not f.failed for f in generated), report.render()
    pies = [e for e in seen if e["event"] == "pie"]
    assert pies and all(isinstance(e.get("menuResult"), dict) for e in pies)
    assert all("menuId" in e["menuResult"] for e in pies)  # kept from the example when not drawn


# -- handlers the user does not control: bounded in time and memory --------------------------------


@pytest.fixture(scope="module")
def hostile() -> Iterator[str]:
    with serve_asgi(hostile_handlers()) as url:
        yield url


@pytest.mark.parametrize("route", ["/endless", "/bomb"])
def test_an_answer_that_never_ends_or_inflates_is_too_large(hostile: str, route: str) -> None:
    started = time.monotonic()
    report = check_callbacks(
        hostile + route, DEMO_APPLICATION_KEY, DEMO_APPLICATION_SECRET, examples=1, seed=1
    )
    assert time.monotonic() - started < 30
    events = [f for f in report.findings if not f.check.startswith("refuses")]
    assert events and all(f.failed and "too large" in f.detail for f in events), report.render()


def test_an_answer_dripped_a_byte_at_a_time_times_out_once_for_all(hostile: str) -> None:
    """httpx's timeout is per read: only one deadline for the whole exchange ends a drip,
    and a handler that never answers in time is one failure, not one per event."""
    started = time.monotonic()
    report = check_callbacks(
        hostile + "/drip", DEMO_APPLICATION_KEY, DEMO_APPLICATION_SECRET, timeout_seconds=1.0
    )
    elapsed = time.monotonic() - started
    assert elapsed < 10, f"took {elapsed:.1f} s"
    assert report.findings[-1].check == "reach the handler"
    assert "no answer within 1 s to 3 requests in a row" in report.findings[-1].detail
    assert all("no answer within 1 s" in f.detail for f in report.failures)


def test_the_report_shows_a_handlers_escape_sequences_without_running_them(hostile: str) -> None:
    report = check_callbacks(
        hostile + "/escapes", DEMO_APPLICATION_KEY, DEMO_APPLICATION_SECRET, examples=0
    )
    text = report.render()
    assert "not valid SVAML for ice" in text
    assert "\\x1b[2J\\x1b]0;pwned\\x07" in text  # shown escaped...
    assert all(c.isprintable() for line in text.splitlines() for c in line)  # ...never raw


@pytest.mark.parametrize(
    ("second", "outcome", "says"),
    [
        (200, "warn", "accepted twice (200, then 200)"),
        (409, "pass", "answered 200, then 409"),
    ],
)
def test_a_replay_is_accepted_twice_only_when_both_answers_were_2xx(
    second: int, outcome: str, says: str
) -> None:
    answers = iter([200, second])
    app = _replay_handler(lambda: next(answers, 200))
    finding = _replay_finding(run(app, examples=0))
    assert (finding.outcome, says in finding.detail) == (outcome, True), finding


@pytest.mark.parametrize("first", [500, 401])
def test_a_replay_the_handler_never_accepted_is_not_called_accepted(first: int) -> None:
    app = _replay_handler(lambda: first)
    finding = _replay_finding(run(app, examples=0))
    assert "accepted twice" not in finding.detail
    assert finding.outcome == "warn" and "could not be judged" in finding.detail
    assert f"answered {first}" in finding.detail


def _replay_handler(status: Callable[[], int]) -> Starlette:
    """Answers DiCE with `status()`; every other event as a correct handler would."""
    correct = handler()

    async def receive(request: Request) -> Response:
        body = await request.body()
        if b'"dice"' in body and request.headers.get("authorization"):
            return Response(status_code=status())
        return Response(status_code=400)

    return Starlette(routes=[Route("/cb", receive, methods=["POST"]), *correct.routes[1:]])


def _replay_finding(report: CallbackCheckReport) -> Finding:
    return next(f for f in report.findings if f.check == "refuses a replayed request")


def test_an_https_handler_behind_a_private_ca_is_checked_with_cafile(
    certificate: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    cert, key = certificate
    credentials = f"{DEMO_APPLICATION_KEY}:{DEMO_APPLICATION_SECRET}"
    with serve_asgi(handler(), ssl_certfile=str(cert), ssl_keyfile=str(key)) as url:
        arguments = [
            "check-callbacks",
            url + "/cb",
            "--application",
            credentials,
            "--examples",
            "1",
        ]
        assert main([*arguments, "--cafile", str(cert)]) == 0
        assert main(arguments) == 1
    out = capsys.readouterr().out
    assert "certificate does not verify" in out and "--cafile" in out


@pytest.mark.parametrize(
    ("arguments", "says"),
    [
        (["http://[::1"], "is not a URL"),
        (["http://"], "names no host"),
        (["ftp://example.com/cb"], "must start with http:// or https://"),
        (["http://127.0.0.1:9/cb", "--timeout", "inf"], "--timeout must be"),
        (["http://127.0.0.1:9/cb", "--timeout", "nan"], "--timeout must be"),
        (["http://127.0.0.1:9/cb", "--timeout", "0"], "--timeout must be"),
        (["http://127.0.0.1:9/cb", "--cafile", "/no/such/ca.pem"], "--cafile /no/such/ca.pem"),
    ],
)
def test_bad_arguments_are_one_line_and_exit_2_before_anything_is_sent(
    arguments: list[str], says: str, capsys: pytest.CaptureFixture[str]
) -> None:
    credentials = f"{DEMO_APPLICATION_KEY}:{DEMO_APPLICATION_SECRET}"
    assert main(["check-callbacks", *arguments, "--application", credentials]) == 2
    captured = capsys.readouterr()
    lines = captured.err.splitlines()
    assert len(lines) == 1 and says in lines[0], captured.err
    assert "Traceback" not in captured.err and captured.out == ""


# The peak RSS of this process alone: VmHWM starts anew at exec (getrusage's ru_maxrss does
# not: it keeps the high-water mark of the process that forked it, here pytest's).
MEASURED_RUN = """
import re, sys
from pathlib import Path
from sinch_voice_mock import main
code = main(sys.argv[1:])
peak = re.search(r"VmHWM:\\s+(\\d+) kB", Path("/proc/self/status").read_text()).group(1)
print("peak RSS KiB", peak, file=sys.stderr)
sys.exit(code)
"""


@pytest.mark.parametrize(
    ("route", "cause"),
    [
        ("/endless", "too large (over 1024 KiB decompressed)"),
        ("/bomb", "too large (over 1024 KiB decompressed)"),
        ("/drip", "no answer within 5 s to 3 requests in a row"),
    ],
)
def test_the_command_against_a_hostile_handler_ends_in_time_and_memory(
    hostile: str, route: str, cause: str
) -> None:
    """The command as a user runs it, with its defaults (25 events per kind, Sinch's 5 s):
    within 60 s, under 300 MB, and the report names the cause."""
    credentials = f"{DEMO_APPLICATION_KEY}:{DEMO_APPLICATION_SECRET}"
    command = [sys.executable, "-c", MEASURED_RUN, "check-callbacks", hostile + route]
    started = time.monotonic()
    result = subprocess.run(
        [*command, "--application", credentials],
        capture_output=True, text=True, timeout=90, check=False,
    )  # fmt: skip
    elapsed = time.monotonic() - started
    peak_kib = int(result.stderr.rsplit("peak RSS KiB", 1)[1])
    assert result.returncode == 1, result.stderr
    assert elapsed < 60, f"{route}: {elapsed:.0f} s"
    assert peak_kib < 300 * 1024, f"{route}: peak RSS {peak_kib // 1024} MiB"
    assert cause in result.stdout, result.stdout[-2000:]


def test_it_runs_from_async_code_too() -> None:
    """The posts run on an event loop of their own; called from one, they get a thread."""

    async def from_a_test() -> CallbackCheckReport:
        with serving(handler()) as url:
            return check_callbacks(
                url, DEMO_APPLICATION_KEY, DEMO_APPLICATION_SECRET, examples=1, seed=3
            )

    report = asyncio.run(from_a_test())
    assert report.ok, report.render()
