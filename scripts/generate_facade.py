"""Render the facade's per-operation methods from openapi.yaml (`make generate` runs it).

Writes `toolkit/sinch_voice_toolkit/facade/_operations.py`: the facade's resource groups
(`x-facade-groups`: `voice.applications`, `voice.calls`, ...), each a sync and an async class
with one method per operation of the group, from one template (`scripts/facade.py.jinja`) whose
only difference between the two is `async`/`await`; and `SyncOperations`/`AsyncOperations`,
which `VoiceClient` and `AsyncVoiceClient` subclass, with one property per group. A group whose
operations include hand-written ones (`x-facade: {hand-written: REASON}`) subclasses the
hand-written `<Group>ByHand`/`Async<Group>ByHand` of `facade/_<group>.py`.

An operation's facade method is derived from the spec and curated by its `x-facade` object
(CURATION.md, "The facade's shape", lists the keys):

- its group is the one its first tag names (`x-facade-group`), else the tag's own name;
- the name is the snake_case operationId, or `name`;
- path parameters are positional arguments, in order; `arguments` renames any argument;
- the request body is one `body` argument of its model, or, with `flatten-body: true`, one
  argument per property (those in `positional` positional, the rest keyword-only and optional);
- the method returns None when the operation documents a 204, else the 200 answer's model, or
  with `unwrap: [PROPERTY, ...]` the first of those properties the answer has (a list property
  that is absent is an empty list).

It also writes the CLI's command table (`_commands.py`, plain data, so `sinch-voice --help`
loads no client): per operation, the command's words (`x-cli: {words: [...]}`, default
`[tag, kebab-case operationId]`), its help (`x-cli: {help: ...}`, default the summary), and
either `x-cli: {hand-written: REASON}` or the facade method and arguments a generic command
calls with.

And the spec's named constants (`x-constants`: JSON pointers into the spec) as `_constants.py`.

Usage: python scripts/generate_facade.py openapi.yaml OPERATIONS.py COMMANDS.py CONSTANTS.py
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import jinja2
import yaml
from openapi_python_client.strings import kebab_case, snake_case

from sinch_voice_toolkit._spec_tools import constants as spec_constants, first_sentence, resolve_ref

HERE = Path(__file__).resolve().parent
TEMPLATE = "facade.py.jinja"
COMMANDS_TEMPLATE = "commands.py.jinja"
CONSTANTS_TEMPLATE = "constants.py.jinja"
HTTP_METHODS = ("get", "put", "post", "delete", "patch")
SCALARS = {"string": "str", "integer": "int", "number": "float", "boolean": "bool"}


@dataclass
class Argument:
    """One argument of a facade method."""

    name: str  # as the caller writes it
    source: str  # the parameter or property name in the spec
    python_name: str  # the generated client's name for it
    type: str
    required: bool
    positional: bool
    sequence: bool = False  # a list of strings: a single str is refused
    choices: tuple[str, ...] = ()  # the enum's values, for the CLI
    description: str = ""  # the spec's words for it, for the CLI's help
    fixed: str | None = None  # a preset's value for it (a Python expression): not an argument

    @property
    def annotation(self) -> str:
        return self.type if self.required else f"{self.type} | None = None"

    @property
    def value(self) -> str:
        """The expression that passes it on to the generated client."""
        if self.fixed is not None:
            return self.fixed
        value = f"list({self.name})" if self.sequence else self.name
        return value if self.required else f"UNSET if {self.name} is None else {value}"


@dataclass
class Method:
    """One facade method: what it takes, what it calls, what it returns."""

    name: str
    group: str  # the facade group it belongs to
    operation_id: str
    module: str  # sinch_voice.api.<tag>.<module>
    doc: str
    path_arguments: list[Argument]
    body_model: str | None
    body_arguments: list[Argument]  # flattened body properties, or one `body` argument
    flatten: bool
    returns: str  # the annotation
    answer_model: str | None  # the 200 model, when there is an answer
    unwrap: list[str]  # python attribute names
    unwrap_list: bool
    models: set[str] = field(default_factory=set)  # names to import from sinch_voice.models
    preset_models: list[str] = field(default_factory=list)  # models a preset's values build
    preset_of: str | None = None  # the method a preset fixes some arguments of

    @property
    def arguments(self) -> list[Argument]:
        """What the caller gives (a preset's fixed values are not arguments)."""
        return [a for a in [*self.path_arguments, *self.body_arguments] if a.fixed is None]

    @property
    def runtime_models(self) -> list[str]:
        """The models the method's body names when it runs."""
        names = [self.body_model if self.flatten else None, self.answer_model, *self.preset_models]
        return list(dict.fromkeys(name for name in names if name))

    @property
    def path(self) -> str:
        """Where it is on a client: `applications.get_numbers`."""
        return f"{self.group}.{self.name}"

    @property
    def positional(self) -> list[Argument]:
        return [a for a in self.arguments if a.positional]

    @property
    def keyword_only(self) -> list[Argument]:
        return [a for a in self.arguments if not a.positional]

    @property
    def tag_module(self) -> str:
        return self.module.split(".")[0]

    @property
    def function(self) -> str:
        return self.module.split(".")[1]

    @property
    def call_arguments(self) -> str:
        """The generated function's arguments: path parameters, client, body."""
        parts = [a.name for a in self.path_arguments]
        parts.append("client=self.client")
        if self.body_model is not None:
            parts.append("body=body")
        return ", ".join(parts)


class Spec:
    """The parts of the spec the facade needs, with `$ref`s followed."""

    def __init__(self, document: dict[str, Any]) -> None:
        self.document = document

    def resolve(self, node: dict[str, Any]) -> dict[str, Any]:
        resolved: dict[str, Any] = resolve_ref(self.document, node)
        return resolved

    def choices(self, schema: dict[str, Any]) -> tuple[str, ...]:
        """An enum's values (for the CLI), else ()."""
        return tuple(str(v) for v in self.resolve(schema).get("enum", ()))

    def type_of(self, schema: dict[str, Any], models: set[str]) -> str:
        """The Python annotation the generated client uses for a schema."""
        if "$ref" in schema:
            name = schema["$ref"].rsplit("/", 1)[1]
            target = self.resolve(schema)
            if target.get("type") == "object" or "enum" in target:
                models.add(name)
                return str(name)
            return self.type_of(target, models)
        if schema.get("type") == "array":
            return f"list[{self.type_of(schema.get('items', {}), models)}]"
        for union in ("anyOf", "oneOf"):
            if union in schema:
                return " | ".join(self.type_of(s, models) for s in schema[union])
        return SCALARS.get(str(schema.get("type")), "Any")

    def model_for(self, schema: dict[str, Any], value: dict[str, Any]) -> str:
        """The model a preset's object value is built as: the schema's own, or the variant
        its discriminator names."""
        if "$ref" in schema and self.resolve(schema).get("type") == "object":
            return str(schema["$ref"].rsplit("/", 1)[1])
        discriminator = self.resolve(schema).get("discriminator", {})
        variant = discriminator.get("mapping", {}).get(value.get(discriminator.get("propertyName")))
        if variant is None:
            raise SystemExit(f"x-facade presets: no model for {value!r}")
        return str(variant.rsplit("/", 1)[1])

    def group_of(self, operation: dict[str, Any]) -> str:
        """The facade group of an operation: its first tag's `x-facade-group`, else the tag."""
        tag = operation["tags"][0]
        for declared in self.document.get("tags", []):
            if declared["name"] == tag:
                return str(declared.get("x-facade-group", tag))
        return str(tag)

    def operations(self) -> list[tuple[str, str, dict[str, Any], list[dict[str, Any]]]]:
        found = []
        for path, item in self.document["paths"].items():
            shared = item.get("parameters", [])
            for method in HTTP_METHODS:
                if method in item:
                    found.append((path, method, item[method], shared))
        return found


@dataclass
class Group:
    """One resource group of the facade (`voice.applications`): its generated methods and the
    names of its hand-written ones, with their reasons."""

    name: str
    doc: str
    methods: list[Method] = field(default_factory=list)
    hand_written: dict[str, str] = field(default_factory=dict)  # "name, name": the reason
    hand_written_methods: list[str] = field(default_factory=list)

    @property
    def class_name(self) -> str:
        return self.name.title().replace("_", "")

    @property
    def raw_names(self) -> list[str]:
        """The methods that make one request (`with_raw_response`)."""
        return [m.name for m in self.methods] + self.hand_written_methods


def build(spec: Spec) -> list[Group]:
    """The facade's groups, in the spec's order, with every operation's method."""
    groups = {
        name: Group(name, " ".join(str(doc).split()))
        for name, doc in spec.document.get("x-facade-groups", {}).items()
    }
    for _path, _verb, operation, shared in spec.operations():
        curation = operation.get("x-facade", {})
        name = curation.get("name") or snake_case(operation["operationId"])
        group = groups.get(spec.group_of(operation))
        if group is None:
            raise SystemExit(
                f"{operation['operationId']}: its group {spec.group_of(operation)!r} is not"
                " one of x-facade-groups"
            )
        if name in group.raw_names:
            raise SystemExit(f"{operation['operationId']}: {group.name}.{name} is taken")
        if "hand-written" in curation:
            # `methods`: the names of the hand-written methods, when they are not one `name`
            names = curation.get("methods") or [name]
            group.hand_written[", ".join(names)] = " ".join(curation["hand-written"].split())
            group.hand_written_methods.extend(names)
            continue
        method = _method(spec, operation, shared, curation, name, group.name)
        group.methods.append(method)
        for preset, details in curation.get("presets", {}).items():
            if preset in group.raw_names:
                raise SystemExit(f"{operation['operationId']}: {group.name}.{preset} is taken")
            group.methods.append(_preset(spec, operation, method, preset, details))
    return [group for group in groups.values() if group.methods or group.hand_written]


def _preset(
    spec: Spec, operation: dict[str, Any], method: Method, name: str, details: dict[str, Any]
) -> Method:
    """A method that is `method` with some body properties fixed (`x-facade: presets`); a
    property fixed to null is left out of the body."""
    values: dict[str, Any] = details["set"]
    schema = spec.resolve(operation["requestBody"])["content"]["application/json"]["schema"]
    properties = spec.resolve(schema).get("properties", {})
    models: list[str] = []
    arguments = []
    for argument in method.body_arguments:
        if argument.source not in values:
            arguments.append(argument)
            continue
        value = values[argument.source]
        if value is None:
            fixed = "UNSET"
        elif isinstance(value, dict):
            model = spec.model_for(properties[argument.source], value)
            models.append(model)
            fixed = f"{model}.from_dict({value!r})"
        else:
            fixed = repr(value)
        arguments.append(replace(argument, fixed=fixed))
    unknown = set(values) - {a.source for a in method.body_arguments}
    if unknown:
        raise SystemExit(f"{operation['operationId']}: presets.{name} sets {sorted(unknown)}")
    return replace(
        method,
        name=name,
        doc=" ".join(str(details["doc"]).split()),
        body_arguments=arguments,
        preset_models=models,
        preset_of=method.name,
    )


def _method(
    spec: Spec,
    operation: dict[str, Any],
    shared: list[dict[str, Any]],
    curation: dict[str, Any],
    name: str,
    group: str,
) -> Method:
    models: set[str] = set()
    renamed: dict[str, str] = curation.get("arguments", {})
    parameters = [spec.resolve(p) for p in [*shared, *operation.get("parameters", [])]]
    path_arguments = [
        Argument(
            name=renamed.get(p["name"], snake_case(p["name"])),
            source=p["name"],
            python_name=snake_case(p["name"]),
            type=spec.type_of(p["schema"], models),
            required=True,
            positional=True,
            description=first_sentence(
                p.get("description") or spec.resolve(p["schema"]).get("description")
            ),
        )
        for p in parameters
        if p["in"] == "path"
    ]
    body_model, body_arguments, flatten = None, [], bool(curation.get("flatten-body"))
    request = operation.get("requestBody")
    if request is not None:
        schema = spec.resolve(request)["content"]["application/json"]["schema"]
        body_model = schema["$ref"].rsplit("/", 1)[1]
        models.add(body_model)
        if flatten:
            body_arguments = _flattened(spec, spec.resolve(schema), curation, renamed, models)
        else:
            body_arguments = [Argument("body", "body", "body", body_model, True, True)]
    returns, answer_model, unwrap, unwrap_list = _answer(spec, operation, curation, models)
    description = operation.get("summary", operation["operationId"])
    return Method(
        name=name,
        group=group,
        operation_id=operation["operationId"],
        module=f"{snake_case(operation['tags'][0])}.{snake_case(operation['operationId'])}",
        doc=" ".join(str(curation.get("doc") or description + ".").split()),
        path_arguments=path_arguments,
        body_model=body_model,
        body_arguments=body_arguments,
        flatten=flatten,
        returns=returns,
        answer_model=answer_model,
        unwrap=unwrap,
        unwrap_list=unwrap_list,
        models=models,
    )


def _flattened(
    spec: Spec,
    schema: dict[str, Any],
    curation: dict[str, Any],
    renamed: dict[str, str],
    models: set[str],
) -> list[Argument]:
    required = set(schema.get("required", []))
    positional = curation.get("positional", [])
    arguments = []
    for prop, prop_schema in schema.get("properties", {}).items():
        type_ = spec.type_of(prop_schema, models)
        sequence = type_ == "list[str]"
        arguments.append(
            Argument(
                name=renamed.get(prop, snake_case(prop)),
                source=prop,
                python_name=snake_case(prop),
                type="Sequence[str]" if sequence else type_,
                required=prop in required,
                positional=prop in positional,
                sequence=sequence,
                choices=spec.choices(prop_schema),
                description=first_sentence(
                    prop_schema.get("description") or spec.resolve(prop_schema).get("description")
                ),
            )
        )
    # Positional ones first, in the order `positional` names them.
    return sorted(arguments, key=lambda a: positional.index(a.source) if a.positional else 99)


def _answer(
    spec: Spec, operation: dict[str, Any], curation: dict[str, Any], models: set[str]
) -> tuple[str, str | None, list[str], bool]:
    """(annotation, answer model, unwrapped attributes, whether they are a list)."""
    responses = {str(k): spec.resolve(v) for k, v in operation["responses"].items()}
    if "204" in responses or "200" not in responses:
        return "None", None, [], False
    schema = responses["200"]["content"]["application/json"]["schema"]
    model = schema["$ref"].rsplit("/", 1)[1]
    models.add(model)
    unwrap = curation.get("unwrap", [])
    if not unwrap:
        return model, model, [], False
    properties = spec.resolve(schema).get("properties", {})
    types = {spec.type_of(properties[p], models) for p in unwrap}
    if len(types) != 1:
        raise SystemExit(f"{operation['operationId']}: x-facade unwrap names different types")
    (type_,) = types
    return type_, model, [snake_case(p) for p in unwrap], type_.startswith("list[")


@dataclass
class Command:
    """One CLI command: its words, help, and what it runs."""

    operation_id: str
    words: list[str]
    help: str
    hand_written: str | None
    method: Method | None  # None for a hand-written command


def commands(spec: Spec, methods: list[Method]) -> list[Command]:
    by_operation = {m.operation_id: m for m in methods if m.preset_of is None}
    presets = [m for m in methods if m.preset_of is not None]
    found = []
    for _path, _verb, operation, _shared in spec.operations():
        operation_id = operation["operationId"]
        curation = operation.get("x-cli", {})
        method = by_operation.get(operation_id)
        if method is None and "hand-written" not in curation:
            raise SystemExit(
                f"{operation_id}: its facade method is hand-written, so its command must be"
                " too (x-cli: {hand-written: REASON})"
            )
        found.append(
            Command(
                operation_id=operation_id,
                words=curation.get("words") or [operation["tags"][0], kebab_case(operation_id)],
                help=curation.get("help") or operation.get("summary", operation_id).lower(),
                hand_written=curation.get("hand-written"),
                method=None if "hand-written" in curation else method,
            )
        )
        if "hand-written" not in curation:  # each preset is a command beside the operation's
            *group, _ = found[-1].words
            found.extend(
                Command(operation_id, [*group, kebab_case(p.name)], first_sentence(p.doc), None, p)
                for p in presets
                if p.operation_id == operation_id
            )
    return found


def constants(spec: Spec) -> dict[str, Any]:
    """`x-constants`, each pointer resolved; a pattern loses its ^ and $ anchors (Python uses
    it with fullmatch, where `$` would also accept a trailing newline)."""
    return spec_constants(spec.document)


def render(spec_file: Path) -> tuple[str, str, str]:
    """The facade module, the command table and the constants."""
    spec = Spec(yaml.safe_load(spec_file.read_text(encoding="utf-8")))
    groups = build(spec)
    methods = [method for group in groups for method in group.methods]
    environment = templates()
    models = sorted(set().union(*(m.models for m in methods)))
    facade = environment.get_template(TEMPLATE).render(groups=groups, models=models)
    # The CLI's groups: the tags of `paths` operations (the webhooks' tag names no command).
    used = {operation["tags"][0] for _path, _method, operation, _shared in spec.operations()}
    tags = {
        t["name"]: t.get("description", "")
        for t in spec.document.get("tags", [])
        if t["name"] in used
    }
    table = environment.get_template(COMMANDS_TEMPLATE).render(
        commands=commands(spec, methods), tags=tags
    )
    named = {name: repr(value) for name, value in constants(spec).items()}
    return facade, table, environment.get_template(CONSTANTS_TEMPLATE).render(constants=named)


def templates() -> jinja2.Environment:
    """The templates beside this script, rendering Python source (shared with
    generate_webhooks.py)."""
    environment = jinja2.Environment(  # noqa: S701 - it renders Python source, not HTML
        loader=jinja2.FileSystemLoader(HERE),
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
    )
    environment.filters["python_string"] = python_string
    return environment


def python_string(text: str, width: int = 64) -> str:
    """`text` as a Python string literal; a long one as literals in parentheses, each short
    enough for ruff's line length once formatted (ruff can move a string, never split it)."""
    if len(repr(text)) <= width:
        return repr(text)
    pieces = textwrap.wrap(
        text, width - 4, replace_whitespace=False, drop_whitespace=False, break_on_hyphens=False
    )
    if "".join(pieces) != text:  # white space textwrap would not keep as it is
        return repr(text)
    return "(" + " ".join(repr(piece) for piece in pieces) + ")"


def main(argv: list[str]) -> int:
    spec_file, outputs = Path(argv[1]), [Path(argv[2]), Path(argv[3]), Path(argv[4])]
    for output, text in zip(outputs, render(spec_file), strict=True):
        output.write_text(text, encoding="utf-8")
    format_generated(outputs)
    return 0


def format_generated(paths: list[Path]) -> None:
    """The same formatting the generated client gets, so the output is byte-stable."""
    options = ["--isolated", "--no-cache", "--quiet", "--line-length=100", *map(str, paths)]
    for command in (["check", "--fix-only", "--extend-select=I,F401"], ["format"]):
        subprocess.run(  # noqa: S603 - ruff from the virtualenv, on our own files
            [sys.executable, "-m", "ruff", *command, *options], check=True
        )


if __name__ == "__main__":
    sys.exit(main(sys.argv))
