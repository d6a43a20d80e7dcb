"""A small fixture site built with the real configuration, hooks and theme: which generated pages
exist in which language, and that each comes out in its own language."""

from __future__ import annotations

import json

import pytest

from conftest import build_site
from fixture_project import make_site

pytestmark = pytest.mark.build


@pytest.fixture(scope="module")
def fixture_site(tmp_path_factory):
    root = make_site(tmp_path_factory.mktemp("fixture-site"))
    for lang, prose in PROSE_WITH_TERMS.items():
        (root / "docs" / lang / "courses" / "pro1201.md").write_text(f"---\ncourse: PRO1201\n---\n\n{prose}", encoding="utf-8")
    result = build_site(root / "mkdocs.yml", root / "site", env={"REPO_URL": "https://github.com/example/curriculum"})
    assert result.returncode == 0, result.stdout + result.stderr
    return root / "site"


def built_pages(site):
    return sorted(p.relative_to(site).as_posix() for p in site.rglob("index.html")
                  if p.relative_to(site).parts[0] not in ("assets", "search"))


def test_generated_pages_exist_in_every_language(fixture_site):
    codes = ["bas1103", "ela1202", "elb1203", "fin1204", "gel1102", "gen1101", "pro1201"]
    for prefix in ("", "ru/", "en/"):
        for code in codes:
            assert (fixture_site / f"{prefix}courses/{code}/index.html").is_file(), f"{prefix}courses/{code}/"
        for page in ("courses/", "programme/structure/", "programme/outcomes/", "programme/prerequisites/"):
            assert (fixture_site / f"{prefix}{page}index.html").is_file()
    assert (fixture_site / "programme/curriculum.json").is_file()


@pytest.mark.parametrize("prefix, lang, credits_label, title", [
    ("", "kk", "Кредиттер (ECTS)", "Кәсіптендіру пәні"),
    ("ru/", "ru", "Кредиты (ECTS)", "Профилирующая дисциплина"),
    ("en/", "en", "Credits (ECTS)", "Profile course"),
])
def test_course_page_opens_with_title_and_summary_in_its_language(fixture_site, prefix, lang, credits_label, title):
    html = (fixture_site / f"{prefix}courses/pro1201/index.html").read_text(encoding="utf-8")
    assert f'<html lang="{lang}"' in html
    assert f">{title}<" in html or f">{title}" in html
    assert credits_label in html
    assert 'href="../bas1103/"' in html  # the prerequisite, linked within the same language


def test_generated_blocks_replace_their_markers(fixture_site):
    for prefix in ("", "ru/", "en/"):
        for page in ("courses/", "programme/structure/", "programme/outcomes/", "programme/prerequisites/", "programme/"):
            html = (fixture_site / f"{prefix}{page}index.html").read_text(encoding="utf-8")
            assert "<!-- curriculum:" not in html, f"{prefix}{page}"
    catalogue = (fixture_site / "ru/courses/index.html").read_text(encoding="utf-8")
    assert catalogue.count("<tr data-semester=") == 7
    assert "Общая дисциплина" in catalogue and "Жалпы пән" not in catalogue


def test_open_data_matches_what_the_pages_show(fixture_site):
    document = json.loads((fixture_site / "programme/curriculum.json").read_text(encoding="utf-8"))
    catalogue = (fixture_site / "en/courses/index.html").read_text(encoding="utf-8")
    assert document["format"] == "curriculum-json/1"
    for course in document["courses"]:
        row = f'data-semester="{course["semester"]}" data-cycle="{course["cycle"]}"'
        assert row in catalogue
        assert course["title"]["en"] in catalogue
        page = (fixture_site / course["urls"]["ru"] / "index.html").read_text(encoding="utf-8")
        assert course["title"]["ru"] in page
    assert document["totals"]["by_cycle"]["total"] == 18


def test_glossary_page_has_the_same_concept_anchors_in_every_language(fixture_site):
    import re
    anchors = {}
    for prefix in ("", "ru/", "en/"):
        html = (fixture_site / f"{prefix}glossary/index.html").read_text(encoding="utf-8")
        anchors[prefix] = set(re.findall(r'<h3 id="([a-z0-9-]+)"', html))
    assert len(anchors[""]) >= 150
    assert anchors[""] == anchors["ru/"] == anchors["en/"]


def test_glossary_downloads_are_published_and_linked(fixture_site):
    assert (fixture_site / "glossary/glossary.csv").stat().st_size > 10_000
    assert (fixture_site / "glossary/glossary.tbx").stat().st_size > 10_000
    html = (fixture_site / "ru/glossary/index.html").read_text(encoding="utf-8")
    assert 'href="../../glossary/glossary.csv"' in html and 'href="../../glossary/glossary.tbx"' in html


PROSE_WITH_TERMS = {
    "kk": "## Пәннің мақсаты { #aims }\n\nПән мәслихаттың жұмысын және әкімдердің есептерін қарайды. Мәслихат туралы.\n",
    "ru": "## Цели дисциплины { #aims }\n\nДисциплина о маслихатах и бюджете сельского округа. Маслихат снова.\n",
    "en": "## Aims { #aims }\n\nThe course studies maslikhats and rural district budgets. A maslikhat again.\n",
}


@pytest.mark.parametrize("prefix, lang, linked", [
    ("", "kk", ["мәслихаттың", "әкімдердің"]),
    ("ru/", "ru", ["маслихатах", "бюджете сельского округа"]),
    ("en/", "en", ["maslikhats", "rural district budgets"]),
])
def test_terms_on_course_pages_link_to_the_glossary_in_the_same_language(fixture_site, prefix, lang, linked):
    import re
    html = (fixture_site / f"{prefix}courses/pro1201/index.html").read_text(encoding="utf-8")
    found = re.findall(r'<a class="glossary-term" href="([^"]+)" title="[^"]+">([^<]+)</a>', html)
    assert [text for _, text in found] == linked  # the first occurrence only
    assert all(href.startswith("../../glossary/#") for href, _ in found)


@pytest.mark.parametrize("prefix", ["", "ru/", "en/"])
def test_glossary_lists_the_course_pages_that_use_a_term(fixture_site, prefix):
    import re
    html = (fixture_site / f"{prefix}glossary/index.html").read_text(encoding="utf-8")
    entry = html[html.index('<h3 id="maslikhat">'):]
    entry = entry[:entry.index('<div class="concept">')]
    assert re.search(r'<dd><a href="\.\./courses/pro1201/"[^>]*>PRO1201</a></dd>', entry)
    assert "<!--used-in:" not in html


@pytest.mark.parametrize("prefix, lang", [("", "kk"), ("ru/", "ru"), ("en/", "en")])
def test_edit_this_page_opens_the_file_of_the_page_language(fixture_site, prefix, lang):
    html = (fixture_site / f"{prefix}courses/pro1201/index.html").read_text(encoding="utf-8")
    assert f'href="https://github.com/example/curriculum/edit/main/docs/{lang}/courses/pro1201.md"' in html
