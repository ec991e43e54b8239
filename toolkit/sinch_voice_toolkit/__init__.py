"""The hand-written toolkit around the generated `sinch_voice` client.

`connect()` returns a ready client; call the operations under `sinch_voice.api` with it:

    from sinch_voice.api.numbers import get_numbers
    from sinch_voice_toolkit import connect

    with connect() as client:          # key and secret from the environment
        owned = get_numbers.sync(client=client)
"""

from ._connect import (
    DEFAULT_BASE_URL,
    DEFAULT_TIMEOUT,
    ENV_APPLICATION_KEY,
    ENV_APPLICATION_SECRET,
    ENV_BASE_URL,
    connect,
)
from ._version import __version__

__all__ = [
    "DEFAULT_BASE_URL",
    "DEFAULT_TIMEOUT",
    "ENV_APPLICATION_KEY",
    "ENV_APPLICATION_SECRET",
    "ENV_BASE_URL",
    "__version__",
    "connect",
]
