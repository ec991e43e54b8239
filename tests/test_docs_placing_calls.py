"""The "Placing calls" page's walkthrough runs as written, against the mock, and prints what
its comments say."""

from __future__ import annotations

import contextlib
import io

from tests.doc_pages import blocks, text

PAGE = "docs/placing-calls.md"


def walkthrough() -> str:
    found = blocks(text(PAGE))
    assert found, "the Placing calls walkthrough is gone"
    return found[0]


def test_the_placing_calls_walkthrough_runs_and_prints_what_it_says() -> None:
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        exec(compile(walkthrough(), PAGE, "exec"), {"__name__": "readme"})  # noqa: S102
    lines = printed.getvalue().splitlines()
    assert lines[0] == "ONGOING +46730170101"
    assert lines[1] == "MANAGERHANGUP"
    assert lines[2] == "[('+46730170101', True), ('+46730170102', False)]"
    assert lines[3] == "FINAL"
