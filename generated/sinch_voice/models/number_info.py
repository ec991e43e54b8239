from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.number_type import NumberType
from ..types import UNSET, Unset

T = TypeVar("T", bound="NumberInfo")


@_attrs_define
class NumberInfo:
    """Information about a phone number.

    Example:
        {'countryId': 'SE', 'numberType': 'Mobile', 'normalizedNumber': '+46730170101', 'restricted': False, 'rate':
            {'currencyId': 'USD', 'amount': 0.0368}}

    """

    country_id: str | Unset = UNSET
    """ ISO 3166-1 alpha-2 country code. """
    number_type: NumberType | str | Unset = UNSET
    """ The type of the number (`Unknown`, `Fixed`, `Mobile` or `Other`). A value this
    document does not know yet is kept as a plain string rather than rejected.
     """
    normalized_number: str | Unset = UNSET
    """ A phone number as the server reports it, normally E.164. Not pattern-checked in answers,
    so an unusual value is shown rather than rejected.
     """
    restricted: bool | Unset = UNSET
    """ Whether calls to the number are restricted. """
    rate: NumberRate | Unset = UNSET
    """ The rate of a call to the number. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        country_id = self.country_id

        number_type: str | Unset
        if isinstance(self.number_type, Unset):
            number_type = UNSET
        elif isinstance(self.number_type, str):
            number_type = self.number_type
        else:
            number_type = self.number_type

        normalized_number = self.normalized_number

        restricted = self.restricted

        rate: dict[str, Any] | Unset = UNSET
        if not isinstance(self.rate, Unset):
            rate = self.rate.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if country_id is not UNSET:
            field_dict["countryId"] = country_id
        if number_type is not UNSET:
            field_dict["numberType"] = number_type
        if normalized_number is not UNSET:
            field_dict["normalizedNumber"] = normalized_number
        if restricted is not UNSET:
            field_dict["restricted"] = restricted
        if rate is not UNSET:
            field_dict["rate"] = rate

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        country_id = d.pop("countryId", UNSET)

        number_type: NumberType | str | Unset = d.pop("numberType", UNSET)

        normalized_number = d.pop("normalizedNumber", UNSET)

        restricted = d.pop("restricted", UNSET)

        _rate = d.pop("rate", UNSET)
        rate: NumberRate | Unset
        if isinstance(_rate, Unset):
            rate = UNSET
        else:
            rate = NumberRate.from_dict(_rate)

        number_info = cls(
            country_id=country_id,
            number_type=number_type,
            normalized_number=normalized_number,
            restricted=restricted,
            rate=rate,
        )

        number_info.additional_properties = d
        return number_info

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
from ..models.number_rate import NumberRate
