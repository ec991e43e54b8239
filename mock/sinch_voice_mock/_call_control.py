"""Control: `POST /_mock/calls` plays an inbound call on a running mock.

The body is a scenario as JSON (the YAML's shape: `call`, `caller`, `callees`, `expect`). The
call goes where Sinch would send it: to the application the dialled number is assigned to for
voice, at its primary callback URL, signed with that application's secret. The answer is the
call's outcome (`Simulation.to_dict()`: transcript, reason, result, each expectation's verdict)
once it has ended; its call can be read and controlled through the API while it plays.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from ._check_sender import Unreachable
from ._errors import SinchError
from ._scenario import ScenarioError, scenario_from_dict
from ._simulator import Simulator
from ._state import MockState


def call_endpoint(
    world: MockState, read: Callable[[Request], Awaitable[bytes]]
) -> Callable[[Request], Awaitable[Response]]:
    """The handler of `POST /_mock/calls` for `world` (`read`: the body, within the cap)."""

    async def play_call(request: Request) -> Response:
        try:
            scenario = scenario_from_dict(json.loads(await read(request)), "the scenario")
        except SinchError as error:
            return error.response()
        except (ValueError, RecursionError) as error:  # ScenarioError, JSONDecodeError
            return JSONResponse({"error": str(error)[:300]}, status_code=400)
        with world.lock:
            key = world.assignments.get((scenario.to, "voice"))
            app = world.applications.get(key) if key is not None else None
        if app is None:
            problem = f"{scenario.to} is assigned to no application for voice"
            return JSONResponse({"error": problem}, status_code=409)
        if app.primary is None:
            problem = f"application {app.key} has no primary callback URL"
            return JSONResponse({"error": problem}, status_code=409)

        def play() -> Response:
            with Simulator(app.primary or "", app.key, app.secret, world=world) as simulator:
                outcome = simulator.run(scenario)
            return JSONResponse(outcome.to_dict())

        try:
            return await run_in_threadpool(play)
        except (Unreachable, ScenarioError) as error:
            return JSONResponse({"error": str(error)[:300]}, status_code=502)

    return play_call
