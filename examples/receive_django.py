"""Receive Sinch callbacks in Django: the whole project in one file.

In a project of your own, two lines do it (urls.py):

    receiver = CallbackReceiver(respond)  # credentials from SINCH_APPLICATION_KEY/_SECRET
    urlpatterns = [path("sinch/callbacks", callback_view(receiver))]

`callback_view` verifies every request before trusting it (a forged, stale or replayed one gets
401 and is dropped; the receiver's replay guard remembers each signature while its timestamp is
in the window: with several worker processes, give it a `ReplayGuard` over a shared store such
as Redis), reads it into a typed event, and sends what `call_flow.respond` answers, checked. The
view is exempt from CSRF, since Sinch's signature is what authenticates it. Run it with
`python examples/receive_django.py` (credentials from SINCH_APPLICATION_KEY and
SINCH_APPLICATION_SECRET; port 8000, or $PORT), then set its URL as your application's callback
URL.
"""

from __future__ import annotations

import contextlib
import os
import secrets

import django
from call_flow import respond
from django.conf import settings
from django.core.handlers.wsgi import WSGIHandler
from django.core.wsgi import get_wsgi_application
from django.urls import URLPattern, clear_url_caches, path

from sinch_voice_toolkit.callbacks import CallbackEvent
from sinch_voice_toolkit.receivers import Answer, CallbackReceiver
from sinch_voice_toolkit.receivers.django import callback_view

CALLBACK_PATH = "/sinch/callbacks"
urlpatterns: list[URLPattern] = []  # this module is the project's URLconf
RECEIVED: list[CallbackEvent] = []  # verified events, for your own handling (and tests)


def create_app(application_key: str, application_secret: str) -> WSGIHandler:
    """The project as a WSGI application. Django has one configuration per process: a second
    call replaces the first one's receiver."""
    if not settings.configured:
        settings.configure(
            ROOT_URLCONF=__name__,
            ALLOWED_HOSTS=["127.0.0.1", "localhost", "[::1]", *_public_hosts()],
            SECRET_KEY=secrets.token_urlsafe(32),  # Django's own signing; no session is kept
        )
        django.setup()
    RECEIVED.clear()

    def keep_and_respond(event: CallbackEvent) -> Answer:
        RECEIVED.append(event)
        return respond(event)

    receiver = CallbackReceiver(
        keep_and_respond, application_key=application_key, application_secret=application_secret
    )
    urlpatterns[:] = [path(CALLBACK_PATH.removeprefix("/"), callback_view(receiver))]
    clear_url_caches()
    return get_wsgi_application()


def _public_hosts() -> list[str]:
    """The host names this receiver answers for beyond loopback, from $ALLOWED_HOSTS."""
    return [host for host in os.environ.get("ALLOWED_HOSTS", "").split(",") if host]


if __name__ == "__main__":
    from wsgiref.simple_server import make_server

    key, secret = os.environ["SINCH_APPLICATION_KEY"], os.environ["SINCH_APPLICATION_SECRET"]
    port = int(os.environ.get("PORT", "8000"))
    with make_server("127.0.0.1", port, create_app(key, secret)) as server:
        print(f"Receiving on http://127.0.0.1:{port}{CALLBACK_PATH} (Ctrl-C stops it)")
        with contextlib.suppress(KeyboardInterrupt):  # Ctrl-C ends it quietly
            server.serve_forever()
