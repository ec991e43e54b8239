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

T = TypeVar("T", bound="SendDtmfInstruction")


@_attrs_define
class SendDtmfInstruction:
    """Send DTMF tones (ICE and PIE).

    Example:
        {'name': 'sendDtmf', 'value': 'ww123#'}

    """

    value: str
    """ The tones (`0-9`, `#`, `w` = 500 ms pause). """
    name: Literal["sendDtmf"] = "sendDtmf"

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        value = self.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = cast(Literal["sendDtmf"], d.pop("name"))
        if name != "sendDtmf":
            raise ValueError(f"name must match const 'sendDtmf', got '{name}'")

        value = d.pop("value")

        send_dtmf_instruction = cls(
            name=name,
            value=value,
        )

        return send_dtmf_instruction
