"""Every Python block of the README and of the guide's pages runs as written, against the mock.

A block runs with the environment a reader would have set (`SINCH_APPLICATION_KEY`,
`SINCH_APPLICATION_SECRET`, `SINCH_VOICE_BASE_URL` pointing at a fresh mock), and with the
placeholders a reader replaces (`YOUR_APPLICATION_KEY`, Sinch's host, a CA file) replaced by
the mock's. A function or class a block defines and does not use itself is called here with a
reader's arguments (`CALLS`), so no block passes by only defining things. A few blocks are run
by a test of their own that checks more of what they say (`RUN_BY`).
"""

from __future__ import annotations

import ast
import contextlib
import io
import json
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import certifi
import httpx
import pytest

from sinch_signing import decode_secret
from sinch_voice_mock import (
    DEFAULT_NUMBERS,
    DEMO_APPLICATION_KEY,
    DEMO_APPLICATION_SECRET,
    MockServer,
)
from sinch_voice_mock._callbacks import signed_callback
from sinch_voice_toolkit import BulkReport, VoiceClient
from tests.doc_pages import ROOT, blocks, pages, text
from tests.example_receivers import receiver
from tests.servers import serve_asgi

# The blocks another test runs, checking what they print or assert: (page, block number) -> that
# test.
RUN_BY = {
    ("docs/placing-calls.md", 0): "tests/test_docs_placing_calls.py",
    ("docs/simulator.md", 0): "tests/test_docs_simulator.py",
}
VOICE_NUMBERS = [
    number for number, capabilities in DEFAULT_NUMBERS.items() if "voice" in capabilities
]
ICE = {
    "event": "ice",
    "callid": "c-1",
    "cli": "+46708168731",
    "to": {"type": "number", "endpoint": "+14155550100"},
}


def signed_post(path: str, event: dict[str, Any]) -> tuple[str, str, dict[str, str], bytes]:
    """(method, path, headers, body) of a callback as Sinch signs it."""
    body = json.dumps(event).encode()
    secret = decode_secret(DEMO_APPLICATION_SECRET)
    at = datetime.now(UTC)
    headers = signed_callback(f"http://127.0.0.1{path}", body, DEMO_APPLICATION_KEY, secret, at)
    return "POST", path, headers, body


class DictStore:
    """What `redis.Redis().set(name, value, nx=True, ex=ttl)` does, in a dict."""

    def __init__(self) -> None:
        self.values: dict[str, int] = {}

    def set(self, name: str, value: int, *, nx: bool, ex: int) -> bool | None:
        if nx and name in self.values:
            return None
        self.values[name] = value
        return True


def call_receiver(ns: dict[str, Any], tmp_path: Path, mock: MockServer) -> None:
    method, path, headers, body = signed_post("/sinch/callbacks", ICE)
    reply = ns["receiver"].handle(method=method, path=path, headers=headers, body=body)
    assert reply.status == 200 and json.loads(reply.body)["action"]["name"] == "connectPstn"


def call_app(ns: dict[str, Any], tmp_path: Path, mock: MockServer) -> None:
    method, path, headers, body = signed_post("/sinch/callbacks", ICE)
    with serve_asgi(ns["app"]) as url:
        answered = httpx.request(method, url + path, headers=headers, content=body, timeout=10)
    assert answered.status_code == 200 and answered.json()["action"]["name"] == "connectPstn"


def call_on_callback(ns: dict[str, Any], tmp_path: Path, mock: MockServer) -> None:
    request = signed_post("/sinch/callbacks", ICE)
    first, again = ns["on_callback"](*request), ns["on_callback"](*request)
    assert (first[0] if isinstance(first, tuple) else first) == 200, first
    assert (again[0] if isinstance(again, tuple) else again) == 401  # the replay


def call_guard_for(ns: dict[str, Any], tmp_path: Path, mock: MockServer) -> None:
    guard = ns["guard_for"](DictStore())
    assert guard.first_time("signature", 300) is True
    assert guard.first_time("signature", 300) is False


def call_check_my_handler(ns: dict[str, Any], tmp_path: Path, mock: MockServer) -> None:
    with receiver("starlette") as (url, _):
        ns["check_my_handler"](url, DEMO_APPLICATION_KEY, DEMO_APPLICATION_SECRET)


def call_assign_all(ns: dict[str, Any], tmp_path: Path, mock: MockServer) -> None:
    ns["assign_all"](VOICE_NUMBERS)
    with VoiceClient() as voice:
        assigned = {n.number for n in voice.applications.get_numbers() if n.applicationkey}
    assert assigned == set(VOICE_NUMBERS)


def call_unassign_then_resume(ns: dict[str, Any], tmp_path: Path, mock: MockServer) -> None:
    """Un-assign with one request failing, then resume the saved report."""
    with VoiceClient() as voice:
        voice.applications.assign_numbers(VOICE_NUMBERS, capability="voice")
    mock.control("POST", "/faults", json={"schedule": ["500"]})  # not retried: one fails
    saved = str(tmp_path / "unassign-report.json")
    ns["unassign_resumably"](VOICE_NUMBERS, saved=saved)
    assert len(BulkReport.load(saved).pending) == 1  # what failed is pending again
    report = ns["resume"](saved)
    assert set(report.done) == set(VOICE_NUMBERS) and not report.pending
    with VoiceClient() as voice:
        assert not [n for n in voice.applications.get_numbers() if n.applicationkey]


# What a reader would do with the functions and classes a block defines and leaves unused
# (keyed by their names, sorted): each is called with a reader's arguments.
CALLS: dict[tuple[str, ...], Callable[[dict[str, Any], Path, MockServer], None]] = {
    ("receiver",): call_receiver,
    ("app",): call_app,
    ("on_callback",): call_on_callback,
    ("guard_for",): call_guard_for,
    ("check_my_handler",): call_check_my_handler,
    ("assign_all",): call_assign_all,
    ("resume", "unassign_resumably"): call_unassign_then_resume,
}


REPLACED = {  # what a reader replaces in a block: placeholder -> what it becomes here
    '"YOUR_APPLICATION_KEY"': repr(DEMO_APPLICATION_KEY),
    '"YOUR_APPLICATION_SECRET"': repr(DEMO_APPLICATION_SECRET),
    '"/etc/ssl/corporate-ca.pem"': repr(certifi.where()),
}


def all_blocks() -> list[tuple[str, int, str]]:
    return [(page, n, code) for page in pages() for n, code in enumerate(blocks(text(page)))]


BLOCKS = all_blocks()
RUN_HERE = [block for block in BLOCKS if block[:2] not in RUN_BY]


def unused_definitions(code: str) -> list[str]:
    """The top-level functions, classes and variables of a block that it never names again."""
    tree = ast.parse(code)
    defined: list[str] = []
    for node in tree.body:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            defined.append(node.name)
        elif isinstance(node, ast.Assign):
            defined += [target.id for target in node.targets if isinstance(target, ast.Name)]
    used = {n.id for n in ast.walk(tree) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load)}
    return [name for name in defined if name not in used]


@pytest.fixture
def mock(monkeypatch: pytest.MonkeyPatch) -> Iterator[MockServer]:
    with MockServer() as server:
        monkeypatch.setenv("SINCH_APPLICATION_KEY", DEMO_APPLICATION_KEY)
        monkeypatch.setenv("SINCH_APPLICATION_SECRET", DEMO_APPLICATION_SECRET)
        monkeypatch.setenv("SINCH_VOICE_BASE_URL", server.url)
        monkeypatch.delenv("SINCH_VOICE_REGION", raising=False)
        monkeypatch.setenv("FORWARD_TO", "+46730170101")
        yield server


@pytest.mark.parametrize(
    ("page", "number", "code"), RUN_HERE, ids=[f"{p}:{n}" for p, n, _ in RUN_HERE]
)
def test_the_block_runs_as_written(
    page: str,
    number: int,
    code: str,
    mock: MockServer,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for placeholder, value in REPLACED.items():
        code = code.replace(placeholder, value)
    code = code.replace('"https://callingapi.sinch.com"', repr(mock.url))
    monkeypatch.chdir(tmp_path)
    namespace: dict[str, Any] = {"__name__": "doc_block"}
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        exec(compile(code, f"{page} block {number}", "exec"), namespace)  # noqa: S102
        unused = tuple(sorted(unused_definitions(code)))
        if unused:
            assert unused in CALLS, f"{page} block {number} defines {unused} and nothing calls them"
            CALLS[unused](namespace, tmp_path, mock)
    assert "Traceback" not in printed.getvalue()


def test_the_blocks_run_elsewhere_are_read_there() -> None:
    assert set(RUN_BY) <= {(page, n) for page, n, _ in BLOCKS}
    for (page, _), other in RUN_BY.items():
        assert page in (ROOT / other).read_text(encoding="utf-8"), f"{other} does not read {page}"


def test_every_call_here_is_for_a_block_that_exists() -> None:
    unused = {tuple(sorted(unused_definitions(code))) for _, _, code in BLOCKS}
    assert set(CALLS) <= unused, set(CALLS) - unused
