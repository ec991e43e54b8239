"""What came back for one attempt: the answer the generated client gets, or its typed error.

A non-2xx is a `SinchApiError`; a 2xx the spec does not allow for the operation (an undocumented
status, not JSON, or JSON of the wrong shape) an `InvalidResponseError`. A 2xx that passes is
handed on with its body decoded and parsed once (`CheckedResponse`).
"""

from __future__ import annotations

from collections.abc import Callable

import httpx

from .._contract import Operation
from .._errors import (
    AuthenticationError,
    BadRequestError,
    ForbiddenError,
    InvalidResponseError,
    NotFoundError,
    RateLimitedError,
    ServerError,
    SinchApiError,
)
from .._json_values import JsonValueError, loads
from .._redaction import _no_redaction
from .._spec_tools import ContractViolation
from ._reading import CheckedResponse


def answer_or_error(
    operation: Operation | None,
    raw: httpx.Response,
    content: bytes,
    request: httpx.Request,
    redact: Callable[[str], str],
) -> httpx.Response:
    """The answer as the generated client gets it; raises the typed error it stands for."""
    response = CheckedResponse(
        raw.status_code,
        headers=raw.headers,
        body=content,
        request=request,
        extensions=raw.extensions,
    )
    status = response.status_code
    if not 200 <= status < 300:
        raise api_error(response, redact)
    if operation is None:
        return response

    def invalid(reason: str) -> InvalidResponseError:
        return InvalidResponseError(
            request, status, reason, operation=operation.operation_id, body=content, redact=redact
        )

    if status not in operation.answers:
        documented = ", ".join(str(s) for s in sorted(operation.answers))
        raise invalid(f"undocumented status (documented: {documented})")
    if operation.answers[status] is None:
        return response  # no body is documented (204): whatever came is ignored
    try:
        data = loads(content)
    except JsonValueError as problem:
        raise invalid("an empty body, not JSON" if not content.strip() else str(problem)) from None
    try:
        operation.check_answer(status, data)
    except ContractViolation as violation:
        raise invalid(str(violation)) from None
    except (ValueError, RecursionError):  # nested deeper than the validator will go
        raise invalid("JSON nested too deep") from None
    response.parsed = data
    return response


_BY_STATUS: dict[int, type[SinchApiError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: ForbiddenError,
    404: NotFoundError,
    429: RateLimitedError,
}


def api_error(
    response: httpx.Response, redact: Callable[[str], str] = _no_redaction
) -> SinchApiError:
    """The typed error for a non-2xx response (its body must have been read)."""
    if response.status_code >= 500:
        return ServerError(response, redact=redact)
    return _BY_STATUS.get(response.status_code, SinchApiError)(response, redact=redact)
