"""All six operations against the local mock, with signed requests, in under a second.

Run it with `make demo`. It starts the mock on a free loopback port, manages numbers and
callback URLs of the mock's demo application through `connect()`, prints what it saw, and
stops the mock. No Sinch credentials are needed.
"""

from __future__ import annotations

from typing import Any

from sinch_voice.api.callbacks import get_callback_urls, update_callback_urls
from sinch_voice.api.numbers import get_numbers, unassign_number, update_numbers
from sinch_voice.api.query import query_number
from sinch_voice.client import Client
from sinch_voice.models import (
    AssignNumbersRequest,
    CallbackConfiguration,
    CallbackUrls,
    ErrorResponse,
    OwnedNumberList,
    QueryNumberResponse,
    UnassignNumberRequest,
    UpdateCallbackUrlsRequest,
)
from sinch_voice.types import UNSET, Response
from sinch_voice_mock import DEMO_APPLICATION_KEY, DEMO_APPLICATION_SECRET, MockServer
from sinch_voice_toolkit import connect

TO_ASSIGN = ["+14155550100", "+46730170101"]
TO_QUERY = "+46730170101"
PRIMARY = "https://example.com/sinch/primary"
FALLBACK = "https://example.com/sinch/fallback"


def expect(result: object, kind: type) -> object:
    """Stop with Sinch's own words if an operation answered an error."""
    if isinstance(result, ErrorResponse):
        raise SystemExit(f"Sinch error {result.error_code}: {result.message}")
    if not isinstance(result, kind):
        raise SystemExit(f"unexpected answer: {result!r}")
    return result


def check_write(response: Response[Any]) -> int:
    """Writes answer 204 (or 200 with `{}`); anything else stops the demo with Sinch's words."""
    if response.status_code not in (200, 204):
        expect(response.parsed, type(None))
    return int(response.status_code)


def show_numbers(client: Client, title: str) -> None:
    listed = expect(get_numbers.sync(client=client), OwnedNumberList)
    assert isinstance(listed, OwnedNumberList)
    print(f"\n{title}")
    print(f"  {'number':<18}{'capability':<12}application")
    for item in listed.numbers:
        capability = getattr(item.capability, "value", item.capability)
        app = "-" if item.applicationkey is UNSET else item.applicationkey
        print(f"  {item.number:<18}{capability:<12}{app}")


def run(client: Client) -> None:
    show_numbers(client, "1. Numbers owned by the project")

    body = AssignNumbersRequest(numbers=TO_ASSIGN, capability="voice")
    status = check_write(update_numbers.sync_detailed(client=client, body=body))
    print(f"\n2. Assign {', '.join(TO_ASSIGN)} for voice -> HTTP {status}")
    show_numbers(client, "3. Numbers after assigning")

    urls = UpdateCallbackUrlsRequest(url=CallbackUrls(primary=PRIMARY, fallback=FALLBACK))
    status = check_write(
        update_callback_urls.sync_detailed(DEMO_APPLICATION_KEY, client=client, body=urls)
    )
    print(f"\n4. Set callback URLs -> HTTP {status}")
    stored = expect(
        get_callback_urls.sync(DEMO_APPLICATION_KEY, client=client), CallbackConfiguration
    )
    assert isinstance(stored, CallbackConfiguration)
    print(
        f"5. Callback URLs read back: primary={stored.url.primary}  fallback={stored.url.fallback}"
    )

    answer = expect(query_number.sync(TO_QUERY, client=client), QueryNumberResponse)
    assert isinstance(answer, QueryNumberResponse)
    info = answer.number if answer.number is not UNSET else answer.number_item
    kind = getattr(info.number_type, "value", info.number_type)
    rate = f"{info.rate.amount} {info.rate.currency_id}/min"
    print(f"6. Query {TO_QUERY}: country {info.country_id}, type {kind}, rate {rate}")

    status = check_write(
        unassign_number.sync_detailed(
            client=client, body=UnassignNumberRequest(number=TO_ASSIGN[0])
        )
    )
    print(f"\n7. Un-assign {TO_ASSIGN[0]} -> HTTP {status}")
    show_numbers(client, "8. Numbers at the end")


def main() -> None:
    with MockServer() as mock:
        print(f"Local Sinch Voice mock at {mock.url} (application {DEMO_APPLICATION_KEY})")
        with connect(DEMO_APPLICATION_KEY, DEMO_APPLICATION_SECRET, base_url=mock.url) as client:
            run(client)
    print("\nAll six operations done with signed requests; the mock has stopped.")


if __name__ == "__main__":
    main()
