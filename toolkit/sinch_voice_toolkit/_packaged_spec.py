"""The spec shipped in this package (`openapi.json`, written by `make generate`), read once."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from ._spec_tools import compile_schema, operation_servers

if TYPE_CHECKING:
    import jsonschema_rs

SPEC_FILE = Path(__file__).with_name("openapi.json")


@cache
def packaged_spec() -> dict[str, Any]:
    """The spec shipped in this package, read once (callers must not change it)."""
    spec: dict[str, Any] = json.loads(SPEC_FILE.read_text(encoding="utf-8"))
    return spec


@cache
def schema_validator(name: str) -> jsonschema_rs.Validator:
    """A compiled validator for the packaged spec's `components/schemas/NAME`, made once."""
    components = packaged_spec()["components"]
    return compile_schema(components["schemas"][name], components)


@cache
def regions() -> tuple[str, ...]:
    """The regions whose own hosts serve calls (the `x-region` of the spec's servers), in the
    spec's order: what `connect(region=...)` takes."""
    return tuple(region for region in calling_hosts().values() if region is not None)


@cache
def calling_hosts() -> dict[str, str | None]:
    """The calling hosts of the spec's servers (`calling-euc1.api.sinch.com`), each with its
    region (None: the global one): where a `callResourceUrl` may point."""
    found: dict[str, str | None] = {}
    for item in packaged_spec()["paths"].values():
        for operation in (value for value in item.values() if isinstance(value, dict)):
            for server in operation_servers(item, operation):
                found[urlsplit(server["url"]).hostname or ""] = server.get("x-region")
    return found
