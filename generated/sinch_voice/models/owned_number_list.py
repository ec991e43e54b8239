from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OwnedNumberList")


@_attrs_define
class OwnedNumberList:
    """The numbers you own.

    Example:
        {'numbers': [{'number': '+14151112223333', 'applicationkey': '11983f76-12c8-1111-9515-4785c7b67ca8',
            'capability': 'voice'}]}

    """

    numbers: list[OwnedNumber] | Unset = UNSET
    """ The numbers; an answer without this list owns none. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        numbers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.numbers, Unset):
            numbers = []
            for numbers_item_data in self.numbers:
                numbers_item = numbers_item_data.to_dict()
                numbers.append(numbers_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if numbers is not UNSET:
            field_dict["numbers"] = numbers

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _numbers = d.pop("numbers", UNSET)
        numbers: list[OwnedNumber] | Unset = UNSET
        if _numbers is not UNSET:
            numbers = []
            for numbers_item_data in _numbers:
                numbers_item = OwnedNumber.from_dict(numbers_item_data)

                numbers.append(numbers_item)

        owned_number_list = cls(
            numbers=numbers,
        )

        owned_number_list.additional_properties = d
        return owned_number_list

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
from ..models.owned_number import OwnedNumber
