"""The documents in the session's built site (tests/conftest.py: DOCUMENTED_PAGES): their files beside their
pages, the download buttons with each file's size, and downloading them in Chromium."""

from __future__ import annotations

import io
import re

import pytest


PREFIXES = {"kk": "", "ru": "ru/", "en": "en/"}
DOCUMENTED = {"courses/lsg2105/": "LSG2105-syllabus", "programme/": "programme-passport",
              "programme/structure/": "study-plan"}
_BUTTON = re.compile(r'<a class="md-button" href="(?P<href>[^"]+)" download type="[^"]+" data-size="(?P<size>\d+)">'
                     r'(?P<text>[^<]+)</a>')


def _buttons(built_site, page: str) -> list[re.Match]:
    return list(_BUTTON.finditer((built_site / page / "index.html").read_text(encoding="utf-8")))


def test_each_documented_page_has_its_docx_and_pdf_and_no_other_page_has_any(built_site):
    expected = sorted(f"{PREFIXES[lang]}{page}{stem}-{lang}-dev.{extension}" for lang in PREFIXES
                      for page, stem in DOCUMENTED.items() for extension in ("docx", "pdf"))
    found = sorted(path.relative_to(built_site).as_posix() for pattern in ("*.docx", "*.pdf")
                   for path in built_site.rglob(pattern))
    assert found == expected


@pytest.mark.parametrize("lang", PREFIXES)
def test_the_buttons_speak_the_pages_language_and_give_each_files_size(built_site, lang):
    from curriculum.model.load import load_curriculum
    from conftest import ROOT
    curriculum = load_curriculum(ROOT / "data")[0]
    for page in DOCUMENTED:
        folder = built_site / PREFIXES[lang] / page
        buttons = _buttons(built_site, PREFIXES[lang] + page)
        assert [b["href"] for b in buttons] == [f"{DOCUMENTED[page]}-{lang}-dev.docx", f"{DOCUMENTED[page]}-{lang}-dev.pdf"]
        for button in buttons:
            size = (folder / button["href"]).stat().st_size
            assert int(button["size"]) == size
            assert button["text"].startswith(curriculum.label("documents", "download", lang))
        html = (folder / "index.html").read_text(encoding="utf-8")
        assert html.index('class="document-downloads"') < html.index("<h2")  # above the first section
    assert _buttons(built_site, PREFIXES[lang] + "courses/pfb2202/") == []  # not asked for in this build


def test_the_built_documents_carry_this_builds_version_and_the_pages_address(built_site):
    import docx
    from pypdf import PdfReader
    word = docx.Document(built_site / "ru" / "courses" / "lsg2105" / "LSG2105-syllabus-ru-dev.docx")
    facts = {row.cells[0].text: row.cells[1].text for row in word.tables[0].rows}
    assert facts["Версия"] == "проект (dev): ещё не утверждён" and facts["Адрес страницы"] == "/ru/courses/lsg2105/"
    assert facts["Дата формирования"] == "28 ноября 2025 г."  # SOURCE_DATE_EPOCH of the test build
    pdf = PdfReader(built_site / "en" / "programme" / "structure" / "study-plan-en-dev.pdf")
    text = pdf.pages[0].extract_text()
    assert "Structure of the study plan" in text and "draft (dev)" in text


@pytest.mark.browser
@pytest.mark.parametrize("page_path", ["courses/lsg2105/", "ru/programme/", "en/programme/structure/"])
def test_the_download_buttons_download_the_files_in_chromium(page, site_url, built_site, page_path):
    page.goto(site_url + page_path)
    buttons = page.locator(".document-downloads a.md-button")
    assert buttons.count() == 2
    for index in range(2):
        button = buttons.nth(index)
        assert button.is_visible()
        with page.expect_download() as caught:
            button.click()
        download = caught.value
        expected = built_site / page_path / button.get_attribute("href")
        assert download.suggested_filename == expected.name
        data = open(download.path(), "rb").read()
        assert data == expected.read_bytes()
        assert data.startswith(b"%PDF-" if expected.suffix == ".pdf" else b"PK\x03\x04")
    assert page.foreign_requests == []
