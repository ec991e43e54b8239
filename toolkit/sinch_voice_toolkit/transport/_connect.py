"""`connect()`: a ready, production-configured `sinch_voice.Client` in one call.

It wires the generated client to the signing layer: the auth hook (signed by default, Basic on
request), retries, typed errors, explicit timeouts and a User-Agent, with
credentials and base URL from arguments or the environment.

What it returns is a `ConnectedClient`, a subclass of the generated `Client` that carries its
transport (and so its application key): every copy the generated client makes with
`attrs.evolve` (`with_headers`, `with_timeout`, `with_cookies`) is a `ConnectedClient` with the
same parts, so nothing has to be looked up in a module-global registry.
"""

from __future__ import annotations

import os
import ssl
from collections.abc import Mapping
from functools import cache
from typing import Any, Literal

import httpx

from sinch_signing import ApplicationAuth, BasicAuth

from .._environment import ENV_BASE_URL, ENV_REGION, credentials
from .._redaction import Redactor
from ._attempt_log import configure as configure_logging
from ._body import ACCEPT_ENCODING
from ._connected import ConnectedClient, _checked_timeout
from ._httpx_args import checked_event_hooks, checked_headers, checked_httpx_args
from ._network import environment_proxy, shared_tls_context, split_network_args
from ._retrying import DEFAULT_RETRY_POLICY, NO_RETRIES, RetryPolicy
from ._transport import DEFAULT_MAX_RESPONSE_BYTES, SinchTransport

DEFAULT_BASE_URL = "https://callingapi.sinch.com"

# Connecting should be quick or not at all; a read may wait on Sinch's back end for a while.
DEFAULT_TIMEOUT = httpx.Timeout(connect=5.0, read=15.0, write=15.0, pool=5.0)


@cache
def user_agent() -> str:
    """`sinch-voice-toolkit/VERSION (+python; httpx/VERSION)`, read once, when first needed
    (the installed-metadata lookup costs ~30 ms of import time)."""
    from .._version import __version__

    return f"sinch-voice-toolkit/{__version__} (+python; httpx/{httpx.__version__})"


AuthKind = Literal["signed", "basic"]


def connect(
    application_key: str | None = None,
    application_secret: str | None = None,
    *,
    auth: AuthKind = "signed",
    base_url: str | None = None,
    region: str | None = None,
    timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
    retries: RetryPolicy | None = DEFAULT_RETRY_POLICY,
    environ: Mapping[str, str] | None = None,
    httpx_args: Mapping[str, Any] | None = None,
    max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
    proxy: str | httpx.Proxy | None = None,
    verify: ssl.SSLContext | bool | None = None,
    trust_env: bool | None = None,
) -> ConnectedClient:
    """Build a `sinch_voice.Client` that authenticates every request.

    Args:
        application_key: The application key; defaults to `$SINCH_APPLICATION_KEY`.
        application_secret: The application secret; defaults to `$SINCH_APPLICATION_SECRET`.
        auth: "signed" (Sinch's application signed request, the default and the one Sinch
            recommends for production) or "basic" (for testing).
        base_url: Defaults to `$SINCH_VOICE_BASE_URL`, then Sinch's own hosts: each operation
            goes where the spec serves it (the configuration operations to
            `https://callingapi.sinch.com`, calls to `https://calling.api.sinch.com`). A base
            URL you give (the mock, a gateway) serves every operation.
        region: Send calls to a region's own calling host (`euc1`, `use1`, `sae1`, `apse1`,
            `apse2`: `https://calling-euc1.api.sinch.com`...) instead of Sinch's global one;
            defaults to `$SINCH_VOICE_REGION`. Ignored when a base URL is given.
        timeout: Seconds for every phase, or an `httpx.Timeout`; defaults to 5 s to connect and
            to get a pooled connection, 15 s to read or write.
        retries: When to retry (429, 502, 503, 504, timeouts, dropped connections), how often,
            and the deadline of a call (`total_seconds`, which covers every attempt, wait and
            read); `None` sends each request once, within the default 30 s deadline. Defaults
            to 4 attempts within 30 s.
        environ: Where to read the variables from; defaults to `os.environ`.
        httpx_args: Extra keyword arguments for the underlying `httpx.Client` and
            `httpx.AsyncClient`. Connection settings (`verify`, `cert`, `proxy`, `limits`,
            `http1`, `http2`, `trust_env`) go to the network transport, with httpx's meaning.
            `headers` are sent with every request on top of ours (ASCII, no control
            characters); a `User-Agent` given there replaces ours, while `Authorization`,
            `x-timestamp`, `Accept-Encoding`, `Host` and the framing headers belong to the
            client and are refused. `event_hooks`
            take plain functions, which run for sync and async calls alike (a coroutine
            function is refused). `cookies` are sent with every request (a cookie a server
            sets is never kept); `max_redirects` and `default_encoding` are passed to httpx. A
            `transport` given here is the one that talks to the network (tests pass an
            `httpx.MockTransport`); `connect()` wraps it, and connection settings cannot be
            combined with it. `auth`, `mounts`, `params`, `base_url`, `timeout` and
            `follow_redirects` are refused, each with the reason.
        max_response_bytes: The largest answer body read (after decompression); a larger one
            raises `ResponseTooLargeError`. Defaults to 10 MiB.
        proxy: The proxy URL for every request (`http://user:pass@proxy:3128`), or an
            `httpx.Proxy`. Defaults to what `HTTPS_PROXY`/`HTTP_PROXY`/`ALL_PROXY` choose for
            the base URL, unless `NO_PROXY` exempts its host or `trust_env` is False.
        verify: TLS verification: True (default: certifi's CA bundle), False, or an
            `ssl.SSLContext` (`ssl.create_default_context(cafile=...)` for your own CA).
        trust_env: Read the proxy variables (and httpx's `SSL_CERT_FILE`/`SSL_CERT_DIR`);
            defaults to True, as in httpx.

    `$SINCH_VOICE_LOG` (`info` or `debug`), when set, logs one line per attempt to stderr
    (method, host and path, status, attempt, milliseconds, Sinch's reference; at debug the
    headers too, credentials redacted).

    Returns:
        A `ConnectedClient` (a `sinch_voice.Client`) to pass as `client=` to any function
        under `sinch_voice.api`, wherever the API is mounted under base_url. Use it as a
        context manager (`with` or `async with`) to close its connections. Every call
        through it returns a model the spec allows or raises a `SinchError`, within the
        deadline: `InvalidRequestError` before sending a request the spec forbids,
        `SinchApiError` subclasses for non-2xx answers (after retries), `InvalidResponseError`
        for a 2xx answer the spec does not allow, `SinchTimeoutError` and
        `SinchConnectionError` when no answer came.

    Raises:
        CredentialsError: A credential is missing, or cannot go into an HTTP header (not
            ASCII, white space or control characters, a ':' in the key); the message names
            which one, never its value.
        ValueError: A timeout is not a positive number; the base URL is not http(s), or has
            a query or a fragment; `auth` is neither "signed" nor "basic";
            `$SINCH_VOICE_LOG` is neither info nor debug; the region is not one of Sinch's;
            `httpx_args` has a
            keyword connect() refuses or does not know, or a header the client owns; a
            setting is given both as an argument and in `httpx_args`; connection settings
            come with a `transport`.
    """
    extra, network = split_network_args(checked_httpx_args(httpx_args or {}))
    headers = checked_headers(extra.pop("headers", None))
    cookies = extra.pop("cookies", None)
    if "event_hooks" in extra:
        extra["event_hooks"] = checked_event_hooks(extra["event_hooks"])
    for name, value in (("proxy", proxy), ("verify", verify), ("trust_env", trust_env)):
        if value is not None:
            if name in network:
                raise ValueError(f"give {name} once: as an argument or in httpx_args, not both")
            network[name] = value
    env = os.environ if environ is None else environ
    configure_logging(env)
    key, secret = credentials(application_key, application_secret, env)

    hook: httpx.Auth
    if auth == "signed":
        hook = ApplicationAuth(key, secret)
    elif auth == "basic":
        hook = BasicAuth(key, secret)
    else:
        raise ValueError(f"auth must be 'signed' or 'basic', not {auth!r}")

    url = _checked_base_url(base_url or env.get(ENV_BASE_URL) or DEFAULT_BASE_URL)
    inner = extra.pop("transport", None)
    if inner is None and "proxy" not in network and network.get("trust_env", True):
        # httpx reads the proxy variables only when it builds the transport itself.
        network["proxy"] = environment_proxy(url, env)
    if inner is None:
        shared_tls_context(network)
    # Signing happens in the transport, below the retries, so each attempt is signed afresh.
    transport = SinchTransport(
        hook,
        retries or NO_RETRIES,
        inner,
        max_response_bytes=max_response_bytes,
        network=network,
        base_path=url.raw_path.decode("ascii"),
        redact=Redactor(key, secret),
        # Sinch's own hosts: each operation goes where the spec serves it. A base URL chosen
        # by the caller (a mock, a gateway) serves them all.
        operation_hosts=url == httpx.URL(DEFAULT_BASE_URL),
        region=_checked_region(region if region is not None else env.get(ENV_REGION)),
    )
    return ConnectedClient(
        base_url=str(url).rstrip("/"),
        raise_on_unexpected_status=True,
        timeout=_checked_timeout(timeout),
        # Only what the transport decodes itself, with its size cap (never br or zstd).
        headers={"User-Agent": user_agent(), "Accept-Encoding": ACCEPT_ENCODING, **headers},
        cookies=dict(cookies or {}),
        httpx_args={**extra, "transport": transport},
        transport=transport,
    )


def _checked_region(region: str | None) -> str | None:
    """The region as the spec names it (`x-region` of its servers), or None for the global
    calling host ("" too, as an unset variable often is)."""
    if not region:
        return None
    from .._packaged_spec import regions

    known = regions()
    if region.strip().lower() not in known:
        raise ValueError(f"region must be one of {', '.join(known)}, not {region[:20]!r}")
    return region.strip().lower()


def _checked_base_url(text: str) -> httpx.URL:
    """The base URL, which must be absolute http(s): a typo should fail here, not on first use.

    It may have a path (an API gateway's prefix); the API's paths are appended to it. A query
    or a fragment would end up in front of every path, so they are refused.
    """
    try:
        url = httpx.URL(text)
    except httpx.InvalidURL as error:
        raise ValueError(f"base URL {text!r} is not a URL: {error}") from None
    if url.query or url.fragment or "?" in text or "#" in text:
        raise ValueError(
            f"base URL {text!r} must not have a query or a fragment: the API's paths are"
            " appended to it"
        )
    if url.scheme not in ("http", "https") or not url.host:
        from .._hints import base_url_suggestion  # only for a mistake

        meant = base_url_suggestion(text)
        raise ValueError(
            f"base URL {text!r} must start with https:// or http:// and name a host"
            + (f" (did you mean {meant}?)" if meant else "")
        )
    return url
