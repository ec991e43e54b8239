"""The hand-written methods of `voice.callouts` (the spec's `x-facade: {hand-written: ...}` on
`callouts` says why): one method per kind of callout, each taking the fields of its nested
object as arguments, and returning the placed call's ID.

    call_id = voice.callouts.tts("+46730170101", "Hello from Sinch", cli="+46708168731")

A destination is an E.164 string (`"sip:..."` for a SIP address), or a `NumberDestination`,
`UsernameDestination` (an app user) or `SipDestination`. A custom callout's `ice`, `ace` and
`pie` take our typed SVAML (`IceSvaml`, ...), checked and sent as the JSON text Sinch expects,
or a URL. Up to five
`X-CB-*` headers are forwarded to the callback URL with the call's events; they are checked
against the spec's `CalloutHeaders` before anything is sent.

A callout is never sent twice once it may have reached Sinch (`x-repeatable: false`): a lost
answer raises a `SinchTransportError` whose `not_repeated` says the call may have been placed.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, TypeAlias

from ._callout_bodies import (
    body_of,
    call_id_of,
    client_for,
    conference_fields,
    custom_fields,
    tts_fields,
)
from ._facade_base import FacadeGroup

if TYPE_CHECKING:
    from sinch_voice.models import (
        AceSvaml,
        AmdRequest,
        ConferenceDtmfOptions,
        Domain,
        IceSvaml,
        MusicOnHold,
        NumberDestination,
        PieSvaml,
        SipDestination,
        UsernameDestination,
    )

    Destination: TypeAlias = NumberDestination | UsernameDestination | SipDestination


class CalloutsByHand(FacadeGroup):
    def tts(
        self,
        to: str | Destination,
        text: str | None = None,
        *,
        cli: str | None = None,
        prompts: str | None = None,
        locale: str | None = None,
        dtmf: str | None = None,
        domain: Domain | None = None,
        custom: str | None = None,
        enable_ace: bool | None = None,
        enable_dice: bool | None = None,
        enable_pie: bool | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> str:
        """Call `to` and read it `text` (or play `prompts`); the call's ID. `cli` is the
        number the callee sees (E.164): Sinch places a call without it that never connects."""
        from sinch_voice.api.callouts import callouts

        fields = tts_fields(
            to, text, cli, prompts, locale, dtmf, domain, custom, enable_ace, enable_dice,
            enable_pie,
        )  # fmt: skip
        client = client_for(self.client, headers)
        body = body_of("ttsCallout", fields)
        return call_id_of(callouts.sync_detailed(client=client, body=body))

    def conference(
        self,
        to: str | Destination,
        conference_id: str,
        *,
        cli: str | None = None,
        greeting: str | None = None,
        locale: str | None = None,
        moh: MusicOnHold | None = None,
        dtmf_options: ConferenceDtmfOptions | None = None,
        max_duration: int | None = None,
        dtmf: str | None = None,
        domain: Domain | None = None,
        custom: str | None = None,
        enable_ace: bool | None = None,
        enable_dice: bool | None = None,
        enable_pie: bool | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> str:
        """Call `to` into the conference `conference_id` (created when it does not exist);
        the call's ID."""
        from sinch_voice.api.callouts import callouts

        fields = conference_fields(
            to, conference_id, cli, greeting, locale, moh, dtmf_options, max_duration, dtmf,
            domain, custom, enable_ace, enable_dice, enable_pie,
        )  # fmt: skip
        client = client_for(self.client, headers)
        body = body_of("conferenceCallout", fields)
        return call_id_of(callouts.sync_detailed(client=client, body=body))

    def custom(
        self,
        to: str | Destination | None = None,
        *,
        ice: IceSvaml | str | None = None,
        ace: AceSvaml | str | None = None,
        pie: PieSvaml | str | None = None,
        dice: str | None = None,
        cli: str | None = None,
        max_duration: int | None = None,
        dtmf: str | None = None,
        custom: str | None = None,
        enable_ace: bool | None = None,
        enable_dice: bool | None = None,
        amd: AmdRequest | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> str:
        """Place a call that runs your SVAML: `ice`, `ace` and `pie` each as typed SVAML or a
        URL, `dice` a URL; the call's ID."""
        from sinch_voice.api.callouts import callouts

        fields = custom_fields(
            to, ice, ace, pie, dice, cli, max_duration, dtmf, custom, enable_ace, enable_dice,
            amd,
        )  # fmt: skip
        client = client_for(self.client, headers)
        body = body_of("customCallout", fields)
        return call_id_of(callouts.sync_detailed(client=client, body=body))


class AsyncCalloutsByHand(FacadeGroup):
    async def tts(
        self,
        to: str | Destination,
        text: str | None = None,
        *,
        cli: str | None = None,
        prompts: str | None = None,
        locale: str | None = None,
        dtmf: str | None = None,
        domain: Domain | None = None,
        custom: str | None = None,
        enable_ace: bool | None = None,
        enable_dice: bool | None = None,
        enable_pie: bool | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> str:
        """Call `to` and read it `text` (or play `prompts`); the call's ID. `cli` is the
        number the callee sees (E.164): Sinch places a call without it that never connects."""
        from sinch_voice.api.callouts import callouts

        fields = tts_fields(
            to, text, cli, prompts, locale, dtmf, domain, custom, enable_ace, enable_dice,
            enable_pie,
        )  # fmt: skip
        client = client_for(self.client, headers)
        body = body_of("ttsCallout", fields)
        return call_id_of(await callouts.asyncio_detailed(client=client, body=body))

    async def conference(
        self,
        to: str | Destination,
        conference_id: str,
        *,
        cli: str | None = None,
        greeting: str | None = None,
        locale: str | None = None,
        moh: MusicOnHold | None = None,
        dtmf_options: ConferenceDtmfOptions | None = None,
        max_duration: int | None = None,
        dtmf: str | None = None,
        domain: Domain | None = None,
        custom: str | None = None,
        enable_ace: bool | None = None,
        enable_dice: bool | None = None,
        enable_pie: bool | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> str:
        """Call `to` into the conference `conference_id` (created when it does not exist);
        the call's ID."""
        from sinch_voice.api.callouts import callouts

        fields = conference_fields(
            to, conference_id, cli, greeting, locale, moh, dtmf_options, max_duration, dtmf,
            domain, custom, enable_ace, enable_dice, enable_pie,
        )  # fmt: skip
        client = client_for(self.client, headers)
        body = body_of("conferenceCallout", fields)
        return call_id_of(await callouts.asyncio_detailed(client=client, body=body))

    async def custom(
        self,
        to: str | Destination | None = None,
        *,
        ice: IceSvaml | str | None = None,
        ace: AceSvaml | str | None = None,
        pie: PieSvaml | str | None = None,
        dice: str | None = None,
        cli: str | None = None,
        max_duration: int | None = None,
        dtmf: str | None = None,
        custom: str | None = None,
        enable_ace: bool | None = None,
        enable_dice: bool | None = None,
        amd: AmdRequest | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> str:
        """Place a call that runs your SVAML: `ice`, `ace` and `pie` each as typed SVAML or a
        URL, `dice` a URL; the call's ID."""
        from sinch_voice.api.callouts import callouts

        fields = custom_fields(
            to, ice, ace, pie, dice, cli, max_duration, dtmf, custom, enable_ace, enable_dice,
            amd,
        )  # fmt: skip
        client = client_for(self.client, headers)
        body = body_of("customCallout", fields)
        return call_id_of(await callouts.asyncio_detailed(client=client, body=body))
