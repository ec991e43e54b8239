"""Build the guide: the README and the task pages of docs/, with navigation and search,
working from file://.

    python scripts/build_guide.py build/docs/guide

Nothing is written twice: the README is the first page, each page the README's "The guide"
section lists (`docs/NAME.md`) follows in that order, and CURATION.md, DESIGN.md, the
benchmarks' records (bench/README.md, under the Benchmarks page) and every example in
`examples/` are pages of their own, the examples rendered with their code. Links between these
files, written to work on a forge, are rewritten to the site's pages, and every name of the
Python API in backticks links to its entry in the reference (scripts/api_links.py; pdoc has
built it by then). MkDocs with the Material theme builds the site, refusing a broken link; its
offline plugin makes search work without a server, and `use_directory_urls: false` keeps
every link a file.
"""

from __future__ import annotations

import ast
import os
import posixpath
import re
import shutil
import subprocess
import sys
from pathlib import Path

import yaml
from api_links import ApiIndex

ROOT = Path(__file__).resolve().parents[1]
GUIDE_LINK = re.compile(r"^- \[([^\]]+)\]\((docs/[\w-]+\.md)\)", re.MULTILINE)
MARKDOWN_LINK = re.compile(r"\]\(([^)\s#]+)(#[^)\s]*)?\)")
# What Material's offline plugin loads so search can run in a worker from file:// (npm's
# iframe-worker, pinned in package.json and copied into the site).
SHIM_URL = "https://unpkg.com/iframe-worker/shim"
# Material's search boost (front matter) for pages that are records, not tasks.
REFERENCE_SEARCH = "---\nsearch:\n  boost: 0.3\n---\n"
RECORDS = "bench/README.md"


def guide_pages() -> list[tuple[str, str]]:
    """(menu title, repository path) of each task page, in the order the README lists them."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("\n## The guide\n", 1)[1].split("\n## ", 1)[0]
    return GUIDE_LINK.findall(section)


def site_page(path: str) -> str | None:
    """The guide's page for a repository file, or None when it has none."""
    named = {"README.md": "index.md", "CURATION.md": "curation.md", "DESIGN.md": "design.md"}
    if path in named:
        return named[path]
    if path == RECORDS:
        return "benchmarks.md#records"
    if path.startswith("docs/") and path.endswith(".md"):
        return path.removeprefix("docs/")
    if path.startswith("examples/") and path.endswith(".py") and path.count("/") == 1:
        return f"examples/{Path(path).stem}.md"
    return None


def rewritten(markdown: str, source: str, page: str) -> str:
    """Links between repository files (from `source`) as links between the site's pages (from
    `page`); `examples/NAME.py` written as code becomes a link to the example's page."""
    here, there = posixpath.dirname(source), posixpath.dirname(page)

    def link(match: re.Match[str]) -> str:
        target, anchor = match[1], match[2] or ""
        if "://" in target or target.startswith("mailto:"):
            return match[0]
        mapped = site_page(posixpath.normpath(posixpath.join(here, target)))
        if mapped is None:
            return match[0]
        mapped, _, own_anchor = mapped.partition("#")
        anchor = anchor or (f"#{own_anchor}" if own_anchor else "")
        return f"]({posixpath.relpath(mapped, there or '.')}{anchor})"

    def example(match: re.Match[str]) -> str:
        target = posixpath.relpath(f"examples/{match[1]}.md", there or ".")
        return f"[`examples/{match[1]}.py`]({target})"

    markdown = MARKDOWN_LINK.sub(link, markdown)
    return re.sub(r"(?<!\[)`examples/(\w+)\.py`", example, markdown)


def benchmarks_page(text: str) -> str:
    """The Benchmarks page, then the records of bench/README.md under "Records" (its own title
    dropped, its headings one level down), searched after the task pages."""
    records = (ROOT / RECORDS).read_text(encoding="utf-8")
    records = records.split("\n", 1)[1] if records.startswith("# ") else records
    records = re.sub(r"^(#{2,}) ", r"#\1 ", records, flags=re.MULTILINE)
    return f"{REFERENCE_SEARCH}{text}\n## Records\n{records}"


def example_pages() -> list[tuple[str, str, str]]:
    """(menu title, repository path, markdown) of each example: its docstring, then its code."""
    pages = []
    for path in sorted((ROOT / "examples").glob("*.py")):
        source = path.read_text(encoding="utf-8")
        summary = ast.get_docstring(ast.parse(source)) or ""
        body = f"# examples/{path.name}\n\n{summary}\n\n```python\n{source}```\n"
        pages.append((path.name, f"examples/{path.name}", body))
    return pages


def main(output: Path) -> int:
    source = output.parent / "guide-src"
    shutil.rmtree(source, ignore_errors=True)
    (source / "docs" / "examples").mkdir(parents=True)
    # (menu title, repository path, markdown): the task pages, then the records.
    guide = [("Overview", "README.md", _read("README.md"))]
    for title, path in guide_pages():
        text = _read(path)
        guide.append(
            (title, path, benchmarks_page(text) if path.endswith("benchmarks.md") else text)
        )
    # The reference pages mention every topic: a task page must come first in search.
    extra = [
        ("Curation notes", "CURATION.md", REFERENCE_SEARCH + _read("CURATION.md")),
        ("Design", "DESIGN.md", REFERENCE_SEARCH + _read("DESIGN.md")),
    ]
    examples = example_pages()
    api = ApiIndex.from_site(output.parent / "python")
    for _, path, markdown in [*guide, *extra, *examples]:
        page = site_page(path)
        assert page is not None, path
        prefix = "../" * (page.count("/") + 1)  # from the page up to the site's root
        text = api.linked(rewritten(markdown, path, page), prefix)
        (source / "docs" / page).write_text(text, encoding="utf-8")
    config = {
        "site_name": "sinch-voice-toolkit",
        "docs_dir": "docs",
        "site_dir": str(output.resolve()),
        "use_directory_urls": False,  # every page a file: links work from file://
        "theme": {
            "name": "material",
            "font": False,  # the system's fonts: nothing is fetched from a font service
            "features": ["navigation.sections", "navigation.top", "toc.follow", "search.highlight"],
        },
        "plugins": ["search", "offline"],  # offline: search works without a server
        # --strict fails the build on a warning: an anchor that is not there. A link to a file
        # that is not a page is left to build_docs.py, which also sees the references.
        "validation": {
            "nav": {"not_found": "info"},  # the menu's links to the references
            "links": {"not_found": "info", "anchors": "warn"},
        },
        "markdown_extensions": [
            "tables",
            "admonition",
            {"toc": {"permalink": True}},
            {"pymdownx.highlight": {"use_pygments": True}},
            "pymdownx.superfences",
        ],
        "nav": [
            *({title.replace("`", ""): site_page(path)} for title, path, _ in guide),
            {
                "Reference": [
                    # The site's own references, beside the guide (built by build_docs.py).
                    {"HTTP API reference": "../http-api.html"},
                    {"Python API reference": "../python/sinch_voice_toolkit.html"},
                    *({title: site_page(path)} for title, path, _ in extra),
                ]
            },
            {"Examples": [{title: site_page(path)} for title, path, _ in examples]},
        ],
    }
    (source / "mkdocs.yml").write_text(yaml.safe_dump(config, sort_keys=False), encoding="utf-8")
    command = ["build", "--strict", "-f", str(source / "mkdocs.yml")]
    built = subprocess.run(  # noqa: S603 - mkdocs from the virtualenv, on our own files
        [sys.executable, "-m", "mkdocs", *command],
        check=False,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},  # Material's notice about its future
    )
    if built.returncode == 0:
        vendor_worker_shim(output)
    return built.returncode


def vendor_worker_shim(site: Path) -> None:
    """Serve the offline plugin's Web Worker shim from the site, not from its CDN."""
    shim = ROOT / "node_modules" / "iframe-worker" / "shim" / "index.js"
    target = site / "assets" / "javascripts" / "iframe-worker-shim.js"
    shutil.copy(shim, target)
    for page in site.rglob("*.html"):
        depth = len(page.relative_to(site).parts) - 1
        local = "../" * depth + "assets/javascripts/iframe-worker-shim.js"
        text = page.read_text(encoding="utf-8")
        page.write_text(text.replace(SHIM_URL, local), encoding="utf-8")


def _read(path: str) -> str:
    return (ROOT / path).read_text(encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
