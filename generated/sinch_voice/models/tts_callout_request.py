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

T = TypeVar("T", bound="TtsCalloutRequest")


@_attrs_define
class TtsCalloutRequest:
    """A text-to-speech callout.

    Example:
        {'method': 'ttsCallout', 'ttsCallout': {'cli': '+14045001000', 'destination': {'type': 'number', 'endpoint':
            '+14045005000'}, 'locale': 'en-US', 'text': 'Hello, this is a call from Sinch.'}}

    """

    tts_callout: TtsCallout
    """ Call someone and read them a text (or play prompts). """
    method: Literal["ttsCallout"] = "ttsCallout"
    pop: str | Unset = UNSET
    """ Undocumented; Sinch's published custom callout example sends `"pop": "eu-central"`.
    Sent only when given.
     """

    def to_dict(self) -> dict[str, Any]:
        method = self.method

        tts_callout = self.tts_callout.to_dict()

        pop = self.pop

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "method": method,
                "ttsCallout": tts_callout,
            }
        )
        if pop is not UNSET:
            field_dict["pop"] = pop

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        method = cast(Literal["ttsCallout"], d.pop("method"))
        if method != "ttsCallout":
            raise ValueError(f"method must match const 'ttsCallout', got '{method}'")

        tts_callout = TtsCallout.from_dict(d.pop("ttsCallout"))

        pop = d.pop("pop", UNSET)

        tts_callout_request = cls(
            method=method,
            tts_callout=tts_callout,
            pop=pop,
        )

        return tts_callout_request


# The models this one refers to, imported after its class: they may refer back to it.
from ..models.tts_callout import TtsCallout
