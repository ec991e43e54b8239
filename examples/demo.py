"""Every operation against the local mock, with signed requests, in under a second.

Run it with `make demo`. It starts the mock on a free loopback port, manages numbers and
callback URLs of the mock's demo application through `VoiceClient`, reads a call, prints what
it saw, and stops the mock. No Sinch credentials are needed.
"""

from __future__ import annotations

from sinch_voice_mock import DEMO_APPLICATION_KEY, DEMO_APPLICATION_SECRET, MockServer
from sinch_voice_toolkit import SinchError, VoiceClient

TO_ASSIGN = ["+14155550100", "+46730170101"]
TO_QUERY = "+46730170101"
PRIMARY = "https://example.com/sinch/primary"
FALLBACK = "https://example.com/sinch/fallback"
CALL_ID = "4398599d1ba84ef3bde0a82dfb61abed"  # the call the mock's world holds from the start


def show_numbers(voice: VoiceClient, title: str) -> None:
    print(f"\n{title}")
    print(f"  {'number':<18}{'capability':<12}application")
    for owned in voice.get_numbers():
        print(f"  {owned.number:<18}{owned.capability or '-':<12}{owned.applicationkey or '-'}")


def run(voice: VoiceClient) -> None:
    show_numbers(voice, "1. Numbers owned by the project")

    voice.assign_numbers(TO_ASSIGN, capability="voice")
    print(f"\n2. Assigned {', '.join(TO_ASSIGN)} for voice")
    show_numbers(voice, "3. Numbers after assigning")

    voice.update_callback_urls(primary=PRIMARY, fallback=FALLBACK)
    print("\n4. Set the callback URLs")
    urls = voice.get_callback_urls()
    print(f"5. Callback URLs read back: primary={urls.primary}  fallback={urls.fallback}")

    info = voice.query_number(TO_QUERY)
    rate = f"{info.rate.amount} {info.rate.currency_id}/min" if info.rate else "unknown"
    print(f"6. Query {TO_QUERY}: country {info.country_id}, type {info.number_type}, rate {rate}")

    voice.unassign_number(TO_ASSIGN[0])
    print(f"\n7. Un-assigned {TO_ASSIGN[0]}")
    show_numbers(voice, "8. Numbers at the end")

    call = voice.get_call_result(CALL_ID)
    caller = call.from_.endpoint if call.from_ else "-"
    print(
        f"\n9. Call {CALL_ID}: from {caller}, {call.status}, {call.result} after {call.duration} s"
    )


def main() -> None:
    with MockServer() as mock:
        print(f"Local Sinch Voice mock at {mock.url} (application {DEMO_APPLICATION_KEY})")
        try:
            with VoiceClient(
                DEMO_APPLICATION_KEY, DEMO_APPLICATION_SECRET, base_url=mock.url
            ) as voice:
                run(voice)
        except SinchError as error:
            raise SystemExit(f"demo stopped: {error}") from None
        except KeyboardInterrupt:
            raise SystemExit("\ndemo interrupted; the mock has stopped") from None
    print("\nEvery operation done with signed requests; the mock has stopped.")


if __name__ == "__main__":
    main()
