"""Reading an OpenAPI document, written once for the toolkit, the mock, the scripts and the
tests: JSON pointers and `$ref`s (RFC 6901, `~1` for `/` and `~0` for `~`), the spec's named
constants (`x-constants`), compiled JSON Schema validators and the first way a value breaks
one (`first_violation`, a `ContractViolation`).

The mock imports it from here rather than keeping a copy: it already stands on the toolkit (its
JSON reading, its bounded decoder), and one resolver cannot drift from another.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import jsonschema_rs

JSON_SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"
MESSAGE_CHARS = 160  # a validation message quotes the bad value; keep it short


class ContractViolation(ValueError):
    """A value does not match the spec. `where` is a JSON path such as `/numbers/0`, and
    `value` the offending value (None when there is none to name)."""

    def __init__(self, where: str, message: str, value: Any = None) -> None:
        self.where = where
        self.detail = message
        self.value = value
        super().__init__(f"{where or '/'}: {message}")


def pointer_target(document: Any, pointer: str) -> Any:
    """What a local JSON pointer (`#/components/schemas/A~1B`) names in `document`.

    Raises:
        KeyError: The pointer names nothing there.
    """
    target = document
    for token in pointer.removeprefix("#").removeprefix("/").split("/"):
        key = token.replace("~1", "/").replace("~0", "~")  # in this order (RFC 6901, 4)
        target = target[int(key)] if isinstance(target, list) else target[key]
    return target


def resolve_ref(document: Any, node: Any) -> Any:
    """`node`, or what its `$ref` (and theirs, in turn) names in `document`."""
    while isinstance(node, dict) and "$ref" in node:
        node = pointer_target(document, node["$ref"])
    return node


def operation_parameters(
    document: Any, item: Mapping[str, Any], operation: Mapping[str, Any]
) -> list[dict[str, Any]]:
    """An operation's parameters, resolved: those its path item shares, then its own."""
    shared, own = item.get("parameters", []), operation.get("parameters", [])
    return [resolve_ref(document, parameter) for parameter in [*shared, *own]]


def operation_servers(item: Mapping[str, Any], operation: Mapping[str, Any]) -> list[Any]:
    """An operation's own `servers`, else its path item's; empty when the top level serves it."""
    return list(operation.get("servers") or item.get("servers") or [])


def constants(document: Mapping[str, Any]) -> dict[str, Any]:
    """The spec's named constants (`x-constants`: a name and a JSON pointer into the spec),
    resolved; a list becomes a tuple, and a `..._PATTERN` loses its `^` and `$` anchors (it
    is used with `re.fullmatch`, where `$` would also accept a trailing newline)."""
    values: dict[str, Any] = {}
    for name, pointer in document.get("x-constants", {}).items():
        value = pointer_target(document, pointer)
        if name.endswith("_PATTERN"):
            value = value.removeprefix("^").removesuffix("$")
        values[name] = tuple(value) if isinstance(value, list) else value
    return values


def first_sentence(text: str | None) -> str:
    """A spec description as one line of help: its first sentence, white space folded, lower
    case first."""
    first = " ".join(str(text or "").split()).split(". ")[0].rstrip(".")
    return first[:1].lower() + first[1:]


def compile_schema(
    schema: Mapping[str, Any], components: Mapping[str, Any], *, validate_formats: bool = False
) -> jsonschema_rs.Validator:
    """A validator for one schema of the spec; its `$ref`s into `#/components` resolve."""
    import jsonschema_rs  # compiled on first use: importing the toolkit stays cheap

    document = {"$schema": JSON_SCHEMA_DIALECT, **schema, "components": components}
    return jsonschema_rs.validator_for(document, validate_formats=validate_formats)


def _innermost(error: jsonschema_rs.ValidationError) -> jsonschema_rs.ValidationError:
    """For "not valid under any of the schemas" (oneOf, anyOf), the error of the branch the
    value meant to be, when one can tell: a branch whose discriminator (a `const`) matched,
    and then its error that goes deepest into the value (`/ttsCallout/cli`)."""
    branches = [branch for branch in getattr(error.kind, "context", None) or [] if branch]
    meant = [b for b in branches if not any(_is_const(inner) for inner in b)] or branches
    errors = [inner for branch in meant for inner in branch]
    deepest = max(errors, key=lambda inner: len(inner.instance_path), default=None)
    if deepest is None or len(deepest.instance_path) <= len(error.instance_path):
        return error
    return _innermost(deepest)


def _is_const(error: jsonschema_rs.ValidationError) -> bool:
    return type(error.kind).__name__ == "Constant"


def first_violation(
    validator: jsonschema_rs.Validator, value: Any, prefix: str = ""
) -> ContractViolation:
    """The first way `value` breaks `validator`'s schema, its JSON path after `prefix`.

    Explaining converts the value again, which can fail where `is_valid` did not (a lone
    surrogate, a value nested deeper than the validator goes): that is a violation too, at the
    top, never an exception of the validator's own."""
    try:
        error = next(iter(validator.iter_errors(value)), None)
        if error is None:  # valid after all: only an unconvertible value gets here
            raise ValueError
        error = _innermost(error)
        path = "/".join(str(part) for part in error.instance_path)
        message = error.message
        instance = error.instance
    except (ValueError, RecursionError):  # UnicodeEncodeError is a ValueError
        where = "/" + prefix if prefix else ""
        return ContractViolation(where, "nested too deeply, or not made of JSON values")
    where = "/".join(part for part in (prefix, path) if part)
    if len(message) > MESSAGE_CHARS:
        message = message[: MESSAGE_CHARS - 1] + "…"
    return ContractViolation("/" + where if where else "", message, instance)
