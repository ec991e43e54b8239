"""The README's "Placing calls" walkthrough runs as written, against the mock, and prints what
its comments say."""

from __future__ import annotations

import contextlib
import io
import re
from pathlib import Path

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


def walkthrough() -> str:
    section = README.split("## Placing calls", 1)[1].split("\n## ", 1)[0]
    found = re.search(r"```python\n(.*?)```", section, re.S)
    assert found, "the Placing calls walkthrough is gone"
    return found.group(1)


def test_the_placing_calls_walkthrough_runs_and_prints_what_it_says() -> None:
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        exec(compile(walkthrough(), "README.md", "exec"), {"__name__": "readme"})  # noqa: S102
    lines = printed.getvalue().splitlines()
    assert lines[0] == "ONGOING +46730170101"
    assert lines[1] == "MANAGERHANGUP"
    assert lines[2] == "[('+46730170101', True), ('+46730170102', False)]"
    assert lines[3] == "FINAL"
