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

T = TypeVar("T", bound="AnswerInstruction")


@_attrs_define
class AnswerInstruction:
    """Answer the call before the action (ICE only).

    Example:
        {'name': 'answer'}

    """

    name: Literal["answer"] = "answer"

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
        name = cast(Literal["answer"], d.pop("name"))
        if name != "answer":
            raise ValueError(f"name must match const 'answer', got '{name}'")

        answer_instruction = cls(
            name=name,
        )

        return answer_instruction
