"""The generator is deterministic: two runs with different hash seeds write identical bytes.

`make check-generated` compares one fresh run with the committed generated/; this test makes
sure that comparison cannot flap.
"""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent  # the virtualenv: openapi-python-client and ruff live here


def generate(into: Path, seed: str) -> dict[str, bytes]:
    env = {**os.environ, "PYTHONHASHSEED": seed, "PATH": f"{BIN}{os.pathsep}{os.environ['PATH']}"}
    subprocess.run(
        [
            str(BIN / "openapi-python-client"),
            "generate",
            "--path", str(ROOT / "openapi.yaml"),
            "--config", str(ROOT / "openapi-generator.yaml"),
            "--meta", "none",
            "--overwrite",
            "--fail-on-warning",
            "--output-path", str(into),
        ],
        check=True,
        env=env,
        capture_output=True,
    )  # fmt: skip
    return {
        str(p.relative_to(into)): p.read_bytes() for p in sorted(into.rglob("*")) if p.is_file()
    }


def test_two_runs_write_identical_bytes(tmp_path: Path) -> None:
    first = generate(tmp_path / "a", "1")
    second = generate(tmp_path / "b", "2")
    assert len(first) > 10
    assert first == second
    committed = ROOT / "generated" / "sinch_voice"
    assert set(first) <= {str(p.relative_to(committed)) for p in committed.rglob("*.py")}
