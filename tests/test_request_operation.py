"""A request carries its operation, and the spec says which operations may be sent again.

The generated client puts the operation's route in `request.extensions`; the contract finds
the operation by it, wherever the API is mounted. An operation marked `x-repeatable: false` is
sent again only when it certainly did not take effect: never after the server may have read
it, but after a refused connection, or a 429/503 that says when to come back.
"""

from __future__ import annotations

import asyncio
import copy
import json
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

from sinch_signing import ApplicationAuth
from sinch_voice.api.numbers import get_numbers, update_numbers
from sinch_voice.client import Client
from sinch_voice.models import AssignNumbersRequest
from sinch_voice_toolkit import (
    InvalidRequestError,
    RetryPolicy,
    SinchConnectionError,
    SinchTimeoutError,
    SinchTransport,
    connect,
)
from sinch_voice_toolkit._contract import OPERATION_EXTENSION, Contract, route_key
from sinch_voice_toolkit._packaged_spec import packaged_spec
from tests.conftest import TEST_KEY, TEST_SECRET
from tests.hostile import HostileServer, answer, hang_up, hostile_server, in_turn, silence
from tests.reference_signing import check_signed_request
from tests.servers import closed_port_url
from tests.spec_samples import SAMPLES

NOT_REPEATED = "updateNumbers"
POLICY = RetryPolicy(attempts=4, total_seconds=5, wait_initial=0.01, wait_jitter=0)
BODY = AssignNumbersRequest(numbers=["+14155550100"])


def recorded_request(call: Callable[[Client], Any]) -> httpx.Request:
    """The request a generated call builds (it is never answered)."""
    seen: list[httpx.Request] = []

    def record(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        raise httpx.ConnectError("recorded")

    client = Client(
        base_url="http://127.0.0.1:9", httpx_args={"transport": httpx.MockTransport(record)}
    )
    with pytest.raises(httpx.ConnectError):
        call(client)
    return seen[0]


@pytest.mark.parametrize("operation_id", sorted(SAMPLES))
def test_each_generated_request_names_its_operation(operation_id: str) -> None:
    request = recorded_request(SAMPLES[operation_id].sync)
    contract = Contract.packaged()
    found = contract.for_request(request)
    assert found is not None and found.operation_id == operation_id
    assert route_key(request.extensions[OPERATION_EXTENSION]) == route_key(found.route)


def test_the_extension_finds_the_operation_under_a_prefix_the_transport_was_not_told() -> None:
    # Path matching alone cannot place /gateway/v1/... (no base path given); the extension can,
    # so the request is checked against its operation and refused before it is sent.
    sent: list[httpx.Request] = []
    inner = httpx.MockTransport(lambda r: sent.append(r) or httpx.Response(204))  # type: ignore[func-returns-value]
    transport = SinchTransport(ApplicationAuth(TEST_KEY, TEST_SECRET), inner=inner)
    client = Client(base_url="http://127.0.0.1:9/gateway", httpx_args={"transport": transport})
    with pytest.raises(InvalidRequestError) as raised:
        update_numbers.sync_detailed(client=client, body=AssignNumbersRequest(numbers=["0800"]))
    assert raised.value.operation == NOT_REPEATED and not sent


def test_a_hand_built_request_is_still_matched_by_its_path() -> None:
    contract = Contract.packaged()
    request = httpx.Request("GET", "http://127.0.0.1:9/sinch/v1/configuration/numbers")
    assert OPERATION_EXTENSION not in request.extensions
    found = contract.for_request(request, "/sinch")
    assert found is not None and found.operation_id == "getNumbers"


def test_repeatable_follows_the_spec_and_the_method() -> None:
    spec = packaged_spec()
    contract = Contract.packaged()
    for operation in contract:
        declared = spec["paths"][operation.path_template][operation.method.lower()]
        expected = declared.get("x-repeatable", operation.method in {"GET", "PUT", "DELETE"})
        assert operation.repeatable is expected, operation.operation_id


def not_repeatable_contract() -> Contract:
    spec = copy.deepcopy(packaged_spec())
    spec["paths"]["/v1/configuration/numbers"]["post"]["x-repeatable"] = False
    return Contract(spec)


def client_for(url: str, contract: Contract | None = None) -> Client:
    transport = SinchTransport(
        ApplicationAuth(TEST_KEY, TEST_SECRET),
        POLICY,
        contract=contract or not_repeatable_contract(),
    )
    return Client(base_url=url, httpx_args={"transport": transport}, timeout=httpx.Timeout(0.5))


@pytest.fixture
def server() -> Iterator[HostileServer]:
    with hostile_server() as running:
        yield running


def assign(client: Client, mode: str) -> Any:
    if mode == "sync":
        return update_numbers.sync_detailed(client=client, body=BODY)
    return asyncio.run(update_numbers.asyncio_detailed(client=client, body=BODY))


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_not_repeatable_is_sent_once_when_the_connection_drops_after_the_request(
    server: HostileServer, mode: str
) -> None:
    server.writer = hang_up
    with pytest.raises(SinchConnectionError) as raised:
        assign(client_for(server.url), mode)
    assert server.requests == 1
    assert raised.value.attempts == 1
    assert raised.value.not_repeated is not None and NOT_REPEATED in raised.value.not_repeated
    assert "not sent again" in str(raised.value)


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_not_repeatable_is_not_sent_again_after_a_timeout(server: HostileServer, mode: str) -> None:
    server.writer = silence(2)
    with pytest.raises(SinchTimeoutError) as raised:
        assign(client_for(server.url), mode)
    assert server.requests == 1 and raised.value.not_repeated is not None


@pytest.mark.parametrize("status", [502, 504])
def test_not_repeatable_is_not_sent_again_after_a_gateway_error(
    server: HostileServer, status: int
) -> None:
    server.writer = answer(status, "{}", headers=(("Retry-After", "0"),))
    with pytest.raises(Exception) as raised:
        assign(client_for(server.url), "sync")
    assert server.requests == 1 and getattr(raised.value, "not_repeated", None)


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("status", [429, 503])
def test_not_repeatable_is_sent_again_after_a_refusal_with_retry_after(
    server: HostileServer, mode: str, status: int
) -> None:
    server.writer = in_turn(
        answer(status, json.dumps({"errorCode": 42900}), headers=(("Retry-After", "0"),)),
        answer(200, "{}"),
    )
    response = assign(client_for(server.url), mode)
    assert response.status_code == 200 and server.requests == 2


def test_not_repeatable_is_not_sent_again_after_a_refusal_without_retry_after(
    server: HostileServer,
) -> None:
    server.writer = in_turn(answer(503, "{}"), answer(200, "{}"))
    with pytest.raises(Exception) as raised:
        assign(client_for(server.url), "sync")
    assert server.requests == 1 and getattr(raised.value, "not_repeated", None)


def test_not_repeatable_is_sent_again_when_no_connection_was_made() -> None:
    with pytest.raises(SinchConnectionError) as raised:
        assign(client_for(closed_port_url().partition("/sinch")[0]), "sync")
    assert raised.value.attempts == POLICY.attempts and raised.value.not_repeated is None


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_a_repeatable_operation_is_sent_again_after_the_connection_drops(
    server: HostileServer, mode: str
) -> None:
    server.writer = in_turn(hang_up, answer(200, "{}"))
    response = assign(client_for(server.url, Contract.packaged()), mode)
    assert response.status_code == 200 and server.requests == 2


def spec_with_own_host(level: str) -> dict[str, Any]:
    spec = copy.deepcopy(packaged_spec())
    item = spec["paths"]["/v1/configuration/numbers"]
    servers = [{"url": "https://calling-euc1.api.example/"}, {"url": "https://other.example"}]
    (item if level == "path" else item["get"])["servers"] = servers
    return spec


@pytest.mark.parametrize("level", ["path", "operation"])
def test_an_operation_with_its_own_servers_goes_to_the_first(level: str) -> None:
    sent: list[httpx.Request] = []

    def answer_numbers(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json={"numbers": []})

    transport = SinchTransport(
        ApplicationAuth(TEST_KEY, TEST_SECRET),
        inner=httpx.MockTransport(answer_numbers),
        contract=Contract(spec_with_own_host(level)),
        operation_hosts=True,
    )
    client = Client(base_url="https://callingapi.sinch.com", httpx_args={"transport": transport})
    get_numbers.sync_detailed(client=client)
    update_numbers.sync_detailed(client=client, body=BODY)  # the path's servers are its too
    own = "https://calling-euc1.api.example/v1/configuration/numbers"
    default = "https://callingapi.sinch.com/v1/configuration/numbers"
    assert [str(r.url) for r in sent] == [own, own if level == "path" else default]
    assert sent[0].headers["Host"] == "calling-euc1.api.example"
    check_signed_request(sent[0], key=TEST_KEY, secret_b64=TEST_SECRET)


def test_a_chosen_base_url_serves_every_operation() -> None:
    sent: list[httpx.Request] = []
    inner = httpx.MockTransport(lambda r: sent.append(r) or httpx.Response(200, json={}))  # type: ignore[func-returns-value]
    transport = SinchTransport(
        ApplicationAuth(TEST_KEY, TEST_SECRET),
        inner=inner,
        contract=Contract(spec_with_own_host("path")),
    )
    client = Client(base_url="http://127.0.0.1:9/mock", httpx_args={"transport": transport})
    get_numbers.sync_detailed(client=client)
    assert str(sent[0].url) == "http://127.0.0.1:9/mock/v1/configuration/numbers"


@pytest.mark.parametrize(
    ("base_url", "own_hosts"),
    [(None, True), ("https://callingapi.sinch.com", True), ("http://127.0.0.1:9", False)],
)
def test_connect_uses_the_operations_hosts_only_on_sinchs_default(
    base_url: str | None, own_hosts: bool
) -> None:
    client = connect(TEST_KEY, TEST_SECRET, base_url=base_url, environ={})
    assert client.transport.settings.operation_hosts is own_hosts


def test_a_route_with_python_parameter_names_finds_its_operation() -> None:
    # The generator writes {callId} as {call_id} in the URL template the extension carries.
    spec = copy.deepcopy(packaged_spec())
    spec["paths"]["/v1/calls/id/{callId}"] = {
        "get": {
            "operationId": "getCallResult",
            "parameters": [
                {"name": "callId", "in": "path", "required": True, "schema": {"type": "string"}}
            ],
            "responses": {"200": {"description": "ok"}},
        }
    }
    contract = Contract(spec)
    request = httpx.Request(
        "GET",
        "https://calling.api.sinch.com/v1/calls/id/abc",
        extensions={OPERATION_EXTENSION: "GET /v1/calls/id/{call_id}"},
    )
    for _ in range(2):  # the second time from what the first lookup learnt
        found = contract.for_request(request)
        assert found is not None and found.operation_id == "getCallResult"
    unknown = httpx.Request("GET", "https://x/", extensions={OPERATION_EXTENSION: "GET /nope/{x}"})
    assert contract.for_request(unknown) is None


@pytest.mark.parametrize("key", ["", ".", ".."])
def test_an_empty_or_dot_path_parameter_is_refused_before_sending(key: str) -> None:
    # "" would send GET /v1/configuration/callbacks/applications/ : another path altogether,
    # and so would "." or ".." once the URL is normalised (httpx removes dot segments).
    from sinch_voice.api.callbacks import get_callback_urls

    sent: list[httpx.Request] = []
    inner = httpx.MockTransport(lambda r: sent.append(r) or httpx.Response(200, json={}))  # type: ignore[func-returns-value]
    transport = SinchTransport(ApplicationAuth(TEST_KEY, TEST_SECRET), inner=inner)
    client = Client(base_url="http://127.0.0.1:9", httpx_args={"transport": transport})
    with pytest.raises(InvalidRequestError) as raised:
        get_callback_urls.sync_detailed(key, client=client)
    assert raised.value.operation == "getCallbackUrls"
    assert "must not be empty, '.' or '..'" in str(raised.value)
    assert sent == []


def test_path_parameters_are_checked_under_an_undeclared_prefix() -> None:
    from sinch_voice.api.query import query_number

    sent: list[httpx.Request] = []
    inner = httpx.MockTransport(lambda r: sent.append(r) or httpx.Response(200, json={}))  # type: ignore[func-returns-value]
    transport = SinchTransport(ApplicationAuth(TEST_KEY, TEST_SECRET), inner=inner)
    client = Client(base_url="http://127.0.0.1:9/gateway", httpx_args={"transport": transport})
    with pytest.raises(InvalidRequestError):
        query_number.sync_detailed("", client=client)
    with pytest.raises(InvalidRequestError):  # the number's own schema, checked there too
        query_number.sync_detailed("not a number", client=client)
    assert sent == []


@pytest.mark.parametrize("key", ["a b", "key;v=1", "line\nbreak", "a/b", "50%"])
def test_an_application_key_that_would_travel_changed_is_refused_before_sending(key: str) -> None:
    # Only RFC 3986's unreserved characters mean the same in a path, a body and a signature.
    from sinch_voice.api.callbacks import get_callback_urls
    from sinch_voice.api.numbers import update_numbers
    from sinch_voice.models import AssignNumbersRequest

    sent: list[httpx.Request] = []
    inner = httpx.MockTransport(lambda r: sent.append(r) or httpx.Response(200, json={}))  # type: ignore[func-returns-value]
    transport = SinchTransport(ApplicationAuth(TEST_KEY, TEST_SECRET), inner=inner)
    client = Client(base_url="http://127.0.0.1:9", httpx_args={"transport": transport})
    body = AssignNumbersRequest(numbers=["+14155550100"], applicationkey=key)
    for call in (
        lambda: get_callback_urls.sync_detailed(key, client=client),
        lambda: update_numbers.sync_detailed(client=client, body=body),
    ):
        with pytest.raises(InvalidRequestError) as raised:
            call()
        assert raised.value.where == "/applicationkey"
        assert f"{key!r} may hold only letters, digits" in str(raised.value)
        assert "[A-Za-z" not in str(raised.value)
    assert sent == []
