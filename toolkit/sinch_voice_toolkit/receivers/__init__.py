"""Callback receivers for web frameworks: Sinch's signed requests in, checked SVAML out.

    from sinch_voice_toolkit.receivers import CallbackReceiver
    from sinch_voice_toolkit.receivers.starlette import callback_route

    receiver = CallbackReceiver(respond)  # respond(event) -> an SVAML answer, or None
    app = Starlette(routes=[callback_route(receiver, "/sinch/callbacks")])

`CallbackReceiver` is the framework-neutral part (verify, read, answer, refuse); each framework
has a module of glue that reads the raw path and body the way that framework keeps them:
`.starlette` (and FastAPI), `.flask`, `.django`. Each imports its framework, so import only
the one you use.
"""

from ._receiver import (
    MAX_CALLBACK_BYTES,
    Answer,
    CallbackReceiver,
    CallbackReply,
    Respond,
    asgi_raw_path,
    read_capped,
    wsgi_raw_path,
)

__all__ = [
    "MAX_CALLBACK_BYTES",
    "Answer",
    "CallbackReceiver",
    "CallbackReply",
    "Respond",
    "asgi_raw_path",
    "read_capped",
    "wsgi_raw_path",
]
