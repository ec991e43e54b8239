"""Contains all the data models used in inputs/outputs

Each model's module is imported the first time the model is looked up here.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .ace_event import AceEvent
    from .ace_svaml import AceSvaml
    from .amd_request import AmdRequest
    from .amd_result import AmdResult
    from .amd_status import AmdStatus
    from .answer_instruction import AnswerInstruction
    from .assign_numbers_request import AssignNumbersRequest
    from .call_header import CallHeader
    from .call_information import CallInformation
    from .call_leg import CallLeg
    from .call_participant import CallParticipant
    from .call_status import CallStatus
    from .call_update import CallUpdate
    from .callback_configuration import CallbackConfiguration
    from .callback_urls import CallbackUrls
    from .callout_headers import CalloutHeaders
    from .callout_response import CalloutResponse
    from .capability import Capability
    from .conference_callout import ConferenceCallout
    from .conference_callout_request import ConferenceCalloutRequest
    from .conference_dtmf_options import ConferenceDtmfOptions
    from .conference_dtmf_options_mode import ConferenceDtmfOptionsMode
    from .conference_info import ConferenceInfo
    from .conference_participant import ConferenceParticipant
    from .configured_callback_urls import ConfiguredCallbackUrls
    from .connect_conf_action import ConnectConfAction
    from .connect_mxp_action import ConnectMxpAction
    from .connect_pstn_action import ConnectPstnAction
    from .connect_sip_action import ConnectSipAction
    from .connect_stream_action import ConnectStreamAction
    from .continue_action import ContinueAction
    from .custom_callout import CustomCallout
    from .custom_callout_request import CustomCalloutRequest
    from .dice_event import DiceEvent
    from .dice_reason import DiceReason
    from .dice_result import DiceResult
    from .domain import Domain
    from .empty_response import EmptyResponse
    from .error_response import ErrorResponse
    from .hangup_action import HangupAction
    from .ice_event import IceEvent
    from .ice_svaml import IceSvaml
    from .input_method import InputMethod
    from .manage_participant_request import ManageParticipantRequest
    from .menu import Menu
    from .menu_option import MenuOption
    from .menu_result import MenuResult
    from .menu_result_type import MenuResultType
    from .money import Money
    from .music_on_hold import MusicOnHold
    from .notification_type import NotificationType
    from .notify_event import NotifyEvent
    from .number_destination import NumberDestination
    from .number_info import NumberInfo
    from .number_rate import NumberRate
    from .number_type import NumberType
    from .owned_number import OwnedNumber
    from .owned_number_list import OwnedNumberList
    from .park_action import ParkAction
    from .participant_command import ParticipantCommand
    from .participant_type import ParticipantType
    from .pie_event import PieEvent
    from .pie_svaml import PieSvaml
    from .play_files_instruction import PlayFilesInstruction
    from .query_number_response import QueryNumberResponse
    from .recording_options import RecordingOptions
    from .run_menu_action import RunMenuAction
    from .say_instruction import SayInstruction
    from .send_dtmf_instruction import SendDtmfInstruction
    from .set_cookie_instruction import SetCookieInstruction
    from .sip_destination import SipDestination
    from .start_recording_instruction import StartRecordingInstruction
    from .stop_recording_instruction import StopRecordingInstruction
    from .streaming_options import StreamingOptions
    from .svaml_call_header import SvamlCallHeader
    from .svaml_destination import SvamlDestination
    from .svaml_response import SvamlResponse
    from .transcription_options import TranscriptionOptions
    from .tts_callout import TtsCallout
    from .tts_callout_request import TtsCalloutRequest
    from .unassign_number_request import UnassignNumberRequest
    from .update_callback_urls_request import UpdateCallbackUrlsRequest
    from .username_destination import UsernameDestination

# model name -> the module defining it
_MODULES = {
    "AceEvent": ".ace_event",
    "AceSvaml": ".ace_svaml",
    "AmdRequest": ".amd_request",
    "AmdResult": ".amd_result",
    "AmdStatus": ".amd_status",
    "AnswerInstruction": ".answer_instruction",
    "AssignNumbersRequest": ".assign_numbers_request",
    "CallHeader": ".call_header",
    "CallInformation": ".call_information",
    "CallLeg": ".call_leg",
    "CallParticipant": ".call_participant",
    "CallStatus": ".call_status",
    "CallUpdate": ".call_update",
    "CallbackConfiguration": ".callback_configuration",
    "CallbackUrls": ".callback_urls",
    "CalloutHeaders": ".callout_headers",
    "CalloutResponse": ".callout_response",
    "Capability": ".capability",
    "ConferenceCallout": ".conference_callout",
    "ConferenceCalloutRequest": ".conference_callout_request",
    "ConferenceDtmfOptions": ".conference_dtmf_options",
    "ConferenceDtmfOptionsMode": ".conference_dtmf_options_mode",
    "ConferenceInfo": ".conference_info",
    "ConferenceParticipant": ".conference_participant",
    "ConfiguredCallbackUrls": ".configured_callback_urls",
    "ConnectConfAction": ".connect_conf_action",
    "ConnectMxpAction": ".connect_mxp_action",
    "ConnectPstnAction": ".connect_pstn_action",
    "ConnectSipAction": ".connect_sip_action",
    "ConnectStreamAction": ".connect_stream_action",
    "ContinueAction": ".continue_action",
    "CustomCallout": ".custom_callout",
    "CustomCalloutRequest": ".custom_callout_request",
    "DiceEvent": ".dice_event",
    "DiceReason": ".dice_reason",
    "DiceResult": ".dice_result",
    "Domain": ".domain",
    "EmptyResponse": ".empty_response",
    "ErrorResponse": ".error_response",
    "HangupAction": ".hangup_action",
    "IceEvent": ".ice_event",
    "IceSvaml": ".ice_svaml",
    "InputMethod": ".input_method",
    "ManageParticipantRequest": ".manage_participant_request",
    "Menu": ".menu",
    "MenuOption": ".menu_option",
    "MenuResult": ".menu_result",
    "MenuResultType": ".menu_result_type",
    "Money": ".money",
    "MusicOnHold": ".music_on_hold",
    "NotificationType": ".notification_type",
    "NotifyEvent": ".notify_event",
    "NumberDestination": ".number_destination",
    "NumberInfo": ".number_info",
    "NumberRate": ".number_rate",
    "NumberType": ".number_type",
    "OwnedNumber": ".owned_number",
    "OwnedNumberList": ".owned_number_list",
    "ParkAction": ".park_action",
    "ParticipantCommand": ".participant_command",
    "ParticipantType": ".participant_type",
    "PieEvent": ".pie_event",
    "PieSvaml": ".pie_svaml",
    "PlayFilesInstruction": ".play_files_instruction",
    "QueryNumberResponse": ".query_number_response",
    "RecordingOptions": ".recording_options",
    "RunMenuAction": ".run_menu_action",
    "SayInstruction": ".say_instruction",
    "SendDtmfInstruction": ".send_dtmf_instruction",
    "SetCookieInstruction": ".set_cookie_instruction",
    "SipDestination": ".sip_destination",
    "StartRecordingInstruction": ".start_recording_instruction",
    "StopRecordingInstruction": ".stop_recording_instruction",
    "StreamingOptions": ".streaming_options",
    "SvamlCallHeader": ".svaml_call_header",
    "SvamlDestination": ".svaml_destination",
    "SvamlResponse": ".svaml_response",
    "TranscriptionOptions": ".transcription_options",
    "TtsCallout": ".tts_callout",
    "TtsCalloutRequest": ".tts_callout_request",
    "UnassignNumberRequest": ".unassign_number_request",
    "UpdateCallbackUrlsRequest": ".update_callback_urls_request",
    "UsernameDestination": ".username_destination",
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
    "AceEvent",
    "AceSvaml",
    "AmdRequest",
    "AmdResult",
    "AmdStatus",
    "AnswerInstruction",
    "AssignNumbersRequest",
    "CallHeader",
    "CallInformation",
    "CallLeg",
    "CallParticipant",
    "CallStatus",
    "CallUpdate",
    "CallbackConfiguration",
    "CallbackUrls",
    "CalloutHeaders",
    "CalloutResponse",
    "Capability",
    "ConferenceCallout",
    "ConferenceCalloutRequest",
    "ConferenceDtmfOptions",
    "ConferenceDtmfOptionsMode",
    "ConferenceInfo",
    "ConferenceParticipant",
    "ConfiguredCallbackUrls",
    "ConnectConfAction",
    "ConnectMxpAction",
    "ConnectPstnAction",
    "ConnectSipAction",
    "ConnectStreamAction",
    "ContinueAction",
    "CustomCallout",
    "CustomCalloutRequest",
    "DiceEvent",
    "DiceReason",
    "DiceResult",
    "Domain",
    "EmptyResponse",
    "ErrorResponse",
    "HangupAction",
    "IceEvent",
    "IceSvaml",
    "InputMethod",
    "ManageParticipantRequest",
    "Menu",
    "MenuOption",
    "MenuResult",
    "MenuResultType",
    "Money",
    "MusicOnHold",
    "NotificationType",
    "NotifyEvent",
    "NumberDestination",
    "NumberInfo",
    "NumberRate",
    "NumberType",
    "OwnedNumber",
    "OwnedNumberList",
    "ParkAction",
    "ParticipantCommand",
    "ParticipantType",
    "PieEvent",
    "PieSvaml",
    "PlayFilesInstruction",
    "QueryNumberResponse",
    "RecordingOptions",
    "RunMenuAction",
    "SayInstruction",
    "SendDtmfInstruction",
    "SetCookieInstruction",
    "SipDestination",
    "StartRecordingInstruction",
    "StopRecordingInstruction",
    "StreamingOptions",
    "SvamlCallHeader",
    "SvamlDestination",
    "SvamlResponse",
    "TranscriptionOptions",
    "TtsCallout",
    "TtsCalloutRequest",
    "UnassignNumberRequest",
    "UpdateCallbackUrlsRequest",
    "UsernameDestination",
)
