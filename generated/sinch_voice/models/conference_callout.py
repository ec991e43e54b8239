from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.domain import Domain, check_domain
from ..models.music_on_hold import MusicOnHold, check_music_on_hold
from ..types import UNSET, Unset

T = TypeVar("T", bound="ConferenceCallout")


@_attrs_define
class ConferenceCallout:
    """Call someone into a conference (created when it does not exist).

    Example:
        {'cli': '+46708168731', 'destination': {'type': 'number', 'endpoint': '+46730170101'}, 'conferenceId': 'my-
            conference', 'greeting': 'Welcome to the conference.'}

    """

    destination: NumberDestination | SipDestination | UsernameDestination
    """ Who to call: a number (E.164), an app user, or a SIP address; `type` says which. Sinch
    also accepts `Number` and `Username`; the client sends lower case, as Sinch's SDKs do.
     """
    conference_id: str
    """ A conference's ID as the client sends it in a path: at most 64 characters (Sinch's
    limit), of RFC 3986's unreserved characters, so that it travels and is signed
    unchanged; not `.` or `..` alone.
     """
    cli: str | Unset = UNSET
    """ A phone number in E.164 format (`+` then 2 to 15 digits, no spaces). """
    dtmf: str | Unset = UNSET
    """ DTMF tones to send when the call is answered (`0-9`, `#`, `w` = 500 ms pause). """
    custom: str | Unset = UNSET
    """ Data of your own, sent back in the call's events. """
    conference_dtmf_options: ConferenceDtmfOptions | Unset = UNSET
    """ What DTMF does for a conference participant. """
    max_duration: int | Unset = UNSET
    """ The longest the call may last, in seconds (at most 14400, four hours). """
    enable_ace: bool | Unset = UNSET
    """ Whether your callback URL gets an ACE when the call is answered. """
    enable_dice: bool | Unset = UNSET
    """ Whether your callback URL gets a DiCE when the call ends. """
    enable_pie: bool | Unset = UNSET
    """ Whether your callback URL gets a PIE for keys pressed (PSTN and SIP). """
    locale: str | Unset = UNSET
    """ The voice and language of the greeting (default `en-US`). """
    greeting: str | Unset = UNSET
    """ What the callee hears before joining. """
    moh_class: MusicOnHold | Unset = UNSET
    """ Music on hold. """
    domain: Domain | Unset = UNSET
    """ `pstn` for the telephone network, `mxp` for app and web (data) clients. The generator
    folds enum values that differ only in case (in no fixed order), so the upper-case forms
    Sinch also sends are not listed: `OpenDomain` keeps them as strings.
     """

    def to_dict(self) -> dict[str, Any]:
        destination: dict[str, Any]
        if isinstance(self.destination, NumberDestination) or isinstance(
            self.destination, UsernameDestination
        ):
            destination = self.destination.to_dict()
        else:
            destination = self.destination.to_dict()

        conference_id = self.conference_id

        cli = self.cli

        dtmf = self.dtmf

        custom = self.custom

        conference_dtmf_options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.conference_dtmf_options, Unset):
            conference_dtmf_options = self.conference_dtmf_options.to_dict()

        max_duration = self.max_duration

        enable_ace = self.enable_ace

        enable_dice = self.enable_dice

        enable_pie = self.enable_pie

        locale = self.locale

        greeting = self.greeting

        moh_class: str | Unset = UNSET
        if not isinstance(self.moh_class, Unset):
            moh_class = self.moh_class

        domain: str | Unset = UNSET
        if not isinstance(self.domain, Unset):
            domain = self.domain

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "destination": destination,
                "conferenceId": conference_id,
            }
        )
        if cli is not UNSET:
            field_dict["cli"] = cli
        if dtmf is not UNSET:
            field_dict["dtmf"] = dtmf
        if custom is not UNSET:
            field_dict["custom"] = custom
        if conference_dtmf_options is not UNSET:
            field_dict["conferenceDtmfOptions"] = conference_dtmf_options
        if max_duration is not UNSET:
            field_dict["maxDuration"] = max_duration
        if enable_ace is not UNSET:
            field_dict["enableAce"] = enable_ace
        if enable_dice is not UNSET:
            field_dict["enableDice"] = enable_dice
        if enable_pie is not UNSET:
            field_dict["enablePie"] = enable_pie
        if locale is not UNSET:
            field_dict["locale"] = locale
        if greeting is not UNSET:
            field_dict["greeting"] = greeting
        if moh_class is not UNSET:
            field_dict["mohClass"] = moh_class
        if domain is not UNSET:
            field_dict["domain"] = domain

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

        conference_id = d.pop("conferenceId")

        cli = d.pop("cli", UNSET)

        dtmf = d.pop("dtmf", UNSET)

        custom = d.pop("custom", UNSET)

        _conference_dtmf_options = d.pop("conferenceDtmfOptions", UNSET)
        conference_dtmf_options: ConferenceDtmfOptions | Unset
        if isinstance(_conference_dtmf_options, Unset):
            conference_dtmf_options = UNSET
        else:
            conference_dtmf_options = ConferenceDtmfOptions.from_dict(
                _conference_dtmf_options
            )

        max_duration = d.pop("maxDuration", UNSET)

        enable_ace = d.pop("enableAce", UNSET)

        enable_dice = d.pop("enableDice", UNSET)

        enable_pie = d.pop("enablePie", UNSET)

        locale = d.pop("locale", UNSET)

        greeting = d.pop("greeting", UNSET)

        _moh_class = d.pop("mohClass", UNSET)
        moh_class: MusicOnHold | Unset
        if isinstance(_moh_class, Unset):
            moh_class = UNSET
        else:
            moh_class = check_music_on_hold(_moh_class)

        _domain = d.pop("domain", UNSET)
        domain: Domain | Unset
        if isinstance(_domain, Unset):
            domain = UNSET
        else:
            domain = check_domain(_domain)

        conference_callout = cls(
            destination=destination,
            conference_id=conference_id,
            cli=cli,
            dtmf=dtmf,
            custom=custom,
            conference_dtmf_options=conference_dtmf_options,
            max_duration=max_duration,
            enable_ace=enable_ace,
            enable_dice=enable_dice,
            enable_pie=enable_pie,
            locale=locale,
            greeting=greeting,
            moh_class=moh_class,
            domain=domain,
        )

        return conference_callout


# The models this one refers to, imported after its class: they may refer back to it.
from ..models.conference_dtmf_options import ConferenceDtmfOptions
from ..models.number_destination import NumberDestination
from ..models.sip_destination import SipDestination
from ..models.username_destination import UsernameDestination
