"""`make demo` runs examples/demo.py: it must do every operation and report what it saw."""

import runpy
from pathlib import Path

import pytest

DEMO = Path(__file__).resolve().parents[1] / "examples" / "demo.py"


def test_demo_runs_every_operation(capsys: pytest.CaptureFixture[str]) -> None:
    runpy.run_path(str(DEMO), run_name="__main__")
    out = capsys.readouterr().out
    sections = out.split("\n\n")
    after_assign = next(s for s in sections if s.startswith("3. Numbers after assigning"))
    at_the_end = next(s for s in sections if s.startswith("8. Numbers at the end"))
    app = "11983f76-12c8-1111-9515-4785c7b67ca8"
    assert f"+14155550100      voice       {app}" in after_assign
    assert f"+46730170101      voice       {app}" in after_assign
    assert "+14155550100      voice       -" in at_the_end  # un-assigned again
    assert f"+46730170101      voice       {app}" in at_the_end
    assert (
        "primary=https://example.com/sinch/primary  fallback=https://example.com/sinch/fallback"
        in out
    )
    assert "Query +46730170101: country SE, type Mobile" in out
    assert "2. Assigned +14155550100, +46730170101 for voice" in out
    assert "9. Call 4398599d1ba84ef3bde0a82dfb61abed: from +14151112223333, FINAL, ANSWERED" in out
    assert "the mock has stopped" in out
