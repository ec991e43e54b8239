"""Values JSON cannot carry are refused with a typed error wherever user data comes in.

Events (`parse_callback`, `unwrap_callback`), SVAML answers (`validate_svaml`) and API answers
read the same rules (`_json_values`): no NaN or Infinity, no lone surrogate, no nesting deeper
than 32 levels, and an integral number is an int. Each is tried in every form the data can
arrive in (bytes, text, a decoded mapping), in a field the schema checks and in one it does
not, and must end in the documented error, never a `UnicodeEncodeError` or a validator's
`ValueError('Recursion limit reached')`.
"""

from __future__ import annotations

import json
import math
from typing import Any

import pytest
from hypothesis import given, settings, strategies as st

from sinch_voice.models import DiceEvent, IceEvent, RunMenuAction
from sinch_voice_toolkit import (
    InvalidCallbackError,
    InvalidSvamlError,
    parse_callback,
    validate_svaml,
)
from sinch_voice_toolkit._json_values import MAX_DEPTH, JsonValueError, checked, loads


def nested(depth: int) -> Any:
    value: Any = "bottom"
    for _ in range(depth):
        value = [value]
    return value


NOT_JSON = {
    "NaN": math.nan,
    "Infinity": math.inf,
    "-Infinity": -math.inf,
    "a lone surrogate": "\ud800",
    "a lone low surrogate inside text": "ab\udfffcd",
    "300 levels deep": nested(300),
}
# `cli` is a string the schema checks; `custom` a string it checks; `somethingNew` unknown.
FIELDS = ["cli", "custom", "somethingNew"]


def as_bytes(event: dict[str, Any]) -> bytes:
    return json.dumps(event).encode()  # NaN as NaN, surrogates as \ud800 escapes


def as_text(event: dict[str, Any]) -> str:
    return json.dumps(event, ensure_ascii=False)  # surrogates as raw characters


@pytest.mark.parametrize("form", [as_bytes, as_text, dict])
@pytest.mark.parametrize("field", FIELDS)
@pytest.mark.parametrize("name", NOT_JSON)
def test_an_event_with_a_value_json_cannot_carry_is_an_invalid_callback(
    name: str, field: str, form: Any
) -> None:
    body = form({"event": "ice", "callid": "c-1", field: NOT_JSON[name]})
    with pytest.raises(InvalidCallbackError) as caught:
        parse_callback(body)
    assert caught.value.__cause__ is None
    # NaN in text is refused by the decoder, which does not know where; the rest say where.
    if not (name.endswith("Infinity") or name == "NaN") or form is dict:
        assert caught.value.where.startswith(f"/{field}"), caught.value.where


def test_nesting_up_to_the_bound_is_read_and_past_it_refused() -> None:
    inside = {"event": "ice", "somethingNew": nested(MAX_DEPTH - 1)}
    assert parse_callback(json.dumps(inside)).to_dict() == inside
    with pytest.raises(InvalidCallbackError, match="nested deeper than 32"):
        parse_callback(json.dumps({"event": "ice", "somethingNew": nested(MAX_DEPTH)}))


def test_a_valid_surrogate_pair_is_one_character_and_kept() -> None:
    event = parse_callback(b'{"event": "ice", "custom": "\\ud83d\\ude00"}')
    assert isinstance(event, IceEvent) and event.custom == "\U0001f600"


@pytest.mark.parametrize("form", [as_bytes, as_text, dict])
def test_an_integral_number_in_an_integer_field_is_an_int(form: Any) -> None:
    event = parse_callback(form({"event": "dice", "duration": 1.0, "debit": {"amount": 0.5}}))
    assert isinstance(event, DiceEvent)
    assert event.duration == 1 and type(event.duration) is int
    assert event.debit.amount == 0.5  # not integral: a float still
    sent = json.dumps(event.to_dict(), sort_keys=True)
    assert sent == '{"debit": {"amount": 0.5}, "duration": 1, "event": "dice"}'


def test_a_fraction_in_an_integer_field_is_refused() -> None:
    with pytest.raises(InvalidCallbackError) as caught:
        parse_callback(b'{"event": "dice", "duration": 1.5}')
    assert caught.value.where == "/duration"


def test_a_number_too_large_for_a_float_is_refused() -> None:
    with pytest.raises(InvalidCallbackError, match="too large"):
        parse_callback(b'{"event": "dice", "duration": 1e400}')


# -- SVAML out --------------------------------------------------------------------------------

MENU = {"id": "main", "mainPrompt": "#tts[Press 1]"}


def test_an_integral_number_is_sent_as_an_int() -> None:
    sent = validate_svaml(
        "ice", {"action": {"name": "runMenu", "menus": [{**MENU, "maxDigits": 1.0}]}}
    )
    max_digits = sent["action"]["menus"][0]["maxDigits"]
    assert max_digits == 1 and type(max_digits) is int
    assert '"maxDigits": 1}' in json.dumps(sent)


def test_a_model_built_with_a_float_is_sent_with_an_int() -> None:
    model = RunMenuAction.from_dict({"name": "runMenu", "menus": [{**MENU, "maxDigits": 2.0}]})
    sent = validate_svaml("pie", {"action": model.to_dict()})
    assert type(sent["action"]["menus"][0]["maxDigits"]) is int


@pytest.mark.parametrize("name", NOT_JSON)
@pytest.mark.parametrize("where", ["text", "locale"])
def test_an_answer_with_a_value_json_cannot_carry_is_invalid_svaml(name: str, where: str) -> None:
    say = {"name": "say", "text": "Hello", "locale": "en-US", where: NOT_JSON[name]}
    with pytest.raises(InvalidSvamlError) as caught:
        validate_svaml("ice", {"instructions": [say], "action": {"name": "hangup"}})
    assert caught.value.where.startswith(f"/instructions/0/{where}"), caught.value.where
    assert caught.value.__cause__ is None


def test_an_answer_is_checked_inside_a_field_that_is_already_invalid() -> None:
    # is_valid stops at the first fault; explaining it walks the value: both must be typed.
    for value in (["\ud800"], nested(300), [math.nan]):
        with pytest.raises(InvalidSvamlError):
            validate_svaml("ice", {"action": {"name": "hangup", "unknown": value}})


def test_an_answer_that_is_not_json_is_refused_with_its_path() -> None:
    with pytest.raises(InvalidSvamlError) as caught:
        validate_svaml("ice", {"action": {"name": "hangup"}, "instructions": [{1: "x"}]})
    assert caught.value.where == "/instructions/0"
    with pytest.raises(InvalidSvamlError) as caught:
        validate_svaml("ice", {"action": {"name": "connectPstn", "number": b"+46"}})
    assert caught.value.where == "/action/number"


# -- whatever anyone posts ---------------------------------------------------------------------

HOSTILE_SCALARS = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats()  # NaN and the infinities included
    | st.text(st.characters(codec=None, categories=["L", "Cs", "Cc"]), max_size=5)
    | st.just(nested(40))
)
HOSTILE_VALUES: st.SearchStrategy[Any] = st.deferred(
    lambda: (
        HOSTILE_SCALARS
        | st.lists(HOSTILE_VALUES, max_size=3)
        | st.dictionaries(st.text(max_size=5), HOSTILE_VALUES, max_size=3)
    )
)
EVENTS = st.fixed_dictionaries(
    {"event": st.sampled_from(["ice", "ace", "dice", "pie", "notify", "x"])},
    optional={k: HOSTILE_VALUES for k in ["cli", "duration", "amd", "menuResult", "new"]},
)


@settings(max_examples=300, deadline=None)
@given(EVENTS, st.sampled_from(["bytes", "text", "mapping"]))
def test_any_event_anyone_posts_is_an_event_or_an_invalid_callback(
    value: dict[str, Any], form: str
) -> None:
    body: Any = value
    if form != "mapping":
        text = json.dumps(value, ensure_ascii=form == "bytes")
        body = text.encode("utf-8", "surrogatepass") if form == "bytes" else text
    try:
        event = parse_callback(body)
    except InvalidCallbackError:
        return
    kept = event.to_dict()
    assert kept == value
    # Only what JSON can carry got through (equality alone would not tell: a container
    # compares the same NaN object equal to itself): it can be sent on as it is.
    json.dumps(kept, allow_nan=False).encode("utf-8")
    assert max_depth(kept) <= MAX_DEPTH


def max_depth(value: Any) -> int:
    if isinstance(value, dict):
        return 1 + max(map(max_depth, value.values()), default=0)
    if isinstance(value, list):
        return 1 + max(map(max_depth, value), default=0)
    return 0


@settings(max_examples=300, deadline=None)
@given(HOSTILE_VALUES)
def test_any_answer_is_valid_svaml_or_an_invalid_svaml_error(value: Any) -> None:
    for answer in (value, {"action": {"name": "hangup"}, "instructions": [value]}):
        try:
            sent = validate_svaml("ice", answer if isinstance(answer, dict) else {"x": answer})
        except InvalidSvamlError:
            continue
        json.dumps(sent, allow_nan=False).encode("utf-8")  # sendable as it is


# -- the rules themselves ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["NaN", "[Infinity]", '{"a": -Infinity}', '"\\udc00"', '["\\ud800x"]', "1e999", '{"a": 1', ""],
)
def test_loads_refuses_what_rfc_8259_does_not_allow(text: str) -> None:
    with pytest.raises(JsonValueError):
        loads(text)


def test_loads_reads_integral_numbers_as_ints_and_keeps_fractions() -> None:
    assert loads("[1.0, -2e2, 0.5, 3]") == [1, -200, 0.5, 3]
    assert [type(v) for v in loads("[1.0, -2e2, 0.5, 3]")] == [int, int, float, int]


def test_checked_copies_into_plain_json_types() -> None:
    given = {"a": (1.0, 2), "b": {"c": 2.5}}
    result = checked(given)
    assert result == {"a": [1, 2], "b": {"c": 2.5}} and result is not given
    assert type(result["a"][0]) is int


@pytest.mark.parametrize("depth", [MAX_DEPTH + 1, 2_000, 20_000])
def test_the_nesting_bound_is_ours_whatever_the_decoder_allows(depth: int) -> None:
    # 3.11's decoder stops near 1,000 levels, 3.13's goes on: the bound must not depend on it.
    text = '{"numbers": [], "x": ' + "[" * depth + "]" * depth + "}"
    with pytest.raises(JsonValueError, match=f"nested deeper than {MAX_DEPTH} levels"):
        loads(text)


def test_many_objects_side_by_side_are_not_deep() -> None:
    answer = json.dumps({"numbers": [{"number": f"+1415555{i:04d}"} for i in range(5_000)]})
    assert len(loads(answer)["numbers"]) == 5_000
