"""The keyword arguments of every bulk run, written once: `assign_many` and `unassign_many`,
as functions and as `VoiceClient`/`AsyncVoiceClient` methods, all take `**BulkOptions`
(assigning also `chunk_size`)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypedDict

if TYPE_CHECKING:
    from sinch_voice.models import Capability

    from ._report import BulkReport


class BulkOptions(TypedDict, total=False):
    """How a bulk run goes; every key is optional.

    Attributes:
        application_key: The application; defaults to the one whose key signs the requests.
        capability: "voice" or "sms"; for assigning, Sinch's default (voice) when left out;
            for un-assigning, every capability when left out.
        concurrency: Requests in flight at most (at least 1; default 8).
        report: Filled in as the run goes; pass your own to keep it if the run is
            interrupted, or a loaded one (`BulkReport.load`) with its `pending` numbers to
            resume it: what it has done is not sent again. A report records its run
            (operation, application, capability, the signing key): continuing it as another
            run is refused.
        on_progress: Called with the report each time a request finishes (a progress bar).
    """

    application_key: str | None
    capability: Capability | None
    concurrency: int
    report: BulkReport | None
    on_progress: Callable[[BulkReport], None] | None


class AssignOptions(BulkOptions, total=False):
    """`BulkOptions`, and how many numbers go in one request.

    Attributes:
        chunk_size: Numbers per request, 1 to 100 (default 100).
    """

    chunk_size: int


def checked_options(options: Mapping[str, Any], allowed: type[BulkOptions], where: str) -> None:
    """Refuse a keyword the run does not know (a typo must not be ignored silently)."""
    keys = allowed.__annotations__  # a TypedDict's, its bases' included
    unknown = sorted(set(options) - set(keys))
    if unknown:
        known = ", ".join(sorted(keys))
        raise TypeError(f"{where}() got an unexpected keyword argument {unknown[0]!r} ({known})")
