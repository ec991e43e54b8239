"""One bulk run's bookkeeping: the report, the numbers in flight, the ones whose outcome is
unknown, and the read back that decides them (see `_bulk` for the runs themselves)."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Awaitable, Callable

from sinch_voice.api.numbers import get_numbers
from sinch_voice.client import Client
from sinch_voice.models import Capability, OwnedNumber, OwnedNumberList
from sinch_voice.types import Unset

from .._constants import DEFAULT_CAPABILITY
from .._errors import InvalidResponseError, SinchError, SinchTransportError
from ..transport._connected import ConnectedClient
from ._report import BulkReport
from ._workers import run_bounded

RECONCILE_READS = 3
RECONCILE_SECONDS = 10.0  # how long a cancelled run may spend reading back what it did


class _Run:
    """One bulk run: the report, the numbers in flight and the ones whose outcome is unknown."""

    def __init__(
        self,
        client: Client,
        report: BulkReport,
        application_key: str | None,
        capability: Capability | None,
        on_progress: Callable[[BulkReport], None] | None,
    ) -> None:
        if not isinstance(client, ConnectedClient):
            # Without connect()'s transport there are no typed errors to tell outcomes apart.
            raise TypeError(
                f"the bulk helpers need a client from connect(), not {type(client).__name__}"
            )
        client.raise_if_closed()  # before any number is counted as failed
        self.client = client
        self.report = report
        self.on_progress = on_progress
        self.target = application_key or client.application_key
        self.capability = capability
        self.in_flight: set[str] = set()
        self.ambiguous: set[str] = set()

    def settle(self, chunk: list[str], error: SinchError | None) -> None:
        """Record how a request ended, then tell the progress callback."""
        self.in_flight.difference_update(chunk)
        if error is not None and _ambiguous(error):
            self.ambiguous.update(chunk)
        self.report._finish(chunk, error)
        if self.on_progress is not None:
            self.on_progress(self.report)

    def settle_already_done(self, chunk: list[str]) -> None:
        """Record numbers the server says were already in the state asked for."""
        self.in_flight.difference_update(chunk)
        self.report._already(chunk)
        if self.on_progress is not None:
            self.on_progress(self.report)

    async def run(
        self, work: Callable[[list[str]], Awaitable[None]], chunks: list[list[str]], limit: int
    ) -> None:
        """Run the chunks, then read back what is ambiguous; on cancellation, what was in flight."""
        try:
            await run_bounded(work, chunks, limit)
        except asyncio.CancelledError:
            if self.in_flight:
                # If the server cannot be reached, the numbers stay pending.
                with contextlib.suppress(SinchError, TimeoutError, asyncio.CancelledError):
                    await asyncio.wait_for(
                        self.reconcile(set(self.in_flight)), timeout=RECONCILE_SECONDS
                    )
            raise
        if self.ambiguous:
            with contextlib.suppress(SinchError):  # the read failed too: failures stand
                await self.reconcile(self.ambiguous)

    async def reconcile(self, numbers: set[str]) -> None:
        """Decide `numbers` by what the server holds for the target application."""
        held = await self.assigned_to_target()
        self.report._settle_from_server(sorted(numbers), lambda n: self.is_done(n, held))

    def is_done(self, number: str, held: set[str]) -> bool:
        raise NotImplementedError

    def counts(self, item: OwnedNumber) -> bool:
        """Whether a listed assignment to the target is one this run's requests are about."""
        raise NotImplementedError

    async def assigned_to_target(self) -> set[str]:
        """The numbers the server shows assigned to the target application, as `counts` says.

        The read is tried up to `RECONCILE_READS` times: on top of the client's own retries, it
        also survives answers that are not retried (a 500, a broken body).
        """
        for attempt in range(1, RECONCILE_READS + 1):
            try:
                listed = await get_numbers.asyncio(client=self.client)
                break
            except SinchError:
                if attempt == RECONCILE_READS:
                    raise
        if not isinstance(listed, OwnedNumberList) or isinstance(listed.numbers, Unset):
            return set()
        return {
            item.number
            for item in listed.numbers
            if item.applicationkey == self.target and self.counts(item)
        }


class _AssignRun(_Run):
    def is_done(self, number: str, held: set[str]) -> bool:
        return number in held

    def counts(self, item: OwnedNumber) -> bool:
        # Assigned as asked: the capability named, or Sinch's default. A listing that names
        # no capability is taken as the default, as Sinch's documentation reads.
        wanted = self.capability or DEFAULT_CAPABILITY
        return isinstance(item.capability, Unset) or item.capability == wanted


class _UnassignRun(_Run):
    def is_done(self, number: str, held: set[str]) -> bool:
        return number not in held

    def counts(self, item: OwnedNumber) -> bool:
        # Without a capability the request un-assigns every one, so any assignment left means
        # not done; with one, only that one (or a listing that does not say which) counts.
        if self.capability is None:
            return True
        return isinstance(item.capability, Unset) or item.capability == self.capability


def _ambiguous(error: SinchError) -> bool:
    """Whether the server may have acted although the call failed."""
    if isinstance(error, SinchTransportError | InvalidResponseError):
        return True  # no (usable) answer: the request may have been served
    # A write sent more than once: an earlier attempt may have been applied (an un-assign
    # retried after a lost answer gets 404 for the number it released itself).
    return error.attempts > 1
