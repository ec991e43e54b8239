from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CalloutHeaders")


@_attrs_define
class CalloutHeaders:
    """The `X-CB-*` headers of a callout, which Sinch forwards to your callback URL with the
    call's events: at most 5 (Sinch drops the rest silently), each name at most 32
    characters with its `X-CB-` prefix (any case), each value at most 128 printable ASCII
    characters.

        Example:
            {'X-CB-Customer': '42'}

    """

    additional_properties: dict[str, str] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        callout_headers = cls()

        callout_headers.additional_properties = d
        return callout_headers

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> str:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: str) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
