from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="AmdRequest")


@_attrs_define
class AmdRequest:
    """Ask for answering-machine detection.

    Example:
        {'enabled': True, 'async': False}

    """

    enabled: bool | Unset = UNSET
    """ Whether to detect answering machines. """
    async_: bool | Unset = UNSET
    """ Whether to report the verdict in a notification instead of the ACE. """

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        async_ = self.async_

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if async_ is not UNSET:
            field_dict["async"] = async_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        enabled = d.pop("enabled", UNSET)

        async_ = d.pop("async", UNSET)

        amd_request = cls(
            enabled=enabled,
            async_=async_,
        )

        return amd_request
