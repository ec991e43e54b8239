"""Files, reports, progress, tables and JSON: what the CLI reads and writes."""

from __future__ import annotations

import json
import math
import sys
import tempfile
import time
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:
    from ..bulk._report import BulkReport

from .._files import MIB, FileRefused, read_regular_file
from ._common import UsageError, _shown

PROGRESS_WIDTH = 30
REPORT_EVERY_SECONDS = 0.5  # how often a running bulk command rewrites its --report file


class _ReportFile:
    """The --report file, replaced whole as the run goes: each version is written to a new file
    in the same folder and renamed over the target, so the target is never written through
    (a symlink there is refused, as is anything that is not a regular file)."""

    def __init__(self, path: str) -> None:
        from pathlib import Path

        self.path = Path(path)
        self._written_at = -math.inf
        try:
            if self.path.is_symlink():
                raise UsageError(f"--report {path} is a symbolic link: give the file itself")
            if self.path.exists() and not self.path.is_file():
                raise UsageError(f"--report {path} exists and is not a regular file")
            # An unwritable folder is a usage error before any request is sent.
            with tempfile.TemporaryFile(dir=self.path.parent):
                pass
        except OSError as error:
            raise UsageError(f"cannot write --report {path}: {error.strerror}") from None

    def write(self, report: BulkReport, *, final: bool) -> None:
        now = time.monotonic()
        if not final and now - self._written_at < REPORT_EVERY_SECONDS:
            return
        self._written_at = now
        report.save(self.path)


class _Progress:
    """A progress bar over the numbers this run sends: what a resumed report had already
    settled is neither counted nor shown as done."""

    def __init__(self, report: BulkReport, total: int, out: TextIO) -> None:
        self.total = total
        self.out = out
        self._before = _finished(report)

    def show(self, report: BulkReport) -> None:
        finished = min(max(_finished(report) - self._before, 0), self.total)
        filled = PROGRESS_WIDTH * finished // max(self.total, 1)
        bar = "#" * filled + "-" * (PROGRESS_WIDTH - filled)
        self.out.write(f"\r[{bar}] {finished}/{self.total} ({len(report.failed)} failed)")
        self.out.flush()

    def finish(self, report: BulkReport) -> None:
        self.show(report)
        self.out.write("\n")


def _finished(report: BulkReport) -> int:
    return len(report.done) + len(report.failed) + len(report.invalid)


MAX_NUMBERS_FILE_BYTES = 16 * MIB  # a million numbers take about 14 MiB
MAX_LINE_CHARS = 40  # longer is no phone number: what is kept of it is cut to this


def _read_numbers(path: str) -> list[str]:
    """One number per line; blank lines and `#` comments (whole-line or trailing) are skipped.

    A regular file (not a symbolic link, a device or a pipe by name) or stdin (`-`), of at most
    16 MiB. UTF-8 (with or without a byte-order mark) and UTF-16 (with one, as Windows tools
    write it) are read. A line too long to be a number is kept cut short (it will be reported
    invalid), so a file that is not a numbers file never reaches a screen or a report whole.
    """
    raw = _read_bounded(path)
    text = _decode(raw, path)
    numbers = []
    for line in text.splitlines():
        number = line.split("#", 1)[0].strip()
        if len(number) > MAX_LINE_CHARS:
            number = number[: MAX_LINE_CHARS - 1] + "…"
        if number:
            numbers.append(number)
    return numbers


def _read_bounded(path: str) -> bytes:
    """A numbers file's bytes: stdin (`-`), or a regular file of at most 16 MiB."""
    limit = MAX_NUMBERS_FILE_BYTES
    if path == "-":
        raw = sys.stdin.buffer.read(limit + 1)
        if len(raw) > limit:
            raise UsageError(f"{path} is larger than {limit // MIB} MiB")
        return raw
    try:
        return read_regular_file(path, limit)
    except FileRefused as refused:
        hint = _PIPE_HINTS.get(refused.why, "")
        raise UsageError(f"{refused}{hint}") from None
    except OSError as error:
        raise UsageError(f"cannot read {path}: {error.strerror}") from None


_PIPE_HINTS = {
    "link": ", or pipe it (--from-file -)",
    "not regular": " (for a pipe, use --from-file -)",
}


def _decode(raw: bytes, path: str) -> str:
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        encoding = "utf-16"
    elif raw[:2].count(0) == 1:  # UTF-16 without a byte-order mark: every other byte is 0
        encoding = "utf-16-le" if raw[1] == 0 else "utf-16-be"
    else:
        encoding = "utf-8-sig"
    try:
        return raw.decode(encoding)
    except UnicodeDecodeError:
        raise UsageError(f"{path} is not UTF-8 or UTF-16 text") from None


def _print_json(data: Any) -> None:
    print(json.dumps(data, indent=2))


def _print_table(columns: list[str], rows: list[dict[str, Any]]) -> None:
    cells = [[_cell(row.get(c)) for c in columns] for row in rows]
    widths = [max([len(c), *(len(r[i]) for r in cells)]) for i, c in enumerate(columns)]
    print("  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True)).rstrip())
    for row in cells:
        print("  ".join(v.ljust(w) for v, w in zip(row, widths, strict=True)).rstrip())


def _cell(value: Any) -> str:
    return "-" if value is None or value == "" else _shown(str(value), limit=200)


# -- arguments ----------------------------------------------------------------------------------
