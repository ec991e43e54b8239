"""`make demo` runs examples/demo.py: it must do every operation and report what it saw."""

import re
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
    assert re.search(
        r"primary=http://127\.0\.0\.1:\d+/sinch/callbacks  fallback=https://example.com/sinch/fallback",
        out,
    )
    assert "Query +46730170101: country SE, type Mobile" in out
    assert "2. Assigned +14155550100, +46730170101 for voice" in out
    assert "9. Call 4398599d1ba84ef3bde0a82dfb61abed: from +14151112223333, FINAL, ANSWERED" in out
    # The callout's ACE and DiCE reached the example receiver, verified, for the call placed.
    call_id = re.search(r"10\. Placed a text-to-speech call to \+46730170101: (\w+)", out)
    assert call_id, out
    assert f"the receiver got AceEvent for {call_id[1]}" in out
    assert f"the receiver got DiceEvent for {call_id[1]}: ANSWERED, CALLERHANGUP" in out
    assert "11. Read it back: FINAL, ANSWERED, CALLERHANGUP" in out
    assert "12. Conference demo-room: +46730170101 (muted), +46730170102\n" in out
    assert "13. Kicked everyone: FINAL (MANAGERHANGUP)" in out
    assert "the mock and the receiver have stopped" in out
