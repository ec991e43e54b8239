"""The worked example of a spec change on "Maintaining the spec" passes as written.

It adds one operation (`getNumber`) to `paths` and nothing else;
that edit must keep the project's spec rules, generate without a warning, and give the facade
method the page promises.
"""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
EXAMPLE = re.compile(r"add one operation to `paths` and nothing else:\n\n```yaml\n(.*?)```", re.S)


def generator() -> Any:
    """scripts/generate_facade.py, as a module."""
    spec = importlib.util.spec_from_file_location(
        "generate_facade", ROOT / "scripts" / "generate_facade.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["generate_facade"] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def spec_with_the_example() -> dict[str, Any]:
    found = EXAMPLE.search((ROOT / "docs" / "maintaining-the-spec.md").read_text(encoding="utf-8"))
    assert found, "the worked example of a spec change is gone"
    added = yaml.safe_load(found.group(1))
    spec: dict[str, Any] = yaml.safe_load((ROOT / "openapi.yaml").read_text(encoding="utf-8"))
    assert not set(added) & set(spec["paths"])
    spec["paths"].update(added)
    return spec


def test_the_worked_example_keeps_the_rules_and_generates(tmp_path: Path) -> None:
    path = tmp_path / "openapi.yaml"
    path.write_text(yaml.safe_dump(spec_with_the_example(), sort_keys=False), encoding="utf-8")
    for config in ("redocly.yaml", ".redocly.lint-ignore.yaml"):
        shutil.copy(ROOT / config, tmp_path / config)

    # make spec-lint, step by step: OpenAPI validity, Redocly's rules, the project's own.
    env = {**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ['PATH']}"}
    validator = subprocess.run(
        [str(BIN / "openapi-spec-validator"), str(path)],
        capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert validator.returncode == 0, validator.stdout + validator.stderr
    redocly = subprocess.run(
        [str(ROOT / "node_modules" / ".bin" / "redocly"), "lint", "--config", "redocly.yaml",
         "openapi.yaml"],
        cwd=tmp_path, capture_output=True, text=True, timeout=120, check=False,
        env={**env, "REDOCLY_TELEMETRY": "off"},
    )  # fmt: skip
    assert redocly.returncode == 0, redocly.stdout + redocly.stderr

    rules = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "spec_rules.py"), str(path)],
        capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert rules.returncode == 0, rules.stdout

    generated = subprocess.run(
        [str(BIN / "openapi-python-client"), "generate", "--path", str(path),
         "--config", str(ROOT / "openapi-generator.yaml"), "--meta", "none", "--overwrite",
         "--fail-on-warning", "--output-path", str(tmp_path / "client")],
        capture_output=True, text=True, timeout=120, check=False, env=env,
    )  # fmt: skip
    assert generated.returncode == 0, generated.stdout + generated.stderr
    assert (tmp_path / "client" / "api" / "numbers" / "get_number.py").is_file()

    facade, commands, _ = generator().render(path)
    method = r"def get_number\(\s*self,\s*number: str,?\s*\) -> OwnedNumber:"
    assert len(re.findall(method, facade)) == 2  # VoiceClient's and AsyncVoiceClient's
    assert re.search("async " + method, facade)
    assert '"numbers", "get-number"' in commands
