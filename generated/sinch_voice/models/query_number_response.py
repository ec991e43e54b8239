from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="QueryNumberResponse")


@_attrs_define
class QueryNumberResponse:
    """Information about the queried number, under `number` (Sinch's schema and every current
    SDK) or under `numberItem` with `"method": "numberItem"` (Sinch's documentation samples and
    older SDKs).

        Example:
            {'number': {'countryId': 'SE', 'numberType': 'Mobile', 'normalizedNumber': '+46730170101', 'restricted': False,
                'rate': {'currencyId': 'USD', 'amount': 0.0368}}}

    """

    method: str | Unset = UNSET
    """ The name of the item property, when the server sends it (`numberItem`). """
    number: NumberInfo | Unset = UNSET
    """ Information about a phone number. """
    number_item: NumberInfo | Unset = UNSET
    """ Information about a phone number. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        method = self.method

        number: dict[str, Any] | Unset = UNSET
        if not isinstance(self.number, Unset):
            number = self.number.to_dict()

        number_item: dict[str, Any] | Unset = UNSET
        if not isinstance(self.number_item, Unset):
            number_item = self.number_item.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if method is not UNSET:
            field_dict["method"] = method
        if number is not UNSET:
            field_dict["number"] = number
        if number_item is not UNSET:
            field_dict["numberItem"] = number_item

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        method = d.pop("method", UNSET)

        _number = d.pop("number", UNSET)
        number: NumberInfo | Unset
        if isinstance(_number, Unset):
            number = UNSET
        else:
            number = NumberInfo.from_dict(_number)

        _number_item = d.pop("numberItem", UNSET)
        number_item: NumberInfo | Unset
        if isinstance(_number_item, Unset):
            number_item = UNSET
        else:
            number_item = NumberInfo.from_dict(_number_item)

        query_number_response = cls(
            method=method,
            number=number,
            number_item=number_item,
        )

        query_number_response.additional_properties = d
        return query_number_response

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# The models this one refers to, imported after its class: they may refer back to it.
from ..models.number_info import NumberInfo
