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

T = TypeVar("T", bound="NumberDestination")


@_attrs_define
class NumberDestination:
    """A phone number to call, on the telephone network.

    Example:
        {'type': 'number', 'endpoint': '+46730170101'}

    """

    endpoint: str
    """ A phone number in E.164 format (`+` then 2 to 15 digits, no spaces). """
    type_: Literal["number"] = "number"

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        endpoint = self.endpoint

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "endpoint": endpoint,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = cast(Literal["number"], d.pop("type"))
        if type_ != "number":
            raise ValueError(f"type must match const 'number', got '{type_}'")

        endpoint = d.pop("endpoint")

        number_destination = cls(
            type_=type_,
            endpoint=endpoint,
        )

        return number_destination
