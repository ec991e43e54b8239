"""Contains all the data models used in inputs/outputs"""

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
