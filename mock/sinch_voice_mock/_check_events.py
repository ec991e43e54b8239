"""The events `check-callbacks` draws for a kind: Hypothesis-generated from the event's schema,
laid over the spec's realistic example, reproducible by seed."""

from __future__ import annotations

import copy
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from sinch_voice_toolkit._spec_tools import resolve_ref

from ._webhooks import event_timestamp


def generated_events(
    spec: dict[str, Any], kind: str, application_key: str, examples: int, seed: int
) -> Callable[[Callable[[dict[str, Any], str], None]], None]:
    """Runs `deliver` on `examples` events of `kind` drawn from its schema, reproducibly."""
    from hypothesis import HealthCheck, Phase, given, seed as seeded, settings, strategies as st
    from hypothesis_jsonschema import from_schema

    operation = spec["webhooks"][kind]["post"]
    schema = operation["requestBody"]["content"]["application/json"]["schema"]
    components = spec["components"]
    base = copy.deepcopy(resolve_ref(spec, schema)["example"])

    def realistic(drawn: Any) -> dict[str, Any]:
        """The drawn event over the realistic example, merged at every level: drawn fields
        win, fields it lacks keep Sinch's values, and the application key and the timestamp
        stay real (Sinch always sends them, and a handler may rightly check them)."""
        event = _merged(base, drawn)
        for name in ("applicationKey", "timestamp"):
            if name in base:
                event[name] = (
                    application_key
                    if name == "applicationKey"
                    else event_timestamp(datetime.now(UTC))
                )
        return event

    events = from_schema({**schema, "components": components}).map(realistic)

    def run(deliver: Callable[[dict[str, Any], str], None]) -> None:
        count = iter(range(1, examples + 1))

        @seeded(seed)
        @settings(
            max_examples=examples, database=None, deadline=None, phases=[Phase.generate],
            suppress_health_check=list(HealthCheck),
        )  # fmt: skip
        @given(st.data())
        def post_one(data: st.DataObject) -> None:
            deliver(data.draw(events), f"{kind}: generated event {next(count, examples)}")

        post_one()

    return run


def _merged(base: dict[str, Any], drawn: dict[str, Any]) -> dict[str, Any]:
    """`drawn` over `base`; where both hold an object, merged the same way."""
    merged = dict(base)
    for key, value in drawn.items():
        below = merged.get(key)
        both = isinstance(below, dict) and isinstance(value, dict)
        merged[key] = _merged(below, value) if both else value  # type: ignore[arg-type]
    return merged
