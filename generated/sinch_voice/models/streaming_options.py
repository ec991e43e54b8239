from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="StreamingOptions")


@_attrs_define
class StreamingOptions:
    """How audio is streamed.

    Example:
        {'version': 1, 'sampleRate': 16000}

    """

    version: int | Unset = UNSET
    """ The streaming protocol's version. """
    sample_rate: int | Unset = UNSET
    """ The audio sample rate, in Hz. """

    def to_dict(self) -> dict[str, Any]:
        version = self.version

        sample_rate = self.sample_rate

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if version is not UNSET:
            field_dict["version"] = version
        if sample_rate is not UNSET:
            field_dict["sampleRate"] = sample_rate

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        version = d.pop("version", UNSET)

        sample_rate = d.pop("sampleRate", UNSET)

        streaming_options = cls(
            version=version,
            sample_rate=sample_rate,
        )

        return streaming_options
