"""JSON values as RFC 8259 defines them: one rule for everything read from or sent to Sinch.

Python's `json` reads more than JSON: `NaN` and `Infinity`, and `"\\ud800"`, a lone surrogate
that no UTF-8 encoder will write back. A decoded dict can also hold what JSON has no word for
(a float infinity, a tuple, a key that is not a string). Events, SVAML answers and API answers
are read with these rules instead, so that such a value is refused where it comes in, with its
JSON path, never an exception from deep inside a validator or an encoder later:

- `loads(text)` decodes strictly: no `NaN`/`Infinity`, no lone surrogate, no nesting deeper
  than `MAX_DEPTH` (our own bound, the same on every Python: 3.11's decoder gives up near 1,000
  levels, 3.13's goes far deeper, and an answer nested 5,000 deep must be refused on both);
- `checked(value)` applies the same rules to a value already decoded (a dict a framework
  parsed, an answer built in code) and returns a copy made of plain JSON types.

JSON has one kind of number: `1.0` and `1` are the same value. Both functions read a number
whose value is integral as an `int`, so an `integer` field holds an `int` (`duration: 1.0`
becomes `1`) and is sent as one (`maxDigits: 1`, not `1.0`); other numbers stay floats.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Mapping
from typing import Any

# Sinch's events and SVAML nest five levels at most; an answer of the API, four.
MAX_DEPTH = 32

# A lone surrogate: an escape for one in JSON text (a valid escaped pair decodes to one
# character, so the precise check runs only when this matches), or a raw one in a str.
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")
_RAW_SURROGATE = re.compile(r"[\ud800-\udfff]")


class JsonValueError(ValueError):
    """A value that is not JSON: `where` is its JSON path (`/menus/0/id`), `detail` the fault."""

    def __init__(self, where: str, detail: str) -> None:
        self.where = where
        self.detail = detail
        super().__init__(f"{where or '/'}: {detail}")


def _refuse_constant(name: str) -> Any:
    raise JsonValueError("", f"{name} is not a JSON number")


def _number(literal: str) -> int | float:
    value = float(literal)
    if not math.isfinite(value):  # 1e400
        raise JsonValueError("", f"{literal[:40]} is too large for a JSON number")
    return int(value) if value.is_integer() else value


_decode = json.JSONDecoder(parse_constant=_refuse_constant, parse_float=_number).decode


def loads(text: str | bytes) -> Any:
    """Decode JSON text strictly (see the module). Bytes are read as `json.loads` reads them
    (UTF-8, with or without a byte-order mark, or UTF-16/32 as their first bytes show), except
    that an encoded surrogate is an error, not a lone surrogate.

    Raises:
        JsonValueError: The text is not JSON by these rules; `where` names the value when known.
    """
    raw_surrogates = False
    if isinstance(text, str):
        raw_surrogates = not text.isascii() and _RAW_SURROGATE.search(text) is not None
    else:  # bytes decoded strictly hold no surrogate: only an escape can make one
        raw = bytes(text)
        # An object or array in UTF-8 (no byte-order mark, no NUL after its first byte as
        # UTF-16 would have): the usual case, told in C; anything else as json.loads tells it.
        usual = raw[:1] in (b"{", b"[") and raw[1:2] != b"\x00"
        encoding = "utf-8" if usual else json.detect_encoding(raw)
        try:
            text = raw.decode(encoding)
        except UnicodeDecodeError:
            raise JsonValueError("", f"not {encoding.upper().removesuffix('-SIG')} text") from None
    try:
        value = _decode(text)
    except JsonValueError:
        raise
    except RecursionError:
        raise JsonValueError("", f"nested deeper than {MAX_DEPTH} levels") from None
    except ValueError as error:
        reason = error.msg if isinstance(error, json.JSONDecodeError) else str(error)
        raise JsonValueError("", f"not JSON ({reason[:80]})") from None
    # Cheap tests first (each runs in C): only text that may break a rule is walked, and the
    # nesting without a copy (an answer may hold thousands of objects side by side).
    deep = text.count("[") + text.count("{") > MAX_DEPTH and _nests_deeper(value, MAX_DEPTH)
    escaped = "\\u" in text and _SURROGATE_ESCAPE.search(text) is not None
    if deep or escaped or raw_surrogates:
        _checked(value, "", 0)  # raises with the path (it stops MAX_DEPTH levels down)
    return value


def _nests_deeper(value: Any, limit: int) -> bool:
    """Whether decoded JSON holds a container `limit` levels below the top (one at the top is
    at level 0, as in `_checked`); iterative, so no recursion limit plays a part."""
    pending: list[tuple[Any, int]] = [(value, 0)] if isinstance(value, dict | list) else []
    while pending:
        container, depth = pending.pop()
        if depth >= limit:
            return True
        items = container.values() if isinstance(container, dict) else container
        pending.extend((item, depth + 1) for item in items if isinstance(item, dict | list))
    return False


def checked(value: Any) -> Any:
    """`value` as plain JSON (dicts with string keys, lists, str, int, float, bool, None),
    copied; an integral float becomes an int, a tuple a list.

    Raises:
        JsonValueError: A value JSON cannot carry, at the JSON path `where`.
    """
    return _checked(value, "", 0)


def _checked(value: Any, where: str, depth: int) -> Any:
    # bool before int (a bool is an int), str first (the most common leaf).
    if isinstance(value, str):
        if not value.isascii() and _RAW_SURROGATE.search(value):
            raise JsonValueError(where, "not valid Unicode (a lone surrogate)")
        return value
    if value is None or isinstance(value, bool | int):
        return value
    if isinstance(value, float):
        if not math.isfinite(value):
            raise JsonValueError(where, f"{value} is not a JSON number")
        return int(value) if value.is_integer() else value
    if depth >= MAX_DEPTH:
        raise JsonValueError(where, f"nested deeper than {MAX_DEPTH} levels")
    if isinstance(value, Mapping):
        copy: dict[str, Any] = {}
        for key, item in value.items():
            if not isinstance(key, str):
                raise JsonValueError(where, f"a key that is not a string: {type(key).__name__}")
            here = f"{where}/{key}"
            if not key.isascii() and _RAW_SURROGATE.search(key):
                raise JsonValueError(here, "a key that is not valid Unicode (a lone surrogate)")
            copy[key] = _checked(item, here, depth + 1)
        return copy
    if isinstance(value, list | tuple):
        return [_checked(item, f"{where}/{index}", depth + 1) for index, item in enumerate(value)]
    raise JsonValueError(where, f"not a JSON value: {type(value).__name__}")
