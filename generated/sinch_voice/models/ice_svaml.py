from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="IceSvaml")


@_attrs_define
class IceSvaml:
    """The answer to an ICE.

    Example:
        {'instructions': [{'name': 'say', 'text': 'Welcome. Connecting you now.', 'locale': 'en-US'}], 'action':
            {'name': 'connectPstn', 'number': '+46730170101', 'cli': '+46708168731'}}

    """

    action: (
        ConnectConfAction
        | ConnectMxpAction
        | ConnectPstnAction
        | ConnectSipAction
        | ConnectStreamAction
        | HangupAction
        | ParkAction
        | RunMenuAction
    )
    """ The actions an ICE answer may carry. """
    instructions: (
        list[
            AnswerInstruction
            | PlayFilesInstruction
            | SayInstruction
            | SendDtmfInstruction
            | SetCookieInstruction
            | StartRecordingInstruction
            | StopRecordingInstruction
        ]
        | Unset
    ) = UNSET
    """ Instructions carried out before the action, in order. """

    def to_dict(self) -> dict[str, Any]:
        action: dict[str, Any]
        if (
            isinstance(self.action, HangupAction)
            or isinstance(self.action, ConnectPstnAction)
            or isinstance(self.action, ConnectMxpAction)
            or isinstance(self.action, ConnectConfAction)
            or isinstance(self.action, ConnectSipAction)
            or isinstance(self.action, ConnectStreamAction)
            or isinstance(self.action, RunMenuAction)
        ):
            action = self.action.to_dict()
        else:
            action = self.action.to_dict()

        instructions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.instructions, Unset):
            instructions = []
            for instructions_item_data in self.instructions:
                instructions_item: dict[str, Any]
                if (
                    isinstance(instructions_item_data, PlayFilesInstruction)
                    or isinstance(instructions_item_data, SayInstruction)
                    or isinstance(instructions_item_data, SendDtmfInstruction)
                    or isinstance(instructions_item_data, SetCookieInstruction)
                    or isinstance(instructions_item_data, AnswerInstruction)
                    or isinstance(instructions_item_data, StartRecordingInstruction)
                ):
                    instructions_item = instructions_item_data.to_dict()
                else:
                    instructions_item = instructions_item_data.to_dict()

                instructions.append(instructions_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "action": action,
            }
        )
        if instructions is not UNSET:
            field_dict["instructions"] = instructions

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_action(
            data: object,
        ) -> (
            ConnectConfAction
            | ConnectMxpAction
            | ConnectPstnAction
            | ConnectSipAction
            | ConnectStreamAction
            | HangupAction
            | ParkAction
            | RunMenuAction
        ):
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_ice_action_type_0 = HangupAction.from_dict(data)

                return componentsschemas_ice_action_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_ice_action_type_1 = ConnectPstnAction.from_dict(data)

                return componentsschemas_ice_action_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_ice_action_type_2 = ConnectMxpAction.from_dict(data)

                return componentsschemas_ice_action_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_ice_action_type_3 = ConnectConfAction.from_dict(data)

                return componentsschemas_ice_action_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_ice_action_type_4 = ConnectSipAction.from_dict(data)

                return componentsschemas_ice_action_type_4
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_ice_action_type_5 = ConnectStreamAction.from_dict(
                    data
                )

                return componentsschemas_ice_action_type_5
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_ice_action_type_6 = RunMenuAction.from_dict(data)

                return componentsschemas_ice_action_type_6
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_ice_action_type_7 = ParkAction.from_dict(data)

            return componentsschemas_ice_action_type_7

        action = _parse_action(d.pop("action"))

        _instructions = d.pop("instructions", UNSET)
        instructions: (
            list[
                AnswerInstruction
                | PlayFilesInstruction
                | SayInstruction
                | SendDtmfInstruction
                | SetCookieInstruction
                | StartRecordingInstruction
                | StopRecordingInstruction
            ]
            | Unset
        ) = UNSET
        if _instructions is not UNSET:
            instructions = []
            for instructions_item_data in _instructions:

                def _parse_instructions_item(
                    data: object,
                ) -> (
                    AnswerInstruction
                    | PlayFilesInstruction
                    | SayInstruction
                    | SendDtmfInstruction
                    | SetCookieInstruction
                    | StartRecordingInstruction
                    | StopRecordingInstruction
                ):
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_ice_instruction_type_0 = (
                            PlayFilesInstruction.from_dict(data)
                        )

                        return componentsschemas_ice_instruction_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_ice_instruction_type_1 = (
                            SayInstruction.from_dict(data)
                        )

                        return componentsschemas_ice_instruction_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_ice_instruction_type_2 = (
                            SendDtmfInstruction.from_dict(data)
                        )

                        return componentsschemas_ice_instruction_type_2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_ice_instruction_type_3 = (
                            SetCookieInstruction.from_dict(data)
                        )

                        return componentsschemas_ice_instruction_type_3
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_ice_instruction_type_4 = (
                            AnswerInstruction.from_dict(data)
                        )

                        return componentsschemas_ice_instruction_type_4
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_ice_instruction_type_5 = (
                            StartRecordingInstruction.from_dict(data)
                        )

                        return componentsschemas_ice_instruction_type_5
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_ice_instruction_type_6 = (
                        StopRecordingInstruction.from_dict(data)
                    )

                    return componentsschemas_ice_instruction_type_6

                instructions_item = _parse_instructions_item(instructions_item_data)

                instructions.append(instructions_item)

        ice_svaml = cls(
            action=action,
            instructions=instructions,
        )

        return ice_svaml


# The models this one refers to, imported after its class: they may refer back to it.
from ..models.answer_instruction import AnswerInstruction
from ..models.connect_conf_action import ConnectConfAction
from ..models.connect_mxp_action import ConnectMxpAction
from ..models.connect_pstn_action import ConnectPstnAction
from ..models.connect_sip_action import ConnectSipAction
from ..models.connect_stream_action import ConnectStreamAction
from ..models.hangup_action import HangupAction
from ..models.park_action import ParkAction
from ..models.play_files_instruction import PlayFilesInstruction
from ..models.run_menu_action import RunMenuAction
from ..models.say_instruction import SayInstruction
from ..models.send_dtmf_instruction import SendDtmfInstruction
from ..models.set_cookie_instruction import SetCookieInstruction
from ..models.start_recording_instruction import StartRecordingInstruction
from ..models.stop_recording_instruction import StopRecordingInstruction
