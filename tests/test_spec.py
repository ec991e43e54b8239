"""The spec's own examples: each validates against its schema, and each response example
parses through the generated client with `to_dict()` giving it back.

Everything is read from openapi.yaml at run time; nothing here repeats what the spec says.
"""

import json
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml
from openapi_schema_validator import OAS31Validator, oas31_format_checker

from sinch_signing import ApplicationAuth
from sinch_voice.client import Client
from sinch_voice_toolkit import SinchApiError, connect
from sinch_voice_toolkit._spec_tools import resolve_ref
from tests.conftest import TEST_KEY, TEST_SECRET
from tests.spec_samples import SAMPLES, example_of

SPEC_PATH = Path(__file__).resolve().parents[1] / "openapi.yaml"
SPEC: dict[str, Any] = yaml.safe_load(SPEC_PATH.read_text())
HTTP_METHODS = {"get", "post", "put", "patch", "delete"}

# Rooted at the whole document so that local references ('#/components/schemas/...') resolve;
# `evolve(schema=...)` keeps that resolver for each sub-schema.
ROOT_VALIDATOR = OAS31Validator(SPEC, format_checker=oas31_format_checker)


def deref(node: Any) -> Any:
    """Follow a local `$ref` (as in '#/components/responses/BadRequest')."""
    return resolve_ref(SPEC, node)


def check(instance: Any, schema: dict[str, Any]) -> None:
    errors = [error.message for error in ROOT_VALIDATOR.evolve(schema=schema).iter_errors(instance)]
    assert not errors, errors


def operations() -> list[tuple[str, str, dict[str, Any]]]:
    return [
        (path, method, op)
        for path, item in SPEC["paths"].items()
        for method, op in item.items()
        if method in HTTP_METHODS
    ]


SCHEMA_EXAMPLES = [(name, schema) for name, schema in SPEC["components"]["schemas"].items()]


@pytest.mark.parametrize(("name", "schema"), SCHEMA_EXAMPLES, ids=[n for n, _ in SCHEMA_EXAMPLES])
def test_every_schema_has_a_valid_example(name: str, schema: dict[str, Any]) -> None:
    assert "example" in schema, f"components.schemas.{name} has no example"
    check(schema["example"], schema)


def media_examples() -> list[tuple[str, Any, dict[str, Any]]]:
    """Each request and answer body's example: its own, else its schema's (as the mock, the
    samples and spec-lint's R3 read it)."""
    found = []
    for path, method, op in operations():
        where = f"{method.upper()} {path}"
        body = op.get("requestBody")
        if body:
            media = deref(body)["content"]["application/json"]
            found.append((f"{where} request", _example(media), media["schema"]))
        for status, response in op["responses"].items():
            for media in deref(response).get("content", {}).values():
                found.append((f"{where} {status}", _example(media), media["schema"]))
    return found


def _example(media: dict[str, Any]) -> Any:
    try:
        return example_of(media)
    except KeyError:
        return None  # the test below names it


MEDIA_EXAMPLES = media_examples()


@pytest.mark.parametrize(
    ("where", "example", "schema"), MEDIA_EXAMPLES, ids=[w for w, _, _ in MEDIA_EXAMPLES]
)
def test_every_request_and_response_has_a_valid_example(
    where: str, example: Any, schema: dict[str, Any]
) -> None:
    assert example is not None, f"{where} has no example"
    check(example, schema)


def test_every_id_sent_in_a_path_has_the_one_explained_pattern() -> None:
    """The client explains PATH_ID_PATTERN in words; an ID schema with another pattern would
    get the bare regular expression instead."""
    from sinch_voice_toolkit._constants import PATH_ID_PATTERN

    schemas = SPEC["components"]["schemas"]
    for name in ("ApplicationKey", "CallIdInput", "ConferenceIdInput"):
        assert schemas[name]["pattern"] == f"^{PATH_ID_PATTERN}$", name


def test_example_validation_can_fail() -> None:
    """Guard against a validator that accepts anything."""
    number_schema = SPEC["components"]["schemas"]["E164Number"]
    with pytest.raises(AssertionError):
        check("+46 730 170 101", number_schema)
    with pytest.raises(AssertionError):
        check({"numbers": []}, SPEC["components"]["schemas"]["AssignNumbersRequest"])


def response_cases() -> list[tuple[str, str, dict[str, Any], str, Any]]:
    cases = []
    for path, method, op in operations():
        for status, response in op["responses"].items():
            media = deref(response).get("content", {}).get("application/json")
            if media is not None:
                cases.append((path, method, op, status, example_of(media)))
    return cases


RESPONSE_CASES = response_cases()


@pytest.mark.parametrize(
    ("path", "method", "op", "status", "example"),
    RESPONSE_CASES,
    ids=[f"{op['operationId']}-{status}" for _, _, op, status, _ in RESPONSE_CASES],
)
def test_every_response_example_round_trips_through_the_client(
    path: str, method: str, op: dict[str, Any], status: str, example: Any
) -> None:
    sample = SAMPLES[op["operationId"]]  # the spec's example arguments
    transport = httpx.MockTransport(
        lambda _: httpx.Response(
            int(status),
            content=json.dumps(example).encode(),
            headers={"Content-Type": "application/json"},
        )
    )
    # The generated parser itself: every documented status, error bodies included.
    auth = ApplicationAuth(TEST_KEY, TEST_SECRET)
    with Client(
        base_url="https://sinch.test", httpx_args={"transport": transport, "auth": auth}
    ) as raw:
        response = sample.sync_detailed(raw)
    assert response.parsed is not None
    assert response.parsed.to_dict() == example

    # Through connect(): a 2xx example comes back the same; an error example is raised, typed,
    # with what its body says.
    with connect(
        TEST_KEY, TEST_SECRET, base_url="https://sinch.test", httpx_args={"transport": transport}
    ) as client:
        if int(status) < 300:
            assert sample.sync_detailed(client).parsed.to_dict() == example
            return
        with pytest.raises(SinchApiError) as caught:
            sample.sync_detailed(client)
    assert caught.value.status == int(status)
    assert (caught.value.error_code, caught.value.message) == (
        example.get("errorCode"),
        example.get("message"),
    )
