"""The generated client against Prism, an independent implementation of openapi.yaml.

Prism validates each request against the spec with its own validator (ajv, ECMA-262 regexes)
and answers 400 with the spec's error example when a request violates it. Every operation the
generated client sends must pass; requests that break the spec must not.
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from contract_tests._prism import PrismServer
from sinch_signing import ApplicationAuth
from sinch_voice_toolkit import InvalidRequestError, connect
from tests.spec_samples import SAMPLES

KEY, SECRET = "prism-app", "cHJpc20tc2VjcmV0"
APP = "94983f76-1161-6655-9515-4785c7b67dd8"


@pytest.mark.parametrize("operation_id", list(SAMPLES))
@pytest.mark.parametrize("auth", ["signed", "basic"])
def test_client_requests_pass_prism_validation(
    prism_server: PrismServer, operation_id: str, auth: str
) -> None:
    # Each operation with the spec's example values (tests/spec_samples.py).
    sample = SAMPLES[operation_id]
    with connect(KEY, SECRET, auth=auth, base_url=prism_server.url) as client:  # type: ignore[arg-type]
        response = sample.sync_detailed(client)
    assert 200 <= response.status_code < 300, response.content
    assert isinstance(response.parsed, sample.answers)


@pytest.mark.parametrize(
    ("method", "path", "body"),
    [
        ("POST", "/v1/configuration/numbers", {"numbers": []}),
        ("POST", "/v1/configuration/numbers", {"numbers": ["+46730170101\n"]}),
        ("POST", "/v1/configuration/numbers", {"numbers": ["+46730170101"], "capability": "fax"}),
        ("DELETE", "/v1/configuration/numbers", {"capability": "voice"}),
        (
            "POST",
            f"/v1/configuration/callbacks/applications/{APP}",
            {"url": {"primary": "not a url"}},
        ),
        ("GET", "/v1/calling/query/number/+46%2073", None),
    ],
    ids=[
        "no-numbers",
        "trailing-newline",
        "unknown-capability",
        "missing-number",
        "bad-url",
        "white-space-in-number",
    ],
)
def test_prism_rejects_requests_that_break_the_spec(
    prism_server: PrismServer, method: str, path: str, body: Any
) -> None:
    # The client refuses it before sending...
    with (
        connect(KEY, SECRET, base_url=prism_server.url) as client,
        pytest.raises(InvalidRequestError),
    ):
        client.get_httpx_client().request(method, path, json=body)
    # ...and Prism, an independent validator of the same spec, agrees that it breaks it.
    with httpx.Client(base_url=prism_server.url, auth=ApplicationAuth(KEY, SECRET)) as raw:
        answer = raw.request(method, path, json=body)
    assert answer.status_code == 400 and answer.json()["errorCode"] == 40001
