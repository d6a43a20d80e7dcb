"""Legal citations in pages: the markers a lecturer types, what the check reports at path:line, and how the
citations read in each language (no build)."""

from __future__ import annotations

import datetime
import xml.etree.ElementTree as etree

import markdown
import pytest

from curriculum.legal.citations import find_citations, page_problems
from curriculum.legal.review import due_for_review, review_report
from curriculum.legal.wording import full_citation, status_note
from curriculum.model.records import LegalAct
from curriculum.site.citations import CitationContext, CitationExtension, PageCitations

LABELS = {
    "number_sign": {"kk": "№", "ru": "№", "en": "No."},
    "to_check": {"kk": "тексерілуі тиіс", "ru": "требует проверки", "en": "to be checked"},
    "note_ended": {"kk": "күші жойылған: {date}", "ru": "не действует с {date}", "en": "no longer in force since {date}"},
    "note_expired": {"kk": "мерзімі аяқталған: {date}", "ru": "срок действия истёк: {date}", "en": "its period ended: {date}"},
    "note_not_in_force": {"kk": "күші жойылған", "ru": "не действует", "en": "no longer in force"},
    "status_draft": {"kk": "жоба", "ru": "проект", "en": "draft"},
}
label = lambda key, lang: LABELS[key][lang]

NEW = LegalAct(path="data/legal-acts.yml", lines={None: 3, "id": 3}, id="constitution-2026", kind="constitution",
               title={"kk": "Қазақстан Республикасының Конституциясы", "ru": "Конституция Республики Казахстан",
                      "en": "Constitution of the Republic of Kazakhstan"},
               date="2026-03-15", in_force="2026-07-01", adilet="K2600000000", checked="2026-12-01")
OLD = LegalAct(path="data/legal-acts.yml", lines={None: 12, "id": 12}, id="constitution-1995", kind="constitution",
               title=NEW.title, date="1995-08-30", status="superseded", ended="2026-07-01",
               replaced_by="constitution-2026", adilet="K950001000_", checked="2026-12-01",
               superseded_forms={"ru": ("Мажилис", "ст. 85–86"), "en": ("Mazhilis", "arts. 85–86"), "kk": ("Мәжіліс",)})
LAW = LegalAct(path="data/legal-acts.yml", lines={None: 30, "id": 30, "checked": 36}, id="local-government-law",
               kind="law", title={"kk": "«…» Заң", "ru": "Закон «О местном государственном управлении»",
                                  "en": 'Law "On Local Government"'},
               date="2001-01-23", number="148-II", adilet="Z010000148_", checked="2024-01-10")
DRAFT = LegalAct(path="data/legal-acts.yml", lines={None: 40, "id": 40}, id="atu-constitutional-law",
                 kind="constitutional-law", status="draft", title={"kk": "Жоба", "ru": "Проект закона", "en": "Draft law"})
ACTS = {act.id: act for act in (NEW, OLD, LAW, DRAFT)}


def messages(text: str, lang: str = "ru") -> list[str]:
    return [f"{p.line}: {p.message}" for p in page_problems(text, "docs/ru/courses/x.md", ACTS, lang)]


def test_every_form_of_marker_is_read_with_its_line():
    text = ("Текст [[act:constitution-2026]], ст. 88 [[check]].\n\n"
            "| 1 | [[history:constitution-1995\\|Мажилис]] | [[act:local-government-law\\|Закон]] |\n"
            "Перенос [[act:local-government-law|Закона о\nместном управлении]] и `[[act:example]]` в коде.\n"
            "```\n[[act:in-a-fence]]\n```\n")
    citations, malformed = find_citations(text)
    assert [(c.line, c.kind, c.act_id, c.words) for c in citations] == [
        (1, "act", "constitution-2026", None), (1, "check", None, None),
        (3, "history", "constitution-1995", "Мажилис"), (3, "act", "local-government-law", "Закон"),
        (4, "act", "local-government-law", "Закона о местном управлении")]
    assert malformed == []


@pytest.mark.parametrize("text, expected", [
    ("См. [[act:no-such-law]].", "1: unknown act 'no-such-law' in [[act:no-such-law]]"),
    ("См. [[act:constitution-1995]].", "1: [[act:constitution-1995]] cites an act that is no longer in force (superseded) as if it were"),
    ("См. [[history:local-government-law]].", "1: [[history:local-government-law]] marks an act in force as history"),
    ("См. [[acts:local-government-law]].", "1: '[[acts:local-government-law]]' is not a citation marker"),
    ("См. [[Check]].", "1: '[[Check]]' is not a citation marker"),
    ("См.\n[[act:local-government-law.", "2: '[[act:local-government-law.' is not a citation marker"),
    ("Шкала (FACTS §5).", "1: an editing reference ('FACTS §…') would be shown to readers"),
    ("Записка в комитет Мажилиса.", "1: 'Мажилиса' belongs to Конституция Республики Казахстан (superseded) and is written as if current"),
    ("Основы: ст. 85-86 Конституции.", "1: 'ст. 85-86' belongs to Конституция Республики Казахстан (superseded) and is written as if current"),
])
def test_each_mistake_is_reported_at_its_line(text, expected):
    assert messages(text) == [expected]


def test_a_superseded_form_is_allowed_where_its_block_cites_the_act_as_history():
    allowed = ("В 2025 году депутаты [[history:constitution-1995|Мажилиса]] предлагали поправки.\n\n"
               "| Неделя | Тема |\n|---|---|\n| 13 | ст. 85–86 ([[history:constitution-1995]]) и ст. 87–91 |\n\n"
               "- Мажилис и Сенат: [[history:constitution-1995]]\n")
    assert messages(allowed) == []
    # The history citation covers its own block only: the next row, item or paragraph is not history.
    assert messages(allowed + "- Мажилис рассматривает поправки.\n") == [
        "8: 'Мажилис' belongs to Конституция Республики Казахстан (superseded) and is written as if current"]
    assert messages("Mazhilis in an English page.", lang="en") == [
        "1: 'Mazhilis' belongs to Constitution of the Republic of Kazakhstan (superseded) and is written as if current"]


def test_full_citations_read_as_each_language_writes_them():
    assert full_citation(LAW, "ru", label) == "Закон «О местном государственном управлении», 23 января 2001 г., № 148-II"
    assert full_citation(LAW, "en", label) == 'Law "On Local Government", 23 January 2001, No. 148-II'
    assert full_citation(NEW, "kk", label) == "Қазақстан Республикасының Конституциясы, 2026 жылғы 15 наурыз"
    assert status_note(OLD, "ru", label) == "не действует с 1 июля 2026 г."
    assert status_note(OLD, "kk", label) == "күші жойылған: 2026 жылғы 1 шілде"
    assert status_note(DRAFT, "en", label) == "draft"
    assert status_note(NEW, "en", label) is None
    unchecked = LegalAct(path="", id="x", title=LAW.title)
    assert status_note(unchecked, "en", label) == "to be checked"


def render(text: str, lang: str = "ru") -> str:
    context = CitationContext()
    context.current = PageCitations(ACTS, lang, label)
    return markdown.markdown(text, extensions=["tables", CitationExtension(context)])


def test_markers_render_as_links_to_the_official_text_in_the_pages_language():
    html = render("[[act:local-government-law]]; [[act:local-government-law|этот Закон]]; [[check]]")
    assert ('<span class="act" data-act="local-government-law"><a href="https://adilet.zan.kz/rus/docs/Z010000148_">'
            'Закон «О местном государственном управлении»</a>, 23 января 2001 г., № 148-II</span>') in html
    assert ('<a class="act" data-act="local-government-law" href="https://adilet.zan.kz/rus/docs/Z010000148_" '
            'title="Закон «О местном государственном управлении», 23 января 2001 г., № 148-II">этот Закон</a>') in html
    assert '<span class="to-check">(требует проверки)</span>' in html
    english = render("[[history:constitution-1995]]", "en")
    assert 'class="act historical"' in english and "eng/docs/K950001000_" in english
    assert "30 August 1995 (no longer in force since 1 July 2026)" in english


def test_in_a_table_the_escaped_bar_separates_act_and_words_and_code_stays_an_example():
    html = render("| A | B |\n|---|---|\n| [[history:constitution-1995\\|Мажилис]] | `[[act:x]]` |\n")
    assert html.count("<td>") == 2
    assert 'class="act historical"' in html and ">Мажилис</a>" in html
    assert "<code>[[act:x]]</code>" in html


def test_values_from_the_register_are_escaped():
    hostile = LegalAct(path="", id="evil", title={"ru": '<script>alert(1)</script> "x"', "kk": "", "en": ""},
                       adilet='Z1"><script>', checked="2026-01-01")
    context = CitationContext()
    context.current = PageCitations({"evil": hostile}, "ru", label)
    html = markdown.markdown("[[act:evil]] [[act:evil|слова]]", extensions=[CitationExtension(context)])
    assert "<script>" not in html
    etree.fromstring(f"<div>{html}</div>")  # well-formed: nothing broke out of an attribute


def test_the_yearly_review_lists_acts_never_checked_or_checked_over_a_year_ago():
    today = datetime.date(2026, 12, 6)
    due = due_for_review(ACTS, today)
    assert [str(p) for p in due] == [
        "data/legal-acts.yml:36: act local-government-law was last checked on 2024-01-10, over a year ago — "
        "check it again on adilet.zan.kz and update 'checked:'",
        "data/legal-acts.yml:40: act atu-constitutional-law has never been checked against the official text — "
        "check it on adilet.zan.kz and write the date as 'checked: YYYY-MM-DD'"]
    report = review_report(ACTS, today)
    assert "data/legal-acts.yml:36: act local-government-law was last checked on 2024-01-10" in report
    assert "never checked (1): atu-constitutional-law" in report
    assert review_report({"constitution-2026": NEW}, today) is None
