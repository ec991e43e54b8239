from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomCallout")


@_attrs_define
class CustomCallout:
    """Call someone and run your SVAML: `ice`, `ace` and `pie` are each a URL Sinch fetches
    the SVAML from, or the SVAML itself as JSON text; `dice` is a URL. With an inline `ice`,
    its `connectPstn` (or other connect action) names who is called. `enableAce`,
    `enableDice` and `amd` are not in Sinch's schema but in its own examples and Java SDK.

        Example:
            {'cli': '+46708168731', 'destination': {'type': 'number', 'endpoint': '+46730170101'}, 'ice': '{"action":
                {"name": "connectPstn", "number": "+46730170101", "cli": "+46708168731"}}', 'ace': '{"action": {"name":
                "continue"}}'}

    """

    cli: str | Unset = UNSET
    """ A phone number in E.164 format (`+` then 2 to 15 digits, no spaces). """
    destination: NumberDestination | SipDestination | Unset | UsernameDestination = (
        UNSET
    )
    """ Who to call: a number (E.164), an app user, or a SIP address; `type` says which. Sinch
    also accepts `Number` and `Username`; the client sends lower case, as Sinch's SDKs do.
     """
    dtmf: str | Unset = UNSET
    """ DTMF tones to send when the call is answered (`0-9`, `#`, `w` = 500 ms pause). """
    custom: str | Unset = UNSET
    """ Data of your own, sent back in the call's events. """
    max_duration: int | Unset = UNSET
    """ The longest the call may last, in seconds (at most 14400, four hours). """
    enable_ace: bool | Unset = UNSET
    """ Whether your callback URL gets an ACE when the call is answered. """
    enable_dice: bool | Unset = UNSET
    """ Whether your callback URL gets a DiCE when the call ends. """
    amd: AmdRequest | Unset = UNSET
    """ Ask for answering-machine detection. """
    ice: str | Unset = UNSET
    """ The ICE answer, as SVAML in JSON text or a URL. """
    ace: str | Unset = UNSET
    """ The ACE answer, as SVAML in JSON text or a URL. """
    pie: str | Unset = UNSET
    """ The PIE answer, as SVAML in JSON text or a URL. """
    dice: str | Unset = UNSET
    """ The URL that gets the DiCE. """

    def to_dict(self) -> dict[str, Any]:
        cli = self.cli

        destination: dict[str, Any] | Unset
        if isinstance(self.destination, Unset):
            destination = UNSET
        elif isinstance(self.destination, NumberDestination) or isinstance(
            self.destination, UsernameDestination
        ):
            destination = self.destination.to_dict()
        else:
            destination = self.destination.to_dict()

        dtmf = self.dtmf

        custom = self.custom

        max_duration = self.max_duration

        enable_ace = self.enable_ace

        enable_dice = self.enable_dice

        amd: dict[str, Any] | Unset = UNSET
        if not isinstance(self.amd, Unset):
            amd = self.amd.to_dict()

        ice = self.ice

        ace = self.ace

        pie = self.pie

        dice = self.dice

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if cli is not UNSET:
            field_dict["cli"] = cli
        if destination is not UNSET:
            field_dict["destination"] = destination
        if dtmf is not UNSET:
            field_dict["dtmf"] = dtmf
        if custom is not UNSET:
            field_dict["custom"] = custom
        if max_duration is not UNSET:
            field_dict["maxDuration"] = max_duration
        if enable_ace is not UNSET:
            field_dict["enableAce"] = enable_ace
        if enable_dice is not UNSET:
            field_dict["enableDice"] = enable_dice
        if amd is not UNSET:
            field_dict["amd"] = amd
        if ice is not UNSET:
            field_dict["ice"] = ice
        if ace is not UNSET:
            field_dict["ace"] = ace
        if pie is not UNSET:
            field_dict["pie"] = pie
        if dice is not UNSET:
            field_dict["dice"] = dice

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        cli = d.pop("cli", UNSET)

        def _parse_destination(
            data: object,
        ) -> NumberDestination | SipDestination | Unset | UsernameDestination:
            if isinstance(data, Unset):
                return data
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

        destination = _parse_destination(d.pop("destination", UNSET))

        dtmf = d.pop("dtmf", UNSET)

        custom = d.pop("custom", UNSET)

        max_duration = d.pop("maxDuration", UNSET)

        enable_ace = d.pop("enableAce", UNSET)

        enable_dice = d.pop("enableDice", UNSET)

        _amd = d.pop("amd", UNSET)
        amd: AmdRequest | Unset
        if isinstance(_amd, Unset):
            amd = UNSET
        else:
            amd = AmdRequest.from_dict(_amd)

        ice = d.pop("ice", UNSET)

        ace = d.pop("ace", UNSET)

        pie = d.pop("pie", UNSET)

        dice = d.pop("dice", UNSET)

        custom_callout = cls(
            cli=cli,
            destination=destination,
            dtmf=dtmf,
            custom=custom,
            max_duration=max_duration,
            enable_ace=enable_ace,
            enable_dice=enable_dice,
            amd=amd,
            ice=ice,
            ace=ace,
            pie=pie,
            dice=dice,
        )

        return custom_callout


# The models this one refers to, imported after its class: they may refer back to it.
from ..models.amd_request import AmdRequest
from ..models.number_destination import NumberDestination
from ..models.sip_destination import SipDestination
from ..models.username_destination import UsernameDestination
