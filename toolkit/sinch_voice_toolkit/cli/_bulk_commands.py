"""The bulk commands, `numbers assign` and `numbers unassign`: any number of numbers from the
command line or a file, a progress bar, a report to resume from, and Ctrl-C kept."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from ._common import (
    API_ERROR,
    OK,
    PARTIAL,
    USAGE_ERROR,
    Interrupted,
    UsageError,
    _one_line,
    _shown,
)
from ._handlers import _e164, _voice
from ._io import _print_json, _Progress, _read_numbers, _ReportFile
from ._signals import HANDLER, RunInterrupts, signals_held

if TYPE_CHECKING:
    from ..bulk._report import BulkReport

LISTED_AT_MOST = 20  # numbers listed per outcome; the --report file has them all


def _numbers_assign(args: argparse.Namespace) -> int:
    return _bulk(args, "assign")


def _numbers_unassign(args: argparse.Namespace) -> int:
    return _bulk(args, "unassign")


def _bulk(args: argparse.Namespace, direction: str) -> int:
    from ..bulk._report import BulkReport

    numbers = [_e164(number) for number in args.numbers]
    if args.from_file:
        numbers += _read_numbers(args.from_file)
    if args.resume:
        if numbers:
            raise UsageError("give --resume REPORT alone: it says which numbers are left")
        report = _resumed(args.resume, direction)
        for option, given, recorded in (
            ("--application", args.application, report.application_key),
            ("--capability", args.capability, report.capability),
        ):
            if given is not None and given != recorded:
                raise UsageError(
                    f"--resume {args.resume} records a run with {option[2:]}"
                    f" {_shown(str(recorded))}, not {_shown(given)}: resume it as it was"
                    f" started (leave {option} out), or start a new run"
                )
        numbers = report.pending
        args.application = report.application_key
        args.capability = report.capability
        args.report = args.report or args.resume
    else:
        if not numbers:
            raise UsageError(f"give numbers to {direction}, or --from-file FILE")
        report = BulkReport()
    report_file = _ReportFile(args.report) if args.report else None  # fails before any request
    show = args.progress if args.progress is not None else sys.stderr.isatty()
    progress = _Progress(report, len(set(numbers)), sys.stderr) if show else None

    def on_progress(current: BulkReport) -> None:
        if progress is not None:
            progress.show(current)
        if report_file is not None:
            report_file.write(current, final=False)

    stopped: Interrupted | None = None
    interrupts = RunInterrupts()
    try:
        with _voice(args) as voice:
            _check_resumable(args, report, voice.application_key)
            applications = voice.applications
            run = applications.assign_many if direction == "assign" else applications.unassign_many
            with interrupts.cancelling():
                run(
                    numbers,
                    application_key=args.application,
                    capability=args.capability,
                    concurrency=args.concurrency,
                    report=report,
                    on_progress=on_progress,
                )
    except KeyboardInterrupt:  # asyncio.run's answer to Ctrl-C, after the run was cancelled
        HANDLER.record(interrupts.code)
        stopped = Interrupted(interrupts.code)
    except Interrupted as stop:
        stopped = stop
    finally:  # an interrupted run still tells what it did
        with signals_held():  # the report is written whole; a signal meanwhile comes after
            if progress is not None:
                progress.finish(report)
            # A run stopped before it took any number has nothing to resume: no report, so
            # that a later --resume cannot take "nothing pending" for "all done".
            if report_file is not None and report.total:
                report_file.write(report, final=True)
    _print_report(args, report)
    if stopped is not None:
        if not report.total:
            print("  stopped before any number was sent: nothing was done")
        raise stopped
    if report.failed:
        return API_ERROR
    if report.invalid:  # nothing valid to send is a usage error; else a partial success
        return PARTIAL if report.done else USAGE_ERROR
    return OK


def _resumed(path: str, direction: str) -> BulkReport:
    """The report --resume names: read as a numbers file is (a regular file of at most
    16 MiB, not through a link), every value checked, of this operation, for a known
    application."""
    from .._files import FileRefused
    from ..bulk._report import BulkReport

    if path == "-":
        raise UsageError("give --resume the report's file: it is updated in place")
    try:
        report = BulkReport.load(path)
    except FileRefused as refused:
        raise UsageError(f"--resume {refused}") from None
    except OSError as error:
        raise UsageError(f"cannot read --resume {path}: {error.strerror}") from None
    except ValueError as error:
        raise UsageError(f"--resume {path}: {error}") from None
    if report.operation not in (None, direction):
        raise UsageError(
            f"--resume {path} records an {report.operation} run: resume it with"
            f" 'numbers {report.operation}'"
        )
    if report.application_key is None:
        raise UsageError(
            f"--resume {path} does not record which application its run was for: run the"
            " command again with --from-file and --application"
        )
    return report


def _check_resumable(args: argparse.Namespace, report: BulkReport, signing_key: str) -> None:
    """A resumed run must be sent with the credentials that started it, before any request:
    other credentials would act for another application (or project)."""
    if args.resume and report.signed_by is not None and report.signed_by != signing_key:
        raise UsageError(
            f"--resume {args.resume} records a run signed by application"
            f" {_shown(report.signed_by)}, not {_shown(signing_key)}: resume it with the"
            " credentials that started it"
        )


def _print_report(args: argparse.Namespace, report: BulkReport) -> None:
    if args.json:
        _print_json(report.to_dict())
        return
    print(report.summary())
    invalid = [f"  invalid  '{_shown(n)}': {reason}" for n, reason in report.invalid.items()]
    failed = [f"  failed   {n}: {_shown(_one_line(e))}" for n, e in report.failed.items()]
    for lines, what in ((invalid, "invalid"), (failed, "failed")):
        for line in lines[:LISTED_AT_MOST]:
            print(line)
        if len(lines) > LISTED_AT_MOST:
            print(f"  ... and {len(lines) - LISTED_AT_MOST} more {what} (all in --report)")
    if report.pending:  # an interrupted run: counted, not listed
        where = (
            f"--resume {_shown(args.report, limit=500)}"
            if args.report
            else "--report FILE next time, then --resume"
        )
        print(f"  {len(report.pending)} pending: to finish them, run the command with {where}")
