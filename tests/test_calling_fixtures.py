"""Sinch's own wire examples for callouts, calls and conferences read and written by our models.

Two sources, each file or example with where it comes from:
- `data/sinch_java_fixtures`: the request and answer fixtures of Sinch's Java SDK test resources
  for callouts, calls, conferences, destinations and prices (`SOURCES.json` names repository,
  path and commit), copied unchanged;
- `data/sinch_voice_openapi_calling.json`: every request and answer example of those operations
  in Sinch's published Voice OpenAPI 1.0.1 (its `source` names the document and a copy).

Each one round-trips through our generated model (`from_dict(x).to_dict() == x`); a request is
also valid against our spec's request schema, so the client would send it, and an answer against
our answer schema, so the client would read it.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml

from sinch_voice_toolkit._packaged_spec import schema_validator
from tests.spec_samples import model_for

DATA = Path(__file__).parent / "data"
JAVA = DATA / "sinch_java_fixtures"
SOURCES: dict[str, dict[str, str]] = json.loads((JAVA / "SOURCES.json").read_text())
PUBLISHED = json.loads((DATA / "sinch_voice_openapi_calling.json").read_text())
SPEC: dict[str, Any] = yaml.safe_load((DATA.parents[1] / "openapi.yaml").read_text())

# Each Java fixture: our schema for it, and whether it is a request (strict) or an answer.
JAVA_FIXTURES = {
    "callouts/CalloutRequestConferenceDto.json": ("CalloutRequest", "request"),
    "callouts/CalloutRequestCustomDto.json": ("CalloutRequest", "request"),
    "CalloutRequestCustomDto.json": ("CalloutRequest", "request"),
    "calls/request/CallUpdateRequestDto.json": ("CallUpdate", "request"),
    "ConferenceManageParticipantRequestDto.json": ("ManageParticipantRequest", "request"),
    "calls/GetCallInformationResponseDto.json": ("CallInformation", "answer"),
    "ConferenceGetResponseDto.json": ("ConferenceInfo", "answer"),
    "conferences/ConferenceParticipantDto.json": ("ConferenceParticipant", "answer"),
    "destination/DestinationDidDto.json": ("CallParticipant", "answer"),
    "destination/DestinationMxpAliasDto.json": ("CallParticipant", "answer"),
    "destination/DestinationMxpDto.json": ("CallParticipant", "answer"),
    "destination/DestinationPstnAliasDto.json": ("CallParticipant", "answer"),
    "destination/DestinationPstnDto.json": ("CallParticipant", "answer"),
    "DestinationSipDto.json": ("CallParticipant", "answer"),
    "PriceDto.json": ("Money", "answer"),
}
# Published examples that break Sinch's own schema, and why our client refuses them.
EXAMPLE_BUGS = {
    "#/components/examples/startRecording/value": (
        "its options name `destination`; Sinch's schema (svaml.instruction.startRecordingOptions)"
        " and the Java SDK's fixture name it `destinationUrl` (CURATION.md, 'Examples Sinch got"
        " wrong')"
    ),
}
# Sinch's operationIds and ours.
OPERATIONS = {
    "Callouts": "callouts",
    "Calling_UpdateCall": "updateCall",
    "Calling_ManageCallWithCallLeg": "manageCallWithCallLeg",
    "Calling_GetConferenceInfo": "getConferenceInfo",
    "Calling_ManageConferenceParticipant": "manageConferenceParticipant",
    "Calling_KickConferenceParticipant": "kickConferenceParticipant",
}


def operation(operation_id: str) -> dict[str, Any]:
    (found,) = (
        op
        for item in SPEC["paths"].values()
        for op in item.values()
        if isinstance(op, dict) and op.get("operationId") == operation_id
    )
    return found


def schema_name(media_holder: dict[str, Any]) -> str | None:
    """The schema our spec gives a request body or an answer (None: no body is read)."""
    target = media_holder
    while "$ref" in target:
        target = SPEC["components"][target["$ref"].split("/")[2]][target["$ref"].rsplit("/")[-1]]
    media = target.get("content", {}).get("application/json")
    return None if media is None else str(media["schema"]["$ref"].rsplit("/", 1)[1])


def round_trips(schema: str, value: dict[str, Any]) -> None:
    errors = [error.message for error in schema_validator(schema).iter_errors(value)]
    assert not errors, errors
    model = model_for({"$ref": f"#/components/schemas/{schema}"}, value)
    assert model.from_dict(value).to_dict() == value


def test_every_java_calling_fixture_is_here_and_sourced() -> None:
    assert set(JAVA_FIXTURES) <= set(SOURCES)
    for name in JAVA_FIXTURES:
        assert SOURCES[name]["repository"] == "sinch/sinch-sdk-java"
        assert SOURCES[name]["path"].endswith(name.rsplit("/", 1)[-1])


@pytest.mark.parametrize("name", sorted(JAVA_FIXTURES))
def test_a_java_fixture_round_trips_through_our_model(name: str) -> None:
    schema, _ = JAVA_FIXTURES[name]
    round_trips(schema, json.loads((JAVA / name).read_text()))


@pytest.mark.parametrize(
    "destination", ["destination/DestinationPstnDto.json", "destination/DestinationMxpDto.json"]
)
def test_a_lower_case_destination_is_one_we_send(destination: str) -> None:
    round_trips("CalloutDestination", json.loads((JAVA / destination).read_text()))
    assert schema_validator("CalloutDestination").is_valid(
        json.loads((JAVA / "DestinationSipDto.json").read_text())
    )


@pytest.mark.parametrize(
    "example", PUBLISHED["examples"], ids=[e["pointer"] for e in PUBLISHED["examples"]]
)
def test_a_published_example_round_trips_through_our_model(example: dict[str, Any]) -> None:
    ours = operation(OPERATIONS[example["operationId"]])
    if example["role"] == "request":
        schema = schema_name(ours["requestBody"])
    else:
        schema = schema_name(ours["responses"][example["role"].split()[1]])
    if schema is None:  # a write's 200, whose body the client ignores (IgnoredSuccess)
        assert example["role"] == "answer 200" and "204" in ours["responses"]
        return
    if example["pointer"] in EXAMPLE_BUGS:  # refused before sending, naming the field
        errors = list(schema_validator(schema).iter_errors(example["value"]))
        assert errors and "destination" in str(example["value"]["instructions"][0]["options"])
        return
    round_trips(schema, example["value"])


def test_the_published_examples_cover_every_calling_write_with_a_body() -> None:
    covered = {OPERATIONS[e["operationId"]] for e in PUBLISHED["examples"]}
    assert {
        "callouts",
        "updateCall",
        "manageCallWithCallLeg",
        "manageConferenceParticipant",
    } <= covered
