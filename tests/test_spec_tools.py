"""The one place the spec is read by hand: JSON pointers, `$ref`s, constants, validators."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from sinch_voice_toolkit._spec_tools import (
    compile_schema,
    constants,
    pointer_target,
    resolve_ref,
)

ROOT = Path(__file__).resolve().parents[1]
DOCUMENT: dict[str, Any] = {
    "paths": {"/v1/numbers/{number}": {"get": {"operationId": "getNumber"}}},
    "components": {
        "schemas": {
            "a/b": {"type": "string", "pattern": "^[0-9]+$"},
            "m~n": {"$ref": "#/components/schemas/a~1b"},
            "list": {"enum": ["voice", "sms"]},
            "Item": {"type": "object", "properties": {"n": {"$ref": "#/components/schemas/m~0n"}}},
        }
    },
    "x-constants": {
        "DIGITS_PATTERN": "#/components/schemas/a~1b/pattern",
        "CHOICES": "#/components/schemas/list/enum",
        "FIRST_CHOICE": "#/components/schemas/list/enum/0",
    },
}


def test_pointer_tokens_are_unescaped_as_rfc_6901_says() -> None:
    assert (
        pointer_target(DOCUMENT, "#/paths/~1v1~1numbers~1{number}/get/operationId") == "getNumber"
    )
    assert pointer_target(DOCUMENT, "#/components/schemas/m~0n") == {
        "$ref": "#/components/schemas/a~1b"
    }
    # "~01" is "~1" (not "/"): ~1 is replaced first, then ~0.
    assert pointer_target({"~1": 1, "/": 2}, "#/~01") == 1
    assert pointer_target(DOCUMENT, "#/components/schemas/list/enum/1") == "sms"


def test_a_pointer_to_nothing_is_a_key_error() -> None:
    with pytest.raises(KeyError):
        pointer_target(DOCUMENT, "#/components/schemas/missing")


def test_references_are_followed_to_the_end() -> None:
    assert resolve_ref(DOCUMENT, {"$ref": "#/components/schemas/m~0n"})["type"] == "string"
    assert resolve_ref(DOCUMENT, {"type": "integer"}) == {"type": "integer"}


def test_constants_are_resolved_and_patterns_lose_their_anchors() -> None:
    assert constants(DOCUMENT) == {
        "DIGITS_PATTERN": "[0-9]+",
        "CHOICES": ("voice", "sms"),
        "FIRST_CHOICE": "voice",
    }


def test_a_compiled_schema_resolves_its_references() -> None:
    validator = compile_schema(DOCUMENT["components"]["schemas"]["Item"], DOCUMENT["components"])
    assert validator.is_valid({"n": "123"})
    assert not validator.is_valid({"n": "12a"})


def test_no_other_module_resolves_pointers_by_hand() -> None:
    by_hand = re.compile(r"""removeprefix\(["']#/["']\)\.split\(["']/["']\)""")
    sources = [
        p
        for folder in ("toolkit", "mock", "scripts", "contract_tests", "tests", "bench")
        for p in (ROOT / folder).rglob("*.py")
        if p.name != "_spec_tools.py" and p != Path(__file__)
    ]
    found = [str(p.relative_to(ROOT)) for p in sources if by_hand.search(p.read_text())]
    assert found == []
