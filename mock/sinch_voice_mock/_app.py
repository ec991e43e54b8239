"""The mock's ASGI application: the six operations over `MockState`, plus its own extras.

Extras, outside the Sinch API: the spec at `/openapi.yaml`, and control endpoints under
`/_mock/` (send a signed callback event to an application's URLs, list deliveries, set the
fault plan, read or reset the state). The control plane answers only requests that carry its
token (`Authorization: Bearer TOKEN`), and can be left out altogether.

Every API request goes through the same steps, in Sinch's order: optional latency,
authentication (401), validation against openapi.yaml (400), then the operation, which may
answer 400 or 404 for what the schema cannot know (a number you don't own, an unknown app).
"""

from __future__ import annotations

import asyncio
import hmac
import json
import secrets
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime

import yaml
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.requests import ClientDisconnect, Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from sinch_signing import TIMESTAMP_TOLERANCE_SECONDS
from sinch_voice_toolkit._json_values import JsonValueError, loads

from ._auth import Authenticator
from ._call_control import call_endpoint
from ._call_flow import CallRunner, CallTiming
from ._callbacks import DEFAULT_CALLBACK_TIMEOUT_SECONDS, CallbackDispatcher
from ._drain import DrainBeforeAnswer
from ._errors import SinchError, shown
from ._exchange import _client_gone, _http_error, _server_error, read_body
from ._faults import LOST, DroppedConnection, FaultPlan, quiet_injected_drops
from ._routes import Operation, example_only, spec_routes
from ._spec import spec_path
from ._state import MockState
from ._validation import RequestValidator
from ._webhooks import Webhooks

CONTROL_PREFIX = "/_mock"
DEFAULT_MAX_BODY_BYTES = 1024 * 1024  # 100 E.164 numbers take under 2 KiB


def create_app(
    state: MockState | None = None,
    *,
    latency_ms: float = 0,
    clock: Callable[[], datetime] | None = None,
    tolerance_seconds: float = TIMESTAMP_TOLERANCE_SECONDS,
    callback_timeout_seconds: float = DEFAULT_CALLBACK_TIMEOUT_SECONDS,
    faults: FaultPlan | None = None,
    control_token: str | None = None,
    control: bool = True,
    max_body_bytes: int = DEFAULT_MAX_BODY_BYTES,
    call_timing: CallTiming | None = None,
) -> Starlette:
    """Build the mock's ASGI app.

    Args:
        state: The world to serve; defaults to `MockState.default()`.
        latency_ms: A fixed delay added to every API request (for benchmarks of bulk work).
        clock: The server's notion of now, for the signed-request window; defaults to UTC now.
        tolerance_seconds: How far a request's x-timestamp may be from now (both directions).
        callback_timeout_seconds: How long a callback URL may take before the fallback is tried.
        faults: Failures to inject into API requests (see `FaultPlan`); none by default.
            Change it later through `app.state.faults` or `POST /_mock/faults`.
        control_token: The bearer token the `/_mock/` endpoints require; random when not
            given (read it from `app.state.control_token`).
        control: False leaves the `/_mock/` endpoints out: they answer 404.
        max_body_bytes: The largest request body read; a larger one is a 413 before anything
            else (authentication included) looks at it.
        call_timing: How long a placed call's callee takes to answer and a TTS message to
            play (`CallTiming`; by default well under a second each).
    """
    if max_body_bytes < 1:
        raise ValueError("max_body_bytes must be at least 1")
    world = state if state is not None else MockState.default()
    initial = world.copy()
    token = control_token or secrets.token_urlsafe(24)
    spec_text = spec_path().read_text()
    spec = yaml.safe_load(spec_text)
    validator = RequestValidator(spec)
    now = clock or (lambda: datetime.now(UTC))
    authenticator = Authenticator(world, now, tolerance_seconds)
    dispatcher = CallbackDispatcher(now, Webhooks(spec), callback_timeout_seconds)
    world.calls.clock = now
    CallRunner(world, dispatcher, call_timing or CallTiming())  # it listens to world.calls
    delay = latency_ms / 1000

    def endpoint(
        path: str, operations: dict[str, Operation]
    ) -> Callable[[Request], Awaitable[Response]]:
        async def handle(request: Request) -> Response:
            try:
                body = await read_body(request, max_body_bytes)
            except SinchError as error:
                return error.response()
            if delay:
                await asyncio.sleep(delay)
            plan: FaultPlan = request.app.state.faults
            fault = plan.draw()
            if fault is not None and fault != LOST:  # a faulted request has no effect
                return await plan.respond(fault)
            try:
                caller = authenticator.authenticate(request, body)
                payload = validator.validate(request, body, path)
                answer = operations[request.method](
                    world, caller, dict(request.path_params), payload, request.headers
                )
            except SinchError as error:
                answer = error.response()
            return DroppedConnection() if fault == LOST else answer

        return handle

    def controlled(
        handler: Callable[[Request], Awaitable[Response]],
    ) -> Callable[[Request], Awaitable[Response]]:
        """Refuse a control request without the token, before it can change anything."""

        async def guarded(request: Request) -> Response:
            given = request.headers.get("authorization", "")
            if not hmac.compare_digest(given.encode(), f"Bearer {token}".encode()):
                return JSONResponse(
                    {"error": "the control plane needs its token: Authorization: Bearer TOKEN"},
                    status_code=401,
                    headers={"WWW-Authenticate": "Bearer"},
                )
            return await handler(request)

        return guarded

    async def serve_spec(request: Request) -> Response:
        return Response(spec_text, media_type="application/yaml")

    async def send_event(request: Request) -> Response:
        """Control: post an event (the body, or a sample of `?kind=`, ICE by default) to the
        application's callback URLs."""
        key = request.path_params["applicationkey"]
        kind = request.query_params.get("kind")
        if kind is not None and kind not in dispatcher.webhooks.kinds:
            known = ", ".join(dispatcher.webhooks.kinds)
            return JSONResponse({"error": f"kind must be one of {known}"}, status_code=400)
        app = world.applications.get(key)
        if app is None:
            return JSONResponse({"error": f"unknown application {key}"}, status_code=404)
        if app.primary is None and app.fallback is None:
            return JSONResponse(
                {"error": f"application {key} has no callback URL"}, status_code=409
            )
        try:
            raw = await read_body(request, max_body_bytes)
        except SinchError as error:
            return error.response()
        try:
            # Only what can be posted as it is: no NaN or Infinity, no lone surrogate, no
            # deeper nesting than an event has. Nothing is stored for an event refused here.
            event = loads(raw) if raw.strip() else None
        except JsonValueError as problem:
            return JSONResponse(
                {"error": f"the event must be JSON: {shown(problem)}"}, status_code=400
            )
        if event is not None and not isinstance(event, dict):
            return JSONResponse({"error": "the event must be a JSON object"}, status_code=400)
        if event is not None and kind is not None:
            return JSONResponse({"error": "give an event or a kind, not both"}, status_code=400)
        delivery = await dispatcher.deliver(app, event, kind or "ice")
        return JSONResponse(delivery.to_dict())

    async def set_faults(request: Request) -> Response:
        """Control: replace the fault plan (POST a plan, DELETE to stop injecting)."""
        if request.method == "DELETE":
            request.app.state.faults = FaultPlan()
        elif request.method == "POST":
            try:
                raw = await read_body(request, max_body_bytes)
                request.app.state.faults = FaultPlan.from_dict(json.loads(raw))
            except SinchError as error:
                return error.response()
            except (ValueError, TypeError, AttributeError, RecursionError) as error:
                return JSONResponse({"error": str(error)[:200]}, status_code=400)
        return JSONResponse(request.app.state.faults.to_dict())

    async def list_deliveries(request: Request) -> Response:
        """Control: the deliveries kept (the last 1,000 per project), oldest first, with each
        attempt's URL, status or error and duration."""
        return JSONResponse([d.to_dict() for d in dispatcher.deliveries])

    async def show_state(request: Request) -> Response:
        """Control: the world as a state file would write it, without the secrets, and the
        operations answered with their documented example (no stateful handler yet)."""
        return JSONResponse({**world.to_mapping(secrets=False), "exampleOnly": example_only(spec)})

    async def reset(request: Request) -> Response:
        """Control: put the world back as it was at start-up, forget the deliveries, and stop
        injecting faults."""
        world.restore(initial)
        dispatcher.clear()
        request.app.state.faults = FaultPlan()
        return JSONResponse(world.to_mapping(secrets=False))

    routing = spec_routes(spec)
    # One Route per path, so that a wrong method gets a correct Allow header.
    routes = [Route(path, endpoint(path, ops), methods=list(ops)) for path, ops in routing.items()]
    routes.append(Route("/openapi.yaml", serve_spec, methods=["GET"]))
    if control:
        # The control endpoints are the mock's own, outside the Sinch API and openapi.yaml.
        for path, handler, methods in [
            ("/applications/{applicationkey}/events", send_event, ["POST"]),
            ("/deliveries", list_deliveries, ["GET"]),
            ("/faults", set_faults, ["GET", "POST", "DELETE"]),
            ("/state", show_state, ["GET"]),
            ("/reset", reset, ["POST"]),
            ("/calls", call_endpoint(world, lambda r: read_body(r, max_body_bytes)), ["POST"]),
        ]:
            routes.append(Route(CONTROL_PREFIX + path, controlled(handler), methods=methods))
    app = Starlette(
        routes=routes,
        exception_handlers={
            HTTPException: _http_error,
            ClientDisconnect: _client_gone,
            Exception: _server_error,
        },
        # An early answer (413, 401, 404) reaches clients that write their whole body first.
        middleware=[Middleware(DrainBeforeAnswer)],
    )
    app.state.mock = world
    app.state.initial = initial  # the world as it started, for resets
    app.state.control_token = token if control else None
    app.state.faults = faults if faults is not None else FaultPlan()
    quiet_injected_drops()
    return app


__all__ = ["CONTROL_PREFIX", "DEFAULT_MAX_BODY_BYTES", "create_app", "read_body"]
