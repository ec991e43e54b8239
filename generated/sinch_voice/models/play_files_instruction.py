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

T = TypeVar("T", bound="PlayFilesInstruction")


@_attrs_define
class PlayFilesInstruction:
    """Play files, text-to-speech (`#tts[...]`) or SSML (`#ssml[...]`) to the caller.

    Example:
        {'name': 'playFiles', 'ids': ['#tts[Welcome]'], 'locale': 'en-US'}

    """

    ids: list[str]
    """ The files' IDs or URLs, or `#tts[...]`/`#ssml[...]` prompts. """
    name: Literal["playFiles"] = "playFiles"
    locale: str | Unset = UNSET
    """ The voice and language of text-to-speech prompts. """

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        ids = self.ids

        locale = self.locale

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "ids": ids,
            }
        )
        if locale is not UNSET:
            field_dict["locale"] = locale

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = cast(Literal["playFiles"], d.pop("name"))
        if name != "playFiles":
            raise ValueError(f"name must match const 'playFiles', got '{name}'")

        ids = cast(list[str], d.pop("ids"))

        locale = d.pop("locale", UNSET)

        play_files_instruction = cls(
            name=name,
            ids=ids,
            locale=locale,
        )

        return play_files_instruction
