from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="NumberRate")


@_attrs_define
class NumberRate:
    """The rate of a call to the number.

    Example:
        {'currencyId': 'USD', 'amount': 0.0368}

    """

    currency_id: None | str | Unset = UNSET
    """ ISO 4217 currency code; null when Sinch gives none. """
    amount: float | Unset = UNSET
    """ The rate per minute. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        currency_id: None | str | Unset
        if isinstance(self.currency_id, Unset):
            currency_id = UNSET
        else:
            currency_id = self.currency_id

        amount = self.amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if currency_id is not UNSET:
            field_dict["currencyId"] = currency_id
        if amount is not UNSET:
            field_dict["amount"] = amount

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        currency_id: None | str | Unset = d.pop("currencyId", UNSET)

        amount = d.pop("amount", UNSET)

        number_rate = cls(
            currency_id=currency_id,
            amount=amount,
        )

        number_rate.additional_properties = d
        return number_rate

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
