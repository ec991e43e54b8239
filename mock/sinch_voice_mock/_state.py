"""The mock's in-memory world: projects' applications, owned numbers, assignments, callbacks.

One instance lives as long as the server process. Every method either changes the state
completely or raises `SinchError` and changes nothing.

Applications and numbers belong to projects, as at Sinch. A request acts for the project of the
application that signed it: it sees only that project's numbers, and naming an application of
another project (to read or set its callback URLs, assign to it, un-assign from it) is a 403
(40300). Applications of one project may act on each other.
"""

from __future__ import annotations

import dataclasses
import json
import re
import threading
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from sinch_signing import CredentialsError, decode_secret, validate_application_key

from ._errors import FORBIDDEN, NOT_FOUND, PARAMETER_VALIDATION, SinchError, shown
from ._spec import spec_constants

CAPABILITIES: tuple[str, ...] = spec_constants()["CAPABILITIES"]
DEFAULT_PROJECT = "default"


def own_project(application_key: str) -> str:
    """The project of an application registered without one: its own, named after its key."""
    return f"project-of-{application_key}"


# What the Voice API assigns for unless the request names a capability.
DEFAULT_CAPABILITY: str = spec_constants()["DEFAULT_CAPABILITY"]
# E164Number's and the callback URLs' patterns in openapi.yaml, for checking a state file.
E164 = re.compile(spec_constants()["E164_PATTERN"])
CALLBACK_URL = re.compile(spec_constants()["CALLBACK_URL_PATTERN"])

# The demo application that `make demo` and `sinch-voice-mock` print. Not a real credential.
DEMO_APPLICATION_KEY = "11983f76-12c8-1111-9515-4785c7b67ca8"
DEMO_APPLICATION_SECRET = "c2luY2gtdm9pY2UtbW9jay1kZW1vLXNlY3JldA=="  # noqa: S105 - public demo value
# The application key used in openapi.yaml's examples, so spec examples run against the mock.
EXAMPLE_APPLICATION_KEY = "94983f76-1161-6655-9515-4785c7b67dd8"
EXAMPLE_APPLICATION_SECRET = "c2luY2gtdm9pY2UtbW9jay1leGFtcGxlLXNlY3JldA=="  # noqa: S105

# The documented default inventory: number -> capabilities it supports.
DEFAULT_NUMBERS: dict[str, tuple[str, ...]] = {
    "+14151112223333": ("voice",),  # the number in Sinch's own request samples
    "+14155550100": ("voice", "sms"),
    "+14155550101": ("voice", "sms"),
    "+14155550102": ("voice",),
    "+14155550103": ("sms",),
    "+46730170101": ("voice", "sms"),
    "+46730170102": ("voice",),
    "+442071838750": ("voice",),
    "+4915112345678": ("voice", "sms"),
}


def masked_url(url: str) -> str:
    """The URL as it may be shown: a user name and password in it become `***`."""
    scheme, separator, rest = url.partition("://")
    authority, slash, path = rest.partition("/")
    if not separator or "@" not in authority:
        return url
    return f"{scheme}://***@{authority.rpartition('@')[2]}{slash}{path}"


@dataclass
class Application:
    key: str
    secret: str = field(repr=False)
    project: str = DEFAULT_PROJECT
    primary: str | None = None
    fallback: str | None = None


@dataclass
class MockState:
    """Applications, owned numbers and their assignments, guarded by one lock."""

    applications: dict[str, Application] = field(default_factory=dict)
    inventory: dict[str, frozenset[str]] = field(default_factory=dict)
    owners: dict[str, str] = field(default_factory=dict)  # number -> project
    assignments: dict[tuple[str, str], str] = field(default_factory=dict)  # (number, cap) -> app
    lock: threading.RLock = field(default_factory=threading.RLock, repr=False)

    @classmethod
    def default(cls) -> MockState:
        """The documented default: the demo and example applications and DEFAULT_NUMBERS."""
        state = cls()
        state.add_application(DEMO_APPLICATION_KEY, DEMO_APPLICATION_SECRET)
        state.add_application(EXAMPLE_APPLICATION_KEY, EXAMPLE_APPLICATION_SECRET)
        for number, capabilities in DEFAULT_NUMBERS.items():
            state.add_number(number, capabilities)
        return state

    @classmethod
    def from_file(cls, path: Path) -> MockState:
        """Load a state file (JSON or YAML); see the mock's README section for the format."""
        text = path.read_text()
        data = yaml.safe_load(text) if path.suffix in (".yaml", ".yml") else json.loads(text)
        return cls.from_mapping(data)

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any]) -> MockState:
        state = cls()
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

    def to_mapping(self, *, secrets: bool = True) -> dict[str, Any]:
        """The world in the state-file format (`from_mapping` reads it back). Without
        `secrets`, applications' secrets are left out and credentials in their callback URLs
        masked."""
        with self.lock:
            applications = []
            for app in self.applications.values():
                entry: dict[str, Any] = {"key": app.key, "project": app.project}
                if secrets:
                    entry["secret"] = app.secret
                urls = {"primary": app.primary, "fallback": app.fallback}
                shown = (lambda url: url) if secrets else masked_url  # credentials in a URL
                entry["callbacks"] = {k: shown(v) for k, v in urls.items() if v is not None}
                applications.append(entry)
            numbers = []
            for number in sorted(self.inventory):
                assigned = {
                    c: self.assignments[(number, c)]
                    for c in sorted(self.inventory[number])
                    if (number, c) in self.assignments
                }
                numbers.append(
                    {
                        "number": number,
                        "project": self.owners.get(number, DEFAULT_PROJECT),
                        "capabilities": sorted(self.inventory[number]),
                        "assigned": assigned,
                    }
                )
            return {"applications": applications, "numbers": numbers}

    # -- set-up --------------------------------------------------------------------------

    def add_application(self, key: str, secret: str, project: str = DEFAULT_PROJECT) -> None:
        try:
            key = validate_application_key(key)
            decode_secret(secret)
        except CredentialsError as error:
            raise ValueError(f"application {key!r}: {error}") from None
        if not project:
            raise ValueError(f"application {key!r}: the project name is empty")
        with self.lock:
            self.applications[key] = Application(key, secret, project)

    def add_number(
        self, number: str, capabilities: Iterable[str], project: str = DEFAULT_PROJECT
    ) -> None:
        caps = frozenset(capabilities)
        if not E164.fullmatch(number):
            raise ValueError(f"{number!r} is not an E.164 number")
        if not caps or not caps <= set(CAPABILITIES):
            raise ValueError(f"{number}: capabilities must be a non-empty subset of {CAPABILITIES}")
        with self.lock:
            self.inventory[number] = caps
            self.owners[number] = project

    def copy(self) -> MockState:
        """An independent copy of the whole world (for `restore`)."""
        with self.lock:
            return MockState(
                applications={k: dataclasses.replace(app) for k, app in self.applications.items()},
                inventory=dict(self.inventory),
                owners=dict(self.owners),
                assignments=dict(self.assignments),
            )

    def restore(self, snapshot: MockState) -> None:
        """Make this world equal to `snapshot` again, in place (a running server keeps it)."""
        fresh = snapshot.copy()
        with self.lock:
            self.applications = fresh.applications
            self.inventory = fresh.inventory
            self.owners = fresh.owners
            self.assignments = fresh.assignments

    def secret_for(self, key: str) -> str | None:
        app = self.applications.get(key)
        return app.secret if app else None

    # -- the API's operations -------------------------------------------------------------

    def project_of(self, app_key: str) -> str | None:
        app = self.applications.get(app_key)
        return app.project if app else None

    def list_numbers(self, caller: str | None = None) -> list[dict[str, str]]:
        """One item per number the caller's project owns and capability it supports (all
        projects' numbers when `caller` is None)."""
        with self.lock:
            project = self.project_of(caller) if caller is not None else None
            items = []
            for number in sorted(self.inventory):
                if project is not None and self.owners.get(number) != project:
                    continue
                for capability in sorted(self.inventory[number]):
                    item = {"number": number, "capability": capability}
                    app = self.assignments.get((number, capability))
                    if app is not None:
                        item["applicationkey"] = app
                    items.append(item)
            return items

    def assign(
        self, numbers: list[str], app_key: str, capability: str, *, caller: str | None = None
    ) -> None:
        """Assign every number to the application for the capability, or none of them."""
        with self.lock:
            app = self._require_application(app_key, caller)
            not_owned = [n for n in numbers if self.owners.get(n) != app.project]
            if not_owned:
                raise SinchError(
                    PARAMETER_VALIDATION,
                    f"Numbers not owned by this project: {shown(', '.join(not_owned))}",
                )
            lacking = [n for n in numbers if capability not in self.inventory[n]]
            if lacking:
                raise SinchError(
                    PARAMETER_VALIDATION,
                    f"Numbers without the {capability} capability: {shown(', '.join(lacking))}",
                )
            for number in numbers:
                self.assignments[(number, capability)] = app_key

    def unassign(
        self, number: str, app_key: str, capability: str | None, *, caller: str | None = None
    ) -> None:
        """Un-assign the number from the application (for one capability, or all)."""
        with self.lock:
            app = self._require_application(app_key, caller)
            if self.owners.get(number) != app.project:
                raise SinchError(
                    PARAMETER_VALIDATION, f"Number not owned by this project: {shown(number)}"
                )
            if capability is not None and capability not in self.inventory[number]:
                raise SinchError(
                    PARAMETER_VALIDATION, f"Number {shown(number)} has no {capability} capability"
                )
            capabilities = [capability] if capability else sorted(self.inventory[number])
            held = [c for c in capabilities if self.assignments.get((number, c)) == app_key]
            if not held:
                raise SinchError(
                    NOT_FOUND,
                    f"Number {shown(number)} is not assigned to application {shown(app_key)}",
                )
            for c in held:
                del self.assignments[(number, c)]

    def callbacks(self, app_key: str, *, caller: str | None = None) -> dict[str, str]:
        with self.lock:
            app = self._require_application(app_key, caller)
            urls = {"primary": app.primary, "fallback": app.fallback}
            return {name: url for name, url in urls.items() if url is not None}

    def set_callbacks(
        self,
        app_key: str,
        primary: str | None,
        fallback: str | None,
        *,
        caller: str | None = None,
    ) -> None:
        """Set the URLs that are given; leave the others as they are. Each must be http(s)
        (the spec's pattern, which requests are validated against; a state file too)."""
        for which, url in (("primary", primary), ("fallback", fallback)):
            if url is not None and not CALLBACK_URL.fullmatch(url):
                raise SinchError(
                    PARAMETER_VALIDATION,
                    f"Invalid parameter value in url.{which}: not an http:// or https:// URL",
                )
        with self.lock:
            app = self._require_application(app_key, caller)
            if primary is not None:
                app.primary = primary
            if fallback is not None:
                app.fallback = fallback

    def _require_application(self, key: str, caller: str | None = None) -> Application:
        """The application `key`, which the caller's project must own (when a caller is given)."""
        app = self.applications.get(key)
        if app is None:
            raise SinchError(NOT_FOUND, f"Application not found: {shown(key)}")
        if caller is not None and self.project_of(caller) != app.project:
            raise SinchError(FORBIDDEN, f"Application {shown(key)} belongs to another project")
        return app
