"""A local, stateful stand-in for the Sinch Voice API, and a simulator that plays whole calls
against your callback handler (`Simulator`, `load_scenario`; `sinch-voice-mock simulate`).

Start it from the shell with `sinch-voice-mock` (or `make mock`), or in-process:

    from sinch_voice_mock import MockServer, DEMO_APPLICATION_KEY, DEMO_APPLICATION_SECRET

    with MockServer() as mock:   # a free port on 127.0.0.1
        client = connect(DEMO_APPLICATION_KEY, DEMO_APPLICATION_SECRET, base_url=mock.url)

It validates every request against openapi.yaml (jsonschema-rs), verifies signed and Basic
requests with `sinch_signing`, and answers errors as Sinch does.
"""

from ._app import create_app
from ._call_flow import CallTiming
from ._check import check_callbacks
from ._check_report import CallbackCheckReport, Finding
from ._command import main
from ._errors import SinchError
from ._faults import FAULTS, FaultPlan
from ._running import Running
from ._scenario import (
    Callee,
    CallerStep,
    Scenario,
    ScenarioError,
    load_scenario,
    scenario_from_dict,
)
from ._server import MockServer, running_mock, running_receiver
from ._simulation import Check, Line, Simulation
from ._simulator import Simulator
from ._state import MockState
from ._state_values import (
    DEFAULT_NUMBERS,
    DEMO_APPLICATION_KEY,
    DEMO_APPLICATION_SECRET,
    EXAMPLE_APPLICATION_KEY,
    EXAMPLE_APPLICATION_SECRET,
)

__all__ = [
    "DEFAULT_NUMBERS",
    "DEMO_APPLICATION_KEY",
    "DEMO_APPLICATION_SECRET",
    "EXAMPLE_APPLICATION_KEY",
    "EXAMPLE_APPLICATION_SECRET",
    "FAULTS",
    "CallTiming",
    "CallbackCheckReport",
    "Callee",
    "CallerStep",
    "Check",
    "FaultPlan",
    "Finding",
    "Line",
    "MockServer",
    "MockState",
    "Running",
    "Scenario",
    "ScenarioError",
    "Simulation",
    "Simulator",
    "SinchError",
    "check_callbacks",
    "create_app",
    "load_scenario",
    "main",
    "running_mock",
    "running_receiver",
    "scenario_from_dict",
]
