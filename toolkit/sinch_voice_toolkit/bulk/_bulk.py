"""Assign or un-assign any number of numbers, and account for every one of them.

The API takes at most 100 numbers per assignment and one number per un-assignment. These
helpers validate and de-duplicate the input, chunk it, run the requests concurrently with a
bound, and fill a `BulkReport` as they go: every distinct input number ends in exactly one of
done, invalid, failed (with the error that caused it), or still pending if the run was
interrupted. Pass your own report to keep what was done even when the call does not return.

Backoff on 429 and transient failures comes from the client's retry policy (see `connect()`).
A chunk the server rejects as a bad request about its numbers (errorCode 40001 or 40005, or a
message naming one of them) is split in halves until the offending numbers are isolated, so one
bad number does not fail the 99 others; any other refusal (an invalid application key, 40003)
fails the chunk as it is.

When an outcome is ambiguous (no answer came, the answer was not valid, or the write was sent
more than once and failed), the server may have acted anyway: after the run, one read of the
numbers (GetNumbers) decides those numbers by what the server holds for the target application
and the capability the requests named (for an un-assignment that named none: any capability).
The same read settles the numbers in flight when a run is cancelled, if the server can still be
reached.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TypeVar, Unpack

from sinch_voice.api.numbers import unassign_number, update_numbers
from sinch_voice.client import Client
from sinch_voice.models import (
    AssignNumbersRequest,
    UnassignNumberRequest,
)
from sinch_voice.types import UNSET, Unset

from .._constants import MAX_NUMBERS_PER_REQUEST
from .._errors import (
    BadRequestError,
    NotFoundError,
    SinchError,
)
from .._numbers import DEFAULT_CONCURRENCY
from ._bulk_options import AssignOptions, BulkOptions, checked_options
from ._report import BulkReport
from ._runs import _AssignRun, _UnassignRun
from ._workers import check_concurrency

# Sinch's errorCodes for a request refused over a parameter's value (40001) and for a number
# missing its leading plus (40005): a chunk refused with one of these is split to find the
# numbers at fault. 40002 (missing parameter), 40003 (invalid application key or request) and
# 40004 (invalid authorization key) are about the request as a whole.
_NUMBER_ERROR_CODES = frozenset({40001, 40005})
T = TypeVar("T")


async def assign_many(
    client: Client, numbers: Iterable[str], **options: Unpack[AssignOptions]
) -> BulkReport:
    """Assign every number to the application, `chunk_size` per request, `concurrency` at once.

    Args:
        client: A client from `connect()` (its retries and typed errors are relied on).
        numbers: Any iterable of numbers; duplicates are dropped, invalid ones reported.
        **options: `AssignOptions`: `application_key`, `capability`, `concurrency`,
            `chunk_size`, `report`, `on_progress`.

    Returns:
        The report, accounting for every distinct input number.

    Raises:
        TypeError: An option the run does not know.
        ValueError: `chunk_size` or `concurrency` is out of range, or `report` is of another
            run (operation, application, capability or credentials); nothing was sent.
        ClientClosedError: The client has been closed; nothing was sent.
        Exception: A programming error inside a request (not a `SinchError`) is raised as
            itself, never wrapped in an `ExceptionGroup`; the report stays consistent.
    """
    checked_options(options, AssignOptions, "assign_many")
    chunk_size = options.get("chunk_size", MAX_NUMBERS_PER_REQUEST)
    application_key, capability = options.get("application_key"), options.get("capability")
    concurrency = options.get("concurrency", DEFAULT_CONCURRENCY)
    if not 1 <= chunk_size <= MAX_NUMBERS_PER_REQUEST:
        raise ValueError(f"chunk_size must be between 1 and {MAX_NUMBERS_PER_REQUEST}")
    check_concurrency(concurrency)
    given = options.get("report")
    report = given if given is not None else BulkReport()
    run = _AssignRun(client, report, application_key, capability, options.get("on_progress"))
    report._begin("assign", run.target, capability, run.client.application_key)
    to_send = report._accept(numbers)
    chunks = [to_send[i : i + chunk_size] for i in range(0, len(to_send), chunk_size)]

    async def assign(chunk: list[str]) -> None:
        body = AssignNumbersRequest(
            numbers=chunk,
            applicationkey=_or_unset(application_key),
            capability=_or_unset(capability),
        )
        run.in_flight.update(chunk)
        try:
            await update_numbers.asyncio_detailed(client=client, body=body)
        except BadRequestError as error:
            if len(chunk) > 1 and _about_numbers(error, chunk):
                half = len(chunk) // 2  # isolate the numbers the server objects to
                await assign(chunk[:half])
                await assign(chunk[half:])
                return
            run.settle(chunk, error)
        except SinchError as error:
            run.settle(chunk, error)
        else:
            run.settle(chunk, None)

    await run.run(assign, chunks, concurrency)
    return report


async def unassign_many(
    client: Client, numbers: Iterable[str], **options: Unpack[BulkOptions]
) -> BulkReport:
    """Un-assign every number (one request each, `concurrency` at once). See `assign_many`;
    the options are `BulkOptions` (no `chunk_size`).

    A number the server answers 404 ("not assigned") for is done, and listed in the report's
    `already`: the run aims at the state, and it was reached before. After a retried request,
    a 404 is decided by the read back instead (the earlier attempt may have done it).
    """
    checked_options(options, BulkOptions, "unassign_many")
    application_key, capability = options.get("application_key"), options.get("capability")
    concurrency = options.get("concurrency", DEFAULT_CONCURRENCY)
    check_concurrency(concurrency)
    given = options.get("report")
    report = given if given is not None else BulkReport()
    run = _UnassignRun(client, report, application_key, capability, options.get("on_progress"))
    report._begin("unassign", run.target, capability, run.client.application_key)

    async def unassign(chunk: list[str]) -> None:
        (number,) = chunk
        body = UnassignNumberRequest(
            number=number,
            applicationkey=_or_unset(application_key),
            capability=_or_unset(capability),
        )
        run.in_flight.add(number)
        try:
            await unassign_number.asyncio_detailed(client=client, body=body)
        except NotFoundError as error:
            if error.attempts == 1:  # "not assigned": the state asked for, reached before
                run.settle_already_done(chunk)
            else:  # perhaps by an earlier attempt of this request: read back
                run.settle(chunk, error)
        except SinchError as error:
            run.settle(chunk, error)
        else:
            run.settle(chunk, None)

    await run.run(unassign, [[n] for n in report._accept(numbers)], concurrency)
    return report


def _about_numbers(error: BadRequestError, chunk: list[str]) -> bool:
    """Whether a refused assignment was refused over (some of) its numbers."""
    if error.error_code in _NUMBER_ERROR_CODES:
        return True
    message = error.message or ""
    return any(number in message for number in chunk)


def _or_unset(value: T | None) -> T | Unset:
    return UNSET if value is None else value


__all__ = ["BulkReport", "assign_many", "unassign_many"]
