from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.amd_status import AmdStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="AmdResult")


@_attrs_define
class AmdResult:
    """The answering-machine detection verdict.

    Example:
        {'status': 'human', 'reason': 'longgreeting', 'duration': 3}

    """

    status: AmdStatus | str | Unset = UNSET
    """ The verdict. Any string is kept. """
    reason: str | Unset = UNSET
    """ Why (`longgreeting`, `initialsilence`, `greeting`, `beep`, `n/a`, ...); any string
    is kept.
     """
    duration: int | Unset = UNSET
    """ How long the detection took, in seconds. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status: str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, str):
            status = self.status
        else:
            status = self.status

        reason = self.reason

        duration = self.duration

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if reason is not UNSET:
            field_dict["reason"] = reason
        if duration is not UNSET:
            field_dict["duration"] = duration

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        status: AmdStatus | str | Unset = d.pop("status", UNSET)

        reason = d.pop("reason", UNSET)

        duration = d.pop("duration", UNSET)

        amd_result = cls(
            status=status,
            reason=reason,
            duration=duration,
        )

        amd_result.additional_properties = d
        return amd_result

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
