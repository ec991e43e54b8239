"""What a caller hears of a prompt, and for how long (virtual seconds).

A prompt is text to speech (`#tts[...]`), SSML (`#ssml[...]`, heard without its tags), a URL
(`#href[...]`) or a file ID; several are separated by `;` (Sinch's SVAML pages). Speech takes
0.4 s a word (150 words a minute), a file or URL 3 s: the mock's own figures, so that menus and
timeouts add up to times a person would recognise.
"""

from __future__ import annotations

import re

SECONDS_PER_WORD = 0.4
SECONDS_PER_FILE = 3.0
_PROMPT = re.compile(r"#(tts|ssml|href)\[(.*)\]\Z", re.DOTALL)
_TAG = re.compile(r"<[^>]*>")


def spoken(prompt: str) -> list[tuple[str, float]]:
    """Each part of `prompt` as heard (a file as `[file ID]`), with how long it takes."""
    heard: list[tuple[str, float]] = []
    for part in filter(None, (p.strip() for p in str(prompt).split(";"))):
        match = _PROMPT.match(part)
        if match is None or match.group(1) == "href":
            heard.append((f"[file {match.group(2) if match else part}]", SECONDS_PER_FILE))
            continue
        kind, text = match.groups()
        words = _TAG.sub("", text).strip() if kind == "ssml" else text
        heard.append((words, max(1, len(words.split())) * SECONDS_PER_WORD))
    return heard
