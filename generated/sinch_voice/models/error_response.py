from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ErrorResponse")


@_attrs_define
class ErrorResponse:
    """Sinch's error body. The first three digits of `errorCode` are the HTTP status. No field
    is required: a client must make sense of any error body, even a partial one.

        Example:
            {'errorCode': 40001, 'message': 'Invalid parameter value in numbers[0].', 'reference':
                '7b1c4f0e-2f7a-4d3e-9a51-0c3d2f1e8a10'}

    """

    status: str | Unset = UNSET
    """ A short status text, when the server sends one. """
    error_code: int | str | Unset = UNSET
    """ Sinch's five-digit error code. Sinch's schema says string (example `'40400'`), its
    examples and servers send an integer: both are accepted.
     """
    message: str | Unset = UNSET
    """ What went wrong. """
    reference: str | Unset = UNSET
    """ A reference to quote to Sinch support. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        error_code: int | str | Unset
        if isinstance(self.error_code, Unset):
            error_code = UNSET
        else:
            error_code = self.error_code

        message = self.message

        reference = self.reference

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if error_code is not UNSET:
            field_dict["errorCode"] = error_code
        if message is not UNSET:
            field_dict["message"] = message
        if reference is not UNSET:
            field_dict["reference"] = reference

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        status = d.pop("status", UNSET)

        error_code: int | str | Unset = d.pop("errorCode", UNSET)

        message = d.pop("message", UNSET)

        reference = d.pop("reference", UNSET)

        error_response = cls(
            status=status,
            error_code=error_code,
            message=message,
            reference=reference,
        )

        error_response.additional_properties = d
        return error_response

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
