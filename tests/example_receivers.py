"""The example receivers (examples/receive_*.py) served on a free loopback port."""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sinch_voice_mock import DEMO_APPLICATION_KEY, DEMO_APPLICATION_SECRET
from tests.servers import serve_asgi, serve_wsgi

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
# The web frameworks with an example receiver (examples/receive_KIND.py).
KINDS = ["starlette", "flask", "django"]
WRONG_SECRET = "d3Jvbmctc2VjcmV0"


def load_example(name: str) -> Any:
    if str(EXAMPLES) not in sys.path:  # the receivers import call_flow beside them
        sys.path.insert(0, str(EXAMPLES))
    spec = importlib.util.spec_from_file_location(name, EXAMPLES / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # Django imports its URLconf by name: this module, not a copy
    spec.loader.exec_module(module)
    return module


@contextmanager
def receiver(kind: str, secret: str = DEMO_APPLICATION_SECRET) -> Iterator[tuple[str, list[Any]]]:
    """An example receiver on a free port: (callback URL, the events it accepted)."""
    example = load_example(f"receive_{kind}")
    app = example.create_app(DEMO_APPLICATION_KEY, secret)
    if kind == "starlette":
        with serve_asgi(app) as url:
            yield url + example.CALLBACK_PATH, app.state.received
    elif kind == "flask":
        with serve_wsgi(app) as url:
            yield url + example.CALLBACK_PATH, app.config["RECEIVED"]
    else:
        with serve_wsgi(app) as url:
            yield url + example.CALLBACK_PATH, example.RECEIVED
