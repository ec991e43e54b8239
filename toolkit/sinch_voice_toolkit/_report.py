"""`BulkReport`: what happened to every number of a bulk run, and the bookkeeping behind it.

The bulk helpers (`_bulk`) fill it as requests finish; every distinct input number ends in
exactly one of done, invalid, failed or (when the run was interrupted) pending.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from ._errors import SinchError
from ._numbers import all_e164, e164_problem


@dataclass
class BulkReport:
    """What happened to every number of a bulk run.

    Attributes:
        done: Numbers assigned (or un-assigned), in completion order.
        invalid: Numbers never sent, with the reason (not E.164).
        failed: Numbers sent and not done, with the error that caused it.
        pending: Numbers not finished: non-empty only when the run was interrupted.
        duplicates: How many repeated entries of the input were dropped.
        reconciled: Numbers whose outcome was ambiguous and was decided by reading back what
            the server holds (each is also in `done` or `failed`).
    """

    done: list[str] = field(default_factory=list)
    invalid: dict[str, str] = field(default_factory=dict)
    failed: dict[str, SinchError] = field(default_factory=dict)
    duplicates: int = 0
    reconciled: list[str] = field(default_factory=list)
    _pending: dict[str, None] = field(default_factory=dict, repr=False)

    @property
    def pending(self) -> list[str]:
        return list(self._pending)

    @property
    def total(self) -> int:
        """Distinct input numbers: each is in exactly one of done, invalid, failed, pending."""
        return len(self.done) + len(self.invalid) + len(self.failed) + len(self._pending)

    def summary(self) -> str:
        counts = f"{len(self.done)} done, {len(self.failed)} failed, {len(self.invalid)} invalid"
        extra = f"{self.total} distinct, {self.duplicates} duplicates dropped"
        if self.reconciled:
            extra += f", {len(self.reconciled)} read back from the server"
        return f"{counts}, {len(self._pending)} pending ({extra})"

    def to_dict(self) -> dict[str, object]:
        """A JSON-ready form: errors become their messages."""
        return {
            "done": self.done,
            "invalid": self.invalid,
            "failed": {number: str(error) for number, error in self.failed.items()},
            "pending": self.pending,
            "duplicates": self.duplicates,
            "reconciled": self.reconciled,
        }

    def _accept(self, numbers: Iterable[str]) -> list[str]:
        """Sort the input into invalid and pending; return the numbers to send, in order."""
        given = list(numbers)
        distinct = dict.fromkeys(given)  # the first of each, in input order
        self.duplicates += len(given) - len(distinct)
        if all_e164(distinct):  # the usual case, checked in one pass
            self._pending.update(distinct)
            return list(distinct)
        accepted: list[str] = []
        for number in distinct:
            problem = e164_problem(number)
            if problem is None:
                self._pending[number] = None
                accepted.append(number)
            else:
                self.invalid[str(number)] = problem
        return accepted

    def _finish(self, numbers: list[str], error: SinchError | None = None) -> None:
        for number in numbers:
            self._pending.pop(number, None)
        if error is None:
            self.done.extend(numbers)
        else:
            self.failed.update(dict.fromkeys(numbers, error))

    def _settle_from_server(self, numbers: Iterable[str], is_done: Callable[[str], bool]) -> None:
        """Numbers whose outcome was unknown: done when the server says so."""
        for number in numbers:
            if not is_done(number):
                continue
            if number in self.failed:
                del self.failed[number]
            elif number in self._pending:
                del self._pending[number]
            else:
                continue
            self.done.append(number)
            self.reconciled.append(number)
