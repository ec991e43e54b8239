"""Render the callbacks' shape from openapi.yaml's `webhooks` (`make generate` runs it).

Writes `toolkit/sinch_voice_toolkit/callbacks/_webhooks.py`: for each webhook (ice, ace, dice, pie,
notify), the event's `event` value, its generated model and schema; for the events answered
with SVAML, the answer's model and schema, the actions and instructions it allows (from the
discriminator mappings of its `action` and `instructions` schemas), their type aliases, and the
`answer()` overloads through which a type checker refuses an action the event does not allow.
Nothing about callbacks is listed by hand in the toolkit: a new event or action is a spec edit.

Usage: python scripts/generate_webhooks.py openapi.yaml WEBHOOKS.py
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from generate_facade import format_generated, templates
from openapi_python_client.strings import pascal_case

HERE = Path(__file__).resolve().parent
TEMPLATE = "webhooks.py.jinja"
SCHEMA_PREFIX = "#/components/schemas/"


@dataclass
class Choice:
    """An action or instruction an answer allows: its `name` and its model."""

    name: str
    model: str
    schema: str


@dataclass
class Answer:
    """The SVAML answer to one event."""

    model: str
    schema: str
    actions: list[Choice]
    instructions: list[Choice]
    alias: str  # the event's prefix for the type aliases, as "Ice"


@dataclass
class Event:
    """One webhook: the event Sinch posts and, when it takes one, its answer."""

    kind: str  # the `event` value, as "ice"
    operation_id: str
    model: str
    schema: str
    answer: Answer | None


def schema_name(node: dict[str, Any]) -> str:
    ref = node["$ref"]
    if not ref.startswith(SCHEMA_PREFIX):
        raise ValueError(f"{ref}: webhooks must name component schemas")
    return str(ref).removeprefix(SCHEMA_PREFIX)


def choices(schemas: dict[str, Any], union: str) -> list[Choice]:
    """The variants of a oneOf schema, by its discriminator mapping (in the spec's order)."""
    mapping = schemas[union]["discriminator"]["mapping"]
    return [
        Choice(
            name,
            pascal_case(target.removeprefix(SCHEMA_PREFIX)),
            target.removeprefix(SCHEMA_PREFIX),
        )
        for name, target in mapping.items()
    ]


def events(spec: dict[str, Any]) -> list[Event]:
    schemas = spec["components"]["schemas"]
    found = []
    for hook, item in spec["webhooks"].items():
        operation = item["post"]
        request = schema_name(operation["requestBody"]["content"]["application/json"]["schema"])
        kind = schemas[request]["properties"]["event"]["const"]
        if kind != hook:
            raise ValueError(f"webhook {hook!r} posts events whose `event` is {kind!r}")
        answer = None
        content = operation["responses"]["200"].get("content")
        if content:
            svaml = schema_name(content["application/json"]["schema"])
            properties = schemas[svaml]["properties"]
            answer = Answer(
                model=pascal_case(svaml),
                schema=svaml,
                actions=choices(schemas, schema_name(properties["action"])),
                instructions=choices(schemas, schema_name(properties["instructions"]["items"])),
                alias=pascal_case(hook),
            )
        found.append(Event(hook, operation["operationId"], pascal_case(request), request, answer))
    return found


def referenced(schemas: dict[str, Any], names: set[str]) -> set[str]:
    """`names` and every component schema they reach through `$ref`."""
    found: set[str] = set()
    pending = list(names)
    while pending:
        name = pending.pop()
        if name in found:
            continue
        found.add(name)
        stack: list[Any] = [schemas[name]]
        while stack:
            node = stack.pop()
            if isinstance(node, dict):
                ref = node.get("$ref")
                if isinstance(ref, str) and ref.startswith(SCHEMA_PREFIX):
                    pending.append(ref.removeprefix(SCHEMA_PREFIX))
                stack.extend(node.values())
            elif isinstance(node, list):
                stack.extend(node)
    return found


def render(spec_file: Path) -> str:
    spec = yaml.safe_load(spec_file.read_text(encoding="utf-8"))
    environment = templates()
    found = events(spec)
    roots = {e.schema for e in found} | {e.answer.schema for e in found if e.answer is not None}
    # Every model an event or an answer is made of (unions such as IceAction have no class of
    # their own; the generator writes one module per object or enum schema).
    import sinch_voice.models

    generated = set(sinch_voice.models.__all__)
    reached = referenced(spec["components"]["schemas"], roots)
    models = sorted(pascal_case(name) for name in reached if pascal_case(name) in generated)
    return environment.get_template(TEMPLATE).render(events=found, models=models)


def main(argv: list[str]) -> int:
    spec_file, output = Path(argv[1]), Path(argv[2])
    output.write_text(render(spec_file), encoding="utf-8")
    format_generated([output])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
