"""Assign or un-assign any number of numbers, and account for every one of them.

The API takes at most 100 numbers per assignment and one number per un-assignment. These
helpers validate and de-duplicate the input, chunk it, run the requests concurrently with a
bound, and fill a `BulkReport` as they go: every distinct input number ends in exactly one of
done, invalid, failed (with the error that caused it), or still pending if the run was
interrupted. Pass your own report to keep what was done even when the call does not return.

Backoff on 429 and transient failures comes from the client's retry policy (see `connect()`).
A chunk the server rejects as a bad request is split in halves until the offending numbers are
isolated, so one bad number does not fail the 99 others.
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass, field
from typing import TypeVar

from sinch_voice.api.numbers import unassign_number, update_numbers
from sinch_voice.client import Client
from sinch_voice.models import AssignNumbersRequest, Capability, UnassignNumberRequest
from sinch_voice.types import UNSET, Unset

from ._errors import BadRequestError, SinchError

# The E164Number pattern and the maxItems of AssignNumbersRequest.numbers in openapi.yaml;
# tests/test_bulk.py fails if they drift apart.
E164 = re.compile(r"\+[1-9][0-9]{1,14}")
MAX_NUMBERS_PER_REQUEST = 100
DEFAULT_CONCURRENCY = 8
T = TypeVar("T")


@dataclass
class BulkReport:
    """What happened to every number of a bulk run.

    Attributes:
        done: Numbers assigned (or un-assigned), in completion order.
        invalid: Numbers never sent, with the reason (not E.164).
        failed: Numbers sent and not done, with the error that caused it.
        pending: Numbers not finished yet: non-empty only when the run was interrupted.
        duplicates: How many repeated entries of the input were dropped.
    """

    done: list[str] = field(default_factory=list)
    invalid: dict[str, str] = field(default_factory=dict)
    failed: dict[str, SinchError] = field(default_factory=dict)
    pending: list[str] = field(default_factory=list)
    duplicates: int = 0

    @property
    def total(self) -> int:
        """Distinct input numbers: each is in exactly one of the four groups."""
        return len(self.done) + len(self.invalid) + len(self.failed) + len(self.pending)

    def summary(self) -> str:
        counts = f"{len(self.done)} done, {len(self.failed)} failed, {len(self.invalid)} invalid"
        extra = f"{self.total} distinct, {self.duplicates} duplicates dropped"
        return f"{counts}, {len(self.pending)} pending ({extra})"

    def to_dict(self) -> dict[str, object]:
        """A JSON-ready form: errors become their messages."""
        return {
            "done": self.done,
            "invalid": self.invalid,
            "failed": {number: str(error) for number, error in self.failed.items()},
            "pending": self.pending,
            "duplicates": self.duplicates,
        }

    def _accept(self, numbers: Iterable[str]) -> list[str]:
        """Sort the input into invalid and pending; return the numbers to send, in order."""
        seen: set[str] = set()
        for number in numbers:
            if number in seen:
                self.duplicates += 1
                continue
            seen.add(number)
            if isinstance(number, str) and E164.fullmatch(number):
                self.pending.append(number)
            else:
                self.invalid[str(number)] = "not an E.164 number (+ then 2 to 15 digits)"
        return list(self.pending)

    def _finish(self, numbers: list[str], error: SinchError | None = None) -> None:
        finished = set(numbers)
        self.pending = [n for n in self.pending if n not in finished]
        if error is None:
            self.done.extend(numbers)
        else:
            self.failed.update(dict.fromkeys(numbers, error))


async def assign_numbers(
    client: Client,
    numbers: Iterable[str],
    *,
    application_key: str | None = None,
    capability: Capability | None = None,
    concurrency: int = DEFAULT_CONCURRENCY,
    chunk_size: int = MAX_NUMBERS_PER_REQUEST,
    report: BulkReport | None = None,
    on_progress: Callable[[BulkReport], None] | None = None,
) -> BulkReport:
    """Assign every number to the application, `chunk_size` per request, `concurrency` at once.

    Args:
        client: A client from `connect()` (its retries and typed errors are relied on).
        numbers: Any iterable of numbers; duplicates are dropped, invalid ones reported.
        application_key: The application; defaults to the one whose key signs the requests.
        capability: voice or sms; Sinch's default (voice) when left out.
        concurrency: Requests in flight at most.
        chunk_size: Numbers per request, 1 to 100.
        report: Filled in as the run goes; pass your own to keep it if the run is interrupted.
        on_progress: Called with the report each time a request finishes (for a progress bar).

    Returns:
        The report, accounting for every distinct input number.
    """
    if not 1 <= chunk_size <= MAX_NUMBERS_PER_REQUEST:
        raise ValueError(f"chunk_size must be between 1 and {MAX_NUMBERS_PER_REQUEST}")
    report = report if report is not None else BulkReport()
    to_send = report._accept(numbers)
    chunks = [to_send[i : i + chunk_size] for i in range(0, len(to_send), chunk_size)]

    async def assign(chunk: list[str]) -> None:
        body = AssignNumbersRequest(
            numbers=chunk,
            applicationkey=_or_unset(application_key),
            capability=_or_unset(capability),
        )
        try:
            await update_numbers.asyncio_detailed(client=client, body=body)
        except BadRequestError as error:
            if len(chunk) > 1:
                half = len(chunk) // 2  # isolate the numbers the server objects to
                await assign(chunk[:half])
                await assign(chunk[half:])
                return
            _settle(report, chunk, error, on_progress)
        except SinchError as error:
            _settle(report, chunk, error, on_progress)
        else:
            _settle(report, chunk, None, on_progress)

    await _run_bounded(assign, chunks, concurrency)
    return report


async def unassign_numbers(
    client: Client,
    numbers: Iterable[str],
    *,
    application_key: str | None = None,
    capability: Capability | None = None,
    concurrency: int = DEFAULT_CONCURRENCY,
    report: BulkReport | None = None,
    on_progress: Callable[[BulkReport], None] | None = None,
) -> BulkReport:
    """Un-assign every number (one request each, `concurrency` at once). See `assign_numbers`."""
    report = report if report is not None else BulkReport()

    async def unassign(chunk: list[str]) -> None:
        (number,) = chunk
        body = UnassignNumberRequest(
            number=number,
            applicationkey=_or_unset(application_key),
            capability=_or_unset(capability),
        )
        try:
            await unassign_number.asyncio_detailed(client=client, body=body)
        except SinchError as error:
            _settle(report, chunk, error, on_progress)
        else:
            _settle(report, chunk, None, on_progress)

    await _run_bounded(unassign, [[n] for n in report._accept(numbers)], concurrency)
    return report


def _or_unset(value: T | None) -> T | Unset:
    return UNSET if value is None else value


def _settle(
    report: BulkReport,
    chunk: list[str],
    error: SinchError | None,
    on_progress: Callable[[BulkReport], None] | None,
) -> None:
    """Record how a request ended, then tell the progress callback."""
    report._finish(chunk, error)
    if on_progress is not None:
        on_progress(report)


async def _run_bounded(
    work: Callable[[list[str]], Awaitable[None]], chunks: list[list[str]], limit: int
) -> None:
    if limit < 1:
        raise ValueError("concurrency must be at least 1")
    gate = asyncio.Semaphore(limit)

    async def one(chunk: list[str]) -> None:
        async with gate:
            await work(chunk)

    async with asyncio.TaskGroup() as group:
        for chunk in chunks:
            group.create_task(one(chunk))
