from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="SvamlDestination")


@_attrs_define
class SvamlDestination:
    """Where to connect a call.

    Example:
        {'type': 'number', 'endpoint': '+46730170101'}

    """

    type_: str
    """ The kind of endpoint (`number`, `username`, `sip`, `Websocket`, ...). """
    endpoint: str
    """ The number, user name, SIP address or WebSocket URL. """

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
        type_ = d.pop("type")

        endpoint = d.pop("endpoint")

        svaml_destination = cls(
            type_=type_,
            endpoint=endpoint,
        )

        return svaml_destination
