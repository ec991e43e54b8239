"""Shared fixtures for the unit tests: known-answer vectors and test credentials."""

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import stamina

# A copy of shared/facts/signing-vectors.json (Sinch docs, .NET and Node SDK tests, and vectors
# derived for these six endpoints), so the tests run in any clone.
VECTORS_FILE = Path(__file__).parent / "data" / "signing-vectors.json"
SIGNING_VECTORS: dict[str, Any] = json.loads(VECTORS_FILE.read_text())

TEST_KEY = "5F5C418A0F914BBC8234A9BF5EDDAD97"
TEST_SECRET = "JViE5vDor0Sw3WllZka15Q=="


@pytest.fixture
def credentials() -> tuple[str, str]:
    return TEST_KEY, TEST_SECRET


@pytest.fixture(autouse=True)
def no_backoff_waits() -> Iterator[None]:
    """Retries happen as configured, but without sleeping between attempts (stamina's test mode).

    Tests that need real waits (Retry-After) switch it off themselves.
    """
    with stamina.set_testing(True, attempts=100, cap=True):
        yield
