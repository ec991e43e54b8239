"""A call waiting: connected, in a conference or parked, until something ends the wait.

The caller's next `stay` step (60 s when the scenario has none) passes in virtual time, or a
park's `maxDuration` when it is shorter (the call then ends with reason TIMEOUT). With
`api_wait`, the call first watches the API for that many real seconds, until the test is done
acting (`released`): a call the API ended (kick, hang up), an `updateCall` (its SVAML obeyed:
`continue` unparks, `hangup` ends), and mute or hold changes are written in the transcript.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from ._calls import FINAL
from ._scenario import DEFAULT_STAY

if TYPE_CHECKING:
    from ._svaml_player import Player

API_POLL_SECONDS = 0.005


def wait(player: Player, state: str, limit: float | None = None) -> None:
    """Stay `state` until the caller leaves, the API ends or changes the call, or
    `limit` seconds (a park's maxDuration) pass."""
    stay = player.steps.pop(0).stay if player.steps and player.steps[0].stay is not None else None
    stay = DEFAULT_STAY if stay is None else stay
    if player.api_wait > 0 and not player.released.is_set() and watch_api(player, state):
        return
    if limit is not None and limit < stay:
        player.now += limit
        player.end("TIMEOUT")
    else:
        player.now += stay
        player.end("CALLERHANGUP")


def watch_api(player: Player, state: str) -> bool:
    """Wait (real time) for the API to act on the call; True when it did."""
    deadline = time.monotonic() + player.api_wait
    updates_before = len(player.call.svaml)  # updateCall bodies the call has had
    flags_seen = (player.call.muted, player.call.onhold)
    while True:  # what the API did is seen even when the test is done acting
        with player.lock:
            status, svaml = player.call.status, player.call.svaml[updates_before:]
            flags = (player.call.muted, player.call.onhold)
        if flags != flags_seen:
            player.out.note(player.now, "api", f"muted={flags[0]} onhold={flags[1]}")
            flags_seen = flags
        if status == FINAL:
            player.out.note(player.now, "api", f"ended the call ({player.call.reason})")
            player.end(player.call.reason, player.call.result)
            return True
        if svaml:
            player.out.note(player.now, "api", f"updateCall while {state}")
            with player.lock:
                player.call.parked = False
            player.obey(svaml[-1])
            return True
        if player.released.is_set() or time.monotonic() > deadline:
            return False
        time.sleep(API_POLL_SECONDS)
