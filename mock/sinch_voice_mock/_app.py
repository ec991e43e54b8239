"""The mock's ASGI application: the six operations over `MockState`, plus `/openapi.yaml`.

Every API request goes through the same steps, in Sinch's order: optional latency,
authentication (401), validation against openapi.yaml (400), then the operation, which may
answer 400 or 404 for what the schema cannot know (a number you don't own, an unknown app).
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from typing import Any

import yaml
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from sinch_signing import TIMESTAMP_TOLERANCE_SECONDS

from ._auth import Authenticator
from ._errors import INTERNAL_ERROR, SinchError
from ._spec import spec_path
from ._state import DEFAULT_CAPABILITY, MockState
from ._validation import RequestValidator

Operation = Callable[[MockState, str, dict[str, Any], Any], Response]
NO_CONTENT = 204


def _get_numbers(state: MockState, caller: str, params: dict[str, Any], body: Any) -> Response:
    return JSONResponse({"numbers": state.list_numbers()})


def _assign_numbers(state: MockState, caller: str, params: dict[str, Any], body: Any) -> Response:
    numbers = list(dict.fromkeys(body["numbers"]))  # the same number twice is one assignment
    state.assign(
        numbers, body.get("applicationkey") or caller, body.get("capability", DEFAULT_CAPABILITY)
    )
    return Response(status_code=NO_CONTENT)


def _unassign_number(state: MockState, caller: str, params: dict[str, Any], body: Any) -> Response:
    state.unassign(body["number"], body.get("applicationkey") or caller, body.get("capability"))
    return Response(status_code=NO_CONTENT)


def _get_callbacks(state: MockState, caller: str, params: dict[str, Any], body: Any) -> Response:
    return JSONResponse({"url": state.callbacks(params["applicationkey"])})


def _set_callbacks(state: MockState, caller: str, params: dict[str, Any], body: Any) -> Response:
    urls = body["url"]
    state.set_callbacks(params["applicationkey"], urls.get("primary"), urls.get("fallback"))
    return Response(status_code=NO_CONTENT)


def _query_number(state: MockState, caller: str, params: dict[str, Any], body: Any) -> Response:
    from ._numbering import number_info  # phonenumbers' metadata loads on first use

    return JSONResponse({"number": number_info(params["number"])})


# path -> method -> operation; one Route per path so a wrong method gets a correct Allow header.
OPERATIONS: dict[str, dict[str, Operation]] = {
    "/v1/configuration/numbers": {
        "GET": _get_numbers,
        "POST": _assign_numbers,
        "DELETE": _unassign_number,
    },
    "/v1/configuration/callbacks/applications/{applicationkey}": {
        "GET": _get_callbacks,
        "POST": _set_callbacks,
    },
    "/v1/calling/query/number/{number}": {"GET": _query_number},
}


def create_app(
    state: MockState | None = None,
    *,
    latency_ms: float = 0,
    clock: Callable[[], datetime] | None = None,
    tolerance_seconds: float = TIMESTAMP_TOLERANCE_SECONDS,
) -> Starlette:
    """Build the mock's ASGI app.

    Args:
        state: The world to serve; defaults to `MockState.default()`.
        latency_ms: A fixed delay added to every API request (for benchmarks of bulk work).
        clock: The server's notion of now, for the signed-request window; defaults to UTC now.
        tolerance_seconds: How far a request's x-timestamp may be from now (both directions).
    """
    world = state if state is not None else MockState.default()
    spec_text = spec_path().read_text()
    validator = RequestValidator(yaml.safe_load(spec_text))
    authenticator = Authenticator(world, clock or (lambda: datetime.now(UTC)), tolerance_seconds)
    delay = latency_ms / 1000

    def endpoint(
        path: str, operations: dict[str, Operation]
    ) -> Callable[[Request], Awaitable[Response]]:
        async def handle(request: Request) -> Response:
            body = await request.body()
            if delay:
                await asyncio.sleep(delay)
            try:
                caller = authenticator.authenticate(request, body)
                payload = validator.validate(request, body, path)
                return operations[request.method](world, caller, dict(request.path_params), payload)
            except SinchError as error:
                return error.response()

        return handle

    async def serve_spec(request: Request) -> Response:
        return Response(spec_text, media_type="application/yaml")

    routes = [
        Route(path, endpoint(path, ops), methods=list(ops)) for path, ops in OPERATIONS.items()
    ]
    routes.append(Route("/openapi.yaml", serve_spec, methods=["GET"]))
    app = Starlette(
        routes=routes,
        exception_handlers={HTTPException: _http_error, Exception: _server_error},
    )
    app.state.mock = world
    return app


async def _http_error(request: Request, exc: Exception) -> Response:
    """Routing errors (404, 405) in Sinch's error shape, keeping headers such as Allow."""
    assert isinstance(exc, HTTPException)
    error = SinchError(exc.status_code * 100, exc.detail, dict(exc.headers or {}))
    return error.response()


async def _server_error(request: Request, exc: Exception) -> Response:
    return SinchError(INTERNAL_ERROR, "Internal error").response()


__all__ = ["OPERATIONS", "create_app"]
