"""The mock's in-memory world: projects' applications, owned numbers, assignments, callbacks,
and the calls and conferences of `CallBook`.

One instance lives as long as the server process. Every method either changes the state
completely or raises `SinchError` and changes nothing.

Applications and numbers belong to projects, as at Sinch. A request acts for the project of the
application that signed it: it sees only that project's numbers, and naming an application of
another project (to read or set its callback URLs, assign to it, un-assign from it) is a 403
(40300). Applications of one project may act on each other.
"""

from __future__ import annotations

import dataclasses
import threading
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Self

from ._calls import CallBook
from ._errors import FORBIDDEN, NOT_FOUND, PARAMETER_VALIDATION, SinchError, shown
from ._state_file import checked_application, checked_callback_urls, checked_number
from ._state_values import (
    DEFAULT_NUMBERS,
    DEFAULT_PROJECT,
    DEMO_APPLICATION_KEY,
    DEMO_APPLICATION_SECRET,
    EXAMPLE_APPLICATION_KEY,
    EXAMPLE_APPLICATION_SECRET,
)


@dataclass
class Application:
    key: str
    secret: str = field(repr=False)
    project: str = DEFAULT_PROJECT
    primary: str | None = None
    fallback: str | None = None


@dataclass
class World:
    """Applications, owned numbers and their assignments, guarded by one lock: the data, how
    it is set up, read from a state file and copied (`MockState` adds the API's operations)."""

    applications: dict[str, Application] = field(default_factory=dict)
    inventory: dict[str, frozenset[str]] = field(default_factory=dict)
    owners: dict[str, str] = field(default_factory=dict)  # number -> project
    assignments: dict[tuple[str, str], str] = field(default_factory=dict)  # (number, cap) -> app
    calls: CallBook = field(default_factory=CallBook, repr=False)  # never copied: it starts empty
    lock: threading.RLock = field(default_factory=threading.RLock, repr=False)

    def to_mapping(self, *, secrets: bool = True) -> dict[str, Any]:
        """The world in the state-file format (`from_mapping` reads it back). Without
        `secrets`, applications' secrets are left out and credentials in their callback URLs
        masked."""
        from ._state_file import world_mapping

        with self.lock:
            return world_mapping(self, secrets=secrets)

    # -- set-up --------------------------------------------------------------------------

    def add_application(self, key: str, secret: str, project: str = DEFAULT_PROJECT) -> None:
        key = checked_application(key, secret, project)
        with self.lock:
            self.applications[key] = Application(key, secret, project)

    def add_number(
        self, number: str, capabilities: Iterable[str], project: str = DEFAULT_PROJECT
    ) -> None:
        caps = checked_number(number, capabilities)
        with self.lock:
            self.inventory[number] = caps
            self.owners[number] = project

    def copy(self) -> Self:
        """An independent copy of the whole world (for `restore`)."""
        with self.lock:
            return type(self)(
                applications={k: dataclasses.replace(app) for k, app in self.applications.items()},
                inventory=dict(self.inventory),
                owners=dict(self.owners),
                assignments=dict(self.assignments),
            )

    def restore(self, snapshot: World) -> None:
        """Make this world equal to `snapshot` again, in place (a running server keeps it)."""
        fresh = snapshot.copy()
        with self.lock:
            self.applications = fresh.applications
            self.inventory = fresh.inventory
            self.owners = fresh.owners
            self.assignments = fresh.assignments
            self.calls.clear()  # the same book: whoever runs its calls keeps listening

    def secret_for(self, key: str) -> str | None:
        app = self.applications.get(key)
        return app.secret if app else None

    def project_of(self, app_key: str) -> str | None:
        app = self.applications.get(app_key)
        return app.project if app else None

    def _require_application(self, key: str, caller: str | None = None) -> Application:
        """The application `key`, which the caller's project must own (when a caller is given)."""
        app = self.applications.get(key)
        if app is None:
            raise SinchError(NOT_FOUND, f"Application not found: {shown(key)}")
        if caller is not None and self.project_of(caller) != app.project:
            raise SinchError(FORBIDDEN, f"Application {shown(key)} belongs to another project")
        return app


class MockState(World):
    """The world the mock serves: `World`, and the API's operations on it. Every operation
    either changes the state completely or raises `SinchError` and changes nothing."""

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
        """Load a state file (JSON or YAML); the format is in docs/mock.md, "A state file"."""
        from ._state_file import read_state_file

        return cls.from_mapping(read_state_file(path))

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any]) -> MockState:
        from ._state_file import fill_from_mapping

        return fill_from_mapping(cls(), data)

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
        checked_callback_urls(primary, fallback)
        with self.lock:
            app = self._require_application(app_key, caller)
            if primary is not None:
                app.primary = primary
            if fallback is not None:
                app.fallback = fallback

    def example_object(self, operation_id: str, params: dict[str, str]) -> Any:
        """The spec's example answer of `operation_id` when `params` are its example path
        arguments (the world holds every operation's example object from the start), else
        None. A stateful handler for a new kind of resource falls back on it, so that the
        spec's own examples, which the tests and Schemathesis send, find what they document."""
        from ._spec import example_objects

        arguments, answer = example_objects().get(operation_id, (None, None))
        return answer if arguments == params else None
