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

T = TypeVar("T", bound="RunMenuAction")


@_attrs_define
class RunMenuAction:
    """Play a menu and collect the caller's answer, reported in a PIE.

    Example:
        {'name': 'runMenu', 'barge': True, 'locale': 'en-US', 'mainMenu': 'main', 'enableVoice': False, 'menus': [{'id':
            'main', 'mainPrompt': '#tts[Press 1 for sales, 2 for support.]', 'repeatPrompt': '#tts[Please try again.]',
            'repeats': 2, 'maxDigits': 1, 'timeoutMills': 5000, 'options': [{'dtmf': '1', 'action': 'return(sales)'},
            {'dtmf': '2', 'action': 'return(support)'}]}]}

    """

    menus: list[Menu]
    """ The menus. """
    name: Literal["runMenu"] = "runMenu"
    barge: bool | Unset = UNSET
    """ Whether the caller may answer before a prompt has finished. """
    locale: str | Unset = UNSET
    """ The locale of text-to-speech prompts. """
    main_menu: str | Unset = UNSET
    """ The ID of the menu to start with (default `main`). """
    enable_voice: bool | Unset = UNSET
    """ Whether the caller may answer by voice. """

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        menus = []
        for menus_item_data in self.menus:
            menus_item = menus_item_data.to_dict()
            menus.append(menus_item)

        barge = self.barge

        locale = self.locale

        main_menu = self.main_menu

        enable_voice = self.enable_voice

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "menus": menus,
            }
        )
        if barge is not UNSET:
            field_dict["barge"] = barge
        if locale is not UNSET:
            field_dict["locale"] = locale
        if main_menu is not UNSET:
            field_dict["mainMenu"] = main_menu
        if enable_voice is not UNSET:
            field_dict["enableVoice"] = enable_voice

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = cast(Literal["runMenu"], d.pop("name"))
        if name != "runMenu":
            raise ValueError(f"name must match const 'runMenu', got '{name}'")

        menus = []
        _menus = d.pop("menus")
        for menus_item_data in _menus:
            menus_item = Menu.from_dict(menus_item_data)

            menus.append(menus_item)

        barge = d.pop("barge", UNSET)

        locale = d.pop("locale", UNSET)

        main_menu = d.pop("mainMenu", UNSET)

        enable_voice = d.pop("enableVoice", UNSET)

        run_menu_action = cls(
            name=name,
            menus=menus,
            barge=barge,
            locale=locale,
            main_menu=main_menu,
            enable_voice=enable_voice,
        )

        return run_menu_action


# The models this one refers to, imported after its class: they may refer back to it.
from ..models.menu import Menu
