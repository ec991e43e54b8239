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

T = TypeVar("T", bound="UsernameDestination")


@_attrs_define
class UsernameDestination:
    """An app or web user to call, by user name (over data).

    Example:
        {'type': 'username', 'endpoint': 'alice'}

    """

    endpoint: str
    """ The user name. """
    type_: Literal["username"] = "username"

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
        type_ = cast(Literal["username"], d.pop("type"))
        if type_ != "username":
            raise ValueError(f"type must match const 'username', got '{type_}'")

        endpoint = d.pop("endpoint")

        username_destination = cls(
            type_=type_,
            endpoint=endpoint,
        )

        return username_destination
