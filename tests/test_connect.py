"""`connect()`: credentials and base URL from arguments or the environment, auth choice, safety."""

import base64
from typing import Any

import httpx
import pytest

from sinch_signing import ApplicationAuth, BasicAuth, CredentialsError
from sinch_voice.api.numbers import get_numbers
from sinch_voice_toolkit import (
    DEFAULT_BASE_URL,
    DEFAULT_RETRY_POLICY,
    DEFAULT_TIMEOUT,
    SinchTransport,
    connect,
)
from tests.conftest import TEST_KEY, TEST_SECRET
from tests.reference_signing import check_signed_request

ENV = {"SINCH_APPLICATION_KEY": TEST_KEY, "SINCH_APPLICATION_SECRET": TEST_SECRET}


def capture(client_kwargs: dict[str, Any], **connect_kwargs: Any) -> httpx.Request:
    """Make one get_numbers call through connect() and return the request as sent."""
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"numbers": []})

    client = connect(
        **connect_kwargs, httpx_args={"transport": httpx.MockTransport(handler)}, **client_kwargs
    )
    with client:
        get_numbers.sync(client=client)
    return seen[0]


def test_credentials_and_base_url_from_environment() -> None:
    request = capture({}, environ={**ENV, "SINCH_VOICE_BASE_URL": "http://127.0.0.1:9/"})
    assert str(request.url) == "http://127.0.0.1:9/v1/configuration/numbers"
    check_signed_request(request, key=TEST_KEY, secret_b64=TEST_SECRET)


def test_arguments_win_over_environment() -> None:
    other_secret = base64.b64encode(b"another secret").decode()
    request = capture({}, application_key="other-key", application_secret=other_secret, environ=ENV)
    check_signed_request(request, key="other-key", secret_b64=other_secret)
    assert str(request.url).startswith(DEFAULT_BASE_URL)


def test_basic_on_request() -> None:
    request = capture({}, auth="basic", environ=ENV)
    assert (
        request.headers["Authorization"]
        == "Basic " + base64.b64encode(f"{TEST_KEY}:{TEST_SECRET}".encode()).decode()
    )


def test_client_defaults() -> None:
    client = connect(environ=ENV)
    assert client.raise_on_unexpected_status is True
    http = client.get_httpx_client()
    assert http.timeout == DEFAULT_TIMEOUT
    # Signing sits in the transport, below the retries (httpx keeps the transport private).
    transport = http._transport
    assert isinstance(transport, SinchTransport) and isinstance(transport.auth, ApplicationAuth)
    assert transport.policy == DEFAULT_RETRY_POLICY
    assert http.headers["User-Agent"].startswith("sinch-voice-toolkit/")
    basic = connect(environ=ENV, auth="basic", retries=None).get_async_httpx_client()._transport
    assert isinstance(basic, SinchTransport) and isinstance(basic.auth, BasicAuth)
    assert basic.policy.attempts == 1
    assert connect(environ=ENV, timeout=2.5).get_httpx_client().timeout == httpx.Timeout(2.5)


@pytest.mark.parametrize(
    ("environ", "missing"),
    [
        ({}, "SINCH_APPLICATION_KEY"),
        ({"SINCH_APPLICATION_KEY": TEST_KEY}, "SINCH_APPLICATION_SECRET"),
    ],
)
def test_missing_credentials_name_the_variable(environ: dict[str, str], missing: str) -> None:
    with pytest.raises(CredentialsError, match=missing):
        connect(environ=environ)


def test_bad_secret_and_repr_never_show_the_secret() -> None:
    with pytest.raises(CredentialsError) as caught:
        connect(TEST_KEY, "not-base64-%%%")
    assert "not-base64-%%%" not in str(caught.value)
    assert TEST_SECRET not in repr(connect(environ=ENV))
    assert TEST_SECRET not in repr(connect(environ=ENV, auth="basic"))


def test_invalid_arguments() -> None:
    with pytest.raises(ValueError, match="auth must be"):
        connect(environ=ENV, auth="oauth")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="must not contain 'auth'"):
        connect(environ=ENV, httpx_args={"auth": None})


@pytest.mark.parametrize(
    "timeout",
    [0, -1, float("nan"), httpx.Timeout(5.0, read=0), httpx.Timeout(-1)],
)
def test_timeouts_must_be_positive_and_finite(timeout: float | httpx.Timeout) -> None:
    with pytest.raises(ValueError, match="must be a number of seconds > 0"):
        connect(TEST_KEY, TEST_SECRET, timeout=timeout)
