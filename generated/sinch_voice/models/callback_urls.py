from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="CallbackUrls")


@_attrs_define
class CallbackUrls:
    """New primary and/or fallback callback URLs for an application.

    Example:
        {'primary': 'https://primarycallback.com', 'fallback': 'https://fallbackcallback.com'}

    """

    primary: str | Unset = UNSET
    """ The URL Sinch calls with events of the application. """
    fallback: str | Unset = UNSET
    """ Called only when the primary URL times out or answers with an error. """

    def to_dict(self) -> dict[str, Any]:
        primary = self.primary

        fallback = self.fallback

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if primary is not UNSET:
            field_dict["primary"] = primary
        if fallback is not UNSET:
            field_dict["fallback"] = fallback

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        primary = d.pop("primary", UNSET)

        fallback = d.pop("fallback", UNSET)

        callback_urls = cls(
            primary=primary,
            fallback=fallback,
        )

        return callback_urls
