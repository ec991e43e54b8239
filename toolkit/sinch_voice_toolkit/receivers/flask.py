"""Sinch callbacks in Flask.

receiver = CallbackReceiver(respond)
app.add_url_rule("/sinch/callbacks", view_func=callback_view(receiver), methods=["POST"])
"""

from __future__ import annotations

from collections.abc import Callable

from flask import Response, request

from ._receiver import CallbackReceiver, read_capped, wsgi_raw_path


def callback_view(receiver: CallbackReceiver) -> Callable[[], Response]:
    """A view that answers Sinch's callbacks with `receiver` (register it for POST)."""

    def sinch_callback() -> Response:
        reply = receiver.handle(
            method=request.method,
            path=wsgi_raw_path(request.environ),
            headers=request.headers,
            body=read_capped(request.stream.read, receiver.max_body_bytes),
        )
        return Response(reply.body, status=reply.status, content_type=reply.content_type)

    return sinch_callback
