"""Running chunks of work with bounded concurrency: `limit` workers share one queue.

(One task per chunk, gated by a semaphore, cost ~50 us of CPU per chunk: 0.5 s for 10,000
un-assignments.) The first real error inside the task group is raised as itself, never
wrapped in an `ExceptionGroup`.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable


def check_concurrency(limit: int) -> None:
    if limit < 1:
        raise ValueError("concurrency must be at least 1")


async def run_bounded(
    work: Callable[[list[str]], Awaitable[None]], chunks: list[list[str]], limit: int
) -> None:
    """Run `work` on every chunk, at most `limit` at a time: `limit` workers share one queue.

    (One task per chunk, gated by a semaphore, cost ~50 us of CPU per chunk: 0.5 s for 10,000
    un-assignments.)
    """
    queue = iter(chunks)

    async def worker() -> None:
        for chunk in queue:  # shared: each chunk goes to exactly one worker
            await work(chunk)

    try:
        async with asyncio.TaskGroup() as group:
            for _ in range(min(limit, len(chunks))):
                group.create_task(worker())
    except BaseExceptionGroup as group:
        raise first_error(group) from None


def first_error(group: BaseExceptionGroup[BaseException]) -> BaseException:
    """The first real error inside (possibly nested) exception groups."""
    first = group.exceptions[0]
    return first_error(first) if isinstance(first, BaseExceptionGroup) else first
