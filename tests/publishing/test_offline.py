"""Reading offline: what each language's list holds, the worker's digests, and, in a real Chromium with the
network cut, every page and the search of the kept language; a new deployment updates the kept copy."""

from __future__ import annotations

import functools
import json
import re
import shutil
import threading
from http.server import ThreadingHTTPServer
from pathlib import Path

import pytest

from conftest import SUB_PATH, _SubPathHandler
from curriculum.publishing.offline import LANGUAGES_MARKER, WORKER, language_of, offline_manifest, write_offline_bundle

PREFIXES = {"kk": "", "ru": "ru/", "en": "en/"}


def _manifest(site: Path, lang: str) -> dict:
    return json.loads((site / "offline" / f"{lang}.json").read_text(encoding="utf-8"))


def test_a_path_belongs_to_its_language_folder_or_to_the_default():
    assert language_of("ru/courses/lsg2105/index.html") == "ru"
    assert language_of("en/") == "en"
    assert language_of("courses/lsg2105/index.html") == language_of("assets/site.css") == "kk"


@pytest.mark.parametrize("lang", PREFIXES)
def test_each_language_keeps_its_pages_their_assets_and_its_search(built_site, lang):
    manifest = _manifest(built_site, lang)
    paths = [path for path, _, _ in manifest["files"]]
    pages = sorted(p.parent.relative_to(built_site).as_posix() for p in built_site.rglob("index.html")
                   if language_of(p.relative_to(built_site).as_posix()) == lang
                   and p.relative_to(built_site).parts[0] not in ("assets", "pagefind"))
    kept_pages = sorted(path.rstrip("/") or "." for path in paths if path.endswith("/") or path == "")
    assert kept_pages == pages and manifest["pages"] == len(pages) > 60
    assert {"assets/site.css", "assets/search.js", "assets/offline.js", "assets/search-data.json",
            "pagefind/pagefind.js", "pagefind/pagefind-entry.json"} <= set(paths)
    assert any(p.startswith("assets/stylesheets/main.") for p in paths)
    # The language's own search index, and no other language's: Pagefind names its files after the language.
    search = [p for p in paths if re.match(r"pagefind/(index|filter|fragment)/", p)]
    assert search and all(p.split("/")[-1].startswith(f"{lang}_") for p in search)
    assert not any(p.startswith(tuple(f"{other}/" for other in ("ru", "en") if other != lang)) for p in paths)
    assert not any(p.endswith(".map") for p in paths)
    for path, size, digest in manifest["files"]:
        file = built_site / (path + "index.html" if path.endswith("/") or path == "" else path)
        assert file.stat().st_size == size, path
    assert manifest["bytes"] == sum(size for _, size, _ in manifest["files"])


def test_the_worker_carries_each_language_digest(built_site):
    source = (built_site / WORKER).read_text(encoding="utf-8")
    written = json.loads(LANGUAGES_MARKER.search(source).group(0)[len("/*languages*/"):])
    assert written == {lang: [prefix, _manifest(built_site, lang)["build"]] for lang, prefix in PREFIXES.items()}


def test_a_changed_page_changes_its_language_digest_and_no_other(built_site, tmp_path):
    site = tmp_path / "site"
    shutil.copytree(built_site, site)
    before = {lang: offline_manifest(site, lang).build for lang in PREFIXES}
    page = site / "ru" / "courses" / "lsg2105" / "index.html"
    page.write_text(page.read_text(encoding="utf-8").replace("</article>", "<p>changed</p></article>"), encoding="utf-8")
    write_offline_bundle(site)
    after = {lang: _manifest(site, lang)["build"] for lang in PREFIXES}
    assert after["ru"] != before["ru"] and after["kk"] == before["kk"] and after["en"] == before["en"]
    assert f'"ru": ["ru/", "{after["ru"]}"]' in (site / WORKER).read_text(encoding="utf-8")


def test_a_worker_without_its_marker_is_reported(built_site, tmp_path):
    site = tmp_path / "site"
    shutil.copytree(built_site, site)
    (site / WORKER).write_text("const LANGUAGES = {};\n", encoding="utf-8")
    with pytest.raises(ValueError, match="no /\\*languages\\*/\\{\\} marker"):
        write_offline_bundle(site)


# --- in a real Chromium ----------------------------------------------------------------------------------------

class _CountingHandler(_SubPathHandler):
    """Serves under the sub-path and counts what it served, to see what an update fetched again."""

    def do_GET(self):
        self.server.served.append(self.path.split("?", 1)[0])
        return super().do_GET()


@pytest.fixture
def deployment(built_site, tmp_path):
    """A copy of the built site, served on its own, that a test may deploy anew."""
    site = tmp_path / "site"
    shutil.copytree(built_site, site)
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_CountingHandler, directory=str(site)))
    server.served = []
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield site, f"http://127.0.0.1:{server.server_address[1]}{SUB_PATH}", server
    server.shutdown()


def _keep(page, url):
    page.goto(url)
    page.locator("details.offline > summary").click()
    offer = page.locator("[data-offline-state=offer]")
    offer.wait_for()
    text = offer.inner_text()
    page.locator("[data-offline-keep]").click()
    page.locator("[data-offline-state=kept]").wait_for(timeout=60_000)
    return text


def _until(page, script, done, seconds=60):
    """What ``script`` (awaited in the page) returns once ``done`` accepts it."""
    import time
    deadline = time.monotonic() + seconds
    while True:
        value = page.evaluate(script)
        if done(value) or time.monotonic() > deadline:
            return value
        page.wait_for_timeout(200)


def _answer(page, query):
    page.wait_for_function("() => window.CurriculumSearch && CurriculumSearch.answer")
    return page.evaluate("""async (query) => { const a = await CurriculumSearch.answer(query);
        const pages = await Promise.all(a.pages.slice(0, 3).map(r => r.data()));
        return {pages: a.pages.length, entries: a.entries.length, first: pages.map(p => p.url)}; }""", query)


QUERIES = {"kk": "мәслихат", "ru": "маслихат", "en": "maslikhat"}


@pytest.mark.browser
@pytest.mark.parametrize("lang", PREFIXES)
def test_a_kept_language_reads_and_searches_with_the_network_cut(browser, deployment, lang):
    site, url, _ = deployment
    manifest = _manifest(site, lang)
    context = browser.new_context(viewport={"width": 412, "height": 915})
    try:
        page = context.new_page()
        home = url + PREFIXES[lang]
        offer = _keep(page, home + "programme/")
        # The reader saw the size before agreeing: the list's total, in megabytes, in the page's language.
        number = page.evaluate("([lang, bytes]) => new Intl.NumberFormat(lang, {minimumFractionDigits: 1, "
                               "maximumFractionDigits: 1}).format(bytes / 1e6)", [lang, manifest["bytes"]])
        assert number in offer
        online = _answer(page, QUERIES[lang])
        assert online["pages"] > 0
        context.set_offline(True)
        pages = [path for path, _, _ in manifest["files"] if path == PREFIXES[lang] or path.endswith("/")]
        assert len(pages) == manifest["pages"]
        for path in pages:  # every page of the language
            response = page.goto(url + path, wait_until="domcontentloaded")
            assert response.ok and page.locator("article h1").count() == 1, path
        page.goto(home + "courses/lsg2105/?h=x#weekly-plan")
        assert page.locator("#weekly-plan").is_visible()
        assert _answer(page, QUERIES[lang]) == online
        assert page.locator("[data-offline-state=kept]").count() == 1
    finally:
        context.close()


@pytest.mark.browser
def test_a_new_deployment_updates_the_kept_copy_fetching_only_what_changed(browser, deployment):
    site, url, server = deployment
    context = browser.new_context()
    try:
        page = context.new_page()
        _keep(page, url + "ru/")
        old = _manifest(site, "ru")["build"]
        # The next deployment changes one Russian page.
        changed = site / "ru" / "courses" / "lsg2105" / "index.html"
        changed.write_text(changed.read_text(encoding="utf-8").replace("</h1>", " (2026)</h1>", 1), encoding="utf-8")
        new = write_offline_bundle(site)["ru"].build
        assert new != old
        server.served.clear()
        page.reload()  # the browser checks the worker on a navigation and installs the new one
        names = _until(page, "async () => await caches.keys()", lambda names: not any(n.endswith(" " + old) for n in names))
        assert names == [f"curriculum-offline {url} ru {new}"]
        fetched = [path for path in server.served if not path.endswith(("/ru/", WORKER))]
        assert fetched == ["/curriculum/offline/ru.json", "/curriculum/ru/courses/lsg2105/"]
        context.set_offline(True)
        page.goto(url + "ru/courses/lsg2105/")
        assert "(2026)" in page.locator("article h1").inner_text()
    finally:
        context.close()


@pytest.mark.browser
def test_removing_forgets_the_copy_and_the_worker(browser, deployment):
    site, url, _ = deployment
    context = browser.new_context()
    try:
        page = context.new_page()
        _keep(page, url + "en/")
        page.locator("[data-offline-remove]").click()
        page.locator("[data-offline-state=offer]").wait_for()
        assert page.evaluate("async () => (await caches.keys()).length") == 0
        assert _until(page, "async () => !!(await navigator.serviceWorker.getRegistration())", lambda found: not found) is False
    finally:
        context.close()
