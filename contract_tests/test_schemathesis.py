"""Every operation, fuzzed from openapi.yaml, against the mock and against Prism.

The mock (our implementation) gets valid and invalid data and the full pinned check list.
Prism (an independent implementation of the same spec) gets valid data only (see
`load_schema`), and no ignored_auth check: it only verifies that an Authorization header is
present. Requests are signed with the demo application's credentials.
"""

from hypothesis import HealthCheck, settings
from schemathesis.specs.openapi.checks import ignored_auth

from contract_tests._prism import PrismServer
from contract_tests.checks import CHECKS
from contract_tests.conftest import MAX_EXAMPLES, PHASES, load_schema
from sinch_voice_mock import MockServer

EXAMPLES = settings(
    max_examples=MAX_EXAMPLES, deadline=None, phases=PHASES, suppress_health_check=list(HealthCheck)
)
mock_schema = load_schema()
prism_schema = load_schema(valid_data_only=True)
PRISM_CHECKS = [check for check in CHECKS if check is not ignored_auth]


@mock_schema.parametrize()
@EXAMPLES
def test_mock_conforms(case, mock_server: MockServer) -> None:  # type: ignore[no-untyped-def]
    case.call_and_validate(base_url=mock_server.url, checks=CHECKS)


@prism_schema.parametrize()
@EXAMPLES
def test_prism_conforms(case, prism_server: PrismServer) -> None:  # type: ignore[no-untyped-def]
    case.call_and_validate(base_url=prism_server.url, checks=PRISM_CHECKS)
