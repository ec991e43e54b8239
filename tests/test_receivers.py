"""The callback receivers' framework glue, each behind a real server on loopback.

One table of cases runs against Starlette, FastAPI, Flask and Django: what each framework
hands the receiver (the raw path as sent, the raw body, the headers) must be what Sinch
signed, and what the receiver answers must reach the wire as it was built. The route is
`/sinch/call~backs`, requested as `/sinch/call%7Ebacks`: a glue that verified the decoded path
would refuse every callback.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any

import httpx
import pytest
from django.core.wsgi import get_wsgi_application
from django.test.utils import override_settings
from django.urls import path as django_path
from fastapi import FastAPI
from flask import Flask
from starlette.applications import Starlette

from sinch_signing import CredentialsError, InMemoryReplayGuard, decode_secret
from sinch_voice_mock import DEMO_APPLICATION_KEY, DEMO_APPLICATION_SECRET
from sinch_voice_mock._callbacks import signed_callback
from sinch_voice_toolkit.callbacks import (
    AceEvent,
    CallbackEvent,
    ContinueAction,
    HangupAction,
    IceEvent,
    SayInstruction,
    answer,
    validate_svaml,
)
from sinch_voice_toolkit.receivers import (
    Answer,
    CallbackReceiver,
    asgi_raw_path,
    django as django_glue,
    flask as flask_glue,
    starlette as starlette_glue,
    wsgi_raw_path,
)
from tests import django_urls
from tests.example_receivers import load_example
from tests.servers import serve_asgi, serve_wsgi

ROUTE = "/sinch/call~backs"
SENT_PATH = "/sinch/call%7Ebacks"
FRAMEWORKS = ["starlette", "fastapi", "flask", "django"]
ICE = {"event": "ice", "callid": "c-1", "cli": "+46708168731", "to": {"type": "number"}}


def hang_up_on_ice(event: CallbackEvent) -> Answer:
    if isinstance(event, IceEvent):
        return answer(event, HangupAction(), [SayInstruction(text="Bye.")])
    return None


def receiver_with(respond: Any = hang_up_on_ice, **options: Any) -> CallbackReceiver:
    return CallbackReceiver(
        respond,
        application_key=DEMO_APPLICATION_KEY,
        application_secret=DEMO_APPLICATION_SECRET,
        **options,
    )


@contextmanager
def django_app(view: Callable[..., Any]) -> Iterator[Any]:
    # Django keeps one configuration per process: the example project's, with our routes.
    load_example("receive_django").create_app(DEMO_APPLICATION_KEY, DEMO_APPLICATION_SECRET)
    django_urls.urlpatterns[:] = [django_path(ROUTE.removeprefix("/"), view)]
    csrf = ["django.middleware.csrf.CsrfViewMiddleware"]  # the view must be exempt from it
    with override_settings(ROOT_URLCONF="tests.django_urls", MIDDLEWARE=csrf):
        yield get_wsgi_application()


@contextmanager
def serve(framework: str, receiver: CallbackReceiver) -> Iterator[str]:
    """The receiver behind `framework` on a free port: the URL to post to."""
    if framework == "starlette":
        with serve_asgi(Starlette(routes=[starlette_glue.callback_route(receiver, ROUTE)])) as url:
            yield url + SENT_PATH
    elif framework == "fastapi":
        api = FastAPI()
        api.add_route(ROUTE, starlette_glue.callback_endpoint(receiver), methods=["POST"])
        with serve_asgi(api) as url:
            yield url + SENT_PATH
    elif framework == "flask":
        app = Flask(__name__)
        app.add_url_rule(ROUTE, view_func=flask_glue.callback_view(receiver), methods=["POST"])
        with serve_wsgi(app) as url:
            yield url + SENT_PATH
    else:
        with django_app(django_glue.callback_view(receiver)) as app, serve_wsgi(app) as url:
            yield url + SENT_PATH


def signed(body: bytes, path: str = SENT_PATH, secret: str = DEMO_APPLICATION_SECRET) -> Any:
    """The headers of a callback to `path` as Sinch signs it."""
    url = f"http://127.0.0.1{path}"
    return signed_callback(
        url, body, DEMO_APPLICATION_KEY, decode_secret(secret), datetime.now(UTC)
    )


def post(url: str, body: bytes, headers: dict[str, str]) -> httpx.Response:
    return httpx.post(url, content=body, headers=headers, timeout=10)


@pytest.mark.parametrize("framework", FRAMEWORKS)
def test_a_signed_event_is_answered_with_the_checked_svaml(framework: str) -> None:
    body = json.dumps(ICE).encode()
    with serve(framework, receiver_with()) as url:
        response = post(url, body, signed(body))
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("application/json")
    expected = validate_svaml("ice", {"instructions": [{"name": "say", "text": "Bye."}],
                                      "action": {"name": "hangup"}})  # fmt: skip
    assert response.json() == expected


@pytest.mark.parametrize("framework", FRAMEWORKS)
def test_refusals_reach_the_wire(framework: str) -> None:
    body = json.dumps(ICE).encode()
    dice = b'{"event":"dice","callid":"c-1","reason":"CALLERHANGUP"}'
    with serve(framework, receiver_with()) as url:
        unsigned = post(url, body, {"Content-Type": "application/json"})
        tampered = post(url, body.replace(b"c-1", b"c-2"), signed(body))
        decoded_path = post(url, body, signed(body, path=ROUTE))  # signed over another path
        wrong_secret = post(url, body, signed(body, secret="d3Jvbmctc2VjcmV0"))
        not_an_event = post(url, b"[1, 2]", signed(b"[1, 2]"))
        too_large = post(url, b" " * (2 * 1024 * 1024), signed(b"{}"))
        first, replayed = (post(url, dice, headers) for headers in [signed(dice)] * 2)
        get = httpx.get(url, timeout=10)
    for refused in (unsigned, tampered, decoded_path, wrong_secret):
        assert refused.status_code == 401, refused.text
        assert DEMO_APPLICATION_SECRET not in refused.text
    assert not_an_event.status_code == 400 and "error" in not_an_event.json()
    assert too_large.status_code == 413
    assert (first.status_code, first.content) == (200, b"")  # DiCE: a plain 200
    assert replayed.status_code == 401
    assert get.status_code == 405


@pytest.mark.parametrize("framework", FRAMEWORKS)
def test_a_full_replay_guard_answers_503(framework: str) -> None:
    receiver = receiver_with(replay_guard=InMemoryReplayGuard(max_entries=1))
    bodies = [json.dumps({**ICE, "callid": f"c-{n}"}).encode() for n in (1, 2)]
    with serve(framework, receiver) as url:
        statuses = [post(url, body, signed(body)).status_code for body in bodies]
    assert statuses == [200, 503]  # Sinch delivers it again later


@pytest.mark.parametrize("framework", FRAMEWORKS)
def test_an_answer_the_event_does_not_allow_is_never_sent(framework: str) -> None:
    def continue_everything(event: CallbackEvent) -> Answer:
        return {"action": {"name": "continue"}}  # not allowed for an ICE

    body = json.dumps(ICE).encode()
    with serve(framework, receiver_with(continue_everything)) as url:
        response = post(url, body, signed(body))
    assert response.status_code == 500  # the handler's bug, as the framework reports one
    assert "continue" not in response.text


@pytest.mark.parametrize("framework", ["starlette", "fastapi"])
def test_respond_may_be_a_coroutine_function_in_starlette(framework: str) -> None:
    async def respond(event: CallbackEvent) -> Answer:
        return answer(event, ContinueAction()) if isinstance(event, AceEvent) else None

    body = b'{"event":"ace","callid":"c-1"}'
    with serve(framework, receiver_with(respond)) as url:
        response = post(url, body, signed(body))
    assert response.json() == {"action": {"name": "continue"}}


def test_a_coroutine_respond_is_refused_by_the_sync_glue() -> None:
    async def respond(event: CallbackEvent) -> Answer:
        return None

    body = b'{"event":"dice","callid":"c-1"}'
    with pytest.raises(TypeError, match="handle_async"):
        receiver_with(respond).handle(
            method="POST", path=SENT_PATH, headers=signed(body), body=body
        )


def test_missing_credentials_fail_at_start_not_at_the_first_callback() -> None:
    with pytest.raises(CredentialsError, match="SINCH_APPLICATION_SECRET"):
        CallbackReceiver(hang_up_on_ice, application_key="key", environ={})
    with pytest.raises(CredentialsError) as malformed:
        CallbackReceiver(hang_up_on_ice, application_key="key", application_secret="not base64!")
    assert "not base64!" not in str(malformed.value)
    shown = repr(receiver_with())
    assert DEMO_APPLICATION_KEY in shown and DEMO_APPLICATION_SECRET not in shown


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({"RAW_URI": "/a%7Eb?x=1", "PATH_INFO": "/a~b"}, "/a%7Eb?x=1"),  # gunicorn, werkzeug
        ({"REQUEST_URI": "/a%20b", "PATH_INFO": "/a b"}, "/a%20b"),  # uWSGI, mod_wsgi
        (
            {"SCRIPT_NAME": "/app", "PATH_INFO": "/a b/é".encode().decode("latin-1")},
            "/app/a%20b/%C3%A9",
        ),
        ({"PATH_INFO": ""}, "/"),
    ],
)
def test_the_wsgi_path_is_the_one_sent(environ: dict[str, str], expected: str) -> None:
    assert wsgi_raw_path(environ) == expected


@pytest.mark.parametrize(
    ("scope", "expected"),
    [
        ({"raw_path": b"/a%7Eb?x=1", "path": "/a~b"}, "/a%7Eb"),  # uvicorn, hypercorn
        ({"raw_path": None, "root_path": "/app", "path": "/a b"}, "/app/a%20b"),  # no raw_path
    ],
)
def test_the_asgi_path_is_the_one_sent(scope: dict[str, Any], expected: str) -> None:
    assert asgi_raw_path(scope) == expected
