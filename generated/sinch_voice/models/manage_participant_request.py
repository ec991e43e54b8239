from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.music_on_hold import MusicOnHold, check_music_on_hold
from ..models.participant_command import ParticipantCommand, check_participant_command
from ..types import UNSET, Unset

T = TypeVar("T", bound="ManageParticipantRequest")


@_attrs_define
class ManageParticipantRequest:
    """A change to one participant of a conference.

    Example:
        {'command': 'onhold', 'moh': 'music1'}

    """

    command: ParticipantCommand
    """ What to do with a conference participant (`onhold` takes a music on hold). """
    moh: MusicOnHold | Unset = UNSET
    """ Music on hold. """

    def to_dict(self) -> dict[str, Any]:
        command: str = self.command

        moh: str | Unset = UNSET
        if not isinstance(self.moh, Unset):
            moh = self.moh

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "command": command,
            }
        )
        if moh is not UNSET:
            field_dict["moh"] = moh

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        command = check_participant_command(d.pop("command"))

        _moh = d.pop("moh", UNSET)
        moh: MusicOnHold | Unset
        if isinstance(_moh, Unset):
            moh = UNSET
        else:
            moh = check_music_on_hold(_moh)

        manage_participant_request = cls(
            command=command,
            moh=moh,
        )

        return manage_participant_request
