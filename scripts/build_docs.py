"""Finish the offline documentation site that `make docs` builds in build/docs.

Before this runs, the Makefile has rendered the HTTP reference with Redocly (`--inlineBundle`:
Redoc's script is inside the page), the Python API reference with pdoc and the guide with
MkDocs (scripts/build_guide.py). This adds the home page, replaces the two remote images
Redoc's footer asks for, and then refuses the site if any page still loads anything from the
network (every script, stylesheet, image and font must be in the page or beside it), or links
to a page or an anchor of another page that is not there (the guide's links into the Python
reference among them, which MkDocs cannot see).
"""

from __future__ import annotations

import html
import re
import sys
from pathlib import Path
from urllib.parse import unquote

from pygments.formatters import HtmlFormatter  # type: ignore[import-untyped]

ROOT = Path(__file__).resolve().parents[1]
# Redoc's "API docs by Redocly" badge loads its logo from a CDN (and hides it if that fails).
REMOTE_LOGOS = re.compile(r"https://cdn\.redoc\.ly/redoc/logo-mini(?:-full)?\.svg")
BLANK_SVG = "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg'/%3E"
# What makes a browser fetch: src=, <link href>, CSS url() and @import. Plain <a href> does not.
REMOTE_RESOURCE = re.compile(
    r"""(?:\bsrc\s*=\s*["']?|<link\b[^>]*\bhref\s*=\s*["']?|url\(\s*["']?|@import\s+["'])"""
    r"""(?:https?:)?//""",
    re.IGNORECASE,
)
PAGE = """<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<style>
body {{ font: 16px/1.5 system-ui, sans-serif; max-width: 52rem; margin: 2rem auto;
        padding: 0 1rem; color: #1b1b1b; }}
nav a {{ margin-right: 1.2rem; }}
pre {{ background: #f6f8fa; padding: .8rem; overflow-x: auto; }}
code {{ font: 14px/1.4 ui-monospace, monospace; }}
table {{ border-collapse: collapse; }}
td, th {{ border: 1px solid #ddd; padding: .3rem .5rem; vertical-align: top; }}
{pygments}
</style>
</head>
<body>
<nav><a href="index.html">Home</a><a href="guide/index.html">Guide</a>
<a href="http-api.html">HTTP API reference</a>
<a href="python/sinch_voice_toolkit.html">Python API</a></nav>
{body}
</body>
</html>
"""


def page(title: str, body: str) -> str:
    styles = HtmlFormatter().get_style_defs(".codehilite")
    return PAGE.format(title=html.escape(title), body=body, pygments=styles)


def home(version: str) -> str:
    body = f"""
<h1>sinch-voice-toolkit {html.escape(version)}</h1>
<p>A spec-first, typed Python client for the Sinch Voice API.</p>
<ul>
<li><a href="guide/index.html">Guide</a>: set-up, using the client, placing calls, receiving
callbacks, bulk work, the CLI, the mock and the simulator, testing in CI, guarantees, the curation
notes and the examples, with navigation and search.</li>
<li><a href="http-api.html">HTTP API reference</a>: the operations of
<code>openapi.yaml</code> and its webhooks (the events Sinch posts to your callback URLs and
the SVAML each one takes), with the curation notes.</li>
<li>Python API reference: <a href="python/sinch_voice_toolkit.html">sinch_voice_toolkit</a>
(what you use), <a href="python/sinch_voice_toolkit/facade.html">its resource groups</a>
(<code>voice.applications</code>, <code>voice.calls</code>, ...), <a
href="python/sinch_voice_toolkit/callbacks.html">callbacks</a> (typed
events in, checked SVAML out), <a href="python/sinch_voice_toolkit/receivers.html">receivers</a>
(callbacks in Starlette, FastAPI, Flask and Django), <a
href="python/sinch_signing.html">sinch_signing</a> (signing and callback verification), <a
href="python/sinch_voice.html">sinch_voice</a> (the generated client), <a
href="python/sinch_voice_mock.html">sinch_voice_mock</a> (the mock and the simulator).</li>
</ul>
<p>Everything here works offline: no page loads anything from the network.</p>
"""
    return page(f"sinch-voice-toolkit {version}", body)


def remote_resources(site: Path) -> list[str]:
    found = []
    for path in sorted(site.rglob("*.html")):
        text = path.read_text(errors="replace")
        for match in REMOTE_RESOURCE.finditer(text):
            start = match.start()
            found.append(f"{path.relative_to(site)}: {text[start : start + 80]!r}")
    return found


HREF = re.compile(r"""<a\b[^>]*?\bhref\s*=\s*["']([^"'#]+)(?:#([^"']*))?["']""", re.IGNORECASE)
ANCHOR = re.compile(r"""\b(?:id|name)\s*=\s*["']([^"']+)["']""")


def broken_links(site: Path) -> list[str]:
    """Relative links from one page to another page of the site (or an anchor in it) that is
    not there. Links within a page, to other sites, and from the root (`/...`: Redoc's routes,
    MkDocs' 404 page) are not looked at, nor what a script fills in (`${url}`)."""
    anchors: dict[Path, set[str]] = {}
    found = []
    for path in sorted(site.rglob("*.html")):
        for target, anchor in HREF.findall(path.read_text(errors="replace")):
            if re.match(r"[a-z][a-z0-9+.-]*:|/|\$\{", target, re.IGNORECASE):  # http:, mailto:
                continue
            linked = (path.parent / unquote(target.split("?")[0])).resolve()
            if not linked.is_file():
                found.append(f"{path.relative_to(site)}: {target} is not there")
            elif anchor and linked.suffix == ".html":
                if linked not in anchors:
                    anchors[linked] = set(ANCHOR.findall(linked.read_text(errors="replace")))
                if unquote(anchor) not in anchors[linked]:
                    found.append(f"{path.relative_to(site)}: {target}#{anchor} has no such anchor")
    return sorted(set(found))


def main(site: Path) -> int:
    http_api = site / "http-api.html"
    http_api.write_text(REMOTE_LOGOS.sub(BLANK_SVG, http_api.read_text()))
    from sinch_voice_toolkit import __version__

    (site / "index.html").write_text(home(__version__))
    remote = remote_resources(site)
    if remote:
        print("docs: these pages would load from the network:", *remote, sep="\n  ")
        return 1
    broken = broken_links(site)
    if broken:
        print("docs: these links lead nowhere:", *broken, sep="\n  ")
        return 1
    print(f"docs: {site}/index.html (offline: no remote scripts, styles, images or fonts)")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
