"""What every facade method stands on: the connected client, and reading answers once.

The per-operation methods are generated from the spec into `_operations.py`, in resource
groups (`FacadeGroup`) that a `FacadeBase` client hands out; they call the helpers here, so
that no rule about requests or answers is written twice (once per method, or once for sync
and once for async).
"""

from __future__ import annotations

import copy
from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any, Self, TypedDict, TypeVar, Unpack

from .._errors import InvalidRequestError, InvalidResponseError

if TYPE_CHECKING:
    # Only constructing a client loads httpx, the generated client and the transport
    # (bench/startup.py: importing `VoiceClient` stays cheap).
    import ssl

    import httpx

    from sinch_voice.models import IceEvent
    from sinch_voice.types import Response

    from ..transport._connect import AuthKind
    from ..transport._connected import ConnectedClient
    from ..transport._retrying import RetryPolicy

T = TypeVar("T")


class ConnectOptions(TypedDict, total=False):
    """The keyword arguments of `connect()`, which both clients take too."""

    auth: AuthKind
    base_url: str | None
    region: str | None
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
        from ..transport._connect import connect

        self.client: ConnectedClient = connect(application_key, application_secret, **options)
        """The generated `sinch_voice.Client` underneath (a `ConnectedClient`), for the
        functions in `sinch_voice.api`."""
        self._connect_args = (application_key, application_secret, options)

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        retries: RetryPolicy | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> Self:
        """This client with other settings for the calls made through what it returns:
        `voice.with_options(timeout=2, max_retries=0).applications.get_numbers()`.

        The view shares this client's connections (close this client, not the view); its
        bulk methods connect with the same settings. This client is not changed.

        Args:
            timeout: Seconds for every phase of an attempt, or an `httpx.Timeout`.
            max_retries: How many times a failed attempt may be repeated (0: none); the rest
                of the retry policy (deadline, waits) stays.
            retries: A whole `RetryPolicy` instead (not with `max_retries`).
            headers: More headers to send (checked as `connect()` checks them).

        Raises:
            ValueError: `max_retries` is negative or not an int; both `max_retries` and
                `retries`; a timeout that is not positive; a header the client owns.
        """
        policy = retries
        if max_retries is not None:
            if retries is not None:
                raise ValueError("give max_retries or retries, not both")
            if isinstance(max_retries, bool) or not isinstance(max_retries, int) or max_retries < 0:
                raise ValueError(f"max_retries must be an int >= 0, not {max_retries!r}")
            policy = replace(self.client.transport.policy, attempts=max_retries + 1)
        view = copy.copy(self)
        view.client = self.client.with_options(timeout=timeout, retries=policy, headers=headers)
        key, secret, options = self._connect_args
        changed: ConnectOptions = {**options}
        if timeout is not None:
            changed["timeout"] = timeout
        if policy is not None:
            changed["retries"] = policy
        if headers:
            httpx_args = dict(options.get("httpx_args") or {})
            httpx_args["headers"] = {**(httpx_args.get("headers") or {}), **headers}
            changed["httpx_args"] = httpx_args
        view._connect_args = (key, secret, changed)
        return view

    def for_call(self, call: str | IceEvent) -> Self:
        """This client for a call that came in through an ICE: its calls, callouts and
        conferences go to the calling host of the event's `callResourceUrl` (the call's own
        region): `voice.for_call(event).calls.hangup(event.callid)`.

        With a base URL chosen (the mock, a gateway) the view is this client's twin, as
        `connect(region=...)` changes nothing there either.

        Raises:
            ValueError: The event has no `callResourceUrl`, or it names a host that is not
                one of Sinch's calling hosts (no signed request goes to a host an event names).
        """
        from .._packaged_spec import calling_hosts

        url = call if isinstance(call, str) else call.call_resource_url
        if not isinstance(url, str) or not url:
            raise ValueError("the event has no callResourceUrl")
        import httpx

        try:
            host = httpx.URL(url).host
        except httpx.InvalidURL:
            host = ""
        hosts = calling_hosts()
        if host not in hosts or not url.startswith("https://"):
            raise ValueError(
                f"callResourceUrl {url[:80]!r} is not on one of Sinch's calling hosts"
                f" ({', '.join(hosts)})"
            )
        view = copy.copy(self)
        view.client = self.client.in_region(hosts[host])
        key, secret, options = self._connect_args
        view._connect_args = (key, secret, {**options, "region": hosts[host]})
        return view

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


class FacadeGroup:
    """One resource group of a facade client (`voice.applications`, `voice.calls`): its methods
    use that client's connections and settings (those of a `with_options` view too)."""

    def __init__(self, voice: FacadeBase) -> None:
        self._voice = voice
        self.client: ConnectedClient = voice.client

    @property
    def application_key(self) -> str:
        """The key of the application that signs the requests."""
        return self._voice.application_key

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {self._voice!r}>"


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
    from sinch_voice.types import Unset

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
