from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.input_method import InputMethod
from ..models.menu_result_type import MenuResultType
from ..types import UNSET, Unset

T = TypeVar("T", bound="MenuResult")


@_attrs_define
class MenuResult:
    """What the caller did in a menu.

    Example:
        {'menuId': 'main', 'type': 'sequence', 'value': '1452', 'inputMethod': 'dtmf'}

    """

    menu_id: str | Unset = UNSET
    """ The ID of the menu that was answered. """
    type_: MenuResultType | str | Unset = UNSET
    """ What kind of answer. Any string is kept. """
    value: str | Unset = UNSET
    """ The answer (the digits, the option's value, or the error). """
    input_method: InputMethod | str | Unset = UNSET
    """ How the caller answered. Any string is kept. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        menu_id = self.menu_id

        type_: str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, str):
            type_ = self.type_
        else:
            type_ = self.type_

        value = self.value

        input_method: str | Unset
        if isinstance(self.input_method, Unset):
            input_method = UNSET
        elif isinstance(self.input_method, str):
            input_method = self.input_method
        else:
            input_method = self.input_method

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if menu_id is not UNSET:
            field_dict["menuId"] = menu_id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if value is not UNSET:
            field_dict["value"] = value
        if input_method is not UNSET:
            field_dict["inputMethod"] = input_method

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        menu_id = d.pop("menuId", UNSET)

        type_: MenuResultType | str | Unset = d.pop("type", UNSET)

        value = d.pop("value", UNSET)

        input_method: InputMethod | str | Unset = d.pop("inputMethod", UNSET)

        menu_result = cls(
            menu_id=menu_id,
            type_=type_,
            value=value,
            input_method=input_method,
        )

        menu_result.additional_properties = d
        return menu_result

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
