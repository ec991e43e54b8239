"""How a `connect()` client reaches the network: TLS verification, proxies, connection limits.

httpx ignores `verify`, `proxy`, `limits` and the proxy variables when a custom transport is
given, and every `connect()` client has one (`SinchTransport`). So these settings are applied
to the network transport under it instead, with httpx's meaning. The proxy is chosen once, for
the base URL (an operation the spec serves from another host goes through the same one).
`NetworkPools` holds the network transports a `SinchTransport` and its copies share.
"""

from __future__ import annotations

import ipaddress
import os
import ssl
from collections.abc import Mapping
from functools import cache
from typing import Any

import httpx

from ._socket_deadline import sync_transport

# `httpx.Client` arguments that configure the connection rather than the client; they are
# handed to `httpx.HTTPTransport` / `httpx.AsyncHTTPTransport`, which take the same ones.
NETWORK_ARGS = ("verify", "cert", "trust_env", "http1", "http2", "limits", "proxy")


def split_network_args(httpx_args: Mapping[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """Separate `httpx_args` into (client arguments, network-transport arguments)."""
    client = {k: v for k, v in httpx_args.items() if k not in NETWORK_ARGS}
    network = {k: v for k, v in httpx_args.items() if k in NETWORK_ARGS}
    return client, network


def shared_tls_context(network: dict[str, Any]) -> None:
    """Give the default TLS verification one shared context instead of one per transport.

    Building a context loads the whole CA bundle (about 50 ms of CPU); httpx builds one for
    every transport, so every new client paid it. The shared one is what httpx would build
    (certifi's bundle, or `SSL_CERT_FILE`/`SSL_CERT_DIR` when the environment is trusted) and
    is only used when `verify` and `cert` are left alone.
    """
    if network.get("verify", True) is not True or network.get("cert") is not None:
        return
    trust_env = bool(network.get("trust_env", True))
    locations = (os.environ.get("SSL_CERT_FILE"), os.environ.get("SSL_CERT_DIR"))
    network["verify"] = _default_tls_context(trust_env, locations if trust_env else (None, None))


@cache
def _default_tls_context(
    trust_env: bool, locations: tuple[str | None, str | None]
) -> ssl.SSLContext:
    # `locations` is part of the cache key: a changed SSL_CERT_FILE gets a new context.
    return httpx.create_ssl_context(verify=True, trust_env=trust_env)


def environment_proxy(url: httpx.URL, environ: Mapping[str, str]) -> str | None:
    """The proxy the standard variables choose for `url`, or None.

    `HTTPS_PROXY`/`HTTP_PROXY` by the URL's scheme, then `ALL_PROXY`; `NO_PROXY` (a comma
    list of hosts, domains, `.domain`, IP addresses or networks, or `*`) exempts a host. The
    lower-case spelling wins when both are set, as in curl and httpx.
    """

    def variable(name: str) -> str:
        return (environ.get(name) or environ.get(name.upper()) or "").strip()

    if _exempt(url.host, variable("no_proxy")):
        return None
    return variable(f"{url.scheme}_proxy") or variable("all_proxy") or None


def _exempt(host: str, no_proxy: str) -> bool:
    host = host.lower().strip("[]")
    for entry in (e.strip().lower() for e in no_proxy.split(",")):
        if not entry:
            continue
        if entry == "*":
            return True
        if _in_network(host, entry):
            return True
        domain = entry.removeprefix("*").lstrip(".").rsplit(":", 1)[0].strip("[]")
        if host == domain or host.endswith("." + domain):
            return True
    return False


def _in_network(host: str, entry: str) -> bool:
    try:
        return ipaddress.ip_address(host) in ipaddress.ip_network(entry.strip("[]"), strict=False)
    except ValueError:
        return False


class NetworkPools:
    """The transports that talk to the network (their connection pools), made when first
    needed and shared by a `SinchTransport` and its copies with another policy."""

    def __init__(
        self, inner: httpx.BaseTransport | httpx.AsyncBaseTransport | None, network: dict[str, Any]
    ) -> None:
        self._given = inner
        self._network = network
        self._sync = inner if isinstance(inner, httpx.BaseTransport) else None
        self._async = inner if isinstance(inner, httpx.AsyncBaseTransport) else None

    def sync(self) -> httpx.BaseTransport:
        if self._sync is None:
            if self._given is not None:
                raise TypeError("the inner transport does not support sync requests")
            self._sync = sync_transport(self._network)
        return self._sync

    def asynchronous(self) -> httpx.AsyncBaseTransport:
        if self._async is None:
            if self._given is not None:
                raise TypeError("the inner transport does not support async requests")
            self._async = httpx.AsyncHTTPTransport(**self._network)
        return self._async

    def close(self) -> None:
        if self._sync is not None:
            self._sync.close()

    async def aclose(self) -> None:
        if self._async is not None:
            await self._async.aclose()


def on_host(request: httpx.Request, server: str) -> httpx.Request:
    """`request` sent to `server` (an operation's own host) instead of the base URL's host:
    the same method, path (after the server's own path, if any), query, headers and body."""
    url = httpx.URL(server)
    request.url = url.copy_with(raw_path=url.raw_path.rstrip(b"/") + request.url.raw_path)
    request.headers["Host"] = url.netloc.decode("ascii")
    return request
