from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="RecordingOptions")


@_attrs_define
class RecordingOptions:
    """Where and how to record.

    Example:
        {'destinationUrl': 's3://recordings-bucket/calls', 'credentials': 'AKIAEXAMPLE:secretkey:eu-west-1', 'format':
            'wav', 'notificationEvents': True, 'transcriptionOptions': {'enabled': True, 'locale': 'en-US'}}

    """

    destination_url: str
    """ Where to store the file (Amazon S3 or Azure Blob Storage). """
    credentials: str
    """ How Sinch authenticates at the destination. """
    format_: str | Unset = UNSET
    """ The file format (`mp3`, the default, or `wav`). """
    notification_events: bool | Unset = UNSET
    """ Whether to send notifications when the recording is finished and stored. """
    transcription_options: TranscriptionOptions | Unset = UNSET
    """ Whether and how to transcribe a recording. """

    def to_dict(self) -> dict[str, Any]:
        destination_url = self.destination_url

        credentials = self.credentials

        format_ = self.format_

        notification_events = self.notification_events

        transcription_options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.transcription_options, Unset):
            transcription_options = self.transcription_options.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "destinationUrl": destination_url,
                "credentials": credentials,
            }
        )
        if format_ is not UNSET:
            field_dict["format"] = format_
        if notification_events is not UNSET:
            field_dict["notificationEvents"] = notification_events
        if transcription_options is not UNSET:
            field_dict["transcriptionOptions"] = transcription_options

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        destination_url = d.pop("destinationUrl")

        credentials = d.pop("credentials")

        format_ = d.pop("format", UNSET)

        notification_events = d.pop("notificationEvents", UNSET)

        _transcription_options = d.pop("transcriptionOptions", UNSET)
        transcription_options: TranscriptionOptions | Unset
        if isinstance(_transcription_options, Unset):
            transcription_options = UNSET
        else:
            transcription_options = TranscriptionOptions.from_dict(
                _transcription_options
            )

        recording_options = cls(
            destination_url=destination_url,
            credentials=credentials,
            format_=format_,
            notification_events=notification_events,
            transcription_options=transcription_options,
        )

        return recording_options


# The models this one refers to, imported after its class: they may refer back to it.
from ..models.transcription_options import TranscriptionOptions
