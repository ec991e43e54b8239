"""What happens to a placed call over time, as Sinch does it: the callee answers, the
application hears of it (ACE, signed, at its callback URL) and its SVAML answer is obeyed, a
text-to-speech call ends when its message has played, a conference call joins its conference,
and when the call ends the application gets a DiCE.

The mock's simulated callee always answers, after `CallTiming.answer_after` seconds; a TTS
message takes `CallTiming.tts_seconds` to play. An ACE answer's `hangup` ends the call
(MANAGERHANGUP); `continue` (or any other valid answer) lets it go on; an answer that is not
valid SVAML, or none, is taken as `continue` (Sinch does not say; the delivery records the
verdict). A custom callout's inline `ice` and `ace` SVAML are obeyed for hangup the same way
(an inline `ace` is its answer: no ACE is posted); its `dice`, a URL, gets the DiCE.
`maxDuration` ends a call with reason TIMEOUT. Inbound calls, and the rest of SVAML (menus,
connecting, parking), are the simulator's (`_simulator`).
"""

from __future__ import annotations

import asyncio
import dataclasses
import json
import logging
from dataclasses import dataclass
from typing import Any

from ._callbacks import CallbackDispatcher
from ._calls import FINAL, Call
from ._state import MockState
from ._webhooks import event_timestamp

_log = logging.getLogger("sinch_voice_mock")


@dataclass(frozen=True)
class CallTiming:
    """How long the simulated parts of a call take, in seconds."""

    answer_after: float = 0.05  # from the callout to the callee answering
    tts_seconds: float = 0.2  # a text-to-speech message playing

    def __post_init__(self) -> None:
        if self.answer_after < 0 or self.tts_seconds < 0:
            raise ValueError("call timings must be 0 or more seconds")


class CallRunner:
    """Runs each placed call in the server's event loop, and tells the application of it."""

    def __init__(
        self, world: MockState, dispatcher: CallbackDispatcher, timing: CallTiming
    ) -> None:
        self.world = world
        self.dispatcher = dispatcher
        self.timing = timing
        self._tasks: set[asyncio.Task[None]] = set()  # kept so that none is collected early
        world.calls.on_placed = self.placed
        world.calls.on_ended = self.ended

    def placed(self, call: Call) -> None:
        self._start(self._run(call, self.world.calls.generation))

    def ended(self, call: Call) -> None:
        if self._wants_dice(call):
            self._start(self._post(call, "dice", self._dice(call)))

    def _start(self, work: Any) -> None:
        task = asyncio.get_running_loop().create_task(work)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _run(self, call: Call, generation: int) -> None:
        book = self.world.calls

        def gone() -> bool:  # ended meanwhile, or the world was reset
            return book.generation != generation or call.status == FINAL

        details = call.details
        if call.method == "customCallout" and _action(details.get("ice")) == "hangup":
            with self.world.lock:
                book.end(call, "MANAGERHANGUP")
            return
        if details.get("maxDuration"):
            self._start(self._time_out(call, generation, float(details["maxDuration"])))
        await asyncio.sleep(self.timing.answer_after)
        with self.world.lock:
            if gone():
                return
            book.answer(call)
        action = _action(details.get("ace")) if call.method == "customCallout" else None
        if details.get("enableAce") and action is None:
            action = await self._post(call, "ace", self._event(call, "ace"))
        if action == "hangup":
            with self.world.lock:
                if not gone():
                    book.end(call, "MANAGERHANGUP")
            return
        if call.method == "ttsCallout":
            await asyncio.sleep(self.timing.tts_seconds)
            with self.world.lock:
                if not gone():
                    book.end(call, "CALLERHANGUP")
        elif call.method == "conferenceCallout":
            with self.world.lock:
                if not gone():
                    book.join(call, details["conferenceId"])

    async def _time_out(self, call: Call, generation: int, seconds: float) -> None:
        await asyncio.sleep(seconds)
        with self.world.lock:
            if self.world.calls.generation == generation:
                self.world.calls.end(call, "TIMEOUT")

    def _wants_dice(self, call: Call) -> bool:
        return bool(call.details.get("enableDice") or call.details.get("dice"))

    def _event(self, call: Call, kind: str) -> dict[str, Any]:
        now = self.world.calls.clock()
        event = self.dispatcher.webhooks.sample(kind, call.application, now, call.call_id)
        event.update(custom=call.details.get("custom", ""), timestamp=event_timestamp(now))
        return event

    def _dice(self, call: Call) -> dict[str, Any]:
        event = self._event(call, "dice")
        event.pop("from", None)  # the example's caller: the call's own, if it has one
        event.update(call.dice_fields())
        return event

    async def _post(self, call: Call, kind: str, event: dict[str, Any]) -> str | None:
        """Post the event where the call's events go; the action of a valid SVAML answer."""
        with self.world.lock:
            app = self.world.applications.get(call.application)
        if app is None:
            return None
        if kind == "dice" and call.details.get("dice"):  # a custom callout's own DiCE URL
            app = dataclasses.replace(app, primary=call.details["dice"], fallback=None)
        if app.primary is None and app.fallback is None:
            return None
        try:
            delivery = await self.dispatcher.deliver(app, event, kind, headers=call.forwarded)
        except Exception:  # a callback that fails must not stop the call
            _log.exception("posting %s for call %s failed", kind, call.call_id)
            return None
        return _action(delivery.answer) if delivery.verdict and delivery.verdict.valid else None


def _action(svaml: Any) -> str | None:
    """The action name of SVAML given as an object or as JSON text (None for a URL)."""
    if isinstance(svaml, str):
        try:
            svaml = json.loads(svaml)
        except ValueError:
            return None
    action = svaml.get("action") if isinstance(svaml, dict) else None
    return action.get("name") if isinstance(action, dict) else None


__all__ = ["CallRunner", "CallTiming"]
