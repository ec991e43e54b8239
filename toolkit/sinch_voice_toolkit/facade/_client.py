"""`VoiceClient` and `AsyncVoiceClient`: one method per operation, plain return types.

The methods that are one operation's shape are generated from the spec into `_operations.py`
(`SyncOperations`, `AsyncOperations`), which these classes subclass. Written here by hand is
only what is more than one call (the spec's `x-facade: {hand-written: ...}` says why for each
operation):

- `get_callback_urls` and `update_callback_urls`: a plain `ApplicationCallbacks` pair for the
  nullable `url` object, both URLs as keyword arguments (at least one, http(s) only), and the
  application key defaulting to the signing application's;
- `assign_many` and `unassign_many`: any number of numbers, through the bulk helpers;
- opening and closing the connections.

Every method returns what a caller needs, never `None` for an answer or an error model:
failures are raised as the typed errors of `connect()`. Requests are built and answers read in
small functions both clients share; the two classes only differ in `await`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self, Unpack

from ._callback_urls import ApplicationCallbacks, callbacks_body, read_callbacks
from ._facade_base import ConnectOptions
from ._operations import AsyncOperations, AsyncRawResponses, SyncOperations, SyncRawResponses

if TYPE_CHECKING:
    # The generated models and endpoint functions load when a method first needs them, the
    # bulk helpers (and asyncio) when a bulk method is first called: importing the client
    # costs only what constructing it needs (bench/startup.py).
    from ..bulk._bulk_options import AssignOptions, BulkOptions
    from ..bulk._report import BulkReport

__all__ = ["ApplicationCallbacks", "AsyncVoiceClient", "ConnectOptions", "VoiceClient"]


class VoiceClient(SyncOperations):
    """The Sinch Voice application-configuration API, one method per operation.

    Takes the arguments of `connect()`: key and secret (default: `$SINCH_APPLICATION_KEY`,
    `$SINCH_APPLICATION_SECRET`), then `auth`, `base_url`, `timeout`, `retries`, `proxy`,
    `verify`, ... by keyword. Use it as a context manager, or call `close()`.

        with VoiceClient() as voice:
            for owned in voice.get_numbers():
                print(owned.number, owned.capability)

    Every method returns its documented type or raises a `SinchError`.
    """

    @property
    def with_raw_response(self) -> SyncRawResponses:
        """The methods that make one request, each returning a `RawResponse` (status, headers,
        the request as sent) whose `parse()` gives the usual result:
        `voice.with_raw_response.get_numbers().headers`."""
        return SyncRawResponses(self)

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
        """Close the connections; every method then raises `ClientClosedError`. Closing
        twice is harmless."""
        if not self.client.is_closed:
            self.client.get_httpx_client().close()

    def get_callback_urls(self, application_key: str | None = None) -> ApplicationCallbacks:
        """An application's callback URLs (default: the signing application's)."""
        from sinch_voice.api.callbacks import get_callback_urls

        key = application_key or self.application_key
        return read_callbacks(get_callback_urls.sync_detailed(key, client=self.client))

    def update_callback_urls(
        self,
        *,
        primary: str | None = None,
        fallback: str | None = None,
        application_key: str | None = None,
    ) -> None:
        """Set the primary and/or fallback callback URL (http or https); the other is kept."""
        from sinch_voice.api.callbacks import update_callback_urls

        body = callbacks_body(primary, fallback)
        key = application_key or self.application_key
        update_callback_urls.sync_detailed(key, client=self.client, body=body)

    def assign_many(self, numbers: Iterable[str], **options: Unpack[AssignOptions]) -> BulkReport:
        """Assign any number of numbers; the options (`AssignOptions`) and the report are those
        of `sinch_voice_toolkit.assign_many`."""
        from ..bulk._bulk import assign_many

        return self._run_bulk(assign_many, numbers, options)

    def unassign_many(self, numbers: Iterable[str], **options: Unpack[BulkOptions]) -> BulkReport:
        """Un-assign any number of numbers; the options (`BulkOptions`) and the report are those
        of `sinch_voice_toolkit.unassign_many`."""
        from ..bulk._bulk import unassign_many

        return self._run_bulk(unassign_many, numbers, options)

    def _run_bulk(
        self, helper: Callable[..., Any], numbers: Iterable[str], options: Mapping[str, Any]
    ) -> BulkReport:
        import asyncio

        from ..bulk._report import BulkReport
        from ..transport._connect import connect

        self.client.raise_if_closed()  # the run connects anew: a closed client must not
        try:
            asyncio.get_running_loop()
        except RuntimeError:
            pass
        else:
            raise RuntimeError(
                "VoiceClient's bulk methods cannot run inside an event loop;"
                " use AsyncVoiceClient there"
            )
        given = options.get("report")
        report = given if given is not None else BulkReport()

        async def run() -> None:
            # An async client of its own: connections cannot outlive the event loop they
            # were opened in, and this one ends with the call.
            key, secret, connect_options = self._connect_args
            async with connect(key, secret, **connect_options) as client:
                await helper(client, numbers, **{**options, "report": report})

        work = run()
        try:
            asyncio.run(work)
        finally:
            work.close()  # a Ctrl-C before the loop began it: no "never awaited" warning
        return report


class AsyncVoiceClient(AsyncOperations):
    """`VoiceClient` for async code: the same methods, awaited. Use `async with`, or `aclose()`.

    async with AsyncVoiceClient() as voice:
        info = await voice.query_number("+46730170101")
    """

    @property
    def with_raw_response(self) -> AsyncRawResponses:
        """The methods that make one request, each awaited for a `RawResponse` (status,
        headers, the request as sent) whose `parse()` gives the usual result."""
        return AsyncRawResponses(self)

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
        """Close the connections; every method then raises `ClientClosedError`. Closing
        twice is harmless."""
        if not self.client.is_closed:
            await self.client.get_async_httpx_client().aclose()

    async def get_callback_urls(self, application_key: str | None = None) -> ApplicationCallbacks:
        """An application's callback URLs (default: the signing application's)."""
        from sinch_voice.api.callbacks import get_callback_urls

        key = application_key or self.application_key
        return read_callbacks(await get_callback_urls.asyncio_detailed(key, client=self.client))

    async def update_callback_urls(
        self,
        *,
        primary: str | None = None,
        fallback: str | None = None,
        application_key: str | None = None,
    ) -> None:
        """Set the primary and/or fallback callback URL (http or https); the other is kept."""
        from sinch_voice.api.callbacks import update_callback_urls

        body = callbacks_body(primary, fallback)
        key = application_key or self.application_key
        await update_callback_urls.asyncio_detailed(key, client=self.client, body=body)

    async def assign_many(
        self, numbers: Iterable[str], **options: Unpack[AssignOptions]
    ) -> BulkReport:
        """Assign any number of numbers; the options (`AssignOptions`) and the report are those
        of `sinch_voice_toolkit.assign_many`."""
        from ..bulk._bulk import assign_many

        return await assign_many(self.client, numbers, **options)

    async def unassign_many(
        self, numbers: Iterable[str], **options: Unpack[BulkOptions]
    ) -> BulkReport:
        """Un-assign any number of numbers; the options (`BulkOptions`) and the report are
        those of `sinch_voice_toolkit.unassign_many`."""
        from ..bulk._bulk import unassign_many

        return await unassign_many(self.client, numbers, **options)
