"""A call playing in the background (`Simulator.start`), for a test that acts on it."""

from __future__ import annotations

import threading
import time
from typing import TYPE_CHECKING

from ._simulation import Simulation

if TYPE_CHECKING:
    from ._simulator import Simulator


class Running:
    """A call playing in the background (`Simulator.start`): its ID at once, its outcome
    once it has ended."""

    def __init__(self, simulation: Simulation) -> None:
        self.simulation = simulation  # filled in as the call goes
        self.call_id = simulation.call_id
        self._done = threading.Event()
        self._released = threading.Event()
        self._error: BaseException | None = None

    def play(self, simulator: Simulator, api_wait: float) -> None:
        try:
            simulator.play(self.simulation, api_wait, self._released)
        except BaseException as problem:  # handed to the test by result()
            self._error = problem
        finally:
            self._done.set()

    def wait_for(self, kind: str, timeout: float = 10.0) -> None:
        """Wait (real time) until the transcript has a line of `kind`: parked, conference,
        connected, ..."""
        deadline = time.monotonic() + timeout
        while not any(line.kind == kind for line in list(self.simulation.lines)):
            if self._done.is_set() or time.monotonic() > deadline:
                raise TimeoutError(
                    f"the call never reached {kind!r}:\n{self.simulation.transcript()}"
                )
            time.sleep(0.005)

    def result(self, timeout: float = 30.0) -> Simulation:
        """The call's outcome once it has ended (what stopped it, raised). From now on the
        call waits for the API no more: the caller's steps play out in virtual time."""
        self._released.set()
        if not self._done.wait(timeout):
            raise TimeoutError("the call did not end in time")
        if self._error is not None:
            raise self._error
        return self.simulation
