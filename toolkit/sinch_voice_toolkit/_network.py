"""How a `connect()` client reaches the network: TLS verification, proxies, connection limits.

httpx ignores `verify`, `proxy`, `limits` and the proxy variables when a custom transport is
given, and every `connect()` client has one (`SinchTransport`). So these settings are applied
to the network transport under it instead, with httpx's meaning. A client only ever talks to
its base URL, so the proxy is chosen once, for that URL.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Mapping
from typing import Any

import httpx

# `httpx.Client` arguments that configure the connection rather than the client; they are
# handed to `httpx.HTTPTransport` / `httpx.AsyncHTTPTransport`, which take the same ones.
NETWORK_ARGS = ("verify", "cert", "trust_env", "http1", "http2", "limits", "proxy")


def split_network_args(httpx_args: Mapping[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """Separate `httpx_args` into (client arguments, network-transport arguments)."""
    if "mounts" in httpx_args:
        # A mounted transport would bypass signing, retries and the checks.
        raise ValueError("httpx_args must not contain 'mounts'; give proxy= to connect()")
    client = {k: v for k, v in httpx_args.items() if k not in NETWORK_ARGS}
    network = {k: v for k, v in httpx_args.items() if k in NETWORK_ARGS}
    return client, network


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
