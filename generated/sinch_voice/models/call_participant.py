from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.participant_type import ParticipantType
from ..types import UNSET, Unset

T = TypeVar("T", bound="CallParticipant")


@_attrs_define
class CallParticipant:
    """A party of the call and how it is reached.

    Example:
        {'type': 'number', 'endpoint': '+46730170101'}

    """

    type_: ParticipantType | str | Unset = UNSET
    """ How the party is reached. Any string is kept. """
    endpoint: str | Unset = UNSET
    """ The number, user name or SIP address. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, str):
            type_ = self.type_
        else:
            type_ = self.type_

        endpoint = self.endpoint

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if endpoint is not UNSET:
            field_dict["endpoint"] = endpoint

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_: ParticipantType | str | Unset = d.pop("type", UNSET)

        endpoint = d.pop("endpoint", UNSET)

        call_participant = cls(
            type_=type_,
            endpoint=endpoint,
        )

        call_participant.additional_properties = d
        return call_participant

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
