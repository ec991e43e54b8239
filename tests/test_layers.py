"""The toolkit's folders are its layers, and imports only go down them (DESIGN.md).

Every import of a toolkit module, at the top of a file or inside a function, must name a module
of its own layer or of an earlier one: no layer reaches up, so there is no import circle between
them. The size limits keep each module one room: no hand-written module over 250 lines, no
class over 150.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "toolkit" / "sinch_voice_toolkit"
# Every hand-written package is held to the size limits.
HAND_WRITTEN = [PACKAGE, ROOT / "mock" / "sinch_voice_mock", ROOT / "signing" / "sinch_signing"]
NAME = "sinch_voice_toolkit"
# Earlier first; the top level ("") holds what every layer shares.
LAYERS = ["", "transport", "bulk", "facade", "callbacks", "receivers", "cli"]
GENERATED = {"_operations.py", "_commands.py", "_constants.py", "_webhooks.py"}
MAX_MODULE_LINES = 250
MAX_CLASS_LINES = 150


def layer_of(module: str) -> str:
    """The layer of a dotted module name under the package ("" for the top level)."""
    parts = module.split(".")[1:]  # without the package's own name
    return parts[0] if parts and parts[0] in LAYERS else ""


def module_name(path: Path) -> str:
    parts = [NAME, *path.relative_to(PACKAGE).with_suffix("").parts]
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imported(path: Path) -> list[tuple[int, str]]:
    """(line, module) for every toolkit module `path` imports, anywhere in it."""
    here = module_name(path).split(".")
    package = here if path.name == "__init__.py" else here[:-1]
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - node.level + 1]
                target = ".".join([*base, *([node.module] if node.module else [])])
                names = [target] if node.module else [f"{target}.{a.name}" for a in node.names]
            else:
                names = [node.module or ""]
            found += [(node.lineno, n) for n in names if n.startswith(NAME)]
        elif isinstance(node, ast.Import):
            found += [(node.lineno, a.name) for a in node.names if a.name.startswith(NAME)]
    return found


SOURCES = sorted(PACKAGE.rglob("*.py"))


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_imports_only_go_down_the_layers(path: Path) -> None:
    own = LAYERS.index(layer_of(module_name(path)))
    if path == PACKAGE / "__init__.py":
        return  # the package's public names come from every layer
    upward = [
        f"line {line}: {target}"
        for line, target in imported(path)
        if LAYERS.index(layer_of(target)) > own
    ]
    assert upward == [], f"{module_name(path)} ({LAYERS[own] or 'top level'}) imports later layers"


@pytest.mark.parametrize(
    "path",
    [
        p
        for package in HAND_WRITTEN
        for p in sorted(package.rglob("*.py"))
        if p.name not in GENERATED
    ],
    ids=lambda p: str(p.relative_to(ROOT)),
)
def test_modules_and_classes_stay_small(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert len(text.splitlines()) <= MAX_MODULE_LINES
    for node in ast.walk(ast.parse(text)):
        if isinstance(node, ast.ClassDef):
            assert node.end_lineno is not None
            assert node.end_lineno - node.lineno + 1 <= MAX_CLASS_LINES, node.name


def test_every_layer_is_a_folder_with_modules() -> None:
    for layer in LAYERS[1:]:
        assert len(list((PACKAGE / layer).glob("_*.py"))) >= 2, layer
