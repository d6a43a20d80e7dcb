"""Over the built site, in kk, ru and en: no page teaches a superseded act as in force, the legal citations link
the official texts, and the Legal framework page lists the whole register for the yearly review."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser

import pytest

from conftest import ROOT
from curriculum.checks.project import Project
from curriculum.legal.citations import form_pattern

BLOCKS = {"p", "li", "tr", "dd", "dt", "h1", "h2", "h3", "h4", "h5", "h6", "caption", "figcaption", "blockquote",
          "summary", "title"}
SKIPPED = {"script", "style", "svg", "code"}


class _Blocks(HTMLParser):
    """The text of each block a reader meets (paragraph, list item, table row, heading), and whether the block
    carries a citation marked historical."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.lang = None
        self.stack: list[list] = []  # [tag, text parts, historical]
        self.skipping = 0
        self.found: list[tuple[str, bool]] = []

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "html":
            self.lang = attributes.get("lang")
        if tag in SKIPPED:
            self.skipping += 1
        if tag in BLOCKS:
            self.stack.append([tag, [], False])
        if "historical" in (attributes.get("class") or "").split():
            for block in self.stack:
                block[2] = True

    def handle_endtag(self, tag):
        if tag in SKIPPED:
            self.skipping = max(0, self.skipping - 1)
        if tag in BLOCKS and self.stack and self.stack[-1][0] == tag:
            _, parts, historical = self.stack.pop()
            self.found.append((" ".join("".join(parts).split()), historical))

    def handle_data(self, data):
        if not self.skipping and self.stack:
            self.stack[-1][1].append(data)


@pytest.fixture(scope="module")
def acts():
    content, _ = Project(ROOT).load()
    return content.curriculum.acts


def test_no_page_teaches_a_superseded_act_as_in_force(built_site, acts):
    forms = {lang: [(act.id, form_pattern(form)) for act in acts.values() if act.is_historical
                    for form in act.superseded_forms.get(lang, ())] for lang in ("kk", "ru", "en")}
    assert all(forms.values()), "the register lists the 1995 Constitution's own words in every language"
    offending, pages = [], 0
    for path in sorted(built_site.rglob("*.html")):
        parser = _Blocks()
        parser.feed(path.read_text(encoding="utf-8"))
        if parser.lang not in forms:
            continue
        pages += 1
        for text, historical in parser.found:
            for act_id, pattern in forms[parser.lang]:
                match = pattern.search(text)
                if match and not historical:
                    offending.append(f"{path.relative_to(built_site)}: «{match.group()}» in: {text[:160]}")
    assert pages > 150
    assert offending == []


def test_the_check_over_the_built_site_catches_a_superseded_form(acts):
    """Mutation check of the test above: a page with an unmarked «Мажилис» is found, a marked one is not."""
    pattern = [form_pattern(f) for f in acts["constitution-1995"].superseded_forms["ru"]]
    parser = _Blocks()
    parser.feed('<html lang="ru"><body><p>Комитет Мажилиса</p><p><a class="act historical">Мажилис</a> прошлого</p>'
                '<table><tr><td>Сенат</td><td><span class="act historical">Конституция</span></td></tr></table></body></html>')
    flagged = [text for text, historical in parser.found if not historical and any(p.search(text) for p in pattern)]
    assert flagged == ["Комитет Мажилиса"]


@pytest.mark.parametrize("prefix, adilet, title", [
    ("", "kaz", "Құқықтық негіз"), ("ru/", "rus", "Правовая основа"), ("en/", "eng", "Legal framework")])
def test_the_legal_framework_page_lists_every_act_with_its_status(built_site, acts, prefix, adilet, title):
    html = (built_site / prefix / "programme" / "legal-framework" / "index.html").read_text(encoding="utf-8")
    assert f"<h1" in html and title in html
    rows = re.findall(r'<tr data-status="([a-z-]+)"', html)
    assert len(rows) == len(acts)
    assert rows.count("superseded") == sum(1 for a in acts.values() if a.status == "superseded")
    assert f'href="https://adilet.zan.kz/{adilet}/docs/K2600000000"' in html
    assert 'id="act-constitution-1995"' in html and 'href="#act-constitution-2026"' in html
    # Courses that cite an act are linked from its row.
    row = html[html.index('id="act-local-government-law"'):]
    row = row[:row.index("</tr>")]
    assert "lsg2105/" in row


@pytest.mark.parametrize("prefix, adilet", [("", "kaz"), ("ru/", "rus"), ("en/", "eng")])
def test_course_pages_cite_acts_from_the_register_with_a_link_to_the_official_text(built_site, prefix, adilet):
    html = (built_site / prefix / "courses" / "lsg2105" / "index.html").read_text(encoding="utf-8")
    assert f'<a href="https://adilet.zan.kz/{adilet}/docs/Z010000148_">' in html
    assert "[[act:" not in html and "[[history:" not in html and "[[check]]" not in html
    assert "FACTS" not in html


def test_no_built_page_shows_a_marker_or_an_editing_reference(built_site):
    leftovers = []
    for path in sorted(built_site.rglob("*.html")):
        text = path.read_text(encoding="utf-8")
        body = re.sub(r"<(code|pre)\b.*?</\1>", "", text, flags=re.DOTALL)
        if re.search(r"\[\[(act|history):|\[\[check\]\]|FACTS\s*§", body):
            leftovers.append(str(path.relative_to(built_site)))
    assert leftovers == []


def test_the_open_data_and_the_translation_status_carry_the_register(built_site):
    document = json.loads((built_site / "programme" / "curriculum.json").read_text(encoding="utf-8"))
    assert {"constitution-2026", "constitution-1995"} <= {act["id"] for act in document["legal_acts"]}
    status = (built_site / "en" / "contributing" / "translation-status" / "index.html").read_text(encoding="utf-8")
    counts = re.search(r'<p class="checks-pending">Facts marked \'to be checked\' on the pages: '
                       r'Kazakh: (\d+) · Russian: (\d+) · English: (\d+)</p>', status.replace("&#x27;", "'"))
    assert counts and all(int(n) > 0 for n in counts.groups())
