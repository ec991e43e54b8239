from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ConferenceCalloutRequest")


@_attrs_define
class ConferenceCalloutRequest:
    """A conference callout.

    Example:
        {'method': 'conferenceCallout', 'conferenceCallout': {'cli': '+14045001000', 'destination': {'type': 'number',
            'endpoint': '+14045005000'}, 'locale': 'en-US', 'greeting': 'Welcome to my conference', 'conferenceId':
            'MyConfId'}}

    """

    conference_callout: ConferenceCallout
    """ Call someone into a conference (created when it does not exist). """
    method: Literal["conferenceCallout"] = "conferenceCallout"
    pop: str | Unset = UNSET
    """ Undocumented; Sinch's published custom callout example sends `"pop": "eu-central"`.
    Sent only when given.
     """

    def to_dict(self) -> dict[str, Any]:
        method = self.method

        conference_callout = self.conference_callout.to_dict()

        pop = self.pop

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "method": method,
                "conferenceCallout": conference_callout,
            }
        )
        if pop is not UNSET:
            field_dict["pop"] = pop

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        method = cast(Literal["conferenceCallout"], d.pop("method"))
        if method != "conferenceCallout":
            raise ValueError(
                f"method must match const 'conferenceCallout', got '{method}'"
            )

        conference_callout = ConferenceCallout.from_dict(d.pop("conferenceCallout"))

        pop = d.pop("pop", UNSET)

        conference_callout_request = cls(
            method=method,
            conference_callout=conference_callout,
            pop=pop,
        )

        return conference_callout_request


# The models this one refers to, imported after its class: they may refer back to it.
from ..models.conference_callout import ConferenceCallout
