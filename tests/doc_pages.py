"""The README and the guide's task pages (docs/), as the tests that keep them true read them."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GUIDE = ROOT / "docs"
BLOCK = re.compile(r"^```(\w+)\n(.*?)^```", re.DOTALL | re.MULTILINE)


def text(page: str) -> str:
    """A page by its path in the repository: `README.md`, `docs/placing-calls.md`."""
    return (ROOT / page).read_text(encoding="utf-8")


def pages() -> list[str]:
    """The README, then every page of docs/."""
    return ["README.md", *(f"docs/{p.name}" for p in sorted(GUIDE.glob("*.md")))]


def blocks(markdown: str, language: str = "python") -> list[str]:
    """The fenced code blocks of `language`, in order."""
    return [code for lang, code in BLOCK.findall(markdown) if lang == language]


def section(markdown: str, heading: str) -> str:
    """The part of `markdown` under `## heading`, up to the next heading of that level."""
    assert f"\n## {heading}\n" in markdown, f"no section {heading!r}"
    return markdown.split(f"\n## {heading}\n", 1)[1].split("\n## ", 1)[0]
