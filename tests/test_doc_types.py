"""Every Python block of the README and the guide's pages, and every example, passes
`mypy --strict` as written.

A user copies these first; a block that needs a cast, or names something that does not exist,
fails here. Each block is checked as a module of its own, so each must be complete.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.doc_pages import ROOT, blocks, pages, text


def doc_blocks() -> list[str]:
    return [block for page in pages() for block in blocks(text(page))]


def test_the_guide_has_the_blocks_users_copy() -> None:
    found = doc_blocks()
    assert len(found) >= 15
    assert any("VoiceClient(" in block for block in found)
    assert any("AsyncVoiceClient(" in block for block in found)
    assert any("CallbackReceiver(" in block for block in blocks(text("README.md")))


def test_doc_blocks_and_examples_pass_mypy_strict(tmp_path: Path) -> None:
    files = []
    for number, block in enumerate(doc_blocks(), start=1):
        module = tmp_path / f"doc_block_{number:02d}.py"
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
