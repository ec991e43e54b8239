"""Carrying out SVAML on one simulated call, in virtual time, as Sinch documents it.

Instructions: `say` and `playFiles` are heard (a prompt takes one second per 2.5 words, a
file three seconds); `sendDtmf`, `setCookie`, `answer`, `startRecording` and `stopRecording`
are recorded. Actions: `hangup` ends the call (MANAGERHANGUP); `connectPstn`, `connectSip`
and `connectMxp` ring the scenario's callee (answer: ACE, then bridged; busy, no-answer, fail:
the call ends with that result); `connectConf` joins the conference the API reads and
controls; `runMenu` plays its prompts, takes the caller's presses and posts a PIE; `park`
holds the call until `updateCall` unparks or hangs it up, the caller leaves or its
`maxDuration` passes; `continue` lets the call go on as it is.

A call that is connected, in a conference or parked waits for the caller's next `stay` step
(60 s when the scenario has none) in virtual time; with `api_wait`, it first waits that many
real seconds for the API to act on it (updateCall, mute, kick), until the test is done acting
(`released`).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from ._calls import Call
from ._instructions import carry_out
from ._menus import play_menu
from ._prompts import spoken
from ._scenario import CallerStep
from ._simulation import Simulation
from ._state import MockState
from ._waiting import wait

DEFAULT_DIAL_TIMEOUT = 30.0  # seconds a callee that does not answer rings

Post = Callable[[str, dict[str, Any]], dict[str, Any] | None]


class Player:
    """Obeys the handler's SVAML for one call until it ends; `post` posts an event (PIE, ACE)
    and gives the handler's valid answer, or None once the call has ended."""

    def __init__(
        self,
        call: Call,
        out: Simulation,
        post: Post,
        world: MockState,
        api_wait: float,
        released: threading.Event,
    ) -> None:
        self.call = call
        self.out = out
        self.post = post
        self.lock = world.lock  # the world's: what the API changes, under it
        self.book = world.calls
        self.api_wait = api_wait
        self.released = released  # set: the test is done acting, waits no longer watch the API
        self.now = 0.0
        self.steps: list[CallerStep] = list(out.scenario.caller)
        self.answered = False
        self.recording: dict[str, Any] | None = None  # a running recording's options

    @property
    def ended(self) -> bool:
        return self.out.ended_at is not None

    # -- SVAML --------------------------------------------------------------------------------

    def obey(self, svaml: dict[str, Any] | None) -> None:
        """Carry out an answer, and the answers it leads to (PIE, ACE), until the call ends."""
        while svaml is not None and not self.ended:
            for instruction in svaml.get("instructions") or []:
                carry_out(self, instruction)
            svaml = self.action(svaml.get("action") or {"name": "continue"})

    def action(self, action: dict[str, Any]) -> dict[str, Any] | None:
        """Carry out one action; the next SVAML (the answer to a PIE), or None."""
        name = action.get("name")
        self.out.note(self.now, "action", str(name))
        if name == "hangup":
            self.end("MANAGERHANGUP")
        elif name == "runMenu":
            return self.run_menu(action)
        elif name in ("connectPstn", "connectSip", "connectMxp"):
            return self.connect(action)
        elif name == "connectConf":
            self.answered = True
            conference_id = str(action.get("conferenceId"))
            with self.lock:
                self.book.join(self.call, conference_id)
            self.out.conferences.append(conference_id)
            self.out.note(self.now, "conference", f"joined {conference_id}")
            self.wait("in the conference")
        elif name == "park":
            self.park(action)
        else:  # continue (after ACE or PIE), connectStream: the call goes on as it is
            self.answered = True
            self.wait("connected")
        return None

    def run_menu(self, action: dict[str, Any]) -> dict[str, Any] | None:
        """Play the menu to its result; the handler's answer to the PIE that reports it."""
        self.answered = True
        menu_id, kind, value = play_menu(self, action)
        self.out.menu_results.append(f"{kind}:{value}")
        result = {"menuId": menu_id, "type": kind, "value": value, "inputMethod": "dtmf"}
        return self.post("pie", {"menuResult": result})

    # -- connecting, waiting ------------------------------------------------------------------

    def connect(self, action: dict[str, Any]) -> dict[str, Any] | None:
        target = action.get("number") or action.get("destination") or {}
        destination = str(target.get("endpoint", "") if isinstance(target, dict) else target)
        callee = self.out.scenario.callee(destination)
        self.out.note(self.now, "ringing", destination)
        if callee.behaviour == "no-answer":
            self.now += float(action.get("dialTimeout") or DEFAULT_DIAL_TIMEOUT)
            self.end("TIMEOUT", "NOANSWER")
        elif callee.behaviour in ("busy", "fail"):
            self.now += 1.0
            busy = callee.behaviour == "busy"
            self.end("N/A" if busy else "GENERALERROR", "BUSY" if busy else "FAILED")
        else:
            self.now += callee.ring
            self.answered = True
            self.out.connected.append(destination)
            self.out.note(self.now, "connected", destination)
            if not action.get("suppressCallbacks"):
                return self.post("ace", {})
            self.wait("connected")
        return None

    def park(self, action: dict[str, Any]) -> None:
        self.answered = True
        if action.get("introPrompt"):
            self.hear(str(action["introPrompt"]))
        with self.lock:
            self.call.parked = True
        self.out.parked = True
        self.out.note(self.now, "parked", str(action.get("holdPrompt") or "on hold"))
        limit = action.get("maxDuration")
        self.wait("parked", None if limit is None else float(limit))

    def wait(self, state: str, limit: float | None = None) -> None:
        """Stay `state` until the caller leaves, the API acts, or `limit` seconds pass."""
        wait(self, state, limit)

    # -- hearing, ending ----------------------------------------------------------------------

    def hear(self, prompt: str) -> None:
        for words, seconds in spoken(prompt):
            self.out.heard.append(words)
            self.out.note(self.now, "heard", words)
            self.now += seconds

    def end(self, reason: str, result: str | None = None) -> None:
        if self.ended:
            return
        result = result or ("ANSWERED" if self.answered else "N/A")
        with self.lock:
            self.book.end(self.call, reason, result)  # False when the API ended it already
            self.call.duration = int(self.now)  # virtual time, as the DiCE reports it
        self.out.reason, self.out.result, self.out.ended_at = reason, result, round(self.now, 3)
        self.out.note(self.now, "ended", f"{result}, {reason}")
