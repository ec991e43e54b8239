"""Validate incoming requests against openapi.yaml, answering as Sinch does.

No rule is re-typed here: at start-up, every operation's request-body schema and path-parameter
schemas are read from the spec and compiled once with jsonschema-rs (about 0.05 ms to check a
100-number body, where openapi-core took 9 to 68 ms). jsonschema-rs follows JSON Schema's
ECMA-262 regular expressions, so `^\\+[1-9][0-9]{1,14}$` rejects a trailing newline (Python's
`re` would accept it), and checks `format: uri`.

What the schemas cannot say is checked here in Sinch's order: a missing body (40002), a
Content-Type other than JSON (40003), a body that is not JSON (NaN, Infinity and lone
surrogates included), not UTF-8 or nested too deeply (40003); then the schema (40002 for a
missing field, 40001 for any other violation).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import jsonschema_rs
from starlette.requests import Request

from sinch_voice_toolkit._json_values import JsonValueError, loads
from sinch_voice_toolkit._spec_tools import compile_schema, resolve_ref

from ._errors import INVALID_REQUEST, MISSING_PARAMETER, PARAMETER_VALIDATION, SinchError, shown

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


@dataclass
class _Rules:
    """What one operation accepts: its path parameters and its request body."""

    path_parameters: dict[str, jsonschema_rs.Validator] = field(default_factory=dict)
    body: jsonschema_rs.Validator | None = None
    body_required: bool = False
    media_types: frozenset[str] = frozenset()


class RequestValidator:
    """Validates requests against one OpenAPI document."""

    def __init__(self, spec: dict[str, Any]) -> None:
        components = spec.get("components", {})

        def compile_(schema: dict[str, Any]) -> jsonschema_rs.Validator:
            return compile_schema(schema, components, validate_formats=True)

        self._rules: dict[tuple[str, str], _Rules] = {}
        for path, item in spec["paths"].items():
            for method, operation in item.items():
                if method not in HTTP_METHODS:
                    continue
                rules = _Rules()
                for parameter in [*item.get("parameters", []), *operation.get("parameters", [])]:
                    parameter = resolve_ref(spec, parameter)
                    if parameter["in"] == "path":
                        rules.path_parameters[parameter["name"]] = compile_(parameter["schema"])
                body = operation.get("requestBody")
                if body is not None:
                    body = resolve_ref(spec, body)
                    content = body.get("content", {})
                    rules.media_types = frozenset(media.lower() for media in content)
                    rules.body_required = bool(body.get("required", False))
                    schema = content.get("application/json", {}).get("schema")
                    rules.body = compile_(schema) if schema is not None else None
                self._rules[(path, method.upper())] = rules

    def validate(self, request: Request, body: bytes, path_template: str) -> Any:
        """Return the request body as parsed JSON (None without one), or raise SinchError."""
        rules = self._rules[(path_template, request.method)]
        # Path parameters: the router's decoded values, against the spec's parameter schemas.
        for name, value in request.path_params.items():
            if not rules.path_parameters[name].is_valid(value):
                raise SinchError(PARAMETER_VALIDATION, f"Invalid parameter: {shown(name)}")
        if not rules.media_types:
            return None  # the operation takes no body; one sent anyway is ignored
        if not body:
            if rules.body_required:
                raise SinchError(MISSING_PARAMETER, "Missing request body")
            return None
        media_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if media_type not in rules.media_types:
            raise SinchError(INVALID_REQUEST, "Content-Type must be application/json")
        try:
            # RFC 8259's JSON: no NaN or Infinity, no lone surrogate, UTF-8.
            payload = loads(body)
        except JsonValueError as problem:
            detail = "nested too deeply" if "nested" in problem.detail else "not valid JSON"
            raise SinchError(INVALID_REQUEST, f"Request body is {detail}") from None
        if rules.body is not None and not _is_valid(rules.body, payload):
            raise _schema_error(rules.body, payload)
        return payload


def _is_valid(validator: jsonschema_rs.Validator, payload: Any) -> bool:
    try:
        return validator.is_valid(payload)
    except (ValueError, RecursionError):  # deeper than jsonschema-rs goes: explained below
        return False


def _schema_error(validator: jsonschema_rs.Validator, payload: Any) -> SinchError:
    """Name the first offending field, the way Sinch's messages do (`numbers[0]`)."""
    try:
        first = next(iter(validator.iter_errors(payload)))
    except (ValueError, RecursionError):  # jsonschema-rs refuses to walk a value this deep
        return SinchError(INVALID_REQUEST, "Request body is nested too deeply")
    where = "".join(
        f"[{p}]" if isinstance(p, int) else f".{p}" for p in first.instance_path
    ).lstrip(".")
    required = isinstance(first.kind, jsonschema_rs.ValidationErrorKind.Required)
    code = MISSING_PARAMETER if required else PARAMETER_VALIDATION
    location = f" in {shown(where)}" if where else ""
    return SinchError(code, f"Invalid parameter value{location}: {shown(first.message)}")
