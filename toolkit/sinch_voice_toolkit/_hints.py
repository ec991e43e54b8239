"""What to do next: the one-sentence hint an error message ends with, when there is one.

An error says what happened; for the mistakes people make while setting up (the server not
started, the wrong secret, `https://` to the plain-HTTP mock, a scheme typed wrong) it also
says what to try. A hint never points somewhere the user did not: a base URL with a typo gets
the URL they meant, never Sinch's production host.
"""

from __future__ import annotations

import errno
import ipaddress
import re
import ssl

import httpx

# Sinch's 401 error codes (the Voice API's error reference) and what to check for each.
AUTHENTICATION_HINTS = {
    40100: "check the application key and secret: the Authorization header was not accepted",
    40101: "check this machine's clock: the request's x-timestamp was not accepted",
    40102: (
        "check the application secret: it must be this application key's, as the dashboard"
        " shows it (base64)"
    ),
    40105: "check this machine's clock: the request had expired by the time it arrived",
    40108: "check the application key: it is not one of this account's applications",
}
# OpenSSL's reasons for a TLS handshake that met a plain-HTTP answer.
_PLAIN_HTTP_REASONS = {"WRONG_VERSION_NUMBER", "RECORD_LAYER_FAILURE", "HTTP_REQUEST"}
# A scheme typed wrong ("htp://", "http//", "https:/"); not "localhost:8080" (a port follows).
_SCHEME_TYPED = re.compile(
    r"^(?:(?P<scheme>[A-Za-z][A-Za-z0-9+.-]*)(?::/+|:(?![0-9]))|(?P<slashed>[A-Za-z]+)//+)"
)


def authentication_hint(error_code: int | None) -> str | None:
    return AUTHENTICATION_HINTS.get(error_code) if error_code is not None else None


def connection_hint(failure: BaseException, url: httpx.URL) -> str | None:
    """A hint for a connection that failed: refused, plain HTTP where TLS was asked for."""
    address = f"{url.host}:{url.port}" if url.port else url.host
    for cause in _causes(failure):
        if isinstance(cause, ssl.SSLError) and cause.reason in _PLAIN_HTTP_REASONS:
            return (
                f"the server at {address} answers in plain HTTP, not TLS: use an http:// base"
                " URL for it (the local mock speaks plain HTTP)"
            )
        if isinstance(cause, ssl.SSLCertVerificationError):
            return (
                "the server's certificate does not verify: for a private CA, pass"
                " verify=ssl.create_default_context(cafile=...)"
            )
        if isinstance(cause, ConnectionRefusedError) or (
            isinstance(cause, OSError) and cause.errno == errno.ECONNREFUSED
        ):
            mock = f" (the local mock: sinch-voice-mock --port {url.port})" if _local(url) else ""
            return f"nothing is listening at {address}: is the server running?{mock}"
    return None


def base_url_suggestion(text: str) -> str | None:
    """The http(s) URL a base URL that is not one most likely meant, or None.

    The host and path are kept as typed: `htp://127.0.0.1:8080` means
    `http://127.0.0.1:8080`, `callingapi.sinch.com` `https://callingapi.sinch.com`. A mistyped
    http scheme keeps its `s` or its lack of one; otherwise the scheme is https, except for
    this machine's own addresses (where the local mock speaks plain HTTP).
    """
    typed = _SCHEME_TYPED.match(text)
    rest = text[typed.end() :] if typed else text.lstrip("/")
    try:
        meant = httpx.URL(f"http://{rest}")
    except httpx.InvalidURL:
        return None
    if not meant.host or rest[:1] in ("", "/", "?", "#", ":") or any(c.isspace() for c in rest):
        return None
    scheme = (typed.group("scheme") or typed.group("slashed")).lower() if typed else ""
    # http typed wrong: its "s" decides. No scheme, or another one: TLS, but for this
    # machine's own addresses (the local mock speaks plain HTTP).
    secure = "s" in scheme if scheme.startswith(("h", "tt")) else not _local(meant)
    return f"{'https' if secure else 'http'}://{rest}"


def _causes(failure: BaseException) -> list[BaseException]:
    seen: list[BaseException] = []
    current: BaseException | None = failure
    while current is not None and all(current is not s for s in seen):
        seen.append(current)
        current = current.__cause__ or current.__context__
    return seen


def _local(url: httpx.URL) -> bool:
    host = url.host
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False
