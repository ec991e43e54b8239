"""`VoiceClient` and `AsyncVoiceClient`: one method per operation, plain return types.

A thin, hand-written layer over the generated functions under `sinch_voice.api`, which stay
the lower layer (`.client` is the `sinch_voice.Client` they take). Every method returns what a
caller needs, never `None` for an answer or an error model: failures are raised as the typed
errors of `connect()`.

Requests are built here and answers read here once, in small functions both clients share;
the two classes only differ in `await`.
"""

from __future__ import annotations

import ssl
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self, TypedDict, TypeVar, Unpack

import httpx

from sinch_voice.types import UNSET, Response, Unset

from ._connect import AuthKind, ConnectedClient, connect
from ._errors import InvalidRequestError, InvalidResponseError
from ._numbers import DEFAULT_CONCURRENCY
from ._retrying import RetryPolicy

if TYPE_CHECKING:
    # The generated models and endpoint functions load when a method first needs them, the
    # bulk helpers (and asyncio) when a bulk method is first called: importing the client
    # costs only what constructing it needs (bench/startup.py).
    from sinch_voice.models import (
        AssignNumbersRequest,
        Capability,
        NumberInfo,
        OwnedNumber,
        UnassignNumberRequest,
        UpdateCallbackUrlsRequest,
    )

    from ._bulk import BulkReport

T = TypeVar("T")


class ConnectOptions(TypedDict, total=False):
    """The keyword arguments of `connect()`, which both clients take too."""

    auth: AuthKind
    base_url: str | None
    timeout: float | httpx.Timeout
    retries: RetryPolicy | None
    environ: Mapping[str, str] | None
    httpx_args: Mapping[str, Any] | None
    max_response_bytes: int
    proxy: str | httpx.Proxy | None
    verify: ssl.SSLContext | bool | None
    trust_env: bool | None


@dataclass(frozen=True)
class ApplicationCallbacks:
    """An application's callback URLs; None where none is configured."""

    primary: str | None
    fallback: str | None


class _Base:
    def __init__(
        self,
        application_key: str | None = None,
        application_secret: str | None = None,
        **options: Unpack[ConnectOptions],
    ) -> None:
        self.client: ConnectedClient = connect(application_key, application_secret, **options)
        """The generated `sinch_voice.Client` underneath (a `ConnectedClient`), for the
        functions in `sinch_voice.api`."""
        self._connect_args = (application_key, application_secret, options)

    @property
    def application_key(self) -> str:
        """The key of the application that signs the requests."""
        return self.client.application_key

    @property
    def base_url(self) -> str:
        return str(self.client._base_url)

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(base_url={self.base_url!r},"
            f" application_key={self.application_key!r})"
        )


class VoiceClient(_Base):
    """The Sinch Voice application-configuration API, one method per operation.

    Takes the arguments of `connect()`: key and secret (default: `$SINCH_APPLICATION_KEY`,
    `$SINCH_APPLICATION_SECRET`), then `auth`, `base_url`, `timeout`, `retries`, `proxy`,
    `verify`, ... by keyword. Use it as a context manager, or call `close()`.

        with VoiceClient() as voice:
            for owned in voice.get_numbers():
                print(owned.number, owned.capability)

    Every method returns its documented type or raises a `SinchError`.
    """

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        """Close the connections."""
        self.client.get_httpx_client().close()

    def get_numbers(self) -> list[OwnedNumber]:
        """The numbers you own, with their capability and application (empty if none)."""
        from sinch_voice.api.numbers import get_numbers

        return _owned(get_numbers.sync_detailed(client=self.client))

    def update_numbers(
        self,
        numbers: Sequence[str],
        *,
        application_key: str | None = None,
        capability: Capability | None = None,
    ) -> None:
        """Assign 1 to 100 numbers (E.164) to an application (default: the signing one)."""
        from sinch_voice.api.numbers import update_numbers

        body = _assign_body(numbers, application_key, capability)
        update_numbers.sync_detailed(client=self.client, body=body)

    def unassign_number(
        self,
        number: str,
        *,
        application_key: str | None = None,
        capability: Capability | None = None,
    ) -> None:
        """Un-assign a number (for one capability, or all when `capability` is left out)."""
        from sinch_voice.api.numbers import unassign_number

        body = _unassign_body(number, application_key, capability)
        unassign_number.sync_detailed(client=self.client, body=body)

    def get_callback_urls(self, application_key: str | None = None) -> ApplicationCallbacks:
        """An application's callback URLs (default: the signing application's)."""
        from sinch_voice.api.callbacks import get_callback_urls

        key = application_key or self.application_key
        return _callbacks(get_callback_urls.sync_detailed(key, client=self.client))

    def update_callback_urls(
        self,
        *,
        primary: str | None = None,
        fallback: str | None = None,
        application_key: str | None = None,
    ) -> None:
        """Set the primary and/or fallback callback URL (http or https); the other is kept."""
        from sinch_voice.api.callbacks import update_callback_urls

        body = _callbacks_body(primary, fallback)
        key = application_key or self.application_key
        update_callback_urls.sync_detailed(key, client=self.client, body=body)

    def query_number(self, number: str) -> NumberInfo:
        """Country, type, normalized form and rate of a number (deprecated by Sinch)."""
        from sinch_voice.api.query import query_number

        return _number_info(query_number.sync_detailed(number, client=self.client))

    def assign_many(
        self,
        numbers: Iterable[str],
        *,
        application_key: str | None = None,
        capability: Capability | None = None,
        concurrency: int = DEFAULT_CONCURRENCY,
        report: BulkReport | None = None,
        on_progress: Callable[[BulkReport], None] | None = None,
    ) -> BulkReport:
        """Assign any number of numbers; see `sinch_voice_toolkit.assign_numbers`."""
        from ._bulk import assign_numbers

        return self._run_bulk(
            assign_numbers, numbers, application_key, capability, concurrency, report, on_progress
        )

    def unassign_many(
        self,
        numbers: Iterable[str],
        *,
        application_key: str | None = None,
        capability: Capability | None = None,
        concurrency: int = DEFAULT_CONCURRENCY,
        report: BulkReport | None = None,
        on_progress: Callable[[BulkReport], None] | None = None,
    ) -> BulkReport:
        """Un-assign any number of numbers; see `sinch_voice_toolkit.unassign_numbers`."""
        from ._bulk import unassign_numbers

        return self._run_bulk(
            unassign_numbers, numbers, application_key, capability, concurrency, report, on_progress
        )

    def _run_bulk(
        self,
        helper: Callable[..., Any],
        numbers: Iterable[str],
        application_key: str | None,
        capability: Capability | None,
        concurrency: int,
        report: BulkReport | None,
        on_progress: Callable[[BulkReport], None] | None,
    ) -> BulkReport:
        import asyncio

        from ._bulk import BulkReport

        try:
            asyncio.get_running_loop()
        except RuntimeError:
            pass
        else:
            raise RuntimeError(
                "VoiceClient's bulk methods cannot run inside an event loop;"
                " use AsyncVoiceClient there"
            )
        report = report if report is not None else BulkReport()

        async def run() -> None:
            # An async client of its own: connections cannot outlive the event loop they
            # were opened in, and this one ends with the call.
            key, secret, options = self._connect_args
            async with connect(key, secret, **options) as client:
                await helper(
                    client,
                    numbers,
                    application_key=application_key,
                    capability=capability,
                    concurrency=concurrency,
                    report=report,
                    on_progress=on_progress,
                )

        asyncio.run(run())
        return report


class AsyncVoiceClient(_Base):
    """`VoiceClient` for async code: the same methods, awaited. Use `async with`, or `aclose()`.

    async with AsyncVoiceClient() as voice:
        info = await voice.query_number("+46730170101")
    """

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        """Close the connections."""
        await self.client.get_async_httpx_client().aclose()

    async def get_numbers(self) -> list[OwnedNumber]:
        """The numbers you own, with their capability and application (empty if none)."""
        from sinch_voice.api.numbers import get_numbers

        return _owned(await get_numbers.asyncio_detailed(client=self.client))

    async def update_numbers(
        self,
        numbers: Sequence[str],
        *,
        application_key: str | None = None,
        capability: Capability | None = None,
    ) -> None:
        """Assign 1 to 100 numbers (E.164) to an application (default: the signing one)."""
        from sinch_voice.api.numbers import update_numbers

        body = _assign_body(numbers, application_key, capability)
        await update_numbers.asyncio_detailed(client=self.client, body=body)

    async def unassign_number(
        self,
        number: str,
        *,
        application_key: str | None = None,
        capability: Capability | None = None,
    ) -> None:
        """Un-assign a number (for one capability, or all when `capability` is left out)."""
        from sinch_voice.api.numbers import unassign_number

        body = _unassign_body(number, application_key, capability)
        await unassign_number.asyncio_detailed(client=self.client, body=body)

    async def get_callback_urls(self, application_key: str | None = None) -> ApplicationCallbacks:
        """An application's callback URLs (default: the signing application's)."""
        from sinch_voice.api.callbacks import get_callback_urls

        key = application_key or self.application_key
        return _callbacks(await get_callback_urls.asyncio_detailed(key, client=self.client))

    async def update_callback_urls(
        self,
        *,
        primary: str | None = None,
        fallback: str | None = None,
        application_key: str | None = None,
    ) -> None:
        """Set the primary and/or fallback callback URL (http or https); the other is kept."""
        from sinch_voice.api.callbacks import update_callback_urls

        body = _callbacks_body(primary, fallback)
        key = application_key or self.application_key
        await update_callback_urls.asyncio_detailed(key, client=self.client, body=body)

    async def query_number(self, number: str) -> NumberInfo:
        """Country, type, normalized form and rate of a number (deprecated by Sinch)."""
        from sinch_voice.api.query import query_number

        return _number_info(await query_number.asyncio_detailed(number, client=self.client))

    async def assign_many(
        self,
        numbers: Iterable[str],
        *,
        application_key: str | None = None,
        capability: Capability | None = None,
        concurrency: int = DEFAULT_CONCURRENCY,
        report: BulkReport | None = None,
        on_progress: Callable[[BulkReport], None] | None = None,
    ) -> BulkReport:
        """Assign any number of numbers; see `sinch_voice_toolkit.assign_numbers`."""
        from ._bulk import assign_numbers

        return await assign_numbers(
            self.client,
            numbers,
            application_key=application_key,
            capability=capability,
            concurrency=concurrency,
            report=report,
            on_progress=on_progress,
        )

    async def unassign_many(
        self,
        numbers: Iterable[str],
        *,
        application_key: str | None = None,
        capability: Capability | None = None,
        concurrency: int = DEFAULT_CONCURRENCY,
        report: BulkReport | None = None,
        on_progress: Callable[[BulkReport], None] | None = None,
    ) -> BulkReport:
        """Un-assign any number of numbers; see `sinch_voice_toolkit.unassign_numbers`."""
        from ._bulk import unassign_numbers

        return await unassign_numbers(
            self.client,
            numbers,
            application_key=application_key,
            capability=capability,
            concurrency=concurrency,
            report=report,
            on_progress=on_progress,
        )


# -- requests -----------------------------------------------------------------------------------


def _assign_body(
    numbers: Sequence[str], application_key: str | None, capability: Capability | None
) -> AssignNumbersRequest:
    from sinch_voice.models import AssignNumbersRequest

    if isinstance(numbers, str):  # a str is a Sequence[str] too: "+4673..." would be split
        raise InvalidRequestError(
            "updateNumbers", "/numbers", f"give a list of numbers, not one string: [{numbers!r}]"
        )
    return AssignNumbersRequest(
        numbers=list(numbers),
        applicationkey=_or_unset(application_key),
        capability=_or_unset(capability),
    )


def _unassign_body(
    number: str, application_key: str | None, capability: Capability | None
) -> UnassignNumberRequest:
    from sinch_voice.models import UnassignNumberRequest

    return UnassignNumberRequest(
        number=number,
        applicationkey=_or_unset(application_key),
        capability=_or_unset(capability),
    )


def _callbacks_body(primary: str | None, fallback: str | None) -> UpdateCallbackUrlsRequest:
    from sinch_voice.models import CallbackUrls, UpdateCallbackUrlsRequest

    if primary is None and fallback is None:
        raise InvalidRequestError("updateCallbackUrls", "/url", "give primary, fallback or both")
    for where, url in (("/url/primary", primary), ("/url/fallback", fallback)):
        # The spec allows any URI; Sinch can only call http(s), so anything else is a mistake.
        if url is not None and not url.lower().startswith(("https://", "http://")):
            raise InvalidRequestError(
                "updateCallbackUrls", where, f"{url!r} is not an http:// or https:// URL"
            )
    return UpdateCallbackUrlsRequest(
        url=CallbackUrls(primary=_or_unset(primary), fallback=_or_unset(fallback))
    )


def _or_unset(value: T | None) -> T | Unset:
    return UNSET if value is None else value


# -- answers ------------------------------------------------------------------------------------


def _owned(response: Response[Any]) -> list[OwnedNumber]:
    from sinch_voice.models import OwnedNumberList

    answer = _parsed(response, OwnedNumberList, "getNumbers")
    return list(answer.numbers or [])


def _callbacks(response: Response[Any]) -> ApplicationCallbacks:
    from sinch_voice.models import CallbackConfiguration, ConfiguredCallbackUrls

    answer = _parsed(response, CallbackConfiguration, "getCallbackUrls")
    urls = answer.url
    if not isinstance(urls, ConfiguredCallbackUrls):
        return ApplicationCallbacks(primary=None, fallback=None)
    return ApplicationCallbacks(primary=_or_none(urls.primary), fallback=_or_none(urls.fallback))


def _number_info(response: Response[Any]) -> NumberInfo:
    from sinch_voice.models import NumberInfo, QueryNumberResponse

    answer = _parsed(response, QueryNumberResponse, "queryNumber")
    for item in (answer.number, answer.number_item):
        if isinstance(item, NumberInfo):
            return item
    raise _unexpected(response, "queryNumber", "the answer has neither number nor numberItem")


def _or_none(value: str | Unset | None) -> str | None:
    return None if isinstance(value, Unset) else value


def _parsed(response: Response[Any], model: type[T], operation: str) -> T:
    # The transport has already raised for every status but the documented 2xx, so this
    # only fails if the generated parser and the contract ever disagree.
    if isinstance(response.parsed, model):
        return response.parsed
    raise _unexpected(response, operation, f"the answer is not a {model.__name__}")


def _unexpected(response: Response[Any], operation: str, reason: str) -> InvalidResponseError:
    # The generated Response keeps no request; the operation names it.
    return InvalidResponseError(
        None, int(response.status_code), reason, operation=operation, body=response.content
    )
