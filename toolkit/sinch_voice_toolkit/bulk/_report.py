"""`BulkReport`: what happened to every number of a bulk run, and the bookkeeping behind it.

The bulk helpers (`_bulk`) fill it as requests finish; every distinct input number ends in
exactly one of done, invalid, failed or (when the run was interrupted) pending. A run aims at a
state: a number already in it (un-assigning one that is not assigned) is done, and listed in
`already` too.

A report saves to JSON (the CLI's `--report` format) and loads back to resume the run: its
failed and pending numbers are pending again, and passing it as `report=` to the same bulk
helper sends only those (`assign_many(client, report.pending, report=report)`).
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .._errors import SinchError
from .._numbers import all_e164, e164_problem
from ._report_file import (
    read_report_data,
    refuse_another_run,
    report_data,
    report_fields,
    write_atomically,
)


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
        already: Numbers that were already in the state asked for (each is also in `done`):
            an un-assignment the server answered "not assigned".
        operation: "assign" or "unassign", set by the run that fills the report.
        application_key: The application the run was for: the one it named, else the one
            whose key signed the requests.
        capability: The capability the run named, if any.
        signed_by: The key of the application whose credentials sent the requests.
    """

    done: list[str] = field(default_factory=list)
    invalid: dict[str, str] = field(default_factory=dict)
    failed: dict[str, SinchError] = field(default_factory=dict)
    duplicates: int = 0
    reconciled: list[str] = field(default_factory=list)
    _pending: dict[str, None] = field(default_factory=dict, repr=False)
    already: list[str] = field(default_factory=list)
    operation: str | None = None
    application_key: str | None = None
    capability: str | None = None
    signed_by: str | None = None

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
        if self.already:
            extra += f", {len(self.already)} already so"
        if self.reconciled:
            extra += f", {len(self.reconciled)} read back from the server"
        return f"{counts}, {len(self._pending)} pending ({extra})"

    def to_dict(self) -> dict[str, object]:
        """A JSON-ready form (the `--report` format): errors become their messages."""
        return report_data(self)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> BulkReport:
        """A report to resume: what was done stays done; what failed or was pending is pending.

        Every value is checked: a known operation and capability, strings where numbers and
        keys go, a whole number of duplicates >= 0.

        Raises:
            ValueError: `data` is not a report (a field missing or of the wrong type, or a
                value no run writes).
        """
        fields, unfinished = report_fields(data)
        report = cls(**fields)
        report._pending.update(dict.fromkeys(n for n in unfinished if n not in report.done))
        return report

    def save(self, path: str | os.PathLike[str]) -> None:
        """Write the report as JSON: to a new file beside `path`, then renamed over it."""
        write_atomically(Path(path), json.dumps(self.to_dict(), indent=2) + "\n")

    @classmethod
    def load(cls, path: str | os.PathLike[str]) -> BulkReport:
        """Read a saved report, to resume its run (see `from_dict`): a regular file (not
        through a symbolic link, not a device or a FIFO) of at most 16 MiB.

        Raises:
            OSError: The file cannot be read.
            ValueError: It is not a saved report (`FileRefused` when it is not a regular file
                of at most 16 MiB).
        """
        data = read_report_data(path)
        return cls.from_dict(data)

    def _begin(
        self, operation: str, application_key: str, capability: str | None, signed_by: str
    ) -> None:
        """Record what the run is; refuse to continue another run in this report (another
        operation, application, capability, or other credentials), before anything is sent."""
        refuse_another_run(self, operation, application_key, capability, signed_by)
        self.operation = operation
        self.application_key = application_key
        self.capability = capability or self.capability
        self.signed_by = signed_by

    def _accept(self, numbers: Iterable[str]) -> list[str]:
        """Sort the input into invalid and pending; return the numbers to send, in order.

        Numbers this report already settled (done or invalid, in a resumed run) are not sent
        again."""
        given = list(numbers)
        distinct = dict.fromkeys(given)  # the first of each, in input order
        self.duplicates += len(given) - len(distinct)
        if self.done or self.invalid:
            settled = set(self.done) | set(self.invalid)
            distinct = {n: None for n in distinct if n not in settled}
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

    def _already(self, numbers: list[str]) -> None:
        """Numbers the server says were already in the state asked for: done."""
        self._finish(numbers)
        self.already.extend(numbers)

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
