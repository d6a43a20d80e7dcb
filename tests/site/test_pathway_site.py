"""The built site: the accelerated pathway and the final attestation have their pages in kk, ru and en, in
the navigation and linked from the passport, with the generated tables in the page's language."""

from __future__ import annotations

import re

import pytest

PREFIXES = {"kk": "", "ru": "ru/", "en": "en/"}
WORDS = {
    "kk": {"nav": "Жеделдетілген траектория", "check": "тексерілуі тиіс", "total": "Барлығы", "grading": "Әріптік бағалау шкаласы"},
    "ru": {"nav": "Ускоренная траектория", "check": "требует проверки", "total": "Итого", "grading": "Буквенная шкала оценок"},
    "en": {"nav": "Accelerated pathway", "check": "to be checked", "total": "Total", "grading": "Letter-grade scale"},
}


def _page(built_site, lang, path):
    html_file = built_site / PREFIXES[lang] / path / "index.html"
    assert html_file.is_file(), f"{html_file.relative_to(built_site)} was not built"
    return html_file.read_text(encoding="utf-8")


@pytest.mark.parametrize("lang", PREFIXES)
def test_the_pathway_page_is_built_with_its_tables(built_site, lang):
    html = _page(built_site, lang, "programme/pathway")
    assert f'<html lang="{lang}"' in html
    assert "<!-- curriculum:" not in html
    assert 'class="pathway-facts"' in html and 'class="recognition"' in html
    semesters = re.findall(r'<h3 id="pathway-semester-(\d+)"', html)
    assert semesters == [str(n) for n in range(1, 9)]
    assert html.count(f'<th scope="row" colspan="2">{WORDS[lang]["total"]}</th>') == 8
    assert html.count('<span class="recognisable">') == 6
    assert WORDS[lang]["check"] in html  # the law on recognising prior learning is marked, not asserted


@pytest.mark.parametrize("lang", PREFIXES)
def test_the_pathway_is_in_the_navigation_in_the_page_s_language(built_site, lang):
    flat = re.sub(r"\s+", " ", _page(built_site, lang, "programme/structure"))
    assert re.search(r'<a href="\.\./pathway/" class="md-nav__link[^"]*"> <span class="md-ellipsis"> '
                     + re.escape(WORDS[lang]["nav"]) + " </span>", flat)


@pytest.mark.parametrize("lang", PREFIXES)
def test_the_passport_links_to_the_pathway_and_shows_the_electives(built_site, lang):
    html = _page(built_site, lang, "programme")
    pathways = html[html.index('id="pathways"'):]
    assert 'href="pathway/"' in pathways
    assert 'class="choice-share"' in html and "<!-- curriculum:" not in html
    assert "../courses/dig3207/" not in html and "../courses/urb3208/" not in html  # the old track table is gone


@pytest.mark.parametrize("lang", PREFIXES)
def test_the_final_attestation_page_has_its_forms_requirements_and_the_letter_scale(built_site, lang):
    html = _page(built_site, lang, "courses/fia4204")
    for section in ("aims", "forms", "requirements", "assessment", "topics", "outcomes"):
        assert f'id="{section}"' in html, section
    assert f"<caption>{WORDS[lang]['grading']}</caption>" in html
    summary = html[html.index('class="course-summary"'):html.index("</table>", html.index('class="course-summary"'))]
    assert 'href="../pdi4203/"' in summary and 'href="../rms2204/"' in summary  # what must be passed before it
