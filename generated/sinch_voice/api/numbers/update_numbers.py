from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.assign_numbers_request import AssignNumbersRequest
from ...models.empty_response import EmptyResponse
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    *,
    body: AssignNumbersRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/configuration/numbers",
        "extensions": {"sinch_voice_operation": "POST /v1/configuration/numbers"},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    if "json" in _kwargs:  # the object httpx encodes, for the toolkit's check
        _kwargs["extensions"]["sinch_voice_body"] = _kwargs["json"]
    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | EmptyResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = EmptyResponse.from_dict(response.json())

        return response_200

    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

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
) -> Response[Any | EmptyResponse | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AssignNumbersRequest,
) -> Response[Any | EmptyResponse | ErrorResponse]:
    """Assign numbers

     Assigns one number or a list of up to 100 numbers to an application, for one capability.
    When `applicationkey` is left out, the application whose key signed the request is used.

    Args:
        body (AssignNumbersRequest): Numbers to assign to an application: the one `applicationkey`
            names, else the one whose
            key signed the request.
             Example: {'numbers': ['+14151112223333'], 'applicationkey':
            '11983f76-12c8-1111-9515-4785c7b67ca8', 'capability': 'voice'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | EmptyResponse | ErrorResponse]
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
    body: AssignNumbersRequest,
) -> Any | EmptyResponse | ErrorResponse | None:
    """Assign numbers

     Assigns one number or a list of up to 100 numbers to an application, for one capability.
    When `applicationkey` is left out, the application whose key signed the request is used.

    Args:
        body (AssignNumbersRequest): Numbers to assign to an application: the one `applicationkey`
            names, else the one whose
            key signed the request.
             Example: {'numbers': ['+14151112223333'], 'applicationkey':
            '11983f76-12c8-1111-9515-4785c7b67ca8', 'capability': 'voice'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | EmptyResponse | ErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AssignNumbersRequest,
) -> Response[Any | EmptyResponse | ErrorResponse]:
    """Assign numbers

     Assigns one number or a list of up to 100 numbers to an application, for one capability.
    When `applicationkey` is left out, the application whose key signed the request is used.

    Args:
        body (AssignNumbersRequest): Numbers to assign to an application: the one `applicationkey`
            names, else the one whose
            key signed the request.
             Example: {'numbers': ['+14151112223333'], 'applicationkey':
            '11983f76-12c8-1111-9515-4785c7b67ca8', 'capability': 'voice'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | EmptyResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: AssignNumbersRequest,
) -> Any | EmptyResponse | ErrorResponse | None:
    """Assign numbers

     Assigns one number or a list of up to 100 numbers to an application, for one capability.
    When `applicationkey` is left out, the application whose key signed the request is used.

    Args:
        body (AssignNumbersRequest): Numbers to assign to an application: the one `applicationkey`
            names, else the one whose
            key signed the request.
             Example: {'numbers': ['+14151112223333'], 'applicationkey':
            '11983f76-12c8-1111-9515-4785c7b67ca8', 'capability': 'voice'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | EmptyResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
