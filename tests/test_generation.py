"""The generator is deterministic: two runs with different hash seeds write identical bytes.

`make check-generated` compares one fresh run with the committed generated/; this test makes
sure that comparison cannot flap.
"""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent  # the virtualenv: openapi-python-client and ruff live here


def generate(into: Path, seed: str) -> dict[str, bytes]:
    env = {**os.environ, "PYTHONHASHSEED": seed, "PATH": f"{BIN}{os.pathsep}{os.environ['PATH']}"}
    subprocess.run(
        [
            str(BIN / "openapi-python-client"),
            "generate",
            "--path", str(ROOT / "openapi.yaml"),
            "--config", str(ROOT / "openapi-generator.yaml"),
            "--meta", "none",
            "--overwrite",
            "--fail-on-warning",
            "--output-path", str(into),
        ],
        check=True,
        env=env,
        capture_output=True,
    )  # fmt: skip
    return {
        str(p.relative_to(into)): p.read_bytes() for p in sorted(into.rglob("*")) if p.is_file()
    }


def test_two_runs_write_identical_bytes(tmp_path: Path) -> None:
    first = generate(tmp_path / "a", "1")
    second = generate(tmp_path / "b", "2")
    assert len(first) > 10
    assert first == second
    committed = ROOT / "generated" / "sinch_voice"
    assert set(first) <= {str(p.relative_to(committed)) for p in committed.rglob("*.py")}


def test_long_help_texts_are_written_as_strings_ruff_can_wrap() -> None:
    """A parameter's description goes into the generated command table as Python source: a
    long one as short literals in parentheses, which join to the same text."""
    from tests.test_docs_spec_example import generator

    python_string = generator().python_string
    short = "the call's ID"
    assert python_string(short) == repr(short)
    text = "the ID of the call, as Sinch gave it (in the answer to a callout, or in an event) " * 3
    source = python_string(text)
    assert source.startswith("(") and source.count("'") + source.count('"') >= 6
    assert eval(source) == text  # noqa: S307 - our own generator's output, a string literal
    assert all(len(piece) <= 64 for piece in source[1:-1].split("' '"))
    odd = "a\tb\n" * 40  # white space textwrap would change: one literal, unchanged
    assert eval(python_string(odd)) == odd  # noqa: S307
