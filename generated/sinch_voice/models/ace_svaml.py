from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="AceSvaml")


@_attrs_define
class AceSvaml:
    """The answer to an ACE.

    Example:
        {'action': {'name': 'continue'}}

    """

    action: ConnectConfAction | ContinueAction | HangupAction | RunMenuAction
    """ The actions an ACE answer may carry. """
    instructions: (
        list[
            PlayFilesInstruction
            | SayInstruction
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
            or isinstance(self.action, ContinueAction)
            or isinstance(self.action, ConnectConfAction)
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
                    or isinstance(instructions_item_data, SetCookieInstruction)
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
        ) -> ConnectConfAction | ContinueAction | HangupAction | RunMenuAction:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_ace_action_type_0 = HangupAction.from_dict(data)

                return componentsschemas_ace_action_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_ace_action_type_1 = ContinueAction.from_dict(data)

                return componentsschemas_ace_action_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_ace_action_type_2 = ConnectConfAction.from_dict(data)

                return componentsschemas_ace_action_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_ace_action_type_3 = RunMenuAction.from_dict(data)

            return componentsschemas_ace_action_type_3

        action = _parse_action(d.pop("action"))

        _instructions = d.pop("instructions", UNSET)
        instructions: (
            list[
                PlayFilesInstruction
                | SayInstruction
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
                    PlayFilesInstruction
                    | SayInstruction
                    | SetCookieInstruction
                    | StartRecordingInstruction
                    | StopRecordingInstruction
                ):
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_ace_instruction_type_0 = (
                            PlayFilesInstruction.from_dict(data)
                        )

                        return componentsschemas_ace_instruction_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_ace_instruction_type_1 = (
                            SayInstruction.from_dict(data)
                        )

                        return componentsschemas_ace_instruction_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_ace_instruction_type_2 = (
                            SetCookieInstruction.from_dict(data)
                        )

                        return componentsschemas_ace_instruction_type_2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_ace_instruction_type_3 = (
                            StartRecordingInstruction.from_dict(data)
                        )

                        return componentsschemas_ace_instruction_type_3
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_ace_instruction_type_4 = (
                        StopRecordingInstruction.from_dict(data)
                    )

                    return componentsschemas_ace_instruction_type_4

                instructions_item = _parse_instructions_item(instructions_item_data)

                instructions.append(instructions_item)

        ace_svaml = cls(
            action=action,
            instructions=instructions,
        )

        return ace_svaml


# The models this one refers to, imported after its class: they may refer back to it.
from ..models.connect_conf_action import ConnectConfAction
from ..models.continue_action import ContinueAction
from ..models.hangup_action import HangupAction
from ..models.play_files_instruction import PlayFilesInstruction
from ..models.run_menu_action import RunMenuAction
from ..models.say_instruction import SayInstruction
from ..models.set_cookie_instruction import SetCookieInstruction
from ..models.start_recording_instruction import StartRecordingInstruction
from ..models.stop_recording_instruction import StopRecordingInstruction
