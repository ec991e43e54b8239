"""Where the mock finds openapi.yaml: inside the installed package, or the source tree's root."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

from sinch_voice_toolkit._spec_tools import constants, operation_parameters, resolve_ref

_PACKAGED = Path(__file__).with_name("openapi.yaml")  # put there by the wheel build
_SOURCE_TREE = Path(__file__).resolve().parents[2] / "openapi.yaml"


def spec_path() -> Path:
    """The one openapi.yaml this mock serves and validates against."""
    return _PACKAGED if _PACKAGED.exists() else _SOURCE_TREE


@cache
def spec_document() -> dict[str, Any]:
    """openapi.yaml, read once (callers must not change it)."""
    import yaml

    text = spec_path().read_text(encoding="utf-8")
    document: dict[str, Any] = yaml.load(text, Loader=_loader())  # noqa: S506 - a safe loader
    return document


@cache
def spec_constants() -> dict[str, Any]:
    """The spec's named constants (`x-constants`, JSON pointers into it), resolved; a pattern
    without its ^ and $ anchors, for `re.fullmatch`."""
    return constants(spec_document())


@cache
def example_arguments() -> dict[str, dict[str, str]]:
    """Each operation's path parameters' example values: operationId -> name -> value."""
    document = spec_document()
    found: dict[str, dict[str, str]] = {}
    for item in document.get("paths", {}).values():
        for operation in item.values():
            if not isinstance(operation, dict) or "operationId" not in operation:
                continue
            parameters = operation_parameters(document, item, operation)
            found[operation["operationId"]] = {
                p["name"]: str(p.get("example", resolve_ref(document, p["schema"]).get("example")))
                for p in parameters
                if p["in"] == "path"
            }
    return found


@cache
def example_objects() -> dict[str, tuple[dict[str, str], Any]]:
    """Each operation's example object: operationId -> (its path parameters' example values,
    the example of its first 2xx JSON answer). The mock's world holds these from the start, so
    that a call with the spec's own example arguments finds what the spec documents."""
    document = spec_document()
    found: dict[str, tuple[dict[str, str], Any]] = {}
    for item in document.get("paths", {}).values():
        for operation in item.values():
            if not isinstance(operation, dict) or "operationId" not in operation:
                continue
            answer = _first_answer_example(document, operation)
            if answer is not None:
                arguments = example_arguments()[operation["operationId"]]
                found[operation["operationId"]] = (arguments, answer)
    return found


def _first_answer_example(document: dict[str, Any], operation: dict[str, Any]) -> Any:
    for status in sorted(s for s in operation.get("responses", {}) if str(s).startswith("2")):
        answer = resolve_ref(document, operation["responses"][status])
        media = answer.get("content", {}).get("application/json")
        if media is not None:
            return media_example(document, media)
    return None


def media_example(spec: dict[str, Any], media: dict[str, Any]) -> Any:
    """A media type's example: its own `example`, its first `examples` entry, or its schema's."""
    if "example" in media:
        return media["example"]
    for example in media.get("examples", {}).values():
        return resolve_ref(spec, example).get("value")
    return resolve_ref(spec, media.get("schema", {})).get("example")


def _loader() -> Any:
    import yaml

    return getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when present: ~10x faster
