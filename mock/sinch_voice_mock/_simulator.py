"""Play whole calls against your callback handler: the mock as Sinch, obeying your SVAML.

    from sinch_voice_mock import Simulator, load_scenario

    with Simulator("http://127.0.0.1:8000/sinch", KEY, SECRET) as simulator:
        outcome = simulator.run(load_scenario("scenarios/join_support.yaml"))
        assert outcome.passed, outcome.report()

Each call comes in as Sinch's would: an ICE posted to the handler, signed with the
application's key and secret, then whatever the handler's SVAML leads to (`_svaml_player`):
PIE after a menu, ACE when a callee answers, and a DiCE when the call ends. The call lives in
the simulator's world (a `MockState`), so a mock server over the same world (`world=`) lets a
test read it, unpark it (`updateCall`), mute or kick it through the API while it runs
(`start()`, with `api_wait`).

A handler that does not answer an ICE or a PIE within the callback timeout (5 s, or the
scenario's `callback_timeout`), answers with another status, or answers SVAML that is not
valid for the event ends the call with reason CALLBACKERROR, the reason Sinch's DiCE gives
for it (CURATION.md, "Playing whole calls").
"""

from __future__ import annotations

import json
import threading
from datetime import UTC, datetime
from typing import Any

from sinch_signing import decode_secret

from ._callbacks import DEFAULT_CALLBACK_TIMEOUT_SECONDS
from ._calls import Call
from ._check_sender import Unreachable
from ._instructions import finish_recording
from ._posting import MAX_ANSWER_BYTES
from ._running import Running
from ._scenario import Scenario
from ._simulation import Simulation, judged
from ._spec import spec_document
from ._state import MockState
from ._svaml_player import Player
from ._sync_posting import SyncPoster
from ._webhooks import Webhooks, event_timestamp


class Simulator:
    """Plays scenario calls, one at a time, against one handler for one application."""

    def __init__(
        self,
        handler_url: str,
        application_key: str,
        application_secret: str,
        *,
        world: MockState | None = None,
        callback_timeout: float = DEFAULT_CALLBACK_TIMEOUT_SECONDS,
        verify: bool = True,
    ) -> None:
        secret = decode_secret(application_secret)  # CredentialsError before any call
        self.world = world if world is not None else MockState.default()
        with self.world.lock:
            if self.world.secret_for(application_key) is None:
                self.world.add_application(application_key, application_secret)
            self.project = self.world.project_of(application_key) or ""
        self.application_key = application_key
        self.callback_timeout = callback_timeout
        self.api_url: str | None = None
        """The mock API over this simulator's world, when one serves it (`simulated_calls`)."""
        self._webhooks = Webhooks(spec_document())
        self._posters: dict[float, SyncPoster] = {}  # one per callback timeout in use
        self._handler_url, self._secret, self._verify = handler_url, secret, verify
        self._one_at_a_time = threading.Lock()

    def run(self, scenario: Scenario, *, api_wait: float = 0.0) -> Simulation:
        """Play one call of `scenario` to its end; what happened, judged."""
        return self.play(self.receive(scenario), api_wait)

    def start(self, scenario: Scenario, *, api_wait: float = 5.0) -> Running:
        """Play one call in the background, so a test can act on it through the API: its
        waits for the caller first give the API up to `api_wait` real seconds."""
        running = Running(self.receive(scenario))
        thread = threading.Thread(
            target=running.play, args=(self, api_wait), name="sinch-voice-call", daemon=True
        )
        thread.start()
        return running

    def receive(self, scenario: Scenario) -> Simulation:
        """The scenario's call, come in (in the world, where the API finds it), not played."""
        with self.world.lock:
            call = self.world.calls.receive(
                self.project, self.application_key, scenario.cli, scenario.to
            )
        return Simulation(scenario, call.call_id)

    def play(
        self, out: Simulation, api_wait: float = 0.0, released: threading.Event | None = None
    ) -> Simulation:
        """Play a call that has come in (`receive`) to its end; `out`, judged. Once
        `released` is set, the call no longer waits for the API."""
        with self._one_at_a_time:
            with self.world.lock:
                call = self.world.calls.calls[out.call_id]
            _Call(self, call, out, api_wait, released or threading.Event()).play()
            return judged(out)

    def poster(self, timeout: float) -> SyncPoster:
        """What posts this simulator's events with callback timeout `timeout`."""
        if timeout not in self._posters:
            self._posters[timeout] = SyncPoster(
                self._handler_url, self.application_key, self._secret, timeout, self._verify
            )
        return self._posters[timeout]

    def close(self) -> None:
        for poster in self._posters.values():
            poster.close()

    def __enter__(self) -> Simulator:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class _Call:
    """One call: its events posted, its answers obeyed by a `Player`."""

    def __init__(
        self,
        simulator: Simulator,
        call: Call,
        out: Simulation,
        api_wait: float,
        released: threading.Event,
    ) -> None:
        self.simulator = simulator
        self.call = call
        self.out = out
        timeout = out.scenario.callback_timeout or simulator.callback_timeout
        self.poster = simulator.poster(timeout)
        self.player = Player(call, out, self.post, simulator.world, api_wait, released)

    def play(self) -> None:
        self.out.note(0, "incoming", f"{self.out.scenario.cli} -> {self.out.scenario.to}")
        self.player.obey(self.post("ice", {}))
        self.player.end("CALLERHANGUP")  # nothing more to do: the caller hangs up
        finish_recording(self.player)
        self.post("dice", {})

    def post(self, kind: str, fields: dict[str, Any]) -> dict[str, Any] | None:
        """Post an event of the call; the handler's valid SVAML, or what a failed answer leads
        to (`failed`)."""
        if self.player.ended and kind not in ("dice", "notify"):
            return None
        event = self.event(kind, fields)
        body = json.dumps(event).encode()
        self.out.note(self.player.now, "event", f"{kind.upper()} posted")
        result = self.poster.post(body)
        if result.unreachable:  # no handler there: the run stops, no call outcome to judge
            raise Unreachable(result.error or "cannot connect")
        self.out.handler_seconds.append(result.seconds)
        if not self.simulator._webhooks.expects_answer(kind):
            return None
        if result.status != 200 or result.error or result.too_large:
            why = result.error or f"answered {result.status}"
            if result.too_large:
                why = f"the answer is larger than {MAX_ANSWER_BYTES // 1024} KiB"
            return self.failed(kind, why)
        verdict = self.simulator._webhooks.check(kind, result.body)
        if not verdict.valid:
            why = f"invalid SVAML at {verdict.where or '/'}: {verdict.error}"
            return self.failed(kind, why, illegal_svaml=True)
        answer: dict[str, Any] = json.loads(result.body)
        names = [str(i.get("name")) for i in answer.get("instructions") or []]
        action = (answer.get("action") or {}).get("name", "continue")
        self.out.note(self.player.now, "answer", " + ".join([*names, str(action)]))
        return answer

    def failed(self, kind: str, why: str, illegal_svaml: bool = False) -> dict[str, Any] | None:
        """An answer that is not one: an ICE or PIE ends the call (CALLBACKERROR); after an
        ACE the callee stays connected, as a `continue`; SVAML that is not valid is also
        reported in a notify of type `callingerror`, code 40001 (CURATION.md)."""
        self.out.note(self.player.now, "error", f"{kind.upper()}: {why}")
        if illegal_svaml:
            error = {"type": "callingerror", "errorCode": 40001, "errorMsg": "Illegal SVAML"}
            self.post("notify", error)
        if kind == "ace":
            return {"action": {"name": "continue"}}
        self.player.end("CALLBACKERROR", "FAILED")
        return None

    def event(self, kind: str, fields: dict[str, Any]) -> dict[str, Any]:
        now = datetime.now(UTC)
        key = self.simulator.application_key
        event = self.simulator._webhooks.sample(kind, key, now, self.call.call_id)
        event["timestamp"] = event_timestamp(now)
        if kind == "ice":
            event.update(cli=self.out.scenario.cli, to=self.call.destination)
        if kind == "dice":
            event.update(self.call.dice_fields())
        event.update(fields)
        return event
