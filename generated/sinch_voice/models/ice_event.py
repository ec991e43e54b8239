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

from ..models.domain import Domain
from ..types import UNSET, Unset

T = TypeVar("T", bound="IceEvent")


@_attrs_define
class IceEvent:
    """Incoming Call Event (ICE). Sinch asks what to do with a new call.

    Example:
        {'event': 'ice', 'callid': '4398599d1ba84ef3bde0a82dfb61abed', 'callResourceUrl': 'https://calling-
            euc1.api.sinch.com/calling/v1/calls/id/4398599d1ba84ef3bde0a82dfb61abed', 'timestamp':
            '2026-11-02T09:14:07.123Z', 'version': 1, 'custom': '', 'userRate': {'currencyId': 'USD', 'amount': 0.0}, 'cli':
            '+46708168731', 'to': {'type': 'number', 'endpoint': '+46730170101'}, 'domain': 'pstn', 'applicationKey':
            '94983f76-1161-6655-9515-4785c7b67dd8', 'originationType': 'pstn', 'rdnis': ''}

    """

    event: Literal["ice"]
    """ Always `ice`. """
    callid: str | Unset = UNSET
    """ The unique ID of the call. """
    conference_id: str | Unset = UNSET
    """ The unique ID of the conference, when the call is in one. """
    call_resource_url: str | Unset = UNSET
    """ The URL of the call's resource in the calling API. """
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
    user_rate: Money | Unset = UNSET
    """ An amount in a currency (a rate per minute, or a charge). """
    cli: str | Unset = UNSET
    """ The caller's number (CLI), normally E.164; `private` when withheld. """
    to: CallParticipant | Unset = UNSET
    """ A party of the call and how it is reached. """
    domain: Domain | str | Unset = UNSET
    """ The domain of the call, as sent: Sinch sends `pstn` and `PSTN`, `mxp` and `MXP`, so
    compare it case-insensitively. Any string is kept.
     """
    origination_type: Domain | str | Unset = UNSET
    """ The domain of the call, as sent: Sinch sends `pstn` and `PSTN`, `mxp` and `MXP`, so
    compare it case-insensitively. Any string is kept.
     """
    duration: int | Unset = UNSET
    """ The duration of the call so far, in seconds. """
    rdnis: str | Unset = UNSET
    """ The redirected dialled number identification service, when known. """
    call_headers: list[CallHeader] | Unset = UNSET
    """ The call headers, if the caller set any. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event = self.event

        callid = self.callid

        conference_id = self.conference_id

        call_resource_url = self.call_resource_url

        timestamp = self.timestamp

        version = self.version

        custom = self.custom

        application_key = self.application_key

        user_rate: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user_rate, Unset):
            user_rate = self.user_rate.to_dict()

        cli = self.cli

        to: dict[str, Any] | Unset = UNSET
        if not isinstance(self.to, Unset):
            to = self.to.to_dict()

        domain: str | Unset
        if isinstance(self.domain, Unset):
            domain = UNSET
        elif isinstance(self.domain, str):
            domain = self.domain
        else:
            domain = self.domain

        origination_type: str | Unset
        if isinstance(self.origination_type, Unset):
            origination_type = UNSET
        elif isinstance(self.origination_type, str):
            origination_type = self.origination_type
        else:
            origination_type = self.origination_type

        duration = self.duration

        rdnis = self.rdnis

        call_headers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.call_headers, Unset):
            call_headers = []
            for componentsschemas_call_header_list_item_data in self.call_headers:
                componentsschemas_call_header_list_item = (
                    componentsschemas_call_header_list_item_data.to_dict()
                )
                call_headers.append(componentsschemas_call_header_list_item)

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
        if call_resource_url is not UNSET:
            field_dict["callResourceUrl"] = call_resource_url
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if version is not UNSET:
            field_dict["version"] = version
        if custom is not UNSET:
            field_dict["custom"] = custom
        if application_key is not UNSET:
            field_dict["applicationKey"] = application_key
        if user_rate is not UNSET:
            field_dict["userRate"] = user_rate
        if cli is not UNSET:
            field_dict["cli"] = cli
        if to is not UNSET:
            field_dict["to"] = to
        if domain is not UNSET:
            field_dict["domain"] = domain
        if origination_type is not UNSET:
            field_dict["originationType"] = origination_type
        if duration is not UNSET:
            field_dict["duration"] = duration
        if rdnis is not UNSET:
            field_dict["rdnis"] = rdnis
        if call_headers is not UNSET:
            field_dict["callHeaders"] = call_headers

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        event = cast(Literal["ice"], d.pop("event"))
        if event != "ice":
            raise ValueError(f"event must match const 'ice', got '{event}'")

        callid = d.pop("callid", UNSET)

        conference_id = d.pop("conferenceId", UNSET)

        call_resource_url = d.pop("callResourceUrl", UNSET)

        timestamp = d.pop("timestamp", UNSET)

        version = d.pop("version", UNSET)

        custom = d.pop("custom", UNSET)

        application_key = d.pop("applicationKey", UNSET)

        _user_rate = d.pop("userRate", UNSET)
        user_rate: Money | Unset
        if isinstance(_user_rate, Unset):
            user_rate = UNSET
        else:
            user_rate = Money.from_dict(_user_rate)

        cli = d.pop("cli", UNSET)

        _to = d.pop("to", UNSET)
        to: CallParticipant | Unset
        if isinstance(_to, Unset):
            to = UNSET
        else:
            to = CallParticipant.from_dict(_to)

        domain: Domain | str | Unset = d.pop("domain", UNSET)

        origination_type: Domain | str | Unset = d.pop("originationType", UNSET)

        duration = d.pop("duration", UNSET)

        rdnis = d.pop("rdnis", UNSET)

        _call_headers = d.pop("callHeaders", UNSET)
        call_headers: list[CallHeader] | Unset = UNSET
        if _call_headers is not UNSET:
            call_headers = []
            for componentsschemas_call_header_list_item_data in _call_headers:
                componentsschemas_call_header_list_item = CallHeader.from_dict(
                    componentsschemas_call_header_list_item_data
                )

                call_headers.append(componentsschemas_call_header_list_item)

        ice_event = cls(
            event=event,
            callid=callid,
            conference_id=conference_id,
            call_resource_url=call_resource_url,
            timestamp=timestamp,
            version=version,
            custom=custom,
            application_key=application_key,
            user_rate=user_rate,
            cli=cli,
            to=to,
            domain=domain,
            origination_type=origination_type,
            duration=duration,
            rdnis=rdnis,
            call_headers=call_headers,
        )

        ice_event.additional_properties = d
        return ice_event

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
from ..models.call_header import CallHeader
from ..models.call_participant import CallParticipant
from ..models.money import Money
