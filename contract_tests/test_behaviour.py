"""Behaviour, not only shape: every field of every write request does what the spec says.

Schemathesis checks that answers have the documented shape, and the stateful run that writes
read back; a server can pass both while ignoring a request field (always assigning `voice`,
reading a field under an old name, clearing a URL that was left out). Here each request field
of each write operation gets a scenario in which it matters, checked by reading the state back
through the API. The requests are built from the spec itself: the field names are found by
their schemas (the property that is a `Capability`, the list of `E164Number`s, ...) and the
values come from it (each capability, each callback URL), so when the spec renames a field the
scenarios send the new name, and a server still reading the old one fails here.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from contract_tests.spec_fields import SCHEMAS, field
from sinch_signing import ApplicationAuth
from sinch_voice_mock import (
    DEFAULT_NUMBERS,
    DEMO_APPLICATION_KEY,
    DEMO_APPLICATION_SECRET,
    EXAMPLE_APPLICATION_KEY,
    MockServer,
)

NUMBERS_PATH = "/v1/configuration/numbers"
CALLBACKS_PATH = f"/v1/configuration/callbacks/applications/{DEMO_APPLICATION_KEY}"

ASSIGN_NUMBERS = field("AssignNumbersRequest", items_of="E164Number")
ASSIGN_CAPABILITY = field("AssignNumbersRequest", "Capability")
ASSIGN_APPLICATION = field("AssignNumbersRequest", "ApplicationKey")
UNASSIGN_NUMBER = field("UnassignNumberRequest", "E164Number")
UNASSIGN_CAPABILITY = field("UnassignNumberRequest", "Capability")
URLS = field("UpdateCallbackUrlsRequest", "CallbackUrls")
URL_FIELDS: list[str] = list(SCHEMAS["CallbackUrls"]["properties"])
CAPABILITIES: list[str] = SCHEMAS["Capability"]["enum"]
# A number of the mock's default world that has every capability.
EVERY_CAPABILITY = next(n for n, caps in DEFAULT_NUMBERS.items() if set(caps) >= set(CAPABILITIES))


@pytest.fixture
def api(mock_server: MockServer) -> Iterator[httpx.Client]:
    """Signed requests to a freshly reset mock: bodies exactly as the tests build them."""
    mock_server.reset()
    auth = ApplicationAuth(DEMO_APPLICATION_KEY, DEMO_APPLICATION_SECRET)
    with httpx.Client(base_url=mock_server.url, auth=auth, timeout=10) as client:
        yield client


def write(api: httpx.Client, method: str, path: str, body: dict[str, Any]) -> None:
    answer = api.request(method, path, json=body)
    assert 200 <= answer.status_code < 300, (method, path, body, answer.text)


def held(api: httpx.Client) -> dict[tuple[str, str], str]:
    """(number, capability) -> the application it is assigned to, as the API lists them."""
    listed = api.get(NUMBERS_PATH).json()["numbers"]
    return {
        (item["number"], item.get("capability")): item["applicationkey"]
        for item in listed
        if item.get("applicationkey")
    }


def assign(api: httpx.Client, capability: str, application: str | None = None) -> None:
    body: dict[str, Any] = {ASSIGN_NUMBERS: [EVERY_CAPABILITY], ASSIGN_CAPABILITY: capability}
    if application is not None:
        body[ASSIGN_APPLICATION] = application
    write(api, "POST", NUMBERS_PATH, body)


def urls(api: httpx.Client) -> dict[str, Any]:
    stored = api.get(CALLBACKS_PATH).json().get("url") or {}
    return {name: stored.get(name) for name in URL_FIELDS}


@pytest.mark.parametrize("capability", CAPABILITIES)
def test_assign_assigns_the_capability_asked_for_and_only_it(
    api: httpx.Client, capability: str
) -> None:
    assign(api, capability)
    state = held(api)
    assert state.get((EVERY_CAPABILITY, capability)) == DEMO_APPLICATION_KEY
    for other in set(CAPABILITIES) - {capability}:
        assert (EVERY_CAPABILITY, other) not in state, f"{other} was assigned too"


def test_assign_assigns_to_the_application_named(api: httpx.Client) -> None:
    assign(api, CAPABILITIES[0], application=EXAMPLE_APPLICATION_KEY)
    assert held(api)[(EVERY_CAPABILITY, CAPABILITIES[0])] == EXAMPLE_APPLICATION_KEY


@pytest.mark.parametrize("capability", CAPABILITIES)
def test_unassign_with_a_capability_keeps_the_others(api: httpx.Client, capability: str) -> None:
    for each in CAPABILITIES:
        assign(api, each)
    body = {UNASSIGN_NUMBER: EVERY_CAPABILITY, UNASSIGN_CAPABILITY: capability}
    write(api, "DELETE", NUMBERS_PATH, body)
    state = held(api)
    assert (EVERY_CAPABILITY, capability) not in state
    for other in set(CAPABILITIES) - {capability}:
        assert state.get((EVERY_CAPABILITY, other)) == DEMO_APPLICATION_KEY, f"{other} was lost"


def test_unassign_without_a_capability_releases_every_one(api: httpx.Client) -> None:
    for each in CAPABILITIES:
        assign(api, each)
    write(api, "DELETE", NUMBERS_PATH, {UNASSIGN_NUMBER: EVERY_CAPABILITY})
    assert not [key for key in held(api) if key[0] == EVERY_CAPABILITY]


@pytest.mark.parametrize("given", URL_FIELDS)
def test_a_callback_url_is_stored_and_one_left_out_is_kept(api: httpx.Client, given: str) -> None:
    first = {name: f"https://{name}.example.com/first" for name in URL_FIELDS}
    write(api, "POST", CALLBACKS_PATH, {URLS: first})
    assert urls(api) == first
    changed = {given: f"https://{given}.example.com/second"}
    write(api, "POST", CALLBACKS_PATH, {URLS: changed})
    assert urls(api) == {**first, **changed}
