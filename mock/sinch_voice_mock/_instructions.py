"""SVAML instructions on a simulated call: what the caller hears and what is recorded.

`say` and `playFiles` are heard (`_prompts`); `setCookie` is kept in the outcome; `sendDtmf` and
`answer` are written in the transcript; `startRecording` runs a recording until `stopRecording`
or the end of the call, which posts a notify of type `recording_finished` when the recording's
options ask for notification events (the published description's `notificationEvents`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._svaml_player import Player


def carry_out(player: Player, instruction: dict[str, Any]) -> None:
    """Carry out one SVAML instruction on the player's call."""
    name = instruction.get("name")
    if name == "say":
        player.hear(f"#tts[{instruction.get('text', '')}]")
    elif name == "playFiles":
        for file_id in instruction.get("ids") or []:
            player.hear(str(file_id))
    elif name == "setCookie":
        player.out.cookies[str(instruction.get("key"))] = str(instruction.get("value"))
        player.out.note(
            player.now, "cookie", f"{instruction.get('key')}={instruction.get('value')}"
        )
    elif name == "sendDtmf":
        player.out.note(player.now, "dtmf", f"sent {instruction.get('value')}")
    elif name == "answer":
        player.answered = True
        player.out.note(player.now, "answered", "the call is answered")
    elif name == "startRecording":
        player.recording = dict(instruction.get("options") or {})
        player.out.note(player.now, "recording", "started")
    elif name == "stopRecording":
        finish_recording(player)


def finish_recording(player: Player) -> None:
    """End the recording, if one runs: a notify (`recording_finished`) when its options
    ask for notification events (the published description's `notificationEvents`)."""
    options, player.recording = player.recording, None
    if options is None:
        return
    player.out.note(player.now, "recording", "finished")
    if options.get("notificationEvents"):
        destination = str(options.get("destinationUrl", ""))
        player.post("notify", {"type": "recording_finished", "destination": destination})
