"""Read-only contract tests against the real Sinch API. Opt-in: `make contract-live`.

Needs SINCH_APPLICATION_KEY and SINCH_APPLICATION_SECRET; SINCH_VOICE_BASE_URL overrides the
host (point it at `make mock` to try this file locally) and SINCH_TEST_NUMBER the number to
query. Only GET operations run, with valid data only: nothing here changes your account.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from contract_tests.conftest import load_schema
from sinch_voice.api.callbacks import get_callback_urls
from sinch_voice.api.numbers import get_numbers
from sinch_voice.api.query import query_number
from sinch_voice.models import CallbackConfiguration, OwnedNumberList, QueryNumberResponse
from sinch_voice_toolkit import DEFAULT_BASE_URL, connect

KEY = os.environ["SINCH_APPLICATION_KEY"]
SECRET = os.environ["SINCH_APPLICATION_SECRET"]
BASE_URL = os.environ.get("SINCH_VOICE_BASE_URL", DEFAULT_BASE_URL)
QUERY = os.environ.get("SINCH_TEST_NUMBER", "+46730170101")
# Few examples: this is someone's production account, and it is rate limited.
MAX_EXAMPLES = int(os.environ.get("CONTRACT_LIVE_MAX_EXAMPLES", "5"))

# Positive acceptance and auth probes are left out: random application keys may be forbidden
# rather than unknown, and probes send unauthenticated requests on purpose.
LIVE_CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
]

schema = load_schema(valid_data_only=True, key=KEY, secret=SECRET).include(method="GET")


@schema.parametrize()
@settings(max_examples=MAX_EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
def test_read_only_operations_conform(case) -> None:  # type: ignore[no-untyped-def]
    case.call_and_validate(base_url=BASE_URL, checks=LIVE_CHECKS)


def test_the_client_reads_the_account() -> None:
    with connect(KEY, SECRET, base_url=BASE_URL) as client:
        assert isinstance(get_numbers.sync(client=client), OwnedNumberList)
        assert isinstance(get_callback_urls.sync(KEY, client=client), CallbackConfiguration)
        assert isinstance(query_number.sync(QUERY, client=client), QueryNumberResponse)
