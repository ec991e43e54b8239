"""A scenario: one inbound call, what its caller and the people it rings do, and what must happen.

Written as YAML people can read (`load_scenario`), or built in Python (`Scenario`):

    name: pressing 1 joins the support room
    call: {from: "+46708168731", to: "+14155550100"}
    caller:                  # used in order, one step each time the call needs the caller
      - press: "1"           # the answer to a menu (`after`: seconds after its prompt)
      - stay: 30             # seconds in a conference, a connected call or a park
    callees:                 # a connected number (or SIP/MXP destination) -> what it does
      "+46730170101": answer # answer (`{answer: 2}`: after 2 s), busy, no-answer, fail
    expect:
      heard: ["Welcome"]     # phrases said or played, in order
      conference: support-room
      ended: CALLERHANGUP    # the DiCE reason (`result: ANSWERED` checks its result)
      within: 60             # virtual seconds from the call coming in to its end
      answered_within: 0.5   # real seconds: the handler's slowest answer

Every mistake in a scenario is one `ScenarioError` naming the field, before the call starts.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sinch_voice_toolkit._numbers import E164

CALLEE_BEHAVIOURS = ("answer", "busy", "no-answer", "fail")
EXPECTATIONS = (
    "heard", "not_heard", "connected", "conference", "parked", "menu_results", "ended",
    "result", "within", "answered_within",
)  # fmt: skip
DEFAULT_PRESS_AFTER = 0.5  # seconds after a menu's prompt ends
DEFAULT_STAY = 60.0  # seconds the caller stays connected when the scenario does not say
DEFAULT_RING = 3.0  # seconds a callee rings before it answers


class ScenarioError(ValueError):
    """A scenario that cannot run: its file, the field and what is wrong."""


@dataclass(frozen=True)
class CallerStep:
    """What the caller does when the call next needs them: press keys, or stay a while."""

    press: str | None = None  # DTMF keys for a menu; None: the menu times out
    after: float = DEFAULT_PRESS_AFTER  # seconds after the prompt (press), or stayed (stay)
    stay: float | None = None  # seconds connected, in a conference or parked, then hang up


@dataclass(frozen=True)
class Callee:
    """What a connected number does: answer (after `ring` seconds), busy, no-answer, fail."""

    behaviour: str = "answer"
    ring: float = DEFAULT_RING


@dataclass(frozen=True)
class Scenario:
    """One inbound call and what must happen to it."""

    name: str
    cli: str  # the caller's number
    to: str  # the number dialled (one of the application's)
    caller: tuple[CallerStep, ...] = ()
    callees: dict[str, Callee] = field(default_factory=dict)
    expect: dict[str, Any] = field(default_factory=dict)
    callback_timeout: float | None = None  # seconds; None: the simulator's (Sinch's 5 s)

    def callee(self, destination: str) -> Callee:
        return self.callees.get(destination, Callee())


def load_scenario(path: str | Path) -> Scenario:
    """The scenario in a YAML file; `ScenarioError` naming what is wrong."""
    import yaml

    source = Path(path)
    try:
        data = yaml.safe_load(source.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as problem:
        raise ScenarioError(f"{source}: cannot read it: {problem}") from None
    return scenario_from_dict(data, str(source))


def scenario_from_dict(data: Any, where: str = "scenario") -> Scenario:
    """A scenario from its parsed YAML (or a dict written in Python)."""
    if not isinstance(data, dict):
        raise ScenarioError(f"{where}: a scenario is a mapping (name, call, caller, expect)")
    _only(data, ("name", "call", "caller", "callees", "expect", "callback_timeout"), where)
    call = data.get("call")
    if not isinstance(call, dict) or "from" not in call or "to" not in call:
        raise ScenarioError(f"{where}: call: give `from` and `to` (E.164 numbers)")
    for key in ("from", "to"):
        if not isinstance(call[key], str) or not E164.fullmatch(call[key]):
            raise ScenarioError(f"{where}: call.{key}: {call[key]!r} is not an E.164 number")
    timeout = data.get("callback_timeout")
    return Scenario(
        name=str(data.get("name") or Path(where).stem),
        cli=call["from"],
        to=call["to"],
        caller=tuple(
            _step(step, f"{where}: caller[{i}]")
            for i, step in enumerate(_list(data, "caller", where))
        ),
        callees={
            str(k): _callee(v, f"{where}: callees.{k}")
            for k, v in (data.get("callees") or {}).items()
        },
        expect=_expectations(data.get("expect") or {}, where),
        callback_timeout=None
        if timeout is None
        else _seconds(timeout, f"{where}: callback_timeout"),
    )


def _step(step: Any, where: str) -> CallerStep:
    if not isinstance(step, dict):
        raise ScenarioError(f"{where}: a step is `press: KEYS`, `wait: SECONDS` or `stay: SECONDS`")
    _only(step, ("press", "after", "wait", "stay"), where)
    if "stay" in step:
        return CallerStep(stay=_seconds(step["stay"], f"{where}.stay"))
    if "wait" in step:  # presses nothing: the menu times out
        return CallerStep(after=_seconds(step["wait"], f"{where}.wait"))
    keys = step.get("press")
    if not isinstance(keys, str | int) or not str(keys) or set(str(keys)) - set("0123456789*#"):
        raise ScenarioError(f"{where}.press: DTMF keys (0-9, * and #), as a quoted string")
    after = _seconds(step.get("after", DEFAULT_PRESS_AFTER), f"{where}.after")
    return CallerStep(press=str(keys), after=after)


def _callee(value: Any, where: str) -> Callee:
    if isinstance(value, dict) and list(value) == ["answer"]:
        return Callee("answer", _seconds(value["answer"], f"{where}.answer"))
    if value not in CALLEE_BEHAVIOURS:
        raise ScenarioError(f"{where}: one of {', '.join(CALLEE_BEHAVIOURS)} (or answer: SECONDS)")
    return Callee(str(value))


def _expectations(expect: Any, where: str) -> dict[str, Any]:
    if not isinstance(expect, dict):
        raise ScenarioError(f"{where}: expect: a mapping of {', '.join(EXPECTATIONS)}")
    _only(expect, EXPECTATIONS, f"{where}: expect")
    checked = dict(expect)
    for name in ("heard", "not_heard", "menu_results"):
        if name in checked:
            value = checked[name]
            checked[name] = [str(v) for v in value] if isinstance(value, list) else [str(value)]
    for name in ("within", "answered_within"):
        if name in checked:
            checked[name] = _seconds(checked[name], f"{where}: expect.{name}")
    return checked


def _list(data: dict[str, Any], key: str, where: str) -> list[Any]:
    value = data.get(key) or []
    if not isinstance(value, list):
        raise ScenarioError(f"{where}: {key}: a list")
    return value


def _seconds(value: Any, where: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or value < 0:
        raise ScenarioError(f"{where}: a number of seconds, 0 or more (not {value!r})")
    return float(value)


def _only(mapping: dict[str, Any], allowed: tuple[str, ...], where: str) -> None:
    unknown = [str(key) for key in mapping if key not in allowed]
    if unknown:
        raise ScenarioError(
            f"{where}: unknown {', '.join(unknown)} (allowed: {', '.join(allowed)})"
        )
