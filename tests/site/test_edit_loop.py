"""The edit loop of `dev.py serve`: a saved page is rebuilt in its language alone, exactly as the full build writes
it, the browser reloads under the site's Content Security Policy, and the full build catches up in the background.
(How fast: benchmarks/edit_loop.py.)"""

from __future__ import annotations

import importlib.util
import logging
import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from conftest import ROOT, build_site
from curriculum.language.translation_status import mark_translated
from curriculum.site.rebuild import languages_to_rebuild, sync_tree
from fixture_project import edit, make_site

LANGUAGES = ["kk", "ru", "en"]


def _fast_reload():
    spec = importlib.util.spec_from_file_location("fast_reload_under_test", ROOT / "hooks" / "fast_reload.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_a_saved_page_rebuilds_its_language_and_anything_else_everything(tmp_path):
    docs = tmp_path / "docs"
    assert languages_to_rebuild([str(docs / "ru/courses/x.md")], docs, LANGUAGES) == ["ru"]
    assert languages_to_rebuild([str(docs / "en/a.md"), str(docs / "kk/b/c.png"), str(docs / "en/d.md")],
                                docs, LANGUAGES) == ["en", "kk"]
    assert languages_to_rebuild([str(docs / "ru/.x.md.swp"), str(docs / "ru/x.md~"), str(docs / "kk/x.md")],
                                docs, LANGUAGES) == ["kk"]
    for other in ("data/courses/X.yml", "docs/assets/site.css", "mkdocs.yml", "overrides/main.html", "docs/x.md"):
        assert languages_to_rebuild([str(docs / "ru/x.md"), str(tmp_path / other)], docs, LANGUAGES) is None, other
    assert languages_to_rebuild([str(docs / "de/x.md")], docs, LANGUAGES) is None
    assert languages_to_rebuild([str(docs / "ru/x.md")], docs, ["kk"]) is None  # ONLY_LANG=kk: ru is not built


def test_the_full_build_replaces_the_served_site_file_by_file(tmp_path):
    new, served = tmp_path / "new", tmp_path / "served"
    (new / "a").mkdir(parents=True)
    (served / "a").mkdir(parents=True)
    (served / "gone" / "deep").mkdir(parents=True)
    (new / "a" / "same.html").write_text("same", encoding="utf-8")
    (served / "a" / "same.html").write_text("same", encoding="utf-8")
    (new / "a" / "changed.html").write_text("new", encoding="utf-8")
    (served / "a" / "changed.html").write_text("old", encoding="utf-8")
    (new / "added.js").write_text("js", encoding="utf-8")
    (served / "gone" / "deep" / "stale.html").write_text("stale", encoding="utf-8")
    assert sync_tree(new, served) == 3
    assert sorted(p.relative_to(served).as_posix() for p in served.rglob("*")) == [
        "a", "a/changed.html", "a/same.html", "added.js"]
    assert (served / "a" / "changed.html").read_text(encoding="utf-8") == "new"
    assert sync_tree(new, served) == 0


@pytest.fixture(scope="module")
def small_site(tmp_path_factory):
    """The fixture site built in full, with the Russian page of PRO1201 recorded as up to date with its source."""
    root = make_site(tmp_path_factory.mktemp("edit-loop"))
    for lang in ("ru", "en"):
        mark_translated(root / "docs" / lang / "courses" / "pro1201.md", root / "docs")
    result = build_site(root / "mkdocs.yml", root / "site")
    assert result.returncode == 0, result.stdout + result.stderr
    return root


@pytest.mark.build
def test_a_page_rebuilt_alone_is_byte_for_byte_the_full_builds(small_site, tmp_path, monkeypatch):
    root = tmp_path / "project"
    shutil.copytree(small_site, root)
    served = root / "site"
    page = root / "docs" / "ru" / "courses" / "pro1201.md"
    time.sleep(0.01)
    edit(page, "Напишите этот раздел на русском языке.", "Новый абзац о **маслихатах** и [[act:budget-code-2025]].")
    for name, value in (("NO_MKDOCS_2_WARNING", "1"), ("SOURCE_DATE_EPOCH", "1764288000")):
        monkeypatch.setenv(name, value)
    monkeypatch.delenv("ONLY_LANG", raising=False)
    module = _fast_reload()
    logging.getLogger("mkdocs.commands.build").addFilter(module._DirtyBuildNotice())
    before = {p: p.stat().st_mtime_ns for p in served.rglob("*.html")}
    module.build_language(str(root / "mkdocs.yml"), str(served), "ru", "", module.WarmTheme())
    rewritten = sorted(p.relative_to(served).as_posix() for p, stamp in before.items() if p.stat().st_mtime_ns != stamp)
    assert rewritten == ["ru/courses/pro1201/index.html"]  # the one page, in its language (and the 404 is kk's)
    full = tmp_path / "full"
    result = build_site(root / "mkdocs.yml", full)
    assert result.returncode == 0, result.stdout + result.stderr
    page_html = (served / "ru/courses/pro1201/index.html").read_text(encoding="utf-8")
    assert "маслихатах" in page_html
    assert page_html == (full / "ru/courses/pro1201/index.html").read_text(encoding="utf-8")
    sync_tree(full, served)
    assert sorted(p.relative_to(served) for p in served.rglob("*")) == sorted(p.relative_to(full) for p in full.rglob("*"))


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _get(url: str, timeout: float = 30) -> str:
    with urllib.request.urlopen(url, timeout=timeout) as response:
        return response.read().decode("utf-8")


def _translation_state(html: str, page: str, column: int) -> str:
    row = re.search(rf"<tr><th scope=\"row\"><code>{re.escape(page)}</code></th>(.*?)</tr>", html).group(1)
    return re.findall(r'class="status-([a-z]+)"', row)[column]


@pytest.mark.build
@pytest.mark.browser
def test_serve_reloads_a_saved_page_under_the_policy_and_catches_up_in_the_background(small_site, tmp_path, browser):
    root = tmp_path / "project"
    shutil.copytree(small_site, root, ignore=shutil.ignore_patterns("site"))
    port = _free_port()
    environment = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    environment.pop("ONLY_LANG", None)
    log = tmp_path / "serve.log"
    with open(log, "w", encoding="utf-8") as output:
        server = subprocess.Popen([sys.executable, "-m", "mkdocs", "serve", "--dev-addr", f"127.0.0.1:{port}",
                                   "--config-file", str(root / "mkdocs.yml")], cwd=root, env=environment,
                                  stdout=output, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}/"
    context = browser.new_context()
    try:
        deadline = time.monotonic() + 300
        while "Serving on" not in log.read_text(encoding="utf-8"):
            assert server.poll() is None and time.monotonic() < deadline, log.read_text(encoding="utf-8")
            time.sleep(0.5)
        status = _get(base + "ru/contributing/translation-status/")
        assert _translation_state(status, "courses/pro1201.md", 1) == "current"
        tab = context.new_page()
        refused = []
        tab.on("console", lambda message: refused.append(message.text) if "Content Security Policy" in message.text else None)
        tab.goto(base + "courses/pro1201/")
        assert tab.locator('script[src="/livereload.js"]').count() == 1  # MkDocs' inline reload script refused: a file
        tab.wait_for_load_state("load")  # the reload script starts polling the server on load
        tab.wait_for_function("() => performance.getEntriesByType('resource').some((e) => e.name.endsWith('/livereload.js'))")
        with tab.expect_navigation(timeout=120_000):  # the page reloads itself once the Kazakh build wrote it
            edit(root / "docs" / "kk" / "courses" / "pro1201.md", "Бұл бөлімді қазақ тілінде жазыңыз.",
                 "Бұл бөлім жаңа мәтінмен жазылды.")
        assert "Бұл бөлім жаңа мәтінмен жазылды." in tab.locator("article").inner_text()
        assert refused == []
        while "caught up" not in log.read_text(encoding="utf-8"):
            assert server.poll() is None and time.monotonic() < deadline, log.read_text(encoding="utf-8")
            time.sleep(0.5)
        # The Kazakh source changed: its Russian translation is now stale on the status page, which the edited page's
        # own build did not write and the full build in the background did.
        assert _translation_state(_get(base + "ru/contributing/translation-status/"), "courses/pro1201.md", 1) == "stale"
    finally:
        context.close()
        server.terminate()
        server.wait(timeout=30)
