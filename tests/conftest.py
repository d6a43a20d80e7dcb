"""Shared fixtures: one strict build of the real site per test session, a local server for it
(under a sub-path, as a GitHub Pages project site is served) and Debian's Chromium."""

from __future__ import annotations

import functools
import os
import shutil
import subprocess
import sys
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SUB_PATH = "/curriculum/"
# Builds in tests are reproducible: dates that MkDocs would take from the clock come from here.
REPRODUCIBLE_EPOCH = "1764288000"
# The pages whose DOCX and PDF the session's build makes (curriculum/documents/files.py): one full syllabus, the
# passport and the study plan, in each language; a published version makes every page's (benchmarks/documents.py).
DOCUMENTED_PAGES = "courses/lsg2105.md,programme/index.md,programme/structure.md"
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]


def build_site(config: Path, site_dir: Path, *extra: str, env: dict | None = None,
               engine: str = "mkdocs") -> subprocess.CompletedProcess:
    """A strict build; ``engine`` is the module that builds (mkdocs, or properdocs, its maintained fork)."""
    environment = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "SOURCE_DATE_EPOCH": REPRODUCIBLE_EPOCH}
    environment.pop("ONLY_LANG", None)  # a developer's one-language loop must not leak into tests
    environment.pop("CURRICULUM_DOCUMENTS", None)  # documents only where a test asks for them
    environment.pop("MIKE_DOCS_VERSION", None)
    environment.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", engine, "build", "--strict", "--config-file", str(config),
         "--site-dir", str(site_dir), *extra],
        capture_output=True, text=True, cwd=config.parent, env=environment,
    )


# The fixture site's skeleton: the real pages it keeps (the passport and course pages are its own).
# A short description (its record says summary): the three sections, the first with terms to link.
FIXTURE_PROSE_WITH_TERMS = {
    "kk": "## Пәннің мақсаты { #aims }\n\nПән мәслихаттың жұмысын және әкімдердің есептерін қарайды. Мәслихат туралы.\n\n"
          "## Негізгі тақырыптар { #topics }\n\n- Тақырып\n\n## Оқыту нәтижелері { #outcomes }\n\n- Нәтиже\n",
    "ru": "## Цели дисциплины { #aims }\n\nДисциплина о маслихатах и бюджете сельского округа. Маслихат снова.\n\n"
          "## Основные темы { #topics }\n\n- Тема\n\n## Результаты обучения { #outcomes }\n\n- Результат\n",
    "en": "## Aims { #aims }\n\nThe course studies maslikhats and rural district budgets. A maslikhat again.\n\n"
          "## Main topics { #topics }\n\n- A topic\n\n## Learning outcomes { #outcomes }\n\n- An outcome\n",
}
ADOPTED = ROOT / "tests" / "fixtures" / "adopted"


@pytest.fixture
def project(tmp_path):
    """The miniature valid project (tests/fixtures/minimal), to break on purpose; fixture_project.problems
    lists what the check says of it."""
    from fixture_project import make_project
    return make_project(tmp_path)


@pytest.fixture(scope="session")
def fixture_site(tmp_path_factory) -> Path:
    """tests/fixtures/minimal built with the real mkdocs.yml, hooks and theme, as a fictional university adopted
    it (tests/fixtures/adopted: its data/university.yml and logo); no SITE_URL, so the settings file's address."""
    from fixture_project import make_site

    root = make_site(tmp_path_factory.mktemp("fixture-site"))
    for lang, prose in FIXTURE_PROSE_WITH_TERMS.items():
        (root / "docs" / lang / "courses" / "pro1201.md").write_text(f"---\ncourse: PRO1201\n---\n\n{prose}",
                                                                    encoding="utf-8")
    shutil.copy(ADOPTED / "university.yml", root / "data" / "university.yml")
    shutil.copy(ADOPTED / "fixture-logo.svg", root / "docs" / "assets" / "fixture-logo.svg")
    result = build_site(root / "mkdocs.yml", root / "site",
                        env={"REPO_URL": "https://github.com/example/curriculum", "SITE_URL": ""})
    assert result.returncode == 0, result.stdout + result.stderr
    return root / "site"


@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> Path:
    site_dir = tmp_path_factory.mktemp("site")
    result = build_site(ROOT / "mkdocs.yml", site_dir, env={"CURRICULUM_DOCUMENTS": DOCUMENTED_PAGES})
    if result.returncode != 0:
        pytest.fail(f"mkdocs build --strict failed:\n{result.stdout}\n{result.stderr}")
    return site_dir


class _SubPathHandler(SimpleHTTPRequestHandler):
    def translate_path(self, path):
        if not path.startswith(SUB_PATH):
            return str(Path(self.directory) / "__not_under_the_sub_path__")
        return super().translate_path("/" + path[len(SUB_PATH):])

    def log_message(self, *args):
        pass


@pytest.fixture(scope="session")
def site_url(built_site) -> str:
    """The built site served at http://127.0.0.1:<port>/curriculum/."""
    handler = functools.partial(_SubPathHandler, directory=str(built_site))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}{SUB_PATH}"
    server.shutdown()


@pytest.fixture(scope="session")
def chromium_path() -> str:
    path = os.environ.get("CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
    if not path:
        pytest.fail("Chromium not found: install Debian's package (apt-get install chromium) "
                    "or set CHROMIUM to the browser's path")
    return path


@pytest.fixture(scope="session")
def browser(chromium_path):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium_path, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


def record_policy_violations(page) -> list[str]:
    """What the page's Content Security Policy refused (Chromium says so on the console), across navigations."""
    refused: list[str] = []
    page.on("console", lambda message: refused.append(message.text)
            if "Content Security Policy" in message.text else None)
    return refused


@pytest.fixture
def page(browser, site_url):
    """A fresh page that records every request to a host other than the test server, and fails the test when
    the site's Content Security Policy refused anything: every browser test also shows the policy lets the
    page work. A test that provokes a refusal on purpose empties ``page.policy_violations``."""
    context = browser.new_context()
    page = context.new_page()
    page.foreign_requests = []
    page.on("request", lambda request: None if request.url.startswith(site_url.split("/curriculum")[0])
            or request.url.startswith(("data:", "blob:")) else page.foreign_requests.append(request.url))
    page.policy_violations = record_policy_violations(page)
    yield page
    context.close()
    assert page.policy_violations == [], "the Content Security Policy refused: " + "\n".join(page.policy_violations)
