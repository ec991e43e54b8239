"""The shape of the CLI's command table (`_commands.py`, generated from the spec).

NamedTuples rather than dataclasses: `sinch-voice --help` loads this, and dataclasses would
bring `inspect` along (about 7 ms).
"""

from __future__ import annotations

from typing import NamedTuple


class CommandArgument(NamedTuple):
    """One argument of a command: a facade method's argument."""

    name: str  # the facade method's keyword; the CLI spells it --kebab-case
    positional: bool
    required: bool
    many: bool = False  # one or more values (a list of strings)
    choices: tuple[str, ...] = ()
    model: str | None = None  # a request model, given as JSON (`--body '{...}'`)
    help: str = ""  # the spec's description of it


class Command(NamedTuple):
    """One command: `sinch-voice WORDS...`, for one operation of the spec."""

    operation_id: str
    words: tuple[str, ...]
    help: str
    hand_written: str | None = None  # why `_cli` has its own handler for it
    method: str | None = None  # else: the facade method it calls, "group.method"
    arguments: tuple[CommandArgument, ...] = ()
