from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.domain import Domain, check_domain
from ..types import UNSET, Unset

T = TypeVar("T", bound="TtsCallout")


@_attrs_define
class TtsCallout:
    """Call someone and read them a text (or play prompts).

    Example:
        {'cli': '+46708168731', 'destination': {'type': 'number', 'endpoint': '+46730170101'}, 'locale': 'en-US',
            'text': 'Hello, this is a call from Sinch.'}

    """

    destination: NumberDestination | SipDestination | UsernameDestination
    """ Who to call: a number (E.164), an app user, or a SIP address; `type` says which. Sinch
    also accepts `Number` and `Username`; the client sends lower case, as Sinch's SDKs do.
     """
    cli: str | Unset = UNSET
    """ A phone number in E.164 format (`+` then 2 to 15 digits, no spaces). """
    dtmf: str | Unset = UNSET
    """ DTMF tones to send when the call is answered (`0-9`, `#`, `w` = 500 ms pause). """
    domain: Domain | Unset = UNSET
    """ `pstn` for the telephone network, `mxp` for app and web (data) clients. The generator
    folds enum values that differ only in case (in no fixed order), so the upper-case forms
    Sinch also sends are not listed: `OpenDomain` keeps them as strings.
     """
    custom: str | Unset = UNSET
    """ Data of your own, sent back in the call's events. """
    locale: str | Unset = UNSET
    """ The voice and language of the text (`en-US`, or a voice's name). """
    text: str | Unset = UNSET
    """ The text to read (at most 600 characters unless Sinch raised the limit). """
    prompts: str | Unset = UNSET
    """ Prompts instead of `text`, `;`-separated (`#tts[...]`, `#ssml[...]`, `#href[...]`). """
    enable_ace: bool | Unset = UNSET
    """ Whether your callback URL gets an ACE when the call is answered. """
    enable_dice: bool | Unset = UNSET
    """ Whether your callback URL gets a DiCE when the call ends. """
    enable_pie: bool | Unset = UNSET
    """ Whether your callback URL gets a PIE for keys pressed (PSTN and SIP). """

    def to_dict(self) -> dict[str, Any]:
        destination: dict[str, Any]
        if isinstance(self.destination, NumberDestination) or isinstance(
            self.destination, UsernameDestination
        ):
            destination = self.destination.to_dict()
        else:
            destination = self.destination.to_dict()

        cli = self.cli

        dtmf = self.dtmf

        domain: str | Unset = UNSET
        if not isinstance(self.domain, Unset):
            domain = self.domain

        custom = self.custom

        locale = self.locale

        text = self.text

        prompts = self.prompts

        enable_ace = self.enable_ace

        enable_dice = self.enable_dice

        enable_pie = self.enable_pie

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "destination": destination,
            }
        )
        if cli is not UNSET:
            field_dict["cli"] = cli
        if dtmf is not UNSET:
            field_dict["dtmf"] = dtmf
        if domain is not UNSET:
            field_dict["domain"] = domain
        if custom is not UNSET:
            field_dict["custom"] = custom
        if locale is not UNSET:
            field_dict["locale"] = locale
        if text is not UNSET:
            field_dict["text"] = text
        if prompts is not UNSET:
            field_dict["prompts"] = prompts
        if enable_ace is not UNSET:
            field_dict["enableAce"] = enable_ace
        if enable_dice is not UNSET:
            field_dict["enableDice"] = enable_dice
        if enable_pie is not UNSET:
            field_dict["enablePie"] = enable_pie

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_destination(
            data: object,
        ) -> NumberDestination | SipDestination | UsernameDestination:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_callout_destination_type_0 = (
                    NumberDestination.from_dict(data)
                )

                return componentsschemas_callout_destination_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_callout_destination_type_1 = (
                    UsernameDestination.from_dict(data)
                )

                return componentsschemas_callout_destination_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_callout_destination_type_2 = SipDestination.from_dict(
                data
            )

            return componentsschemas_callout_destination_type_2

        destination = _parse_destination(d.pop("destination"))

        cli = d.pop("cli", UNSET)

        dtmf = d.pop("dtmf", UNSET)

        _domain = d.pop("domain", UNSET)
        domain: Domain | Unset
        if isinstance(_domain, Unset):
            domain = UNSET
        else:
            domain = check_domain(_domain)

        custom = d.pop("custom", UNSET)

        locale = d.pop("locale", UNSET)

        text = d.pop("text", UNSET)

        prompts = d.pop("prompts", UNSET)

        enable_ace = d.pop("enableAce", UNSET)

        enable_dice = d.pop("enableDice", UNSET)

        enable_pie = d.pop("enablePie", UNSET)

        tts_callout = cls(
            destination=destination,
            cli=cli,
            dtmf=dtmf,
            domain=domain,
            custom=custom,
            locale=locale,
            text=text,
            prompts=prompts,
            enable_ace=enable_ace,
            enable_dice=enable_dice,
            enable_pie=enable_pie,
        )

        return tts_callout


# The models this one refers to, imported after its class: they may refer back to it.
from ..models.number_destination import NumberDestination
from ..models.sip_destination import SipDestination
from ..models.username_destination import UsernameDestination
