"""What every framework's callback view shares: verify, read, answer, refuse."""

from __future__ import annotations

import inspect
import json
import os
from collections.abc import Awaitable, Callable, Mapping
from typing import Any
from urllib.parse import quote

import attrs

from sinch_signing import (
    TIMESTAMP_TOLERANCE_SECONDS,
    CallbackVerificationError,
    HeaderSource,
    InMemoryReplayGuard,
    ReplayGuard,
    ReplayGuardFullError,
    decode_secret,
)
from sinch_voice.models import SvamlResponse

from .._environment import credentials
from ..callbacks import (
    CallbackEvent,
    InvalidCallbackError,
    SvamlAnswer,
    unwrap_callback,
    validate_svaml,
)

Answer = SvamlAnswer | SvamlResponse | Mapping[str, Any] | None
"""What a respond function returns: the SVAML answer (checked before it leaves), or None."""
Respond = Callable[[CallbackEvent], Answer | Awaitable[Answer]]

# Sinch's events are a few KiB; a body past this is not one of them, and is never read whole.
MAX_CALLBACK_BYTES = 1024 * 1024


@attrs.frozen
class CallbackReply:
    """What to send back: the status, the body, and its content type (None when empty)."""

    status: int
    body: bytes = b""
    content_type: str | None = None


def _json_reply(status: int, value: Mapping[str, Any]) -> CallbackReply:
    body = json.dumps(value, separators=(",", ":"), ensure_ascii=False).encode()
    return CallbackReply(status, body, "application/json")


class CallbackReceiver:
    """Sinch's callback requests in, checked answers out, for any web framework.

    Each request is verified (signature, timestamp window, and once only with the replay
    guard) before it is read into a typed event and given to `respond`; what `respond` returns
    is checked against what the event allows (`validate_svaml`) and sent as JSON. A request
    that cannot be trusted never reaches `respond`: forged, stale or replayed is 401, signed
    but not an event is 400, over `max_body_bytes` is 413, a full replay guard is 503 (Sinch
    may deliver it again). An exception from `respond`, `InvalidSvamlError` included, is not
    caught: it is a bug in the handler, and the framework answers it with a 500.

    Args:
        respond: Called with each verified event; returns the SVAML answer (a model from
            `answer()`, an `SvamlResponse` or a dict), or None for a plain 200 (DiCE, notify).
            May be a coroutine function with `handle_async` (the Starlette view).
        application_key: Your application key; default `$SINCH_APPLICATION_KEY`.
        application_secret: Your application secret; default `$SINCH_APPLICATION_SECRET`.
        replay_guard: Remembers verified signatures; default an `InMemoryReplayGuard` of this
            receiver's own. With several processes, give one over a shared store.
        tolerance_seconds: How far `x-timestamp` may be from the clock, either way.
        max_body_bytes: The largest body read.
        environ: Where to read the credentials from; default `os.environ`.

    Raises:
        CredentialsError: No usable key or secret: at start-up, not at the first callback.
    """

    def __init__(
        self,
        respond: Respond,
        *,
        application_key: str | None = None,
        application_secret: str | None = None,
        replay_guard: ReplayGuard | None = None,
        tolerance_seconds: float = TIMESTAMP_TOLERANCE_SECONDS,
        max_body_bytes: int = MAX_CALLBACK_BYTES,
        environ: Mapping[str, str] | None = None,
    ) -> None:
        env = os.environ if environ is None else environ
        self._key, self._secret = credentials(application_key, application_secret, env)
        decode_secret(self._secret)  # a malformed secret fails here, not at the first callback
        self.respond = respond
        self.replay_guard = InMemoryReplayGuard() if replay_guard is None else replay_guard
        self.tolerance_seconds = tolerance_seconds
        self.max_body_bytes = max_body_bytes

    def __repr__(self) -> str:  # never the secret
        return (
            f"CallbackReceiver(application_key={self._key!r}, application_secret=***,"
            f" respond={self.respond!r})"
        )

    def receive(
        self, *, method: str, path: str, headers: HeaderSource, body: bytes
    ) -> CallbackEvent | CallbackReply:
        """The verified event, or the refusal to send instead.

        `path` is the request path as received (raw, not percent-decoded); `body` the raw
        bytes, of which the views read at most `max_body_bytes` + 1.
        """
        if len(body) > self.max_body_bytes:
            return _json_reply(413, {"error": f"a callback is at most {self.max_body_bytes} bytes"})
        try:
            return unwrap_callback(
                method=method,
                path=path,
                headers=headers,
                body=body,
                application_key=self._key,
                application_secret=self._secret,
                replay_guard=self.replay_guard,
                tolerance_seconds=self.tolerance_seconds,
            )
        except ReplayGuardFullError:
            return _json_reply(503, {"error": "busy: too many callbacks to remember one more"})
        except CallbackVerificationError as error:  # its message never holds the secret
            return _json_reply(401, {"error": str(error)})
        except InvalidCallbackError as error:
            return _json_reply(400, {"error": str(error)})

    def reply(self, event: CallbackEvent, answer: Answer) -> CallbackReply:
        """`answer` checked against what `event` allows, as the reply to send."""
        if answer is None:
            return CallbackReply(200)
        return _json_reply(200, validate_svaml(event, answer))

    def handle(
        self, *, method: str, path: str, headers: HeaderSource, body: bytes
    ) -> CallbackReply:
        """One request, answered; `respond` must be a plain function here."""
        received = self.receive(method=method, path=path, headers=headers, body=body)
        if isinstance(received, CallbackReply):
            return received
        answer = self.respond(received)
        if inspect.isawaitable(answer):
            _close(answer)
            raise TypeError("respond is a coroutine function: use handle_async (Starlette)")
        return self.reply(received, answer)

    async def handle_async(
        self, *, method: str, path: str, headers: HeaderSource, body: bytes
    ) -> CallbackReply:
        """One request, answered; `respond` may be a plain or a coroutine function."""
        received = self.receive(method=method, path=path, headers=headers, body=body)
        if isinstance(received, CallbackReply):
            return received
        answer = self.respond(received)
        if inspect.isawaitable(answer):
            answer = await answer
        return self.reply(received, answer)


def _close(awaitable: Awaitable[Any]) -> None:
    """Close a coroutine that will never be awaited, so Python does not warn about it."""
    close = getattr(awaitable, "close", None)
    if callable(close):
        close()


def read_capped(read: Callable[[int], bytes], limit: int) -> bytes:
    """Up to `limit` + 1 bytes from a blocking `read(n)`: enough to tell a body is too large."""
    chunks: list[bytes] = []
    size = 0
    while size <= limit:
        chunk = read(limit + 1 - size)
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
    return b"".join(chunks)


# What a path keeps unencoded when it is encoded again: RFC 3986's path characters.
PATH_SAFE = "/:@!$&'()*+,;=~"


def wsgi_raw_path(environ: Mapping[str, Any]) -> str:
    """The request path as sent, from a WSGI environ.

    Servers that keep the request target give it (`RAW_URI`: gunicorn, werkzeug; `REQUEST_URI`:
    uWSGI, mod_wsgi); elsewhere the decoded path is percent-encoded again, which is what was
    sent for any path written the usual way.
    """
    for name in ("RAW_URI", "REQUEST_URI"):
        target = environ.get(name)
        if isinstance(target, str) and target.startswith("/"):
            return target
    decoded = str(environ.get("SCRIPT_NAME", "")) + str(environ.get("PATH_INFO", ""))
    return quote(decoded.encode("latin-1"), safe=PATH_SAFE) or "/"


def asgi_raw_path(scope: Mapping[str, Any]) -> str:
    """The request path as sent, from an ASGI scope: its `raw_path` without the query, else
    the decoded path encoded again."""
    raw = scope.get("raw_path")
    if isinstance(raw, bytes) and raw.startswith(b"/"):
        return raw.split(b"?", 1)[0].decode("latin-1")
    return quote(str(scope.get("root_path", "")) + str(scope["path"]), safe=PATH_SAFE)
