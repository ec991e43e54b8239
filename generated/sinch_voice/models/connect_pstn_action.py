from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ConnectPstnAction")


@_attrs_define
class ConnectPstnAction:
    """Connect the call to a phone number.

    Example:
        {'name': 'connectPstn', 'number': '+46730170101', 'locale': 'en-US', 'maxDuration': 3000, 'dialTimeout': 30,
            'cli': '+46708168731', 'suppressCallbacks': False, 'dtmf': 'ww1234#', 'indications': 'se', 'amd': {'enabled':
            True}}

    """

    name: Literal["connectPstn"] = "connectPstn"
    number: str | Unset = UNSET
    """ The number to call (E.164); by default the number the caller dialled. """
    locale: str | Unset = UNSET
    """ The locale, as `en-US` (default `en-US`). """
    max_duration: int | Unset = UNSET
    """ The longest the call may last, in seconds (at most 14400). """
    dial_timeout: int | Unset = UNSET
    """ How long to let the callee's phone ring, in seconds. """
    cli: str | Unset = UNSET
    """ The caller ID to show the callee (your verified or Sinch number). """
    suppress_callbacks: bool | Unset = UNSET
    """ Whether to send no ACE and DiCE for the call. """
    dtmf: str | Unset = UNSET
    """ DTMF tones to play to the callee on answer (`0-9`, `#`, `w` = 500 ms pause). """
    indications: str | Unset = UNSET
    """ The ringing tone's country (`at`, `au`, ..., `se`, `uk`, `us`, `za`). Any string is
    sent: Sinch's own SDKs pass values they do not list.
     """
    amd: AmdRequest | Unset = UNSET
    """ Ask for answering-machine detection. """

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        number = self.number

        locale = self.locale

        max_duration = self.max_duration

        dial_timeout = self.dial_timeout

        cli = self.cli

        suppress_callbacks = self.suppress_callbacks

        dtmf = self.dtmf

        indications = self.indications

        amd: dict[str, Any] | Unset = UNSET
        if not isinstance(self.amd, Unset):
            amd = self.amd.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
            }
        )
        if number is not UNSET:
            field_dict["number"] = number
        if locale is not UNSET:
            field_dict["locale"] = locale
        if max_duration is not UNSET:
            field_dict["maxDuration"] = max_duration
        if dial_timeout is not UNSET:
            field_dict["dialTimeout"] = dial_timeout
        if cli is not UNSET:
            field_dict["cli"] = cli
        if suppress_callbacks is not UNSET:
            field_dict["suppressCallbacks"] = suppress_callbacks
        if dtmf is not UNSET:
            field_dict["dtmf"] = dtmf
        if indications is not UNSET:
            field_dict["indications"] = indications
        if amd is not UNSET:
            field_dict["amd"] = amd

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = cast(Literal["connectPstn"], d.pop("name"))
        if name != "connectPstn":
            raise ValueError(f"name must match const 'connectPstn', got '{name}'")

        number = d.pop("number", UNSET)

        locale = d.pop("locale", UNSET)

        max_duration = d.pop("maxDuration", UNSET)

        dial_timeout = d.pop("dialTimeout", UNSET)

        cli = d.pop("cli", UNSET)

        suppress_callbacks = d.pop("suppressCallbacks", UNSET)

        dtmf = d.pop("dtmf", UNSET)

        indications = d.pop("indications", UNSET)

        _amd = d.pop("amd", UNSET)
        amd: AmdRequest | Unset
        if isinstance(_amd, Unset):
            amd = UNSET
        else:
            amd = AmdRequest.from_dict(_amd)

        connect_pstn_action = cls(
            name=name,
            number=number,
            locale=locale,
            max_duration=max_duration,
            dial_timeout=dial_timeout,
            cli=cli,
            suppress_callbacks=suppress_callbacks,
            dtmf=dtmf,
            indications=indications,
            amd=amd,
        )

        return connect_pstn_action


# The models this one refers to, imported after its class: they may refer back to it.
from ..models.amd_request import AmdRequest
