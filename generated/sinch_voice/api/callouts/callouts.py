from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.callout_response import CalloutResponse
from ...models.conference_callout_request import ConferenceCalloutRequest
from ...models.custom_callout_request import CustomCalloutRequest
from ...models.error_response import ErrorResponse
from ...models.tts_callout_request import TtsCalloutRequest
from ...types import Response


def _get_kwargs(
    *,
    body: ConferenceCalloutRequest | CustomCalloutRequest | TtsCalloutRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/calling/v1/callouts",
        "extensions": {"sinch_voice_operation": "POST /calling/v1/callouts"},
    }

    if isinstance(body, TtsCalloutRequest) or isinstance(
        body, ConferenceCalloutRequest
    ):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    if "json" in _kwargs:  # the object httpx encodes, for the toolkit's check
        _kwargs["extensions"]["sinch_voice_body"] = _kwargs["json"]
    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CalloutResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = CalloutResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = ErrorResponse.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CalloutResponse | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ConferenceCalloutRequest | CustomCalloutRequest | TtsCalloutRequest,
) -> Response[CalloutResponse | ErrorResponse]:
    """Place a call (callout)

     Calls a phone number, an app user or a SIP address: reads a text (`ttsCallout`), joins a
    conference (`conferenceCallout`), or runs your SVAML (`customCallout`). `method` names
    the kind and the property of the same name holds its fields. Up to five `X-CB-*`
    headers are forwarded to your callback URL with the call's events.

    Args:
        body (ConferenceCalloutRequest | CustomCalloutRequest | TtsCalloutRequest): A callout;
            `method` names its kind, and the property of that name holds it. Example: {'method':
            'ttsCallout', 'ttsCallout': {'cli': '+46708168731', 'destination': {'type': 'number',
            'endpoint': '+46730170101'}, 'locale': 'en-US', 'text': 'Hello, this is a call from
            Sinch.'}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CalloutResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: ConferenceCalloutRequest | CustomCalloutRequest | TtsCalloutRequest,
) -> CalloutResponse | ErrorResponse | None:
    """Place a call (callout)

     Calls a phone number, an app user or a SIP address: reads a text (`ttsCallout`), joins a
    conference (`conferenceCallout`), or runs your SVAML (`customCallout`). `method` names
    the kind and the property of the same name holds its fields. Up to five `X-CB-*`
    headers are forwarded to your callback URL with the call's events.

    Args:
        body (ConferenceCalloutRequest | CustomCalloutRequest | TtsCalloutRequest): A callout;
            `method` names its kind, and the property of that name holds it. Example: {'method':
            'ttsCallout', 'ttsCallout': {'cli': '+46708168731', 'destination': {'type': 'number',
            'endpoint': '+46730170101'}, 'locale': 'en-US', 'text': 'Hello, this is a call from
            Sinch.'}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CalloutResponse | ErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ConferenceCalloutRequest | CustomCalloutRequest | TtsCalloutRequest,
) -> Response[CalloutResponse | ErrorResponse]:
    """Place a call (callout)

     Calls a phone number, an app user or a SIP address: reads a text (`ttsCallout`), joins a
    conference (`conferenceCallout`), or runs your SVAML (`customCallout`). `method` names
    the kind and the property of the same name holds its fields. Up to five `X-CB-*`
    headers are forwarded to your callback URL with the call's events.

    Args:
        body (ConferenceCalloutRequest | CustomCalloutRequest | TtsCalloutRequest): A callout;
            `method` names its kind, and the property of that name holds it. Example: {'method':
            'ttsCallout', 'ttsCallout': {'cli': '+46708168731', 'destination': {'type': 'number',
            'endpoint': '+46730170101'}, 'locale': 'en-US', 'text': 'Hello, this is a call from
            Sinch.'}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CalloutResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ConferenceCalloutRequest | CustomCalloutRequest | TtsCalloutRequest,
) -> CalloutResponse | ErrorResponse | None:
    """Place a call (callout)

     Calls a phone number, an app user or a SIP address: reads a text (`ttsCallout`), joins a
    conference (`conferenceCallout`), or runs your SVAML (`customCallout`). `method` names
    the kind and the property of the same name holds its fields. Up to five `X-CB-*`
    headers are forwarded to your callback URL with the call's events.

    Args:
        body (ConferenceCalloutRequest | CustomCalloutRequest | TtsCalloutRequest): A callout;
            `method` names its kind, and the property of that name holds it. Example: {'method':
            'ttsCallout', 'ttsCallout': {'cli': '+46708168731', 'destination': {'type': 'number',
            'endpoint': '+46730170101'}, 'locale': 'en-US', 'text': 'Hello, this is a call from
            Sinch.'}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CalloutResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
