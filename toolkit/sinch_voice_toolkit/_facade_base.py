"""What every facade method stands on: the connected client, and reading answers once.

The per-operation methods are generated from the spec into `_operations.py`; they subclass
`FacadeBase` and call the helpers here, so that no rule about requests or answers is written
twice (once per method, or once for sync and once for async).
"""

from __future__ import annotations

import ssl
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypedDict, TypeVar, Unpack

import httpx

from sinch_voice.types import Response, Unset

from ._connect import AuthKind, connect
from ._errors import InvalidRequestError, InvalidResponseError
from ._retrying import RetryPolicy

if TYPE_CHECKING:
    from ._connect import ConnectedClient

T = TypeVar("T")


class ConnectOptions(TypedDict, total=False):
    """The keyword arguments of `connect()`, which both clients take too."""

    auth: AuthKind
    base_url: str | None
    timeout: float | httpx.Timeout
    retries: RetryPolicy | None
    environ: Mapping[str, str] | None
    httpx_args: Mapping[str, Any] | None
    max_response_bytes: int
    proxy: str | httpx.Proxy | None
    verify: ssl.SSLContext | bool | None
    trust_env: bool | None


class FacadeBase:
    """A facade client: the `ConnectedClient` that `connect()` builds from its arguments."""

    def __init__(
        self,
        application_key: str | None = None,
        application_secret: str | None = None,
        **options: Unpack[ConnectOptions],
    ) -> None:
        self.client: ConnectedClient = connect(application_key, application_secret, **options)
        """The generated `sinch_voice.Client` underneath (a `ConnectedClient`), for the
        functions in `sinch_voice.api`."""
        self._connect_args = (application_key, application_secret, options)

    @property
    def application_key(self) -> str:
        """The key of the application that signs the requests."""
        return self.client.application_key

    @property
    def base_url(self) -> str:
        return str(self.client._base_url)

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(base_url={self.base_url!r},"
            f" application_key={self.application_key!r})"
        )


def one_list_of(operation: str, where: str, value: Sequence[str]) -> None:
    """Refuse one string where a list of strings is due: a str is a Sequence[str] too, and
    "+4673..." would be sent as its characters."""
    if isinstance(value, str):
        raise InvalidRequestError(
            operation, where, f"give a list of numbers, not one string: [{value!r}]"
        )


def answer_of(response: Response[Any], model: type[T], operation: str) -> T:
    """The documented answer model of a call.

    The transport has already raised for every status but the documented 2xx, so this only
    fails if the generated parser and the contract ever disagree.
    """
    if isinstance(response.parsed, model):
        return response.parsed
    raise unexpected(response, operation, f"the answer is not a {model.__name__}")


def unwrapped(
    response: Response[Any], model: type[Any], operation: str, names: Sequence[str], is_list: bool
) -> Any:
    """The first of the answer's properties `names` that it has (`x-facade: unwrap`); an
    absent list is an empty one."""
    answer = answer_of(response, model, operation)
    for name in names:
        value = getattr(answer, name)
        if value is not None and not isinstance(value, Unset):
            return list(value) if is_list else value
    if is_list:
        return []
    raise unexpected(response, operation, f"the answer has none of {', '.join(names)}")


def unexpected(response: Response[Any], operation: str, reason: str) -> InvalidResponseError:
    # The generated Response keeps no request; the operation names it.
    return InvalidResponseError(
        None, int(response.status_code), reason, operation=operation, body=response.content
    )
