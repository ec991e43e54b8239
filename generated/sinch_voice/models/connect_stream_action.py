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

T = TypeVar("T", bound="ConnectStreamAction")


@_attrs_define
class ConnectStreamAction:
    """Connect the call to a WebSocket server (ICE only; closed beta at Sinch).

    Example:
        {'name': 'connectStream', 'destination': {'type': 'Websocket', 'endpoint': 'wss://stream.example.com/audio'},
            'streamingOptions': {'version': 1, 'sampleRate': 16000}, 'maxDuration': 600}

    """

    destination: SvamlDestination
    """ Where to connect a call. """
    name: Literal["connectStream"] = "connectStream"
    streaming_options: StreamingOptions | Unset = UNSET
    """ How audio is streamed. """
    max_duration: int | Unset = UNSET
    """ The longest the call may last, in seconds (at most 14400). """
    call_headers: list[SvamlCallHeader] | Unset = UNSET
    """ Headers to send when opening the stream. """

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        destination = self.destination.to_dict()

        streaming_options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.streaming_options, Unset):
            streaming_options = self.streaming_options.to_dict()

        max_duration = self.max_duration

        call_headers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.call_headers, Unset):
            call_headers = []
            for call_headers_item_data in self.call_headers:
                call_headers_item = call_headers_item_data.to_dict()
                call_headers.append(call_headers_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "destination": destination,
            }
        )
        if streaming_options is not UNSET:
            field_dict["streamingOptions"] = streaming_options
        if max_duration is not UNSET:
            field_dict["maxDuration"] = max_duration
        if call_headers is not UNSET:
            field_dict["callHeaders"] = call_headers

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = cast(Literal["connectStream"], d.pop("name"))
        if name != "connectStream":
            raise ValueError(f"name must match const 'connectStream', got '{name}'")

        destination = SvamlDestination.from_dict(d.pop("destination"))

        _streaming_options = d.pop("streamingOptions", UNSET)
        streaming_options: StreamingOptions | Unset
        if isinstance(_streaming_options, Unset):
            streaming_options = UNSET
        else:
            streaming_options = StreamingOptions.from_dict(_streaming_options)

        max_duration = d.pop("maxDuration", UNSET)

        _call_headers = d.pop("callHeaders", UNSET)
        call_headers: list[SvamlCallHeader] | Unset = UNSET
        if _call_headers is not UNSET:
            call_headers = []
            for call_headers_item_data in _call_headers:
                call_headers_item = SvamlCallHeader.from_dict(call_headers_item_data)

                call_headers.append(call_headers_item)

        connect_stream_action = cls(
            name=name,
            destination=destination,
            streaming_options=streaming_options,
            max_duration=max_duration,
            call_headers=call_headers,
        )

        return connect_stream_action


# The models this one refers to, imported after its class: they may refer back to it.
from ..models.streaming_options import StreamingOptions
from ..models.svaml_call_header import SvamlCallHeader
from ..models.svaml_destination import SvamlDestination
