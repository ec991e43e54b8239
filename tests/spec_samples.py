"""One sample call per operation of the spec, built from the spec's own examples.

Tests that exercise every operation (hostile servers, faults, Prism) take their calls from
here, so a new operation in openapi.yaml is exercised without a new table row: the generated
function is found by tag and operationId, path parameters take their `example` (or their
schema's), the request body the request's `example`, and the documented 2xx answers name the
types a call may return.
"""

from __future__ import annotations

import importlib
from collections.abc import Awaitable
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

import yaml
from openapi_python_client.strings import snake_case

import sinch_voice.models
from sinch_voice_toolkit._spec_tools import operation_parameters, resolve_ref

SPEC_FILE = Path(__file__).resolve().parents[1] / "openapi.yaml"
SPEC: dict[str, Any] = yaml.safe_load(SPEC_FILE.read_text(encoding="utf-8"))
HTTP_METHODS = ("get", "put", "post", "delete", "patch")


@dataclass(frozen=True)
class Sample:
    """A call of one operation with the spec's example values."""

    operation_id: str
    operation: dict[str, Any]  # the spec's operation object
    path: str  # the spec's path template
    method: str  # lower case, as the spec's path item keys it
    module: ModuleType  # sinch_voice.api.<tag>.<operation>
    path_arguments: tuple[Any, ...]
    body: Any  # a request model, or None
    answers: tuple[type, ...]  # what a successful call may return (NoneType: no body)

    @property
    def _keywords(self) -> dict[str, Any]:
        return {} if self.body is None else {"body": self.body}

    def sync(self, client: Any) -> Any:
        return self.module.sync(*self.path_arguments, client=client, **self._keywords)

    def sync_detailed(self, client: Any) -> Any:
        return self.module.sync_detailed(*self.path_arguments, client=client, **self._keywords)

    def asyncio(self, client: Any) -> Awaitable[Any]:
        result: Awaitable[Any] = self.module.asyncio(
            *self.path_arguments, client=client, **self._keywords
        )
        return result


def resolve(node: dict[str, Any]) -> dict[str, Any]:
    resolved: dict[str, Any] = resolve_ref(SPEC, node)
    return resolved


def example_of(media: dict[str, Any]) -> Any:
    """A media type's example: its own, else its schema's (the spec may put it on either)."""
    if "example" in media:
        return media["example"]
    return resolve(media["schema"])["example"]


def model_for(schema: dict[str, Any], example: Any) -> Any:
    """The generated model of a schema; of a discriminated union, the variant `example` is."""
    target = resolve(schema)
    discriminator = target.get("discriminator")
    if discriminator is not None:
        variant = discriminator["mapping"][example[discriminator["propertyName"]]]
        return getattr(sinch_voice.models, variant.rsplit("/", 1)[1])
    return getattr(sinch_voice.models, schema["$ref"].rsplit("/", 1)[1])


def _sample(path: str, method: str) -> Sample:
    item = SPEC["paths"][path]
    operation = item[method]
    operation_id = operation["operationId"]
    tag = snake_case(operation["tags"][0])
    module = importlib.import_module(f"sinch_voice.api.{tag}.{snake_case(operation_id)}")
    parameters = operation_parameters(SPEC, item, operation)
    path_arguments = tuple(
        p["example"] if "example" in p else resolve(p["schema"])["example"]
        for p in parameters
        if p["in"] == "path"
    )
    body = None
    request = operation.get("requestBody")
    if request is not None:
        media = resolve(request)["content"]["application/json"]
        example = example_of(media)
        body = model_for(media["schema"], example).from_dict(example)
    answers: list[type] = []
    for status, response in operation["responses"].items():
        if not str(status).startswith("2"):
            continue
        content = resolve(response).get("content", {}).get("application/json")
        if content is None:
            answers.append(type(None))
        else:
            answers.append(getattr(sinch_voice.models, content["schema"]["$ref"].rsplit("/")[-1]))
    return Sample(
        operation_id, operation, path, method, module, path_arguments, body, tuple(answers)
    )


SAMPLES: dict[str, Sample] = {
    operation["operationId"]: _sample(path, method)
    for path, item in SPEC["paths"].items()
    for method, operation in item.items()
    if method in HTTP_METHODS
}
