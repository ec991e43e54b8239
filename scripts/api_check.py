"""`make api-check`: would this change break code or clients that use the API?

Compares the working tree with a base git ref (default: the latest `v*` tag, else
`origin/main`, else `HEAD~1`) in two ways:

- the public Python API of `sinch_voice`, `sinch_signing` and `sinch_voice_toolkit`, with
  griffe's breaking-change check (removed or renamed objects, changed signatures, ...);
- the spec itself: removed operations, request fields removed or newly required, enum values
  removed, types narrowed, new required parameters; and for the webhooks, the same narrowing
  of the events a receiver accepts and of the SVAML answers it may send (an action or
  instruction no longer allowed).

Breaks are allowed only with a `changes/*.breaking.md` fragment added since the base, and a
version in pyproject.toml that is a breaking bump (major; minor while the major is 0) over the
last release (the newest `v*` tag, else the newest version in CHANGELOG.md; with nothing
released yet, no bump is needed). One bump covers every breaking change until the release.

Exit status: 0 when the change is additive or allowed, 1 when it breaks importers without
that, 2 on a usage problem (unknown ref, ...).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tomllib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import griffe
import yaml

from sinch_voice_toolkit._spec_tools import operation_parameters, resolve_ref

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = {  # import name -> the folder it lives in
    "sinch_voice": "generated",
    "sinch_signing": "signing",
    "sinch_voice_toolkit": "toolkit",
}
SPEC = "openapi.yaml"
HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")


GIT = shutil.which("git") or "git"


def git(*args: str) -> str:
    result = subprocess.run(  # noqa: S603 - git with our own arguments
        [GIT, *args], cwd=ROOT, capture_output=True, text=True, check=False
    )
    if result.returncode != 0:
        raise LookupError(result.stderr.strip() or f"git {' '.join(args)} failed")
    return result.stdout


def default_base() -> str:
    candidates: list[Callable[[], str]] = [
        lambda: git("describe", "--tags", "--abbrev=0", "--match", "v*").strip(),
        lambda: git("rev-parse", "--verify", "--quiet", "origin/main") and "origin/main",
        lambda: "HEAD~1",
    ]
    for candidate in candidates:
        try:
            ref = candidate()
        except LookupError:
            continue
        if ref:
            return ref
    return "HEAD~1"


# -- Python --------------------------------------------------------------------------------------


def python_breaks(base: str) -> Iterator[str]:
    for package, folder in PACKAGES.items():
        try:
            old = griffe.load_git(package, ref=base, repo=ROOT, search_paths=[folder])
        except (griffe.GitError, ModuleNotFoundError, ImportError):
            continue  # the package did not exist at the base: nothing of it can break
        new = griffe.load(package, search_paths=[str(ROOT / folder)], try_relative_path=False)
        for breakage in griffe.find_breaking_changes(old, new):
            yield f"python {breakage.obj.path}: {breakage.kind.value}{_values(breakage)}"
        yield from _exported_class_breaks(old, new)


def _exported_class_breaks(old: Any, new: Any) -> Iterator[str]:
    """What griffe's check skips: a package re-exports its classes from private modules
    (`VoiceClient` from `facade._client`), and their public members, inherited ones included
    (the generated operations), are what importers call."""
    for name, member in old.members.items():
        if name.startswith("_") or name not in new.members:
            continue
        counterpart = new.members[name]
        if not member.is_alias:
            if member.is_module and not counterpart.is_alias and counterpart.is_module:
                yield from _exported_class_breaks(member, counterpart)  # a public submodule
            continue
        try:
            before, after = member.final_target, counterpart.final_target
        except griffe.AliasResolutionError:
            continue
        if not (before.is_class and after.is_class):
            continue
        kept = set(after.all_members)
        for attribute in sorted(before.all_members):
            if not attribute.startswith("_") and attribute not in kept:
                yield f"python {old.path}.{name}.{attribute}: public member removed"


def _values(breakage: griffe.Breakage) -> str:
    old, new = breakage.old_value, breakage.new_value
    if old is None and new is None:
        return ""
    return f" ({_short(old)} -> {_short(new)})"


def _short(value: Any) -> str:
    text = getattr(value, "name", None) or str(value)
    return text if len(text) <= 60 else text[:59] + "…"


# -- the spec ------------------------------------------------------------------------------------


def spec_breaks(old: dict[str, Any], new: dict[str, Any]) -> Iterator[str]:
    old_ops, new_ops = _operations(old), _operations(new)
    for key, operation in old_ops.items():
        if key not in new_ops:
            yield f"spec operation {operation.get('operationId')} ({key}) removed"
            continue
        current = new_ops[key]
        if current.get("operationId") != operation.get("operationId"):
            yield (
                f"spec operation {key}: operationId {operation.get('operationId')} renamed"
                f" to {current.get('operationId')}"
            )
        yield from _parameter_breaks(old, new, key, operation, current)
        yield from _schema_breaks(
            old, new, _request_schema(old, operation), _request_schema(new, current), f"{key} body"
        )
        for status, schema in _answer_schemas(old, operation).items():
            after = _answer_schemas(new, current).get(status)
            yield from _answer_breaks(old, new, schema, after, f"{key} {status} answer")
    yield from webhook_breaks(old, new)


def _answer_schemas(spec: dict[str, Any], operation: dict[str, Any]) -> dict[str, Any]:
    """Each documented 2xx status and its JSON body schema (None: no body)."""
    found: dict[str, Any] = {}
    for status, response in operation.get("responses", {}).items():
        if str(status).startswith("2"):
            media = resolve_ref(spec, response).get("content", {}).get("application/json")
            found[str(status)] = media.get("schema") if media else None
    return found


def _answer_breaks(
    old_spec: dict[str, Any], new_spec: dict[str, Any], old: Any, new: Any, where: str
) -> Iterator[str]:
    """What a client that reads answers valid against `old` may miss or not understand in
    answers valid against `new` (the direction of answers is the reverse of requests')."""
    if old is None:
        return
    if new is None:
        yield f"spec {where}: the body is gone"
        return
    old, new = resolve_ref(old_spec, old), resolve_ref(new_spec, new)
    old_types, new_types = _types(old), _types(new)
    if old_types and new_types and not new_types <= old_types:
        yield f"spec {where}: type widened ({sorted(old_types)} -> {sorted(new_types)})"
    for name in sorted(set(old.get("required", [])) - set(new.get("required", []))):
        yield f"spec {where}: field {name} is no longer always sent"
    old_props, new_props = old.get("properties", {}), new.get("properties", {})
    for name, schema in old_props.items():
        if name not in new_props:
            yield f"spec {where}: field {name} removed (or renamed)"
            continue
        yield from _answer_breaks(old_spec, new_spec, schema, new_props[name], f"{where}.{name}")
    if "items" in old and "items" in new:
        yield from _answer_breaks(old_spec, new_spec, old["items"], new["items"], f"{where}[]")


def webhook_breaks(old: dict[str, Any], new: dict[str, Any]) -> Iterator[str]:
    """Events a receiver accepted that it would refuse, and answers it may no longer send."""
    new_hooks = new.get("webhooks", {})
    for name, item in old.get("webhooks", {}).items():
        if name not in new_hooks:
            yield f"spec webhook {name} removed"
            continue
        before, after = item.get("post", {}), new_hooks[name].get("post", {})
        where = f"webhook {name}"
        yield from _schema_breaks(
            old, new, _request_schema(old, before), _request_schema(new, after), f"{where} event"
        )
        yield from _schema_breaks(
            old, new, _answer_schema(old, before), _answer_schema(new, after), f"{where} answer"
        )


def _answer_schema(spec: dict[str, Any], operation: dict[str, Any]) -> Any:
    response = resolve_ref(spec, operation.get("responses", {}).get("200", {}))
    return response.get("content", {}).get("application/json", {}).get("schema")


def _operations(spec: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Each operation by "METHOD /path", its parameters resolved (its path's shared ones too)."""
    return {
        f"{method.upper()} {path}": {
            **operation,
            "parameters": operation_parameters(spec, item, operation),
        }
        for path, item in spec.get("paths", {}).items()
        for method, operation in item.items()
        if method in HTTP_METHODS
    }


def _parameter_breaks(
    old_spec: dict[str, Any], new_spec: dict[str, Any], key: str, old: Any, new: Any
) -> Iterator[str]:
    def by_name(operation: dict[str, Any]) -> dict[str, Any]:
        return {f"{p['in']}:{p['name']}": p for p in operation["parameters"]}

    before, after = by_name(old), by_name(new)
    for name, parameter in sorted(after.items()):
        if parameter.get("required") and not before.get(name, {}).get("required"):
            yield f"spec {key}: new required parameter {name}"
        elif name in before:  # a value it took before must still be taken
            old_schema, new_schema = before[name].get("schema"), parameter.get("schema")
            yield from _schema_breaks(old_spec, new_spec, old_schema, new_schema, f"{key} {name}")


def _request_schema(spec: dict[str, Any], operation: dict[str, Any]) -> Any:
    body = operation.get("requestBody")
    if body is None:
        return None
    content = resolve_ref(spec, body).get("content", {})
    return content.get("application/json", {}).get("schema")


def _schema_breaks(
    old_spec: dict[str, Any], new_spec: dict[str, Any], old: Any, new: Any, where: str
) -> Iterator[str]:
    """What a request valid against `old` may send that `new` refuses."""
    if old is None or new is None:
        if old is None and new is not None:
            yield f"spec {where}: a body is now expected"
        return
    old, new = resolve_ref(old_spec, old), resolve_ref(new_spec, new)
    old_types, new_types = _types(old), _types(new)
    if old_types and new_types and not old_types <= new_types:
        yield f"spec {where}: type narrowed ({sorted(old_types)} -> {sorted(new_types)})"
    if "enum" in old and "enum" in new and not set(old["enum"]) <= set(new["enum"]):
        removed = sorted(set(old["enum"]) - set(new["enum"]), key=str)
        yield f"spec {where}: enum values removed {removed}"
    newly_required = set(new.get("required", [])) - set(old.get("required", []))
    for name in sorted(newly_required):
        yield f"spec {where}: field {name} is now required"
    old_props, new_props = old.get("properties", {}), new.get("properties", {})
    closed = new.get("additionalProperties") is False
    for name, schema in old_props.items():
        if name not in new_props:
            if closed:
                yield f"spec {where}: field {name} removed"
            continue
        yield from _schema_breaks(old_spec, new_spec, schema, new_props[name], f"{where}.{name}")
    if "items" in old and "items" in new:
        yield from _schema_breaks(old_spec, new_spec, old["items"], new["items"], f"{where}[]")
    # A discriminated union (an SVAML answer's actions and instructions): each variant it
    # allowed must stay allowed, and stay as permissive.
    old_variants = old.get("discriminator", {}).get("mapping", {})
    new_variants = new.get("discriminator", {}).get("mapping", {})
    for name, target in old_variants.items():
        if name not in new_variants:
            yield f"spec {where}: {name} is no longer allowed"
            continue
        yield from _schema_breaks(
            old_spec, new_spec, {"$ref": target}, {"$ref": new_variants[name]}, f"{where}<{name}>"
        )
    for bound, narrower in (
        ("maxItems", min), ("maxLength", min), ("minItems", max), ("minLength", max)
    ):  # fmt: skip
        if bound in new and (bound not in old or narrower(old[bound], new[bound]) != old[bound]):
            yield f"spec {where}: {bound} {old.get(bound)} -> {new[bound]}"
    if old.get("pattern") != new.get("pattern") and "pattern" in new:
        yield f"spec {where}: pattern changed ({old.get('pattern')} -> {new['pattern']})"


def _types(schema: dict[str, Any]) -> set[str]:
    kind = schema.get("type")
    return set(kind) if isinstance(kind, list) else {kind} if kind else set()


# -- the version rule ----------------------------------------------------------------------------


def version_at(ref: str | None) -> str:
    text = git("show", f"{ref}:pyproject.toml") if ref else (ROOT / "pyproject.toml").read_text()
    return str(tomllib.loads(text)["project"]["version"])


def is_breaking_bump(old: str, new: str) -> bool:
    """A major bump, or a minor one while the major version is 0 (semver's 0.x rule)."""
    old_parts = [int(p) for p in old.split(".")[:2]]
    new_parts = [int(p) for p in new.split(".")[:2]]
    if old_parts[0] == 0 and new_parts[0] == 0:
        return new_parts[1] > old_parts[1]
    return new_parts[0] > old_parts[0]


def last_release() -> tuple[str, str] | None:
    """The version last released and where that is read: the newest `v*` tag, else the newest
    `## X.Y.Z` heading of CHANGELOG.md; None when nothing was released yet."""
    try:
        tag = git("describe", "--tags", "--abbrev=0", "--match", "v*").strip()
    except LookupError:
        tag = ""
    if tag:
        return tag.removeprefix("v"), f"tag {tag}"
    changelog = ROOT / "CHANGELOG.md"
    if changelog.exists():
        for line in changelog.read_text().splitlines():
            if line.startswith("## ") and line[3:4].isdigit():
                return line[3:].split()[0], "CHANGELOG.md"
    return None


def breaking_fragments_since(base: str) -> list[str]:
    """The `changes/*.breaking.md` fragments added since `base` (committed or not)."""
    added = git("diff", "--name-only", "--diff-filter=A", base, "--", "changes/").split()
    untracked = git("ls-files", "--others", "--exclude-standard", "--", "changes/").split()
    return sorted(p for p in {*added, *untracked} if p.endswith(".breaking.md"))


def main(argv: list[str]) -> int:
    base = argv[0] if argv and argv[0] else default_base()
    try:
        git("rev-parse", "--verify", "--quiet", f"{base}^{{commit}}")
        old_spec = yaml.safe_load(git("show", f"{base}:{SPEC}"))
    except LookupError as error:
        print(f"api-check: cannot read {SPEC} at {base!r}: {error}", file=sys.stderr)
        return 2
    new_spec = yaml.safe_load((ROOT / SPEC).read_text())
    breaks = [*python_breaks(base), *spec_breaks(old_spec, new_spec)]
    print(f"api-check against {base}: {len(breaks)} breaking change(s)")
    for line in breaks:
        print(f"  BREAKING {line}")
    if not breaks:
        return 0
    # What a breaking change needs: its own fragment, and a version that is a breaking bump
    # over the last release (one bump covers every breaking change until that release).
    current, released = version_at(None), last_release()
    remedies = []
    fragments = breaking_fragments_since(base)
    if not fragments:
        remedies.append(
            f"add changes/<name>.breaking.md describing this change (none was added since {base};"
            " an older change's fragment does not count)"
        )
    if released is not None and not is_breaking_bump(released[0], current):
        kind = "minor" if released[0].startswith("0.") else "major"
        remedies.append(
            f"bump the version in pyproject.toml to a new {kind} version: it is {current}, and"
            f" the last release ({released[1]}) is {released[0]}"
        )
    if not remedies:
        since = f"the last release {released[0]}" if released else "nothing released yet"
        print(f"allowed: version {current} ({since}), with {', '.join(fragments)}")
        return 0
    print("api-check failed: these break importers. Keep the old names (or add, don't change),"
          " or make it a breaking release:", file=sys.stderr)  # fmt: skip
    for remedy in remedies:
        print(f"  - {remedy}", file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
