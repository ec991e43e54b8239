from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="Menu")


@_attrs_define
class Menu:
    """One menu of a `runMenu` action.

    Example:
        {'id': 'main', 'mainPrompt': '#tts[Enter your PIN, then hash.]', 'maxDigits': 6, 'timeoutMills': 8000}

    """

    id: str
    """ The menu's ID (`main` for the first one by default). """
    main_prompt: str | Unset = UNSET
    """ The prompt played first (`#tts[...]`, `#ssml[...]` or file IDs). """
    repeat_prompt: str | Unset = UNSET
    """ The prompt played when the caller answers nothing valid. """
    repeats: int | Unset = UNSET
    """ How many times to repeat. """
    max_digits: int | Unset = UNSET
    """ The most digits to collect. """
    timeout_mills: int | Unset = UNSET
    """ How long to wait for an answer, in milliseconds. """
    max_timeout_mills: int | Unset = UNSET
    """ The longest to wait for the whole answer, in milliseconds. """
    options: list[MenuOption] | Unset = UNSET
    """ What each DTMF answer does. """

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        main_prompt = self.main_prompt

        repeat_prompt = self.repeat_prompt

        repeats = self.repeats

        max_digits = self.max_digits

        timeout_mills = self.timeout_mills

        max_timeout_mills = self.max_timeout_mills

        options: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = []
            for options_item_data in self.options:
                options_item = options_item_data.to_dict()
                options.append(options_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
            }
        )
        if main_prompt is not UNSET:
            field_dict["mainPrompt"] = main_prompt
        if repeat_prompt is not UNSET:
            field_dict["repeatPrompt"] = repeat_prompt
        if repeats is not UNSET:
            field_dict["repeats"] = repeats
        if max_digits is not UNSET:
            field_dict["maxDigits"] = max_digits
        if timeout_mills is not UNSET:
            field_dict["timeoutMills"] = timeout_mills
        if max_timeout_mills is not UNSET:
            field_dict["maxTimeoutMills"] = max_timeout_mills
        if options is not UNSET:
            field_dict["options"] = options

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        main_prompt = d.pop("mainPrompt", UNSET)

        repeat_prompt = d.pop("repeatPrompt", UNSET)

        repeats = d.pop("repeats", UNSET)

        max_digits = d.pop("maxDigits", UNSET)

        timeout_mills = d.pop("timeoutMills", UNSET)

        max_timeout_mills = d.pop("maxTimeoutMills", UNSET)

        _options = d.pop("options", UNSET)
        options: list[MenuOption] | Unset = UNSET
        if _options is not UNSET:
            options = []
            for options_item_data in _options:
                options_item = MenuOption.from_dict(options_item_data)

                options.append(options_item)

        menu = cls(
            id=id,
            main_prompt=main_prompt,
            repeat_prompt=repeat_prompt,
            repeats=repeats,
            max_digits=max_digits,
            timeout_mills=timeout_mills,
            max_timeout_mills=max_timeout_mills,
            options=options,
        )

        return menu


# The models this one refers to, imported after its class: they may refer back to it.
from ..models.menu_option import MenuOption
