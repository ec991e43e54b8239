"""`SINCH_VOICE_LOG=info|debug`: one line per attempt, and never a secret, even at debug."""

from __future__ import annotations

import asyncio
import base64
import json
import logging
from collections.abc import Iterator
from typing import Any

import pytest

from sinch_voice_toolkit import (
    AsyncVoiceClient,
    AuthenticationError,
    NotFoundError,
    RetryPolicy,
    VoiceClient,
    connect,
)
from sinch_voice_toolkit.transport._attempt_log import LOGGER_NAME, _SwitchHandler
from tests.conftest import TEST_KEY, TEST_SECRET
from tests.hostile import HostileServer, answer, hang_up, hostile_server, in_turn

POLICY = RetryPolicy(attempts=3, total_seconds=5, wait_initial=0.01, wait_jitter=0)
NUMBERS = json.dumps({"numbers": [{"number": "+14155550100", "capability": "voice"}]})
BASIC_TOKEN = base64.b64encode(f"{TEST_KEY}:{TEST_SECRET}".encode()).decode()
# What must never be shown: the secret as it is, as the server could echo it, and the tokens
# made from it.
SECRETS = (TEST_SECRET, json.dumps(TEST_SECRET)[1:-1], BASIC_TOKEN)


@pytest.fixture
def server() -> Iterator[HostileServer]:
    with hostile_server() as running:
        yield running


@pytest.fixture(autouse=True)
def restore_logging() -> Iterator[None]:
    logger = logging.getLogger(LOGGER_NAME)
    handlers, level = list(logger.handlers), logger.level
    yield
    logger.handlers[:] = handlers
    logger.setLevel(level)


def options(level: str, auth: str = "signed") -> dict[str, Any]:
    return {"retries": POLICY, "environ": {"SINCH_VOICE_LOG": level}, "auth": auth}


def voice(server: HostileServer, level: str, auth: str = "signed") -> VoiceClient:
    return VoiceClient(TEST_KEY, TEST_SECRET, base_url=server.url, **options(level, auth))


async def get_numbers_async(server: HostileServer, level: str, auth: str) -> None:
    async with AsyncVoiceClient(
        TEST_KEY, TEST_SECRET, base_url=server.url, **options(level, auth)
    ) as client:
        await client.applications.get_numbers()


def switch_handlers() -> list[logging.Handler]:
    return [h for h in logging.getLogger(LOGGER_NAME).handlers if isinstance(h, _SwitchHandler)]


def lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if LOGGER_NAME in line]


@pytest.mark.parametrize("level", ["info", "debug", "INFO"])
def test_one_line_per_attempt(
    server: HostileServer, level: str, capsys: pytest.CaptureFixture[str]
) -> None:
    server.writer = in_turn(
        answer(503, json.dumps({"errorCode": 50300, "reference": "ref-503"})),
        hang_up,
        answer(200, NUMBERS),
    )
    with voice(server, level) as client:
        assert [n.number for n in client.applications.get_numbers()] == ["+14155550100"]
    first, second, third = lines(capsys.readouterr().err)
    host = server.url.removeprefix("http://")
    assert f"GET {host}/v1/configuration/numbers: attempt 1 failed (503, " in first
    assert "ms, reference ref-503); retrying in 0.01 s" in first
    assert "attempt 2 failed (SinchConnectionError, " in second and "retrying in" in second
    assert f"GET {host}/v1/configuration/numbers: attempt 3 answered 200 in " in third
    assert third.rstrip().endswith(" ms") == (level.lower() == "info")


def test_the_last_attempt_says_it_gives_up(
    server: HostileServer, capsys: pytest.CaptureFixture[str]
) -> None:
    server.writer = answer(404, json.dumps({"errorCode": 40400}))
    with voice(server, "info") as client, pytest.raises(NotFoundError):
        client.applications.get_numbers()
    (line,) = lines(capsys.readouterr().err)
    assert "attempt 1 failed (404, " in line and line.endswith("giving up")


@pytest.mark.parametrize("auth", ["signed", "basic"])
@pytest.mark.parametrize("mode", ["sync", "async"])
def test_no_secret_reaches_the_log_at_debug(
    server: HostileServer,
    auth: str,
    mode: str,
    capsys: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
) -> None:
    # The server echoes the secret everywhere it can: reference, message and a header.
    echo = json.dumps({"errorCode": 40100, "message": TEST_SECRET, "reference": TEST_SECRET})
    leak = (("X-Echo", f"Basic {BASIC_TOKEN} {TEST_SECRET}"),)
    server.writer = in_turn(answer(503, echo, headers=leak), answer(401, echo, headers=leak))
    caplog.set_level(logging.DEBUG, logger=LOGGER_NAME)
    with pytest.raises(AuthenticationError):
        if mode == "sync":
            with voice(server, "debug", auth) as client:
                client.applications.get_numbers()
        else:
            asyncio.run(get_numbers_async(server, "debug", auth))
    shown = capsys.readouterr().err + caplog.text
    assert len(lines(shown)) >= 2 and "[redacted]" in shown
    assert "'authorization': '[redacted]'" in shown.lower()
    for secret in SECRETS:
        assert secret not in shown


def test_an_unknown_level_is_refused_with_the_choices() -> None:
    with pytest.raises(ValueError, match=r"SINCH_VOICE_LOG must be info or debug, not 'loud'"):
        connect(TEST_KEY, TEST_SECRET, environ={"SINCH_VOICE_LOG": "loud"})


def test_unset_logs_nothing(server: HostileServer, capsys: pytest.CaptureFixture[str]) -> None:
    server.writer = answer(200, NUMBERS)
    with voice(server, "") as client:
        client.applications.get_numbers()
    assert capsys.readouterr().err == ""
    assert not switch_handlers()


def test_making_many_clients_installs_one_handler(server: HostileServer) -> None:
    for _ in range(3):
        voice(server, "info").close()
    assert len(switch_handlers()) == 1
