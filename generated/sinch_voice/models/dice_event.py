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

from ..models.dice_reason import DiceReason
from ..models.dice_result import DiceResult
from ..types import UNSET, Unset

T = TypeVar("T", bound="DiceEvent")


@_attrs_define
class DiceEvent:
    """Disconnected Call Event (DiCE). The call ended.

    Example:
        {'event': 'dice', 'callid': '4398599d1ba84ef3bde0a82dfb61abed', 'timestamp': '2026-11-02T09:16:40.789Z',
            'reason': 'CALLERHANGUP', 'result': 'ANSWERED', 'version': 1, 'custom': '', 'debit': {'currencyId': 'USD',
            'amount': 0.0368}, 'userRate': {'currencyId': 'USD', 'amount': 0.0138}, 'to': {'type': 'number', 'endpoint':
            '+46730170101'}, 'applicationKey': '94983f76-1161-6655-9515-4785c7b67dd8', 'duration': 153, 'from':
            '+46708168731'}

    """

    event: Literal["dice"]
    """ Always `dice`. """
    callid: str | Unset = UNSET
    """ The unique ID of the call. """
    conference_id: str | Unset = UNSET
    """ The unique ID of the conference, when the call is in one. """
    timestamp: str | Unset = UNSET
    """ When the event happened, in UTC. Kept as sent: Sinch documents the format
    `YYYY-MM-DDThh:mm:ss.SSS`, sometimes without a zone (append `Z` before parsing) and
    sometimes with one.
     """
    reason: DiceReason | str | Unset = UNSET
    """ Why the call ended. Sinch adds reasons over time; any string is kept. """
    result: DiceResult | str | Unset = UNSET
    """ How the call ended. Any string is kept. """
    version: int | Unset = UNSET
    """ The version of the callback API. """
    custom: str | Unset = UNSET
    """ The custom data you attached to the call, if any. """
    debit: Money | Unset = UNSET
    """ An amount in a currency (a rate per minute, or a charge). """
    user_rate: Money | Unset = UNSET
    """ An amount in a currency (a rate per minute, or a charge). """
    to: CallParticipant | Unset = UNSET
    """ A party of the call and how it is reached. """
    application_key: str | Unset = UNSET
    """ The key of the application the event is for. """
    duration: int | Unset = UNSET
    """ The duration of the call, in seconds. """
    from_: str | Unset = UNSET
    """ Who made the call (a number, a user name, or `private`). """
    call_headers: list[CallHeader] | Unset = UNSET
    """ The call headers, if the caller set any. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event = self.event

        callid = self.callid

        conference_id = self.conference_id

        timestamp = self.timestamp

        reason: str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        elif isinstance(self.reason, str):
            reason = self.reason
        else:
            reason = self.reason

        result: str | Unset
        if isinstance(self.result, Unset):
            result = UNSET
        elif isinstance(self.result, str):
            result = self.result
        else:
            result = self.result

        version = self.version

        custom = self.custom

        debit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.debit, Unset):
            debit = self.debit.to_dict()

        user_rate: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user_rate, Unset):
            user_rate = self.user_rate.to_dict()

        to: dict[str, Any] | Unset = UNSET
        if not isinstance(self.to, Unset):
            to = self.to.to_dict()

        application_key = self.application_key

        duration = self.duration

        from_ = self.from_

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
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if reason is not UNSET:
            field_dict["reason"] = reason
        if result is not UNSET:
            field_dict["result"] = result
        if version is not UNSET:
            field_dict["version"] = version
        if custom is not UNSET:
            field_dict["custom"] = custom
        if debit is not UNSET:
            field_dict["debit"] = debit
        if user_rate is not UNSET:
            field_dict["userRate"] = user_rate
        if to is not UNSET:
            field_dict["to"] = to
        if application_key is not UNSET:
            field_dict["applicationKey"] = application_key
        if duration is not UNSET:
            field_dict["duration"] = duration
        if from_ is not UNSET:
            field_dict["from"] = from_
        if call_headers is not UNSET:
            field_dict["callHeaders"] = call_headers

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        event = cast(Literal["dice"], d.pop("event"))
        if event != "dice":
            raise ValueError(f"event must match const 'dice', got '{event}'")

        callid = d.pop("callid", UNSET)

        conference_id = d.pop("conferenceId", UNSET)

        timestamp = d.pop("timestamp", UNSET)

        reason: DiceReason | str | Unset = d.pop("reason", UNSET)

        result: DiceResult | str | Unset = d.pop("result", UNSET)

        version = d.pop("version", UNSET)

        custom = d.pop("custom", UNSET)

        _debit = d.pop("debit", UNSET)
        debit: Money | Unset
        if isinstance(_debit, Unset):
            debit = UNSET
        else:
            debit = Money.from_dict(_debit)

        _user_rate = d.pop("userRate", UNSET)
        user_rate: Money | Unset
        if isinstance(_user_rate, Unset):
            user_rate = UNSET
        else:
            user_rate = Money.from_dict(_user_rate)

        _to = d.pop("to", UNSET)
        to: CallParticipant | Unset
        if isinstance(_to, Unset):
            to = UNSET
        else:
            to = CallParticipant.from_dict(_to)

        application_key = d.pop("applicationKey", UNSET)

        duration = d.pop("duration", UNSET)

        from_ = d.pop("from", UNSET)

        _call_headers = d.pop("callHeaders", UNSET)
        call_headers: list[CallHeader] | Unset = UNSET
        if _call_headers is not UNSET:
            call_headers = []
            for componentsschemas_call_header_list_item_data in _call_headers:
                componentsschemas_call_header_list_item = CallHeader.from_dict(
                    componentsschemas_call_header_list_item_data
                )

                call_headers.append(componentsschemas_call_header_list_item)

        dice_event = cls(
            event=event,
            callid=callid,
            conference_id=conference_id,
            timestamp=timestamp,
            reason=reason,
            result=result,
            version=version,
            custom=custom,
            debit=debit,
            user_rate=user_rate,
            to=to,
            application_key=application_key,
            duration=duration,
            from_=from_,
            call_headers=call_headers,
        )

        dice_event.additional_properties = d
        return dice_event

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
