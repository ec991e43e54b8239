from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.configured_callback_urls import ConfiguredCallbackUrls


T = TypeVar("T", bound="CallbackConfiguration")


@_attrs_define
class CallbackConfiguration:
    """The callback URLs configured for an application.

    Example:
        {'url': {'primary': 'https://primarycallback.com', 'fallback': 'https://fallbackcallback.com'}}

    """

    url: ConfiguredCallbackUrls
    """ The primary and fallback callback URLs configured for an application. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url = self.url.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "url": url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.configured_callback_urls import ConfiguredCallbackUrls

        d = dict(src_dict)
        url = ConfiguredCallbackUrls.from_dict(d.pop("url"))

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
