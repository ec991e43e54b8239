"""The mock's fixed values: the default world (applications, numbers), projects, and the rules
from the spec (capabilities, E.164, callback URLs) a state file is checked against."""

from __future__ import annotations

import re

from ._spec import spec_constants

CAPABILITIES: tuple[str, ...] = spec_constants()["CAPABILITIES"]
DEFAULT_PROJECT = "default"


def own_project(application_key: str) -> str:
    """The project of an application registered without one: its own, named after its key."""
    return f"project-of-{application_key}"


# What the Voice API assigns for unless the request names a capability.
DEFAULT_CAPABILITY: str = spec_constants()["DEFAULT_CAPABILITY"]
# E164Number's and the callback URLs' patterns in openapi.yaml, for checking a state file.
E164 = re.compile(spec_constants()["E164_PATTERN"])
CALLBACK_URL = re.compile(spec_constants()["CALLBACK_URL_PATTERN"])

# The demo application that `make demo` and `sinch-voice-mock` print. Not a real credential.
DEMO_APPLICATION_KEY = "11983f76-12c8-1111-9515-4785c7b67ca8"
DEMO_APPLICATION_SECRET = "c2luY2gtdm9pY2UtbW9jay1kZW1vLXNlY3JldA=="  # noqa: S105 - public demo value
# The application key used in openapi.yaml's examples, so spec examples run against the mock.
EXAMPLE_APPLICATION_KEY = "94983f76-1161-6655-9515-4785c7b67dd8"
EXAMPLE_APPLICATION_SECRET = "c2luY2gtdm9pY2UtbW9jay1leGFtcGxlLXNlY3JldA=="  # noqa: S105

# The documented default inventory: number -> capabilities it supports.
DEFAULT_NUMBERS: dict[str, tuple[str, ...]] = {
    "+14151112223333": ("voice",),  # the number in Sinch's own request samples
    "+14155550100": ("voice", "sms"),
    "+14155550101": ("voice", "sms"),
    "+14155550102": ("voice",),
    "+14155550103": ("sms",),
    "+46730170101": ("voice", "sms"),
    "+46730170102": ("voice",),
    "+442071838750": ("voice",),
    "+4915112345678": ("voice", "sms"),
}


def trial_number(index: int) -> str:
    """The `index`-th of the numbers bulk trials own (`--numbers N`): +1 415 2NN NNNN, none
    of them a default one."""
    return f"+1415{2_000_000 + index:07d}"


def masked_url(url: str) -> str:
    """The URL as it may be shown: a user name and password in it become `***`."""
    scheme, separator, rest = url.partition("://")
    authority, slash, path = rest.partition("/")
    if not separator or "@" not in authority:
        return url
    return f"{scheme}://***@{authority.rpartition('@')[2]}{slash}{path}"
