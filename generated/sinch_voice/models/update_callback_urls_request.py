from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="UpdateCallbackUrlsRequest")


@_attrs_define
class UpdateCallbackUrlsRequest:
    """New callback URLs for an application; either one may be set alone.

    Example:
        {'url': {'primary': 'https://primarycallback.com'}}

    """

    url: CallbackUrls
    """ New primary and/or fallback callback URLs for an application. """

    def to_dict(self) -> dict[str, Any]:
        url = self.url.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "url": url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        url = CallbackUrls.from_dict(d.pop("url"))

        update_callback_urls_request = cls(
            url=url,
        )

        return update_callback_urls_request


# The models this one refers to, imported after its class: they may refer back to it.
from ..models.callback_urls import CallbackUrls
