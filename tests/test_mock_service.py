"""The mock as a shared service: project isolation, a locked control plane, hostile input.

Each attack from the mock's threat list is made for real against a running mock: another
project's application, a control call without the token, bodies far over the cap, JSON nested
past any parser's limit, and SIGTERM while a slow fault sleeps.
"""

from __future__ import annotations

import contextlib
import itertools
import json
import os
import re
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from sinch_signing import ApplicationAuth
from sinch_voice_mock import (
    DEMO_APPLICATION_KEY,
    DEMO_APPLICATION_SECRET,
    FaultPlan,
    MockServer,
    MockState,
)
from sinch_voice_toolkit import ForbiddenError, NotFoundError, VoiceClient
from sinch_voice_toolkit._errors import BadRequestError

A1, A2, B1 = "app-a1", "app-a2", "app-b1"
SECRET_A1, SECRET_A2, SECRET_B1 = "c2VjcmV0LWEx", "c2VjcmV0LWEy", "c2VjcmV0LWIx"
A_NUMBER, B_NUMBER = "+46730170101", "+14155550100"
WORLD = {
    "applications": [
        {"key": A1, "secret": SECRET_A1, "project": "project-a"},
        {"key": A2, "secret": SECRET_A2, "project": "project-a"},
        {"key": B1, "secret": SECRET_B1, "project": "project-b",
         "callbacks": {"primary": "https://b.example.com/cb"}},
    ],
    "numbers": [
        {"number": A_NUMBER, "capabilities": ["voice", "sms"], "project": "project-a",
         "assigned": {"voice": A1}},
        {"number": B_NUMBER, "capabilities": ["voice"], "project": "project-b",
         "assigned": {"voice": B1}},
    ],
}  # fmt: skip


@pytest.fixture(scope="module")
def mock() -> Iterator[MockServer]:
    with MockServer(MockState.from_mapping(WORLD), max_body_bytes=64 * 1024) as server:
        yield server


@pytest.fixture(autouse=True)
def fresh_world(mock: MockServer) -> None:
    mock.reset()


def as_app(mock: MockServer, key: str, secret: str) -> VoiceClient:
    return VoiceClient(key, secret, base_url=mock.url, retries=None)


# -- projects -------------------------------------------------------------------------------------


def test_each_project_sees_only_its_numbers(mock: MockServer) -> None:
    with as_app(mock, A1, SECRET_A1) as a1, as_app(mock, B1, SECRET_B1) as b1:
        assert {n.number for n in a1.applications.get_numbers()} == {A_NUMBER}
        assert {n.number for n in b1.applications.get_numbers()} == {B_NUMBER}


@pytest.mark.parametrize(
    "call",
    [
        lambda v: v.applications.get_callback_urls(B1),
        lambda v: v.applications.update_callback_urls(
            primary="https://evil.example/cb", application_key=B1
        ),
        lambda v: v.applications.assign_numbers([A_NUMBER], application_key=B1),
        lambda v: v.applications.unassign_number(B_NUMBER, application_key=B1),
    ],
    ids=["read callbacks", "set callbacks", "assign to", "unassign from"],
)
def test_another_projects_application_is_forbidden(mock: MockServer, call: object) -> None:
    before = mock.state.to_mapping()
    with as_app(mock, A1, SECRET_A1) as a1, pytest.raises(ForbiddenError) as caught:
        call(a1)  # type: ignore[operator]
    assert caught.value.status == 403 and caught.value.error_code == 40300
    assert mock.state.to_mapping() == before  # nothing changed


def test_another_projects_numbers_are_not_yours(mock: MockServer) -> None:
    with as_app(mock, A1, SECRET_A1) as a1:
        with pytest.raises(BadRequestError, match="not owned by this project"):
            a1.applications.assign_numbers([B_NUMBER])
        with pytest.raises(BadRequestError, match="not owned by this project"):
            a1.applications.unassign_number(B_NUMBER)
    assert mock.state.assignments[(B_NUMBER, "voice")] == B1


def test_applications_of_one_project_act_on_each_other(mock: MockServer) -> None:
    with as_app(mock, A1, SECRET_A1) as a1:
        a1.applications.update_callback_urls(
            primary="https://a2.example.com/cb", application_key=A2
        )
        assert a1.applications.get_callback_urls(A2).primary == "https://a2.example.com/cb"
        a1.applications.assign_numbers([A_NUMBER], application_key=A2, capability="sms")
        a1.applications.unassign_number(A_NUMBER, application_key=A2, capability="sms")
    with as_app(mock, A2, SECRET_A2) as a2, pytest.raises(NotFoundError):
        a2.applications.unassign_number(A_NUMBER, capability="sms")  # A1 released it already


def test_command_line_application_with_project() -> None:
    from sinch_voice_mock._command import _application

    assert _application(f"{A1}:{SECRET_A1}@project-a") == (A1, SECRET_A1, "project-a")
    assert _application(f"{A1}:{SECRET_A1}") == (A1, SECRET_A1, f"project-of-{A1}")
    assert _application(f"{A1}:{SECRET_A1}@default") == (A1, SECRET_A1, "default")


def test_secrets_stay_out_of_reprs_and_the_state_endpoint(mock: MockServer) -> None:
    shown = repr(mock.state) + repr(mock.state.applications)
    state = mock.control("GET", "/state").json()
    for secret in (SECRET_A1, SECRET_A2, SECRET_B1):
        assert secret not in shown and secret not in json.dumps(state)
    assert {app["key"]: app["project"] for app in state["applications"]} == {
        A1: "project-a", A2: "project-a", B1: "project-b"
    }  # fmt: skip


# -- the control plane ----------------------------------------------------------------------------

CONTROL_CALLS = [
    ("POST", "/_mock/faults", {"schedule": ["500"] * 10}),
    ("DELETE", "/_mock/faults", None),
    ("GET", "/_mock/faults", None),
    ("GET", "/_mock/deliveries", None),
    ("GET", "/_mock/state", None),
    ("POST", "/_mock/reset", None),
    ("POST", f"/_mock/applications/{B1}/events", {"event": "ice"}),
]


@pytest.mark.parametrize(("method", "path", "body"), CONTROL_CALLS)
@pytest.mark.parametrize("authorization", [None, "Bearer wrong-token", "Basic eDp5"])
def test_control_plane_refuses_without_its_token(
    mock: MockServer, method: str, path: str, body: object, authorization: str | None
) -> None:
    headers = {"Authorization": authorization} if authorization else {}
    before = mock.state.to_mapping()
    response = httpx.request(method, mock.url + path, json=body, headers=headers)
    assert response.status_code == 401
    assert mock.faults.schedule == [] and mock.state.to_mapping() == before
    assert mock.control("GET", "/deliveries").json() == []  # no event was sent


def test_control_plane_with_its_token(mock: MockServer) -> None:
    assert mock.control_token and len(mock.control_token) >= 24
    assert mock.control("POST", "/faults", json={"schedule": ["503"]}).status_code == 200
    assert mock.faults.schedule == ["503"]
    mock.state.assignments.clear()
    assert mock.control("POST", "/reset").status_code == 200
    assert mock.state.assignments[(A_NUMBER, "voice")] == A1 and mock.faults.schedule == []


def test_tokens_are_random_per_start_unless_given() -> None:
    with MockServer() as one, MockServer() as two, MockServer(control_token="fixed") as three:
        assert one.control_token != two.control_token
        assert three.control_token == "fixed"
        assert three.control("GET", "/state").status_code == 200


def test_no_control_plane_at_all() -> None:
    with MockServer(control=False) as mock:
        assert mock.control_token is None
        for method, path, body in CONTROL_CALLS:
            response = httpx.request(method, mock.url + path, json=body)
            assert response.status_code in (404, 405), path


# -- hostile input --------------------------------------------------------------------------------


def signed(key: str = A1, secret: str = SECRET_A1) -> httpx.Client:
    return httpx.Client(auth=ApplicationAuth(key, secret), timeout=30)


def test_a_body_over_the_cap_is_413_before_anything_else(mock: MockServer) -> None:
    big = b'{"numbers": ["' + b"1" * (65 * 1024) + b'"]}'
    with httpx.Client(timeout=30) as plain:  # unsigned: the size is refused before auth
        response = plain.post(f"{mock.url}/v1/configuration/numbers", content=big,
                              headers={"Content-Type": "application/json"})  # fmt: skip
    assert response.status_code == 413
    assert response.json()["errorCode"] == 41300 and len(response.content) < 300

    def chunks() -> Iterator[bytes]:  # no Content-Length: counted as it arrives
        for _ in range(100):
            yield b"1" * 4096

    with signed() as client:
        response = client.post(f"{mock.url}/v1/configuration/numbers", content=chunks(),
                                headers={"Content-Type": "application/json"})  # fmt: skip
    assert response.status_code == 413


def test_a_large_invalid_value_is_not_echoed(mock: MockServer) -> None:
    value = "+" + "9" * 50_000
    with signed() as client:
        response = client.post(f"{mock.url}/v1/configuration/numbers", json={"numbers": [value]})
    assert response.status_code == 400 and response.json()["errorCode"] == 40001
    assert len(response.json()["message"]) < 200


@pytest.mark.parametrize(
    "body",
    [
        b'{"numbers": ' + b"[" * 30_000 + b"]" * 30_000 + b"}",  # past Python's parser
        b'{"numbers": ["+46730170101"], "capability": ' + b"[" * 900 + b"]" * 900 + b"}",
        b'{"numbers": ["+4673017\xff0101"]}',  # not UTF-8
    ],
    ids=["deeper-than-the-parser", "deep-value", "invalid-utf-8"],
)
def test_malformed_json_is_a_400(mock: MockServer, body: bytes) -> None:
    with signed() as client:
        response = client.post(f"{mock.url}/v1/configuration/numbers", content=body,
                               headers={"Content-Type": "application/json"})  # fmt: skip
    assert response.status_code == 400
    assert response.json()["errorCode"] in (40001, 40003)


def mock_process(*args: str) -> tuple[subprocess.Popen[str], str]:
    """`sinch-voice-mock` on a free port; returns the process and its URL."""
    command = [
        sys.executable,
        "-c",
        "import sys; from sinch_voice_mock import main; sys.exit(main())",
    ]
    process = subprocess.Popen(
        [*command, "--port", "0", *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        text=True, env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )  # fmt: skip
    assert process.stdout is not None
    first = process.stdout.readline()
    match = re.search(r"listening on (http://\S+)", first)
    assert match, first
    return process, match.group(1)


def rss_kib(pid: int) -> int:
    status = Path(f"/proc/{pid}/status").read_text()
    match = re.search(r"VmRSS:\s+(\d+) kB", status)
    assert match
    return int(match.group(1))


def test_huge_bodies_do_not_grow_the_mock() -> None:
    process, url = mock_process()
    try:
        before = rss_kib(process.pid)

        def post_100_mib() -> None:
            def chunks() -> Iterator[bytes]:
                for _ in range(100):
                    yield b"x" * (1024 * 1024)

            # The mock may close the connection once it has answered 413.
            with contextlib.suppress(httpx.HTTPError):
                httpx.post(f"{url}/v1/configuration/numbers", content=chunks(), timeout=60)

        threads = [threading.Thread(target=post_100_mib) for _ in range(4)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(120)
        grown_mib = (rss_kib(process.pid) - before) / 1024
        assert grown_mib < 40, f"the mock grew by {grown_mib:.0f} MiB"
    finally:
        process.terminate()
        process.wait(10)


def test_sigterm_stops_the_mock_while_a_slow_fault_sleeps() -> None:
    process, url = mock_process("--control-token", "t0ken")
    try:
        plan = {"schedule": ["slow"], "slowSeconds": 60}
        headers = {"Authorization": "Bearer t0ken"}
        assert httpx.post(f"{url}/_mock/faults", json=plan, headers=headers).status_code == 200

        def wait_for_the_slow_answer() -> None:
            with contextlib.suppress(httpx.HTTPError):  # the mock stops before it answers
                httpx.get(f"{url}/v1/configuration/numbers", timeout=90)

        waiting = threading.Thread(target=wait_for_the_slow_answer, daemon=True)
        waiting.start()
        time.sleep(0.5)  # the request is now inside its 60 s sleep
        started = time.monotonic()
        process.send_signal(signal.SIGTERM)
        process.wait(15)
        assert time.monotonic() - started < 1.0  # docs/guarantees.md: "within a second"
    finally:
        if process.poll() is None:
            process.kill()
            process.wait(10)


def test_start_up_prints_the_token_and_honours_no_control() -> None:
    process, url = mock_process("--control-token", "printed-token")
    try:
        assert process.stdout is not None
        banner = iter(process.stdout.readline, "")  # up to its last line
        lines = list(itertools.takewhile(lambda line: "Press Ctrl-C" not in line, banner))
        assert any("Control token (for /_mock/...): printed-token" in line for line in lines)
    finally:
        process.terminate()
        process.wait(10)
    process, url = mock_process("--no-control")
    try:
        assert httpx.get(f"{url}/_mock/state").status_code == 404
    finally:
        process.terminate()
        process.wait(10)


def test_a_faulted_world_is_reset_too(mock: MockServer) -> None:
    mock.faults = FaultPlan(schedule=["503"])
    mock.control("POST", "/reset")
    assert mock.faults.schedule == []


@pytest.mark.parametrize(
    ("key", "status"),
    [
        ("k" * 5_000, 404),  # a well-formed key no application has
        ("k" * 5_000 + "%1B%5B2J", 400),  # an escape sequence, percent-encoded: not a key
    ],
)
def test_an_echoed_application_key_is_bounded(mock: MockServer, key: str, status: int) -> None:
    with signed() as client:
        response = client.get(f"{mock.url}/v1/configuration/callbacks/applications/{key}")
    assert response.status_code == status
    message = response.json()["message"]
    assert len(message) < 200 and "\x1b" not in message


def test_an_application_without_a_project_is_not_the_demos_neighbour() -> None:
    """`--application KEY:SECRET` gets a project of its own: the demo credentials, which are
    public, can neither read its callback URLs nor touch it."""
    process, url = mock_process("--application", f"{A1}:{SECRET_A1}")
    try:
        with VoiceClient(A1, SECRET_A1, base_url=url) as own:
            own.applications.update_callback_urls(primary="https://a1.example.com/cb")
        with VoiceClient(
            DEMO_APPLICATION_KEY, DEMO_APPLICATION_SECRET, base_url=url, retries=None
        ) as demo:
            with pytest.raises(ForbiddenError):
                demo.applications.get_callback_urls(A1)
            with pytest.raises(ForbiddenError):
                demo.applications.update_callback_urls(
                    primary="https://evil.example.com", application_key=A1
                )
        with VoiceClient(A1, SECRET_A1, base_url=url) as own:
            assert own.applications.get_callback_urls().primary == "https://a1.example.com/cb"
    finally:
        process.terminate()
        process.wait(10)
