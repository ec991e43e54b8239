"""Explicit negative cases, one per constraint, that random fuzzing tends to miss.

Each request is otherwise valid and correctly signed (unless the signature is the point), so the
expected rejection can only come from the one thing that is wrong. Limits are read from
openapi.yaml at run time.
"""

from __future__ import annotations

import base64
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

from sinch_signing import decode_secret, format_timestamp, signature_headers
from sinch_voice_mock import (
    DEFAULT_NUMBERS,
    DEMO_APPLICATION_KEY,
    DEMO_APPLICATION_SECRET,
    MockServer,
)

SPEC = yaml.safe_load((Path(__file__).resolve().parents[1] / "openapi.yaml").read_text())
SCHEMAS = SPEC["components"]["schemas"]
MAX_NUMBERS = SCHEMAS["AssignNumbersRequest"]["properties"]["numbers"]["maxItems"]
CAPABILITIES = SCHEMAS["Capability"]["enum"]
VALID_NUMBER = SCHEMAS["E164Number"]["example"]
# The query operation's own example: a number in a real numbering plan, which the mock answers.
QUERYABLE = SPEC["paths"]["/v1/calling/query/number/{number}"]["get"]["parameters"][0]["example"]
NUMBERS = "/v1/configuration/numbers"
QUERY = "/v1/calling/query/number/"
JSON = "application/json"


def signed_headers(
    method: str,
    path: str,
    body: bytes,
    *,
    content_type: str | None = JSON,
    key: str = DEMO_APPLICATION_KEY,
    secret: str = DEMO_APPLICATION_SECRET,
    moment: datetime | None = None,
) -> dict[str, str]:
    headers = signature_headers(
        application_key=key,
        secret=decode_secret(secret),
        method=method,
        path=path,
        body=body,
        content_type=content_type or "",
        timestamp=format_timestamp(moment or datetime.now(UTC)),
    )
    if content_type is not None:
        headers["Content-Type"] = content_type
    return headers


def send(
    mock: MockServer, method: str, path: str, body: bytes = b"", **sign: Any
) -> httpx.Response:
    headers = signed_headers(method, path, body, **sign)
    return httpx.request(method, mock.url + path, content=body, headers=headers)


def assert_sinch_error(response: httpx.Response, status: int, code: int) -> dict[str, Any]:
    assert response.status_code == status, response.text
    error: dict[str, Any] = response.json()
    assert error["errorCode"] == code, error
    assert error["message"] and error["reference"]
    return error


def owned(count: int) -> list[str]:
    return list(DEFAULT_NUMBERS)[:count]


class TestBodyConstraints:
    def test_one_more_than_max_numbers(self, mock_server: MockServer) -> None:
        """Owned numbers, repeated: the count is the only thing that can be wrong."""
        numbers = (owned(3) * MAX_NUMBERS)[: MAX_NUMBERS + 1]
        body = json.dumps({"numbers": numbers}).encode()
        error = assert_sinch_error(send(mock_server, "POST", NUMBERS, body), 400, 40001)
        assert "numbers" in error["message"]

    def test_max_numbers_is_accepted(self, mock_server: MockServer) -> None:
        numbers = (owned(3) * MAX_NUMBERS)[:MAX_NUMBERS]
        response = send(mock_server, "POST", NUMBERS, json.dumps({"numbers": numbers}).encode())
        assert response.status_code == 204, response.text

    def test_empty_list(self, mock_server: MockServer) -> None:
        assert_sinch_error(send(mock_server, "POST", NUMBERS, b'{"numbers": []}'), 400, 40001)

    @pytest.mark.parametrize(
        "bad",
        [
            VALID_NUMBER + "\n",
            " " + VALID_NUMBER,
            VALID_NUMBER + " ",
            VALID_NUMBER[:4] + " " + VALID_NUMBER[4:],
            VALID_NUMBER.lstrip("+"),
        ],
    )
    def test_malformed_number_in_body(self, mock_server: MockServer, bad: str) -> None:
        # A malformed number is also not an owned one, so the rejection must name the field:
        # it has to come from validation, not from the ownership check behind it.
        assign = send(mock_server, "POST", NUMBERS, json.dumps({"numbers": [bad]}).encode())
        message = assert_sinch_error(assign, 400, 40001)["message"]
        assert message.startswith("Invalid parameter value in numbers[0]"), message
        unassign = send(mock_server, "DELETE", NUMBERS, json.dumps({"number": bad}).encode())
        message = assert_sinch_error(unassign, 400, 40001)["message"]
        assert message.startswith("Invalid parameter value in number"), message

    @pytest.mark.parametrize("bad", ["%0A", "%20", "%0D"])
    def test_malformed_number_in_path(self, mock_server: MockServer, bad: str) -> None:
        # libphonenumber accepts these (it strips white space), so only validation stands
        # between the request and a 200.
        assert send(mock_server, "GET", QUERY + QUERYABLE, content_type=None).status_code == 200
        bad_path = QUERY + QUERYABLE + bad
        assert_sinch_error(send(mock_server, "GET", bad_path, content_type=None), 400, 40001)

    def test_unknown_capability(self, mock_server: MockServer) -> None:
        unknown = "fax"
        assert unknown not in CAPABILITIES
        body = json.dumps({"numbers": owned(1), "capability": unknown}).encode()
        assert_sinch_error(send(mock_server, "POST", NUMBERS, body), 400, 40001)

    def test_unknown_property(self, mock_server: MockServer) -> None:
        body = json.dumps({"numbers": owned(1), "application_key": DEMO_APPLICATION_KEY}).encode()
        assert_sinch_error(send(mock_server, "POST", NUMBERS, body), 400, 40001)

    @pytest.mark.parametrize("method", ["POST", "DELETE"])
    def test_missing_body(self, mock_server: MockServer, method: str) -> None:
        assert_sinch_error(send(mock_server, method, NUMBERS, b""), 400, 40002)

    def test_missing_required_property(self, mock_server: MockServer) -> None:
        assert_sinch_error(
            send(mock_server, "DELETE", NUMBERS, b'{"capability": "voice"}'), 400, 40002
        )

    def test_wrong_content_type(self, mock_server: MockServer) -> None:
        body = json.dumps({"numbers": owned(1)}).encode()
        assert_sinch_error(
            send(mock_server, "POST", NUMBERS, body, content_type="text/plain"), 400, 40003
        )

    def test_malformed_json(self, mock_server: MockServer) -> None:
        assert_sinch_error(send(mock_server, "POST", NUMBERS, b'{"numbers": ['), 400, 40003)

    def test_callback_url_not_a_uri(self, mock_server: MockServer) -> None:
        path = f"/v1/configuration/callbacks/applications/{DEMO_APPLICATION_KEY}"
        assert_sinch_error(
            send(mock_server, "POST", path, b'{"url": {"primary": "not a url"}}'), 400, 40001
        )


class TestAuthentication:
    BODY = json.dumps({"numbers": owned(1)}).encode()

    def test_missing_authorization(self, mock_server: MockServer) -> None:
        response = httpx.get(mock_server.url + NUMBERS)
        assert_sinch_error(response, 401, 40100)

    @pytest.mark.parametrize(
        "value",
        ["Application", "Application nocolon", "Bearer abc", "Application :sig", "Basic !!!"],
    )
    def test_malformed_authorization(self, mock_server: MockServer, value: str) -> None:
        headers = signed_headers("GET", NUMBERS, b"", content_type=None)
        headers["Authorization"] = value
        assert_sinch_error(httpx.get(mock_server.url + NUMBERS, headers=headers), 401, 40100)

    def test_missing_timestamp(self, mock_server: MockServer) -> None:
        headers = signed_headers("GET", NUMBERS, b"", content_type=None)
        del headers["x-timestamp"]
        assert_sinch_error(httpx.get(mock_server.url + NUMBERS, headers=headers), 401, 40101)

    def test_malformed_timestamp(self, mock_server: MockServer) -> None:
        headers = signed_headers("GET", NUMBERS, b"", content_type=None)
        headers["x-timestamp"] = "yesterday"
        assert_sinch_error(httpx.get(mock_server.url + NUMBERS, headers=headers), 401, 40101)

    @pytest.mark.parametrize(
        "offset", [timedelta(hours=-1), timedelta(hours=1)], ids=["stale", "future"]
    )
    def test_timestamp_outside_window(self, mock_server: MockServer, offset: timedelta) -> None:
        moment = datetime.now(UTC) + offset
        assert_sinch_error(send(mock_server, "POST", NUMBERS, self.BODY, moment=moment), 401, 40105)

    def test_wrong_secret(self, mock_server: MockServer) -> None:
        other = base64.b64encode(b"not the secret").decode()
        assert_sinch_error(send(mock_server, "POST", NUMBERS, self.BODY, secret=other), 401, 40102)

    def test_unknown_application(self, mock_server: MockServer) -> None:
        assert_sinch_error(
            send(mock_server, "POST", NUMBERS, self.BODY, key="unknown-app"), 401, 40108
        )

    def test_signed_for_another_path(self, mock_server: MockServer) -> None:
        headers = signed_headers(
            "GET", "/v1/configuration/callbacks/applications/x", b"", content_type=None
        )
        assert_sinch_error(httpx.get(mock_server.url + NUMBERS, headers=headers), 401, 40102)

    def test_body_changed_after_signing(self, mock_server: MockServer) -> None:
        headers = signed_headers("POST", NUMBERS, self.BODY)
        tampered = self.BODY.replace(b"]", b', "+14155550101"]')
        assert_sinch_error(
            httpx.post(mock_server.url + NUMBERS, content=tampered, headers=headers), 401, 40102
        )

    def test_signed_with_percent_encoded_plus_but_sent_literal(
        self, mock_server: MockServer
    ) -> None:
        """The server verifies the path as received; a signature over another spelling fails."""
        headers = signed_headers(
            "GET", QUERY + VALID_NUMBER.replace("+", "%2B"), b"", content_type=None
        )
        assert_sinch_error(
            httpx.get(mock_server.url + QUERY + VALID_NUMBER, headers=headers), 401, 40102
        )

    def test_basic_with_wrong_secret(self, mock_server: MockServer) -> None:
        token = base64.b64encode(f"{DEMO_APPLICATION_KEY}:wrong".encode()).decode()
        response = httpx.get(mock_server.url + NUMBERS, headers={"Authorization": f"Basic {token}"})
        assert_sinch_error(response, 401, 40108)
