"""The auth hooks: driven by hand, through real httpx clients, and by Hypothesis.

Signatures are always checked against `tests.reference_signing`, an implementation written
separately from `sinch_signing`.
"""

import base64
import re
import string
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import httpx
import pytest
from hypothesis import given, strategies as st

from sinch_signing import (
    ApplicationAuth,
    BasicAuth,
    CredentialsError,
    with_literal_path,
)
from tests.conftest import TEST_KEY, TEST_SECRET
from tests.reference_signing import check_signed_request, expected_signature

FIXED = datetime(2024, 3, 1, 12, 30, 45, tzinfo=UTC)
BASE = "https://callingapi.sinch.com"

ROOT = Path(__file__).resolve().parents[1]


def signed(request: httpx.Request, auth: httpx.Auth) -> httpx.Request:
    flow = auth.auth_flow(request)
    out = next(flow)
    with pytest.raises(StopIteration):  # one request, no challenge round-trip
        flow.send(httpx.Response(200))
    return out


def make_auth(clock: datetime = FIXED) -> ApplicationAuth:
    return ApplicationAuth(TEST_KEY, TEST_SECRET, clock=lambda: clock)


class TestApplicationAuthByHand:
    def test_sets_timestamp_and_authorization(self) -> None:
        request = signed(httpx.Request("GET", f"{BASE}/v1/configuration/numbers"), make_auth())
        assert request.headers["x-timestamp"] == "2024-03-01T12:30:45Z"
        assert request.headers["Authorization"].startswith(f"Application {TEST_KEY}:")
        check_signed_request(request, key=TEST_KEY, secret_b64=TEST_SECRET)

    def test_milliseconds_are_kept_and_other_zones_converted_to_utc(self) -> None:
        local = datetime(2024, 3, 1, 14, 30, 45, 123456, tzinfo=timezone(timedelta(hours=2)))
        request = signed(httpx.Request("GET", f"{BASE}/x"), make_auth(local))
        assert request.headers["x-timestamp"] == "2024-03-01T12:30:45.123Z"

    def test_naive_clock_is_rejected(self) -> None:
        auth = ApplicationAuth(TEST_KEY, TEST_SECRET, clock=lambda: datetime(2024, 1, 1))
        with pytest.raises(ValueError, match="timezone-aware"):
            signed(httpx.Request("GET", f"{BASE}/x"), auth)

    def test_no_content_type_signs_an_empty_line(self) -> None:
        request = signed(httpx.Request("GET", f"{BASE}/v1/configuration/numbers"), make_auth())
        assert "content-type" not in request.headers
        expected = expected_signature(
            secret_b64=TEST_SECRET,
            method="GET",
            body=b"",
            content_type="",
            timestamp="2024-03-01T12:30:45Z",
            path="/v1/configuration/numbers",
        )
        assert request.headers["Authorization"].endswith(":" + expected)

    def test_content_type_is_signed_as_sent(self) -> None:
        request = httpx.Request(
            "POST",
            f"{BASE}/v1/configuration/numbers",
            content=b'{"numbers":["+14151112223333"]}',
            headers={"Content-Type": "application/json; charset=UTF-8"},
        )
        out = signed(request, make_auth())
        check_signed_request(out, key=TEST_KEY, secret_b64=TEST_SECRET)

    def test_a_percent_encoded_path_is_signed_as_sent(self) -> None:
        for auth in (make_auth(), BasicAuth(TEST_KEY, TEST_SECRET)):
            request = httpx.Request("GET", f"{BASE}/v1/calling/query/number/%2B46730170101")
            out = signed(request, auth)
            assert out.url.raw_path == b"/v1/calling/query/number/%2B46730170101"  # untouched
        check_signed_request(
            signed(httpx.Request("GET", f"{BASE}/v1/calling/query/number/%2B46730170101"),
                   make_auth()),
            key=TEST_KEY, secret_b64=TEST_SECRET,
        )  # fmt: skip

    @pytest.mark.parametrize(
        ("sent", "wire"),
        [
            ("%2B46%280%2973-017-0101", "+46(0)73-017-0101"),
            ("%2b46%3A%40%21%24%26%27%2A%2C%3B%3D", "+46:@!$&'*,;="),
            ("a%2Fb%25c%20d%3Fe", "a%2Fb%25c%20d%3Fe"),  # not carried literally: kept
        ],
    )
    def test_with_literal_path_writes_path_characters_literally(self, sent: str, wire: str) -> None:
        url = httpx.URL(f"{BASE}/v1/calling/query/number/{sent}?q=%2B1")
        assert with_literal_path(url).raw_path == f"/v1/calling/query/number/{wire}?q=%2B1".encode()

    def test_the_generated_client_sends_path_characters_literally(self) -> None:
        from sinch_voice.api.query.query_number import _get_kwargs

        assert _get_kwargs("+46(0)73-017-0101:@!$&'*,;=")["url"] == (
            "/v1/calling/query/number/+46(0)73-017-0101:@!$&'*,;="
        )

    def test_the_template_and_the_helper_keep_the_same_characters(self) -> None:
        template = (ROOT / "templates" / "endpoint_module.py.jinja").read_text()
        (safe,) = re.findall(r'safe="([^"]+)"', template)
        escaped = "".join(f"%{ord(c):02X}" for c in safe)
        url = httpx.URL(f"{BASE}/x/{escaped}")
        assert with_literal_path(url).raw_path == f"/x/{safe}".encode()
        for other in '/?#% "':
            kept = httpx.URL(f"{BASE}/x/%{ord(other):02X}")
            assert with_literal_path(kept).raw_path == kept.raw_path, other

    def test_query_string_is_kept_on_the_wire_but_not_signed(self) -> None:
        out = signed(httpx.Request("GET", f"{BASE}/v1/x?a=%2B1"), make_auth())
        assert out.url.raw_path == b"/v1/x?a=%2B1"
        check_signed_request(out, key=TEST_KEY, secret_b64=TEST_SECRET)

    def test_repr_hides_the_secret(self) -> None:
        text = repr(make_auth())
        assert TEST_SECRET not in text
        assert base64.b64decode(TEST_SECRET).hex() not in text
        assert TEST_KEY in text


class TestCredentialValidation:
    @pytest.mark.parametrize(
        "secret",
        ["not base64!", "JViE5vDor0Sw3WllZka15Q=", "ÅÄÖ==", "abc", "===="],
        ids=["punctuation", "bad-padding", "non-ascii", "truncated", "only-padding"],
    )
    def test_bad_secret_fails_at_construction_without_leaking(self, secret: str) -> None:
        with pytest.raises(CredentialsError) as caught:
            ApplicationAuth(TEST_KEY, secret)
        assert secret not in str(caught.value)
        assert caught.value.__cause__ is None
        assert caught.value.__suppress_context__

    @pytest.mark.parametrize("secret", ["", "   "])
    def test_empty_secret(self, secret: str) -> None:
        with pytest.raises(CredentialsError, match="empty"):
            ApplicationAuth(TEST_KEY, secret)
        with pytest.raises(CredentialsError, match="empty"):
            BasicAuth(TEST_KEY, secret)

    @pytest.mark.parametrize("key", ["", "a:b", "with space", "new\nline"])
    def test_bad_key(self, key: str) -> None:
        with pytest.raises(CredentialsError, match="application_key"):
            ApplicationAuth(key, TEST_SECRET)

    def test_surrounding_white_space_is_tolerated(self) -> None:
        auth = ApplicationAuth(f" {TEST_KEY}\n", f"{TEST_SECRET}\n", clock=lambda: FIXED)
        out = signed(httpx.Request("GET", f"{BASE}/x"), auth)
        check_signed_request(out, key=TEST_KEY, secret_b64=TEST_SECRET)


class TestBasicAuth:
    def test_header_is_base64_of_key_colon_secret(self) -> None:
        out = signed(
            httpx.Request("GET", f"{BASE}/v1/configuration/numbers"),
            BasicAuth(TEST_KEY, TEST_SECRET),
        )
        scheme, token = out.headers["Authorization"].split(" ")
        assert scheme == "Basic"
        assert base64.b64decode(token).decode() == f"{TEST_KEY}:{TEST_SECRET}"
        assert "x-timestamp" not in out.headers

    def test_repr_hides_the_secret(self) -> None:
        auth = BasicAuth(TEST_KEY, TEST_SECRET)
        assert TEST_SECRET not in repr(auth)
        assert base64.b64encode(f"{TEST_KEY}:{TEST_SECRET}".encode()).decode() not in repr(auth)


class TestThroughRealClients:
    """One auth instance serves a sync and an async client; the server side re-verifies."""

    @staticmethod
    def handler(request: httpx.Request) -> httpx.Response:
        check_signed_request(request, key=TEST_KEY, secret_b64=TEST_SECRET)
        return httpx.Response(204)

    def test_sync_and_async_share_one_instance(self) -> None:
        auth = ApplicationAuth(TEST_KEY, TEST_SECRET)  # the real clock
        transport = httpx.MockTransport(self.handler)
        with httpx.Client(base_url=BASE, auth=auth, transport=transport) as client:
            assert (
                client.post(
                    "/v1/configuration/numbers", json={"numbers": ["+46730170101"]}
                ).status_code
                == 204
            )
            assert client.get("/v1/calling/query/number/%2B46730170101").status_code == 204

        async def run() -> int:
            async with httpx.AsyncClient(base_url=BASE, auth=auth, transport=transport) as client:
                response = await client.request(
                    "DELETE", "/v1/configuration/numbers", json={"number": "+46730170101"}
                )
                return response.status_code

        import asyncio

        assert asyncio.run(run()) == 204


# Hypothesis: any request signs so that an independent recomputation agrees, and a change to any
# one signed input breaks the signature.
PATH_SEGMENT = st.text(
    alphabet=string.ascii_letters + string.digits + "-._~+", min_size=1, max_size=20
)
PATHS = st.lists(PATH_SEGMENT, min_size=1, max_size=5).map(lambda parts: "/" + "/".join(parts))
CONTENT_TYPES = st.one_of(
    st.just(""),
    st.sampled_from(["application/json", "application/json; charset=UTF-8", "text/plain"]),
    st.text(alphabet=string.ascii_letters + string.digits + "/;=-+. ", min_size=1, max_size=40)
    .map(str.strip)
    .filter(bool),
)
METHODS = st.sampled_from(["GET", "POST", "PUT", "PATCH", "DELETE"])
MOMENTS = st.datetimes(
    min_value=datetime(2000, 1, 1), max_value=datetime(2100, 1, 1), timezones=st.just(UTC)
)


@given(
    method=METHODS,
    path=PATHS,
    body=st.binary(max_size=512),
    content_type=CONTENT_TYPES,
    moment=MOMENTS,
)
def test_signature_matches_independent_recomputation(
    method: str, path: str, body: bytes, content_type: str, moment: datetime
) -> None:
    headers = {"Content-Type": content_type} if content_type else {}
    request = httpx.Request(method, BASE + path, content=body, headers=headers)
    out = signed(request, make_auth(moment))
    check_signed_request(out, key=TEST_KEY, secret_b64=TEST_SECRET)


@given(
    body=st.binary(min_size=1, max_size=256),
    index=st.integers(min_value=0),
    flip=st.integers(min_value=1, max_value=255),
    field=st.sampled_from(["method", "body", "content_type", "timestamp", "path", "secret"]),
)
def test_changing_any_one_input_breaks_the_signature(
    body: bytes, index: int, flip: int, field: str
) -> None:
    request = httpx.Request(
        "POST",
        f"{BASE}/v1/configuration/numbers",
        content=body,
        headers={"Content-Type": "application/json"},
    )
    out = signed(request, make_auth())
    sent = out.headers["Authorization"].rsplit(":", 1)[1]
    inputs: dict[str, Any] = {
        "secret_b64": TEST_SECRET,
        "method": "POST",
        "body": body,
        "content_type": "application/json",
        "timestamp": out.headers["x-timestamp"],
        "path": "/v1/configuration/numbers",
    }
    assert expected_signature(**inputs) == sent
    if field == "body":
        position = index % len(body)
        inputs["body"] = body[:position] + bytes([body[position] ^ flip]) + body[position + 1 :]
    elif field == "secret":
        raw = bytearray(base64.b64decode(TEST_SECRET))
        raw[index % len(raw)] ^= flip
        inputs["secret_b64"] = base64.b64encode(bytes(raw)).decode()
    else:
        changed = {
            "method": "PUT",
            "content_type": "application/json; charset=UTF-8",
            "timestamp": "2024-03-01T12:30:46Z",
            "path": "/v1/configuration/numbers/",
        }
        inputs[field] = changed[field]
    assert expected_signature(**inputs) != sent


# One instance for every example: the keyed HMAC it copies per request must never carry state
# from one signature into the next, and its once-a-second timestamp must stay current.
SYSTEM_CLOCK_AUTH = ApplicationAuth(TEST_KEY, TEST_SECRET)


@given(method=METHODS, path=PATHS, body=st.binary(max_size=512), content_type=CONTENT_TYPES)
def test_fast_signer_on_the_system_clock_matches_the_reference(
    method: str, path: str, body: bytes, content_type: str
) -> None:
    headers = {"Content-Type": content_type} if content_type else {}
    request = httpx.Request(method, BASE + path, content=body, headers=headers)
    before = datetime.now(UTC).replace(microsecond=0)
    out = signed(request, SYSTEM_CLOCK_AUTH)
    check_signed_request(out, key=TEST_KEY, secret_b64=TEST_SECRET)
    stamp = out.headers["x-timestamp"]
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", stamp)
    sent_at = datetime.fromisoformat(stamp)
    assert before <= sent_at <= datetime.now(UTC)
