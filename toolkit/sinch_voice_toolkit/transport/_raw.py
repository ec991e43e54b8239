"""`voice.with_raw_response.<method>(...)`: the HTTP answer behind a facade method's result.

A raw call runs the facade method as usual (checks, signing, retries, typed errors) and also
hands back the answer the result was read from: its status, headers and the request as sent,
with `parse()` for the usual typed result. The transport notes each call's final answer in the
context of the raw call that is waiting for it (a `ContextVar`: each thread and each asyncio
task has its own), so concurrent raw calls never see each other's answers.
"""

from __future__ import annotations

import functools
from collections.abc import Awaitable, Callable
from contextvars import ContextVar
from dataclasses import dataclass
from typing import TYPE_CHECKING, Generic, ParamSpec, TypeVar

if TYPE_CHECKING:
    import httpx

P = ParamSpec("P")
T = TypeVar("T")

# The answers of the raw call running in this context (None: no raw call is running).
_ANSWERS: ContextVar[list[httpx.Response] | None] = ContextVar("sinch_voice_answers", default=None)


def note_answer(response: httpx.Response) -> None:
    """Called by the transport with each call's final answer."""
    answers = _ANSWERS.get()
    if answers is not None:
        answers.append(response)


@dataclass(frozen=True)
class RawResponse(Generic[T]):
    """What came back for one facade call: the answer as HTTP, and the result read from it.

    Attributes:
        http_response: The answer (its body already read and checked against the spec).
    """

    http_response: httpx.Response
    _result: T

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def request(self) -> httpx.Request:
        """The request as it was last sent (method, URL, headers; its signature included)."""
        return self.http_response.request

    def parse(self) -> T:
        """The result the facade method returns."""
        return self._result

    def __repr__(self) -> str:
        request = self.request
        return f"<RawResponse {request.method} {request.url.path} {self.status_code}>"


def _answer_of(answers: list[httpx.Response], name: str) -> httpx.Response:
    if not answers:  # every raw method makes exactly one call
        raise RuntimeError(f"{name} made no request")
    return answers[-1]


def raw_response(method: Callable[P, T]) -> Callable[P, RawResponse[T]]:
    """`method`, returning a `RawResponse` around its result."""

    @functools.wraps(method)
    def call(*args: P.args, **kwargs: P.kwargs) -> RawResponse[T]:
        answers: list[httpx.Response] = []
        token = _ANSWERS.set(answers)
        try:
            result = method(*args, **kwargs)
        finally:
            _ANSWERS.reset(token)
        return RawResponse(_answer_of(answers, method.__name__), result)

    return call


def async_raw_response(
    method: Callable[P, Awaitable[T]],
) -> Callable[P, Awaitable[RawResponse[T]]]:
    """`method` (a coroutine function), returning a `RawResponse` around its result."""

    @functools.wraps(method)
    async def call(*args: P.args, **kwargs: P.kwargs) -> RawResponse[T]:
        answers: list[httpx.Response] = []
        token = _ANSWERS.set(answers)
        try:
            result = await method(*args, **kwargs)
        finally:
            _ANSWERS.reset(token)
        return RawResponse(_answer_of(answers, method.__name__), result)

    return call
