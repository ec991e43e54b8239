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

T = TypeVar("T", bound="SipDestination")


@_attrs_define
class SipDestination:
    """A SIP address to call.

    Example:
        {'type': 'sip', 'endpoint': 'sip:alice@sip.example.com'}

    """

    endpoint: str
    """ The SIP address. """
    type_: Literal["sip"] = "sip"

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        endpoint = self.endpoint

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "endpoint": endpoint,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = cast(Literal["sip"], d.pop("type"))
        if type_ != "sip":
            raise ValueError(f"type must match const 'sip', got '{type_}'")

        endpoint = d.pop("endpoint")

        sip_destination = cls(
            type_=type_,
            endpoint=endpoint,
        )

        return sip_destination
