from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define

T = TypeVar("T", bound="ContinueAction")


@_attrs_define
class ContinueAction:
    """Let the call go on as it was set up (ACE and PIE only).

    Example:
        {'name': 'continue'}

    """

    name: Literal["continue"] = "continue"

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = cast(Literal["continue"], d.pop("name"))
        if name != "continue":
            raise ValueError(f"name must match const 'continue', got '{name}'")

        continue_action = cls(
            name=name,
        )

        return continue_action
