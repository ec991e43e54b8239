"""Follow the users' workflow (examples/ci/sinch-voice-checks.yml) step by step, here.

What a user's CI would do, with this checkout as the user's project: a wheel of the toolkit is
built and installed, with the `mock` extra, into a fresh virtualenv (`SINCH_VOICE_TOOLKIT`
points at it instead of a Git URL); then every job's `run:` steps run in order, in bash, with
the workflow's and the job's `env` (secrets are empty: no credentials here), the handler on a
free port, in a copy of `examples/` standing for the user's checkout. `uses:` steps are what
the virtualenv stands in for (checkout, setup-python).
Exit 0 when every step of every job passed; the first failing step's output is shown.

    python scripts/users_ci.py [--keep]   # --keep: leave the virtualenv in build/users-ci
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import venv
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
WORKFLOW = ROOT / "examples" / "ci" / "sinch-voice-checks.yml"
WORK = ROOT / "build" / "users-ci"
# The user's project, as the workflow's checkout: the example handler and its scenarios, copied
# so that what the steps write (handler.log) never lands in this repository.
PROJECT = WORK / "project"
BASH = shutil.which("bash") or "/bin/bash"  # what a workflow's `run:` runs in
_EXPRESSION = re.compile(r"\$\{\{[^}]*\}\}")  # `${{ secrets.X }}`: nothing, as without secrets


def main() -> int:
    workflow = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    shutil.rmtree(WORK, ignore_errors=True)
    WORK.mkdir(parents=True)
    shutil.copytree(ROOT / "examples", PROJECT / "examples")
    wheel = build_wheel()
    python_bin = fresh_virtualenv()
    port = free_port()
    overrides = {
        "SINCH_VOICE_TOOLKIT": f"{wheel}[mock]",
        "PORT": str(port),
        "HANDLER_URL": f"http://127.0.0.1:{port}/sinch/callbacks",
        "PATH": f"{python_bin}{os.pathsep}{os.environ['PATH']}",
        "VIRTUAL_ENV": str(python_bin.parent),
    }
    for name, job in workflow["jobs"].items():
        env = {**os.environ, **values(workflow.get("env")), **values(job.get("env")), **overrides}
        if not run_job(name, job["steps"], env):
            return 1
    print("users' workflow: every step passed")
    return 0


def run_job(name: str, steps: list[dict[str, Any]], env: dict[str, str]) -> bool:
    """Run the job's steps; the ones marked `if: always()` run even after a failure."""
    groups: list[int] = []  # each step's process group: what it left running is stopped
    failed = False
    try:
        for step in steps:
            if "run" not in step or (failed and step.get("if") != "always()"):
                continue
            title = f"{name}: {step.get('name', step['run'].splitlines()[0])}"
            print(f"--- {title}", flush=True)
            process = subprocess.Popen(  # noqa: S603 - the workflow's own steps, as CI runs them
                [BASH, "-e", "-c", step["run"]], cwd=PROJECT, env=env, start_new_session=True,
                stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
            )  # fmt: skip
            groups.append(process.pid)
            output, _ = process.communicate(timeout=600)
            print(output, end="")
            if process.returncode != 0:
                print(f"--- {title}: FAILED (exit {process.returncode})", flush=True)
                failed = True
    finally:
        for group in groups:
            with contextlib.suppress(ProcessLookupError):  # it ended by itself
                os.killpg(group, signal.SIGTERM)
    return not failed


def values(env: dict[str, Any] | None) -> dict[str, str]:
    return {key: _EXPRESSION.sub("", str(value)) for key, value in (env or {}).items()}


def build_wheel() -> Path:
    dist = WORK / "dist"
    subprocess.run(  # noqa: S603 - pip on this checkout
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", str(dist), str(ROOT)],
        check=True,
    )
    (wheel,) = dist.glob("sinch_voice_toolkit-*.whl")
    return wheel


def fresh_virtualenv() -> Path:
    """A new virtualenv with pip, as setup-python gives: its bin directory."""
    venv.create(WORK / "venv", with_pip=True)
    return WORK / "venv" / "bin"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


if __name__ == "__main__":
    code = main()
    if "--keep" not in sys.argv:
        shutil.rmtree(WORK, ignore_errors=True)
    sys.exit(code)
