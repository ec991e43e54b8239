"""One call through the transport, written once for the sync and the async driver.

httpx's `Auth.auth_flow` is the model: `Call.flow()` is a generator that yields what it needs
done, an `Exchange` (send this request, read the answer in full, by this deadline) or a `Wait`
(sleep this long), and the driver in `_transport` does it, blocking or awaited, then sends the
result back in or throws the failure in. The call's own rules live here: find the request's
operation and check the request against it, send it to the operation's host, sign each attempt
afresh and bound its timeouts by what is left of the deadline, and retry or give up (as the
policy and the operation allow). What came back is judged by `_answers.answer_or_error`, what
went wrong typed by `_failures.typed_failure`.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Generator
from dataclasses import dataclass
from functools import cache, cached_property
from typing import Any

import httpx

from .._contract import Contract, Operation
from .._errors import (
    RateLimitedError,
    SinchApiError,
    SinchConnectionError,
    SinchError,
    SinchTimeoutError,
    SinchTlsError,
)
from .._redaction import _no_redaction
from .._retry_after import parse_retry_after
from . import _attempt_log, _retrying
from ._answers import answer_or_error
from ._failures import deadline_error, never_took_effect, typed_failure
from ._network import on_host
from ._reading import BodyReader
from ._request_check import checked_operation
from ._retrying import Deadline, DeadlinePassed, RetryPolicy, longest_limit

RetryHook = Callable[[httpx.Request, int, SinchError, float], None]


@dataclass(frozen=True)
class CallSettings:
    """What every call through one transport shares; frozen, so a call never changes them.

    Attributes:
        auth: Signs each attempt (its flow must need no round trip).
        policy: When and how often to retry, and the deadline of a call.
        max_response_bytes: The largest answer body (after decompression) that is read.
        contract: The operations to check requests and answers against (None: the packaged
            spec's).
        redact: Removes the client's own credentials from what goes into an error.
        base_path: The base URL's path, for matching a request built by hand to its operation.
        on_retry: Called before each retry with the request, the failed attempt's number, the
            error and the wait in seconds.
        operation_hosts: Send each operation to its own host (its `servers` in the spec), as
            with Sinch's default base URL; False when one was chosen (a mock, a gateway).
        region: With `operation_hosts`, the region whose host serves calls (None: global).
    """

    auth: httpx.Auth
    policy: RetryPolicy
    max_response_bytes: int
    contract: Contract | None = None
    redact: Callable[[str], str] = _no_redaction
    base_path: str = ""
    on_retry: RetryHook | None = None
    operation_hosts: bool = False
    region: str | None = None

    @cached_property
    def reader(self) -> BodyReader:
        return BodyReader(self.max_response_bytes, self.redact)

    def checked_contract(self) -> Contract:
        return self.contract or packaged_contract()


@dataclass(frozen=True)
class Exchange:
    """Send `request`, read its answer in full by `deadline`; send back (response, body)."""

    request: httpx.Request
    deadline: Deadline


@dataclass(frozen=True)
class Wait:
    """Sleep `seconds` before the next attempt; send back None."""

    seconds: float


@cache
def packaged_contract() -> Contract:
    """The contract of the packaged spec, read once per process."""
    return Contract.packaged()


class Call:
    """One request's way through the transport: its operation, deadline and attempts."""

    def __init__(self, settings: CallSettings, request: httpx.Request) -> None:
        self.settings = settings
        self.request = request
        self.deadline = Deadline(settings.policy.total_seconds)
        self.operation: Operation | None = None
        self.attempt_started = time.monotonic()

    def flow(self) -> Generator[Exchange | Wait, Any, httpx.Response]:
        """Check, then attempt until an answer or a typed error (see the module docstring)."""
        operation = self.operation = self.check_request()
        if operation is not None and operation.servers and self.settings.operation_hosts:
            self.request = on_host(self.request, operation.host(self.settings.region))
        request = self.request
        timeouts = request.extensions.get("timeout")
        longest = longest_limit(timeouts)
        attempt = 0
        while True:
            attempt += 1
            self.attempt_started = time.monotonic()
            try:
                signed = self.prepare_attempt(timeouts, longest)
                response, content = yield Exchange(signed, self.deadline)
                answer = answer_or_error(operation, response, content, signed, self.settings.redact)
            except DeadlinePassed:
                error = self.deadline_error()
                error.attempts = attempt
                self.log_failure(attempt, error, None)
                raise error from None
            except (httpx.HTTPError, OSError, SinchError) as failure:
                yield Wait(self.wait_or_raise(failure, attempt))
            else:
                _attempt_log.answered(
                    signed, attempt, self.attempt_started, answer, self.settings.redact
                )
                return answer

    @property
    def repeatable(self) -> bool:
        """Whether it may be sent again once maybe delivered (yes for no operation of the spec)."""
        return self.operation is None or self.operation.repeatable

    # -- before sending ------------------------------------------------------------------------

    def check_request(self) -> Operation | None:
        """Find the request's operation and check the request against it; nothing is sent
        when it breaks the spec."""
        contract = self.settings.checked_contract()
        return checked_operation(contract, self.request, self.settings.base_path)

    def prepare_attempt(self, timeouts: Any, longest: float) -> httpx.Request:
        """Sign (again) and bound this attempt's timeouts by what is left of the deadline
        (`longest`: the longest of them, below which they need bounding)."""
        left = self.deadline.remaining()
        if left <= 0:
            raise self.deadline_error()
        if left < longest and isinstance(timeouts, dict):
            self.request.extensions["timeout"] = {
                phase: left if limit is None else min(limit, left)
                for phase, limit in timeouts.items()
            }
        return next(self.settings.auth.auth_flow(self.request))

    # -- again, or not -------------------------------------------------------------------------

    def wait_or_raise(self, failure: Exception, attempt: int) -> float:
        """The wait before the next attempt; raises the typed error when there is to be none."""
        error = typed_failure(failure, self.request, self.settings.redact)
        wait = self.next_wait(error, attempt, failure)
        self.log_failure(attempt, error, wait)
        if wait is None:
            error.attempts = attempt
            raise error from (None if error is failure else failure)
        self.announce(attempt, error, wait)
        return wait

    def log_failure(self, attempt: int, error: SinchError, wait: float | None) -> None:
        redact = self.settings.redact
        _attempt_log.failed(self.request, attempt, self.attempt_started, error, redact, wait)

    def next_wait(self, error: SinchError, attempt: int, failure: Exception) -> float | None:
        policy = self.settings.policy
        retry_after: float | None = None
        if isinstance(error, SinchApiError):
            if error.status not in policy.retry_statuses:
                return None
            retry_after = (
                error.retry_after
                if isinstance(error, RateLimitedError)
                else parse_retry_after(error.response.headers.get("retry-after"))
            )
        elif isinstance(error, SinchTlsError):
            return None  # the same handshake would fail the same way
        elif not isinstance(error, SinchTimeoutError | SinchConnectionError):
            return None
        if not self.repeatable and not never_took_effect(error, failure, retry_after):
            assert self.operation is not None  # only an operation of the spec is not repeatable
            error.not_repeated = (
                f"{self.operation.operation_id} is not repeatable and this request may have"
                " reached the server"
            )
            return None
        return _retrying.next_wait(policy, attempt, self.deadline, retry_after)

    def announce(self, attempt: int, error: SinchError, wait: float) -> None:
        on_retry = self.settings.on_retry
        if on_retry is not None:
            on_retry(self.request, attempt, error, wait)

    def deadline_error(self) -> SinchTimeoutError:
        return deadline_error(self.request, self.settings.policy.total_seconds)
