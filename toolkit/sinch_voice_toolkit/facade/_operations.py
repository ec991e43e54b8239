"""The facade's resource groups and their methods, generated from openapi.yaml.

Written by scripts/generate_facade.py (`make generate`) from `scripts/facade.py.jinja`: do not
edit; change the spec (`x-facade-groups`, each operation's `x-facade` curation) or the template.
`VoiceClient` and `AsyncVoiceClient` subclass `SyncOperations`/`AsyncOperations`, which give
one property per group. The methods written by hand (in `facade/_<group>.py`) are:

- `applications.get_callback_urls`: the `url` object may be absent or null: the method returns a
  plain `ApplicationCallbacks(primary, fallback)`, and its application key defaults to the signing
  application.

- `applications.update_callback_urls`: takes the nested `url` object as two keyword arguments,
  at least one of them, and refuses URLs that are not http(s) (the spec allows any URI; Sinch can
  only call http(s)); the application key defaults to the signing application.

- `callouts.tts, conference, custom`: one method per kind of callout (`tts`, `conference`,
  `custom`), each taking the fields of its nested object as arguments, a destination as an E.164
  string or a `NumberDestination`, `UsernameDestination` or `SipDestination`, SVAML models for a
  custom callout's ice/ace/pie, and the `X-CB-*` headers to forward; each returns the call's ID.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, cast

from ..transport._raw import async_raw_response, raw_response
from ._applications import ApplicationsByHand, AsyncApplicationsByHand
from ._callouts import AsyncCalloutsByHand, CalloutsByHand
from ._facade_base import FacadeBase, FacadeGroup, answer_of, one_list_of, unwrapped

if TYPE_CHECKING:
    from sinch_voice.models import (
        AnswerInstruction,
        CallInformation,
        CallLeg,
        Capability,
        ConferenceParticipant,
        ContinueAction,
        HangupAction,
        MusicOnHold,
        NumberInfo,
        OwnedNumber,
        ParkAction,
        ParticipantCommand,
        PlayFilesInstruction,
        SayInstruction,
        SendDtmfInstruction,
        SetCookieInstruction,
        StartRecordingInstruction,
        StopRecordingInstruction,
    )

__all__ = [
    "Applications",
    "AsyncApplications",
    "AsyncCallouts",
    "AsyncCalls",
    "AsyncConferences",
    "AsyncOperations",
    "AsyncRawResponses",
    "Callouts",
    "Calls",
    "Conferences",
    "SyncOperations",
    "SyncRawResponses",
]


class Applications(ApplicationsByHand):
    """The numbers of your Voice applications, their callback URLs, and number information."""

    @property
    def with_raw_response(self) -> ApplicationsRaw:
        """This group's methods that make one request, each returning a `RawResponse`
        (status, headers, the request as sent) whose `parse()` gives the usual result."""
        return ApplicationsRaw(self)

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


class ApplicationsRaw:
    """`applications.with_raw_response`."""

    def __init__(self, group: Applications) -> None:
        self.get_numbers = raw_response(group.get_numbers)
        self.assign_numbers = raw_response(group.assign_numbers)
        self.unassign_number = raw_response(group.unassign_number)
        self.query_number = raw_response(group.query_number)
        self.get_callback_urls = raw_response(group.get_callback_urls)
        self.update_callback_urls = raw_response(group.update_callback_urls)


class AsyncApplications(AsyncApplicationsByHand):
    """The numbers of your Voice applications, their callback URLs, and number information."""

    @property
    def with_raw_response(self) -> AsyncApplicationsRaw:
        """This group's methods that make one request, each returning a `RawResponse`
        (status, headers, the request as sent) whose `parse()` gives the usual result."""
        return AsyncApplicationsRaw(self)

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


class AsyncApplicationsRaw:
    """`applications.with_raw_response`."""

    def __init__(self, group: AsyncApplications) -> None:
        self.get_numbers = async_raw_response(group.get_numbers)
        self.assign_numbers = async_raw_response(group.assign_numbers)
        self.unassign_number = async_raw_response(group.unassign_number)
        self.query_number = async_raw_response(group.query_number)
        self.get_callback_urls = async_raw_response(group.get_callback_urls)
        self.update_callback_urls = async_raw_response(group.update_callback_urls)


class Callouts(CalloutsByHand):
    """Calls you place - text to speech, into a conference, or running your SVAML (on the
    calling hosts)."""

    @property
    def with_raw_response(self) -> CalloutsRaw:
        """This group's methods that make one request, each returning a `RawResponse`
        (status, headers, the request as sent) whose `parse()` gives the usual result."""
        return CalloutsRaw(self)


class CalloutsRaw:
    """`callouts.with_raw_response`."""

    def __init__(self, group: Callouts) -> None:
        self.tts = raw_response(group.tts)
        self.conference = raw_response(group.conference)
        self.custom = raw_response(group.custom)


class AsyncCallouts(AsyncCalloutsByHand):
    """Calls you place - text to speech, into a conference, or running your SVAML (on the
    calling hosts)."""

    @property
    def with_raw_response(self) -> AsyncCalloutsRaw:
        """This group's methods that make one request, each returning a `RawResponse`
        (status, headers, the request as sent) whose `parse()` gives the usual result."""
        return AsyncCalloutsRaw(self)


class AsyncCalloutsRaw:
    """`callouts.with_raw_response`."""

    def __init__(self, group: AsyncCallouts) -> None:
        self.tts = async_raw_response(group.tts)
        self.conference = async_raw_response(group.conference)
        self.custom = async_raw_response(group.custom)


class Calls(FacadeGroup):
    """Calls in progress or ended, read and steered (on the calling hosts)."""

    @property
    def with_raw_response(self) -> CallsRaw:
        """This group's methods that make one request, each returning a `RawResponse`
        (status, headers, the request as sent) whose `parse()` gives the usual result."""
        return CallsRaw(self)

    def get(
        self,
        call_id: str,
    ) -> CallInformation:
        """Who called whom, the call's state, how and why it ended, its duration and cost."""
        from sinch_voice.api.calls import get_call_result
        from sinch_voice.models import CallInformation

        response = get_call_result.sync_detailed(call_id, client=self.client)
        return answer_of(response, CallInformation, "getCallResult")

    def update(
        self,
        call_id: str,
        action: HangupAction | ContinueAction | ParkAction | None = None,
        *,
        instructions: list[
            PlayFilesInstruction
            | SayInstruction
            | SendDtmfInstruction
            | SetCookieInstruction
            | AnswerInstruction
            | StartRecordingInstruction
            | StopRecordingInstruction
        ]
        | None = None,
    ) -> None:
        """Steer a call in progress: instructions (say, play files, ...), then hang up, continue or
        park (an unparked call gets the SVAML you would have answered its ICE with)."""
        from sinch_voice.api.calls import update_call
        from sinch_voice.models import CallUpdate
        from sinch_voice.types import UNSET

        body = CallUpdate(
            action=UNSET if action is None else action,
            instructions=UNSET if instructions is None else instructions,
        )
        update_call.sync_detailed(call_id, client=self.client, body=body)

    def hangup(
        self,
        call_id: str,
    ) -> None:
        """Hang up a call in progress."""
        from sinch_voice.api.calls import update_call
        from sinch_voice.models import CallUpdate, HangupAction
        from sinch_voice.types import UNSET

        body = CallUpdate(
            action=HangupAction.from_dict({"name": "hangup"}),
            instructions=UNSET,
        )
        update_call.sync_detailed(call_id, client=self.client, body=body)

    def manage_leg(
        self,
        call_id: str,
        call_leg: CallLeg,
        action: HangupAction | ContinueAction | ParkAction | None = None,
        *,
        instructions: list[
            PlayFilesInstruction
            | SayInstruction
            | SendDtmfInstruction
            | SetCookieInstruction
            | AnswerInstruction
            | StartRecordingInstruction
            | StopRecordingInstruction
        ]
        | None = None,
    ) -> None:
        """Play to one leg of a call (`caller`, `callee` or `both`): `say` and `playFiles`
        instructions, then an action (usually `continue`)."""
        from sinch_voice.api.calls import manage_call_with_call_leg
        from sinch_voice.models import CallUpdate
        from sinch_voice.types import UNSET

        body = CallUpdate(
            action=UNSET if action is None else action,
            instructions=UNSET if instructions is None else instructions,
        )
        manage_call_with_call_leg.sync_detailed(call_id, call_leg, client=self.client, body=body)


class CallsRaw:
    """`calls.with_raw_response`."""

    def __init__(self, group: Calls) -> None:
        self.get = raw_response(group.get)
        self.update = raw_response(group.update)
        self.hangup = raw_response(group.hangup)
        self.manage_leg = raw_response(group.manage_leg)


class AsyncCalls(FacadeGroup):
    """Calls in progress or ended, read and steered (on the calling hosts)."""

    @property
    def with_raw_response(self) -> AsyncCallsRaw:
        """This group's methods that make one request, each returning a `RawResponse`
        (status, headers, the request as sent) whose `parse()` gives the usual result."""
        return AsyncCallsRaw(self)

    async def get(
        self,
        call_id: str,
    ) -> CallInformation:
        """Who called whom, the call's state, how and why it ended, its duration and cost."""
        from sinch_voice.api.calls import get_call_result
        from sinch_voice.models import CallInformation

        response = await get_call_result.asyncio_detailed(call_id, client=self.client)
        return answer_of(response, CallInformation, "getCallResult")

    async def update(
        self,
        call_id: str,
        action: HangupAction | ContinueAction | ParkAction | None = None,
        *,
        instructions: list[
            PlayFilesInstruction
            | SayInstruction
            | SendDtmfInstruction
            | SetCookieInstruction
            | AnswerInstruction
            | StartRecordingInstruction
            | StopRecordingInstruction
        ]
        | None = None,
    ) -> None:
        """Steer a call in progress: instructions (say, play files, ...), then hang up, continue or
        park (an unparked call gets the SVAML you would have answered its ICE with)."""
        from sinch_voice.api.calls import update_call
        from sinch_voice.models import CallUpdate
        from sinch_voice.types import UNSET

        body = CallUpdate(
            action=UNSET if action is None else action,
            instructions=UNSET if instructions is None else instructions,
        )
        await update_call.asyncio_detailed(call_id, client=self.client, body=body)

    async def hangup(
        self,
        call_id: str,
    ) -> None:
        """Hang up a call in progress."""
        from sinch_voice.api.calls import update_call
        from sinch_voice.models import CallUpdate, HangupAction
        from sinch_voice.types import UNSET

        body = CallUpdate(
            action=HangupAction.from_dict({"name": "hangup"}),
            instructions=UNSET,
        )
        await update_call.asyncio_detailed(call_id, client=self.client, body=body)

    async def manage_leg(
        self,
        call_id: str,
        call_leg: CallLeg,
        action: HangupAction | ContinueAction | ParkAction | None = None,
        *,
        instructions: list[
            PlayFilesInstruction
            | SayInstruction
            | SendDtmfInstruction
            | SetCookieInstruction
            | AnswerInstruction
            | StartRecordingInstruction
            | StopRecordingInstruction
        ]
        | None = None,
    ) -> None:
        """Play to one leg of a call (`caller`, `callee` or `both`): `say` and `playFiles`
        instructions, then an action (usually `continue`)."""
        from sinch_voice.api.calls import manage_call_with_call_leg
        from sinch_voice.models import CallUpdate
        from sinch_voice.types import UNSET

        body = CallUpdate(
            action=UNSET if action is None else action,
            instructions=UNSET if instructions is None else instructions,
        )
        await manage_call_with_call_leg.asyncio_detailed(
            call_id, call_leg, client=self.client, body=body
        )


class AsyncCallsRaw:
    """`calls.with_raw_response`."""

    def __init__(self, group: AsyncCalls) -> None:
        self.get = async_raw_response(group.get)
        self.update = async_raw_response(group.update)
        self.hangup = async_raw_response(group.hangup)
        self.manage_leg = async_raw_response(group.manage_leg)


class Conferences(FacadeGroup):
    """Conferences and their participants (on the calling hosts)."""

    @property
    def with_raw_response(self) -> ConferencesRaw:
        """This group's methods that make one request, each returning a `RawResponse`
        (status, headers, the request as sent) whose `parse()` gives the usual result."""
        return ConferencesRaw(self)

    def get(
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

    def kick_all(
        self,
        conference_id: str,
    ) -> None:
        """Remove every participant from a conference (their calls end)."""
        from sinch_voice.api.conferences import kick_conference_all

        kick_conference_all.sync_detailed(conference_id, client=self.client)

    def kick(
        self,
        conference_id: str,
        call_id: str,
    ) -> None:
        """Remove one participant from a conference (their call ends)."""
        from sinch_voice.api.conferences import kick_conference_participant

        kick_conference_participant.sync_detailed(conference_id, call_id, client=self.client)

    def manage_participant(
        self,
        conference_id: str,
        call_id: str,
        command: ParticipantCommand,
        *,
        moh: MusicOnHold | None = None,
    ) -> None:
        """Mute, unmute, put on hold or resume one participant of a conference."""
        from sinch_voice.api.conferences import manage_conference_participant
        from sinch_voice.models import ManageParticipantRequest
        from sinch_voice.types import UNSET

        body = ManageParticipantRequest(
            command=command,
            moh=UNSET if moh is None else moh,
        )
        manage_conference_participant.sync_detailed(
            conference_id, call_id, client=self.client, body=body
        )

    def mute(
        self,
        conference_id: str,
        call_id: str,
    ) -> None:
        """Mute one participant of a conference; the others are not changed."""
        from sinch_voice.api.conferences import manage_conference_participant
        from sinch_voice.models import ManageParticipantRequest
        from sinch_voice.types import UNSET

        body = ManageParticipantRequest(
            command="mute",
            moh=UNSET,
        )
        manage_conference_participant.sync_detailed(
            conference_id, call_id, client=self.client, body=body
        )

    def unmute(
        self,
        conference_id: str,
        call_id: str,
    ) -> None:
        """Unmute one participant of a conference."""
        from sinch_voice.api.conferences import manage_conference_participant
        from sinch_voice.models import ManageParticipantRequest
        from sinch_voice.types import UNSET

        body = ManageParticipantRequest(
            command="unmute",
            moh=UNSET,
        )
        manage_conference_participant.sync_detailed(
            conference_id, call_id, client=self.client, body=body
        )

    def hold(
        self,
        conference_id: str,
        call_id: str,
        *,
        moh: MusicOnHold | None = None,
    ) -> None:
        """Put one participant of a conference on hold, with music on hold `moh` if given."""
        from sinch_voice.api.conferences import manage_conference_participant
        from sinch_voice.models import ManageParticipantRequest
        from sinch_voice.types import UNSET

        body = ManageParticipantRequest(
            command="onhold",
            moh=UNSET if moh is None else moh,
        )
        manage_conference_participant.sync_detailed(
            conference_id, call_id, client=self.client, body=body
        )

    def resume(
        self,
        conference_id: str,
        call_id: str,
    ) -> None:
        """Take one participant of a conference off hold."""
        from sinch_voice.api.conferences import manage_conference_participant
        from sinch_voice.models import ManageParticipantRequest
        from sinch_voice.types import UNSET

        body = ManageParticipantRequest(
            command="resume",
            moh=UNSET,
        )
        manage_conference_participant.sync_detailed(
            conference_id, call_id, client=self.client, body=body
        )


class ConferencesRaw:
    """`conferences.with_raw_response`."""

    def __init__(self, group: Conferences) -> None:
        self.get = raw_response(group.get)
        self.kick_all = raw_response(group.kick_all)
        self.kick = raw_response(group.kick)
        self.manage_participant = raw_response(group.manage_participant)
        self.mute = raw_response(group.mute)
        self.unmute = raw_response(group.unmute)
        self.hold = raw_response(group.hold)
        self.resume = raw_response(group.resume)


class AsyncConferences(FacadeGroup):
    """Conferences and their participants (on the calling hosts)."""

    @property
    def with_raw_response(self) -> AsyncConferencesRaw:
        """This group's methods that make one request, each returning a `RawResponse`
        (status, headers, the request as sent) whose `parse()` gives the usual result."""
        return AsyncConferencesRaw(self)

    async def get(
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

    async def kick_all(
        self,
        conference_id: str,
    ) -> None:
        """Remove every participant from a conference (their calls end)."""
        from sinch_voice.api.conferences import kick_conference_all

        await kick_conference_all.asyncio_detailed(conference_id, client=self.client)

    async def kick(
        self,
        conference_id: str,
        call_id: str,
    ) -> None:
        """Remove one participant from a conference (their call ends)."""
        from sinch_voice.api.conferences import kick_conference_participant

        await kick_conference_participant.asyncio_detailed(
            conference_id, call_id, client=self.client
        )

    async def manage_participant(
        self,
        conference_id: str,
        call_id: str,
        command: ParticipantCommand,
        *,
        moh: MusicOnHold | None = None,
    ) -> None:
        """Mute, unmute, put on hold or resume one participant of a conference."""
        from sinch_voice.api.conferences import manage_conference_participant
        from sinch_voice.models import ManageParticipantRequest
        from sinch_voice.types import UNSET

        body = ManageParticipantRequest(
            command=command,
            moh=UNSET if moh is None else moh,
        )
        await manage_conference_participant.asyncio_detailed(
            conference_id, call_id, client=self.client, body=body
        )

    async def mute(
        self,
        conference_id: str,
        call_id: str,
    ) -> None:
        """Mute one participant of a conference; the others are not changed."""
        from sinch_voice.api.conferences import manage_conference_participant
        from sinch_voice.models import ManageParticipantRequest
        from sinch_voice.types import UNSET

        body = ManageParticipantRequest(
            command="mute",
            moh=UNSET,
        )
        await manage_conference_participant.asyncio_detailed(
            conference_id, call_id, client=self.client, body=body
        )

    async def unmute(
        self,
        conference_id: str,
        call_id: str,
    ) -> None:
        """Unmute one participant of a conference."""
        from sinch_voice.api.conferences import manage_conference_participant
        from sinch_voice.models import ManageParticipantRequest
        from sinch_voice.types import UNSET

        body = ManageParticipantRequest(
            command="unmute",
            moh=UNSET,
        )
        await manage_conference_participant.asyncio_detailed(
            conference_id, call_id, client=self.client, body=body
        )

    async def hold(
        self,
        conference_id: str,
        call_id: str,
        *,
        moh: MusicOnHold | None = None,
    ) -> None:
        """Put one participant of a conference on hold, with music on hold `moh` if given."""
        from sinch_voice.api.conferences import manage_conference_participant
        from sinch_voice.models import ManageParticipantRequest
        from sinch_voice.types import UNSET

        body = ManageParticipantRequest(
            command="onhold",
            moh=UNSET if moh is None else moh,
        )
        await manage_conference_participant.asyncio_detailed(
            conference_id, call_id, client=self.client, body=body
        )

    async def resume(
        self,
        conference_id: str,
        call_id: str,
    ) -> None:
        """Take one participant of a conference off hold."""
        from sinch_voice.api.conferences import manage_conference_participant
        from sinch_voice.models import ManageParticipantRequest
        from sinch_voice.types import UNSET

        body = ManageParticipantRequest(
            command="resume",
            moh=UNSET,
        )
        await manage_conference_participant.asyncio_detailed(
            conference_id, call_id, client=self.client, body=body
        )


class AsyncConferencesRaw:
    """`conferences.with_raw_response`."""

    def __init__(self, group: AsyncConferences) -> None:
        self.get = async_raw_response(group.get)
        self.kick_all = async_raw_response(group.kick_all)
        self.kick = async_raw_response(group.kick)
        self.manage_participant = async_raw_response(group.manage_participant)
        self.mute = async_raw_response(group.mute)
        self.unmute = async_raw_response(group.unmute)
        self.hold = async_raw_response(group.hold)
        self.resume = async_raw_response(group.resume)


class SyncOperations(FacadeBase):
    """The facade's resource groups: `voice.applications.get_numbers()`."""

    @property
    def with_raw_response(self) -> SyncRawResponses:
        """Every group's methods that make one request, each returning a `RawResponse`
        (status, headers, the request as sent) whose `parse()` gives the usual result:
        `voice.with_raw_response.applications.get_numbers().headers`."""
        return SyncRawResponses(self)

    @property
    def applications(self) -> Applications:
        """The numbers of your Voice applications, their callback URLs, and number information."""
        return Applications(self)

    @property
    def callouts(self) -> Callouts:
        """Calls you place - text to speech, into a conference, or running your SVAML (on the
        calling hosts)."""
        return Callouts(self)

    @property
    def calls(self) -> Calls:
        """Calls in progress or ended, read and steered (on the calling hosts)."""
        return Calls(self)

    @property
    def conferences(self) -> Conferences:
        """Conferences and their participants (on the calling hosts)."""
        return Conferences(self)


class SyncRawResponses:
    """`VoiceClient.with_raw_response`: each group's `with_raw_response`."""

    def __init__(self, voice: SyncOperations) -> None:
        self.applications = voice.applications.with_raw_response
        self.callouts = voice.callouts.with_raw_response
        self.calls = voice.calls.with_raw_response
        self.conferences = voice.conferences.with_raw_response


class AsyncOperations(FacadeBase):
    """The facade's resource groups, awaited: `voice.applications.get_numbers()`."""

    @property
    def with_raw_response(self) -> AsyncRawResponses:
        """Every group's methods that make one request, each returning a `RawResponse`
        (status, headers, the request as sent) whose `parse()` gives the usual result:
        `voice.with_raw_response.applications.get_numbers().headers`."""
        return AsyncRawResponses(self)

    @property
    def applications(self) -> AsyncApplications:
        """The numbers of your Voice applications, their callback URLs, and number information."""
        return AsyncApplications(self)

    @property
    def callouts(self) -> AsyncCallouts:
        """Calls you place - text to speech, into a conference, or running your SVAML (on the
        calling hosts)."""
        return AsyncCallouts(self)

    @property
    def calls(self) -> AsyncCalls:
        """Calls in progress or ended, read and steered (on the calling hosts)."""
        return AsyncCalls(self)

    @property
    def conferences(self) -> AsyncConferences:
        """Conferences and their participants (on the calling hosts)."""
        return AsyncConferences(self)


class AsyncRawResponses:
    """`AsyncVoiceClient.with_raw_response`: each group's `with_raw_response`."""

    def __init__(self, voice: AsyncOperations) -> None:
        self.applications = voice.applications.with_raw_response
        self.callouts = voice.callouts.with_raw_response
        self.calls = voice.calls.with_raw_response
        self.conferences = voice.conferences.with_raw_response
