from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ConferenceInfo")


@_attrs_define
class ConferenceInfo:
    """A conference's participants; an answer without the list has none.

    Example:
        {'participants': [{'cli': '+46708168731', 'id': '4398599d1ba84ef3bde0a82dfb61abed', 'duration': 35, 'muted':
            False, 'onhold': False}]}

    """

    participants: list[ConferenceParticipant] | Unset = UNSET
    """ The participants. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        participants: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.participants, Unset):
            participants = []
            for participants_item_data in self.participants:
                participants_item = participants_item_data.to_dict()
                participants.append(participants_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if participants is not UNSET:
            field_dict["participants"] = participants

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _participants = d.pop("participants", UNSET)
        participants: list[ConferenceParticipant] | Unset = UNSET
        if _participants is not UNSET:
            participants = []
            for participants_item_data in _participants:
                participants_item = ConferenceParticipant.from_dict(
                    participants_item_data
                )

                participants.append(participants_item)

        conference_info = cls(
            participants=participants,
        )

        conference_info.additional_properties = d
        return conference_info

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
from ..models.conference_participant import ConferenceParticipant
