"""`make api-check` in a scratch clone: an additive spec change passes, a breaking one fails.

The loop a maintainer follows: edit openapi.yaml, `make generate`, commit, `make api-check`.
The clone borrows this checkout's virtualenv, so nothing is installed.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
# What the check itself is made of, taken from the working tree (the clone has the last commit).
CURRENT_FILES = (
    "Makefile",
    "pyproject.toml",
    "requirements-dev.txt",
    "scripts/api_check.py",
    "CHANGELOG.md",
)


def run(clone: Path, *command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        command, cwd=clone, capture_output=True, text=True, timeout=300, check=False,
        env={**os.environ, "MAKEFLAGS": ""},
    )  # fmt: skip


def commit(clone: Path, message: str) -> None:
    for command in (["git", "add", "-A"], ["git", "commit", "--allow-empty", "-qm", message]):
        result = run(clone, *command)
        assert result.returncode == 0, result.stderr


def make(clone: Path, *targets: str) -> subprocess.CompletedProcess[str]:
    make_bin = shutil.which("make")
    assert make_bin is not None
    # The clone borrows this checkout's virtualenv: nothing may be (re)installed into it from
    # the clone, even after the clone's pyproject.toml changed (a version bump).
    (ROOT / ".venv" / ".project-installed").touch()
    return run(clone, make_bin, "--no-print-directory", *targets, f"PYTHON={sys.executable}")


@pytest.fixture
def clone(tmp_path: Path) -> Path:
    folder = tmp_path / "clone"
    git = shutil.which("git")
    assert git is not None
    subprocess.run([git, "clone", "-q", str(ROOT), str(folder)], check=True, timeout=120)
    for name in ("user.name", "user.email"):
        run(folder, "git", "config", name, "api-check test")
    for name in CURRENT_FILES:
        shutil.copy(ROOT / name, folder / name)
    (folder / "changes").mkdir(exist_ok=True)
    commit(folder, "the check as in the working tree")
    (folder / ".venv").symlink_to(ROOT / ".venv")
    (ROOT / ".venv" / ".installed").touch()  # newer than the clone's files: nothing to install
    (ROOT / ".venv" / ".project-installed").touch()
    return folder


def edit_spec(clone: Path, change: object) -> None:
    path = clone / "openapi.yaml"
    spec = yaml.safe_load(path.read_text())
    change(spec)  # type: ignore[operator]
    path.write_text(yaml.safe_dump(spec, sort_keys=False, allow_unicode=True))


def test_additive_passes_and_breaking_fails(clone: Path) -> None:
    def add_optional_answer_field(spec: dict) -> None:  # type: ignore[type-arg]
        properties = spec["components"]["schemas"]["OwnedNumber"]["properties"]
        properties["region"] = {"type": "string", "description": "Where the number is."}

    edit_spec(clone, add_optional_answer_field)
    generated = make(clone, "generate")
    assert generated.returncode == 0, generated.stdout + generated.stderr
    commit(clone, "additive: OwnedNumber.region")
    additive = make(clone, "api-check", "BASE=HEAD~1")
    assert additive.returncode == 0, additive.stdout + additive.stderr
    assert "0 breaking change(s)" in additive.stdout

    def rename_get_numbers(spec: dict) -> None:  # type: ignore[type-arg]
        spec["paths"]["/v1/configuration/numbers"]["get"]["operationId"] = "listOwnedNumbers"
        for item in spec["paths"].values():  # links name operations by id
            for operation in item.values():
                if not isinstance(operation, dict):
                    continue  # the path's shared parameters
                for answer in operation.get("responses", {}).values():
                    for link in answer.get("links", {}).values():
                        if link.get("operationId") == "getNumbers":
                            link["operationId"] = "listOwnedNumbers"

    edit_spec(clone, rename_get_numbers)
    generated = make(clone, "generate")
    assert generated.returncode == 0, generated.stdout + generated.stderr
    assert not (clone / "generated/sinch_voice/api/numbers/get_numbers.py").exists()
    commit(clone, "breaking: getNumbers renamed")
    breaking = make(clone, "api-check", "BASE=HEAD~1")
    assert breaking.returncode != 0
    assert "BREAKING python sinch_voice.api.numbers.get_numbers" in breaking.stdout
    assert "operationId getNumbers renamed to listOwnedNumbers" in breaking.stdout
    assert "add changes/<name>.breaking.md" in breaking.stderr  # nothing released: no bump


def version_of(clone: Path) -> str:
    import tomllib

    return str(tomllib.loads((clone / "pyproject.toml").read_text())["project"]["version"])


def next_breaking(version: str) -> str:
    major, minor = (int(part) for part in version.split(".")[:2])
    return f"{major}.{minor + 1}.0" if major == 0 else f"{major + 1}.0.0"


def set_version(clone: Path, version: str) -> None:
    pyproject = clone / "pyproject.toml"
    old = f'version = "{version_of(clone)}"'
    pyproject.write_text(pyproject.read_text().replace(old, f'version = "{version}"', 1))


def test_a_breaking_change_needs_its_own_fragment_and_one_bump_since_the_release(
    clone: Path,
) -> None:
    released = version_of(clone)
    run(clone, "git", "tag", f"v{released}")  # the last release
    assert list((clone / "changes").glob("*.breaking.md")), "an older breaking fragment exists"

    def require_capability(spec: dict) -> None:  # type: ignore[type-arg]
        spec["components"]["schemas"]["AssignNumbersRequest"]["required"].append("capability")

    edit_spec(clone, require_capability)
    commit(clone, "breaking: capability required")
    refused = make(clone, "api-check", "BASE=HEAD~1")
    assert refused.returncode != 0
    assert "field capability is now required" in refused.stdout
    # An older change's fragment does not count, and the version was not bumped.
    assert "add changes/<name>.breaking.md" in refused.stderr
    assert f"the last release (tag v{released}) is {released}" in refused.stderr

    bumped = next_breaking(released)
    set_version(clone, bumped)
    (clone / "changes" / "+capability.breaking.md").write_text("`capability` is now required.\n")
    commit(clone, f"{bumped}, with the change's fragment")
    allowed = make(clone, "api-check", "BASE=HEAD~2")
    assert allowed.returncode == 0, allowed.stdout + allowed.stderr
    assert f"allowed: version {bumped} (the last release {released})" in allowed.stdout

    def require_application(spec: dict) -> None:  # type: ignore[type-arg]
        spec["components"]["schemas"]["AssignNumbersRequest"]["required"].append("applicationkey")

    edit_spec(clone, require_application)  # a second breaking change, before any release
    commit(clone, "breaking: applicationkey required, no fragment yet")
    assert make(clone, "api-check", "BASE=HEAD~1").returncode != 0
    (clone / "changes" / "+applicationkey.breaking.md").write_text("`applicationkey` too.\n")
    commit(clone, "its fragment; the one bump covers it")
    second = make(clone, "api-check", "BASE=HEAD~2")
    assert second.returncode == 0, second.stdout + second.stderr
    assert "+applicationkey.breaking.md" in second.stdout


def test_version_is_written_once() -> None:
    import tomllib

    from sinch_voice_toolkit import __version__

    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text())
    assert __version__ == pyproject["project"]["version"]


def test_make_changelog_collects_the_fragments(clone: Path) -> None:
    fragments = ROOT / "changes"
    for fragment in fragments.glob("*.md"):  # this checkout's fragments, committed or not
        shutil.copy(fragment, clone / "changes" / fragment.name)
    commit(clone, "the fragments as in the working tree")
    expected = {path: path.read_text().strip() for path in (clone / "changes").glob("*.md")}
    assert expected, "no news fragments to build a changelog from"
    result = make(clone, "changelog")
    assert result.returncode == 0, result.stdout + result.stderr
    changelog = (clone / "CHANGELOG.md").read_text()
    assert "## 0.1.0 (" in changelog and "### Features" in changelog
    for fragment, text in expected.items():
        assert text[:40] in changelog
        assert not fragment.exists()  # consumed, as towncrier does at a release


def _api_check_module() -> object:
    import importlib.util

    spec = importlib.util.spec_from_file_location("api_check", ROOT / "scripts/api_check.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_answer_changes_are_judged_in_the_direction_answers_flow() -> None:
    """Answers are read: a field a client reads may not go, and a type may not widen; a new
    field is additive."""
    import copy

    check = _api_check_module()
    old = yaml.safe_load((ROOT / "openapi.yaml").read_text(encoding="utf-8"))
    added = copy.deepcopy(old)
    added["components"]["schemas"]["OwnedNumber"]["properties"]["region"] = {"type": "string"}
    assert list(check.spec_breaks(old, added)) == []  # type: ignore[attr-defined]

    renamed = copy.deepcopy(old)
    owned = renamed["components"]["schemas"]["OwnedNumber"]["properties"]
    owned["applicationKey"] = owned.pop("applicationkey")
    renamed["components"]["schemas"]["OwnedNumber"]["required"] = []
    numbers = renamed["components"]["schemas"]["OwnedNumberList"]["properties"]["numbers"]
    numbers["type"] = ["array", "null"]
    breaks = list(check.spec_breaks(old, renamed))  # type: ignore[attr-defined]
    where = "spec GET /v1/configuration/numbers 200 answer"
    assert f"{where}.numbers[]: field applicationkey removed (or renamed)" in breaks, breaks
    assert f"{where}.numbers[]: field number is no longer always sent" in breaks, breaks
    assert f"{where}.numbers: type widened (['array'] -> ['array', 'null'])" in breaks, breaks


def test_a_narrowed_parameter_is_breaking_wherever_it_is_declared() -> None:
    """A value a caller could pass before must still be taken: an operation's own parameters
    and those its path shares with its other operations."""
    import copy

    check = _api_check_module()
    old = yaml.safe_load((ROOT / "openapi.yaml").read_text(encoding="utf-8"))
    narrowed = copy.deepcopy(old)
    narrowed["components"]["schemas"]["ApplicationKey"]["maxLength"] = 8  # a path-level one
    query = narrowed["paths"]["/v1/calling/query/number/{number}"]["get"]
    query["parameters"][0]["schema"] = {"type": "string", "pattern": "^[0-9+]+$"}  # its own
    breaks = list(check.spec_breaks(old, narrowed))  # type: ignore[attr-defined]
    for method in ("GET", "POST"):
        where = f"spec {method} /v1/configuration/callbacks/applications/{{applicationkey}}"
        assert f"{where} path:applicationkey: maxLength None -> 8" in breaks, breaks
    query_break = "spec GET /v1/calling/query/number/{number} path:number: pattern changed"
    assert any(b.startswith(query_break) for b in breaks), breaks
    widened = copy.deepcopy(old)
    del widened["components"]["schemas"]["ApplicationKey"]["pattern"]
    assert list(check.spec_breaks(old, widened)) == []  # type: ignore[attr-defined]


def test_webhook_changes_are_judged_in_the_direction_callbacks_flow() -> None:
    """Events are accepted and answers sent: narrowing either breaks receivers."""
    import copy

    check = _api_check_module()
    old = yaml.safe_load((ROOT / "openapi.yaml").read_text(encoding="utf-8"))
    assert list(check.spec_breaks(old, copy.deepcopy(old))) == []  # type: ignore[attr-defined]

    widened = copy.deepcopy(old)
    widened["components"]["schemas"]["DiceEvent"]["properties"]["region"] = {"type": "string"}
    widened["components"]["schemas"]["AceAction"]["discriminator"]["mapping"]["park"] = (
        "#/components/schemas/ParkAction"
    )
    assert list(check.spec_breaks(old, widened)) == []  # type: ignore[attr-defined]

    narrowed = copy.deepcopy(old)
    schemas = narrowed["components"]["schemas"]
    del schemas["AceAction"]["discriminator"]["mapping"]["continue"]
    schemas["DiceEvent"]["properties"]["duration"] = {"type": "string"}
    schemas["SayInstruction"]["required"].append("locale")
    del narrowed["webhooks"]["notify"]
    breaks = list(check.spec_breaks(old, narrowed))  # type: ignore[attr-defined]
    assert "spec webhook notify removed" in breaks
    assert "spec webhook ace answer.action: continue is no longer allowed" in breaks
    assert any("webhook dice event.duration: type narrowed" in line for line in breaks), breaks
    assert any("<say>: field locale is now required" in line for line in breaks), breaks


def test_a_method_gone_from_an_exported_class_is_breaking(clone: Path) -> None:
    # VoiceClient and the groups are defined in private modules and re-exported: the check
    # follows them, inherited (generated) members included.
    commit(clone, "the base")
    hand_written = clone / "toolkit" / "sinch_voice_toolkit" / "facade" / "_applications.py"
    text = hand_written.read_text()
    assert text.count("    def assign_many(") == 1
    hand_written.write_text(text.replace("    def assign_many(", "    def assign_lots("))
    commit(clone, "breaking: a method renamed")
    result = make(clone, "api-check", "BASE=HEAD~1")
    assert result.returncode != 0, result.stdout + result.stderr
    assert "sinch_voice_toolkit.facade.Applications.assign_many: public member removed" in (
        result.stdout
    )
    assert "AsyncApplications" not in result.stdout  # its async twin was not changed
