"""The downloadable documents, made from the real content without a site build: a full syllabus in each language
as DOCX (read back with python-docx) and PDF (read back with pypdf), the passport and the study plan, and the
pieces they are made of."""

from __future__ import annotations

import dataclasses
import functools
import io
import re
from pathlib import Path

import pytest

from conftest import ROOT
from curriculum.checks.project import Project
from curriculum.documents.adoption import BLANK
from curriculum.documents.compose import Edition, compose, document_kind, file_stem, page_path
from curriculum.documents.docx import to_docx
from curriculum.documents.files import read_selection
from curriculum.documents.model import Table, column_widths, plain
from curriculum.documents.pdf import MissingFonts, font_files, to_pdf
from curriculum.legal.citations import MARKER, parse_marker
from curriculum.legal.wording import full_citation, status_note

COURSE = "LSG2105"
YEAR = "2025"
SITE_URL = "https://example.kz/curriculum/2025/"
EDITION = Edition(YEAR, "2025-11-28", SITE_URL)
# What each language calls the two rating controls of a semester.
RATING_CONTROLS = {"kk": ("АБ1", "АБ2"), "ru": ("РК1", "РК2"), "en": ("RC1", "RC2")}
KAZAKH_LETTERS = "әғқңөұүһі"


def _page(lang: str, name: str) -> str:
    text = (ROOT / "docs" / lang / name).read_text(encoding="utf-8")
    return re.sub(r"\A---\n.*?\n---\n", "", text, flags=re.S)


def _section(markdown: str, anchor: str) -> str:
    return re.search(rf"^## .*\{{ #{anchor} \}}\n(.*?)(?=^## |\Z)", markdown, flags=re.S | re.M).group(1)


def _unmarked(text: str, lang: str = "en") -> str:
    """Markdown's inline marks away: [words](link) → words, **bold** → bold; a legal citation as it reads."""
    text = MARKER.sub(lambda match: _citation_text(match["body"], lang), text)
    return re.sub(r"\*+", "", re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)).strip()


@functools.lru_cache(maxsize=1)
def _curriculum():
    return Project(ROOT).load()[0].curriculum


def _citation_text(body: str, lang: str) -> str:
    kind, act_id, words = parse_marker(body)
    curriculum = _curriculum()
    label = lambda key, lang: curriculum.label("legal", key, lang)
    if kind == "check":
        return f"({label('to_check', lang)})"
    if words:
        return words
    act = curriculum.acts[act_id]
    note = status_note(act, lang, label)
    return full_citation(act, lang, label) + (f" ({note})" if note else "")


def _squashed(text: str) -> str:
    """Text as a PDF gives it back, without the line breaks, spaces and hyphens of its lines."""
    return re.sub(r"[\s\-\u00ad\u2010\u2011]", "", text)


def _expected(lang: str) -> dict:
    """What the page says, read straight from its Markdown: each week's lecture, each reading."""
    markdown = _page(lang, f"courses/{COURSE.lower()}.md")
    weeks = {int(number): _unmarked(lecture, lang) for number, lecture in
             re.findall(r"^\| (\d+) \| (.*?) \|", _section(markdown, "weekly-plan"), flags=re.M)}
    readings = [_unmarked(text, lang) for text in re.findall(r"^\d+\. (.+)$", _section(markdown, "readings"), flags=re.M)]
    return {"weeks": weeks, "readings": readings}


@pytest.fixture(scope="module")
def content():
    loaded, problems = Project(ROOT).load()
    assert problems == []
    return loaded


@pytest.fixture(scope="module")
def syllabi(content):
    """Each language's syllabus of LSG2105: the document, its DOCX and its PDF."""
    made = {}
    for lang in ("kk", "ru", "en"):
        prefix = "" if lang == "kk" else f"{lang}/"
        document = compose("syllabus", _page(lang, "courses/lsg2105.md"), content, lang,
                           f"{prefix}courses/lsg2105/", EDITION, COURSE)
        made[lang] = (document, to_docx(document), to_pdf(document))
    return made


def _word(data: bytes):
    import docx
    return docx.Document(io.BytesIO(data))


def _pdf_pages(data: bytes) -> list[str]:
    from pypdf import PdfReader
    return [page.extract_text() for page in PdfReader(io.BytesIO(data)).pages]


# --- the syllabus in each language ------------------------------------------------------------------

@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_the_docx_syllabus_has_the_title_the_15_weeks_the_rating_controls_and_the_readings(syllabi, content, lang):
    document, data, _ = syllabi[lang]
    expected = _expected(lang)
    assert sorted(expected["weeks"]) == list(range(1, 16)) and len(expected["readings"]) >= 10
    word = _word(data)
    title = f"{COURSE} {content.curriculum.courses[COURSE].title[lang]}"
    headings = [p.text for p in word.paragraphs if p.style.name.startswith("Heading")]
    assert headings[0] == title
    assert word.core_properties.title == title and word.core_properties.language == {"kk": "kk-KZ", "ru": "ru-RU", "en": "en-GB"}[lang]
    # The weekly plan is a real Word table: week numbers down its first column, each week's lecture beside it.
    plan = next(t for t in word.tables if [r.cells[0].text for r in t.rows[1:]] == [str(n) for n in range(1, 16)])
    for row in plan.rows[1:]:
        lecture = expected["weeks"][int(row.cells[0].text)]
        assert row.cells[1].text.startswith(lecture[:60]), (row.cells[0].text, row.cells[1].text[:80], lecture[:80])
    header_xml = plan.rows[0]._tr.xml
    assert "w:tblHeader" in header_xml and all("w:cantSplit" in row._tr.xml for row in plan.rows)
    tables_text = "\n".join(cell.text for table in word.tables for row in table.rows for cell in row.cells)
    for control in RATING_CONTROLS[lang]:
        assert control in tables_text
    letters = [row.cells[0].text for t in word.tables for row in t.rows if len(row.cells) == 3]
    assert {"A", "A-", "B+", "F"} <= set(letters)  # the letter scale, from the programme's data
    paragraphs = [p.text for p in word.paragraphs]
    for number, reading in enumerate(expected["readings"], start=1):
        assert f"{number}.\t{reading[:60]}" in "\n".join(paragraphs), reading
    # The head: lecturer and contacts left blank, the version and the address of the page.
    facts = {row.cells[0].text: row.cells[1].text for row in word.tables[0].rows}
    label = lambda key: content.curriculum.label("documents", key, lang)
    assert facts[label("lecturer")] == BLANK and facts[label("contacts")] == BLANK
    assert YEAR in facts[label("version")] and facts[label("address")].startswith(SITE_URL)
    section = word.sections[0]
    assert COURSE in section.header.paragraphs[0].text and YEAR in section.header.paragraphs[0].text
    assert section.footer.paragraphs[0].text.startswith(SITE_URL)
    assert "NUMPAGES" in section.footer.paragraphs[0]._p.xml


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_the_pdf_syllabus_has_the_title_the_15_weeks_the_rating_controls_and_the_readings(syllabi, content, lang):
    _, _, data = syllabi[lang]
    expected = _expected(lang)
    pages = _pdf_pages(data)
    text = _squashed("\n".join(pages))
    assert _squashed(f"{COURSE} {content.curriculum.courses[COURSE].title[lang]}") in text
    for number, lecture in expected["weeks"].items():
        assert _squashed(lecture[:60]) in text, f"week {number}: {lecture[:60]}"
    for control in RATING_CONTROLS[lang]:
        assert control in text
    for reading in expected["readings"]:
        assert _squashed(reading[:60]) in text, reading
    version = content.curriculum.label("documents", "intake_short", lang).format(year=YEAR)
    for number, page in enumerate(pages, start=1):  # the running header and footer on every sheet
        squashed = _squashed(page)
        assert _squashed(version) in squashed and COURSE in squashed and _squashed(SITE_URL) in squashed
        assert f"{number}/{len(pages)}" in squashed
    if lang == "kk":  # every Kazakh letter of the page comes back as itself
        source = _page("kk", "courses/lsg2105.md")
        letters = {letter for letter in KAZAKH_LETTERS + KAZAKH_LETTERS.upper() if letter in source}
        assert len(letters) >= 8 and letters <= set("\n".join(pages))


def test_the_pdf_embeds_its_fonts_and_they_are_dejavu(syllabi):
    from pypdf import PdfReader
    _, _, data = syllabi["kk"]
    fonts = set()
    for page in PdfReader(io.BytesIO(data)).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = font["/DescendantFonts"][0].get_object()["/FontDescriptor"].get_object()
            fonts.add((str(font["/BaseFont"]).split("+", 1)[1], "/FontFile2" in descriptor))
    assert fonts and all(name.startswith("DejaVu") and embedded for name, embedded in fonts), fonts


def test_the_pdf_fonts_have_every_kazakh_letter():
    from fontTools.ttLib import TTFont
    for face, path in font_files().items():
        characters = TTFont(path).getBestCmap()
        missing = [letter for letter in KAZAKH_LETTERS + KAZAKH_LETTERS.upper() if ord(letter) not in characters]
        assert missing == [], (face, path, missing)


def test_documents_are_reproducible(syllabi):
    document, docx_data, pdf_data = syllabi["ru"]
    assert to_docx(document) == docx_data
    assert to_pdf(document) == pdf_data


def test_the_syllabus_says_the_draft_and_not_a_year_when_built_from_dev(content):
    document = compose("syllabus", _page("en", "courses/lsg2105.md"), content, "en", "en/courses/lsg2105/",
                       Edition("dev", "2025-11-28"), COURSE)
    draft = content.curriculum.label("documents", "draft", "en")
    assert draft in document.text() and document.footer == "/en/courses/lsg2105/"


# --- the passport and the study plan -----------------------------------------------------------------

def test_the_passport_shows_blanks_until_the_university_is_set_and_its_name_and_code_after(content):
    markdown = _page("ru", "programme/index.md")
    document = compose("passport", markdown, content, "ru", "ru/programme/", EDITION)
    assert document.title == "Паспорт программы"
    head = document.blocks[1]
    assert isinstance(head, Table) and plain(head.rows[0][1].runs) == BLANK
    code_row = next(row for block in document.blocks if isinstance(block, Table) for row in block.rows
                    if plain(row[0].runs) == content.curriculum.label("ui", "programme_code", "ru"))
    assert plain(code_row[1].runs) == BLANK

    university = content.curriculum.university
    content.curriculum.university = dataclasses.replace(
        university, name={"kk": "Үлгі университеті", "ru": "Университет «Пример»", "en": "Example University"},
        programme_code="6B04199")
    try:
        adopted = compose("passport", markdown, content, "ru", "ru/programme/", EDITION)
    finally:
        content.curriculum.university = university
    text = adopted.text()
    assert "Университет «Пример»" in text and "6B04199" in text and BLANK not in text


def test_the_study_plan_has_every_semester_and_the_comparison_with_the_standard(content):
    document = compose("plan", _page("en", "programme/structure.md"), content, "en", "en/programme/structure/", EDITION)
    headings = [block.text for block in document.blocks if hasattr(block, "level")]
    assert [h for h in headings if h.startswith("Semester")] == [f"Semester {n}" for n in range(1, 9)]
    assert content.curriculum.label("ui", "standard", "en") in headings
    codes = {code for code in content.curriculum.courses if code in document.text()}
    assert codes == set(content.curriculum.courses)  # every course, electives of each track included
    pdf = _squashed("\n".join(_pdf_pages(to_pdf(document))))
    assert all(code in pdf for code in codes)


# --- which pages, which files ----------------------------------------------------------------------------

def test_which_pages_have_documents(content):
    curriculum = content.curriculum
    full = next(c for c in curriculum.courses.values() if c.syllabus == "full")
    summary = next(c for c in curriculum.courses.values() if c.syllabus != "full")
    assert document_kind(f"courses/{full.slug}.md", full.code, curriculum) == "syllabus"
    assert document_kind(f"courses/{summary.slug}.md", summary.code, curriculum) is None
    assert document_kind("programme/index.md", None, curriculum) == "passport"
    assert document_kind("programme/structure.md", None, curriculum) == "plan"
    assert document_kind("glossary/index.md", None, curriculum) is None
    assert page_path("ru/courses/lsg2105.md", "ru") == "courses/lsg2105.md"
    assert file_stem("syllabus", "kk", "2026", "LSG2105") == "LSG2105-syllabus-kk-2026"
    assert file_stem("plan", "en", "dev") == "study-plan-en-dev"


def test_the_selection_of_documents_names_each_page_that_has_none(content):
    curriculum = content.curriculum
    summary = next(c for c in curriculum.courses.values() if c.syllabus != "full")
    assert not read_selection(None, curriculum)[0] and not read_selection("", curriculum)[0]
    assert read_selection("all", curriculum)[0].includes("courses/anything.md")
    selection, problems = read_selection("courses/lsg2105.md, programme/index.md", curriculum)
    assert problems == [] and selection.includes("programme/index.md") and not selection.includes("programme/structure.md")
    _, problems = read_selection(f"courses/{summary.slug}.md,glossary/index.md", curriculum)
    assert [str(p) for p in problems] == [
        f"CURRICULUM_DOCUMENTS: 'courses/{summary.slug}.md' has no document — all, or page paths inside a language "
        "folder separated by commas: programme/index.md, programme/structure.md, courses/<code>.md of a course "
        "whose syllabus is full",
        "CURRICULUM_DOCUMENTS: 'glossary/index.md' has no document — all, or page paths inside a language folder "
        "separated by commas: programme/index.md, programme/structure.md, courses/<code>.md of a course whose "
        "syllabus is full"]


def test_a_narrow_column_keeps_its_longest_word_and_long_text_gets_the_room(syllabi):
    document = syllabi["ru"][0]
    plan = next(b for b in document.blocks if isinstance(b, Table) and b.columns == 5)
    week, lecture, seminar, independent, readings = column_widths(plan)
    assert abs(sum(column_widths(plan)) - 1) < 1e-9
    assert week >= (len("Неделя") + 2) / 80 and week <= 0.1
    assert lecture > seminar > readings and lecture > 0.3


def test_missing_fonts_are_named_with_the_packages_to_install(monkeypatch, tmp_path):
    import curriculum.documents.pdf as pdf
    monkeypatch.setattr(pdf, "FONT_FOLDERS", (str(tmp_path),))
    font_files.cache_clear()
    try:
        with pytest.raises(MissingFonts, match=r"DejaVuSans\.ttf.*apt-get install fonts-dejavu-core fonts-dejavu-extra"):
            font_files()
    finally:
        monkeypatch.undo()
        font_files.cache_clear()
    assert Path(font_files()[("normal", 400)]).name == "DejaVuSans.ttf"
