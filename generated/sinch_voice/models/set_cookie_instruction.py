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

T = TypeVar("T", bound="SetCookieInstruction")


@_attrs_define
class SetCookieInstruction:
    """Keep a value for the rest of the call's events.

    Example:
        {'name': 'setCookie', 'key': 'customer-id', 'value': '42'}

    """

    key: str
    """ The cookie's name. """
    value: str
    """ The cookie's value. """
    name: Literal["setCookie"] = "setCookie"

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        key = self.key

        value = self.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "key": key,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = cast(Literal["setCookie"], d.pop("name"))
        if name != "setCookie":
            raise ValueError(f"name must match const 'setCookie', got '{name}'")

        key = d.pop("key")

        value = d.pop("value")

        set_cookie_instruction = cls(
            name=name,
            key=key,
            value=value,
        )

        return set_cookie_instruction
