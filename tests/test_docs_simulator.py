"""The "Test your call flow" page is true as written: its scenario is the example's file,
its failing transcript is what a broken copy of the example IVR prints, and its pytest
examples pass."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

from sinch_voice_mock import DEMO_APPLICATION_KEY, DEMO_APPLICATION_SECRET, Simulator, load_scenario
from tests.doc_pages import blocks, text
from tests.example_receivers import EXAMPLES, receiver

ROOT = Path(__file__).resolve().parents[1]
PAGE = "docs/simulator.md"


def block(language: str) -> str:
    found = blocks(text(PAGE), language)
    assert found, f"the page has no {language} block"
    return found[0]


def test_the_scenario_shown_is_the_examples_file() -> None:
    text = (EXAMPLES / "scenarios" / "sales.yaml").read_text(encoding="utf-8")
    assert text.endswith(block("yaml"))


def test_the_failure_shown_is_what_a_broken_copy_prints(monkeypatch: pytest.MonkeyPatch) -> None:
    with receiver("starlette") as (url, _):
        monkeypatch.setattr(sys.modules["call_flow"], "SALES_NUMBER", "+46730170199")
        with Simulator(url, DEMO_APPLICATION_KEY, DEMO_APPLICATION_SECRET) as simulator:
            outcome = simulator.run(load_scenario(EXAMPLES / "scenarios" / "sales.yaml"))
    assert outcome.report() + "\n" == block("text")


def test_the_pytest_examples_pass(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)  # the example names examples/scenarios/sales.yaml from the checkout
    monkeypatch.syspath_prepend(str(EXAMPLES))
    namespace: dict[str, Any] = {"__name__": "readme"}
    exec(compile(block("python"), PAGE, "exec"), namespace)  # noqa: S102
    tests = [value for name, value in namespace.items() if name.startswith("test_")]
    assert len(tests) == 2
    for test in tests:
        test()
