"""`sinch-voice-mock`, reachable without the mock's extra installed.

The console script points here, not into `sinch_voice_mock`, whose package imports Starlette,
uvicorn and PyYAML as it loads: without the extra, the command says how to install it in one
line (as `sinch-voice --mock` does) instead of dying on a ModuleNotFoundError.
"""

from __future__ import annotations

import sys

from ._common import MOCK_EXTRA_HINT, USAGE_ERROR


def main() -> int:
    """Run `sinch-voice-mock` (or say which extra it needs)."""
    try:
        from sinch_voice_mock import main as mock_main
    except ImportError as error:  # ModuleNotFoundError, or a module set to None
        missing = error.name or "a package"
        print(
            f"sinch-voice-mock: the mock needs its extra ({missing} is missing): {MOCK_EXTRA_HINT}",
            file=sys.stderr,
        )
        return USAGE_ERROR
    return mock_main()
