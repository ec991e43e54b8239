"""An independent implementation of Sinch's signed-request algorithm, for tests only.

Written from Sinch's documentation without importing `sinch_signing`, so a test that compares
the two cannot pass because both share one bug. Kept deliberately plain.
"""

import base64
import hashlib
import hmac


def expected_signature(
    *, secret_b64: str, method: str, body: bytes, content_type: str, timestamp: str, path: str
) -> str:
    md5 = base64.b64encode(hashlib.md5(body).digest()).decode() if body else ""  # noqa: S324
    message = f"{method.upper()}\n{md5}\n{content_type}\nx-timestamp:{timestamp}\n{path}"
    key = base64.b64decode(secret_b64)
    return base64.b64encode(hmac.new(key, message.encode(), hashlib.sha256).digest()).decode()


def check_signed_request(request, *, key: str, secret_b64: str) -> None:  # type: ignore[no-untyped-def]
    """Assert that an httpx.Request carries a valid Sinch application signature.

    The path is read from the raw request target as it would go on the wire.
    """
    scheme, _, credentials = request.headers["authorization"].partition(" ")
    assert scheme == "Application"
    sent_key, _, signature = credentials.partition(":")
    assert sent_key == key
    raw_target = request.url.raw_path.decode("ascii")
    expected = expected_signature(
        secret_b64=secret_b64,
        method=request.method,
        body=request.content,
        content_type=request.headers.get("content-type", ""),
        timestamp=request.headers["x-timestamp"],
        path=raw_target.split("?", 1)[0],
    )
    assert signature == expected, "signature does not match an independent recomputation"
