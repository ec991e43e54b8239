"""Validate incoming requests against openapi.yaml with openapi-core, answering as Sinch does.

No rule is re-typed here: the spec is read at start-up and openapi-core enforces it. The
`regress` package gives openapi-core ECMA-262 regular expressions, as JSON Schema specifies, so
`^\\+[1-9][0-9]{1,14}$` rejects a trailing newline (Python's `re` would accept it), and
`rfc3986-validator` makes it check `format: uri`.
"""

from __future__ import annotations

from typing import Any

from jsonschema.exceptions import ValidationError
from openapi_core import OpenAPI
from openapi_core.contrib.starlette.requests import StarletteOpenAPIRequest
from openapi_core.deserializing.media_types.exceptions import MediaTypeDeserializeError
from openapi_core.templating.media_types.exceptions import MediaTypeNotFound
from openapi_core.validation.request.exceptions import (
    InvalidParameter,
    InvalidRequestBody,
    MissingParameter,
    MissingRequestBody,
    MissingRequiredParameter,
    MissingRequiredRequestBody,
    ParameterValidationError,
    RequestBodyValidationError,
)
from openapi_core.validation.schemas.exceptions import InvalidSchemaValue
from openapi_schema_validator import OAS31Validator, oas31_format_checker
from starlette.requests import Request

from ._errors import INVALID_REQUEST, MISSING_PARAMETER, PARAMETER_VALIDATION, SinchError


class _ReceivedRequest(StarletteOpenAPIRequest):
    """openapi-core's Starlette adapter, reading the path exactly as it was sent.

    openapi-core does not percent-decode path parameters, and a decoded path can carry `#`, `?`
    or a newline that breaks its template matching (Starlette's `request.url` even drops
    newlines). So openapi-core gets the raw path to find the operation and to validate headers
    and body; path parameters are validated separately, decoded (see `RequestValidator`). The
    host is the spec's own server, because the mock serves the spec's paths under any address.
    """

    def __init__(self, request: Request, body: bytes, server_url: str) -> None:
        super().__init__(request, body if body else None)
        self._server_url = server_url

    @property
    def host_url(self) -> str:
        return self._server_url

    @property
    def path(self) -> str:
        raw = self.request.scope.get("raw_path") or self.request.scope["path"].encode()
        return bytes(raw).decode("latin-1")

    @property
    def content_type(self) -> str:
        return self.request.headers.get("Content-Type", "")


class RequestValidator:
    """Validates requests against one OpenAPI document."""

    def __init__(self, spec: dict[str, Any]) -> None:
        self._openapi = OpenAPI.from_dict(spec)
        self._server_url = spec["servers"][0]["url"]
        self._path_parameters = _path_parameter_validators(spec)

    def validate(self, request: Request, body: bytes, path_template: str) -> Any:
        """Return the request body as parsed JSON (None without one), or raise SinchError."""
        # Path parameters: the router's decoded values, against the spec's parameter schemas.
        validators = self._path_parameters.get(path_template, {})
        for name, value in request.path_params.items():
            if not validators[name].is_valid(value):
                raise SinchError(PARAMETER_VALIDATION, f"Invalid parameter: {name}")
        # Everything else: openapi-core. Its path-parameter verdicts are on undecoded text.
        result = self._openapi.unmarshal_request(_ReceivedRequest(request, body, self._server_url))
        for error in result.errors:
            if isinstance(error, ParameterValidationError) and error.location == "path":
                continue
            raise _as_sinch_error(error)  # the first one is enough to answer
        return result.body


def _path_parameter_validators(spec: dict[str, Any]) -> dict[str, dict[str, OAS31Validator]]:
    """path template -> parameter name -> a validator for that parameter's schema in the spec."""
    root = OAS31Validator(spec, format_checker=oas31_format_checker)  # resolves '#/components/...'
    found: dict[str, dict[str, OAS31Validator]] = {}
    for path, item in spec["paths"].items():
        operations = [
            op for method, op in item.items() if method in ("get", "post", "put", "patch", "delete")
        ]
        for parameter in item.get("parameters", []) + [
            p for op in operations for p in op.get("parameters", [])
        ]:
            parameter = _deref(spec, parameter)
            if parameter["in"] == "path":
                found.setdefault(path, {})[parameter["name"]] = root.evolve(
                    schema=parameter["schema"]
                )
    return found


def _deref(spec: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        target: Any = spec
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def _as_sinch_error(error: Exception) -> SinchError:
    if isinstance(error, MissingRequiredRequestBody | MissingRequestBody):
        return SinchError(MISSING_PARAMETER, "Missing request body")
    if isinstance(error, MissingRequiredParameter | MissingParameter):
        return SinchError(MISSING_PARAMETER, f"Missing parameter: {error}")
    if isinstance(error, InvalidParameter):
        return SinchError(PARAMETER_VALIDATION, f"Invalid parameter: {error.name}")
    cause = error.__cause__
    if isinstance(error, InvalidRequestBody) and isinstance(cause, InvalidSchemaValue):
        return _schema_error(cause.schema_errors)
    if isinstance(error, RequestBodyValidationError) and isinstance(cause, MediaTypeNotFound):
        return SinchError(INVALID_REQUEST, "Content-Type must be application/json")
    if isinstance(error, RequestBodyValidationError) and isinstance(
        cause, MediaTypeDeserializeError
    ):
        return SinchError(INVALID_REQUEST, "Request body is not valid JSON")
    return SinchError(INVALID_REQUEST, "Invalid request")


def _schema_error(errors: Any) -> SinchError:
    """Name the first offending field, the way Sinch's messages do (`numbers[0]`)."""
    first: ValidationError = next(iter(errors))
    where = "".join(
        f"[{p}]" if isinstance(p, int) else f".{p}" for p in first.absolute_path
    ).lstrip(".")
    code = MISSING_PARAMETER if first.validator == "required" else PARAMETER_VALIDATION
    location = f" in {where}" if where else ""
    return SinchError(code, f"Invalid parameter value{location}: {first.message}")
