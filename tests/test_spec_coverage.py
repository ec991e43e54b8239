"""One spec, every layer: the spec's operations are exactly the facade's methods (sync and
async), the CLI's commands, the mock's routes and stateful handlers, and the guide's rows.

After an edit to openapi.yaml and `make generate`, the generated layers follow by themselves;
these tests name whatever still needs a person (a stateful mock handler, a row of the guide), and
nothing else.
"""

from __future__ import annotations

import inspect
from collections.abc import Collection
from pathlib import Path
from typing import Any

import pytest
import yaml
from openapi_python_client.strings import snake_case

from sinch_voice_mock._routes import HANDLERS, example_only, spec_routes
from sinch_voice_toolkit import AsyncVoiceClient, VoiceClient
from sinch_voice_toolkit.cli import _parser
from sinch_voice_toolkit.cli._commands import COMMANDS

ROOT = Path(__file__).resolve().parents[1]
SPEC: dict[str, Any] = yaml.safe_load((ROOT / "openapi.yaml").read_text(encoding="utf-8"))
# The page with the two tables of methods and generated functions.
METHODS_PAGE = ROOT / "docs" / "using-the-client.md"
METHODS = METHODS_PAGE.read_text(encoding="utf-8")
HTTP_METHODS = ("get", "put", "post", "delete", "patch")
OPERATIONS = {
    operation["operationId"]: (path, method, operation)
    for path, item in SPEC["paths"].items()
    for method, operation in item.items()
    if method in HTTP_METHODS
}


def _group(operation: dict[str, Any]) -> str:
    """The facade group of an operation: its first tag's `x-facade-group`, else the tag."""
    (tag,) = (t for t in SPEC["tags"] if t["name"] == operation["tags"][0])
    return str(tag.get("x-facade-group", tag["name"]))


def _method_name(operation: dict[str, Any]) -> str:
    """The facade method of an operation (the first, when it is hand-written as several)."""
    curation = operation.get("x-facade", {})
    named = curation.get("methods", [curation.get("name")])[0]
    return str(named or snake_case(operation["operationId"]))


def _method_path(operation: dict[str, Any]) -> str:
    """Where the operation's method is on a client: `applications.get_numbers`."""
    return f"{_group(operation)}.{_method_name(operation)}"


def _missing(what: str, names: Collection[object]) -> str:
    return f"{what}: " + ", ".join(sorted(map(str, names)))


def _facade_method(client: object, path: str) -> Any:
    target = client
    for name in path.split("."):
        target = getattr(target, name, None)
    return target


def test_every_operation_is_a_facade_method_sync_and_async() -> None:
    # Constructing a client opens no connection.
    clients = [kind("key", "c2VjcmV0") for kind in (VoiceClient, AsyncVoiceClient)]
    lacking = {
        f"{path} ({type(client).__name__})"
        for _, _, operation in OPERATIONS.values()
        for client in clients
        if not callable(_facade_method(client, path := _method_path(operation)))
    }
    assert not lacking, _missing("no facade method (run make generate)", lacking)
    for _, _, operation in OPERATIONS.values():
        path = _method_path(operation)
        assert not inspect.iscoroutinefunction(_facade_method(clients[0], path)), path
        assert inspect.iscoroutinefunction(_facade_method(clients[1], path)), path


def test_every_operation_is_one_cli_command() -> None:
    by_operation = {command.operation_id: command for command in COMMANDS}
    assert set(by_operation) == set(OPERATIONS), _missing(
        "CLI commands and spec operations differ (run make generate)",
        set(by_operation) ^ set(OPERATIONS),
    )
    parser = _parser()
    for command in COMMANDS:
        with pytest.raises(SystemExit) as exited:
            parser.parse_args([*command.words, "--help"])
        assert exited.value.code == 0, f"sinch-voice {' '.join(command.words)}"


def test_every_operation_is_routed_by_the_mock() -> None:
    routed = {
        (path, method.lower()) for path, methods in spec_routes(SPEC).items() for method in methods
    }
    expected: set[tuple[str, str]] = {(path, method) for path, method, _ in OPERATIONS.values()}
    assert routed == expected, _missing("mock routes differ", routed ^ expected)


def test_every_operation_has_a_stateful_mock_handler() -> None:
    """An operation the mock answers with its documented example needs a person: its handler
    in `HANDLERS` (mock/sinch_voice_mock/_routes.py) and the state it changes."""
    assert set(HANDLERS) <= set(OPERATIONS), _missing(
        "mock handlers for operations the spec lacks", set(HANDLERS) - set(OPERATIONS)
    )
    assert not example_only(SPEC), _missing(
        "the mock answers only the documented example of (write their stateful handlers in"
        " HANDLERS, mock/sinch_voice_mock/_routes.py)",
        set(example_only(SPEC)),
    )


def test_every_operation_has_its_rows_in_the_guide() -> None:
    """The two tables of "Using the client": the facade's methods and the generated functions."""
    lacking = set()
    for operation_id, (_, _, operation) in OPERATIONS.items():
        tag, function = snake_case(operation["tags"][0]), snake_case(operation_id)
        if f"| `{_method_path(operation)}(" not in METHODS:
            lacking.add(f"{_method_path(operation)} (the VoiceClient table)")
        if f"| `sinch_voice.api.{tag}.{function}` |" not in METHODS:  # a table cell, not prose
            lacking.add(f"sinch_voice.api.{tag}.{function} (the generated-client table)")
    assert not lacking, _missing("docs/using-the-client.md has no row for", lacking)
