"""All six operations through `connect()`, sync and async, against an httpx.MockTransport.

The transport's handler stands in for Sinch: it checks method, wire path (literal `+`), the
signature (recomputed independently) and the exact JSON body field names, then answers.
"""

import asyncio
import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import httpx
import pytest

from sinch_signing import ApplicationAuth
from sinch_voice.api.callbacks import get_callback_urls, update_callback_urls
from sinch_voice.api.numbers import get_numbers, unassign_number, update_numbers
from sinch_voice.api.query import query_number
from sinch_voice.client import Client
from sinch_voice.models import (
    AssignNumbersRequest,
    CallbackConfiguration,
    CallbackUrls,
    EmptyResponse,
    ErrorResponse,
    OwnedNumberList,
    QueryNumberResponse,
    UnassignNumberRequest,
    UpdateCallbackUrlsRequest,
)
from sinch_voice.types import UNSET
from sinch_voice_toolkit import BadRequestError, ServerError, SinchApiError, connect
from tests.conftest import TEST_KEY, TEST_SECRET
from tests.reference_signing import check_signed_request

APP = "94983f76-1161-6655-9515-4785c7b67dd8"
NUMBER = "+46730170101"


@dataclass
class Exchange:
    """What the fake server expects and answers for one call."""

    method: str
    path: str
    body: dict[str, Any] | None
    status: int
    answer: Any = None


def serve(
    exchange: Exchange, seen: list[httpx.Request]
) -> Callable[[httpx.Request], httpx.Response]:
    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        assert request.method == exchange.method
        assert request.url.raw_path.decode() == exchange.path
        check_signed_request(request, key=TEST_KEY, secret_b64=TEST_SECRET)
        if exchange.body is None:
            assert request.content == b""
            assert "content-type" not in request.headers
        else:
            assert request.headers["content-type"] == "application/json"
            assert json.loads(request.content) == exchange.body
        if exchange.answer is None:
            return httpx.Response(exchange.status)
        return httpx.Response(exchange.status, json=exchange.answer)

    return handler


# name -> (the generated module of the operation, its arguments, the exchange on the wire)
CASES: dict[str, tuple[Any, dict[str, Any], Exchange]] = {
    "get_numbers": (
        get_numbers,
        {},
        Exchange(
            "GET",
            "/v1/configuration/numbers",
            None,
            200,
            {
                "numbers": [
                    {"number": NUMBER, "applicationkey": APP, "capability": "voice"},
                    {"number": "+14151112223333", "capability": "sms"},
                ]
            },
        ),
    ),
    "update_numbers": (
        update_numbers,
        {
            "body": AssignNumbersRequest(
                numbers=[NUMBER, "+14151112223333"], applicationkey=APP, capability="voice"
            )
        },
        Exchange(
            "POST",
            "/v1/configuration/numbers",
            {"numbers": [NUMBER, "+14151112223333"], "applicationkey": APP, "capability": "voice"},
            204,
        ),
    ),
    "update_numbers_200_empty": (
        update_numbers,
        {"body": AssignNumbersRequest(numbers=[NUMBER])},
        Exchange("POST", "/v1/configuration/numbers", {"numbers": [NUMBER]}, 200, {}),
    ),
    "unassign_number": (
        unassign_number,
        {"body": UnassignNumberRequest(number=NUMBER, applicationkey=APP, capability="sms")},
        Exchange(
            "DELETE",
            "/v1/configuration/numbers",
            {"number": NUMBER, "applicationkey": APP, "capability": "sms"},
            204,
        ),
    ),
    "get_callback_urls": (
        get_callback_urls,
        {"applicationkey": APP},
        Exchange(
            "GET",
            f"/v1/configuration/callbacks/applications/{APP}",
            None,
            200,
            {
                "url": {
                    "primary": "https://primary.example.com/sinch",
                    "fallback": "https://fallback.example.com/sinch",
                }
            },
        ),
    ),
    "update_callback_urls": (
        update_callback_urls,
        {
            "applicationkey": APP,
            "body": UpdateCallbackUrlsRequest(
                url=CallbackUrls(
                    primary="https://a.example.com/cb", fallback="https://b.example.com/cb"
                )
            ),
        },
        Exchange(
            "POST",
            f"/v1/configuration/callbacks/applications/{APP}",
            {
                "url": {
                    "primary": "https://a.example.com/cb",
                    "fallback": "https://b.example.com/cb",
                }
            },
            204,
        ),
    ),
    "update_callback_urls_fallback_only": (
        update_callback_urls,
        {
            "applicationkey": APP,
            "body": UpdateCallbackUrlsRequest(
                url=CallbackUrls(fallback="https://b.example.com/cb")
            ),
        },
        Exchange(
            "POST",
            f"/v1/configuration/callbacks/applications/{APP}",
            {"url": {"fallback": "https://b.example.com/cb"}},
            204,
        ),
    ),
    "query_number": (
        query_number,
        {"number": NUMBER},
        Exchange(
            "GET",
            f"/v1/calling/query/number/{NUMBER}",
            None,
            200,
            {
                "number": {
                    "countryId": "SE",
                    "numberType": "Mobile",
                    "normalizedNumber": NUMBER,
                    "restricted": False,
                    "rate": {"currencyId": "USD", "amount": 0.0368},
                }
            },
        ),
    ),
    "query_number_item_form": (
        query_number,
        {"number": NUMBER},
        Exchange(
            "GET",
            f"/v1/calling/query/number/{NUMBER}",
            None,
            200,
            {
                "method": "numberItem",
                "numberItem": {
                    "countryId": "SE",
                    "numberType": "Fixed",
                    "normalizedNumber": NUMBER,
                    "restricted": True,
                    "rate": {"currencyId": None, "amount": 1.5},
                },
            },
        ),
    ),
}


def check_parsed(name: str, parsed: Any, answer: Any) -> None:
    """The parsed value has the documented type and carries what the server said."""
    if answer is None:
        assert parsed is None
        return
    expected_type: type[Any] = {
        "get_numbers": OwnedNumberList,
        "update_numbers_200_empty": EmptyResponse,
        "get_callback_urls": CallbackConfiguration,
        "query_number": QueryNumberResponse,
        "query_number_item_form": QueryNumberResponse,
    }[name]
    assert isinstance(parsed, expected_type)
    assert parsed.to_dict() == answer
    if name == "get_numbers":
        assert parsed.numbers[0].capability == "voice"
        assert parsed.numbers[0].applicationkey == APP
        assert parsed.numbers[1].applicationkey is UNSET
    if name == "query_number":
        assert parsed.number.number_type == "Mobile"
        assert parsed.number.rate.amount == pytest.approx(0.0368)
    if name == "query_number_item_form":
        assert parsed.number_item.country_id == "SE"
        assert parsed.number_item.rate.currency_id is None


@pytest.mark.parametrize("name", list(CASES))
def test_sync(name: str) -> None:
    module, kwargs, exchange = CASES[name]
    seen: list[httpx.Request] = []
    client = connect(
        TEST_KEY,
        TEST_SECRET,
        base_url="https://sinch.test",
        httpx_args={"transport": httpx.MockTransport(serve(exchange, seen))},
    )
    with client:
        parsed = module.sync(client=client, **kwargs)
    assert len(seen) == 1
    check_parsed(name, parsed, exchange.answer)


@pytest.mark.parametrize("name", list(CASES))
def test_async(name: str) -> None:
    module, kwargs, exchange = CASES[name]
    seen: list[httpx.Request] = []
    client = connect(
        TEST_KEY,
        TEST_SECRET,
        base_url="https://sinch.test",
        httpx_args={"transport": httpx.MockTransport(serve(exchange, seen))},
    )

    async def run() -> Any:
        async with client:
            return await module.asyncio(client=client, **kwargs)

    parsed = asyncio.run(run())
    assert len(seen) == 1
    check_parsed(name, parsed, exchange.answer)


def _answering(status: int, **kwargs: Any) -> Any:
    transport = httpx.MockTransport(lambda _: httpx.Response(status, **kwargs))
    return connect(
        TEST_KEY, TEST_SECRET, base_url="https://sinch.test", httpx_args={"transport": transport}
    )


def _generated_answering(status: int, **kwargs: Any) -> Client:
    """The generated client alone (signed, but without the toolkit's transport)."""
    transport = httpx.MockTransport(lambda _: httpx.Response(status, **kwargs))
    auth = ApplicationAuth(TEST_KEY, TEST_SECRET)
    return Client(base_url="https://sinch.test", httpx_args={"transport": transport, "auth": auth})


ERROR_BODY = {
    "errorCode": 40001,
    "message": "Invalid parameter value in numbers[0].",
    "reference": "ref-1",
}


def test_documented_error_parses_into_error_response() -> None:
    with _generated_answering(400, json=ERROR_BODY) as client:
        parsed = update_numbers.sync(client=client, body=AssignNumbersRequest(numbers=[NUMBER]))
    assert isinstance(parsed, ErrorResponse)
    assert (parsed.error_code, parsed.message, parsed.reference) == (
        40001,
        ERROR_BODY["message"],
        "ref-1",
    )


def test_connect_raises_the_typed_error_with_what_sinch_said() -> None:
    with _answering(400, json=ERROR_BODY) as client, pytest.raises(BadRequestError) as caught:
        update_numbers.sync(client=client, body=AssignNumbersRequest(numbers=[NUMBER]))
    error = caught.value
    assert (error.status, error.error_code, error.message, error.reference) == (
        400,
        40001,
        ERROR_BODY["message"],
        "ref-1",
    )
    assert "POST sinch.test/v1/configuration/numbers answered 400 (errorCode 40001)" in str(error)
    assert TEST_SECRET not in str(error)


def test_partial_error_body_does_not_crash() -> None:
    """The official SDK 1.1.4 raised KeyError on an error body without `message`."""
    with _generated_answering(503, json={"errorCode": 50300}) as client:
        parsed = get_numbers.sync(client=client)
    assert (
        isinstance(parsed, ErrorResponse) and parsed.error_code == 50300 and parsed.message is UNSET
    )
    with _answering(503, json={"errorCode": 50300}) as client, pytest.raises(ServerError) as caught:
        get_numbers.sync(client=client)
    assert caught.value.error_code == 50300 and caught.value.message is None


def test_undocumented_status_raises() -> None:
    with _answering(418, content=b"teapot") as client, pytest.raises(SinchApiError) as caught:
        get_numbers.sync(client=client)
    assert caught.value.status == 418 and caught.value.body == "teapot"


def test_unknown_capability_is_kept_not_rejected() -> None:
    with _answering(200, json={"numbers": [{"number": NUMBER, "capability": "mms"}]}) as client:
        parsed = get_numbers.sync(client=client)
    assert isinstance(parsed, OwnedNumberList) and isinstance(parsed.numbers, list)
    assert parsed.numbers[0].capability == "mms"
