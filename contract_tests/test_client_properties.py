"""Client-side contract properties, driven by openapi.yaml.

1. Any spec-valid response body, for every operation and documented status, parses into the
   type the spec names, and `to_dict()` gives the body back.
2. Any request the generated client builds from valid inputs validates against the spec
   (openapi-core) and carries a signature that verifies.
"""

from __future__ import annotations

import json
import re
from typing import Any

import httpx
import pytest
import yaml
from hypothesis import HealthCheck, event, given, settings, strategies as st
from hypothesis_jsonschema import from_schema
from openapi_core import OpenAPI
from openapi_core.datatypes import RequestParameters
from werkzeug.datastructures import Headers, ImmutableMultiDict

from contract_tests.conftest import MAX_EXAMPLES, PHASES, SPEC_PATH
from sinch_signing import ApplicationAuth, verify_callback
from sinch_voice.client import Client
from sinch_voice_toolkit import SinchApiError, connect
from sinch_voice_toolkit._spec_tools import operation_parameters, operation_servers, resolve_ref
from tests.spec_samples import SAMPLES, Sample, model_for

SPEC: dict[str, Any] = yaml.safe_load(SPEC_PATH.read_text())
SCHEMAS = SPEC["components"]["schemas"]
KEY, SECRET = "app-under-test", "c2VjcmV0LWZvci1wcm9wZXJ0aWVz"
HTTP_METHODS = ("get", "post", "put", "patch", "delete")


def deref(node: Any) -> Any:
    return resolve_ref(SPEC, node)


def json_responses() -> list[tuple[str, str, str, dict[str, Any]]]:
    found = []
    for path, item in SPEC["paths"].items():
        for method in HTTP_METHODS:
            if method in item:
                for status, response in item[method]["responses"].items():
                    media = deref(response).get("content", {}).get("application/json")
                    if media:
                        found.append((path, method, status, media["schema"]))
    return found


RESPONSES = json_responses()


def body_strategy(schema: dict[str, Any]) -> st.SearchStrategy[Any]:
    # Local refs ('#/components/schemas/...') resolve against the spec's components.
    return from_schema({**schema, "components": SPEC["components"]})


@pytest.mark.parametrize(
    ("path", "method", "status", "schema"),
    RESPONSES,
    ids=[f"{m.upper()} {p} {s}" for p, m, s, _ in RESPONSES],
)
def test_any_valid_response_parses_and_round_trips(
    path: str, method: str, status: str, schema: dict[str, Any]
) -> None:
    sample = SAMPLES[SPEC["paths"][path][method]["operationId"]]  # the spec's example arguments
    expected_model = deref(schema)
    expected_name = schema["$ref"].rsplit("/", 1)[1]

    @given(body=body_strategy(schema))
    @settings(
        max_examples=MAX_EXAMPLES,
        deadline=None,
        phases=PHASES,
        suppress_health_check=list(HealthCheck),
    )
    def check(body: Any) -> None:
        content = json.dumps(body).encode()
        transport = httpx.MockTransport(
            lambda _: httpx.Response(
                int(status), content=content, headers={"Content-Type": "application/json"}
            )
        )
        # The generated parser alone, for every documented status.
        raw_args = {"transport": transport, "auth": ApplicationAuth(KEY, SECRET)}
        with Client(base_url="https://sinch.test", httpx_args=raw_args) as raw:
            parsed = sample.sync_detailed(raw).parsed
        assert type(parsed).__name__ == expected_name
        assert parsed.to_dict() == body
        client = connect(
            KEY,
            SECRET,
            base_url="https://sinch.test",
            retries=None,
            httpx_args={"transport": transport},
        )
        if int(status) < 300:
            # Through connect(): the run-time check accepts every spec-valid answer unchanged.
            with client:
                checked = sample.sync_detailed(client).parsed
            assert checked is not None and checked.to_dict() == body
            return
        # Through connect(): the same body is raised as the typed error, with Sinch's fields.
        with client, pytest.raises(SinchApiError) as caught:
            sample.sync_detailed(client)
        error = caught.value
        assert error.status == int(status)
        code = body.get("errorCode")
        numeric = isinstance(code, str) and re.fullmatch(r"\s*[0-9]{1,10}\s*", code)
        assert error.error_code == (
            int(code.strip()) if numeric else code if isinstance(code, int) else None
        )
        assert error.message == (body["message"] if isinstance(body.get("message"), str) else None)

    assert expected_model["type"] == "object"
    check()


class _OpenAPIRequest:
    """The request as the server would see it, for openapi-core."""

    def __init__(self, request: httpx.Request, host_url: str) -> None:
        self.host_url = host_url
        self.path = request.url.raw_path.partition(b"?")[0].decode("ascii")  # as sent: encoded
        self.method = request.method.lower()
        self.body = request.content or None
        self.content_type = request.headers.get("content-type", "")
        self.parameters = RequestParameters(
            query=ImmutableMultiDict(request.url.params.multi_items()),
            header=Headers(list(request.headers.items())),
            cookie=ImmutableMultiDict(),
        )


class Captured(Exception):
    """Raised by the fake transport once it has the request."""


OPENAPI = OpenAPI.from_path(SPEC_PATH)


Call = tuple[Sample, str, tuple[Any, ...], Any]  # the sample, its host, path arguments, body


def _with_components(schema: dict[str, Any]) -> dict[str, Any]:
    return {**schema, "components": SPEC["components"]}


def _call_strategy(operation_id: str) -> st.SearchStrategy[Call]:
    """Any valid call of one operation: its path arguments, in the spec's order, and its body
    (a request model), each drawn from the spec's schema for it, and the host that serves it
    (the operation's or its path's `servers`, else the spec's)."""
    sample = SAMPLES[operation_id]
    item = SPEC["paths"][sample.path]  # the suite's spec (scripts/mutants.py may change it)
    operation = item[sample.method]
    parameters = operation_parameters(SPEC, item, operation)
    arguments = st.tuples(
        *(from_schema(_with_components(p["schema"])) for p in parameters if p["in"] == "path")
    )
    body: st.SearchStrategy[Any] = st.none()
    request = operation.get("requestBody")
    if request is not None:
        schema = deref(request)["content"]["application/json"]["schema"]
        body = from_schema(_with_components(schema)).map(
            lambda value: model_for(schema, value).from_dict(value)  # a union's: its variant's
        )
    servers = operation_servers(item, operation) or SPEC["servers"]
    return st.tuples(st.just(sample), st.just(servers[0]["url"]), arguments, body)


# Every operation of the spec, each with what its schemas allow.
CALLS = st.one_of(*(_call_strategy(operation_id) for operation_id in sorted(SAMPLES)))


@given(call=CALLS)
@settings(
    max_examples=MAX_EXAMPLES * 3,
    deadline=None,
    phases=PHASES,
    suppress_health_check=list(HealthCheck),
)
def test_requests_from_valid_inputs_validate_and_are_signed(
    call: Call,
) -> None:
    sample, host_url, arguments, body = call
    event(sample.operation_id)  # --hypothesis-show-statistics: how often each was drawn
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        raise Captured  # only the request matters here

    keywords = {} if body is None else {"body": body}
    with (
        connect(
            KEY,
            SECRET,
            base_url="https://sinch.test",
            httpx_args={"transport": httpx.MockTransport(handler)},
        ) as client,
        pytest.raises(Captured),
    ):
        sample.module.sync_detailed(*arguments, client=client, **keywords)
    (request,) = seen
    result = OPENAPI.unmarshal_request(_OpenAPIRequest(request, host_url))
    assert not result.errors, [str(e.__cause__ or e) for e in result.errors]
    verify_callback(
        method=request.method,
        path=request.url.raw_path.decode(),
        headers=dict(request.headers),
        body=request.content,
        application_key=KEY,
        application_secret=SECRET,
    )
