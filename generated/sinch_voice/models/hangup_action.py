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

T = TypeVar("T", bound="HangupAction")


@_attrs_define
class HangupAction:
    """End the call.

    Example:
        {'name': 'hangup'}

    """

    name: Literal["hangup"] = "hangup"

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
        name = cast(Literal["hangup"], d.pop("name"))
        if name != "hangup":
            raise ValueError(f"name must match const 'hangup', got '{name}'")

        hangup_action = cls(
            name=name,
        )

        return hangup_action
