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

import contextlib
import json
import os
import tempfile
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ._constants import CAPABILITIES
from ._errors import SinchError
from ._files import MIB, read_regular_file
from ._json_values import JsonValueError, loads
from ._numbers import all_e164, e164_problem

OPERATIONS = ("assign", "unassign")
MAX_REPORT_BYTES = 16 * MIB  # as --from-file's; a saved report of 800,000 numbers fits


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
        return {
            "operation": self.operation,
            "application": self.application_key,
            "capability": self.capability,
            "signedBy": self.signed_by,
            "done": self.done,
            "already": self.already,
            "invalid": self.invalid,
            "failed": {number: str(error) for number, error in self.failed.items()},
            "pending": self.pending,
            "duplicates": self.duplicates,
            "reconciled": self.reconciled,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> BulkReport:
        """A report to resume: what was done stays done; what failed or was pending is pending.

        Every value is checked: a known operation and capability, strings where numbers and
        keys go, a whole number of duplicates >= 0.

        Raises:
            ValueError: `data` is not a report (a field missing or of the wrong type, or a
                value no run writes).
        """
        try:
            report = cls(
                done=_strings(data["done"]),
                already=_strings(data.get("already", [])),
                invalid=_string_map(data.get("invalid", {})),
                duplicates=_count(data.get("duplicates", 0)),
                reconciled=_strings(data.get("reconciled", [])),
                operation=_one_of(data.get("operation"), OPERATIONS),
                application_key=_optional(data.get("application")),
                capability=_one_of(data.get("capability"), CAPABILITIES),
                signed_by=_optional(data.get("signedBy")),
            )
            unfinished = [*_string_map(data.get("failed", {})), *_strings(data["pending"])]
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            detail = f" ({error.args[0]})" if isinstance(error, TypeError | ValueError) else ""
            raise ValueError(
                f"not a bulk report{detail}: expected the JSON a report saves"
            ) from None
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
        raw = read_regular_file(path, MAX_REPORT_BYTES)
        try:
            data = loads(raw)
        except JsonValueError as problem:
            raise ValueError(f"{path} is not JSON a report saves: {problem}") from None
        if not isinstance(data, dict):
            raise ValueError(f"{path} is not a bulk report")
        return cls.from_dict(data)

    def _begin(
        self, operation: str, application_key: str, capability: str | None, signed_by: str
    ) -> None:
        """Record what the run is; refuse to continue another run in this report (another
        operation, application, capability, or other credentials), before anything is sent."""
        recorded = {
            "an {} run": (self.operation, operation),
            "a run for application {}": (self.application_key, application_key),
            "a run for capability {}": (self.capability, capability),
            "a run signed by application {}": (self.signed_by, signed_by),
        }
        for run, (before, now) in recorded.items():
            if before is not None and now is not None and before != now:
                raise ValueError(
                    f"this report is of {run.format(before)}, not {run.format(now)}: resume"
                    " it as it was started, or start a new report"
                )
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


def _strings(values: Any) -> list[str]:
    if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
        raise TypeError("expected a list of strings")
    return list(values)


def _string_map(values: Any) -> dict[str, str]:
    if not isinstance(values, dict) or not all(isinstance(v, str) for v in values.values()):
        raise TypeError("expected an object of strings")
    return dict(values)


def _count(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValueError(f"a count must be a whole number >= 0, not {str(value)[:20]}")
    return value


def _optional(value: Any) -> str | None:
    if value is not None and not isinstance(value, str):
        raise TypeError("expected a string or null")
    return value


def _one_of(value: Any, known: tuple[str, ...]) -> str | None:
    if value is None:
        return None
    if value not in known:
        raise ValueError(f"{str(value)[:20]!r} is not one of {', '.join(known)}")
    return str(value)


def write_atomically(path: Path, text: str) -> None:
    """Write `text` to a new file in `path`'s folder, then rename it over `path`.

    The rename replaces `path` itself: a symlink there is replaced, never followed, and a
    reader sees the old file or the new one, never half of one.
    """
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(text)
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
