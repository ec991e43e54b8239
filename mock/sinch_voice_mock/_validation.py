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
    RequestBodyValidationError,
)
from openapi_core.validation.schemas.exceptions import InvalidSchemaValue
from starlette.requests import Request

from ._errors import INVALID_REQUEST, MISSING_PARAMETER, PARAMETER_VALIDATION, SinchError


class _ReceivedRequest(StarletteOpenAPIRequest):
    """openapi-core's Starlette adapter, reading the path as the server received it.

    Starlette's `request.url` goes through `urlsplit`, which silently drops newlines and tabs;
    the ASGI `path` keeps them, so `+4673%0A` is seen as the invalid number it is. The host is
    the spec's own server, because the mock serves the spec's paths under any address.
    """

    def __init__(self, request: Request, body: bytes, server_url: str) -> None:
        super().__init__(request, body if body else None)
        self._server_url = server_url

    @property
    def host_url(self) -> str:
        return self._server_url

    @property
    def path(self) -> str:
        return str(self.request.scope["path"])

    @property
    def content_type(self) -> str:
        return self.request.headers.get("Content-Type", "")


class RequestValidator:
    """Validates requests against one OpenAPI document."""

    def __init__(self, spec: dict[str, Any]) -> None:
        self._openapi = OpenAPI.from_dict(spec)
        self._server_url = spec["servers"][0]["url"]

    def validate(self, request: Request, body: bytes) -> Any:
        """Return the request body as parsed JSON (None without one), or raise SinchError."""
        result = self._openapi.unmarshal_request(_ReceivedRequest(request, body, self._server_url))
        for error in result.errors:
            raise _as_sinch_error(error)  # the first one is enough to answer
        # openapi-core's path-template matcher also drops a trailing newline; the router saw the
        # real value. Different values mean the path carried something the template hid.
        if dict(result.parameters.path) != dict(request.path_params):
            raise SinchError(PARAMETER_VALIDATION, "Invalid path parameter")
        return result.body


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
