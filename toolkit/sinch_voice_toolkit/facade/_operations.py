"""The facade's methods that are one operation's shape, generated from openapi.yaml.

Written by scripts/generate_facade.py (`make generate`) from `scripts/facade.py.jinja`: do not
edit; change the spec (its `x-facade` curation) or the template. `VoiceClient` and
`AsyncVoiceClient` subclass these classes; the methods written by hand there are:

- `get_callback_urls`: the `url` object may be absent or null: the method returns a plain
  `ApplicationCallbacks(primary, fallback)`, and its application key defaults to the signing
  application.

- `update_callback_urls`: takes the nested `url` object as two keyword arguments, at least one
  of them, and refuses URLs that are not http(s) (the spec allows any URI; Sinch can only call
  http(s)); the application key defaults to the signing application.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, cast

from ..transport._raw import async_raw_response, raw_response
from ._facade_base import FacadeBase, answer_of, one_list_of, unwrapped

if TYPE_CHECKING:
    from sinch_voice.models import (
        CallInformation,
        Capability,
        ConferenceParticipant,
        NumberInfo,
        OwnedNumber,
    )

    from ._client import AsyncVoiceClient, VoiceClient

__all__ = ["AsyncOperations", "AsyncRawResponses", "SyncOperations", "SyncRawResponses"]


class SyncOperations(FacadeBase):
    """One method per operation of the spec."""

    def get_numbers(self) -> list[OwnedNumber]:
        """The numbers you own, with their capability and application (empty if none)."""
        from sinch_voice.api.numbers import get_numbers
        from sinch_voice.models import OwnedNumberList

        response = get_numbers.sync_detailed(client=self.client)
        names = ("numbers",)
        value = unwrapped(response, OwnedNumberList, "getNumbers", names, True)
        return cast("list[OwnedNumber]", value)

    def assign_numbers(
        self,
        numbers: Sequence[str],
        *,
        application_key: str | None = None,
        capability: Capability | None = None,
    ) -> None:
        """Assign 1 to 100 numbers (E.164) to an application (default: the signing one)."""
        from sinch_voice.api.numbers import update_numbers
        from sinch_voice.models import AssignNumbersRequest
        from sinch_voice.types import UNSET

        one_list_of("updateNumbers", "/numbers", numbers)
        body = AssignNumbersRequest(
            numbers=list(numbers),
            applicationkey=UNSET if application_key is None else application_key,
            capability=UNSET if capability is None else capability,
        )
        update_numbers.sync_detailed(client=self.client, body=body)

    def unassign_number(
        self,
        number: str,
        *,
        application_key: str | None = None,
        capability: Capability | None = None,
    ) -> None:
        """Un-assign a number (for one capability, or all when `capability` is left out)."""
        from sinch_voice.api.numbers import unassign_number
        from sinch_voice.models import UnassignNumberRequest
        from sinch_voice.types import UNSET

        body = UnassignNumberRequest(
            number=number,
            applicationkey=UNSET if application_key is None else application_key,
            capability=UNSET if capability is None else capability,
        )
        unassign_number.sync_detailed(client=self.client, body=body)

    def query_number(
        self,
        number: str,
    ) -> NumberInfo:
        """Country, type, normalized form and rate of a number (deprecated by Sinch)."""
        from sinch_voice.api.query import query_number
        from sinch_voice.models import QueryNumberResponse

        response = query_number.sync_detailed(number, client=self.client)
        names = (
            "number",
            "number_item",
        )
        value = unwrapped(response, QueryNumberResponse, "queryNumber", names, False)
        return cast("NumberInfo", value)

    def get_call_result(
        self,
        call_id: str,
    ) -> CallInformation:
        """Get information about a call."""
        from sinch_voice.api.calls import get_call_result
        from sinch_voice.models import CallInformation

        response = get_call_result.sync_detailed(call_id, client=self.client)
        return answer_of(response, CallInformation, "getCallResult")

    def get_conference_info(
        self,
        conference_id: str,
    ) -> list[ConferenceParticipant]:
        """The participants of a conference (an empty list when it has none)."""
        from sinch_voice.api.conferences import get_conference_info
        from sinch_voice.models import ConferenceInfo

        response = get_conference_info.sync_detailed(conference_id, client=self.client)
        names = ("participants",)
        value = unwrapped(response, ConferenceInfo, "getConferenceInfo", names, True)
        return cast("list[ConferenceParticipant]", value)


class AsyncOperations(FacadeBase):
    """One method per operation of the spec, awaited."""

    async def get_numbers(self) -> list[OwnedNumber]:
        """The numbers you own, with their capability and application (empty if none)."""
        from sinch_voice.api.numbers import get_numbers
        from sinch_voice.models import OwnedNumberList

        response = await get_numbers.asyncio_detailed(client=self.client)
        names = ("numbers",)
        value = unwrapped(response, OwnedNumberList, "getNumbers", names, True)
        return cast("list[OwnedNumber]", value)

    async def assign_numbers(
        self,
        numbers: Sequence[str],
        *,
        application_key: str | None = None,
        capability: Capability | None = None,
    ) -> None:
        """Assign 1 to 100 numbers (E.164) to an application (default: the signing one)."""
        from sinch_voice.api.numbers import update_numbers
        from sinch_voice.models import AssignNumbersRequest
        from sinch_voice.types import UNSET

        one_list_of("updateNumbers", "/numbers", numbers)
        body = AssignNumbersRequest(
            numbers=list(numbers),
            applicationkey=UNSET if application_key is None else application_key,
            capability=UNSET if capability is None else capability,
        )
        await update_numbers.asyncio_detailed(client=self.client, body=body)

    async def unassign_number(
        self,
        number: str,
        *,
        application_key: str | None = None,
        capability: Capability | None = None,
    ) -> None:
        """Un-assign a number (for one capability, or all when `capability` is left out)."""
        from sinch_voice.api.numbers import unassign_number
        from sinch_voice.models import UnassignNumberRequest
        from sinch_voice.types import UNSET

        body = UnassignNumberRequest(
            number=number,
            applicationkey=UNSET if application_key is None else application_key,
            capability=UNSET if capability is None else capability,
        )
        await unassign_number.asyncio_detailed(client=self.client, body=body)

    async def query_number(
        self,
        number: str,
    ) -> NumberInfo:
        """Country, type, normalized form and rate of a number (deprecated by Sinch)."""
        from sinch_voice.api.query import query_number
        from sinch_voice.models import QueryNumberResponse

        response = await query_number.asyncio_detailed(number, client=self.client)
        names = (
            "number",
            "number_item",
        )
        value = unwrapped(response, QueryNumberResponse, "queryNumber", names, False)
        return cast("NumberInfo", value)

    async def get_call_result(
        self,
        call_id: str,
    ) -> CallInformation:
        """Get information about a call."""
        from sinch_voice.api.calls import get_call_result
        from sinch_voice.models import CallInformation

        response = await get_call_result.asyncio_detailed(call_id, client=self.client)
        return answer_of(response, CallInformation, "getCallResult")

    async def get_conference_info(
        self,
        conference_id: str,
    ) -> list[ConferenceParticipant]:
        """The participants of a conference (an empty list when it has none)."""
        from sinch_voice.api.conferences import get_conference_info
        from sinch_voice.models import ConferenceInfo

        response = await get_conference_info.asyncio_detailed(conference_id, client=self.client)
        names = ("participants",)
        value = unwrapped(response, ConferenceInfo, "getConferenceInfo", names, True)
        return cast("list[ConferenceParticipant]", value)


class SyncRawResponses:
    """`VoiceClient.with_raw_response`: each method that makes one request, returning
    a `RawResponse` (status, headers, the request as sent) whose `parse()` gives the result."""

    def __init__(self, voice: VoiceClient) -> None:
        self.get_numbers = raw_response(voice.get_numbers)
        self.assign_numbers = raw_response(voice.assign_numbers)
        self.unassign_number = raw_response(voice.unassign_number)
        self.query_number = raw_response(voice.query_number)
        self.get_call_result = raw_response(voice.get_call_result)
        self.get_conference_info = raw_response(voice.get_conference_info)
        self.get_callback_urls = raw_response(voice.get_callback_urls)
        self.update_callback_urls = raw_response(voice.update_callback_urls)


class AsyncRawResponses:
    """`AsyncVoiceClient.with_raw_response`: each method that makes one request, returning
    a `RawResponse` (status, headers, the request as sent) whose `parse()` gives the result."""

    def __init__(self, voice: AsyncVoiceClient) -> None:
        self.get_numbers = async_raw_response(voice.get_numbers)
        self.assign_numbers = async_raw_response(voice.assign_numbers)
        self.unassign_number = async_raw_response(voice.unassign_number)
        self.query_number = async_raw_response(voice.query_number)
        self.get_call_result = async_raw_response(voice.get_call_result)
        self.get_conference_info = async_raw_response(voice.get_conference_info)
        self.get_callback_urls = async_raw_response(voice.get_callback_urls)
        self.update_callback_urls = async_raw_response(voice.update_callback_urls)
