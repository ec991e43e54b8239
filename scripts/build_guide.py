"""Build the guide: the README as pages with navigation and search, working from file://.

    python scripts/build_guide.py build/docs/guide

Nothing is written twice: each `## ` section of README.md becomes a page (its `### ` parts are
the page's table of contents), and CURATION.md, DESIGN.md, bench/README.md and every example in
`examples/` become pages of their own, the examples rendered with their code. Mentions of
`examples/NAME.py` link to the example's page. MkDocs with the Material theme builds the site;
its offline plugin makes search work without a server, and `use_directory_urls: false` keeps
every link a file.
"""

from __future__ import annotations

import ast
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE_MENTION = re.compile(r"`examples/(\w+)\.py`")
# What Material's offline plugin loads so search can run in a worker from file:// (npm's
# iframe-worker, pinned in package.json and copied into the site).
SHIM_URL = "https://unpkg.com/iframe-worker/shim"
# Material's search boost (front matter) for pages that are records, not tasks.
REFERENCE_SEARCH = "---\nsearch:\n  boost: 0.3\n---\n"


def slug(title: str) -> str:
    words = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")
    return words or "page"


def readme_pages() -> list[tuple[str, str, str]]:
    """(title, file name, markdown) for the README's introduction and each `## ` section."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    parts = re.split(r"^## ", text, flags=re.MULTILINE)
    pages = [("Introduction", "index.md", parts[0])]
    for part in parts[1:]:
        title, _, body = part.partition("\n")
        pages.append((title.strip(), f"{slug(title)}.md", f"# {title.strip()}\n{body}"))
    return pages


def benchmarks_page(section: str) -> tuple[str, str, str]:
    """One Benchmarks page: the README's section, then bench/README.md (its own title
    dropped), searched after the task pages like the other reference pages."""
    records = (ROOT / "bench" / "README.md").read_text(encoding="utf-8")
    records = records.split("\n", 1)[1] if records.startswith("# ") else records
    return "Benchmarks", "benchmarks.md", f"{REFERENCE_SEARCH}{section}\n{records}"


def example_pages() -> list[tuple[str, str, str]]:
    pages = []
    for path in sorted((ROOT / "examples").glob("*.py")):
        source = path.read_text(encoding="utf-8")
        summary = ast.get_docstring(ast.parse(source)) or ""
        body = f"# examples/{path.name}\n\n{summary}\n\n```python\n{source}```\n"
        pages.append((path.name, f"examples/{path.stem}.md", body))
    return pages


def linked(markdown: str, depth: int) -> str:
    """Mentions of `examples/NAME.py` become links to the example's page."""
    prefix = "../" * depth

    def link(match: re.Match[str]) -> str:
        return f"[`examples/{match[1]}.py`]({prefix}examples/{match[1]}.md)"

    return EXAMPLE_MENTION.sub(link, markdown)


def main(output: Path) -> int:
    source = output.parent / "guide-src"
    shutil.rmtree(source, ignore_errors=True)
    (source / "docs" / "examples").mkdir(parents=True)
    guide = readme_pages()
    benchmarks = next(page for page in guide if page[0] == "Benchmarks")
    guide[guide.index(benchmarks)] = benchmarks_page(benchmarks[2])
    extra = [
        ("Curation notes", "curation.md", (ROOT / "CURATION.md").read_text(encoding="utf-8")),
        ("Design", "design.md", (ROOT / "DESIGN.md").read_text(encoding="utf-8")),
    ]
    # The reference pages mention every topic: a task page must come first in search.
    extra = [(title, name, REFERENCE_SEARCH + text) for title, name, text in extra]
    examples = example_pages()
    for _, name, markdown in [*guide, *extra, *examples]:
        depth = name.count("/")
        (source / "docs" / name).write_text(linked(markdown, depth), encoding="utf-8")
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
        "markdown_extensions": [
            "tables",
            "admonition",
            {"toc": {"permalink": True}},
            {"pymdownx.highlight": {"use_pygments": True}},
            "pymdownx.superfences",
        ],
        "nav": [
            *({title.replace("`", ""): name} for title, name, _ in guide),  # plain menu titles
            {
                "Reference": [
                    # The site's own references, beside the guide (built by build_docs.py).
                    {"HTTP API reference": "../http-api.html"},
                    {"Python API reference": "../python/sinch_voice_toolkit.html"},
                    *({title: name} for title, name, _ in extra),
                ]
            },
            {"Examples": [{title: name} for title, name, _ in examples]},
        ],
    }
    (source / "mkdocs.yml").write_text(yaml.safe_dump(config, sort_keys=False), encoding="utf-8")
    command = ["build", "--quiet", "--strict", "-f", str(source / "mkdocs.yml")]
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


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
