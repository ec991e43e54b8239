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
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AceEvent")


@_attrs_define
class AceEvent:
    """Answered Call Event (ACE). The callee answered.

    Example:
        {'event': 'ace', 'callid': '4398599d1ba84ef3bde0a82dfb61abed', 'timestamp': '2026-11-02T09:14:12.456Z',
            'version': 1, 'custom': '', 'applicationKey': '94983f76-1161-6655-9515-4785c7b67dd8', 'amd': {'status': 'human',
            'reason': 'longgreeting', 'duration': 3}}

    """

    event: Literal["ace"]
    """ Always `ace`. """
    callid: str | Unset = UNSET
    """ The unique ID of the call. """
    conference_id: str | Unset = UNSET
    """ The unique ID of the conference, when the call is in one. """
    timestamp: str | Unset = UNSET
    """ When the event happened, in UTC. Kept as sent: Sinch documents the format
    `YYYY-MM-DDThh:mm:ss.SSS`, sometimes without a zone (append `Z` before parsing) and
    sometimes with one.
     """
    version: int | Unset = UNSET
    """ The version of the callback API. """
    custom: str | Unset = UNSET
    """ The custom data you attached to the call, if any. """
    application_key: str | Unset = UNSET
    """ The key of the application the event is for. """
    amd: AmdResult | Unset = UNSET
    """ The answering-machine detection verdict. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event = self.event

        callid = self.callid

        conference_id = self.conference_id

        timestamp = self.timestamp

        version = self.version

        custom = self.custom

        application_key = self.application_key

        amd: dict[str, Any] | Unset = UNSET
        if not isinstance(self.amd, Unset):
            amd = self.amd.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event": event,
            }
        )
        if callid is not UNSET:
            field_dict["callid"] = callid
        if conference_id is not UNSET:
            field_dict["conferenceId"] = conference_id
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if version is not UNSET:
            field_dict["version"] = version
        if custom is not UNSET:
            field_dict["custom"] = custom
        if application_key is not UNSET:
            field_dict["applicationKey"] = application_key
        if amd is not UNSET:
            field_dict["amd"] = amd

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        event = cast(Literal["ace"], d.pop("event"))
        if event != "ace":
            raise ValueError(f"event must match const 'ace', got '{event}'")

        callid = d.pop("callid", UNSET)

        conference_id = d.pop("conferenceId", UNSET)

        timestamp = d.pop("timestamp", UNSET)

        version = d.pop("version", UNSET)

        custom = d.pop("custom", UNSET)

        application_key = d.pop("applicationKey", UNSET)

        _amd = d.pop("amd", UNSET)
        amd: AmdResult | Unset
        if isinstance(_amd, Unset):
            amd = UNSET
        else:
            amd = AmdResult.from_dict(_amd)

        ace_event = cls(
            event=event,
            callid=callid,
            conference_id=conference_id,
            timestamp=timestamp,
            version=version,
            custom=custom,
            application_key=application_key,
            amd=amd,
        )

        ace_event.additional_properties = d
        return ace_event

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
from ..models.amd_result import AmdResult
