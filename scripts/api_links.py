"""Link each name of the Python API written in backticks in the guide to its pdoc entry.

    index = ApiIndex.from_site(Path("build/docs/python"))
    markdown = index.linked(markdown, prefix="../")

The index is read from the pages pdoc wrote (their anchors are the names it documents), so a
link exists only where the reference has the entry. `VoiceClient`, `CallbackReceiver.handle`,
`sinch_signing.verify_callback`, `sinch_voice_toolkit.receivers.flask`, `voice.calls.hangup`
and `applications.get_numbers()` all resolve; code blocks and code already in a link do not
change.
"""

from __future__ import annotations

import importlib
import re
from pathlib import Path
from types import ModuleType

# pdoc's pages, in the order a bare name is looked up: the first group that documents it wins.
# Within a group, a name given to two different objects (`callback_view` of Flask and of
# Django) is ambiguous and not linked: written in full, it is.
PAGE_GROUPS = [
    ["sinch_voice_toolkit"],
    ["sinch_voice_toolkit.receivers"],
    [
        "sinch_voice_toolkit.receivers.starlette",
        "sinch_voice_toolkit.receivers.flask",
        "sinch_voice_toolkit.receivers.django",
    ],
    ["sinch_voice_toolkit.callbacks"],
    ["sinch_voice_toolkit.facade"],
    ["sinch_signing"],
    ["sinch_voice_mock"],
    ["sinch_voice"],
]
# `voice.calls.hangup`: the client's resource groups, documented as classes of the facade.
GROUPS = {"applications", "callouts", "calls", "conferences"}
ANCHOR = re.compile(r'id="([A-Za-z_][\w.]*)"')
# A markdown link (left as it is) or a code span: links are matched whole, so the backticks of
# a code span inside one never pair with another span's.
LINK_OR_CODE = re.compile(r"\[[^\]]*\]\([^)]*\)|`([^`]+)`")
DOTTED = re.compile(r"[A-Za-z_][\w.]*")
FENCED = re.compile(r"(^[ \t]*```.*?^[ \t]*```[ \t]*$)", re.MULTILINE | re.DOTALL)


class ApiIndex:
    """Dotted names (`VoiceClient.calls`, `sinch_signing.verify_callback`) to reference URLs,
    relative to the site's root."""

    def __init__(self, targets: dict[str, str]) -> None:
        self.targets = targets

    @classmethod
    def from_site(cls, python: Path) -> ApiIndex:
        targets: dict[str, str] = {}
        bare: dict[str, str] = {}
        for group in PAGE_GROUPS:
            found: dict[str, tuple[str, object]] = {}  # a bare name: its URL, the object named
            ambiguous: set[str] = set()
            for module in group:
                page = python / (module.replace(".", "/") + ".html")
                if not page.is_file():
                    continue
                url = f"python/{module.replace('.', '/')}.html"
                targets[module] = url
                loaded = importlib.import_module(module)
                public = _public_names(loaded)
                for anchor in ANCHOR.findall(page.read_text(encoding="utf-8")):
                    top = anchor.split(".")[0]
                    if top not in public:
                        continue
                    targets[f"{module}.{anchor}"] = f"{url}#{anchor}"
                    named = getattr(loaded, top)
                    if anchor not in found:
                        found[anchor] = (f"{url}#{anchor}", named)
                    elif found[anchor][1] is not named:
                        ambiguous.add(anchor)
            for name, (url, _) in found.items():
                if name not in ambiguous:
                    bare.setdefault(name, url)  # an earlier group keeps the name
        return cls({**bare, **targets})

    def target(self, code: str) -> str | None:
        """The URL of the API object the code span names, if it names one."""
        name = code.split("(")[0] if code.endswith(")") else code  # `connect()`, `get(id)`
        if not DOTTED.fullmatch(name):
            return None
        parts = name.split(".")
        if parts[0] == "voice":  # voice.calls.hangup
            parts = parts[1:]
        if parts and parts[0] in GROUPS:  # calls.hangup: the facade's Calls.hangup
            parts = [parts[0].capitalize(), *parts[1:]]
        return self.targets.get(".".join(parts)) if parts else None

    def linked(self, markdown: str, prefix: str) -> str:
        """`markdown` with every code span that names an API object made a link; fenced code
        blocks stay as they are."""
        parts = FENCED.split(markdown)  # odd parts are the fenced blocks
        for n in range(0, len(parts), 2):
            parts[n] = LINK_OR_CODE.sub(lambda m: self._link(m, prefix), parts[n])
        return "".join(parts)

    def _link(self, match: re.Match[str], prefix: str) -> str:
        url = self.target(match[1]) if match[1] else None  # None: a link, kept
        return f"[`{match[1]}`]({prefix}{url})" if url else match[0]


def _public_names(loaded: ModuleType) -> set[str]:
    exported = getattr(loaded, "__all__", None)
    names = exported if exported is not None else dir(loaded)
    return {name for name in names if not name.startswith("_")}
