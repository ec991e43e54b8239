"""`make` with the wrong Python fails at once and clearly; a changed Python rebuilds `.venv`.

Runs a copy of the Makefile in a temporary folder, so the project's own `.venv` is never touched.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OLD_PYTHON = """#!/bin/sh
# Answers like Python 3.10 would: the version check fails.
case "$1" in
  --version) echo "Python 3.10.13" ;;
  *) exit 1 ;;
esac
"""


def project_copy(tmp_path: Path) -> Path:
    for name in ("Makefile", "requirements-dev.txt", "pyproject.toml"):
        shutil.copy(ROOT / name, tmp_path / name)
    return tmp_path


def make(folder: Path, *args: str) -> subprocess.CompletedProcess[str]:
    make_bin = shutil.which("make")
    assert make_bin is not None
    return subprocess.run(
        [make_bin, "--no-print-directory", *args], cwd=folder, capture_output=True, text=True,
        timeout=60, check=False, env={**os.environ, "MAKEFLAGS": ""},
    )  # fmt: skip


def test_an_old_python_fails_fast_and_leaves_nothing(tmp_path: Path) -> None:
    folder = project_copy(tmp_path)
    old = folder / "python3.10"
    old.write_text(OLD_PYTHON)
    old.chmod(0o755)
    result = make(folder, "venv", f"PYTHON={old}")
    assert result.returncode != 0
    assert "Python 3.11 or newer is needed" in result.stderr
    assert "is Python 3.10.13" in result.stderr
    assert not (folder / ".venv").exists()  # nothing half-built to trip the next attempt


def up_to_date_venv(folder: Path) -> Path:
    """A stand-in `.venv` that the Makefile takes as built for this Python and pyproject."""

    def variable(name: str) -> str:
        printed = make(folder, "-s", "--eval=print-%: ; @echo $($*)", f"print-{name}",
                       f"PYTHON={sys.executable}")  # fmt: skip
        return printed.stdout.strip()

    venv = folder / ".venv"
    venv.mkdir()
    (venv / ".python-id").write_text(variable("PYTHON_ID") + "\n")
    (venv / ".deps-id").write_text(variable("DEPS_ID") + "\n")
    for stamp in (".installed", ".project-installed"):
        (venv / stamp).touch()
    return venv


def test_a_changed_interpreter_rebuilds_the_virtualenv(tmp_path: Path) -> None:
    folder = project_copy(tmp_path)
    venv = up_to_date_venv(folder)
    this_python = f"{sys.version.split()[0]} {sys.base_prefix}"
    assert (venv / ".python-id").read_text().strip() == this_python
    unchanged = make(folder, "-n", "venv", f"PYTHON={sys.executable}")
    assert "-m venv" not in unchanged.stdout, unchanged.stdout

    (venv / ".python-id").write_text("3.10.13 /somewhere/else\n")
    changed = make(folder, "-n", "venv", f"PYTHON={sys.executable}")
    assert "rm -rf .venv" in changed.stdout
    assert f"{sys.executable} -m venv .venv" in changed.stdout


def test_a_version_bump_reinstalls_the_project_not_the_virtualenv(tmp_path: Path) -> None:
    folder = project_copy(tmp_path)
    python = f"PYTHON={sys.executable}"
    up_to_date_venv(folder)
    assert "pip install" not in make(folder, "-n", "venv", python).stdout  # up to date

    pyproject = folder / "pyproject.toml"
    text = pyproject.read_text()
    pyproject.write_text(text.replace('version = "', 'version = "9', 1))  # only the version
    planned = make(folder, "-n", "venv", python).stdout
    assert "rm -rf .venv" not in planned
    assert "pip install --quiet --no-deps --editable ." in planned

    pyproject.write_text(text.replace('"attrs>=', '"attrs>=0,', 1))  # a dependency changed
    assert "rm -rf .venv" in make(folder, "-n", "venv", python).stdout
