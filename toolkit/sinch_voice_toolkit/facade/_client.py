"""`VoiceClient` and `AsyncVoiceClient`: the Sinch Voice API in resource groups, plain types.

The groups (`voice.applications`, `voice.calls`, `voice.conferences`) and their methods are
generated from the spec into `_operations.py` (`SyncOperations`, `AsyncOperations`, which these
classes subclass); what a group has written by hand is in `_<group>.py`, with the reason. Here
is only opening and closing the connections.

Every method returns what a caller needs, never `None` for an answer or an error model:
failures are raised as the typed errors of `connect()`. The sync and async classes only differ
in `await`.
"""

from __future__ import annotations

from types import TracebackType
from typing import Self

from ._callback_urls import ApplicationCallbacks
from ._facade_base import ConnectOptions
from ._operations import AsyncOperations, SyncOperations

__all__ = ["ApplicationCallbacks", "AsyncVoiceClient", "ConnectOptions", "VoiceClient"]


class VoiceClient(SyncOperations):
    """The Sinch Voice API: `applications`, `calls` and `conferences`, one method per operation.

    Takes the arguments of `connect()`: key and secret (default: `$SINCH_APPLICATION_KEY`,
    `$SINCH_APPLICATION_SECRET`), then `auth`, `base_url`, `timeout`, `retries`, `proxy`,
    `verify`, ... by keyword. Use it as a context manager, or call `close()`.

        with VoiceClient() as voice:
            for owned in voice.applications.get_numbers():
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
        """Close the connections; every method then raises `ClientClosedError`. Closing
        twice is harmless."""
        if not self.client.is_closed:
            self.client.get_httpx_client().close()


class AsyncVoiceClient(AsyncOperations):
    """`VoiceClient` for async code: the same methods, awaited. Use `async with`, or `aclose()`.

    async with AsyncVoiceClient() as voice:
        info = await voice.applications.query_number("+46730170101")
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
        """Close the connections; every method then raises `ClientClosedError`. Closing
        twice is harmless."""
        if not self.client.is_closed:
            await self.client.get_async_httpx_client().aclose()
