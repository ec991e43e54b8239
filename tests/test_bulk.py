"""Bulk assignment: every input number accounted for exactly once, and the mock agrees."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Awaitable, Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml
from hypothesis import given, strategies as st

from sinch_voice.client import Client
from sinch_voice_mock import (
    DEMO_APPLICATION_KEY,
    DEMO_APPLICATION_SECRET,
    FaultPlan,
    MockServer,
    MockState,
)
from sinch_voice_mock._state_values import trial_number
from sinch_voice_toolkit import (
    BadRequestError,
    BulkReport,
    ConnectedClient,
    RetryPolicy,
    assign_many,
    connect,
    unassign_many,
)
from sinch_voice_toolkit._constants import MAX_NUMBERS_PER_REQUEST
from sinch_voice_toolkit._numbers import E164, all_e164, e164_problem

SPEC = yaml.safe_load((Path(__file__).resolve().parents[1] / "openapi.yaml").read_text())


def owned_numbers(count: int) -> list[str]:
    return [trial_number(i) for i in range(count)]


def world(count: int) -> MockState:
    state = MockState.default()
    for number in owned_numbers(count):
        state.add_number(number, ["voice", "sms"])
    return state


def held_by_demo(mock: MockServer) -> set[str]:
    return {
        number for (number, _), app in mock.state.assignments.items() if app == DEMO_APPLICATION_KEY
    }


@pytest.fixture
def mock() -> Iterator[MockServer]:
    with MockServer(world(2_000)) as server:
        yield server


def run_assign(mock: MockServer, numbers: list[str], **options: object) -> BulkReport:
    async def go() -> BulkReport:
        async with connect(
            DEMO_APPLICATION_KEY, DEMO_APPLICATION_SECRET, base_url=mock.url
        ) as client:
            return await assign_many(client, numbers, **options)  # type: ignore[arg-type]

    return asyncio.run(go())


def test_limits_match_the_spec() -> None:
    """The toolkit's (and the mock's state-file) copies of spec limits must not drift."""
    from sinch_voice_mock._state_values import E164 as MOCK_E164

    schemas = SPEC["components"]["schemas"]
    spec_pattern = schemas["E164Number"]["pattern"].removeprefix("^").removesuffix("$")
    assert E164.pattern == spec_pattern == MOCK_E164.pattern
    assert (
        schemas["AssignNumbersRequest"]["properties"]["numbers"]["maxItems"]
        == MAX_NUMBERS_PER_REQUEST
    )


# Texts near the E.164 rule: valid numbers, and valid ones glued with newlines, spaces or junk.
_VALID = st.from_regex(E164, fullmatch=True)
_NEAR = st.one_of(
    _VALID,
    st.lists(_VALID, min_size=2, max_size=3).map("\n".join),
    st.tuples(_VALID, st.sampled_from(["\n", " ", "", "x", "+"])).map("".join),
    st.text(alphabet="+0123456789\n ", max_size=17),
)
_INPUT = st.lists(st.one_of(_NEAR, _NEAR, st.integers(), st.none()), max_size=30)


@given(_INPUT)
def test_all_e164_agrees_with_the_per_number_rule(items: list[object]) -> None:
    expected = bool(items) and all(isinstance(i, str) and E164.fullmatch(i) for i in items)
    assert all_e164(items) == expected


@given(_INPUT)
def test_accepting_sorts_like_the_per_number_rule(items: list[str]) -> None:
    """The one-pass check for the usual case must sort exactly as checking each number does."""
    report = BulkReport()
    accepted = report._accept(iter(items))  # any iterable, read once
    distinct = list(dict.fromkeys(items))
    assert accepted == [n for n in distinct if e164_problem(n) is None] == report.pending
    assert report.invalid == {str(n): e164_problem(n) for n in distinct if e164_problem(n)}
    assert report.duplicates == len(items) - len(distinct)


def test_validates_deduplicates_chunks_and_accounts(mock: MockServer) -> None:
    numbers = owned_numbers(250)
    given = [*numbers, numbers[0], numbers[1], "+0123", "46730170101", "+1415 5550100", ""]
    report = run_assign(mock, given, concurrency=3)
    assert sorted(report.done) == sorted(numbers)
    assert set(report.invalid) == {"+0123", "46730170101", "+1415 5550100", ""}
    assert report.failed == {} and report.pending == [] and report.duplicates == 2
    assert report.total == len(set(given))
    assert held_by_demo(mock) == set(numbers)


def test_a_bad_number_is_isolated_and_the_rest_assigned(mock: MockServer) -> None:
    numbers = owned_numbers(99)
    unowned = "+14159999999"
    report = run_assign(mock, [*numbers[:50], unowned, *numbers[50:]])
    assert sorted(report.done) == sorted(numbers)
    assert list(report.failed) == [unowned]
    assert isinstance(report.failed[unowned], BadRequestError) and unowned in str(
        report.failed[unowned]
    )
    assert held_by_demo(mock) == set(numbers)


def test_an_interrupted_run_keeps_its_report(mock: MockServer) -> None:
    mock.faults = FaultPlan(schedule=["slow"] * 40, slow_seconds=0.3)  # every request is slow
    numbers = owned_numbers(1_000)
    report = BulkReport()

    async def go() -> None:
        async with connect(
            DEMO_APPLICATION_KEY, DEMO_APPLICATION_SECRET, base_url=mock.url
        ) as client:
            await asyncio.wait_for(
                assign_many(client, numbers, concurrency=2, report=report), timeout=0.5
            )

    with pytest.raises(TimeoutError):
        asyncio.run(go())
    assert report.pending, "the run was cut short"
    assert report.total == len(numbers)
    assert sorted(report.done + report.pending + list(report.failed)) == sorted(numbers)


def test_two_thousand_numbers_at_a_twenty_percent_fault_rate(mock: MockServer) -> None:
    mock.faults = FaultPlan(rate=0.2, seed=2024, slow_seconds=0.6, retry_after_seconds=0)
    numbers = owned_numbers(2_000)
    report = run_assign(mock, [*numbers, "not-a-number", numbers[7]], concurrency=8, chunk_size=50)
    assert (
        report.total == 2_001
        and report.duplicates == 1
        and list(report.invalid) == ["not-a-number"]
    )
    assert len(report.done) + len(report.failed) == 2_000 and report.pending == []
    assert set(report.done) == held_by_demo(mock)  # what the report says is what the mock holds
    assert set(report.failed).isdisjoint(held_by_demo(mock))
    assert sum(mock.faults.injected.values()) > 0 and len(report.done) > 1_000, report.summary()

    async def undo() -> BulkReport:
        async with connect(
            DEMO_APPLICATION_KEY, DEMO_APPLICATION_SECRET, base_url=mock.url
        ) as client:
            return await unassign_many(client, report.done, concurrency=8)

    undone = asyncio.run(undo())
    assert undone.total == len(report.done) and undone.pending == []
    assert held_by_demo(mock) == set(undone.failed)


def test_unassigning_what_is_not_assigned_reaches_the_goal(mock: MockServer) -> None:
    """The run aims at a state: a number already un-assigned is done, and listed as such."""
    numbers = owned_numbers(3)
    run_assign(mock, numbers[:2])

    async def go() -> BulkReport:
        async with connect(
            DEMO_APPLICATION_KEY, DEMO_APPLICATION_SECRET, base_url=mock.url
        ) as client:
            return await unassign_many(client, numbers)

    report = asyncio.run(go())
    assert sorted(report.done) == sorted(numbers)
    assert report.already == [numbers[2]] and report.failed == {}
    assert "1 already so" in report.summary()
    assert held_by_demo(mock) == set()


def test_a_saved_report_resumes_only_what_is_left(mock: MockServer, tmp_path: Path) -> None:
    numbers = owned_numbers(6)
    run_assign(mock, numbers)
    first = BulkReport()

    async def unassign(subset: list[str], report: BulkReport) -> BulkReport:
        async with connect(
            DEMO_APPLICATION_KEY, DEMO_APPLICATION_SECRET, base_url=mock.url
        ) as client:
            return await unassign_many(client, subset, report=report)

    asyncio.run(unassign(numbers[:2], first))
    first._accept(numbers[2:])  # as if interrupted: the rest never finished
    first.save(tmp_path / "report.json")
    saved = json.loads((tmp_path / "report.json").read_text())
    assert saved["operation"] == "unassign" and saved["pending"] == numbers[2:]

    resumed = BulkReport.load(tmp_path / "report.json")
    # `done` is in completion order, and the first two were un-assigned concurrently.
    assert resumed.pending == numbers[2:] and sorted(resumed.done) == sorted(numbers[:2])
    asyncio.run(unassign(resumed.pending, resumed))
    assert sorted(resumed.done) == sorted(numbers) and not resumed.failed
    assert resumed.already == []  # nothing done twice: the first two were not sent again
    assert held_by_demo(mock) == set()
    with pytest.raises(ValueError, match="unassign run"):
        asyncio.run(assign_in(mock, numbers, resumed))


async def assign_in(mock: MockServer, numbers: list[str], report: BulkReport) -> BulkReport:
    async with connect(DEMO_APPLICATION_KEY, DEMO_APPLICATION_SECRET, base_url=mock.url) as client:
        return await assign_many(client, numbers, report=report)


@pytest.mark.parametrize(
    "text", ["[]", "{}", '{"done": "x", "pending": []}', '{"done": [], "pending": [1]}', "nope"]
)
def test_a_report_that_is_not_one_is_refused(tmp_path: Path, text: str) -> None:
    (tmp_path / "r.json").write_text(text)
    with pytest.raises(ValueError):
        BulkReport.load(tmp_path / "r.json")


@pytest.mark.parametrize("options", [{"chunk_size": 0}, {"chunk_size": 101}, {"concurrency": 0}])
def test_bad_options(mock: MockServer, options: dict[str, int]) -> None:
    with pytest.raises(ValueError):
        run_assign(mock, owned_numbers(1), **options)


def _run(
    mock: MockServer, work: Callable[[Client], Awaitable[BulkReport]], **kw: Any
) -> BulkReport:
    async def go() -> BulkReport:
        async with connect(
            DEMO_APPLICATION_KEY, DEMO_APPLICATION_SECRET, base_url=mock.url, **kw
        ) as client:
            return await work(client)

    return asyncio.run(go())


def test_capability_as_a_plain_string(mock: MockServer) -> None:
    numbers = owned_numbers(3)
    report = _run(mock, lambda c: assign_many(c, numbers, capability="sms"))
    assert sorted(report.done) == numbers and not report.failed
    assert {n for (n, cap), app in mock.state.assignments.items() if cap == "sms"} == set(numbers)
    undone = _run(mock, lambda c: unassign_many(c, numbers, capability="sms"))
    assert sorted(undone.done) == numbers and held_by_demo(mock) == set()


@pytest.mark.parametrize("retries", [RetryPolicy(), None], ids=["retries", "no-retries"])
def test_lost_answers_are_read_back(mock: MockServer, retries: RetryPolicy | None) -> None:
    """30% of answers are lost after the mock applied the write: the report still equals it."""
    numbers = owned_numbers(1_000)
    mock.faults = FaultPlan(rate=0.3, kinds=("lost",), seed=11)
    report = _run(mock, lambda c: assign_many(c, numbers, chunk_size=20), retries=retries)
    lost = mock.faults.injected["lost"]
    mock.faults = FaultPlan()
    # Without retries every lost answer is read back; with them, a retried assign succeeds.
    assert lost > 0 and (report.reconciled or retries is not None), report.summary()
    assert report.total == 1_000 and report.pending == []
    assert set(report.done) == held_by_demo(mock), report.summary()
    assert set(report.failed).isdisjoint(held_by_demo(mock))

    mock.faults = FaultPlan(rate=0.3, kinds=("lost",), seed=12)
    undone = _run(mock, lambda c: unassign_many(c, report.done), retries=retries)
    lost = mock.faults.injected["lost"]
    mock.faults = FaultPlan()
    assert lost > 0 and undone.reconciled, undone.summary()
    assert undone.total == len(report.done) and undone.pending == []
    assert held_by_demo(mock) == set(undone.failed), undone.summary()
    assert not undone.failed  # every lost un-assign was applied: none is reported failed


def test_a_programming_error_in_a_chunk_is_raised_as_itself(mock: MockServer) -> None:
    numbers = owned_numbers(300)
    report = BulkReport()

    def broken_progress(_: BulkReport) -> None:
        raise ZeroDivisionError("a bug in the caller's callback")

    with pytest.raises(ZeroDivisionError):
        _run(
            mock,
            lambda c: assign_many(
                c, numbers, chunk_size=10, report=report, on_progress=broken_progress
            ),
        )
    assert report.total == len(numbers)
    assert sorted(report.done + report.pending + list(report.failed)) == sorted(numbers)


COPIES: dict[str, Callable[[Client], Client]] = {
    "with_headers": lambda c: c.with_headers({"X-Trace": "1"}),
    "with_timeout": lambda c: c.with_timeout(httpx.Timeout(10.0)),
    "with_cookies": lambda c: c.with_cookies({"session": "1"}),
}


@pytest.mark.parametrize("copy", COPIES)
def test_copies_of_the_client_keep_the_read_back(mock: MockServer, copy: str) -> None:
    """No retries, 30% of answers lost after the mock acted, on a copy of the client: the
    report still equals what the mock holds (the copy carries the transport and the key)."""
    numbers = owned_numbers(300)
    mock.faults = FaultPlan(rate=0.3, kinds=("lost",), seed=21)
    report = _run(
        mock, lambda c: assign_many(COPIES[copy](c), numbers, chunk_size=20), retries=None
    )
    assert mock.faults.injected["lost"] > 0 and report.reconciled, report.summary()
    mock.faults = FaultPlan()
    assert set(report.done) == held_by_demo(mock) == set(numbers), report.summary()

    mock.faults = FaultPlan(rate=0.3, kinds=("lost",), seed=22)
    undone = _run(mock, lambda c: unassign_many(COPIES[copy](c), numbers), retries=None)
    assert mock.faults.injected["lost"] > 0 and undone.reconciled, undone.summary()
    mock.faults = FaultPlan()
    assert set(undone.done) == set(numbers) and held_by_demo(mock) == set(), undone.summary()


def test_a_copy_keeps_the_transport_and_the_key() -> None:
    client = connect(DEMO_APPLICATION_KEY, DEMO_APPLICATION_SECRET)
    for name, make in COPIES.items():
        copy = make(client)
        assert isinstance(copy, ConnectedClient), name
        assert copy.transport is client.transport, name
        assert copy.application_key == DEMO_APPLICATION_KEY, name


@pytest.mark.parametrize("capability", [None, "sms"])
def test_an_unapplied_unassign_is_failed_whatever_the_capability(
    mock: MockServer, capability: str | None
) -> None:
    """The number is assigned for sms only; every attempt of the DELETE is dropped before the
    mock acts. The read-back must not take 'no voice assignment' for 'done'."""
    number = owned_numbers(1)[0]
    mock.state.assign([number], DEMO_APPLICATION_KEY, "sms")
    mock.faults = FaultPlan(schedule=["drop", "drop"])
    retries = RetryPolicy(attempts=2, wait_initial=0.01, wait_jitter=0)
    report = _run(
        mock,
        lambda c: unassign_many(c, [number], capability=capability),  # type: ignore[arg-type]
        retries=retries,
    )
    assert mock.faults.injected["drop"] == 2
    assert report.done == [] and list(report.failed) == [number], report.summary()
    assert mock.state.assignments.get((number, "sms")) == DEMO_APPLICATION_KEY


def _assign_refused(
    body: dict[str, Any], numbers: list[str]
) -> tuple[BulkReport, list[httpx.Request]]:
    """Assign against a server that refuses every request with 400 and `body`."""
    requests: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        requests.append(request)
        return httpx.Response(400, json=body)

    async def go() -> BulkReport:
        transport = httpx.MockTransport(handler)
        async with connect(
            DEMO_APPLICATION_KEY, DEMO_APPLICATION_SECRET, httpx_args={"transport": transport}
        ) as client:
            return await assign_many(client, numbers)

    return asyncio.run(go()), requests


@pytest.mark.parametrize(
    ("body", "expected_requests"),
    [
        ({"errorCode": 40003, "message": "Invalid Application Key"}, 10),
        ({"errorCode": 40004, "message": "Invalid authorization key"}, 10),
        ({}, 10),  # a 400 that says nothing: nothing says the numbers are at fault
        ({"errorCode": 40001, "message": "Unable to update numbers"}, 1_990),
        ({"errorCode": 40005, "message": "Number missing leading plus"}, 1_990),
    ],
)
def test_a_refused_chunk_is_split_only_over_its_numbers(
    body: dict[str, Any], expected_requests: int
) -> None:
    numbers = owned_numbers(1_000)
    report, requests = _assign_refused(body, numbers)
    assert len(requests) == expected_requests
    assert sorted(report.failed) == numbers and not report.done


def test_a_refused_chunk_naming_a_number_is_split() -> None:
    numbers = owned_numbers(4)
    report, requests = _assign_refused(
        {"errorCode": 40099, "message": f"Bad number {numbers[2]}"}, numbers
    )
    # All 4; the half naming it (2) and the half not naming it (1, not split); then 1 + 1.
    assert len(requests) == 5
    assert sorted(report.failed) == numbers


def test_the_bulk_helpers_refuse_a_client_not_from_connect() -> None:
    plain = Client(base_url="http://127.0.0.1:9")
    with pytest.raises(TypeError, match="a client from connect"):
        asyncio.run(assign_many(plain, owned_numbers(1)))
