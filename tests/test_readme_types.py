"""Every Python block of the README, and every example, passes `mypy --strict` as written.

A user copies these first; a block that needs a cast, or names something that does not exist,
fails here. Each README block is checked as a module of its own, so each must be complete.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BLOCK = re.compile(r"^```python\n(.*?)^```", re.DOTALL | re.MULTILINE)


def readme_blocks() -> list[str]:
    return BLOCK.findall((ROOT / "README.md").read_text())


def test_the_readme_has_the_blocks_users_copy() -> None:
    blocks = readme_blocks()
    assert len(blocks) >= 8
    assert any("VoiceClient(" in block for block in blocks)
    assert any("AsyncVoiceClient(" in block for block in blocks)


def test_readme_blocks_and_examples_pass_mypy_strict(tmp_path: Path) -> None:
    files = []
    for number, block in enumerate(readme_blocks(), start=1):
        module = tmp_path / f"readme_block_{number:02d}.py"
        module.write_text(block)
        files.append(str(module))
    files += sorted(str(p) for p in (ROOT / "examples").glob("*.py"))
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--config-file", str(ROOT / "pyproject.toml"),
         "--cache-dir", str(ROOT / ".mypy_cache"), *files],
        cwd=ROOT, capture_output=True, text=True, timeout=600, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"no issues found in {len(files)} source files" in result.stdout
