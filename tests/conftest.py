"""Shared fixtures for the unit tests: known-answer vectors and test credentials."""

import json
import shutil
import subprocess
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from pathlib import Path
from typing import Any

import pytest

from sinch_voice_mock import DEMO_APPLICATION_KEY, DEMO_APPLICATION_SECRET
from sinch_voice_toolkit.transport import _retrying

# A copy of shared/facts/signing-vectors.json (Sinch docs, .NET and Node SDK tests, and vectors
# derived for these six endpoints), so the tests run in any clone.
VECTORS_FILE = Path(__file__).parent / "data" / "signing-vectors.json"
SIGNING_VECTORS: dict[str, Any] = json.loads(VECTORS_FILE.read_text())

# The simulator's fixture, as users enable it (tests/test_simulator.py).
pytest_plugins = ["sinch_voice_mock.pytest_plugin"]

TEST_KEY = "5F5C418A0F914BBC8234A9BF5EDDAD97"
TEST_SECRET = "JViE5vDor0Sw3WllZka15Q=="


@pytest.fixture
def credentials() -> tuple[str, str]:
    return TEST_KEY, TEST_SECRET


@pytest.fixture(autouse=True)
def no_backoff_waits(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[float]]:
    """Retries happen as configured, but without sleeping between attempts.

    Yields the waits that were skipped. Tests that need real waits undo it with
    `monkeypatch.undo()` or `real_waits`.
    """
    waits: list[float] = []

    async def skip_async(seconds: float) -> None:
        waits.append(seconds)

    monkeypatch.setattr(_retrying, "sleep", waits.append)
    monkeypatch.setattr(_retrying, "async_sleep", skip_async)
    yield waits


@pytest.fixture(scope="session")
def certificate(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A self-signed certificate for 127.0.0.1 (cert, key), made with the openssl command."""
    folder = tmp_path_factory.mktemp("tls")
    cert, key = folder / "cert.pem", folder / "key.pem"
    openssl = shutil.which("openssl")
    assert openssl, "these tests need the openssl command to make a certificate"
    subprocess.run(
        [openssl, "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
         "-keyout", str(key), "-out", str(cert), "-subj", "/CN=127.0.0.1",
         "-addext", "subjectAltName=IP:127.0.0.1"],
        check=True, capture_output=True,
    )  # fmt: skip
    return cert, key


@pytest.fixture
def calls_for(sinch_voice_calls: Callable[..., Any]) -> Iterator[Callable[..., Any]]:
    """A simulator (with its mock API) for an ASGI handler of the test's own, served at /cb."""
    from tests.servers import serve_asgi

    with ExitStack() as servers:

        def make(app: Any, **options: Any) -> Any:
            url = servers.enter_context(serve_asgi(app))
            key, secret = DEMO_APPLICATION_KEY, DEMO_APPLICATION_SECRET
            return sinch_voice_calls(url + "/cb", key, secret, **options)

        yield make
