"""The real site: strict build, every listed page in every language, no asset from another host."""

from __future__ import annotations

import re

import pytest

from curriculum.checks.sitecheck import external_assets_in_html, external_urls_in_css

PAGES = ["", "programme/", "programme/structure/", "programme/outcomes/", "programme/prerequisites/",
         "courses/", "glossary/", "contributing/", "adopt/"]
PREFIXES = {"kk": "", "ru": "ru/", "en": "en/"}


@pytest.mark.parametrize("lang", PREFIXES)
@pytest.mark.parametrize("page", PAGES)
def test_every_listed_page_is_built_in_every_language(built_site, lang, page):
    html_file = built_site / PREFIXES[lang] / page / "index.html"
    assert html_file.is_file(), f"{html_file.relative_to(built_site)} was not built"
    html = html_file.read_text(encoding="utf-8")
    assert f'<html lang="{lang}"' in html
    assert "TODO" not in html


def test_no_page_loads_an_asset_from_another_host(built_site):
    offenders = []
    for html_file in sorted(built_site.rglob("*.html")):
        for line, url in external_assets_in_html(html_file.read_text(encoding="utf-8")):
            offenders.append(f"{html_file.relative_to(built_site)}:{line}: {url}")
    for css_file in sorted(built_site.rglob("*.css")):
        offenders += [f"{css_file.relative_to(built_site)}: {url}"
                      for url in external_urls_in_css(css_file.read_text(encoding="utf-8"))]
    assert offenders == []


def test_cyrillic_headings_keep_readable_anchors(built_site):
    numbered = []
    for html_file in built_site.rglob("*.html"):
        numbered += [f"{html_file.relative_to(built_site)}: id={anchor}"
                     for anchor in re.findall(r'<h[2-6][^>]* id="(_\d*)"', html_file.read_text(encoding="utf-8"))]
    assert numbered == []


def test_explicit_section_ids_are_identical_in_every_language(built_site):
    def h2_ids(prefix):
        html = (built_site / prefix / "index.html").read_text(encoding="utf-8")
        return re.findall(r'<h2 id="([^"]+)"', html)

    # How the site is built is told in the contributor guide, not to a prospective student.
    assert h2_ids("") == h2_ids("ru/") == h2_ids("en/") == ["why", "audience"]


def test_kazakh_pages_use_kazakh_interface_strings(built_site):
    html = (built_site / "programme" / "structure" / "index.html").read_text(encoding="utf-8")
    assert 'placeholder="Іздеу"' in html
    assert "Мазмұнға өту" in html  # "skip to content"
    assert 'aria-label="Тілді таңдаңыз"' in html
