"""The users' workflow (examples/ci/sinch-voice-checks.yml) works as written: followed step by
step by scripts/users_ci.py, it installs a wheel of this checkout into a fresh virtualenv,
starts the example handler, passes check-callbacks and the example scenarios, and skips the
live job plainly without credentials."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.timeout(600)
def test_the_users_workflow_installs_and_passes_against_the_example_handler() -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "users_ci.py")],
        capture_output=True, text=True, timeout=600, check=False,
    )  # fmt: skip
    output = done.stdout + done.stderr
    assert done.returncode == 0, output[-4000:]
    workflow = yaml.safe_load((ROOT / "examples" / "ci" / "sinch-voice-checks.yml").read_text())
    for name, job in workflow["jobs"].items():  # every step the workflow runs was run
        for step in job["steps"]:
            if "run" in step:
                assert f"--- {name}: {step['name']}" in output
    assert " passed, 0 failed, 0 warnings" in output  # check-callbacks
    scenarios = len(list((ROOT / "examples" / "scenarios").glob("*.yaml")))
    assert f"{scenarios} of {scenarios} scenarios passed" in output
    assert "live: skipped (set the SINCH_APPLICATION_KEY" in output
    assert "users' workflow: every step passed" in output
    assert not (ROOT / "handler.log").exists()  # the steps ran in a copy, not in this checkout
