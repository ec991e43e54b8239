from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.capability import Capability, check_capability
from ..types import UNSET, Unset

T = TypeVar("T", bound="UnassignNumberRequest")


@_attrs_define
class UnassignNumberRequest:
    """A number to un-assign from an application: the one `applicationkey` names, else the one
    whose key signed the request.

        Example:
            {'number': '+14151112223333', 'applicationkey': '11983f76-12c8-1111-9515-4785c7b67ca8', 'capability': 'voice'}

    """

    number: str
    """ A phone number in E.164 format (`+` then 2 to 15 digits, no spaces). """
    applicationkey: str | Unset = UNSET
    """ The unique identifying key of a Voice application, as the dashboard shows it. """
    capability: Capability | Unset = UNSET
    """ The DID capability of a number within an application. """

    def to_dict(self) -> dict[str, Any]:
        number = self.number

        applicationkey = self.applicationkey

        capability: str | Unset = UNSET
        if not isinstance(self.capability, Unset):
            capability = self.capability

        field_dict: dict[str, Any] = {}

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

        _capability = d.pop("capability", UNSET)
        capability: Capability | Unset
        if isinstance(_capability, Unset):
            capability = UNSET
        else:
            capability = check_capability(_capability)

        unassign_number_request = cls(
            number=number,
            applicationkey=applicationkey,
            capability=capability,
        )

        return unassign_number_request
