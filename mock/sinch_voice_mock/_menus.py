"""A `runMenu` action played to its result, as Sinch's SVAML pages describe it.

The menu named `mainMenu` (default `main`, else the first) plays its `mainPrompt`; the caller's
next `press` step answers it. An option's `return(value)` ends the menu with a `return` result,
`menu(id)` moves to that menu; keys that match no option are a `sequence` result when the menu
collects more than one digit (`maxDigits`), else the `repeatPrompt` plays and the caller may try
again, `repeats` times (default 2, the mock's choice: Sinch does not say). A caller who presses
nothing within `timeoutMills` (default 5000, as in Sinch's examples) hears the repeat prompt the
same way; when the repeats run out the result is `timeout` (or `invalidinput` when the last try
was a wrong key), with an empty value.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._svaml_player import Player

DEFAULT_MENU_TIMEOUT_MILLS = 5000
DEFAULT_REPEATS = 2
_MENU_ACTION = re.compile(r"(return|menu)\((.*)\)\Z")


def play_menu(player: Player, action: dict[str, Any]) -> tuple[str, str, str]:
    """Play `action` on the player's call: the result's (menu ID, type, value)."""
    menus = {str(menu.get("id")): menu for menu in action.get("menus") or []}
    menu = menus.get(str(action.get("mainMenu") or "main")) or next(iter(menus.values()))
    failure = "timeout"
    attempt = 0
    while attempt <= int(menu.get("repeats", DEFAULT_REPEATS)):
        prompt = menu.get("mainPrompt") if attempt == 0 else menu.get("repeatPrompt")
        player.hear(prompt or menu.get("mainPrompt") or "")
        attempt += 1
        timeout = int(menu.get("timeoutMills", DEFAULT_MENU_TIMEOUT_MILLS)) / 1000
        step = player.steps[0] if player.steps and player.steps[0].stay is None else None
        if step is not None:
            player.steps.pop(0)
        if step is None or step.press is None or step.after > timeout:
            player.now += timeout
            player.out.note(player.now, "menu", f"{menu.get('id')}: no answer in {timeout:g} s")
            failure = "timeout"
            continue
        player.now += step.after
        player.out.note(player.now, "pressed", step.press)
        options = {str(o.get("dtmf")): str(o.get("action")) for o in menu.get("options") or []}
        chosen = _MENU_ACTION.match(options.get(step.press, ""))
        if chosen and chosen.group(1) == "menu" and chosen.group(2) in menus:
            menu, attempt = menus[chosen.group(2)], 0
        elif chosen:
            return str(menu.get("id")), "return", chosen.group(2)
        elif int(menu.get("maxDigits", 1)) > 1:
            return str(menu.get("id")), "sequence", step.press
        else:
            player.out.note(player.now, "menu", f"{menu.get('id')}: {step.press} is no option")
            failure = "invalidinput"
    return str(menu.get("id")), failure, ""
