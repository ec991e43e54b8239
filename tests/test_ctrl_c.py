"""Ctrl-C typed at random moments of a bulk run is never swallowed: a short run of the stress
script (`scripts/ctrl_c_stress.py`, which `make stress` runs 300 times)."""

from __future__ import annotations

import importlib.util
import io
import random
import sys
from pathlib import Path
from typing import Any

import pytest

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "ctrl_c_stress.py"

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="reads /proc, drives a pty")


def _stress_module() -> Any:
    spec = importlib.util.spec_from_file_location("ctrl_c_stress", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclass looks its module up there
    spec.loader.exec_module(module)
    return module


def test_ctrl_c_at_random_moments_always_exits_130_with_the_report_whole() -> None:
    seed = random.randrange(2**32)  # noqa: S311 - pytest-randomly seeds it: reproducible
    out = io.StringIO()
    interrupted, failed = _stress_module().stress(runs=24, seed=seed, out=out)
    assert failed == 0, f"seed {seed}:\n{out.getvalue()}"
    assert interrupted >= 12, f"too few runs were interrupted to judge:\n{out.getvalue()}"
