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

from ..types import UNSET, Unset

T = TypeVar("T", bound="SayInstruction")


@_attrs_define
class SayInstruction:
    """Speak a text to the caller.

    Example:
        {'name': 'say', 'text': 'Welcome.', 'locale': 'en-US'}

    """

    text: str
    """ The text. """
    name: Literal["say"] = "say"
    locale: str | Unset = UNSET
    """ The voice and language. """

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        text = self.text

        locale = self.locale

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "text": text,
            }
        )
        if locale is not UNSET:
            field_dict["locale"] = locale

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = cast(Literal["say"], d.pop("name"))
        if name != "say":
            raise ValueError(f"name must match const 'say', got '{name}'")

        text = d.pop("text")

        locale = d.pop("locale", UNSET)

        say_instruction = cls(
            name=name,
            text=text,
            locale=locale,
        )

        return say_instruction
