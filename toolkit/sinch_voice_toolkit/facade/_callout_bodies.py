"""The request of a callout, built from a facade method's arguments (`_callouts.py`): its
body as the generated model of its kind, its `X-CB-*` headers checked, its answer read."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeAlias

from .._errors import InvalidRequestError
from .._spec_tools import first_violation
from ._facade_base import answer_of, unexpected

if TYPE_CHECKING:
    from sinch_voice.client import Client
    from sinch_voice.models import (
        AceSvaml,
        AmdRequest,
        ConferenceDtmfOptions,
        Domain,
        IceSvaml,
        MusicOnHold,
        NumberDestination,
        PieSvaml,
        SipDestination,
        UsernameDestination,
    )

    Destination: TypeAlias = NumberDestination | UsernameDestination | SipDestination
    from sinch_voice.types import Response

    from ..transport._connected import ConnectedClient

OPERATION = "callouts"


def destination(to: str | Destination) -> dict[str, Any]:
    """A callout's destination as JSON: a string is an E.164 number, or a SIP address when it
    starts with `sip:`."""
    if isinstance(to, str):
        return {"type": "sip" if to.lower().startswith("sip:") else "number", "endpoint": to}
    return to.to_dict()


def svaml_text(field: str, answer: IceSvaml | AceSvaml | PieSvaml | str) -> str:
    """A custom callout's SVAML as Sinch takes it: JSON text (checked against its event's
    answer schema first), or the URL given."""
    if isinstance(answer, str):
        return answer
    from .._packaged_spec import schema_validator

    data = answer.to_dict()
    schema = type(answer).__name__  # IceSvaml, AceSvaml or PieSvaml: a schema of the spec
    validator = schema_validator(schema)
    if not validator.is_valid(data):
        violation = first_violation(validator, data, prefix=f"customCallout/{field}")
        raise InvalidRequestError(OPERATION, violation.where, f"not {schema}: {violation.detail}")
    return json.dumps(data, separators=(",", ":"), ensure_ascii=False)


def checked_headers(headers: Mapping[str, str] | None) -> dict[str, str]:
    """The `X-CB-*` headers to forward, checked against the spec's `CalloutHeaders`."""
    if not headers:
        return {}
    from .._packaged_spec import schema_validator

    given = dict(headers)
    validator = schema_validator("CalloutHeaders")
    if not validator.is_valid(given):
        violation = first_violation(validator, given, prefix="headers")
        where, detail = violation.where.removeprefix("/"), violation.detail
        if where == "headers" and len(given) > 5:
            detail = f"at most 5 X-CB-* headers (Sinch drops the rest), not {len(given)}"
        raise InvalidRequestError(OPERATION, where, detail)
    return given


def body_of(method: str, fields: Mapping[str, Any]) -> Any:
    """The request body of a callout: `{"method": METHOD, METHOD: {fields given}}` as the
    generated model of that kind."""
    from sinch_voice import models

    given = {key: value for key, value in fields.items() if value is not None}
    model: Any = {
        "ttsCallout": models.TtsCalloutRequest,
        "conferenceCallout": models.ConferenceCalloutRequest,
        "customCallout": models.CustomCalloutRequest,
    }[method]
    data = {"method": method, method: given}
    try:
        return model.from_dict(data)
    except (TypeError, ValueError, KeyError):  # a value the model cannot hold: say where
        from .._packaged_spec import schema_validator

        validator = schema_validator("CalloutRequest")
        if validator.is_valid(data):
            raise
        violation = first_violation(validator, data)
        raise InvalidRequestError(OPERATION, violation.where, violation.detail) from None


def client_for(client: ConnectedClient, headers: Mapping[str, str] | None) -> Client:
    """The client that sends the callout: with the `X-CB-*` headers, when there are any."""
    forwarded = checked_headers(headers)
    return client.with_options(headers=forwarded) if forwarded else client


def call_id_of(response: Response[Any]) -> str:
    """The placed call's ID from the answer."""
    from sinch_voice.models import CalloutResponse
    from sinch_voice.types import Unset

    answer = answer_of(response, CalloutResponse, OPERATION)
    if isinstance(answer.call_id, Unset) or not answer.call_id:
        raise unexpected(response, OPERATION, "the answer has no callId: the call may be placed")
    return answer.call_id


def tts_fields(
    to: str | Destination,
    text: str | None,
    cli: str | None,
    prompts: str | None,
    locale: str | None,
    dtmf: str | None,
    domain: Domain | None,
    custom: str | None,
    enable_ace: bool | None,
    enable_dice: bool | None,
    enable_pie: bool | None,
) -> dict[str, Any]:
    return {
        "destination": destination(to),
        "text": text,
        "cli": cli,
        "prompts": prompts,
        "locale": locale,
        "dtmf": dtmf,
        "domain": domain,
        "custom": custom,
        "enableAce": enable_ace,
        "enableDice": enable_dice,
        "enablePie": enable_pie,
    }


def conference_fields(
    to: str | Destination,
    conference_id: str,
    cli: str | None,
    greeting: str | None,
    locale: str | None,
    moh: MusicOnHold | None,
    dtmf_options: ConferenceDtmfOptions | None,
    max_duration: int | None,
    dtmf: str | None,
    domain: Domain | None,
    custom: str | None,
    enable_ace: bool | None,
    enable_dice: bool | None,
    enable_pie: bool | None,
) -> dict[str, Any]:
    return {
        "destination": destination(to),
        "conferenceId": conference_id,
        "cli": cli,
        "greeting": greeting,
        "locale": locale,
        "mohClass": moh,
        "conferenceDtmfOptions": None if dtmf_options is None else dtmf_options.to_dict(),
        "maxDuration": max_duration,
        "dtmf": dtmf,
        "domain": domain,
        "custom": custom,
        "enableAce": enable_ace,
        "enableDice": enable_dice,
        "enablePie": enable_pie,
    }


def custom_fields(
    to: str | Destination | None,
    ice: IceSvaml | str | None,
    ace: AceSvaml | str | None,
    pie: PieSvaml | str | None,
    dice: str | None,
    cli: str | None,
    max_duration: int | None,
    dtmf: str | None,
    custom: str | None,
    enable_ace: bool | None,
    enable_dice: bool | None,
    amd: AmdRequest | None,
) -> dict[str, Any]:
    return {
        "enableAce": enable_ace,
        "enableDice": enable_dice,
        "amd": None if amd is None else amd.to_dict(),
        "destination": None if to is None else destination(to),
        "ice": None if ice is None else svaml_text("ice", ice),
        "ace": None if ace is None else svaml_text("ace", ace),
        "pie": None if pie is None else svaml_text("pie", pie),
        "dice": dice,
        "cli": cli,
        "maxDuration": max_duration,
        "dtmf": dtmf,
        "custom": custom,
    }
