"""`make spec-lint`'s own rules (scripts/spec_rules.py): the spec keeps them, and each one
fails, citing itself, on a spec that breaks it."""

from __future__ import annotations

import copy
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
SPEC = yaml.safe_load((ROOT / "openapi.yaml").read_text(encoding="utf-8"))
NUMBERS = "/v1/configuration/numbers"


def lint(spec: dict[str, Any], tmp_path: Path) -> subprocess.CompletedProcess[str]:
    path = tmp_path / "openapi.yaml"
    path.write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")
    return subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "spec_rules.py"), str(path)],
        capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip


def test_the_spec_keeps_its_rules(tmp_path: Path) -> None:
    result = lint(SPEC, tmp_path)
    assert result.returncode == 0, result.stdout
    assert "keeps R1-R5" in result.stdout


def schemas(spec: dict[str, Any]) -> dict[str, Any]:
    return spec["components"]["schemas"]  # type: ignore[no-any-return]


def answer_format(spec: dict[str, Any]) -> None:
    schemas(spec)["OwnedNumber"]["properties"]["applicationkey"]["format"] = "uuid"


def event_pattern(spec: dict[str, Any]) -> None:
    schemas(spec)["CallId"]["pattern"] = "^[0-9a-f]+$"


def closed_answer(spec: dict[str, Any]) -> None:
    schemas(spec)["OwnedNumberList"]["additionalProperties"] = False


def closed_event(spec: dict[str, Any]) -> None:
    schemas(spec)["MenuResult"]["additionalProperties"] = False


def no_example(spec: dict[str, Any]) -> None:
    answer = spec["paths"][NUMBERS]["get"]["responses"]["200"]["content"]["application/json"]
    answer.pop("example", None)
    answer.pop("examples", None)
    schemas(spec)["OwnedNumberList"].pop("example", None)


def no_schema_example(spec: dict[str, Any]) -> None:
    schemas(spec)["NumberType"].pop("example")


def no_event_example(spec: dict[str, Any]) -> None:
    schemas(spec)["PieEvent"].pop("example")


def link_to_nowhere(spec: dict[str, Any]) -> None:
    links = spec["paths"][NUMBERS]["get"]["responses"]["200"]["links"]
    links["assignListedNumber"]["operationId"] = "assignEverything"


def link_to_a_missing_field(spec: dict[str, Any]) -> None:
    links = spec["paths"][NUMBERS]["get"]["responses"]["200"]["links"]
    links["assignListedNumber"]["requestBody"]["capability"] = "$response.body#/numbers/0/kind"


def repeatable_as_text(spec: dict[str, Any]) -> None:
    spec["paths"][NUMBERS]["post"]["x-repeatable"] = "false"


@pytest.mark.parametrize(
    ("break_it", "rule", "where"),
    [
        (answer_format, "R1 tolerant answers", "OwnedNumber/properties/applicationkey"),
        (event_pattern, "R1 tolerant answers", "webhooks/"),
        (closed_answer, "R2 open answers", "OwnedNumberList"),
        (closed_event, "R2 open answers", "MenuResult"),
        (no_example, "R3 examples", f"paths/{NUMBERS}/get/responses/200"),
        (no_event_example, "R3 examples", "webhooks/pie/post/requestBody"),
        (no_schema_example, "R3 examples", "components/schemas/NumberType has no example"),
        (link_to_nowhere, "R4 links", "'assignEverything'"),
        (link_to_a_missing_field, "R4 links", "'$response.body#/numbers/0/kind' points at nothing"),
        (repeatable_as_text, "R5 repeatable", f"paths/{NUMBERS}/post has x-repeatable 'false'"),
    ],
)
def test_each_rule_fails_on_a_spec_that_breaks_it(
    tmp_path: Path, break_it: Callable[[dict[str, Any]], None], rule: str, where: str
) -> None:
    spec = copy.deepcopy(SPEC)
    break_it(spec)
    result = lint(spec, tmp_path)
    assert result.returncode == 1
    lines = [line for line in result.stdout.splitlines() if rule in line]
    assert lines and any(where in line for line in lines), result.stdout
