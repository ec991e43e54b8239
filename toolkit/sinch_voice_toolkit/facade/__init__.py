"""The clients' resource groups, for annotations: `def hang_up(calls: Calls, call_id: str)`.

`VoiceClient().applications` is an `Applications`, `.calls` a `Calls`, `.conferences` a
`Conferences` (and `AsyncApplications`, ... on `AsyncVoiceClient`); each is generated from the
spec, with the methods of that group of operations.
"""

from ._operations import (
    Applications,
    AsyncApplications,
    AsyncCalls,
    AsyncConferences,
    Calls,
    Conferences,
)

__all__ = [
    "Applications",
    "AsyncApplications",
    "AsyncCalls",
    "AsyncConferences",
    "Calls",
    "Conferences",
]
