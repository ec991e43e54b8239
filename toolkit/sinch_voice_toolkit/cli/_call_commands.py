"""The hand-written commands of the calling operations (the spec's `x-cli: {hand-written: ...}`
says why for each): `callouts tts`, `calls hangup` and `calls say`."""

from __future__ import annotations

import argparse

from ._common import OK
from ._handlers import _voice
from ._io import _print_json, _print_table

LEGS = ("caller", "callee", "both")


def callouts_tts(args: argparse.Namespace) -> int:
    """Call a number and read it a text; print the call's ID."""
    with _voice(args) as voice:
        call_id = voice.callouts.tts(
            args.to, args.text, cli=args.cli, locale=args.locale, custom=args.custom
        )
    if args.json:
        _print_json({"callId": call_id})
    else:
        print(call_id)
    return OK


def tts_arguments(command: argparse.ArgumentParser) -> None:
    command.add_argument("--to", required=True, metavar="NUMBER", help="whom to call (E.164)")
    command.add_argument("--text", required=True, help="what to read to them")
    command.add_argument(
        "--cli", metavar="NUMBER",
        help="the number the callee sees (E.164); without it Sinch's call never connects",
    )  # fmt: skip
    command.add_argument("--locale", help="the voice and language (default: Sinch's, en-US)")
    command.add_argument("--custom", help="data of your own, sent back in the call's events")


def calls_hangup(args: argparse.Namespace) -> int:
    with _voice(args) as voice:
        voice.calls.hangup(args.call_id)
    _done(args, {"callId": args.call_id, "action": "hangup"})
    return OK


def calls_say(args: argparse.Namespace) -> int:
    """Say a text to one leg of a call, then let the call go on."""
    from sinch_voice.models import ContinueAction, SayInstruction
    from sinch_voice.types import UNSET

    locale = UNSET if args.locale is None else args.locale
    with _voice(args) as voice:
        say = SayInstruction(text=args.text, locale=locale)
        voice.calls.manage_leg(args.call_id, args.leg, ContinueAction(), instructions=[say])
    _done(args, {"callId": args.call_id, "leg": args.leg, "said": args.text})
    return OK


def call_id_argument(command: argparse.ArgumentParser) -> None:
    command.add_argument("call_id", metavar="CALL_ID", help="the call's ID")


def say_arguments(command: argparse.ArgumentParser) -> None:
    call_id_argument(command)
    command.add_argument("--text", required=True, help="what to say")
    command.add_argument("--leg", choices=LEGS, default="both", help="to whom (default: both)")
    command.add_argument("--locale", help="the voice and language")


def _done(args: argparse.Namespace, data: dict[str, str]) -> None:
    if args.json:
        _print_json(data)
    else:
        _print_table(list(data), [data])
