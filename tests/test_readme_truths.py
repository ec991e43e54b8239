"""What the README says about the package is what the package is: its dependencies, and the
names it tells users to import."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import sinch_voice_toolkit
from tests.doc_pages import pages, text

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
# How the README writes a distribution whose name is not written as it is spelt on PyPI.
SPELLED = {"pyyaml": "PyYAML", "starlette": "Starlette", "hypothesis": "Hypothesis"}


def _names(requirements: list[str]) -> list[str]:
    return [re.split(r"[<>=;\[ ]", requirement, maxsplit=1)[0] for requirement in requirements]


def test_every_dependency_and_mock_extra_is_named() -> None:
    sentence = README.split("Runtime dependencies:", 1)[1].split("(`py.typed`)", 1)[0]
    sentence = " ".join(sentence.split())
    for name in [
        *_names(PROJECT["dependencies"]),
        *_names(PROJECT["optional-dependencies"]["mock"]),
    ]:
        assert SPELLED.get(name, name) in sentence, name


def test_the_names_the_guide_imports_from_the_toolkit_exist() -> None:
    """In prose too: `from sinch_voice_toolkit import UNSET, Unset` is advice, not a block."""
    for page in pages():
        for names in re.findall(r"from sinch_voice_toolkit import ([A-Za-z_, ]+)", text(page)):
            for name in (n.strip() for n in names.split(",")):
                assert hasattr(sinch_voice_toolkit, name), (page, name)
