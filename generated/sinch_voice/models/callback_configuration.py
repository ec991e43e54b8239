from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CallbackConfiguration")


@_attrs_define
class CallbackConfiguration:
    """The callback URLs configured for an application.

    Example:
        {'url': {'primary': 'https://primarycallback.com', 'fallback': 'https://fallbackcallback.com'}}

    """

    url: ConfiguredCallbackUrls | None | Unset = UNSET
    """ The URLs; absent or null when none is configured. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url: dict[str, Any] | None | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        elif isinstance(self.url, ConfiguredCallbackUrls):
            url = self.url.to_dict()
        else:
            url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_url(data: object) -> ConfiguredCallbackUrls | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                url_type_0 = ConfiguredCallbackUrls.from_dict(data)

                return url_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConfiguredCallbackUrls | None | Unset, data)

        url = _parse_url(d.pop("url", UNSET))

        callback_configuration = cls(
            url=url,
        )

        callback_configuration.additional_properties = d
        return callback_configuration

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


# The models this one refers to, imported after its class: they may refer back to it.
from ..models.configured_callback_urls import ConfiguredCallbackUrls
