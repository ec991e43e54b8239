"""The httpx clients a `ConnectedClient` opens: they send the cookies they were given and keep
none that a server sets.

Sinch's API sets no cookies. One that a gateway or load balancer sets would ride, unsigned, on
every later request of the client and make calls depend on the order they were made in; and a
default httpx client spends more on its cookie jar per answer than this toolkit spends on its
checks (`bench/README.md`, "Calls and callouts"). Cookies given to `connect(httpx_args=...)` or
`with_cookies()` are sent as before.
"""

from __future__ import annotations

from typing import Any

import httpx


class GivenCookies(httpx.Cookies):
    """The cookies a client sends; a server's `Set-Cookie` is not kept."""

    def extract_cookies(self, response: httpx.Response) -> None:
        return None


class _SendsGivenCookies:
    """`cookies` of an httpx client, as `GivenCookies` (set at construction or later)."""

    _given_cookies: GivenCookies

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)  # the httpx client's, next in the method resolution order
        self.cookies = kwargs.get("cookies")

    @property
    def cookies(self) -> httpx.Cookies:
        return self._given_cookies

    @cookies.setter
    def cookies(self, cookies: Any) -> None:
        self._given_cookies = GivenCookies(cookies)


class SyncHttpxClient(_SendsGivenCookies, httpx.Client):
    """An `httpx.Client` that keeps no cookie a server sets."""


class AsyncHttpxClient(_SendsGivenCookies, httpx.AsyncClient):
    """An `httpx.AsyncClient` that keeps no cookie a server sets."""
