from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ConfiguredCallbackUrls")


@_attrs_define
class ConfiguredCallbackUrls:
    """The primary and fallback callback URLs configured for an application. Either may be
    absent or null when it is not configured; neither is format-checked in answers.

        Example:
            {'primary': 'https://primarycallback.com', 'fallback': 'https://fallbackcallback.com'}

    """

    primary: None | str | Unset = UNSET
    """ The URL Sinch calls with events of the application. """
    fallback: None | str | Unset = UNSET
    """ Called only when the primary URL times out or answers with an error. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        primary: None | str | Unset
        if isinstance(self.primary, Unset):
            primary = UNSET
        else:
            primary = self.primary

        fallback: None | str | Unset
        if isinstance(self.fallback, Unset):
            fallback = UNSET
        else:
            fallback = self.fallback

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if primary is not UNSET:
            field_dict["primary"] = primary
        if fallback is not UNSET:
            field_dict["fallback"] = fallback

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        primary: None | str | Unset = d.pop("primary", UNSET)

        fallback: None | str | Unset = d.pop("fallback", UNSET)

        configured_callback_urls = cls(
            primary=primary,
            fallback=fallback,
        )

        configured_callback_urls.additional_properties = d
        return configured_callback_urls

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
