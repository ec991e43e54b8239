"""Contains all the data models used in inputs/outputs

Each model's module is imported the first time the model is looked up here.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .assign_numbers_request import AssignNumbersRequest
    from .callback_configuration import CallbackConfiguration
    from .callback_urls import CallbackUrls
    from .capability import Capability
    from .configured_callback_urls import ConfiguredCallbackUrls
    from .empty_response import EmptyResponse
    from .error_response import ErrorResponse
    from .number_info import NumberInfo
    from .number_rate import NumberRate
    from .number_type import NumberType
    from .owned_number import OwnedNumber
    from .owned_number_list import OwnedNumberList
    from .query_number_response import QueryNumberResponse
    from .unassign_number_request import UnassignNumberRequest
    from .update_callback_urls_request import UpdateCallbackUrlsRequest

# model name -> the module defining it
_MODULES = {
    "AssignNumbersRequest": ".assign_numbers_request",
    "CallbackConfiguration": ".callback_configuration",
    "CallbackUrls": ".callback_urls",
    "Capability": ".capability",
    "ConfiguredCallbackUrls": ".configured_callback_urls",
    "EmptyResponse": ".empty_response",
    "ErrorResponse": ".error_response",
    "NumberInfo": ".number_info",
    "NumberRate": ".number_rate",
    "NumberType": ".number_type",
    "OwnedNumber": ".owned_number",
    "OwnedNumberList": ".owned_number_list",
    "QueryNumberResponse": ".query_number_response",
    "UnassignNumberRequest": ".unassign_number_request",
    "UpdateCallbackUrlsRequest": ".update_callback_urls_request",
}


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value  # later lookups skip this function
    return value


def __dir__() -> list[str]:
    return sorted(__all__)


__all__ = (
    "AssignNumbersRequest",
    "CallbackConfiguration",
    "CallbackUrls",
    "Capability",
    "ConfiguredCallbackUrls",
    "EmptyResponse",
    "ErrorResponse",
    "NumberInfo",
    "NumberRate",
    "NumberType",
    "OwnedNumber",
    "OwnedNumberList",
    "QueryNumberResponse",
    "UnassignNumberRequest",
    "UpdateCallbackUrlsRequest",
)
