"""Behaviour, not only shape: every field of every write request does what the spec says.

Schemathesis checks that answers have the documented shape, and the stateful run that writes
read back; a server can pass both while ignoring a request field (always assigning `voice`,
reading a field under an old name, clearing a URL that was left out). Here each request field
of each write operation gets a scenario in which it matters, checked by reading the state back
through the API: the field's values come from the spec (the Capability enum, the properties of
the callback URLs), so a field the spec adds or renames is exercised, or fails loudly here.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
import yaml

from contract_tests.conftest import SPEC_PATH
from sinch_voice.api.callbacks import get_callback_urls, update_callback_urls
from sinch_voice.api.numbers import get_numbers, unassign_number, update_numbers
from sinch_voice.client import Client
from sinch_voice.models import (
    AssignNumbersRequest,
    CallbackConfiguration,
    CallbackUrls,
    OwnedNumberList,
    UnassignNumberRequest,
    UpdateCallbackUrlsRequest,
)
from sinch_voice.types import Unset
from sinch_voice_mock import (
    DEFAULT_NUMBERS,
    DEMO_APPLICATION_KEY,
    DEMO_APPLICATION_SECRET,
    EXAMPLE_APPLICATION_KEY,
    MockServer,
)
from sinch_voice_toolkit import connect

SPEC = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))
SCHEMAS = SPEC["components"]["schemas"]
CAPABILITIES: list[str] = SCHEMAS["Capability"]["enum"]
URL_FIELDS: list[str] = list(SCHEMAS["CallbackUrls"]["properties"])
# A number of the mock's default world that has every capability.
EVERY_CAPABILITY = next(n for n, caps in DEFAULT_NUMBERS.items() if set(caps) >= set(CAPABILITIES))


@pytest.fixture
def client(mock_server: MockServer) -> Iterator[Client]:
    mock_server.reset()
    with connect(DEMO_APPLICATION_KEY, DEMO_APPLICATION_SECRET, base_url=mock_server.url) as c:
        yield c


def held(client: Client) -> dict[tuple[str, str], str]:
    """(number, capability) -> the application it is assigned to, as the API lists them."""
    listed = get_numbers.sync(client=client)
    assert isinstance(listed, OwnedNumberList) and isinstance(listed.numbers, list)
    return {
        (item.number, str(item.capability)): item.applicationkey
        for item in listed.numbers
        if isinstance(item.applicationkey, str) and not isinstance(item.capability, Unset)
    }


def assign(client: Client, capability: str, application: str | None = None) -> None:
    body = AssignNumbersRequest(numbers=[EVERY_CAPABILITY], capability=capability)  # type: ignore[arg-type]
    if application is not None:
        body.applicationkey = application
    update_numbers.sync_detailed(client=client, body=body)


def urls(client: Client) -> dict[str, Any]:
    stored = get_callback_urls.sync(DEMO_APPLICATION_KEY, client=client)
    assert isinstance(stored, CallbackConfiguration) and not isinstance(stored.url, Unset)
    assert stored.url is not None
    return {name: getattr(stored.url, name) for name in URL_FIELDS}


@pytest.mark.parametrize("capability", CAPABILITIES)
def test_assign_assigns_the_capability_asked_for_and_only_it(
    client: Client, capability: str
) -> None:
    assign(client, capability)
    state = held(client)
    assert state.get((EVERY_CAPABILITY, capability)) == DEMO_APPLICATION_KEY
    for other in set(CAPABILITIES) - {capability}:
        assert (EVERY_CAPABILITY, other) not in state, f"{other} was assigned too"


def test_assign_assigns_to_the_application_named(client: Client) -> None:
    assign(client, CAPABILITIES[0], application=EXAMPLE_APPLICATION_KEY)
    assert held(client)[(EVERY_CAPABILITY, CAPABILITIES[0])] == EXAMPLE_APPLICATION_KEY


@pytest.mark.parametrize("capability", CAPABILITIES)
def test_unassign_with_a_capability_keeps_the_others(client: Client, capability: str) -> None:
    for each in CAPABILITIES:
        assign(client, each)
    body = UnassignNumberRequest(number=EVERY_CAPABILITY, capability=capability)  # type: ignore[arg-type]
    assert unassign_number.sync_detailed(client=client, body=body).status_code == 204
    state = held(client)
    assert (EVERY_CAPABILITY, capability) not in state
    for other in set(CAPABILITIES) - {capability}:
        assert state.get((EVERY_CAPABILITY, other)) == DEMO_APPLICATION_KEY, f"{other} was lost"


def test_unassign_without_a_capability_releases_every_one(client: Client) -> None:
    for each in CAPABILITIES:
        assign(client, each)
    body = UnassignNumberRequest(number=EVERY_CAPABILITY)
    assert unassign_number.sync_detailed(client=client, body=body).status_code == 204
    assert not [key for key in held(client) if key[0] == EVERY_CAPABILITY]


@pytest.mark.parametrize("given", URL_FIELDS)
def test_a_callback_url_is_stored_and_one_left_out_is_kept(client: Client, given: str) -> None:
    first = {name: f"https://{name}.example.com/first" for name in URL_FIELDS}
    body = UpdateCallbackUrlsRequest(url=CallbackUrls(**first))
    assert update_callback_urls.sync_detailed(DEMO_APPLICATION_KEY, client=client, body=body)
    assert urls(client) == first
    changed = {given: f"https://{given}.example.com/second"}
    body = UpdateCallbackUrlsRequest(url=CallbackUrls(**changed))
    update_callback_urls.sync_detailed(DEMO_APPLICATION_KEY, client=client, body=body)
    assert urls(client) == {**first, **changed}
