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

from ..models.notification_type import NotificationType
from ..types import UNSET, Unset

T = TypeVar("T", bound="NotifyEvent")


@_attrs_define
class NotifyEvent:
    """Notification Event (notify): a recording or transcription, an asynchronous AMD verdict,
    or a calling error (`type` `callingerror` with `errorCode`, `errorMsg` and `user`).

        Example:
            {'event': 'notify', 'callid': '4398599d1ba84ef3bde0a82dfb61abed', 'version': 1, 'type': 'recording_available',
                'custom': '', 'destination': 'https://recordings.example.com/4398599d1ba84ef3bde0a82dfb61abed.mp3'}

    """

    event: Literal["notify"]
    """ Always `notify`. """
    callid: str | Unset = UNSET
    """ The unique ID of the call. """
    conference_id: str | Unset = UNSET
    """ The unique ID of the conference, when the call is in one. """
    version: int | Unset = UNSET
    """ The version of the callback API. """
    type_: NotificationType | str | Unset = UNSET
    """ What the notification is about. Any string is kept. """
    custom: str | Unset = UNSET
    """ The custom data you attached to the call, if any. """
    destination: str | Unset = UNSET
    """ Where the recording or transcription is available. """
    amd: AmdResult | Unset = UNSET
    """ The answering-machine detection verdict. """
    error_code: int | Unset = UNSET
    """ For a calling error, its code. """
    error_msg: str | Unset = UNSET
    """ For a calling error, its message. """
    user: str | Unset = UNSET
    """ For a calling error, the user who made the call. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event = self.event

        callid = self.callid

        conference_id = self.conference_id

        version = self.version

        type_: str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, str):
            type_ = self.type_
        else:
            type_ = self.type_

        custom = self.custom

        destination = self.destination

        amd: dict[str, Any] | Unset = UNSET
        if not isinstance(self.amd, Unset):
            amd = self.amd.to_dict()

        error_code = self.error_code

        error_msg = self.error_msg

        user = self.user

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
        if version is not UNSET:
            field_dict["version"] = version
        if type_ is not UNSET:
            field_dict["type"] = type_
        if custom is not UNSET:
            field_dict["custom"] = custom
        if destination is not UNSET:
            field_dict["destination"] = destination
        if amd is not UNSET:
            field_dict["amd"] = amd
        if error_code is not UNSET:
            field_dict["errorCode"] = error_code
        if error_msg is not UNSET:
            field_dict["errorMsg"] = error_msg
        if user is not UNSET:
            field_dict["user"] = user

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        event = cast(Literal["notify"], d.pop("event"))
        if event != "notify":
            raise ValueError(f"event must match const 'notify', got '{event}'")

        callid = d.pop("callid", UNSET)

        conference_id = d.pop("conferenceId", UNSET)

        version = d.pop("version", UNSET)

        type_: NotificationType | str | Unset = d.pop("type", UNSET)

        custom = d.pop("custom", UNSET)

        destination = d.pop("destination", UNSET)

        _amd = d.pop("amd", UNSET)
        amd: AmdResult | Unset
        if isinstance(_amd, Unset):
            amd = UNSET
        else:
            amd = AmdResult.from_dict(_amd)

        error_code = d.pop("errorCode", UNSET)

        error_msg = d.pop("errorMsg", UNSET)

        user = d.pop("user", UNSET)

        notify_event = cls(
            event=event,
            callid=callid,
            conference_id=conference_id,
            version=version,
            type_=type_,
            custom=custom,
            destination=destination,
            amd=amd,
            error_code=error_code,
            error_msg=error_msg,
            user=user,
        )

        notify_event.additional_properties = d
        return notify_event

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
