"""`make docs` builds an offline site; a real headless Chromium renders it with the network cut.

The HTTP reference must show every operation and webhook of the spec (Redoc draws them with
JavaScript, so this proves the inlined script runs), the Python reference every public method of
the two clients, and the home page
must link both. Chromium runs with every request sent to a closed proxy and name lookups
refused; its network log must show no request made by the pages.
"""

from __future__ import annotations

import importlib.util
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

import sinch_voice_toolkit
from sinch_voice_toolkit import AsyncVoiceClient, VoiceClient, facade
from tests.doc_pages import GUIDE, text

ROOT = Path(__file__).resolve().parents[1]
# The resource groups the spec declares (`voice.applications`, ...).
GROUPS = list(
    yaml.safe_load((ROOT / "openapi.yaml").read_text(encoding="utf-8"))["x-facade-groups"]
)
SITE = ROOT / "build" / "docs"
# Chromium tags each request with a traffic annotation; a page's own fetches (scripts, styles,
# images, fonts, XHR) are Blink's resource loader and navigations. Chromium's background
# services (time, sign-in, dictionaries) carry other annotations and are not the pages'.
PAGE_ANNOTATIONS = {101845102, 63171670}  # blink_resource_loader, navigation_url_loader
NET_LOG_REQUEST = re.compile(r'"traffic_annotation":(\d+),"url":"([^"]*)"')


@pytest.fixture(scope="module")
def site() -> Path:
    shutil.rmtree(SITE, ignore_errors=True)
    make = shutil.which("make")
    assert make is not None
    result = subprocess.run(
        [make, "-s", "docs", f"PYTHON={sys.executable}"],
        cwd=ROOT, capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    return SITE


def render(page: Path, workdir: Path, query: str = "") -> tuple[str, list[str], str]:
    """The page's DOM after its scripts ran, every http(s) URL Chromium tried to fetch for it,
    and what the page wrote to its console."""
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    assert browser, "the docs test needs Chromium: make browser installs it"
    net_log = workdir / "net-log.json"
    result = subprocess.run(
        [browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
         "--no-first-run", "--disable-background-networking", "--disable-component-update",
         "--disable-sync", "--disable-default-apps", f"--user-data-dir={workdir / 'profile'}",
         "--proxy-server=http://127.0.0.1:9", "--host-resolver-rules=MAP * ~NOTFOUND",
         f"--log-net-log={net_log}", "--virtual-time-budget=15000", "--dump-dom",
         "--enable-logging=stderr", "--v=0",
         page.as_uri() + query],
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-2000:]
    requests = NET_LOG_REQUEST.findall(net_log.read_text(errors="replace"))
    fetched = sorted(
        {url for tag, url in requests if int(tag) in PAGE_ANNOTATIONS and url.startswith("http")}
    )
    return result.stdout, fetched, result.stderr  # the console's messages are logged there


@pytest.mark.browser  # renders in Chromium (make test-fast leaves it out)
def test_http_reference_renders_every_operation_offline(site: Path, tmp_path: Path) -> None:
    dom, requested, console = render(site / "http-api.html", tmp_path)
    assert requested == []
    assert "%c Redoc %c" in console and "Uncaught" not in console  # Redoc's banner: it ran
    spec = yaml.safe_load((ROOT / "openapi.yaml").read_text())
    operations = [
        op for item in spec["paths"].values() for op in item.values()
        if isinstance(op, dict) and "operationId" in op
    ]  # fmt: skip
    assert operations
    for operation in operations:
        assert operation["summary"] in dom, operation["summary"]
    webhooks = [item["post"] for item in spec["webhooks"].values()]
    assert webhooks
    for webhook in webhooks:  # Redoc draws OpenAPI 3.1 webhooks in a section of their own
        assert webhook["summary"] in dom, webhook["summary"]
    assert "Curation notes" in dom and "Curation notes for" not in dom  # CURATION.md, titled
    assert "<script" in (site / "http-api.html").read_text()  # drawn by Redoc's inlined script


def public_methods(client: type) -> set[str]:
    """The client's public methods, its own and those it inherits from the toolkit."""
    return {
        name
        for cls in client.__mro__
        if cls.__module__.startswith("sinch_voice_toolkit")
        for name, value in vars(cls).items()
        if callable(value) and not name.startswith("_")
    }


@pytest.mark.browser  # renders in Chromium (make test-fast leaves it out)
def test_python_reference_shows_the_facade_offline(site: Path, tmp_path: Path) -> None:
    dom, requested, console = render(site / "python" / "sinch_voice_toolkit.html", tmp_path)
    assert requested == [] and "Uncaught" not in console
    for client in (VoiceClient, AsyncVoiceClient):
        methods = public_methods(client)
        assert {"with_options", "close" if client is VoiceClient else "aclose"} <= methods
        for method in methods:
            assert f'id="{client.__name__}.{method}"' in dom, method
        for group in GROUPS:
            assert f'id="{client.__name__}.{group}"' in dom, group


@pytest.mark.browser  # renders in Chromium (make test-fast leaves it out)
def test_python_reference_shows_the_groups_offline(site: Path, tmp_path: Path) -> None:
    dom, requested, console = render(
        site / "python" / "sinch_voice_toolkit" / "facade.html", tmp_path
    )
    assert requested == [] and "Uncaught" not in console
    for name in facade.__all__:
        methods = public_methods(getattr(facade, name))
        assert methods, name
        for method in methods:
            assert f'id="{name}.{method}"' in dom, f"{name}.{method}"
    assert {"get_numbers", "assign_many"} <= public_methods(facade.Applications)


@pytest.mark.browser  # renders in Chromium (make test-fast leaves it out)
def test_python_reference_shows_the_callbacks_offline(site: Path, tmp_path: Path) -> None:
    page = site / "python" / "sinch_voice_toolkit" / "callbacks.html"
    dom, requested, console = render(page, tmp_path)
    assert requested == [] and "Uncaught" not in console
    for name in ("unwrap_callback", "parse_callback", "validate_svaml", "answer", "IceEvent"):
        assert f'id="{name}"' in dom, name


@pytest.mark.browser  # renders in Chromium (make test-fast leaves it out)
def test_home_and_guide_link_everything(site: Path, tmp_path: Path) -> None:
    dom, requested, _ = render(site / "index.html", tmp_path)
    assert requested == []
    for target in (
        "guide/index.html",
        "http-api.html",
        "python/sinch_voice_toolkit.html",
        "python/sinch_voice_toolkit/callbacks.html",
        "python/sinch_signing.html",
        "python/sinch_voice.html",
        "python/sinch_voice_toolkit/receivers.html",
        "python/sinch_voice_mock.html",
    ):
        assert f'href="{target}"' in dom
        assert (site / target).is_file(), target
    guide, requested, _ = render(site / "guide" / "using-the-client.html", tmp_path)
    assert requested == []
    assert "VoiceClient" in guide and "<table>" in guide


@pytest.mark.browser  # renders in Chromium (make test-fast leaves it out)
def test_the_guide_has_pages_navigation_and_search_offline(site: Path, tmp_path: Path) -> None:
    """The README is the first page and every page its "The guide" section lists is in the
    navigation, in that order; the examples and the curation notes are pages; search answers
    from file:// with the network cut."""
    listed = re.findall(r"^- \[[^\]]+\]\(docs/([\w-]+)\.md\)", text("README.md"), re.MULTILINE)
    assert sorted(listed) == sorted(p.stem for p in GUIDE.glob("*.md")), "docs/ and the list differ"
    dom, requested, console = render(site / "guide" / "index.html", tmp_path)
    assert requested == [] and "Uncaught" not in console
    assert 'class="md-nav' in dom and "Place and control calls" in dom  # the README's text
    positions = [dom.find(f'href="{page}.html"') for page in listed]
    assert -1 not in positions, [p for p, at in zip(listed, positions, strict=True) if at < 0]
    assert positions == sorted(positions), "the menu's order is not the README's"
    for page in listed:
        assert (site / "guide" / f"{page}.html").is_file(), page
    for example in sorted((ROOT / "examples").glob("*.py")):
        assert f'href="examples/{example.stem}.html"' in dom, example.name
        assert (site / "guide" / "examples" / f"{example.stem}.html").is_file()
    assert 'href="curation.html"' in dom
    # The receiving-callbacks page links the examples it names.
    callbacks, _, _ = render(site / "guide" / "receiving-callbacks.html", tmp_path)
    assert 'href="examples/receive_django.html"' in callbacks

    found, requested, console = render(site / "guide" / "index.html", tmp_path, "?q=resume")
    assert requested == [] and "Uncaught" not in console
    results = re.search(r'class="md-search-result__meta">(\d+) matching document', found)
    assert results and int(results[1]) >= 1, "search found nothing offline"
    assert 'class="md-search-result__item"' in found


# The public names a page may write in backticks, each of which must link to the reference.
PUBLIC = {
    **{name: "sinch_voice_toolkit.html" for name in dir(sinch_voice_toolkit) if name[0].isupper()},
    "CallbackReceiver": "sinch_voice_toolkit/receivers.html",
    "verify_callback": "sinch_signing.html",
    "unwrap_callback": "sinch_voice_toolkit.html",
}


def test_each_api_name_on_a_guide_page_links_to_the_reference(site: Path) -> None:
    unlinked = []
    for page in sorted((site / "guide").glob("*.html")):
        html = page.read_text(encoding="utf-8")
        content = html.split('<article class="md-content__inner', 1)[-1].split("</article>", 1)[0]
        content = re.sub(r"<pre.*?</pre>", "", content, flags=re.S)  # code blocks stay plain
        for name, module_page in PUBLIC.items():
            link = f'<a href="../python/{module_page}#{name}"><code>{name}</code></a>'
            bare = content.replace(link, "").count(f"<code>{name}</code>")
            if bare:
                unlinked.append(f"{page.name}: {name} ({bare} not linked)")
            if link in content:
                assert (site / "python" / module_page).is_file()
    assert not unlinked, unlinked
    callbacks = (site / "guide" / "receiving-callbacks.html").read_text(encoding="utf-8")
    assert 'href="../python/sinch_voice_toolkit/receivers.html#CallbackReceiver"' in callbacks
    calls = (site / "guide" / "placing-calls.html").read_text(encoding="utf-8")
    assert 'href="../python/sinch_voice_toolkit/facade.html#Calls.update"' in calls


def build_docs() -> Any:
    """scripts/build_docs.py, as a module."""
    spec = importlib.util.spec_from_file_location("build_docs", ROOT / "scripts" / "build_docs.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_build_refuses_a_link_that_leads_nowhere(site: Path) -> None:
    broken_links = build_docs().broken_links
    page = site / "guide" / "broken.html"
    page.write_text('<a href="mock.html#no-such-part">x</a> <a href="nowhere.html">y</a>')
    try:
        assert broken_links(site) == [
            "guide/broken.html: mock.html#no-such-part has no such anchor",
            "guide/broken.html: nowhere.html is not there",
        ]
    finally:
        page.unlink()
    assert broken_links(site) == []


@pytest.mark.browser  # renders in Chromium (make test-fast leaves it out)
def test_the_check_sees_a_page_that_fetches(tmp_path: Path) -> None:
    """The method itself: a page that loads a script from the network is caught."""
    page = tmp_path / "leaky.html"
    page.write_text('<script src="https://cdn.example.com/x.js"></script><script>nope()</script>')
    _, requested, console = render(page, tmp_path)
    assert requested == ["https://cdn.example.com/x.js"]
    assert "Uncaught ReferenceError" in console


def test_the_build_refuses_a_page_that_loads_from_the_network(site: Path) -> None:
    remote_resources = build_docs().remote_resources
    page = site / "leaky.html"
    page.write_text('<link rel="stylesheet" href="https://fonts.example/x.css"><p>hi</p>')
    try:
        assert [line.split(":")[0] for line in remote_resources(site)] == ["leaky.html"]
    finally:
        page.unlink()
    assert remote_resources(site) == []


SEARCHES = {  # a query, and the task page that must come first
    "callback": "Receiving callbacks",
    "resume": "Bulk work and resume",
    "region": "Placing calls",
    "scenario": "Test your call flow",
}


@pytest.mark.browser  # renders in Chromium (make test-fast leaves it out)
def test_search_ranks_the_task_page_first(site: Path, tmp_path: Path) -> None:
    for query, page in SEARCHES.items():
        found, requested, _ = render(site / "guide" / "index.html", tmp_path, f"?q={query}")
        assert requested == []
        titles = re.findall(r'class="md-search-result__article.*?<h1>(.*?)</h1>', found, re.S)
        assert titles, f"search found nothing for {query!r}"
        assert re.sub(r"<[^>]+>", "", titles[0]) == page, (query, titles[:3])


def test_the_menu_has_plain_titles_the_references_and_one_benchmarks_page(site: Path) -> None:
    config = yaml.safe_load((site / "guide-src" / "mkdocs.yml").read_text())
    titles = [title for entry in config["nav"] for title in _titles(entry)]
    assert not [title for title in titles if "`" in title]
    assert titles.count("Benchmarks") == 1
    benchmarks = (site / "guide-src" / "docs" / "benchmarks.md").read_text()
    assert "`make bench`" in benchmarks and "### Simulated calls" in benchmarks  # both halves
    # Every page's menu reaches both references, and they are there.
    page = (site / "guide" / "placing-calls.html").read_text()
    for reference in ("http-api.html", "python/sinch_voice_toolkit.html"):
        assert f'href="../{reference}"' in page and (site / reference).is_file()


def _titles(entry: Any) -> list[str]:
    if isinstance(entry, dict):
        return [t for key, value in entry.items() for t in [key, *_titles(value)]]
    if isinstance(entry, list):
        return [t for item in entry for t in _titles(item)]
    return []
