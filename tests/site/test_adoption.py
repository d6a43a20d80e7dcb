"""Open for any university to adopt: the licence on every page and in every data file, the adoption page, and
branding from one settings file — the real site as the model programme (built_site), and the fixture site as a
fictional university adopted it (fixture_site, tests/fixtures/adopted)."""

from __future__ import annotations

import json
import re
from html import escape, unescape
from pathlib import Path
from xml.etree import ElementTree

import pytest
import yaml

from conftest import ROOT
from curriculum.model.citation import load_citation
from curriculum.model.licence import CODE, CONTENT

pytestmark = pytest.mark.build
PREFIXES = {"kk": "", "ru": "ru/", "en": "en/"}
LABELS = yaml.safe_load((ROOT / "data" / "labels.yml").read_text(encoding="utf-8"))
ADOPTED = yaml.safe_load((ROOT / "tests" / "fixtures" / "adopted" / "university.yml").read_text(encoding="utf-8"))
YEAR = load_citation(ROOT)[0].version
TBX = {"tbx": "urn:iso:std:iso:30042:ed-2"}
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def pages(site: Path) -> list[Path]:
    return sorted(p for p in site.rglob("*.html") if p.relative_to(site).parts[0] not in ("assets", "search"))


def language_of(html: str) -> str:
    return re.search(r'<html lang="([a-z]+)"', html).group(1)


def footer_of(html: str) -> str:
    match = re.search(r'<div class="md-copyright site-footer">(.*?)</div>', html, re.S)
    assert match, "the page has no footer line"
    return match.group(1)


def text(html: str) -> str:
    return unescape(re.sub(r"<[^>]+>", "", html))


def how_to_cite(html: str) -> str:
    return re.search(r'<p class="how-to-cite">(.*?)</p>', html, re.S).group(1)


# --- the real site: the model programme -----------------------------------------------------------------------

def test_every_page_states_the_licences_in_its_language(built_site):
    checked = 0
    for page in pages(built_site):
        html = page.read_text(encoding="utf-8")
        lang = language_of(html)
        footer = footer_of(html)
        words = text(footer)
        assert LABELS["licence"]["footer"][lang].format(content="CC BY 4.0", code="MIT") in words, page
        assert LABELS["licence"]["third_party"][lang] in words, page
        assert f'<a href="{CONTENT.deed(lang)}" rel="license">CC BY 4.0</a>' in footer, page
        assert f'<a href="{CODE.url}">MIT</a>' in footer, page
        checked += 1
    assert checked > 200  # every page of every language, the 404 page among them


def test_the_model_programme_says_so_and_links_the_adoption_page(built_site):
    for lang, prefix in PREFIXES.items():
        for page in ("", "programme/", "courses/lsg2105/"):
            html = (built_site / prefix / page / "index.html").read_text(encoding="utf-8")
            footer = footer_of(html)
            assert LABELS["licence"]["model"][lang] in text(footer)
            href = re.search(r'<a href="([^"]+)">' + re.escape(escape(LABELS["licence"]["adopt"][lang])), footer).group(1)
            target = (built_site / prefix / page / href / "index.html").resolve()
            assert target == (built_site / prefix / "adopt" / "index.html").resolve() and target.is_file()


@pytest.mark.parametrize("lang", PREFIXES)
def test_the_model_passport_names_no_university_and_no_code(built_site, lang):
    html = (built_site / PREFIXES[lang] / "programme" / "index.html").read_text(encoding="utf-8")
    facts = text(re.search(r'<div class="passport-facts">.*?</table>', html, re.S).group(0))
    assert LABELS["ui"]["university_unset"][lang] in facts
    assert LABELS["ui"]["code_to_assign"][lang] in facts
    cite = text(how_to_cite(html))
    assert cite.startswith(f'{LABELS["licence"]["how_to_cite"][lang]}: {LABELS["licence"]["authors"][lang]} ({YEAR}).')


@pytest.mark.parametrize("lang, title, sections", [
    ("kk", "Бағдарламаны енгізу", ["licence", "may-change", "must-stay", "publish", "updates", "cite"]),
    ("ru", "Как внедрить программу", ["licence", "may-change", "must-stay", "publish", "updates", "cite"]),
    ("en", "Adopt this programme", ["licence", "may-change", "must-stay", "publish", "updates", "cite"]),
])
def test_the_adoption_page_exists_in_three_languages(built_site, lang, title, sections):
    html = (built_site / PREFIXES[lang] / "adopt" / "index.html").read_text(encoding="utf-8")
    assert f'<html lang="{lang}"' in html
    assert re.search(rf"<h1[^>]*>{re.escape(title)}", html)
    assert re.findall(r'<h2 id="([^"]+)"', html) == sections
    assert "data/university.yml" in html


@pytest.mark.parametrize("lang", PREFIXES)
def test_the_field_reference_lists_the_settings_file(built_site, lang):
    html = (built_site / PREFIXES[lang] / "contributing" / "data" / "index.html").read_text(encoding="utf-8")
    section = html[html.index('<h3 id="fields-university">'):html.index('<h3 id="fields-programme">')]
    fields = re.findall(r"<tr><td><code>([a-z_.]+)</code></td>", section)
    assert fields == ["name", "programme_code", "languages_of_instruction", "site_url", "contact", "logo"]
    programme = html[html.index('<h3 id="fields-programme">'):html.index('<h3 id="fields-course">')]
    assert "<code>code</code>" not in programme and "<code>languages_of_instruction</code>" not in programme


def test_the_open_data_files_carry_the_licence_and_the_attribution(built_site):
    document = json.loads((built_site / "programme" / "curriculum.json").read_text(encoding="utf-8"))
    assert document["licence"]["spdx"] == "CC-BY-4.0" and document["licence"]["url"] == CONTENT.url
    assert set(document["licence"]["attribution"]) == {"kk", "ru", "en"}
    assert document["university"]["name"] is None and document["programme"]["code"] is None

    tbx = ElementTree.parse(built_site / "glossary" / "glossary.tbx").getroot()
    statement = tbx.find("tbx:tbxHeader/tbx:fileDesc/tbx:publicationStmt", TBX)
    paragraphs = statement.findall("tbx:p", TBX)
    assert CONTENT.url in paragraphs[0].text
    assert {p.get(XML_LANG): p.text for p in paragraphs[1:]} == document["licence"]["attribution"]

    metadata = json.loads((built_site / "glossary" / "glossary.csv-metadata.json").read_text(encoding="utf-8"))
    assert metadata["url"] == "glossary.csv" and metadata["dc:license"] == {"@id": CONTENT.url}
    assert {r["@language"]: r["@value"] for r in metadata["dc:rights"]} == document["licence"]["attribution"]
    header = (built_site / "glossary" / "glossary.csv").read_text(encoding="utf-8").splitlines()[0]
    assert [c["name"] for c in metadata["tableSchema"]["columns"]] == header.split(",")
    glossary = (built_site / "ru" / "glossary" / "index.html").read_text(encoding="utf-8")
    assert 'href="../../glossary/glossary.csv-metadata.json"' in glossary


def test_the_licence_files_and_the_citation_file_are_at_the_root():
    assert "Creative Commons Attribution 4.0 International" in (ROOT / "LICENSE-CONTENT").read_text(encoding="utf-8")
    assert (ROOT / "LICENSE").read_text(encoding="utf-8").startswith("MIT License")
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "LICENSE-CONTENT" in readme and "CC BY 4.0" in readme and "MIT" in readme
    assert load_citation(ROOT)[1] == []


# --- the fixture site: a fictional university adopted the programme ----------------------------------------

@pytest.mark.parametrize("lang, languages", [("kk", "қазақ, ағылшын"), ("ru", "казахский, английский"),
                                             ("en", "Kazakh, English")])
def test_the_passport_names_the_university_its_code_and_languages(fixture_site, lang, languages):
    html = (fixture_site / PREFIXES[lang] / "programme" / "index.html").read_text(encoding="utf-8")
    facts = re.search(r'<div class="passport-facts">.*?</table>', html, re.S).group(0)
    rows = dict(re.findall(r'<th scope="row">([^<]+)</th><td>(.*?)</td>', facts))
    assert rows[LABELS["ui"]["university"][lang]] == escape(ADOPTED["name"][lang])
    assert rows[LABELS["ui"]["programme_code"][lang]] == "6BFIXTURE1"
    assert rows[LABELS["ui"]["languages"][lang]] == languages
    assert rows[LABELS["ui"]["contact"][lang]] == '<a href="mailto:op@fixture.example">op@fixture.example</a>'


@pytest.mark.parametrize("lang", PREFIXES)
def test_how_to_cite_names_the_university_code_year_and_address(fixture_site, lang):
    html = (fixture_site / PREFIXES[lang] / "programme" / "index.html").read_text(encoding="utf-8")
    cite = how_to_cite(html)
    address = f"https://op.fixture.example/curriculum/{PREFIXES[lang]}programme/"
    assert text(cite).startswith(f'{LABELS["licence"]["how_to_cite"][lang]}: {ADOPTED["name"][lang]} ({YEAR}).')
    assert "6BFIXTURE1" in cite and f'<a href="{address}">{address}</a>' in cite


def test_every_page_names_the_university_in_its_footer(fixture_site):
    for page in pages(fixture_site):
        html = page.read_text(encoding="utf-8")
        footer = footer_of(html)
        assert ADOPTED["name"][language_of(html)] in text(footer), page
        assert '<a href="mailto:op@fixture.example">op@fixture.example</a>' in footer, page
        assert f'<a href="{CONTENT.deed(language_of(html))}" rel="license">CC BY 4.0</a>' in footer, page


def test_the_address_and_the_logo_come_from_the_settings_file(fixture_site):
    html = (fixture_site / "ru" / "courses" / "pro1201" / "index.html").read_text(encoding="utf-8")
    assert '<link rel="canonical" href="https://op.fixture.example/curriculum/ru/courses/pro1201/">' in html
    logos = re.findall(r'class="md-(?:header|nav)__button md-logo"[^>]*>\s*<img src="([^"]+)"', html)
    assert logos and all(src.endswith("assets/fixture-logo.svg") for src in logos)
    assert (fixture_site / "assets" / "fixture-logo.svg").is_file()
    sitemap = (fixture_site / "sitemap.xml").read_text(encoding="utf-8")
    assert "<loc>https://op.fixture.example/curriculum/" in sitemap


def test_the_open_data_files_name_the_university(fixture_site):
    document = json.loads((fixture_site / "programme" / "curriculum.json").read_text(encoding="utf-8"))
    assert document["university"] == {"name": ADOPTED["name"], "site_url": "https://op.fixture.example/curriculum/",
                                      "contact": "op@fixture.example", "logo": "assets/fixture-logo.svg"}
    assert document["programme"]["code"] == "6BFIXTURE1"
    assert document["programme"]["languages_of_instruction"] == ["kk", "en"]
    for lang, line in document["licence"]["attribution"].items():
        assert ADOPTED["name"][lang] in line and "https://op.fixture.example/curriculum/" in line
    tbx = (fixture_site / "glossary" / "glossary.tbx").read_text(encoding="utf-8")
    metadata = (fixture_site / "glossary" / "glossary.csv-metadata.json").read_text(encoding="utf-8")
    for lang in PREFIXES:
        assert ADOPTED["name"][lang] in tbx and ADOPTED["name"][lang] in metadata


def test_nothing_of_the_model_programme_is_left(fixture_site):
    """Every text that stands for "no university yet", in every language, in every page and data file."""
    programme = yaml.safe_load((ROOT / "tests" / "fixtures" / "minimal" / "data" / "programme.yml")
                               .read_text(encoding="utf-8"))["name"]
    placeholders = [*LABELS["ui"]["university_unset"].values(), *LABELS["ui"]["code_to_assign"].values(),
                    *LABELS["licence"]["model"].values(), *LABELS["licence"]["kind_model"].values(),
                    *(LABELS["licence"]["attribution_model"][lang].split("{source}")[1] for lang in PREFIXES),
                    *(LABELS["licence"]["authors"][lang] + f" ({YEAR})" for lang in PREFIXES)]
    assert all(programme)  # the fixture's own programme name is used in the attribution lines checked above
    files = [*pages(fixture_site), fixture_site / "programme" / "curriculum.json",
             fixture_site / "glossary" / "glossary.tbx", fixture_site / "glossary" / "glossary.csv-metadata.json"]
    left = []
    for path in files:
        content = unescape(path.read_text(encoding="utf-8"))
        left += [f"{path.relative_to(fixture_site)}: {words}" for words in placeholders if words in content]
        if path.suffix == ".html":
            logo = re.findall(r'md-logo"[^>]*>\s*<img src="([^"]+)"', content)
            left += [f"{path.relative_to(fixture_site)}: the default logo {src}" for src in logo if "favicon" in src]
    assert left == []
