"""Sinch callbacks in Django (WSGI or ASGI).

    # urls.py
    receiver = CallbackReceiver(respond)  # credentials from the environment, or pass them
    urlpatterns = [path("sinch/callbacks", callback_view(receiver))]

The view is exempt from CSRF (Sinch's signature is what authenticates it) and takes POST only.
"""

from __future__ import annotations

from collections.abc import Callable

from django.http import HttpRequest, HttpResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from ._receiver import CallbackReceiver, asgi_raw_path, read_capped, wsgi_raw_path


def callback_view(receiver: CallbackReceiver) -> Callable[[HttpRequest], HttpResponse]:
    """A view that answers Sinch's callbacks with `receiver`."""

    @csrf_exempt
    @require_POST
    def sinch_callback(request: HttpRequest) -> HttpResponse:
        reply = receiver.handle(
            method=request.method or "POST",
            path=raw_path(request),
            headers=request.headers,
            body=read_capped(request.read, receiver.max_body_bytes),
        )
        return HttpResponse(reply.body, status=reply.status, content_type=reply.content_type)

    return sinch_callback


def raw_path(request: HttpRequest) -> str:
    """The path as sent: from the ASGI scope (an ASGIRequest), or the WSGI environ."""
    scope = getattr(request, "scope", None)
    return asgi_raw_path(scope) if isinstance(scope, dict) else wsgi_raw_path(request.META)
