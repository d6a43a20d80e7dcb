"""The page served for any wrong address: one page in the three languages, written by the Kazakh build."""

import re

from conftest import ROOT
from curriculum.model.load import load_curriculum
from curriculum.site.not_found import not_found_sections


def labels():
    curriculum, problems = load_curriculum(ROOT / "data")
    assert problems == []
    return curriculum.labels


def test_only_the_default_languages_build_writes_the_page():
    assert not_found_sections("ru", labels()) is None
    assert not_found_sections("en", labels()) is None


def test_the_page_speaks_kazakh_first_then_russian_and_english_and_leads_to_each_home():
    sections = not_found_sections("kk", labels())
    assert [s["lang"] for s in sections] == ["kk", "ru", "en"]
    assert [s["title"] for s in sections] == ["Бет табылмады", "Страница не найдена", "Page not found"]
    assert [path for _, path in sections[1]["links"]] == ["ru/", "ru/courses/", "ru/glossary/"]
    assert [path for _, path in sections[0]["links"]] == ["", "courses/", "glossary/"]


def test_the_built_404_page_is_kazakh_with_all_three_languages_and_homes_in_its_switcher(built_site):
    html = (built_site / "404.html").read_text(encoding="utf-8")
    assert '<html lang="kk"' in html
    assert re.findall(r'<section class="not-found" lang="(\w+)">', html) == ["kk", "ru", "en"]
    assert "<h1>Бет табылмады</h1>" in html and "<h2>Страница не найдена</h2>" in html
    switcher = dict((lang, href) for href, lang in re.findall(r'<a href="([^"]*)" hreflang="(\w+)"', html))
    assert switcher == {"kk": "/.", "ru": "/ru/", "en": "/en/"}
    assert "data-pagefind-body" not in html  # not a search result
