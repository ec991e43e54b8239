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

T = TypeVar("T", bound="ParkAction")


@_attrs_define
class ParkAction:
    """Put the call on hold (ICE only).

    Example:
        {'name': 'park', 'locale': 'en-US', 'introPrompt': '#tts[Please hold.]', 'holdPrompt': '#tts[Still holding.]',
            'maxDuration': 180}

    """

    name: Literal["park"] = "park"
    locale: str | Unset = UNSET
    """ The locale of text-to-speech prompts. """
    intro_prompt: str | Unset = UNSET
    """ The prompt played once when the call is parked. """
    hold_prompt: str | Unset = UNSET
    """ The prompt played while the call waits. """
    max_duration: int | Unset = UNSET
    """ The longest the call may wait, in seconds. """

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        locale = self.locale

        intro_prompt = self.intro_prompt

        hold_prompt = self.hold_prompt

        max_duration = self.max_duration

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
            }
        )
        if locale is not UNSET:
            field_dict["locale"] = locale
        if intro_prompt is not UNSET:
            field_dict["introPrompt"] = intro_prompt
        if hold_prompt is not UNSET:
            field_dict["holdPrompt"] = hold_prompt
        if max_duration is not UNSET:
            field_dict["maxDuration"] = max_duration

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = cast(Literal["park"], d.pop("name"))
        if name != "park":
            raise ValueError(f"name must match const 'park', got '{name}'")

        locale = d.pop("locale", UNSET)

        intro_prompt = d.pop("introPrompt", UNSET)

        hold_prompt = d.pop("holdPrompt", UNSET)

        max_duration = d.pop("maxDuration", UNSET)

        park_action = cls(
            name=name,
            locale=locale,
            intro_prompt=intro_prompt,
            hold_prompt=hold_prompt,
            max_duration=max_duration,
        )

        return park_action
