"""Connection settings reach the network: proxies (arguments and variables), TLS, limits.

Every request goes through `SinchTransport`, so httpx's own handling of these settings (which
it skips when a transport is given) is re-created under it; these tests use a real forward
proxy and a real HTTPS server on loopback.
"""

from __future__ import annotations

import asyncio
import ssl
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from sinch_voice_mock import DEMO_APPLICATION_KEY, DEMO_APPLICATION_SECRET, MockServer
from sinch_voice_toolkit import (
    AsyncVoiceClient,
    SinchConnectionError,
    SinchError,
    SinchTlsError,
    VoiceClient,
    connect,
)
from sinch_voice_toolkit.transport._network import environment_proxy
from tests.servers import ForwardProxy, serve_asgi

CREDENTIALS = (DEMO_APPLICATION_KEY, DEMO_APPLICATION_SECRET)


@pytest.fixture(scope="module")
def mock() -> Iterator[MockServer]:
    with MockServer() as server:
        yield server


@pytest.fixture
def proxy() -> Iterator[ForwardProxy]:
    with ForwardProxy() as running:
        yield running


def numbers_through(options: dict[str, Any]) -> int:
    with VoiceClient(*CREDENTIALS, **options) as voice:
        return len(voice.applications.get_numbers())


def test_proxy_variable_is_honoured(mock: MockServer, proxy: ForwardProxy) -> None:
    assert numbers_through({"base_url": mock.url, "environ": {"HTTP_PROXY": proxy.url}}) > 0
    assert [url for url, _ in proxy.requests] == [f"{mock.url}/v1/configuration/numbers"]


@pytest.mark.parametrize(
    "environ",
    [
        {"HTTPS_PROXY": "http://127.0.0.1:9"},  # another scheme's proxy
        {"HTTP_PROXY": "proxy", "NO_PROXY": "127.0.0.1"},
        {"http_proxy": "proxy", "no_proxy": "localhost, 127.0.0.0/8"},
        {"ALL_PROXY": "proxy", "NO_PROXY": "*"},
    ],
)
def test_proxy_variables_that_do_not_apply(
    mock: MockServer, proxy: ForwardProxy, environ: dict[str, str]
) -> None:
    environ = {k: proxy.url if v == "proxy" else v for k, v in environ.items()}
    assert numbers_through({"base_url": mock.url, "environ": environ}) > 0
    assert proxy.requests == []


def test_trust_env_false_ignores_the_variables(mock: MockServer, proxy: ForwardProxy) -> None:
    options = {"base_url": mock.url, "environ": {"HTTP_PROXY": proxy.url}, "trust_env": False}
    assert numbers_through(options) > 0
    assert proxy.requests == []


@pytest.mark.parametrize("how", ["argument", "httpx_args"])
def test_explicit_proxy_with_credentials(mock: MockServer, proxy: ForwardProxy, how: str) -> None:
    proxy_url = proxy.url.replace("http://", "http://user:proxy-pass@")
    given = {"proxy": proxy_url} if how == "argument" else {"httpx_args": {"proxy": proxy_url}}
    with VoiceClient(*CREDENTIALS, base_url=mock.url, environ={}, **given) as voice:
        assert voice.applications.get_numbers()
        assert "proxy-pass" not in repr(voice) and "proxy-pass" not in repr(voice.client)
    ((url, authorization),) = proxy.requests
    assert url.startswith(mock.url)
    assert authorization == "Basic dXNlcjpwcm94eS1wYXNz"  # user:proxy-pass


def test_async_client_uses_the_proxy(mock: MockServer, proxy: ForwardProxy) -> None:
    async def run() -> int:
        async with AsyncVoiceClient(*CREDENTIALS, base_url=mock.url, proxy=proxy.url) as voice:
            return len(await voice.applications.get_numbers())

    assert asyncio.run(run()) > 0
    assert len(proxy.requests) == 1


def test_limits_take_effect(mock: MockServer, proxy: ForwardProxy) -> None:
    async def eight_at_once(limits: httpx.Limits | None) -> None:
        extra = {"limits": limits} if limits else {}
        async with AsyncVoiceClient(
            *CREDENTIALS, base_url=mock.url, proxy=proxy.url, httpx_args=extra
        ) as voice:
            await asyncio.gather(*(voice.applications.get_numbers() for _ in range(8)))

    asyncio.run(eight_at_once(None))
    assert proxy.most_at_once > 1  # without limits, the eight calls do overlap
    proxy.wait_idle()  # the first client's connections are counted out before counting again
    proxy.most_at_once = 0
    asyncio.run(eight_at_once(httpx.Limits(max_connections=1)))
    assert (len(proxy.requests), proxy.most_at_once) == (16, 1)


# -- TLS ------------------------------------------------------------------------------------------


async def numbers_app(scope: dict[str, Any], receive: Any, send: Any) -> None:
    """A stand-in that answers every request with an empty number list."""
    await send({"type": "http.response.start", "status": 200,
                "headers": [(b"content-type", b"application/json")]})  # fmt: skip
    await send({"type": "http.response.body", "body": b'{"numbers": []}'})


@pytest.fixture(scope="module")
def https_url(certificate: tuple[Path, Path]) -> Iterator[str]:
    cert, key = certificate
    with serve_asgi(numbers_app, ssl_certfile=str(cert), ssl_keyfile=str(key)) as url:
        yield url


def test_tls_is_verified_by_default(https_url: str) -> None:
    with (
        VoiceClient(*CREDENTIALS, base_url=https_url, retries=None) as voice,
        pytest.raises(SinchConnectionError, match="CERTIFICATE_VERIFY_FAILED"),
    ):
        voice.applications.get_numbers()


@pytest.mark.parametrize("where", ["bad certificate", "no TLS there"])
def test_tls_failures_are_not_retried(https_url: str, where: str) -> None:
    """A failed handshake fails the same way again: one attempt, a SinchTlsError."""
    if where == "no TLS there":
        with serve_asgi(numbers_app) as plain:  # https:// to a port that speaks plain HTTP
            url = plain.replace("http://", "https://")
            error = _first_error(url)
    else:
        error = _first_error(https_url)
    assert isinstance(error, SinchTlsError) and isinstance(error, SinchConnectionError)
    assert error.attempts == 1


def _first_error(base_url: str) -> SinchError:
    with VoiceClient(*CREDENTIALS, base_url=base_url) as voice:  # the default retry policy
        try:
            voice.applications.get_numbers()
        except SinchError as error:
            return error
    raise AssertionError("the call succeeded")


@pytest.mark.parametrize("how", ["context", "httpx_args", "off"])
def test_verify_takes_a_context_or_false(
    https_url: str, certificate: tuple[Path, Path], how: str
) -> None:
    cert = str(certificate[0])
    given: Any = {
        "context": {"verify": ssl.create_default_context(cafile=cert)},
        "httpx_args": {"httpx_args": {"verify": ssl.create_default_context(cafile=cert)}},
        "off": {"verify": False},
    }[how]
    assert numbers_through({"base_url": https_url, **given}) == 0


def test_conflicting_settings_are_refused() -> None:
    with pytest.raises(ValueError, match="mounts"):
        connect(*CREDENTIALS, httpx_args={"mounts": {}})
    with pytest.raises(ValueError, match="verify once"):
        connect(*CREDENTIALS, verify=False, httpx_args={"verify": True})
    with pytest.raises(ValueError, match="network settings"):
        transport = httpx.MockTransport(lambda request: httpx.Response(200))
        connect(*CREDENTIALS, httpx_args={"verify": False, "transport": transport})


@pytest.mark.parametrize(
    ("url", "environ", "expected"),
    [
        ("https://callingapi.sinch.com", {"HTTPS_PROXY": "http://p:1"}, "http://p:1"),
        ("https://callingapi.sinch.com", {"HTTP_PROXY": "http://p:1"}, None),
        ("https://callingapi.sinch.com", {"ALL_PROXY": "http://p:1"}, "http://p:1"),
        ("https://a.sinch.com", {"https_proxy": "http://low:1", "HTTPS_PROXY": "http://up:1"},
         "http://low:1"),
        ("https://callingapi.sinch.com", {"ALL_PROXY": "http://p:1", "NO_PROXY": "sinch.com"},
         None),
        ("https://callingapi.sinch.com", {"ALL_PROXY": "http://p:1", "NO_PROXY": ".sinch.com"},
         None),
        ("https://notsinch.com", {"ALL_PROXY": "http://p:1", "NO_PROXY": "sinch.com"},
         "http://p:1"),
        ("http://10.1.2.3:8080", {"ALL_PROXY": "http://p:1", "NO_PROXY": "10.0.0.0/8"}, None),
        ("http://[::1]:8080", {"ALL_PROXY": "http://p:1", "NO_PROXY": "::1"}, None),
        ("http://example.com:8080", {"ALL_PROXY": "http://p:1", "NO_PROXY": "example.com:8080"},
         None),
    ],
)  # fmt: skip
def test_environment_proxy_rules(url: str, environ: dict[str, str], expected: str | None) -> None:
    assert environment_proxy(httpx.URL(url), environ) == expected
