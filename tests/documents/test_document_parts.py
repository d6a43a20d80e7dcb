"""The parts documents are made of: a page's HTML read into the document model, the download buttons, the
escaping of the running header."""

from __future__ import annotations

import pytest

from curriculum.documents.files import DocumentFile, download_buttons, file_size, with_downloads
from curriculum.documents.html_blocks import html_to_blocks
from curriculum.documents.model import Cell, Heading, ListBlock, ListItem, Paragraph, Run, Table
from curriculum.model.load import load_curriculum
from curriculum.site.printing import css_string, page_margin_css, running_header
from conftest import ROOT


@pytest.fixture(scope="module")
def curriculum():
    loaded, problems = load_curriculum(ROOT / "data")
    assert problems == []
    return loaded


def test_html_becomes_headings_paragraphs_lists_and_tables():
    html = """
<h2 id="aims">Aims<a class="headerlink" href="#aims">¶</a></h2>
<p>Read <strong>the law</strong> on <a href="https://adilet.zan.kz/">adilet</a>, not <a href="../x/">a retelling</a>,<br>
   <em>then</em> apply it.</p>
<ol start="3"><li>third</li><li><p>fourth</p><ul><li>inner</li></ul></li></ol>
<div class="admonition note"><p class="admonition-title">A proposal</p><p>Not yet approved.</p></div>
<div class="md-typeset__scrollwrap"><div class="md-typeset__table"><table class="prewrapped">
<caption>Scale</caption><thead><tr><th>Week</th><th>Lecture</th></tr></thead>
<tbody><tr><td>1</td><td>Local <b>government</b></td></tr><tr><th colspan="2">Total</th></tr></tbody></table></div></div>
<form class="catalogue-filter"><label>Semester <select><option>1</option></select></label></form>
<div class="graph-scroll"><svg><text>PRO1201</text></svg></div>
<table><tr><th scope="row">Code</th><td>6B04</td></tr></table>
"""
    assert html_to_blocks(html) == [
        Heading(2, "Aims"),
        Paragraph((Run("Read "), Run("the law", bold=True), Run(" on "), Run("adilet", href="https://adilet.zan.kz/"),
                   Run(", not a retelling,\n"), Run("then", italic=True), Run(" apply it."))),
        ListBlock((ListItem((Run("third"),), 0, "3."), ListItem((Run("fourth"),), 0, "4."), ListItem((Run("inner"),), 1, ""))),
        Paragraph((Run("A proposal", bold=True),)),
        Paragraph((Run("Not yet approved."),)),
        Table(((Cell((Run("Week"),), header=True), Cell((Run("Lecture"),), header=True)),
               (Cell((Run("1"),)), Cell((Run("Local "), Run("government", bold=True)))),
               (Cell((Run("Total"),), header=True, span=2),)), header_rows=1, caption="Scale"),
        Table(((Cell((Run("Code"),), header=True), Cell((Run("6B04"),))),), facts=True),
    ]


def test_file_sizes_are_written_in_the_pages_language(curriculum):
    assert file_size(52_356, curriculum, "en") == "51\u00a0KB"
    assert file_size(52_356, curriculum, "kk") == "51\u00a0КБ"
    assert file_size(1_468_006, curriculum, "ru") == "1,4\u00a0МБ"
    assert file_size(1_468_006, curriculum, "en") == "1.4\u00a0MB"
    assert file_size(10, curriculum, "en") == "1\u00a0KB"


def test_download_buttons_name_the_format_and_size_and_sit_above_the_first_section(curriculum):
    files = [DocumentFile("LSG2105-syllabus-ru-2026.docx", "docx", b"x" * 52_356),
             DocumentFile("LSG2105-syllabus-ru-2026.pdf", "pdf", b"x" * 2048)]
    buttons = download_buttons(files, curriculum, "ru")
    assert ('<a class="md-button" href="LSG2105-syllabus-ru-2026.docx" download '
            'type="application/vnd.openxmlformats-officedocument.wordprocessingml.document" data-size="52356">'
            'Скачать: Word (DOCX), можно редактировать, 51\u00a0КБ</a>') in buttons
    assert 'href="LSG2105-syllabus-ru-2026.pdf" download type="application/pdf" data-size="2048">Скачать: PDF, для печати, 2\u00a0КБ</a>' in buttons
    assert 'aria-label="Документ этой страницы"' in buttons and "data-pagefind-ignore" in buttons
    page = '<h1>T</h1>\n<div class="course-summary">…</div>\n<h2 id="aims">Aims</h2><p>…</p><h2 id="x">X</h2>'
    assert with_downloads(page, "[B]") == '<h1>T</h1>\n<div class="course-summary">…</div>\n[B]\n<h2 id="aims">Aims</h2><p>…</p><h2 id="x">X</h2>'
    assert with_downloads("<h1>T</h1><p>only</p>", "[B]") == "<h1>T</h1><p>only</p>[B]"


def test_the_running_header_is_a_css_string_that_cannot_close_its_style_element(curriculum):
    assert css_string('a "quoted" \\ </style><script>') == '"a \\22 quoted\\22  \\5c  \\3c /style\\3e \\3c script\\3e "'
    header = running_header(curriculum, "kk", "LSG2105 Жергілікті мемлекеттік басқару", "2026")
    assert header == "Мемлекеттік және жергілікті басқару · LSG2105 Жергілікті мемлекеттік басқару · 2026 жылғы қабылдау"
    assert running_header(curriculum, "en", "State and Local Administration", "dev") == "State and Local Administration · draft"
    css = page_margin_css(header, "https://example.kz/2026/courses/lsg2105/")
    assert css.startswith('@page { @top-left { content: "Мемлекеттік') and '@bottom-left { content: "https://example.kz/2026/courses/lsg2105/"; }' in css
