"""`sinch-voice-mock simulate SCENARIO.yaml ... --handler URL --application KEY:SECRET` and
`sinch-voice-mock call --from NUMBER --to NUMBER --press KEYS ...`: play calls against your
handler; exit 0 when every expectation holds, 1 when one fails, 2 on a usage problem (a bad
scenario, bad credentials, a handler that cannot be reached)."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from typing import Any

from sinch_signing import CredentialsError
from sinch_voice_toolkit._redaction import printable

from ._check import checked_url
from ._check_cli import add_handler_arguments, application, checked_timeout
from ._check_sender import Unreachable
from ._scenario import Scenario, load_scenario, scenario_from_dict
from ._simulation import Simulation
from ._simulator import Simulator


def main(command: str, argv: Sequence[str]) -> int:
    """`simulate` or `call`."""
    prog = f"sinch-voice-mock {command}"
    parser = argparse.ArgumentParser(prog=prog, description=_DESCRIPTIONS[command])
    if command == "simulate":
        parser.add_argument("scenarios", nargs="+", metavar="SCENARIO.yaml")
    else:
        parser.add_argument("--from", dest="cli", required=True, metavar="NUMBER")
        parser.add_argument("--to", required=True, metavar="NUMBER")
        parser.add_argument(
            "--press", action="append", default=[], metavar="KEYS",
            help="what the caller presses at each menu, in order (repeat it)",
        )  # fmt: skip
        parser.add_argument(
            "--stay", type=float, default=None, metavar="SECONDS",
            help="how long the caller stays once connected, in a conference or parked",
        )  # fmt: skip
    parser.add_argument("--handler", required=True, metavar="URL", help="your callback URL")
    add_handler_arguments(parser)
    parser.add_argument("--json", action="store_true", help="print the outcomes as JSON")
    args = parser.parse_args(argv)
    try:
        url = checked_url(args.handler)
        timeout = checked_timeout(args.timeout)
        key, secret = application(args)
        scenarios = _scenarios(command, args)
        with Simulator(url, key, secret, callback_timeout=timeout) as simulator:
            outcomes = [simulator.run(scenario) for scenario in scenarios]
    except (ValueError, CredentialsError) as error:  # ScenarioError is a ValueError
        return _usage_error(prog, str(error))
    except Unreachable as error:
        return _usage_error(prog, f"cannot reach the handler at {url}: {error}")
    except KeyboardInterrupt:
        print(f"{prog}: interrupted", file=sys.stderr)
        return 130
    _print(outcomes, as_json=args.json)
    return 0 if all(outcome.passed for outcome in outcomes) else 1


_DESCRIPTIONS = {
    "simulate": "Play each scenario's call against your callback handler, as Sinch would (ICE,"
    " your SVAML obeyed, PIE, ACE, DiCE), in virtual time; print the transcript and PASS or"
    " FAIL per expectation.",
    "call": "Play one inbound call against your callback handler and print its transcript.",
}


def _scenarios(command: str, args: argparse.Namespace) -> list[Scenario]:
    if command == "simulate":
        return [load_scenario(path) for path in args.scenarios]
    caller: list[dict[str, Any]] = [{"press": keys} for keys in args.press]
    if args.stay is not None:
        caller.append({"stay": args.stay})
    data = {"name": "call", "call": {"from": args.cli, "to": args.to}, "caller": caller}
    return [scenario_from_dict(data, "call")]


def _print(outcomes: list[Simulation], *, as_json: bool) -> None:
    if as_json:
        print(json.dumps([outcome.to_dict() for outcome in outcomes], indent=2))
        return
    # The handler's words (what the caller heard) reach the terminal: each line made printable.
    for outcome in outcomes:
        print("\n".join(printable(line) for line in outcome.report().splitlines()), end="\n\n")
    passed = sum(outcome.passed for outcome in outcomes)
    print(f"{passed} of {len(outcomes)} scenarios passed")


def _usage_error(prog: str, message: str) -> int:
    print(f"{prog}: {printable(message)}", file=sys.stderr)
    return 2
