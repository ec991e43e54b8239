"""Where the mock finds openapi.yaml: inside the installed package, or the source tree's root."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

from sinch_voice_toolkit._spec_tools import constants

_PACKAGED = Path(__file__).with_name("openapi.yaml")  # put there by the wheel build
_SOURCE_TREE = Path(__file__).resolve().parents[2] / "openapi.yaml"


def spec_path() -> Path:
    """The one openapi.yaml this mock serves and validates against."""
    return _PACKAGED if _PACKAGED.exists() else _SOURCE_TREE


@cache
def spec_constants() -> dict[str, Any]:
    """The spec's named constants (`x-constants`, JSON pointers into it), resolved; a pattern
    without its ^ and $ anchors, for `re.fullmatch`."""
    import yaml

    text = spec_path().read_text(encoding="utf-8")
    document = yaml.load(text, Loader=_loader())  # noqa: S506 - a safe loader, C or Python
    return constants(document)


def _loader() -> Any:
    import yaml

    return getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when present: ~10x faster
