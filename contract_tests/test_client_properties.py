"""Client-side contract properties, driven by openapi.yaml.

1. Any spec-valid response body, for every operation and documented status, parses into the
   type the spec names, and `to_dict()` gives the body back.
2. Any request the generated client builds from valid inputs validates against the spec
   (openapi-core) and carries a signature that verifies.
"""

from __future__ import annotations

import importlib
import json
import re
from typing import Any

import httpx
import pytest
import yaml
from hypothesis import HealthCheck, given, settings, strategies as st
from hypothesis.provisional import urls
from hypothesis_jsonschema import from_schema
from openapi_core import OpenAPI
from openapi_core.datatypes import RequestParameters
from werkzeug.datastructures import Headers, ImmutableMultiDict

from contract_tests.conftest import MAX_EXAMPLES, PHASES, SPEC_PATH
from sinch_signing import ApplicationAuth, verify_callback
from sinch_voice.client import Client
from sinch_voice.models import (
    AssignNumbersRequest,
    CallbackUrls,
    UnassignNumberRequest,
    UpdateCallbackUrlsRequest,
)
from sinch_voice_toolkit import SinchApiError, connect
from sinch_voice_toolkit._spec_tools import resolve_ref
from tests.spec_samples import SAMPLES

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

    def __init__(self, request: httpx.Request) -> None:
        self.host_url = SPEC["servers"][0]["url"]
        self.path = request.url.path
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
E164 = st.from_regex(SCHEMAS["E164Number"]["pattern"], fullmatch=True)
CAPABILITY = st.sampled_from(SCHEMAS["Capability"]["enum"])
APPLICATION_KEY = st.from_regex(
    r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", fullmatch=True
)
MAX_NUMBERS = SCHEMAS["AssignNumbersRequest"]["properties"]["numbers"]["maxItems"]

CALLS = st.one_of(
    st.tuples(st.just("get_numbers"), st.fixed_dictionaries({})),
    st.tuples(
        st.just("update_numbers"),
        st.fixed_dictionaries(
            {
                "body": st.builds(
                    AssignNumbersRequest,
                    numbers=st.lists(E164, min_size=1, max_size=MAX_NUMBERS),
                    applicationkey=APPLICATION_KEY,
                    capability=CAPABILITY,
                )
            }
        ),
    ),
    st.tuples(
        st.just("unassign_number"),
        st.fixed_dictionaries(
            {"body": st.builds(UnassignNumberRequest, number=E164, capability=CAPABILITY)}
        ),
    ),
    st.tuples(
        st.just("get_callback_urls"), st.fixed_dictionaries({"applicationkey": APPLICATION_KEY})
    ),
    st.tuples(
        st.just("update_callback_urls"),
        st.fixed_dictionaries(
            {
                "applicationkey": APPLICATION_KEY,
                "body": st.builds(
                    UpdateCallbackUrlsRequest,
                    url=st.builds(CallbackUrls, primary=urls(), fallback=urls()),
                ),
            }
        ),
    ),
    st.tuples(st.just("query_number"), st.fixed_dictionaries({"number": E164})),
)
MODULES = {
    "get_numbers": "numbers", "update_numbers": "numbers", "unassign_number": "numbers",
    "get_callback_urls": "callbacks", "update_callback_urls": "callbacks", "query_number": "query",
}  # fmt: skip


@given(call=CALLS)
@settings(
    max_examples=MAX_EXAMPLES * 3,
    deadline=None,
    phases=PHASES,
    suppress_health_check=list(HealthCheck),
)
def test_requests_from_valid_inputs_validate_and_are_signed(
    call: tuple[str, dict[str, Any]],
) -> None:
    name, kwargs = call
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        raise Captured  # only the request matters here

    module = importlib.import_module(f"sinch_voice.api.{MODULES[name]}.{name}")
    with (
        connect(
            KEY,
            SECRET,
            base_url="https://sinch.test",
            httpx_args={"transport": httpx.MockTransport(handler)},
        ) as client,
        pytest.raises(Captured),
    ):
        module.sync_detailed(client=client, **kwargs)
    (request,) = seen
    result = OPENAPI.unmarshal_request(_OpenAPIRequest(request))
    assert not result.errors, [str(e.__cause__ or e) for e in result.errors]
    verify_callback(
        method=request.method,
        path=request.url.raw_path.decode(),
        headers=dict(request.headers),
        body=request.content,
        application_key=KEY,
        application_secret=SECRET,
    )
