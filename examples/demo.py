"""Every operation against the local mock, with signed requests, in about a second.

Run it with `make demo`. It starts the mock on a free loopback port and the example callback
receiver (`receive_starlette.py`) on another, manages numbers and callback URLs of the mock's
demo application through `VoiceClient`, places a call whose ACE and DiCE reach the receiver,
runs a conference, prints what it saw, and stops both. No Sinch credentials are needed.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from sinch_voice.models import AceEvent, ConferenceParticipant, DiceEvent
from sinch_voice_mock import (
    DEMO_APPLICATION_KEY,
    DEMO_APPLICATION_SECRET,
    MockServer,
    running_receiver,
)
from sinch_voice_toolkit import CallbackEvent, SinchError, VoiceClient

sys.path.insert(0, str(Path(__file__).resolve().parent))  # the receiver beside this file
from receive_starlette import CALLBACK_PATH, create_app

TO_ASSIGN = ["+14155550100", "+46730170101"]
TO_QUERY = "+46730170101"
FALLBACK = "https://example.com/sinch/fallback"
CALL_ID = "4398599d1ba84ef3bde0a82dfb61abed"  # the call the mock's world holds from the start
CALLEE, ANOTHER, CALLER_ID = "+46730170101", "+46730170102", "+46708168731"


def show_numbers(voice: VoiceClient, title: str) -> None:
    print(f"\n{title}")
    print(f"  {'number':<18}{'capability':<12}applicationkey")
    for owned in voice.applications.get_numbers():
        print(f"  {owned.number:<18}{owned.capability or '-':<12}{owned.applicationkey or '-'}")


def wait_for(received: list[CallbackEvent], kind: type, count: int = 1) -> None:
    """Until the receiver has `count` events of `kind` (a few seconds at most)."""
    deadline = time.monotonic() + 5
    while sum(isinstance(event, kind) for event in received) < count:
        if time.monotonic() > deadline:
            raise SystemExit(f"demo stopped: no {kind.__name__} reached the receiver")
        time.sleep(0.01)


def place_calls(voice: VoiceClient, received: list[CallbackEvent]) -> None:
    call_id = voice.callouts.tts(
        CALLEE, "Your code is 1 2 3 4", cli=CALLER_ID, enable_ace=True, enable_dice=True
    )
    print(f"\n10. Placed a text-to-speech call to {CALLEE}: {call_id}")
    wait_for(received, DiceEvent)
    for event in received:
        if isinstance(event, AceEvent | DiceEvent):
            outcome = f": {event.result}, {event.reason}" if isinstance(event, DiceEvent) else ""
            print(f"    the receiver got {type(event).__name__} for {event.callid}{outcome}")
    call = voice.calls.get(call_id)
    print(f"11. Read it back: {call.status}, {call.result}, {call.reason}")

    first = voice.callouts.conference(CALLEE, "demo-room", cli=CALLER_ID)
    second = voice.callouts.conference(ANOTHER, "demo-room", cli=CALLER_ID)
    deadline = time.monotonic() + 5
    while len(participants(voice)) < 2 and time.monotonic() < deadline:
        time.sleep(0.01)
    voice.conferences.mute("demo-room", first)
    shown = ", ".join(f"{p.cli}{' (muted)' if p.muted else ''}" for p in participants(voice))
    print(f"12. Conference demo-room: {shown}")
    voice.conferences.kick_all("demo-room")
    print(
        f"13. Kicked everyone: {voice.calls.get(second).status} ({voice.calls.get(second).reason})"
    )


def participants(voice: VoiceClient) -> list[ConferenceParticipant]:
    try:
        return list(voice.conferences.get("demo-room"))
    except SinchError:
        return []  # not started yet: a conference exists once someone has joined


def run(voice: VoiceClient, receiver_url: str, received: list[CallbackEvent]) -> None:
    show_numbers(voice, "1. Numbers owned by the project")

    voice.applications.assign_numbers(TO_ASSIGN, capability="voice")
    print(f"\n2. Assigned {', '.join(TO_ASSIGN)} for voice")
    show_numbers(voice, "3. Numbers after assigning")

    voice.applications.update_callback_urls(primary=receiver_url, fallback=FALLBACK)
    print("\n4. Set the callback URLs (the primary is the example receiver)")
    urls = voice.applications.get_callback_urls()
    print(f"5. Callback URLs read back: primary={urls.primary}  fallback={urls.fallback}")

    info = voice.applications.query_number(TO_QUERY)
    rate = f"{info.rate.amount} {info.rate.currency_id}/min" if info.rate else "unknown"
    print(f"6. Query {TO_QUERY}: country {info.country_id}, type {info.number_type}, rate {rate}")

    voice.applications.unassign_number(TO_ASSIGN[0])
    print(f"\n7. Un-assigned {TO_ASSIGN[0]}")
    show_numbers(voice, "8. Numbers at the end")

    call = voice.calls.get(CALL_ID)
    caller = call.from_.endpoint if call.from_ else "-"
    print(
        f"\n9. Call {CALL_ID}: from {caller}, {call.status}, {call.result} after {call.duration} s"
    )
    place_calls(voice, received)


def main() -> None:
    receiver = create_app(DEMO_APPLICATION_KEY, DEMO_APPLICATION_SECRET)
    with MockServer() as mock, running_receiver(receiver) as receiver_url:
        print(f"Local Sinch Voice mock at {mock.url} (application {DEMO_APPLICATION_KEY})")
        print(f"Example callback receiver at {receiver_url}{CALLBACK_PATH}")
        try:
            with VoiceClient(
                DEMO_APPLICATION_KEY, DEMO_APPLICATION_SECRET, base_url=mock.url
            ) as voice:
                run(voice, receiver_url + CALLBACK_PATH, receiver.state.received)
        except SinchError as error:
            raise SystemExit(f"demo stopped: {error}") from None
        except KeyboardInterrupt:
            raise SystemExit("\ndemo interrupted; the mock has stopped") from None
    print("\nEvery operation done with signed requests; the mock and the receiver have stopped.")


if __name__ == "__main__":
    main()
