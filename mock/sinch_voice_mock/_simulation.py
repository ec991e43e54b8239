"""What one simulated call did: its transcript, how it ended, and each expectation's verdict.

The transcript is in virtual time (seconds since the call came in): what the caller heard,
pressed and was connected to, every event posted and what the handler answered, and how long
the handler really took (its latency is real, the call's time is not).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ._scenario import Scenario


@dataclass(frozen=True)
class Line:
    """One line of a transcript: when (virtual seconds), what kind, and the words."""

    at: float
    kind: str  # heard, pressed, event, answer, connected, conference, parked, ended, ...
    text: str

    def __str__(self) -> str:
        return f"{self.at:8.1f}s  {self.kind:<10} {self.text}"


@dataclass(frozen=True)
class Check:
    """One expectation of the scenario and whether the call met it."""

    name: str
    passed: bool
    detail: str

    def __str__(self) -> str:
        return f"{'PASS' if self.passed else 'FAIL'}  {self.name}: {self.detail}"


@dataclass
class Simulation:
    """One simulated call: filled in while it runs, judged when it has ended."""

    scenario: Scenario
    call_id: str
    lines: list[Line] = field(default_factory=list)
    heard: list[str] = field(default_factory=list)
    connected: list[str] = field(default_factory=list)
    conferences: list[str] = field(default_factory=list)
    menu_results: list[str] = field(default_factory=list)  # "type:value", as posted in PIEs
    cookies: dict[str, str] = field(default_factory=dict)
    parked: bool = False
    reason: str | None = None
    result: str | None = None
    ended_at: float | None = None
    handler_seconds: list[float] = field(default_factory=list)  # real time per answer
    checks: list[Check] = field(default_factory=list)

    def note(self, at: float, kind: str, text: str) -> None:
        self.lines.append(Line(round(at, 3), kind, text))

    @property
    def passed(self) -> bool:
        """Whether every expectation held (a scenario without expectations passes when the
        call ended)."""
        return self.ended_at is not None and all(check.passed for check in self.checks)

    def transcript(self) -> str:
        """The transcript, one line per happening, for a person to read."""
        return "\n".join(str(line) for line in self.lines)

    def report(self) -> str:
        """The transcript, then PASS/FAIL per expectation."""
        verdicts = [str(check) for check in self.checks] or ["(no expectations)"]
        outcome = "passed" if self.passed else "FAILED"
        head = f"scenario: {self.scenario.name} ({outcome})"
        return "\n".join([head, self.transcript(), "", *verdicts])

    def to_dict(self) -> dict[str, Any]:
        return {
            "scenario": self.scenario.name,
            "passed": self.passed,
            "callId": self.call_id,
            "reason": self.reason,
            "result": self.result,
            "endedAt": self.ended_at,
            "transcript": [{"at": x.at, "kind": x.kind, "text": x.text} for x in self.lines],
            "checks": [
                {"name": c.name, "passed": c.passed, "detail": c.detail} for c in self.checks
            ],
        }


def judged(simulation: Simulation) -> Simulation:
    """The simulation with a verdict for each of its scenario's expectations, in order."""
    simulation.checks = [
        _check(simulation, name, want) for name, want in simulation.scenario.expect.items()
    ]
    if simulation.ended_at is None:
        simulation.checks.append(Check("ended", False, "the call never ended"))
    return simulation


def _check(sim: Simulation, name: str, want: Any) -> Check:
    spoken = [text.lower() for text in sim.heard]
    if name == "heard":
        return _in_order(name, [str(w) for w in want], spoken)
    if name == "not_heard":
        said = [w for w in want if any(w.lower() in text for text in spoken)]
        detail = f"heard {', '.join(map(repr, said))}" if said else "none of them was heard"
        return Check(name, not said, detail)
    if name == "connected":
        return _one_of(name, str(want), sim.connected, "connected to")
    if name == "conference":
        return _one_of(name, str(want), sim.conferences, "joined")
    if name == "menu_results":
        wanted = [str(w) for w in want]
        return Check(name, sim.menu_results == wanted, f"posted {sim.menu_results or 'none'}")
    if name == "parked":
        return Check(name, sim.parked == bool(want), "parked" if sim.parked else "never parked")
    if name == "ended":
        return Check(name, sim.reason == str(want), f"ended with reason {sim.reason}")
    if name == "result":
        return Check(name, sim.result == str(want), f"ended with result {sim.result}")
    if name == "answered_within":  # real seconds: the handler's latency, not the call's time
        slowest = max(sim.handler_seconds, default=0.0)
        detail = f"the slowest answer took {slowest * 1000:.0f} ms (at most {want:g} s)"
        return Check(name, slowest <= float(want), detail)
    # within: virtual seconds from the call coming in to its end
    ended = sim.ended_at
    detail = "never ended" if ended is None else f"ended after {ended:g} s"
    return Check(name, ended is not None and ended <= float(want), f"{detail} (at most {want:g} s)")


def _in_order(name: str, phrases: list[str], spoken: list[str]) -> Check:
    position = 0
    for phrase in phrases:
        found = next((i for i in range(position, len(spoken)) if phrase.lower() in spoken[i]), None)
        if found is None:
            return Check(name, False, f"{phrase!r} was not heard (after what came before)")
        position = found + 1
    return Check(name, True, f"heard {', '.join(map(repr, phrases))}")


def _one_of(name: str, want: str, seen: list[str], verb: str) -> Check:
    detail = f"{verb} {', '.join(seen)}" if seen else f"never {verb} anything"
    return Check(name, want in seen, f"{detail} (expected {want})")
