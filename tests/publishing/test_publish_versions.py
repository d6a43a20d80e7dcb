"""End to end: mike publishes a small site built with the real configuration, hooks and theme.

One sequence, as the publish workflow runs it, into a temporary git repository with a bare "origin":
2025 is published; a broken 2026 build then fails and must deploy nothing; the fixed 2026 is published
from its release tag and becomes `latest`; the default branch, already edited for 2027, is published as
`dev`. The origin's gh-pages is checked out and served under a sub-path as a GitHub Pages project site
is (a missing address answered with the branch root's 404.html), then driven in Chromium.
"""

from __future__ import annotations

import functools
import json
import os
import re
import shutil
import subprocess
import sys
import threading
from http.server import ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest
import yaml

from conftest import ROOT, SUB_PATH, _SubPathHandler
from fixture_project import edit, make_project

from curriculum.publishing.versions import same_page_in_version

INTAKE = {"kk": "Қабылдау жылы: {year}.", "ru": "Год набора: {year}.", "en": "Intake year: {year}."}
NOTICE = {"kk": "жылы оқуға қабылданған студенттердің бағдарламасы", "ru": "поступивших в 2025 году",
          "en": "students admitted in 2025"}
DRAFT = {"kk": "Бұл — бағдарламаның әзірленіп жатқан жобасы: ол әлі бекітілмеген және өзгеруі мүмкін.",
         "ru": "Это проект программы в разработке: он ещё не утверждён и может измениться."}
LANGUAGE_NAMES = {"kk": "Қазақша", "ru": "Русский", "en": "English"}
PREFIX = {"kk": "", "ru": "ru/", "en": "en/"}


def _git(cwd: Path, *args: str) -> str:
    return subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True, text=True).stdout.strip()


def _environment(site_url: str) -> dict:
    environment = {key: value for key, value in os.environ.items()
                   if key not in ("GITHUB_TOKEN", "ONLY_LANG", "MIKE_DOCS_VERSION")}
    identity = {"GIT_AUTHOR_NAME": "Test", "GIT_AUTHOR_EMAIL": "test@example.invalid",
                "GIT_COMMITTER_NAME": "Test", "GIT_COMMITTER_EMAIL": "test@example.invalid"}
    # A developer's own git configuration (signing, hooks, default branch) must not leak in.
    return {**environment, **identity, "SITE_URL": site_url, "GIT_CONFIG_GLOBAL": os.devnull,
            "GIT_CONFIG_NOSYSTEM": "1", "NO_MKDOCS_2_WARNING": "1"}


def _nav_pages(config: Path) -> list[str]:
    """Every page the real nav lists (a stub is written for each: the strict build wants them all)."""
    class Loader(yaml.SafeLoader):
        pass
    Loader.add_multi_constructor("", lambda loader, suffix, node: None)  # !ENV, !!python/…: not needed here
    found = []

    def walk(items):
        for item in items:
            value = next(iter(item.values())) if isinstance(item, dict) else item
            walk(value) if isinstance(value, list) else found.append(value)
    walk(yaml.load(config.read_text(encoding="utf-8"), Loader=Loader)["nav"])
    return found


def _make_site(root: Path) -> None:
    """tests/fixtures/minimal with the real mkdocs.yml, hooks and theme; short pages of our own."""
    make_project(root)
    shutil.copy(ROOT / "mkdocs.yml", root / "mkdocs.yml")
    for folder in ("hooks", "overrides", "docs/assets"):
        shutil.copytree(ROOT / folder, root / folder, dirs_exist_ok=True)
    for lang in PREFIX:
        for page in _nav_pages(root / "mkdocs.yml"):
            target = root / "docs" / lang / page
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(f"# {LANGUAGE_NAMES[lang]} — {page}\n\n{INTAKE[lang].format(year='2025')}\n",
                              encoding="utf-8")
        course = root / "docs" / lang / "courses" / "pro1201.md"
        course.write_text(course.read_text(encoding="utf-8") + f"\n{INTAKE[lang].format(year='2025')}\n",
                          encoding="utf-8")
    (root / ".gitignore").write_text("site/\n", encoding="utf-8")


def _set_year(root: Path, old: str, new: str) -> None:
    for lang, words in INTAKE.items():
        for page in (root / "docs" / lang).rglob("*.md"):
            if words.format(year=old) in page.read_text(encoding="utf-8"):
                edit(page, words.format(year=old), words.format(year=new))


class Published:
    """The repository, what each step returned, and the served gh-pages."""

    def __init__(self, base: Path, site_url: str):
        self.work, self.origin, self.pages = base / "work", base / "origin.git", base / "pages"
        self.site_url = site_url
        self.environment = _environment(site_url)
        self.steps: dict[str, subprocess.CompletedProcess] = {}
        self.seen: dict[str, str] = {}  # gh-pages commits and trees along the sequence

    def publish(self, name: str, *args: str) -> subprocess.CompletedProcess:
        result = subprocess.run([sys.executable, "-m", "curriculum.publishing.publish", *args], cwd=self.work,
                                env=self.environment, capture_output=True, text=True)
        self.steps[name] = result
        return result

    def commit(self, message: str) -> None:
        subprocess.run(["git", "add", "-A"], cwd=self.work, env=self.environment, check=True)
        subprocess.run(["git", "commit", "-q", "-m", message], cwd=self.work, env=self.environment, check=True)

    def origin_rev(self, rev: str) -> str:
        return _git(self.origin, "rev-parse", rev)


def _run_sequence(published: Published) -> None:
    work, seen = published.work, published.seen
    _make_site(work)
    environment = published.environment
    subprocess.run(["git", "init", "-q", "--bare", str(published.origin)], env=environment, check=True)
    subprocess.run(["git", "init", "-q", "-b", "main"], cwd=work, env=environment, check=True)
    subprocess.run(["git", "remote", "add", "origin", str(published.origin)], cwd=work, env=environment, check=True)
    published.commit("The 2025 programme")

    for step in ("fetch", "deploy", "push"):
        args = ["deploy", "--version", "2025"] if step == "deploy" else [step]
        assert published.publish(f"2025 {step}", *args).returncode == 0, published.steps[f"2025 {step}"].stderr
    seen["after 2025"] = published.origin_rev("gh-pages")
    seen["2025 tree"] = published.origin_rev("gh-pages:2025")
    seen["404 after 2025"] = published.origin_rev("gh-pages:404.html")

    # A broken 2026: a link to a page that does not exist fails the strict build after every page rendered.
    _set_year(work, "2025", "2026")
    edit(work / "docs" / "en" / "index.md", "Intake year: 2026.", "Intake year: 2026. [Plan](missing.md)")
    published.commit("A broken 2026 programme")
    published.publish("broken fetch", "fetch")
    seen["local before broken"] = _git(work, "rev-parse", "gh-pages")
    published.publish("broken deploy", "deploy", "--ref", "refs/tags/v2026")
    seen["local after broken"] = _git(work, "rev-parse", "gh-pages")
    published.publish("push after broken", "push")  # the workflow never gets here; even so nothing moves
    seen["origin after broken"] = published.origin_rev("gh-pages")

    edit(work / "docs" / "en" / "index.md", " [Plan](missing.md)", "")
    published.commit("The 2026 programme")
    for step in ("fetch", "deploy", "push"):
        args = ["deploy", "--ref", "refs/tags/v2026"] if step == "deploy" else [step]
        assert published.publish(f"2026 {step}", *args).returncode == 0, published.steps[f"2026 {step}"].stderr

    seen["404 after 2026"] = published.origin_rev("gh-pages:404.html")

    # The default branch goes on towards the 2027 programme and is published as dev.
    _set_year(work, "2026", "2027")
    published.commit("Towards the 2027 programme")
    for step in ("fetch", "deploy", "push"):
        args = ["deploy", "--ref", "refs/heads/main"] if step == "deploy" else [step]
        assert published.publish(f"dev {step}", *args).returncode == 0, published.steps[f"dev {step}"].stderr

    subprocess.run(["git", "clone", "-q", "--branch", "gh-pages", str(published.origin), str(published.pages)],
                   env=environment, check=True)


class _GitHubPagesHandler(_SubPathHandler):
    """As GitHub Pages serves a project site: an address under it that names no file (or a folder without
    index.html) is answered 404 with the branch root's 404.html."""

    def send_error(self, code, message=None, explain=None):
        page = Path(self.directory) / "404.html"
        if code != 404 or not self.path.startswith(SUB_PATH) or not page.is_file():
            return super().send_error(code, message, explain)
        body = page.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def list_directory(self, path):
        self.send_error(404)


@pytest.fixture(scope="module")
def published(tmp_path_factory):
    base = tmp_path_factory.mktemp("publish")
    (base / "pages").mkdir()
    # The server starts first: its port is part of SITE_URL, which the build writes into the sitemap.
    handler = functools.partial(_GitHubPagesHandler, directory=str(base / "pages"))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    published = Published(base, f"http://127.0.0.1:{server.server_address[1]}{SUB_PATH}")
    (base / "pages").rmdir()
    _run_sequence(published)
    yield published
    server.shutdown()


# --- what the branch holds ------------------------------------------------------------------------


def test_a_failed_build_deploys_nothing_and_leaves_earlier_versions_untouched(published):
    broken = published.steps["broken deploy"]
    assert broken.returncode == 1
    assert "the build of 2026 failed; gh-pages is unchanged" in broken.stderr
    assert "missing.md" in broken.stdout + broken.stderr  # the strict build's own reason is shown
    seen = published.seen
    assert seen["local after broken"] == seen["local before broken"] == seen["after 2025"]
    assert seen["origin after broken"] == seen["after 2025"]
    assert published.origin_rev("gh-pages:2025") == seen["2025 tree"]  # not even the fixed 2026 touched it


def test_both_versions_dev_and_the_latest_alias_are_published(published):
    versions = json.loads((published.pages / "versions.json").read_text(encoding="utf-8"))
    assert [(v["version"], v["aliases"]) for v in versions] == [("dev", []), ("2026", ["latest"]), ("2025", [])]
    latest = published.pages / "latest"
    assert latest.is_symlink() and os.readlink(latest) == "2026"
    assert "Intake year: 2026." in (published.pages / "latest/en/index.html").read_text(encoding="utf-8")
    assert "Intake year: 2025." in (published.pages / "2025/en/index.html").read_text(encoding="utf-8")
    assert "Intake year: 2027." in (published.pages / "dev/en/index.html").read_text(encoding="utf-8")
    assert 'url=latest/' in (published.pages / "index.html").read_text(encoding="utf-8")
    assert "2026 is the newest intake year, so latest moves to it" in published.steps["2026 deploy"].stdout
    assert "dev is the default branch's draft; latest stays where it is" in published.steps["dev deploy"].stdout


def test_each_published_version_has_its_documents_named_by_its_year(published):
    """A published version is built with every page's DOCX and PDF (curriculum/documents/), in its own year."""
    from pypdf import PdfReader
    for version in ("2025", "2026", "dev"):
        found = sorted(p.relative_to(published.pages / version).as_posix()
                       for pattern in ("*.docx", "*.pdf") for p in (published.pages / version).rglob(pattern))
        assert f"ru/programme/programme-passport-ru-{version}.pdf" in found
        assert f"courses/bas1103/BAS1103-syllabus-kk-{version}.docx" in found  # the fixture's full syllabus
        assert len(found) == 3 * 3 * 2  # passport, study plan and one syllabus, in three languages, two formats
    passport = PdfReader(published.pages / "2025" / "en" / "programme" / "programme-passport-en-2025.pdf")
    text = " ".join(passport.pages[0].extract_text().split())
    assert "for students admitted in 2025" in text and f"{published.site_url}2025/en/programme/" in text


def test_the_branch_root_has_the_default_versions_own_404_page(published):
    seen, root_page = published.seen, published.pages / "404.html"
    assert root_page.is_file() and not root_page.is_symlink()
    # The site default's page at each step (latest resolved to its folder), never dev's; committed only
    # when it changes: dev's deployment left it as 2026's had made it.
    assert seen["404 after 2025"] == published.origin_rev("gh-pages:2025/404.html")
    assert published.origin_rev("gh-pages:404.html") == seen["404 after 2026"] == published.origin_rev(
        "gh-pages:2026/404.html")
    assert published.origin_rev("gh-pages:404.html") != published.origin_rev("gh-pages:dev/404.html")
    subjects = _git(published.origin, "log", "--format=%s", "gh-pages").splitlines()
    assert [subject for subject in subjects if subject.startswith("Root 404.html")] == [
        "Root 404.html: the 404 page of 2026, for any missing address",
        "Root 404.html: the 404 page of 2025, for any missing address"]
    assert subjects[0].startswith("Deployed ") and " to dev " in subjects[0]  # nothing to change after dev
    # Served at any address, it works because every link in it is absolute, into 2026's own folder.
    html = root_page.read_text(encoding="utf-8")
    links = re.findall(r'(?:href|src)="([^"]+)"', html)
    local = [link for link in links if not link.startswith(("https://", "data:", "#"))]
    assert any(link.endswith(".css") for link in local) and any(link.endswith(".js") for link in local)
    assert [link for link in local if not link.startswith(f"{SUB_PATH}2026/")] == []
    missing = [link for link in local
               if not (published.pages / link[len(SUB_PATH):]).is_file()
               and not (published.pages / link[len(SUB_PATH):] / "index.html").is_file()]
    assert missing == []
    assert f'"base": "{SUB_PATH}2026/"' in html


def test_sitemap_urls_carry_the_version_and_a_slash_before_the_language(published):
    for version in ("2025", "2026"):
        sitemap = (published.pages / version / "sitemap.xml").read_text(encoding="utf-8")
        urls = re.findall(r'<loc>([^<]+)</loc>', sitemap) + re.findall(r'hreflang="\w+" href="([^"]+)"', sitemap)
        assert len(urls) > 100
        prefix = f"{published.site_url}{version}/"
        wrong = [url for url in urls if not url.startswith(prefix) or url.startswith(prefix + version)]
        assert wrong == []
        assert f'hreflang="ru" href="{published.site_url}{version}/ru/courses/pro1201/"' in sitemap


# --- in Chromium ----------------------------------------------------------------------------------


@pytest.fixture
def tab(browser, published):
    context = browser.new_context()
    tab = context.new_page()
    tab.problems = []
    host = published.site_url.split(SUB_PATH)[0]
    tab.on("pageerror", lambda error: tab.problems.append(f"page error: {error}"))
    tab.on("console", lambda message: tab.problems.append(f"policy: {message.text}")
           if "Content Security Policy" in message.text else None)
    tab.on("response", lambda response: tab.problems.append(f"{response.status} {response.url}")
           if response.status >= 400 else None)
    tab.on("request", lambda request: None if request.url.startswith((host, "data:", "blob:"))
           else tab.problems.append(f"request to another host: {request.url}"))
    yield tab
    context.close()


def _open_versions(tab) -> None:
    tab.locator(".md-version").hover()


def _titles(locator) -> list[str]:
    """The version titles, without the alias Material shows beside one ("2026" of "2026 latest")."""
    return locator.evaluate_all("elements => elements.map(e => e.firstChild.textContent.trim())")


def _switch_version(tab, title: str) -> None:
    _open_versions(tab)
    tab.locator(".md-version__link", has_text=title).click()


def _switch_language(tab, name: str) -> None:
    tab.locator(".md-header__option .md-select").first.hover()
    tab.locator(".md-select__link", has_text=name).first.click()
    tab.wait_for_load_state()


@pytest.mark.browser
def test_the_site_root_redirects_to_latest(tab, published):
    tab.goto(published.site_url)
    tab.wait_for_url(published.site_url + "latest/")
    assert tab.locator("html").get_attribute("lang") == "kk"
    assert "Қабылдау жылы: 2026." in tab.locator("article").inner_text()
    assert tab.problems == []


@pytest.mark.browser
def test_the_version_selector_lists_both_versions(tab, published):
    tab.goto(published.site_url + "2025/ru/courses/pro1201/")
    tab.locator(".md-version__current").first.wait_for()  # Material draws the selector after fetching versions.json
    assert _titles(tab.locator(".md-version__current")) == ["2025"]
    links = tab.locator(".md-version__link")
    assert _titles(links) == ["dev", "2026", "2025"]
    assert links.nth(1).locator(".md-version__alias").inner_text() == "latest"
    assert [link.get_attribute("href") for link in links.all()] == [published.site_url + "dev/",
                                                                      published.site_url + "2026/",
                                                                      published.site_url + "2025/"]
    assert tab.problems == []


@pytest.mark.browser
@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_switching_version_keeps_the_page_and_the_language(tab, published, lang):
    start = f"{published.site_url}2025/{PREFIX[lang]}courses/pro1201/"
    tab.goto(start)
    _switch_version(tab, "2026")
    tab.wait_for_url(urljoin(start, same_page_in_version(urlsplit(start).path, SUB_PATH, "2026")))
    assert tab.locator("html").get_attribute("lang") == lang
    assert INTAKE[lang].format(year="2026") in tab.locator("article").inner_text()
    _switch_version(tab, "2025")
    tab.wait_for_url(start)
    assert tab.problems == []


@pytest.mark.browser
def test_switching_version_from_the_latest_alias_keeps_the_page(tab, published):
    tab.goto(published.site_url + "latest/en/programme/structure/")
    tab.locator(".md-version__current").first.wait_for()  # Material draws the selector after fetching versions.json
    assert _titles(tab.locator(".md-version__current")) == ["2026"]
    _switch_version(tab, "2025")
    tab.wait_for_url(published.site_url + "2025/en/programme/structure/")
    assert tab.problems == []


@pytest.mark.browser
@pytest.mark.parametrize("version", ["2025", "2026", "latest"])
def test_switching_language_keeps_the_version_and_the_page(tab, published, version):
    tab.goto(f"{published.site_url}{version}/ru/courses/pro1201/")
    _switch_language(tab, "English")
    assert tab.url == f"{published.site_url}{version}/en/courses/pro1201/"
    _switch_language(tab, "Қазақша")
    assert tab.url == f"{published.site_url}{version}/courses/pro1201/"
    _switch_language(tab, "Русский")
    assert tab.url == f"{published.site_url}{version}/ru/courses/pro1201/"
    tab.goto(f"{published.site_url}{version}/en/")
    _switch_language(tab, "Қазақша")
    assert tab.url == f"{published.site_url}{version}/"
    assert tab.problems == []


def _follow_notice_to_latest(tab, published, lang):
    """The notice's link opens the same page in latest, which shows the newest year and no notice."""
    tab.locator("[data-md-component=outdated]").locator("a").click()
    tab.wait_for_url(f"{published.site_url}latest/{PREFIX[lang]}courses/pro1201/")
    assert INTAKE[lang].format(year="2026") in tab.locator("article").inner_text()
    assert tab.locator("[data-md-component=outdated]").is_hidden()
    assert tab.problems == []


@pytest.mark.browser
@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_the_older_version_tells_in_its_language_that_a_newer_programme_exists(tab, published, lang):
    tab.goto(f"{published.site_url}2025/{PREFIX[lang]}courses/pro1201/")
    notice = tab.locator("[data-md-component=outdated]")
    notice.wait_for(state="visible")
    assert NOTICE[lang] in notice.inner_text()
    assert "2025" in notice.inner_text()
    _follow_notice_to_latest(tab, published, lang)


@pytest.mark.browser
@pytest.mark.parametrize("address", ["2026/ru/courses/pro1201/", "latest/"])
def test_the_newest_version_shows_no_notice(tab, published, address):
    tab.goto(published.site_url + address)
    tab.locator(".md-version__current").wait_for()
    tab.wait_for_load_state("networkidle")
    assert tab.locator("[data-md-component=outdated]").is_hidden()
    assert tab.problems == []


@pytest.mark.browser
@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_dev_tells_in_its_language_that_it_is_a_draft_and_leads_to_the_current_programme(tab, published, lang):
    tab.goto(f"{published.site_url}dev/{PREFIX[lang]}courses/pro1201/")
    assert INTAKE[lang].format(year="2027") in tab.locator("article").inner_text()
    notice = tab.locator("[data-md-component=outdated]")
    notice.wait_for(state="visible")
    assert DRAFT[lang] in notice.inner_text()
    _follow_notice_to_latest(tab, published, lang)


@pytest.mark.browser
@pytest.mark.parametrize("address", ["no/such/page/", "2025/ru/courses/nothing/", "dev/assets/"])
def test_a_missing_address_shows_the_sites_own_404_page_styled(tab, published, address):
    response = tab.goto(published.site_url + address)
    assert response.status == 404
    # The page in its three languages (hooks/not_found.py), Kazakh first.
    assert tab.locator("h1").inner_text() == "Бет табылмады"
    assert tab.locator("section.not-found[lang=ru] h2").inner_text() == "Страница не найдена"
    # Material's stylesheet applied and its script ran (it draws the version selector from versions.json).
    assert tab.locator(".md-header").evaluate("header => getComputedStyle(header).position") == "sticky"
    tab.locator(".md-version__current").wait_for()
    assert _titles(tab.locator(".md-version__current")) == ["2026"]
    assert tab.problems == [f"404 {published.site_url}{address}"]
