from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.callback_configuration import CallbackConfiguration
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    applicationkey: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/configuration/callbacks/applications/{applicationkey}".format(
            applicationkey=quote(str(applicationkey), safe="+()!$&'*,;=:@"),
        ),
        "extensions": {
            "sinch_voice_operation": "GET /v1/configuration/callbacks/applications/{applicationkey}"
        },
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CallbackConfiguration | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = CallbackConfiguration.from_dict(response.json())

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
) -> Response[CallbackConfiguration | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    applicationkey: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[CallbackConfiguration | ErrorResponse]:
    """Get callback URLs

     Returns the callback URLs configured for the application, if any.

    Args:
        applicationkey (str): The unique identifying key of a Voice application, as the dashboard
            shows it. Example: 94983f76-1161-6655-9515-4785c7b67dd8.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CallbackConfiguration | ErrorResponse]
    """

    kwargs = _get_kwargs(
        applicationkey=applicationkey,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    applicationkey: str,
    *,
    client: AuthenticatedClient | Client,
) -> CallbackConfiguration | ErrorResponse | None:
    """Get callback URLs

     Returns the callback URLs configured for the application, if any.

    Args:
        applicationkey (str): The unique identifying key of a Voice application, as the dashboard
            shows it. Example: 94983f76-1161-6655-9515-4785c7b67dd8.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CallbackConfiguration | ErrorResponse
    """

    return sync_detailed(
        applicationkey=applicationkey,
        client=client,
    ).parsed


async def asyncio_detailed(
    applicationkey: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[CallbackConfiguration | ErrorResponse]:
    """Get callback URLs

     Returns the callback URLs configured for the application, if any.

    Args:
        applicationkey (str): The unique identifying key of a Voice application, as the dashboard
            shows it. Example: 94983f76-1161-6655-9515-4785c7b67dd8.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CallbackConfiguration | ErrorResponse]
    """

    kwargs = _get_kwargs(
        applicationkey=applicationkey,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    applicationkey: str,
    *,
    client: AuthenticatedClient | Client,
) -> CallbackConfiguration | ErrorResponse | None:
    """Get callback URLs

     Returns the callback URLs configured for the application, if any.

    Args:
        applicationkey (str): The unique identifying key of a Voice application, as the dashboard
            shows it. Example: 94983f76-1161-6655-9515-4785c7b67dd8.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CallbackConfiguration | ErrorResponse
    """

    return (
        await asyncio_detailed(
            applicationkey=applicationkey,
            client=client,
        )
    ).parsed
