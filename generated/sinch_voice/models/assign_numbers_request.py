from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.capability import Capability, check_capability
from ..types import UNSET, Unset

T = TypeVar("T", bound="AssignNumbersRequest")


@_attrs_define
class AssignNumbersRequest:
    """Numbers to assign to an application: the one `applicationkey` names, else the one whose
    key signed the request.

        Example:
            {'numbers': ['+14151112223333'], 'applicationkey': '11983f76-12c8-1111-9515-4785c7b67ca8', 'capability':
                'voice'}

    """

    numbers: list[str]
    """ The numbers to assign, in E.164 format. """
    applicationkey: str | Unset = UNSET
    """ The unique identifying key of a Voice application, as the dashboard shows it. """
    capability: Capability | Unset = UNSET
    """ The DID capability of a number within an application. """

    def to_dict(self) -> dict[str, Any]:
        numbers = self.numbers

        applicationkey = self.applicationkey

        capability: str | Unset = UNSET
        if not isinstance(self.capability, Unset):
            capability = self.capability

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "numbers": numbers,
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
        numbers = cast(list[str], d.pop("numbers"))

        applicationkey = d.pop("applicationkey", UNSET)

        _capability = d.pop("capability", UNSET)
        capability: Capability | Unset
        if isinstance(_capability, Unset):
            capability = UNSET
        else:
            capability = check_capability(_capability)

        assign_numbers_request = cls(
            numbers=numbers,
            applicationkey=applicationkey,
            capability=capability,
        )

        return assign_numbers_request
