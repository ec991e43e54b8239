"""The API contract at run time: requests and answers checked against the packaged spec.

`openapi.json` beside this module is `openapi.yaml` as JSON (`make generate` writes it). For the
operation a request is for, `Contract` checks the request body and path parameters before the
request leaves (strict in what we send) and every 2xx answer before the generated parser sees
it (tolerant in what we accept: the answer schemas only require what an answer is useless
without). Validators are compiled once per operation, on first use, with jsonschema-rs: a
compiled validator checks a typical answer in about a microsecond.

No rule is written here by hand; every one comes from the spec.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote

from ._packaged_spec import packaged_spec
from ._spec_tools import (
    ContractViolation,
    compile_schema,
    first_violation,
    operation_parameters,
    operation_servers,
    resolve_ref,
)

if TYPE_CHECKING:
    import httpx
    import jsonschema_rs

# The request extension that names a request's operation: "METHOD /path/{template}", written by
# the generated client (templates/endpoint_module.py.jinja). The generator renames path
# parameters to their Python names (`{callId}` is `{call_id}` there); routes are compared with
# every parameter written `{}` (OpenAPI forbids two paths that differ only in those names).
OPERATION_EXTENSION = "sinch_voice_operation"
_PARAMETER = re.compile(r"\{[^}/]*\}")
# Methods whose requests may be repeated unless the spec's `x-repeatable` says otherwise
# (RFC 9110 9.2.2: the idempotent ones).
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
_HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")


@dataclass
class Operation:
    """One operation of the spec, with the validators for its request and its answers."""

    operation_id: str
    method: str
    path_template: str
    path_pattern: re.Pattern[str]
    path_parameters: dict[str, dict[str, Any]]
    request_schema: dict[str, Any] | None
    answers: dict[int, dict[str, Any] | None]  # documented 2xx status -> body schema (or none)
    components: dict[str, Any] = field(repr=False)
    # Whether a request that may have reached the server can be sent again (`x-repeatable`;
    # by default, for the idempotent methods only).
    repeatable: bool = True
    # The operation's own hosts (its `servers`, else its path's), first one preferred; empty
    # when it is served by the spec's top-level server. `regions`: region -> its host.
    servers: tuple[str, ...] = ()
    regions: dict[str, str] = field(default_factory=dict)

    def host(self, region: str | None) -> str:
        """The host this operation is sent to (it must have `servers`): the region's own when
        one is chosen and the operation has one for it, else its first."""
        return self.regions.get(region, self.servers[0]) if region else self.servers[0]

    @property
    def route(self) -> str:
        """The spec's unique key for this operation: "METHOD /path/{template}"."""
        return f"{self.method} {self.path_template}"

    def check_path(self, path: str) -> None:
        """Raise `ContractViolation` when a path parameter breaks its schema, or is empty or a
        dot segment: the request names this operation, and those would send it elsewhere."""
        # The template may sit under a prefix the caller did not declare (a gateway's path).
        match = self.path_pattern.fullmatch(path) or self._path_at_end.search(path)
        if match is None:
            names = ", ".join(self.path_parameters)
            # "" leaves an empty segment, and URL normalisation removes "." and "..".
            reason = "a path parameter must not be empty, '.' or '..'"
            raise ContractViolation(f"/{names}", reason)
        found = match.groupdict()
        for name, validator in self._validators.path.items():
            raw = found[name]
            value = unquote(raw) if "%" in raw else raw
            if not validator.is_valid(value):
                raise first_violation(validator, value, prefix=name)

    def check_request_body(self, body: Any) -> None:
        """Raise `ContractViolation` when the request body breaks the request schema."""
        validator = self._validators.request
        if validator is not None and not validator.is_valid(body):
            raise first_violation(validator, body)

    def check_answer(self, status: int, body: Any) -> None:
        """Raise `ContractViolation` when a 2xx answer body breaks its schema."""
        validator = self._validators.answers.get(status)
        if validator is not None and not validator.is_valid(body):
            raise first_violation(validator, body)

    @cached_property
    def _path_at_end(self) -> re.Pattern[str]:
        return re.compile(self.path_pattern.pattern + r"\Z")

    @cached_property
    def _validators(self) -> _Validators:
        """The operation's validators, compiled on first use."""

        def compile_(schema: dict[str, Any]) -> jsonschema_rs.Validator:
            return compile_schema(schema, self.components, validate_formats=True)

        return _Validators(
            path={name: compile_(schema) for name, schema in self.path_parameters.items()},
            request=None if self.request_schema is None else compile_(self.request_schema),
            answers={
                status: compile_(schema)
                for status, schema in self.answers.items()
                if schema is not None
            },
        )


@dataclass(frozen=True)
class _Validators:
    """One operation's compiled validators: per path parameter, request body, 2xx status."""

    path: dict[str, jsonschema_rs.Validator]
    request: jsonschema_rs.Validator | None
    answers: dict[int, jsonschema_rs.Validator]


class Contract:
    """Every operation of the spec, found by route (what a generated request carries), by
    operationId, or by method and path (for a request built by hand)."""

    def __init__(self, spec: dict[str, Any]) -> None:
        self._by_method: dict[str, list[Operation]] = {}
        self._by_route: dict[str, Operation] = {}
        self._by_id: dict[str, Operation] = {}
        components = spec.get("components", {})
        for template, item in spec["paths"].items():
            for method, operation in item.items():
                if method not in _HTTP_METHODS:
                    continue
                parsed = _operation(spec, method, template, item, operation, components)
                self._by_method.setdefault(parsed.method, []).append(parsed)
                self._by_route[route_key(parsed.route)] = parsed
                self._by_id[parsed.operation_id] = parsed

    def __iter__(self) -> Iterator[Operation]:
        return iter(self._by_id.values())

    def by_id(self, operation_id: str) -> Operation:
        """The operation with this operationId (KeyError when the spec has none)."""
        return self._by_id[operation_id]

    def for_request(self, request: httpx.Request, base_path: str = "") -> Operation | None:
        """The operation a request is for: the one its extension names, else (a request built
        by hand) the one whose path template matches its path under `base_path`."""
        route = request.extensions.get(OPERATION_EXTENSION)
        if not isinstance(route, str):
            return self.find(request.method, api_path(request.url, base_path))
        operation = self._by_route.get(route)
        if operation is None:
            operation = self._by_route.get(route_key(route))
            if operation is not None:
                self._by_route[route] = operation  # next time, one lookup
        return operation

    @classmethod
    def packaged(cls) -> Contract:
        """The contract of the spec shipped in this package."""
        return cls(packaged_spec())

    def find(self, method: str, path: str) -> Operation | None:
        """The operation for a request, or None when the spec has no such path."""
        for operation in self._by_method.get(method, ()):
            if operation.path_pattern.fullmatch(path):
                return operation
        return None


def _operation(
    spec: dict[str, Any],
    method: str,
    template: str,
    item: dict[str, Any],
    operation: dict[str, Any],
    components: dict[str, Any],
) -> Operation:
    parameters = operation_parameters(spec, item, operation)
    servers = operation_servers(item, operation)
    path_parameters = {p["name"]: p["schema"] for p in parameters if p["in"] == "path"}
    pattern = re.escape(template)
    for name in path_parameters:
        pattern = pattern.replace(re.escape("{" + name + "}"), f"(?P<{name}>[^/]+)")

    request_schema = None
    body = operation.get("requestBody")
    if body is not None:
        request_schema = resolve_ref(spec, body)["content"]["application/json"]["schema"]

    answers: dict[int, dict[str, Any] | None] = {}
    for status, response in operation.get("responses", {}).items():
        if not status.isdigit() or not 200 <= int(status) < 300:
            continue
        content = resolve_ref(spec, response).get("content", {})
        media = content.get("application/json")
        answers[int(status)] = media["schema"] if media else None

    repeatable = operation.get("x-repeatable", method.upper() in IDEMPOTENT_METHODS)
    if not isinstance(repeatable, bool):  # make spec-lint refuses it too (R5)
        raise TypeError(f"{operation['operationId']}: x-repeatable must be true or false")
    return Operation(
        operation_id=operation["operationId"],
        method=method.upper(),
        path_template=template,
        path_pattern=re.compile(pattern),
        path_parameters=path_parameters,
        request_schema=request_schema,
        answers=answers,
        components=components,
        repeatable=repeatable,
        servers=tuple(str(s["url"]).rstrip("/") for s in servers),
        regions={s["x-region"]: str(s["url"]).rstrip("/") for s in servers if "x-region" in s},
    )


def route_key(route: str) -> str:
    """A route with each path parameter written `{}`: "GET /v1/calls/id/{}"."""
    return _PARAMETER.sub("{}", route)


def api_path(url: httpx.URL, base_path: str = "") -> str:
    """A URL's path relative to the base URL's path, as the spec writes its paths."""
    path = url.raw_path.partition(b"?")[0].decode("ascii")
    base = base_path.rstrip("/")
    if base and path.startswith(base + "/"):
        return path[len(base) :]
    return path
