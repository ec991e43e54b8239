from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="TranscriptionOptions")


@_attrs_define
class TranscriptionOptions:
    """Whether and how to transcribe a recording.

    Example:
        {'enabled': True, 'locale': 'en-US'}

    """

    enabled: bool | Unset = UNSET
    """ Whether to transcribe. """
    locale: str | Unset = UNSET
    """ The language of the transcription, as `en-US`. """

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        locale = self.locale

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if locale is not UNSET:
            field_dict["locale"] = locale

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        enabled = d.pop("enabled", UNSET)

        locale = d.pop("locale", UNSET)

        transcription_options = cls(
            enabled=enabled,
            locale=locale,
        )

        return transcription_options
