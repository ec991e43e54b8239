from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define

from ..models.music_on_hold import MusicOnHold, check_music_on_hold
from ..types import UNSET, Unset

T = TypeVar("T", bound="ConnectConfAction")


@_attrs_define
class ConnectConfAction:
    """Connect the call to a conference.

    Example:
        {'name': 'connectConf', 'conferenceId': 'my-conference', 'conferenceDtmfOptions': {'mode': 'forward',
            'maxDigits': 4, 'timeoutMills': 5000}, 'moh': 'ring'}

    """

    conference_id: str
    """ The conference's ID (at most 64 characters). """
    name: Literal["connectConf"] = "connectConf"
    conference_dtmf_options: ConferenceDtmfOptions | Unset = UNSET
    """ What DTMF does for a conference participant. """
    moh: MusicOnHold | Unset = UNSET
    """ Music on hold. """

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        conference_id = self.conference_id

        conference_dtmf_options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.conference_dtmf_options, Unset):
            conference_dtmf_options = self.conference_dtmf_options.to_dict()

        moh: str | Unset = UNSET
        if not isinstance(self.moh, Unset):
            moh = self.moh

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "conferenceId": conference_id,
            }
        )
        if conference_dtmf_options is not UNSET:
            field_dict["conferenceDtmfOptions"] = conference_dtmf_options
        if moh is not UNSET:
            field_dict["moh"] = moh

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = cast(Literal["connectConf"], d.pop("name"))
        if name != "connectConf":
            raise ValueError(f"name must match const 'connectConf', got '{name}'")

        conference_id = d.pop("conferenceId")

        _conference_dtmf_options = d.pop("conferenceDtmfOptions", UNSET)
        conference_dtmf_options: ConferenceDtmfOptions | Unset
        if isinstance(_conference_dtmf_options, Unset):
            conference_dtmf_options = UNSET
        else:
            conference_dtmf_options = ConferenceDtmfOptions.from_dict(
                _conference_dtmf_options
            )

        _moh = d.pop("moh", UNSET)
        moh: MusicOnHold | Unset
        if isinstance(_moh, Unset):
            moh = UNSET
        else:
            moh = check_music_on_hold(_moh)

        connect_conf_action = cls(
            name=name,
            conference_id=conference_id,
            conference_dtmf_options=conference_dtmf_options,
            moh=moh,
        )

        return connect_conf_action


# The models this one refers to, imported after its class: they may refer back to it.
from ..models.conference_dtmf_options import ConferenceDtmfOptions
