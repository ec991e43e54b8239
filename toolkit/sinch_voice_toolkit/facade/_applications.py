"""The hand-written methods of `voice.applications` (the spec's `x-facade: {hand-written: ...}`
says why for each operation), and the bulk runs, which are more than one request.

- `get_callback_urls` and `update_callback_urls`: a plain `ApplicationCallbacks` pair for the
  nullable `url` object, both URLs as keyword arguments (at least one, http(s) only), and the
  application key defaulting to the signing application's;
- `assign_many` and `unassign_many`: any number of numbers, through the bulk helpers.

The generated `Applications`/`AsyncApplications` (`_operations.py`) subclass these.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any, Unpack

from ._callback_urls import ApplicationCallbacks, callbacks_body, read_callbacks
from ._facade_base import FacadeGroup

if TYPE_CHECKING:
    # The bulk helpers (and asyncio) load when a bulk method is first called.
    from ..bulk._bulk_options import AssignOptions, BulkOptions
    from ..bulk._report import BulkReport


class ApplicationsByHand(FacadeGroup):
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
            key, secret, connect_options = self._voice._connect_args
            async with connect(key, secret, **connect_options) as client:
                await helper(client, numbers, **{**options, "report": report})

        work = run()
        try:
            asyncio.run(work)
        finally:
            work.close()  # a Ctrl-C before the loop began it: no "never awaited" warning
        return report


class AsyncApplicationsByHand(FacadeGroup):
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
