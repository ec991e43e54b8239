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

T = TypeVar("T", bound="CustomCalloutRequest")


@_attrs_define
class CustomCalloutRequest:
    """A custom callout.

    Example:
        {'method': 'customCallout', 'pop': 'eu-central', 'customCallout': {'ice': '{"action": {"name": "connectPstn",
            "number": "+12233445566", "cli": "+12234325234"}}', 'ace': '{"instructions": [{"name": "say", "text": "Hello,
            this is a call from Sinch!"}], "action": {"name": "hangup"}}'}}

    """

    custom_callout: CustomCallout
    """ Call someone and run your SVAML: `ice`, `ace` and `pie` are each a URL Sinch fetches
    the SVAML from, or the SVAML itself as JSON text; `dice` is a URL. With an inline `ice`,
    its `connectPstn` (or other connect action) names who is called. `enableAce`,
    `enableDice` and `amd` are not in Sinch's schema but in its own examples and Java SDK.
     """
    method: Literal["customCallout"] = "customCallout"
    pop: str | Unset = UNSET
    """ Undocumented; Sinch's published custom callout example sends `"pop": "eu-central"`.
    Sent only when given.
     """

    def to_dict(self) -> dict[str, Any]:
        method = self.method

        custom_callout = self.custom_callout.to_dict()

        pop = self.pop

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "method": method,
                "customCallout": custom_callout,
            }
        )
        if pop is not UNSET:
            field_dict["pop"] = pop

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        method = cast(Literal["customCallout"], d.pop("method"))
        if method != "customCallout":
            raise ValueError(f"method must match const 'customCallout', got '{method}'")

        custom_callout = CustomCallout.from_dict(d.pop("customCallout"))

        pop = d.pop("pop", UNSET)

        custom_callout_request = cls(
            method=method,
            custom_callout=custom_callout,
            pop=pop,
        )

        return custom_callout_request


# The models this one refers to, imported after its class: they may refer back to it.
from ..models.custom_callout import CustomCallout
