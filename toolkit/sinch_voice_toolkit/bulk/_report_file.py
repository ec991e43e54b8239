"""A bulk report as a file: the JSON a report saves, read back with every value checked, and
written so that a reader never sees half of it."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .._constants import CAPABILITIES
from .._files import MIB, read_regular_file
from .._json_values import JsonValueError, loads

if TYPE_CHECKING:
    from ._report import BulkReport

OPERATIONS = ("assign", "unassign")
MAX_REPORT_BYTES = 16 * MIB  # as --from-file's; a saved report of 800,000 numbers fits


def report_data(report: BulkReport) -> dict[str, object]:
    """The JSON a report saves (errors become their messages)."""
    return {
        "operation": report.operation,
        "application": report.application_key,
        "capability": report.capability,
        "signedBy": report.signed_by,
        "done": report.done,
        "already": report.already,
        "invalid": report.invalid,
        "failed": {number: str(error) for number, error in report.failed.items()},
        "pending": report.pending,
        "duplicates": report.duplicates,
        "reconciled": report.reconciled,
    }


def refuse_another_run(
    report: BulkReport,
    operation: str,
    application_key: str,
    capability: str | None,
    signed_by: str,
) -> None:
    """Raise ValueError when `report` records another run (another operation, application,
    capability, or other credentials) than the one about to continue it."""
    recorded = {
        "an {} run": (report.operation, operation),
        "a run for application {}": (report.application_key, application_key),
        "a run for capability {}": (report.capability, capability),
        "a run signed by application {}": (report.signed_by, signed_by),
    }
    for run, (before, now) in recorded.items():
        if before is not None and now is not None and before != now:
            raise ValueError(
                f"this report is of {run.format(before)}, not {run.format(now)}: resume"
                " it as it was started, or start a new report"
            )


def read_report_data(path: str | os.PathLike[str]) -> Mapping[str, Any]:
    """The JSON object of a saved report: a regular file (not through a symbolic link, not a
    device or a FIFO) of at most 16 MiB, strict JSON."""
    raw = read_regular_file(path, MAX_REPORT_BYTES)
    try:
        data = loads(raw)
    except JsonValueError as problem:
        raise ValueError(f"{path} is not JSON a report saves: {problem}") from None
    if not isinstance(data, dict):
        raise ValueError(f"{path} is not a bulk report")
    return data


def report_fields(data: Mapping[str, Any]) -> tuple[dict[str, Any], list[str]]:
    """`BulkReport`'s fields from a saved report, each checked, and its unfinished numbers
    (failed or pending); ValueError when `data` is not a report."""
    try:
        fields = {
            "done": _strings(data["done"]),
            "already": _strings(data.get("already", [])),
            "invalid": _string_map(data.get("invalid", {})),
            "duplicates": _count(data.get("duplicates", 0)),
            "reconciled": _strings(data.get("reconciled", [])),
            "operation": _one_of(data.get("operation"), OPERATIONS),
            "application_key": _optional(data.get("application")),
            "capability": _one_of(data.get("capability"), CAPABILITIES),
            "signed_by": _optional(data.get("signedBy")),
        }
        unfinished = [*_string_map(data.get("failed", {})), *_strings(data["pending"])]
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        detail = f" ({error.args[0]})" if isinstance(error, TypeError | ValueError) else ""
        raise ValueError(f"not a bulk report{detail}: expected the JSON a report saves") from None
    return fields, unfinished


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
