"""Hosts and regions: each operation goes to the host the spec serves it from.

The configuration operations go to Sinch's configuration host; calls to Sinch's global calling
host, or with `region=` (or `$SINCH_VOICE_REGION`) to that region's own. A base URL given to
`connect()` (the mock, a gateway) serves every operation. The regions are the spec's
(`x-region` of the calling servers), so these tests read them from there too.
"""

from __future__ import annotations

from collections.abc import Mapping

import httpx
import pytest
import yaml

from sinch_voice.api.calls import get_call_result
from sinch_voice.api.numbers import get_numbers
from sinch_voice_toolkit import InvalidRequestError, VoiceClient, connect
from tests.conftest import TEST_KEY, TEST_SECRET
from tests.reference_signing import check_signed_request
from tests.spec_samples import SPEC_FILE

SPEC = yaml.safe_load(SPEC_FILE.read_text(encoding="utf-8"))
CALL_PATH = "/calling/v1/calls/id/{callId}"
CALLING_SERVERS = SPEC["paths"][CALL_PATH]["servers"]
GLOBAL_CALLING = CALLING_SERVERS[0]["url"]
REGIONAL = {s["x-region"]: s["url"] for s in CALLING_SERVERS if "x-region" in s}
CONFIGURATION = SPEC["servers"][0]["url"]
CALL_ID = "4398599d1ba84ef3bde0a82dfb61abed"
CALL = {"callId": CALL_ID, "status": "FINAL"}


def sent_with(
    region: str | None = None,
    base_url: str | None = None,
    environ: Mapping[str, str] | None = None,
) -> list[httpx.Request]:
    """The requests a client so configured sends for one call read and one numbers list."""
    sent: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        calls = request.url.path.startswith("/calling/")
        return httpx.Response(200, json=CALL if calls else {"numbers": []})

    with connect(
        TEST_KEY,
        TEST_SECRET,
        base_url=base_url,
        region=region,
        environ=environ or {},
        httpx_args={"transport": httpx.MockTransport(answer)},
    ) as client:
        get_call_result.sync_detailed(CALL_ID, client=client)
        get_numbers.sync_detailed(client=client)
    return sent


def test_the_spec_names_sinchs_five_regions() -> None:
    assert GLOBAL_CALLING == "https://calling.api.sinch.com"
    assert REGIONAL["euc1"] == "https://calling-euc1.api.sinch.com"
    assert sorted(REGIONAL) == ["apse1", "apse2", "euc1", "sae1", "use1"]


def test_calls_go_to_the_global_calling_host_and_configuration_to_its_own() -> None:
    call, numbers = sent_with()
    assert str(call.url) == f"{GLOBAL_CALLING}/calling/v1/calls/id/{CALL_ID}"
    assert call.headers["Host"] == httpx.URL(GLOBAL_CALLING).host
    assert str(numbers.url) == f"{CONFIGURATION}/v1/configuration/numbers"


@pytest.mark.parametrize("region", sorted(REGIONAL))
def test_a_region_sends_calls_to_its_own_host_and_leaves_configuration_alone(
    region: str,
) -> None:
    call, numbers = sent_with(region=region)
    assert str(call.url) == f"{REGIONAL[region]}/calling/v1/calls/id/{CALL_ID}"
    assert call.headers["Host"] == httpx.URL(REGIONAL[region]).host
    check_signed_request(call, key=TEST_KEY, secret_b64=TEST_SECRET)  # the path is signed
    assert str(numbers.url) == f"{CONFIGURATION}/v1/configuration/numbers"


def test_the_region_comes_from_the_environment_unless_given() -> None:
    call, _ = sent_with(environ={"SINCH_VOICE_REGION": "use1"})
    assert call.url.host == httpx.URL(REGIONAL["use1"]).host
    call, _ = sent_with(region="apse2", environ={"SINCH_VOICE_REGION": "use1"})
    assert call.url.host == httpx.URL(REGIONAL["apse2"]).host
    call, _ = sent_with(environ={"SINCH_VOICE_REGION": ""})  # set but empty: global
    assert call.url.host == httpx.URL(GLOBAL_CALLING).host


def test_a_chosen_base_url_serves_calls_too_whatever_the_region() -> None:
    call, numbers = sent_with(region="euc1", base_url="http://127.0.0.1:9/gateway")
    assert str(call.url) == f"http://127.0.0.1:9/gateway/calling/v1/calls/id/{CALL_ID}"
    assert str(numbers.url) == "http://127.0.0.1:9/gateway/v1/configuration/numbers"


@pytest.mark.parametrize("region", ["eu", "calling-euc1", "EUC 1", "us-east-1"])
def test_an_unknown_region_is_refused_with_the_known_ones(region: str) -> None:
    with pytest.raises(ValueError, match="region must be one of") as raised:
        connect(TEST_KEY, TEST_SECRET, region=region, environ={})
    assert all(name in str(raised.value) for name in REGIONAL)
    with pytest.raises(ValueError, match="region must be one of"):
        connect(TEST_KEY, TEST_SECRET, environ={"SINCH_VOICE_REGION": region})


def test_the_facade_takes_a_region_and_reads_a_call() -> None:
    sent: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json={**CALL, "timestamp": "2024-01-08T09:48:12"})

    with VoiceClient(
        TEST_KEY,
        TEST_SECRET,
        region="sae1",
        environ={},
        httpx_args={"transport": httpx.MockTransport(answer)},
    ) as voice:
        call = voice.calls.get(CALL_ID)
    assert call.call_id == CALL_ID and call.status == "FINAL"
    assert call.timestamp == "2024-01-08T09:48:12"  # kept as sent, no offset needed
    assert sent[0].url.host == httpx.URL(REGIONAL["sae1"]).host


def test_conferences_are_read_on_the_regions_host_and_their_ids_are_bounded() -> None:
    # The conference path names the same calling hosts (the spec's *calling-servers).
    conference = SPEC["paths"]["/calling/v1/conferences/id/{conferenceId}"]
    assert conference["servers"] == CALLING_SERVERS
    sent: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json={"participants": [{"id": CALL_ID, "muted": True}]})

    longest = "c" * SPEC["components"]["schemas"]["ConferenceIdInput"]["maxLength"]
    with VoiceClient(
        TEST_KEY,
        TEST_SECRET,
        region="apse1",
        environ={},
        httpx_args={"transport": httpx.MockTransport(answer)},
    ) as voice:
        (participant,) = voice.conferences.get(longest)
        assert participant.id == CALL_ID and participant.muted is True
        for refused in (longest + "c", "my conference", "team;1", "."):
            with pytest.raises(InvalidRequestError, match="conferenceId"):
                voice.conferences.get(refused)
    assert [str(r.url) for r in sent] == [
        f"{REGIONAL['apse1']}/calling/v1/conferences/id/{longest}"
    ]
    check_signed_request(sent[0], key=TEST_KEY, secret_b64=TEST_SECRET)


def test_a_call_from_an_ice_is_managed_on_the_host_its_call_resource_url_names() -> None:
    from sinch_voice.models import IceEvent

    sent: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(204)

    for region, server in REGIONAL.items():
        event = IceEvent.from_dict(
            {"event": "ice", "callid": CALL_ID, "callResourceUrl": f"{server}{CALL_PATH}"}
        )
        with VoiceClient(
            TEST_KEY, TEST_SECRET, environ={}, httpx_args={"transport": httpx.MockTransport(answer)}
        ) as voice:
            voice.for_call(event).calls.hangup(CALL_ID)
            voice.calls.hangup(CALL_ID)  # the client itself is not changed
        assert [r.url.host for r in sent[-2:]] == [
            httpx.URL(server).host,
            httpx.URL(GLOBAL_CALLING).host,
        ], region
        check_signed_request(sent[-2], key=TEST_KEY, secret_b64=TEST_SECRET)


@pytest.mark.parametrize(
    "url",
    [
        "https://calling-euc1.api.sinch.com.evil.example/calling/v1/calls/id/x",
        "https://evil.example/calling/v1/calls/id/x",
        "http://calling-euc1.api.sinch.com/calling/v1/calls/id/x",
        "not a url",
        "",
    ],
)
def test_a_call_resource_url_off_sinchs_calling_hosts_is_refused(url: str) -> None:
    with VoiceClient(TEST_KEY, TEST_SECRET, environ={}) as voice, pytest.raises(ValueError):
        voice.for_call(url)


def test_with_a_base_url_a_call_from_an_ice_stays_there() -> None:
    sent: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(204)

    with VoiceClient(
        TEST_KEY,
        TEST_SECRET,
        base_url="http://127.0.0.1:9",
        environ={},
        httpx_args={"transport": httpx.MockTransport(answer)},
    ) as voice:
        voice.for_call(f"{REGIONAL['euc1']}{CALL_PATH}").calls.hangup(CALL_ID)
    assert sent[0].url.host == "127.0.0.1"
