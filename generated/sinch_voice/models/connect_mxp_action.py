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

from ..types import UNSET, Unset

T = TypeVar("T", bound="ConnectMxpAction")


@_attrs_define
class ConnectMxpAction:
    """Connect the call to an app or web (data) user (ICE only).

    Example:
        {'name': 'connectMxp', 'destination': {'type': 'username', 'endpoint': 'alice'}, 'callheaders': [{'key':
            'customer-id', 'value': '42'}]}

    """

    name: Literal["connectMxp"] = "connectMxp"
    destination: SvamlDestination | Unset = UNSET
    """ Where to connect a call. """
    callheaders: list[SvamlCallHeader] | Unset = UNSET
    """ Call headers for the callee's app (written `callheaders` on the wire). """

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        destination: dict[str, Any] | Unset = UNSET
        if not isinstance(self.destination, Unset):
            destination = self.destination.to_dict()

        callheaders: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.callheaders, Unset):
            callheaders = []
            for callheaders_item_data in self.callheaders:
                callheaders_item = callheaders_item_data.to_dict()
                callheaders.append(callheaders_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
            }
        )
        if destination is not UNSET:
            field_dict["destination"] = destination
        if callheaders is not UNSET:
            field_dict["callheaders"] = callheaders

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = cast(Literal["connectMxp"], d.pop("name"))
        if name != "connectMxp":
            raise ValueError(f"name must match const 'connectMxp', got '{name}'")

        _destination = d.pop("destination", UNSET)
        destination: SvamlDestination | Unset
        if isinstance(_destination, Unset):
            destination = UNSET
        else:
            destination = SvamlDestination.from_dict(_destination)

        _callheaders = d.pop("callheaders", UNSET)
        callheaders: list[SvamlCallHeader] | Unset = UNSET
        if _callheaders is not UNSET:
            callheaders = []
            for callheaders_item_data in _callheaders:
                callheaders_item = SvamlCallHeader.from_dict(callheaders_item_data)

                callheaders.append(callheaders_item)

        connect_mxp_action = cls(
            name=name,
            destination=destination,
            callheaders=callheaders,
        )

        return connect_mxp_action


# The models this one refers to, imported after its class: they may refer back to it.
from ..models.svaml_call_header import SvamlCallHeader
from ..models.svaml_destination import SvamlDestination
