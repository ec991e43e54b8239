"""Play whole calls in pytest: `simulated_calls` and the `sinch_voice_calls` fixture.

    def test_pressing_1_joins_support(sinch_voice_calls):
        simulator = sinch_voice_calls(HANDLER_URL, KEY, SECRET)
        outcome = simulator.run(load_scenario("scenarios/join_support.yaml"))
        assert outcome.passed, outcome.report()

The simulator's calls live in a mock server's world (`simulator.api_url`), so a test can
read, unpark, mute or kick them with the client while they play (`simulator.start`). Enable
the fixture with `pytest_plugins = ["sinch_voice_mock.pytest_plugin"]` in your conftest.py.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from typing import Any

import pytest

from ._server import MockServer
from ._simulator import Simulator
from ._state import MockState


@contextmanager
def simulated_calls(
    handler_url: str, application_key: str, application_secret: str, **options: Any
) -> Iterator[Simulator]:
    """A `Simulator` for your handler whose calls a mock API on a free loopback port serves
    (`simulator.api_url`), for the duration of a `with` block. `options` go to `Simulator`."""
    world = MockState.default()
    with (
        MockServer(world) as mock,
        Simulator(
            handler_url, application_key, application_secret, world=world, **options
        ) as simulator,
    ):
        simulator.api_url = mock.url
        yield simulator


@pytest.fixture
def sinch_voice_calls() -> Iterator[Callable[..., Simulator]]:
    """Makes simulators (`simulated_calls`) and stops them when the test ends."""
    with ExitStack() as stack:

        def make(
            handler_url: str, application_key: str, application_secret: str, **options: Any
        ) -> Simulator:
            return stack.enter_context(
                simulated_calls(handler_url, application_key, application_secret, **options)
            )

        yield make
