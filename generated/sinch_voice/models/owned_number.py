from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.capability import Capability
from ..types import UNSET, Unset

T = TypeVar("T", bound="OwnedNumber")


@_attrs_define
class OwnedNumber:
    """A number you own, its capability and, when assigned, its application.

    Example:
        {'number': '+14151112223333', 'applicationkey': '11983f76-12c8-1111-9515-4785c7b67ca8', 'capability': 'voice'}

    """

    number: str
    """ A phone number as the server reports it, normally E.164. Not pattern-checked in answers,
    so an unusual value is shown rather than rejected.
     """
    applicationkey: str | Unset = UNSET
    """ The application the number is assigned to. Absent when it is not assigned. """
    capability: Capability | str | Unset = UNSET
    """ The capability of the number (`voice` or `sms`), when the server says. A value this
    document does not know yet is kept as a plain string rather than rejected.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        number = self.number

        applicationkey = self.applicationkey

        capability: str | Unset
        if isinstance(self.capability, Unset):
            capability = UNSET
        elif isinstance(self.capability, str):
            capability = self.capability
        else:
            capability = self.capability

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "number": number,
            }
        )
        if applicationkey is not UNSET:
            field_dict["applicationkey"] = applicationkey
        if capability is not UNSET:
            field_dict["capability"] = capability

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        number = d.pop("number")

        applicationkey = d.pop("applicationkey", UNSET)

        capability: Capability | str | Unset = d.pop("capability", UNSET)

        owned_number = cls(
            number=number,
            applicationkey=applicationkey,
            capability=capability,
        )

        owned_number.additional_properties = d
        return owned_number

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
