"""The spec's own rules (CURATION.md, "Rules `make spec-lint` enforces"), checked on openapi.yaml.

    python scripts/spec_rules.py openapi.yaml

Prints one line per breach, naming the rule and the JSON path, and exits 1 if there is any.
R1 and R2 keep what we accept tolerant: every schema an answer (a 2xx body of an operation) or
an event (a webhook's request body) can reach, through `$ref`, properties, items, anyOf and
the rest. R3 wants examples where the mock, the docs and Prism need them. R4 checks that links
resolve. R5 keeps `x-repeatable` a boolean (a string "false" would read as true).
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml

from sinch_voice_toolkit._spec_tools import resolve_ref

HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
RULES = {
    "R1": "R1 tolerant answers: no format or pattern where answers and events are read",
    "R2": "R2 open answers: no additionalProperties: false where answers and events are read",
    "R3": "R3 examples: every request, answer, event and component schema has an example",
    "R4": "R4 links: every link resolves",
    "R5": "R5 repeatable: x-repeatable is true or false",
}


def operations(spec: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    """(where, operation) for every operation of `paths` and every webhook; each operation's
    `parameters` include the ones its path item shares."""
    for section in ("paths", "webhooks"):
        for name, item in spec.get(section, {}).items():
            for method, operation in item.items():
                if method in HTTP_METHODS:
                    shared = item.get("parameters", [])
                    merged = {
                        **operation,
                        "parameters": [*shared, *operation.get("parameters", [])],
                    }
                    yield f"{section}/{name}/{method}", merged


def media(spec: dict[str, Any], holder: Any) -> dict[str, Any] | None:
    content = resolve_ref(spec, holder).get("content", {}) if holder else {}
    found = content.get("application/json")
    return found if isinstance(found, dict) else None


def read_schemas(spec: dict[str, Any]) -> Iterator[tuple[str, Any]]:
    """(where, schema) for the body of every 2xx answer and of every webhook's event."""
    for where, operation in operations(spec):
        for status, response in operation.get("responses", {}).items():
            body = media(spec, response)
            if str(status).startswith("2") and body and "schema" in body and "paths/" in where:
                yield f"{where}/responses/{status}", body["schema"]
        if where.startswith("webhooks/"):
            body = media(spec, operation.get("requestBody"))
            if body and "schema" in body:
                yield f"{where}/requestBody", body["schema"]


def reachable(
    spec: dict[str, Any], schema: Any, where: str
) -> Iterator[tuple[str, dict[str, Any]]]:
    """Every schema object reachable from `schema` (each named once, by its first path)."""
    seen: set[int] = set()
    pending = [(where, schema)]
    while pending:
        path, node = pending.pop()
        if isinstance(node, dict) and "$ref" in node:
            path, node = f"{node['$ref']}", resolve_ref(spec, node)
        if not isinstance(node, dict) or id(node) in seen:
            continue
        seen.add(id(node))
        yield path, node
        for key in ("properties", "patternProperties", "$defs"):
            for name, child in node.get(key, {}).items():
                pending.append((f"{path}/{key}/{name}", child))
        for key in ("items", "additionalProperties", "not", "contains"):
            if isinstance(node.get(key), dict):
                pending.append((f"{path}/{key}", node[key]))
        for key in ("anyOf", "oneOf", "allOf", "prefixItems"):
            for index, child in enumerate(node.get(key, [])):
                pending.append((f"{path}/{key}/{index}", child))


def tolerant_reading(spec: dict[str, Any]) -> Iterator[str]:
    for where, schema in read_schemas(spec):
        for path, node in reachable(spec, schema, where):
            for keyword in ("format", "pattern"):
                if keyword in node:
                    found = f"{keyword} {node[keyword]!r}"
                    yield f"{RULES['R1']}: {path} has {found} (read from {where})"
            if node.get("additionalProperties") is False:
                yield f"{RULES['R2']}: {path} is closed (read from {where})"


def has_example(spec: dict[str, Any], body: dict[str, Any]) -> bool:
    if "example" in body or "examples" in body:
        return True
    schema = resolve_ref(spec, body.get("schema", {}))
    return isinstance(schema, dict) and ("example" in schema or "examples" in schema)


def examples(spec: dict[str, Any]) -> Iterator[str]:
    for where, operation in operations(spec):
        bodies = [("requestBody", operation.get("requestBody"))]
        bodies += [
            (f"responses/{status}", response)
            for status, response in operation.get("responses", {}).items()
            if str(status).startswith("2")
        ]
        for name, holder in bodies:
            body = media(spec, holder)
            if body is not None and not has_example(spec, body):
                yield f"{RULES['R3']}: {where}/{name} has no example"
    for name, schema in spec.get("components", {}).get("schemas", {}).items():
        if "example" not in schema and "examples" not in schema:
            yield f"{RULES['R3']}: components/schemas/{name} has no example"


def pointer_target(spec: dict[str, Any], schema: Any, pointer: str) -> bool:
    """Whether a JSON pointer into a body can point at something `schema` describes (in one
    of its variants, for a `oneOf` or `anyOf`)."""
    node = resolve_ref(spec, schema)
    parts = [p for p in pointer.split("/") if p]
    if not isinstance(node, dict):
        return not parts
    variants = [*node.get("oneOf", []), *node.get("anyOf", [])]
    if any(pointer_target(spec, variant, pointer) for variant in variants):
        return True
    if not parts:
        return True
    part, rest = parts[0], "/".join(parts[1:])
    if part.isdigit() and "items" in node:
        return pointer_target(spec, node["items"], rest)
    if part in node.get("properties", {}):
        return pointer_target(spec, node["properties"][part], rest)
    return False


def links(spec: dict[str, Any]) -> Iterator[str]:
    by_id = {op.get("operationId"): op for _, op in operations(spec)}
    for where, operation in operations(spec):
        request = media(spec, operation.get("requestBody"))
        path_names = {
            resolve_ref(spec, p).get("name")
            for p in operation.get("parameters", [])
            if resolve_ref(spec, p).get("in") == "path"
        }
        for status, response in operation.get("responses", {}).items():
            answer = media(spec, response)
            for name, link in resolve_ref(spec, response).get("links", {}).items():
                at = f"{where}/responses/{status}/links/{name}"
                if link.get("operationId") not in by_id:
                    yield f"{RULES['R4']}: {at} names no operation ({link.get('operationId')!r})"
                    continue
                values = [*link.get("parameters", {}).values()]
                body = link.get("requestBody")
                values += list(body.values()) if isinstance(body, dict) else [body]
                for value in values:
                    for expression in value if isinstance(value, list) else [value]:
                        problem = _expression_problem(spec, expression, request, answer, path_names)
                        if problem:
                            yield f"{RULES['R4']}: {at}: {expression!r} {problem}"


def _expression_problem(
    spec: dict[str, Any], expression: Any, request: Any, answer: Any, path_names: set[Any]
) -> str | None:
    if not isinstance(expression, str) or not expression.startswith("$"):
        return None  # a constant
    if expression.startswith("$request.path."):
        name = expression.removeprefix("$request.path.")
        return None if name in path_names else "names no path parameter of the operation"
    for prefix, body in (("$request.body#", request), ("$response.body#", answer)):
        if expression.startswith(prefix):
            if body is None or "schema" not in body:
                return "points into a body the operation does not have"
            pointer = expression.removeprefix(prefix)
            return None if pointer_target(spec, body["schema"], pointer) else "points at nothing"
    return None


def repeatable(spec: dict[str, Any]) -> Iterator[str]:
    for where, operation in operations(spec):
        if "x-repeatable" in operation and not isinstance(operation["x-repeatable"], bool):
            found = operation["x-repeatable"]
            yield f"{RULES['R5']}: {where} has x-repeatable {found!r}"


def main(argv: list[str]) -> int:
    spec = yaml.safe_load(Path(argv[1]).read_text(encoding="utf-8"))
    problems = [*tolerant_reading(spec), *examples(spec), *links(spec), *repeatable(spec)]
    for problem in problems:
        print(f"{argv[1]}: {problem}")
    if problems:
        print(f"spec rules: {len(problems)} problem(s); see CURATION.md, 'Rules'", file=sys.stderr)
        return 1
    print(f"spec rules: {argv[1]} keeps R1-R5")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
