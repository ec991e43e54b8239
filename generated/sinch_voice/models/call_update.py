from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="CallUpdate")


@_attrs_define
class CallUpdate:
    """SVAML for a call in progress - instructions, then hangup, continue or park. Either may
    be left out (Sinch's own examples send instructions alone).

        Example:
            {'instructions': [{'name': 'say', 'text': 'Goodbye.', 'locale': 'en-US'}], 'action': {'name': 'hangup'}}

    """

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
    action: ContinueAction | HangupAction | ParkAction | Unset = UNSET
    """ What a call in progress does next (the actions a PATCH takes). """

    def to_dict(self) -> dict[str, Any]:
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

        action: dict[str, Any] | Unset
        if isinstance(self.action, Unset):
            action = UNSET
        elif isinstance(self.action, HangupAction) or isinstance(
            self.action, ContinueAction
        ):
            action = self.action.to_dict()
        else:
            action = self.action.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if instructions is not UNSET:
            field_dict["instructions"] = instructions
        if action is not UNSET:
            field_dict["action"] = action

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
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
                        componentsschemas_svaml_instruction_type_0 = (
                            PlayFilesInstruction.from_dict(data)
                        )

                        return componentsschemas_svaml_instruction_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_svaml_instruction_type_1 = (
                            SayInstruction.from_dict(data)
                        )

                        return componentsschemas_svaml_instruction_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_svaml_instruction_type_2 = (
                            SendDtmfInstruction.from_dict(data)
                        )

                        return componentsschemas_svaml_instruction_type_2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_svaml_instruction_type_3 = (
                            SetCookieInstruction.from_dict(data)
                        )

                        return componentsschemas_svaml_instruction_type_3
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_svaml_instruction_type_4 = (
                            AnswerInstruction.from_dict(data)
                        )

                        return componentsschemas_svaml_instruction_type_4
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_svaml_instruction_type_5 = (
                            StartRecordingInstruction.from_dict(data)
                        )

                        return componentsschemas_svaml_instruction_type_5
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_svaml_instruction_type_6 = (
                        StopRecordingInstruction.from_dict(data)
                    )

                    return componentsschemas_svaml_instruction_type_6

                instructions_item = _parse_instructions_item(instructions_item_data)

                instructions.append(instructions_item)

        def _parse_action(
            data: object,
        ) -> ContinueAction | HangupAction | ParkAction | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_call_update_action_type_0 = HangupAction.from_dict(
                    data
                )

                return componentsschemas_call_update_action_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_call_update_action_type_1 = ContinueAction.from_dict(
                    data
                )

                return componentsschemas_call_update_action_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_call_update_action_type_2 = ParkAction.from_dict(data)

            return componentsschemas_call_update_action_type_2

        action = _parse_action(d.pop("action", UNSET))

        call_update = cls(
            instructions=instructions,
            action=action,
        )

        return call_update


# The models this one refers to, imported after its class: they may refer back to it.
from ..models.answer_instruction import AnswerInstruction
from ..models.continue_action import ContinueAction
from ..models.hangup_action import HangupAction
from ..models.park_action import ParkAction
from ..models.play_files_instruction import PlayFilesInstruction
from ..models.say_instruction import SayInstruction
from ..models.send_dtmf_instruction import SendDtmfInstruction
from ..models.set_cookie_instruction import SetCookieInstruction
from ..models.start_recording_instruction import StartRecordingInstruction
from ..models.stop_recording_instruction import StopRecordingInstruction
