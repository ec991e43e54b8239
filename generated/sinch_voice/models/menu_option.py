from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="MenuOption")


@_attrs_define
class MenuOption:
    """An answer of a menu and what it does.

    Example:
        {'dtmf': '1', 'action': 'return(sales)'}

    """

    dtmf: str
    """ The DTMF answer. """
    action: str
    """ What it does (`return(value)` or `menu(id)`). """

    def to_dict(self) -> dict[str, Any]:
        dtmf = self.dtmf

        action = self.action

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "dtmf": dtmf,
                "action": action,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        dtmf = d.pop("dtmf")

        action = d.pop("action")

        menu_option = cls(
            dtmf=dtmf,
            action=action,
        )

        return menu_option
