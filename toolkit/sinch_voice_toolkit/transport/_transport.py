"""The transport under every `connect()` client: check, sign, send, retry, and check the answer.

One `SinchTransport` serves the sync and the async httpx client alike. For each call it:

1. checks the request against the spec (body and path parameters): `InvalidRequestError`, and
   nothing is sent, when it breaks it;
2. for each attempt, signs the request afresh (a retry after a long wait carries a current
   x-timestamp), bounds the attempt's timeouts by what is left of the call's deadline, sends it,
   and reads the answer with a size cap and the deadline checked as the body arrives;
3. turns what came back into a result or a typed error: a non-2xx is a `SinchApiError`, a 2xx
   that the contract does not allow (undocumented status, not JSON, wrong shape) an
   `InvalidResponseError`, no answer a `SinchTransportError`;
4. retries the statuses of its `RetryPolicy` (429, 502, 503, 504), timeouts and dropped
   connections with backoff, honouring Retry-After, within the policy's attempts and deadline;
   an operation the spec marks not repeatable (`x-repeatable: false`) only when it certainly
   did not take effect.

The rules for one call are written once, in `_call.Call`, which gets the transport's frozen
`CallSettings`; this module holds the transports it sends through and two thin drivers that
run a call's steps, `handle_request` blocking and `handle_async_request` awaited.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Coroutine, Generator, Mapping
from dataclasses import replace
from typing import Any, TypeVar

import httpx

from .._contract import Contract
from .._errors import SinchError
from .._redaction import _no_redaction
from . import _retrying
from ._call import Call, CallSettings, Exchange, RetryHook, Wait
from ._network import NetworkPools
from ._raw import note_answer
from ._retrying import DEFAULT_RETRY_POLICY, DeadlinePassed, RetryPolicy
from ._socket_deadline import CallDeadline

DEFAULT_MAX_RESPONSE_BYTES = 10 * 1024 * 1024
# What a failed step throws into the call (anything else is a bug, raised as itself).
_FAILURES = (httpx.HTTPError, OSError, SinchError, DeadlinePassed)

T = TypeVar("T")

__all__ = ["DEFAULT_MAX_RESPONSE_BYTES", "SinchTransport"]


async def _within(seconds: float, work: Coroutine[Any, Any, T]) -> T:
    """Await `work`, raising TimeoutError after `seconds`: with asyncio's own timeout under
    asyncio (about 80 us cheaper per call than anyio's), with anyio's under trio."""
    import asyncio  # loaded by the first async call: sync programs never import asyncio

    try:
        asyncio.get_running_loop()
    except RuntimeError:
        import anyio  # httpx's own async dependency

        with anyio.fail_after(seconds):
            return await work
    async with asyncio.timeout(seconds):
        return await work


class SinchTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Checks, signs, retries and types the errors of every request.

    Args:
        auth, policy, max_response_bytes, contract, on_retry, redact, base_path,
            operation_hosts, region: what every call shares (`CallSettings` says what each is);
            `on_retry` is called before each retry (the CLI's `--verbose` uses it).
        inner: The transport that talks to the network (sync, async, or both, as
            `httpx.MockTransport` is); defaults to httpx's own.
        network: Keyword arguments for the default network transports (`httpx.HTTPTransport`
            and `httpx.AsyncHTTPTransport`): `verify`, `proxy`, `limits`, ...; not allowed
            with `inner`.
    """

    def __init__(
        self,
        auth: httpx.Auth,
        policy: RetryPolicy = DEFAULT_RETRY_POLICY,
        inner: httpx.BaseTransport | httpx.AsyncBaseTransport | None = None,
        *,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        contract: Contract | None = None,
        on_retry: RetryHook | None = None,
        network: Mapping[str, Any] | None = None,
        base_path: str = "",
        redact: Callable[[str], str] | None = None,
        operation_hosts: bool = False,
        region: str | None = None,
    ) -> None:
        if max_response_bytes < 1:
            raise ValueError("max_response_bytes must be at least 1")
        if network and inner is not None:
            raise ValueError("network settings apply to the default transports, not to inner")
        self.settings = CallSettings(
            auth=auth,
            policy=policy,
            max_response_bytes=max_response_bytes,
            contract=contract,
            redact=redact or _no_redaction,
            base_path=base_path.rstrip("/"),
            on_retry=on_retry,
            operation_hosts=operation_hosts,
            region=region,
        )
        self._pools = NetworkPools(inner, dict(network or {}))
        self._owns_pools = True

    @property
    def auth(self) -> httpx.Auth:
        return self.settings.auth

    @property
    def policy(self) -> RetryPolicy:
        return self.settings.policy

    def __repr__(self) -> str:
        return f"SinchTransport(auth={self.auth!r}, policy={self.policy!r})"

    def with_settings(self, **changes: Any) -> SinchTransport:
        """A transport with some of its `CallSettings` changed (`policy=`, `region=`) over
        this one's connections (its pools): it never closes them, this transport does."""
        view = copy.copy(self)
        view.settings = replace(self.settings, **changes)
        view._owns_pools = False
        return view

    @property
    def application_key(self) -> str | None:
        """The application key requests are signed for (or sent with, for Basic)."""
        key = getattr(self.settings.auth, "application_key", None)
        return key if isinstance(key, str) else None

    # -- sync ---------------------------------------------------------------------------------

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        request.read()
        flow = Call(self.settings, request).flow()
        inner = self._pools.sync()
        step: Exchange | Wait | httpx.Response = next(flow)
        while not isinstance(step, httpx.Response):
            try:
                if isinstance(step, Wait):
                    _retrying.sleep(step.seconds)
                    outcome: Any = None
                else:
                    outcome = self._exchange_sync(inner, step)
            except _FAILURES as failure:
                step = _resume(flow, throw=failure)
            else:
                step = _resume(flow, send=outcome)
        note_answer(step)
        return step

    def _exchange_sync(
        self, inner: httpx.BaseTransport, step: Exchange
    ) -> tuple[httpx.Response, bytes]:
        # The deadline also bounds what the timeouts cannot (a 1xx stream, headers sent byte
        # by byte): every socket operation ends by it.
        with CallDeadline(step.deadline.at):
            response = inner.handle_request(step.request)
            try:
                body = self.settings.reader.read(response, step.request, step.deadline)
                return response, body
            finally:
                response.close()

    def close(self) -> None:
        if self._owns_pools:
            self._pools.close()

    # -- async --------------------------------------------------------------------------------

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        await request.aread()
        flow = Call(self.settings, request).flow()
        inner = self._pools.asynchronous()
        step: Exchange | Wait | httpx.Response = next(flow)
        while not isinstance(step, httpx.Response):
            try:
                if isinstance(step, Wait):
                    await _retrying.async_sleep(step.seconds)
                    outcome: Any = None
                else:
                    # The deadline also bounds what the timeouts cannot: headers sent byte
                    # by byte.
                    left = max(step.deadline.remaining(), 0)
                    outcome = await _within(left, self._exchange_async(inner, step))
            except TimeoutError:
                step = _resume(flow, throw=DeadlinePassed())
            except _FAILURES as failure:
                step = _resume(flow, throw=failure)
            else:
                step = _resume(flow, send=outcome)
        note_answer(step)
        return step

    async def _exchange_async(
        self, inner: httpx.AsyncBaseTransport, step: Exchange
    ) -> tuple[httpx.Response, bytes]:
        response = await inner.handle_async_request(step.request)
        try:
            body = await self.settings.reader.aread(response, step.request, step.deadline)
            return response, body
        finally:
            await response.aclose()

    async def aclose(self) -> None:
        if self._owns_pools:
            await self._pools.aclose()


def _resume(
    flow: Generator[Exchange | Wait, Any, httpx.Response],
    *,
    send: Any = None,
    throw: BaseException | None = None,
) -> Exchange | Wait | httpx.Response:
    """The call's next step, or its answer once it returns."""
    try:
        return flow.throw(throw) if throw is not None else flow.send(send)
    except StopIteration as done:
        answer: httpx.Response = done.value
        return answer
