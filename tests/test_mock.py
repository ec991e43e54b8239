"""The mock's behaviour, through the generated client against a real server on loopback."""

from __future__ import annotations

import itertools
import json
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, ClassVar

import httpx
import pytest

from sinch_signing import ApplicationAuth
from sinch_voice.api.callbacks import get_callback_urls, update_callback_urls
from sinch_voice.api.numbers import get_numbers, unassign_number, update_numbers
from sinch_voice.api.query import query_number
from sinch_voice.client import Client
from sinch_voice.models import (
    AssignNumbersRequest,
    CallbackConfiguration,
    CallbackUrls,
    OwnedNumberList,
    QueryNumberResponse,
    UnassignNumberRequest,
    UpdateCallbackUrlsRequest,
)
from sinch_voice.types import Unset
from sinch_voice_mock import (
    DEFAULT_NUMBERS,
    DEMO_APPLICATION_KEY,
    DEMO_APPLICATION_SECRET,
    EXAMPLE_APPLICATION_KEY,
    EXAMPLE_APPLICATION_SECRET,
    MockServer,
    MockState,
)
from sinch_voice_toolkit import SinchApiError, connect
from tests.spec_samples import SAMPLES

ROOT = Path(__file__).resolve().parents[1]
VOICE_AND_SMS = next(n for n, caps in DEFAULT_NUMBERS.items() if set(caps) == {"voice", "sms"})
VOICE_ONLY = next(n for n, caps in DEFAULT_NUMBERS.items() if caps == ("voice",))
NOT_OWNED = "+14155550199"


@pytest.fixture
def mock() -> Iterator[MockServer]:
    with MockServer() as server:  # a fresh world per test
        yield server


@pytest.fixture
def client(mock: MockServer) -> Iterator[Client]:
    with connect(DEMO_APPLICATION_KEY, DEMO_APPLICATION_SECRET, base_url=mock.url) as c:
        yield c


def assigned(client: Client) -> dict[tuple[str, str], str | None]:
    listed = get_numbers.sync(client=client)
    assert isinstance(listed, OwnedNumberList)
    return {
        (n.number, str(getattr(n.capability, "value", n.capability))): None
        if isinstance(n.applicationkey, Unset)
        else n.applicationkey
        for n in listed.numbers
    }


def rejected(call: Callable[[], Any], status: int, code: int) -> SinchApiError:
    """The call raises the typed error for `status`, carrying Sinch's `code`."""
    with pytest.raises(SinchApiError) as caught:
        call()
    assert caught.value.status == status, caught.value
    assert caught.value.error_code == code, caught.value
    return caught.value


class TestNumbers:
    def test_lists_every_owned_number_and_capability_unassigned(self, client: Client) -> None:
        expected = {(n, c) for n, caps in DEFAULT_NUMBERS.items() for c in caps}
        state = assigned(client)
        assert set(state) == expected
        assert set(state.values()) == {None}

    def test_assign_defaults_to_the_signing_application_and_voice(self, client: Client) -> None:
        response = update_numbers.sync_detailed(
            client=client, body=AssignNumbersRequest(numbers=[VOICE_AND_SMS, VOICE_ONLY])
        )
        assert response.status_code == 204
        state = assigned(client)
        assert state[(VOICE_AND_SMS, "voice")] == DEMO_APPLICATION_KEY
        assert state[(VOICE_ONLY, "voice")] == DEMO_APPLICATION_KEY
        assert state[(VOICE_AND_SMS, "sms")] is None

    def test_assign_to_another_application_per_capability(self, client: Client) -> None:
        body = AssignNumbersRequest(
            numbers=[VOICE_AND_SMS],
            applicationkey=EXAMPLE_APPLICATION_KEY,
            capability="sms",
        )
        assert update_numbers.sync_detailed(client=client, body=body).status_code == 204
        update_numbers.sync_detailed(
            client=client, body=AssignNumbersRequest(numbers=[VOICE_AND_SMS])
        )
        state = assigned(client)
        assert state[(VOICE_AND_SMS, "sms")] == EXAMPLE_APPLICATION_KEY
        assert state[(VOICE_AND_SMS, "voice")] == DEMO_APPLICATION_KEY

    def test_number_not_owned_is_named_and_nothing_changes(self, client: Client) -> None:
        body = AssignNumbersRequest(numbers=[VOICE_ONLY, NOT_OWNED])
        error = rejected(lambda: update_numbers.sync_detailed(client=client, body=body), 400, 40001)
        assert NOT_OWNED in str(error.message)
        assert assigned(client)[(VOICE_ONLY, "voice")] is None

    def test_capability_the_number_lacks_is_named(self, client: Client) -> None:
        body = AssignNumbersRequest(numbers=[VOICE_ONLY], capability="sms")
        error = rejected(lambda: update_numbers.sync_detailed(client=client, body=body), 400, 40001)
        assert VOICE_ONLY in str(error.message)

    def test_unknown_target_application(self, client: Client) -> None:
        body = AssignNumbersRequest(numbers=[VOICE_ONLY], applicationkey="no-such-app")
        rejected(lambda: update_numbers.sync_detailed(client=client, body=body), 404, 40400)

    def test_unassign_clears_and_a_second_time_is_not_found(self, client: Client) -> None:
        update_numbers.sync_detailed(
            client=client, body=AssignNumbersRequest(numbers=[VOICE_AND_SMS])
        )
        update_numbers.sync_detailed(
            client=client,
            body=AssignNumbersRequest(numbers=[VOICE_AND_SMS], capability="sms"),
        )
        response = unassign_number.sync_detailed(
            client=client, body=UnassignNumberRequest(number=VOICE_AND_SMS)
        )
        assert response.status_code == 204
        state = assigned(client)
        assert state[(VOICE_AND_SMS, "voice")] is None and state[(VOICE_AND_SMS, "sms")] is None
        body = UnassignNumberRequest(number=VOICE_AND_SMS)
        again = rejected(
            lambda: unassign_number.sync_detailed(client=client, body=body), 404, 40400
        )
        assert VOICE_AND_SMS in str(again.message)

    def test_unassign_one_capability_keeps_the_other(self, client: Client) -> None:
        for capability in ("voice", "sms"):
            update_numbers.sync_detailed(
                client=client,
                body=AssignNumbersRequest(numbers=[VOICE_AND_SMS], capability=capability),
            )
        unassign_number.sync_detailed(
            client=client,
            body=UnassignNumberRequest(number=VOICE_AND_SMS, capability="sms"),
        )
        state = assigned(client)
        assert state[(VOICE_AND_SMS, "voice")] == DEMO_APPLICATION_KEY
        assert state[(VOICE_AND_SMS, "sms")] is None

    def test_unassign_number_not_owned(self, client: Client) -> None:
        body = UnassignNumberRequest(number=NOT_OWNED)
        error = rejected(
            lambda: unassign_number.sync_detailed(client=client, body=body), 400, 40001
        )
        assert NOT_OWNED in str(error.message)


class TestCallbacks:
    def test_unknown_application_is_not_found(self, client: Client) -> None:
        rejected(lambda: get_callback_urls.sync_detailed("no-such-app", client=client), 404, 40400)
        body = UpdateCallbackUrlsRequest(url=CallbackUrls(primary="https://example.com/cb"))
        rejected(
            lambda: update_callback_urls.sync_detailed("no-such-app", client=client, body=body),
            404,
            40400,
        )

    def test_set_and_read_back_each_url_alone(self, client: Client) -> None:
        empty = get_callback_urls.sync(DEMO_APPLICATION_KEY, client=client)
        assert isinstance(empty, CallbackConfiguration) and empty.url.to_dict() == {}
        primary = UpdateCallbackUrlsRequest(
            url=CallbackUrls(primary="https://primary.example.com/cb")
        )
        assert (
            update_callback_urls.sync_detailed(
                DEMO_APPLICATION_KEY, client=client, body=primary
            ).status_code
            == 204
        )
        fallback = UpdateCallbackUrlsRequest(
            url=CallbackUrls(fallback="https://fallback.example.com/cb")
        )
        update_callback_urls.sync_detailed(DEMO_APPLICATION_KEY, client=client, body=fallback)
        stored = get_callback_urls.sync(DEMO_APPLICATION_KEY, client=client)
        assert isinstance(stored, CallbackConfiguration)
        assert stored.url.to_dict() == {
            "primary": "https://primary.example.com/cb",
            "fallback": "https://fallback.example.com/cb",
        }

    @pytest.mark.parametrize(
        "url",
        [
            "ftp://example.com/cb",
            "javascript:alert(1)",
            "mailto:ops@example.com",
            "http://",
            "https:// x",
        ],
    )
    def test_a_url_sinch_cannot_call_is_refused_and_nothing_changes(
        self, mock: MockServer, client: Client, url: str
    ) -> None:
        # Signed, but sent past the client's own check of the spec: the mock's rule is tested.
        auth = ApplicationAuth(DEMO_APPLICATION_KEY, DEMO_APPLICATION_SECRET)
        answer = httpx.post(
            f"{mock.url}/v1/configuration/callbacks/applications/{DEMO_APPLICATION_KEY}",
            json={"url": {"primary": url}},
            auth=auth,
        )
        assert (answer.status_code, answer.json()["errorCode"]) == (400, 40001)
        stored = get_callback_urls.sync(DEMO_APPLICATION_KEY, client=client)
        assert isinstance(stored, CallbackConfiguration) and stored.url.to_dict() == {}

    def test_http_and_https_in_any_case_are_taken(self, client: Client) -> None:
        body = UpdateCallbackUrlsRequest(
            url=CallbackUrls(primary="HTTPS://example.com/cb", fallback="http://[::1]:8080/cb")
        )
        update_callback_urls.sync_detailed(DEMO_APPLICATION_KEY, client=client, body=body)
        stored = get_callback_urls.sync(DEMO_APPLICATION_KEY, client=client)
        assert isinstance(stored, CallbackConfiguration)
        assert stored.url.to_dict() == body.url.to_dict()

    def test_credentials_in_a_url_are_not_shown_by_the_control_plane(
        self, mock: MockServer, client: Client
    ) -> None:
        body = UpdateCallbackUrlsRequest(
            url=CallbackUrls(primary="https://ops:hunter2@example.com/cb")
        )
        update_callback_urls.sync_detailed(DEMO_APPLICATION_KEY, client=client, body=body)
        shown = mock.control("GET", "/state").text
        assert "hunter2" not in shown and "https://***@example.com/cb" in shown


class TestQueryNumber:
    @pytest.mark.parametrize(
        ("number", "country", "kind"),
        [
            ("+46730170101", "SE", "Mobile"),
            ("+12015555555", "US", "Fixed"),
            ("+442071838750", "GB", "Fixed"),
        ],
    )
    def test_answers_from_numbering_data(
        self, client: Client, number: str, country: str, kind: str
    ) -> None:
        answer = query_number.sync(number, client=client)
        assert isinstance(answer, QueryNumberResponse)
        info = answer.number
        assert (info.country_id, info.number_type, info.normalized_number) == (
            country,
            kind,
            number,
        )
        assert info.rate.currency_id == "USD"
        assert not isinstance(info.rate.amount, Unset) and info.rate.amount > 0

    def test_number_in_no_numbering_plan(self, client: Client) -> None:
        rejected(lambda: query_number.sync_detailed("+99912345", client=client), 400, 40001)


class TestServer:
    def test_basic_auth_for_a_registered_application(self, mock: MockServer) -> None:
        with connect(
            EXAMPLE_APPLICATION_KEY, EXAMPLE_APPLICATION_SECRET, auth="basic", base_url=mock.url
        ) as client:
            update_numbers.sync_detailed(
                client=client, body=AssignNumbersRequest(numbers=[VOICE_ONLY])
            )
            assert assigned(client)[(VOICE_ONLY, "voice")] == EXAMPLE_APPLICATION_KEY

    def test_reset_restores_the_starting_world(self, mock: MockServer, client: Client) -> None:
        before = assigned(client)
        update_numbers.sync_detailed(client=client, body=AssignNumbersRequest(numbers=[VOICE_ONLY]))
        body = UpdateCallbackUrlsRequest(url=CallbackUrls(primary="https://example.com/cb"))
        update_callback_urls.sync_detailed(DEMO_APPLICATION_KEY, client=client, body=body)
        assert assigned(client) != before
        mock.reset()
        assert assigned(client) == before
        stored = get_callback_urls.sync(DEMO_APPLICATION_KEY, client=client)
        assert isinstance(stored, CallbackConfiguration) and stored.url.to_dict() == {}

    def test_serves_its_spec(self, mock: MockServer) -> None:
        response = httpx.get(f"{mock.url}/openapi.yaml")
        assert response.status_code == 200
        assert response.text == (ROOT / "openapi.yaml").read_text()

    @pytest.mark.parametrize(
        ("skew", "status"), [(301, 401), (290, 200)], ids=["outside", "inside"]
    )
    def test_clock_skew_window(self, skew: int, status: int) -> None:
        """The default window is 300 s; the mock's clock runs ahead of the client's here."""
        with (
            MockServer(clock=lambda: datetime.now(UTC) + timedelta(seconds=skew)) as server,
            connect(DEMO_APPLICATION_KEY, DEMO_APPLICATION_SECRET, base_url=server.url) as client,
        ):
            if status == 401:
                rejected(lambda: get_numbers.sync_detailed(client=client), 401, 40105)
            else:
                assert get_numbers.sync_detailed(client=client).status_code == status

    def test_latency_is_added(self) -> None:
        with (
            MockServer(latency_ms=150) as slow,
            connect(DEMO_APPLICATION_KEY, DEMO_APPLICATION_SECRET, base_url=slow.url) as client,
        ):
            started = time.monotonic()
            get_numbers.sync(client=client)
            assert time.monotonic() - started >= 0.15  # a lower bound only: it can never be faster

    def test_unknown_route_and_method_answer_in_sinch_shape(self, mock: MockServer) -> None:
        assert httpx.get(f"{mock.url}/v1/nothing").json()["errorCode"] == 40400
        response = httpx.put(f"{mock.url}/v1/configuration/numbers")
        assert response.status_code == 405 and response.json()["errorCode"] == 40500
        assert set(response.headers["allow"].split(", ")) >= {"GET", "POST", "DELETE"}


class TestStateFiles:
    DATA: ClassVar[dict[str, Any]] = {
        "applications": [
            {
                "key": "file-app",
                "secret": "ZmlsZS1zZWNyZXQ=",
                "callbacks": {"primary": "https://file.example.com/cb"},
            }
        ],
        "numbers": [
            {
                "number": "+46730170199",
                "capabilities": ["voice", "sms"],
                "assigned": {"sms": "file-app"},
            }
        ],
    }

    @pytest.mark.parametrize("suffix", [".json", ".yaml"])
    def test_loads_json_and_yaml(self, tmp_path: Path, suffix: str) -> None:
        import yaml

        path = tmp_path / f"state{suffix}"
        path.write_text(json.dumps(self.DATA) if suffix == ".json" else yaml.safe_dump(self.DATA))
        state = MockState.from_file(path)
        assert state.list_numbers() == [
            {"number": "+46730170199", "capability": "sms", "applicationkey": "file-app"},
            {"number": "+46730170199", "capability": "voice"},
        ]
        assert state.callbacks("file-app") == {"primary": "https://file.example.com/cb"}

    @pytest.mark.parametrize(
        "broken",
        [
            {"numbers": [{"number": "46730170199"}]},
            {"numbers": [{"number": "+46730170199", "capabilities": ["fax"]}]},
            {"applications": [{"key": "x", "secret": "not base64!"}]},
            {
                "applications": [
                    {"key": "x", "secret": "eA==", "callbacks": {"primary": "ftp://x/not base64!"}}
                ]
            },
        ],
        ids=["no-plus", "unknown-capability", "bad-secret", "callback-not-http"],
    )
    def test_rejects_bad_state(self, broken: dict[str, Any]) -> None:
        with pytest.raises(ValueError) as caught:
            MockState.from_mapping(broken)
        assert "not base64!" not in str(caught.value)


CLI_SECRET = "Y2xpLXNlY3JldA=="


# What the mock logs (an operation answered only with its example) before it listens.
LOG_PREFIXES = tuple(f"{operation} has no stateful handler" for operation in SAMPLES)


def test_command_line_starts_prints_and_serves(tmp_path: Path) -> None:
    command = [
        sys.executable,
        "-m",
        "sinch_voice_mock",
        "--port",
        "0",
        "--application",
        f"cli-app:{CLI_SECRET}",
    ]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        assert process.stdout is not None
        # Log lines (an operation without a stateful handler, say) may come first.
        lines = iter(process.stdout.readline, "")
        first = next(line for line in lines if not line.startswith(LOG_PREFIXES))
        assert first.startswith("Sinch Voice mock listening on http://127.0.0.1:")
        url = first.split()[5]
        rest = (line.strip() for line in lines)  # the banner, up to its last line
        banner = list(itertools.takewhile(lambda line: not line.startswith("Press Ctrl-C"), rest))
        assert (
            banner[0] == f"World: 3 applications, {len(DEFAULT_NUMBERS)} owned numbers (0 assigned)"
        )
        assert f"export SINCH_APPLICATION_KEY={DEMO_APPLICATION_KEY}" in banner
        assert "Application registered: cli-app (project 'project-of-cli-app')" in banner
        assert CLI_SECRET not in "".join(banner)  # a user's own secret is never printed
        deadline = time.monotonic() + 10
        while True:
            try:
                with connect("cli-app", CLI_SECRET, base_url=url) as client:
                    assert isinstance(get_numbers.sync(client=client), OwnedNumberList)
                break
            except httpx.ConnectError:
                assert time.monotonic() < deadline
                time.sleep(0.1)
    finally:
        process.terminate()
        process.wait(10)


def test_the_world_holds_every_operations_example_object() -> None:
    """A stateful handler for a new kind of resource finds the spec's example object for the
    spec's example arguments (`MockState.example_object`), so tests and Schemathesis, which
    send those, are answered what the spec documents."""
    import yaml

    spec = yaml.safe_load((Path(__file__).resolve().parents[1] / "openapi.yaml").read_text())
    state = MockState.default()
    checked = 0
    for item in spec["paths"].values():
        for operation in (o for o in item.values() if isinstance(o, dict) and "operationId" in o):
            parameters = [*item.get("parameters", []), *operation.get("parameters", [])]
            arguments = {}
            for parameter in parameters:
                if "$ref" in parameter:
                    name = parameter["$ref"].rsplit("/", 1)[1]
                    parameter = spec["components"]["parameters"][name]
                if parameter["in"] == "path":
                    example = parameter.get("example")
                    if example is None:
                        schema = parameter["schema"]
                        if "$ref" in schema:
                            schema = spec["components"]["schemas"][schema["$ref"].rsplit("/", 1)[1]]
                        example = schema["example"]
                    arguments[parameter["name"]] = str(example)
            answer = operation["responses"].get("200", {}).get("content", {})
            documented = answer.get("application/json", {}).get("example")
            if documented is None:
                continue
            assert state.example_object(operation["operationId"], arguments) == documented
            assert state.example_object(operation["operationId"], {"x": "y"}) is None
            checked += 1
    assert checked >= 3  # getNumbers, getCallbackUrls, queryNumber document theirs inline
    assert state.example_object("noSuchOperation", {}) is None
