"""`ConnectedClient`: the generated `sinch_voice.Client` as `connect()` builds it.

It carries its transport (and so its application key): every copy the generated client makes
with `attrs.evolve` (`with_headers`, `with_timeout`, `with_cookies`, `with_options`) is a
`ConnectedClient` with the same parts, so nothing has to be looked up in a module-global
registry.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import httpx
from attrs import define, evolve, field

from sinch_voice import Client

from .._errors import ClientClosedError
from ._httpx_args import checked_headers
from ._httpx_clients import AsyncHttpxClient, SyncHttpxClient
from ._retrying import RetryPolicy
from ._transport import SinchTransport


@define
class ConnectedClient(Client):
    """The generated `sinch_voice.Client` as `connect()` builds it: it carries its transport.

    Pass it as `client=` to any function under `sinch_voice.api`. Its copies
    (`with_headers`, `with_timeout`, `with_cookies`) are copies: this client is never changed,
    and each keeps the same transport (the same signing, retries, checks and deadline) and
    opens its own httpx clients over it. Headers given to a copy pass the checks of
    `connect(httpx_args={"headers": ...})`, and a timeout those of `connect(timeout=...)`.

    Once closed (its `with` block ended, or `close()`), every call through it raises
    `ClientClosedError`; its copies are not closed with it.
    """

    _transport: SinchTransport = field(kw_only=True, alias="transport", repr=False)

    def with_headers(self, headers: Mapping[str, str]) -> ConnectedClient:
        """A copy that also sends `headers`; this client is not changed.

        Raises:
            ValueError: A header the client owns (`Authorization`, `x-timestamp`,
                `Accept-Encoding`, `Host`, the framing headers), or one that is not ASCII
                or has a control character.
        """
        checked = checked_headers(dict(headers), "with_headers()")
        return evolve(self, headers={**self._headers, **checked})

    def with_cookies(self, cookies: Mapping[str, str]) -> ConnectedClient:
        """A copy that also sends `cookies`; this client is not changed."""
        return evolve(self, cookies={**self._cookies, **dict(cookies)})

    def with_timeout(self, timeout: float | httpx.Timeout) -> ConnectedClient:
        """A copy with another timeout (seconds, or an `httpx.Timeout`); this client is not
        changed.

        Raises:
            ValueError: A timeout that is not a positive number of seconds.
        """
        return evolve(self, timeout=_checked_timeout(timeout))

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        retries: RetryPolicy | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> ConnectedClient:
        """A copy over the same connections with another timeout, retry policy or more
        headers (each checked as `connect()` checks it); this client is not changed.

        The copy shares this client's connection pools and never closes them: close this
        client when done, the copy needs no closing.
        """
        transport = self._transport.with_settings(policy=retries or self._transport.policy)
        return evolve(
            self,
            headers={**self._headers, **checked_headers(dict(headers or {}), "with_options()")},
            timeout=self._timeout if timeout is None else _checked_timeout(timeout),
            httpx_args={**self._httpx_args, "transport": transport},
            transport=transport,
        )

    def in_region(self, region: str | None) -> ConnectedClient:
        """A copy over the same connections that sends calls, callouts and conferences to
        `region`'s calling host (None: Sinch's global one); this client is not changed."""
        transport = self._transport.with_settings(region=region)
        return evolve(
            self, httpx_args={**self._httpx_args, "transport": transport}, transport=transport
        )

    @property
    def is_closed(self) -> bool:
        """Whether this client has been closed (sync or async)."""
        sync, asynchronous = self._client, self._async_client
        return (sync is not None and sync.is_closed) or (
            asynchronous is not None and asynchronous.is_closed
        )

    def raise_if_closed(self) -> None:
        """Raise `ClientClosedError` when this client has been closed."""
        if self.is_closed:
            raise ClientClosedError(
                "this client has been closed: make a new one (connect(), VoiceClient()), or"
                " use a copy made before it was closed"
            )

    def get_httpx_client(self) -> httpx.Client:
        self.raise_if_closed()
        if self._client is None:
            self._client = SyncHttpxClient(**self._httpx_client_arguments())
        return self._client

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        self.raise_if_closed()
        if self._async_client is None:
            self._async_client = AsyncHttpxClient(**self._httpx_client_arguments())
        return self._async_client

    def _httpx_client_arguments(self) -> dict[str, Any]:
        """What the generated client builds its httpx clients with; ours keep no cookie a
        server sets (`_httpx_clients`)."""
        return {
            "base_url": self._base_url,
            "cookies": self._cookies,
            "headers": self._headers,
            "timeout": self._timeout,
            "verify": self._verify_ssl,
            "follow_redirects": self._follow_redirects,
            **self._httpx_args,
        }

    @property
    def transport(self) -> SinchTransport:
        """The transport every request goes through (checks, signing, retries)."""
        return self._transport

    @property
    def application_key(self) -> str:
        """The key of the application that signs (or, for Basic, sends) the requests."""
        key = self._transport.application_key
        if key is None:  # connect() only builds hooks that carry one
            raise TypeError("this client's auth hook names no application key")
        return key


def _checked_timeout(timeout: float | httpx.Timeout) -> httpx.Timeout:
    """Positive seconds per phase. None (no limit for a phase) is allowed: the deadline of
    the retry policy still ends the call."""
    limits = timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)
    for phase, seconds in limits.as_dict().items():
        if seconds is not None and not seconds > 0:  # also NaN
            raise ValueError(f"timeout for {phase} must be a number of seconds > 0, not {seconds}")
    return limits
