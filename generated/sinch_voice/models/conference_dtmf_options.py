from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.conference_dtmf_options_mode import (
    ConferenceDtmfOptionsMode,
    check_conference_dtmf_options_mode,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ConferenceDtmfOptions")


@_attrs_define
class ConferenceDtmfOptions:
    """What DTMF does for a conference participant.

    Example:
        {'mode': 'detect', 'maxDigits': 4, 'timeoutMills': 5000}

    """

    mode: ConferenceDtmfOptionsMode | Unset = UNSET
    """ Ignore the tones, forward them to the other participants, or report them. """
    max_digits: int | Unset = UNSET
    """ The most digits to collect before reporting. """
    timeout_mills: int | Unset = UNSET
    """ How long to wait for digits, in milliseconds. """

    def to_dict(self) -> dict[str, Any]:
        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode

        max_digits = self.max_digits

        timeout_mills = self.timeout_mills

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if mode is not UNSET:
            field_dict["mode"] = mode
        if max_digits is not UNSET:
            field_dict["maxDigits"] = max_digits
        if timeout_mills is not UNSET:
            field_dict["timeoutMills"] = timeout_mills

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _mode = d.pop("mode", UNSET)
        mode: ConferenceDtmfOptionsMode | Unset
        if isinstance(_mode, Unset):
            mode = UNSET
        else:
            mode = check_conference_dtmf_options_mode(_mode)

        max_digits = d.pop("maxDigits", UNSET)

        timeout_mills = d.pop("timeoutMills", UNSET)

        conference_dtmf_options = cls(
            mode=mode,
            max_digits=max_digits,
            timeout_mills=timeout_mills,
        )

        return conference_dtmf_options
