"""The mock's world as data: the state-file format (JSON or YAML) read and written, and the
checks every application, number and callback URL passes on the way in."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

from sinch_signing import CredentialsError, decode_secret, validate_application_key

from ._errors import PARAMETER_VALIDATION, SinchError
from ._state_values import (
    CALLBACK_URL,
    CAPABILITIES,
    DEFAULT_CAPABILITY,
    DEFAULT_PROJECT,
    E164,
    masked_url,
)

if TYPE_CHECKING:
    from ._state import MockState, World


def read_state_file(path: Path) -> Any:
    """A state file's data (JSON, or YAML for .yaml/.yml)."""
    text = path.read_text()
    return yaml.safe_load(text) if path.suffix in (".yaml", ".yml") else json.loads(text)


def fill_from_mapping(state: MockState, data: Mapping[str, Any]) -> MockState:
    """`state` with the applications and numbers of state-file `data` added."""
    for app in data.get("applications", []):
        state.add_application(app["key"], app["secret"], app.get("project", DEFAULT_PROJECT))
        callbacks = app.get("callbacks") or {}
        try:
            state.set_callbacks(app["key"], callbacks.get("primary"), callbacks.get("fallback"))
        except SinchError as error:
            raise ValueError(f"application {app['key']!r}: {error.message}") from None
    for item in data.get("numbers", []):
        project = item.get("project", DEFAULT_PROJECT)
        capabilities = item.get("capabilities", [DEFAULT_CAPABILITY])
        state.add_number(item["number"], capabilities, project)
        for capability, app_key in (item.get("assigned") or {}).items():
            state.assign([item["number"]], app_key, capability, caller=app_key)
    return state


def world_mapping(state: World, *, secrets: bool) -> dict[str, Any]:
    """The world in the state-file format; without `secrets`, applications' secrets are left
    out and credentials in their callback URLs masked. The caller holds the state's lock."""
    applications = []
    for app in state.applications.values():
        entry: dict[str, Any] = {"key": app.key, "project": app.project}
        if secrets:
            entry["secret"] = app.secret
        urls = {"primary": app.primary, "fallback": app.fallback}
        shown = (lambda url: url) if secrets else masked_url  # credentials in a URL
        entry["callbacks"] = {k: shown(v) for k, v in urls.items() if v is not None}
        applications.append(entry)
    numbers = []
    for number in sorted(state.inventory):
        assigned = {
            c: state.assignments[(number, c)]
            for c in sorted(state.inventory[number])
            if (number, c) in state.assignments
        }
        numbers.append(
            {
                "number": number,
                "project": state.owners.get(number, DEFAULT_PROJECT),
                "capabilities": sorted(state.inventory[number]),
                "assigned": assigned,
            }
        )
    return {"applications": applications, "numbers": numbers}


def checked_application(key: str, secret: str, project: str) -> str:
    """The application key, once key, secret and project are usable; ValueError otherwise."""
    try:
        key = validate_application_key(key)
        decode_secret(secret)
    except CredentialsError as error:
        raise ValueError(f"application {key!r}: {error}") from None
    if not project:
        raise ValueError(f"application {key!r}: the project name is empty")
    return key


def checked_number(number: str, capabilities: Iterable[str]) -> frozenset[str]:
    """A number's capabilities, once the number is E.164 and they are known; ValueError."""
    caps = frozenset(capabilities)
    if not E164.fullmatch(number):
        raise ValueError(f"{number!r} is not an E.164 number")
    if not caps or not caps <= set(CAPABILITIES):
        raise ValueError(f"{number}: capabilities must be a non-empty subset of {CAPABILITIES}")
    return caps


def checked_callback_urls(primary: str | None, fallback: str | None) -> None:
    """Each URL given must be http(s) (the spec's pattern; a state file's too)."""
    for which, url in (("primary", primary), ("fallback", fallback)):
        if url is not None and not CALLBACK_URL.fullmatch(url):
            raise SinchError(
                PARAMETER_VALIDATION,
                f"Invalid parameter value in url.{which}: not an http:// or https:// URL",
            )
