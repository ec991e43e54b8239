"""Before a request leaves: its operation, and the request checked against the spec.

A request breaking the spec raises `InvalidRequestError` and nothing is sent. The error says
where (a JSON path, or the path parameter's name) in plain words: a phone number gets the same
words and hint as the CLI's, an ID that goes into a path the characters it may hold rather than
the spec's pattern.
"""

from __future__ import annotations

import json
from typing import Any

import httpx

from .._constants import E164_PATTERN, PATH_ID_PATTERN
from .._contract import Contract, Operation, api_path
from .._errors import InvalidRequestError
from .._numbers import E164, e164_problem
from .._spec_tools import ContractViolation

_NOT_GIVEN = object()


def checked_operation(
    contract: Contract, request: httpx.Request, base_path: str
) -> Operation | None:
    """The request's operation (None: not one of the spec's), its path parameters and body
    checked against it."""
    operation = contract.for_request(request, base_path)
    if operation is None:
        return None
    try:
        if operation.path_parameters:
            operation.check_path(api_path(request.url, base_path))
        if operation.request_schema is not None:
            operation.check_request_body(_request_body(request))
    except ContractViolation as violation:
        raise InvalidRequestError(
            operation.operation_id, violation.where, _explained(violation)
        ) from None
    return operation


def _request_body(request: httpx.Request) -> Any:
    """The JSON body as the generated client encoded it (`sinch_voice_body`), else decoded
    from the request (one built by hand)."""
    given = request.extensions.get("sinch_voice_body", _NOT_GIVEN)
    if given is not _NOT_GIVEN:
        return given
    try:
        return json.loads(request.content) if request.content else None
    except (ValueError, RecursionError):
        raise ContractViolation("", "the body is not JSON") from None


def _explained(violation: ContractViolation) -> str:
    """The violation's message; for a phone number, the same words and hint as the CLI's; for
    an ID that goes into a path, which characters it may hold rather than the spec's pattern."""
    value = violation.value
    if isinstance(value, str) and E164_PATTERN in violation.detail and not E164.fullmatch(value):
        return e164_problem(value) or violation.detail
    if isinstance(value, str) and PATH_ID_PATTERN in violation.detail:
        return (
            f"{value[:60]!r} may hold only letters, digits, '-', '.', '_' and '~' (not '.' or"
            " '..' alone): the characters that travel in a URL and its signature unchanged"
        )
    return violation.detail
