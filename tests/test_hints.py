"""Errors that say what to do next: each setup mistake's message ends with one hint, and a hint
for a typo never points somewhere the user did not (Sinch's production host least of all)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from hypothesis import given, strategies as st

from sinch_voice_mock import DEMO_APPLICATION_KEY, DEMO_APPLICATION_SECRET, MockServer
from sinch_voice_toolkit import (
    AuthenticationError,
    SinchConnectionError,
    SinchTlsError,
    VoiceClient,
)
from sinch_voice_toolkit._hints import base_url_suggestion
from tests.servers import closed_port_url
from tests.test_cli_cases import environment, one_line, sinch_voice

WRONG_SECRET = "d3Jvbmctc2VjcmV0"


@pytest.fixture(scope="module")
def mock() -> Iterator[MockServer]:
    with MockServer() as server:
        yield server


def test_a_refused_connection_asks_whether_the_server_is_running() -> None:
    url = closed_port_url().removesuffix("/sinch/callbacks")
    port = url.rsplit(":", 1)[1]
    voice = VoiceClient(DEMO_APPLICATION_KEY, DEMO_APPLICATION_SECRET, base_url=url, retries=None)
    with voice, pytest.raises(SinchConnectionError) as caught:
        voice.applications.get_numbers()
    assert f"nothing is listening at 127.0.0.1:{port}: is the server running?" in str(caught.value)
    assert f"sinch-voice-mock --port {port}" in str(caught.value)  # a local address: the mock


def test_an_invalid_signature_says_to_check_the_secret(mock: MockServer) -> None:
    voice = VoiceClient(DEMO_APPLICATION_KEY, WRONG_SECRET, base_url=mock.url)
    with voice, pytest.raises(AuthenticationError) as caught:
        voice.applications.get_numbers()
    assert caught.value.error_code == 40102
    assert "check the application secret" in str(caught.value)
    assert WRONG_SECRET not in str(caught.value)


def test_https_to_a_plain_http_server_says_to_use_http(mock: MockServer) -> None:
    url = mock.url.replace("http://", "https://")
    voice = VoiceClient(DEMO_APPLICATION_KEY, DEMO_APPLICATION_SECRET, base_url=url)
    with voice, pytest.raises(SinchTlsError) as caught:
        voice.applications.get_numbers()
    assert "answers in plain HTTP, not TLS: use an http:// base URL" in str(caught.value)


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("htp://127.0.0.1:8080", "http://127.0.0.1:8080"),
        ("http//127.0.0.1:8080", "http://127.0.0.1:8080"),
        ("127.0.0.1:8080", "http://127.0.0.1:8080"),
        ("localhost:8080", "http://localhost:8080"),
        ("htps://gateway.example.com/sinch", "https://gateway.example.com/sinch"),
        ("https:/callingapi.sinch.com", "https://callingapi.sinch.com"),
        ("callingapi.sinch.com", "https://callingapi.sinch.com"),
    ],
)
def test_a_base_url_typo_suggests_what_was_meant(typed: str, meant: str) -> None:
    with pytest.raises(ValueError, match=f"did you mean {meant}\\?"):
        VoiceClient(DEMO_APPLICATION_KEY, DEMO_APPLICATION_SECRET, base_url=typed)


HOSTS = st.from_regex(r"[a-z][a-z0-9-]{0,10}(\.[a-z]{2,5}){0,2}", fullmatch=True) | st.sampled_from(
    ["127.0.0.1", "[::1]", "10.0.0.7"]
)
SCHEMES = st.sampled_from(["", "htp://", "http//", "htps://", "https:/", "hhtp://", "ttp://"])


@given(SCHEMES, HOSTS, st.sampled_from(["", ":8080", ":8080/sinch", "/v1"]))
def test_a_suggestion_keeps_the_host_typed_and_never_points_elsewhere(
    scheme: str, host: str, tail: str
) -> None:
    suggestion = base_url_suggestion(scheme + host + tail)
    assert suggestion is not None
    assert suggestion.endswith("://" + host + tail)
    assert "callingapi.sinch.com" not in suggestion or "callingapi.sinch.com" in host


def test_the_cli_says_the_same_in_one_line(mock: MockServer) -> None:
    code, _, err = sinch_voice("--base-url", "htp://127.0.0.1:8080", "numbers", "list",
                               env=environment())  # fmt: skip
    assert code == 2 and "did you mean http://127.0.0.1:8080?" in one_line(err)
    code, _, err = sinch_voice("numbers", "list", env=environment(
        mock, SINCH_APPLICATION_SECRET=WRONG_SECRET))  # fmt: skip
    assert code == 1 and "check the application secret" in one_line(err)
    closed = closed_port_url().removesuffix("/sinch/callbacks")
    code, _, err = sinch_voice("--timeout", "2", "numbers", "list",
                               env=environment(SINCH_VOICE_BASE_URL=closed))  # fmt: skip
    assert code == 1 and "is the server running?" in one_line(err)
    https = mock.url.replace("http://", "https://")
    code, _, err = sinch_voice("numbers", "list", env=environment(SINCH_VOICE_BASE_URL=https))
    assert code == 1 and "use an http:// base URL" in one_line(err)
