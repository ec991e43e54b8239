"""Old names, kept working with a `DeprecationWarning` until the next breaking release.

One name per verb: `assign_numbers`/`unassign_number` send one request (the facade's methods),
`assign_many`/`unassign_many` handle any number of numbers (client methods and these
functions). The bulk functions used to be called `assign_numbers`/`unassign_numbers`, and the
facade's `assign_numbers` used to be `update_numbers` (its alias lives in `_client`).
"""

from __future__ import annotations

import warnings
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from ._constants import MAX_NUMBERS_PER_REQUEST
from ._numbers import DEFAULT_CONCURRENCY

if TYPE_CHECKING:
    from sinch_voice.client import Client
    from sinch_voice.models import Capability

    from ._report import BulkReport


def renamed(old: str, new: str) -> None:
    """Warn, once per call site, that `old` is now `new`."""
    warnings.warn(f"{old} is deprecated: use {new}", DeprecationWarning, stacklevel=3)


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
    """Deprecated: the old name of `assign_many`."""
    from ._bulk import assign_many

    renamed("sinch_voice_toolkit.assign_numbers", "sinch_voice_toolkit.assign_many")
    return await assign_many(
        client,
        numbers,
        application_key=application_key,
        capability=capability,
        concurrency=concurrency,
        chunk_size=chunk_size,
        report=report,
        on_progress=on_progress,
    )


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
    """Deprecated: the old name of `unassign_many`."""
    from ._bulk import unassign_many

    renamed("sinch_voice_toolkit.unassign_numbers", "sinch_voice_toolkit.unassign_many")
    return await unassign_many(
        client,
        numbers,
        application_key=application_key,
        capability=capability,
        concurrency=concurrency,
        report=report,
        on_progress=on_progress,
    )
