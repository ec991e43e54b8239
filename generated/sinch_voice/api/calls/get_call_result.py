from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.call_information import CallInformation
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    call_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/calling/v1/calls/id/{call_id}".format(
            call_id=quote(str(call_id), safe="+()!$&'*,;=:@"),
        ),
        "extensions": {"sinch_voice_operation": "GET /calling/v1/calls/id/{call_id}"},
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CallInformation | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = CallInformation.from_dict(response.json())

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
) -> Response[CallInformation | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    call_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[CallInformation | ErrorResponse]:
    """Get information about a call

     Who called whom, its state, how and why it ended, how long it lasted and what it cost.
    Sinch keeps this for calls that go to or come from the telephone network or SIP.

    Args:
        call_id (str): A call's ID as the client sends it in a path: RFC 3986's unreserved
            characters (Sinch's
            IDs are hex digits or UUIDs), not `.` or `..` alone.
             Example: 4398599d1ba84ef3bde0a82dfb61abed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CallInformation | ErrorResponse]
    """

    kwargs = _get_kwargs(
        call_id=call_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    call_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> CallInformation | ErrorResponse | None:
    """Get information about a call

     Who called whom, its state, how and why it ended, how long it lasted and what it cost.
    Sinch keeps this for calls that go to or come from the telephone network or SIP.

    Args:
        call_id (str): A call's ID as the client sends it in a path: RFC 3986's unreserved
            characters (Sinch's
            IDs are hex digits or UUIDs), not `.` or `..` alone.
             Example: 4398599d1ba84ef3bde0a82dfb61abed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CallInformation | ErrorResponse
    """

    return sync_detailed(
        call_id=call_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    call_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[CallInformation | ErrorResponse]:
    """Get information about a call

     Who called whom, its state, how and why it ended, how long it lasted and what it cost.
    Sinch keeps this for calls that go to or come from the telephone network or SIP.

    Args:
        call_id (str): A call's ID as the client sends it in a path: RFC 3986's unreserved
            characters (Sinch's
            IDs are hex digits or UUIDs), not `.` or `..` alone.
             Example: 4398599d1ba84ef3bde0a82dfb61abed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CallInformation | ErrorResponse]
    """

    kwargs = _get_kwargs(
        call_id=call_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    call_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> CallInformation | ErrorResponse | None:
    """Get information about a call

     Who called whom, its state, how and why it ended, how long it lasted and what it cost.
    Sinch keeps this for calls that go to or come from the telephone network or SIP.

    Args:
        call_id (str): A call's ID as the client sends it in a path: RFC 3986's unreserved
            characters (Sinch's
            IDs are hex digits or UUIDs), not `.` or `..` alone.
             Example: 4398599d1ba84ef3bde0a82dfb61abed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CallInformation | ErrorResponse
    """

    return (
        await asyncio_detailed(
            call_id=call_id,
            client=client,
        )
    ).parsed
