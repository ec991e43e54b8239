"""Request fields found by their schemas in the spec the suite reads (conftest.SPEC_PATH).

The behaviour tests and the stateful invariants name a request's fields through this, not as
literals, so when the spec renames a field they send and check the new name, and a server
still reading the old one fails.
"""

from __future__ import annotations

from typing import Any

import yaml

from contract_tests.conftest import SPEC_PATH

SPEC: dict[str, Any] = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))
SCHEMAS: dict[str, Any] = SPEC["components"]["schemas"]


def field(request: str, component: str | None = None, *, items_of: str | None = None) -> str:
    """The property of a request schema that is `component` (a $ref), a list of `items_of`,
    or, with neither, the first plain string."""
    for name, schema in SCHEMAS[request]["properties"].items():
        ref = schema.get("$ref", "").rsplit("/", 1)[-1]
        items = schema.get("items", {}).get("$ref", "").rsplit("/", 1)[-1]
        if component is not None and ref == component:
            return str(name)
        if items_of is not None and items == items_of:
            return str(name)
        if component is None and items_of is None and schema.get("type") == "string":
            return str(name)
    raise LookupError(f"{request} has no such property")
