from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.call_status import CallStatus
from ..models.dice_reason import DiceReason
from ..models.dice_result import DiceResult
from ..models.domain import Domain
from ..types import UNSET, Unset

T = TypeVar("T", bound="CallInformation")


@_attrs_define
class CallInformation:
    """A call as Sinch reports it. Every field may be absent; enumerations are open, and the
    timestamp is kept as sent (Sinch's own fixture sends one without a UTC offset).

        Example:
            {'from': {'type': 'number', 'endpoint': '+14151112223333'}, 'to': {'type': 'number', 'endpoint':
                '+46730170101'}, 'domain': 'pstn', 'callId': '4398599d1ba84ef3bde0a82dfb61abed', 'duration': 14, 'status':
                'FINAL', 'result': 'ANSWERED', 'reason': 'CALLERHANGUP', 'timestamp': '2024-01-08T09:48:12', 'custom':
                'customer-42', 'userRate': {'currencyId': 'USD', 'amount': 0.0883}, 'debit': {'currencyId': 'USD', 'amount':
                0.0883}}

    """

    from_: CallParticipant | Unset = UNSET
    """ A party of the call and how it is reached. """
    to: CallParticipant | Unset = UNSET
    """ A party of the call and how it is reached. """
    domain: Domain | str | Unset = UNSET
    """ The domain of the call, as sent: Sinch sends `pstn` and `PSTN`, `mxp` and `MXP`, so
    compare it case-insensitively. Any string is kept.
     """
    call_id: str | Unset = UNSET
    """ The unique ID of the call. """
    duration: int | Unset = UNSET
    """ How long the call lasted, in seconds. """
    status: CallStatus | str | Unset = UNSET
    """ Whether the call is going on (`ONGOING`) or over (`FINAL`). Any string is kept. """
    result: DiceResult | str | Unset = UNSET
    """ How the call ended. Any string is kept. """
    reason: DiceReason | str | Unset = UNSET
    """ Why the call ended. Any string is kept. """
    timestamp: str | Unset = UNSET
    """ When the call started, as sent: with a UTC offset or, as in Sinch's own fixture
    (`2024-01-08T09:48:12`), without one (read it as UTC).
     """
    custom: str | Unset = UNSET
    """ The custom data you attached to the call, if any. """
    user_rate: Money | Unset = UNSET
    """ An amount in a currency (a rate per minute, or a charge). """
    debit: Money | Unset = UNSET
    """ An amount in a currency (a rate per minute, or a charge). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.from_, Unset):
            from_ = self.from_.to_dict()

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

        call_id = self.call_id

        duration = self.duration

        status: str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, str):
            status = self.status
        else:
            status = self.status

        result: str | Unset
        if isinstance(self.result, Unset):
            result = UNSET
        elif isinstance(self.result, str):
            result = self.result
        else:
            result = self.result

        reason: str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        elif isinstance(self.reason, str):
            reason = self.reason
        else:
            reason = self.reason

        timestamp = self.timestamp

        custom = self.custom

        user_rate: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user_rate, Unset):
            user_rate = self.user_rate.to_dict()

        debit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.debit, Unset):
            debit = self.debit.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if from_ is not UNSET:
            field_dict["from"] = from_
        if to is not UNSET:
            field_dict["to"] = to
        if domain is not UNSET:
            field_dict["domain"] = domain
        if call_id is not UNSET:
            field_dict["callId"] = call_id
        if duration is not UNSET:
            field_dict["duration"] = duration
        if status is not UNSET:
            field_dict["status"] = status
        if result is not UNSET:
            field_dict["result"] = result
        if reason is not UNSET:
            field_dict["reason"] = reason
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if custom is not UNSET:
            field_dict["custom"] = custom
        if user_rate is not UNSET:
            field_dict["userRate"] = user_rate
        if debit is not UNSET:
            field_dict["debit"] = debit

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _from_ = d.pop("from", UNSET)
        from_: CallParticipant | Unset
        if isinstance(_from_, Unset):
            from_ = UNSET
        else:
            from_ = CallParticipant.from_dict(_from_)

        _to = d.pop("to", UNSET)
        to: CallParticipant | Unset
        if isinstance(_to, Unset):
            to = UNSET
        else:
            to = CallParticipant.from_dict(_to)

        domain: Domain | str | Unset = d.pop("domain", UNSET)

        call_id = d.pop("callId", UNSET)

        duration = d.pop("duration", UNSET)

        status: CallStatus | str | Unset = d.pop("status", UNSET)

        result: DiceResult | str | Unset = d.pop("result", UNSET)

        reason: DiceReason | str | Unset = d.pop("reason", UNSET)

        timestamp = d.pop("timestamp", UNSET)

        custom = d.pop("custom", UNSET)

        _user_rate = d.pop("userRate", UNSET)
        user_rate: Money | Unset
        if isinstance(_user_rate, Unset):
            user_rate = UNSET
        else:
            user_rate = Money.from_dict(_user_rate)

        _debit = d.pop("debit", UNSET)
        debit: Money | Unset
        if isinstance(_debit, Unset):
            debit = UNSET
        else:
            debit = Money.from_dict(_debit)

        call_information = cls(
            from_=from_,
            to=to,
            domain=domain,
            call_id=call_id,
            duration=duration,
            status=status,
            result=result,
            reason=reason,
            timestamp=timestamp,
            custom=custom,
            user_rate=user_rate,
            debit=debit,
        )

        call_information.additional_properties = d
        return call_information

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
from ..models.call_participant import CallParticipant
from ..models.money import Money
