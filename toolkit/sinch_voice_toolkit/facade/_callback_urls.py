"""An application's callback URLs as the facade reads and writes them.

The spec's `url` object may be absent or null in an answer, and takes either URL alone in a
request; the facade turns it into a plain `ApplicationCallbacks(primary, fallback)` pair and
takes the two URLs as keyword arguments, refusing anything but http(s) before sending.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .._constants import CALLBACK_URL_PATTERN
from ._facade_base import answer_of

if TYPE_CHECKING:
    from sinch_voice.models import UpdateCallbackUrlsRequest
    from sinch_voice.types import Response, Unset


@dataclass(frozen=True)
class ApplicationCallbacks:
    """An application's callback URLs; None where none is configured."""

    primary: str | None
    fallback: str | None


def callbacks_body(primary: str | None, fallback: str | None) -> UpdateCallbackUrlsRequest:
    from sinch_voice.models import CallbackUrls, UpdateCallbackUrlsRequest
    from sinch_voice.types import UNSET

    from .._errors import InvalidRequestError

    if primary is None and fallback is None:
        raise InvalidRequestError("updateCallbackUrls", "/url", "give primary, fallback or both")
    for where, url in (("/url/primary", primary), ("/url/fallback", fallback)):
        # The spec's own pattern, checked here to say it plainly (the contract check would
        # quote the regular expression).
        if url is not None and not re.fullmatch(CALLBACK_URL_PATTERN, url):
            raise InvalidRequestError(
                "updateCallbackUrls", where, f"{url!r} is not an http:// or https:// URL"
            )
    return UpdateCallbackUrlsRequest(
        url=CallbackUrls(
            primary=UNSET if primary is None else primary,
            fallback=UNSET if fallback is None else fallback,
        )
    )


def read_callbacks(response: Response[Any]) -> ApplicationCallbacks:
    from sinch_voice.models import CallbackConfiguration, ConfiguredCallbackUrls

    answer = answer_of(response, CallbackConfiguration, "getCallbackUrls")
    urls = answer.url
    if not isinstance(urls, ConfiguredCallbackUrls):
        return ApplicationCallbacks(primary=None, fallback=None)
    return ApplicationCallbacks(primary=_or_none(urls.primary), fallback=_or_none(urls.fallback))


def _or_none(value: str | Unset | None) -> str | None:
    from sinch_voice.types import Unset

    return None if isinstance(value, Unset) else value
