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

T = TypeVar("T", bound="ConnectSipAction")


@_attrs_define
class ConnectSipAction:
    """Connect the call to a SIP server (ICE and PIE).

    Example:
        {'name': 'connectSip', 'destination': {'type': 'sip', 'endpoint': 'alice@sip.example.com'}, 'maxDuration': 3000,
            'cli': '+46708168731', 'transport': 'TLS', 'suppressCallbacks': False, 'callHeaders': [{'key': 'X-Customer',
            'value': '42'}], 'moh': 'music2'}

    """

    destination: SvamlDestination
    """ Where to connect a call. """
    name: Literal["connectSip"] = "connectSip"
    max_duration: int | Unset = UNSET
    """ The longest the call may last, in seconds (at most 14400). """
    cli: str | Unset = UNSET
    """ The caller ID to show the callee. """
    transport: str | Unset = UNSET
    """ The SIP transport (`UDP`, the default, `TCP` or `TLS`, either case). """
    suppress_callbacks: bool | Unset = UNSET
    """ Whether to send no ACE and DiCE for the call. """
    call_headers: list[SvamlCallHeader] | Unset = UNSET
    """ Private SIP headers to send with the call. """
    moh: MusicOnHold | Unset = UNSET
    """ Music on hold. """

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        destination = self.destination.to_dict()

        max_duration = self.max_duration

        cli = self.cli

        transport = self.transport

        suppress_callbacks = self.suppress_callbacks

        call_headers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.call_headers, Unset):
            call_headers = []
            for call_headers_item_data in self.call_headers:
                call_headers_item = call_headers_item_data.to_dict()
                call_headers.append(call_headers_item)

        moh: str | Unset = UNSET
        if not isinstance(self.moh, Unset):
            moh = self.moh

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "destination": destination,
            }
        )
        if max_duration is not UNSET:
            field_dict["maxDuration"] = max_duration
        if cli is not UNSET:
            field_dict["cli"] = cli
        if transport is not UNSET:
            field_dict["transport"] = transport
        if suppress_callbacks is not UNSET:
            field_dict["suppressCallbacks"] = suppress_callbacks
        if call_headers is not UNSET:
            field_dict["callHeaders"] = call_headers
        if moh is not UNSET:
            field_dict["moh"] = moh

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = cast(Literal["connectSip"], d.pop("name"))
        if name != "connectSip":
            raise ValueError(f"name must match const 'connectSip', got '{name}'")

        destination = SvamlDestination.from_dict(d.pop("destination"))

        max_duration = d.pop("maxDuration", UNSET)

        cli = d.pop("cli", UNSET)

        transport = d.pop("transport", UNSET)

        suppress_callbacks = d.pop("suppressCallbacks", UNSET)

        _call_headers = d.pop("callHeaders", UNSET)
        call_headers: list[SvamlCallHeader] | Unset = UNSET
        if _call_headers is not UNSET:
            call_headers = []
            for call_headers_item_data in _call_headers:
                call_headers_item = SvamlCallHeader.from_dict(call_headers_item_data)

                call_headers.append(call_headers_item)

        _moh = d.pop("moh", UNSET)
        moh: MusicOnHold | Unset
        if isinstance(_moh, Unset):
            moh = UNSET
        else:
            moh = check_music_on_hold(_moh)

        connect_sip_action = cls(
            name=name,
            destination=destination,
            max_duration=max_duration,
            cli=cli,
            transport=transport,
            suppress_callbacks=suppress_callbacks,
            call_headers=call_headers,
            moh=moh,
        )

        return connect_sip_action


# The models this one refers to, imported after its class: they may refer back to it.
from ..models.svaml_call_header import SvamlCallHeader
from ..models.svaml_destination import SvamlDestination
