from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.conference_info import ConferenceInfo
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    conference_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/calling/v1/conferences/id/{conference_id}".format(
            conference_id=quote(str(conference_id), safe="+()!$&'*,;=:@"),
        ),
        "extensions": {
            "sinch_voice_operation": "GET /calling/v1/conferences/id/{conference_id}"
        },
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ConferenceInfo | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = ConferenceInfo.from_dict(response.json())

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
) -> Response[ConferenceInfo | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    conference_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ConferenceInfo | ErrorResponse]:
    """Get a conference's participants

     Who is in a conference: each participant's number (or CLI), call ID, how long they have
    been connected, and whether they are muted or on hold. Conferences are regional: read
    one on the host of the region its participants were connected in.

    Args:
        conference_id (str): A conference's ID as the client sends it in a path: at most 64
            characters (Sinch's
            limit), of RFC 3986's unreserved characters, so that it travels and is signed
            unchanged; not `.` or `..` alone.
             Example: my-conference.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConferenceInfo | ErrorResponse]
    """

    kwargs = _get_kwargs(
        conference_id=conference_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    conference_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ConferenceInfo | ErrorResponse | None:
    """Get a conference's participants

     Who is in a conference: each participant's number (or CLI), call ID, how long they have
    been connected, and whether they are muted or on hold. Conferences are regional: read
    one on the host of the region its participants were connected in.

    Args:
        conference_id (str): A conference's ID as the client sends it in a path: at most 64
            characters (Sinch's
            limit), of RFC 3986's unreserved characters, so that it travels and is signed
            unchanged; not `.` or `..` alone.
             Example: my-conference.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConferenceInfo | ErrorResponse
    """

    return sync_detailed(
        conference_id=conference_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    conference_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ConferenceInfo | ErrorResponse]:
    """Get a conference's participants

     Who is in a conference: each participant's number (or CLI), call ID, how long they have
    been connected, and whether they are muted or on hold. Conferences are regional: read
    one on the host of the region its participants were connected in.

    Args:
        conference_id (str): A conference's ID as the client sends it in a path: at most 64
            characters (Sinch's
            limit), of RFC 3986's unreserved characters, so that it travels and is signed
            unchanged; not `.` or `..` alone.
             Example: my-conference.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConferenceInfo | ErrorResponse]
    """

    kwargs = _get_kwargs(
        conference_id=conference_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    conference_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ConferenceInfo | ErrorResponse | None:
    """Get a conference's participants

     Who is in a conference: each participant's number (or CLI), call ID, how long they have
    been connected, and whether they are muted or on hold. Conferences are regional: read
    one on the host of the region its participants were connected in.

    Args:
        conference_id (str): A conference's ID as the client sends it in a path: at most 64
            characters (Sinch's
            limit), of RFC 3986's unreserved characters, so that it travels and is signed
            unchanged; not `.` or `..` alone.
             Example: my-conference.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConferenceInfo | ErrorResponse
    """

    return (
        await asyncio_detailed(
            conference_id=conference_id,
            client=client,
        )
    ).parsed
