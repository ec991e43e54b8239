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

T = TypeVar("T", bound="StopRecordingInstruction")


@_attrs_define
class StopRecordingInstruction:
    """Stop recording the call (PIE only).

    Example:
        {'name': 'stopRecording'}

    """

    name: Literal["stopRecording"] = "stopRecording"

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = cast(Literal["stopRecording"], d.pop("name"))
        if name != "stopRecording":
            raise ValueError(f"name must match const 'stopRecording', got '{name}'")

        stop_recording_instruction = cls(
            name=name,
        )

        return stop_recording_instruction
