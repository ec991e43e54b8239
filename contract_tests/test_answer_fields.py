"""The mock answers with the fields the spec names, and no others.

Answers are read tolerantly (open schemas, few required fields), so schema conformance alone
lets a renamed answer field through: the mock keeps sending the old name, the answer still
validates, and the client reads the new name as unset. Our own mock is held to the letter
instead: every field of every read operation's answer must be one its schema names.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from contract_tests.spec_fields import SPEC
from sinch_signing import ApplicationAuth
from sinch_voice_mock import EXAMPLE_APPLICATION_KEY, EXAMPLE_APPLICATION_SECRET, MockServer
from sinch_voice_toolkit._spec_tools import resolve_ref

READS = [(path, item["get"]) for path, item in SPEC["paths"].items() if "get" in item]
# Writes that create or change what the reads show, sent first with their examples.
WRITES = [
    (path, method, operation)
    for path, item in SPEC["paths"].items()
    for method, operation in item.items()
    if method in ("post", "put", "patch") and "requestBody" in operation
]


def unnamed_fields(spec: Any, schema: Any, value: Any, where: str = "") -> Iterator[str]:
    """The JSON paths of the fields in `value` that `schema` (in `spec`) does not name."""
    schema = resolve_ref(spec, schema)
    variants = [resolve_ref(spec, s) for s in schema.get("anyOf", schema.get("oneOf", []))]
    if isinstance(value, dict):
        objects = [s for s in [schema, *variants] if "properties" in s]
        if not objects:
            return
        named = {name: s for o in objects for name, s in o["properties"].items()}
        for key, item in value.items():
            if key not in named:
                yield f"{where}/{key}"
            else:
                yield from unnamed_fields(spec, named[key], item, f"{where}/{key}")
    elif isinstance(value, list):
        items = next((s["items"] for s in [schema, *variants] if "items" in s), None)
        if items is not None:
            for index, item in enumerate(value):
                yield from unnamed_fields(spec, items, item, f"{where}/{index}")


def example_path(path: str, operation: dict[str, Any]) -> str:
    item = SPEC["paths"][path]
    for parameter in [*item.get("parameters", []), *operation.get("parameters", [])]:
        parameter = resolve_ref(SPEC, parameter)
        if parameter["in"] == "path":
            example = parameter.get(
                "example", resolve_ref(SPEC, parameter["schema"]).get("example")
            )
            path = path.replace("{" + parameter["name"] + "}", str(example))
    return path


@pytest.fixture(scope="module")
def mock() -> Iterator[MockServer]:
    """The mock, after every write was sent with its example (assigned numbers, callback URLs:
    what the reads then show)."""
    auth = ApplicationAuth(EXAMPLE_APPLICATION_KEY, EXAMPLE_APPLICATION_SECRET)
    with MockServer() as server, httpx.Client(base_url=server.url, auth=auth) as client:
        for path, method, operation in WRITES:
            media = resolve_ref(SPEC, operation["requestBody"])["content"]["application/json"]
            example = media.get("example", resolve_ref(SPEC, media["schema"]).get("example"))
            response = client.request(method, example_path(path, operation), json=example)
            assert response.is_success, (operation["operationId"], response.text)
        yield server


def test_there_are_reads_to_check() -> None:
    assert READS


@pytest.mark.parametrize(("path", "operation"), READS, ids=[op["operationId"] for _, op in READS])
def test_each_read_answers_only_the_fields_its_schema_names(
    mock: MockServer, path: str, operation: dict[str, Any]
) -> None:
    auth = ApplicationAuth(EXAMPLE_APPLICATION_KEY, EXAMPLE_APPLICATION_SECRET)
    with httpx.Client(base_url=mock.url, auth=auth) as client:
        response = client.get(example_path(path, operation))
    assert response.status_code == 200, response.text  # the default world has the example
    schema = resolve_ref(SPEC, operation["responses"]["200"])["content"]["application/json"]
    assert list(unnamed_fields(SPEC, schema["schema"], response.json())) == []


def test_a_renamed_field_is_caught() -> None:
    spec = {
        "components": {
            "schemas": {
                "List": {"properties": {"numbers": {"items": {"$ref": "#/components/schemas/N"}}}},
                "N": {"anyOf": [{"properties": {"number": {}, "applicationkey": {}}}]},
            }
        }
    }
    answer = {"numbers": [{"number": "+1", "applicationKey": "a"}], "more": {"x": 1}}
    found = unnamed_fields(spec, {"$ref": "#/components/schemas/List"}, answer)
    assert list(found) == ["/numbers/0/applicationKey", "/more"]
