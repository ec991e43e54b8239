"""Fixtures for the contract suite: the spec, a running mock, and signed Schemathesis requests."""

from __future__ import annotations

import os
import tomllib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import schemathesis
import yaml
from hypothesis import Phase
from schemathesis.config import SchemathesisConfig

from contract_tests._auth import SinchRequestsAuth
from contract_tests._prism import PrismServer
from sinch_voice_mock import DEMO_APPLICATION_KEY, DEMO_APPLICATION_SECRET, CallTiming, MockServer

ROOT = Path(__file__).resolve().parents[1]
# The spec the suite reads; scripts/mutants.py points it at a changed copy (CONTRACT_SPEC) to
# model a spec change the server did not follow.
SPEC_PATH = Path(os.environ.get("CONTRACT_SPEC") or ROOT / "openapi.yaml")
CONFIG_FILE = Path(__file__).with_name("schemathesis.toml")

# Examples per operation and per state-machine run; `make contract-deep` raises it.
MAX_EXAMPLES = int(os.environ.get("CONTRACT_MAX_EXAMPLES", "40"))

# Shrinking a failure can take minutes in the state machine; scripts/mutants.py only needs to
# know that a test failed, so it turns shrinking off.
PHASES = (
    (Phase.explicit, Phase.reuse, Phase.generate)
    if os.environ.get("CONTRACT_NO_SHRINK")
    else tuple(Phase)
)

# The live suite talks to the real API; it is collected only by `make contract-live`.
collect_ignore = [] if os.environ.get("CONTRACT_LIVE") == "1" else ["test_live.py"]


def load_schema(
    *,
    valid_data_only: bool = False,
    key: str = DEMO_APPLICATION_KEY,
    secret: str = DEMO_APPLICATION_SECRET,
) -> schemathesis.schemas.BaseSchema:
    """The spec as Schemathesis sees it, every request signed (by default for the mock's demo app).

    Args:
        valid_data_only: Generate positive cases only. For Prism 5.14.2, which echoes an invalid
            value into its `sl-violations` response header and dies when Node refuses a character
            there; its rejection of invalid data is tested explicitly in test_prism.py.
        key: The application key to sign with.
        secret: Its secret.
    """
    settings = tomllib.loads(CONFIG_FILE.read_text())
    settings.setdefault("operations", []).extend(_resource_reads(settings["operations"]))
    if valid_data_only:
        settings["generation"]["mode"] = "positive"
    config = SchemathesisConfig.from_dict(settings, base_dir=str(CONFIG_FILE.parent))
    schema = schemathesis.openapi.from_path(SPEC_PATH, config=config)
    schema.auth.set_from_requests(SinchRequestsAuth(key, secret))
    return schema


def _resource_reads(listed: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Valid data may be answered 404 by an operation that names a resource in its path and
    documents 404 (an application, a call): the schema cannot know which ones exist. Derived
    from the spec for every such operation schemathesis.toml does not list itself."""
    spec = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))
    named = {o for entry in listed for o in _as_list(entry.get("include-operation-id", []))}
    found = sorted(
        operation["operationId"]
        for path, item in spec["paths"].items()
        for method, operation in item.items()
        if method in ("get", "put", "post", "delete", "patch")
        and "{" in path
        and "404" in operation.get("responses", {})
        and operation["operationId"] not in named
    )
    if not found:
        return []
    statuses = {"expected-statuses": ["2xx", "404"]}
    return [{"include-operation-id": found, "checks": {"positive_data_acceptance": statuses}}]


def _as_list(value: str | list[str]) -> list[str]:
    return [value] if isinstance(value, str) else value


@pytest.fixture(scope="session")
def mock_server() -> Iterator[MockServer]:
    """One mock for the session, on a free loopback port, stopped at the end. Its callees
    answer at once and its TTS messages play for a minute: a placed call is answered before
    the next step reads it, and still going on when a later step hangs it up."""
    with MockServer(call_timing=CallTiming(answer_after=0, tts_seconds=60)) as server:
        yield server


@pytest.fixture(scope="session")
def prism_server() -> Iterator[PrismServer]:
    """Prism serving openapi.yaml: an independent reading of the same spec."""
    with PrismServer(SPEC_PATH) as server:
        yield server
