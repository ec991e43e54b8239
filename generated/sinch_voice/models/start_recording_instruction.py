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

T = TypeVar("T", bound="StartRecordingInstruction")


@_attrs_define
class StartRecordingInstruction:
    """Start recording the call.

    Example:
        {'name': 'startRecording', 'options': {'destinationUrl': 's3://recordings-bucket/calls', 'credentials':
            'AKIAEXAMPLE:secretkey:eu-west-1', 'format': 'mp3', 'notificationEvents': True}}

    """

    name: Literal["startRecording"] = "startRecording"
    options: RecordingOptions | Unset = UNSET
    """ Where and how to record. """

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = self.options.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
            }
        )
        if options is not UNSET:
            field_dict["options"] = options

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = cast(Literal["startRecording"], d.pop("name"))
        if name != "startRecording":
            raise ValueError(f"name must match const 'startRecording', got '{name}'")

        _options = d.pop("options", UNSET)
        options: RecordingOptions | Unset
        if isinstance(_options, Unset):
            options = UNSET
        else:
            options = RecordingOptions.from_dict(_options)

        start_recording_instruction = cls(
            name=name,
            options=options,
        )

        return start_recording_instruction


# The models this one refers to, imported after its class: they may refer back to it.
from ..models.recording_options import RecordingOptions
