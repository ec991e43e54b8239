"""What `connect()` does with each `httpx.Client` keyword given in `httpx_args`.

Every keyword is applied or refused here, in `connect()`, with one line naming it, never a
`TypeError` at the first call (tests/test_connect_args.py walks httpx's signatures, so a
keyword a new httpx adds fails a test until it is listed). The network ones
(`_network.NETWORK_ARGS`) go to the network transport.
"""

from __future__ import annotations

from collections.abc import Callable, Generator, Mapping
from typing import Any

import httpx

from ._network import NETWORK_ARGS

_REFUSED_HTTPX_ARGS = {
    "auth": "choose it with auth='signed'|'basic' (another would bypass signing)",
    "mounts": "give proxy= to connect() (a mounted transport would bypass signing)",
    "base_url": "give base_url= to connect()",
    "timeout": "give timeout= to connect()",
    "params": "no operation takes query parameters, and they are not signed",
    "follow_redirects": "redirects are not followed: a 3xx is a SinchApiError",
}
# Passed to httpx as they are: they change nothing the toolkit relies on.
_PASSED_HTTPX_ARGS = ("event_hooks", "max_redirects", "default_encoding", "cookies", "headers")
# Headers the client owns: signing sets these two on every request, and the transport only
# decodes the encodings it announces (with a size cap); framing is httpx's.
_OWN_HEADERS = {
    "authorization": "signing sets it",
    "x-timestamp": "signing sets it",
    "accept-encoding": "the client decodes only what it announces, within its size cap",
    "content-length": "httpx frames each request",
    "transfer-encoding": "httpx frames each request",
    "host": "it comes from base_url",
}


def checked_httpx_args(httpx_args: Mapping[str, Any]) -> dict[str, Any]:
    """`httpx_args` with every keyword known: refused ones fail here, with the reason."""
    for name in httpx_args:
        if name in _REFUSED_HTTPX_ARGS:
            raise ValueError(f"httpx_args must not contain {name!r}: {_REFUSED_HTTPX_ARGS[name]}")
        if name not in _PASSED_HTTPX_ARGS and name not in NETWORK_ARGS and name != "transport":
            raise ValueError(f"httpx_args: {name!r} is not a keyword connect() knows for httpx")
    return dict(httpx_args)


def checked_headers(headers: Any, where: str = "httpx_args['headers']") -> dict[str, str]:
    """The user's extra headers as a dict; ones the client owns are refused. `where` names
    what gave them, in the message."""
    if headers is None:
        return {}
    try:
        items = [(k.decode("ascii"), v.decode("ascii")) for k, v in httpx.Headers(headers).raw]
    except (TypeError, ValueError, UnicodeError):
        message = f"{where} cannot be sent: names and values must be ASCII"
        raise ValueError(message) from None
    merged: dict[str, str] = {}
    for name, value in items:
        reason = _OWN_HEADERS.get(name.lower())
        if reason is not None:
            raise ValueError(f"{where} must not set {name!r}: {reason}")
        if any((ord(c) < 0x20 and c != "\t") or ord(c) == 0x7F for c in name + value):
            raise ValueError(f"{where}[{name!r}] has a control character")
        merged[name] = value
    return merged


def checked_event_hooks(hooks: Any) -> dict[str, list[Callable[[Any], Any]]]:
    """Event hooks that run in the sync and the async client alike.

    The same `httpx_args` build both clients, and the async one awaits what each hook
    returns: plain functions are wrapped so that there is something to await; coroutine
    functions could not run in the sync client, so they are refused.
    """

    import inspect  # only when hooks are given: it costs ~10 ms to import

    checked: dict[str, list[Callable[[Any], Any]]] = {}
    for event, functions in dict(hooks).items():
        if event not in ("request", "response"):
            raise ValueError(f"httpx_args['event_hooks']: unknown event {event!r}")
        for function in functions:
            if inspect.iscoroutinefunction(function) or not callable(function):
                raise ValueError(
                    "httpx_args['event_hooks'] takes plain functions (they run for sync and"
                    f" async calls alike), not {function!r}"
                )
        checked[event] = [_RunsBothWays(function) for function in functions]
    return checked


class _RunsBothWays:
    """A plain event hook that the async client can await too."""

    def __init__(self, function: Callable[[Any], Any]) -> None:
        self.function = function

    def __call__(self, subject: Any) -> _NothingToAwait:
        self.function(subject)
        return _NothingToAwait()

    def __repr__(self) -> str:
        return repr(self.function)


class _NothingToAwait:
    def __await__(self) -> Generator[None, None, None]:
        return
        yield  # a generator that ends at once: awaiting it returns None
