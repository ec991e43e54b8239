from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.query_number_response import QueryNumberResponse
from ...types import Response


def _get_kwargs(
    number: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/calling/query/number/{number}".format(
            number=quote(str(number), safe="+()!$&'*,;=:@"),
        ),
        "extensions": {
            "sinch_voice_operation": "GET /v1/calling/query/number/{number}"
        },
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | QueryNumberResponse | None:
    if response.status_code == 200:
        response_200 = QueryNumberResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | QueryNumberResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    number: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | QueryNumberResponse]:
    """Query a number

     Returns information about a phone number: its country, type, normalized form and the
    rate of a call to it. Sinch marks this operation deprecated; it still answers.

    Sinch's schema names the item `number`, its documentation samples `numberItem` (with
    `"method": "numberItem"`): both are accepted.

    Args:
        number (str): A phone number as written, for QueryNumber to normalize: letters, digits and
            the
            characters a path segment carries literally (`+ ( ) - . _ ~ ! $ & ' * , = : @`); no
            `/`, `?`, `#`, `%`, `;` or white space, and not `.` or `..` alone.
             Example: +46(0)73-017-0101.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | QueryNumberResponse]
    """

    kwargs = _get_kwargs(
        number=number,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    number: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | QueryNumberResponse | None:
    """Query a number

     Returns information about a phone number: its country, type, normalized form and the
    rate of a call to it. Sinch marks this operation deprecated; it still answers.

    Sinch's schema names the item `number`, its documentation samples `numberItem` (with
    `"method": "numberItem"`): both are accepted.

    Args:
        number (str): A phone number as written, for QueryNumber to normalize: letters, digits and
            the
            characters a path segment carries literally (`+ ( ) - . _ ~ ! $ & ' * , = : @`); no
            `/`, `?`, `#`, `%`, `;` or white space, and not `.` or `..` alone.
             Example: +46(0)73-017-0101.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | QueryNumberResponse
    """

    return sync_detailed(
        number=number,
        client=client,
    ).parsed


async def asyncio_detailed(
    number: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | QueryNumberResponse]:
    """Query a number

     Returns information about a phone number: its country, type, normalized form and the
    rate of a call to it. Sinch marks this operation deprecated; it still answers.

    Sinch's schema names the item `number`, its documentation samples `numberItem` (with
    `"method": "numberItem"`): both are accepted.

    Args:
        number (str): A phone number as written, for QueryNumber to normalize: letters, digits and
            the
            characters a path segment carries literally (`+ ( ) - . _ ~ ! $ & ' * , = : @`); no
            `/`, `?`, `#`, `%`, `;` or white space, and not `.` or `..` alone.
             Example: +46(0)73-017-0101.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | QueryNumberResponse]
    """

    kwargs = _get_kwargs(
        number=number,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    number: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | QueryNumberResponse | None:
    """Query a number

     Returns information about a phone number: its country, type, normalized form and the
    rate of a call to it. Sinch marks this operation deprecated; it still answers.

    Sinch's schema names the item `number`, its documentation samples `numberItem` (with
    `"method": "numberItem"`): both are accepted.

    Args:
        number (str): A phone number as written, for QueryNumber to normalize: letters, digits and
            the
            characters a path segment carries literally (`+ ( ) - . _ ~ ! $ & ' * , = : @`); no
            `/`, `?`, `#`, `%`, `;` or white space, and not `.` or `..` alone.
             Example: +46(0)73-017-0101.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | QueryNumberResponse
    """

    return (
        await asyncio_detailed(
            number=number,
            client=client,
        )
    ).parsed
