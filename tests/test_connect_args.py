"""Every `httpx.Client` keyword given to `connect()` in `httpx_args` is applied or refused there,
never a `TypeError` at the first call; and inputs that would fail later fail in `connect()`.

The keywords come from httpx's own signatures, so a keyword a new httpx adds fails
`test_every_httpx_keyword_is_decided` until connect() decides what to do with it.
"""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from sinch_signing import CredentialsError
from sinch_voice.api.numbers import get_numbers
from sinch_voice.models import OwnedNumberList
from sinch_voice_toolkit import ClientClosedError, SinchError, connect
from tests.conftest import TEST_KEY, TEST_SECRET
from tests.hostile import GOOD_NUMBERS, HostileServer, answer, hostile_server

SEEN_BY_HOOK: list[str] = []


def _hook(request: httpx.Request) -> None:
    SEEN_BY_HOOK.append(request.url.path)


# Each keyword: a value, and whether connect() applies it or refuses it.
APPLIED: dict[str, Any] = {
    "headers": {"X-Trace": "1"},
    "cookies": {"session": "abc"},
    "verify": True,
    "cert": None,
    "trust_env": False,
    "http1": True,
    "http2": False,
    "proxy": None,
    "limits": httpx.Limits(max_connections=2),
    "max_redirects": 3,
    "event_hooks": {"request": [_hook]},
    "default_encoding": "utf-8",
}
REFUSED: dict[str, Any] = {
    "auth": httpx.BasicAuth("a", "b"),
    "mounts": {"all://": httpx.HTTPTransport()},
    "base_url": "http://127.0.0.1:9",
    "timeout": 3.0,
    "params": {"x": "1"},
    "follow_redirects": True,
}
# `transport` is applied too, but cannot reach a real server: tested with a MockTransport.
TRANSPORT = "transport"


def _keywords(cls: type[Any]) -> set[str]:
    return {name for name in inspect.signature(cls.__init__).parameters if name != "self"}


@pytest.fixture(scope="module")
def server() -> Iterator[HostileServer]:
    with hostile_server() as running:
        running.writer = answer(200, GOOD_NUMBERS)
        yield running


@pytest.mark.parametrize("cls", [httpx.Client, httpx.AsyncClient])
def test_every_httpx_keyword_is_decided(cls: type[Any]) -> None:
    undecided = _keywords(cls) - set(APPLIED) - set(REFUSED) - {TRANSPORT}
    assert not undecided, f"connect() does not say what it does with {sorted(undecided)}"


@pytest.mark.parametrize("name", sorted(REFUSED))
def test_a_refused_keyword_fails_in_connect_naming_it(name: str) -> None:
    with pytest.raises(ValueError, match=repr(name)) as caught:
        connect(TEST_KEY, TEST_SECRET, httpx_args={name: REFUSED[name]})
    assert "\n" not in str(caught.value)


def test_an_unknown_keyword_fails_in_connect() -> None:
    with pytest.raises(ValueError, match="'verify_ssl'"):
        connect(TEST_KEY, TEST_SECRET, httpx_args={"verify_ssl": False})


@pytest.mark.parametrize("name", sorted(APPLIED))
def test_an_applied_keyword_works_sync_and_async(server: HostileServer, name: str) -> None:
    args = {name: APPLIED[name]}
    with connect(TEST_KEY, TEST_SECRET, base_url=server.url, httpx_args=args) as client:
        assert isinstance(get_numbers.sync(client=client), OwnedNumberList)

    async def call() -> Any:
        async with connect(TEST_KEY, TEST_SECRET, base_url=server.url, httpx_args=args) as c:
            return await get_numbers.asyncio(client=c)

    assert isinstance(asyncio.run(call()), OwnedNumberList)


def test_headers_and_cookies_reach_the_server_beside_ours(server: HostileServer) -> None:
    args = {"headers": {"X-Trace": "1", "User-Agent": "my-app/2"}, "cookies": {"s": "abc"}}
    before = len(server.heads)
    with connect(TEST_KEY, TEST_SECRET, base_url=server.url, httpx_args=args) as client:
        get_numbers.sync(client=client)
        copy = client.with_headers({"X-Copy": "yes"})
        get_numbers.sync(client=copy)
    first, second = (head.decode("latin-1").lower() for head in server.heads[before:])
    for head in (first, second):
        assert "\r\nx-trace: 1" in head
        assert "\r\nuser-agent: my-app/2" in head  # the caller's User-Agent replaces ours
        assert "\r\ncookie: s=abc" in head
        assert "\r\nauthorization: application " in head  # still signed
        assert "\r\naccept-encoding: gzip, deflate" in head
    assert "\r\nx-copy: yes" in second


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_a_cookie_the_server_sets_is_not_sent_back(mode: str) -> None:
    # Only the cookies the caller gave travel: one a gateway sets would ride, unsigned, on
    # every later call.
    args = {"cookies": {"given": "1"}}
    with hostile_server() as server:
        server.writer = answer(200, GOOD_NUMBERS, headers=(("Set-Cookie", "tracker=2; Path=/"),))

        async def twice_async() -> None:
            async with connect(TEST_KEY, TEST_SECRET, base_url=server.url, httpx_args=args) as c:
                for _ in range(2):
                    await get_numbers.asyncio(client=c)

        if mode == "async":
            asyncio.run(twice_async())
        else:
            with connect(TEST_KEY, TEST_SECRET, base_url=server.url, httpx_args=args) as client:
                for _ in range(2):
                    get_numbers.sync(client=client)
                assert dict(client.get_httpx_client().cookies) == {"given": "1"}
        heads = [head.decode("latin-1").lower() for head in server.heads]
    assert len(heads) == 2
    assert all("\r\ncookie: given=1\r\n" in head for head in heads)
    assert all("tracker" not in head for head in heads)


def test_event_hooks_see_each_request(server: HostileServer) -> None:
    SEEN_BY_HOOK.clear()
    with connect(
        TEST_KEY, TEST_SECRET, base_url=server.url, httpx_args={"event_hooks": {"request": [_hook]}}
    ) as client:
        get_numbers.sync(client=client)
    assert SEEN_BY_HOOK == ["/v1/configuration/numbers"]


@pytest.mark.parametrize(
    "header", ["Authorization", "x-timestamp", "Accept-Encoding", "Host", "Content-Length"]
)
def test_headers_the_client_owns_are_refused(header: str) -> None:
    with pytest.raises(ValueError, match=repr(header)):
        connect(TEST_KEY, TEST_SECRET, httpx_args={"headers": {header: "x"}})


@pytest.mark.parametrize("value", ["é", "a\r\nX-Injected: 1", "a\x00b", "\u2028"])
def test_a_header_that_cannot_be_sent_is_refused(value: str) -> None:
    with pytest.raises(ValueError, match="headers"):
        connect(TEST_KEY, TEST_SECRET, httpx_args={"headers": {"X-Name": value}})


# -- copies: with_headers, with_cookies, with_timeout ------------------------------------------


@pytest.mark.parametrize("used", [False, True], ids=["never used", "used"])
def test_a_copy_never_changes_the_original(server: HostileServer, used: bool) -> None:
    before = len(server.heads)
    with connect(TEST_KEY, TEST_SECRET, base_url=server.url) as client:
        if used:
            get_numbers.sync(client=client)
        headers = client.with_headers({"X-Copy": "yes"})
        cookies = client.with_cookies({"copy": "1"})
        timed = client.with_timeout(2.5)
        for copy in (headers, cookies, timed):
            assert isinstance(get_numbers.sync(client=copy), OwnedNumberList)
        get_numbers.sync(client=client)
        assert client.get_httpx_client().timeout == httpx.Timeout(5.0, read=15.0, write=15.0)
        assert timed.get_httpx_client().timeout == httpx.Timeout(2.5)
    heads = [head.decode("latin-1").lower() for head in server.heads[before:]]
    by_copy, original = heads[-4:-1], heads[-1]
    assert "\r\nx-copy: yes" in by_copy[0] and "\r\ncookie: copy=1" in by_copy[1]
    assert "x-copy" not in original and "cookie" not in original
    assert all("\r\nauthorization: application " in head for head in heads)  # all signed


@pytest.mark.parametrize(
    "header", ["Authorization", "x-timestamp", "Accept-Encoding", "Host", "Content-Length"]
)
@pytest.mark.parametrize("used", [False, True], ids=["never used", "used"])
def test_a_copy_refuses_the_headers_connect_refuses(
    server: HostileServer, header: str, used: bool
) -> None:
    with connect(TEST_KEY, TEST_SECRET, base_url=server.url) as client:
        if used:
            get_numbers.sync(client=client)
        with pytest.raises(ValueError, match=f"with_headers\\(\\) must not set {header!r}"):
            client.with_headers({header: "5"})
        for value in ("é", "a\r\nX-Injected: 1"):
            with pytest.raises(ValueError, match="with_headers"):
                client.with_headers({"X-Name": value})
        with pytest.raises(ValueError, match="timeout"):
            client.with_timeout(0)
        # The original is untouched: it still works, and still sends no such header.
        assert isinstance(get_numbers.sync(client=client), OwnedNumberList)


def test_a_closed_client_raises_a_typed_error_sync_and_async(server: HostileServer) -> None:
    client = connect(TEST_KEY, TEST_SECRET, base_url=server.url)
    with client:
        get_numbers.sync(client=client)
    with pytest.raises(ClientClosedError) as closed:
        get_numbers.sync(client=client)
    assert isinstance(closed.value, SinchError) and isinstance(closed.value, RuntimeError)
    copy = client.with_headers({"X-After": "1"})  # a copy is a client of its own
    assert isinstance(get_numbers.sync(client=copy), OwnedNumberList)

    async def call() -> None:
        async with connect(TEST_KEY, TEST_SECRET, base_url=server.url) as async_client:
            await get_numbers.asyncio(client=async_client)
        with pytest.raises(ClientClosedError):
            await get_numbers.asyncio(client=async_client)

    asyncio.run(call())


def test_a_coroutine_event_hook_is_refused() -> None:
    async def hook(request: httpx.Request) -> None:
        pass

    with pytest.raises(ValueError, match="plain functions"):
        connect(TEST_KEY, TEST_SECRET, httpx_args={"event_hooks": {"request": [hook]}})


def test_a_transport_is_applied() -> None:
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers["x-trace"])
        return httpx.Response(200, json={"numbers": []})

    args = {"transport": httpx.MockTransport(handler), "headers": {"X-Trace": "7"}}
    with connect(TEST_KEY, TEST_SECRET, httpx_args=args) as client:
        get_numbers.sync(client=client)
    assert seen == ["7"]


@pytest.mark.parametrize(
    "base_url",
    ["https://host/?x=1", "https://host/sinch?x=1", "https://host/#frag", "https://host/?"],
)
def test_a_base_url_with_a_query_or_fragment_is_refused(base_url: str) -> None:
    with pytest.raises(ValueError, match="query or a fragment"):
        connect(TEST_KEY, TEST_SECRET, base_url=base_url)


@pytest.mark.parametrize("key", ["clé-1", "k\u00a0ey", "kéy", "ключ", "key\u2028x"])
@pytest.mark.parametrize("auth", ["signed", "basic"])
def test_a_key_that_cannot_go_into_a_header_fails_in_connect(key: str, auth: str) -> None:
    with pytest.raises(CredentialsError) as caught:
        connect(key, TEST_SECRET, auth=auth)  # type: ignore[arg-type]
    assert key not in str(caught.value)


def test_a_secret_that_is_not_base64_fails_in_connect() -> None:
    with pytest.raises(CredentialsError) as caught:
        connect(TEST_KEY, "sécret", auth="signed")
    assert "sécret" not in str(caught.value)
