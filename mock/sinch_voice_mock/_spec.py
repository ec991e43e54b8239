"""Where the mock finds openapi.yaml: inside the installed package, or the source tree's root."""

from __future__ import annotations

from pathlib import Path

_PACKAGED = Path(__file__).with_name("openapi.yaml")  # put there by the wheel build
_SOURCE_TREE = Path(__file__).resolve().parents[2] / "openapi.yaml"


def spec_path() -> Path:
    """The one openapi.yaml this mock serves and validates against."""
    return _PACKAGED if _PACKAGED.exists() else _SOURCE_TREE
