"""Does the contract suite catch real bugs? Inject one into a copy of the mock and find out.

Each mutant is one text change to the mock (or to the copy of openapi.yaml the mock
validates against), chosen to stand for a class of bug. The mock is copied to a temporary
folder, mutated there, and put first on PYTHONPATH; then the contract tests that should notice
run against it. A mutant that no test catches is a hole in the suite: the script says which
and exits 1. Run it with `make mutants`.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = "sinch_voice_mock"


@dataclass(frozen=True)
class Mutant:
    name: str
    file: str  # relative to the mock package, or "openapi.yaml" for the mock's spec copy
    old: str
    new: str
    tests: tuple[str, ...]
    # An openapi.yaml mutant the tests read too: a spec change the mock's code did not follow.
    spec_for_tests: bool = False
    # More (old, new) changes in the same file that belong to the same mutant.
    also: tuple[tuple[str, str], ...] = ()
    # The package the file is in: the mock's, or the client's (a bug on the client's side).
    package: str = PACKAGE


SCHEMATHESIS = "contract_tests/test_schemathesis.py::test_mock_conforms"
STATEFUL = "contract_tests/test_stateful.py"
NEGATIVE = "contract_tests/test_negative.py"
BEHAVIOUR = "contract_tests/test_behaviour.py"
ANSWERS = "contract_tests/test_answer_fields.py"
CALLS = "contract_tests/test_call_behaviour.py"
CLIENT = "sinch_voice_toolkit"

MUTANTS = [
    Mutant("server error listing numbers", "_routes.py",
           'return JSONResponse({"numbers": state.list_numbers(caller)})',
           'return JSONResponse({"numbers": state.list_numbers(caller)[999]})', (SCHEMATHESIS,)),
    Mutant("undocumented status for an unknown application", "_state.py",
           'raise SinchError(NOT_FOUND, f"Application not found: {shown(key)}")',
           'raise SinchError(41800, f"Application not found: {shown(key)}")', (SCHEMATHESIS,)),
    Mutant("wrong Content-Type on callback URLs", "_routes.py",
           'return JSONResponse({"url": state.callbacks(params["applicationkey"], caller=caller)})',
           'return JSONResponse({"url": state.callbacks(params["applicationkey"], caller=caller)}, media_type="text/plain")',
           (SCHEMATHESIS,)),
    # `number` is the one field an answer needs (CURATION.md); `capability` may be absent.
    Mutant("required field missing from a listed number", "_state.py",
           'item = {"number": number, "capability": capability}', 'item = {"capability": capability}', (SCHEMATHESIS,)),
    Mutant("applicationKey spelled as SDK 1.1.4 does", "_state.py",
           'item["applicationkey"] = app', 'item["applicationKey"] = app', (STATEFUL,)),
    Mutant("request validation switched off", "_validation.py",
           "raise _schema_error(rules.body, payload)", "pass", (SCHEMATHESIS, NEGATIVE)),
    Mutant("more than 100 numbers accepted", "openapi.yaml", "maxItems: 100", "maxItems: 1000", (NEGATIVE,)),
    Mutant("E.164 pattern without its end anchor", "openapi.yaml",
           "pattern: ^\\+[1-9][0-9]{1,14}$", "pattern: ^\\+[1-9][0-9]{1,14}", (NEGATIVE,)),
    Mutant("valid request rejected (400 for an unknown application)", "_state.py",
           'raise SinchError(NOT_FOUND, f"Application not found: {shown(key)}")',
           'raise SinchError(PARAMETER_VALIDATION, f"Application not found: {key}")', (SCHEMATHESIS,)),
    Mutant("signature not checked", "_auth.py",
           "return self._signed(request, header, body)", "return parse_authorization(header)[0]",
           (SCHEMATHESIS, NEGATIVE)),
    Mutant("stale timestamps accepted", "_auth.py",
           "tolerance_seconds=self._tolerance,", "tolerance_seconds=10**9,", (NEGATIVE,)),
    Mutant("a 204 that stored nothing (assign)", "_state.py",
           "self.assignments[(number, capability)] = app_key", "pass", (STATEFUL,)),
    Mutant("un-assign that leaves the number assigned", "_state.py",
           "del self.assignments[(number, c)]", "pass", (STATEFUL,)),
    Mutant("callback URL accepted but not stored", "_state.py", "app.primary = primary", "pass", (STATEFUL,)),
    Mutant("path parameters not re-validated after decoding", "_validation.py",
           'raise SinchError(PARAMETER_VALIDATION, f"Invalid parameter: {shown(name)}")', "pass", (NEGATIVE,)),
    # A server that ignores a request field, or reads it under an old name, answers in the
    # documented shape: only read-backs that depend on the field catch it.
    Mutant("assign ignores capability (always voice)", "_routes.py",
           'body.get("capability", DEFAULT_CAPABILITY), caller=caller)',
           "DEFAULT_CAPABILITY, caller=caller)", (BEHAVIOUR, STATEFUL)),
    Mutant("assign reads capability under an old name", "_routes.py",
           'body.get("capability", DEFAULT_CAPABILITY), caller=caller)',
           'body.get("capabilityType", DEFAULT_CAPABILITY), caller=caller)', (BEHAVIOUR, STATEFUL)),
    Mutant("assign ignores applicationkey", "_routes.py",
           'target = body.get("applicationkey") or caller\n    state.assign(',
           "target = caller\n    state.assign(", (BEHAVIOUR, STATEFUL)),
    Mutant("un-assign ignores capability (releases all)", "_routes.py",
           'state.unassign(body["number"], target, body.get("capability"), caller=caller)',
           'state.unassign(body["number"], target, None, caller=caller)', (BEHAVIOUR, STATEFUL)),
    Mutant("fallback URL read under an old name", "_routes.py",
           'urls.get("fallback")', 'urls.get("fallbackUrl")', (BEHAVIOUR, STATEFUL)),
    Mutant("the spec renames capability; the mock still reads the old name", "openapi.yaml",
           "        capability:\n          $ref: '#/components/schemas/Capability'\n          # What Sinch",
           "        kind:\n          $ref: '#/components/schemas/Capability'\n          # What Sinch",
           (BEHAVIOUR, STATEFUL, SCHEMATHESIS), spec_for_tests=True,
           also=(("x-assigned-when-omitted: voice\n      example:\n        numbers: ['+14151112223333']\n"
                  "        applicationkey: 11983f76-12c8-1111-9515-4785c7b67ca8\n        capability: voice",
                  "x-assigned-when-omitted: voice\n      example:\n        numbers: ['+14151112223333']\n"
                  "        applicationkey: 11983f76-12c8-1111-9515-4785c7b67ca8\n        kind: voice"),
                 ("AssignNumbersRequest/properties/capability/x-assigned-when-omitted",
                  "AssignNumbersRequest/properties/kind/x-assigned-when-omitted"))),
    Mutant("the spec renames an answer field; the mock still sends the old name", "openapi.yaml",
           "        applicationkey:\n          type: string\n          description: The application the number is assigned to.",
           "        applicationKey:\n          type: string\n          description: The application the number is assigned to.",
           (ANSWERS,), spec_for_tests=True),
    Mutant("a callback URL left out is cleared", "_state.py",
           "            if primary is not None:\n                app.primary = primary",
           "            app.primary = primary", (BEHAVIOUR, STATEFUL)),
    Mutant("a mute applied to everyone", "_call_routes.py",
           '            call.muted = command == "mute"',
           "            for other in state.calls.conference(call.project, conference_id):\n"
           '                other.muted = command == "mute"', (CALLS,)),
    Mutant("a kicked participant still listed", "_calls.py",
           "                members.remove(call.call_id)", "                pass", (CALLS, STATEFUL)),
    Mutant("a hangup that leaves the call going on", "_call_routes.py",
           '        state.calls.end(call, "MANAGERHANGUP")\n    else:', "        pass\n    else:",
           (CALLS, STATEFUL)),
    Mutant("a callout retried after a drop", "_contract.py",
           'repeatable = operation.get("x-repeatable", method.upper() in IDEMPOTENT_METHODS)',
           "repeatable = True", (CALLS,), package=CLIENT),
]  # fmt: skip


def run(mutant: Mutant, workdir: Path) -> tuple[bool, str, float]:
    """Return (caught, first failing test or output tail, seconds)."""
    copy = workdir / mutant.name.replace(" ", "-")
    home = "mock" if mutant.package == PACKAGE else "toolkit"  # the folder it lives in
    shutil.copytree(
        ROOT / home / mutant.package,
        copy / home / mutant.package,
        ignore=shutil.ignore_patterns("__pycache__"),
    )
    shutil.copy(
        ROOT / "openapi.yaml", copy / "openapi.yaml"
    )  # what the copied mock validates against
    target = (
        copy / "openapi.yaml"
        if mutant.file == "openapi.yaml"
        else copy / home / mutant.package / mutant.file
    )
    text = target.read_text()
    for old, new in [(mutant.old, mutant.new), *mutant.also]:
        if text.count(old) != 1:
            raise SystemExit(
                f"mutant {mutant.name!r}: the text to change is not in {mutant.file} exactly once"
            )
        text = text.replace(old, new)
    target.write_text(text)

    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(copy / home), os.environ.get("PYTHONPATH", "")]),
        "HYPOTHESIS_STORAGE_DIRECTORY": str(copy / ".hypothesis"),  # no replay between mutants
        "CONTRACT_NO_SHRINK": "1",  # a failure is all we need to see, not its smallest form
    }
    if mutant.spec_for_tests:
        env["CONTRACT_SPEC"] = str(copy / "openapi.yaml")
    started = time.monotonic()
    result = subprocess.run(  # noqa: S603 - our own test runner
        [sys.executable, "-m", "pytest", "-x", "-q", "-p", "no:cacheprovider", *mutant.tests],
        cwd=ROOT, env=env, capture_output=True, text=True, check=False,
    )  # fmt: skip
    elapsed = time.monotonic() - started
    failed = [line for line in result.stdout.splitlines() if line.startswith("FAILED")]
    said = (result.stdout.strip() or result.stderr.strip() or "no output").splitlines()
    detail = failed[0].split(" - ")[0].removeprefix("FAILED ") if failed else said[-1]
    return result.returncode != 0, detail, elapsed


def main() -> int:
    survivors = 0
    with tempfile.TemporaryDirectory(prefix="mutants-") as tmp:
        for mutant in MUTANTS:
            caught, detail, elapsed = run(mutant, Path(tmp))
            survivors += not caught
            print(
                f"{'caught  ' if caught else 'SURVIVED'} {elapsed:5.1f}s  {mutant.name}\n           {detail}",
                flush=True,
            )
    print(f"\n{len(MUTANTS) - survivors} of {len(MUTANTS)} mutants caught.")
    return 1 if survivors else 0


if __name__ == "__main__":
    sys.exit(main())
