from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="SvamlCallHeader")


@_attrs_define
class SvamlCallHeader:
    """A call header to send.

    Example:
        {'key': 'customer-id', 'value': '42'}

    """

    key: str
    """ The header's name. """
    value: str
    """ The header's value. """

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        value = self.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "key": key,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        key = d.pop("key")

        value = d.pop("value")

        svaml_call_header = cls(
            key=key,
            value=value,
        )

        return svaml_call_header
