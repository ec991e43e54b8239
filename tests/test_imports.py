"""The client path imports only what it uses: nothing of the mock, no YAML, no asyncio for sync.

Run in fresh interpreters, so what earlier tests imported does not count.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

HEAVY = ("yaml", "openapi_core", "sinch_voice_mock", "starlette", "uvicorn", "jsonschema",
         "stamina", "phonenumbers")  # fmt: skip

SYNC_CALL = """
import json, sys
import httpx
from sinch_voice_toolkit import VoiceClient
answer = httpx.Response(200, json={"numbers": [{"number": "+46730170101"}]})
transport = httpx.MockTransport(lambda request: answer)
voice = VoiceClient("key", "c2VjcmV0", httpx_args={"transport": transport})
assert [n.number for n in voice.applications.get_numbers()] == ["+46730170101"]
print(json.dumps(sorted(sys.modules)))
"""


def modules_after(code: str) -> set[str]:
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    return set(json.loads(result.stdout.splitlines()[-1]))


def test_a_sync_call_imports_nothing_heavy() -> None:
    loaded = modules_after(SYNC_CALL)
    assert "jsonschema_rs" in loaded  # the answer was checked
    assert not {m for m in loaded if m.split(".")[0] in HEAVY}
    assert "asyncio" not in loaded and "sinch_voice_toolkit.bulk._bulk" not in loaded


def test_importing_the_package_is_cheap() -> None:
    loaded = modules_after(
        "import json, sys, sinch_voice_toolkit; print(json.dumps(sorted(sys.modules)))"
    )
    assert "httpx" not in loaded and "sinch_voice" not in loaded  # loaded on first use


def test_models_and_endpoints_load_when_a_call_needs_them() -> None:
    imported = modules_after(
        "import json, sys; from sinch_voice_toolkit import VoiceClient, SinchError;"
        " print(json.dumps(sorted(sys.modules)))"
    )
    # Constructing a client loads httpx, the generated client and the transport; importing
    # the facade loads none of them, nor any model or endpoint.
    assert (
        not {"httpx", "sinch_voice.client", "sinch_voice_toolkit.transport._transport"} & imported
    )
    assert not {m for m in imported if m.startswith(("sinch_voice.models.", "sinch_voice.api."))}
    constructed = modules_after(
        "import json, sys; from sinch_voice_toolkit import VoiceClient;"
        " VoiceClient('key', 'c2VjcmV0');"
        " print(json.dumps(sorted(sys.modules)))"
    )
    assert {
        "httpx",
        "sinch_voice.client",
        "sinch_voice_toolkit.transport._transport",
    } <= constructed
    assert not {m for m in constructed if m.startswith(("sinch_voice.models.", "sinch_voice.api."))}
    called = modules_after(SYNC_CALL)
    assert "sinch_voice.models.owned_number_list" in called
    # The other endpoints' models stay unloaded (the generated package loads them by name).
    assert "sinch_voice.models.update_callback_urls_request" not in called
    assert "sinch_voice.api.query.query_number" not in called


def test_the_lazy_models_package_still_lists_and_finds_every_model() -> None:
    import sinch_voice.models as models

    assert sorted(models.__all__) == dir(models)
    for name in models.__all__:
        assert getattr(models, name).__name__ in (name, "Literal")  # enums are Literal aliases
    assert not hasattr(models, "NoSuchModel")  # an AttributeError, as without the laziness


def test_the_public_names_agree_between_type_checkers_and_run_time() -> None:
    """Each public name is written twice, for mypy (the `X as X` imports under TYPE_CHECKING)
    and for the lazy loader (`_SOURCES`); `__all__` is derived. The two must say the same."""
    import ast

    import sinch_voice_toolkit

    init = Path(sinch_voice_toolkit.__file__)
    tree = ast.parse(init.read_text(encoding="utf-8"))
    guarded = next(n for n in tree.body if isinstance(n, ast.If))  # if TYPE_CHECKING:
    for_type_checkers = {
        alias.name: "." * node.level + (node.module or "")
        for node in guarded.body
        if isinstance(node, ast.ImportFrom)
        for alias in node.names
        if alias.asname == alias.name  # an explicit re-export
    }
    sources = sinch_voice_toolkit._SOURCES
    assert for_type_checkers == sources
    assert sinch_voice_toolkit.__all__ == sorted(sources)
    for name in sources:
        assert getattr(sinch_voice_toolkit, name) is not None
