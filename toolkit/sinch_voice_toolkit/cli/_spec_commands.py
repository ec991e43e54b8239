"""The CLI's command tree, from the spec's command table (`_commands.py`).

Every operation of the spec is a command, `sinch-voice WORDS...`: the operations the spec
marks `x-cli: {hand-written: ...}` run their handler in `_cli`; any other runs its facade
method with its path and body parameters as arguments (required ones positional unless the
spec says otherwise, the rest `--kebab-case` options), and prints the answer: its `to_dict()`
as JSON with `--json`, else as a table.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

from .._spec_tools import first_sentence
from ._command_table import Command, CommandArgument
from ._commands import COMMANDS, GROUPS

if TYPE_CHECKING:
    from ..facade._client import VoiceClient

Run = Callable[[argparse.Namespace], int]


class BadArgument(ValueError):
    """An argument the command cannot use (a request body that is not its model's JSON)."""


Configure = Callable[[argparse.ArgumentParser], None]
Leaf = Callable[[Any, str, str, Run], argparse.ArgumentParser]


def add_commands(
    commands: Any,
    leaf: Leaf,
    hand_written: dict[str, tuple[Run, Configure]],
    generic: Callable[[Command], Run],
) -> None:
    """Add every command of the table under the top-level subparsers `commands`."""
    unknown = set(hand_written) - {c.operation_id for c in COMMANDS}
    if unknown:  # a handler for an operation the spec no longer has
        raise RuntimeError(f"CLI handlers for operations the spec lacks: {sorted(unknown)}")
    groups: dict[str, Any] = {}
    for command in COMMANDS:
        *path, name = command.words
        parent = commands
        for word in path:
            if word not in groups:
                group = commands.add_parser(word, help=first_sentence(GROUPS.get(word)))
                groups[word] = group.add_subparsers(
                    required=True, metavar="ACTION", parser_class=type(group)
                )
            parent = groups[word]
        if command.hand_written is not None:
            if command.operation_id not in hand_written:
                raise RuntimeError(f"{command.operation_id}: the spec says its command is"
                                   " hand-written, and _cli has no handler for it")  # fmt: skip
            run, configure = hand_written[command.operation_id]
            configure(leaf(parent, name, command.help, run))
        else:
            parser = leaf(parent, name, command.help, generic(command))
            for argument in command.arguments:
                _add_argument(parser, argument)


def call(voice: VoiceClient, command: Command, args: argparse.Namespace) -> Any:
    """Call the command's facade method with what the command line gave."""
    positional: list[Any] = []
    keywords: dict[str, Any] = {}
    for argument in command.arguments:
        value = getattr(args, argument.name)
        if argument.model is not None and value is not None:
            value = _model(argument, value)
        if argument.positional:
            positional.append(value)
        elif value is not None:
            keywords[argument.name] = value
    assert command.method is not None  # a generic command names its method: "calls.get"
    target: Any = voice
    for name in command.method.split("."):
        target = getattr(target, name)
    return target(*positional, **keywords)


def plain(answer: Any) -> Any:
    """An answer as JSON-ready data: models by their `to_dict()`, lists item by item."""
    if isinstance(answer, list):
        return [plain(item) for item in answer]
    to_dict = getattr(answer, "to_dict", None)
    return to_dict() if callable(to_dict) else answer


def rows(data: Any) -> Iterator[dict[str, Any]]:
    """An answer's data as table rows: one per item of a list, one for an object. A nested
    object's fields become columns of their own (`price.amount`), a nested list JSON text."""
    items = data if isinstance(data, list) else [data]
    for item in items:
        yield dict(_flat(item)) if isinstance(item, dict) else {"value": _cell(item)}


def _flat(data: dict[str, Any], prefix: str = "") -> Iterator[tuple[str, Any]]:
    for key, value in data.items():
        if isinstance(value, dict) and value:
            yield from _flat(value, f"{prefix}{key}.")
        else:
            yield f"{prefix}{key}", _cell(value)


def _cell(value: Any) -> Any:
    """A value as a table shows it: lists and objects as JSON text, never a Python repr."""
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return value


def _add_argument(parser: argparse.ArgumentParser, argument: CommandArgument) -> None:
    options: dict[str, Any] = {"nargs": "+"} if argument.many else {}
    if argument.help:
        options["help"] = argument.help
    if argument.choices:
        options["choices"] = argument.choices
    if argument.model is not None:
        options["metavar"] = "JSON"
        options["help"] = f"the request body, a {argument.model} as JSON"
    if argument.positional:
        parser.add_argument(argument.name, metavar=argument.name.upper(), **options)
    else:
        flag = "--" + argument.name.replace("_", "-")
        parser.add_argument(flag, dest=argument.name, required=argument.required, **options)


def _model(argument: CommandArgument, text: str) -> Any:
    import sinch_voice.models

    try:
        data = json.loads(text)
        return getattr(sinch_voice.models, str(argument.model)).from_dict(data)
    except (ValueError, TypeError, KeyError, AttributeError) as error:
        raise BadArgument(
            f"--{argument.name}: not a {argument.model} as JSON ({type(error).__name__})"
        ) from None
